package feed

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, doc, base string
		title           string
		want            []Item
	}{
		{"rss", `<rss version="2.0"><channel><title>Example News - World</title><link>https://news.example.com/</link>
<item><title>One</title><link>/a</link><pubDate>Wed, 13 Sep 2023 10:00:00 GMT</pubDate><description>&lt;p&gt;Body&lt;/p&gt;</description><author>x@example.com (Jane Doe)</author></item></channel></rss>`,
			"", "Example News",
			[]Item{{Link: "https://news.example.com/a", Title: "One", Published: time.Date(2023, 9, 13, 10, 0, 0, 0, time.UTC), Content: "<p>Body</p>", Author: "Jane Doe"}}},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Two</title><link href="b/2"/><id>urn:2</id><updated>2023-09-14T01:02:03Z</updated><content type="html">&lt;p&gt;Full&lt;/p&gt;</content><summary>Short</summary></entry></feed>`,
			"https://wire.example/feeds/", "Wire",
			[]Item{{Link: "https://wire.example/feeds/b/2", GUID: "urn:2", Title: "Two", Published: time.Date(2023, 9, 14, 1, 2, 3, 0, time.UTC), Content: "<p>Full</p>"}}},
		{"json feed", `{"version":"https://jsonfeed.org/version/1.1","title":"JF | Home","items":[{"id":"3","url":"https://jf.example/3","title":"Three","content_text":"Plain","date_published":"2023-09-15T00:00:00Z"}]}`,
			"", "JF",
			[]Item{{Link: "https://jf.example/3", GUID: "3", Title: "Three", Published: time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC), Content: "Plain"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.doc), tt.base)
			if err != nil {
				t.Fatal(err)
			}
			if f.Outlet() != tt.title {
				t.Errorf("Outlet() = %q, want %q", f.Outlet(), tt.title)
			}
			if diff := cmp.Diff(tt.want, f.Items); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
		})
	}
	for _, bad := range []string{"<rss><channel><item><title>x</tit", "just some text", "<html><body>page</body></html>"} {
		if _, err := Parse([]byte(bad), ""); err == nil || strings.Contains(err.Error(), "goxpp") {
			t.Errorf("Parse(%q) = %v, want a plain error", bad, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`<rss><channel><item><link>a</link></item></channel></rss>`), "https://x.example/")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[]}`), "")
	f.Fuzz(func(t *testing.T, b []byte, base string) {
		_, _ = Parse(b, base)
	})
}
