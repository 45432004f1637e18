//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// --- helpers of the Home, profile and storage tests (prefix hm) ----------

// hmWait polls a JavaScript expression until it is truthy.
func hmWait(b *Browser, what, js string) {
	b.t.Helper()
	b.WaitFor(14*time.Second, what, js)
}

// hmText is the visible text of the first element matching sel.
func hmText(b *Browser, sel string) string {
	b.t.Helper()
	return b.Text(sel)
}

// hmCreate creates an assessment from Home and returns its id, once its
// profile form is shown.
func hmCreate(b *Browser) string {
	b.t.Helper()
	b.Run(chromedp.WaitVisible("#new-assessment", chromedp.ByQuery), chromedp.Click("#new-assessment", chromedp.ByQuery))
	hmWait(b, "the profile form", `!!document.getElementById("pf-site") && location.hash.endsWith("/profile")`)
	var id string
	b.Eval(`location.hash.split("/")[1]`, &id)
	if id == "" {
		b.t.Fatal("no assessment id in the URL after creating one")
	}
	return id
}

// hmHome goes back to the list through the header link.
func hmHome(b *Browser) {
	b.t.Helper()
	b.Run(chromedp.Click(`.header-nav a[href="#/"]`, chromedp.ByQuery))
	hmWait(b, "the Home view", `!!document.getElementById("home-title")`)
}

// hmType types text into a field as a user would (after clearing it).
func hmType(b *Browser, sel, text string) {
	b.t.Helper()
	b.Run(
		chromedp.WaitVisible(sel, chromedp.ByQuery),
		chromedp.Click(sel, chromedp.ByQuery),
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).select && document.querySelector(%q).select()`, sel, sel), nil),
		chromedp.SendKeys(sel, text, chromedp.ByQuery),
	)
}

// hmSetValue sets a select or date input and fires the events a user's
// choice fires (typing into a date field depends on the browser's locale).
func hmSetValue(b *Browser, sel, value string) {
	b.t.Helper()
	b.Eval(fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.focus(); el.value = %q;
		el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true})); return el.value })()`, sel, value), nil)
}

// hmStored returns the stored value of one assessment ("" when absent).
func hmStored(b *Browser, id string) string {
	b.t.Helper()
	var s string
	b.Eval(fmt.Sprintf(`localStorage.getItem(%q) || ""`, "isms-ownership/v1/a/"+id), &s)
	return s
}

// hmWaitSaved waits until the stored assessment holds want and the header
// says everything is saved.
func hmWaitSaved(b *Browser, id, want string) {
	b.t.Helper()
	hmWait(b, fmt.Sprintf("%q to be saved", want), fmt.Sprintf(
		`(localStorage.getItem(%q) || "").includes(%q) && (document.getElementById("save-status") || {}).textContent === "All changes saved"`,
		"isms-ownership/v1/a/"+id, want))
}

// hmSnapshot is every key and value of this tool in localStorage.
func hmSnapshot(b *Browser) string {
	b.t.Helper()
	var s string
	b.Eval(`JSON.stringify(Object.keys(localStorage).filter(k => k.startsWith("isms-ownership/v1/")).sort().map(k => [k, localStorage.getItem(k)]))`, &s)
	return s
}

// hmFull is an assessment with every question answered and every matrix
// row filled, notes included: the largest realistic record.
func hmFull(t *testing.T, id, name, site string, answered int) assessment.Assessment {
	t.Helper()
	a := assessment.New(id, time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC))
	a.Name = name
	a.Profile = assessment.Profile{
		Organisation: "Acme Process Industries", Site: site, Sector: "Chemicals",
		Validated: true, SafetyCritical: true, Plants: 4, CentralRisk: true,
		Connectivity: assessment.ConnectivityBrokered, Assessor: "R. Keller (consultant)",
		Respondent: "M. Dubois", RespondentRole: assessment.RoleOT, Date: "2026-03-14",
	}
	ratings := []assessment.Rating{assessment.Rating0, assessment.Rating1, assessment.Rating2, assessment.Rating3, assessment.Rating4, assessment.Rating2, assessment.RatingUnknown}
	for i, q := range assessment.Questions() {
		if i >= answered {
			break
		}
		a.Answers[q.ID] = assessment.Answer{
			Rating: ratings[i%len(ratings)],
			Note:   fmt.Sprintf("Workshop note %d: evidence seen in the change log and the OT asset register; follow up with the plant engineering lead before the next management review.", i+1),
			Owner:  assessment.RACIRoles[i%len(assessment.RACIRoles)],
			Target: "2026-09-30",
		}
	}
	m, err := assessment.Preset(assessment.ModelFederated)
	if err != nil {
		t.Fatal(err)
	}
	a.Matrix, a.Model = m, assessment.ModelFederated
	if err := assessment.Validate(a); err != nil {
		t.Fatalf("test data: %v", err)
	}
	return a
}

