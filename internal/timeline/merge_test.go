package timeline

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// shown is what a merge test checks of one timeline entry.
type shown struct {
	Sources []string
	Text    string
}

// TestMerge: entries at one resolved time are one entry when their clauses
// tell one event (a verb or event noun of one class and a shared
// participant), and stay apart when they tell different events. Made-up
// reports, in the forms news uses.
func TestMerge(t *testing.T) {
	fri := time.Date(2024, 5, 10, 18, 0, 0, 0, time.UTC) // a Friday
	var none time.Time
	cases := []struct {
		name    string
		reports []report
		want    []shown // the timeline's entries, in order
	}{
		{
			name: "arrested and detained: one event",
			reports: []report{
				{"Police arrested the two suspects in Lyon on Thursday.", fri},
				{"The two suspects were detained by police on Thursday after a chase.", fri},
			},
			want: []shown{{[]string{"a", "b"}, "Police arrested the two suspects in Lyon on Thursday."}},
		},
		{
			name: "captured, seized, taken into custody; a participle and a caption",
			reports: []report{
				{"The union called a strike over the fate of the 12 fishermen seized by pirates on May 4 near the island.", fri},
				{"On May 4, the 12 fishermen had been mending their nets when they were surrounded by pirates and taken into custody.", fri},
				{"Pirates captured the 12 fishermen on May 4.", fri},
				{"A trawler similar to the one seized by pirates on May 4.", fri},
			},
			want: []shown{{[]string{"a", "b", "c", "d"}, "Pirates captured the 12 fishermen on May 4."}},
		},
		{
			name: "a meeting, their talks, held talks",
			reports: []report{
				{"The chancellor invited the president to Berlin during their talks in Paris on Tuesday.", fri},
				{"The president and the chancellor held talks in Paris on Tuesday.", fri},
				{"The president met the chancellor in Paris on Tuesday.", fri},
			},
			want: []shown{{[]string{"a", "b", "c"}, "The president met the chancellor in Paris on Tuesday."}},
		},
		{
			name: "arrived and reached, undated reports: the same weekday",
			reports: []report{
				{"The prime minister arrived in Hanoi on Monday for a three-day visit.", none},
				{"The prime minister reached Hanoi on Monday by plane.", none},
			},
			want: []shown{{[]string{"a", "b"}, "The prime minister reached Hanoi on Monday by plane."}},
		},
		{
			name: "a crossing into a country is an arrival",
			reports: []report{
				{"The convoy left the capital on Sunday night and a train that crossed the border into northern Ghana Tuesday.", fri},
				{"The convoy had arrived in Ghana early on Tuesday.", fri},
			},
			want: []shown{
				{[]string{"a"}, "The convoy left the capital on Sunday night and a train that crossed the border into northern Ghana Tuesday."},
				{[]string{"a", "b"}, "The convoy had arrived in Ghana early on Tuesday."},
			},
		},
		{
			name: "a press conference held on a day, and speaking at it",
			reports: []report{
				{"At a press conference held Friday at the base in Devon, details of the rescue were revealed.", fri},
				{"After a day of rest, the crew spoke at a press conference on Friday.", fri},
			},
			want: []shown{{[]string{"a", "b"}, "After a day of rest, the crew spoke at a press conference on Friday."}},
		},
		{
			name: "different events of one person on one day stay apart",
			reports: []report{
				{"The mayor opened the new bridge on Thursday.", fri},
				{"The mayor met the protesters on Thursday.", fri},
			},
			want: []shown{
				{[]string{"a"}, "The mayor opened the new bridge on Thursday."},
				{[]string{"b"}, "The mayor met the protesters on Thursday."},
			},
		},
		{
			name: "one verb, other places: two arrests",
			reports: []report{
				{"Police arrested a teacher in Lyon on Thursday.", fri},
				{"Police arrested two bankers in Oslo on Thursday.", fri},
			},
			want: []shown{
				{[]string{"a"}, "Police arrested a teacher in Lyon on Thursday."},
				{[]string{"b"}, "Police arrested two bankers in Oslo on Thursday."},
			},
		},
		{
			name: "a plan and what happened stay apart",
			reports: []report{
				{"The prime minister will arrive in Hanoi on May 20.", fri},
				{"The prime minister arrived in Hanoi on May 20, 2023.", fri},
			},
			want: []shown{
				{[]string{"b"}, "The prime minister arrived in Hanoi on May 20, 2023."},
				{[]string{"a"}, "The prime minister will arrive in Hanoi on May 20."},
			},
		},
		{
			name: "a greeting is not the meeting, though the names are shared",
			reports: []report{
				{"The president greeted the chancellor in front of the palace on Tuesday.", fri},
				{"The president met the chancellor in Paris on Tuesday.", fri},
			},
			want: []shown{
				{[]string{"a"}, "The president greeted the chancellor in front of the palace on Tuesday."},
				{[]string{"b"}, "The president met the chancellor in Paris on Tuesday."},
			},
		},
		{
			name: "a caption alone is dropped; a participle alone shows its clause",
			reports: []report{
				{"The frigate Cornwall at Zeebrugge in 2006.", fri},
				{"The union called a strike over the fate of the 12 fishermen seized by pirates on May 4 near the island.", fri},
			},
			want: []shown{{[]string{"b"}, "the 12 fishermen seized by pirates on May 4 near the island"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := Build(corpusOf(tc.reports))
			var got []shown
			for _, e := range tl {
				got = append(got, shown{e.Sources, e.Text})
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("timeline (-want +got):\n%s", d)
			}
		})
	}
}
