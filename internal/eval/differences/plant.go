package differences

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/compare"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Kinds of planted change.
const (
	KindNumber   = "number"   // a figure changed
	KindDate     = "date"     // a weekday, month or year changed
	KindName     = "name"     // a name or place swapped for another of the story
	KindSpeaker  = "speaker"  // the person a quote is given to swapped
	KindNegation = "negation" // "not" inserted after an auxiliary
	KindAntonym  = "antonym"  // a word swapped for its WordNet antonym
	KindInserted = "inserted" // a sentence of another story inserted
)

// Kinds lists the planted kinds in the order the report prints them.
var Kinds = []string{KindNumber, KindDate, KindName, KindSpeaker, KindNegation, KindAntonym, KindInserted}

// Expected is the brief's conflict kind that reports a planted kind; an
// inserted fact is reported as a single-source claim ("" here).
func Expected(kind string) string {
	switch kind {
	case KindNumber:
		return news.ConflictNumber
	case KindDate:
		return news.ConflictDate
	case KindName:
		return news.ConflictName
	case KindSpeaker:
		return news.ConflictSpeaker
	case KindNegation, KindAntonym:
		return news.ConflictContradiction
	}
	return ""
}

// Plant is one known change in one report of a story.
type Plant struct {
	Kind   string
	Doc    int // the edited report
	Sent   int // its sentence that the edit touches (before the edit)
	Anchor int // a report of another copy group that tells the same fact
	// AnchorSent is the anchor's sentence that tells it.
	AnchorSent int
	// Start and End are the byte span of the article's text replaced by New.
	Start, End int
	Old, New   string
}

// Apply returns the edited text.
func (p Plant) Apply(s string) string { return s[:p.Start] + p.New + s[p.End:] }

// nameOf is the lower-case name numbered n in a closed class of
// text/english (weekdays 0-6 from Sunday, months 1-12).
func nameOf(set *english.Set, n int) string {
	for _, w := range set.Words() {
		if v, ok := set.Int(w); ok && v == n {
			return w
		}
	}
	return ""
}

// qualifiers are the words qualified looks for.
var qualifiers = english.List("eval/qualifiers")

// qualified reports whether the word before a figure makes it a bound or
// an estimate ("at least", "about", "more than", "up to"): the harness
// plants no change there, since "at least 13" does not contradict "at
// least 10".
func qualified(w string) bool {
	return qualifiers.Has(w)
}

// site is a sentence of one report and the sentence of a report of another
// copy group that tells the same fact.
type site struct {
	doc, sent, anchor, anchorSent int
}

// minShared and minOverlap say when two sentences of two reports tell one
// fact: at least minShared content stems in common, and that many at least
// minOverlap of the shorter sentence's. Fixed before any figure was read.
const (
	minShared  = 4
	minOverlap = 0.5
)

func contentStems(toks []text.Token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if t.Kind != text.Punct && !t.Stop && len(t.Lower) > 1 {
			out[t.Stem] = true
		}
	}
	return out
}

// sites pairs each sentence with its best match in a report of another copy
// group, when they tell one fact.
func sites(docs []*text.Doc, group []int) []site {
	stems := make([][]map[string]bool, len(docs))
	for d, doc := range docs {
		stems[d] = make([]map[string]bool, len(doc.Sentences))
		for s := range doc.Sentences {
			stems[d][s] = contentStems(doc.SentenceTokens(s))
		}
	}
	var out []site
	for d := range docs {
		for s, a := range stems[d] {
			if len(a) < minShared {
				continue
			}
			best, bestScore := site{}, 0.0
			for e := range docs {
				if group[e] == group[d] {
					continue
				}
				for t, b := range stems[e] {
					n := 0
					for k := range a {
						if b[k] {
							n++
						}
					}
					score := float64(n) / float64(min(len(a), len(b)))
					if n >= minShared && score >= minOverlap && score > bestScore {
						best, bestScore = site{d, s, e, t}, score
					}
				}
			}
			if bestScore > 0 {
				out = append(out, best)
			}
		}
	}
	return out
}

