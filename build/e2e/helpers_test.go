//go:build e2e

package e2e

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// The helpers every end-to-end test uses: what a user does with the page
// and what a test reads from it, the app's storage, and the app's views.
// They fail the test themselves, saying what they waited for.

// --- the page -----------------------------------------------------------

// by is how sel is looked up: XPath when it starts with "/" or "(", CSS
// otherwise.
func by(sel string) chromedp.QueryOption {
	if strings.HasPrefix(sel, "/") || strings.HasPrefix(sel, "(") {
		return chromedp.BySearch
	}
	return chromedp.ByQuery
}

// GoTo moves the open page to fragment (such as "#/<id>/matrix") of the
// file under test, as the address bar does.
func (b *Browser) GoTo(fragment string) {
	b.t.Helper()
	b.Run(chromedp.Navigate(fileURL(productHTML(b.t)) + fragment))
}

// OpenApp opens the file under test and fails unless it starts healthy.
func (b *Browser) OpenApp() {
	b.t.Helper()
	b.OpenReady(productHTML(b.t))
}

// Click clicks the first element matching sel once it is visible.
func (b *Browser) Click(sel string) {
	b.t.Helper()
	b.WaitVisible(sel)
	b.Run(chromedp.Click(sel, by(sel)))
}

// Focus moves the focus to the element matching sel once it is in the
// page (seen or not, as Tab reaches it).
func (b *Browser) Focus(sel string) {
	b.t.Helper()
	b.waitReady(sel)
	b.Run(chromedp.Focus(sel, by(sel)))
}

// Type types text into a field (a CSS selector) as a user would, replacing
// what it holds: click it, select its content, type.
func (b *Browser) Type(sel, text string) {
	b.t.Helper()
	b.Click(sel)
	b.Run(chromedp.Evaluate(fmt.Sprintf(`(el => el.select && el.select())(document.querySelector(%s))`, js(sel)), nil))
	b.SendKeys(sel, text)
}

// SendKeys types text into the element matching sel, once it is visible,
// where its caret is.
func (b *Browser) SendKeys(sel, text string) {
	b.t.Helper()
	b.WaitVisible(sel)
	b.Run(chromedp.SendKeys(sel, text, by(sel)))
}

// Keys presses keys one after the other on the focused element, as a
// keyboard user would.
func (b *Browser) Keys(keys ...string) {
	b.t.Helper()
	for _, k := range keys {
		b.Run(chromedp.KeyEvent(k))
	}
}

// AltKey presses Alt+letter the way a keyboard does: key down and up with
// the Alt modifier and no character event (Alt+letter types nothing;
// chromedp.KeyEvent would also send the letter as text).
func (b *Browser) AltKey(letter rune) {
	b.t.Helper()
	upper := strings.ToUpper(string(letter))
	code := int64(upper[0])
	down := input.DispatchKeyEvent(input.KeyRawDown).WithKey(string(letter)).WithCode("Key" + upper).
		WithModifiers(input.ModifierAlt).WithWindowsVirtualKeyCode(code).WithNativeVirtualKeyCode(code)
	up := input.DispatchKeyEvent(input.KeyUp).WithKey(string(letter)).WithCode("Key" + upper).
		WithModifiers(input.ModifierAlt).WithWindowsVirtualKeyCode(code).WithNativeVirtualKeyCode(code)
	b.Run(down, up)
}

// SetValue sets a select or date input and fires the events a user's
// choice fires (typing into a date field depends on the browser's locale).
func (b *Browser) SetValue(sel, value string) {
	b.t.Helper()
	b.Eval(fmt.Sprintf(`(() => { const el = document.querySelector(%s); el.focus(); el.value = %s;
		el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true})); return el.value })()`,
		js(sel), js(value)), nil)
}

// PickFiles picks files in the file input matching sel, as the file
// dialog does.
func (b *Browser) PickFiles(sel string, paths ...string) {
	b.t.Helper()
	b.Run(chromedp.SetUploadFiles(sel, paths, by(sel), chromedp.NodeReady))
}

// Text is the visible text of the first element matching the CSS selector
// sel, or "" when there is none.
func (b *Browser) Text(sel string) string {
	b.t.Helper()
	return b.EvalString(fmt.Sprintf(`(document.querySelector(%s) || {innerText: ""}).innerText`, js(sel)))
}

