package quote

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestNicknameBeforeAnAge reads GVA incident 349976 (a party shot at in New
// Haven, 2015): "Fayzon “Suki” Reboyras, 22, of New Haven, was taken into
// custody". The report never names Reboyras again, so the nickname was
// read as the police's words, a single-source quote of the brief; the age
// after the surname says the words before it are a person's name.
func TestNicknameBeforeAnAge(t *testing.T) {
	for _, q := range incidentQuotes(t, "349976") {
		if strings.Trim(q.text, ",. ") == "Suki" {
			t.Errorf("“%s” is a quote of %q", q.text, q.Speaker)
		}
	}
}

// TestParticiplePrepositionOpensNoSpeaker reads GVA incident 359830 (the
// Charleston church shooting, 2015): "he appears to be a “disaffected white
// supremacist,” based on his Facebook page, said the center's president,
// Richard Cohen." The words before "said" were the speaker, "based on his
// Facebook page"; a participle that opens a preposition's phrase ("based
// on", as "according to") opens no speaker, and the one after the verb
// speaks.
func TestParticiplePrepositionOpensNoSpeaker(t *testing.T) {
	wantSpeaker(t, "359830", "disaffected white supremacist", "Richard Cohen")
}

// TestParticipleEndsTheSourceAfterItsCue reads GVA incident 353609 (a
// murder-suicide in Murray, Utah, 2015): "“Officers were called to that
// location ...,” according to the affidavit filed in 3rd District Court."
// The speaker was "the affidavit filed": a past participle before a
// preposition opens a clause on the noun before it and ends the source.
func TestParticipleEndsTheSourceAfterItsCue(t *testing.T) {
	wantSpeaker(t, "353609", "Officers were called to that location", "the affidavit")
}

// TestTitleInQuotesIsNoQuote reads the names and titles that reports put
// in quotation marks, which the brief listed as their speakers' words:
// "his friend had a "Glock"" (359830, the Charleston church shooting), "an
// evening showing of 'Trainwreck.'" (380162, the Lafayette theater), "a
// woman Leak called "Six-Nine,"" (490351), a video "titled "Elliot Rodger's
// Retribution"" and a heading on a line of its own, ""POPPING NOISES""
// (138282). The brief leaves them out of its quotes. Capitalised words
// quoted after a word of their sentence, or alone on their line, name
// something; words someone said that open a
// sentence stay quotes ("“All weekend,” he continued", 488833), as do
// lower-case words inside one ("called the shooting a “terrible
// tragedy.”", 121031).
func TestTitleInQuotesIsNoQuote(t *testing.T) {
	for incident, names := range map[string][]string{
		"359830": {"Glock"},
		"380162": {"Trainwreck"},
		"490351": {"Six-Nine"},
		"138282": {"Elliot Rodger's Retribution", "POPPING NOISES"},
	} {
		for _, q := range incidentQuotes(t, incident) {
			if slices.Contains(names, strings.Trim(q.text, ",. ")) && !q.Title {
				t.Errorf("%s: “%s” is a quote of %q", incident, q.text, q.Speaker)
			}
		}
	}
	// The words quoted after a title in its clause are still a quote.
	c := text.NewCorpus(incidentDocs(t, "138282"))
	found := false
	for _, q := range AnalyzeWith(c, entity.Resolve(c)).Quotes {
		found = found || strings.Contains(q.Text, "different from the normal fully white kids")
	}
	if !found {
		t.Error("138282: “different from the normal fully white kids” is no quote of the brief")
	}
	for incident, words := range map[string]string{"488833": "All weekend", "121031": "terrible tragedy"} {
		for _, q := range incidentQuotes(t, incident) {
			if strings.HasPrefix(q.text, words) && q.Title {
				t.Errorf("%s: “%s” read as a title", incident, q.text)
			}
		}
	}
}

// TestPersonAfterAnAsideSpeaks reads GVA incident 488833 (a weekend of
// shootings in Baltimore, 2013): "Referring to Donyae Jones, an
// African-American woman who was killed early Saturday morning on the 700
// block of North Kenwood Avenue, Batts said, “I look at this little
// 18-year-old girl ...”". The appositive after the victim's name made her
// the head of the source; the person named alone before the cue speaks.
func TestPersonAfterAnAsideSpeaks(t *testing.T) {
	wantSpeaker(t, "488833", "I look at this little 18-year-old girl", "Anthony W. Batts")
}
