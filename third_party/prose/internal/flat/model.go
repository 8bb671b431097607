package flat

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sort"
	"unsafe"
)

// Model is a flat averaged-perceptron model, ready for scoring.
//
// Lookup is by feature string. Features are held in one sorted byte blob and
// found by binary search, which keeps the whole structure pointer-free: the GC
// never has to trace 75,447 individual strings.
//
// Patched for crosscheck: the offsets, class IDs and weights are read in
// place from the model's bytes (little-endian loads) instead of being copied
// into aligned slices at load, and features are found through an
// open-addressing hash index (slots: feature index + 1, 0 empty; hashed by
// Hash, a fixed function) which the caller may supply prebuilt
// (UnmarshalIndexed), so loading the model costs next to nothing.
type Model struct {
	classes []string // class ID -> name

	blob    string // all feature strings, concatenated, sorted bytewise
	featOff []byte // (nFeatures+1) little-endian uint32 offsets into blob
	pairOff []byte // (nFeatures+1) little-endian uint32 offsets into classIDs/weights
	nFeat   int

	classIDs []uint8
	weights  []byte // nPairs little-endian float32

	// tagMap holds unambiguous word -> class assignments, bypassing scoring.
	tagMap map[string]uint8

	slots []byte // little-endian uint32 slots of the hash index, or nil
	mask  uint64
}

// le32 reads the i'th little-endian uint32 of b. It does not check bounds:
// every index it is given was checked when the model was loaded (offsets
// rise and end at their arrays' lengths, index slots name features that
// exist). A [4]byte has no alignment, so the sections need none.
func le32(b []byte, i int) uint32 {
	p := (*[4]byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), 4*i))
	return binary.LittleEndian.Uint32(p[:])
}

// feat returns feature i's string.
func (m *Model) feat(i int) string { return m.blob[le32(m.featOff, i):le32(m.featOff, i+1)] }

