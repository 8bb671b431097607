package summarize

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A prop is one predicate of a sentence with its arguments as keys: the
// actor before it, the undergoer and the rest of its clause after it. The
// predicate and its arguments come from the shared proposition model
// (text.Annotation): "Kim Jong Un courteously invited Putin to visit the
// DPRK" gives the predicate invite, before {kim, jong, un}, after {putin,
// ~visit, dprk}.
type prop struct {
	pred          string
	before, after []string
}

// props are a sentence's content words as keys in order, with its main
// proposition read from the annotation. Any content word of another
// sentence that is a verb or a common noun can match a predicate, since a
// sentence restates a proposition in a noun as well ("accepted Kim's
// invitation to visit" restates "Kim invited Putin to visit").
type props struct {
	keys []string
	pred []bool // keys[q] may be a predicate: a verb or a common noun
	main *prop  // the first finite proposition that is not a report of speech, with arguments on both sides
}

// at is the proposition a word of the sentence would make as a predicate:
// the content words around it.
func (ps *props) at(q int) prop {
	return prop{pred: ps.keys[q], before: ps.keys[max(0, q-propWindow):q], after: ps.keys[q+1 : min(len(ps.keys), q+1+propWindow)]}
}

// propWindow is how many content words on each side of a noun predicate
// count as its arguments: a name of three words, a title and an adverb.
const propWindow = 5

// propKey is how a word is compared between sentences: numbers by value,
// words by synonym class, else by the stem of their lemma ("invited" and
// "invitation" meet).
func propKey(t text.Token, lemma string) string {
	if v, ok := align.ParseNumber(t.Lower); ok {
		return "#" + align.FormatNumber(v)
	}
	if s := align.Synonym(t.Lower); s != "" {
		return s
	}
	if s := align.Synonym(lemma); s != "" {
		return s
	}
	if lemma == t.Lower && t.Kind == text.Word {
		// text.Analyze stemmed the word already (Token.Stem is
		// text.Stem(Lower) for a word): no look-up in the stem cache.
		return t.Stem
	}
	return text.Stem(lemma)
}

// argument reports whether token i can be an argument of a proposition: a
// content word or a number that is not a verb of speech.
func argument(a *text.Annotation, t text.Token, i int) bool {
	if t.Kind == text.Punct || t.Stop || len(t.Lower) < 2 {
		return false
	}
	return !(a.Verb(i) && english.SpeechVerbs.Has(a.Words[i].Lemma))
}

// propositions reads sentence si of doc: its content words as keys, and
// its main proposition. A main proposition without an argument on each side
// does not count: it says too little to make two sentences one.
func propositions(doc *text.Doc, si int) props {
	a := doc.Annotation()
	s := doc.Sentences[si]
	ps := props{keys: make([]string, 0, s.TokEnd-s.TokStart), pred: make([]bool, 0, s.TokEnd-s.TokStart)}
	// key[i-s.TokStart] is token i's index in keys, or -1.
	key := make([]int, s.TokEnd-s.TokStart)
	keyOf := func(i int) (int, bool) {
		if i < s.TokStart || i >= s.TokEnd || key[i-s.TokStart] < 0 {
			return 0, false
		}
		return key[i-s.TokStart], true
	}
	for i := s.TokStart; i < s.TokEnd; i++ {
		t := doc.Tokens[i]
		key[i-s.TokStart] = -1
		if !argument(a, t, i) {
			continue
		}
		key[i-s.TokStart] = len(ps.keys)
		ps.keys = append(ps.keys, propKey(t, a.Words[i].Lemma))
		ps.pred = append(ps.pred, a.Verb(i) || (a.Noun(i) && !a.Proper(i)))
	}
	keysIn := func(sp text.TokenSpan, limit int) []string {
		if sp.Empty() {
			return nil
		}
		var out []string
		for i := sp.Start; i < sp.End; i++ {
			if k, ok := keyOf(i); ok {
				out = append(out, ps.keys[k])
			}
		}
		if len(out) > limit {
			out = out[len(out)-limit:]
		}
		return out
	}
	for k := range a.Props {
		p := &a.Props[k]
		if p.Sentence != si || !p.Finite || p.Speech() || english.Auxiliaries.Has(p.Lemma) {
			continue
		}
		q, ok := keyOf(p.Verb)
		if !ok {
			continue
		}
		// Before the verb: its actor as the annotation reads it (the
		// subject, or a passive's agent). After it: the undergoer and what
		// follows, as a window, since the object's clause goes on into
		// infinitives ("invited Putin to visit the DPRK").
		actor, _ := p.Actor()
		m := ps.at(q)
		if before := keysIn(actor, propWindow); len(before) > 0 {
			m.before = before
		}
		if len(m.before) == 0 || len(m.after) == 0 {
			continue
		}
		ps.main = &m
		break
	}
	return ps
}

func sharesAny(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// restates reports whether a's main proposition is among b's: the same
// predicate, as a verb or a noun, with a shared word on each side ("Kim ...
// invited Putin" in both).
func restates(a, b *props) bool {
	if a.main == nil {
		return false
	}
	m := a.main
	for q, k := range b.keys {
		if k != m.pred || !b.pred[q] {
			continue
		}
		if o := b.at(q); sharesAny(m.before, o.before) && sharesAny(m.after, o.after) {
			return true
		}
	}
	return false
}
