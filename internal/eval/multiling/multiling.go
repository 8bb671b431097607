// Package multiling runs crosscheck's summarizer on the topics of the
// MultiLing 2011 Pilot (TAC 2011), in each of its seven languages, and scores
// it, and the published systems' summaries, with crosscheck's ROUGE against
// the human model summaries. It reads the data set in place; nothing of it
// is copied.
package multiling

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/compare"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/eval/rouge"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/summarize"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Topic is one topic in one language: its source articles, the human
// summaries and the summaries each participating system submitted.
type Topic struct {
	ID       string            // "M000"
	Articles []*news.Article   // in file order, M00T0 .. M00T9
	Models   []string          // model (reference) summaries
	Peers    map[string]string // system id ("ID3") -> its summary
}

// Set is one language's part of the data set.
type Set struct {
	Lang   Language
	Topics []Topic
	// Published holds the organisers' average recall per system:
	// Published[system][n-1] is ROUGE-n recall.
	Published map[string][2]float64
}

// Systems returns the ids of the systems that submitted English summaries,
// in numeric order (ID1, ID2, ..., ID10).
func (s *Set) Systems() []string {
	seen := map[string]bool{}
	for _, t := range s.Topics {
		for id := range t.Peers {
			seen[id] = true
		}
	}
	out := make([]string, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return systemNum(out[i]) < systemNum(out[j]) })
	return out
}

func systemNum(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "ID"))
	return n
}

// Language is one language of the data set, as its files name it.
type Language struct {
	Code string // ISO 639-1: "en"
	Name string // the data set's folder name: "English"
}

// Languages are the seven languages of MultiLing 2011, English first.
var Languages = []Language{
	{"en", "English"}, {"ar", "Arabic"}, {"cs", "Czech"}, {"el", "Greek"},
	{"fr", "French"}, {"he", "Hebrew"}, {"hi", "Hindi"},
}

// LanguageOf returns the language of an ISO 639-1 code.
func LanguageOf(code string) (Language, bool) {
	for _, l := range Languages {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}

// ROUGE returns the scorer's options for this language: English as the
// organisers scored it (a-z0-9 tokens), every other language with Unicode
// words, which the ASCII tokeniser would cut apart or drop.
func (l Language) ROUGE(o rouge.Options) rouge.Options {
	o.Unicode = l.Code != "" && l.Code != "en"
	return o
}

// Load reads the English topics of the data set at dir (the folder that holds
// SourceTexts, ModelSummaries, peers-correctedSubmissions and
// PublishedEvaluation).
func Load(dir string) (*Set, error) {
	return LoadLanguage(dir, Languages[0])
}

// LoadLanguage reads one language's topics of the data set at dir. English
// sources are read by ParseSource, as they always were; the others by
// ingest, as `crosscheck brief` reads them (a headline line becomes the
// title), with their language set.
func LoadLanguage(dir string, lang Language) (*Set, error) {
	ext := strings.ToLower(lang.Name)
	srcs, err := filepath.Glob(filepath.Join(dir, "SourceTexts", "M00[0-9][0-9]."+ext))
	if err != nil {
		return nil, err
	}
	if len(srcs) == 0 {
		return nil, fmt.Errorf("multiling %s: no SourceTexts/M00TD.%s files", dir, ext)
	}
	sort.Strings(srcs)
	byTopic := map[string]*Topic{}
	var order []string
	for _, p := range srcs {
		base := filepath.Base(p)
		tid := base[:4]
		t := byTopic[tid]
		if t == nil {
			t = &Topic{ID: tid, Peers: map[string]string{}}
			byTopic[tid] = t
			order = append(order, tid)
		}
		a, err := readSource(p, lang)
		if err != nil {
			return nil, err
		}
		a.ID = strings.TrimSuffix(base, "."+ext)
		a.File = p
		a.Outlet, a.OutletFrom = "Wikinews", news.OutletFromMetadata
		a.Language = lang.Code
		t.Articles = append(t.Articles, a)
	}
	s := &Set{Lang: lang}
	for _, tid := range order {
		t := byTopic[tid]
		models, err := filepath.Glob(filepath.Join(dir, "ModelSummaries", lang.Name, tid+".*"))
		if err != nil {
			return nil, err
		}
		sort.Strings(models)
		for _, m := range models {
			b, err := os.ReadFile(m)
			if err != nil {
				return nil, fmt.Errorf("multiling: %w", err)
			}
			t.Models = append(t.Models, string(b))
		}
		if len(t.Models) == 0 {
			return nil, fmt.Errorf("multiling %s: topic %s has no %s model summaries", dir, tid, lang.Name)
		}
		peers, err := filepath.Glob(filepath.Join(dir, "peers-correctedSubmissions", "ID*", lang.Name, tid))
		if err != nil {
			return nil, err
		}
		for _, p := range peers {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("multiling: %w", err)
			}
			t.Peers[filepath.Base(filepath.Dir(filepath.Dir(p)))] = string(b)
		}
		s.Topics = append(s.Topics, *t)
	}
	s.Published, err = readPublished(filepath.Join(dir, "PublishedEvaluation", "AutomaticEvaluation", "ROUGE", "Averages"), strings.ToUpper(lang.Name))
	if err != nil {
		return nil, err
	}
	return s, nil
}

