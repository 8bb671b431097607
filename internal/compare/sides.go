package compare

import (
	"maps"
	"slices"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
)

// valueSides gathers, for each thing a difference could be about (its
// key), the sentences that give each value of it, keys in the order they
// were first met: the sides of the differences that two values or more
// make.
type valueSides[K comparable] struct {
	order []K
	byKey map[K]map[string][]align.SentRef
}

// add records that sentence ref gives value for key k.
func (vs *valueSides[K]) add(k K, value string, ref align.SentRef) {
	if vs.byKey == nil {
		vs.byKey = map[K]map[string][]align.SentRef{}
	}
	if vs.byKey[k] == nil {
		vs.byKey[k] = map[string][]align.SentRef{}
		vs.order = append(vs.order, k)
	}
	if !slices.Contains(vs.byKey[k][value], ref) {
		vs.byKey[k][value] = append(vs.byKey[k][value], ref)
	}
}

// conflicts are the differences of kind: one for each key with two values
// or more whose sides no source shares, its sides in the values' order.
func (vs *valueSides[K]) conflicts(cp *comparer, kind string, topic func(K) string) []news.Conflict {
	var out []news.Conflict
	for _, k := range vs.order {
		sides := vs.byKey[k]
		if len(sides) < 2 || !cp.disjointSides(sides) {
			continue
		}
		cf := news.Conflict{Kind: kind, Topic: topic(k)}
		for _, v := range slices.Sorted(maps.Keys(sides)) {
			cf.Sides = append(cf.Sides, cp.side(sides[v], v))
		}
		out = append(out, cf)
	}
	return out
}
