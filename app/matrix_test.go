//go:build !wasm

package app

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// Helpers shared by the tests of the matrix, the results and the report.

// openSeeded stores a, mounts Root over it and shows view v of it, as
// following a link to "#/<a.ID>/<v>" does.
func openSeeded(t *testing.T, a assessment.Assessment, v View) *tester {
	t.Helper()
	mem := storage.NewMemory()
	seed(t, mem, a)
	ts := newTester(t, mem)
	ts.goTo(Route{ID: a.ID, View: v})
	require.True(t, ts.env().IsOpen(), "assessment %s is open", a.ID)
	require.Equal(t, Route{ID: a.ID, View: v}, ts.route())
	return ts
}

// withMatrix is a new assessment, made at testNow, with matrix m.
func withMatrix(m assessment.Matrix) assessment.Assessment {
	a := assessment.New("mx-test", testNow)
	a.Name = "Matrix test"
	a.Matrix = m
	return a
}

// openMatrix stores a, opens its matrix and returns the mounted view.
func openMatrix(t *testing.T, a assessment.Assessment) (*tester, *MatrixView) {
	t.Helper()
	ts := openSeeded(t, a, ViewMatrix)
	return ts, mounted[*MatrixView](ts)
}

// newMatrix creates an assessment, as the "New assessment" button does,
// opens its matrix and returns the mounted view.
func newMatrix(t *testing.T) (*tester, *MatrixView) {
	t.Helper()
	ts := newTester(t, nil)
	id := ts.create()
	ts.goTo(Route{ID: id, View: ViewMatrix})
	require.Equal(t, ViewMatrix, ts.route().View)
	return ts, mounted[*MatrixView](ts)
}

// tagsByID reads the start tags of html once, by id.
func tagsByID(html string) map[string]htmlTag {
	tags := map[string]htmlTag{}
	for _, tag := range htmlTags(html, "") {
		if id := tag.Attrs["id"]; id != "" {
			tags[id] = tag
		}
	}
	return tags
}

