package timex

import (
	"github.com/crosscheck/crosscheck/internal/text/english"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones must resolve in CGO_ENABLED=0 binaries on any machine
	"unicode/utf8"
)

// places maps capitals and major news places to their IANA zone, so "2:30
// p.m. local time" gets an offset when the text says where. Countries with
// one zone are listed too; countries with several (Russia, the US) are not,
// since their name does not fix the clock.
var places = english.List("timex/places")

var zoneCache sync.Map // IANA name -> *time.Location

// placeZone returns the zone of a place name (lower case), or nil.
func placeZone(name string) *time.Location {
	id, ok := places.Value(name)
	if !ok {
		return nil
	}
	if l, ok := zoneCache.Load(id); ok {
		return l.(*time.Location)
	}
	l, err := time.LoadLocation(id)
	if err != nil {
		return nil
	}
	zoneCache.Store(id, l)
	return l
}

// PlaceZone returns the IANA zone of a capital or major news place, or nil
// when the gazetteer does not hold it.
func PlaceZone(name string) *time.Location { return placeZone(strings.ToLower(name)) }

// localZone finds the place that "local time" at byte pos refers to: a known
// place in the same sentence, else in the one before, else the article's
// dateline ("SEOUL -"). Nothing else: a place mentioned paragraphs away is
// too weak a clue to put an offset on a clock time.
func localZone(text string, pos int) *time.Location {
	start := sentenceStart(text, pos)
	end := strings.IndexAny(text[pos:], ".\n")
	if end < 0 {
		end = len(text)
	} else {
		end += pos
	}
	if l := findPlace(text[start:end]); l != nil {
		return l
	}
	if start > 0 {
		if l := findPlace(text[sentenceStart(text, start-2):start]); l != nil {
			return l
		}
	}
	head := text[:min(len(text), 60)]
	if i := strings.IndexAny(head, "-—–"); i > 0 {
		if l := placeZone(strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(head[:i]), ",(")))); l != nil {
			return l
		}
	}
	return nil
}

func sentenceStart(text string, pos int) int {
	pos = max(0, min(pos, len(text)))
	i := strings.LastIndexAny(text[:pos], ".\n")
	return i + 1
}

// findPlace returns the zone of the first gazetteer place in s: capitalised
// words, one to three at a time.
func findPlace(s string) *time.Location {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '"' || r == '(' || r == ')' || r == '“' || r == '”'
	})
	for i := range words {
		w := strings.TrimSuffix(strings.TrimSuffix(words[i], "'s"), "’s")
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		for n := 3; n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			name := strings.ToLower(strings.Join(words[i:i+n-1], " "))
			last := strings.TrimSuffix(strings.TrimSuffix(words[i+n-1], "'s"), "’s")
			if n > 1 {
				name += " "
			}
			name += strings.ToLower(last)
			if l := placeZone(name); l != nil {
				return l
			}
		}
	}
	return nil
}

// StoryZone is the fallback zone for "local time" in a story whose sentence
// and dateline name no place: the zone of the place its reports name most,
// given only when every place of the gazetteer they name has the same UTC
// offset at time at (at zero: both in January and in July), since a story
// that also names a place elsewhere ("the war in Ukraine", a visit to a city
// one zone east) does not say which one the clock time is in. It returns nil
// when the reports name no known place or their places disagree.
func StoryZone(texts []string, at time.Time) *time.Location {
	count := map[string]int{}
	var offsets []time.Time
	if at.IsZero() {
		offsets = []time.Time{time.Date(2000, 1, 15, 12, 0, 0, 0, time.UTC), time.Date(2000, 7, 15, 12, 0, 0, 0, time.UTC)}
	} else {
		offsets = []time.Time{at}
	}
	var first *time.Location
	best, bestN := "", 0
	for _, t := range texts {
		for _, name := range allPlaces(t) {
			l := placeZone(name)
			if first == nil {
				first = l
			}
			for _, o := range offsets {
				_, a := o.In(first).Zone()
				_, b := o.In(l).Zone()
				if a != b {
					return nil
				}
			}
			count[name]++
			if n := count[name]; n > bestN || n == bestN && name < best {
				best, bestN = name, n
			}
		}
	}
	if best == "" {
		return nil
	}
	return placeZone(best)
}

// placeFirstWords are the first words of the places' names of several
// words: a name of two or three words is tried only after one of them.
var placeFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, name := range places.Words() {
		if first, _, ok := strings.Cut(name, " "); ok {
			m[first] = true
		}
	}
	return m
})

// allPlaces returns every gazetteer place named in s, in order, longest
// names first at each position ("North Korea", not "Korea"). The words are
// the fields of s between placeSep runes, read as they are reached, not
// cut into a list first.
func allPlaces(s string) []string {
	var out []string
	firsts := placeFirstWords()
	for a, b := nextField(s, 0); a < len(s); a, b = nextField(s, b) {
		if s[a] < 'A' || s[a] > 'Z' {
			continue
		}
		// The word and the two after it, each lower-cased once, when a
		// name first reaches it.
		var parts [3]string
		var ends [3]int
		parts[0], ends[0] = placeWord(s[a:b]), b
		have := 1
		for n := 3; n >= 1; n-- {
			if n > 1 && !firsts[parts[0]] {
				continue
			}
			for have < n {
				a2, b2 := nextField(s, ends[have-1])
				if a2 >= len(s) {
					break
				}
				parts[have], ends[have] = placeWord(s[a2:b2]), b2
				have++
			}
			if have < n {
				continue
			}
			name := strings.Join(parts[:n], " ")
			if _, ok := places.Value(name); ok {
				out = append(out, name)
				b = ends[n-1]
				break
			}
		}
	}
	return out
}

// placeWord is a word of allPlaces as a name is looked up: without a
// possessive, lower case.
func placeWord(w string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
}

// nextField returns the bounds of the first field of s at or after byte i
// (what strings.FieldsFunc(s, placeSep) would give), or len(s) twice.
func nextField(s string, i int) (int, int) {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !placeSep(r) {
			break
		}
		i += w
	}
	start := i
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if placeSep(r) {
			break
		}
		i += w
	}
	return start, i
}

// placeSep reports whether r separates the words allPlaces reads.
func placeSep(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == ',' || r == ';' || r == ':' || r == '.' || r == '"' || r == '(' || r == ')' || r == '“' || r == '”' || r == '‘'
}
