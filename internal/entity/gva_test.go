package entity_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestTypesOfPlacesAndGroups reads the six reports of GVA incident 482801
// (a shooting in a park in 2013, and its trials and anniversary), whose
// entity table once listed a park, a city and a youth programme as people
// and the sentence openers "Two" and "Four" as entities: a name ending in
// a facility's word ("Libby Lake Park") is a facility, "City of X" a
// place, "Project X" an organisation, and a number word alone no name.
func TestTypesOfPlacesAndGroups(t *testing.T) {
	types := incidentTypes(t, "482801")
	for name, want := range map[string]string{
		"Libby Lake Park":    news.EntityOther,
		"City of Oceanside":  news.EntityPlace,
		"Project REACH":      news.EntityOrganization,
		"Melanie Virgen":     news.EntityPerson,
		"Edgar Sanchez Rios": news.EntityPerson,
	} {
		if got, ok := types[name]; ok && got != want {
			t.Errorf("%s: type %q, want %q", name, got, want)
		} else if !ok && name != "City of Oceanside" {
			t.Errorf("no entity %s", name)
		}
	}
	for _, w := range []string{"Two", "Four"} {
		if _, ok := types[w]; ok {
			t.Errorf("%q is listed as an entity", w)
		}
	}
}

// TestTypesOfStreetsVehiclesAndParts reads the reports of GVA incidents
// 530076, 657023 (a rampage in West Philadelphia in 2016) and 519541 (the
// Wilkinsburg backyard shooting of 2016), whose entity tables once listed as
// people a part of a city ("West Philadelphia", which then spoke the quotes
// of the police commissioner and of a victim's sister), streets ("Sansom
// St", "Ardmore Boulevard"), a lounge, a jail, cars and guns ("Ford
// Explorer", "Ruger LCR"), kept a title in a name ("Chief of Staff"), and
// read "Whitehall Sgt. John Grebb said" as the person "Whitehall Sgt" (an
// abbreviated rank with its dot opens the officer's name after a place).
// In 530076 "Diallo Davis of Detroit" was one person: the town after "of"
// is a place of its own.
func TestTypesOfStreetsVehiclesAndParts(t *testing.T) {
	cases := map[string]map[string]string{
		"657023": {
			"West Philadelphia":    news.EntityPlace,
			"North Philadelphia":   news.EntityPlace,
			"Sansom St":            news.EntityPlace,
			"Maximum Level Lounge": news.EntityOther,
			"Ford Explorer":        news.EntityOther,
			"Nissan Altima":        news.EntityOther,
			"Richard Ross Jr":      news.EntityPerson, // "Richard Ross" too, his name without the suffix
			"Nicholas Glenn":       news.EntityPerson,
			"Tom Wolf":             news.EntityPerson,
		},
		"530076": {
			"Diallo Davis": news.EntityPerson,
			"Detroit":      news.EntityPlace,
		},
		"519541": {
			"Allegheny County Jail": news.EntityOther,
			"Ardmore Boulevard":     news.EntityPlace,
			"Ruger LCR":             news.EntityOther,
			"East Allegheny":        news.EntityPlace,
			"Charles Moffatt":       news.EntityPerson,
			"Cheron Lamont Shelton": news.EntityPerson, // "Cheron Lamont “C-Wiz” Shelton"; "Cheron Shelton" elsewhere
			"John Grebb":            news.EntityPerson,
			"Whitehall":             news.EntityPlace,
		},
		// The street and the subdivision of a family's home, named by
		// their USPS suffixes; the family's father beside them.
		// A street whose name holds an organisation word; police units.
		"525767": {
			"South Church Street": news.EntityPlace,
		},
		"663106": {
			"Central Patrol Division": news.EntityOrganization,
			"Law Street":              news.EntityPlace,
			"Weslayan Avenue":         news.EntityPlace,
		},
		// A street suffix then a direction; an abbreviated saint that
		// opens a town's name (it was "St", a place, and "Paul").
		"598609": {
			"Penn Avenue North":  news.EntityPlace,
			"Lowry Avenue North": news.EntityPlace,
			"St. Paul":           news.EntityPlace,
		},
		// A large city named without its state (gazetteer/cities.txt):
		// "Baton Rouge" was a person, and the speaker of the police
		// chief's quote, the only person before "She said".
		"616102": {
			"Baton Rouge":       news.EntityPlace,
			"Shelley Zimmerman": news.EntityPerson,
		},
		// A newspaper named by its nameplate's last word, which was
		// typed a person (entity/outlet-words).
		"655512": {
			"Houston Chronicle": news.EntityOrganization,
		},
		// A part of a city by its side, after "Far", "Near", "Lower":
		// "Far South Side" was a person (Chicago, 2014).
		"303659": {
			"Far South Side": news.EntityPlace,
			"Northwest Side": news.EntityPlace,
		},
		"623195": {
			"Winding Brook Drive": news.EntityPlace,
			"Brookfield Manor":    news.EntityPlace,
			"Megan L. Short":      news.EntityPerson,
		},
	}
	checkIncidentTypes(t, cases)
}

// checkIncidentTypes checks the type of each named entity of each GVA
// incident, and returns the types found by incident.
func checkIncidentTypes(t *testing.T, cases map[string]map[string]string) map[string]map[string]string {
	t.Helper()
	found := map[string]map[string]string{}
	for incident, want := range cases {
		types := incidentTypes(t, incident)
		found[incident] = types
		for name, w := range want {
			if got, ok := types[name]; !ok {
				t.Errorf("%s: no entity %s", incident, name)
			} else if got != w {
				t.Errorf("%s: %s: type %q, want %q", incident, name, got, w)
			}
		}
	}
	return found
}

// incidentTypes resolves the entities of a GVA incident's reports and
// returns their types by name.
func incidentTypes(t *testing.T, incident string) map[string]string {
	t.Helper()
	types := map[string]string{}
	for _, e := range incidentEntities(t, incident) {
		types[e.Name] = e.Type
	}
	return types
}

