package cli

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/text"
)

// The streamed path lists exactly the stories that clustering the whole
// input at once lists, when the input fits in the reorder window: here the
// 100 English MultiLing reports (ten topics).
func TestStreamStoriesMatchesBatch(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join(sharedData(t, "multiling2011"), "SourceTexts", "*.english"))
	if len(inputs) < 50 {
		t.Fatalf("found %d English MultiLing reports", len(inputs))
	}
	ctx := context.Background()
	arts, errs := ingest.Read(ctx, inputs, ingest.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	docs := make([]*text.Doc, len(arts))
	for i, a := range arts {
		docs[i] = text.Analyze(a)
	}
	want := storiesOf(docs, cluster.Batch(docs, cluster.Options{}))

	got, n, errs := streamStories(ctx, inputs, ingest.Options{}, len(inputs), cluster.Options{})
	if n != len(inputs) || len(errs) > 0 {
		t.Fatalf("streamed %d of %d articles, errors %v", n, len(inputs), errs)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("streamed stories differ from the batch's (-batch +stream):\n%s", d)
	}

	// A window smaller than the input still places every article once,
	// in stories that do not mix topics more than the batch does.
	small, n, _ := streamStories(ctx, inputs, ingest.Options{}, 7, cluster.Options{})
	seen := map[string]bool{}
	for _, s := range small.Stories {
		for _, a := range s.Articles {
			if seen[a.ID] {
				t.Errorf("article %s placed twice", a.ID)
			}
			seen[a.ID] = true
		}
	}
	if len(seen) != n {
		t.Errorf("window 7: %d articles listed of %d read", len(seen), n)
	}
	if m, w := mixed(small), mixed(want); m > w {
		t.Errorf("window 7: %d stories mix topics, the batch %d", m, w)
	}
}

// mixed counts the stories whose articles come from more than one
// MultiLing topic (the file name's first four letters).
func mixed(s storiesJSON) int {
	n := 0
	for _, st := range s.Stories {
		topics := map[string]bool{}
		for _, a := range st.Articles {
			topics[filepath.Base(a.File)[:4]] = true
		}
		if len(topics) > 1 {
			n++
		}
	}
	return n
}
