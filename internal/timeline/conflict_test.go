package timeline

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// report is one source of a conflict test: its text and publication time
// (zero for an undated report).
type report struct {
	text string
	pub  time.Time
}

func corpusOf(reps []report) *text.Corpus {
	var docs []*text.Doc
	var ids []string
	for i, r := range reps {
		id := string(rune('a' + i))
		docs = append(docs, text.Analyze(&news.Article{ID: id, Text: r.text, Published: r.pub, Language: "en"}))
		ids = append(ids, id)
	}
	return text.NewCorpus(docs, ids)
}

// side is what a test expects of one side: its value and sources.
type wantSide struct {
	Value   string
	Sources []string
}

func TestDateConflicts(t *testing.T) {
	wed := time.Date(2023, 9, 13, 18, 0, 0, 0, time.UTC) // a Wednesday
	thu := wed.AddDate(0, 0, 1)
	var none time.Time
	cases := []struct {
		name    string
		reports []report
		copies  []int // copyOf, nil when all are independent
		want    [][]wantSide
		topic   string // the first conflict's topic, when one is wanted
	}{
		{
			name: "one arrival on two weekdays, dated reports",
			reports: []report{
				{"Kim Jong Un arrived in Russia on Tuesday, state media said.", wed},
				{"Kim Jong Un arrived in Russia on Wednesday after a long train ride.", wed},
			},
			want:  [][]wantSide{{{"2023-09-12", []string{"a"}}, {"2023-09-13", []string{"b"}}}},
			topic: "Kim Jong Un arrived in Russia",
		},
		{
			name: "one arrival on two weekdays, undated reports compare by name",
			reports: []report{
				{"Kim Jong Un arrived in Russia on Tuesday, state media said.", none},
				{"Kim Jong Un arrived in Russia on Wednesday after a long train ride.", none},
			},
			want:  [][]wantSide{{{"Tuesday", []string{"a"}}, {"Wednesday", []string{"b"}}}},
			topic: "Kim Jong Un arrived in Russia",
		},
		{
			name: "one event in two years",
			reports: []report{
				{"In 1957, Page disappeared from the public spotlight.", none},
				{"Page suddenly disappeared from the public spotlight in 1958.", none},
			},
			want:  [][]wantSide{{{"1957", []string{"a"}}, {"1958", []string{"b"}}}},
			topic: "Page disappeared from the public spotlight",
		},
		{
			name: "yesterday in reports of different days, resolved apart",
			reports: []report{
				{"Kim Jong Un arrived in Russia yesterday.", wed},
				{"Kim Jong Un arrived in Russia yesterday.", thu},
			},
			want: [][]wantSide{{{"2023-09-12", []string{"a"}}, {"2023-09-13", []string{"b"}}}},
		},
		{
			name: "yesterday and a weekday that resolve to one day",
			reports: []report{
				{"Kim Jong Un arrived in Russia yesterday.", wed},
				{"Kim Jong Un arrived in Russia on Tuesday.", thu},
			},
		},
		{
			name: "unresolved deictic days never conflict",
			reports: []report{
				{"Kim Jong Un arrived in Russia yesterday.", none},
				{"Kim Jong Un arrived in Russia today.", none},
			},
		},
		{
			name: "born and founded in one sentence",
			reports: []report{
				{"Smith, who was born in 1928, founded the company in 1931.", none},
				{"Smith founded the company in 1931 with his brother.", none},
			},
		},
		{
			name: "birth dates are never sides",
			reports: []report{
				{"Smith was born in Ohio in 1928.", none},
				{"Smith was born in Ohio in 1929.", none},
			},
		},
		{
			name: "month and day in it are compatible",
			reports: []report{
				{"Kim Jong Un arrived in Russia in September 2023.", none},
				{"Kim Jong Un arrived in Russia on September 13, 2023.", none},
			},
		},
		{
			name: "limits are not times of the event",
			reports: []report{
				{"The troops left the city by Friday.", wed},
				{"The troops left the city until Monday.", wed},
				{"The troops left the city on Tuesday.", wed},
			},
		},
		{
			name: "copies of one report are one source",
			reports: []report{
				{"Kim Jong Un arrived in Russia on Tuesday.", wed},
				{"Kim Jong Un arrived in Russia on Wednesday.", wed},
			},
			copies: []int{-1, 0},
		},
		{
			name: "different subjects are different events",
			reports: []report{
				{"Pierre Thomas was placed on injured reserve on Wednesday.", none},
				{"The Saints placed rookie Chris Ivory on injured reserve on Tuesday.", none},
			},
		},
		{
			name: "a date that modifies a noun dates no clause",
			reports: []report{
				{"DeGeneres hosted the 2007 Oscars to acclaim.", none},
				{"DeGeneres hosted the 2014 Oscars to acclaim.", none},
			},
		},
		{
			name: "the day of saying is not the day of what was said",
			reports: []report{
				{"Police said on Friday that the man fled the city.", none},
				{"Police said on Saturday that the man fled the city.", none},
			},
		},
		{
			name: "two dates of one announcement",
			reports: []report{
				{"The company announced on Monday that it will open the plant on Friday.", wed},
				{"The company announced on Tuesday that it will open the new plant in Ohio on Friday.", wed},
			},
		},
		{
			name: "a list of years is no one time",
			reports: []report{
				{"Goldberg hosted the ceremony in 1994, 1996 and 1999.", none},
				{"Goldberg hosted the ceremony in 2002.", none},
			},
		},
		{
			name: "a source on both sides tells two events",
			reports: []report{
				{"Kim Jong Un arrived in Russia on Tuesday. On Wednesday, Kim Jong Un arrived at the cosmodrome in Russia.", wed},
				{"Kim Jong Un arrived in Russia on Wednesday.", wed},
			},
		},
		{
			name: "one subject, different objects",
			reports: []report{
				{"The Saints placed running back Pierre Thomas on injured reserve on Wednesday.", none},
				{"The Saints placed rookie Chris Ivory on injured reserve on Tuesday.", none},
			},
		},
		{
			name: "one subject, different places",
			reports: []report{
				{"Kim Jong Un arrived in Russia on Tuesday.", wed},
				{"Kim Jong Un arrived at the Vostochny Cosmodrome on Wednesday.", wed},
			},
		},
		{
			name: "two times in one clause date its parts",
			reports: []report{
				{"Joique Bell was signed Wednesday from the Philadelphia Eagles.", wed},
				{"The Saints signed DeShawn Wynn on Tuesday and Joique Bell today from the Philadelphia Eagles.", wed},
			},
		},
		{
			name: "a night runs into the next day",
			reports: []report{
				{"The quake struck Chile on Sunday night.", wed},
				{"The quake struck Chile on Monday.", wed},
			},
		},
		{
			name: "a report cannot tell of a later event",
			reports: []report{
				{"A strong earthquake hit Chile on Friday.", time.Date(2010, 5, 21, 20, 0, 0, 0, time.UTC)},
				{"A strong earthquake hit Chile on Wednesday night.", time.Date(2010, 10, 20, 23, 0, 0, 0, time.UTC)},
			},
		},
		{
			name: "a time restated in parentheses in another zone",
			reports: []report{
				{"Page died at 6:41 p.m. PST on Thursday (0241 GMT Friday) in Los Angeles.", none},
				{"Page died on Thursday in Los Angeles.", none},
			},
		},
		{
			name: "a plan and what happened are not one statement",
			reports: []report{
				{"Kim Jong Un is expected to arrive in Russia on Thursday.", wed},
				{"Kim Jong Un arrived in Russia on Tuesday.", wed},
			},
		},
		{
			name: "a time after a linking word dates that phrase",
			reports: []report{
				{"A man was charged with murder Saturday after a shooting in Vancouver.", none},
				{"A man was charged with murder after a shooting in Vancouver Friday.", none},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := corpusOf(tc.reports)
			if tc.copies != nil {
				c.SetCopies(tc.copies)
			}
			_, cs := Build(c)
			var got [][]wantSide
			for _, cf := range cs {
				if cf.Kind != news.ConflictDate {
					t.Errorf("kind %q", cf.Kind)
				}
				var sides []wantSide
				for _, s := range cf.Sides {
					sides = append(sides, wantSide{s.Value, s.Sources})
				}
				got = append(got, sides)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("conflicts (-want +got):\n%s\n%+v", d, cs)
			}
			if tc.topic != "" && len(cs) > 0 && cs[0].Topic != tc.topic {
				t.Errorf("topic %q, want %q", cs[0].Topic, tc.topic)
			}
		})
	}
}
