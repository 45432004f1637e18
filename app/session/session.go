// Package session is the tool's state in one browser window, in plain Go:
// the stored list, the assessment being edited and its autosave, the
// import being previewed, the last undoable operation and the notice shown
// to the user. Views call its typed methods; Root renders what it reports.
//
// It has no go-app and no syscall/js: the browser reaches it only through
// the storage.Backend and the Config's functions, so every path (edits,
// undo, import, export, conflicts, deletion in another window) is tested
// natively with the in-memory store.
//
// A Session is not safe for concurrent use: call it on the UI goroutine.
// The autosaver's reports, which come from timer goroutines, reach it
// through Config.Dispatch.
package session

import (
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Errors returned (wrapped) by Session methods besides the storage and
// csvio ones. Test them with errors.Is.
var (
	// ErrNotOpen: the method edits the open assessment and none is open.
	ErrNotOpen = errors.New(l10n.M("no assessment is open"))
	// ErrNothingToUndo: Undo was called with nothing to undo.
	ErrNothingToUndo = errors.New(l10n.M("there is nothing to undo"))
	// ErrNotChanged: a reason for a change was given for an answer,
	// matrix row or profile field not changed since the consensus was
	// stored (SetChangeReason and its kin).
	ErrNotChanged = errors.New(l10n.M("it has not been changed since the consensus was stored"))
	// ErrNoImport: ConfirmImport was called with no preview open.
	ErrNoImport = errors.New(l10n.M("no import is being previewed"))
	// ErrNoRoom: ConfirmImport was asked to store a file that does not
	// fit in the browser's storage (see ImportPreview.Refusal).
	ErrNoRoom = errors.New(l10n.M("the file does not fit in the browser's storage"))
	// ErrNothingToExport: ExportAll found no stored assessment.
	ErrNothingToExport = errors.New(l10n.M("there is nothing to export yet"))
)

// Config is what a Session needs from its surroundings.
type Config struct {
	// Backend holds the data: localStorage in the browser, storage.Memory
	// in tests.
	Backend storage.Backend
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// NewID returns a fresh assessment ID; nil means a random one.
	NewID func() string
	// Download hands a file to the user (browser.Download in the page).
	Download func(name, mime string, data []byte) error
	// Dispatch runs fn on the UI goroutine and re-renders; the autosaver
	// reports through it from its timer goroutines. nil runs fn at once
	// (tests that use a manual autosave clock).
	Dispatch func(fn func())
	// Clock drives the autosave debounce; nil means real time.
	Clock storage.Clock
}

// Session is the state of the tool in one window. The zero value is not
// usable; call New.
type Session struct {
	cfg   Config
	store *storage.Store

	list List

	open   bool
	cur    assessment.Assessment
	loads  int // counts the assessments loaded into cur (see Loads)
	saver  *storage.Autosaver
	status storage.Status
	// matrixUndo holds the matrix before each change made in this window
	// since the assessment was loaded, oldest first.
	matrixUndo []matrixStep

	notice  *Notice
	undo    *undoEntry
	preview *ImportPreview
	pending []assessment.Assessment // what the previewed import would store
	queue   []ReadFile              // files picked with the previewed one, previewed after it
	picked  int                     // see PickedTogether
}

// List is what the home view shows: the stored assessments, the stored
// values that could not be listed, the kept copies of unreadable ones, and
// the storage used in UTF-16 code units.
type List struct {
	Items  []storage.Summary
	Issues []storage.Issue
	Kept   []storage.Quarantine // Raw left empty; see DownloadKept
	Usage  int
}

// undoEntry restores what the last delete or import replaced.
type undoEntry struct {
	restore []assessment.Assessment // put back as they were
	remove  []string                // IDs the operation created
}

// New returns a Session over cfg.Backend. It reads nothing yet: the list
// is read when a view that shows it asks (Refresh).
func New(cfg Config) *Session {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.NewID == nil {
		cfg.NewID = randomID
	}
	if cfg.Download == nil {
		cfg.Download = func(string, string, []byte) error { return errors.New("downloads are not available here") }
	}
	if cfg.Dispatch == nil {
		cfg.Dispatch = func(fn func()) { fn() }
	}
	s := &Session{cfg: cfg, store: storage.New(cfg.Backend, cfg.Now)}
	s.store.Measure = measure
	return s
}

func randomID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails since Go 1.24
	return assessment.NewID(b)
}

