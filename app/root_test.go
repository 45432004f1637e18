//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

func TestRootStartsOnHomeAndSignalsReady(t *testing.T) {
	ts := newTester(t, nil)
	assert.Equal(t, "ready", browser.AppState())
	assert.Equal(t, ViewHome, ts.route().View)
	assert.Contains(t, ts.html(), `id="main"`)
}

// TestRootEditsReachStorage follows edits from the views' calls to what
// another window loads from the same storage.
func TestRootEditsReachStorage(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	assert.Equal(t, Route{ID: id, View: ViewProfile}, ts.route(), "a new assessment opens on its profile")

	cell := assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}
	ts.do(func(ctx app.Context) {
		p := ts.env().Current().Profile
		p.Site = "Plant Nord"
		require.NoError(t, ts.env().SetProfile(p))
		require.NoError(t, ts.env().SetAnswer("GOV-01", assessment.Answer{Rating: assessment.Rating3, Note: "CISO named"}))
		require.NoError(t, ts.env().SetLetter(cell, assessment.RoleOT, assessment.LetterResponsible))
	})
	assert.Contains(t, ts.html(), "Saving", "the header says a save is pending")
	ts.flush()
	assert.Contains(t, ts.html(), "All changes saved")

	other := newTester(t, ts.mem)
	other.goTo(Route{ID: id, View: ViewResults})
	got := other.env().Current()
	assert.Equal(t, "Plant Nord", got.Profile.Site)
	assert.Equal(t, "CISO named", got.Answers["GOV-01"].Note)
	assert.Equal(t, assessment.LetterResponsible, got.Matrix[cell][assessment.RoleOT])
}

func TestRootDeleteAndUndo(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	ts.do(func(ctx app.Context) { ts.env().Delete(ctx, id) })
	assert.False(t, ts.env().IsOpen())
	assert.Equal(t, ViewHome, ts.route().View, "deleting the open assessment leaves its views")
	assert.Empty(t, ts.env().List().Items)
	html := ts.html()
	assert.Contains(t, html, `id="notice-undo"`)

	ts.do(func(ctx app.Context) { ts.env().Undo(ctx) })
	require.Len(t, ts.env().List().Items, 1)
	assert.Equal(t, id, ts.env().List().Items[0].ID)
	assert.Contains(t, ts.html(), "Undone.")
}

func TestRootImportBrokenFileChangesNothing(t *testing.T) {
	ts := newTester(t, nil)
	ts.create()
	ts.flush()
	before := dump(t, ts.mem)
	ts.do(func(ctx app.Context) {
		ts.env().PreviewFiles(session.File{Name: "broken.csv", Data: []byte("not,a,valid\nfile,at,all\n")})
	})
	n := ts.env().Notice()
	require.NotNil(t, n)
	assert.Equal(t, session.NoticeError, n.Kind)
	assert.NotEmpty(t, n.Details)
	assert.Nil(t, ts.env().Preview())
	assert.NotContains(t, ts.html(), `id="import-dialog"`)
	assert.Equal(t, before, dump(t, ts.mem))
}

func TestRootImportOpensTheImportedAssessment(t *testing.T) {
	ts := newTester(t, nil)
	a := sample(1)
	var csv strings.Builder
	require.NoError(t, csvio.Export(&csv, a))
	ts.do(func(ctx app.Context) {
		ts.env().PreviewFiles(session.File{Name: "plant.csv", Data: []byte(csv.String())})
	})
	require.Contains(t, ts.html(), `id="import-dialog"`)
	ts.do(func(ctx app.Context) { ts.env().ConfirmImport(ctx) })
	assert.Equal(t, Route{ID: a.ID, View: ViewProfile}, ts.route())
	assert.NotContains(t, ts.html(), `id="import-dialog"`)
	assert.Contains(t, ts.html(), "Imported 1 assessment.")
}

func TestRootUnknownAssessmentFallsBackHome(t *testing.T) {
	ts := newTester(t, nil)
	ts.goTo(Route{ID: "does-not-exist", View: ViewMatrix})
	assert.False(t, ts.env().IsOpen())
	assert.Equal(t, ViewHome, ts.route().View)
	require.NotNil(t, ts.env().Notice())
	assert.Equal(t, session.NoticeError, ts.env().Notice().Kind)
}

func dump(t *testing.T, m *storage.Memory) string {
	t.Helper()
	keys, err := m.Keys()
	require.NoError(t, err)
	var b strings.Builder
	for _, k := range keys {
		v, _, _ := m.Get(k)
		b.WriteString(k + "=" + v + "\n")
	}
	return b.String()
}

