// Package textfile reads a plain-text report: it normalises the text into
// paragraphs and finds what the layout of a report says about it, namely a
// headline on the first line, a byline, and a dateline that dates it.
package textfile

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Doc is a plain-text report split into its parts.
type Doc struct {
	Title      string    // the headline line, when the first line is one
	Author     string    // from a "By ..." line near the top
	Published  time.Time // from a dateline such as "Saturday, January 8, 2005": the date only, at 00:00 UTC
	Paragraphs []string  // the body, without the headline, byline and dateline
}

// Text is the body as an Article's text: paragraphs joined by a blank line.
func (d Doc) Text() string { return Join(d.Paragraphs) }

// Join joins paragraphs as an Article's text wants them, after splitting
// the paragraphs that a page lost the breaks of (Unglue).
func Join(paras []string) string {
	var out []string
	for _, p := range paras {
		out = append(out, Unglue(p)...)
	}
	return strings.Join(out, "\n\n")
}

// Parse reads a whole text report. With headline false the first line is
// always body (the title is known from elsewhere); with it true a first line
// shaped like a headline becomes Title.
func Parse(s string, headline bool) Doc {
	paras := Paragraphs(s)
	var d Doc
	if headline && len(paras) > 1 && (IsHeadline(paras[0]) || headlineOverDate(paras[0], paras[1])) {
		d.Title = paras[0]
		paras = paras[1:]
	}
	// The byline and the dateline sit in the first few paragraphs; an image
	// caption may come before them, as in some WikiNews pages.
	for i := 0; i < len(paras) && i < 3; i++ {
		if d.Author == "" {
			if a, ok := byline(paras[i]); ok && len(paras) > 1 {
				d.Author = a
				paras = append(paras[:i:i], paras[i+1:]...)
				i--
				continue
			}
		}
		if d.Published.IsZero() {
			if t, rest, ok := Dateline(paras[i]); ok {
				d.Published = t
				if rest == "" {
					if len(paras) > 1 {
						paras = append(paras[:i:i], paras[i+1:]...)
						i--
					}
				} else {
					paras[i] = rest
				}
			}
		}
	}
	d.Paragraphs = paras
	return d
}

// Paragraphs normalises text (line endings, byte-order mark, Unicode NFC,
// runs of spaces, control characters) and splits it into paragraphs: every
// non-empty line is one, as news text puts one paragraph on a line whether
// or not blank lines separate them. Text hard-wrapped at a fixed width is
// the exception: its lines are joined back within each blank-line block.
func Paragraphs(s string) []string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = cleanLine(l)
	}
	wrapped := hardWrapped(lines)
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		if l == "" {
			flush()
			continue
		}
		if !wrapped {
			paras = append(paras, l)
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return paras
}

