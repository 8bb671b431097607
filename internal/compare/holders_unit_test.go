package compare

import "testing"

// TestTwoHolders checks whom an age is told of in the sentence shapes
// news gives: a name beside it, a part named by a noun or by a verb.
func TestTwoHolders(t *testing.T) {
	cases := []struct {
		a, b string
		two  bool
	}{
		{"The pharmacy owner was identified as 42-year-old Mark Ellison.", "Police said a 72-year-old customer, Paul Granger, was shot.", true},
		{"Police identified the shooter as 22-year-old Dale R. Hoskins.", "Police identified the shooter as 23-year-old Dale Hoskins.", false},
		{"An 18-year-old man accused of fatally shooting his friend was charged.", "He shot and killed a 20-year-old man earlier this month.", true},
		{"A 20-year-old man was killed.", "Police said a 21-year-old man died.", false},
		{"The 42-year-old owner was shot.", "The 72-year-old customer was shot.", true},
		{"The 42-year-old owner was shot.", "The 43-year-old victim was shot.", false},
	}
	for _, c := range cases {
		t.Run(c.a, func(t *testing.T) {
			da, db := analyze(c.a), analyze(c.b)
			qa, qb := Quantities(da, 0), Quantities(db, 0)
			if len(qa) != 1 || len(qb) != 1 {
				t.Fatalf("quantities: %v / %v", qa, qb)
			}
			if got := twoHolders(da.SentenceTokens(0), db.SentenceTokens(0), qa[0], qb[0]); got != c.two {
				t.Errorf("twoHolders = %v, want %v", got, c.two)
			}
		})
	}
}

// TestPlaceIsNoName checks that a place set before the person noun ("a
// 20-year-old Chicago man") is not read as the person's name.
func TestPlaceIsNoName(t *testing.T) {
	d := analyze("Police said a 20-year-old Chicago man was shot.")
	qs := Quantities(d, 0)
	if len(qs) != 1 {
		t.Fatalf("quantities: %v", qs)
	}
	if h := ageHolder(d.SentenceTokens(0), qs[0]); h.name != nil {
		t.Errorf("name = %v, want none", h.name)
	}
	d = analyze("Police identified 42-year-old Mark Ellison as the gunman.")
	if h := ageHolder(d.SentenceTokens(0), Quantities(d, 0)[0]); len(h.name) != 2 {
		t.Errorf("name = %v, want mark ellison", h.name)
	}
}
