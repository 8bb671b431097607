package entity

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestTitleOfPlace reads "Mayor of Pichilemu Roberto Córdova" in
// MultiLing 2011 M0056 (the 2010 Chile earthquake), once the person "of
// Pichilemu Roberto Córdova": a title's "of" and a one-word place or
// office it names ("Chief of Staff") stay out of the name that follows.
func TestTitleOfPlace(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M0056.english"))
	if len(files) != 1 {
		t.Fatal("MultiLing M0056.english not found")
	}
	ents := Find(storyOf(testenv.PlainArticles(t, files...)), nil)
	if e, ok := entityNamed(ents, "Roberto Córdova"); !ok || e.Type != news.EntityPerson {
		t.Errorf("M0056: no person Roberto Córdova (%+v)", e)
	}
	for _, e := range ents {
		if strings.Contains(e.Name, "Pichilemu Roberto") {
			t.Errorf("M0056: entity %q holds the title's place", e.Name)
		}
	}
}

func TestCountyOffice(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Smith", "County", "Sheriff"}, true},
		{[]string{"Harris", "County", "District", "Attorney"}, true},
		{[]string{"Smith", "County"}, false},
		{[]string{"Sheriff", "Larry", "Smith"}, false},
	} {
		if got := countyOffice(tc.words); got != tc.want {
			t.Errorf("countyOffice(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}