// incidentEntities resolves the entities of a GVA incident's reports.
func incidentEntities(t *testing.T, incident string) []news.Entity {
	t.Helper()
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), incident)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*text.Doc
	var ids []string
	for i, a := range story {
		docs, ids = append(docs, text.Analyze(a)), append(ids, fmt.Sprintf("s%d", i+1))
	}
	return entity.Resolve(text.NewCorpus(docs, ids)).Entities(nil)
}

// TestCaptionCreditIsNoAlias reads the reports of GVA incident 530076 (a
// girl killed in Detroit in 2016), whose photo captions end "(Photo: David
// Guralnick / The Detroit News)": the bracket once made "Photo" a second
// name of each person before it, and through it the girl, a defendant and
// his quote one person.
func TestCaptionCreditIsNoAlias(t *testing.T) {
	for _, e := range incidentEntities(t, "530076") {
		if strings.Contains(e.Name, "Montgomery") && slices.Contains(e.Aliases, "Davis") {
			t.Errorf("%s holds Davis (aliases %q)", e.Name, e.Aliases)
		}
		// "Buy Photo", the button around the captions, is nobody.
		if strings.Contains(e.Name, "Photo") || slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.Contains(a, "Photo") }) {
			t.Errorf("entity %s (aliases %q)", e.Name, e.Aliases)
		}
	}
}

// TestFirstSurnameAlone reads GVA incident 482801 again: its reports name
// one victim "Edgar Sanchez Rios" and "Edgar Sanchez", a Spanish name with
// its first surname alone; the entity table listed two people.
func TestFirstSurnameAlone(t *testing.T) {
	for _, e := range incidentEntities(t, "482801") {
		if e.Name == "Edgar Sanchez" {
			t.Errorf("Edgar Sanchez is an entity apart from Edgar Sanchez Rios (%v)", e.Aliases)
		}
	}
}

// TestTitledOfficerIsAPerson reads GVA incident 616102 (two San Diego
// officers shot in 2016), whose entity table listed "Police Chief Shelley
// Zimmerman" as an organisation and gave the police department the aliases
// "SDPD Chief Shelley Zimmerman" and "Zimmerman": a title and a name after
// an organisation, an acronym or a place are a person of their own, and
// her surname never joins the organisation. "San Diego Mayor Kevin
// Faulconer" and "San Diego County District Attorney Bonnie Dumanis" had
// no type.
func TestTitledOfficerIsAPerson(t *testing.T) {
	types := map[string]string{}
	for _, e := range incidentEntities(t, "616102") {
		types[e.Name] = e.Type
		if e.Type == news.EntityPerson {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if strings.Contains(a, "Zimmerman") || strings.Contains(a, "Faulconer") || strings.Contains(a, "Dumanis") {
				t.Errorf("%s entity %s holds %q (aliases %q)", e.Type, e.Name, a, e.Aliases)
			}
		}
	}
	for _, name := range []string{"Shelley Zimmerman", "Kevin Faulconer", "Bonnie Dumanis"} {
		if types[name] != news.EntityPerson {
			t.Errorf("%s: type %q, want person", name, types[name])
		}
	}
	if types["San Diego Police Department"] != news.EntityOrganization {
		t.Errorf("San Diego Police Department: type %q, want organization", types["San Diego Police Department"])
	}
}

// TestNicknameJoinsItsName reads GVA incident 616102 again: one report
// names the dead officer "Jonathan “JD” De Guzman", others "Jonathan
// DeGuzman" and "Police Officer JD DeGuzman"; the nickname between his
// given name and surname makes them one person. The police department's
// acronym, joined to the department, joins no person's name that holds
// it ("SDPD Officer Killed", a headline; "Other SDPD leaders").
func TestNicknameJoinsItsName(t *testing.T) {
	for _, e := range incidentEntities(t, "616102") {
		names := append([]string{e.Name}, e.Aliases...)
		if slices.Contains(names, "JD DeGuzman") != slices.Contains(names, "Jonathan DeGuzman") {
			t.Errorf("%s (aliases %q) holds one of JD DeGuzman and Jonathan DeGuzman, not both", e.Name, e.Aliases)
		}
		if e.Name == "San Diego Police Department" {
			for _, a := range e.Aliases {
				if a != "SDPD" {
					t.Errorf("San Diego Police Department holds %q", a)
				}
			}
		}
	}
}

// TestCapitalisedWordsThatNameNobody reads GVA incidents 655512 (a Houston
// drive-by in 2016: a Houston Chronicle gallery and a police press release)
// and 700468 (a Houston robbery in 2016), whose entity tables listed the
// gallery's "Caption Close", the release's "FOR IMMEDIATE RELEASE",
// heading "Incident Update" and time "9:11:51 AM CDT", "Three Hispanic
// males", and the common nouns "SUV", "BB gun" and "GPS" as people or
// organisations; and the tip line "Crime Stoppers" as a person.
func TestCapitalisedWordsThatNameNobody(t *testing.T) {
	for incident, nobody := range map[string][]string{
		"655512": {"Caption Close", "IMMEDIATE RELEASE", "Incident Update", "AM CDT", "Three Hispanic", "SUV"},
		"700468": {"BB", "GPS"},
	} {
		types := map[string]string{}
		for _, e := range incidentEntities(t, incident) {
			types[e.Name] = e.Type
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if slices.Contains(nobody, a) {
					t.Errorf("%s: %q is an entity (%s %s)", incident, a, e.Type, e.Name)
				}
			}
		}
		if incident == "655512" && types["Crime Stoppers"] != news.EntityOrganization {
			t.Errorf("%s: Crime Stoppers: type %q, want organization", incident, types["Crime Stoppers"])
		}
	}
}

