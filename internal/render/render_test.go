package render

import (
	"bytes"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The fixture's texts are written for these tests (no outlet's copy): a
// small story with every section of a brief, a copy of one wire text, and
// hostile markup in titles and text that must come out as text.
var fixtureTexts = map[string]string{
	"s1": "Harbour officials said the ferry <b>Aurora</b> ran aground at 6 a.m. on Tuesday.\n\n" +
		"About 120 passengers were taken off by lifeboat, the coast guard said.\n\n" +
		"\"Nobody was hurt, and the hull is intact,\" said harbour master Ana Ruiz.",
	"s2": "The ferry Aurora hit a sandbank early on Tuesday <script>alert('x')</script> near the harbour.\n\n" +
		"More than 150 passengers were evacuated, according to the operator.\n\n" +
		"\"Nobody was injured,\" harbour master Ana Ruiz told reporters. The operator denied that the captain was at fault.",
	"s3": "Harbour officials said the ferry <b>Aurora</b> ran aground at 6 a.m. on Tuesday.\n\n" +
		"About 120 passengers were taken off by lifeboat, the coast guard said.",
}

// ev is the evidence of the first place where sub occurs in the source's text.
func ev(t testing.TB, src, sub string) news.Evidence {
	t.Helper()
	i := strings.Index(fixtureTexts[src], sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in %s", sub, src)
	}
	return news.Evidence{Source: src, Start: i, End: i + len(sub)}
}

func ptr(s string) *string { return &s }

