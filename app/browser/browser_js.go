//go:build js

package browser

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/hack-pad/safejs"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// toSafe converts a go-app Value into a safejs Value. go-app v10.1.11 has
// no public accessor for the underlying js.Value, so the value is passed
// through a fresh JavaScript object: go-app's Set unwraps it on the way in
// and safejs reads it back. No raw syscall/js is needed.
func toSafe(v app.Value) (sv safejs.Value, err error) {
	if v == nil {
		return safejs.Undefined(), errors.New("no JavaScript value")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("convert JavaScript value: %v", r)
		}
	}()
	object, err := safejs.Global().Get("Object")
	if err != nil {
		return safejs.Value{}, err
	}
	holder, err := object.New()
	if err != nil {
		return safejs.Value{}, err
	}
	app.ValueOf(safejs.Unsafe(holder)).Set("v", v)
	return holder.Get("v")
}

// getProp reads obj[name] through Reflect.get called as a method, because a
// plain property read (syscall/js valueGet) does not catch exceptions
// thrown by getters and would abort the program.
func getProp(obj safejs.Value, name string) (safejs.Value, error) {
	reflect, err := safejs.Global().Get("Reflect")
	if err != nil {
		return safejs.Value{}, err
	}
	if t := obj.Type(); t != safejs.TypeObject && t != safejs.TypeFunction {
		return safejs.Value{}, fmt.Errorf("read %s of a JavaScript %s", name, t)
	}
	return reflect.Call("get", obj, name)
}

// global returns globalThis[name], or an ErrNoBrowser error when it is
// missing.
func global(name string) (safejs.Value, error) {
	v, err := getProp(safejs.Global(), name)
	if err != nil {
		return safejs.Value{}, fmt.Errorf("%s: %w", name, err)
	}
	if v.IsUndefined() || v.IsNull() {
		return safejs.Value{}, fmt.Errorf("%s: %w", name, ErrNoBrowser)
	}
	return v, nil
}

// Download offers data as a file named filename, with the given MIME type.
// It uses a Blob URL and a temporary <a download> element, so the page
// never navigates; the URL is revoked a second later, once every browser
// has started the download.
func Download(filename, mime string, data []byte) error {
	if err := download(filename, mime, data); err != nil {
		return fmt.Errorf("download %q: %w", filename, err)
	}
	return nil
}

func download(filename, mime string, data []byte) error {
	var globals [4]safejs.Value
	for i, name := range [...]string{"document", "Uint8Array", "Blob", "URL"} {
		v, err := global(name)
		if err != nil {
			return err
		}
		globals[i] = v
	}
	doc, uint8Array, blobType, urlType := globals[0], globals[1], globals[2], globals[3]
	bytes, err := uint8Array.New(len(data))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(bytes, data); err != nil {
		return err
	}
	blob, err := blobType.New([]any{bytes}, map[string]any{"type": mime})
	if err != nil {
		return fmt.Errorf("make blob: %w", err)
	}
	url, err := urlType.Call("createObjectURL", blob)
	if err != nil {
		return fmt.Errorf("make blob URL: %w", err)
	}
	revokeLater(urlType, url)

	a, err := doc.Call("createElement", "a")
	if err != nil {
		return err
	}
	for _, attr := range [...]struct {
		name  string
		value any
	}{{"href", url}, {"download", filename}, {"rel", "noopener"}} {
		if err := a.Set(attr.name, attr.value); err != nil {
			return err
		}
	}
	body, err := getProp(doc, "body")
	if err != nil || body.IsNull() || body.IsUndefined() {
		return fmt.Errorf("document has no body: %w", ErrNoBrowser)
	}
	if _, err := body.Call("appendChild", a); err != nil {
		return err
	}
	defer func() { _, _ = body.Call("removeChild", a) }()
	if _, err := a.Call("click"); err != nil {
		return fmt.Errorf("start download: %w", err)
	}
	return nil
}

// revokeLater revokes url after a second. The callback releases itself.
func revokeLater(urlType, url safejs.Value) {
	var fn safejs.Func
	fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		_, _ = urlType.Call("revokeObjectURL", url)
		fn.Release()
		return nil
	})
	if err != nil {
		return
	}
	if _, err := safejs.Global().Call("setTimeout", fn, 1000); err != nil {
		fn.Release()
		_, _ = urlType.Call("revokeObjectURL", url) // no timer: leak nothing
	}
}

