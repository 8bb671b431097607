// Package web serves crosscheck's pages: the story list, the brief of a
// story, and each source with the passages the brief cites. Pages are
// rendered on the server from embedded templates, with no script at all, so
// the Content-Security-Policy can forbid every script.
package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/render"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/surface"
)

//go:embed templates/*.tmpl static/*
var files embed.FS

// pages holds what the page handlers share: the parsed templates, the
// stylesheet, the cache of rendered story pages and that of story lists.
type pages struct {
	st       store.Reader
	auth     surface.Auth
	log      *slog.Logger
	tmpl     map[string]*template.Template
	css      []byte
	cssVer   string
	icon     []byte
	mu       sync.Mutex
	rendered map[string]cached // story id -> its rendered page
	lists    *surface.Cache    // rendered list and search pages, shared with the API's lists
}

// cached is a rendered story page, the state of the story it shows, and
// when that state was last checked against the store.
type cached struct {
	updated time.Time
	stale   bool
	body    []byte
	gz      []byte // body gzipped, for the clients that take it
	checked time.Time
}

// Revalidate is how long a rendered story page is served without asking
// the store whether the story changed. Writes through this server drop the
// page at once; writes by other processes show within this time.
const Revalidate = time.Second

func newPages(st store.Reader, auth surface.Auth, log *slog.Logger, lists *surface.Cache) *pages {
	p := &pages{st: st, auth: auth, log: log, tmpl: map[string]*template.Template{}, rendered: map[string]cached{}, lists: lists}
	funcs := render.Funcs()
	funcs["outlets"] = outlets
	funcs["span"] = dateSpan
	base := template.Must(template.New("base").Funcs(funcs).ParseFS(render.Templates, "templates/brief.tmpl"))
	template.Must(base.ParseFS(files, "templates/layout.tmpl"))
	for _, name := range []string{"list", "story", "source", "error"} {
		t := template.Must(base.Clone())
		p.tmpl[name] = template.Must(t.ParseFS(files, "templates/"+name+".tmpl"))
	}
	site, err := files.ReadFile("static/site.css")
	if err != nil {
		panic(err)
	}
	p.css = append([]byte(render.CSS()+"\n"), site...)
	sum := sha256.Sum256(p.css)
	p.cssVer = hex.EncodeToString(sum[:6])
	if p.icon, err = files.ReadFile("static/icon.svg"); err != nil {
		panic(err)
	}
	return p
}

// Options are what the pages need.
type Options struct {
	Store  store.Reader
	Auth   surface.Auth
	Logger *slog.Logger
	// Lists keeps the rendered list and search pages; pass the API's cache
	// so that one write drops both.
	Lists *surface.Cache
}

// Register adds every route of the pages to mux. It returns forget, which
// drops the rendered pages of the stories a write through the server
// changed.
func Register(mux *http.ServeMux, opt Options) (forget func(stories []string)) {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Lists == nil {
		opt.Lists = surface.NewCache(opt.Store, surface.CacheOptions{Revalidate: Revalidate})
	}
	p := newPages(opt.Store, opt.Auth, opt.Logger, opt.Lists)
	p.register(mux)
	return p.forget
}

// register adds every route of the pages to mux. All of them are here.
func (p *pages) register(mux *http.ServeMux) {
	read := func(f func(http.ResponseWriter, *http.Request) error) http.Handler {
		return p.auth.Read(p.serve(f), denyPage)
	}
	mux.Handle("GET /{$}", read(p.list))
	mux.Handle("GET /stories/{id}", read(p.story))
	mux.Handle("GET /articles/{id}", read(p.source))
	mux.Handle("GET /static/style.css", p.static(p.css, "text/css; charset=utf-8"))
	mux.Handle("GET /static/icon.svg", p.static(p.icon, "image/svg+xml"))
	mux.Handle("GET /favicon.ico", http.RedirectHandler("/static/icon.svg", http.StatusMovedPermanently))
	mux.Handle("/", p.serve(func(w http.ResponseWriter, r *http.Request) error {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			return surface.Errorf(http.StatusMethodNotAllowed, "This page can only be read.")
		}
		return surface.Errorf(http.StatusNotFound, "There is no page at this address.")
	}))
}

// denyPage asks a browser for the read token (as the password of basic
// authentication, any user name).
func denyPage(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("WWW-Authenticate", `Basic realm="crosscheck", charset="UTF-8"`)
	http.Error(w, "This server needs its read token: give it as the password.", http.StatusUnauthorized)
}

func (p *pages) static(body []byte, ctype string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Cache-Control", "public, max-age=86400")
		_, _ = w.Write(body)
	})
}

// page is what the layout shows around a page's content.
type page struct {
	PageTitle  string
	CSSVersion string
	Query      string
	Data       any
}