// Hash is the hash of the feature index, a fixed function (so that an index
// can be built once and shipped beside the model): eight bytes at a time,
// each word folded in by a multiply and a rotation, then a final mix.
func Hash(s string) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = bits.RotateLeft64((h^v)*0xbf58476d1ce4e5b9, 31)
		s = s[8:]
	}
	if len(s) > 0 {
		var v uint64
		for i := 0; i < len(s); i++ {
			v |= uint64(s[i]) << (8 * i)
		}
		h = bits.RotateLeft64((h^v)*0xbf58476d1ce4e5b9, 31)
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// IndexSize is the number of slots of the index of n features: a power of
// two, load factor at most 2/3.
func IndexSize(n int) int {
	size := 1
	for size < n+n/2 {
		size <<= 1
	}
	return size
}

// BuildIndex returns the hash index of m's features as little-endian uint32
// slots, the bytes UnmarshalIndexed takes.
func (m *Model) BuildIndex() []byte {
	size := IndexSize(m.nFeat)
	slots := make([]uint32, size)
	mask := uint64(size - 1)
	for i := 0; i < m.nFeat; i++ {
		h := Hash(m.feat(i)) & mask
		for slots[h] != 0 {
			h = (h + 1) & mask
		}
		slots[h] = uint32(i + 1)
	}
	out := make([]byte, 4*size)
	for i, v := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// Classes returns the class names, indexed by class ID.
func (m *Model) Classes() []string { return m.classes }

// NumFeatures reports how many distinct features the model knows.
func (m *Model) NumFeatures() int { return m.nFeat }

// NumPairs reports how many feature-class weights the model holds.
func (m *Model) NumPairs() int { return len(m.classIDs) }

// TagFor returns the pre-assigned tag for an unambiguous word.
func (m *Model) TagFor(word string) (string, bool) {
	if id, ok := m.tagMap[word]; ok {
		return m.classes[id], true
	}
	return "", false
}

// TagIDFor is TagFor with the class ID of the tag (patched for crosscheck:
// the tagger carries the previous tags' IDs).
func (m *Model) TagIDFor(word string) (int, bool) {
	if id, ok := m.tagMap[word]; ok {
		return int(id), true
	}
	return -1, false
}

// feature returns the index of feat, or -1: a probe of the hash index when
// there is one, else a binary search over the blob.
func (m *Model) feature(feat string) int {
	if m.slots != nil {
		h := Hash(feat) & m.mask
		for {
			k := le32(m.slots, int(h))
			if k == 0 {
				return -1
			}
			i := int(k - 1)
			if m.feat(i) == feat {
				return i
			}
			h = (h + 1) & m.mask
		}
	}
	n := m.nFeat
	i := sort.Search(n, func(i int) bool {
		return m.feat(i) >= feat
	})
	if i < n && m.feat(i) == feat {
		return i
	}
	return -1
}

// Feature returns the index of a feature, or -1 when the model does not
// know it (patched for crosscheck: with Add, lets a caller look a feature
// up once and score it many times).
func (m *Model) Feature(feat string) int { return m.feature(feat) }

// Add adds the weights of feature i (from Feature; -1 adds nothing) into
// scores, as AccumulateInto with value 1 does.
func (m *Model) Add(i int, scores []float32) {
	if i < 0 {
		return
	}
	lo, hi := int(le32(m.pairOff, i)), int(le32(m.pairOff, i+1))
	ids := m.classIDs[lo:hi]
	wts := m.weights[4*lo : 4*hi]
	for j := range ids {
		scores[ids[j]] += 1 * math.Float32frombits(le32(wts, j))
	}
}

// Scores is a score per class ID: class IDs are bytes, so indexing it needs
// no bounds check (patched for crosscheck: AddTo is the tagger's inner loop).
type Scores = [MaxClasses]float32

// AddTo adds the weights of feature i (an index from Feature, or -1 for
// none) into scores, as Add does: the same additions in the same order,
// so the same sums to the bit. The loop reads two pairs a turn, the class
// IDs and weights in place (their bounds were checked at load, as le32's
// are), written out so that no call is inlined into it.
func (m *Model) AddTo(i int, scores *Scores) {
	if i < 0 {
		return
	}
	lo, hi := int(le32(m.pairOff, i)), int(le32(m.pairOff, i+1))
	_ = m.classIDs[lo:hi]
	_ = m.weights[4*lo : 4*hi]
	_ = scores[0]
	ids := unsafe.Add(unsafe.Pointer(unsafe.SliceData(m.classIDs)), lo)
	w := unsafe.Add(unsafe.Pointer(unsafe.SliceData(m.weights)), 4*lo)
	n := hi - lo
	j := 0
	for ; j+2 <= n; j += 2 {
		scores[*(*uint8)(unsafe.Add(ids, j))] += weightAt(w, j)
		scores[*(*uint8)(unsafe.Add(ids, j+1))] += weightAt(w, j+1)
	}
	if j < n {
		scores[*(*uint8)(unsafe.Add(ids, j))] += weightAt(w, j)
	}
}

// weightAt reads the j'th little-endian float32 at w.
func weightAt(w unsafe.Pointer, j int) float32 {
	b := (*[4]byte)(unsafe.Add(w, 4*j))
	return math.Float32frombits(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
}

// AccumulateInto adds the weights of feat, scaled by value, into scores.
// scores must be at least len(m.classes) long. Reports whether feat was known.
//
// This is the inner loop: no allocation, no map lookups, and the weights for
// a feature are contiguous.
func (m *Model) AccumulateInto(feat string, value float32, scores []float32) bool {
	i := m.feature(feat)
	if i < 0 {
		return false
	}
	lo, hi := int(le32(m.pairOff, i)), int(le32(m.pairOff, i+1))
	ids := m.classIDs[lo:hi]
	wts := m.weights[4*lo : 4*hi]
	for j := range ids {
		scores[ids[j]] += value * math.Float32frombits(le32(wts, j))
	}
	return true
}

// Best returns the highest-scoring class name.
//
// Ties break toward the lowest class ID, so the result is deterministic.
func (m *Model) Best(scores []float32) string {
	bestID := m.BestID(scores)
	if bestID < 0 {
		return ""
	}
	return m.classes[bestID]
}

// BestID is Best's class ID, or -1 (patched for crosscheck).
func (m *Model) BestID(scores []float32) int {
	best, bestID := float32(math.Inf(-1)), -1
	for id := range m.classes {
		if scores[id] > best {
			best, bestID = scores[id], id
		}
	}
	return bestID
}

// --- decoding -------------------------------------------------------------

type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf(format, args...)
	}
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.fail("truncated model: wanted %d bytes at offset %d, have %d",
			n, r.pos, len(r.b)-r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *reader) u32() uint32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *reader) u16() uint16 {
	b := r.bytes(2)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint16(b)
}

func (r *reader) u8() uint8 {
	b := r.bytes(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (r *reader) str16() string {
	n := int(r.u16())
	return string(r.bytes(n))
}

// Unmarshal decodes a flat model and builds its hash index.
//
// data is retained: feature strings, offsets and weights are read from it in
// place, so the caller must not modify it afterwards. Embedded data
// satisfies this.
func Unmarshal(data []byte) (*Model, error) {
	m, err := decode(data, true)
	if err != nil {
		return nil, err
	}
	m.setIndex(m.BuildIndex())
	return m, nil
}

// UnmarshalIndexed decodes a flat model with the hash index that BuildIndex
// made of it (both retained, read in place). It checks the model's layout
// but not the order of its features, which only the binary search needs and
// which Check verifies; an index of the wrong size is ignored and built anew.
func UnmarshalIndexed(data, index []byte) (*Model, error) {
	m, err := decode(data, false)
	if err != nil {
		return nil, err
	}
	if !m.indexFits(index) {
		index = m.BuildIndex()
	}
	m.setIndex(index)
	return m, nil
}

// Check validates m fully (the order of its features included) and reports
// whether index is the index BuildIndex makes of it.
func Check(data, index []byte) error {
	m, err := decode(data, true)
	if err != nil {
		return err
	}
	if !bytes.Equal(m.BuildIndex(), index) {
		return errors.New("the model's index is stale: rebuild it with BuildIndex")
	}
	return nil
}

// indexFits reports whether index has the size of m's index and names only
// features m has (what le32 relies on).
func (m *Model) indexFits(index []byte) bool {
	if len(index) != 4*IndexSize(m.nFeat) {
		return false
	}
	// two slots a turn, read in place (patched for crosscheck: this check
	// was a third of loading the model)
	n := uint64(m.nFeat)
	p := unsafe.Pointer(unsafe.SliceData(index))
	i := 0
	for ; i+8 <= len(index); i += 8 {
		x := binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(p, i))[:])
		if x&0xffffffff > n || x>>32 > n {
			return false
		}
	}
	return i == len(index) || uint64(binary.LittleEndian.Uint32(index[i:])) <= n
}

func (m *Model) setIndex(index []byte) {
	m.slots = index
	m.mask = uint64(len(index)/4 - 1)
}

func decode(data []byte, sorted bool) (*Model, error) {
	r := &reader{b: data}

	if string(r.bytes(len(Magic))) != Magic {
		return nil, errors.New("not a prose flat tagger model")
	}
	if v := r.u32(); v != Version {
		return nil, fmt.Errorf("unsupported model version %d (want %d)", v, Version)
	}

	m := &Model{}

	nClasses := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	if nClasses > MaxClasses {
		return nil, fmt.Errorf("model has %d classes, format allows %d",
			nClasses, MaxClasses)
	}
	m.classes = make([]string, nClasses)
	for i := range m.classes {
		m.classes[i] = r.str16()
	}

	nFeatures := int(r.u32())
	nPairs := int(r.u32())
	blobLen := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}

	blob := r.bytes(blobLen)
	if r.err != nil {
		return nil, r.err
	}
	// Zero-copy: the blob's bytes live in the caller's slice (rodata, for an
	// embedded model), so no 1.4 MB duplicate ends up on the heap.
	m.blob = unsafeString(blob)

	m.nFeat = nFeatures
	m.featOff = r.bytes(4 * (nFeatures + 1))
	m.pairOff = r.bytes(4 * (nFeatures + 1))

	if r.err != nil {
		return nil, r.err
	}
	ids := r.bytes(nPairs)
	if r.err != nil {
		return nil, r.err
	}
	m.classIDs = ids
	m.weights = r.bytes(4 * nPairs)

	nTagMap := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	m.tagMap = make(map[string]uint8, nTagMap)
	for i := 0; i < nTagMap; i++ {
		w := r.str16()
		id := r.u8()
		if r.err != nil {
			return nil, r.err
		}
		if int(id) >= nClasses {
			return nil, fmt.Errorf("tagMap entry %q has class ID %d, only %d classes",
				w, id, nClasses)
		}
		m.tagMap[w] = id
	}
	if r.err != nil {
		return nil, r.err
	}

	if err := m.validate(sorted); err != nil {
		return nil, err
	}
	return m, nil
}

