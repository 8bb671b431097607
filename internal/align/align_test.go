package align

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// dataDir finds ../shared/data from the repository root, or skips (fails
// in CI) when it is missing.
func dataDir(t testing.TB) string { return testenv.SharedData(t, "") }

// readText reads a plain-text report the simple way, with the given id.
func readText(t testing.TB, path, id string) *news.Article {
	a := testenv.PlainArticles(t, path)[0]
	a.ID, a.File = id, ""
	return a
}

func summit(t testing.TB) *text.Corpus {
	dir := filepath.Join(dataDir(t), "summit-2023")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs []*text.Doc
	var ids []string
	for i, f := range files {
		id := "s" + string(rune('1'+i))
		docs = append(docs, text.Analyze(readText(t, f, id)))
		ids = append(ids, id)
	}
	return text.NewCorpus(docs, ids)
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"two", 2, true}, {"2", 2, true}, {"1,000", 1000, true}, {"4.5", 4.5, true},
		{"twenty-five", 25, true}, {"4.5bn", 4.5e9, true}, {"10m", 1e7, true},
		{"dozen", 12, true}, {"five-hour", 0, false}, {"hour", 0, false}, {"", 0, false},
		{"2019", 2019, true}, {"m", 0, false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, ok := ParseNumber(c.in)
			if ok != c.ok || got != c.want {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
			}
		})
	}
}

func TestSentenceTermsNormalise(t *testing.T) {
	// "five-hour meeting" and "met for 5 hours" share the number, the unit
	// and the synonym class of meeting.
	a := text.Analyze(&news.Article{Text: "The leaders ended a five-hour meeting.", Language: "en"})
	b := text.Analyze(&news.Article{Text: "The leaders met for 5 hours.", Language: "en"})
	ta, _, _ := SentenceTerms(a, 0)
	tb, _, _ := SentenceTerms(b, 0)
	shared := map[string]bool{}
	for _, x := range ta {
		for _, y := range tb {
			if x == y {
				shared[x] = true
			}
		}
	}
	want := map[string]bool{"leader": true, "#5": true, "hour": true, "~meet": true}
	if diff := cmp.Diff(want, shared); diff != "" {
		t.Errorf("shared terms (-want +got):\n%s", diff)
	}
}

func TestAlignSummit(t *testing.T) {
	c := summit(t)
	for _, opt := range []Options{{}, {Clauses: true}} {
		t.Run(fmt.Sprintf("clauses=%v", opt.Clauses), func(t *testing.T) { checkAlignment(t, c, AlignWith(c, opt)) })
	}
}

// TestAlignClauses checks the clause units on a story whose sentences have
// clauses: every claim's evidence lies inside one sentence of its member
// list, and a clause's evidence is a strict part of its sentence.
func TestAlignClauses(t *testing.T) {
	c := story(t, 10)
	r := AlignWith(c, Options{Clauses: true})
	checkAlignment(t, c, r)
	clauses := 0
	for i, cl := range r.Claims {
		for _, ev := range cl.Evidence {
			d := c.IndexOf(ev.Source)
			found := false
			for _, m := range r.Members[i] {
				sent := c.Docs[m.Doc].Sentences[m.Sent]
				if m.Doc == d && ev.Start >= sent.Start && ev.End <= sent.End {
					found = true
					if ev.End-ev.Start < sent.End-sent.Start {
						clauses++
					}
				}
			}
			if !found {
				t.Errorf("claim %s: evidence %d-%d of %s is in none of its sentences", cl.ID, ev.Start, ev.End, ev.Source)
			}
		}
	}
	if clauses == 0 {
		t.Errorf("no claim has a clause as evidence")
	}
}