// Value is the value of the form control matching sel.
func (b *Browser) Value(sel string) string {
	b.t.Helper()
	b.waitReady(sel)
	var v string
	b.Run(chromedp.Value(sel, &v, by(sel)))
	return v
}

// Count is the number of elements matching the CSS selector sel.
func (b *Browser) Count(sel string) int {
	b.t.Helper()
	return b.EvalInt(fmt.Sprintf(`document.querySelectorAll(%s).length`, js(sel)))
}

// ActiveID is the id of the focused element.
func (b *Browser) ActiveID() string {
	b.t.Helper()
	return b.EvalString(`document.activeElement ? document.activeElement.id : ""`)
}

// Hash is the page's fragment, "#/…".
func (b *Browser) Hash() string {
	b.t.Helper()
	return b.EvalString(`location.hash`)
}

// WaitVisible waits until an element matching sel (CSS, or XPath when it
// starts with "/") is visible.
func (b *Browser) WaitVisible(sel string, opts ...WaitOption) {
	b.t.Helper()
	c := waitConfig{limit: DefaultWait}
	for _, o := range opts {
		o(&c)
	}
	if err := b.RunErr(c.limit, chromedp.WaitVisible(sel, by(sel))); err != nil {
		b.failWait(sel+" to be visible", "visible("+sel+")", c, err)
	}
}

// waitReady waits until an element matches sel (CSS or XPath).
func (b *Browser) waitReady(sel string) {
	b.t.Helper()
	if err := b.RunErr(DefaultWait, chromedp.WaitReady(sel, by(sel))); err != nil {
		b.failWait(sel+" to be in the page", "ready("+sel+")", waitConfig{limit: DefaultWait}, err)
	}
}

// WaitGone waits until nothing matches the CSS selector sel.
func (b *Browser) WaitGone(what, sel string) {
	b.t.Helper()
	b.WaitFor(what, fmt.Sprintf(`!document.querySelector(%s)`, js(sel)))
}

// WaitText waits until the text of the first element matching the CSS
// selector sel contains want.
func (b *Browser) WaitText(sel, want string, opts ...WaitOption) {
	b.t.Helper()
	text := fmt.Sprintf(`(document.querySelector(%s) || {innerText: ""}).innerText`, js(sel))
	b.WaitFor(fmt.Sprintf("%s to say %q", sel, want), fmt.Sprintf(`%s.includes(%s)`, text, js(want)),
		append([]WaitOption{Showing(text)}, opts...)...)
}

// WaitCount waits until exactly n elements match the CSS selector sel.
func (b *Browser) WaitCount(sel string, n int) {
	b.t.Helper()
	count := fmt.Sprintf(`document.querySelectorAll(%s).length`, js(sel))
	b.WaitFor(fmt.Sprintf("%d of %s", n, sel), fmt.Sprintf(`%s === %d`, count, n), Showing(count))
}

// WaitHash waits until the page's fragment is fragment.
func (b *Browser) WaitHash(fragment string) {
	b.t.Helper()
	b.WaitFor("the fragment "+fragment, `location.hash === `+js(fragment), Showing(`location.hash`))
}

// WaitFocus waits until the element with id has the focus.
func (b *Browser) WaitFocus(id string) {
	b.t.Helper()
	b.WaitFor("the focus on #"+id, `!!document.activeElement && document.activeElement.id === `+js(id),
		Within(5*time.Second), Showing(`document.activeElement ? document.activeElement.tagName + "#" + document.activeElement.id : "nothing"`))
}

// Viewport makes the viewport width × height CSS pixels, as a window of
// that size (1280 × 900 at start).
func (b *Browser) Viewport(width, height int64) {
	b.t.Helper()
	b.Run(chromedp.EmulateViewport(width, height))
}

// WaitPresent waits until an element matches the CSS selector sel.
func (b *Browser) WaitPresent(what, sel string) {
	b.t.Helper()
	b.WaitFor(what, fmt.Sprintf(`!!document.querySelector(%s)`, js(sel)))
}

// NextFrames waits for two animation frames: what the last change queued
// is painted (before a screenshot).
func (b *Browser) NextFrames() {
	b.t.Helper()
	b.Eval(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, nil)
}

// --- the app's storage ----------------------------------------------------

