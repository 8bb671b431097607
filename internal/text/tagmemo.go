package text

import (
	"hash/maphash"
	"sync"
)

// A story's reports repeat one another's sentences word for word: wire
// copies, a report and its later edits, an outlet's trim of agency copy.
// Tagging a sentence (prose's tagger and the retagging after it) reads
// nothing but the sentence's tokens -- their Kind, Cap, Text and Lower --
// so a sentence already tagged in the corpus is copied, not tagged again.
// The answer is the same either way; only the time differs.

// tagMemo finds, for a sentence, an already tagged sentence of the corpus
// with the same tokens. It holds no copy: each entry points at the readings
// of the document that was tagged first, whose part of speech, lemma and
// flags never change after tagging (only Reading.Phrase does, which is not
// copied).
type tagMemo struct {
	mu   sync.Mutex
	seed maphash.Seed
	m    map[uint64][]taggedSentence
}

// taggedSentence is a tagged sentence: its tokens and their readings.
type taggedSentence struct {
	toks  []Token
	words []Reading
}

func newTagMemo() *tagMemo {
	return &tagMemo{seed: maphash.MakeSeed(), m: map[uint64][]taggedSentence{}}
}

// key hashes what tagging reads of a sentence's tokens.
func (m *tagMemo) key(toks []Token) uint64 {
	var h maphash.Hash
	h.SetSeed(m.seed)
	for i := range toks {
		t := &toks[i]
		flags := byte(t.Kind) << 1
		if t.Cap {
			flags |= 1
		}
		h.WriteByte(flags)
		h.WriteString(t.Text)
		h.WriteByte(0)
		h.WriteString(t.Lower)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// sameForTagging reports whether two runs of tokens read the same to the
// tagger.
func sameForTagging(a, b []Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.Kind != y.Kind || x.Cap != y.Cap || x.Text != y.Text || x.Lower != y.Lower {
			return false
		}
	}
	return true
}

// lookup copies into words the readings of a sentence tagged before with
// the same tokens, if there is one.
func (m *tagMemo) lookup(k uint64, toks []Token, words []Reading) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, s := range m.m[k] {
		if !sameForTagging(s.toks, toks) {
			continue
		}
		for i := range words {
			w := &s.words[i]
			words[i].POS, words[i].Lemma, words[i].Negated, words[i].Possessive = w.POS, w.Lemma, w.Negated, w.Possessive
		}
		return true
	}
	return false
}

// add records a sentence just tagged.
func (m *tagMemo) add(k uint64, toks []Token, words []Reading) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m[k] = append(m.m[k], taggedSentence{toks, words})
}
