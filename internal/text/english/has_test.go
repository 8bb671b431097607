package english

import (
	"strings"
	"testing"
)

// hasByLines is sortedFile.has as it was before issue 15's wave 23: each
// step cut the whole line that holds the middle offset and compared it
// with w.
func hasByLines(x *sortedFile, w string) bool {
	if w == "" {
		return false
	}
	x.load()
	s := x.body
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		start := strings.LastIndexByte(s[:mid], '\n') + 1
		end := strings.IndexByte(s[mid:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += mid
		}
		line := s[start:end]
		switch {
		case line == w:
			return true
		case line < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// TestHasMatchesLines asks has and the line-cutting search it replaced
// about every line of the lemma indexes and of the exception lists, and
// about each line's neighbours in byte order: cut short, made longer, a
// byte changed up or down, and the empty word.
func TestHasMatchesLines(t *testing.T) {
	files := []*sortedFile{verbIndex, nounIndex, adjIndex, &verbExceptions.sortedFile}
	for _, x := range files {
		asked := []string{"", "a", "z", "zzzzzz", "\x00", "\xff", "~", " ", "a{", "z{", "a`", "za", "zz", "{"}
		for _, line := range lines(x.file) {
			asked = append(asked, line, line[:len(line)-1], line+"s", line+" ", line+"\n", "\n"+line)
			for _, i := range []int{0, len(line) / 2, len(line) - 1} {
				for _, d := range []int{-1, 1} {
					b := []byte(line)
					b[i] = byte(int(b[i]) + d)
					asked = append(asked, string(b))
				}
			}
		}
		for _, w := range asked {
			if got, want := x.has(w), hasByLines(x, w); got != want {
				t.Fatalf("%s: has(%q) = %v, want %v", x.file, w, got, want)
			}
		}
	}
}
