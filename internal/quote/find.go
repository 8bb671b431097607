package quote

import (
	"github.com/crosscheck/crosscheck/internal/text/english"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Span is text[Start:End] of one article.
type Span struct{ Start, End int }

// Attribution is one statement given to a source in one report: the content
// (in fragments, when "he said" splits it), the words inside quotation marks,
// the cue and the source as written, and the speaker resolved to a name.
type Attribution struct {
	Content []Span
	Quoted  []Span // the words inside quotation marks, marks excluded
	Cue     Span   // zero when the quote stands on its own after an attributed one
	Source  Span   // the source as written ("he", "a U.S. official"); zero when unknown
	Speaker string // full name, or the source's own words when it names nobody
	// Named is set when Speaker is an entity resolved across the story, not
	// the source's own words ("a U.S. official", "Iranian Foreign Minister").
	Named bool
	Via   []string
	Para  int
	// Title is set when the quoted words name something rather than quote
	// anyone: a film's or a video's title, a brand, a heading (see
	// titleInQuotes). PolNeAR marks them as quotes, as it marks
	// nicknames; a reader of a brief would not read them as words said.
	Title bool
}

// cues are the words that introduce speech or writing.
var cues = english.List("quote/cues")

// namingCues name or describe something with the quoted words ("called
// her “the champion”"): the content is the object and the quote, not the
// rest of the sentence.
var namingCues = english.List("quote/naming-cues")

// readOut reports a "read" that is speech: "“...,” Assistant District
// Attorney Wilfredo Cotto read from statements". "read" alone is not ("the
// sign read", "he read the report"), nor is an infinitive ("his decision
// to read from a prepared text"). It is no word of the cue list, which
// also ends source spans: "Read said" names Pfizer's Ian Read.
func (f *finder) readOut(i int) bool {
	if i > 0 && f.toks[i-1].Lower == "to" || i+1 >= len(f.toks) {
		return false
	}
	n := f.toks[i+1].Lower
	return n == "from" || n == "aloud" || n == "out"
}

// otherModifier reports a participle after "other" or "another" that
// modifies the common noun after it, which a comma or a verb follows:
// "the other accused shooter, Elijah Wells, 19, are believed". "Another
// accused police of lying" and "The other said" stay verbs: there
// "other" is the subject.
func (f *finder) otherModifier(i int) bool {
	if p := f.toks[i-1].Lower; p != "other" && p != "another" || !strings.HasSuffix(f.toks[i].Lower, "ed") || i+2 >= len(f.toks) {
		return false
	}
	a := f.d.Annotation()
	return a.Noun(i+1) && !a.Proper(i+1) && !f.toks[i+1].Cap && (f.toks[i+2].Text == "," || a.Verb(i+2))
}

// nounOpeners open a noun phrase: the word after one is no finite verb.
var nounOpeners = english.List("quote/noun-openers")

// abbrevs end in a full stop that does not end a sentence, beside
// english.Abbreviations ("Sen. Sanders", "Det. Nix"): the states of
// datelines ("Meridian, Ind.") and compound titles.
var abbrevs = english.List("quote/abbrevs")

// participles take their subject from the clause they hang on ("..., adding").
var participles = english.List("quote/participles")

// gerundHeads stand before a cue used as a gerund or a passive ("by saying",
// "about being described"): its subject is the clause's, not the words before.
var gerundHeads = english.List("quote/gerund-heads")

// objectCues take the hearer as object before the content ("told reporters that").
var objectCues = english.List("quote/object-cues")

var pronouns = english.List("quote/pronouns")

// adverb reports an adverb or auxiliary that may stand between a subject and
// its cue: "Hillary Clinton immediately said", "Trump has even said".
func (f *finder) adverb(i int) bool {
	t := &f.toks[i]
	if t.Kind != text.Word || t.Cap {
		return false
	}
	if adverbs.Has(t.Lower) {
		return true
	}
	return f.adverbTag(i)
}

// adverbTag reports a token the shared annotation tags as an adverb (RB,
// RBR, RBS), capitalised or not ("Separately, ...").
func (f *finder) adverbTag(i int) bool {
	pos := f.d.Annotation().Words[i].POS
	return pos == "RB" || pos == "RBR" || pos == "RBS"
}

var adverbs = english.List("quote/adverbs")

// between may stand between a subject and its cue ("he later said").
var between = english.List("quote/between")

// clauseWords end a subject when walking back from a cue.
var clauseWords = english.List("quote/clause-words")

// segment is one stretch inside quotation marks.
type segment struct {
	open, close int // offsets of the opening mark and of the end of the closing mark
	in, inEnd   int // the words inside
	para        int
	cont        bool // the quote goes on in the next paragraph
}

// paragraphs returns each paragraph's span from the sentences.
func paragraphs(d *text.Doc) []Span {
	var out []Span
	for _, s := range d.Sentences {
		for len(out) <= s.Para {
			out = append(out, Span{-1, -1})
		}
		p := &out[s.Para]
		if p.Start < 0 {
			p.Start = s.Start
		}
		p.End = s.End
	}
	return out
}

// segments finds the quoted stretches of a paragraph. Double quotes of any
// kind (curly, straight, doubled backticks) and single quotes outside them;
// a paragraph that ends inside a quote closes it there.
func segments(t string, p Span, para int) []segment {
	var out []segment
	open, in, kind := -1, -1, byte(0)
	s := t[p.Start:p.End]
	for i := markFrom(s, 0); i < len(s); i = markFrom(s, i) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isMarkRune(r) {
			i += size
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		atStart := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
		if r == '`' && strings.HasPrefix(s[i:], "``") {
			r, size = '“', 2
		} else if r == '\'' && strings.HasPrefix(s[i:], "''") {
			r, size = '”', 2
		}
		switch {
		case kind != 0 && editorial(s[in:i]):
			// "... near "the grotto" ...], and was made ...": a quote
			// inside the editor's square brackets of a quote is the
			// editor's, and neither closes nor opens one.
		case kind == 0 && (r == '“' || r == '«' || r == '„' || r == '"' && atStart && !unicode.IsSpace(next)):
			open, in, kind = i, i+size, 'd'
		case kind == 0 && (r == '‘' || r == '\'') && atStart && (unicode.IsLetter(next) || unicode.IsDigit(next)):
			open, in, kind = i, i+size, 's'
		case kind == 'd' && (r == '”' || r == '»' || r == '"' || r == '“' && !atStart):
			out = append(out, segment{open: p.Start + open, close: p.Start + i + size, in: p.Start + in, inEnd: p.Start + i, para: para})
			kind = 0
		case kind == 's' && (r == '’' || r == '\'') && !unicode.IsLetter(next) && !unicode.IsDigit(next) && i > in:
			out = append(out, segment{open: p.Start + open, close: p.Start + i + size, in: p.Start + in, inEnd: p.Start + i, para: para})
			kind = 0
		}
		i += size
	}
	if kind == 'd' {
		out = append(out, segment{open: p.Start + open, close: p.End, in: p.Start + in, inEnd: p.End, para: para, cont: true})
	}
	// A single-quoted stretch of one short word is more likely an apostrophe
	// pair than a quote.
	kept := out[:0]
	for _, g := range out {
		if g.inEnd-g.in >= 2 {
			kept = append(kept, g)
		}
	}
	return kept
}

// editorial reports a quote's text so far that leaves a square bracket
// open: what follows is the editor's insertion ("[in front of the beach]").
func editorial(sofar string) bool {
	return strings.LastIndexByte(sofar, '[') > strings.LastIndexByte(sofar, ']')
}

// markFrom returns the first index from i of a byte that may begin a
// quote mark: most bytes are ASCII and no mark, and segments passes them
// over undecoded.
func markFrom(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '"' || c == '\'' || c == '`' {
			return i
		}
	}
	return i
}

// isMarkRune reports the runes that may open or close a quotation.
func isMarkRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '‘', '’', '«', '»', '„':
		return true
	}
	return false
}

// finder holds what one document's search needs.
type finder struct {
	d    *text.Doc
	doc  int
	r    *entity.Resolver
	toks []text.Token
	t    string
}

// tokAt returns the index of the first token starting at or after off.
func (f *finder) tokAt(off int) int {
	return sort.Search(len(f.toks), func(i int) bool { return f.toks[i].Start >= off })
}

// sentenceOf returns the span of the sentence holding offset off.
// nearParagraphs is how many paragraphs back a pronoun's person may be
// named: news names a speaker in the quote's paragraph or just before.
const nearParagraphs = 3

func (f *finder) sentenceOf(off int) Span {
	ss := f.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == len(ss) {
		return Span{off, off}
	}
	return Span{ss[i].Start, ss[i].End}
}

// Find returns the attributions of one document whose content holds a
// quotation: direct quotes, partial quotes inside reported speech, and
// quotes split by "he said".
func Find(d *text.Doc, doc int, r *entity.Resolver) []Attribution {
	f := &finder{d: d, doc: doc, r: r, toks: d.Tokens, t: d.Article.Text}
	paras := paragraphs(d)
	var segs []segment
	for pi, p := range paras {
		if p.Start >= 0 {
			segs = append(segs, segments(f.t, p, pi)...)
		}
	}
	var out []Attribution
	for si := 0; si < len(segs); si++ {
		g := segs[si]
		if f.nickname(g) {
			continue
		}
		if n := len(out); n > 0 && covered(out[n-1].Content, g.open) {
			out[n-1].Quoted = append(out[n-1].Quoted, Span{g.in, g.inEnd})
			continue
		}
		a, ok := f.attribute(g, segs, si, out)
		// A quote that runs on over paragraphs ("...\n\n“...") is one quote.
		for ok && g.cont && si+1 < len(segs) && segs[si+1].para == g.para+1 && strings.TrimSpace(f.t[paras[g.para+1].Start:segs[si+1].open]) == "" {
			si++
			g = segs[si]
			a.Content = append(a.Content, Span{g.open, g.close})
			a.Quoted = append(a.Quoted, Span{g.in, g.inEnd})
		}
		if ok {
			a.Title = f.titleInQuotes(g, paras[g.para])
			out = append(out, a)
		}
	}
	return out
}

// nicknameCues before a short quoted stretch make it a name someone goes
// by ("goes by the nickname “Kiwi”").
var nicknameCues = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range english.Phrases("quote/nickname-cues") {
		m[p] = true
	}
	return m
})

// nickname reports a quoted stretch that is a name, not speech: one to
// three capitalised words after a word for a nickname ("goes by the
// nickname “Kiwi”", "known as “Big Mike”"), or between the given name
// and the surname of a person ("Jonathan “JD” De Guzman").
func (f *finder) nickname(g segment) bool {
	in := f.tokAt(g.in)
	n := f.capitalisedWords(g)
	if n == 0 || n > 3 {
		return false
	}
	open := f.tokAt(g.open)
	b := open - 1
	if cues := nicknameCues(); b >= 0 && cues[f.toks[b].Lower] || b >= 1 && cues[f.toks[b-1].Lower+" "+f.toks[b].Lower] {
		return true
	}
	// Between a given name and a surname: initials ("Jonathan “JD” De
	// Guzman"), or a capitalised word when the surname after it names
	// someone elsewhere in the report too ("Joseph “Moe” Allen ... Allen
	// had been in Texas"). A headline's capitalised words put a word in
	// scare quotes ("Rubio ‘Won’ By", "Was “Despondent” Over") whose next
	// word is no name the report uses again. PolNeAR marks such a
	// nickname ("John “Tig” Tiegen") as a quote; a reader of the brief
	// would not read "Tig" as anyone's words.
	after := f.tokAt(g.close)
	if n != 1 || b < 0 || after >= len(f.toks) {
		return false
	}
	if _, poss := possessiveEnd(f.toks[b].Text); poss {
		return false
	}
	between := f.toks[b].Kind == text.Word && f.toks[b].Cap && f.toks[b].End+1 == g.open &&
		f.toks[after].Kind == text.Word && f.toks[after].Cap && f.toks[after].Start == g.close+1 && !f.isCue(after)
	return between && (text.Initials(f.toks[in].Text) || f.namedElsewhere(after) || f.ageAfter(after))
}

