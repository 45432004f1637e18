package session

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// misjudged is a backend whose quota the fit check cannot see: the
// estimate passes and the browser refuses a write part-way, as when
// another local file's tab fills the bucket in between.
type misjudged struct{ *storage.Memory }

func (misjudged) Quota() int { return 0 }

// snapshot is every value stored under the tool's assessment keys.
func snapshot(t *testing.T, b storage.Backend) map[string]string {
	t.Helper()
	keys, err := b.Keys()
	require.NoError(t, err)
	out := map[string]string{}
	for _, k := range keys {
		if _, ok := storage.IsAssessmentKey(k); ok {
			v, _, err := b.Get(k)
			require.NoError(t, err)
			out[k] = v
		}
	}
	return out
}

// noted is an assessment with a long note, to fill storage quickly.
func noted(i int) assessment.Assessment {
	a := sample(fmt.Sprintf("six%021d", i), fmt.Sprintf("six %d", i), assessment.Rating2)
	a.Answers[assessment.Questions()[1].ID] = assessment.Answer{Note: strings.Repeat("n", 3000)}
	return a
}

// TestImportAllOrNothing imports six assessments, two of which replace
// stored ones, into storage with room for only part of them: before
// writing (the estimate sees the quota) or part-way (it does not). Either
// way storage is what it was, the list shows it, and the notice says why.
func TestImportAllOrNothing(t *testing.T) {
	tests := []struct {
		name       string
		backend    func(quota int) storage.Backend
		wantErr    error
		wantDetail string
	}{
		{"RefusedUpFront", func(q int) storage.Backend { return storage.NewMemoryQuota(q) }, ErrNoRoom, "need about"},
		{"RolledBackPartWay", func(q int) storage.Backend { return misjudged{storage.NewMemoryQuota(q)} }, storage.ErrQuota, "taken back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.backend(16000)
			h := newHarness(t, nil)
			h.Session = New(Config{Backend: b, Now: h.cfg.Now, NewID: h.cfg.NewID, Clock: h.cfg.Clock})
			var six []assessment.Assessment
			for i := range 6 {
				six = append(six, noted(i))
			}
			// Two of them are stored already, in an older version.
			for _, a := range six[:2] {
				old := a
				old.Answers = map[string]assessment.Answer{}
				_, err := h.store.Save(old, Summarize(old), 0)
				require.NoError(t, err)
			}
			before := snapshot(t, b)
			h.PreviewFiles(File{Name: "six.csv", Data: exportCSV(t, six...)})
			p := h.Preview()
			require.NotNil(t, p)
			if tt.wantErr == ErrNoRoom {
				assert.Contains(t, p.Refusal, "6 assessments need about", "the preview says so before the user chooses")
			} else {
				assert.Empty(t, p.Refusal)
			}

			ids, err := h.ConfirmImport()
			require.ErrorIs(t, err, tt.wantErr)
			assert.Empty(t, ids)
			assert.Equal(t, before, snapshot(t, b), "storage holds exactly what it held")
			assert.Len(t, h.List().Items, 2, "the list shows what storage holds")
			assert.False(t, h.CanUndo(), "nothing changed, so there is nothing to undo")
			require.NotNil(t, h.Notice())
			assert.Equal(t, NoticeError, h.Notice().Kind)
			assert.Equal(t, "\u201csix.csv\u201d was not imported: nothing was changed.", h.Notice().Text)
			assert.Contains(t, strings.Join(h.Notice().Details, " "), tt.wantDetail)
		})
	}
}

// TestImportUndoTakesBackTheWholeFile undoes a six-assessment import in
// one step, whatever each assessment did.
func TestImportUndoTakesBackTheWholeFile(t *testing.T) {
	h := newHarness(t, nil)
	var six []assessment.Assessment
	for i := range 6 {
		six = append(six, noted(i))
	}
	for _, a := range six[:3] {
		old := a
		old.Name = "old " + a.Name
		_, err := h.store.Save(old, Summarize(old), 0)
		require.NoError(t, err)
	}
	before := snapshot(t, h.backend)
	h.PreviewFiles(File{Name: "six.csv", Data: exportCSV(t, six...)})
	require.NotNil(t, h.Preview())
	added, replaced, same := h.Preview().Counts()
	assert.Equal(t, [3]int{3, 3, 0}, [3]int{added, replaced, same})
	ids, err := h.ConfirmImport()
	require.NoError(t, err)
	assert.Len(t, ids, 6)
	assert.Len(t, h.List().Items, 6)
	require.NoError(t, h.Undo())
	assert.Equal(t, len(before), len(snapshot(t, h.backend)))
	for _, a := range six[:3] {
		assert.Equal(t, "old "+a.Name, h.stored(t, a.ID).Name)
	}
	assert.Len(t, h.List().Items, 3)
}

// TestPreviewCounts checks that the preview's counts add up to the file.
func TestPreviewCounts(t *testing.T) {
	h := newHarness(t, nil)
	same, changed := noted(1), noted(2)
	for _, a := range []assessment.Assessment{same, changed} {
		_, err := h.store.Save(a, Summarize(a), 0)
		require.NoError(t, err)
	}
	edited := changed
	edited.Answers = map[string]assessment.Answer{assessment.Questions()[0].ID: {Rating: assessment.Rating4}}
	h.PreviewFiles(File{Name: "three.csv", Data: exportCSV(t, h.stored(t, same.ID), edited, noted(3))})
	p := h.Preview()
	require.NotNil(t, p)
	a, r, s := p.Counts()
	assert.Equal(t, [3]int{1, 1, 1}, [3]int{a, r, s})
	assert.Equal(t, len(p.Items), a+r+s)
	assert.Positive(t, p.Need)
	assert.Greater(t, p.Free, p.Need)
}

