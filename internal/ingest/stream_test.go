package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// summitLines is the five summit reports as .jsonl lines, repeated rounds
// times with ids r<round>-<report>; it returns the lines and the longest.
func summitLines(t *testing.T, rounds int) ([]string, int) {
	t.Helper()
	arts := testenv.Summit(t)
	var lines []string
	longest := 0
	for r := range rounds {
		for i, a := range arts {
			b, err := json.Marshal(map[string]string{"id": fmt.Sprintf("r%d-%d", r, i+1), "text": a.Text})
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, string(b))
			longest = max(longest, len(b))
		}
	}
	return lines, longest
}

// A .jsonl file larger than the size limit is read whole, line by line: the
// limit holds for each line.
func TestEachJSONLLimitPerLine(t *testing.T) {
	lines, longest := summitLines(t, 20)
	dir := t.TempDir()
	tooLong := `{"id":"long","text":"` + strings.Repeat("word ", longest/5+10) + `"}`
	all := append(append(append([]string{}, lines[:3]...), tooLong), lines[3:]...)
	path := write(t, dir, "stream.jsonl", strings.Join(all, "\n")+"\n")
	opt := Options{MaxBytes: int64(longest) + 1}

	var ids []string
	errs := Each(context.Background(), []string{path}, opt, func(a *news.Article) bool {
		if a.File != path {
			t.Errorf("article %s: file %q, want %q", a.ID, a.File, path)
		}
		ids = append(ids, a.ID)
		return true
	})
	if len(ids) != len(lines) || ids[0] != "r0-1" || ids[len(ids)-1] != "r19-5" {
		t.Errorf("read %d articles (%v ... ), want the %d lines that fit", len(ids), ids[:min(3, len(ids))], len(lines))
	}
	want := fmt.Sprintf("%s:4: the line is larger than the", path)
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), want) {
		t.Errorf("errors %v, want one starting %q", errs, want)
	}
}

// Each stops reading when its caller says so.
func TestEachStops(t *testing.T) {
	lines, _ := summitLines(t, 2)
	path := write(t, t.TempDir(), "stream.jsonl", strings.Join(lines, "\n"))
	n := 0
	errs := Each(context.Background(), []string{path, path}, Options{}, func(*news.Article) bool {
		n++
		return n < 3
	})
	if n != 3 || len(errs) != 0 {
		t.Errorf("read %d articles with errors %v, want 3 and none", n, errs)
	}
}

// A .jsonl stream on stdin is read line by line too, past the size limit.
func TestEachJSONLStdin(t *testing.T) {
	lines, longest := summitLines(t, 10)
	in := strings.NewReader("\uFEFF" + strings.Join(lines, "\r\n"))
	var ids []string
	errs := Each(context.Background(), []string{"-"}, Options{MaxBytes: int64(longest) + 1, Stdin: in}, func(a *news.Article) bool {
		if a.File != "-" {
			t.Errorf("article %s: file %q, want -", a.ID, a.File)
		}
		ids = append(ids, a.ID)
		return true
	})
	if len(errs) != 0 || len(ids) != len(lines) {
		t.Errorf("read %d of %d articles, errors %v", len(ids), len(lines), errs)
	}
	// Read gathers what Each hands on, in the same order.
	arts, errs := Read(context.Background(), []string{"-"}, Options{MaxBytes: int64(longest) + 1, Stdin: strings.NewReader(strings.Join(lines, "\n"))})
	if len(errs) != 0 || len(arts) != len(ids) || arts[7].ID != ids[7] {
		t.Errorf("Read gave %d articles, errors %v; want %d", len(arts), errs, len(ids))
	}
}

// FuzzJSONLines: any stream gives articles and errors, never a panic, and
// every error names a line of the stream or the stream.
func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"One."}` + "\n" + `{"text":"Two."}`))
	f.Add([]byte("{\"text\":\"x\"}\r\n\n\xff\xfe{}\n" + strings.Repeat("a", 300)))
	f.Add([]byte("\xef\xbb\xbf{\"html\":\"<p>Hi</p>\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		errs := jsonLines("in.jsonl", bytes.NewReader(data), 200, func(*news.Article) bool {
			n++
			return true
		})
		for _, err := range errs {
			if !strings.HasPrefix(err.Error(), "in.jsonl") {
				t.Fatalf("error %q does not name the input", err)
			}
		}
		if n == 0 && len(errs) == 0 {
			t.Fatal("no article and no error")
		}
	})
}