// serve adapts a page handler that returns its error: the status comes from
// surface.StatusOf, the one place that maps errors, and the page says it plainly.
func (p *pages) serve(f func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := f(w, r)
		if err == nil {
			return
		}
		e := surface.StatusOf(err)
		if e.Status >= 500 {
			p.log.Error("page failed", "path", r.URL.Path, "err", err)
		}
		title := http.StatusText(e.Status)
		msg := e.Message
		if e.Status == http.StatusNotFound && msg == "not found" {
			title, msg = "Not found", "There is no story or source at this address. It may have been merged into another story."
		}
		var buf bytes.Buffer
		if err := p.tmpl["error"].ExecuteTemplate(&buf, "layout", page{PageTitle: title, CSSVersion: p.cssVer,
			Data: struct {
				Status         int
				Title, Message string
			}{e.Status, title, msg}}); err != nil {
			http.Error(w, title, e.Status)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		e.SetHeaders(w.Header())
		w.WriteHeader(e.Status)
		_, _ = w.Write(buf.Bytes())
	})
}

func (p *pages) write(w http.ResponseWriter, name string, pg page) error {
	pg.CSSVersion = p.cssVer
	var buf bytes.Buffer
	if err := p.tmpl[name].ExecuteTemplate(&buf, "layout", pg); err != nil {
		return err
	}
	return p.send(w, buf.Bytes())
}

func (p *pages) send(w http.ResponseWriter, body []byte) error {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, err := w.Write(body)
	return err
}

type listData struct {
	Query, Sort string
	Stories     []store.StoryInfo
	Prev, Next  string
}

const perPage = 30

// list shows the story list or a search. The rendered page is kept per
// query in the cache of lists (surface.Cache), checked against the store at
// most once a Revalidate, so a crowd of readers costs the store one list
// query per query and second, not one per request.
func (p *pages) list(w http.ResponseWriter, r *http.Request) error {
	q, err := surface.StoryQuery(r)
	if err != nil {
		return err
	}
	q.Limit = perPage + 1 // one more tells whether there is a next page
	// The key is the query as parsed (limit is always the same here), so
	// spellings of one query share a page; the search is kept as typed
	// because the page shows it.
	key := "page\x00" + q.Sort + "\x00" + strconv.Itoa(q.Offset) + "\x00" + q.Search
	c, err := p.lists.Get(r.Context(), key, func(ctx context.Context) ([]byte, error) {
		return p.renderList(ctx, q)
	})
	if err != nil {
		return err
	}
	w.Header().Set("Cache-Control", "no-cache")
	return c.Send(w, r, "text/html; charset=utf-8")
}

