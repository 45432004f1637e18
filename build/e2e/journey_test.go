//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// The user journey of the issue "The assessment UI", end to end in the real
// file: create an assessment, fill the profile, answer a whole area with the
// keyboard only, assign matrix cells and apply a preset, read the results,
// reload and find everything, and print the report.
//
// Selectors of the views built by other engineers are by visible text and
// labels where possible (Home, Profile), and by the ids of the matrix view
// (mx-row-<control>, td.mx-cell[data-col], #mx-presets-toggle,
// label[for=mx-model-<id>], #mx-preview-btn, #mx-apply, #mx-current).

// journeyRatings are the answers given to the GOV questions, in order, and
// the keys that choose them from the first radio of the group (focused and
// unchecked after Tab): arrow keys move and check, Space checks the
// focused one, ArrowUp from the first wraps to the last (Unknown).
var journeyRatings = []struct {
	rating assessment.Rating
	keys   []string
}{
	{"1", []string{kb.ArrowDown}},
	{"2", []string{kb.ArrowDown, kb.ArrowDown}},
	{"3", []string{kb.ArrowDown, kb.ArrowDown, kb.ArrowDown}},
	{"0", []string{" "}},
	{"unknown", []string{kb.ArrowUp}},
	{"2", []string{kb.ArrowDown, kb.ArrowRight}},
	{"4", []string{kb.ArrowDown, kb.ArrowDown, kb.ArrowDown, kb.ArrowDown}},
}

func TestJourney(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()

	// Home: a new user creates an assessment.
	id := b.CreateAssessment()

	// Profile: site and respondent, found by their labels.
	site, org, respondent := "Leeds bakery", "Acme Foods Ltd", "Dana Smith"
	b.WaitVisible(labelled("Site"))
	b.SendKeys(labelled("Organisation"), org)
	b.SendKeys(labelled("Site"), site)
	b.SendKeys(labelled("Respondent"), respondent)
	b.Screenshot("journey-profile")

	// Questions: the first open question is GOV-01, and it has the focus.
	b.Click("#tab-questions")
	// The GOV questions this profile is asked: the NIS2 ones wait for a
	// NIS2 status in the profile.
	var gov []assessment.Question
	for _, q := range assessment.QuestionsInArea("GOV") {
		if q.When == assessment.Always {
			gov = append(gov, q)
		}
	}
	b.WaitQuestion(gov[0].ID)
	b.WaitFocus("flow-heading")

	// Every GOV question with the keyboard only.
	allowed := []string{"flow-note", "flow-owner", "flow-target", "flow-prev", "flow-next-open", "flow-next"}
	note := "Two people claim it"
	typed := false
	for i, q := range gov {
		r := journeyRatings[i%len(journeyRatings)]
		b.WaitQuestion(q.ID)
		b.WaitFocus("flow-heading")

		// Tab into the radio group: the first radio takes the focus.
		b.Keys(kb.Tab)
		require.Equal(t, "rating-0", b.ActiveID(), "%s: the focus after Tab from the heading (the first rating)", q.ID)
		b.Keys(r.keys...)
		want := "rating-" + string(r.rating)
		require.Equal(t, want, b.ActiveID(), "%s: the focus after %q", q.ID, r.keys)
		b.WaitFor(fmt.Sprintf("%s: %s chosen after keys %q", q.ID, want, r.keys),
			fmt.Sprintf(`document.getElementById(%s).checked && !!document.querySelector('.flow-q.current.answered')`, js(want)),
			Showing(`[...document.querySelectorAll("input[name=rating]")].filter(r => r.checked).map(r => r.id).join(",") + " | nav: " + (document.querySelector(".flow-q.current") || {}).className`))

		// Tab on to Next, through the follow-up fields only.
		var path []string
		for n := 0; n < 12 && b.ActiveID() != "flow-next"; n++ {
			b.Keys(kb.Tab)
			at := b.ActiveID()
			require.True(t, slices.Contains(allowed, at), "%s: Tab went to %q (path %v)", q.ID, at, path)
			if len(path) == 0 || path[len(path)-1] != at {
				path = append(path, at)
			}
			if i == 0 && at == "flow-note" && !typed {
				b.Keys(note)
				typed = true
			}
		}
		require.Equal(t, "flow-next", b.ActiveID(), "%s: Tab path %v does not reach Next", q.ID, path)
		require.NotEmpty(t, path, "%s: Tab did not move", q.ID)
		require.Equal(t, "flow-note", path[0], "%s: Tab path %v does not start at the note", q.ID, path)
		if i == 0 {
			b.Screenshot("journey-question")
		}
		b.Keys(kb.Enter)
	}
	// After the last GOV question asked, Next led to the first question of
	// the next area.
	b.WaitQuestion(assessment.QuestionsInArea("SCO")[0].ID)
	govCount := b.EvalString(`[...document.querySelectorAll(".flow-area")].find(a => a.textContent.includes("Accountability and governance")).querySelector(".flow-area-count").textContent`)
	assert.Contains(t, govCount, fmt.Sprintf("%d of %d", len(gov), len(gov)), "the nav count of GOV")

	// Matrix: a few cells, then a preset that keeps them.
	b.Click("#tab-matrix")
	b.WaitVisible(matrixRow("5.15"))
	b.SetCell("5.15", 4, "A") // OT lead accountable (Plant OT is shown first)
	b.SetCell("5.15", 5, "R") // plant operations responsible
	b.SetCell("8.20", 3, "R") // IT lead responsible
	b.ApplyPreset("federated", "Federated")
	b.WaitRow("5.15", "----AR--------") // kept

	// Results: the chart has one row per area, a bar where there is a score.
	// The results append their sections over a few frames (aria-busy).
	b.Click("#tab-results")
	b.WaitResults()
	journeyCheckResults(t, b)
	b.Screenshot("journey-results")

	// Reload: everything is still there.
	b.Reload()
	b.WaitResults()
	journeyCheckResults(t, b)
	b.GoTo("#/" + id + "/questions/GOV-01")
	b.WaitQuestion("GOV-01")
	assert.True(t, b.EvalBool(`document.getElementById("rating-1").checked`), "GOV-01 after the reload: rating 1 is not checked")
	assert.Equal(t, note, b.Value("#flow-note"), "GOV-01's note after the reload")
	b.Click("#tab-profile")
	b.WaitVisible(labelled("Site"))
	for label, want := range map[string]string{"Site": site, "Respondent": respondent, "Organisation": org} {
		assert.Equal(t, want, b.Value(labelled(label)), "profile %s after the reload (typed with chromedp.SendKeys: if characters are missing, the Profile form overwrote its field while the user typed)", label)
	}
	b.Click("#tab-matrix")
	b.WaitVisible(matrixRow("5.15"))
	b.WaitRow("5.15", "----AR--------")
	b.WaitText("#mx-current", "Federated")

	// Print the report.
	b.Click("#tab-report")
	b.WaitVisible("#report-cover")
	cover := b.Text("#report-cover")
	for _, want := range []string{"ISMS ownership assessment", org, site, respondent} {
		assert.Contains(t, cover, want, "the report cover")
	}
	b.Run(emulation.SetEmulatedMedia().WithMedia("print"))
	var display map[string]string
	b.Eval(`(() => {
		const d = sel => { const e = document.querySelector(sel); return e ? getComputedStyle(e).display : "missing" };
		const out = {};
		for (const s of [".app-header", ".view-tabs", ".notice-area", ".skip-link", "#report-print", ".report-toolbar",
			"#report-cover", "#report-summary", "#report-flags", "#report-model", "#report-actions", "#report-raci", "#report-answers", "#report-chart"]) out[s] = d(s);
		return out;
	})()`, &display)
	for _, s := range []string{".app-header", ".view-tabs", ".notice-area", ".skip-link", "#report-print", ".report-toolbar"} {
		assert.Equal(t, "none", display[s], "in print, the display of %s", s)
	}
	for _, s := range []string{"#report-cover", "#report-summary", "#report-flags", "#report-model", "#report-actions", "#report-raci", "#report-answers", "#report-chart"} {
		assert.NotContains(t, []string{"none", "missing"}, display[s], "in print, the display of %s", s)
	}
	b.Screenshot("journey-report-print")
	b.Run(emulation.SetEmulatedMedia().WithMedia(""))

	var pdf []byte
	b.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().WithPreferCSSPageSize(true).WithPrintBackground(true).Do(ctx)
		return err
	}))
	pages := pdfPages(pdf)
	path := SaveArtifact(t, "report.pdf", pdf)
	assert.GreaterOrEqual(t, pages, 2, "pages of the report PDF (%s)", path)
	t.Logf("report PDF: %d pages, %d bytes, %s", pages, len(pdf), path)
	b.RequireHealthy()
}

