package render

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Markdown writes one brief as Markdown for the terminal: a section per part
// of the brief that has anything in it, every statement followed by its
// citation marks ([s1, s3]). Text from the reports is escaped, so that no
// report can add headings, links or HTML of its own.
func Markdown(w io.Writer, b *news.Brief) error {
	bw := bufio.NewWriter(w)
	writeMarkdown(bw, b, "#")
	return bw.Flush()
}

// MarkdownBriefs writes several briefs one after another, each under its own
// numbered heading.
func MarkdownBriefs(w io.Writer, bs []*news.Brief) error {
	bw := bufio.NewWriter(w)
	for i, b := range bs {
		if i > 0 {
			bw.WriteString("\n---\n\n")
		}
		fmt.Fprintf(bw, "# Story %d of %d\n\n", i+1, len(bs))
		writeMarkdown(bw, b, "##")
	}
	return bw.Flush()
}

// markdown writes one brief: its head, then one section per part of the
// brief, each written by a method of its own.
type markdown struct {
	w      *bufio.Writer
	b      *news.Brief
	labels map[string]string
	h2, h3 string // the headings of sections and of their parts
}

func writeMarkdown(w *bufio.Writer, b *news.Brief, h string) {
	m := &markdown{w: w, b: b, labels: Labels(b.Sources), h2: h + "#", h3: h + "##"}
	m.head(h)
	m.summary()
	m.agreements()
	m.conflicts()
	m.singleSource()
	m.quotes()
	m.entities()
	m.timeline()
	m.coverage()
	m.sources()
}

// relabel gives ids their labels in the brief ("s1").
func (m *markdown) relabel(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = firstNonEmpty(m.labels[id], id)
	}
	return out
}

// cites writes the citations of ids: "[s1, s3]".
func (m *markdown) cites(ids []string) string { return mdCites(m.relabel(ids)) }

// head writes the title, the count of sources and the brief's notes.
func (m *markdown) head(h string) {
	w, b := m.w, m.b
	title := b.Title
	if title == "" {
		title = "Brief of " + plural(len(b.Sources), "report")
	}
	fmt.Fprintf(w, "%s %s\n\n", h, mdInline(title))
	indep := 0
	for _, s := range b.Sources {
		if s.CopyOf == nil {
			indep++
		}
	}
	fmt.Fprintf(w, "%s, %s.\n\n", plural(len(b.Sources), "source"), plural(indep, "independent source"))
	for _, n := range b.Notes {
		fmt.Fprintf(w, "> Note: %s\n", mdInline(n))
	}
	if len(b.Notes) > 0 {
		w.WriteString("\n")
	}
}

// summary writes the summary, each sentence with its citations.
func (m *markdown) summary() {
	w, b := m.w, m.b
	if len(b.Summary) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Summary\n\n", m.h2)
	for _, s := range b.Summary {
		fmt.Fprintf(w, "%s %s%s%s\n\n", mdInline(s.Text), m.cites(s.Sources), mdPartial(m.relabel(s.Partial)), m.others(s.Others))
	}
}

// agreements writes the agreements, numbered, with their independent sources.
func (m *markdown) agreements() {
	w, b := m.w, m.b
	if len(b.Agreements) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Agreements\n\n", m.h2)
	partial := claimPartial(b.Claims)
	for i, a := range b.Agreements {
		fmt.Fprintf(w, "%d. %s %s (%s)%s\n", i+1, mdInline(agreementText(a)), m.cites(a.Sources), plural(a.Independent, "independent source"), mdPartial(m.relabel(partialOnly(partial[a.Claim], a.Sources))))
	}
	w.WriteString("\n")
}

// conflicts writes the differences, one heading per difference and a line per side.
func (m *markdown) conflicts() {
	w, b := m.w, m.b
	if len(b.Conflicts) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Differences\n\n", m.h2)
	for _, c := range b.Conflicts {
		topic := conflictTopic(c.Kind, c.Topic)
		if topic == "" {
			topic = "untitled"
		}
		fmt.Fprintf(w, "%s %s: %s\n\n", m.h3, conflictKind(c.Kind), mdInline(topic))
		for _, s := range c.Sides {
			if s.Value != "" {
				note := mdInline(sideNote(s))
				if note != "" {
					// mdInline trims the note's leading space.
					note = " " + note
				}
				fmt.Fprintf(w, "- **%s**%s: %s %s\n", mdInline(s.Value), note, mdInline(s.Text), m.cites(s.Sources))
			} else {
				fmt.Fprintf(w, "- %s %s\n", mdInline(s.Text), m.cites(s.Sources))
			}
		}
		w.WriteString("\n")
	}
}

