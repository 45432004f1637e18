package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The presets panel of MatrixView: pick an ownership model, preview what it
// would change, apply it (actPreset) or cancel.

// mxBuildPreview lists what applying model to current would change. With
// overwrite false the rows already filled are kept, exactly as
// assessment.ApplyPreset will do, so the preview never promises more than
// Apply delivers.
func mxBuildPreview(current assessment.Matrix, profile assessment.Profile, model string, overwrite bool) *mxPreview {
	p := &mxPreview{model: model, overwrite: overwrite}
	preset, err := assessment.Preset(model, profile)
	if err != nil {
		return p
	}
	applied := assessment.ApplyPreset(current, preset, overwrite)
	changes := assessment.PresetDiff(current, applied)
	p.rows = len(changes)
	if !overwrite {
		for k, row := range preset {
			if !assessment.RowsEqual(current[k], nil) && !assessment.RowsEqual(current[k], row) {
				p.kept++
			}
		}
	}
	for i, c := range changes {
		if i == mxMaxPreviewLines {
			break
		}
		p.lines = append(p.lines, mxChangeLine(c))
	}
	return p
}

// mxChangeLine describes one row change, e.g.
// "5.1 · Plant OT: OT lead R → A, ISMS owner – → C".
func mxChangeLine(c assessment.CellChange) string {
	var parts []string
	for _, r := range assessment.RACIRoles {
		before, after := c.Before[r], c.After[r]
		if before == after {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %s \u2192 %s", mxRoleShort(r), mxLetterText(before), mxLetterText(after)))
	}
	return c.Key.Control + " \u00b7 " + assessment.DomainLabel(c.Key.Domain) + ": " + strings.Join(parts, ", ")
}

func mxLetterText(l assessment.Letter) string {
	if l == assessment.LetterNone {
		return "\u2013"
	}
	return string(l)
}

func (m *MatrixView) renderPresets() app.UI {
	return el("section", attrs{"class", "mx-presets", "aria-labelledby", "mx-presets-title"},
		el("div", attrs{"class", "mx-presets-head"},
			elt("h2", attrs{"id", "mx-presets-title"}, l10n.T("Start from an ownership model")),
			elh("button", attrs{"type", "button", "class", "secondary", "id", "mx-presets-toggle", "aria-expanded", fmt.Sprint(m.presetsOpen), "aria-controls", "mx-presets-body"}, txt(mxToggleText(m.presetsOpen))).
				OnClick(m.onTogglePresets),
		),
		elh("div", attrs{"id", "mx-presets-body"},
			app.If(m.presetsOpen, func() app.UI { return m.renderPresetBody() }),
		).Hidden(!m.presetsOpen),
	)
}

func mxToggleText(open bool) string {
	if open {
		return l10n.T("Hide the models")
	}
	return l10n.T("Show the models")
}

func (m *MatrixView) renderPresetBody() app.UI {
	return el("div", nil,
		elt("p", attrs{"class", "muted"}, l10n.T("A model fills the matrix with a consistent first draft that you then adjust "+
			"in the workshop. Nothing changes until you preview and apply it.")),
		el("fieldset", attrs{"class", "mx-models", "aria-describedby", "mx-model-error"},
			elt("legend", nil, l10n.T("Ownership model")),
			&mxModelCards{View: m, Chosen: m.choice},
			elt("p", attrs{"id", "mx-model-error", "class", mxClassIf(m.choiceError != "", "field-error")}, l10n.T(m.choiceError)),
		),
		el("div", attrs{"class", "mx-preset-actions"},
			el("div", attrs{"class", "mx-check"},
				elv("input", attrs{"type", "checkbox", "id", "mx-keep", "checked", strconv.FormatBool(!m.overwrite), "aria-describedby", "mx-keep-hint"}).OnChange(m.onKeep),
				elt("label", attrs{"for", "mx-keep"}, l10n.T("Keep rows I already filled")),
			),
			elt("p", attrs{"id", "mx-keep-hint", "class", "muted mx-hint"}, l10n.T("Kept: only empty rows take the model's letters. Cleared: every row is replaced by the model.")),
			elh("button", attrs{"type", "button", "id", "mx-preview-btn"}, txt(l10n.T("Preview changes"))).OnClick(m.onPreview),
		),
		app.If(m.preview != nil, func() app.UI { return m.renderPreview() }),
	)
}

func (m *MatrixView) renderPreview() app.UI {
	p := m.preview
	mo, _ := assessment.ModelByID(p.model)
	total := len(assessment.Controls()) * len(assessment.Domains)
	var summary string
	switch {
	case p.rows == 0:
		summary = l10n.F("Nothing would change: the matrix already matches the %s model where it may change.", mo.Name)
	default:
		summary = l10n.F("Applying %s would change %s of %d.", mo.Name, l10n.N(p.rows, "%d row", "%d rows"), total)
	}
	if p.kept > 0 {
		summary += " " + l10n.N(p.kept, "%d row you filled differently stays as it is.", "%d rows you filled differently stay as they are.")
	}
	more := p.rows - len(p.lines)
	return el("div", attrs{"class", "mx-preview", "id", "mx-preview"},
		elt("h3", attrs{"id", "mx-preview-title", "tabindex", "-1"}, l10n.F("Preview: %s", mo.Name)),
		elt("p", attrs{"id", "mx-preview-summary"}, summary),
		app.If(len(p.lines) > 0, func() app.UI {
			return el("ul", attrs{"class", "mx-diff", "id", "mx-diff", "tabindex", "0", "aria-label", l10n.T("Rows that would change")},
				app.Range(p.lines).Slice(func(i int) app.UI { return elt("li", nil, p.lines[i]) }),
				app.If(more > 0, func() app.UI {
					return elt("li", attrs{"class", "mx-more"}, l10n.F("and %d more", more))
				}),
			)
		}),
		el("div", attrs{"class", "mx-preset-actions"},
			elh("button", attrs{"type", "button", "id", "mx-apply"}, txt(l10n.F("Apply %s", mo.Name))).OnClick(m.onApply),
			elh("button", attrs{"type", "button", "class", "secondary", "id", "mx-cancel"}, txt(l10n.T("Cancel"))).OnClick(m.onCancel),
		),
	)
}

func (m *MatrixView) onTogglePresets(ctx app.Context, e app.Event) {
	m.presetsOpen = !m.presetsOpen
	if !m.presetsOpen {
		m.preview = nil
	}
}

func (m *MatrixView) setChoice(id string) {
	if _, ok := assessment.ModelByID(id); ok {
		m.choice, m.choiceError = id, ""
		if m.preview != nil {
			m.preview = mxBuildPreview(m.Matrix, m.Profile, m.choice, m.overwrite)
		}
	}
}

func (m *MatrixView) onKeep(ctx app.Context, e app.Event) {
	m.setKeep(ctx.JSSrc().Get("checked").Bool())
}

func (m *MatrixView) setKeep(keep bool) {
	m.overwrite = !keep
	if m.preview != nil {
		m.preview = mxBuildPreview(m.Matrix, m.Profile, m.preview.model, m.overwrite)
	}
}

func (m *MatrixView) onPreview(ctx app.Context, e app.Event) {
	if !m.showPreview() {
		ctx.Defer(func(app.Context) { mxFocus("mx-model-" + assessment.Models()[0].ID) })
		return
	}
	ctx.Defer(func(app.Context) { mxFocus("mx-preview-title") })
}

// showPreview computes the preview of the chosen model, or asks for a
// choice. It reports whether a preview is shown.
func (m *MatrixView) showPreview() bool {
	if _, ok := assessment.ModelByID(m.choice); !ok {
		m.choiceError = l10n.M("Choose a model first.")
		m.preview = nil
		return false
	}
	m.choiceError = ""
	m.preview = mxBuildPreview(m.Matrix, m.Profile, m.choice, m.overwrite)
	return true
}

func (m *MatrixView) onApply(ctx app.Context, e app.Event) {
	if m.apply(ctx) {
		ctx.Defer(func(app.Context) { mxFocus("mx-current") })
	}
}

// apply applies the previewed choice to the open assessment and closes
// the preview.
func (m *MatrixView) apply(ctx app.Context) bool {
	if m.preview == nil {
		return false
	}
	_ = m.Env.ApplyPreset(m.preview.model, m.preview.overwrite)
	m.preview = nil
	return true
}

func (m *MatrixView) onCancel(ctx app.Context, e app.Event) {
	m.preview = nil
	ctx.Defer(func(app.Context) { mxFocus("mx-preview-btn") })
}
