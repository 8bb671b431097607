package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// BenchmarkAnalyze600 measures sentences, tokens, stems and language of a
// 600-word report: the goal is 1,000 articles a second on one core.
func BenchmarkAnalyze600(b *testing.B) {
	txt := words600(b)
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(&news.Article{Text: txt})
	}
}

// words600 is the first 600 words of the summit-2023 reports.
func words600(b *testing.B) string {
	files, _ := filepath.Glob("../../../shared/data/summit-2023/*.txt")
	if len(files) == 0 {
		b.Skip("../shared/data/summit-2023 not found")
	}
	var all []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, strings.Fields(string(data))...)
	}
	return strings.Join(all[:600], " ")
}

// BenchmarkAnnotate600 measures the annotation of the same 600-word report
// (parts of speech, lemmas, noun phrases, propositions) after Analyze, the
// tagger's model loaded: what every stage that reads English shares.
func BenchmarkAnnotate600(b *testing.B) {
	txt := words600(b)
	Analyze(&news.Article{Text: txt}).Annotation()
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		d := Analyze(&news.Article{Text: txt})
		d.Annotation()
	}
}
