package entity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestTypesOfLinesRiversAndRaces reads the English reports of MultiLing
// 2011 topics M001 (the London bombings of 2005) and M003 (the Tour de
// France of 2007), whose entity tables listed as people the Underground's
// lines ("Piccadilly Line", "Northern Line"), a river ("River Thames") and
// the race itself ("Tour de France", which then spoke its director's
// words): a line or a cathedral ends a facility's name, "River" opens a
// place's in British English, and "Tour" a cycling race's.
func TestTypesOfLinesRiversAndRaces(t *testing.T) {
	for topic, want := range map[string]map[string]string{
		"M001": {"Piccadilly Line": news.EntityOther, "Northern Line": news.EntityOther, "Tessa Jowell": news.EntityPerson},
		"M003": {"River Thames": news.EntityPlace, "Tour de France": news.EntityOther, "Michael Rasmussen": news.EntityPerson},
	} {
		types := map[string]string{}
		for _, e := range topicEntities(t, topic) {
			types[e.Name] = e.Type
		}
		for name, typ := range want {
			if got, ok := types[name]; !ok {
				t.Errorf("%s: no entity %s", topic, name)
			} else if got != typ {
				t.Errorf("%s: %s typed %q, want %q", topic, name, got, typ)
			}
		}
	}
}

// TestOccupationBeforeName: MultiLing M005 and M009 write an occupation
// before a name as a title ("Policeman José Arévalo", "Filmmaker Zhang
// Yimou"); the occupation is no first name, and the speaker of their
// quotes is the person.
func TestOccupationBeforeName(t *testing.T) {
	for topic, name := range map[string]string{"M005": "José Arévalo", "M009": "Zhang Yimou"} {
		found := false
		for _, e := range topicEntities(t, topic) {
			if e.Name == name && e.Type == news.EntityPerson {
				found = true
			}
			if strings.HasSuffix(e.Name, " "+name) {
				t.Errorf("%s: entity %q keeps the occupation", topic, e.Name)
			}
		}
		if !found {
			t.Errorf("%s: no person %s", topic, name)
		}
	}
}

// topicEntities resolves the entities of the ten English reports of a
// MultiLing 2011 topic.
func topicEntities(t *testing.T, topic string) []news.Entity {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", topic+"*.english"))
	if len(files) != 10 {
		t.Fatalf("want the 10 English reports of %s, got %d", topic, len(files))
	}
	var docs []*text.Doc
	var ids []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, text.Analyze(&news.Article{ID: filepath.Base(f), Text: string(b), Language: "en"}))
		ids = append(ids, filepath.Base(f))
	}
	return entity.Resolve(text.NewCorpus(docs, ids)).Entities(nil)
}
