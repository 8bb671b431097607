package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/crosscheck/crosscheck/internal/api"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/web/webtest"
)

// spec is the OpenAPI document, loaded and checked once.
func spec(t *testing.T) (*openapi3.T, routers.Router) {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPI)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the OpenAPI document is invalid: %v", err)
	}
	r, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return doc, r
}

type client struct {
	t      *testing.T
	env    *webtest.Env
	router routers.Router
}

// do sends a request to the real server and checks the response against
// the OpenAPI document: its status is declared and its body fits the schema.
func (c *client) do(method, path string, body []byte, hdr map[string]string) (*http.Response, []byte) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.env.URL+path, bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	// The route is found on a copy of the request with the document's
	// relative server, so the loopback port does not matter.
	vreq, _ := http.NewRequest(method, path, nil)
	route, params, err := c.router.FindRoute(vreq)
	if resp.StatusCode == http.StatusMethodNotAllowed {
		return resp, got // no operation of the document answers it
	}
	if err != nil {
		if resp.StatusCode != http.StatusNotFound {
			c.t.Errorf("%s %s: not in the OpenAPI document (%v), status %d", method, path, err, resp.StatusCode)
		}
		return resp, got
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: vreq, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}},
		Status: resp.StatusCode,
		Header: resp.Header,
		Body:   io.NopCloser(bytes.NewReader(got)),
		Options: &openapi3filter.Options{
			IncludeResponseStatus: true, // a status the document does not declare is an error
			MultiError:            true,
		},
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		c.t.Errorf("%s %s -> %d does not fit the OpenAPI document: %v\nbody: %.400s", method, path, resp.StatusCode, err, got)
	}
	return resp, got
}

func newClient(t *testing.T, opt webtest.Options) *client {
	_, r := spec(t)
	return &client{t: t, env: webtest.Start(t, opt), router: r}
}

func TestOpenAPIDocument(t *testing.T) {
	doc, _ := spec(t)
	for _, p := range []string{"/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/articles", "/api/openapi.json"} {
		if doc.Paths.Find(p) == nil {
			t.Errorf("path %s missing from the document", p)
		}
	}
	c := newClient(t, webtest.Options{})
	resp, body := c.do("GET", "/api/openapi.json", nil, nil)
	if resp.StatusCode != 200 || !bytes.Equal(body, api.OpenAPI) {
		t.Errorf("GET /api/openapi.json: %d, %d bytes", resp.StatusCode, len(body))
	}
}

