// Package storetest is the one conformance suite of store.Store: every
// backend runs it against a real database, so they behave alike.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
)

// Opener gives each subtest a fresh, empty store; the suite closes it.
type Opener func(t *testing.T) store.Store

// Run runs the conformance suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"Empty", testEmpty},
		{"ApplyAndRead", testApplyAndRead},
		{"Idempotent", testIdempotent},
		{"Briefs", testBriefs},
		{"Merge", testMerge},
		{"ListStories", testListStories},
		{"Assignments", testAssignments},
		{"AllOrNothing", testAllOrNothing},
		{"ConcurrentWriters", testConcurrent},
		{"Feeds", testFeeds},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := open(t)
			t.Cleanup(func() { st.Close() })
			tc.fn(t, st)
		})
	}
}

var t0 = time.Date(2023, 9, 13, 10, 0, 0, 0, time.UTC)

func article(n int, url, text string) *news.Article {
	a := &news.Article{
		URL: url, File: fmt.Sprintf("in/%d.txt", n), Outlet: fmt.Sprintf("Outlet %d", n), OutletFrom: news.OutletFromMetadata,
		Title: fmt.Sprintf("Title %d", n), Published: t0.Add(time.Duration(n) * time.Hour), Author: "A. Writer",
		Language: "en", Text: text,
	}
	a.ID = store.IDFor(store.Key(a))
	return a
}

func add(a *news.Article, story, copyOf string) store.NewArticle {
	return store.NewArticle{Article: a, Key: store.Key(a), StoryID: story, CopyOf: copyOf}
}

func mustApply(t *testing.T, st store.Store, c store.Change) store.Applied {
	t.Helper()
	res, err := st.Apply(context.Background(), c)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	return res
}

func testEmpty(t *testing.T, st store.Store) {
	ctx := context.Background()
	if ss, err := st.Stories(ctx, store.StoryQuery{}); err != nil || len(ss) != 0 {
		t.Errorf("Stories = %v, %v; want none", ss, err)
	}
	if _, err := st.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story(nope) error = %v, want ErrNotFound", err)
	}
	if _, err := st.Article(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(nope) error = %v, want ErrNotFound", err)
	}
	if _, _, err := st.StoryArticles(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("StoryArticles(nope) error = %v, want ErrNotFound", err)
	}
	if err := st.PutBrief(ctx, "nope", 1, &news.Brief{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PutBrief(nope) error = %v, want ErrNotFound", err)
	}
	if s, err := st.Stale(ctx); err != nil || len(s) != 0 {
		t.Errorf("Stale = %v, %v; want none", s, err)
	}
	if k, err := st.Known(ctx, []string{"url:x"}); err != nil || len(k) != 0 {
		t.Errorf("Known = %v, %v; want none", k, err)
	}
}

