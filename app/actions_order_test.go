//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// The plan on the results page and in the report says what an action
// waits for and what waits for it, and lists the action waited for
// above: with no OT lead (ROL-03 at 1), mapping the data flows across the
// IT/OT boundary, an OT lead's task, comes after appointing one. (A task
// that opens with a step that cannot wait, such as surveying the remote
// access routes, keeps its place; TestFirstStepDoesNotWait.)
func TestPlanShowsWhatComesFirst(t *testing.T) {
	a := sample(1)
	for _, q := range assessment.Asked(a) {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating3}
	}
	a.Answers["ROL-03"] = assessment.Answer{Rating: assessment.Rating1}
	a.Answers["SCO-04"] = assessment.Answer{Rating: assessment.Rating0}
	// Nobody holds the OT lead's role in the register either: one named
	// there would be waited for by nothing.
	delete(a.Holders, assessment.RoleOT)
	a.Plan = nil
	acts := assessment.Actions(a)
	require.Len(t, acts, 2)
	require.Equal(t, []string{"ROL-03", "SCO-04"}, []string{acts[0].ID, acts[1].ID}, "the appointment first")

	for _, view := range []View{ViewResults, ViewReport} {
		t.Run(string(view), func(t *testing.T) {
			html := openSeeded(t, a, view).html()
			var texts []string
			if view == ViewResults {
				for _, id := range []string{"ROL-03", "SCO-04"} {
					texts = append(texts, htmlText(htmlID(t, html, "action-"+id)))
				}
			} else {
				rows := innerOf(htmlID(t, html, "report-actions-table"), "tr")
				require.Len(t, rows, 3, "a head row and two actions")
				texts = []string{htmlText(rows[1].inner), htmlText(rows[2].inner)}
			}
			assert.Contains(t, texts[0], "Needed first for: SCO-04.")
			assert.NotContains(t, texts[0], "Needs first")
			assert.Contains(t, texts[1], "Needs first: ROL-03.")
			assert.Contains(t, texts[0], acts[0].Title, "ROL-03 first")
			assert.Contains(t, texts[1], acts[1].Title, "SCO-04 second")
			if view == ViewResults {
				assert.Less(t, strings.Index(html, `id="action-ROL-03"`), strings.Index(html, `id="action-SCO-04"`), "ROL-03 listed above SCO-04")
			}
		})
	}
}

// Where the owning function is one the tool doubts, the plan says so
// beside it, on the results page and in the report, first page included:
// the data protection officer advises and stays independent; another
// function than the usual one is to be checked. The recorded owner stands.
func TestPlanAsksToCheckOwner(t *testing.T) {
	a := sample(1)
	for _, q := range assessment.Asked(a) {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating3}
	}
	a.Answers["INC-02"] = assessment.Answer{Rating: assessment.Rating0}
	a.Answers["CTL-05"] = assessment.Answer{Rating: assessment.Rating1}
	a.Answers["GOV-10"] = assessment.Answer{Rating: assessment.Rating1}
	a.Plan = map[string]assessment.PlanEntry{
		"INC-02": {Function: assessment.RoleMaintenance},
		"CTL-05": {Function: assessment.RoleDPO},
	}
	usual, ok := assessment.ActionRouting("INC-02", a.Profile)
	require.True(t, ok)
	require.NotEqual(t, assessment.RoleMaintenance, usual)
	wantUsual := "Usually done by: " + a.RoleName(usual) + ". Check that the function chosen here can do it, or change it."
	const wantDPO = "The data protection officer advises and must stay independent"

	html := openSeeded(t, a, ViewResults).html()
	assert.Contains(t, htmlText(htmlID(t, html, "action-INC-02")), wantUsual)
	assert.Contains(t, htmlText(htmlID(t, html, "action-CTL-05")), wantDPO)
	assert.NotContains(t, htmlText(htmlID(t, html, "action-GOV-10")), "check that this function")

	// The report's tables say it short, under the owner, and explain it
	// in their caption.
	html = openSeeded(t, a, ViewReport).html()
	plan := htmlText(htmlID(t, html, "report-actions-table"))
	assert.Contains(t, plan, "usually: "+a.RoleName(usual))
	assert.Contains(t, plan, "to be reassigned: advises only")
	assert.Contains(t, plan, "the data protection officer only advises")
	first := htmlText(htmlID(t, html, "exec-actions"))
	assert.Contains(t, first, "usually: "+a.RoleName(usual), "INC-02, critical, is among the first five")
	assert.Contains(t, first, "the data protection officer only advises")

	assert.NotContains(t, plan, "no holder named in the register", "the sample's register names every holder")
	assert.NotContains(t, plan, "No holder named")

	// A function the started register names nobody for is flagged on a
	// line of its own, above the usual owner, and the caption explains it.
	delete(a.Holders, assessment.RoleMaintenance)
	html = openSeeded(t, a, ViewReport).html()
	plan = htmlText(htmlID(t, html, "report-actions-table"))
	// The fixture's matrix gives maintenance no part in incident
	// response or continuity either: that check stands between the two.
	assert.Contains(t, plan, "no holder named in the register no R, A or C in the matrix on 5.26, 5.29 to be confirmed; usually: "+a.RoleName(usual))
	assert.Contains(t, plan, "\u201cNo R, A or C in the matrix\u201d")
	assert.Contains(t, plan, "\u201cNo holder named\u201d: the role register, though started, names nobody for the owning function.")
	html = openSeeded(t, a, ViewResults).html()
	assert.Contains(t, htmlText(htmlID(t, html, "action-INC-02")), "The role register names nobody for this function")

	// Without a doubtful owner, no caption explains it.
	a.Holders = nil
	a.Plan = nil
	html = openSeeded(t, a, ViewReport).html()
	assert.NotContains(t, htmlText(htmlID(t, html, "report-actions-table")), "to be confirmed")
	assert.NotContains(t, htmlText(htmlID(t, html, "exec-actions")), "to be confirmed")
}

// An action whose task opens with a step that cannot wait shows when that
// step is due beside the due date of the whole action, on the results
// page and in the report, first page included.
func TestPlanShowsFirstStepDue(t *testing.T) {
	a := sample(1)
	for _, q := range assessment.Asked(a) {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating3}
	}
	a.Answers["BRF-06"] = assessment.Answer{Rating: assessment.Rating0, Target: "2027-03-14"}
	a.Answers["GOV-10"] = assessment.Answer{Rating: assessment.Rating1}
	a.Plan = nil
	require.NotEqual(t, assessment.ConnectivityIsolated, a.Profile.Connectivity)

	html := openSeeded(t, a, ViewResults).html()
	assert.Contains(t, htmlText(htmlID(t, html, "action-BRF-06")), "First step: now")
	assert.NotContains(t, htmlText(htmlID(t, html, "action-GOV-10")), "First step")

	html = openSeeded(t, a, ViewReport).html()
	rows := innerOf(htmlID(t, html, "report-actions-table"), "tr")
	require.Len(t, rows, 3, "a head row and two actions")
	assert.Contains(t, htmlText(rows[1].inner), "First step: now", "BRF-06, critical, comes first")
	assert.Contains(t, htmlText(rows[1].inner), "by 14 Mar 2027")
	assert.NotContains(t, htmlText(rows[2].inner), "First step")
	assert.Contains(t, htmlText(htmlID(t, html, "exec-actions")), "First step: now")
}
