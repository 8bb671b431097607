package quote

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestHaitiAttributions reads the reports of MultiLing 2011 topic 6
// (M0060-M0069, the 2010 Haiti earthquake) and checks four attributions of
// general English that were read wrong: initials with full stops inside a
// name ("P. J. Crowley", once cut to "P"), a postposed "said X" after a
// phrase that follows the quote ("“...” due to power failures, said
// State Department spokesman P. J. Crowley": the speaker is after the
// verb, not the phrase before it), a "he said" after a sentence whose
// subject is a person described by a place ("An analyst for USGS in
// Colorado commented ...": not "Dominican Republic", but "Haiti's justice
// minister, Paul Denis, stated ..." gives Paul Denis), and a quote after
// "he said ..., saying: “...,” as quoted by the BBC" (the participle's
// subject is "he"; "quoted by" names no speaker).
func TestHaitiAttributions(t *testing.T) {
	attributionOf := topicAttributions(t, 6, "P. J. Crowley")
	for _, tc := range []struct {
		quote, source, speaker string
	}{
		{"literally in the dark", "State Department spokesman P. J. Crowley", "P. J. Crowley"},
		{"They reported structures down.", "he", "P. J. Crowley"},
		{"I think we are going to see substantial damage and casualties,", "he", "An analyst for USGS in Colorado"},
		{"All this is coming together right now.", "he", "Edmond Mulet"},
		// A role with its holder's name in apposition: the "he" is the
		// name's ("Haiti's justice minister, Paul Denis, stated ...").
		{"It is Haitian law that has been violated,", "he", "Paul Denis"},
	} {
		a, d := attributionOf(tc.quote)
		if d == nil {
			t.Errorf("no attribution of “%s”", tc.quote)
			continue
		}
		src := d.Article.Text[a.Source.Start:a.Source.End]
		if src != tc.source || !strings.Contains(a.Speaker, tc.speaker) {
			t.Errorf("“%s”: source %q, speaker %q; want source %q, speaker %q", tc.quote, src, a.Speaker, tc.source, tc.speaker)
		}
	}
}

// TestQuotedAsSaying reads MultiLing 2011 topic 8 (the 2009 loss of Air
// France flight 447): "El Mundo has quoted an Air Comet pilot flying over
// the Atlantic at the time as saying he witnessed “an intense burst of
// white light”" was given to "he witnessed", the words after the cue. The
// one quoted "as saying" is the object of "quoted", before "as".
func TestQuotedAsSaying(t *testing.T) {
	attributionOf := topicAttributions(t, 8, "Air France")
	a, d := attributionOf("an intense burst of white light")
	if d == nil {
		t.Fatal("no attribution of “an intense burst of white light”")
	}
	if src := d.Article.Text[a.Source.Start:a.Source.End]; !strings.HasPrefix(src, "an Air Comet pilot") {
		t.Errorf("source %q, speaker %q; want an Air Comet pilot", src, a.Speaker)
	}
}

// topicAttributions finds the quotes of the reports of a MultiLing topic,
// the first of which must mention check, and returns a lookup of the
// attribution of the quote that opens with given words (d nil: none).
func topicAttributions(t *testing.T, topic int, check string) func(quote string) (a Attribution, d *text.Doc) {
	t.Helper()
	arts := multiLingTopic(t, topic)
	var docs []*text.Doc
	var ids []string
	for i, a := range arts {
		docs, ids = append(docs, text.Analyze(a)), append(ids, "r"+string(rune('0'+i)))
	}
	c := text.NewCorpus(docs, ids)
	r := entity.Resolve(c)
	if !strings.Contains(docs[0].Article.Text, check) {
		t.Fatalf("%s is not the report this test reads", docs[0].Article.File)
	}
	type found struct {
		d *text.Doc
		a Attribution
	}
	var got []found
	for di, d := range docs {
		for _, a := range Find(d, di, r) {
			got = append(got, found{d, a})
		}
	}
	return func(quote string) (Attribution, *text.Doc) {
		for _, x := range got {
			for _, q := range x.a.Quoted {
				if strings.HasPrefix(x.d.Article.Text[q.Start:q.End], quote) {
					return x.a, x.d
				}
			}
		}
		return Attribution{}, nil
	}
}

// TestNoDeterminerSpeaks reads the hundred English MultiLing 2011 reports:
// no quote may be given to a bare article. "calling for 2010 as target
// year for the so called “Bali Roadmap”" (topic 4) gave the quoted name to
// "the", "so called" read as a naming cue; a quoted name after "so
// called", like one after "so-called", quotes nobody.
func TestNoDeterminerSpeaks(t *testing.T) {
	for _, a := range multiLingTopic(t, -1) {
		d := text.Analyze(a)
		c := text.NewCorpus([]*text.Doc{d}, []string{"r"})
		for _, at := range Find(d, 0, entity.Resolve(c)) {
			if src := strings.ToLower(d.Article.Text[at.Source.Start:at.Source.End]); article(src) {
				q := at.Quoted[0]
				t.Errorf("%s: “%s” given to %q", a.File, d.Article.Text[q.Start:q.End], src)
			}
		}
	}
}

