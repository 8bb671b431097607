// Package compare reads aligned claims and finds what independent sources
// agree on, where they differ, and what only one of them says.
package compare

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Result is the comparison of one story's claims.
type Result struct {
	Agreements   []news.Agreement
	Conflicts    []news.Conflict
	SingleSource []news.SingleSource
}

// Compare finds agreements, conflicts and single-source claims.
//
// PLACEHOLDER until the real comparison lands.
func Compare(c *text.Corpus, a *align.Result) Result {
	return Result{}
}
