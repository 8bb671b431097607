package text

import (
	"testing"
	"unicode"
)

// wordsByRune is Words as it was written before its ASCII table: every
// rune through the unicode package.
func wordsByRune(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || in && unicode.IsMark(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

// FuzzWords checks Words's ASCII table against the unicode package.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "plain words", "Russia’s well-known 1,000 men", "किया गया", "a\xffb’c", "x'-'y", "’a", "-a-", "\u0301a\u0301 b\u0301", "e\u0301t\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), wordsByRune(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestWordsOnEveryByte runs FuzzWords's check on each ASCII character and
// a few other runes around a letter, in every order of two.
func TestWordsOnEveryByte(t *testing.T) {
	var pieces []string
	for c := range 128 {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "’", "é", "\u0301", "\u093f", "٣", "\xff", "—")
	for _, a := range pieces {
		for _, b := range pieces {
			for _, s := range []string{a + b, "w" + a + b, a + "w" + b, a + b + "w"} {
				if got, want := Words(s), wordsByRune(s); got != want {
					t.Fatalf("Words(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}
