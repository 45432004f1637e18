package app

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// MatrixView is the control ownership matrix: one row per Annex A control
// for the chosen domain, one select per RACI role, the problems of each row,
// filters, and the ownership-model presets.
//
// Speed matters here: with all 93 rows (930 selects) on screen a change
// must show within a frame. So:
//   - the per-row results (the row's letters as a compact string, its
//     problem text, the other domains' summary) are derived in
//     OnInit/OnUpdate, only for rows whose letters changed, never in Render;
//   - the rows are components with small string fields, grouped in blocks
//     (mxRowBlock), so that go-app's comparison of the children is cheap
//     and only the edited row, and in it only the edited cell (mxCell), is
//     rebuilt;
//   - the parts that rarely change (intro, table head, model cards, filter
//     bar, domain bar items) are components with value fields, skipped when
//     unchanged;
//   - the stylesheet lets the browser skip rows out of view
//     (content-visibility), contains the layout of a changed cell and keeps
//     row heights steady, so an edit repaints one row.
//
// The e2e TestMatrixLatency measures it; BenchmarkMatrixCellChange guards
// the Go side.
type MatrixView struct {
	app.Compo
	Env *Env

	// Control is the control shown on its own, with its three domains; ""
	// shows the list of every control in one domain.
	Control string

	// Matrix is the open assessment's matrix; the session replaces it
	// (copy on write) on every change.
	Matrix assessment.Matrix
	// Model is the ID of the last ownership model applied, if any.
	Model string
	// Undo describes the matrix change the undo button takes back; ""
	// when there is none.
	Undo string
	// Profile and RoleNames are the open assessment's: the checks depend
	// on the profile (GMP, safety-critical), and problems name roles by
	// the organisation's own titles.
	Profile   assessment.Profile
	RoleNames map[assessment.Role]string
	// Holders is the role register, for the checks of segregation of
	// duties by person.
	Holders map[assessment.Role]assessment.Holder
	// RowConsensus is a consensus's record of its matrix rows: the
	// control's own view asks why a row was changed after the consensus
	// was stored. Nil for a respondent's own assessment.
	RowConsensus map[assessment.CellKey]assessment.RowAgreement

	domain assessment.Domain
	cursor mxCursor
	filter mxFilter
	// flagged are the controls that had problems in the shown domain when
	// "only rows with problems" was switched on. The filter shows these
	// rather than the live state, so that a row the user just fixed stays
	// on screen (with its ✓) instead of vanishing from under the focus.
	flagged []bool

	cells  [][3]matrixCell // by index in assessment.Controls(), then domain
	counts [3]mxCount      // by index in assessment.Domains
	// checked is the checker the cells were last checked with; when the
	// profile or the role names change, every row is checked again.
	checked assessment.Checker

	// ctx is the view's own context, from OnMount: focusCursor defers the
	// focus on it, because a handler's context belongs to the element that
	// got the event, which a change between the list and one control's
	// view replaces (and go-app drops deferred calls of a replaced
	// element). Zero in native tests, where nothing is mounted.
	ctx     app.Context
	mounted bool

	presetsOpen bool
	choice      string // model picked in the presets panel
	overwrite   bool   // false keeps the rows already filled (the default)
	choiceError string
	preview     *mxPreview
}

// matrixCell is what the view knows about one row of the matrix.
type matrixCell struct {
	raci     string          // letters in RACIRoles order, "-" for none
	state    string          // mxRowOK, mxRowEmpty or mxRowProblem
	problems string          // short problem texts, one per line
	count    int             // number of problems
	oneA     bool            // exactly one accountable role
	src      assessment.RACI // the row map last checked
	// others and othersLabel sum up the control's two other domains, for
	// when this domain is shown.
	others, othersLabel string
}

// mxCount sums up one domain.
type mxCount struct {
	Decided  int // rows with at least one letter
	OneA     int // rows with exactly one A
	Problems int // rows with at least one problem
}

// mxFilter is what the filter bar asks for.
type mxFilter struct {
	Theme        string // "" or an assessment.Theme
	Relevance    string // "", mxRelHigh or mxRelMedium
	OnlyProblems bool
}

