package compare

import "github.com/crosscheck/crosscheck/internal/text/english"

// countryNames and demonymNames are the gazetteer's countries and
// adjectives of nationality, as written (case kept).
var (
	countryNames = english.List("gazetteer/countries")
	demonymNames = english.List("gazetteer/demonyms")
)

// countryClass is the kind of a capitalised word that names a country
// ("country") or a nationality ("demonym"), or "": two countries in one
// frame place one fact in two countries ("the one-year anniversary of
// Russia's invasion of Ukraine" / "... of Russia's invasion of Syria").
// Other names in one frame are no slot (slotKind): most were one name
// written two ways or a place and the larger place it lies in, which two
// countries or two nationalities are not.
func countryClass(t subToken) string {
	if !t.Cap || t.k == 0 {
		return ""
	}
	switch {
	case countryNames.Has(t.Text):
		return "country"
	case demonymNames.Has(t.Text):
		return "demonym"
	}
	return ""
}

// listedCountry reports whether the country at x[k] is a member of a list
// ("Saudi Arabia, Egypt, Italy and France"): after a punctuation mark (a
// comma), "and" or "or", or before "and" or "or". Two lists of countries
// name several places, each its own ("Egypt, Taiwan and Pakistan are
// severely affected", ECB 30ecb), not one place two ways.
func listedCountry(x []subToken, k int) bool {
	joins := func(i int) bool { return i >= 0 && i < len(x) && (x[i].Lower == "and" || x[i].Lower == "or") }
	punct := k > 0 && x[k-1].k < x[k].k-1
	return punct || joins(k-1) || joins(k+1)
}

// countryPair reports whether the names x[k] and y[j] of one frame are two
// countries, or two nationalities, of different countries, neither of them
// in a list: the one kind of name slot slotKind reads as a difference.
func countryPair(x []subToken, k int, y []subToken, j int) bool {
	c := countryClass(x[k])
	return c != "" && c == countryClass(y[j]) && !sameCountry(x[k], y[j]) && !listedCountry(x, k) && !listedCountry(y, j)
}

// sameCountry reports whether two country names or two demonyms are
// one country's ("U.S." / "United States").
func sameCountry(a, b subToken) bool {
	canon := func(t subToken) string {
		set := countryNames
		if demonymNames.Has(t.Text) {
			set = demonymNames
		}
		if v, ok := set.Value(t.Text); ok && v != "" {
			return v
		}
		return t.Text
	}
	return canon(a) == canon(b)
}
