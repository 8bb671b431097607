package dedup

import "github.com/crosscheck/crosscheck/internal/text"

// MinSentenceShare is the share of a sentence's word 3-grams that must occur
// in the other text for the sentence to count as shared: an outlet's light
// edit (a changed verb, a title added to a name) leaves most 3-grams of a
// copied sentence intact, while two reports that merely quote the same
// phrase share only that phrase.
const MinSentenceShare = 0.5

// Comparison is an exact comparison of two texts.
type Comparison struct {
	Jaccard     float64 // of the word 3-gram sets
	Containment float64 // |A∩B| / min(|A|,|B|) of the word 3-gram sets
	// SharedA lists the sentences of A (indices into A.Sentences) found in
	// B, and SharedB those of B found in A.
	SharedA, SharedB []int
}

// Compare compares two texts exactly: how much of their word 3-grams they
// share, and which of their sentences are shared. A sentence is shared when
// at least MinSentenceShare of its 3-grams occur anywhere in the other
// text (so a copied sentence is found even where the outlet split or joined
// sentences); a sentence too short for a 3-gram is shared when its words
// occur as one run in the other text.
func Compare(a, b *text.Doc) Comparison {
	sa, sb := set(shingles(a.Tokens, nil)), set(shingles(b.Tokens, nil))
	var c Comparison
	inter := 0
	for h := range sa {
		if _, ok := sb[h]; ok {
			inter++
		}
	}
	if union := len(sa) + len(sb) - inter; union > 0 {
		c.Jaccard = float64(inter) / float64(union)
	}
	if m := min(len(sa), len(sb)); m > 0 {
		c.Containment = float64(inter) / float64(m)
	}
	c.SharedA = sharedSentences(a, sb, b)
	c.SharedB = sharedSentences(b, sa, a)
	return c
}

func set(hs []uint64) map[uint64]struct{} {
	m := make(map[uint64]struct{}, len(hs))
	for _, h := range hs {
		m[h] = struct{}{}
	}
	return m
}

func sharedSentences(d *text.Doc, other map[uint64]struct{}, od *text.Doc) []int {
	var out []int
	var buf []uint64
	for i := range d.Sentences {
		toks := d.SentenceTokens(i)
		buf = shingles(toks, buf[:0])
		if len(buf) == 0 {
			if w := wordHashes(toks, nil); len(w) > 0 && containsRun(wordHashes(od.Tokens, nil), w) {
				out = append(out, i)
			}
			continue
		}
		n := 0
		for _, h := range buf {
			if _, ok := other[h]; ok {
				n++
			}
		}
		if float64(n) >= MinSentenceShare*float64(len(buf)) {
			out = append(out, i)
		}
	}
	return out
}

func containsRun(hay, needle []uint64) bool {
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j := range needle {
			if hay[i+j] != needle[j] {
				continue outer
			}
		}
		return true
	}
	return false
}
