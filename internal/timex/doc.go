package timex

import (
	"time"

	"github.com/crosscheck/crosscheck/internal/text"
)

var preparedKey, foundKey = text.NewMemoKey(), text.NewMemoKey()

// PrepareDoc is Prepare of a report's text, done once per Doc: the
// timeline and the comparison resolve the same tokens.
func PrepareDoc(d *text.Doc) *Text {
	return d.Memo(preparedKey, func(d *text.Doc) any { return Prepare(d.Article.Text) }).(*Text)
}

// resolvedDoc is a Doc's expressions and the reference they were resolved against.
type resolvedDoc struct {
	ref time.Time
	txs []Timex
}

// OfDoc returns the time expressions of a report resolved against its
// publication time alone (zero when it has none: weekdays and dates
// without a year then keep their X's), found once per Doc: the one reading
// of dates that the comparison of sources shares with the timeline. A copy
// of the Doc with another publication time is resolved anew.
func OfDoc(d *text.Doc) []Timex {
	ref := d.Article.Published
	f := d.Memo(foundKey, func(d *text.Doc) any {
		return &resolvedDoc{ref: ref, txs: PrepareDoc(d).Find(Ref{Time: ref})}
	}).(*resolvedDoc)
	if !f.ref.Equal(ref) {
		return PrepareDoc(d).Find(Ref{Time: ref})
	}
	return f.txs
}
