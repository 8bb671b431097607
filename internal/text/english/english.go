// Package english holds the closed-class English that every stage of
// crosscheck reads: months and weekdays, verbs of speech, auxiliaries and
// modals, negators, abbreviations, number words, titles, determiners,
// pronouns, prepositions and conjunctions, and the word forms of WordNet
// that turn an inflected word into its lemma.
//
// Each list is an embedded data file under data/ whose header names where
// it comes from. A stage that needs a word list it cannot find here adds it
// here, as a file, so there is one place for each piece of knowledge.
//
// Lists are parsed on first use, not at start-up: a command that never reads
// English pays nothing for them.
package english

import (
	"embed"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt data/*.exc data/*.tsv data/*/*.txt
var data embed.FS

// Set is a closed class of lower-case words, each with an optional value:
// its number (months, number words), or its kind (speech verbs, titles).
// Lookups take the lower-case word without a final dot.
type Set struct {
	file string
	once sync.Once
	// words and vals are the entries, each word once (a later line's
	// value wins, as a map's would); slots index them by hashWord, open
	// addressing (entry + 1, 0 empty, at most half full). A look-up hashes
	// a short word in a few instructions and compares one or two strings;
	// a Go map's look-up cost a hundred or more, and the stages ask the
	// sets about nearly every token.
	words, vals []string
	slots       []uint32
	mask        uint64
	// filter has bit filterBit(w) set for each word w of the set, and
	// empty says whether the empty word is one: most words asked about are
	// not in a set, and the filter answers most of them without hashing
	// the word (its bit mixes the length and the first and last bytes;
	// with 4,096 bits a 10-report brief costs 0.4 M instructions fewer
	// than with 1,024).
	filter WordFilter
	empty  bool
}

// filterBits is the size of a Set's filter (512 bytes): a list of 400
// words sets a tenth of its bits at most.
const filterBits = 4096

// filterBit is a word's bit in a Set's filter, from its length and its
// first and last bytes (w not empty).
func filterBit(w string) uint32 {
	n := len(w)
	return (uint32(n)*0x9e3779b1 ^ uint32(w[0])<<8 ^ uint32(w[n-1])) * 0x85ebca6b >> (32 - 12)
}

// WordFilter is a bit filter of words, a Set's and any other list's that
// is asked about nearly every token and holds few of them: MayHold says no
// to most words in a few instructions, without hashing them.
type WordFilter [filterBits / 64]uint64

// Add sets w's bit (w not empty).
func (f *WordFilter) Add(w string) {
	b := filterBit(w)
	f[b>>6] |= 1 << (b & 63)
}

// MayHold reports whether w (not empty) can be one of the words added:
// false only when none of them has w's bit.
func (f *WordFilter) MayHold(w string) bool {
	b := filterBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

// mayHold reports whether w can be in the loaded set: false only when no
// word of the set has w's bit in the filter.
func (s *Set) mayHold(w string) bool {
	if w == "" {
		return s.empty
	}
	return s.filter.MayHold(w)
}

func newSet(file string) *Set { return &Set{file: file} }

// Filter returns the loaded set's filter, for a caller that asks about
// nearly every token and can test it in line: a word it says no to (not
// empty) is not in the set.
func (s *Set) Filter() *WordFilter {
	s.load()
	return &s.filter
}

// load reads the set's file on first use. It is small enough to be
// inlined into Has and Value (a check of the Once), which the stages call
// for nearly every token; the reading is build's.
func (s *Set) load() { s.once.Do(s.build) }

func (s *Set) build() {
	text := dataText(s.file)
	// room for every line, comments too: growing the index as it
	// fills would cost more than the few unused slots
	n := strings.Count(text, "\n") + 1
	size := 2
	for size < 2*n+2 {
		size <<= 1
	}
	s.slots, s.mask = make([]uint32, size), uint64(size-1)
	s.words, s.vals = make([]string, 0, n), make([]string, 0, n)
lines:
	for line := range entries(text) {
		w, v := splitEntry(line)
		// find's probe, which stops at w's entry or at the empty slot
		// that takes it: the word hashed once
		h := hashWord(w) & s.mask
		for ; s.slots[h] != 0; h = (h + 1) & s.mask {
			if k := s.slots[h]; s.words[k-1] == w {
				s.vals[k-1] = v
				continue lines
			}
		}
		s.words, s.vals = append(s.words, w), append(s.vals, v)
		s.slots[h] = uint32(len(s.words))
		if w == "" {
			s.empty = true
		} else {
			s.filter.Add(w)
		}
	}
}

// Has reports whether the lower-case word w is in the set.
func (s *Set) Has(w string) bool {
	s.load()
	if !s.mayHold(w) {
		return false
	}
	return s.find(w) >= 0
}

// find returns the index of w's entry, or -1.
func (s *Set) find(w string) int {
	for h := hashWord(w) & s.mask; ; h = (h + 1) & s.mask {
		k := s.slots[h]
		if k == 0 {
			return -1
		}
		if s.words[k-1] == w {
			return int(k - 1)
		}
	}
}

// hashWord is the hash of a Set's index: the word's bytes read eight at a
// time (a last piece of four to seven as two overlapping fours, of one to
// three as its first, middle and last byte), each piece folded in by a
// multiply, the high half of the result folded into the low (the index
// keeps the low bits). A few instructions a word, where FNV-1a took five a
// byte.
func hashWord(w string) uint64 {
	const k = 0x9e3779b97f4a7c15
	n := len(w)
	h := uint64(n) * k
	i := 0
	for ; i+8 <= n; i += 8 {
		h = (h ^ le64(w[i:i+8])) * k
	}
	var t uint64
	switch r := n - i; {
	case r >= 4:
		t = uint64(le32(w[i:i+4])) | uint64(le32(w[n-4:]))<<32
	case r > 0:
		t = uint64(w[i]) | uint64(w[i+r/2])<<8 | uint64(w[n-1])<<16
	}
	h = (h ^ t) * k
	return h ^ h>>32
}

func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func le32(b string) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// Value returns the value written beside w in the data file ("" when the
// file gives none), and whether w is in the set.
func (s *Set) Value(w string) (string, bool) {
	s.load()
	if !s.mayHold(w) {
		return "", false
	}
	i := s.find(w)
	if i < 0 {
		return "", false
	}
	return s.vals[i], true
}

// Kind is Value without the second result: the kind of w, or "".
func (s *Set) Kind(w string) string {
	v, _ := s.Value(w)
	return v
}

// Int returns w's value as an integer (a month's or weekday's number, a
// number word's value).
func (s *Set) Int(w string) (int, bool) {
	s.load()
	if !s.mayHold(w) {
		return 0, false // most words: no call to Value
	}
	v, ok := s.Value(w)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}

// Num returns w's value as an integer, 0 when w is not in the set or has
// no integer value (as a Go map of ints reads).
func (s *Set) Num(w string) int {
	n, _ := s.Int(w)
	return n
}

// Float returns w's value as a number (fractions, large number words).
func (s *Set) Float(w string) (float64, bool) {
	s.load()
	if !s.mayHold(w) {
		return 0, false // most words: no call to Value
	}
	v, ok := s.Value(w)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil
}

// Words returns the words of the set in sorted order.
func (s *Set) Words() []string {
	s.load()
	out := slices.Clone(s.words)
	slices.Sort(out)
	return out
}

// WordsOfKind returns the words whose value is kind, sorted.
func (s *Set) WordsOfKind(kind string) []string {
	var out []string
	for _, w := range s.Words() {
		if v, _ := s.Value(w); v == kind {
			out = append(out, w)
		}
	}
	return out
}

// Bools returns the set as a new map of its words to true, for a stage
// that reads it as a Go map (m[w]). It loads the set.
func (s *Set) Bools() map[string]bool {
	s.load()
	m := make(map[string]bool, len(s.words))
	for _, w := range s.words {
		m[w] = true
	}
	return m
}

// Strings returns the set as a new map of its words to their values.
func (s *Set) Strings() map[string]string {
	s.load()
	m := make(map[string]string, len(s.words))
	for i, w := range s.words {
		m[w] = s.vals[i]
	}
	return m
}

// Ints returns the set as a new map of its words to their integer values
// (a word whose value is not an integer maps to 0).
func (s *Set) Ints() map[string]int {
	s.load()
	m := make(map[string]int, len(s.words))
	for i, w := range s.words {
		m[w], _ = strconv.Atoi(s.vals[i])
	}
	return m
}

// Floats returns the set as a new map of its words to their values as
// numbers (a word whose value is not a number maps to 0).
func (s *Set) Floats() map[string]float64 {
	s.load()
	m := make(map[string]float64, len(s.words))
	for i, w := range s.words {
		m[w], _ = strconv.ParseFloat(s.vals[i], 64)
	}
	return m
}

// Len is the number of words in the set.
func (s *Set) Len() int {
	s.load()
	return len(s.words)
}

// splitEntry splits a line into its word and value: at a tab when there
// is one (a word of several words: "hong kong\tAsia/Hong_Kong"), else at
// the first space.
func splitEntry(line string) (string, string) {
	if w, v, ok := strings.Cut(line, "\t"); ok {
		return strings.TrimSpace(w), strings.TrimSpace(v)
	}
	w, v, _ := strings.Cut(line, " ")
	return w, strings.TrimSpace(v)
}

// lines returns the entries of an embedded data file: its lines without
// comments (from '#') and blank lines, trimmed. The files are part of the
// binary, so a missing or unreadable one is a build mistake, not an input
// error: it panics with the file's name.
func lines(file string) []string {
	return slices.Collect(entries(dataText(file)))
}

// entries yields the entries of a data file's text, as lines returns them.
func entries(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for rest := text; rest != ""; {
			line := rest
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				line, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			if line == "" || line[0] == '#' {
				continue
			}
			line = strings.TrimRight(line, " \r")
			// a line that opens on a printable ASCII byte is no blank one
			if (line == "" || line[0] <= ' ' || line[0] >= utf8.RuneSelf) && strings.TrimSpace(line) == "" {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}

// dataText is the whole text of an embedded data file, panicking as
// lines does.
func dataText(file string) string {
	b, err := data.ReadFile("data/" + file)
	if err != nil {
		panic(fmt.Sprintf("english: embedded list %s: %v", file, err))
	}
	return string(b)
}

// field returns line's field k (from 0), or false when it has fewer. A
// field ends at a byte no greater than a space: the files read this way
// are ASCII, so that is where strings.Fields would cut it, without
// building the list.
func field(line string, k int) (string, bool) {
	for i := 0; i < len(line); {
		for i < len(line) && line[i] <= ' ' {
			i++
		}
		if i == len(line) {
			break
		}
		j := i
		for j < len(line) && line[j] > ' ' {
			j++
		}
		if k == 0 {
			return line[i:j], true
		}
		k--
		i = j
	}
	return "", false
}

// Phrases returns the phrases of the data file data/NAME.txt, one a line,
// in the file's order, for a stage that matches them inside or at the
// start of a text. A line that ends in " ..." stands for its words
// followed by a space, so that "follow ..." matches "follow us" and not
// "following".
func Phrases(name string) []string {
	var out []string
	for _, line := range lines(name + ".txt") {
		if p, ok := strings.CutSuffix(line, " ..."); ok {
			line = p + " "
		}
		out = append(out, line)
	}
	return out
}

// lists are the sets loaded by name, one per data file.
var lists sync.Map // name -> *Set

// List returns the word list of the data file data/NAME.txt, loaded on
// first use. The lists named by variables below are the closed classes;
// List reaches the others, which a stage keeps in a folder of its name
// (List("quote/cues")) until another stage shares them. A name with no
// file panics on first use: the files are part of the binary, and the
// package's tests load every one.
func List(name string) *Set {
	if s, ok := lists.Load(name); ok {
		return s.(*Set)
	}
	s, _ := lists.LoadOrStore(name, newSet(name+".txt"))
	return s.(*Set)
}

// The closed classes. Each variable's data file says where the list comes
// from.
var (
	// Months maps month names to their numbers, 1 to 12 ("march" 3).
	Months = newSet("months.txt")
	// MonthAbbreviations maps abbreviated month names to their numbers
	// ("sept" 9). "may" is only in Months.
	MonthAbbreviations = newSet("month-abbreviations.txt")
	// Weekdays maps weekday names to time.Weekday numbers ("sunday" 0).
	Weekdays = newSet("weekdays.txt")
	// WeekdayAbbreviations maps abbreviated weekday names to their numbers;
	// several are common words too ("sun", "sat", "wed").
	WeekdayAbbreviations = newSet("weekday-abbreviations.txt")
	// RelativeDays maps the words that name a day relative to the time
	// of writing to their offset in days ("yesterday" -1).
	RelativeDays = newSet("relative-days.txt")
	// Auxiliaries maps every form of be, have and do to its lemma,
	// with the clitics the Penn Treebank splits off ("'s", "'ve").
	Auxiliaries = newSet("auxiliaries.txt")
	// Modals maps modal verbs to their modality: possible, necessary,
	// obligation, future or conditional.
	Modals = newSet("modals.txt")
	// Negators are the words that negate their clause ("not", "never").
	Negators = newSet("negators.txt")
	// Abbreviations are words written with a dot that does not end a
	// sentence ("mr", "gen", "jan", "inc"), with their kind: title, month,
	// company, place or other.
	Abbreviations = newSet("abbreviations.txt")
	// NumberWords maps cardinal number words to their values ("twelve",
	// "million", "dozen").
	NumberWords = newSet("number-words.txt")
	// Ordinals maps ordinal words to their values ("third" 3).
	Ordinals = newSet("ordinals.txt")
	// Fractions maps fraction words to their values ("half" 0.5).
	Fractions = newSet("fractions.txt")
	// Titles are the titles and offices that stand with a person's name,
	// with their kind: honorific, head, office, rank, religious or royal.
	Titles = newSet("titles.txt")
	// Determiners maps determiners to their kind: article, demonstrative,
	// quantifier, possessive or wh.
	Determiners = newSet("determiners.txt")
	// Pronouns maps pronouns to their person and number (1s, 1p, 2, 3s, 3p)
	// or to rel or indef.
	Pronouns = newSet("pronouns.txt")
	// Prepositions maps the single-word prepositions to their main use:
	// place, time or other.
	Prepositions = newSet("prepositions.txt")
	// Conjunctions maps conjunctions to their kind: coordinating or
	// subordinating.
	Conjunctions = newSet("conjunctions.txt")
	// SpeechVerbs are the verbs that attribute words to a speaker, looked
	// up by any form ("told", "denies"). Their kinds: report, claim, deny,
	// confirm, warn, ask, name, judge, promise, write.
	SpeechVerbs = VerbSet{newSet("speech-verbs.txt")}
)

// VerbSet is a set of verb lemmas that answers for any form of them.
type VerbSet struct{ lemmas *Set }

// Has reports whether the lower-case word is a form of one of the set's
// verbs ("said", "says", "saying" for "say").
func (v VerbSet) Has(form string) bool { return v.lemmas.Has(form) || v.lemmas.Has(VerbLemma(form)) }

// Kind returns the kind of the verb whose form w is, or "".
func (v VerbSet) Kind(form string) string {
	if k, ok := v.lemmas.Value(form); ok {
		return k
	}
	return v.lemmas.Kind(VerbLemma(form))
}

// Lemmas returns the set's lemmas, sorted.
func (v VerbSet) Lemmas() []string { return v.lemmas.Words() }

// LemmasOfKind returns the lemmas of one kind, sorted.
func (v VerbSet) LemmasOfKind(kind string) []string { return v.lemmas.WordsOfKind(kind) }

// IsNegator reports whether a lower-case token negates its clause,
// including a contraction that carries the clitic ("didn't", "can't").
func IsNegator(w string) bool {
	return Negators.Has(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// IsMonth reports a month's name or abbreviation and returns its number.
func IsMonth(w string) (int, bool) {
	if n, ok := Months.Int(w); ok {
		return n, true
	}
	return MonthAbbreviations.Int(w)
}

// Number returns the value of a cardinal, ordinal or fraction word.
func Number(w string) (float64, bool) {
	for _, s := range []*Set{NumberWords, Ordinals, Fractions} {
		if f, ok := s.Float(w); ok {
			return f, true
		}
	}
	return 0, false
}
