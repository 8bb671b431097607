package text

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestCorpusAnnotationIsTheDocsOwn reads the ten English reports of
// MultiLing 2011 topic M000 with an edited copy of each (its last
// paragraph cut, as outlets trim wire copy): annotated through the corpus,
// which tags a sentence seen before by copying its tags, every report
// reads exactly as when annotated on its own, and the copies' shared
// sentences were not tagged again.
func TestCorpusAnnotationIsTheDocsOwn(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M000*.english"))
	if len(files) != 10 {
		t.Fatalf("%d reports of M000, want 10", len(files))
	}
	var arts []*news.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		txt := strings.TrimSpace(string(b))
		arts = append(arts, &news.Article{ID: f, Text: txt})
		if i := strings.LastIndex(txt, "\n\n"); i > 0 {
			arts = append(arts, &news.Article{ID: f + " cut", Text: txt[:i]})
		}
	}
	docs := make([]*Doc, len(arts))
	ids := make([]string, len(arts))
	sentences := 0
	for i, a := range arts {
		docs[i], ids[i] = Analyze(a), a.ID
		sentences += len(docs[i].Sentences)
	}
	c := NewCorpus(docs, ids)
	var wg sync.WaitGroup
	for i := range docs {
		wg.Go(func() { c.Annotation(i) })
	}
	wg.Wait()
	tagged := 0
	for _, ss := range c.tags.m {
		tagged += len(ss)
	}
	if tagged >= sentences || tagged == 0 {
		t.Errorf("%d of %d sentences tagged: the copies' sentences should be copied", tagged, sentences)
	}
	t.Logf("%d reports, %d sentences, %d tagged", len(docs), sentences, tagged)
	for i, a := range arts {
		got, want := c.Annotation(i), annotate(Analyze(a), nil)
		if !reflect.DeepEqual(got.Words, want.Words) || !reflect.DeepEqual(got.Phrases, want.Phrases) || !reflect.DeepEqual(got.Props, want.Props) {
			t.Errorf("%s: annotated through the corpus, it reads otherwise than on its own", a.ID)
		}
	}
}
