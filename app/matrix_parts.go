package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// Parts of MatrixView that change rarely. Each is a component with small
// value fields, so that re-rendering MatrixView on every cell change does
// not rebuild (and diff) their elements.

// mxIntro explains the matrix and names the model last applied. It is a
// component of its own so that a cell change does not rebuild its text.
type mxIntro struct {
	app.Compo
	Model string
}

// Render draws the explanation.
func (m *mxIntro) Render() app.UI {
	model := "none yet: start from a model below, or fill the rows by hand"
	if mo, ok := assessment.ModelByID(m.Model); ok {
		model = mo.Name
	}
	return app.Elem("div").Class("mx-intro").Body(
		app.Elem("p").Text("Each row says who does what for one Annex A control in one part of the estate. "+
			"Give every row exactly one A, the role that answers for the control and signs it off; "+
			"several roles may do the work or be asked."),
		app.Elem("ul").Class("mx-letters").Body(
			app.Elem("li").Body(app.Elem("strong").Text("R"), app.Text(" Responsible: does the work")),
			app.Elem("li").Body(app.Elem("strong").Text("A"), app.Text(" Accountable: answers for it, one per row")),
			app.Elem("li").Body(app.Elem("strong").Text("C"), app.Text(" Consulted: asked before decisions")),
			app.Elem("li").Body(app.Elem("strong").Text("I"), app.Text(" Informed: told afterwards")),
		),
		app.Elem("p").Text("Corporate IT covers offices, ERP and cloud services; Plant OT covers control systems, PLCs, "+
			"historians and MES; Shared infrastructure is what joins them: the IT/OT DMZ, plant domain "+
			"controllers, remote access and the networks between the two. Plant OT rows need an R on the "+
			"plant side, because nobody can patch, reconfigure or test a running process without the people "+
			"who know the line and its downtime windows."),
		app.Elem("details").Class("mx-legend").Body(
			app.Elem("summary").Text("What the warnings mean"),
			app.Elem("dl").Body(
				app.Elem("dt").Text("\u26A0 Nobody assigned"),
				app.Elem("dd").Text("The row is empty although the control matters there: the plant OT row of a high-relevance control, or the shared row of a medium- or high-relevance one. Other empty rows follow the corporate default."),
				app.Elem("dt").Text("\u26A0 No A"),
				app.Elem("dd").Text("Letters are given, but no role answers for the control."),
				app.Elem("dt").Text("\u26A0 Several A"),
				app.Elem("dd").Text("More than one role answers for the control. Keep one A and make the others R or C."),
				app.Elem("dt").Text("\u26A0 No R on the plant floor"),
				app.Elem("dd").Text("A plant OT row of a medium- or high-relevance control has nobody doing the work. Give the R to the OT lead or to plant operations."),
				app.Elem("dt").Text("\u26A0 No A or R"),
				app.Elem("dd").Text("Shared infrastructure with neither an A nor an R: each side will assume the other looks after it."),
				app.Elem("dt").Text("IT \u2713 \u00b7 Shared \u26A0\u00a01"),
				app.Elem("dd").Text("Under each status: the same control in the two other domains. \u2713 fine, \u26A0 with the number of problems, \u2013 not assigned and not required."),
			),
		),
		app.Elem("p").Class("mx-current").ID("mx-current").TabIndex(-1).Body(
			app.Elem("strong").Text("Current starting point: "),
			app.Text(model),
		),
	)
}

// mxTableHead is the header row of the matrix; it never changes, so as a
// component it is never rebuilt after the first render.
type mxTableHead struct {
	app.Compo
}

// Render draws the header row.
func (m *mxTableHead) Render() app.UI {
	return app.Elem("thead").Role("rowgroup").Body(
		app.Elem("tr").Role("row").Body(
			app.Elem("th").Attr("scope", "col").Role("columnheader").Class("mx-h-ctl").Text("Control"),
			app.Range(assessment.RACIRoles).Slice(func(i int) app.UI {
				r := assessment.RACIRoles[i]
				return app.Elem("th").Attr("scope", "col").Role("columnheader").Class("mx-h-role").Body(
					// A soft hyphen lets the longest label break in its narrow column.
					app.Elem("span").Aria("hidden", "true").Text(strings.Replace(mxRoleShort(r), "Procurement", "Procure\u00adment", 1)),
					app.Elem("span").Class("visually-hidden").Text(assessment.RoleLabel(r)),
				)
			}),
			app.Elem("th").Attr("scope", "col").Role("columnheader").Class("mx-h-status").Text("Status"),
		),
	)
}

