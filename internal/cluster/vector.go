package cluster

import (
	"math"

	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/crosscheck/crosscheck/internal/text"
)

// term is a feature of a text: a hashed stem, entity or name phrase.
type term = uint64

// weighted is one term of a sparse vector.
type weighted struct {
	t term
	w float64
}

// Feature kinds, hashed into the term so a word and a name with the same
// spelling stay apart.
const (
	kindWord   = 'w'
	kindEntity = 'e'
	kindPhrase = 'p'
	kindNumber = 'n'
)

func hashTerm(kind byte, s string) term {
	var d xxhash.Digest
	d.Reset()
	d.Write([]byte{kind, ':'})
	d.WriteString(s)
	return d.Sum64()
}

// termCounts returns the informative terms of a text with their counts:
// stems of content words (no stop words, no numbers, at least three letters),
// capitalised words that are not sentence-initial (names, as a cheap entity
// recogniser that works on any input), and runs of such words as phrases
// ("lindsay lohan"), which tell apart two similar events with different
// people. The headline counts like text.
func termCounts(d *text.Doc) (words, ents map[term]int) {
	words = map[term]int{}
	ents = map[term]int{}
	lang := d.Language
	addTokens := func(toks []text.Token) {
		var run []string
		flush := func() {
			if len(run) >= 2 {
				ents[hashTerm(kindPhrase, strings.Join(run, " "))]++
			}
			run = run[:0]
		}
		for i := range toks {
			tk := &toks[i]
			if tk.Kind == text.Number && len(tk.Lower) >= 2 {
				// Years, tolls, magnitudes and scores tell apart two
				// similar events (two earthquakes, two seasons).
				ents[hashTerm(kindNumber, tk.Lower)]++
			}
			if tk.Kind != text.Word {
				flush()
				continue
			}
			stem, stop := wordStem(lang, tk.Lower, tk)
			if tk.Cap && i > 0 && !stop && len(tk.Lower) > 1 {
				ents[hashTerm(kindEntity, tk.Lower)]++
				run = append(run, tk.Lower)
			} else {
				flush()
			}
			if stop || len(stem) < 3 || lang != "en" && utf8.RuneCountInString(stem) < 3 {
				continue
			}
			words[hashTerm(kindWord, stem)]++
		}
		flush()
	}
	if t := d.Article.Title; t != "" {
		addTokens(text.Tokenize(t, 0))
	}
	for i := range d.Sentences {
		addTokens(d.SentenceTokens(i))
	}
	return words, ents
}

// vectorize weighs term counts by sublinear TF times IDF, boosts entities,
// keeps the maxTerms heaviest terms and normalises to unit length.
func vectorize(words, ents map[term]int, idf func(term) float64, entityWeight float64, maxTerms int) []weighted {
	v := make([]weighted, 0, len(words)+len(ents))
	for t, n := range words {
		v = append(v, weighted{t, (1 + math.Log(float64(n))) * idf(t)})
	}
	for t, n := range ents {
		v = append(v, weighted{t, entityWeight * (1 + math.Log(float64(n))) * idf(t)})
	}
	sort.Slice(v, func(i, j int) bool {
		if v[i].w != v[j].w {
			return v[i].w > v[j].w
		}
		return v[i].t < v[j].t
	})
	if len(v) > maxTerms {
		v = v[:maxTerms]
	}
	var norm float64
	for _, x := range v {
		norm += x.w * x.w
	}
	if norm > 0 {
		norm = 1 / math.Sqrt(norm)
		for i := range v {
			v[i].w *= norm
		}
	}
	return v
}
