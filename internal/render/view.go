package render

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Links says where the marks of an HTML brief point. The standalone file
// points inside itself; the web server points at its source pages.
type Links struct {
	// Span is the address of a cited span of a source's text. anchor is the
	// element id that View gives the span in that source's text.
	Span func(sourceID, anchor string) string
	// Source is the address of a source as a whole.
	Source func(sourceID string) string
	// Prefix goes before every element id the view makes, so that several
	// briefs in one page keep their ids apart.
	Prefix string
}

// InPage are the links of a standalone brief: fragments of the same page.
func InPage(prefix string) Links {
	return Links{
		Span:   func(_, anchor string) string { return "#" + anchor },
		Source: func(id string) string { return "#" + prefix + SourceAnchor(id) },
		Prefix: prefix,
	}
}

// View is a brief prepared for the HTML templates: sources looked up by id,
// their texts cut into plain and cited segments, and every citation resolved
// to the place it points at. The web pages and the standalone file share it,
// so that both show the same brief the same way.
type View struct {
	Brief       *news.Brief
	Title       string
	Sources     []*SourceView
	Independent int    // independent sources in the story
	Prefix      string // goes before every element id of the view
	links       Links
	byID        map[string]*SourceView
	claims      map[string]*news.Claim
}

// SourceView is one source of a view.
type SourceView struct {
	news.Source
	Label      string // short name of the source in citation marks
	Name       string // outlet, else title, else file, else id: how people name it
	Anchor     string // element id of the source's block
	Href       string // where a link to the whole source goes
	Paragraphs [][]Segment
	spans      []span // merged cited spans, sorted
	prefix     string
}

// Labels are the short names of a brief's sources in citation marks: their
// ids when all are short (s1, s2 from brief), else s1...sN in source order,
// so that a stored story's 17-character article ids read as brief's do.
func Labels(sources []news.Source) map[string]string {
	short := true
	for _, s := range sources {
		if len(s.ID) > 6 {
			short = false
		}
	}
	out := make(map[string]string, len(sources))
	for i, s := range sources {
		out[s.ID] = s.ID
		if !short {
			out[s.ID] = "s" + strconv.Itoa(i+1)
		}
	}
	return out
}

// fileName is the last element of a path: a source without outlet or title
// is named by its file, never by a folder path the reader has no use for.
func fileName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// Segment is a run of a source's text, cited or not. A cited segment that
// opens a cited span carries the span's element id.
type Segment struct {
	Text  string
	Cited bool
	ID    string
}

type span struct{ start, end int }

// Cite is one citation mark: a source and where its evidence lies.
type Cite struct {
	Label string
	Name  string
	Href  string
}

// NewView prepares b for the templates. Evidence offsets that fall outside a
// source's text, or inside a UTF-8 sequence, are clamped, never trusted.
func NewView(b *news.Brief, links Links) *View {
	v := &View{
		Brief:  b,
		Title:  b.Title,
		links:  links,
		Prefix: links.Prefix,
		byID:   make(map[string]*SourceView, len(b.Sources)),
		claims: make(map[string]*news.Claim, len(b.Claims)),
	}
	if v.Title == "" {
		v.Title = "Brief of " + plural(len(b.Sources), "report")
	}
	labels := Labels(b.Sources)
	for i := range b.Sources {
		s := b.Sources[i]
		sv := &SourceView{Source: s, Label: labels[s.ID], Anchor: links.Prefix + SourceAnchor(s.ID), Href: links.Source(s.ID), prefix: links.Prefix}
		sv.Name = firstNonEmpty(s.Outlet, s.Title, fileName(s.File), s.URL, s.ID)
		if s.CopyOf == nil {
			v.Independent++
		}
		v.Sources = append(v.Sources, sv)
		v.byID[s.ID] = sv
	}
	for i := range b.Claims {
		v.claims[b.Claims[i].ID] = &b.Claims[i]
	}
	// Every evidence of the brief marks its span in its source's text.
	each := func(evs []news.Evidence) {
		for _, e := range evs {
			if sv := v.byID[e.Source]; sv != nil && sv.Text != "" {
				if sp, ok := clampSpan(sv.Text, e.Start, e.End); ok {
					sv.spans = append(sv.spans, sp)
				}
			}
		}
	}
	for _, s := range b.Summary {
		each(s.Evidence)
	}
	for _, c := range b.Claims {
		each(c.Evidence)
	}
	for _, c := range b.Conflicts {
		for _, s := range c.Sides {
			each(s.Evidence)
		}
	}
	for _, s := range b.SingleSource {
		each(s.Evidence)
	}
	for _, q := range b.Quotes {
		each(q.Evidence)
		for _, vr := range q.Variants {
			each(vr.Evidence)
		}
	}
	for _, t := range b.Timeline {
		each(t.Evidence)
	}
	for _, sv := range v.Sources {
		sv.spans = mergeSpans(sv.spans)
		sv.Paragraphs = segments(sv.Text, sv.spans, sv.prefix, sv.ID)
	}
	return v
}