// readSource reads one source text: English with ParseSource, the other
// languages with ingest. A warning (a legacy encoding detected) leaves the
// article read, as in the product; only a lost input stops the load.
func readSource(p string, lang Language) (*news.Article, error) {
	if lang.Code == "en" {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("multiling: %w", err)
		}
		return ParseSource(string(b)), nil
	}
	arts, errs := ingest.Read(context.Background(), []string{p}, ingest.Options{})
	if ingest.Failed(errs) > 0 {
		return nil, fmt.Errorf("multiling: %w", errors.Join(errs...))
	}
	if len(arts) != 1 {
		return nil, fmt.Errorf("multiling %s: %d articles read, want 1", p, len(arts))
	}
	return arts[0], nil
}

// readPublished reads LANG_ROUGE-1.csv and LANG_ROUGE-2.csv
// (runid,recall,precision,f-score; runid "ID3_ROUGE-2").
func readPublished(dir, lang string) (map[string][2]float64, error) {
	out := map[string][2]float64{}
	for n := 1; n <= 2; n++ {
		p := filepath.Join(dir, fmt.Sprintf("%s_ROUGE-%d.csv", lang, n))
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("multiling: %w", err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("multiling %s: %w", p, err)
		}
		for _, r := range rows[min(1, len(rows)):] {
			if len(r) < 2 {
				continue
			}
			id, _, _ := strings.Cut(r[0], "_")
			v, err := strconv.ParseFloat(r[1], 64)
			if err != nil {
				return nil, fmt.Errorf("multiling %s: recall %q: %w", p, r[1], err)
			}
			x := out[id]
			x[n-1] = v
			out[id] = x
		}
	}
	return out, nil
}

// dateline matches a WikiNews dateline at the start of a line: "Saturday,
// January 8, 2005" or "December 29, 2004". The body sometimes follows on the
// same line with no space ("2005Through a telethon").
var dateline = lazyre.New(`^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})`)

// ParseSource turns a MultiLing English source file into an article: line 1
// is the headline (the title), the first dateline among the next few lines
// gives the publication date and is dropped from the body, and the rest is
// the body with paragraphs separated by blank lines. This is a minimal reader
// for the evaluation; the product reads files through internal/ingest.
func ParseSource(s string) *news.Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	a := &news.Article{}
	if len(lines) > 0 {
		a.Title = strings.TrimSpace(lines[0])
		lines = lines[1:]
	}
	for i := 0; i < len(lines) && i < 6; i++ {
		m := dateline.FindStringSubmatchIndex(lines[i])
		if m == nil {
			continue
		}
		if t, err := time.Parse("January 2, 2006", strings.Join(strings.Fields(lines[i][m[2]:m[3]]), " ")); err == nil {
			a.Published = t
		}
		lines[i] = strings.TrimSpace(lines[i][m[1]:])
		break
	}
	var paras []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	a.Text = strings.Join(paras, "\n\n")
	return a
}

// SystemScore is one system's average ROUGE recall over the topics, with
// the organisers' published value when there is one.
type SystemScore struct {
	System     string
	Topics     int
	R1, R2     float64 // crosscheck's ROUGE
	Pub1, Pub2 float64 // published (0 when none)
	HasPub     bool
}

// ScorePeers scores every published system's English summaries with
// crosscheck's ROUGE under opt (the organisers' settings are the zero
// Options) and sets them beside the published averages.
func ScorePeers(s *Set, opt rouge.Options) []SystemScore {
	var out []SystemScore
	for _, id := range s.Systems() {
		sc := SystemScore{System: id}
		for _, t := range s.Topics {
			peer, ok := t.Peers[id]
			if !ok {
				continue
			}
			sc.R1 += rouge.N(peer, t.Models, 1, s.Lang.ROUGE(opt)).Recall
			sc.R2 += rouge.N(peer, t.Models, 2, s.Lang.ROUGE(opt)).Recall
			sc.Topics++
		}
		if sc.Topics > 0 {
			sc.R1 /= float64(sc.Topics)
			sc.R2 /= float64(sc.Topics)
		}
		if p, ok := s.Published[id]; ok {
			sc.Pub1, sc.Pub2, sc.HasPub = p[0], p[1], true
		}
		out = append(out, sc)
	}
	return out
}