// mxPreview is what applying a model would change.
type mxPreview struct {
	model     string
	overwrite bool
	rows      int      // rows that would change
	kept      int      // filled rows left alone because of "keep"
	lines     []string // the first mxMaxPreviewLines changes, readable
}

// Row states of matrixCell.state and matrixRow.State.
const (
	mxRowOK      = "ok"      // letters given, nothing wrong
	mxRowEmpty   = "empty"   // nothing given, and nothing required
	mxRowProblem = "problem" // at least one problem
)

// Relevance filter values.
const (
	mxRelHigh   = "high"
	mxRelMedium = "medium" // medium and high
)

// mxMaxPreviewLines bounds the preset preview list: a full preset touches up
// to 279 rows, more than anyone reads in a workshop.
const mxMaxPreviewLines = 50

// OnInit derives the rows before the first render. (OnMount only runs in
// the browser; OnInit also runs in native tests.)
func (m *MatrixView) OnInit() {
	if m.domain == "" {
		// The plant-floor rows are where ownership is usually missing.
		m.domain = assessment.DomainOT
	}
	m.choice = m.Model
	m.presetsOpen = len(m.Matrix) == 0
	m.refresh()
}

// OnMount keeps the view's context; see the ctx field.
func (m *MatrixView) OnMount(ctx app.Context) { m.ctx, m.mounted = ctx, true }

// OnDismount forgets it.
func (m *MatrixView) OnDismount() { m.ctx, m.mounted = app.Context{}, false }

// OnUpdate re-derives the rows whose letters changed.
func (m *MatrixView) OnUpdate(ctx app.Context) {
	m.refresh()
	if m.preview != nil {
		m.preview = mxBuildPreview(m.Matrix, m.Profile, m.preview.model, m.preview.overwrite)
	}
}

// refresh brings cells and counts up to date with Matrix. CheckRow runs
// only for rows whose letters differ from the last refresh.
func (m *MatrixView) refresh() {
	controls := assessment.Controls()
	ch := assessment.Checker{Profile: m.Profile, Names: m.RoleNames, Holders: m.Holders}
	if len(m.cells) != len(controls) || !reflect.DeepEqual(ch, m.checked) {
		m.cells = make([][3]matrixCell, len(controls))
		m.checked = ch
	}
	var buf [16]byte
	for i, c := range controls {
		changed := false
		for di, d := range assessment.Domains {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			row := m.Matrix[k]
			cell := &m.cells[i][di]
			// Root changes the matrix copy-on-write (assessment.SetLetter,
			// ApplyPreset): a row that is the very same map as last time
			// is unchanged. The cell keeps the map alive, so its address
			// cannot be reused by a new row.
			if cell.state != "" && mxSameMap(cell.src, row) {
				continue
			}
			raci := mxRACIBytes(buf[:0], row)
			if cell.state == "" || string(raci) != cell.raci { // no allocation
				*cell = mxCheckCell(ch, k, row, c, string(raci))
				changed = true
			}
			cell.src = row
		}
		if changed {
			for di := range assessment.Domains {
				m.cells[i][di].others, m.cells[i][di].othersLabel = mxOthers(m.cells[i], di)
			}
		}
	}
	m.counts = [3]mxCount{}
	for i := range m.cells {
		for di := range assessment.Domains {
			cell := &m.cells[i][di]
			if strings.Trim(cell.raci, "-") != "" {
				m.counts[di].Decided++
			}
			if cell.oneA {
				m.counts[di].OneA++
			}
			if cell.count > 0 {
				m.counts[di].Problems++
			}
		}
	}
}

// mxSameMap reports whether a and b are the same map (not merely equal).
// Two nil maps are the same.
func mxSameMap(a, b assessment.RACI) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

// mxRACIBytes appends the row's letters in RACIRoles order to buf, one
// byte per role: "-" for none, mxARCode for A/R, else the letter.
func mxRACIBytes(buf []byte, row assessment.RACI) []byte {
	for _, r := range assessment.RACIRoles {
		switch l := row[r]; l {
		case assessment.LetterNone:
			buf = append(buf, '-')
		case assessment.LetterAccountableResponsible:
			buf = append(buf, mxARCode)
		default:
			buf = append(buf, l...)
		}
	}
	return buf
}

