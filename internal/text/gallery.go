package text

import "github.com/crosscheck/crosscheck/internal/text/english"

// galleryWords name the frames of a photo gallery or slide show.
var galleryWords = english.List("text/gallery-words")

// GalleryCounter reports whether toks[k] is a piece of a photo gallery's
// frame counter: a capitalised gallery word, the frame's number, "of" and
// the number of frames ("Image 12 of 33", "Photo 3 of 10", "Slide 2 of
// 8"), the total perhaps after a slash ("Image 1 of / 10": the Hearst
// newspapers print it so before the first caption). News pages print the
// counter before each caption and the page text glues it to the caption,
// which tells the story and stays a claim; the counter's numbers are the
// page's, no count and no date of the report.
func GalleryCounter(toks []Token, k int) bool {
	for i := max(k-4, 0); i <= k; i++ {
		if galleryCounterAt(toks, i) >= k {
			return true
		}
	}
	return false
}

// galleryCounterAt is the index of the last token of the gallery counter
// that starts at toks[i], or -1 when none starts there.
func galleryCounterAt(toks []Token, i int) int {
	at := func(j int) Token {
		if j < len(toks) {
			return toks[j]
		}
		return Token{}
	}
	w := at(i)
	if w.Kind != Word || !w.Cap || !galleryWords.Has(w.Lower) || at(i+1).Kind != Number || at(i+2).Lower != "of" {
		return -1
	}
	j := i + 3
	if at(j).Text == "/" {
		j++
	}
	if at(j).Kind != Number {
		return -1
	}
	return j
}
