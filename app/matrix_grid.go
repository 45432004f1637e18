package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The matrix is an ARIA grid: one Tab stop, a cursor that the arrow keys
// move, and letters typed straight into the cell under the cursor. Cells
// are plain table cells, not form controls: a workshop fills hundreds of
// them, and a key per cell beats opening a dropdown per cell. Mouse and
// touch users click a cell to put the cursor on it and pick the letter in
// the letter bar above the table.
//
// One keydown and one click handler sit on the table and find the cell
// from the event's target (its cellIndex in the row; data-ctl and
// data-dom on the row), so the thousand-odd cells carry no handlers of
// their own.

// mxCursor is the cell the keyboard is on. Rows are named by their key,
// not their position, so that the cursor stays on its control when a
// filter or the domain changes.
type mxCursor struct {
	Control string            // the row's control; "" means the first row shown
	Domain  assessment.Domain // the row's domain, in the per-control view
	Col     int               // 0 the row header, 1 to len(RACIRoles) a role, then the status
}

// mxCols is the number of columns of the grid: the row header, one per
// role and the status.
func mxCols() int { return len(assessment.RACIRoles) + 2 }

// mxIsRoleCol reports whether column col holds a role's letter.
func mxIsRoleCol(col int) bool { return col >= 1 && col <= len(assessment.RACIRoles) }

// mxPageRows is how far Page Up and Page Down move: about a screenful of
// rows at 1280×720.
const mxPageRows = 8

// mxMove returns where key moves a cursor at (row, col) in a grid of rows
// rows and mxCols() columns, and whether key is a move at all. ctrl is the
// Control (or Command) key: with Home and End it goes to the first or last
// row.
func mxMove(key string, ctrl bool, row, col, rows int) (int, int, bool) {
	last := mxCols() - 1
	switch key {
	case "ArrowLeft":
		col--
	case "ArrowRight":
		col++
	case "ArrowUp":
		row--
	case "ArrowDown":
		row++
	case "PageUp":
		row -= mxPageRows
	case "PageDown":
		row += mxPageRows
	case "Home":
		col = 0
		if ctrl {
			row = 0
		}
	case "End":
		col = last
		if ctrl {
			row = rows - 1
		}
	default:
		return row, col, false
	}
	return min(max(row, 0), max(rows-1, 0)), min(max(col, 0), last), true
}

// mxKeyLetter returns the letter that key types into a role cell: R, A,
// C and I in either case, "/" or X for A/R (as in "A/R"), and Delete,
// Backspace or "-" for none. ok is false for any other key.
func mxKeyLetter(key string) (l assessment.Letter, ok bool) {
	switch key {
	case "r", "R":
		return assessment.LetterResponsible, true
	case "a", "A":
		return assessment.LetterAccountable, true
	case "/", "x", "X":
		return assessment.LetterAccountableResponsible, true
	case "c", "C":
		return assessment.LetterConsulted, true
	case "i", "I":
		return assessment.LetterInformed, true
	case "Delete", "Backspace", "-":
		return assessment.LetterNone, true
	}
	return "", false
}

// mxKeys explains the keys, under the letter bar (shown with l10n.T).
var mxKeys = l10n.M("Keys: arrows move; R, A, C or I types the letter; / or X types A/R; Delete clears; " +
	"Enter on a control opens it with its three domains; Escape goes back to the list.")

// rowKeys are the rows the grid shows, in order: the filtered controls of
// the domain shown, or the three domains of the control shown on its own.
func (m *MatrixView) rowKeys() []assessment.CellKey {
	if m.Control != "" {
		keys := make([]assessment.CellKey, len(assessment.Domains))
		for i, d := range assessment.Domains {
			keys[i] = assessment.CellKey{Control: m.Control, Domain: d}
		}
		return keys
	}
	controls := assessment.Controls()
	keys := make([]assessment.CellKey, 0, len(controls))
	for i, c := range controls {
		if m.visible(i, c) {
			keys = append(keys, assessment.CellKey{Control: c.ID, Domain: m.domain})
		}
	}
	return keys
}

// cursorRow is the index in keys of the cursor's row: the first row when
// the cursor's row is not shown (filtered out, or not yet placed).
func (m *MatrixView) cursorRow(keys []assessment.CellKey) int {
	for i, k := range keys {
		if (m.Control == "" && k.Control == m.cursor.Control) || (m.Control != "" && k.Domain == m.cursor.Domain) {
			return i
		}
	}
	return 0
}

