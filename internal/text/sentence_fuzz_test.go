package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplitSentences: sentences are in order, do not overlap, lie inside
// the text on rune boundaries, hold no line break, are trimmed and not
// empty, and every non-space character of the text is in one of them.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		`In a press release March 25, Foreign Office Minister Lord Triesman stated: "It is simply not true." He left.`,
		`"It is over. We won," he said. Then he left.`,
		"Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3.\nNext line.",
		"U.S. officials said... \"Maybe?\" (Yes.) 'No!'",
		"\xff\xfe broken bytes. Next.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		covered := make([]bool, len(s))
		for _, sp := range SplitSentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span %+v after %d in a text of %d bytes", sp, prev, len(s))
			}
			sent := s[sp.Start:sp.End]
			if utf8.ValidString(s) && (!utf8.RuneStart(s[sp.Start]) || sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
				t.Fatalf("span %+v cuts a character", sp)
			}
			if strings.Contains(sent, "\n") || strings.TrimSpace(sent) != sent {
				t.Fatalf("sentence %q", sent)
			}
			for i := sp.Start; i < sp.End; i++ {
				covered[i] = true
			}
			prev = sp.End
		}
		for i := 0; i < len(s); i++ {
			if !covered[i] && s[i] > ' ' && s[i] < 0x7f {
				t.Fatalf("byte %d (%q) of %q is in no sentence", i, s[i], s)
			}
		}
	})
}
