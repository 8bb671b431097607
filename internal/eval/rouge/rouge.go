// Package rouge scores a summary against reference summaries by n-gram
// co-occurrence, as defined by Lin (2004), "ROUGE: A Package for Automatic
// Evaluation of Summaries". It is written from the paper and from the common
// conventions of the DUC/TAC/MultiLing evaluations (lower-case; every character
// other than a-z and 0-9 is a space; n-grams counted with their multiplicity),
// so that crosscheck's numbers compare with published ones. Other languages
// are scored with Unicode words (Options.Unicode).
package rouge

import (
	"strings"
	"unicode"
)

// Options are the scorer's settings. The zero value scores the whole texts:
// no truncation, no stemming, no stop-word removal (as the MultiLing 2011
// organisers ran ROUGE-1.5.5: -n 2 -f A, no -l, -b, -m or -s).
type Options struct {
	// Words, when > 0, keeps only the first Words tokens of the peer and of
	// every reference before counting (ROUGE-1.5.5's -l).
	Words int
	// Bytes, when > 0 and Words is 0, keeps only the first Bytes bytes of
	// each text before tokenising (ROUGE-1.5.5's -b).
	Bytes int
	// Alpha weighs precision against recall in F: F = 1/(Alpha/P + (1-Alpha)/R).
	// 0 means 0.5 (the balanced F, ROUGE-1.5.5's -p 0.5).
	Alpha float64
	// Unicode tokenises with UnicodeTokens (letters, marks and digits of
	// every script) instead of Tokens (a-z0-9): for languages other than
	// English, whose words the ASCII tokeniser would cut apart or drop.
	Unicode bool
}

// Score is one ROUGE-N score of one peer against its references.
type Score struct {
	Recall, Precision, F float64
	// Hits is the clipped n-gram matches summed over references; RefGrams the
	// references' n-grams summed over references; PeerGrams the peer's n-grams
	// times the number of references (the precision denominator).
	Hits, RefGrams, PeerGrams int
}

// Tokens turns a text into ROUGE tokens: lower-cased, with every character
// other than a-z and 0-9 treated as a space. Non-ASCII letters are thus
// separators too, as in the English evaluations this reproduces.
func Tokens(s string) []string {
	var out []string
	buf := make([]byte, 0, 16)
	flush := func() {
		if len(buf) > 0 {
			out = append(out, string(buf))
			buf = buf[:0]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			buf = append(buf, c)
		case c >= 'A' && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		default:
			flush()
		}
	}
	flush()
	return out
}

// UnicodeTokens turns a text into ROUGE tokens of any script: runs of
// letters, marks and digits (\p{L}\p{M}\p{N}), lower-cased; every other
// character is a space. Marks belong to the word: the vowel signs of
// Devanagari (Mc, Mn) and Arabic's harakat (Mn) would otherwise cut a Hindi
// or Arabic word into pieces.
func UnicodeTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// prepare applies the truncation options and tokenises.
func prepare(s string, o Options) []string {
	if o.Words <= 0 && o.Bytes > 0 && len(s) > o.Bytes {
		s = s[:o.Bytes]
	}
	var t []string
	if o.Unicode {
		t = UnicodeTokens(s)
	} else {
		t = Tokens(s)
	}
	if o.Words > 0 && len(t) > o.Words {
		t = t[:o.Words]
	}
	return t
}

// grams counts the n-grams of a token sequence. Keys join tokens with a
// space, which no token contains.
func grams(toks []string, n int) (map[string]int, int) {
	m := make(map[string]int)
	total := 0
	for i := 0; i+n <= len(toks); i++ {
		k := toks[i]
		for j := 1; j < n; j++ {
			k += " " + toks[i+j]
		}
		m[k]++
		total++
	}
	return m, total
}

// N is ROUGE-N of peer against refs. Following Lin (2004, eq. 1), matches and
// reference n-grams are summed over all references before dividing, so a
// reference with more n-grams weighs more; this is the "average over
// references" that ROUGE-1.5.5's -f A reports. A match of an n-gram counts at
// most as often as it occurs in both texts (clipped counts).
func N(peer string, refs []string, n int, o Options) Score {
	p := prepare(peer, o)
	pg, pTotal := grams(p, n)
	var s Score
	for _, r := range refs {
		rg, rTotal := grams(prepare(r, o), n)
		for g, c := range rg {
			s.Hits += min(c, pg[g])
		}
		s.RefGrams += rTotal
		s.PeerGrams += pTotal
	}
	if s.RefGrams > 0 {
		s.Recall = float64(s.Hits) / float64(s.RefGrams)
	}
	if s.PeerGrams > 0 {
		s.Precision = float64(s.Hits) / float64(s.PeerGrams)
	}
	alpha := o.Alpha
	if alpha == 0 {
		alpha = 0.5
	}
	if s.Recall > 0 && s.Precision > 0 {
		s.F = 1 / (alpha/s.Precision + (1-alpha)/s.Recall)
	}
	return s
}
