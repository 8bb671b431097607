// Package brief assembles the brief of one story from the analysis stages:
// copies, aligned claims, the comparison, the summary, quotes, entities and
// the timeline. It is pure: articles in, brief out.
package brief

import (
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/compare"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/quote"
	"github.com/crosscheck/crosscheck/internal/summarize"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
	"github.com/crosscheck/crosscheck/internal/timeline"
)

// Options shape a brief.
type Options struct {
	SummaryWords int  // summary budget in words (default 100)
	SummaryBytes int  // summary budget in bytes, when SummaryWords is 0
	IncludeText  bool // put each source's text in sources[].text
}

// Build makes the brief of one story. Articles without an id get "s1",
// "s2", ... in the order given. Build does not modify the articles beyond
// filling in their id and detected language.
func Build(articles []*news.Article, opt Options) *news.Brief {
	docs, ids := Analyze(articles)
	return FromCorpus(text.NewCorpus(docs, ids), opt)
}

// Analyze gives every article without an id its source id ("s1", "s2", ...
// in the order given) and analyses its text: the documents and ids that a
// corpus, or several corpora of one run, are made of.
func Analyze(articles []*news.Article) ([]*text.Doc, []string) {
	docs := make([]*text.Doc, len(articles))
	ids := make([]string, len(articles))
	for i, a := range articles {
		if a.ID == "" {
			a.ID = "s" + strconv.Itoa(i+1)
		}
		ids[i] = a.ID
	}
	// Each article's analysis depends on it alone: they run on all cores,
	// each into its own slot, so the result is the same as one by one.
	Parallel(len(articles), 0, func(i int) { docs[i] = text.Analyze(articles[i]) })
	return docs, ids
}

// Parallel calls f(0) .. f(n-1) on up to workers goroutines (GOMAXPROCS
// when workers <= 0) and returns when all have returned. f must write only
// what belongs to its index.
func Parallel(n, workers int, f func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}

// FromCorpus makes the brief of an analysed story. It finds copies first,
// since every later count of support is in independent sources.
func FromCorpus(c *text.Corpus, opt Options) *news.Brief {
	if opt.SummaryWords == 0 && opt.SummaryBytes == 0 {
		opt.SummaryWords = 100
	}
	c.SetCopies(dedup.Copies(c.Docs))
	// The shared annotation of each English report, on all cores: quotes,
	// the timeline and the summary all read it, and each report's depends
	// on it alone. Through the corpus, so that a sentence that copies of a
	// report share is tagged once.
	Parallel(len(c.Docs), 0, func(i int) {
		if c.Docs[i].English() {
			c.Annotation(i)
		}
	})
	// Quotes and the timeline read only the corpus; the claims, their
	// comparison and the summary go on beside them. Each stage writes only
	// its own result, so the brief is the same as one after the other.
	var (
		quotes        quote.Result
		events        []news.TimelineEntry
		dateConflicts []news.Conflict
		side          sync.WaitGroup
	)
	// One resolution of the story's names serves the quotes and the
	// comparison (it only reads once resolved).
	ents := entity.Resolve(c)
	side.Go(func() {
		quotes = quote.AnalyzeWith(c, ents)
		events, dateConflicts = timeline.Build(c)
	})
	aligned := align.Align(c)
	cmp := compare.CompareWith(c, aligned, ents)
	picks := summarize.SelectFacts(c, aligned, summarize.Budget{Words: opt.SummaryWords, Bytes: opt.SummaryBytes},
		summarize.DisputedFacts(c, cmp.Conflicts))
	side.Wait()

	b := &news.Brief{
		Sources:      sources(c, opt.IncludeText),
		Summary:      summary(c, aligned, picks),
		Claims:       aligned.Claims,
		Agreements:   oneAgreementPerFact(c, aligned, cmp.Agreements),
		Conflicts:    compare.OneListing(c, compare.Founded(c, slices.Concat(cmp.Conflicts, dateConflicts, quotes.Conflicts))),
		SingleSource: slices.Concat(uncorroborated(c, aligned, cmp.SingleSource), quotes.SingleSource),
		Quotes:       quotes.Quotes,
		Entities:     quotes.Entities,
		Timeline:     events,
		Notes:        notes(c),
	}
	quotedAgreements(c, aligned, b.Quotes, b.Agreements)
	compare.Readable(b.Conflicts)
	otherValues(b)
	withoutDatelines(b)
	b.Entities = withoutClockWords(b.Entities)
	b.Title = title(c, aligned.Claims)
	emptyNotNull(b)
	return b
}

