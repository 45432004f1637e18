package app

import (
	"slices"
	"strconv"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

func TestMatrixMove(t *testing.T) {
	last := mxCols() - 1
	tests := []struct {
		key            string
		ctrl           bool
		row, col, rows int
		wantRow        int
		wantCol        int
		wantOK         bool
	}{
		{"ArrowRight", false, 0, 1, 93, 0, 2, true},
		{"ArrowLeft", false, 0, 1, 93, 0, 0, true},
		{"ArrowLeft", false, 0, 0, 93, 0, 0, true}, // stays at the edge
		{"ArrowRight", false, 4, last, 93, 4, last, true},
		{"ArrowDown", false, 0, 3, 93, 1, 3, true},
		{"ArrowDown", false, 92, 3, 93, 92, 3, true},
		{"ArrowUp", false, 0, 3, 93, 0, 3, true},
		{"ArrowUp", false, 7, 3, 93, 6, 3, true},
		{"PageDown", false, 0, 2, 93, mxPageRows, 2, true},
		{"PageDown", false, 90, 2, 93, 92, 2, true},
		{"PageUp", false, 3, 2, 93, 0, 2, true},
		{"Home", false, 5, 9, 93, 5, 0, true},
		{"End", false, 5, 9, 93, 5, last, true},
		{"Home", true, 5, 9, 93, 0, 0, true},
		{"End", true, 5, 9, 93, 92, last, true},
		{"ArrowDown", false, 1, 1, 3, 2, 1, true}, // the per-control view's three rows
		{"ArrowDown", false, 2, 1, 3, 2, 1, true},
		{"ArrowDown", false, 0, 1, 1, 0, 1, true},
		{"a", false, 3, 3, 93, 3, 3, false},
		{"Enter", false, 3, 0, 93, 3, 0, false},
		{"Tab", false, 3, 3, 93, 3, 3, false},
	}
	for _, tt := range tests {
		row, col, ok := mxMove(tt.key, tt.ctrl, tt.row, tt.col, tt.rows)
		assert.Equal(t, []any{tt.wantRow, tt.wantCol, tt.wantOK}, []any{row, col, ok}, "mxMove(%q, ctrl %v) from (%d, %d) of %d rows", tt.key, tt.ctrl, tt.row, tt.col, tt.rows)
	}
}

func TestMatrixKeyLetter(t *testing.T) {
	tests := []struct {
		key    string
		want   assessment.Letter
		wantOK bool
	}{
		{"r", assessment.LetterResponsible, true},
		{"R", assessment.LetterResponsible, true},
		{"a", assessment.LetterAccountable, true},
		{"A", assessment.LetterAccountable, true},
		{"/", assessment.LetterAccountableResponsible, true},
		{"x", assessment.LetterAccountableResponsible, true},
		{"X", assessment.LetterAccountableResponsible, true},
		{"c", assessment.LetterConsulted, true},
		{"I", assessment.LetterInformed, true},
		{"Delete", assessment.LetterNone, true},
		{"Backspace", assessment.LetterNone, true},
		{"-", assessment.LetterNone, true},
		{"b", "", false},
		{" ", "", false},
		{"Enter", "", false},
		{"ArrowUp", "", false},
	}
	for _, tt := range tests {
		l, ok := mxKeyLetter(tt.key)
		assert.Equal(t, tt.wantOK, ok, "key %q", tt.key)
		assert.Equal(t, tt.want, l, "key %q", tt.key)
	}
}

// TestMatrixKeyboardFill fills a row with the keyboard only: arrows move
// the cursor (one Tab stop, on the cursor's cell), letters set, a key
// pressed with Control does nothing, and the cursor stays on its control
// when the domain changes.
func TestMatrixKeyboardFill(t *testing.T) {
	ts, v := newMatrix(t)
	ot := slices.Index(assessment.RACIRoles, assessment.RoleOT) + 1
	ops := slices.Index(assessment.RACIRoles, assessment.RoleOperations) + 1
	press := func(keys ...string) {
		for _, k := range keys {
			ts.in(v, func(ctx app.Context) { v.key(ctx, k, false) })
		}
	}
	// The cursor starts on the first row's first role.
	assert.Equal(t, []string{"mx-row-5.1:1"}, mxTabStops(ts.html()))
	press("ArrowDown", "End", "Home")
	assert.Equal(t, []string{"mx-row-5.2:0"}, mxTabStops(ts.html()))
	for range ot {
		press("ArrowRight")
	}
	press("/")
	for range ops - ot {
		press("ArrowRight")
	}
	press("r")
	key := assessment.CellKey{Control: "5.2", Domain: assessment.DomainOT}
	assert.Equal(t, assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible, assessment.RoleOperations: assessment.LetterResponsible}, ts.env().Current().Matrix[key])
	html := ts.html()
	assert.Equal(t, []string{"mx-row-5.2:" + strconv.Itoa(ops)}, mxTabStops(html))
	assert.Equal(t, "5.2 "+mxControl(t, "5.2").Label+" \u00b7 Plant OT \u00b7 "+assessment.RoleLabel(assessment.RoleOperations), htmlText(htmlID(t, html, "mx-where")))

	// Control+R is the browser's reload, not a letter.
	ts.in(v, func(ctx app.Context) { assert.False(t, v.key(ctx, "c", true)) })
	assert.Equal(t, assessment.LetterResponsible, ts.env().Current().Matrix[key][assessment.RoleOperations])
	// Letters typed on the row header or the status change nothing.
	press("Home", "a", "End", "a")
	assert.Equal(t, assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible, assessment.RoleOperations: assessment.LetterResponsible}, ts.env().Current().Matrix[key])

	// Another domain keeps the cursor on 5.2.
	ts.in(v, func(ctx app.Context) { v.setDomain(assessment.DomainIT) })
	assert.Equal(t, []string{"mx-row-5.2:" + strconv.Itoa(mxCols()-1)}, mxTabStops(ts.html()))
	// A filter that hides 5.2 moves the cursor to the first row shown.
	ts.in(v, func(ctx app.Context) { v.setFilter(mxFilter{Theme: string(assessment.ThemeTechnological)}) })
	assert.Equal(t, []string{"mx-row-8.1:" + strconv.Itoa(mxCols()-1)}, mxTabStops(ts.html()))
}

