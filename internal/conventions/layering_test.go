package conventions

import (
	"go/ast"
	"strconv"
	"strings"
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

// readOnlySurfaces see the store only through store.Reader or
// pipeline.DB (its read side, with writes only through the pipeline's
// steps): the writing interface, store.Store, is the pipeline's alone.
// cli opens the store with pipeline.Open, so it is one of them.
var readOnlySurfaces = []string{
	"internal/api", "internal/web", "internal/web/webtest", "internal/watch",
	"internal/cli", "internal/server", "internal/surface", "cmd/crosscheck",
}

// backends are the store's implementations: only pipeline (pipeline.Open)
// and the store's own packages import them, so no other package can hold
// a writing store.
var backends = []string{"internal/store/sqlite", "internal/store/postgres", "internal/store/sqlstore"}

// mayOpenBackends reports whether a package may import a store backend.
func mayOpenBackends(pkg string) bool {
	return pkg == "internal/pipeline" || strings.HasPrefix(pkg, "internal/store/")
}

// TestLayering checks the imports and the store interfaces each package
// may use.
func TestLayering(t *testing.T) {
	const module = "github.com/crosscheck/crosscheck/"
	for _, f := range sources(t) {
		for _, imp := range f.file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for _, be := range backends {
				if path == module+be && !mayOpenBackends(f.pkg) {
					t.Errorf("%s imports %s: only pipeline opens a store (pipeline.Open); others get a store.Reader or a pipeline.DB", f.path, be)
				}
			}
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
						t.Errorf("%s: %s uses store.Store; a surface gets store.Reader or pipeline.DB and writes through pipeline", f.fset.Position(sel.Pos()), f.pkg)
					}
				}
				return true
			})
		}
	}
}
