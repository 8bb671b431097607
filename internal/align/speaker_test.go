package align_test

import (
	"slices"
	"testing"
)

// Two sentences that share only who said them say different things: ECB+
// 8_7ecb's "The bank had been evacuated before the bomb detonated, according
// to West Coast Bank Chief Executive Robert Sznewajs." and 8_1ecb's
// "Lieutenant Hastings said he did not know of any grudges against the West
// Coast Bank, a statement echoed by its president and chief executive,
// Robert Sznewajs." (cosine 0.58 on the speaker's name and title) were one
// claim, which cited 8_1ecb for the evacuation (ECB+ topic 8, calibration).
// A sentence that shares its speaker and what the speaker says still
// aligns: Lt. Gregg Hastings's "That person is dangerous and needs to be
// found as soon as possible" (8_1ecb) with 8_7ecb's report of it.
func TestSpeakerAloneIsNoSupport(t *testing.T) {
	c, r := ecbStory(t, "8ecb")
	cl := claimWith(t, c, r, "8_7ecb", "The bank had been evacuated before the bomb detonated")
	if slices.Contains(cl.Sources, "8_1ecb") {
		t.Errorf("claim %q cites 8_1ecb, which shares only the speaker", cl.Text)
	}
	cl = claimWith(t, c, r, "8_1ecb", "That person is dangerous and needs to be found")
	if !slices.Contains(cl.Sources, "8_7ecb") {
		t.Errorf("claim %q does not cite 8_7ecb, which reports the same words of the same speaker: %v", cl.Text, cl.Sources)
	}
}
