// Package store keeps articles, stories, their briefs and the feeds to watch,
// so that stories last between runs. Store is the one seam; sqlite/ (the
// embedded default) and postgres/ implement it, and storetest/ is the
// conformance suite both run.
//
// Surfaces read through Reader. They write through the pipeline
// (internal/pipeline), the only package given the whole Store and the only
// one that opens a backend (pipeline.Open hands the surfaces a pipeline.DB:
// a Reader whose writes go through the pipeline's steps). The pipeline
// decides what to store:
// it finds duplicates, assigns stories and rebuilds briefs, and hands the
// store finished changes to apply in one transaction each.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Errors a Store returns; match them with errors.Is.
var (
	// ErrNotFound: no story, article or feed has the id or URL asked for.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the change was made against a state of the store that
	// has since changed (another writer got there first); redo it.
	ErrConflict = errors.New("changed concurrently")
)

// Reader is the read side of a Store: what the surfaces (api, web, watch
// and the reading commands of cli) are given, so that the compiler keeps
// every write in pipeline. Every method is safe for concurrent use.
type Reader interface {
	// Stories lists stories, newest update first unless q says otherwise.
	Stories(ctx context.Context, q StoryQuery) ([]StoryInfo, error)
	// Story returns one story with its brief (nil if never built) and the
	// list of its articles. ErrNotFound if there is no such story.
	Story(ctx context.Context, id string) (*Story, error)
	// BriefJSON returns a story's brief as stored: compact JSON in the
	// contract of PRODUCT.md, nil if never built, and whether it is stale.
	// It spares a caller that only passes the brief on (show --format json)
	// decoding and encoding it again. ErrNotFound if there is no such story.
	BriefJSON(ctx context.Context, id string) ([]byte, bool, error)
	// Article returns one stored article with its text and its story.
	// ErrNotFound if there is none.
	Article(ctx context.Context, id string) (*StoredArticle, error)
	// StoryArticles returns the full articles of a story in the order they
	// were stored, and the story's version (it grows with every change).
	StoryArticles(ctx context.Context, storyID string) ([]*news.Article, int64, error)
	// Known returns, of the identity keys given (see Key), those already
	// stored, mapped to their article's id.
	Known(ctx context.Context, keys []string) (map[string]string, error)
	// Feeds lists the feeds kept, oldest first.
	Feeds(ctx context.Context) ([]Feed, error)
	// Feed returns one feed; ErrNotFound if it is not kept.
	Feed(ctx context.Context, url string) (*Feed, error)
	// Stale lists the stories whose brief is missing or older than their
	// articles: after a crash, these are the briefs left to rebuild.
	Stale(ctx context.Context) ([]string, error)
}

// Store keeps articles, stories, briefs and feeds: the Reader and the
// writes, which only pipeline is given. Every method is safe for
// concurrent use; every write is one transaction, applied whole or not at
// all.
type Store interface {
	Reader

	// Apply stores one change in one transaction: new articles with their
	// story assignment, and stories merged into others. Articles whose key
	// is already stored are skipped (not an error), so a re-run after a crash
	// stores nothing twice. Every story touched is marked stale.
	Apply(ctx context.Context, c Change) (Applied, error)
	// PutBrief stores the brief of a story made from the articles of the
	// given version. If the story changed since (its version differs), the
	// brief is not stored and the story stays stale: ErrConflict.
	PutBrief(ctx context.Context, storyID string, version int64, b *news.Brief) error
	// Assignments calls fn for every stored article with its story, in the
	// order stored, starting after sequence number after (0: from the start).
	// It returns the last sequence number seen. The pipeline uses it to
	// rebuild the clusterer's state.
	Assignments(ctx context.Context, after int64, fn func(seq int64, a *news.Article, storyID string) error) (int64, error)

	// AddFeed adds a feed to watch; adding one already there is no error.
	AddFeed(ctx context.Context, url string) error
	// UpdateFeed saves a feed's polling state (ETag, back-off, ...);
	// ErrNotFound if it is not kept.
	UpdateFeed(ctx context.Context, f Feed) error
	// RemoveFeed stops keeping a feed; ErrNotFound if it was not kept.
	RemoveFeed(ctx context.Context, url string) error

	// Close releases the store.
	Close() error
}

