package entity_test

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestShortGivenNameJoinsTheFullName reads the reports of GVA incidents
// 359830 (the Charleston church shooting of 2015) and 380162 (the Lafayette
// theater shooting of 2015), which name one police chief "Greg Mullen" and
// "Gregory Mullen", one mayor "Joe Riley" and "Joseph P. Riley", one colonel
// "Mike Edmonson" and "Michael Edmonson": each was two people, two speakers
// of the brief, until a given name's short form
// (entity/given-name-forms.txt) was read as its full name.
func TestShortGivenNameJoinsTheFullName(t *testing.T) {
	for incident, pairs := range map[string][][2]string{
		"359830": {{"Greg Mullen", "Gregory Mullen"}, {"Joe Riley", "Joseph P. Riley"}},
		"380162": {{"Mike Edmonson", "Michael Edmonson"}},
	} {
		ents := incidentEntities(t, incident)
		for _, p := range pairs {
			joined := false
			for _, e := range ents {
				names := append([]string{e.Name}, e.Aliases...)
				if slices.Contains(names, p[0]) && slices.Contains(names, p[1]) {
					joined = true
				}
			}
			if !joined {
				t.Errorf("%s: %s and %s are two entities", incident, p[0], p[1])
			}
		}
	}
}

// TestSpeakerOrKinNamedAloneIsAPerson reads the reports of GVA incident
// 377047 (a birthday party shot at in a Louisville club, 2015), which name a
// victim only by his given name: "her son Kendall", "Her son, Kendall, was
// among ...", "said Kendall." A name nothing else types was "other" though
// it speaks and a man's word stands before it; it is a person.
func TestSpeakerOrKinNamedAloneIsAPerson(t *testing.T) {
	wantTypes(t, "377047", map[string]string{"Kendall": news.EntityPerson, "Crystal Teasley": news.EntityPerson})
}

// TestNamesBeforeAPluralPlaceNoun reads the reports of GVA incidents 349976
// (a party shot at above a New Haven tattoo parlor, 2015: "between Church
// and Orange streets") and 359830 (Charleston, 2015: "Henrietta and Calhoun
// streets", "parts of Jasper, Beaufort, Colleton, and Hampton counties"),
// whose entity tables listed the streets and counties as an organisation
// ("Church") and things: a list that a place's word in the plural closes
// names places.
func TestNamesBeforeAPluralPlaceNoun(t *testing.T) {
	wantTypes(t, "349976", map[string]string{"Church": news.EntityPlace, "Orange": news.EntityPlace, "Chapel Street": news.EntityPlace})
	wantTypes(t, "359830", map[string]string{"Henrietta": news.EntityPlace, "Calhoun": news.EntityPlace,
		"Jasper": news.EntityPlace, "Beaufort": news.EntityPlace, "Colleton": news.EntityPlace, "Hampton": news.EntityPlace})
}

// TestHeadlineBeforeAStampOrAClip reads the reports of GVA incidents 349976
// (New Haven, 2015), one of which embeds another story's headline with its
// stamp, "Five People Shot at New Haven Party (Published Sunday, May 31,
// 2015)", and 380162 (Lafayette, 2015), whose video list prints each clip as
// "Police Chief: Theater Shooting Scene Is Horrific | 00:45 A gunman ...".
// Their capitals made the person "Five People Shot", the organisation "New
// Haven Party" and the thing "Theater Shooting Scene Is Horrific": the
// title-case words before a stamp's bracket or a clip's bar are a headline's.
func TestHeadlineBeforeAStampOrAClip(t *testing.T) {
	wantNoEntity(t, "349976", incidentTypes(t, "349976"), "Five People Shot", "New Haven Party")
	wantNoEntity(t, "380162", incidentTypes(t, "380162"), "Theater Shooting Scene Is Horrific")
}

// TestCompoundTitleIsNoPlace reads the reports of GVA incident 387194 (a
// drive-by shooting at the Red Hook Houses, Brooklyn, 2015): "Assistant
// District Attorney Wilfredo Cotto read from statements ..." listed the
// place "Assistant District", split off as the office's jurisdiction before
// the title. Words that only open a compound title are the title's.
func TestCompoundTitleIsNoPlace(t *testing.T) {
	types := wantTypes(t, "387194", map[string]string{"Wilfredo Cotto": news.EntityPerson})
	wantNoEntity(t, "387194", types, "Assistant District")
}

// TestPageCounterAndRunInHeadlineNameNobody reads the page lines of GVA
// incidents 353609 and 416564 (Utah, 2015), "0 Pending Comments" on a line
// of its own, a counter before the words it counts, and the headings that
// pages ran into their text without a line break: a travel page captured
// for 422064 ("Five Essential Planning Tips For Your European
// VacationNothing beats traveling abroad.") and a video's headline in
// 483788 ("Police Search For Suspect In Deadly Shooting At Coney Island
// Housing Project playpause"). They were people and organisations; a
// capitalised "For" or "In" inside capitalised words marks a headline, as
// a count before four of them does ("Five ...").
func TestPageCounterAndRunInHeadlineNameNobody(t *testing.T) {
	for incident, names := range map[string][]string{
		"353609": {"Pending Comments"},
		"416564": {"Pending Comments"},
		"422064": {"Five Essential Planning Tips", "European VacationNothing"},
		"483788": {"Police Search"},
	} {
		wantNoEntity(t, incident, incidentTypes(t, incident), names...)
	}
}