// assessmentKeyPrefix is the part of an assessment's localStorage key
// before its id, as the app's storage package writes it.
var assessmentKeyPrefix = sync.OnceValues(func() (string, error) {
	const id = "e2e-key-probe"
	mem := storage.NewMemory()
	if _, err := storage.New(mem, nil).Save(assessment.New(id, time.Now()), storage.Summary{}, 0); err != nil {
		return "", err
	}
	keys, err := mem.Keys()
	if err != nil {
		return "", err
	}
	for _, k := range keys {
		if got, ok := storage.IsAssessmentKey(k); ok && got == id && storage.IsOwnKey(k) {
			return strings.TrimSuffix(k, id), nil
		}
	}
	return "", fmt.Errorf("the storage package wrote no assessment key (keys %q)", keys)
})

// assessmentKey is the localStorage key of the assessment id.
func assessmentKey(t testing.TB, id string) string {
	t.Helper()
	prefix, err := assessmentKeyPrefix()
	require.NoError(t, err, "the key of a stored assessment")
	return prefix + id
}

// ownKeysJS lists the app's keys in localStorage, sorted.
var ownKeysJS = `Object.keys(localStorage).filter(k => k.startsWith(` + js(storage.Prefix) + `)).sort()`

// StorageItem is the value stored under key, "" when absent.
func (b *Browser) StorageItem(key string) string {
	b.t.Helper()
	return b.EvalString(fmt.Sprintf(`localStorage.getItem(%s) || ""`, js(key)))
}

// Stored is the stored value of the assessment id, "" when absent.
func (b *Browser) Stored(id string) string {
	b.t.Helper()
	return b.StorageItem(assessmentKey(b.t, id))
}

// StorageKeys is every key in the page's localStorage, the app's or not.
func (b *Browser) StorageKeys() []string {
	b.t.Helper()
	var keys []string
	b.Eval(`Object.keys(localStorage).sort()`, &keys)
	return keys
}

// StorageSnapshot is every key and value of the app in localStorage, to
// compare before and after.
func (b *Browser) StorageSnapshot() string {
	b.t.Helper()
	return b.EvalString(`JSON.stringify(` + ownKeysJS + `.map(k => [k, localStorage.getItem(k)]))`)
}

// StorageUsage is the length of the app's keys and values, in the UTF-16
// units browsers count quotas in.
func (b *Browser) StorageUsage() int {
	b.t.Helper()
	return b.EvalInt(ownKeysJS + `.reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0)`)
}

// SetStorage writes kv into the page's localStorage.
func (b *Browser) SetStorage(kv map[string]string) {
	b.t.Helper()
	n := b.EvalInt(`(() => { const kv = ` + js(kv) + `; for (const k in kv) localStorage.setItem(k, kv[k]); return Object.keys(kv).length })()`)
	require.Equal(b.t, len(kv), n, "values written to localStorage")
}

// storedValues is what the app's storage package writes for as: every key
// and value, in its own format (over an in-memory backend).
func storedValues(t testing.TB, as ...assessment.Assessment) map[string]string {
	t.Helper()
	mem := storage.NewMemory()
	st := storage.New(mem, time.Now)
	for _, a := range as {
		_, err := st.Save(a, storage.Summary{Progress: 30, Score: -1}, 0)
		require.NoError(t, err, "seed %s", a.ID)
	}
	keys, err := mem.Keys()
	require.NoError(t, err)
	kv := map[string]string{}
	for _, k := range keys {
		v, _, err := mem.Get(k)
		require.NoError(t, err)
		kv[k] = v
	}
	require.NotEmpty(t, kv, "nothing to seed")
	return kv
}

// OpenSeeded stores as in the page's localStorage as the app would, then
// opens fragment with a reload so that the app starts from them. It keeps
// a test independent of the views that create data.
func (b *Browser) OpenSeeded(fragment string, as ...assessment.Assessment) {
	b.t.Helper()
	b.OpenApp()
	b.SetStorage(storedValues(b.t, as...))
	b.GoTo(fragment)
	b.Reload()
}

// WaitStored waits until the stored assessment id holds want.
func (b *Browser) WaitStored(id, want string) {
	b.t.Helper()
	item := fmt.Sprintf(`(localStorage.getItem(%s) || "")`, js(assessmentKey(b.t, id)))
	b.WaitFor(fmt.Sprintf("%q in the stored assessment %s", want, id), item+`.includes(`+js(want)+`)`,
		Showing(item+`.slice(0, 300)`))
}

// WaitSaved waits until the stored assessment id holds want and the header
// says every change is saved.
func (b *Browser) WaitSaved(id, want string) {
	b.t.Helper()
	b.WaitStored(id, want)
	b.WaitText("#save-status", "All changes saved")
}

