package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestSpacedDecimalIsNoBoundary: text that went through a tokeniser has its
// decimals spaced at the point ("5. 6"), and the splitter cut there. The
// MultiLing 2011 peer summaries of system ID2 are such text (Hebrew M005:
// "בעוצמה של 5. 6, ואירעה 32 קילומטרים", "(9. 3 מיילים)"); ECB+'s text was
// too ("An earthquake with a preliminary magnitude of 4." / "6 was recorded
// in the North Bay ...") until its reader put the tokens back together
// (internal/eval/ecbplus). A sentence that ends on a year or on a day after
// a month name and a next one that opens on a number still split (MultiLing
// M0017: "... on the morning of July 7, 2005. 52 people died ...").
func TestSpacedDecimalIsNoBoundary(t *testing.T) {
	ml := testenv.SharedData(t, "multiling2011")
	b, err := os.ReadFile(filepath.Join(ml, "peers-correctedSubmissions", "ID2", "Hebrew", "M005"))
	if err != nil {
		t.Fatal(err)
	}
	heb := string(b)
	for _, want := range []string{"בעוצמה של 8. 8 מכה", "בעוצמה של 5. 6, ואירעה", "(9. 3 מיילים)", "בעומק של 41. 9 קילומטר"} {
		if !strings.Contains(heb, want) {
			t.Fatalf("MultiLing ID2 Hebrew M005 no longer holds %q", want)
		}
		found := false
		for _, sent := range sentences(heb) {
			found = found || strings.Contains(sent, want)
		}
		if !found {
			t.Errorf("MultiLing ID2 Hebrew M005: %q is cut at its decimal point", want)
		}
	}

	dir := testenv.SharedData(t, "ecbplus")
	for _, c := range []struct{ doc, want string }{
		{"38/38_5ecbplus.xml", "magnitude of 4.6 was recorded"},
		{"20/20_7ecbplus.xml", "magnitude of at least 5.9 hit southern Iran"},
		{"24/24_9ecbplus.xml", "valued at over $2.6 million early Monday."},
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
		found := false
		for _, sent := range sentences(s) {
			found = found || strings.Contains(sent, c.want)
		}
		if !found {
			t.Errorf("%s: no sentence holds %q", c.doc, c.want)
		}
	}

	b, err = os.ReadFile(filepath.Join(ml, "SourceTexts", "M0017.english"))
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
