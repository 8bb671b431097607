package differences

import (
	"strings"
	"testing"
)

// TestUneditedJudgmentsParse reads the labels file of the unedited
// stories: every line parses, every key is as JudgmentKey writes it, and
// both verdicts occur.
func TestUneditedJudgmentsParse(t *testing.T) {
	j, err := UneditedJudgments()
	if err != nil {
		t.Fatal(err)
	}
	n, verdicts := 0, map[string]int{}
	for key, js := range j {
		if err := CheckKey(key); err != nil {
			t.Error(err)
		}
		for _, x := range js {
			n++
			verdicts[x.Verdict]++
		}
	}
	if n < 100 || verdicts[Right] == 0 || verdicts[Wrong] == 0 {
		t.Errorf("%d judgments (%v): want the listings of both halves, right and wrong", n, verdicts)
	}
	for _, bad := range []string{
		"gva/1\tnumber\t5 people / 3 people\twrong\tunsorted",
		"gva/1\tage\t3 people / 5 people\twrong\tno such kind",
		"gva/1\tnumber\t3 people\twrong\tone value",
		"gva 1\tnumber\t3 people / 5 people\twrong\ta space in the story",
		"gva/1\tnumber\t3 people / 5 people\tfalse\tno such verdict",
		"gva/1\tnumber\t3  people / 5 people\twrong\tdoubled space",
		"gva/1\tnumber\t3 people / 5 people\twrong\t",
	} {
		if _, err := ParseJudgments(bad); err == nil {
			t.Errorf("parsed %q", bad)
		}
	}
}

// TestUnjudgedCountsAsWrong runs the unedited brief of GVA 659663 (four
// listings, three judged right) with the labels file, then with one of its
// right judgments taken out: the listing left unjudged is counted, and
// counted as wrong in the judged figure, which so stays an upper bound.
func TestUnjudgedCountsAsWrong(t *testing.T) {
	st := gvaStory(t, "659663")
	j, err := UneditedJudgments()
	if err != nil {
		t.Fatal(err)
	}
	full := Run([]Story{st}, Options{PerKind: -1, Judgments: j})
	if full.Differences == 0 || full.Judged.Unjudged != 0 || full.Judged.Right+full.Judged.Wrong != full.Differences {
		t.Fatalf("GVA 659663: %d listings, judged %+v: want every one judged", full.Differences, full.Judged)
	}
	var dropped string
	less := Judgments{}
	for k, v := range j {
		if dropped == "" && strings.HasPrefix(k, st.ID+"\t") && v[0].Verdict == Right {
			dropped = k
			continue
		}
		less[k] = v
	}
	if dropped == "" {
		t.Fatal("no right judgment of GVA 659663 in the labels file")
	}
	r := Run([]Story{st}, Options{PerKind: -1, Judgments: less})
	if r.Judged.Unjudged != len(j[dropped]) || r.Judged.Right != full.Judged.Right-len(j[dropped]) {
		t.Errorf("without %q: judged %+v, full %+v", dropped, r.Judged, full.Judged)
	}
	if got, want := r.Judged.WrongPerStory(r.Stories), full.Judged.WrongPerStory(full.Stories)+float64(len(j[dropped]))/float64(r.Stories); got != want {
		t.Errorf("judged wrong per story %.3f with an unjudged listing, want %.3f (counted as wrong)", got, want)
	}
}
