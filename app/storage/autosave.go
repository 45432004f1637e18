package storage

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// State is the autosave state shown to the user.
type State string

// The autosave states.
const (
	StateSaved    State = "saved"    // everything is stored
	StateSaving   State = "saving"   // changes are waiting for the debounce or being written
	StateError    State = "error"    // the last write failed; changes are kept in memory and retried
	StateConflict State = "conflict" // another window saved or deleted this assessment; autosave is paused
)

// Status is reported to Autosaver.OnStatus whenever the state, revision or
// message changes.
type Status struct {
	State    State
	ID       string
	Revision int    // last revision stored by this window
	Message  string // for the user; empty when saved or saving
	Err      error  // the error behind StateError or StateConflict
}

// Clock is the time source of an Autosaver, replaceable in tests.
type Clock interface {
	Now() time.Time
	AfterFunc(d time.Duration, f func()) Timer
}

// Timer is the part of *time.Timer an Autosaver uses.
type Timer interface{ Stop() bool }

type realClock struct{}

func (realClock) Now() time.Time                            { return time.Now() }
func (realClock) AfterFunc(d time.Duration, f func()) Timer { return time.AfterFunc(d, f) }

// Default debounce of an Autosaver: a save happens Delay after the last
// change, but never later than MaxDelay after the first unsaved change, so
// that continuous typing is still saved regularly.
const (
	DefaultDelay    = 700 * time.Millisecond
	DefaultMaxDelay = 5 * time.Second
)

type change struct {
	a   assessment.Assessment
	sum Summary
}

// Autosaver saves one open assessment shortly after each change, so that
// the user never has to press "save".
//
// It is safe for concurrent use: Changed and Flush are called on the UI
// goroutine while debounced saves run on timer goroutines. OnStatus is
// therefore called from either; a go-app component must hop back to its UI
// goroutine, e.g. OnStatus = func(s Status) { ctx.Dispatch(func(app.Context)
// { c.status = s }) }. OnStatus must not call Changed or Flush synchronously.
//
// On ErrConflict (another window saved) and ErrDeleted (another window
// deleted the assessment) autosave pauses with StateConflict and keeps the
// unsaved change: the UI offers to keep this window's version (Overwrite,
// which stores it again after a deletion) or, after a conflict, to reload
// (then Reset). Other failures (storage full, storage blocked) report
// StateError, keep the change in memory and retry on the next change or
// Flush.
type Autosaver struct {
	// OnStatus receives state changes. Set it before the first Changed.
	OnStatus func(Status)
	// Delay, MaxDelay and Clock tune the debounce; set them before the
	// first Changed.
	Delay, MaxDelay time.Duration
	Clock           Clock

	store *Store
	id    string

	saveMu sync.Mutex // serialises writes, so revisions follow each other

	mu       sync.Mutex // guards the fields below
	revision int
	pending  *change
	since    time.Time // when the oldest unsaved change was made
	timer    Timer
	halted   error // set on conflict and refusals; cleared by Reset/Overwrite
	last     Status
	seq      uint64

	emitMu  sync.Mutex
	emitted uint64
}

// NewAutosaver returns an Autosaver for assessment id, loaded (or last
// saved) at revision (0 for a new assessment not yet stored).
func NewAutosaver(s *Store, id string, revision int) *Autosaver {
	return &Autosaver{
		Delay: DefaultDelay, MaxDelay: DefaultMaxDelay, Clock: realClock{},
		store: s, id: id, revision: revision,
		last: Status{State: StateSaved, ID: id, Revision: revision},
	}
}

// Revision returns the revision last stored or loaded by this Autosaver.
func (as *Autosaver) Revision() int {
	as.mu.Lock()
	defer as.mu.Unlock()
	return as.revision
}

// Pending reports whether a change has not been stored yet.
func (as *Autosaver) Pending() bool {
	as.mu.Lock()
	defer as.mu.Unlock()
	return as.pending != nil
}

// Changed records the new state of the assessment and schedules a save.
// sum carries the caller's Progress and Score (see Store.Save).
func (as *Autosaver) Changed(a assessment.Assessment, sum Summary) {
	as.mu.Lock()
	if a.ID != as.id {
		err := fmt.Errorf("autosave: change to assessment %q sent to the autosaver of %q", a.ID, as.id)
		as.unlockEmit(Status{State: StateError, Message: err.Error(), Err: err})
		return
	}
	as.pending = &change{a: a, sum: sum}
	now := as.Clock.Now()
	if as.since.IsZero() {
		as.since = now
	}
	if as.halted != nil {
		as.unlockEmit(as.haltedStatus())
		return
	}
	delay := as.Delay
	if deadline := as.since.Add(as.MaxDelay); now.Add(delay).After(deadline) {
		delay = max(deadline.Sub(now), 0)
	}
	if as.timer != nil {
		as.timer.Stop()
	}
	// A timer that already fired and waits for the lock just saves this
	// newer change a little early, which is harmless.
	as.timer = as.Clock.AfterFunc(delay, func() { _ = as.Flush() })
	as.unlockEmit(Status{State: StateSaving})
}

