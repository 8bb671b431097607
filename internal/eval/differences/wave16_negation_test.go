package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestPastPerfectDeniedAndAffirmed denies GVA 542791's "they found that
// Brown had killed the two children and himself", which another report
// tells as "they found Brown had killed the two children and then
// himself". A denial in a past perfect is of an earlier moment than the
// report's; an affirmation of the same moment, a past perfect too,
// contradicts it (compare.denial.perfect).
func TestPastPerfectDeniedAndAffirmed(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "542791").Articles, "that Brown had killed the two children", "that Brown had not killed the two children", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal(`"had not killed" against "had killed": no contradiction`)
	}
}

// TestNegationBothSentencesShare denies ECB+ 39ecbplus's quoted "we are
// sure he's going to become one of the all-time classic Doctors" in a
// sentence that another report gives word for word, "We can't wait ..."
// included: a negation both sentences give is no reason to refuse the one
// added (compare.negatedBeyond).
func TestNegationBothSentencesShare(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "39ecbplus"), "and we are sure he", "and we are not sure he", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal(`"we are not sure" against "we are sure": no contradiction`)
	}
}

// TestNamesOfOtherPeople reads GVA 558796 as published: "Police have not
// released the names of the other victims" and "police also have released
// the names of those injured" speak of the names of other people
// (compare.ofObjects): no contradiction.
func TestNamesOfOtherPeople(t *testing.T) {
	noConflict(t, publishedConflicts(gvaStory(t, "558796").Articles), news.ConflictContradiction, "releas")
}