// Now is the session's clock: what views show as "generated at" and
// date new things with.
func (s *Session) Now() time.Time { return s.cfg.Now() }

// List returns the stored list as last read (see Refresh).
func (s *Session) List() List { return s.list }

// Refresh re-reads the stored list, the issues and the kept copies. The
// list is not re-read after each autosave, only when a view that shows it
// asks: reading every record after each keystroke would stall typing.
func (s *Session) Refresh() {
	sums, issues, err := s.store.List()
	if err != nil {
		s.fail(l10n.T("Could not read the stored assessments"), err)
	}
	kept, err := s.store.Quarantined()
	if err != nil {
		s.fail(l10n.T("Could not read the kept copies"), err)
	}
	for i := range kept {
		kept[i].Raw = ""
	}
	usage, _ := s.store.Usage()
	s.list = List{Items: sums, Issues: issues, Kept: kept, Usage: usage}
}

// IsOpen reports whether an assessment is open for editing.
func (s *Session) IsOpen() bool { return s.open }

// Current returns the open assessment (the zero value when none is open).
// Its maps and slices are replaced, never changed in place, on every edit,
// so a view may keep them and compare them with later ones.
func (s *Session) Current() assessment.Assessment { return s.cur }

// Loads counts the times an assessment was loaded into the session from
// outside the user's edits in this window: opened, reloaded after another
// window saved, restored by undo, replaced by an import. A form that keeps
// what the user is typing takes the passed values again only when Loads
// changes; its own edits never change it, so they never come back to
// overwrite a field being typed in.
func (s *Session) Loads() int { return s.loads }

// Status is the autosave state of the open assessment.
func (s *Session) Status() storage.Status { return s.status }

// Open loads assessment id for editing and starts its autosave. Opening
// the assessment that is already open does nothing.
func (s *Session) Open(id string) error {
	if s.open && s.cur.ID == id {
		return nil
	}
	a, rev, err := s.store.Load(id)
	if err != nil {
		s.fail(l10n.T("Could not open the assessment"), err)
		s.Refresh()
		return fmt.Errorf("open %q: %w", id, err)
	}
	s.Close()
	s.cur, s.open = a, true
	s.loads++
	s.matrixUndo = nil
	s.startSaver(rev)
	return nil
}

// Close saves what is pending and closes the open assessment.
func (s *Session) Close() {
	if s.saver != nil {
		_ = s.saver.Flush()
		s.saver.Stop()
		s.saver = nil
	}
	s.open = false
	s.cur = assessment.Assessment{}
	s.status = storage.Status{}
	s.matrixUndo = nil
}

// Flush stores the open assessment's pending change now (the page is
// being hidden or closed).
func (s *Session) Flush() {
	if s.saver != nil {
		_ = s.saver.Flush()
	}
}

func (s *Session) startSaver(rev int) {
	as := storage.NewAutosaver(s.store, s.cur.ID, rev)
	if s.cfg.Clock != nil {
		as.Clock = s.cfg.Clock
	}
	as.OnStatus = func(st storage.Status) {
		s.cfg.Dispatch(func() {
			if s.saver == as {
				s.status = st
			}
		})
	}
	s.saver = as
	s.status = storage.Status{State: storage.StateSaved, ID: s.cur.ID, Revision: rev}
}

// changed stamps the open assessment and hands it to the autosaver.
func (s *Session) changed() {
	s.cur.Updated = s.cfg.Now().UTC().Format(time.RFC3339)
	if s.saver != nil {
		s.saver.Changed(s.cur, Summarize(s.cur))
	}
}

// edit applies fn to the open assessment and schedules its save. fn
// must replace the maps it changes, not write into them: edit sets what
// fn left against what was there.
func (s *Session) edit(fn func(a *assessment.Assessment)) error {
	if !s.open {
		return ErrNotOpen
	}
	before := s.cur
	fn(&s.cur)
	// A consensus records what its session decided: an answer or matrix
	// row changed afterwards is marked as such, so that its results never
	// credit the session with the change.
	s.cur = assessment.MarkChangesAfterSession(before, s.cur, s.today())
	s.changed()
	return nil
}

