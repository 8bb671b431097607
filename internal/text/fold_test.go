package text

import (
	"strings"
	"testing"
)

// FuzzFoldQuotes checks that FoldQuotes' one pass gives what the Replacer
// of its pairs gave (an ASCII string without "“" was, and is, returned
// as it is).
func FuzzFoldQuotes(f *testing.F) {
	for _, s := range []string{"``Hi''", "“Yes,” he said", "Russia’s", "‘a’ ‚b′ c″ „d“ «e»", "'''", "````", "a\xffb’", "\xe2\x80", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := s
		if !isASCIIWord(s) || strings.Contains(s, "``") {
			want = quoteFolder.Replace(s)
		}
		if got := FoldQuotes(s); got != want {
			t.Errorf("FoldQuotes(%q) = %q, want %q", s, got, want)
		}
	})
}
