package timex_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// TestGridAddressNotYear reads GVA incident 416564 (three killed in Salt
// Lake City in 2015): "a home at 639 N. Sir Phillip Drive (1990 West)"
// gives the house's place on the city's grid, and the timeline listed it
// as the year 1990. The report's own times stay.
func TestGridAddressNotYear(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "416564")
	if err != nil {
		t.Fatal(err)
	}
	var seen, clock bool
	for _, a := range story {
		if !strings.Contains(a.Text, "(1990 West)") {
			continue
		}
		seen = true
		for _, x := range timex.Find(a.Text, timex.Ref{Time: a.Published}) {
			if x.Text == "1990" {
				t.Errorf("%q read as %s %s", x.Text, x.Type, x.Value)
			}
			clock = clock || x.Text == "about 5 p.m. Friday" || strings.HasPrefix(x.Text, "5 p.m.")
		}
	}
	if !seen {
		t.Fatal("no report of 416564 holds “(1990 West)”")
	}
	if !clock {
		t.Error("the report's “about 5 p.m. Friday” is no longer found")
	}
}
