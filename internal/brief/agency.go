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

// openerEnd is the length of what opens a report's first sentence before
// its news: a dateline (text.DatelineEnd) or what the splitter left of one.
func openerEnd(s string) int {
	if n := text.DatelineEnd(s); n > 0 {
		return n
	}
	return agencyTagEnd(s)
}