// cleanLine trims a line, turns tabs and other spacing into single spaces
// and drops control and zero-width characters. It allocates only when the
// line needs it, which is the common case never.
func cleanLine(l string) string {
	l = strings.TrimSpace(l)
	clean := true
	prevSpace := false
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c < 0x20 || c == 0x7F || c >= 0x80 || (c == ' ' && prevSpace) {
			clean = false
			break
		}
		prevSpace = c == ' '
	}
	if clean {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	prevSpace = false
	for _, r := range l {
		switch {
		case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\uFEFF' || r == '\u00AD':
			continue
		case unicode.IsSpace(r):
			if !prevSpace {
				b.WriteByte(' ')
			}
			prevSpace = true
			continue
		case unicode.IsControl(r):
			continue
		}
		prevSpace = false
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// hardWrapped says whether the text was wrapped at a fixed width: blank
// lines separate blocks of several lines, no line is long, and most lines
// inside a block stop without ending a sentence.
func hardWrapped(lines []string) bool {
	var inner, open, blank, maxLen int
	for i, l := range lines {
		if l == "" {
			blank++
			continue
		}
		if n := utf8.RuneCountInString(l); n > maxLen {
			maxLen = n
		}
		if i+1 < len(lines) && lines[i+1] != "" {
			inner++
			if !endsSentence(l) {
				open++
			}
		}
	}
	return blank > 0 && maxLen <= 100 && inner >= 3 && open*2 >= inner
}

func endsSentence(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:\"'”’)»", r)
}

var (
	// A dateline at the head of a story: "SEOUL -", "WASHINGTON (AP) —".
	placeDateline = lazyre.New(`^[A-Z][A-Z.'’ -]+(?:,[^-–—(]{1,30})?(?:\([^)]{1,30}\))?\s*[-–—]`)
	abbrevEnd     = lazyre.New(`(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|No|vs)\.)$`)
	innerStop     = lazyre.New(`(?:[a-z]{3,}|[0-9)”"’])[.!?]["”’]?\s+["“‘]?[A-Z]`)
)

// IsHeadline says whether a line is shaped like a headline: short, not
// ending a sentence with a period or a comma, colon or dash, holding no
// sentence break, and not opening with a dateline.
func IsHeadline(l string) bool {
	words := len(strings.Fields(l))
	if words < 2 || words > 25 || utf8.RuneCountInString(l) > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	switch {
	case strings.ContainsRune(",;:-–—(", last):
		return false
	case last == '.' || strings.HasSuffix(l, ".\"") || strings.HasSuffix(l, ".”") || strings.HasSuffix(l, ".’"):
		if !abbrevEnd.MatchString(strings.TrimRight(l, "\"”’")) {
			return false
		}
	}
	if innerStop.MatchString(l) || placeDateline.MatchString(l) {
		return false
	}
	if _, rest, ok := Dateline(l); ok && rest == "" {
		return false
	}
	return true
}

// headlineOverDate says whether a first line that ends with a full stop
// is a headline all the same: one sentence otherwise shaped like a
// headline, set over a line that is only a date. Headlines in Arabic,
// Hebrew, Greek and Hindi are often written with a final "." or "।",
// and their date lines are in the language's own month names, which
// Dateline does not read: a short line holding a year tells them.
func headlineOverDate(l, next string) bool {
	head, ok := strings.CutSuffix(l, ".")
	if !ok {
		head, ok = strings.CutSuffix(l, "।")
	}
	if !ok || strings.HasSuffix(head, ".") || !IsHeadline(strings.TrimSpace(head)) {
		return false
	}
	return dateOnly(next)
}

// dateOnly says whether a line is a date and nothing else, in any
// language: at most 6 words, one of them a year of four digits (in any
// script's digits), and no sentence of text.
func dateOnly(l string) bool {
	f := strings.Fields(strings.TrimRight(l, "."))
	if len(f) == 0 || len(f) > 6 || utf8.RuneCountInString(l) > 60 {
		return false
	}
	run := 0
	for _, r := range l {
		if unicode.IsDigit(r) {
			run++
			if run == 4 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

var bylineRe = lazyre.New(`^(?:By|BY)\s+([A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|and|&|de|van|von|der|al|bin)){0,8}(?:\s*,\s*[A-Z][\p{L}.'’ -]*)?)$`)

// byline reads a "By Jane Doe" line.
func byline(p string) (string, bool) {
	// Tested before the expression, which most lines would fail on their
	// first bytes: compiling it (its Unicode classes repeated up to nine
	// times) was 2% of the CPU of a whole brief of the bundled example,
	// which has no byline.
	if len(p) > 100 || !strings.HasPrefix(p, "By") && !strings.HasPrefix(p, "BY") {
		return "", false
	}
	m := bylineRe.FindStringSubmatch(p)
	if m == nil {
		return "", false
	}
	return strings.TrimSpace(m[1]), true
}

var (
	months = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`
	wday   = `(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)`
	// "Saturday, January 8, 2005", "January 8, 2005", "8 January 2005", "2005-01-08".
	mdy = lazyre.New(`^` + wday + `?` + months + `\s+(\d{1,2}),?\s+(\d{4})`)
	dmy = lazyre.New(`^` + wday + `?(\d{1,2})\s+` + months + `,?\s+(\d{4})`)
	iso = lazyre.New(`^(\d{4})-(\d{2})-(\d{2})`)
	// A weekday opening proves a dateline even when body text follows.
	hasWday = lazyre.New(`^` + wday)
)

// Dateline reads a date that opens a paragraph. It returns the date (00:00
// UTC), the rest of the paragraph, and whether the paragraph opens with a
// dateline at all. A date followed by more text counts only when the
// paragraph opens with a weekday or the text after the date starts a new
// sentence (WikiNews glues "2005Through a telethon" together), so that a
// sentence such as "January 8, 2005 was..." is left alone.
func Dateline(p string) (time.Time, string, bool) {
	var y, mo, d string
	var n int
	if m := mdy.FindStringSubmatchIndex(p); m != nil {
		mo, d, y, n = p[m[2]:m[3]], p[m[4]:m[5]], p[m[6]:m[7]], m[1]
	} else if m := dmy.FindStringSubmatchIndex(p); m != nil {
		d, mo, y, n = p[m[2]:m[3]], p[m[4]:m[5]], p[m[6]:m[7]], m[1]
	} else if m := iso.FindStringSubmatchIndex(p); m != nil {
		y, mo, d, n = p[m[2]:m[3]], p[m[4]:m[5]], p[m[6]:m[7]], m[1]
	} else {
		return time.Time{}, "", false
	}
	t, ok := makeDate(y, mo, d)
	if !ok {
		return time.Time{}, "", false
	}
	rest := strings.TrimLeft(p[n:], " ,.-–—:|")
	if rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsDigit(r) {
			return time.Time{}, "", false // "2005 1234": not a whole year
		}
		if !hasWday.MatchString(p) && !unicode.IsUpper(r) {
			return time.Time{}, "", false
		}
	}
	return t, rest, true
}

func makeDate(y, mo, d string) (time.Time, bool) {
	year, day := atoi(y), atoi(d)
	var month time.Month
	if len(mo) <= 2 {
		month = time.Month(atoi(mo))
	} else {
		n, _ := english.IsMonth(strings.ToLower(mo[:3])) // "may" is a month name, the others abbreviations
		month = time.Month(n)
	}
	if year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false // "February 30"
	}
	return t, true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
