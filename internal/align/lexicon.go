package align

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Multipliers are the number words that scale the number before them.
var multipliers = map[string]float64{
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1000, "tn": 1e12,
}

// scaleSuffixes are the multipliers written after digits ("4.5bn"), the
// longest first, in a fixed order (a map's order would vary).
var scaleSuffixes = []string{"trillion", "thousand", "million", "billion", "hundred", "mn", "bn", "tn", "m", "b", "k"}

// ParseNumber reads one lower-case token as a number: digits with thousands
// commas or a decimal point ("1,000", "4.5"), a number word ("five"), a
// compound number word ("twenty-five") or digits with a scale suffix ("4.5bn").
func ParseNumber(lower string) (float64, bool) {
	if lower == "" {
		return 0, false
	}
	// Number words ("five", "dozen", "million") are the shared list.
	if v, ok := english.NumberWords.Float(lower); ok {
		return v, true
	}
	if tens, ones, ok := strings.Cut(lower, "-"); ok {
		t, ok1 := english.NumberWords.Float(tens)
		o, ok2 := english.NumberWords.Float(ones)
		if ok1 && ok2 && t >= 20 && t < 100 && o < 10 {
			return t + o, true
		}
		return 0, false
	}
	if lower[0] < '0' || lower[0] > '9' {
		return 0, false // most tokens: a word, decided before any work
	}
	s := strings.ReplaceAll(lower, ",", "")
	scale := 1.0
	for _, suf := range scaleSuffixes {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) && s[len(s)-len(suf)-1] >= '0' && s[len(s)-len(suf)-1] <= '9' {
			s, scale = s[:len(s)-len(suf)], multipliers[suf]
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v * scale, true
}

// FormatNumber writes a number as a reader would: no trailing zeros, no
// exponent.
func FormatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// synonymClasses maps words that news reports use interchangeably for one
// thing to one class name. It is a small, hand-checked stand-in for WordNet
// synsets (see docs/claims.md for why WordNet itself was not worth its
// weight): it holds only words whose news sense is nearly always the same
// and that reporters swap freely between outlets.
var synonymClasses = map[string][]string{
	"meet":     {"meet", "met", "meeting", "meetings", "talks", "summit", "summits", "sit-down"},
	"kill":     {"kill", "killed", "killing", "killings", "dead", "die", "died", "dies", "death", "deaths", "fatalities", "fatality", "lives"},
	"injure":   {"injure", "injured", "injuries", "injury", "wounded", "wounding", "hurt"},
	"arms":     {"arms", "weapon", "weapons", "weaponry", "munitions", "armaments"},
	"ammo":     {"ammunition", "ammunitions", "shells", "artillery"},
	"invite":   {"invite", "invited", "invites", "inviting", "invitation", "invitations"},
	"accept":   {"accept", "accepted", "accepts", "accepting", "acceptance"},
	"visit":    {"visit", "visited", "visits", "visiting", "trip", "tour", "toured", "touring"},
	"say":      {"announce", "announced", "announcement", "stated", "declared"},
	"arrest":   {"arrest", "arrested", "arrests", "detained", "detain", "custody"},
	"fire":     {"fired", "launched"},
	"missile":  {"missile", "missiles"},
	"quake":    {"earthquake", "quake", "tremor"},
	"buy":      {"buy", "bought", "purchase", "purchased", "acquire", "acquired", "acquisition"},
	"resign":   {"resign", "resigned", "resignation", "quit", "stepped"},
	"elect":    {"elected", "election", "vote", "voted", "ballot", "poll", "polls"},
	"agree":    {"agree", "agreed", "agreement", "deal", "accord", "pact"},
	"cooperat": {"cooperation", "collaboration", "cooperate", "collaborate", "partnership"},
	"militari": {"military", "defence", "defense", "army", "armed"},
	"sanction": {"sanction", "sanctions", "penalties"},
	"violate":  {"violate", "violated", "violating", "violation", "breach", "breached", "breaching", "breaches", "contravene", "contravened", "contravening"},
	"war":      {"war", "conflict", "fighting", "invasion"},
	"start":    {"began", "begin", "begins", "started", "start", "opened"},
	"end":      {"ended", "end", "wrapped", "concluded", "finished"},

	"marry": {"married", "marry", "marries", "wed", "wedding", "marriage"},

	"country": {"country", "countries", "nation", "nations"},
}

var synonymOf = func() map[string]string {
	m := map[string]string{}
	for class, words := range synonymClasses {
		for _, w := range words {
			m[w] = "~" + class
		}
	}
	return m
}()

// Synonym returns the synonym class of a lower-case word ("~meet" for
// "talks"), or "" when it has none. A regular plural takes its singular's
// class ("deals" as "deal"), so the lexicon need not list every plural.
func Synonym(lower string) string {
	if s, ok := synonymOf[lower]; ok {
		return s
	}
	if n := len(lower); n > 3 && lower[n-1] == 's' && lower[n-2] != 's' {
		return synonymOf[lower[:n-1]]
	}
	return ""
}

// commonWords are words frequent in any news text, whatever the story: the
// background notion of rarity. A story-level IDF cannot see that "week" or
// "official" is common in general; these get a fraction of their weight.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`year years time times day days week weeks month months people
		new first last next earlier later today yesterday tomorrow report reported reports reporting
		official officials government statement news agency media told saying added according
		percent number part place way world thing things made make makes making take took taken
		give gave given get got come came go went going know known see seen want wanted
		use used work working call called ask asked show showed shown lot many much more most
		some other another several each every both such own same different good great big
		high long little large small old young early late local national international public
		including include includes includ also still even just only already around about
		would could should may might must can will shall did does done being been having
		mr mrs ms dr sir say says said tell tells`) {
		m[w] = true
		m[text.Stem(w)] = true
	}
	return m
}()

// backgroundWeight is the weight a term gets from general rarity: common news
// words count for less than words specific to a story.
func backgroundWeight(term string) float64 {
	if commonWords[term] {
		return 0.35
	}
	return 1
}
