package session

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// manualClock never fires the autosave timer: tests save with Flush.
type manualClock struct{ now time.Time }

func (c *manualClock) Now() time.Time { return c.now }
func (c *manualClock) AfterFunc(time.Duration, func()) storage.Timer {
	return stoppedTimer{}
}

type stoppedTimer struct{}

func (stoppedTimer) Stop() bool { return true }

// download is one file handed to the user.
type download struct {
	name, mime string
	data       []byte
}

// harness is a Session over an in-memory backend, with predictable IDs
// and a record of the downloads.
type harness struct {
	*Session
	backend   *storage.Memory
	downloads []download
	ids       int
}

var testNow = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

func newHarness(t *testing.T, b *storage.Memory) *harness {
	t.Helper()
	if b == nil {
		b = storage.NewMemory()
	}
	h := &harness{backend: b}
	h.Session = New(Config{
		Backend: b,
		Now:     func() time.Time { return testNow },
		NewID: func() string {
			h.ids++
			return "test" + strconv.Itoa(h.ids) + strings.Repeat("0", 20)
		},
		Download: func(name, mime string, data []byte) error {
			h.downloads = append(h.downloads, download{name, mime, data})
			return nil
		},
		Clock: &manualClock{now: testNow},
	})
	return h
}

// stored loads id straight from the store.
func (h *harness) stored(t *testing.T, id string) assessment.Assessment {
	t.Helper()
	a, _, err := h.store.Load(id)
	require.NoError(t, err)
	return a
}

func rated(r assessment.Rating) assessment.Answer { return assessment.Answer{Rating: r} }

func firstQuestion(t *testing.T) string {
	t.Helper()
	qs := assessment.Questions()
	require.NotEmpty(t, qs)
	return qs[0].ID
}

func TestEditsNeedAnOpenAssessment(t *testing.T) {
	h := newHarness(t, nil)
	key := assessment.CellKey{Control: assessment.Controls()[0].ID, Domain: assessment.Domains[0]}
	for name, edit := range map[string]func() error{
		"answer":  func() error { return h.SetAnswer(firstQuestion(t), rated(assessment.Rating2)) },
		"profile": func() error { return h.SetProfile(assessment.Profile{Site: "Plant A"}) },
		"letter":  func() error { return h.SetLetter(key, assessment.RoleOT, assessment.LetterAccountable) },
		"role":    func() error { return h.SetRoleName(assessment.RoleOT, "Head of Automation") },
		"preset":  func() error { return h.ApplyPreset(assessment.Models()[0].ID, true) },
		"keep":    func() error { return h.KeepMine() },
		"reload":  func() error { return h.LoadTheirs() },
	} {
		assert.ErrorIs(t, edit(), ErrNotOpen, name)
	}
}

func TestCreateOpensAndEditsAreSaved(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	require.True(t, h.IsOpen())
	assert.Equal(t, id, h.Current().ID)
	require.Len(t, h.List().Items, 1)

	q := firstQuestion(t)
	key := assessment.CellKey{Control: assessment.Controls()[0].ID, Domain: assessment.Domains[0]}
	require.NoError(t, h.SetAnswer(q, assessment.Answer{Rating: assessment.Rating3, Note: "seen the procedure"}))
	require.NoError(t, h.SetProfile(assessment.Profile{Site: "Plant A", Validated: true}))
	require.NoError(t, h.SetLetter(key, assessment.RoleOT, assessment.LetterAccountable))
	assert.Equal(t, storage.StateSaving, h.Status().State, "a change waits for the debounce")

	h.Flush()
	assert.Equal(t, storage.StateSaved, h.Status().State)
	got := h.stored(t, id)
	assert.Equal(t, assessment.Rating3, got.Answers[q].Rating)
	assert.Equal(t, "seen the procedure", got.Answers[q].Note)
	assert.Equal(t, "Plant A", got.Profile.Site)
	assert.Equal(t, assessment.LetterAccountable, got.Matrix[key][assessment.RoleOT])
	assert.Equal(t, testNow.Format(time.RFC3339), got.Updated)
}

