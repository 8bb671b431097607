package ecbplus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

func TestText(t *testing.T) {
	xml := `<Document doc_name="x">
<token t_id="1" sentence="0" number="0">http</token><token t_id="2" sentence="0" number="1">:</token><token t_id="3" sentence="0" number="2">//www.example.com/a-b</token>
<token t_id="4" sentence="1" number="0">The</token><token t_id="5" sentence="1" number="1">multi</token><token t_id="6" sentence="1" number="2">-</token><token t_id="7" sentence="1" number="3">boat</token><token t_id="8" sentence="1" number="4">attack</token><token t_id="9" sentence="1" number="5">(</token><token t_id="10" sentence="1" number="6">Aden</token><token t_id="11" sentence="1" number="7">)</token><token t_id="12" sentence="1" number="8">failed</token><token t_id="13" sentence="1" number="9">.</token>
<token t_id="14" sentence="2" number="0">Navy</token><token t_id="15" sentence="2" number="1">'s</token><token t_id="16" sentence="2" number="2">ship</token><token t_id="17" sentence="2" number="3">,</token><token t_id="18" sentence="2" number="4">"</token><token t_id="19" sentence="2" number="5">Sukanya</token><token t_id="20" sentence="2" number="6">"</token><token t_id="21" sentence="2" number="7">.</token>
</Document>`
	got, err := Text(strings.NewReader(xml))
	if err != nil {
		t.Fatal(err)
	}
	want := "The multi-boat attack (Aden) failed.\n\nNavy's ship, \"Sukanya\"."
	if got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func FuzzText(f *testing.F) {
	f.Add(`<Document><token sentence="0">a</token><token sentence="1">-</token></Document>`)
	f.Add(`<Document><token sentence="x">"</token></Document>`)
	f.Fuzz(func(t *testing.T, s string) {
		out, err := Text(strings.NewReader(s))
		if err == nil && strings.Contains(out, "\n\n\n") {
			t.Errorf("empty paragraph in %q", out)
		}
	})
}

// TestTextNumbers: ECB+'s tokeniser cut numbers at the decimal point and the
// thousands comma ("4 . 6", "1 , 199"); the text puts them back as written
// (38_5ecbplus: "magnitude of 4.6 was recorded"; 40_4ecbplus: "starts at
// $1,199"). Spaced, the comparison read "$1, 199" as 1 dollar and
// "magnitude-6. 0" as 0. Its quotes are two backquotes and two
// apostrophes, as in LaTeX (1,376 in ECB+), which no reader and no quote
// finder takes for quotation marks: the text has curly quotes.
func TestTextNumbers(t *testing.T) {
	dir := filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+")
	for _, c := range []struct{ doc, want string }{
		{"38/38_5ecbplus.xml", "magnitude of 4.6 was recorded"},
		{"40/40_4ecbplus.xml", "starts at $1,199 for the 13-inch"},
		{"20/20_3ecbplus.xml", "A magnitude-6.0 quake"},
		// The tokeniser's `` and '' are curly quotes, spaced as written.
		{"33/33_2ecb.xml", "gun was nicknamed “Shaq” referencing"},
	} {
		f, err := os.Open(filepath.Join(dir, c.doc))
		if err != nil {
			t.Fatal(err)
		}
		s, err := Text(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(s, c.want) {
			t.Errorf("%s: the text does not hold %q", c.doc, c.want)
		}
	}
	// A comma before a number of other than three digits stays a comma.
	xml := `<Document><token sentence="0">Scores</token><token sentence="0">of</token><token sentence="0">3</token><token sentence="0">,</token><token sentence="0">10</token></Document>`
	if got, _ := Text(strings.NewReader(xml)); got != "Scores of 3, 10" {
		t.Errorf("Text = %q", got)
	}
}
