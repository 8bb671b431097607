package compare

import "testing"

// TestKinOf: in GVA 704555 "Wilson's mother was not at home" was read as a
// denial of "Wilson, 14, was inside his home": the possessor of a relative
// is not the subject. A name owning something else stays the subject's name.
func TestKinOf(t *testing.T) {
	cases := []struct {
		in, name string
		want     bool
	}{
		{"Davis said Wilson’s mother was not at home.", "wilson's", true},
		{"Wilson's younger brother was not hurt.", "wilson's", true},
		{"Sudan's government denied any bombing.", "sudan's", false},
		{"Wilson was inside his home.", "wilson", false},
	}
	for _, c := range cases {
		doc := analyze(c.in)
		toks := doc.SentenceTokens(0)
		k := tokenIndex(t, doc, c.name)
		if got := kinOf(toks, k); got != c.want {
			t.Errorf("kinOf(%q in %q) = %v, want %v", c.name, c.in, got, c.want)
		}
	}
}