// mxRows lists the controls of the rows shown, in order.
func mxRows(html string) []string {
	var ids []string
	for _, tag := range htmlTags(html, "tr") {
		if id, ok := strings.CutPrefix(tag.Attrs["id"], "mx-row-"); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

var mxRowRe = regexp.MustCompile(`(?s)<tr\s[^>]*>.*?</tr>`)

// mxRowMap cuts the rows of the matrix out of a page, by control. (Rows do
// not nest, and one pass is much faster than htmlID for each row.)
func mxRowMap(html string) map[string]string {
	rows := map[string]string{}
	for _, r := range mxRowRe.FindAllString(html, -1) {
		if id, ok := strings.CutPrefix(htmlTags(r, "tr")[0].Attrs["id"], "mx-row-"); ok {
			rows[id] = r
		}
	}
	return rows
}

// mxRow is the HTML of the row of control id.
func mxRow(t *testing.T, html, id string) string {
	t.Helper()
	r, ok := mxRowMap(html)[id]
	require.True(t, ok, "no row %s", id)
	return r
}

// mxControls lists the IDs of the controls for which keep is true.
func mxControls(keep func(assessment.Control) bool) []string {
	var ids []string
	for _, c := range assessment.Controls() {
		if keep(c) {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

func mxAll(assessment.Control) bool { return true }

func mxHigh(c assessment.Control) bool { return c.Relevance == assessment.RelevanceHigh }

func mxMediumUp(c assessment.Control) bool { return c.Relevance >= assessment.RelevanceMedium }

// mxPlainHigh is a high-relevance control that no rule asks a particular
// role to hold (top management's duties, separated duties, plant-floor
// incident response), so that the OT lead alone as A/R passes.
func mxPlainHigh(c assessment.Control) bool {
	return mxHigh(c) && !slices.Contains(assessment.ManagementControls, c.ID) &&
		!slices.Contains(assessment.SeparatedControls, c.ID) && c.ID != "5.26"
}

func mxControl(t *testing.T, id string) assessment.Control {
	t.Helper()
	c, ok := assessment.ControlByID(id)
	require.True(t, ok, "control %s", id)
	return c
}

// mxType puts the grid cursor on role's cell in the row of key (which
// must be shown) and presses key k there, as a keyboard user does.
func mxType(ctx app.Context, v *MatrixView, key assessment.CellKey, role assessment.Role, k string) bool {
	v.place(key, slices.Index(assessment.RACIRoles, role)+1)
	return v.key(ctx, k, false)
}

// The data-raci attribute of a row holds one byte per role, in
// assessment.RACIRoles order (executive, ISMS owner, site director, IT,
// OT, operations, maintenance, Quality, EHS, Legal, DPO, HR, Procurement,
// integrator): "-" for none, mxARCode ("X") for A/R, else the letter. The
// tests spell it out, because the e2e tests read it by position.

var (
	ot515 = assessment.CellKey{Control: "5.15", Domain: assessment.DomainOT}
	ot51  = assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}
)

// mxMainHTML is the main element of a matrix made for a new assessment,
// whose random ID in links reads "ID" so that golden files stay put.
func mxMainHTML(t *testing.T, ts *tester) string {
	return strings.ReplaceAll(mainHTML(t, ts), "#/"+ts.env().Current().ID+"/", "#/ID/")
}

// TestMatrixGoldenNew is the matrix of a new assessment: the plant OT rows,
// all empty, and the presets panel open.
func TestMatrixGoldenNew(t *testing.T) {
	ts, _ := newMatrix(t)
	html := ts.html()
	assert.True(t, htmlByID(t, html, "mx-domain-"+string(assessment.DomainOT)).has("checked"), "a new matrix opens on plant OT")
	assert.Equal(t, "true", htmlByID(t, html, "mx-presets-toggle").Attrs["aria-expanded"], "an empty matrix opens the models")
	assert.Len(t, mxRows(html), len(assessment.Controls()))
	golden(t, "matrix-new-ot", mxMainHTML(t, ts))
}

// TestMatrixGoldenFederated is the matrix once the Federated model is
// applied to a new assessment.
func TestMatrixGoldenFederated(t *testing.T) {
	ts, _ := newMatrix(t)
	ts.do(func(ctx app.Context) { require.NoError(t, ts.env().ApplyPreset(assessment.ModelFederated, false)) })
	html := ts.html()
	assert.Contains(t, htmlText(htmlID(t, html, "mx-current")), "Current starting point: Federated")
	assert.NotContains(t, html, "\u2013 Not assigned", "the model fills every row")
	golden(t, "matrix-federated", mxMainHTML(t, ts))
}

// TestMatrixShowsRowsAndProblems: every control has a row, and each row
// says what is wrong with it, in words.
func TestMatrixShowsRowsAndProblems(t *testing.T) {
	m := assessment.Matrix{
		ot515: {
			assessment.RoleIT:         assessment.LetterAccountable,
			assessment.RoleOT:         assessment.LetterAccountable,
			assessment.RoleOperations: assessment.LetterResponsible,
		},
		ot51: {
			assessment.RoleExecutive: assessment.LetterAccountable,
			assessment.RoleOT:        assessment.LetterResponsible,
		},
	}
	ts := openSeeded(t, withMatrix(m), ViewMatrix)
	html := ts.html()
	assert.Equal(t, mxControls(mxAll), mxRows(html))
	require.Len(t, htmlTags(html, "h1"), 1)
	assert.Equal(t, "Ownership matrix", htmlText(htmlElem(t, html, func(tag htmlTag) bool { return tag.Name == "h1" })))

	row := mxRow(t, html, "5.15")
	c := mxControl(t, "5.15")
	assert.Equal(t, "---AAR--------", htmlByID(t, row, "mx-row-5.15").Attrs["data-raci"])
	assert.Contains(t, htmlByID(t, row, "mx-row-5.15").Attrs["class"], "st-"+mxRowProblem)
	text := htmlText(row)
	assert.Contains(t, text, "Several A: IT lead, OT lead")
	require.Equal(t, assessment.RelevanceMedium, c.Relevance)
	assert.NotContains(t, text, "OT: ", "only a high relevance is marked in the list")
	assert.Contains(t, text, "IT \u2013 \u00b7 Shared \u26A0 1", "an empty IT row is not a problem; an empty shared row of a medium-relevance control is")
	assert.NotContains(t, text, "\u2713 OK", "a row with two A is shown as OK")
	var letters []string
	for _, cell := range htmlTags(row, "td") {
		if cell.Attrs["role"] == "gridcell" && cell.Attrs["class"] != "mx-status" {
			letters = append(letters, cell.Attrs["class"])
		}
	}
	assert.Equal(t, []string{"l-none", "l-none", "l-none", "l-a", "l-a", "l-r"}, letters[:6], "each cell's letter class")
	assert.Len(t, letters, len(assessment.RACIRoles))

	// A clean row says so in text, not colour only.
	ok := mxRow(t, html, "5.1")
	assert.Contains(t, htmlText(ok), "\u2713 OK")
	assert.NotContains(t, ok, "mx-problems")

	// An empty high-relevance row on the plant floor is a problem; an
	// empty low-relevance one is not.
	var high, low string
	for _, c := range assessment.Controls() {
		if _, filled := m[assessment.CellKey{Control: c.ID, Domain: assessment.DomainOT}]; filled {
			continue
		}
		switch {
		case c.Relevance == assessment.RelevanceHigh && high == "":
			high = c.ID
		case c.Relevance == assessment.RelevanceLow && low == "":
			low = c.ID
		}
	}
	require.NotEmpty(t, high)
	require.NotEmpty(t, low)
	assert.Contains(t, htmlText(mxRow(t, html, high)), "\u26A0 Nobody assigned")
	assert.Contains(t, htmlText(mxRow(t, html, low)), "\u2013 Not assigned")
}

// TestMatrixRowsPerDomain: the domain switch shows every control, with the
// letters, the selects' names and the summary of the other domains of the
// chosen domain.
func TestMatrixRowsPerDomain(t *testing.T) {
	m := assessment.Matrix{
		{Control: "5.15", Domain: assessment.DomainIT}: {assessment.RoleIT: assessment.LetterAccountable, assessment.RoleISMSOwner: assessment.LetterResponsible},
		ot515: {assessment.RoleIT: assessment.LetterAccountable, assessment.RoleOT: assessment.LetterAccountable},
	}
	ts, v := openMatrix(t, withMatrix(m))
	tests := []struct {
		domain assessment.Domain
		raci   string // of row 5.15
		others string // of row 5.15
	}{
		{assessment.DomainShared, "--------------", "IT \u2713 \u00b7 OT \u26A0 2"},
		{assessment.DomainIT, "-R-A----------", "OT \u26A0 2 \u00b7 Shared \u26A0 1"},
		{assessment.DomainOT, "---AA---------", "IT \u2713 \u00b7 Shared \u26A0 1"},
	}
	for _, tt := range tests {
		t.Run(string(tt.domain), func(t *testing.T) {
			ts.in(v, func(ctx app.Context) { v.setDomain(tt.domain) })
			html := ts.html()
			assert.Equal(t, mxControls(mxAll), mxRows(html))
			label := assessment.DomainLabel(tt.domain)
			assert.Equal(t, "Ownership of each control in "+label, htmlText(htmlID(t, html, "mx-caption")))
			tags := tagsByID(html)
			for _, d := range assessment.Domains {
				assert.Equal(t, d == tt.domain, tags["mx-domain-"+string(d)].has("checked"), "radio %s", d)
			}
			row := mxRow(t, html, "5.15")
			assert.Equal(t, tt.raci, tags["mx-row-5.15"].Attrs["data-raci"])
			others := htmlText(htmlClass(t, row, "mx-others"))
			assert.True(t, strings.HasPrefix(others, tt.others+" Other domains: "), "others %q, want %q first", others, tt.others)
			assert.Equal(t, string(tt.domain), tags["mx-row-5.15"].Attrs["data-dom"], "the row's domain, which the grid's handlers read")
		})
	}
	// A domain the view does not know changes nothing.
	ts.in(v, func(ctx app.Context) { v.setDomain("plant") })
	assert.Equal(t, assessment.DomainOT, v.domain)
}

// TestMatrixCellChange follows a letter typed into one cell: the letter
// reaches the session, and on the page only that row (and the counts)
// change.
func TestMatrixCellChange(t *testing.T) {
	ts, v := newMatrix(t)
	id := mxControls(mxPlainHigh)[0]
	require.NotContains(t, assessment.SeparatedControls, id, "the A/R case needs a row whose duties need not be separated")
	key := assessment.CellKey{Control: id, Domain: assessment.DomainOT}

	// go-app writes the attributes in map order: compare them sorted.
	rowsOf := func(html string) map[string]string { return mxRowMap(canonicalHTML(html)) }
	changed := func(before, after map[string]string) []string {
		var out []string
		for c, r := range after {
			if before[c] != r {
				out = append(out, c)
			}
		}
		return out
	}
	summary := func(html string) string { return htmlText(htmlClass(t, html, "mx-summary")) }

	tests := []struct {
		value  string // the key pressed
		letter assessment.Letter
		raci   string
		status string
		oneA   int // OT rows with exactly one A
	}{
		{"A", assessment.LetterAccountable, "----A---------", "No R on the plant floor", 1},
		{"R", assessment.LetterResponsible, "----R---------", "No A: nobody answers for it", 0},
		// A/R is one letter: the OT lead answers for the row and does the
		// work, so the row is complete (the control is not one whose
		// duties must be separated).
		{"/", assessment.LetterAccountableResponsible, "----X---------", "\u2713 OK", 1},
		{"c", assessment.LetterConsulted, "----C---------", "No A: nobody answers for it", 0},
		{"x", assessment.LetterAccountableResponsible, "----X---------", "\u2713 OK", 1},
		{"Delete", assessment.LetterNone, "--------------", "Nobody assigned", 0},
		{"i", assessment.LetterInformed, "----I---------", "No A: nobody answers for it", 0},
		{"Backspace", assessment.LetterNone, "--------------", "Nobody assigned", 0},
		{"q", assessment.LetterNone, "--------------", "Nobody assigned", 0},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			// The cursor moves first (its row changes: the cell joins the
			// Tab order), then the letter is typed.
			ts.in(v, func(ctx app.Context) { v.place(key, slices.Index(assessment.RACIRoles, assessment.RoleOT)+1) })
			before := rowsOf(ts.html())
			ts.in(v, func(ctx app.Context) { mxType(ctx, v, key, assessment.RoleOT, tt.value) })
			html := ts.html()
			after := rowsOf(html)

			assert.Equal(t, tt.letter, ts.env().Current().Matrix[key][assessment.RoleOT], "the session's letter")
			row := after[id]
			assert.Equal(t, tt.raci, htmlByID(t, row, "mx-row-"+id).Attrs["data-raci"])
			assert.Contains(t, htmlText(row), tt.status)
			if before[id] != row {
				assert.Equal(t, []string{id}, changed(before, after), "only the edited row changes")
			} else {
				assert.Empty(t, changed(before, after), "nothing changes")
			}
			decided := 0
			if len(ts.env().Current().Matrix[key]) > 0 {
				decided = 1
			}
			assert.Contains(t, summary(html), fmt.Sprintf("Plant OT %d of %d rows decided, %d with exactly one A", decided, len(assessment.Controls()), tt.oneA))
		})
	}
	assert.NotContains(t, ts.env().Current().Matrix, key, "a row cleared of its letters leaves the matrix")
}

// TestMatrixUpdateRechecksOnlyChangedRows: after a change, only the rows
// whose letters changed are checked again; the others keep their derived
// state untouched.
func TestMatrixUpdateRechecksOnlyChangedRows(t *testing.T) {
	ts, v := newMatrix(t)
	at := map[string]int{}
	for i, c := range assessment.Controls() {
		at[c.ID] = i
	}
	ot := mxDomainIdx(assessment.DomainOT)
	v.cells[at["5.2"]][ot].problems = "sentinel"
	ts.in(v, func(ctx app.Context) {
		mxType(ctx, v, assessment.CellKey{Control: "5.3", Domain: assessment.DomainOT}, assessment.RoleOT, "A")
	})
	assert.Equal(t, "sentinel", v.cells[at["5.2"]][ot].problems, "an unchanged row was checked again")
	got := v.cells[at["5.3"]][ot]
	assert.Equal(t, "----A---------", got.raci)
	assert.Equal(t, mxRowProblem, got.state)
	assert.Equal(t, 1, v.counts[ot].OneA)
}

// TestMatrixCounts checks the summary of each domain: rows decided, rows
// with exactly one A and rows with problems, in the summary and on the
// domain switch. An untouched domain is "not started", never a pass.
func TestMatrixCounts(t *testing.T) {
	n, high, mediumUp := len(assessment.Controls()), len(mxControls(mxHigh)), len(mxControls(mxMediumUp))
	hi := mxControls(mxPlainHigh)[0]
	federated, err := assessment.Preset(assessment.ModelFederated, assessment.Profile{})
	require.NoError(t, err)
	tests := []struct {
		name     string
		m        assessment.Matrix
		want     [3]mxCount // in assessment.Domains order: IT, OT, shared
		seg, sum [3]string  // the switch's words and the summary's state
	}{
		{"empty", nil, [3]mxCount{{0, 0, 0}, {0, 0, high}, {0, 0, mediumUp}},
			[3]string{"(not started)", "(not started)", "(not started)"},
			[3]string{"Not started", "Not started", "Not started"}},
		{"one A/R on the plant floor", assessment.Matrix{
			{Control: hi, Domain: assessment.DomainOT}: {assessment.RoleOT: assessment.LetterAccountableResponsible},
		}, [3]mxCount{{0, 0, 0}, {1, 1, high - 1}, {0, 0, mediumUp}},
			[3]string{"(not started)", fmt.Sprintf("(%s with problems)", mxRowsWord(high-1)), "(not started)"},
			[3]string{"Not started", fmt.Sprintf("\u26A0 %s with problems", mxRowsWord(high-1)), "Not started"}},
		{"two A in IT", assessment.Matrix{
			{Control: "5.1", Domain: assessment.DomainIT}: {assessment.RoleIT: assessment.LetterAccountable, assessment.RoleISMSOwner: assessment.LetterAccountable},
		}, [3]mxCount{{1, 0, 1}, {0, 0, high}, {0, 0, mediumUp}},
			[3]string{"(1 row with problems)", "(not started)", "(not started)"},
			[3]string{"\u26A0 1 row with problems", "Not started", "Not started"}},
		{"Federated", federated, [3]mxCount{{n, n, 0}, {n, n, 0}, {n, n, 0}},
			[3]string{"(every row decided, no problems)", "(every row decided, no problems)", "(every row decided, no problems)"},
			[3]string{"\u2713 every row decided, no problems", "\u2713 every row decided, no problems", "\u2713 every row decided, no problems"}},
	}
	require.Equal(t, []assessment.Domain{assessment.DomainIT, assessment.DomainOT, assessment.DomainShared}, assessment.Domains)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := openSeeded(t, withMatrix(tt.m), ViewMatrix).html()
			summary := htmlText(htmlClass(t, html, "mx-summary"))
			for i, d := range assessment.Domains {
				w := tt.want[i]
				label := assessment.DomainLabel(d)
				assert.Contains(t, summary, fmt.Sprintf("%s %d of %d rows decided, %d with exactly one A %s", label, w.Decided, n, w.OneA, tt.sum[i]))
				seg := htmlText(htmlElem(t, html, func(tag htmlTag) bool { return tag.Name == "label" && tag.Attrs["for"] == "mx-domain-"+string(d) }))
				assert.Contains(t, seg, tt.seg[i], label)
			}
		})
	}
}