// zoneAbbrevs are the abbreviations of time zones ("BST", "UTC").
var zoneAbbrevs = english.List("timex/zone-abbrev")

// withoutClockWords drops the entities named only by a time zone's
// abbreviation or a clock's "AM"/"PM" ("noon BST (1100 UTC)", "9 P.M."):
// the entity stage keeps them as mentions (ECB+ marks them inside a time),
// but they name nothing a reader of the brief would look up, and they
// headed the entity tables of MultiLing's Chilean and London topics.
func withoutClockWords(es []news.Entity) []news.Entity {
	return slices.DeleteFunc(es, func(e news.Entity) bool {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.Fields(n) {
				l := strings.ToLower(strings.ReplaceAll(w, ".", ""))
				if l != "am" && l != "pm" && !zoneAbbrevs.Has(l) {
					return false
				}
			}
		}
		return true
	})
}

// otherValues notes, on each summary sentence that states a value of a
// number difference (its own evidence is that of a side), the other sides'
// values and sources: the summary states a disputed figure as one report
// gives it, and the reader must see that others give it otherwise. A
// retracted value is left out.
func otherValues(b *news.Brief) {
	order := map[string]int{}
	for i, src := range b.Sources {
		order[src.ID] = i
	}
	for i := range b.Summary {
		s := &b.Summary[i]
		own := s.Evidence[0]
		for _, cf := range b.Conflicts {
			if cf.Kind != news.ConflictNumber {
				continue
			}
			states := slices.IndexFunc(cf.Sides, func(side news.Side) bool {
				return slices.ContainsFunc(side.Evidence, func(ev news.Evidence) bool {
					return ev.Source == own.Source && ev.Start < own.End && ev.End > own.Start
				})
			})
			if states < 0 {
				continue
			}
			stated := cf.Sides[states].Sources
			for j, side := range cf.Sides {
				if j != states && !side.Retracted {
					s.Others = append(s.Others, news.OtherValue{Value: side.Value, Sources: slices.Clone(side.Sources)})
					citedOnlyInPart(s, side.Sources, stated, own.Source, order)
				}
			}
		}
	}
}

// citedOnlyInPart moves a report that gives the other value of the
// sentence's figure, and not its own, from the sentence's sources to those
// that carry it in part: "Houser killed two people and wounded nine others"
// was cited to a report that wrote "wounding seven others" and listed it
// again under the other reports' "seven others" (GVA 380162).
func citedOnlyInPart(s *news.SummarySentence, other, stated []string, own string, order map[string]int) {
	gives := func(src string) bool {
		return src != own && slices.Contains(other, src) && !slices.Contains(stated, src)
	}
	for _, src := range s.Sources {
		if gives(src) && !slices.Contains(s.Partial, src) {
			s.Partial = append(s.Partial, src)
		}
	}
	slices.SortFunc(s.Partial, func(a, b string) int { return order[a] - order[b] })
	s.Sources = slices.DeleteFunc(s.Sources, gives)
	s.Evidence = slices.DeleteFunc(s.Evidence, func(ev news.Evidence) bool { return gives(ev.Source) })
}

// withoutDatelines drops the dateline that opens a report's first sentence
// ("TEXAS, US – ", "OCEANSIDE (CBS 8) – ") from the wording the brief shows
// of it: where the report was filed reads as page furniture at the head
// of a summary sentence, an agreement, a single-source claim or a moment of
// the timeline. A summary
// sentence's own evidence starts after it too; the sentence is otherwise
// as the report has it.
func withoutDatelines(b *news.Brief) {
	for i := range b.Summary {
		s := &b.Summary[i]
		if n := openerEnd(s.Text); n > 0 {
			s.Text = s.Text[n:]
			if len(s.Evidence) > 0 && s.Evidence[0].End-s.Evidence[0].Start > n {
				s.Evidence[0].Start += n
			}
		}
	}
	trim := func(t *string) {
		*t = (*t)[openerEnd(*t):]
	}
	for i := range b.Claims {
		trim(&b.Claims[i].Text)
	}
	for i := range b.Agreements {
		trim(&b.Agreements[i].Text)
	}
	for i := range b.SingleSource {
		if b.SingleSource[i].Kind == news.SingleClaim {
			trim(&b.SingleSource[i].Text)
		}
	}
	for i := range b.Timeline {
		trim(&b.Timeline[i].Text)
	}
}