// singleSource writes what only one independent source carries.
func (m *markdown) singleSource() {
	w, b := m.w, m.b
	if len(b.SingleSource) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Single-source\n\n", m.h2)
	w.WriteString("Only one independent source carries these; nobody else corroborates them.\n\n")
	for _, s := range b.SingleSource {
		kind := "claim"
		if s.Kind == news.SingleQuote {
			kind = "quote"
		}
		fmt.Fprintf(w, "- (%s) %s %s\n", kind, mdInline(s.Text), m.cites(s.Sources))
	}
	w.WriteString("\n")
}

// quotes writes who said what, with the chain of attribution and other wordings.
func (m *markdown) quotes() {
	w, b := m.w, m.b
	if len(b.Quotes) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Who said what\n\n", m.h2)
	for _, q := range b.Quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "Unknown speaker"
		}
		fmt.Fprintf(w, "- **%s**: \"%s\" %s\n", mdInline(speaker), mdInline(q.Text), m.cites(q.Sources))
		if len(q.Chain) > 1 {
			chain := make([]string, len(q.Chain))
			for i, c := range q.Chain {
				chain[i] = mdInline(c)
			}
			fmt.Fprintf(w, "  - via %s\n", strings.Join(chain, " → "))
		}
		for _, vr := range q.Variants {
			if vr.Text == q.Text && slices.Equal(vr.Sources, q.Sources) {
				continue
			}
			fmt.Fprintf(w, "  - wording: \"%s\" %s\n", mdInline(vr.Text), m.cites(vr.Sources))
		}
	}
	w.WriteString("\n")
}

// entities writes the table of entities.
func (m *markdown) entities() {
	w, b := m.w, m.b
	if len(b.Entities) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Entities\n\n", m.h2)
	w.WriteString("| name | type | role | mentions | sources | also called |\n|---|---|---|---:|---|---|\n")
	for _, e := range b.Entities {
		typ := e.Type
		if e.Subtype != "" {
			typ += " (" + e.Subtype + ")"
		}
		aliases := make([]string, len(e.Aliases))
		for i, a := range e.Aliases {
			aliases[i] = mdCell(a)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %d | %s | %s |\n", mdCell(e.Name), mdCell(typ), mdCell(e.Role),
			e.Mentions, mdCell(strings.Join(m.relabel(e.Sources), ", ")), strings.Join(aliases, ", "))
	}
	w.WriteString("\n")
}

// timeline writes the timeline, each date with the words of the report.
func (m *markdown) timeline() {
	w, b := m.w, m.b
	if len(b.Timeline) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Timeline\n\n", m.h2)
	for _, t := range b.Timeline {
		when := "**" + mdInline(TimeLabel(t)) + "**"
		if t.When == nil {
			when += " (date not resolved)"
		} else if t.Expression != "" {
			// Keep the report's own words beside the resolved date: "last
			// week" shown only as a month would lose what the text said.
			when += " (“" + mdInline(t.Expression) + "”)"
		}
		fmt.Fprintf(w, "- %s: %s %s\n", when, mdInline(t.Text), m.cites(t.Sources))
	}
	w.WriteString("\n")
}

// coverage writes the table of which source carries which claim.
func (m *markdown) coverage() {
	w, b := m.w, m.b
	if len(b.Claims) == 0 || len(b.Sources) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Coverage\n\n", m.h2)
	w.WriteString("Which source carries which claim (x: carries it).\n\n| claim |")
	for _, s := range b.Sources {
		fmt.Fprintf(w, " %s |", mdCell(m.labels[s.ID]))
	}
	w.WriteString("\n|---|")
	for range b.Sources {
		w.WriteString(":-:|")
	}
	w.WriteString("\n")
	v := &View{Brief: b}
	for _, s := range b.Sources {
		v.Sources = append(v.Sources, &SourceView{Source: s})
	}
	for _, r := range v.Coverage() {
		fmt.Fprintf(w, "| %s |", mdCell(shorten(r.Claim.Text, 80)))
		for _, c := range r.Covers {
			if c {
				w.WriteString(" x |")
			} else {
				w.WriteString("   |")
			}
		}
		w.WriteString("\n")
	}
	w.WriteString("\n")
}

