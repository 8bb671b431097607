package quote

import (
	"strings"
	"testing"
)

// TestNicknameBeforeAnAge reads GVA incident 349976 (a party shot at in New
// Haven, 2015): "Fayzon “Suki” Reboyras, 22, of New Haven, was taken into
// custody". The report never names Reboyras again, so the nickname was
// read as the police's words, a single-source quote of the brief; the age
// after the surname says the words before it are a person's name.
func TestNicknameBeforeAnAge(t *testing.T) {
	for _, q := range incidentQuotes(t, "349976") {
		if strings.Trim(q.text, ",. ") == "Suki" {
			t.Errorf("“%s” is a quote of %q", q.text, q.Speaker)
		}
	}
}

// TestParticiplePrepositionOpensNoSpeaker reads GVA incident 359830 (the
// Charleston church shooting, 2015): "he appears to be a “disaffected white
// supremacist,” based on his Facebook page, said the center's president,
// Richard Cohen." The words before "said" were the speaker, "based on his
// Facebook page"; a participle that opens a preposition's phrase ("based
// on", as "according to") opens no speaker, and the one after the verb
// speaks.
func TestParticiplePrepositionOpensNoSpeaker(t *testing.T) {
	wantSpeaker(t, "359830", "disaffected white supremacist", "Richard Cohen")
}

// TestParticipleEndsTheSourceAfterItsCue reads GVA incident 353609 (a
// murder-suicide in Murray, Utah, 2015): "“Officers were called to that
// location ...,” according to the affidavit filed in 3rd District Court."
// The speaker was "the affidavit filed": a past participle before a
// preposition opens a clause on the noun before it and ends the source.
func TestParticipleEndsTheSourceAfterItsCue(t *testing.T) {
	wantSpeaker(t, "353609", "Officers were called to that location", "the affidavit")
}
