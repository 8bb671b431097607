package quote

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// summit reads the five reports simply: paragraphs joined by a blank line.
func summit(tb testing.TB) *text.Corpus {
	arts := testenv.Summit(tb)
	docs := make([]*text.Doc, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		docs[i], ids[i] = text.Analyze(a), a.ID
	}
	return text.NewCorpus(docs, ids)
}

type fixture struct {
	People  []string            `json:"people"`
	Aliases map[string][]string `json:"aliases"`
	Grouped []struct {
		Words      string `json:"words"`
		Speaker    string `json:"speaker"`
		MinSources int    `json:"min_sources"`
	} `json:"grouped"`
	SpeakerConflict string `json:"speaker_conflict"`
}

func TestSummit(t *testing.T) {
	c := summit(t)
	var fx fixture
	b, err := os.ReadFile("testdata/summit.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &fx); err != nil {
		t.Fatal(err)
	}
	res := Analyze(c)
	ents := res.Entities
	byName := map[string]news.Entity{}
	for _, e := range ents {
		byName[e.Name] = e
	}
	t.Run("people", func(t *testing.T) {
		for _, p := range fx.People {
			e, ok := byName[p]
			if !ok || e.Type != news.EntityPerson {
				t.Errorf("person %q not found as a person (got %+v)", p, e)
			}
		}
	})
	t.Run("no two people merged", func(t *testing.T) {
		for _, e := range ents {
			if e.Type != news.EntityPerson {
				continue
			}
			for _, a := range e.Aliases {
				if slices.Contains(fx.People, a) {
					t.Errorf("%q merged into %q", a, e.Name)
				}
			}
		}
	})
	t.Run("aliases", func(t *testing.T) {
		for name, want := range fx.Aliases {
			for _, a := range want {
				if !slices.Contains(byName[name].Aliases, a) {
					t.Errorf("%q: alias %q missing from %v", name, a, byName[name].Aliases)
				}
			}
		}
	})
	t.Run("grouped quotes", func(t *testing.T) {
		for _, g := range fx.Grouped {
			found := false
			for _, q := range res.Quotes {
				has := false
				for _, v := range q.Variants {
					has = has || strings.Contains(text.FoldQuotes(v.Text), text.FoldQuotes(g.Words))
				}
				if has && len(q.Sources) >= g.MinSources {
					found = true
					if q.Speaker != g.Speaker {
						t.Errorf("quote %q: speaker %q, want %q", g.Words, q.Speaker, g.Speaker)
					}
				}
			}
			if !found {
				t.Errorf("quote %q not grouped over %d sources", g.Words, g.MinSources)
			}
		}
	})
	t.Run("speaker conflict", func(t *testing.T) {
		for _, cf := range res.Conflicts {
			for _, s := range cf.Sides {
				if strings.Contains(s.Text, fx.SpeakerConflict) {
					return
				}
			}
		}
		t.Errorf("no speaker conflict on %q", fx.SpeakerConflict)
	})
}

// BenchmarkQuotesEntities times quotes and entities for one report of about
// 600 words (the Al Jazeera report trimmed), text analysis excluded.
func BenchmarkQuotesEntities(b *testing.B) {
	c := summit(b)
	d := c.Docs[1]
	words := strings.Fields(d.Article.Text)
	a := &news.Article{ID: "s", Text: strings.Join(words[:min(600, len(words))], " ")}
	one := text.NewCorpus([]*text.Doc{text.Analyze(a)}, []string{"s"})
	b.ResetTimer()
	for b.Loop() {
		// Analyze resolves the names once for the speakers and the entity list.
		_ = Analyze(one)
	}
}
