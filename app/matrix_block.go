package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// mxBlockSize is the number of rows per mxRowBlock. Even, so that zebra
// stripes (nth-child per tbody) run on across blocks.
const mxBlockSize = 16

// mxRowData is what one matrixRow shows; see matrixRow for the fields.
type mxRowData struct {
	Control, RACI, State, Problems, Others, OthersLabel, Next string
}

// mxRowBlock is a tbody of up to mxBlockSize rows.
//
// Why blocks: on every change MatrixView re-renders, and go-app compares
// each child component's exported fields, boxing every field into an
// interface before comparing it. Six blocks are six comparisons of a short
// slice, and only the block holding the edited row re-renders its (at most
// 16) rows, of which only the edited one touches the DOM.
type mxRowBlock struct {
	app.Compo
	Env    *Env
	Domain assessment.Domain
	Rows   []mxRowData
}

// Render draws the rows of the block.
func (b *mxRowBlock) Render() app.UI {
	rows := make([]app.UI, len(b.Rows))
	for i, d := range b.Rows {
		rows[i] = &matrixRow{
			Env: b.Env, Control: d.Control, Domain: b.Domain, RACI: d.RACI, State: d.State,
			Problems: d.Problems, Others: d.Others, OthersLabel: d.OthersLabel, Next: d.Next,
		}
	}
	return el("tbody", attrs{"role", "rowgroup"}, rows...)
}
