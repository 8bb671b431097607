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
// article per item with text. Errors are in plain words and name the URL.
func Fetch(ctx context.Context, url string, opt Options) ([]*news.Article, error) {
	arts, err := fetch(ctx, opt.client(), url)
	if err != nil {
		return arts, inputErr(url, err)
	}
	return arts, nil
}

func fetch(ctx context.Context, c *web.Client, url string) ([]*news.Article, error) {
	resp, err := c.Get(ctx, url)
	if err != nil {
		return nil, err
	}
	arts, errs := parseBytes(url, resp.Body, kindUnknown, resp.URL, resp.Charset, nil)
	if len(errs) > 0 {
		return arts, errs[0]
	}
	return arts, nil
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
