package entity_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestTorchRelayEntities reads the English reports of MultiLing 2011 topic
// 9 (the 2008 Olympic torch relay), whose entity table, read as a reader,
// listed as people "Mainland China" and "Are Ready" (the "We Are Ready" slogan), and made "Ming-tung Chen" a
// second name of the office he held, from "Ming-tung Chen (Commissioner of
// Mainland Affairs Council ...)": "mainland" opens the part of a country
// on its continent, no name holds a form of be, and a
// body in brackets after a person is whom the person works for.
func TestTorchRelayEntities(t *testing.T) {
	byName := map[string]news.Entity{}
	for _, e := range topicEntities(t, "M009") {
		byName[e.Name] = e
		for _, w := range strings.Fields(e.Name) {
			if w == "Are" || w == "Ready" {
				t.Errorf("entity %q is made of a slogan's words", e.Name)
			}
		}
		if e.Type == news.EntityOrganization && (slices.Contains(e.Aliases, "Ming-tung Chen") || slices.Contains(e.Aliases, "Ta Meng")) {
			t.Errorf("the body %q is also called %q", e.Name, e.Aliases)
		}
	}
	for name, typ := range map[string]string{
		"Mainland China": news.EntityPlace,
		"Ming-tung Chen": news.EntityPerson,
	} {
		if e, ok := byName[name]; !ok {
			t.Errorf("no entity %s", name)
		} else if e.Type != typ {
			t.Errorf("%s typed %q, want %q", name, e.Type, typ)
		}
	}
}
