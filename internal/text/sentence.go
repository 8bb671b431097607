package text

import (
	"github.com/crosscheck/crosscheck/internal/text/english"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence's place in a text: text[Start:End], in paragraph Para.
type Span struct {
	Start, End int
	Para       int
}

// SplitSentences splits text into sentences. A line break always ends a
// sentence (paragraphs never share one). Inside a paragraph a sentence ends at
// '.', '!' or '?' (with any closing quotes and brackets after it) followed by
// space and a capital, digit or opening quote, except after an abbreviation or
// an initial, and except inside a short quotation that an attribution closes
// ("It is over. We won," he said.). Scripts without case (Arabic, Hebrew,
// Devanagari) have no capital to show a new sentence: any letter of theirs
// does. The danda and double danda of Devanagari (। ॥) and the Arabic
// question mark and full stop (؟ ۔) end a sentence whatever follows them.
// Surrounding space is trimmed.
func SplitSentences(text string) []Span {
	var out []Span
	para := 0
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if strings.TrimSpace(line) != "" {
			for _, sp := range splitLine(line) {
				out = append(out, Span{Start: start + sp.Start, End: start + sp.End, Para: para})
			}
			para++
		}
		start = end + 1
	}
	return out
}

func splitLine(line string) []Span {
	var out []Span
	begin := 0
	emit := func(end int) {
		s, e := trimSpan(line, begin, end)
		if e > s {
			out = append(out, Span{Start: s, End: e})
		}
		begin = end
	}
	quoteOpen := false
	for i := 0; i < len(line); {
		// Most bytes are ASCII that opens, closes and ends nothing: passed
		// over without the tests below, which say no to them.
		if c := line[i]; c < utf8.RuneSelf && !lineMarks[c] {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case isOpenQuote(line, i, r):
			quoteOpen = true
		case isCloseQuote(line, i, r):
			quoteOpen = false
		}
		if !isTerminal(r) && !ASCIIDanda(line, i) {
			i += size
			continue
		}
		// Take the run of terminal punctuation, then closing quotes and brackets.
		j := i + size
		for j < len(line) {
			r2, s2 := utf8.DecodeRuneInString(line[j:])
			if isTerminal(r2) {
				j += s2
				continue
			}
			if isClosing(r2) || (r2 == '"' || r2 == '\'') {
				if r2 == '"' || r2 == '”' || r2 == '\'' || r2 == '’' || r2 == '»' {
					quoteOpen = false
				}
				j += s2
				continue
			}
			break
		}
		if j >= len(line) {
			i = j
			break
		}
		next, ok := nextStart(line, j)
		if !ok || !(startsSentence(line, next) || alwaysEnds(r) || r == '|') || (r == '.' && isAbbreviationBefore(line[begin:i], line[next:])) ||
			(r == '.' && j == i+1 && next == j+1 && isSpacedDecimal(line[begin:i], line[next:])) {
			i = j
			continue
		}
		if quoteOpen && attributionAfterQuote(line[j:]) {
			i = j
			continue
		}
		credit := 0
		if k := creditAfter(line, next); k > 0 && proseBefore(line[begin:i]) {
			credit = k
		}
		emit(j)
		if credit > 0 {
			emit(credit)
			j = credit
		}
		i = j
	}
	emit(len(line))
	return framePieces(line, mergeLowercaseStarts(line, out))
}

// lineMarks are the ASCII bytes splitLine's loop must look at: those that
// isOpenQuote, isCloseQuote, isTerminal or ASCIIDanda may say yes to.
var lineMarks = [utf8.RuneSelf]bool{'"': true, '`': true, '\'': true, '.': true, '!': true, '?': true, '|': true}

