package cli

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/ecbentity"
)

// newEvalEntitiesCmd scores cross-document entity merging on ECB+.
func newEvalEntitiesCmd(e *env) *cobra.Command {
	var dir string
	var perTopic bool
	c := &cobra.Command{
		Use:   "entities",
		Short: "Score cross-document entity merging on ECB+ (B-cubed over mentions, per topic and overall)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			topics, err := ecbentity.Load(filepath.Join(dir, "ecbplus"))
			if err != nil {
				return err
			}
			res := ecbentity.Score(topics)
			w := e.stdout
			line := func(s ecbentity.TopicScore) {
				fmt.Fprintf(w, "%-5s docs %3d gold %5d found %5d (%.3f) | linked P %.3f R %.3f F1 %.3f | same-text baseline F1 %.3f | all mentions P %.3f R %.3f F1 %.3f\n",
					s.ID, s.Docs, s.Gold, s.Found, frac(s.Found, s.Gold), s.Linked.P, s.Linked.R, s.Linked.F, s.Baseline.F, s.All.P, s.All.R, s.All.F)
			}
			if perTopic {
				for _, s := range res.Topics {
					line(s)
				}
			}
			o := res.Overall
			fmt.Fprintf(w, "ECB+: %d topics, %d documents, %d gold entity mentions (people, organisations, places, times) in the annotated sentences, %d found by crosscheck\n",
				len(res.Topics), o.Docs, o.Gold, o.Found)
			classes := make([]string, 0, len(o.FoundByClass))
			for k := range o.FoundByClass {
				classes = append(classes, k)
			}
			sort.Strings(classes)
			for _, k := range classes {
				n := o.FoundByClass[k]
				fmt.Fprintf(w, "  %-6s found %5d of %5d (%.3f)\n", k, n[0], n[1], frac(n[0], n[1]))
			}
			fmt.Fprintf(w, "B-cubed over found mentions (merging):     P %.3f R %.3f F1 %.3f\n", o.Linked.P, o.Linked.R, o.Linked.F)
			fmt.Fprintf(w, "  same-text baseline on those mentions:    P %.3f R %.3f F1 %.3f\n", o.Baseline.P, o.Baseline.R, o.Baseline.F)
			fmt.Fprintf(w, "B-cubed over all gold mentions (missed = alone): P %.3f R %.3f F1 %.3f\n", o.All.P, o.All.R, o.All.F)
			macro := ecbentity.PRF{}
			for _, s := range res.Topics {
				macro.P += s.Linked.P
				macro.R += s.Linked.R
				macro.F += s.Linked.F
			}
			if n := float64(len(res.Topics)); n > 0 {
				fmt.Fprintf(w, "merging, mean over topics:                 P %.3f R %.3f F1 %.3f\n", macro.P/n, macro.R/n, macro.F/n)
			}
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().BoolVar(&perTopic, "per-topic", false, "print one line per topic")
	return c
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
