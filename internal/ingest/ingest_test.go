package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

func dataDir(t testing.TB) string { return testenv.SharedData(t, "") }

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News - World</title><link>https://news.example.com/</link>
<item><title>Kim meets Putin</title><link>/world/kim-putin</link><pubDate>Wed, 13 Sep 2023 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The leaders met at a cosmodrome.&lt;/p&gt;&lt;p&gt;They talked for hours.&lt;/p&gt;</description></item>
<item><title>No text</title><link>https://news.example.com/empty</link></item>
</channel></rss>`

const page = `<!DOCTYPE html><html lang="en-GB"><head><title>Leaders meet at cosmodrome | Example Times</title>
<meta property="og:site_name" content="Example Times"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-09-13T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Leaders meet at cosmodrome</h1>
<p>North Korean leader Kim Jong Un and Russian President Vladimir Putin met on Wednesday at the Vostochny Cosmodrome in Russia's far east, the Kremlin said.</p>
<p>The two leaders talked for about five hours, according to Russian state media, and Kim invited Putin to visit North Korea at a convenient time.</p>
<p>Putin accepted the invitation, the North's official news agency reported on Thursday, without giving a date for the visit.</p>
</article><footer>© Example Times. Contact us.</footer></body></html>`

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/report.txt", "Kim invites Putin to North Korea\nThe two leaders met on Wednesday.\nThey talked for five hours.\n")
	write(t, dir, "b/report.json", `{"outlet":"Example Wire","published":"2023-09-13","author":"A. Writer","language":"en","url":"https://wire.example/r1"}`)
	write(t, dir, "a/page.html", page)
	write(t, dir, "a/feed.xml", rss)
	write(t, dir, "a/lines.jsonl", `{"id":"j1","title":"One","text":"First line article, long enough to be a report.\nSecond paragraph."}`+"\n"+`{"title":"bad"}`+"\n\n"+`{"id":7,"outlet":"X","published":"2023-09-14T10:00:00+09:00","html":"<p>From HTML, a fragment long enough to be a report.</p>"}`+"\n")
	write(t, dir, "a/M0000.english", "Plain text of unknown extension\n\nSaturday, January 8, 2005\n\nThe body of the report, long enough to be read.\n")
	write(t, dir, "a/README.md", "# not an article\n")
	write(t, dir, "a/.hidden.txt", "hidden\n")
	write(t, dir, "c/empty.txt", "")
	write(t, dir, "c/pic.dat", "\x89PNG\r\n\x1a\n\x00\x00")
	write(t, dir, "c/bad.txt", "Short headline here\nBody text of a report, long enough to be read.\n")
	write(t, dir, "c/bad.json", `{"outlet": `)

	arts, errs := Read(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")}, Options{})
	type row struct{ File, URL, ID, Outlet, From, Title, Author, Lang, Published, Text string }
	var got []row
	for _, a := range arts {
		pub := ""
		if !a.Published.IsZero() {
			pub = a.Published.UTC().Format(time.RFC3339)
		}
		text := a.Text
		if len(text) > 40 {
			text = text[:40]
		}
		got = append(got, row{strings.TrimPrefix(a.File, dir+"/"), a.URL, a.ID, a.Outlet, a.OutletFrom, a.Title, a.Author, a.Language, pub, text})
	}
	want := []row{
		{"a/M0000.english", "", "", "", "unknown", "Plain text of unknown extension", "", "", "2005-01-08T00:00:00Z", "The body of the report, long enough to b"},
		{"a/feed.xml", "https://news.example.com/world/kim-putin", "", "Example News", "metadata", "Kim meets Putin", "", "", "2023-09-13T10:00:00Z", "The leaders met at a cosmodrome.\n\nThey t"},
		{"a/lines.jsonl", "", "j1", "", "unknown", "One", "", "", "", "First line article, long enough to be a "},
		{"a/lines.jsonl", "", "7", "X", "metadata", "", "", "", "2023-09-14T01:00:00Z", "From HTML, a fragment long enough to be "},
		{"a/page.html", "", "", "Example Times", "site", "Leaders meet at cosmodrome", "Jane Doe", "en", "2023-09-13T08:00:00Z", "North Korean leader Kim Jong Un and Russ"},
		{"b/report.txt", "https://wire.example/r1", "", "Example Wire", "metadata", "Kim invites Putin to North Korea", "A. Writer", "en", "2023-09-13T00:00:00Z", "The two leaders met on Wednesday.\n\nThey "},
		{"c/bad.txt", "", "", "", "unknown", "Short headline here", "", "", "", "Body text of a report, long enough to be"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	var msgs []string
	for _, err := range errs {
		var ie *Error
		if !errors.As(err, &ie) {
			t.Errorf("error %v is not an *Error", err)
		}
		msgs = append(msgs, strings.ReplaceAll(err.Error(), dir+"/", ""))
	}
	wantErrs := []string{
		"a/lines.jsonl:2: it has no \"text\" or \"html\"",
		"c/bad.json: sidecar ignored: the metadata sidecar is not valid: the JSON ends too early; bad.txt was used without its metadata",
		"c/empty.txt: the file is empty",
		"c/pic.dat: this is a PNG image, not an article",
		"missing.txt: no such file or folder",
	}
	if diff := cmp.Diff(wantErrs, msgs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

func TestReadProblems(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content string
		opt                 Options
		problem             string
	}{
		{"too large", "big.txt", strings.Repeat("word ", 100), Options{MaxBytes: 100}, "larger than the 100 bytes limit"},
		{"binary", "bin.txt", "\x00\x01\x02\x03\x04", Options{}, "binary file"},
		{"unknown encoding", "enc.txt", "\x81\x8d\x8f\x90\x9d\xfe\xff", Options{}, "encoding could not be recognised"},
		{"malformed feed", "feed.rss", "<rss><channel><item><title>x</tit", Options{}, "feed"},
		{"JSON with no text", "data.json", `{"title":"only a title"}`, Options{}, "neither a JSON Feed nor an article"},
		{"page with no text", "blank.html", "<html><body><nav></nav></body></html>", Options{}, "no article text"},
		{"sidecar given alone", "art.json", `{"outlet":"X"}`, Options{}, "metadata sidecar of art.txt"},
	}
	write(t, dir, "art.txt", "Body.\n")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.file, tt.content)
			arts, errs := Read(context.Background(), []string{p}, tt.opt)
			if len(arts) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.problem) || !strings.HasPrefix(errs[0].Error(), p+": ") {
				t.Fatalf("Read(%s) = %d articles, errors %v; want one error %q naming the file", tt.file, len(arts), errs, tt.problem)
			}
		})
	}
}

func TestReadStdin(t *testing.T) {
	in := strings.NewReader("<rss><channel><title>Wire</title><item><link>https://x.example/1</link><description>Item text.</description></item></channel></rss>")
	arts, errs := Read(context.Background(), []string{"-"}, Options{Stdin: in})
	if len(errs) != 0 || len(arts) != 1 || arts[0].Text != "Item text." || arts[0].File != "-" || arts[0].Outlet != "Wire" {
		t.Fatalf("Read(-) = %+v, %v", arts, errs)
	}
	_, errs = Read(context.Background(), []string{"-", "-"}, Options{Stdin: strings.NewReader("The text of one report, long enough to be read as one.")})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "only once") {
		t.Fatalf("second - : %v", errs)
	}
}

// The summit reports read from their folder, in order, with the outlets
// their texts name (see outlet.TestFindSummit for 002).
func TestReadSummit(t *testing.T) {
	dir := filepath.Join(dataDir(t), "summit-2023")
	arts, errs := Read(context.Background(), []string{dir}, Options{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got [][2]string
	for _, a := range arts {
		got = append(got, [2]string{filepath.Base(a.File)[:3], a.Outlet + "|" + a.OutletFrom})
		if strings.Contains(a.Text, "\n\n\n") || !strings.Contains(a.Text, "\n\n") {
			t.Errorf("%s: paragraphs not joined by one blank line", a.File)
		}
	}
	want := [][2]string{{"000", "ABC News|text"}, {"001", "Al Jazeera English|text"}, {"002", "|unknown"}, {"003", "Reuters|text"}, {"004", "|unknown"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outlets (-want +got) (PROVENANCE.md is skipped as the folder's documentation):\n%s", diff)
	}
}

// TestTooShort: a page whose text is "Hello" (the tester's) and a text of
// a few words are refused as too short to be a news report, in words; they
// became stories of their own before.
func TestTooShort(t *testing.T) {
	dir := t.TempDir()
	hello := write(t, dir, "hello.html", "<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello</p></body></html>")
	note := write(t, dir, "note.txt", "Page not found.\n")
	_, errs := Read(context.Background(), []string{hello, note}, Options{})
	if len(errs) != 2 {
		t.Fatalf("errors %v, want two", errs)
	}
	for _, err := range errs {
		if !strings.Contains(err.Error(), "too short to be a news report") || !strings.Contains(err.Error(), "at least 10") {
			t.Errorf("%v: does not say the text is too short", err)
		}
	}
	if _, err := ParseArticleJSON([]byte(`{"text":"Hello"}`)); err == nil || !strings.Contains(err.Error(), "too short") {
		t.Errorf("a posted article of one word: %v", err)
	}
}

func TestParseArticleJSON(t *testing.T) {
	arts, err := ParseArticleJSON([]byte(`[{"id":"a","text":"One report, with words enough to be taken as news."},{"id":"b"},{"id":"c","published":"yesterday","text":"x"},{"id":"d","url":"https://www.example.org/x","text":"Two reports, with words enough to be taken as news."}]`))
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "d" || arts[1].Outlet != "example.org" || arts[1].OutletFrom != news.OutletFromSite {
		t.Fatalf("articles: %+v", arts)
	}
	if err == nil || !strings.Contains(err.Error(), "article 2: it has no") || !strings.Contains(err.Error(), `article 3: published "yesterday"`) {
		t.Fatalf("error: %v", err)
	}
	if _, err := ParseArticleJSON([]byte(`{"text": 5}`)); err == nil || !strings.Contains(err.Error(), `"text" must be a string`) {
		t.Fatalf("error for a number text: %v", err)
	}
}

func TestFetch(t *testing.T) {
	var ua string
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html") // mislabelled: content decides
		fmt.Fprint(w, rss)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, strings.Repeat("x", 5000)) })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/loop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			fmt.Fprint(w, "Arrived after redirects, with a text long enough to be a report.")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/loop/%d", n-1), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()
	allow := Options{AllowPrivate: true, MaxBytes: 4096, Timeout: 500 * time.Millisecond}

	arts, err := Fetch(ctx, srv.URL+"/page", allow)
	if err != nil || len(arts) != 1 || arts[0].URL != srv.URL+"/page" || arts[0].Outlet != "Example Times" {
		t.Fatalf("page: %+v, %v", arts, err)
	}
	if ua != "crosscheck/0.1 (+https://github.com/crosscheck/crosscheck)" {
		t.Errorf("User-Agent %q", ua)
	}
	if arts, err := Fetch(ctx, srv.URL+"/feed", allow); err != nil || len(arts) != 1 || arts[0].Title != "Kim meets Putin" {
		t.Fatalf("feed: %+v, %v", arts, err)
	}
	if arts, err := Fetch(ctx, srv.URL+"/loop/5", allow); err != nil || len(arts) != 1 || !strings.HasSuffix(arts[0].URL, "/loop/0") {
		t.Fatalf("five redirects: %+v, %v", arts, err)
	}
	problems := []struct{ path, problem string }{
		{"/loop/6", "more than 5 redirects"},
		{"/big", "larger than the 4 KiB limit"},
		{"/missing", "404"},
		{"/slow", "timed out"},
	}
	for _, p := range problems {
		_, err := Fetch(ctx, srv.URL+p.path, allow)
		if err == nil || !strings.Contains(err.Error(), p.problem) || !strings.HasPrefix(err.Error(), srv.URL+p.path+": ") {
			t.Errorf("%s: error %v, want %q naming the URL", p.path, err, p.problem)
		}
	}
	// Without AllowPrivate the loopback server is refused at dial time.
	_, err = Fetch(ctx, srv.URL+"/page", Options{})
	if err == nil || !strings.Contains(err.Error(), "loopback address") || !strings.Contains(err.Error(), "--allow-private-addresses") {
		t.Errorf("loopback without AllowPrivate: %v", err)
	}
	// A name that resolves to loopback is refused the same way.
	u := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	if _, err := Fetch(ctx, u+"/page", Options{}); err == nil || !strings.Contains(err.Error(), "refused") {
		t.Errorf("localhost without AllowPrivate: %v", err)
	}
	// Read reports URL failures like any input, and reads the rest.
	arts, errs := Read(ctx, []string{srv.URL + "/missing", srv.URL + "/page"}, allow)
	if len(arts) != 1 || len(errs) != 1 {
		t.Errorf("Read: %d articles, errors %v", len(arts), errs)
	}
}

func FuzzParseArticleJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"One.","published":"2023-09-13"}`))
	f.Add([]byte(`[{"html":"<p>x</p>"},{"text":5}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, _ := ParseArticleJSON(b)
		for _, a := range arts {
			if strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article without text")
			}
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(rss), "")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="a"/><content>x</content></entry></feed>`), "https://x.example/")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"x"}]}`), "")
	f.Fuzz(func(t *testing.T, b []byte, base string) {
		_, _ = ParseFeed(b, base)
	})
}

// FuzzParseBytes runs any bytes through the whole reader of one input,
// with every kind: no input may panic or give an article without text.
func FuzzParseBytes(f *testing.F) {
	f.Add([]byte("Headline\nBody."), 0)
	f.Add([]byte(page), 2)
	f.Add([]byte(rss), 3)
	f.Add([]byte("{\"text\":\"a\"}\n{\"text\":\"b\"}"), 4)
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_html":"<p>x</p>"}]}`), 5)
	f.Fuzz(func(t *testing.T, b []byte, k int) {
		arts, errs := parseBytes("in", b, kind(uint(k)%6), "", "", nil)
		for _, a := range arts {
			if strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article without text")
			}
		}
		for _, err := range errs {
			if !strings.HasPrefix(err.Error(), "in") {
				t.Fatalf("error %q does not name its input", err)
			}
		}
	})
}

