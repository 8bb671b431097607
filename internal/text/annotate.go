package text

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jdkato/prose/v3/tag"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Annotation is the one reading of a document's English that every stage
// shares: each token's part of speech and lemma, the noun phrases, and the
// propositions (verbs with their subjects, objects, polarity and modality).
// Indices are token indices into Doc.Tokens; byte offsets come from the
// tokens, so every finding still points at the exact bytes of the article.
//
// A document is annotated once, on the first call of Doc.Annotation, and
// the result is shared by every stage that asks; a document that no stage
// asks about costs nothing.
type Annotation struct {
	// Words[i] is the reading of Doc.Tokens[i].
	Words []Reading
	// Phrases are the noun phrases in text order.
	Phrases []Phrase
	// Props are the propositions in text order, one per verb group.
	Props []Proposition

	doc *Doc
}

// Reading is the reading of one token.
type Reading struct {
	// POS is the Penn Treebank tag ("NNP", "VBD", "MD", ...). A contraction
	// that the Penn Treebank splits ("didn't", "Iran's") takes the tag of
	// its first part.
	POS string
	// Lemma is the dictionary form of the lower-case word ("said" say,
	// "sailors" sailor); for punctuation and numbers, the token's Lower.
	Lemma string
	// Negated marks a token that carries a negation: a negator ("not",
	// "never") or a contraction with "n't".
	Negated bool
	// Possessive marks a token that carries a possessive "'s" or "'".
	Possessive bool
	// Phrase is the index in Annotation.Phrases of the noun phrase holding
	// the token, or -1.
	Phrase int32
}

// TokenSpan is a run of tokens, Doc.Tokens[Start:End]; the zero TokenSpan is empty.
type TokenSpan struct{ Start, End int }

// Empty reports whether the span holds no token.
func (s TokenSpan) Empty() bool { return s.End <= s.Start }

// Annotation returns the document's annotation, computing it on the first
// call. It is safe for concurrent use. A Doc made by Analyze keeps it; one
// made as a literal is annotated anew on every call.
func (d *Doc) Annotation() *Annotation {
	return d.annotationWith(nil)
}

// annotationWith is Annotation, tagging with the memo's help when there is
// one.
func (d *Doc) annotationWith(m *tagMemo) *Annotation {
	c := d.annotation
	if c == nil {
		return annotate(d, m)
	}
	c.once.Do(func() {
		c.a = annotate(d, m)
		c.done.Store(true)
	})
	return c.a
}

// Annotated reports whether the document's annotation has been computed
// (and kept): whether some stage has read the document with the English
// tagger.
func (d *Doc) Annotated() bool { return d.annotation != nil && d.annotation.done.Load() }

// annotationCell holds a Doc's annotation, computed once.
type annotationCell struct {
	once sync.Once
	a    *Annotation
	done atomic.Bool
}

// Bytes returns the byte offsets into the article text that a span of
// tokens covers; (0, 0) for an empty span.
func (a *Annotation) Bytes(s TokenSpan) (start, end int) {
	if s.Empty() {
		return 0, 0
	}
	return a.doc.Tokens[s.Start].Start, a.doc.Tokens[s.End-1].End
}

// Text returns the article text of a span of tokens.
func (a *Annotation) Text(s TokenSpan) string {
	start, end := a.Bytes(s)
	return a.doc.Article.Text[start:end]
}

// Participle reports whether token i is a participle: a past participle
// (VBN, "seized", "taken"), a present participle or gerund (VBG,
// "saying"), or an "-ed" or "-ing" form of a verb that the tagger read as
// an adjective, a noun or a past tense ("armed", "boarding"). It is the one participle test of crosscheck; the tag tells
// which of the two it is.
func (a *Annotation) Participle(i int) bool {
	p := a.Words[i].POS
	if p == "VBN" || p == "VBG" {
		return true
	}
	// A participle used as an adjective or a noun keeps its verb's form:
	// "armed men", "the boarding" (JJ, NN) are participles too.
	if p != "JJ" && p != "NN" && p != "VBD" {
		return false
	}
	w := a.doc.Tokens[i].Lower
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || len(w) <= 4 {
		return false
	}
	return english.IsVerb(english.VerbLemma(w))
}