func TestReadSummit(t *testing.T) {
	c := newClient(t, webtest.Options{Inputs: []string{"summit-2023"}})
	resp, body := c.do("GET", "/api/stories", nil, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("GET /api/stories: %d %s", resp.StatusCode, body)
	}
	var list struct {
		Stories []struct {
			ID      string `json:"id"`
			Sources int    `json:"sources"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range list.Stories {
		total += s.Sources
	}
	if total != 5 {
		t.Errorf("the stories list %d articles, want the 5 summit reports", total)
	}
	story := c.env.Largest(t)
	resp, body = c.do("GET", "/api/stories/"+story.ID, nil, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("GET story: %d %s", resp.StatusCode, body)
	}
	var b api.StoryBrief
	if err := json.Unmarshal(body, &b); err != nil {
		t.Fatal(err)
	}
	if b.ID != story.ID || len(b.Sources) != story.Sources || len(b.Summary) == 0 {
		t.Fatalf("brief of %s: id %q, %d sources (want %d), %d summary sentences", story.ID, b.ID, len(b.Sources), story.Sources, len(b.Summary))
	}
	// Every summary citation's evidence lies in its article's text, as
	// GET /api/articles/{id} gives it, and holds the sentence it cites.
	texts := map[string]string{}
	for _, s := range b.Sources {
		resp, body := c.do("GET", "/api/articles/"+s.ID, nil, nil)
		if resp.StatusCode != 200 {
			t.Fatalf("GET article %s: %d", s.ID, resp.StatusCode)
		}
		var a struct {
			news.Article
			Story string `json:"story"`
		}
		if err := json.Unmarshal(body, &a); err != nil {
			t.Fatal(err)
		}
		if a.Story != story.ID {
			t.Errorf("article %s says story %q, want %q", s.ID, a.Story, story.ID)
		}
		texts[s.ID] = a.Text
	}
	for _, s := range b.Summary {
		if len(s.Evidence) == 0 {
			t.Errorf("summary sentence without evidence: %q", s.Text)
			continue
		}
		e := s.Evidence[0]
		txt := texts[e.Source]
		if e.Start < 0 || e.End > len(txt) || e.Start >= e.End {
			t.Errorf("evidence %+v outside its article (%d bytes)", e, len(txt))
			continue
		}
		if got := txt[e.Start:e.End]; got != s.Text {
			t.Errorf("evidence of %q holds %q", s.Text, got)
		}
	}
}

func TestErrors(t *testing.T) {
	c := newClient(t, webtest.Options{})
	cases := []struct {
		name, method, path string
		status             int
		code               string
	}{
		{"no such story", "GET", "/api/stories/nope", 404, "not_found"},
		{"no such article", "GET", "/api/articles/nope", 404, "not_found"},
		{"bad sort", "GET", "/api/stories?sort=random", 400, "bad_request"},
		{"bad limit", "GET", "/api/stories?limit=-3", 400, "bad_request"},
		{"wrong method", "DELETE", "/api/stories", 405, "method_not_allowed"},
		{"get the post route", "GET", "/api/articles", 405, "method_not_allowed"},
		{"no such path", "GET", "/api/nothing/here", 404, "not_found"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c.t = t
			resp, body := c.do(tc.method, tc.path, nil, nil)
			checkError(t, resp, body, tc.status, tc.code)
		})
	}
}

func checkError(t *testing.T, resp *http.Response, body []byte, status int, code string) {
	t.Helper()
	var e struct {
		Error api.Error `json:"error"`
	}
	if resp.StatusCode != status {
		t.Errorf("status %d, want %d (%s)", resp.StatusCode, status, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want JSON", ct)
	}
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("error body is not the error shape: %v: %s", err, body)
	}
	if e.Error.Status != status || e.Error.Code != code || e.Error.Message == "" {
		t.Errorf("error %+v, want status %d code %s and a message", e.Error, status, code)
	}
}

const article = `{"url":"https://example.org/ferry","outlet":"Harbour Herald","title":"Ferry aground","published":"2024-03-05","text":"The ferry Aurora ran aground on Tuesday.\n\nAbout 120 passengers were taken off by lifeboat, the coast guard said."}`

func TestWrites(t *testing.T) {
	t.Run("no token on the server: 403", func(t *testing.T) {
		c := newClient(t, webtest.Options{})
		resp, body := c.do("POST", "/api/articles", []byte(article), map[string]string{"Authorization": "Bearer anything"})
		checkError(t, resp, body, 403, "forbidden")
	})
	c := newClient(t, webtest.Options{Auth: api.Auth{WriteToken: "s3cret"}})
	auth := map[string]string{"Authorization": "Bearer s3cret"}
	cases := []struct {
		name   string
		body   string
		hdr    map[string]string
		status int
		code   string
	}{
		{"no token", article, nil, 401, "unauthorized"},
		{"wrong token", article, map[string]string{"Authorization": "Bearer s3cre"}, 401, "unauthorized"},
		// A browser adds cached basic credentials to a cross-site post:
		// writes take only the bearer header (before: 201).
		{"token as basic password", article, map[string]string{"Authorization": "Basic dTpzM2NyZXQ="}, 401, "unauthorized"},
		{"no content type", article, map[string]string{"Authorization": "Bearer s3cret", "Content-Type": ""}, 415, "unsupported_media_type"},
		{"form post", article, map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"},
		// The scheme's name is case-insensitive (RFC 9110; before: 401).
		{"lower-case scheme", article, map[string]string{"Authorization": "bearer s3cret", "Content-Type": "application/json; charset=utf-8"}, 201, ""},
		{"the same again", article, auth, 200, ""},
		{"a batch", `[` + strings.Replace(article, "ferry\"", "ferry2\"", 1) + `]`, auth, 201, ""},
		{"not JSON", `<html>`, auth, 422, "invalid_article"},
		{"no text", `{"title":"x"}`, auth, 422, "invalid_article"},
		{"empty array", `[]`, auth, 422, "invalid_article"},
		{"wrong content type", article, map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "text/plain"}, 415, "unsupported_media_type"},
		{"too large", `{"text":"` + strings.Repeat("a", api.MaxBody) + `"}`, auth, 413, "too_large"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c.t = t
			resp, body := c.do("POST", "/api/articles", []byte(tc.body), tc.hdr)
			if tc.code != "" {
				checkError(t, resp, body, tc.status, tc.code)
				return
			}
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			var r api.IngestResult
			if err := json.Unmarshal(body, &r); err != nil {
				t.Fatal(err)
			}
			if (tc.status == 201) != (len(r.Added) > 0) || (tc.status == 200) != (len(r.Skipped) > 0) {
				t.Errorf("status %d with result %+v", resp.StatusCode, r)
			}
		})
	}
	// What was written can be read back.
	c.t = t
	resp, body := c.do("GET", "/api/stories?q=ferry", nil, nil)
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Ferry aground") {
		t.Errorf("the stored article's story is not listed: %d %s", resp.StatusCode, body)
	}
}

// TestListsFollowWrites: the kept lists (pages and API) show a write
// through the server at once, and a write by another process within a
// second or so.
func TestListsFollowWrites(t *testing.T) {
	c := newClient(t, webtest.Options{Auth: api.Auth{WriteToken: "t"}, Inputs: []string{"summit-2023"}})
	lists := []string{"/api/stories", "/api/stories?q=ferry", "/", "/?q=ferry", "/?sort=independent"}
	read := func(path string) string {
		t.Helper()
		if strings.HasPrefix(path, "/api/") {
			resp, body := c.do("GET", path, nil, nil)
			if resp.StatusCode != 200 {
				t.Fatalf("%s: %d %s", path, resp.StatusCode, body)
			}
			return string(body)
		}
		resp, err := http.Get(c.env.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, resp.StatusCode, body)
		}
		return string(body)
	}
	for _, path := range lists {
		if strings.Contains(read(path), "Ferry aground") {
			t.Fatalf("%s lists the ferry before it was stored", path)
		}
	}
	resp, body := c.do("POST", "/api/articles", []byte(article), map[string]string{"Authorization": "Bearer t"})
	if resp.StatusCode != 201 {
		t.Fatalf("POST: %d %s", resp.StatusCode, body)
	}
	for _, path := range lists {
		if !strings.Contains(read(path), "Ferry aground") {
			t.Errorf("%s does not list the ferry right after it was stored", path)
		}
	}
	// Another process (here the pipeline, past the server) stores a story.
	other := `{"url":"https://example.org/bridge","outlet":"Valley Voice","title":"Old bridge closed","published":"2024-03-06","text":"The old bridge over the Wye was closed on Wednesday after engineers found cracks.\n\nTraffic is diverted through the town centre, the council said."}`
	arts, err := ingest.ParseArticleJSON([]byte(other))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.env.Pipeline.Ingest(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/stories", "/"} {
		deadline := time.Now().Add(3 * time.Second)
		for !strings.Contains(read(path), "Old bridge closed") {
			if time.Now().After(deadline) {
				t.Errorf("%s does not list a story stored by another writer after 3 s", path)
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func TestReadToken(t *testing.T) {
	c := newClient(t, webtest.Options{Auth: api.Auth{WriteToken: "w", ReadToken: "r"}})
	resp, body := c.do("GET", "/api/stories", nil, nil)
	checkError(t, resp, body, 401, "unauthorized")
	for _, tok := range []string{"r", "w"} {
		resp, body = c.do("GET", "/api/stories", nil, map[string]string{"Authorization": "Bearer " + tok})
		if resp.StatusCode != 200 {
			t.Errorf("with token %q: %d %s", tok, resp.StatusCode, body)
		}
	}
	// The lists are kept now (read with a token above); a kept response
	// still goes to no one without the token.
	for _, hdr := range []map[string]string{nil, {"Authorization": "Bearer x"}, {"Authorization": "Basic dTp4"}, {"Authorization": "Bearer"}} {
		resp, body = c.do("GET", "/api/stories", nil, hdr)
		checkError(t, resp, body, 401, "unauthorized")
		if strings.Contains(string(body), `"stories"`) {
			t.Errorf("a kept list went to a reader with %v", hdr)
		}
	}
	for _, auth := range []string{"", "Basic dTpy", "Basic dTpyeA=="} { // "u:r" is right, "u:rx" is not
		req, _ := http.NewRequest("GET", c.env.URL+"/?sort=independent", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		page, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(page.Body)
		page.Body.Close()
		want := 200
		if auth != "Basic dTpy" {
			want = 401
		}
		if page.StatusCode != want || (want == 401 && strings.Contains(string(got), "<article")) {
			t.Errorf("list page with %q: %d, want %d: %.200s", auth, page.StatusCode, want, got)
		}
	}
	// Pages ask the browser for the token.
	page, err := http.Get(c.env.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	page.Body.Close()
	if page.StatusCode != 401 || !strings.HasPrefix(page.Header.Get("WWW-Authenticate"), "Basic") {
		t.Errorf("page without token: %d %q", page.StatusCode, page.Header.Get("WWW-Authenticate"))
	}
}

// TestHostileArticle stores an article whose title and text are made to
// attack the page, and checks that every page and response keeps them text.
func TestHostileArticle(t *testing.T) {
	c := newClient(t, webtest.Options{Auth: api.Auth{WriteToken: "t"}})
	hostile := map[string]string{
		"title":  `</title><script>alert("title")</script><img src=x onerror=alert(1)>`,
		"outlet": `"><svg onload=alert(2)>`,
		"url":    `javascript:alert(3)`,
		"text": "The council <script>alert('text')</script> voted on Monday to close the bridge.\n\n" +
			"\"It is unsafe <iframe src=//evil>\" said the mayor, Jo <b onmouseover=alert(4)>Lee</b>.\n\n" +
			"The vote was 7 to 2 {{.}} and the bridge closes on Friday.",
	}
	body, _ := json.Marshal(hostile)
	resp, got := c.do("POST", "/api/articles", body, map[string]string{"Authorization": "Bearer t"})
	if resp.StatusCode != 201 {
		t.Fatalf("POST: %d %s", resp.StatusCode, got)
	}
	var r api.IngestResult
	if err := json.Unmarshal(got, &r); err != nil || len(r.Added) != 1 || len(r.Stories) == 0 {
		t.Fatalf("POST result %s (%v)", got, err)
	}
	for _, path := range []string{"/", "/?q=council", "/stories/" + r.Stories[0], "/articles/" + r.Added[0], "/api/stories/" + r.Stories[0], "/api/articles/" + r.Added[0]} {
		res, err := http.Get(c.env.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("%s: %d", path, res.StatusCode)
			continue
		}
		for _, bad := range []string{"<script", "<img", "<svg", "<iframe", "<b ", `href="javascript`} {
			if strings.Contains(strings.ToLower(string(page)), bad) {
				t.Errorf("%s carries %q unescaped", path, bad)
			}
		}
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "script-src") {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: safe headers missing: %v", path, res.Header)
		}
	}
}

