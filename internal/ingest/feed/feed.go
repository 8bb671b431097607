// Package feed reads RSS, Atom and JSON Feed documents into their items,
// with links made absolute, for ingest and for the feed watcher.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Item is one entry of a feed.
type Item struct {
	Link      string    // absolute when the feed or base allow it
	GUID      string    // the feed's own id for the item, may be ""
	Title     string    // plain text
	Published time.Time // zero when the feed gives none
	Author    string
	Content   string // the item's full content, else its description: HTML or text
}

// Feed is a parsed feed: its title and site, and its items in feed order.
type Feed struct {
	Title    string // the feed's own title ("BBC News - World")
	Link     string // the site the feed belongs to
	Language string // ISO 639-1 when the feed declares it
	Items    []Item
}

// Parse reads an RSS, Atom or JSON Feed document. base is the address it
// was fetched from ("" for a file): relative item links are resolved
// against it, or against the feed's own link.
func Parse(data []byte, base string) (f *Feed, err error) {
	defer func() {
		// gofeed is outside input's first reader; a bug there must not
		// crash a run that has other inputs to read.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the feed could not be parsed (%v)", r)
		}
	}()
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, errors.New("this is not an RSS, Atom or JSON feed")
		}
		return nil, fmt.Errorf("the feed is malformed: %s", oneLine(err.Error()))
	}
	f = &Feed{Title: oneLine(gf.Title), Link: gf.Link, Language: lang(gf.Language)}
	bases := []*url.URL{}
	for _, b := range []string{base, gf.FeedLink, gf.Link} {
		if u, err := url.Parse(b); err == nil && u.IsAbs() {
			bases = append(bases, u)
		}
	}
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		item := Item{
			Link:    resolve(it.Link, bases),
			GUID:    it.GUID,
			Title:   oneLine(it.Title),
			Content: it.Content,
		}
		if strings.TrimSpace(item.Content) == "" {
			item.Content = it.Description
		}
		switch {
		case it.PublishedParsed != nil:
			item.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			item.Published = *it.UpdatedParsed
		}
		var names []string
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				names = append(names, oneLine(a.Name))
			}
		}
		item.Author = strings.Join(names, ", ")
		f.Items = append(f.Items, item)
	}
	return f, nil
}

// Outlet is the outlet's name as the feed's title gives it, without the
// section that usually follows it ("BBC News - World" -> "BBC News").
func (f *Feed) Outlet() string {
	t := f.Title
	for _, sep := range []string{" - ", " | ", " > ", ": ", " – ", " — ", " » "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return strings.TrimSpace(t)
}

func resolve(link string, bases []*url.URL) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	for _, b := range bases {
		return b.ResolveReference(u).String()
	}
	return link
}

func lang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' {
		return s
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
