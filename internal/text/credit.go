package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// creditEnds end the name of the agency in a photo credit: the words that
// end newspapers' names, and those of agencies and studios ("Images",
// "Productions").
var (
	outletEnds      = english.List("entity/outlet-words")
	creditEnds      = english.List("text/credit-ends")
	galleryControls = english.List("text/gallery-controls")
)

// maxCreditWords is the most words of a photographer's name, and of the
// agency's after the slash, that a slash credit reads.
const maxCreditWords = 4

// slashCreditCuts returns where photo credits written with a slash start
// and end inside a line, to be cut off as pieces of their own: "Jeff
// Bachner/for New York Daily News The drive-by shooting on Dwight St. ...",
// "Enlarge Kevin C. Downs/for New York Daily News Elijah Wells is among
// ...", "Gary Marks/GM Video Productions A 4-year-old is taken to the
// hospital". Pages print the credit before the caption and glue the two;
// the credit then opens the caption as if the photographer and the paper
// were its subject. A credit opens the line, follows a sentence's end or a
// gallery's button, and the caption after it opens with a capital. The
// Daily News also writes it with "for" alone ("Kendall Rodriguez for New
// York Daily News Police investigate ..."), then the paper's name must end
// on a newspaper's word.
func slashCreditCuts(line string) []int {
	var cuts []int
	for k := 0; k < len(line); {
		i, byFor := nextCreditMark(line, k)
		if i < 0 {
			break
		}
		k = i + 1
		start, end, ok := photoCredit(line, i, byFor)
		if !ok {
			continue
		}
		if start > 0 {
			cuts = append(cuts, start)
		}
		if end < len(line) {
			cuts = append(cuts, end)
		}
		k = end
	}
	return cuts
}

// nextCreditMark returns the next slash, or " for ", from line[k:], and
// which of the two it is; -1 when there is none.
func nextCreditMark(line string, k int) (int, bool) {
	i := strings.IndexByte(line[k:], '/')
	f := strings.Index(line[k:], " for ")
	switch {
	case f >= 0 && (i < 0 || f < i):
		return k + f, true
	case i >= 0:
		return k + i, false
	}
	return -1, false
}

// SlashCredit reports a piece that is a photo credit written with a slash,
// or with "for", and nothing else ("Jeff Bachner/for New York Daily
// News").
func SlashCredit(s string) bool {
	s = strings.TrimSpace(s)
	for k := 0; k < len(s); {
		i, byFor := nextCreditMark(s, k)
		if i < 0 {
			return false
		}
		if start, end, ok := photoCredit(s, i, byFor); ok {
			return start == 0 && end == len(s)
		}
		k = i + 1
	}
	return false
}

// photoCredit reads the credit around the mark at line[i], a slash or the
// space before "for" (byFor): the photographer's capitalised name before
// it, the agency after it, up to a word that ends an agency's name or an
// agency's call letters in capitals; after "for" alone, up to a word that
// ends a newspaper's name.
func photoCredit(line string, i int, byFor bool) (start, end int, ok bool) {
	start, ok = nameBefore(strings.TrimRight(line[:i], " "))
	if !ok || !creditMayOpen(line, start) {
		return 0, 0, false
	}
	j := i + 1
	if byFor {
		j = i + len(" for ")
	}
	for j < len(line) && line[j] == ' ' {
		j++
	}
	if !byFor && (strings.HasPrefix(line[j:], "for ") || strings.HasPrefix(line[j:], "For ")) {
		j += 4
	}
	// The agency's name ends on the last word within reach that ends
	// such names ("GM Video Productions"), or is call letters alone
	// ("Name/KTVB").
	first := wordAt(line, j)
	last := 0
	for n, p := 0, j; n < maxCreditWords && p < len(line); n++ {
		w := wordAt(line, p)
		if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) {
			break
		}
		e := p + len(w)
		if l := strings.ToLower(w); (outletEnds.Has(l) || !byFor && creditEnds.Has(l)) && captionAfter(line, e) {
			last = e
		}
		p = e + 1
	}
	if last > 0 {
		return start, last, true
	}
	if !byFor && callLetters(first) && captionAfter(line, j+len(first)) {
		return start, j + len(first), true
	}
	return 0, 0, false
}

// captionAfter reports the line's end at e, or a space and a capital or a
// figure: the caption after a credit.
func captionAfter(line string, e int) bool {
	if e == len(line) {
		return true
	}
	if line[e] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line[e+1:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// nameBefore returns where the capitalised name that ends line[:end]
// starts: one to maxCreditWords words, each opening with a capital or an
// initial ("Kevin C. Downs").
func nameBefore(before string) (int, bool) {
	start, pos, words := len(before), len(before), 0
	for words < maxCreditWords {
		sp := strings.LastIndexByte(before[:pos], ' ')
		w := before[sp+1 : pos]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || !nameWord(w) {
			break
		}
		words, start = words+1, sp+1
		// The line's start, a gallery's button or a sentence's end
		// before the name ends it.
		if sp < 0 {
			break
		}
		if prev := lastWord(before[:sp]); galleryControls.Has(strings.ToLower(prev)) || endsSentence(prev) {
			break
		}
		pos = sp
	}
	return start, words >= 2
}

// creditMayOpen reports whether a credit may start at line[start:]: at the
// line's start, after a sentence's end or after a gallery's button.
func creditMayOpen(line string, start int) bool {
	if start == 0 {
		return true
	}
	prev := lastWord(strings.TrimRight(line[:start], " "))
	return galleryControls.Has(strings.ToLower(prev)) || endsSentence(prev)
}

// nameWord reports a word of a person's name: letters, an inner hyphen
// or apostrophe, or an initial's full stop.
func nameWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return true
}

// callLetters reports a word in capitals and figures, of two runes or
// more, as broadcasters' call letters and agencies' initials are written
// ("KTVB", "WDBJ7", "AP").
func callLetters(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// wordAt is the word at line[j:], up to a space.
func wordAt(line string, j int) string {
	w, _, _ := strings.Cut(line[j:], " ")
	return w
}

// lastWord is the last word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// endsSentence reports a word that closes a sentence: a full stop,
// question or exclamation mark, perhaps inside a closing quote.
func endsSentence(w string) bool {
	w = strings.TrimRight(w, `"'”’)`)
	if r, size := utf8.DecodeRuneInString(w); size+1 == len(w) && unicode.IsUpper(r) {
		return false // an initial: "Kevin C. Downs"
	}
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
}
