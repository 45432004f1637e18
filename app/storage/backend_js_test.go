//go:build js

package storage

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/hack-pad/safejs"
)

// fakeStorage is a localStorage stand-in installed on globalThis (Node has
// none). Its methods are Go closures over a map; throwing from Go is done by
// returning {__throw: …}, which a small JavaScript shim turns into a real
// exception.
type fakeStorage struct {
	data  map[string]string
	quota int            // characters over keys and values; 0 = unlimited
	throw map[string]any // when set, every method throws this (name, message, code, dom)
	funcs []safejs.Func
}

// must returns v, panicking on err: the fake's set-up failing is a bug in
// the test itself, and the panic fails the test with a stack trace.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// throwingShim returns a JavaScript function that wraps a Go function value
// and throws when the Go side returns {__throw: name, ...}: a DOMException
// (as browsers throw) when dom is set, else an Error with name and code.
func throwingShim(t *testing.T) safejs.Value {
	t.Helper()
	ctor := must(safejs.Global().Get("Function"))
	return must(ctor.New("f", `return function(...args) {
		const r = f.apply(this, args);
		if (r !== null && typeof r === "object" && r.__throw !== undefined) {
			if (r.dom) throw new DOMException(r.message, r.__throw);
			const e = new Error(r.message);
			e.name = r.__throw;
			if (r.code !== undefined) e.code = r.code;
			throw e;
		}
		return r;
	}`))
}

func (f *fakeStorage) method(t *testing.T, shim safejs.Value, fn func(args []safejs.Value) any) safejs.Value {
	t.Helper()
	goFn := must(safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if f.throw != nil {
			return f.throw
		}
		return fn(args)
	}))
	f.funcs = append(f.funcs, goFn)
	return must(shim.Invoke(goFn))
}

func arg(args []safejs.Value, i int) string {
	if i >= len(args) {
		return "undefined"
	}
	s, _ := args[i].String()
	return s
}

// install puts the fake on globalThis.localStorage and removes it when the
// test ends. With getterThrows, reading the property itself throws a
// SecurityError, as browsers do when site data is blocked.
func installFake(t *testing.T, quota int, getterThrows bool) *fakeStorage {
	t.Helper()
	f := &fakeStorage{data: map[string]string{}, quota: quota}
	shim := throwingShim(t)
	obj := must(must(safejs.Global().Get("Object")).New())
	set := func(name string, fn func(args []safejs.Value) any) {
		if err := obj.Set(name, f.method(t, shim, fn)); err != nil {
			t.Fatal(err)
		}
	}
	set("getItem", func(args []safejs.Value) any {
		if v, ok := f.data[arg(args, 0)]; ok {
			return v
		}
		return nil
	})
	set("setItem", func(args []safejs.Value) any {
		k, v := arg(args, 0), arg(args, 1)
		if f.quota > 0 {
			total := 0
			for kk, vv := range f.data {
				if kk != k {
					total += UTF16Len(kk) + UTF16Len(vv)
				}
			}
			if total+UTF16Len(k)+UTF16Len(v) > f.quota {
				return map[string]any{"__throw": "QuotaExceededError", "dom": true,
					"message": "Setting the value of '" + k + "' exceeded the quota."}
			}
		}
		f.data[k] = v
		return nil
	})
	set("removeItem", func(args []safejs.Value) any { delete(f.data, arg(args, 0)); return nil })
	set("key", func(args []safejs.Value) any {
		i, _ := args[0].Int()
		keys := slices.Sorted(maps.Keys(f.data))
		if i < 0 || i >= len(keys) {
			return nil
		}
		return keys[i]
	})
	length := f.method(t, shim, func([]safejs.Value) any { return len(f.data) })
	object := must(safejs.Global().Get("Object"))
	must(object.Call("defineProperty", obj, "length", map[string]any{"get": length}))

	desc := map[string]any{"value": obj, "configurable": true, "writable": true}
	if getterThrows {
		getter := f.method(t, shim, func([]safejs.Value) any {
			return map[string]any{"__throw": "SecurityError", "dom": true,
				"message": "Failed to read the 'localStorage' property from 'Window': Access is denied for this document."}
		})
		desc = map[string]any{"get": getter, "configurable": true}
	}
	must(object.Call("defineProperty", safejs.Global(), "localStorage", desc))
	t.Cleanup(func() {
		_ = safejs.Global().Delete("localStorage")
		for _, fn := range f.funcs {
			fn.Release()
		}
	})
	return f
}

