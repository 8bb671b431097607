package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// articles600 builds 600-word text articles from the summit reports: each
// report's lines, repeated as needed, cut at the first paragraph end after
// 600 words, with the first report's headline on top of every one.
func articles600(b *testing.B) [][]byte {
	files, _ := filepath.Glob(filepath.Join(dataDir(b), "summit-2023", "*.txt"))
	if len(files) == 0 {
		b.Fatal("no summit reports")
	}
	var out [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
		var sb strings.Builder
		sb.WriteString("Kim invites Putin to visit North Korea after summit\n")
		words := 0
		for i := 0; words < 600; i++ {
			l := lines[i%len(lines)]
			sb.WriteString(l + "\n")
			words += len(strings.Fields(l))
		}
		out = append(out, []byte(sb.String()))
	}
	return out
}

// BenchmarkReadText600 reads 600-word text articles from bytes: decoding,
// paragraphs, headline, dateline and outlet. One op is one article.
func BenchmarkReadText600(b *testing.B) {
	arts := articles600(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, errs := parseBytes("bench.txt", arts[i%len(arts)], kindText, "", "", nil)
		if len(errs) > 0 || len(got) != 1 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkReadFiles600 is Read on a folder of 600-word text files: the
// same work with the file system's. One op is one article.
func BenchmarkReadFiles600(b *testing.B) {
	arts := articles600(b)
	dir := b.TempDir()
	const n = 100
	for i := 0; i < n; i++ {
		if err := os.WriteFile(filepath.Join(dir, strings.Repeat("a", 1)+string(rune('0'+i/10))+string(rune('0'+i%10))+".txt"), arts[i%len(arts)], 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += n {
		got, errs := Read(context.Background(), []string{dir}, Options{})
		if len(errs) > 0 || len(got) != n {
			b.Fatal(errs)
		}
	}
}

// BenchmarkReadAnalyze600 is reading plus text.Analyze (sentences, tokens,
// stems, language): the "1,000 articles a second on one core" goal.
func BenchmarkReadAnalyze600(b *testing.B) {
	arts := articles600(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, errs := parseBytes("bench.txt", arts[i%len(arts)], kindText, "", "", nil)
		if len(errs) > 0 || len(got) != 1 {
			b.Fatal(errs)
		}
		if d := text.Analyze(got[0]); len(d.Sentences) == 0 {
			b.Fatal("no sentences")
		}
	}
}
