// Package news holds the domain types that every stage of crosscheck shares:
// the article as read, and the brief as written. It does no I/O and depends on
// nothing outside the standard library, so every stage can use it freely.
package news

import "time"

// Outlet provenance values for Article.OutletFrom: how the outlet was learned.
const (
	OutletFromMetadata = "metadata" // a sidecar, a JSON line, a feed item
	OutletFromSite     = "site"     // the page's site name or the URL's host
	OutletFromText     = "text"     // a credit line, sign-off or dateline in the text
	OutletFromUnknown  = "unknown"
)

// Article is one report as read from an input. Text is the body only, with
// paragraphs separated by a blank line ("\n\n"); every byte offset in a brief
// (Evidence) points into Text.
type Article struct {
	ID         string    `json:"id"`
	File       string    `json:"file,omitempty"` // path as the user gave it
	URL        string    `json:"url,omitempty"`
	Outlet     string    `json:"outlet,omitempty"`
	OutletFrom string    `json:"outlet_from,omitempty"`
	Title      string    `json:"title,omitempty"`
	Published  time.Time `json:"published,omitzero"` // zero when unknown
	Author     string    `json:"author,omitempty"`
	Language   string    `json:"language,omitempty"` // ISO 639-1
	Text       string    `json:"text"`
	// Encoding is the legacy encoding the input was read from
	// ("windows-1250", "shift_jis"), "" for UTF-8. Not kept by the store.
	Encoding string `json:"encoding,omitempty"`
}

// Name is how the article is named to a user in messages: its file, else
// its URL, else its id.
func (a *Article) Name() string {
	switch {
	case a.File != "":
		return a.File
	case a.URL != "":
		return a.URL
	}
	return a.ID
}