// creditAfter reads a caption's credit right after a sentence's end,
// "... fatal shooting of Laylah Petersen. (Milwaukee Police Department)
// Paul Farr ...", "(Brett Coomer / Houston Chronicle)": a bracket that
// closes on the same line with no sentence's end of its own inside, and a
// sentence or the line's end after it. The credit is a piece of its own
// (align.PageFurniture knows it): pages run captions together, and it
// opened the next caption. It returns the offset after the bracket, or 0.
func creditAfter(line string, k int) int {
	if line[k] != '(' {
		return 0
	}
	end := strings.IndexByte(line[k:], ')')
	if end < 0 || end > maxCredit {
		return 0
	}
	end += k
	inner := strings.TrimSpace(line[k+1 : end])
	if inner == "" || strings.Contains(inner, "(") {
		return 0
	}
	// "(Published Thursday, Mar 14, 2013)": a page's date stamp, no
	// credit; a piece of its own dates the page, not the caption's event.
	if w, _, _ := strings.Cut(inner, " "); stampWords.Has(strings.ToLower(w)) {
		return 0
	}
	if last, _ := utf8.DecodeLastRuneInString(inner); isTerminal(last) {
		return 0
	}
	// A sentence after a space, or the line's end: "(Photo: ...)Buy Photo"
	// runs the page's button into the credit, no caption's end.
	if end+1 < len(line) {
		if next, ok := nextStart(line, end+1); !ok || !startsSentence(line, next) {
			return 0
		}
	}
	return end + 1
}

// proseBefore reports whether a sentence holds two lower-case words: a
// caption does, a dateline in capitals ("FORT WAYNE, Ind. (WANE) Fort
// Wayne police are ...") does not, and its outlet in brackets goes with
// the sentence after it, as datelines are read (Dateline).
func proseBefore(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// maxCredit is the longest credit creditAfter reads, in bytes: a
// photographer's name and an outlet's.
const maxCredit = 80

// nextStart returns the index of the first non-space rune after j, and
// whether there was any space at all (no space means no boundary: "4.5").
func nextStart(line string, j int) (int, bool) {
	k := j
	for k < len(line) {
		r, size := utf8.DecodeRuneInString(line[k:])
		if !unicode.IsSpace(r) {
			break
		}
		k += size
	}
	return k, k > j && k < len(line)
}

// ASCIIDanda reports whether the '|' at byte i of s is a danda typed as
// an ASCII bar: a space before it and a Devanagari word before that (five
// Hindi reports of MultiLing end their sentences "... जान गँवाई थी | चौथा
// बम ..."). After a word of another script a bar separates a page's title
// from its site ("News | Weather") and ends nothing.
func ASCIIDanda(s string, i int) bool {
	if i < 2 || i >= len(s) || s[i] != '|' || s[i-1] != ' ' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:i], " "))
	return unicode.Is(unicode.Devanagari, before)
}

// isTerminal reports whether r may end a sentence.
func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || alwaysEnds(r)
}

// alwaysEnds reports whether the terminal r ends a sentence whatever opens
// the next: the danda and double danda, and the Arabic question mark and full
// stop, are never an abbreviation's dot or a decimal point.
func alwaysEnds(r rune) bool {
	return r == '।' || r == '॥' || r == '؟' || r == '۔'
}

