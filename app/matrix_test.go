//go:build !wasm

package app

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// mxHarness stands in for Root: it records the actions the matrix posts and,
// like Root, applies RACI changes copy-on-write and passes the new matrix
// down.
type mxHarness struct {
	app.Compo
	M     assessment.Matrix
	Model string

	ctx    app.Context
	posted []app.Action
}

// OnPreRender runs on mount in native tests (OnMount is browser-only).
func (h *mxHarness) OnPreRender(ctx app.Context) {
	h.ctx = ctx
	record := func(ctx app.Context, a app.Action) {
		h.posted = append(h.posted, a)
		if c, ok := a.Value.(RACIChange); ok {
			h.M = assessment.SetLetter(h.M, c.Key, c.Role, c.Letter)
		}
	}
	ctx.Handle(actRACI, record)
	ctx.Handle(actPreset, record)
}

func (h *mxHarness) Render() app.UI {
	return app.Div().Body(&MatrixView{Matrix: h.M, Model: h.Model})
}

func mxLoad(t *testing.T, c app.Composer) app.TestEngine {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return e
}

// mxRowHTML cuts the HTML of one table row out of a rendered page.
func mxRowHTML(t *testing.T, html, control string) string {
	t.Helper()
	at := strings.Index(html, `id="mx-row-`+control+`"`)
	if at < 0 {
		t.Fatalf("row %s not rendered", control)
	}
	// Attributes come in any order: start at the row's own tag.
	start := strings.LastIndex(html[:at], "<tr")
	end := strings.Index(html[start:], "</tr>")
	return html[start : start+end]
}

var mxRowRe = regexp.MustCompile(`<tr [^>]*id="mx-row-`)

func mxRowCount(html string) int { return len(mxRowRe.FindAllString(html, -1)) }

func TestMatrixShowsAllRowsAndProblems(t *testing.T) {
	k := assessment.CellKey{Control: "5.15", Domain: assessment.DomainOT}
	m := assessment.Matrix{k: {
		assessment.RoleIT:         assessment.LetterAccountable,
		assessment.RoleOT:         assessment.LetterAccountable,
		assessment.RoleOperations: assessment.LetterResponsible,
	}, {Control: "5.1", Domain: assessment.DomainOT}: {
		assessment.RoleISMSOwner: assessment.LetterAccountable,
		assessment.RoleOT:        assessment.LetterResponsible,
	}}
	v := &MatrixView{Matrix: m}
	mxLoad(t, v)
	html := app.HTMLString(v.Render())

	if n := mxRowCount(html); n != len(assessment.Controls()) {
		t.Errorf("rendered %d rows, want all %d", n, len(assessment.Controls()))
	}
	if !strings.Contains(html, "<h1>Ownership matrix</h1>") {
		t.Error("no h1")
	}
	row := mxRowHTML(t, html, "5.15")
	for _, want := range []string{
		"Several A: IT lead, OT lead",
		`data-raci="--AA-----R"`,
		`aria-label="5.15 ` + mxControl(t, "5.15").Label + `, Plant OT, OT / automation lead"`,
		"OT: " + mxRelevanceWord(mxControl(t, "5.15").Relevance),
		"IT \u2013 \u00b7 Shared \u26A0\u00a01", // the shared row of a high-relevance control is empty
	} {
		if !strings.Contains(row, want) {
			t.Errorf("row 5.15 lacks %q:\n%s", want, row)
		}
	}
	if strings.Contains(row, "\u2713 OK") {
		t.Error("a row with two A is shown as OK")
	}
	// A clean row says so in text, not colour only.
	ok := mxRowHTML(t, html, "5.1")
	if !strings.Contains(ok, "\u2713 OK") || strings.Contains(ok, "mx-problems") {
		t.Errorf("row 5.1 with one A and an OT R is not shown as OK:\n%s", ok)
	}
}

func mxControl(t *testing.T, id string) assessment.Control {
	t.Helper()
	c, ok := assessment.ControlByID(id)
	if !ok {
		t.Fatalf("no control %s", id)
	}
	return c
}

