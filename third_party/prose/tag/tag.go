// Package tag assigns part-of-speech tags to tokenized text.
//
// The tagger is an averaged perceptron, after Honnibal's "A Good Part-of-Speech
// Tagger in about 200 Lines of Python". It uses the Penn Treebank tag set.
//
// # Performance
//
// The English model is loaded once per process, behind sync.OnceValues, and
// costs about 1.2 ms and 2 MB. Tagging runs at roughly 0.9 µs per token and,
// once the scratch pool is warm, allocates only for words that need Unicode
// case folding.
//
// That comes from three choices: weights are stored in a flat, sparse layout
// rather than nested maps; scores accumulate into pooled scratch space rather
// than a fresh map per token; and feature keys are assembled in a reusable
// buffer rather than joined into new strings.
//
// # Concurrency
//
// A Tagger is safe for concurrent use. The shared model is immutable after
// load, and per-call scratch space comes from a pool.
package tag

import (
	"hash/maphash"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/jdkato/prose/v3/internal/emoticon"
	"github.com/jdkato/prose/v3/internal/flat"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
)

// Penn Treebank corpora mark traces and elisions with tokens like "*-1" or
// "*T*-2", and bracket certain literals as -LRB- / -RRB-. Both are passed
// through rather than scored.
//
// Patched for crosscheck: the expressions are compiled on first use, and
// asked only about tokens that could match them (a trace starts with "*",
// a bracket literal is five bytes starting with "-"), not about every token.
var (
	noneRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	})
	keepRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\-[A-Z]{3}\-$`) })
)

func isNone(s string) bool {
	if s == "0" {
		return true
	}
	return s != "" && s[0] == '*' && noneRe().MatchString(s)
}

func isKept(s string) bool { return len(s) == 5 && s[0] == '-' && keepRe().MatchString(s) }

func isEmoticon(s string) bool { return emoticon.Is(s) }

// bytesToString views b as a string without copying. The result is used only
// for a map/blob lookup that does not retain it.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Token is prose's shared token type, re-exported so callers that only tag
// text need not import the token package separately.
//
// Tagging never touches Start, so a token's position survives the tagger
// untouched.
type Token = token.Token

// Tagger assigns part-of-speech tags with an averaged perceptron.
//
// It reads the words around the one it is tagging, which makes it accurate on
// ordinary prose and unsteady on text that is not: a grammar rule fires on a
// sentence that is already wrong, and the context there is not evidence for
// anything. See Lexical for a tagger that leans on a dictionary instead.
//
// It satisfies Interface, as every tagger here does.
type Tagger struct {
	model   *flat.Model
	lexicon Lexicon
	pool    sync.Pool
	// words caches, for each context word, the indices of the features it
	// gives in each place around the token being tagged (patched for
	// crosscheck: most words recur, and these are 7 of a token's 14
	// lookups).
	words *wordCache
	// tags holds the indices of the features made of the previous tags,
	// the bias and the first byte, built on first use (patched for
	// crosscheck: five of a token's lookups in the model, from a small set).
	tags     *tagFeatures
	tagsOnce sync.Once
	// suffixes caches the index of the "i suffix" feature of a word's
	// last three bytes (patched for crosscheck: one of the two lookups a
	// token still made by string).
	suffixes *suffixCache
	// starts caches, by a word's first byte and last three bytes, the
	// scores after predict's first three features (patched for crosscheck:
	// the bias and the first byte's feature hold a weight for nearly every
	// class).
	starts *startCache
}

// startCache is a fixed-size, lock-free, direct-mapped cache of
// startScores, by their key.
type startCache [1 << 13]atomic.Pointer[startScores]

// startScores are the scores of predict's first three features, the bias,
// "i suffix" and "i pref1", added in that order from zero, so that the
// scores a word's prediction goes on from are the same to the bit. key
// packs the suffix as suffixFeature does in its low 32 bits and the first
// byte + 1 (0 for the empty word) above.
type startScores struct {
	key    uint64
	scores []float32
}

// startOf returns the scores of the bias, "i suffix " + suf and
// "i pref1 " + pre, from the cache or added up and kept.
func (t *Tagger) startOf(s *scratch, suf, pre string) []float32 {
	key := uint64(uint32(len(suf)) << 24)
	for k := 0; k < len(suf); k++ {
		key |= uint64(suf[k]) << (16 - 8*k)
	}
	if pre != "" {
		key |= uint64(pre[0]+1) << 32
	}
	slot := &t.starts[(key*0x9e3779b97f4a7c15)>>(64-13)]
	if e := slot.Load(); e != nil && e.key == key {
		return e.scores
	}
	tf := t.tagFeats()
	m := t.model
	var sc flat.Scores
	m.AddTo(tf.bias, &sc)
	m.AddTo(t.suffixFeature(s, suf), &sc)
	if pre == "" {
		m.AddTo(tf.prefix[256], &sc)
	} else {
		m.AddTo(tf.prefix[pre[0]], &sc)
	}
	e := &startScores{key: key, scores: slices.Clone(sc[:len(m.Classes())])}
	slot.Store(e)
	return e.scores
}

// suffixCache is a fixed-size, lock-free, direct-mapped cache: each slot
// holds a packed suffix (its length and up to three bytes) in the high 32
// bits and its feature index + 2 in the low 32 (0: empty slot).
type suffixCache [1 << 12]atomic.Uint64

// suffixFeature returns the index of "i suffix " + suf (suf at most three
// bytes), or -1.
func (t *Tagger) suffixFeature(s *scratch, suf string) int {
	key := uint32(len(suf)) << 24
	for k := 0; k < len(suf); k++ {
		key |= uint32(suf[k]) << (16 - 8*k)
	}
	slot := &t.suffixes[(key*0x9e3779b1)>>20]
	if v := slot.Load(); uint32(v) != 0 && uint32(v>>32) == key {
		return int(uint32(v)) - 2
	}
	s.key = append(append(s.key[:0], "i suffix "...), suf...)
	i := t.model.Feature(bytesToString(s.key))
	slot.Store(uint64(key)<<32 | uint64(uint32(i+2)))
	return i
}

// tagFeatures are the feature indices of predict that depend only on the
// two previous tags (from a set of some fifty) or on the word's first byte.
type tagFeatures struct {
	bias   int
	id     map[string]int // tag -> its number here
	prev   []int          // "i-1 tag " + tag
	prev2  []int          // "i-2 tag " + tag
	pair   []int          // "i tag+i-2 tag " + p1 + " " + p2, at id[p1]*len(id)+id[p2]
	prefix [257]int       // "i pref1 " + first byte; [256] for the empty word
	// classIDs says whether each class's number here is its class ID, so
	// that a tag the model gave is numbered without a look-up.
	classIDs bool
}

// tagFeats returns the tag features, building them on first use.
func (t *Tagger) tagFeats() *tagFeatures {
	t.tagsOnce.Do(func() {
		m := t.model
		tags := append(slices.Clone(m.Classes()), "-START-", "-START2-")
		f := &tagFeatures{bias: m.Feature("bias"), id: make(map[string]int, len(tags))}
		for _, tag := range tags {
			if _, ok := f.id[tag]; !ok {
				f.id[tag] = len(f.prev)
				f.prev = append(f.prev, m.Feature("i-1 tag "+tag))
				f.prev2 = append(f.prev2, m.Feature("i-2 tag "+tag))
			}
		}
		n := len(f.prev)
		f.pair = make([]int, n*n)
		for p1, i := range f.id {
			for p2, j := range f.id {
				f.pair[i*n+j] = m.Feature("i tag+i-2 tag " + p1 + " " + p2)
			}
		}
		for b := range 256 {
			f.prefix[b] = m.Feature("i pref1 " + string([]byte{byte(b)}))
		}
		f.prefix[256] = m.Feature("i pref1 ")
		f.classIDs = true
		for c, tag := range m.Classes() {
			if f.id[tag] != c {
				f.classIDs = false
			}
		}
		t.tags = f
	})
	return t.tags
}

// wordCache is a fixed-size, lock-free cache: each slot (picked by the
// word's hash) holds the last word seen there.
type wordCache struct {
	seed  maphash.Seed
	slots [1 << 14]atomic.Pointer[wordFeatures]
}

// wordFeatures are the feature indices of one normalized context word:
// "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word", "i-1 suffix"
// and "i+1 suffix" (-1 where the model has no such feature).
type wordFeatures struct {
	w string
	f [7]int32
	// afterTag holds, at each tag's number in tagFeatures, the index + 2
	// of "i-1 tag+i word " + tag + " " + w, 0 until first asked.
	afterTag []atomic.Int32
}

const (
	fWord = iota
	fPrevWord
	fPrev2Word
	fNextWord
	fNext2Word
	fPrevSuffix
	fNextSuffix
)

// features returns the feature indices of the context word w.
func (t *Tagger) features(s *scratch, w string) *wordFeatures {
	slot := &t.words.slots[maphash.String(t.words.seed, w)&(uint64(len(t.words.slots))-1)]
	if e := slot.Load(); e != nil && e.w == w {
		return e
	}
	e := &wordFeatures{w: strings.Clone(w), afterTag: make([]atomic.Int32, len(t.tagFeats().prev))}
	suf := suffix(w, 3)
	for k, parts := range [7][2]string{
		{"i word ", w}, {"i-1 word ", w}, {"i-2 word ", w}, {"i+1 word ", w}, {"i+2 word ", w},
		{"i-1 suffix ", suf}, {"i+1 suffix ", suf},
	} {
		s.key = append(append(s.key[:0], parts[0]...), parts[1]...)
		e.f[k] = int32(t.model.Feature(bytesToString(s.key)))
	}
	slot.Store(e)
	return e
}

// A Lexicon fixes the tag for words that only ever carry one.
//
// The model predicts from context, which is what makes it general -- and what
// makes it wrong on text that is not idiomatic. "aware" is an adjective in
// every English sentence, but in "all ready aware of the risk" the surrounding
// words are not evidence for anything, and the model settles on NN. A caller
// that knows a word is unambiguous can say so.
//
// Lookups try the word as written, then its lower-case form, so one entry
// covers "aware", "Aware" and "AWARE".
//
// Tags are not validated against the model's own set: a caller may want a tag
// the model never emits.
type Lexicon map[string]string

// An Option configures a Tagger.
type Option func(*Tagger)

// WithLexicon fixes the tag for the given words.
//
// The lexicon takes precedence over the model, including over the model's own
// list of unambiguous words. It is not copied, and must not be modified once
// the Tagger is in use -- taggers are safe for concurrent use, and this is the
// one thing that would break that.
//
// This is the small case: a handful of words whose tag you want to fix. When a
// dictionary is what drives the tagging, use Lexical, which also carries the
// words that have more than one reading.
func WithLexicon(l Lexicon) Option {
	return func(t *Tagger) {
		t.lexicon = l
	}
}

// defaultModel loads the built-in English model on first use.
//
// Decoding is the tagger's only meaningful cost, so it happens once per
// process rather than once per caller.
//
// Patched for crosscheck: with the hash index shipped beside it
// (aptagmodel.EnglishIndex), read in place, so loading builds nothing but
// the class list and the unambiguous words.
var defaultModel = sync.OnceValues(func() (*flat.Model, error) {
	return flat.UnmarshalIndexed(aptagmodel.English, aptagmodel.EnglishIndex)
})

// CheckModel validates the built-in model fully and reports whether its
// shipped index is the one the model gives (patched for crosscheck: run by
// crosscheck's tests; `go generate` in tag/aptagmodel rebuilds the index).
func CheckModel() error { return flat.Check(aptagmodel.English, aptagmodel.EnglishIndex) }

// New returns a Tagger backed by the built-in English model.
//
// The model is loaded on the first call and shared thereafter, so calling New
// repeatedly is cheap.
func New(opts ...Option) (*Tagger, error) {
	m, err := defaultModel()
	if err != nil {
		return nil, err
	}
	return newWithModel(m, opts...), nil
}

// FromBytes returns a Tagger backed by a model in prose's flat format.
//
// data is retained and must not be modified afterwards; feature strings are
// sliced from it rather than copied.
func FromBytes(data []byte, opts ...Option) (*Tagger, error) {
	m, err := flat.Unmarshal(data)
	if err != nil {
		return nil, err
	}
	return newWithModel(m, opts...), nil
}

func newWithModel(m *flat.Model, opts ...Option) *Tagger {
	t := &Tagger{model: m, words: &wordCache{seed: maphash.MakeSeed()}, suffixes: new(suffixCache), starts: new(startCache)}
	for _, opt := range opts {
		opt(t)
	}
	t.pool.New = func() any {
		return &scratch{
			scores: new(flat.Scores),
			key:    make([]byte, 0, 64),
		}
	}
	return t
}

// scratch is the per-call working set, pooled so that tagging allocates
// nothing in steady state.
type scratch struct {
	scores  *flat.Scores // the first len(model.Classes()) are used
	key     []byte
	context []string
	feats   []*wordFeatures
}

// Name reports which tagger this is.
func (t *Tagger) Name() string { return Default }

// Tag assigns a tag to each word and returns the tagged tokens.
//
// The input is treated as one sentence; the tagger conditions on the previous
// two tags, so sentence boundaries matter.
func (t *Tagger) Tag(words []string) []Token {
	out := make([]Token, len(words))
	for i, w := range words {
		out[i].Text = w
	}
	t.TagTokens(out)
	return out
}

// TagTokens fills in the Tag field of each token, using its Text.
//
// This is the low-allocation entry point: it writes into the caller's slice
// rather than returning a new one. Once the pool is warm it allocates only
// for words needing Unicode case folding.
func (t *Tagger) TagTokens(tokens []Token) {
	if len(tokens) == 0 {
		return
	}

	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)

	// context is the normalized words padded with two sentinels at each end,
	// so featurize can index i-2 .. i+2 without bounds checks.
	need := len(tokens) + 4
	if cap(s.context) < need {
		s.context = make([]string, need)
	}
	ctx := s.context[:need]
	ctx[0] = "-START-"
	ctx[1] = "-START2-"
	for i := range tokens {
		ctx[i+2] = normalize(tokens[i].Text)
	}
	ctx[need-2] = "-END-"
	ctx[need-1] = "-END2-"
	if cap(s.feats) < need {
		s.feats = make([]*wordFeatures, need)
	}
	s.feats = s.feats[:need]
	for k := range s.feats {
		s.feats[k] = nil // looked up when a token needs the model
	}

	// the previous two tags, and their class IDs when the model gave them
	// (-1: looked up by the tag)
	p1, p2 := "-START-", "-START2-"
	k1, k2 := -1, -1
	for i := range tokens {
		tag, k := t.tagOne(s, i, ctx, tokens[i].Text, p1, p2, k1, k2)
		tokens[i].Tag = tag
		p2, p1 = p1, tag
		k2, k1 = k1, k
	}
}

// tagOne resolves a single token. The special cases below short-circuit the
// model for tokens it was never trained on.
//
// Patched for crosscheck: it returns the tag's class ID too when the model
// gave the tag (-1 otherwise), and takes the previous tags' (k1, k2).
func (t *Tagger) tagOne(s *scratch, i int, ctx []string, word, p1, p2 string, k1, k2 int) (string, int) {
	switch {
	case word == "-":
		return "-", -1
	case isEmoticon(word):
		return "SYM", -1
	case strings.HasPrefix(word, "@"):
		return "NN", -1
	case isNone(word):
		return "-NONE-", -1
	case isKept(word):
		return word, -1
	}
	// Ahead of the model's own lexicon: a caller supplying one is making a
	// more specific claim than the training data.
	if tag, ok := t.lookup(word); ok {
		return tag, -1
	}

	if id, ok := t.model.TagIDFor(word); ok {
		return t.model.Classes()[id], id
	}
	return t.predict(s, i, ctx, word, p1, p2, k1, k2)
}

// lookup consults the caller's lexicon, trying the word as written before its
// lower-case form so that one entry covers every casing.
func (t *Tagger) lookup(word string) (string, bool) {
	if t.lexicon == nil {
		return "", false
	}

	if tag, ok := t.lexicon[word]; ok {
		return tag, true
	}

	lower := strings.ToLower(word)
	if lower == word {
		return "", false
	}

	tag, ok := t.lexicon[lower]

	return tag, ok
}

// predict scores the model's features for one token and returns the best tag.
//
// This does not allocate: scores live in pooled scratch space, and each
// feature key is assembled in a reusable buffer.
func (t *Tagger) predict(s *scratch, i int, ctx []string, word, p1, p2 string, k1, k2 int) (string, int) {
	n := len(t.model.Classes())

	i = min(len(ctx)-3, i+2)

	suf := suffix(word, 3)
	pre := prefix1(word)
	for k := i - 2; k <= i+2; k++ {
		if s.feats[k] == nil {
			s.feats[k] = t.features(s, ctx[k])
		}
	}
	m := t.model

	// Each feature is scored with weight 1, in the order the model was
	// always scored in (float sums depend on it). A feature that appears
	// twice contributes twice, which is correct because scoring is linear.
	// The first three, the bias, "i suffix" and "i pref1", come summed
	// from startOf.
	tf := t.tagFeats()
	copy(s.scores[:n], t.startOf(s, suf, pre))
	i1, ok1 := k1, k1 >= 0 && tf.classIDs
	if !ok1 {
		i1, ok1 = tf.id[p1]
	}
	i2, ok2 := k2, k2 >= 0 && tf.classIDs
	if !ok2 {
		i2, ok2 = tf.id[p2]
	}
	if ok1 {
		m.AddTo(tf.prev[i1], s.scores)
	} else {
		t.feat(s, "i-1 tag ", p1)
	}
	if ok2 {
		m.AddTo(tf.prev2[i2], s.scores)
	} else {
		t.feat(s, "i-2 tag ", p2)
	}
	if ok1 && ok2 {
		m.AddTo(tf.pair[i1*len(tf.prev)+i2], s.scores)
	} else {
		t.feat(s, "i tag+i-2 tag ", p1, " ", p2)
	}
	m.AddTo(int(s.feats[i].f[fWord]), s.scores)
	if ok1 {
		m.AddTo(t.afterTagFeature(s, s.feats[i], i1, p1), s.scores)
	} else {
		t.feat(s, "i-1 tag+i word ", p1, " ", ctx[i])
	}
	m.AddTo(int(s.feats[i-1].f[fPrevWord]), s.scores)
	m.AddTo(int(s.feats[i-1].f[fPrevSuffix]), s.scores)
	m.AddTo(int(s.feats[i-2].f[fPrev2Word]), s.scores)
	m.AddTo(int(s.feats[i+1].f[fNextWord]), s.scores)
	m.AddTo(int(s.feats[i+1].f[fNextSuffix]), s.scores)
	m.AddTo(int(s.feats[i+2].f[fNext2Word]), s.scores)

	id := t.model.BestID(s.scores[:n])
	if id < 0 {
		return "", -1
	}
	return t.model.Classes()[id], id
}

// afterTagFeature returns the index of "i-1 tag+i word " + p1 + " " + e.w,
// p1 being the tag numbered i1 in tagFeatures, looked up once per word and
// tag.
func (t *Tagger) afterTagFeature(s *scratch, e *wordFeatures, i1 int, p1 string) int {
	if v := e.afterTag[i1].Load(); v != 0 {
		return int(v) - 2
	}
	s.key = append(append(append(append(s.key[:0], "i-1 tag+i word "...), p1...), ' '), e.w...)
	i := t.model.Feature(bytesToString(s.key))
	e.afterTag[i1].Store(int32(i + 2))
	return i
}

// feat assembles a feature key from parts and accumulates its weights.
//
// The key is built in scratch space; the model looks it up by value, so no
// string is allocated.
func (t *Tagger) feat(s *scratch, parts ...string) {
	s.key = s.key[:0]
	for _, p := range parts {
		s.key = append(s.key, p...)
	}
	t.model.AccumulateInto(bytesToString(s.key), 1, s.scores[:])
}

// suffix returns the last n bytes of w, or all of w if shorter.
func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// prefix1 returns the first byte of w as a string.
//
// This is byte-oriented rather than rune-oriented, deliberately: the model was
// trained with these keys, so switching to runes would silently stop matching
// learned features.
func prefix1(w string) string {
	if w == "" {
		return ""
	}
	return w[:1]
}

// normalize maps a word onto the form the model was trained against.
//
// Allocation-free on the common path. Note the year test: strconv.Atoi would
// be the obvious way to write it, but Atoi allocates a *NumError on failure —
// which is almost every word — so it scans digits directly instead.
func normalize(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDecimalInt(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	return toLower(word)
}

// isDecimalInt reports whether s is what strconv.Atoi would accept: an
// optional sign followed by at least one ASCII digit. Only ever called with
// len(s) == 4, so overflow is not a concern.
func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// toLower avoids allocating when a word is already lowercase ASCII, which is
// the common case once a sentence's first word is past. Anything with an
// uppercase letter or a non-ASCII byte falls through to strings.ToLower for
// correct Unicode folding.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
