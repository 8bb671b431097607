// Package render writes a brief as Markdown for the terminal, JSON (the
// contract of PRODUCT.md) or one standalone HTML file.
package render

import (
	"io"

	"github.com/crosscheck/crosscheck/internal/news"
)

// JSON writes one brief in the JSON contract, indented for people.
func JSON(w io.Writer, b *news.Brief) error {
	return encodeIndented(w, b)
}

// JSONBriefs writes several briefs as {"briefs":[...]}.
func JSONBriefs(w io.Writer, bs []*news.Brief) error {
	return encodeIndented(w, struct {
		Briefs []*news.Brief `json:"briefs"`
	}{bs})
}
