package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/ingest/charset"
	"github.com/crosscheck/crosscheck/internal/ingest/htmlpage"
	"github.com/crosscheck/crosscheck/internal/ingest/outlet"
	"github.com/crosscheck/crosscheck/internal/ingest/textfile"
	"github.com/crosscheck/crosscheck/internal/ingest/web"
	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/news"
)

// articleJSON is one article as .jsonl lines, POST /api/articles and
// sidecars write it. Only text or html is required of an article.
type articleJSON struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Author    string          `json:"author"`
	Language  string          `json:"language"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
}

// sidecar is the metadata a NAME.json gives the article NAME.EXT.
type sidecar struct {
	URL, Outlet, Title, Author, Language string
	Published                            time.Time
}

// readSidecar reads the sidecar of path, if there is one. A sidecar that
// cannot be used is an error; the article is read without it.
func readSidecar(path string) (*sidecar, error) {
	name := strings.TrimSuffix(path, filepath.Ext(path)) + ".json"
	fi, err := os.Stat(name)
	if err != nil || fi.IsDir() {
		return nil, nil
	}
	if fi.Size() > 1<<20 {
		return nil, errors.New("the metadata sidecar is larger than 1 MiB")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("the metadata sidecar could not be read: %v", fileProblem(err))
	}
	return parseSidecar(data)
}

// parseSidecar reads the content of a sidecar.
func parseSidecar(data []byte) (*sidecar, error) {
	var j articleJSON
	if err := strictObject(data, &j); err != nil {
		return nil, fmt.Errorf("the metadata sidecar is not valid: %v", err)
	}
	s := &sidecar{URL: strings.TrimSpace(j.URL), Outlet: clean(j.Outlet), Title: clean(j.Title), Author: clean(j.Author), Language: htmlpage.Language(j.Language)}
	if j.Published != "" {
		t, err := parseTime(j.Published)
		if err != nil {
			return nil, fmt.Errorf("the metadata sidecar is not valid: %v", err)
		}
		s.Published = t
	}
	return s, nil
}

// apply puts the sidecar's metadata over what the content gave.
func (s *sidecar) apply(a *news.Article) {
	if s == nil {
		return
	}
	if s.URL != "" {
		a.URL = s.URL
	}
	if s.Title != "" {
		a.Title = s.Title
	}
	if s.Author != "" {
		a.Author = s.Author
	}
	if s.Language != "" {
		a.Language = s.Language
	}
	if !s.Published.IsZero() {
		a.Published = s.Published
	}
	if s.Outlet != "" {
		a.Outlet, a.OutletFrom = s.Outlet, news.OutletFromMetadata
	}
}

// strictObject decodes one JSON object, with messages a user can act on.
func strictObject(data []byte, v any) error {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return errors.New("it is empty")
	}
	if data[0] != '{' {
		return errors.New("it is not a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return jsonProblem(err)
	}
	if dec.More() {
		return errors.New("there is more after the JSON object")
	}
	return nil
}

func jsonProblem(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("the JSON ends too early")
	case errors.As(err, &se):
		return fmt.Errorf("malformed JSON at byte %d (%v)", se.Offset, se)
	case errors.As(err, &te):
		return fmt.Errorf("%q must be a %s, not a JSON %s", te.Field, kindName(te.Type.Kind().String()), te.Value)
	}
	return fmt.Errorf("malformed JSON (%v)", err)
}

func kindName(k string) string {
	if k == "string" {
		return "string"
	}
	return k
}

// parseTime reads an RFC 3339 time or a date; a time without a zone is UTC.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q is neither an RFC 3339 time (2023-09-13T10:00:00Z) nor a date (2023-09-13)", s)
}

// ParseArticleJSON reads one article object or an array of them, as
// .jsonl lines and POST /api/articles give them: {"id", "url", "outlet",
// "title", "published", "author", "language", "text"} with "html" in place
// of "text" for a page. An array with bad elements returns the good
// articles and an error that names each bad one by its position (from 1).
func ParseArticleJSON(data []byte) ([]*news.Article, error) {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		var raws []json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return nil, jsonProblem(err)
		}
		if len(raws) == 0 {
			return nil, errors.New("the array holds no articles")
		}
		var arts []*news.Article
		var errs []error
		for i, raw := range raws {
			a, err := articleFromJSON(raw)
			if err != nil {
				errs = append(errs, fmt.Errorf("article %d: %w", i+1, err))
				continue
			}
			arts = append(arts, a)
		}
		return arts, errors.Join(errs...)
	}
	a, err := articleFromJSON(data)
	if err != nil {
		return nil, err
	}
	return []*news.Article{a}, nil
}

func articleFromJSON(data []byte) (*news.Article, error) {
	var j articleJSON
	if err := strictObject(data, &j); err != nil {
		return nil, err
	}
	a := &news.Article{URL: strings.TrimSpace(j.URL), Title: clean(j.Title), Author: clean(j.Author), Language: htmlpage.Language(j.Language)}
	if len(j.ID) > 0 && string(j.ID) != "null" {
		var s string
		if err := json.Unmarshal(j.ID, &s); err == nil {
			a.ID = s
		} else if _, err := strconv.ParseFloat(string(j.ID), 64); err == nil {
			a.ID = string(j.ID)
		} else {
			return nil, errors.New(`"id" must be a string`)
		}
	}
	if j.Published != "" {
		t, err := parseTime(j.Published)
		if err != nil {
			return nil, err
		}
		a.Published = t
	}
	var paras []string
	var site string
	switch {
	case strings.TrimSpace(j.Text) != "":
		paras = textfile.Paragraphs(j.Text)
	case strings.TrimSpace(j.HTML) != "" && !wholePage.MatchString(j.HTML):
		// A fragment, not a page: there is no boilerplate to remove.
		paras = htmlpage.FragmentText(j.HTML)
	case strings.TrimSpace(j.HTML) != "":
		doc, err := htmlpage.Parse(j.HTML)
		if err != nil {
			return nil, fmt.Errorf("its html could not be parsed: %v", err)
		}
		p, err := htmlpage.Extract(doc, a.URL, htmlpage.Options{})
		if err != nil {
			// A fragment rather than a page: its text is the article.
			paras = htmlpage.FragmentText(j.HTML)
		} else {
			paras = p.Paragraphs
			if p.Site != "" && !p.SiteIsHost {
				site = p.Site
			}
			if a.Title == "" {
				a.Title = p.Title
			}
			if a.Author == "" {
				a.Author = p.Author
			}
			if a.Published.IsZero() {
				a.Published = p.Published
			}
			if a.Language == "" {
				a.Language = p.Language
			}
		}
	default:
		return nil, errors.New(`it has no "text" or "html"`)
	}
	f, paras := outlet.Find(paras)
	if len(paras) == 0 {
		return nil, errors.New(`its "text" or "html" holds no text`)
	}
	a.Text = textfile.Join(paras)
	if err := longEnough(a.Text); err != nil {
		return nil, err
	}
	switch {
	case clean(j.Outlet) != "":
		setOutlet(a, clean(j.Outlet), news.OutletFromMetadata)
	case site != "":
		setOutlet(a, site, news.OutletFromSite)
	case a.URL != "" && hostOf(a.URL) != "":
		setOutlet(a, hostOf(a.URL), news.OutletFromSite)
	default:
		setOutlet(a, f.Name, news.OutletFromText)
	}
	return a, nil
}

// fromJSONL reads one article a line; a bad line is an error naming
// name:line, and the other lines are still read.
func fromJSONL(name, s string) ([]*news.Article, []error) {
	var arts []*news.Article
	errs := jsonLines(name, strings.NewReader(s), int64(len(s)), func(a *news.Article) bool {
		arts = append(arts, a)
		return true
	})
	return arts, errs
}

// jsonLines reads a stream of one article a line and hands each to add as
// soon as it is read, so that a stream of any length is read in the memory
// of its longest line; add returns false to stop. The size limit max holds
// for each line, not for the stream. A bad line is an error naming
// name:line, and the lines after it are still read.
func jsonLines(name string, r io.Reader, max int64, add func(*news.Article) bool) []error {
	var errs []error
	br := bufio.NewReaderSize(r, 64<<10)
	n, read := 0, 0
	for {
		line, long, err := readLine(br, max)
		n++
		switch {
		case long:
			errs = append(errs, lineErr(name, n, fmt.Errorf("the line is larger than the %s limit", web.Size(max))))
		case len(bytes.TrimSpace(line)) > 0:
			a, perr := articleFromLine(line, n)
			if perr != nil {
				errs = append(errs, lineErr(name, n, perr))
				break
			}
			read++
			if !add(a) {
				return errs
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, &Error{Input: name, Problem: fmt.Sprintf("could not be read after line %d: %v", n, err)})
			break
		}
	}
	if read == 0 && len(errs) == 0 {
		errs = append(errs, &Error{Input: name, Problem: "the file holds no articles"})
	}
	return errs
}

// articleFromLine decodes line n of a .jsonl stream: UTF-8 (a byte-order
// mark on the first line is dropped), or another charset that
// charset.Decode recognises, as a whole file would be.
func articleFromLine(line []byte, n int) (*news.Article, error) {
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte{0xEF, 0xBB, 0xBF})
	}
	enc := ""
	if !utf8.Valid(line) {
		s, e, err := charset.Decode(line, "")
		if err != nil {
			return nil, err
		}
		line, enc = []byte(s), e
	}
	a, err := articleFromJSON(line)
	if a != nil && enc != charset.UTF8 {
		a.Encoding = enc
	}
	return a, err
}

func lineErr(name string, n int, err error) error {
	return &Error{Input: name + ":" + strconv.Itoa(n), Problem: err.Error()}
}

// readLine reads one line, without its end, from br. A line longer than
// max is read to its end and dropped (long is true), so that the next line
// is read whole.
func readLine(br *bufio.Reader, max int64) (line []byte, long bool, err error) {
	for {
		var part []byte
		part, err = br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(part)) > max+1 {
				long, line = true, nil
			} else {
				line = append(line, part...)
			}
		}
		if err != bufio.ErrBufferFull {
			break
		}
	}
	return bytes.TrimRight(line, "\r\n"), long, err
}

// fromJSON reads a .json that is no sidecar: a JSON Feed, or one article
// or an array of them.
func fromJSON(data []byte, url string) ([]*news.Article, error) {
	var probe struct {
		Version string          `json:"version"`
		Items   json.RawMessage `json:"items"`
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' && json.Unmarshal(trimmed, &probe) == nil &&
		(strings.Contains(probe.Version, "jsonfeed") || len(probe.Items) > 0) {
		return fromFeed(data, url)
	}
	arts, err := ParseArticleJSON(data)
	if err != nil && len(arts) == 0 {
		if strings.Contains(err.Error(), `no "text" or "html"`) {
			return nil, errors.New(`this JSON is neither a JSON Feed nor an article (no "text" or "html")`)
		}
		return nil, err
	}
	return arts, err
}

var wholePage = lazyre.New(`(?i)<(?:html|body|!doctype)\b`)

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
