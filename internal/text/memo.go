package text

import (
	"sync"
	"sync/atomic"
)

// A MemoKey names a value that a stage above this package works out once
// per Doc from its text and that other stages read too: the time
// expressions of internal/timex (which imports text, so that the Annotation
// cannot hold them), read by the comparison and by the timeline.
type MemoKey uint8

// maxMemos is how many MemoKeys a Doc keeps values for.
const maxMemos = 8

var memosMade atomic.Uint32

// NewMemoKey makes a MemoKey; it is meant for package-level variables.
func NewMemoKey() MemoKey {
	n := memosMade.Add(1) - 1
	if n >= maxMemos {
		panic("text: too many MemoKeys")
	}
	return MemoKey(n)
}

// memoCell holds a Doc's memos, shared by the copies of the Doc as its
// annotation is.
type memoCell struct {
	mu   sync.Mutex
	vals [maxMemos]any
}

// Memo is build(d), worked out on the first call with k and kept: build
// must be a function of the Doc's text alone and give the same answer each
// time (a value that also depends on the Article, as a resolution against
// its publication time does, keeps that part itself and checks it). Safe
// for concurrent use; two goroutines asking at once may both build it, and
// the first value stored is kept.
func (d *Doc) Memo(k MemoKey, build func(*Doc) any) any {
	if d.memos == nil {
		return build(d)
	}
	d.memos.mu.Lock()
	v := d.memos.vals[k]
	d.memos.mu.Unlock()
	if v != nil {
		return v
	}
	v = build(d)
	d.memos.mu.Lock()
	defer d.memos.mu.Unlock()
	if old := d.memos.vals[k]; old != nil {
		return old
	}
	d.memos.vals[k] = v
	return v
}
