package cluster_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cluster"
)

// Titles of the GVA stream (gva-2013-2016/articles.jsonl.gz) with the site
// names their pages append.
func TestHeadline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Police: Deadly shooting stemmed from dice game - WMC Action News 5 - Memphis, Tennessee", "Police: Deadly shooting stemmed from dice game"},
		{"1 Dead In Vallejo Multiple Shooting; 4 Others Hurt « CBS San Francisco", "1 Dead In Vallejo Multiple Shooting; 4 Others Hurt"},
		{"Police ID teen killed in east KC quadruple shooting - KCTV5", "Police ID teen killed in east KC quadruple shooting"},
		{"4 shot and wounded at party in East Flatbush, Brooklyn", "4 shot and wounded at party in East Flatbush, Brooklyn"},
		// Too little headline would remain: kept whole.
		{"News - Local", "News - Local"},
		// A long trailing part is headline, not a site name.
		{"Shooting in Chatham - police say the gunman fled on foot toward the lake shore", "Shooting in Chatham - police say the gunman fled on foot toward the lake shore"},
	} {
		if got := cluster.Headline(c.in); got != c.want {
			t.Errorf("Headline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzHeadline(f *testing.F) {
	f.Add("Four shot in Memphis - WMC Action News 5 - Memphis, Tennessee")
	f.Add(" -  | « ")
	f.Fuzz(func(t *testing.T, s string) {
		h := cluster.Headline(s)
		if !strings.HasPrefix(s, h) {
			t.Fatalf("Headline(%q) = %q, not a prefix", s, h)
		}
		if strings.TrimSpace(s) != "" && strings.TrimSpace(h) == "" {
			t.Fatalf("Headline(%q) is empty", s)
		}
	})
}
