package cluster

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// streetSentences is how far into a text its event's street is looked for:
// the lead, as for the days it names (leadTimes).
const streetSentences = 8

// street is a street an article's lead places its event on: its key (its
// own name, text.BlockStreet, with ordinals as digits: "Northeast Sixth
// Street" and "NE 6th Street" are one street), and the terms by which a
// text names it (its first word as a name or number, and as a word), so
// that a story holding it either way names it.
type street struct{ key, name, word term }

// leadStreets returns the streets of the block addresses of the lead
// ("in the 400 block of NE 6th Street"). Only English writes them so.
func leadStreets(d *text.Doc, salt uint64) []street {
	if d.Language != "en" {
		return nil
	}
	var out []street
	for i := range min(len(d.Sentences), streetSentences) {
		toks := d.SentenceTokens(i)
		for k := range toks {
			if key, _, ok := text.BlockStreet(toks, k); ok {
				out = append(out, streetOf(key, salt))
			}
		}
	}
	return out
}

// streetOf makes the street of a key.
func streetOf(key string, salt uint64) street {
	words := strings.Fields(key)
	for i, w := range words {
		if v, ok := english.Ordinals.Int(w); ok {
			words[i] = ordinalDigits(v)
		}
	}
	first := words[0]
	s := street{key: hashTerm(kindPhrase, strings.Join(words, " ")) ^ salt}
	if first[0] >= '0' && first[0] <= '9' {
		s.name = hashTerm(kindNumber, first) ^ salt
		return s
	}
	s.name = hashTerm(kindEntity, first) ^ salt
	s.word = hashTerm(kindWord, text.Stem(first)) ^ salt
	return s
}

// ordinalDigits writes an ordinal in digits: 1st, 2nd, 3rd, 4th, 11th, 22nd.
func ordinalDigits(v int) string {
	suffix := "th"
	if v%100 < 11 || v%100 > 13 {
		switch v % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(v) + suffix
}

// keptStreets is how many streets a story keeps.
const keptStreets = 8

// otherStreet reports whether the article's lead places its event on a
// street that the story neither places its own on nor names, while the
// story's streets are not named by the article: two shootings of one city
// in one week, told in the beat's words, are on two streets. A follow-up
// that names the first report's street still joins.
func (c *Clusterer) otherStreet(p prepared, st *story) bool {
	if len(p.blocks) == 0 || len(st.streets) == 0 {
		return false
	}
	for _, a := range p.blocks {
		if st.count[a.name] > 0 || a.word != 0 && st.count[a.word] > 0 {
			return false
		}
		for _, b := range st.streets {
			if a.key == b.key {
				return false
			}
		}
	}
	for _, b := range st.streets {
		if p.names[b.name] || b.word != 0 && p.words[b.word] > 0 {
			return false
		}
	}
	return true
}

// addStreets records a member's streets in the story.
func (st *story) addStreets(ss []street) {
	for _, s := range ss {
		if len(st.streets) >= keptStreets {
			return
		}
		known := false
		for _, q := range st.streets {
			known = known || q == s
		}
		if !known {
			st.streets = append(st.streets, s)
		}
	}
}
