package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// matrixRow is one row of the ownership matrix grid: a control in one
// domain, a cell per RACI role and the row's status.
//
// Its exported fields are deliberately small values (a test enforces it):
// go-app compares a child's exported fields to decide whether to
// re-render it, and strings compare in nanoseconds and stay equal for
// every row but the one edited or the ones the cursor leaves and enters,
// so only those touch the DOM. Never add the Matrix, a RACI map, a slice
// or a func here. (Rows come in blocks of mxBlockSize; see mxRowBlock.)
type matrixRow struct {
	app.Compo

	// ID is the open assessment's, for the link to the control's own view.
	ID string
	// Control is the Annex A number, e.g. "5.15", and Domain the row's
	// domain.
	Control string
	Domain  assessment.Domain
	// ByControl is true in the per-control view, where the rows are the
	// control's three domains and the row header names the domain.
	ByControl bool
	// RACI holds the row's letters in RACIRoles order, one byte per role:
	// "-" for none, mxARCode for A/R, e.g. "-A-R----------".
	RACI string
	// State is mxRowOK, mxRowEmpty or mxRowProblem.
	State string
	// Problems are the short problem texts, one per line.
	Problems string
	// Others is the compact status of the other two domains, e.g.
	// "IT ✓ · Shared ⚠ 1"; OthersLabel says the same in words. Empty in
	// the per-control view, which shows every domain.
	Others, OthersLabel string
	// Cursor is the column of the grid cursor when it is on this row, else
	// -1. Only the cursor's cell is in the Tab order.
	Cursor int
}

// mxBarLetters are the letters of the letter bar, in display order.
var mxBarLetters = []assessment.Letter{
	assessment.LetterNone, assessment.LetterResponsible, assessment.LetterAccountable,
	assessment.LetterAccountableResponsible, assessment.LetterConsulted, assessment.LetterInformed,
}

// Render draws the row.
func (r *matrixRow) Render() app.UI {
	cells := make([]app.UI, 0, mxCols())
	head := &mxRowHead{ID: r.ID, Control: r.Control, ByControl: r.ByControl, Cursor: r.Cursor == 0}
	if r.ByControl {
		head.Domain = r.Domain
	}
	cells = append(cells, head)
	for i := range assessment.RACIRoles {
		letter := assessment.LetterNone
		if i < len(r.RACI) {
			letter = mxCodeLetter(r.RACI[i])
		}
		cells = append(cells, &mxCell{Letter: letter, Cursor: i+1 == r.Cursor})
	}
	cells = append(cells, &mxRowStatus{State: r.State, Problems: r.Problems, Others: r.Others, OthersLabel: r.OthersLabel,
		Cursor: r.Cursor == mxCols()-1})

	id := mxRowID(assessment.CellKey{Control: r.Control, Domain: r.Domain}, r.ByControl)
	// Explicit roles: the stylesheet lays rows out as grids, which some
	// browsers take as a reason to drop the native table semantics.
	return el("tr", attrs{"role", "row", "id", id, "class", "mx-row st-" + r.State, "data-raci", r.RACI, "data-ctl", r.Control, "data-dom", string(r.Domain)}, cells...)
}

// mxCell is the cell of one role in a grid row. It is a component of its
// own, like mxRowHead: a domain switch changes every row but only some of
// its letters, and go-app leaves a cell whose letter and cursor are
// unchanged alone, so the switch builds and compares elements only for
// the cells that change.
type mxCell struct {
	app.Compo
	Letter assessment.Letter
	Cursor bool // the grid cursor is on the cell: the grid's one Tab stop
}

// Render draws the cell.
//
// An empty cell holds an empty text: the stylesheet draws a dash that
// screen readers skip (:empty ignores empty texts), so they say "blank"
// rather than "dash". Every role cell has the same shape, a class and one
// text, so that a change of letter sets an attribute and a text rather
// than adding and removing nodes. A tabindex only under the cursor (a
// click on any cell moves the cursor, which focuses it).
func (c *mxCell) Render() app.UI {
	a := attrs{"role", "gridcell", "class", mxLetterClass(c.Letter)}
	if c.Cursor {
		a = append(a, "tabindex", "0")
	}
	return elt("td", a, string(c.Letter)) // LetterNone is ""
}

// mxRowStatus is a row's last cell: its state, its problems and the other
// domains' summary. A component for the same reason as mxCell.
type mxRowStatus struct {
	app.Compo
	State, Problems     string // as matrixRow's
	Others, OthersLabel string
	Cursor              bool
}

// Render draws the status cell.
func (s *mxRowStatus) Render() app.UI {
	a := attrs{"role", "gridcell", "class", "mx-status"}
	if s.Cursor {
		a = append(a, "tabindex", "0")
	}
	return el("td", a,
		s.renderState(),
		app.If(s.Others != "", func() app.UI {
			return el("p", attrs{"class", "mx-others"},
				elt("span", attrs{"aria-hidden", "true"}, s.Others),
				elt("span", attrs{"class", "visually-hidden"}, s.OthersLabel),
			)
		}),
	)
}

// mxRowHead is a row's header cell: the control (a link to its own view)
// with its plant-floor relevance, or in the per-control view the domain.
// It is a component of its own because a domain switch changes every
// row's letters but none of the list's headers: go-app leaves a child
// whose fields are unchanged alone, which spares a fifth of the elements
// a switch would rebuild.
type mxRowHead struct {
	app.Compo
	ID, Control string            // as matrixRow's
	Domain      assessment.Domain // the row's, in the per-control view only
	ByControl   bool
	Cursor      bool // the grid cursor is on the header
}

// Render draws the header cell.
func (h *mxRowHead) Render() app.UI {
	a := attrs{"scope", "row", "role", "rowheader", "class", "mx-ctl"}
	if h.Cursor {
		a = append(a, "tabindex", "0")
	}
	if h.ByControl {
		return elt("th", a, assessment.DomainLabel(h.Domain))
	}
	c, _ := assessment.ControlByID(h.Control)
	// The theme and a medium or low relevance are left to the filters and
	// the control's own view: rows of two lines keep a dozen rows on a
	// projected screen. A high relevance is marked, because an empty
	// plant-floor row is then a problem.
	return el("th", a,
		el("a", attrs{"class", "mx-ctl-name", "href", Route{ID: h.ID, View: ViewMatrix, Control: c.ID}.Fragment(), "tabindex", "-1"},
			elt("span", attrs{"class", "mx-id"}, c.ID),
			elt("span", attrs{"class", "mx-label"}, c.Label),
		),
		app.If(c.Relevance == assessment.RelevanceHigh, func() app.UI {
			return elt("span", attrs{"class", "mx-rel rel-high", "title", l10n.T("High relevance on the plant floor")}, l10n.T("OT: high"))
		}),
	)
}

func (s *mxRowStatus) renderState() app.UI {
	switch s.State {
	case mxRowProblem:
		lines := strings.Split(s.Problems, "\n")
		items := make([]app.UI, len(lines))
		for i, l := range lines {
			items[i] = elh("li", nil, txt("\u26A0\u00a0"+l))
		}
		return el("ul", attrs{"class", "mx-problems"}, items...)
	case mxRowEmpty:
		return elt("p", attrs{"class", "mx-state mx-empty"}, "\u2013 "+l10n.T("Not assigned"))
	}
	return elt("p", attrs{"class", "mx-state mx-ok"}, "\u2713 OK")
}