func testApplyAndRead(t *testing.T, st store.Store) {
	ctx := context.Background()
	a1 := article(1, "https://example.org/a", "Kim met Putin. They talked for five hours.")
	a2 := article(2, "", "Kim met Putin. They talked for five hours.")
	a3 := article(3, "https://example.org/c", "Something else happened elsewhere.")
	a3.Published = time.Time{}
	res := mustApply(t, st, store.Change{
		Articles: []store.NewArticle{add(a1, "s1", ""), add(a2, "s1", a1.ID), add(a3, "s2", "")},
		Titles:   map[string]string{"s1": "Kim meets Putin"},
	})
	if diff := cmp.Diff([]string{a1.ID, a2.ID, a3.ID}, res.Added); diff != "" {
		t.Errorf("Added (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1", "s2"}, res.Touched); diff != "" {
		t.Errorf("Touched (-want +got):\n%s", diff)
	}
	got, err := st.Article(ctx, a2.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := store.StoredArticle{Article: *a2, StoryID: "s1", CopyOf: a1.ID, Key: store.Key(a2)}
	if diff := cmp.Diff(want, *got, cmpopts.IgnoreFields(store.StoredArticle{}, "Added")); diff != "" {
		t.Errorf("Article (-want +got):\n%s", diff)
	}
	if got.Added.IsZero() {
		t.Error("Article.Added is zero")
	}
	k, err := st.Known(ctx, []string{store.Key(a1), store.Key(a2), "url:https://example.org/none"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{store.Key(a1): a1.ID, store.Key(a2): a2.ID}, k); diff != "" {
		t.Errorf("Known (-want +got):\n%s", diff)
	}
	s, err := st.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "Kim meets Putin" || s.Sources != 2 || s.Independent != 1 || !s.Stale || s.Brief != nil {
		t.Errorf("Story s1 = title %q, %d sources, %d independent, stale %v, brief %v; want Kim meets Putin, 2, 1, true, nil",
			s.Title, s.Sources, s.Independent, s.Stale, s.Brief)
	}
	if s.First == nil || !s.First.Equal(a1.Published) || s.Last == nil || !s.Last.Equal(a2.Published) {
		t.Errorf("Story s1 span = %v .. %v, want %v .. %v", s.First, s.Last, a1.Published, a2.Published)
	}
	p1 := a1.Published.Format(time.RFC3339)
	p2 := a2.Published.Format(time.RFC3339)
	wantArts := []news.StoryArticle{
		{ID: a1.ID, File: a1.File, URL: a1.URL, Outlet: a1.Outlet, Published: &p1},
		{ID: a2.ID, File: a2.File, Outlet: a2.Outlet, Published: &p2, CopyOf: &a1.ID},
	}
	if diff := cmp.Diff(wantArts, s.Articles); diff != "" {
		t.Errorf("Story s1 articles (-want +got):\n%s", diff)
	}
	s2, err := st.Story(ctx, "s2")
	if err != nil {
		t.Fatal(err)
	}
	if s2.Title != a3.Title || s2.First != nil || s2.Last != nil {
		t.Errorf("Story s2 = title %q, span %v..%v; want title from its article and no span", s2.Title, s2.First, s2.Last)
	}
	arts, _, err := st.StoryArticles(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]*news.Article{a1, a2}, arts); diff != "" {
		t.Errorf("StoryArticles (-want +got):\n%s", diff)
	}
	stale, err := st.Stale(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"s1", "s2"}, stale); diff != "" {
		t.Errorf("Stale (-want +got):\n%s", diff)
	}
}

