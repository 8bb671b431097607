package differences

import (
	"fmt"
	"hash/fnv"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/compare"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Options of a planted run.
type Options struct {
	Seed    uint64 // the plants of a story depend on it and on the story's id only
	PerKind int    // most plants of one kind per story (default 3; -1: none, only the unedited briefs)
	Half    string // Calibration, Reporting, or "" for both
	// Kind, when set, plants only changes of this kind (the unedited
	// briefs are scored all the same): a faster run to read one kind.
	Kind string
	// Misses, when set, receives every plant that was not found, with the
	// brief's differences at its site.
	Misses func(Miss)
	// Unedited, when set, receives every difference of the unedited
	// stories, to be read by hand, with its judgment in Judgments (Right,
	// Wrong, or "" when unjudged).
	Unedited func(story string, c news.Conflict, verdict string)
	// Judgments, when set, judges the differences of the unedited stories
	// (Report.Judged).
	Judgments Judgments
	// Extras, when set, receives every difference an edit brought beside
	// the planted one (the plant's extra differences), to be read by hand.
	Extras func(story string, pl Plant, c news.Conflict)
}

// Miss is a plant the brief did not report as it should.
type Miss struct {
	Story  string
	Plant  Plant
	Before string // the edited sentence before the edit
	Anchor string // the sentence of the other report that tells the same fact
	Got    []news.Conflict
	// Why is the comparison's reading of the edited sentence and the
	// anchor (compare.Explain) for number, date and name plants.
	Why string
	// Paired is Counterpart of the plant: the anchor tells its fact in
	// like words.
	Paired bool
}

// KindScore is the result of one planted kind.
type KindScore struct {
	Planted int
	Found   int // reported with the right kind and sides
	AnyKind int // a difference of any kind at the edited sentence
	Extra   int // differences the edit brought beside the planted one
	Skipped int // sites where the unedited brief already lists what the plant changes (listedAt)
	// Paired counts the plants whose anchor tells the fact in like words
	// (Counterpart), and PairedFound those of them found: the recall a
	// reader can ask of a comparison, beside the recall over every plant.
	Paired, PairedFound int
}

// PairedRecall is PairedFound / Paired.
func (k KindScore) PairedRecall() float64 { return ratio(k.PairedFound, k.Paired) }

// Recall is Found / Planted.
func (k KindScore) Recall() float64 { return ratio(k.Found, k.Planted) }

// Report is the result of a planted run.
type Report struct {
	Stories int
	// Differences counts the differences of the unedited stories.
	Differences int
	// Judged counts the differences of the unedited stories by their
	// judgment in Options.Judgments.
	Judged Tally
	ByKind map[string]*KindScore
}

// PerStory is the mean number of differences in an unedited story.
func (r Report) PerStory() float64 { return ratio(r.Differences, r.Stories) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Run plants changes in the stories and scores the briefs.
func Run(stories []Story, opt Options) Report {
	if opt.PerKind == 0 {
		opt.PerKind = 3
	}
	rep := Report{ByKind: map[string]*KindScore{}}
	for _, k := range Kinds {
		rep.ByKind[k] = &KindScore{}
	}
	inserts := insertPool(stories)
	vocab := vocabulary(stories)
	for _, st := range stories {
		if opt.Half != "" && Half(st.ID) != opt.Half || len(st.Articles) < 2 {
			continue
		}
		rep.Stories++
		runStory(st, opt, inserts, vocab, &rep)
	}
	return rep
}

// insertPool gathers the sentences that inserted-fact plants draw from:
// sentences of 12 to 30 words that name a figure, from every story. A
// story never receives one of its own.
func insertPool(stories []Story) map[string][]string {
	out := map[string][]string{}
	for _, st := range stories {
		for i, a := range st.Articles {
			if i%3 != 0 {
				continue
			}
			for _, sp := range text.SplitSentences(a.Text) {
				s := a.Text[sp.Start:sp.End]
				n := text.Words(s)
				if n >= 12 && n <= 30 && strings.ContainsAny(s, "0123456789") && !strings.ContainsAny(s, "\"“”\n") && strings.HasSuffix(s, ".") {
					out[st.ID] = append(out[st.ID], s)
				}
			}
		}
	}
	return out
}

// vocabulary is the words written in lower case in the stories, and the
// pairs of such words written one after the other ("found alive"), keyed
// "w1 w2".
func vocabulary(stories []Story) map[string]bool {
	out := map[string]bool{}
	for _, st := range stories {
		for _, a := range st.Articles {
			prev := ""
			for w := range strings.FieldsFuncSeq(a.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
				if w != strings.ToLower(w) {
					prev = ""
					continue
				}
				out[w] = true
				if prev != "" {
					out[prev+" "+w] = true
				}
				prev = w
			}
		}
	}
	return out
}

func storyRand(seed uint64, id string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(id))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

func runStory(st Story, opt Options, inserts map[string][]string, vocab map[string]bool, rep *Report) {
	arts := make([]*news.Article, len(st.Articles))
	for i, a := range st.Articles {
		c := *a
		arts[i] = &c
	}
	docs, ids := brief.Analyze(arts)
	base := brief.FromCorpus(text.NewCorpus(docs, ids), brief.Options{})
	rep.Differences += len(base.Conflicts)
	for _, c := range base.Conflicts {
		verdict := ""
		if opt.Judgments != nil {
			verdict = rep.Judged.Add(opt.Judgments, st.ID, c)
		}
		if opt.Unedited != nil {
			opt.Unedited(st.ID, c, verdict)
		}
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(docs))

	if opt.PerKind < 0 {
		return
	}
	r := storyRand(opt.Seed, st.ID)
	es, ms := entityMentions(c)
	p := &planter{docs: docs, entities: es, mentions: ms, articled: articledPersons(c, es), r: r, lower: lowerWords(docs), vocab: vocab}
	keys := slices.Sorted(maps.Keys(inserts))
	for _, id := range keys {
		if s := inserts[id]; id != st.ID && len(s) > 0 {
			p.inserts = append(p.inserts, s[r.IntN(len(s))])
		}
		if len(p.inserts) >= 50 {
			break
		}
	}
	slices.Sort(p.inserts)
	p.rs = map[string]*rand.Rand{}
	for _, kind := range Kinds {
		p.rs[kind] = storyRand(opt.Seed, st.ID+"\x00"+kind)
	}
	cands := p.candidates(c.Group)
	for _, kind := range Kinds {
		if opt.Kind != "" && kind != opt.Kind {
			continue
		}
		list := cands[kind]
		p.rs[kind].Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		ks := rep.ByKind[kind]
		taken := 0
		for _, pl := range list {
			if taken >= opt.PerKind {
				break
			}
			sent := docs[pl.Doc].Sentences[pl.Sent]
			if kind != KindInserted && listedAt(base.Conflicts, ids[pl.Doc], sent, pl) {
				ks.Skipped++
				continue
			}
			taken++
			ks.Planted++
			scorePlant(st, docs, ids, base, pl, ks, opt)
		}
	}
}

// listedAt reports whether a difference of the unedited brief already
// lists what the plant changes: a side of the edited report that cites the
// plant's sentence and whose value holds a word the plant replaces
// ("Jon Holzworth" of a spelling, "over 200 people" of a figure). A
// difference lists other facts of a sentence beside the plant's: a name
// spelled two ways leaves the sentence's other names, figures and verbs
// to plant in, and scorePlant counts only differences the unedited brief
// does not have, so the listing already there is never taken for the
// plant's. The whole sentence counts as listed when the side's value names
// no word of it (a value told in other words: "60 years old" of
// "Sixty-year-old") and for a contradiction, whose value is its polarity
// ("affirms", "denies: denied") and whose fact is the sentence.
func listedAt(cs []news.Conflict, src string, sent text.Sentence, pl Plant) bool {
	planted := valueWords(pl.Old)
	in := valueWords(sent.Text)
	for _, c := range cs {
		for _, s := range c.Sides {
			if !sideTouches(s, src, sent.Start, sent.End) {
				continue
			}
			vals := valueWords(s.Value)
			if c.Kind == news.ConflictContradiction || !overlaps(vals, in) || overlaps(vals, planted) {
				return true
			}
		}
	}
	return false
}

// valueWords are the words of s that can name a listed value: lower case,
// no stop word, a possessive and the commas of a figure dropped.
func valueWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(s, 0) {
		if t.Kind != text.Word || text.IsStop(t.Lower) {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.Lower, "'s"), "’s")
		out[strings.ReplaceAll(w, ",", "")] = true
	}
	return out
}

