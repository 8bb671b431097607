package ingest

import (
	"context"
	"errors"

	"github.com/crosscheck/crosscheck/internal/ingest/feed"
	"github.com/crosscheck/crosscheck/internal/ingest/htmlpage"
	"github.com/crosscheck/crosscheck/internal/ingest/textfile"
	"github.com/crosscheck/crosscheck/internal/ingest/web"
	"github.com/crosscheck/crosscheck/internal/news"
)

// FeedItem is one entry of an RSS, Atom or JSON feed.
type FeedItem = feed.Item

// ParseFeed reads an RSS, Atom or JSON Feed document into its items, with
// links resolved against base (the feed's address, or "").
func ParseFeed(data []byte, base string) ([]FeedItem, error) {
	f, err := feed.Parse(data, base)
	if err != nil {
		return nil, err
	}
	return f.Items, nil
}

// Fetch reads one http(s) address: a page becomes one article, a feed one
// article per item with text. Errors are in plain words and name the URL; a
// warning (an encoding detected) leaves the articles and is not returned.
func Fetch(ctx context.Context, url string, opt Options) ([]*news.Article, error) {
	arts, errs := fetch(ctx, opt.client(), url)
	for _, err := range errs {
		if Failed([]error{err}) > 0 {
			return arts, err
		}
	}
	return arts, nil
}

// fetch reads one address into articles and the errors of its input, each
// naming the URL: one failure, or warnings beside the articles.
func fetch(ctx context.Context, c *web.Client, url string) ([]*news.Article, []error) {
	resp, err := c.Get(ctx, url)
	if err != nil {
		return nil, []error{inputErr(url, err)}
	}
	return parseBytes(url, resp.Body, kindUnknown, resp.URL, resp.Charset, nil)
}

// fromFeed turns a feed's items that carry text into articles.
func fromFeed(data []byte, base string) ([]*news.Article, error) {
	f, err := feed.Parse(data, base)
	if err != nil {
		return nil, err
	}
	if len(f.Items) == 0 {
		return nil, errors.New("the feed has no items")
	}
	name := f.Outlet()
	var arts []*news.Article
	for _, it := range f.Items {
		paras := htmlpage.FragmentText(it.Content)
		if len(paras) == 0 {
			continue
		}
		a := &news.Article{URL: it.Link, Title: it.Title, Published: it.Published, Author: it.Author, Language: f.Language}
		a.Text = textfile.Join(paras)
		switch {
		case name != "":
			setOutlet(a, name, news.OutletFromMetadata)
		case hostOf(it.Link) != "":
			setOutlet(a, hostOf(it.Link), news.OutletFromSite)
		default:
			setOutlet(a, "", "")
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return nil, errors.New("no item of the feed has any text")
	}
	return arts, nil
}
