package entity

import (
	"slices"
	"strings"
	"unicode"

	unorm "golang.org/x/text/unicode/norm"

	"github.com/crosscheck/crosscheck/internal/news"
)

// PersonMention is one mention of a person by name, as a report writes it.
type PersonMention struct {
	// Person identifies the person across the story: mentions the
	// resolver merged share it.
	Person int
	// Name is the person's name as the story's entity table gives it.
	Name       string
	Doc        int
	Start, End int      // bytes of the name in the report's text
	Words      []string // the name's words as written, possessive dropped
}

// PersonMentions lists the mentions by name of the story's persons (not
// the "the president" references a title resolves), in the order of the
// reports and of their texts. The compare stage reads in them how each
// report spells a name the resolver merged across spellings.
func (r *Resolver) PersonMentions() []PersonMention {
	var out []PersonMention
	for di, idx := range r.byDoc {
		for _, i := range idx {
			m := &r.ms[i]
			if m.descriptor >= 0 {
				continue
			}
			o := r.roots[r.find(i)]
			if o == nil || o.typ != news.EntityPerson {
				continue
			}
			out = append(out, PersonMention{Person: o.id, Name: o.name, Doc: di, Start: m.start, End: m.end, Words: slices.Clone(m.words)})
		}
	}
	return out
}

// SpellingKey is the form under which two spellings of a name's word are
// one: lower case, possessive, hyphens, apostrophes, dots and diacritics
// dropped ("Córdova" is "Cordova"), and the romanisation variants that
// the resolver takes for one name mapped together ("Sergei" is "Sergey").
func SpellingKey(word string) string {
	var b strings.Builder
	for _, r := range unorm.NFD.String(foldKey(word)) {
		if unicode.Is(unicode.Mn, r) || r == ' ' || r == '\'' || r == '’' {
			continue
		}
		b.WriteRune(r)
	}
	return translit(b.String())
}
