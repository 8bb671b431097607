package htmlpage

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFragmentText(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"<p>One.</p><p>Two <b>bold</b> words.</p>", []string{"One.", "Two bold words."}},
		{"Line one<br>Line two", []string{"Line one", "Line two"}},
		{"<ul><li>a</li><li>b</li></ul><script>var x;</script>", []string{"a", "b"}},
		{"Plain &amp; simple.", []string{"Plain & simple."}},
		{"no markup\nat all", []string{"no markup", "at all"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, FragmentText(tt.in)); diff != "" {
				t.Errorf("FragmentText (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExtractMetadata(t *testing.T) {
	const page = `<!DOCTYPE html><html lang="en-US"><head><title>Talks end without a deal - Example Post</title>
<meta property="og:site_name" content="Example Post"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-09-14T06:30:00+09:00"></head><body>
<header><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></header>
<main><h1>Talks end without a deal</h1>
<p>Negotiators from both countries left the capital on Thursday without the agreement that officials had promised a week earlier.</p>
<p>The two delegations said they would meet again next month, although neither side named a date or a place for the next round.</p>
</main><footer>Subscribe to our newsletter. Privacy policy. Terms of use.</footer></body></html>`
	doc, _ := Parse(page)
	p, err := Extract(doc, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{p.Title, p.Site, p.Author, p.Language, p.Published.UTC().Format("2006-01-02T15:04")}
	want := []string{"Talks end without a deal", "Example Post", "Jane Doe", "en", "2023-09-13T21:30"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
	text := strings.Join(p.Paragraphs, "\n")
	if !strings.HasPrefix(text, "Negotiators") || strings.Contains(text, "Subscribe") || strings.Contains(text, "Sport") {
		t.Errorf("main text:\n%s", text)
	}
	if p.SiteIsHost {
		t.Errorf("site name taken for a host")
	}
}

func FuzzFragmentText(f *testing.F) {
	f.Add("<p>One.</p><p>Two</p>")
	f.Add("<table><tr><td>x</td></tr></table>")
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range FragmentText(s) {
			if p == "" || strings.Contains(p, "\n") {
				t.Fatalf("bad paragraph %q", p)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	f.Add("<html><body><article><p>Text of a page.</p></article></body></html>")
	f.Add("<p>x")
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := Parse(s)
		if err != nil {
			return
		}
		p, err := Extract(doc, "https://example.com/a", Options{NoFallback: true})
		if err == nil && len(p.Paragraphs) == 0 {
			t.Fatalf("no error and no text")
		}
	})
}
