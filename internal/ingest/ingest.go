// Package ingest turns inputs (files, folders, URLs, stdin) into articles.
// It detects each input's kind, from its extension or else its content, and
// hands it to the reader for that kind: textfile, htmlpage, feed, or the
// JSON article reader here; web fetches URLs. It also applies a sidecar's
// metadata and finds the outlet when no metadata gives it.
package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/ingest/charset"
	"github.com/crosscheck/crosscheck/internal/ingest/htmlpage"
	"github.com/crosscheck/crosscheck/internal/ingest/outlet"
	"github.com/crosscheck/crosscheck/internal/ingest/textfile"
	"github.com/crosscheck/crosscheck/internal/ingest/web"
	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/news"
)

// Options tune how inputs are read.
type Options struct {
	AllowPrivate bool          // allow URLs on private, loopback and link-local addresses
	MaxBytes     int64         // largest input accepted; 0 means DefaultMaxBytes
	Timeout      time.Duration // per URL fetch; 0 means DefaultTimeout
	Stdin        io.Reader     // read for the input "-"
}

// DefaultMaxBytes is the size cap of one input.
const DefaultMaxBytes = 10 << 20

// DefaultTimeout bounds one URL fetch, redirects included.
const DefaultTimeout = 20 * time.Second

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) client() *web.Client {
	t := o.Timeout
	if t <= 0 {
		t = DefaultTimeout
	}
	return web.NewClient(web.Options{AllowPrivate: o.AllowPrivate, MaxBytes: o.maxBytes(), Timeout: t})
}

// Error is one input that could not be read, or was read with a problem.
// Its message is "INPUT: problem in plain words".
type Error struct {
	Input   string // the input as the user named it: a path, path:line, or URL
	Problem string // what is wrong, in plain words
	// Warning marks an input that was still read (a malformed sidecar
	// ignored, a legacy encoding detected): its article is among those
	// returned, and the run counts it as used.
	Warning bool
}

func (e *Error) Error() string { return e.Input + ": " + e.Problem }

// Failed counts the errors that lost an input, leaving out warnings.
func Failed(errs []error) int {
	n := 0
	for _, err := range errs {
		var ie *Error
		if !errors.As(err, &ie) || !ie.Warning {
			n++
		}
	}
	return n
}

func inputErr(input string, err error) *Error {
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	return &Error{Input: input, Problem: err.Error()}
}

// Read reads every input and returns the articles it found, in input order
// (a folder's files in sorted order), and one error per input that failed;
// each error names its input and the problem. It never panics on any input.
func Read(ctx context.Context, inputs []string, opt Options) ([]*news.Article, []error) {
	var arts []*news.Article
	errs := Each(ctx, inputs, opt, func(a *news.Article) bool {
		arts = append(arts, a)
		return true
	})
	return arts, errs
}

// Each reads the inputs as Read does, but hands each article to add as
// soon as it is read and keeps none: a .jsonl file or stream is read line
// by line, with the size limit on each line rather than on the file, so a
// stream of any length is read in bounded memory. add returns false to
// stop reading.
func Each(ctx context.Context, inputs []string, opt Options, add func(*news.Article) bool) []error {
	r := &reader{opt: opt, yield: add}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			r.fail(in, errors.New("not read: cancelled"))
			continue
		}
		if r.stopped {
			break
		}
		r.input(ctx, in)
	}
	return r.errs
}

type reader struct {
	opt     Options
	web     *web.Client
	yield   func(*news.Article) bool
	stopped bool // yield asked to stop
	errs    []error
	stdin   bool // "-" was read already
	listed  map[string][]string
}

func (r *reader) fail(input string, err error) {
	r.errs = append(r.errs, inputErr(input, err))
}

func (r *reader) add(arts ...*news.Article) {
	for _, a := range arts {
		if r.stopped {
			return
		}
		r.stopped = !r.yield(a)
	}
}

func (r *reader) input(ctx context.Context, in string) {
	defer func() {
		if p := recover(); p != nil {
			r.fail(in, fmt.Errorf("could not be read (internal error: %v)", p))
		}
	}()
	switch {
	case in == "-":
		r.readStdin()
	case web.IsURL(in):
		if r.web == nil {
			r.web = r.opt.client()
		}
		arts, errs := fetch(ctx, r.web, in)
		r.add(arts...)
		r.errs = append(r.errs, errs...)
	case strings.Contains(in, "://"):
		r.fail(in, errors.New("only http:// and https:// addresses can be read"))
	default:
		fi, err := os.Stat(in)
		if err != nil {
			r.fail(in, fileProblem(err))
			return
		}
		if fi.IsDir() {
			r.readDir(in)
			return
		}
		r.readFile(in, fi, true)
	}
}

