package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestCaselessScripts splits paragraphs of MultiLing 2011 source texts
// (calibration topics) in scripts without case: no capital follows a
// sentence's end in Arabic, Hebrew or Hindi, the danda (।) ends a Hindi
// sentence and '؟' an Arabic question, while a dotted abbreviation ("टी.वी.",
// TV) still does not end one. Before, each of these paragraphs was one
// sentence, or the Hindi one was cut after "टी.वी.".
func TestCaselessScripts(t *testing.T) {
	dir := filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts")
	tests := []struct {
		file string
		line int // 1-based
		want []string
	}{
		{"M0031.hindi", 8, []string{
			"डेनमार्क के समाचार चैनल टी.वी. 2 समाचार ने कहा कि रैबोबैंक की बाकी टीम को दौड पूरी करने दी जायेगी अगर वे चाहेंगे तो।",
			"चैनल ने यह भी बताया कि रसमुस्सेन ने रैबोबैंक का होटल छोड दिया है।",
		}},
		// The danda typed as an ASCII bar after a Devanagari word.
		{"M0015.hindi", 7, []string{
			"इस दिन पिछले वर्ष पर, समन्वित आत्मघाती बम विस्फोट की एक श्रृंखला ने लंदन के सार्वजनिक परिवहन प्रणाली पर सुबह भारी यातायात के दौरान हमला किया, जिसमे तीन बमों को तीन लंदन की भूमिगत ट्रेनों पर एक दूसरे से 50 सेकंड के अंतराल में  विस्फोट किये गए थे |",
			"चौथा बम एक बस पर लगभग एक घंटे के बाद में ताविस्तोच्क स्क्वायर में फटा |",
			"52 लोग के साथ चार हमलावर हमले में मारे गए थे और 700 लोग इस घातक आतंकवादी हमले में घायल हुए थे जो की यूनाइटेड किंगडम में 1988 में लोकेर्बी बमबारी और द्वितीय विश्व युद्ध के बाद से लंदन में घातक बम विस्फोट है |",
			"चारों आत्मघाती हमलावरों सभी ब्रिटेन निवासी थे, और जब अल कायदा के हमलों की जिम्मेदारी ली है, पुलिस उसकी हमले में सटीक भूमिका के बारे में अनिश्चित हैं |",
		}},
		{"M0017.arabic", 11, []string{
			"، حسيب حسين، في شريط الفيديو.",
			"وقد اتخذ هذا الفيلم من الكاميرا الموجودة في محطة للسكك الحديدية لوتون.",
		}},
		{"M0052.arabic", 11, []string{
			"أين تم الشعور به؟",
			"وأفاد شوهد أنهم شعروا بالزلزال في كولينا ، سانتياغو (سانتياغو العاصمة) ، مولي ، ماشالي ، رينجو ، رانكاغوا (أوهيغينز) ، وفالبارايسو .",
		}},
		{"M0075.hebrew", 7, []string{
			"קרי הודיע כי התוכנית בשבוע הבא תכיל תמונות נוספות של התעללות, אך הוא ציין כי כמה תמונות המתארות אסירים באקטים של השפלה מינית לא ישודרו, בשל היותם גרפיים מדי.",
			"תוכנית השבוע הבא תכלול בנוסף ראיונות עם חייל אמריקני שנאשם בהתעללות באסירים וחייל לשעבר נוסף אשר היה עד לפשעים.",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
			if tc.line > len(lines) {
				t.Fatalf("%s has %d lines, want line %d", tc.file, len(lines), tc.line)
			}
			got := sentences(strings.TrimSpace(lines[tc.line-1]))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s line %d (-want +got):\n%s", tc.file, tc.line, diff)
			}
		})
	}
}

// TestCaselessAbbreviation: a word of one letter of a caseless script before
// a dot is an abbreviation (Arabic "د." for doctor, Hindi "डॉ."), not the end of a
// sentence; an English initial stays one too.
func TestCaselessAbbreviation(t *testing.T) {
	for _, s := range []string{
		"وقال د. محمد إن الوضع صعب.",
		"डॉ. शर्मा ने कहा कि स्थिति गंभीर है।",
		"John F. Kennedy was shot in Dallas.",
	} {
		if got := sentences(s); len(got) != 1 {
			t.Errorf("%q split into %q", s, got)
		}
	}
}

// TestWordsKeepsMarks: a Devanagari word with its vowel signs (marks) is one
// word, so a Hindi summary's word budget counts what a reader counts.
func TestWordsKeepsMarks(t *testing.T) {
	for s, want := range map[string]int{
		"चैनल ने यह भी बताया कि रसमुस्सेन ने रैबोबैंक का होटल छोड दिया है।": 14,
		"The sailors' five-hour talks ended.": 5,
	} {
		if got := Words(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestASCIIDanda: a bar ends a sentence after a Devanagari word only; a
// page's title bar after Latin words ends nothing.
func TestASCIIDanda(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"जान गँवाई थी | चौथा", true},
		{"जान गँवाई थी |", true},
		{"जान गँवाई थी|चौथा", false},
		{"News | Weather", false},
		{"KSLA News 12 | Shreveport", false},
	} {
		i := strings.IndexByte(tc.s, '|')
		if got := ASCIIDanda(tc.s, i); got != tc.want {
			t.Errorf("ASCIIDanda(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if got := sentences("Shooting in Oakland | KTVU News. Two men were hurt."); len(got) != 2 {
		t.Errorf("English title bar split: %q", got)
	}
}
