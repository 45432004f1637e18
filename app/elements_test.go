package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestViewsUseElementHelpers keeps the views on the helpers of el.go.
//
// go-app's typed element builders (app.Div(), app.Input(), …) each add their
// own copy of go-app's internal methods to the wasm, and V8 compiles each
// copy at its first use. Every typed builder takes no arguments, so any
// argument-less call into package app is flagged.
//
// Chains on app.Elem and calls of app.Text are about three times the code
// of the helpers at every call site, so outside el.go they are flagged too.
func TestViewsUseElementHelpers(t *testing.T) {
	helper := map[string]string{"Elem": "el, elt or elh", "ElemSelfClosing": "elv", "Text": "txt"}
	allowed := map[string]bool{"Window": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "el.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, ok := sel.X.(*ast.Ident)
			if !ok || pkg.Name != "app" {
				return true
			}
			if h, ok := helper[sel.Sel.Name]; ok {
				t.Errorf("%s: app.%s: use %s (el.go)", fset.Position(call.Pos()), sel.Sel.Name, h)
			} else if len(call.Args) == 0 && !allowed[sel.Sel.Name] {
				t.Errorf("%s: app.%s(): build the element with el(%q, …)", fset.Position(call.Pos()), sel.Sel.Name, strings.ToLower(sel.Sel.Name))
			}
			return true
		})
	}
}
