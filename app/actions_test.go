package app

import (
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// apWithPlan is an assessment with a short plan and every kind of change
// to it: an edited text with a named owner and date, a done action, a
// dropped one and an added one.
func apWithPlan() assessment.Assessment {
	a := assessment.New("ap1", testNow)
	a.Name = "Plan"
	a.Profile.Validated = true
	a.Answers = map[string]assessment.Answer{
		"SCO-03": {Rating: assessment.Rating0},
		"INT-04": {Rating: assessment.Rating1},
		"CHG-02": {Rating: assessment.Rating2},
		"GOV-01": {Rating: assessment.RatingUnknown},
		"GOV-05": {Rating: assessment.Rating1},
	}
	a.Plan = map[string]assessment.PlanEntry{
		"SCO-03": {Text: "Survey plants 1 and 2 for vendor remote access routes and close the modems.", Person: "Jo Weber", Due: "2026-05-31", Status: assessment.StatusInProgress},
		"INT-04": {Status: assessment.StatusDone, Person: "Kim Hart"},
		"GOV-05": {Dropped: true},
		"ADD-1":  {Text: "Brief the works council on the plan.", Function: assessment.RoleHR},
	}
	return a
}

func TestActionPlanGolden(t *testing.T) {
	ts := openSeeded(t, apWithPlan(), ViewResults)
	html := ts.html()
	golden(t, "results-action-plan", htmlClass(t, html, "action-plan"))

	assert.Equal(t, "5 actions: 3 open, 1 in progress, 1 done. 1 quick win (high value, small effort, no downtime, waiting for no other action) still to do.", htmlText(htmlID(t, html, "action-counts")))
	assert.Equal(t, 5, rsActionRows(t, html, resultsActionsID))
	assert.Contains(t, htmlText(htmlID(t, html, "action-dropped")), "GOV-05: "+assessment.GeneratedTask("GOV-05"))
	// Every field has a label.
	for _, id := range []string{"action-SCO-03-status", "action-SCO-03-function", "action-SCO-03-person", "action-SCO-03-due", actionAddTextID, actionAddFnID} {
		assert.Contains(t, html, `for="`+id+`"`, id)
	}
	assert.Equal(t, "Jo Weber", htmlByID(t, html, "action-SCO-03-person").Attrs["value"])
	assert.Equal(t, "2026-05-31", htmlByID(t, html, "action-SCO-03-due").Attrs["value"])
	assert.Contains(t, htmlText(htmlID(t, html, "action-INT-04")), "Procurement", "routed to the function that owns vendor contracts")
	// Each action names the findings its question raised, as the roles
	// document does; an added action names none.
	for _, id := range []string{"SCO-03", "GOV-01"} {
		raised := assessment.HelpsClose(assessment.Findings(apWithPlan()), id)
		require.NotEmpty(t, raised, id)
		assert.Contains(t, htmlText(htmlID(t, html, "action-"+id)), "Findings it helps close: "+raised[0].Line(), id)
	}
	assert.NotContains(t, htmlText(htmlID(t, html, "action-ADD-1")), "Findings it helps close")

	// The empty matrix raises findings no answer raised: the plan says
	// where their first steps are.
	n := unasked(assessment.Findings(apWithPlan()))
	require.Positive(t, n)
	assert.True(t, strings.HasPrefix(htmlText(htmlID(t, html, "action-unasked")), strconv.Itoa(n)+" finding"), htmlText(htmlID(t, html, "action-unasked")))
}

func TestUnasked(t *testing.T) {
	fs := []assessment.Finding{{ID: "a", Questions: []string{"GOV-01"}}, {ID: "b"}, {ID: "c", Cells: []assessment.CellKey{{Control: "5.1", Domain: assessment.DomainIT}}}}
	assert.Equal(t, 2, unasked(fs))
	assert.Zero(t, unasked(nil))
}

func TestActionPlanEdits(t *testing.T) {
	a := apWithPlan()
	ts := openSeeded(t, a, ViewResults)
	p := mounted[*actionPlan](ts)

	// Mark done, name an owner, route elsewhere, set a date.
	ts.in(p, func(ctx app.Context) {
		p.change("CHG-02", "status", func(e *assessment.PlanEntry) { e.Status = assessment.StatusDone })
	})
	ts.in(p, func(ctx app.Context) {
		p.change("CHG-02", "person", func(e *assessment.PlanEntry) { e.Person = "Ana Ruiz" })
	})
	ts.in(p, func(ctx app.Context) {
		p.change("CHG-02", "due", func(e *assessment.PlanEntry) { e.Due = "2026-10-01" })
	})
	got := ts.env().Current().Plan["CHG-02"]
	assert.Equal(t, assessment.PlanEntry{Status: assessment.StatusDone, Person: "Ana Ruiz", Due: "2026-10-01"}, got)
	html := ts.html()
	assert.Contains(t, htmlByID(t, html, "action-CHG-02").Attrs["class"], "action-done")

	// A date the record cannot hold is refused next to its field.
	ts.in(p, func(ctx app.Context) {
		p.change("CHG-02", "due", func(e *assessment.PlanEntry) { e.Due = "2026-02-30" })
	})
	html = ts.html()
	assert.Equal(t, "Not saved: Enter a real date, as YYYY-MM-DD.", htmlText(htmlID(t, html, "action-CHG-02-due-err")))
	assert.Equal(t, "true", htmlByID(t, html, "action-CHG-02-due").Attrs["aria-invalid"])
	assert.Equal(t, "action-CHG-02-due-err", htmlByID(t, html, "action-CHG-02-due").Attrs["aria-describedby"])
	assert.Equal(t, "2026-10-01", ts.env().Current().Plan["CHG-02"].Due, "nothing saved")

	// Edit a text, then add an action, and an empty one is refused.
	ts.in(p, func(ctx app.Context) { p.edit(ctx, "GOV-01") })
	assert.Contains(t, ts.html(), `id="action-GOV-01-text"`)
	ts.in(p, func(ctx app.Context) {
		p.setText(ctx, "GOV-01", "Ask the board who owns the ISMS, and record the answer.")
	})
	assert.Equal(t, "Ask the board who owns the ISMS, and record the answer.", ts.env().Current().Plan["GOV-01"].Text)
	assert.NotContains(t, ts.html(), `id="action-GOV-01-text"`, "the field closes once saved")

	ts.in(p, func(ctx app.Context) { p.addText = "  "; p.add(ctx, app.Event{}) })
	html = ts.html()
	assert.Equal(t, "Not saved: Describe the action: a verb and what it delivers.", htmlText(htmlID(t, html, actionAddTextID+"-err")))
	ts.in(p, func(ctx app.Context) {
		p.addText, p.addFn = "Order a spare DMZ firewall.", assessment.RoleProcurement
		p.add(ctx, app.Event{})
	})
	assert.Equal(t, assessment.PlanEntry{Text: "Order a spare DMZ firewall.", Function: assessment.RoleProcurement}, ts.env().Current().Plan["ADD-2"])
	assert.NotContains(t, ts.html(), actionAddTextID+"-err")

	// Drop an added one and a generated one; restore the generated one.
	ts.in(p, func(ctx app.Context) { p.drop(ctx, "ADD-1") })
	ts.in(p, func(ctx app.Context) { p.drop(ctx, "SCO-03") })
	plan := ts.env().Current().Plan
	_, ok := plan["ADD-1"]
	assert.False(t, ok)
	assert.True(t, plan["SCO-03"].Dropped)
	assert.NotContains(t, ts.html(), `id="action-SCO-03"`)
	ts.in(p, func(ctx app.Context) { p.save("SCO-03", "", ts.env().RestoreAction("SCO-03")) })
	assert.Contains(t, ts.html(), `id="action-SCO-03"`)

	// Everything is autosaved.
	ts.flush()
	stored, err := ts.env().Load(a.ID)
	require.NoError(t, err)
	assert.Equal(t, ts.env().Current().Plan, stored.Plan)
}
