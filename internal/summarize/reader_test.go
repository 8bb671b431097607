package summarize

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Sentences of GVA incidents of 2016 (and of the summit) that summaries
// picked before the rules of reader.go (docs/summary.md, wave 11), beside
// sentences of the same reports that must stay candidates.

// sentenceCase is a sentence and what a test on it should say.
type sentenceCase struct {
	sent string
	want bool
}

// checkSentences runs test, named name, on each sentence analysed as a
// report of its own.
func checkSentences(t *testing.T, name string, test func(*text.Doc, int) bool, cases []sentenceCase) {
	t.Helper()
	for _, tc := range cases {
		d := text.Analyze(&news.Article{Text: tc.sent})
		if got := test(d, 0); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", name, tc.sent, got, tc.want)
		}
	}
}

func TestBareAttribution(t *testing.T) {
	bare := func(d *text.Doc, si int) bool { return bareAttribution(d.Sentences[si].Text) }
	checkSentences(t, "bareAttribution", bare, []sentenceCase{
		{`"I am so hurt," said Willrich.`, true},                       // GVA 281039
		{`“I'm very glad to see you,” Kim told Putin.`, true},          // the summit
		{`"It was terrifying," said neighbour Jane Ann Smith.`, false}, // five words outside
		{`Tracey Morgan's brother was so enraged that he reportedly threatened to shoot "grandmas, mamas, kids and all" in retaliation.`, false},
		{`Tony Blair calls the situation "unjustified and wrong."`, false}, // no speech verb alone
		{`Police said the shooting was not random.`, false},                // no quotation
	})
}

func TestPronounFirst(t *testing.T) {
	checkSentences(t, "pronounFirst", pronounFirst, []sentenceCase{
		{"On Wednesday, his bail was set at $1 million.", true}, // GVA 440972
		{"In March, she was charged with murder.", true},
		{"Tyshawn Lee, 9, was shot and killed in a South Side alley Monday afternoon.", false},
		{"Curry Bryson was sentenced Wednesday to 2-15 years for the death of Elijah Walker, his girlfriend's son.", false},
		{"Police said the boy was playing with his father's gun.", false},
	})
}

func TestNotNews(t *testing.T) {
	checkSentences(t, "notNews", notNews, []sentenceCase{
		{"Chris Zawahri as a student at Santa Monica High School.", true}, // GVA 489581, a caption
		{"John Zawahri was shot dead by police outside the Santa Monica College library.", false},
		{"Sheriff Smith says he is a person of interest (Source: KLTV staff)", true}, // GVA 405133
		{"Two people died at the scene.", false},
		{"The gang is known as the Traveling Vice Lords (TVL).", false},
		{"70 shots were fired by at least four people.", false},
	})
}

func TestElliptical(t *testing.T) {
	checkSentences(t, "elliptical", elliptical, []sentenceCase{
		{"Kim's included his sister, Kim Yo Jong.", true}, // the summit (s1)
		{"Putin's delegation included Defence Minister Sergei Shoigu.", false},
		{"Iran's navy seized the ship.", false},
		{"It's not clear what the two leaders agreed.", false},
	})
}
