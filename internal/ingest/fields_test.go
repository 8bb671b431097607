package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestFieldsUpTo checks fieldsUpTo against strings.Fields, capped at the
// limit, on the GVA reports' texts and their openings of every length up to
// 200 bytes (cut anywhere, inside a rune too), and on random strings of
// spaces of every kind, words and broken UTF-8.
func TestFieldsUpTo(t *testing.T) {
	check := func(s string) {
		for _, limit := range []int{1, MinWords, 1000} {
			if got, want := fieldsUpTo(s, limit), min(len(strings.Fields(s)), limit); got != want {
				t.Fatalf("fieldsUpTo(%q, %d) = %d, strings.Fields %d", s, limit, got, want)
			}
		}
	}
	for _, a := range testenv.GVATexts(t, 300) {
		check(a)
		for n := range min(len(a), 200) {
			check(a[:n])
		}
	}
	pieces := []string{" ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "word", "é", "\xff", "\xe2\x80", "a-b", "\u200b"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}
