// Package timeline finds time expressions, resolves them against each
// report's publication time, and orders the story's events.
package timeline

import (
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Build returns the story's timeline in order, and the date conflicts: one
// event put at different times by different sources.
//
// PLACEHOLDER until the real timeline lands.
func Build(c *text.Corpus) ([]news.TimelineEntry, []news.Conflict) { return nil, nil }