// TestNoServerPaths: readers of the API and the pages never see the
// server's folders. The store holds the summit reports under the absolute
// paths the test gave ("/…/shared/data/summit-2023/…"); before, every
// source and article carried them.
func TestNoServerPaths(t *testing.T) {
	c := newClient(t, webtest.Options{Inputs: []string{"summit-2023"}})
	s := c.env.Largest(t)
	if len(s.Brief.Sources) == 0 || !strings.HasPrefix(s.Brief.Sources[0].File, "/") {
		t.Fatalf("the test needs sources stored under absolute paths: %+v", s.Brief.Sources)
	}
	dir := s.Brief.Sources[0].File[:strings.LastIndexByte(s.Brief.Sources[0].File, '/')]
	for _, path := range []string{"/api/stories", "/api/stories/" + s.ID, "/api/articles/" + s.Brief.Sources[0].ID, "/stories/" + s.ID, "/articles/" + s.Brief.Sources[0].ID} {
		var body []byte
		if strings.HasPrefix(path, "/api/") {
			var resp *http.Response
			if resp, body = c.do("GET", path, nil, nil); resp.StatusCode != 200 {
				t.Fatalf("GET %s: %d %s", path, resp.StatusCode, body)
			}
		} else { // a page, outside the OpenAPI document
			resp, err := http.Get(c.env.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ = io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("GET %s: %d", path, resp.StatusCode)
			}
		}
		if bytes.Contains(body, []byte(dir)) {
			t.Errorf("GET %s shows the server's folder %s", path, dir)
		}
	}
	resp, body := c.do("GET", "/api/articles/"+s.Brief.Sources[0].ID, nil, nil)
	var a struct{ File string }
	if err := json.Unmarshal(body, &a); err != nil || resp.StatusCode != 200 || a.File == "" || strings.Contains(a.File, "/") {
		t.Errorf("article file %q: want the file's name", a.File)
	}
}

func TestPublicFile(t *testing.T) {
	for in, want := range map[string]string{
		"examples/iran-sailors-2007/M0020.txt":            "examples/iran-sailors-2007/M0020.txt",
		"/home/user/examples/iran-sailors-2007/M0020.txt": "M0020.txt",
		"../shared/data/summit-2023/a.txt":                "a.txt",
		`C:\Users\me\news\b.html`:                         "b.html",
		"~/news/c.txt":                                    "c.txt",
		"-":                                               "-",
		"":                                                "",
	} {
		if got := api.PublicFile(in); got != want {
			t.Errorf("PublicFile(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBearer(t *testing.T) {
	for in, want := range map[string]string{
		"Bearer s3cret": "s3cret", "bearer s3cret": "s3cret", "BEARER  s3cret ": "s3cret",
		"Basic dTpzM2NyZXQ=": "", "Bearer": "", "Bearer ": "", "Bearers3cret": "", "": "",
	} {
		got, ok := api.Bearer(in)
		if got != want || ok != (want != "") {
			t.Errorf("Bearer(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
