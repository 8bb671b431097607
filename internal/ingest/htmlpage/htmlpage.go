// Package htmlpage reads a web page: its main text, by go-trafilatura (with
// its own fallback extractors) and, when that finds nothing, by Readability;
// and its title, site name, author, language and publication date.
package htmlpage

import (
	"errors"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/crosscheck/crosscheck/internal/ingest/textfile"
)

// Page is what was read from a web page.
type Page struct {
	Title      string
	Site       string // the site's name, else its host name, else ""
	SiteIsHost bool   // Site is a host name, not a name the page gives itself
	Author     string
	Published  time.Time
	Language   string // from the page's lang attribute, ISO 639-1
	URL        string // canonical address the page gives, when pageURL was empty
	Paragraphs []string
	Extractor  string // trafilatura or readability
}

// ErrNoText is returned when no extractor finds any text in a page.
var ErrNoText = errors.New("no article text was found in the page")

// Options choose the extractors; the zero value is what crosscheck uses.
type Options struct {
	NoFallback    bool // trafilatura alone: no fallback extractors, no Readability
	NoReadability bool // trafilatura with its fallback, but not Readability after it
}

// Parse parses HTML text into a tree; it never fails on malformed markup.
func Parse(s string) (*html.Node, error) {
	return html.Parse(strings.NewReader(s))
}

// Extract reads a page. pageURL is the address it came from, or "".
func Extract(doc *html.Node, pageURL string, opt Options) (*Page, error) {
	var u *url.URL
	if pageURL != "" {
		if pu, err := url.Parse(pageURL); err == nil && pu.IsAbs() {
			u = pu
		}
	}
	p := &Page{Language: docLanguage(doc)}
	topts := trafilatura.Options{
		OriginalURL:     u,
		EnableFallback:  !opt.NoFallback,
		ExcludeComments: true,
		// Fast mode: the date comes from the page's metadata, structured
		// data (JSON-LD, time elements, date-classed bylines) or its URL,
		// never from a year or a weekday found in the text, which the
		// extensive search would take for the date of publication ("the
		// 1999 movie" made a page published 1999-01-01). A page that does
		// not say its date has none.
		HtmlDateOptions: &htmldate.Options{
			UseOriginalDate:     true,
			ExtractTime:         true,
			SkipExtensiveSearch: true,
			URL:                 pageURL,
		},
	}
	res, err := trafilatura.ExtractDocument(doc, topts)
	if err == nil && res != nil {
		m := res.Metadata
		p.Title, p.Author, p.Published = clean(m.Title), clean(m.Author), m.Date
		p.Site = clean(m.Sitename)
		if p.Site == "" {
			p.Site, p.SiteIsHost = hostName(pageURL, m.URL, m.Hostname), true
		}
		if pageURL == "" && m.URL != "" {
			p.URL = m.URL
		}
		p.Paragraphs = Blocks(res.ContentNode)
		p.Extractor = "trafilatura"
	}
	if len(p.Paragraphs) == 0 && !opt.NoFallback && !opt.NoReadability {
		parser := readability.NewParser()
		art, rerr := parser.ParseDocument(doc, u)
		if rerr == nil && art.Node != nil {
			p.Paragraphs = Blocks(art.Node)
			p.Extractor = "readability"
			if p.Title == "" {
				p.Title = clean(art.Title())
			}
			if p.Author == "" {
				p.Author = clean(art.Byline())
			}
			if s := clean(art.SiteName()); s != "" && (p.Site == "" || p.SiteIsHost) {
				p.Site, p.SiteIsHost = s, false
			}
			if t, err := art.PublishedTime(); err == nil && p.Published.IsZero() {
				p.Published = t
			}
		}
	}
	if p.Site == "" {
		p.Site, p.SiteIsHost = hostName(pageURL), true
	}
	if n := len(strings.Join(p.Paragraphs, " ")); n < 2*250 {
		p.Paragraphs = dropRepeats(p.Paragraphs)
	}
	p.Title = trimSiteSuffix(p.Title, p.Site)
	// Extractors keep the page's headline as the first block; it is the
	// title, not the body.
	if len(p.Paragraphs) > 1 && p.Title != "" && strings.EqualFold(p.Paragraphs[0], p.Title) {
		p.Paragraphs = p.Paragraphs[1:]
	}
	if len(p.Paragraphs) == 0 {
		return p, ErrNoText
	}
	return p, nil
}

// dropRepeats drops a paragraph that repeats the one before it, as
// trafilatura's last-resort extraction gives on a very short page (under
// its 250-character minimum, each piece found twice). Longer texts keep
// their repeats: pages do repeat paragraphs.
func dropRepeats(paras []string) []string {
	out := paras[:0]
	for i, p := range paras {
		if i > 0 && p == paras[i-1] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// trimSiteSuffix drops the site's name from a title such as "Obama admits
// ... - BBC News", where the page repeats it after a separator.
func trimSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" - ", " | ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && t != "" {
			return strings.TrimSpace(t)
		}
		if t, ok := strings.CutPrefix(title, site+sep); ok && t != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// Blocks returns the text of an HTML tree as paragraphs: each block
// element (p, li, h2, blockquote, div, br ...) ends one.
func Blocks(n *html.Node) []string {
	if n == nil {
		return nil
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			paras = append(paras, textfile.Paragraphs(cur.String())...)
			cur.Reset()
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			return
		case html.CommentNode, html.DoctypeNode:
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Svg, atom.Iframe, atom.Object:
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return paras
}

func isBlock(n *html.Node) bool {
	// Trees built by the extractors carry no atom: compare the tag name.
	a := n.DataAtom
	if a == 0 {
		a = atom.Lookup([]byte(n.Data))
	}
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Aside, atom.Nav, atom.Figure, atom.Figcaption, atom.Br, atom.Hr,
		atom.Main, atom.Address, atom.Caption, atom.Form, atom.Fieldset, atom.Details, atom.Summary,
		atom.Head, atom.Body:
		return true
	}
	// trafilatura's own tag names, where it has not converted them back.
	switch n.Data {
	case "list", "item", "quote", "lb", "row", "cell", "graphic":
		return true
	}
	return false
}

// FragmentText is the text of an HTML fragment (a feed item's content) as
// paragraphs; a fragment that is plain text comes back as its paragraphs.
func FragmentText(s string) []string {
	if !strings.ContainsAny(s, "<&") {
		return textfile.Paragraphs(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return textfile.Paragraphs(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return Blocks(root)
}

// docLanguage is the two-letter language the page declares on <html lang>.
func docLanguage(doc *html.Node) string {
	h := dom.QuerySelector(doc, "html")
	if h == nil {
		return ""
	}
	return Language(dom.GetAttribute(h, "lang"))
}

// Language reduces a language tag ("en-GB") to its ISO 639-1 code, or "".
func Language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

// hostName is the host of the first address given, without "www.".
func hostName(addrs ...string) string {
	for _, a := range addrs {
		if a == "" {
			continue
		}
		h := a
		if u, err := url.Parse(a); err == nil && u.Host != "" {
			h = u.Hostname()
		} else if strings.Contains(a, "/") {
			continue
		}
		h = strings.TrimPrefix(strings.ToLower(h), "www.")
		if h != "" && strings.Contains(h, ".") {
			return h
		}
	}
	return ""
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
