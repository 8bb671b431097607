package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestBlockAt reads the street of block addresses as GVA reports write
// them, and refuses look-alikes.
func TestBlockAt(t *testing.T) {
	for _, tc := range []struct {
		sent, key string
		n         float64
	}{
		{"It happened in the 2600 block of S. Flores St. on Sunday.", "flores", 2600},
		{"Officers went to the 2600 block of South Flores Street near Pruitt Avenue.", "flores", 2600},
		{"Police were called to a home in the 1600 block of East 44th Street on reports of a shooting.", "44th", 1600},
		{"He was shot in the 300 block New Ballwin Road, police said.", "new ballwin", 300},
		{"The shooting happened about six blocks south of 8 Mile.", "", 0},
		{"They live on the 12th block of the city.", "", 0},
		{"The 300 block was closed to traffic for hours.", "", 0},
	} {
		doc := text.Analyze(&news.Article{Text: tc.sent})
		toks := doc.SentenceTokens(0)
		key, n := "", 0.0
		for k := range toks {
			if v, kk, _, ok := blockAt(toks, k); ok {
				key, n = kk, v
			}
		}
		if key != tc.key || n != tc.n {
			t.Errorf("%q: got %q %v, want %q %v", tc.sent, key, n, tc.key, tc.n)
		}
	}
}