// Counterpart reports whether the plant's anchor tells its fact in like
// words: the two sentences, before the edit and less the words of the
// planted name, share at least minShared content stems and half the
// content stems of each, not only of the shorter (as sites asks). "John
// Smith, 34, was shot" has "John Smyth, 34, was shot" for a counterpart;
// a headline or a caption that names the person beside a long sentence of
// other facts about them is an anchor of sites, not a counterpart: a
// reader compares no names there. The name itself is left out, since
// every anchor names it. It reads the texts only, not the alignment, so
// the recall over counterparts is no figure of the alignment's making.
func Counterpart(docs []*text.Doc, pl Plant) bool {
	a := contentStems(docs[pl.Doc].SentenceTokens(pl.Sent))
	b := contentStems(docs[pl.Anchor].SentenceTokens(pl.AnchorSent))
	for k := range contentStems(text.Tokenize(pl.Old, 0)) {
		delete(a, k)
		delete(b, k)
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n >= minShared && 2*n >= len(a) && 2*n >= len(b)
}

// namedIn reports whether a token is the word w, alone or as a part of a
// hyphenated word: a report that writes "the Champs-Elysees" names
// "Champs Elysees", so that name planted in it is no other place.
func namedIn(toks []text.Token, w string) bool {
	for _, t := range toks {
		if t.Lower == w || strings.Contains(t.Lower, "-") && slices.Contains(strings.Split(t.Lower, "-"), w) {
			return true
		}
	}
	return false
}

func hasLower(toks []text.Token, w string) bool {
	for _, t := range toks {
		if t.Lower == w {
			return true
		}
	}
	return false
}

func count(toks []text.Token, w string) int {
	n := 0
	for _, t := range toks {
		if t.Lower == w {
			n++
		}
	}
	return n
}

// lowerWords are the words the story writes in lower case somewhere.
func lowerWords(docs []*text.Doc) map[string]bool {
	out := map[string]bool{}
	for _, d := range docs {
		for _, t := range d.Tokens {
			if t.Kind == text.Word && !t.Cap {
				out[t.Lower] = true
			}
		}
	}
	return out
}

func nameToken(t text.Token) bool {
	return t.Kind == text.Word && t.Cap && !t.Stop && len(t.Text) >= 3 && strings.ToUpper(t.Text) != t.Text &&
		!english.Weekdays.Has(t.Lower) && !english.Months.Has(t.Lower) && !strings.ContainsAny(t.Text, "'’.")
}

// speakerAt returns the token index of a speaker named next to a verb of
// speech in a sentence that holds a quotation, or -1.
func speakerAt(toks []text.Token) int {
	quoted := false
	for _, t := range toks {
		if t.Lower == `"` {
			quoted = true
		}
	}
	if !quoted {
		return -1
	}
	for k, t := range toks {
		if !english.SpeechVerbs.Has(t.Lower) {
			continue
		}
		if k > 0 && nameToken(toks[k-1]) {
			return k - 1
		}
		if k+1 < len(toks) && nameToken(toks[k+1]) {
			// "said Smith": the surname is the last capitalised word.
			j := k + 1
			for j+1 < len(toks) && nameToken(toks[j+1]) {
				j++
			}
			return j
		}
	}
	return -1
}

// changedNumber is a different value of the same size for a planted
// number: a small count moves by 1 to 3, a larger one by 40% to 100%.
func changedNumber(v int, r *rand.Rand) int {
	if v <= 12 {
		return v + 1 + r.IntN(3)
	}
	return v + max(1, v*(2+r.IntN(4))/5)
}

// mention is a name of an entity written in a document.
type mention struct {
	entity     int
	start, end int
}

// entityMentions lists the story's entities of a person, place or
// organisation and, per document, their mentions written as names (every
// word capitalised, not "the president").
func entityMentions(c *text.Corpus) ([]news.Entity, [][]mention) {
	es := entity.Resolve(c).Entities(nil)
	out := make([][]mention, len(c.Docs))
	for i, e := range es {
		if !plantable(e) {
			continue
		}
		for _, ev := range e.Evidence {
			d := c.IndexOf(ev.Source)
			if d < 0 || !nameWords(c.Docs[d].Article.Text[ev.Start:ev.End]) {
				continue
			}
			out[d] = append(out[d], mention{i, ev.Start, ev.End})
		}
	}
	for _, ms := range out {
		slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	}
	return es, out
}

// articledPersons are the names of the persons among es that the story
// writes in full right after an article (articleBefore) in half of those
// mentions or more: a person's name stands after an article now and then
// as the modifier of a noun ("the Chris Weitz film", "the Michelle Obama
// visit"), a shop's, a team's or a product's most of the time ("the Harry
// Winston boutique", "a Harry Winston boutique", "the Pittsburgh
// Steelers", "the BlackBerry Q10"). A surname alone is not counted: "the
// Genovese crime family" is named after a person, Vito Genovese.
func articledPersons(c *text.Corpus, es []news.Entity) map[string]bool {
	out := map[string]bool{}
	for _, e := range es {
		if e.Type != news.EntityPerson {
			continue
		}
		n, full := 0, 0
		for _, ev := range e.Evidence {
			d := c.IndexOf(ev.Source)
			if d < 0 || c.Docs[d].Article.Text[ev.Start:ev.End] != e.Name {
				continue
			}
			full++
			if articleBefore(c.Docs[d], ev.Start) {
				n++
			}
		}
		if n > 0 && 2*n >= full {
			out[e.Name] = true
		}
	}
	return out
}

// articleBefore reports whether an article stands right before the word at
// byte offset start of the document: English writes a person's name with
// no article, so "the Harry Winston boutique", "the Pittsburgh Steelers"
// and "an Nvidia GeForce 9400M" name a shop, a team and a product that
// the entity layer typed persons by their words.
func articleBefore(doc *text.Doc, start int) bool {
	k, _ := slices.BinarySearchFunc(doc.Tokens, start, func(t text.Token, at int) int { return t.Start - at })
	return k > 0 && doc.Tokens[k-1].Kind == text.Word && english.Determiners.Kind(doc.Tokens[k-1].Lower) == "article"
}

// planter finds the candidate plants of one story.
type planter struct {
	docs     []*text.Doc
	entities []news.Entity
	mentions [][]mention // per document, the name mentions of entities
	inserts  []string    // sentences of other stories to insert
	lower    map[string]bool
	// places: the capitalised words written after a preposition of
	// place (placed).
	places map[string]bool
	// articled: the persons' names the story writes in full right after
	// an article as often as not (articledPersons), which are no persons.
	articled map[string]bool
	// vocab is the lower-case words of every story: an antonym plant
	// writes a word in use, not a rare derivation ("unpresidential").
	vocab map[string]bool
	r     *rand.Rand
	// rs is a random stream per kind, so that a change to how one kind
	// is planted leaves the plants of the other kinds as they were.
	rs map[string]*rand.Rand
}

// candidates returns every plant of every kind the story allows, at most
// one per sentence and kind.
func (p *planter) candidates(group []int) map[string][]Plant {
	out := map[string][]Plant{}
	story := p.r
	defer func() { p.r = story }()
	for _, st := range sites(p.docs, group) {
		doc := p.docs[st.doc]
		toks := doc.SentenceTokens(st.sent)
		anchor := p.docs[st.anchor].SentenceTokens(st.anchorSent)
		for _, kind := range Kinds {
			p.r = p.rs[kind]
			if pl, ok := p.plantAt(kind, doc, st, toks, anchor); ok {
				out[kind] = append(out[kind], pl)
			}
		}
	}
	return out
}

func (p *planter) plantAt(kind string, doc *text.Doc, st site, toks, anchor []text.Token) (Plant, bool) {
	base := Plant{Kind: kind, Doc: st.doc, Sent: st.sent, Anchor: st.anchor, AnchorSent: st.anchorSent}
	edit := func(t text.Token, repl string) (Plant, bool) {
		if !sameSpot(toks, t, anchor) {
			return Plant{}, false
		}
		base.Start, base.End, base.Old, base.New = t.Start, t.End, t.Text, repl
		return base, true
	}
	// Page furniture, a copyright line and a time line are no claim of
	// the report (align.Trivia): a figure, a date or a negation changed
	// there is no account of a fact that a reader would call a difference
	// ("Copyright 2016 WAVE 3 News.", "THURSDAY, APRIL 11, 2013, 12:12 AM").
	if (kind == KindNumber || kind == KindDate || kind == KindNegation) && (align.Trivia(doc, st.sent) || stampLine(toks) || align.TimeLine(toks)) {
		return Plant{}, false
	}
	switch kind {
	case KindNumber:
		return p.plantNumber(toks, anchor, edit)
	case KindDate:
		return p.plantDate(toks, anchor, edit)
	case KindName:
		return p.plantName(base, toks, anchor)
	case KindSpeaker:
		return p.plantSpeaker(doc, st, toks, anchor, edit)
	case KindNegation:
		return plantNegation(toks, anchor, edit)
	case KindAntonym:
		return p.plantAntonym(doc, st.sent, anchor, edit)
	case KindInserted:
		return p.plantInserted(base, doc, st)
	}
	return Plant{}, false
}

// editFunc turns a token of the edited sentence and its replacement into a
// plant, when the anchor tells the fact at that token.
type editFunc func(t text.Token, repl string) (Plant, bool)

// plantNumber changes a figure: a number that counts or measures
// something, not a year, a date, a clock time, a figure in parentheses (a
// conversion: "seven km (4 miles)"), a piece of a name or model ("Flight
// 447", "357 Magnum"), a photo gallery's counter ("Image 12 of 33") or a
// bound or estimate.
func (p *planter) plantNumber(toks, anchor []text.Token, edit editFunc) (Plant, bool) {
	for k, t := range toks {
		v, err := strconv.Atoi(t.Text)
		if t.Kind != text.Number || err != nil || v < 2 || v > 1_000_000 || v >= 1800 && v <= 2100 || !hasLower(anchor, t.Lower) {
			continue
		}
		if !figure(toks, k) || qualifiedIn(anchor, t.Lower) {
			continue
		}
		return edit(t, strconv.Itoa(changedNumber(v, p.r)))
	}
	return Plant{}, false
}

// qualifiedIn reports whether the anchor gives the figure as a bound or an
// estimate ("about 40", "as many as 20"): a changed figure does not
// contradict it for a reader.
func qualifiedIn(anchor []text.Token, w string) bool {
	for k, t := range anchor {
		if t.Lower == w && k > 0 && (qualified(anchor[k-1].Lower) || anchor[k-1].Lower == "as") {
			return true
		}
	}
	return false
}

// figure reports whether the number at toks[k] is a figure a reader
// reads as a count or an amount (see plantNumber).
func figure(toks []text.Token, k int) bool {
	prev := func(j int) text.Token {
		if k-j >= 0 {
			return toks[k-j]
		}
		return text.Token{}
	}
	next := func(j int) text.Token {
		if k+j < len(toks) {
			return toks[k+j]
		}
		return text.Token{}
	}
	if english.Months.Has(prev(1).Lower) || english.Months.Has(next(1).Lower) || text.GalleryCounter(toks, k) {
		return false
	}
	// A figure qualified by a bound or hedge ("at least 10") is not
	// contradicted by another ("at least 13"); a piece of a clock time or
	// split thousand is not a figure.
	if qualified(prev(1).Lower) || prev(1).Lower == "as" || strings.ContainsAny(prev(1).Text, ":/,") || strings.ContainsAny(next(1).Text, ":/,") {
		return false
	}
	// An end of a range ("between 25 and 40 percent", "from 17 to 25")
	// or a figure given twice in the sentence ("the 15 sailors ... all
	// 15 sailors"), where changing one mention makes the sentence
	// contradict itself.
	ranged := english.List("eval/range-words")
	if ranged.Has(prev(1).Lower) || ranged.Has(prev(2).Lower) && (prev(1).Kind == text.Number || prev(1).Text == "-") ||
		ranged.Has(next(1).Lower) && next(2).Kind == text.Number || ranged.Has(next(2).Lower) && next(3).Kind == text.Number ||
		count(toks, toks[k].Lower) > 1 {
		return false
	}
	if k == 0 || prev(1).Text == "(" || next(1).Text == ")" || prev(1).Text == "." || prev(1).Text == "#" {
		return false
	}
	// A number written with a leading zero is a label or a year ("iLife
	// '09", "007"), not a count.
	if len(toks[k].Text) > 1 && toks[k].Text[0] == '0' {
		return false
	}
	// A mark after a name ("BlackBerry® 10 platform", "Windows™ 8") keeps
	// the number a piece of the name.
	if strings.ContainsAny(prev(1).Text, "®™\uFFFD") && prev(2).Cap && prev(2).Kind == text.Word {
		return false
	}
	// A capitalised word beside the number makes it a piece of a name
	// ("Flight 447", "357 Magnum", "Lower 48") or a clock time ("1300
	// GMT"); a figure counts a lower-case noun or is an amount of money
	// or a share.
	n := next(1)
	if prev(1).Cap && prev(1).Kind == text.Word && !prev(1).Stop || n.Cap && n.Kind == text.Word {
		return false
	}
	return n.Kind == text.Word || n.Text == "%" || strings.ContainsAny(prev(1).Text, "$€£")
}

// plantDate moves a weekday, a month or a year.
func (p *planter) plantDate(toks, anchor []text.Token, edit editFunc) (Plant, bool) {
	for k, t := range toks {
		// A changed stamp, or a changed day on which a state was seen
		// ("in critical condition Saturday"), tells no other account.
		if !hasLower(anchor, t.Lower) || stamped(toks, k) || compare.SeenStateAt(toks, k) {
			continue
		}
		if i, ok := english.Weekdays.Int(t.Lower); ok && t.Cap {
			return edit(t, title(nameOf(english.Weekdays, (i+1+p.r.IntN(3))%7)))
		}
		if i, ok := english.Months.Int(t.Lower); ok && t.Cap && t.Lower != "may" {
			return edit(t, title(nameOf(english.Months, (i+p.r.IntN(3))%12+1)))
		}
		if v, err := strconv.Atoi(t.Text); err == nil && len(t.Text) == 4 && v >= 1900 && v <= 2100 {
			return edit(t, strconv.Itoa(v+1+p.r.IntN(3)))
		}
	}
	return Plant{}, false
}

// stampWords before a date make it a page's stamp.
var stampWords = english.List("compare/stamp-words")

// stamped reports whether the date at k is a page's date stamp ("Posted:
// Saturday, March 2, 2013 7:39 AM EST"): a stamp word among the three words
// before it, or anywhere in a line with no lower-case word but the stamp's
// ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT", "Published time: March
// 12, 2013 02:03"). When a page was posted is not a fact the report tells,
// and no reader takes a changed stamp for a different account.
func stamped(toks []text.Token, k int) bool {
	return compare.StampBefore(toks, k) || stampLine(toks)
}

// stampLine reports whether a line is a page's stamp: a stamp word and no
// lower-case word of prose ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT").
func stampLine(toks []text.Token) bool {
	stamp, prose := false, false
	for _, t := range toks {
		switch {
		case stampWords.Has(t.Lower):
			stamp = true
		case t.Kind == text.Word && !t.Cap && len(t.Text) > 2:
			prose = true
		}
	}
	return stamp && !prose
}

// plantName swaps a name the entity layer resolves (a person, place or
// organisation the anchor names too) for the name of another entity of the
// same type in the story that neither report names: "President Mahmoud
// Ahmadinejad" becomes "President Gordon Brown", "Brazil" becomes
// "France". A one-word mention of a person gets the other's surname.
func (p *planter) plantName(base Plant, toks, anchor []text.Token) (Plant, bool) {
	if len(toks) == 0 || len(anchor) == 0 || base.Doc >= len(p.mentions) || base.Anchor >= len(p.mentions) {
		return Plant{}, false
	}
	doc, adoc := p.docs[base.Doc], p.docs[base.Anchor]
	sent := doc.Sentences[base.Sent]
	as := adoc.Sentences[base.AnchorSent]
	for _, m := range p.mentions[base.Doc] {
		if m.start <= toks[0].Start || m.end > sent.End {
			continue
		}
		e := p.entities[m.entity]
		if p.common(e) {
			continue
		}
		if !slices.ContainsFunc(p.mentions[base.Anchor], func(a mention) bool {
			return a.entity == m.entity && a.start >= as.Start && a.end <= as.End
		}) {
			continue
		}
		old := doc.Article.Text[m.start:m.end]
		// The mention is the entity's name or a person's surname, not
		// a word the entity layer merged into it ("Host", "Oscars").
		f := strings.Fields(e.Name)
		if old != e.Name && !(e.Type == news.EntityPerson && old == f[len(f)-1]) || strings.Count(sent.Text, old) > 1 {
			continue
		}
		if besideSpeech(toks, m.start, m.end) || quotedSpeaker(toks, m.start) || p.speakerInAnchor(m.entity, base.Anchor, as, anchor) {
			// A name given a quote is a speaker: the speaker kind.
			continue
		}
		repl := p.otherEntity(e, strings.Count(old, " ") == 0, doc, adoc)
		if repl == "" {
			continue
		}
		base.Start, base.End, base.Old, base.New = m.start, m.end, old, repl
		return base, true
	}
	return Plant{}, false
}

// besideSpeech reports whether a verb of speech stands next to the name
// at text[start:end] ("Smith said", "said Smith", "Smith, the mayor, said").
func besideSpeech(toks []text.Token, start, end int) bool {
	for k, t := range toks {
		if !english.SpeechVerbs.Has(t.Lower) {
			continue
		}
		if t.Start >= end && k >= 1 && toks[max(0, k-8)].Start <= end || t.End <= start && k+1 < len(toks) && titledFrom(toks, k+1, start) {
			return true
		}
	}
	return false
}

// titledFrom reports whether the name at offset start follows toks[k]
// with nothing between but the capitalised words of a title ("said
// California Highway Patrol Officer Ray Scheidnes"): the verb of speech
// before them gives the name its words.
func titledFrom(toks []text.Token, k, start int) bool {
	for ; k < len(toks) && toks[k].Start < start; k++ {
		if t := toks[k]; t.Kind != text.Word || !t.Cap && !english.Titles.Has(t.Lower) {
			return false
		}
	}
	return true
}

// speakerInAnchor reports whether the anchor sentence gives the entity a
// quotation: the plant then changes the speaker of the anchor's words.
func (p *planter) speakerInAnchor(ent, d int, as text.Sentence, anchor []text.Token) bool {
	for _, a := range p.mentions[d] {
		if a.entity == ent && a.start >= as.Start && a.end <= as.End && (besideSpeech(anchor, a.start, a.end) || quotedSpeaker(anchor, a.start)) {
			return true
		}
	}
	return false
}

// quotedSpeaker reports whether the name starting at offset start stands
// outside a quotation of its sentence that a verb of speech outside it
// gives: the name is the speaker however far the verb stands (a quote,
// then "said 32-year-old protester Paris Kyriakides"; a quote, then "Ema
// Suryani, a doctor at a health clinic in Lampahan city, told AFP"). besideSpeech
// reads only a verb next to the name; a changed speaker there is the
// speaker kind, and the brief rightly reports it as one.
func quotedSpeaker(toks []text.Token, start int) bool {
	inside, quoted, speech, nameOutside := false, false, false, false
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if n := quoteMark(toks, k); n > 0 {
			inside, quoted = !inside, true
			k += n - 1
			continue
		}
		if t.Start == start {
			nameOutside = !inside
		}
		speech = speech || !inside && english.SpeechVerbs.Has(t.Lower)
	}
	return quoted && speech && nameOutside
}

