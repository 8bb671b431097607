package tag

import (
	"math"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/internal/flat"
)

// TestStartOfMatchesAdds checks the cached scores of predict's first three
// features (patched for crosscheck) against the three features added from
// zero, for words of every shape, cold and from the cache.
func TestStartOfMatchesAdds(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(`The Iranian navy seized 15 British sailors and marines on
		Friday , saying they had entered Iran's waters ; London said they were in Iraqi
		waters . a I 's -- ` + "``" + ` '' 2007 !YEAR !HYPHEN x é naïve Straße 1,000 3.5`)
	words = append(words, "")
	s := tg.pool.Get().(*scratch)
	defer tg.pool.Put(s)
	m, tf := tg.model, tg.tagFeats()
	n := len(m.Classes())
	for round := 0; round < 2; round++ {
		for _, w := range words {
			suf, pre := suffix(w, 3), prefix1(w)
			var want flat.Scores
			m.AddTo(tf.bias, &want)
			m.AddTo(tg.suffixFeature(s, suf), &want)
			if pre == "" {
				m.AddTo(tf.prefix[256], &want)
			} else {
				m.AddTo(tf.prefix[pre[0]], &want)
			}
			got := tg.startOf(s, suf, pre)
			if len(got) != n {
				t.Fatalf("%q: %d scores, want %d", w, len(got), n)
			}
			for c := range got {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("%q, round %d, class %d: %v, want %v", w, round, c, got[c], want[c])
				}
			}
		}
	}
}

// TestTagIDsMatchLookups tags sentences as TagTokens does, carrying the
// previous tags' class IDs, and again looking every previous tag up by
// its string (as before crosscheck's wave 23): the same tags.
func TestTagIDsMatchLookups(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := `The Iranian navy seized 15 British sailors and marines on Friday , saying
		they had entered Iran 's waters ; London said they were in Iraqi waters .
		` + "``" + ` We are confident , '' a spokesman said -- 2007 - @user :) *T*-1 -LRB- .`
	words := strings.Fields(text)
	toks := make([]Token, len(words))
	for i, w := range words {
		toks[i].Text = w
	}
	tg.TagTokens(toks)

	s := tg.pool.Get().(*scratch)
	defer tg.pool.Put(s)
	ctx := []string{"-START-", "-START2-"}
	for _, w := range words {
		ctx = append(ctx, normalize(w))
	}
	ctx = append(ctx, "-END-", "-END2-")
	s.feats = make([]*wordFeatures, len(ctx))
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		tag, _ := tg.tagOne(s, i, ctx, w, p1, p2, -1, -1)
		if tag != toks[i].Tag {
			t.Fatalf("%d %q: %q, want %q", i, w, toks[i].Tag, tag)
		}
		p2, p1 = p1, tag
	}
}