// mxFirstHigh is the first control of high plant-floor relevance.
func mxFirstHigh(t *testing.T) string {
	t.Helper()
	for _, c := range assessment.Controls() {
		if c.Relevance == assessment.RelevanceHigh {
			return c.ID
		}
	}
	t.Fatal("no high-relevance control")
	return ""
}

func TestMatrixChangePostsRACIAndRowUpdates(t *testing.T) {
	h := &mxHarness{}
	e := mxLoad(t, h)
	if h.ctx.Page() == nil {
		t.Fatal("harness not mounted")
	}

	id := mxFirstHigh(t)
	cell := &mxCell{Control: id, Domain: assessment.DomainOT, Role: assessment.RoleOT}
	h.ctx.Dispatch(func(ctx app.Context) { cell.change(ctx, "A") })
	e.ConsumeAll()

	if len(h.posted) != 1 || h.posted[0].Name != actRACI {
		t.Fatalf("posted %v, want one %s", h.posted, actRACI)
	}
	want := RACIChange{Key: assessment.CellKey{Control: id, Domain: assessment.DomainOT}, Role: assessment.RoleOT, Letter: assessment.LetterAccountable}
	if got := h.posted[0].Value; got != want {
		t.Errorf("posted %#v, want %#v", got, want)
	}
	html := app.HTMLString(h)
	r := mxRowHTML(t, html, id)
	if !strings.Contains(r, `data-raci="---A------"`) || !strings.Contains(r, "No R on the plant floor") {
		t.Errorf("row %s not updated after the change:\n%s", id, r)
	}

	// The "–" option clears the letter.
	h.ctx.Dispatch(func(ctx app.Context) { cell.change(ctx, mxNoLetter) })
	e.ConsumeAll()
	if got := h.posted[len(h.posted)-1].Value.(RACIChange).Letter; got != assessment.LetterNone {
		t.Errorf("clearing posted letter %q", got)
	}
	if r := mxRowHTML(t, app.HTMLString(h), id); !strings.Contains(r, "Nobody assigned") {
		t.Errorf("cleared row %s is not shown as unassigned:\n%s", id, r)
	}
}

func TestMatrixFiltersReduceRows(t *testing.T) {
	v := &MatrixView{}
	mxLoad(t, v)
	count := func(pred func(assessment.Control) bool) int {
		n := 0
		for _, c := range assessment.Controls() {
			if pred(c) {
				n++
			}
		}
		return n
	}
	check := func(name string, want int) {
		t.Helper()
		html := app.HTMLString(v.Render())
		if got := mxRowCount(html); got != want {
			t.Errorf("%s: %d rows, want %d", name, got, want)
		}
		if s := fmt.Sprintf("Showing %d of 93 controls", want); !strings.Contains(html, s) {
			t.Errorf("%s: no %q", name, s)
		}
	}
	check("no filter", 93)

	v.setFilter(mxFilter{Theme: "Physical"})
	physical := count(func(c assessment.Control) bool { return c.Theme == assessment.ThemePhysical })
	check("physical", physical)

	v.setFilter(mxFilter{Theme: "Physical", Relevance: mxRelHigh})
	check("physical+high", count(func(c assessment.Control) bool {
		return c.Theme == assessment.ThemePhysical && c.Relevance == assessment.RelevanceHigh
	}))

	v.setFilter(mxFilter{Theme: "all", Relevance: mxRelMedium})
	check("medium+", count(func(c assessment.Control) bool { return c.Relevance >= assessment.RelevanceMedium }))

	// With an empty matrix, the plant OT rows with problems are exactly the
	// high-relevance controls (unassigned).
	v.setFilter(mxFilter{Relevance: "bogus", OnlyProblems: true})
	high := count(func(c assessment.Control) bool { return c.Relevance == assessment.RelevanceHigh })
	check("only problems, OT", high)
	v.setDomain(assessment.DomainIT)
	check("only problems, IT", 0)
	v.setDomain(assessment.DomainOT)
	check("only problems, OT again", high)

	// A row fixed while the filter is on stays on screen, with its ✓.
	id := mxFirstHigh(t)
	v.Matrix = assessment.SetLetter(v.Matrix, assessment.CellKey{Control: id, Domain: assessment.DomainOT}, assessment.RoleOT, assessment.LetterAccountable)
	v.Matrix = assessment.SetLetter(v.Matrix, assessment.CellKey{Control: id, Domain: assessment.DomainOT}, assessment.RoleOperations, assessment.LetterResponsible)
	v.refresh()
	check("only problems, one fixed", high)
	if row := mxRowHTML(t, app.HTMLString(v.Render()), id); !strings.Contains(row, "\u2713 OK") {
		t.Errorf("the fixed row %s does not show OK", id)
	}
	// Switching the filter on again drops it.
	v.setFilter(mxFilter{})
	v.setFilter(mxFilter{OnlyProblems: true})
	check("only problems, refiltered", high-1)
	v.setDomain(assessment.DomainIT)
	if html := app.HTMLString(v.Render()); !strings.Contains(html, "No control matches these filters.") {
		t.Error("an empty result does not say so")
	}
}

