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

// TestPersonBeforeOfSpeaks reads GVA incident 332732 (calibration): "Malcom
// Hunt of Pastors United said the violence must stop." / "“We are killing
// one another,” he said." The name right before "said" sits in an "of"
// phrase: it is where the subject works, and the "he" is the person's; the
// quote went to "Pastors United".
func TestPersonBeforeOfSpeaks(t *testing.T) {
	// The report spells him "Malcom"; the story's other report "Malcolm".
	wantSpeaker(t, "332732", "We are killing one another", "Malcolm Hunt")
}

// TestPluralNationalityIsNoHe reads ECB+ topic 41 (the shelling of a UN
// school in Gaza, a calibration topic): "Abed Sultan's father, Samir, said
// ..." / "“We came to the school when the Israelis warned us to leave,” he
// said." and "Umm Ibrahim, a hospitalized woman, said ..." / "“We escaped
// death in our house ...,” she said." Both went to "Nine Israelis", the
// entity of "the Israelis" named last: a nationality in the plural names
// people, never the one a "he" or a "she" stands for.
func TestPluralNationalityIsNoHe(t *testing.T) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	var tds []*text.Doc
	var ids []string
	for _, a := range ecbplus.Articles(docs, "41ecb") {
		tds, ids = append(tds, text.Analyze(a)), append(ids, a.ID)
	}
	r := entity.Resolve(text.NewCorpus(tds, ids))
	want := map[string]string{"We came to the school": "Samir", "We escaped death in our house": "Umm Ibrahim"}
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
			t.Errorf("ECB+ 41ecb: no quote “%s ...”", opening)
		}
	}
}
