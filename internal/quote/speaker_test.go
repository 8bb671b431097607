package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

func corpusOf(texts ...string) *text.Corpus {
	var docs []*text.Doc
	var ids []string
	for i, t := range texts {
		id := string(rune('a' + i))
		docs = append(docs, text.Analyze(&news.Article{ID: id, Text: t, Language: "en", Outlet: "Outlet " + id}))
		ids = append(ids, id)
	}
	return text.NewCorpus(docs, ids)
}

// TestClearlyDifferent lists speaker pairs that are and are not a conflict
// over who said the same words.
func TestClearlyDifferent(t *testing.T) {
	person := func(name string, affil ...string) speakerRef {
		return speakerRef{name: name, named: true, typ: news.EntityPerson, affil: affil}
	}
	cases := []struct {
		name string
		a, b speakerRef
		want bool
	}{
		{"two heads of state", person("Vladimir Putin", "Russia"), person("Kim Jong Un", "North Korea"), true},
		{"two officials of one country", person("Sergei Lavrov", "Russia"), person("Vladimir Putin", "Russia"), true},
		{"a body and a foreign leader", speakerRef{name: "Foreign Ministry", named: true, typ: news.EntityOrganization, affil: []string{"Iran"}},
			person("Tony Blair", "United Kingdom"), true},
		{"one entity", person("Tony Blair"), person("Tony Blair"), false},
		{"a country and its minister", speakerRef{name: "Iran", named: true, typ: news.EntityPlace},
			person("Manouchehr Mottaki", "Iran"), false},
		{"a country and a bare role", speakerRef{name: "Iran", named: true, typ: news.EntityPlace},
			speakerRef{name: "Iranian Foreign Minister"}, false},
		{"the Kremlin and a spokesman without a name", speakerRef{name: "Kremlin", named: true, typ: news.EntityOrganization, affil: []string{"Russia"}},
			speakerRef{name: "Putin's spokesman"}, false},
		{"the Kremlin and the president's named spokesman", speakerRef{name: "Kremlin", named: true, typ: news.EntityOrganization, affil: []string{"Russia"}},
			person("Dmitry Peskov", "Vladimir Putin", "Russia"), false},
		{"a person and his spokesman", person("Vladimir Putin", "Russia"), person("Dmitry Peskov", "Vladimir Putin"), false},
		{"an outlet written two ways", speakerRef{name: "The Australian"}, speakerRef{name: "On Sunday, The Australian"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := clearlyDifferent(c.a, c.b); got != c.want {
				t.Errorf("clearlyDifferent(%q, %q) = %v, want %v", c.a.name, c.b.name, got, c.want)
			}
			if got := clearlyDifferent(c.b, c.a); got != c.want {
				t.Errorf("clearlyDifferent(%q, %q) = %v, want %v (swapped)", c.b.name, c.a.name, got, c.want)
			}
		})
	}
}

// TestSpeakerConflicts runs whole stories of two reports that give the same
// quote, and checks which speaker differences become conflicts.
func TestSpeakerConflicts(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  [][]string // the speakers of each speaker conflict
	}{
		{"an adverbial is not part of the speaker",
			[]string{
				`The Australian has reported that a website "run by associates of the president" published the claim.`,
				`On Sunday, The Australian reported that a website "run by associates of the president" published the claim.`},
			nil},
		{"a country and its named foreign minister",
			[]string{
				`On Wednesday, Iran had said that the sailor would "be released very soon and sent home to her family."`,
				`According to the Iranian Foreign Minister, Manouchehr Mottaki, the sailor will "be released very soon and sent home to her family."`},
			nil},
		{"a country and an official of it",
			[]string{
				`Iran said: "The sailors entered our waters illegally and will face charges."`,
				`Iran's foreign minister said: "The sailors entered our waters illegally and will face charges."`},
			nil},
		{"the Kremlin and the president's spokesman",
			[]string{
				`Russian President Vladimir Putin met the envoy. The Kremlin said: "The talks were useful and will continue next month."`,
				`Putin's spokesman said: "The talks were useful and will continue next month."`},
			nil},
		{"two leaders given the same words",
			[]string{
				`Russian President Vladimir Putin said: "I am so grateful you are paying such attention to our visit to Russia."`,
				`North Korean leader Kim Jong Un said: "I am so grateful you are paying such attention to our visit to Russia."`},
			[][]string{{"Vladimir Putin", "Kim Jong Un"}}},
		{"two ministers of one country",
			[]string{
				`Russian Foreign Minister Sergei Lavrov said: "The sanctions have failed and everyone can see it now."`,
				`Russian President Vladimir Putin said: "The sanctions have failed and everyone can see it now."`},
			[][]string{{"Sergei Lavrov", "Vladimir Putin"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Analyze(corpusOf(c.texts...))
			var got [][]string
			for _, cf := range res.Conflicts {
				if cf.Kind != news.ConflictSpeaker {
					continue
				}
				var sp []string
				for _, s := range cf.Sides {
					sp = append(sp, s.Value)
				}
				got = append(got, sp)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				var qs []string
				for _, q := range res.Quotes {
					qs = append(qs, q.Speaker+": "+q.Text)
				}
				t.Errorf("speaker conflicts (-want +got):\n%s\nquotes: %s", diff, strings.Join(qs, " | "))
			}
		})
	}
}