// mxActChoose is posted by mxModelCards with the chosen model's ID and
// handled by MatrixView, which owns the presets panel's state.
const mxActChoose = "isms.matrix-choose"

// mxModelCards shows the ownership models to choose from.
type mxModelCards struct {
	app.Compo
	Chosen string
}

// Render draws one card per model.
func (c *mxModelCards) Render() app.UI {
	models := assessment.Models()
	return app.Elem("div").Class("mx-model-grid").Body(
		app.Range(models).Slice(func(i int) app.UI {
			mo := models[i]
			id := "mx-model-" + mo.ID
			return app.Elem("div").Class("mx-model", mxClassIf(c.Chosen == mo.ID, "chosen")).Body(
				app.Elem("div").Class("mx-model-pick").Body(
					app.ElemSelfClosing("input").Attr("type", "radio").Attr("name", "mx-model").ID(id).Attr("value", mo.ID).
						Attr("checked", c.Chosen == mo.ID).OnChange(c.onChange),
					app.Elem("label").Attr("for", id).Text(mo.Name),
				),
				app.Elem("p").Text(mo.Summary),
				app.Elem("p").Class("mx-model-sub").Text("Strengths"),
				app.Elem("ul").Class("mx-pros").Body(app.Range(mo.Pros).Slice(func(j int) app.UI {
					return app.Elem("li").Text(mo.Pros[j])
				})),
				app.Elem("p").Class("mx-model-sub").Text("Watch out for"),
				app.Elem("ul").Class("mx-cons").Body(app.Range(mo.Cons).Slice(func(j int) app.UI {
					return app.Elem("li").Text(mo.Cons[j])
				})),
				app.Elem("p").Class("mx-fits").Body(app.Elem("strong").Text("Fits when: "), app.Text(mo.FitsWhen)),
			)
		}),
	)
}

func (c *mxModelCards) onChange(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(mxActChoose, ctx.JSSrc().Get("value").String())
}

// mxDomainBar is the domain switch (radios styled as segmented buttons, so
// arrow keys move between domains) and the summary line of each domain.
// Each segment and each summary item is a small component, so that an edit
// re-renders only the items whose counts changed.
type mxDomainBar struct {
	app.Compo
	Domain assessment.Domain
	Counts [3]mxCount // by index in assessment.Domains
}

// Render draws the switch and the summary.
func (b *mxDomainBar) Render() app.UI {
	segs := make([]app.UI, len(assessment.Domains))
	items := make([]app.UI, len(assessment.Domains))
	for i, d := range assessment.Domains {
		c := b.Counts[i]
		segs[i] = &mxSegment{Domain: d, Checked: d == b.Domain, Problems: c.Problems}
		items[i] = &mxSummaryItem{Domain: d, Current: d == b.Domain, OneA: c.OneA, Problems: c.Problems}
	}
	return app.Elem("div").Class("mx-domain-bar").Body(
		app.Elem("fieldset").Class("mx-domains").Body(
			app.Elem("legend").Text("Domain"),
			app.Elem("div").Class("segmented").Body(segs...),
		),
		app.Elem("ul").Class("mx-summary").Aria("label", "Summary per domain").Body(items...),
	)
}

// mxSegment is one radio of the domain switch, with its problem count.
type mxSegment struct {
	app.Compo
	Domain   assessment.Domain
	Checked  bool
	Problems int
}

// Render draws the radio and its label.
func (s *mxSegment) Render() app.UI {
	id := "mx-domain-" + string(s.Domain)
	badge, hidden := "\u2713", " (no problems)"
	if s.Problems > 0 {
		badge, hidden = fmt.Sprintf("\u26A0\u00a0%d", s.Problems), " ("+mxPlural(s.Problems, "row", "rows")+" with problems)"
	}
	return app.Elem("div").Class("segment").Body(
		app.ElemSelfClosing("input").Attr("type", "radio").Attr("name", "mx-domain").ID(id).Attr("value", string(s.Domain)).
			Attr("checked", s.Checked).OnChange(s.onChange),
		app.Elem("label").Attr("for", id).Body(
			app.Text(assessment.DomainLabel(s.Domain)),
			app.Elem("span").Class("segment-badge").Aria("hidden", "true").Text(badge),
			app.Elem("span").Class("visually-hidden").Text(hidden),
		),
	)
}

func (s *mxSegment) onChange(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(mxActDomain, s.Domain)
}