// PageStore is the app's storage package over a copy of the page's
// localStorage (the app's keys only), to read it as the app does.
func (b *Browser) PageStore() *storage.Store {
	b.t.Helper()
	var kv map[string]string
	b.Eval(`Object.fromEntries(`+ownKeysJS+`.map(k => [k, localStorage.getItem(k)]))`, &kv)
	mem := storage.NewMemory()
	for k, v := range kv {
		require.NoError(b.t, mem.Set(k, v))
	}
	return storage.New(mem, nil)
}

// --- the app's views -------------------------------------------------------

// newAssessmentButton is Home's create button, found by its text.
const newAssessmentButton = `//button[normalize-space()="New assessment"]`

// labelled is the XPath of the form control whose label says text (labels
// may carry " (required)" after the text).
func labelled(text string) string {
	return fmt.Sprintf(`//*[@id=//label[normalize-space(.) = %q or starts-with(normalize-space(.), %q)]/@for]`, text, text+" (")
}

// CreateAssessment creates an assessment from Home and returns its id, once
// its profile form is shown.
func (b *Browser) CreateAssessment() string {
	b.t.Helper()
	b.Click(newAssessmentButton)
	b.WaitFor("the new assessment's profile form", `!!document.getElementById("pf-site") && /^#\/[^/]+\/profile$/.test(location.hash)`,
		Showing(`location.hash`))
	id := strings.Split(b.Hash(), "/")[1]
	require.NotEmpty(b.t, id, "no assessment id in the URL after creating one")
	return id
}

// CreateListed creates an assessment from Home, types its site, waits
// until that is saved and goes back to Home, where it is listed. It returns
// the assessment's id.
func (b *Browser) CreateListed(site string) string {
	b.t.Helper()
	id := b.CreateAssessment()
	b.Type("#pf-site", site)
	b.WaitSaved(id, `"site":`+js(site))
	b.GoHome()
	return id
}

// GoHome goes back to the list through the header link.
func (b *Browser) GoHome() {
	b.t.Helper()
	b.Click(`.header-nav a[href="#/"]`)
	b.WaitFor("the Home view", `!!document.getElementById("home-title") && location.hash === "#/"`, Showing(`location.hash`))
}

// ExportCSV goes to Home, exports the assessment id and returns the
// downloaded file's path.
func (b *Browser) ExportCSV(id string) string {
	b.t.Helper()
	b.GoHome()
	b.Click("#export-" + id)
	return b.WaitDownload(".csv")
}

// homeRows selects the assessments listed on Home.
const homeRows = "#assessments tbody > tr[data-id]"

// OpenCompare opens the tool and goes to the comparison through the header
// link.
func (b *Browser) OpenCompare() {
	b.t.Helper()
	b.OpenApp()
	b.Click(`.header-nav a[href="#/compare"]`)
	b.WaitVisible("#compare-title")
}

// FillProfile fills every field of the open profile form and waits until
// the last change is saved.
func (b *Browser) FillProfile(id string) {
	b.t.Helper()
	b.Type("#pf-organisation", "Acme Process Industries")
	b.Type("#pf-site", "Lyon packaging plant")
	b.SetValue("#pf-sector", "Pharmaceuticals and biotechnology")
	b.Click("#pf-validated")
	b.Click("#pf-centralRisk")
	b.Type("#pf-plants", "4")
	b.Click("#pf-conn-brokered")
	b.Type("#pf-assessor", "R. Keller")
	b.Type("#pf-respondent", "M. Dubois")
	b.SetValue("#pf-role", "ot")
	b.SetValue("#pf-date", "2026-03-14")
	b.WaitSaved(id, `"date":"2026-03-14"`)
}

// ProfileValues reads the profile form as the user sees it.
func (b *Browser) ProfileValues() map[string]any {
	b.t.Helper()
	var v map[string]any
	b.Eval(`(() => {
		const val = id => document.getElementById(id).value;
		const on = id => document.getElementById(id).checked;
		const conn = document.querySelector('input[name="pf-connectivity"]:checked');
		return {name: val("pf-name"), organisation: val("pf-organisation"), site: val("pf-site"), sector: val("pf-sector"),
			validated: on("pf-validated"), safetyCritical: on("pf-safetyCritical"), plants: val("pf-plants"),
			centralRisk: on("pf-centralRisk"), connectivity: conn ? conn.value : "", assessor: val("pf-assessor"),
			respondent: val("pf-respondent"), role: val("pf-role"), date: val("pf-date")};
	})()`, &v)
	return v
}

