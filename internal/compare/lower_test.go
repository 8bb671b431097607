package compare

import (
	"strings"
	"testing"
)

// FuzzContainsLower checks containsLower and lowerAt against the
// lower-cased copy they replace (isAttributionOnly's first form).
func FuzzContainsLower(f *testing.F) {
	for _, s := range []string{
		"Reporting by Jane Doe", "BY JANE DOE", "Staff CONTRIBUTED to this REPORT.",
		"contrİbuted report", "\xe2\x80contributed\xff report", "By\u00a0Jane", "bY ",
		"The Associated Press contributed to this report", "“By the time”, they reported",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		for _, p := range []string{"contributed", "report", "by ", "k", "i"} {
			if got, want := containsLower(s, p), strings.Contains(low, p); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", s, p, got, want)
			}
			if got, want := lowerAt(s, 0, p), strings.HasPrefix(low, p); got != want {
				t.Errorf("lowerAt(%q, 0, %q) = %v, want %v", s, p, got, want)
			}
		}
	})
}

// TestLowerAtEveryRune checks lowerAt on every rune against
// strings.ToLower, for each lower-case ASCII letter and the space.
func TestLowerAtEveryRune(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		s := string(r)
		low := strings.ToLower(s)
		for c := byte('a'); c <= 'z'; c++ {
			if got, want := lowerAt(s, 0, string(c)), low == string(c); got != want {
				t.Errorf("lowerAt(%U, %q) = %v, want %v", r, c, got, want)
			}
		}
	}
}
