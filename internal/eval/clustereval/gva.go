package clustereval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// gvaLine is what the GVA stream's articles.jsonl.gz adds to an article
// line of the product's .jsonl format: the gold incident.
type gvaLine struct {
	Incident string `json:"incident"`
}

// GVAArticle is one article of the GVA stream with its gold story, the GVA
// incident id.
type GVAArticle struct {
	Incident string
	Article  *news.Article
}

// ReadGVA reads the Gun Violence Archive stream under dir (the
// gva-2013-2016 folder): local US news articles about shootings, in file
// order (sorted by publication date), each with its publication date, its
// outlet (the host of the archived address) and its incident. The one
// reader of the file, for every scorer that uses it.
func ReadGVA(dir string) ([]GVAArticle, error) {
	path := filepath.Join(dir, "articles.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []GVAArticle
	for n := 1; sc.Scan(); n++ {
		var l gvaLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, n, err)
		}
		// The article as `crosscheck cluster` reads a .jsonl line of it.
		arts, err := ingest.ParseArticleJSON(sc.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, n, err)
		}
		out = append(out, GVAArticle{Incident: l.Incident, Article: arts[0]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no article", path)
	}
	return out, nil
}

// GVAIncident reads the reports of one incident of the GVA stream
// (ReadGVA), in file order: a real story of several outlets.
func GVAIncident(dir, incident string) ([]*news.Article, error) {
	all, err := ReadGVA(dir)
	if err != nil {
		return nil, err
	}
	var out []*news.Article
	for _, g := range all {
		if g.Incident == incident {
			out = append(out, g.Article)
		}
	}
	return out, nil
}

// GVA loads the GVA stream (ReadGVA) as items to cluster, each analysed and
// with its incident as gold story.
func GVA(dir string) ([]Item, error) {
	arts, err := ReadGVA(dir)
	if err != nil {
		return nil, err
	}
	items := make([]Item, len(arts))
	for i, g := range arts {
		items[i] = Item{Doc: text.Analyze(g.Article), Gold: "gva:" + g.Incident, Lang: "english"}
	}
	return items, nil
}

// SplitYears divides dated items at the start of the year given: the items
// published before it (the calibration part) and the others (the reporting
// part).
func SplitYears(items []Item, year int) (before, from []Item) {
	for _, it := range items {
		if it.Doc.Article.Published.Year() < year {
			before = append(before, it)
		} else {
			from = append(from, it)
		}
	}
	return before, from
}

// OneYear returns a denser stream of the same articles: every publication
// date moved into the year given (month, day and clock kept), each article
// analysed again, in the new date order (stable). GVA 2013-2015 folded into
// one year holds 1,897 articles a year where 2016 holds 2,706 (a third of
// them otherwise): more shootings of one city within a few days of one
// another, the look-alikes the reporting part is denser in. A calibration
// stream, built from calibration articles only. Articles without a date
// keep theirs (none in GVA). The years the title and text write from three
// years before the publication to it move by the same shift ("May 3, 2014"
// in a 2014 report becomes "May 3, 2013"), so that a lead's full date still
// agrees with its publication; a follow-up of an event of the year before
// may now fall before it (December's shooting, January's charges), which
// the rows of joins within Grace do not see. The weekdays they name turn
// with the date (weekdayTurn), so that "Sunday night" still names the day
// it named.
func OneYear(items []Item, year int) []Item {
	out := make([]Item, len(items))
	for i, it := range items {
		a := *it.Doc.Article
		if !a.Published.IsZero() {
			y := a.Published.Year()
			shift := func(s string) string {
				return yearWord.ReplaceAllStringFunc(s, func(w string) string {
					n, _ := strconv.Atoi(w)
					if n > y || n < y-3 {
						return w
					}
					return strconv.Itoa(n - y + year)
				})
			}
			moved := a.Published.AddDate(year-y, 0, 0)
			turn := weekdayTurn(a.Published, moved)
			a.Published = moved
			a.Title, a.Text = turn(shift(a.Title)), turn(shift(a.Text))
		}
		out[i] = Item{Doc: text.Analyze(&a), Gold: it.Gold, Lang: it.Lang}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Doc.Article.Published.Before(out[j].Doc.Article.Published)
	})
	return out
}

// weekdayTurn returns what rewrites the weekdays a text names for a
// publication date moved from one year to another, month and day kept: the
// moved date falls on another weekday (2015-01-26 was a Monday, 2013-01-26 a
// Saturday), and "Sunday night" in the lead, read against the moved date,
// would name a day up to six days from the one the report means; the time
// rules of the clusterer would then see the reports of one shooting days
// apart. Every weekday name turns by as many days as the date's weekday
// turned, which is right for the days around the publication unless a 29
// February falls between them and their moved dates (none does for
// 2013-2015 moved into 2013). Whole names only ("Sunday", "SUNDAY",
// "sunday"): "Sun." and "Wed" are also a newspaper and a verb.
func weekdayTurn(from, to time.Time) func(string) string {
	d := (int(to.Weekday()) - int(from.Weekday()) + 7) % 7
	if d == 0 {
		return func(s string) string { return s }
	}
	return func(s string) string {
		return weekdayWord.ReplaceAllStringFunc(s, func(w string) string {
			for i := range 7 {
				name := time.Weekday(i).String()
				if !strings.EqualFold(w, name) {
					continue
				}
				turned := time.Weekday((i + d) % 7).String()
				switch w {
				case strings.ToUpper(w):
					return strings.ToUpper(turned)
				case strings.ToLower(w):
					return strings.ToLower(turned)
				}
				return turned
			}
			return w
		})
	}
}

// weekdayWord is a weekday's whole name (as the time package writes them),
// in any case.
var weekdayWord = func() *regexp.Regexp {
	names := make([]string, 7)
	for i := range names {
		names[i] = time.Weekday(i).String()
	}
	return regexp.MustCompile(`(?i)\b(` + strings.Join(names, "|") + `)\b`)
}()

// yearWord is a four-digit number of this century or the last, on its own.
var yearWord = regexp.MustCompile(`\b(19|20)[0-9]{2}\b`)
