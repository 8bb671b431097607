package text

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestClockTimeEndsSentence: "a.m." and "p.m." end a sentence when the words
// before the time hold a clause and the next word, capitalised or a figure,
// is no part of the time. The splitter used to end one only before a word
// of text/sentence-starters ("The", "Police"), so that ECB+ 8_7ecb's "The
// blast came several hours after someone made a threatening phone call to
// Wells Fargo around 10:30 a.m." and "Oregon State Police, the FBI and
// Woodburn police responded to the call." were one sentence, as were the
// GVA reports' "... around 10:30 a.m." and "Investigators believe ...".
// Look-alikes, real sentences of the GVA reports that stay whole: a time
// that opens its sentence or clause ("Around 9 p.m. Chris Lee heard ...",
// "reports that at 10:27 a.m. Pike County Sheriff's deputies responded
// ...", "On May 26, 2016 at 12:18 p.m. Roanoke Police were dispatched
// ...") and a weekday after the time.
func TestClockTimeEndsSentence(t *testing.T) {
	f, err := os.Open(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+", "8", "8_7ecb.xml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := ecbplus.Text(f)
	if err != nil {
		t.Fatal(err)
	}
	const first = "The blast came several hours after someone made a threatening phone call to Wells Fargo around 10:30 a.m."
	if !slices.Contains(sentences(doc), first) {
		t.Errorf("ECB+ 8_7ecb: no sentence %q in %q", first, sentences(doc))
	}
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"A woman was shot in the 400 block of N. Athol Avenue around 10:30 a.m. Investigators believe the incident was an accident, Monroe said.",
			[]string{"A woman was shot in the 400 block of N. Athol Avenue around 10:30 a.m.", "Investigators believe the incident was an accident, Monroe said."}},
		{"Around 9 p.m. Chris Lee heard a neighbor yelling for help.", nil},
		{"Pike County Sheriff Charles Reader reports that at 10:27 a.m. Pike County Sheriff’s deputies responded to 2733 SR 41 in reference to an accidental shooting.", nil},
		{"On May 26, 2016 at 12:18 p.m. Roanoke Police were dispatched to the 2000 block of Carroll Avenue NW to investigate a shooting.", nil},
		{"Shortly after 8 p.m. Obeshaw approached Emma and Sharon Elizabeth Watson as the two were leaving.", nil},
		{"Police were called to the home at 8:30 p.m. Sunday.", nil},
	} {
		want := c.want
		if want == nil {
			want = []string{c.in}
		}
		if got := sentences(c.in); !slices.Equal(got, want) {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, want)
		}
	}
}
