package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/ingest/web"
)

// FuzzSidecar: any bytes in a sidecar give metadata or an error in words,
// never a panic, and the metadata is clean single-line text.
func FuzzSidecar(f *testing.F) {
	f.Add([]byte(`{"outlet":"Wikinews","published":"2007-03-23","title":"15 Royal Navy sailors captured"}`))
	f.Add([]byte(`{"url":"https://example.org/a","published":"2023-09-13T10:00:00Z","language":"en-GB"}`))
	f.Add([]byte(`{"outlet": `))
	f.Add([]byte(`{"published":"23 March"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := parseSidecar(b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without words")
			}
			return
		}
		for _, v := range []string{s.Outlet, s.Title, s.Author} {
			if strings.ContainsAny(v, "\n\r\t") || strings.TrimSpace(v) != v {
				t.Fatalf("metadata %q is not clean", v)
			}
		}
		if s.Language != "" && len(s.Language) != 2 {
			t.Fatalf("language %q", s.Language)
		}
	})
}

// FuzzURLInput: an input that names an address is read or refused with a
// message, never a panic; hostOf gives a host without path or port.
func FuzzURLInput(f *testing.F) {
	for _, s := range []string{"https://www.example.com:8443/a/b?c#d", "http://user:pw@[::1]:80/", "http://[::127.0.0.1]/", "https://web.archive.org/web/20160101000000/http://www.example.com/a", "HTTP://Example.ORG", "https://", "ftp://x", "http://%zz/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := hostOf(s)
		if strings.ContainsAny(h, "/?#@") {
			t.Fatalf("hostOf(%q) = %q", s, h)
		}
		if !utf8.ValidString(s) || !web.IsURL(s) {
			return // only addresses: a path would read this machine's files
		}
		// Every address is refused before any connection: private ones by
		// the guard, the rest by a client with no time to dial.
		_, errs := Read(t.Context(), []string{s}, Options{Timeout: 1})
		for _, err := range errs {
			if !strings.Contains(err.Error(), ": ") {
				t.Fatalf("error %q does not name its input", err)
			}
		}
	})
}
