package quote

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestCueBeforeTheLastCue reads two PolNeAR train articles whose partial
// quote follows a cue word that speaks for no one, so the cue before it
// does: "Cruz said Thursday ... that states can pass such laws because
// “...”" ("states" is a plural noun before its verb, not the verb), and
// "Win Htein, ..., said Tuesday morning that according to its analysis,
// ..., but “we are still counting the seats.”" ("according to its
// analysis" names no source). Both quotes had no source.
func TestCueBeforeTheLastCue(t *testing.T) {
	dir := filepath.Join(testenv.SharedData(t, "polnear"), "data", "train", "text")
	for _, c := range []struct{ file, quote, source string }{
		{"breitbart_2016-04-14_the-latest-trump-delivers-defens.txt", "men should not be going to the bathroom", "Cruz"},
		{"wash-post_2015-11-10_opposition-appears-to-win-landsl.txt", "we are still counting the seats", "Win Htein"},
	} {
		arts := testenv.PlainArticles(t, filepath.Join(dir, c.file))
		d := text.Analyze(arts[0])
		r := entity.Resolve(text.NewCorpus([]*text.Doc{d}, []string{"a"}))
		found := false
		for _, a := range Find(d, 0, r) {
			for _, q := range a.Quoted {
				if !strings.Contains(d.Article.Text[q.Start:q.End], c.quote) {
					continue
				}
				found = true
				if src := d.Article.Text[a.Source.Start:a.Source.End]; !strings.HasPrefix(src, c.source) {
					t.Errorf("%s: “%s” has the source %q, want %q", c.file, c.quote, src, c.source)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote “%s”", c.file, c.quote)
		}
	}
}