// A part-decided domain with no problem is not a pass either.
func TestMatrixDomainStateHalfDecided(t *testing.T) {
	n := len(assessment.Controls())
	badge, words := mxDomainState(n-2, 0)
	assert.Equal(t, fmt.Sprintf("%d/%d", n-2, n), badge)
	assert.Equal(t, fmt.Sprintf(" (%d of %d rows decided)", n-2, n), words)
	_, words = mxDomainState(n, 0)
	assert.Equal(t, " (every row decided, no problems)", words)
}

func mxRowsWord(n int) string {
	if n == 1 {
		return "1 row"
	}
	return fmt.Sprintf("%d rows", n)
}

// TestMatrixFilters runs the filters in a sequence, as a user would: each
// step changes the filter or the domain, and the rows shown follow.
func TestMatrixFilters(t *testing.T) {
	ts, v := newMatrix(t)
	physical := func(c assessment.Control) bool { return c.Theme == assessment.ThemePhysical }
	steps := []struct {
		name   string
		filter *mxFilter         // nil: leave it
		domain assessment.Domain // "": leave it
		want   func(assessment.Control) bool
	}{
		{name: "no filter", want: mxAll},
		{name: "physical", filter: &mxFilter{Theme: "Physical"}, want: physical},
		{name: "physical, high", filter: &mxFilter{Theme: "Physical", Relevance: mxRelHigh},
			want: func(c assessment.Control) bool { return physical(c) && mxHigh(c) }},
		{name: "all themes, medium and high", filter: &mxFilter{Theme: "all", Relevance: mxRelMedium}, want: mxMediumUp},
		{name: "unknown theme", filter: &mxFilter{Theme: "Astrology"}, want: mxAll},
		// With an empty matrix, the plant OT rows with problems are the
		// high-relevance controls, unassigned.
		{name: "only problems, OT", filter: &mxFilter{Relevance: "bogus", OnlyProblems: true}, want: mxHigh},
		{name: "only problems, IT", domain: assessment.DomainIT, want: func(assessment.Control) bool { return false }},
		{name: "only problems, shared", domain: assessment.DomainShared, want: mxMediumUp},
		{name: "only problems, OT again", domain: assessment.DomainOT, want: mxHigh},
	}
	for _, st := range steps {
		ts.in(v, func(ctx app.Context) {
			if st.filter != nil {
				v.setFilter(*st.filter)
			}
			if st.domain != "" {
				v.setDomain(st.domain)
			}
		})
		html := ts.html()
		want := mxControls(st.want)
		assert.Equal(t, want, mxRows(html), st.name)
		assert.Equal(t, fmt.Sprintf("Showing %d of %d controls", len(want), len(assessment.Controls())), htmlText(htmlID(t, html, "mx-count")), st.name)
		assert.Equal(t, len(want) == 0, strings.Contains(html, "No control matches these filters."), st.name)
		assert.Equal(t, v.filter == mxFilter{}, htmlByID(t, htmlClass(t, html, "mx-filters"), "mx-f-clear").has("disabled"), st.name)
	}

	// A row fixed while "only problems" is on stays listed, with its ✓,
	// so that it does not vanish from under the focus.
	id := mxControls(mxPlainHigh)[0]
	key := assessment.CellKey{Control: id, Domain: assessment.DomainOT}
	ts.in(v, func(ctx app.Context) { mxType(ctx, v, key, assessment.RoleOT, "A") })
	ts.in(v, func(ctx app.Context) { mxType(ctx, v, key, assessment.RoleOperations, "R") })
	html := ts.html()
	assert.Equal(t, mxControls(mxHigh), mxRows(html), "the fixed row stays listed")
	assert.Contains(t, htmlText(mxRow(t, html, id)), "\u2713 OK")
	assert.Contains(t, htmlText(html), "Rows you fix stay listed")

	// Filtering again drops it.
	ts.in(v, func(ctx app.Context) { v.setFilter(mxFilter{}) })
	ts.in(v, func(ctx app.Context) { v.setFilter(mxFilter{OnlyProblems: true}) })
	assert.Equal(t, mxControls(func(c assessment.Control) bool { return mxHigh(c) && c.ID != id }), mxRows(ts.html()))
}