// EventFiles returns the files of an event: those dropped with a drop
// event (dataTransfer.files), or those picked with a change event of an
// <input type=file> (target.files); none when the event carries no files.
// For a file input it also clears the choice, so that picking the same
// file again (after fixing it) fires another change event; the files
// listed stay readable.
func EventFiles(e app.Event) FileList {
	ev, err := toSafe(e.Value)
	if err != nil {
		return nil
	}
	if dt, err := getProp(ev, "dataTransfer"); err == nil && dt.Type() == safejs.TypeObject {
		files, err := getProp(dt, "files")
		if err != nil {
			return nil
		}
		return fileList(files)
	}
	target, err := getProp(ev, "target")
	if err != nil {
		return nil
	}
	files, err := getProp(target, "files")
	if err != nil {
		return nil
	}
	list := fileList(files)
	if list != nil {
		_ = target.Set("value", "")
	}
	return list
}

// fileList lists the files of a FileList (or of an array of files), with
// their names and sizes; nil for anything that is not a list.
func fileList(list safejs.Value) FileList {
	lv, err := getProp(list, "length")
	if err != nil || lv.Type() != safejs.TypeNumber {
		return nil
	}
	n, _ := lv.Int()
	out := make(FileList, 0, n)
	for i := range n {
		f, err := list.Index(i)
		if err != nil || f.IsNull() || f.IsUndefined() {
			continue
		}
		ref := FileRef{Name: stringProp(f, "name"), Size: -1, src: fileSource{f}}
		if sv, err := getProp(f, "size"); err == nil && sv.Type() == safejs.TypeNumber {
			if size, err := sv.Int(); err == nil {
				ref.Size = size
			}
		}
		out = append(out, ref)
	}
	return out
}

// fileSource is a File of the page.
type fileSource struct{ f safejs.Value }

// read reads the content of the file; only its size when that is over max.
// Its errors are wrapped once, by readFile.
func (s fileSource) read(max int) ([]byte, int, error) {
	bytes, n, err := readBytes(s.f)
	if err != nil || n > max {
		return nil, n, err
	}
	out := make([]byte, n)
	if _, err := safejs.CopyBytesToGo(out, bytes); err != nil {
		return nil, n, err
	}
	return out, n, nil
}

// readBytes reads the content of File f into a Uint8Array and returns it
// with its length.
func readBytes(f safejs.Value) (safejs.Value, int, error) {
	promise, err := f.Call("arrayBuffer")
	if err != nil {
		return safejs.Value{}, 0, err
	}
	buf, err := await(promise)
	if err != nil {
		return safejs.Value{}, 0, err
	}
	uint8Array, err := global("Uint8Array")
	if err != nil {
		return safejs.Value{}, 0, err
	}
	bytes, err := uint8Array.New(buf)
	if err != nil {
		return safejs.Value{}, 0, err
	}
	n, err := bytes.Length()
	return bytes, n, err
}

// await waits for a promise to settle. A rejection becomes an error that
// carries the rejection's name and message.
func await(promise safejs.Value) (safejs.Value, error) {
	type result struct {
		v   safejs.Value
		err error
	}
	done := make(chan result, 1)
	first := func(args []safejs.Value) safejs.Value {
		if len(args) == 0 {
			return safejs.Undefined()
		}
		return args[0]
	}
	then, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		done <- result{v: first(args)}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer then.Release()
	catch, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		done <- result{err: rejection(first(args))}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer catch.Release()
	if _, err := promise.Call("then", then, catch); err != nil {
		return safejs.Value{}, err
	}
	r := <-done
	return r.v, r.err
}

// rejection describes a rejected promise's value as an error.
func rejection(v safejs.Value) error {
	name, msg := stringProp(v, "name"), stringProp(v, "message")
	switch {
	case name != "" && msg != "":
		return fmt.Errorf("%s: %s", name, msg)
	case name != "" || msg != "":
		return errors.New(name + msg)
	}
	if s, err := v.String(); err == nil {
		return fmt.Errorf("rejected: %s", s)
	}
	return errors.New("rejected")
}

// stringProp returns v[p] when it is a string, else "".
func stringProp(v safejs.Value, p string) string {
	pv, err := getProp(v, p)
	if err != nil || pv.Type() != safejs.TypeString {
		return ""
	}
	s, _ := pv.String()
	return s
}

// Mark records performance.mark(name), for the loader's "app-ready" and
// the benchmarks. It does nothing where the Performance API is missing.
func Mark(name string) {
	if perf, err := global("performance"); err == nil {
		_, _ = perf.Call("mark", name)
	}
}

