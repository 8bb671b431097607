package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/extract"
)

func newEvalExtractCmd(e *env) *cobra.Command {
	var data string
	var limit int
	var compare bool
	c := &cobra.Command{
		Use:   "extract",
		Short: "Score the extraction of article text from web pages",
		Long: `extract scores how well crosscheck reads the main text of web pages, on two
public sets in the data folder:

  readability-test-pages  Mozilla Readability's 130 test pages: token precision,
                          recall and F1 of the text against the expected article's
                          text (macro over pages, and micro), exact-match rates
                          of title, byline and site name, and publication dates:
                          the same day as expected, and dates given where the
                          expected metadata has none.
  trafilatura-eval-en     180 English pages of trafilatura's evaluation set, with its
                          own metric: snippets that must appear (true positives when
                          found) and must not (false positives when found), summed.

With --compare it also scores go-trafilatura alone and with its fallback, so the
numbers show what crosscheck's extraction adds to the library's.`,
		Example: `  crosscheck eval extract
  crosscheck eval extract --compare --data ../shared/data`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			modes := []extract.Mode{extract.Crosscheck}
			if compare {
				modes = append(modes, extract.TrafilaturaFallback, extract.Trafilatura)
			}
			fmt.Fprintf(e.stdout, "%-24s %-22s %5s %5s %6s %6s %6s %6s  %s\n", "set", "mode", "pages", "empty", "P", "R", "F1", "acc", "other")
			for _, m := range modes {
				s, err := extract.ReadabilityEval(filepath.Join(data, "readability-test-pages"), m, limit)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "%-24s %-22s %5d %5d %6.3f %6.3f %6.3f %6s  micro P %.3f R %.3f F1 %.3f; title %.3f (%d), byline %.3f (%d), site %.3f (%d); date right %d/%d, date given where none expected %d/%d\n",
					s.Set, s.Mode, s.Pages, s.Empty, s.Precision, s.Recall, s.F1, "-", s.MicroPrecision, s.MicroRecall, s.MicroF1,
					s.Title, s.TitlePages, s.Byline, s.BylinePages, s.Site, s.SitePages,
					s.DateRight, s.DatePages, s.DateGiven, s.NoDatePages)
			}
			for _, m := range modes {
				s, err := extract.TrafilaturaEval(filepath.Join(data, "trafilatura-eval-en"), m, limit)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "%-24s %-22s %5d %5d %6.3f %6.3f %6.3f %6.3f  TP %d FN %d FP %d TN %d\n",
					s.Set, s.Mode, s.Pages, s.Empty, s.Precision, s.Recall, s.F1, s.Accuracy, s.TP, s.FN, s.FP, s.TN)
			}
			return nil
		},
	}
	addDataFlag(c, &data)
	c.Flags().IntVar(&limit, "limit", 0, "score only the first N pages of each set (0: all)")
	c.Flags().BoolVar(&compare, "compare", false, "also score go-trafilatura alone and with its fallback")
	return c
}