// cursorCol is the cursor's column, a role column until the user moves it.
func (m *MatrixView) cursorCol() int {
	if m.cursor.Col <= 0 && m.cursor.Control == "" && m.cursor.Domain == "" {
		return 1
	}
	return min(max(m.cursor.Col, 0), mxCols()-1)
}

// place puts the cursor on row key k, column col.
func (m *MatrixView) place(k assessment.CellKey, col int) {
	m.cursor = mxCursor{Control: k.Control, Domain: k.Domain, Col: min(max(col, 0), mxCols()-1)}
}

// key acts on a key pressed in the grid and reports whether it used it
// (the caller then stops the browser's own action, such as scrolling).
func (m *MatrixView) key(ctx app.Context, key string, ctrl bool) bool {
	keys := m.rowKeys()
	if len(keys) == 0 {
		return false
	}
	row, col := m.cursorRow(keys), m.cursorCol()
	if r, c, ok := mxMove(key, ctrl, row, col, len(keys)); ok {
		m.place(keys[r], c)
		m.focusCursor(ctx)
		return true
	}
	switch {
	case key == "Enter" && m.Control == "" && col == 0:
		m.openControl(ctx, keys[row].Control)
		return true
	case key == "Escape" && m.Control != "":
		m.backToList(ctx)
		return true
	}
	if l, ok := mxKeyLetter(key); ok && !ctrl && mxIsRoleCol(col) {
		m.place(keys[row], col)
		_ = m.Env.SetLetter(keys[row], assessment.RACIRoles[col-1], l)
		return true
	}
	return false
}

// setAtCursor gives the cell under the cursor letter l (the letter bar's
// buttons) and returns the focus to the cell.
func (m *MatrixView) setAtCursor(ctx app.Context, l assessment.Letter) {
	keys := m.rowKeys()
	col := m.cursorCol()
	if len(keys) == 0 || !mxIsRoleCol(col) {
		return
	}
	k := keys[m.cursorRow(keys)]
	m.place(k, col)
	_ = m.Env.SetLetter(k, assessment.RACIRoles[col-1], l)
	m.focusCursor(ctx)
}

// openControl shows control id on its own, the cursor on the row of the
// domain that was shown.
func (m *MatrixView) openControl(ctx app.Context, id string) {
	m.cursor = mxCursor{Domain: m.domain, Col: m.cursorCol()}
	m.Env.Go(ctx, Route{ID: m.Env.Current().ID, View: ViewMatrix, Control: id})
	m.focusCursor(ctx)
}

// backToList goes from one control back to the list, in the domain of the
// cursor's row and with the cursor on that control.
func (m *MatrixView) backToList(ctx app.Context) {
	id := m.Control
	if m.cursor.Domain != "" {
		m.domain = m.cursor.Domain
	}
	m.cursor = mxCursor{Control: id, Col: m.cursorCol()}
	m.Env.Go(ctx, Route{ID: m.Env.Current().ID, View: ViewMatrix})
	m.focusCursor(ctx)
}

// focusCursor moves the keyboard focus to the cursor's cell once the
// update has reached the page.
func (m *MatrixView) focusCursor(ctx app.Context) {
	if m.mounted {
		ctx = m.ctx
	}
	ctx.Defer(func(app.Context) {
		keys := m.rowKeys()
		if len(keys) == 0 {
			return
		}
		row := app.Window().GetElementByID(mxRowID(keys[m.cursorRow(keys)], m.Control != ""))
		if !row.Truthy() {
			return
		}
		if cell := row.Get("children").Index(m.cursorCol()); cell.Truthy() {
			cell.Call("focus")
		}
	})
}

// mxRowID is the element id of the grid row of key: by control in the
// list, by domain in the per-control view.
func mxRowID(k assessment.CellKey, byControl bool) string {
	if byControl {
		return "mx-crow-" + string(k.Domain)
	}
	return "mx-row-" + k.Control
}

// onGridKey is the table's keydown handler.
func (m *MatrixView) onGridKey(ctx app.Context, e app.Event) {
	if e.Get("altKey").Bool() || !m.syncCursor(e.Get("target")) {
		ctx.PreventUpdate()
		return
	}
	if m.key(ctx, e.Get("key").String(), e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) {
		e.PreventDefault()
		return
	}
	ctx.PreventUpdate()
}

// onGridClick is the table's click handler: a click on a cell puts the
// cursor there. Links in the row header are left to Root.
func (m *MatrixView) onGridClick(ctx app.Context, e app.Event) {
	if !m.syncCursor(e.Get("target")) {
		ctx.PreventUpdate()
		return
	}
	m.focusCursor(ctx)
}

