package cluster_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/text"
)

// gvaPair is two articles of the GVA stream (ids of articles.jsonl.gz) and
// why they must share a story or stay apart. Chosen from the calibration
// years (2013-2015) by the rule: "apart" pairs are two different GVA
// incidents in the same city within a week (incidents.jsonl.gz), told in
// look-alike words; "together" pairs are one incident told by two outlets
// whose headlines share few words.
type gvaPair struct {
	a, b, why string
}

var gvaApart = []gvaPair{
	{"4e2a644f1fa138c1d8d2f25dc99cd74e", "bffb0021397b21552eee8245c3543e85", "Chicago, 16 and 21 June 2013: a shooting in a Chatham club / a family's 'nightmare'"},
	{"dc0f36039a6e32fc710151c0ceb9511c", "0b3227ed16b08d4404304b44483eccae", "Chicago, 25 and 28 June 2013: South Side / Uptown"},
	{"c8f60451b8799982fef1f45957b5d450", "c865d24bc75d37884fbdfb36c9ae1639", "Detroit, 15 and 19 July 2015: four shot on the west side / a boy of 4 shoots himself"},
	{"628ef0e1592f6ffd21293fad2bf516fa", "c2eb884769e26588265b4c364cd888bb", "Detroit, 22 and 29 December 2014: a teen in a robbery / a boy of 9 by accident"},
}

// gvaApartBeyond are pairs chosen from the calibration years' wrong joins
// of the previous round, one for each rule of this round: two towns on one
// day, told in the same words (a New Year's party shooting), and one city's
// two shootings months apart, sharing the city's name and the beat.
var gvaApartBeyond = []gvaPair{
	{"f1e4efdaa53893bf261d1198cec39da7", "1a4770ea48cb3b0fe83d23e8ff6054e5", "McKeesport and Hawthorne, 1 January 2013: two New Year's Eve party shootings (dateline place)"},
	{"98ead9563518a5dfdcd790dc64b2be21", "8a1fc7804df21f10b6cd2acb423f0c82", "Vallejo, 11 February and 1 June 2013: a multiple shooting / a party shooting (a far join resting on the city's name)"},
}

// gvaApartStreet are two incidents of one city within a week, joined
// before the street rule (otherStreet) and kept apart by it: each lead
// places its shooting on another block, and neither names the other's.
// From the calibration years' wrong joins.
var gvaApartStreet = []gvaPair{
	{"8da87ff0d52edeb68a36cc4f843680bf", "99831e7224564399fad90214600c2e63", "Chicago, 22 and 24 August 2014, DNAinfo both: a boy of 3 shot at home in West Garfield Park / a lounge shooting in Auburn Gresham"},
	{"43f46fb6a74e6336345575ab8748bb45", "026bf39330883c0a7a62675afc7b775b", "Killeen, 20 and 21 April 2015: a toddler shot by her father / two women killed in an apartment"},
}

// gvaApartBeatPlace are two incidents of one county or city within a
// week, joined before beatPlace on its name alone (the similarity under
// Threshold, almost all of it the place, which other stories of the
// stream name too) and kept apart by it. From the calibration years'
// wrong joins.
var gvaApartBeatPlace = []gvaPair{
	{"9fb19792a1417ac8581f7e746537aced", "589b56dfe91c558774eb4721774bc9d7", "Greene County, Ala., 5 and 10 September 2015: WTVM 'ALEA: 3-year-old shot and killed in Greene County' / 'Man charged in death of 3 year old son' (another boy)"},
	{"6f1a038beed2c99e6d47066e62a58141", "8aa8e3b336657b994a8a73d76cffa6db", "Toledo, 23 and 25 November 2015: 'Police: 3 members of family fatally shot; suspect killed' / 'Two injured by accidental gunshot in Toledo'"},
}

// gvaApartVictims are two incidents of one place within Grace, joined
// before otherVictims on the place and little else, and kept apart by it:
// their leads count other victims. From the calibration years' wrong
// joins (wave 25).
var gvaApartVictims = []gvaPair{
	{"7aef128998d5db6267024218b74abe5d", "2c3e74eb5d4d11eda84665f4290db3df", "Willowbrook and Compton, 8 November 2014: 'Two Men Critical Following Compton Shooting' / 'Four shot outside Willowbrook apartment' (people hit 4 / 2)"},
	{"dc97a7572c40e92fc68928eae538d3a3", "eaa36878d23bb6691d94244f26cd9c42", "Detroit, 15 and 19 May 2013: a man killed in an argument / four wounded outside a house party (ages 30, 25 / 24, 60, 15)"},
}