func startsSentence(line string, k int) bool {
	r, _ := utf8.DecodeRuneInString(line[k:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isQuoteRune(r) || r == '(' || r == '[' || r == '`' || caseless(r)
}

// caseless reports whether r is a letter of a script without case (Arabic,
// Hebrew, Devanagari, ...), where a sentence's first letter is no capital.
func caseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// attributionAfterQuote reports whether the quote open at this point closes
// soon and is followed by an attribution (", he said" or "said Kim"), in which
// case the quote's inner sentence breaks do not end the outer sentence.
func attributionAfterQuote(rest string) bool {
	limit := min(len(rest), 400)
	for k := 0; k < limit; {
		r, size := utf8.DecodeRuneInString(rest[k:])
		closing := isQuoteRune(r) && r != '\'' && r != '‘'
		if strings.HasPrefix(rest[k:], "''") {
			closing, size = true, 2
		}
		if closing {
			after := strings.TrimLeft(rest[k+size:], " ")
			if after == "" {
				return false
			}
			// A quotation that closes on a comma goes on into its
			// attribution, whoever it names: `... waters," Blair claimed`.
			if k > 0 && rest[k-1] == ',' {
				return true
			}
			a, _ := utf8.DecodeRuneInString(after)
			return unicode.IsLower(a) || strings.HasPrefix(after, "said") || strings.HasPrefix(after, "says")
		}
		k += size
	}
	return false
}

// sentenceStarters are capitalised words that, after an ambiguous dotted
// abbreviation such as "U.S." or "p.m.", show that a new sentence began.
var sentenceStarters = english.List("text/sentence-starters")

func isAbbreviationBefore(before, after string) bool {
	// The word before the dot.
	k := len(before) - 1
	for k >= 0 && before[k] == '.' {
		k--
	}
	e := k + 1
	letters := 0
	for k >= 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k+1])
		// Marks belong to the word: Devanagari's vowel signs ("डॉ.").
		if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '.') {
			break
		}
		if unicode.IsLetter(r) {
			letters++
		}
		k -= size
	}
	word := before[k+1 : e]
	if word == "" {
		return false
	}
	if lw := strings.ToLower(word); english.Abbreviations.Has(lw) {
		return !streetTypeEnds(lw, before[:k+1], after)
	}
	first, size := utf8.DecodeRuneInString(word)
	// An initial: "John F. Kennedy". In a script without case, a word of
	// one letter (with its marks) before a dot is an abbreviation too:
	// Arabic "د." (doctor), Hindi "डॉ.".
	if size == len(word) && unicode.IsUpper(first) || letters == 1 && caseless(first) {
		return true
	}
	// A dotted abbreviation (U.S., a.m.): a boundary only if a typical
	// sentence opener follows. Tokenised text spaces its letters ("11:
	// 30 p. m. Kimani Gray was standing", ECB+): the "m" of "p. m." is
	// the same abbreviation's last letter.
	if strings.Contains(word, ".") || spacedMeridiem(word, before[:k+1]) {
		nextWord := after
		if sp := strings.IndexAny(after, " ,;:"); sp > 0 {
			nextWord = after[:sp]
		}
		r, _ := utf8.DecodeRuneInString(nextWord)
		return !(unicode.IsUpper(r) && sentenceStarters.Has(strings.ToLower(nextWord)))
	}
	return false
}

// streetTypeEnds reports a sentence that ends on an abbreviated street
// type: "at 1917 Prospect Ave. Members of the club said". The type closes
// the street's name, so a capitalised word after it opens the next sentence,
// unless it is a direction of the address ("Ave. NW", "Rd. North") or the
// day or month the place is given with ("shot on Mermaid Ave. Sunday",
// "near Stirling Rd. Thursday and interviewed": GVA). "St." is not read
// so: it is also "Saint", which opens a name.
func streetTypeEnds(abbrev, before, after string) bool {
	if english.Abbreviations.Kind(abbrev) != "place" || !streetWords.Has(abbrev) {
		return false
	}
	next := after
	if sp := strings.IndexAny(after, " ,;:."); sp > 0 {
		next = after[:sp]
	}
	r, _ := utf8.DecodeRuneInString(next)
	lw := strings.ToLower(next)
	_, month := english.IsMonth(lw)
	// "on Utica Ave. and Ave. D": after a word in lower case the type opens
	// a street's name, and a lone letter after it is that name.
	if w := strings.Fields(before); len(w) > 0 {
		if p, _ := utf8.DecodeRuneInString(w[len(w)-1]); unicode.IsLower(p) {
			return false
		}
	}
	return unicode.IsUpper(r) && utf8.RuneCountInString(strings.TrimRight(next, ".")) > 1 && !streetWords.Has(lw) && !english.Weekdays.Has(lw) && !month
}

