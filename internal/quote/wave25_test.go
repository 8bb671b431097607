package quote

import "testing"

// TestChileAttributions reads the English reports of MultiLing 2011 topic
// 5 (the Chile earthquakes of 2010), whose brief, read as a reader, gave
// four quotes wrong:
//   - "the Pacific Tsunami Warning Center commented that “...”" was given
//     to "Center": "Warning", a verb of speech, ended the name, though it
//     stands between two of the name's proper nouns;
//   - “I was given my [former] kiosk ... near "the grotto of the Virgin"],
//     and was made smithereens by the tsunami,” he told Wikinews: the
//     quote the editor wrote inside the square brackets closed the outer
//     one, and the whole quote was lost; the quote after it ("..., he
//     added") went to Wikinews, then to the mayor the lost quote names;
//   - "his work as “the King of the Cochayuyo”": a title, its article and
//     preposition in lower case, was a quote spoken by "an essay";
//   - "‘We are here because we fear about our safety’: Residents scramble
//     after second earthquake", a heading, went on with the speaker of the
//     paragraph before it (the mayor); the words are a resident's.
func TestChileAttributions(t *testing.T) {
	attributionOf := topicAttributions(t, 5, "8.8 magnitude")
	for _, tc := range []struct{ quote, speaker string }{
		{"a destructive Pacific-wide tsunami is not expected.", "Pacific Tsunami Warning Center"},
		{"I was given my [former] kiosk", "Alejandro Mella"},
		{"I have always worked on selling cochayuyo here", "Alejandro Mella"},
		// The heading comes first: its words are found in Edith
		// Larraín's quote, not given to the mayor.
		{"We are here because we fear about our safety", "Edith Larraín"},
	} {
		a, d := attributionOf(tc.quote)
		if d == nil {
			t.Errorf("no attribution of “%s”", tc.quote)
			continue
		}
		if a.Speaker != tc.speaker {
			t.Errorf("“%s”: speaker %q, want %q", tc.quote, a.Speaker, tc.speaker)
		}
	}
	if a, d := attributionOf("the King of the Cochayuyo"); d != nil && !a.Title {
		t.Errorf("a title in quotation marks is a quote of %q", a.Speaker)
	}
}

// TestParticleSurname reads MultiLing 2011 topic 7 (Abu Ghraib): "Saleh
// al-Humaidi, a Yemeni journalist, told Reuters “...”" gave the quote to
// the whole phrase, the surname's particle in lower case read as a common
// noun's head, the role's.
func TestParticleSurname(t *testing.T) {
	attributionOf := topicAttributions(t, 7, "Graner")
	a, d := attributionOf("This is truly American ugliness")
	if d == nil {
		t.Fatal("no attribution of “This is truly American ugliness”")
	}
	if a.Speaker != "Saleh al-Humaidi" {
		t.Errorf("speaker %q, want Saleh al-Humaidi", a.Speaker)
	}
}
