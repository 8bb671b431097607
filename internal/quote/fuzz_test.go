package quote

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// FuzzFind feeds any text to the quote finder: it must not panic, and every
// span it returns must lie inside the text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Kim said.",
		"He said: \"It is over.\n\n\"And it will stay over.",
		"According to KCNA, Putin ‘accepted the invitation with pleasure’.",
		"``Never,'' said Mr. Smith, R-Ohio, ``not once.''",
		"“Unclosed quote … said", "'a' 'b' ’c‘ \"\" “”", "said said said “", "\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Analyze(&news.Article{ID: "f", Text: s, Language: "en"})
		c := text.NewCorpus([]*text.Doc{d}, []string{"f"})
		in := func(what string, sp Span) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("%s span %+v outside the text of %d bytes", what, sp, len(s))
			}
		}
		for _, a := range Find(d, 0, entity.Resolve(c)) {
			for _, sp := range a.Content {
				in("content", sp)
			}
			for _, sp := range a.Quoted {
				in("quoted", sp)
			}
			in("cue", a.Cue)
			in("source", a.Source)
		}
		res := Analyze(c)
		for _, q := range res.Quotes {
			for _, ev := range q.Evidence {
				in("evidence", Span{ev.Start, ev.End})
			}
		}
		for _, e := range res.Entities {
			for _, ev := range e.Evidence {
				in("entity", Span{ev.Start, ev.End})
			}
		}
	})
}
