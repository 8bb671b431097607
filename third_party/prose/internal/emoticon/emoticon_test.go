package emoticon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// inSet is Is as it was before the pair filter: the map alone.
func inSet(s string) bool {
	_, ok := set()[s]
	return ok
}

// TestIsMatchesSet checks Is (patched for crosscheck: a filter of first
// and second bytes before the map) against the map alone: every
// emoticon, each cut short and grown by a byte, every string of one or
// two bytes, and every word of the summit reports and the English MultiLing texts in ../shared (as
// whitespace cuts them, and cut again at letters and digits).
func TestIsMatchesSet(t *testing.T) {
	var words []string
	for s := range set() {
		words = append(words, s, s[:len(s)-1], s+")", s+"a", "x"+s)
	}
	for a := 0; a < 256; a++ {
		words = append(words, string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			words = append(words, string([]byte{byte(a), byte(b)}))
		}
	}
	files, _ := filepath.Glob("../../../../../shared/data/summit-2023/*.txt")
	more, _ := filepath.Glob("../../../../../shared/data/multiling2011/SourceTexts/*.english")
	files = append(files, more...)
	if len(files) == 0 {
		t.Log("../shared/data not found: real words not checked")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			words = append(words, w, strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
		}
	}
	found := 0
	for _, w := range words {
		got, want := Is(w), inSet(w)
		if got != want {
			t.Fatalf("Is(%q) = %v, the map says %v", w, got, want)
		}
		if got {
			found++
		}
	}
	if found < len(set()) {
		t.Fatalf("%d emoticons found, want at least %d", found, len(set()))
	}
	t.Logf("%d words, %d emoticons", len(words), found)
}