// TestMatrixLetterBar sets letters with the bar's buttons, at the cursor.
func TestMatrixLetterBar(t *testing.T) {
	ts, v := newMatrix(t)
	key := assessment.CellKey{Control: "8.8", Domain: assessment.DomainOT}
	col := slices.Index(assessment.RACIRoles, assessment.RoleMaintenance) + 1
	ts.in(v, func(ctx app.Context) { v.place(key, col) })
	ts.in(v, func(ctx app.Context) { v.setAtCursor(ctx, assessment.LetterAccountableResponsible) })
	assert.Equal(t, assessment.LetterAccountableResponsible, ts.env().Current().Matrix[key][assessment.RoleMaintenance])
	html := ts.html()
	var pressed []string
	for _, b := range htmlTags(htmlClass(t, html, "mx-letterbar"), "button") {
		if b.Attrs["aria-pressed"] == "true" {
			pressed = append(pressed, b.Attrs["aria-label"])
		}
		assert.False(t, b.has("disabled"), "a role cell takes letters")
	}
	assert.Equal(t, []string{"Set A/R, accountable and responsible"}, pressed)

	// On the status column the buttons are disabled and do nothing.
	ts.in(v, func(ctx app.Context) { v.place(key, mxCols()-1) })
	for _, b := range htmlTags(htmlClass(t, ts.html(), "mx-letterbar"), "button") {
		assert.True(t, b.has("disabled"), "button %s", b.Attrs["aria-label"])
	}
	ts.in(v, func(ctx app.Context) { v.setAtCursor(ctx, assessment.LetterNone) })
	assert.Equal(t, assessment.LetterAccountableResponsible, ts.env().Current().Matrix[key][assessment.RoleMaintenance])
}

