package timex

import (
	"slices"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestOfDocOnce reads 200 GVA reports: the expressions OfDoc keeps on a
// Doc are Find's against the publication time, the same slice on the
// second call (found once, for the comparison and the timeline alike), and
// a copy of the Doc published on another day has its weekdays resolved
// anew rather than the first copy's.
func TestOfDocOnce(t *testing.T) {
	pub := time.Date(2014, 6, 11, 15, 0, 0, 0, time.UTC)
	resolvedAnew := 0
	for _, body := range testenv.GVATexts(t, 200) {
		d := text.Analyze(&news.Article{Text: body, Published: pub})
		got := OfDoc(d)
		want := Find(body, Ref{Time: pub})
		if !slices.EqualFunc(got, want, func(a, b Timex) bool { return a.Start == b.Start && a.Value == b.Value }) {
			t.Fatalf("OfDoc differs from Find on %.80q", body)
		}
		if again := OfDoc(d); len(got) > 0 && &again[0] != &got[0] {
			t.Fatalf("OfDoc found the expressions twice on %.80q", body)
		}
		cp := *d
		a := *d.Article
		a.Published = pub.AddDate(0, 0, 3)
		cp.Article = &a
		other := OfDoc(&cp)
		for i := range other {
			if other[i].Value != got[i].Value {
				resolvedAnew++
				break
			}
		}
	}
	if resolvedAnew == 0 {
		t.Error("no copy published three days later resolved any expression otherwise")
	}
}
