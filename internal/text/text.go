// Package text turns an article's text into sentences and tokens that keep
// their byte offsets, so every later finding can point back at the exact bytes
// it came from. Its functions are small, pure and safe on any input.
package text

import (
	"github.com/crosscheck/crosscheck/internal/text/english"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	snowball "github.com/kljensen/snowball/english"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Sentence is one sentence of an article: Text is Article.Text[Start:End],
// Para the index of its paragraph, and Tokens[TokStart:TokEnd] its tokens in
// the Doc.
type Sentence struct {
	Start, End       int
	Para             int
	Text             string
	TokStart, TokEnd int
}

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is one word, number or punctuation mark with its offsets.
type Token struct {
	Start, End int
	Text       string // as written
	Lower      string // lower-cased, quotes folded
	Stem       string // Snowball English stem of Lower ("" for punctuation)
	Kind       TokenKind
	Stop       bool // an English stop word
	Cap        bool // starts with an upper-case letter
}

// Initials reports a word of two or three capital letters, as initials
// are written when a person goes by them ("JD", "TJ", "AJ").
func Initials(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// Doc is an article with its sentences and tokens.
type Doc struct {
	Article   *news.Article
	Sentences []Sentence
	Tokens    []Token
	Language  string // ISO 639-1, "" when undetermined

	// annotation is shared by the copies of a Doc (pipeline swaps the
	// article of a cached analysis), which are of the same text.
	annotation *annotationCell
	// otherNews is shared the same way: the paragraphs of other stories'
	// news on the report's page (OtherNewsParagraphs).
	otherNews *otherNewsCell
	// marks are answers about single sentences kept by Marked, shared
	// the same way.
	marks *markCell
	// memos are values of stages above text kept by Memo, shared the
	// same way.
	memos *memoCell
}

// English reports whether the document is in English, or in no language
// that detection could tell: the one test of every stage that reads a
// report with English rules (the lexicon, the stems, the Annotation's
// tagger), which skip the others, since reading a translation with them
// finds nothing but noise.
func (d *Doc) English() bool { return d.Language == "" || d.Language == "en" }

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.TokStart:s.TokEnd]
}

// SentencesIn returns the sentences that overlap the byte span [start, end)
// of the text, in order: those a piece of evidence lies in.
func (d *Doc) SentencesIn(start, end int) []int {
	var out []int
	for i, s := range d.Sentences {
		if s.Start < end && s.End > start {
			out = append(out, i)
		}
	}
	return out
}

// Analyze splits an article into sentences and tokens. It detects the
// language when the article does not give one, and writes it back to the
// article so later stages and the brief agree.
func Analyze(a *news.Article) *Doc {
	d := &Doc{Article: a, Language: a.Language, annotation: &annotationCell{}, otherNews: &otherNewsCell{}, marks: &markCell{}, memos: &memoCell{}}
	// News text runs about 5.2 bytes a token (500 MultiLing and PolNeAR
	// reports): room for them up front, instead of growing the slice of
	// 88-byte tokens some ten times.
	d.Tokens = make([]Token, 0, len(a.Text)/5+8)
	for _, sp := range SplitSentences(a.Text) {
		s := Sentence{Start: sp.Start, End: sp.End, Para: sp.Para, Text: a.Text[sp.Start:sp.End]}
		s.TokStart = len(d.Tokens)
		d.Tokens = appendTokens(d.Tokens, s.Text, s.Start)
		s.TokEnd = len(d.Tokens)
		d.Sentences = append(d.Sentences, s)
	}
	if d.Language == "" {
		// The tokens are at hand: the cheap English test needs no second pass.
		switch {
		case isEnglish(d.Tokens):
			d.Language = "en"
		case len(a.Text) >= 20:
			d.Language = detectTrigrams(a.Text)
		}
		a.Language = d.Language
	}
	return d
}

// Tokenize splits s into tokens whose offsets are relative to s plus base.
func Tokenize(s string, base int) []Token {
	return appendTokens(nil, s, base)
}

func appendTokens(dst []Token, s string, base int) []Token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1:
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(s, i)
			dst = append(dst, makeToken(s[i:j], base+i))
			i = j
		default:
			dst = append(dst, Token{Start: base + i, End: base + i + size, Text: s[i : i+size], Lower: FoldQuotes(s[i : i+size]), Kind: Punct})
			i += size
		}
	}
	return dst
}

