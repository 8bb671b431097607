package brief_test

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestOtherValueIsNoSourceOfTheSentence reads GVA calibration incident
// 380162 (the Lafayette theater shooting, 2015). The summary said "Houser
// killed two people and wounded nine others ..." cited to two reports and
// then, under "other reports", gave one of those two again for "seven
// others": it was cited for a figure it disputes. A report that gives
// only the other value carries the sentence in part.
func TestOtherValueIsNoSourceOfTheSentence(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "380162")
	if err != nil {
		t.Fatal(err)
	}
	b := brief.Build(story, brief.Options{})
	others := 0
	for _, s := range b.Summary {
		for _, o := range s.Others {
			others++
			for _, src := range o.Sources {
				if slices.Contains(s.Sources, src) {
					t.Errorf("%q is cited to %s, which gives %q", s.Text, src, o.Value)
				}
				for _, ev := range s.Evidence {
					if ev.Source == src {
						t.Errorf("%q has evidence in %s, which gives %q", s.Text, src, o.Value)
					}
				}
			}
		}
	}
	if others == 0 {
		t.Error("no summary sentence lists another report's value")
	}
}
