// Package extract scores crosscheck's reading of web pages on two public
// sets: Mozilla Readability's test pages (token F1 of the extracted text
// against the text of the expected article) and the English pages of
// trafilatura's evaluation set (its own snippet metric: text that must and
// must not be extracted). The same scorer runs go-trafilatura alone, so the
// numbers show what crosscheck adds to, or loses from, the library.
package extract

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck/crosscheck/internal/ingest/htmlpage"
)

// Mode is an extraction set-up to score.
type Mode string

// The modes: crosscheck as ingest runs it, and go-trafilatura with and
// without its fallback extractors, for comparison.
const (
	Crosscheck          Mode = "crosscheck"           // trafilatura + its fallback + Readability when empty
	TrafilaturaFallback Mode = "trafilatura+fallback" // go-trafilatura with its fallback extractors
	Trafilatura         Mode = "trafilatura"          // go-trafilatura alone
)

// Page is what an extractor found in one page.
type Page struct {
	Title, Author, Site string
	Text                string
	Published           time.Time
}

// Extract runs one mode on an HTML page.
func Extract(src, pageURL string, m Mode) Page {
	doc, err := htmlpage.Parse(src)
	if err != nil {
		return Page{}
	}
	opt := htmlpage.Options{}
	switch m {
	case Trafilatura:
		opt.NoFallback = true
	case TrafilaturaFallback:
		opt.NoReadability = true
	}
	p, _ := htmlpage.Extract(doc, pageURL, opt)
	if p == nil {
		return Page{}
	}
	out := Page{Title: p.Title, Author: p.Author, Text: strings.Join(p.Paragraphs, "\n\n"), Published: p.Published}
	if !p.SiteIsHost {
		out.Site = p.Site
	}
	return out
}

// Scores are one set's results.
type Scores struct {
	Set   string
	Mode  Mode
	Pages int
	Empty int // pages where nothing was extracted
	// Readability set: token precision, recall and F1, averaged over pages
	// (macro) and over all tokens (micro); title, byline and site name
	// exact-match rates over pages whose expected value is not null.
	Precision, Recall, F1              float64
	MicroPrecision, MicroRecall        float64
	MicroF1                            float64
	Title, Byline, Site                float64
	TitlePages, BylinePages, SitePages int
	// Publication dates on the Readability set: DatePages have a date in
	// the expected metadata, DateRight of them got the same calendar day;
	// NoDatePages have none (null), DateGiven of them got a date anyway
	// (a guess, unless the page marks a date Readability does not read).
	DatePages, DateRight, NoDatePages, DateGiven int
	// Trafilatura set: the snippet counts and their accuracy.
	TP, FN, FP, TN int
	Accuracy       float64
}

// ReadabilityEval scores a mode on the Readability test pages in dir (the
// folder that holds test-pages/). limit > 0 scores only the first pages.
func ReadabilityEval(dir string, m Mode, limit int) (Scores, error) {
	root := filepath.Join(dir, "test-pages")
	ents, err := os.ReadDir(root)
	if err != nil {
		return Scores{}, fmt.Errorf("readability test pages: %w", err)
	}
	s := Scores{Set: "readability-test-pages", Mode: m}
	var sumP, sumR, sumF float64
	var overlap, got, want int
	var titleOK, bylineOK, siteOK int
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		if limit > 0 && s.Pages >= limit {
			break
		}
		src, err := os.ReadFile(filepath.Join(root, e.Name(), "source.html"))
		if err != nil {
			continue
		}
		exp, err := os.ReadFile(filepath.Join(root, e.Name(), "expected.html"))
		if err != nil {
			continue
		}
		var meta struct {
			Title, Byline, SiteName *string
			PublishedTime           *string
		}
		if b, err := os.ReadFile(filepath.Join(root, e.Name(), "expected-metadata.json")); err == nil {
			_ = json.Unmarshal(b, &meta)
		}
		s.Pages++
		// The Readability harness gives every page this address.
		p := Extract(string(src), "http://fakehost/test/page.html", m)
		if strings.TrimSpace(p.Text) == "" {
			s.Empty++
		}
		expDoc, _ := htmlpage.Parse(string(exp))
		wantToks := Tokens(strings.Join(htmlpage.Blocks(expDoc), " "))
		gotToks := Tokens(p.Text)
		o := Overlap(gotToks, wantToks)
		pr, rc := ratio(o, len(gotToks)), ratio(o, len(wantToks))
		sumP, sumR, sumF = sumP+pr, sumR+rc, sumF+f1(pr, rc)
		overlap, got, want = overlap+o, got+len(gotToks), want+len(wantToks)
		if meta.Title != nil && *meta.Title != "" {
			s.TitlePages++
			if same(p.Title, *meta.Title) {
				titleOK++
			}
		}
		if meta.Byline != nil && *meta.Byline != "" {
			s.BylinePages++
			if same(p.Author, *meta.Byline) {
				bylineOK++
			}
		}
		if meta.PublishedTime == nil || *meta.PublishedTime == "" {
			s.NoDatePages++
			if !p.Published.IsZero() {
				s.DateGiven++
			}
		} else {
			s.DatePages++
			if sameDay(p.Published, *meta.PublishedTime) {
				s.DateRight++
			}
		}
		if meta.SiteName != nil && *meta.SiteName != "" {
			s.SitePages++
			if same(p.Site, *meta.SiteName) {
				siteOK++
			}
		}
	}
	if s.Pages == 0 {
		return s, fmt.Errorf("readability test pages: no page in %s", root)
	}
	n := float64(s.Pages)
	s.Precision, s.Recall, s.F1 = sumP/n, sumR/n, sumF/n
	s.MicroPrecision, s.MicroRecall = ratio(overlap, got), ratio(overlap, want)
	s.MicroF1 = f1(s.MicroPrecision, s.MicroRecall)
	s.Title, s.Byline, s.Site = ratio(titleOK, s.TitlePages), ratio(bylineOK, s.BylinePages), ratio(siteOK, s.SitePages)
	return s, nil
}

