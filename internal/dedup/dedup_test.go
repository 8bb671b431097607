package dedup

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// summit reads the five summit reports of ../shared/data, or skips (fails in
// CI) when they are missing.
func summit(t *testing.T) []*news.Article {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "summit-2023"), "*.txt"))
	var arts []*news.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var paras []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				paras = append(paras, l)
			}
		}
		arts = append(arts, &news.Article{ID: filepath.Base(p), Title: paras[0], Text: strings.Join(paras[1:], "\n\n")})
	}
	return arts
}

// wire makes an outlet's version of a: its last third cut, a new first
// paragraph of its own, and a new headline.
func wire(a *news.Article, lede string, when time.Time) *news.Article {
	paras := strings.Split(a.Text, "\n\n")
	paras = paras[:len(paras)*2/3]
	b := *a
	b.ID = a.ID + "-copy"
	b.Title = "UPDATE: " + a.Title
	b.Text = strings.Join(append([]string{lede}, paras...), "\n\n")
	b.Published = when
	return &b
}

// TestCopiesSummit: five reports of one event by five outlets are not
// copies of each other, although they share names and quotes; an edited
// copy of one of them is found, and points at the original even when the
// copy is given first, because the original was published earlier.
func TestCopiesSummit(t *testing.T) {
	arts := summit(t)
	t0 := time.Date(2023, 9, 13, 10, 0, 0, 0, time.UTC)
	for i, a := range arts {
		a.Published = t0.Add(time.Duration(i) * time.Hour)
	}
	lede := "Our correspondent in Seoul reports on the meeting that drew attention around the world this week."
	cp := wire(arts[2], lede, t0.Add(24*time.Hour))
	docs := []*text.Doc{text.Analyze(cp)}
	for _, a := range arts {
		docs = append(docs, text.Analyze(a))
	}
	got := Copies(docs)
	want := []int{3, -1, -1, -1, -1, -1} // docs[3] is arts[2]
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Copies (-want +got):\n%s", diff)
	}
}

// TestCompareShared: the shared sentences of a copy are the original's
// kept sentences; its own new lede is not shared.
func TestCompareShared(t *testing.T) {
	arts := summit(t)
	orig := text.Analyze(arts[0])
	cp := text.Analyze(wire(arts[0], "A completely new opening paragraph written by the desk of another outlet today.", time.Time{}))
	c := Compare(orig, cp)
	if c.Containment < 0.9 {
		t.Errorf("containment of a trimmed copy = %.2f, want >= 0.9", c.Containment)
	}
	for _, i := range c.SharedB {
		if cp.Sentences[i].Para == 0 {
			t.Errorf("the new lede %q is marked shared", cp.Sentences[i].Text)
		}
	}
	kept := 0
	for _, s := range cp.Sentences {
		if s.Para > 0 {
			kept++
		}
	}
	if len(c.SharedB) != kept {
		t.Errorf("%d sentences of the copy shared, want the %d kept from the original", len(c.SharedB), kept)
	}
	other := text.Analyze(arts[1])
	if c := Compare(orig, other); c.Containment > 0.3 || len(c.SharedA) > len(orig.Sentences)/3 {
		t.Errorf("two outlets' reports: containment %.2f, %d of %d sentences shared; want little", c.Containment, len(c.SharedA), len(orig.Sentences))
	}
}

// TestSignatureEstimate: the MinHash estimate of Jaccard is close to the
// exact value on texts with a known overlap.
func TestSignatureEstimate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := make([]string, 2000)
	for i := range words {
		words[i] = "w" + strings.Repeat("x", r.IntN(3)) + string(rune('a'+r.IntN(26))) + string(rune('a'+r.IntN(26))) + string(rune('a'+r.IntN(26)))
	}
	a := text.Analyze(&news.Article{Language: "en", Text: strings.Join(words[:1200], " ")})
	b := text.Analyze(&news.Article{Language: "en", Text: strings.Join(words[600:], " ")})
	exact := Compare(a, b)
	sa, sb := Sign(a), Sign(b)
	if d := sa.Jaccard(sb) - exact.Jaccard; d > 0.1 || d < -0.1 {
		t.Errorf("estimated Jaccard %.3f, exact %.3f", sa.Jaccard(sb), exact.Jaccard)
	}
	if d := sa.Containment(sb) - exact.Containment; d > 0.15 || d < -0.15 {
		t.Errorf("estimated containment %.3f, exact %.3f", sa.Containment(sb), exact.Containment)
	}
}

func TestShortAndEmpty(t *testing.T) {
	docs := []*text.Doc{
		text.Analyze(&news.Article{Text: ""}),
		text.Analyze(&news.Article{Text: "Yes."}),
		text.Analyze(&news.Article{Text: "Yes."}),
	}
	if diff := cmp.Diff([]int{-1, -1, -1}, Copies(docs)); diff != "" {
		t.Errorf("texts too short to be copies (-want +got):\n%s", diff)
	}
}
