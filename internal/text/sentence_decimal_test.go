package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestSpacedDecimalIsNoBoundary: ECB+ text is rebuilt from tokens, and its
// tokeniser cut decimals at the point ("4 . 6"), which comes back as "4. 6".
// The splitter cut there: "An earthquake with a preliminary magnitude of 4."
// became a sentence and "6 was recorded in the North Bay ..." another. A
// sentence that ends on a year or on a day after a month name and a next one
// that opens on a number still split (MultiLing 2011 M001: "... on the morning
// of July 7, 2005. 52 people died ...").
func TestSpacedDecimalIsNoBoundary(t *testing.T) {
	dir := testenv.SharedData(t, "ecbplus")
	for _, c := range []struct{ doc, want string }{
		{"38/38_5ecbplus.xml", "magnitude of 4. 6 was recorded"},
		{"20/20_7ecbplus.xml", "magnitude of at least 5. 9 hit southern Iran"},
		{"24/24_9ecbplus.xml", "valued at over $2. 6 million early Monday."},
		{"14/14_7ecbplus.xml", "By 8. 30am crews"},
	} {
		f, err := os.Open(filepath.Join(dir, "ECB+", c.doc))
		if err != nil {
			t.Fatal(err)
		}
		s, err := ecbplus.Text(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(s, c.want) {
			t.Fatalf("%s: the text no longer holds %q", c.doc, c.want)
		}
		found := false
		for _, sent := range sentences(s) {
			if strings.Contains(sent, c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q is cut at its decimal point", c.doc, c.want)
		}
	}

	b, err := os.ReadFile(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M0017.english"))
	if err != nil {
		t.Fatal(err)
	}
	ends, opens := false, false
	for _, sent := range sentences(string(b)) {
		if strings.HasSuffix(sent, "July 7, 2005.") {
			ends = true
		}
		if strings.HasPrefix(sent, "52 people died") {
			opens = true
		}
	}
	if !ends || !opens {
		t.Errorf("MultiLing M0017: a sentence that ends on a year and one that opens on a number were joined (ends %v, opens %v)", ends, opens)
	}
	// Look-alikes without data: a day after a month name, and a fraction of
	// three digits, end a sentence.
	for _, s := range []string{"It happened on Sunday July 3. 7-year-old Blake Case was hurt.", "The ceremony was held on August 24. 204 countries took part."} {
		if got := sentences(s); len(got) != 2 {
			t.Errorf("%q: %q", s, got)
		}
	}
}
