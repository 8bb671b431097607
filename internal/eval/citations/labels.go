package citations

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Halves of the labelled stories: rules and thresholds are set on the
// calibration half; figures are reported on the reporting half, which no
// decision used.
const (
	Calibration = "calibration"
	Reporting   = "reporting"
)

// Label is our reading of one story: its facts and the reports that carry
// each of them.
type Label struct {
	File    string   // the label file it was read from
	Story   string   // "ecbplus:14ecb", see LoadStory
	Half    string   // Calibration or Reporting
	Reports []string // when set, the story is these reports only
	Facts   []Fact
}

// Fact is one piece of information of a story, with where each report
// carries it. A report carries a fact in full when one of its sentences
// asserts all of it, and in part when its sentences assert some of it only.
type Fact struct {
	ID      string
	Text    string
	Full    []Anchor
	Partial []Anchor
}

// Anchor is a short piece of a report's text inside the sentence that
// carries a fact: enough to find the sentence, not a copy of the report.
type Anchor struct {
	Report string
	Text   string
}

// ParseLabel reads a label file. The format is line-based:
//
//	story ecbplus:14ecb
//	half reporting
//	reports 14_1ecb 14_2ecb        (optional)
//	fact f1 A fire destroyed the Waitrose supermarket in Banstead.
//	+ 14_1ecb a fire which gutted a Waitrose supermarket
//	~ 14_5ecb a large fir e at a Waitrose Store
//
// "+" marks a report that carries the fact in full, "~" one that carries
// part of it; each is followed by the report's id and an anchor. Blank
// lines and lines starting with "#" are ignored.
func ParseLabel(r io.Reader, name string) (*Label, error) {
	l := &Label{File: name}
	sc := bufio.NewScanner(r)
	seen := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		fail := func(format string, args ...any) error {
			return fmt.Errorf("%s line %d: %s", name, n, fmt.Sprintf(format, args...))
		}
		switch key {
		case "story":
			l.Story = rest
		case "half":
			if rest != Calibration && rest != Reporting {
				return nil, fail("half %q: want %s or %s", rest, Calibration, Reporting)
			}
			l.Half = rest
		case "reports":
			l.Reports = strings.Fields(rest)
		case "fact":
			id, txt, _ := strings.Cut(rest, " ")
			if id == "" || strings.TrimSpace(txt) == "" {
				return nil, fail("want: fact ID TEXT")
			}
			if seen[id] {
				return nil, fail("fact %s given twice", id)
			}
			seen[id] = true
			l.Facts = append(l.Facts, Fact{ID: id, Text: strings.TrimSpace(txt)})
		case "+", "~":
			if len(l.Facts) == 0 {
				return nil, fail("a carrier before any fact")
			}
			rep, anchor, _ := strings.Cut(rest, " ")
			anchor = strings.TrimSpace(anchor)
			if rep == "" || anchor == "" {
				return nil, fail("want: %s REPORT ANCHOR", key)
			}
			f := &l.Facts[len(l.Facts)-1]
			a := Anchor{Report: rep, Text: anchor}
			if key == "+" {
				f.Full = append(f.Full, a)
			} else {
				f.Partial = append(f.Partial, a)
			}
		default:
			return nil, fail("unknown line %q (want story, half, reports, fact, + or ~)", key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case l.Story == "":
		return nil, fmt.Errorf("%s: no story line", name)
	case l.Half == "":
		return nil, fmt.Errorf("%s: no half line", name)
	case len(l.Facts) == 0:
		return nil, fmt.Errorf("%s: no facts", name)
	}
	for _, f := range l.Facts {
		if len(f.Full) == 0 {
			return nil, fmt.Errorf("%s: fact %s has no report that carries it in full", name, f.ID)
		}
	}
	return l, nil
}

// LoadLabels reads every *.facts file of dir, in name order.
func LoadLabels(dir string) ([]*Label, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.facts"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.facts label files in %s", dir)
	}
	sort.Strings(files)
	out := make([]*Label, 0, len(files))
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		l, err := ParseLabel(fh, f)
		fh.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

// FullReports is the set of reports that carry f in full.
func (f Fact) FullReports() map[string]bool { return reportSet(f.Full) }

// PartialReports is the set of reports that carry only part of f.
func (f Fact) PartialReports() map[string]bool {
	full := f.FullReports()
	out := map[string]bool{}
	for r := range reportSet(f.Partial) {
		if !full[r] {
			out[r] = true
		}
	}
	return out
}

func reportSet(as []Anchor) map[string]bool {
	out := map[string]bool{}
	for _, a := range as {
		out[a.Report] = true
	}
	return out
}