var journeyPercent = regexp.MustCompile(`^\d{1,3}%$`)

// journeyCheckResults checks the results of the journey's answers: a score,
// a chart row per area with a bar only for GOV, and the GOV-01 red flag.
func journeyCheckResults(t *testing.T, b *Browser) {
	t.Helper()
	var r struct {
		Score  string `json:"score"`
		Labels int    `json:"labels"`
		Bars   int    `json:"bars"`
		None   int    `json:"none"`
		Role   string `json:"role"`
		Flag   bool   `json:"flag"`
	}
	b.Eval(`(() => {
		const c = document.getElementById("results-chart");
		return {
			score: document.getElementById("overall-score").textContent.trim(),
			labels: c.querySelectorAll("text.chart-label").length,
			bars: c.querySelectorAll("rect.chart-bar").length,
			none: c.querySelectorAll("text.chart-none").length,
			role: c.getAttribute("role"),
			flag: !!document.getElementById("finding-no-single-owner"),
		};
	})()`, &r)
	areas := len(assessment.Areas())
	assert.Regexp(t, journeyPercent, r.Score, "the overall score is not a percentage")
	assert.Equal(t, areas, r.Labels, "chart labels: one per area")
	assert.Equal(t, 1, r.Bars, "chart bars: one, for GOV")
	assert.Equal(t, areas-1, r.None, "chart areas without a score")
	assert.Equal(t, "img", r.Role, "the chart's role")
	assert.True(t, r.Flag, "GOV-01 rated 1 raises no \"no single owner\" red flag")
}
