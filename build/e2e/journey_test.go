//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// The user journey of the issue "The assessment UI", end to end in the real
// file: create an assessment, fill the profile, answer a whole area with the
// keyboard only, assign matrix cells and apply a preset, read the results,
// reload and find everything, and print the report.
//
// Selectors of the views built by other engineers are by visible text and
// labels where possible (Home, Profile), and by the ids of the matrix view
// (mx-row-<control>, td.mx-cell select, #mx-presets-toggle,
// label[for=mx-model-<id>], #mx-preview-btn, #mx-apply, #mx-current).

// journeyField is the XPath of the form control whose label starts with
// text (labels may carry " (required)" after the text).
func journeyField(text string) string {
	return fmt.Sprintf(`//*[@id=//label[starts-with(normalize-space(.), %q)]/@for]`, text)
}

// journeyKeys presses keys one after the other, as a keyboard user would.
func journeyKeys(b *Browser, keys ...string) {
	b.t.Helper()
	for _, k := range keys {
		b.Run(chromedp.KeyEvent(k))
	}
}

// journeyWait polls a JavaScript condition.
func journeyWait(t *testing.T, b *Browser, what, js string) {
	t.Helper()
	if err := b.RunErr(10*time.Second, chromedp.Poll(js, nil, chromedp.WithPollingInterval(25*time.Millisecond), chromedp.WithPollingTimeout(8*time.Second))); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

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
	b.OpenReady(productHTML(t))

	// Home: a new user creates an assessment.
	newButton := `//button[normalize-space()="New assessment"]`
	if err := b.RunErr(20*time.Second, chromedp.WaitVisible(newButton, chromedp.BySearch)); err != nil {
		t.Fatalf("the Home view shows no \"New assessment\" button: %v", err)
	}
	b.Run(chromedp.Click(newButton, chromedp.BySearch))
	journeyWait(t, b, "the new assessment opens on its profile", `/^#\/[^/]+\/profile$/.test(location.hash)`)
	id := strings.Split(flowHash(b), "/")[1]

	// Profile: site and respondent, found by their labels.
	site, org, respondent := "Leeds bakery", "Acme Foods Ltd", "Dana Smith"
	b.Run(
		chromedp.WaitVisible(journeyField("Site"), chromedp.BySearch),
		chromedp.SendKeys(journeyField("Organisation"), org, chromedp.BySearch),
		chromedp.SendKeys(journeyField("Site"), site, chromedp.BySearch),
		chromedp.SendKeys(journeyField("Respondent name"), respondent, chromedp.BySearch),
	)
	b.Screenshot("journey-profile")

	// Questions: the first open question is GOV-01, and it has the focus.
	b.Run(chromedp.Click("#tab-questions", chromedp.ByQuery))
	gov := assessment.QuestionsInArea("GOV")
	waitFlowQuestion(t, b, gov[0].ID)
	waitFlowFocus(t, b, "flow-heading")

	// Every GOV question with the keyboard only.
	allowed := []string{"flow-note", "flow-owner", "flow-target", "flow-prev", "flow-next-open", "flow-next"}
	note := "Two people claim it"
	typed := false
	for i, q := range gov {
		r := journeyRatings[i%len(journeyRatings)]
		waitFlowQuestion(t, b, q.ID)
		waitFlowFocus(t, b, "flow-heading")

		// Tab into the radio group: the first radio takes the focus.
		journeyKeys(b, kb.Tab)
		if got := flowActiveID(b); got != "rating-0" {
			t.Fatalf("%s: Tab from the heading went to %q, want the first rating (rating-0)", q.ID, got)
		}
		journeyKeys(b, r.keys...)
		want := "rating-" + string(r.rating)
		if got := flowActiveID(b); got != want {
			t.Fatalf("%s: after %q the focus is on %q, want %q", q.ID, r.keys, got, want)
		}
		ok := fmt.Sprintf(`document.getElementById(%q).checked && !!document.querySelector('.flow-q.current.answered')`, want)
		if err := b.RunErr(10*time.Second, chromedp.Poll(ok, nil, chromedp.WithPollingInterval(25*time.Millisecond), chromedp.WithPollingTimeout(8*time.Second))); err != nil {
			var state string
			b.Eval(`[...document.querySelectorAll("input[name=rating]")].filter(r => r.checked).map(r => r.id).join(",") + " | nav: " + (document.querySelector(".flow-q.current") || {}).className`, &state)
			t.Fatalf("%s: %q not chosen after keys %q (checked: %s): %v", q.ID, want, r.keys, state, err)
		}

		// Tab on to Next, through the follow-up fields only.
		var path []string
		for n := 0; n < 12 && flowActiveID(b) != "flow-next"; n++ {
			journeyKeys(b, kb.Tab)
			at := flowActiveID(b)
			if !slices.Contains(allowed, at) {
				t.Fatalf("%s: Tab went to %q (path %v)", q.ID, at, path)
			}
			if len(path) == 0 || path[len(path)-1] != at {
				path = append(path, at)
			}
			if i == 0 && at == "flow-note" && !typed {
				b.Run(chromedp.KeyEvent(note))
				typed = true
			}
		}
		if flowActiveID(b) != "flow-next" || path[0] != "flow-note" {
			t.Fatalf("%s: Tab path %v does not go from the note to Next", q.ID, path)
		}
		if i == 0 {
			b.Screenshot("journey-question")
		}
		journeyKeys(b, kb.Enter)
	}
	// After GOV-07, Next led to the first question of the next area.
	waitFlowQuestion(t, b, assessment.QuestionsInArea("SCO")[0].ID)
	var govCount string
	b.Eval(`[...document.querySelectorAll(".flow-area")].find(a => a.textContent.includes("Accountability and governance")).querySelector(".flow-area-count").textContent`, &govCount)
	if !strings.Contains(govCount, "7 of 7") {
		t.Errorf("nav count of GOV = %q, want 7 of 7", govCount)
	}

	// Matrix: a few cells, then a preset that keeps them.
	b.Run(chromedp.Click("#tab-matrix", chromedp.ByQuery), chromedp.WaitVisible(`[id="mx-row-5.15"]`, chromedp.ByQuery))
	journeySetCell(t, b, "5.15", 3, "A") // OT lead accountable (Plant OT is shown first)
	journeySetCell(t, b, "5.15", 9, "R") // plant operations responsible
	journeySetCell(t, b, "8.20", 2, "R") // IT lead responsible
	var open bool
	b.Eval(`document.getElementById("mx-presets-toggle").getAttribute("aria-expanded") === "true"`, &open)
	if !open {
		b.Run(chromedp.Click("#mx-presets-toggle", chromedp.ByQuery))
	}
	b.Run(
		chromedp.WaitVisible(`label[for="mx-model-federated"]`, chromedp.ByQuery),
		chromedp.Click(`label[for="mx-model-federated"]`, chromedp.ByQuery),
		chromedp.Click("#mx-preview-btn", chromedp.ByQuery),
		chromedp.WaitVisible("#mx-apply", chromedp.ByQuery),
		chromedp.Click("#mx-apply", chromedp.ByQuery),
	)
	journeyWait(t, b, "the preset is applied", `document.getElementById("mx-current").textContent.includes("Federated")`)
	journeyWait(t, b, "5.15 kept", `document.getElementById("mx-row-5.15").dataset.raci === "---A-----R"`)

	// Results: the chart has one row per area, a bar where there is a score.
	// The results append their sections over a few frames (aria-busy).
	b.Run(chromedp.Click("#tab-results", chromedp.ByQuery), chromedp.WaitVisible("#results-chart", chromedp.ByQuery),
		chromedp.WaitVisible(`.results[aria-busy="false"]`, chromedp.ByQuery))
	journeyCheckResults(t, b)
	b.Screenshot("journey-results")

	// Reload: everything is still there.
	b.Reload()
	b.Run(chromedp.WaitVisible("#results-chart", chromedp.ByQuery), chromedp.WaitVisible(`.results[aria-busy="false"]`, chromedp.ByQuery))
	journeyCheckResults(t, b)
	b.Run(chromedp.Navigate(fileURL(productHTML(t)) + "#/" + id + "/questions/GOV-01"))
	waitFlowQuestion(t, b, "GOV-01")
	var got struct {
		Checked bool   `json:"checked"`
		Note    string `json:"note"`
	}
	b.Eval(`({checked: document.getElementById("rating-1").checked, note: document.getElementById("flow-note").value})`, &got)
	if !got.Checked || got.Note != note {
		t.Errorf("GOV-01 after reload: rating 1 checked %v, note %q (want %q)", got.Checked, got.Note, note)
	}
	b.Run(chromedp.Click("#tab-profile", chromedp.ByQuery), chromedp.WaitVisible(journeyField("Site"), chromedp.BySearch))
	for label, want := range map[string]string{"Site": site, "Respondent name": respondent, "Organisation": org} {
		var v string
		b.Run(chromedp.Value(journeyField(label), &v, chromedp.BySearch))
		if v != want {
			t.Errorf("profile %s after reload = %q, want %q (typed with chromedp.SendKeys: if characters are missing, the Profile form overwrote its field while the user typed)", label, v, want)
		}
	}
	b.Run(chromedp.Click("#tab-matrix", chromedp.ByQuery), chromedp.WaitVisible(`[id="mx-row-5.15"]`, chromedp.ByQuery))
	journeyWait(t, b, "matrix after reload", `document.getElementById("mx-row-5.15").dataset.raci === "---A-----R" && document.getElementById("mx-current").textContent.includes("Federated")`)

	// Print the report.
	b.Run(chromedp.Click("#tab-report", chromedp.ByQuery), chromedp.WaitVisible("#report-cover", chromedp.ByQuery))
	var cover string
	b.Run(chromedp.Text("#report-cover", &cover, chromedp.ByQuery))
	for _, want := range []string{"ISMS ownership assessment", org, site, respondent} {
		if !strings.Contains(cover, want) {
			t.Errorf("report cover lacks %q", want)
		}
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
		if display[s] != "none" {
			t.Errorf("in print, %s is displayed (%q)", s, display[s])
		}
	}
	for _, s := range []string{"#report-cover", "#report-summary", "#report-flags", "#report-model", "#report-actions", "#report-raci", "#report-answers", "#report-chart"} {
		if display[s] == "none" || display[s] == "missing" {
			t.Errorf("in print, %s is not displayed (%q)", s, display[s])
		}
	}
	b.Screenshot("journey-report-print")
	b.Run(emulation.SetEmulatedMedia().WithMedia(""))

	var pdf []byte
	b.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().WithPreferCSSPageSize(true).WithPrintBackground(true).Do(ctx)
		return err
	}))
	pages := flowPDFPages(pdf)
	path := flowSaveArtifact(t, "report.pdf", pdf)
	if pages < 2 {
		t.Errorf("the report PDF has %d page(s), want several (%s)", pages, path)
	}
	t.Logf("report PDF: %d pages, %d bytes, %s", pages, len(pdf), path)
	b.RequireHealthy()
}