// SetAnswer replaces the whole answer to question q (rating, note, owner
// and target date together); a zero answer removes it.
func (s *Session) SetAnswer(q string, ans assessment.Answer) error {
	return s.edit(func(a *assessment.Assessment) {
		// A new map on every change: views compare what they are passed
		// with reflect.DeepEqual, and a map changed in place would look
		// unchanged.
		answers := maps.Clone(a.Answers)
		if answers == nil {
			answers = map[string]assessment.Answer{}
		}
		if ans.IsZero() {
			delete(answers, q)
		} else {
			answers[q] = ans
		}
		if len(answers) == 0 {
			answers = nil
		}
		a.Answers = answers
	})
}

// SetProfile replaces the open assessment's profile.
func (s *Session) SetProfile(p assessment.Profile) error {
	return s.edit(func(a *assessment.Assessment) { a.Profile = p })
}

// SetLetter sets one role's letter in one row of the open assessment's
// ownership matrix (assessment.LetterNone clears it). UndoMatrix takes it
// back.
func (s *Session) SetLetter(key assessment.CellKey, role assessment.Role, l assessment.Letter) error {
	if !s.open {
		return ErrNotOpen
	}
	old := s.cur.Matrix[key][role]
	if old == l {
		return nil // nothing changes, nothing to undo
	}
	s.pushMatrix(matrixStep{
		key: key, role: role, old: old,
		what: key.Label() + ", " + s.cur.RoleName(role),
	})
	return s.edit(func(a *assessment.Assessment) { a.Matrix = assessment.SetLetter(a.Matrix, key, role, l) })
}

// SetRoleName gives matrix role r the organisation's own title name in
// the open assessment; an empty name, or the role's default label, gives
// it back its default name. The name is checked by assessment.SetRoleName;
// a name it refuses changes nothing, is shown in the notice, and is
// returned as an error whose UserMessage says why in the user's words, so
// that a form can show it next to the field.
func (s *Session) SetRoleName(r assessment.Role, name string) error {
	if !s.open {
		return ErrNotOpen
	}
	names, err := assessment.SetRoleName(s.cur.RoleNames, r, name)
	if err != nil {
		err = &RoleNameError{Role: r, Text: roleNameProblem(s.cur.RoleNames, r, name), err: err}
		s.fail(l10n.F("Could not rename the role %s", s.cur.RoleName(r)), err)
		return fmt.Errorf("rename role %q: %w", r, err)
	}
	if maps.Equal(names, s.cur.RoleNames) {
		return nil // the same name again: nothing to save
	}
	return s.edit(func(a *assessment.Assessment) { a.RoleNames = names })
}

// RoleNameError is a role name that SetRoleName refused. Its Error is the
// reason in the user's words; Unwrap gives assessment's own error.
type RoleNameError struct {
	Role assessment.Role // the role being renamed
	Text string          // why, as a sentence fragment for the user
	err  error
}

func (e *RoleNameError) Error() string { return e.Text }
func (e *RoleNameError) Unwrap() error { return e.err }

// roleNameProblem says in the user's words why name does not do for role
// r. assessment.SetRoleName decides whether it does; this only finds the
// words, from the same rules (see assessment.validateRoleNames).
func roleNameProblem(names map[assessment.Role]string, r assessment.Role, name string) string {
	name = strings.TrimSpace(name)
	if utf8.RuneCountInString(name) > assessment.MaxRoleNameLen {
		return l10n.F("a role's name can be at most %d characters long", assessment.MaxRoleNameLen)
	}
	if !utf8.ValidString(name) || strings.ContainsFunc(name, unicode.IsControl) {
		return l10n.T("a role's name must be one line of text, without tabs")
	}
	if !slices.Contains(assessment.RACIRoles, r) {
		return l10n.T("only the roles of the ownership matrix can be renamed")
	}
	// The same check as the assessment's: another role's name, or either
	// of its default labels, in any language.
	if _, clash := assessment.RoleNameClash(names, r, name); clash {
		return l10n.F("\u201c%s\u201d is already the name of another role in this assessment", name)
	}
	return l10n.T("the name cannot be used")
}

