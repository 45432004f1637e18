//go:build !js

package browser

import (
	"slices"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Downloaded is a download recorded by the native build's Download.
type Downloaded struct {
	Filename, MIME string
	Data           []byte
}

var (
	mu        sync.Mutex
	last      *Downloaded
	appState  string
	marks     []string
	prints    int
	pageHides listeners[func()]
	popStates listeners[func(string)]
	pushed    []string
	rootStyle = map[string]string{}
)

// Download records the call for tests (see LastDownload); there is no
// browser to save the file.
func Download(filename, mime string, data []byte) error {
	mu.Lock()
	defer mu.Unlock()
	last = &Downloaded{Filename: filename, MIME: mime, Data: slices.Clone(data)}
	return nil
}

// LastDownload returns the last call of Download, for tests.
func LastDownload() (Downloaded, bool) {
	mu.Lock()
	defer mu.Unlock()
	if last == nil {
		return Downloaded{}, false
	}
	return *last, true
}

// EventFiles returns no files: there are no browser events outside the
// browser. Tests make a FileList with FakeFiles.
func EventFiles(app.Event) FileList { return nil }

// FakeFiles returns a FileList for tests: ReadFiles gives back each file's
// Data, or its Err, under the same size limit as in the browser. A file
// with neither is read as empty.
func FakeFiles(files ...File) FileList {
	list := make(FileList, len(files))
	for i, f := range files {
		list[i] = FileRef{Name: f.Name, Size: len(f.Data), src: fileSource{data: append([]byte{}, f.Data...), err: f.Err}}
	}
	return list
}

// fileSource is the content of a file made by FakeFiles.
type fileSource struct {
	data []byte
	err  error
}

// read returns a copy of the content, or the file's error; only its size
// when that is over max. The zero fileSource, of a FileRef made outside
// FakeFiles, is not available outside the browser.
func (s fileSource) read(max int) ([]byte, int, error) {
	switch {
	case s.err != nil:
		return nil, 0, s.err
	case s.data == nil:
		return nil, 0, ErrNoBrowser
	case len(s.data) > max:
		return nil, len(s.data), nil
	}
	return slices.Clone(s.data), len(s.data), nil
}

// Mark records name for tests (see Marks).
func Mark(name string) {
	mu.Lock()
	defer mu.Unlock()
	marks = append(marks, name)
}

// LayOut does nothing: there is no page to lay out.
func LayOut(id string) {}

// Marks returns the names passed to Mark, for tests.
func Marks() []string {
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(marks)
}

// listeners holds the functions registered with an On… function, for
// tests to fire. Access holds mu.
type listeners[F any] struct {
	seq int
	fns map[int]F
}

// add registers fn; stop removes it.
func (l *listeners[F]) add(fn F) (stop func()) {
	mu.Lock()
	defer mu.Unlock()
	if l.fns == nil {
		l.fns = map[int]F{}
	}
	l.seq++
	id := l.seq
	l.fns[id] = fn
	return func() {
		mu.Lock()
		defer mu.Unlock()
		delete(l.fns, id)
	}
}

// all returns the registered functions, to be called without mu held.
func (l *listeners[F]) all() []F {
	mu.Lock()
	defer mu.Unlock()
	fns := make([]F, 0, len(l.fns))
	for _, fn := range l.fns {
		fns = append(fns, fn)
	}
	return fns
}

// OnPopState records fn for tests (see FirePopState).
func OnPopState(fn func(fragment string)) (stop func()) { return popStates.add(fn) }

// FirePopState calls the functions passed to OnPopState, as going back to
// fragment would in a browser.
func FirePopState(fragment string) {
	for _, fn := range popStates.all() {
		fn(fragment)
	}
}

// PushHashSoon records hash for tests (see Pushed).
func PushHashSoon(hash string) error {
	mu.Lock()
	defer mu.Unlock()
	pushed = append(pushed, hash)
	return nil
}

// Pushed returns the hashes passed to PushHashSoon, for tests.
func Pushed() []string {
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(pushed)
}

// TopWatch tells whether the page is scrolled past the top of an element;
// see the browser build. The zero value is ready to use.
type TopWatch struct{}

// ScrolledPast is false outside the browser: nothing is scrolled.
func (*TopWatch) ScrolledPast(id string) bool { return false }

// SetAppState records state for tests (see AppState).
func SetAppState(state string) {
	mu.Lock()
	defer mu.Unlock()
	appState = state
}

// AppState returns the last state passed to SetAppState, for tests.
func AppState() string {
	mu.Lock()
	defer mu.Unlock()
	return appState
}

// OnPageHide registers fn; FirePageHide calls it, for tests.
func OnPageHide(fn func()) (stop func()) { return pageHides.add(fn) }

// FirePageHide calls every function registered with OnPageHide, as hiding
// the page would.
func FirePageHide() {
	for _, fn := range pageHides.all() {
		fn()
	}
}

// Print counts the call for tests (see Prints).
func Print() error {
	mu.Lock()
	defer mu.Unlock()
	prints++
	return nil
}

// Prints returns how many times Print was called, for tests.
func Prints() int {
	mu.Lock()
	defer mu.Unlock()
	return prints
}

// SetRootStyle records the property for tests (see RootStyle).
func SetRootStyle(name, value string) {
	mu.Lock()
	defer mu.Unlock()
	if value == "" {
		delete(rootStyle, name)
		return
	}
	rootStyle[name] = value
}

// RootStyle returns the value SetRootStyle last gave name, "" when none,
// for tests.
func RootStyle(name string) string {
	mu.Lock()
	defer mu.Unlock()
	return rootStyle[name]
}

// Yield does nothing: outside the browser no page waits for the thread.
func Yield() {}