// capitalisedWords counts the words quoted in g when every one of them is
// capitalised, with no mark but a comma, a period or a hyphen between or
// after them; 0 otherwise. An article or a preposition may stay in lower
// case before the last word, as a title writes them ("the King of the
// Cochayuyo").
func (f *finder) capitalisedWords(g segment) int {
	n := 0
	lower := false // the last word was a lower-case article or preposition
	for i := f.tokAt(g.in); i < len(f.toks) && f.toks[i].End <= g.inEnd; i++ {
		t := &f.toks[i]
		if t.Kind == text.Word {
			lower = !t.Cap
			if lower && !english.Determiners.Has(t.Lower) && !english.Prepositions.Has(t.Lower) {
				return 0
			}
			if !lower {
				n++
			}
		} else if t.Text != "," && t.Text != "." && t.Text != "-" {
			return 0
		}
	}
	if lower {
		return 0
	}
	return n
}

// titleInQuotes reports a quoted stretch that names something rather than
// quotes anyone: one to five capitalised words that a word of the same
// sentence comes before, as a film, a video, a brand or a place's nickname
// is written ("during a showing of 'Trainwreck.'", "his friend had a
// “Glock”", "a video titled “Elliot Rodger's Retribution”", "what's known
// as “Terrortown”"), or two or more such words that make a paragraph of
// their own, a heading ("“POPPING NOISES”"). Words someone said are
// capitalised only where they open a sentence ("“All weekend,” he
// continued") or follow a verb of speech ("said “Yes.”"); a verb that
// names with the words ("called “Six-Nine”") quotes no speech.
func (f *finder) titleInQuotes(g segment, para Span) bool {
	n := f.capitalisedWords(g)
	if n == 0 || n > 5 {
		return false
	}
	if b := f.tokAt(g.open) - 1; b >= 0 && f.toks[b].Kind == text.Word && f.toks[b].Start >= f.sentenceOf(g.open).Start {
		return !f.isCue(b) || namingCues.Has(f.toks[b].Lower)
	}
	return n >= 2 && strings.TrimSpace(f.t[para.Start:para.End]) == f.t[g.open:g.close]
}

// ageAfter reports a person's age set off by commas after the surname at
// i, as news gives it on first naming ("Fayzon “Suki” Reboyras, 22, of New
// Haven"): the words before it are a person's name, and a capitalised word
// quoted inside it a nickname, even where the report never names that
// person again.
func (f *finder) ageAfter(i int) bool {
	return i+3 < len(f.toks) && f.toks[i+1].Text == "," && f.toks[i+2].Kind == text.Number && f.toks[i+3].Text == "," &&
		len(f.toks[i+2].Text) <= 3
}

// subjectJustBefore returns the person who is the subject of the sentence
// right before the one of a pronoun's "he said": "Tejata raced up to the
// apartment and found Wilta unconscious in her bedroom. “She was halfway
// in bed ...,” he said." The person named last (Wilta) is the object. A
// person named after a speech verb later in that sentence spoke instead
// ("Marquez ... was taken alive Friday, said spokeswoman Dena Erwin.").
func (f *finder) subjectJustBefore(off int) (string, bool) {
	prev, ok := f.sentenceBefore(f.sentenceOf(off).Start)
	if !ok {
		return "", false
	}
	name, at, ok := f.r.SubjectBefore(f.doc, off)
	if !ok || at < prev.Start {
		return "", false
	}
	// ", said spokeswoman Dena Erwin": a speech verb after a comma, the
	// person named within a few words after it.
	if last, end, ok := f.r.LastPerson(f.doc, off); ok && end > at && end <= prev.End {
		for k := f.tokAt(at) + 1; k < len(f.toks) && f.toks[k].End < end; k++ {
			if f.toks[k-1].Text == "," && f.isCue(k) && end-f.toks[k].End <= 60 {
				return last, true
			}
		}
	}
	if sp, ok := f.saidBy(at, off); ok {
		return sp, true
	}
	return name, true
}

// namedElsewhere reports whether the capitalised word at token i stands
// capitalised somewhere else in the report, not first in its sentence:
// a surname the report goes on using.
func (f *finder) namedElsewhere(i int) bool {
	w := f.toks[i].Text
	for j := 1; j < len(f.toks); j++ {
		if j == i || f.toks[j].Text != w {
			continue
		}
		if p := &f.toks[j-1]; p.Kind == text.Word || p.Text == "," {
			return true
		}
	}
	return false
}

func covered(spans []Span, off int) bool {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// attribute finds the cue and source of a quoted stretch.
func (f *finder) attribute(g segment, segs []segment, si int, prev []Attribution) (Attribution, bool) {
	a := Attribution{Quoted: []Span{{g.in, g.inEnd}}, Para: g.para}
	sent := f.sentenceOf(g.open)
	endSent := f.sentenceOf(max(g.close-1, g.open))
	sent.End = max(sent.End, endSent.End)
	// The region before the quote: from the sentence start, or the close of
	// the quote before it in the same sentence.
	lo := sent.Start
	if si > 0 && segs[si-1].close > lo && segs[si-1].close <= g.open {
		lo = segs[si-1].close
	}
	hi := sent.End
	if si+1 < len(segs) && segs[si+1].open < hi && segs[si+1].open >= g.close {
		hi = segs[si+1].open
	}
	before := strings.TrimSpace(f.t[lo:g.open])
	full := f.setOff(before, lo, g, sent)
	if !full && f.t[g.in:g.inEnd] != "" {
		// A whole sentence in quotes after a sentence start is full too.
		full = lo == sent.Start && before == ""
	}
	if full {
		return f.attributeWhole(a, g, segs, si, prev, sent, lo, hi, before)

	}
	// A partial quote inside reported speech: the content is the reported clause.
	if c := f.lastCueIn(sent.Start, g.open); c >= 0 {
		// "Cruz said ... that states can pass such laws because “...”":
		// a cue word read as a plural noun before its verb is the
		// subject of the reported clause; the cue before it speaks.
		if c2 := f.lastCueIn(sent.Start, f.toks[c].Start); c2 >= 0 && f.pluralSubject(c) {
			c = c2
		}
		start := f.contentStart(c)
		// "said during a visit on Friday that he ...": the content starts
		// at "that", past the adverbials between the cue and it.
		for i := f.tokAt(start); i < len(f.toks) && f.toks[i].End <= g.open && i-c <= 20; i++ {
			if t := f.toks[i].Text; t == ";" || t == ":" || f.isCue(i) {
				break
			}
			if f.toks[i].Lower == "that" {
				start = f.toks[i].Start
				break
			}
		}
		end := f.trimEnd(sent.End)
		if namingCues.Has(f.toks[c].Lower) {
			end = g.close
		}
		a.Content = []Span{{start, end}}
		f.setSource(&a, c, sent.Start, prev)
		// "X said Tuesday that according to its analysis, ... “...”": a
		// cue that names no source leaves the quote to the cue before it.
		if a.Source.End <= a.Source.Start {
			if c2 := f.lastCueIn(sent.Start, f.toks[c].Start); c2 >= 0 {
				b := a
				f.setSource(&b, c2, sent.Start, prev)
				if b.Source.End > b.Source.Start {
					a.Source, a.Speaker, a.Named, a.Via, a.Cue = b.Source, b.Speaker, b.Named, b.Via, b.Cue
				}
			}
		}
		return a, a.Content[0].End > a.Content[0].Start
	}
	if c := f.cueIn(g.close, sent.End); c >= 0 {
		end := f.toks[c].Start
		// Back over the source to the comma that ends the content.
		k := c - 1
		for k >= 0 && f.toks[k].Start >= g.close && f.toks[k].Text != "," {
			k--
		}
		if k >= 0 && f.toks[k].Text == "," && f.toks[k].Start >= g.close-1 {
			end = f.toks[k].Start
		} else if k >= 0 && f.toks[k].Start < g.close {
			end = g.close
		}
		start := sent.Start
		// "Whatever his impact on the race, “his chances are slim,” X said":
		// a phrase set off by a comma before the quote is not what was said.
		if strings.HasSuffix(before, ",") {
			start = g.open
		}
		a.Content = []Span{{start, end}}
		f.setSource(&a, c, sent.Start, prev)
		return a, true
	}
	return a, false
}

// attributeWhole attributes a quote that stands as a whole sentence or
// after a colon: by a cue after it ("..., Kim said"), in the next
// sentence, in a sentence before it that ends with a colon, by a cue
// before it, or as the words of the speaker of the quote before it.
func (f *finder) attributeWhole(a Attribution, g segment, segs []segment, si int, prev []Attribution, sent Span, lo, hi int, before string) (Attribution, bool) {
	a.Content = []Span{{g.open, g.close}}
	// Cue after: “...,” Kim said. / “...,” said Kim.
	if c := f.cueIn(g.close, hi); c >= 0 && f.nearAfter(g.close, c) {
		b := a
		f.setSource(&a, c, g.close, prev)
		// "he said ..., saying: “...,” as quoted by the BBC": a cue after
		// that names no source leaves the quote to the cue before its
		// colon.
		if a.Source.End > a.Source.Start || !strings.HasSuffix(before, ":") || f.lastCueIn(lo, g.open) < 0 {
			return a, true
		}
		a = b
	}
	// “... paid!” LeVell declared. — the splitter ends the sentence
	// with the quote, and the attribution is the next one.
	if hi == sent.End && strings.TrimSpace(f.t[g.close:sent.End]) == "" {
		next := f.sentenceOf(sent.End)
		nhi := next.End
		if si+1 < len(segs) && segs[si+1].open < nhi && segs[si+1].open >= g.close {
			nhi = segs[si+1].open
		}
		if next.Start >= sent.End && f.paraOf(next.Start) == g.para {
			if c := f.cueIn(g.close, nhi); c >= 0 && c-f.tokAt(g.close) <= 6 && f.nearAfter(g.close, c) {
				f.setSource(&a, c, g.close, prev)
				return a, true
			}
		}
	}
	// “Stated Stone:” / “Cruz called them on it:” as the sentence
	// before a quote that opens its own.
	if before == "" {
		if ps, ok := f.sentenceBefore(sent.Start); ok && strings.HasSuffix(strings.TrimSpace(f.t[ps.Start:ps.End]), ":") {
			if c := f.lastCueIn(ps.Start, ps.End); c >= 0 {
				f.setSource(&a, c, ps.Start, prev)
				if a.Source.End > a.Source.Start {
					return a, true
				}
			}
			if s, e, name, ok := f.r.FirstName(f.doc, ps.Start, ps.End); ok && s-ps.Start <= 30 {
				a.Source, a.Speaker, a.Named = f.widenName(Span{s, e}, ps.Start), name, true
				a.Cue = Span{ps.End - 1, ps.End}
				// "The family of Noelle has released the following
				// statement:": the name is a role's complement, and the
				// role spoke.
				if role := (Span{ps.Start, e}); f.complementOfRole(s) && f.roleHead(role) {
					a.Source, a.Speaker, a.Named = role, strings.TrimSpace(f.t[role.Start:role.End]), false
				}
				return a, true
			}
		}
	}
	// Cue before: Kim said: “...” / Putin welcomed Kim, saying: “...”
	if c := f.lastCueIn(lo, g.open); c >= 0 {
		f.setSource(&a, c, lo, prev)
		return a, true
	}
	// "X's response: “...”"; "Anita Barley, Jonah's mother: “...”", a
	// transcript's line, whose speaker is the name that opens it, before
	// the appositive that says who she is.
	if strings.HasSuffix(before, ":") {
		if s, e, name, ok := f.r.FirstName(f.doc, lo, g.open); ok && strings.TrimSpace(f.t[lo:s]) == "" && strings.HasPrefix(f.t[e:], ",") {
			a.Source, a.Speaker, a.Named = Span{s, e}, name, true
			a.Cue = Span{g.open - 1, g.open}
			return a, true
		}
		if s, e, name, ok := f.r.LastName(f.doc, lo, g.open); ok {
			a.Source, a.Speaker, a.Named = f.widenName(Span{s, e}, lo), name, true
			a.Cue = Span{g.open - 1, g.open}
			return a, true
		}
	}
	// A quote on its own after an attributed one goes on with its speaker;
	// one in a heading ("‘We are here because we fear’: Residents scramble
	// after second earthquake") opens a new section, and whoever spoke
	// last is no guide to its words.
	if n := len(prev); n > 0 && prev[n-1].Para >= g.para-1 && !f.heading(sent) {
		p := prev[n-1]
		if p.Para == g.para {
			prev[n-1].Content = append(prev[n-1].Content, Span{g.open, g.close})
			prev[n-1].Quoted = append(prev[n-1].Quoted, Span{g.in, g.inEnd})
			return a, false
		}
		a.Source, a.Speaker, a.Named, a.Via = p.Source, p.Speaker, p.Named, p.Via
		return a, true
	}
	return a, false
}

// heading reports a sentence that ends on no sentence's closing mark (a
// full stop, a question or exclamation mark, a closing quote or bracket):
// a heading or a title line.
func (f *finder) heading(sent Span) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(f.t[sent.Start:sent.End]))
	return !strings.ContainsRune(".!?…:;\"”’'»)]", r)
}