// summary turns picked sentences into summary sentences that cite every
// source of the claim each one belongs to, not only the one it was taken from.
func summary(c *text.Corpus, a *align.Result, picks []align.SentRef) []news.SummarySentence {
	out := make([]news.SummarySentence, 0, len(picks))
	for _, p := range picks {
		sent := c.Docs[p.Doc].Sentences[p.Sent]
		s := news.SummarySentence{
			Text:     sent.Text,
			Sources:  []string{c.IDs[p.Doc]},
			Evidence: []news.Evidence{{Source: c.IDs[p.Doc], Start: sent.Start, End: sent.End}},
		}
		if ci := a.Of[p.Doc][p.Sent]; ci >= 0 {
			cl := a.Claims[ci]
			s.Claim = cl.ID
			s.Sources = slices.Clone(cl.Sources)
			s.Partial = slices.Clone(cl.Partial)
			var part []string
			s.Sources, part = carriersOfPick(c, a, p, ci, s.Sources)
			s.Partial = append(s.Partial, part...)
			// The picked sentence's own evidence first, then the rest.
			for _, ev := range cl.Evidence {
				if ev != s.Evidence[0] && !slices.Contains(part, ev.Source) {
					s.Evidence = append(s.Evidence, ev)
				}
			}
		}
		s.Sources, s.Evidence = addSupport(c, a, p, s.Sources, s.Evidence)
		s.Partial = slices.DeleteFunc(s.Partial, func(id string) bool { return slices.Contains(s.Sources, id) })
		// In the corpus's order, as the full citations are: the
		// claim's partial carriers and the pick's come from two lists.
		slices.SortStableFunc(s.Partial, func(x, y string) int { return c.IndexOf(x) - c.IndexOf(y) })
		out = append(out, s)
	}
	return out
}

// oneAgreementPerFact merges agreements whose claims carry each other: a
// sentence of each is among the sentences that carry the other (its members
// or its support), as when one report's wording joined one claim and
// another's a second. The merged entry keeps the first (best supported)
// wording and cites every report of both.
func oneAgreementPerFact(c *text.Corpus, a *align.Result, list []news.Agreement) []news.Agreement {
	index := make(map[string]int, len(a.Claims))
	for i, cl := range a.Claims {
		index[cl.ID] = i
	}
	carries := func(i, j int) bool { // a sentence of claim j carries claim i
		for _, m := range a.Members[j] {
			if slices.Contains(a.Members[i], m) || slices.Contains(a.Support[i], m) {
				return true
			}
		}
		return false
	}
	var out []news.Agreement
	var kept []int
	for _, ag := range list {
		j, ok := index[ag.Claim]
		merged := false
		for k, i := range kept {
			if ok && (carries(i, j) || carries(j, i)) {
				out[k].Sources = mergeSources(c, out[k].Sources, ag.Sources)
				docs := make([]int, len(out[k].Sources))
				for x, id := range out[k].Sources {
					docs[x] = c.IndexOf(id)
				}
				out[k].Independent = c.Independent(docs)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, ag)
			kept = append(kept, j)
		}
	}
	return out
}

// quotedAgreements gives an agreement the speaker of the quotation its
// sentence lies in, when the sentence does not name that speaker: "“For
// more than three decades, the Endangered Species Act has successfully
// protected our nation's most threatened wildlife ..." opens a quotation
// whose speaker the next sentence names (ECB+ 9).
func quotedAgreements(c *text.Corpus, a *align.Result, quotes []news.Quote, list []news.Agreement) {
	index := make(map[string]int, len(a.Claims))
	for i, cl := range a.Claims {
		index[cl.ID] = i
	}
	for k := range list {
		j, ok := index[list[k].Claim]
		if !ok {
			continue
		}
		// The sentence whose words the agreement shows: another
		// member may be a quotation that says the same (an alignment
		// of "Pimm said the rule excluded scientists" with the quote
		// "The new rules exclude expert scientists").
		for _, m := range a.Members[j] {
			if !strings.Contains(c.Docs[m.Doc].Sentences[m.Sent].Text, list[k].Text) {
				continue
			}
			if sp := quotedBy(c, m, quotes); sp != "" && !strings.Contains(list[k].Text, lastWord(sp)) {
				list[k].Speaker = sp
			}
			break
		}
	}
}