// gvaApartMerge are two incidents whose later report was refused by the
// earlier one's story on evidence against the join (apart.go), began a
// story of its own, and was merged back into the story that refused it
// (mergeInto compared the two centroids only) until the refusal was kept
// as a link apart (wave 26). From the calibration years' wrong merges.
var gvaApartMerge = []gvaPair{
	{"528e73d9b6b3dc3c3f219b9c85490c79", "0ba41e824750ffe88ba3049478cc239e", "Louisiana, 27 and 28 May 2015: KSLA 'Caretaker booked after 8-year-old shoots, injures brother' / WAFB 'Police file additional charge against teen girl accused of accid[entally shooting]' (ages 8 / 17: victims, then merged on arrival)"},
	{"95ff0e44cb44b51bd19c4412fbcc7595", "6d0935e2183d6cb3e955a3344e567fd8", "Baltimore, 22 June and 9 July 2013: 'East Baltimore shooting wounds 4, kills 1' / Baltimore Brew 'Mayor to go on safety walk as city shootings escalate' (merged on arrival)"},
}

// gvaTogetherVictims are one incident whose reports count it differently
// (a total against one victim, a victim's age against another's) and that
// still share one story: they share more than the place (a street, a
// name, the club), so otherVictims lets them join.
var gvaTogetherVictims = []gvaPair{
	{"391dfcd20328114b6d80eddde7003ab5", "adb68f9378975999d3becbe519855b9c", "New Haven, 26 and 27 October 2013: Register 'Governor, New Haven mayor denounce violence that left 1 dead' / UPI 'One dead, five injured in shooting at New Haven nightclub' (people hit 6 / 1)"},
	{"95ff0e44cb44b51bd19c4412fbcc7595", "ded907a83ba608aa3abd3cbbe10f9880", "East Baltimore, 22 June 2013: 'East Baltimore shooting wounds 4, kills 1' / 'Four shot, 1 dead in East Baltimore shooting' (people hit 4 / 2: the first lead counts a man killed in another incident too)"},
}

// gvaTogetherStreet is one incident whose two reports write its block
// in two ways ("NE 6th Street", "Northeast Sixth Street").
var gvaTogetherStreet = []gvaPair{
	{"20414759810d4286fa5eed6f3cd61f24", "b69322dd163e2c25324ab11323ed73fe", "Paris, Texas, 10 October 2013: NBC DFW 'Paris Police Investigating Quadruple Murder' / CBS DFW 'Witness Comes Forward'"},
}

// gvaApartChrome are two incidents told by one outlet within days, joined
// before its chrome (sentences it printed before: a copyright line, a
// reporter's contact line) was left out of the evidence (chrome.go). From
// the calibration years' wrong joins.
var gvaApartChrome = []gvaPair{
	{"61956f07a62da3a3de2efb5835f28e57", "3a504b6166d59cbcae8b8bca036f86aa", "Memphis, 19 and 20 August 2014, WMC both: a boy of 8 shoots himself / five shot in an apartment complex"},
	{"7f1a9f66a1d02a061b2db4a19be5056c", "70cdcce9847b41bc78bfa44b8f4bbe7b", "Detroit area, 8 and 9 November 2015, Free Press both: four shot at a Warren hall / a boy of 9 shoots himself"},
	{"2c3503fd29f4dc6b68e035790a0ea478", "e7617f11caba2171fc2410526f47afd2", "Tennessee, 11 and 14 August 2014, WSMV both: a child killed in White County / a search for suspects in Clarksville"},
}

// gvaTogetherChrome is a follow-up months later (a charge) that joins its
// event's story once the chrome of its page no longer dilutes what it
// shares with it (the girl's name, Kent, the drive-by).
var gvaTogetherChrome = []gvaPair{
	{"3eee4801ac86704e3d6a8bdb4a3d1a5f", "35b4d8cf9cbe09a5fc3775391f879ccd", "Kent, 17 April and 21 December 2015: KING 5 'Baby's family wants answers' / Q13 'Gang member charged with murder of 1-year-old girl'"},
}