func TestMatrixPresetPreview(t *testing.T) {
	k := assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}
	m := assessment.Matrix{k: {assessment.RoleOT: assessment.LetterAccountable}}
	h := &mxHarness{M: m}
	e := mxLoad(t, h)

	v := &MatrixView{Matrix: m}
	mxLoad(t, v)
	v.presetsOpen = true
	if v.showPreview() {
		t.Fatal("preview shown without a model")
	}
	if html := app.HTMLString(v.Render()); !strings.Contains(html, "Choose a model first.") {
		t.Error("no message asking for a model")
	}

	v.setChoice(assessment.ModelFederated)
	if !v.showPreview() {
		t.Fatal("no preview")
	}
	total := len(assessment.Controls()) * len(assessment.Domains)
	html := app.HTMLString(v.Render())
	for _, want := range []string{
		fmt.Sprintf("Applying Federated would change %d rows of %d.", total-1, total),
		"1 row you filled differently stay as they are.",
		fmt.Sprintf("and %d more", total-1-mxMaxPreviewLines),
		"Apply Federated",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	if n := strings.Count(html, `<li>5.`); n == 0 {
		t.Error("the preview lists no row")
	}
	if strings.Contains(html, "5.1 \u00b7 Plant OT:") {
		t.Error("the kept row 5.1/OT is listed as changing")
	}

	// Overwriting lists the filled row too.
	v.setKeep(false)
	html = app.HTMLString(v.Render())
	if !strings.Contains(html, fmt.Sprintf("would change %d rows", total)) || !strings.Contains(html, "5.1 \u00b7 Plant OT: ") {
		t.Error("overwrite preview does not include the filled row")
	}

	// Apply posts the choice (through the harness, which records it).
	h.ctx.Dispatch(func(ctx app.Context) { v.apply(ctx) })
	e.ConsumeAll()
	if v.preview != nil {
		t.Error("the preview stays open after Apply")
	}
	if len(h.posted) != 1 || h.posted[0].Value != (PresetChoice{Model: assessment.ModelFederated, Overwrite: true}) {
		t.Errorf("posted %v", h.posted)
	}
}

func TestMatrixChangeLine(t *testing.T) {
	c := assessment.CellChange{
		Key:    assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT},
		Before: assessment.RACI{assessment.RoleOT: assessment.LetterResponsible},
		After:  assessment.RACI{assessment.RoleOT: assessment.LetterAccountable, assessment.RoleISMSOwner: assessment.LetterConsulted},
	}
	want := "5.1 \u00b7 Plant OT: ISMS owner \u2013 \u2192 C, OT lead R \u2192 A"
	if got := mxChangeLine(c); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Only the rows whose letters changed are checked again: the others keep
// their derived state untouched.
func TestMatrixUpdateRechecksOnlyChangedRows(t *testing.T) {
	v := &MatrixView{}
	mxLoad(t, v)
	ids := map[string]int{}
	for i, c := range assessment.Controls() {
		ids[c.ID] = i
	}
	v.cells[ids["5.2"]][1].problems = "sentinel"
	v.Matrix = assessment.SetLetter(v.Matrix, assessment.CellKey{Control: "5.3", Domain: assessment.DomainOT}, assessment.RoleOT, assessment.LetterAccountable)
	v.refresh()
	if v.cells[ids["5.2"]][1].problems != "sentinel" {
		t.Error("an unchanged row was checked again")
	}
	if got := v.cells[ids["5.3"]][1]; got.raci != "---A------" || got.state != mxRowProblem {
		t.Errorf("changed row 5.3: %+v", got)
	}
	if v.counts[1].OneA != 1 {
		t.Errorf("OT rows with one A = %d, want 1", v.counts[1].OneA)
	}
}