// maxMatrixUndo bounds the matrix changes UndoMatrix can take back: a
// workshop corrects its last few steps, not a whole afternoon.
const maxMatrixUndo = 100

// matrixStep is what one change to the open assessment's matrix replaced:
// one role's letter in one row, or, for a model applied, the whole matrix
// and model (kept by reference: matrices are copied on write). A letter
// step keeps only the letter, so a workshop's hundred edits cost nothing.
type matrixStep struct {
	key    assessment.CellKey
	role   assessment.Role
	old    assessment.Letter
	whole  bool              // a model was applied: matrix and model are the step
	matrix assessment.Matrix // when whole
	model  string            // when whole
	what   string            // the change, for the undo button
}

// pushMatrix remembers a change's step.
func (s *Session) pushMatrix(step matrixStep) {
	if len(s.matrixUndo) == maxMatrixUndo {
		s.matrixUndo = slices.Delete(s.matrixUndo, 0, 1)
	}
	s.matrixUndo = append(s.matrixUndo, step)
}

// MatrixUndo describes the matrix change UndoMatrix would take back ("5.9
// Plant OT, OT / automation lead", or a model applied); ok is false when
// there is none.
func (s *Session) MatrixUndo() (what string, ok bool) {
	if len(s.matrixUndo) == 0 {
		return "", false
	}
	return s.matrixUndo[len(s.matrixUndo)-1].what, true
}

// UndoMatrix takes back the last change to the open assessment's matrix
// made in this window: a letter set or cleared, or a model applied.
func (s *Session) UndoMatrix() error {
	if !s.open {
		return ErrNotOpen
	}
	if len(s.matrixUndo) == 0 {
		return ErrNothingToUndo
	}
	step := s.matrixUndo[len(s.matrixUndo)-1]
	s.matrixUndo = s.matrixUndo[:len(s.matrixUndo)-1]
	return s.edit(func(a *assessment.Assessment) {
		if step.whole {
			a.Matrix, a.Model = step.matrix, step.model
			return
		}
		a.Matrix = assessment.SetLetter(a.Matrix, step.key, step.role, step.old)
	})
}

// ApplyPreset fills the open assessment's matrix from ownership model
// model, built for the assessment's profile, and records the model;
// overwrite false keeps the rows the user already filled.
func (s *Session) ApplyPreset(model string, overwrite bool) error {
	if !s.open {
		return ErrNotOpen
	}
	preset, err := assessment.Preset(model, s.cur.Profile)
	if err != nil {
		s.fail(l10n.T("Could not apply the ownership model"), err)
		return fmt.Errorf("apply preset: %w", err)
	}
	m, _ := assessment.ModelByID(model)
	s.pushMatrix(matrixStep{whole: true, matrix: s.cur.Matrix, model: s.cur.Model, what: l10n.F("the %s model", l10n.T(m.Name))})
	_ = s.edit(func(a *assessment.Assessment) {
		a.Matrix = assessment.ApplyPreset(a.Matrix, preset, overwrite)
		a.Model = model
	})
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.F("Applied the %s model to the ownership matrix.", l10n.T(m.Name))}
	return nil
}

// Create stores a new, empty assessment and opens it.
func (s *Session) Create() (string, error) {
	a := assessment.New(s.cfg.NewID(), s.cfg.Now())
	if _, err := s.store.Save(a, Summarize(a), 0); err != nil {
		s.fail(l10n.T("Could not create the assessment"), err)
		return "", fmt.Errorf("create: %w", err)
	}
	s.Refresh()
	if err := s.Open(a.ID); err != nil {
		return "", err
	}
	return a.ID, nil
}