// paraOf returns the paragraph of the sentence holding off.
func (f *finder) paraOf(off int) int {
	ss := f.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == len(ss) {
		return -1
	}
	return ss[i].Para
}

// sentenceBefore returns the sentence that ends last before off.
func (f *finder) sentenceBefore(off int) (Span, bool) {
	ss := f.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == 0 {
		return Span{}, false
	}
	return Span{ss[i-1].Start, ss[i-1].End}, true
}

// cueIn returns the index of the first cue token in text[lo:hi], outside quotes.
func (f *finder) cueIn(lo, hi int) int {
	for i := f.tokAt(lo); i < len(f.toks) && f.toks[i].End <= hi; i++ {
		if f.isCue(i) {
			return i
		}
	}
	return -1
}

func (f *finder) lastCueIn(lo, hi int) int {
	best := -1
	for i := f.tokAt(lo); i < len(f.toks) && f.toks[i].End <= hi; i++ {
		if f.isCue(i) {
			best = i
		}
	}
	return best
}

func (f *finder) isCue(i int) bool {
	t := &f.toks[i]
	if t.Kind == text.Word && t.Lower == "read" && !t.Cap {
		return f.readOut(i)
	}
	if t.Kind != text.Word || !cues.Has(t.Lower) {
		return false
	}
	// "the United States has become": a capitalised word after another is
	// part of a name, not a verb.
	if t.Cap && i > 0 && f.toks[i-1].Kind == text.Word && f.toks[i-1].Cap && f.toks[i-1].End+1 >= t.Start {
		return false
	}
	// "The accused wheelman": right after an article the word modifies
	// a noun; it is no verb of speech.
	if i > 0 && (nounOpeners.Has(f.toks[i-1].Lower) || f.otherModifier(i)) {
		return false
	}
	switch t.Lower {
	case "according":
		return i+1 < len(f.toks) && f.toks[i+1].Lower == "to"
	case "continued", "continues":
		return i+1 < len(f.toks) && (f.toks[i+1].Text == ":" || isQuotePunct(f.toks[i+1].Text) ||
			f.toks[i+1].Text == "," && i+2 < len(f.toks) && isQuotePunct(f.toks[i+2].Text))
	case "called":
		// "the so called “Bali Roadmap”" (so-called written apart) names
		// a thing; nobody is quoted.
		return i == 0 || f.toks[i-1].Lower != "so"
	}
	return true
}

// setOff reports whether a quote stands as said on its own, set off from
// the words before it (before, from lo): nothing, a colon, or a comma after
// a cue. A dash before a quote that a cue right after attributes sets it
// off as a colon does: "Police said the injuries were a close call —
// “...,” Nixon said." gives the words to Nixon, not to the police.
func (f *finder) setOff(before string, lo int, g segment, sent Span) bool {
	switch {
	case before == "", strings.HasSuffix(before, ":"):
		return true
	case strings.HasSuffix(before, ","):
		return f.cueIn(lo, g.open) >= 0
	case strings.HasSuffix(before, "—"), strings.HasSuffix(before, "–"):
		return f.cueIn(g.close, min(g.close+40, sent.End)) >= 0
	}
	return false
}

// pluralSubject reports a cue word that the annotation reads as a plural
// noun before a verb ("states can pass", "reports say").
func (f *finder) pluralSubject(i int) bool {
	a := f.d.Annotation()
	return a.Words[i].POS == "NNS" && i+1 < len(f.toks) && a.Verb(i+1)
}

// nearAfter reports whether the cue at c belongs to the quote that closed
// at off: only the source, a comma or an adverb stand between them.
func (f *finder) nearAfter(off, c int) bool {
	n := 0
	for i := f.tokAt(off); i < c; i++ {
		if f.toks[i].Text == "." && !f.abbrevBefore(i) || f.toks[i].Text == "!" || f.toks[i].Text == "?" {
			return false
		}
		n++
	}
	return n <= 14
}

// abbrevBefore reports whether the full stop at token i ends an
// abbreviation or an initial rather than a sentence.
func (f *finder) abbrevBefore(i int) bool {
	if i == 0 || f.toks[i-1].End != f.toks[i].Start {
		return false
	}
	w := f.toks[i-1].Lower
	return english.Abbreviations.Has(w) || abbrevs.Has(w) || len(w) == 1 && f.toks[i-1].Cap
}

// setSource fills in the source of an attribution whose cue is token c;
// lo bounds the search backwards.
func (f *finder) setSource(a *Attribution, c, lo int, prev []Attribution) {
	a.Cue = Span{f.toks[c].Start, f.toks[c].End}
	bad := false
	if f.toks[c].Lower == "according" {
		a.Cue.End = f.toks[c+1].End
		a.Source = f.npAfter(c + 2)
	} else if s, ok := f.quotedAs(c, lo); ok {
		a.Source = s
	} else if s, ok := f.passiveAgent(c); ok {
		a.Source = s
	} else if f.sourceBefore(c) {
		a.Source = f.npBefore(c, lo)
		// "“literally in the dark” due to power failures, said State
		// Department spokesman P. J. Crowley.": a cue right after a comma
		// with a noun phrase after it to the end of the sentence is
		// inverted; its subject follows it.
		if s, ok := f.invertedSubject(c); ok {
			a.Source = s
		}
		// "Trump and Ryan issued a statement describing": the words
		// before a participle are the verb's object; the source is the
		// clause's subject inside them.
		if participles.Has(f.toks[c].Lower) && a.Source.End > a.Source.Start {
			if s, ok := f.clauseSubject(c); ok && s.Start >= a.Source.Start && s.End < a.Source.End && f.verbAfter(s) {
				a.Source = s
			}
		}
		// "others took cover in what Seabrooks called a “safe room”": the
		// free relative's subject is the source, not the clause it sits in.
		a.Source = f.afterWhat(a.Source, c)
		// "Joe Biden, urging those calling for ...", "in the 2008 primary,
		// said": a participle or a preposition opens no source.
		if f.notSubject(a.Source) {
			a.Source = Span{}
			bad = true
		}
		if a.Source.End <= a.Source.Start && f.coordinated(c) {
			// "Carson took the stage and called the system “rotten”":
			// the subject of the first verb.
			if s, ok := f.clauseSubject(c); ok {
				a.Source = s
			}
		}
		if a.Source.End <= a.Source.Start {
			a.Source = f.npAfter(c + 1)
		}
	}
	if a.Source.End <= a.Source.Start && (bad || participles.Has(f.toks[c].Lower) || c > 0 && gerundHeads.Has(f.toks[c-1].Lower) || f.infinitive(c)) {
		if s, ok := f.subjectBefore(c, lo); ok {
			a.Source = s
		} else if s, ok := f.clauseSubject(c); ok {
			a.Source = s
		} else if f.infinitive(c) {
			// No clause subject found: the words before, as before.
			a.Source = f.npBefore(c, lo)
		} else if sent := f.sentenceOf(f.toks[c].Start); true {
			// The subject of the clause the participle hangs on.
			if s, e, _, ok := f.r.FirstName(f.doc, sent.Start, f.toks[c].Start); ok {
				a.Source = f.widenName(Span{s, e}, sent.Start)
			} else if n := len(prev); n > 0 && prev[n-1].Para == a.Para {
				a.Source, a.Speaker, a.Named = prev[n-1].Source, prev[n-1].Speaker, prev[n-1].Named
			}
		}
	}
	// "with the latter stating": a word read as an adverb between
	// subject and cue ("later") left the article alone; the phrase is
	// the article and the words up to the cue.
	if src := a.Source; src.End > src.Start && article(strings.ToLower(f.t[src.Start:src.End])) && f.tokAt(src.End) < c {
		a.Source.End = f.toks[c-1].End
	}
	a.Source = f.withParty(f.trimContraction(a.Source))
	if a.Speaker == "" {
		a.Speaker, a.Named = f.speaker(a.Source, prev, a.Para)
	}
	a.Via = f.via(a, c)
}

// sourceBefore reports a cue whose source is the noun phrase before it:
// not a participle after a comma or a gerund's head ("..., saying",
// "by saying"), not a passive's ("being told", "been quoted"), not an
// infinitive.
func (f *finder) sourceBefore(c int) bool {
	if c > 0 && participles.Has(f.toks[c].Lower) && (f.toks[c-1].Text == "," || gerundHeads.Has(f.toks[c-1].Lower)) {
		return false
	}
	if c > 0 && (f.toks[c-1].Lower == "being" || f.toks[c-1].Lower == "been") {
		return false
	}
	return !f.infinitive(c)
}

// passiveAgent is the source of a cue in the passive, the agent after its
// "by": "He was praised by the school's president, Chui L. Tsang, as “an
// integral part of the Santa Monica College family”" quotes the
// president, not the man praised.
func (f *finder) passiveAgent(c int) (Span, bool) {
	if c < 1 || c+2 >= len(f.toks) || f.toks[c+1].Lower != "by" || english.Auxiliaries.Kind(f.toks[c-1].Lower) != "be" {
		return Span{}, false
	}
	src := f.npAfter(c + 2)
	return src, src.End > src.Start
}

// afterWhat cuts a source that a free relative's "what" opens inside,
// before the cue c, to the words after it: of "others took cover in what
// Seabrooks called a “safe room”" the source is "Seabrooks".
func (f *finder) afterWhat(src Span, c int) Span {
	if src.End <= src.Start {
		return src
	}
	for i := c - 1; i > 0 && f.toks[i].Start >= src.Start; i-- {
		if f.toks[i].Lower == "what" {
			if i+1 < c {
				return Span{f.toks[i+1].Start, src.End}
			}
			break
		}
	}
	return src
}

// quotedAs is the source of a participle cue after "as": "quoted an Air
// Comet pilot ... as saying he witnessed “...”" names the speaker as the
// verb's object, the noun phrase before "as"; "was quoted as saying" as
// the clause's subject. The words after the cue are the content, never
// its source.
func (f *finder) quotedAs(c, lo int) (Span, bool) {
	if c < 2 || !participles.Has(f.toks[c].Lower) || f.toks[c-1].Lower != "as" || f.toks[c-1].Start < lo {
		return Span{}, false
	}
	if f.toks[c-2].Kind == text.Word && f.d.Annotation().Participle(c-2) {
		// "was quoted as saying": the passive's subject.
		if s, ok := f.subjectBefore(c-2, lo); ok {
			return s, true
		}
		if s, ok := f.clauseSubject(c - 2); ok {
			return s, true
		}
		src := f.npBefore(c-2, lo)
		return src, src.End > src.Start && !f.notSubject(src)
	}
	// "was quoted by the agency as saying": a phrase opened by a
	// preposition is no speaker; the usual search decides.
	src := f.npBefore(c-1, lo)
	return src, src.End > src.Start && !f.notSubject(src)
}