// quoteMark is the number of tokens of a quotation mark at toks[k] (a
// straight or curly double quote; the ECB+ texts' two backquotes and two
// apostrophes, two tokens each), or 0.
func quoteMark(toks []text.Token, k int) int {
	switch w := toks[k].Text; w {
	case "\"", "“", "”":
		return 1
	case "`", "'":
		if k+1 < len(toks) && toks[k+1].Text == w && toks[k+1].Start == toks[k].End {
			return 2
		}
	}
	return 0
}

// otherEntity picks the name of another entity of e's type that neither
// document names by any of its words; short asks for a person's surname.
func (p *planter) otherEntity(e news.Entity, short bool, docs ...*text.Doc) string {
	var pool []news.Entity
	for _, o := range p.entities {
		if o.Type != e.Type || o.Subtype != e.Subtype || !plantable(o) || p.common(o) || o.Name == e.Name || compare.SamePerson(o.Name, e.Name) || !nameWords(o.Name) {
			continue
		}
		named := false
		for _, w := range strings.Fields(strings.ToLower(o.Name)) {
			named = named || slices.ContainsFunc(docs, func(d *text.Doc) bool { return namedIn(d.Tokens, w) })
		}
		if !named {
			pool = append(pool, o)
		}
	}
	if len(pool) == 0 {
		return ""
	}
	name := pool[p.r.IntN(len(pool))].Name
	if short && e.Type == news.EntityPerson {
		f := strings.Fields(name)
		return f[len(f)-1]
	}
	return name
}