// journeySetCell picks a RACI letter in the matrix with the keyboard:
// focus the role's select in the row and type the letter (typeahead).
func journeySetCell(t *testing.T, b *Browser, control string, role int, letter string) {
	t.Helper()
	sel := fmt.Sprintf(`[id="mx-row-%s"] td.mx-cell:nth-of-type(%d) select`, control, role+1)
	b.Run(chromedp.Focus(sel, chromedp.ByQuery), chromedp.SendKeys(sel, letter, chromedp.ByQuery))
	journeyWait(t, b, "matrix cell "+control, fmt.Sprintf(`document.getElementById(%q).dataset.raci.charAt(%d) === %q`, "mx-row-"+control, role, letter))
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
	if !journeyPercent.MatchString(r.Score) {
		t.Errorf("overall score %q is not a percentage", r.Score)
	}
	if r.Labels != areas || r.Bars != 1 || r.None != areas-1 || r.Role != "img" {
		t.Errorf("chart: %d labels, %d bars, %d without score, role %q; want %d labels, 1 bar (GOV), %d without score, role img",
			r.Labels, r.Bars, r.None, r.Role, areas, areas-1)
	}
	if !r.Flag {
		t.Error("GOV-01 rated 1 raises no \"no single owner\" red flag")
	}
}