func overlaps(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

func conflictTouches(c news.Conflict, src string, start, end int) bool {
	for _, s := range c.Sides {
		if sideTouches(s, src, start, end) {
			return true
		}
	}
	return false
}

func sideTouches(s news.Side, src string, start, end int) bool {
	for _, ev := range s.Evidence {
		if ev.Source == src && ev.Start < end && ev.End > start {
			return true
		}
	}
	return false
}

func scorePlant(st Story, docs []*text.Doc, ids []string, base *news.Brief, pl Plant, ks *KindScore, opt Options) {
	orig := docs[pl.Doc].Article
	edited := *orig
	edited.Text = pl.Apply(orig.Text)
	nd := slices.Clone(docs)
	nd[pl.Doc] = text.Analyze(&edited)
	b := brief.FromCorpus(text.NewCorpus(nd, ids), brief.Options{})

	src := ids[pl.Doc]
	sent := docs[pl.Doc].Sentences[pl.Sent]
	start, end := sent.Start, sent.End+len(pl.New)-(pl.End-pl.Start)
	if pl.Kind == KindInserted {
		start, end = pl.Start+1, pl.Start+len(pl.New)
	}
	found, any := false, false
	var at []news.Conflict
	// Only a difference the unedited brief does not have can be the
	// plant's: one it lists already at the edited sentence tells another
	// fact of it (listedAt).
	added := extra(base.Conflicts, b.Conflicts)
	for _, c := range added {
		if !conflictTouches(c, src, start, end) {
			continue
		}
		any = true
		at = append(at, c)
		if c.Kind == Expected(pl.Kind) && rightSides(c, src, start, end) {
			found = true
		}
	}
	if pl.Kind == KindInserted {
		for _, s := range b.SingleSource {
			if len(s.Sources) == 1 && s.Sources[0] == src {
				for _, ev := range s.Evidence {
					if ev.Source == src && ev.Start < end && ev.End > start {
						found = true
					}
				}
			}
		}
	}
	if found {
		ks.Found++
	}
	if Counterpart(docs, pl) {
		ks.Paired++
		if found {
			ks.PairedFound++
		}
	}
	if any {
		ks.AnyKind++
	}
	if found && len(added) > 0 {
		// The planted difference is one of the new ones, counted apart.
		at := 0
		for i, c := range added {
			if conflictTouches(c, src, start, end) && c.Kind == Expected(pl.Kind) {
				at = i
				break
			}
		}
		added = slices.Delete(added, at, at+1)
	}
	ks.Extra += len(added)
	if opt.Extras != nil {
		for _, c := range added {
			opt.Extras(st.ID, pl, c)
		}
	}
	if !found && opt.Misses != nil {
		opt.Misses(Miss{Story: st.ID, Plant: pl, Before: sent.Text,
			Anchor: docs[pl.Anchor].Sentences[pl.AnchorSent].Text, Got: at, Why: why(nd, ids, pl) + "; edited: " + claims(nd, ids, pl) + "; unedited: " + claims(docs, ids, pl), Paired: Counterpart(docs, pl)})
	}
}

// rightSides reports whether the edited report is on one side (by the
// edited sentence) and not on the others, and another source is on another
// side.
func rightSides(c news.Conflict, src string, start, end int) bool {
	edited, other := 0, 0
	for _, s := range c.Sides {
		switch {
		case sideTouches(s, src, start, end):
			edited++
		case !slices.Contains(s.Sources, src) && len(s.Sources) > 0:
			other++
		}
	}
	return edited == 1 && other >= 1
}

// extra returns the differences of the edited brief that the unedited one
// does not have.
func extra(before, after []news.Conflict) []news.Conflict {
	seen := map[string]int{}
	for _, c := range before {
		seen[key(c)]++
	}
	var out []news.Conflict
	for _, c := range after {
		if seen[key(c)] > 0 {
			seen[key(c)]--
			continue
		}
		out = append(out, c)
	}
	return out
}

func key(c news.Conflict) string {
	var vals []string
	for _, s := range c.Sides {
		vals = append(vals, s.Value+"@"+strings.Join(s.Sources, ","))
	}
	slices.Sort(vals)
	return c.Kind + "|" + strings.Join(vals, "|")
}

// why is compare.Explain of a missed number, date or name plant, read on the
// edited story.
func why(docs []*text.Doc, ids []string, pl Plant) string {
	kind := Expected(pl.Kind)
	if kind != news.ConflictNumber && kind != news.ConflictDate && kind != news.ConflictName && kind != news.ConflictContradiction {
		return ""
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(docs))
	a := align.Align(c)
	edited := -1
	for i, s := range docs[pl.Doc].Sentences {
		if s.Start <= pl.Start && pl.Start < s.End {
			edited = i
		}
	}
	if edited < 0 {
		return "edited sentence not found"
	}
	return compare.Explain(c, a, kind, align.SentRef{Doc: pl.Doc, Sent: edited}, align.SentRef{Doc: pl.Anchor, Sent: pl.AnchorSent})
}

// claims tells, for a missed plant, whether a story (edited or not)
// holds the plant's sentence and the anchor in one claim, and whether the
// alignment's figure veto keeps them apart: a plant that moves its
// sentence out of the anchor's claim is missed for the alignment, not for
// the comparison.
func claims(docs []*text.Doc, ids []string, pl Plant) string {
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(docs))
	a := align.Align(c)
	x, y := align.SentRef{Doc: pl.Doc, Sent: pl.Sent}, align.SentRef{Doc: pl.Anchor, Sent: pl.AnchorSent}
	cx, cy := a.Of[x.Doc][x.Sent], a.Of[y.Doc][y.Sent]
	rel := "apart"
	switch {
	case cx < 0 || cy < 0:
		rel = "none"
	case cx == cy:
		rel = "one"
	}
	return fmt.Sprintf("claim %s, veto %v", rel, a.SupportGates(x, y).Veto)
}
