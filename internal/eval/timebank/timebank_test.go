package timebank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// dataDir finds ../shared/data/timebank/TimeBank from the module root.
func dataDir(t testing.TB) string {
	return filepath.Join(testenv.SharedData(t, "timebank"), "TimeBank")
}

func TestStrip(t *testing.T) {
	src := `On <TIMEX3 tid="t1" type="DATE" value="1998-01-08">Thursday</TIMEX3>, prices <EVENT eid="e1">fell</EVENT> &amp; rose.`
	text, gold := strip(src)
	if text != "On Thursday, prices fell & rose." {
		t.Fatalf("text = %q", text)
	}
	want := []Timex{{Start: 3, End: 11, Text: "Thursday", Type: "DATE", Value: "1998-01-08"}}
	if d := cmp.Diff(want, gold); d != "" {
		t.Fatal(d)
	}
}

// TestTimeBank asserts floors under the figures docs/timeline.md reports
// (relaxed F1 0.931, strict 0.879, value 0.807), about two points below
// them: noise-free (the tagger is deterministic) yet broken by any real
// regression, such as losing a rule family like the business-report periods.
func TestTimeBank(t *testing.T) {
	docs, err := Load(dataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 183 {
		t.Fatalf("%d documents, want 183", len(docs))
	}
	sc := Score(docs)
	t.Logf("gold %d predicted %d strict %+v relaxed %+v value %+v type %.3f", sc.Gold, sc.Predicted, sc.Strict, sc.Relaxed, sc.Value, sc.Type)
	if p := os.Getenv("TIMEBANK_ERRORS"); p != "" {
		_ = os.WriteFile(p, []byte(strings.Join(sc.Errors, "\n")+"\n"), 0o644)
	}
	if sc.Gold != 1243 {
		t.Errorf("gold expressions = %d, want 1243 (1,426 less the 183 creation times)", sc.Gold)
	}
	floors := []struct {
		name string
		got  float64
		min  float64
	}{
		{"relaxed F1", sc.Relaxed.F, 0.91},
		{"strict F1", sc.Strict.F, 0.86},
		{"value F1", sc.Value.F, 0.79},
	}
	for _, f := range floors {
		if f.got < f.min {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.min)
		}
	}
}
