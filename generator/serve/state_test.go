package serve

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

// Nothing keeps package-level mutable state (ARCHITECTURE.md): no code of
// the package, and no test of it, assigns to a package-level variable or
// to an element of one. A value a test needs to change belongs in Options,
// so that each server has its own and tests cannot leak into each other.
func TestNoPackageLevelVariableIsAssigned(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	globals := map[string]bool{}
	topLevel := map[*ast.ValueSpec]bool{}
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
		for _, decl := range f.Decls {
			if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.VAR {
				for _, spec := range gen.Specs {
					topLevel[spec.(*ast.ValueSpec)] = true
					for _, id := range spec.(*ast.ValueSpec).Names {
						globals[id.Name] = true
					}
				}
			}
		}
	}
	// global reports whether e names a package-level variable: an
	// identifier that no function declares (the parser resolves names
	// declared in the file; a variable of another file is unresolved).
	global := func(e ast.Expr) (*ast.Ident, bool) {
		for {
			switch x := e.(type) {
			case *ast.IndexExpr:
				e = x.X
				continue
			case *ast.ParenExpr:
				e = x.X
				continue
			case *ast.Ident:
				if !globals[x.Name] {
					return nil, false
				}
				if x.Obj == nil {
					return x, true
				}
				spec, ok := x.Obj.Decl.(*ast.ValueSpec)
				return x, ok && topLevel[spec]
			}
			return nil, false
		}
	}
	for _, f := range parsed {
		ast.Inspect(f, func(n ast.Node) bool {
			var targets []ast.Expr
			switch s := n.(type) {
			case *ast.AssignStmt:
				if s.Tok != token.DEFINE {
					targets = s.Lhs
				}
			case *ast.IncDecStmt:
				targets = []ast.Expr{s.X}
			case *ast.UnaryExpr:
				if s.Op == token.AND {
					targets = []ast.Expr{s.X} // a pointer to it, to change it through
				}
			}
			for _, e := range targets {
				if id, ok := global(e); ok {
					t.Errorf("%s: the package-level variable %s is changed; make it a field of Options or of Server", fset.Position(id.Pos()), id.Name)
				}
			}
			return true
		})
	}
}
