// Package api is crosscheck's JSON API: stories, their briefs and articles to
// read, articles to add, and the OpenAPI document that describes it all.
package api

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
)

// OpenAPI is the OpenAPI 3 document of the API, served at /api/openapi.json.
//
//go:embed openapi.json
var OpenAPI []byte

// MaxBody is the largest request body accepted (a batch of articles).
const MaxBody = 8 << 20

// IngestResult says what a POST of articles did.
type IngestResult struct {
	Added   []string `json:"added"`
	Skipped []string `json:"skipped"`
	Stories []string `json:"stories"`
	// Queued are the articles handed to the workers (serve --nats), to be
	// stored after the answer: the POST then answers 202.
	Queued []string `json:"queued,omitempty"`
}

// Options are what the API needs.
type Options struct {
	Store store.Reader
	// Ingest stores articles through the pipeline; nil makes every write
	// answer 503.
	Ingest func(ctx context.Context, arts []*news.Article) (IngestResult, error)
	// Parse turns a request body (one article object as in .jsonl, or an
	// array of them) into articles; nil uses ingest.ParseArticleJSON.
	Parse   func(body []byte) ([]*news.Article, error)
	Auth    Auth
	Logger  *slog.Logger
	MaxBody int64 // 0: MaxBody
	// OnWrite is called after articles were stored, so caches can drop
	// what changed.
	OnWrite func(stories []string)
	// Lists keeps the responses of GET /api/stories; nil: a cache of its
	// own. Pass the pages' cache so one write drops both.
	Lists *Cache
}

type handler struct{ Options }

// Register adds every route of the API to mux. All of them are here.
func Register(mux *http.ServeMux, opt Options) {
	if opt.Parse == nil {
		opt.Parse = ingest.ParseArticleJSON
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = MaxBody
	}
	if opt.Lists == nil {
		opt.Lists = NewCache(opt.Store, CacheOptions{})
	}
	h := &handler{opt}
	read := func(f func(http.ResponseWriter, *http.Request) error) http.Handler {
		return opt.Auth.Read(h.serve(f), DenyRead)
	}
	mux.Handle("GET /api/stories", read(h.stories))
	mux.Handle("GET /api/stories/{id}", read(h.story))
	mux.Handle("GET /api/articles/{id}", read(h.article))
	mux.Handle("POST /api/articles", opt.Auth.Write(h.serve(h.postArticles)))
	mux.Handle("GET /api/openapi.json", h.serve(h.openapi))
	// The same paths with other methods, and paths that do not exist, get
	// JSON errors too, not the mux's plain text.
	for path, allow := range map[string]string{
		"/api/stories": "GET", "/api/stories/{id}": "GET", "/api/articles": "POST",
		"/api/articles/{id}": "GET", "/api/openapi.json": "GET",
	} {
		mux.Handle(path, h.serve(func(w http.ResponseWriter, r *http.Request) error {
			w.Header().Set("Allow", allow)
			return Errorf(http.StatusMethodNotAllowed, "%s %s is not allowed; use %s", r.Method, r.URL.Path, allow)
		}))
	}
	mux.Handle("/api/", h.serve(func(w http.ResponseWriter, r *http.Request) error {
		return Errorf(http.StatusNotFound, "no such API path: %s", r.URL.Path)
	}))
}

// serve adapts a handler that returns its error, so every failure goes
// through WriteError and StatusOf.
func (h *handler) serve(f func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			e := StatusOf(err)
			if e.Status >= 500 {
				h.Logger.Error("api request failed", "method", r.Method, "path", r.URL.Path, "err", err)
			}
			WriteError(w, err)
		}
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := encodeJSON(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, err = w.Write(b)
	return err
}

func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // article text stays inert even if served as HTML by mistake
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// stories lists stories, kept per query (see Cache): the key is the query
// as parsed, so spellings of one query share a response.
func (h *handler) stories(w http.ResponseWriter, r *http.Request) error {
	q, err := StoryQuery(r)
	if err != nil {
		return err
	}
	key := "api\x00" + q.Sort + "\x00" + strconv.Itoa(q.Limit) + "\x00" + strconv.Itoa(q.Offset) + "\x00" + q.Search
	c, err := h.Lists.Get(r.Context(), key, func(ctx context.Context) ([]byte, error) {
		list, err := h.Store.Stories(ctx, q)
		if err != nil {
			return nil, err
		}
		if list == nil {
			list = []store.StoryInfo{}
		}
		for i := range list {
			if list[i].Articles == nil {
				list[i].Articles = []news.StoryArticle{}
			}
			for j := range list[i].Articles {
				list[i].Articles[j].File = PublicFile(list[i].Articles[j].File)
			}
		}
		return encodeJSON(struct {
			Stories []store.StoryInfo `json:"stories"`
		}{list})
	})
	if err != nil {
		return err
	}
	return c.Send(w, r, "application/json; charset=utf-8")
}

