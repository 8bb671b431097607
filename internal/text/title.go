package text

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// siteTailWords name a site in the tail of a page's title.
var siteTailWords = english.List("text/site-tail-words")

// titleSeparators stand between a headline and the site's name in a
// page's title.
var titleSeparators = []string{" - ", " | ", " – ", " — ", " : ", " :: ", " · "}

// TrimSiteTail drops from a headline the name of the site that a page's
// title adds behind a separator: "Man arrested after son finds gun -
// KSLA News 12 Shreveport, Louisiana News Weather & Sports" is "Man
// arrested after son finds gun". A part is the site's when it holds the
// first label of the host's domain ("KSLA" of ksla.com) or a word that
// sites name themselves by (news, weather, TV: text/site-tail-words).
// Short parts of four words at most beside it go with it: the town, the
// network, the station ("- CBS 5 - KPHO", "- wistv.com - Columbia, South
// Carolina"). The headline, the first part, always stays.
//
// The clusterer reads headlines with a cut of its own (cluster.Headline:
// any short trailing part), tuned on its data sets: a part of a headline
// lost there costs a little similarity, while this title is shown to
// readers, so it cuts only what names the site.
func TrimSiteTail(title, host string) string {
	stem := hostStem(host)
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(title), "-|–—:· "))
	cuts := separatorsIn(t)
	keep := len(t)
	end := len(t)
	for i := len(cuts) - 1; i >= 0; i-- {
		part := t[cuts[i]:end]
		switch {
		case siteTail(part, stem):
			keep = cuts[i]
		case len(strings.Fields(strings.TrimLeft(part, "-|–—:· "))) > 4:
			return strings.TrimSpace(t[:keep])
		case keep < len(t):
			keep = cuts[i] // a short part before the site's
		}
		end = cuts[i]
	}
	return strings.TrimSpace(t[:keep])
}

// separatorsIn gives the offsets of the separators in a title, in order;
// none at its start.
func separatorsIn(t string) []int {
	var cuts []int
	for i := 1; i < len(t); i++ {
		for _, sep := range titleSeparators {
			if strings.HasPrefix(t[i:], sep) {
				cuts = append(cuts, i)
				break
			}
		}
	}
	return cuts
}

// siteTail reports whether a title's tail names its site.
func siteTail(tail, stem string) bool {
	words := strings.FieldsFunc(strings.ToLower(tail), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for _, w := range words {
		if siteTailWords.Has(w) {
			return true
		}
	}
	// The site's name may be written in words ("NBC Right Now" of
	// nbcrightnow.com).
	return stem != "" && strings.Contains(strings.Join(words, ""), stem)
}

// hostStem is the label of a host's domain before its public suffix,
// lower case: "ksla" of "www.ksla.com", "kmov" of "kmov.com"; "" when it
// is shorter than three letters, too short to tell a site by.
func hostStem(host string) string {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	stem := labels[len(labels)-2]
	if len(labels) >= 3 && len(stem) <= 3 && len(labels[len(labels)-1]) == 2 {
		stem = labels[len(labels)-3] // "bbc" of news.bbc.co.uk
	}
	if len(stem) < 3 {
		return ""
	}
	return stem
}