// sources writes the table of sources.
func (m *markdown) sources() {
	w, b := m.w, m.b
	if len(b.Sources) == 0 {
		return
	}
	fmt.Fprintf(w, "%s Sources\n\n", m.h2)
	w.WriteString("| id | outlet | title | published | words | copy of |\n|---|---|---|---|---:|---|\n")
	for _, s := range b.Sources {
		outlet := s.Outlet
		if outlet == "" {
			outlet = "unknown"
		} else if s.OutletFrom == news.OutletFromText || s.OutletFrom == news.OutletFromSite {
			outlet += " (from " + s.OutletFrom + ")"
		}
		// A report without a headline has none here: its file path is
		// not a title (and would show the user's folders).
		title := firstNonEmpty(s.Title, "(no headline)")
		pub := Published(s.Published)
		if pub == "" {
			pub = "unknown"
		}
		cp := ""
		if s.CopyOf != nil {
			cp = firstNonEmpty(m.labels[*s.CopyOf], *s.CopyOf)
		}
		id := m.labels[s.ID]
		if id != s.ID {
			id += " (" + s.ID + ")"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %d | %s |\n", mdCell(id), mdCell(outlet), mdCell(title), mdCell(pub), s.Words, mdCell(cp))
	}
}

// sideNote says when a side of a figure that changed was published, and
// whether it is the latest figure or one withdrawn: " (2016-06-14,
// latest)". Empty for a side that carries neither.
func sideNote(s news.Side) string {
	var p []string
	if len(s.Published) >= 10 {
		p = append(p, s.Published[:10])
	}
	if s.Latest {
		p = append(p, "latest")
	}
	if s.Retracted {
		p = append(p, "retracted")
	}
	if len(p) == 0 {
		return ""
	}
	return " (" + strings.Join(p, ", ") + ")"
}

// conflictTopic is a difference's topic under its kind's label, without
// the kind the topic itself opens with ("date: Voters, approved" under
// "Date"), which would read twice.
func conflictTopic(kind, topic string) string {
	label := conflictKind(kind)
	if len(topic) > len(label)+1 && strings.EqualFold(topic[:len(label)], label) && strings.HasPrefix(topic[len(label):], ": ") {
		return topic[len(label)+2:]
	}
	return topic
}

func conflictKind(k string) string {
	switch k {
	case news.ConflictNumber:
		return "Number"
	case news.ConflictDate:
		return "Date"
	case news.ConflictName:
		return "Name"
	case news.ConflictSpeaker:
		return "Speaker"
	case news.ConflictContradiction:
		return "Contradiction"
	}
	if k == "" {
		return "Difference"
	}
	return strings.ToUpper(k[:1]) + k[1:]
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func mdCites(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = mdInline(id)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// mdInline makes text safe inside a Markdown paragraph: one line, and every
// character that Markdown would read as markup escaped.
//
// A brief's Markdown passes every sentence it quotes through here: an ASCII
// byte is tested against a table and written as a byte, and the builder is
// sized once.
func mdInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8 + 1)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			space = false
			b.WriteRune(r)
			continue
		}
		i++
		switch {
		case c == '\n' || c == '\r' || c == '\t':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case c < 0x20 || c == 0x7f:
			continue // control characters would garble a terminal
		case mdEscaped[c]:
			b.WriteByte('\\')
		}
		space = c == ' '
		b.WriteByte(c)
	}
	out := strings.TrimSpace(b.String())
	// A paragraph that opens like a list item or a heading underline would
	// turn into one.
	if out != "" && strings.ContainsRune("-+=", rune(out[0])) {
		return "\\" + out
	}
	d := 0
	for d < len(out) && out[d] >= '0' && out[d] <= '9' {
		d++
	}
	if d > 0 && d < len(out) && (out[d] == '.' || out[d] == ')') {
		return out[:d] + "\\" + out[d:]
	}
	return out
}

// mdEscaped marks the characters that Markdown would read as markup, which
// mdInline escapes.
var mdEscaped = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte("\\`*_[]{}<>#|!~&") {
		t[c] = true
	}
	return t
}()

// mdCell is mdInline for a table cell; mdInline already escapes the pipe.
func mdCell(s string) string { return mdInline(s) }

// shorten cuts s to at most n runes at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// others notes, after a summary sentence's citations, the other values that
// other reports give of a figure it states: " (other reports: **50
// people** [s1, s2])", or nothing.
func (m *markdown) others(vals []news.OtherValue) string {
	if len(vals) == 0 {
		return ""
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = "**" + mdInline(v.Value) + "** " + m.cites(v.Sources)
	}
	return " (other reports: " + strings.Join(parts, "; ") + ")"
}

// mdPartial notes, after a line's citations, the sources that carry part
// of what it says only (partial support, not counted as citing it):
// " (in part: s3, s7)", or nothing.
func mdPartial(labels []string) string {
	if len(labels) == 0 {
		return ""
	}
	return " (in part: " + strings.Join(labels, ", ") + ")"
}

// claimPartial maps each claim's id to its partial supporters.
func claimPartial(claims []news.Claim) map[string][]string {
	m := make(map[string][]string, len(claims))
	for _, c := range claims {
		if len(c.Partial) > 0 {
			m[c.ID] = c.Partial
		}
	}
	return m
}