func (r *reader) readStdin() {
	if r.stdin {
		r.fail("-", errors.New("stdin can be read only once"))
		return
	}
	r.stdin = true
	if r.opt.Stdin == nil {
		r.fail("-", errors.New("no standard input to read"))
		return
	}
	max := r.opt.maxBytes()
	// A stream of .jsonl lines is read line by line, whatever its length;
	// anything else whole, up to the limit.
	in := bufio.NewReaderSize(r.opt.Stdin, sniffBytes)
	if head, _ := in.Peek(sniffBytes); sniff(string(head)) == kindJSONL {
		r.jsonLines("-", in)
		return
	}
	data, err := io.ReadAll(io.LimitReader(in, max+1))
	if err != nil {
		r.fail("-", fmt.Errorf("could not be read: %v", err))
		return
	}
	if int64(len(data)) > max {
		r.fail("-", fmt.Errorf("the input is larger than the %s limit", web.Size(max)))
		return
	}
	arts, errs := parseBytes("-", data, kindUnknown, "", "", nil)
	for _, a := range arts {
		a.File = "-"
	}
	r.add(arts...)
	r.errs = append(r.errs, errs...)
}

// docNames are the files a folder of reports holds about itself; a folder
// walk skips them (they are read when named on their own).
var docNames = lazyre.New(`(?i)^(readme|license|licence|copying|notice|provenance|changelog|authors|contributing)(\..*)?$`)

// assetExt are the files a saved web page brings along; a folder walk skips
// them rather than report each as not an article.
var assetExt = map[string]bool{
	".css": true, ".js": true, ".mjs": true, ".map": true, ".png": true, ".jpg": true, ".jpeg": true,
	".gif": true, ".svg": true, ".webp": true, ".ico": true, ".avif": true, ".bmp": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
}

func (r *reader) readDir(dir string) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			r.fail(path, fileProblem(err))
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&os.ModeSymlink == 0 {
			return nil
		}
		if docNames.MatchString(name) || assetExt[strings.ToLower(filepath.Ext(name))] || strings.HasSuffix(name, "~") {
			return nil
		}
		files = append(files, path)
		return nil
	})
	if err != nil {
		r.fail(dir, fileProblem(err))
	}
	sort.Strings(files)
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			r.fail(f, fileProblem(err))
			continue
		}
		if fi.IsDir() {
			continue // a symlink to a folder: not followed, to avoid loops
		}
		r.readFile(f, fi, false)
	}
	if len(files) == 0 {
		r.fail(dir, errors.New("the folder holds no files to read"))
	}
}

// siblings lists the names in a directory, once per run.
func (r *reader) siblings(dir string) []string {
	if r.listed == nil {
		r.listed = map[string][]string{}
	}
	if names, ok := r.listed[dir]; ok {
		return names
	}
	var names []string
	if ents, err := os.ReadDir(dir); err == nil {
		for _, e := range ents {
			names = append(names, e.Name())
		}
	}
	r.listed[dir] = names
	return names
}

// articleFor returns the file that a NAME.json is the sidecar of: a file
// of the same stem and another extension beside it, or "".
func (r *reader) articleFor(path string) string {
	dir, base := filepath.Split(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	for _, n := range r.siblings(filepath.Clean(dir)) {
		ext := filepath.Ext(n)
		if n != base && strings.TrimSuffix(n, ext) == stem && ext != "" && !strings.EqualFold(ext, ".json") {
			return n
		}
	}
	return ""
}

func (r *reader) readFile(path string, fi os.FileInfo, explicit bool) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".json" {
		if a := r.articleFor(path); a != "" {
			if explicit {
				r.fail(path, fmt.Errorf("this is the metadata sidecar of %s, not an article; give %s instead", a, a))
			}
			return
		}
	}
	if ext == ".jsonl" || ext == ".ndjson" {
		r.readJSONL(path)
		return
	}
	if max := r.opt.maxBytes(); fi.Size() > max {
		r.fail(path, fmt.Errorf("the file is larger than the %s limit", web.Size(max)))
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		r.fail(path, fileProblem(err))
		return
	}
	var side *sidecar
	if ext != ".json" && ext != ".jsonl" && ext != ".ndjson" {
		var serr error
		side, serr = readSidecar(path)
		if serr != nil {
			// The article is still read: only its metadata is lost, and
			// the message says so rather than that the input failed.
			e := inputErr(strings.TrimSuffix(path, filepath.Ext(path))+".json", serr)
			e.Warning = true
			e.Problem = "sidecar ignored: " + e.Problem + "; " + filepath.Base(path) + " was used without its metadata"
			r.errs = append(r.errs, e)
		}
	}
	arts, errs := parseBytes(path, data, kindOfExt(ext), "", "", side)
	for _, a := range arts {
		a.File = path
	}
	r.add(arts...)
	r.errs = append(r.errs, errs...)
}

