package session

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// csvMIME is the type of every CSV file the tool writes.
const csvMIME = "text/csv;charset=utf-8"

// File is a file the user picked or dropped, as read.
type File struct {
	Name string
	Data []byte
}

// ImportPreview is what an import would do, shown before anything changes.
type ImportPreview struct {
	File  string
	Items []ImportItem
	// Notes say how the file was read where it did not say itself, e.g.
	// the day/month order of dates a spreadsheet rewrote.
	Notes []string
	// Need is what storing the file would add to the browser's storage,
	// and Free what is left there, in UTF-16 code units (estimates; see
	// storage.Store.Free).
	Need, Free int
	// Refusal says why the file cannot be imported though it was read,
	// "" when it can: the check is made before anything is written.
	Refusal string
}

// Counts returns how many of the file's assessments are new, replace a
// stored one with other content, and are the same as the stored one.
// They add up to len(Items).
func (p *ImportPreview) Counts() (added, replaced, same int) {
	for _, it := range p.Items {
		switch {
		case it.Changes.New:
			added++
		case it.Unchanged():
			same++
		default:
			replaced++
		}
	}
	return added, replaced, same
}

// ImportItem is one assessment of an imported file.
type ImportItem struct {
	ID, Name, Site, Respondent, Date string
	StoredName                       string // the name of the assessment it replaces, if any
	Answered, Questions, MatrixRows  int
	Changes                          csvio.Changes
	// Integrity says whether the file's content is unchanged since its
	// export (csvio.Seal); informative, it never blocks the import.
	Integrity csvio.Integrity
	// RoleNames are the matrix roles the import calls by another name
	// than the stored assessment does (than their default labels, for a
	// new one), in assessment.RACIRoles order: the names head the matrix
	// columns and appear in every problem message, so a workshop must not
	// find its titles replaced unannounced.
	RoleNames []RoleNameChange
}

// Unchanged reports whether importing it changes nothing stored: it
// replaces an assessment that already holds the same content.
func (it ImportItem) Unchanged() bool {
	c := it.Changes
	return !c.New && !c.NameChanged && len(c.Profile) == 0 && len(it.RoleNames) == 0 &&
		c.AnswersChanged+c.AnswersAdded+c.AnswersRemoved+c.MatrixRowsChanged+c.ActionsChanged+c.HoldersChanged+c.AuthorityChanged == 0
}

// RoleNameChange is one matrix role that an import renames. From and To
// are how the role is called before and after: its own name, or its
// default label when it has none.
type RoleNameChange struct {
	Role     assessment.Role
	From, To string
}

// String says the change for the import preview: "OT / automation lead
// will be called “Head of Automation”".
func (c RoleNameChange) String() string {
	if c.To == assessment.RoleLabel(c.Role) {
		return l10n.F("%s will be called %s again, the default name", c.From, c.To)
	}
	return l10n.F("%s will be called \u201c%s\u201d", c.From, c.To)
}

// roleNameChanges lists the matrix roles that imported calls otherwise
// than old (nil: a new assessment, whose roles have their default labels).
func roleNameChanges(old *assessment.Assessment, imported assessment.Assessment) []RoleNameChange {
	var before map[assessment.Role]string
	if old != nil {
		before = old.RoleNames
	}
	var out []RoleNameChange
	for _, r := range assessment.RACIRoles {
		from, to := assessment.RoleName(before, r), imported.RoleName(r)
		if from != to {
			out = append(out, RoleNameChange{Role: r, From: from, To: to})
		}
	}
	return out
}

// MaxShownProblems bounds the list of a broken file's problems: the first
// ones are what the user fixes first, and a file can have hundreds.
const MaxShownProblems = 25

// Preview returns the import being previewed, or nil.
func (s *Session) Preview() *ImportPreview { return s.preview }

// PickedTogether counts the files previewed one after the other since the
// import dialog opened: the previewed one, those before it and those
// waiting.
func (s *Session) PickedTogether() int { return s.picked }

// Waiting names the files picked with the previewed one that wait for
// their turn, in order.
func (s *Session) Waiting() []string {
	names := make([]string, len(s.queue))
	for i, f := range s.queue {
		names[i] = f.Name
	}
	return names
}