var gvaTogether = []gvaPair{
	{"dc97a7572c40e92fc68928eae538d3a3", "e5cd1d1d82c11338abec79ecc706f3bf", "CBS Detroit '4 Shot, 1 Killed During Argument' / WXYZ '1 dead, 4 injured'"},
	{"4e2a644f1fa138c1d8d2f25dc99cd74e", "944303a5f5d6cd004328afe0ddcd9981", "WGN 'kills one, injures three' / CBS Chicago '1 Dead, 3 Hurt'"},
	{"77b8e353368174548bdbffb76432783e", "edd4a36b2ad79bad23e81808205b1952", "CBS Chicago '5 Wounded In Uptown' / Tribune '5 shot in Uptown'"},
}

// gvaTogetherHeadline are one incident told by two outlets, split before
// the headline counted twice (headlineTimes) and joined since: among the
// calibration years' wrong splits that the change mended, the three told
// by two different outlets.
var gvaTogetherHeadline = []gvaPair{
	{"b5751d931d2d252b74645c752827ed11", "f9ab7e7834bf0d9a5060b736a7c17e69", "Fox 8 '5-year-old boy killed in drive-by' / NewsNet5 'Suspect arrested in connection with shooting death of 5-year-old'"},
	{"32c31a7e3b817025ef71efa47595dada", "899f7bae3db8db8126220925d9f31a80", "Post-Dispatch '7 slain by Missouri gunman' / KSNT 'Sheriff releases names of 3 rural Missouri shooting victims'"},
	{"eb4f145f69289a52e2f60f7458893020", "810a50aaf9c617ad600149bde97c027e", "Herald 'Man gunned down in car in Hub's first slay of year' / Homicide Watch 'Alex DoSouto, 24, Fatally Shot in Roxbury'"},
}

// gvaTogetherCaseStep are follow-ups weeks to years after their event
// whose headline reports a step of the criminal case (a mistrial, guilty
// pleas, a verdict, a sentence, charges), split before by FarRest and
// joined since the share it asks of them is halved (caseStepRest). From
// the calibration years' wrong splits.
var gvaTogetherCaseStep = []gvaPair{
	{"b317fe916bb492d8a57bede45689c351", "ff4d5ed789f57a295d8044955bb0233c", "Williston, 1 May and 30 October 2013: UPI '5 shot at crab festival' / WCJB 'Judge Declares Mistrial in Williston Crab Fest Shooting'"},
	{"b317fe916bb492d8a57bede45689c351", "f15f3b84ab6887895e587898a1c3c8b5", "Williston, 1 May 2013 and 25 September 2015: UPI '5 shot at crab festival' / Ocala 'Marion County man enters guilty pleas in Crab Fest shooting'"},
	{"cfe390597b8853c21207b2c2a594d77f", "6a41704c2461f135d6c60a40b471c2a5", "Los Banos, 3 April 2013 and 28 February 2014: 'Teens in Los Banos homicide case to be tried as adults' / 'Jury finds Los Banos gang member guilty'"},
	{"ace4442cca438f39348951b42c1da887", "7cd80b8c679ed512f5ecbcf6f56adf90", "Lunenburg, 19 May and 7 November 2013: NBC12 'Man wanted in Lunenburg quadruple shooting' / 'Shooter Accepts 25 Year Prison Sentence'"},
	{"230d53628d50c2c7923d16e5ade2f957", "331675ce24d8d87bcee5008be536a116", "Lake Stevens, 23 November 2014 and 15 March 2015: KIRO '3-year-old boy shot in mouth' / KOMO 'Lake Stevens man faces charges after son, 3, shot himself'"},
}

