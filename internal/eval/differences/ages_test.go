package differences

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestAgeToldWrongMonthsLater reads GVA 273298 as published: "Kevin Michael
// McQuilliams, 26, was believed to have been involved in the fatal
// shooting" at his arrest in January, "25-year-old Kevin McQuilliams" at
// his sentencing months later. Ages were compared only within a month of
// the first report (a birthday may come between), and only under one name
// as written; an age that went down is no birthday, and the resolver's
// name joins the name with and without its middle name.
func TestAgeToldWrongMonthsLater(t *testing.T) {
	if !hasAgeConflict(publishedConflicts(gvaStory(t, "273298").Articles), "McQuilliams", "25 years old", "26 years old") {
		t.Error("no difference 25 / 26 years old for Kevin McQuilliams")
	}
	// GVA 357164: "Daniel Sharp, 36" among the victims police named in
	// August, "Daniel Craig Sharp, age 26" at the sentencing a year on:
	// ten years apart is a digit's slip, not a father and a son.
	if !hasAgeConflict(publishedConflicts(gvaStory(t, "357164").Articles), "Sharp", "26 years old", "36 years old") {
		t.Error("no difference 26 / 36 years old for Daniel Sharp")
	}
	// GVA 554578: "49-year-old John Ali Hoffman" and his son "5-year-old
	// John Hoffman": one given name and surname, two people a generation
	// apart.
	for _, c := range publishedConflicts(gvaStory(t, "554578").Articles) {
		if strings.Contains(c.Topic, "Hoffman") {
			t.Errorf("the father's and the son's ages listed as one person's: %q", c.Topic)
		}
	}
}

// hasAgeConflict reports a number difference whose topic names who and
// whose sides are the two ages.
func hasAgeConflict(cs []news.Conflict, who, a, b string) bool {
	for _, c := range cs {
		if c.Kind != news.ConflictNumber || !strings.Contains(c.Topic, who) {
			continue
		}
		var vals []string
		for _, s := range c.Sides {
			vals = append(vals, s.Value)
		}
		if slices.Contains(vals, a) && slices.Contains(vals, b) {
			return true
		}
	}
	return false
}
