// Package dedup finds near-duplicate articles: copies of one wire text,
// trimmed, extended or edited by each outlet.
package dedup

import "github.com/crosscheck/crosscheck/internal/text"

// Copies returns, for each document, the index of the document it copies,
// or -1 when it is no copy. The original is the earliest published (else the
// first given) of a group of copies.
//
// PLACEHOLDER: no copies found until the real detector lands.
func Copies(docs []*text.Doc) []int {
	out := make([]int, len(docs))
	for i := range out {
		out[i] = -1
	}
	return out
}
