package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestStatementDay reads the day of a statement apart from the day of the
// event: the inverted attribution of GVA 727759 (Chicago Tribune, "said
// Chicago police spokesman Anthony Guglielmi late Sunday afternoon", the
// Sunday the Sun-Times' "found shot to death Saturday afternoon" was read
// against), and look-alikes whose day dates the event.
func TestStatementDay(t *testing.T) {
	cases := []struct {
		in, day string
		want    bool
	}{
		{"Investigators now believe the shooting may have been part of a home invasion and robbery attempt, said Chicago police spokesman Anthony Guglielmi late Sunday afternoon.", "Sunday", true},
		{"Four people were found shot to death Saturday afternoon at a house on the Far South Side.", "Saturday", false},
		{"The man died at the hospital, police said early Sunday.", "Sunday", true},
		{"Police said Smith was shot Sunday in the 800 block of Humboldt Street.", "Sunday", false},
		{"Police said the shooting happened late Sunday.", "Sunday", false},
		{"A caller to 911 told the Sheriff's Office late Saturday morning that an 18-year-old accidentally shot his friend.", "Saturday", false},
	}
	for _, c := range cases {
		doc := analyze(c.in)
		k := tokenIndex(t, doc, c.day)
		if got := statementDay(doc, 0, k); got != c.want {
			t.Errorf("statementDay(%q at %q) = %v, want %v", c.day, c.in, got, c.want)
		}
	}
}

// tokenIndex is the index of the last token of the one-sentence doc whose
// text or lower case is w; the test fails without one.
func tokenIndex(t *testing.T, doc *text.Doc, w string) int {
	t.Helper()
	k := -1
	for i, tok := range doc.SentenceTokens(0) {
		if tok.Text == w || tok.Lower == w {
			k = i
		}
	}
	if k < 0 {
		t.Fatalf("no %q in the sentence", w)
	}
	return k
}