func fixture(t testing.TB, withText bool) *news.Brief {
	aground1 := "Harbour officials said the ferry <b>Aurora</b> ran aground at 6 a.m. on Tuesday."
	aground2 := "The ferry Aurora hit a sandbank early on Tuesday <script>alert('x')</script> near the harbour."
	pass1 := "About 120 passengers were taken off by lifeboat, the coast guard said."
	pass2 := "More than 150 passengers were evacuated, according to the operator."
	deny := "The operator denied that the captain was at fault."
	b := &news.Brief{
		Title: "Ferry <script>alert(\"title\")</script> runs aground & stays | put",
		Sources: []news.Source{
			{ID: "s1", File: "reports/a.txt", Outlet: "Harbour Herald", OutletFrom: "text", Title: "Ferry <i>Aurora</i> aground", Published: ptr("2024-03-05T09:30:00Z"), Words: 37, Language: "en"},
			{ID: "s2", URL: "https://example.org/news?id=1&x=<y>", Outlet: "Coast \"Daily\"", OutletFrom: "metadata", Title: "Sandbank <img src=x onerror=alert(1)>", Words: 42, Language: "en"},
			{ID: "s3", File: "reports/c.txt", Outlet: "", OutletFrom: "unknown", Words: 24, Language: "en", CopyOf: ptr("s1")},
		},
		Summary: []news.SummarySentence{
			{Text: aground1, Sources: []string{"s1", "s2", "s3"}, Evidence: []news.Evidence{ev(t, "s1", aground1), ev(t, "s2", aground2), ev(t, "s3", aground1)}, Claim: "c1"},
			{Text: pass1, Sources: []string{"s1", "s3"}, Evidence: []news.Evidence{ev(t, "s1", pass1), ev(t, "s3", pass1)}, Claim: "c2"},
		},
		Claims: []news.Claim{
			{ID: "c1", Text: aground1, Sources: []string{"s1", "s2", "s3"}, Independent: 2, Evidence: []news.Evidence{ev(t, "s1", aground1), ev(t, "s2", aground2), ev(t, "s3", aground1)}},
			{ID: "c2", Text: pass1, Sources: []string{"s1", "s3"}, Independent: 1, Evidence: []news.Evidence{ev(t, "s1", pass1), ev(t, "s3", pass1)}},
			{ID: "c3", Text: pass2, Sources: []string{"s2"}, Independent: 1, Evidence: []news.Evidence{ev(t, "s2", pass2)}},
			{ID: "c4", Text: deny, Sources: []string{"s2"}, Independent: 1, Evidence: []news.Evidence{ev(t, "s2", deny)}},
		},
		Agreements: []news.Agreement{{Claim: "c1", Text: aground1, Sources: []string{"s1", "s2", "s3"}, Independent: 2}},
		Conflicts: []news.Conflict{{Kind: news.ConflictNumber, Topic: "passengers evacuated", Sides: []news.Side{
			{Text: pass1, Value: "about 120", Sources: []string{"s1", "s3"}, Evidence: []news.Evidence{ev(t, "s1", pass1), ev(t, "s3", pass1)}},
			{Text: pass2, Value: "more than 150", Sources: []string{"s2"}, Evidence: []news.Evidence{ev(t, "s2", pass2)}},
		}}},
		SingleSource: []news.SingleSource{
			{Kind: news.SingleClaim, Text: deny, Sources: []string{"s2"}, Evidence: []news.Evidence{ev(t, "s2", deny)}},
			{Kind: news.SingleQuote, Text: "the hull is intact", Sources: []string{"s1"}, Evidence: []news.Evidence{ev(t, "s1", "the hull is intact")}},
		},
		Quotes: []news.Quote{{
			Speaker: "Ana Ruiz", Text: "Nobody was hurt, and the hull is intact", Chain: []string{"Ana Ruiz", "Harbour Herald"},
			Variants: []news.Variant{
				{Text: "Nobody was hurt, and the hull is intact", Sources: []string{"s1"}, Evidence: []news.Evidence{ev(t, "s1", "Nobody was hurt, and the hull is intact")}},
				{Text: "Nobody was injured", Sources: []string{"s2"}, Evidence: []news.Evidence{ev(t, "s2", "Nobody was injured")}},
			},
			Sources:  []string{"s1", "s2"},
			Evidence: []news.Evidence{ev(t, "s1", "Nobody was hurt, and the hull is intact"), ev(t, "s2", "Nobody was injured")},
		}},
		Entities: []news.Entity{
			{Name: "Ana Ruiz", Type: news.EntityPerson, Aliases: []string{"harbour master Ana Ruiz", "Ms <Ruiz>"}, Role: news.RoleSpeaker, Sources: []string{"s1", "s2"}, Mentions: 2},
			{Name: "Aurora", Type: news.EntityOther, Subtype: "vehicle", Aliases: []string{}, Role: news.RoleSubject, Sources: []string{"s1", "s2", "s3"}, Mentions: 3},
		},
		Timeline: []news.TimelineEntry{
			{When: ptr("2024-03-05T06:00:00Z"), Granularity: news.GranularityTime, Expression: "at 6 a.m. on Tuesday", Text: "the ferry ran aground", Sources: []string{"s1", "s3"}, Evidence: []news.Evidence{ev(t, "s1", aground1)}},
			{When: nil, Granularity: news.GranularityDay, Relative: "Tuesday", Expression: "early on Tuesday", Text: "the ferry hit a sandbank", Sources: []string{"s2"}, Evidence: []news.Evidence{ev(t, "s2", aground2)}},
		},
		Notes: []string{"Source s2 gives no publication time <sic>."},
	}
	if withText {
		for i := range b.Sources {
			b.Sources[i].Text = fixtureTexts[b.Sources[i].ID]
		}
	}
	return b
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/render -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got; run with -update if the change is meant):\n%s", name, diff)
	}
}

