package text

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// galleryWords name the frames of a photo gallery or slide show.
var galleryWords = english.List("text/gallery-words")

// GalleryCounter reports whether toks[k] is a piece of a photo gallery's
// frame counter: a capitalised gallery word, the frame's number, "of" and
// the number of frames ("Image 12 of 33", "Photo 3 of 10", "Slide 2 of
// 8"), the total perhaps after a slash ("Image 1 of / 10": the Hearst
// newspapers print it so before the first caption). News pages print the
// counter before each caption and the page text glues it to the caption,
// which tells the story and stays a claim; the counter's numbers are the
// page's, no count and no date of the report.
func GalleryCounter(toks []Token, k int) bool {
	for i := max(k-4, 0); i <= k; i++ {
		if galleryCounterAt(toks, i) >= k {
			return true
		}
	}
	return false
}

// galleryCounterAt is the index of the last token of the gallery counter
// that starts at toks[i], or -1 when none starts there.
func galleryCounterAt(toks []Token, i int) int {
	at := func(j int) Token {
		if j < len(toks) {
			return toks[j]
		}
		return Token{}
	}
	w := at(i)
	if w.Kind != Word || !w.Cap || !galleryWords.Has(w.Lower) || at(i+1).Kind != Number || at(i+2).Lower != "of" {
		return -1
	}
	j := i + 3
	if at(j).Text == "/" {
		j++
	}
	if at(j).Kind != Number {
		return -1
	}
	return j
}

// counterForm is a gallery frame's counter as written: a capitalised word
// (a gallery word, checked apart), the frame's number, "of", perhaps a
// slash, the number of frames ("Image 6 of 12", "Image 1 of / 12").
const counterForm = `(\p{Lu}\p{Ll}+)\s+\d+\s+of\s+(?:/\s*)?\d+`

// frameCounter is a counter at the start of a paragraph or after a space,
// followed by a caption (a capital) or the paragraph's end.
var frameCounter = lazyre.New(`(?:^|\s)` + counterForm + `(?:\s+\p{Lu}|\s*$)`)

// mayHoldCounter is a quick test that a line may hold a counter: a digit,
// space, "of", space. SplitSentences asks it of every paragraph, and most
// hold none; the regular expression alone took half of a report's analysis.
func mayHoldCounter(line string) bool {
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	for k := 0; ; {
		i := strings.Index(line[k:], "of")
		if i < 0 {
			return false
		}
		i += k
		k = i + 2
		if i == 0 || k >= len(line) || !space(line[i-1]) || !space(line[k]) {
			continue
		}
		j := i - 1
		for j > 0 && space(line[j]) {
			j--
		}
		if '0' <= line[j] && line[j] <= '9' {
			return true
		}
	}
}

// framePieces cuts the frames of a photo gallery into their pieces. The
// Hearst newspapers print each frame as its counter, the caption, then
// the caption again, whole or cut short ("Image 6 of 12 A woman died ...
// (Metro Video) A woman died ... (Metro Video)", "... Photo: Brett Coomer,
// Houston Chronicle A law enforcement officer is taken to an ambulance,
// reportedly... Image 22 of 33 ..."), a paragraph a frame or every frame
// in one; the page text glues them into one line, often into one
// sentence, for no full stop ends a caption that closes on its credit.
// The counter becomes a sentence of its own, and so does the second
// print, which the rest of crosscheck then knows as a repeat
// (align.Furniture). The caption itself tells the story and stays a claim.
func framePieces(line string, spans []Span) []Span {
	cuts := slices.Concat(toggleCuts(line), stampCuts(line), slashCreditCuts(line))
	if !mayHoldCounter(line) {
		return cutSpans(line, spans, cuts)
	}
	ms := frameCounter.Regexp().FindAllStringSubmatchIndex(line, -1)
	for k, m := range ms {
		if !galleryWords.Has(strings.ToLower(line[m[2]:m[3]])) {
			continue
		}
		end := m[1]
		if end < len(line) { // the capital that opens the caption
			_, size := utf8.DecodeLastRuneInString(line[:end])
			end -= size
		}
		next := len(line)
		if k+1 < len(ms) {
			next = ms[k+1][0]
		}
		cuts = append(cuts, m[2], end)
		if again := secondPrint(line[:next], end); again > 0 {
			cuts = append(cuts, again)
		}
	}
	return cutSpans(line, spans, cuts)
}