// TestDatelineCreditTribeAndParish reads the four reports of GVA incident
// 479561 (a tribal officer shot in Louisiana in 2013), whose entity table
// once called New Orleans "AP" and "Associated Press" (the dateline "NEW
// ORLEANS (AP)" read as a name and its short form in brackets), listed the
// Chitimacha Tribe and Iberia Parish as people, "St. Mary's Parish" as
// "St. Mary" and a "Parish" of its own, and the adverbs that open
// sentences inside a quotation ("He's a real great guy. Extremely dedicated
// to his job. Very brave") as entities.
func TestDatelineCreditTribeAndParish(t *testing.T) {
	byName := map[string]news.Entity{}
	for _, e := range incidentEntities(t, "479561") {
		byName[e.Name] = e
	}
	if e, ok := byName["New Orleans"]; !ok || len(e.Aliases) > 0 {
		t.Errorf("New Orleans: %+v, want a place with no other name", e)
	}
	wantTypes(t, "479561", map[string]string{
		"New Orleans":                   news.EntityPlace,
		"Chitimacha Tribe of Louisiana": news.EntityOrganization,
		"Iberia Parish":                 news.EntityPlace,
		"St. Mary Parish":               news.EntityPlace,
		"Associated Press":              news.EntityOrganization,
	})
	for _, w := range []string{"Extremely", "Very", "Parish", "St. Mary"} {
		if _, ok := byName[w]; ok {
			t.Errorf("%q is listed as an entity", w)
		}
	}
}

// TestAddressAndStateAbbreviation reads the three reports of GVA incident
// 315594 (a child shot in an apartment in Madison, Tennessee, in 2015),
// whose entity table once listed "Charter Village Apartments" and the
// address "333 Rio Vista Dr." as people and the dateline's "Tenn." as a
// thing. Since "Vista" ends a place's name, "Rio Vista Dr" is the short
// form of the report's "Rio Vista Drive", one street.
func TestAddressAndStateAbbreviation(t *testing.T) {
	types := wantTypes(t, "315594", map[string]string{
		"Charter Village Apartments": news.EntityOther,
		"Rio Vista Drive":            news.EntityPlace,
		"Tennessee":                  news.EntityPlace,
		"Kendal Pinkerton":           news.EntityPerson,
	})
	wantNoEntity(t, "315594", types, "Tenn") // apart from Tennessee
}

// wantNoEntity checks that none of names is an entity of the incident.
func wantNoEntity(t *testing.T, incident string, types map[string]string, names ...string) {
	t.Helper()
	for _, name := range names {
		if typ, ok := types[name]; ok {
			t.Errorf("%s: %q is an entity (%s)", incident, name, typ)
		}
	}
}

// wantTypes checks that each name is an entity of the incident's reports,
// of the type given, and returns the types of all its entities.
func wantTypes(t *testing.T, incident string, want map[string]string) map[string]string {
	t.Helper()
	types := incidentTypes(t, incident)
	for name, w := range want {
		if got, ok := types[name]; !ok || got != w {
			t.Errorf("%s: %s: type %q (listed: %v), want %q", incident, name, got, ok, w)
		}
	}
	return types
}

// TestDatelineTownIsAPlace reads the reports of GVA incident 298122 (seven
// people shot in Tyrone, Missouri, in 2015): "TYRONE, Mo. (AP) —" made the
// town an initialism, and so an organisation; and a site's alert notice,
// "Whenever Jesse Bogan posts new content", a person "Whenever Jesse Bogan".
func TestDatelineTownIsAPlace(t *testing.T) {
	types := wantTypes(t, "298122", map[string]string{"Tyrone": news.EntityPlace})
	if _, ok := types["Whenever Jesse Bogan"]; ok {
		t.Error(`"Whenever Jesse Bogan" is listed as an entity`)
	}
}

// TestLargeNewspaperIsAnOutlet reads GVA incident 106394 (Gary, 2014),
// whose "Chicago Tribune reporter Adam Sege recaps the overnight crime"
// has the newspaper, a role and a person in one run: the largest US
// dailies are in the outlets' gazetteer. (GVA 344302's "Baltimore Sun
// reporter Alison Knezevich contributed to this article", which this test
// read first, is a credit line: the page's, whose names are no entities
// of the story.)
func TestLargeNewspaperIsAnOutlet(t *testing.T) {
	wantTypes(t, "106394", map[string]string{
		"Chicago Tribune": news.EntityOrganization,
		"Adam Sege":       news.EntityPerson,
	})
}

// TestHyphenatedSurnameAlone reads the reports of GVA incident 484307 (a
// drive-by shooting at a party in Phoenix in 2013), which call a victim
// "Jason Jonathan Acosta-Ramos" once and "Acosta-Ramos" after: the bare
// hyphenated surname, whose key has two words, once stood alone as a
// thing of its own.
func TestHyphenatedSurnameAlone(t *testing.T) {
	for _, want := range []struct{ name, alias string }{
		{"Jason Jonathan Acosta-Ramos", "Acosta-Ramos"},
		{"Carlos Rodriguez-Espinoza", "Rodriguez-Espinoza"},
	} {
		found := false
		for _, e := range incidentEntities(t, "484307") {
			if e.Name == want.alias {
				t.Errorf("%s stands alone, not as a name of %s", want.alias, want.name)
			}
			if e.Name == want.name {
				found = true
				if e.Type != news.EntityPerson || !slices.Contains(e.Aliases, want.alias) {
					t.Errorf("%s: type %s, aliases %q; want a person called %s too", e.Name, e.Type, e.Aliases, want.alias)
				}
			}
		}
		if !found {
			t.Errorf("no entity %s", want.name)
		}
	}
}

// TestSpeakingSurnameIsTheSpeaker reads the reports of GVA incident 281039
// (a shooting at a car wash in San Antonio in 2015). One names "Lura
// Willrich" as she speaks of "her son, Royal Willrich", then quotes
// "Willrich" twice: the mother, named first in the sentence named last, not
// the son the other reports name more often (TestSpeakingSurname in quote
// has two more).
func TestSpeakingSurnameIsTheSpeaker(t *testing.T) {
	found := false
	for _, e := range incidentEntities(t, "281039") {
		if e.Name == "Lura Willrich" {
			found = true
			if !slices.Contains(e.Aliases, "Willrich") {
				t.Errorf("Lura Willrich is never called Willrich (aliases %q)", e.Aliases)
			}
		}
	}
	if !found {
		t.Error("no entity Lura Willrich")
	}
}

