package ecbentity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

func dataDir(t *testing.T) string { return testenv.SharedData(t, "ecbplus") }

// A document in the ECB+ format, written for this test: a URL as sentence
// zero, a person linked across documents, a within-document chain and a
// mention outside the selected sentences.
const sample = `<Document doc_name="9_1ecbplus.xml">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="0" number="1">:</token>
<token t_id="3" sentence="0" number="2">//example.com/a</token>
<token t_id="4" sentence="1" number="0">Jane</token>
<token t_id="5" sentence="1" number="1">Roe</token>
<token t_id="6" sentence="1" number="2">left</token>
<token t_id="7" sentence="1" number="3">Paris</token>
<token t_id="8" sentence="1" number="4">on</token>
<token t_id="9" sentence="1" number="5">a</token>
<token t_id="10" sentence="1" number="6">two</token>
<token t_id="11" sentence="1" number="7">-</token>
<token t_id="12" sentence="1" number="8">day</token>
<token t_id="13" sentence="1" number="9">trip</token>
<token t_id="14" sentence="1" number="10">.</token>
<token t_id="15" sentence="2" number="0">She</token>
<token t_id="16" sentence="2" number="1">said</token>
<token t_id="17" sentence="2" number="2">so</token>
<token t_id="18" sentence="2" number="3">.</token>
<token t_id="19" sentence="3" number="0">Roe</token>
<token t_id="20" sentence="3" number="1">slept</token>
<token t_id="21" sentence="3" number="2">.</token>
<Markables>
<HUMAN_PART_PER m_id="1"><token_anchor t_id="4"/><token_anchor t_id="5"/></HUMAN_PART_PER>
<LOC_GEO m_id="2"><token_anchor t_id="7"/></LOC_GEO>
<TIME_DURATION m_id="3"><token_anchor t_id="10"/><token_anchor t_id="11"/><token_anchor t_id="12"/></TIME_DURATION>
<HUMAN_PART_PER m_id="4"><token_anchor t_id="15"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="5"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="6"><token_anchor t_id="19"/></HUMAN_PART_PER>
<LOC_GEO m_id="7"><token_anchor t_id="20"/></LOC_GEO>
<HUMAN_PART_PER m_id="9" RELATED_TO="" TAG_DESCRIPTOR="jane" instance_id="HUM1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="10" note="HUM1"><source m_id="1" /><target m_id="9" /></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="11"><source m_id="4" /><target m_id="2" /></INTRA_DOC_COREF>
</Relations>
</Document>`

func TestParse(t *testing.T) {
	d, err := Parse(strings.NewReader(sample), "9_1ecbplus", map[int]bool{1: true, 2: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Jane Roe left Paris on a two-day trip.\n\nShe said so.\n\nRoe slept."; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
	type got struct{ Text, Tag, Chain string }
	var ms []got
	for _, m := range d.Mentions {
		ms = append(ms, got{d.Text[m.Start:m.End], m.Tag, m.Chain})
	}
	want := []got{
		{"Jane Roe", "HUMAN_PART_PER", "x:HUM1"},
		{"Paris", "LOC_GEO", "i:9_1ecbplus:11"},
		{"two-day", "TIME_DURATION", "s:9_1ecbplus:3"},
		{"She", "HUMAN_PART_PER", "i:9_1ecbplus:11"},
	}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// TestECBPlus runs the scorer on the whole corpus and holds the merging to
// a floor a little under what it scores, so that real regressions (names
// merged wrongly, or no longer merged) fail.
func TestECBPlus(t *testing.T) {
	topics, err := Load(dataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(topics) != 43 {
		t.Fatalf("%d topics, want 43", len(topics))
	}
	res := Score(topics)
	o := res.Overall
	t.Logf("gold %d found %d; linked P %.3f R %.3f F1 %.3f; baseline F1 %.3f; all P %.3f R %.3f F1 %.3f",
		o.Gold, o.Found, o.Linked.P, o.Linked.R, o.Linked.F, o.Baseline.F, o.All.P, o.All.R, o.All.F)
	checks := []struct {
		name       string
		got, floor float64
	}{
		{"share of gold mentions found", float64(o.Found) / float64(o.Gold), 0.44},
		{"merging B-cubed F1", o.Linked.F, 0.73},
		{"merging B-cubed precision", o.Linked.P, 0.84},
		{"all-mention B-cubed F1", o.All.F, 0.54},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if c.got < c.floor {
				t.Errorf("%s %.3f, below the floor %.3f", c.name, c.got, c.floor)
			}
		})
	}
	// Merging must beat merging by identical text, or it adds nothing.
	if o.Linked.F <= o.Baseline.F {
		t.Errorf("merging F1 %.3f does not beat the same-text baseline %.3f", o.Linked.F, o.Baseline.F)
	}
}
