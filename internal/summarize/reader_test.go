package summarize

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Sentences of GVA incidents of 2016 that summaries picked before the
// rules of reader.go (docs/summary.md, wave 11), beside sentences of the
// same reports that must stay candidates.

func TestBareAttribution(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{`"I am so hurt," said Willrich.`, true},                       // GVA 281039
		{`“I'm very glad to see you,” Kim told Putin.`, true},          // the summit
		{`"It was terrifying," said neighbour Jane Ann Smith.`, false}, // five words outside
		{`Tracey Morgan's brother was so enraged that he reportedly threatened to shoot "grandmas, mamas, kids and all" in retaliation.`, false},
		{`Tony Blair calls the situation "unjustified and wrong."`, false}, // no speech verb alone
		{`Police said the shooting was not random.`, false},                // no quotation
	}
	for _, tc := range tests {
		if got := bareAttribution(tc.sent); got != tc.want {
			t.Errorf("bareAttribution(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// sentenceDoc analyses one sentence as a report of its own.
func sentenceDoc(s string) *text.Doc { return text.Analyze(&news.Article{Text: s}) }

func TestPronounFirst(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"On Wednesday, his bail was set at $1 million.", true}, // GVA 440972
		{"In March, she was charged with murder.", true},
		{"Tyshawn Lee, 9, was shot and killed in a South Side alley Monday afternoon.", false},
		{"Curry Bryson was sentenced Wednesday to 2-15 years for the death of Elijah Walker, his girlfriend's son.", false},
		{"Police said the boy was playing with his father's gun.", false},
	}
	for _, tc := range tests {
		if got := pronounFirst(sentenceDoc(tc.sent), 0); got != tc.want {
			t.Errorf("pronounFirst(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

func TestNotNews(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"Chris Zawahri as a student at Santa Monica High School.", true}, // GVA 489581, a caption
		{"John Zawahri was shot dead by police outside the Santa Monica College library.", false},
		{"Two people died at the scene.", false},
		{"70 shots were fired by at least four people.", false},
	}
	for _, tc := range tests {
		if got := notNews(sentenceDoc(tc.sent), 0); got != tc.want {
			t.Errorf("notNews(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

func TestElliptical(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"Kim's included his sister, Kim Yo Jong.", true}, // the summit (s1)
		{"Putin's delegation included Defence Minister Sergei Shoigu.", false},
		{"Iran's navy seized the ship.", false},
		{"It's not clear what the two leaders agreed.", false},
	}
	for _, tc := range tests {
		if got := elliptical(sentenceDoc(tc.sent), 0); got != tc.want {
			t.Errorf("elliptical(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}
