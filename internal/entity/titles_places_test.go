package entity_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestPlaceTitleBeforeName reads GVA incident 138282 (the Isla Vista
// killings of 2014), whose entity table once listed "Connecticut Senator
// Richard Blumenthal" and "California Governor Jerry Brown" as the people's
// names: a known one-word place before a capitalised title is the title's
// (the senator of Connecticut), as "San Diego Mayor Kevin Faulconer" is,
// and the name after the title is the person's.
func TestPlaceTitleBeforeName(t *testing.T) {
	cases := map[string]map[string]string{
		"138282": {"Richard Blumenthal": news.EntityPerson, "Jerry Brown": news.EntityPerson},
	}
	bad := map[string][]string{
		"138282": {"Connecticut Senator Richard Blumenthal", "California Governor Jerry Brown", "California Senator Dianne Feinstein"},
	}
	for inc, want := range cases {
		types := incidentTypes(t, inc)
		for name, typ := range want {
			if got, ok := types[name]; !ok || got != typ {
				t.Errorf("%s: %s: type %q (listed %v), want %q", inc, name, got, ok, typ)
			}
		}
		for _, name := range bad[inc] {
			if _, ok := types[name]; ok {
				t.Errorf("%s: %q is listed as an entity", inc, name)
			}
		}
	}
}

// TestPlacesByTheirWords reads GVA incidents 121031 (the Fort Hood shooting
// of 2014), 138282 (the Isla Vista killings), 370264 (a boy killed in El
// Dorado, Arkansas), 413257 (a man shot on the Grand Mesa, Colorado) and
// 282956 (a shooting in Springfield Gardens, Queens), whose entity tables
// once listed these places as people: "Fort" and "Mount" open places as
// their abbreviations "Ft." and "Mt." do, "El" and "Camino" open Spanish
// place names as "Los" and "Calle" do, and "Vista", "Gardens", "Forest"
// and "Reservoir" end them.
func TestPlacesByTheirWords(t *testing.T) {
	cases := map[string][]string{
		"121031": {"Fort Hood"},
		"138282": {"Isla Vista", "Camino Pescadero"},
		"370264": {"El Dorado"},
		"413257": {"Big Creek Reservoir", "Pike National Forest"},
		"282956": {"Springfield Gardens"},
	}
	for inc, names := range cases {
		types := incidentTypes(t, inc)
		for _, name := range names {
			if got, ok := types[name]; !ok || got != news.EntityPlace {
				t.Errorf("%s: %s: type %q (listed %v), want place", inc, name, got, ok)
			}
		}
	}
}

// TestPersonOfPlaceWithTitles reads GVA incidents 390774 (a woman killed in
// Blytheville, Arkansas, in 2015) and 346085 (a toddler who shot himself in
// Lunenburg County, Virginia), whose entity tables once listed "Adeline
// King of Blytheville" (eleven mentions) and "Arthur Townsend of Lunenburg
// County" as people: a surname that is also a title ("King") and a title
// before the name ("Sheriff") do not keep the town after "of" in the
// person's name.
func TestPersonOfPlaceWithTitles(t *testing.T) {
	cases := map[string]map[string]string{
		"390774": {"Adeline King": news.EntityPerson, "Blytheville": news.EntityPlace},
		"346085": {"Arthur Townsend": news.EntityPerson, "Lunenburg County": news.EntityPlace},
	}
	bad := map[string]string{"390774": "Adeline King of Blytheville", "346085": "Arthur Townsend of Lunenburg County"}
	for inc, want := range cases {
		types := incidentTypes(t, inc)
		for name, typ := range want {
			if got, ok := types[name]; !ok || got != typ {
				t.Errorf("%s: %s: type %q (listed %v), want %q", inc, name, got, ok, typ)
			}
		}
		if _, ok := types[bad[inc]]; ok {
			t.Errorf("%s: %q is listed as an entity", inc, bad[inc])
		}
	}
}