// TestMatrixControlView shows one control with its three domains: Enter
// on a row header opens it, the keyboard fills its three rows, and
// Escape goes back to the list with the cursor on that control.
func TestMatrixControlView(t *testing.T) {
	ts, v := newMatrix(t)
	id := ts.env().Current().ID
	ts.in(v, func(ctx app.Context) { v.place(assessment.CellKey{Control: "8.16", Domain: assessment.DomainOT}, 0) })
	ts.in(v, func(ctx app.Context) { assert.True(t, v.key(ctx, "Enter", false)) })
	require.Equal(t, Route{ID: id, View: ViewMatrix, Control: "8.16"}, ts.route())
	v = mounted[*MatrixView](ts)
	html := ts.html()
	c := mxControl(t, "8.16")
	assert.Equal(t, "8.16 "+c.Label, htmlText(htmlID(t, html, "mx-one-title")))
	assert.Contains(t, htmlText(html), c.OTNote)
	var rows []string
	for _, tag := range htmlTags(html, "tr") {
		if tag.Attrs["data-ctl"] == "8.16" {
			rows = append(rows, tag.Attrs["data-dom"])
		}
	}
	assert.Equal(t, []string{"it", "ot", "shared"}, rows)
	assert.Equal(t, "Domain", htmlText(htmlClass(t, html, "mx-h-ctl")), "the rows are domains")
	// The cursor is on the domain that was shown, on the row header.
	assert.Equal(t, []string{"mx-crow-ot:0"}, mxTabStops(html))
	assert.Equal(t, "#/"+id+"/matrix/8.15", htmlTags(htmlClass(t, html, "mx-one-nav"), "a")[0].Attrs["href"])

	// Fill the three rows: IT lead A/R on IT, OT lead A/R on OT, both R on
	// shared with the ISMS owner A.
	itCol := slices.Index(assessment.RACIRoles, assessment.RoleIT) + 1
	otCol := slices.Index(assessment.RACIRoles, assessment.RoleOT) + 1
	ismsCol := slices.Index(assessment.RACIRoles, assessment.RoleISMSOwner) + 1
	press := func(keys ...string) {
		for _, k := range keys {
			ts.in(v, func(ctx app.Context) { v.key(ctx, k, false) })
		}
	}
	right := func(n int) {
		for range n {
			press("ArrowRight")
		}
	}
	press("Home", "ArrowUp", "ArrowUp") // IT
	right(itCol)
	press("x", "ArrowDown") // OT, same column
	press("r")
	right(otCol - itCol)
	press("/", "ArrowDown", "r", "Home") // shared
	right(ismsCol)
	press("a")
	m := ts.env().Current().Matrix
	assert.Equal(t, assessment.RACI{assessment.RoleIT: assessment.LetterAccountableResponsible}, m[assessment.CellKey{Control: "8.16", Domain: assessment.DomainIT}])
	assert.Equal(t, assessment.RACI{assessment.RoleIT: assessment.LetterResponsible, assessment.RoleOT: assessment.LetterAccountableResponsible}, m[assessment.CellKey{Control: "8.16", Domain: assessment.DomainOT}])
	assert.Equal(t, assessment.RACI{assessment.RoleISMSOwner: assessment.LetterAccountable, assessment.RoleOT: assessment.LetterResponsible}, m[assessment.CellKey{Control: "8.16", Domain: assessment.DomainShared}])

	// Escape: back to the list, in the domain of the cursor's row, on 8.16.
	press("Escape")
	require.Equal(t, Route{ID: id, View: ViewMatrix}, ts.route())
	v = mounted[*MatrixView](ts)
	assert.Equal(t, assessment.DomainShared, v.domain)
	assert.Equal(t, []string{"mx-row-8.16:" + strconv.Itoa(ismsCol)}, mxTabStops(ts.html()))
}

