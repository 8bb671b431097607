package align

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Multipliers are the number words that scale the number before them.
var multipliers = sync.OnceValue(english.List("align/multipliers").Floats)

// scaleSuffixes are the multipliers written after digits ("4.5bn"), the
// longest first, in a fixed order (a map's order would vary).
var scaleSuffixes = sync.OnceValue(func() []string {
	s := slices.Collect(maps.Keys(multipliers()))
	slices.SortFunc(s, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return s
})

// ParseNumber reads one lower-case token as a number: digits with thousands
// commas or a decimal point ("1,000", "4.5"), a number word ("five"), a
// compound number word ("twenty-five") or digits with a scale suffix ("4.5bn").
func ParseNumber(lower string) (float64, bool) {
	if lower == "" {
		return 0, false
	}
	// A word that is no number word (the filter in line) and has no
	// hyphen is no number: most tokens, decided before any call.
	if (lower[0] < '0' || lower[0] > '9') && !english.NumberWords.Filter().MayHold(lower) && strings.IndexByte(lower, '-') < 0 {
		return 0, false
	}
	// Number words ("five", "dozen", "million") are the shared list.
	if v, ok := english.NumberWords.Float(lower); ok {
		return v, true
	}
	if tens, ones, ok := strings.Cut(lower, "-"); ok {
		t, ok1 := english.NumberWords.Float(tens)
		o, ok2 := english.NumberWords.Float(ones)
		if ok1 && ok2 && t >= 20 && t < 100 && o < 10 {
			return t + o, true
		}
		return 0, false
	}
	if lower[0] < '0' || lower[0] > '9' {
		return 0, false // most tokens: a word, decided before any work
	}
	s := strings.ReplaceAll(lower, ",", "")
	scale := 1.0
	for _, suf := range scaleSuffixes() {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) && s[len(s)-len(suf)-1] >= '0' && s[len(s)-len(suf)-1] <= '9' {
			s, scale = s[:len(s)-len(suf)], multipliers()[suf]
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v * scale, true
}

// FormatNumber writes a number as a reader would: no trailing zeros, no
// exponent.
func FormatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// synonymOf maps words that news reports use interchangeably for one
// thing to one class name: the shared list align/synonyms (one class a
// line, its name first), a small, hand-checked stand-in for WordNet synsets
// (see docs/claims.md for why WordNet itself was not worth its weight).
//
// The alignment asks it about every word of every sentence, and few words
// have a class: synonymFilter turns most away before the map hashes them.
var (
	synonymOnce   sync.Once
	synonymOf     map[string]string
	synonymFilter english.WordFilter
)

func loadSynonyms() {
	synonymOf = map[string]string{}
	for _, line := range english.Phrases("align/synonyms") {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			synonymOf[w] = "~" + f[0]
			synonymFilter.Add(w)
		}
	}
}

// synonymClass is synonymOf[w]: "" when w has no class.
func synonymClass(w string) string {
	if w == "" || !synonymFilter.MayHold(w) {
		return ""
	}
	return synonymOf[w]
}

// Synonym returns the synonym class of a lower-case word ("~meet" for
// "talks"), or "" when it has none. A regular plural takes its singular's
// class ("deals" as "deal"), so the lexicon need not list every plural.
func Synonym(lower string) string {
	synonymOnce.Do(loadSynonyms)
	if s := synonymClass(lower); s != "" {
		return s
	}
	if n := len(lower); n > 3 && lower[n-1] == 's' && lower[n-2] != 's' {
		return synonymClass(lower[:n-1])
	}
	return ""
}

// commonWords are words frequent in any news text, whatever the story
// (the shared list align/common-words): the background notion of rarity. A
// story-level IDF cannot see that "week" or "official" is common in
// general; these get a fraction of their weight. Built on first use, not
// at start-up: stemming the list cost about a millisecond in every process.
var commonWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range english.Phrases("align/common-words") {
		for _, w := range strings.Fields(line) {
			m[w] = true
			m[text.Stem(w)] = true
		}
	}
	return m
})

// backgroundWeight is the weight a term gets from general rarity: common news
// words count for less than words specific to a story.
func backgroundWeight(term string) float64 {
	if commonWords()[term] {
		return 0.35
	}
	return 1
}

// relatedTerms maps each word term of a story to the story's terms that
// are WordNet synonyms of it (english.Synonyms of the words it stands for).
func relatedTerms(vocab map[string]int32, names []string, surfs [][]string) [][]int32 {
	rel := make([][]int32, len(vocab))
	light := func(t string) bool { return backgroundWeight(t) < 1 }
	var own []string
	for k, ws := range surfs {
		if len(ws) == 0 {
			continue
		}
		id := int32(k)
		// A term written with '~' (and an empty one) never gets a relation:
		// pass it over before any WordNet look-up.
		if names[id] == "" || names[id][0] == '~' || light(names[id]) {
			continue
		}
		// The term's own lemma stems are needed only when a synonym is in
		// the story: worked out then, once.
		own = own[:0]
		ownDone := false
		ownStems := func() []string {
			if !ownDone {
				ownDone = true
				for _, w := range ws {
					own = appendLemmaStems(own, w)
				}
			}
			return own
		}
		for _, w := range ws {
			if english.SpeechVerbs.Has(w) {
				continue
			}
			for _, syn := range wordSynonyms(w) {
				// Most synonyms are not in the story: look their two terms
				// up first, and work out the synonym's lemmas (the costly
				// test) only when one of them may be related.
				ts := syn.terms
				if !slices.ContainsFunc(ts[:], func(t string) bool { return mayRelate(vocab, names, light, id, t) }) {
					continue
				}
				if english.SpeechVerbs.Has(syn.word) || sharesLemma(ownStems(), syn.word) {
					continue
				}
				for _, t := range ts {
					if o, ok := vocab[t]; ok && mayRelate(vocab, names, light, id, t) && !slices.Contains(ownStems(), t) && !slices.Contains(rel[id], o) {
						rel[id] = append(rel[id], o)
					}
				}
			}
		}
	}
	return rel
}