// mxARCode stands for A/R in the one-byte-per-role form of a row (the
// row's data-raci attribute), which indexes roles by position.
const mxARCode = 'X'

// mxCodeLetter is the letter of code b of that form, the inverse of
// mxRACIBytes; an unknown code is none.
func mxCodeLetter(b byte) assessment.Letter {
	switch b {
	case mxARCode:
		return assessment.LetterAccountableResponsible
	case 'R', 'A', 'C', 'I':
		return assessment.Letter(b)
	}
	return assessment.LetterNone
}

// mxCheckCell checks one row and turns the problems into short texts.
func mxCheckCell(ch assessment.Checker, k assessment.CellKey, row assessment.RACI, c assessment.Control, raci string) matrixCell {
	cell := matrixCell{raci: raci, state: mxRowOK}
	accountable := strings.Count(raci, "A") + strings.Count(raci, string(rune(mxARCode)))
	cell.oneA = accountable == 1
	probs := ch.Row(k, row, c)
	switch {
	case len(probs) > 0:
		cell.state = mxRowProblem
		lines := make([]string, len(probs))
		for i, p := range probs {
			lines[i] = mxProblemShort(p, raci)
		}
		cell.problems = strings.Join(lines, "\n")
		cell.count = len(probs)
	case strings.Trim(raci, "-") == "":
		cell.state = mxRowEmpty
	}
	return cell
}

// mxProblemShort is the short form of a problem shown in the status cell; the
// legend above the table explains each kind in full.
func mxProblemShort(p assessment.Problem, raci string) string {
	switch p.Kind {
	case assessment.ProblemUnassigned:
		return l10n.T("Nobody assigned")
	case assessment.ProblemNoAccountable:
		return l10n.T("No A: nobody answers for it")
	case assessment.ProblemSeveralAccountable:
		var names []string
		for i, r := range assessment.RACIRoles {
			if i < len(raci) && (raci[i] == 'A' || raci[i] == mxARCode) {
				names = append(names, mxRoleShort(r))
			}
		}
		return l10n.F("Several A: %s", strings.Join(names, ", "))
	case assessment.ProblemNoResponsible:
		if p.Key.Domain == assessment.DomainOT {
			return l10n.T("No R on the plant floor")
		}
		return l10n.T("No R: nobody does the work")
	case assessment.ProblemSharedNoOwner:
		return l10n.T("No A or R: nobody owns it")
	case assessment.ProblemCannotAct, assessment.ProblemVendorOwns, assessment.ProblemDutiesNotSeparated, assessment.ProblemSamePerson,
		assessment.ProblemQualityNotConsulted, assessment.ProblemSafetyNotConsulted,
		assessment.ProblemDPOAccountable, assessment.ProblemManagementNotAccountable,
		assessment.ProblemReviewNotIndependent, assessment.ProblemNoAuthorityToStop:
		return p.Kind.Title()
	case assessment.ProblemSharedSideMissing:
		if len(p.Roles) == 1 {
			return l10n.F("Shared row without %s", mxRoleShort(p.Roles[0]))
		}
		return l10n.T("Shared row without IT and OT leads")
	}
	return p.Message
}

// mxRoleShort is a short role name for column headers and change lists; the
// full RoleLabel is kept for accessible names. In the page's language, in
// at most about eleven characters, which the column heads show whole.
func mxRoleShort(r assessment.Role) string {
	switch r {
	case assessment.RoleExecutive:
		return l10n.T("Executive")
	case assessment.RoleISMSOwner:
		return l10n.T("ISMS owner")
	case assessment.RoleIT:
		return l10n.T("IT lead")
	case assessment.RoleOT:
		return l10n.T("OT lead")
	case assessment.RoleQuality:
		return l10n.T("Quality")
	case assessment.RoleEHS:
		return "EHS"
	case assessment.RoleLegal:
		return l10n.T("Legal")
	case assessment.RoleHR:
		return l10n.X("short role", "HR")
	case assessment.RoleProcurement:
		return l10n.T("Procurement")
	case assessment.RoleOperations:
		return l10n.T("Plant ops")
	case assessment.RoleSite:
		return l10n.T("Site director")
	case assessment.RoleMaintenance:
		return l10n.T("Maintenance")
	case assessment.RoleDPO:
		return l10n.T("DPO")
	case assessment.RoleIntegrator:
		return l10n.T("Integrator")
	}
	return assessment.RoleLabel(r)
}