// invertedSubject is the subject of a cue inverted after a comma ("...,
// said X."): the noun phrase after the cue when the sentence ends with it
// (or with its apposition). A verb that takes an object ("X, a professor,
// told The Hill.", "called the KKK “abhorrent”") is not inverted, nor is
// one before a pronoun or a time ("..., said he", "..., said Monday").
func (f *finder) invertedSubject(c int) (Span, bool) {
	if c == 0 || f.toks[c-1].Text != "," || c+1 >= len(f.toks) || timeWords.Has(f.toks[c+1].Lower) ||
		pronouns.Has(f.toks[c+1].Lower) || objectCues.Has(f.toks[c].Lower) || namingCues.Has(f.toks[c].Lower) {
		return Span{}, false
	}
	src := f.npAfter(c + 1)
	if src.End <= src.Start {
		return Span{}, false
	}
	k := f.tokAt(src.End)
	if k < len(f.toks) && f.toks[k].Text == "(" {
		k = f.tokAt(f.withParty(src).End)
	}
	if k < len(f.toks) && f.toks[k].Text != "." && f.toks[k].Text != "!" && f.toks[k].Text != "?" {
		return Span{}, false
	}
	return src, true
}

// notSubject reports a source as found that cannot be a subject: it opens
// with a lower-case participle or preposition.
func (f *finder) notSubject(src Span) bool {
	if src.End <= src.Start {
		return false
	}
	t := &f.toks[f.tokAt(src.Start)]
	return t.Kind == text.Word && !t.Cap && (strings.HasSuffix(t.Lower, "ing") && len(t.Lower) > 4 || sourcePreps.Has(t.Lower))
}

// sourcePreps cannot open a source.
var sourcePreps = english.List("quote/source-preps")

// trimContraction cuts a pronoun source written with its verb ("He’s
// said", "she'd told") down to the pronoun.
func (f *finder) trimContraction(src Span) Span {
	w := f.t[src.Start:src.End]
	if k := strings.IndexAny(w, "'’"); k > 0 && pronouns.Has(strings.ToLower(w[:k])) {
		src.End = src.Start + k
	}
	return src
}

// widenName extends a name the resolver found to the noun phrase it heads
// (not before lo): capitalised titles and initials, "the", a lower-case
// title after a capitalised word ("Republican pollster Daron Shaw"), a
// modifier such as "former", and a name joined by "and" ("Mark Blumenthal
// and Jon Cohen").
func (f *finder) widenName(src Span, lo int) Span {
	i := f.tokAt(src.Start)
	for i > 0 && f.toks[i-1].Start >= lo {
		p := &f.toks[i-1]
		switch {
		case p.Kind == text.Word && p.Cap && !p.Stop && !timeWords.Has(p.Lower) && !adverbialWords.Has(p.Lower),
			p.Text == "." && f.abbrevBefore(i-1):
			i--
			continue
		case p.Kind == text.Word && (p.Lower == "the" || determiners.Has(p.Lower) && p.Lower != "one"):
			i--
		case p.Kind == text.Word && !p.Cap && !p.Stop && i >= 2 && f.toks[i-2].Start >= lo && f.toks[i-2].Kind == text.Word &&
			f.toks[i-2].Cap && !f.toks[i-2].Stop && !cues.Has(p.Lower) && !f.participle(i-1) && !f.adverb(i-1):
			i -= 2
			continue
		case p.Lower == "and" && i >= 2 && f.toks[i-2].Start >= lo && f.toks[i-2].Kind == text.Word && f.toks[i-2].Cap:
			i -= 2
			continue
		}
		break
	}
	src.Start = f.toks[i].Start
	return f.trimAdverbial(src)
}

// verbAfter reports whether a word, not a comma or a name, follows the
// subject src: "The town released", not "Jane Doe, a professor".
func (f *finder) verbAfter(src Span) bool {
	i := f.tokAt(src.End)
	return i < len(f.toks) && f.toks[i].Kind == text.Word && !f.toks[i].Cap && !clauseWords.Has(f.toks[i].Lower) &&
		!postModifiers.Has(f.toks[i].Lower)
}

// infinitive reports a cue after "to" ("interjected to say", "is reported to
// have called"): its subject is the clause's, not the words before "to".
func (f *finder) infinitive(c int) bool {
	i := c - 1
	if i >= 0 && (f.toks[i].Lower == "have" || f.toks[i].Lower == "be") {
		i--
	}
	return i >= 0 && f.toks[i].Lower == "to"
}

// coordinated reports whether the cue at c is the second verb of its
// subject: "and said", "but added", "then told".
func (f *finder) coordinated(c int) bool {
	i := c - 1
	for i >= 0 && (between.Has(f.toks[i].Lower) && !f.toks[i].Cap || f.adverb(i)) {
		i--
	}
	return i >= 0 && (f.toks[i].Lower == "and" || f.toks[i].Lower == "but" || f.toks[i].Lower == "then")
}

// clauseSubject is the subject of the main clause of the sentence that
// holds the cue at c, as the shared annotation reads it
// (text.Annotation.SentenceSubject). It serves a cue that takes its
// subject from the sentence: a participle ("..., saying"), a second verb
// ("Carson took the stage and called", "He praised those who left but
// said"). "it", "you" and a number name no speaker.
func (f *finder) clauseSubject(c int) (Span, bool) {
	a := f.d.Annotation()
	sp, h := a.SentenceSubject(a.Sentence(c))
	// "When Robby Mook ... was asked ..., he laughed and said": a second
	// verb's subject is its first verb's, which the annotation gives it.
	if p := a.PropAt(c); p != nil && f.coordinated(c) && p.Finite && p.SubjectHead >= 0 && p.Subject.End <= c {
		sp, h = p.Subject, p.SubjectHead
	}
	if h < 0 || sp.End > c || !a.Noun(h) && a.Words[h].POS != "PRP" || f.toks[h].Lower == "it" || f.toks[h].Lower == "you" {
		return Span{}, false
	}
	s, e := a.Bytes(sp)
	return Span{s, e}, true
}

// subjectBefore finds the subject of the main clause a participle cue
// hangs on: the source before the previous cue in the same stretch. It is
// the speaker span of that cue (npBefore), not a clause subject: "X told
// reporters on Monday, adding" gives the source as written before "told".
func (f *finder) subjectBefore(c, lo int) (Span, bool) {
	for i := c - 1; i >= 0 && f.toks[i].Start >= lo; i-- {
		if f.isCue(i) && !participles.Has(f.toks[i].Lower) {
			s := f.npBefore(i, lo)
			return s, s.End > s.Start
		}
	}
	return Span{}, false
}

// npBefore is the noun phrase before the cue at c: words back to a clause
// boundary, over adverbs ("he later said") and an appositive ("Jane Doe, a
// professor at X, said").
func (f *finder) npBefore(c, lo int) Span {
	i := f.skipBetween(c-1, lo)
	// "Trump on Saturday said", "Priebus later Thursday said": a time
	// adverbial between the subject and its cue.
	if k := f.timeBefore(i, lo); k < i {
		i = f.skipBetween(k, lo)
	}
	// "Franklin Graham, who has publicly vowed": the relative pronoun is
	// the source as written (as PolNeAR marks it); speaker resolves it to
	// the phrase it stands for.
	if i >= 0 && f.toks[i].Start >= lo && relative(f.toks[i].Lower) {
		return Span{f.toks[i].Start, f.toks[i].End}
	}
	if i >= 0 && f.toks[i].Start >= lo && f.toks[i].Text == "," {
		i = f.overAside(i, lo)
	}
	end := i
	if i < 0 || f.toks[i].Start < lo {
		return Span{}
	}
	appositive := false
	wasAppositive := f.toks[i].Text == ","
	if f.toks[i].Text == "," {
		appositive = true
		i--
		end = i
	}
	start, appositive := f.phraseBack(i, c, lo, appositive)
	if start < 0 || start > end {
		return Span{}
	}
	if sp, ok := f.pronounSource(start, end, appositive, wasAppositive); ok {
		return sp
	}
	if !f.personAfterAside(start, end, wasAppositive) {
		start = f.appositiveHead(start, lo, wasAppositive)
	}
	return f.trimAdverbial(Span{f.toks[start].Start, f.toks[end].End})
}

// skipBetween steps back from token i over the words that stand between a
// subject and its cue ("also", "later", "has") and adverbs.
func (f *finder) skipBetween(i, lo int) int {
	for i >= 0 && f.toks[i].Start >= lo && (between.Has(f.toks[i].Lower) && !f.toks[i].Cap || f.adverb(i)) {
		i--
	}
	return i
}

// phraseBack reads the noun phrase that ends at token i, back to a clause
// word, a cue or a punctuation mark (over a party label "(R-OH)", the
// comma of an appositive, and "and" between two names). It returns its
// first token (-1 for none) and whether an appositive's comma is still
// open.
func (f *finder) phraseBack(i, c, lo int, appositive bool) (int, bool) {
	start := -1
	n := 0
	for i >= 0 && f.toks[i].Start >= lo && n < 14 {
		t := &f.toks[i]
		if t.Kind == text.Punct && (!strings.Contains(".’'-&", t.Text) || f.doubledApostrophe(i)) {
			// "Gov. John Kasich (R-OH), said": over the party label.
			if t.Text == ")" {
				if k := f.partyStart(i); k >= 0 {
					i = k - 1
					n++
					continue
				}
			}
			if t.Text == "," && appositive {
				appositive = false
				i--
				n++
				continue
			}
			break
		}
		// "Frank Newport and Jim Harter wrote": two names, one source.
		if t.Lower == "and" && i > 0 && start > 0 && f.toks[start].Cap && f.toks[i-1].Cap && f.toks[i-1].Kind == text.Word && !appositive {
			start = i
			i--
			n++
			continue
		}
		if clauseWords.Has(t.Lower) || cues.Has(t.Lower) && i != c && !f.inProperName(i, start) {
			break
		}
		start = i
		i--
		n++
	}
	return start, appositive
}

// inProperName reports a cue word that is a word of a proper name, between
// two capitalised proper nouns of one phrase ("the Pacific Tsunami Warning
// Center said"): a name's word, not its verb.
func (f *finder) inProperName(i, start int) bool {
	if i == 0 || start != i+1 || !f.toks[i].Cap || !f.toks[i-1].Cap || !f.toks[start].Cap {
		return false
	}
	a := f.d.Annotation()
	return a.Proper(i-1) && a.Proper(i) && a.Proper(start)
}

// doubledApostrophe reports token i as one of two apostrophes written
// together, the typewriter closing quote (two backticks open one): a
// quotation mark that ends a phrase, never an apostrophe inside a name.
func (f *finder) doubledApostrophe(i int) bool {
	if f.toks[i].Text != "'" {
		return false
	}
	return i > 0 && f.toks[i-1].Text == "'" && f.toks[i-1].End == f.toks[i].Start ||
		i+1 < len(f.toks) && f.toks[i+1].Text == "'" && f.toks[i].End == f.toks[i+1].Start
}

// pronounSource reads a pronoun as the whole source: a subject pronoun
// right before the cue ("the crowd booed when he said", "what it
// called"), or one opening the words ("They slammed the tax loophole,
// saying").
func (f *finder) pronounSource(start, end int, appositive, wasAppositive bool) (Span, bool) {
	if start >= end || wasAppositive {
		return Span{}, false
	}
	if !appositive && f.toks[end].Kind == text.Word && pronouns.Has(f.toks[end].Lower) {
		return Span{f.toks[end].Start, f.toks[end].End}, true
	}
	if w := f.toks[start].Lower; pronouns.Has(w) && w != "it" && w != "you" {
		return Span{f.toks[start].Start, f.toks[start].End}, true
	}
	return Span{}, false
}

// personAfterAside reports a person's name alone before the cue, after
// the comma that closes an aside: "Referring to Donyae Jones, an
// African-American woman who was killed ..., Batts said". The name is the
// subject; the appositive before it belongs to the phrase it closes, not
// to the source ("Jane Doe, a professor at X, said" ends on its comma).
func (f *finder) personAfterAside(start, end int, wasAppositive bool) bool {
	if wasAppositive || start < 1 || f.toks[start-1].Text != "," {
		return false
	}
	for i := start; i <= end; i++ {
		if f.toks[i].Kind != text.Word || !f.toks[i].Cap {
			return false
		}
	}
	_, typ, ok := f.r.Name(f.doc, f.toks[start].Start, f.toks[end].End)
	return ok && typ == news.EntityPerson
}