// ReadFile is a file parsed for import by Read, waiting for its preview.
type ReadFile struct {
	Name string
	err  error // why it cannot be imported; the rest is then empty
	as   []assessment.Assessment
	// items describe as against an empty store (every one new); previewFile
	// redoes those whose ID is stored when the file's turn comes.
	items []ImportItem
	sizes []int // storage.StoredSize of each of as
	notes []string
}

// Read parses f for import and describes its assessments: the work of an
// import preview that does not depend on what is stored, which is nearly
// all of it. It touches no session state, so it may run on any goroutine.
// pause, when not nil, is called often (every few hundred rows, after
// each assessment) with the share of the work done, in thousandths; it
// decides by the time passed whether to pause, so that a caller on the browser's only
// thread can yield to the page and show the progress. A file that cannot
// be imported is returned with the reason, which PreviewRead reports when
// its turn comes.
func Read(f File, pause func(permille int)) ReadFile {
	rf := ReadFile{Name: f.Name}
	// Parsing is most of the work: say it is 800 of the 1000.
	var opt csvio.Options
	if pause != nil {
		opt.Pause = func(done, total int) { pause(800 * done / max(total, 1)) }
	}
	as, report, err := csvio.ImportWith(f.Data, opt)
	if err != nil {
		rf.err = err
		return rf
	}
	rf.as, rf.notes = as, report.Notes
	rf.items = make([]ImportItem, len(as))
	rf.sizes = make([]int, len(as))
	for i, a := range as {
		if pause != nil {
			// A full assessment takes a while to measure and describe.
			pause(800 + 200*i/len(as))
		}
		size, err := storage.StoredSize(a)
		if err != nil {
			return ReadFile{Name: f.Name, err: err}
		}
		rf.sizes[i] = size
		answered, questions := assessment.Progress(a)
		rf.items[i] = ImportItem{
			ID: a.ID, Name: a.Name, Site: a.Profile.Site, Respondent: a.Profile.Respondent, Date: a.Profile.Date,
			Answered: answered, Questions: questions, MatrixRows: len(a.Matrix),
			Changes: csvio.Compare(nil, a), RoleNames: roleNameChanges(nil, a),
			Integrity: report.Integrity[a.ID],
		}
	}
	return rf
}

// PreviewFiles reads files for import: the first that can be read is
// previewed; the others wait their turn and are previewed one after the
// other as the user confirms or cancels each (see ConfirmImport and
// CancelImport). A file that cannot be imported is reported in the notice
// and skipped; nothing is stored before the user confirms. It is Read
// and PreviewRead in one step, on the caller's goroutine.
func (s *Session) PreviewFiles(files ...File) {
	read := make([]ReadFile, len(files))
	for i, f := range files {
		read[i] = Read(f, nil)
	}
	s.PreviewRead(read...)
}

// PreviewRead is PreviewFiles for files already read (see Read). Every
// part of a backup exported in several files (see ExportAll), picked
// together, is one import: one preview, stored all together or not at
// all.
func (s *Session) PreviewRead(files ...ReadFile) {
	files = joinParts(files)
	if s.preview == nil {
		s.picked = 0
	}
	s.picked += len(files)
	s.queue = append(s.queue, files...)
	if s.preview == nil {
		s.previewNext()
	}
}

// joinParts replaces every complete set of a backup's parts among files
// by one file holding them all, in part order, where the first of them was
// picked.
// An incomplete set, or one with a part that cannot be imported or an
// assessment in two parts, stays as it is: each part is a file of its
// own, which imports alone.
func joinParts(files []ReadFile) []ReadFile {
	type set struct {
		n     int
		parts map[int]int // part number → index in files
	}
	sets := map[string]*set{}
	for i, f := range files {
		whole, p, n, ok := csvio.ParsePartName(f.Name)
		if !ok || f.err != nil {
			continue
		}
		key := whole + "/" + strconv.Itoa(n)
		if sets[key] == nil {
			sets[key] = &set{n: n, parts: map[int]int{}}
		}
		sets[key].parts[p] = i
	}
	drop := map[int]bool{}
	joined := map[int]ReadFile{}
	for key, st := range sets {
		if len(st.parts) != st.n {
			continue
		}
		whole, _, _ := strings.Cut(key, "/")
		j := ReadFile{Name: l10n.F("%s (%d parts)", strings.TrimSuffix(whole, ".csv"), st.n)}
		ids, ok := map[string]bool{}, true
		for p := 1; p <= st.n && ok; p++ {
			f := files[st.parts[p]]
			for _, a := range f.as {
				ok = ok && !ids[a.ID]
				ids[a.ID] = true
			}
			j.as = append(j.as, f.as...)
			j.items = append(j.items, f.items...)
			j.sizes = append(j.sizes, f.sizes...)
			j.notes = append(j.notes, f.notes...)
		}
		if !ok {
			continue
		}
		first := len(files)
		for _, i := range st.parts {
			first = min(first, i)
			drop[i] = true
		}
		drop[first] = false
		joined[first] = j
	}
	if len(joined) == 0 {
		return files
	}
	out := make([]ReadFile, 0, len(files))
	for i, f := range files {
		switch {
		case drop[i]:
		case joined[i].Name != "":
			out = append(out, joined[i])
		default:
			out = append(out, f)
		}
	}
	return out
}

