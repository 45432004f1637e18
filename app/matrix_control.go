package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// changedRows asks, for a consensus, why each of keys changed after the
// consensus was stored was changed, beside what it held then; nil when
// none was.
func (m *MatrixView) changedRows(keys []assessment.CellKey) app.UI {
	var changed []assessment.CellKey
	for _, k := range keys {
		if _, ok := m.RowConsensus[k].ChangedFrom(m.Matrix[k]); ok {
			changed = append(changed, k)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	return el("div", attrs{"class", "notice notice-warn mx-changed", "id", "mx-changed"},
		app.Range(changed).Slice(func(i int) app.UI {
			k := changed[i]
			ag := m.RowConsensus[k]
			from, _ := ag.ChangedFrom(m.Matrix[k])
			held := l10n.T("an empty row")
			if len(from) > 0 {
				held = cmpRowLetters(from)
			}
			id := "mx-change-reason-" + string(k.Domain)
			return el("div", attrs{"class", "field"},
				elt("p", nil, l10n.F("%s: %s; when the consensus was stored the row held %s.", assessment.DomainLabel(k.Domain), consensusChangedOn(ag.ChangedOn), held)),
				elt("label", attrs{"for", id}, l10n.T("Why was it changed after the consensus was stored?")),
				elh("textarea", attrs{"id", id, "rows", "2", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", ag.ChangeReason}).
					OnInput(func(ctx app.Context, e app.Event) {
						_ = m.Env.SetRowChangeReason(k, ctx.JSSrc().Get("value").String())
					}, app.EventScope(k.Control, k.Domain)),
			)
		}),
	)
}

// renderControl draws one control on its own: its rows in Corporate IT,
// Plant OT and Shared infrastructure side by side, as a workshop walks
// through a control ("who patches the historian, who the DMZ, who the
// office laptops?"). keys are the three rows.
func (m *MatrixView) renderControl(keys []assessment.CellKey) app.UI {
	c, _ := assessment.ControlByID(m.Control)
	id := m.Env.Current().ID
	controls := assessment.Controls()
	i := assessment.ControlIndex(c.ID)
	var prev, next app.UI
	if i > 0 {
		p := controls[i-1]
		prev = elt("a", attrs{"class", "mx-prev", "href", Route{ID: id, View: ViewMatrix, Control: p.ID}.Fragment()}, "\u2190 "+p.ID+" "+p.Label)
	}
	if i >= 0 && i+1 < len(controls) {
		n := controls[i+1]
		next = elt("a", attrs{"class", "mx-next", "href", Route{ID: id, View: ViewMatrix, Control: n.ID}.Fragment()}, n.ID+" "+n.Label+" \u2192")
	}
	return el("div", attrs{"class", "mx-view mx-one"},
		el("p", attrs{"class", "mx-back"},
			elt("a", attrs{"href", Route{ID: id, View: ViewMatrix}.Fragment(), "id", "mx-back"}, "\u2190 "+l10n.T("All controls")),
		),
		elt("h1", attrs{"id", "mx-one-title"}, c.ID+" "+c.Label),
		el("p", attrs{"class", "mx-one-meta"},
			elt("span", attrs{"class", "mx-theme"}, c.Theme.ControlLabel()),
			elt("span", attrs{"class", "mx-rel rel-" + mxRelevanceWord(c.Relevance)}, l10n.F("Plant-floor relevance: %s", l10n.T(mxRelevanceWord(c.Relevance)))),
		),
		elt("p", attrs{"class", "mx-one-note"}, c.OTNote),
		el("nav", attrs{"class", "mx-one-nav", "aria-label", l10n.T("Other controls")}, app.If(prev != nil, func() app.UI { return prev }), app.If(next != nil, func() app.UI { return next })),
		el("section", attrs{"class", "mx-grid", "aria-labelledby", "mx-one-title"},
			m.undoButton(),
			m.cursorBar(keys),
			m.renderGrid(keys, l10n.F("Ownership of %s in each domain", c.ID+" "+c.Label)),
		),
		m.changedRows(keys),
		el("details", attrs{"class", "mx-legend"},
			elt("summary", nil, l10n.T("What the warnings mean")),
			el("dl", nil, mxLegend()...),
		),
	)
}
