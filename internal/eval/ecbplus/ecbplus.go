// Package ecbplus reads the ECB+ corpus (Cybulska and Vossen, LREC 2014) as
// news articles with their gold story: the topic and whether the document
// reports the topic's original (ecb) or its similar second (ecbplus) event.
package ecbplus

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Doc is one ECB+ document: its article (text joined from the tokens) and
// its gold story, "<topic>ecb" or "<topic>ecbplus".
type Doc struct {
	Article *news.Article
	Topic   string
	Story   string
}

// Load reads every document under dir (the folder holding the topic
// folders), in a stable order: by topic, then by file name.
func Load(dir string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("ecbplus: no documents under %s", dir)
	}
	sort.Strings(paths)
	docs := make([]Doc, 0, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		txt, err := Text(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("ecbplus %s: %w", p, err)
		}
		base := strings.TrimSuffix(filepath.Base(p), ".xml")
		topic, _, _ := strings.Cut(base, "_")
		kind := "ecb"
		if strings.HasSuffix(base, "ecbplus") {
			kind = "ecbplus"
		}
		docs = append(docs, Doc{
			Article: &news.Article{ID: base, File: p, Language: "en", Text: txt},
			Topic:   topic,
			Story:   topic + kind,
		})
	}
	return docs, nil
}

// Articles returns the articles of docs whose gold story is story
// ("3ecbplus") or, given a bare topic ("3"), of both its events.
func Articles(docs []Doc, story string) []*news.Article {
	var out []*news.Article
	for _, d := range docs {
		if d.Story == story || d.Topic == story {
			out = append(out, d.Article)
		}
	}
	return out
}

type token struct {
	Sentence int    `xml:"sentence,attr"`
	Text     string `xml:",chardata"`
}

// Text joins the tokens of one ECB+ document into text: one sentence a
// paragraph, spaces between tokens except where punctuation attaches. The
// first sentence is dropped when it is the page's URL, since it would give
// the story away.
func Text(r io.Reader) (string, error) {
	var doc struct {
		Tokens []token `xml:"token"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return "", err
	}
	var sents [][]string
	last := -1
	for _, t := range doc.Tokens {
		if t.Sentence != last || len(sents) == 0 {
			sents = append(sents, nil)
			last = t.Sentence
		}
		sents[len(sents)-1] = append(sents[len(sents)-1], t.Text)
	}
	if len(sents) > 0 && isURL(sents[0]) {
		sents = sents[1:]
	}
	paras := make([]string, 0, len(sents))
	for _, s := range sents {
		if p := join(s); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n"), nil
}

func isURL(toks []string) bool {
	s := strings.ToLower(strings.Join(toks, ""))
	return strings.HasPrefix(s, "http") || strings.HasPrefix(s, "www.") ||
		(!strings.Contains(s, " ") && len(toks) > 4 && (strings.Contains(s, ".com") || strings.Contains(s, ".org") || strings.Contains(s, ".co.")))
}

// join puts tokens back together as a writer would have spaced them.
func join(toks []string) string {
	var b strings.Builder
	quoteOpen := false
	for i, t := range toks {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		// The tokeniser wrote typographic quotes the LaTeX way, `` and '';
		// a reader (and the quote finder) sees curly quotes.
		switch t {
		case "``":
			t = "“"
		case "''":
			t = "”"
		}
		space := i > 0 && b.Len() > 0
		switch t {
		case ".", ",", ":", ";", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "”", "’", "’s":
			space = false
		case "-":
			// "multi - boat" was one word before tokenisation.
			if i > 0 && i+1 < len(toks) && isWordy(toks[i-1]) && isWordy(toks[i+1]) {
				space = false
			}
		case `"`:
			if quoteOpen {
				space = false
			}
			quoteOpen = !quoteOpen
		}
		if i >= 2 && isNumberPart(toks[i-2], toks[i-1], t) {
			// "5 . 9" and "1 , 199" were one number before
			// tokenisation: "5.9", "1,199".
			space = false
		}
		if i > 0 {
			switch toks[i-1] {
			case "(", "[", "$", "“", "‘", "``":
				space = false
			case "-", "’":
				if i >= 2 && isWordy(toks[i-2]) && isWordy(t) {
					space = false
				}
			case `"`:
				if quoteOpen {
					space = false
				}
			}
		}
		if space {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// isNumberPart reports whether tok continues a number that the tokeniser cut
// at its decimal point or thousands separator sep: digits before sep
// ("5", "$27", "$1"), and after it the fraction ("9", "5MM") or exactly
// three digits after a comma of thousands.
func isNumberPart(before, sep, tok string) bool {
	if (sep != "." && sep != ",") || before == "" || tok == "" {
		return false
	}
	if c := before[len(before)-1]; c < '0' || c > '9' {
		return false
	}
	n := 0
	for n < len(tok) && tok[n] >= '0' && tok[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	if sep == "," {
		return n == 3 && n == len(tok)
	}
	return true
}

func isWordy(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}
