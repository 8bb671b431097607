package cluster

import (
	"reflect"
	"testing"
)

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"HAWTHORNE — The name of a 20-year-old man", []string{"hawthorne"}},
		{"January 1, 2013 5:05 PM\n\nMCKEESPORT (KDKA) – Allegheny County Police say", []string{"mckeesport"}},
		{"ST. LOUIS, MO (KTVI)–Two people are dead", []string{"louis"}},
		{"Killer at large\n\nTACOMA, Wash. - Police say", []string{"tacoma"}},
		{"(11-26) 11:15 PST OAKLAND -- Seven young men", []string{"oakland"}},
		{"EAST PALO ALTO (CBS SF) — Five people were shot", []string{"east", "palo", "alto"}},
		{"A 17-year-old girl was accidentally shot in Roswell Sunday - police said.", nil},
		{"Four men were shot early today outside a house party in Detroit.", nil},
	} {
		if got := dateline(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("dateline(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
