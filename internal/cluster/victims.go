package cluster

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// The victims a lead counts (issue 12, wave 25).
//
// Two shootings of one city in one week share the city, the beat's words
// and often a street or a hospital; what a reader sees at once is that the
// two reports count other victims: "4 shot, 1 dead" against "5-year-old
// girl shot in the head", "five people found dead" against "2 killed, 4
// injured". A lead's toll is the number of people it says were hit in all
// (the largest it gives: "4 shot", or "1 dead, 4 injured" as 5) and the
// ages it gives its people ("a 23-year-old man", "Allen Troyer, 21,").

// casualtyWords say what befell the people a number counts: dead, hurt
// (wounded and alive) or shot (all hit).
var casualtyWords = english.List("cluster/casualty-words")

// victimWords may stand between the number and the casualty word.
var victimWords = english.List("cluster/victim-words")

// victimOne are the singular persons a headline counts as one ("Man
// killed, 3 wounded").
var victimOne = english.List("cluster/victim-one")

// toll is what a lead says of its event's victims.
type toll struct {
	hit  int   // the most people it says were hit in all (0: none said)
	ages []int // the ages it gives (at most keptAges)
}

// keptAges is how many ages a lead or a story keeps.
const keptAges = 8

// leadToll reads the toll of an English article's headline and first
// leadSentences sentences.
func leadToll(d *text.Doc) toll {
	var tl toll
	if d.Language != "en" {
		return tl
	}
	if t := Headline(d.Article.Title); t != "" {
		tl.read(text.Tokenize(t, 0))
	}
	for i := range min(len(d.Sentences), leadSentences) {
		tl.read(d.SentenceTokens(i))
	}
	return tl
}

// read adds one sentence's counts and ages.
func (tl *toll) read(toks []text.Token) {
	var dead, hurt, shot int
	for k := range toks {
		if a, ok := ageOf(toks, k); ok {
			tl.addAge(a)
			continue
		}
		n, ok := countOf(toks, k)
		if !ok {
			if !victimOne.Has(toks[k].Lower) {
				continue
			}
			n = 1
		}
		switch casualtyAfter(toks, k+1) {
		case "dead":
			dead = max(dead, n)
		case "hurt":
			hurt = max(hurt, n)
		case "shot":
			shot = max(shot, n)
		}
	}
	tl.hit = max(tl.hit, shot, dead+hurt)
}

func (tl *toll) addAge(a int) {
	for _, x := range tl.ages {
		if x == a {
			return
		}
	}
	if len(tl.ages) < keptAges {
		tl.ages = append(tl.ages, a)
	}
}

// countOf reads a small count of people at token k: digits or a number
// word from 1 to 99, not after "no" ("no one was hurt") and not part of a
// larger figure.
func countOf(toks []text.Token, k int) (int, bool) {
	tk := toks[k]
	var n int
	switch {
	case tk.Kind == text.Number:
		v, err := strconv.Atoi(tk.Lower)
		if err != nil {
			return 0, false
		}
		n = v
	case tk.Kind == text.Word:
		v, ok := english.NumberWords.Int(tk.Lower)
		if !ok {
			return 0, false
		}
		n = v
	default:
		return 0, false
	}
	if n < 1 || n > 99 || k > 0 && toks[k-1].Lower == "no" {
		return 0, false
	}
	return n, true
}

// casualtyAfter is the casualty word's kind after a count, over at most
// three words of victimWords ("five people were shot"); "" when none.
func casualtyAfter(toks []text.Token, k int) string {
	for j := k; j < len(toks) && j <= k+3; j++ {
		if kind := casualtyWords.Kind(toks[j].Lower); kind != "" {
			return kind
		}
		if !victimWords.Has(toks[j].Lower) {
			return ""
		}
	}
	return ""
}

