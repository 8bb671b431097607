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
		{"Each of the victims was taken to a hospital.", true},
		// An opening adverbial that points back (GVA 223745's summary
		// held "Soon after that, medics showed up.").
		{"Soon after that, medics showed up.", true},
		{"By then, the gunman had fled.", true},
		{"At that point, officers entered the home.", true},
		{"Early Sunday, officers entered the home.", false},
		{"In a statement, police said that the man had fled.", false},
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
			`"I am very glad to see you, and thank you for the invitation to the launch site today," Kim told Putin.` + "\n\n" +
			`Putin said the talks would cover "all the topics" of their relations, including the economy.` + "\n\n" +
			"* In Sri Lanka, more than 1,600 kilometres from the epicenter, the ground moved.\n\n" +
			// GVA 600398: an AP photo caption, closed by the day of the
			// picture, and the credit under it; then a statement that
			// gives the full date in running text.
			"A memorial to the slain Dallas officers is in front of the Berrien County Sheriff's Department next to the courthouse where two bailiffs were killed in the Berrien County Courthouse shooting, Monday, July 11, 2016.\n\n" +
			"(Michigan Department of Corrections via AP).\n\n" +
			"Two bailiffs were shot and killed at the courthouse in St. Joseph on Monday, July 11, 2016, the county sheriff said.\n\n" +
			// GVA 484307: the police's call for tips, in three of four
			// reports, and once the summary's third sentence.
			"Anyone with information is asked to call the Phoenix Police Department Violent Crimes Bureau at 602-262-6141, or Silent Witness at 480-WITNESS.\n\n" +
			"Call Crime Stoppers at (713) 222-8477 with any tip.\n\n" +
			"The 911 call came in at 3:30 a.m. from 25th Avenue.",
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
		// The splitter keeps "Spc. Charles" together; cutAtTitle guards
		// the titles it does not know (TestCutAtTitle).
		"A United States Army court martial found Army Spc. Charles Graner guilty of abusing prisoners at the prison.": true,
		// A lone quotation (most of it quoted) is not; a sentence that
		// quotes a phrase is.
		`"I am very glad to see you, and thank you for the invitation to the launch site today," Kim told Putin.`:                                                                                                                false,
		`Putin said the talks would cover "all the topics" of their relations, including the economy.`:                                                                                                                           true,
		"A memorial to the slain Dallas officers is in front of the Berrien County Sheriff's Department next to the courthouse where two bailiffs were killed in the Berrien County Courthouse shooting, Monday, July 11, 2016.": false, // caption
		"(Michigan Department of Corrections via AP).": false, // credit
		"Two bailiffs were shot and killed at the courthouse in St. Joseph on Monday, July 11, 2016, the county sheriff said.":                            true,
		"Anyone with information is asked to call the Phoenix Police Department Violent Crimes Bureau at 602-262-6141, or Silent Witness at 480-WITNESS.": false,
		"Call Crime Stoppers at (713) 222-8477 with any tip.":                                                                                             false,
		"The 911 call came in at 3:30 a.m. from 25th Avenue.":                                                                                             true,
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

func TestCutAtTitle(t *testing.T) {
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"A court martial found Army Spc.", true},
		{"The letter was signed by Rev.", true},
		{"The court found him guilty.", false},
		{"He arrived in the U.S.", false},
	} {
		t.Run(tc.sent, func(t *testing.T) {
			if got := cutAtTitle(tc.sent); got != tc.want {
				t.Errorf("cutAtTitle(%q) = %v, want %v", tc.sent, got, tc.want)
			}
		})
	}
}

func TestLeansOnPlural(t *testing.T) {
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"The Royal Navy insists that they were operating in Iraqi waters.", true},
		{"Iran says they were in Iranian territorial waters.", true},
		{"Moscow and Pyongyang have denied such intentions.", true},
		{"Officials said they were operating in Iraqi waters.", false},
		{"The 15 sailors said they were treated well.", false},
		{"Police said they had arrested a suspect.", false},
		{"Kim and Putin said they would meet again.", false},
		{"Russia and China agreed on issues such as trade.", false},
	} {
		t.Run(tc.sent, func(t *testing.T) {
			if got := leans(text.Tokenize(tc.sent, 0)); got != tc.want {
				t.Errorf("leans(%q) = %v, want %v", tc.sent, got, tc.want)
			}
		})
	}
}

