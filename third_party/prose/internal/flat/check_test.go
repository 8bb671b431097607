package flat

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// TestBadClassID checks the eight-at-a-time test of class IDs (patched for
// crosscheck) against a plain loop, for every bound and random IDs with
// one bad ID or none, at every place.
func TestBadClassID(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n <= 256; n++ {
		for trial := 0; trial < 40; trial++ {
			ids := make([]uint8, rng.IntN(40))
			for i := range ids {
				if n > 0 {
					ids[i] = uint8(rng.IntN(n))
				}
			}
			if len(ids) > 0 && trial%2 == 0 {
				ids[rng.IntN(len(ids))] = uint8(n + rng.IntN(256-n+1))
			}
			want := -1
			for i, id := range ids {
				if int(id) >= n {
					want = i
					break
				}
			}
			if got := badClassID(ids, n); got != want {
				t.Fatalf("n %d, ids %v: %d, want %d", n, ids, got, want)
			}
		}
	}
}

// TestIndexFits checks the two-slots-a-turn test of a shipped index
// (patched for crosscheck): the shipped one fits, one slot past the
// features anywhere does not, and a slot at the last feature does.
func TestIndexFits(t *testing.T) {
	m, err := UnmarshalIndexed(aptagmodel.English, aptagmodel.EnglishIndex)
	if err != nil {
		t.Fatal(err)
	}
	if !m.indexFits(aptagmodel.EnglishIndex) {
		t.Fatal("the shipped index does not fit")
	}
	for _, at := range []int{0, 1, 2, 3, 1000, len(aptagmodel.EnglishIndex)/4 - 1} {
		for _, v := range []uint32{uint32(m.nFeat), uint32(m.nFeat) + 1, 1 << 31} {
			idx := append([]byte(nil), aptagmodel.EnglishIndex...)
			binary.LittleEndian.PutUint32(idx[4*at:], v)
			if got, want := m.indexFits(idx), int(v) <= m.nFeat; got != want {
				t.Fatalf("slot %d = %d: fits %v, want %v", at, v, got, want)
			}
		}
	}
	if m.indexFits(aptagmodel.EnglishIndex[:len(aptagmodel.EnglishIndex)-4]) {
		t.Fatal("a short index fits")
	}
}