func TestSetAnswerReplacesTheMap(t *testing.T) {
	h := newHarness(t, nil)
	_, err := h.Create()
	require.NoError(t, err)
	q := firstQuestion(t)
	require.NoError(t, h.SetAnswer(q, rated(assessment.Rating1)))
	before := h.Current().Answers
	require.NoError(t, h.SetAnswer(q, rated(assessment.Rating2)))
	assert.Equal(t, assessment.Rating1, before[q].Rating, "the map a view holds must not change under it")
	assert.Equal(t, assessment.Rating2, h.Current().Answers[q].Rating)

	require.NoError(t, h.SetAnswer(q, assessment.Answer{}))
	assert.Nil(t, h.Current().Answers, "a zero answer removes it, and no answers is nil")
}

func TestApplyPreset(t *testing.T) {
	h := newHarness(t, nil)
	_, err := h.Create()
	require.NoError(t, err)
	model := assessment.Models()[0]
	require.NoError(t, h.ApplyPreset(model.ID, true))
	assert.Equal(t, model.ID, h.Current().Model)
	assert.NotEmpty(t, h.Current().Matrix)
	require.NotNil(t, h.Notice())
	assert.Contains(t, h.Notice().Text, model.Name)

	err = h.ApplyPreset("no-such-model", true)
	require.Error(t, err)
	assert.Equal(t, NoticeError, h.Notice().Kind)
	assert.Equal(t, model.ID, h.Current().Model, "a failed preset changes nothing")
}

func TestLoadsCountsLoadsNotEdits(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	loads := h.Loads()
	require.NoError(t, h.SetAnswer(firstQuestion(t), rated(assessment.Rating2)))
	require.NoError(t, h.SetProfile(assessment.Profile{Site: "x"}))
	require.NoError(t, h.Rename(id, "renamed"))
	assert.Equal(t, loads, h.Loads(), "the user's own edits are not loads")

	h.Flush()
	require.NoError(t, h.LoadTheirs())
	assert.Equal(t, loads+1, h.Loads())
}

func TestRename(t *testing.T) {
	h := newHarness(t, nil)
	open, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.Rename(open, "Plant A, OT lead"))
	assert.Equal(t, "Plant A, OT lead", h.Current().Name)
	assert.Equal(t, "Plant A, OT lead", h.List().Items[0].Name, "the list shows the new name before the save")

	other, err := h.Duplicate(open)
	require.NoError(t, err)
	require.NoError(t, h.Rename(other.ID, "Plant B"))
	assert.Equal(t, "Plant B", h.stored(t, other.ID).Name)

	err = h.Rename(other.ID, "  ")
	require.Error(t, err)
	assert.Equal(t, NoticeError, h.Notice().Kind)
}

func TestDuplicateFlushesTheOpenAssessment(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	q := firstQuestion(t)
	require.NoError(t, h.SetAnswer(q, rated(assessment.Rating4)))
	cp, err := h.Duplicate(id)
	require.NoError(t, err)
	assert.NotEqual(t, id, cp.ID)
	assert.Equal(t, assessment.Rating4, h.stored(t, cp.ID).Answers[q].Rating, "the copy has the unsaved edit")
	assert.Len(t, h.List().Items, 2)
	assert.Contains(t, h.Notice().Text, "Created")
}

func TestDeleteAndUndo(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	q := firstQuestion(t)
	require.NoError(t, h.SetAnswer(q, rated(assessment.Rating3)))

	closed, err := h.Delete(id)
	require.NoError(t, err)
	assert.True(t, closed)
	assert.False(t, h.IsOpen())
	assert.Empty(t, h.List().Items)
	_, _, err = h.store.Load(id)
	require.ErrorIs(t, err, storage.ErrNotFound)
	require.True(t, h.CanUndo())
	assert.True(t, h.Notice().Undo)

	require.NoError(t, h.Undo())
	assert.Equal(t, assessment.Rating3, h.stored(t, id).Answers[q].Rating, "undo restores the unsaved edit too")
	assert.Len(t, h.List().Items, 1)
	assert.False(t, h.CanUndo())
	assert.ErrorIs(t, h.Undo(), ErrNothingToUndo)
}

