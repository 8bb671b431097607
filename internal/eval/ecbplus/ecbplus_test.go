package ecbplus

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	xml := `<Document doc_name="x">
<token t_id="1" sentence="0" number="0">http</token><token t_id="2" sentence="0" number="1">:</token><token t_id="3" sentence="0" number="2">//www.example.com/a-b</token>
<token t_id="4" sentence="1" number="0">The</token><token t_id="5" sentence="1" number="1">multi</token><token t_id="6" sentence="1" number="2">-</token><token t_id="7" sentence="1" number="3">boat</token><token t_id="8" sentence="1" number="4">attack</token><token t_id="9" sentence="1" number="5">(</token><token t_id="10" sentence="1" number="6">Aden</token><token t_id="11" sentence="1" number="7">)</token><token t_id="12" sentence="1" number="8">failed</token><token t_id="13" sentence="1" number="9">.</token>
<token t_id="14" sentence="2" number="0">Navy</token><token t_id="15" sentence="2" number="1">'s</token><token t_id="16" sentence="2" number="2">ship</token><token t_id="17" sentence="2" number="3">,</token><token t_id="18" sentence="2" number="4">"</token><token t_id="19" sentence="2" number="5">Sukanya</token><token t_id="20" sentence="2" number="6">"</token><token t_id="21" sentence="2" number="7">.</token>
</Document>`
	got, err := Text(strings.NewReader(xml))
	if err != nil {
		t.Fatal(err)
	}
	want := "The multi-boat attack (Aden) failed.\n\nNavy's ship, \"Sukanya\"."
	if got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func FuzzText(f *testing.F) {
	f.Add(`<Document><token sentence="0">a</token><token sentence="1">-</token></Document>`)
	f.Add(`<Document><token sentence="x">"</token></Document>`)
	f.Fuzz(func(t *testing.T, s string) {
		out, err := Text(strings.NewReader(s))
		if err == nil && strings.Contains(out, "\n\n\n") {
			t.Errorf("empty paragraph in %q", out)
		}
	})
}
