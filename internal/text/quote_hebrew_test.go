package text

import (
	"strings"
	"testing"
)

// TestInWordQuote: a straight quote between two Hebrew letters, the word's
// last letter after it, is a gershayim (MultiLing 2011 Hebrew: "ארה"ב",
// "האו"ם", "ע"י", "ק"מ"); one that opens a word after a prefix letter, or
// stands between Latin letters, is a quotation mark.
func TestInWordQuote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int // quotation marks counted
	}{
		{`ראש משרד האו"ם הראשי לתיאום הומניטרי`, 0},
		{`התרומות של ארה"ב ושל בריטניה`, 0},
		{`כ-650 ק"מ מהחוף`, 0},
		{`ארה"ב`, 0},
		{`טענה כי תרמה ב"טעות" 10,000 דולר`, 2},
		{`"רעידת אדמה זו נמשכה 10 דקות."`, 2},
		{`of [domestic violence], run for the hills"Police continue their investigation`, 1},
		{`NBC"s chief Pentagon correspondent`, 1},
	} {
		if got := CountQuotes(tc.s); got != tc.want {
			t.Errorf("CountQuotes(%q) = %d, want %d", tc.s, got, tc.want)
		}
		if tc.want == 0 && !InWordQuote(tc.s, strings.IndexByte(tc.s, '"')) {
			t.Errorf("InWordQuote(%q) = false", tc.s)
		}
	}
}
