//go:build e2e

package e2e

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestActionPlanEditsTravel edits the action plan on the Results page:
// a text rewritten (opened and closed by keyboard first), a named owner,
// a due date, an action marked done, one added. The edits survive a
// reload, and an exported CSV imported into a fresh browser profile
// shows them again. axe finds nothing on the edited page.
func TestActionPlanEditsTravel(t *testing.T) {
	const id = "e2e-action-plan"
	a := assessment.New(id, time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	a.Name = "Action plan"
	a.Profile = assessment.Profile{Organisation: "Acme Foods", Site: "Lyon", Validated: true, Plants: 2}
	a.Answers = map[string]assessment.Answer{
		"SCO-03": {Rating: assessment.Rating0},
		"BRF-06": {Rating: assessment.Rating0},
		"INT-04": {Rating: assessment.Rating1},
		"GOV-01": {Rating: assessment.Rating2},
	}
	const (
		newText = "Survey Lyon lines 1 to 4 for vendor modems and remote support tools, and list every route in the remote access register."
		person  = "Claire Martin"
		due     = "2026-06-30"
		added   = "Brief the works council on the remote access rules."
	)

	b := NewBrowser(t)
	b.OpenSeeded("#/"+id+"/results", a)
	b.WaitPresent("the action plan", "#action-SCO-03")
	// The task as the tool generates it for this profile: on a GMP site
	// the fallback approval names Quality beside the site director.
	var generated string
	for _, act := range assessment.Actions(a) {
		if act.Question == "SCO-03" {
			generated = act.Title
		}
	}
	require.Contains(t, generated, "with the recorded approval of the site director and Quality")
	assert.Contains(t, b.Text("#action-SCO-03"), generated)
	assert.Contains(t, b.Text("#action-INT-04"), "Procurement", "vendor contract clauses are routed to Procurement")

	// Keyboard: Enter opens the text, Escape closes it and gives the
	// focus back.
	b.Focus("#action-SCO-03-edit")
	b.Keys("\r")
	b.WaitFocus("action-SCO-03-text")
	b.Keys("\x1b")
	b.WaitFocus("action-SCO-03-edit")

	// Rewrite the text, name the owner, set the date, mark INT-04 done.
	// A rewritten task loses its immediate first step, so SCO-03 moves
	// below BRF-06: the fields typed into next must still reach SCO-03
	// (go-app reuses the list's elements; each handler is scoped by the
	// action's ID).
	order := `[...document.querySelectorAll("#action-list .action-item, .action-item")].map(e => e.id).join(",")`
	before := b.EvalString(order)
	b.Click("#action-SCO-03-edit")
	b.WaitFocus("action-SCO-03-text")
	b.SetValue("#action-SCO-03-text", newText)
	b.Click("#action-SCO-03-text-save")
	b.WaitText("#action-SCO-03-title", newText)
	require.NotEqual(t, before, b.EvalString(order), "the rewritten action moves in the list")
	b.SetValue("#action-SCO-03-person", person)
	b.SetValue("#action-SCO-03-due", due)
	b.SetValue("#action-INT-04-status", "done")
	b.WaitPresent("the done action", "#action-INT-04.action-done")

	// Add one.
	b.SetValue("#action-add-text", added)
	b.Click("#action-add")
	b.WaitPresent("the added action", "#action-ADD-1")
	b.WaitSaved(id, added)
	b.WaitStored(id, person)
	plan := b.EvalString(`JSON.stringify(Object.keys(localStorage).filter(k => k.includes("` + id + `")).map(k => JSON.parse(localStorage.getItem(k))).find(r => r.data && r.data.plan)?.data.plan || {})`)
	assert.Contains(t, plan, `"SCO-03":{"text":"`+newText+`","person":"`+person+`"`, "the owner typed for SCO-03 is stored on SCO-03")
	assert.NotContains(t, plan, `"BRF-06":{"person"`, "and not on the action that took its place")

	check := func(b *Browser, when string) {
		t.Helper()
		b.WaitPresent("the action plan "+when, "#action-ADD-1")
		assert.Equal(t, newText, b.Text("#action-SCO-03-title"), when)
		assert.Equal(t, person, b.Value("#action-SCO-03-person"), when)
		assert.Equal(t, due, b.Value("#action-SCO-03-due"), when)
		assert.Equal(t, "done", b.Value("#action-INT-04-status"), when)
		assert.Contains(t, b.Text("#action-ADD-1"), added, when)
		assert.Contains(t, b.Text("#action-counts"), "5 actions: 4 open, 0 in progress, 1 done.", when)
	}
	b.Reload()
	b.GoTo("#/" + id + "/results")
	check(b, "after a reload")
	b.RequireAxeClean("Results with an edited action plan")
	b.ScrollTo("#results-actions")
	b.ViewportScreenshot("results-action-plan")
	b.Screenshot("results-action-plan-full")
	b.RequireHealthy()

	// Export, and import into a fresh profile.
	file := b.ExportCSV(id)
	fresh := NewBrowser(t)
	fresh.OpenApp()
	fresh.PickFiles("#import-file", file)
	fresh.WaitVisible("#import-dialog")
	fresh.Click("#import-confirm")
	fresh.WaitHash("#/" + id + "/profile")
	fresh.GoTo("#/" + id + "/results")
	check(fresh, "in a fresh profile after export and import")
	fresh.RequireHealthy()
}
