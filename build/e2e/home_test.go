//go:build e2e

package e2e

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestHomeRenameDuplicateDeleteUndo manages the list: inline rename,
// duplicate, delete after confirmation, and undo.
func TestHomeRenameDuplicateDeleteUndo(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	id := b.CreateListed("Lyon")
	b.WaitCount(homeRows, 1)

	// Rename inline; Escape cancels, Enter saves.
	b.Click("#rename-" + id)
	b.WaitVisible("#rename-input-" + id)
	assert.Equal(t, "rename-input-"+id, b.ActiveID(), "the focus after Rename")
	b.SendKeys("#rename-input-"+id, "ignored")
	b.Keys(kb.Escape)
	b.WaitGone("the rename field to close", "#rename-input-"+id)
	b.Click("#rename-" + id)
	b.Type("#rename-input-"+id, "Lyon packaging plant\r")
	b.WaitFor("the new name in the list", `(document.querySelector("#assessments a.assessment-name") || {}).textContent === "Lyon packaging plant"`,
		Showing(`(document.querySelector("#assessments a.assessment-name") || {}).textContent`))
	b.WaitStored(id, `"name":"Lyon packaging plant"`)

	// Duplicate.
	b.Click("#duplicate-" + id)
	b.WaitFor("the copy", `[...document.querySelectorAll("#assessments a.assessment-name")].some(a => a.textContent === "Lyon packaging plant (copy)")`)
	b.WaitCount(homeRows, 2)

	// Delete asks first; Cancel keeps it.
	b.Click("#delete-" + id)
	b.WaitVisible("#confirm-delete-" + id)
	assert.Contains(t, b.Text("#confirm-delete"), "Delete \u201cLyon packaging plant\u201d? This removes it from this browser.", "the confirmation")
	assert.Equal(t, "cancel-delete-"+id, b.ActiveID(), "the focus in the confirmation")
	b.Click("#cancel-delete-" + id)
	b.WaitGone("the confirmation to close", "#confirm-delete")
	require.NotEmpty(t, b.Stored(id), "Cancel deleted the assessment")
	b.Click("#delete-" + id)
	b.Click("#confirm-delete-" + id)
	b.WaitGone("the row to go", `tr[data-id="`+id+`"]`)
	require.Empty(t, b.Stored(id), "the deleted assessment is still stored")
	b.WaitCount(homeRows, 1)

	// Undo brings it back, name and site included.
	b.Click("#notice-undo")
	b.WaitPresent("the restored row", `tr[data-id="`+id+`"]`)
	s := b.Stored(id)
	assert.Contains(t, s, `"site":"Lyon"`, "the restored value")
	assert.Contains(t, s, `"name":"Lyon packaging plant"`, "the restored value")
	b.RequireHealthy()
}

