package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/news"
)

// A difference reads as a short contrast: a topic of a few words, and for
// each side its value and the shortest stretch of its sentence that shows
// the value. The evidence keeps pointing at the whole sentence, so the
// reader can still check it in the source.
const (
	// maxTopicWords is the longest topic heading.
	maxTopicWords = 8
	// sideWords is how many words either side of the value a side's text
	// keeps.
	sideWords = 6
	// maxSideWords is the longest side text when the value is not found in
	// it (a date given as a weekday, normalised to a calendar date).
	maxSideWords = 14
)

// Readable shortens the topic and side texts of differences of any stage
// (comparison, timeline, quotes) into short contrasts.
func Readable(cs []news.Conflict) {
	for i := range cs {
		c := &cs[i]
		c.Topic = cutWords(strings.TrimSpace(c.Topic), maxTopicWords)
		for k := range c.Sides {
			s := &c.Sides[k]
			s.Text = excerpt(s.Text, s.Value)
		}
	}
}

// cutWords keeps the first n words of s, with an ellipsis when it cut.
func cutWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

// excerpt is the stretch of a sentence around the first word of its value:
// sideWords words either side, with ellipses where it cut.
func excerpt(text, value string) string {
	f := strings.Fields(text)
	if len(f) <= 2*sideWords+1 {
		return strings.Join(f, " ")
	}
	at := -1
	if v := strings.Fields(strings.ToLower(value)); len(v) > 0 {
		// The value's most telling word: its first word that is not a
		// hedge ("about 65 people": "65").
		key := v[0]
		for _, w := range v {
			if hedges.Kind(w) == "" && w != "at" && w != "least" && w != "more" && w != "than" {
				key = w
				break
			}
		}
		for i, w := range f {
			if strings.Contains(strings.ToLower(w), key) {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return cutWords(text, maxSideWords)
	}
	lo, hi := max(0, at-sideWords), min(len(f), at+sideWords+1)
	out := strings.Join(f[lo:hi], " ")
	if lo > 0 {
		out = "… " + out
	}
	if hi < len(f) {
		out += " …"
	}
	return out
}
