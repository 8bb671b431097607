package cluster

import (
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/crosscheck/crosscheck/internal/text"
)

// casing counts, per word, how often the stream writes it capitalised
// inside a sentence and how often in lower case. A word mostly written
// capitalised is a name ("Detroit", "Chatham"); one also common in lower
// case is a common word that a headline, an address or an institution
// capitalises ("Police", "Avenue", "Shooting"), and names no event. Learnt
// from the stream, so it needs no list and holds in any cased script.
type casing map[uint64][2]int32

// count adds the casing of the words of a text's sentences (not its
// headline, whose words are all capitalised in title case).
func (cs casing) count(d *text.Doc) {
	for i := range d.Sentences {
		toks := d.SentenceTokens(i)
		for k := 1; k < len(toks); k++ {
			tk := &toks[k]
			if tk.Kind != text.Word {
				continue
			}
			h := xxhash.Sum64String(tk.Lower)
			c := cs[h]
			if tk.Cap {
				c[1]++
			} else {
				c[0]++
			}
			cs[h] = c
		}
	}
}

// isName reports whether the stream writes a word capitalised more often
// than not.
func (cs casing) isName(lower string) bool {
	c := cs[xxhash.Sum64String(lower)]
	return c[1] > c[0]
}

// outletNames finds an outlet's boilerplate: the names and numbers in a
// large share of its articles (its own name, its city, its phone number,
// "Bay City News Service"), which make two stories of one outlet look alike.
//
// A share alone cannot tell boilerplate from the story an outlet is
// following: a feed's first articles may all report one event, whose names
// are then in most of them. What sets boilerplate apart is that it lasts:
// a station's name and city stand in its reports month after month, while
// the names of one event come in a burst. So a name also has to have stood
// in the outlet's articles for at least boilerSpan of stream time before it
// is dropped (when the articles' times are known).
type outletNames struct {
	n     int
	df    map[term]int32
	first map[term]time.Time // the earliest time a term was seen, when known
}

// Bounds of an outlet's boilerplate: a name in at least boilerShare of the
// outlet's articles, once it has boilerMin of them, and first seen at least
// boilerSpan before (a month: longer than the burst of coverage of most
// single events, shorter than the life of an outlet's fixtures); each
// outlet keeps at most outletTerms terms (the rarest are forgotten first).
const (
	boilerShare = 0.4
	boilerMin   = 5
	boilerSpan  = 30 * 24 * time.Hour
	outletTerms = 4096
)

// boilerplate removes from ents the outlet's boilerplate names, after
// counting them; when is the article's time (zero when unknown). Articles
// without an outlet keep all their names.
func (c *Clusterer) boilerplate(outlet string, ents map[term]int, when time.Time) {
	if outlet == "" {
		return
	}
	o := c.outlets[outlet]
	if o == nil {
		o = &outletNames{df: map[term]int32{}, first: map[term]time.Time{}}
		c.outlets[outlet] = o
	}
	o.n++
	for t := range ents {
		o.df[t]++
		if f, ok := o.first[t]; !when.IsZero() && (!ok || when.Before(f)) {
			o.first[t] = when
		}
	}
	if len(o.df) > outletTerms {
		for t, n := range o.df {
			if n <= 1 {
				delete(o.df, t)
				delete(o.first, t)
			}
		}
	}
	if o.n < boilerMin {
		return
	}
	for t := range ents {
		if float64(o.df[t]) < boilerShare*float64(o.n) {
			continue
		}
		if f, ok := o.first[t]; !when.IsZero() && ok && when.Sub(f) < boilerSpan {
			continue // a burst: the story the outlet follows, not its fixtures
		}
		delete(ents, t)
	}
}
