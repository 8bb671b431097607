package brief

import (
	"strings"
	"testing"
)

// TestAgencyTagIsNoSummaryOpener: the splitter cuts "KANSAS CITY, Mo. (AP)
// — A Kansas City man ..." after "Mo.", and the summary of GVA incident
// 352628 opened a sentence on "(AP) — ". The tag is left out of the wording
// shown, as a dateline is.
func TestAgencyTagIsNoSummaryOpener(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"(AP) — A Kansas City man has been charged.", len("(AP) — ")},
		{"(WHTM) – A Perry County man is headed to trial.", len("(WHTM) – ")},
		{"(AP) - Prosecutors have dropped charges.", len("(AP) - ")},
		{"(The boy was not hurt.)", 0},
		{"Police said (AP) — nothing.", 0},
		{"Buy Photo Authorities say coins were stolen.", len("Buy Photo ")}, // GVA 336622
	} {
		if got := openerEnd(tc.in); got != tc.want {
			t.Errorf("openerEnd(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
	b := Build(gvaIncident(t, "352628"), Options{})
	for _, s := range b.Summary {
		if strings.HasPrefix(s.Text, "(") {
			t.Errorf("summary sentence opens on a tag: %q", s.Text)
		}
	}
}
