package charset

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16be(s string) []byte {
	b := []byte{0xFE, 0xFF}
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		declared string
		want     string
		problem  string // part of the error, "" for none
		enc      string // the encoding Decode names, when want is set
	}{
		{"utf-8", []byte("Kim met Putin – “comrade”."), "", "Kim met Putin – “comrade”.", "", "utf-8"},
		{"utf-8 BOM", []byte("\xEF\xBB\xBFHello."), "", "Hello.", "", "utf-8"},
		{"utf-16le", utf16le("Café talks."), "", "Café talks.", "", "utf-16le"},
		{"utf-16be", utf16be("Café talks."), "", "Café talks.", "", "utf-16be"},
		{"windows-1252", []byte("The caf\xe9 owner said \x93no\x94 to the na\xefve plan."), "", "The café owner said “no” to the naïve plan.", "", "windows-1252"},
		{"declared latin-2", []byte("Pod\xb9ta"), "iso-8859-2", "Podšta", "", "iso-8859-2"},
		{"empty", []byte(""), "", "", "empty", ""},
		{"white space", []byte(" \n\t\n"), "", "", "empty", ""},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "", "PNG image", ""},
		{"pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), "", "", "PDF", ""},
		{"binary with NUL", []byte("abc\x00\x01\x02def"), "", "", "binary", ""},
		{"control bytes", []byte(strings.Repeat("\x01\x02\x03a", 20)), "", "", "binary", ""},
		{"undecodable", []byte("\x81\x8d\x8f\x90\x9d\xfe\xff text"), "", "", "encoding could not be recognised", ""},
		{"text that opens like a signature", []byte("ID3 of the suspects was released."), "", "ID3 of the suspects was released.", "", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in, tt.declared)
			if tt.problem != "" {
				if err == nil || !strings.Contains(err.Error(), tt.problem) {
					t.Fatalf("Decode = %q, %v; want an error about %q", got, err, tt.problem)
				}
				return
			}
			if err != nil || got != tt.want || enc != tt.enc {
				t.Fatalf("Decode = %q, %q, %v; want %q in %s", got, enc, err, tt.want, tt.enc)
			}
		})
	}
	if _, _, err := Decode(nil, ""); !errors.Is(err, ErrEmpty) {
		t.Errorf("Decode(nil) = %v, want ErrEmpty", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain text"), "")
	f.Add(utf16le("text"), "")
	f.Add([]byte("caf\xe9"), "windows-1252")
	f.Add([]byte("\xff\xfe\x00"), "")
	f.Fuzz(func(t *testing.T, b []byte, declared string) {
		s, enc, err := Decode(b, declared)
		if err == nil && strings.TrimSpace(s) == "" {
			t.Fatalf("empty text without an error")
		}
		if err == nil && (enc == "" || !utf8.ValidString(s)) {
			t.Fatalf("text %q in encoding %q", s, enc)
		}
	})
}
