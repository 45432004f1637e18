//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// An untouched ownership matrix shows as not started in Results and in the
// report, never as fine; the same assessment with the Federated model
// applied on a GMP profile shows as passing every check.
func TestUntouchedMatrixShowsAsNotStartedInResults(t *testing.T) {
	made := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	untouched := assessment.New("e2e-matrix-untouched", made)
	untouched.Name = "Untouched matrix"
	federated := assessment.New("e2e-matrix-federated", made)
	federated.Name = "Federated on a GMP site"
	federated.Profile.Validated = true
	m, err := assessment.Preset(assessment.ModelFederated, federated.Profile)
	require.NoError(t, err)
	federated.Matrix, federated.Model = m, assessment.ModelFederated

	b := NewBrowser(t)
	b.Viewport(1280, 720)
	b.OpenSeeded("#/"+untouched.ID+"/results", untouched, federated)
	b.WaitResults()
	assert.Equal(t, "Not started", b.Text("#matrix-state"), "the summary card")
	assert.True(t, strings.HasPrefix(b.Text("#results-mst-lead"), "Not started: none of the 279 rows"), "the matrix section: %q", b.Text("#results-mst-lead"))
	assert.Equal(t, 3, b.Count("#results-mst-table .mst-state-not-started"), "domains not started")
	assert.Zero(t, b.Count(".mst-state-passes, .mst-lead-passes, .mst-card-passes"), "a pass shown for an untouched matrix")
	assert.Contains(t, b.Text("#finding-matrix-not-started .finding-detail"), "0 of 279 rows decided", "the red flag's figures")
	b.RequireAxeClean("the results of an untouched matrix")
	b.ViewportScreenshot("results-matrix-untouched")
	b.ScrollTo("#results-matrix")
	b.ViewportScreenshot("results-matrix-untouched-section")

	b.Click("#results-report")
	b.WaitVisible("#report-mst-lead")
	assert.True(t, strings.HasPrefix(b.Text("#report-mst-lead"), "Not started:"), "the report: %q", b.Text("#report-mst-lead"))
	assert.Equal(t, 3, b.Count("#report-mst-table .mst-state-not-started"), "domains not started in the report")
	b.ScrollTo("#report-raci")
	b.ViewportScreenshot("report-matrix-untouched")

	b.GoTo("#/" + federated.ID + "/results")
	b.WaitText("#matrix-state", "The tool's proposal, unchanged")
	b.WaitResults()
	assert.Equal(t, 3, b.Count("#results-mst-table .mst-state-passes"), "domains that pass")
	assert.Zero(t, b.Count(".mst-kind"), "problems listed for a passing matrix")
	b.RequireAxeClean("the results of a Federated matrix")
	b.ViewportScreenshot("results-matrix-federated")
	b.ScrollTo("#results-matrix")
	b.ViewportScreenshot("results-matrix-federated-section")

	// One problem seeded: Procurement accountable for handling technical
	// weaknesses (8.8) on the plant floor, which it cannot act on.
	seeded := federated
	seeded.ID, seeded.Name = "e2e-matrix-seeded", "One problem seeded"
	k := assessment.CellKey{Control: "8.8", Domain: assessment.DomainOT}
	for r, l := range seeded.Matrix[k] {
		if l.Accountable() {
			seeded.Matrix = assessment.SetLetter(seeded.Matrix, k, r, assessment.LetterResponsible)
		}
	}
	seeded.Matrix = assessment.SetLetter(seeded.Matrix, k, assessment.RoleProcurement, assessment.LetterAccountable)
	b.OpenSeeded("#/"+seeded.ID+"/results", seeded)
	b.WaitResults()
	assert.Equal(t, "Complete, with problems", b.Text("#matrix-state"))
	assert.Contains(t, b.Text("#results-mst-accountable-cannot-act"), "8.8 ", "the problem listed")
	assert.Contains(t, b.Text("#results-mst-accountable-cannot-act"), "Plant OT (Procurement)", "the problem listed")
	b.RequireAxeClean("the results of a matrix with a problem")
	b.ScrollTo("#results-matrix")
	b.ViewportScreenshot("results-matrix-seeded-section")
	b.RequireHealthy()
}
