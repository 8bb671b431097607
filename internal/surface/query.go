package surface

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
)

// StoryQuery reads a story list's query string: q, sort, limit, offset.
func StoryQuery(r *http.Request) (store.StoryQuery, error) {
	v := r.URL.Query()
	q := store.StoryQuery{Search: strings.TrimSpace(v.Get("q")), Sort: v.Get("sort"), Limit: 50}
	switch q.Sort {
	case "", store.SortLatest:
		q.Sort = store.SortLatest
	case store.SortIndependent:
	default:
		return q, Errorf(http.StatusBadRequest, "sort must be %q or %q", store.SortLatest, store.SortIndependent)
	}
	for name, dst := range map[string]*int{"limit": &q.Limit, "offset": &q.Offset} {
		if s := v.Get(name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 {
				return q, Errorf(http.StatusBadRequest, "%s must be a whole number, not %q", name, s)
			}
			*dst = n
		}
	}
	if q.Limit == 0 || q.Limit > 500 {
		q.Limit = 500
	}
	if len(q.Search) > 200 {
		return q, Errorf(http.StatusBadRequest, "q is longer than 200 bytes")
	}
	return q, nil
}

// PublicFile is a source's file as readers of the server see it: a
// relative path as the user gave it, else only the file's name, so that no
// reader learns the server's folders ("/home/.../M0020.txt" is "M0020.txt").
func PublicFile(path string) string {
	if path == "" || path == "-" {
		return path
	}
	p := strings.ReplaceAll(path, `\`, "/")
	abs := strings.HasPrefix(p, "/") || strings.HasPrefix(p, "~") || len(p) > 1 && p[1] == ':'
	if !abs && !slices.Contains(strings.Split(p, "/"), "..") {
		return path
	}
	return p[strings.LastIndexByte(p, '/')+1:]
}

// PublicSources returns b, or a copy whose sources' files are PublicFile's.
func PublicSources(b *news.Brief) *news.Brief {
	changed := false
	for _, s := range b.Sources {
		changed = changed || PublicFile(s.File) != s.File
	}
	if !changed {
		return b
	}
	c := *b
	c.Sources = slices.Clone(b.Sources)
	for i := range c.Sources {
		c.Sources[i].File = PublicFile(c.Sources[i].File)
	}
	return &c
}
