//go:build e2e

package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// A fully answered sample with the vendor remote access routes (SCO-03)
// at 0 shows, on Results, a critical finding that names vendor remote
// access, first in the list, counted on the summary card, with its
// evidence linked to the question; the page is axe clean.
func TestVendorAccessAtZeroIsCriticalOnResults(t *testing.T) {
	a := fullAssessment(t, "e2e-findings-vendor", "Vendor access at 0", "Plant Lyon", len(assessment.Questions()))
	a.Answers["SCO-03"] = assessment.Answer{Rating: assessment.Rating0, Note: "Two vendor modems found on the packaging line; no list kept."}
	require.NoError(t, assessment.Validate(a))
	crit := 0
	for _, f := range assessment.Findings(a) {
		if f.Severity == assessment.SeverityCritical {
			crit++
		}
	}

	b := NewBrowser(t)
	b.Viewport(1280, 900)
	b.OpenSeeded("#/"+a.ID+"/results", a)
	b.WaitResults()

	sel := "#finding-" + assessment.FindingVendorRoutesUnknown
	b.WaitVisible(sel)
	f := b.Text(sel)
	assert.Contains(t, strings.ToLower(f), "critical")
	assert.Contains(t, strings.ToLower(f), "vendor and integrator remote access")
	assert.Contains(t, f, "SCO-03")
	assert.Contains(t, f, "First step:")
	assert.True(t, b.EvalBool(`document.querySelector(".findings > li").classList.contains("sev-critical")`), "critical findings come first")
	assert.Equal(t, "#/"+a.ID+"/questions/SCO-03", b.EvalString(`document.querySelector("`+sel+` .finding-questions a").getAttribute("href")`))
	assert.True(t, strings.HasPrefix(b.Text("#findings-by-severity"), strconv.Itoa(crit)+" critical"), "the count by severity: %q", b.Text("#findings-by-severity"))

	b.RequireAxeClean("the results with a critical finding")
	b.ViewportScreenshot("findings-results-top")
	b.ScrollTo(sel)
	b.ViewportScreenshot("findings-vendor-critical")
	b.ScrollTo("#results-model")
	b.ViewportScreenshot("findings-recommendation")

	// The link leads to the question.
	b.Click(sel + " .finding-questions a")
	b.WaitHash("#/" + a.ID + "/questions/SCO-03")
	b.RequireHealthy()
}

// Every answer at the top and a complete, valid matrix: no finding at all
// on Results, and the same with vendor access at 0 has exactly that one,
// critical.
func TestTopAnswersHaveNoCriticalFinding(t *testing.T) {
	a := fullAssessment(t, "e2e-findings-top", "All at the top", "Plant Basel", len(assessment.Questions()))
	a.Profile.NIS2 = assessment.NIS2Essential
	for _, q := range assessment.Asked(a) {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating4}
	}
	require.NoError(t, assessment.Validate(a))
	vendor := a
	vendor.ID, vendor.Name = "e2e-findings-top-vendor", "Top but vendor access"
	vendor.Answers = map[string]assessment.Answer{}
	for k, v := range a.Answers {
		vendor.Answers[k] = v
	}
	vendor.Answers["SCO-03"] = assessment.Answer{Rating: assessment.Rating0}

	b := NewBrowser(t)
	b.Viewport(1280, 900)
	b.OpenSeeded("#/"+a.ID+"/results", a, vendor)
	b.WaitResults()
	assert.Equal(t, "0 critical \u00b7 0 high \u00b7 0 medium", b.Text("#findings-by-severity"))
	assert.Zero(t, b.Count(".finding"))

	b.GoTo("#/" + vendor.ID + "/results")
	b.WaitVisible("#finding-" + assessment.FindingVendorRoutesUnknown)
	b.WaitResults()
	assert.Equal(t, "1 critical \u00b7 0 high \u00b7 0 medium", b.Text("#findings-by-severity"))
	assert.Equal(t, 1, b.Count(".finding"))
	b.RequireAxeClean("the results of a top assessment with vendor access at 0")
	b.RequireHealthy()
}