// hmWriteCSV exports the assessments into a file of dir.
func hmWriteCSV(t *testing.T, dir, name string, as ...assessment.Assessment) string {
	t.Helper()
	var buf bytes.Buffer
	if err := csvio.Export(&buf, as...); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// hmUpload picks files in Home's file input.
func hmUpload(b *Browser, paths ...string) {
	b.t.Helper()
	b.Run(chromedp.SetUploadFiles("#import-file", paths, chromedp.ByQuery, chromedp.NodeReady))
}

// hmRowCount is the number of assessments listed on Home, once it is want
// or after a few seconds: the list renders a frame after the view appears.
func hmRowCount(b *Browser, want int) int {
	b.t.Helper()
	var n int
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		b.Eval(`document.querySelectorAll("#assessments tbody > tr[data-id]").length`, &n)
		if n == want || time.Now().After(deadline) {
			return n
		}
	}
}

// --- Home tests -----------------------------------------------------------

// TestHomeRenameDuplicateDeleteUndo manages the list: inline rename,
// duplicate, delete after confirmation, and undo.
func TestHomeRenameDuplicateDeleteUndo(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	id := hmCreate(b)
	hmType(b, "#pf-site", "Lyon")
	hmWaitSaved(b, id, `"site":"Lyon"`)
	hmHome(b)
	if n := hmRowCount(b, 1); n != 1 {
		t.Fatalf("%d rows listed, want 1", n)
	}

	// Rename inline; Escape cancels, Enter saves.
	b.Run(chromedp.Click("#rename-"+id, chromedp.ByQuery), chromedp.WaitVisible("#rename-input-"+id, chromedp.ByQuery))
	var focused string
	b.Eval(`document.activeElement.id`, &focused)
	if focused != "rename-input-"+id {
		t.Errorf("focus is on %q after Rename, want the name field", focused)
	}
	b.Run(chromedp.SendKeys("#rename-input-"+id, "ignored", chromedp.ByQuery))
	b.Run(chromedp.KeyEvent("\x1b"))
	hmWait(b, "the rename field to close", `!document.getElementById("rename-input-`+id+`")`)
	b.Run(chromedp.Click("#rename-"+id, chromedp.ByQuery))
	hmType(b, "#rename-input-"+id, "Lyon packaging plant\r")
	hmWait(b, "the new name in the list", `(document.querySelector("#assessments a.assessment-name") || {}).textContent === "Lyon packaging plant"`)
	hmWait(b, "the new name in storage", `(localStorage.getItem("isms-ownership/v1/a/`+id+`") || "").includes('"name":"Lyon packaging plant"')`)

	// Duplicate.
	b.Run(chromedp.Click("#duplicate-"+id, chromedp.ByQuery))
	hmWait(b, "the copy", `[...document.querySelectorAll("#assessments a.assessment-name")].some(a => a.textContent === "Lyon packaging plant (copy)")`)
	if n := hmRowCount(b, 2); n != 2 {
		t.Fatalf("%d rows after duplicating, want 2", n)
	}

	// Delete asks first; Cancel keeps it.
	b.Run(chromedp.Click("#delete-"+id, chromedp.ByQuery), chromedp.WaitVisible("#confirm-delete-"+id, chromedp.ByQuery))
	if txt := hmText(b, "#confirm-delete"); !strings.Contains(txt, "Delete \u201cLyon packaging plant\u201d? This removes it from this browser.") {
		t.Errorf("confirmation says %q", txt)
	}
	b.Eval(`document.activeElement.id`, &focused)
	if focused != "cancel-delete-"+id {
		t.Errorf("focus is on %q in the confirmation, want Cancel", focused)
	}
	b.Run(chromedp.Click("#cancel-delete-"+id, chromedp.ByQuery))
	hmWait(b, "the confirmation to close", `!document.getElementById("confirm-delete")`)
	if hmStored(b, id) == "" {
		t.Fatal("Cancel deleted the assessment")
	}
	b.Run(chromedp.Click("#delete-"+id, chromedp.ByQuery), chromedp.Click("#confirm-delete-"+id, chromedp.ByQuery))
	hmWait(b, "the row to go", `!document.querySelector('tr[data-id="`+id+`"]')`)
	if hmStored(b, id) != "" {
		t.Fatal("the deleted assessment is still stored")
	}
	if n := hmRowCount(b, 1); n != 1 {
		t.Fatalf("%d rows after deleting, want 1", n)
	}

	// Undo brings it back, name and site included.
	b.Run(chromedp.WaitVisible("#notice-undo", chromedp.ByQuery), chromedp.Click("#notice-undo", chromedp.ByQuery))
	hmWait(b, "the restored row", `!!document.querySelector('tr[data-id="`+id+`"]')`)
	if s := hmStored(b, id); !strings.Contains(s, `"site":"Lyon"`) || !strings.Contains(s, `"name":"Lyon packaging plant"`) {
		t.Errorf("restored value: %.300s", s)
	}
	b.RequireHealthy()
}

