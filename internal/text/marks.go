package text

import (
	"sync"
	"sync/atomic"
)

// A Mark is a yes-or-no question about one sentence of a Doc whose answer
// depends on the Doc's text alone (page furniture, boilerplate), which
// several stages of a brief ask of the same sentences: Doc.Marked works
// it out once per sentence and keeps it.
type Mark uint8

// maxMarks is how many Marks fit the two bits each of a sentence's word.
const maxMarks = 16

var marksMade atomic.Uint32

// NewMark makes a Mark; each caller of Marked with it must pass the same
// test. It is meant for package-level variables.
func NewMark() Mark {
	n := marksMade.Add(1) - 1
	if n >= maxMarks {
		panic("text: too many Marks")
	}
	return Mark(n)
}

// markCell holds a Doc's answers: per sentence, two bits a Mark (asked,
// answer), shared by the copies of the Doc as its annotation is.
type markCell struct {
	once  sync.Once
	words []atomic.Uint32
}

// Marked is test(d, s), worked out on the first call for the sentence and
// kept: test must be a function of the Doc's text (its sentences, tokens and
// paragraphs) and give the same answer each time. Safe for concurrent use;
// two goroutines asking at once may both work it out.
func (d *Doc) Marked(s int, m Mark, test func(*Doc, int) bool) bool {
	if d.marks == nil || s < 0 || s >= len(d.Sentences) {
		return test(d, s)
	}
	d.marks.once.Do(func() { d.marks.words = make([]atomic.Uint32, len(d.Sentences)) })
	if s >= len(d.marks.words) {
		return test(d, s)
	}
	w := &d.marks.words[s]
	asked, yes := uint32(1)<<(2*m), uint32(2)<<(2*m)
	if v := w.Load(); v&asked != 0 {
		return v&yes != 0
	}
	ok := test(d, s)
	bits := asked
	if ok {
		bits |= yes
	}
	w.Or(bits)
	return ok
}