// TestMatrixRoleNamesInHead: a role renamed to the organisation's title
// heads its column and names the cell in the letter bar.
func TestMatrixRoleNamesInHead(t *testing.T) {
	a := withMatrix(nil)
	a.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Head of Automation"}
	ts, v := openMatrix(t, a)
	ts.in(v, func(ctx app.Context) {
		v.place(assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}, slices.Index(assessment.RACIRoles, assessment.RoleOT)+1)
	})
	html := ts.html()
	var heads []string
	for _, th := range htmlTags(html, "th") {
		if th.Attrs["class"] == "mx-h-role" {
			heads = append(heads, th.Attrs["title"])
		}
	}
	require.Len(t, heads, len(assessment.RACIRoles))
	assert.Equal(t, "Head of Automation", heads[slices.Index(assessment.RACIRoles, assessment.RoleOT)])
	assert.Equal(t, assessment.RoleLabel(assessment.RoleIT), heads[slices.Index(assessment.RACIRoles, assessment.RoleIT)])
	assert.Contains(t, htmlText(htmlID(t, html, "mx-where")), "\u00b7 Head of Automation")
}

// mxTabStops lists the grid cells in the Tab order, as "row id:column".
func mxTabStops(html string) []string {
	var out []string
	row, col := "", 0
	for _, tag := range htmlTags(html, "") {
		switch tag.Name {
		case "tr":
			row, col = tag.Attrs["id"], 0
		case "td", "th":
			if tag.Attrs["tabindex"] == "0" {
				out = append(out, row+":"+strconv.Itoa(col))
			}
			col++
		}
	}
	return out
}

// TestMatrixRoleTitlesForm renames a role, refuses a duplicate title next
// to its field without saving it, and gives a role its standard name back.
func TestMatrixRoleTitlesForm(t *testing.T) {
	ts, v := newMatrix(t)
	form := mounted[*mxRoleNames](ts)
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "mx-roles")), "Role titles: the standard names")

	ts.in(form, func(ctx app.Context) { form.rename(assessment.RoleOT, "Head of Automation") })
	assert.Equal(t, "Head of Automation", ts.env().Current().RoleName(assessment.RoleOT))
	html := ts.html()
	assert.Contains(t, htmlText(htmlID(t, html, "mx-roles")), "Role titles: 1 role renamed")
	assert.Equal(t, "Head of Automation", htmlByID(t, html, "mx-rn-ot").Attrs["value"])
	assert.Contains(t, mxHeadNames(v.RoleNames), "Head of Automation", "the column heading follows")

	// The IT lead cannot take the same title.
	ts.in(form, func(ctx app.Context) { form.rename(assessment.RoleIT, "head of automation") })
	assert.Equal(t, assessment.RoleLabel(assessment.RoleIT), ts.env().Current().RoleName(assessment.RoleIT))
	html = ts.html()
	assert.Equal(t, "true", htmlByID(t, html, "mx-rn-it").Attrs["aria-invalid"])
	assert.Contains(t, htmlText(htmlID(t, html, "mx-rn-it-err")), "already the name of another role")
	assert.Nil(t, ts.env().Notice(), "the reason stands next to the field, not in the notice bar")

	// Empty gives the standard name back, and clears nothing else.
	ts.in(form, func(ctx app.Context) { form.rename(assessment.RoleOT, "") })
	assert.Equal(t, assessment.RoleLabel(assessment.RoleOT), ts.env().Current().RoleName(assessment.RoleOT))
	ts.in(form, func(ctx app.Context) { form.rename(assessment.RoleIT, "Head of IT") })
	html = ts.html()
	assert.NotContains(t, html, `id="mx-rn-it-err"`, "a good title clears the message")
	assert.Equal(t, "Head of IT", ts.env().Current().RoleName(assessment.RoleIT))
}
