package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
)

// TestNameBeforeOtherApposition swaps the man killed in GVA 711597
// (calibration): "claimed the life of Demontris Toliver, a 25-year-old
// tattoo artist from Baton Rouge" / "Demontris Toliver, 25, an aspiring
// tattoo artist from Baton Rouge, was killed in the shooting". Each report
// describes him in its own words after the name, set off by a comma; the
// shared words after the descriptions frame his place
// (compare.apposed). Missed before: no run of shared words touched the
// name.
func TestNameBeforeOtherApposition(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "711597").Articles, "claimed the life of Demontris Toliver, a 25-year-old", "claimed the life of Mitch Landrieu, a 25-year-old", news.ConflictName)
	wantSides(t, cs, "Mitch Landrieu", "Demontris Toliver")
}

// TestAppositionOfTwoRoles is ECB+ 20ecbplus unedited (calibration):
// "Masoud Dalman, head of Hormozgan province's emergency ..." and
// "Abdolreza Sheikholeslami, the governor of Hormozgan Province, ..." name
// two officials by their roles; a description that names a role says who
// the person is, so it frames no slot (compare.apposed). Listed as a name
// difference before the role guard.
func TestAppositionOfTwoRoles(t *testing.T) {
	noConflict(t, publishedConflicts(ecbStory(t, "20ecbplus")), news.ConflictName, "Sheikholeslami")
}

// TestSpeakerAfterTitleIsNoNamePlant reads ECB+ 35ecb (calibration): in
// "..., said California Highway Patrol Officer Ray Scheidnes." the title
// stands between the verb of speech and the name, which is the speaker:
// a changed name there is a speaker difference, and the brief lists it as
// one, so the planter plants no name there (titledFrom). Before, the two
// name plants there were counted missed though found as speakers.
func TestSpeakerAfterTitleIsNoNamePlant(t *testing.T) {
	const s = "Jackson failed sobriety tests shortly after 2 a.m. on state Route 52 in San Diego, said California Highway Patrol Officer Ray Scheidnes."
	docs, _ := brief.Analyze(ecbStory(t, "35ecb"))
	for _, d := range docs {
		at := strings.Index(d.Article.Text, s)
		if at < 0 {
			continue
		}
		name := at + strings.Index(s, "Ray Scheidnes")
		var toks = d.Tokens[:0:0]
		for _, tk := range d.Tokens {
			if tk.Start >= at && tk.End <= at+len(s) {
				toks = append(toks, tk)
			}
		}
		if !besideSpeech(toks, name, name+len("Ray Scheidnes")) {
			t.Error("Ray Scheidnes after said and a title: not read as the speaker")
		}
		return
	}
	t.Fatal("no report of 35ecb holds the sentence")
}