// common reports whether a word of a person's name is one the story
// writes in lower case somewhere: a headline's or a caption's words
// ("Caption Lou Pearlman", "Boyfriend Admits"), not a name.
//
// A person whose name, or a word of it, the story writes right after a
// preposition of place ("in San Diego", "near Bandar Abbas", "in
// Pittsburgh" for "Pittsburgh Steelers") is a place or a team the entity
// layer typed a person: no person is planted or planted in.
//
// A person whose full name the story writes right after an article in
// half of those mentions or more is no person (articledPersons).
func (p *planter) common(e news.Entity) bool {
	if e.Type != news.EntityPerson {
		return false
	}
	if p.articled[e.Name] {
		return true
	}
	ws := strings.Fields(strings.ToLower(e.Name))
	return slices.ContainsFunc(ws, func(w string) bool { return p.lower[w] || p.placed()[w] })
}

// placePreps are the prepositions of place that persons do not follow.
var placePreps = english.List("eval/place-prepositions")

// placed is the capitalised words the story writes right after a
// preposition of place, worked out once.
func (p *planter) placed() map[string]bool {
	if p.places != nil {
		return p.places
	}
	p.places = map[string]bool{}
	for _, d := range p.docs {
		for k := 1; k < len(d.Tokens); k++ {
			if t := d.Tokens[k]; t.Kind == text.Word && t.Cap && placePreps.Has(d.Tokens[k-1].Lower) {
				p.places[t.Lower] = true
			}
		}
	}
	return p.places
}

