// Package polnear scores crosscheck's direct quotes and their speakers on
// PolNeAR (Newell et al., LREC 2018): hand-marked attributions (source, cue,
// content) in US election news. A direct quote is an attribution whose
// content holds quotation marks; the first annotator's file of each article
// is the gold.
package polnear

import (
	"bufio"
	"fmt"
	"github.com/crosscheck/crosscheck/internal/text/english"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/quote"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Attribution is one gold attribution in byte offsets.
type Attribution struct {
	Content    []quote.Span
	Source     []quote.Span
	SourceText string
}

// Article is one text with its gold direct quotes.
type Article struct {
	Name   string
	Text   string
	Direct []Attribution
}

// Load reads a split ("dev", "train") of PolNeAR under dir (the folder that
// holds data/).
func Load(dir, split string) ([]Article, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "data", split, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, fmt.Errorf("polnear: no texts under %s", filepath.Join(dir, "data", split, "text"))
	}
	sort.Strings(texts)
	var out []Article
	for _, tf := range texts {
		name := strings.TrimSuffix(filepath.Base(tf), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, "data", split, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		b, err := os.ReadFile(tf)
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		a := Article{Name: name, Text: string(b)}
		a.Direct, err = parseAnn(anns[0], a.Text)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// parseAnn reads a brat standoff file; its offsets count characters, which
// are turned into byte offsets of t.
func parseAnn(path, t string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	byteAt := make([]int, 0, len(t)+1)
	for i := range t {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(t))
	type tb struct {
		label string
		spans []quote.Span
		text  string
	}
	ts := map[string]tb{}
	var es [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) < 2 {
			continue
		}
		switch p[0][0] {
		case 'T':
			label, rest, _ := strings.Cut(p[1], " ")
			var spans []quote.Span
			for _, fr := range strings.Split(rest, ";") {
				se := strings.Fields(fr)
				if len(se) != 2 {
					continue
				}
				s, e1 := strconv.Atoi(se[0])
				e, e2 := strconv.Atoi(se[1])
				if e1 != nil || e2 != nil || s < 0 || e >= len(byteAt) || s > e {
					continue
				}
				spans = append(spans, quote.Span{Start: byteAt[s], End: byteAt[e]})
			}
			txt := ""
			if len(p) > 2 {
				txt = p[2]
			}
			ts[p[0]] = tb{label, spans, txt}
		case 'E':
			es = append(es, strings.Fields(p[1]))
		}
	}
	var out []Attribution
	for _, e := range es {
		var a Attribution
		direct := false
		for _, role := range e {
			k, v, _ := strings.Cut(role, ":")
			x, ok := ts[v]
			if !ok {
				continue
			}
			switch {
			case strings.HasPrefix(k, "Content"):
				a.Content = append(a.Content, x.spans...)
				direct = direct || strings.ContainsAny(x.text, "“”\"«»")
			case strings.HasPrefix(k, "Source"):
				a.Source = append(a.Source, x.spans...)
				a.SourceText = x.text
			}
		}
		if direct && len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, sc.Err()
}

// Scores are the figures of one run.
type Scores struct {
	Articles, Gold, Predicted                int
	ContentExact, ContentOverlap             PRF
	SourceExact, SourceOverlap               PRF     // a pair counts when content overlaps and the source matches
	SpeakerAccExact, SpeakerAccOverlap       float64 // over matched quotes whose gold source names someone
	NamedMatched                             int
	SpeakerAccExactAll, SpeakerAccOverlapAll float64 // over all matched quotes with a gold source
	// SourceMisses are the matched quotes whose predicted source is not the
	// gold source, for reading errors (on train: dev is for scoring only).
	SourceMisses []Miss
}

// Miss is one quote whose source span differs from the gold one.
type Miss struct {
	Article  string
	Category string // pronoun, missing, longer, shorter, crossing, elsewhere
	Gold     string // the gold source as written
	Got      string // the predicted source as written
	Context  string // the sentence or sentences around the quote
}

// missCategory sorts a source miss: the gold source is a pronoun; nothing
// was predicted; the prediction holds the gold span and more (longer) or
// lies inside it (shorter); they cross; or they do not meet (elsewhere: a
// different speaker, often in another sentence).
func missCategory(goldText string, gs, ps map[int]bool) string {
	n := inter(gs, ps)
	switch {
	case pronoun.Has(strings.ToLower(strings.TrimSpace(goldText))):
		return "pronoun"
	case len(ps) == 0:
		return "missing"
	case n == len(gs):
		return "longer"
	case n == len(ps):
		return "shorter"
	case n > 0:
		return "crossing"
	}
	return "elsewhere"
}

// context returns the text around spans, on one line, at most a few
// hundred bytes.
func context(t string, spans ...quote.Span) string {
	lo, hi := len(t), 0
	for _, s := range spans {
		if s.End > s.Start {
			lo, hi = min(lo, s.Start), max(hi, s.End)
		}
	}
	if lo >= hi {
		return ""
	}
	lo, hi = max(0, lo-60), min(len(t), hi+60)
	for lo > 0 && !utf8.RuneStart(t[lo]) {
		lo--
	}
	for hi < len(t) && !utf8.RuneStart(t[hi]) {
		hi++
	}
	c := strings.Join(strings.Fields(t[lo:hi]), " ")
	if len(c) > 400 {
		c = c[:200] + " … " + c[len(c)-200:]
		c = strings.ToValidUTF8(c, "")
	}
	return c
}

func spanText(t string, spans []quote.Span) string {
	var parts []string
	for _, s := range spans {
		if s.End > s.Start {
			parts = append(parts, t[s.Start:s.End])
		}
	}
	return strings.Join(parts, " … ")
}

// PRF is precision, recall and F1.
type PRF struct{ P, R, F float64 }

func prf(hit, pred, gold int) PRF {
	var s PRF
	if pred > 0 {
		s.P = float64(hit) / float64(pred)
	}
	if gold > 0 {
		s.R = float64(hit) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// wordBytes is the set of letter and digit bytes a set of spans covers:
// spans compare on their words, not on the spaces and marks around them.
func wordBytes(t string, spans []quote.Span) map[int]bool {
	m := map[int]bool{}
	for _, s := range spans {
		for i := s.Start; i < s.End && i < len(t); {
			r, size := utf8.DecodeRuneInString(t[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				m[i] = true
			}
			i += size
		}
	}
	return m
}

func inter(a, b map[int]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func equal(a, b map[int]bool) bool { return len(a) == len(b) && inter(a, b) == len(a) }

var pronoun = english.List("eval/pronouns")

// Score runs the quote finder on every article and scores it.
func Score(arts []Article) Scores {
	var s Scores
	var cExact, cOver, sExact, sOver, nExact, nOver, aExact, aOver, withSrc int
	for _, a := range arts {
		art := &news.Article{ID: "a", Text: a.Text, Language: "en"}
		d := text.Analyze(art)
		c := text.NewCorpus([]*text.Doc{d}, []string{"a"})
		pred := quote.Find(d, 0, entity.Resolve(c))
		s.Articles++
		s.Gold += len(a.Direct)
		s.Predicted += len(pred)
		used := make([]bool, len(pred))
		pw := make([]map[int]bool, len(pred))
		for i, p := range pred {
			pw[i] = wordBytes(a.Text, p.Content)
		}
		exactUsed := make([]bool, len(pred))
		for _, g := range a.Direct {
			gw := wordBytes(a.Text, g.Content)
			for i := range pred {
				if !exactUsed[i] && equal(gw, pw[i]) {
					exactUsed[i] = true
					cExact++
					break
				}
			}
			best, bestJ := -1, 0.0
			for i := range pred {
				if used[i] {
					continue
				}
				n := inter(gw, pw[i])
				if n == 0 {
					continue
				}
				j := float64(n) / float64(len(gw)+len(pw[i])-n)
				if j > bestJ {
					best, bestJ = i, j
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			cOver++
			if len(g.Source) == 0 {
				continue
			}
			withSrc++
			gs := wordBytes(a.Text, g.Source)
			ps := wordBytes(a.Text, []quote.Span{pred[best].Source})
			ex, ov := equal(gs, ps), inter(gs, ps) > 0
			if !ex {
				spans := append(append([]quote.Span{}, g.Source...), pred[best].Source)
				spans = append(spans, g.Content...)
				s.SourceMisses = append(s.SourceMisses, Miss{Article: a.Name, Category: missCategory(g.SourceText, gs, ps),
					Gold: spanText(a.Text, g.Source), Got: spanText(a.Text, []quote.Span{pred[best].Source}), Context: context(a.Text, spans...)})
			}
			named := !pronoun.Has(strings.ToLower(strings.TrimSpace(g.SourceText)))
			if ex {
				sExact++
				aExact++
			}
			if ov {
				sOver++
				aOver++
			}
			if named {
				s.NamedMatched++
				if ex {
					nExact++
				}
				if ov {
					nOver++
				}
			}
		}
	}
	s.ContentExact = prf(cExact, s.Predicted, s.Gold)
	s.ContentOverlap = prf(cOver, s.Predicted, s.Gold)
	s.SourceExact = prf(sExact, s.Predicted, s.Gold)
	s.SourceOverlap = prf(sOver, s.Predicted, s.Gold)
	if s.NamedMatched > 0 {
		s.SpeakerAccExact = float64(nExact) / float64(s.NamedMatched)
		s.SpeakerAccOverlap = float64(nOver) / float64(s.NamedMatched)
	}
	if withSrc > 0 {
		s.SpeakerAccExactAll = float64(aExact) / float64(withSrc)
		s.SpeakerAccOverlapAll = float64(aOver) / float64(withSrc)
	}
	return s
}