// wordEnd finds the end of the word starting at i. A word keeps inner
// apostrophes (don't), hyphens (five-hour), and dots or commas between digits
// (4.5, 1,000) and in dotted abbreviations (U.S.).
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		// Marks (Unicode M) belong to the word: the vowel signs of Devanagari
		// and other Indic scripts are spacing marks (Mc), not letters.
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j += size
			continue
		}
		if j+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			switch r {
			case '\'', '’':
				if unicode.IsLetter(prev) && unicode.IsLetter(next) {
					j += size
					continue
				}
			case '-', '‑':
				if (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
					j += size
					continue
				}
			case '.', ',':
				if unicode.IsDigit(prev) && unicode.IsDigit(next) {
					j += size
					continue
				}
				// Dotted abbreviation: a single letter, a dot, a single letter.
				if r == '.' && unicode.IsLetter(prev) && unicode.IsUpper(next) && singleLetterBefore(s[:j]) {
					j += size
					continue
				}
			}
		}
		// A trailing dot of a dotted abbreviation (U.S.) belongs to it.
		if r == '.' && strings.Count(s[i:j], ".") > 0 && singleLetterBefore(s[:j]) {
			j += size
			// "U.S.-backed" goes on as one word.
			if strings.HasPrefix(s[j:], "-") && j+1 < len(s) {
				if n, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(n) {
					j++
					continue
				}
			}
		}
		break
	}
	return j
}

func singleLetterBefore(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
	return len(s) == size || !unicode.IsLetter(p)
}

func makeToken(w string, start int) Token {
	t := Token{Start: start, End: start + len(w), Text: w, Lower: FoldQuotes(strings.ToLower(w))}
	r, _ := utf8.DecodeRuneInString(w)
	t.Cap = unicode.IsUpper(r)
	if unicode.IsDigit(r) {
		t.Kind = Number
		t.Stem = t.Lower
		return t
	}
	t.Kind = Word
	t.Stop = IsStop(t.Lower)
	t.Stem = Stem(t.Lower)
	return t
}

// Stem returns the Snowball English stem of a lower-case word. Possessives
// are dropped first, so "Russia's" and "Russia" share a stem.
func Stem(lower string) string {
	lower = strings.TrimSuffix(strings.TrimSuffix(lower, "'s"), "’s")
	if !isASCIIWord(lower) {
		return lower
	}
	if s, ok := stems.get(lower); ok {
		return s
	}
	// copied, so that the cache holds no text the word is cut from alive
	lower = strings.Clone(lower)
	s := strings.Clone(snowball.Stem(lower, true))
	stems.put(lower, s)
	return s
}

// stems caches stems: news vocabulary repeats, and Snowball costs about a
// microsecond a word. The cache stops growing at a bound, so a stream of
// odd words cannot grow it without limit.
var stems stemCache

type stemCache struct {
	mu sync.RWMutex
	m  map[string]string
}

const maxCachedStems = 200_000

func (c *stemCache) get(w string) (string, bool) {
	c.mu.RLock()
	s, ok := c.m[w]
	c.mu.RUnlock()
	return s, ok
}

func (c *stemCache) put(w, s string) {
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[string]string)
	}
	if len(c.m) < maxCachedStems {
		c.m[w] = s
	}
	c.mu.Unlock()
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return s != ""
}

// IsStop reports whether a lower-case word is an English stop word.
func IsStop(lower string) bool {
	return snowball.IsStopWord(lower) || extraStop.Has(lower)
}

// extraStop adds words that carry no content in news prose but are missing
// from Snowball's list.
var extraStop = english.List("text/extra-stop-words")