// isSpacedDecimal reports whether a dot between two numbers, one space
// after it, is a decimal point that a tokeniser spaced ("magnitude of at
// least 5. 8 struck", "$27. 5 million", "4. 30am": text rebuilt from tokens,
// as ECB+'s is) rather than the end of a sentence that ends on a number and a
// next one that opens on one ("on the morning of July 7, 2005. 52 people
// died", "on August 24. 204 countries took part", "on Sunday July 3.
// 7-year-old Blake ..."). A decimal's fraction has one or two digits; a year (four
// digits) or a day after a month name ends a sentence.
func isSpacedDecimal(before, after string) bool {
	k := len(before)
	for k > 0 && before[k-1] >= '0' && before[k-1] <= '9' {
		k--
	}
	whole := before[k:]
	if whole == "" || len(whole) == 4 {
		return false
	}
	n := 0
	for n < len(after) && after[n] >= '0' && after[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	prev := strings.TrimRight(before[:k], " ,")
	if w := strings.LastIndexAny(prev, " ("); w >= 0 {
		prev = prev[w+1:]
	}
	if _, ok := english.IsMonth(strings.ToLower(strings.TrimSuffix(prev, "."))); ok {
		return false
	}
	return true
}

// mergeLowercaseStarts joins a sentence that starts in lower case to the one
// before it: such a split was a false boundary ("$4.5 bn. in funding").
func mergeLowercaseStarts(line string, spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	out := spans[:1]
	for _, sp := range spans[1:] {
		r, _ := utf8.DecodeRuneInString(line[sp.Start:])
		if unicode.IsLower(r) {
			out[len(out)-1].End = sp.End
			continue
		}
		out = append(out, sp)
	}
	return out
}

func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, size := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsSpace(r) && r != utf8.RuneError {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case ')', ']', '}', '”', '’', '»':
		return true
	}
	return false
}

// isOpenQuote reports whether the quote mark at i opens a quotation: a curly
// opener, or a straight double quote at the start or after space or an
// opening bracket.
func isOpenQuote(s string, i int, r rune) bool {
	switch r {
	case '“', '«', '„':
		return true
	case '"':
		if i == 0 {
			return true
		}
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		return unicode.IsSpace(p) || p == '(' || p == '['
	case '`':
		return strings.HasPrefix(s[i:], "``")
	}
	return false
}

func isCloseQuote(s string, i int, r rune) bool {
	switch r {
	case '”', '»':
		return true
	case '"':
		return !isOpenQuote(s, i, r)
	case '\'':
		return strings.HasPrefix(s[i:], "''")
	}
	return false
}

// spacedMeridiem reports the "m" of "a. m." or "p. m." as tokenised text
// writes "a.m." and "p.m.", given the text before it.
func spacedMeridiem(word, before string) bool {
	if word != "m" && word != "M" {
		return false
	}
	b := strings.ToLower(before)
	for _, p := range []string{"a. ", "p. "} {
		if strings.HasSuffix(b, p) && (len(b) == len(p) || !unicode.IsLetter(rune(b[len(b)-len(p)-1]))) {
			return true
		}
	}
	return false
}

// Closed reports whether the text s ends as a sentence does: on a terminal
// (a full stop, question or exclamation mark, ellipsis, danda, the Arabic
// question mark or full stop), with only closing quotes, brackets and
// spaces after it. A report's date line ("Τρίτη 12 Ιουλίου 2005",
// "Saturday, January 1, 2005") or a heading ("Japan tops the U.S" printed
// without its dot) is a line of its own that ends on no terminal, in every
// language and script, and is no sentence of the report's text.
func Closed(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || isClosing(r) || isQuoteRune(r)
	})
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return isTerminal(r) || r == '|' && ASCIIDanda(t, len(t)-1)
}
