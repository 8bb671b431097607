package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestKillerAmongTheDead reads GVA 480358 as published: "Four people are
// dead" counts the gunman, who killed himself, and "the gunman who killed
// three people and then himself" counts his victims: one toll, no
// difference (compare.killerCounted). Two victims against four dead is
// still one.
func TestKillerAmongTheDead(t *testing.T) {
	goneAndKept(t, "480358", news.ConflictNumber, "people", "the gunman who killed three people", "the gunman who killed two people", "killed two people against four dead: no difference")
}

// TestKillerCountedAmongTheDead reads GVA 511436 as published: "four
// people were dead, including the shooter" and "Ford ... who allegedly
// killed three people" give one toll, with and without the killer
// (compare.killerCounted); TestEvolvingToll keeps 50 against 49 killed by
// Mateen, where no sentence says the 50 counts him. Four dead "and" the
// shooter, not including him, against three killed is still a difference.
func TestKillerCountedAmongTheDead(t *testing.T) {
	goneAndKept(t, "511436", news.ConflictNumber, "people", "four people were dead, including the shooter", "four people were dead, and the shooter", "four dead and the shooter against three killed: no difference")
}