// previewNext previews the next queued file that can be imported.
func (s *Session) previewNext() {
	s.preview, s.pending = nil, nil
	for len(s.queue) > 0 {
		f := s.queue[0]
		s.queue = s.queue[1:]
		if err := s.previewFile(f); err == nil {
			return
		}
	}
}

// previewFile describes what importing f would change against what is
// stored now (an earlier file of the same pick may have been imported
// since f was read). It only reads the store, and only the assessments
// that f's replace: a file of thousands of new ones previews at once.
func (s *Session) previewFile(f ReadFile) error {
	if err := f.err; err != nil {
		n := Notice{Kind: NoticeError, Text: l10n.F("\u201c%s\u201d was not imported: nothing was changed.", f.Name)}
		var ie *csvio.ImportError
		if errors.As(err, &ie) {
			for i, p := range ie.Problems {
				if i == MaxShownProblems {
					n.Details = append(n.Details, l10n.N(len(ie.Problems)-i, "\u2026 and %d more problem", "\u2026 and %d more problems"))
					break
				}
				n.Details = append(n.Details, p.String())
			}
		} else {
			n.Details = []string{UserMessage(err)}
		}
		s.notice = &n
		return fmt.Errorf("import %q: %w", f.Name, err)
	}
	p := &ImportPreview{File: f.Name, Notes: f.notes}
	free, err := s.store.Free(s.quota())
	if err == nil {
		p.Free = free
	} else {
		s.fail(l10n.F("\u201c%s\u201d was not imported: the free browser storage cannot be measured", f.Name), err)
		return fmt.Errorf("import %q: %w", f.Name, err)
	}
	stored, err := s.storedIDs()
	if err != nil {
		s.fail(l10n.F("\u201c%s\u201d was not imported: the stored assessments cannot be listed", f.Name), err)
		return fmt.Errorf("import %q: %w", f.Name, err)
	}
	p.Items = slices.Clone(f.items)
	for i, a := range f.as {
		p.Need += f.sizes[i]
		if !stored[a.ID] {
			continue
		}
		have, err := s.store.Size(a.ID)
		if err != nil {
			s.fail(l10n.F("\u201c%s\u201d was not imported", f.Name), err)
			return fmt.Errorf("import %q: %w", f.Name, err)
		}
		p.Need -= have
		prev, _, err := s.store.Load(a.ID)
		if errors.Is(err, storage.ErrNotFound) {
			continue
		}
		if err != nil {
			s.fail(l10n.F("\u201c%s\u201d was not imported: the stored assessment it would replace cannot be read", f.Name), err)
			return fmt.Errorf("import %q: %w", f.Name, err)
		}
		it := &p.Items[i]
		it.StoredName, it.Changes, it.RoleNames = prev.Name, csvio.Compare(&prev, a), roleNameChanges(&prev, a)
	}
	if p.Need > p.Free {
		p.Refusal = l10n.F("It cannot be imported: its %s need about %s of browser storage and %s are free. Nothing was stored. "+
			"Export a backup and delete assessments you no longer need, or split the file, then import it again.",
			l10n.N(len(f.as), "%d assessment", "%d assessments"), StorageAmount(p.Need), StorageAmount(max(p.Free, 0)))
	}
	s.preview, s.pending = p, f.as
	return nil
}

// storedIDs returns the IDs of the assessments in storage, read from its
// keys alone.
func (s *Session) storedIDs() (map[string]bool, error) {
	keys, err := s.cfg.Backend.Keys()
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(keys))
	for _, k := range keys {
		if id, ok := storage.IsAssessmentKey(k); ok {
			ids[id] = true
		}
	}
	return ids, nil
}