// synTerm is a WordNet synonym of a word with its two terms: its stem and
// its synonym class.
type synTerm struct {
	word  string
	terms [2]string
}

// synonymTerms caches each word's synonyms with their terms
// (english.EachSynonym's, in its order): a story's words recur in the
// next story, and working them out again (three lemmas, three look-ups,
// then a stem and a class for each synonym) was most of relatedTerms. The
// cache stops growing at a bound, as the stems' does.
var synonymTerms struct {
	mu sync.RWMutex
	m  map[string][]synTerm
}

const maxSynonymWords = 30_000

// wordSynonyms returns w's synonyms with their terms, from the cache when
// it holds them. The list is shared: callers only read it.
func wordSynonyms(w string) []synTerm {
	synonymTerms.mu.RLock()
	syns, ok := synonymTerms.m[w]
	synonymTerms.mu.RUnlock()
	if ok {
		return syns
	}
	english.EachSynonym(w, func(v string) {
		syns = append(syns, synTerm{word: v, terms: [2]string{text.Stem(v), Synonym(v)}})
	})
	synonymTerms.mu.Lock()
	if synonymTerms.m == nil {
		synonymTerms.m = make(map[string][]synTerm)
	}
	if len(synonymTerms.m) < maxSynonymWords {
		// copied, so that the cache holds no text the word is cut from alive
		synonymTerms.m[strings.Clone(w)] = syns
	}
	synonymTerms.mu.Unlock()
	return syns
}

// mayRelate reports whether the story term t can be related to the term id,
// before the tests that need t's word: t is in the story, not a '~' term,
// not id itself and not a common word.
func mayRelate(vocab map[string]int32, names []string, light func(string) bool, id int32, t string) bool {
	o, ok := vocab[t]
	return ok && t != "" && t[0] != '~' && o != id && !light(t)
}

// sharesLemma reports whether one of v's lemma stems is in own.
func sharesLemma(own []string, v string) bool {
	var buf [5]string
	return slices.ContainsFunc(appendLemmaStems(buf[:0], v), func(s string) bool { return slices.Contains(own, s) })
}

// appendLemmaStems appends the stems of a word's lemmas as a noun, a verb
// and an adjective, and of the verb of its noun lemma: "shot" and
// "shooting" meet there ("shoot"), as forms of one word, not as synonyms.
func appendLemmaStems(dst []string, w string) []string {
	n := english.NounLemma(w)
	return append(dst, text.Stem(w), text.Stem(n), text.Stem(english.VerbLemma(w)), text.Stem(english.VerbLemma(n)), text.Stem(english.AdjectiveLemma(w)))
}

// withheldWords are the verbs of making information known, the verbs of
// refusing and the adjectives by which a report says that something was not
// made public (the shared list align/withheld, with its sources).
var withheldWords = english.List("align/withheld")

// withheldTerm is the term of a sentence that says a figure, a name or a
// detail was withheld, however it says it: "didn't reveal the dollar
// amounts", "declined to provide the value", "the numbers aren't
// confirmed", "(dollars undisclosed)". The words of each wording share no
// stem, and news reports word this one fact in many ways.
const withheldTerm = "~withheld"

// withheldScope is how many tokens before a verb of making known a negator
// or a refusal may stand ("have not yet been able to confirm": five).
const withheldScope = 6

// withheldAt reports whether token k of a sentence says that something was
// withheld: an adjective of the list, or a verb of the list under a negator
// or after a refusal and "to", with no punctuation or conjunction between
// (which would open another clause: "police said, but did not ..." reads
// "said" as said).
func withheldAt(toks []text.Token, k int) bool {
	switch withheldWords.Kind(toks[k].Lower) {
	case "adjective":
		return true
	case "verb":
		if k > 0 && english.Determiners.Has(toks[k-1].Lower) {
			return false // a noun: "the release", "its say"
		}
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-withheldScope; j-- {
		t := toks[j]
		if t.Kind == text.Punct || english.Conjunctions.Has(t.Lower) {
			return false
		}
		if english.IsNegator(t.Lower) {
			return true
		}
		if j+1 < k && toks[j+1].Lower == "to" && withheldWords.Kind(t.Lower) == "refusal" {
			return true
		}
	}
	return false
}

// refused reports whether token k is a refusal verb followed by "to" and
// a verb of making known: "declined to provide".
func refused(toks []text.Token, k int) bool {
	// the word after first: most words have no "to" after them, and the
	// list is asked only of those that have
	return k+2 < len(toks) && toks[k+1].Lower == "to" && withheldWords.Kind(toks[k].Lower) == "refusal" && withheldAt(toks, k+2)
}
