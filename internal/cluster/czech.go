package cluster

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// nameForm is the form under which a name of a text in language lang is
// counted. Czech declines names as it declines nouns ("Írán", "Íránu",
// "Íránem"; "Abú Graib", "Abú Graibu"), so each case of a name was a name
// of its own and two reports of one event that put a person or a place in
// different cases shared nothing of its weight; a Czech name is counted
// by its stem (czechLight). Names of other languages are kept as written:
// Greek names stemmed the same way (the nominal endings of Ntais 2006)
// joined topics that share a capital and a month on the calibration part
// (docs/clustering.md, wave 12).
func nameForm(lang, lower string) string {
	if lang == "cs" {
		return czechLight(lower)
	}
	return lower
}

// czechLight is the light Czech stemmer of Dolamic and Savoy (2009,
// "Indexing and stemming approaches for the Czech language", Information
// Processing and Management 45(6); the UniNE CzechStemmerLight, as
// Lucene's CzechStemmer): the case endings of nouns and adjectives, then
// the possessive endings of names, with the palatalised consonant an
// ending leaves restored (the locative "Praze" is "Praha"'s "prah").
// Lengths count letters.
func czechLight(w string) string {
	r := []rune(w)
	r = czechCase(r)
	r = czechPossessive(r)
	return string(r)
}

// czechEndings are the case endings czechCase removes, longest first
// (english data cluster/czech-endings), each with the least length of a
// word that may lose it; palatal endings (their first letter softens the
// consonant before it) go through czechPalatalise.
var czechEndings = sync.OnceValue(func() []czechEnding {
	set := english.List("cluster/czech-endings")
	var out []czechEnding
	for _, w := range set.Words() {
		f := strings.Fields(set.Kind(w))
		n, _ := strconv.Atoi(f[0])
		out = append(out, czechEnding{minLen: n, end: w, palatal: len(f) > 1 && f[1] == "palatal"})
	}
	// Longest ending first: a word ends on one ending of each length.
	slices.SortStableFunc(out, func(a, b czechEnding) int {
		return cmp.Compare(utf8.RuneCountInString(b.end), utf8.RuneCountInString(a.end))
	})
	return out
})

type czechEnding struct {
	minLen  int
	end     string
	palatal bool
}

// czechCase removes a word's case ending.
func czechCase(r []rune) []rune {
	for _, e := range czechEndings() {
		if len(r) < e.minLen || !runeSuffix(r, e.end) {
			continue
		}
		n := len([]rune(e.end))
		if e.palatal {
			// The ending's first letter stays for czechPalatalise.
			return czechPalatalise(r[:len(r)-n+1])
		}
		return r[:len(r)-n]
	}
	return r
}

// czechPossessive removes the possessive endings of names ("Novákův",
// "Janin") from a word of more than five letters.
func czechPossessive(r []rune) []rune {
	if len(r) <= 5 {
		return r
	}
	for _, s := range []string{"ov", "in", "ův"} {
		if runeSuffix(r, s) {
			return r[:len(r)-2]
		}
	}
	return r
}

// czechPalatalise restores the hard consonant before a palatal ending's
// first letter (ci, ce, či, če → k; zi, ze, ži, že → h; čte, čti, čtí → ck;
// šte, šti, ští → sk), else drops that letter.
func czechPalatalise(r []rune) []rune {
	n := len(r)
	switch {
	case runeSuffix(r, "ci"), runeSuffix(r, "ce"), runeSuffix(r, "či"), runeSuffix(r, "če"):
		return append(r[:n-2], 'k')
	case runeSuffix(r, "zi"), runeSuffix(r, "ze"), runeSuffix(r, "ži"), runeSuffix(r, "že"):
		return append(r[:n-2], 'h')
	case runeSuffix(r, "čte"), runeSuffix(r, "čti"), runeSuffix(r, "čtí"):
		return append(r[:n-3], 'c', 'k')
	case runeSuffix(r, "šte"), runeSuffix(r, "šti"), runeSuffix(r, "ští"):
		return append(r[:n-3], 's', 'k')
	}
	return r[:n-1]
}

// runeSuffix reports whether the letters r end with s.
func runeSuffix(r []rune, s string) bool {
	k := len([]rune(s))
	return len(r) >= k && strings.HasSuffix(string(r[len(r)-k:]), s)
}
