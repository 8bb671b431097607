package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Slots of a person's name whose spelling is compared.
const (
	givenSlot = iota
	surnameSlot
)

// minSpelled is the shortest word (in runes, folded) whose spelling is
// compared: the resolver merges two spellings of a word of four runes only
// when one writes a letter of the other twice ("Melody Amil" / "Melody
// Amill", entity.similarWord), and a shorter last word is a suffix ("Jr",
// "III").
const minSpelled = 4

// spellings finds a person's name that independent reports spell
// differently: the resolver took "Jon Holzwarth" and "Jon Holzworth" for
// one person (one edit apart in a long surname, the same given name), and
// the reader is told that the reports write the name two ways, with the
// reports on each side.
//
// What is no disagreement stays out: words equal up to case, diacritics,
// possessive, hyphens and the romanisation variants the resolver maps
// together (entity.SpellingKey); a middle name or initial one report adds
// (only the given name and the surname are compared); a nickname or an
// alias (its words are more than one edit from the name's); a report that
// writes both spellings counts for the one it writes more often, and for
// neither on a tie; copies of one report that spell it both ways leave the
// comparison. A difference an earlier finder lists already is not
// repeated.
func (cp *comparer) spellings(earlier []news.Conflict) []news.Conflict {
	if cp.ents == nil {
		cp.ents = entity.Resolve(cp.c)
	}
	// slotKey -> key -> mentions; persons in order of first mention.
	type slotKey struct{ person, slot int }
	bySlot := map[slotKey]map[string][]spot{}
	var order []slotKey
	add := func(sk slotKey, word string, m entity.PersonMention) {
		k := entity.SpellingKey(word)
		if utf8.RuneCountInString(k) < minSpelled || !spelledName(word) {
			return
		}
		if bySlot[sk] == nil {
			bySlot[sk] = map[string][]spot{}
			order = append(order, sk)
		}
		bySlot[sk][k] = append(bySlot[sk][k], spot{m, word})
	}
	lower := cp.lowerWords()
	var single []entity.PersonMention
	for _, m := range cp.ents.PersonMentions() {
		m.Words = nameWords(m.Words)
		if len(m.Words) == 0 || commonWords(m.Words, lower) {
			continue
		}
		if len(m.Words) < 2 {
			single = append(single, m)
			continue
		}
		add(slotKey{m.Person, givenSlot}, m.Words[0], m)
		add(slotKey{m.Person, surnameSlot}, m.Words[len(m.Words)-1], m)
	}
	// A surname written alone ("Holzworth told them") counts for the
	// spelling it has among the person's full names.
	for _, m := range single {
		sk := slotKey{m.Person, surnameSlot}
		if _, ok := bySlot[sk][entity.SpellingKey(m.Words[0])]; ok {
			add(sk, m.Words[0], m)
		}
	}
	var out []news.Conflict
	seen := map[string]bool{}
	// A person's given name and surname spelled differently by the same
	// reports are one difference ("Heidar Alishvandi" / "Heydar
	// Alishbandi"): the partition of its reports, its place in out and
	// the words of each side.
	type listedSlot struct {
		person    int
		partition string
		at        int
		words     []string
	}
	var listed []listedSlot
	for _, sk := range order {
		spelled := bySlot[sk]
		if len(spelled) < 2 {
			continue
		}
		sides := cp.spellingSides(spelled)
		if len(sides) < 2 {
			continue
		}
		keys := make([]string, 0, len(sides))
		for k := range sides {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		pair := strings.Join(keys, " ")
		if seen[pair] {
			continue
		}
		// The most reports first.
		slices.SortStableFunc(keys, func(a, b string) int { return len(sides[b]) - len(sides[a]) })
		var words, parts []string
		for _, k := range keys {
			words = append(words, spelled[k][0].word)
			parts = append(parts, fmt.Sprint(sides[k]))
		}
		if !oneEditApart(keys, words, sk.slot) {
			continue
		}
		seen[pair] = true
		if listedName(earlier, words) {
			continue
		}
		partition := strings.Join(parts, " ")
		if i := slices.IndexFunc(listed, func(l listedSlot) bool { return l.person == sk.person && l.partition == partition }); i >= 0 {
			l := &listed[i]
			for j := range l.words {
				l.words[j] += " " + words[j]
			}
			out[l.at].Topic = spelledTopic(l.words)
			continue
		}
		listed = append(listed, listedSlot{sk.person, partition, len(out), words})
		cf := news.Conflict{Kind: news.ConflictName, Topic: spelledTopic(words)}
		for _, k := range keys {
			var refs []align.SentRef
			for _, d := range sides[k] {
				for _, s := range spelled[k] {
					if s.m.Doc != d {
						continue
					}
					if in := cp.c.Docs[d].SentencesIn(s.m.Start, s.m.End); len(in) > 0 {
						refs = append(refs, align.SentRef{Doc: d, Sent: in[0]})
						break
					}
				}
			}
			cf.Sides = append(cf.Sides, cp.side(refs, fullSpelling(spelled[k])))
		}
		out = append(out, cf)
	}
	return out
}

// spelledTopic names a spelling difference by its spellings.
func spelledTopic(words []string) string {
	return "spelled " + strings.Join(words, " / ")
}

// spot is one word of a person's name as a report writes it.
type spot struct {
	m    entity.PersonMention
	word string
}

// spellingSides returns, for each spelling of a name's word, the reports
// that write it: a report that writes two counts for the one it writes
// more often (neither on a tie), and a copy group whose reports spell it
// differently counts for neither.
func (cp *comparer) spellingSides(spelled map[string][]spot) map[string][]int {
	count := map[int]map[string]int{}
	for k, ss := range spelled {
		for _, s := range ss {
			if count[s.m.Doc] == nil {
				count[s.m.Doc] = map[string]int{}
			}
			count[s.m.Doc][k]++
		}
	}
	of := map[int]string{} // doc -> its spelling
	for d, c := range count {
		best, n, tie := "", 0, false
		for k, v := range c {
			switch {
			case v > n:
				best, n, tie = k, v, false
			case v == n:
				tie = true
			}
		}
		if !tie {
			of[d] = best
		}
	}
	// A copy group spelling the word two ways leaves the comparison.
	group := map[int]string{}
	split := map[int]bool{}
	for d, k := range of {
		g := cp.c.Group[d]
		if o, ok := group[g]; ok && o != k {
			split[g] = true
		}
		group[g] = k
	}
	sides := map[string][]int{}
	for d, k := range of {
		if !split[cp.c.Group[d]] {
			sides[k] = append(sides[k], d)
		}
	}
	for _, ds := range sides {
		slices.Sort(ds)
	}
	return sides
}

// oneEditApart reports spellings each one edit from another (keys, as
// entity.SpellingKey folds them): the resolver's own bound
// (entity.similarWord), so that a nickname or an alias the text ties to
// the name is no spelling of it. Three spellings may chain ("Shahzad",
// "Shehzad", "Shezhad"), as the resolver joins them. A letter added at the
// end of the word as written is a short form of a given name ("Steve",
// "Steven"; "Daniel", "Daniele" are two names) and a final "s" a plural
// ("Tony Award", "Tony Awards"), not a spelling.
func oneEditApart(keys, words []string, slot int) bool {
	for i, k := range keys {
		near := false
		for j, o := range keys {
			if i == j || text.EditDistance(k, o) != 1 {
				continue
			}
			near = true
			a, b := strings.ToLower(words[i]), strings.ToLower(words[j])
			if len(a) > len(b) {
				a, b = b, a
			}
			if len(b) == len(a)+1 && strings.HasPrefix(b, a) && (slot == givenSlot || strings.HasSuffix(b, "s")) {
				return false
			}
		}
		if !near {
			return false
		}
	}
	return true
}

// nameWords are the words of a name up to its first lower-case word: "King"
// ends "Adeline King of Blytheville".
func nameWords(words []string) []string {
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return words[:i]
		}
	}
	return words
}

