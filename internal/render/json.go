// Package render writes a brief as Markdown for the terminal, JSON (the
// contract of PRODUCT.md) or one standalone HTML file.
package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/crosscheck/crosscheck/internal/news"
)

// JSON writes one brief in the JSON contract, indented for people.
func JSON(w io.Writer, b *news.Brief) error {
	return encodeIndented(w, b)
}

// JSONBriefs writes several briefs as {"briefs":[...]}, one brief at a
// time: the bytes are those of the whole encoded at once, without holding
// the whole (tens of megabytes for 500 reports) in memory twice.
func JSONBriefs(w io.Writer, bs []*news.Brief) error {
	if len(bs) == 0 {
		return encodeIndented(w, struct {
			Briefs []*news.Brief `json:"briefs"`
		}{bs})
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString("{\n  \"briefs\": ["); err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	var out []byte
	for i, b := range bs {
		buf.Reset()
		if err := enc.Encode(b); err != nil {
			return err
		}
		out = out[:0]
		if i > 0 {
			out = append(out, ',')
		}
		out = appendIndentAt(newline(out, 2), buf.Bytes(), 2)
		if _, err := bw.Write(out); err != nil {
			return err
		}
	}
	if _, err := bw.WriteString("\n  ]\n}\n"); err != nil {
		return err
	}
	return bw.Flush()
}