// quotedBy returns the speaker of the quote whose words make most of
// sentence m (four fifths of its bytes or more), or "": a sentence that
// only touches a quotation is the writer's.
func quotedBy(c *text.Corpus, m align.SentRef, quotes []news.Quote) string {
	sent := c.Docs[m.Doc].Sentences[m.Sent]
	id := c.IDs[m.Doc]
	for _, q := range quotes {
		if q.Speaker == "" {
			continue
		}
		quoted := 0
		for _, e := range q.Evidence {
			if e.Source == id {
				quoted += max(0, min(e.End, sent.End)-max(e.Start, sent.Start))
			}
		}
		// A quote's evidence is the clause that carries it, which for
		// a word quoted in the writer's sentence ("He said the man
		// punched the wall because he was "upset" over ...") is most
		// of the sentence: only the quoted words themselves count.
		quoted = min(quoted, len(q.Text))
		if 5*quoted >= 4*(sent.End-sent.Start) {
			return q.Speaker
		}
	}
	return ""
}

// lastWord is the last word of a name: the surname a sentence would use.
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// mergeSources is the union of two lists of source ids, in corpus order.
func mergeSources(c *text.Corpus, a, b []string) []string {
	out := slices.Clone(a)
	for _, id := range b {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.SortStableFunc(out, func(x, y string) int { return c.IndexOf(x) - c.IndexOf(y) })
	return out
}

// uncorroborated drops the single-source claims that another independent
// report carries in part (align's Corroborating: partial support by a fair
// share of the claim's weight, not by shared words alone): the comparison sees
// only sentences that carry a claim whole, but a long sentence whose facts
// another report gives in other sentences is not a claim of one source.
func uncorroborated(c *text.Corpus, a *align.Result, list []news.SingleSource) []news.SingleSource {
	byText := make(map[string]int, len(a.Claims))
	for i, cl := range a.Claims {
		byText[cl.Text] = i
	}
	return slices.DeleteFunc(list, func(s news.SingleSource) bool {
		i, ok := byText[s.Text]
		if !ok || s.Kind != news.SingleClaim || len(s.Sources) == 0 {
			return false
		}
		own := c.Group[c.IndexOf(s.Sources[0])]
		for _, d := range a.Corroborating[i] {
			if c.Group[d] != own {
				return true
			}
		}
		return false
	})
}

// Support thresholds for citing a source beside a summary sentence's own
// claim. A claim is a tight group (its members must stay coherent with each
// other), so a source can carry what a summary sentence says in a sentence
// that did not join the claim: one that matches it as well as claim members
// must (similarity at the alignment's own 0.34) and carries at least half
// of its informative weight. Set on the summit and example stories by
// reading every candidate pair: below these, pairs only share the story's
// names ("Putin ... the invitation" against "Thank you for accepting").
const (
	supportSimilarity = 0.34
	supportCoverage   = 0.5
)

// carriersOfPick splits the sources of claim ci into those that carry the
// picked sentence p and those that carry only part of it. A claim's members
// are linked by their cosine, so the picked sentence may say more than the
// sentences of other reports that joined its claim: "All four have been
// released from the hospital and are expected to survive." (GVA 491819)
// joined "Police say the victims are expected to survive.", which does not
// say that they left the hospital. A report none of whose sentences in the
// claim holds supportCoverage of the picked sentence's informative weight
// (the share addSupport asks of a report outside the claim) is partial
// support of the sentence, not a source.
func carriersOfPick(c *text.Corpus, a *align.Result, p align.SentRef, ci int, ids []string) (full, part []string) {
	best := make(map[int]float64, len(ids))
	for _, q := range slices.Concat(a.Members[ci], a.Support[ci]) {
		if q.Doc != p.Doc {
			best[q.Doc] = max(best[q.Doc], a.Coverage(p, q))
		}
	}
	for _, id := range ids {
		d := c.IndexOf(id)
		if cov, ok := best[d]; ok && cov < supportCoverage {
			part = append(part, id)
			continue
		}
		full = append(full, id)
	}
	return full, part
}

// addSupport cites every other source that carries the picked sentence's
// information, with the sentence that carries it as evidence.
func addSupport(c *text.Corpus, a *align.Result, p align.SentRef, ids []string, ev []news.Evidence) ([]string, []news.Evidence) {
	for _, n := range a.Neighbours(p, supportSimilarity) {
		id := c.IDs[n.Ref.Doc]
		if slices.Contains(ids, id) || a.Coverage(p, n.Ref) < supportCoverage {
			continue
		}
		sent := c.Docs[n.Ref.Doc].Sentences[n.Ref.Sent]
		ids = append(ids, id)
		ev = append(ev, news.Evidence{Source: id, Start: sent.Start, End: sent.End})
	}
	// Sources in the corpus's order, so citation marks read s1, s2, s3.
	slices.SortStableFunc(ids, func(x, y string) int { return c.IndexOf(x) - c.IndexOf(y) })
	return ids, ev
}

func sources(c *text.Corpus, includeText bool) []news.Source {
	out := make([]news.Source, len(c.Docs))
	for i, d := range c.Docs {
		a := d.Article
		s := news.Source{
			ID: c.IDs[i], File: a.File, URL: a.URL, Outlet: a.Outlet, OutletFrom: a.OutletFrom,
			Title: a.Title, Words: text.Words(a.Text), Language: d.Language, Encoding: a.Encoding,
		}
		if s.OutletFrom == "" {
			s.OutletFrom = news.OutletFromUnknown
		}
		if !a.Published.IsZero() {
			p := a.Published.Format(time.RFC3339)
			s.Published = &p
		}
		if c.CopyOf[i] >= 0 {
			id := c.IDs[c.CopyOf[i]]
			s.CopyOf = &id
		}
		if includeText {
			s.Text = a.Text
		}
		out[i] = s
	}
	return out
}

// title is the story's title: the headline of its most central source,
// the one that carries the most claims other sources carry too, so that a
// short post sharing little does not rename a story of long reports. Ties
// go to the longer report, then the earliest published, then the first.
func title(c *text.Corpus, claims []news.Claim) string {
	shared := make([]int, len(c.Docs))
	for _, cl := range claims {
		if len(cl.Sources) < 2 {
			continue
		}
		for _, id := range cl.Sources {
			if i := c.IndexOf(id); i >= 0 {
				shared[i]++
			}
		}
	}
	better := func(i, j int) bool {
		a, b := c.Docs[i].Article, c.Docs[j].Article
		if shared[i] != shared[j] {
			return shared[i] > shared[j]
		}
		if len(a.Text) != len(b.Text) {
			return len(a.Text) > len(b.Text)
		}
		return earlier(a.Published, b.Published)
	}
	best := -1
	for i, d := range c.Docs {
		if d.Article.Title != "" && !namesOnlyTheSite(d.Article) && (best < 0 || better(i, best)) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	a := c.Docs[best].Article
	return text.TrimSiteTail(a.Title, a.Outlet)
}

// namesOnlyTheSite reports whether an article's title is its site's name
// and nothing else ("American Press" on americanpress.com): a page whose
// headline was not found, whose title says who published it, not what
// happened.
func namesOnlyTheSite(a *news.Article) bool {
	site := a.Outlet
	if i := strings.IndexByte(site, '.'); i > 0 {
		site = site[:i]
	}
	t := letters(a.Title)
	return t != "" && (t == letters(site) || t == letters(a.Outlet))
}

// letters keeps the letters and digits of s, lower-cased.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// earlier reports whether a known time a comes before b (unknown last).
func earlier(a, b time.Time) bool {
	return !a.IsZero() && (b.IsZero() || a.Before(b))
}

func notes(c *text.Corpus) []string {
	var out []string
	dated := 0
	for _, d := range c.Docs {
		if !d.Article.Published.IsZero() {
			dated++
		}
		if !d.English() {
			out = append(out, "Source "+d.Article.ID+" is in language \""+d.Language+"\": crosscheck analyses English; it is listed but its claims are not compared.")
		}
	}
	if dated == 0 && len(c.Docs) > 0 {
		out = append(out, "No source gives a publication time: relative dates stay relative, ordered as far as the text allows.")
	}
	return out
}

// emptyNotNull makes every list of the contract an array in JSON, never null.
func emptyNotNull(b *news.Brief) {
	if b.Sources == nil {
		b.Sources = []news.Source{}
	}
	if b.Summary == nil {
		b.Summary = []news.SummarySentence{}
	}
	if b.Claims == nil {
		b.Claims = []news.Claim{}
	}
	if b.Agreements == nil {
		b.Agreements = []news.Agreement{}
	}
	if b.Conflicts == nil {
		b.Conflicts = []news.Conflict{}
	}
	if b.SingleSource == nil {
		b.SingleSource = []news.SingleSource{}
	}
	if b.Quotes == nil {
		b.Quotes = []news.Quote{}
	}
	if b.Entities == nil {
		b.Entities = []news.Entity{}
	}
	if b.Timeline == nil {
		b.Timeline = []news.TimelineEntry{}
	}
}