// Renaming the open assessment from the list shows the new name at once,
// before the autosave has stored it.
func TestRootRenameOpenAssessmentFromHome(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	ts.goTo(Route{View: ViewHome})
	ts.do(func(ctx app.Context) { require.NoError(t, ts.env().Rename(id, "Lyon packaging plant")) })
	assert.Equal(t, "Lyon packaging plant", ts.env().List().Items[0].Name)
	assert.Contains(t, ts.html(), "Lyon packaging plant")
}

// Two windows on one assessment: the one that is idle follows the other's
// saves; the one with unsaved changes does not overwrite a newer revision
// but stops and asks.
func TestRootTwoWindows(t *testing.T) {
	first := newTester(t, nil)
	id := first.create()
	first.flush()
	second := newTester(t, first.mem)
	second.goTo(Route{ID: id, View: ViewProfile})

	setSite := func(ts *tester, site string) {
		ts.do(func(ctx app.Context) {
			p := ts.env().Current().Profile
			p.Site = site
			require.NoError(t, ts.env().SetProfile(p))
		})
	}
	setSite(first, "Lyon")
	first.flush()
	storage.FireStorageEvent(storage.Prefix + "a/" + id)
	second.e.ConsumeAll()
	assert.Equal(t, "Lyon", second.env().Current().Profile.Site, "the idle window follows the other's save")

	setSite(first, "Lyon packaging")
	second.do(func(ctx app.Context) {
		p := second.env().Current().Profile
		p.Sector = "Food"
		require.NoError(t, second.env().SetProfile(p))
	})
	first.flush()
	second.flush()
	assert.Equal(t, storage.StateConflict, second.env().Status().State)
	assert.Contains(t, second.html(), "Load the other version")

	third := newTester(t, first.mem)
	third.goTo(Route{ID: id, View: ViewProfile})
	got := third.env().Current().Profile
	assert.Equal(t, "Lyon packaging", got.Site, "the first window's save is kept")
	assert.NotEqual(t, "Food", got.Sector)
}

// TestRootOtherWindowDeletesOpenAssessment: another window deletes the
// assessment this window shows. An idle window closes it and says so; a
// window with unsaved changes does not bring it back on its own, and
// stores it again only when the user keeps this window's version.
func TestRootOtherWindowDeletesOpenAssessment(t *testing.T) {
	first := newTester(t, nil)
	id := first.create()
	first.flush()
	key := storage.Prefix + "a/" + id
	stored := func() bool {
		t.Helper()
		_, ok, err := first.mem.Get(key)
		require.NoError(t, err)
		return ok
	}
	deleteElsewhere := func() {
		other := newTester(t, first.mem)
		other.do(func(ctx app.Context) { other.env().Delete(ctx, id) })
		require.False(t, stored())
		other.do(func(ctx app.Context) { other.env().Undo(ctx) }) // the store is shared: keep a copy to undo later
		require.True(t, stored())
		other.do(func(ctx app.Context) { other.env().Delete(ctx, id) })
	}

	t.Run("Idle", func(t *testing.T) {
		second := newTester(t, first.mem)
		second.goTo(Route{ID: id, View: ViewMatrix})
		require.True(t, second.env().IsOpen())
		deleteElsewhere()
		storage.FireStorageEvent(key)
		second.e.ConsumeAll()

		assert.False(t, second.env().IsOpen(), "the deleted assessment stays open")
		assert.Equal(t, ViewHome, second.route().View)
		assert.Contains(t, second.html(), "deleted in another tab or window")
		assert.False(t, stored(), "nothing brings it back")
		seed(t, first.mem, first.env().Current()) // for the next case
	})

	t.Run("UnsavedChanges", func(t *testing.T) {
		second := newTester(t, first.mem)
		second.goTo(Route{ID: id, View: ViewProfile})
		second.do(func(ctx app.Context) {
			p := second.env().Current().Profile
			p.Site = "Kept in this window"
			require.NoError(t, second.env().SetProfile(p))
		})
		deleteElsewhere()
		storage.FireStorageEvent(key)
		second.e.ConsumeAll()
		second.flush()
		assert.False(t, stored(), "the next save brought the deleted assessment back")
		assert.True(t, second.env().IsOpen(), "the changes stay on screen")
		assert.Equal(t, storage.StateConflict, second.env().Status().State)
		html := second.html()
		assert.Contains(t, html, "deleted in another tab or window")
		assert.Contains(t, html, "Keep this window\u2019s version")
		assert.NotContains(t, html, "Load the other version", "there is no other version")

		second.do(func(ctx app.Context) { require.NoError(t, second.env().KeepMine()) })
		require.True(t, stored(), "keeping this window's version stores it again")
		third := newTester(t, first.mem)
		third.goTo(Route{ID: id, View: ViewProfile})
		assert.Equal(t, "Kept in this window", third.env().Current().Profile.Site)
		assert.Equal(t, storage.StateSaved, second.env().Status().State)
	})
}

