package conventions

import (
	"go/ast"
	"strconv"
	"testing"
)

// forbiddenImports are imports that would break the layering of the house:
// the store's conformance suite depends on no output format, and the web
// pages share with the API only a small package, not the API itself.
var forbiddenImports = []struct{ from, to, why string }{
	{"internal/store/storetest", "internal/render", "the store's suite must not depend on an output format"},
	{"internal/web", "internal/api", "web shares what it needs with api through internal/surface"},
	{"internal/api", "internal/web", "api shares what it needs with web through internal/surface"},
	{"internal/surface", "internal/api", "surface is what api and web share: it depends on neither"},
	{"internal/surface", "internal/web", "surface is what api and web share: it depends on neither"},
}

// readOnlySurfaces (the packages themselves; their test helpers, such as
// web/webtest, fill stores for tests) see the store only through
// store.Reader: the writing
// interface, store.Store, is the pipeline's (and the composition root's,
// cli, which opens the store and hands it to the pipeline).
var readOnlySurfaces = []string{"internal/api", "internal/web", "internal/watch"}

// TestLayering checks the imports and the store interfaces each package
// may use.
func TestLayering(t *testing.T) {
	const module = "github.com/crosscheck/crosscheck/"
	for _, f := range sources(t) {
		for _, imp := range f.file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for _, fb := range forbiddenImports {
				if f.pkg == fb.from && path == module+fb.to {
					t.Errorf("%s imports %s: %s", f.path, fb.to, fb.why)
				}
			}
		}
		for _, s := range readOnlySurfaces {
			if f.pkg != s {
				continue
			}
			ast.Inspect(f.file, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Store" {
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "store" {
						t.Errorf("%s: %s uses store.Store; a surface gets store.Reader and writes through pipeline", f.fset.Position(sel.Pos()), f.pkg)
					}
				}
				return true
			})
		}
	}
}
