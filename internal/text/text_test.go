package text

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
)

func sentences(s string) []string {
	var out []string
	for _, sp := range SplitSentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The talks ended. Kim left.", []string{"The talks ended.", "Kim left."}},
		{"titles", "Mr. Kim met Dr. Smith. They talked.", []string{"Mr. Kim met Dr. Smith.", "They talked."}},
		{"initials", "John F. Kennedy spoke. He left.", []string{"John F. Kennedy spoke.", "He left."}},
		{"us", "The U.S. Army said so. The U.S. denied it.", []string{"The U.S. Army said so.", "The U.S. denied it."}},
		{"pm", "It began at 2 p.m. The talks lasted.", []string{"It began at 2 p.m.", "The talks lasted."}},
		// ECB+ 19_1ecbplus, whose tokenised text spaces "p.m.": "p. m." is
		// the same abbreviation, and a name after it goes on the sentence.
		{"spaced pm", "Police say that on Saturday around 11: 30 p. m. Kimani Gray was standing outside. He left.",
			[]string{"Police say that on Saturday around 11: 30 p. m. Kimani Gray was standing outside.", "He left."}},
		{"spaced pm ends", "It began at 2 p. m. The talks lasted.", []string{"It began at 2 p. m.", "The talks lasted."}},
		{"decimal", "It cost $4.5 bn. in funding. Next.", []string{"It cost $4.5 bn. in funding.", "Next."}},
		{"quote inside", `"It is over. We won," he said. Then he left.`, []string{`"It is over. We won," he said.`, "Then he left."}},
		{"curly quote end", "He said “we won.” Then he left.", []string{"He said “we won.”", "Then he left."}},
		{"backticks", "``We won. Really,'' he said. Next.", []string{"``We won. Really,'' he said.", "Next."}},
		{"paragraphs", "First line\nSecond line.\n\nThird.", []string{"First line", "Second line.", "Third."}},
		{"question", "Why? Because.", []string{"Why?", "Because."}},
		// GVA incident 489105: an abbreviated street type closes the
		// street's name; a capitalised word after it opens a sentence,
		// unless it is the address's direction.
		{"street type ends", "It happened at 1917 Prospect Ave. Members of the club said so.", []string{"It happened at 1917 Prospect Ave.", "Members of the club said so."}},
		{"street type goes on", "They went to 1917 Prospect Ave. for an inspection, at 20 Main Rd. NW. Then left. Five were shot on Mermaid Ave. Sunday.", []string{"They went to 1917 Prospect Ave. for an inspection, at 20 Main Rd. NW.", "Then left.", "Five were shot on Mermaid Ave. Sunday."}},
		// ECB+ 19ecbplus: after a word in lower case the type opens a
		// street's name ("Avenue D").
		{"street type opens a name", "A group stormed a McDonald’s on Utica Ave. and Ave. D in Flatbush. Police came.", []string{"A group stormed a McDonald’s on Utica Ave. and Ave. D in Flatbush.", "Police came."}},
		{"saint", "They met on St. Paul Street. St. Louis won.", []string{"They met on St. Paul Street.", "St. Louis won."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, sentences(c.in)); diff != "" {
				t.Errorf("SplitSentences(%q) mismatch (-want +got):\n%s", c.in, diff)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	for _, tk := range Tokenize("Russia's U.S.-backed five-hour talks cost $4.5 bn, 1,000 don't.", 0) {
		got = append(got, tk.Text)
	}
	want := []string{"Russia's", "U.S.-backed", "five-hour", "talks", "cost", "$", "4.5", "bn", ",", "1,000", "don't", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokenize mismatch (-want +got):\n%s", diff)
	}
}

// TestAnalyzeSummit checks offsets on the real summit reports: every sentence
// and token must be exactly the bytes it claims to be.
func TestAnalyzeSummit(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/data/summit-2023/*.txt")
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("../shared/data/summit-2023 is missing; CI must have ../shared beside the repository")
		}
		t.Skip("../shared/data/summit-2023 not found: clone the repository with ../shared beside it to run this test")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := Analyze(&news.Article{Text: string(b)})
		if d.Language != "en" {
			t.Errorf("%s: language %q, want en", f, d.Language)
		}
		if len(d.Sentences) < 10 {
			t.Errorf("%s: only %d sentences", f, len(d.Sentences))
		}
		for _, s := range d.Sentences {
			if d.Article.Text[s.Start:s.End] != s.Text {
				t.Fatalf("%s: sentence offsets wrong: %q", f, s.Text)
			}
			for _, tk := range d.Tokens[s.TokStart:s.TokEnd] {
				if d.Article.Text[tk.Start:tk.End] != tk.Text {
					t.Fatalf("%s: token offsets wrong: %q", f, tk.Text)
				}
			}
		}
	}
}

// TestDetectLanguage checks detection on MultiLing's human translations of
// one English article: each language must be told apart, and none taken for
// English by the cheap English test.
func TestDetectLanguage(t *testing.T) {
	dir := "../../../shared/data/multiling2011/SourceTexts"
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing; CI must have ../shared beside the repository", dir)
		}
		t.Skipf("%s not found: clone the repository with ../shared beside it to run this test", dir)
	}
	want := map[string]string{"english": "en", "french": "fr", "greek": "el", "czech": "cs", "arabic": "ar", "hindi": "hi", "hebrew": "he"}
	for ext, code := range want {
		files, _ := filepath.Glob(filepath.Join(dir, "M00[0-9][0-9]."+ext))
		if len(files) == 0 {
			t.Fatalf("no .%s files", ext)
		}
		wrong := 0
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if got := Analyze(&news.Article{Text: string(b)}).Language; got != code {
				wrong++
				t.Logf("%s: got %q, want %q", filepath.Base(f), got, code)
			}
		}
		if wrong > len(files)/20 {
			t.Errorf(".%s: %d of %d detected wrongly", ext, wrong, len(files))
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"Sergei", "Sergey", 1}, {"", "abc", 3}, {"Kim", "Kim", 0}, {"Пeskov", "Peskov", 1}, {"kitten", "sitting", 3},
		{"theatre", "theater", 1}, {"vendome", "vendôme", 1}, {"Jamie", "Jaime", 1}, {"abcd", "badc", 2}, {"ca", "abc", 3},
	} {
		if got := EditDistance(c.a, c.b); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestTokenizeScripts: the vowel signs of Devanagari (Unicode Mc) are part
// of their words, and other scripts' words and punctuation stay as they are.
func TestTokenizeScripts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"hindi", "भारत सरकार ने कहा।", []string{"भारत", "सरकार", "ने", "कहा", "।"}},
		{"arabic", "قالت الحكومة", []string{"قالت", "الحكومة"}},
		{"greek", "Η κυβέρνηση είπε.", []string{"Η", "κυβέρνηση", "είπε", "."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tk := range Tokenize(tc.in, 0) {
				got = append(got, tk.Text)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Tokenize(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestSentencesIn: a piece of evidence inside the second sentence lies in
// it alone; one across the boundary lies in both.
func TestSentencesIn(t *testing.T) {
	d := Analyze(&news.Article{Text: "Officially, 49 people were killed. A total of 50 people were killed in the shooting."})
	second := d.Sentences[1]
	if got := d.SentencesIn(second.Start+2, second.Start+9); !slices.Equal(got, []int{1}) {
		t.Errorf("inside the second sentence: %v", got)
	}
	if got := d.SentencesIn(second.Start-3, second.Start+1); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("across the boundary: %v", got)
	}
}

// TestGalleryToggle reads GVA incident 483817's Seattle Post-Intelligencer
// gallery: "... shooting. less Cleanthony Jimerson, 29, pictured ...". The
// caption's show-less switch is a piece of its own, not the end of the
// caption's last sentence; "more" in prose stays ("Three more were hurt.").
func TestGalleryToggle(t *testing.T) {
	in := "Jimerson had been celebrating prior to the March 31, 2013, shooting. less Cleanthony Jimerson, 29, pictured in a jail photo. A stray bullet may be to ... more Photo: Cody Duty. Three more were hurt."
	want := []string{"Jimerson had been celebrating prior to the March 31, 2013, shooting.", "less", "Cleanthony Jimerson, 29, pictured in a jail photo.", "A stray bullet may be to ...", "more", "Photo: Cody Duty.", "Three more were hurt."}
	if diff := cmp.Diff(want, sentences(in)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
