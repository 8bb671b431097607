package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

func sharedData(tb testing.TB, name string) string { return testenv.SharedData(tb, name) }

// run runs the command line in-process and returns its exit code and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestBriefSummitJSON(t *testing.T) {
	dir := sharedData(t, "summit-2023")
	code, out, stderr := run(t, "brief", "--format", "json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var b news.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("output is not a brief: %v", err)
	}
	if len(b.Sources) != 5 {
		t.Errorf("got %d sources, want 5", len(b.Sources))
	}
	if len(b.Summary) == 0 {
		t.Fatal("empty summary")
	}
	multi := 0
	for _, s := range b.Summary {
		if len(s.Sources) > 1 {
			multi++
		}
	}
	if multi == 0 {
		t.Error("no summary sentence cites more than one source")
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	body := "Officials said the bridge reopened on Monday after repairs that lasted three weeks.\n\nTraffic returned to normal by the evening, the city said."
	if err := os.WriteFile(good, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	cases := []struct {
		name   string
		args   []string
		want   int
		stderr string // a fragment the error output must hold
	}{
		{"all good", []string{"brief", good}, ExitOK, ""},
		{"one missing", []string{"brief", good, missing}, ExitPartial, "missing.txt"},
		{"nothing readable", []string{"brief", missing}, ExitFailed, "missing.txt"},
		{"bad format", []string{"brief", "--format", "pdf", good}, ExitUsage, "--format"},
		{"unknown flag", []string{"brief", "--nope", good}, ExitUsage, "nope"},
		{"no inputs", []string{"brief"}, ExitUsage, "arg"},
		{"unknown command", []string{"frobnicate"}, ExitUsage, "unknown command"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := run(t, c.args...)
			if code != c.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, c.want, stderr)
			}
			if !strings.Contains(stderr, c.stderr) {
				t.Errorf("stderr %q does not mention %q", stderr, c.stderr)
			}
		})
	}
}

