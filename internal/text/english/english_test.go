package english

import (
	"io/fs"
	"strings"
	"testing"
)

func TestLemmas(t *testing.T) {
	cases := []struct{ word, tag, want string }{
		{"said", "VBD", "say"},
		{"told", "VBD", "tell"},
		{"seized", "VBN", "seize"},
		{"stopped", "VBD", "stop"},
		{"planning", "VBG", "plan"},
		{"denies", "VBZ", "deny"},
		{"is", "VBZ", "be"},
		{"were", "VBD", "be"},
		{"has", "VBZ", "have"},
		{"captured", "VBN", "capture"},
		{"hoped", "VBD", "hope"},
		{"tweeted", "VBD", "tweet"},
		{"sailors", "NNS", "sailor"},
		{"horses", "NNS", "horse"},
		{"crises", "NNS", "crisis"},
		{"women", "NNS", "woman"},
		{"countries", "NNS", "country"},
		{"bigger", "JJR", "big"},
		{"worst", "JJS", "bad"},
		{"news", "NN", "news"},
		{"wo", "MD", "will"},
	}
	for _, c := range cases {
		if got := Lemma(c.word, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
}

func TestSets(t *testing.T) {
	if n, ok := IsMonth("sept"); !ok || n != 9 {
		t.Errorf("sept = %d %v", n, ok)
	}
	if n, ok := Weekdays.Int("friday"); !ok || n != 5 {
		t.Errorf("friday = %d %v", n, ok)
	}
	for _, w := range []string{"said", "told", "denies", "claiming", "warned", "say"} {
		if !SpeechVerbs.Has(w) {
			t.Errorf("%q is not a speech verb", w)
		}
	}
	for _, w := range []string{"seized", "ship", "the"} {
		if SpeechVerbs.Has(w) {
			t.Errorf("%q is a speech verb", w)
		}
	}
	if k := SpeechVerbs.Kind("denied"); k != "deny" {
		t.Errorf("denied: kind %q", k)
	}
	if v, ok := Number("million"); !ok || v != 1e6 {
		t.Errorf("million = %v", v)
	}
	if !IsNegator("didn't") || !IsNegator("never") || IsNegator("now") {
		t.Error("negators")
	}
	if Modals.Kind("might") != "possible" || Titles.Kind("gen") != "rank" || Abbreviations.Kind("inc") != "company" {
		t.Error("kinds")
	}
}

// TestDataFilesNameTheirSource holds the rule of the package: every list
// opens with a header that says where it comes from, and every entry is
// lower case (lookups are by lower-case word), but for the names of the
// gazetteers.
func TestDataFilesNameTheirSource(t *testing.T) {
	files, _ := fs.Glob(data, "data/*.*")
	more, _ := fs.Glob(data, "data/*/*.txt")
	files = append(files, more...)
	if len(files) < 20 {
		t.Fatalf("only %d data files", len(files))
	}
	for _, f := range files {
		b, _ := data.ReadFile(f)
		head := string(b[:min(len(b), 1500)])
		if !strings.HasPrefix(head, "#") || !strings.Contains(head, "Source:") {
			t.Errorf("%s: no header naming its source", f)
		}
		for _, line := range lines(strings.TrimPrefix(f, "data/")) {
			w, _ := splitEntry(line)
			if w != strings.ToLower(w) && !strings.HasPrefix(f, "data/gazetteer/") {
				t.Errorf("%s: %q is not lower case", f, w)
			}
		}
	}
}

// TestEveryListLoads loads every list by name, as List does.
func TestEveryListLoads(t *testing.T) {
	files, _ := fs.Glob(data, "data/*/*.txt")
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "data/"), ".txt")
		if List(name).Len() == 0 {
			t.Errorf("%s: empty", name)
		}
	}
}

func TestIndexSearch(t *testing.T) {
	for _, w := range []string{"a", "zoom", "say", "abandon"} {
		if !IsVerb(w) && w != "a" {
			t.Errorf("%q not a verb", w)
		}
	}
	if IsVerb("sailor") || !IsNoun("sailor") || IsNoun("") {
		t.Error("index")
	}
}

func BenchmarkVerbLemma(b *testing.B) {
	words := []string{"said", "seized", "captured", "announced", "planning", "is", "tweeted", "released"}
	for b.Loop() {
		for _, w := range words {
			VerbLemma(w)
		}
	}
}

func TestEventVerb(t *testing.T) {
	for noun, verb := range map[string]string{"explosion": "explode", "explosions": "explode", "invitation": "invite", "acquisition": "acquire", "statement": "", "summit": "", "exploded": ""} {
		if got := EventVerb(noun); got != verb {
			t.Errorf("EventVerb(%q) = %q, want %q", noun, got, verb)
		}
	}
}

// TestGazetteerLinesHaveTheirTab checks that every name of a gazetteer is
// followed by a tab: without one a name of several words is read as its
// first word with the rest as its kind ("Los" for "Los Angeles Times").
func TestGazetteerLinesHaveTheirTab(t *testing.T) {
	files, _ := fs.Glob(data, "data/gazetteer/*.txt")
	if len(files) == 0 {
		t.Fatal("no gazetteer files")
	}
	for _, f := range files {
		for _, line := range lines(strings.TrimPrefix(f, "data/")) {
			if !strings.Contains(line, "\t") {
				t.Errorf("%s: %q has no tab after its name", f, line)
			}
		}
	}
}
