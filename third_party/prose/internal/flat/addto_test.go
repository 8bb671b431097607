package flat

import (
	"math"
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// TestAddToMatchesAdd adds every feature of the shipped model into a
// running sum with both AddTo and Add (patched for crosscheck: AddTo is
// Add's loop unrolled, with no bounds checks): the sums must be the same
// to the bit after every feature.
func TestAddToMatchesAdd(t *testing.T) {
	m, err := UnmarshalIndexed(aptagmodel.English, aptagmodel.EnglishIndex)
	if err != nil {
		t.Fatal(err)
	}
	var a Scores
	b := make([]float32, len(m.Classes()))
	for i := -1; i < m.NumFeatures(); i++ {
		m.AddTo(i, &a)
		m.Add(i, b)
		for c := range b {
			if math.Float32bits(a[c]) != math.Float32bits(b[c]) {
				t.Fatalf("feature %d, class %d: AddTo %v, Add %v", i, c, a[c], b[c])
			}
		}
		if i%97 == 0 { // start again from zero now and then, as predict does
			clear(a[:])
			clear(b)
		}
	}
	for c := len(b); c < len(a); c++ {
		if a[c] != 0 {
			t.Fatalf("class %d beyond the model's %d: %v", c, len(b), a[c])
		}
	}
}
