package timex

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// allPlacesByFields is allPlaces as it was, cutting s into its fields
// first: allPlaces must give what it gives.
func allPlacesByFields(s string) []string {
	var out []string
	words := strings.FieldsFunc(s, placeSep)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		for n := 3; n >= 1; n-- {
			if i+n > len(words) || n > 1 && !placeFirstWords()[placeWord(words[i])] {
				continue
			}
			parts := make([]string, n)
			for k := range n {
				parts[k] = placeWord(words[i+k])
			}
			name := strings.Join(parts, " ")
			if _, ok := places.Value(name); ok {
				out = append(out, name)
				i += n - 1
				break
			}
		}
	}
	return out
}

// TestAllPlacesAsFields compares allPlaces with allPlacesByFields on the
// shared reports and on edge cases.
func TestAllPlacesAsFields(t *testing.T) {
	texts := []string{"", "North Korea", "North", "New York City's mayor", "“Paris” (France), \xffTokyo’s. South\tKorea\nSeoul"}
	for _, glob := range []string{filepath.Join(testenv.SharedData(t, "summit-2023"), "*.txt"), filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "*.english")} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	for _, s := range texts {
		if got, want := allPlaces(s), allPlacesByFields(s); !slices.Equal(got, want) {
			t.Errorf("allPlaces(%.40q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAllPlaces compares allPlaces with allPlacesByFields.
func FuzzAllPlaces(f *testing.F) {
	f.Add("North Korea and South Korea's talks in Paris, France")
	f.Add("“New York” City\xff Tokyo.")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := allPlaces(s), allPlacesByFields(s); !slices.Equal(got, want) {
			t.Errorf("allPlaces(%q) = %q, want %q", s, got, want)
		}
	})
}
