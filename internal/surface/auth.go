package surface

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// Auth guards routes with tokens. A server without a write token refuses
// every write (403); a request without the right token gets 401. Reads are
// open unless a read token is set; the write token reads too.
type Auth struct {
	WriteToken string
	ReadToken  string
}

// Write lets through only requests that carry the write token.
func (a Auth) Write(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if a.WriteToken == "" {
			WriteError(w, Errorf(http.StatusForbidden, "this server takes no writes: start it with --token or CROSSCHECK_TOKEN"))
			return
		}
		// Only the bearer header: a browser adds basic credentials it has
		// cached to a form post from any other site, never this header.
		if tok, ok := Bearer(r.Header.Get("Authorization")); !ok || !same(tok, a.WriteToken) {
			WriteError(w, Errorf(http.StatusUnauthorized, "a write needs the server's token: Authorization: Bearer TOKEN"))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// Read lets through every request when there is no read token, else only
// those that carry the read or the write token. onDenied writes the refusal,
// so pages can ask a browser for the token and the API can answer in JSON.
func (a Auth) Read(h http.Handler, onDenied func(http.ResponseWriter, *http.Request)) http.Handler {
	if a.ReadToken == "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if tokenIs(r, a.ReadToken) || (a.WriteToken != "" && tokenIs(r, a.WriteToken)) {
			h.ServeHTTP(w, r)
			return
		}
		onDenied(w, r)
	})
}

// DenyRead is the API's refusal of a read.
func DenyRead(w http.ResponseWriter, _ *http.Request) {
	WriteError(w, Errorf(http.StatusUnauthorized, "reading needs the server's read token: Authorization: Bearer TOKEN"))
}

// tokenIs reports whether a read carries token as a bearer token, or as the
// password of basic authentication (what a browser can send for a page).
// Writes take the bearer header only (see Write).
func tokenIs(r *http.Request, token string) bool {
	got, ok := Bearer(r.Header.Get("Authorization"))
	if !ok {
		got, ok = basicPassword(r)
	}
	return ok && same(got, token)
}

func basicPassword(r *http.Request) (string, bool) {
	_, p, ok := r.BasicAuth()
	return p, ok && p != ""
}

// Bearer returns the token of an Authorization header of the Bearer scheme.
// The scheme's name is case-insensitive (RFC 9110, section 11.1): "bearer
// T" and "BEARER T" are the same credentials as "Bearer T".
func Bearer(header string) (string, bool) {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	tok = strings.TrimSpace(tok)
	return tok, tok != ""
}

// same compares a token given with the server's; both sides are hashed
// first so the comparison takes the same time whatever the lengths.
func same(got, token string) bool {
	if got == "" {
		return false
	}
	x, y := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(token))
	return subtle.ConstantTimeCompare(x[:], y[:]) == 1
}
