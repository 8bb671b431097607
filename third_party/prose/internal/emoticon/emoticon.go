// Package emoticon holds the emoticon set shared by prose's tokenizer and
// tagger.
//
// It lives here so the two cannot drift apart: the tagger tags anything in
// this set as SYM, and the tokenizer must agree on what counts as one token.
package emoticon

import "sync"

// set maps each known emoticon to 1. It is read-only. Patched for
// crosscheck: built on first use rather than at init (it was the exported
// Set).
var set = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"(-8":         1,
		"(-;":         1,
		"(-_-)":       1,
		"(._.)":       1,
		"(:":          1,
		"(=":          1,
		"(o:":         1,
		"(¬_¬)":       1,
		"(ಠ_ಠ)":       1,
		"(╯°□°）╯︵┻━┻": 1,
		"-__-":        1,
		"8-)":         1,
		"8-D":         1,
		"8D":          1,
		":(":          1,
		":((":         1,
		":(((":        1,
		":()":         1,
		":)))":        1,
		":-)":         1,
		":-))":        1,
		":-)))":       1,
		":-*":         1,
		":-/":         1,
		":-X":         1,
		":-]":         1,
		":-o":         1,
		":-p":         1,
		":-x":         1,
		":-|":         1,
		":-}":         1,
		":0":          1,
		":3":          1,
		":P":          1,
		":]":          1,
		":`(":         1,
		":`)":         1,
		":`-(":        1,
		":o":          1,
		":o)":         1,
		"=(":          1,
		"=)":          1,
		"=D":          1,
		"=|":          1,
		"@_@":         1,
		"O.o":         1,
		"O_o":         1,
		"V_V":         1,
		"XDD":         1,
		"[-:":         1,
		"^___^":       1,
		"o_0":         1,
		"o_O":         1,
		"o_o":         1,
		"v_v":         1,
		"xD":          1,
		"xDD":         1,
		"¯\\(ツ)/¯":    1,
	}
})

// Is reports whether s is a known emoticon.
func Is(s string) bool {
	_, ok := set()[s]
	return ok
}