// TestHomeViewsAccessibleAndScreenshots checks Home (empty and with two
// assessments), the profile form and the import preview with axe-core, and
// saves the screenshots used to judge the look.
func TestHomeViewsAccessibleAndScreenshots(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	hmWait(b, "the empty Home", `!!document.getElementById("intro") && !document.getElementById("assessments")`)
	if txt := hmText(b, "#intro"); !strings.Contains(txt, "stay in this browser on this computer") || !strings.Contains(txt, "Nothing is sent anywhere") {
		t.Errorf("the first-time explanation says %q", txt)
	}
	b.RequireAxeClean("Home (empty)")
	b.Screenshot("home-empty")

	dir := t.TempDir()
	full := hmFull(t, "a11a11a11a11a11a11a11a11a11a11a1", "Lyon packaging plant", "Lyon", len(assessment.Questions()))
	half := hmFull(t, "b22b22b22b22b22b22b22b22b22b22b2", "Brno assembly \u2013 first pass", "Brno", 25)
	half.Profile.Respondent, half.Profile.RespondentRole = "J. Nov\u00e1k", assessment.RoleIT
	hmUpload(b, hmWriteCSV(t, dir, "two-sites.csv", full, half))
	b.Run(chromedp.WaitVisible("#import-dialog", chromedp.ByQuery))
	var focused string
	b.Eval(`document.activeElement.id`, &focused)
	if focused != "import-title" {
		t.Errorf("focus is on %q with the preview open, want its title", focused)
	}
	txt := hmText(b, "#import-dialog")
	for _, want := range []string{"Import \u201ctwo-sites.csv\u201d?", "Creates a new assessment.", "64 of 64 questions", "25 of 64 questions", "279 of 279", "Import 2 assessments"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the preview lacks %q:\n%s", want, txt)
		}
	}
	b.RequireAxeClean("the import preview")
	b.Screenshot("import-preview")

	// Escape cancels without storing anything.
	b.Run(chromedp.KeyEvent("\x1b"))
	hmWait(b, "the preview to close", `!document.getElementById("import-dialog")`)
	if snap := hmSnapshot(b); strings.Contains(snap, "a11a11") {
		t.Fatal("a cancelled import stored data")
	}

	hmUpload(b, filepath.Join(dir, "two-sites.csv"))
	b.Run(chromedp.WaitVisible("#import-confirm", chromedp.ByQuery), chromedp.Click("#import-confirm", chromedp.ByQuery))
	hmWait(b, "two rows", `document.querySelectorAll("#assessments tbody > tr[data-id]").length === 2`)
	list := hmText(b, "#assessments")
	for _, want := range []string{"Lyon packaging plant", "Brno", "100%", "39%", "M. Dubois", "/ 100"} {
		if !strings.Contains(list, want) {
			t.Errorf("the list lacks %q:\n%s", want, list)
		}
	}
	b.Run(chromedp.Click("#notice-dismiss", chromedp.ByQuery))
	b.RequireAxeClean("Home (two assessments)")
	b.Screenshot("home-two-assessments")

	// Narrow screen (tablet portrait): the rows become cards.
	b.Run(chromedp.EmulateViewport(768, 1024))
	b.RequireAxeClean("Home (two assessments, tablet width)")
	b.Screenshot("home-tablet")
	b.Run(chromedp.EmulateViewport(1280, 900))

	// A second import of a changed copy says what it replaces.
	full.Profile.Site = "Lyon-Est"
	q := assessment.Questions()[0].ID
	ans := full.Answers[q]
	ans.Rating = assessment.Rating4
	full.Answers[q] = ans
	hmUpload(b, hmWriteCSV(t, dir, "lyon-changed.csv", full))
	b.Run(chromedp.WaitVisible("#import-dialog", chromedp.ByQuery))
	if txt := hmText(b, "#import-dialog"); !strings.Contains(txt, "Replaces the stored assessment \u201cLyon packaging plant\u201d: 1 answer changed, 0 added, 0 removed, 0 matrix rows changed, profile fields changed: site.") {
		t.Errorf("replace preview says:\n%s", txt)
	}
	b.Run(chromedp.Click("#import-cancel", chromedp.ByQuery))
	hmWait(b, "the preview to close", `!document.getElementById("import-dialog")`)

	// The profile form of the full assessment.
	b.Run(chromedp.Click(`a.assessment-name[href="#/a11a11a11a11a11a11a11a11a11a11a1/profile"]`, chromedp.ByQuery))
	hmWait(b, "the profile form", `(document.getElementById("pf-site") || {}).value === "Lyon"`)
	b.RequireAxeClean("the profile form")
	b.Screenshot("profile")
	b.Run(chromedp.EmulateViewport(768, 1024))
	b.Screenshot("profile-tablet")
	b.Run(chromedp.EmulateViewport(1280, 900))

	// Validation messages are announced next to their fields.
	hmType(b, "#pf-plants", "20000")
	hmWait(b, "the plants message", `!!document.getElementById("pf-plants-error")`)
	b.Run(chromedp.Click("#pf-site", chromedp.ByQuery))
	b.Run(chromedp.Evaluate(`document.getElementById("pf-site").select()`, nil), chromedp.KeyEvent("\b"))
	hmWait(b, "the site message", `!!document.getElementById("pf-site-error")`)
	var attrs string
	b.Eval(`["pf-site", "pf-plants"].map(id => document.getElementById(id).getAttribute("aria-invalid") + " " + document.getElementById(id).getAttribute("aria-describedby")).join("|")`, &attrs)
	if attrs != "true pf-site-hint pf-site-error|true pf-plants-hint pf-plants-error" {
		t.Errorf("invalid fields: %q", attrs)
	}
	b.RequireAxeClean("the profile form with errors")
	b.Screenshot("profile-errors")
	b.RequireHealthy()
}

