package entity_test

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestChileEntities reads the English reports of MultiLing 2011 topic 5
// (the Chile earthquakes of 2010), whose entity table, read as a reader,
// called "Alejandro Mella" also "AM", the "AM" of "at 11:30 AM local time"
// read as his initials, and typed "Wikinews" a person, so that a "he
// added" after a quote told to Wikinews went to the news service. A clock's
// "AM" is no one's initials; one word that closes on "news" names a news
// service.
func TestChileEntities(t *testing.T) {
	var mella, wikinews *news.Entity
	ents := topicEntities(t, "M005")
	for i, e := range ents {
		switch e.Name {
		case "Alejandro Mella":
			mella = &ents[i]
		case "Wikinews":
			wikinews = &ents[i]
		}
	}
	if mella == nil || wikinews == nil {
		t.Fatalf("want entities Alejandro Mella and Wikinews, got Mella %v, Wikinews %v", mella != nil, wikinews != nil)
	}
	if slices.Contains(mella.Aliases, "AM") {
		t.Errorf("Alejandro Mella is also called %q", mella.Aliases)
	}
	if wikinews.Type != news.EntityOrganization {
		t.Errorf("Wikinews typed %q, want an organization", wikinews.Type)
	}
}

// TestParticleSurnames reads MultiLing 2011 topic 7 (Abu Ghraib), where
// "Saleh al-Humaidi" was the person "Saleh": a surname whose particle news
// writes in lower case, joined by a hyphen ("al-Maliki"), is a word of the
// name.
func TestParticleSurnames(t *testing.T) {
	for _, e := range topicEntities(t, "M007") {
		if e.Name == "Saleh al-Humaidi" && e.Type == news.EntityPerson {
			return
		}
	}
	t.Error("no person Saleh al-Humaidi")
}