// WaitQuestion waits until the question view shows question id.
func (b *Browser) WaitQuestion(id string) {
	b.t.Helper()
	q, ok := assessment.QuestionByID(id)
	require.True(b.t, ok, "no question %s", id)
	b.WaitFor("question "+id, `(h => !!h && h.textContent.trim() === `+js(q.Text)+`)(document.getElementById("flow-heading"))`,
		Showing(`((document.getElementById("flow-heading") || {textContent: "(no question heading)"}).textContent) + " at " + location.hash`))
}

// WaitResults waits until the results view is complete: it appends its
// sections over a few frames, aria-busy until the last.
func (b *Browser) WaitResults() {
	b.t.Helper()
	b.WaitVisible("#results-chart")
	b.WaitVisible(`.results[aria-busy="false"]`)
}

// matrixRow is the CSS selector of a matrix row (control ids contain dots).
func matrixRow(control string) string { return `[id="mx-row-` + control + `"]` }

// matrixCell is the CSS selector of one role's cell in a row; role is
// the column index in assessment.RACIRoles order (0 executive, 1 ISMS
// owner, 3 IT lead, 4 OT lead, 5 plant operations …). The row header is
// column 0 of the grid, so the role's cell is column role+1.
func matrixCell(control string, role int) string {
	return fmt.Sprintf(`%s > :nth-child(%d)`, matrixRow(control), role+2)
}

// OpenNewMatrix creates an assessment from Home and opens its ownership
// matrix tab, with all 93 rows of the default domain shown.
func (b *Browser) OpenNewMatrix() {
	b.t.Helper()
	b.OpenApp()
	b.CreateAssessment()
	b.Click("#tab-matrix")
	b.WaitVisible(matrixRow("8.34"))
	require.Equal(b.t, 93, b.Count("tr[id^='mx-row-']"), "rows of the matrix")
}

// SetCell gives one cell of the matrix a letter as a user does: a click
// puts the grid's cursor on the cell, then the letter's key types it ("/"
// for A/R, Delete for none). It waits until the Go side has re-rendered
// the row with it.
func (b *Browser) SetCell(control string, role int, letter string) {
	b.t.Helper()
	// Bring the row to the middle of the table first, as a user scrolls to
	// a row before clicking it: rows not yet shown have an estimated
	// height until they are drawn.
	b.Eval(fmt.Sprintf(`document.querySelector(%s).scrollIntoView({block: "center", inline: "center"}), true`, js(matrixCell(control, role))), nil)
	b.NextFrames()
	b.Click(matrixCell(control, role))
	key, code := letter, letter
	switch letter {
	case "A/R":
		key, code = "/", "X"
	case "-", "":
		key, code = kb.Delete, "-"
	}
	b.WaitFor("the cursor on the clicked cell", fmt.Sprintf(`document.activeElement === document.querySelector(%s)`, js(matrixCell(control, role))), Showing(`document.activeElement.outerHTML.slice(0, 200)`))
	b.Keys(key)
	b.WaitFor(fmt.Sprintf("letter %s of role %d in row %s", letter, role, control),
		fmt.Sprintf(`(r => !!r && r.dataset.raci.charAt(%d) === %s)(document.getElementById(%s))`, role, js(code), js("mx-row-"+control)),
		Showing(fmt.Sprintf(`(document.getElementById(%s) || {dataset: {}}).dataset.raci`, js("mx-row-"+control))))
}

// WaitRow waits until the row's letters (data-raci, rendered by the Go
// side) are want.
func (b *Browser) WaitRow(control, want string) {
	b.t.Helper()
	row := fmt.Sprintf(`(document.getElementById(%s) || {dataset: {}}).dataset.raci`, js("mx-row-"+control))
	b.WaitFor(fmt.Sprintf("row %s to read %s", control, want), row+` === `+js(want), Showing(row))
}

// RowStatus is the status cell of a matrix row.
func (b *Browser) RowStatus(control string) string {
	b.t.Helper()
	// textContent, not the rendered text: rows out of view are not rendered
	// (content-visibility: auto), and their innerText is empty.
	return strings.TrimSpace(b.EvalString(fmt.Sprintf(`(document.querySelector(%s) || {textContent: ""}).textContent`, js(matrixRow(control)+" td.mx-status > :first-child"))))
}