// validate checks the invariants the scoring path relies on, so a corrupt
// model fails at load with a clear message instead of panicking mid-tag;
// sorted adds the order of the features, which the binary search needs.
func (m *Model) validate(sorted bool) error {
	n := m.nFeat
	if len(m.classIDs)*4 != len(m.weights) {
		return fmt.Errorf("classIDs (%d) and weights (%d) differ in length",
			len(m.classIDs), len(m.weights)/4)
	}
	if n > 0 {
		if int(le32(m.featOff, n)) != len(m.blob) {
			return fmt.Errorf("feature offsets end at %d, blob is %d bytes",
				le32(m.featOff, n), len(m.blob))
		}
		if int(le32(m.pairOff, n)) != len(m.classIDs) {
			return fmt.Errorf("pair offsets end at %d, weights has %d entries",
				le32(m.pairOff, n), len(m.classIDs))
		}
	}
	f, p := le32(m.featOff, 0), le32(m.pairOff, 0)
	for i := 1; i <= n; i++ {
		f2, p2 := le32(m.featOff, i), le32(m.pairOff, i)
		if f > f2 || p > p2 {
			return fmt.Errorf("offsets decrease at feature %d", i-1)
		}
		f, p = f2, p2
	}
	if i := badClassID(m.classIDs, len(m.classes)); i >= 0 {
		return fmt.Errorf("class ID %d out of range (%d classes)",
			m.classIDs[i], len(m.classes))
	}
	if !sorted {
		return nil
	}
	// The binary search in feature() is only correct on sorted input.
	for i := 1; i < n; i++ {
		prev := m.feat(i - 1)
		cur := m.feat(i)
		if prev >= cur {
			return fmt.Errorf("features not sorted at index %d: %q >= %q",
				i, prev, cur)
		}
	}
	return nil
}

