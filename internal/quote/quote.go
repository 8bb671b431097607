// Package quote finds direct quotes and reported speech, their speakers and
// the chains through which they reached each outlet, and groups the same
// quote across reports.
package quote

import (
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Result is what the quotes of a story show.
type Result struct {
	Quotes       []news.Quote
	Conflicts    []news.Conflict     // kind "speaker": the same words given to different speakers
	SingleSource []news.SingleSource // kind "quote"
}

// Analyze finds and groups the quotes of a story.
//
// PLACEHOLDER until the real quote finder lands.
func Analyze(c *text.Corpus) Result { return Result{} }