// TestRootHistory checks that a view change adds one history entry (and a
// repeated one none), and that going back shows the entry's view.
func TestRootHistory(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	start := len(browser.Pushed())
	ts.goTo(Route{ID: id, View: ViewResults})
	ts.goTo(Route{ID: id, View: ViewResults})
	pushed := browser.Pushed()[start:]
	assert.Equal(t, []string{"#/" + id + "/results"}, pushed)
	assert.Equal(t, ViewResults, ts.route().View)

	browser.FirePopState("/" + id + "/profile")
	ts.e.ConsumeAll()
	assert.Equal(t, Route{ID: id, View: ViewProfile}, ts.route())
	assert.Len(t, browser.Pushed(), start+1, "going back adds no history entry")
}

// An edit saved while the list is on screen shows in the list.
func TestRootListFollowsSaves(t *testing.T) {
	ts := newTester(t, nil)
	ts.create()
	ts.do(func(ctx app.Context) {
		require.NoError(t, ts.env().SetAnswer("GOV-01", assessment.Answer{Rating: assessment.Rating2}))
	})
	// Leaving for the list stores what is pending first.
	ts.goTo(Route{View: ViewHome})
	require.Len(t, ts.env().List().Items, 1)
	first := ts.env().List().Items[0].Progress
	assert.Positive(t, first, "the list shows the assessment without its last change")
	// A save that completes while the list is shown is read into it.
	ts.do(func(ctx app.Context) {
		require.NoError(t, ts.env().SetAnswer("GOV-02", assessment.Answer{Rating: assessment.Rating2}))
	})
	assert.Equal(t, first, ts.env().List().Items[0].Progress, "not saved yet")
	ts.flush()
	assert.Greater(t, ts.env().List().Items[0].Progress, first, "the list was not re-read after the save")
}

// TestRootCompareSeesPendingChanges: Compare reads the stored records, so
// going there stores the open assessment's pending change first; a change
// made a moment before must not be compared as it was.
func TestRootCompareSeesPendingChanges(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	ts.do(func(ctx app.Context) {
		p := ts.env().Current().Profile
		p.Round = "Follow-up 2026"
		require.NoError(t, ts.env().SetProfile(p))
	})
	ts.goTo(Route{View: ViewCompare})
	got, _, err := storage.New(ts.mem, nil).Load(id)
	require.NoError(t, err)
	assert.Equal(t, "Follow-up 2026", got.Profile.Round, "the change waited for the debounce")
}

// TestRootNoticeBelongsToItsView: a notice stays while the user works in
// the view that raised it, goes when they move on, and a notice raised by
// the action that navigates (deleting the open assessment) is shown where
// it leads.
func TestRootNoticeBelongsToItsView(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	ts.goTo(Route{ID: id, View: ViewMatrix})
	ts.do(func(ctx app.Context) { require.NoError(t, ts.env().ApplyPreset(assessment.ModelFederated, false)) })
	require.NotNil(t, ts.env().Notice(), "applying a model says so")
	applied := ts.env().Notice().Text

	ts.goTo(Route{ID: id, View: ViewMatrix, Control: "8.16"})
	assert.Contains(t, htmlText(ts.html()), applied, "one control of the same view keeps the notice")
	ts.goTo(Route{ID: id, View: ViewResults})
	assert.Nil(t, ts.env().Notice(), "the Results page does not repeat the matrix's notice")
	assert.NotContains(t, htmlText(ts.html()), applied)

	ts.do(func(ctx app.Context) { ts.env().Delete(ctx, id) })
	assert.Equal(t, ViewHome, ts.route().View)
	require.NotNil(t, ts.env().Notice(), "the deletion is reported on the list it leads to")
	assert.Contains(t, ts.env().Notice().Text, "Deleted")
	assert.True(t, ts.env().Notice().Undo)
}