// TestTitleWordBeforeAPlaceWord reads the reports of GVA incident 324644
// (Kent, Washington, 2013): "King County" was the title "king" and a
// person called "County", who then spoke a father's quote.
func TestTitleWordBeforeAPlaceWord(t *testing.T) {
	types := wantTypes(t, "324644", map[string]string{"King County": news.EntityPlace})
	if _, ok := types["County"]; ok {
		t.Error("County is an entity of its own")
	}
}

// TestCountyOfficeIsNoOne reads the reports of GVA incident 405133 (a
// shooting in Tyler, Texas, in 2015): "said Smith County Sheriff, Larry
// Smith" made "Smith County Sheriff" a person, whose surname then took the
// sheriff's quotes. A county and its office's title with no name after
// them name no one; before a possessive ("Smith County Sheriff's Office")
// they open the office's name and stay (TestCountyOffice, for the rule).
func TestCountyOfficeIsNoOne(t *testing.T) {
	wantTypes(t, "405133", map[string]string{"Larry Smith": news.EntityPerson})
}

// TestCountOfIsNoName reads the reports of GVA incident 138282 (the Isla
// Vista killings of 2014): "One of Rodger's roommates" was the person "One
// of Rodger", who then spoke the killer's manifesto. A count or a
// determiner with its "of" opens no name.
func TestCountOfIsNoName(t *testing.T) {
	for _, e := range incidentEntities(t, "138282") {
		if strings.HasPrefix(e.Name, "One of ") || strings.HasPrefix(e.Name, "Some of ") {
			t.Errorf("entity %q", e.Name)
		}
	}
}

// TestNicknameInsideAName reads the six reports of GVA incident 451495
// (the Bunny Friend playground shooting in New Orleans, 2015), whose entity
// table listed "Quendrick" and "Shawn" alone (“Quendrick “C4” Bailey”,
// “Shawn “Shooter” Ruffin”), the months of "Nov. 22" and "Dec. 9", the
// determiner "Another", and the person "Orleans Parish Sheriff" beside an
// "Office" ("the Orleans Parish Sheriff’s Office"). A nickname in quotes
// between a given name and a surname stays inside the name; an abbreviated
// month before its day is a date; a title's office is one organisation.
func TestNicknameInsideAName(t *testing.T) {
	types := wantTypes(t, "451495", map[string]string{
		"Quendrick Bailey":                news.EntityPerson,
		"Shawn Ruffin":                    news.EntityPerson,
		"Wilfred Celestine":               news.EntityPerson,
		"Orleans Parish Sheriff’s Office": news.EntityOrganization,
	})
	wantNoEntity(t, "451495", types, "Quendrick", "Shawn", "Nov", "Dec", "Another", "Orleans Parish Sheriff", "Office")
}

// TestTitleOfTheOffice reads GVA incident 326792 (two women killed in a
// Killeen apartment complex in 2015): "Justice of the Peace Bill Cooke
// confirmed ..." listed the person "of the Peace Bill Cooke". A title's
// "of the" and the one word of its office stay out of the name, as "of"
// and the word do ("Chief of Staff Brian Manley").
func TestTitleOfTheOffice(t *testing.T) {
	types := incidentTypes(t, "326792")
	if got := types["Bill Cooke"]; got != news.EntityPerson {
		t.Errorf("Bill Cooke: type %q, want a person", got)
	}
	for name := range types {
		if strings.HasPrefix(name, "of the") {
			t.Errorf("entity %q opens on the title's \"of the\"", name)
		}
	}
}

// TestNumberedStreet reads GVA incident 226388 (four shot outside a
// Brooklyn catering hall, 2014): "outside Remsen Hall on 375 Remsen Avenue
// and East 57th Street" listed the entities "East" and "Street". A
// street's ordinal number is in its name.
func TestNumberedStreet(t *testing.T) {
	types := incidentTypes(t, "226388")
	if got := types["East 57th Street"]; got != news.EntityPlace {
		t.Errorf("East 57th Street: type %q, want a place", got)
	}
	for _, name := range []string{"East", "Street"} {
		if _, ok := types[name]; ok {
			t.Errorf("%q is listed as an entity", name)
		}
	}
}

// TestPageLinesNameNobody reads two GVA incidents whose pages print lines
// that are not the report's: 298122's alert notice ("Close Get email
// notifications on Jesse Bogan daily!") and 444725's line to reach the
// writer ("Contact Katrease Stafford: kstafford@freepress.com or ..."),
// whose writers are no one of the story, and 387194's teasers of other stories between the paragraphs of
// an NBC New York report, in title case ("50 Cent Reveals Monthly Expenses
// in Bankruptcy Case", "Father, Daughter Killed in N.H. Circus Tent
// Collapse"), whose capitals mark no names. The report's own people stay.
func TestPageLinesNameNobody(t *testing.T) {
	for _, c := range []struct {
		incident   string
		gone, kept []string
	}{
		{"298122", []string{"Jesse Bogan", "Close Get"}, []string{"Joseph Jesse Aldridge", "James Sigman"}},
		{"444725", []string{"Contact Katrease Stafford", "Katrease Stafford"}, []string{"Paul Merritt", "Nicole Kirkwood"}},
		{"387194", []string{"Cent Reveals Monthly Expenses", "N.H. Circus Tent Collapse", "Pregnant Teen Shot", "Gay Couple Married"},
			[]string{"Bill Bratton", "Quamari McAllister", "Elijah Wells"}},
	} {
		names := map[string]bool{}
		for _, e := range incidentEntities(t, c.incident) {
			names[e.Name] = true
		}
		for _, n := range c.gone {
			if names[n] {
				t.Errorf("%s: %q is listed as an entity", c.incident, n)
			}
		}
		for _, n := range c.kept {
			if !names[n] {
				t.Errorf("%s: %q is not listed", c.incident, n)
			}
		}
	}
}

