package compare

// oneFigureChanged decides whether two quantities of sentences of more than
// maxQuantities quantities (statistics lines, descriptions) measure one
// thing: the two sentences are one aligned claim of independent sources,
// they give as many quantities, and every other quantity of the one has a
// quantity of the same kind and value in the other ("59 catches for 1,098
// yards and seven touchdowns" / "82 catches for 1098 yards and seven
// touchdowns", ECB+ 35ecb; "5 feet 1 inch tall and weighing 135 pounds",
// GVA 695963). The same line with one figure changed tells one record;
// lines of two games or two seasons differ in more than one figure.
func (cp *comparer) oneFigureChanged(i, j qItem) ([]string, bool) {
	if !i.crowded || !j.crowded || dimKey(i.q) != dimKey(j.q) || !cp.sameClaim(i.ref, j.ref) ||
		cp.c.Group[i.ref.Doc] == cp.c.Group[j.ref.Doc] || len(i.others) != len(j.others) {
		return nil, false
	}
	used := make([]bool, len(j.others))
	for _, a := range i.others {
		k := -1
		for x, b := range j.others {
			if !used[x] && dimKey(a) == dimKey(b) && SameValue(a, b) {
				k = x
				break
			}
		}
		if k < 0 {
			return nil, false
		}
		used[k] = true
	}
	shared := cp.sharedContext(i.words, j.words, map[string]bool{})
	return shared, true
}
