package align_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestFragmentsAreNoClaims reads GVA incident 683142 (six reports of an
// Oklahoma manhunt). Its brief listed "Sunday, 6:30 p.m." and "Monday, 2:38
// a.m." (subheadings of a timeline) and "was wanted on multiple charges,
// ..." (a sentence cut by the page's markup) as agreements. They must
// belong to no claim, while the statements with the same facts still do.
func TestFragmentsAreNoClaims(t *testing.T) {
	claimOf := incidentClaims(t, "683142", 3)
	for _, frag := range []string{"Sunday, 6:30 p.m.", "Monday, 2:38 a.m.", "was wanted on multiple charges"} {
		found, in := claimOf(frag)
		if found == 0 {
			t.Fatalf("no sentence opens with %q: the data changed", frag)
		}
		if in > 0 {
			t.Errorf("%q: %d of %d sentences belong to a claim; a fragment is no claim", frag, in, found)
		}
	}
	// the statements that give the time and the charges whole stay claims
	for _, stmt := range []string{"Around 6:30 p.m. Sunday, officers were called", "Michael Vance, 38, wounded two Wellston officers"} {
		if found, in := claimOf(stmt); found == 0 || in == 0 {
			t.Errorf("%q: %d sentences, %d in a claim; want a claim", stmt, found, in)
		}
	}
}

// TestFurnitureIsNoClaim reads GVA incident 597176 (nine reports of a
// shooting in Bristol, Tennessee). Its brief listed the last sentence of the
// Associated Press's copyright notice as an agreement of two reports, and an
// embedded tweet (its pic.twitter.com link and byline) as a claim of one.
// Neither may belong to a claim; the reports' statements still do.
func TestFurnitureIsNoClaim(t *testing.T) {
	claimOf := incidentClaims(t, "597176", 9)
	noClaim(t, claimOf, "This material may not be published", "Here's the bullet hole near State Farm")
	if found, in := claimOf("Four others were injured including a police officer"); found == 0 || in == 0 {
		t.Errorf("the injured: %d sentences, %d in a claim; want a claim", found, in)
	}
}

// TestCreditsAndEmbedsAreNoClaim reads GVA incident 600398 (ten reports
// of a courthouse shooting in Michigan): a photo credit wholly in
// parentheses, "(Michigan Department of Corrections via AP).", was a
// sentence of the summary, and a tweet embedded with its signature ("—
// Governor Rick Snyder (@onetoughnerd) July 11, 2016") an agreement.
func TestCreditsAndEmbedsAreNoClaim(t *testing.T) {
	claimOf := incidentClaims(t, "600398", 10)
	noClaim(t, claimOf, "(Michigan Department of Corrections via AP)", "MSP has secured the scene")
	pageFurniture(t, true, "(Michigan Department of Corrections via AP).", "MSP has secured the scene. — Governor Rick Snyder (@onetoughnerd) July 11, 2016",
		// GVA 617607 and the stream's most frequent credits
		"Endicott McCray was booked into the Travis County Jail on Aug. 18, 2016 (Travis County Jail Photo)",
		"Mourners gather outside the club on Monday. (AP Photo/Charles Rex Arbogast)", "A vigil was held Sunday night (Photo: WFAA)")
	// a parenthesis inside a statement, and a handle named in running text
	pageFurniture(t, false, "The suspect was identified from a booking photo (provided by the jail) on Monday.", "The gunman (a 44-year-old inmate) was killed.", "(AP) — Two bailiffs were killed (one of them a retired trooper) on Monday.", "The governor (@onetoughnerd) wrote on Monday that the state mourns.")
	if found, in := claimOf("Deputy James Atterberry was also injured"); found == 0 || in == 0 {
		t.Errorf("the injured deputy: %d sentences, %d in a claim; want a claim", found, in)
	}
}

// TestWriterNoteIsNoClaim reads GVA incident 525767 (nine reports of a
// teenager shot in Mt. Pleasant): "Paul Peirce is a Tribune-Review staff
// writer.", the note on the author that closes seven of them, was an
// agreement of seven sources and a sentence of the summary.
func TestWriterNoteIsNoClaim(t *testing.T) {
	noClaim(t, incidentClaims(t, "525767", 9), "Paul Peirce is a Tribune-Review staff writer")
	pageFurniture(t, true, "Megan Guza is a staff writer for Trib Total Media.", "Renatta Signorini is a Tribune-Review staff writer.")
	// statements about a writer or a reporter are news
	pageFurniture(t, false, "Smith is a reporter who was shot in the arm outside the station.", "The victim is a former staff writer for the Tribune-Review and was 44.", "Gustafson is a volunteer firefighter.")
}

// TestBeatAndContactNotesAreNoClaim reads GVA incidents 490351 (a
// gunman firing into a Fourth of July crowd in Pontiac) and 480327 (a
// shooting in a Delaware courthouse). The note on the author in its other
// usual forms, the writer's beat ("Staff writer John Turk covers the
// Oakland County Board of Commissioners, police and general assignment.",
// closing two reports) and the writer's address ("Contact Jessica Parks at
// 610-313-8117; jparks@philly.com, or @JS_Parks on Twitter."), was an
// agreement and a sentence of the summary, and a single-source claim.
func TestBeatAndContactNotesAreNoClaim(t *testing.T) {
	noClaim(t, incidentClaims(t, "490351", 3), "Staff writer John Turk covers")
	noClaim(t, incidentClaims(t, "480327", 4), "Contact Jessica Parks at")
	pageFurniture(t, true, "Harry Harris and David DeBolt cover breaking news.",
		"Contact Taylor Dungjen at tdungjen@theblade.com, or 419-724-6054, or on Twitter @taylordungjen.",
		"Contact Katie Nelson at knelson@bayareanewsgroup.com and follow her at Twitter.com/katienelson210.")
	// a tip line, and what covers what in the news, are the report's own
	pageFurniture(t, false, "Contact Crime Stoppers at (800) 222-8477.", "A white sheet covers the body of the victim on Elm Street.",
		"The Oakland County Sheriff's Office covers the township.", "Anyone with information should contact police at tips@example.org.",
		"Mayor John Smith covers the cost of the funeral, his office said.")
}

// TestTabloidAndAgencyCaptionsAreNoClaim reads GVA incidents 480358 (a
// shooting spree in Orange County) and 483737 (seven shot at a Chicago
// club). A tabloid's report labels each caption and ends it on no stop
// ("Killer: Syed's body is covered by a tarp after his chaotic shooting
// spree ended early on Tuesday morning"): seven were single-source claims,
// one ("House of horrors: Police today identified Syed's first victim
// ...") and the line of links "Map: Shooting Investigation Locations |
// Video: ..." were agreements. A gallery of Getty Images closes each
// caption on the day, the town and the state ("A police vehicle sits
// outside Noah Foods December 28, 2012 in Chicago, Illinois."): nine were
// single-source claims of the Chicago brief, and an Associated Press
// caption ("This undated Watkins family photo shows ...") one more.
func TestTabloidAndAgencyCaptionsAreNoClaim(t *testing.T) {
	spree := incidentClaims(t, "480358", 5)
	noClaim(t, spree, "Killer: Syed's body", "Chatoic scene:", "House of horrors:", "Map: Shooting Investigation", "Fatality: Melvin Edwards")
	// the speaker's words after "said:" and the report's statements stay
	for _, stmt := range []string{"Orange County sheriff's spokesman Jim Amormino said:", "The quickly developing situation came to an end"} {
		if found, in := spree(stmt); found == 0 || in == 0 {
			t.Errorf("%q: %d sentences, %d in a claim; want a claim", stmt, found, in)
		}
	}
	noClaim(t, incidentClaims(t, "483737", 5), "Crime scene tape hangs", "A police vehicle sits outside Noah Foods", "Candles burn in the alley near the spot", "This undated Watkins family photo shows")
	pageFurniture(t, true, "Lafayette police stand outside of the Grand Theater on July 23, 2015 in Lafayette, Louisiana.",
		// the Associated Press's captions open "This ... photo shows"
		"This undated photo provided by the New York State Police shows Kurt R. Meyers, the man being sought.",
		"This photo provided by News 12, shows the scene near the Gravesend Houses in Coney Island, New York on Friday.")
	pageFurniture(t, false, "This shows the police were not ready.", "This photo of the suspect was taken by a neighbor, police said.")
	pageFurniture(t, false, "He was born on May 3, 1990 in Dallas, Texas.", "The shooting happened Dec. 28, 2012, in Chicago, Ill.",
		"Police said the man was shot on December 28 in Chicago, Illinois.")
}

// TestCaptionsAreNoClaim reads GVA incident 598609 (five reports of a
// toddler shot in Minneapolis): a photo caption ("Jasmine Rockymore, left,
// shares a hug ...") opened the summary, and once it left, the caption's
// second sentence ("Rockymore's cousin was involved in the shooting.")
// did; five "Gallery:" captions were
// single-source claims, and the page's stamp ("Updated: 6:45 p.m. |
// Posted: 2:58 p.m.") was a claim as well.
func TestCaptionsAreNoClaim(t *testing.T) {
	noClaim(t, incidentClaims(t, "598609", 5), "Jasmine Rockymore, left,", "Rockymore's cousin was involved", "Gallery: Mourners", "Gallery: Lashea Jones, left,", "Updated: 6:45 p.m.")
	pageFurniture(t, true, "Pastor Danny Givens, front middle, left, and Lashea Jones, front middle, right, watch the casket.",
		"From left, Ann Lee, Tom Lee and Joe Ray stand at the vigil.",
		"Video: Police search the home on Elm Street", "Mourners gather next to the courthouse where two bailiffs were killed, Monday, July 11, 2016.")
	// positional words in running text
	pageFurniture(t, false, "The gunman turned left, then fired twice into the crowd.", "He was shot in the left arm, right leg and back.",
		"On the left, a man in a red shirt can be seen running.", "The driver veered right, struck a pole and fled on foot.",
		"Police said the video: it shows two men running.", "Police identified the victims as Perry Duckles, 20, and 19-year-old Raekwon Manigault (right).")
}

// TestCarouselAndHeadingsAreNoClaim reads two more GVA incidents of 2016.
// In 494378 (a family killed in Chesapeake) one report's page ends on the
// USA TODAY network's video carousel, one paragraph opening "Caption ...":
// its "A body was found inside the vehicle." (a car pulled from a creek in
// another town) was an agreement of three reports, and the carousel's
// trailer fire and bank robbery were single-source claims, some twice. In
// 625854 (a deputy killed in Arkansas) the headlines of three other
// stories, linked between paragraphs, were single-source claims; a line
// whose full stop the page lost is still a claim (GVA 487094: "Stewart was
// charged with involuntary manslaughter ... Tuesday").
func TestCarouselAndHeadingsAreNoClaim(t *testing.T) {
	noClaim(t, incidentClaims(t, "494378", 4), "Caption Vehicle with a body", "A trailer in the 500 block of Randy Lane", "Investigators think a black man in his 30s", "Look for more coverage on WAVY", "(Photo courtesy: Facebook)")
	noClaim(t, incidentClaims(t, "625854", 4), "Arkansas man Tasered by cop sues", "Officer shot, hostage safe after Oregon", "Felon with white pride tattoos")
	// The Orlando police's list of the officials at a news conference
	// (GVA 577157), a title without a verb, was an agreement of three.
	noClaim(t, incidentClaims(t, "577157", 10), "Special Agent In Charge of the Bureau")
	if found, in := incidentClaims(t, "487094", 3)("Stewart was charged with involuntary manslaughter"); found == 0 || in == 0 {
		t.Errorf("a sentence without its full stop: %d sentences, %d in a claim; want a claim", found, in)
	}
}

// TestGalleryFramesAndPlayerNotesAreNoClaim reads two GVA incidents of
// 2016. In 655512 (a drive-by shooting in Houston) the Houston
// Chronicle's gallery printed each caption twice after its counter ("Image
// 6 of 12 A woman died ... (Metro Video) A woman died ..."), and the same
// caption under six frames: seven single-source claims, each a caption
// twice over, and counters in the timeline. The caption itself stays a
// claim, once. In 502747 (a toddler shot in Compton) the video player's
// "Please enable Javascript to watch this video" was an agreement of two
// reports, and an editor's note that the story "has been updated" a claim.
// In 677083 the station's calls to watch its video were claims.
func TestGalleryFramesAndPlayerNotesAreNoClaim(t *testing.T) {
	claimOf := incidentClaims(t, "655512", 3)
	noClaim(t, claimOf, "Image 6 of 12", "(Mark Mulligan / Houston Chronicle) less")
	if found, in := claimOf("A woman died and three men were wounded"); found < 2 || in != 1 {
		t.Errorf("the gallery's caption: %d sentences, %d in a claim; want it printed many times and one print a claim", found, in)
	}
	noClaim(t, incidentClaims(t, "502747", 3), "Please enable Javascript to watch this video", "Editor's Note: This story has been updated")
	// GVA 677083 (a boy killed in a Cleveland Heights restaurant): the
	// station's calls to its live video were single-source claims.
	noClaim(t, incidentClaims(t, "677083", 4), "WATCH LIVE as Daveion Perry", "Watch Perry's afternoon court appearance by clicking here")
	pageFurniture(t, true, "(Mark Mulligan / Houston Chronicle) less", "(Metro Video) more")
	pageFurniture(t, false, "He said he could not do more", "(The figure was revised) less than an hour later")
}

// TestMenuIsNoClaim reads GVA incident 150344 (five teens shot after a
// basketball tournament in Memphis, 2014), where the station's menu of
// links, "Get the latest from WMC Action News 5 anytime: iPhone | iPad |
// Android | SMS Alerts | ...", was a single-source claim of two reports. A
// line that bars set apart in long items is none.
func TestMenuIsNoClaim(t *testing.T) {
	noClaim(t, incidentClaims(t, "150344", 4), "Get the latest from WMC Action News 5 anytime")
	pageFurniture(t, true, "FREE APPS | NOW | FACEBOOK | TWITTER")
	pageFurniture(t, false, "MORE ON THIS STORY: Biden honors all officers: 'We owe you' | Baton Rouge shooter may have embraced bizarre outlook | Officer Matthew Gerald's end | of the day")
}

// pageFurniture checks that align.PageFurniture takes each sentence for
// page furniture, or (want false) for none.
func pageFurniture(t *testing.T, want bool, sents ...string) {
	t.Helper()
	for _, s := range sents {
		if align.PageFurniture(s) != want {
			t.Errorf("PageFurniture(%q) = %v, want %v", s, !want, want)
		}
	}
}

// noClaim checks that the sentences opening with each prefix, page
// furniture, exist and belong to no claim.
func noClaim(t *testing.T, claimOf func(string) (int, int), prefixes ...string) {
	t.Helper()
	for _, furniture := range prefixes {
		found, in := claimOf(furniture)
		if found == 0 {
			t.Fatalf("no sentence opens with %q: the data changed", furniture)
		}
		if in > 0 {
			t.Errorf("%q: %d of %d sentences belong to a claim; page furniture is no claim", furniture, in, found)
		}
	}
}

// incidentClaims aligns the reports of one GVA incident (at least min of
// them) and returns a function that counts the sentences opening with a
// prefix, and how many of them belong to a claim.
func incidentClaims(t *testing.T, incident string, min int) func(prefix string) (found, inClaim int) {
	t.Helper()
	c, r := gvaStory(t, incident, min)
	return func(prefix string) (found, inClaim int) {
		for d, doc := range c.Docs {
			for s, sent := range doc.Sentences {
				if strings.HasPrefix(sent.Text, prefix) {
					found++
					if r.Of[d][s] >= 0 {
						inClaim++
					}
				}
			}
		}
		return found, inClaim
	}
}

// gvaStory aligns the reports of one GVA incident (at least min of them)
// and returns the corpus and its alignment.
func gvaStory(t *testing.T, incident string, min int) (*text.Corpus, *align.Result) {
	t.Helper()
	arts, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), incident)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*text.Doc
	var ids []string
	for _, a := range arts {
		docs = append(docs, text.Analyze(a))
		ids = append(ids, a.ID)
	}
	if len(docs) < min {
		t.Fatalf("incident %s: %d reports, want %d", incident, len(docs), min)
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(c.Docs))
	return c, align.Align(c)
}