// TopWatch tells whether the page is scrolled past the top of an element
// without making the browser lay the page out: an IntersectionObserver,
// whose root is the top edge of the viewport, records where the element's
// top is each time it crosses that edge. Reading getBoundingClientRect
// instead, right after a click, makes the browser lay out the whole page,
// which the click's focus styles have left stale. The zero value is ready
// to use; it is for the browser's one thread.
type TopWatch struct {
	observer safejs.Value // the IntersectionObserver, once made
	watched  safejs.Value // the element observed
	past     bool         // its top was above the viewport at the last crossing
	known    bool         // the observer has reported on watched
}

// ScrolledPast reports whether the top of the element with id is above the
// viewport. Until the observer has first reported on the element (a new
// element under the same id, after the page rebuilt it, is watched anew),
// it asks the browser directly, which may lay the page out; later calls
// read what the observer recorded.
func (w *TopWatch) ScrolledPast(id string) bool {
	doc, err := global("document")
	if err != nil {
		return false
	}
	el, err := doc.Call("getElementById", id)
	if err != nil || el.IsNull() || el.IsUndefined() {
		return false
	}
	if !el.Equal(w.watched) {
		w.watch(el)
	} else if w.known {
		return w.past
	}
	return topAbove(el)
}

// watch observes el instead of the element watched so far.
func (w *TopWatch) watch(el safejs.Value) {
	if w.observer.IsUndefined() || w.observer.IsNull() || w.observer.Type() != safejs.TypeObject {
		ctor, err := global("IntersectionObserver")
		if err != nil {
			return
		}
		fn, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
			if len(args) > 0 {
				w.record(args[0])
			}
			return nil
		})
		if err != nil {
			return
		}
		object, err := global("Object")
		if err != nil {
			return
		}
		opts, err := object.New()
		if err != nil {
			return
		}
		// The root shrinks to the viewport's top edge: the element
		// crosses it when its top or its bottom scrolls past that edge.
		if opts.Set("rootMargin", "0px 0px -100% 0px") != nil {
			return
		}
		if w.observer, err = ctor.New(fn, opts); err != nil {
			return
		}
	} else {
		_, _ = w.observer.Call("disconnect")
	}
	w.watched, w.known = el, false
	_, _ = w.observer.Call("observe", el)
}

// record keeps the latest of the observer's entries for the watched
// element: where its top was when it crossed the edge.
func (w *TopWatch) record(entries safejs.Value) {
	n, err := entries.Length()
	if err != nil {
		return
	}
	for i := 0; i < n; i++ {
		e, err := entries.Index(i)
		if err != nil {
			continue
		}
		target, err := getProp(e, "target")
		if err != nil || !target.Equal(w.watched) {
			continue
		}
		rect, err := getProp(e, "boundingClientRect")
		if err != nil {
			continue
		}
		top, err := getProp(rect, "top")
		if err != nil {
			continue
		}
		if y, err := top.Float(); err == nil {
			w.past, w.known = y < 0, true
		}
	}
}

// topAbove asks the browser whether el's top is above the viewport.
func topAbove(el safejs.Value) bool {
	rect, err := el.Call("getBoundingClientRect")
	if err != nil {
		return false
	}
	top, err := getProp(rect, "top")
	if err != nil {
		return false
	}
	y, err := top.Float()
	return err == nil && y < 0
}

// LayOut makes the browser compute the style and layout of the page now,
// by reading the offsetHeight of the element with id. It does nothing
// when there is no such element.
func LayOut(id string) {
	doc, err := global("document")
	if err != nil {
		return
	}
	el, err := doc.Call("getElementById", id)
	if err != nil || el.IsNull() || el.IsUndefined() {
		return
	}
	_, _ = getProp(el, "offsetHeight")
}

// SetAppState sets document.documentElement.dataset.appState, which the
// loader and end-to-end tests watch (e.g. "ready", "error"). It does
// nothing without a document.
func SetAppState(state string) {
	root, err := documentElement()
	if err != nil {
		return
	}
	dataset, err := getProp(root, "dataset")
	if err != nil {
		return
	}
	_ = dataset.Set("appState", state)
}