// Flush stores the pending change now. The UI calls it when the page is
// hidden or closed (visibilitychange, pagehide) and before leaving the
// editor. It returns the save error, if any (also reported via OnStatus).
func (as *Autosaver) Flush() error {
	as.saveMu.Lock()
	defer as.saveMu.Unlock()

	as.mu.Lock()
	if as.timer != nil {
		as.timer.Stop()
		as.timer = nil
	}
	p, base := as.pending, as.revision
	if p == nil || as.halted != nil {
		err := as.halted
		as.mu.Unlock()
		return err
	}
	as.mu.Unlock()

	rev, err := as.store.Save(p.a, p.sum, base)

	as.mu.Lock()
	switch {
	case err == nil:
		as.revision = rev
		if as.pending == p {
			as.pending, as.since = nil, time.Time{}
			as.unlockEmit(Status{State: StateSaved})
		} else {
			as.unlockEmit(Status{State: StateSaving}) // a newer change has its own timer
		}
	case errors.Is(err, ErrConflict), errors.Is(err, ErrDeleted), errors.Is(err, ErrTooNew), errors.Is(err, ErrCorrupt):
		// Retrying cannot help: pause until the user decides.
		as.halted = err
		as.unlockEmit(as.haltedStatus())
	default:
		as.unlockEmit(Status{State: StateError, Err: err, Message: userMessage(err)})
	}
	return err
}

// Reset drops the unsaved change and resumes autosave from revision, after
// the UI reloaded the assessment from storage.
func (as *Autosaver) Reset(revision int) {
	as.mu.Lock()
	if as.timer != nil {
		as.timer.Stop()
		as.timer = nil
	}
	as.pending, as.since, as.halted, as.revision = nil, time.Time{}, nil, revision
	as.unlockEmit(Status{State: StateSaved})
}

// Overwrite resolves a conflict by storing this window's version over the
// one saved elsewhere, or, when the assessment was deleted elsewhere, by
// storing it again. Only call it on the user's explicit choice.
func (as *Autosaver) Overwrite() error {
	rev, err := as.store.Revision(as.id)
	switch {
	case errors.Is(err, ErrNotFound):
		rev = 0 // deleted elsewhere: store it anew
	case err != nil:
		return fmt.Errorf("keep this version: %w", err)
	}
	as.mu.Lock()
	as.halted, as.revision = nil, rev
	as.mu.Unlock()
	return as.Flush()
}

// Stop cancels a scheduled save without saving; call Flush first to keep
// the pending change.
func (as *Autosaver) Stop() {
	as.mu.Lock()
	defer as.mu.Unlock()
	if as.timer != nil {
		as.timer.Stop()
		as.timer = nil
	}
}

func (as *Autosaver) haltedStatus() Status {
	st := Status{State: StateError, Err: as.halted, Message: userMessage(as.halted)}
	switch {
	case errors.Is(as.halted, ErrConflict):
		st.State = StateConflict
		st.Message = l10n.T("This assessment was changed in another tab or window. Reload it to see those changes, or keep this window's version.")
	case errors.Is(as.halted, ErrDeleted):
		st.State = StateConflict
		st.Message = l10n.T("This assessment was deleted in another tab or window. Keep this window's version to store it again; your changes are not saved until then.")
	}
	return st
}

func userMessage(err error) string {
	switch {
	case errors.Is(err, ErrQuota):
		return l10n.F("Your latest changes are not saved yet: %s. The previously saved version is unchanged.", l10n.T(ErrQuota.Error()))
	case errors.Is(err, ErrUnavailable):
		return l10n.F("Your latest changes are not saved yet: %s.", l10n.T(ErrUnavailable.Error()))
	case errors.Is(err, ErrTooNew):
		return l10n.T("This assessment was saved by a newer version of this tool; this version will not overwrite it. Export your answers to keep them.")
	case errors.Is(err, ErrCorrupt):
		return l10n.T("The stored copy of this assessment cannot be read, so it is not overwritten. Export your answers to keep them.")
	}
	return l10n.F("Your latest changes are not saved yet: %s", err.Error())
}

// unlockEmit completes st with the id and revision, releases as.mu and
// reports st unless it repeats the previous status. It must be called with
// as.mu held. Sequence numbers taken under as.mu keep reports in order even
// when a timer goroutine and the UI goroutine race to report.
func (as *Autosaver) unlockEmit(st Status) {
	st.ID, st.Revision = as.id, as.revision
	if st.State == as.last.State && st.Revision == as.last.Revision && st.Message == as.last.Message {
		as.mu.Unlock()
		return
	}
	as.last = st
	as.seq++
	seq := as.seq
	as.mu.Unlock()

	as.emitMu.Lock()
	defer as.emitMu.Unlock()
	if seq <= as.emitted {
		return // a later status was already reported
	}
	as.emitted = seq
	if as.OnStatus != nil {
		as.OnStatus(st)
	}
}
