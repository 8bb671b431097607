package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// wordsByRune is Words as it was written before its ASCII table: every
// rune through the unicode package.
func wordsByRune(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || in && unicode.IsMark(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

// FuzzWords checks Words's ASCII table against the unicode package.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "plain words", "Russia’s well-known 1,000 men", "किया गया", "a\xffb’c", "x'-'y", "’a", "-a-", "\u0301a\u0301 b\u0301", "e\u0301t\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), wordsByRune(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestWordsOnEveryByte runs FuzzWords's check on each ASCII character and
// a few other runes around a letter, in every order of two.
func TestWordsOnEveryByte(t *testing.T) {
	var pieces []string
	for c := range 128 {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "’", "é", "\u0301", "\u093f", "٣", "\xff", "—")
	for _, a := range pieces {
		for _, b := range pieces {
			for _, s := range []string{a + b, "w" + a + b, a + "w" + b, a + b + "w"} {
				if got, want := Words(s), wordsByRune(s); got != want {
					t.Fatalf("Words(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

// budgetWordsByFields is BudgetWords as it was written before its ASCII
// test in line: every rune through unicode.IsSpace, as strings.Fields.
func budgetWordsByFields(s string) int {
	return max(Words(s), len(strings.Fields(s)))
}

// FuzzBudgetWords checks BudgetWords against strings.Fields.
func FuzzBudgetWords(f *testing.F) {
	for _, s := range []string{"", " a  b\t\nc ", "\u00a0a\u0085b\u2003c", "a \xff b", "٣ ، ب", "x\vy\fz\rw"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := BudgetWords(s), budgetWordsByFields(s); got != want {
			t.Errorf("BudgetWords(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestBudgetWordsOnEveryByte runs FuzzBudgetWords's check on each ASCII
// character and the non-ASCII spaces around a letter, in every order of
// two.
func TestBudgetWordsOnEveryByte(t *testing.T) {
	var pieces []string
	for c := range 128 {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "\u0085", "\u00a0", "\u1680", "\u2003", "\u3000", "é", "\xff", "\xc2")
	for _, a := range pieces {
		for _, b := range pieces {
			for _, s := range []string{a + b, "w" + a + b, a + "w" + b, a + b + "w"} {
				if got, want := BudgetWords(s), budgetWordsByFields(s); got != want {
					t.Fatalf("BudgetWords(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

// TestBudgetWordsOnSources checks BudgetWords against strings.Fields on
// every sentence of the summit reports and of the MultiLing source texts
// (seven languages, five scripts), and on every whole text.
func TestBudgetWordsOnSources(t *testing.T) {
	n, files := 0, 0
	eachSourceText(t, func(f, s string, whole bool) {
		if got, want := BudgetWords(s), budgetWordsByFields(s); got != want {
			t.Fatalf("%s: BudgetWords(%q) = %d, want %d", f, s, got, want)
		}
		n++
		if whole {
			files++
		}
	})
	t.Logf("%d texts of %d files", n, files)
}

// TestWordsUpToOnSources checks WordsUpTo against Words (and Words against
// wordsByRune) on every sentence and whole text of the summit and of the
// 700 MultiLing source texts in seven languages, for every limit up to 20
// and a few beyond: min(Words, max+1) each time.
func TestWordsUpToOnSources(t *testing.T) {
	n, cut := 0, 0
	eachSourceText(t, func(f, s string, _ bool) {
		all := Words(s)
		if want := wordsByRune(s); all != want {
			t.Fatalf("%s: Words(%q) = %d, the runes %d", f, s, all, want)
		}
		for _, max := range []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 50, 1000} {
			if got, want := WordsUpTo(s, max), min(all, max+1); got != want {
				t.Fatalf("%s: WordsUpTo(%q, %d) = %d, want %d", f, s, max, got, want)
			}
			if all > max {
				cut++
			}
		}
		n++
	})
	t.Logf("%d texts, %d counts cut short", n, cut)
}

// eachSourceText calls f with every whole text (whole true), sentence and
// trimmed sentence of the summit's texts and the 700 MultiLing source
// texts (seven languages, five scripts).
func eachSourceText(t *testing.T, f func(file, s string, whole bool)) {
	t.Helper()
	files, _ := filepath.Glob("../../../shared/data/summit-2023/*.txt")
	more, _ := filepath.Glob("../../../shared/data/multiling2011/SourceTexts/*")
	files = append(files, more...)
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("../shared/data is missing; CI must have ../shared beside the repository")
		}
		t.Skip("../shared/data not found: clone the repository with ../shared beside it to run this test")
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		f(file, text, true)
		for _, sp := range SplitSentences(text) {
			f(file, text[sp.Start:sp.End], false)
			f(file, strings.TrimSpace(text[sp.Start:sp.End]), false)
		}
	}
}
