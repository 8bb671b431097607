// Package summarize picks the sentences of an extractive multi-document
// summary within a length budget.
//
// The method is concept coverage (Gillick and Favre 2009, the ICSI system of
// TAC 2008-2011): the "concepts" of a story are the bigrams of word stems, a
// concept is worth the number of independent sources that use it, and the
// summary is the set of sentences that covers the most concept weight within
// the budget. A concept counts once however many picked sentences hold it, so
// the objective itself avoids repeats; a similarity threshold removes the
// near-repeats it would still allow. Counting sources in copy groups makes the
// summary prefer what many independent reports say.
//
// On top of that objective, readability rules: boilerplate, headlines,
// captions, questions and sentences with an unclosed quotation are never
// picked; a sentence that opens with a connective or a pronoun ("But ...",
// "He said ...") is picked only right after the sentence it leans on; and the
// picks are put in reading order (sources by publication time, then position).
package summarize

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Budget bounds a summary: Words, or Bytes when Words is 0.
type Budget struct {
	Words, Bytes int
}

// maxSimilarity is the cosine similarity (TF-IDF of stems) above which a
// sentence is a near-repeat of one already picked. A conventional value
// (MMR-style thresholds in the literature sit at 0.5-0.7), not tuned.
const maxSimilarity = 0.5

// rareWeight scales the weight of concepts below the support threshold, so
// they only decide what fills the budget after the supported ones.
const rareWeight = 0.01

// minWords is the length below which a sentence is too short to stand in a
// summary on its own (captions, fragments).
const minWords = 6

// candidate is one sentence that may be picked.
type candidate struct {
	ref      align.SentRef
	cost     int   // in budget units (words or bytes)
	concepts []int // distinct concept ids
	vec      []weighted
	norm     float64
	lean     bool // leans on the sentence before it (connective, pronoun)
	claim    int  // index in the alignment's claims, or -1
	support  int  // independent sources of its claim
}

type weighted struct {
	term int
	w    float64
}

// Select returns the summary's sentences, in reading order. The summary never
// exceeds the budget; with a zero budget it is empty.
func Select(c *text.Corpus, a *align.Result, b Budget) []align.SentRef {
	if c == nil || len(c.Docs) == 0 || (b.Words <= 0 && b.Bytes <= 0) {
		return nil
	}
	s := newSelector(c, a, b)
	s.greedy()
	s.improve()
	return s.ordered()
}

type selector struct {
	c      *text.Corpus
	budget int
	words  bool
	cands  []candidate
	index  map[align.SentRef]int // sentence -> candidate index
	weight []float64             // concept weights
	picked []int                 // candidate indices
	used   int                   // budget used
	cover  []int                 // how many picked sentences hold each concept
}