// TestSourceSpan checks the source span as written and the speaker it
// resolves to: no sentence-opening adverbials, no words after the name.
func TestSourceSpan(t *testing.T) {
	cases := []struct {
		name, text      string
		source, speaker string
		named           bool
	}{
		{"adverbial with a comma", `On Sunday, The Australian reported that a website "run by associates of the president" was behind it.`,
			"The Australian", "The Australian", false},
		{"adverbial without a comma", `On Tuesday Prime Minister Jane Holloway said the plan was "dead in the water".`,
			"Prime Minister Jane Holloway", "Jane Holloway", true},
		{"hearer after the name", `"We will act before the summer," said Foreign Secretary Margaret Beckett to the House of Commons.`,
			"Foreign Secretary Margaret Beckett", "Margaret Beckett", true},
		{"relative clause after the name", `"The position was clear," said Vice Admiral Charles Style who also said that more was known.`,
			"Vice Admiral Charles Style", "Charles Style", true},
		{"role and name after according to", `According to the Iranian Foreign Minister, Manouchehr Mottaki, the sailor will "be released very soon".`,
			"the Iranian Foreign Minister, Manouchehr Mottaki", "Manouchehr Mottaki", true},
		{"relative pronoun: its span, the phrase it stands for as speaker", `"They can go home," an unnamed source close to the command, who also said more.`,
			"who", "an unnamed source close to the command", false},
		{"relative pronoun after a name", `Swanson praised evangelist Franklin Graham, who has publicly vowed to "stay out of it."`,
			"who", "Franklin Graham", true},
		{"adverbs and auxiliaries before the cue", `Hillary Clinton has immediately said that the plan was "dead in the water".`,
			"Hillary Clinton", "Hillary Clinton", true},
		{"a preposition after the comma opens no appositive", `"We will win," said Corey Lewandowski, in a statement released on Thursday.`,
			"Corey Lewandowski", "Corey Lewandowski", true},
		{"second verb of the subject", `Jane Holloway took the stage in Baltimore and called the system "rotten to the core."`,
			"Jane Holloway", "Jane Holloway", true},
		{"participle after an opening adverbial with a place", `Speaking at a town hall in Salem, New Hampshire, Jane Holloway went after her rival, calling him "a total disaster."`,
			"Jane Holloway", "Jane Holloway", true},
		{"a participle ends the appositive", `"We will win," said Dan Cantor, the national director of the party, eyeing the coming weeks.`,
			"Dan Cantor, the national director of the party", "Dan Cantor", true},
		{"a name that only modifies the head", `"We are fine," Putin's spokesman said on Monday.`,
			"Putin's spokesman", "Putin's spokesman", false},
		{"appositive after the name", `"We are fine," said Teal Baker, the national director of the group.`,
			"Teal Baker, the national director of the group", "Teal Baker", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			corp := corpusOf(c.text)
			d := corp.Docs[0]
			as := Find(d, 0, entity.Resolve(corp))
			if len(as) != 1 {
				t.Fatalf("found %d attributions, want 1", len(as))
			}
			a := as[0]
			got := []any{d.Article.Text[a.Source.Start:a.Source.End], a.Speaker, a.Named}
			if diff := cmp.Diff([]any{c.source, c.speaker, c.named}, got); diff != "" {
				t.Errorf("source, speaker, named (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSpeakerNames covers the name tests of speaker conflicts: one person
// under two forms of the name is no conflict, and a role or a lone surname
// is no side.
func TestSpeakerNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"James Steele", "Chief James Steele", true},
		{"Barack Obama", "Obama Reverses Bush", true},
		{"Sergei Lavrov", "Sergey Lavrov", true},
		{"Vladimir Putin", "Kim Jong Un", false},
		{"Raymond Kelly", "Joseph Cerar", false},
		{"Ivette Miranda", "Ivette Hernandez", false},
	} {
		if got := samePerson(c.a, c.b); got != c.same {
			t.Errorf("samePerson(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
	for _, c := range []struct {
		name string
		full bool
	}{
		{"Sarah Palin", true}, {"Kim Jong Un", true}, {"Alaska Governor", false}, {"Cerar", false}, {"President Putin", false},
	} {
		if got := fullName(c.name); got != c.full {
			t.Errorf("fullName(%q) = %v, want %v", c.name, got, c.full)
		}
	}
}
