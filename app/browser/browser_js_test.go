//go:build js

package browser

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hack-pad/safejs"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// js evaluates a JavaScript function body (test set-up only).
func js(body string, args ...any) safejs.Value {
	fn := must(must(safejs.Global().Get("Function")).New(body))
	return must(fn.Invoke(args...))
}

// setGlobal sets globalThis[name] for the duration of the test.
func setGlobal(t *testing.T, name string, v any) {
	t.Helper()
	g := safejs.Global()
	old := must(g.Get(name))
	if err := g.Set(name, v); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if old.IsUndefined() {
			_ = g.Delete(name)
		} else {
			_ = g.Set(name, old)
		}
	})
}

func TestValueConversion(t *testing.T) {
	obj := js(`return {a: 1}`)
	back := must(toSafe(fromSafe(obj)))
	if !back.Equal(obj) {
		t.Error("round trip through app.Value lost identity")
	}
	if _, err := toSafe(nil); err == nil {
		t.Error("nil converted")
	}
}

// fromSafe converts a safejs Value into a go-app Value, as go-app hands
// JavaScript values to the app.
func fromSafe(v safejs.Value) app.Value { return app.ValueOf(safejs.Unsafe(v)) }

// event wraps a JavaScript object as a go-app event.
func event(v safejs.Value) app.Event { return app.Event{Value: fromSafe(v)} }

func TestEventFilesAndReadFiles(t *testing.T) {
	file := js(`return new File([new Uint8Array([0x61, 0x2c, 0xe2, 0x9c, 0x93, 0x0a, 0x00, 0xff])], "export.csv", {type: "text/csv"})`)
	other := js(`return new File(["x"], "two.json")`)
	broken := js(`return {name: "gone.csv", size: 3, arrayBuffer() { return Promise.reject(new DOMException("the file changed", "NotReadableError")) }}`)
	grows := js(`return {name: "grows.csv", size: 1, arrayBuffer() { return Promise.resolve(new ArrayBuffer(100)) }}`)

	drop := js(`return {dataTransfer: {files: [arguments[0], arguments[1], arguments[2], arguments[3], "not a file"]}}`, file, other, broken, grows)
	list := EventFiles(event(drop))
	require.Len(t, list, 5)
	assert.Equal(t, "export.csv", list[0].Name)
	assert.Equal(t, 8, list[0].Size)
	assert.Equal(t, "two.json", list[1].Name)
	assert.Equal(t, -1, list[4].Size, "a string is not a file")

	tests := []struct {
		Name  string
		Data  string
		Err   error  // nil when none is expected, or for errors without a sentinel
		Error string // a part of the error's text; "" when the file is read
	}{
		{Name: "export.csv", Data: "a,✓\n\x00\xff"},
		{Name: "two.json", Data: "x"},
		{Name: "gone.csv", Error: `read "gone.csv": NotReadableError: the file changed`},
		{Name: "grows.csv", Err: ErrTooLarge, Error: `read "grows.csv": the file is too large: it is 100 bytes`},
		{Name: "", Error: `read "file": the value is not a file`},
	}
	got := ReadFiles(list, 8)
	require.Len(t, got, len(tests))
	for i, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			f := got[i]
			assert.Equal(t, tt.Name, f.Name)
			if tt.Error == "" {
				require.NoError(t, f.Err)
				assert.Equal(t, tt.Data, string(f.Data))
				return
			}
			require.Error(t, f.Err)
			assert.Contains(t, f.Err.Error(), tt.Error)
			if tt.Err != nil {
				assert.ErrorIs(t, f.Err, tt.Err)
			}
			assert.Nil(t, f.Data)
		})
	}

	over := ReadFiles(list[:1], 7)[0]
	assert.ErrorIs(t, over.Err, ErrTooLarge, "over the limit")
	assert.Contains(t, over.Err.Error(), `"export.csv"`)
	at := ReadFiles(list[:1], 8)[0]
	require.NoError(t, at.Err, "at the limit")
	assert.Len(t, at.Data, 8)
}

func TestEventFilesOfAPick(t *testing.T) {
	file := js(`return new File(["a,b"], "picked.csv")`)
	input := js(`return {files: [arguments[0]], value: "C:\\fakepath\\picked.csv"}`, file)
	list := EventFiles(event(js(`return {target: arguments[0]}`, input)))
	require.Len(t, list, 1)
	assert.Equal(t, "picked.csv", list[0].Name)
	assert.Equal(t, "", must(must(input.Get("value")).String()), "the choice is cleared")
	f := ReadFiles(list, 8)[0]
	require.NoError(t, f.Err, "the file stays readable")
	assert.Equal(t, "a,b", string(f.Data))

	for _, tt := range []struct {
		Name string
		JS   string
	}{
		{Name: "NoFiles", JS: `return {target: {value: "x"}}`},
		{Name: "FilesNotAList", JS: `return {target: {files: 42, value: "x"}}`},
		{Name: "NoTarget", JS: `return {}`},
		{Name: "NullDataTransfer", JS: `return {dataTransfer: null}`},
		{Name: "NotAnObject", JS: `return 42`},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			ev := js(tt.JS)
			assert.Empty(t, EventFiles(event(ev)))
			if target, err := getProp(ev, "target"); err == nil && target.Type() == safejs.TypeObject {
				assert.Equal(t, "x", must(must(target.Get("value")).String()), "a non-file input is left alone")
			}
		})
	}
	assert.Empty(t, EventFiles(app.Event{}))
}