// Verb reports whether token i is a verb or a modal (VB*, MD).
func (a *Annotation) Verb(i int) bool {
	p := a.Words[i].POS
	return strings.HasPrefix(p, "VB") || p == "MD"
}

// Noun reports whether token i is a noun (NN, NNS, NNP, NNPS).
func (a *Annotation) Noun(i int) bool { return strings.HasPrefix(a.Words[i].POS, "NN") }

// Proper reports whether token i is a proper noun (NNP, NNPS).
func (a *Annotation) Proper(i int) bool { return strings.HasPrefix(a.Words[i].POS, "NNP") }

// PropAt returns the proposition whose verb group holds token i, or nil.
func (a *Annotation) PropAt(i int) *Proposition {
	for k := range a.Props {
		if p := &a.Props[k]; p.Group.Start <= i && i < p.Group.End {
			return p
		}
	}
	return nil
}

// PhraseAt returns the noun phrase holding token i, or nil.
func (a *Annotation) PhraseAt(i int) *Phrase {
	if i < 0 || i >= len(a.Words) || a.Words[i].Phrase < 0 {
		return nil
	}
	return &a.Phrases[a.Words[i].Phrase]
}

// tagger is prose's averaged-perceptron tagger with its embedded English
// model, loaded on first use (about 1 ms and 2 MB), never at start-up.
var tagger = sync.OnceValues(func() (*tag.Tagger, error) { return tag.New() })

func annotate(d *Doc, m *tagMemo) *Annotation {
	a := &Annotation{Words: make([]Reading, len(d.Tokens)), doc: d}
	for i := range a.Words {
		a.Words[i].Phrase = -1
	}
	tg, err := tagger()
	for si := range d.Sentences {
		s := d.Sentences[si]
		if err == nil {
			tagWith(m, tg, d.Tokens[s.TokStart:s.TokEnd], a.Words[s.TokStart:s.TokEnd])
		}
		a.chunk(s.TokStart, s.TokEnd)
		a.propositions(si)
	}
	return a
}

// tagWith tags one sentence, or copies its tags from the memo, if there is
// one, when the corpus has the same sentence tagged already.
func tagWith(m *tagMemo, tg *tag.Tagger, toks []Token, words []Reading) {
	if m == nil {
		tagSentence(tg, toks, words)
		return
	}
	k := m.key(toks)
	if m.lookup(k, toks, words) {
		return
	}
	tagSentence(tg, toks, words)
	m.add(k, toks, words)
}

