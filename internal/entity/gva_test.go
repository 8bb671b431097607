package entity_test

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestTypesOfPlacesAndGroups reads the six reports of GVA incident 482801
// (a shooting in a park in 2013, and its trials and anniversary), whose
// entity table once listed a park, a city and a youth programme as people
// and the sentence openers "Two" and "Four" as entities: a name ending in
// a facility's word ("Libby Lake Park") is a facility, "City of X" a
// place, "Project X" an organisation, and a number word alone no name.
func TestTypesOfPlacesAndGroups(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "482801")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*text.Doc
	var ids []string
	for i, a := range story {
		docs, ids = append(docs, text.Analyze(a)), append(ids, fmt.Sprintf("s%d", i+1))
	}
	types := map[string]string{}
	for _, e := range entity.Resolve(text.NewCorpus(docs, ids)).Entities(nil) {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]string{
		"Libby Lake Park":    news.EntityOther,
		"City of Oceanside":  news.EntityPlace,
		"Project REACH":      news.EntityOrganization,
		"Melanie Virgen":     news.EntityPerson,
		"Edgar Sanchez Rios": news.EntityPerson,
	} {
		if got, ok := types[name]; ok && got != want {
			t.Errorf("%s: type %q, want %q", name, got, want)
		} else if !ok && name != "City of Oceanside" {
			t.Errorf("no entity %s", name)
		}
	}
	for _, w := range []string{"Two", "Four"} {
		if _, ok := types[w]; ok {
			t.Errorf("%q is listed as an entity", w)
		}
	}
}