func TestDownloadWithoutDocument(t *testing.T) {
	if err := Download("x.csv", "text/csv", []byte("a")); !errors.Is(err, ErrNoBrowser) {
		t.Errorf("Download under Node: %v", err)
	}
	if err := Print(); err == nil {
		t.Error("Print without window.print succeeded")
	}
	Mark("app-ready") // Node has performance.mark
	if n := must(js(`return performance.getEntriesByName("app-ready").length`).Int()); n != 1 {
		t.Errorf("performance marks = %d", n)
	}
	SetAppState("ready") // no document: a no-op, not a panic
}

func TestDownload(t *testing.T) {
	// A minimal document that records what Download does.
	rec := js(`const rec = {clicked: [], appended: 0, removed: 0, revoked: []};
		globalThis.__rec = rec;
		return rec`)
	t.Cleanup(func() { _ = safejs.Global().Delete("__rec") })
	doc := js(`const rec = globalThis.__rec;
		return {
			body: {appendChild() { rec.appended++ }, removeChild() { rec.removed++ }},
			createElement(tag) {
				const el = {tag, click() { rec.clicked.push({tag: this.tag, href: this.href, download: this.download}) }};
				return el;
			},
		}`)
	setGlobal(t, "document", doc)
	url := must(safejs.Global().Get("URL"))
	origRevoke := must(url.Get("revokeObjectURL"))
	if err := url.Set("revokeObjectURL", js(`return function(u) { globalThis.__rec.revoked.push(u) }`)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = url.Set("revokeObjectURL", origRevoke) })

	if err := Download("assessment.csv", "text/csv;charset=utf-8", []byte("a,b\n")); err != nil {
		t.Fatal(err)
	}
	click := js(`return globalThis.__rec.clicked[0]`)
	href := must(must(click.Get("href")).String())
	if must(must(click.Get("tag")).String()) != "a" || must(must(click.Get("download")).String()) != "assessment.csv" || !strings.HasPrefix(href, "blob:") {
		t.Fatalf("clicked %s", must(js(`return JSON.stringify(globalThis.__rec)`).String()))
	}
	if must(must(rec.Get("appended")).Int()) != 1 || must(must(rec.Get("removed")).Int()) != 1 {
		t.Error("the temporary link was not added and removed")
	}
	if must(js(`return globalThis.__rec.revoked.length`).Int()) != 0 {
		t.Error("revoked before the download could start")
	}
	time.Sleep(1200 * time.Millisecond)
	if got := must(js(`return globalThis.__rec.revoked.join()`).String()); got != href {
		t.Errorf("revoked %q, want %q", got, href)
	}
}

func TestLayOut(t *testing.T) {
	LayOut("x") // no document: a no-op, not a panic
	doc := js(`const reads = [];
		const el = {};
		Object.defineProperty(el, "offsetHeight", {get() { reads.push("x"); return 10 }});
		return {reads, getElementById(id) { return id === "x" ? el : null }}`)
	setGlobal(t, "document", doc)
	LayOut("missing")
	LayOut("x")
	if got := must(js(`return document.reads.join()`).String()); got != "x" {
		t.Errorf("offsetHeight read for %q, want x once", got)
	}
}

func TestOnPageHideAndAppState(t *testing.T) {
	doc := js(`const listeners = {};
		return {
			visibilityState: "visible",
			documentElement: {dataset: {}},
			listeners,
			addEventListener(type, fn) { (listeners[type] ||= []).push(fn) },
			removeEventListener(type, fn) { listeners[type] = (listeners[type] || []).filter(f => f !== fn) },
			fire(type) { for (const f of listeners[type] || []) f({type}) },
		}`)
	setGlobal(t, "document", doc)
	win := js(`const listeners = {};
		globalThis.__winFire = type => { for (const f of listeners[type] || []) f({type}) };
		globalThis.__winCount = type => (listeners[type] || []).length;
		return [
			(type, fn) => (listeners[type] ||= []).push(fn),
			(type, fn) => { listeners[type] = (listeners[type] || []).filter(f => f !== fn) },
		]`)
	setGlobal(t, "addEventListener", must(win.Index(0)))
	setGlobal(t, "removeEventListener", must(win.Index(1)))
	t.Cleanup(func() { _ = safejs.Global().Delete("__winFire"); _ = safejs.Global().Delete("__winCount") })

	SetAppState("ready")
	if s := must(js(`return document.documentElement.dataset.appState`).String()); s != "ready" {
		t.Errorf("appState = %q", s)
	}

	n := 0
	stop := OnPageHide(func() { n++ })
	must(doc.Call("fire", "visibilitychange")) // still visible: no flush
	_ = doc.Set("visibilityState", "hidden")
	must(doc.Call("fire", "visibilitychange"))
	js(`globalThis.__winFire("pagehide")`)
	if n != 2 {
		t.Fatalf("flushes = %d, want 2", n)
	}
	stop()
	stop()
	must(doc.Call("fire", "visibilitychange"))
	js(`globalThis.__winFire("pagehide")`)
	if n != 2 || must(js(`return document.listeners.visibilitychange.length + globalThis.__winCount("pagehide")`).Int()) != 0 {
		t.Errorf("stop left listeners (flushes %d)", n)
	}
}
