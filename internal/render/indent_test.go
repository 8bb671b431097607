package render

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// encoderIndented is what JSON wrote before: encoding/json's own
// indentation.
func encoderIndented(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The brief of the five summit reports, and the fixture's, come out byte
// for byte as encoding/json indents them.
func TestJSONSameBytesAsEncoder(t *testing.T) {
	summit := brief.Build(testenv.Summit(t), brief.Options{})
	for name, b := range map[string]*news.Brief{"summit": summit, "fixture": fixture(t, true)} {
		var got bytes.Buffer
		if err := JSON(&got, b); err != nil {
			t.Fatal(err)
		}
		if want := encoderIndented(t, b); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: %d bytes, encoding/json gives %d; they differ", name, got.Len(), len(want))
		}
		// JSONBriefs writes one brief at a time: the same bytes as the
		// list encoded whole, for none, one, several and a nil brief.
		for _, bs := range [][]*news.Brief{nil, {}, {b}, {b, b}, {b, nil, b}} {
			var many bytes.Buffer
			if err := JSONBriefs(&many, bs); err != nil {
				t.Fatal(err)
			}
			if want := encoderIndented(t, struct {
				Briefs []*news.Brief `json:"briefs"`
			}{bs}); !bytes.Equal(many.Bytes(), want) {
				t.Errorf("%s: JSONBriefs of %d differs from encoding/json", name, len(bs))
			}
		}
	}
}

// FuzzIndent: any valid JSON, compacted as encoding/json writes it, is
// indented exactly as json.Indent indents it.
func FuzzIndent(f *testing.F) {
	f.Add([]byte(`{"a":[],"b":{},"c":[1,{"d":"x\"y\\","e":null}],"f":"{[,:]}"}`))
	f.Add([]byte(`[ {"k" : [ [ ] , { } ] } , "\u2028" , -1.5e3 , true ]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		want.WriteByte('\n')
		if got := appendIndent(nil, compact.Bytes()); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("indent of %q:\n%s\nwant\n%s", compact.Bytes(), got, want.Bytes())
		}
	})
}

// BenchmarkJSON writes the summit brief as JSON, and as encoding/json
// indents it, for comparison:
//
//	go test ./internal/render -run '^$' -bench JSON -benchmem
func BenchmarkJSON(b *testing.B) {
	br := brief.Build(testenv.Summit(b), brief.Options{})
	b.Run("render", func(b *testing.B) {
		var buf bytes.Buffer
		for b.Loop() {
			buf.Reset()
			if err := JSON(&buf, br); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json-indent", func(b *testing.B) {
		for b.Loop() {
			encoderIndented(b, br)
		}
	})
}
