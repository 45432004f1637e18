//go:build e2e

package e2e

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/stretchr/testify/assert"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestBank2OldCSVShowsRetiredAnswers imports a CSV written with question
// bank 1 (schema 3): it opens, and the report shows the answers to the
// questions bank 2 no longer asks as retired answers.
func TestBank2OldCSVShowsRetiredAnswers(t *testing.T) {
	const id = "a1b2c3d4e5f60718293a4b5c6d7e8f90" // the fixture's assessment
	b := NewBrowser(t)
	b.OpenApp()
	b.PickFiles("#import-file", filepath.Join(repoRoot, "testdata", "csv", "schema3-export.csv"))
	b.WaitVisible("#import-dialog")
	b.Click("#import-confirm")
	b.WaitHash("#/" + id + "/profile")
	assert.Contains(t, b.Stored(id), `"retired":{`, "the retired answers are stored")

	b.GoTo("#/" + id + "/report")
	b.WaitPresent("the retired answers", "#report-retired")
	text := b.Text("#report-retired")
	mod06, _ := assessment.RetiredQuestion("MOD-06")
	for _, want := range []string{"Retired answers", "MOD-06", mod06.OldText, "Removed; replaced by GOV-10.", "GOV-04", "Split into GOV-08 and GOV-09"} {
		assert.Contains(t, text, want, "the retired answers section")
	}
	b.ScrollTo("#report-retired")
	b.ViewportScreenshot("report-retired")
	b.RequireHealthy()
}

// TestBank2NoGMPFederatedSkips opens a profile with no validated systems,
// no safety-critical process and the federated model: the GMP, safety and
// other-model questions are not asked, and each says why; the area
// introduction and the references show on the question and in the printed
// report.
func TestBank2NoGMPFederatedSkips(t *testing.T) {
	a := assessment.New("e2e-bank2-federated", time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	a.Name = "Ghent assembly, federated"
	a.Profile = assessment.Profile{Organisation: "Acme Assembly", Site: "Ghent", Plants: 3,
		NIS2: assessment.NIS2Important, OwnershipModel: assessment.ModelFederated}
	want := []string{"CHG-03", "CHG-07", "INC-04", "MOD-02", "MOD-04"}
	var skipped []string
	for _, q := range assessment.Questions() {
		if assessment.SkipReason(q, a) != "" {
			skipped = append(skipped, q.ID)
		}
	}
	assert.Equal(t, want, skipped, "the rule the browser must follow")

	b := NewBrowser(t)
	b.OpenSeeded("#/"+a.ID+"/questions/CHG-01", a)
	b.WaitQuestion("CHG-01")
	// The start of the area: its introduction, and what it does not ask.
	var chg assessment.Area
	for _, ar := range assessment.Areas() {
		if ar.ID == "CHG" {
			chg = ar
		}
	}
	intro := b.Text(".flow-intro")
	assert.Contains(t, intro, chg.Intro)
	assert.Contains(t, intro, "CHG-03: the profile records no GMP / GxP validated systems in scope.")
	assert.Contains(t, intro, "CHG-07: the profile records no safety-critical process.")
	assert.Equal(t, 2, strings.Count(b.Text(".flow-here"), "Not asked:"), "the two skipped questions in the navigation")
	assert.Contains(t, b.Text(".flow-refs"), "Annex A 8.32", "the references on the question")
	assert.Contains(t, b.Text(".choices"), "Applied at every plant in scope", "an OT question's level 3")
	b.Screenshot("flow-area-intro")

	// Next from CHG-02 passes over CHG-03.
	b.GoTo("#/" + a.ID + "/questions/CHG-02")
	b.WaitQuestion("CHG-02")
	assert.True(t, strings.HasSuffix(b.EvalString(`document.getElementById("flow-next").getAttribute("href")`), "/questions/CHG-04"))

	// The skipped question itself says why, and offers no rating.
	b.GoTo("#/" + a.ID + "/questions/CHG-03")
	b.WaitQuestion("CHG-03")
	assert.Contains(t, b.Text("#flow-skipped"), "Not asked: the profile records no GMP / GxP validated systems in scope.")
	assert.Equal(t, 0, b.Count(`input[name="rating"]`))
	b.GoTo("#/" + a.ID + "/questions/MOD-02")
	b.WaitQuestion("MOD-02")
	assert.Contains(t, b.Text("#flow-skipped"), "it concerns the centralised ownership model, and the model in use is federated.")

	// The printed report: references, introductions, reasons.
	b.GoTo("#/" + a.ID + "/report")
	b.WaitPresent("the report answers", "#report-answers")
	b.Run(emulation.SetEmulatedMedia().WithMedia("print"))
	answers := b.Text("#report-answers")
	assert.Contains(t, answers, "ISO 27001 5.3; Annex A 5.2; IEC 62443-2-1 SPE 1", "GOV-01's references")
	assert.Contains(t, answers, chg.Intro)
	assert.Contains(t, answers, "Not asked: the profile records no safety-critical process.")
	assert.True(t, b.EvalBool(`getComputedStyle(document.querySelector("#report-answers .q-refs")).display !== "none"`), "references print")
	b.Screenshot("report-print-refs")
	b.Run(emulation.SetEmulatedMedia().WithMedia(""))
	b.RequireHealthy()
}
