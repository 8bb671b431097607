package timex

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Rules of the family: tense.

// future reads the tense around tokens [i, j) in their sentence: news is
// past unless a future marker is nearer than any past one.
func (s *scanner) future(i, j int) bool { return s.tense(i, j) > 0 }

// tense is +1 when the nearest tense marker around tokens [i, j) in their
// sentence is a future one ("will", "is due"), -1 when it is a past one
// ("said", "arrived"), and 0 when there is none.
func (s *scanner) tense(i, j int) int {
	bestD, t := 1<<30, 0
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if s.tk(k + 1).brk {
			break // the sentence begins after k
		}
		if s.low(k) == "set" && s.low(k+1) == "to" {
			// "talks set to resume Monday"
			bestD, t = i-k, 1
			break
		}
		if f, ok := tenseOf(s.low(k)); ok && !s.passiveInfinitive(k, f) {
			bestD, t = i-k, sign(f)
			break
		}
		if s.tk(k).brk {
			break
		}
	}
	for k := j; k < len(s.toks) && k < j+6; k++ {
		if s.tk(k).brk {
			break
		}
		if f, ok := tenseOf(s.low(k)); ok && !s.passiveInfinitive(k, f) {
			if k-j+1 < bestD {
				t = sign(f)
			}
			break
		}
	}
	return t
}

// passiveInfinitive reports a participle after "be" at k ("is expected to
// be arraigned Wednesday", "will be sentenced"): no past tense; the verb
// before it tells the time (GVA 398361).
func (s *scanner) passiveInfinitive(k int, fut bool) bool {
	return !fut && s.low(k-1) == "be"
}

// futureInPastWords are "would" (modal) and the past forms of "be" (be)
// that tell a day ahead of a past moment.
var futureInPastWords = english.List("timex/future-in-past")

// futureInPast reports whether the nearest tense marker before token i
// in its sentence tells the future of a past moment: "would" ("said the
// courthouse would be closed Tuesday", GVA 480327), or a word of the
// future after a past form of "be" ("were due in court Monday"). The day
// may be on either side of the time of writing.
func (s *scanner) futureInPast(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if s.tk(k + 1).brk {
			break
		}
		w := s.low(k)
		if futureInPastWords.Kind(w) == "modal" {
			return true
		}
		if f, ok := tenseOf(w); ok && !s.passiveInfinitive(k, f) {
			return f && futureInPastWords.Kind(s.low(k-1)) == "be"
		}
		if s.tk(k).brk {
			break
		}
	}
	return false
}

func sign(fut bool) int {
	if fut {
		return 1
	}
	return -1
}

var futureWords = english.List("timex/future-words")

var pastWords = english.List("timex/past-words")

func tenseOf(w string) (fut bool, ok bool) {
	if futureWords.Has(w) {
		return true, true
	}
	if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
		return true, true
	}
	if pastWords.Has(w) {
		return false, true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && w != "need" && w != "feed" && w != "speed" && w != "united" && w != "red" && w != "based" && w != "armed" && w != "related" {
		return false, true
	}
	return false, false
}