// tagSentence tags one sentence. The model was trained on the Penn
// Treebank, whose tokenizer splits clitics ("did n't", "Iran 's") and
// writes quotes as “ and ” and dashes as --; the sentence is handed over that way and the
// tags mapped back onto crosscheck's tokens.
func tagSentence(tg *tag.Tagger, toks []Token, words []Reading) {
	sc := tagScratch.Get().(*tagBuffers)
	if cap(sc.pt) < 2*len(toks)+8 {
		sc.pt = make([]tag.Token, 0, 2*len(toks)+8)
	}
	if cap(sc.first) < len(toks) {
		sc.first = make([]int, len(toks))
	}
	pt := sc.pt[:0]
	first := sc.first[:len(toks)] // index in pt of token i's first part
	defer func() {
		clear(pt) // hold no text alive in the pool
		tagScratch.Put(sc)
	}()
	open := true
	for i, t := range toks {
		first[i] = len(pt)
		switch {
		case t.Kind == Punct && (t.Lower == `"`):
			q := "''"
			if open {
				q = "``"
			}
			open = !open
			pt = append(pt, tag.Token{Text: q})
		case t.Kind == Punct && (t.Text == "—" || t.Text == "–" || t.Text == "―"):
			// the Treebank writes a dash as "--"; the model tags "—" as
			// a verb ("Washington (AFP) – Democrat Hillary Clinton")
			pt = append(pt, tag.Token{Text: "--"})
		case t.Kind == Word:
			w := strings.ReplaceAll(t.Text, "’", "'")
			stem, clitic := splitClitic(w)
			pt = append(pt, tag.Token{Text: stem})
			if clitic != "" {
				pt = append(pt, tag.Token{Text: clitic})
			}
		default:
			pt = append(pt, tag.Token{Text: t.Text})
		}
	}
	tg.TagTokens(pt)
	for i, t := range toks {
		w := &words[i]
		p := pt[first[i]]
		w.POS = p.Tag
		if t.Kind != Word {
			w.Lemma = t.Lower
			if t.Kind == Number {
				w.POS = "CD"
			}
			continue
		}
		low := t.Lower
		if next := first[i] + 1; next < len(pt) && (i+1 == len(toks) || next < first[i+1]) {
			switch c := strings.ToLower(pt[next].Text); {
			case c == "n't":
				w.Negated = true
				low = strings.ToLower(p.Text)
			case pt[next].Tag == "POS":
				w.Possessive = true
				low = strings.ToLower(p.Text)
			default:
				low = strings.ToLower(p.Text)
			}
		}
		if english.Negators.Has(low) {
			w.Negated = true
		}
		// the model reads "Fifteen British sailors" as an adjective
		if english.NumberWords.Has(low) && (w.POS == "JJ" || w.POS == "NN" || w.POS == "NNP") {
			w.POS = "CD"
		}
		// the model now and then gives a word a punctuation mark's tag
		// ("one user wrote" with "user" ``)
		if w.POS == "" || w.POS[0] < 'A' || w.POS[0] > 'Z' {
			w.POS = "NN"
			if t.Cap {
				w.POS = "NNP"
			}
		}
		w.Lemma = lemma(low, w.POS)
	}
	bareInfinitives(toks, words)
	nameParts(toks, words)
	phraseEnds(toks, words)
}

// phraseEnds retags the last word of a noun phrase that the model read
// by its ending: an adjective after a noun, before a verb, that WordNet
// knows only as a noun ends the phrase ("the Global Times tabloid
// noted"); a plural after a singular noun and before an object, that
// WordNet knows as a verb, is the verb ("The Rove ad hits Clinton").
func phraseEnds(toks []Token, words []Reading) {
	for i := 1; i+1 < len(words); i++ {
		t, p, prev, next := toks[i], words[i].POS, words[i-1].POS, words[i+1].POS
		switch {
		case p == "NNS" && !t.Cap && prev == "NN" && (next == "NNP" || next == "DT" || next == "PRP$" || next == "PRP") &&
			english.IsVerb(english.VerbLemma(t.Lower)):
			words[i].POS, words[i].Lemma = "VBZ", lemma(t.Lower, "VBZ")
		case p == "JJ" && strings.HasPrefix(prev, "NN") && (next == "VBD" || next == "VBZ") &&
			english.IsNoun(t.Lower) && !english.IsAdjective(t.Lower):
			words[i].POS, words[i].Lemma = "NN", lemma(t.Lower, "NN")
		}
	}
}

// tagBuffers are tagSentence's working slices, reused from sentence to
// sentence: a token may become two (a clitic), so pt holds twice the
// tokens.
type tagBuffers struct {
	pt    []tag.Token
	first []int
}

var tagScratch = sync.Pool{New: func() any { return new(tagBuffers) }}