// TestHomeViewsAccessibleAndScreenshots checks Home (empty and with two
// assessments), the profile form and the import preview with axe-core, and
// saves the screenshots used to judge the look.
func TestHomeViewsAccessibleAndScreenshots(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	b.WaitFor("the empty Home", `!!document.getElementById("intro") && !document.getElementById("assessments")`)
	intro := b.Text("#intro")
	assert.Contains(t, intro, "stay in this browser on this computer", "the first-time explanation")
	assert.Contains(t, intro, "Nothing is sent anywhere", "the first-time explanation")
	b.RequireAxeClean("Home (empty)")
	b.Screenshot("home-empty")

	dir := t.TempDir()
	full := fullAssessment(t, "a11a11a11a11a11a11a11a11a11a11a1", "Lyon packaging plant", "Lyon", len(assessment.Questions()))
	half := fullAssessment(t, "b22b22b22b22b22b22b22b22b22b22b2", "Brno assembly \u2013 first pass", "Brno", 25)
	half.Profile.Respondent, half.Profile.RespondentRole = "J. Nov\u00e1k", assessment.RoleIT
	b.PickFiles("#import-file", writeCSV(t, dir, "two-sites.csv", full, half))
	b.WaitVisible("#import-dialog")
	assert.Equal(t, "import-title", b.ActiveID(), "the focus with the preview open")
	preview := b.Text("#import-dialog")
	// The counts are of the questions each profile is asked.
	progress := func(a assessment.Assessment) string {
		n, total := assessment.Progress(a)
		return fmt.Sprintf("%d of %d questions", n, total)
	}
	for _, want := range []string{"Import \u201ctwo-sites.csv\u201d?", "Creates a new assessment.", progress(full), progress(half), "279 of 279", "Import 2 assessments"} {
		assert.Contains(t, preview, want, "the preview")
	}
	b.RequireAxeClean("the import preview")
	b.Screenshot("import-preview")

	// Escape cancels without storing anything.
	b.Keys(kb.Escape)
	b.WaitGone("the preview to close", "#import-dialog")
	require.NotContains(t, b.StorageSnapshot(), "a11a11", "a cancelled import stored data")

	b.PickFiles("#import-file", filepath.Join(dir, "two-sites.csv"))
	b.Click("#import-confirm")
	b.WaitCount(homeRows, 2)
	list := b.Text("#assessments")
	n, total := assessment.Progress(half)
	halfDone := fmt.Sprintf("%d%%", int(math.Round(100*float64(n)/float64(total))))
	for _, want := range []string{"Lyon packaging plant", "Brno", "100%", halfDone, "M. Dubois", "/ 100"} {
		assert.Contains(t, list, want, "the list")
	}
	b.Click("#notice-dismiss")
	b.RequireAxeClean("Home (two assessments)")
	b.Screenshot("home-two-assessments")

	// Narrow screen (tablet portrait): the rows become cards.
	b.Viewport(768, 1024)
	b.RequireAxeClean("Home (two assessments, tablet width)")
	b.Screenshot("home-tablet")
	b.Viewport(1280, 900)

	// A second import of a changed copy says what it replaces.
	full.Profile.Site = "Lyon-Est"
	q := assessment.Questions()[0].ID
	ans := full.Answers[q]
	ans.Rating = assessment.Rating4
	full.Answers[q] = ans
	b.PickFiles("#import-file", writeCSV(t, dir, "lyon-changed.csv", full))
	b.WaitVisible("#import-dialog")
	assert.Contains(t, b.Text("#import-dialog"), "Replaces the stored assessment \u201cLyon packaging plant\u201d: 1 answer changed, 0 added, 0 removed, 0 matrix rows changed, profile fields changed: site.", "the replace preview")
	b.Click("#import-cancel")
	b.WaitGone("the preview to close", "#import-dialog")

	// The profile form of the full assessment.
	b.Click(`a.assessment-name[href="#/a11a11a11a11a11a11a11a11a11a11a1/profile"]`)
	b.WaitFor("the profile form", `(document.getElementById("pf-site") || {}).value === "Lyon"`)
	b.RequireAxeClean("the profile form")
	b.Screenshot("profile")
	b.Viewport(768, 1024)
	b.Screenshot("profile-tablet")
	b.Viewport(1280, 900)

	// Validation messages are announced next to their fields.
	b.Type("#pf-plants", "20000")
	b.WaitPresent("the plants message", "#pf-plants-error")
	b.Type("#pf-site", kb.Backspace)
	b.WaitPresent("the site message", "#pf-site-error")
	attrs := b.EvalString(`["pf-site", "pf-plants"].map(id => document.getElementById(id).getAttribute("aria-invalid") + " " + document.getElementById(id).getAttribute("aria-describedby")).join("|")`)
	assert.Equal(t, "true pf-site-hint pf-site-error|true pf-plants-hint pf-plants-error", attrs, "aria-invalid and aria-describedby of the invalid fields")
	b.RequireAxeClean("the profile form with errors")
	b.Screenshot("profile-errors")
	b.RequireHealthy()
}