func newSelector(c *text.Corpus, a *align.Result, b Budget) *selector {
	s := &selector{c: c, words: b.Words > 0, budget: b.Words, index: map[align.SentRef]int{}}
	if !s.words {
		s.budget = b.Bytes
	}
	docs := usableDocs(c)
	groups := map[int]bool{}
	for _, d := range docs {
		groups[c.Group[d]] = true
	}

	// Concepts: stem bigrams, not both stop words. Their weight is the number
	// of independent sources (copy groups) whose text holds them; with fewer
	// than three sources that says little, so sentence frequency is used.
	conceptID := map[[2]string]int{}
	termID := map[string]int{}
	var conceptGroups []map[int]bool
	var conceptSents []int
	var termDF []int
	nSents := 0
	type sentInfo struct {
		ref      align.SentRef
		concepts []int
		terms    map[int]int
	}
	var infos []sentInfo
	for _, d := range docs {
		doc := c.Docs[d]
		for si := range doc.Sentences {
			toks := contentTokens(doc.SentenceTokens(si))
			info := sentInfo{ref: align.SentRef{Doc: d, Sent: si}, terms: map[int]int{}}
			seen := map[int]bool{}
			for i, t := range toks {
				if !t.Stop {
					id, ok := termID[t.Stem]
					if !ok {
						id = len(termDF)
						termID[t.Stem] = id
						termDF = append(termDF, 0)
					}
					if info.terms[id] == 0 {
						termDF[id]++
					}
					info.terms[id]++
				}
				if i == 0 || (t.Stop && toks[i-1].Stop) {
					continue
				}
				key := [2]string{toks[i-1].Stem, t.Stem}
				id, ok := conceptID[key]
				if !ok {
					id = len(conceptGroups)
					conceptID[key] = id
					conceptGroups = append(conceptGroups, map[int]bool{})
					conceptSents = append(conceptSents, 0)
				}
				if !seen[id] {
					seen[id] = true
					conceptGroups[id][c.Group[d]] = true
					conceptSents[id]++
					info.concepts = append(info.concepts, id)
				}
			}
			nSents++
			infos = append(infos, info)
		}
	}
	s.weight = make([]float64, len(conceptGroups))
	minSupport := 2
	if len(groups) >= 6 {
		minSupport = 3
	}
	for id := range s.weight {
		w := len(conceptGroups[id])
		if len(groups) < 3 {
			w = conceptSents[id]
		}
		s.weight[id] = float64(w)
		if w < minSupport {
			// Too rare to be the story's core, but enough to choose among
			// sentences once the core is covered and budget remains.
			s.weight[id] *= rareWeight
		}
	}
	s.cover = make([]int, len(s.weight))

	for _, info := range infos {
		doc := c.Docs[info.ref.Doc]
		sent := doc.Sentences[info.ref.Sent]
		if !eligible(doc, info.ref.Sent) {
			continue
		}
		cand := candidate{ref: info.ref, claim: -1, support: 1, lean: leans(doc.SentenceTokens(info.ref.Sent))}
		if s.words {
			cand.cost = wordCost(sent.Text)
		} else {
			cand.cost = len(sent.Text) + 1
		}
		if cand.cost > s.budget {
			continue
		}
		for _, id := range info.concepts {
			if s.weight[id] > 0 {
				cand.concepts = append(cand.concepts, id)
			}
		}
		for term, tf := range info.terms {
			w := float64(tf) * math.Log(float64(nSents+1)/float64(termDF[term]))
			cand.vec = append(cand.vec, weighted{term, w})
			cand.norm += w * w
		}
		sort.Slice(cand.vec, func(i, j int) bool { return cand.vec[i].term < cand.vec[j].term })
		cand.norm = math.Sqrt(cand.norm)
		if a != nil && info.ref.Doc < len(a.Of) && info.ref.Sent < len(a.Of[info.ref.Doc]) {
			if ci := a.Of[info.ref.Doc][info.ref.Sent]; ci >= 0 && ci < len(a.Claims) {
				cand.claim = ci
				cand.support = max(1, a.Claims[ci].Independent)
			}
		}
		s.index[info.ref] = len(s.cands)
		s.cands = append(s.cands, cand)
	}
	return s
}

// usableDocs are the documents to summarise: the English ones (crosscheck
// analyses English), or all of them when none is English.
func usableDocs(c *text.Corpus) []int {
	var en, all []int
	for i, d := range c.Docs {
		all = append(all, i)
		if d.Language == "" || d.Language == "en" {
			en = append(en, i)
		}
	}
	if len(en) > 0 {
		return en
	}
	return all
}

// contentTokens drops punctuation, so bigrams join the words a reader sees
// side by side.
func contentTokens(toks []text.Token) []text.Token {
	out := make([]text.Token, 0, len(toks))
	for _, t := range toks {
		if t.Kind != text.Punct && t.Stem != "" {
			out = append(out, t)
		}
	}
	return out
}

// wordCost counts a sentence's words so that both common counts stay within
// the budget: words as a reader counts them, and space-separated fields.
func wordCost(s string) int {
	return max(text.Words(s), len(strings.Fields(s)))
}

// gain is the weight of the concepts a candidate would newly cover.
func (s *selector) gain(ci int) float64 {
	g := 0.0
	for _, id := range s.cands[ci].concepts {
		if s.cover[id] == 0 {
			g += s.weight[id]
		}
	}
	return g
}

func (s *selector) isPicked(ci int) bool { return slices.Contains(s.picked, ci) }

// allowed reports whether candidate ci may join the picks: it fits, it is not
// a near-repeat or another wording of a picked claim, and if it leans on the
// sentence before it, that sentence is picked.
func (s *selector) allowed(ci int) bool {
	cand := &s.cands[ci]
	if s.used+cand.cost > s.budget || s.isPicked(ci) {
		return false
	}
	if cand.lean {
		prev, ok := s.index[align.SentRef{Doc: cand.ref.Doc, Sent: cand.ref.Sent - 1}]
		if !ok || !s.isPicked(prev) {
			return false
		}
	}
	for _, p := range s.picked {
		if cand.claim >= 0 && s.cands[p].claim == cand.claim {
			return false
		}
		if cosine(cand, &s.cands[p]) > maxSimilarity {
			return false
		}
	}
	return true
}

func (s *selector) add(ci int) {
	s.picked = append(s.picked, ci)
	s.used += s.cands[ci].cost
	for _, id := range s.cands[ci].concepts {
		s.cover[id]++
	}
}

func (s *selector) remove(ci int) {
	i := slices.Index(s.picked, ci)
	s.picked = slices.Delete(s.picked, i, i+1)
	s.used -= s.cands[ci].cost
	for _, id := range s.cands[ci].concepts {
		s.cover[id]--
	}
}

