// Package testenv finds what tests need from outside the repository: the
// shared data sets in ../shared/data and the services CI starts. Outside CI
// a missing piece skips the test with a message saying what to provide; in
// CI (CI=true) it fails the test, since CI must run everything.
package testenv

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// InCI reports whether the tests run in CI, where nothing may skip for want
// of data or services.
func InCI() bool { return os.Getenv("CI") == "true" }

// Unavailable skips the test, or fails it in CI, with the reason given.
func Unavailable(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if InCI() {
		tb.Fatalf("CI must provide this: "+format, args...)
	}
	tb.Skipf(format, args...)
}

// RepoRoot returns the directory that holds the module's go.mod.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// SharedData returns the path of ../shared/data/<name> beside the repository,
// or skips the test (fails it in CI) when it is not there.
func SharedData(tb testing.TB, name string) string {
	tb.Helper()
	dir := filepath.Join(RepoRoot(tb), "..", "shared", "data", name)
	if _, err := os.Stat(dir); err != nil {
		Unavailable(tb, "%s not found: clone the repository with ../shared beside it to run this test", dir)
	}
	return dir
}

// PlainArticles reads text files as articles in the simplest way: every
// non-empty line is a paragraph, and paragraphs are joined by a blank line.
// Tests of the analysis stages use it so that they do not depend on how
// ingest reads headlines, bylines and datelines.
func PlainArticles(tb testing.TB, files ...string) []*news.Article {
	tb.Helper()
	out := make([]*news.Article, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var paras []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				paras = append(paras, l)
			}
		}
		out = append(out, &news.Article{File: f, Text: strings.Join(paras, "\n\n")})
	}
	return out
}

// Summit returns the five reports of ../shared/data/summit-2023 as plain
// articles, in file-name order, with ids s1 to s5.
func Summit(tb testing.TB) []*news.Article {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(SharedData(tb, "summit-2023"), "*.txt"))
	if len(files) != 5 {
		tb.Fatalf("want the 5 summit reports, found %d", len(files))
	}
	arts := PlainArticles(tb, files...)
	for i, a := range arts {
		a.ID = "s" + strconv.Itoa(i+1)
	}
	return arts
}

// GVATexts returns the texts of the first n articles of GVA's
// articles.jsonl.gz (local news of shootings, which prints captions,
// telephone numbers and datelines).
func GVATexts(tb testing.TB, n int) []string {
	tb.Helper()
	var out []string
	eachGVALine(tb, func(line []byte) bool {
		var a struct{ Text string }
		if err := json.Unmarshal(line, &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a.Text)
		return len(out) < n
	})
	return out
}

// GVAStream writes the lines of GVA's articles.jsonl.gz that keep accepts
// (at most max of them; 0 is no limit) to a .jsonl file in a temporary
// folder of the test and returns its path: a stream as ingest reads one.
func GVAStream(tb testing.TB, keep func(line []byte) bool, max int) string {
	tb.Helper()
	var out []byte
	n := 0
	eachGVALine(tb, func(line []byte) bool {
		if keep(line) {
			out = append(append(out, line...), '\n')
			n++
		}
		return max == 0 || n < max
	})
	path := filepath.Join(tb.TempDir(), "gva.jsonl")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// eachGVALine calls f with each line of GVA's articles.jsonl.gz in turn,
// until f returns false.
func eachGVALine(tb testing.TB, f func(line []byte) bool) {
	tb.Helper()
	file, err := os.Open(filepath.Join(SharedData(tb, "gva-2013-2016"), "articles.jsonl.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer file.Close()
	zr, err := gzip.NewReader(file)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && f(sc.Bytes()) {
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}
