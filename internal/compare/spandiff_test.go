package compare

import (
	"fmt"
	"slices"
	"testing"
)

// TestSpanFindings reads pairs of sentences that tell one fact with one
// value changed, and pairs that must give nothing.
func TestSpanFindings(t *testing.T) {
	cases := []struct {
		x, y string
		want []string // kind: value / value
	}{
		{"The sailors and marines, from the frigate HMS Cornwall, had been inspecting a ship off the coast.",
			"The sailors and marines from the frigate HMS Bulwark had been inspecting a ship off the coast.",
			[]string{"name: Cornwall / Bulwark"}},
		{"The Airbus was last heard via radio at 22:30 local time over the ocean.",
			"The Airbus was first heard via radio at 22:30 local time over the ocean.",
			[]string{"contradiction: last / first"}},
		{"Police said the three suspects were detained by officers near the border on Friday.",
			"Police said the three suspects were not detained by officers near the border on Friday.",
			[]string{"contradiction: were detained / were not detained"}},
		{"As many as 200,000 people were killed by the quake that struck the island on Tuesday.",
			"As many as 250,000 people were killed by the quake that struck the island on Tuesday.",
			[]string{"number: 200,000 people / 250,000 people"}},
		// A person's name whose first name is an English word (ECB+
		// 24ecbplus, the harness's planted name).
		{"In December 2008, three men emptied almost all of the stock of gems from the Harry Winston jewellery store.",
			"In December 2008, three men emptied almost the entire stock of gems from the Christian Fraser jewellery store.",
			[]string{"name: Harry Winston / Christian Fraser"}},
		// A place's head is an English word: one place may go by two names.
		{"Qeshm, a 1,500-square-kilometer island off the coast southwest of Bandar Abbas, has a population of more than 100,000.",
			"Qeshm, a 1,500-square-kilometer island off the coast southwest of Emirates Towers, has a population of more than 100,000.", nil},
		// One name written two ways, and first names before one surname.
		{"The ceremony will take place at the Kodak Theatre in Los Angeles next month.",
			"The ceremony will take place at the Kodak Theater in Los Angeles next month.", nil},
		{"The property was bought by Anchorage attorney William Ingaldson last year.",
			"The property was bought by Anchorage attorney Bill Ingaldson last year.", nil},
		// A common noun in a name is no name of its own.
		{"The founder of the Matanuska Maid Creamery said its building burned down.",
			"The founder of the Matanuska Maid Dairy said its building burned down.", nil},
		// The antonym of an already negated sentence agrees with it.
		{"The cause of death was unknown, but he had been ill for months.",
			"The cause of death was not known, but he had been ill for months.", nil},
		// Reported belief: a rumour is not an affirmation.
		{"LaRue discounted rumors that he was the source, saying he had never met the reporters.",
			"LaRue discounted rumors that he was not the source, saying he had never met the reporters.", nil},
	}
	for _, c := range cases {
		t.Run(c.x, func(t *testing.T) {
			dx, dy := analyze(c.x), analyze(c.y)
			x, y := subTokens(dx, 0, Quantities(dx, 0)), subTokens(dy, 0, Quantities(dy, 0))
			var got []string
			fs := spanFindings(x, y, map[string]bool{"creamery": true, "dairy": true})
			fs = append(fs, negatedAcross(x, y, false)...)
			fs = append(fs, negatedAcross(y, x, true)...)
			for _, f := range fs {
				s := fmt.Sprintf("%s: %s / %s", f.kind, f.vals[0], f.vals[1])
				if !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
