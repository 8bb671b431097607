package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

func corpusOf(texts ...string) *text.Corpus {
	var docs []*text.Doc
	var ids []string
	for i, t := range texts {
		id := string(rune('a' + i))
		docs = append(docs, text.Analyze(&news.Article{ID: id, Text: t, Language: "en"}))
		ids = append(ids, id)
	}
	return text.NewCorpus(docs, ids)
}

func TestFind(t *testing.T) {
	cases := []struct {
		name     string
		texts    []string
		entity   string // must be found with this type
		typ      string
		notFound string // must not be an entity name
	}{
		{"bare surname before a leader's office is a person",
			[]string{"The State Department said the Trudeau administration would not hesitate to act."},
			"Trudeau", news.EntityPerson, ""},
		{"capitalised plural after a known name is not part of it",
			[]string{"The launch was a provocative move, as it challenges UN Security Council Resolutions."},
			"UN Security Council", news.EntityOrganization, "UN Security Council Resolutions"},
		{"surname joins the full name in another report",
			[]string{"Prime Minister Jane Holloway arrived on Monday.", "Holloway said the talks went well."},
			"Jane Holloway", news.EntityPerson, "Holloway"},
		{"a role without a name is no entity",
			[]string{"According to the Iranian Foreign Minister, Manouchehr Mottaki, the sailor will be freed."},
			"Manouchehr Mottaki", news.EntityPerson, "Iranian Foreign Minister"},
		{"the country of a title is not part of the name",
			[]string{"On Tuesday Prime Minister of the United Kingdom Tony Blair said the talks failed."},
			"Tony Blair", news.EntityPerson, "of the United Kingdom Tony Blair"},
		{"a ship is a vehicle, not a person",
			[]string{"Sailors from HMS Cornwall were seized near the waterway."},
			"HMS Cornwall", news.EntityOther, ""},
		{"Ms is a title, not a ship",
			[]string{"Ms Margaret Beckett summoned the ambassador on Friday."},
			"Margaret Beckett", news.EntityPerson, ""},
		// MultiLing 2011 topic 9: the formal name was a person, and an
		// organisation, a title and a name in one run one organisation.
		{"a country's formal name is the country",
			[]string{"China topped the medals table while the United States of America came second with 36."},
			"United States", news.EntityPlace, "United States of America"},
		{"an organisation, then its titled officer",
			[]string{"International Olympic Committee President Jacques Rogge declared the Games closed on Sunday."},
			"Jacques Rogge", news.EntityPerson, "International Olympic Committee President Jacques Rogge"},
		// ECB+ 41ecb (wave 23): a title in two words joined by a hyphen.
		{"an organisation, then its officer by a hyphenated title",
			[]string{"United Nations Secretary-General Ban Ki-moon today spoke out against the attacks."},
			"Ban Ki-moon", news.EntityPerson, "United Nations Secretary-General Ban Ki-moon"},
		{"a company, then its officer by the office's initials",
			[]string{"The workarounds were tedious, said Qualys CTO Wolfgang Kandek."},
			"Wolfgang Kandek", news.EntityPerson, "Qualys CTO Wolfgang Kandek"},
		{"two people with one surname stay apart",
			[]string{"Kim Jong Un met Kim Yo Jong in Pyongyang. Kim Yo Jong later said the visit was a success."},
			"Kim Yo Jong", news.EntityPerson, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents := Find(corpusOf(c.texts...), nil)
			found := false
			for _, e := range ents {
				if e.Name == c.entity {
					found = true
					if e.Type != c.typ {
						t.Errorf("%q typed %q, want %q", e.Name, e.Type, c.typ)
					}
				}
				if c.notFound != "" && e.Name == c.notFound {
					t.Errorf("%q listed as an entity", c.notFound)
				}
			}
			if !found {
				t.Errorf("%q not found in %v", c.entity, names(ents))
			}
		})
	}
}

func names(es []news.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name+"/"+e.Type)
	}
	return out
}

// TestAffiliations checks what a source ties its speaker to.
func TestAffiliations(t *testing.T) {
	cases := []struct {
		name, text, source, speaker string
		want                        []string
	}{
		{"possessive country", "Iran's foreign minister, Manouchehr Mottaki, said so.", "Iran's foreign minister, Manouchehr Mottaki", "Manouchehr Mottaki", []string{"Iran"}},
		{"demonym before a title", "The Iranian Foreign Minister, Manouchehr Mottaki, said so.", "Iranian Foreign Minister, Manouchehr Mottaki", "Manouchehr Mottaki", []string{"Iran"}},
		{"a seat of government speaks for its country", "The Kremlin said so.", "Kremlin", "Kremlin", []string{"Russia"}},
		{"a spokesman of a named person", "Russian President Vladimir Putin's spokesman Dmitry Peskov said so.", "Russian President Vladimir Putin's spokesman Dmitry Peskov", "Dmitry Peskov", []string{"Russia", "Vladimir Putin"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			corp := corpusOf(c.text)
			r := Resolve(corp)
			start := strings.Index(c.text, c.source)
			got := r.Affiliations(0, start, start+len(c.source), c.speaker)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("affiliations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSubjectBefore reads the subject a later "he" means from the
// annotation, on the bundled example: Bahonar opens his sentence with an
// apposition that lacks its closing comma, and the next paragraph's "he
// said" is his.
func TestSubjectBefore(t *testing.T) {
	b, err := os.ReadFile("../../examples/iran-sailors-2007/M0027.txt")
	if err != nil {
		t.Fatal(err)
	}
	txt := string(b)
	r := Resolve(corpusOf(txt))
	off := strings.Index(txt, "compensate,\" he said") + len("compensate,\" ")
	name, at, ok := r.SubjectBefore(0, off)
	if !ok || name != "Mohammad Reza Bahonar" || at != strings.Index(txt, "Mohammad Reza Bahonar") {
		t.Errorf("SubjectBefore = %q at %d, %v; want Mohammad Reza Bahonar at %d", name, at, ok, strings.Index(txt, "Mohammad Reza Bahonar"))
	}
}
