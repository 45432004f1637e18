//go:build !wasm

package app

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// A critical finding shows its severity, what was found, the evidence
// linked to the question, the first step and the references; the count by
// severity is on the summary card.
func TestResultsCriticalFinding(t *testing.T) {
	a := sample(1)
	a.Answers["SCO-03"] = assessment.Answer{Rating: assessment.Rating0}
	html := openSeeded(t, a, ViewResults).html()
	f := htmlText(htmlID(t, html, "finding-"+assessment.FindingVendorRoutesUnknown))
	q, _ := assessment.QuestionByID("SCO-03")
	for _, want := range []string{"Critical", "remote access routes", "Why it matters:",
		"SCO-03 " + q.Text, "Answered: level 0, Not in place.", "First step: Have each plant list now the remote access routes it knows", "References: ISO 27001 4.3; Annex A 5.19"} {
		assert.Contains(t, f, want)
	}
	assert.Contains(t, html, `href="#/`+a.ID+`/questions/SCO-03"`)
	crit := 0
	for _, x := range assessment.Findings(a) {
		if x.Severity == assessment.SeverityCritical {
			crit++
		}
	}
	require.NotZero(t, crit)
	assert.Contains(t, htmlText(htmlID(t, html, "findings-by-severity")), strconv.Itoa(crit)+" critical")
	assert.NotContains(t, f, "Note:", "an answer without a note shows none")

	// The respondent's note travels with the answer as evidence.
	a.Answers["SCO-03"] = assessment.Answer{Rating: assessment.Rating0, Note: "Two modems found at line 3."}
	f = htmlText(htmlID(t, openSeeded(t, a, ViewResults).html(), "finding-"+assessment.FindingVendorRoutesUnknown))
	assert.Contains(t, f, "Answered: level 0, Not in place. Note: \u201cTwo modems found at line 3.\u201d")
}

// A matrix row named as evidence links to its control in the matrix.
func TestResultsFindingLinksMatrixRow(t *testing.T) {
	a := assessment.New("m1", testNow)
	a.Matrix = assessment.Matrix{
		{Control: "5.2", Domain: assessment.DomainOT}: {assessment.RoleOT: assessment.LetterAccountable, assessment.RoleIT: assessment.LetterAccountable},
	}
	html := openSeeded(t, a, ViewResults).html()
	f := htmlID(t, html, "finding-"+assessment.FindingMatrixAccountable)
	assert.Contains(t, f, `href="#/m1/matrix/5.2"`)
}

// A tie is shown as a tie, with what would decide it; no model is
// marked recommended.
func TestResultsModelTie(t *testing.T) {
	a := sample(1)
	a.Profile.Plants, a.Profile.SafetyCritical, a.Profile.Validated = 3, true, false
	a.Profile.CentralRisk, a.Profile.Connectivity = false, assessment.ConnectivityIsolated
	rec := assessment.Recommend(a)
	require.True(t, rec.IsTie(), "scores %v", rec.Scores)
	html := openSeeded(t, a, ViewResults).html()
	names := map[string]string{}
	for _, m := range assessment.Models() {
		names[m.ID] = m.Name
	}
	got := htmlText(htmlID(t, html, "recommended-model"))
	for _, id := range rec.Tied {
		assert.Contains(t, got, names[id])
		assert.Contains(t, html, `id="model-reasons-`+id+`"`)
	}
	assert.Contains(t, htmlText(html), "Tie: "+got)
	assert.NotEmpty(t, htmlText(htmlID(t, html, "model-decide")))
	assert.NotContains(t, htmlText(htmlID(t, html, modelCompareID)), "Recommended")
}

// A finding about the matrix as a whole links to the matrix.
func TestResultsMatrixStateFindingLinksMatrix(t *testing.T) {
	a := assessment.New("m2", testNow)
	html := openSeeded(t, a, ViewResults).html()
	f := htmlID(t, html, "finding-"+assessment.FindingMatrixNotStarted)
	assert.Contains(t, f, `href="#/m2/matrix"`)
}

// The findings are listed as the plan tackles them within each severity
// (assessment.ByPlanOrder), on the results page and in the report's
// section 3 alike, so that the report's "most serious" are its first.
func TestFindingsListedInPlanOrder(t *testing.T) {
	a := sample(1)
	want := assessment.ByPlanOrder(assessment.Findings(a), assessment.Actions(a))
	require.Greater(t, len(want), 3)
	byID := assessment.Findings(a)
	require.NotEqual(t, byID, want, "the sample's plan order differs from the ID order, or the test proves nothing")
	for _, view := range []View{ViewResults, ViewReport} {
		html := openSeeded(t, a, view).html()
		var got []string
		for _, m := range regexp.MustCompile(`id="finding-([a-z0-9-]+)"`).FindAllStringSubmatch(html, -1) {
			got = append(got, m[1])
		}
		var ids []string
		for _, f := range want {
			ids = append(ids, f.ID)
		}
		assert.Equal(t, ids, got, "view %v", view)
	}
}
