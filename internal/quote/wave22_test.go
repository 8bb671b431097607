package quote

import "testing"

// TestPersonBeforeOfSpeaks reads GVA incident 332732 (calibration): "Malcom
// Hunt of Pastors United said the violence must stop." / "“We are killing
// one another,” he said." The name right before "said" sits in an "of"
// phrase: it is where the subject works, and the "he" is the person's; the
// quote went to "Pastors United".
func TestPersonBeforeOfSpeaks(t *testing.T) {
	// The report spells him "Malcom"; the story's other report "Malcolm".
	wantSpeaker(t, "332732", "We are killing one another", "Malcolm Hunt")
}

// TestPluralNationalityIsNoHe reads ECB+ topic 41 (the shelling of a UN
// school in Gaza, a calibration topic): "Abed Sultan's father, Samir, said
// ..." / "“We came to the school when the Israelis warned us to leave,” he
// said." and "Umm Ibrahim, a hospitalized woman, said ..." / "“We escaped
// death in our house ...,” she said." Both went to "Nine Israelis", the
// entity of "the Israelis" named last: a nationality in the plural names
// people, never the one a "he" or a "she" stands for.
func TestPluralNationalityIsNoHe(t *testing.T) {
	wantTopicSpeakers(t, "41ecb", map[string]string{"We came to the school": "Samir", "We escaped death in our house": "Umm Ibrahim"})
}