// TestMatrixPresetPreviewAndApply previews and applies the Federated model
// over a matrix with one filled row, keeping the rows already filled or
// overwriting them.
func TestMatrixPresetPreviewAndApply(t *testing.T) {
	filled := assessment.RACI{assessment.RoleOT: assessment.LetterAccountable}
	preset, err := assessment.Preset(assessment.ModelFederated, assessment.Profile{})
	require.NoError(t, err)
	require.False(t, assessment.RowsEqual(preset[ot51], filled), "the test needs a filled row that the model changes")
	total := len(assessment.Controls()) * len(assessment.Domains)
	tests := []struct {
		name    string
		keep    bool
		summary string
		listed  bool // the filled row is listed as changing
		row51   assessment.RACI
	}{
		{"keep", true,
			fmt.Sprintf("Applying Federated would change %d rows of %d. 1 row you filled differently stays as it is.", total-1, total),
			false, filled},
		{"overwrite", false,
			fmt.Sprintf("Applying Federated would change %d rows of %d.", total, total),
			true, preset[ot51]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, v := openMatrix(t, withMatrix(assessment.Matrix{ot51: filled}))
			require.Equal(t, "false", htmlByID(t, ts.html(), "mx-presets-toggle").Attrs["aria-expanded"], "a filled matrix hides the models")
			ts.in(v, func(ctx app.Context) { v.onTogglePresets(ctx, app.Event{}) })
			require.True(t, v.presetsOpen)

			var shown bool
			ts.in(v, func(ctx app.Context) { shown = v.showPreview() })
			require.False(t, shown, "a preview without a model")
			assert.Equal(t, "Choose a model first.", htmlText(htmlID(t, ts.html(), "mx-model-error")))

			ts.in(v, func(ctx app.Context) {
				v.setChoice(assessment.ModelFederated)
				v.setKeep(tt.keep)
				shown = v.showPreview()
			})
			require.True(t, shown)
			html := ts.html()
			assert.True(t, htmlByID(t, html, "mx-model-"+assessment.ModelFederated).has("checked"))
			assert.Equal(t, tt.keep, htmlByID(t, html, "mx-keep").has("checked"))
			assert.Empty(t, htmlText(htmlID(t, html, "mx-model-error")))
			assert.Equal(t, tt.summary, htmlText(htmlID(t, html, "mx-preview-summary")))
			diff := htmlID(t, html, "mx-diff")
			assert.Len(t, htmlTags(diff, "li"), mxMaxPreviewLines+1)
			assert.Contains(t, htmlText(diff), fmt.Sprintf("and %d more", v.preview.rows-mxMaxPreviewLines))
			assert.Equal(t, tt.listed, strings.Contains(htmlText(diff), "5.1 \u00b7 Plant OT: "), "the filled row listed")
			assert.Equal(t, "Apply Federated", htmlText(htmlID(t, html, "mx-apply")))
			assert.Equal(t, assessment.Matrix{ot51: filled}, ts.env().Current().Matrix, "a preview changes nothing")

			ts.in(v, func(ctx app.Context) { require.True(t, v.apply(ctx)) })
			got := ts.env().Current()
			assert.Equal(t, assessment.ModelFederated, got.Model)
			assert.Equal(t, assessment.ApplyPreset(assessment.Matrix{ot51: filled}, preset, !tt.keep), got.Matrix)
			assert.True(t, assessment.RowsEqual(tt.row51, got.Matrix[ot51]), "row 5.1 in plant OT: %v", got.Matrix[ot51])
			html = ts.html()
			assert.NotContains(t, html, `id="mx-preview"`, "the preview closes")
			assert.Contains(t, htmlText(htmlID(t, html, "mx-current")), "Current starting point: Federated")
			assert.Equal(t, string(mxRACIBytes(nil, got.Matrix[ot51])), htmlByID(t, html, "mx-row-5.1").Attrs["data-raci"])
			require.NotNil(t, ts.env().Notice())
			assert.Equal(t, "Applied the Federated model to the ownership matrix.", ts.env().Notice().Text)

			// Nothing previewed, nothing applied.
			before := ts.env().Current()
			ts.in(v, func(ctx app.Context) { assert.False(t, v.apply(ctx)) })
			assert.Equal(t, before, ts.env().Current())

			// The undo button takes the model back.
			assert.Equal(t, "Undo: the Federated model", htmlText(htmlID(t, html, "mx-undo")))
			ts.in(v, func(ctx app.Context) { require.NoError(t, v.Env.UndoMatrix()) })
			assert.Equal(t, assessment.Matrix{ot51: filled}, ts.env().Current().Matrix)
			assert.Empty(t, ts.env().Current().Model)
			assert.NotContains(t, ts.html(), `id="mx-undo"`, "nothing left to undo")
		})
	}
}