func TestOutputFileIsWholeOrAbsent(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(good, []byte("The council voted on Tuesday to close the old harbour by 2030."), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "brief.json")
	if code, _, stderr := run(t, "brief", "--format", "json", "-o", out, good); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !json.Valid(b) {
		t.Fatalf("output file not valid JSON: %v", err)
	}
	// A directory that does not exist: nothing is written, the error names it.
	bad := filepath.Join(dir, "no", "such", "dir", "brief.json")
	code, _, stderr := run(t, "brief", "-o", bad, good)
	if code != ExitFailed || !strings.Contains(stderr, bad) {
		t.Errorf("exit %d, stderr %q: want exit 1 naming %s", code, stderr, bad)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".crosscheck-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestBriefStories feeds two unrelated stories together: the default briefs
// them as one but says so on stderr; --stories all gives a brief per story
// and --stories largest the largest one only.
func TestBriefStories(t *testing.T) {
	summit := sharedData(t, "summit-2023")
	example := filepath.Join("..", "..", "examples", "iran-sailors-2007")

	code, _, stderr := run(t, "brief", "--format", "json", summit)
	if code != ExitOK || strings.Contains(stderr, "stories") {
		t.Errorf("one story: exit %d, stderr %q; want 0 and no warning", code, stderr)
	}
	code, _, stderr = run(t, "brief", "--format", "json", summit, example)
	if code != ExitOK || !strings.Contains(stderr, "--stories all") {
		t.Errorf("two stories as one: exit %d, stderr %q; want a warning naming --stories", code, stderr)
	}

	code, out, stderr := run(t, "brief", "--format", "json", "--stories", "all", summit, example)
	if code != ExitOK {
		t.Fatalf("--stories all: exit %d: %s", code, stderr)
	}
	var all struct{ Briefs []news.Brief }
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatal(err)
	}
	if len(all.Briefs) < 2 {
		t.Fatalf("--stories all gave %d briefs, want at least 2", len(all.Briefs))
	}
	// No brief may mix the two stories' sources.
	for _, b := range all.Briefs {
		fromSummit, fromExample := 0, 0
		for _, s := range b.Sources {
			if strings.Contains(s.File, "summit-2023") {
				fromSummit++
			} else {
				fromExample++
			}
		}
		if fromSummit > 0 && fromExample > 0 {
			t.Errorf("brief %q mixes %d summit and %d example sources", b.Title, fromSummit, fromExample)
		}
	}

	code, out, _ = run(t, "brief", "--format", "json", "--stories", "largest", summit, example)
	var one news.Brief
	if code != ExitOK || json.Unmarshal([]byte(out), &one) != nil {
		t.Fatalf("--stories largest: exit %d, output not one brief", code)
	}
	if len(one.Sources) != len(all.Briefs[0].Sources) {
		t.Errorf("--stories largest has %d sources, want the largest story's %d", len(one.Sources), len(all.Briefs[0].Sources))
	}
}

// TestEvidenceOffsets checks the contract's promise of transparency on the
// summit reports: every piece of evidence in every section is a non-empty
// range of the text that --include-text writes, and a summary sentence is
// exactly the bytes its first evidence points at.
func TestEvidenceOffsets(t *testing.T) {
	dir := sharedData(t, "summit-2023")
	code, out, stderr := run(t, "brief", "--format", "json", "--include-text", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var b news.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, s := range b.Sources {
		if s.Text == "" {
			t.Fatalf("source %s has no text with --include-text", s.ID)
		}
		texts[s.ID] = s.Text
	}
	checked := 0
	check := func(where string, evs []news.Evidence) {
		for _, ev := range evs {
			txt, ok := texts[ev.Source]
			if !ok || ev.Start < 0 || ev.End > len(txt) || ev.Start >= ev.End || strings.TrimSpace(txt[ev.Start:ev.End]) == "" {
				t.Errorf("%s: evidence %+v does not point into its source's text", where, ev)
				continue
			}
			checked++
		}
	}
	for _, s := range b.Summary {
		check("summary", s.Evidence)
		if ev := s.Evidence[0]; texts[ev.Source][ev.Start:ev.End] != s.Text {
			t.Errorf("summary sentence %q is not the bytes of its evidence %q", s.Text, texts[ev.Source][ev.Start:ev.End])
		}
	}
	for _, c := range b.Claims {
		check("claim "+c.ID, c.Evidence)
	}
	for _, c := range b.Conflicts {
		for _, side := range c.Sides {
			check("conflict "+c.Topic, side.Evidence)
		}
	}
	for _, q := range b.Quotes {
		check("quote", q.Evidence)
	}
	for _, e := range b.Timeline {
		check("timeline", e.Evidence)
	}
	if checked < 50 {
		t.Errorf("only %d pieces of evidence in the whole brief", checked)
	}
}

// TestSidecarIgnored: a report whose sidecar cannot be read is still used;
// stderr says the sidecar was ignored and why, and the run counts every
// input as used (exit 0), where it said "1 input(s) could not be used" and
// exited 3. The report is the bundled example's M0020.txt.
func TestSidecarIgnored(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "examples", "iran-sailors-2007", "M0020.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "M0020.txt"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "M0020.json"), []byte(`{"outlet": "Wikinews", "published": "23 March"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := run(t, "brief", "--format", "json", dir)
	if code != ExitOK {
		t.Errorf("exit %d, want 0: the article was used; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "warning: ") || !strings.Contains(stderr, "M0020.json: sidecar ignored: the metadata sidecar is not valid") ||
		!strings.Contains(stderr, "M0020.txt was used without its metadata") || strings.Contains(stderr, "could not be used") {
		t.Errorf("stderr does not say the sidecar was ignored and why:\n%s", stderr)
	}
	var b news.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil || len(b.Sources) != 1 {
		t.Fatalf("want a brief of the one report: %v", err)
	}
}

// TestLegacyEncodingSaid: MultiLing's M0069.czech (Windows-1250) is read,
// and the brief says the encoding it was read from; it was refused before.
func TestLegacyEncodingSaid(t *testing.T) {
	f := filepath.Join(sharedData(t, "multiling2011"), "SourceTexts", "M0069.czech")
	code, out, stderr := run(t, "brief", "--format", "json", f)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "M0069.czech: read as windows-1250") {
		t.Errorf("stderr does not say the encoding:\n%s", stderr)
	}
	var b news.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil || len(b.Sources) != 1 {
		t.Fatalf("want a brief of one source: %v", err)
	}
	if s := b.Sources[0]; s.Encoding != "windows-1250" || !strings.Contains(s.Title, "zemětřesení") {
		t.Errorf("source %+v: want encoding windows-1250 and the Czech headline", s)
	}
}

// TestHelpExamplesExist: every folder of the bundled examples that a
// command's help names exists (brief's named examples/multiling-M002).
func TestHelpExamplesExist(t *testing.T) {
	root := testenv.RepoRoot(t)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, m := range regexp.MustCompile(`examples/[^\s]+`).FindAllString(c.Example, -1) {
			if _, err := os.Stat(filepath.Join(root, m)); err != nil {
				t.Errorf("%s --help names %s, which does not exist", c.CommandPath(), m)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newBriefCmd(&env{}))
	walk(newIngestCmd(&env{}))
	walk(newEvalCmd(&env{}))
	code, _, stderr := run(t, "brief", filepath.Join(root, "examples", "iran-sailors-2007"))
	if code != ExitOK {
		t.Errorf("the help's example fails: exit %d\n%s", code, stderr)
	}
}

// TestEvalDataIsTheRoot: --data means the root of the shared data in every
// eval subcommand (before: a set's own folder in four of them).
func TestEvalDataIsTheRoot(t *testing.T) {
	for _, c := range newEvalCmd(&env{}).Commands() {
		f := c.Flags().Lookup("data")
		if f == nil {
			continue
		}
		if f.DefValue != filepath.Join("..", "shared", "data") {
			t.Errorf("eval %s --data defaults to %s, not the root of the shared data", c.Name(), f.DefValue)
		}
	}
	root := sharedData(t, "")
	code, out, stderr := run(t, "eval", "quotes", "--data", root, "--split", "dev")
	if code != ExitOK || out == "" {
		t.Errorf("eval quotes --data %s: exit %d\n%s", root, code, stderr)
	}
}

// TestUsageErrorsPointToTheSubcommand: a usage error names the help of the
// command that was run, not crosscheck's.
func TestUsageErrorsPointToTheSubcommand(t *testing.T) {
	for args, want := range map[string]string{
		"brief --nope x":       "Run 'crosscheck brief --help'",
		"eval rouge --words":   "Run 'crosscheck eval rouge --help'",
		"eval rouge --lang xx": "Run 'crosscheck eval rouge --help'",
		"stories --sort abc":   "Run 'crosscheck stories --help'",
		"frobnicate":           "Run 'crosscheck --help'",
	} {
		code, _, stderr := run(t, strings.Fields(args)...)
		if code != ExitUsage || !strings.Contains(stderr, want) {
			t.Errorf("crosscheck %s: exit %d, stderr %q; want 2 and %q", args, code, stderr, want)
		}
	}
}

// TestDBFolderMustExist: a mistyped --db whose folder does not exist is a
// clear error, and neither the folder nor a store is made (before: both
// were, silently).
func TestDBFolderMustExist(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "no", "such", "dir", "x.db")
	for _, args := range [][]string{{"stories", "--db", db}, {"ingest", "--db", db, filepath.Join(testenv.RepoRoot(t), "examples", "iran-sailors-2007")}} {
		code, _, stderr := run(t, args...)
		if code != ExitUsage || !strings.Contains(stderr, filepath.Join(dir, "no", "such", "dir")+" does not exist") {
			t.Errorf("crosscheck %s: exit %d, stderr %q", args[0], code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("the missing folder was created")
	}
}

// TestIngestQuietByDefault: ingest prints no INFO lines at the default
// level (warn), only its result (before: "INFO stored articles ...").
func TestIngestQuietByDefault(t *testing.T) {
	t.Setenv("CROSSCHECK_LOG", "")
	db := filepath.Join(t.TempDir(), "cc.db")
	code, out, stderr := run(t, "ingest", "--db", db, filepath.Join(testenv.RepoRoot(t), "examples", "iran-sailors-2007"))
	if code != ExitOK || strings.Contains(stderr, "INFO") || !strings.Contains(out, "article(s) added") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and no INFO", code, out, stderr)
	}
}

// TestEvalRougeLanguages: `eval rouge --lang` scores the languages asked for,
// each with both halves beside the leads, and a table of every language's
// halves when there are several.
func TestEvalRougeLanguages(t *testing.T) {
	root := sharedData(t, "")
	code, out, stderr := run(t, "eval", "rouge", "--data", root, "--lang", "hi,fr")
	if code != ExitOK {
		t.Fatalf("eval rouge --lang hi,fr: exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"MultiLing 2011 Hindi, 10 topics", "MultiLing 2011 French, 10 topics", "Unicode words", "calibration 5 topics: ROUGE-1", "every language, 250 words", "hi  calibration"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "English") {
		t.Errorf("English scored though not asked for:\n%s", out)
	}
}
