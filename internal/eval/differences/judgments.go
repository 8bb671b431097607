package differences

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/news"
)

// uneditedJudgments is the hand judgment of every listing of the unedited
// stories of both halves (testdata/unedited-judgments.tsv; its head gives
// the rule followed).
//
//go:embed testdata/unedited-judgments.tsv
var uneditedJudgments string

// Verdicts of a judged listing.
const (
	Right = "right"
	Wrong = "wrong"
)

// Judgment is one line of the labels file.
type Judgment struct {
	Key     string // JudgmentKey of the listing
	Verdict string // Right or Wrong
	Reason  string
	Line    int
}

// Judgments holds the judged listings by key; one key judged n times
// judges n listings of that key, in the file's order.
type Judgments map[string][]Judgment

// JudgmentKey is the key of a listing that survives small code changes:
// the story, the kind and the values of the sides as --list prints them,
// sorted and joined by " / ", tab-separated. Topics, sources and evidence
// are left out: they move when claims regroup.
func JudgmentKey(story string, c news.Conflict) string {
	var vals []string
	for _, s := range c.Sides {
		vals = append(vals, strings.Join(strings.Fields(s.Value), " "))
	}
	slices.Sort(vals)
	return story + "\t" + c.Kind + "\t" + strings.Join(vals, " / ")
}

// UneditedJudgments parses the embedded labels file.
func UneditedJudgments() (Judgments, error) { return ParseJudgments(uneditedJudgments) }

// ParseJudgments reads a labels file: lines of story, kind, values,
// verdict and reason separated by tabs; "#" starts a comment line. Every
// key must be well formed (CheckKey).
func ParseJudgments(s string) (Judgments, error) {
	out := Judgments{}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d fields, want 5 (story, kind, values, verdict, reason)", n, len(f))
		}
		key := strings.Join(f[:3], "\t")
		if err := CheckKey(key); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		if f[3] != Right && f[3] != Wrong {
			return nil, fmt.Errorf("line %d: verdict %q, want right or wrong", n, f[3])
		}
		if strings.TrimSpace(f[4]) == "" {
			return nil, fmt.Errorf("line %d: no reason", n)
		}
		out[key] = append(out[key], Judgment{Key: key, Verdict: f[3], Reason: f[4], Line: n})
	}
	return out, sc.Err()
}

// CheckKey reports whether a key is as JudgmentKey writes it: a story id
// without spaces, a kind of difference, and two or more values, each
// non-empty and without surrounding or doubled spaces, sorted.
func CheckKey(key string) error {
	f := strings.Split(key, "\t")
	if len(f) != 3 {
		return fmt.Errorf("key %q: want story, kind and values", key)
	}
	if f[0] == "" || strings.ContainsAny(f[0], " \t") {
		return fmt.Errorf("key %q: story %q", key, f[0])
	}
	switch f[1] {
	case news.ConflictNumber, news.ConflictDate, news.ConflictName, news.ConflictSpeaker, news.ConflictContradiction:
	default:
		return fmt.Errorf("key %q: kind %q", key, f[1])
	}
	vals := strings.Split(f[2], " / ")
	if len(vals) < 2 {
		return fmt.Errorf("key %q: fewer than two values", key)
	}
	for _, v := range vals {
		if v == "" || strings.Join(strings.Fields(v), " ") != v {
			return fmt.Errorf("key %q: value %q", key, v)
		}
	}
	if !slices.IsSorted(vals) {
		return fmt.Errorf("key %q: values not sorted", key)
	}
	return nil
}

// Tally counts listings by their judgment.
type Tally struct {
	Right, Wrong, Unjudged int
	used                   map[string]int
}

// Add judges one listing: the next unused judgment of its key, or none.
func (t *Tally) Add(j Judgments, story string, c news.Conflict) string {
	if t.used == nil {
		t.used = map[string]int{}
	}
	k := JudgmentKey(story, c)
	i := t.used[k]
	t.used[k]++
	if i >= len(j[k]) {
		t.Unjudged++
		return ""
	}
	if j[k][i].Verdict == Right {
		t.Right++
	} else {
		t.Wrong++
	}
	return j[k][i].Verdict
}

// WrongPerStory is the judged figure: wrong and unjudged listings (an
// unjudged one counted as wrong, so the figure stays an upper bound for
// them) per story.
func (t Tally) WrongPerStory(stories int) float64 { return ratio(t.Wrong+t.Unjudged, stories) }