// OnPageHide calls fn when the page is hidden (document visibilitychange to
// "hidden") or being unloaded (window pagehide), the last moments in which
// an autosave flush is sure to run. fn runs synchronously inside the event
// so that the flush completes before the browser freezes or discards the
// page: call Autosaver.Flush directly, not through ctx.Dispatch. stop
// removes the listeners and releases the callbacks (call it in OnDismount).
func OnPageHide(fn func()) (stop func()) {
	var stops []func()
	doc, docErr := global("document")
	onVisibility, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if docErr == nil && stringProp(doc, "visibilityState") == "hidden" {
			fn()
		}
		return nil
	})
	if err == nil {
		stops = append(stops, listen(doc, docErr, "visibilitychange", onVisibility))
	}
	onPageHide, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		fn()
		return nil
	})
	if err == nil {
		stops = append(stops, listen(safejs.Global(), nil, "pagehide", onPageHide))
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			for _, s := range stops {
				s()
			}
		})
	}
}

// OnPopState calls fn with the location's fragment (without "#") whenever
// the user goes back or forward through the page's history, or edits the
// fragment. stop removes the listener.
func OnPopState(fn func(fragment string)) (stop func()) {
	loc, locErr := global("location")
	onPop, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if locErr == nil {
			fn(strings.TrimPrefix(stringProp(loc, "hash"), "#"))
		}
		return nil
	})
	if err != nil {
		return func() {}
	}
	return listen(safejs.Global(), nil, "popstate", onPop)
}

// historyDelay is how long PushHashSoon waits: past the browser frame
// that paints the new view, which is rendered in the event's own task.
const historyDelay = 10

// PushHashSoon adds a history entry for the URL fragment hash ("#/…") a
// few milliseconds from now, once the new view is rendered: Chromium's
// pushState now and then takes over 10 ms. Entries pushed in a row keep
// their order. The call is scheduled entirely in JavaScript (a bound
// pushState handed to setTimeout), so no Go callback is left to release.
func PushHashSoon(hash string) error {
	history, err := global("history")
	if err != nil {
		return err
	}
	push, err := getProp(history, "pushState")
	if err != nil {
		return err
	}
	bound, err := push.Call("bind", history, nil, "", hash)
	if err != nil {
		return fmt.Errorf("add history entry: %w", err)
	}
	setTimeout, err := global("setTimeout")
	if err != nil {
		return err
	}
	if _, err := setTimeout.Invoke(bound, historyDelay); err != nil {
		return fmt.Errorf("add history entry: %w", err)
	}
	return nil
}

// listen adds fn as a listener of event on target and returns the function
// that removes it and releases fn. When target is unusable, fn is released
// at once.
func listen(target safejs.Value, targetErr error, event string, fn safejs.Func) func() {
	if targetErr != nil {
		fn.Release()
		return func() {}
	}
	if _, err := target.Call("addEventListener", event, fn); err != nil {
		fn.Release()
		return func() {}
	}
	return func() {
		_, _ = target.Call("removeEventListener", event, fn)
		fn.Release()
	}
}

// Print opens the browser's print dialog (window.print()).
func Print() error {
	if _, err := safejs.Global().Call("print"); err != nil {
		return fmt.Errorf("print: %w", err)
	}
	return nil
}

// SetRootStyle sets the CSS custom property name ("--print-head") on the
// document's root element to value, a CSS value the caller has escaped,
// or removes it when value is "". Print rules read such properties in
// @page margin boxes, which inherit from the root element alone. Setting
// a property through the CSSOM is not an inline style the page's policy
// forbids. It does nothing without a document.
func SetRootStyle(name, value string) {
	root, err := documentElement()
	if err != nil {
		return
	}
	style, err := getProp(root, "style")
	if err != nil {
		return
	}
	if value == "" {
		_, _ = style.Call("removeProperty", name)
		return
	}
	_, _ = style.Call("setProperty", name, value)
}

// Yield returns once the page has run a task of its own: the calling
// goroutine waits for a zero-delay timer, and the Go side, with nothing
// else to run, hands the thread back to the browser, which handles input
// and paints in between. A time.Sleep may not do it: when the goroutines
// woken meanwhile run past its end, Go never goes idle. Call it from a
// goroutine other than the UI one, between slices of long work.
func Yield() {
	done := make(chan struct{}, 1)
	fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		done <- struct{}{}
		return nil
	})
	if err != nil {
		return
	}
	defer fn.Release()
	if _, err := safejs.Global().Call("setTimeout", fn, 0); err != nil {
		return
	}
	<-done
}

// documentElement is the page's root element (html).
func documentElement() (safejs.Value, error) {
	doc, err := global("document")
	if err != nil {
		return safejs.Value{}, err
	}
	return getProp(doc, "documentElement")
}
