// Package surface holds what the two HTTP surfaces, the JSON API (api) and
// the pages (web), share: the tokens that guard them, the one mapping of
// errors to status codes, the cache of responses read from the store, the
// parsing of a story list's query and the public name of a source's file.
// It imports neither surface, so neither imports the other; the server
// (internal/server) composes them on one mux.
package surface
