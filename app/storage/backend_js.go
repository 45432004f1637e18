//go:build js

package storage

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"syscall/js"

	"github.com/hack-pad/safejs"
)

// Local returns the Backend over window.localStorage. It looks up
// localStorage on every call, so a page whose storage is blocked gets
// ErrUnavailable errors (never panics) and tests can install a fake.
func Local() Backend { return localStorage{} }

type localStorage struct{}

// getProp reads obj[name] through Reflect.get called as a method. A plain
// property read (syscall/js Value.Get, and so safejs Value.Get) is not
// protected: wasm_exec.js's valueGet has no try/catch, so a getter that
// throws aborts the whole Go program instead of returning an error. Method
// calls (valueCall) do catch, hence the detour.
func getProp(obj safejs.Value, name string) (safejs.Value, error) {
	reflect, err := safejs.Global().Get("Reflect")
	if err != nil {
		return safejs.Value{}, err
	}
	return reflect.Call("get", obj, name)
}

// bucket returns window.localStorage. Merely reading the property throws a
// SecurityError when the user blocked site data, hence getProp.
func bucket() (safejs.Value, error) {
	ls, err := getProp(safejs.Global(), "localStorage")
	if err != nil {
		return safejs.Value{}, classify(err)
	}
	if ls.IsNull() || ls.IsUndefined() {
		return safejs.Value{}, fmt.Errorf("%w (window.localStorage is %s)", ErrUnavailable, ls.Type())
	}
	return ls, nil
}

// Head implements Backend: the value stays a JavaScript string, and only
// its length and first n code units cross into Go.
func (localStorage) Head(key string, n int) (string, int, bool, error) {
	ls, err := bucket()
	if err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, err)
	}
	v, err := ls.Call("getItem", key)
	if err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, classify(err))
	}
	if v.IsNull() || v.IsUndefined() {
		return "", 0, false, nil
	}
	// safejs reads properties with Reflect.get, which refuses a primitive
	// string: box it first.
	ctor, err := safejs.Global().Get("String")
	if err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, err)
	}
	if v, err = ctor.New(v); err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, err)
	}
	length, err := getProp(v, "length")
	if err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, err)
	}
	size, err := length.Int()
	if err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, err)
	}
	head, err := v.Call("slice", 0, n)
	if err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, err)
	}
	h, err := head.String()
	if err != nil {
		return "", 0, false, fmt.Errorf("read %q: %w", key, err)
	}
	// A cut through a surrogate pair leaves half a character, which Go
	// reads as U+FFFD: drop it, as the in-memory backend does.
	if n > 0 && n < size && strings.HasSuffix(h, "\uFFFD") {
		if unit, err := v.Call("charCodeAt", n-1); err == nil {
			if c, err := unit.Int(); err == nil && c >= 0xD800 && c <= 0xDBFF {
				h = strings.TrimSuffix(h, "\uFFFD")
			}
		}
	}
	return h, size, true, nil
}

// Get implements Backend.
func (localStorage) Get(key string) (string, bool, error) {
	ls, err := bucket()
	if err != nil {
		return "", false, fmt.Errorf("read %q: %w", key, err)
	}
	v, err := ls.Call("getItem", key)
	if err != nil {
		return "", false, fmt.Errorf("read %q: %w", key, classify(err))
	}
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	s, err := v.String()
	if err != nil {
		return "", false, fmt.Errorf("read %q: %w", key, err)
	}
	return s, true, nil
}

// Set implements Backend. A refused setItem leaves the old value in place.
func (localStorage) Set(key, value string) error {
	ls, err := bucket()
	if err != nil {
		return fmt.Errorf("save %q: %w", key, err)
	}
	if _, err := ls.Call("setItem", key, value); err != nil {
		return fmt.Errorf("save %q: %w", key, classify(err))
	}
	return nil
}

