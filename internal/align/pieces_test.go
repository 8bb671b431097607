package align

import (
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestNoPieceBreakInsideANumber reads the bundled example's report that
// says the sailors "landed at just gone 12:00 noon BST": the colon of a
// clock time (and the comma of "1,000") is not where one fact ends and
// another begins; the pieces were "landed at just gone 12:" and "00 noon".
func TestNoPieceBreakInsideANumber(t *testing.T) {
	raw, err := os.ReadFile("../../examples/iran-sailors-2007/M0022.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze(&news.Article{Text: string(raw) + "\n\nThe fund paid $1,000 to 12,500 families, officials said."})
	checked := 0
	for si := range d.Sentences {
		toks := d.SentenceTokens(si)
		for _, k := range pieceStarts(toks) {
			if k > 0 && k < len(toks) && toks[k].Kind == text.Number && (toks[k-1].Text == ":" || toks[k-1].Text == ",") && toks[k-1].Start == toks[k].Start-1 && k >= 2 && toks[k-2].End == toks[k-1].Start {
				t.Errorf("a piece starts inside %q", d.Article.Text[toks[k-2].Start:toks[k].End])
			}
		}
		for _, tk := range toks {
			if tk.Text == ":" || tk.Text == "," {
				if s := d.Article.Text[max(0, tk.Start-2):min(len(d.Article.Text), tk.End+2)]; strings.ContainsAny(s[:2], "0123456789") && strings.ContainsAny(s[len(s)-2:], "0123456789") {
					checked++
				}
			}
		}
	}
	if checked < 3 {
		t.Fatalf("%d colons or commas inside numbers found, want 12:00, 1,000 and 12,500", checked)
	}
}

// TestSharesFactOrPiece checks the support test of addSupport on real
// stories: for every pair of sentences of two reports, sharesFactOrPiece
// (which counts the shared words once and turns a pair away before cutting
// its sentences when they share fewer than MinTerms words) answers as
// sharesFact and carriesPiece asked one after the other.
func TestSharesFactOrPiece(t *testing.T) {
	dataDir(t)     // skip here, not in a subtest, when the data is missing
	var pieces int // pairs carried by pieces alone
	for name, align := range map[string]func(*testing.T) *Result{
		"summit":       func(t *testing.T) *Result { return AlignWith(summit(t), Options{Clauses: true}) },
		"multiling-10": func(t *testing.T) *Result { return AlignWith(story(t, 10), Options{Clauses: true}) },
	} {
		t.Run(name, func(t *testing.T) {
			r := align(t)
			var refs []SentRef
			for d, doc := range r.ix.c.Docs {
				for s := range doc.Sentences {
					if r.ix.sentence(SentRef{d, s}) != nil {
						refs = append(refs, SentRef{d, s})
					}
				}
			}
			var turned int
			for _, a := range refs {
				for _, b := range refs {
					if a.Doc == b.Doc {
						continue
					}
					fact, piece := r.sharesFact(a, b), r.carriesPiece(a, b)
					if got := r.sharesFactOrPiece(a, b); got != (fact || piece) {
						t.Errorf("%v %v: sharesFactOrPiece %v, sharesFact %v, carriesPiece %v", a, b, got, fact, piece)
					}
					if piece && !fact {
						pieces++
					}
					if r.ix.sharedWeights(r.ix.sentence(a), r.ix.sentence(b)).words < MinTerms {
						turned++
					}
				}
			}
			if turned == 0 {
				t.Error("no pair turned away early: the test proves nothing")
			}
			t.Logf("%d sentences, %d pairs turned away early", len(refs), turned)
		})
	}
	if pieces == 0 {
		t.Error("no pair carried by pieces alone: the test proves nothing")
	}
}

// TestCandidateCounts checks the counts by which the wider search of
// partial support turns candidates away unscored: for every active
// sentence of the summit and of a MultiLing topic (with and without
// clauses), a candidate that eachCandidate marks as unable to share a fact
// is one that sharesFactOrPiece turns away.
func TestCandidateCounts(t *testing.T) {
	dataDir(t) // skip here, not in a subtest, when the data is missing
	for name, align := range map[string]func(*testing.T) *Result{
		"summit":               func(t *testing.T) *Result { return Align(summit(t)) },
		"summit-clauses":       func(t *testing.T) *Result { return AlignWith(summit(t), Options{Clauses: true}) },
		"multiling-10":         func(t *testing.T) *Result { return Align(story(t, 10)) },
		"multiling-10-clauses": func(t *testing.T) *Result { return AlignWith(story(t, 10), Options{Clauses: true}) },
	} {
		t.Run(name, func(t *testing.T) {
			r := align(t)
			var skipped, kept int
			for d, doc := range r.ix.c.Docs {
				for s := range doc.Sentences {
					a := SentRef{d, s}
					if r.ix.sentence(a) == nil {
						continue
					}
					r.ix.eachCandidate(a, supportTerms, supportCandidates, func(b SentRef, may bool) {
						if may {
							kept++
							return
						}
						skipped++
						if r.sharesFactOrPiece(a, b) {
							t.Errorf("%v %v: turned away, but sharesFactOrPiece says yes", a, b)
						}
					})
				}
			}
			if skipped == 0 {
				t.Error("no candidate turned away: the test proves nothing")
			}
			t.Logf("%d candidates turned away unscored, %d tested", skipped, kept)
		})
	}
}