// ScoreSummaries scores one summary per topic (summaries[topic.ID]) and
// returns the average recall, with per-topic ROUGE-2 recall in topic order.
func ScoreSummaries(s *Set, summaries map[string]string, opt rouge.Options) (r1, r2 float64, perTopic []float64) {
	n := 0
	for _, t := range s.Topics {
		sum, ok := summaries[t.ID]
		if !ok {
			continue
		}
		r1 += rouge.N(sum, t.Models, 1, s.Lang.ROUGE(opt)).Recall
		x := rouge.N(sum, t.Models, 2, s.Lang.ROUGE(opt)).Recall
		r2 += x
		perTopic = append(perTopic, x)
		n++
	}
	if n > 0 {
		r1 /= float64(n)
		r2 /= float64(n)
	}
	return r1, r2, slices.Clip(perTopic)
}

// Summarize runs crosscheck's pipeline as the brief does, up to the summary
// (analysis, copies, alignment, comparison, sentence selection), on one topic, and
// returns the summary's sentences in order.
func Summarize(t Topic, b summarize.Budget) []string {
	docs := make([]*text.Doc, len(t.Articles))
	ids := make([]string, len(t.Articles))
	for i, a := range t.Articles {
		docs[i] = text.Analyze(a)
		ids[i] = a.ID
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(c.Docs))
	a := align.Align(c)
	picks := summarize.SelectFacts(c, a, b, summarize.DisputedFacts(c, compare.Compare(c, a).Conflicts))
	out := make([]string, len(picks))
	for i, p := range picks {
		out[i] = c.Docs[p.Doc].Sentences[p.Sent].Text
	}
	return out
}

// SummarizeAll summarises every topic; the result maps topic id to the
// summary's text, one sentence a line.
func SummarizeAll(s *Set, b summarize.Budget) map[string]string {
	out := make(map[string]string, len(s.Topics))
	for _, t := range s.Topics {
		out[t.ID] = strings.Join(Summarize(t, b), "\n")
	}
	return out
}

// Half says which half of the evaluation a topic belongs to: topics of odd
// number ("M001", "M003", ...) calibrate the summarizer, topics of even
// number report. The split is by topic, fixed before it was first used to
// decide (docs/summary.md), and matches the story clustering's, whose
// reporting part is the even topics.
func Half(topicID string) string {
	n, err := strconv.Atoi(strings.TrimPrefix(topicID, "M"))
	if err == nil && n%2 == 1 {
		return "calibration"
	}
	return "reporting"
}

// ScoreHalf is ScoreSummaries over the topics of one half (Half): average
// ROUGE-1 and ROUGE-2 recall, and the number of topics scored.
func ScoreHalf(s *Set, summaries map[string]string, opt rouge.Options, half string) (r1, r2 float64, n int) {
	for _, t := range s.Topics {
		sum, ok := summaries[t.ID]
		if !ok || Half(t.ID) != half {
			continue
		}
		r1 += rouge.N(sum, t.Models, 1, s.Lang.ROUGE(opt)).Recall
		r2 += rouge.N(sum, t.Models, 2, s.Lang.ROUGE(opt)).Recall
		n++
	}
	if n > 0 {
		r1 /= float64(n)
		r2 /= float64(n)
	}
	return r1, r2, n
}

// Leads is the naive reference summary of a topic: the reports' lead
// sentences in turn (every report's first sentence, in order of publication,
// then every second sentence, ...), each kept when it fits the word budget.
// A sentence costs what it costs in crosscheck's summary (text.BudgetWords),
// so the reference and the summary are held to one count. Headlines are not
// sentences of the body, so they are not taken; nor is a line of the body that
// is no sentence (text.Closed: it ends on no terminal), the same rule in every
// language. The translated reports keep their date line ("Τρίτη 12 Ιουλίου
// 2005") in the body, where English's is read as the date (ParseSource): the
// reference took it as their first lead sentence until wave 22, a line of the
// budget spent on a date in every report (docs/summary.md, "Wave 22").
func Leads(t Topic, words int) []string {
	arts := slices.Clone(t.Articles)
	slices.SortStableFunc(arts, func(a, b *news.Article) int { return a.Published.Compare(b.Published) })
	sents := make([][]string, len(arts))
	longest := 0
	for i, a := range arts {
		d := text.Analyze(a)
		for _, s := range d.Sentences {
			if text.Closed(s.Text) {
				sents[i] = append(sents[i], s.Text)
			}
		}
		longest = max(longest, len(sents[i]))
	}
	var out []string
	used := 0
	for k := 0; k < longest && used < words; k++ {
		for i := range sents {
			if k >= len(sents[i]) {
				continue
			}
			if n := text.BudgetWords(sents[i][k]); used+n <= words {
				out = append(out, sents[i][k])
				used += n
			}
		}
	}
	return out
}

// LeadsAll is Leads for every topic; the result maps topic id to the
// summary's text, one sentence a line.
func LeadsAll(s *Set, words int) map[string]string {
	out := make(map[string]string, len(s.Topics))
	for _, t := range s.Topics {
		out[t.ID] = strings.Join(Leads(t, words), "\n")
	}
	return out
}
