package cluster

import (
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// caseSteps are the words of a headline that report a step of a criminal
// case (the data file names its source).
var caseSteps = english.List("cluster/case-steps")

// reportsCaseStep reports whether an English article's headline (its
// title without the site name, Headline) reports a step of a criminal
// case: "Man charged in fatal shooting", "Jury finds Los Banos gang
// member guilty", "Pocatello man sentenced for killing his girlfriend".
// Such a step comes after the event it is about, often weeks or months
// later, so the report is a follow-up: it names the event's people and
// place but adds the court's words, not the event's.
func reportsCaseStep(lang, title string) bool {
	if lang != "en" {
		return false
	}
	for _, tk := range text.Tokenize(Headline(title), 0) {
		if tk.Kind == text.Word && caseSteps.Has(tk.Lower) {
			return true
		}
	}
	return false
}

// caseStepRest is the share of FarRest that a far join of a report of a
// case step must reach: half. A report weeks after a story that shares
// only the city's name and the beat's words is most often another event;
// one that reports an arrest, a charge or a sentence is most often a
// follow-up, and what it shares beyond its heaviest name (the victim's)
// is the event's street, age and count, fewer of them than a report of
// the event itself. On the GVA calibration part, of the far candidates
// refused by FarRest, those of a case step's report were 9 right and 4
// wrong, the others 16 right and 86 wrong (docs/clustering.md, wave 16).
const caseStepRest = 0.5

// farRest is the share of the threshold that the evidence a story owns
// without its heaviest piece must reach for a join beyond Grace.
func (c *Clusterer) farRest(p prepared) float64 {
	if p.caseStep {
		return caseStepRest * c.opt.FarRest
	}
	return c.opt.FarRest
}