// readJSONL reads a .jsonl file as a stream, one line at a time.
func (r *reader) readJSONL(path string) {
	f, err := os.Open(path)
	if err != nil {
		r.fail(path, fileProblem(err))
		return
	}
	defer f.Close()
	r.jsonLines(path, f)
}

// jsonLines hands on each article of a .jsonl stream as it is read, named
// by the input it came from.
func (r *reader) jsonLines(name string, in io.Reader) {
	errs := jsonLines(name, in, r.opt.maxBytes(), func(a *news.Article) bool {
		a.File = name
		r.add(a)
		return !r.stopped
	})
	r.errs = append(r.errs, errs...)
}

func fileProblem(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("could not be read: %v", pe.Err)
	}
	return fmt.Errorf("could not be read: %v", err)
}

type kind int

const (
	kindUnknown kind = iota
	kindText
	kindHTML
	kindFeed
	kindJSONL
	kindJSON
)

func kindOfExt(ext string) kind {
	switch ext {
	case ".txt", ".text", ".md":
		return kindText
	case ".html", ".htm", ".xhtml", ".shtml":
		return kindHTML
	case ".rss", ".atom":
		return kindFeed
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".json":
		return kindJSON
	}
	return kindUnknown // .xml among them: a feed or a page, by content
}

// sniffBytes is how much of a stream is looked at to tell its kind before
// it is read: enough for the first line of a .jsonl stream and the start of
// the second.
const sniffBytes = 1 << 20

// sniff tells a kind from the content, for files of unknown extension,
// stdin and URLs.
func sniff(s string) kind {
	t := strings.TrimLeft(s, " \t\r\n\uFEFF")
	head := strings.ToLower(t[:min(len(t), 2048)])
	switch {
	case strings.HasPrefix(head, "<rss"), strings.HasPrefix(head, "<feed"), strings.HasPrefix(head, "<rdf:rdf"):
		return kindFeed
	case strings.HasPrefix(head, "<?xml"):
		if strings.Contains(head, "<html") {
			return kindHTML
		}
		return kindFeed
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"):
		return kindHTML
	case strings.HasPrefix(head, "<!--"), len(head) > 1 && head[0] == '<' && (head[1] >= 'a' && head[1] <= 'z' || head[1] == '!'):
		if strings.Contains(head, "<rss") || strings.Contains(head, "<feed") {
			return kindFeed
		}
		return kindHTML
	case strings.HasPrefix(head, "{"):
		if lines := strings.SplitN(strings.TrimSpace(t), "\n", 3); len(lines) > 1 &&
			strings.HasSuffix(strings.TrimSpace(lines[0]), "}") && strings.HasPrefix(strings.TrimSpace(lines[1]), "{") {
			return kindJSONL
		}
		return kindJSON
	case strings.HasPrefix(head, "["):
		return kindJSON
	}
	return kindText
}