// mxDomainShort is the short domain name used in the cross-domain summary.
func mxDomainShort(d assessment.Domain) string {
	switch d {
	case assessment.DomainIT:
		return "IT"
	case assessment.DomainOT:
		return "OT"
	case assessment.DomainShared:
		return l10n.T("Shared")
	}
	return string(d)
}

// mxRelevanceWord is the plant-floor relevance in one English word, for
// class names; l10n.T of it is the word shown.
func mxRelevanceWord(r assessment.Relevance) string {
	switch r {
	case assessment.RelevanceHigh:
		return l10n.M("high")
	case assessment.RelevanceMedium:
		return l10n.M("medium")
	}
	return l10n.M("low")
}

func mxDomainIdx(d assessment.Domain) int {
	if i := slices.Index(assessment.Domains, d); i >= 0 {
		return i
	}
	return 0
}

// visible reports whether control i passes the filters in the current
// domain.
func (m *MatrixView) visible(i int, c assessment.Control) bool {
	f := m.filter
	if f.Theme != "" && string(c.Theme) != f.Theme {
		return false
	}
	switch f.Relevance {
	case mxRelHigh:
		if c.Relevance < assessment.RelevanceHigh {
			return false
		}
	case mxRelMedium:
		if c.Relevance < assessment.RelevanceMedium {
			return false
		}
	}
	if f.OnlyProblems && (i >= len(m.flagged) || !m.flagged[i]) {
		return false
	}
	return true
}

// mxOthers is the status of a control in the two domains other than
// Domains[shown], as compact visible text and as a sentence for screen
// readers.
func mxOthers(cells [3]matrixCell, shown int) (text, label string) {
	var vis, aria []string
	for di, d := range assessment.Domains {
		if di == shown {
			continue
		}
		cell := cells[di]
		switch cell.state {
		case mxRowProblem:
			vis = append(vis, fmt.Sprintf("%s \u26A0\u00a0%d", mxDomainShort(d), cell.count))
			aria = append(aria, assessment.DomainLabel(d)+": "+l10n.N(cell.count, "%d problem", "%d problems"))
		case mxRowEmpty:
			vis = append(vis, mxDomainShort(d)+" \u2013")
			aria = append(aria, assessment.DomainLabel(d)+": "+l10n.T("not assigned"))
		default:
			vis = append(vis, mxDomainShort(d)+" \u2713")
			aria = append(aria, assessment.DomainLabel(d)+": OK")
		}
	}
	return strings.Join(vis, " \u00b7 "), l10n.F("Other domains: %s.", strings.Join(aria, "; "))
}

// Render draws the view. The rows' results are precomputed; Render only
// picks the rows shown and hands them to the row blocks.
func (m *MatrixView) Render() app.UI {
	keys := m.rowKeys()
	if m.Control != "" {
		return m.renderControl(keys)
	}
	return el("div", attrs{"class", "mx-view"},
		elt("h1", nil, l10n.T("Ownership matrix")),
		&mxIntro{Model: m.Model, Shared: assessment.SharedComponents(m.Profile)},
		&mxRoleNames{Env: m.Env, Own: mxOwnNames(m.RoleNames)},
		m.renderPresets(),
		el("section", attrs{"class", "mx-grid", "aria-labelledby", "mx-grid-title"},
			elt("h2", attrs{"id", "mx-grid-title"}, l10n.T("Who does what, control by control")),
			&mxDomainBar{View: m, Domain: m.domain, Counts: m.counts},
			&mxFilterBar{View: m, Filter: m.filter, Shown: len(keys)},
			m.undoButton(),
			m.cursorBar(keys),
			m.renderGrid(keys, l10n.F("Ownership of each control in %s", assessment.DomainLabel(m.domain))),
			app.If(len(keys) == 0, func() app.UI {
				return elt("p", attrs{"class", "mx-none"}, l10n.T("No control matches these filters."))
			}),
		),
	)
}

