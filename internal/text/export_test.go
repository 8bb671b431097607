package text

// TeaserPairs gives, for each paragraph of d but the last, whether the
// next prints it again, as findOtherNews first asks it (on the openings
// normalised to teaserWindow bytes) and on the whole normalised texts.
func TeaserPairs(d *Doc) (window, whole []bool) {
	ps := newsParagraphs(d)
	for i := 0; i+1 < len(ps); i++ {
		window = append(window, printedAgain(ps[i].norm, ps[i+1].norm))
		whole = append(whole, printedAgain(normalizeTeaser(ps[i].text, -1), normalizeTeaser(ps[i+1].text, -1)))
	}
	return window, whole
}
