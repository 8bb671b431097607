package cluster

import (
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
type outletNames struct {
	n  int
	df map[term]int32
}

// Bounds of an outlet's boilerplate: a name in at least boilerShare of the
// outlet's articles, once it has boilerMin of them; each outlet keeps at
// most outletTerms terms (the rarest are forgotten first).
const (
	boilerShare = 0.4
	boilerMin   = 5
	outletTerms = 4096
)

// boilerplate removes from ents the outlet's boilerplate names, after
// counting them. Articles without an outlet keep all their names.
func (c *Clusterer) boilerplate(outlet string, ents map[term]int) {
	if outlet == "" {
		return
	}
	o := c.outlets[outlet]
	if o == nil {
		o = &outletNames{df: map[term]int32{}}
		c.outlets[outlet] = o
	}
	o.n++
	for t := range ents {
		o.df[t]++
	}
	if len(o.df) > outletTerms {
		for t, n := range o.df {
			if n <= 1 {
				delete(o.df, t)
			}
		}
	}
	if o.n < boilerMin {
		return
	}
	for t := range ents {
		if float64(o.df[t]) >= boilerShare*float64(o.n) {
			delete(ents, t)
		}
	}
}
