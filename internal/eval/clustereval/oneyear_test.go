package clustereval

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// TestOneYear checks the dense calibration stream on literals: dates move
// into the year given with their month, day and clock, the years the text
// writes move with them (not a year after the publication, nor one long
// before it), and the stream comes out in the new date order.
func TestOneYear(t *testing.T) {
	at := func(s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	item := func(gold, pub, body string) Item {
		a := &news.Article{Title: "Man shot in 2015", Text: body, Published: at(pub)}
		return Item{Doc: text.Analyze(a), Gold: gold, Lang: "english"}
	}
	in := []Item{
		item("a", "2013-06-02T10:00:00Z", "A man was shot on June 1, 2013."),
		item("b", "2015-03-04T08:30:00Z", "A man was shot on March 3, 2015, after a fight in December 2014. He was convicted in 1998 and again in 2011. Copyright 2016."),
		item("c", "2014-01-20T00:00:00Z", "A man was shot on Jan. 19, 2014."),
	}
	in = append(in, item("d", "2015-01-26T13:42:00Z", "LAS VEGAS -- A boy was shot SUNDAY night; his sister on saturday. Police said Monday's search found the gun."))
	out := OneYear(in, 2013)
	// 2015-01-26 was a Monday, 2013-01-26 a Saturday: every weekday the
	// text names turns back two days with the date, its case kept.
	if len(out) != 4 || out[1].Gold != "d" {
		t.Fatalf("%d items, the second %v: want d second", len(out), out[1].Gold)
	}
	if d := out[1].Doc.Article; d.Published.Weekday() != time.Saturday ||
		d.Text != "LAS VEGAS -- A boy was shot FRIDAY night; his sister on thursday. Police said Saturday's search found the gun." {
		t.Errorf("moved to %v: %q", d.Published, d.Text)
	}
	out = append(out[:1], out[2:]...)
	if len(out) != 3 || out[0].Gold != "c" || out[1].Gold != "b" || out[2].Gold != "a" {
		t.Fatalf("order %v %v %v, want c b a", out[0].Gold, out[1].Gold, out[2].Gold)
	}
	b := out[1].Doc.Article
	if !b.Published.Equal(at("2013-03-04T08:30:00Z")) {
		t.Errorf("published %v, want 2013-03-04 08:30", b.Published)
	}
	if want := "A man was shot on March 3, 2013, after a fight in December 2012. He was convicted in 1998 and again in 2011. Copyright 2016."; b.Text != want {
		t.Errorf("text %q,\nwant %q", b.Text, want)
	}
	if b.Title != "Man shot in 2013" {
		t.Errorf("title %q", b.Title)
	}
	if a := out[2].Doc.Article; !strings.Contains(a.Text, "June 1, 2013") || a.Title != "Man shot in 2015" {
		t.Errorf("an article of the year itself changed: %q / %q", a.Title, a.Text)
	}
	if in[1].Doc.Article.Published.Year() != 2015 {
		t.Error("the items given were changed")
	}
}

// TestOneYearGVA: the GVA calibration part in one year keeps its articles
// and incidents, and is about as dense as the reporting year.
func TestOneYearGVA(t *testing.T) {
	items, err := GVA(testenv.SharedData(t, "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	cal, rep := SplitYears(items, 2016)
	one := OneYear(cal, 2013)
	if len(one) != len(cal) {
		t.Fatalf("%d articles, want %d", len(one), len(cal))
	}
	for i := range one {
		if y := one[i].Doc.Article.Published.Year(); y != 2013 {
			t.Fatalf("#%d published in %d", i, y)
		}
		if i > 0 && one[i].Doc.Article.Published.Before(one[i-1].Doc.Article.Published) {
			t.Fatalf("#%d out of date order", i)
		}
	}
	if d := float64(len(one)) / float64(len(rep)); d < 0.6 {
		t.Errorf("%d articles in one year against %d in 2016: not dense enough", len(one), len(rep))
	}
	// The days a lead names by their weekday ("Sunday night") lie as far
	// from the publication as they did before the move (weekdayTurn):
	// without the turn, 1,215 of the 1,897 leads read another distance (up
	// to six days), and the reports of one shooting fell days apart.
	byID := map[string]*news.Article{}
	for _, it := range one {
		byID[it.Doc.Article.ID] = it.Doc.Article
	}
	days := func(a *news.Article) []int {
		lead := a.Text[:min(len(a.Text), 600)]
		var out []int
		for _, x := range timex.Find(a.Title+"\n"+lead, timex.Ref{Time: a.Published}) {
			if x.Relative && x.IsPoint() && x.Gran >= timex.GDay {
				out = append(out, int(x.Begin.Sub(a.Published).Round(24*time.Hour).Hours()/24))
			}
		}
		return out
	}
	named, moved := 0, 0
	for _, it := range cal {
		before := days(it.Doc.Article)
		named += len(before)
		if !slices.Equal(before, days(byID[it.Doc.Article.ID])) {
			moved++
		}
	}
	t.Logf("%d days named relative to the publication; %d leads read another distance after the move", named, moved)
	if named < 500 || moved > len(cal)/100 {
		t.Errorf("%d leads of %d read another distance from their publication after the move (%d days named)", moved, len(cal), named)
	}
}
