package dedup

import (
	"math/bits"

	"github.com/cespare/xxhash/v2"

	"github.com/crosscheck/crosscheck/internal/text"
)

// Bins is the number of MinHash values in a signature. 128 values estimate
// a Jaccard similarity of 0.3 to within about ±0.04 (one standard
// deviation), which is enough to tell a trimmed wire copy (containment above
// 0.5) from another outlet's report of the same event (below 0.15).
const Bins = 128

// ShingleSize is the number of words in a shingle.
const ShingleSize = 3

// Signature is a one-permutation MinHash sketch of a document's word
// shingles (Li, Owen and Zhang 2012), densified so that no bin is empty
// (Shrivastava 2017). One hash per shingle, rather than one per shingle and
// bin, keeps fingerprinting a 100,000-article stream to a few seconds.
type Signature struct {
	Min      [Bins]uint32
	Shingles int // distinct shingles
}

// wordHashes returns one hash per word or number token of d, lower-cased
// and with quotes folded, so the case and typography an outlet imposes do not
// hide a copy.
func wordHashes(toks []text.Token, dst []uint64) []uint64 {
	for i := range toks {
		if toks[i].Kind == text.Punct {
			continue
		}
		dst = append(dst, xxhash.Sum64String(toks[i].Lower))
	}
	return dst
}

// shingle combines ShingleSize consecutive word hashes into one.
func shingle(w []uint64) uint64 {
	h := w[0]
	for _, x := range w[1:ShingleSize] {
		h = bits.RotateLeft64(h, 23)*0x9E3779B97F4A7C15 ^ x
	}
	return mix(h)
}

// mix is the finaliser of SplitMix64: it spreads every input bit over the
// output, so bins and minima are independent enough.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

// shingles returns the shingle hashes of a token sequence.
func shingles(toks []text.Token, buf []uint64) []uint64 {
	w := wordHashes(toks, nil)
	for i := 0; i+ShingleSize <= len(w); i++ {
		buf = append(buf, shingle(w[i:]))
	}
	return buf
}

// Sign computes the MinHash signature of d's word 3-grams. It returns nil
// for a text too short to have a shingle.
func Sign(d *text.Doc) *Signature {
	sh := shingles(d.Tokens, nil)
	if len(sh) == 0 {
		return nil
	}
	s := &Signature{Shingles: distinct(sh)}
	var filled [Bins]bool
	for _, h := range sh {
		bin := (h >> 32) * Bins >> 32
		v := uint32(h)
		if !filled[bin] || v < s.Min[bin] {
			s.Min[bin] = v
			filled[bin] = true
		}
	}
	// Densify: an empty bin borrows the value of a bin chosen by a hash of
	// its index and the attempt, the same choice for every document, so two
	// documents agree on a borrowed bin as often as on the bin it came from.
	for i := range s.Min {
		if filled[i] {
			continue
		}
		for a := uint64(1); ; a++ {
			j := mix(uint64(i)<<32|a) % Bins
			if filled[j] {
				s.Min[i] = s.Min[j] ^ uint32(mix(uint64(i)))
				break
			}
		}
	}
	return s
}

// distinct counts the distinct values of hs: each goes into a table of
// open addressing, at least twice as large, at the slot its low bits name
// (the hashes are mixed, so the low bits spread them); a sort of a copy,
// as it was, took n log n steps. Zero marks an empty slot, and is counted
// apart.
func distinct(hs []uint64) int {
	size := 16
	for size < 2*len(hs) {
		size <<= 1
	}
	table := make([]uint64, size)
	mask := uint64(size - 1)
	n, zero := 0, false
	for _, h := range hs {
		if h == 0 {
			if !zero {
				zero = true
				n++
			}
			continue
		}
		i := h & mask
		for table[i] != 0 && table[i] != h {
			i = (i + 1) & mask
		}
		if table[i] == 0 {
			table[i] = h
			n++
		}
	}
	return n
}

// Jaccard estimates the Jaccard similarity of the shingle sets of two
// signatures: the share of bins whose minima agree.
func (s *Signature) Jaccard(o *Signature) float64 {
	if s == nil || o == nil {
		return 0
	}
	n := 0
	for i := range s.Min {
		if s.Min[i] == o.Min[i] {
			n++
		}
	}
	return float64(n) / Bins
}

// Containment estimates how much of the smaller text's shingles appear in
// the larger one: |A∩B| / min(|A|,|B|), from the Jaccard estimate and the
// two set sizes (|A∩B| = J(|A|+|B|)/(1+J)). Containment, not Jaccard, is
// what marks a wire copy that one outlet trimmed and another extended.
func (s *Signature) Containment(o *Signature) float64 {
	if s == nil || o == nil {
		return 0
	}
	j := s.Jaccard(o)
	inter := j * float64(s.Shingles+o.Shingles) / (1 + j)
	c := inter / float64(min(s.Shingles, o.Shingles))
	return min(c, 1)
}
