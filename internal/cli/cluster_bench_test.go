package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
)

// writeStream writes a .jsonl stream of n articles made from real text:
// n/10 stories, each drawing on one gold story of ECB+ and English
// MultiLing, each article a new combination of 3 to 8 of that story's
// paragraphs, published within two days of its story's start over n/1000
// days, in order of publication. Nothing of it is kept in the repository.
func writeStream(tb testing.TB, path string, n int) {
	tb.Helper()
	dir := sharedData(tb, "")
	ecb, err := clustereval.ECBPlus(filepath.Join(dir, "ecbplus"))
	if err != nil {
		tb.Fatal(err)
	}
	en, err := clustereval.MultiLing(filepath.Join(dir, "multiling2011"), "english")
	if err != nil {
		tb.Fatal(err)
	}
	paras := map[string][]string{}
	var golds []string
	for _, it := range append(ecb, en...) {
		if _, ok := paras[it.Gold]; !ok {
			golds = append(golds, it.Gold)
		}
		for _, p := range strings.Split(it.Doc.Article.Text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras[it.Gold] = append(paras[it.Gold], p)
			}
		}
	}
	r := rand.New(rand.NewPCG(uint64(n), 15))
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	span := int64(max(1, n/1000)) * int64(24*time.Hour)
	stories := max(1, n/10)
	type item struct {
		story int
		when  time.Time
	}
	items := make([]item, n)
	start := make([]time.Time, stories)
	for s := range start {
		start[s] = t0.Add(time.Duration(r.Int64N(span)))
	}
	for i := range items {
		s := r.IntN(stories)
		items[i] = item{s, start[s].Add(time.Duration(r.Int64N(int64(48 * time.Hour))))}
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.when.Compare(b.when) })

	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	for i, it := range items {
		ps := paras[golds[it.story%len(golds)]]
		pick := make([]string, 3+r.IntN(6))
		for j := range pick {
			pick[j] = ps[r.IntN(len(ps))]
		}
		err := enc.Encode(map[string]string{
			"id":        "s" + strconv.Itoa(it.story) + "-a" + strconv.Itoa(i),
			"published": it.when.Format(time.RFC3339),
			"text":      strings.Join(pick, "\n\n"),
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkClusterStream runs `crosscheck cluster --format json` in process
// on one .jsonl file of 10,000 and of 100,000 articles (written first, by
// writeStream), and reports its wall time and the peak resident memory of
// the run (VmHWM, reset before it). CROSSCHECK_STREAM_DIR keeps the files
// there, to time the command as a process:
//
//	go test ./internal/cli -run '^$' -bench ClusterStream -benchtime 1x -timeout 30m
func BenchmarkClusterStream(b *testing.B) {
	dir := os.Getenv("CROSSCHECK_STREAM_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			path := filepath.Join(dir, fmt.Sprintf("stream-%d.jsonl", n))
			if _, err := os.Stat(path); err != nil {
				writeStream(b, path, n)
			}
			out := filepath.Join(b.TempDir(), "stories.json")
			for range b.N {
				runtime.GC()
				resetPeakRSS(b)
				t := time.Now()
				code, _, stderr := runB(b, "cluster", "--format", "json", "-o", out, path)
				refused, ok := refusedShort(stderr)
				if code != ExitOK && (code != ExitPartial || !ok) {
					b.Fatalf("exit %d: %s", code, stderr)
				}
				b.ReportMetric(float64(refused), "refused")
				b.ReportMetric(time.Since(t).Seconds(), "s")
				b.ReportMetric(peakRSS(b), "MiB_peak_RSS")
			}
		})
	}
}

// refusedShort counts the inputs that stderr says were refused as too
// short to be a news report (ingest.MinWords), and reports whether it
// says nothing else: a paragraph or three of a gold story drawn at random
// may make fewer words than a report has (2 of the 100,000 articles).
func refusedShort(stderr string) (int, bool) {
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		switch {
		case strings.Contains(l, "the text is too short to be a news report"):
			n++
		case strings.HasSuffix(l, "input(s) could not be used"), l == "":
		default:
			return n, false
		}
	}
	return n, true
}

func runB(b *testing.B, args ...string) (int, string, string) {
	var out, errb strings.Builder
	code := Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// resetPeakRSS starts the process's peak resident memory again from its
// current size (Linux: clear_refs 5).
func resetPeakRSS(tb testing.TB) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		tb.Skipf("cannot reset the peak resident memory: %v", err)
	}
}

// peakRSS is the process's peak resident memory in MiB (VmHWM).
func peakRSS(tb testing.TB) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		tb.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	tb.Fatal("no VmHWM in /proc/self/status")
	return 0
}
