package compare_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/eval/differences"
	"github.com/crosscheck/crosscheck/internal/news"
)

// heldOutYear is the year of the GVA incidents of the held-out judged set:
// 2016 is the reporting part of the GVA stream for clustering, and none of
// its incidents below had been read for the comparison rules when the set
// was judged (wave 11).
const heldOutYear = 2016

// readBeforeHeldOut are the 2016 incidents named in the repository (code,
// tests, docs or commit messages) or in the issues before the held-out set
// was judged: they were read while rules were built, so they are left out.
var readBeforeHeldOut = map[string]bool{
	"487094": true, "519541": true, "525767": true, "530076": true, "555126": true,
	"557479": true, "559237": true, "567614": true, "567793": true, "571859": true,
	"577157": true, "597176": true, "600398": true, "604207": true, "604762": true,
	"617607": true, "624733": true, "634787": true, "652175": true, "657023": true,
	"676663": true, "683142": true, "689020": true,
}

// heldOutStories are the GVA incidents whose first report is of
// heldOutYear, with two reports or more, less those read before, read as
// `crosscheck eval differences` reads them. The incidents of two reports
// were never in `eval differences` (it takes differences.MinGVAArticles or
// more), so no rule was tuned on them either.
func heldOutStories(t testing.TB) []differences.Story {
	all, err := differences.LoadGVA(filepath.Join(dataDir(t), "gva-2013-2016"), 2)
	if err != nil {
		t.Fatal(err)
	}
	var out []differences.Story
	for _, st := range all {
		id := strings.TrimPrefix(st.ID, "gva/")
		if readBeforeHeldOut[id] || st.Articles[0].Published.Year() != heldOutYear {
			continue
		}
		out = append(out, st)
	}
	return out
}

// TestHeldOutConflicts is the hand-judged precision of differences on
// stories nobody built a rule on: every difference the brief lists for the
// GVA incidents of heldOutStories is judged in
// testdata/heldout-judgments.tsv by the rule of corpus-judgments.tsv (right:
// the same fact given differently by independent sources; wrong: different
// facts, different times, a bound read as a value, a misparse). A
// difference nobody judged fails the test with the line to judge. Once a
// rule is fitted to its wrong items this set is no longer held out; the
// file's header says whether it has been.
func TestHeldOutConflicts(t *testing.T) {
	stories := heldOutStories(t)
	if len(stories) != 667 {
		t.Fatalf("%d held-out GVA stories, want the 667 of %d judged in wave 11", len(stories), heldOutYear)
	}
	scoreJudged(t, stories, "heldout-judgments.tsv", "held-out")
}

// scoreJudged briefs each story and looks up every difference it lists in
// testdata/file: a difference nobody judged fails the test with the line
// to judge; the precision is logged as "N <label> stories: ...".
func scoreJudged(t *testing.T, stories []differences.Story, file, label string) {
	t.Helper()
	judged := readJudgments(t, file)
	seen := map[string]bool{}
	n, right := 0, 0
	for _, st := range stories {
		b := brief.Build(st.Articles, brief.Options{})
		for _, c := range b.Conflicts {
			key := "conflict\t" + st.ID + "\t" + c.Kind + "\t" + conflictKey(c)
			seen[key] = true
			n++
			verdict := "UNJUDGED"
			if j, ok := judged[key]; ok {
				verdict = j.verdict
				if j.verdict == "right" {
					right++
				}
			} else {
				t.Errorf("difference nobody judged; read it and add to testdata/%s:\n%s\tright|wrong\twhy", file, key)
			}
			if testing.Verbose() {
				printConflict(st.ID, c, verdict)
			}
		}
	}
	for key := range judged {
		if !seen[key] {
			t.Logf("judged but no longer listed: %s", strings.ReplaceAll(key, "\t", " | "))
		}
	}
	if n > 0 {
		t.Logf("%d %s stories: %d differences, %d right (%.0f%%)", len(stories), label, n, right, 100*float64(right)/float64(n))
	}
}

// printConflict shows one difference with its sides, to judge by hand.
func printConflict(story string, c news.Conflict, verdict string) {
	fmt.Printf("CONFLICT %s %s %q -> %s\n", story, c.Kind, oneLine(c.Topic), verdict)
	for _, s := range c.Sides {
		fmt.Printf("   [%s] %s :: %s\n", strings.Join(s.Sources, ","), oneLine(s.Value), oneLine(s.Text))
	}
}
