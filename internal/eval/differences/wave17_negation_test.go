package differences

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestOneListingPerChange gives one quote of ECB+ 2ecbplus to another
// person ("said Zadan and Meron" made "said MacFarlane and Meron") and
// denies "The defendants are presumed innocent" in one report of GVA
// 336622 (both calibration). Each change was listed twice: the speaker
// beside the verb of speech (the comparison) and the speaker of the
// quotation (the quote stage); the negation as a span ("are merely" /
// "are not merely") and as a denied proposition. One change is one
// difference (compare.OneListing).
func TestOneListingPerChange(t *testing.T) {
	if n := listings(t, ecbStory(t, "2ecbplus"), "said Zadan and Meron", "said MacFarlane and Meron", news.ConflictSpeaker, "MacFarlane"); n != 1 {
		t.Errorf("speaker: %d differences give the quote to MacFarlane, want 1", n)
	}
	if n := listings(t, gvaStory(t, "336622").Articles, "The defendants are presumed innocent until", "The defendants are not presumed innocent until", news.ConflictContradiction, "not presumed"); n != 1 {
		t.Errorf("negation: %d differences deny the presumption, want 1", n)
	}
}

// TestCommonNounSubjectDenied denies a proposition whose subject is a
// common noun, not a name: "when several people were inside the church"
// (ECB 13ecb) against "while people, including children, were inside";
// "five people had received treatment" (ECB 20ecb) against "The governor
// also said that five people had received treatment". The denial was not
// read (no named subject); it is now said of the noun, and affirmed by the
// same predicate said of the same noun (compare.commonSubject).
func TestCommonNounSubjectDenied(t *testing.T) {
	if cs := editedConflicts(t, ecbStory(t, "13ecb"), "when several people were inside the church", "when several people were not inside the church", news.ConflictContradiction); len(cs) == 0 {
		t.Error(`"people were not inside the church" against "people ... were inside": no contradiction`)
	}
	if cs := editedConflicts(t, ecbStory(t, "20ecb"), "saying five people had received treatment", "saying five people had not received treatment", news.ConflictContradiction); len(cs) == 0 {
		t.Error(`"five people had not received treatment" against "five people had received treatment": no contradiction`)
	}
}

// TestCommonNounDenialNotPlain reads GVA 683142 (calibration) as
// published: "officers couldn't return fire initially" denies an ability
// at first, not the act another report tells ("when officers returned
// fire"). A denial said of a common noun is read only when plain, with no
// modal; it was listed with the common-noun reading alone.
func TestCommonNounDenialNotPlain(t *testing.T) {
	noConflict(t, publishedConflicts(gvaStory(t, "683142").Articles), news.ConflictContradiction, "return")
}

// listings counts the differences of a kind, with old replaced by repl in
// the first report that holds it, one of whose sides holds the word in its
// value or its text.
func listings(t *testing.T, arts []*news.Article, old, repl, kind, word string) int {
	t.Helper()
	at := slices.IndexFunc(arts, func(a *news.Article) bool { return strings.Contains(a.Text, old) })
	if at < 0 {
		t.Fatalf("no report holds %q", old)
	}
	edited := slices.Clone(arts)
	c := *arts[at]
	c.Text = strings.Replace(c.Text, old, repl, 1)
	edited[at] = &c
	n := 0
	for _, cf := range publishedConflicts(edited) {
		if cf.Kind == kind && slices.ContainsFunc(cf.Sides, func(s news.Side) bool {
			return strings.Contains(s.Value, word) || strings.Contains(s.Text, word)
		}) {
			n++
		}
	}
	return n
}

// TestVerbAntonymOfItsSense reads every antonym plant of ECB+ 22ecbplus
// (calibration) with the words of every story: "who has been arrested and
// charged with the Kraft shooting" was planted as "discharged", on "and
// discharged" or "discharged with" written somewhere: another sense of the
// verb, no opposite statement. A verb's antonym is attested only beside a content
// word (planter.attested).
func TestVerbAntonymOfItsSense(t *testing.T) {
	stories, err := LoadStories(testenv.SharedData(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	arts := ecbStory(t, "22ecbplus")
	docs, ids := brief.Analyze(arts)
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(docs))
	p := &planter{docs: docs, r: storyRand(1, "x"), rs: map[string]*rand.Rand{}, vocab: vocabulary(stories)}
	for _, k := range Kinds {
		p.rs[k] = storyRand(1, "x"+k)
	}
	n := 0
	for _, pl := range p.candidates(c.Group)[KindAntonym] {
		n++
		if pl.Old == "charged" && pl.New == "discharged" {
			t.Errorf("antonym plant %q -> %q in %q", pl.Old, pl.New, docs[pl.Doc].Sentences[pl.Sent].Text)
		}
	}
	if n == 0 {
		t.Error("no antonym plant")
	}
}
