package summarize

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// bareAttributionSplit is bareAttribution as it was, with strings.Split
// and strings.FieldsFunc: bareAttribution must give what it gives.
func bareAttributionSplit(t string) bool {
	t = text.FoldQuotes(t)
	if !strings.Contains(t, `"`) {
		return false
	}
	var outside []string
	in := false
	for _, part := range strings.Split(t, `"`) {
		if !in {
			outside = append(outside, strings.FieldsFunc(part, func(r rune) bool {
				return r == ' ' || r == ',' || r == '.' || r == '\t'
			})...)
		}
		in = !in
	}
	if len(outside) > maxAttribution {
		return false
	}
	for _, w := range outside {
		if english.SpeechVerbs.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func FuzzBareAttribution(f *testing.F) {
	for _, s := range []string{`"We will win," he said.`, `“No,” said Police Chief Ciminelli.`, `"a" "b" said`, `said "x`, "\"\xff,\tSAID.\"", `"" ""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := bareAttribution(s), bareAttributionSplit(s); got != want {
			t.Errorf("bareAttribution(%q) = %v, want %v", s, got, want)
		}
	})
}
