package timex

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

type found struct{ Text, Type, Value string }

func find(text string, ref time.Time) []found {
	var out []found
	for _, t := range Find(text, Ref{Time: ref}) {
		out = append(out, found{t.Text, t.Type, t.Value})
	}
	return out
}

// Wednesday 13 September 2023, the day of the Kim-Putin summit.
var wed = time.Date(2023, 9, 13, 18, 0, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []found
	}{
		{"numbered thing", "Under UN Security Council Resolution 1723, Flight 1549 landed in 1989.", wed,
			[]found{{"1989", Date, "1989"}}},
		// GVA 2013-2016 reports: a year before a vehicle's make names a
		// model; before another name it stays a year
		{"model year", "Police say a 2006 Jeep Grand Cherokee was towed; he had parked his vehicle, a 1995 Lincoln Continental, near an exit.", wed, nil},
		// GVA incidents 281039 and 489581: a four-digit number before
		// "block" or a street's name numbers a house, not a year
		{"house numbers", "They were shot in the 1000 block of Gibbs Street, near a house at 2036 Yorkshire Avenue and 2400 N. Main St. in 2013.", wed,
			[]found{{"2013", Date, "2013"}}},
		// GVA incident 451495: the last four digits of a telephone
		// number are no year; the second year of a range stays one
		{"phone numbers", "Call Crime Stoppers at 822-1111 or 504-822-1111. He served from 1990-1995.", wed,
			[]found{{"1990", Date, "1990"}, {"1995", Date, "1995"}}},
		// GVA incident 489581: "two days later" after "the 1990s" is some
		// day of that decade, not its second of January
		{"days after a decade", "After the couple split in the 1990s, he moved out. His daughter died two days later.", wed,
			[]found{{"the 1990s", Date, "199"}, {"two days later", Date, "199"}}},
		{"model year colour", "He was driving a 2007 Gray Mitsubishi Eclipse.", wed, nil},
		// GVA 2013-2016 reports: a list of video clips, each line its
		// length and title; a clock time after a dateline keeps its zone
		{"clip lengths", "Police are investigating.\n1:58 Human remains found\n\n0:59 Family of hammer attack victim speaks", wed, nil},
		{"clock at line start", "(07-05) 16:58 PDT SAN FRANCISCO -- A 24-year-old man was killed.", wed,
			[]found{{"16:58 PDT", Time, "2023-09-13T16:58"}}},
		{"year before a name", "Demond Coffee, shown in a 2015 Cook County sheriff's office booking mug, was arrested.", wed,
			[]found{{"2015", Date, "2015"}}},
		// GVA incident 663106, written in late September: "since" and
		// "back in" put a month before the time of writing, though next
		// year's February is nearer than this year's.
		{"since a month", "McDaniel said he had not spoken to DeSai since February.", time.Date(2016, 9, 27, 12, 0, 0, 0, time.UTC),
			[]found{{"February", Date, "2016-02"}}},
		{"back in a month", "The two dissolved their partnership back in February.", time.Date(2016, 9, 27, 12, 0, 0, 0, time.UTC),
			[]found{{"February", Date, "2016-02"}}},
		// GVA incident 330611, written on Oct. 31: "the April 27
		// shooting" in past-tense text is this year's April (a date of
		// the current year goes without its year), though next April is
		// nearer; the future keeps next year's.
		{"this year's past month-day", "Police said the two men died after the April 27 shooting.", time.Date(2015, 10, 31, 12, 0, 0, 0, time.UTC),
			[]found{{"April 27", Date, "2015-04-27"}}},
		{"next year's month-day ahead", "The trial will open April 27.", time.Date(2015, 10, 31, 12, 0, 0, 0, time.UTC),
			[]found{{"April 27", Date, "2016-04-27"}}},
		// GVA incident 315594: after a day with no clock, "an hour
		// later" is that day; from the day's midnight it was 01:00.
		{"hour after a day", "The boy was shot Tuesday. Police said it appeared accidental, but an hour later, they were taking pictures.", wed,
			[]found{{"Tuesday", Date, "2023-09-12"}, {"an hour later", Date, "2023-09-12"}}},
		{"hour after a clock", "The boy was shot at 3:05 p.m. Tuesday. An hour later, police arrived.", wed,
			[]found{{"3:05 p.m. Tuesday", Time, "2023-09-12T15:05"}, {"An hour later", Time, "2023-09-12T16:00"}}},
		// GVA incident 390774: the day after the place of a clock time is
		// its day, not the report's
		{"clock before a place and a day", "It happened at around 11 p.m. in Blytheville, Arkansas, on August 8. He left in Memphis on Monday.", time.Date(2015, 8, 21, 12, 0, 0, 0, time.UTC),
			[]found{{"around 11 p.m.", Time, "2015-08-08T23:00"}, {"August 8", Date, "2015-08-08"}, {"Monday", Date, "2015-08-17"}}},
		{"weekday past", "Kim left Pyongyang on Sunday night.", wed,
			[]found{{"Sunday night", Time, "2023-09-10TNI"}}},
		{"weekday same day", "The two leaders met on Wednesday.", wed,
			[]found{{"Wednesday", Date, "2023-09-13"}}},
		{"weekday future", "Kim is due on Thursday to visit factories.", wed,
			[]found{{"Thursday", Date, "2023-09-14"}}},
		{"weekday will", "Putin will travel to the city on Friday.", wed,
			[]found{{"Friday", Date, "2023-09-15"}}},
		{"weekday possessive", "Friday's meeting was cancelled.", wed,
			[]found{{"Friday", Date, "2023-09-08"}}},
		{"last next", "He spoke last Wednesday and will return next Monday.", wed,
			[]found{{"last Wednesday", Date, "2023-09-06"}, {"next Monday", Date, "2023-09-18"}}},
		{"deictic", "Officials said yesterday that talks would resume tomorrow.", wed,
			[]found{{"yesterday", Date, "2023-09-12"}, {"tomorrow", Date, "2023-09-14"}}},
		{"last night", "Shelling resumed last night.", wed,
			[]found{{"last night", Time, "2023-09-12TNI"}}},
		{"weeks", "The White House warned last week and will act next month.", wed,
			[]found{{"last week", Date, "2023-W36"}, {"next month", Date, "2023-10"}}},
		{"ago", "The deal was signed two days ago.", wed,
			[]found{{"two days ago", Date, "2023-09-11"}}},
		{"years ago", "It opened 10 years ago.", wed,
			[]found{{"10 years ago", Date, "2013"}}},
		{"full date", "The accord was signed on Sept. 30, 1989, in Paris.", wed,
			[]found{{"Sept. 30, 1989", Date, "1989-09-30"}}},
		{"day month year", "Elections were held on 13 September 2023.", wed,
			[]found{{"13 September 2023", Date, "2023-09-13"}}},
		{"month no year", "Shoigu visited North Korea in July.", wed,
			[]found{{"July", Date, "2023-07"}}},
		{"month ahead", "The vote is set for Dec. 7.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
			[]found{{"Dec. 7", Date, "1989-12-07"}}},
		{"year", "They had not met since 2019.", wed,
			[]found{{"2019", Date, "2019"}}},
		{"decade", "Prices rose in the 1990s.", wed,
			[]found{{"the 1990s", Date, "199"}}},
		{"not years", "About 2000 people marched, and 1,999 stayed home.", wed, nil},
		{"clock local", "The meeting began at 2:30 p.m. local time.", wed,
			[]found{{"2:30 p.m. local time", Time, "2023-09-13T14:30"}}},
		{"clock day", "Polls close at 10 p.m. Wednesday.", wed,
			[]found{{"10 p.m. Wednesday", Time, "2023-09-13T22:00"}}},
		{"clock zone", "The launch is at 5 p.m. EST.", wed,
			[]found{{"5 p.m. EST", Time, "2023-09-13T17:00"}}},
		{"quarter", "Profit rose in the third quarter.", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC),
			[]found{{"the third quarter", Date, "1989-Q3"}}},
		{"durations apart", "The talks lasted five hours after 18 months of war.", wed,
			[]found{{"five hours", Duration, "PT5H"}, {"18 months", Duration, "P18M"}}},
		{"hyphen duration", "He began a two-day trip.", wed,
			[]found{{"two-day", Duration, "P2D"}}},
		{"age is not a duration", "An 18-month-old child was hurt.", wed, nil},
		{"vague", "The firm has recently grown and plans more for years.", wed,
			[]found{{"recently", Date, "PAST_REF"}, {"years", Duration, "PXY"}}},
		{"set", "The index is published every week and costs $5 a year.", wed,
			[]found{{"every week", Set, "P1W"}, {"a year", Set, "P1Y"}}},
		{"earlier in the day", "On Tuesday he arrived. Earlier in the day he had met aides.", wed,
			[]found{{"Tuesday", Date, "2023-09-12"}, {"Earlier in the day", Date, "2023-09-12"}}},
		{"no reference", "Kim left on Sunday night and met Putin on Wednesday.", time.Time{},
			[]found{{"Sunday night", Time, "XXXX-WXX-7TNI"}, {"Wednesday", Date, "XXXX-WXX-3"}}},
		{"may the verb", "May we go? It may rain in May.", wed,
			[]found{{"May", Date, "2023-05"}}},
		{"spoken years", "The city was invaded in nineteen seventy-nine and rebuilt by the year two thousand.", wed,
			[]found{{"nineteen seventy-nine", Date, "1979"}, {"the year two thousand", Date, "2000"}}},
		{"spoken counts are not years", "Nineteen hundred people came, twenty twenty-five percent.", wed, nil},
		// GVA incident 336622 (calibration half): the year after the
		// second of two joined months is the first one's too
		{"joined months", "In two trials in March and May 2015, juries convicted them, including for a September – October 2013 plot and a December to January 2014 spree.", wed,
			[]found{{"March", Date, "2015-03"}, {"May 2015", Date, "2015-05"}, {"September", Date, "2013-09"}, {"October 2013", Date, "2013-10"}, {"December", Date, "2013-12"}, {"January 2014", Date, "2014-01"}}},
		// GVA incident 352628 (calibration half): in past-tense text a
		// date naming an event is last year's, though next year's is nearer
		{"past event date", "Two men were charged Tuesday with murder in the May 31 death of a boy.", time.Date(2024, 2, 24, 12, 0, 0, 0, time.UTC),
			[]found{{"Tuesday", Date, "2024-02-20"}, {"May 31", Date, "2023-05-31"}}},
		// GVA incident 353609 (calibration half): "January of 2009"
		{"month of year", "He was deployed to Iraq from October 2007 to January of 2009.", wed,
			[]found{{"October 2007", Date, "2007-10"}, {"January of 2009", Date, "2009-01"}}},
		{"past event month", "In August, he was charged with assault. During a December hearing, she had asked the judge to lift an order. Talks are supposed to end by May.", time.Date(2015, 6, 10, 12, 0, 0, 0, time.UTC),
			[]found{{"August", Date, "2014-08"}, {"December", Date, "2014-12"}, {"May", Date, "2015-05"}}},
		// GVA incidents 353609 and 311348 (calibration half): "that
		// day" is the event's day, not the day of a statement dated after it
		{"that day after a statement", "The shooting happened on June 7. Detective Jeff Maglish confirmed Monday that something set him off that day.", wed,
			[]found{{"June 7", Date, "2023-06-07"}, {"Monday", Date, "2023-09-11"}, {"that day", Date, "2023-06-07"}}},
		{"that night, only a statement dated", "Police told a news conference Friday afternoon that he should not have been at the park that night.", wed,
			[]found{{"Friday afternoon", Time, "2023-09-08TAF"}, {"that night", Date, "XXXX-XX-XX"}}},
		// GVA incident 398361 (calibration half): a passive infinitive
		// is not a past tense
		{"passive infinitive", "Everett is expected to be arraigned Wednesday on a murder charge.", time.Date(2015, 10, 6, 12, 0, 0, 0, time.UTC),
			[]found{{"Wednesday", Date, "2015-10-07"}}},
		// GVA incident 447584 (calibration half): a bare clock time in a
		// sentence of the past is not on a day ahead the text set before
		// it; one in a sentence of the future is
		{"past clock after a day ahead", "An autopsy is scheduled for Monday at Lehigh Valley Hospital in Allentown. Police and emergency personnel were called to the home at 7:40 a.m., according to York County 911.", time.Date(2015, 11, 15, 12, 0, 0, 0, time.UTC),
			[]found{{"Monday", Date, "2015-11-16"}, {"7:40 a.m.", Time, "2015-11-15T07:40"}}},
		{"future clock after a day ahead", "A vigil is scheduled for Monday. It will begin at 7 p.m.", time.Date(2015, 11, 15, 12, 0, 0, 0, time.UTC),
			[]found{{"Monday", Date, "2015-11-16"}, {"7 p.m.", Time, "2015-11-16T19:00"}}},
		// GVA incident 478948 (calibration half): a date without a year
		// or a tense, written in July, is this year's January, though
		// next January is nearer; with a tense ahead it is next year's
		{"same year without tense", "They are suspected of shooting four women inside an apartment Jan. 7.", time.Date(2013, 7, 16, 12, 0, 0, 0, time.UTC),
			[]found{{"Jan. 7", Date, "2013-01-07"}}},
		{"next year with a tense ahead", "The trial will begin Jan. 7.", time.Date(2013, 7, 16, 12, 0, 0, 0, time.UTC),
			[]found{{"Jan. 7", Date, "2014-01-07"}}},
		// GVA incident 414436 (calibration half): a bare clock time next
		// to an evening is after noon
		{"evening clock", "The boy was shot during a drive-by shooting Tuesday evening around 7:15.", wed,
			[]found{{"Tuesday evening", Time, "2023-09-12TEV"}, {"around 7:15", Time, "2023-09-12T19:15"}}},
		{"spoken decade and month", "Prices fell in the nineties and again in January nineteen ninety-seven.", wed,
			[]found{{"the nineties", Date, "199"}, {"January nineteen ninety-seven", Date, "1997-01"}}},
		{"season with year", "It was built in the winter of 1994 and opened summer 1995.", wed,
			[]found{{"the winter of 1994", Date, "1994-WI"}, {"summer 1995", Date, "1995-SU"}}},
		{"month last year", "But in June last year the leaders fell out; in January this year police searched.", wed,
			[]found{{"June last year", Date, "2022-06"}, {"January this year", Date, "2023-01"}}},
		{"possessives", "Today's vote follows August's figures.", wed,
			[]found{{"Today", Date, "2023-09-13"}, {"August", Date, "2023-08"}}},
		{"ages and fractions", "Mr. Reupke, 52 years old, said Iraq imports about three-quarters of its food, a quarter-century low.", wed, nil},
		{"century without the", "the fabled 11th century temple", wed,
			[]found{{"11th century", Date, "10"}}},
		{"set of months", "Orangemen march each July.", wed,
			[]found{{"each July", Set, "XXXX-07"}}},
		{"within stays out", "Troops are expected within weeks.", wed,
			[]found{{"weeks", Duration, "PXW"}}},
		{"recent units", "Rates have fallen in recent months.", wed,
			[]found{{"recent months", Duration, "PXM"}}},
		{"halves", "It took a minute and a half, not 2 1/2 years.", wed,
			[]found{{"a minute and a half", Duration, "PT1M30S"}, {"2 1/2 years", Duration, "P2Y6M"}}},
		{"near future", "It will sell the unit in the near future.", wed,
			[]found{{"the near future", Date, "FUTURE_REF"}}},
		{"set to", "The talks are set to resume Monday.", time.Date(1998, 3, 22, 0, 0, 0, 0, time.UTC),
			[]found{{"Monday", Date, "1998-03-23"}}},
		{"latest quarter is the reported one", "Third-quarter net fell. Fourth-quarter earnings will be lower. Property earnings fell 59% in the latest quarter, up from $10 million a year ago.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
			[]found{{"Third-quarter", Date, "1989-Q3"}, {"Fourth-quarter", Date, "1989-Q4"}, {"the latest quarter", Date, "1989-Q3"}, {"a year ago", Date, "1988-Q3"}}},
		{"last year as comparison base", "Third-quarter sales were $1.76 billion, up 13% from last year's $1.55 billion. Last year, the company moved.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
			[]found{{"Third-quarter", Date, "1989-Q3"}, {"last year", Date, "1988-Q3"}, {"Last year", Date, "1988"}}},
		{"period of a year", "Net rose in the third quarter. In the 1989 period, taxes were lower than in the year-earlier period.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
			[]found{{"the third quarter", Date, "1989-Q3"}, {"the 1989 period", Date, "1989-Q3"}, {"the year-earlier period", Date, "1988-Q3"}}},
		{"year-ago modifier", "Net rose in the third quarter, compared with the year-ago third quarter; the year-ago results included a charge.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
			[]found{{"the third quarter", Date, "1989-Q3"}, {"the year-ago third quarter", Date, "1988-Q3"}, {"year-ago", Date, "1988-Q3"}}},
		{"fiscal years", "It expects sales in the current fiscal year to exceed last fiscal year's.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC),
			[]found{{"the current fiscal year", Date, "1989"}, {"last fiscal year", Date, "1988"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, find(tc.text, tc.ref)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

// TestOffsets: every expression's offsets cut its text out of the input.
func TestOffsets(t *testing.T) {
	s := "Über 2:30 p.m. — “Wednesday’s” talks, Sept. 13, 2023."
	for _, x := range Find(s, Ref{Time: wed}) {
		if s[x.Start:x.End] != x.Text {
			t.Errorf("offsets %d:%d give %q, text %q", x.Start, x.End, s[x.Start:x.End], x.Text)
		}
	}
}

func TestLocalZone(t *testing.T) {
	x := Find("SEOUL - The meeting began at 2:30 p.m. local time on Wednesday.", Ref{Time: wed})
	if len(x) != 1 || !x[0].Zoned || x[0].Begin.Format(time.RFC3339) != "2023-09-13T14:30:00+09:00" {
		t.Fatalf("got %+v, want 14:30 Seoul time", x)
	}
}

func TestStoryZone(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  string // IANA name, "" for none
	}{
		{"one place", []string{"Rescuers in Tokyo worked through the night.", "Japan asked for help."}, "Asia/Tokyo"},
		{"places that share an offset", []string{"The leaders met in Yakutsk.", "Yakutsk was cold.", "Pyongyang said the talks went well."}, "Asia/Yakutsk"},
		{"places that disagree", []string{"The leaders met in Yakutsk.", "Pyongyang said the talks went well.", "The war in Ukraine goes on."}, ""},
		{"no place", []string{"The meeting began at 2:30 p.m. local time."}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if l := StoryZone(tc.texts, wed); l != nil {
				got = l.String()
			}
			if got != tc.want {
				t.Errorf("StoryZone = %q, want %q", got, tc.want)
			}
		})
	}
	// the fallback is used only when the text itself names no place
	zone := StoryZone([]string{"The leaders met in Yakutsk."}, wed)
	x := Find("The meeting began at 2:30 p.m. local time.", Ref{Time: wed, Zone: zone})
	if len(x) != 1 || !x[0].Zoned || x[0].Begin.Format(time.RFC3339) != "2023-09-13T14:30:00+09:00" {
		t.Errorf("with the story zone: got %+v, want 14:30+09:00", x)
	}
	x = Find("SEOUL - The meeting began at 2:30 p.m. local time.", Ref{Time: wed, Zone: time.UTC})
	if len(x) != 1 || x[0].Begin.Format(time.RFC3339) != "2023-09-13T14:30:00+09:00" {
		t.Errorf("dateline before the story zone: got %+v", x)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Sunday night", "2:30 p.m. local time", "Sept. 30, 1989", "the past two months",
		"9/13/2023 14:26:00", "two-", "a.m.", "the 1990s", "12:", "1999,", "earlier in the", "\xff\xfeMay 3", "nineteen ninety-", "the year two thousand and",
		"2 1/", "a minute and a", "the year-ago third", "June last"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ref := range []time.Time{{}, wed} {
			prev := 0
			for _, x := range Find(s, Ref{Time: ref}) {
				if x.Start < prev || x.End <= x.Start || x.End > len(s) || s[x.Start:x.End] != x.Text {
					t.Fatalf("bad span %d:%d (prev end %d) in %q", x.Start, x.End, prev, s)
				}
				prev = x.End
				if x.Value == "" {
					t.Fatalf("no value for %q in %q", x.Text, s)
				}
			}
		}
	})
}

// summitText reads the first summit report (about 450 words) for the
// benchmark, or skips.
func summitText(b *testing.B) string {
	var all []string
	for _, a := range testenv.Summit(b) {
		all = append(all, a.Text)
	}
	return strings.Join(all, "\n\n")
}

// BenchmarkFind600 tags 600 words of news (cut from the summit reports).
func BenchmarkFind600(b *testing.B) {
	text := summitText(b)
	w := strings.Fields(text)
	text = strings.Join(w[:600], " ")
	b.SetBytes(int64(len(text)))
	// The machine is shared: wall time per op swings with the load, so
	// the process's own CPU time per op is reported too.
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		Find(text, Ref{Time: wed})
		n++
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(n), "cpu-ns/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
