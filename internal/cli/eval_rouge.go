package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/multiling"
	"github.com/crosscheck/crosscheck/internal/eval/rouge"
	"github.com/crosscheck/crosscheck/internal/summarize"
)

// newEvalRougeCmd scores crosscheck's summaries, and the published systems'
// summaries, on MultiLing 2011 with crosscheck's ROUGE, language by language.
func newEvalRougeCmd(e *env) *cobra.Command {
	var (
		dir      string
		words    int
		truncate int
		show     bool
		langs    string
	)
	c := &cobra.Command{
		Use:   "rouge",
		Short: "ROUGE-1/ROUGE-2 recall of crosscheck's summaries and the published systems on MultiLing 2011",
		Long: `Summarise each topic of MultiLing 2011 with crosscheck (--words per
summary), in every language asked for (--lang: ar, cs, el, en, fr, he, hi,
comma-separated, or all), and score it, the reports' lead sentences (the
naive reference) and every published system's summaries against the three
human summaries with crosscheck's ROUGE (written from Lin 2004).

The default settings are the organisers' (ROUGE-1.5.5 -a -x -2 4 -u -c 95
-r 1000 -n 2 -f A -p 0.5 -t 0): no stemming, no stop-word removal, no
truncation, references averaged as in Lin (2004) eq. 1. English is
tokenised as the organisers did (a-z0-9); "published" is the organisers'
score of the same summaries, "delta" ours minus theirs. Every other language
is tokenised into Unicode words (letters, marks and digits), which ROUGE-1.5.5
cuts apart or drops, so its published figures are shown but are not the same
measurement. Odd topics calibrate, even topics report, in every language.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if words <= 0 {
				return usagef("--words must be positive")
			}
			sel, err := rougeLanguages(langs)
			if err != nil {
				return err
			}
			dir := filepath.Join(dir, "multiling2011")
			if _, err := os.Stat(filepath.Join(dir, "SourceTexts")); err != nil {
				return fmt.Errorf("eval rouge: %s is not the MultiLing 2011 folder (no SourceTexts): %w", dir, err)
			}
			w := e.stdout
			var rows []rougeHalves
			for i, lang := range sel {
				if i > 0 {
					fmt.Fprintln(w)
				}
				set, err := multiling.LoadLanguage(dir, lang)
				if err != nil {
					return fmt.Errorf("eval rouge: %w", err)
				}
				r, err := evalRougeLanguage(w, set, words, truncate, show)
				if err != nil {
					return err
				}
				rows = append(rows, r...)
			}
			if len(sel) > 1 {
				return printRougeHalves(w, rows, words)
			}
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().IntVar(&words, "words", 250, "crosscheck's summary budget in words")
	c.Flags().IntVar(&truncate, "truncate", 0, "score only the first N tokens of every summary (ROUGE -l N); 0 as the organisers did")
	c.Flags().BoolVar(&show, "show", false, "print crosscheck's summaries")
	c.Flags().StringVar(&langs, "lang", "all", "languages to score: all, or ISO 639-1 codes separated by commas (ar,cs,el,en,fr,he,hi)")
	return c
}

// rougeLanguages reads --lang.
func rougeLanguages(s string) ([]multiling.Language, error) {
	if strings.TrimSpace(s) == "all" {
		return multiling.Languages, nil
	}
	var out []multiling.Language
	for _, code := range strings.Split(s, ",") {
		l, ok := multiling.LanguageOf(strings.TrimSpace(strings.ToLower(code)))
		if !ok {
			return nil, usagef("--lang %q: not a MultiLing 2011 language (ar, cs, el, en, fr, he, hi or all)", code)
		}
		out = append(out, l)
	}
	return out, nil
}

// rougeHalves is one half of one language: crosscheck's average recall
// beside the lead sentences'.
type rougeHalves struct {
	lang, half     string
	topics         int
	c1, c2, l1, l2 float64
}

// evalRougeLanguage scores one language and prints its table; it returns
// the two halves.
func evalRougeLanguage(w io.Writer, set *multiling.Set, words, truncate int, show bool) ([]rougeHalves, error) {
	opt := rouge.Options{Words: truncate}
	sums := multiling.SummarizeAll(set, summarize.Budget{Words: words})
	en := set.Lang.Code == "en"
	fmt.Fprintf(w, "MultiLing 2011 %s, %d topics, %d model summaries each; crosscheck summaries of at most %d words\n", set.Lang.Name, len(set.Topics), len(set.Topics[0].Models), words)
	trunc := "none"
	if truncate > 0 {
		trunc = fmt.Sprintf("first %d tokens (-l %d)", truncate, truncate)
	}
	tokens := "a-z0-9 tokens as the organisers'"
	if !en {
		tokens = "Unicode words (letters, marks, digits): published figures are ROUGE-1.5.5's own tokens, not comparable"
	}
	fmt.Fprintf(w, "ROUGE: -n 2, references summed as Lin (2004) eq. 1 (-f A), no stemming, no stop-word removal, truncation %s; %s\n\n", trunc, tokens)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tR-1\tpublished\tdelta\tR-2\tpublished\tdelta\t")
	for _, sc := range multiling.ScorePeers(set, opt) {
		switch {
		case sc.HasPub && truncate == 0 && en:
			fmt.Fprintf(tw, "%s\t%.5f\t%.5f\t%+.5f\t%.5f\t%.5f\t%+.5f\t\n", sc.System, sc.R1, sc.Pub1, sc.R1-sc.Pub1, sc.R2, sc.Pub2, sc.R2-sc.Pub2)
		case sc.HasPub:
			fmt.Fprintf(tw, "%s\t%.5f\t%.5f\t-\t%.5f\t%.5f\t-\t\n", sc.System, sc.R1, sc.Pub1, sc.R2, sc.Pub2)
		default:
			fmt.Fprintf(tw, "%s\t%.5f\t-\t-\t%.5f\t-\t-\t\n", sc.System, sc.R1, sc.R2)
		}
	}
	r1, r2, per := multiling.ScoreSummaries(set, sums, opt)
	fmt.Fprintf(tw, "crosscheck\t%.5f\t-\t-\t%.5f\t-\t-\t\n", r1, r2)
	if err := tw.Flush(); err != nil {
		return nil, err
	}
	fmt.Fprint(w, "\ncrosscheck ROUGE-2 recall per topic:")
	for i, t := range set.Topics {
		fmt.Fprintf(w, " %s %.3f", t.ID, per[i])
	}
	fmt.Fprintln(w)
	leads := multiling.LeadsAll(set, words)
	fmt.Fprintln(w, "\nhalves (odd topics calibrate, even topics report): crosscheck [lead sentences, the naive reference]")
	var out []rougeHalves
	for _, half := range []string{"calibration", "reporting"} {
		c1, c2, n := multiling.ScoreHalf(set, sums, opt, half)
		l1, l2, _ := multiling.ScoreHalf(set, leads, opt, half)
		fmt.Fprintf(w, "%-11s %d topics: ROUGE-1 %.5f [%.5f]  ROUGE-2 %.5f [%.5f]\n", half, n, c1, l1, c2, l2)
		out = append(out, rougeHalves{lang: set.Lang.Code, half: half, topics: n, c1: c1, c2: c2, l1: l1, l2: l2})
	}
	if show {
		for _, t := range set.Topics {
			fmt.Fprintf(w, "\n== %s %s (%d words)\n%s\n", set.Lang.Code, t.ID, len(strings.Fields(sums[t.ID])), sums[t.ID])
		}
	}
	return out, nil
}

// printRougeHalves prints every language's halves in one table, marking
// where crosscheck is under the leads.
func printRougeHalves(w io.Writer, rows []rougeHalves, words int) error {
	fmt.Fprintf(w, "\nevery language, %d words (odd topics calibrate, even topics report); * crosscheck under the leads\n", words)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lang\thalf\ttopics\tR-1\tleads R-1\tR-2\tleads R-2\t")
	under := func(c, l float64) string {
		if c < l {
			return "*"
		}
		return " "
	}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.5f%s\t%.5f\t%.5f%s\t%.5f\t\n", r.lang, r.half, r.topics, r.c1, under(r.c1, r.l1), r.l1, r.c2, under(r.c2, r.l2), r.l2)
	}
	return tw.Flush()
}
