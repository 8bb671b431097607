package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// OneListing keeps one speaker difference and one contradiction per pair
// of sentences. The comparison reads the name beside a verb of speech
// ("said Zadan and Meron" / "said MacFarlane") and the quote stage reads
// the speaker of the quotation in the same sentences ("Craig Zadan" /
// "Seth MacFarlane"); the span reading ("are merely" / "are not merely")
// and the proposition reading ("affirms" / "denies: not") read one
// negation twice: two listings of one fact. Of two differences of one of
// these kinds whose sides cover the same sentences of the same reports,
// the one citing more reports is kept (on a tie, the first). Numbers and
// dates are not merged so: two figures of one pair of sentences are two
// facts; but one sentence's figure opposed to the same figure of several
// reports is one difference (oneFigure).
func OneListing(c *text.Corpus, cs []news.Conflict) []news.Conflict {
	cs = oneFigure(c, cs)
	var sents [][][][2]int // per conflict, per side, the sentences it covers
	for _, cf := range cs {
		var per [][][2]int
		if listedOnce(cf.Kind) {
			for _, s := range cf.Sides {
				per = append(per, sideSentences(c, s))
			}
		}
		sents = append(sents, per)
	}
	drop := make([]bool, len(cs))
	for i := range cs {
		for j := range cs {
			if i == j || drop[j] || !listedOnce(cs[i].Kind) || cs[i].Kind != cs[j].Kind || !sameChange(sents[i], sents[j]) {
				continue
			}
			if ni, nj := sourcesOf(cs[i]), sourcesOf(cs[j]); ni < nj || ni == nj && i > j {
				drop[i] = true
				break
			}
		}
	}
	out := cs[:0]
	for i, cf := range cs {
		if !drop[i] {
			out = append(out, cf)
		}
	}
	return out
}

// sameChange reports whether every side of a shares a sentence with a
// distinct side of b, and there are as many sides: the same sentences
// given to the same two speakers.
func sameChange(a, b [][][2]int) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	used := make([]bool, len(b))
	for _, sa := range a {
		hit := false
		for y, sb := range b {
			if !used[y] && slices.ContainsFunc(sa, func(r [2]int) bool { return slices.Contains(sb, r) }) {
				used[y], hit = true, true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

func sourcesOf(cf news.Conflict) int {
	n := 0
	for _, s := range cf.Sides {
		n += len(s.Sources)
	}
	return n
}

func listedOnce(kind string) bool {
	return kind == news.ConflictSpeaker || kind == news.ConflictContradiction
}