func (p *pages) renderList(ctx context.Context, q store.StoryQuery) ([]byte, error) {
	list, err := p.st.Stories(ctx, q)
	if err != nil {
		return nil, err
	}
	d := listData{Query: q.Search, Sort: q.Sort, Stories: list}
	link := func(off int) string {
		v := url.Values{"sort": {q.Sort}}
		if q.Search != "" {
			v.Set("q", q.Search)
		}
		if off > 0 {
			v.Set("offset", strconv.Itoa(off))
		}
		return "/?" + v.Encode()
	}
	if len(list) > perPage {
		d.Stories = list[:perPage]
		d.Next = link(q.Offset + perPage)
	}
	if q.Offset > 0 {
		d.Prev = link(max(0, q.Offset-perPage))
	}
	title := "Stories"
	if q.Search != "" {
		title = "Search: " + q.Search
	}
	var buf bytes.Buffer
	if err := p.tmpl["list"].ExecuteTemplate(&buf, "layout", page{PageTitle: title, CSSVersion: p.cssVer, Query: q.Search, Data: d}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// storyLinks point citation marks at the source pages.
func storyLinks() render.Links {
	src := func(id string) string { return "/articles/" + url.PathEscape(id) }
	return render.Links{
		Span:   func(id, anchor string) string { return src(id) + "#" + anchor },
		Source: src,
	}
}

// story shows a story's brief. The rendered page is kept until the story
// changes, and the store is asked about a change at most once a Revalidate
// per story, so a crowd of readers of one story costs the store nothing.
func (p *pages) story(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	p.mu.Lock()
	c, ok := p.rendered[id]
	p.mu.Unlock()
	if ok && time.Since(c.checked) < Revalidate {
		return p.sendCached(w, r, c)
	}
	if ok {
		// This request checks the store; the others meanwhile keep getting
		// the page as it is, rather than all asking the store at once.
		p.mu.Lock()
		c.checked = time.Now()
		p.rendered[id] = c
		p.mu.Unlock()
	}
	s, err := p.st.Story(r.Context(), id)
	if err != nil {
		return err
	}
	if ok && c.updated.Equal(s.Updated) && c.stale == s.Stale {
		return p.sendCached(w, r, c)
	}
	b := s.Brief
	if b == nil {
		b = &news.Brief{Title: s.Title}
		s.Stale = true
	}
	if b.Title == "" {
		b.Title = s.Title
	}
	// The texts let citation marks point at the exact passage; the story
	// page itself does not show them.
	withText, err := p.withTexts(r, id, b)
	if err != nil {
		return err
	}
	v := render.NewView(surface.PublicSources(withText), storyLinks())
	for _, sv := range v.Sources {
		sv.Paragraphs = nil
	}
	var buf bytes.Buffer
	if err := p.tmpl["story"].ExecuteTemplate(&buf, "layout", page{PageTitle: v.Title, CSSVersion: p.cssVer,
		Data: struct {
			ID    string
			Stale bool
			View  *render.View
		}{s.ID, s.Stale, v}}); err != nil {
		return err
	}
	p.mu.Lock()
	if len(p.rendered) > 256 { // a crude bound: drop everything rather than grow
		clear(p.rendered)
	}
	c = cached{updated: s.Updated, stale: s.Stale, body: buf.Bytes(), gz: surface.Gzipped(buf.Bytes()), checked: time.Now()}
	p.rendered[id] = c
	p.mu.Unlock()
	return p.sendCached(w, r, c)
}

// sendCached sends a rendered page, gzipped when the client takes it: a
// story page shrinks to about a tenth.
func (p *pages) sendCached(w http.ResponseWriter, r *http.Request, c cached) error {
	w.Header().Add("Vary", "Accept-Encoding")
	if c.gz != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Header().Set("Content-Encoding", "gzip")
		return p.send(w, c.gz)
	}
	return p.send(w, c.body)
}

// forget drops the rendered pages of the stories given.
func (p *pages) forget(ids []string) {
	p.mu.Lock()
	for _, id := range ids {
		delete(p.rendered, id)
	}
	p.mu.Unlock()
}

// withTexts returns a copy of b whose sources carry their stored texts.
func (p *pages) withTexts(r *http.Request, storyID string, b *news.Brief) (*news.Brief, error) {
	arts, _, err := p.st.StoryArticles(r.Context(), storyID)
	if err != nil {
		return nil, err
	}
	text := make(map[string]string, len(arts))
	for _, a := range arts {
		text[a.ID] = a.Text
	}
	c := *b
	c.Sources = slices.Clone(b.Sources)
	for i := range c.Sources {
		if t, ok := text[c.Sources[i].ID]; ok && c.Sources[i].Text == "" {
			c.Sources[i].Text = t
		}
	}
	return &c, nil
}

type sourceData struct {
	StoryID, StoryTitle string
	Source              *render.SourceView
	Cited               int
	Prev, Next          string
}

// source shows one article with the passages its story's brief cites.
func (p *pages) source(w http.ResponseWriter, r *http.Request) error {
	a, err := p.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	d := sourceData{StoryID: a.StoryID, StoryTitle: "Story"}
	var b *news.Brief
	s, err := p.st.Story(r.Context(), a.StoryID)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return err
	default:
		d.StoryTitle = firstNonEmpty(s.Title, "Story")
		b = s.Brief
	}
	at := -1
	if b != nil {
		at = slices.IndexFunc(b.Sources, func(x news.Source) bool { return x.ID == a.ID })
	}
	var view *render.View
	if at >= 0 {
		c := *b
		c.Sources = slices.Clone(b.Sources)
		c.Sources[at].Text = a.Text
		for i := range c.Sources {
			c.Sources[i].File = surface.PublicFile(c.Sources[i].File)
		}
		view = render.NewView(&c, storyLinks())
		if at > 0 {
			d.Prev = storyLinks().Source(b.Sources[at-1].ID)
		}
		if at+1 < len(b.Sources) {
			d.Next = storyLinks().Source(b.Sources[at+1].ID)
		}
	} else {
		// Not in the brief yet (it is being rebuilt): the text, unmarked.
		src := news.Source{ID: a.ID, File: surface.PublicFile(a.File), URL: a.URL, Outlet: a.Outlet, OutletFrom: firstNonEmpty(a.OutletFrom, news.OutletFromUnknown),
			Title: a.Title, Language: a.Language, Words: len(strings.Fields(a.Text)), Text: a.Text}
		if !a.Published.IsZero() {
			pub := a.Published.Format(time.RFC3339)
			src.Published = &pub
		}
		if a.CopyOf != "" {
			src.CopyOf = &a.CopyOf
		}
		view = render.NewView(&news.Brief{Sources: []news.Source{src}}, storyLinks())
	}
	d.Source = view.Source(a.ID)
	for _, para := range d.Source.Paragraphs {
		for _, seg := range para {
			if seg.ID != "" {
				d.Cited++
			}
		}
	}
	return p.write(w, "source", page{PageTitle: firstNonEmpty(d.Source.Title, d.Source.Name), Data: d})
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// outlets names a story's outlets, the first few.
func outlets(s store.StoryInfo) string {
	var names []string
	for _, a := range s.Articles {
		if a.Outlet != "" && !slices.Contains(names, a.Outlet) {
			names = append(names, a.Outlet)
		}
	}
	if len(names) > 4 {
		return strings.Join(names[:4], ", ") + " and " + strconv.Itoa(len(names)-4) + " more"
	}
	return strings.Join(names, ", ")
}

// dateSpan is when a story's reports were published, as a reader says it.
func dateSpan(s store.StoryInfo) string {
	if s.First == nil || s.Last == nil {
		return ""
	}
	f, l := s.First.UTC().Format("2 Jan 2006"), s.Last.UTC().Format("2 Jan 2006")
	if f == l {
		return f
	}
	return f + " – " + l
}
