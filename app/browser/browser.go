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

	"github.com/isms-tools/ownership-assessment/assessment/errs"
)

// DefaultMaxFile is the size limit of ReadFile. Assessment exports are a
// few hundred kilobytes at most; anything much larger is the wrong file, and
// reading it would only stall the page.
const DefaultMaxFile = 16 << 20

// ErrTooLarge is returned (wrapped) by ReadFileLimit for a file over the
// limit; the file is not read.
var ErrTooLarge = errors.New("the file is too large")

// ErrNoBrowser is returned (wrapped) when the browser facility needed is
// missing: always in the native build, and in the js build when, for
// example, there is no document (as under Node).
var ErrNoBrowser = errors.New("not available outside a browser page")

// formatSize renders a byte count for messages.
func formatSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// tooLarge is the error of a file over max.
func tooLarge(name string, size, max int) error {
	return errs.Errorf("read %q: %w: it is %s and the limit is %s; choose an exported assessment file",
		name, ErrTooLarge, formatSize(size), formatSize(max))
}
