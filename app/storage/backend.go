// Package storage keeps assessments in the browser's localStorage so that
// answers survive reloads and browser restarts without a "save" step.
//
// Every key lives under the namespace "isms-ownership/v1/" because Chromium
// gives all local (file://) HTML files one shared localStorage bucket: other
// tools opened from disk see the same keys, so this package never touches a
// key outside its namespace and never calls clear().
//
// Layout:
//
//	isms-ownership/v1/index               JSON list of Summary (a rebuildable cache)
//	isms-ownership/v1/a/<id>              JSON envelope holding one assessment
//	isms-ownership/v1/quarantine/<id>-<n> copy of a stored value that could not be read
//
// The browser is reached only through the small Backend interface, so the
// Store logic is pure Go and tested natively with the in-memory backend.
package storage

import (
	"errors"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Backend is the seam to the browser's key/value storage. The js build
// implements it over window.localStorage; other builds use an in-memory map.
// Implementations return errors (never panic) and wrap ErrQuota or
// ErrUnavailable where those apply.
type Backend interface {
	// Get returns the value stored under key; ok is false when there is none.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key. When it fails the previous value is
	// unchanged (this is localStorage's contract, which Store relies on).
	Set(key, value string) error
	// Remove deletes key; removing a missing key is not an error.
	Remove(key string) error
	// Keys lists every key of the bucket, including keys of other tools.
	Keys() ([]string, error)
	// Head returns the start of the value under key, at most n UTF-16 code
	// units of it, and the length of the whole value in UTF-16 code units;
	// ok is false when there is none. Listing and measuring read only
	// heads and lengths, so that a long list of stored assessments is not
	// copied out of the browser and decoded at every start.
	Head(key string, n int) (head string, size int, ok bool, err error)
}

// ErrQuota reports that the browser refused a write because its storage for
// local files is full. The message tells the user what to do about it.
var ErrQuota = errors.New(l10n.M("browser storage is full: export a backup and delete old assessments to make room"))

// ErrUnavailable reports that the browser does not let this page use
// localStorage at all (blocked by settings or a private mode).
var ErrUnavailable = errors.New(l10n.M("browser storage is unavailable: it may be blocked by the browser's privacy settings; answers cannot be kept after closing the page, so export them"))
