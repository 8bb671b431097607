package compare_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

type fixture struct {
	Agreements []struct {
		ID, What   string
		Sources    []string
		MinSources int `json:"min_sources"`
		Keywords   []string
		Optional   bool
	}
	Differences []struct {
		ID, Kind, What string
		Sides          []struct {
			Sources []string
			Value   string
		}
	}
	FalseConflicts []struct{ Kind, A, B, Why string } `json:"false_conflicts"`
	SingleSource   []struct {
		ID, Source string
		Keywords   []string
	} `json:"single_source"`
}

// Recall floors on the fixture. The differences must all be found; the
// agreements and single-source claims are paraphrase-heavy, and a few are
// allowed to be missed (each miss is logged).
const (
	minAgreementRecall = 0.75
	minSingleRecall    = 0.6
)

func containsAll(s string, kws []string) bool {
	s = strings.ToLower(s)
	for _, k := range kws {
		if !strings.Contains(s, strings.ToLower(k)) {
			return false
		}
	}
	return true
}

func TestSummitFixture(t *testing.T) {
	raw, err := os.ReadFile("testdata/summit-2023-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx fixture
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	b := summitBrief(t)
	texts := map[string]string{}
	for _, s := range b.Sources {
		texts[s.ID] = s.Text
	}
	claimText := map[string]string{}
	for _, cl := range b.Claims {
		var all []string
		for _, ev := range cl.Evidence {
			all = append(all, texts[ev.Source][ev.Start:ev.End])
		}
		claimText[cl.ID] = strings.Join(all, " | ")
	}

	t.Run("agreements", func(t *testing.T) {
		found, total := 0, 0
		for _, want := range fx.Agreements {
			if want.Optional {
				continue
			}
			total++
			ok := slices.ContainsFunc(b.Agreements, func(a news.Agreement) bool {
				n := 0
				for _, s := range want.Sources {
					if slices.Contains(a.Sources, s) {
						n++
					}
				}
				return n >= want.MinSources && containsAll(claimText[a.Claim], want.Keywords)
			})
			if ok {
				found++
			} else {
				t.Logf("missed agreement %s: %s", want.ID, want.What)
			}
		}
		if r := float64(found) / float64(total); r < minAgreementRecall {
			t.Errorf("agreement recall %d/%d = %.2f, want >= %.2f", found, total, r, minAgreementRecall)
		}
	})

	t.Run("differences", func(t *testing.T) {
		for _, want := range fx.Differences {
			ok := slices.ContainsFunc(b.Conflicts, func(c news.Conflict) bool {
				if c.Kind != want.Kind {
					return false
				}
				for _, ws := range want.Sides {
					if !slices.ContainsFunc(c.Sides, func(s news.Side) bool {
						for _, src := range ws.Sources {
							if !slices.Contains(s.Sources, src) {
								return false
							}
						}
						return strings.Contains(s.Value, ws.Value)
					}) {
						return false
					}
				}
				return true
			})
			if !ok {
				t.Errorf("missed difference %s (%s): %s", want.ID, want.Kind, want.What)
			}
		}
	})

	t.Run("no false conflicts", func(t *testing.T) {
		for _, c := range b.Conflicts {
			for _, f := range fx.FalseConflicts {
				if c.Kind != f.Kind {
					continue
				}
				for i, x := range c.Sides {
					for j, y := range c.Sides {
						if i != j && strings.Contains(x.Text+" "+x.Value, f.A) && strings.Contains(y.Text+" "+y.Value, f.B) {
							t.Errorf("false %s conflict %q: %q against %q (%s)", c.Kind, c.Topic, x.Value, y.Value, f.Why)
						}
					}
				}
			}
		}
	})

	t.Run("single source", func(t *testing.T) {
		found := 0
		for _, want := range fx.SingleSource {
			ok := slices.ContainsFunc(b.SingleSource, func(s news.SingleSource) bool {
				return s.Kind == news.SingleClaim && slices.Equal(s.Sources, []string{want.Source}) && containsAll(s.Text, want.Keywords)
			})
			if ok {
				found++
			} else {
				t.Logf("missed single-source %s (%s): %v", want.ID, want.Source, want.Keywords)
			}
		}
		if r := float64(found) / float64(len(fx.SingleSource)); r < minSingleRecall {
			t.Errorf("single-source recall %d/%d = %.2f, want >= %.2f", found, len(fx.SingleSource), r, minSingleRecall)
		}
		t.Logf("single-source recall %d/%d; %d single-source claims listed", found, len(fx.SingleSource), countClaims(b.SingleSource))
	})
}

func countClaims(s []news.SingleSource) int {
	n := 0
	for _, x := range s {
		if x.Kind == news.SingleClaim {
			n++
		}
	}
	return n
}
