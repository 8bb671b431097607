// Package citations measures whether the brief cites exactly the reports
// that carry what it says. Against our own labels (testdata/*.facts: facts
// of real stories and the reports that carry each, in full or in part) it
// scores the citations of the brief's claims and summary sentences:
// precision (cited reports that carry the fact) and recall (reports that
// carry it in full that are cited), the facts that two independent reports
// carry but the brief lists as single-source, and how much of the story's
// support the summary covers. Beside each figure it computes a naive
// reference (citation by word overlap; a summary of lead sentences). It also
// scores the grouping of NAnCo answers by claim alignment (nanco.go).
package citations

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Tally counts citations of the units (claims or summary sentences) that
// state a labelled fact, one unit and fact at a time.
type Tally struct {
	Units int // (unit, fact) pairs scored
	// Cited counts the reports cited in full; Right those of them that carry
	// the fact (in full or in part); PartialAsFull those that carry only
	// part of it yet are cited as carrying all of it.
	Cited, Right, PartialAsFull int
	// Carriers counts the reports that carry the fact in full; Found those
	// of them that are cited (in full or as partial support).
	Carriers, Found int
	// FoundFull counts the carriers cited in full (not as partial support).
	FoundFull int
	// Partial counts the reports shown as partial support; PartialRight
	// those of them that carry the fact, in full or in part.
	Partial, PartialRight int
	// UnitPartial counts the reports shown as partial support once per
	// unit, not per fact; UnitPartialRight those of them that carry one of
	// the unit's labelled facts, in full or in part. Partial support says a
	// report carries part of the unit: of a unit that states three facts, a
	// report that carries one is right, though PartialRight counts it wrong
	// for the other two.
	UnitPartial, UnitPartialRight int
}

// Add sums two tallies.
func (t *Tally) Add(o Tally) {
	t.Units += o.Units
	t.Cited += o.Cited
	t.Right += o.Right
	t.PartialAsFull += o.PartialAsFull
	t.Carriers += o.Carriers
	t.Found += o.Found
	t.FoundFull += o.FoundFull
	t.Partial += o.Partial
	t.PartialRight += o.PartialRight
	t.UnitPartial += o.UnitPartial
	t.UnitPartialRight += o.UnitPartialRight
}

// UnitPartialPrecision is UnitPartialRight / UnitPartial (1 when none was
// shown).
func (t Tally) UnitPartialPrecision() float64 { return ratio(t.UnitPartialRight, t.UnitPartial) }

// scoreUnitPartial tallies a unit's partial support against all the
// labelled facts it states at once (Tally.UnitPartial).
func (st *story) scoreUnitPartial(facts []int, partial []string) Tally {
	var t Tally
	for _, r := range partial {
		t.UnitPartial++
		for _, fi := range facts {
			f := st.l.Facts[fi]
			if f.FullReports()[r] || f.PartialReports()[r] {
				t.UnitPartialRight++
				break
			}
		}
	}
	return t
}

// PartialPrecision is PartialRight / Partial (1 when none was shown).
func (t Tally) PartialPrecision() float64 { return ratio(t.PartialRight, t.Partial) }

// Precision is Right / Cited (1 when nothing was cited).
func (t Tally) Precision() float64 { return ratio(t.Right, t.Cited) }

// RecallFull is FoundFull / Carriers: recall without partial support.
func (t Tally) RecallFull() float64 { return ratio(t.FoundFull, t.Carriers) }