// better orders two candidates of equal value: more independent support
// first, then earlier in its source (news puts the essentials first), then
// earlier source.
func (s *selector) better(i, j int) bool {
	a, b := &s.cands[i], &s.cands[j]
	if a.support != b.support {
		return a.support > b.support
	}
	if a.ref.Sent != b.ref.Sent {
		return a.ref.Sent < b.ref.Sent
	}
	return a.ref.Doc < b.ref.Doc
}

// greedy adds, while anything fits, the allowed sentence with the most new
// concept weight per unit of length.
func (s *selector) greedy() {
	for {
		best, bestVal := -1, 0.0
		for ci := range s.cands {
			g := s.gain(ci)
			if g <= 0 || !s.allowed(ci) {
				continue
			}
			v := g / float64(s.cands[ci].cost)
			if best < 0 || v > bestVal+1e-12 || (math.Abs(v-bestVal) <= 1e-12 && s.better(ci, best)) {
				best, bestVal = ci, v
			}
		}
		if best < 0 {
			return
		}
		s.add(best)
	}
}

// total is the concept weight the picks cover.
func (s *selector) total() float64 {
	t := 0.0
	for id, n := range s.cover {
		if n > 0 {
			t += s.weight[id]
		}
	}
	return t
}

// improve swaps a picked sentence for an unpicked one while that raises the
// covered weight: greedy by ratio leaves budget unused or takes a short
// sentence where a longer one covers more. A few rounds suffice.
func (s *selector) improve() {
	for round := 0; round < 3; round++ {
		changed := false
		for pi := 0; pi < len(s.picked); pi++ {
			out := s.picked[pi]
			if s.leanedOn(out) {
				continue
			}
			base := s.total()
			s.remove(out)
			best, bestTotal := -1, base
			for ci := range s.cands {
				if ci == out || s.gain(ci) <= 0 || !s.allowed(ci) {
					continue
				}
				s.add(ci)
				if t := s.total(); t > bestTotal+1e-9 {
					best, bestTotal = ci, t
				}
				s.remove(ci)
			}
			if best < 0 {
				s.add(out)
				// Restore its place so the loop index stays meaningful.
				s.picked = append(s.picked[:pi], append([]int{out}, s.picked[pi:len(s.picked)-1]...)...)
				continue
			}
			s.add(best)
			changed = true
		}
		// Fill what the swaps freed.
		s.greedy()
		if !changed {
			return
		}
	}
}

// leanedOn reports whether a picked sentence leans on candidate ci.
func (s *selector) leanedOn(ci int) bool {
	r := s.cands[ci].ref
	next, ok := s.index[align.SentRef{Doc: r.Doc, Sent: r.Sent + 1}]
	return ok && s.cands[next].lean && s.isPicked(next)
}

// ordered puts the picks in reading order: sources by publication time when
// every picked source has one (else in the order given), each source's
// sentences in their own order.
func (s *selector) ordered() []align.SentRef {
	out := make([]align.SentRef, 0, len(s.picked))
	for _, ci := range s.picked {
		out = append(out, s.cands[ci].ref)
	}
	dated := true
	for _, r := range out {
		if s.c.Docs[r.Doc].Article == nil || s.c.Docs[r.Doc].Article.Published.IsZero() {
			dated = false
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Doc != b.Doc {
			if dated {
				ta, tb := s.c.Docs[a.Doc].Article.Published, s.c.Docs[b.Doc].Article.Published
				if !ta.Equal(tb) {
					return ta.Before(tb)
				}
			}
			return a.Doc < b.Doc
		}
		return a.Sent < b.Sent
	})
	return out
}