func TestDeleteAnotherKeepsTheOpenOne(t *testing.T) {
	h := newHarness(t, nil)
	first, err := h.Create()
	require.NoError(t, err)
	second, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.Open(first))
	closed, err := h.Delete(second)
	require.NoError(t, err)
	assert.False(t, closed)
	assert.Equal(t, first, h.Current().ID)

	_, err = h.Delete("missing00000000000000000")
	require.Error(t, err)
	assert.Equal(t, NoticeError, h.Notice().Kind)
}

// exportCSV is the CSV of a, as the tool writes it.
func exportCSV(t *testing.T, as ...assessment.Assessment) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, csvio.Export(&buf, as...))
	return buf.Bytes()
}

func sample(id, name string, r assessment.Rating) assessment.Assessment {
	a := assessment.New(id, testNow)
	a.Name = name
	a.Profile.Site = "Plant " + name
	a.Answers = map[string]assessment.Answer{assessment.Questions()[0].ID: {Rating: r}}
	return a
}

func TestImportPreviewConfirmUndo(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.Rename(id, "stored"))
	h.Flush()
	q := firstQuestion(t)

	replacing := sample(id, "stored", assessment.Rating2)
	added := sample("added00000000000000000000", "added", assessment.Rating4)
	h.PreviewFiles(File{Name: "two.csv", Data: exportCSV(t, replacing, added)})
	p := h.Preview()
	require.NotNil(t, p)
	assert.Equal(t, "two.csv", p.File)
	require.Len(t, p.Items, 2)
	assert.Equal(t, "stored", p.Items[0].StoredName)
	assert.False(t, p.Items[0].Changes.New)
	assert.True(t, p.Items[1].Changes.New)
	_, _, err = h.store.Load(added.ID)
	require.ErrorIs(t, err, storage.ErrNotFound, "nothing is stored before the user confirms")

	ids, err := h.ConfirmImport()
	require.NoError(t, err)
	assert.Equal(t, []string{id, added.ID}, ids)
	assert.Nil(t, h.Preview())
	assert.Equal(t, "Imported 2 assessments.", h.Notice().Text)
	assert.Equal(t, assessment.Rating2, h.Current().Answers[q].Rating, "the open assessment shows what was imported over it")
	assert.Len(t, h.List().Items, 2)

	require.NoError(t, h.Undo())
	_, _, err = h.store.Load(added.ID)
	require.ErrorIs(t, err, storage.ErrNotFound, "undo removes what the import created")
	assert.NotContains(t, h.stored(t, id).Answers, q, "undo restores what the import replaced")
	assert.NotContains(t, h.Current().Answers, q)

	_, err = h.ConfirmImport()
	assert.ErrorIs(t, err, ErrNoImport)
}

func TestImportBadFileChangesNothing(t *testing.T) {
	h := newHarness(t, nil)
	h.PreviewFiles(File{Name: "broken.csv", Data: []byte("not,a,valid\nfile,at,all\n")})
	assert.Nil(t, h.Preview())
	require.NotNil(t, h.Notice())
	assert.Equal(t, NoticeError, h.Notice().Kind)
	assert.Equal(t, "\u201cbroken.csv\u201d was not imported: nothing was changed.", h.Notice().Text)
	assert.NotEmpty(t, h.Notice().Details)
	assert.Empty(t, h.List().Items)
}

