package cli

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden briefs in testdata/golden/")

// TestExampleGolden runs `crosscheck brief` on the bundled example and
// compares the whole brief, Markdown and JSON, with the golden files in
// testdata/golden/. A change of the brief shows here as a diff to read;
// when it is intended, refresh them with
//
//	go test ./internal/cli -run TestExampleGolden -update
//
// and update the README's excerpt if TestReadmeExcerpt then fails.
func TestExampleGolden(t *testing.T) {
	root := testenv.RepoRoot(t)
	// The brief names each file as the user gave it: run from the root with a
	// relative path, as the README does, so the golden JSON holds no path of
	// the machine that wrote it.
	t.Chdir(root)
	example := filepath.Join("examples", "iran-sailors-2007")
	for _, format := range []string{"md", "json"} {
		t.Run(format, func(t *testing.T) {
			code, out, stderr := run(t, "brief", "--format", format, example)
			if code != ExitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			golden := filepath.Join(root, "testdata", "golden", "iran-sailors-2007."+format)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with -update)", err)
			}
			if d := cmp.Diff(string(want), out); d != "" {
				t.Errorf("the brief of the example changed (-golden +now); if intended, run with -update:\n%s", d)
			}
		})
	}
}

// TestReadmeExcerpt checks that the README's excerpt of the example's brief
// is the golden brief: every line of it, in order, with "..." standing for
// lines left out.
func TestReadmeExcerpt(t *testing.T) {
	root := testenv.RepoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join(root, "testdata", "golden", "iran-sailors-2007.md"))
	if err != nil {
		t.Fatal(err)
	}
	const marker = "Excerpt of `crosscheck brief examples/iran-sailors-2007`"
	_, after, ok := strings.Cut(string(readme), marker)
	if !ok {
		t.Fatalf("README.md has no %q", marker)
	}
	_, block, ok := strings.Cut(after, "```\n")
	if !ok {
		t.Fatal("README.md: no code block after the excerpt's heading")
	}
	block, _, _ = strings.Cut(block, "\n```")
	lines := strings.Split(string(golden), "\n")
	at, checked := 0, 0
	for _, l := range strings.Split(block, "\n") {
		if l == "" || l == "..." {
			continue
		}
		k := index(lines[at:], l)
		if k < 0 {
			t.Errorf("README excerpt line not in the golden brief (in this order):\n%s", l)
			continue
		}
		at += k + 1
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d lines of the excerpt checked", checked)
	}
}

func index(lines []string, l string) int {
	for i, x := range lines {
		if x == l {
			return i
		}
	}
	return -1
}