func TestLocalStorageBasics(t *testing.T) {
	f := installFake(t, 0, false)
	f.data["other-tool/x"] = "foreign"
	b := Local()
	if _, ok, err := b.Get("missing"); ok || err != nil {
		t.Fatalf("Get missing = %v, %v", ok, err)
	}
	for k, v := range map[string]string{"isms-ownership/v1/a/1": "one ✓ 😀", "isms-ownership/v1/a/2": "", "k": "v"} {
		if err := b.Set(k, v); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := b.Get(k); got != v || !ok || err != nil {
			t.Errorf("Get(%q) = %q, %v, %v", k, got, ok, err)
		}
	}
	// Head cuts in UTF-16 code units and measures the whole value in them.
	for n, want := range map[int]string{0: "", 5: "one ✓", 7: "one ✓ ", 8: "one ✓ 😀", 50: "one ✓ 😀"} {
		head, size, ok, err := b.Head("isms-ownership/v1/a/1", n)
		if head != want || size != 8 || !ok || err != nil {
			t.Errorf("Head(a/1, %d) = %q, %d, %v, %v; want %q, 8", n, head, size, ok, err, want)
		}
	}
	if _, _, ok, err := b.Head("missing", 10); ok || err != nil {
		t.Errorf("Head missing = %v, %v", ok, err)
	}
	keys, err := b.Keys()
	if err != nil || strings.Join(keys, ",") != "isms-ownership/v1/a/1,isms-ownership/v1/a/2,k,other-tool/x" {
		t.Fatalf("Keys = %v, %v", keys, err)
	}
	if err := b.Remove("k"); err != nil {
		t.Fatal(err)
	}
	if err := b.Remove("k"); err != nil {
		t.Errorf("removing a missing key: %v", err)
	}
	if _, ok := f.data["k"]; ok {
		t.Error("Remove left the key")
	}

	// The whole Store works over it.
	s := New(b, fixedNow)
	mustSave(t, s, sample("js", "Over JS"), 0)
	if a, rev, err := s.Load("js"); err != nil || rev != 1 || a.Name != "Over JS" {
		t.Fatalf("Load = %q %d %v", a.Name, rev, err)
	}
	if f.data["other-tool/x"] != "foreign" {
		t.Error("foreign key touched")
	}
}

func TestLocalStorageQuota(t *testing.T) {
	f := installFake(t, 3000, false)
	b := Local()
	s := New(b, fixedNow)
	mustSave(t, s, sample("q", "Quota"), 0)
	before := f.data["isms-ownership/v1/a/q"]

	err := b.Set("big", strings.Repeat("x", 5000))
	if !errors.Is(err, ErrQuota) || !strings.Contains(err.Error(), `save "big"`) || !strings.Contains(err.Error(), "QuotaExceededError") {
		t.Fatalf("Set over quota: %v", err)
	}
	big := sample("q", "Quota")
	for id := range big.Answers { // grow a note: the record stays valid
		ans := big.Answers[id]
		ans.Note = strings.Repeat("n", 3000)
		big.Answers[id] = ans
	}
	if _, err := s.Save(big, Summary{}, 1); !errors.Is(err, ErrQuota) {
		t.Fatalf("Save over quota: %v", err)
	}
	if f.data["isms-ownership/v1/a/q"] != before {
		t.Fatal("previous value changed")
	}
}

func TestLocalStorageErrorKinds(t *testing.T) {
	tests := []struct {
		name  string
		throw map[string]any
		want  error
	}{
		{"DOMException QuotaExceededError", map[string]any{"__throw": "QuotaExceededError", "dom": true, "message": "full"}, ErrQuota},
		{"Firefox NS_ERROR_DOM_QUOTA_REACHED", map[string]any{"__throw": "NS_ERROR_DOM_QUOTA_REACHED", "message": "full"}, ErrQuota},
		{"legacy code 22", map[string]any{"__throw": "Error", "code": 22, "message": "full"}, ErrQuota},
		{"SecurityError on a method", map[string]any{"__throw": "SecurityError", "dom": true, "message": "denied"}, ErrUnavailable},
		{"other exception", map[string]any{"__throw": "TypeError", "message": "boom"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := installFake(t, 0, false)
			f.throw = tt.throw
			b := Local()
			errs := map[string]error{}
			_, _, errs["get"] = b.Get("k")
			errs["set"] = b.Set("k", "v")
			errs["remove"] = b.Remove("k")
			_, errs["keys"] = b.Keys()
			for op, err := range errs {
				if err == nil {
					t.Errorf("%s: no error", op)
					continue
				}
				if tt.want != nil && !errors.Is(err, tt.want) {
					t.Errorf("%s: %v, want %v", op, err, tt.want)
				}
				if tt.want == nil && (errors.Is(err, ErrQuota) || errors.Is(err, ErrUnavailable)) {
					t.Errorf("%s: %v misclassified", op, err)
				}
			}
			if !strings.HasPrefix(errs["set"].Error(), `save "k": `) {
				t.Errorf("set error %q not wrapped with the key", errs["set"])
			}
		})
	}
}

