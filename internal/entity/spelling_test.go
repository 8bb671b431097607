package entity

import "testing"

// TestSpellingKey checks what is no spelling difference of a name's word:
// case, diacritics, a possessive and the romanisation variants translit
// maps together; and that a letter changed stays one.
func TestSpellingKey(t *testing.T) {
	same := [][2]string{{"Córdova", "Cordova"}, {"Sergei", "Sergey"}, {"Holzwarth's", "HOLZWARTH"}, {"O'Neill", "ONeill"}}
	for _, p := range same {
		if SpellingKey(p[0]) != SpellingKey(p[1]) {
			t.Errorf("%s and %s spelled apart: %q, %q", p[0], p[1], SpellingKey(p[0]), SpellingKey(p[1]))
		}
	}
	if SpellingKey("Holzwarth") == SpellingKey("Holzworth") {
		t.Errorf("Holzwarth and Holzworth spelled alike")
	}
}