// Rename gives assessment id a new name. The open assessment is renamed
// through its autosave (and its list row at once); another one is
// rewritten in place.
func (s *Session) Rename(id, name string) error {
	if s.open && s.cur.ID == id {
		_ = s.edit(func(a *assessment.Assessment) { a.Name = name })
		// A new slice: a slice changed in place would look unchanged to
		// the list's comparison.
		s.list.Items = slices.Clone(s.list.Items)
		for i := range s.list.Items {
			if s.list.Items[i].ID == id {
				s.list.Items[i].Name = name
			}
		}
		return nil
	}
	err := s.store.Rename(id, name)
	if err != nil {
		s.fail(l10n.T("Could not rename the assessment"), err)
		err = fmt.Errorf("rename %q: %w", id, err)
	}
	s.Refresh()
	return err
}

// Duplicate stores a copy of assessment id under a new ID.
func (s *Session) Duplicate(id string) (assessment.Assessment, error) {
	if s.open && s.cur.ID == id {
		s.Flush()
	}
	a, err := s.store.Duplicate(id, s.cfg.NewID(), s.cfg.Now())
	if err != nil {
		s.fail(l10n.T("Could not duplicate the assessment"), err)
		return assessment.Assessment{}, fmt.Errorf("duplicate %q: %w", id, err)
	}
	s.Refresh()
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.F("Created \u201c%s\u201d.", assessment.DisplayName(a.Name))}
	return a, nil
}

// Delete removes assessment id, closing it if it is open, and offers to
// undo. It reports whether the open assessment was closed, so that the
// caller can leave its views.
func (s *Session) Delete(id string) (closed bool, err error) {
	var a assessment.Assessment
	if s.open && s.cur.ID == id {
		s.Flush()
		a = s.cur
	} else if a, _, err = s.store.Load(id); err != nil {
		s.fail(l10n.T("Could not delete the assessment"), err)
		return false, fmt.Errorf("delete %q: %w", id, err)
	}
	if err := s.store.Delete(id); err != nil {
		s.fail(l10n.T("Could not delete the assessment"), err)
		return false, fmt.Errorf("delete %q: %w", id, err)
	}
	if s.open && s.cur.ID == id {
		// Stopped before Close, whose flush would store it again.
		s.saver.Stop()
		s.saver = nil
		s.Close()
		closed = true
	}
	s.undo = &undoEntry{restore: []assessment.Assessment{a}}
	s.notice = &Notice{Kind: NoticeInfo, Text: l10n.F("Deleted \u201c%s\u201d.", assessment.DisplayName(a.Name)), Undo: true}
	s.Refresh()
	return closed, nil
}

// CanUndo reports whether Undo has something to undo.
func (s *Session) CanUndo() bool { return s.undo != nil }

// Undo reverses the last delete or import: it removes what the import
// created and puts back what either replaced.
func (s *Session) Undo() error {
	u := s.undo
	if u == nil {
		return ErrNothingToUndo
	}
	s.undo = nil
	defer s.Refresh()
	for _, id := range u.remove {
		if s.open && s.cur.ID == id {
			s.Close()
		}
		if err := s.store.Delete(id); err != nil && !errors.Is(err, storage.ErrNotFound) {
			s.fail(l10n.T("Could not undo"), err)
			return fmt.Errorf("undo: %w", err)
		}
	}
	for _, a := range u.restore {
		if err := s.put(a); err != nil {
			s.fail(l10n.T("Could not undo"), err)
			return fmt.Errorf("undo: %w", err)
		}
		if s.open && s.cur.ID == a.ID {
			s.reloadOpen()
		}
	}
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.T("Undone.")}
	return nil
}

// put stores a over whatever is stored under its ID.
func (s *Session) put(a assessment.Assessment) error {
	base, err := s.store.Revision(a.ID)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	_, err = s.store.Save(a, Summarize(a), base)
	return err
}

// reloadOpen loads the stored version of the open assessment.
func (s *Session) reloadOpen() error {
	if !s.open {
		return ErrNotOpen
	}
	a, rev, err := s.store.Load(s.cur.ID)
	if err != nil {
		s.fail(l10n.T("Could not reload the assessment"), err)
		return fmt.Errorf("reload %q: %w", s.cur.ID, err)
	}
	s.cur = a
	s.loads++
	s.matrixUndo = nil // the steps were made on another version
	if s.saver != nil {
		s.saver.Reset(rev)
	}
	s.status = storage.Status{State: storage.StateSaved, ID: a.ID, Revision: rev}
	return nil
}