// gvaKnown are pairs chosen by the same rules that the clusterer still
// places wrongly (docs/clustering.md, "Left out, weak"); the test reports
// them without failing, so that a fix shows.
var gvaKnown = []struct {
	gvaPair
	together bool
}{
	{gvaPair{"c2eb884769e26588265b4c364cd888bb", "38ac68ce672bf4238e73118dafab4d06", "Free Press 'Detroit boy, 9, killed' / CBS Detroit 'Boy Fatally Shot' (split: the CBS report joins an older look-alike story)"}, true},
	{gvaPair{"52ddc440a47046b04b437f333e0221b0", "d2651255a55b913f5c80008fb21d89ae", "Fort Worth, 27 and 28 October 2015: '5 People Injured By Man With A Shotgun In Fort Worth' / 'Five injured in south Fort Worth shooting' (split by beatPlace: the two share the city and a few words)"}, true},
	{gvaPair{"c71051300448d5917fb8597b97de9002", "a1488fe494f74601dd8fbd6a9e4f229f", "Pine Hills, 22 August and 2 September 2015: 'Deputies: 3 men walk into Circle K with gunshots' / WFTV 'Teen charged in shooting that injured 17-year-old' (joined since caseStepRest: a charge for another shooting of the same suburb, 11 days later)"}, false},
}

