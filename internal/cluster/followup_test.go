package cluster

import "testing"

func TestReportsCaseStep(t *testing.T) {
	for _, c := range []struct {
		lang, title string
		want        bool
	}{
		{"en", "Judge Declares Mistrial in Williston Crab Fest Shooting", true},
		{"en", "Shooter Accepts 25 Year Prison Sentence for Wounding 4 Men in Lunenburg County", true},
		{"en", "Idaho couple pleads not guilty to accidental shooting of girl", true},
		{"en", "Man arrested in fatal shooting at grocery store - WALB.com, South Georgia News, Weather, Sports", true},
		{"en", "Lake Stevens man faces charges after son, 3, shot himself", true},
		{"en", "Four shot in Memphis - WMC Action News 5 - Memphis, Tennessee", false},
		{"en", "5 shot at crab festival in Williston, Florida", false},
		// The site's name is not the headline.
		{"en", "Boy, 6, wounded - Court House News", false},
		{"fr", "Appeal", false},
	} {
		if got := reportsCaseStep(c.lang, c.title); got != c.want {
			t.Errorf("reportsCaseStep(%q, %q) = %v, want %v", c.lang, c.title, got, c.want)
		}
	}
}
