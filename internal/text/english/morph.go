package english

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// The lemmatiser is WordNet's own morphology ("morphy"): a word listed in
// an exception file takes the lemma listed there ("said" say, "mice"
// mouse); else the detachment rules of its part of speech are tried in
// order and the first result that is a lemma of WordNet's index wins
// ("horses" -> "horse", not "hors"). A word that no rule turns into a known
// lemma keeps a rule-made guess ("tweeted" -> "tweet"), since news coins
// verbs that WordNet 3.0 never saw.

// sortedFile is a data file whose lines are sorted by bytes (a WordNet
// index file's lemmas, one a line; an exception list; the synonym index).
// It is searched in place, so loading it costs nothing; find notes where
// each line starts, and the blocks, on its first call.
type sortedFile struct {
	file string
	once sync.Once
	body string
	// starts holds where each line of body starts, and len(body)+1.
	startsOnce sync.Once
	starts     []int32
	// block, when above 0, is the length of the lines' first bytes that
	// blocks maps to the range of lines that open with them (lo<<32 | hi),
	// so that find searches the one block of its key: a few lines, not
	// all (the synonym index's 34,000 took 15 steps a look-up, which in a
	// long process cost more than the map it replaced).
	block  int
	blocks map[string]uint64
	// letters notes where the lines that open with each letter, and with
	// each two letters, start (for has).
	letters letterSpans
}

func (x *sortedFile) load() {
	x.once.Do(func() {
		s := dataText(x.file)
		// skip the header of comment lines
		for strings.HasPrefix(s, "#") {
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				s = ""
				break
			}
			s = s[i+1:]
		}
		x.body = s
	})
}

// has reports whether w is a line of the file (a lemma of the index), by
// binary search over the byte offsets of the file, within the lines that
// open with w's first two letters (letters.go notes where they are).
func (x *sortedFile) has(w string) bool {
	if w == "" {
		return false
	}
	x.load()
	lo, hi := x.letters.span(x.body, w)
	_, ok := search(x.body, lo, hi, w)
	return ok
}

// search looks for the line w in s[lo:hi], lo and hi being the starts of
// lines (or len(s)) and the lines sorted by bytes. It returns the start of
// the first line of s[lo:hi] not below w (hi when there is none), and
// whether that line is w. Each step reads the line that holds the middle
// offset back to its start and compares it with w as it reads on, to its
// end only when the search goes on after it: the lines before lo are all
// below w, so lo is a line's start and the line that holds mid starts at
// lo or after.
func search(s string, lo, hi int, w string) (int, bool) {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		start := mid
		for start > lo && s[start-1] != '\n' {
			start--
		}
		i, k := start, 0
		for i < len(s) && k < len(w) && s[i] == w[k] && s[i] != '\n' {
			i, k = i+1, k+1
		}
		switch ended := i == len(s) || s[i] == '\n'; {
		case ended && k == len(w):
			return start, true
		case k == len(w) || !ended && s[i] > w[k]:
			hi = start // the line is above w: w, or w's bytes and more
		default: // below w: a prefix of w, or a lower byte
			for i < len(s) && s[i] != '\n' {
				i++
			}
			lo = i + 1
		}
	}
	return lo, false
}

