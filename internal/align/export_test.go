package align

// SharesAct is sharesAct, for the tests of package align_test.
func (r *Result) SharesAct(a, b SentRef) bool { return r.sharesAct(a, b) }
