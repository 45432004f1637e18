//go:build !wasm

package app

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// update rewrites the golden files of the views instead of comparing with
// them: go test ./app/ -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden files under testdata/views")

// host is the one go-app test host of the package's tests: it mounts the
// real Root over an in-memory backend, so that a test drives the views, the
// session and the store as the page does, natively. Natively go-app calls
// OnPreRender instead of OnMount, and Root starts up from there.
type host struct {
	app.Compo
	root *Root
}

// Render draws Root.
func (h *host) Render() app.UI { return el("div", nil, h.root) }

// tester wraps a mounted host for one test.
type tester struct {
	t   testing.TB
	e   app.TestEngine
	h   *host
	mem *storage.Memory
}

// newTester mounts Root over mem (a new, empty backend when nil).
func newTester(t *testing.T, mem *storage.Memory) *tester {
	t.Helper()
	if mem == nil {
		mem = storage.NewMemory()
	}
	h := &host{root: &Root{Backend: mem, Now: func() time.Time { return testNow }}}
	e := app.NewTestEngine()
	require.NoError(t, e.Load(h))
	e.ConsumeAll()
	return &tester{t: t, e: e, h: h, mem: mem}
}

// env is the Env that Root gives its views.
func (ts *tester) env() *Env { return ts.h.root.env }

// route is the route Root shows.
func (ts *tester) route() Route { return ts.h.root.route }

// do runs fn as an event handler of a view would, with Root among the
// components it updates, then lets go-app render what changed.
func (ts *tester) do(fn func(ctx app.Context)) {
	ts.env().ctx.Dispatch(fn)
	ts.e.ConsumeAll()
}

// goTo navigates as a click on a link to rt does.
func (ts *tester) goTo(rt Route) {
	ts.do(func(ctx app.Context) { ts.env().Go(ctx, rt) })
}

// create makes a new assessment, as the "New assessment" button does, and
// returns its ID.
func (ts *tester) create() string {
	ts.t.Helper()
	ts.do(func(ctx app.Context) { ts.env().Create(ctx) })
	require.True(ts.t, ts.env().IsOpen(), "a new assessment is open")
	return ts.env().Current().ID
}

// flush stores the open assessment's pending changes.
func (ts *tester) flush() {
	ts.env().Flush()
	ts.e.ConsumeAll()
}

// html is the page as go-app would write it.
func (ts *tester) html() string { return app.HTMLString(ts.h.root) }

// goldenSpace is the white space around tags: go-app indents by depth.
var goldenSpace = regexp.MustCompile(`>\s+|\s+<`)

// golden compares got with testdata/views/name.html, or writes it with
// -update. The HTML is canonical (attributes sorted, the indentation of
// tags and text dropped, one tag a line), so the file changes only when
// the markup does, and a change reads as a diff of the lines it touches.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "testdata", "views", name+".html")
	got = goldenSpace.ReplaceAllStringFunc(canonicalHTML(got), func(m string) string { return strings.TrimSpace(m) })
	got = strings.ReplaceAll(got, "><", ">\n<") + "\n"
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "no golden file; run go test ./app/ -run %s -update", t.Name())
	if string(want) != got {
		t.Errorf("%s: the view's markup changed (if that is intended, run go test ./app/ -update):\n%s", path, firstDifference(string(want), got))
	}
}

// firstDifference shows the first line where two texts differ, with the
// lines around it: a view's golden file has thousands of lines, and the
// whole of both would bury the change.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	from := max(0, i-3)
	show := func(lines []string) string { return strings.Join(lines[from:min(len(lines), i+4)], "\n") }
	return fmt.Sprintf("line %d\n--- want\n%s\n+++ got\n%s", i+1, show(w), show(g))
}

// seed stores as in mem, as an earlier session of the page would have.
func seed(t *testing.T, mem *storage.Memory, as ...assessment.Assessment) {
	t.Helper()
	st := storage.New(mem, nil)
	for _, a := range as {
		_, err := st.Save(a, session.Summarize(a), 0)
		require.NoError(t, err)
	}
}

// testNow is the time of every test's clock.
var testNow = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

// sample is assessment.Sample n, made at testNow.
func sample(n int) assessment.Assessment { return assessment.Sample(n, testNow) }

// mounted returns the view of type V (a pointer type, such as *Flow) that
// go-app has mounted under Root: the instance whose methods the view's
// event handlers call. Root keeps no pointer to it (it renders a new value
// on each render, whose fields go-app copies into the mounted one), and
// go-app exports no way to walk the mounted tree, so this follows the
// unexported fields that hold UI nodes (a component's root element, an
// element's children) by reflection. It fails the test when V is not shown.
func mounted[V app.Composer](ts *tester) V {
	ts.t.Helper()
	want := reflect.TypeFor[V]()
	uiType := reflect.TypeFor[app.UI]()
	seen := map[uintptr]bool{}
	var find func(v reflect.Value) (V, bool)
	find = func(v reflect.Value) (V, bool) {
		var zero V
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				return find(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return zero, false
			}
			seen[v.Pointer()] = true
			if v.Type() == want {
				// Read through an unexported field: rebuild the pointer.
				return reflect.NewAt(want.Elem(), v.UnsafePointer()).Interface().(V), true
			}
			return find(v.Elem())
		case reflect.Struct:
			for i := range v.NumField() {
				f, sf := v.Field(i), v.Type().Field(i)
				switch {
				case sf.Anonymous && f.Kind() == reflect.Struct, // app.Compo
					f.Kind() == reflect.Interface && f.Type().Implements(uiType):
					if got, ok := find(f); ok {
						return got, true
					}
				case f.Kind() == reflect.Slice && f.Type().Elem().Implements(uiType):
					for j := range f.Len() {
						if got, ok := find(f.Index(j)); ok {
							return got, true
						}
					}
				}
			}
		}
		return zero, false
	}
	v, ok := find(reflect.ValueOf(ts.h.root))
	require.True(ts.t, ok, "no %v is mounted", want)
	return v
}

// in runs fn as an event handler of the mounted view v would, then lets
// go-app render. An event's context is that of the element it fires on, so
// go-app renders the view itself as well as Root; ts.do runs with Root's
// context, after which go-app renders a view only when Root passes it new
// values, which misses a change that stays in the view (a validation
// message, say). go-app exports no way to make a component's context, so
// this gives a copy of Root's context v as its source element.
func (ts *tester) in(v app.Composer, fn func(ctx app.Context)) {
	ts.t.Helper()
	ctx := ts.env().ctx
	src := reflect.ValueOf(&ctx).Elem().FieldByName("sourceElement")
	require.True(ts.t, src.IsValid(), "go-app's Context has no sourceElement field any more")
	reflect.NewAt(src.Type(), unsafe.Pointer(src.UnsafeAddr())).Elem().Set(reflect.ValueOf(v))
	ctx.Dispatch(fn)
	ts.e.ConsumeAll()
}