// TestMatrixPreviewFollowsTheMatrix: an open preview is recomputed when the
// matrix changes under it, and says when nothing would change.
func TestMatrixPreviewFollowsTheMatrix(t *testing.T) {
	ts, v := newMatrix(t)
	ts.in(v, func(ctx app.Context) {
		v.setChoice(assessment.ModelFederated)
		v.setKeep(false)
		v.showPreview()
	})
	total := len(assessment.Controls()) * len(assessment.Domains)
	assert.Equal(t, fmt.Sprintf("Applying Federated would change %d rows of %d.", total, total), htmlText(htmlID(t, ts.html(), "mx-preview-summary")))
	// Applied elsewhere (here through Root, as another handler would).
	ts.do(func(ctx app.Context) { require.NoError(t, ts.env().ApplyPreset(assessment.ModelFederated, false)) })
	require.NotNil(t, v.preview, "the preview stays open")
	assert.Equal(t, "Nothing would change: the matrix already matches the Federated model where it may change.", htmlText(htmlID(t, ts.html(), "mx-preview-summary")))
	assert.NotContains(t, ts.html(), `id="mx-diff"`)
}

func TestMatrixChangeLine(t *testing.T) {
	tests := []struct {
		name string
		c    assessment.CellChange
		want string
	}{
		{"changed and added", assessment.CellChange{
			Key:    ot51,
			Before: assessment.RACI{assessment.RoleOT: assessment.LetterResponsible},
			After:  assessment.RACI{assessment.RoleOT: assessment.LetterAccountable, assessment.RoleISMSOwner: assessment.LetterConsulted},
		}, "5.1 \u00b7 Plant OT: ISMS owner \u2013 \u2192 C, OT lead R \u2192 A"},
		{"removed", assessment.CellChange{
			Key:    assessment.CellKey{Control: "8.20", Domain: assessment.DomainShared},
			Before: assessment.RACI{assessment.RoleIT: assessment.LetterAccountable},
			After:  assessment.RACI{},
		}, "8.20 \u00b7 Shared infrastructure: IT lead A \u2192 \u2013"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mxChangeLine(tt.c), tt.name)
	}
}

