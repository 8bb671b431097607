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
	txt := strings.Join(all[:600], " ")
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(&news.Article{Text: txt})
	}
}
