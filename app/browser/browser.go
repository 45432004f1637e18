// Package browser wraps the few browser effects the app needs (downloads,
// reading dropped or chosen files, performance marks, page-hide events,
// printing) behind plain Go functions.
//
// The js build talks to the browser through safejs so that JavaScript
// exceptions come back as errors instead of panics; the other build has
// fakes so that the app compiles and its tests run natively.
package browser

import (
	"errors"
	"fmt"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// ErrTooLarge is the error (wrapped) of a File over the limit ReadFiles was
// given; the file is not read.
var ErrTooLarge = errors.New(l10n.M("the file is too large"))

// ErrNoBrowser is returned (wrapped) when the browser facility needed is
// missing: always in the native build, and in the js build when, for
// example, there is no document (as under Node).
var ErrNoBrowser = errors.New("not available outside a browser page")

// FileList is the files of one pick or drop (EventFiles), in the
// browser's order, before they are read.
type FileList []FileRef

// FileRef is one file of a FileList: what the browser says of it without
// reading it, and what ReadFiles needs to read it.
type FileRef struct {
	Name string // as the browser gives it; may be empty
	Size int    // in bytes, as the browser reports it; -1 when the value is not a file

	src fileSource // the file in the browser, or a native stand-in
}

// File is a file of a FileList as ReadFiles read it: either its Data or
// the Err that kept it from being read.
type File struct {
	Name string // FileRef.Name
	Data []byte // nil when Err is set
	Err  error  // why it was not read, naming the file: ErrTooLarge, a read failure, ErrNoBrowser
}

// displayName names a file in messages, also when the browser gave none.
func displayName(name string) string {
	if name == "" {
		return l10n.T("file")
	}
	return name
}

// formatSize renders a byte count for messages.
func formatSize(n int) string {
	switch {
	case n >= 1<<20:
		return l10n.F("%s MB", l10n.Decimal(float64(n)/(1<<20), 1))
	case n >= 1<<10:
		return l10n.F("%s KB", l10n.Decimal(float64(n)/(1<<10), 0))
	}
	return l10n.F("%d bytes", n)
}

// shownError is an error whose text is written for the user (in the
// page's language) and which wraps a sentinel for errors.Is.
type shownError struct {
	msg string
	err error
}

func (e *shownError) Error() string { return e.msg }
func (e *shownError) Unwrap() error { return e.err }

// tooLarge is the error of a file over max. Its text is translated as a
// whole (the page shows it as it is); it still wraps ErrTooLarge.
func tooLarge(name string, size, max int) error {
	return &shownError{
		msg: l10n.F("read %q: %s: it is %s and the limit is %s; choose an exported assessment file",
			name, l10n.T(ErrTooLarge.Error()), formatSize(size), formatSize(max)),
		err: ErrTooLarge,
	}
}

// ReadFiles reads the files of list, each up to max bytes, and returns
// them in list order, each with its data or its own error: a file over max
// is refused before it is read (ErrTooLarge), and one file's failure does
// not stop the others.
//
// In the browser it waits for each file's content, a promise: call it from
// a goroutine (go-app's ctx.Async), never in an event handler, where
// blocking would stall the page.
func ReadFiles(list FileList, max int) []File {
	out := make([]File, len(list))
	for i, f := range list {
		out[i].Name = f.Name
		out[i].Data, out[i].Err = readFile(f, max)
	}
	return out
}

// readFile reads one file of ReadFiles.
func readFile(f FileRef, max int) ([]byte, error) {
	name := displayName(f.Name)
	switch {
	case f.Size < 0:
		return nil, fmt.Errorf(l10n.T("read %q: the value is not a file"), name)
	case f.Size > max:
		return nil, tooLarge(name, f.Size, max)
	}
	data, size, err := f.src.read(max)
	switch {
	case err != nil:
		return nil, fmt.Errorf(l10n.T("read %q: %w"), name, err)
	case size > max: // the file grew between the listing and the read
		return nil, tooLarge(name, size, max)
	}
	return data, nil
}