// TestKnownAcronymIsNoPersonsInitials reads GVA 330611 (two killed outside
// a Brooklyn funeral), whose AP report's "AP" and the Daily News' "Alcides
// Perez, 31, Robles' nephew" share the initials A. P.: the agency's name
// took the nephew as one of its names, and his quote went astray. A known
// acronym is no person's initials.
func TestKnownAcronymIsNoPersonsInitials(t *testing.T) {
	wantTypes(t, "330611", map[string]string{"Alcides Perez": news.EntityPerson})
	for _, e := range incidentEntities(t, "330611") {
		if e.Name == "Associated Press" && slices.Contains(e.Aliases, "Alcides Perez") {
			t.Errorf("Associated Press is also called %q", e.Aliases)
		}
	}
}

// TestBroadcastersLettersOpenNoPerson reads GVA incidents 398361 and 311348
// (2015, calibration half), whose entity tables listed "CBS Rochester" ("CBS
// Rochester affiliate WROC") and "KOAT Action" ("KOAT Action 7 News") as
// people: the first took the city's mentions as its surname and spoke the
// police chief's words, the second a mother's. A network's letters or a
// station's call sign open an organisation's name.
func TestBroadcastersLettersOpenNoPerson(t *testing.T) {
	for id, name := range map[string]string{"398361": "CBS Rochester", "311348": "KOAT Action"} {
		types := incidentTypes(t, id)
		if got := types[name]; got == news.EntityPerson {
			t.Errorf("%s: %s is a person", id, name)
		}
	}
}

// TestDatelineBracketIsNoAlias reads GVA incidents 421650 and 377047 (2015,
// calibration half), whose datelines "CINCINNATI (Brad Underwood) --" and
// "LOUISVILLE, KY (WAVE) -" made the reporter an alias of Cincinnati and the
// station one of Kentucky: a name in brackets between a place in capitals
// and a dash credits the report.
func TestDatelineBracketIsNoAlias(t *testing.T) {
	for id, pair := range map[string][2]string{"421650": {"Cincinnati", "Brad Underwood"}, "377047": {"Kentucky", "WAVE"}} {
		for _, e := range incidentEntities(t, id) {
			if e.Name == pair[0] && slices.Contains(e.Aliases, pair[1]) {
				t.Errorf("%s: %s is an alias of %s", id, pair[1], pair[0])
			}
		}
	}
}

// TestShoutedTranscriptNamesNobody reads the three reports of GVA incident
// 441681 (a drive-by shooting in Jacksonville in 2015), two of which carry
// a television transcript in capitals ("POLICE SAY HIS BODY WAS FOUND IF
// A DITCH ..."): its entity table once listed some hundred runs of it
// ("WAS", "GOT", "DON'T KNOW", "POLICE SAY") as organisations and people.
// Capitals throughout mark no name; the people the story names in its own
// type stay, whatever case their mentions take.
func TestShoutedTranscriptNamesNobody(t *testing.T) {
	types := incidentTypes(t, "441681")
	for _, junk := range []string{"GOT", "DON'T KNOW", "POLICE SAY", "LOT OF PEOPLE", "HEARD OF ANY ARRESTS", "CONFRONTATION"} {
		if _, ok := types[junk]; ok {
			t.Errorf("%q is listed as an entity", junk)
		}
	}
	for name, want := range map[string]string{
		"Anthony D. Ray":       news.EntityPerson,
		"Roy Ray":              news.EntityPerson,
		"Trayvon Deshay Lundy": news.EntityPerson,
		"Ella Street":          news.EntityPlace,
	} {
		if got := types[name]; got != want {
			t.Errorf("%s: type %q, want %q", name, got, want)
		}
	}
	if len(types) > 40 {
		t.Errorf("%d entities, want the story's few dozen at most", len(types))
	}
}

// TestFeaturePlacesAndOffices reads GVA incidents 417963 (a child shot
// his mother in Lake Placid, 2015) and 428781 (a boy's death in Las Vegas,
// 2015), whose tables listed the village "Lake Placid" as a person (and
// "Lake Placid Mayor Craig Randall" as one more) and "Clark County
// Coroner", an office, as a person.
func TestFeaturePlacesAndOffices(t *testing.T) {
	types := incidentTypes(t, "417963")
	if got := types["Lake Placid"]; got != news.EntityPlace {
		t.Errorf("Lake Placid: type %q, want place", got)
	}
	if _, ok := types["Lake Placid Mayor Craig Randall"]; ok {
		t.Error("the mayor is listed with his village and title as his name")
	}
	if got := types["Craig Randall"]; got != news.EntityPerson {
		t.Errorf("Craig Randall: type %q, want person", got)
	}
	if got := incidentTypes(t, "428781")["Clark County Coroner"]; got == news.EntityPerson {
		t.Error("Clark County Coroner is listed as a person")
	}
}

// TestTownsHomesAndSchoolTitles reads GVA incidents 463953 (an 11-year-old
// shot in Estill Springs, Tennessee, 2015) and 470971 (a teen shot at home
// near Poplar Bluff, Missouri, 2015), whose tables listed as people two
// towns ending on a settlement word ("Estill Springs", "Poplar Bluff"), a
// part of a state ("Middle Tennessee"), a funeral home, and a principal
// and a classmate with their roles as first names; and 479561 (a tribal
// officer killed in Louisiana, 2013), whose "District Attorney Phil Haney"
// and "Fire Marshal Butch Browning" kept their compound titles.
func TestTownsHomesAndSchoolTitles(t *testing.T) {
	cases := map[string]map[string]string{
		"463953": {
			"Estill Springs":             news.EntityPlace,
			"Middle Tennessee":           news.EntityPlace,
			"Moore Cortner Funeral Home": news.EntityOther,
		},
		"470971": {
			"Poplar Bluff":   news.EntityPlace,
			"Michael Kiehne": news.EntityPerson,
			"Abby Johnston":  news.EntityPerson,
		},
		// GVA 479561 (a tribal officer killed in Charenton, Louisiana,
		// 2013): compound titles before a name
		"479561": {
			"Phil Haney":     news.EntityPerson,
			"Butch Browning": news.EntityPerson,
		},
	}
	for incident, types := range checkIncidentTypes(t, cases) {
		for name := range types {
			if strings.HasPrefix(name, "Principal ") || strings.HasPrefix(name, "Classmate ") || strings.HasPrefix(name, "District Attorney ") || strings.HasPrefix(name, "Fire Marshal ") {
				t.Errorf("%s: %q keeps its role as a first name", incident, name)
			}
		}
	}
}