// appositiveHead finds the head of an appositive that ends at start:
// "Jane Doe, a professor of politics and history at X told": the name
// before ", a". It returns the head's first token, or start.
func (f *finder) appositiveHead(start, lo int, wasAppositive bool) int {
	for k := start - 1; k >= 1 && start-k < 25 && f.toks[k].Start >= lo; k-- {
		t := &f.toks[k]
		if t.Text == "." || isQuotePunct(t.Text) {
			break
		}
		// "The UN, which said the school was clearly marked, said": the
		// cue of a relative clause on the subject, set off by commas, is
		// no boundary; the subject is before the clause.
		if cues.Has(t.Lower) && wasAppositive && k >= 2 && relative(f.toks[k-1].Lower) && f.toks[k-2].Text == "," {
			k--
			continue
		}
		if t.Text == ";" || t.Text == ":" || t.Text == "." && !f.abbrevBefore(k) || cues.Has(t.Lower) {
			break
		}
		if t.Text == "," && k+1 < len(f.toks) && f.nameWord(k-1) &&
			(article(f.toks[k+1].Text) || f.bareTitle(k+1) || wasAppositive && (f.appositiveStart(k+1) || relative(f.toks[k+1].Lower))) {
			h := k - 1
			for h > 0 && f.toks[h-1].Start >= lo && (f.nameWord(h-1) || f.toks[h-1].Text == "." && f.abbrevBefore(h-1)) {
				h--
			}
			// "On Sunday, the paper reported": a sentence-opening
			// adverbial, not a name with its appositive.
			if !f.adverbial(h, k) {
				return h
			}
			return start
		}
	}
	return start
}

// nameWord reports a word at i that may be a name's: capitalised, or a
// surname with its particle in lower case ("Saleh al-Humaidi").
func (f *finder) nameWord(i int) bool {
	t := &f.toks[i]
	return t.Kind == text.Word && (t.Cap || entity.ParticleSurname(t.Text))
}

// bareTitle reports a title without an article that opens an appositive
// before the cue: "Jane Doe, president of X told", "director at X". The
// preposition after the noun keeps a list ("Paris, police said") out.
func (f *finder) bareTitle(i int) bool {
	t := &f.toks[i]
	if t.Kind != text.Word || t.Cap || i+1 >= len(f.toks) || !english.IsNoun(t.Lower) || !f.appositiveStart(i) {
		return false
	}
	w := f.toks[i+1].Lower
	return w == "of" || w == "at"
}

// timeBefore steps back from token i over a time adverbial that ends there
// ("on Saturday", "later Thursday", "last week") and returns the token
// before it, or i when none ends there or nothing stands before it.
func (f *finder) timeBefore(i, lo int) int {
	k := i
	for k >= 0 && f.toks[k].Start >= lo && f.toks[k].Kind == text.Word && timeWords.Has(f.toks[k].Lower) && k > i-3 {
		k--
	}
	if k == i || k < 0 || f.toks[k].Start < lo {
		return i
	}
	if w := f.toks[k].Lower; w == "on" || w == "last" || w == "this" || w == "earlier" || w == "later" || w == "late" {
		k--
	} else if !f.toks[i].Cap {
		// A bare time word is a weekday or a month ("Trump Thursday
		// said"), not "week" or "years".
		return i
	}
	if k < 0 || f.toks[k].Start < lo || f.toks[k].Kind != text.Word {
		return i
	}
	return k
}

// overAside steps back from the comma at i over an aside set off by commas
// between a subject and its cue: "Bush, however, said", "Trump, in
// Kentucky, said", "Corey Lewandowski, in a statement released by the
// campaign on Thursday, said". It returns the token before the aside, or i.
func (f *finder) overAside(i, lo int) int {
	for k := i - 1; k > 0 && i-k <= 12 && f.toks[k].Start >= lo; k-- {
		t := &f.toks[k]
		if t.Kind == text.Punct && !strings.Contains(".’'-&", t.Text) {
			if t.Text != "," || k+1 >= i || f.toks[k-1].Kind != text.Word {
				return i
			}
			w := &f.toks[k+1]
			if w.Kind == text.Word && !w.Cap && (f.adverb(k+1) || apposPreps.Has(w.Lower)) {
				return k - 1
			}
			return i
		}
	}
	return i
}

// article reports a lower-case article: "The" capitalised after a comma
// starts a name ("On Sunday, The Australian reported"), not an appositive.
func article(w string) bool { return w == "a" || w == "an" || w == "the" }

// adverbialWords open a sentence's time or place adverbial ("On Sunday,",
// "Last week,", "In London,", "Meanwhile,"), or are time words inside one.
var adverbialWords = english.List("quote/adverbial-words")

// adverbial reports whether tokens [i, k) are an adverbial of time or
// place that opens a sentence: they start with an adverbial word.
func (f *finder) adverbial(i, k int) bool {
	return i < k && adverbialWords.Has(f.toks[i].Lower)
}

// trimAdverbial drops a sentence-opening adverbial and its comma from the
// front of a source: "On Sunday, The Australian" is "The Australian", and
// "On Tuesday Prime Minister Tony Blair" is "Prime Minister Tony Blair".
func (f *finder) trimAdverbial(src Span) Span {
	i := f.tokAt(src.Start)
	if i >= len(f.toks) || !adverbialWords.Has(f.toks[i].Lower) {
		return src
	}
	for k := i + 1; k < len(f.toks) && f.toks[k].End <= src.End && k-i <= 6; k++ {
		if f.toks[k].Text == "," {
			if k+1 < len(f.toks) && f.toks[k+1].End <= src.End {
				src.Start = f.toks[k+1].Start
			}
			return src
		}
	}
	// Without a comma: the adverbial is its opening word and the time
	// words after it.
	k := i + 1
	for k < len(f.toks) && f.toks[k].End <= src.End && (timeWords.Has(f.toks[k].Lower) || f.toks[k].Kind == text.Number) {
		k++
	}
	if k < len(f.toks) && f.toks[k].End <= src.End && f.toks[k].Kind == text.Word && (k > i+1 || !prepositions.Has(f.toks[i].Lower)) {
		src.Start = f.toks[k].Start
	}
	return src
}

// timeWords name days, months and parts of time in an adverbial.
var timeWords = english.List("quote/time-words")

// prepositions open an adverbial only with what follows them.
var prepositions = english.List("quote/prepositions")

func isQuotePunct(s string) bool {
	switch s {
	case `"`, "“", "”", "‘", "’", "«", "»", "`":
		return true
	}
	return false
}

// npAfter is the noun phrase that starts at token i ("said Kim", "according
// to state media"), to the next punctuation.
func (f *finder) npAfter(i int) Span {
	start, end := -1, -1
	for n := 0; i < len(f.toks) && n < 10; i, n = i+1, n+1 {
		t := &f.toks[i]
		if f.phraseBreak(i) || start < 0 && !f.opensSource(i) {
			break
		}
		if start >= 0 && f.toWithin(i) {
			end = i
			continue
		}
		if clauseWords.Has(t.Lower) || start >= 0 && (npAfterStop.Has(t.Lower) || cues.Has(t.Lower) || between.Has(t.Lower) || f.participleBeforePrep(i)) {
			break
		}
		if start < 0 {
			start = i
		}
		end = i
	}
	if start < 0 {
		return Span{}
	}
	// "state-run media, Korean Central News Agency,": the name in apposition.
	// "the Iranian Foreign Minister, Manouchehr Mottaki,": a role and the
	// name of who holds it.
	if i+1 < len(f.toks) && f.toks[i].Text == "," {
		end = f.apposedAfter(i, start, end)
	}
	return Span{f.toks[start].Start, f.toks[end].End}
}

// participleBeforePrep reports a past participle in lower case before a
// preposition at i ("according to the affidavit filed in 3rd District
// Court"): it opens a clause on the noun before it, which ends the source.
func (f *finder) participleBeforePrep(i int) bool {
	t := &f.toks[i]
	// "the statement released by the EU": an agent after "by" says
	// whose the source is, and stays in it.
	if t.Kind != text.Word || t.Cap || !strings.HasSuffix(t.Lower, "ed") || i+1 >= len(f.toks) ||
		!english.Prepositions.Has(f.toks[i+1].Lower) || f.toks[i+1].Lower == "by" {
		return false
	}
	l := english.VerbLemma(t.Lower)
	return l != t.Lower && english.IsVerb(l)
}

// phraseBreak reports a token that ends a source after its cue: a
// punctuation mark, or a dot that ends the sentence (not an abbreviation's
// before a capital).
func (f *finder) phraseBreak(i int) bool {
	t := &f.toks[i]
	if t.Kind == text.Punct && !strings.Contains(".’'-&", t.Text) {
		return true
	}
	return t.Text == "." && (i+1 >= len(f.toks) || f.toks[i+1].Start > t.End) && !(f.abbrevBefore(i) && i+1 < len(f.toks) && f.toks[i+1].Cap)
}

// opensSource reports a word that can open a source after its cue: a
// capital, an article, a pronoun, "one" or "another" before a word, a
// person's age before a name ("said 46-year-old Ivet Hernandez"), or a
// word that modifies a name ("said pollster Frank Luntz").
func (f *finder) opensSource(i int) bool {
	t := &f.toks[i]
	switch {
	case t.Cap || t.Lower == "the" || t.Lower == "a" || t.Lower == "an" || pronouns.Has(t.Lower) || t.Lower == "state":
		return true
	case (t.Lower == "one" || t.Lower == "another") && i+1 < len(f.toks) && f.toks[i+1].Kind == text.Word && !clauseWords.Has(f.toks[i+1].Lower):
		return true
	case t.Kind == text.Number && strings.HasSuffix(t.Lower, "-year-old") && i+1 < len(f.toks) && f.toks[i+1].Cap:
		return true
	}
	return f.modifiesName(i)
}

// toWithin reports a "to" inside the source: "said a person close to the
// Clintons", "a longtime adviser to Trump": after a common noun or
// "close" it is part of the source; after a name it names the hearer.
func (f *finder) toWithin(i int) bool {
	if f.toks[i].Lower != "to" || i+1 >= len(f.toks) {
		return false
	}
	p, n := &f.toks[i-1], &f.toks[i+1]
	return p.Kind == text.Word && !p.Cap && !pronouns.Has(p.Lower) && (n.Cap || article(n.Lower) || n.Lower == "both")
}

// apposedAfter extends or cuts a source [start, end] that a comma at i
// follows: "state-run media, Korean Central News Agency,": the name in
// apposition; "the Iranian Foreign Minister, Manouchehr Mottaki,": a role
// and the name of who holds it; "said Teal Baker, the national director
// of ...": the appositive belongs to the source, to the end of the
// clause. It returns the source's last token.
func (f *finder) apposedAfter(i, start, end int) int {
	if (!f.toks[end].Cap || !f.named(f.toks[start].Start, f.toks[end].End)) && f.toks[i+1].Cap {
		j := i + 1
		// a middle initial's dot is the name's ("Chui L. Tsang")
		for j < len(f.toks) && (f.toks[j].Kind == text.Word && f.toks[j].Cap || f.toks[j].Text == "." && len(f.toks[j-1].Text) == 1 && f.toks[j-1].Cap) {
			j++
		}
		if j < len(f.toks) && f.toks[j].Text == "," {
			return j - 1
		}
		return end
	}
	if f.toks[end].Cap && f.appositiveStart(i+1) {
		return f.relativeCut(i+1, f.appositiveEnd(i+1))
	}
	return end
}