func TestImportSeveralFilesOneAfterTheOther(t *testing.T) {
	h := newHarness(t, nil)
	a := sample("aaaa00000000000000000000", "a", assessment.Rating1)
	b := sample("bbbb00000000000000000000", "b", assessment.Rating2)
	h.PreviewFiles(
		File{Name: "a.csv", Data: exportCSV(t, a)},
		File{Name: "broken.csv", Data: []byte("x")},
		File{Name: "b.csv", Data: exportCSV(t, b)},
	)
	require.NotNil(t, h.Preview())
	assert.Equal(t, "a.csv", h.Preview().File)
	assert.Equal(t, []string{"broken.csv", "b.csv"}, h.Waiting())
	assert.Equal(t, 3, h.PickedTogether())

	_, err := h.ConfirmImport()
	require.NoError(t, err)
	require.NotNil(t, h.Preview(), "the broken file is skipped and the next one previewed")
	assert.Equal(t, "b.csv", h.Preview().File)
	assert.Empty(t, h.Waiting())
	assert.Contains(t, h.Notice().Text, "broken.csv", "the skipped file is reported")

	h.CancelImport()
	assert.Nil(t, h.Preview())
	assert.Len(t, h.List().Items, 1, "only the confirmed file is stored")
}

func TestExport(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.Rename(id, "Plant A"))
	q := firstQuestion(t)
	require.NoError(t, h.SetAnswer(q, rated(assessment.Rating3)))

	require.NoError(t, h.Export(id))
	require.Len(t, h.downloads, 1)
	d := h.downloads[0]
	assert.Equal(t, csvMIME, d.mime)
	assert.Equal(t, csvio.Filename(h.Current()), d.name)
	got, err := csvio.Import(d.data)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, assessment.Rating3, got[0].Answers[q].Rating, "the open assessment is exported with its unsaved edits")
	assert.Contains(t, h.Notice().Text, d.name)

	require.Error(t, h.Export("missing00000000000000000"))
	assert.Equal(t, NoticeError, h.Notice().Kind)
}

func TestExportAll(t *testing.T) {
	h := newHarness(t, nil)
	assert.ErrorIs(t, h.ExportAll(), ErrNothingToExport)
	assert.Empty(t, h.downloads)

	for range 3 {
		_, err := h.Create()
		require.NoError(t, err)
	}
	require.NoError(t, h.ExportAll())
	require.Len(t, h.downloads, 1)
	assert.Equal(t, csvio.FilenameAll("2026-03-14"), h.downloads[0].name)
	got, err := csvio.Import(h.downloads[0].data)
	require.NoError(t, err)
	assert.Len(t, got, 3)
}

func TestDownloadFailureIsShown(t *testing.T) {
	h := newHarness(t, nil)
	h.cfg.Download = func(string, string, []byte) error { return errors.New("blocked by the browser") }
	id, err := h.Create()
	require.NoError(t, err)
	require.Error(t, h.Export(id))
	assert.Equal(t, "Could not save the file: blocked by the browser.", h.Notice().Text)
}

// twoWindows are two sessions on one store, as two tabs on one browser's
// localStorage.
func twoWindows(t *testing.T) (mine, theirs *harness, id string) {
	t.Helper()
	b := storage.NewMemory()
	mine = newHarness(t, b)
	id, err := mine.Create()
	require.NoError(t, err)
	theirs = newHarness(t, b)
	require.NoError(t, theirs.Open(id))
	return mine, theirs, id
}

func TestChangedInAnotherWindowReloads(t *testing.T) {
	mine, theirs, id := twoWindows(t)
	q := firstQuestion(t)
	require.NoError(t, theirs.SetAnswer(q, rated(assessment.Rating4)))
	theirs.Flush()

	loads := mine.Loads()
	assert.Equal(t, ExternalReloaded, mine.StorageChanged(storage.Prefix+"a/"+id))
	assert.Equal(t, assessment.Rating4, mine.Current().Answers[q].Rating)
	assert.Equal(t, loads+1, mine.Loads())
	assert.Contains(t, mine.Notice().Text, "updated in another tab")
}