// plantable reports whether an entity's type is sure enough for a name
// plant to swap it for another of its type: a country of the gazetteer,
// or a person of two names or more whose words are names (not a title, an
// organisation's or place's head word) and whose surname is no English
// noun, adjective or verb in any form ("Air France", "Bali Roadmap",
// "Kraft Foods", "Dominican Republic" are typed persons by the entity
// layer's votes).
func plantable(e news.Entity) bool {
	switch e.Type {
	case news.EntityPlace:
		return e.Subtype == "country"
	case news.EntityPerson:
		f := strings.Fields(e.Name)
		if len(f) < 2 {
			return false
		}
		for _, w := range f {
			lw := strings.ToLower(w)
			// A title ("Lawyer Alexis Kougias", "Homicide Detective
			// Dominic Mangoni") or a compound ("Revival-style",
			// "E-series") is no piece of a person's name.
			if !compare.ProperName(text.Token{Text: w, Lower: lw, Cap: true, Kind: text.Word}) || english.Titles.Has(lw) || strings.ContainsAny(w, "-0123456789") {
				return false
			}
		}
		// In any of its forms: "Rainbow Babies", "Trial Begins", "Ruger
		// Firearms" are no persons.
		return !english.IsWord(strings.ToLower(f[len(f)-1]))
	}
	return false
}