// modifiesName reports whether the lower-case word at i opens a noun phrase
// that a name or a capitalised title ends: "said pollster Frank Luntz",
// "said former Wisconsin Gov. Jim Doyle", "added his campaign manager Jeff
// Weaver", "said one New Hampshire Democrat".
func (f *finder) modifiesName(i int) bool {
	t := &f.toks[i]
	if t.Kind != text.Word || t.Cap || clauseWords.Has(t.Lower) || npAfterStop.Has(t.Lower) || cues.Has(t.Lower) || between.Has(t.Lower) ||
		f.adverb(i) || timeWords.Has(t.Lower) || prepositions.Has(t.Lower) || t.Stop && !determiners.Has(t.Lower) {
		return false
	}
	for k := i + 1; k < len(f.toks) && k <= i+3; k++ {
		u := &f.toks[k]
		if u.Kind != text.Word {
			return false
		}
		if u.Cap {
			return true
		}
		if u.Stop || clauseWords.Has(u.Lower) || cues.Has(u.Lower) || between.Has(u.Lower) || f.adverb(k) {
			return false
		}
	}
	return false
}

// determiners may open a source after its cue ("said his campaign manager").
var determiners = english.List("quote/determiners")

// npAfterStop end a source after its cue: "said Margaret Beckett to the
// House of Commons", "said Charles Style who also said".
var npAfterStop = english.List("quote/np-after-stop")

// named reports whether text[start:end] holds an entity name.
func (f *finder) named(start, end int) bool {
	_, _, ok := f.r.Name(f.doc, start, end)
	return ok
}

// withParty extends a source over the party and state that US style puts
// after a politician's name: "Harry M. Reid (D-Nev.)", "John Smith, R-Ohio,".
func (f *finder) withParty(src Span) Span {
	if src.End <= src.Start {
		return src
	}
	i := f.tokAt(src.End)
	if i+1 >= len(f.toks) || !f.toks[i-1].Cap && f.toks[i-1].Text != "." {
		return src
	}
	switch f.toks[i].Text {
	case "(":
		for j := i + 1; j < len(f.toks) && j <= i+7; j++ {
			if f.toks[j].Text == ")" {
				if party(f.toks[i+1].Text) {
					src.End = f.toks[j].End
				}
				return src
			}
		}
	case ",":
		if party(f.toks[i+1].Text) {
			j := i + 1
			for j+1 < len(f.toks) && j < i+6 && f.toks[j+1].Start == f.toks[j].End {
				j++
			}
			src.End = f.toks[j].End
		}
	}
	return src
}

// partyStart returns the opening parenthesis of a party label ("(R-OH)") or
// of a name's short form ("Union Cycliste Internationale (UCI) told") whose
// closing parenthesis is token i, after a capitalised word, or -1.
func (f *finder) partyStart(i int) int {
	for k := i - 1; k > 0 && k >= i-7; k-- {
		if f.toks[k].Text == "(" {
			if (party(f.toks[k+1].Text) || k+2 == i && text.Initials(f.toks[k+1].Text)) && (f.toks[k-1].Cap || f.toks[k-1].Text == ".") {
				return k
			}
			return -1
		}
	}
	return -1
}

// party reports a party letter with a hyphen, as in "D-Nev." or "R-Ohio".
func party(w string) bool {
	return len(w) >= 2 && strings.ContainsRune("DRI", rune(w[0])) && (w[1] == '-' || w[1] == '.') || w == "D" || w == "R" || w == "I"
}

// appositiveStart reports whether token i, after a name and a comma, opens
// an appositive: an article, an age, or a lower-case title ("assistant
// secretary of state").
func (f *finder) appositiveStart(i int) bool {
	t := &f.toks[i]
	switch {
	case t.Lower == "a" || t.Lower == "an" || t.Lower == "the" || t.Lower == "who" || t.Lower == "whose":
		return true
	case t.Kind == text.Number:
		return true
	case t.Kind == text.Word && t.Cap:
		// "said Patti Solis Doyle, Clinton’s 2008 campaign manager",
		// "said Adriaan Schout, Europe coordinator at ...": a name's
		// possessive, or capitalised words before a lower-case noun.
		for k := i; k < len(f.toks) && k < i+4; k++ {
			u := &f.toks[k]
			if u.Kind != text.Word {
				return u.Text == "’" || u.Text == "'" || u.Text == "’s" || u.Text == "'s"
			}
			if _, poss := possessiveEnd(u.Text); poss {
				return true
			}
			if !u.Cap {
				return k > i && !u.Stop && !clauseWords.Has(u.Lower) && !cues.Has(u.Lower) && !between.Has(u.Lower) && !f.participle(k) && !f.adverb(k)
			}
		}
		return false
	case t.Kind == text.Word && !t.Cap:
		// "Joe Biden, urging those ...", "Corey Lewandowski, in a
		// statement": a participle or a preposition opens no appositive.
		return !clauseWords.Has(t.Lower) && !cues.Has(t.Lower) && !between.Has(t.Lower) && !pronouns.Has(t.Lower) &&
			!f.participle(i) && !apposPreps.Has(t.Lower)
	}
	return false
}

// apposPreps open a phrase after a source's comma that says where or how it
// spoke, not who it is: "Corey Lewandowski, in a statement".
var apposPreps = english.List("quote/appos-preps")

// relative reports a relative pronoun that may be a source ("who said").
func relative(w string) bool { return w == "who" || w == "which" }

// participle reports whether token i is a participle, by the shared
// annotation of the document (text.Annotation.Participle).
func (f *finder) participle(i int) bool { return f.d.Annotation().Participle(i) }

// appositiveEnd returns the last token of the appositive that starts at i:
// up to the end of the sentence or the next quotation, a cue or a dash.
func (f *finder) appositiveEnd(i int) int {
	end := i
	for n := 0; i < len(f.toks) && n < 40; i, n = i+1, n+1 {
		t := &f.toks[i]
		if t.Text == "." && !f.abbrevBefore(i) || t.Text == "?" || t.Text == "!" || t.Text == ";" || t.Text == ":" ||
			t.Text == "(" || t.Text == "—" || t.Text == "–" || isQuotePunct(t.Text) || cues.Has(t.Lower) {
			break
		}
		// "..., the national director of X, eyeing the coming weeks": a
		// participle or a preposition after a comma ends the appositive.
		if t.Text == "," && i+1 < len(f.toks) && f.toks[i+1].Kind == text.Word && !f.toks[i+1].Cap &&
			(f.participle(i+1) || prepositions.Has(f.toks[i+1].Lower)) {
			break
		}
		if t.Text != "," {
			end = i
		}
	}
	return end
}

// relativeCut drops a relative clause from the end of the appositive
// [i, end] when the clause's own verb is a cue ("said Weaver, who added",
// "Gov. Phil Bryant, a former backer of Cruz, who has since said"): the
// clause is another attribution, not part of the source.
func (f *finder) relativeCut(i, end int) int {
	k := end + 1
	for k < len(f.toks) && (f.toks[k].Text == "," || f.adverb(k) || between.Has(f.toks[k].Lower)) {
		k++
	}
	if k >= len(f.toks) || !cues.Has(f.toks[k].Lower) {
		return end
	}
	for j := end; j >= i; j-- {
		if relative(f.toks[j].Lower) || f.toks[j].Lower == "whose" {
			if j == i {
				return i - 2 // before the comma that opened the appositive
			}
			if f.toks[j-1].Text == "," {
				return j - 2
			}
			return end
		}
	}
	return end
}

// contentStart is where reported content begins after the cue at c: after
// the hearer of "told", and after "that".
func (f *finder) contentStart(c int) int {
	i := c + 1
	// "According to the minister, Manouchehr Mottaki, the sailor will":
	// the content starts after the source.
	if f.toks[c].Lower == "according" && c+2 < len(f.toks) {
		if src := f.withParty(f.npAfter(c + 2)); src.End > src.Start {
			i = f.tokAt(src.End)
		}
	}
	if objectCues.Has(f.toks[c].Lower) && i < len(f.toks) {
		if f.toks[i].Cap || f.toks[i].Lower == "reporters" || f.toks[i].Lower == "him" || f.toks[i].Lower == "her" || f.toks[i].Lower == "them" || f.toks[i].Lower == "me" || f.toks[i].Lower == "us" {
			j := i
			for j < len(f.toks) && f.toks[j].Cap && f.toks[j].Start-f.toks[max(j-1, i)].End <= 1 {
				j++
			}
			if j == i {
				j++
			}
			// "told Sky News North Korea can...": the hearer is a known name.
			if s, e, _, ok := f.r.LastName(f.doc, f.toks[i].Start, f.toks[j-1].End); ok && s == f.toks[i].Start && e < f.toks[j-1].End {
				for j > i && f.toks[j-1].Start >= e {
					j--
				}
			}
			i = j
		}
	}
	for i < len(f.toks) && (f.toks[i].Text == "," || f.toks[i].Text == ":") {
		i++
	}
	if i >= len(f.toks) {
		return f.toks[c].End
	}
	return f.toks[i].Start
}

// trimEnd drops a sentence's final full stop, unless a closing quote follows it.
func (f *finder) trimEnd(end int) int {
	s := f.t[:end]
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if r == '.' || r == ',' || r == ';' || unicode.IsSpace(r) {
			s = s[:len(s)-size]
			continue
		}
		break
	}
	return len(s)
}

// speaker resolves a source as written to a name: a name in it, the person
// a pronoun refers to, or the source's own words ("a U.S. official"); named
// reports the first two.
func (f *finder) speaker(src Span, prev []Attribution, para int) (name string, named bool) {
	if src.End <= src.Start {
		return "", false
	}
	words := strings.TrimSpace(f.t[src.Start:src.End])
	low := strings.ToLower(words)
	if pronouns.Has(low) {
		person := low == "he" || low == "she"
		// A "he" never refers to a woman the report calls one ("business
		// woman Nenna Joiner"), nor a "she" to a man.
		agrees := func(name string) bool { return !person || f.agrees(name, low) }
		if n := len(prev); n > 0 && prev[n-1].Para >= para-2 && prev[n-1].Speaker != "" {
			p := prev[n-1]
			if person {
				// "An analyst for USGS in Colorado commented that ...
				// “...,” he said.": the one who spoke in the sentence
				// before, named by a role.
				if sp, ok := f.roleSpokeBefore(src.Start); ok && sp.Start > p.Cue.End {
					return strings.TrimSpace(f.t[sp.Start:sp.End]), false
				}
				// A person who became the subject since the last quote wins.
				if name, at, ok := f.r.SubjectBefore(f.doc, src.Start); ok && at > p.Cue.End && agrees(name) {
					if sp, ok := f.saidBy(at, src.Start); ok {
						return sp, true
					}
					return name, true
				}
			}
			// The last speaker is a person by a name, or by a role
			// ("the witness said", "a neighbor said"): "he" goes on
			// with them, not with a name further back.
			if (!person || f.r.TypeOf(p.Speaker) == news.EntityPerson || !p.Named && personRole(p.Speaker)) && agrees(p.Speaker) {
				return p.Speaker, p.Named
			}
		}
		if person {
			if sp, ok := f.roleSpokeBefore(src.Start); ok {
				return strings.TrimSpace(f.t[sp.Start:sp.End]), false
			}
			if name, ok := f.subjectJustBefore(src.Start); ok && agrees(name) {
				return name, true
			}
			// The person named last, if named near: a "he said" whose
			// person was named many paragraphs back is most often
			// someone the report describes in between without a name
			// ("The victim's parents attended the news conference").
			if name, end, ok := f.lastPersonInProse(src.Start); ok && f.paraOf(end-1) >= para-nearParagraphs && agrees(name) {
				return name, true
			}
		}
		return "", false
	}
	if relative(low) {
		// The phrase the relative pronoun follows: "an unnamed source
		// close to the command, who also said".
		k := f.tokAt(src.Start)
		ant := f.npBefore(k, f.sentenceOf(src.Start).Start)
		if ant.End <= ant.Start || ant.End >= src.Start {
			return words, false
		}
		return f.speaker(f.subjectOfClause(ant), prev, para)
	}
	if name, ok := f.byAge(words); ok {
		return name, true
	}
	if name, ok := f.byKin(words); ok {
		return name, true
	}
	if name, ok := f.byTitle(words); ok {
		return name, true
	}
	if name, ok := f.apposedName(src); ok {
		return name, true
	}
	if f.roleHead(src) {
		return words, false
	}
	if name, typ, ok := f.r.Name(f.doc, src.Start, src.End); ok {
		// "a U.S. official", "North Korea's state media": a place names
		// where the speaker is from, not the speaker.
		if typ != news.EntityPlace || f.placeIsHead(src) {
			return name, true
		}
	}
	return words, false
}

