package text

import "github.com/abadojack/whatlanggo"

// DetectLanguage returns the ISO 639-1 code of the language of s, or "" when
// the text is too short or the guess is unreliable. Only the first 2,000 bytes
// are looked at: that is plenty for news prose and keeps detection cheap.
func DetectLanguage(s string) string {
	if len(s) > 2000 {
		s = s[:2000]
	}
	if len(s) < 20 {
		return ""
	}
	info := whatlanggo.Detect(s)
	if info.Confidence < 0.2 && !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}
