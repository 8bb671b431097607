package text

import (
	"hash/maphash"
	"sync/atomic"
)

// front is a small, fixed-size, lock-free cache in front of a large one:
// each slot, picked by the key's hash, holds the last key stored there and
// its value. The stem and lemma caches grow to 200,000 words over a
// stream, and a lookup in a map that size misses the processor's caches
// most of the time; the words a text repeats most are found here instead.
type front[K comparable] struct {
	slots [1 << 12]atomic.Pointer[frontEntry[K]]
}

type frontEntry[K comparable] struct {
	key K
	val string
}

var frontSeed = maphash.MakeSeed()

func (f *front[K]) slot(h uint64) *atomic.Pointer[frontEntry[K]] {
	return &f.slots[h&(uint64(len(f.slots))-1)]
}

// get returns the value of key, whose hash is h, if its slot holds it.
func (f *front[K]) get(h uint64, key K) (string, bool) {
	if e := f.slot(h).Load(); e != nil && e.key == key {
		return e.val, true
	}
	return "", false
}

// put stores key's value in its slot, in place of what was there. The key
// and value must not hold a larger text alive (copy them first).
func (f *front[K]) put(h uint64, key K, val string) {
	f.slot(h).Store(&frontEntry[K]{key: key, val: val})
}
