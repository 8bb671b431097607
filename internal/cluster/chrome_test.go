package cluster

import (
	"github.com/cespare/xxhash/v2"

	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestChrome: a sentence an outlet printed before (numbers aside) gives the
// next article of that outlet no terms; the article's own sentences do,
// and another outlet's article keeps the same sentence. Texts shaped as
// two WMC Action News 5 pages of GVA's calibration years (2014).
func TestChrome(t *testing.T) {
	page := func(outlet, body string) *text.Doc {
		a := &news.Article{Outlet: outlet, Language: "en", Text: body}
		return text.Analyze(a)
	}
	c := New(Options{})
	c.Add(page("wmcactionnews5.com", "An 8-year-old boy shot himself while his father slept. Copyright 2014 WMC Action News 5. All rights reserved."))
	has := func(p prepared, kind byte, s string) bool {
		want := hashTerm(kind, s) ^ xxhash.Sum64String("en")
		for _, x := range p.vec {
			if x.t == want {
				return true
			}
		}
		return false
	}
	p := c.prepare(page("wmcactionnews5.com", "Five people were shot in an apartment complex on Briarcrest Lane. Copyright 2015 WMC Action News 5. All rights reserved."))
	if has(p, kindWord, "copyright") || has(p, kindWord, "reserv") {
		t.Errorf("the outlet's copyright line, printed before, still gives terms")
	}
	if !has(p, kindWord, "apart") || !has(p, kindPhrase, "briarcrest lane") {
		t.Errorf("the article's own sentence lost its terms")
	}
	q := c.prepare(page("wsmv.com", "Two people were shot on Treeland Drive. Copyright 2014 WMC Action News 5. All rights reserved."))
	if !has(q, kindWord, "copyright") {
		t.Errorf("another outlet's article lost a sentence it never printed")
	}
}