// FoldQuotes replaces curly quotes, primes and doubled backticks with plain
// ASCII quotes, so comparisons do not depend on typography.
func FoldQuotes(s string) string {
	if isASCIIWord(s) && !strings.Contains(s, "``") {
		return s
	}
	// What quoteFolder.Replace gives, in one pass: no old string of it
	// is a prefix of another, so at most one matches at a place, and
	// the scan goes left to right as the Replacer's does.
	var b []byte
	last := 0 // s[last:i] is copied as it is
	for i := 0; i < len(s); {
		c := s[i]
		n, to := 0, byte(0)
		switch {
		case (c == '`' || c == '\'') && i+1 < len(s) && s[i+1] == c:
			n, to = 2, '"'
		case c >= utf8.RuneSelf:
			r, w := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '“', '”', '„', '«', '»', '″':
				n, to = w, '"'
			case '‘', '’', '‚', '′':
				n, to = w, '\''
			}
			if n == 0 {
				i += w
				continue
			}
		}
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(append(b, s[last:i]...), to)
		i += n
		last = i
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

var quoteFolder = strings.NewReplacer(
	"``", `"`, "''", `"`, "“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`,
	"‘", "'", "’", "'", "‚", "'", "′", "'", "″", `"`,
)

// Words counts the words in s, as a reader would. A mark goes on the word it
// follows: Devanagari's vowel signs are marks, and "किया" is one word, not two.
//
// An ASCII byte is read from a table: no ASCII character is a mark, and
// the unicode package's IsMark has no fast path for ASCII (a binary
// search of the Mark table after every word). Summary selection, the
// comparison and the brief's sources ask it of every sentence and text.
func Words(s string) int { return WordsUpTo(s, len(s)) }

// WordsUpTo is Words counted no further than max+1: Words(s) when that is
// at most max, max+1 otherwise. A test of a short line ("at most 12
// words") reads only as far as its answer, not the whole text.
func WordsUpTo(s string, max int) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			w := asciiAlnum[c]
			if w && !in {
				if n++; n > max {
					return n
				}
			}
			in = w || (in && (c == '\'' || c == '-'))
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || in && unicode.IsMark(r)
		if w && !in {
			if n++; n > max {
				return n
			}
		}
		in = w || (in && r == '’')
	}
	return n
}

// BudgetWords is what a sentence costs against a budget in words: the
// larger of Words (a reader's count, which reads "8.8" or "U.S." as two
// words) and the space-separated fields (MultiLing's count, which reads a
// spaced dash or an Arabic comma as one). A text within a budget by this
// count is within it by both, so the summary and any reference held to the
// same budget (the leads of `eval rouge` and `eval citations`) count alike.
func BudgetWords(s string) int {
	// strings.Fields without its slice: same notion of space. An ASCII
	// byte is tested in line (unicode.IsSpace's ASCII spaces are the
	// space and tab to carriage return), not decoded and passed to
	// unicode.IsSpace: summary selection asks this of every sentence.
	fields, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			i++
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			space = unicode.IsSpace(r)
		}
		if !space && !in {
			fields++
		}
		in = !space
	}
	return max(Words(s), fields)
}

// asciiAlnum marks the ASCII letters and digits: the ASCII characters
// for which unicode.IsLetter or unicode.IsDigit holds.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// InWordQuote reports whether the double quote at byte i of s stands
// between two Hebrew letters, the word's last letter after it: Hebrew's
// gershayim typed as a straight quote, which marks an acronym or an
// abbreviation ("ארה"ב", the United States; "ק"מ", kilometres), not a
// quotation. Between two letters of another script a quote is still read as
// one: English text runs a quotation into the word before it ("run for the
// hills"Police continue").
func InWordQuote(s string, i int) bool {
	if i <= 0 || i+1 >= len(s) || s[i] != '"' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, size := utf8.DecodeRuneInString(s[i+1:])
	if !unicode.Is(unicode.Hebrew, before) || !unicode.Is(unicode.Hebrew, after) {
		return false
	}
	// The gershayim stands before an acronym's last letter; a quotation
	// opened right after a prefix letter ("ב"טעות"", "in 'error'") goes
	// on for a word or more.
	next, _ := utf8.DecodeRuneInString(s[i+1+size:])
	return i+1+size == len(s) || !unicode.IsLetter(next)
}

// CountQuotes is the number of double quotes of s (folded, FoldQuotes)
// that may open or close a quotation: not those inside a word
// (InWordQuote).
func CountQuotes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '"' && !InWordQuote(s, i) {
			n++
		}
	}
	return n
}
