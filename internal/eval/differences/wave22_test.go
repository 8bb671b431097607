package differences

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
)

// TestAntonymOfCoordinatedHead is GVA 525767 (calibration): "Burnsworth
// was charged with homicide and [legal] possession of firearm by a minor"
// against "... was charged as an adult with homicide and illegal
// possession of firearm by a minor". The antonym stands after "and", where
// a modifier before the coordination may scope over it ("insufficiently
// equipped and experienced"); here it qualifies the noun both reports
// write after it, "possession": the coordination joins two charges and
// the word is the second's own (compare.sharedHead).
func TestAntonymOfCoordinatedHead(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "525767").Articles, "with homicide and illegal possession of firearm by a minor.",
		"with homicide and legal possession of firearm by a minor.", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("homicide and legal / illegal possession: no contradiction")
	}
}

// TestAntonymOfCoordinatedHeadInFrame is GVA 353609 (calibration): "charged
// with multiple counts of aggravated assault and [foreign] violence in the
// presence of a child" against "... aggravated assault and domestic
// violence in the presence of a child" (the frame of shared words).
func TestAntonymOfCoordinatedHeadInFrame(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "353609").Articles, "aggravated assault and domestic violence in the presence",
		"aggravated assault and foreign violence in the presence", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("assault and foreign / domestic violence: no contradiction")
	}
}

// TestCoordinatedModifierIsNoAntonym holds the guard the head test
// narrows: "the group was insufficiently equipped and experienced for the
// climb" / "insufficiently equipped and inexperienced for the climb" (ECB+
// 23ecbplus, the reporting half's story cited since wave 10 for this
// guard): "insufficiently" scopes over both words, and "for" after them
// is no noun they qualify.
func TestCoordinatedModifierIsNoAntonym(t *testing.T) {
	noContradictionOf(t, ecbStory(t, "23ecbplus"), "experienced")
}

// noContradictionOf fails when the brief of a story as published lists a
// contradiction whose topic holds one of words.
func noContradictionOf(t *testing.T, arts []*news.Article, words ...string) {
	t.Helper()
	b := brief.Build(arts, brief.Options{})
	for _, c := range b.Conflicts {
		top := strings.ToLower(c.Topic)
		if c.Kind == news.ConflictContradiction && slices.ContainsFunc(words, func(w string) bool { return strings.Contains(top, w) }) {
			t.Errorf("a contradiction of %v listed: %q %v", words, c.Topic, c.Sides)
		}
	}
}

// TestOrdinalInStrongFrame is ECB+ 8ecb (calibration): "Hakim is the
// [first] bomb technician to die in the line of duty" against "Hakim became
// the second bomb technician in Oregon State Police history to be killed in
// the line of duty". Ordinals were refused in a frame ("the first quake" /
// "the second quake" are two quakes); between two shared words on each
// side, the name and the noun the ordinal ranks, one place of one series is
// told two ways (compare.ordinalFrame).
func TestOrdinalInStrongFrame(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "8ecb"), "Hakim is the second bomb technician", "Hakim is the first bomb technician", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("the first / second bomb technician: no contradiction")
	}
}

// TestTwoQuakesAreNoOrdinalDifference holds the refusal the strong frame
// narrows: the reports of ECB+ 37ecb (calibration) tell of a first and a
// second quake; as published, no ordinal is listed as a contradiction.
func TestTwoQuakesAreNoOrdinalDifference(t *testing.T) {
	noContradictionOf(t, ecbStory(t, "37ecb"), "first", "second", "last")
}

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
