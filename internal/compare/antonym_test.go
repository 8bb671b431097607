package compare

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestMayOpposeSparesNoConflict checks antonymConflict's quick test of a
// claim's members (mayOppose) against the whole reading (antonymSides) on
// every claim of the English reports of the MultiLing calibration topics
// (odd) and the summit: no claim it passes over holds a contradiction of
// antonyms, every member taken as unhedged or not as the sentence is.
func TestMayOpposeSparesNoConflict(t *testing.T) {
	var claims, passed, found int
	for _, glob := range []string{"multiling2011/SourceTexts/M00[13579]*.english", "summit-2023/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, ""), glob))
		topics := map[string][]string{}
		for _, f := range files {
			topic := filepath.Base(f)[:4]
			if filepath.Ext(f) == ".txt" {
				topic = "summit"
			}
			topics[topic] = append(topics[topic], f)
		}
		for _, fs := range topics {
			c, _ := plainCorpus(t, fs)
			a := align.Align(c)
			cp := &comparer{c: c, a: a}
			for _, members := range a.Members {
				claims++
				may := cp.mayOppose(members)
				_, ok := cp.antonymSides(members)
				if ok && !may {
					t.Errorf("%v: a contradiction of antonyms that mayOppose passes over", members)
				}
				if may {
					passed++
				}
				if ok {
					found++
				}
			}
		}
	}
	if passed == 0 {
		t.Fatalf("mayOppose passes over all %d claims: the test proves nothing", claims)
	}
	t.Logf("%d claims: %d read whole, %d contradictions of antonyms", claims, passed, found)
}
