package cluster

import (
	"github.com/crosscheck/crosscheck/internal/text"
)

// datelineBytes is how far into a text a dateline is looked for: the
// first paragraphs, after a page's headline, byline and date.
const datelineBytes = 600

// datelineWords bounds the words of a dateline place ("SALT LAKE CITY").
const datelineWords = 4

// dateline returns the words of the place in the text's dateline, lower
// case, or nil when it has none.
func dateline(s string) []string {
	if len(s) > datelineBytes {
		s = s[:datelineBytes]
	}
	// Local news names its town in the dateline (text.Dateline); two
	// look-alike reports from two towns differ in it even when their
	// words agree.
	at, _, _, ok := text.Dateline(s)
	if !ok {
		return nil
	}
	var words []string
	for _, tk := range text.Tokenize(at, 0) {
		if tk.Kind == text.Word && len(tk.Lower) > 2 {
			words = append(words, tk.Lower)
		}
	}
	if len(words) == 0 || len(words) > datelineWords {
		return nil
	}
	return words
}

// place is a dateline place as the name terms of its words.
type place []term

// placeOf makes the place of a dateline's words, keeping those the stream
// writes as names (isName): "FLORIDA CITY" is the place "florida", since
// "city" is a common word that only the dateline's capitals make look
// like a name.
func placeOf(words []string, salt uint64, isName func(string) bool) place {
	var p place
	for _, w := range words {
		if isName(w) {
			p = append(p, hashTerm(kindEntity, w)^salt)
		}
	}
	return p
}

func (p place) equal(q place) bool {
	if len(p) != len(q) {
		return false
	}
	for i := range p {
		if p[i] != q[i] {
			return false
		}
	}
	return true
}

// in reports whether every word of the place is a name among has.
func (p place) in(has func(term) bool) bool {
	for _, t := range p {
		if !has(t) {
			return false
		}
	}
	return len(p) > 0
}

// keptPlaces is how many dateline places a story keeps.
const keptPlaces = 8

// otherPlace reports whether the article was filed from a place that the
// story neither was filed from nor names, while the story was filed from
// places that the article does not name: a shooting in McKeesport and one
// in Hawthorne, told in the same words. A report filed from a
// neighbourhood ("SOUTH SHORE —") joins its city's story ("CHICAGO —")
// when either names the other's place, as reports of one event do.
func (c *Clusterer) otherPlace(p prepared, st *story) bool {
	if len(p.place) == 0 || len(st.places) == 0 {
		return false
	}
	for _, q := range st.places {
		if q.equal(p.place) {
			return false
		}
	}
	if p.place.in(func(t term) bool { return st.count[t] > 0 }) {
		return false
	}
	for _, q := range st.places {
		if q.in(func(t term) bool { return p.names[t] }) {
			return false
		}
	}
	return true
}

// addPlace records a member's dateline place in the story.
func (st *story) addPlace(p place) {
	if len(p) == 0 || len(st.places) >= keptPlaces {
		return
	}
	for _, q := range st.places {
		if q.equal(p) {
			return
		}
	}
	st.places = append(st.places, p)
}
