package align

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestHasBoilerplateIsContains checks the phrase search against searching
// the lower-cased sentence for each phrase in turn, on every sentence of
// the MultiLing reports and the summit, and on each of them with each
// phrase written in at its start, its middle and its end, in capitals.
func TestHasBoilerplateIsContains(t *testing.T) {
	naive := func(s string) bool {
		low := strings.ToLower(s)
		for _, b := range boilerplate() {
			if strings.Contains(low, b) {
				return true
			}
		}
		return false
	}
	var sents []string
	for _, a := range multilingEnglish(t) {
		d := text.Analyze(a)
		for _, s := range d.Sentences {
			sents = append(sents, s.Text)
		}
	}
	for _, d := range summit(t).Docs {
		for _, s := range d.Sentences {
			sents = append(sents, s.Text)
		}
	}
	found, checked := 0, 0
	check := func(s string) {
		checked++
		want := naive(s)
		if want {
			found++
		}
		if got := HasBoilerplate(s); got != want {
			t.Errorf("HasBoilerplate(%q) = %v, want %v", s, got, want)
		}
	}
	for i, s := range sents {
		check(s)
		if i%7 != 0 {
			continue
		}
		for _, b := range boilerplate() {
			up := strings.ToUpper(b)
			check(up + s)
			check(s[:len(s)/2] + up + s[len(s)/2:])
			check(s + up)
			check(s[:len(s)/2] + b[:len(b)-1])
		}
	}
	if found == 0 || found == checked {
		t.Fatalf("%d of %d sentences hold boilerplate: the test reads nothing", found, checked)
	}
	t.Logf("%d of %d sentences hold boilerplate", found, checked)
}

// FuzzAppendLower checks appendLower against strings.ToLower, whose bytes
// HasBoilerplate searched before.
func FuzzAppendLower(f *testing.F) {
	for _, s := range []string{"", "Plain ASCII", "“Curly” QUOTES — Dash", "İSTANBUL ΣΟΦΙΑ", "a\xffB\xe2\x80", "\ufffd", "ǅ ẞ Ⅻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}