// StoryBrief is GET /api/stories/{id}: the brief in the contract of
// PRODUCT.md, with the story's id, when it last changed, and whether the
// brief already covers every article.
type StoryBrief struct {
	ID      string    `json:"id"`
	Updated time.Time `json:"updated"`
	Stale   bool      `json:"stale"`
	*news.Brief
}

// story serves a brief's JSON as encoded once from its stored form: kept
// per story in the cache of lists, which drops it when the store changes
// (checked at most once a Revalidate, and at once on a write through this
// server), so a crowd of readers of one story costs one encoding.
func (h *handler) story(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	c, err := h.Lists.Story(r.Context(), id, func(ctx context.Context) ([]byte, string, error) {
		s, err := h.Store.Story(ctx, id)
		if err != nil {
			return nil, "", err
		}
		b := s.Brief
		if b == nil {
			b = &news.Brief{Title: s.Title}
			s.Stale = true
		}
		first := ""
		if len(s.Articles) > 0 {
			first = s.Articles[0].ID
		}
		b = PublicSources(emptyLists(b))
		body, err := encodeJSON(StoryBrief{ID: s.ID, Updated: s.Updated, Stale: s.Stale, Brief: b})
		return body, first, err
	})
	if err != nil {
		return err
	}
	return c.Send(w, r, "application/json; charset=utf-8")
}

// emptyLists returns b, or a copy of it whose lists are [] rather than null.
func emptyLists(b *news.Brief) *news.Brief {
	c := *b
	if c.Sources == nil {
		c.Sources = []news.Source{}
	}
	if c.Summary == nil {
		c.Summary = []news.SummarySentence{}
	}
	if c.Claims == nil {
		c.Claims = []news.Claim{}
	}
	if c.Agreements == nil {
		c.Agreements = []news.Agreement{}
	}
	if c.Conflicts == nil {
		c.Conflicts = []news.Conflict{}
	}
	if c.SingleSource == nil {
		c.SingleSource = []news.SingleSource{}
	}
	if c.Quotes == nil {
		c.Quotes = []news.Quote{}
	}
	if c.Entities == nil {
		c.Entities = []news.Entity{}
	}
	if c.Timeline == nil {
		c.Timeline = []news.TimelineEntry{}
	}
	return &c
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) error {
	a, err := h.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	a.File = PublicFile(a.File)
	return writeJSON(w, http.StatusOK, a)
}

func (h *handler) postArticles(w http.ResponseWriter, r *http.Request) error {
	if err := JSONBody(r.Header.Get("Content-Type")); err != nil {
		return err
	}
	if h.Ingest == nil {
		return Errorf(http.StatusServiceUnavailable, "this server cannot store articles")
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.MaxBody))
	if err != nil {
		return err
	}
	// A batch with one bad article stores none: the client fixes it and
	// sends the batch again, and nothing is half-stored.
	arts, err := h.Parse(body)
	if err != nil {
		return Errorf(http.StatusUnprocessableEntity, "%v", err)
	}
	if len(arts) == 0 {
		return Errorf(http.StatusUnprocessableEntity, "the body holds no article")
	}
	res, err := h.Ingest(r.Context(), arts)
	// Even a failed ingest may have stored part of a batch: lists must not
	// go on showing the store as it was. Articles only queued for the
	// workers (202) change nothing yet: the cache learns of the workers'
	// writes from the store.
	if err != nil || len(res.Added) > 0 {
		h.Lists.Invalidate()
	}
	if err != nil {
		return err
	}
	if res.Added == nil {
		res.Added = []string{}
	}
	if res.Skipped == nil {
		res.Skipped = []string{}
	}
	if res.Stories == nil {
		res.Stories = []string{}
	}
	if h.OnWrite != nil {
		h.OnWrite(res.Stories)
	}
	status := http.StatusCreated
	switch {
	case len(res.Queued) > 0:
		status = http.StatusAccepted
	case len(res.Added) == 0:
		status = http.StatusOK
	}
	return writeJSON(w, status, res)
}

// JSONBody accepts a write's Content-Type only when it is application/json
// (parameters such as charset allowed). A missing or other type is 415: a
// form on another site can post text/plain or a form encoding without a
// preflight, never application/json.
func JSONBody(contentType string) error {
	if contentType == "" {
		return Errorf(http.StatusUnsupportedMediaType, "send articles with Content-Type: application/json")
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt != "application/json" {
		return Errorf(http.StatusUnsupportedMediaType, "send articles as application/json, not %q", contentType)
	}
	return nil
}

func (h *handler) openapi(w http.ResponseWriter, _ *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, err := w.Write(OpenAPI)
	return err
}
