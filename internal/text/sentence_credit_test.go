package text

import (
	"slices"
	"testing"
)

// TestCreditIsAPieceOfItsOwn splits captions as GVA incident
// 216737's third report runs them together, each with its photo's credit
// after it: "... Laylah Petersen. (Milwaukee Police Department) Paul Farr,
// along with ...". The credit is a piece of its own; the next caption
// opened with it, and "(Milwaukee Police Department) Paul Farr, along with
// Arlis Gordon ..." was a claim of the brief. A sentence in brackets, and
// a bracket inside a sentence, are as before.
func TestCreditIsAPieceOfItsOwn(t *testing.T) {
	for _, c := range []struct {
		para string
		want []string
	}{
		{"Carl Barrett, along with Arlis Gordon and Paul Farr, was arrested for the 2014 fatal shooting of 5-year-old Laylah Petersen. (Milwaukee Police Department) Paul Farr, along with Arlis Gordon and Carl Barrett, was arrested for the 2014 fatal shooting of 5-year-old Laylah Petersen. (Milwaukee Police Department)",
			[]string{"Carl Barrett, along with Arlis Gordon and Paul Farr, was arrested for the 2014 fatal shooting of 5-year-old Laylah Petersen.",
				"(Milwaukee Police Department)",
				"Paul Farr, along with Arlis Gordon and Carl Barrett, was arrested for the 2014 fatal shooting of 5-year-old Laylah Petersen.",
				"(Milwaukee Police Department)"}},
		// GVA 293164: a dateline with its outlet, no dash; the outlet
		// stays with the sentence after it, where Dateline reads it.
		{"FORT WAYNE, Ind. (WANE) Fort Wayne police are investigating a fatal shooting.",
			[]string{"FORT WAYNE, Ind.", "(WANE) Fort Wayne police are investigating a fatal shooting."}},
		// A page's date stamp in brackets is no credit.
		{"NBC 7's Danya Bacchus reports. (Published Thursday, Mar 14, 2013)",
			[]string{"NBC 7's Danya Bacchus reports.", "(Published Thursday, Mar 14, 2013)"}},
		{"He was a Navy veteran. (Several items in this photo gallery have been updated and corrected.) Police said so.",
			[]string{"He was a Navy veteran.", "(Several items in this photo gallery have been updated and corrected.)", "Police said so."}},
		{"The man spoke. (He later left) and then he ran. It was near 5th St. (the old one) and more.",
			[]string{"The man spoke.", "(He later left) and then he ran.", "It was near 5th St. (the old one) and more."}},
	} {
		wantPieces(t, c.para, c.want)
	}
}

// TestStampIsAPieceOfItsOwn splits the headline line of GVA incident
// 296327's first report, where the station's site glues its date stamps to
// the headline: each stamp is a piece of its own (a time line, which dates
// the page), and the headline, a claim of the brief, no longer carries them.
// A stamp word in prose, or before no date, is not cut.
func TestStampIsAPieceOfItsOwn(t *testing.T) {
	for _, c := range []struct {
		para string
		want []string
	}{
		{"Arrest made in club shooting that wounded 4 Posted: Sunday, February 22, 2015 10:04 AM EST Updated: Friday, February 27, 2015 10:13 AM EST",
			[]string{"Arrest made in club shooting that wounded 4", "Posted: Sunday, February 22, 2015 10:04 AM EST", "Updated: Friday, February 27, 2015 10:13 AM EST"}},
		{"The police Updated: the list of names on Monday.", []string{"The police Updated: the list of names on Monday."}},
		{"The department posted: Monday is the deadline.", []string{"The department posted: Monday is the deadline."}},
	} {
		wantPieces(t, c.para, c.want)
	}
}

// wantPieces checks the pieces SplitSentences cuts a paragraph into.
func wantPieces(t *testing.T, para string, want []string) {
	t.Helper()
	var got []string
	for _, sp := range SplitSentences(para) {
		got = append(got, para[sp.Start:sp.End])
	}
	if !slices.Equal(got, want) {
		t.Errorf("SplitSentences(%.40q...):\n got  %q\n want %q", para, got, want)
	}
}
