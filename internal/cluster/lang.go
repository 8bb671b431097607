package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/french"

	"github.com/crosscheck/crosscheck/internal/text"
)

// prefixRunes is the length to which words of a language without a stemmer
// here are cut: truncation to a word's first few letters is a
// language-independent stand-in for stemming that does about as well as
// a rule stemmer for retrieval in inflected European languages (McNamee
// and Mayfield 2009, "Character N-Gram Tokenization for European Language
// Text Retrieval": prefixes of 4-5 characters), and it folds the case
// endings of Czech and Greek and the suffixes of Arabic, Hebrew and Hindi.
const prefixRunes = 5

// wordStem returns the form under which a word of a text in language lang
// is counted, and whether it is a stop word of that language. English
// words keep the text stage's Snowball stem and stop list; French ones get
// Snowball's French stemmer and stop list; words of other languages are
// cut to their first prefixRunes letters, and their function words are
// left to IDF within the language (corpus-derived stop words measured no
// better: docs/clustering.md).
func wordStem(lang, lower string, tk *text.Token) (stem string, stop bool) {
	switch lang {
	case "en", "":
		return tk.Stem, tk.Stop
	case "fr":
		lower = elision(lower)
		if french.IsStopWord(lower) {
			return "", true
		}
		return french.Stem(lower, true), false
	}
	n := 0
	for i := range lower {
		if n == prefixRunes {
			return lower[:i], false
		}
		n++
	}
	return lower, false
}

// elision drops a French elided article or pronoun (l', d', qu', j' ...):
// "l'ambassade" is "ambassade".
func elision(w string) string {
	for _, sep := range []string{"'", "’"} {
		if i := strings.Index(w, sep); i > 0 && i <= 3 {
			switch w[:i] {
			case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu":
				return w[i+len(sep):]
			}
		}
	}
	return w
}

// joinMarks glues back words that the text stage split at a spacing
// combining mark (Unicode Mc: the vowel signs of Devanagari and other
// Indic scripts are parts of words but not letters), so that a Hindi word
// is one token and not a run of consonant fragments: a run of touching
// word and mark tokens that holds a mark becomes one word. Other tokens
// are left as they are. toks is not modified.
func joinMarks(toks []text.Token) []text.Token {
	var out []text.Token
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if tk.Kind != text.Word && !isMarkTok(tk) {
			out = append(out, tk)
			continue
		}
		j, marks := i, isMarkTok(tk)
		for j+1 < len(toks) && toks[j+1].Start == toks[j].End && (toks[j+1].Kind == text.Word || isMarkTok(toks[j+1])) {
			j++
			marks = marks || isMarkTok(toks[j])
		}
		if !marks || j == i {
			out = append(out, toks[i:j+1]...)
			i = j
			continue
		}
		var b strings.Builder
		for _, x := range toks[i : j+1] {
			b.WriteString(x.Text)
		}
		w := b.String()
		r, _ := utf8.DecodeRuneInString(w)
		lower := strings.ToLower(w)
		out = append(out, text.Token{Start: tk.Start, End: toks[j].End, Text: w, Lower: lower, Stem: lower, Kind: text.Word, Cap: unicode.IsUpper(r)})
		i = j
	}
	return out
}

// hasMarks reports whether any token is a combining mark split off a word.
func hasMarks(toks []text.Token) bool {
	for _, tk := range toks {
		if isMarkTok(tk) {
			return true
		}
	}
	return false
}

func isMarkTok(tk text.Token) bool {
	if tk.Kind != text.Punct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tk.Text)
	return unicode.IsMark(r)
}

// hasTimeTagger reports whether the time tagger (internal/timex) reads
// dates in a language's text: English, and a text whose language could not
// be told (it may be English; the tagger is tried on every text).
func hasTimeTagger(lang string) bool { return lang == "en" || lang == "" }