// mxFieldProblems lists the exported fields of a component type (nested in
// arrays and structs) that are not plain strings, bools or ints.
func mxFieldProblems(path string, typ reflect.Type) []string {
	switch typ.Kind() {
	case reflect.String, reflect.Bool, reflect.Int:
		return nil
	case reflect.Array:
		return mxFieldProblems(path+"[]", typ.Elem())
	case reflect.Struct:
		var out []string
		exported := 0
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if !f.IsExported() || f.Type == reflect.TypeOf(app.Compo{}) {
				continue
			}
			exported++
			out = append(out, mxFieldProblems(path+"."+f.Name, f.Type)...)
		}
		if exported == 0 {
			out = append(out, path+" has no exported fields")
		}
		return out
	}
	return []string{path + " is a " + typ.String()}
}

// The rows must stay cheap to compare: go-app compares the exported fields
// of every row block, row and bar on every change. A map, slice, func,
// pointer or interface there would make every change slow (or re-render
// every row), so this test fails if one is added.
func TestMatrixRowFieldsAreSmall(t *testing.T) {
	for _, c := range []any{matrixRow{}, mxRowHead{}, mxCell{}, mxRowBlock{}, mxDomainBar{}, mxSegment{}, mxSummaryItem{}, mxFilterBar{}, mxIntro{}, mxModelCards{}} {
		typ := reflect.TypeOf(c)
		for _, p := range mxFieldProblems(typ.Name(), typ) {
			t.Errorf("%s: keep the exported fields small plain values", p)
		}
	}
	type slow struct {
		app.Compo
		Matrix assessment.Matrix
	}
	if len(mxFieldProblems("slow", reflect.TypeOf(slow{}))) == 0 {
		t.Error("the check does not notice a map field")
	}
}

func TestMatrixParseLetter(t *testing.T) {
	for in, want := range map[string]assessment.Letter{"R": "R", "A": "A", "C": "C", "I": "I", "-": "", "\u2013": "", "X": ""} {
		if got := mxParseLetter(in); got != want {
			t.Errorf("mxParseLetter(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkMatrixCellChange measures the Go side of one cell change with a
// full matrix (all 279 rows filled from a preset) and all 93 rows shown:
// Root's copy-on-write update, go-app's comparison of the exported fields,
// MatrixView.OnUpdate, its Render and the diff of the 93 rows. (The browser
// side is measured by the e2e TestMatrixLatency.)
func BenchmarkMatrixCellChange(b *testing.B) {
	full, err := assessment.Preset(assessment.ModelFederated)
	if err != nil {
		b.Fatal(err)
	}
	h := &mxHarness{M: full}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		b.Fatal(err)
	}
	e.ConsumeAll()
	cell := &mxCell{Control: "5.15", Domain: assessment.DomainOT, Role: assessment.RoleOT}
	letters := []string{"R", "A"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := letters[i%2]
		h.ctx.Dispatch(func(ctx app.Context) { cell.change(ctx, l) })
		e.ConsumeAll()
	}
}

func TestMatrixPackRows(t *testing.T) {
	rows := []mxRowData{
		{Control: "5.1", RACI: "-A-R------", State: mxRowOK, Others: "IT \u2713", OthersLabel: "Other domains: OK.", Next: "5.2"},
		{Control: "5.2", RACI: "--AA------", State: mxRowProblem, Problems: "Several A: IT lead, OT lead\nNo R on the plant floor"},
		{},
		{Control: "8.34", RACI: "----------", State: mxRowEmpty},
	}
	var b strings.Builder
	for _, r := range rows {
		mxPackRow(&b, r)
	}
	if got := mxUnpackRows(b.String()); !reflect.DeepEqual(got, rows) {
		t.Errorf("round trip:\n got %#v\nwant %#v", got, rows)
	}
	if got := mxUnpackRows(""); got != nil {
		t.Errorf("empty block: %v", got)
	}
}
