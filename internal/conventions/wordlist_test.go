package conventions

import (
	"fmt"
	"go/ast"
	"go/token"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The test finds lists by shape: string literals that look like words,
// at least minEntries of them, in a []string, [N]string or map[string]T
// literal whose values are data, in one switch case, or in a raw string
// handed to a function that splits it (wordSet(`a b c`)).

// minEntries is how many word-like strings make a literal a word list: a
// switch case or a slice of two or three words is logic, not a lexicon.
const minEntries = 5

// wordLike matches a lower- or title-case English word or short phrase.
var wordLike = regexp.MustCompile(`^[A-Za-z][a-z'’.-]*( [A-Za-z][a-z'’.-]*){0,3}$`)

// shared is the one place for word lists.
const shared = "internal/text/english"

// transitional lists the packages of other issues that still hold word
// lists of their own, to move into internal/text/english: the test
// reports them but does not fail on them. Each entry names its owner.
// This is a transitional state; the goal is an empty map.
var transitional = map[string]string{}

// notEnglish are lists of names that are not English words: formats'
// own vocabularies, kept where the format is read.
var notEnglish = map[string]string{
	"internal/ingest/htmlpage/htmlpage.go": "HTML and trafilatura element names",
	"internal/eval/dedupset/dedupset.go":   "names of the kinds of edit the copy set makes",
}

// wordList is one literal or call that holds a list of words.
type wordList struct {
	where   string // file:line
	pkg     string
	file    string
	name    string // the variable or function it sits in
	entries int
}

// TestNoWordListsOutsideEnglish lists every word list in Go code outside
// internal/text/english: a composite literal (slice, array or map), a
// switch case, or a call on one string of words ("a b c" split by
// wordSet or strings.Fields), with at least minEntries word-like strings.
// It fails on any list outside the shared place and the transitional
// packages of other issues, and prints the count of entries.
func TestNoWordListsOutsideEnglish(t *testing.T) {
	var lists []wordList
	for _, f := range sources(t) {
		if strings.HasPrefix(f.pkg, shared) {
			continue
		}
		lists = append(lists, findWordLists(f)...)
	}
	sort.Slice(lists, func(i, j int) bool { return lists[i].where < lists[j].where })
	total, open := 0, 0
	byOwner := map[string]int{}
	for _, l := range lists {
		if _, ok := notEnglish[l.file]; ok {
			continue
		}
		total += l.entries
		owner, ok := transitional[l.file]
		if !ok {
			owner, ok = transitional[l.pkg]
		}
		if ok {
			byOwner[owner] += l.entries
			t.Logf("transitional, %s: %s %s (%d entries)", owner, l.where, l.name, l.entries)
			continue
		}
		open += l.entries
		t.Errorf("word list outside %s: %s %s (%d entries); move it to a data file there", shared, l.where, l.name, l.entries)
	}
	t.Logf("%d word lists, %d entries outside %s; %d entries in packages that must have none", len(lists), total, shared, open)
	for o, n := range byOwner {
		t.Logf("  %d entries still owned by %s", n, o)
	}
}

func findWordLists(f goFile) []wordList {
	var out []wordList
	var name string
	add := func(pos token.Pos, n int) {
		if n < minEntries {
			return
		}
		p := f.fset.Position(pos)
		out = append(out, wordList{where: fmt.Sprintf("%s:%d", f.path, p.Line), pkg: f.pkg, file: f.path, name: name, entries: n})
	}
	ast.Inspect(f.file, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			name = x.Name.Name
		case *ast.ValueSpec:
			if len(x.Names) > 0 {
				name = x.Names[0].Name
			}
		case *ast.CompositeLit:
			if stringsType(x.Type) {
				add(x.Pos(), countWords(x.Elts))
				return false
			}
		case *ast.CaseClause:
			add(x.Pos(), countWords(x.List))
		case *ast.CallExpr:
			if len(x.Args) == 0 {
				break
			}
			if b, ok := x.Args[0].(*ast.BasicLit); ok && strings.HasPrefix(b.Value, "`") {
				if s, ok := stringLit(x.Args[0]); ok {
					n := 0
					for _, w := range strings.Fields(s) {
						if wordLike.MatchString(w) {
							n++
						}
					}
					if n == len(strings.Fields(s)) {
						add(x.Pos(), n)
					}
				}
			}
		}
		return true
	})
	return out
}

// stringsType reports a slice, array or map type keyed or made of
// strings: the types a word list takes.
func stringsType(e ast.Expr) bool {
	switch t := e.(type) {
	case *ast.ArrayType:
		return isIdent(t.Elt, "string") || stringsType(t.Elt)
	case *ast.MapType:
		return isIdent(t.Key, "string")
	}
	return false
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// literalValue reports a map value that is data, not code: a literal, a
// constant-like identifier or a nested literal (a map of functions is a
// dispatch table, not a word list).
func literalValue(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BasicLit, *ast.CompositeLit:
		return true
	case *ast.Ident:
		return x.Name == "true" || x.Name == "false" || x.Name == "nil" || strings.ToUpper(x.Name[:1]) == x.Name[:1]
	case *ast.UnaryExpr:
		return literalValue(x.X)
	}
	return false
}

// countWords counts the word-like string literals among a literal's
// elements: plain strings, map keys, and the strings of nested
// literals ({"monday", 1}).
func countWords(elts []ast.Expr) int {
	n := 0
	for _, e := range elts {
		switch x := e.(type) {
		case *ast.KeyValueExpr:
			if s, ok := stringLit(x.Key); ok && wordLike.MatchString(s) && literalValue(x.Value) {
				n++
			} else if c, ok := x.Value.(*ast.CompositeLit); ok {
				n += countWords(c.Elts)
			}
		case *ast.CompositeLit:
			n += countWords(x.Elts)
		default:
			if s, ok := stringLit(e); ok && wordLike.MatchString(s) {
				n++
			}
		}
	}
	return n
}

func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}

// TestNoEmbeddedWordFiles fails on a data file of words (.txt, .tsv, .csv)
// embedded outside internal/text/english: a stage's word list lives there
// as data/<stage>/NAME.txt and is read with english.List or
// english.Phrases. Templates, static files, migrations and the API's
// OpenAPI document are not word lists.
func TestNoEmbeddedWordFiles(t *testing.T) {
	for _, f := range sources(t) {
		if strings.HasPrefix(f.pkg, shared) {
			continue
		}
		for _, cg := range f.file.Comments {
			for _, c := range cg.List {
				pats, ok := strings.CutPrefix(c.Text, "//go:embed ")
				if !ok {
					continue
				}
				for _, p := range strings.Fields(pats) {
					if strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".tsv") || strings.HasSuffix(p, ".csv") {
						t.Errorf("%s embeds %s: a word list belongs in %s/data/%s/", f.path, p, shared, strings.TrimPrefix(f.pkg, "internal/"))
					}
				}
			}
		}
	}
}