// TrafilaturaEval scores a mode on the trafilatura evaluation subset in dir
// (the folder that holds evaldata-en-subset.json and html/), with the
// set's own metric: each "with" snippet found in the whitespace-normalised
// text is a true positive (else a false negative), each "without" snippet
// found a false positive (else a true negative), summed over pages.
func TrafilaturaEval(dir string, m Mode, limit int) (Scores, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata-en-subset.json"))
	if err != nil {
		return Scores{}, fmt.Errorf("trafilatura eval: %w", err)
	}
	var entries map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(b, &entries); err != nil {
		return Scores{}, fmt.Errorf("trafilatura eval: %w", err)
	}
	urls := make([]string, 0, len(entries))
	for u := range entries {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	s := Scores{Set: "trafilatura-eval-en", Mode: m}
	for _, u := range urls {
		if limit > 0 && s.Pages >= limit {
			break
		}
		e := entries[u]
		src, err := readGz(filepath.Join(dir, "html", e.File+".gz"))
		if err != nil {
			return s, fmt.Errorf("trafilatura eval: %w", err)
		}
		s.Pages++
		p := Extract(src, u, m)
		if strings.TrimSpace(p.Text) == "" {
			s.Empty++
		}
		text := spaces(p.Text)
		for _, w := range e.With {
			if strings.Contains(text, spaces(w)) {
				s.TP++
			} else {
				s.FN++
			}
		}
		for _, w := range e.Without {
			if strings.Contains(text, spaces(w)) {
				s.FP++
			} else {
				s.TN++
			}
		}
	}
	if s.Pages == 0 {
		return s, fmt.Errorf("trafilatura eval: no page in %s", dir)
	}
	s.Precision, s.Recall = ratio(s.TP, s.TP+s.FP), ratio(s.TP, s.TP+s.FN)
	s.F1 = f1(s.Precision, s.Recall)
	s.Accuracy = ratio(s.TP+s.TN, s.TP+s.TN+s.FP+s.FN)
	return s, nil
}

func readGz(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	b, err := io.ReadAll(zr)
	return string(b), err
}

var ws = regexp.MustCompile(`\s+`)

// spaces normalises white space as trafilatura's evaluation does, and the
// Unicode form as ingest does, so that only the extraction is compared.
func spaces(s string) string { return ws.ReplaceAllString(norm.NFC.String(s), " ") }

// Tokens are the lower-cased words and numbers of a text.
func Tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Overlap is the size of the multiset intersection of two token lists.
func Overlap(a, b []string) int {
	count := make(map[string]int, len(b))
	for _, t := range b {
		count[t]++
	}
	n := 0
	for _, t := range a {
		if count[t] > 0 {
			count[t]--
			n++
		}
	}
	return n
}

func same(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// sameDay reports whether got falls on the calendar day the expected
// timestamp names, read in the expected value's own offset when it has one.
func sameDay(got time.Time, want string) bool {
	if got.IsZero() || len(want) < 10 {
		return false
	}
	day := want[:10]
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05-0700"} {
		if w, err := time.Parse(layout, want); err == nil {
			return got.In(w.Location()).Format("2006-01-02") == day || got.Format("2006-01-02") == day
		}
	}
	return got.Format("2006-01-02") == day
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
