// Package entity finds the people, organisations, places and other things a
// story is about, and merges their mentions across reports.
package entity

import (
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Find returns the story's entities, merged across reports. Quotes give the
// speakers their role.
//
// PLACEHOLDER until the real entity finder lands.
func Find(c *text.Corpus, quotes []news.Quote) []news.Entity { return nil }
