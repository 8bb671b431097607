package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDates(t *testing.T) {
	cases := []struct {
		in   string
		want []string // Kind|Value of each date
	}{
		{"The leaders met on Wednesday in Vladivostok.", []string{"weekday|Wednesday"}},
		{"He had said last Tuesday there was no plan.", []string{"weekday|last Tuesday"}},
		{"The summit took place on 13 September 2023.", []string{"fulldate|2023-09-13"}},
		{"It was signed Sept. 13 by both sides.", []string{"date|09-13"}},
		{"Voters in 2009 approved the bond.", []string{"year|2009"}},
		{"The crackdown came in June 1972 after the break-in.", []string{"month|1972-06"}},
		{"They may meet again soon.", nil},    // "may" is not a month
		{"Some 2009 people were there.", nil}, // a year only after in/since/until/of
		{"It was signed on May 3, 2011.", []string{"fulldate|2011-05-03"}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			var got []string
			for _, d := range Dates(analyze(c.in), 0) {
				got = append(got, d.Kind+"|"+d.Value)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestNegations(t *testing.T) {
	cases := []struct {
		in   string
		want []string // cue and the first word of its scope
	}{
		{"There was no plan for Mr Putin to visit Pyongyang.", []string{"no plan"}},
		{"A man has denied arson following the fire.", []string{"denied arson"}},
		{"Ross doesn't have a deal in place.", []string{"not have"}},
		{"Ross doesn ' t have a deal in place.", []string{"not '"}},
		{"It is not only a question of money.", nil},
		{"It was not clear who fired first.", nil},
		{"Whether or not he comes, we go.", nil},
		{"Barber did not practice Thursday, but he will play.", []string{"not practice"}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			d := analyze(c.in)
			toks := d.SentenceTokens(0)
			var got []string
			for _, n := range Negations(d, 0) {
				first := ""
				if len(n.Scope) > 0 {
					first = toks[n.Scope[0]].Lower
				}
				got = append(got, n.Cue+" "+first)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestProposition checks that a contradiction needs the same proposition:
// the negation and the affirmation of one predicate with its governing
// verb, subject and scope words, not merely a shared name and word.
func TestProposition(t *testing.T) {
	cases := []struct {
		neg, aff string
		want     bool
	}{
		{"On Wednesday, Kremlin spokesman Dmitry Peskov had said there was no plan for Mr Putin to visit Pyongyang.",
			"Vladimir Putin has accepted Kim Jong Un's invitation to visit Pyongyang, according to KCNA.", true},
		{"A not guilty plea was entered on LaCalamita's behalf during Wednesday's hearing.",
			"Anthony LaCalamita was found guilty of first-degree murder.", false},
		{"Mr. Gigante had pleaded not guilty and had been free for years.",
			"In April 2003, Gigante plead guilty to charges he feigned mental illness.", false},
		{"Even his partner Carl Bernstein did not meet Felt until earlier this year.",
			"Woodward wrote that he met Felt when he delivered a package.", false},
		{"However, Prime Minister Costas Karamanlis has dismissed calls to quit.",
			"More and more people have been calling for Prime Minister Costas Karamanlis to quit.", false},
		{"Microsoft today declined to say when it plans to patch the IE vulnerability.",
			"Microsoft issues patch to fix IE bug.", false},
		{"Smith was found not guilty of murder by the jury.",
			"Smith was found guilty of murder on Friday.", true},
	}
	weight := func(string) float64 { return 1 }
	for _, c := range cases {
		t.Run(c.neg, func(t *testing.T) {
			nd, ad := analyze(c.neg), analyze(c.aff)
			got := false
			for _, neg := range Negations(nd, 0) {
				p, ok := negatedProposition(nd.SentenceTokens(0), neg, weight)
				if !ok {
					continue
				}
				if _, _, ok := p.affirmedBy(ad.SentenceTokens(0), weight); ok {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("contradiction = %v, want %v", got, c.want)
			}
		})
	}
}
