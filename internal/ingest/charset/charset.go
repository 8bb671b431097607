// Package charset turns the raw bytes of an input into UTF-8 text, or says in
// plain words why they are not text: empty, binary, a known non-text format,
// or an encoding it cannot identify with confidence. Legacy encodings are
// detected by github.com/gogs/chardet (a port of ICU's detector), and the
// encoding read is returned so that the caller can say it.
package charset

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// UTF8 is the encoding name Decode gives for UTF-8 input.
const UTF8 = "utf-8"

// ErrEmpty is returned for input with nothing but white space in it.
var ErrEmpty = errors.New("the file is empty")

// magic lists the signatures of common binary formats, so the message can
// say what the file is instead of only that it is not text.
var magic = []struct {
	prefix string
	name   string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (or an Office document)"},
	{"\x1f\x8b", "a gzip-compressed file"},
	{"BZh", "a bzip2-compressed file"},
	{"\xfd7zXZ\x00", "an xz-compressed file"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"\x7fELF", "an executable program"},
	{"MZ\x90\x00", "a Windows executable"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"},
	{"SQLite format 3\x00", "an SQLite database"},
	{"RIFF", "a RIFF media file (audio, video or WebP image)"},
	{"OggS", "an Ogg media file"},
	{"ID3", "an MP3 audio file"},
	{"\x00\x00\x00\x18ftyp", "an MP4 video"},
	{"\x00\x00\x00\x20ftyp", "an MP4 video"},
	{"wOFF", "a web font"},
	{"wOF2", "a web font"},
}

// Decode returns data as UTF-8 text and the name of the encoding it was read
// from ("utf-8", "windows-1250", "shift_jis", ...: WHATWG names). declared is
// a charset name the input declares about itself (an HTTP Content-Type
// parameter or an HTML meta tag), or "". UTF-8 (with or without a
// byte-order mark) and UTF-16 with a byte-order mark are always recognised;
// a declared charset is honoured; other bytes that are not UTF-8 are read in
// the legacy encoding the detector names, when the text it gives reads as
// text (see plausible); failing that, as Windows-1252 when they look like
// Western European text. Anything else is an error that says why.
func Decode(data []byte, declared string) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(data)
		if err != nil {
			return "", "", err
		}
		enc = "utf-16le"
		if data[0] == 0xFE {
			enc = "utf-16be"
		}
		s, err = checkText(s)
		return s, enc, err
	}
	binary := !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0
	for _, m := range magic {
		// A signature in plain letters ("ID3", "RIFF") could also open a
		// text, so it names the format only when the rest is not text.
		if bytes.HasPrefix(data, []byte(m.prefix)) && (binary || !printable(m.prefix)) {
			return "", "", fmt.Errorf("this is %s, not an article", m.name)
		}
	}
	if utf8.Valid(data) {
		s, err := checkText(string(data))
		return s, UTF8, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", errors.New("this is a binary file, not text")
	}
	if declared != "" {
		if e, err := htmlindex.Get(declared); err == nil {
			if name, _ := htmlindex.Name(e); name != UTF8 {
				s, err := e.NewDecoder().String(string(data))
				if err == nil {
					s, err = checkText(s)
					return s, name, err
				}
			}
		}
	}
	if s, name, ok := detect(data); ok {
		s, err := checkText(s)
		return s, name, err
	}
	if looksWindows1252(data) {
		s, err := charmap.Windows1252.NewDecoder().String(string(data))
		if err == nil {
			s, err = checkText(s)
			return s, "windows-1252", err
		}
	}
	return "", "", errors.New("the text is not UTF-8 and its encoding could not be recognised")
}

// minConfidence is the least detector confidence (1-100) taken. ICU gives
// real text in a legacy code page 29 and more (MultiLing's texts in five
// code pages) but also gives random bytes 45: confidence alone does not
// tell text from noise, so plausible checks what the decoding reads as.
const minConfidence = 10

// detect reads data in the encoding the detector ranks first among those
// the web uses, when its decoding is plausible text. Only the first: a
// lower-ranked page that happens to decode cleanly is a wrong reading (the
// French texts of MultiLing in Windows-1252 read as ISO-8859-2 that way).
func detect(data []byte) (text, name string, ok bool) {
	results, err := chardet.NewTextDetector().DetectAll(data)
	if err != nil {
		return "", "", false
	}
	for _, r := range results {
		if r.Confidence < minConfidence {
			break
		}
		e, err := htmlindex.Get(r.Charset)
		if err != nil {
			continue // an encoding the web does not use (IBM424, ISO-2022-KR)
		}
		name, _ := htmlindex.Name(e)
		if name == UTF8 || strings.HasPrefix(name, "utf-16") {
			return "", "", false // the bytes are not UTF-8; UTF-16 needs its byte-order mark
		}
		s, err := e.NewDecoder().String(string(data))
		if err != nil || !plausible(s) {
			return "", "", false
		}
		return s, name, true
	}
	return "", "", false
}

// plausible says whether a decoding reads as text: no replacement
// character (a byte the encoding does not define, or a broken multi-byte
// sequence), no C1 control character, and at least half of the non-ASCII
// characters letters or marks (the rest typographic quotes, dashes, signs);
// a wrong code page turns letters into symbols.
func plausible(s string) bool {
	var high, letters int
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		if r == utf8.RuneError || r < 0xA0 {
			return false
		}
		high++
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			letters++
		}
	}
	return high > 0 && letters*2 >= high
}

func decodeUTF16(data []byte) (string, error) {
	be := data[0] == 0xFE
	data = data[2:]
	if len(data)%2 == 1 {
		return "", errors.New("the text is not valid UTF-16 (odd number of bytes)")
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if be {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u)), nil
}

// checkText rejects text that is empty or mostly control characters, which
// is what a binary file that happens to be valid UTF-8 looks like.
func checkText(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	var ctrl, n int
	for _, r := range s {
		n++
		if r == 0 {
			return "", errors.New("this is a binary file, not text")
		}
		if (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') || r == 0x7F || r == utf8.RuneError {
			ctrl++
		}
	}
	if ctrl*10 > n {
		return "", errors.New("this is a binary file, not text")
	}
	return s, nil
}

// looksWindows1252 says whether bytes that are not UTF-8 read as Western
// European text in Windows-1252: few non-ASCII bytes, none of the five the
// code page leaves undefined, and each of them next to a letter, as accented
// letters and typographic quotes are.
func looksWindows1252(data []byte) bool {
	var high int
	for i, b := range data {
		if b < 0x80 {
			if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
				return false
			}
			continue
		}
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return false
		}
		high++
		if !nearLetter(data, i) {
			return false
		}
	}
	return high > 0 && high*5 < len(data)
}

func nearLetter(data []byte, i int) bool {
	isLetter := func(j int) bool {
		if j < 0 || j >= len(data) {
			return false
		}
		b := data[j]
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0xC0 && b != 0xD7 && b != 0xF7 || b == ' '
	}
	return isLetter(i-1) || isLetter(i+1)
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			return false
		}
	}
	return true
}
