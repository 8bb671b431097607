package entity

import (
	"maps"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// The gazetteers below are small, hand-written lists of names whose type
// capitalisation alone cannot tell: countries and their demonyms, large
// cities and regions, news agencies and outlets, and the words that mark a
// name as an organisation, a facility or an event. They hold general world
// knowledge, not anything of one story.

// countries maps a country's common names to its canonical name.
var countries = lazyAliases(english.List("gazetteer/countries"))

// demonyms maps an adjective of nationality to its country.
var demonyms = lazyAliases(english.List("gazetteer/demonyms"))

// places are cities, regions and other places that are not countries: the
// hand-written list and the world's large cities from GeoNames.
var places = lazyAliases(english.List("gazetteer/places"), english.List("gazetteer/cities"))

// outlets are news agencies and outlets with their short forms.
var outlets = lazyAliases(english.List("gazetteer/outlets"))

// orgWords mark a name as an organisation when they appear in it.
var orgWords = english.List("entity/org-words")

// outletWords end the names of newspapers ("The Seattle Times"): an
// organisation's name that ends in one is a news outlet.
var outletWords = english.List("entity/outlet-words")

// facilityWords mark a name as a facility (type other).
var facilityWords = english.List("entity/facility-words")

// eventWords mark a name as an event (type other).
var eventWords = english.List("entity/event-words")

// placeWords mark a name as a place.
var placeWords = english.List("entity/place-words")

// streetEnds end the names of streets: such a name is a place, whatever
// organisation word it holds ("University Avenue", "Court Street").
var streetEnds = english.List("entity/street-ends")

// streetWords are the words of an address that are not the street's own
// name (directions and street types), as the text package reads addresses.
var streetWords = english.List("text/street-words")

// titles are the words of a title or role before a person's name. The
// lower-case ones (leader, spokesman) mark a person as much as the upper.
var titles = english.List("entity/titles")

// headTitles are the titles that make a person a leader of a country, so
// that "the Russian leader" can refer to a president.
var headTitles = english.List("entity/head-titles")

// honorifics are titles that stand before a bare surname ("Mr Kim").
var honorifics = english.List("entity/honorifics")

// nameSuffixes are the generational suffixes that close a person's name
// ("Jr.", "III"): no surname, and no name alone.
var nameSuffixes = english.List("entity/name-suffixes")

// genericTail are common plurals that a style may capitalise after a name
// ("UN Security Council Resolutions") without making them part of it.
var genericTail = english.List("entity/generic-tail")

// officeWords after "the" and a bare name mark that name as a person's:
// "the Biden administration", "the Kim regime".
var officeWords = english.List("entity/office-words")

// notNames are capitalised words that start sentences or name days and
// months: they are never entities on their own.
var notNames = english.List("entity/not-names")

func aliasTable(list *english.Set) map[string]string {
	m := map[string]string{}
	for _, name := range list.Words() {
		canon := list.Kind(name)
		if canon == "" {
			canon = name
		}
		m[foldKey(name)] = canon
	}
	return m
}

// orgs are organisations other than news outlets, with their short forms.
var orgs = lazyAliases(english.List("gazetteer/orgs"))

// homeCountry maps the seats of governments and the state media that speak
// for them to their country: "the Kremlin" and a Russian minister are one
// side when they give the same words, not two speakers in conflict.
var homeCountry = lazyAliases(english.List("gazetteer/home-country"))

// IsTitle reports whether a word (any case) is a title or role word that
// stands before a person's name ("Governor", "Chief", "Prime Minister").
func IsTitle(word string) bool { return titles.Has(strings.ToLower(word)) }

// lazyAliases is aliasTable built on first use: the tables cost 0.17 MB at
// the start of every process, `crosscheck --help` included, when built at
// package initialisation.
func lazyAliases(lists ...*english.Set) func() map[string]string {
	return sync.OnceValue(func() map[string]string {
		m := map[string]string{}
		for _, list := range lists {
			maps.Copy(m, aliasTable(list))
		}
		return m
	})
}
