package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// commonAcronyms are initialisms that are common nouns ("a white SUV", "a
// BB gun"): alone, one names no entity.
var commonAcronyms = english.List("entity/common-acronyms")

// zoneAbbrevs are the abbreviations of time zones ("CDT", "EST").
var zoneAbbrevs = english.List("timex/zone-abbrev")

// noName reports a run of capitalised words [i, j) of a sentence, with the
// words of its name, that names nobody though it is capitalised: a role
// without a name (roleOnly, officeOnly), an
// initialism that is a common noun ("SUV"), a clock time's "AM CDT", a
// count of people by their origin ("Three Hispanic males"), English
// words in capitals ("FOR IMMEDIATE RELEASE"), a heading of common words on
// a line of its own ("Incident Update") and the controls of a photo
// gallery after its frame counter ("Image 1 of / 12 Caption Close").
func noName(d *text.Doc, toks []text.Token, i, j int, words []string) bool {
	// "Comeaux, Jr.": the suffix after the comma is the name's, and no
	// name alone.
	if len(words) == 1 && hasLower(nameSuffixes, words[0]) {
		return true
	}
	// A letter alone names nobody: a compass point before a street ("the
	// 500 block of N. 7th Ave."), an initial whose name the line broke.
	if len(words) == 1 && utf8.RuneCountInString(strings.TrimSuffix(words[0], ".")) == 1 {
		return true
	}
	if roleOnly(words) || officeOnly(words) || countyOffice(words) && !strings.HasSuffix(text.FoldQuotes(toks[j-1].Text), "'s") {
		return true
	}
	if knownWords(words) {
		return false
	}
	if clockOrCommon(words) || countOfPeople(words) || listOfNames(words) {
		return true
	}
	// Only a name that nothing but its capitals would make a person's: a
	// word of an organisation, a place or a facility names something
	// ("Houston Police Department" on a line of a press release).
	if len(words) < 2 || !allEnglish(words) || classify(mention{words: words}).typ != news.EntityPerson {
		return false
	}
	if allCaps(words) {
		return true
	}
	t := d.Article.Text
	endsLine := lineEndAfter(t, toks[j-1].End)
	return endsLine && (lineStartBefore(t, toks[i].Start) || countOpensLine(t, toks[i].Start) || text.CounterBefore(t, toks[i].Start))
}

// countOpensLine reports a figure alone between the start of its line and
// off: a page's counter before the words it counts ("0 Pending Comments",
// "12 Photos"), not a sentence.
func countOpensLine(t string, off int) bool {
	k := strings.LastIndexByte(t[:off], '\n')
	s := strings.TrimSpace(t[k+1 : off])
	return s != "" && strings.Trim(s, "0123456789,") == ""
}

// officeOnly reports an acronym or a word of an organisation and titles
// after it with no name ("SDPD Chief", "Police Chief"), perhaps in a
// headline with its verb ("SDPD Officer Killed"): an office, not someone,
// and no second name of the organisation.
func officeOnly(words []string) bool {
	if len(words) < 2 || !isAcronym(words[:1]) && !orgWords.Has(strings.ToLower(words[0])) {
		return false
	}
	k := 1
	for k < len(words) && titles.Has(strings.ToLower(strings.TrimSuffix(words[k], "."))) {
		k++
	}
	if k == 1 {
		return false
	}
	for _, w := range words[k:] {
		l := strings.ToLower(w)
		if v := english.VerbLemma(l); v == l || !english.IsVerb(v) {
			return false
		}
	}
	return true
}

// countyOffice reports a place's name and titles after it with no name
// ("Smith County Sheriff", "Harris County District Attorney"): the office
// of that county or city, whoever holds it ("said Smith County Sheriff,
// Larry Smith"). Before a possessive it opens the office's own name
// ("the Troup County Sheriff's Office"), and stays.
func countyOffice(words []string) bool {
	k := len(words)
	for k > 0 && titles.Has(strings.ToLower(strings.TrimSuffix(words[k-1], "."))) {
		k--
	}
	return k >= 2 && k < len(words) && placeWords.Has(strings.ToLower(words[k-1]))
}

// clockOrCommon reports a common initialism alone ("SUV"), or words that
// are each "AM", "PM", a time zone's abbreviation or a common initialism
// ("AM CDT", "PM ET"). A lone "PM" or "GMT" stays a mention: ECB+ marks
// it inside a time, and dropping it lost five of its times.
func clockOrCommon(words []string) bool {
	if len(words) == 1 {
		return commonAcronyms.Has(strings.ToLower(words[0]))
	}
	for _, w := range words {
		l := strings.ToLower(strings.TrimSuffix(w, "."))
		if l != "am" && l != "pm" && !commonAcronyms.Has(l) && !zoneAbbrevs.Has(l) {
			return false
		}
	}
	return true
}

// countOfPeople reports a number word and adjectives ("Three Hispanic",
// "Two Black"): a count of people described, capitalised to open a
// sentence. A name with a noun after the number ("Four Seasons", "Three
// Rivers") is not one.
func countOfPeople(words []string) bool {
	if _, ok := english.Number(strings.ToLower(words[0])); !ok || len(words) < 2 {
		return false
	}
	for _, w := range words[1:] {
		l := strings.ToLower(w)
		if _, dem := lookupFold(demonyms(), w); !dem && !english.IsAdjective(l) {
			return false
		}
	}
	return true
}

// allEnglish reports words that are each an English noun, adjective or
// verb of WordNet in some form.
func allEnglish(words []string) bool {
	for _, w := range words {
		if !english.IsWord(strings.ToLower(strings.TrimSuffix(w, "."))) {
			return false
		}
	}
	return true
}

// allCaps reports words written in capitals, each of two letters or more.
func allCaps(words []string) bool {
	for _, w := range words {
		if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			return false
		}
	}
	return true
}

// lineStartBefore reports that only spaces stand between the start of a
// line (or of the text) and off.
func lineStartBefore(t string, off int) bool {
	k := strings.LastIndexByte(t[:off], '\n')
	return strings.TrimSpace(t[k+1:off]) == ""
}

// lineEndAfter reports that only spaces, or a colon, stand between off and
// the end of its line (or of the text).
func lineEndAfter(t string, off int) bool {
	rest := t[off:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return strings.Trim(rest, " \t\r:") == ""
}

// listOfNames reports a run that holds two or more names of the gazetteer
// one after the other with nothing between them: a page's menu glued into
// its text ("All Countries Australia Bahamas", "All States Alaska Alabama
// Arkansas ..."), which is a list, not one name. Each name is the longest
// known run of words from where the last one ended.
func listOfNames(words []string) bool {
	if len(words) < 3 {
		return false
	}
	found := 0
	for i := 0; i < len(words); {
		n := 0
		for j := min(len(words), i+5); j > i; j-- {
			if knownWords(words[i:j]) {
				n = j - i
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		if found++; found >= 2 {
			return true
		}
		i += n
	}
	return false
}