// TestHomeImportByDropAndSeveralFiles drops a file on Home (the section is
// highlighted while it hovers) and picks two files at once: their previews
// come one after the other.
func TestHomeImportByDropAndSeveralFiles(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	dir := t.TempDir()
	one := hmFull(t, "d44d44d44d44d44d44d44d44d44d44d4", "Dropped", "Graz", 12)
	two := hmFull(t, "e55e55e55e55e55e55e55e55e55e55e5", "Second file", "Linz", 3)
	first := hmWriteCSV(t, dir, "first.csv", one)
	second := hmWriteCSV(t, dir, "second.csv", two)
	raw, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}

	// Drag a file over Home, as the browser does when one is dragged in
	// from the file manager.
	b.Eval(fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%q], "dropped.csv", {type: "text/csv"}));
		window.__hmDrop = dt;
		const home = document.getElementById("home");
		home.dispatchEvent(new DragEvent("dragenter", {bubbles: true, cancelable: true, dataTransfer: dt}));
		home.dispatchEvent(new DragEvent("dragover", {bubbles: true, cancelable: true, dataTransfer: dt}));
		return true;
	})()`, string(raw)), nil)
	hmWait(b, "the drop highlight", `document.getElementById("home").classList.contains("dragging")`)
	b.Screenshot("home-drop")
	b.Eval(`document.getElementById("home").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: window.__hmDrop})), true`, nil)
	b.Run(chromedp.WaitVisible("#import-dialog", chromedp.ByQuery))
	if txt := hmText(b, "#import-dialog"); !strings.Contains(txt, "Import \u201cdropped.csv\u201d?") || !strings.Contains(txt, "Graz") {
		t.Errorf("preview of the dropped file:\n%s", txt)
	}
	var dragging bool
	b.Eval(`document.getElementById("home").classList.contains("dragging")`, &dragging)
	if dragging {
		t.Error("the highlight stays after the drop")
	}
	b.Run(chromedp.Click("#import-cancel", chromedp.ByQuery))
	hmWait(b, "the preview to close", `!document.getElementById("import-dialog")`)

	// Two files picked together.
	hmUpload(b, first, second)
	hmWait(b, "the first preview", `(document.getElementById("import-title") || {}).textContent === "Import \u201cfirst.csv\u201d?"`)
	if txt := hmText(b, "#import-queue"); !strings.Contains(txt, "second.csv") {
		t.Errorf("the waiting file is not listed: %q", txt)
	}
	b.Run(chromedp.Click("#import-cancel", chromedp.ByQuery))
	hmWait(b, "the second preview", `(document.getElementById("import-title") || {}).textContent === "Import \u201csecond.csv\u201d?"`)
	b.Run(chromedp.Click("#import-confirm", chromedp.ByQuery))
	hmWait(b, "the second assessment stored", `!!localStorage.getItem("isms-ownership/v1/a/`+two.ID+`")`)
	if hmStored(b, one.ID) != "" {
		t.Error("the cancelled file was stored")
	}
	b.RequireHealthy()
}

// TestHomeShowsUnreadableData plants a stored value this version cannot
// read and one written by a newer version: Home warns, offers the kept copy
// for download and discards it after confirmation.
func TestHomeShowsUnreadableData(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	b.Eval(`(() => {
		localStorage.setItem("isms-ownership/v1/a/broken1", "{this is not JSON");
		const now = new Date().toISOString().slice(0, 19) + "Z";
		const data = {schema: 99, id: "future1", name: "From the future", created: now, updated: now, profile: {}};
		localStorage.setItem("isms-ownership/v1/a/future1", JSON.stringify({schema: 99, appVersion: "9.0.0", savedAt: now, revision: 1, data}));
		return true;
	})()`, nil)
	b.Reload()
	hmWait(b, "the warning", `!!document.getElementById("issues")`)
	txt := hmText(b, "#issues")
	for _, w := range []string{"Some stored data needs your attention", "Cannot be read", "broken1", "Saved by a newer version", "future1", "Download the kept copy", "Discard"} {
		if !strings.Contains(txt, w) {
			t.Errorf("the warning lacks %q:\n%s", w, txt)
		}
	}
	b.RequireAxeClean("Home with unreadable data")
	b.Screenshot("home-issues")

	b.Run(chromedp.Click("#kept-get-0", chromedp.ByQuery))
	got, err := os.ReadFile(hmDownloaded(b, ".json"))
	if err != nil {
		t.Fatal(err)
	}
	// The download is the kept record: where the value came from, why it
	// could not be read, and the value itself byte for byte.
	var kept struct{ Source, Raw string }
	if err := json.Unmarshal(got, &kept); err != nil || kept.Raw != "{this is not JSON" || kept.Source != "isms-ownership/v1/a/broken1" {
		t.Errorf("kept copy %s: %v", got, err)
	}

	b.Run(chromedp.Click("#kept-discard-0", chromedp.ByQuery), chromedp.WaitVisible("#kept-discard-yes-0", chromedp.ByQuery))
	if txt := hmText(b, "#issues"); !strings.Contains(txt, "Discard this kept copy? It cannot be recovered afterwards.") {
		t.Errorf("confirmation: %q", txt)
	}
	var keys []string
	b.Eval(`Object.keys(localStorage).filter(k => k.includes("quarantine")).sort()`, &keys)
	if len(keys) != 1 {
		t.Fatalf("quarantine keys before discarding: %v", keys)
	}
	b.Run(chromedp.Click("#kept-discard-yes-0", chromedp.ByQuery))
	hmWait(b, "the kept copy to go", `!localStorage.getItem(`+fmt.Sprintf("%q", keys[0])+`)`)
	b.RequireHealthy()
}

// TestImportRehearsalLeavesNoTrace: a while after start the page rehearses
// an import in a hidden, inert container (app/rehearse.go). It must not
// store anything, move the focus, show anything or stay in the page, and
// the real import after it works as before.
func TestImportRehearsalLeavesNoTrace(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	dir := t.TempDir()
	stored := hmFull(t, "f66f66f66f66f66f66f66f66f66f66f6", "Rehearsal check", "Porto", 40)
	hmUpload(b, hmWriteCSV(t, dir, "stored.csv", stored))
	b.Run(chromedp.WaitVisible("#import-dialog", chromedp.ByQuery))
	b.Run(chromedp.Click("#import-confirm", chromedp.ByQuery))
	hmWait(b, "the imported profile", `location.hash === "#/`+stored.ID+`/profile" && !!localStorage.getItem("isms-ownership/v1/a/`+stored.ID+`")`)
	hmHome(b)
	hmWait(b, "Home's fragment", `location.hash === "#/"`)

	if state := b.Reload(); state != "ready" {
		t.Fatalf("state after reload = %q", state)
	}
	// Watch the page from the moment it is ready.
	b.Eval(`(() => {
		window.__rehearsal = {added: [], removed: 0, notices: 0};
		new MutationObserver(records => {
			for (const r of records) {
				for (const n of r.addedNodes) {
					if (n.id === "import-rehearsal") {
						window.__rehearsal.added.push({
							hidden: n.getAttribute("aria-hidden"), inert: n.inert, className: n.className,
							dialogs: n.querySelectorAll("dialog").length, open: n.querySelectorAll("dialog[open]").length,
						});
					}
					if (n.nodeType === 1 && n.closest && n.closest(".notice-area")) window.__rehearsal.notices++;
				}
				for (const n of r.removedNodes) if (n.id === "import-rehearsal") window.__rehearsal.removed++;
			}
		}).observe(document.body, {childList: true, subtree: true});
		return true;
	})()`, nil)
	var focusBefore string
	b.Eval(`document.activeElement ? document.activeElement.tagName + "#" + document.activeElement.id : ""`, &focusBefore)
	before := hmSnapshot(b)

	hmWait(b, "the rehearsal", `performance.getEntriesByName("import-rehearsed").length > 0`)
	hmWait(b, "the rehearsal to leave the page", `!document.getElementById("import-rehearsal")`)
	var seen struct {
		Added []struct {
			Hidden, ClassName string
			Inert             bool
			Dialogs, Open     int
		}
		Removed, Notices int
	}
	b.Eval(`window.__rehearsal`, &seen)
	if len(seen.Added) != 1 || seen.Removed != 1 {
		t.Fatalf("the rehearsal container was added %d and removed %d times, want once each", len(seen.Added), seen.Removed)
	}
	if a := seen.Added[0]; a.Hidden != "true" || !a.Inert || a.ClassName != "rehearsal" || a.Dialogs != 1 || a.Open != 0 {
		t.Errorf("the rehearsal container was %+v, want aria-hidden, inert, class rehearsal, one dialog, not open", a)
	}
	// It is in the page within one task, so its style is checked on a
	// copy: laid out (the point of it), but invisible and out of view.
	var probe struct {
		Visibility, Position, Display string
		Right, Height                 float64
	}
	b.Eval(`(() => {
		const c = document.createElement("div");
		c.className = "rehearsal";
		c.innerHTML = '<dialog class="import-dialog"><h2>Probe</h2><p>Text to lay out.</p></dialog>';
		document.body.appendChild(c);
		const d = c.firstChild, cs = getComputedStyle(c), r = d.getBoundingClientRect();
		const out = {visibility: cs.visibility, position: cs.position, display: getComputedStyle(d).display, right: r.right, height: r.height};
		c.remove();
		return out;
	})()`, &probe)
	if probe.Visibility != "hidden" || probe.Position != "fixed" || probe.Display != "block" || probe.Right > 0 || probe.Height <= 0 {
		t.Errorf("a rehearsal container is %+v, want invisible, fixed out of view, its dialog laid out", probe)
	}
	if seen.Notices != 0 {
		t.Errorf("the rehearsal added %d notices", seen.Notices)
	}
	var focusAfter string
	b.Eval(`document.activeElement ? document.activeElement.tagName + "#" + document.activeElement.id : ""`, &focusAfter)
	if focusAfter != focusBefore {
		t.Errorf("focus moved from %q to %q", focusBefore, focusAfter)
	}
	if after := hmSnapshot(b); after != before {
		t.Errorf("the rehearsal changed storage:\nbefore %s\nafter  %s", before, after)
	}

	// The real import still previews, with the focus in the dialog.
	changed := stored
	changed.Profile.Site = "Braga"
	hmUpload(b, hmWriteCSV(t, dir, "again.csv", changed))
	b.Run(chromedp.WaitVisible("#import-dialog", chromedp.ByQuery))
	var focused string
	b.Eval(`document.activeElement.id`, &focused)
	if focused != "import-title" {
		t.Errorf("focus is on %q with the preview open, want its title", focused)
	}
	if txt := hmText(b, "#import-dialog"); !strings.Contains(txt, "Replaces the stored assessment \u201cRehearsal check\u201d") || !strings.Contains(txt, "site") {
		t.Errorf("the preview after the rehearsal says:\n%s", txt)
	}
	var modal bool
	b.Eval(`document.getElementById("import-dialog").matches(":modal")`, &modal)
	if !modal {
		t.Error("the preview is not modal")
	}
	b.RequireHealthy()
}
