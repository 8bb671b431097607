package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

func analyze(s string) *text.Doc {
	return text.Analyze(&news.Article{Text: s, Language: "en"})
}

func TestQuantities(t *testing.T) {
	cases := []struct {
		in   string
		want []string // String() of each quantity, with its dimension
	}{
		{"The two leaders met for about five hours earlier in the day.", []string{"count|2 leaders", "duration|about 5 hours"}},
		{"It followed their nearly five-hour meeting on Wednesday.", []string{"duration|nearly 5 hours"}},
		{"The summit included over four hours of talks.", []string{"duration|over 4 hours"}},
		{"At least 1,200 people were killed.", []string{"count|at least 1200 people"}},
		{"Donations reached $4.5 million.", []string{"money:USD|USD 4500000"}},
		{"Turnout rose to 62 per cent from 58%.", []string{"%|62%", "%|58%"}},
		{"Talks began at 2:30 p.m. in 2023.", nil},
		{"A 35-year-old man was arrested.", []string{"age|35 years old"}},
		{"It lasted 300 minutes.", []string{"duration|300 minutes"}},
		{"Dozens of people were hurt.", nil},
		{"He was weighing about 210 pounds.", []string{"mass|about 210 pounds"}},
		{"It cost him 93 pounds.", []string{"money:GBP|GBP 93"}},
		{"Updated: 2 months ago", nil},
		{"Battery life sounds right: 7 hours on a charge.", []string{"duration|7 hours"}},
		{"The shooting happened at 8: 00 am.", nil},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			d := analyze(c.in)
			var got []string
			for _, q := range Quantities(d, 0) {
				got = append(got, q.Dim+"|"+q.String())
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSameValue(t *testing.T) {
	q := func(s string) Quantity {
		qs := Quantities(analyze(s), 0)
		if len(qs) != 1 {
			t.Fatalf("%q: %d quantities", s, len(qs))
		}
		return qs[0]
	}
	cases := []struct {
		a, b string
		same bool
	}{
		{"about five hours", "a nearly five-hour meeting", true},
		{"over four hours", "about five hours", false},
		{"300 minutes", "5 hours", true},
		{"12 people", "twelve people", true},
		{"12 people", "13 people", false},
		{"about 100 people", "105 people", true},
	}
	for _, c := range cases {
		t.Run(c.a+" vs "+c.b, func(t *testing.T) {
			if got := SameValue(q(c.a), q(c.b)); got != c.same {
				t.Errorf("SameValue = %v, want %v", got, c.same)
			}
		})
	}
}

// TestAdmits checks that a limit never opposes a value it admits, while a
// hedged value ("over four hours") still differs from another.
func TestAdmits(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"At least four bombs were dropped.", "Five bombs were dropped.", true},
		{"At least four bombs were dropped.", "Three bombs were dropped.", false},
		{"One rocket landed to within 20 miles of Tel Aviv.", "One rocket landed 17 miles from Tel Aviv.", true},
		{"One rocket landed to within 20 miles of Tel Aviv.", "One rocket landed 25 miles from Tel Aviv.", false},
		{"At least six people were killed.", "At least seven people were killed.", true},
		{"The battery lasts up to seven hours.", "The battery lasts five hours.", true},
		{"No more than 30 people attended.", "About 40 people attended.", false},
		{"The talks lasted over four hours.", "The talks lasted about five hours.", false},
	}
	for _, c := range cases {
		t.Run(c.a+" / "+c.b, func(t *testing.T) {
			qa, qb := Quantities(analyze(c.a), 0), Quantities(analyze(c.b), 0)
			if len(qa) != 1 || len(qb) != 1 {
				t.Fatalf("want one quantity each, got %v and %v", qa, qb)
			}
			if got := Admits(qa[0], qb[0]); got != c.want {
				t.Errorf("Admits(%s, %s) = %v, want %v", qa[0], qb[0], got, c.want)
			}
		})
	}
}

// TestRunning checks which durations are measured up to the time of
// writing, and which figures close an enumeration.
func TestRunning(t *testing.T) {
	cases := []struct {
		in            string
		elapsed, list bool
	}{
		{"Athens was calm Sunday after eight days of riots.", true, false},
		{"At least 70 people have been hurt over the past eight days.", true, false},
		{"The summit included over four hours of talks.", false, false},
		{"The tremor lasted 30 seconds.", false, false},
		{"It has a fast processor, 4GB RAM, and 5 hours of battery life.", false, true},
		{"Five people died, officials said, and 12 houses burned.", false, false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			d := analyze(c.in)
			toks := d.SentenceTokens(0)
			qs := Quantities(d, 0)
			if len(qs) == 0 {
				t.Fatal("no quantity")
			}
			q := qs[len(qs)-1]
			if got := elapsed(toks, q); got != c.elapsed {
				t.Errorf("elapsed(%s) = %v, want %v", q, got, c.elapsed)
			}
			if got := listItem(toks, q); got != c.list {
				t.Errorf("listItem(%s) = %v, want %v", q, got, c.list)
			}
		})
	}
}
