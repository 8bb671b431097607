package quote

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestHeSaidAfterAnAttribution: in a GVA report (incident 604762, the 2016
// Baton Rouge ambush), "Long had parked ... and then walked around the
// building, ..., Edmonson said." is followed by "“It was chaotic,” he
// said." The gunman is the subject since the last quote, but the person
// who spoke last is Edmonson, named right before "said": the quote is his.
// Before, it was given to the gunman.
func TestHeSaidAfterAnAttribution(t *testing.T) {
	path := testenv.GVAStream(t, func(line []byte) bool {
		return bytes.Contains(line, []byte(`"incident": "604762"`))
	}, 0)
	arts := readJSONL(t, path)
	var docs []*text.Doc
	var ids []string
	for _, a := range arts {
		if strings.Contains(a.Text, "It was chaotic") {
			docs, ids = append(docs, text.Analyze(a)), append(ids, a.ID)
		}
	}
	if len(docs) == 0 {
		t.Fatalf("no report of incident 604762 (%d read) holds the quote", len(arts))
	}
	res := Analyze(text.NewCorpus(docs, ids))
	found := false
	for _, q := range res.Quotes {
		if strings.Contains(q.Text, "It was chaotic") {
			found = true
			if !strings.Contains(q.Speaker, "Edmonson") {
				t.Errorf("“It was chaotic” given to %q, want Edmonson", q.Speaker)
			}
		}
	}
	if !found {
		t.Error("the quote “It was chaotic” was not found")
	}
}

func readJSONL(t *testing.T, path string) []*news.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []*news.Article
	for _, line := range bytes.Split(b, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var l struct{ ID, Title, Text string }
		if err := json.Unmarshal(line, &l); err != nil {
			t.Fatal(err)
		}
		out = append(out, &news.Article{ID: l.ID, Title: l.Title, Text: l.Text, Language: "en"})
	}
	return out
}