// LoadTheirs resolves a save conflict by loading the version that another
// window stored, dropping this window's unsaved change.
func (s *Session) LoadTheirs() error { return s.reloadOpen() }

// KeepMine resolves a save conflict by storing this window's version over
// the other window's (or again, if the other window deleted it).
func (s *Session) KeepMine() error {
	if s.saver == nil {
		return ErrNotOpen
	}
	if err := s.saver.Overwrite(); err != nil {
		return fmt.Errorf("keep this version: %w", err)
	}
	return nil
}

// External is what another window's write did to this session.
type External int

// The outcomes of StorageChanged.
const (
	ExternalNone     External = iota // nothing shown changed, or only the list
	ExternalReloaded                 // the open assessment was reloaded
	ExternalDeleted                  // the open assessment was deleted and is closed
	ExternalDeferred                 // the open assessment changed while this window has unsaved edits; the next save asks the user
)

// StorageChanged follows another tab or window writing key ("" when it
// cleared storage). Keys outside the tool's namespace are ignored.
func (s *Session) StorageChanged(key string) External {
	if key != "" && !storage.IsOwnKey(key) {
		return ExternalNone
	}
	defer s.Refresh()
	id, ok := storage.IsAssessmentKey(key)
	if !s.open || (key != "" && (!ok || id != s.cur.ID)) {
		return ExternalNone
	}
	_, err := s.store.Revision(s.cur.ID)
	switch {
	case errors.Is(err, storage.ErrNotFound):
		if s.saver != nil && s.saver.Pending() {
			// The next save meets the deletion and asks the user
			// whether to keep this window's version.
			return ExternalDeferred
		}
		s.Close()
		s.notice = &Notice{Kind: NoticeInfo, Text: l10n.T("This assessment was deleted in another tab or window.")}
		return ExternalDeleted
	case err != nil:
		s.fail(l10n.T("Could not check the assessment"), err)
		return ExternalNone
	case s.saver != nil && s.saver.Pending():
		return ExternalDeferred
	}
	if s.reloadOpen() != nil {
		return ExternalNone
	}
	s.notice = &Notice{Kind: NoticeInfo, Text: l10n.T("This assessment was updated in another tab or window; showing the latest version.")}
	return ExternalReloaded
}

// DiscardKept deletes the kept copy of an unreadable stored value under
// quarantine key key (the user confirmed it).
func (s *Session) DiscardKept(key string) error {
	defer s.Refresh()
	if err := s.store.DiscardQuarantine(key); err != nil {
		s.fail(l10n.T("Could not discard the kept copy"), err)
		return fmt.Errorf("discard kept copy: %w", err)
	}
	return nil
}

// DownloadKept hands the kept copy under quarantine key key to the user:
// the value exactly as it was stored, which is what a support person or a
// later version of the tool can read.
func (s *Session) DownloadKept(key string) error {
	var raw string
	kept, err := s.store.Quarantined()
	if err == nil {
		i := slices.IndexFunc(kept, func(q storage.Quarantine) bool { return q.Key == key })
		if i < 0 {
			err = errors.New(l10n.F("no kept copy under %q", key))
		} else {
			raw = kept[i].Raw
		}
	}
	if err != nil {
		s.fail(l10n.T("Could not read the kept copy"), err)
		return fmt.Errorf("download kept copy: %w", err)
	}
	if err := s.cfg.Download("unreadable-assessment.json", "application/json", []byte(raw)); err != nil {
		s.fail(l10n.T("Could not save the file"), err)
		return fmt.Errorf("download kept copy: %w", err)
	}
	return nil
}

// Summarize is the home-list row of a: progress in percent of questions
// answered, and the overall score, or -1 when nothing scored yet.
func Summarize(a assessment.Assessment) storage.Summary {
	p, sc := measure(a)
	return storage.Summary{Progress: p, Score: sc}
}

func measure(a assessment.Assessment) (progress, score float64) {
	answered, total := assessment.Progress(a)
	if total > 0 {
		progress = 100 * float64(answered) / float64(total)
	}
	res := assessment.Score(a)
	score = -1
	if res.HasScore {
		score = res.Overall
	}
	return progress, score
}