// renderGrid draws the table of the rows keys, in blocks.
func (m *MatrixView) renderGrid(keys []assessment.CellKey, caption string) app.UI {
	cur, col := m.cursorRow(keys), m.cursorCol()
	id := m.Env.Current().ID
	blocks := make([]app.UI, 0, (len(keys)+mxBlockSize-1)/mxBlockSize)
	for start := 0; start < len(keys); start += mxBlockSize {
		rows := make([]mxRowData, 0, mxBlockSize)
		for n := start; n < len(keys) && n < start+mxBlockSize; n++ {
			k := keys[n]
			i, di := assessment.ControlIndex(k.Control), mxDomainIdx(k.Domain)
			cell := &m.cells[i][di]
			d := mxRowData{ID: id, Control: k.Control, Domain: k.Domain, ByControl: m.Control != "",
				RACI: cell.raci, State: cell.state, Problems: cell.problems, Cursor: -1}
			if m.Control == "" {
				d.Others, d.OthersLabel = cell.others, cell.othersLabel
			}
			if n == cur {
				d.Cursor = col
			}
			rows = append(rows, d)
		}
		blocks = append(blocks, &mxRowBlock{Rows: rows})
	}
	return el("div", attrs{"class", "mx-scroll", "role", "region", "aria-labelledby", "mx-caption"},
		// Explicit roles: see matrixRow.Render.
		elh("table", attrs{"role", "grid", "class", "mx-table", "aria-labelledby", "mx-caption", "aria-describedby", "mx-where"},
			elt("caption", attrs{"id", "mx-caption", "class", "visually-hidden"}, caption),
			&mxTableHead{Names: mxHeadNames(m.RoleNames), ByControl: m.Control != ""},
			app.Range(blocks).Slice(func(i int) app.UI { return blocks[i] }),
		).On("keydown", m.onGridKey).OnClick(m.onGridClick),
	)
}

// Handlers. The domain bar, the filter bar and the model cards are child
// components; they call these methods of the view that owns the state.

func (m *MatrixView) setDomain(d assessment.Domain) {
	if slices.Contains(assessment.Domains, d) {
		m.domain = d
		m.flag()
	}
}

// flag takes the snapshot of the rows with problems that the "only rows
// with problems" filter shows.
func (m *MatrixView) flag() {
	m.flagged = make([]bool, len(m.cells))
	di := mxDomainIdx(m.domain)
	for i := range m.cells {
		m.flagged[i] = m.cells[i][di].count > 0
	}
}

// setFilter takes a new filter, dropping values it does not know.
func (m *MatrixView) setFilter(f mxFilter) {
	if !slices.Contains(assessment.Themes, assessment.Theme(f.Theme)) {
		f.Theme = ""
	}
	if f.Relevance != mxRelHigh && f.Relevance != mxRelMedium {
		f.Relevance = ""
	}
	if f.OnlyProblems && !m.filter.OnlyProblems {
		m.flag()
	}
	m.filter = f
}

// mxFocus moves the keyboard focus to the element with the given id.
func mxFocus(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// mxClassIf returns class when on, else "" (which go-app leaves out).
func mxClassIf(on bool, class string) string {
	if on {
		return class
	}
	return ""
}

// undoButton takes back the last matrix change made in this window (a
// letter or a model applied), saying which.
//
// The paragraph is always there, empty when there is nothing to undo: an
// element that comes and goes before the table would shift the table's
// place among its siblings, and go-app would then build all its rows
// anew on the first edit.
func (m *MatrixView) undoButton() app.UI {
	return el("p", attrs{"class", "mx-undo"},
		app.If(m.Undo != "", func() app.UI {
			return elh("button", attrs{"type", "button", "class", "secondary btn-sm", "id", "mx-undo"}, txt(l10n.F("Undo: %s", m.Undo))).
				OnClick(func(ctx app.Context, e app.Event) { _ = m.Env.UndoMatrix() })
		}),
	)
}