func TestConflictKeepMineOrLoadTheirs(t *testing.T) {
	for _, keepMine := range []bool{true, false} {
		t.Run("keepMine="+strconv.FormatBool(keepMine), func(t *testing.T) {
			mine, theirs, id := twoWindows(t)
			q := firstQuestion(t)
			require.NoError(t, theirs.SetAnswer(q, rated(assessment.Rating4)))
			theirs.Flush()
			require.NoError(t, mine.SetAnswer(q, rated(assessment.Rating1)))
			assert.Equal(t, ExternalDeferred, mine.StorageChanged(storage.Prefix+"a/"+id), "unsaved edits are not overwritten")
			mine.Flush()
			require.Equal(t, storage.StateConflict, mine.Status().State)
			assert.Equal(t, assessment.Rating4, mine.stored(t, id).Answers[q].Rating, "a conflict overwrites nothing")

			want := assessment.Rating4
			if keepMine {
				require.NoError(t, mine.KeepMine())
				want = assessment.Rating1
			} else {
				require.NoError(t, mine.LoadTheirs())
			}
			assert.Equal(t, storage.StateSaved, mine.Status().State)
			assert.Equal(t, want, mine.stored(t, id).Answers[q].Rating)
			assert.Equal(t, want, mine.Current().Answers[q].Rating)
		})
	}
}

// The other window's deletion must close this window's copy, not be taken
// for an update that the next autosave undoes.
func TestDeletedInAnotherWindow(t *testing.T) {
	mine, theirs, id := twoWindows(t)
	_, err := theirs.Delete(id)
	require.NoError(t, err)

	assert.Equal(t, ExternalDeleted, mine.StorageChanged(storage.Prefix+"a/"+id))
	assert.False(t, mine.IsOpen())
	assert.Contains(t, mine.Notice().Text, "deleted in another tab")
	assert.Empty(t, mine.List().Items)
	_, _, err = mine.store.Load(id)
	assert.ErrorIs(t, err, storage.ErrNotFound, "nothing brings it back")
}

func TestDeletedInAnotherWindowWithUnsavedEdits(t *testing.T) {
	mine, theirs, id := twoWindows(t)
	q := firstQuestion(t)
	require.NoError(t, mine.SetAnswer(q, rated(assessment.Rating2)))
	_, err := theirs.Delete(id)
	require.NoError(t, err)

	assert.Equal(t, ExternalDeferred, mine.StorageChanged(storage.Prefix+"a/"+id))
	mine.Flush()
	assert.Equal(t, storage.StateConflict, mine.Status().State, "the save asks the user instead of restoring it")
	_, _, err = mine.store.Load(id)
	require.ErrorIs(t, err, storage.ErrNotFound)

	require.NoError(t, mine.KeepMine())
	assert.Equal(t, assessment.Rating2, mine.stored(t, id).Answers[q].Rating, "keeping this window's version stores it again")
}

func TestStorageChangedIgnoresOtherKeys(t *testing.T) {
	mine, _, _ := twoWindows(t)
	loads := mine.Loads()
	assert.Equal(t, ExternalNone, mine.StorageChanged("some-other-page/key"))
	assert.Equal(t, ExternalNone, mine.StorageChanged(storage.Prefix+"a/other000000000000000000"))
	assert.Equal(t, loads, mine.Loads())
	assert.True(t, mine.IsOpen())
}

func TestUserMessage(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{storage.ErrQuota, storage.ErrQuota.Error() + "."},
		{errors.Join(errors.New("QuotaExceededError: DOMException"), storage.ErrQuota), storage.ErrQuota.Error() + "."},
		{errors.New("something odd"), "something odd."},
		{ErrNothingToUndo, "there is nothing to undo."},
	} {
		assert.Equal(t, tc.want, UserMessage(tc.err))
	}
}

