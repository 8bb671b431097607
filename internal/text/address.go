package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A block address ("in the 6700 block of South Aberdeen Street") is how US
// police and local news place an event: the street is the most exact place
// a report gives. The brief compares the blocks that reports give for one
// street (compare), and the clusterer keeps apart two shootings placed on
// two streets (cluster).

// streetWords are the words of an address that are not the street's own
// name: directions and street types.
var streetWords = english.List("text/street-words")

// BlockWord is the word after the figure of a block address.
const BlockWord = "block"

// BlockStreet reads a block address whose figure is toks[k] (a number
// token): "the N block of Street" or "the N block Street". key is the
// street's own name, lower case, without directions and street types
// ("aberdeen", "44th", "new ballwin"); street is the street as the
// sentence writes it. The figure is the caller's to read.
func BlockStreet(toks []Token, k int) (key, street string, ok bool) {
	if toks[k].Kind != Number || k == 0 || toks[k-1].Lower != "the" || k+2 >= len(toks) || toks[k+1].Lower != BlockWord {
		return "", "", false
	}
	j := k + 2
	if toks[j].Lower == "of" {
		j++
	}
	var core, written []string
	first := j
	for ; j < len(toks) && j < first+6; j++ {
		t := toks[j]
		if t.Text == "." && j > first {
			continue
		}
		if !(t.Kind == Word && t.Cap || t.Kind == Number) {
			break
		}
		written = append(written, t.Text)
		if w := strings.ReplaceAll(t.Lower, ".", ""); !streetWords.Has(w) {
			core = append(core, w)
		}
	}
	if len(core) == 0 {
		return "", "", false
	}
	return strings.Join(core, " "), strings.Join(written, " "), true
}
