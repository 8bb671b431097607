package summarize

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestMayHoldPhone checks the byte scan in front of phoneNumber on the
// sentences of 600 GVA reports (local police news, which prints
// telephone numbers): it never turns away a sentence the expression
// matches, and it turns away most sentences.
func TestMayHoldPhone(t *testing.T) {
	sents, phones, passed := 0, 0, 0
	for _, a := range testenv.GVATexts(t, 600) {
		for _, sp := range text.SplitSentences(a) {
			s := a[sp.Start:sp.End]
			sents++
			may := mayHoldPhone(s)
			if may {
				passed++
			}
			if phoneNumber.MatchString(s) {
				phones++
				if !may {
					t.Errorf("mayHoldPhone(%q) = false; phoneNumber matches it", s)
				}
			}
		}
	}
	if phones == 0 || passed*4 > sents {
		t.Errorf("%d sentences, %d with a telephone number, %d passed by the scan: want some numbers and at most a quarter passed", sents, phones, passed)
	}
	t.Logf("%d sentences, %d with a telephone number, %d passed by the scan", sents, phones, passed)
}

// FuzzMayHoldPhone checks that the scan passes every text phoneNumber
// matches.
func FuzzMayHoldPhone(f *testing.F) {
	for _, s := range []string{"call 602-262-6141", "(602) 262-6141", "602.262.6141", "1-800-CALL-FBI", "in 2015.", "at 480-WITNESS"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if phoneNumber.MatchString(s) && !mayHoldPhone(s) {
			t.Errorf("mayHoldPhone(%q) = false; phoneNumber matches it", s)
		}
	})
}