// TestUnitsChargesAndLaws reads the reports of GVA incidents 121031 (the
// Fort Hood shooting of April 2014 and the Army's report on it), 275064 (a
// girl shot in Chattanooga in 2015) and 272869 (a shooting in Montfort,
// Wisconsin, in 2015), whose entity tables listed as people army units
// ("Medical Brigade", "Transportation Movement Control Battalion"), a
// school district ("Killeen ISD", which also took the town's name), a law
// ("National Defense Authorization Act"), the charges a suspect was wanted
// on ("Aggravated Assault", "Reckless Endangerment", "Unlawful
// Possession"), a hospital's room, a crime laboratory, a newspaper
// group; and 138282 (the Isla Vista killings of 2014), where YouTube, on
// which the killer posted his videos, was a place.
func TestUnitsChargesAndLaws(t *testing.T) {
	found := checkIncidentTypes(t, map[string]map[string]string{
		"121031": {
			"Medical Brigade": news.EntityOrganization,
			"Transportation Movement Control Battalion": news.EntityOrganization,
			"III Corps":                          news.EntityOrganization,
			"Killeen ISD":                        news.EntityOrganization,
			"Killeen":                            news.EntityPlace,
			"National Defense Authorization Act": news.EntityOther,
			"Mark Milley":                        news.EntityPerson,
		},
		"275064": {
			"Aggravated Assault":    news.EntityOther,
			"Reckless Endangerment": news.EntityOther,
			"Unlawful Possession":   news.EntityOther,
			"Emergency Room":        news.EntityOther,
			"Cortez Sims":           news.EntityPerson,
		},
		"272869": {
			"Wisconsin Crime Laboratory":     news.EntityOrganization,
			"Southwest Wisconsin Newspapers": news.EntityOrganization,
			"Nate Dreckman":                  news.EntityPerson,
		},
	})
	if _, ok := found["121031"]["III Corps Commander"]; ok {
		t.Errorf("121031: the title's word Commander is still part of the unit III Corps")
	}
}

// TestDatelinesOfficesAndSchools reads four GVA incidents of 2015 (the
// calibration half) whose tables typed a town an organisation or folded it
// into its mayor, a newspaper a person, a county's medical examiner a
// newspaper, and a school and a hospital's campus people:
//   - 309330 (a girl shot by her brother near Comanche, Oklahoma):
//     "COMANCHE, Okla._A 10-year-old girl", an underscore for the dash;
//     "The Duncan Banner reports";
//   - 337111 (a girl of 3 shot in Gary, Indiana): "GARY | Police are
//     reporting", and "Methodist Hospitals Northlake Campus";
//   - 332732 (two men killed in Milwaukee): "the Milwaukee County Medical
//     Examiner's Office", and "Two Milwaukee men, ages 25 and 26";
//   - 341451 (a boy killed by his brother in Perris, California): "Perris
//     Mayor Daryl Busch", a dateline on a line of its own ("PERRIS,
//     Calif. -"), "Grapevine Elementary", and the boy as "Ezekiel" and
//     "Ezequiel" (Spanish "qu" for the English k);
//   - 370264 (a boy killed by a stray bullet in El Dorado, Arkansas): "the
//     Union County jail", a county named with an organisation's word;
//   - 381433 (four people shot in Hopewell, Virginia): "the 500 block of
//     N. 7th Ave.", the station's "Report an Error or Submit a Tip to
//     NBC12" under the story, and "Crime Solvers", a tip line.
func TestDatelinesOfficesAndSchools(t *testing.T) {
	cases := map[string]map[string]string{
		"309330": {"Comanche": news.EntityPlace, "Duncan Banner": news.EntityOrganization},
		"337111": {"Gary": news.EntityPlace, "Methodist Hospitals Northlake Campus": news.EntityOther},
		"332732": {"Milwaukee County Medical Examiner": news.EntityOrganization, "Milwaukee": news.EntityPlace},
		"341451": {"Perris": news.EntityPlace, "Daryl Busch": news.EntityPerson, "Grapevine Elementary": news.EntityOrganization},
		"370264": {"Union County": news.EntityPlace, "El Dorado": news.EntityPlace},
		"381433": {"Crime Solvers": news.EntityOrganization, "William Timothy Faust": news.EntityPerson},
	}
	found := checkIncidentTypes(t, cases)
	wantNoEntity(t, "332732", found["332732"], "Two Milwaukee")
	wantNoEntity(t, "381433", found["381433"], "N", "Error", "Submit", "Tip", "NBC12")
	wantNoEntity(t, "341451", found["341451"], "Perris Mayor Daryl Busch")
	// The boy's name, spelled both ways in one report ("Ezekiel Melendez",
	// "Ezequiel's aunt"): one person.
	_, k := found["341451"]["Ezekiel Melendez"]
	_, qu := found["341451"]["Ezequiel Melendez"]
	if k == qu {
		t.Errorf("341451: Ezekiel Melendez listed %v, Ezequiel Melendez %v: want one of them", k, qu)
	}
	for _, e := range incidentEntities(t, "332732") {
		if e.Name == "Milwaukee County Medical Examiner" && e.Subtype == "news outlet" {
			t.Errorf("the medical examiner's office is typed a news outlet")
		}
	}
}

// TestBallfieldAndPageFurniture reads GVA incident 491181 (five people shot
// at a Brooklyn ballfield, 2013: the calibration half): "Hope Ballfield"
// is a sports ground, not a person, and the page's "Like Us on Facebook"
// names nobody.
func TestBallfieldAndPageFurniture(t *testing.T) {
	found := checkIncidentTypes(t, map[string]map[string]string{
		"491181": {"Hope Ballfield": news.EntityOther, "Ivette Miranda": news.EntityPerson},
	})
	wantNoEntity(t, "491181", found["491181"], "Like Us")
}

