package bcubed

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	cases := []struct {
		name       string
		pred, gold []string
		p, r       float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1},
		{"all in one", []string{"a", "a", "a", "a"}, []string{"x", "x", "y", "y"}, 0.5, 1},
		{"all apart", []string{"a", "b", "c", "d"}, []string{"x", "x", "y", "y"}, 1, 0.5},
		// Amigó et al. (2009): item 3 is wrongly with 1 and 2.
		// P = (2/3+2/3+1/3+1)/4, R = (1+1+1/2+1/2)/4.
		{"one misplaced", []string{"a", "a", "a", "b"}, []string{"x", "x", "y", "y"}, (2.0/3 + 2.0/3 + 1.0/3 + 1) / 4, 0.75},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, r, f := Score(c.pred, c.gold)
			if math.Abs(p-c.p) > 1e-9 || math.Abs(r-c.r) > 1e-9 {
				t.Errorf("Score = P %.4f R %.4f, want P %.4f R %.4f", p, r, c.p, c.r)
			}
			if want := 2 * c.p * c.r / (c.p + c.r); math.Abs(f-want) > 1e-9 {
				t.Errorf("F1 = %.4f, want %.4f", f, want)
			}
		})
	}
}