// Remove implements Backend.
func (localStorage) Remove(key string) error {
	ls, err := bucket()
	if err != nil {
		return fmt.Errorf("remove %q: %w", key, err)
	}
	if _, err := ls.Call("removeItem", key); err != nil {
		return fmt.Errorf("remove %q: %w", key, classify(err))
	}
	return nil
}

// Keys implements Backend.
func (localStorage) Keys() ([]string, error) {
	ls, err := bucket()
	if err != nil {
		return nil, fmt.Errorf("list keys: %w", err)
	}
	lv, err := getProp(ls, "length")
	if err != nil {
		return nil, fmt.Errorf("list keys: %w", classify(err))
	}
	n, err := lv.Int()
	if err != nil {
		return nil, fmt.Errorf("list keys: length: %w", err)
	}
	keys := make([]string, 0, n)
	for i := range n {
		k, err := ls.Call("key", i)
		if err != nil {
			return nil, fmt.Errorf("list keys: %w", classify(err))
		}
		if k.IsNull() || k.IsUndefined() {
			continue // another tab removed keys while we listed
		}
		s, err := k.String()
		if err != nil {
			return nil, fmt.Errorf("list keys: %w", err)
		}
		keys = append(keys, s)
	}
	return keys, nil
}

// classify maps a JavaScript exception to ErrQuota or ErrUnavailable when
// it is one of those. safejs turns exceptions into errors that wrap a
// syscall/js Error; this is the one place that needs the raw type, to read
// the exception's name and code.
func classify(err error) error {
	var jsErr js.Error
	if !errors.As(err, &jsErr) {
		return err
	}
	exc := safejs.Safe(jsErr.Value)
	name := stringProp(exc, "name")
	code := 0
	if v, err := getProp(exc, "code"); err == nil && v.Type() == safejs.TypeNumber {
		code, _ = v.Int()
	}
	text := name
	if msg := stringProp(exc, "message"); msg != "" {
		text += ": " + msg
	}
	switch {
	// Chromium and Safari: QuotaExceededError (legacy code 22); old
	// Firefox: NS_ERROR_DOM_QUOTA_REACHED (code 1014).
	case name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == 22 || code == 1014:
		return fmt.Errorf("%w (%s)", ErrQuota, text)
	case name == "SecurityError" || code == 18:
		return fmt.Errorf("%w (%s)", ErrUnavailable, text)
	}
	return err
}

// stringProp returns v[p] when it is a string, else "".
func stringProp(v safejs.Value, p string) string {
	if v.Type() != safejs.TypeObject && v.Type() != safejs.TypeFunction {
		return ""
	}
	pv, err := getProp(v, p)
	if err != nil || pv.Type() != safejs.TypeString {
		return ""
	}
	s, _ := pv.String()
	return s
}

// Watch calls fn when another tab or window changes one of this tool's
// keys (the window "storage" event, which never fires for the tab's own
// writes). fn gets the changed key, or "" when the whole bucket was
// cleared. fn runs on the JavaScript event goroutine: it must not block and
// should hop to the UI goroutine with ctx.Dispatch. The returned stop
// releases the callback; call it in OnDismount. When the page cannot
// listen, Watch does nothing and stop is a no-op.
func Watch(fn func(key string)) (stop func()) {
	cb, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		// Ignore sessionStorage events: only localStorage is ours.
		if area, err := getProp(ev, "storageArea"); err == nil && !area.IsNull() && !area.IsUndefined() {
			if ls, err := bucket(); err == nil && !area.Equal(ls) {
				return nil
			}
		}
		k, err := getProp(ev, "key")
		if err != nil {
			return nil
		}
		if k.IsNull() || k.IsUndefined() {
			fn("") // localStorage.clear() in another tab
			return nil
		}
		if s, err := k.String(); err == nil && IsOwnKey(s) {
			fn(s)
		}
		return nil
	})
	if err != nil {
		return func() {}
	}
	win := safejs.Global()
	if _, err := win.Call("addEventListener", "storage", cb); err != nil {
		cb.Release()
		return func() {}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			_, _ = win.Call("removeEventListener", "storage", cb)
			cb.Release()
		})
	}
}