// cutSpans cuts the sentences of line at each offset of cuts.
func cutSpans(line string, spans []Span, cuts []int) []Span {
	for _, c := range cuts {
		for i, sp := range spans {
			if sp.Start < c && c < sp.End {
				a, b := trimSpan(line, sp.Start, c)
				x, y := trimSpan(line, c, sp.End)
				spans = append(spans[:i], append([]Span{{Start: a, End: b}, {Start: x, End: y}}, spans[i+1:]...)...)
				break
			}
		}
	}
	return spans
}

// galleryToggles are the words of a caption's show-more and show-less
// switch that a page's text keeps between two captions.
var galleryToggles = english.List("text/gallery-toggles")

// toggleCuts returns where a gallery caption's switch stands alone between
// two captions, to be cut off as a piece of its own: "... prior to the
// March 31, 2013, shooting. less Cleanthony Jimerson, 29, pictured ...",
// "a stray bullet may be to ... more Photo: Cody Duty". The switch follows
// the end of a sentence or an ellipsis and comes before a capital; a
// sentence of prose never opens on it in lower case.
func toggleCuts(line string) []int {
	var cuts []int
	for k := 0; k < len(line); {
		i := strings.IndexByte(line[k:], ' ')
		if i < 0 {
			break
		}
		i += k
		k = i + 1
		j := strings.IndexByte(line[k:], ' ')
		if j <= 0 || i == 0 || k+j+1 >= len(line) {
			continue
		}
		word := line[k : k+j]
		before := line[:i]
		ends := strings.IndexByte(".!?\"", before[len(before)-1]) >= 0 || strings.HasSuffix(before, "”") || strings.HasSuffix(before, "…")
		if !ends || !galleryToggles.Has(word) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line[k+j+1:]); r < 'A' || r > 'Z' {
			continue
		}
		cuts = append(cuts, k, k+j)
	}
	return cuts
}

// stampWords are the words of a page's date stamp ("Posted", "Updated").
var stampWords = english.List("compare/stamp-words")

// stampCuts returns where a page's date stamp starts inside a line, to be
// cut off as a piece of its own: "Arrest made in club shooting that
// wounded 4 Posted: Sunday, February 22, 2015 10:04 AM EST Updated:
// Friday, February 27, 2015 10:13 AM EST" (the page text glues the stamps
// of a station's site to its headline). A stamp is a capitalised stamp
// word, a colon, and a weekday, a month or a figure; alone, the rest of
// crosscheck knows it as a time line, which dates the page, not an event.
func stampCuts(line string) []int {
	var cuts []int
	for k := 1; k < len(line); {
		i := strings.Index(line[k:], ": ")
		if i < 0 {
			break
		}
		i += k
		k = i + 2
		w := strings.LastIndexByte(line[:i], ' ') + 1
		if w == 0 || !stampAt(line, w, i) {
			continue
		}
		next, _, _ := strings.Cut(line[k:], " ")
		next = strings.ToLower(strings.TrimRight(next, ",."))
		if r, _ := utf8.DecodeRuneInString(next); !english.Weekdays.Has(next) && !english.WeekdayAbbreviations.Has(next) && !english.Months.Has(next) && !english.MonthAbbreviations.Has(next) && (r < '0' || r > '9') {
			continue
		}
		cuts = append(cuts, w)
	}
	return cuts
}

// stampAt reports a capitalised stamp word at line[w:i].
func stampAt(line string, w, i int) bool {
	return w < i && line[w] >= 'A' && line[w] <= 'Z' && stampWords.Has(strings.ToLower(line[w:i]))
}

// secondPrint is where the caption that starts at line[c:] starts again,
// or -1. The caption's opening words, at least six of them and forty
// bytes, must come back whole.
func secondPrint(line string, c int) int {
	words, end := 0, c
	for end < len(line) && (words < 6 || end-c < 40) {
		sp := strings.IndexByte(line[end:], ' ')
		if sp < 0 {
			return -1
		}
		end += sp + 1
		words++
	}
	k := strings.Index(line[end:], line[c:end])
	if k < 0 {
		return -1
	}
	return end + k
}

// counterAtEnd is a gallery frame's counter that ends a text.
var counterAtEnd = lazyre.New(counterForm + `\s*$`)

// CounterBefore reports whether text[:at] ends with a gallery frame's
// counter ("... Image 1 of / 12"): what follows is a caption, or the
// gallery's own controls ("Caption Close"), which SplitSentences makes a
// sentence of their own.
func CounterBefore(text string, at int) bool {
	m := counterAtEnd.FindStringSubmatch(text[max(at-40, 0):at])
	return m != nil && galleryWords.Has(strings.ToLower(m[1]))
}
