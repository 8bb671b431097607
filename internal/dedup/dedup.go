// Package dedup finds near-duplicate articles: copies of one wire text,
// trimmed, extended or edited by each outlet. Candidates come from MinHash
// signatures with LSH banding; a pair is a copy when the smaller text's word
// 3-grams are mostly contained in the larger one's.
package dedup

import (
	"sort"

	"github.com/crosscheck/crosscheck/internal/text"
)

// Options tune the detector. The zero value takes the defaults.
type Options struct {
	// Bands and Rows split a signature for LSH: two texts become candidates
	// when all Rows minima of any band agree. Bands*Rows must not exceed Bins.
	Bands, Rows int
	// MinContainment is the estimated containment (see
	// Signature.Containment) from which a candidate is a copy.
	MinContainment float64
	// MinShingles is the size below which a text is too short to be called
	// a copy: short texts share stock phrases by chance.
	MinShingles int
}

// Defaults, calibrated on the dedup test set built by internal/eval/dedupset
// (docs/clustering.md). 64 bands of 2 rows make a pair with Jaccard 0.2
// a candidate with probability 0.93, and one with Jaccard 0.02 with 0.025.
const (
	DefaultBands          = 64
	DefaultRows           = 2
	DefaultMinContainment = 0.5
	DefaultMinShingles    = 12
)

func (o Options) withDefaults() Options {
	if o.Bands <= 0 || o.Rows <= 0 || o.Bands*o.Rows > Bins {
		o.Bands, o.Rows = DefaultBands, DefaultRows
	}
	if o.MinContainment <= 0 {
		o.MinContainment = DefaultMinContainment
	}
	if o.MinShingles <= 0 {
		o.MinShingles = DefaultMinShingles
	}
	return o
}

// maxBucketWalk bounds the texts looked at per band key.
const maxBucketWalk = 32

// Index finds, for each text added, an earlier text it copies. Its cost per
// text is the number of bands plus the number of candidates, so a stream of n
// texts costs O(n) as long as unrelated texts rarely collide in a band.
type Index struct {
	opt   Options
	sigs  []*Signature
	root  []int32 // root[i]: the original of i's copy group (i itself if none)
	heads map[uint64]int32
	// postings as linked lists in flat arrays: far less memory than a
	// slice per band key, which matters at 64 keys per text.
	next, doc []int32
	meta      []textMeta
	stamp     uint32
}

// textMeta is what the walk of a band reads of each candidate before
// comparing signatures, side by side so that it costs one cache miss, not
// two (the walk is most of the cost of Add on a long stream).
type textMeta struct {
	seen     uint32 // == Index.stamp when already a candidate for this query
	shingles int32
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	return &Index{opt: opt.withDefaults(), heads: map[uint64]int32{}}
}

// Match is an earlier text that a new one copies.
type Match struct {
	Doc         int     // the earlier text's number (its order of Add), or -1
	Root        int     // the original of Doc's copy group, or -1
	Containment float64 // estimated containment of the smaller in the larger
}

// Len is the number of texts added.
func (ix *Index) Len() int { return len(ix.sigs) }

// Add adds a text's signature (nil for a text with no shingle) as text number
// Len() and returns the earlier text it copies best, if any.
func (ix *Index) Add(s *Signature) Match {
	id := int32(len(ix.sigs))
	best := Match{Doc: -1, Root: -1}
	ix.sigs = append(ix.sigs, s)
	ix.root = append(ix.root, id)
	if s == nil {
		ix.meta = append(ix.meta, textMeta{})
		return best
	}
	ix.meta = append(ix.meta, textMeta{shingles: int32(min(s.Shingles, 1<<30))})
	keys := ix.keys(s)
	if s.Shingles >= ix.opt.MinShingles { // else too short to copy anything
		best = ix.best(s, keys)
	}
	if best.Doc >= 0 {
		best.Root = int(ix.root[best.Doc])
		ix.root[id] = int32(best.Root)
	}
	for _, k := range keys {
		h, ok := ix.heads[k]
		if !ok {
			h = -1
		}
		ix.heads[k] = int32(len(ix.doc))
		ix.next = append(ix.next, h)
		ix.doc = append(ix.doc, id)
	}
	return best
}

// best finds the earlier text that s copies best, among the most recent
// texts of each band key.
func (ix *Index) best(s *Signature, keys []uint64) Match {
	best := Match{Doc: -1, Root: -1}
	ix.stamp++
	for _, k := range keys {
		// Only the most recent texts of a band are looked at: a band that
		// many texts share (stock phrases, one wire text run by hundreds
		// of sites) must not make the cost grow with the stream.
		walked := 0
		for e, ok := ix.heads[k]; ok && e >= 0 && walked < maxBucketWalk; e = ix.next[e] {
			walked++
			c := ix.doc[e]
			m := &ix.meta[c]
			if m.seen == ix.stamp {
				continue
			}
			m.seen = ix.stamp
			if int(m.shingles) < ix.opt.MinShingles {
				continue
			}
			if v := s.Containment(ix.sigs[c]); v >= ix.opt.MinContainment && (v > best.Containment || v == best.Containment && int(c) < best.Doc) {
				best = Match{Doc: int(c), Containment: v}
			}
		}
	}
	return best
}

// keys returns the band keys of a signature.
func (ix *Index) keys(s *Signature) []uint64 {
	keys := make([]uint64, ix.opt.Bands)
	for b := range keys {
		h := uint64(b) * 0x9E3779B97F4A7C15
		for r := 0; r < ix.opt.Rows; r++ {
			h = mix(h ^ uint64(s.Min[b*ix.opt.Rows+r]))
		}
		keys[b] = h
	}
	return keys
}

// Copies returns, for each document, the index of the document it copies,
// or -1 when it is no copy. The original is the earliest published (else the
// first given) of a group of copies, and every copy points at it.
func Copies(docs []*text.Doc) []int {
	return CopiesWith(docs, Options{})
}

// CopiesWith is Copies with options.
func CopiesWith(docs []*text.Doc, opt Options) []int {
	order := PublicationOrder(docs)
	ix := NewIndex(opt)
	out := make([]int, len(docs))
	for _, i := range order {
		m := ix.Add(Sign(docs[i]))
		out[i] = -1
		if m.Root >= 0 {
			out[i] = order[m.Root]
		}
	}
	return out
}

// PublicationOrder returns the indices of docs in order of publication:
// documents with a known time first, earliest first, then the others in the
// order given. Ties keep the order given.
func PublicationOrder(docs []*text.Doc) []int {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ta, tb := docs[order[a]].Article.Published, docs[order[b]].Article.Published
		switch {
		case ta.IsZero():
			return false
		case tb.IsZero():
			return true
		}
		return ta.Before(tb)
	})
	return order
}