// commonWords reports a name with a word the story also writes in lower
// case, as a word of the language, or that a title ends: "Fire Marshal",
// "Polk County Sheriff", "Oscars Host" are an office or a thing, not a
// person's name.
func commonWords(words []string, lower map[string]bool) bool {
	if entity.IsTitle(words[len(words)-1]) {
		return true
	}
	for _, w := range words {
		l := strings.ToLower(w)
		if lower[l] || lower[strings.TrimSuffix(l, "s")] {
			return true
		}
	}
	return false
}

// spelledName reports a word written as a name: a capital, then letters,
// hyphens, apostrophes.
func spelledName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// fullSpelling is the name of a side: the full name its reports write
// most often with that spelling ("Jon Holzworth"), else the word alone.
func fullSpelling(ss []spot) string {
	n := map[string]int{}
	best, most := ss[0].word, 0
	for _, s := range ss {
		if len(s.m.Words) < 2 {
			continue
		}
		name := strings.Join(s.m.Words, " ")
		n[name]++
		if n[name] > most {
			best, most = name, n[name]
		}
	}
	return best
}

// listedName reports a name difference listed already between the
// spellings.
func listedName(earlier []news.Conflict, words []string) bool {
	for _, c := range earlier {
		if c.Kind != news.ConflictName && c.Kind != news.ConflictSpeaker {
			continue
		}
		hit := 0
		for _, w := range words {
			for _, s := range c.Sides {
				if strings.Contains(strings.ToLower(s.Value), strings.ToLower(w)) {
					hit++
					break
				}
			}
		}
		if hit == len(words) {
			return true
		}
	}
	return false
}
