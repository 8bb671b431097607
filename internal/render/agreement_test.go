package render

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// The sentences are those of two reports of one shooting (GVA incident
// 416564, deseretnews.com and ksl.com): an agreement on a quoted sentence
// shows its speaker and the quoted words, without the attribution the
// sentence closes on.
func TestAgreementTextQuotedWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`"She was kind and thoughtful. If you needed someone to talk to, she was there," she said.`,
			"Consuelo Garcia: “She was kind and thoughtful. If you needed someone to talk to, she was there”"},
		{`"Ashley needed her and she was more than happy to jump up and take care of the baby for her."`,
			"Consuelo Garcia: “Ashley needed her and she was more than happy to jump up and take care of the baby for her.”"},
		{"Ashley needs to know that she has family and friends out here to support her, and even though she's not here right now, we all are.”",
			"Consuelo Garcia: “Ashley needs to know that she has family and friends out here to support her, and even though she's not here right now, we all are.”"},
	} {
		if got := agreementText(news.Agreement{Text: c.text, Speaker: "Consuelo Garcia"}); got != c.want {
			t.Errorf("agreementText(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
	plain := "Garcia said Heike Poike was like a mother to her."
	if got := agreementText(news.Agreement{Text: plain}); got != plain {
		t.Errorf("an agreement with no speaker changed: %q", got)
	}
}
