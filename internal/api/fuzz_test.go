package api_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/api"
)

// FuzzStoryQuery: any query string is parsed into a bounded query or
// refused as a bad request, never a panic.
func FuzzStoryQuery(f *testing.F) {
	for _, s := range []string{"q=kim&sort=latest&limit=10&offset=5", "sort=independent", "limit=-1", "limit=99999999999999999999", "q=%zz", "offset=abc&limit=0", "q=" + strings.Repeat("x", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		r := &http.Request{URL: &url.URL{Path: "/api/stories", RawQuery: raw}}
		q, err := api.StoryQuery(r)
		if err != nil {
			if api.StatusOf(err).Status != http.StatusBadRequest {
				t.Fatalf("query %q: %v is not a bad request", raw, err)
			}
			return
		}
		if q.Limit < 1 || q.Limit > 500 || q.Offset < 0 || len(q.Search) > 200 {
			t.Fatalf("query %q parsed out of bounds: %+v", raw, q)
		}
	})
}

// FuzzAuthHeaders: the Authorization and Content-Type headers of a write.
// A token is taken only from the Bearer scheme, trimmed and non-empty; a
// Content-Type passes only as application/json.
func FuzzAuthHeaders(f *testing.F) {
	f.Add("Bearer s3cret", "application/json")
	f.Add("bearer  s3cret ", "application/json; charset=utf-8")
	f.Add("Basic dTpzM2NyZXQ=", "text/plain")
	f.Add("Bearer", "")
	f.Add("BEARER\ts3cret", "Application/JSON")
	f.Fuzz(func(t *testing.T, auth, ctype string) {
		if tok, ok := api.Bearer(auth); ok {
			scheme, _, _ := strings.Cut(strings.TrimSpace(auth), " ")
			if tok == "" || strings.TrimSpace(tok) != tok || !strings.EqualFold(scheme, "bearer") {
				t.Fatalf("Bearer(%q) = %q", auth, tok)
			}
		}
		if err := api.JSONBody(ctype); err == nil {
			mt, _, _ := strings.Cut(ctype, ";")
			if !strings.EqualFold(strings.TrimSpace(mt), "application/json") {
				t.Fatalf("Content-Type %q taken for JSON", ctype)
			}
		} else if api.StatusOf(err).Status != http.StatusUnsupportedMediaType {
			t.Fatalf("Content-Type %q: %v", ctype, err)
		}
	})
}