// TestOlympicsSpeakers reads MultiLing 2011 topic 9 (the Beijing
// Olympics of 2008 and their torch relay): "“...,” said Nathan Ballard about the security."
// gave the quote to "Nathan Ballard about the security"; what the words
// were about is not who spoke them.
func TestOlympicsSpeakers(t *testing.T) {
	attributionOf := topicAttributions(t, 9, "Olympics")
	a, d := attributionOf("We are trying to accomplish two goals here.")
	if d == nil {
		t.Fatal("no attribution of “We are trying to accomplish two goals here.”")
	}
	if src := d.Article.Text[a.Source.Start:a.Source.End]; src != "Nathan Ballard" {
		t.Errorf("source %q, want Nathan Ballard", src)
	}
	// "International Olympic Committee President Jacques Rogge declared
	// ... “You have shown us ...,” he told athletes": the run of capitals
	// is an organisation, then its titled officer, a person; the "he" was
	// given to "United States of America" when it was one organisation.
	a, d = attributionOf("You have shown us the unifying power of sport")
	if d == nil || a.Speaker != "Jacques Rogge" {
		t.Errorf("“You have shown us the unifying power of sport”: speaker %q, want Jacques Rogge", a.Speaker)
	}
}

// TestPronounAfterAPlace reads the report M0044 of MultiLing 2011 topic 4
// (the Bali climate conference of 2007) on its own, as the first report of
// a story: "Paula Dobriansky, who is heading the U.S. delegation to Bali,
// says ... “...,” she said." The "she" is Dobriansky's; "Bali, says" once
// made Bali a speaker, and so a person, though a name right after "to" is
// the preposition's object, not the verb's subject.
func TestPronounAfterAPlace(t *testing.T) {
	if sp := speakerAlone(t, "M0044.english", "We are very committed"); sp != "Paula Dobriansky" {
		t.Errorf("“We are very committed ...”: speaker %q, want Paula Dobriansky", sp)
	}
}

// TestMilitaryRank reads M0079 (topic 7, Abu Ghraib) on its own: "Staff
// Sgt. James Vincent Lucas" is a rank as the AP abbreviates it, then the
// name; the speaker was "Staff Sgt".
func TestMilitaryRank(t *testing.T) {
	if sp := speakerAlone(t, "M0079.english", "lessons learned"); sp != "James Vincent Lucas" {
		t.Errorf("“lessons learned”: speaker %q, want James Vincent Lucas", sp)
	}
}

// speakerAlone is the speaker of the first quote that begins with prefix in
// the MultiLing 2011 English report file, read on its own (the first
// report of a story).
func speakerAlone(t *testing.T, file, prefix string) string {
	t.Helper()
	for _, a := range multiLingTopic(t, -1) {
		if !strings.HasSuffix(a.File, file) {
			continue
		}
		d := text.Analyze(a)
		for _, at := range Find(d, 0, entity.Resolve(text.NewCorpus([]*text.Doc{d}, []string{"r"}))) {
			if q := at.Quoted[0]; strings.HasPrefix(a.Text[q.Start:q.End], prefix) {
				return at.Speaker
			}
		}
		t.Fatalf("%s: no quote “%s...”", file, prefix)
	}
	t.Fatalf("no report %s", file)
	return ""
}

// TestTitleWithoutArticle reads M0034 (topic 3, the 2007 Tour de France)
// on its own: "Pat McQuaid, president of Union Cycliste Internationale
// (UCI) told Reuters: “...”". The short form in brackets stopped the
// phrase, so the hearer Reuters spoke; over it, the bare title
// ("president of", no article) was taken for the speaker.
func TestTitleWithoutArticle(t *testing.T) {
	if sp := speakerAlone(t, "M0034.english", "I cannot comment"); sp != "Pat McQuaid" {
		t.Errorf("“I cannot comment ...”: speaker %q, want Pat McQuaid", sp)
	}
}

// TestTopicWordsNoWording reads MultiLing 2011 topics 9 (the Olympic torch
// relay of 2008) and 3 (the Tour de France of 2007). Quotes on one topic
// share its nouns but are not one quote: the Beijing committee's "...
// sabotage the Olympic Torch Relay. The Olympic flame belongs to the world
// and these actions are a serious violation of the Olympic spirit ..." and
// a spokesman's "the torch represents the Olympic spirit and people
// welcome the torch." (four of six words shared, no three in a row), or
// the IOC spokesperson's "not compatible with the values of the torch
// relay or the Olympic Games" (the run "torch relay Olympic" crosses the
// committee's sentences); and Corinne Druey's "Vino has tested positive
// having to do with a blood transfusion" and "... which implies there has
// been a blood transfusion with homological blood". Each was shown as a
// wording of the other, under one speaker.
func TestTopicWordsNoWording(t *testing.T) {
	for _, tc := range []struct {
		topic     int
		long      string
		different []string
	}{
		{9, "We strongly condemn the actions", []string{"the torch represents the Olympic spirit", "not compatible with the values of the torch relay"}},
		{3, "Vino has tested positive", []string{"There is the presence of a double population of haematids"}},
	} {
		res := Analyze(storyOf(multiLingTopic(t, tc.topic)))
		found := 0
		for _, q := range res.Quotes {
			var long bool
			for _, v := range q.Variants {
				long = long || strings.Contains(v.Text, tc.long)
			}
			for _, v := range q.Variants {
				for _, d := range tc.different {
					if strings.Contains(v.Text, d) {
						found++
						if long {
							t.Errorf("topic %d: %q is a wording of the quote %q (speaker %q)", tc.topic, v.Text, q.Text, q.Speaker)
						}
					}
				}
			}
		}
		if found < len(tc.different) {
			t.Errorf("topic %d: %d of the quotes %q found", tc.topic, found, tc.different)
		}
	}
}
