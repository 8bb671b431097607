package differences

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// speakerSides fails unless one speaker difference of the brief of arts,
// with old replaced by repl in the first report that holds it (old ""
// reads the story as published), has the two speakers a and b as sides.
func speakerSides(t *testing.T, arts []*news.Article, old, repl, a, b string) {
	t.Helper()
	edited := slices.Clone(arts)
	if old != "" {
		at := slices.IndexFunc(arts, func(x *news.Article) bool { return strings.Contains(x.Text, old) })
		if at < 0 {
			t.Fatalf("no report holds %q", old)
		}
		c := *arts[at]
		c.Text = strings.Replace(c.Text, old, repl, 1)
		edited[at] = &c
	}
	docs, ids := brief.Analyze(edited)
	var got []string
	for _, c := range brief.FromCorpus(text.NewCorpus(docs, ids), brief.Options{}).Conflicts {
		if c.Kind != news.ConflictSpeaker {
			continue
		}
		var vals []string
		for _, s := range c.Sides {
			vals = append(vals, s.Value)
		}
		if slices.Contains(vals, a) && slices.Contains(vals, b) {
			return
		}
		got = append(got, strings.Join(vals, " / "))
	}
	t.Errorf("no speaker difference %s / %s; speaker differences: %q", a, b, got)
}

// TestSpeakerSharingAFirstName gives one quote to a speaker who shares
// only the first name of the one the other reports name: "Jenna Coleman
// says" becomes "Jenna Barrowman says" in one report of ECB+ 39ecbplus
// (calibration), "said Ivette Miranda, a family friend" becomes "said
// Ivette Hernandez" in one report of GVA 491181 (calibration). Two names
// that share a first name and no surname are two people
// (quote.samePerson); before, any shared word of the names made them one,
// and no speaker difference was listed.
func TestSpeakerSharingAFirstName(t *testing.T) {
	speakerSides(t, ecbStory(t, "39ecbplus"), "Jenna Coleman says", "Jenna Barrowman says", "Jenna Barrowman", "Jenna Coleman")
	speakerSides(t, gvaStory(t, "491181").Articles, "said Ivette Miranda, a family", "said Ivette Hernandez, a family", "Ivette Hernandez", "Ivette Miranda")
}

// TestPublishedSpeakerSharingAFirstName reads GVA 727759 (reporting) as
// published: "This is a massacre, man ... Who'd do something like this?"
// is Melvin Powell's in one report and Melvin Jackson's in another, a true
// disagreement of the reports on who said it, listed now.
func TestPublishedSpeakerSharingAFirstName(t *testing.T) {
	speakerSides(t, gvaStory(t, "727759").Articles, "", "", "Melvin Powell", "Melvin Jackson")
}

// TestNoNumberPlantsInLabels reads every number plant of two ECB+ stories
// (calibration) whose texts name products by number: "iLife '09" (a year
// written with a leading zero) and "BlackBerry® 10 platform" (a mark
// between the name and its number). Neither is a count or an amount; a
// plant there changed a name, not a figure.
func TestNoNumberPlantsInLabels(t *testing.T) {
	for _, id := range []string{"40ecb", "42ecbplus"} {
		arts := ecbStory(t, id)
		docs, ids := brief.Analyze(arts)
		c := text.NewCorpus(docs, ids)
		c.SetCopies(dedup.Copies(docs))
		p := &planter{docs: docs, r: storyRand(1, id), rs: map[string]*rand.Rand{}}
		for _, k := range Kinds {
			p.rs[k] = storyRand(1, id+k)
		}
		for _, pl := range p.candidates(c.Group)[KindNumber] {
			txt := docs[pl.Doc].Article.Text
			before := txt[max(0, pl.Start-4):pl.Start]
			if strings.HasPrefix(pl.Old, "0") || strings.ContainsAny(before, "®™\uFFFD") {
				t.Errorf("%s: number plant %q in %q", id, pl.Old, docs[pl.Doc].Sentences[pl.Sent].Text)
			}
		}
	}
}