// sentenceProps reads one sentence as a report of its own.
func sentenceProps(s string) props {
	return propositions(text.Analyze(&news.Article{Text: s, Language: "en"}), 0)
}

func TestRestates(t *testing.T) {
	first := sentenceProps("North Korea said leader Kim Jong Un invited Russian President Vladimir Putin to visit North Korea following their nearly five-hour meeting on Wednesday.")
	kcna := "At the end of the reception, Kim Jong Un courteously invited Putin to visit the DPRK at a convenient time, KCNA reports."
	// The lead of another report restates the invitation in a noun.
	lead := sentenceProps("Vladimir Putin has accepted Kim Jong Un's invitation to visit North Korea, according to the state news agency.")
	k := sentenceProps(kcna)
	if !restates(&k, &lead) && !restates(&lead, &k) {
		t.Errorf("the KCNA sentence does not restate the lead's invitation")
	}
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"At the end of the reception, Kim Jong Un courteously invited Putin to visit the DPRK at a convenient time, KCNA reports.", true},
		{"Putin accepted the invitation with pleasure and reaffirmed his will to carry forward the friendship.", false},
		{"North Korea fired two short-range ballistic missiles into the sea off its east coast.", false},
		{"Kim Jong Un said he supported Russia.", false},
		{"Vladimir Putin has accepted Kim Jong Un's invitation to visit North Korea, according to the state news agency.", true},
		{"Kim Jong Un met Putin and invited him to visit Pyongyang.", true},
		{"Kim Jong Un met Putin at the cosmodrome.", false},
	} {
		t.Run(tc.sent, func(t *testing.T) {
			p := sentenceProps(tc.sent)
			got := restates(&p, &first) || restates(&first, &p)
			if got != tc.want {
				t.Errorf("restates = %v, want %v (props %+v)", got, tc.want, p)
			}
		})
	}
}

// TestUpdateNote: the editors' notes that top GVA 2013-2016 reports, and
// sentences that merely start with the same word.
func TestUpdateNote(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"UPDATE: Cortez Sims, the 17-year-old charged with shooting four people and killing one of them made his first appearance in court.", true},
		{"Updated at 4:45 p.m. ET: Officials in Oklahoma said four people were found shot dead at a Tulsa apartment on Monday.", true},
		{"UPDATE, 5:30 p.m.: Police identified the accused shooter as 35-year-old Rico Doyle.", true},
		{"UPDATE 11/30 5:04 p.m: The autopsies for the three people killed in Friday's shooting have been released.", true},
		{"Correction: An earlier version of this story misstated the victim's age.", true},
		{"Updates on the victims' condition were not available on Monday.", false},
		{"Update the list of victims, police said: four people were shot.", false},
		{"Police will update the public at a news conference on Tuesday.", false},
	}
	for _, tt := range tests {
		if got := updateNote(tt.sent); got != tt.want {
			t.Errorf("updateNote(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

// TestPrior: English has no position prior; in other languages a report's
// first sentence weighs 33 times, its 32nd twice, and the weight falls with
// the position.
func TestPrior(t *testing.T) {
	if got := prior(true, 0); got != 1 {
		t.Errorf("English prior %v, want 1", got)
	}
	if got := prior(false, 0); got != 33 {
		t.Errorf("first sentence's prior %v, want 33", got)
	}
	if got := prior(false, 31); got != 2 {
		t.Errorf("32nd sentence's prior %v, want 2", got)
	}
	for k := 1; k < 50; k++ {
		if prior(false, k) >= prior(false, k-1) {
			t.Fatalf("prior does not fall at sentence %d", k)
		}
	}
}