// A requirement of ISO/IEC 27001 answered "not applicable" (the policy's
// approval, GOV-08, kept from an older file) raises its own finding on
// Results and counts as not in place; the question itself says why the
// answer is not offered, keeps the answer given visible, and another
// question still offers "not applicable".
func TestRequirementAnsweredNotApplicable(t *testing.T) {
	a := fullAssessment(t, "e2e-requirement-na", "Policy marked N/A", "Plant Lyon", len(assessment.Questions()))
	a.Answers["GOV-08"] = assessment.Answer{Rating: assessment.RatingNotApplicable, Note: "The group policy covers us."}
	require.NoError(t, assessment.Validate(a))

	b := NewBrowser(t)
	b.Viewport(1280, 900)
	b.OpenSeeded("#/"+a.ID+"/results", a)
	b.WaitResults()
	sel := "#finding-" + assessment.FindingRequirementExcluded
	b.WaitVisible(sel)
	f := b.Text(sel)
	for _, want := range []string{"A requirement of ISO/IEC 27001 is answered as not applicable", "GOV-08", "clause 1", "First step:"} {
		assert.Contains(t, f, want)
	}
	b.RequireAxeClean("the results with an excluded requirement")
	b.ScrollTo(sel)
	b.ViewportScreenshot("findings-requirement-excluded")

	b.Click(sel + " .finding-questions a")
	b.WaitHash("#/" + a.ID + "/questions/GOV-08")
	b.WaitVisible("#rating-required")
	assert.Contains(t, b.Text("#rating-required"), "ISO/IEC 27001 5.2 is a requirement that no ISMS claiming conformity can exclude (clause 1)")
	assert.True(t, b.EvalBool(`document.getElementById("rating-na").checked`), "the answer given stays shown")
	b.RequireAxeClean("a required question")
	b.ViewportScreenshot("flow-required-question")
	// Rated, the question no longer shows "not applicable" at all.
	b.Click("#rating-3")
	b.GoTo("#/" + a.ID + "/questions/GOV-09")
	b.WaitVisible("#rating-required")
	b.GoTo("#/" + a.ID + "/questions/GOV-08")
	b.WaitFor("the requirement rated", `document.getElementById("rating-3")?.checked && !document.getElementById("rating-na")`, Within(10*time.Second))

	b.GoTo("#/" + a.ID + "/questions/GOV-05")
	b.WaitVisible("#rating-na")
	assert.Zero(t, b.Count("#rating-required"), "another question offers not applicable")
	b.RequireHealthy()
}

// The NIS2 status and the ownership model are set in the profile: with no
// status the NIS2 questions say why they are not asked; "essential" asks
// them, and "not applicable" kept on one raises nis2-duty-excluded; "not
// known yet" raises nis2-status-unknown, whose evidence leads back to the
// profile. Choosing a model and taking it back is stored.
func TestProfileNIS2StatusAndModel(t *testing.T) {
	a := fullAssessment(t, "e2e-nis2", "NIS2 status", "Plant Ghent", len(assessment.Questions()))
	a.Answers["INC-08"] = assessment.Answer{Rating: assessment.RatingNotApplicable, Note: "We report to the group."}
	require.NoError(t, assessment.Validate(a))

	b := NewBrowser(t)
	b.Viewport(1280, 900)
	b.OpenSeeded("#/"+a.ID+"/questions/INC-08", a)
	b.WaitVisible("#flow-skipped")
	assert.Contains(t, b.Text("#flow-skipped"), "does not record the organisation as an essential or important entity")

	b.GoTo("#/" + a.ID + "/profile")
	b.WaitVisible("#pf-group-nis2")
	assert.False(t, b.EvalBool(`!!document.querySelector('input[name="pf-nis2"]:checked')`), "no status recorded")
	// Before the status is recorded, a practice that is a NIS2 measure
	// does not cite the Directive.
	b.GoTo("#/" + a.ID + "/questions/INC-01")
	b.WaitQuestion("INC-01")
	assert.NotContains(t, b.Text(".flow-refs"), "NIS2")
	b.GoTo("#/" + a.ID + "/profile")
	b.WaitVisible("#pf-group-nis2")
	assert.True(t, b.EvalBool(`document.getElementById("pf-model-none").checked`), "no model recorded")
	b.Click("#pf-nis2-essential")
	b.Click("#pf-model-federated")
	b.RequireAxeClean("the profile with the NIS2 status and the ownership model")
	b.ScrollTo("#pf-group-nis2")
	b.ViewportScreenshot("profile-nis2-and-model")

	b.GoTo("#/" + a.ID + "/questions/INC-08")
	b.WaitVisible("#rating-required")
	assert.Contains(t, b.Text("#rating-required"), "NIS2 Art. 23 applies to every essential or important entity")
	assert.True(t, b.EvalBool(`document.getElementById("rating-na").checked`), "the answer given stays shown")
	// For an essential entity, the practice cites the NIS2 measure it is
	// part of (Art. 21(2)(b), incident handling).
	b.GoTo("#/" + a.ID + "/questions/INC-01")
	b.WaitQuestion("INC-01")
	assert.Contains(t, b.Text(".flow-refs"), "NIS2 Art. 21(2)(b)")

	b.GoTo("#/" + a.ID + "/results")
	b.WaitResults()
	sel := "#finding-" + assessment.FindingNIS2DutyExcluded
	b.WaitVisible(sel)
	assert.Contains(t, b.Text(sel), "INC-08")
	b.ScrollTo(sel)
	b.ViewportScreenshot("findings-nis2-duty-excluded")

	b.GoTo("#/" + a.ID + "/profile")
	b.WaitVisible("#pf-nis2-unknown")
	b.Click("#pf-nis2-unknown")
	b.Click("#pf-model-none")
	b.GoTo("#/" + a.ID + "/results")
	b.WaitResults()
	sel = "#finding-" + assessment.FindingNIS2StatusUnknown
	b.WaitVisible(sel)
	assert.Contains(t, b.Text(sel), "The profile records the NIS2 status as \u201cNot known yet\u201d.")
	assert.Zero(t, b.Count("#finding-"+assessment.FindingNIS2DutyExcluded), "the NIS2 questions are no longer asked")
	b.Click(sel + " .finding-refs a")
	b.WaitHash("#/" + a.ID + "/profile")

	b.Reload()
	b.WaitVisible("#pf-nis2-unknown")
	assert.True(t, b.EvalBool(`document.getElementById("pf-nis2-unknown").checked`), "the status is stored")
	assert.True(t, b.EvalBool(`document.getElementById("pf-model-none").checked`), "the model taken back is stored")
	b.RequireHealthy()
}

