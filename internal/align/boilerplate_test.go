package align

import (
	"regexp"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestHasBoilerplateIsContains checks the phrase search against a regular
// expression of each phrase in turn (as whole words, opening the sentence
// where asked), searched in the lower-cased sentence, on every sentence of
// the MultiLing reports and the summit, and on each of them with each
// phrase written in at its start, its middle and its end, in capitals.
func TestHasBoilerplateIsContains(t *testing.T) {
	var res []*regexp.Regexp
	for _, b := range boilerplate() {
		rest, opens := strings.CutPrefix(b, "^")
		expr := regexp.QuoteMeta(rest)
		if !strings.ContainsAny(rest, "./@") {
			if alnum(rest[0]) {
				expr = `(?:^|[^a-z0-9])` + expr
			}
			if alnum(rest[len(rest)-1]) {
				expr += `(?:$|[^a-z0-9])`
			}
		}
		if opens {
			expr = `^[^a-z0-9]*` + expr
		}
		res = append(res, regexp.MustCompile(expr))
	}
	naive := func(s string) bool {
		low := strings.ToLower(s)
		for _, re := range res {
			if re.MatchString(low) {
				return true
			}
		}
		return false
	}
	var sents []string
	for _, a := range multilingEnglish(t) {
		d := text.Analyze(a)
		for _, s := range d.Sentences {
			sents = append(sents, s.Text)
		}
	}
	for _, d := range summit(t).Docs {
		for _, s := range d.Sentences {
			sents = append(sents, s.Text)
		}
	}
	found, checked := 0, 0
	check := func(s string) {
		checked++
		want := naive(s)
		if want {
			found++
		}
		if got := HasBoilerplate(s); got != want {
			t.Errorf("HasBoilerplate(%q) = %v, want %v", s, got, want)
		}
	}
	for i, s := range sents {
		check(s)
		if i%7 != 0 {
			continue
		}
		for _, b := range boilerplate() {
			b = strings.TrimPrefix(b, "^")
			up := strings.ToUpper(b)
			check(up + s)
			check(s[:len(s)/2] + up + s[len(s)/2:])
			check(s + up)
			check(s[:len(s)/2] + b[:len(b)-1])
		}
	}
	if found == 0 || found == checked {
		t.Fatalf("%d of %d sentences hold boilerplate: the test reads nothing", found, checked)
	}
	t.Logf("%d of %d sentences hold boilerplate", found, checked)
}

func alnum(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// TestBoilerplateWholeWords: a phrase of the page is found as whole words,
// and "^follow" only opening the sentence, so that news that holds its
// words stays news (GVA and ECB+ sentences).
func TestBoilerplateWholeWords(t *testing.T) {
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Officers are continuing to follow up on leads to locate Harris.", false},
		{"Repeated attempts to reach her attorney, Randall H.", false},
		{"Point-to-point customers still don't have connections, and Verizon doesn't have information on how many subscribers are affected.", false},
		{"Follow Levi on Twitter at twitter.com/levipulk.", true},
		{"► Follow politics on the P-I's blog at blog.seattlepi.com/seattlepolitics.", true},
		{"Stay up to date and follow us on Twitter.", true},
		{"Reach her at 724-837-5374 or rsignorini@tribweb.com.", true},
		{"Subscribe to the latinospost newsletter!", true},
		{"latest @ 10&11 @wsoctvpic.twitter.com/xetsrz9km6 — Tina Terry (@tin", true},
	} {
		if got := HasBoilerplate(c.sent); got != c.want {
			t.Errorf("HasBoilerplate(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestWriterContact: the line that gives the writer's address or number
// is the page's (GVA 444725's "Contact Katrease Stafford: ..." was an
// agreement of two Detroit Free Press reports); a call for tips inside a
// sentence of news stays news.
func TestWriterContact(t *testing.T) {
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Contact Katrease Stafford: kstafford@freepress.com or 313-223-4759.", true},
		{"Call Star reporter Tony Cook at (317) 444-6081.", true},
		{"Reach Greg Sowinski at 567-242-0464 or on Twitter @Lima_Sowinski.", true},
		{"Email: bwest@deseretnews.com", true},
		{"Anyone with information is asked to call police at 313-596-2260.", false},
		{"Call logs show the man phoned his brother twice that night.", false},
	} {
		if got := PageFurniture(c.sent); got != c.want {
			t.Errorf("PageFurniture(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// FuzzAppendLower checks appendLower against strings.ToLower, whose bytes
// HasBoilerplate searched before.
func FuzzAppendLower(f *testing.F) {
	for _, s := range []string{"", "Plain ASCII", "“Curly” QUOTES — Dash", "İSTANBUL ΣΟΦΙΑ", "a\xffB\xe2\x80", "\ufffd", "ǅ ẞ Ⅻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}
