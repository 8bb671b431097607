package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
)

// TestPrintMisses prints the wrong placements of GVA 2013 (the first year
// of the calibration part) and checks the table against them: the reasons'
// counts add up to the splits the first line announces, and at most n of
// each kind are listed, each with its incident.
func TestPrintMisses(t *testing.T) {
	items, err := clustereval.GVA(sharedData(t, "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	y2013, _ := clustereval.SplitYears(items, 2014)
	ms := clustereval.Misses(y2013, cluster.Options{})
	var b bytes.Buffer
	printMisses(&b, ms, 2)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	var splits, joins int
	if _, err := fmt.Sscanf(lines[0], "GVA 2013-2015 (calib.): %d articles kept apart", &splits); err != nil {
		t.Fatalf("first line %q: %v", lines[0], err)
	}
	for _, m := range ms {
		if !m.Split {
			joins++
		}
	}
	if splits+joins != len(ms) || splits == 0 {
		t.Fatalf("%d splits announced, %d misses of which %d wrong joins", splits, len(ms), joins)
	}
	sum, listed, section := 0, map[string]int{}, ""
	for _, l := range lines[2:] {
		switch {
		case !strings.HasPrefix(l, " "):
			section = l
		case section == "" && strings.HasPrefix(l, "  "):
			f := strings.Fields(l)
			var near, far int
			fmt.Sscan(f[len(f)-2]+" "+f[len(f)-1], &near, &far)
			sum += near + far
		case strings.HasPrefix(l, "  #"):
			listed[section]++
			if !strings.Contains(l, " gva:") {
				t.Errorf("%q: no incident", l)
			}
		}
	}
	if sum != splits {
		t.Errorf("the reasons count %d splits, the first line %d:\n%s", sum, splits, b.String())
	}
	if listed["kept apart:"] != min(2, splits) || listed["joined to another incident's story:"] != min(2, joins) {
		t.Errorf("listed %v, want at most 2 of each:\n%s", listed, b.String())
	}
}