// ageOf reads an age at token k: "23-year-old", "17-month-old" (0), or a
// number set off by commas after a name or a person ("Allen Troyer, 21,",
// "shot his sister, 3, while").
func ageOf(toks []text.Token, k int) (int, bool) {
	tk := toks[k]
	if tk.Kind != text.Number {
		return 0, false
	}
	if num, unit, ok := strings.Cut(tk.Lower, "-"); ok {
		v, err := strconv.Atoi(num)
		switch {
		case err != nil:
			return 0, false
		case unit == "year-old":
			return v, v < 120
		case unit == "month-old" || unit == "week-old" || unit == "day-old":
			return 0, true
		}
		return 0, false
	}
	v, err := strconv.Atoi(tk.Lower)
	if err != nil || v < 1 || v > 110 || k < 2 || k+1 >= len(toks) {
		return 0, false
	}
	if toks[k-1].Text != "," || toks[k-2].Kind != text.Word || toks[k+1].Text != "," && toks[k+1].Lower != "of" {
		return 0, false
	}
	return v, true
}

// storyToll is what a story's members' leads say of its victims.
type storyToll struct {
	hits []int // the members' counts of people hit (keptAges at most)
	ages []int // the ages they give (keptAges at most)
}

func (st *storyToll) add(tl toll) {
	if tl.hit > 0 {
		st.hits = addInt(st.hits, tl.hit)
	}
	for _, a := range tl.ages {
		st.ages = addInt(st.ages, a)
	}
}

func (st *storyToll) absorb(g storyToll) {
	for _, h := range g.hits {
		st.hits = addInt(st.hits, h)
	}
	for _, a := range g.ages {
		st.ages = addInt(st.ages, a)
	}
}

func addInt(xs []int, v int) []int {
	for _, x := range xs {
		if x == v {
			return xs
		}
	}
	if len(xs) >= keptAges {
		return xs
	}
	return append(xs, v)
}

// victimRest: a join within Grace whose two leads count other victims
// needs the similarity without its heaviest piece of evidence to reach
// this share of the threshold (otherVictims). Chosen on the calibration
// rows among 0.5, 0.6 and 0.7 (docs/clustering.md, "Wave 25").
const victimRest = 0.6

// otherVictims reports whether a join within Grace brings together leads
// that count other victims (clash) while the similarity without its
// heaviest piece of shared evidence (a city, a county, a hospital) is
// under victimRest times the threshold th: two shootings of one place in
// one week, one told as "4 shot, 1 dead", the other as a 5-year-old girl
// shot. Two reports of one event that count it differently ("1 dead, 4
// injured" against a follow-up of the man killed) share more than the
// place: its street, its people, its words.
func (c *Clusterer) otherVictims(p prepared, s int, sim, th float64) bool {
	st := c.stories[s]
	if st.toll.clash(p.toll) == "" {
		return false
	}
	if g := c.articleGap(st, p); g == unknown || g > c.opt.Grace {
		return false
	}
	top, _, _ := c.evidence(p, s)
	return sim-top < victimRest*th
}

// clash names how the article's toll and the story's disagree: a count of
// people hit at least 2 away from every count the story's leads give
// ("people hit: 4 / 1"), or ages none of which the story's leads give
// ("ages: 17 / 8"); "" when they do not. One more victim is an update
// (a wounded man found later), not another event.
func (st *storyToll) clash(tl toll) string {
	if tl.hit > 0 && len(st.hits) > 0 {
		far := true
		for _, h := range st.hits {
			far = far && (tl.hit-h >= 2 || h-tl.hit >= 2)
		}
		if far {
			return "people hit: " + strconv.Itoa(tl.hit) + " / " + joinInts(st.hits)
		}
	}
	if len(tl.ages) == 0 || len(st.ages) == 0 {
		return ""
	}
	for _, a := range tl.ages {
		for _, b := range st.ages {
			if a == b {
				return ""
			}
		}
	}
	return "ages: " + joinInts(tl.ages) + " / " + joinInts(st.ages)
}

func joinInts(xs []int) string {
	b := make([]string, len(xs))
	for i, x := range xs {
		b[i] = strconv.Itoa(x)
	}
	return strings.Join(b, ", ")
}
