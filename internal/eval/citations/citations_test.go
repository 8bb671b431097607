package citations

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

func TestParseLabelErrors(t *testing.T) {
	cases := map[string]string{
		"no story":        "half reporting\nfact f1 x\n+ r a\n",
		"bad half":        "story gva:1\nhalf test\n",
		"carrier first":   "story gva:1\nhalf reporting\n+ r a\n",
		"no full carrier": "story gva:1\nhalf reporting\nfact f1 x\n~ r a\n",
		"twice":           "story gva:1\nhalf reporting\nfact f1 x\n+ r a\nfact f1 y\n+ r b\n",
		"unknown":         "story gva:1\nhalf reporting\nfacts f1 x\n",
		"no anchor":       "story gva:1\nhalf reporting\nfact f1 x\n+ r\n",
	}
	for name, in := range cases {
		if _, err := ParseLabel(strings.NewReader(in), "t.facts"); err == nil || !strings.Contains(err.Error(), "t.facts") {
			t.Errorf("%s: want an error naming the file, got %v", name, err)
		}
	}
	l, err := ParseLabel(strings.NewReader("# c\nstory gva:1\nhalf calibration\nfact f1 A thing.\n+ r1 some words\n~ r2 other words\n~ r1 more\n"), "t.facts")
	if err != nil {
		t.Fatal(err)
	}
	f := l.Facts[0]
	if f.Text != "A thing." || len(f.FullReports()) != 1 || len(f.PartialReports()) != 1 || !f.PartialReports()["r2"] {
		t.Errorf("parsed %+v", f)
	}
}

func FuzzParseLabel(f *testing.F) {
	f.Add("story gva:1\nhalf reporting\nfact f1 x\n+ r a\n")
	f.Add("fact\n+\n~ \n")
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLabel(strings.NewReader(s), "fuzz")
		if err == nil && (l.Story == "" || len(l.Facts) == 0) {
			t.Fatalf("accepted a label without story or facts: %q", s)
		}
	})
}

// loadAll reads every label and checks that each anchor is in its report:
// a label that no longer meets its report must fail, not score zero.
func loadAll(t *testing.T) ([]*Label, *Loader) {
	t.Helper()
	data := testenv.SharedData(t, "")
	ls, err := LoadLabels("testdata")
	if err != nil {
		t.Fatal(err)
	}
	// One loader for the package's tests: it reads ECB+ and GVA once.
	loaderOnce.Do(func() { loader = &Loader{Data: data, Repo: testenv.RepoRoot(t)} })
	return ls, loader
}

var (
	loaderOnce sync.Once
	loader     *Loader
)

func TestLabelsMeetTheirReports(t *testing.T) {
	ls, ld := loadAll(t)
	halves := map[string]int{}
	for _, l := range ls {
		arts, err := ld.Story(l.Story)
		if err != nil {
			t.Fatal(err)
		}
		arts, err = selectReports(l, arts)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := locate(l, arts); err != nil {
			t.Error(err)
		}
		halves[l.Half]++
	}
	if len(ls) < 10 || halves[Calibration] < 5 || halves[Reporting] < 5 {
		t.Errorf("want at least 10 labelled stories, 5 a half; have %v", halves)
	}
}

// TestEvaluateWaitrose runs the evaluation on one reporting story: the
// brief of the Waitrose fire states labelled facts in claims and summary,
// and cites reports that carry them.
func TestEvaluateWaitrose(t *testing.T) {
	ls, ld := loadAll(t)
	var l *Label
	for _, x := range ls {
		if filepath.Base(x.File) == "ecbplus-14ecb.facts" {
			l = x
		}
	}
	arts, err := ld.Story(l.Story)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Evaluate(l, arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Claims.Units == 0 || r.Summary.Units == 0 {
		t.Fatalf("no claim or summary sentence met a labelled fact: %+v", r)
	}
	if p := r.Claims.Precision(); p < 0.9 {
		t.Errorf("claim citation precision %.3f on the Waitrose fire; errors:\n%s", p, strings.Join(r.Misses, "\n"))
	}
}

// TestNAnCoShortAnswersGroup reads NAnCo question 8 (reporting half: a test
// of the mechanism, no threshold was set on it): its one-word answers
// ("Russia", "Moscow", "Finland") were once a question plus a fragment and
// never formed a claim. Identical short answers must now fall in one group.
func TestNAnCoShortAnswersGroup(t *testing.T) {
	data := testenv.SharedData(t, "nanco")
	qs, err := LoadNAnCo(filepath.Join(data, "nanco_dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 8 {
		t.Fatalf("NAnCo: %d questions, want 8", len(qs))
	}
	q := qs[7]
	if !strings.Contains(q.Question, "Sweden") {
		t.Fatalf("question 8 is %q, not the one about Sweden", q.Question)
	}
	got, naive, _ := GroupNAnCo(q)
	if got.R < 0.5 || got.F1 <= naive.F1 {
		t.Errorf("q8 grouping P %.3f R %.3f F1 %.3f, want recall >= 0.5 and F1 above word overlap %.3f", got.P, got.R, got.F1, naive.F1)
	}
}