// TestMatrixLetterCodes: a row's one-byte codes (data-raci) read back as
// the letters they were written from, and anything else is none.
func TestMatrixLetterCodes(t *testing.T) {
	for _, l := range assessment.Letters {
		row := assessment.RACI{assessment.RoleOT: l}
		ot := slices.Index(assessment.RACIRoles, assessment.RoleOT)
		code := mxRACIBytes(nil, row)[ot]
		assert.Equal(t, l, mxCodeLetter(code), "letter %q, code %q", l, code)
	}
	for _, b := range []byte{'-', 'a', 'r', 'Z', '/', 0} {
		assert.Equal(t, assessment.LetterNone, mxCodeLetter(b), "code %q", b)
	}
}

// mxFieldProblems lists the exported fields of a component type (nested in
// arrays and structs) that are not plain strings, bools or ints. The
// pointers in ok are allowed (a pointer to the same value is equal at once
// in go-app's comparison), and so are the slices of plain values that
// slices names ("Type.Field").
func mxFieldProblems(path string, typ reflect.Type, ok []reflect.Type, slices []string) []string {
	switch typ.Kind() {
	case reflect.String, reflect.Bool, reflect.Int:
		return nil
	case reflect.Pointer:
		for _, p := range ok {
			if typ == p {
				return nil
			}
		}
	case reflect.Slice:
		for _, s := range slices {
			if path == s {
				return mxFieldProblems(path+"[]", typ.Elem(), ok, nil)
			}
		}
	case reflect.Array:
		return mxFieldProblems(path+"[]", typ.Elem(), ok, nil)
	case reflect.Struct:
		var out []string
		exported := 0
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if !f.IsExported() || f.Type == reflect.TypeOf(app.Compo{}) {
				continue
			}
			exported++
			out = append(out, mxFieldProblems(path+"."+f.Name, f.Type, ok, slices)...)
		}
		if exported == 0 {
			out = append(out, path+" has no exported fields")
		}
		return out
	}
	return []string{path + " is a " + typ.String()}
}

