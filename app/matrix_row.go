package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// matrixRow is one table row of the ownership matrix: a control in the
// chosen domain, ten role selects and the row's status.
//
// Its exported fields are deliberately small strings and the Env pointer
// (a test enforces it): go-app compares a child's exported fields to
// decide whether to re-render it, and strings compare in nanoseconds and
// stay equal for every row but the one edited, so only that row touches
// the DOM. Never add the Matrix, a RACI map, a slice or a func here. (Rows
// come in blocks of mxBlockSize; see mxRowBlock.)
type matrixRow struct {
	app.Compo
	Env *Env

	// Control is the Annex A number, e.g. "5.15".
	Control string
	// Domain is the domain shown.
	Domain assessment.Domain
	// RACI holds the row's letters in RACIRoles order, one byte per role:
	// "-" for none, mxARCode for A/R, e.g. "-A-R----------".
	RACI string
	// State is mxRowOK, mxRowEmpty or mxRowProblem.
	State string
	// Problems are the short problem texts, one per line.
	Problems string
	// Others is the compact status of the other two domains, e.g.
	// "IT ✓ · Shared ⚠ 1"; OthersLabel says the same in words.
	Others, OthersLabel string
	// Next is the control of the next row shown, "" for the last row.
	Next string
}

// mxNoLetter is the option value of "no letter": go-app drops empty
// attribute values, and an option without a value would report its text.
const mxNoLetter = "-"

// mxOptions are the choices of every select, in display order.
var mxOptions = []struct{ value, text string }{
	{mxNoLetter, "\u2013"},
	{"R", "R"},
	{"A", "A"},
	{"A/R", "A/R"},
	{"C", "C"},
	{"I", "I"},
}

// Render draws the row. The header cell and the ten role cells are
// components of their own: when one letter changes, only that cell's select
// is rebuilt, not the row's ten selects with their fifty options.
func (r *matrixRow) Render() app.UI {
	cells := make([]app.UI, 0, len(assessment.RACIRoles)+2)
	cells = append(cells, &mxRowHead{Control: r.Control, Next: r.Next})
	for i, role := range assessment.RACIRoles {
		letter := mxNoLetter
		if i < len(r.RACI) {
			letter = mxCodeLetter(r.RACI[i])
		}
		cells = append(cells, &mxCell{Env: r.Env, Control: r.Control, Domain: r.Domain, Role: role, Letter: letter})
	}
	cells = append(cells, el("td", attrs{"role", "cell", "class", "mx-status"},
		r.renderState(),
		el("p", attrs{"class", "mx-others"},
			elt("span", attrs{"aria-hidden", "true"}, r.Others),
			elt("span", attrs{"class", "visually-hidden"}, r.OthersLabel),
		),
	))

	// Explicit roles: the stylesheet lays rows out as grids, which some
	// browsers take as a reason to drop the native table semantics.
	return el("tr", attrs{"role", "row", "id", "mx-row-" + r.Control, "class", "mx-row" + " " + "st-" + r.State, "data-raci", r.RACI}, cells...)
}

func (r *matrixRow) renderState() app.UI {
	switch r.State {
	case mxRowProblem:
		lines := strings.Split(r.Problems, "\n")
		items := make([]app.UI, len(lines))
		for i, l := range lines {
			items[i] = elh("li", nil, txt("\u26A0\u00a0"+l))
		}
		return el("ul", attrs{"class", "mx-problems"}, items...)
	case mxRowEmpty:
		return elt("p", attrs{"class", "mx-state mx-empty"}, "\u2013 Not assigned")
	}
	return elt("p", attrs{"class", "mx-state mx-ok"}, "\u2713 OK")
}

// mxRowHead is the row header cell: the control, its theme, its
// plant-floor relevance (with the reason behind a disclosure, readable by
// keyboard, touch and screen reader alike) and the skip button.
type mxRowHead struct {
	app.Compo
	Control string
	Next    string // the control of the next row shown, "" for the last
}

// Render draws the header cell.
func (h *mxRowHead) Render() app.UI {
	c, _ := assessment.ControlByID(h.Control)
	rel := mxRelevanceWord(c.Relevance)
	return el("th", attrs{"scope", "row", "role", "rowheader", "class", "mx-ctl"},
		elh("button", attrs{"type", "button", "class", "mx-skip", "id", "mx-skip-" + h.Control}, txt("Skip to next control")).OnClick(h.onSkip),
		el("span", attrs{"class", "mx-ctl-name"},
			elt("span", attrs{"class", "mx-id"}, c.ID),
			elt("span", attrs{"class", "mx-label"}, c.Label),
		),
		el("div", attrs{"class", "mx-meta"},
			elt("span", attrs{"class", "mx-theme"}, string(c.Theme)),
			el("details", attrs{"class", "mx-note rel-" + rel},
				elt("summary", nil, "OT: "+rel),
				elt("p", nil, c.OTNote),
			),
		),
	)
}

// onSkip moves the focus past this row's ten selects, to the next row's
// skip button (so that pressing it again keeps hopping), or to the end of
// the table.
func (h *mxRowHead) onSkip(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if h.Next == "" {
		mxFocus("mx-end")
		return
	}
	mxFocus("mx-skip-" + h.Next)
}

// mxCell is one role's select in one row.
type mxCell struct {
	app.Compo
	Env     *Env
	Control string
	Domain  assessment.Domain
	Role    assessment.Role
	Letter  string // option value: R, A, A/R, C, I or mxNoLetter
}

// Render draws the select, named "5.15 Access rules, Plant OT, OT lead"
// for screen readers.
func (c *mxCell) Render() app.UI {
	ctl, _ := assessment.ControlByID(c.Control)
	opts := make([]app.UI, len(mxOptions))
	for j, o := range mxOptions {
		opts[j] = elh("option", attrs{"value", o.value, "selected", strconv.FormatBool(o.value == c.Letter)}, txt(o.text))
	}
	return el("td", attrs{"role", "cell", "class", "mx-cell"},
		elh("select", attrs{"class", "mx-sel" + " " + "l-" + strings.ToLower(strings.ReplaceAll(strings.Trim(c.Letter, mxNoLetter), "/", "")), "aria-label", ctl.ID + " " + ctl.Label + ", " + assessment.DomainLabel(c.Domain) + ", " + assessment.RoleLabel(c.Role)}, opts...).
			OnChange(c.onChange),
	)
}

func (c *mxCell) onChange(ctx app.Context, e app.Event) {
	c.change(ctx, ctx.JSSrc().Get("value").String())
}

// change sets the new letter of this cell in the open assessment.
func (c *mxCell) change(ctx app.Context, value string) {
	_ = c.Env.SetLetter(assessment.CellKey{Control: c.Control, Domain: c.Domain}, c.Role, mxParseLetter(value))
}

// mxParseLetter maps an option value to a letter; anything unknown is none.
func mxParseLetter(v string) assessment.Letter {
	for _, l := range assessment.Letters {
		if string(l) == v {
			return l
		}
	}
	return assessment.LetterNone
}
