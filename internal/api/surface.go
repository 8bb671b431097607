package api

import (
	"net/http"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/surface"
)

// The API's names for what it shares with the pages, which live in
// internal/surface so that web need not import api. They keep the
// handlers' code as it was; new code may call surface directly.

type (
	// Auth guards routes with tokens (surface.Auth).
	Auth = surface.Auth
	// Error is a failed request as clients see it (surface.Error).
	Error = surface.Error
	// Cache keeps responses read from the store (surface.Cache).
	Cache = surface.Cache
	// CacheOptions bound a Cache (surface.CacheOptions).
	CacheOptions = surface.CacheOptions
)

// Errorf makes an error with the status given (surface.Errorf).
func Errorf(status int, format string, args ...any) *Error {
	return surface.Errorf(status, format, args...)
}

// StatusOf maps any error to what the client is told (surface.StatusOf).
func StatusOf(err error) *Error { return surface.StatusOf(err) }

// WriteError writes err as JSON with its status (surface.WriteError).
func WriteError(w http.ResponseWriter, err error) { surface.WriteError(w, err) }

// DenyRead is the API's refusal of a read (surface.DenyRead).
func DenyRead(w http.ResponseWriter, r *http.Request) { surface.DenyRead(w, r) }

// Bearer returns the token of a Bearer Authorization header (surface.Bearer).
func Bearer(header string) (string, bool) { return surface.Bearer(header) }

// NewCache returns an empty cache of responses read from st (surface.NewCache).
func NewCache(st store.Reader, opt CacheOptions) *Cache { return surface.NewCache(st, opt) }

// StoryQuery reads a story list's query string (surface.StoryQuery).
func StoryQuery(r *http.Request) (store.StoryQuery, error) { return surface.StoryQuery(r) }

// PublicFile is a source's file as readers see it (surface.PublicFile).
func PublicFile(path string) string { return surface.PublicFile(path) }

// PublicSources returns b with its sources' files public (surface.PublicSources).
func PublicSources(b *news.Brief) *news.Brief { return surface.PublicSources(b) }