// syncCursor puts the cursor on the grid cell that holds the DOM node
// target, and reports whether there is one.
func (m *MatrixView) syncCursor(target app.Value) bool {
	if !target.Truthy() || target.Get("closest").IsUndefined() {
		return false
	}
	cell := target.Call("closest", "td, th")
	if !cell.Truthy() {
		return false
	}
	row := cell.Call("closest", "tr")
	if !row.Truthy() || !row.Call("hasAttribute", "data-ctl").Bool() {
		return false // the head row
	}
	col := cell.Get("cellIndex").Int()
	k := assessment.CellKey{Control: row.Call("getAttribute", "data-ctl").String(), Domain: assessment.Domain(row.Call("getAttribute", "data-dom").String())}
	if _, ok := assessment.ControlByID(k.Control); !ok {
		return false
	}
	m.place(k, col)
	return true
}

// mxLetterBar says where the cursor is and offers the letters as buttons,
// for the mouse, touch, and anyone who prefers to click.
type mxLetterBar struct {
	app.Compo
	View *MatrixView
	// Where names the cursor's cell, e.g. "8.16 Monitoring activities ·
	// Plant OT · OT lead".
	Where string
	// Letter is the cell's letter (a role column), or "" when the cursor is
	// on a row header or status, where the buttons are disabled.
	Letter string
	Role   bool // the cursor is on a role column
}

// Render draws the bar.
func (b *mxLetterBar) Render() app.UI {
	buttons := make([]app.UI, 0, len(mxBarLetters))
	for _, l := range mxBarLetters {
		text := string(l)
		if l == assessment.LetterNone {
			text = "\u2013"
		}
		pressed := b.Role && string(l) == b.Letter
		label := l10n.F("Set %s", mxLetterWord(l))
		buttons = append(buttons, elh("button", attrs{
			"type", "button", "class", "mx-lb " + mxLetterClass(l), "aria-pressed", strconv.FormatBool(pressed),
			"aria-label", label, "title", label, "disabled", strconv.FormatBool(!b.Role),
			// Not a Tab stop: the keyboard types letters in the grid (the
			// keys are listed below), and six stops before the grid would
			// only be in the way.
			"tabindex", "-1",
		}, txt(text)).OnClick(func(ctx app.Context, e app.Event) { b.View.setAtCursor(ctx, l) }))
	}
	return el("div", attrs{"class", "mx-letterbar", "role", "group", "aria-label", l10n.T("Letter for the selected cell")},
		elt("p", attrs{"class", "mx-where", "id", "mx-where"}, b.Where),
		el("div", attrs{"class", "mx-lbs"}, buttons...),
		elt("p", attrs{"class", "mx-keys muted"}, l10n.T(mxKeys)),
	)
}

// mxLetterWord names a letter for buttons and screen readers.
func mxLetterWord(l assessment.Letter) string {
	switch l {
	case assessment.LetterResponsible:
		return l10n.T("R, responsible")
	case assessment.LetterAccountable:
		return l10n.T("A, accountable")
	case assessment.LetterAccountableResponsible:
		return l10n.T("A/R, accountable and responsible")
	case assessment.LetterConsulted:
		return l10n.T("C, consulted")
	case assessment.LetterInformed:
		return l10n.T("I, informed")
	}
	return l10n.T("no letter")
}

// mxLetterClass is the colour class of a letter: l-r, l-a, l-ar, l-c,
// l-i, or l-none.
func mxLetterClass(l assessment.Letter) string {
	switch l {
	case assessment.LetterResponsible:
		return "l-r"
	case assessment.LetterAccountable:
		return "l-a"
	case assessment.LetterAccountableResponsible:
		return "l-ar"
	case assessment.LetterConsulted:
		return "l-c"
	case assessment.LetterInformed:
		return "l-i"
	}
	return "l-none"
}

// cursorBar is the letter bar for the cursor as it now is.
func (m *MatrixView) cursorBar(keys []assessment.CellKey) *mxLetterBar {
	bar := &mxLetterBar{View: m, Where: l10n.T("No row shown")}
	if len(keys) == 0 {
		return bar
	}
	k, col := keys[m.cursorRow(keys)], m.cursorCol()
	c, _ := assessment.ControlByID(k.Control)
	bar.Where = c.ID + " " + c.Label + " \u00b7 " + assessment.DomainLabel(k.Domain)
	if mxIsRoleCol(col) {
		r := assessment.RACIRoles[col-1]
		bar.Where += " \u00b7 " + assessment.RoleName(m.RoleNames, r)
		bar.Role = true
		bar.Letter = string(m.Matrix[k][r])
	}
	return bar
}
