package compare

import "testing"

// TestDestination reads the named place a count of people was taken to:
// GVA 479592 ("Two victims were taken to John H. Stroger Jr. Hospital",
// against three taken "to nearby hospitals") and 595166 ("Two men ... were
// transported to Brookdale Hospital", against the four men hit), the part
// of the wounded a hospital received.
func TestDestination(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Two victims were taken to John H. Stroger Jr. Hospital in serious-to-critical condition, one with a gunshot wound to the head.", "john h"},
		{"Three victims were taken in serious to critical condition to nearby hospitals, fire officials said.", ""},
		{"Two men, 18 and 20, and one woman, 19, were transported to Brookdale Hospital.", "brookdale hospital"},
		{"Responders initially transported two men and two women from the scene.", ""},
		{"Paramedics took three people to Mercy Hospital.", "mercy hospital"},
		{"He hit four men and three women, police said.", ""},
	}
	for _, c := range cases {
		doc := analyze(c.in)
		qs := Quantities(doc, 0)
		if len(qs) == 0 {
			t.Fatalf("no quantity in %q", c.in)
		}
		if got := destination(doc.SentenceTokens(0), qs[0]); got != c.want {
			t.Errorf("destination(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
