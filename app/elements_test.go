//go:build !wasm

package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

var betweenTags = regexp.MustCompile(`>\s+<`)

// canonicalHTML drops the indentation of app.HTMLString and sorts each
// tag's attributes, which it writes in map order. It reads tags as the
// html helpers do (html_test.go): go-app writes an attribute whose value
// is "true" bare (aria-hidden, checked), and escapes quotes in values.
func canonicalHTML(s string) string {
	s = betweenTags.ReplaceAllString(s, "><")
	return htmlTagRe.ReplaceAllStringFunc(s, func(tag string) string {
		m := htmlTagRe.FindStringSubmatch(tag)
		as := htmlAttrRe.FindAllString(m[2], -1)
		slices.Sort(as)
		return "<" + strings.Join(append([]string{m[1]}, as...), " ") + ">"
	})
}

func TestTableHeads(t *testing.T) {
	tests := []struct {
		name string
		head app.UI
		want string
	}{
		{"text columns", colHeads("Control", "Domain"),
			`<thead><tr><th scope="col">Control</th><th scope="col">Domain</th></tr></thead>`},
		{"numbers after the first", numHeads("Area", "Score", "Answered"),
			`<thead><tr><th scope="col">Area</th><th scope="col" class="num">Score</th><th scope="col" class="num">Answered</th></tr></thead>`},
		{"no numbers", numHeads("Area"),
			`<thead><tr><th scope="col">Area</th></tr></thead>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := canonicalHTML(app.HTMLString(tt.head)); got != canonicalHTML(tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestAttrsListsArePairs finds attrs literals with an odd number of
// strings: the last name would have no value.
func TestAttrsListsArePairs(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue // TestOddAttrsPanic writes one on purpose
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if typ, ok := lit.Type.(*ast.Ident); ok && typ.Name == "attrs" {
				assert.Zero(t, len(lit.Elts)%2, "%s: attrs literal with %d strings", fset.Position(lit.Pos()), len(lit.Elts))
			}
			return true
		})
	}
}

// TestOddAttrsPanic: a list built at run time with a missing value is not
// cut silently.
func TestOddAttrsPanic(t *testing.T) {
	odd := attrs{"class", "x", "id"}
	assert.PanicsWithValue(t, "app: attrs has an odd number of strings, the last name has no value: class, x, id", func() { el("p", odd) })
	assert.Panics(t, func() { elv("input", odd) })
	assert.NotPanics(t, func() { el("p", attrs{"class", "x"}) })
}
