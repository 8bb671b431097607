package entity

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestInitialsInNames reads names written with initials in real reports:
// "State Department spokesman P. J. Crowley" (MultiLing 2011 M0060, the
// Haiti earthquake) was cut at the first full stop into "P", and in ECB+
// topic 28 "W. Mark Felt", "J. Edgar Hoover" and "L. Patrick Gray" are the
// "Mark Felt", "Edgar Hoover" and "Patrick Gray" of other reports: a
// leading initial is not the name a person goes by.
func TestInitialsInNames(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M0060.english"))
	if len(files) != 1 {
		t.Fatal("MultiLing M0060.english not found")
	}
	haiti := Find(storyOf(testenv.PlainArticles(t, files...)), nil)
	if e, ok := entityNamed(haiti, "P. J. Crowley"); !ok || e.Type != news.EntityPerson {
		t.Errorf("M0060: no person P. J. Crowley (%+v)", e)
	}
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	ents := Find(storyOf(ecbplus.Articles(docs, "28")), nil)
	for _, c := range [][2]string{{"W. Mark Felt", "Mark Felt"}, {"J. Edgar Hoover", "Edgar Hoover"}, {"L. Patrick Gray", "Patrick Gray"}} {
		e, ok := entityNamed(ents, c[0])
		if !ok {
			t.Errorf("ECB+ topic 28: no entity %q", c[0])
			continue
		}
		if !slices.Contains(e.Aliases, c[1]) {
			t.Errorf("ECB+ topic 28: %q does not hold %q (aliases %q)", c[0], c[1], e.Aliases)
		}
	}
}

// entityNamed returns the entity called name, or one holding it as an alias.
func entityNamed(ents []news.Entity, name string) (news.Entity, bool) {
	for _, e := range ents {
		if e.Name == name || slices.Contains(e.Aliases, name) {
			return e, true
		}
	}
	return news.Entity{}, false
}

// TestGenerationalSuffix reads ECB+ topic 3 (a Texas inmate's escape of
// 2009), whose reports name him "Arcade Joseph Comeaux Jr.", "Arcade
// Joseph Comeaux, Jr.", "Arcade Joseph Comeaux" and "Comeaux": the entity
// table listed him twice, the second time with "Jr" as another name of
// his, since the suffix was read as his surname.
func TestGenerationalSuffix(t *testing.T) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	var named []news.Entity
	for _, e := range Find(storyOf(ecbplus.Articles(docs, "3")), nil) {
		if strings.Contains(e.Name, "Comeaux") && e.Type == news.EntityPerson {
			named = append(named, e)
		}
		if e.Name == "Jr" || slices.Contains(e.Aliases, "Jr") {
			t.Errorf("entity %q holds the suffix alone (aliases %q)", e.Name, e.Aliases)
		}
	}
	if len(named) != 1 || !slices.Contains(named[0].Aliases, "Comeaux") {
		t.Errorf("Comeaux is not one person: %d people (%+v)", len(named), named)
	}
}
