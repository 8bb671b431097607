package compare_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/eval/differences"
	"github.com/crosscheck/crosscheck/internal/news"
)

// gvaBriefs builds the briefs of the GVA incidents named (two reports or
// more), as `crosscheck eval differences` reads them.
func gvaBriefs(t *testing.T, ids ...string) map[string]*news.Brief {
	all, err := differences.LoadGVA(filepath.Join(dataDir(t), "gva-2013-2016"), 2)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*news.Brief{}
	for _, st := range all {
		if id := st.ID[len("gva/"):]; slices.Contains(ids, id) {
			out[id] = brief.Build(st.Articles, brief.Options{})
		}
	}
	if len(out) != len(ids) {
		t.Fatalf("found %d of the GVA incidents %v", len(out), ids)
	}
	return out
}

// hasDifference reports whether a brief lists a difference of the kind
// with a side of each value.
func hasDifference(b *news.Brief, kind, v1, v2 string) bool {
	return slices.ContainsFunc(b.Conflicts, func(c news.Conflict) bool {
		has := func(v string) bool {
			return slices.ContainsFunc(c.Sides, func(s news.Side) bool { return s.Value == v })
		}
		return c.Kind == kind && has(v1) && has(v2)
	})
}

// TestNoUnfoundedDifferences reads GVA incidents whose briefs listed a
// wrong difference in the held-out judged set (testdata/heldout-judgments.tsv),
// each wrong for a general reason, and checks that they are
// gone while right differences of the same set stay.
func TestNoUnfoundedDifferences(t *testing.T) {
	bs := gvaBriefs(t, "662548", "688429", "495951", "692020", "488277", "509707")
	gone := []listed{
		{"662548", news.ConflictDate, "2016-09-19", "2016-09-26", `both write "Monday"`},
		{"688429", news.ConflictDate, "2016-10-23", "2016-10-30", `both write "On Sunday"`},
		{"495951", news.ConflictDate, "Saturday", "Sunday", `"in critical condition on Saturday": a state seen`},
		{"692020", news.ConflictDate, "Monday", "Thursday", `"in custody Thursday morning": a state seen`},
	}
	kept := []listed{
		{"488277", news.ConflictContradiction, "left", "right", ""},
		{"509707", news.ConflictNumber, "3 months old", "4 months old", ""},
	}
	checkListed(t, bs, gone, kept)
}