var metaCharset = lazyre.New(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// parseBytes reads the content of one input. name is how errors name it;
// k its kind (kindUnknown to sniff); url the address it came from;
// declared a charset the transport gave.
func parseBytes(name string, data []byte, k kind, url, declared string, side *sidecar) ([]*news.Article, []error) {
	if declared == "" && (k == kindHTML || k == kindUnknown) {
		if m := metaCharset.FindSubmatch(data[:min(len(data), 4096)]); m != nil {
			declared = string(m[1])
		}
	}
	s, enc, err := charset.Decode(data, declared)
	if err != nil {
		return nil, []error{inputErr(name, err)}
	}
	arts, errs := parseText(name, s, k, url, side)
	if enc != charset.UTF8 {
		for _, a := range arts {
			a.Encoding = enc
		}
		// A detected encoding is a reading the user should be able to
		// check; one the input declared, or a byte-order mark, is not.
		if declared == "" && !strings.HasPrefix(enc, "utf-16") && len(arts) > 0 {
			errs = append(errs, &Error{Input: name, Problem: "read as " + enc + " (detected: the text is not UTF-8)", Warning: true})
		}
	}
	return arts, errs
}

// parseText reads the decoded content of one input; see parseBytes.
func parseText(name, s string, k kind, url string, side *sidecar) ([]*news.Article, []error) {
	if k == kindUnknown {
		k = sniff(s)
	}
	one := func(a *news.Article, err error) ([]*news.Article, []error) {
		if err != nil {
			return nil, []error{inputErr(name, err)}
		}
		return []*news.Article{a}, nil
	}
	switch k {
	case kindHTML:
		return one(fromHTML(s, url, side))
	case kindFeed:
		arts, err := fromFeed([]byte(s), url)
		if err != nil {
			return nil, []error{inputErr(name, err)}
		}
		return arts, nil
	case kindJSONL:
		return fromJSONL(name, s)
	case kindJSON:
		arts, err := fromJSON([]byte(s), url)
		if err != nil {
			return arts, []error{inputErr(name, err)}
		}
		return arts, nil
	}
	a, err := fromText(s, side)
	if err == nil && url != "" {
		a.URL = url
		if a.OutletFrom == news.OutletFromUnknown || a.OutletFrom == news.OutletFromText {
			if h := hostOf(url); h != "" {
				a.Outlet, a.OutletFrom = h, news.OutletFromSite
			}
		}
	}
	return one(a, err)
}

var errNoText = errors.New("no article text was found in it")

// MinWords is the fewest words a text needs to be taken as a news report.
// Shorter, it is a greeting, an error page or a headline alone ("Hello",
// "Page not found", "Subscribe to read"), and it would become a story of
// its own. The shortest reports in the shared data are a one-sentence
// wire item of 14 words (ECB+; most of its texts are longer) and a
// Gun Violence Archive article of 42.
const MinWords = 10

// longEnough refuses a text too short to be a news report, saying so.
func longEnough(text string) error {
	if n := fieldsUpTo(text, MinWords); n < MinWords {
		return fmt.Errorf("the text is too short to be a news report: %d word(s), where a report has at least %d", n, MinWords)
	}
	return nil
}

// fieldsUpTo counts the words of s as strings.Fields cuts them (runs of
// runes that are no unicode.IsSpace), stopping at limit: a report's first
// few words answer, where strings.Fields cut the whole text into a list.
func fieldsUpTo(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n++; n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

// fromText reads a plain-text report.
func fromText(s string, side *sidecar) (*news.Article, error) {
	d := textfile.Parse(s, true)
	f, paras := outlet.Find(d.Paragraphs)
	if len(paras) == 0 {
		return nil, errNoText
	}
	a := &news.Article{Title: d.Title, Author: d.Author, Published: d.Published, Text: textfile.Join(paras)}
	if err := longEnough(a.Text); err != nil {
		return nil, err
	}
	setOutlet(a, f.Name, news.OutletFromText)
	side.apply(a)
	return a, nil
}

// fromHTML reads a web page.
func fromHTML(s, url string, side *sidecar) (*news.Article, error) {
	if side != nil && side.URL != "" && url == "" {
		url = side.URL
	}
	doc, err := htmlpage.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("the HTML could not be parsed: %v", err)
	}
	p, err := htmlpage.Extract(doc, url, htmlpage.Options{})
	if err != nil {
		if errors.Is(err, htmlpage.ErrNoText) {
			return nil, errors.New("no article text was found in the page")
		}
		return nil, err
	}
	f, paras := outlet.Find(p.Paragraphs)
	if len(paras) == 0 {
		return nil, errors.New("no article text was found in the page")
	}
	a := &news.Article{URL: url, Title: p.Title, Author: p.Author, Published: p.Published, Language: p.Language, Text: textfile.Join(paras)}
	if err := longEnough(a.Text); err != nil {
		return nil, err
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	switch {
	case p.Site != "":
		setOutlet(a, p.Site, news.OutletFromSite)
	default:
		setOutlet(a, f.Name, news.OutletFromText)
	}
	side.apply(a)
	return a, nil
}

func setOutlet(a *news.Article, name, from string) {
	if name == "" {
		a.Outlet, a.OutletFrom = "", news.OutletFromUnknown
		return
	}
	a.Outlet, a.OutletFrom = name, from
}

// hostOf is the site a URL names, without "www.". A capture of the
// Internet Archive's Wayback Machine (web.archive.org/web/TIMESTAMP/URL, its
// documented form) names the site it captured, not the archive: the outlet
// of an archived report is the one that published it.
func hostOf(u string) string { return Host(u) }

// Host is the site a URL names, as an outlet: lower-case, without "www."
// or a port; a Wayback Machine capture names the site it captured.
func Host(u string) string {
	h := archived(u)
	if i := strings.Index(h, "://"); i >= 0 {
		h = h[i+3:]
	}
	if i := strings.IndexAny(h, "/?#"); i >= 0 {
		h = h[:i]
	}
	if i := strings.LastIndexByte(h, '@'); i >= 0 {
		h = h[i+1:]
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.HasSuffix(h, "]") {
		h = h[:i]
	}
	return strings.TrimPrefix(strings.ToLower(h), "www.")
}

// archived returns the original URL inside a Wayback Machine capture's URL,
// or the URL itself. The timestamp may carry a mode suffix ("20160924070301id_").
func archived(u string) string {
	rest := u
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	const prefix = "web.archive.org/web/"
	if len(rest) < len(prefix) || !strings.EqualFold(rest[:len(prefix)], prefix) {
		return u
	}
	after := rest[len(prefix):]
	slash := strings.IndexByte(after, '/')
	if slash < 1 || after[0] < '0' || after[0] > '9' {
		return u
	}
	orig := after[slash+1:]
	if orig == "" {
		return u
	}
	return orig
}
