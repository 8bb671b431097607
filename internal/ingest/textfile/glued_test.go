package textfile

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestUnglue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		// The shapes of the Gun Violence Archive set's scraped pages.
		{`Police would not speculate on a motive.A bomb squad cleared the car.`,
			[]string{`Police would not speculate on a motive.`, `A bomb squad cleared the car.`}},
		{`The car is registered to Nathan DeSai.ABC News has learned more.`,
			[]string{`The car is registered to Nathan DeSai.`, `ABC News has learned more.`}},
		// A straight quote after the stop opens the next sentence when none
		// is open, and closes the open one otherwise.
		{`HFD scanners reported gunfire at vehicles."We received a call at 6:29," Evans said.`,
			[]string{`HFD scanners reported gunfire at vehicles.`, `"We received a call at 6:29," Evans said.`}},
		{`"It's a hard pill to swallow."Wilson said there was no warning.`,
			[]string{`"It's a hard pill to swallow."`, `Wilson said there was no warning.`}},
		{`He was taken into custody.”So far no motive is known.`,
			[]string{`He was taken into custody.”`, `So far no motive is known.`}},
		// No joins: addresses, abbreviations, initials, decimals, a spaced
		// sentence break, a lower-case continuation.
		{`Read more at www.LA.com today.`, nil},
		{`Tips go to abc13.com/News or call.`, nil},
		{`Asked Gov.Abbott about it.`, nil},
		{`J.R.R. Tolkien wrote it in 1954. Later he added more.`, nil},
		{`The rate rose 4.5 percent.`, nil},
		{`It was over. We won.`, nil},
		{`See ABC.com and node.js for details.`, nil},
	} {
		got := Unglue(c.in)
		want := c.want
		if want == nil {
			want = []string{c.in}
		}
		if !slices.Equal(got, want) {
			t.Errorf("Unglue(%q)\n got %q\nwant %q", c.in, got, want)
		}
	}
}

// TestUnglueGVA reads every article of the Gun Violence Archive set: the
// joins a reader sees (a stop glued to a capitalised word) are split, and a
// split never cuts an address or leaves a piece that opens in lower case.
func TestUnglueGVA(t *testing.T) {
	path := filepath.Join(dataDir(t), "gva-2013-2016", "articles.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	glued := regexp.MustCompile(`(?:^|[\s"(])[a-z]*[a-z]{2}[.!?]["”]?[A-Z][a-z]{2,} `)
	sc := bufio.NewScanner(gz)
	sc.Buffer(nil, 16<<20)
	before, after, split := 0, 0, 0
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		for _, p := range Paragraphs(a.Text) {
			before += len(glued.FindAllString(p, -1))
			pieces := Unglue(p)
			split += len(pieces) - 1
			for i, q := range pieces {
				after += len(glued.FindAllString(q, -1))
				if i > 0 && strings.ContainsAny(q[:1], "abcdefghijklmnopqrstuvwxyz/.") {
					t.Errorf("a piece opens on %q: %q", q[:1], q)
				}
				if i > 0 && (strings.HasSuffix(pieces[i-1], "www.") || strings.HasSuffix(pieces[i-1], ".com.")) {
					t.Errorf("an address was cut: %q | %q", pieces[i-1], q)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("GVA: %d glued joins before, %d after; %d splits", before, after, split)
	if before < 500 || after != 0 {
		t.Errorf("glued joins: %d before, %d after; want hundreds before and none after", before, after)
	}
}

func FuzzUnglue(f *testing.F) {
	f.Add(`speculate on a motive.A bomb squad "It's over."Wilson said.”So www.LA.com`)
	f.Fuzz(func(t *testing.T, s string) {
		pieces := Unglue(s)
		if got := strings.Join(pieces, ""); strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(s), "") {
			t.Fatalf("Unglue lost or added text: %q -> %q", s, pieces)
		}
	})
}
