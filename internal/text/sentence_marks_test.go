package text

import (
	"testing"
	"unicode/utf8"
)

// TestLineMarks checks that splitLine's loop passes over no ASCII byte
// its tests could say yes to: for every byte outside lineMarks, in each
// place of a line, isOpenQuote, isCloseQuote, isTerminal and ASCIIDanda
// say no.
func TestLineMarks(t *testing.T) {
	for c := range byte(utf8.RuneSelf) {
		if lineMarks[c] {
			continue
		}
		for _, line := range []string{string(c), " " + string(c), string(c) + string(c), "(" + string(c), "a " + string(c) + " b", "\u0915 " + string(c)} {
			for i := 0; i < len(line); i++ {
				if line[i] != c {
					continue
				}
				r := rune(c)
				if isOpenQuote(line, i, r) || isCloseQuote(line, i, r) || isTerminal(r) || ASCIIDanda(line, i) {
					t.Errorf("byte %q at %d of %q: a mark splitLine passes over", c, i, line)
				}
			}
		}
	}
}
