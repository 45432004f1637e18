package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// mxBlockSize is the number of rows per mxRowBlock. Even, so that zebra
// stripes (nth-child per tbody) run on across blocks.
const mxBlockSize = 16

// mxRowBlock is a tbody of up to mxBlockSize rows.
//
// Why blocks: on every change MatrixView re-renders, and go-app compares
// each child component's exported fields, boxing every field into an
// interface before comparing it. Six blocks are six comparisons of a short
// slice, and only the block holding the edited row re-renders its (at most
// 16) rows, of which only the edited one touches the DOM.
type mxRowBlock struct {
	app.Compo
	Rows []mxRowData
}

// mxRowData is what one matrixRow shows; see matrixRow for the fields.
type mxRowData struct {
	ID, Control         string
	Domain              assessment.Domain
	ByControl           bool
	RACI, State         string
	Problems            string
	Others, OthersLabel string
	Cursor              int
}

// Render draws the rows of the block.
func (b *mxRowBlock) Render() app.UI {
	rows := make([]app.UI, len(b.Rows))
	for i := range b.Rows {
		d := &b.Rows[i]
		rows[i] = &matrixRow{
			ID: d.ID, Control: d.Control, Domain: d.Domain, ByControl: d.ByControl, RACI: d.RACI, State: d.State,
			Problems: d.Problems, Others: d.Others, OthersLabel: d.OthersLabel, Cursor: d.Cursor,
		}
	}
	return el("tbody", attrs{"role", "rowgroup"}, rows...)
}
