package text

import (
	"testing"
)

// TestGalleryFrameIsCut splits frames of the Houston Chronicle's photo
// gallery as GVA incident 655512's first report prints them: the counter,
// the caption, the caption's second print (whole, or cut before "...
// more"). Each piece is a sentence of its own, so that the caption stays
// a claim and the page's counter and second print do not.
func TestGalleryFrameIsCut(t *testing.T) {
	for _, c := range []struct {
		para string
		want []string
	}{
		{"Image 6 of 12 A woman died and three men were wounded in a drive-by shooting about 11:40 p.m. Wednesday, Sept. 14, 2016, outside a home in the 16000 block of Saybrook in northeast Houston (Metro Video) A woman died and three men were wounded in a drive-by shooting about 11:40 p.m. Wednesday, Sept. 14, 2016, outside a home in the 16000 block of Saybrook in northeast Houston (Metro Video)",
			[]string{"Image 6 of 12",
				"A woman died and three men were wounded in a drive-by shooting about 11:40 p.m. Wednesday, Sept. 14, 2016, outside a home in the 16000 block of Saybrook in northeast Houston (Metro Video)",
				"A woman died and three men were wounded in a drive-by shooting about 11:40 p.m. Wednesday, Sept. 14, 2016, outside a home in the 16000 block of Saybrook in northeast Houston (Metro Video)"}},
		{"Image 5 of 12 A forensic team investigated the scene of a late Wednesday night shooting on Saybrook Street in north Houston, Thursday morning, September 15, 2016. (Mark Mulligan / Houston Chronicle) less A forensic team investigated the scene of a late Wednesday night shooting on Saybrook Street in north Houston, Thursday morning, September 15, 2016. (Mark Mulligan / ... more",
			[]string{"Image 5 of 12",
				"A forensic team investigated the scene of a late Wednesday night shooting on Saybrook Street in north Houston, Thursday morning, September 15, 2016.",
				"(Mark Mulligan / Houston Chronicle) less",
				"A forensic team investigated the scene of a late Wednesday night shooting on Saybrook Street in north Houston, Thursday morning, September 15, 2016.",
				"(Mark Mulligan / ... more"}},
		// GVA 156670: every frame in one paragraph, each second print cut
		// short by an ellipsis.
		{"Photo: Brett Coomer, Houston Chronicle A man and woman are let through the police line to speak with... Image 23 of 33 Seven people have been shot, five fatally, Wednesday afternoon, July 9, 2014 on the 700 block of Leaflet Lane in Spring. (Brett Coomer / Houston Chronicle) Photo: Brett Coomer, Chronicle Seven people have been shot, five fatally, Wednesday afternoon,... Image 24 of 33 Harris County Sheriff's Department surrounds a car",
			[]string{"Photo: Brett Coomer, Houston Chronicle A man and woman are let through the police line to speak with...",
				"Image 23 of 33",
				"Seven people have been shot, five fatally, Wednesday afternoon, July 9, 2014 on the 700 block of Leaflet Lane in Spring.",
				"(Brett Coomer / Houston Chronicle)",
				"Photo: Brett Coomer, Chronicle",
				"Seven people have been shot, five fatally, Wednesday afternoon,...",
				"Image 24 of 33",
				"Harris County Sheriff's Department surrounds a car"}},
		// A counter without a second print: only the counter is cut.
		{"Slide 2 of 8 Mourners gather outside the church on Sunday.", []string{"Slide 2 of 8", "Mourners gather outside the church on Sunday."}},
		// Look-alikes: no gallery word, or no counter at the start.
		{"Chapter 3 of 10 tells how the two men met in Houston in 1998.", []string{"Chapter 3 of 10 tells how the two men met in Houston in 1998."}},
		{"Police said Image 6 of 12 was taken at the scene on Thursday morning.", []string{"Police said Image 6 of 12 was taken at the scene on Thursday morning."}},
	} {
		wantPieces(t, c.para, c.want)
	}
}
