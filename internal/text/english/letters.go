package english

import (
	"sync"
	"sync/atomic"
)

// letterSpans narrows the binary search of a sorted file's lines to those
// that open with a word's first two letters (a to z): the byte offsets
// where the lines opening with each letter start, found on the first
// look-up, and where those opening with each two letters start, each
// found the first time a word needs it. Each bound is itself a binary
// search of the file (of one letter's lines for two letters), so noting
// it costs one look-up, and the look-ups after it take some ten steps
// fewer: the noun index holds 55,000 lines (19 steps).
type letterSpans struct {
	once  sync.Once
	first [27]int32 // first[c-'a']: the first line not below string(c)
	// pair[c-'a'][d-'a']: one more than the first line not below
	// string(c, d), 0 until known
	pair [26][27]atomic.Int32
}

// span returns the byte offsets [lo, hi) of s, lines sorted by bytes,
// that hold every line that could be w.
func (l *letterSpans) span(s, w string) (int, int) {
	c := w[0]
	if c < 'a' || c > 'z' {
		return 0, len(s)
	}
	l.once.Do(func() {
		for i := range l.first {
			at, _ := search(s, 0, len(s), string(rune('a'+i)))
			l.first[i] = int32(at)
		}
	})
	lo, hi := int(l.first[c-'a']), int(l.first[c-'a'+1])
	if len(w) < 2 || w[1] < 'a' || w[1] > 'z' {
		return lo, hi
	}
	bound := func(d int) int {
		p := &l.pair[c-'a'][d]
		if v := p.Load(); v > 0 {
			return int(v) - 1
		}
		at, _ := search(s, lo, hi, string([]byte{c, byte('a' + d)}))
		p.Store(int32(at) + 1)
		return at
	}
	d := int(w[1] - 'a')
	return bound(d), bound(d + 1)
}