// The rows must stay cheap to compare: go-app compares the exported fields
// of every row block, row, cell and bar on every change. A map, slice,
// func, interface or a pointer to a value made anew in each render there
// would make every change slow (or re-render every row), so this test
// fails if one is added. The pointers to the Env and to the view are the
// same on every render; a block's rows are a short slice of strings.
func TestMatrixRowFieldsAreSmall(t *testing.T) {
	ok := []reflect.Type{reflect.TypeOf(&Env{}), reflect.TypeOf(&MatrixView{})}
	slices := []string{"mxRowBlock.Rows"}
	for _, c := range []any{matrixRow{}, mxCell{}, mxRowStatus{}, mxLetterBar{}, mxRowBlock{}, mxDomainBar{}, mxSegment{}, mxSummaryItem{}, mxFilterBar{}, mxIntro{}, mxModelCards{}} {
		typ := reflect.TypeOf(c)
		for _, p := range mxFieldProblems(typ.Name(), typ, ok, slices) {
			t.Errorf("%s: keep the exported fields small plain values", p)
		}
	}

	// The check can fail.
	type slowMap struct {
		app.Compo
		Matrix assessment.Matrix
	}
	type slowSlice struct {
		app.Compo
		Rows []mxRowData
	}
	type slowPointer struct {
		app.Compo
		Control *assessment.Control
	}
	type slowFunc struct {
		app.Compo
		OnChange func(string)
	}
	type slowAny struct {
		app.Compo
		Value any
	}
	type slowNested struct {
		app.Compo
		Rows [2]struct{ RACI assessment.RACI }
	}
	type none struct {
		app.Compo
		env *Env
	}
	for _, c := range []any{slowMap{}, slowSlice{}, slowPointer{}, slowFunc{}, slowAny{}, slowNested{}, none{}} {
		typ := reflect.TypeOf(c)
		assert.NotEmpty(t, mxFieldProblems(typ.Name(), typ, ok, slices), "the check misses %s", typ.Name())
	}
}

