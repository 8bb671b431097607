package render

import (
	"bufio"
	"embed"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Templates holds the brief's HTML templates and stylesheet. The web server
// parses them with its own pages, so both show a brief the same way.
//
//go:embed templates/brief.tmpl templates/brief.css
var Templates embed.FS

// CSS is the brief's stylesheet.
func CSS() string { return css }

var css = mustRead("templates/brief.css")

func mustRead(name string) string {
	b, err := Templates.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Funcs are the template functions the brief's templates use.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"plural":     plural,
		"published":  Published,
		"timeLabel":  TimeLabel,
		"kindLabel":  conflictKind,
		"topicLabel": conflictTopic,
		"sideNote":   sideNote,
		"kindClass":  func(k string) string { return "kind-" + known(k, "number", "date", "name", "speaker", "contradiction") },
		"typeClass":  func(k string) string { return "type-" + known(k, "person", "organization", "place") },
		"deref": func(p *string) string {
			if p == nil {
				return ""
			}
			return *p
		},
		"shorten":   shorten,
		"agreement": agreementText,
		"join":      strings.Join,
		"itoa":      strconv.Itoa,
	}
}

// agreementText is an agreement as a reader sees it: a sentence of a
// longer quotation with its speaker before it and its quotation marks
// closed ("Ken Salazar: “For more than three decades, ...”"). A sentence
// that closes its quotation and then attributes it ("“They went into the
// house ...,” he said.") shows the quoted words alone: the speaker in
// front says who, better than the pronoun.
func agreementText(a news.Agreement) string {
	if a.Speaker == "" {
		return a.Text
	}
	words := strings.TrimLeft(a.Text, " \"“'‘")
	if i := strings.IndexAny(words, "\"”"); i > 0 && strings.TrimSpace(strings.TrimLeft(words[i:], "\"”")) != "" {
		words = words[:i]
	}
	words = strings.TrimRight(words, " ,\"“”'‘’")
	return a.Speaker + ": “" + words + "”"
}

// known is k when it is one of the values, else "other": class names come
// from a fixed set, whatever the data says.
func known(k string, values ...string) string {
	for _, v := range values {
		if k == v {
			return k
		}
	}
	return "other"
}

// page is parsed on first use, not at start-up: every process links this
// package, and parsing costs 0.17 MB and 2,900 allocations.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("brief").Funcs(Funcs()).ParseFS(Templates, "templates/brief.tmpl"))
})

type standalone struct {
	Title string
	CSS   template.CSS
	Views []*View
}

// HTML writes one brief as a standalone HTML file: inline CSS, no script, no
// external fetch. Citation marks link to the cited sentences in the sources'
// texts, which the file holds when the brief was built with IncludeText;
// without them they link to the source's entry.
func HTML(w io.Writer, b *news.Brief) error {
	v := NewView(b, InPage(""))
	return writeStandalone(w, v.Title, []*View{v})
}

// HTMLBriefs writes several briefs into one standalone HTML file, one after
// another, their element ids kept apart.
func HTMLBriefs(w io.Writer, bs []*news.Brief) error {
	vs := make([]*View, len(bs))
	for i, b := range bs {
		vs[i] = NewView(b, InPage("b"+strconv.Itoa(i+1)+"-"))
	}
	title := "Brief of 1 story"
	if len(bs) != 1 {
		title = "Briefs of " + strconv.Itoa(len(bs)) + " stories"
	}
	return writeStandalone(w, title, vs)
}

func writeStandalone(w io.Writer, title string, vs []*View) error {
	bw := bufio.NewWriter(w)
	// The stylesheet is ours, never the data's, so it may go in as CSS.
	if err := page().ExecuteTemplate(bw, "standalone", standalone{Title: title, CSS: template.CSS(css), Views: vs}); err != nil {
		return err
	}
	return bw.Flush()
}
