package summarize

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// shoutingByRune is shouting as it was before its ASCII bytes were read in
// line: every rune through the unicode package.
func shoutingByRune(t string) bool {
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper*10 > letters*8
}

// TestShoutingMatchesRunes checks shouting against the unicode package on
// every sentence of the MultiLing source texts (seven languages, five
// scripts) and of 600 GVA reports, each also in capitals, and on every
// ASCII byte and a few other runes in every order of two after a capital.
func TestShoutingMatchesRunes(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, testenv.GVATexts(t, 600)...)
	var sents []string
	for _, a := range texts {
		for _, sp := range text.SplitSentences(a) {
			s := a[sp.Start:sp.End]
			sents = append(sents, s, toUpperASCII(s))
		}
	}
	var pieces []string
	for c := range 128 {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "É", "é", "Σ", "σ", "क", "\xff", "ǅ")
	for _, a := range pieces {
		for _, b := range pieces {
			sents = append(sents, "W"+a+b, "WW"+a+b+"W")
		}
	}
	shouts := 0
	for _, s := range sents {
		got, want := shouting(s), shoutingByRune(s)
		if got != want {
			t.Fatalf("shouting(%q) = %v, want %v", s, got, want)
		}
		if got {
			shouts++
		}
	}
	if shouts == 0 {
		t.Fatal("no sentence shouts")
	}
	t.Logf("%d texts, %d shouting", len(sents), shouts)
}

// toUpperASCII capitalises the ASCII letters of s only, leaving its other
// bytes as they are (broken UTF-8 too).
func toUpperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