// apposedName reads a source that is a role, a comma and a person's name
// in apposition ("Lorenzo Duncan's mom, Bernice Buchanan", "Accused
// shooter, Cleanthony Jimerson"): the speaker is the person the name
// names, not the role, nor whoever the role's own name is.
func (f *finder) apposedName(src Span) (string, bool) {
	span := f.t[src.Start:src.End]
	comma := strings.Index(span, ", ")
	if comma < 0 {
		if name, ok := f.possessorsRoleName(src); ok {
			return name, true
		}
		return f.namesRoleName(src)
	}
	if strings.Contains(span[comma+2:], ",") || !endsInRole(span[:comma]) {
		return "", false
	}
	return f.nameToEnd(src.Start+comma+2, src.End)
}

// complementOfRole reports a name at byte off right after "of" or "for"
// and a lower-case noun: "the family of Noelle", "an attorney for Smith".
func (f *finder) complementOfRole(off int) bool {
	k := f.tokAt(off)
	if k < 2 {
		return false
	}
	prep, noun := f.toks[k-1].Lower, &f.toks[k-2]
	return (prep == "of" || prep == "for") && noun.Kind == text.Word && !noun.Cap && f.d.Annotation().Noun(k-2)
}

// possessorsRoleName reads a source that is a possessor's role and a
// person's name with no comma between ("Laylah's father R.J. Petersen",
// "said Mark Smith's brother John Smith"): the speaker is the name after
// the role, not the possessor, whom a search for the span's first name
// would find.
func (f *finder) possessorsRoleName(src Span) (string, bool) {
	k := f.tokAt(src.Start)
	poss := -1
	for ; k < len(f.toks) && f.toks[k].End <= src.End; k++ {
		if _, ok := possessiveEnd(f.toks[k].Text); ok && f.toks[k].Cap {
			poss = k
			break
		}
	}
	if poss < 0 {
		return "", false
	}
	// The role: lower-case words right after the possessor, then the name.
	k = poss + 1
	for k < len(f.toks) && f.toks[k].End <= src.End && f.toks[k].Kind == text.Word && !f.toks[k].Cap {
		k++
	}
	if k == poss+1 || k >= len(f.toks) || f.toks[k].End > src.End {
		return "", false
	}
	return f.nameToEnd(f.toks[k].Start, src.End)
}

// namesRoleName reads a source that is a name, a role in lower-case nouns
// and a person's name, with no possessive between ("Lehman Brothers
// semiconductor analyst Tim Luke", "Intel spokesman Chuck Mulloy"): the
// role is the person's at the organisation or place the first name names,
// and the speaker is the person. The role's words are nouns and
// adjectives, the last a noun, so "X and Y" and "X of Y" are no role.
func (f *finder) namesRoleName(src Span) (string, bool) {
	a := f.d.Annotation()
	first := f.tokAt(src.Start)
	k := first
	for k < len(f.toks) && f.toks[k].End <= src.End && f.toks[k].Cap {
		k++
	}
	role := k
	for k < len(f.toks) && f.toks[k].End <= src.End && f.toks[k].Kind == text.Word && !f.toks[k].Cap {
		if p := a.Words[k].POS; !a.Noun(k) && p != "JJ" {
			return "", false
		}
		k++
	}
	if role == first || k == role || k >= len(f.toks) || f.toks[k].End > src.End || !a.Noun(k-1) {
		return "", false
	}
	return f.nameToEnd(f.toks[k].Start, src.End)
}

// nameToEnd is the person whom the words from start to end name, when
// they are a name and nothing else: "the victim's mother, who lives
// nearby" is no name.
func (f *finder) nameToEnd(start, end int) (string, bool) {
	name, typ, ok := f.r.Name(f.doc, start, end)
	if !ok || typ != news.EntityPerson {
		return "", false
	}
	k := f.tokAt(start)
	for ; k < len(f.toks) && f.toks[k].End <= end; k++ {
		if !f.toks[k].Cap && f.toks[k].Text != "." && f.toks[k].Text != "-" {
			return "", false
		}
	}
	return name, true
}

// endsInRole reports words that end in a lower-case noun, as a role does
// ("Lorenzo Duncan's mom", "the club's owner"), and hold no clause ("who
// is married to the slain woman's father"). After a name ("Sen. John
// Cornyn, R-Texas") the words after the comma are no second name.
func endsInRole(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if relative(strings.ToLower(w)) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(words[len(words)-1])
	return unicode.IsLower(r)
}

// subjectOfClause cuts a relative pronoun's antecedent that the search
// read as a whole clause at its first finite verb: in "X also released a
// statement Friday morning which said:" the statement is X's, and the
// words before "released" name who spoke, not the clause. An antecedent
// with no finite verb is returned as it is.
func (f *finder) subjectOfClause(ant Span) Span {
	a := f.d.Annotation()
	first := f.tokAt(ant.Start)
	for i := first + 1; i < len(f.toks) && f.toks[i].End <= ant.End; i++ {
		if p := a.Words[i].POS; p != "VBD" && p != "VBZ" && p != "VBP" && p != "MD" || f.toks[i].Cap {
			continue
		}
		e := f.skipBetween(i-1, ant.Start)
		if e < first {
			return ant
		}
		return Span{ant.Start, f.toks[e].End}
	}
	return ant
}

// roleSpokeBefore is the subject of a verb of speech that is the main verb
// of the sentence right before the one holding off, in its paragraph or
// the one before, when that subject is a role, not a name ("An analyst for
// USGS in Colorado commented that ..."): a "he said" after it is that
// speaker's. News prose gives the speaker's paragraph and then the quote's
// ("Another neighbor said he didn't know the family well." / "“I never
// would've suspected there were any issues,” he said.").
//
// Sentences in between whose subject is a personal pronoun ("She described
// two bursts of gunfire.") go on with that speaker, and are stepped over,
// two at most.
func (f *finder) roleSpokeBefore(off int) (Span, bool) {
	ss := f.d.Sentences
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End > off }) - 1
	if si < 0 || si+1 >= len(ss) || ss[si+1].Para-ss[si].Para > 1 {
		return Span{}, false
	}
	a := f.d.Annotation()
	sp, h := a.SentenceSubject(si)
	for step := 0; step < 2 && h >= 0 && si > 0 && personalPronoun(f.toks[h].Lower) && ss[si].Para-ss[si-1].Para <= 1; step++ {
		si--
		sp, h = a.SentenceSubject(si)
	}
	if h < 0 || !a.Noun(h) || a.Proper(h) || f.toks[h].Cap {
		return Span{}, false
	}
	// The subject's verb of speech, past a relative clause on the subject
	// ("One woman, who wouldn't give her name, described the area as ...").
	var p *text.Proposition
	for k := range a.Props {
		if q := &a.Props[k]; q.Sentence == si && q.Finite && q.SubjectHead == h && f.isCue(q.Verb) {
			p = q
			break
		}
	}
	s, e := a.Bytes(sp)
	src := Span{s, e}
	if !f.roleHead(src) {
		return Span{}, false
	}
	// The names between the role and its verb of speech; with no such
	// verb, a closing "she said" (pronounCueAfter) reports the role's
	// words, and the role's own words are read.
	to := e
	if p != nil {
		to = f.toks[p.Verb].Start
	} else if !f.pronounCueAfter(a, si, h) {
		return Span{}, false
	}
	// "Haiti's justice minister, Paul Denis, stated": the role's holder is
	// named before the verb, and the pronoun is theirs.
	// A possessor's name is not the holder's: "Brandon Greene’s mother
	// spoke at ..." names her by her son.
	for from := s; from < to; {
		_, e, name, ok := f.r.FirstName(f.doc, from, to)
		if !ok {
			break
		}
		if rest := f.t[e:]; !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") && f.r.TypeOf(name) == news.EntityPerson {
			return Span{}, false
		}
		from = e
	}
	return src, true
}

// pronounCueAfter reports a sentence si whose subject, the role at token
// h, does not speak, closed by a "he said" or "she said" that reports it:
// "The proud mom hoped Wilta would have a better life than she did, she
// said." The pronoun is the role's (it agrees with the role's sex when the
// role tells one), so the role spoke.
func (f *finder) pronounCueAfter(a *text.Annotation, si, h int) bool {
	for k := range a.Props {
		q := &a.Props[k]
		if q.Sentence != si || !q.Finite || q.SubjectHead <= h || !f.isCue(q.Verb) || q.Verb+1 >= len(f.toks) || f.toks[q.Verb+1].Text != "." {
			continue
		}
		pron := f.toks[q.SubjectHead].Lower
		if !personalPronoun(pron) || f.toks[q.SubjectHead-1].Text != "," {
			continue
		}
		// A role so named by its sex ("mother", "father") is not the
		// "he" or the "she" of the other.
		g := entity.NounGender(f.toks[h].Lower)
		return !(g == 'f' && pron == "he" || g == 'm' && pron == "she")
	}
	return false
}

// agrees reports whether the person called name may be the "he" or "she"
// pron: the resolver knows no sex for them, or the one pron has.
func (f *finder) agrees(name, pron string) bool {
	switch f.r.Gender(name) {
	case 'f':
		return pron == "she"
	case 'm':
		return pron == "he"
	}
	return true
}

// personalPronoun reports "he" or "she": a person who goes on from a
// sentence before.
func personalPronoun(w string) bool { return w == "he" || w == "she" }

// saidBy is the person who, between offsets from and to, is named right
// before a speech verb ("Long had parked ..., Edmonson said."): that
// person spoke last, so a "he said" after it is theirs, not the subject's.
func (f *finder) saidBy(from, to int) (string, bool) {
	name, end, ok := f.r.LastPerson(f.doc, to)
	if !ok || end <= from {
		return "", false
	}
	k := f.tokAt(end)
	if k < len(f.toks) && f.toks[k].Start < to && cues.Has(f.toks[k].Lower) && !f.reporterAfter(k) && !f.inOfPhrase(k) {
		return name, true
	}
	return "", false
}

// inOfPhrase reports a name that ends right before token k and follows
// "of" ("Malcom Hunt of Pastors United said", "the head of the UN Relief
// and Works agency"): it names where the subject works, not the subject.
func (f *finder) inOfPhrase(k int) bool {
	i := k - 1
	for i >= 0 && f.toks[i].Cap {
		i--
	}
	if i >= 0 && article(f.toks[i].Lower) {
		i--
	}
	return i >= 0 && i < k-1 && f.toks[i].Lower == "of"
}

// lastPersonInProse is the person named last before off outside the
// headlines of other stories that a page prints between the report's
// paragraphs ("Father, Daughter Killed in N.H. Circus Tent Collapse"):
// such a line is nobody's sentence, and its names are no one a "he"
// goes on with.
func (f *finder) lastPersonInProse(off int) (string, int, bool) {
	for {
		name, end, ok := f.r.LastPerson(f.doc, off)
		if !ok {
			return "", 0, false
		}
		if f.possessorOfPerson(end) {
			off = end - 1
			continue
		}
		line, bare := f.bareLine(end - 1)
		if !bare {
			return name, end, true
		}
		off = line.Start
	}
}

// possessorOfPerson reports a name that ends at end and owns a relative or
// an office after it ("Evelyn Lawson, Mason's grandmother, said ..."): the
// person last spoken of is the grandmother, not Mason.
func (f *finder) possessorOfPerson(end int) bool {
	rest := f.t[end:]
	for _, p := range []string{"'s ", "’s "} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			w, _, _ := strings.Cut(after, " ")
			w = strings.ToLower(strings.TrimRight(w, ",.;:"))
			return kin.Has(w) || roleTitles.Has(w)
		}
	}
	return false
}