// badClassID returns the index of the first ID of ids that is not below
// n, or -1. Patched for crosscheck (the check of a model's class IDs was
// most of loading it): eight IDs a turn when n is at most 128, each byte b
// below 128 and b + 128 - n then below 128, so no byte of the sum carries
// into the next and its high bit is set only for b >= n.
func badClassID(ids []uint8, n int) int {
	i := 0
	if n <= 128 {
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		add := uint64(128-n) * ones
		for ; i+8 <= len(ids); i += 8 {
			x := binary.LittleEndian.Uint64(ids[i:])
			if x&highs != 0 || (x+add)&highs != 0 {
				break
			}
		}
	}
	for ; i < len(ids); i++ {
		if int(ids[i]) >= n {
			return i
		}
	}
	return -1
}

// ProbeStats returns the mean and longest number of slots probed to find a
// feature of m through index (for the generator's report).
func ProbeStats(m *Model, index []byte) (mean float64, longest int) {
	mask := uint64(len(index)/4 - 1)
	total := 0
	for i := 0; i < m.nFeat; i++ {
		h, n := Hash(m.feat(i))&mask, 1
		for int(binary.LittleEndian.Uint32(index[4*h:]))-1 != i {
			h = (h + 1) & mask
			n++
		}
		total += n
		longest = max(longest, n)
	}
	return float64(total) / float64(m.nFeat), longest
}