// find returns the first line of the file that starts with key, a line's
// first fields and the space after them ("n person "); key ends in a
// space, and a line read as if a space followed its end. It is a binary
// search over the lines: they are sorted by bytes, and a space sorts
// before any byte of a field.
func (x *sortedFile) find(key []byte) (string, bool) {
	x.load()
	x.startsOnce.Do(func() {
		s := strings.TrimSuffix(x.body, "\n")
		x.starts = make([]int32, 0, strings.Count(s, "\n")+2)
		for at := 0; s != ""; {
			x.starts = append(x.starts, int32(at))
			i := strings.IndexByte(s[at:], '\n')
			if i < 0 {
				break
			}
			at += i + 1
		}
		x.starts = append(x.starts, int32(len(s)+1))
		if x.block > 0 {
			x.blocks = map[string]uint64{}
			for i := 0; i+1 < len(x.starts); {
				l := x.body[x.starts[i] : x.starts[i+1]-1]
				if len(l) <= x.block {
					i++ // no line of these files is this short (TestSortedFiles)
					continue
				}
				b := l[:x.block]
				j := i + 1
				for j+1 < len(x.starts) && strings.HasPrefix(x.body[x.starts[j]:x.starts[j+1]-1], b) {
					j++
				}
				x.blocks[b] = uint64(i)<<32 | uint64(j)
				i = j
			}
		}
	})
	line := func(i int) string { return x.body[x.starts[i] : x.starts[i+1]-1] }
	lo, hi := 0, len(x.starts)-1
	if x.block > 0 && len(key) >= x.block {
		r, ok := x.blocks[string(key[:x.block])]
		if !ok {
			return "", false
		}
		lo, hi = int(r>>32), int(uint32(r))
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if comparePrefix(line(mid), key) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(x.starts)-1 || comparePrefix(line(lo), key) != 0 {
		return "", false
	}
	return line(lo), true
}

// comparePrefix compares the first len(key) bytes of line and a space
// after it with key.
func comparePrefix(line string, key []byte) int {
	n := min(len(line), len(key))
	switch {
	case line[:n] < string(key[:n]):
		return -1
	case line[:n] > string(key[:n]):
		return 1
	case len(line) >= len(key):
		return 0
	}
	// line is a prefix of key: the space after it meets key[len(line)]
	switch c := key[len(line)]; {
	case c > ' ':
		return -1
	case c < ' ':
		return 1
	case len(line)+1 < len(key):
		return -1 // the line ends before key does
	}
	return 0
}

// exceptions maps an irregular form to its lemma: the first two fields
// of a line of a WordNet exception file (sorted by form), the first line
// of a form winning.
type exceptions struct{ sortedFile }

func (e *exceptions) get(w string) (string, bool) {
	var buf [64]byte
	line, ok := e.find(append(append(buf[:0], w...), ' '))
	if !ok || strings.IndexByte(w, ' ') >= 0 {
		return "", false
	}
	lemma, _ := field(line, 1)
	return lemma, true
}

var (
	verbIndex = &sortedFile{file: "wordnet-verb-lemmas.txt"}
	nounIndex = &sortedFile{file: "wordnet-noun-lemmas.txt"}
	adjIndex  = &sortedFile{file: "wordnet-adj-lemmas.txt"}

	verbExceptions = &exceptions{sortedFile{file: "wordnet-verb.exc", block: 2}}
	nounExceptions = &exceptions{sortedFile{file: "wordnet-noun.exc", block: 2}}
	adjExceptions  = &exceptions{sortedFile{file: "wordnet-adj.exc", block: 2}}
)

// rule is one of morphy's detachment rules: a suffix and its replacement.
type rule struct{ suffix, repl string }

// The detachment rules of WordNet's morphy (wndb(5WN), morph.c), in its
// order.
var (
	nounRules = []rule{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}
	verbRules = []rule{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}
	adjRules  = []rule{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}
)

// IsVerb reports whether a lower-case word is a verb lemma of WordNet.
func IsVerb(lemma string) bool { return verbIndex.has(lemma) }

// IsNoun reports whether a lower-case word is a noun lemma of WordNet.
func IsNoun(lemma string) bool { return nounIndex.has(lemma) }

// IsAdjective reports whether a lower-case word is an adjective lemma of
// WordNet.
func IsAdjective(lemma string) bool { return adjIndex.has(lemma) }

// IsWord reports whether a lower-case word is, in any of its forms, an
// English noun, adjective or verb of WordNet ("babies", "begins",
// "firearms"): a name made of such words is a place, a body, a title or
// a headline rather than a person's name.
func IsWord(w string) bool {
	return IsNoun(NounLemma(w)) || IsAdjective(w) || IsVerb(VerbLemma(w))
}

// partOfSpeech is WordNet's morphology of one part of speech.
type partOfSpeech struct {
	exc   *exceptions
	index *sortedFile
	rules []rule
	cache *lemmaCache
}

var (
	verbs      = partOfSpeech{verbExceptions, verbIndex, verbRules, &verbCache}
	nouns      = partOfSpeech{nounExceptions, nounIndex, nounRules, &nounCache}
	adjectives = partOfSpeech{adjExceptions, adjIndex, adjRules, &adjCache}

	// Package-level arrays, zero until used: a process that lemmatises
	// nothing never touches their pages.
	verbCache, nounCache, adjCache lemmaCache
)

// lemmaCache remembers the last word morphy saw in each of its slots
// (picked by the word's hash), so the words a story repeats skip the
// binary searches of the index: a fixed size whatever the input, safe for
// concurrent use, and the same answers, only sooner.
type lemmaCache [1 << 14]atomic.Pointer[lemmaEntry]

type lemmaEntry struct {
	w, lemma string
	ok       bool
}

var lemmaSeed = maphash.MakeSeed()

// lemma is morphy: the exception list, the word itself when it is a
// lemma, then the first rule whose result is one.
func (p partOfSpeech) lemma(w string) (string, bool) {
	slot := &p.cache[maphash.String(lemmaSeed, w)&uint64(len(p.cache)-1)]
	if e := slot.Load(); e != nil && e.w == w {
		return e.lemma, e.ok
	}
	l, ok := p.morph(w)
	// A copy of the word, so that the cache holds no text it was cut from;
	// a lemma that is not a prefix of the word is a string of its own.
	e := &lemmaEntry{w: strings.Clone(w), lemma: l, ok: ok}
	if strings.HasPrefix(w, l) {
		e.lemma = e.w[:len(l)]
	}
	slot.Store(e)
	return l, ok
}

func (p partOfSpeech) morph(w string) (string, bool) {
	if l, ok := p.exc.get(w); ok {
		return l, true
	}
	if p.index.has(w) {
		return w, true
	}
	return morphy(w, p.rules, p.index)
}

// VerbLemma returns the lemma of a lower-case verb form: "said" say,
// "seized" seize, "stopping" stop, "is" be.
func VerbLemma(w string) string {
	if l, ok := Auxiliaries.Value(w); ok && l != "" {
		return l
	}
	if l, ok := verbs.lemma(w); ok {
		return l
	}
	return guessVerb(w)
}

// NounLemma returns the singular of a lower-case noun: "sailors" sailor,
// "mice" mouse, "crises" crisis.
func NounLemma(w string) string {
	if strings.HasSuffix(w, "ss") {
		return w
	}
	if l, ok := nouns.lemma(w); ok {
		return l
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return w[:len(w)-1]
	}
	return w
}

// AdjectiveLemma returns the positive of a lower-case comparative or
// superlative: "bigger" big, "worst" bad.
func AdjectiveLemma(w string) string {
	if l, ok := adjectives.lemma(w); ok {
		return l
	}
	return w
}

// Lemma returns the lemma of a lower-case word with a Penn Treebank tag:
// verbs (VB*) and modals by VerbLemma, plural nouns (NNS) by NounLemma,
// comparatives and superlatives (JJR, JJS, RBR, RBS) by AdjectiveLemma;
// other words are their own lemma.
func Lemma(w, tag string) string {
	switch {
	case strings.HasPrefix(tag, "VB"):
		return VerbLemma(w)
	case tag == "NNS" || tag == "NNPS":
		return NounLemma(w)
	case tag == "JJR" || tag == "JJS" || tag == "RBR" || tag == "RBS":
		return AdjectiveLemma(w)
	case tag == "MD":
		switch w {
		case "'ll", "wo":
			return "will"
		case "ca":
			return "can"
		case "'d":
			return "would"
		}
	}
	return w
}

func morphy(w string, rules []rule, index *sortedFile) (string, bool) {
	for _, r := range rules {
		if !strings.HasSuffix(w, r.suffix) || len(w) <= len(r.suffix) {
			continue
		}
		c := w[:len(w)-len(r.suffix)] + r.repl
		if index.has(c) {
			return c, true
		}
		// "stopped", "planning": a doubled final consonant goes with the
		// suffix.
		if r.repl == "" && (r.suffix == "ed" || r.suffix == "ing") && len(c) >= 3 && c[len(c)-1] == c[len(c)-2] && index.has(c[:len(c)-1]) {
			return c[:len(c)-1], true
		}
	}
	return "", false
}

// guessVerb strips an inflection from a verb WordNet does not know.
func guessVerb(w string) string {
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return w[:len(w)-3]
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
