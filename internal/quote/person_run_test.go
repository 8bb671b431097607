package quote

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestPersonMatchesWholeText checks that reading onePerson's expressions
// run by run finds the matches the expression finds over the whole text,
// on the shared reports and on edge cases.
func TestPersonMatchesWholeText(t *testing.T) {
	texts := []string{
		"Yvonne Graham, 51, said. The 51-year-old Jim O’Neil_Smith left; 5151-year-old Ann Lee",
		"his mother, Yvonne Graham, and MOTHER Ann Lee; grandmother Jo Doe; 3mother Al Bo",
		"ſister Ann Lee and SISTER Bo Di, Kin \xffmother Jo Jo, the uncle’s wife Jane Roe",
		"Ann Lee,51 and Bo Di, 51x and Cy Do, 510; Ed Fo, 51.",
	}
	for _, glob := range []string{
		filepath.Join(testenv.SharedData(t, "summit-2023"), "*.txt"),
		filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "*.english"),
		filepath.Join(testenv.SharedData(t, "polnear"), "data", "train", "text", "*.txt"),
	} {
		files, _ := filepath.Glob(glob)
		for _, f := range files[:min(len(files), 100)] {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	name := `(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+)`
	type pat struct {
		pattern, word string
		fold          bool
	}
	var pats []pat
	for _, age := range []string{"5", "19", "20", "51", "33", "45", "62"} {
		pats = append(pats, pat{strings.TrimSuffix(name, ")") + `), ` + age + `\b|\b` + age + `-year-old ` + name, age, false})
	}
	for _, w := range []string{"mother", "father", "sister", "wife", "son", "spokesman", "president", "minister", "kin"} {
		pats = append(pats, pat{`\b(?i:` + w + `),? ` + name, w, true})
	}
	for _, p := range pats {
		re := regexp.MustCompile(p.pattern)
		for _, s := range texts {
			want := re.FindAllStringSubmatchIndex(s, -1)
			if got := personMatches(s, p.pattern, p.word, p.fold); !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %.40q: %v, want %v", p.pattern, s, got, want)
			}
		}
	}
}