// Sort orders of a story list.
const (
	SortLatest      = "latest"      // last updated first
	SortIndependent = "independent" // most independent sources first
)

// StoryQuery selects and orders stories.
type StoryQuery struct {
	Search string    // words that must all occur in a title of the story or its articles (case-insensitive); "" for all
	Since  time.Time // only stories updated at or after this time; zero for all
	Sort   string    // SortLatest (default) or SortIndependent
	Limit  int       // at most this many; 0 for no limit
	Offset int       // skip this many first
}

// StoryInfo is one story as a list shows it. Its JSON is the "stories"
// contract of PRODUCT.md (id, title, articles) plus the counts.
type StoryInfo struct {
	news.Story
	// Sources counts the story's articles, Independent those left after
	// copies of one text are collapsed.
	Sources     int `json:"sources"`
	Independent int `json:"independent"`
	// First and Last span the publication times of its articles (nil when
	// none is known); Updated is when the story last changed.
	First   *time.Time `json:"first_published"`
	Last    *time.Time `json:"last_published"`
	Updated time.Time  `json:"updated"`
}

// Story is one story in full: its list entry and its brief.
type Story struct {
	StoryInfo
	Brief *news.Brief `json:"brief"` // nil when never built
	Stale bool        `json:"stale"` // the brief does not yet cover every article
}

// StoredArticle is an article as stored, with where it sits.
type StoredArticle struct {
	news.Article
	StoryID string    `json:"story"`
	CopyOf  string    `json:"copy_of,omitempty"` // id of the article it copies
	Key     string    `json:"key"`               // identity key (see Key)
	Added   time.Time `json:"added"`
}

// Change is what one ingest step stores, all or nothing.
type Change struct {
	Articles []NewArticle
	// Merges move every article of From into Into and drop From.
	Merges []Merge
	// Titles sets the title of stories (created or changed by this change).
	Titles map[string]string
}

// NewArticle is an article to store with its story. Its ID must be set;
// IDFor gives the usual one.
type NewArticle struct {
	Article *news.Article
	Key     string // identity key, see Key
	StoryID string
	CopyOf  string // id of the article it copies, or ""
}

// Merge folds story From into story Into.
type Merge struct{ From, Into string }

// Applied says what a change did.
type Applied struct {
	Added   []string // ids of the articles stored
	Skipped []string // ids of the articles already there
	Touched []string // stories changed (now stale)
}

// Feed is a feed kept for watching, with its polling state.
type Feed struct {
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Added        time.Time `json:"added"`
	LastChecked  time.Time `json:"last_checked,omitzero"`
	NextCheck    time.Time `json:"next_check,omitzero"` // not before this (back-off)
	Failures     int       `json:"failures"`            // consecutive failed polls
	LastError    string    `json:"last_error,omitempty"`
}

// Key is an article's identity: its URL when it has one (normalised: no
// fragment, lower-case scheme and host), else a hash of its text. Storing
// the same key twice stores nothing the second time.
func Key(a *news.Article) string {
	if u := normalURL(a.URL); u != "" {
		return "url:" + u
	}
	h := sha256.Sum256([]byte(strings.TrimSpace(a.Text)))
	return "sha256:" + hex.EncodeToString(h[:])
}

// IDFor is the article id that a key gets: short, stable across runs, so a
// re-run after a crash names every article as the first run did.
func IDFor(key string) string {
	h := sha256.Sum256([]byte(key))
	return "a" + hex.EncodeToString(h[:8])
}

func normalURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	u.Fragment = ""
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	return u.String()
}
