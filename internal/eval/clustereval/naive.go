package clustereval

import (
	"math"
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/internal/eval/bcubed"
	"github.com/crosscheck/crosscheck/internal/text"
)

// The naive reference clusterer: single-pass TF-IDF, an article joins the
// story whose centroid is closest by cosine when that cosine is at least
// NaiveThreshold, among the stories active within NaiveWindow of the
// article; no names, no copies, no tuning. It is the simplest method a
// story clusterer must beat, reported beside crosscheck on every data set
// so that falling below it shows at once.
const (
	NaiveThreshold = 0.3
	NaiveWindow    = 7 * 24 * time.Hour
)

type naiveStory struct {
	centroid map[string]float64
	norm     float64
	last     time.Time
}

// Naive runs the naive reference on the items in the order given and
// scores it like Run.
func Naive(items []Item) Result {
	df := map[string]int{}
	var stories []*naiveStory
	pred := make([]string, len(items))
	gold := make([]string, len(items))
	for i, it := range items {
		tf := naiveTerms(it.Doc)
		for t := range tf {
			df[t]++
		}
		n := float64(i + 1)
		vec := make(map[string]float64, len(tf))
		var sq float64
		for t, c := range tf {
			w := (1 + math.Log(float64(c))) * math.Log((n+1)/float64(df[t]+1))
			vec[t] = w
			sq += w * w
		}
		if sq > 0 {
			for t := range vec {
				vec[t] /= math.Sqrt(sq)
			}
		}
		when := it.Doc.Article.Published
		best, bestSim := -1, NaiveThreshold
		for k, s := range stories {
			if !when.IsZero() && !s.last.IsZero() && when.Sub(s.last) > NaiveWindow {
				continue
			}
			if s.norm == 0 {
				continue
			}
			var dot float64
			for t, w := range vec {
				dot += w * s.centroid[t]
			}
			if sim := dot / s.norm; sim >= bestSim {
				best, bestSim = k, sim
			}
		}
		if best < 0 {
			best = len(stories)
			stories = append(stories, &naiveStory{centroid: map[string]float64{}})
		}
		s := stories[best]
		for t, w := range vec {
			s.centroid[t] += w
		}
		var sn float64
		for _, w := range s.centroid {
			sn += w * w
		}
		s.norm = math.Sqrt(sn)
		if when.After(s.last) {
			s.last = when
		}
		pred[i] = "n" + strconv.Itoa(best)
		gold[i] = it.Gold
	}
	r := Result{Articles: len(items), Pred: pred}
	r.Gold, r.Stories = distinct(gold), len(stories)
	r.P, r.R, r.F1 = bcubed.Score(pred, gold)
	return r
}

// naiveTerms counts an article's words (headline and text): the text
// stage's stems of the words that are not stop words.
func naiveTerms(d *text.Doc) map[string]int {
	tf := map[string]int{}
	add := func(toks []text.Token) {
		for _, tk := range toks {
			if tk.Kind != text.Word || tk.Stop {
				continue
			}
			w := tk.Stem
			if w == "" {
				w = tk.Lower
			}
			tf[w]++
		}
	}
	if d.Article.Title != "" {
		add(text.Tokenize(d.Article.Title, 0))
	}
	add(d.Tokens)
	return tf
}

func distinct(xs []string) int {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return len(m)
}