// quota is the storage size the import's fit check measures against: the
// backend's own (a test's in-memory quota) or the browser's.
func (s *Session) quota() int {
	if q, ok := s.cfg.Backend.(interface{ Quota() int }); ok && q.Quota() > 0 {
		return q.Quota()
	}
	return csvio.StorageQuota
}

// StorageAmount says a size in UTF-16 code units as the user thinks of
// it: the browser counts two bytes per unit.
func StorageAmount(units int) string {
	b := 2 * float64(units)
	switch {
	case b >= 1e6:
		return l10n.F("%s MB", l10n.Decimal(b/1e6, 1))
	case b >= 1e3:
		return l10n.F("%s kB", l10n.Decimal(b/1e3, 0))
	}
	return l10n.F("%s bytes", l10n.Decimal(b, 0))
}

// CancelImport drops the previewed file without storing anything and
// previews the next waiting one, if any.
func (s *Session) CancelImport() { s.previewNext() }

// ConfirmImport stores the previewed assessments over their stored
// versions, offers to undo them all at once, and previews the next waiting
// file. It returns the IDs stored.
//
// It is all or nothing: a file whose Refusal is set is not written at
// all, and when a write fails (the browser's storage filling up before
// the estimate said it would) every assessment already written is taken
// back, so that the stored list is what it was and says so.
func (s *Session) ConfirmImport() ([]string, error) {
	as := s.pending
	if s.preview == nil || len(as) == 0 {
		return nil, ErrNoImport
	}
	defer s.previewNext()
	defer s.Refresh()
	if s.preview.Refusal != "" {
		s.notice = &Notice{Kind: NoticeError, Text: l10n.F("\u201c%s\u201d was not imported: nothing was changed.", s.preview.File), Details: []string{s.preview.Refusal}}
		return nil, fmt.Errorf("import %q: %w", s.preview.File, ErrNoRoom)
	}
	s.Flush()
	u := &undoEntry{}
	// raw holds the stored values replaced so far, byte for byte, for a
	// roll-back that leaves no trace (not even a revision).
	var raw []rawValue
	var ids []string
	for _, a := range as {
		old, _, err := s.store.Load(a.ID)
		var was string
		if err == nil {
			was, _, err = s.store.RawValue(a.ID)
		}
		switch {
		case err == nil:
			// A consensus edited in a spreadsheet keeps the marks of its
			// changes since it was stored.
			a = assessment.KeepChangesAfterSession(old, a, s.today())
			err = s.put(a)
			if err == nil {
				u.restore = append(u.restore, old)
				raw = append(raw, rawValue{a.ID, was})
			}
		case errors.Is(err, storage.ErrNotFound):
			err = s.put(a)
			if err == nil {
				u.remove = append(u.remove, a.ID)
			}
		}
		if err != nil {
			s.rollBack(u.remove, raw, len(as), err)
			return nil, fmt.Errorf("import: %w", err)
		}
		ids = append(ids, a.ID)
	}
	for _, id := range ids {
		if s.open && s.cur.ID == id {
			_ = s.reloadOpen()
		}
	}
	s.undo = u
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.N(len(as), "Imported %d assessment.", "Imported %d assessments."), Undo: true}
	return ids, nil
}

// rawValue is a stored value as it was, for rollBack.
type rawValue struct{ id, raw string }

// rollBack takes back the writes of an import that failed with cause: the
// created assessments are deleted first, which frees the room the
// replaced ones need to be put back as they were.
func (s *Session) rollBack(created []string, replaced []rawValue, total int, cause error) {
	var failed []string
	for _, id := range created {
		if err := s.store.Delete(id); err != nil && !errors.Is(err, storage.ErrNotFound) {
			failed = append(failed, UserMessage(err))
		}
	}
	for _, v := range replaced {
		if err := s.store.RestoreRaw(v.id, v.raw); err != nil {
			failed = append(failed, UserMessage(err))
		}
	}
	name := s.preview.File
	n := len(created) + len(replaced)
	if len(failed) > 0 {
		s.notice = &Notice{Kind: NoticeError, Text: l10n.F("Import of \u201c%s\u201d stopped and could not be fully taken back: check the list, which shows what is stored.", name),
			Details: append([]string{UserMessage(cause)}, failed...)}
		return
	}
	text := l10n.F("\u201c%s\u201d was not imported: nothing was changed.", name)
	detail := UserMessage(cause)
	switch {
	case n == 1:
		detail += " " + l10n.F("It stopped after %d of the %d assessments; that one was taken back.", n, total)
	case n > 1:
		detail += " " + l10n.F("It stopped after %d of the %d assessments; those were taken back.", n, total)
	}
	s.notice = &Notice{Kind: NoticeError, Text: text, Details: []string{detail}}
}

