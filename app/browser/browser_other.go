//go:build !js

package browser

import (
	"slices"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment/errs"
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
	pageHides = map[int]func(){}
	hideSeq   int
	popStates = map[int]func(string){}
	popSeq    int
	pushed    []string
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

// ReadFile fails: there are no browser files outside the browser.
func ReadFile(v app.Value) ([]byte, error) { return ReadFileLimit(v, DefaultMaxFile) }

// ReadFileLimit fails: there are no browser files outside the browser.
func ReadFileLimit(app.Value, int) ([]byte, error) {
	return nil, errs.Errorf("read file: %w", ErrNoBrowser)
}

// FileName returns "": there are no browser files outside the browser.
func FileName(app.Value) string { return "" }

// Files returns nil: there are no browser files outside the browser.
func Files(app.Value) []app.Value { return nil }

// Mark records name for tests (see Marks).
func Mark(name string) {
	mu.Lock()
	defer mu.Unlock()
	marks = append(marks, name)
}

// Marks returns the names passed to Mark, for tests.
func Marks() []string {
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(marks)
}

// OnPopState records fn for tests (see FirePopState).
func OnPopState(fn func(fragment string)) (stop func()) {
	mu.Lock()
	defer mu.Unlock()
	popSeq++
	id := popSeq
	popStates[id] = fn
	return func() {
		mu.Lock()
		defer mu.Unlock()
		delete(popStates, id)
	}
}

// FirePopState calls the functions passed to OnPopState, as going back to
// fragment would in a browser.
func FirePopState(fragment string) {
	mu.Lock()
	fns := make([]func(string), 0, len(popStates))
	for _, fn := range popStates {
		fns = append(fns, fn)
	}
	mu.Unlock()
	for _, fn := range fns {
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

// ScrolledPast is false outside the browser: nothing is scrolled.
func ScrolledPast(id string) bool { return false }

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
func OnPageHide(fn func()) (stop func()) {
	mu.Lock()
	defer mu.Unlock()
	hideSeq++
	id := hideSeq
	pageHides[id] = fn
	return func() {
		mu.Lock()
		defer mu.Unlock()
		delete(pageHides, id)
	}
}

// FirePageHide calls every function registered with OnPageHide, as hiding
// the page would.
func FirePageHide() {
	mu.Lock()
	fns := make([]func(), 0, len(pageHides))
	for _, fn := range pageHides {
		fns = append(fns, fn)
	}
	mu.Unlock()
	for _, fn := range fns {
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
