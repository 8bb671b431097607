package compare_test

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
)

// multilingStories are the 10 MultiLing 2011 English topics, 10 reports each.
func multilingStories(t testing.TB) map[string][]*news.Article {
	out := map[string][]*news.Article{}
	files, _ := filepath.Glob(filepath.Join(dataDir(t), "multiling2011", "SourceTexts", "M*.english"))
	for _, f := range files {
		topic := filepath.Base(f)[:4] // M00T
		a := readText(t, f)
		a.Language = "en"
		out[topic] = append(out[topic], a)
	}
	return out
}

// ecbStories reads ECB+ stories (topic + ecb/ecbplus): tokens joined into
// sentences, the first sentence dropped when it is the page's URL.
func ecbStories(t testing.TB, topics []string) map[string][]*news.Article {
	out := map[string][]*news.Article{}
	for _, tp := range topics {
		files, _ := filepath.Glob(filepath.Join(dataDir(t), "ecbplus", "ECB+", tp, "*.xml"))
		sort.Strings(files)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Tokens []struct {
					Sentence string `xml:"sentence,attr"`
					Text     string `xml:",chardata"`
				} `xml:"token"`
			}
			if err := xml.Unmarshal(raw, &doc); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			var sents []string
			cur, curID := []string{}, ""
			flush := func() {
				if len(cur) > 0 {
					sents = append(sents, detok(cur))
				}
				cur = nil
			}
			for _, tok := range doc.Tokens {
				if tok.Sentence != curID {
					flush()
					curID = tok.Sentence
				}
				cur = append(cur, tok.Text)
			}
			flush()
			if len(sents) > 0 && (strings.Contains(sents[0], "http") || strings.Contains(sents[0], "www.")) {
				sents = sents[1:]
			}
			kind := "ecb"
			if strings.HasSuffix(f, "ecbplus.xml") {
				kind = "ecbplus"
			}
			key := tp + kind
			out[key] = append(out[key], &news.Article{File: filepath.Base(f), Text: strings.Join(sents, "\n\n"), Language: "en"})
		}
	}
	return out
}

// detok joins tokens as prose: no space before closing punctuation.
func detok(toks []string) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !strings.ContainsAny(t[:1], ".,;:!?)%'") && toks[i-1] != "(" && toks[i-1] != "$" && t != "n't" && t != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// TestCorpusConflicts runs the comparison on real stories (MultiLing and
// ECB+) and checks what must hold of every difference: at least two sides,
// each with sources, evidence that points at real text, different values,
// and no independent source on two sides. With -v it lists every difference
// and single-source claim: the sample read by hand in docs/claims.md.
func TestCorpusConflicts(t *testing.T) {
	stories := multilingStories(t)
	for k, v := range ecbStories(t, []string{"1", "3", "4", "6", "8", "12", "13", "14", "16", "18", "19", "20", "22", "23", "24", "25", "26", "27", "28", "29", "30"}) {
		stories[k] = v
	}
	keys := make([]string, 0, len(stories))
	for k := range stories {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	nConf, nSingle := 0, 0
	for _, k := range keys {
		b := brief.Build(stories[k], brief.Options{IncludeText: true})
		texts := map[string]string{}
		for _, s := range b.Sources {
			texts[s.ID] = s.Text
		}
		for _, c := range b.Conflicts {
			if c.Kind == news.ConflictSpeaker {
				continue // the quote stage's
			}
			nConf++
			if len(c.Sides) < 2 {
				t.Errorf("%s: %s conflict %q with %d sides", k, c.Kind, c.Topic, len(c.Sides))
			}
			values := map[string]bool{}
			for _, s := range c.Sides {
				if len(s.Sources) == 0 || len(s.Evidence) == 0 {
					t.Errorf("%s: side %q without sources or evidence", k, s.Value)
				}
				for _, ev := range s.Evidence {
					if ev.Start < 0 || ev.End > len(texts[ev.Source]) || ev.Start >= ev.End {
						t.Errorf("%s: bad evidence %+v", k, ev)
					}
				}
				values[s.Value] = true
			}
			if c.Kind != news.ConflictContradiction && len(values) < 2 {
				t.Errorf("%s: %s conflict %q whose sides have one value", k, c.Kind, c.Topic)
			}
			if testing.Verbose() {
				fmt.Printf("CONFLICT %s %s %q\n", k, c.Kind, c.Topic)
				for _, s := range c.Sides {
					fmt.Printf("   [%s] %s :: %s\n", strings.Join(s.Sources, ","), s.Value, s.Text)
				}
			}
		}
		for _, s := range b.SingleSource {
			if s.Kind != news.SingleClaim {
				continue
			}
			nSingle++
			if len(s.Sources) == 0 {
				t.Errorf("%s: single-source claim without source", k)
			}
			if testing.Verbose() {
				fmt.Printf("SINGLE %s [%s] %s\n", k, strings.Join(s.Sources, ","), s.Text)
			}
		}
	}
	t.Logf("%d stories: %d differences, %d single-source claims", len(keys), nConf, nSingle)
}
