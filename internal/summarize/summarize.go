// Package summarize picks the sentences of an extractive multi-document
// summary within a length budget.
package summarize

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Budget bounds a summary: Words, or Bytes when Words is 0.
type Budget struct {
	Words, Bytes int
}

// Select returns the summary's sentences, in reading order.
//
// PLACEHOLDER: the first sentences of the first document.
func Select(c *text.Corpus, a *align.Result, b Budget) []align.SentRef {
	var out []align.SentRef
	words := 0
	if len(c.Docs) == 0 {
		return nil
	}
	for s, sent := range c.Docs[0].Sentences {
		n := text.Words(sent.Text)
		if words+n > b.Words {
			break
		}
		words += n
		out = append(out, align.SentRef{Doc: 0, Sent: s})
	}
	return out
}