// SourceAnchor is the element id of a source's block in a page.
func SourceAnchor(id string) string { return "src-" + idSafe(id) }

// SpanAnchor is the element id of the cited span that starts at start in the
// source id.
func SpanAnchor(id string, start int) string { return "src-" + idSafe(id) + "-" + strconv.Itoa(start) }

// idSafe keeps ids readable when they are plain, and hex-encodes them
// otherwise, so any source id makes a valid, unique fragment.
func idSafe(id string) string {
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return "x" + fmt.Sprintf("%x", id)
		}
	}
	return id
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// clampSpan fits [start, end) into text on rune boundaries.
func clampSpan(text string, start, end int) (span, bool) {
	start = max(0, min(start, len(text)))
	end = max(0, min(end, len(text)))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return span{start, end}, start < end
}

// mergeSpans sorts spans and joins those that overlap, so each byte of a text
// is in at most one mark.
func mergeSpans(ss []span) []span {
	slices.SortFunc(ss, func(a, b span) int { return a.start - b.start })
	var out []span
	for _, s := range ss {
		if n := len(out); n > 0 && s.start < out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// segments cuts text into paragraphs (at runs of newlines) and each paragraph
// into plain and cited runs. A span that crosses a paragraph break goes on in
// the next paragraph; only its first run carries the id.
func segments(text string, spans []span, prefix, sourceID string) [][]Segment {
	if text == "" {
		return nil
	}
	var paras [][]Segment
	var cur []Segment
	si, opened := 0, -1
	emit := func(from, to int) {
		for from < to {
			for si < len(spans) && spans[si].end <= from {
				si++
			}
			if si < len(spans) && spans[si].start <= from {
				end := min(to, spans[si].end)
				seg := Segment{Text: text[from:end], Cited: true}
				if si != opened {
					seg.ID = prefix + SpanAnchor(sourceID, spans[si].start)
					opened = si
				}
				cur = append(cur, seg)
				from = end
				continue
			}
			end := to
			if si < len(spans) && spans[si].start < to {
				end = spans[si].start
			}
			cur = append(cur, Segment{Text: text[from:end]})
			from = end
		}
	}
	i := 0
	for i < len(text) {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		if j > i {
			emit(i, j)
		}
		k := j
		for k < len(text) && (text[k] == '\n' || text[k] == '\r') {
			k++
		}
		if len(cur) > 0 {
			paras = append(paras, cur)
			cur = nil
		}
		i = k
	}
	return paras
}

// Cites are the citation marks of a statement: one per source, in the order
// of ids, each pointing at that source's first evidence.
func (v *View) Cites(ids []string, evs []news.Evidence) []Cite {
	out := make([]Cite, 0, len(ids))
	for _, id := range ids {
		sv := v.byID[id]
		if sv == nil {
			out = append(out, Cite{Label: id, Name: id})
			continue
		}
		c := Cite{Label: sv.Label, Name: sv.Name, Href: sv.Href}
		for _, e := range evs {
			if e.Source == id {
				if a := sv.anchorOf(e); a != "" {
					c.Href = v.links.Span(id, a)
				}
				break
			}
		}
		out = append(out, c)
	}
	return out
}

// ClaimCites are the citation marks of a claim named by id.
func (v *View) ClaimCites(claimID string, ids []string) []Cite {
	if c := v.claims[claimID]; c != nil {
		return v.Cites(ids, c.Evidence)
	}
	return v.Cites(ids, nil)
}

// ClaimPartial lists the sources that carry part of a claim only, leaving
// out those a line built on the claim cites in full (full).
func (v *View) ClaimPartial(claimID string, full []string) []string {
	if c := v.claims[claimID]; c != nil {
		return partialOnly(c.Partial, full)
	}
	return nil
}

// partialOnly is partial without the sources of full. An agreement holds
// every report that carries its fact, gathered from the claims that state
// it, so a report its claim knows only as partial support may be cited in
// full on the agreement's line; it is then not "in part" as well.
func partialOnly(partial, full []string) []string {
	var out []string
	for _, id := range partial {
		if !slices.Contains(full, id) {
			out = append(out, id)
		}
	}
	return out
}

// anchorOf is the element id of the merged span holding e, or "".
func (sv *SourceView) anchorOf(e news.Evidence) string {
	sp, ok := clampSpan(sv.Text, e.Start, e.End)
	if !ok {
		return ""
	}
	i, found := slices.BinarySearchFunc(sv.spans, sp.start, func(s span, x int) int {
		switch {
		case s.end <= x:
			return -1
		case s.start > x:
			return 1
		}
		return 0
	})
	if !found {
		return ""
	}
	return sv.prefix + SpanAnchor(sv.ID, sv.spans[i].start)
}

// Source is the view of the source named by id, or nil.
func (v *View) Source(id string) *SourceView { return v.byID[id] }

// SupportClass is the CSS class of a support bar: the share of the story's
// independent sources, in steps of ten percent.
func (v *View) SupportClass(n int) string {
	if v.Independent == 0 {
		return "p0"
	}
	p := (n*10 + v.Independent/2) / v.Independent
	return "p" + strconv.Itoa(min(10, max(0, p))*10)
}

// CoverageRow is one claim of the coverage matrix: whether each source of the
// story, in the order of the sources, carries it.
type CoverageRow struct {
	Claim  *news.Claim
	Covers []bool
}

// Coverage is the claims x sources matrix, claims with most independent
// support first; ties keep the brief's order.
func (v *View) Coverage() []CoverageRow {
	rows := make([]CoverageRow, 0, len(v.Brief.Claims))
	for i := range v.Brief.Claims {
		c := &v.Brief.Claims[i]
		r := CoverageRow{Claim: c, Covers: make([]bool, len(v.Sources))}
		for j, s := range v.Sources {
			r.Covers[j] = slices.Contains(c.Sources, s.ID)
		}
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(a, b CoverageRow) int { return b.Claim.Independent - a.Claim.Independent })
	return rows
}

// TimeLabel is how a timeline entry's time reads: the resolved date in words
// as precise as its granularity, or the text's own relative form.
func TimeLabel(t news.TimelineEntry) string {
	if t.When == nil {
		if t.Relative != "" {
			return t.Relative
		}
		return t.Expression
	}
	w := *t.When
	for _, f := range []struct{ layout, out string }{
		{time.RFC3339, "Mon 2 Jan 2006, 15:04 MST"},
		{"2006-01-02T15:04", "Mon 2 Jan 2006, 15:04 local time"},
		{"2006-01-02", "Mon 2 Jan 2006"},
		{"2006-01", "January 2006"},
		{"2006", "2006"},
	} {
		if tm, err := time.Parse(f.layout, w); err == nil {
			if f.layout == time.RFC3339 {
				_, off := tm.Zone()
				if off == 0 {
					return tm.Format("Mon 2 Jan 2006, 15:04 UTC")
				}
				return tm.Format("Mon 2 Jan 2006, 15:04 -07:00")
			}
			return tm.Format(f.out)
		}
	}
	return w
}

// Published is a source's publication time as people read it, or "".
func Published(p *string) string {
	if p == nil || *p == "" {
		return ""
	}
	if t, err := time.Parse(time.RFC3339, *p); err == nil {
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			return t.Format("2 Jan 2006")
		}
		// The source's own offset, as it gave it: turning it into UTC would
		// move an early-morning report from Asia to the day before.
		if _, off := t.Zone(); off != 0 {
			return t.Format("2 Jan 2006 15:04 -07:00")
		}
		return t.Format("2 Jan 2006 15:04 UTC")
	}
	return *p
}