func cosine(a, b *candidate) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	i, j := 0, 0
	for i < len(a.vec) && j < len(b.vec) {
		switch {
		case a.vec[i].term == b.vec[j].term:
			dot += a.vec[i].w * b.vec[j].w
			i++
			j++
		case a.vec[i].term < b.vec[j].term:
			i++
		default:
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// eligible reports whether sentence si of doc may stand in a summary at all.
func eligible(doc *text.Doc, si int) bool {
	sent := doc.Sentences[si]
	t := strings.TrimSpace(sent.Text)
	if wordCost(t) < minWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	// A question, a lead-in to a list, or a line with no end punctuation
	// (headline, caption, byline, dateline).
	if !strings.ContainsRune(`.!"'”’)`, last) {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(t, `"'”’)`), "?") {
		return false
	}
	alone := (si == 0 || doc.Sentences[si-1].Para != sent.Para) &&
		(si+1 == len(doc.Sentences) || doc.Sentences[si+1].Para != sent.Para)
	// A short paragraph of one sentence is a caption or a standfirst more
	// often than a paragraph of news ("HMS Cornwall at Zeebrugge in 2006.").
	if alone && wordCost(t) < 10 {
		return false
	}
	if a := doc.Article; a != nil && a.Title != "" && sameWords(a.Title, t) {
		return false
	}
	if boilerplate(t) || !quotesBalanced(t) || shouting(t) || insideQuote(doc, si) {
		return false
	}
	// A list item: its bullet would dangle in running text.
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("*•·-–—>#|", r) {
		return false
	}
	return true
}

// insideQuote reports whether sentence si starts inside a quotation that an
// earlier sentence of its paragraph opened: alone, it would be words without
// a speaker.
func insideQuote(doc *text.Doc, si int) bool {
	first := si
	for first > 0 && doc.Sentences[first-1].Para == doc.Sentences[si].Para {
		first--
	}
	if first == si || doc.Article == nil {
		return false
	}
	before := doc.Article.Text[doc.Sentences[first].Start:doc.Sentences[si].Start]
	return !quotesBalanced(before)
}

// sameWords reports whether two texts have the same words, ignoring case
// and punctuation (a headline repeated as the first line of the body).
func sameWords(a, b string) bool {
	split := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ")
	}
	return split(a) == split(b)
}

// boilerplateStarts open lines that are the page's furniture, not the news.
var boilerplateStarts = []string{
	"read more", "related", "see also", "click", "follow ", "share", "copyright", "©",
	"all rights reserved", "photo", "image", "picture", "video", "watch ", "listen",
	"sign up", "subscribe", "advertisement", "reporting by", "editing by",
	"additional reporting", "writing by", "sources", "source:", "external link",
	"this article", "this story", "for more", "contact ", "email ", "tags:", "filed under",
}

func boilerplate(t string) bool {
	l := strings.ToLower(t)
	for _, p := range boilerplateStarts {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if strings.Contains(l, "http://") || strings.Contains(l, "https://") || strings.Contains(l, "www.") {
		return true
	}
	// A byline: "By Jane Smith" with nothing after the name.
	if strings.HasPrefix(t, "By ") && text.Words(t) <= 6 {
		return true
	}
	return false
}

// quotesBalanced reports whether the sentence closes every quotation it
// opens: a sentence cut from a quotation that runs on reads as a fragment.
func quotesBalanced(t string) bool {
	t = text.FoldQuotes(t)
	return strings.Count(t, `"`)%2 == 0
}

// shouting reports an all-capitals line (a kicker or a section label).
func shouting(t string) bool {
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper*10 > letters*8
}

// leanOpeners are first words that tie a sentence to the one before it: a
// summary that starts or jumps with them reads as a fragment.
var leanOpeners = map[string]bool{
	"but": true, "however": true, "and": true, "or": true, "yet": true, "still": true,
	"also": true, "meanwhile": true, "instead": true, "nevertheless": true, "nonetheless": true,
	"moreover": true, "furthermore": true, "besides": true, "therefore": true, "thus": true,
	"hence": true, "so": true, "then": true, "otherwise": true, "similarly": true,
	"likewise": true, "indeed": true, "additionally": true, "consequently": true,
	"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true,
	"its": true, "him": true, "them": true, "this": true, "these": true, "that": true,
	"those": true, "such": true, "both": true, "another": true, "others": true,
	"afterwards": true,
}

// leanPhrases are multi-word openers with the same effect.
var leanPhrases = []string{
	"in addition", "as a result", "in turn", "at the same time", "on the other hand",
	"even so", "in response", "by contrast", "in contrast", "for his part", "for her part",
	"for their part", "the two", "the same", "the latter", "the former", "as well",
}

// attribution pronouns: "..., he said." names no one.
var pronounSpeakers = map[string]bool{"he": true, "she": true, "they": true}
var speechVerbs = map[string]bool{
	"said": true, "says": true, "added": true, "told": true, "stated": true, "explained": true,
	"noted": true, "continued": true, "warned": true, "claimed": true, "argued": true,
}

// leans reports whether a sentence depends on the one before it to be
// understood: it opens with a connective or a pronoun, or it attributes its
// words to a pronoun ("..., he said").
func leans(toks []text.Token) bool {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind != text.Punct {
			words = append(words, t.Lower)
		}
	}
	if len(words) == 0 {
		return false
	}
	if leanOpeners[words[0]] {
		return true
	}
	head := strings.Join(words[:min(4, len(words))], " ")
	for _, p := range leanPhrases {
		if strings.HasPrefix(head, p+" ") || head == p {
			return true
		}
	}
	for i := 1; i < len(words); i++ {
		if (pronounSpeakers[words[i-1]] && speechVerbs[words[i]]) || (speechVerbs[words[i-1]] && pronounSpeakers[words[i]]) {
			return true
		}
	}
	return false
}