// TestExportAllSplitsLargeBackups writes more assessments than one file
// holds as parts, each of which imports.
func TestExportAllSplitsLargeBackups(t *testing.T) {
	h := newHarness(t, nil)
	for i := range csvio.MaxFileAssessments + 2 {
		a := assessment.New(fmt.Sprintf("many%020d", i), testNow)
		a.Name = fmt.Sprintf("n%d", i)
		_, err := h.store.Save(a, Summarize(a), 0)
		require.NoError(t, err)
	}
	require.NoError(t, h.ExportAll())
	require.Len(t, h.downloads, 2)
	assert.Equal(t, "ownership-backup-2026-03-14-part-1-of-2.csv", h.downloads[0].name)
	n := 0
	for _, d := range h.downloads {
		as, err := csvio.Import(d.data)
		require.NoError(t, err)
		n += len(as)
	}
	assert.Equal(t, csvio.MaxFileAssessments+2, n)
	assert.Contains(t, h.Notice().Text, "2 files")

	// Picked together, in any order, the parts are one import: one
	// preview of every assessment, stored in one step. One part alone
	// stays a file of its own.
	fresh := newHarness(t, nil)
	fresh.PreviewFiles(File{Name: h.downloads[1].name, Data: h.downloads[1].data}, File{Name: "other.csv", Data: exportCSV(t, noted(1))},
		File{Name: "ownership-backup-2026-03-14-part-1-of-2 (1).csv", Data: h.downloads[0].data})
	p := fresh.Preview()
	require.NotNil(t, p)
	assert.Equal(t, "ownership-backup-2026-03-14 (2 parts)", p.File)
	assert.Len(t, p.Items, csvio.MaxFileAssessments+2)
	assert.Equal(t, []string{"other.csv"}, fresh.Waiting())
	_, err := fresh.ConfirmImport()
	require.NoError(t, err)
	fresh.Refresh()
	assert.Len(t, fresh.List().Items, csvio.MaxFileAssessments+2)

	alone := newHarness(t, nil)
	alone.PreviewFiles(File{Name: h.downloads[1].name, Data: h.downloads[1].data})
	require.NotNil(t, alone.Preview())
	assert.Equal(t, h.downloads[1].name, alone.Preview().File)
	assert.Len(t, alone.Preview().Items, 2)
}

// TestReadThenPreview: a file read ahead (as the browser reads it, off the
// UI goroutine, pausing) previews as PreviewFiles does, and is described
// against what is stored when its turn comes, not when it was read.
func TestReadThenPreview(t *testing.T) {
	a := sample("read0000000000000000000000000001", "Read ahead", assessment.Rating3)
	data := exportCSV(t, a)

	direct := newHarness(t, nil)
	direct.PreviewFiles(File{Name: "a.csv", Data: data})
	require.NotNil(t, direct.Preview())

	h := newHarness(t, nil)
	last, pauses := -1, 0
	rf := Read(File{Name: "a.csv", Data: data}, func(permille int) {
		pauses++
		assert.GreaterOrEqual(t, permille, last, "progress goes back")
		assert.LessOrEqual(t, permille, 1000, "progress")
		last = permille
	})
	assert.Positive(t, pauses, "pauses")
	h.PreviewRead(rf)
	require.NotNil(t, h.Preview())
	assert.Equal(t, direct.Preview(), h.Preview(), "the preview of a file read ahead")
	assert.True(t, h.Preview().Items[0].Changes.New, "new before it is stored")

	// Stored meanwhile (an earlier file of the same pick, say): the same
	// read file now replaces it, and says so.
	stored := a
	stored.Answers = map[string]assessment.Answer{}
	_, err := h.store.Save(stored, Summarize(stored), 0)
	require.NoError(t, err)
	h.CancelImport()
	h.PreviewRead(rf)
	require.NotNil(t, h.Preview())
	it := h.Preview().Items[0]
	assert.False(t, it.Changes.New, "new after it was stored")
	assert.Equal(t, "Read ahead", it.StoredName)
	assert.Positive(t, it.Changes.AnswersAdded, "answers the import adds")
}

// TestReadRefusedFile: a file that cannot be read is reported when its
// turn comes, and the next one is previewed.
func TestReadRefusedFile(t *testing.T) {
	h := newHarness(t, nil)
	good := Read(File{Name: "good.csv", Data: exportCSV(t, sample("good000000000000000000000000001", "Good", assessment.Rating2))}, nil)
	bad := Read(File{Name: "bad.csv", Data: []byte("not,a,backup\r\n")}, nil)
	h.PreviewRead(bad, good)
	require.NotNil(t, h.Preview())
	assert.Equal(t, "good.csv", h.Preview().File)
	require.NotNil(t, h.Notice())
	assert.Contains(t, h.Notice().Text, "\u201cbad.csv\u201d was not imported: nothing was changed.")
}
