package text

import "testing"

// TestTrimSiteTail reads page titles of GVA 2013-2016 reports, whose site
// names follow the headline.
func TestTrimSiteTail(t *testing.T) {
	for _, tc := range []struct{ title, host, want string }{
		{"Man arrested after son finds gun, shoots himself in hand - KSLA News 12 Shreveport, Louisiana News Weather & Sports", "ksla.com",
			"Man arrested after son finds gun, shoots himself in hand"},
		{"PD: Arrest made in deadly Phoenix drive-by shooting - CBS 5 - KPHO", "kpho.com", "PD: Arrest made in deadly Phoenix drive-by shooting"},
		{"Woman, boyfriend killed in brazen daytime East Oakland shooting - KTVU -", "ktvu.com", "Woman, boyfriend killed in brazen daytime East Oakland shooting"},
		{"4-year-old found with gun after child, 5, shot in home, police s - KMOV.com", "www.kmov.com", "4-year-old found with gun after child, 5, shot in home, police s"},
		{"St. Louis man charged in shooting of 6 people during violent night in city : News", "stltoday.com", "St. Louis man charged in shooting of 6 people during violent night in city"},
		{"Freeport teen shot by cousin over the weekend - WREX.com – Rockford’s News Leader", "wrex.com", "Freeport teen shot by cousin over the weekend"},
		// a tail that names neither the site nor a medium stays
		{"Man shot in Tacoma - police seek driver", "thenewstribune.com", "Man shot in Tacoma - police seek driver"},
		{"Obama admits mistakes - BBC News", "", "Obama admits mistakes"},
		{"News", "news.com", "News"},
	} {
		if got := TrimSiteTail(tc.title, tc.host); got != tc.want {
			t.Errorf("TrimSiteTail(%q, %q) = %q, want %q", tc.title, tc.host, got, tc.want)
		}
	}
}