func TestKeptCopies(t *testing.T) {
	b := storage.NewMemory()
	require.NoError(t, b.Set(storage.Prefix+"a/bad00000000000000000000", "{not json"))
	h := newHarness(t, b)
	h.Refresh()
	require.NotEmpty(t, h.List().Issues)
	require.Len(t, h.List().Kept, 1)
	kept := h.List().Kept[0]
	assert.Empty(t, kept.Raw, "the list does not carry the raw copies")

	require.NoError(t, h.DownloadKept(kept.Key))
	require.Len(t, h.downloads, 1)
	assert.Equal(t, "{not json", string(h.downloads[0].data))

	require.NoError(t, h.DiscardKept(kept.Key))
	assert.Empty(t, h.List().Kept)
}

func TestUndoMatrix(t *testing.T) {
	h := newHarness(t, nil)
	assert.ErrorIs(t, h.UndoMatrix(), ErrNotOpen)
	id, err := h.Create()
	require.NoError(t, err)
	assert.ErrorIs(t, h.UndoMatrix(), ErrNothingToUndo)

	k := assessment.CellKey{Control: "5.9", Domain: assessment.DomainOT}
	require.NoError(t, h.SetLetter(k, assessment.RoleOT, assessment.LetterResponsible))
	require.NoError(t, h.SetLetter(k, assessment.RoleOT, assessment.LetterResponsible))
	what, ok := h.MatrixUndo()
	require.True(t, ok)
	assert.Equal(t, "5.9 Plant OT, "+assessment.RoleLabel(assessment.RoleOT), what)

	before := h.Current().Matrix
	model := assessment.Models()[0]
	require.NoError(t, h.ApplyPreset(model.ID, true))
	what, _ = h.MatrixUndo()
	assert.Equal(t, "the "+model.Name+" model", what)

	require.NoError(t, h.UndoMatrix())
	assert.Equal(t, before, h.Current().Matrix, "undo takes the preset back")
	assert.Empty(t, h.Current().Model)
	require.NoError(t, h.UndoMatrix())
	assert.Empty(t, h.Current().Matrix, "and then the letter; the repeated letter was no step")
	assert.ErrorIs(t, h.UndoMatrix(), ErrNothingToUndo)

	h.Flush()
	assert.Empty(t, h.stored(t, id).Matrix, "the undone matrix is what is saved")

	require.NoError(t, h.SetLetter(k, assessment.RoleIT, assessment.LetterConsulted))
	h.Flush()
	require.NoError(t, h.LoadTheirs())
	_, ok = h.MatrixUndo()
	assert.False(t, ok, "steps made on another version are dropped when it is reloaded")
}

func TestSetRoleName(t *testing.T) {
	h := newHarness(t, nil)
	assert.ErrorIs(t, h.SetRoleName(assessment.RoleOT, "Head of Automation"), ErrNotOpen)
	id, err := h.Create()
	require.NoError(t, err)

	require.NoError(t, h.SetRoleName(assessment.RoleOT, "  Head of Automation "))
	assert.Equal(t, "Head of Automation", h.Current().RoleName(assessment.RoleOT), "surrounding spaces are dropped")
	assert.Equal(t, storage.StateSaving, h.Status().State, "a rename is autosaved like any edit")
	h.Flush()
	assert.Equal(t, map[assessment.Role]string{assessment.RoleOT: "Head of Automation"}, h.stored(t, id).RoleNames)

	k := assessment.CellKey{Control: "5.9", Domain: assessment.DomainOT}
	require.NoError(t, h.SetLetter(k, assessment.RoleOT, assessment.LetterResponsible))
	what, _ := h.MatrixUndo()
	assert.Equal(t, "5.9 Plant OT, Head of Automation", what, "the undo button names the role as the assessment calls it")

	h.Flush()
	require.NoError(t, h.SetRoleName(assessment.RoleOT, "Head of Automation"))
	assert.Equal(t, storage.StateSaved, h.Status().State, "the same name again saves nothing")

	for _, tt := range []struct {
		Name, Role, Want string
	}{
		{"Clash", "head of automation", "\u201chead of automation\u201d is already the name of another role in this assessment."},
		{"ClashWithALabel", "HR", "\u201cHR\u201d is already the name of another role in this assessment."},
		{"TooLong", strings.Repeat("x", assessment.MaxRoleNameLen+1), "a role's name can be at most 60 characters long."},
		{"LineBreak", "Head of\nIT", "a role's name must be one line of text, without tabs."},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			h.Dismiss()
			err := h.SetRoleName(assessment.RoleIT, tt.Role)
			require.Error(t, err)
			var rn *RoleNameError
			require.ErrorAs(t, err, &rn)
			assert.Equal(t, assessment.RoleIT, rn.Role)
			assert.Equal(t, tt.Want, UserMessage(err))
			require.NotNil(t, h.Notice())
			assert.Equal(t, NoticeError, h.Notice().Kind)
			assert.Equal(t, "Could not rename the role IT lead: "+tt.Want, h.Notice().Text)
			assert.Equal(t, "IT lead", h.Current().RoleName(assessment.RoleIT), "a refused name changes nothing")
		})
	}

	err = h.SetRoleName(assessment.RoleConsultant, "Auditor")
	assert.Equal(t, "only the roles of the ownership matrix can be renamed.", UserMessage(err))

	require.NoError(t, h.SetRoleName(assessment.RoleOT, ""))
	assert.Nil(t, h.Current().RoleNames, "an empty name gives the default name back")
	h.Flush()
	assert.Nil(t, h.stored(t, id).RoleNames)
}

