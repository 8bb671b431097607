package quote

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestOrganisationRoleNameSpeaks reads ECB+ topic 43 (AMD buys ATI, a
// calibration topic): "said Lehman Brothers semiconductor analyst Tim
// Luke", "Intel spokesman Chuck Mulloy said" and "Evans Research analyst
// Michelle Warren" gave the quotes to "Lehman Brothers", "Intel-based PCs"
// and "Evans Research": an organisation, a role and a name with no
// possessive between are the person's words, as "Laylah's father R.J.
// Petersen" are.
func TestOrganisationRoleNameSpeaks(t *testing.T) {
	wantTopicSpeakers(t, "43ecb", map[string]string{
		"The assumption of a significant amount of new debt": "Tim Luke",
		"We are evaluating the deal":                         "Chuck Mulloy",
		"it will open the doors for Nvidia":                  "Michelle Warren",
	})
}

// TestHyphenatedTitleSpeaks reads ECB+ topic 41 (the shelling of a UN
// school in Gaza, a calibration topic): "United Nations Secretary-General
// Ban Ki-moon" was one organisation (the hyphenated office no title), so
// "the Secretary-General said" and the "he said" after it went to
// "Secretary-General". The office is a title, and a capitalised title
// alone is the one person the report names with it.
func TestHyphenatedTitleSpeaks(t *testing.T) {
	wantTopicSpeakers(t, "41ecb", map[string]string{
		"The location of all UN facilities": "Ban Ki-moon",
		"I am deeply dismayed":              "Ban Ki-moon",
	})
}

// TestRelativeClauseOnTheSubject reads ECB+ 41ecb again: "The UN, which
// said the school in Jabaliya was clearly marked, said it was “strongly
// protesting ...”" gave the quote to "the school in Jabaliya was clearly
// marked", the words after the relative clause's own cue. The relative
// clause set off by commas is stepped over to the subject before it.
func TestRelativeClauseOnTheSubject(t *testing.T) {
	wantTopicSpeakers(t, "41ecb", map[string]string{
		"strongly protesting these killings": "United Nations",
	})
}

// TestExecutiveTitleSpeaks reads ECB+ 27ecb and 41ecbplus (calibration):
// "Qualys CTO Wolfgang Kandek" and "Enough Project Co-Founder John
// Prendergast" were each one person of that whole name, the company and
// the office with it, and the speaker. An officer's initials and a
// hyphenated founder are titles before a name.
func TestExecutiveTitleSpeaks(t *testing.T) {
	wantTopicSpeakers(t, "27ecb", map[string]string{"The browser flaw had been disclosed": "Wolfgang Kandek"})
	wantTopicSpeakers(t, "41ecbplus", map[string]string{"The regime in Khartoum is attempting": "John Prendergast"})
}

// wantTopicSpeakers checks the speaker of each quote of an ECB+ topic
// whose quoted words open with a key of want.
func wantTopicSpeakers(t *testing.T, topic string, want map[string]string) {
	t.Helper()
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	var tds []*text.Doc
	var ids []string
	for _, a := range ecbplus.Articles(docs, topic) {
		tds, ids = append(tds, text.Analyze(a)), append(ids, a.ID)
	}
	r := entity.Resolve(text.NewCorpus(tds, ids))
	seen := map[string]int{}
	for di, d := range tds {
		for _, q := range Find(d, di, r) {
			s := q.Quoted[0]
			got := strings.TrimSpace(d.Article.Text[s.Start:s.End])
			for opening, speaker := range want {
				if strings.HasPrefix(got, opening) {
					seen[opening]++
					if q.Speaker != speaker {
						t.Errorf("%s “%s ...”: speaker %q, want %q", ids[di], opening, q.Speaker, speaker)
					}
				}
			}
		}
	}
	for opening := range want {
		if seen[opening] == 0 {
			t.Errorf("ECB+ %s: no quote “%s ...”", topic, opening)
		}
	}
}
