package quote

import "testing"

// TestAdverbialAfterAppositive reads MultiLing 2011 topic 5 (the Chile
// earthquakes of 2010): “...,” reported El Rancagüino, the most important
// newspaper in O'Higgins Region, on February 28. The brief gave the quote
// to "El Rancagüino, the most important newspaper in O'Higgins Region, on
// February 28": a preposition after the appositive's closing comma opens
// an adverbial of the verb, which is none of the source.
func TestAdverbialAfterAppositive(t *testing.T) {
	attributionOf := topicAttributions(t, 5, "8.8 magnitude")
	a, d := attributionOf("Pichilemu is the symbolic beach resort")
	if d == nil {
		t.Fatal("no attribution of “Pichilemu is the symbolic beach resort ...”")
	}
	if a.Speaker != "El Rancagüino" {
		t.Errorf("speaker %q, want El Rancagüino", a.Speaker)
	}
}

// TestTranscriptLines reads GVA incident 398361 (a drive-by shooting at a
// basketball game in Rochester, 2015), whose last report prints an
// interview as a transcript: `Rachel Spotts: "Are you satisfied with the
// outcome?"`, `Anita Barley, Jonah's morther: "Most definitely. ..."`,
// `Spotts: "Justice was served today?"`. The brief gave the mother's
// words and the reporter's question to the dead victim, Jonah Barley: the
// capital of "Are" after the colon made the reporter's line a headline,
// whose name was dropped, and the mother's line went to the last name
// before its colon, the son's in her appositive. A name that opens a
// transcript's line before a comma is the speaker.
func TestTranscriptLines(t *testing.T) {
	wantSpeaker(t, "398361", "Are you satisfied with the outcome", "Rachel Spotts")
	wantSpeaker(t, "398361", "Most definitely", "Anita Barley")
	wantSpeaker(t, "398361", "Justice was served today", "Rachel Spotts")
}

// TestPassiveAgentAndFreeRelative reads GVA incident 489581 (the Santa
// Monica shooting of 2013): "He was praised by the school's president,
// Chui L. Tsang, as “an integral part of the Santa Monica College
// family”" went, through "He", to the wounded woman quoted before; the
// agent of a cue in the passive speaks. "others took cover in what
// Seabrooks called a “safe room,”" had the speaker "others took cover in
// what Seabrooks": a free relative's subject is the source.
func TestPassiveAgentAndFreeRelative(t *testing.T) {
	wantSpeaker(t, "489581", "an integral part of the Santa Monica College", "Chui L. Tsang")
	wantSpeaker(t, "489581", "safe room", "Jacqueline Seabrooks")
}
