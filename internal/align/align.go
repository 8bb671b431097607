// Package align groups the sentences of all reports of a story into claims:
// one piece of information with the sentences that express it in each source.
package align

import (
	"strconv"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// SentRef names one sentence of a corpus: Docs[Doc].Sentences[Sent].
type SentRef struct{ Doc, Sent int }

// Result is the alignment of a corpus.
type Result struct {
	Claims []news.Claim
	// Members[i] lists the sentences that make Claims[i].
	Members [][]SentRef
	// Of[doc][sent] is the index in Claims of that sentence's claim, or -1.
	Of [][]int
}

// Align groups the sentences of the corpus into claims.
//
// PLACEHOLDER: every sentence is its own claim until real alignment lands.
func Align(c *text.Corpus) *Result {
	r := &Result{Of: make([][]int, len(c.Docs))}
	for d, doc := range c.Docs {
		r.Of[d] = make([]int, len(doc.Sentences))
		for s, sent := range doc.Sentences {
			r.Of[d][s] = len(r.Claims)
			r.Members = append(r.Members, []SentRef{{d, s}})
			r.Claims = append(r.Claims, news.Claim{
				ID: "c" + strconv.Itoa(len(r.Claims)+1), Text: sent.Text,
				Sources: []string{c.IDs[d]}, Independent: 1,
				Evidence: []news.Evidence{{Source: c.IDs[d], Start: sent.Start, End: sent.End}},
			})
		}
	}
	return r
}
