package entity

import (
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// mergeNamesPairwise is the name merging as it was before blocking by
// surname: it compares every pair of the story's distinct person names, so
// it is quadratic in them (three quarters of the quote and entity stage of
// a 975-report story). It stays here as the reference mergeNames must
// match exactly.
func (r *Resolver) mergeNamesPairwise() {
	persons := r.mergeSameNames()
	seen := map[string]int{}
	var distinct []int
	for _, i := range persons {
		k := translit(r.ms[i].key)
		if _, ok := seen[k]; !ok {
			seen[k] = i
			distinct = append(distinct, i)
		}
	}
	// The names without their generational suffixes, as mergeNames
	// compares them (dropSuffixes is no pairwise comparison either).
	var words [][]string
	var named []int
	for _, i := range distinct {
		if w := strings.Fields(translit(r.ms[i].key)); len(w) >= 2 {
			words = append(words, w)
			named = append(named, i)
		}
	}
	dropSuffixes(words)
	for x := 0; x < len(named); x++ {
		for y := x + 1; y < len(named); y++ {
			if samePersonWords(words[x], words[y]) {
				r.union(named[x], named[y])
			}
		}
	}
	// Not a pairwise comparison in mergeNames either: the same pass.
	r.mergeFirstSurname(named, words)
}

// groupsOf is the root of every mention after resolution.
func groupsOf(r *Resolver) []int {
	out := make([]int, len(r.ms))
	for i := range r.ms {
		out[i] = r.find(i)
	}
	return out
}

// storyOf analyses articles as one story with ids r1, r2, ...
func storyOf(arts []*news.Article) *text.Corpus {
	docs := make([]*text.Doc, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		if a.ID == "" {
			a.ID = "r" + strconv.Itoa(i+1)
		}
		docs[i], ids[i] = text.Analyze(a), a.ID
	}
	return text.NewCorpus(docs, ids)
}

// TestMergeNamesMatchesPairwise resolves real stories with the blocked
// name merging and with the pairwise reference, and wants the same groups
// of mentions and the same entities.
func TestMergeNamesMatchesPairwise(t *testing.T) {
	type story struct {
		name string
		arts func(t *testing.T) []*news.Article
	}
	ml := func(pat string) func(t *testing.T) []*news.Article {
		return func(t *testing.T) []*news.Article {
			files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", pat))
			if len(files) == 0 {
				t.Fatalf("no MultiLing reports %s", pat)
			}
			return testenv.PlainArticles(t, files...)
		}
	}
	stories := []story{{"summit", func(t *testing.T) []*news.Article { return testenv.Summit(t) }}}
	for topic := range 10 {
		stories = append(stories, story{"multiling-M00" + strconv.Itoa(topic), ml("M00" + strconv.Itoa(topic) + "?.english")})
	}
	stories = append(stories, story{"multiling-all-100", ml("M00*.english")})
	stories = append(stories, story{"multiling-100+polnear-300", func(t *testing.T) []*news.Article {
		if testing.Short() {
			t.Skip("-short: the pairwise reference takes seconds on 400 reports")
		}
		arts := ml("M00*.english")(t)
		files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "polnear"), "data", "train", "text", "*.txt"))
		if len(files) < 300 {
			t.Fatalf("want 300 PolNeAR train articles, found %d", len(files))
		}
		return append(arts, testenv.PlainArticles(t, files[:300]...)...)
	}})
	run := func(t *testing.T, arts []*news.Article) {
		c := storyOf(arts)
		got, want := Resolve(c), resolve(c, (*Resolver).mergeNamesPairwise)
		if d := cmp.Diff(groupsOf(want), groupsOf(got)); d != "" {
			t.Errorf("mention groups differ (-pairwise +blocked):\n%s", d)
		}
		if d := cmp.Diff(want.Entities(nil), got.Entities(nil)); d != "" {
			t.Errorf("entities differ (-pairwise +blocked):\n%s", d)
		}
		t.Logf("%d reports, %d mentions, %d entities", len(c.Docs), len(got.ms), len(got.roots))
	}
	for _, s := range stories {
		t.Run(s.name, func(t *testing.T) { run(t, s.arts(t)) })
	}
	t.Run("ecbplus", func(t *testing.T) {
		docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
		if err != nil {
			t.Fatal(err)
		}
		byTopic := map[string][]*news.Article{}
		var order []string
		for _, d := range docs {
			if byTopic[d.Topic] == nil {
				order = append(order, d.Topic)
			}
			byTopic[d.Topic] = append(byTopic[d.Topic], d.Article)
		}
		if len(order) != 43 {
			t.Fatalf("%d ECB+ topics, want 43", len(order))
		}
		for _, topic := range order {
			t.Run("topic-"+topic, func(t *testing.T) { run(t, byTopic[topic]) })
		}
	})
}

// TestMergeNamesMatchesPairwiseRandom compares the two mergings on made-up
// person names over a small alphabet, where surnames one edit apart, short
// surnames, transliteration variants, multi-byte and invalid UTF-8 letters
// and names of two, three and four words are common.
func TestMergeNamesMatchesPairwiseRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	letters := []string{"a", "e", "s", "k", "y", "i", "ks", "ou", "é", "ø", "\xff"}
	word := func() string {
		var b strings.Builder
		for range 2 + rng.IntN(5) {
			b.WriteString(letters[rng.IntN(len(letters))])
		}
		return b.String()
	}
	// variant is w after one edit of a letter: substituted, inserted or
	// deleted (a byte of a multi-byte letter at times, leaving invalid
	// UTF-8).
	variant := func(w string) string {
		i := rng.IntN(len(w) + 1)
		l := letters[rng.IntN(len(letters))]
		switch rng.IntN(3) {
		case 0:
			return w[:i] + l + w[i:]
		case 1:
			if i < len(w) {
				return w[:i] + l + w[i+1:]
			}
		}
		if i < len(w) {
			return w[:i] + w[i+1:]
		}
		return w
	}
	merged := 0 // pairs joined whose transliterated keys differ
	for n := range 300 {
		var pool []string
		for range 3 + rng.IntN(6) {
			pool = append(pool, word())
		}
		r := &Resolver{}
		for range 5 + rng.IntN(60) {
			ws := make([]string, 2+rng.IntN(3))
			for i := range ws {
				switch rng.IntN(4) {
				case 0:
					ws[i] = word()
				case 1:
					ws[i] = variant(pool[rng.IntN(len(pool))])
				default:
					ws[i] = pool[rng.IntN(len(pool))]
				}
			}
			r.ms = append(r.ms, mention{words: ws, key: strings.Join(ws, " "), typ: news.EntityPerson, descriptor: -1})
		}
		reset := func() {
			r.parent = make([]int, len(r.ms))
			for i := range r.parent {
				r.parent[i] = i
			}
		}
		reset()
		r.mergeNamesPairwise()
		want := groupsOf(r)
		reset()
		r.mergeNames()
		if d := cmp.Diff(want, groupsOf(r)); d != "" {
			t.Fatalf("story %d: groups differ (-pairwise +blocked):\n%s", n, d)
		}
		for i := range r.ms {
			for j := range i {
				if want[i] == want[j] && translit(r.ms[i].key) != translit(r.ms[j].key) {
					merged++
				}
			}
		}
	}
	// The stories must exercise the spelling-variant rule, or the
	// comparison shows nothing.
	if merged < 100 {
		t.Errorf("only %d pairs of different names joined; the random stories are too easy", merged)
	}
	t.Logf("%d pairs of different names joined", merged)
}
