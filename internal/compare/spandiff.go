package compare

import (
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A span difference is read off a word-level alignment of two sentences:
// the longest common subsequence of their words. Between two runs of
// shared words lies a hunk, the words one sentence gives and the other
// gives differently. Where a hunk holds one word of a class on each side
// (a figure, a weekday, a month, a year, a name), an antonym, or a
// negation that the other sentence lacks, and shared words stand around it
// (its frame), the two sentences tell one fact with one value changed. The
// common subsequence keeps the frame in order, so a word shared by chance
// elsewhere in the sentences does not make one.
const (
	// maxHunk is the most words a hunk may hold on either side for the
	// value in it to be compared: a value at an edge of a longer hunk is
	// compared only next to a run of shared words.
	maxHunk = 4
	// strongRun is the run of shared words that frames a value on its
	// own side.
	strongRun = 3
	// nearHunks is the most differing stretches of two near-identical
	// sentences.
	nearHunks = 2
)

// hunk is one stretch of differing words: x[xa:xb] against y[ya:yb], with
// the runs of shared words before (left) and after (right) it.
type hunk struct {
	xa, xb, ya, yb int
	left, right    int
	// leftContent, rightContent: a content word among the first
	// strongRun shared words on that side.
	leftContent, rightContent bool
}

// lcsMatches returns the index pairs of a longest common subsequence of
// the two sentences' words (lower case).
func lcsMatches(x, y []subToken) [][2]int {
	n, m := len(x), len(y)
	if n == 0 || m == 0 {
		return nil
	}
	// The words are compared as numbers: y's by their first position in
	// y, x's by the position in y of the same word (-1 when y lacks it),
	// so the n*m comparisons of the table are of integers, not strings.
	sc := lcsScratch.Get().(*lcsBuffers)
	defer lcsScratch.Put(sc)
	yid := slices.Grow(sc.yid[:0], m)[:m]
	xid := slices.Grow(sc.xid[:0], n)[:n]
	clear(sc.ids)
	for j := range y {
		id, ok := sc.ids[y[j].Lower]
		if !ok {
			id = int32(j)
			sc.ids[y[j].Lower] = id
		}
		yid[j] = id
	}
	for i := range x {
		id, ok := sc.ids[x[i].Lower]
		if !ok {
			id = -1
		}
		xid[i] = id
	}
	size := (n + 1) * (m + 1)
	dp := slices.Grow(sc.dp[:0], size)[:size]
	clear(dp)
	sc.xid, sc.yid, sc.dp = xid, yid, dp
	at := func(i, j int) int { return i*(m+1) + j }
	// row i of the table from row i+1, each row a slice of its own so
	// that the inner loop indexes it with few bounds checks
	w := m + 1
	for i := n - 1; i >= 0; i-- {
		row, next := dp[i*w:i*w+w], dp[(i+1)*w:(i+1)*w+w]
		xi := xid[i]
		for j := m - 1; j >= 0; j-- {
			if xi == yid[j] {
				row[j] = next[j+1] + 1
			} else {
				row[j] = max(next[j], row[j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case xid[i] == yid[j]:
			out = append(out, [2]int{i, j})
			i++
			j++
		case dp[at(i+1, j)] >= dp[at(i, j+1)]:
			i++
		default:
			j++
		}
	}
	return out
}

// lcsBuffers are lcsMatches' tables, kept between calls.
type lcsBuffers struct {
	xid, yid, dp []int32
	ids          map[string]int32
}

var lcsScratch = sync.Pool{New: func() any { return &lcsBuffers{ids: map[string]int32{}} }}

// hunks splits two sentences into their differing stretches.
func hunks(x, y []subToken) []hunk {
	ms := lcsMatches(x, y)
	// run[k] is the length of the run of adjacent matches ending at
	// match k; runAfter[k] the run starting at match k.
	run := make([]int, len(ms))
	runAfter := make([]int, len(ms))
	for k := range ms {
		run[k] = 1
		if k > 0 && ms[k-1][0] == ms[k][0]-1 && ms[k-1][1] == ms[k][1]-1 {
			run[k] = run[k-1] + 1
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		runAfter[k] = 1
		if k+1 < len(ms) && ms[k+1][0] == ms[k][0]+1 && ms[k+1][1] == ms[k][1]+1 {
			runAfter[k] = runAfter[k+1] + 1
		}
	}
	content := func(t subToken) bool { return !t.Stop && t.Kind == text.Word || t.Kind == text.Number }
	var out []hunk
	pi, pj := -1, -1
	for k := 0; k <= len(ms); k++ {
		ni, nj := len(x), len(y)
		if k < len(ms) {
			ni, nj = ms[k][0], ms[k][1]
		}
		if ni > pi+1 || nj > pj+1 {
			h := hunk{xa: pi + 1, xb: ni, ya: pj + 1, yb: nj}
			if k > 0 {
				h.left = run[k-1]
				for q := pi; q > pi-min(h.left, strongRun); q-- {
					h.leftContent = h.leftContent || content(x[q])
				}
			}
			if k < len(ms) {
				h.right = runAfter[k]
				for q := ni; q < ni+min(h.right, strongRun); q++ {
					h.rightContent = h.rightContent || content(x[q])
				}
			}
			out = append(out, h)
		}
		pi, pj = ni, nj
	}
	return out
}

// framed reports whether shared words stand around the hunk closely enough
// that both sentences tell one thing there: shared words on both sides,
// three in all, or a run of three on one side, with a content word among
// them; a hunk at the end of both sentences needs three on its left.
func (h hunk) framed(x, y []subToken) bool {
	if !h.leftContent && !h.rightContent {
		return false
	}
	if h.xb == len(x) && h.yb == len(y) {
		return h.left >= strongRun
	}
	l, r := min(h.left, strongRun), min(h.right, strongRun)
	return l >= 1 && r >= 1 && l+r >= 3 || l >= strongRun || r >= strongRun
}

// edgePairs are the pairs of words of a hunk that stand at the same place
// against the frame: the only words of a hunk of one word a side, the
// first words next to a strong run on the left, the last words next to a
// strong run on the right. Other words of a long hunk stand nowhere in
// particular.
func (h hunk) edgePairs() [][2]int {
	nx, ny := h.xb-h.xa, h.yb-h.ya
	if nx == 0 || ny == 0 {
		return nil
	}
	var out [][2]int
	if nx <= maxHunk && ny <= maxHunk && (nx == 1 || ny == 1) {
		for i := h.xa; i < h.xb; i++ {
			for j := h.ya; j < h.yb; j++ {
				out = append(out, [2]int{i, j})
			}
		}
		return out
	}
	if h.left >= 2 {
		out = append(out, [2]int{h.xa, h.ya})
	}
	if h.right >= 2 {
		out = append(out, [2]int{h.xb - 1, h.yb - 1})
	}
	return out
}

// negationHunk reports whether a hunk is a negation only: "not", "never"
// or "n't" on one side, nothing on the other, between shared words. It
// returns the side that holds it (0 x, 1 y) and the index of the negator.
func (h hunk) negationHunk(x, y []subToken) (side, k int, ok bool) {
	one := func(ts []subToken, a, b int) bool {
		if b-a != 1 {
			return false
		}
		w := ts[a].Lower
		return w == "not" || w == "n't" || w == "never"
	}
	switch {
	case h.yb == h.ya && one(x, h.xa, h.xb):
		return 0, h.xa, h.left >= 1 && h.right >= 1
	case h.xb == h.xa && one(y, h.ya, h.yb):
		return 1, h.ya, h.left >= 1 && h.right >= 1
	}
	return 0, 0, false
}

// nameForms reports whether two names may be one name written two ways:
// one is a prefix of the other ("Blvd" / "Boulevard" share their first
// letter and the short one's letters in order), or one holds the other.
func nameForms(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.Contains(b, a) {
		return true
	}
	// One name spelt two ways ("Theatre" / "Theater", "Organisation" /
	// "Organization", "Vendome" / "Vendôme"): a shared start of four
	// letters, or two letters changed.
	if len(a) >= 4 && strings.HasPrefix(b, a[:4]) || text.EditDistance(a, b) <= 2 {
		return true
	}
	if a == "" || a[0] != b[0] {
		return false
	}
	// The short one's letters in order in the long one: an abbreviation.
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a) && len(a) <= 4
}

// speakerSlot reports whether the name at x[k] is the speaker of a verb of
// speech beside it ("Smith said", "said Smith", "according to Smith").
// The name may be the last word of a longer name: "said John McCain",
// "said Drew Kelton", the verb of speech before the whole name.
func speakerSlot(x []subToken, k int) bool {
	a := k
	for a > 0 && nameWord(x[a-1]) {
		a--
	}
	for _, j := range []int{a - 1, k + 1, k + 2} {
		if j >= 0 && j < len(x) && english.SpeechVerbs.Has(x[j].Lower) {
			return true
		}
	}
	// "according to" stays beside the word itself, as before: it gives
	// the source of a fact more often than of words ("according to
	// Officer Jose Estrada, a Chicago Police Department spokesman").
	return k >= 2 && x[k-1].Lower == "to" && x[k-2].Lower == "according"
}

// nameWord reports whether a token is a capitalised word of a name inside
// a sentence (not its first word, not a stop word).
func nameWord(t subToken) bool {
	return t.k > 0 && t.Kind == text.Word && t.Cap && !t.Stop && strings.ToUpper(t.Text) != t.Text
}

// quoteRun is the run of shared words that is one quotation given by two
// sentences.
const quoteRun = 6

// speakerAt reports whether the hunk's names are the speakers of a verb of
// speech beside them in both sentences.
func speakerAt(h hunk, x, y []subToken) bool {
	if h.xb == h.xa || h.yb == h.ya {
		return false
	}
	return (speakerSlot(x, h.xa) || speakerSlot(x, h.xb-1)) && (speakerSlot(y, h.ya) || speakerSlot(y, h.yb-1))
}

// spanFindings finds the differences two sentences show as hunks of one
// value between shared words.
// common, when not nil, holds the words the story writes in lower case
// somewhere: a capitalised word among them is a common noun in a name
// ("Theatre", "Committee", "Shooting"), not a name of its own.
func spanFindings(x, y []subToken, common map[string]bool) []subFinding {
	var out []subFinding
	hs := hunks(x, y)
	// Names, antonyms and a lone negation are read only between
	// near-identical sentences (at most two differing stretches): in a
	// paraphrase, two names or two opposed words in one place are mostly
	// a list, another person, or the same thing said the other way round
	// ("inside Iraqi waters" / "outside Iranian territorial waters").
	near := len(hs) <= nearHunks
	// Names may stand in sentences with more differing stretches when
	// nearly all their words are shared; an antonym there was one
	// thing said two ways ("national" / "local" observers, read on the
	// calibration half).
	nearNames := near || nearShared(x, y, hs)
	// The longest run of shared words: a run of quoteRun words or more is
	// one quotation both sentences give.
	longest := 0
	for _, h := range hs {
		longest = max(longest, h.left, h.right)
	}
	for _, h := range hs {
		if !h.framed(x, y) {
			continue
		}
		// A change between three shared words on each side, a content
		// word among them, stands at one place of one statement, however
		// the rest of the sentences go ("a 22 year-old resident in Bukit
		// Sama village in Central Aceh district, adding, ..."; "adjusted
		// his waistband and continued to act in a suspicious manner",
		// quoted in a longer sentence).
		held := h.left >= strongRun && h.right >= strongRun && h.leftContent && h.rightContent
		if side, k, ok := h.negationHunk(x, y); ok {
			if f, ok := negationFinding(h, x, y, side, k); ok && (near || held) {
				out = append(out, f)
			}
			continue
		}
		// A name or an antonym is a change of one word into another: a
		// longer stretch ("inside Iraqi waters" / "outside Iranian
		// territorial waters") says its thing another way.
		// Outside near-identical sentences, a word after "and" or "or"
		// shares a modifier before it that the frame does not show:
		// "insufficiently equipped and experienced" is "insufficiently
		// equipped and inexperienced" (ECB+ 23ecbplus); unless the word
		// qualifies a noun both give after it (sharedHead).
		coord := coordinated(x, h.xa) && !sharedHead(x, h.xa, y, h.ya)
		oneWord := (near || held && !coord) && h.xb-h.xa == 1 && h.yb-h.ya == 1
		// One quotation given to two speakers: a name beside a verb of
		// speech in both sentences, which share the quote ("'Zurana
		// Horton became a victim of the senseless gang violence that
		// plagues Brooklyn,' prosecutor Seth Goldman said").
		nameHere := nearNames || held || longest >= quoteRun && speakerAt(h, x, y)
		oneName := nameHere && h.xb-h.xa == 1 && h.yb-h.ya == 1
		if f, ok := nameHunk(h, x, y, nameHere, common); ok {
			out = append(out, f)
			continue
		}
		for _, p := range h.edgePairs() {
			if f, ok := pairFinding(x, p[0], y, p[1], oneWord, oneName, common); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// nearShare is the share of the longer sentence's words that two
// sentences with more than nearHunks differing stretches must have in
// common to be near-identical ("emptied almost all of the stock" /
// "emptied almost the entire stock", a name changed besides).
const nearShare = 0.8

// nearShared reports whether two sentences share nearShare of the longer
// one's words in their common subsequence, stretches of names aside.
func nearShared(x, y []subToken, hs []hunk) bool {
	differ := 0
	for _, h := range hs {
		// A stretch of names on both sides is the value compared, not a
		// difference of wording.
		if allNames(x[h.xa:h.xb]) && allNames(y[h.ya:h.yb]) {
			continue
		}
		differ += max(h.xb-h.xa, h.yb-h.ya)
	}
	n := max(len(x), len(y))
	return n > 0 && float64(n-differ) >= nearShare*float64(n)
}

// maxNameWords is the longest name a hunk may swap for another.
const maxNameWords = 3

// nameHunk reads a hunk of a whole name a side, one of two words or more,
// between near-identical sentences ("President Mahmoud Ahmadinejad said"
// / "President Sean McCormack said") as a name difference, or a speaker
// difference next to a verb of speech: every word a name of its own, no
// word a common noun of the story, and not one person named two ways
// (SamePerson, or one surname spelt two ways).
func nameHunk(h hunk, x, y []subToken, near bool, common map[string]bool) (subFinding, bool) {
	nx, ny := h.xb-h.xa, h.yb-h.ya
	if !near || nx < 1 || ny < 1 || nx > maxNameWords || ny > maxNameWords || nx == 1 && ny == 1 {
		return subFinding{}, false
	}
	a, b := x[h.xa:h.xb], y[h.ya:h.yb]
	// A line of capitalised words only is a heading or a credit ("View
	// Full Caption DNAinfo/Alex Nitkin"), not a statement.
	if !allNames(a) || !allNames(b) || !hasLowerWord(x) || !hasLowerWord(y) {
		return subFinding{}, false
	}
	for _, t := range slices.Concat(a, b) {
		if !properName(t) || common != nil && common[t.Lower] {
			return subFinding{}, false
		}
	}
	// The head of a name, its last word, decides: a place's or a body's
	// head is an English word ("Mount Sinai Hospital", "Purple Aces"), a
	// person's surname rarely is, whatever the first name ("Harry
	// Winston", "Christian Fraser": "harry" is a verb, "christian" an
	// adjective).
	if englishWord(a[len(a)-1].Lower) || englishWord(b[len(b)-1].Lower) {
		return subFinding{}, false
	}
	va, vb := joinSub(a), joinSub(b)
	// One word against a full name is one person when it is a word of
	// it; SamePerson leaves that case open, having no frame to read.
	one := nx == 1 && hasToken(b, a[0].Lower) || ny == 1 && hasToken(a, b[0].Lower)
	if one || nx > 1 && ny > 1 && SamePerson(va, vb) || nameForms(a[len(a)-1].Text, b[len(b)-1].Text) {
		return subFinding{}, false
	}
	kind := news.ConflictName
	if speakerSlot(x, h.xa) || speakerSlot(x, h.xb-1) || speakerSlot(y, h.ya) || speakerSlot(y, h.yb-1) {
		kind = news.ConflictSpeaker
	}
	return subFinding{kind: kind, topic: subTopic(x, h.xa, h.xb), vals: [2]string{va, vb}}, true
}

// englishWord reports whether a word is an English noun, adjective or
// verb of WordNet: a name made of such words is a place, a body or a
// nickname ("Mount Sinai Hospital", "Purple Aces", "Jamaica"), where one
// thing goes by two names (a team by its town and its nickname, a town by
// its region) more often than two people are swapped; a person's name
// rarely is one.
func englishWord(w string) bool { return english.IsWord(w) }

func hasLowerWord(ts []subToken) bool {
	return slices.ContainsFunc(ts, func(t subToken) bool { return t.Kind == text.Word && !t.Cap })
}

func joinSub(ts []subToken) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.Text
	}
	return strings.Join(w, " ")
}

// negatedBeyond reports whether sentence b holds a negator that sentence
// a, less its negator at k, does not hold as often: a negation of b's
// own. A negation both sentences give ("We can't wait ... and we are
// [not] sure") is no reason to refuse the one a adds.
func negatedBeyond(b, a []subToken, k int) bool {
	in := map[string]int{}
	for i, t := range a {
		if i != k && english.IsNegator(t.Lower) {
			in[t.Lower]++
		}
	}
	for _, t := range b {
		if english.IsNegator(t.Lower) {
			if in[t.Lower] == 0 {
				return true
			}
			in[t.Lower]--
		}
	}
	return false
}

// negationFinding reads a hunk that is a lone negator at a[k] (side 0: x,
// 1: y) as a contradiction, unless the sentence says both or the negated
// predicate is not shared.
func negationFinding(h hunk, x, y []subToken, side, k int) (subFinding, bool) {
	// bk: the shared word before the hunk in the other sentence.
	a, b, bk := x, y, h.ya-1
	if side == 1 {
		a, b, bk = y, x, h.xa-1
	}
	if negatedBeyond(b, a, k) || k+1 >= len(a) || k == 0 || a[k+1].Kind != text.Word {
		return subFinding{}, false
	}
	// Reported speech or belief ("rumors that he was") is a difference
	// only when both sentences report it alike: the word that makes it
	// reported lies in the shared run before the negation ("... and that
	// one person had [not] been attacked").
	if ra, rb := reportedAt(a, k-1), reportedAt(b, bk); ra >= 0 && ra < k-h.left || rb >= 0 && rb < bk+1-h.left || (ra >= 0) != (rb >= 0) {
		return subFinding{}, false
	}
	// "pleaded not guilty to murder and guilty to manslaughter": the
	// sentence says both. And the negated predicate must be shared: "is
	// not a killer" / "is a little boy" share "a" only.
	if count(a, a[k+1].Lower) > 1 || !h.rightContent {
		return subFinding{}, false
	}
	vn := a[k-1].Text + " " + a[k].Text + " " + a[k+1].Text
	vp := a[k-1].Text + " " + a[k+1].Text
	vals := [2]string{vn, vp}
	if side == 1 {
		vals = [2]string{vp, vn}
	}
	return subFinding{kind: news.ConflictContradiction, topic: subTopic(a, k-1, k+2), vals: vals}, true
}

// pairFinding reads two words that stand at one place of two sentences as
// a difference of value: a number, a date, a name or speaker, an antonym.
// oneWord says the hunk is one word a side between near-identical
// sentences, which antonyms need; oneName the same for names, whose
// sentences may differ a little more (nearShared).
func pairFinding(x []subToken, k int, y []subToken, j int, oneWord, oneName bool, common map[string]bool) (subFinding, bool) {
	a, b := x[k], y[j]
	if a.Lower == b.Lower || hasToken(y, a.Lower) || hasToken(x, b.Lower) {
		return subFinding{}, false
	}
	ca, cb := slotClass(a), slotClass(b)
	kind, va, vb := "", a.Text, b.Text
	switch {
	case ca != "" && ca == cb && ca != "name":
		kind = slotKind(ca, x, k, y, j)
		if ca == "number" {
			// The same word after both: "10,000 websites" / "233,000
			// web pages" count two things.
			if !sameNext(x, k, y, j) && !(k == len(x)-1 && j == len(y)-1) {
				return subFinding{}, false
			}
			va, vb = withUnit(x, k), withUnit(y, j)
		}
	case ca == "name" && cb == "name":
		if !oneName || !properName(a) || !properName(b) || nameForms(a.Text, b.Text) || firstNames(x, k, y, j) || common != nil && (common[a.Lower] || common[b.Lower]) {
			return subFinding{}, false
		}
		kind = news.ConflictName
		if speakerSlot(x, k) || speakerSlot(y, j) {
			kind = news.ConflictSpeaker
		}
	case ca == "" && cb == "" && !a.Stop && !b.Stop && a.Kind == text.Word && b.Kind == text.Word && oneWord && opposed(a.Lower, b.Lower) && !negated(x) && !negated(y):
		kind = news.ConflictContradiction
	}
	if kind == "" {
		return subFinding{}, false
	}
	return subFinding{kind: kind, topic: subTopic(x, k, k+1), vals: [2]string{va, vb}}, true
}

// opposed reports whether two words oppose each other: the hand-checked
// pairs of polarity.go or a WordNet antonym pair.
func opposed(a, b string) bool {
	if Antonym(a) == b {
		return true
	}
	for _, w := range english.Antonyms(a) {
		if w == b {
			return true
		}
	}
	return false
}

// properName reports whether a capitalised word may be a name of its own:
// not an acronym, not a possessive (an owner: "Ford's record" / "UNC's
// record"), not a title or a common head of a name of an organisation,
// facility, place or event ("Sgt", "Committee", "Theatre", "County").
func properName(t subToken) bool { return ProperName(t.Token) }

// ProperName reports whether a capitalised word may be a name of its own
// (see properName); the harness of internal/eval/differences plants names
// by the same test.
func ProperName(t text.Token) bool {
	w := t.Lower
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.ToUpper(t.Text) == t.Text || len(w) < 3 {
		return false
	}
	if english.Titles.Has(w) || english.Abbreviations.Has(w) {
		return false
	}
	for _, l := range []string{"entity/org-words", "entity/facility-words", "entity/place-words", "entity/event-words", "entity/office-words", "entity/not-names"} {
		if english.List(l).Has(w) {
			return false
		}
	}
	return true
}

// firstNames reports whether two differing names stand before one shared
// name: two forms of one first name before a surname ("William" / "Bill
// Ingaldson", "Alexis" / "Alexandros Grigoropoulos").
func firstNames(x []subToken, k int, y []subToken, j int) bool {
	return k+1 < len(x) && j+1 < len(y) && x[k+1].Lower == y[j+1].Lower && x[k+1].Cap && x[k+1].Kind == text.Word
}

// negatedAcross finds "were not detained" in x where y says "detained"
// unnegated, both with a shared content word within contextSpan of the
// verb (the same statement, told in other words around it): neither
// sentence reported speech or belief there, y with no negation at all, and
// x naming the verb only once. swap puts the values in y, x order.
func negatedAcross(x, y []subToken, swap bool) []subFinding {
	if negated(y) {
		return nil
	}
	var out []subFinding
	for k := 1; k+1 < len(x); k++ {
		w := x[k].Lower
		if w != "not" && w != "n't" && w != "never" {
			continue
		}
		aux, verb := x[k-1], x[k+1]
		// A capitalised verb is a headline's ("Will Not Direct"); "not
		// only" negates no verb.
		if !english.Auxiliaries.Has(aux.Lower) && !english.Modals.Has(aux.Lower) || verb.Stop || verb.Kind != text.Word || verb.Cap || reported(x, k-1) ||
			k+2 < len(x) && x[k+2].Lower == "only" {
			continue
		}
		if slices.ContainsFunc(x[k+2:], func(t subToken) bool { return t.Lower == verb.Lower }) {
			continue
		}
		for j, t := range y {
			if t.Lower != verb.Lower || reported(y, j-1) || !sharedNear(x, k+1, y, j) || ofObjects(x, k+1, y, j) {
				continue
			}
			vx, vy := aux.Text+" "+x[k].Text+" "+verb.Text, verb.Text
			if j > 0 && (english.Auxiliaries.Has(y[j-1].Lower) || english.Modals.Has(y[j-1].Lower)) {
				vy = y[j-1].Text + " " + verb.Text
			}
			if swap {
				vx, vy = vy, vx
			}
			out = append(out, subFinding{kind: news.ConflictContradiction, topic: subTopic(x, k-1, k+2), vals: [2]string{vx, vy}})
			break
		}
	}
	return out
}

// sharedNear reports whether a content word within contextSpan of x[k]
// (other than x[k] itself) stands within contextSpan of y[j] too.
func sharedNear(x []subToken, k int, y []subToken, j int) bool {
	for a := max(0, k-contextSpan); a < min(len(x), k+contextSpan+1); a++ {
		if a == k || x[a].Stop || x[a].Kind != text.Word {
			continue
		}
		for b := max(0, j-contextSpan); b < min(len(y), j+contextSpan+1); b++ {
			if b != j && y[b].Lower == x[a].Lower {
				return true
			}
		}
	}
	return false
}

func count(ts []subToken, lower string) int {
	n := 0
	for _, t := range ts {
		if t.Lower == lower {
			n++
		}
	}
	return n
}