// TestTitledPersonOfTheirService reads GVA incident 491819 (2013, the
// calibration half): "according to Sgt. Jeff Thomason of the Oakland Police
// Department" names a person and the department he serves, not one
// organisation of that whole name.
func TestTitledPersonOfTheirService(t *testing.T) {
	found := checkIncidentTypes(t, map[string]map[string]string{
		"491819": {"Jeff Thomason": news.EntityPerson, "Oakland Police Department": news.EntityOrganization},
	})
	wantNoEntity(t, "491819", found["491819"], "Sgt. Jeff Thomason of the Oakland Police Department")
}

// TestRanchesMesasHousingAndCountries reads GVA calibration incidents whose
// entity tables listed places and sites as people: "Ladera Ranch" (480358,
// fifteen mentions), "Grand Mesa" and "Big Creek Campground" (413257), the
// public housing development "Gravesend Houses" (483788) and the country
// "Costa Rica" (480327).
func TestRanchesMesasHousingAndCountries(t *testing.T) {
	cases := map[string]map[string]string{
		"480358": {"Ladera Ranch": news.EntityPlace},
		"413257": {"Grand Mesa": news.EntityPlace, "Big Creek Campground": news.EntityOther, "Justin Burns": news.EntityPerson},
		"483788": {"Gravesend Houses": news.EntityOther, "Joseph Brown": news.EntityPerson},
		"480327": {"Costa Rica": news.EntityPlace, "Christine Belford": news.EntityPerson},
	}
	for id, want := range cases {
		types := incidentTypes(t, id)
		for name, typ := range want {
			if got, ok := types[name]; !ok {
				t.Errorf("GVA %s: no entity %s", id, name)
			} else if got != typ {
				t.Errorf("GVA %s: %s has type %q, want %q", id, name, got, typ)
			}
		}
	}
}

// TestStateAbbreviationAfterTown reads GVA calibration incidents 479709
// ("Gary, Ind.") and 480327 ("Wilmington, Del.", "Elkton, Md."), whose
// entity tables listed "Ind", "Del" and "Md" as entities of type other: an
// AP state abbreviation that is also a word is the state after a town and
// a comma.
func TestStateAbbreviationAfterTown(t *testing.T) {
	for id, want := range map[string][]string{"479709": {"Indiana", "Ind"}, "480327": {"Delaware", "Del", "Maryland", "Md"}} {
		ents := incidentEntities(t, id)
		for i := 0; i < len(want); i += 2 {
			k := slices.IndexFunc(ents, func(e news.Entity) bool { return e.Name == want[i] })
			if k < 0 || ents[k].Type != news.EntityPlace || !slices.Contains(ents[k].Aliases, want[i+1]) {
				t.Errorf("GVA %s: no place %s called %s", id, want[i], want[i+1])
			}
		}
		for _, e := range ents {
			if e.Name == "Ind" || e.Name == "Del" || e.Name == "Md" {
				t.Errorf("GVA %s: entity %s of type %s", id, e.Name, e.Type)
			}
		}
	}
	if got := stateOf(t, "The man was shot in Gary, Ind. on Sunday, police said."); got != "Indiana" {
		t.Errorf("Gary, Ind.: %q", got)
	}
}

// stateOf resolves one sentence and returns the place name that holds
// a state abbreviation, or "".
func stateOf(t *testing.T, s string) string {
	t.Helper()
	c := text.NewCorpus([]*text.Doc{text.Analyze(&news.Article{ID: "t", Text: s})}, []string{"s1"})
	for _, e := range entity.Resolve(c).Entities(nil) {
		if e.Type == news.EntityPlace && len(e.Aliases) > 0 {
			return e.Name
		}
	}
	return ""
}

// TestCountryWordAsASpeakersSurname reads GVA calibration incidents 490351
// ("... identified as Gerald Holland", then "said Holland") and 480358
// ("Tustin police Lt. Scott Jordan", then "Jordan said"), whose entity
// tables gave the men's quotes to the countries Netherlands and Jordan: a
// gazetteer's word that speaks, never after a preposition, is the surname
// of the person its report names in full.
func TestCountryWordAsASpeakersSurname(t *testing.T) {
	for id, name := range map[string]string{"490351": "Gerald Holland", "480358": "Scott Jordan"} {
		ents := incidentEntities(t, id)
		k := slices.IndexFunc(ents, func(e news.Entity) bool { return e.Name == name })
		if k < 0 || ents[k].Type != news.EntityPerson || len(ents[k].Aliases) == 0 {
			t.Errorf("GVA %s: no person %s with a short form", id, name)
		}
		for _, e := range ents {
			if e.Name == "Netherlands" || e.Name == "Jordan" {
				t.Errorf("GVA %s: entity %s (%s, role %s)", id, e.Name, e.Type, e.Role)
			}
		}
	}
}

// TestStateAbbreviationsAndStatesAttorneys reads the reports of GVA
// incidents 346621 (a girl of 4 shot in Yonkers, 2015), 311348 (the
// Albuquerque skate park shooting, 2015) and 111416 (a boy shot by his
// friend in Rock Falls, Illinois, 2014), whose entity tables listed the
// datelines' "N.Y." and "N.M." as organisations, and "Whiteside County
// State’s Attorney Trish Joyce" and "Assistant State's Attorney Carol
// Linkowski" as the places "Whiteside County State" and "Assistant State".
func TestStateAbbreviationsAndStatesAttorneys(t *testing.T) {
	cases := map[string]map[string]string{
		"346621": {"New York": news.EntityPlace},
		"311348": {"New Mexico": news.EntityPlace},
		"111416": {"Whiteside County": news.EntityPlace, "Trish Joyce": news.EntityPerson, "Carol Linkowski": news.EntityPerson},
	}
	found := checkIncidentTypes(t, cases)
	wantNoEntity(t, "346621", found["346621"], "N.Y.")
	wantNoEntity(t, "311348", found["311348"], "N.M.")
	wantNoEntity(t, "111416", found["111416"], "Whiteside County State", "Assistant State", "Assistant")
}

