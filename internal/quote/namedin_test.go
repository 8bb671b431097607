package quote

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// namedInQuoteByFields is namedInQuote as it was: each item's text cut
// into its words.
func namedInQuoteByFields(name string, its []item) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	sur := strings.ToLower(f[len(f)-1])
	for _, it := range its {
		for _, w := range strings.FieldsFunc(strings.ToLower(it.text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if w == sur {
				return true
			}
		}
	}
	return false
}

// TestNamedInQuoteMatchesFields checks namedInQuote against the reading
// by words it replaced: every paragraph of 300 GVA reports as a quote,
// asked for each capitalised word of it and of the next paragraph as a
// surname; and random texts of letters, hyphens, apostrophes, other
// scripts and broken UTF-8.
func TestNamedInQuoteMatchesFields(t *testing.T) {
	check := func(name, quote string) bool {
		its := []item{{text: quote}}
		got, want := namedInQuote(name, its), namedInQuoteByFields(name, its)
		if got != want {
			t.Fatalf("namedInQuote(%q, %q) = %v, by words %v", name, quote, got, want)
		}
		return got
	}
	found := 0
	for _, a := range testenv.GVATexts(t, 300) {
		paras := strings.Split(a, "\n\n")
		for p, para := range paras {
			var names []string
			for _, q := range paras[p:min(p+2, len(paras))] {
				for _, w := range strings.Fields(q) {
					if r := []rune(w)[0]; unicode.IsUpper(r) {
						names = append(names, "Officer "+w)
					}
				}
			}
			for _, n := range names {
				if check(n, para) {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no surname found in its paragraph: the test proves nothing")
	}
	pieces := []string{"smith", "Smith", "-", "'", " ", ".", "é", "É", "\xff", "\xc3", "ab", "jean-luc", "İ", "ß", "日本", "\u200b"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var q, n strings.Builder
		for range rng.IntN(12) {
			q.WriteString(pieces[rng.IntN(len(pieces))])
		}
		for range 1 + rng.IntN(3) {
			n.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(n.String(), q.String())
	}
}

// TestSegmentsASCIIMarks checks the bytes segments passes over undecoded:
// the only ASCII runes isMarkRune takes are the straight quotes and the
// back quote.
func TestSegmentsASCIIMarks(t *testing.T) {
	for c := range rune(0x80) {
		if want := c == '"' || c == '\'' || c == '`'; isMarkRune(c) != want {
			t.Errorf("isMarkRune(%q) = %v", c, !want)
		}
	}
}