// bareLine returns the sentence holding off and reports whether it is a
// paragraph of its own, after the first, that ends with no full stop,
// question or exclamation mark, colon or quote mark: a heading or another
// story's headline.
func (f *finder) bareLine(off int) (Span, bool) {
	ss := f.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == len(ss) || ss[i].Para == ss[0].Para {
		return Span{}, false
	}
	s := ss[i]
	if i > 0 && ss[i-1].Para == s.Para || i+1 < len(ss) && ss[i+1].Para == s.Para {
		return Span{s.Start, s.End}, false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(f.t[s.Start:s.End]))
	return Span{s.Start, s.End}, !strings.ContainsRune(".!?:\"'”’)", last)
}

// reporterAfter reports a "reported" that closes a sentence after a
// comma and a name: "On Sunday, Brooklyn Borough President Eric Adams
// called for stiffer penalties ..., Miller reported." The journalist
// passed the sentence on; the next "he told 1010 WINS" is still the
// subject's, not hers.
func (f *finder) reporterAfter(k int) bool {
	if w := f.toks[k].Lower; w != "reported" && w != "reports" {
		return false
	}
	i := k - 1
	for i > 0 && f.toks[i].Kind == text.Word && f.toks[i].Cap {
		i--
	}
	return i < k-1 && f.toks[i].Text == "," && k+1 < len(f.toks) && f.toks[k+1].Text == "."
}

// postModifiers end the head of a noun phrase: "an unnamed source close to
// the command of Qods Force", "a website run by associates of X".
var postModifiers = english.List("quote/post-modifiers")

// roleHead reports whether a source's head is a common noun, a role or a
// description, and the names in it only modify it: "Putin's spokesman", "a
// news website run by supporters of Ahmadinejad", "the director of the
// FBI". Such a speaker is not the entity it names.
func (f *finder) roleHead(src Span) bool {
	head := -1
	for i := f.tokAt(src.Start); i < len(f.toks) && f.toks[i].End <= src.End; i++ {
		t := &f.toks[i]
		if t.Kind == text.Punct && t.Text != "." && t.Text != "-" && t.Text != "&" && t.Text != "’" && t.Text != "'" || head >= 0 && postModifiers.Has(t.Lower) {
			break
		}
		if t.Kind == text.Word || t.Kind == text.Number {
			head = i
		}
	}
	if head < 0 {
		return false
	}
	t := &f.toks[head]
	return t.Kind == text.Word && !f.nameWord(head) && !pronouns.Has(t.Lower)
}

// placeIsHead reports whether the source ends in its name ("North Korea
// said") rather than in a common noun ("a U.S. official").
func (f *finder) placeIsHead(src Span) bool {
	last := f.tokAt(src.End) - 1
	if last < 0 {
		return false
	}
	t := &f.toks[last]
	if t.Text == "." && last > 0 {
		t = &f.toks[last-1]
	}
	_, poss := possessiveEnd(t.Text)
	return t.Cap && !poss
}

func possessiveEnd(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// via lists who passed the words on: "according to RIA News", "KCNA
// reported", "Reuters news agency reported", "told ABC News".
func (f *finder) via(a *Attribution, c int) []string {
	sent := f.sentenceOf(a.Cue.Start)
	var out []string
	add := func(name string) {
		if name == "" || name == a.Speaker {
			return
		}
		for _, x := range out {
			if x == name {
				return
			}
		}
		out = append(out, name)
	}
	// The hearer of "told" passes the words on when it is an outlet.
	if objectCues.Has(f.toks[c].Lower) && c+1 < len(f.toks) {
		if _, _, name, ok := f.r.LastName(f.doc, f.toks[c+1].Start, min(len(f.t), f.toks[c+1].End+30)); ok && f.r.TypeOf(name) == news.EntityOrganization {
			add(name)
		}
	}
	for i := f.tokAt(sent.Start); i < len(f.toks) && f.toks[i].End <= sent.End; i++ {
		if i == c || !f.isCue(i) || covered(a.Content, f.toks[i].Start) {
			continue
		}
		var src Span
		if f.toks[i].Lower == "according" {
			src = f.npAfter(i + 2)
		} else {
			src = f.npBefore(i, sent.Start)
		}
		if src.End <= src.Start {
			continue
		}
		if name, typ, ok := f.r.Name(f.doc, src.Start, src.End); ok && typ == news.EntityOrganization {
			add(name)
		} else if w := strings.ToLower(f.t[src.Start:src.End]); strings.Contains(w, "media") || strings.Contains(w, "news agency") {
			add(strings.TrimSpace(f.t[src.Start:src.End]))
		}
	}
	return out
}

// personRole reports a speaker named by a role that a person holds ("the
// witness", "his mother", "a neighbor"): the head is a lower-case noun
// that no organisation's word is ("the department", "police").
func personRole(sp string) bool {
	w := strings.Fields(sp)
	if len(w) < 2 {
		return false
	}
	head := strings.ToLower(w[len(w)-1])
	first := strings.ToLower(w[0])
	kind := english.Determiners.Kind(first)
	return head == w[len(w)-1] && (kind == "article" || kind == "possessive") && !orgWords.Has(head) && english.IsNoun(head)
}

// orgWords are the words that make a name an organisation's
// (entity/org-words); as a role's head they name a body, not a person.
var orgWords = english.List("entity/org-words")

// ageRole is a speaker named by age alone, after the report has named them
// with it: "the 51-year-old", "the 51-year-old woman".
var ageRole = lazyre.New(`^(?:the|The) (\d{1,3})-year-old(?: \p{Ll}+)?$`)

// byAge resolves a speaker named by age ("the 51-year-old said") to the
// one person the report names with that age, in the news style's two
// ways ("Yvonne Graham, 51," and "51-year-old Yvonne Graham"). Two people
// of that age, or none, leave the role as written.
func (f *finder) byAge(words string) (string, bool) {
	m := ageRole.FindStringSubmatch(words)
	if m == nil {
		return "", false
	}
	return f.onePerson(`(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+), `+m[1]+`\b|\b`+m[1]+`-year-old (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+)`, m[1], false)
}

// onePerson is the one person whom the report names where the pattern's
// first (or else second) group matches, or false when it names none or
// two. Every match holds word (case folded when fold is set) and is made
// of letters, digits, '_' and " ,'’.-" alone, so the expression is run
// only over the runs of such characters that hold word: a run's edges are
// no word characters, so \b reads them as the text's, and the matches
// come in the same order as over the whole text.
func (f *finder) onePerson(pattern, word string, fold bool) (string, bool) {
	person := ""
	for _, loc := range personMatches(f.t, pattern, word, fold) {
		a, b := loc[2], loc[3]
		if a < 0 && len(loc) > 5 {
			a, b = loc[4], loc[5]
		}
		name, typ, ok := f.r.Name(f.doc, a, b)
		if !ok || typ != news.EntityPerson {
			continue
		}
		if person != "" && person != name {
			return "", false
		}
		person = name
	}
	return person, person != ""
}

// personMatches is regexp.MustCompile(pattern).FindAllStringSubmatchIndex(t,
// -1), read run by run as onePerson says.
func personMatches(t, pattern, word string, fold bool) [][]int {
	re := personRegexp(pattern)
	var orbits [][]rune
	if fold {
		orbits = foldOrbits(word)
	}
	var out [][]int
	for start, end := personRun(t, 0); start < len(t); start, end = personRun(t, end) {
		run := t[start:end]
		if fold && !foldContains(run, orbits) || !fold && !strings.Contains(run, word) {
			continue
		}
		for _, loc := range re.FindAllStringSubmatchIndex(run, -1) {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += start
				}
			}
			out = append(out, loc)
		}
	}
	return out
}

// personRegexps holds onePerson's expressions, each compiled once: they
// differ only by an age (three digits at most) or a word of the kin and
// title lists.
var personRegexps sync.Map

func personRegexp(pattern string) *regexp.Regexp {
	if re, ok := personRegexps.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re, _ := personRegexps.LoadOrStore(pattern, regexp.MustCompile(pattern))
	return re.(*regexp.Regexp)
}

// personRun returns the bounds of the first run of onePerson's characters
// at or after byte i of s, or len(s) twice.
func personRun(s string, i int) (int, int) {
	for i < len(s) {
		r, w := decodeAt(s, i)
		if inPersonRun(r) {
			break
		}
		i += w
	}
	start := i
	for i < len(s) {
		r, w := decodeAt(s, i)
		if !inPersonRun(r) {
			break
		}
		i += w
	}
	return start, i
}

// decodeAt is utf8.DecodeRuneInString(s[i:]), an ASCII byte read as it is.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// inPersonRun reports whether onePerson's expressions may match r: a
// letter, an ASCII digit or '_' (every word character of \b is one), or
// one of " ,'’.-".
func inPersonRun(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == ' ' || c == ',' || c == '\'' || c == '.' || c == '-'
	case r == '’':
		return true
	}
	return unicode.IsLetter(r)
}

// foldOrbits are the runes that (?i:word) matches at each rune of word:
// the rune and its case-folding orbit (unicode.SimpleFold).
func foldOrbits(word string) [][]rune {
	var orbits [][]rune
	for _, wr := range word {
		o := []rune{wr}
		for f := unicode.SimpleFold(wr); f != wr; f = unicode.SimpleFold(f) {
			o = append(o, f)
		}
		orbits = append(orbits, o)
	}
	return orbits
}

// foldContains reports whether s holds a word as (?i:word) matches it,
// given the word's foldOrbits.
func foldContains(s string, orbits [][]rune) bool {
	for i := 0; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			continue
		}
		j, k := i, 0
		for ; k < len(orbits) && j < len(s); k++ {
			r, n := decodeAt(s, j)
			if !slices.Contains(orbits[k], r) {
				break
			}
			j += n
		}
		if k == len(orbits) {
			return true
		}
	}
	return false
}

// kin are the nouns of family relations.
var kin = english.List("quote/kin")

// commonRanks are titles that many people of one story hold, most of
// them unnamed.
var commonRanks = english.List("quote/common-ranks")

// roleTitles are the titles that stand before a person's name
// (entity/titles): "the sheriff said" after "Sheriff Tom Sheahan".
var roleTitles = english.List("entity/titles")

// kinRole is a speaker named by a family relation, with adjectives
// perhaps: "his distraught mother", "the grieving mother", "the victim's
// uncle".
var kinRole = lazyre.New(`^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’.-]*[’']s?|the \p{Ll}+[’']s?)(?: \p{Ll}+){0,2} (\p{Ll}+)$`)

// titleAlone is a speaker named by a capitalised title alone: "the
// Secretary-General said".
var titleAlone = lazyre.New(`^[Tt]he (\p{Lu}[\p{L}-]*)$`)

// byTitle resolves a speaker named by a capitalised title alone ("the
// Secretary-General said", after "United Nations Secretary-General Ban
// Ki-moon") to the one person the report names with that title, as byKin
// does a title in lower case. A title in two words joined by a hyphen
// counts by its first ("secretary").
func (f *finder) byTitle(words string) (string, bool) {
	m := titleAlone.FindStringSubmatch(words)
	if m == nil {
		return "", false
	}
	head, _, _ := strings.Cut(strings.ToLower(m[1]), "-")
	if !roleTitles.Has(head) || commonRanks.Has(head) {
		return "", false
	}
	return f.onePerson(`\b(?i:`+regexp.QuoteMeta(m[1])+`),? (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+)`, m[1], true)
}

// byKin resolves a speaker named by a family relation ("his distraught
// mother said") to the one person the report names in that relation,
// in the news style's ways ("Graham's mother, Yvonne Graham," "his mother,
// Yvonne Graham", "mother Yvonne Graham"). Two people so named, or none,
// leave the role as written.
func (f *finder) byKin(words string) (string, bool) {
	m := kinRole.FindStringSubmatch(words)
	if m == nil || !kin.Has(m[1]) && !roleTitles.Has(m[1]) || commonRanks.Has(m[1]) {
		return "", false
	}
	return f.onePerson(`\b(?i:`+m[1]+`),? (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+)`, m[1], true)
}
