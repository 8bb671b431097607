package render

import (
	"strings"
	"testing"
)

// mdInlineByRune is mdInline as it was written before its ASCII table.
func mdInlineByRune(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case r < 0x20 || r == 0x7f:
			continue
		case strings.ContainsRune("\\`*_[]{}<>#|!~&", r):
			b.WriteByte('\\')
		}
		space = r == ' '
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	if out != "" && strings.ContainsRune("-+=", rune(out[0])) {
		return "\\" + out
	}
	d := 0
	for d < len(out) && out[d] >= '0' && out[d] <= '9' {
		d++
	}
	if d > 0 && d < len(out) && (out[d] == '.' || out[d] == ')') {
		return out[:d] + "\\" + out[d:]
	}
	return out
}

// FuzzMdInline checks mdInline against the rune-by-rune form it replaced.
func FuzzMdInline(f *testing.F) {
	for _, s := range []string{"", "plain", "a*b_c [d] <e> #f |g| !h ~i &j `k` \\l", "1. item", "- dash", " \t\n x\r\ny \u00a0 ", "“quote” — dash", "a\xffb\x7fc\x01d", "\u0085\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mdInline(s), mdInlineByRune(s); got != want {
			t.Errorf("mdInline(%q) = %q, want %q", s, got, want)
		}
	})
}