// TestFragmentLookAlikes: sentences that look like fragments but state
// something stay claims (units of alignment): a headline whose verb the
// tagger misses, a statement opening on a time, a sentence without a
// tagged verb. Real sentences of ECB+ 37ecbplus, 7ecb and the GVA data.
func TestFragmentLookAlikes(t *testing.T) {
	for _, s := range []string{
		"Strong earthquake hits Indonesia's Aceh province",
		"Around 6:30 p.m. Sunday, officers were called to reports of shots fired in the Wellston area in Lincoln County.",
		"He's an extremely competitive guy.",
		// 38ecbplus: the end of "a magnitude 4.6", cut at its decimal point
		"6 was recorded in the North Bay this morning, according to the U. S. Geological Survey.",
		"Monday afternoon, the Oklahoma Highway Patrol said authorities believe Vance is driving a silver 2007 Mitsubishi Eclipse.",
	} {
		doc := text.Analyze(testArticle(s))
		if align.Trivia(doc, 0) {
			t.Errorf("%q is taken for a fragment", s)
		}
	}
}

func testArticle(s string) *news.Article { return &news.Article{ID: "t", Text: s} }

// TestVideoListIsNoClaim reads GVA incident 491265 (a rampage in Hialeah in
// 2013), one of whose three reports is nothing but a page's list of videos,
// each line a clip's length and another story's title ("1:08 Goran Dragic
// says Heat 'can get better' Pause"): they were six single-source claims.
// A clock time with its zone opening a dateline stays a sentence.
func TestVideoListIsNoClaim(t *testing.T) {
	claimOf := incidentClaims(t, "491265", 3)
	noClaim(t, claimOf, "1:08 Goran Dragic", "0:34 Miss Universe", "1:01 ATV rider", "1:19 A day with JT", "1:34 5 Cubans")
	if found, in := claimOf("By the time a SWAT team stormed"); found == 0 || in == 0 {
		t.Errorf("the rampage: %d sentences, %d in a claim; want a claim", found, in)
	}
	d := text.Analyze(&news.Article{Text: "16:58 PDT SAN FRANCISCO -- A 24-year-old man was killed on Mission Street, police said."})
	if align.Furniture(d, 0) {
		t.Errorf("%q is taken for a video's title", d.Sentences[0].Text)
	}
}

