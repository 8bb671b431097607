package align_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// withheldIn reports whether the sentence of the corpus that holds words
// has the term of "not made public".
func withheldIn(t *testing.T, c *text.Corpus, words string) bool {
	t.Helper()
	for _, doc := range c.Docs {
		for s, sent := range doc.Sentences {
			if strings.Contains(sent.Text, words) {
				terms, _, _ := align.SentenceTerms(doc, s)
				return slices.Contains(terms, "~withheld")
			}
		}
	}
	t.Fatalf("no sentence holds %q: the data changed", words)
	return false
}

// The wordings of "not made public" are one term: six reports of ECB+ 10ecb
// say that the Angels' offer was not given a figure, each in other words.
// Look-alikes: a negated verb of another meaning ("did not know"), and the
// release of a person, which frees him (the bundled example: "will not
// negotiate the release of their soldiers", "if sailors and marines not
// released by Iran").
func TestWithheldWordings(t *testing.T) {
	c, _ := ecbStory(t, "10ecb")
	for words, want := range map[string]bool{
		"declined to provide the value":            true,
		"didn't reveal the dollar amounts":         true,
		"the numbers aren't confirmed":             true,
		"dollars undisclosed":                      true,
		"The dollar amount was unspecified":        true,
		"No dollar figures have been released":     false, // "release" frees people too: left out
		"did not know when the offer might expire": false,
	} {
		if got := withheldIn(t, c, words); got != want {
			t.Errorf("%q: withheld %v, want %v", words, got, want)
		}
	}
	ex := exampleCorpus(t)
	for words, want := range map[string]bool{
		"will not negotiate the release of their soldiers": false,
		"marines not released by Iran within days":         false,
		"have not confirmed the reports that any":          true,
	} {
		if got := withheldIn(t, ex, words); got != want {
			t.Errorf("example, %q: withheld %v, want %v", words, got, want)
		}
	}
}

// A paraphrase of "not made public" is support: in ECB+ 10ecb, "Reagins
// declined to provide the value of Teixeira's offer" (10_4ecb) is carried by
// 10_2ecb's "Regains didn't reveal the dollar amounts, but the newspaper
// speculates ...", which shares no word of it but the offer.
func TestSupportWithheld(t *testing.T) {
	c, r := ecbStory(t, "10ecb")
	if cl := claimWith(t, c, r, "10_4ecb", "declined to provide the value"); !cites(cl, "10_2ecb") {
		t.Errorf("claim %q: sources %v, partial %v; want 10_2ecb (\"didn't reveal the dollar amounts\")", cl.Text, cl.Sources, cl.Partial)
	}
}

// exampleCorpus reads the bundled example's ten reports.
func exampleCorpus(t *testing.T) *text.Corpus {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("../../examples/iran-sailors-2007", "M00*.txt"))
	if err != nil || len(names) != 10 {
		t.Fatalf("the bundled example: %v, %d reports", err, len(names))
	}
	var docs []*text.Doc
	var ids []string
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, text.Analyze(&news.Article{Text: string(raw)}))
		ids = append(ids, strings.TrimSuffix(filepath.Base(n), ".txt"))
	}
	return text.NewCorpus(docs, ids)
}
