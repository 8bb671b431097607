package align

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// parseNumberByLists is ParseNumber as it was before the number words'
// filter in front: every token asked the list first. It stays here as the
// reference ParseNumber must match exactly.
func parseNumberByLists(lower string) (float64, bool) {
	if lower == "" {
		return 0, false
	}
	if v, ok := english.NumberWords.Float(lower); ok {
		return v, true
	}
	if tens, ones, ok := strings.Cut(lower, "-"); ok {
		t, ok1 := english.NumberWords.Float(tens)
		o, ok2 := english.NumberWords.Float(ones)
		if ok1 && ok2 && t >= 20 && t < 100 && o < 10 {
			return t + o, true
		}
		return 0, false
	}
	if lower[0] < '0' || lower[0] > '9' {
		return 0, false
	}
	s := strings.ReplaceAll(lower, ",", "")
	scale := 1.0
	for _, suf := range scaleSuffixes() {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) && s[len(s)-len(suf)-1] >= '0' && s[len(s)-len(suf)-1] <= '9' {
			s, scale = s[:len(s)-len(suf)], multipliers()[suf]
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v * scale, true
}

// TestParseNumberMatchesLists compares ParseNumber with the form that
// asked the list first, on every token (and its lower case and stem) of
// 1,500 GVA reports, every number word, and every pair of number words
// joined by a hyphen.
func TestParseNumberMatchesLists(t *testing.T) {
	words := map[string]bool{}
	for _, body := range testenv.GVATexts(t, 1500) {
		doc := text.Analyze(&news.Article{Text: body})
		for _, tk := range doc.Tokens {
			words[tk.Lower], words[strings.ToLower(tk.Text)], words[tk.Stem] = true, true, true
		}
	}
	nw := english.NumberWords.Words()
	for _, a := range nw {
		words[a], words[a+"s"], words["x"+a] = true, true, true
		for _, b := range nw {
			words[a+"-"+b] = true
		}
	}
	numbers := 0
	for w := range words {
		v, ok := ParseNumber(w)
		rv, rok := parseNumberByLists(w)
		if ok != rok || v != rv && !(math.IsNaN(v) && math.IsNaN(rv)) {
			t.Errorf("ParseNumber(%q) = %v, %v; the list first: %v, %v", w, v, ok, rv, rok)
		}
		if ok {
			numbers++
		}
	}
	t.Logf("%d words, %d numbers", len(words), numbers)
	if numbers == 0 {
		t.Error("no number: the data changed")
	}
}
