// Package dedupset builds a near-duplicate test set from real articles and
// scores the copy detector on it. Real copies are an article and an edited
// version of it, made with the edits outlets apply to wire copy: a trimmed
// ending, a new first paragraph, a changed headline, light rewording, and all
// of these at once. Real non-copies are two different articles of one story:
// they share names, quotes and phrases, but not their text.
package dedupset

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Source is an article with its gold story and topic number (for the
// calibration split).
type Source struct {
	Article *news.Article
	Story   string
	Topic   int
}

// Pair is one test case: B published after A; Copy says whether B copies A.
type Pair struct {
	A, B *text.Doc
	Copy bool
	Kind string // the edit for a copy ("trim", "lede", ...), "same-story" for a non-copy
	Odd  bool   // in the calibration half (odd topic)
}

// Edits are the kinds of copies made.
var Edits = []string{"trim", "lede", "headline", "reword", "all"}

// Build makes the test set: for every source, one copy per edit kind, and
// for every two sources of one story, a non-copy pair. Edits draw from rng
// seeded with seed, so the set is the same on every run.
func Build(srcs []Source, seed uint64) []Pair {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	docs := make([]*text.Doc, len(srcs))
	for i, s := range srcs {
		docs[i] = text.Analyze(s.Article)
	}
	var pairs []Pair
	for i, s := range srcs {
		for _, kind := range Edits {
			other := srcs[(i+1+r.IntN(len(srcs)-1))%len(srcs)]
			if other.Story == s.Story {
				other = srcs[(i+len(srcs)/2)%len(srcs)]
			}
			b := edit(s.Article, other.Article, kind, r)
			pairs = append(pairs, Pair{A: docs[i], B: text.Analyze(b), Copy: true, Kind: kind, Odd: s.Topic%2 == 1})
		}
	}
	for i := range srcs {
		for j := i + 1; j < len(srcs); j++ {
			if srcs[i].Story == srcs[j].Story {
				pairs = append(pairs, Pair{A: docs[i], B: docs[j], Kind: "same-story", Odd: srcs[i].Topic%2 == 1})
			}
		}
	}
	return pairs
}

// edit makes an outlet's version of a: kind says which edits.
func edit(a, other *news.Article, kind string, r *rand.Rand) *news.Article {
	paras := strings.Split(a.Text, "\n\n")
	b := *a
	b.ID = a.ID + "~" + kind
	title := a.Title
	all := kind == "all"
	if kind == "trim" || all {
		// Keep the first 50-80% of the paragraphs, at least two.
		keep := max(2, len(paras)*(50+r.IntN(31))/100)
		paras = paras[:min(keep, len(paras))]
	}
	if kind == "reword" || all {
		paras = reword(paras, r)
	}
	if kind == "lede" || all {
		// A new first paragraph of the outlet's own: another article's
		// opening, which shares nothing with this one.
		lede := strings.SplitN(other.Text, "\n\n", 2)[0]
		paras = append([]string{lede}, paras...)
	}
	if kind == "headline" || all {
		title = "UPDATE: " + other.Title
		if other.Title == "" {
			title = "UPDATE 1"
		}
	}
	b.Title = title
	b.Text = strings.Join(paras, "\n\n")
	return &b
}

// reword applies the light edits of a copy desk: "said" becomes "says", one
// paragraph in five is dropped, and one word in forty is swapped for a
// synonym-like neighbour (here: deleted), leaving most sentences intact.
func reword(paras []string, r *rand.Rand) []string {
	var out []string
	for i, p := range paras {
		if i > 0 && r.IntN(5) == 0 {
			continue
		}
		p = strings.ReplaceAll(p, " said ", " says ")
		w := strings.Fields(p)
		var kept []string
		for _, x := range w {
			if r.IntN(40) == 0 {
				continue
			}
			kept = append(kept, x)
		}
		out = append(out, strings.Join(kept, " "))
	}
	if len(out) == 0 {
		return paras
	}
	return out
}

// Result counts the outcomes of a detector on a set of pairs.
type Result struct {
	TP, FP, FN, TN int
	Missed         map[string]int // missed copies by edit kind
	Copies         map[string]int // copies by edit kind
	FalseOn        []string       // the non-copy pairs called copies ("A ~ B")
}

// Precision is TP/(TP+FP).
func (r Result) Precision() float64 { return ratio(r.TP, r.TP+r.FP) }

// Recall is TP/(TP+FN).
func (r Result) Recall() float64 { return ratio(r.TP, r.TP+r.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score runs the detector of package dedup (MinHash, LSH banding and
// containment) on each pair: A is added to an empty index, then B, and the
// pair is called a copy when B's match is A.
func Score(pairs []Pair, opt dedup.Options) Result {
	res := Result{Missed: map[string]int{}, Copies: map[string]int{}}
	sigs := map[*text.Doc]*dedup.Signature{}
	sign := func(d *text.Doc) *dedup.Signature {
		s, ok := sigs[d]
		if !ok {
			s = dedup.Sign(d)
			sigs[d] = s
		}
		return s
	}
	for _, p := range pairs {
		ix := dedup.NewIndex(opt)
		ix.Add(sign(p.A))
		got := ix.Add(sign(p.B)).Doc == 0
		switch {
		case p.Copy && got:
			res.TP++
		case p.Copy:
			res.FN++
			res.Missed[p.Kind]++
		case got:
			res.FP++
			res.FalseOn = append(res.FalseOn, fmt.Sprintf("%s ~ %s", p.A.Article.ID, p.B.Article.ID))
		default:
			res.TN++
		}
		if p.Copy {
			res.Copies[p.Kind]++
		}
	}
	return res
}

// Half returns the pairs of the calibration half (odd) or the held-out half.
func Half(pairs []Pair, odd bool) []Pair {
	var out []Pair
	for _, p := range pairs {
		if p.Odd == odd {
			out = append(out, p)
		}
	}
	return out
}

// Load reads the sources of the test set from the shared data folder: the
// English MultiLing 2011 articles (10 stories), the five summit reports (one
// story) and the ECB+ articles of at least minSentences sentences (86
// stories; shorter ones are too short to tell a copy from a quote).
func Load(dataDir string, minSentences int) ([]Source, error) {
	var srcs []Source
	ml, err := clustereval.MultiLing(filepath.Join(dataDir, "multiling2011"), "english")
	if err != nil {
		return nil, err
	}
	for _, it := range ml {
		n, _ := strconv.Atoi(strings.TrimPrefix(it.Gold, "english:M"))
		srcs = append(srcs, Source{Article: it.Doc.Article, Story: it.Gold, Topic: n})
	}
	summit, err := filepath.Glob(filepath.Join(dataDir, "summit-2023", "*.txt"))
	if err != nil {
		return nil, err
	}
	for _, p := range summit {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
		body = strings.Join(strings.Fields(strings.ReplaceAll(body, "\n", " \x00 ")), " ")
		body = strings.ReplaceAll(body, " \x00 ", "\n\n")
		srcs = append(srcs, Source{Article: &news.Article{ID: filepath.Base(p), Title: title, Text: body}, Story: "summit", Topic: 1})
	}
	ecb, err := ecbplus.Load(filepath.Join(dataDir, "ecbplus", "ECB+"))
	if err != nil {
		return nil, err
	}
	for _, d := range ecb {
		if strings.Count(d.Article.Text, "\n\n")+1 < minSentences {
			continue
		}
		n, _ := strconv.Atoi(d.Topic)
		srcs = append(srcs, Source{Article: d.Article, Story: d.Story, Topic: n})
	}
	return srcs, nil
}
