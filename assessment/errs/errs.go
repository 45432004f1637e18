// Package errs holds the error constructor that the assessment packages,
// app/storage and app/browser share.
package errs

import "fmt"

// Errorf is fmt.Errorf, %w included. Since Go 1.26 fmt.Errorf is inlined
// into every caller (with its errors.New fast path), which in the
// WebAssembly build adds about 150 bytes of code per call site; calling it
// through this one function that is never inlined keeps one copy. Error
// paths are not hot, so the extra call costs nothing that matters.
//
//go:noinline
func Errorf(format string, a ...any) error {
	return fmt.Errorf(format, a...)
}