// nameWords reports whether every word of a name is capitalised: a name,
// not a description.
func nameWords(s string) bool {
	f := strings.Fields(s)
	for _, w := range f {
		if w == "" || strings.ToUpper(w[:1]) != w[:1] || strings.ToLower(w) == w {
			return false
		}
	}
	return len(f) > 0
}

// plantSpeaker gives a quote to another person of the story: the speaker
// is the surname of a person the entity layer resolves (plantable), and
// the new speaker another such person's surname that neither report
// names. A word beside a verb of speech that is no person ("The
// Australian reported", "the Daily News quoted", "Reporter") is not
// swapped, nor is a speaker swapped for one ("Blair" -> "Style", "Kelton"
// -> "Hub"): a reader counts neither as the quote given to someone else.
func (p *planter) plantSpeaker(doc *text.Doc, st site, toks, anchor []text.Token, edit editFunc) (Plant, bool) {
	k := speakerAt(toks)
	if k < 0 || !hasLower(anchor, toks[k].Lower) || !quoteShared(toks, anchor) {
		return Plant{}, false
	}
	e, ok := p.personAt(st.doc, toks[k])
	if !ok {
		return Plant{}, false
	}
	repl := p.otherEntity(e, true, doc, p.docs[st.anchor])
	if repl == "" {
		return Plant{}, false
	}
	return edit(toks[k], repl)
}

