package quote

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestDashBeforeAttributedQuote reads GVA incident 567793: "Police said
// the injuries were indeed a close call — “Some may say he was lucky, ...,”
// Nixon said." The dash sets the quote off as a colon would, and the cue
// after it names the speaker; the words were given to the police.
func TestDashBeforeAttributedQuote(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "567793")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*text.Doc
	var ids []string
	for _, a := range story {
		docs, ids = append(docs, text.Analyze(a)), append(ids, a.ID)
	}
	r := entity.Resolve(text.NewCorpus(docs, ids))
	found := false
	for di, d := range docs {
		for _, a := range Find(d, di, r) {
			if q := a.Quoted[0]; strings.HasPrefix(d.Article.Text[q.Start:q.End], "Some may say he was lucky") {
				found = true
				if !strings.Contains(a.Speaker, "Nixon") {
					t.Errorf("“Some may say he was lucky ...”: speaker %q, want Nixon", a.Speaker)
				}
			}
		}
	}
	if !found {
		t.Fatal("no quote “Some may say he was lucky ...” in incident 567793")
	}
}