func TestGolden(t *testing.T) {
	minimal := &news.Brief{
		Sources: []news.Source{{ID: "s1", Outlet: "Only Outlet", OutletFrom: "metadata", Words: 3}},
		Summary: []news.SummarySentence{{Text: "One sentence.", Sources: []string{"s1"}}},
	}
	cases := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"full.md", func(w *bytes.Buffer) error { return Markdown(w, fixture(t, true)) }},
		{"full.html", func(w *bytes.Buffer) error { return HTML(w, fixture(t, true)) }},
		{"notext.html", func(w *bytes.Buffer) error { return HTML(w, fixture(t, false)) }},
		{"minimal.md", func(w *bytes.Buffer) error { return Markdown(w, minimal) }},
		{"minimal.html", func(w *bytes.Buffer) error { return HTML(w, minimal) }},
		{"many.md", func(w *bytes.Buffer) error { return MarkdownBriefs(w, []*news.Brief{fixture(t, true), minimal}) }},
		{"many.html", func(w *bytes.Buffer) error { return HTMLBriefs(w, []*news.Brief{fixture(t, true), minimal}) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := c.write(&buf); err != nil {
				t.Fatal(err)
			}
			golden(t, c.name, buf.Bytes())
		})
	}
}

func TestMarkdownOmitsEmptySections(t *testing.T) {
	var buf bytes.Buffer
	b := &news.Brief{Sources: []news.Source{{ID: "s1"}}, Summary: []news.SummarySentence{{Text: "A.", Sources: []string{"s1"}}}}
	if err := Markdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"Agreements", "Differences", "Single-source", "Who said what", "Entities", "Timeline", "Coverage"} {
		if strings.Contains(buf.String(), "## "+h) {
			t.Errorf("empty section %q shown:\n%s", h, buf.String())
		}
	}
	if !strings.Contains(buf.String(), "A. [s1]") {
		t.Errorf("summary sentence without its citation:\n%s", buf.String())
	}
}

