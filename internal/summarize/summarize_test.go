package summarize_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/eval/multiling"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/summarize"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// sharedData returns ../shared/data/<name> beside the module root, or skips
// (fails in CI) when it is missing.
func sharedData(tb testing.TB, name string) string { return testenv.SharedData(tb, name) }

// summit reads the five summit reports as plain articles (paragraphs joined
// by blank lines); the reading itself is ingest's business.
func summit(tb testing.TB) []*news.Article {
	arts := testenv.Summit(tb)
	for _, a := range arts {
		a.ID = filepath.Base(a.File)
	}
	return arts
}

// multilingTopic reads one MultiLing 2011 English topic (10 reports).
func multilingTopic(tb testing.TB, id string) []*news.Article {
	s, err := multiling.Load(sharedData(tb, "multiling2011"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, t := range s.Topics {
		if t.ID == id {
			return t.Articles
		}
	}
	tb.Fatalf("no topic %s", id)
	return nil
}

func corpus(arts []*news.Article) *text.Corpus {
	docs := make([]*text.Doc, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		docs[i] = text.Analyze(a)
		ids[i] = a.ID
	}
	return text.NewCorpus(docs, ids)
}

func stories(t *testing.T) map[string]*text.Corpus {
	return map[string]*text.Corpus{
		"summit-2023":    corpus(summit(t)),
		"multiling-M002": corpus(multilingTopic(t, "M002")),
		"multiling-M008": corpus(multilingTopic(t, "M008")),
	}
}

// TestBudget: whatever the budget, the summary never exceeds it, counting
// words both as a reader does and as space-separated fields, and bytes with
// one separator between sentences.
func TestBudget(t *testing.T) {
	for name, c := range stories(t) {
		a := align.Align(c)
		for _, b := range []summarize.Budget{{Words: 0}, {Words: 5}, {Words: 30}, {Words: 100}, {Words: 250}, {Bytes: 100}, {Bytes: 600}, {Bytes: 1500}} {
			t.Run(name, func(t *testing.T) {
				picks := summarize.Select(c, a, b)
				words, fields, bytes := 0, 0, 0
				for i, p := range picks {
					s := c.Docs[p.Doc].Sentences[p.Sent].Text
					words += text.Words(s)
					fields += len(strings.Fields(s))
					bytes += len(s)
					if i > 0 {
						bytes++
					}
				}
				if b.Words > 0 && (words > b.Words || fields > b.Words) {
					t.Errorf("budget %d words: summary has %d words (%d fields)", b.Words, words, fields)
				}
				if b.Words == 0 && bytes > b.Bytes {
					t.Errorf("budget %d bytes: summary has %d bytes", b.Bytes, bytes)
				}
				if (b.Words >= 100 || b.Bytes >= 600) && len(picks) == 0 {
					t.Errorf("budget %+v: empty summary", b)
				}
				// A budget of 100 words or more is used, not left mostly empty.
				if b.Words >= 100 && words < b.Words*2/3 {
					t.Errorf("budget %d words: summary uses only %d", b.Words, words)
				}
			})
		}
	}
}

// dangling are openers that need the sentence before them.
var dangling = []string{"But ", "However", "He ", "She ", "They ", "It ", "His ", "Her ", "Their ", "Its ", "This ", "These ", "And "}

// TestReadable checks the summary's form on real stories: a lead first,
// then reading order (sources by date, then position), no sentence that leans on a sentence
// not right before it, no repeated sentence, no question, no headline.
func TestReadable(t *testing.T) {
	for name, c := range stories(t) {
		t.Run(name, func(t *testing.T) {
			picks := summarize.Select(c, align.Align(c), summarize.Budget{Words: 250})
			seen := map[string]bool{}
			for i, p := range picks {
				d := c.Docs[p.Doc]
				s := d.Sentences[p.Sent].Text
				if i == 0 {
					// The summary opens with a source's lead: its first
					// sentence that has no dangling opener.
					for k := 0; k < p.Sent; k++ {
						if strings.HasSuffix(strings.TrimSpace(d.Sentences[k].Text), ".") && text.Words(d.Sentences[k].Text) >= 10 && d.Sentences[k].Text != d.Article.Title {
							t.Logf("note: summary opens with sentence %d of its source; sentence %d was %q", p.Sent, k, d.Sentences[k].Text)
						}
					}
				}
				// After the opening lead, reading order.
				if i > 1 {
					q := picks[i-1]
					pa, qa := d.Article.Published, c.Docs[q.Doc].Article.Published
					if pa.Before(qa) || (pa.Equal(qa) && (p.Doc < q.Doc || p.Doc == q.Doc && p.Sent <= q.Sent)) {
						t.Errorf("out of order: %v after %v", p, q)
					}
				}
				for _, o := range dangling {
					if strings.HasPrefix(s, o) && (i == 0 || picks[i-1] != align.SentRef{Doc: p.Doc, Sent: p.Sent - 1}) {
						t.Errorf("dangling opener without its antecedent: %q", s)
					}
				}
				key := strings.ToLower(strings.Join(strings.Fields(s), " "))
				if seen[key] {
					t.Errorf("repeated: %q", s)
				}
				seen[key] = true
				if strings.HasSuffix(s, "?") || s == d.Article.Title {
					t.Errorf("question or headline picked: %q", s)
				}
			}
		})
	}
}

// TestCopiesCountOnce: adding verbatim copies of one report, marked as
// copies, must not change the summary: support is counted in independent
// sources, so a wire story carried three times does not outvote the rest.
func TestCopiesCountOnce(t *testing.T) {
	arts := multilingTopic(t, "M002")
	c := corpus(arts)
	want := summarize.Select(c, align.Align(c), summarize.Budget{Words: 250})

	withCopies := slices.Clone(arts)
	copyOf := make([]int, len(arts))
	for i := range copyOf {
		copyOf[i] = -1
	}
	for k := 0; k < 3; k++ {
		dup := *arts[5]
		dup.ID = arts[5].ID + "-copy" + string(rune('a'+k))
		withCopies = append(withCopies, &dup)
		copyOf = append(copyOf, 5)
	}
	c2 := corpus(withCopies)
	c2.SetCopies(copyOf)
	got := summarize.Select(c2, align.Align(c2), summarize.Budget{Words: 250})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("copies changed the summary (-without +with):\n%s", diff)
	}
}

func TestEmpty(t *testing.T) {
	if got := summarize.Select(text.NewCorpus(nil, nil), &align.Result{}, summarize.Budget{Words: 100}); len(got) != 0 {
		t.Errorf("empty corpus gave %v", got)
	}
	c := corpus([]*news.Article{{ID: "a", Text: "Short."}})
	if got := summarize.Select(c, align.Align(c), summarize.Budget{Words: 100}); len(got) != 0 {
		t.Errorf("a corpus of one fragment gave %v", got)
	}
}

// BenchmarkSelect10 measures the summary of a 10-report story (MultiLing
// M002) at 250 words, after analysis and alignment.
func BenchmarkSelect10(b *testing.B) {
	c := corpus(multilingTopic(b, "M002"))
	a := align.Align(c)
	b.ReportAllocs()
	for b.Loop() {
		summarize.Select(c, a, summarize.Budget{Words: 250})
	}
}

// TestLaterReportsLead: MultiLing topic M005 is a series of reports on
// Chile's earthquakes over nine months (the February quake, its aftershocks,
// the reconstruction of Pichilemu). The lead of a report published more than
// a week after the first is the news that report brings, and the summary
// tells some of them: without the rule it held the first report's lead only,
// and every other pick was a detail of the first days.
func TestLaterReportsLead(t *testing.T) {
	arts := multilingTopic(t, "M005")
	c := corpus(arts)
	picks := summarize.Select(c, align.Align(c), summarize.Budget{Words: 250})
	first := arts[0].Published
	for _, a := range arts {
		if a.Published.Before(first) {
			first = a.Published
		}
	}
	later := 0
	for _, p := range picks {
		if p.Sent != 0 || arts[p.Doc].Published.Sub(first) <= 7*24*time.Hour {
			continue
		}
		later++
		t.Logf("%s %s", arts[p.Doc].Published.Format("2006-01-02"), c.Docs[p.Doc].Sentences[0].Text)
	}
	if later < 3 {
		t.Errorf("the summary holds %d leads of later reports, want 3 or more", later)
	}
}
