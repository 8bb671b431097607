package charset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestMultiLingCzech: the one MultiLing 2011 source text that is not UTF-8,
// M0069.czech, is Windows-1250. It was refused ("not UTF-8 and its encoding
// could not be recognised") before the detector.
func TestMultiLingCzech(t *testing.T) {
	dir := testenv.SharedData(t, "multiling2011/SourceTexts")
	b, err := os.ReadFile(filepath.Join(dir, "M0069.czech"))
	if err != nil {
		t.Fatal(err)
	}
	s, enc, err := Decode(b, "")
	if err != nil {
		t.Fatalf("M0069.czech: %v", err)
	}
	if enc != "windows-1250" {
		t.Errorf("encoding %q, want windows-1250", enc)
	}
	// Its headline, as the MultiLing translators wrote it.
	if want := "Podle zprávy OSN za sebou zemětřesení na Haiti zanechalo 222 570 obětí"; !strings.HasPrefix(s, want) {
		t.Errorf("text begins %q, want %q", s[:min(len(s), 80)], want)
	}
}

// TestShiftJIS: a Japanese news text saved in Shift-JIS (made here with
// golang.org/x/text's encoder; the sentences are this test's own).
func TestShiftJIS(t *testing.T) {
	const text = "東京で二十日、政府は新しい経済対策を発表した。首相は記者会見で、景気の回復を急ぐと述べた。野党は財源が示されていないと批判している。"
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	s, enc, err := Decode(b, "")
	if err != nil || s != text || enc != "shift_jis" {
		t.Fatalf("Decode = %q, %q, %v; want the text in shift_jis", s, enc, err)
	}
}

// TestLegacyRoundTrip measures detection on real text of five languages:
// each MultiLing source text saved in a code page its language used, then
// decoded; right when the text comes back unchanged. The rule's constants
// (minConfidence, the half letter share) were set from ICU's scale
// and from random bytes, not from these texts, so every topic reports. The
// naive reference is
// the reading before the detector: Windows-1252 when the bytes look Western,
// else refused.
func TestLegacyRoundTrip(t *testing.T) {
	dir := testenv.SharedData(t, "multiling2011/SourceTexts")
	pages := []struct {
		lang string
		enc  encoding.Encoding
		min  float64 // share read back that this test demands
	}{
		{"czech", charmap.Windows1250, 0.9},
		{"french", charmap.Windows1252, 0.9},
		{"arabic", charmap.Windows1256, 0.9},
		{"hebrew", charmap.Windows1255, 0.9},
		// ISO-8859-7 and Windows-1253 differ in a few letters (Ά) and ICU
		// names the ISO page unless C1 bytes show; save it in the ISO page.
		{"greek", charmap.ISO8859_7, 0.9},
	}
	for _, p := range pages {
		var n, right, naive int
		for topic := 0; topic <= 9; topic++ {
			files, _ := filepath.Glob(filepath.Join(dir, "M00"+string(rune('0'+topic))+"*."+p.lang))
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				x, err := p.enc.NewEncoder().Bytes(b)
				if err != nil || string(x) == string(b) {
					continue // not encodable in that page, or plain ASCII
				}
				n++
				if s, _, err := Decode(x, ""); err == nil && s == strings.TrimPrefix(string(b), "\uFEFF") {
					right++
				}
				if looksWindows1252(x) {
					if s, err := charmap.Windows1252.NewDecoder().String(string(x)); err == nil && s == string(b) {
						naive++
					}
				}
			}
		}
		share := float64(right) / float64(max(n, 1))
		t.Logf("%-7s %3d texts: %3d right (%.2f); naive %d", p.lang, n, right, share, naive)
		if n == 0 || share < p.min {
			t.Errorf("%s: %d of %d texts read back, want at least %.0f%%", p.lang, right, n, 100*p.min)
		}
	}
}