// nameParts retags the words of a name that the model, trained on
// lower-case news prose, reads by their endings: a capitalised verb
// between two proper nouns inside a sentence that is not written in title
// case ("Black Lives Matter issued"), and a capitalised "-ly" word before a
// proper noun that WordNet knows as no adjective ("Carly Fiorina"; not
// "Early Tuesday"). A lone adjective between a determiner or a number and
// a preposition, that WordNet knows as a noun, heads its phrase ("One
// operative inside Trump Tower"). Before a verb, a capitalised adjective
// that WordNet does not know is a name ("– Ryan saying").
func nameParts(toks []Token, words []Reading) {
	caps, long := 0, 0
	for _, t := range toks {
		if t.Kind == Word && len(t.Text) > 3 {
			long++
			if t.Cap {
				caps++
			}
		}
	}
	titleCase := 2*caps > long
	for i := 0; i+1 < len(words); i++ {
		t, p, next := toks[i], words[i].POS, words[i+1].POS
		switch {
		case i > 0 && t.Cap && !titleCase && strings.HasPrefix(p, "VB") && strings.HasPrefix(words[i-1].POS, "NNP") &&
			strings.HasPrefix(next, "NNP") && toks[i-1].Cap && toks[i+1].Cap:
			words[i].POS, words[i].Lemma = "NNP", t.Lower
		case t.Cap && p == "RB" && strings.HasPrefix(next, "NNP") && strings.HasSuffix(t.Lower, "ly") && !adjectiveBase(t.Lower):
			words[i].POS, words[i].Lemma = "NNP", t.Lower
		case i > 0 && t.Cap && !titleCase && p == "JJ" && strings.HasPrefix(next, "VB") && !english.IsAdjective(t.Lower):
			// "– Ryan saying": a name WordNet knows as no adjective, before a verb
			words[i].POS, words[i].Lemma = "NNP", t.Lower
		case i > 0 && p == "JJ" && (words[i-1].POS == "DT" || words[i-1].POS == "CD") && next == "IN" && english.IsNoun(t.Lower):
			words[i].POS, words[i].Lemma = "NN", lemma(t.Lower, "NN")
		}
	}
}

// adjectiveBase reports an "-ly" word that is an adjective or an adverb
// made of one ("early", "finally", "happily").
func adjectiveBase(w string) bool {
	b := strings.TrimSuffix(w, "ly")
	return english.IsAdjective(w) || english.IsAdjective(b) || strings.HasSuffix(b, "i") && english.IsAdjective(b[:len(b)-1]+"y")
}

// bareInfinitives retags the word after a modal or a form of "do" ("did
// not comment", "will state"), which takes a bare infinitive, as a verb
// (VB) when the model read it as a noun or adjective and WordNet knows it
// as a verb.
func bareInfinitives(toks []Token, words []Reading) {
	for i := 1; i < len(words); i++ {
		p := words[i].POS
		if p != "NN" && p != "VBP" && p != "JJ" {
			continue
		}
		j := i - 1
		for j > 0 && (words[j].POS == "RB" && words[j].Negated) {
			j--
		}
		gov := words[j]
		if gov.POS == "MD" || gov.Lemma == "do" && (gov.POS == "VBD" || gov.POS == "VBZ" || gov.POS == "VBP") {
			if low := toks[i].Lower; english.IsVerb(low) {
				words[i].POS, words[i].Lemma = "VB", low
			}
		}
	}
}

// splitClitic splits a word as the Penn Treebank tokenizer does: "didn't"
// did + n't, "can't" ca + n't, "Iran's" Iran + 's, "they're" they + 're.
func splitClitic(w string) (string, string) {
	// Most words hold no apostrophe: they have no clitic, and need no
	// lower-cased copy to say so.
	if strings.IndexByte(w, '\'') < 0 {
		return w, ""
	}
	lw := strings.ToLower(w)
	if strings.HasSuffix(lw, "n't") && len(w) > 3 {
		return w[:len(w)-3], w[len(w)-3:]
	}
	for _, c := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(lw, c) && len(w) > len(c) {
			return w[:len(w)-len(c)], w[len(w)-len(c):]
		}
	}
	return w, ""
}

// lemma is english.Lemma behind a bounded cache: news vocabulary repeats,
// and a lookup in WordNet's index costs a microsecond or two. The cache is
// keyed by the word and its tag as they are, so a hit allocates nothing;
// a word is copied when it is cached, so the cache holds no text alive.
func lemma(low, pos string) string {
	key := lemmaKey{pos, low}
	lemmas.mu.RLock()
	l, ok := lemmas.m[key]
	lemmas.mu.RUnlock()
	if ok {
		return l
	}
	l = strings.Clone(english.Lemma(low, pos))
	lemmas.mu.Lock()
	if len(lemmas.m) < maxCachedStems {
		lemmas.m[lemmaKey{strings.Clone(pos), strings.Clone(low)}] = l
	}
	lemmas.mu.Unlock()
	return l
}

type lemmaKey struct{ pos, low string }

var lemmas = struct {
	mu sync.RWMutex
	m  map[lemmaKey]string
}{m: map[lemmaKey]string{}}