// TestBoundaryAndRestoreFindings: an open office-to-plant boundary (BRF-08)
// is a critical finding whose action starts with closing what no running
// process needs, and no owner for restoring plant systems (CTL-07) a high
// one; for an important entity under NIS2 both cite the NIS2 measure
// their practice is part of, in the question and in the finding.
func TestBoundaryAndRestoreFindings(t *testing.T) {
	a := fullAssessment(t, "e2e-boundary", "Boundary and restore", "Plant Ghent", len(assessment.Questions()))
	a.Profile.NIS2 = assessment.NIS2Important
	a.Answers["BRF-08"] = assessment.Answer{Rating: assessment.Rating0, Note: "Office and plant share one flat network."}
	a.Answers["CTL-07"] = assessment.Answer{Rating: assessment.Rating0}
	require.NoError(t, assessment.Validate(a))

	b := NewBrowser(t)
	b.Viewport(1280, 900)
	b.OpenSeeded("#/"+a.ID+"/questions/BRF-08", a)
	b.WaitQuestion("BRF-08")
	assert.Contains(t, b.Text(".flow-refs"), "Annex A 8.22")
	assert.Contains(t, b.Text(".flow-refs"), "NIS2 Art. 21(2)(e)")
	b.ViewportScreenshot("flow-question-boundary")

	b.GoTo("#/" + a.ID + "/results")
	b.WaitResults()
	sel := "#finding-" + assessment.FindingBoundaryOpen
	b.WaitVisible(sel)
	f := b.Text(sel)
	assert.Contains(t, strings.ToLower(f), "critical")
	assert.Contains(t, f, "BRF-08")
	assert.Contains(t, f, "NIS2 Art. 21(2)(e)")
	assert.True(t, b.EvalBool(`document.querySelector("`+sel+`").classList.contains("sev-critical")`), "critical")
	restore := "#finding-" + assessment.FindingRestoreUnowned
	b.WaitVisible(restore)
	assert.Contains(t, b.Text(restore), "NIS2 Art. 21(2)(c)")
	assert.True(t, b.EvalBool(`document.querySelector("`+restore+`").classList.contains("sev-high")`), "high")

	b.WaitPresent("the action plan", "#action-BRF-08")
	act := b.Text("#action-BRF-08")
	// The first step as Actions words it for the profile (in a
	// safety-critical process it opens with the path to the safety
	// instrumented systems).
	var first string
	for _, x := range assessment.Actions(a) {
		if x.Question == "BRF-08" {
			first = x.FirstStepTask()
		}
	}
	require.True(t, strings.HasPrefix(first, "First, now: "), first)
	assert.Contains(t, act, first)
	assert.Contains(t, act, "close access into plant systems no running process needs")
	assert.Contains(t, act, "First step: now")
	b.RequireAxeClean("the results with the boundary and restore findings")
	b.ScrollTo(sel)
	b.ViewportScreenshot("findings-boundary-critical")
	b.ScrollTo("#action-BRF-08")
	b.ViewportScreenshot("action-boundary-first-step")
	b.RequireHealthy()
}