// TestWeatherAlertsAndArchiveCreditsAreNoClaim reads two GVA incidents of
// 2013-2015. One report of 478948 (four women killed in Tulsa) is a
// television station's page whose text is the banners of the National
// Weather Service's alerts ("Tornado Watch issued May 8 at 7:41PM CDT
// expiring May 9 at 3:00AM CDT in effect for: McCurtain"): a claim of each,
// and some eighty counties in the entity table. In 428781 (a boy's death in
// Las Vegas) a photo caption closed by an archive credit ("(File/FOX5)")
// was in the summary.
func TestWeatherAlertsAndArchiveCreditsAreNoClaim(t *testing.T) {
	noClaim(t, incidentClaims(t, "478948", 4), "Tornado Watch issued", "Areal Flood Advisory issued", "Flash Flood Warning issued")
	noClaim(t, incidentClaims(t, "428781", 3), "A roll of crime scene tape lays")
	pageFurniture(t, true, "Special Weather Statement issued June 2 at 4:10PM EDT expiring June 2 at 5:00PM EDT in effect for: Wayne, Oakland")
	pageFurniture(t, false, "A tornado warning was issued at 4 p.m. and remained in effect for an hour.")
	// GVA 483737 (seven shot at a Chicago club, 2013): one report's page
	// is an AP gallery whose captions open on the picture's date, its
	// month abbreviated, and were a dozen single-source claims
	noClaim(t, incidentClaims(t, "483737", 5), "In this Wednesday, Dec. 5, 2012 photo", "In a June 9, 2012 photo")
	pageFurniture(t, true, "In this Monday, Dec. 3, 2012 photo, a man waits to cross 79th street as a school bus passes by.")
	pageFurniture(t, false, "In a video posted online, the suspect said he was sorry.", "In a statement, police said the man was armed.")
	// GVA 480981 (four men killed in Paris, Texas, 2013): a page's stamp
	// in capitals, "P.M." one token, was a date of the timeline
	if !align.TimeLine(text.Tokenize("UPDATED: 9 P.M.", 0)) {
		t.Error("UPDATED: 9 P.M. is not a time line")
	}
	if align.TimeLine(text.Tokenize("Police arrived at 9 P.M.", 0)) {
		t.Error("Police arrived at 9 P.M. is a time line")
	}
}

// TestStationCallsAreNoClaim reads GVA incident 383907 (a girl of three
// shot in Washington in 2015), whose summary and agreements held a station's
// call "Stay with News4 for more details on this developing story.", which
// two of its pages print. A news sentence on staying stays a claim.
func TestStationCallsAreNoClaim(t *testing.T) {
	noClaim(t, incidentClaims(t, "383907", 3), "Stay with News4")
	if !align.Trivia(text.Analyze(testArticle("This is a developing story.")), 0) {
		t.Error(`"This is a developing story." is a claim`)
	}
	if align.Trivia(text.Analyze(testArticle("The boy will stay with his grandmother, police said.")), 0) {
		t.Error("a boy staying with his grandmother is no claim")
	}
}