// personAt returns the plantable person whose name mention in document d
// ends at the token and whose surname the token is.
func (p *planter) personAt(d int, t text.Token) (news.Entity, bool) {
	if d >= len(p.mentions) {
		return news.Entity{}, false
	}
	for _, m := range p.mentions[d] {
		if m.end != t.End || m.start > t.Start {
			continue
		}
		e := p.entities[m.entity]
		f := strings.Fields(e.Name)
		if e.Type == news.EntityPerson && !p.common(e) && f[len(f)-1] == t.Text {
			return e, true
		}
	}
	return news.Entity{}, false
}

func auxiliary(w string) bool { return english.Auxiliaries.Has(w) || english.Modals.Has(w) }

// plantNegation inserts "not" after an auxiliary or modal of a statement
// that neither sentence negates.
func plantNegation(toks, anchor []text.Token, edit editFunc) (Plant, bool) {
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		// "not" follows the first auxiliary of a verb group: "have not
		// been buried", not "have been not buried".
		if !auxiliary(t.Lower) || strings.HasPrefix(t.Lower, "'") || k > 0 && auxiliary(toks[k-1].Lower) {
			continue
		}
		j := k + 1
		for j+1 < len(toks) && auxiliary(toks[j].Lower) {
			j++
		}
		next := toks[j]
		if next.Kind == text.Word && !next.Stop && hasLower(anchor, next.Lower) &&
			!hasLower(anchor, "not") && !hasLower(anchor, "n't") && !hasLower(toks, "not") {
			return edit(t, t.Text+" not")
		}
	}
	return Plant{}, false
}