// Load reads stored assessment id without opening it, for the
// comparison, which loads many in the background: unlike the other
// methods it may be called from any goroutine (the store is safe for
// concurrent use, and Load changes nothing in the session).
func (s *Session) Load(id string) (assessment.Assessment, error) {
	a, _, err := s.store.Load(id)
	if err != nil {
		return assessment.Assessment{}, fmt.Errorf("load %q: %w", id, err)
	}
	return a, nil
}

// LoadRevision is Load with the stored revision, which the comparison
// shows beside a version of the same assessment from a file. Like Load it
// may be called from any goroutine.
func (s *Session) LoadRevision(id string) (assessment.Assessment, int, error) {
	a, rev, err := s.store.Load(id)
	if err != nil {
		return assessment.Assessment{}, 0, fmt.Errorf("load %q: %w", id, err)
	}
	return a, rev, nil
}

// Export hands assessment id (the open one included, with its latest
// edits) to the user as a CSV file.
func (s *Session) Export(id string) error {
	a := s.cur
	if !s.open || id != s.cur.ID {
		var err error
		if a, _, err = s.store.Load(id); err != nil {
			s.fail(l10n.T("Could not export the assessment"), err)
			return fmt.Errorf("export %q: %w", id, err)
		}
	}
	var buf bytes.Buffer
	if err := csvio.Export(&buf, a); err != nil {
		s.fail(l10n.T("Could not export the assessment"), err)
		return fmt.Errorf("export %q: %w", id, err)
	}
	return s.Download(csvio.Filename(a), csvMIME, buf.Bytes())
}

// ExportAll hands every stored assessment to the user in one CSV file.
func (s *Session) ExportAll() error {
	s.Flush()
	s.Refresh()
	var all []assessment.Assessment
	for _, it := range s.list.Items {
		a, _, err := s.store.Load(it.ID)
		if err != nil {
			s.fail(l10n.F("Could not export \u201c%s\u201d", assessment.DisplayName(it.Name)), err)
			return fmt.Errorf("export all: %w", err)
		}
		all = append(all, a)
	}
	if len(all) == 0 {
		s.notice = &Notice{Kind: NoticeInfo, Text: l10n.T("There is nothing to export yet.")}
		return ErrNothingToExport
	}
	// A backup larger than one file may be comes in parts, each of which
	// the import reads (see csvio.ExportParts); nearly all are one file.
	parts, err := csvio.ExportParts(all...)
	if err != nil {
		s.fail(l10n.T("Could not export the assessments"), err)
		return fmt.Errorf("export all: %w", err)
	}
	name := csvio.FilenameAll(s.cfg.Now().Format("2006-01-02"))
	if len(parts) == 1 {
		return s.Download(name, csvMIME, parts[0])
	}
	for i, p := range parts {
		part := csvio.PartName(name, i+1, len(parts))
		if err := s.cfg.Download(part, csvMIME, p); err != nil {
			s.fail(l10n.T("Could not save the file"), err)
			return fmt.Errorf("save %q: %w", part, err)
		}
	}
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.F("Saved the backup to your downloads as %d files, %s and the following: "+
		"one file holds at most %d assessments. Pick them together to import them in one step.", len(parts), csvio.PartName(name, 1, len(parts)), csvio.MaxFileAssessments)}
	return nil
}

// Download hands a file to the user and says so in the notice, or why it
// could not: the exports, and files the session did not make (the
// comparison's consolidated CSV).
func (s *Session) Download(name, mime string, data []byte) error {
	if err := s.cfg.Download(name, mime, data); err != nil {
		s.fail(l10n.T("Could not save the file"), err)
		return fmt.Errorf("save %q: %w", name, err)
	}
	s.notice = &Notice{Kind: NoticeSuccess, Text: l10n.F("Saved %s to your downloads.", name)}
	return nil
}