// ChoosePreset shows the presets panel (it opens by itself on an empty
// matrix) and picks a model.
func (b *Browser) ChoosePreset(model string) {
	b.t.Helper()
	if !b.EvalBool(`document.getElementById("mx-presets-toggle").getAttribute("aria-expanded") === "true"`) {
		b.Click("#mx-presets-toggle")
	}
	b.Click(`label[for="mx-model-` + model + `"]`)
}

// ApplyPreset picks a model, previews and applies it, and waits until the
// matrix names it (label) as the current model.
func (b *Browser) ApplyPreset(model, label string) {
	b.t.Helper()
	b.ChoosePreset(model)
	b.Click("#mx-preview-btn")
	b.Click("#mx-apply")
	b.WaitText("#mx-current", label)
}

// --- axe-core ----------------------------------------------------------------

// axeViolation is the part of an axe-core result the tests report.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// Axe runs axe-core's WCAG 2.1 A and AA rules on the current page and
// returns its violations, formatted. axe-core is installed by `make test`
// (pinned in the Makefile) under dist/node_modules; DevTools evaluation is
// not subject to the page's Content-Security-Policy.
func (b *Browser) Axe() []string {
	b.t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot, "dist", "node_modules", "axe-core", "axe.min.js"))
	require.NoError(b.t, err, "axe-core is missing (make deps-e2e installs it)")
	require.True(b.t, b.EvalBool(string(src)+"\n;typeof axe === 'object'"), "axe-core did not load")
	// A long page (the report) takes axe-core several seconds, and more on a
	// loaded machine: more time than Eval's limit.
	var raw string
	require.NoError(b.t, b.RunErr(90*time.Second, chromedp.Evaluate(`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`, &raw, awaitPromise)), "run axe-core")
	var vs []axeViolation
	require.NoError(b.t, json.Unmarshal([]byte(raw), &vs), "read axe result")
	var out []string
	for _, v := range vs {
		var nodes []string
		for i, n := range v.Nodes {
			if i == 3 {
				nodes = append(nodes, fmt.Sprintf("… %d more", len(v.Nodes)-3))
				break
			}
			nodes = append(nodes, fmt.Sprint(n.Target)+" "+truncate(n.HTML, 100))
		}
		out = append(out, fmt.Sprintf("%s (%s): %s\n      %s", v.ID, v.Impact, v.Help, strings.Join(nodes, "\n      ")))
	}
	return out
}

// RequireAxeClean fails the test (and goes on) when axe-core finds WCAG 2.1
// A/AA violations.
func (b *Browser) RequireAxeClean(view string) {
	b.t.Helper()
	if vs := b.Axe(); len(vs) > 0 {
		b.t.Errorf("axe-core: %d WCAG 2.1 A/AA violation(s) on %s:\n  %s", len(vs), view, strings.Join(vs, "\n  "))
	}
}

// --- test data ---------------------------------------------------------------

// fullAssessment is an assessment with the first answered questions
// answered and every matrix row filled, notes included: with all questions
// answered, the largest realistic record.
func fullAssessment(t testing.TB, id, name, site string, answered int) assessment.Assessment {
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
	m, err := assessment.Preset(assessment.ModelFederated, a.Profile)
	require.NoError(t, err)
	a.Matrix, a.Model = m, assessment.ModelFederated
	require.NoError(t, assessment.Validate(a), "test data")
	return a
}

// writeCSV exports the assessments with the app's CSV format into the file
// name of dir and returns its path.
func writeCSV(t testing.TB, dir, name string, as ...assessment.Assessment) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, csvio.Export(&buf, as...))
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, buf.Bytes(), 0o644))
	return p
}

// readCSVRecords parses a CSV file (with or without BOM) into records.
func readCSVRecords(t testing.TB, data []byte, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.Comma, r.FieldsPerRecord = comma, -1
	recs, err := r.ReadAll()
	require.NoError(t, err)
	return recs
}

// writeCSVRecords writes records as a spreadsheet would (BOM, CRLF) into
// path.
func writeCSVRecords(t testing.TB, path string, recs [][]string, comma rune) {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("\xef\xbb\xbf")
	w := csv.NewWriter(&b)
	w.Comma, w.UseCRLF = comma, true
	require.NoError(t, w.WriteAll(recs))
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
}

// pdfPages counts the pages of a PDF by its page objects.
func pdfPages(pdf []byte) int {
	return strings.Count(string(pdf), "/Type /Page") - strings.Count(string(pdf), "/Type /Pages")
}
