package timeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// summitDir finds ../shared/data/summit-2023 from the module root.
func summitDir(t testing.TB) string { return testenv.SharedData(t, "summit-2023") }

// summit reads the five reports simply: paragraphs (non-empty lines)
// joined by a blank line. published maps a file prefix to its date.
func summit(t testing.TB, published map[string]time.Time) *text.Corpus {
	dir := summitDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	slices.Sort(files)
	var docs []*text.Doc
	var ids []string
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var paras []string
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				paras = append(paras, l)
			}
		}
		id := "s" + string(rune('1'+i))
		a := &news.Article{ID: id, File: f, Text: strings.Join(paras, "\n\n"), Language: "en"}
		a.Published = published[filepath.Base(f)[:3]]
		docs = append(docs, text.Analyze(a))
		ids = append(ids, id)
	}
	return text.NewCorpus(docs, ids)
}

var weekdayRE = regexp.MustCompile(`(Sunday|Monday|Tuesday|Wednesday|Thursday)`)

var order = map[string]int{"Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4}

// TestSummitUndated: with no publication time, every Sunday entry comes
// before every Monday entry, and so on to Thursday; relative entries have
// no when.
func TestSummitUndated(t *testing.T) {
	c := summit(t, nil)
	tl, _ := Build(c)
	logTimeline(t, tl)
	seen := map[int]bool{}
	last := -1
	for _, e := range tl {
		m := weekdayRE.FindString(e.Expression)
		if m == "" {
			continue
		}
		if e.When != nil {
			t.Errorf("%q has when %s without a publication time", e.Expression, *e.When)
		}
		if e.Relative == "" {
			t.Errorf("%q has no relative form", e.Expression)
		}
		d := order[m]
		if d < last {
			t.Errorf("%q (%s) comes after a later weekday", e.Text, m)
		}
		last = max(last, d)
		seen[d] = true
	}
	for name, d := range order {
		if !seen[d] {
			t.Errorf("no timeline entry on %s", name)
		}
	}
	// "Shoigu visited North Korea in July" (past tense, no year) comes
	// before the week the reports tell of, though that week is virtual.
	july, sunday := -1, -1
	for i, e := range tl {
		switch {
		case e.Expression == "July" && july < 0:
			july = i
		case strings.HasPrefix(e.Expression, "Sunday") && sunday < 0:
			sunday = i
		}
	}
	if july < 0 || sunday < 0 || july > sunday {
		t.Errorf("July at %d, Sunday at %d: want July first", july, sunday)
	}
}

// TestSummitDated: with publication dates (as a sidecar would give them:
// the Reuters report, which says KCNA "reported on Thursday", on 14
// September, the others on the 13th), the weekdays resolve to the week of
// the summit, and the meeting's clock time to Wednesday afternoon.
func TestSummitDated(t *testing.T) {
	d13 := time.Date(2023, 9, 13, 18, 0, 0, 0, time.UTC)
	d14 := time.Date(2023, 9, 14, 9, 0, 0, 0, time.UTC)
	c := summit(t, map[string]time.Time{"000": d13, "001": d13, "002": d13, "003": d14, "004": d13})
	tl, _ := Build(c)
	logTimeline(t, tl)
	want := map[string]string{
		"Sunday": "2023-09-10", "Monday": "2023-09-11", "Tuesday": "2023-09-12",
		"Wednesday": "2023-09-13", "Thursday": "2023-09-14",
	}
	got := map[string]map[string]bool{}
	for _, e := range tl {
		m := weekdayRE.FindString(e.Expression)
		if m == "" || e.When == nil {
			continue
		}
		if got[m] == nil {
			got[m] = map[string]bool{}
		}
		got[m][(*e.When)[:10]] = true
	}
	for day, date := range want {
		if d := cmp.Diff(map[string]bool{date: true}, got[day]); d != "" {
			t.Errorf("%s resolves to other dates (-want +got):\n%s", day, d)
		}
	}
	var clock *news.TimelineEntry
	for i, e := range tl {
		if strings.Contains(e.Expression, "2:30") {
			clock = &tl[i]
		}
	}
	if clock == nil || clock.When == nil || !strings.HasPrefix(*clock.When, "2023-09-13T14:30") || clock.Granularity != news.GranularityTime {
		t.Errorf("2:30 p.m. local time: got %+v, want 2023-09-13T14:30", clock)
	}
	// chronological
	for i := 1; i < len(tl); i++ {
		if tl[i-1].When != nil && tl[i].When != nil && (*tl[i-1].When)[:4] > (*tl[i].When)[:4] {
			t.Errorf("out of order: %s before %s", *tl[i-1].When, *tl[i].When)
		}
	}
	// The Wednesday meeting is told by several sources: merged.
	multi := 0
	for _, e := range tl {
		if len(e.Sources) > 1 {
			multi++
		}
	}
	if multi == 0 {
		t.Error("no entry merges the same event from several sources")
	}
}

func logTimeline(t *testing.T, tl []news.TimelineEntry) {
	t.Helper()
	if !testing.Verbose() {
		return
	}
	for _, e := range tl {
		b, _ := json.Marshal(struct {
			W       *string
			G, R, X string
			S       []string
			T       string
		}{e.When, e.Granularity, e.Relative, e.Expression, e.Sources, e.Text})
		t.Log(string(b))
	}
}

// BenchmarkBuild is the whole timeline of the five summit reports (about
// 3,000 words), with publication dates, date conflicts included.
func BenchmarkBuild(b *testing.B) {
	d13 := time.Date(2023, 9, 13, 18, 0, 0, 0, time.UTC)
	c := summit(b, map[string]time.Time{"000": d13, "001": d13, "002": d13, "003": d13, "004": d13})
	for b.Loop() {
		Build(c)
	}
}
