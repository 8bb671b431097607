// Package ingest turns inputs (files, folders, URLs, stdin) into articles.
// It detects each input's kind and hands it to the reader for that kind.
package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Options tune how inputs are read.
type Options struct {
	AllowPrivate bool          // allow URLs on private, loopback and link-local addresses
	MaxBytes     int64         // largest input accepted; 0 means DefaultMaxBytes
	Timeout      time.Duration // per URL fetch; 0 means a default
	Stdin        io.Reader     // read for the input "-"
}

// DefaultMaxBytes is the size cap of one input.
const DefaultMaxBytes = 10 << 20

// Read reads every input and returns the articles it found, and one error
// per input that failed; each error names its input and the problem.
//
// PLACEHOLDER: plain text files only, until the full reader lands.
func Read(ctx context.Context, inputs []string, opt Options) ([]*news.Article, []error) {
	var arts []*news.Article
	var errs []error
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", in, err))
			continue
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		arts = append(arts, &news.Article{File: in, Text: strings.Join(lines, "\n\n")})
	}
	return arts, errs
}