// TestHomeImportByDropAndSeveralFiles drops a file on Home (the section is
// highlighted while it hovers) and picks two files at once: their previews
// come one after the other.
func TestHomeImportByDropAndSeveralFiles(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	dir := t.TempDir()
	one := fullAssessment(t, "d44d44d44d44d44d44d44d44d44d44d4", "Dropped", "Graz", 12)
	two := fullAssessment(t, "e55e55e55e55e55e55e55e55e55e55e5", "Second file", "Linz", 3)
	first := writeCSV(t, dir, "first.csv", one)
	second := writeCSV(t, dir, "second.csv", two)
	raw, err := os.ReadFile(first)
	require.NoError(t, err)

	// Drag a file over Home, as the browser does when one is dragged in
	// from the file manager.
	b.Eval(fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%s], "dropped.csv", {type: "text/csv"}));
		window.__hmDrop = dt;
		const home = document.getElementById("home");
		home.dispatchEvent(new DragEvent("dragenter", {bubbles: true, cancelable: true, dataTransfer: dt}));
		home.dispatchEvent(new DragEvent("dragover", {bubbles: true, cancelable: true, dataTransfer: dt}));
		return true;
	})()`, js(string(raw))), nil)
	b.WaitFor("the drop highlight", `document.getElementById("home").classList.contains("dragging")`)
	b.Screenshot("home-drop")
	b.Eval(`document.getElementById("home").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: window.__hmDrop})), true`, nil)
	b.WaitVisible("#import-dialog")
	preview := b.Text("#import-dialog")
	assert.Contains(t, preview, "Import \u201cdropped.csv\u201d?", "the preview of the dropped file")
	assert.Contains(t, preview, "Graz", "the preview of the dropped file")
	assert.False(t, b.EvalBool(`document.getElementById("home").classList.contains("dragging")`), "the highlight stays after the drop")
	b.Click("#import-cancel")
	b.WaitGone("the preview to close", "#import-dialog")

	// Two files picked together.
	b.PickFiles("#import-file", first, second)
	b.WaitFor("the first preview", `(document.getElementById("import-title") || {}).textContent === "Import \u201cfirst.csv\u201d?"`)
	assert.Contains(t, b.Text("#import-queue"), "second.csv", "the waiting file is not listed")
	b.Click("#import-cancel")
	b.WaitFor("the second preview", `(document.getElementById("import-title") || {}).textContent === "Import \u201csecond.csv\u201d?"`)
	b.Click("#import-confirm")
	b.WaitFor("the second assessment stored", `!!localStorage.getItem(`+js(assessmentKey(t, two.ID))+`)`)
	assert.Empty(t, b.Stored(one.ID), "the cancelled file was stored")
	b.RequireHealthy()
}

// TestHomeReimportAfterReload imports an assessment, reloads, and imports a
// changed copy of it: the preview says what it replaces, is modal and has
// the focus.
func TestHomeReimportAfterReload(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	dir := t.TempDir()
	stored := fullAssessment(t, "f66f66f66f66f66f66f66f66f66f66f6", "Reimport check", "Porto", 40)
	b.PickFiles("#import-file", writeCSV(t, dir, "stored.csv", stored))
	b.Click("#import-confirm")
	b.WaitFor("the imported profile, stored", `location.hash === `+js("#/"+stored.ID+"/profile")+` && !!localStorage.getItem(`+js(assessmentKey(t, stored.ID))+`)`,
		Showing(`location.hash`))
	b.GoHome()
	b.Reload()

	changed := stored
	changed.Profile.Site = "Braga"
	b.PickFiles("#import-file", writeCSV(t, dir, "again.csv", changed))
	b.WaitVisible("#import-dialog")
	assert.Equal(t, "import-title", b.ActiveID(), "the focus with the preview open")
	preview := b.Text("#import-dialog")
	assert.Contains(t, preview, "Replaces the stored assessment \u201cReimport check\u201d", "the preview after a reload")
	assert.Contains(t, preview, "site", "the preview after a reload")
	assert.True(t, b.EvalBool(`document.getElementById("import-dialog").matches(":modal")`), "the preview is not modal")
	b.RequireHealthy()
}

// TestHomeShowsUnreadableData plants a stored value this version cannot
// read and one written by a newer version: Home warns, offers the kept copy
// for download and discards it after confirmation.
func TestHomeShowsUnreadableData(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	// Written as a newer version would: the envelope's fields in the
	// store's order, with a schema this version does not know.
	type futureData struct {
		Schema  int               `json:"schema"`
		ID      string            `json:"id"`
		Name    string            `json:"name"`
		Created string            `json:"created"`
		Updated string            `json:"updated"`
		Profile map[string]string `json:"profile"`
	}
	now := time.Now().UTC().Format("2006-01-02T15:04:05Z")
	future := js(struct {
		Schema     int        `json:"schema"`
		AppVersion string     `json:"appVersion"`
		SavedAt    string     `json:"savedAt"`
		Revision   int        `json:"revision"`
		Data       futureData `json:"data"`
	}{99, "9.0.0", now, 1, futureData{99, "future1", "From the future", now, now, map[string]string{}}})
	broken := assessmentKey(t, "broken1")
	b.SetStorage(map[string]string{broken: "{this is not JSON", assessmentKey(t, "future1"): future})
	b.Reload()
	b.WaitPresent("the warning", "#issues")
	issues := b.Text("#issues")
	for _, want := range []string{"Some stored data needs your attention", "Cannot be read", "broken1", "Saved by a newer version", "future1", "Download the kept copy", "Discard"} {
		assert.Contains(t, issues, want, "the warning")
	}
	b.RequireAxeClean("Home with unreadable data")
	b.Screenshot("home-issues")

	b.Click("#kept-get-0")
	got, err := os.ReadFile(b.WaitDownload(".json"))
	require.NoError(t, err)
	// The download is the kept value itself, byte for byte, as it was
	// stored.
	assert.Equal(t, "{this is not JSON", string(got), "the downloaded kept copy")

	b.Click("#kept-discard-0")
	b.WaitVisible("#kept-discard-yes-0")
	assert.Contains(t, b.Text("#issues"), "Discard this kept copy? It cannot be recovered afterwards.", "the confirmation")
	kept, err := b.PageStore().Quarantined()
	require.NoError(t, err)
	require.Len(t, kept, 1, "kept copies in storage before discarding")
	b.Click("#kept-discard-yes-0")
	b.WaitFor("the kept copy to go", `!localStorage.getItem(`+js(kept[0].Key)+`)`)
	b.RequireHealthy()
}
