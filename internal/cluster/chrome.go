package cluster

import (
	"strings"
	"unicode"

	"github.com/cespare/xxhash/v2"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// An outlet's pages carry its chrome: a copyright line, a sign-up box, a
// reporter's contact line, a video player's notice ("Please enable
// Javascript to watch this video"). Names and numbers that fill most of an
// outlet's pages are its boilerplate (names.go); chrome comes in whole
// sentences, printed again word for word (numbers aside) under other
// events. So a sentence its outlet has printed before is no evidence of the
// article's event, and its terms are left out: either chrome, or a story's
// background repeated from an earlier report (whose follow-up still names
// the story's people and places in its own sentences).

// outletSentences is how many sentence keys an outlet keeps in each of its
// two generations (the older is dropped when the newer is full), so that
// memory stays bounded on a long stream.
const outletSentences = 1024

// printed is the sentence keys an outlet has printed: two generations.
type printed struct{ cur, old map[uint64]bool }

// sentenceKeys returns a key per sentence of the text: its tokens lower
// case, every digit as 0 ("Copyright 2014" and "Copyright 2015" are one
// line). Sentences of fewer than 3 tokens get no key (0): they say too
// little to be told apart.
func sentenceKeys(d *text.Doc) []uint64 {
	if d.Article.Outlet == "" {
		return nil
	}
	keys := make([]uint64, len(d.Sentences))
	var b strings.Builder
	for i := range d.Sentences {
		toks := d.SentenceTokens(i)
		if len(toks) < 3 {
			continue
		}
		b.Reset()
		for _, tk := range toks {
			for _, r := range tk.Lower {
				if unicode.IsDigit(r) {
					r = '0'
				}
				b.WriteRune(r)
			}
			b.WriteByte(' ')
		}
		keys[i] = xxhash.Sum64String(b.String()) | 1
	}
	return keys
}

// dropChrome removes from words and ents the counts of the article's
// sentences that its outlet has printed before.
func (c *Clusterer) dropChrome(d *text.Doc, keys []uint64, words, ents map[term]int) {
	o := c.chrome[d.Article.Outlet]
	if o == nil {
		return
	}
	var sub []text.Sentence
	for i, k := range keys {
		if k != 0 && (o.cur[k] || o.old[k]) {
			sub = append(sub, d.Sentences[i])
		}
	}
	if len(sub) == 0 {
		return
	}
	chrome := &text.Doc{Article: &news.Article{}, Sentences: sub, Tokens: d.Tokens, Language: d.Language}
	w, e, _ := termCounts(chrome, nil, c.casing.isName)
	subtract(words, w)
	subtract(ents, e)
}

func subtract(m, by map[term]int) {
	for t, n := range by {
		if m[t] -= n; m[t] <= 0 {
			delete(m, t)
		}
	}
}

// noteSentences records that the outlet printed the sentences.
func (c *Clusterer) noteSentences(outlet string, keys []uint64) {
	if outlet == "" || len(keys) == 0 {
		return
	}
	o := c.chrome[outlet]
	if o == nil {
		o = &printed{cur: map[uint64]bool{}}
		c.chrome[outlet] = o
	}
	for _, k := range keys {
		if k != 0 {
			o.cur[k] = true
		}
	}
	if len(o.cur) > outletSentences {
		o.old, o.cur = o.cur, map[uint64]bool{}
	}
}