func checkAlignment(t *testing.T, c *text.Corpus, r *Result) {
	if len(r.Claims) != len(r.Members) || len(r.Claims) != len(r.Links) {
		t.Fatalf("claims %d, members %d, links %d", len(r.Claims), len(r.Members), len(r.Links))
	}
	for i, cl := range r.Claims {
		if cl.ID != "c"+itoa(i+1) {
			t.Errorf("claim %d has id %s", i, cl.ID)
		}
		if i > 0 && cl.Independent > r.Claims[i-1].Independent {
			t.Errorf("claim %s (%d sources) after one with %d", cl.ID, cl.Independent, r.Claims[i-1].Independent)
		}
		for _, ev := range cl.Evidence {
			d := c.IndexOf(ev.Source)
			if got := c.Docs[d].Article.Text[ev.Start:ev.End]; got == "" {
				t.Errorf("claim %s: empty evidence", cl.ID)
			}
		}
		for _, m := range r.Members[i] {
			all := r.ClaimsOf(m)
			if !slices.Contains(all, i) {
				t.Errorf("ClaimsOf(%v) = %v, want it to hold %d", m, all, i)
			}
			if len(all) > 0 && r.Of[m.Doc][m.Sent] != all[0] {
				t.Errorf("Of[%d][%d] = %d, want the best supported of %v", m.Doc, m.Sent, r.Of[m.Doc][m.Sent], all)
			}
		}
		if cl.Independent > 1 && len(cl.Why) == 0 {
			t.Errorf("claim %s of %d sources has no reason", cl.ID, cl.Independent)
		}
		if testing.Verbose() && cl.Independent > 1 {
			t.Logf("%s [%s] %q\n   why %v", cl.ID, strings.Join(cl.Sources, ","), cl.Text, cl.Why)
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestDumpSummit(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("DUMP not set")
	}
	c := summit(t)
	r := Align(c)
	for i, cl := range r.Claims {
		if cl.Independent < 2 {
			continue
		}
		t.Logf("%s", cl.ID)
		for _, m := range r.Members[i] {
			t.Logf("   %s#%d %s", c.IDs[m.Doc], m.Sent+1, c.Docs[m.Doc].Sentences[m.Sent].Text)
		}
	}
}

func TestClauses(t *testing.T) {
	cases := []struct {
		sent string
		want []string
	}{
		{"Iran says they were in Iranian territorial waters, while the UK insists they were operating in Iraqi waters under a UN mandate.",
			[]string{"Iran says they were in Iranian territorial waters", "the UK insists they were operating in Iraqi waters under a UN mandate."}},
		{"The talks lasted five hours; the two leaders then toured the launch site together.",
			[]string{"The talks lasted five hours", "the two leaders then toured the launch site together."}},
		// No verb after the comma: a list, not a clause.
		{"The move worried observers in the United States, South Korea, and Japan.",
			[]string{"The move worried observers in the United States, South Korea, and Japan."}},
		// "following the summit" has no verb of its own.
		{"It was troubling that Russia is talking about such programs, a spokesman said, following the summit in Russia.",
			[]string{"It was troubling that Russia is talking about such programs, a spokesman said, following the summit in Russia."}},
		// Inside a quotation the sentence stays whole.
		{`"We talked for hours, and we agreed on everything that matters to us," he said.`,
			[]string{`"We talked for hours, and we agreed on everything that matters to us," he said.`}},
		// A clause that opens on a pronoun leans on the other one.
		{"Thomas was hurt in a loss to Atlanta in Week 3, and then missed nine games before coming back.",
			[]string{"Thomas was hurt in a loss to Atlanta in Week 3, and then missed nine games before coming back."}},
		// A short side stays with its neighbour.
		{"He left, and the rest of the delegation stayed for the dinner.",
			[]string{"He left, and the rest of the delegation stayed for the dinner."}},
	}
	for _, tc := range cases {
		t.Run(tc.sent, func(t *testing.T) {
			toks := text.Tokenize(tc.sent, 0)
			var got []string
			for _, sp := range clauses(toks) {
				got = append(got, tc.sent[toks[sp.lo].Start:toks[sp.hi-1].End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("clauses (-want +got):\n%s", diff)
			}
		})
	}
}