// TestGVAPairs feeds the GVA calibration years as a stream, in file order
// with their dates, and checks where the chosen pairs land.
func TestGVAPairs(t *testing.T) {
	items, err := clustereval.GVA(filepath.Join(dataDir(t), "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	cal, _ := clustereval.SplitYears(items, 2016)
	r := clustereval.Run(cal, cluster.Options{})
	story := map[string]string{}
	for i, it := range cal {
		story[it.Doc.Article.ID] = r.Pred[i]
	}
	check := func(pairs []gvaPair, together bool) {
		for _, p := range pairs {
			sa, oka := story[p.a]
			sb, okb := story[p.b]
			if !oka || !okb {
				t.Fatalf("%s or %s not in the stream", p.a, p.b)
			}
			if (sa == sb) != together {
				t.Errorf("%s and %s: same story %v, want %v (%s)", p.a, p.b, sa == sb, together, p.why)
			}
		}
	}
	check(gvaApart, false)
	check(gvaApartBeyond, false)
	check(gvaTogether, true)
	check(gvaTogetherHeadline, true)
	check(gvaApartStreet, false)
	check(gvaApartBeatPlace, false)
	check(gvaTogetherStreet, true)
	check(gvaApartChrome, false)
	check(gvaTogetherChrome, true)
	check(gvaTogetherCaseStep, true)
	check(gvaApartVictims, false)
	check(gvaTogetherVictims, true)
	check(gvaApartMerge, false)
	for _, k := range gvaKnown {
		if same := story[k.a] == story[k.b]; same != k.together {
			t.Logf("known error: %s and %s: same story %v (%s)", k.a, k.b, same, k.why)
		} else {
			t.Logf("known error now fixed: %s and %s (%s): move the pair to the checked ones", k.a, k.b, k.why)
		}
	}
}

// TestGVANaive: on the first calibration year of GVA, crosscheck must score
// at least the naive reference's B-cubed F1 (falling below it is a bug).
func TestGVANaive(t *testing.T) {
	items, err := clustereval.GVA(filepath.Join(dataDir(t), "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	y2013, _ := clustereval.SplitYears(items, 2014)
	r := clustereval.Run(y2013, cluster.Options{})
	n := clustereval.Naive(y2013)
	t.Logf("GVA 2013: %d articles, %d incidents; crosscheck %d stories P %.3f R %.3f F1 %.3f; naive %d stories P %.3f R %.3f F1 %.3f",
		r.Articles, r.Gold, r.Stories, r.P, r.R, r.F1, n.Stories, n.P, n.R, n.F1)
	if r.F1 < n.F1 {
		t.Errorf("crosscheck F1 %.3f below the naive reference's %.3f", r.F1, n.F1)
	}
}

// TestExplain: every join of a GVA slice says why, and the reasons hold:
// the similarity reached the threshold, and the terms listed are shared.
func TestExplain(t *testing.T) {
	items, err := clustereval.GVA(filepath.Join(dataDir(t), "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	y2013, _ := clustereval.SplitYears(items, 2014)
	docs := make([]*text.Doc, len(y2013))
	for i, it := range y2013 {
		docs[i] = it.Doc
	}
	joins, names := 0, 0
	refused := map[string]int{}
	for _, s := range cluster.Batch(docs, cluster.Options{Explain: true}) {
		for k, w := range s.Why {
			if s.CopyOf[k] >= 0 {
				continue
			}
			if k == 0 && w == nil {
				t.Errorf("story %s: article %d began it without an explanation", s.ID, s.Docs[k])
				continue
			}
			if w != nil && w.Refused != "" {
				// It began a story: the nearest story was refused, for a
				// reason that holds, or there was no story near at all.
				refused[w.Refused]++
				switch w.Refused {
				case cluster.RefusedScore:
					if w.Score >= w.Threshold {
						t.Errorf("article %d refused at %.3f, above its threshold %.3f", s.Docs[k], w.Score, w.Threshold)
					}
				case cluster.RefusedOwnership, cluster.RefusedOneName, cluster.RefusedPlace, cluster.RefusedStreet, cluster.RefusedBeatPlace, cluster.RefusedVictims:
					if w.Score < w.Threshold {
						t.Errorf("article %d refused for %s, but below the threshold already", s.Docs[k], w.Refused)
					}
				case cluster.RefusedNone:
					if w.Nearest != "" || w.Score != 0 {
						t.Errorf("article %d: no candidate, yet nearest %q at %.3f", s.Docs[k], w.Nearest, w.Score)
					}
				default:
					t.Errorf("article %d: refused for %q", s.Docs[k], w.Refused)
				}
				// What kept it out is below the bar it had to reach.
				if w.Refused != cluster.RefusedPlace && w.Refused != cluster.RefusedStreet && w.Refused != cluster.RefusedNone && (w.Needed <= 0 || w.Had >= w.Needed) {
					t.Errorf("article %d refused for %s: had %.3f, needed %.3f", s.Docs[k], w.Refused, w.Had, w.Needed)
				}
				if w.Refused != cluster.RefusedNone && w.Nearest == "" {
					t.Errorf("article %d refused for %s, with no nearest story", s.Docs[k], w.Refused)
				}
				continue
			}
			if k == 0 {
				t.Errorf("story %s: its first article %d says it joined", s.ID, s.Docs[k])
				continue
			}
			if w == nil {
				t.Fatalf("story %s: article %d joined without an explanation", s.ID, s.Docs[k])
			}
			joins++
			if w.Score < w.Threshold {
				t.Errorf("story %s: joined at %.3f below its threshold %.3f", s.ID, w.Score, w.Threshold)
			}
			if len(w.Shared) == 0 {
				t.Errorf("story %s: a join with no shared term", s.ID)
			}
			for _, e := range w.Shared {
				if e.Term == "" || e.Weight <= 0 {
					t.Errorf("story %s: evidence %+v", s.ID, e)
				}
				if e.Kind == "name" || e.Kind == "phrase" {
					names++
				}
			}
		}
	}
	t.Logf("%d joins explained, %d shared names listed; new stories, nearest refused: %v", joins, names, refused)
	if refused[cluster.RefusedScore] == 0 || refused[cluster.RefusedOneName] == 0 || refused[cluster.RefusedOwnership] == 0 || refused[cluster.RefusedNone] == 0 {
		t.Errorf("refusals %v: a new story without its reason", refused)
	}
	if joins == 0 || names == 0 {
		t.Errorf("%d joins, %d names: nothing explained", joins, names)
	}
}

// TestGVAKeptApart: with --explain, the report refused on evidence against
// the join names the story that refused it (Why.KeptApart), and that story
// stays apart from its own to the end of the stream, though a merge would
// have brought them together (gvaApartMerge).
func TestGVAKeptApart(t *testing.T) {
	items, err := clustereval.GVA(filepath.Join(dataDir(t), "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	cal, _ := clustereval.SplitYears(items, 2016)
	p := gvaApartMerge[0]
	c := cluster.New(cluster.Options{Explain: true})
	var refusing, own string
	for _, it := range cal {
		a := c.Add(it.Doc)
		switch it.Doc.Article.ID {
		case p.a:
			refusing = a.StoryID
		case p.b:
			own = a.StoryID
			if refusing == "" || a.Why == nil || !slices.Contains(a.Why.KeptApart, c.Current(refusing)) {
				t.Fatalf("%s: kept apart from %v, want the story of %s (%s)", p.b, a.Why, p.a, p.why)
			}
		}
	}
	if own == "" || c.Current(own) == c.Current(refusing) {
		t.Errorf("%s and %s end in one story %q (%s)", p.a, p.b, c.Current(own), p.why)
	}
}
