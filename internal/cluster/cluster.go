// Package cluster groups articles into stories as they arrive (online story
// clustering). Each arriving article joins the most similar live story, by
// TF-IDF over its informative terms and names, or starts a new story. Time
// is evidence: the article's event time (the lead's date, else its
// publication time) against the story's span sets the similarity needed,
// lower when they agree and rising with the gap when they do not.
// Candidate stories come from an inverted index over terms, never from a
// scan of all stories, so a stream of n articles costs O(n). Copies of one wire text (package dedup) join their
// original's story, and two stories that later evidence shows to be one are
// merged.
package cluster

import (
	"encoding/hex"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Options tune the clusterer. The zero value takes the calibrated defaults
// (docs/clustering.md says how they were found).
type Options struct {
	// Threshold is the similarity from which an article joins a story when
	// the article's or the story's time is unknown.
	Threshold float64
	// AgreeThreshold is the similarity from which an article joins a story
	// whose time span it falls within Grace of: agreeing times are evidence
	// of one story, so less of the wording has to match.
	AgreeThreshold float64
	// TimeSlope and MaxThreshold make the threshold rise with the gap
	// between the article and the story's span beyond Grace:
	// AgreeThreshold + TimeSlope·log2(1 + (gap-Grace)/week), at most
	// MaxThreshold. A follow-up months later that matches the story
	// strongly still joins it; a weak match does not.
	TimeSlope, MaxThreshold float64
	// MergeThreshold is the cosine between two story centroids from which
	// they are merged into one.
	MergeThreshold float64
	// EntityWeight multiplies the weight of names against common words.
	EntityWeight float64
	// Grace is how far an article's time may fall from a story's span and
	// still agree with it. Times are the articles' event times (leadTimes):
	// the first full date of the lead, else the publication time.
	Grace time.Duration
	// DocTerms and StoryTerms bound the terms kept per article and per
	// story centroid; QueryTerms is how many of an article's heaviest terms
	// are looked up in the index, and Candidates how many stories are then
	// scored in full.
	DocTerms, StoryTerms, QueryTerms, Candidates int
	// PostingCap bounds each term's list of stories to the most recently
	// active ones: old stories drop out of the index as they age.
	PostingCap int
	// UndatedThreshold replaces Threshold for an article without a time
	// whose language the time tagger cannot read (all but English): there
	// a missing time says nothing about the article, while an English
	// article without a date in its lead is less likely to report the
	// same event as a dated story.
	UndatedThreshold float64
	// OwnNear and OwnFar are the least ownership (the share of the
	// article's weight held by terms found mostly in the story, see
	// ownership) with which an article joins a story whose time agrees
	// with its own or is unknown (OwnNear), or lies beyond Grace (OwnFar):
	// the shared vocabulary of a beat and the city of a local outlet are in
	// many stories, the names of one event in one.
	OwnNear, OwnFar float64
	// Contrast weighs the article's background similarity (the median of
	// its similarities to the candidate stories, see background), added to
	// the threshold of a dated comparison: in a dense stream of one beat
	// every story resembles the article a little, and only a clear margin
	// above that says it is the same event.
	Contrast float64
	// FarRest is the share of the threshold that a join beyond Grace must
	// reach on the evidence the story owns without its heaviest piece
	// (one name with its phrases): a city's name shared weeks apart is the
	// beat, not the event.
	FarRest float64
	// NearRest is the share of the threshold that a join within Grace,
	// under Threshold (one the agreeing times admit), must reach on its
	// similarity without its heaviest piece when that piece is a place
	// the article's lead names and other stories name too (beatPlace):
	// two shootings of one county in one week share its name and the
	// beat's words, two reports of one shooting something more.
	NearRest float64
	// Window and MaxAge bound the clusterer's memory: copies are looked
	// for among the last Window to 2·Window articles, and a story that has
	// not grown for Window articles and (when times are known) for MaxAge
	// of stream time is retired: no later article joins it.
	Window int
	MaxAge time.Duration
	// Explain asks Add to say why an article joined its story
	// (Assignment.Why); it costs the written form of every term.
	Explain bool
	// Dedup tunes copy detection.
	Dedup dedup.Options
}

// Defaults. Threshold, AgreeThreshold, MaxThreshold, MergeThreshold and
// UndatedThreshold come from the earlier calibration on the odd topics of
// ECB+ and MultiLing; TimeSlope, OwnFar and Contrast from the grid of
// clustereval.Grid on the calibration parts (GVA 2013-2015, ECB+ odd topics
// as given and dated, MultiLing odd topics); OwnNear was set by hand on the
// GVA calibration part, and NearRest on its two rows (as given and moved
// into one year). docs/clustering.md says how, and that Contrast was
// kept after the GVA reporting part had been seen. EntityWeight and Grace
// were not part of any grid.
const (
	DefaultThreshold      = 0.24
	DefaultAgreeThreshold = 0.08
	DefaultTimeSlope      = 0.03
	DefaultMaxThreshold   = 0.35
	DefaultMergeThreshold = 0.40
	DefaultEntityWeight   = 3.0
	// DefaultUndatedThreshold was calibrated apart, on the odd topics of
	// the six MultiLing translations, with the others fixed.
	DefaultUndatedThreshold = 0.12
	DefaultGrace            = 3 * 24 * time.Hour
	DefaultOwnNear          = 0.03
	DefaultOwnFar           = 0.1
	DefaultContrast         = 1
	DefaultFarRest          = 0.45
	DefaultNearRest         = 0.3
	DefaultWindow           = 10000
	DefaultMaxAge           = 30 * 24 * time.Hour
)

// week is the unit of the threshold's rise with time.
const week = 7 * 24 * time.Hour

func (o Options) withDefaults() Options {
	set := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	setf := func(p *float64, v float64) {
		if *p == 0 {
			*p = v
		}
	}
	setf(&o.Threshold, DefaultThreshold)
	setf(&o.AgreeThreshold, DefaultAgreeThreshold)
	setf(&o.TimeSlope, DefaultTimeSlope)
	setf(&o.MaxThreshold, DefaultMaxThreshold)
	setf(&o.MergeThreshold, DefaultMergeThreshold)
	setf(&o.EntityWeight, DefaultEntityWeight)
	setf(&o.UndatedThreshold, DefaultUndatedThreshold)
	if o.TimeSlope < 0 { // a negative slope asks for none
		o.TimeSlope = 0
	}
	if o.Grace <= 0 {
		o.Grace = DefaultGrace
	}
	set(&o.DocTerms, 100)
	set(&o.StoryTerms, 300)
	set(&o.QueryTerms, 20)
	set(&o.Candidates, 20)
	set(&o.PostingCap, 64)
	setf(&o.OwnNear, DefaultOwnNear)
	setf(&o.OwnFar, DefaultOwnFar)
	setf(&o.Contrast, DefaultContrast)
	setf(&o.FarRest, DefaultFarRest)
	if o.FarRest < 0 { // a negative share asks for none
		o.FarRest = 0
	}
	setf(&o.NearRest, DefaultNearRest)
	if o.NearRest < 0 {
		o.NearRest = 0
	}
	if o.Contrast < 0 { // a negative contrast asks for none
		o.Contrast = 0
	}
	set(&o.Window, DefaultWindow)
	if o.MaxAge <= 0 {
		o.MaxAge = DefaultMaxAge
	}
	return o
}

// Assignment says where an arriving article went.
type Assignment struct {
	StoryID string
	New     bool   // the article started StoryID
	CopyOf  string // the id of the article this one copies, "" if none
	// Merged lists the stories merged into StoryID by this arrival; their
	// ids are no longer used.
	Merged []string
	// Score is the article's similarity to the story it joined (0 for a
	// new story, 1 for a copy).
	Score float64
	// Why is the evidence of the decision, with Options.Explain.
	Why *Why
}

// Why explains an article's placement: the similarity it reached, the
// threshold it had to reach (set by the time gap), the names it shares and
// the share of its weight the story owns (both gates of distinct), and the
// terms it shares with the story, heaviest first, each with its
// share of the similarity.
type Why struct {
	Score     float64 `json:"score"`
	Threshold float64 `json:"threshold"`
	GapDays   float64 `json:"gap_days"` // -1 when a time is unknown
	// Background is the median similarity of the article to the candidate
	// stories that own almost none of it (part of the threshold, see
	// Options.Contrast and background).
	Background float64 `json:"background"`
	// Names is how many names and numbers it shares with the story.
	Names int `json:"names"`
	// Ownership is the share of the article's weight held by terms that
	// are mostly the story's (ownership).
	Ownership float64 `json:"ownership"`
	// Heaviest is the part of the score held by the heaviest piece of
	// shared evidence (one name with its stem and the phrases it is part
	// of); Owned the part held by terms of the story, each weighed by how
	// much it is the story's (share), and OwnedRest the same without the
	// heaviest piece (Options.FarRest).
	Heaviest  float64    `json:"heaviest"`
	Owned     float64    `json:"owned"`
	OwnedRest float64    `json:"owned_rest"`
	Shared    []Evidence `json:"shared,omitempty"`
	// For an article that began a story: the story it came nearest to
	// joining, and why it did not.
	// Refused is RefusedNone, with no Nearest, when no story of its
	// language shared one of its heaviest terms. Had and Needed are the
	// figure that kept the nearest story out and the bar it missed: the
	// similarity and the threshold, the ownership and its minimum, or the
	// similarity owned without the heaviest name and FarRest times the
	// threshold (both zero for a place refused, and for RefusedNone).
	Nearest string  `json:"nearest,omitempty"`
	Refused string  `json:"refused,omitempty"`
	Had     float64 `json:"had,omitempty"`
	Needed  float64 `json:"needed,omitempty"`
	// Conflict names identifying details of one slot on which the
	// article's lead and the story's leads disagree ("person: david
	// tennant / peter capaldi"); "" when none. Read, not used to decide:
	// it does not separate right joins from wrong ones (conflict.go).
	Conflict string `json:"conflict,omitempty"`
	// BeforeBurst: the article is dated more than Grace before the first
	// of the story's reports, which all came within Grace of one another,
	// so its threshold is at least MaxThreshold (burstFloor).
	BeforeBurst bool `json:"before_burst,omitempty"`
	// OtherYears: a time is unknown, and the article's lead names years
	// and the story's leads name others, none the same, so its threshold
	// is at least MaxThreshold (years.go).
	OtherYears bool `json:"other_years,omitempty"`
	// YearsApart: the article lies more than two years from the story,
	// and its lead names years, none of the story's, so it does not join
	// (years.go).
	YearsApart bool `json:"years_apart,omitempty"`
	// Victims names how the article's lead and the story's leads count
	// other victims ("people hit: 4 / 1", "ages: 17 / 8"; victims.go),
	// "" when they do not; a join within Grace resting on little more
	// than one piece is refused for it (RefusedVictims).
	Victims string `json:"victims,omitempty"`
	// KeptApart lists the stories that refused the article on evidence
	// against the join (another place, street or count of victims): its
	// story is never merged with them (apart.go).
	KeptApart []string `json:"kept_apart,omitempty"`
}

// Evidence is one term an article shares with a story.
type Evidence struct {
	// Kind is name, phrase (a run of names), number, or word (a content
	// word's stem). Days are not terms: they set the time gap.
	Kind   string  `json:"kind"`
	Term   string  `json:"term"`
	Weight float64 `json:"weight"`
}

// explainShown is how many shared terms an explanation lists.
const explainShown = 12

func (c *Clusterer) explain(p prepared, s int, score, bg float64) *Why {
	st := c.stories[s]
	w := &Why{Score: score, Threshold: c.joinThreshold(st, p, bg), Background: bg, GapDays: -1, Names: c.sharedNames(p, s), Ownership: c.ownership(p, s)}
	w.Heaviest, w.OwnedRest, w.Owned = c.evidence(p, s)
	w.Conflict = st.det.conflict(st.n, p.details)
	w.Victims = st.toll.clash(p.toll)
	if g := c.articleGap(st, p); g != unknown {
		w.GapDays = g.Hours() / 24
		w.BeforeBurst = c.burstFloor(st, p, g) > 0
		w.YearsApart = st.yearsApart(p.years, g)
	} else {
		w.OtherYears = hasTimeTagger(p.lang) && st.otherYears(p.years)
	}
	if st.norm == 0 {
		return w
	}
	for _, x := range p.vec {
		cw := st.centroid[x.t]
		if cw == 0 {
			continue
		}
		kind, term, _ := strings.Cut(p.labels[x.t], ":")
		w.Shared = append(w.Shared, Evidence{Kind: kindNames[kind], Term: term, Weight: x.w * cw / st.norm})
	}
	sort.SliceStable(w.Shared, func(i, j int) bool { return w.Shared[i].Weight > w.Shared[j].Weight })
	if len(w.Shared) > explainShown {
		w.Shared = w.Shared[:explainShown]
	}
	return w
}

var kindNames = map[string]string{
	string(kindWord): "word", string(kindEntity): "name", string(kindPhrase): "phrase",
	string(kindNumber): "number",
}

// story is one story's state: its centroid (the sum of its articles' unit
// vectors, pruned to the heaviest terms), size, time span and language.
type story struct {
	id          string
	centroid    map[term]float64
	norm        float64
	count       map[term]int32 // members holding each term
	times       []time.Time    // event times of the first and latest members
	places      []place        // its members' dateline places (keptPlaces at most)
	det         storyDetails   // its members' leads' details (conflict.go)
	streets     []street       // its members' streets (keptStreets at most)
	n           int
	first, last time.Time
	lang        string
	into        int // index of the story this one was merged into, or -1
	lastSeq     int // the clusterer's article count when it last grew
	retired     bool
	years       map[int]bool // its members' lead years (keptYears at most)
	toll        storyToll    // its members' leads' victims (victims.go)
	// apart are the stories a member was refused on evidence against the
	// join (apart.go): never merged with this one.
	apart []int32
}

// revive gives a retired story empty vectors again (Seed of an old story).
func (c *Clusterer) revive(s int) {
	st := c.stories[s]
	st.retired = false
	st.centroid, st.count = map[term]float64{}, map[term]int32{}
	c.oldestLive = min(c.oldestLive, s)
}

// Clusterer assigns a stream of articles to stories. It is not safe for
// concurrent use.
type Clusterer struct {
	opt      Options
	df       map[term]int32
	ndocs    map[string]int // per language
	stories  []*story
	byID     map[string]int
	postings map[term][]int32
	cp       *copies
	casing   casing
	outlets  map[string]*outletNames
	chrome   map[string]*printed // per outlet (chrome.go)
	seq      int                 // articles added so far
	lastID   string              // id of the article added last
	now      time.Time
	// stories before oldestLive are all retired or merged (retire).
	oldestLive int
}

// New returns an empty clusterer.
func New(opt Options) *Clusterer {
	c := &Clusterer{
		opt:      opt.withDefaults(),
		df:       map[term]int32{},
		ndocs:    map[string]int{},
		byID:     map[string]int{},
		postings: map[term][]int32{},
		casing:   casing{},
		outlets:  map[string]*outletNames{},
		chrome:   map[string]*printed{},
	}
	c.cp = newCopies(c.opt.Dedup, c.opt.Window)
	return c
}

func (c *Clusterer) articleID(d *text.Doc) string {
	c.seq++
	c.lastID = ArticleID(d.Article, c.seq-1)
	return c.lastID
}

// ArticleID is the id by which an article is named in stories: its ID, else
// its file, else its URL, else "a" and its 1-based place i+1 in the input.
func ArticleID(a *news.Article, i int) string {
	switch {
	case a.ID != "":
		return a.ID
	case a.File != "":
		return a.File
	case a.URL != "":
		return a.URL
	}
	return "a" + strconv.Itoa(i+1)
}

// StoryID returns the id of a new story started by the article with id
// articleID: "st-" and 12 hex digits of its hash, stable across runs.
func StoryID(articleID string) string {
	var b [8]byte
	h := xxhash.Sum64String(articleID)
	for i := range b {
		b[i] = byte(h >> (8 * i))
	}
	return "st-" + hex.EncodeToString(b[:6])
}

// prepared is an article ready to be placed.
type prepared struct {
	id     string
	vec    []weighted
	group  []int32       // group[i]: the piece of evidence vec[i] belongs to (groups)
	labels labels        // written forms of the terms (Options.Explain)
	days   []time.Time   // the days the lead names (leadTimes)
	place  place         // where its dateline says it was filed (dateline)
	names  map[term]bool // the names it holds
	words  map[term]int  // its words' terms
	blocks []street      // the streets of the blocks its lead names (leadStreets)
	keys   []uint64      // its sentences' keys (sentenceKeys)
	outlet string
	sig    *dedup.Signature
	doc    *text.Doc
	// lead holds the places its lead names, read when first asked
	// (beatPlace): few joins need them.
	lead *leadPlaces
	when time.Time
	lang string
	// caseStep: its headline reports a step of a criminal case (an
	// arrest, a charge, a plea, a trial, a sentence): a follow-up of an
	// earlier event (farRest).
	caseStep bool
	years    []int // the years its lead names (years.go)
	toll     toll  // the victims its lead counts (victims.go)

	// details are its lead's identifying details (conflict.go), read
	// with Options.Explain only.
	details []detail
}

func (c *Clusterer) prepare(d *text.Doc) prepared {
	var lab labels
	if c.opt.Explain {
		lab = labels{}
	}
	c.casing.count(d)
	words, ents, grp := termCounts(d, lab, c.casing.isName)
	when, days := leadTimes(d)
	salt := xxhash.Sum64String(d.Language)
	// The names the article holds, before its outlet's boilerplate is cut
	// (a station's own city is still a place it names; see otherPlace).
	names := make(map[term]bool, len(ents))
	for t := range ents {
		names[t^salt] = true
	}
	// Sentences its outlet printed before are chrome or background
	// (chrome.go), not evidence.
	keys := sentenceKeys(d)
	c.dropChrome(d, keys, words, ents)
	c.boilerplate(d.Article.Outlet, ents, when)
	// Terms, document frequencies and document counts are kept per
	// language: a French article's "de" must be weighed against French
	// articles, where it is in all of them, not against all articles, where
	// it looks rare. Without stop lists for most languages, IDF within the
	// language is what silences their function words.
	words, ents, grp = salted(words, salt), salted(ents, salt), grp.salted(salt)
	if lab != nil && salt != 0 {
		sl := make(labels, len(lab))
		for t, l := range lab {
			sl[t^salt] = l
		}
		lab = sl
	}
	c.ndocs[d.Language]++
	for t := range words {
		c.df[t]++
	}
	for t := range ents {
		c.df[t]++
	}
	n := float64(c.ndocs[d.Language])
	idf := func(t term) float64 { return math.Log((n+1)/float64(c.df[t]+1)) + 1 }
	vec := vectorize(words, ents, idf, c.opt.EntityWeight, c.opt.DocTerms)
	return prepared{
		labels: lab,
		id:     c.articleID(d),
		vec:    vec,
		group:  groupIndex(vec, grp),
		sig:    dedup.Sign(d),
		when:   when,
		days:   days,
		place:  placeOf(dateline(d.Article.Text), salt, c.casing.isName),
		names:  names,
		words:  words,
		blocks: leadStreets(d, salt),
		keys:   keys,
		outlet: d.Article.Outlet,
		lang:   d.Language,
		doc:    d,
		lead:   &leadPlaces{},

		caseStep: reportsCaseStep(d.Language, d.Article.Title),
		years:    leadYears(d),
		toll:     leadToll(d),
	}
}

// Add places an arriving article: with the story of the article it copies,
// else with the most similar story at or above Threshold, else in a new
// story. Then it merges into that story any candidate story whose centroid
// has become close enough.
func (c *Clusterer) Add(d *text.Doc) Assignment {
	p := c.prepare(d)
	p.details = c.leadDetails(d)
	m, isCopy := c.cp.add(p.sig, p.id)
	var a Assignment
	target := -1
	if isCopy {
		a.CopyOf = m.root
		// A copy joins its original's story, unless the story lies more
		// than Grace and a week from it: a wire text run again months
		// later is news again, and starts a story of its own (still
		// marked a copy).
		if s := c.resolve(int(m.story)); !c.stories[s].retired && c.gap(c.stories[s], p.when) <= c.opt.Grace+week {
			target = s
			a.Score = 1
		}
	}
	cands := c.candidates(p)
	// Only stories the article itself resembles may be merged on its
	// arrival: the article is the new evidence that links them, and the
	// centroid-to-centroid test is the costliest step per arrival. A story
	// that refused it on evidence against the join is never merged with
	// its story (keepApart).
	var bridged []int
	sims := make([]float64, len(cands))
	for i, s := range cands {
		sims[i] = c.similarity(p, s)
	}
	bg := c.background(p, cands, sims)
	best, bestSim, bestMargin := -1, 0.0, -1.0
	nearest, nearestSim, nearestWhy := -1, 0.0, ""
	var against []int // stories refused on evidence against the join
	for i, s := range cands {
		sim := sims[i]
		th, refused := c.verdict(p, s, sim, bg)
		if refusedAgainst(refused) {
			against = append(against, s)
		}
		// The story the article clears its threshold by most wins, not
		// the most similar one: a large story of the beat weeks old may
		// resemble it a little more than the report of its own event of
		// the same day, whose agreeing time is evidence too.
		if refused == "" && sim-th > bestMargin {
			best, bestSim, bestMargin = s, sim, sim-th
		}
		if refused != "" && sim > nearestSim {
			nearest, nearestSim, nearestWhy = s, sim, refused
		}
		if sim >= th/2 {
			bridged = append(bridged, s)
		}
	}
	if target < 0 && best >= 0 {
		target, a.Score = best, bestSim
	}
	if target < 0 {
		target = c.newStory(StoryID(p.id), p)
		a.New = true
	}
	if c.opt.Explain {
		switch {
		case !a.New:
			a.Why = c.explain(p, target, a.Score, bg)
		case nearest >= 0:
			// A new story: why the nearest story was refused.
			a.Why = c.explain(p, nearest, nearestSim, bg)
			a.Why.Nearest, a.Why.Refused = c.stories[nearest].id, nearestWhy
			a.Why.Had, a.Why.Needed = c.shortfall(p, nearest, a.Why, nearestWhy)
		default:
			// A new story, and no story was a candidate at all.
			a.Why = &Why{GapDays: -1, Refused: RefusedNone}
		}
	}
	c.cp.place(int32(target))
	c.join(target, p)
	c.keepApart(target, against)
	if a.Why != nil {
		for _, o := range against {
			if o = c.resolve(o); o != c.resolve(target) {
				a.Why.KeptApart = append(a.Why.KeptApart, c.stories[o].id)
			}
		}
	}
	c.noteSentences(p.outlet, p.keys)
	a.Merged = c.mergeInto(target, bridged, cands)
	a.StoryID = c.stories[c.resolve(target)].id
	c.retire()
	return a
}

// Seed adds a stored article to a known story without deciding anything,
// so that a clusterer restarted from a store carries on where it stopped.
func (c *Clusterer) Seed(d *text.Doc, storyID string) {
	p := c.prepare(d)
	p.details = c.leadDetails(d)
	c.cp.add(p.sig, p.id)
	s, ok := c.byID[storyID]
	if !ok {
		s = c.newStory(storyID, p)
	}
	s = c.resolve(s)
	if c.stories[s].retired {
		c.revive(s)
	}
	c.cp.place(int32(s))
	c.join(s, p)
	c.noteSentences(p.outlet, p.keys)
	c.retire()
}

// Stories is the number of live stories.
func (c *Clusterer) Stories() int {
	n := 0
	for _, s := range c.stories {
		if s.into < 0 {
			n++
		}
	}
	return n
}

func (c *Clusterer) resolve(s int) int {
	for c.stories[s].into >= 0 {
		s = c.stories[s].into
	}
	return s
}

func (c *Clusterer) newStory(id string, p prepared) int {
	if _, taken := c.byID[id]; taken {
		// Two articles with one id: keep story ids unique all the same.
		id = StoryID(id + "#" + strconv.Itoa(len(c.stories)))
	}
	c.stories = append(c.stories, &story{id: id, centroid: map[term]float64{}, count: map[term]int32{}, lang: p.lang, into: -1})
	c.byID[id] = len(c.stories) - 1
	return len(c.stories) - 1
}

// candidates returns the live stories that share one of the article's
// heaviest terms, the best Candidates of them by the weight they share.
func (c *Clusterer) candidates(p prepared) []int {
	acc := map[int]float64{}
	for i, x := range p.vec {
		if i >= c.opt.QueryTerms {
			break
		}
		for _, s := range c.postings[x.t] {
			r := c.resolve(int(s))
			if !c.stories[r].retired && c.compatible(c.stories[r], p) {
				acc[r] += x.w
			}
		}
	}
	out := make([]int, 0, len(acc))
	for s := range acc {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if acc[out[i]] != acc[out[j]] {
			return acc[out[i]] > acc[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > c.opt.Candidates {
		out = out[:c.opt.Candidates]
	}
	return out
}

// compatible reports whether an article may join a story at all: the same
// language (a translation is another text, and words shared across
// languages are mostly names, which would pull unrelated stories together).
// A text whose language could not be told stays with others of its kind.
func (c *Clusterer) compatible(s *story, p prepared) bool {
	return s.lang == p.lang
}

// groupIndex numbers the groups of the vector's terms: terms of one name
// get one number.
func groupIndex(vec []weighted, g groups) []int32 {
	out := make([]int32, len(vec))
	ids := make(map[term]int32, len(vec))
	for i, x := range vec {
		r := g.find(x.t)
		id, ok := ids[r]
		if !ok {
			id = int32(len(ids))
			ids[r] = id
		}
		out[i] = id
	}
	return out
}

// evidence sums the article's similarity to story s by piece of evidence
// (groups): the heaviest piece's share, and the similarity owned by the
// story without it (each term's share weighed by how much it is the
// story's, as in ownership).
func (c *Clusterer) evidence(p prepared, s int) (top, ownedRest, owned float64) {
	_, top, ownedRest, owned = c.heaviest(p, s)
	return top, ownedRest, owned
}

// heaviest is evidence with the group of the heaviest piece (-1 when
// nothing is shared).
func (c *Clusterer) heaviest(p prepared, s int) (tg int32, top, ownedRest, owned float64) {
	st := c.stories[s]
	tg = -1
	if st.norm == 0 {
		return tg, 0, 0, 0
	}
	by := make([]float64, len(p.vec))
	ob := make([]float64, len(p.vec))
	for i, x := range p.vec {
		cw := st.centroid[x.t]
		if cw == 0 {
			continue
		}
		g := p.group[i]
		by[g] += x.w * cw
		ob[g] += x.w * cw * c.share(st, x.t)
		if tg < 0 || by[g] > by[tg] {
			tg = g
		}
	}
	for g := range ob {
		owned += ob[g]
		if int32(g) != tg {
			ownedRest += ob[g]
		}
	}
	if tg >= 0 {
		top = by[tg]
	}
	return tg, top / st.norm, ownedRest / st.norm, owned / st.norm
}

// share is how much term t is story st's: the share of the earlier
// articles holding it that are the story's members.
func (c *Clusterer) share(st *story, t term) float64 {
	n := st.count[t]
	if n == 0 {
		return 0
	}
	df := c.df[t] - 1
	if df < n {
		df = n
	}
	return float64(n) / float64(df)
}

// similarity is the cosine between the article and the story's centroid.
func (c *Clusterer) similarity(p prepared, s int) float64 {
	st := c.stories[s]
	if st.norm == 0 {
		return 0
	}
	var dot float64
	for _, x := range p.vec {
		dot += x.w * st.centroid[x.t]
	}
	return dot / st.norm
}

// unknown is the gap when the article's or the story's time is unknown.
const unknown = time.Duration(-1)

// gap is how far when falls outside the story's time span (0 inside it),
// or unknown.
func (c *Clusterer) gap(st *story, when time.Time) time.Duration {
	if when.IsZero() || st.last.IsZero() {
		return unknown
	}
	switch {
	case when.After(st.last):
		return when.Sub(st.last)
	case when.Before(st.first):
		return st.first.Sub(when)
	}
	// Inside the span: as far as the nearest member's time. A story that
	// has run for years holds every day of them, but its reports fall on
	// a few.
	g := time.Duration(math.MaxInt64)
	for _, t := range st.times {
		g = min(g, absDuration(when.Sub(t)))
	}
	if len(st.times) == 0 {
		return 0
	}
	return g
}

// keptTimes is how many member times a story keeps for gap.
const keptTimes = 16

// articleGap is how far the article falls from the story: from its span by
// the article's event time, or from its first or latest day by a day the
// article's lead names, whichever is nearer. A follow-up
// weeks later names the day of its event ("the July 7, 2005 bombings",
// "Monday's shooting").
func (c *Clusterer) articleGap(st *story, p prepared) time.Duration {
	g := c.gap(st, p.when)
	if st.last.IsZero() {
		return g
	}
	for _, d := range p.days {
		// A named day must be the story's first or latest day, not merely
		// inside its span: a story running for years holds every day.
		dg := min(absDuration(d.Sub(st.first)), absDuration(d.Sub(st.last)))
		if g == unknown || dg < g {
			g = dg
		}
	}
	return g
}

// joinThreshold is threshold plus, when both times are known, Contrast
// times the article's background similarity bg.
func (c *Clusterer) joinThreshold(st *story, p prepared, bg float64) float64 {
	th := c.threshold(st, p)
	if c.articleGap(st, p) != unknown {
		th += c.opt.Contrast * bg
	}
	return th
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// threshold is the similarity an article at time when needs to join story
// st: Threshold when either time is unknown, AgreeThreshold within Grace of
// the story's span, and beyond it a threshold rising with the log of the
// gap in weeks, up to MaxThreshold. The rise is logarithmic, not an
// exponential decay of the similarity: a follow-up a year later that
// matches strongly still belongs to the story.
func (c *Clusterer) threshold(st *story, p prepared) float64 {
	g := c.articleGap(st, p)
	if g == unknown {
		if !hasTimeTagger(p.lang) {
			return c.opt.UndatedThreshold
		}
		if st.otherYears(p.years) {
			// Another occurrence by its year (years.go).
			return max(c.opt.Threshold, c.opt.MaxThreshold)
		}
		return c.opt.Threshold
	}
	if st.yearsApart(p.years, g) {
		// Another occurrence, years apart (years.go): no similarity is
		// enough.
		return 1
	}
	return max(c.opt.AgreeThreshold+c.rise(g), c.burstFloor(st, p, g))
}

// burstFloor is the least threshold of an article whose event lies more
// than Grace before the first member of a burst: a story of burstMembers
// or more members all within Grace of one another (the reports of one
// occurrence). A follow-up comes after its event, not before; an article
// dated days before a burst is another occurrence of the same kind (an
// earlier election, the previous game), which shares the topic's names,
// and it joins only when it resembles the burst as strongly as the
// ceiling of the time rule, MaxThreshold. 0 when the rule does not apply.
// Late after it, the same article could be a follow-up: the rule leaves
// that side to the rising threshold (a floor there cost GVA's follow-ups).
func (c *Clusterer) burstFloor(st *story, p prepared, g time.Duration) float64 {
	if g <= c.opt.Grace || st.n < burstMembers || st.last.Sub(st.first) > c.opt.Grace ||
		!p.when.Before(st.first.Add(-c.opt.Grace)) {
		return 0
	}
	return c.opt.MaxThreshold
}

// burstMembers is how many members make a story a burst (burstFloor).
const burstMembers = 2

// Reasons for refusing a join (Why.Refused).
const (
	RefusedScore     = "similarity below threshold"
	RefusedOwnership = "ownership below minimum"
	RefusedOneName   = "far apart in time and resting on one name"
	RefusedPlace     = "filed from another place"
	RefusedStreet    = "on another street"
	RefusedBeatPlace = "resting on a place other stories name"
	RefusedVictims   = "counting other victims"
	// RefusedNone: no story was a candidate (none of its language shares
	// one of the article's QueryTerms heaviest terms).
	RefusedNone = "no story shares one of its heaviest terms"
)

// shortfall is the figure that kept article p out of story s for the
// reason given, and the bar it had to reach (see Why.Had).
func (c *Clusterer) shortfall(p prepared, s int, w *Why, reason string) (had, needed float64) {
	switch reason {
	case RefusedScore:
		return w.Score, w.Threshold
	case RefusedOwnership:
		return w.Ownership, c.ownMin(p, s)
	case RefusedOneName:
		return w.OwnedRest, c.farRest(p) * w.Threshold
	case RefusedBeatPlace:
		return w.Score - w.Heaviest, c.opt.NearRest * w.Threshold
	case RefusedVictims:
		return w.Score - w.Heaviest, victimRest * w.Threshold
	}
	return 0, 0
}

// verdict is the threshold article p must reach to join story s, and why
// it may not join it at similarity sim ("" when it may): the similarity
// must reach the threshold set by the time gap and the background bg, the
// story must own enough of the article (owned), and beyond Grace the
// similarity the story owns without its heaviest piece of shared evidence
// (evidence) must reach FarRest times the threshold: a shooting in the
// same city weeks later shares the city's name and the words of the beat,
// a follow-up of the same event shares its people, places and numbers.
// Within Grace, a join resting on a place of the beat alone is refused
// (beatPlace).
func (c *Clusterer) verdict(p prepared, s int, sim, bg float64) (th float64, refused string) {
	st := c.stories[s]
	th = c.joinThreshold(st, p, bg)
	switch {
	case sim < th:
		return th, RefusedScore
	case !c.owned(p, s):
		return th, RefusedOwnership
	case c.otherPlace(p, st):
		return th, RefusedPlace
	case c.otherStreet(p, st):
		return th, RefusedStreet
	case c.beatPlace(p, s, sim, th):
		return th, RefusedBeatPlace
	case c.otherVictims(p, s, sim, th):
		return th, RefusedVictims
	}
	if g := c.articleGap(st, p); g != unknown && g > c.opt.Grace {
		if _, rest, _ := c.evidence(p, s); rest < c.farRest(p)*th {
			return th, RefusedOneName
		}
	}
	return th, ""
}

// ownership is the share of the article's weight held by terms that are
// mostly this story's: each term counts by the share of the earlier
// articles holding it that are members of the story. A city named in many
// stories of a stream counts little, a victim's name all its weight.
func (c *Clusterer) ownership(p prepared, s int) float64 {
	st := c.stories[s]
	var o float64
	for _, x := range p.vec {
		n := st.count[x.t]
		if n == 0 {
			continue
		}
		df := c.df[x.t] - 1
		if df < n {
			df = n
		}
		o += x.w * x.w * float64(n) / float64(df)
	}
	return o
}

// owned reports whether enough of the article's weight is held by terms
// that are mostly the story's: OwnNear when its time agrees with the
// story's (or a time is unknown), OwnFar when it falls beyond Grace.
func (c *Clusterer) owned(p prepared, s int) bool {
	min := c.ownMin(p, s)
	return min <= 0 || c.ownership(p, s) >= min
}

// ownMin is the least ownership article p needs to join story s.
func (c *Clusterer) ownMin(p prepared, s int) float64 {
	if g := c.articleGap(c.stories[s], p); g != unknown && g > c.opt.Grace {
		return c.opt.OwnFar
	}
	return c.opt.OwnNear
}

// sharedNames counts the names and numbers the article shares with the
// story: one shared name (the city) is the beat, not the event.
func (c *Clusterer) sharedNames(p prepared, s int) int {
	st := c.stories[s]
	n := 0
	for _, x := range p.vec {
		if x.name && st.centroid[x.t] > 0 {
			n++
		}
	}
	return n
}

// rise is how much a gap between times adds to a threshold.
func (c *Clusterer) rise(g time.Duration) float64 {
	if g <= c.opt.Grace {
		return 0
	}
	r := c.opt.TimeSlope * math.Log2(1+float64(g-c.opt.Grace)/float64(week))
	return min(r, max(c.opt.MaxThreshold-c.opt.AgreeThreshold, 0))
}

// join adds the article to story s: its vector to the centroid, its times
// to the span, and the story to the postings of the article's heaviest terms.
func (c *Clusterer) join(s int, p prepared) {
	st := c.stories[s]
	st.n++
	st.lastSeq = c.seq

	if p.when.After(c.now) {
		c.now = p.when
	}
	for _, x := range p.vec {
		st.centroid[x.t] += x.w
		st.count[x.t]++
	}
	st.addPlace(p.place)
	st.det.add(p.details)
	st.addStreets(p.blocks)
	st.addYears(p.years)
	st.toll.add(p.toll)
	if len(st.centroid) > 2*c.opt.StoryTerms {
		prune(st.centroid, c.opt.StoryTerms)
		for t := range st.count {
			if _, ok := st.centroid[t]; !ok {
				delete(st.count, t)
			}
		}
	}
	st.norm = norm(st.centroid)
	if !p.when.IsZero() {
		if st.first.IsZero() || p.when.Before(st.first) {
			st.first = p.when
		}
		if p.when.After(st.last) {
			st.last = p.when
		}
		if len(st.times) < keptTimes {
			st.times = append(st.times, p.when)
		} else {
			copy(st.times[1:], st.times[2:]) // keep the first, drop the oldest after it
			st.times[len(st.times)-1] = p.when
		}
	}
	for i, x := range p.vec {
		if i >= c.opt.QueryTerms {
			break
		}
		c.post(x.t, int32(s))
	}
}

// post moves story s to the recent end of term t's postings, dropping the
// least recently active story when the list is full.
func (c *Clusterer) post(t term, s int32) {
	l := c.postings[t]
	for i, x := range l {
		if x == s {
			copy(l[i:], l[i+1:])
			l[len(l)-1] = s
			return
		}
	}
	if len(l) >= c.opt.PostingCap {
		copy(l, l[1:])
		l[len(l)-1] = s
		return
	}
	c.postings[t] = append(l, s)
}

// mergeInto merges into story s every candidate story whose centroid is
// close enough to s's: the article that just joined s may have bridged two
// halves of one story that began apart. Close enough is MergeThreshold
// plus the rise of the gap between the two stories' spans; in a language
// without a time tagger, the lower mergeThreshold plus undatedMergeContrast
// times the median cosine of s to the other stories among the article's
// candidates (all), at most
// MergeThreshold, plus that rise: where texts share many words (no stop
// list) every story resembles every other a little, and only a margin
// above that says two are one. The larger story keeps its id.
func (c *Clusterer) mergeInto(s int, cands, all []int) []string {
	var merged []string
	bg := -1.0 // computed when a pair first clears the bare threshold
	for _, o := range cands {
		o = c.resolve(o)
		s = c.resolve(s)
		if o == s {
			continue
		}
		a, b := c.stories[s], c.stories[o]
		if a.lang != b.lang || a.retired || b.retired || c.keptApart(s, o) {
			continue
		}
		cs, th, rise := cosine(a, b), c.mergeThreshold(a.lang), c.spanRise(a, b)
		if cs < th+rise {
			continue
		}
		if th < c.opt.MergeThreshold {
			if bg < 0 {
				bg = c.storyBackground(s, all)
			}
			if cs < min(th+undatedMergeContrast*bg, c.opt.MergeThreshold)+rise {
				continue
			}
		}
		keep, gone := s, o
		if b.n > a.n {
			keep, gone = o, s
		}
		c.absorb(keep, gone)
		merged = append(merged, c.stories[gone].id)
	}
	return merged
}

// mergeThreshold is the centroid cosine from which two stories of language
// lang merge: MergeThreshold, scaled for a language without a time tagger
// as its join threshold is (UndatedThreshold against Threshold): their
// texts share fewer weighted words with their story, so their centroids
// do with each other.
func (c *Clusterer) mergeThreshold(lang string) float64 {
	if hasTimeTagger(lang) {
		return c.opt.MergeThreshold
	}
	return c.opt.MergeThreshold * c.opt.UndatedThreshold / c.opt.Threshold
}

// storyBackground is the median cosine of story s to the other live
// stories among all (zero under three of them).
func (c *Clusterer) storyBackground(s int, all []int) float64 {
	s = c.resolve(s)
	var xs []float64
	for _, o := range all {
		if o = c.resolve(o); o != s && !c.stories[o].retired {
			xs = append(xs, cosine(c.stories[s], c.stories[o]))
		}
	}
	return median(xs)
}

// spanRise is how much the gap between two stories' time spans raises the
// merge threshold (0 when either is undated or they overlap).
func (c *Clusterer) spanRise(a, b *story) float64 {
	if a.last.IsZero() || b.last.IsZero() {
		return 0
	}
	if b.first.After(a.last) {
		return c.rise(b.first.Sub(a.last))
	}
	if a.first.After(b.last) {
		return c.rise(a.first.Sub(b.last))
	}
	return 0
}

func (c *Clusterer) absorb(keep, gone int) {
	k, g := c.stories[keep], c.stories[gone]
	for t, w := range g.centroid {
		k.centroid[t] += w
	}
	for t, n := range g.count {
		k.count[t] += n
	}
	if len(k.centroid) > 2*c.opt.StoryTerms {
		prune(k.centroid, c.opt.StoryTerms)
	}
	k.norm = norm(k.centroid)
	k.n += g.n
	if !g.first.IsZero() && (k.first.IsZero() || g.first.Before(k.first)) {
		k.first = g.first
	}
	if g.last.After(k.last) {
		k.last = g.last
	}
	g.into = keep
	k.det.absorb(&g.det)
	for y := range g.years {
		k.addYears([]int{y})
	}
	g.det = storyDetails{}
	k.toll.absorb(g.toll)
	g.toll = storyToll{}
	k.apart = append(k.apart, g.apart...)
	g.apart = nil
	k.times = append(k.times, g.times...)
	if len(k.times) > keptTimes {
		k.times = append(k.times[:1], k.times[len(k.times)-keptTimes+1:]...)
	}
	g.centroid, g.count, g.times = nil, nil, nil
	c.byID[g.id] = keep
}

func cosine(a, b *story) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	x, y := a.centroid, b.centroid
	if len(y) < len(x) {
		x, y = y, x
	}
	var dot float64
	for t, w := range x {
		dot += w * y[t]
	}
	return dot / (a.norm * b.norm)
}

func norm(m map[term]float64) float64 {
	var s float64
	for _, w := range m {
		s += w * w
	}
	return math.Sqrt(s)
}

// prune keeps the k heaviest terms of a centroid.
func prune(m map[term]float64, k int) {
	ws := make([]float64, 0, len(m))
	for _, w := range m {
		ws = append(ws, w)
	}
	sort.Float64s(ws)
	cut := ws[len(ws)-k]
	for t, w := range m {
		if w < cut {
			delete(m, t)
		}
	}
}

// salted returns the counts with every term mixed with a language's salt.
func salted(m map[term]int, salt uint64) map[term]int {
	if salt == 0 {
		return m
	}
	out := make(map[term]int, len(m))
	for t, n := range m {
		out[t^salt] += n
	}
	return out
}

// background is the median similarity of an article to the candidate
// stories that own almost none of it (ownership under OwnNear): how much
// it resembles the stories of its beat that are not its own. Stories that
// own part of it are left out, since they may be its own topic begun
// apart (a topic followed for weeks in several stories would otherwise
// raise its own bar); the median, not the mean, so that a few do not
// decide it. Zero under three such stories.
func (c *Clusterer) background(p prepared, cands []int, sims []float64) float64 {
	var xs []float64
	for i, s := range cands {
		if c.ownership(p, s) < c.opt.OwnNear {
			xs = append(xs, sims[i])
		}
	}
	return median(xs)
}

// median is the median of sims (the upper one of an even count), zero
// under three values.
func median(sims []float64) float64 {
	if len(sims) < 3 {
		return 0
	}
	s := append([]float64(nil), sims...)
	sort.Float64s(s)
	return s[len(s)/2]
}