// mxBench is a tester made without a *testing.T, for benchmarks.
func mxBench(b *testing.B, a assessment.Assessment) *tester {
	b.Helper()
	mem := storage.NewMemory()
	if _, err := storage.New(mem, nil).Save(a, session.Summarize(a), 0); err != nil {
		b.Fatal(err)
	}
	h := &host{root: &Root{Backend: mem, Now: func() time.Time { return testNow }}}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		b.Fatal(err)
	}
	e.ConsumeAll()
	ts := &tester{t: b, e: e, h: h, mem: mem}
	ts.goTo(Route{ID: a.ID, View: ViewMatrix})
	if !ts.env().IsOpen() {
		b.Fatal("the assessment did not open")
	}
	return ts
}

// mxBenchFull opens the matrix of an assessment filled from the Federated
// model (all 279 rows), for the benchmarks.
func mxBenchFull(b *testing.B) (*tester, *MatrixView) {
	full, err := assessment.Preset(assessment.ModelFederated, assessment.Profile{})
	if err != nil {
		b.Fatal(err)
	}
	ts := mxBench(b, withMatrix(full))
	return ts, mounted[*MatrixView](ts)
}

// BenchmarkMatrixCellChange measures the Go side of one cell change with a
// full matrix (all 279 rows filled from a preset) and all 93 rows shown:
// the session's copy-on-write update, Root's render, go-app's comparison
// of the exported fields, MatrixView.OnUpdate, its Render and the diff of
// the 93 rows. (The browser side is measured by the e2e
// TestMatrixLatency.)
func BenchmarkMatrixCellChange(b *testing.B) {
	ts, v := mxBenchFull(b)
	defer ts.env().Close()
	letters := []string{"R", "A"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := letters[i%2]
		ts.in(v, func(ctx app.Context) { mxType(ctx, v, ot515, assessment.RoleOT, l) })
	}
	b.StopTimer()
	if got := ts.env().Current().Matrix[ot515][assessment.RoleOT]; got != assessment.Letter(letters[(b.N-1)%2]) {
		b.Fatalf("the last change did not reach the session: %q", got)
	}
	ot := slices.Index(assessment.RACIRoles, assessment.RoleOT) // the OT lead's byte in data-raci
	for _, tag := range htmlTags(ts.html(), "tr") {
		if tag.Attrs["id"] == "mx-row-5.15" && tag.Attrs["data-raci"][ot:ot+1] != letters[(b.N-1)%2] {
			b.Fatalf("the last change is not on the page: %s", tag.Attrs["data-raci"])
		}
	}
}

// BenchmarkMatrixDomainSwitch measures the Go side of a switch between
// two domains of a full matrix: every one of the 93 rows changes.
func BenchmarkMatrixDomainSwitch(b *testing.B) {
	ts, v := mxBenchFull(b)
	defer ts.env().Close()
	domains := []assessment.Domain{assessment.DomainIT, assessment.DomainOT}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := domains[i%2]
		ts.in(v, func(ctx app.Context) { v.setDomain(d) })
	}
	b.StopTimer()
	if v.domain != domains[(b.N-1)%2] {
		b.Fatalf("the last switch did not happen: %s", v.domain)
	}
}

// TestMatrixSamePerson: the grid checks segregation of duties against the
// role register too, so a row the results count as a problem is not shown
// as OK here.
func TestMatrixSamePerson(t *testing.T) {
	k := assessment.CellKey{Control: "8.2", Domain: assessment.DomainOT}
	a := withMatrix(assessment.Matrix{k: {
		assessment.RoleSite:        assessment.LetterAccountable,
		assessment.RoleMaintenance: assessment.LetterResponsible,
	}})
	a.Holders = map[assessment.Role]assessment.Holder{
		assessment.RoleSite:        {Name: "J. Novak"},
		assessment.RoleMaintenance: {Name: "j. novak"},
	}
	ts := openSeeded(t, a, ViewMatrix)
	text := htmlText(mxRow(t, ts.html(), "8.2"))
	assert.Contains(t, text, assessment.ProblemSamePerson.Title())
	assert.NotContains(t, text, "\u2713 OK")
}
