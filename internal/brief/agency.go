package brief

import (
	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/text"
)

// agencyTag is what is left of a dateline when the sentence splitter cut
// it after an abbreviated state ("KANSAS CITY, Mo. | (AP) — A Kansas City
// man has been charged ..."): the agency or station in parentheses and a
// dash, before a sentence that starts with a capital.
var agencyTag = lazyre.New(`^(\(\p{Lu}[\p{L}\d/ .-]{0,20}\)\s*[—–-]+\s*)\p{Lu}`)

// agencyTagEnd returns the length of the agency tag that opens s (0 when
// none): the wording shown starts after it, as after a dateline.
func agencyTagEnd(s string) int {
	loc := agencyTag.FindStringSubmatchIndex(s)
	if loc == nil {
		return 0
	}
	return loc[3]
}

// photoButton is the "Buy Photo" button that the sites of the Gannett
// network print around a photo caption, run into the next sentence when
// the page is read as text ("Buy Photo Authorities say about 100 antique
// silver coins ..."): page furniture (align's boilerplate), left out of the
// wording shown.
var photoButton = lazyre.New(`^((?:Buy Photo\s+)+)\p{Lu}`)

// openerEnd is the length of what opens a sentence before its news: a
// dateline (text.DatelineEnd), what the splitter left of one, or a photo
// button.
func openerEnd(s string) int {
	if n := text.DatelineEnd(s); n > 0 {
		return n
	}
	if loc := photoButton.FindStringSubmatchIndex(s); loc != nil {
		return loc[3]
	}
	return agencyTagEnd(s)
}