// Recall is Found / Carriers (1 when no fact was stated).
func (t Tally) Recall() float64 { return ratio(t.Found, t.Carriers) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// StoryResult is the score of one labelled story.
type StoryResult struct {
	Story, Half     string
	Reports, Facts  int
	Claims, Summary Tally // crosscheck's citations
	// NaiveClaims and NaiveSummary cite, for the same units, every report
	// with a sentence that holds at least half of the unit's content words.
	NaiveClaims, NaiveSummary Tally
	// SingleSource lists the facts that two or more independent reports
	// carry in full but that the brief lists as single-source claims.
	SingleSource []string
	// Unique counts the facts that one independent report carries in full
	// (and none in part); UniqueListed those of them whose sentence the
	// brief lists as single-source: the list's recall, so that a list
	// emptied to avoid errors shows.
	Unique, UniqueListed int
	// Coverage is the share of the story's support (facts weighted by the
	// independent reports that carry them) that the summary states;
	// LeadCoverage the same for lead sentences within the same budget.
	Coverage, LeadCoverage float64
	// Agreements counts the agreements that state a labelled fact; Repeated
	// the agreements beyond the first that state a fact an earlier one
	// states (an agreement should be one entry per fact).
	Agreements, Repeated int
	// Misses explains the citation errors, one line each, for reading.
	Misses []string
}

// Options of an evaluation.
type Options struct {
	SummaryWords int // summary budget (default 100, as `crosscheck brief`)
	// Gates puts under each carrier a unit misses the measures of the
	// support tests between the unit's sentence and the carrier's
	// (align.Gates): which test blocks it. It aligns the story again.
	Gates bool
}

// Evaluate builds the brief of a labelled story's reports and scores it.
func Evaluate(l *Label, arts []*news.Article, opt Options) (*StoryResult, error) {
	if opt.SummaryWords == 0 {
		opt.SummaryWords = 100
	}
	arts, err := selectReports(l, arts)
	if err != nil {
		return nil, err
	}
	st, err := locate(l, arts)
	if err != nil {
		return nil, err
	}
	b := brief.Build(arts, brief.Options{SummaryWords: opt.SummaryWords})
	st.setCopies(b)
	if opt.Gates {
		// The brief's alignment, made again: Build keeps it inside, and
		// the alignment of one corpus is always the same.
		docs, ids := brief.Analyze(arts)
		st.corpus = text.NewCorpus(docs, ids)
		st.corpus.SetCopies(dedup.Copies(st.corpus.Docs))
		st.aligned = align.Align(st.corpus)
	}
	res := &StoryResult{Story: l.Story, Half: l.Half, Reports: len(arts), Facts: len(l.Facts)}

	for _, c := range b.Claims {
		rep := representative(st, c.Text, c.Evidence)
		st.unit = rep
		facts := st.factsAt(rep)
		for _, fi := range facts {
			res.Claims.Add(st.score(fi, c.Sources, c.Partial, &res.Misses, "claim "+c.ID, c.Text))
			res.NaiveClaims.Add(st.score(fi, st.naiveCite(rep), nil, nil, "", ""))
		}
		if len(facts) > 0 {
			res.Claims.Add(st.scoreUnitPartial(facts, c.Partial))
		}
	}
	claimRep := map[string]news.Evidence{}
	for _, c := range b.Claims {
		claimRep[c.ID] = representative(st, c.Text, c.Evidence)
	}
	stated := map[int]bool{}
	for _, ag := range b.Agreements {
		facts := st.factsAt(claimRep[ag.Claim])
		if len(facts) == 0 {
			continue
		}
		res.Agreements++
		repeat := true
		for _, fi := range facts {
			repeat = repeat && stated[fi]
			stated[fi] = true
		}
		if repeat {
			res.Repeated++
		}
	}
	covered := map[int]bool{}
	for _, s := range b.Summary {
		if len(s.Evidence) == 0 {
			continue
		}
		rep := s.Evidence[0]
		st.unit = rep
		facts := st.factsAt(rep)
		for _, fi := range facts {
			covered[fi] = true
			res.Summary.Add(st.score(fi, s.Sources, partialOf(s), &res.Misses, "summary", s.Text))
			res.NaiveSummary.Add(st.score(fi, st.naiveCite(rep), nil, nil, "", ""))
		}
		if len(facts) > 0 {
			res.Summary.Add(st.scoreUnitPartial(facts, partialOf(s)))
		}
	}
	res.Coverage = st.coverage(covered)
	res.LeadCoverage = st.coverage(st.leadFacts(opt.SummaryWords))

	listed, uniqueListed := map[int]bool{}, map[int]bool{}
	for _, s := range b.SingleSource {
		if s.Kind != news.SingleClaim || len(s.Evidence) == 0 {
			continue
		}
		facts := st.factsAt(s.Evidence[0])
		if len(facts) == 0 {
			continue
		}
		for _, fi := range facts {
			if st.unique(fi) {
				uniqueListed[fi] = true
			}
		}
		// A single-source sentence is wrong only when everything labelled in
		// it is carried by two independent reports: one that adds a fact of
		// its own to a shared one is rightly listed.
		all := true
		for _, fi := range facts {
			all = all && st.independent(fi) >= 2
		}
		if all {
			for _, fi := range facts {
				listed[fi] = true
			}
			res.Misses = append(res.Misses, fmt.Sprintf("single-source %v: %q", s.Sources, s.Text))
			if st.aligned != nil {
				st.unit = s.Evidence[0]
				res.Misses = append(res.Misses, st.otherCarriers(facts, s.Sources)...)
			}
		}
	}
	for fi := range l.Facts {
		if st.unique(fi) {
			res.Unique++
		}
		if uniqueListed[fi] {
			res.UniqueListed++
		}
		if listed[fi] {
			res.SingleSource = append(res.SingleSource, l.Facts[fi].ID)
		}
	}
	return res, nil
}

// otherCarriers writes, under a single-source entry that the labels say
// two independent reports carry (Options.Gates), each labelled sentence of
// another copy group that carries one of its facts in full, with the
// support tests' measures against the entry's sentence: why the entry does
// not meet it.
func (st *story) otherCarriers(facts []int, sources []string) []string {
	var out []string
	for _, fi := range facts {
		f := st.l.Facts[fi]
		var others []string
		for r := range f.FullReports() {
			if !slices.ContainsFunc(sources, func(s string) bool { return st.root[s] == st.root[r] }) {
				others = append(others, r)
			}
		}
		slices.Sort(others)
		for _, r := range others {
			for _, sp := range st.carrying(fi, r) {
				out = append(out, "    "+f.ID+" "+r+": "+st.article(r).Text[sp.Start:sp.End], st.gates(r, sp.Start))
			}
		}
	}
	return out
}

// partialOf returns the reports a summary sentence shows as partial support.
func partialOf(s news.SummarySentence) []string { return s.Partial }

func selectReports(l *Label, arts []*news.Article) ([]*news.Article, error) {
	if len(l.Reports) == 0 {
		return arts, nil
	}
	byID := map[string]*news.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	out := make([]*news.Article, 0, len(l.Reports))
	for _, id := range l.Reports {
		a := byID[id]
		if a == nil {
			return nil, fmt.Errorf("%s: report %s is not in story %s", l.File, id, l.Story)
		}
		out = append(out, a)
	}
	return out, nil
}

// story holds a labelled story's reports with its anchors located.
type story struct {
	l    *Label
	arts []*news.Article
	docs map[string]*text.Doc
	ids  []string
	// at[report] lists, for each fact carried in full there, where.
	at   map[string][]located
	root map[string]string // report -> the report it copies, or itself
	// corpus and aligned are the brief's alignment, made again when the
	// gates of misses are asked for (Options.Gates); unit is the sentence
	// of the unit being scored.
	corpus  *text.Corpus
	aligned *align.Result
	unit    news.Evidence
}

// sentenceAt returns the sentence of report id that holds offset off of its
// text, as the alignment knows it (Doc -1 when there is none).
func (st *story) sentenceAt(id string, off int) align.SentRef {
	if d := st.corpus.IndexOf(id); d >= 0 {
		for s, sent := range st.corpus.Docs[d].Sentences {
			if off >= sent.Start && off < sent.End {
				return align.SentRef{Doc: d, Sent: s}
			}
		}
	}
	return align.SentRef{Doc: -1}
}

// gates writes the support tests' measures between the unit's sentence and
// the carrier's sentence that starts at off in report r.
func (st *story) gates(r string, off int) string {
	a, b := st.sentenceAt(st.unit.Source, st.unit.Start), st.sentenceAt(r, off)
	if a.Doc < 0 || b.Doc < 0 {
		return "      gates: sentence not found"
	}
	return "      gates: " + st.aligned.SupportGates(a, b).String()
}

type located struct {
	fact int
	off  int
}

func locate(l *Label, arts []*news.Article) (*story, error) {
	st := &story{l: l, arts: arts, docs: map[string]*text.Doc{}, at: map[string][]located{}}
	byID := map[string]*news.Article{}
	for _, a := range arts {
		byID[a.ID] = a
		st.ids = append(st.ids, a.ID)
	}
	for fi, f := range l.Facts {
		for k, an := range slices.Concat(f.Full, f.Partial) {
			a := byID[an.Report]
			if a == nil {
				return nil, fmt.Errorf("%s fact %s: report %s is not in the story", l.File, f.ID, an.Report)
			}
			off := strings.Index(a.Text, an.Text)
			if off < 0 {
				return nil, fmt.Errorf("%s fact %s: anchor %q is not in report %s", l.File, f.ID, an.Text, an.Report)
			}
			if k < len(f.Full) { // units are matched on full carriers only
				st.at[an.Report] = append(st.at[an.Report], located{fi, off})
			}
		}
	}
	return st, nil
}

func (st *story) setCopies(b *news.Brief) {
	st.root = map[string]string{}
	for _, s := range b.Sources {
		st.root[s.ID] = s.ID
		if s.CopyOf != nil {
			st.root[s.ID] = *s.CopyOf
		}
	}
}

// factsAt lists the facts carried in full inside a span of a report.
func (st *story) factsAt(ev news.Evidence) []int {
	var out []int
	for _, lc := range st.at[ev.Source] {
		if lc.off >= ev.Start && lc.off < ev.End && !slices.Contains(out, lc.fact) {
			out = append(out, lc.fact)
		}
	}
	return out
}

// independent counts the copy groups among the reports that carry fact fi
// in full.
func (st *story) independent(fi int) int {
	roots := map[string]bool{}
	for r := range st.l.Facts[fi].FullReports() {
		roots[st.root[r]] = true
	}
	return len(roots)
}

// unique reports whether one independent report carries fact fi, in full,
// and no other carries it in part.
func (st *story) unique(fi int) bool {
	return st.independent(fi) == 1 && len(st.l.Facts[fi].PartialReports()) == 0
}

// score tallies one unit's citations against fact fi. A miss is explained
// with the unit's sentence and the sentence of each carrier it missed, to be
// read side by side.
func (st *story) score(fi int, cited, partial []string, misses *[]string, unit, unitText string) Tally {
	f := st.l.Facts[fi]
	full, part := f.FullReports(), f.PartialReports()
	t := Tally{Units: 1, Cited: len(cited), Carriers: len(full)}
	var wrong, missed []string
	for _, r := range cited {
		switch {
		case full[r]:
			t.Right++
		case part[r]:
			t.Right++
			t.PartialAsFull++
		default:
			wrong = append(wrong, r)
		}
	}
	var wrongPartial []string
	for _, r := range partial {
		t.Partial++
		if full[r] || part[r] {
			t.PartialRight++
		} else {
			wrongPartial = append(wrongPartial, r)
		}
	}
	for r := range full {
		if slices.Contains(cited, r) {
			t.FoundFull++
		}
		if slices.Contains(cited, r) || slices.Contains(partial, r) {
			t.Found++
		} else {
			missed = append(missed, r)
		}
	}
	if misses != nil && (len(wrong) > 0 || len(missed) > 0) {
		slices.Sort(missed)
		*misses = append(*misses, fmt.Sprintf("%s %s (%s): cites %v wrongly, misses %v", unit, f.ID, f.Text, wrong, missed))
		if len(missed) > 0 {
			*misses = append(*misses, "    says:   "+unitText)
			for _, r := range missed {
				for _, sp := range st.carrying(fi, r) {
					*misses = append(*misses, "    "+r+": "+st.article(r).Text[sp.Start:sp.End])
					if st.aligned != nil {
						*misses = append(*misses, st.gates(r, sp.Start))
					}
				}
			}
		}
	}
	if misses != nil && len(wrongPartial) > 0 {
		*misses = append(*misses, fmt.Sprintf("%s %s (%s): shows %v as partial support wrongly", unit, f.ID, f.Text, wrongPartial))
	}
	return t
}

// carrying returns the sentences of report r that its anchors for fact fi
// (in full) fall in.
func (st *story) carrying(fi int, r string) []text.Span {
	a := st.article(r)
	if a == nil {
		return nil
	}
	var out []text.Span
	for _, an := range st.l.Facts[fi].Full {
		if an.Report != r {
			continue
		}
		off := strings.Index(a.Text, an.Text)
		for _, sp := range text.SplitSentences(a.Text) {
			if off >= sp.Start && off < sp.End {
				out = append(out, sp)
			}
		}
	}
	return out
}

// representative is the evidence of the sentence a claim is shown by.
func representative(st *story, txt string, evs []news.Evidence) news.Evidence {
	for _, ev := range evs {
		if a := st.article(ev.Source); a != nil && ev.End <= len(a.Text) && a.Text[ev.Start:ev.End] == txt {
			return ev
		}
	}
	if len(evs) == 0 {
		return news.Evidence{}
	}
	return evs[0]
}

func (st *story) article(id string) *news.Article {
	for _, a := range st.arts {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func (st *story) doc(id string) *text.Doc {
	if d, ok := st.docs[id]; ok {
		return d
	}
	a := st.article(id)
	if a == nil {
		return nil
	}
	d := text.Analyze(a)
	st.docs[id] = d
	return d
}

// contentWords are the stems of a span's words that are not stop words.
func contentWords(d *text.Doc, start, end int) map[string]bool {
	out := map[string]bool{}
	for _, tok := range d.Tokens {
		if tok.Start >= start && tok.End <= end && tok.Kind != text.Punct && !tok.Stop {
			out[tok.Stem] = true
		}
	}
	return out
}

// naiveCite is the reference citation: the unit's own report and every
// report with a sentence holding at least half of the unit's content words.
// The one-half is set a priori, not tuned.
func (st *story) naiveCite(rep news.Evidence) []string {
	d := st.doc(rep.Source)
	if d == nil {
		return nil
	}
	words := contentWords(d, rep.Start, rep.End)
	out := []string{rep.Source}
	for _, id := range st.ids {
		if id == rep.Source || len(words) == 0 {
			continue
		}
		od := st.doc(id)
		for _, s := range od.Sentences {
			have := contentWords(od, s.Start, s.End)
			n := 0
			for w := range words {
				if have[w] {
					n++
				}
			}
			if 2*n >= len(words) {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

// coverage is the share of the story's support that the given facts hold.
func (st *story) coverage(facts map[int]bool) float64 {
	got, all := 0, 0
	for fi := range st.l.Facts {
		w := st.independent(fi)
		all += w
		if facts[fi] {
			got += w
		}
	}
	return ratio(got, all)
}

// leadFacts are the facts stated by the naive summary: the reports' first
// sentences, then their second ones, and so on, in report order, as long as
// they fit the word budget. Sentences under six words (headlines, datelines)
// are skipped.
func (st *story) leadFacts(budget int) map[int]bool {
	out := map[int]bool{}
	used := 0
	for k := 0; ; k++ {
		any := false
		for _, id := range st.ids {
			d := st.doc(id)
			var long []text.Sentence
			for _, s := range d.Sentences {
				if text.Words(s.Text) >= 6 {
					long = append(long, s)
				}
			}
			if k >= len(long) {
				continue
			}
			any = true
			w := text.BudgetWords(long[k].Text) // as the summary counts it
			if used+w > budget {
				return out
			}
			used += w
			for _, fi := range st.factsAt(news.Evidence{Source: id, Start: long[k].Start, End: long[k].End}) {
				out[fi] = true
			}
		}
		if !any {
			return out
		}
	}
}

// Report is the evaluation of every labelled story.
type Report struct {
	Stories []*StoryResult
}

// Run evaluates every label with the stories the loader reads.
func Run(labels []*Label, ld *Loader, opt Options) (*Report, error) {
	rep := &Report{}
	for _, l := range labels {
		arts, err := ld.Story(l.Story)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", l.File, err)
		}
		r, err := Evaluate(l, arts, opt)
		if err != nil {
			return nil, err
		}
		rep.Stories = append(rep.Stories, r)
	}
	return rep, nil
}

// Sum adds up the stories of one half ("" for all).
func (r *Report) Sum(half string) (sum StoryResult) {
	n := 0
	for _, s := range r.Stories {
		if half != "" && s.Half != half {
			continue
		}
		n++
		sum.Reports += s.Reports
		sum.Facts += s.Facts
		sum.Claims.Add(s.Claims)
		sum.Summary.Add(s.Summary)
		sum.NaiveClaims.Add(s.NaiveClaims)
		sum.NaiveSummary.Add(s.NaiveSummary)
		sum.SingleSource = append(sum.SingleSource, s.SingleSource...)
		sum.Unique += s.Unique
		sum.Agreements += s.Agreements
		sum.Repeated += s.Repeated
		sum.UniqueListed += s.UniqueListed
		sum.Coverage += s.Coverage
		sum.LeadCoverage += s.LeadCoverage
	}
	if n > 0 {
		sum.Coverage /= float64(n)
		sum.LeadCoverage /= float64(n)
	}
	sum.Story = strconv.Itoa(n) + " stories"
	sum.Half = half
	return sum
}