// The preview names the matrix roles an import would rename, against the
// stored assessment, or against the default labels for a new one.
func TestImportPreviewListsRoleNameChanges(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.SetRoleName(assessment.RoleOT, "Head of OT"))
	require.NoError(t, h.SetRoleName(assessment.RoleHR, "People team"))
	require.NoError(t, h.SetRoleName(assessment.RoleSite, "Werkleiter"))
	h.Flush()
	stored := h.Current()

	file := stored
	file.RoleNames = map[assessment.Role]string{
		assessment.RoleOT:   "Head of Automation", // renamed
		assessment.RoleSite: "Werkleiter",         // kept
		assessment.RoleDPO:  "Privacy officer",    // newly named
		// HR dropped: back to its default label
	}
	added := sample("added00000000000000000000", "added", assessment.Rating4)
	added.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Head of Automation"}
	h.PreviewFiles(File{Name: "renamed.csv", Data: exportCSV(t, file, added)})
	p := h.Preview()
	require.NotNil(t, p, "notice: %+v", h.Notice())
	require.Len(t, p.Items, 2)

	assert.Equal(t, []RoleNameChange{
		{Role: assessment.RoleOT, From: "Head of OT", To: "Head of Automation"},
		{Role: assessment.RoleDPO, From: assessment.RoleLabel(assessment.RoleDPO), To: "Privacy officer"},
		{Role: assessment.RoleHR, From: "People team", To: assessment.RoleLabel(assessment.RoleHR)},
	}, p.Items[0].RoleNames)
	assert.Equal(t, "Head of OT will be called \u201cHead of Automation\u201d", p.Items[0].RoleNames[0].String())
	assert.Equal(t, "People team will be called HR again, the default name", p.Items[0].RoleNames[2].String())
	assert.Equal(t, 3, p.Items[0].Changes.RoleNamesChanged, "the same count as csvio.Compare")

	assert.Equal(t, []RoleNameChange{
		{Role: assessment.RoleOT, From: assessment.RoleLabel(assessment.RoleOT), To: "Head of Automation"},
	}, p.Items[1].RoleNames, "a new assessment's names against the default labels")
	assert.Equal(t, "OT / automation lead will be called \u201cHead of Automation\u201d", p.Items[1].RoleNames[0].String())

	// The same names again: nothing to list.
	h.CancelImport()
	h.PreviewFiles(File{Name: "same.csv", Data: exportCSV(t, stored)})
	require.NotNil(t, h.Preview())
	assert.Empty(t, h.Preview().Items[0].RoleNames)
	assert.Equal(t, id, h.Preview().Items[0].ID)
}