func TestLocalStorageUnavailable(t *testing.T) {
	t.Run("no localStorage", func(t *testing.T) {
		_ = safejs.Global().Delete("localStorage")
		s := New(Local(), fixedNow)
		if _, _, err := s.List(); !errors.Is(err, ErrUnavailable) {
			t.Errorf("List: %v", err)
		}
	})
	t.Run("localStorage is null", func(t *testing.T) {
		must(must(safejs.Global().Get("Object")).Call("defineProperty", safejs.Global(), "localStorage",
			map[string]any{"value": nil, "configurable": true}))
		t.Cleanup(func() { _ = safejs.Global().Delete("localStorage") })
		if err := Local().Set("k", "v"); !errors.Is(err, ErrUnavailable) {
			t.Errorf("Set: %v", err)
		}
	})
	t.Run("reading the property throws SecurityError", func(t *testing.T) {
		installFake(t, 0, true)
		b := Local()
		if _, _, err := b.Get("k"); !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "SecurityError") {
			t.Errorf("Get: %v", err)
		}
		if err := b.Set("k", "v"); !errors.Is(err, ErrUnavailable) {
			t.Errorf("Set: %v", err)
		}
		if _, err := b.Keys(); !errors.Is(err, ErrUnavailable) {
			t.Errorf("Keys: %v", err)
		}
		if err := New(b, fixedNow).Delete("x"); !errors.Is(err, ErrUnavailable) {
			t.Errorf("Delete: %v", err)
		}
	})
}

func TestWatchStorageEvent(t *testing.T) {
	f := installFake(t, 0, false)
	_ = f
	g := safejs.Global()
	// Node has no window events: install addEventListener/removeEventListener
	// that keep the listeners in Go.
	listeners := map[string][]safejs.Value{}
	add := must(safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		typ, _ := args[0].String()
		listeners[typ] = append(listeners[typ], args[1])
		return nil
	}))
	remove := must(safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		typ, _ := args[0].String()
		listeners[typ] = slices.DeleteFunc(listeners[typ], func(v safejs.Value) bool { return v.Equal(args[1]) })
		return nil
	}))
	noErr(t, g.Set("addEventListener", add))
	noErr(t, g.Set("removeEventListener", remove))
	t.Cleanup(func() {
		_ = g.Delete("addEventListener")
		_ = g.Delete("removeEventListener")
		add.Release()
		remove.Release()
	})

	ls := must(g.Get("localStorage"))
	other := must(must(g.Get("Object")).New())
	fire := func(key any, area safejs.Value) {
		for _, l := range slices.Clone(listeners["storage"]) {
			must(l.Invoke(map[string]any{"key": key, "storageArea": area}))
		}
	}

	var got []string
	stop := Watch(func(key string) { got = append(got, key) })
	if len(listeners["storage"]) != 1 {
		t.Fatalf("listeners = %v", listeners)
	}
	fire("isms-ownership/v1/a/x", ls)
	fire("other-tool/y", ls)             // foreign key: ignored
	fire("isms-ownership/v1/a/z", other) // sessionStorage: ignored
	fire(nil, ls)                        // clear()
	stop()
	stop()
	if len(listeners["storage"]) != 0 {
		t.Errorf("stop left %d listeners", len(listeners["storage"]))
	}
	if strings.Join(got, "|") != "isms-ownership/v1/a/x|" {
		t.Errorf("watched %q", got)
	}

	// Without addEventListener (as in plain Node), Watch is a no-op.
	_ = g.Delete("addEventListener")
	Watch(func(string) { t.Error("called") })()
}
