package app

import (
	"strings"

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

// Separators of the packed form of a block's rows. The texts are our own
// and never contain control characters.
const (
	mxRowSep   = "\x1e"
	mxFieldSep = "\x1f"
)

// mxPackRow appends the packed form of d to b.
func mxPackRow(b *strings.Builder, d mxRowData) {
	if b.Len() > 0 {
		b.WriteString(mxRowSep)
	}
	for i, f := range [...]string{d.Control, d.RACI, d.State, d.Problems, d.Others, d.OthersLabel, d.Next} {
		if i > 0 {
			b.WriteString(mxFieldSep)
		}
		b.WriteString(f)
	}
}

// mxUnpackRows is the inverse of mxPackRow over a whole block.
func mxUnpackRows(s string) []mxRowData {
	if s == "" {
		return nil
	}
	rows := strings.Split(s, mxRowSep)
	out := make([]mxRowData, len(rows))
	for i, r := range rows {
		var f [7]string
		for j := range f {
			var ok bool
			if f[j], r, ok = strings.Cut(r, mxFieldSep); !ok {
				break
			}
		}
		out[i] = mxRowData{Control: f[0], RACI: f[1], State: f[2], Problems: f[3], Others: f[4], OthersLabel: f[5], Next: f[6]}
	}
	return out
}

// mxRowBlock is a tbody of up to mxBlockSize rows.
//
// Why blocks, and why one packed string: on every change MatrixView
// re-renders, and go-app compares each child component's exported fields,
// boxing every field into an interface (an allocation, and a copy of the
// whole value) before comparing it. 93 row components of eight fields cost
// about 750 allocations per edit. Six blocks whose rows travel as one
// string cost six small allocations and six string comparisons, and only
// the block holding the edited row re-renders its (at most 16) rows, of
// which only the edited one touches the DOM.
type mxRowBlock struct {
	app.Compo
	Domain assessment.Domain
	// Rows are the block's rows packed by mxPackRow.
	Rows string
}

// Render draws the rows of the block.
func (b *mxRowBlock) Render() app.UI {
	data := mxUnpackRows(b.Rows)
	rows := make([]app.UI, len(data))
	for i, d := range data {
		rows[i] = &matrixRow{
			Control: d.Control, Domain: b.Domain, RACI: d.RACI, State: d.State,
			Problems: d.Problems, Others: d.Others, OthersLabel: d.OthersLabel, Next: d.Next,
		}
	}
	return el("tbody", attrs{"role", "rowgroup"}, rows...)
}
