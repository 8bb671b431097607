package entity

import (
	"slices"
	"testing"
)

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

// TestShortWordsOfOneEdit holds the bound of similarWord under five
// bytes: a letter written twice is a spelling ("Amil" / "Amill", GVA
// 491181; the incident's reports are read in
// compare.TestShortSurnameWithLetterDoubled), any other edit of a short
// word another name.
func TestShortWordsOfOneEdit(t *testing.T) {
	for _, p := range [][2]string{{"amil", "amill"}, {"hal", "hall"}, {"philips", "phillips"}} {
		if !similarWord(p[0], p[1]) || !similarWord(p[1], p[0]) {
			t.Errorf("%s / %s: not one word spelled two ways", p[0], p[1])
		}
		// The resolver compares only names whose surnames share a key.
		if !slices.Contains(deletionKeys(p[1]), p[0]) {
			t.Errorf("%s / %s: no shared key", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"hill", "hall"}, {"mark", "marc"}, {"amil", "amir"}, {"al", "all"}, {"ross", "rose"}} {
		if similarWord(p[0], p[1]) {
			t.Errorf("%s / %s: taken for one word", p[0], p[1])
		}
	}
}