// plantAntonym swaps a lower-case word for a WordNet antonym of its part
// of speech in the sentence, one that the stories use: "fire" the noun is
// not swapped for "hire" (an antonym of the verb), nor "immediate" release
// for "mediate" release, a change a reader would take for a slip rather
// than a contradiction.
func (p *planter) plantAntonym(doc *text.Doc, s int, anchor []text.Token, edit editFunc) (Plant, bool) {
	words := doc.Annotation().Words
	sent := doc.Sentences[s]
	toks := doc.SentenceTokens(s)
	for k, t := range toks {
		// A capitalised word is a name or starts the sentence
		// ("United Nations" is no antonym of "Divided Nations").
		if t.Stop || t.Cap || !hasLower(anchor, t.Lower) {
			continue
		}
		var ants []string
		pos := words[sent.TokStart+k].POS
		for _, a := range english.AntonymsAs(t.Lower, pos) {
			if p.vocab[a] && p.attested(toks, k, a, strings.HasPrefix(pos, "VB")) {
				ants = append(ants, a)
			}
		}
		if len(ants) == 0 {
			continue
		}
		return edit(t, ants[p.r.IntN(len(ants))])
	}
	return Plant{}, false
}

// attested reports whether some story writes the antonym a beside the
// word before or after toks[k]: the antonym in the sense the sentence uses
// ("found alive", "deliberately shot"), not in another sense of the word
// ("charged with murder" made "discharged with murder", "raised 395,000
// euro" made "leveled 395,000 euro", "natural causes" made "sharp
// causes": WordNet pairs of another sense that no reader takes for the
// opposite statement).
//
// A verb's sense is chosen by the words it governs, not by a function
// word beside it: for a verb, the neighbour must be a content word ("who
// fired 11 shots" made "who hired 11 shots" on "who hired", "to set the
// fire" made "to rise the fire" on "to rise", "to take the role" made "to
// give the role").
func (p *planter) attested(toks []text.Token, k int, a string, verb bool) bool {
	if k > 0 && toks[k-1].Kind == text.Word && (!verb || !toks[k-1].Stop) && p.vocab[toks[k-1].Lower+" "+a] {
		return true
	}
	return k+1 < len(toks) && toks[k+1].Kind == text.Word && (!verb || !toks[k+1].Stop) && p.vocab[a+" "+toks[k+1].Lower]
}

// plantInserted inserts a sentence of another story after the site.
func (p *planter) plantInserted(base Plant, doc *text.Doc, st site) (Plant, bool) {
	if len(p.inserts) == 0 {
		return Plant{}, false
	}
	end := doc.Sentences[st.sent].End
	ins := p.inserts[p.r.IntN(len(p.inserts))]
	sep := " "
	if !endsSentence(doc.Sentences[st.sent].Text) {
		// After a line that no full stop ends (a headline, a dateline,
		// a caption cut short), a report would start the sentence on a
		// line of its own: glued to the line, the two made one sentence
		// no report prints ("Night club shooting sends seven to
		// hospital Inspector Dave Gaskin said the man fell ...").
		sep = "\n"
	}
	base.Start, base.End, base.New = end, end, sep+ins
	return base, true
}

// endsSentence reports whether a sentence's text ends on a full stop, a
// question or exclamation mark, perhaps inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '”' || r == '’' || r == ')'
	})
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// sameSpot reports whether the anchor tells the fact at the edited token:
// it holds a content word of the edited token's neighbours (three either
// side), beside the token itself.
func sameSpot(toks []text.Token, t text.Token, anchor []text.Token) bool {
	k := 0
	for k < len(toks) && toks[k].Start != t.Start {
		k++
	}
	for j := max(0, k-3); j < min(len(toks), k+4); j++ {
		if j != k && toks[j].Kind != text.Punct && !toks[j].Stop && hasLower(anchor, toks[j].Lower) {
			return true
		}
	}
	return false
}

// quoteShared reports whether a quotation of the anchor holds at least
// three content words of the sentence's quotation: the same quote. Words
// the anchor tells outside quotation marks are no quote of anyone ("That
// time, Zimmerman got to tell De Guzman's wife that he was going to
// survive" shares "tell", "De", "Guzman" with a quote of Zimmerman's):
// changing the speaker there gives the quote stage nothing to compare.
func quoteShared(toks, anchor []text.Token) bool {
	quoted := quotedWords(anchor)
	n := 0
	for w := range quotedWords(toks) {
		if quoted[w] {
			n++
		}
	}
	return n >= 3
}

// quotedWords are the content words inside quotation marks.
func quotedWords(toks []text.Token) map[string]bool {
	in, out := false, map[string]bool{}
	for _, t := range toks {
		if t.Lower == `"` {
			in = !in
			continue
		}
		if in && t.Kind == text.Word && !t.Stop {
			out[t.Lower] = true
		}
	}
	return out
}

func title(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
