package render

import (
	"bytes"
	"encoding/json"
	"io"
)

// The JSON contract is written indented for people. encoding/json's
// indentation re-scans its output with its validating scanner, which cost
// twice the encoding itself on `brief --stories all` (BENCHMARKS.md); its
// output is valid by construction, so a plain pass that only tracks strings
// indents it, with the same bytes.

// encodeIndented writes v as JSON, without HTML escaping, indented by two
// spaces and ended by a newline: what a json.Encoder with SetIndent("",
// "  ") and SetEscapeHTML(false) writes.
func encodeIndented(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(appendIndent(make([]byte, 0, buf.Len()*2), buf.Bytes()))
	return err
}

// Indent writes compact JSON that encoding/json made (as the store keeps a
// brief) indented as JSON writes a brief, ended by a newline.
func Indent(w io.Writer, compact []byte) error {
	_, err := w.Write(appendIndent(make([]byte, 0, len(compact)*2), compact))
	return err
}

// appendIndent appends src, valid JSON, indented by two spaces a level as
// json.Indent does (empty objects and arrays stay {} and []), and a
// newline.
func appendIndent(dst, src []byte) []byte {
	return append(appendIndentAt(dst, src, 0), '\n')
}

// appendIndentAt appends src indented as a value at the given depth,
// without a newline after it.
func appendIndentAt(dst, src []byte, depth int) []byte {
	open := false // just after { or [: indent before the next value
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = newline(dst, depth)
		}
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = newline(append(dst, c), depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = newline(dst, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// stringEnd returns the index just after the JSON string that starts at
// src[i].
// It looks for each quote mark with bytes.IndexByte (many bytes a step):
// a mark after an odd run of backslashes is escaped, and the string goes
// on.
func stringEnd(src []byte, i int) int {
	for j := i + 1; j < len(src); {
		k := bytes.IndexByte(src[j:], '"')
		if k < 0 {
			break
		}
		j += k
		back := 0
		for b := j - 1; b > i && src[b] == '\\'; b-- {
			back++
		}
		if back%2 == 0 {
			return j + 1
		}
		j++
	}
	return len(src)
}

// indentation is a newline and the spaces of the deepest levels a brief
// reaches, which newline copies at once.
const indentation = "\n" + "                                                                "

func newline(dst []byte, depth int) []byte {
	if n := 1 + 2*depth; n <= len(indentation) {
		return append(dst, indentation[:n]...)
	}
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ', ' ')
	}
	return dst
}
