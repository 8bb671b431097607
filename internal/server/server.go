// Package server is crosscheck's HTTP server: it puts the pages (web) and
// the JSON API (api) on one mux, with one cache of lists, safe headers and
// a time limit on every request.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/crosscheck/crosscheck/internal/api"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/surface"
	"github.com/crosscheck/crosscheck/internal/web"
)

// Config is what the server needs.
type Config struct {
	Store store.Reader
	// Ingest stores articles (the pipeline); nil: the server takes no writes
	// even with a token (503).
	Ingest func(ctx context.Context, arts []*news.Article) (api.IngestResult, error)
	// Parse reads the body of POST /api/articles; nil: api.ParseArticles.
	Parse   func(body []byte) ([]*news.Article, error)
	Auth    surface.Auth
	Timeout time.Duration // time limit of one request; 0: DefaultTimeout
	Logger  *slog.Logger
}

// DefaultTimeout is the time limit of one request.
const DefaultTimeout = 15 * time.Second

// ContentSecurityPolicy allows the page's own stylesheet and icon, and
// nothing else: no script at all, no frames, no form posts elsewhere.
const ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Handler is the whole server: the pages and the JSON API on one mux, with
// safe headers and a time limit on every request.
func Handler(cfg Config) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	mux := http.NewServeMux()
	// One cache of lists for the pages and the API, so a write drops both.
	lists := surface.NewCache(cfg.Store, surface.CacheOptions{Revalidate: web.Revalidate, Timeout: cfg.Timeout})
	forget := web.Register(mux, web.Options{Store: cfg.Store, Auth: cfg.Auth, Logger: cfg.Logger, Lists: lists})
	api.Register(mux, api.Options{
		Store: cfg.Store, Ingest: cfg.Ingest, Parse: cfg.Parse, Auth: cfg.Auth,
		Logger: cfg.Logger, OnWrite: forget, Lists: lists,
	})
	return secure(limit(mux, cfg.Timeout))
}

// safeHeaders are the headers every response carries, keys in canonical
// form, so setting them allocates nothing per request (net/http only
// reads the values; a handler that changes one replaces its slice).
var safeHeaders = http.Header{
	"Content-Security-Policy":      {ContentSecurityPolicy},
	"X-Content-Type-Options":       {"nosniff"},
	"X-Frame-Options":              {"DENY"},
	"Referrer-Policy":              {"no-referrer"},
	"Cross-Origin-Opener-Policy":   {"same-origin"},
	"Cross-Origin-Resource-Policy": {"same-origin"},
	"Permissions-Policy":           {"camera=(), microphone=(), geolocation=(), interest-cohort=()"},
}

// secure sets the headers every response carries.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		for k, v := range safeHeaders {
			hd[k] = v[:1:1]
		}
		h.ServeHTTP(w, r)
	})
}

// limit gives every request a deadline; the store calls under it give up
// when it passes, and the error maps to 504. The http.Server's write timeout
// is the backstop for anything that ignores the context.
func limit(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Server is an http.Server for Handler with every timeout set.
func Server(addr string, h http.Handler, timeout time.Duration) *http.Server {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       timeout,
		WriteTimeout:      timeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
