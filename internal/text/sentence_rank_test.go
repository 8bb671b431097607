package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestPluralRankIsNoBoundary reads MultiLing 2011 M0079 (Abu Ghraib): "he
// will make a recommendation on how Sgts. Cardona and Smith should be
// dealt with" was cut after "Sgts.", the plural of a rank the AP
// abbreviates, and the brief listed its halves as two claims.
func TestPluralRankIsNoBoundary(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M0079.english"))
	if err != nil {
		t.Fatal(err)
	}
	const want = "how Sgts. Cardona and Smith should be dealt with"
	if !strings.Contains(string(b), want) {
		t.Fatalf("M0079 no longer holds %q", want)
	}
	for _, sent := range sentences(string(b)) {
		if strings.Contains(sent, "Sgts.") && !strings.Contains(sent, want) {
			t.Errorf("cut at the rank: %q", sent)
		}
	}
}
