package brief

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestQuotedAgreementHasItsSpeaker reads ECB+ topic 9's second event (the
// Endangered Species Act rule overturned in 2009), whose agreements held
// sentences of longer quotations without their speakers ("“Expert review
// and oversight are critical."), and a sentence of the writer's that only
// aligns with a quotation ("Pimm said the Bush rule excluded ...", beside
// Michael Hutchins's "The new rules exclude expert scientists ...") must
// get no speaker.
func TestQuotedAgreementHasItsSpeaker(t *testing.T) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	arts := ecbplus.Articles(docs, "9ecbplus")
	if len(arts) == 0 {
		t.Fatal("ECB+ topic 9: no ecbplus documents")
	}
	b := Build(arts, Options{})
	quoted := 0
	for _, a := range b.Agreements {
		if a.Speaker != "" {
			quoted++
		}
		if strings.HasPrefix(a.Text, "Pimm said") && a.Speaker != "" {
			t.Errorf("the writer's sentence %q is a quote of %s", a.Text, a.Speaker)
		}
		if strings.Contains(a.Text, "Expert review and oversight are critical") && a.Speaker != "Michael Hutchins" {
			t.Errorf("%q: speaker %q, want Michael Hutchins", a.Text, a.Speaker)
		}
	}
	if quoted == 0 {
		t.Error("no agreement is a quotation with its speaker")
	}
}

// TestWordQuotedInTheWritersSentence reads GVA incident 447584's reports
// (a boy shot at home in York, Pennsylvania, 2015): the writer's sentence
// "He said the man punched the wall because he was "upset" over the
// accidental shooting." quotes one word, and its quote's evidence is the
// clause around it, so the agreement once became the sergeant's quotation.
func TestWordQuotedInTheWritersSentence(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "447584")
	if err != nil {
		t.Fatal(err)
	}
	b := Build(story, Options{})
	found := false
	for _, a := range b.Agreements {
		if strings.Contains(a.Text, "punched the wall") {
			found = true
			if a.Speaker != "" {
				t.Errorf("the writer's sentence %q is a quote of %s", a.Text, a.Speaker)
			}
		}
	}
	if !found {
		t.Error("no agreement holds the sentence of the punched wall")
	}
}