func testIdempotent(t *testing.T, st store.Store) {
	ctx := context.Background()
	a1 := article(1, "https://example.org/a", "First text.")
	mustApply(t, st, store.Change{Articles: []store.NewArticle{add(a1, "s1", "")}})
	_, v1, err := st.StoryArticles(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	// Same URL, other text (a page fetched again): the same article.
	again := article(1, "https://EXAMPLE.org/a#top", "First text, edited.")
	res := mustApply(t, st, store.Change{Articles: []store.NewArticle{add(again, "s9", "")}})
	if len(res.Added) != 0 || len(res.Skipped) != 1 || len(res.Touched) != 0 {
		t.Errorf("re-apply = %+v, want one skipped, nothing added or touched", res)
	}
	if _, err := st.Story(ctx, "s9"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("story s9 of a skipped article exists (err %v)", err)
	}
	_, v2, err := st.StoryArticles(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if v1 != v2 {
		t.Errorf("version changed from %d to %d by a change that added nothing", v1, v2)
	}
	// Same text without URL twice: one article.
	b := article(2, "", "No URL here.")
	c := article(3, "", "No URL here.")
	c.File = "other.txt"
	res = mustApply(t, st, store.Change{Articles: []store.NewArticle{add(b, "s2", ""), add(c, "s2", "")}})
	if len(res.Added) != 1 || len(res.Skipped) != 1 {
		t.Errorf("same text twice = %+v, want one added, one skipped", res)
	}
}

func testBriefs(t *testing.T, st store.Store) {
	ctx := context.Background()
	a1 := article(1, "https://example.org/a", "First text.")
	a2 := article(2, "https://example.org/b", "Second text.")
	mustApply(t, st, store.Change{Articles: []store.NewArticle{add(a1, "s1", ""), add(a2, "s1", a1.ID)}})
	_, v, err := st.StoryArticles(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	pub := "2023-09-13T11:00:00Z"
	b := &news.Brief{
		Title:   "The brief's title",
		Sources: []news.Source{{ID: a1.ID, Outlet: "Outlet 1", OutletFrom: "metadata", Published: &pub, Words: 2}, {ID: a2.ID, Outlet: "Outlet 2"}},
		Claims:  []news.Claim{{ID: "c1", Text: "First <text> & more.", Sources: []string{a1.ID, a2.ID}, Independent: 2, Evidence: []news.Evidence{{Source: a1.ID, Start: 0, End: 11}}}},
		Summary: []news.SummarySentence{}, Agreements: []news.Agreement{}, Conflicts: []news.Conflict{},
		SingleSource: []news.SingleSource{}, Quotes: []news.Quote{}, Entities: []news.Entity{}, Timeline: []news.TimelineEntry{},
	}
	if raw, stale, err := st.BriefJSON(ctx, "s1"); err != nil || raw != nil || !stale {
		t.Errorf("BriefJSON before any brief = %q, %v, %v; want nil, stale", raw, stale, err)
	}
	if _, _, err := st.BriefJSON(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("BriefJSON(nope) error = %v, want ErrNotFound", err)
	}
	if err := st.PutBrief(ctx, "s1", v, b); err != nil {
		t.Fatalf("PutBrief: %v", err)
	}
	s, err := st.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b, s.Brief); diff != "" {
		t.Errorf("stored brief (-want +got):\n%s", diff)
	}
	if s.Stale || s.Title != "The brief's title" || s.Independent != 2 {
		t.Errorf("after PutBrief: stale %v, title %q, independent %d; want false, the brief's title, 2 (from the brief)", s.Stale, s.Title, s.Independent)
	}
	if stale, _ := st.Stale(ctx); len(stale) != 0 {
		t.Errorf("Stale = %v after PutBrief, want none", stale)
	}
	// The stored JSON, indented, is the brief in the JSON contract as
	// `show --format json` passes it on: two-space indent, no HTML escaping
	// (the encoding render.JSON uses; storetest does not import render, so
	// that the store's suite does not depend on an output format).
	raw, stale, err := st.BriefJSON(ctx, "s1")
	if err != nil || stale {
		t.Fatalf("BriefJSON = stale %v, %v; want fresh", stale, err)
	}
	var got, want bytes.Buffer
	if err := json.Indent(&got, raw, "", "  "); err != nil {
		t.Fatalf("stored brief is not JSON: %v", err)
	}
	got.WriteByte('\n')
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("indented BriefJSON differs from the contract's encoding (-want +got):\n%s", diff)
	}
	// A new article makes the brief stale; a brief of the old version is refused.
	a3 := article(3, "https://example.org/c", "Third text.")
	mustApply(t, st, store.Change{Articles: []store.NewArticle{add(a3, "s1", "")}})
	if err := st.PutBrief(ctx, "s1", v, b); !errors.Is(err, store.ErrConflict) {
		t.Errorf("PutBrief of an old version: %v, want ErrConflict", err)
	}
	s, err = st.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if !s.Stale || s.Brief == nil {
		t.Errorf("after a new article: stale %v, brief %v; want stale and the old brief still shown", s.Stale, s.Brief != nil)
	}
	if raw, stale, err := st.BriefJSON(ctx, "s1"); err != nil || raw == nil || !stale {
		t.Errorf("BriefJSON after a new article = %d bytes, stale %v, %v; want the old brief, stale", len(raw), stale, err)
	}
	if stale, _ := st.Stale(ctx); !cmp.Equal(stale, []string{"s1"}) {
		t.Errorf("Stale = %v, want [s1]", stale)
	}
}

func testMerge(t *testing.T, st store.Store) {
	ctx := context.Background()
	a1 := article(1, "https://example.org/a", "First text.")
	a2 := article(2, "https://example.org/b", "Second text.")
	a3 := article(3, "https://example.org/c", "Third text.")
	mustApply(t, st, store.Change{Articles: []store.NewArticle{add(a1, "s1", ""), add(a2, "s2", "")}})
	res := mustApply(t, st, store.Change{
		Articles: []store.NewArticle{add(a3, "s1", "")},
		Merges:   []store.Merge{{From: "s2", Into: "s1"}},
	})
	if diff := cmp.Diff([]string{"s1"}, res.Touched); diff != "" {
		t.Errorf("Touched (-want +got):\n%s", diff)
	}
	if _, err := st.Story(ctx, "s2"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("merged story s2 still there (err %v)", err)
	}
	arts, _, err := st.StoryArticles(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if diff := cmp.Diff([]string{a1.ID, a2.ID, a3.ID}, ids); diff != "" {
		t.Errorf("articles of s1 after merge (-want +got):\n%s", diff)
	}
	if a, err := st.Article(ctx, a2.ID); err != nil || a.StoryID != "s1" {
		t.Errorf("Article(a2) = %v, %v; want story s1", a, err)
	}
}

func testListStories(t *testing.T, st store.Store) {
	ctx := context.Background()
	var clock []time.Time
	// Three stories, changed in order s1, s2, s3; s2 has three independent sources.
	a := func(n int, title string) *news.Article {
		x := article(n, fmt.Sprintf("https://example.org/%d", n), fmt.Sprintf("Text %d.", n))
		x.Title = title
		return x
	}
	mustApply(t, st, store.Change{Articles: []store.NewArticle{add(a(1, "Summit in a port city"), "s1", "")}})
	clock = append(clock, time.Now())
	time.Sleep(5 * time.Millisecond)
	mustApply(t, st, store.Change{Articles: []store.NewArticle{
		add(a(2, "Flood in Libya"), "s2", ""), add(a(3, "Libya dam burst"), "s2", ""), add(a(4, "Derna floods"), "s2", ""),
	}})
	time.Sleep(5 * time.Millisecond)
	clock = append(clock, time.Now())
	time.Sleep(5 * time.Millisecond)
	mustApply(t, st, store.Change{Articles: []store.NewArticle{add(a(5, "Earthquake in Morocco"), "s3", ""), add(a(6, "Morocco quake"), "s3", "")}})

	ids := func(q store.StoryQuery) []string {
		t.Helper()
		ss, err := st.Stories(ctx, q)
		if err != nil {
			t.Fatalf("Stories(%+v): %v", q, err)
		}
		out := []string{}
		for _, s := range ss {
			out = append(out, s.ID)
		}
		return out
	}
	tests := []struct {
		name string
		q    store.StoryQuery
		want []string
	}{
		{"latest", store.StoryQuery{}, []string{"s3", "s2", "s1"}},
		{"independent", store.StoryQuery{Sort: store.SortIndependent}, []string{"s2", "s3", "s1"}},
		{"search title of an article", store.StoryQuery{Search: "LIBYA"}, []string{"s2"}},
		{"search all words", store.StoryQuery{Search: "morocco quake"}, []string{"s3"}},
		{"search no match", store.StoryQuery{Search: "volcano"}, []string{}},
		{"search percent is literal", store.StoryQuery{Search: "%"}, []string{}},
		{"since", store.StoryQuery{Since: clock[0]}, []string{"s3", "s2"}},
		{"since later", store.StoryQuery{Since: clock[1]}, []string{"s3"}},
		{"limit", store.StoryQuery{Limit: 2}, []string{"s3", "s2"}},
		{"offset", store.StoryQuery{Offset: 1}, []string{"s2", "s1"}},
		{"limit and offset", store.StoryQuery{Limit: 1, Offset: 1, Sort: store.SortIndependent}, []string{"s3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ids(tc.q)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if _, err := st.Stories(ctx, store.StoryQuery{Sort: "best"}); err == nil {
		t.Error("Stories with an unknown sort: no error")
	}
	ss, err := st.Stories(ctx, store.StoryQuery{Search: "libya"})
	if err != nil || len(ss) != 1 {
		t.Fatalf("Stories = %v, %v", ss, err)
	}
	if s := ss[0]; s.Sources != 3 || s.Independent != 3 || len(s.Articles) != 3 || s.Title != "Flood in Libya" {
		t.Errorf("story s2 listed as %+v; want 3 sources, 3 independent, 3 articles, the first article's title", s)
	}
}

func testAssignments(t *testing.T, st store.Store) {
	ctx := context.Background()
	var want [][2]string
	for i := 1; i <= 5; i++ {
		a := article(i, fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("Text %d.", i))
		s := fmt.Sprintf("s%d", i%2)
		mustApply(t, st, store.Change{Articles: []store.NewArticle{add(a, s, "")}})
		want = append(want, [2]string{a.ID, s})
	}
	var got [][2]string
	var seqs []int64
	last, err := st.Assignments(ctx, 0, func(seq int64, a *news.Article, story string) error {
		got = append(got, [2]string{a.ID, story})
		seqs = append(seqs, seq)
		if a.Text == "" {
			t.Errorf("article %s without text", a.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Assignments (-want +got):\n%s", diff)
	}
	if last != seqs[len(seqs)-1] {
		t.Errorf("last seq %d, want %d", last, seqs[len(seqs)-1])
	}
	got = nil
	last2, err := st.Assignments(ctx, seqs[2], func(seq int64, a *news.Article, story string) error {
		got = append(got, [2]string{a.ID, story})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want[3:], got); diff != "" || last2 != last {
		t.Errorf("Assignments after %d (-want +got):\n%s (last %d, want %d)", seqs[2], diff, last2, last)
	}
	stop := errors.New("stop")
	if _, err := st.Assignments(ctx, 0, func(int64, *news.Article, string) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("Assignments returned %v, want the callback's error", err)
	}
}

func testAllOrNothing(t *testing.T, st store.Store) {
	ctx := context.Background()
	a1 := article(1, "https://example.org/a", "First text.")
	bad := article(2, "https://example.org/b", "Second text.")
	_, err := st.Apply(ctx, store.Change{Articles: []store.NewArticle{add(a1, "s1", ""), {Article: bad, StoryID: "s1"}}})
	if err == nil {
		t.Fatal("Apply of an article without key: no error")
	}
	if _, err := st.Article(ctx, a1.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an article of a failed change was stored (err %v)", err)
	}
	if ss, _ := st.Stories(ctx, store.StoryQuery{}); len(ss) != 0 {
		t.Errorf("a story of a failed change was stored: %v", ss)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := st.Apply(cctx, store.Change{Articles: []store.NewArticle{add(a1, "s1", "")}}); err == nil {
		t.Error("Apply with a cancelled context: no error")
	}
	if _, err := st.Article(ctx, a1.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an article of a cancelled change was stored (err %v)", err)
	}
}

func testConcurrent(t *testing.T, st store.Store) {
	ctx := context.Background()
	var arts []*news.Article
	for i := range 20 {
		arts = append(arts, article(i, fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("Text %d.", i)))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	added := make(chan int, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			// Each writer stores all twenty, in its own order, one change each.
			for i := range arts {
				a := arts[(i+w*5)%len(arts)]
				res, err := st.Apply(ctx, store.Change{Articles: []store.NewArticle{add(a, fmt.Sprintf("s%d", i%3), "")}})
				if err != nil {
					errs <- err
					return
				}
				n += len(res.Added)
			}
			added <- n
		}()
	}
	wg.Wait()
	close(errs)
	close(added)
	for err := range errs {
		t.Errorf("concurrent Apply: %v", err)
	}
	total := 0
	for n := range added {
		total += n
	}
	if total != len(arts) {
		t.Errorf("concurrent writers added %d articles in all, want %d", total, len(arts))
	}
	n := 0
	if _, err := st.Assignments(ctx, 0, func(int64, *news.Article, string) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != len(arts) {
		t.Errorf("%d articles stored, want %d", n, len(arts))
	}
}

func testFeeds(t *testing.T, st store.Store) {
	ctx := context.Background()
	const u1, u2 = "https://example.org/feed.xml", "https://example.com/rss"
	for _, u := range []string{u1, u2, u1} {
		if err := st.AddFeed(ctx, u); err != nil {
			t.Fatalf("AddFeed(%s): %v", u, err)
		}
	}
	fs, err := st.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 || fs[0].URL != u1 || fs[1].URL != u2 || fs[0].Added.IsZero() {
		t.Errorf("Feeds = %+v, want %s then %s with their time added", fs, u1, u2)
	}
	f := fs[0]
	f.Title = "Example"
	f.ETag = `"abc"`
	f.LastModified = "Wed, 13 Sep 2023 10:00:00 GMT"
	f.LastChecked = t0
	f.NextCheck = t0.Add(10 * time.Minute)
	f.Failures = 2
	f.LastError = "HTTP 500"
	if err := st.UpdateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	got, err := st.Feed(ctx, u1)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, *got); diff != "" {
		t.Errorf("Feed after update (-want +got):\n%s", diff)
	}
	if err := st.RemoveFeed(ctx, u1); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"RemoveFeed again":  st.RemoveFeed(ctx, u1),
		"UpdateFeed absent": st.UpdateFeed(ctx, f),
	} {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: %v, want ErrNotFound", name, err)
		}
	}
	if _, err := st.Feed(ctx, u1); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Feed(removed): %v, want ErrNotFound", err)
	}
	if fs, _ := st.Feeds(ctx); len(fs) != 1 || fs[0].URL != u2 {
		t.Errorf("Feeds after remove = %+v, want only %s", fs, u2)
	}
}
