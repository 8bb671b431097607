package web_test

import (
	"bytes"
	"context"
	_ "embed"
	"flag"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/web/webtest"
)

// axe is axe-core (MPL-2.0, testdata/axe-core/LICENSE): the accessibility
// rules that checkers apply, run inside each page.
//
//go:embed testdata/axe-core/axe.min.js
var axe string

// chromium finds the browser, or skips the test outside CI (fails in CI).
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found: .ci/run installs it (apt-get install chromium)")
	}
	t.Skip("chromium not found: install chromium (apt-get install chromium) to run the browser tests")
	return ""
}

// browser starts a headless chromium with a fresh profile and collects
// every console message of the error level.
func browser(t *testing.T, exe string) (context.Context, func() []string) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("starting chromium: %v", err)
	}
	var mu sync.Mutex
	var errs []string
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				errs = append(errs, m.String()+" at "+m.URL)
				mu.Unlock()
			}
		}
	}()
	return ctx, func() []string {
		time.Sleep(200 * time.Millisecond) // let the last events arrive
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), errs...)
	}
}

// updateScreenshots asks TestBrowser to rewrite the screenshots in
// docs/screenshots (the README shows them). Without it, or
// CROSSCHECK_SCREENSHOTS=1, the screenshots are taken and checked but not
// written, so a test run leaves the working tree as it was:
//
//	go test ./internal/web -run TestBrowser -update-screenshots
var updateScreenshots = flag.Bool("update-screenshots", false, "rewrite docs/screenshots/*.png from the browser test")

func writeScreenshots() bool {
	return *updateScreenshots || os.Getenv("CROSSCHECK_SCREENSHOTS") == "1"
}

// screenshotDir is docs/screenshots at the repository root.
func screenshotDir(t *testing.T) string {
	return filepath.Join(testenv.RepoRoot(t), "docs", "screenshots")
}

// checkAccessibility runs axe-core's WCAG 2 A and AA rules on the page.
func checkAccessibility(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axe+";true")); err != nil {
		t.Fatalf("loading axe-core: %v", err)
	}
	const run = `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
	  .then(r => r.violations.map(v => v.id + ': ' + v.help + ' [' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') + ']'))`
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](run, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	for _, v := range violations {
		t.Errorf("%s: accessibility: %s", what, v)
	}
}

func TestBrowser(t *testing.T) {
	exe := chromium(t)
	env := webtest.Start(t, webtest.Options{Inputs: []string{"summit-2023", "multiling2011/SourceTexts/*.english"}})
	story := summitStory(t, env)
	if story.Brief == nil || len(story.Brief.Summary) == 0 {
		t.Fatalf("the summit story has no brief with a summary")
	}
	ctx, consoleErrors := browser(t, exe)
	shots := ""
	if writeScreenshots() {
		shots = screenshotDir(t)
		if err := os.MkdirAll(shots, 0o755); err != nil {
			t.Fatal(err)
		}
	}

	pages := []struct{ name, path, ready string }{
		{"stories", "/", ".story-card"},
		{"story", "/stories/" + story.ID, ".summary .cite"},
	}
	sizes := []struct {
		name          string
		width, height int64
	}{{"phone", 390, 1500}, {"desktop", 1280, 1100}}
	for _, pg := range pages {
		for _, sz := range sizes {
			what := pg.name + "-" + sz.name
			if err := chromedp.Do(ctx,
				chromedp.EmulateViewport(sz.width, sz.height),
				chromedp.Navigate(env.URL+pg.path),
				chromedp.WaitVisible(chromedp.CSS(pg.ready)),
			); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatalf("%s: screenshot: %v", what, err)
			}
			// The screenshot is a picture of the page at the width asked for.
			cfg, err := png.DecodeConfig(bytes.NewReader(shot))
			if err != nil || int64(cfg.Width) != sz.width {
				t.Errorf("%s: screenshot is not a PNG %d px wide: %v, %+v", what, sz.width, err, cfg)
			}
			if shots != "" {
				if err := os.WriteFile(filepath.Join(shots, what+".png"), shot, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			// No page is wider than the screen: a phone never scrolls sideways.
			wide, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
			if err != nil || wide {
				t.Errorf("%s: the page is wider than the screen (%v)", what, err)
			}
			if sz.name == "desktop" {
				checkAccessibility(t, ctx, pg.name)
			}
		}
	}

	t.Run("citation mark opens its sentence", func(t *testing.T) {
		b := story.Brief
		first := b.Summary[0]
		// The first mark is the first source's, and opens that source's
		// first evidence (the evidence list need not start with it).
		ev := first.Evidence[slices.IndexFunc(first.Evidence, func(e news.Evidence) bool { return e.Source == first.Sources[0] })]
		art, err := env.Store.Article(context.Background(), ev.Source)
		if err != nil {
			t.Fatal(err)
		}
		want := art.Text[ev.Start:ev.End]
		if err := chromedp.Do(ctx,
			chromedp.EmulateViewport(1280, 1100),
			chromedp.Navigate(env.URL+"/stories/"+story.ID),
			chromedp.WaitVisible(chromedp.CSS(".summary p:first-child a.cite")),
		); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(".summary p:first-child a.cite"))); err != nil {
			t.Fatalf("clicking the first citation mark: %v", err)
		}
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("mark.cited:target"))); err != nil {
			t.Fatalf("no cited passage is the target after the click: %v", err)
		}
		got, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("mark.cited:target")))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(norm(got), norm(want)) {
			t.Errorf("the mark opened %q, want the cited sentence %q", got, want)
		}
		// The passage is on screen, not only in the page.
		inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const r = document.querySelector('mark.cited:target').getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })()`))
		if err != nil || !inView {
			t.Errorf("the cited passage is not in view (%v)", err)
		}
		checkAccessibility(t, ctx, "source")
	})

	t.Run("keyboard", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(env.URL+"/"), chromedp.WaitVisible(chromedp.CSS(".story-card")),
			chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className + ' ' + getComputedStyle(document.activeElement).left`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(focused, "skip ") || strings.HasPrefix(strings.Fields(focused)[1], "-") {
			t.Errorf("the first Tab focuses %q, want the visible skip link", focused)
		}
	})

	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// summitStory is the stored story with the most summit reports.
func summitStory(t *testing.T, env *webtest.Env) *store.Story {
	list, err := env.Store.Stories(context.Background(), store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	best, most := "", 0
	for _, s := range list {
		n := 0
		for _, a := range s.Articles {
			if strings.Contains(filepath.ToSlash(a.File), "summit-2023/") {
				n++
			}
		}
		if n > most {
			best, most = s.ID, n
		}
	}
	if most == 0 {
		t.Fatal("no stored story holds the summit reports")
	}
	s, err := env.Store.Story(context.Background(), best)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// norm folds white space, since a mark's text keeps the source's newlines.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }
