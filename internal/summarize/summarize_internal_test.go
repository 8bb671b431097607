package summarize

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

func TestLeans(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"But the talks ended without a deal.", true},
		{"However, officials denied the report.", true},
		{"He said the plane was lost over the Atlantic.", true},
		{"Their ship was seized near the border.", true},
		{"In addition, five ships were sent to the area.", true},
		{`"We will not give in," he said.`, true},
		{`"We will not give in," said he.`, true},
		{"The Airbus was last heard via radio at 22:30 local time.", false},
		{`"We will not give in," Blair said.`, false},
		{"There are no reports of injuries.", false},
		{"Heavy rain fell on Tuesday.", false}, // "He" is a prefix, not the word
	}
	for _, tc := range tests {
		t.Run(tc.sent, func(t *testing.T) {
			if got := leans(text.Tokenize(tc.sent, 0)); got != tc.want {
				t.Errorf("leans(%q) = %v, want %v", tc.sent, got, tc.want)
			}
		})
	}
}

func TestEligible(t *testing.T) {
	a := &news.Article{
		Title: "Iran seizes 15 British sailors",
		Text: "Iran seizes 15 British sailors\n\n" +
			"Fifteen British Royal Navy personnel have been captured by Iranian authorities in the Persian Gulf.\n\n" +
			"HMS Cornwall at Zeebrugge in 2006.\n\n" +
			"Why did Iran seize the sailors in disputed waters this week?\n\n" +
			"Read more: the full statement of the Ministry of Defence is online.\n\n" +
			`Blair said: "This is unjustified. The sailors were in Iraqi waters and must be released now." The ministry agreed.` + "\n\n" +
			"A United States Army court martial found Army Spc. Charles Graner guilty of abusing prisoners at the prison.\n\n" +
			"* In Sri Lanka, more than 1,600 kilometres from the epicenter, the ground moved.",
	}
	d := text.Analyze(a)
	want := map[string]bool{
		"Iran seizes 15 British sailors": false, // the headline again
		"Fifteen British Royal Navy personnel have been captured by Iranian authorities in the Persian Gulf.": true,
		"HMS Cornwall at Zeebrugge in 2006.":                                               false, // caption
		"Why did Iran seize the sailors in disputed waters this week?":                     false, // question
		"Read more: the full statement of the Ministry of Defence is online.":              false,
		"* In Sri Lanka, more than 1,600 kilometres from the epicenter, the ground moved.": false,
		`Blair said: "This is unjustified.`:                                                false,
		`The sailors were in Iraqi waters and must be released now."`:                      false,
		"A United States Army court martial found Army Spc.":                               false,
		"Charles Graner guilty of abusing prisoners at the prison.":                        false,
	}
	seen := 0
	for i, s := range d.Sentences {
		w, ok := want[s.Text]
		if !ok {
			continue
		}
		seen++
		if got := eligible(d, i); got != w {
			t.Errorf("eligible(%q) = %v, want %v", s.Text, got, w)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d test sentences: the splitter changed", seen, len(want))
	}
}