func TestMarkdownEscapes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain words.", "plain words."},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"a | b", `a \| b`},
		{"[link](http://x)", `\[link\](http://x)`},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"2023. A year", `2023\. A year`},
		{"two\nlines\r\n", "two lines"},
		{"bell\x07", "bell"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := mdInline(c.in); got != c.want {
				t.Errorf("mdInline(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

var (
	hrefRe = regexp.MustCompile(`href="#([^"]+)"`)
	idRe   = regexp.MustCompile(`id="([^"]+)"`)
	markRe = regexp.MustCompile(`<mark class="cited" id="([^"]+)">([^<]*)</mark>`)
	citeRe = regexp.MustCompile(`<a class="cite" href="#([^"]+)"`)
)

// checkAnchors checks that every in-page link of an HTML brief has its
// target, and that ids are unique.
func checkAnchors(t *testing.T, page string) {
	t.Helper()
	ids := map[string]int{}
	for _, m := range idRe.FindAllStringSubmatch(page, -1) {
		ids[m[1]]++
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}
	for _, m := range hrefRe.FindAllStringSubmatch(page, -1) {
		if ids[html.UnescapeString(m[1])] == 0 {
			t.Errorf("link to #%s has no target", m[1])
		}
	}
}

func TestHTMLCitationsOpenTheirSentences(t *testing.T) {
	b := fixture(t, true)
	var buf bytes.Buffer
	if err := HTML(&buf, b); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	checkAnchors(t, page)
	marks := map[string]string{}
	for _, m := range markRe.FindAllStringSubmatch(page, -1) {
		marks[m[1]] = html.UnescapeString(m[2])
	}
	// The first summary sentence's marks must open, in each source, the
	// sentence that the evidence names.
	v := NewView(b, InPage(""))
	for _, s := range b.Summary {
		for i, c := range v.Cites(s.Sources, s.Evidence) {
			e := s.Evidence[i]
			want := fixtureTexts[e.Source][e.Start:e.End]
			got, ok := marks[strings.TrimPrefix(c.Href, "#")]
			if !ok {
				t.Errorf("mark %s of %q points at %s, which is not a cited span", c.Label, s.Text, c.Href)
				continue
			}
			if !strings.Contains(got, want) {
				t.Errorf("mark %s opens %q, want it to hold %q", c.Label, got, want)
			}
		}
	}
	if n := len(citeRe.FindAllString(page, -1)); n < 10 {
		t.Errorf("only %d citation links in the page", n)
	}
}

func TestHTMLEscapesHostileText(t *testing.T) {
	for _, withText := range []bool{true, false} {
		var buf bytes.Buffer
		if err := HTML(&buf, fixture(t, withText)); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		for _, bad := range []string{"<script", "<img", "<b>", "<i>", "<Ruiz>", "<sic>", "<y>"} {
			if strings.Contains(page, bad) {
				t.Errorf("withText=%v: %q reached the page unescaped", withText, bad)
			}
		}
		for _, want := range []string{"&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;"} {
			if !strings.Contains(page, want) {
				t.Errorf("withText=%v: escaped %q missing", withText, want)
			}
		}
	}
}

func TestHTMLManyKeepsIDsApart(t *testing.T) {
	var buf bytes.Buffer
	if err := HTMLBriefs(&buf, []*news.Brief{fixture(t, true), fixture(t, true)}); err != nil {
		t.Fatal(err)
	}
	checkAnchors(t, buf.String())
	if got := strings.Count(buf.String(), `<article class="brief"`); got != 2 {
		t.Errorf("%d briefs in the page, want 2", got)
	}
}

func TestSegments(t *testing.T) {
	text := "One two.\n\nThree four five. Six.\nSeven é."
	cases := []struct {
		name  string
		spans []span
		want  [][]Segment
	}{
		{"none", nil, [][]Segment{{{Text: "One two."}}, {{Text: "Three four five. Six."}}, {{Text: "Seven é."}}}},
		{"one sentence", []span{{10, 26}}, [][]Segment{
			{{Text: "One two."}},
			{{Text: "Three four five.", Cited: true, ID: "src-a-10"}, {Text: " Six."}},
			{{Text: "Seven é."}}}},
		{"across a break", []span{{4, 15}}, [][]Segment{
			{{Text: "One "}, {Text: "two.", Cited: true, ID: "src-a-4"}},
			{{Text: "Three", Cited: true}, {Text: " four five. Six."}},
			{{Text: "Seven é."}}}},
		{"starts on the break", []span{{8, 15}}, [][]Segment{
			{{Text: "One two."}},
			{{Text: "Three", Cited: true, ID: "src-a-8"}, {Text: " four five. Six."}},
			{{Text: "Seven é."}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := segments(text, mergeSpans(c.spans), "", "a")
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("segments (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClampAndMerge(t *testing.T) {
	text := "héllo world" // é is two bytes: 1 and 2
	cases := []struct {
		name       string
		start, end int
		want       span
		ok         bool
	}{
		{"inside", 0, 5, span{0, 5}, true},
		{"negative", -4, 3, span{0, 3}, true},
		{"past the end", 7, 99, span{7, len(text)}, true},
		{"mid rune start", 2, 6, span{1, 6}, true},
		{"mid rune end", 0, 2, span{0, 3}, true},
		{"empty", 4, 4, span{4, 4}, false},
		{"reversed", 6, 2, span{6, 2}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := clampSpan(text, c.start, c.end)
			if ok != c.ok || (ok && got != c.want) {
				t.Errorf("clampSpan(%d, %d) = %v, %v; want %v, %v", c.start, c.end, got, ok, c.want, c.ok)
			}
		})
	}
	got := mergeSpans([]span{{10, 20}, {0, 5}, {15, 30}, {5, 8}, {40, 41}})
	want := []span{{0, 5}, {5, 8}, {10, 30}, {40, 41}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(span{})); diff != "" {
		t.Errorf("mergeSpans (-want +got):\n%s", diff)
	}
}

func TestTimeLabel(t *testing.T) {
	cases := []struct {
		when, rel, want string
	}{
		{"2023-09-13", "", "Wed 13 Sep 2023"},
		{"2023-09", "", "September 2023"},
		{"2023", "", "2023"},
		{"2023-09-13T14:30:00+10:00", "", "Wed 13 Sep 2023, 14:30 +10:00"},
		{"2023-09-13T14:30:00Z", "", "Wed 13 Sep 2023, 14:30 UTC"},
		{"", "Tuesday", "Tuesday"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			e := news.TimelineEntry{Relative: c.rel}
			if c.when != "" {
				e.When = &c.when
			}
			if got := TimeLabel(e); got != c.want {
				t.Errorf("TimeLabel(%q) = %q, want %q", c.when, got, c.want)
			}
		})
	}
}

// FuzzHTML feeds arbitrary texts and offsets: a brief's offsets come from
// other stages and stored data, so the renderer must never trust them.
func FuzzHTML(f *testing.F) {
	f.Add("Héllo <b>world</b>.\n\nSecond para.", 0, 5, 3, 40, "s1")
	f.Add("", -1, 2, 0, 0, "x y")
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, id string) {
		b := &news.Brief{
			Sources: []news.Source{{ID: id, Text: text}},
			Summary: []news.SummarySentence{{Text: text, Sources: []string{id}, Evidence: []news.Evidence{{Source: id, Start: s1, End: e1}, {Source: id, Start: s2, End: e2}}}},
		}
		var buf bytes.Buffer
		if err := HTML(&buf, b); err != nil {
			t.Fatal(err)
		}
		if err := Markdown(&buf, b); err != nil {
			t.Fatal(err)
		}
	})
}

// TestPartialSupportShown: a source that carries part of a summary
// sentence or of an agreement's claim is shown apart from the full
// citations, in Markdown and in HTML, and is never one of them.
func TestPartialSupportShown(t *testing.T) {
	b := &news.Brief{
		Sources:    []news.Source{{ID: "s1", Outlet: "One"}, {ID: "s2", Outlet: "Two"}, {ID: "s3", Outlet: "Three"}},
		Summary:    []news.SummarySentence{{Text: "The ferry ran aground on Tuesday.", Sources: []string{"s1", "s2"}, Partial: []string{"s3"}}},
		Claims:     []news.Claim{{ID: "c1", Text: "The ferry ran aground on Tuesday.", Sources: []string{"s1", "s2"}, Independent: 2, Partial: []string{"s3"}}},
		Agreements: []news.Agreement{{Claim: "c1", Text: "The ferry ran aground on Tuesday.", Sources: []string{"s1", "s2"}, Independent: 2}},
	}
	var md bytes.Buffer
	if err := Markdown(&md, b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"The ferry ran aground on Tuesday. [s1, s2] (in part: s3)",
		"1. The ferry ran aground on Tuesday. [s1, s2] (2 independent sources) (in part: s3)",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}
	var h bytes.Buffer
	if err := HTML(&h, b); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(h.String(), `<span class="partial">in part: `); n != 2 {
		t.Errorf("HTML shows partial support %d times, want 2 (summary and agreement)", n)
	}
}

// TestConflictTopicOnce reads a date difference of ECB+ topic 13 (the
// Palmer creamery fire, a calibration topic), whose topic "date: Voters,
// approved" was headed "Date: date: Voters, approved": the kind is said
// once.
func TestConflictTopicOnce(t *testing.T) {
	for _, tc := range [][3]string{
		{news.ConflictDate, "date: Voters, approved", "Voters, approved"},
		{news.ConflictNumber, "m: dead, died, falling", "m: dead, died, falling"},
		{news.ConflictName, "Name", "Name"},
		{news.ConflictDate, "dated letters", "dated letters"},
	} {
		if got := conflictTopic(tc[0], tc[1]); got != tc[2] {
			t.Errorf("conflictTopic(%q, %q) = %q, want %q", tc[0], tc[1], got, tc[2])
		}
	}
}
