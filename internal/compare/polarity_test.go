package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
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
		// A month of a year with "of"; a month alone after a word of time.
		{"In July of 2015, deputies shot a teenager.", []string{"month|2015-07"}},
		{"A quake hit the town in February, killing hundreds.", []string{"monthname|February"}},
		{"It will ship in late Jan. to stores.", []string{"monthname|January"}},
		{"He arrived in May and left.", []string{"monthname|May"}},
		{"March organizers met the mayor.", nil}, // no word of time before it
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
		// A refusal of a thing is the event itself; of a "to" clause, a denial.
		{"Flynn refused an abortion.", nil},
		{"She resisted demands to have an abortion.", nil},
		{"The minister refused to resign.", []string{"refused to"}},
		// Idioms that deny nothing.
		{"Rahman has nothing left, his trainer said.", nil},
		{"I wasn't the only one impressed with her record.", nil},
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
		{"Sudan's government denied any bombing in South Sudan.",
			"Sudan bombed a refugee camp in South Sudan on Thursday.", true},
		// Another object: eight experts sent is not three observers sent.
		{"The Organisation for Security has not sent three observers to the vote.",
			"The Organisation for Security sent eight experts to monitor the poll.", false},
		// Another subject of the predicate: Klitschko landed, not Rahman.
		{"In the sixth round Rahman didn't land a clean punch.",
			"Klitschko landed 178 punches to just 30 for Rahman.", false},
		// A verbal negation with no subject read says nothing of the
		// names in its scope.
		{"Mr. Jackman, 40, has never been nominated for an Oscar.",
			"Oscar nominations will be announced in January.", false},
		// A noun that looks like the predicate.
		{"Rahman said there was nothing left in his legs.",
			"Klitschko dropped Rahman with two hard lefts.", false},
		// The subject read through a relative clause, from the annotation.
		{"Witnesses say Gray, who was running away, did not point the gun.",
			"Police said Gray pointed a gun at officers.", true},
		// Someone's words named by a noun are not the source's assertion.
		{"Witnesses say Gray, who was running away, did not point the gun.",
			"Many contest police allegations that Gray pointed a gun at officers.", false},
		// The predicate of another verb: "had no children" is not denied
		// by "was one of six children", nor "was not at home" by "lived in
		// the home".
		{"Jones was married twice but had no children.",
			"Jones was one of six children.", false},
		{"Jones was married twice but had no children.",
			"Jones had two children with his first wife.", true},
		// An approximate negator is no affirmation.
		{"In the sixth round Rahman didn't land a clean punch.",
			"Rahman, who beat Lewis in 2001, barely landed a punch.", false},
		{"In the sixth round Rahman didn't land a clean punch.",
			"Rahman, who beat Lewis in 2001, landed a clean punch in the sixth round.", true},
		{"Smith was not at home at the time of the shooting.",
			"Smith lived in the home where the shooting occurred.", false},
		// A participle clause after a preposition is said of the subject
		// of its clause (GVA 562315, a plant of the calibration half); the
		// other report tells the place with other words.
		{"New York City police say a 17-year-old boy was killed after not being shot inside a public housing apartment building in the Bronx.",
			"A 17-year-old boy was fatally shot in the chest inside a Bronx apartment Thursday evening, police say.", true},
		{"New York City police say a 17-year-old boy was killed after not being shot inside a public housing apartment building in the Bronx.",
			"A 17-year-old girl was fatally shot in the chest inside a Bronx apartment Thursday evening, police say.", false},
	}
	weight := func(string) float64 { return 1 }
	for _, c := range cases {
		t.Run(c.neg, func(t *testing.T) {
			nd, ad := analyze(c.neg), analyze(c.aff)
			got := false
			for _, neg := range Negations(nd, 0) {
				p, ok := negatedProposition(nd, 0, neg, weight)
				if !ok {
					continue
				}
				if _, _, ok := p.affirmedBy(ad, 0, weight, nil); ok {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("contradiction = %v, want %v", got, c.want)
			}
		})
	}
}

// TestAntonymEvent checks that antonyms oppose each other only when said of
// the same subject and object.
func TestAntonymEvent(t *testing.T) {
	cases := []struct {
		a, wa, b, wb string
		want         bool
	}{
		{"The expectations were high for a team that won 40 games last season.", "won",
			"Last season, the 76ers lost in the first round to Detroit.", "lost", false},
		{"The Senate approved the bill on Tuesday.", "approved",
			"The Senate rejected the bill on Tuesday.", "rejected", true},
		{"Smith won the election by a wide margin.", "won",
			"Jones lost the election by a wide margin.", "lost", false},
	}
	for _, c := range cases {
		t.Run(c.a, func(t *testing.T) {
			at, bt := analyze(c.a).SentenceTokens(0), analyze(c.b).SentenceTokens(0)
			read := func(toks []text.Token, w string) (string, string) {
				for k, tk := range toks {
					if tk.Lower == w {
						return eventAround(toks, k)
					}
				}
				return "", ""
			}
			sa, oa := read(at, c.wa)
			sb, ob := read(bt, c.wb)
			if got := sa != "" && sa == sb && oa == ob; got != c.want {
				t.Errorf("same event = %v (%q %q / %q %q), want %v", got, sa, oa, sb, ob, c.want)
			}
		})
	}
}
