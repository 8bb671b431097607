package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// RoleName is a person named with a role: "Defence Minister Sergei Shoigu",
// "Peskov, the Kremlin spokesman".
type RoleName struct {
	Role       []string // stems of the title, modifiers included ("russian", "defenc", "minist")
	Head       string   // the role noun ("minist")
	Name       string
	Start, End int
}

// roleHeads are nouns of roles that one person holds at a time in a given
// organisation, so two different names for one of them is a difference.
var roleHeads = english.List("compare/role-heads")

// roleModifiers are the lower-case words that belong to a title
// ("foreign minister", "deputy director").
var roleModifiers = english.List("compare/role-modifiers")

// RoleNames finds the people a sentence names together with their role: a
// title before a name, or a name followed by ", the <title> of ...".
func RoleNames(doc *text.Doc, s int) []RoleName {
	toks := doc.SentenceTokens(s)
	var out []RoleName
	for k := 0; k < len(toks); k++ {
		if !roleHeads.Has(toks[k].Lower) {
			continue
		}
		// The name right after the title: 1-3 capitalised words.
		j := k + 1
		for j < len(toks) && j < k+4 && toks[j].Kind == text.Word && toks[j].Cap && !roleHeads.Has(toks[j].Lower) {
			j++
		}
		if j > k+1 {
			var title []string
			b := k
			for b > 0 && k-b < 4 && toks[b-1].Kind == text.Word && (toks[b-1].Cap || roleModifiers.Has(toks[b-1].Lower)) {
				b--
			}
			for _, t := range toks[b : k+1] {
				title = append(title, text.Stem(t.Lower))
			}
			name := strings.TrimSuffix(strings.TrimSuffix(joinText(toks[k+1:j]), "'s"), "’s")
			out = append(out, RoleName{Role: title, Head: text.Stem(toks[k].Lower), Name: name, Start: toks[b].Start, End: toks[j-1].End})
			continue
		}
	}
	return out
}

func joinText(toks []text.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

// SameRole reports whether two titles name one role: one's words are all
// in the other ("defence minister" and "Russian defence minister").
func SameRole(a, b RoleName) bool {
	if a.Head != b.Head {
		return false
	}
	sub := func(x, y []string) bool {
		for _, w := range x {
			if !slices.Contains(y, w) {
				return false
			}
		}
		return true
	}
	return sub(a.Role, b.Role) || sub(b.Role, a.Role)
}

// SamePerson reports whether two names can be one person: one contains the
// other's surname, or the surnames differ only in transliteration
// ("Sergei"/"Sergey", "Peskov"/"Peskow").
func SamePerson(a, b string) bool {
	fa, fb := noInitials(a), noInitials(b)
	if len(fa) <= 1 || len(fb) <= 1 {
		// One word against a full name: the same person when it is in it,
		// and, when it is not, too little to call a difference on.
		return true
	}
	la, lb := fa[len(fa)-1], fb[len(fb)-1]
	if la == lb || slices.Contains(fb, la) || slices.Contains(fa, lb) {
		return true
	}
	return la[0] == lb[0] && text.EditDistance(la, lb) <= 2 && min(len(la), len(lb)) >= 5
}

// noInitials splits a name into lower-case words without initials ("James
// G. Bodiford": james, bodiford).
func noInitials(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, "."); len([]rune(w)) > 1 {
			out = append(out, w)
		}
	}
	return out
}
