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
//
// Patched for crosscheck: the tagger asks it of every token, and a map
// look-up hashes the whole word. Every emoticon is two bytes or more, and
// the pairs of first and second bytes of the set are few (no word of
// letters starts with one), so pairs() turns nearly every token away
// before the map.
func Is(s string) bool {
	if len(s) < 2 {
		return false
	}
	k := uint16(s[0])<<8 | uint16(s[1])
	if pairs()[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	_, ok := set()[s]
	return ok
}

// pairs has bit s[0]<<8|s[1] set for each emoticon s of the set.
var pairs = sync.OnceValue(func() *[1 << 16 / 64]uint64 {
	var p [1 << 16 / 64]uint64
	for s := range set() {
		k := uint16(s[0])<<8 | uint16(s[1])
		p[k>>6] |= 1 << (k & 63)
	}
	return &p
})
