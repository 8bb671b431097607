package quote

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestTypewriterCloseBeforeCue reads ECB+ topic 27 (Microsoft's emergency
// Internet Explorer patch, a calibration topic), whose text keeps the
// tokeniser's typewriter quotes, two backticks to open and two apostrophes
// to close: "... used to run attacker code ... normal browsing, (two
// apostrophes) said Mozilla." The apostrophes close the quote; they were
// read as the name before the cue, and the speaker was the two
// apostrophes.
func TestTypewriterCloseBeforeCue(t *testing.T) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range ecbplus.Articles(docs, "27ecb") {
		if a.ID != "27_7ecb" {
			continue
		}
		d := text.Analyze(a)
		r := entity.Resolve(text.NewCorpus([]*text.Doc{d}, []string{a.ID}))
		for _, q := range Find(d, 0, r) {
			if s := q.Quoted[0]; strings.HasPrefix(strings.TrimSpace(a.Text[s.Start:s.End]), "used to run attacker code") {
				found = true
				if q.Speaker != "Mozilla" {
					t.Errorf("ECB+ 27_7ecb “used to run attacker code ...”: speaker %q, want Mozilla", q.Speaker)
				}
			}
		}
	}
	if !found {
		t.Fatal("ECB+ 27_7ecb: no quote “used to run attacker code ...”")
	}
}
