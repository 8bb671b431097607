// Package bcubed scores a clustering against gold classes with B-cubed
// precision, recall and F1 (Bagga and Baldwin 1998; Amigó et al. 2009):
// averaged over items, each item's precision is the share of its cluster
// that shares its gold class, and its recall the share of its gold class
// that shares its cluster.
package bcubed

// Score returns B-cubed precision, recall and F1 of the clustering pred
// against gold; pred[i] and gold[i] label item i. It returns zeros for no
// items, and panics when the slices differ in length.
func Score(pred, gold []string) (p, r, f1 float64) {
	if len(pred) != len(gold) {
		panic("bcubed: pred and gold differ in length")
	}
	n := len(pred)
	if n == 0 {
		return 0, 0, 0
	}
	type pair struct{ c, g string }
	both := map[pair]int{}
	inC := map[string]int{}
	inG := map[string]int{}
	for i := range pred {
		both[pair{pred[i], gold[i]}]++
		inC[pred[i]]++
		inG[gold[i]]++
	}
	for i := range pred {
		k := float64(both[pair{pred[i], gold[i]}])
		p += k / float64(inC[pred[i]])
		r += k / float64(inG[gold[i]])
	}
	p /= float64(n)
	r /= float64(n)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