// TestListItemsAndStampsNameNobody reads the reports of GVA incidents
// 492366 (the Key Club shooting in New Haven, 2013), 111416 again and
// 302746 (a boy shot by his father in Monroe, Connecticut, 2015). The
// first lists a mayor's proposals as items after a dash ("— Mandate that
// private security ...", "— Review “mosaic” of ..."), the second quotes a
// statute's lettered items ("(a) Except as provided in subsection (c)",
// "(b) Sentence.") and opens a sentence with an inverted condition ("Were
// Brady Osborne being tried as an adult"), and the third prints a page's
// time stamp ("Mon Mar 09 17:08:35 PDT 2015"): each made an entity of a
// capital that only opens an item, a verb or a date.
func TestListItemsAndStampsNameNobody(t *testing.T) {
	cases := map[string]map[string]string{
		"492366": {"Dannel Malloy": news.EntityPerson},
		"111416": {"Brady Osborne": news.EntityPerson},
		"302746": {"Vincent Pizzolato": news.EntityPerson},
	}
	found := checkIncidentTypes(t, cases)
	wantNoEntity(t, "492366", found["492366"], "Ability", "Mandate", "Review")
	wantNoEntity(t, "111416", found["111416"], "Except", "Sentence", "Subsection", "Were Brady Osborne")
	wantNoEntity(t, "302746", found["302746"], "Mon Mar", "Sun Mar")
}

// TestChiefOfDetectives reads the reports of GVA incident 330611 (a
// shooting outside a funeral in Brooklyn, 2015), which quoted "NYPD Chief
// of Detectives Robert Boyce": the speaker was "Detectives Robert Boyce".
// The plural of a title after "of" is the body the title heads.
func TestChiefOfDetectives(t *testing.T) {
	types := wantTypes(t, "330611", map[string]string{"Robert Boyce": news.EntityPerson})
	wantNoEntity(t, "330611", types, "Detectives Robert Boyce")
}

// TestStateWordAfterTown reads GVA incidents 298122 ("TYRONE, Mo. (AP)")
// and 492366 ("NEW HAVEN, Conn., Oct. 27 (UPI)"), whose entity tables
// listed "Mo" and "Conn" as things beside Missouri and Connecticut: a
// state's abbreviation that is also a word is the state after a town and
// its comma, before its dot.
func TestStateWordAfterTown(t *testing.T) {
	cases := map[string]map[string]string{
		"298122": {"Missouri": news.EntityPlace},
		"492366": {"Connecticut": news.EntityPlace},
	}
	found := checkIncidentTypes(t, cases)
	wantNoEntity(t, "298122", found["298122"], "Mo")
	wantNoEntity(t, "492366", found["492366"], "Conn")
}

// TestAmpersandJoinsOneName reads GVA incidents 121031 (the Fort Hood
// shooting of 2014) and 491819 (four shot outside an Oakland salon, 2013),
// both of the calibration half: "Scott & White Hospital" was the place
// "Scott" and "White Hospital", "the Bad Boyz Hair & Barber Salon" two
// people. An ampersand between capitalised words joins one name, a firm's
// or an institution's, never a person's.
func TestAmpersandJoinsOneName(t *testing.T) {
	found := checkIncidentTypes(t, map[string]map[string]string{
		"121031": {"Scott & White Hospital": news.EntityOther},
		"491819": {"Bad Boyz Hair & Barber Salon": news.EntityOrganization},
	})
	wantNoEntity(t, "121031", found["121031"], "White Hospital", "Scott")
	// (Another report writes "the Badd Boyz Hair and Barber Salon": an
	// "and" still parts names.)
	wantNoEntity(t, "491819", found["491819"], "Bad Boyz Hair")
}

// TestPlacesByPrepositionAndCrossing reads GVA incidents 412069 (a girl
// shot in Far Rockaway in 2015) and 421650 (five shot in Cincinnati's
// Evanston in 2015). "shot ... Friday in Far Rockaway" was a person, a
// name of two words that nothing marks, though "in" opens it; "at the
// intersection of Linn and Livingston streets" and "Fairfield and Hewitt
// avenues" named four things that were no places. The girl herself, named
// after "of" and before a possessive, stays a person.
func TestPlacesByPrepositionAndCrossing(t *testing.T) {
	for incident, want := range map[string]map[string]string{
		"412069": {"Far Rockaway": news.EntityPlace, "Wilta Wordsworth": news.EntityPerson, "Nylique Knight": news.EntityPerson},
		"421650": {"Linn": news.EntityPlace, "Livingston": news.EntityPlace, "Fairfield": news.EntityPlace, "Eliot Isaac": news.EntityPerson},
	} {
		// The entity of a name with the most mentions: the place's
		// (s1, s2, s3, s4), not "Wilta’s Far Rockaway apartment" (s3).
		most := map[string]news.Entity{}
		for _, e := range incidentEntities(t, incident) {
			if e.Mentions > most[e.Name].Mentions {
				most[e.Name] = e
			}
		}
		for name, typ := range want {
			if got := most[name].Type; got != typ {
				t.Errorf("%s: %s typed %q, want %q", incident, name, got, typ)
			}
		}
	}
}

// TestSaintsPossessiveInAName reads GVA incident 412069 (a girl shot in
// Far Rockaway in 2015): "She was rushed to St. John’s Episcopal Hospital"
// made a place "St. John" and a facility "Episcopal Hospital"; a saint's
// name keeps its possessive inside the name of what is named after the
// saint.
func TestSaintsPossessiveInAName(t *testing.T) {
	types := incidentTypes(t, "412069")
	if got := types["St. John’s Episcopal Hospital"]; got != news.EntityOther {
		t.Errorf("St. John’s Episcopal Hospital: type %q, want the facility", got)
	}
	for _, name := range []string{"St. John", "Episcopal Hospital"} {
		if _, ok := types[name]; ok {
			t.Errorf("%q is an entity: the hospital's name was cut at its possessive", name)
		}
	}
}
