package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestViewsUseGenericElements keeps go-app's typed element builders
// (app.Div(), app.Input(), …) out of the views: each one used adds its own
// copy of go-app's internal methods to the wasm, and V8 compiles each copy
// at its first use. Views build elements with app.Elem(tag), or
// app.ElemSelfClosing(tag) for void elements. Every typed builder takes no
// arguments, so any other argument-less call into package app is flagged.
func TestViewsUseGenericElements(t *testing.T) {
	allowed := map[string]bool{"Window": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "app" && !allowed[sel.Sel.Name] {
				t.Errorf("%s: app.%s(): build the element with app.Elem(%q)", fset.Position(call.Pos()), sel.Sel.Name, strings.ToLower(sel.Sel.Name))
			}
			return true
		})
	}
}