// mxSummaryItem sums up one domain: rows with exactly one A, rows with
// problems.
type mxSummaryItem struct {
	app.Compo
	Domain         assessment.Domain
	Current        bool
	OneA, Problems int
}

// Render draws the item.
func (s *mxSummaryItem) Render() app.UI {
	probs := app.Elem("span").Class("mx-sum-ok").Text("\u2713 no problems")
	if s.Problems > 0 {
		probs = app.Elem("span").Class("mx-sum-warn").Text("\u26A0 " + mxPlural(s.Problems, "row", "rows") + " with problems")
	}
	return app.Elem("li").Class(mxClassIf(s.Current, "current")).Body(
		app.Elem("strong").Text(assessment.DomainLabel(s.Domain)),
		app.Elem("span").Text(fmt.Sprintf("%d of %d rows with exactly one A", s.OneA, len(assessment.Controls()))),
		probs,
	)
}

// mxFilterBar holds the filters and says how many controls are shown.
type mxFilterBar struct {
	app.Compo
	Filter mxFilter
	Shown  int
}

// Render draws the filter form.
func (b *mxFilterBar) Render() app.UI {
	f := b.Filter
	return app.Elem("form").Class("mx-filters").Aria("label", "Filters").OnSubmit(b.onSubmit).Body(
		app.Elem("div").Class("mx-filter").Body(
			app.Elem("label").Attr("for", "mx-f-theme").Text("Theme"),
			app.Elem("select").ID("mx-f-theme").OnChange(b.onTheme).Body(
				app.Elem("option").Attr("value", "all").Attr("selected", f.Theme == "").Text("All themes"),
				app.Range(assessment.Themes).Slice(func(i int) app.UI {
					t := string(assessment.Themes[i])
					return app.Elem("option").Attr("value", t).Attr("selected", f.Theme == t).Text(t)
				}),
			),
		),
		app.Elem("div").Class("mx-filter").Body(
			app.Elem("label").Attr("for", "mx-f-rel").Text("Plant-floor relevance"),
			app.Elem("select").ID("mx-f-rel").OnChange(b.onRelevance).Body(
				app.Elem("option").Attr("value", "all").Attr("selected", f.Relevance == "").Text("Any"),
				app.Elem("option").Attr("value", mxRelHigh).Attr("selected", f.Relevance == mxRelHigh).Text("High only"),
				app.Elem("option").Attr("value", mxRelMedium).Attr("selected", f.Relevance == mxRelMedium).Text("Medium and high"),
			),
		),
		app.Elem("div").Class("mx-filter mx-check").Body(
			app.ElemSelfClosing("input").Attr("type", "checkbox").ID("mx-f-problems").Attr("checked", f.OnlyProblems).OnChange(b.onOnlyProblems),
			app.Elem("label").Attr("for", "mx-f-problems").Text("Only rows with problems"),
		),
		app.Elem("button").Attr("type", "button").Class("secondary").ID("mx-f-clear").Attr("disabled", f == mxFilter{}).
			Text("Clear filters").OnClick(b.onClear),
		app.Elem("p").Class("mx-count").ID("mx-count").Attr("role", "status").
			Text(fmt.Sprintf("Showing %d of %d controls", b.Shown, len(assessment.Controls()))),
		app.If(f.OnlyProblems, func() app.UI {
			return app.Elem("p").Class("mx-filter-note muted").
				Text("Rows you fix stay listed, marked \u2713, until you filter again.")
		}),
	)
}

func (b *mxFilterBar) post(ctx app.Context, f mxFilter) {
	ctx.NewActionWithValue(mxActFilter, f)
}

func (b *mxFilterBar) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

func (b *mxFilterBar) onTheme(ctx app.Context, e app.Event) {
	f := b.Filter
	f.Theme = ctx.JSSrc().Get("value").String()
	b.post(ctx, f)
}

func (b *mxFilterBar) onRelevance(ctx app.Context, e app.Event) {
	f := b.Filter
	f.Relevance = ctx.JSSrc().Get("value").String()
	b.post(ctx, f)
}

func (b *mxFilterBar) onOnlyProblems(ctx app.Context, e app.Event) {
	f := b.Filter
	f.OnlyProblems = ctx.JSSrc().Get("checked").Bool()
	b.post(ctx, f)
}

func (b *mxFilterBar) onClear(ctx app.Context, e app.Event) {
	b.post(ctx, mxFilter{})
	// The button disables itself; keep the keyboard user in the filters.
	ctx.Defer(func(app.Context) { mxFocus("mx-f-theme") })
}
