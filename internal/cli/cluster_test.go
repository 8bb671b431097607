package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestClusterMultiLing: two MultiLing topics (20 articles) given together
// come out as stories that never mix the topics, in the JSON of PRODUCT.md.
func TestClusterMultiLing(t *testing.T) {
	inputs := multilingEnglish(t, "M002", "M006")
	code, out, stderr := run(t, append([]string{"cluster", "--format", "json"}, inputs...)...)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var got struct {
		Stories []struct {
			ID       string
			Title    string
			Articles []struct {
				ID     string  `json:"id"`
				File   string  `json:"file"`
				CopyOf *string `json:"copy_of"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	n := 0
	for _, s := range got.Stories {
		topics := map[string]bool{}
		for _, a := range s.Articles {
			topics[filepath.Base(a.File)[:4]] = true
			n++
		}
		if len(topics) != 1 {
			t.Errorf("story %q mixes topics %v", s.Title, topics)
		}
		if !strings.HasPrefix(s.ID, "st-") || s.Title == "" {
			t.Errorf("story id %q title %q", s.ID, s.Title)
		}
	}
	if n != 20 || len(got.Stories) < 2 || len(got.Stories) > 4 {
		t.Errorf("%d articles in %d stories, want 20 in 2 to 4", n, len(got.Stories))
	}
}

// multilingEnglish returns the files of the English articles of the
// MultiLing topics given.
func multilingEnglish(t *testing.T, topics ...string) []string {
	dir := sharedData(t, "multiling2011")
	var inputs []string
	for _, topic := range topics {
		m, _ := filepath.Glob(filepath.Join(dir, "SourceTexts", topic+"?.english"))
		inputs = append(inputs, m...)
	}
	return inputs
}

func TestClusterUsage(t *testing.T) {
	if code, _, _ := run(t, "cluster"); code != ExitUsage {
		t.Errorf("no input: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "cluster", "--format", "html", "x"); code != ExitUsage {
		t.Errorf("bad format: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "cluster", "/nonexistent/file.txt"); code != ExitFailed {
		t.Errorf("no readable input: exit %d, want %d", code, ExitFailed)
	}
}

// TestExampleStaysOneStory clusters the bundled example, ten Wikinews
// reports of one seizure: nine written from 23 March to 6 April 2007, and an
// inquiry's findings in June. All come from one outlet, so a rule that takes
// the names most of an outlet's articles share for its boilerplate would
// drop the event's own names after five reports and split the story (it
// came out as seven stories before boilerplate had to last 30 days).
func TestExampleStaysOneStory(t *testing.T) {
	t.Chdir(testenv.RepoRoot(t))
	code, out, stderr := run(t, "cluster", "--format", "json", filepath.Join("examples", "iran-sailors-2007"))
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var got storiesJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	largest := 0
	for _, s := range got.Stories {
		largest = max(largest, len(s.Articles))
	}
	if largest < 9 {
		t.Errorf("the example's largest story has %d of its 10 reports (%d stories); want the nine of March and April together", largest, len(got.Stories))
	}
}

// TestClusterExplainNewStory: with --explain every article that began a
// story says why, in JSON and in Markdown: the nearest story refused with
// the figure that kept it out beside the bar it missed, or no story near
// at all (the first article of the stream).
func TestClusterExplainNewStory(t *testing.T) {
	inputs := multilingEnglish(t, "M002", "M006")
	code, out, stderr := run(t, append([]string{"cluster", "--explain", "--format", "json"}, inputs...)...)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var got storiesJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	began := map[string]bool{}
	none, nearest, gates := 0, 0, 0
	for _, j := range got.Explain {
		if j.Refused == "" {
			continue
		}
		began[j.Article] = true
		switch {
		case j.Nearest == "":
			none++
		case j.Needed <= 0 || j.Had >= j.Needed:
			t.Errorf("%s began a story, nearest %s refused (%s): had %.3f, needed %.3f", j.Article, j.Nearest, j.Refused, j.Had, j.Needed)
		default:
			nearest++
			if j.Refused != cluster.RefusedScore {
				gates++ // refused by a gate, not by the similarity
			}
		}
	}
	if none == 0 {
		t.Error("no article began a story with no story near; the first one did")
	}
	started := 0
	for _, s := range got.Stories {
		for _, a := range s.Articles {
			if began[a.ID] {
				started++
			}
		}
	}
	if started < len(got.Stories) {
		t.Errorf("%d stories, %d articles said why they began one", len(got.Stories), started)
	}
	code, md, stderr := run(t, append([]string{"cluster", "--explain"}, inputs...)...)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if n := strings.Count(md, "- began the story: "); n != none+nearest {
		t.Errorf("Markdown says %d times why an article began a story, JSON %d:\n%s", n, none+nearest, md)
	}
	if n := strings.Count(md, "was needed"); n != gates {
		t.Errorf("Markdown says %d times what kept the nearest story out beside the similarity, JSON %d:\n%s", n, gates, md)
	}
	t.Logf("%d stories; began one with no story near: %d, with the nearest refused: %d", len(got.Stories), none, nearest)
}

// TestWriteWhyVictims: --explain's Markdown names the victims two leads
// count otherwise, and says when the join was refused for it.
func TestWriteWhyVictims(t *testing.T) {
	var b strings.Builder
	writeWhy(&b, &cluster.Why{Nearest: "st-1", Refused: cluster.RefusedVictims, Score: 0.387, Threshold: 0.112, Had: 0.006, Needed: 0.067, GapDays: 2.2, Victims: "people hit: 4 / 1"})
	want := "refused (counting other victims): similarity 0.387, threshold 0.112; it had 0.006 where 0.067 was needed"
	if !strings.Contains(b.String(), want) || !strings.Contains(b.String(), "  - victims counted otherwise (the join refused for it): people hit: 4 / 1\n") {
		t.Errorf("got %q", b.String())
	}
	b.Reset()
	writeWhy(&b, &cluster.Why{Score: 0.424, Threshold: 0.110, GapDays: 0.1, Victims: "people hit: 6 / 1"})
	if !strings.Contains(b.String(), "(shown, not deciding here): people hit: 6 / 1") {
		t.Errorf("got %q", b.String())
	}
}

// TestWriteWhyKeptApart: the stories that refused an article on evidence
// against the join are named, as never to be merged with its story.
func TestWriteWhyKeptApart(t *testing.T) {
	var b strings.Builder
	writeWhy(&b, &cluster.Why{Nearest: "st-1", Refused: cluster.RefusedVictims, Score: 0.503, Threshold: 0.164, Had: 0.019, Needed: 0.098, GapDays: 0.5, Victims: "ages: 17 / 8", KeptApart: []string{"st-1", "st-2"}})
	if !strings.Contains(b.String(), "  - kept apart from (refused it on evidence against the join; never merged with its story): st-1, st-2\n") {
		t.Errorf("got %q", b.String())
	}
	b.Reset()
	writeWhy(&b, &cluster.Why{Score: 0.424, Threshold: 0.110, GapDays: 0.1})
	if strings.Contains(b.String(), "kept apart") {
		t.Errorf("got %q", b.String())
	}
}
