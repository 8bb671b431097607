package pipeline

import (
	"context"

	"github.com/crosscheck/crosscheck/internal/store"
)

// The feeds kept in the store are written here, like everything else the
// store keeps: the surfaces (watch, cli) hold only a store.Reader (a DB,
// whose AddFeed and RemoveFeed are in db.go).

// AddFeed keeps a feed to watch.
func (p *Pipeline) AddFeed(ctx context.Context, url string) error { return p.st.AddFeed(ctx, url) }

// UpdateFeed saves a feed's polling state; store.ErrNotFound if it is not
// kept.
func (p *Pipeline) UpdateFeed(ctx context.Context, f store.Feed) error {
	return p.st.UpdateFeed(ctx, f)
}

// Store returns the store's read side, for the surfaces that run beside
// the pipeline.
func (p *Pipeline) Store() store.Reader { return p.st }
