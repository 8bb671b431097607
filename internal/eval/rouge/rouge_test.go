package rouge

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. pledged $350 million.", []string{"the", "u", "s", "pledged", "350", "million"}},
		{"five-hour talks, don't", []string{"five", "hour", "talks", "don", "t"}},
		{"Drăguşin said", []string{"dr", "gu", "in", "said"}},
		{"", nil},
		{"  ... !!", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Tokens(tc.in)); diff != "" {
				t.Errorf("Tokens(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestN works through Lin (2004) eq. 1 by hand: counts are clipped per
// n-gram and summed over references before dividing.
func TestN(t *testing.T) {
	peer := "the cat sat on the mat the"
	refs := []string{"the cat was on the mat", "a cat sat there"}
	tests := []struct {
		name     string
		n        int
		opt      Options
		hits     int
		refGrams int
		peerGram int
	}{
		// ref 1 unigrams: the x2, cat, was, on, mat: hits the 2 + cat + on + mat = 5 of 6.
		// ref 2: a, cat, sat, there: hits cat + sat = 2 of 4.
		{"unigram", 1, Options{}, 7, 10, 14},
		// ref 1 bigrams: "the cat", "cat was", "was on", "on the", "the mat": hits 3 of 5.
		// ref 2: "a cat", "cat sat", "sat there": hits 1 of 3.
		{"bigram", 2, Options{}, 4, 8, 12},
		// Truncated to 3 words: peer "the cat sat"; ref 1 "the cat was" (1 hit
		// of 2), ref 2 "a cat sat" (1 hit of 2).
		{"bigram, 3 words", 2, Options{Words: 3}, 2, 4, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := N(peer, refs, tc.n, tc.opt)
			if s.Hits != tc.hits || s.RefGrams != tc.refGrams || s.PeerGrams != tc.peerGram {
				t.Fatalf("hits %d/%d/%d, want %d/%d/%d", s.Hits, s.RefGrams, s.PeerGrams, tc.hits, tc.refGrams, tc.peerGram)
			}
			r := float64(tc.hits) / float64(tc.refGrams)
			p := float64(tc.hits) / float64(tc.peerGram)
			if math.Abs(s.Recall-r) > 1e-12 || math.Abs(s.Precision-p) > 1e-12 || math.Abs(s.F-2*p*r/(p+r)) > 1e-12 {
				t.Errorf("R %v P %v F %v, want %v %v %v", s.Recall, s.Precision, s.F, r, p, 2*p*r/(p+r))
			}
		})
	}
}

func TestNEmpty(t *testing.T) {
	if s := N("", []string{"a b c"}, 2, Options{}); s.Recall != 0 || s.Precision != 0 || s.F != 0 {
		t.Errorf("empty peer scored %+v", s)
	}
	if s := N("a b c", nil, 2, Options{}); s.Recall != 0 || s.F != 0 {
		t.Errorf("no references scored %+v", s)
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("The U.S. pledged $350 million.")
	f.Add("\xff\xfe caf\u00e9")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			if tok == "" {
				t.Fatal("empty token")
			}
			for i := 0; i < len(tok); i++ {
				if c := tok[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					t.Fatalf("token %q has byte %q", tok, c)
				}
			}
		}
		N(s, []string{s, "a b"}, 2, Options{Words: 3})
	})
}

// TestUnicodeTokens: words of every script stay whole, with their marks
// (the Devanagari vowel signs, Arabic harakat); English reads as Tokens
// would, but for letters outside a-z.
func TestUnicodeTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. pledged $350 million.", []string{"the", "u", "s", "pledged", "350", "million"}},
		{"Drăguşin said", []string{"drăguşin", "said"}},
		{"जापान ने 500000000 अमरीकी डालर का वादा किया।", []string{"जापान", "ने", "500000000", "अमरीकी", "डालर", "का", "वादा", "किया"}},
		{"اليابان وعدت 500,000,000 دولار؟", []string{"اليابان", "وعدت", "500", "000", "000", "دولار"}},
		{"Σεισμός στη Χιλή.", []string{"σεισμός", "στη", "χιλή"}},
		{"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, UnicodeTokens(tc.in)); diff != "" {
				t.Errorf("UnicodeTokens(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
