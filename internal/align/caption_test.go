package align

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestTestsBeforeExpressions checks the cheap tests in front of
// captionPlace (mayPlace), writerNote (mayBeWriterNote) and datedCaption
// (endsOnYear) on the
// sentences of the 4,603 GVA reports (local news, whose pages print photo
// captions and notes on their writers): neither turns away a sentence its
// expression matches, and each turns away most of the sentences that its
// caller's own test let through before.
func TestTestsBeforeExpressions(t *testing.T) {
	type count struct{ asked, matched, passed int }
	var place, writer, dated count
	tally := func(c *count, may, match bool, s string) {
		c.asked++
		if may {
			c.passed++
		}
		if match {
			c.matched++
			if !may {
				t.Errorf("%q matches, and the test in front turns it away", s)
			}
		}
	}
	for _, a := range testenv.GVATexts(t, 5000) {
		for _, sp := range text.SplitSentences(a) {
			s := strings.TrimSpace(a[sp.Start:sp.End])
			if mayPlace(s) != mayPlaceBySearch(s) {
				t.Errorf("mayPlace(%q) = %v, the searches for the words %v", s, mayPlace(s), !mayPlace(s))
			}
			if strings.Contains(s, "left") || strings.Contains(s, "right") || strings.Contains(s, "center") || strings.Contains(s, "centre") || strings.Contains(s, "middle") {
				tally(&place, mayPlace(s), captionPlace.MatchString(s), s)
			}
			if strings.Contains(s, "is a") {
				tally(&writer, mayBeWriterNote(s), writerNote.MatchString(s), s)
			}
			if strings.Contains(s, "day, ") {
				tally(&dated, endsOnYear(s), datedCaption.MatchString(s), s)
			}
		}
	}
	for name, c := range map[string]count{"captionPlace": place, "writerNote": writer, "datedCaption": dated} {
		if c.matched == 0 || c.passed*2 > c.asked {
			t.Errorf("%s: %d sentences asked, %d matched, %d passed: want some matches and at most half passed", name, c.asked, c.matched, c.passed)
		}
		t.Logf("%s: %d sentences asked, %d matched, %d passed", name, c.asked, c.matched, c.passed)
	}
}

// mayPlaceBySearch is mayPlace as five searches of the text, the form
// it replaced.
func mayPlaceBySearch(t string) bool {
	return strings.Contains(t, "left,") || strings.Contains(t, "right,") || strings.Contains(t, "center,") || strings.Contains(t, "centre,") || strings.Contains(t, "middle,")
}

// FuzzTestsBeforeExpressions checks that mayPlace, mayBeWriterNote and
// endsOnYear pass every text their expressions match.
func FuzzTestsBeforeExpressions(f *testing.F) {
	for _, s := range []string{"Smith, left, and Jones", "Smith, second from left, and", "front row, center, the", "(from left, Ann",
		"Paul Peirce is a Tribune-Review staff writer", "Megan Guza is a staff writer for Trib Total Media",
		"where two bailiffs were killed, Monday, July 11, 2016.", "a rally, Tuesday, Nov. 8, 2016", "on Monday, police said."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayPlace(s) != mayPlaceBySearch(s) {
			t.Errorf("mayPlace(%q) = %v, the searches for the words %v", s, mayPlace(s), !mayPlace(s))
		}
		if captionPlace.MatchString(s) && !mayPlace(s) {
			t.Errorf("mayPlace(%q) = false; captionPlace matches it", s)
		}
		if writerNote.MatchString(s) && !mayBeWriterNote(s) {
			t.Errorf("mayBeWriterNote(%q) = false; writerNote matches it", s)
		}
		if datedCaption.MatchString(s) && !endsOnYear(s) {
			t.Errorf("endsOnYear(%q) = false; datedCaption matches it", s)
		}
	})
}