// TestSlowServerTimesOutInWords: a real loopback server that sends the
// headers, then a byte of its page every 50 ms, is given up at the time
// limit, and the message names the address, what timed out and the limit
// (before: Go's "context deadline exceeded (Client.Timeout or context
// cancellation while reading body)").
func TestSlowServerTimesOutInWords(t *testing.T) {
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(200)
		_, _ = w.Write([]byte("<html><body><p>"))
		for {
			select {
			case <-stop:
				return
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
				_, _ = w.Write([]byte("a"))
				w.(http.Flusher).Flush()
			}
		}
	}))
	defer srv.Close()
	defer close(stop)
	url := srv.URL + "/slow"
	_, errs := Read(context.Background(), []string{url}, Options{AllowPrivate: true, Timeout: 800 * time.Millisecond})
	if len(errs) != 1 {
		t.Fatalf("errors %v, want one", errs)
	}
	msg := errs[0].Error()
	for _, want := range []string{url + ": timed out", "still sending the page", "800ms limit"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
}

// TestArchivedOutlet: GVA's articles are Wayback Machine captures; each
// report's outlet is the site that published it, read from the captured
// URL, never the archive.
func TestArchivedOutlet(t *testing.T) {
	path := testenv.GVAStream(t, func([]byte) bool { return true }, 200)
	arts, errs := Read(t.Context(), []string{path}, Options{})
	if len(arts) < 150 {
		t.Fatalf("read %d of 200 GVA articles (errors %v)", len(arts), errs)
	}
	for _, a := range arts {
		if !strings.Contains(a.URL, "web.archive.org/web/") {
			t.Fatalf("%s: expected an archived URL, got %q", a.ID, a.URL)
		}
		if strings.Contains(a.Outlet, "archive.org") || a.Outlet == "" {
			t.Errorf("%s (%s): outlet %q, want the captured site", a.ID, a.URL, a.Outlet)
		}
		if a.OutletFrom == news.OutletFromSite && !strings.Contains(a.URL, a.Outlet) {
			t.Errorf("%s (%s): outlet %q is not the captured URL's host", a.ID, a.URL, a.Outlet)
		}
	}
}

func TestHostOfArchived(t *testing.T) {
	for in, want := range map[string]string{
		"http://web.archive.org/web/20160924070301/http://www.americanpress.com:80/Baton-Rouge-updates": "americanpress.com",
		"https://web.archive.org/web/2016id_/https://example.org/a":                                     "example.org",
		"https://web.archive.org/about":                                                                 "web.archive.org",
		"https://www.example.com/web.archive.org/web/1/http://other.net/":                               "example.com",
	} {
		if got := hostOf(in); got != want {
			t.Errorf("hostOf(%q) = %q, want %q", in, got, want)
		}
	}
}
