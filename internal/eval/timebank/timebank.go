// Package timebank scores the time-expression tagger (internal/timex) on
// TimeBank 1.2 as cleaned for TempEval-3: detection precision, recall and F1,
// strict (same span) and relaxed (overlapping span), and value F1 (right
// normalised value over predicted and over gold), each document resolved
// against its own creation time.
package timebank

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// Timex is one gold time expression: its span in the document's text.
type Timex struct {
	Start, End int
	Text       string
	Type       string
	Value      string
}

// Doc is one TimeBank document: its text with the markup removed, its
// creation time and its gold expressions.
type Doc struct {
	Name string
	DCT  time.Time
	Text string
	Gold []Timex
}

var (
	reDCT  = lazyre.New(`(?s)<DCT>.*?value="([^"]+)".*?</DCT>`)
	reText = lazyre.New(`(?s)<TEXT>(.*)</TEXT>`)
	reAttr = lazyre.New(`(\w+)="([^"]*)"`)
)

// Parse reads one .tml document.
func Parse(name string, data []byte) (*Doc, error) {
	src := string(data)
	m := reDCT.FindStringSubmatch(src)
	if m == nil {
		return nil, fmt.Errorf("timebank %s: no creation time", name)
	}
	dct, err := parseDCT(m[1])
	if err != nil {
		return nil, fmt.Errorf("timebank %s: creation time %q: %w", name, m[1], err)
	}
	tm := reText.FindStringSubmatch(src)
	if tm == nil {
		return nil, fmt.Errorf("timebank %s: no <TEXT>", name)
	}
	d := &Doc{Name: name, DCT: dct}
	d.Text, d.Gold = strip(tm[1])
	return d, nil
}

func parseDCT(v string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if len(v) >= len(layout) {
			if t, err := time.Parse(layout, v[:len(layout)]); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("not a date")
}

// strip removes the markup of a TimeML text, keeping the TIMEX3 spans.
func strip(s string) (string, []Timex) {
	var b strings.Builder
	var gold []Timex
	open := -1
	var cur Timex
	for i := 0; i < len(s); {
		if s[i] == '<' {
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				break
			}
			tag := s[i+1 : i+j]
			switch {
			case strings.HasPrefix(tag, "TIMEX3"):
				open = b.Len()
				cur = Timex{}
				for _, a := range reAttr.Regexp().FindAllStringSubmatch(tag, -1) {
					switch a[1] {
					case "type":
						cur.Type = a[2]
					case "value":
						cur.Value = a[2]
					}
				}
			case tag == "/TIMEX3" && open >= 0:
				cur.Start, cur.End = open, b.Len()
				cur.Text = b.String()[open:]
				gold = append(gold, cur)
				open = -1
			}
			i += j + 1
			continue
		}
		if s[i] == '&' {
			if j := strings.IndexByte(s[i:], ';'); j > 0 && j < 10 {
				b.WriteString(html.UnescapeString(s[i : i+j+1]))
				i += j + 1
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String(), gold
}

// Load reads every .tml file of dir, in name order.
func Load(dir string) ([]*Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("timebank: no .tml files in %s", dir)
	}
	sort.Strings(files)
	docs := make([]*Doc, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("timebank: %w", err)
		}
		d, err := Parse(filepath.Base(f), data)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// PRF is precision, recall and F1.
type PRF struct {
	P, R, F float64
}

func prf(correct, predicted, gold int) PRF {
	var p PRF
	if predicted > 0 {
		p.P = float64(correct) / float64(predicted)
	}
	if gold > 0 {
		p.R = float64(correct) / float64(gold)
	}
	if p.P+p.R > 0 {
		p.F = 2 * p.P * p.R / (p.P + p.R)
	}
	return p
}

// Scores are the TimeBank figures.
type Scores struct {
	Docs, Gold, Predicted int
	Strict, Relaxed       PRF // detection
	Value                 PRF // right value: over predicted, over gold
	Type                  float64
	// Errors lists what went wrong, for reading: missed, spurious and wrong
	// values.
	Errors []string
}

// Score tags every document against its creation time and scores it.
func Score(docs []*Doc) Scores {
	var sc Scores
	var strict, relaxed, value, typeOK int
	for _, d := range docs {
		pred := timex.Find(d.Text, timex.Ref{Time: d.DCT})
		sc.Docs++
		sc.Gold += len(d.Gold)
		sc.Predicted += len(pred)
		used := make([]bool, len(pred))
		for _, g := range d.Gold {
			best := -1
			for pi, p := range pred {
				if used[pi] || p.End <= g.Start || p.Start >= g.End {
					continue
				}
				if best < 0 || p.Start == g.Start && p.End == g.End {
					best = pi
				}
			}
			if best < 0 {
				sc.Errors = append(sc.Errors, fmt.Sprintf("%s\tmissed\t%s\t%s\t%q", d.Name, g.Type, g.Value, g.Text))
				continue
			}
			p := pred[best]
			used[best] = true
			relaxed++
			if p.Start == g.Start && p.End == g.End {
				strict++
			} else {
				sc.Errors = append(sc.Errors, fmt.Sprintf("%s\tspan\t%q\t%q", d.Name, g.Text, p.Text))
			}
			if p.Value == g.Value {
				value++
			} else {
				sc.Errors = append(sc.Errors, fmt.Sprintf("%s\tvalue\t%s\t%q\tgold %s\tgot %s", d.Name, d.DCT.Format("2006-01-02 Mon"), g.Text, g.Value, p.Value))
			}
			if p.Type == g.Type {
				typeOK++
			}
		}
		for pi, p := range pred {
			if !used[pi] {
				sc.Errors = append(sc.Errors, fmt.Sprintf("%s\tspurious\t%s\t%s\t%q", d.Name, p.Type, p.Value, p.Text))
			}
		}
	}
	sc.Strict = prf(strict, sc.Predicted, sc.Gold)
	sc.Relaxed = prf(relaxed, sc.Predicted, sc.Gold)
	sc.Value = prf(value, sc.Predicted, sc.Gold)
	if relaxed > 0 {
		sc.Type = float64(typeOK) / float64(relaxed)
	}
	return sc
}
