package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Parts of MatrixView that change rarely. Each is a component with small
// value fields, so that re-rendering MatrixView on every cell change does
// not rebuild (and diff) their elements.

// mxIntro explains the matrix and names the model last applied. It is a
// component of its own so that a cell change does not rebuild its text.
type mxIntro struct {
	app.Compo
	Model string
	// Shared names what the shared rows cover on this site
	// (assessment.SharedComponents).
	Shared string
}

// Render draws the explanation.
func (m *mxIntro) Render() app.UI {
	model := l10n.T("none yet: start from a model below, or fill the rows by hand")
	if mo, ok := assessment.ModelByID(m.Model); ok {
		model = mo.Name
	}
	return el("div", attrs{"class", "mx-intro"},
		elt("p", nil, l10n.T("Each row says who does what for one Annex A control in one part of the estate. "+
			"Give every row exactly one A, the role that answers for the control and signs it off, and at "+
			"least one R, the role that does the work; several roles may be asked or told.")),
		el("ul", attrs{"class", "mx-letters"},
			el("li", nil, elt("strong", nil, "R"), txt(" "+l10n.T("Responsible: does the work"))),
			el("li", nil, elt("strong", nil, "A"), txt(" "+l10n.T("Accountable: answers for it, one per row"))),
			el("li", nil, elt("strong", nil, "A/R"), txt(" "+l10n.T("Accountable and Responsible: answers for it and does the work, as a domain lead often does"))),
			el("li", nil, elt("strong", nil, "C"), txt(" "+l10n.T("Consulted: asked before decisions"))),
			el("li", nil, elt("strong", nil, "I"), txt(" "+l10n.T("Informed: told afterwards"))),
		),
		elt("p", nil, l10n.F("Corporate IT covers offices, ERP and cloud services; Plant OT covers control systems, PLCs, "+
			"historians and MES; Shared infrastructure is what joins them: %s. On plant OT rows of medium or high "+
			"plant-floor relevance, give the R to someone on the plant side (the models do), because nobody "+
			"can patch, reconfigure or test a running process without the people who know the line and its "+
			"downtime windows.", m.Shared)),
		el("details", attrs{"class", "mx-legend"},
			elt("summary", nil, l10n.T("What the warnings mean")),
			el("dl", nil, mxLegend()...),
		),
		el("p", attrs{"class", "mx-current", "id", "mx-current", "tabindex", "-1"},
			elt("strong", nil, l10n.T("Current starting point:")+" "),
			txt(model),
		),
	)
}

// mxTableHead is the header row of the matrix. It changes only when a
// role is renamed, so as a component it is not rebuilt on edits.
type mxTableHead struct {
	app.Compo
	// Names are the roles' names in RACIRoles order (see mxHeadNames).
	Names []string
	// ByControl is true in one control's view, whose rows are domains.
	ByControl bool
}

// mxHeadNames are the column names of the roles: the organisation's own
// title where one is set, else the short standard name.
func mxHeadNames(own map[assessment.Role]string) []string {
	names := make([]string, len(assessment.RACIRoles))
	for i, r := range assessment.RACIRoles {
		names[i] = mxRoleShort(r)
		if n, ok := own[r]; ok && n != "" {
			names[i] = n
		}
	}
	return names
}

// Render draws the header row.
func (m *mxTableHead) Render() app.UI {
	return el("thead", attrs{"role", "rowgroup"},
		el("tr", attrs{"role", "row"},
			elt("th", attrs{"scope", "col", "role", "columnheader", "class", "mx-h-ctl"}, mxHeadFirst(m.ByControl)),
			app.Range(assessment.RACIRoles).Slice(func(i int) app.UI {
				r := assessment.RACIRoles[i]
				name := mxRoleShort(r)
				if i < len(m.Names) {
					name = m.Names[i]
				}
				full := assessment.RoleLabel(r)
				if name != mxRoleShort(r) {
					full = name
				}
				return el("th", attrs{"scope", "col", "role", "columnheader", "class", "mx-h-role", "title", full},
					elt("span", attrs{"aria-hidden", "true"}, name),
					elt("span", attrs{"class", "visually-hidden"}, full),
				)
			}),
			elt("th", attrs{"scope", "col", "role", "columnheader", "class", "mx-h-status"}, l10n.T("Status")),
		),
	)
}

// mxModelCards shows the ownership models to choose from.
type mxModelCards struct {
	app.Compo
	View   *MatrixView // owns the presets panel's state
	Chosen string
}

// Render draws one card per model.
func (c *mxModelCards) Render() app.UI {
	models := assessment.Models()
	return el("div", attrs{"class", "mx-model-grid"},
		app.Range(models).Slice(func(i int) app.UI {
			mo := models[i]
			id := "mx-model-" + mo.ID
			return el("div", attrs{"class", "mx-model" + " " + mxClassIf(c.Chosen == mo.ID, "chosen")},
				el("div", attrs{"class", "mx-model-pick"},
					elv("input", attrs{"type", "radio", "name", "mx-model", "id", id, "value", mo.ID, "checked", strconv.FormatBool(c.Chosen == mo.ID)}).OnChange(c.onChange),
					elt("label", attrs{"for", id}, mo.Name),
				),
				elt("p", nil, mo.Summary),
				elt("p", attrs{"class", "mx-model-sub"}, l10n.T("Strengths")),
				el("ul", attrs{"class", "mx-pros"}, app.Range(mo.Pros).Slice(func(j int) app.UI {
					return elt("li", nil, mo.Pros[j])
				})),
				elt("p", attrs{"class", "mx-model-sub"}, l10n.T("Watch out for")),
				el("ul", attrs{"class", "mx-cons"}, app.Range(mo.Cons).Slice(func(j int) app.UI {
					return elt("li", nil, mo.Cons[j])
				})),
				el("p", attrs{"class", "mx-fits"}, elt("strong", nil, l10n.T("Fits when:")+" "), txt(mo.FitsWhen)),
			)
		}),
	)
}

func (c *mxModelCards) onChange(ctx app.Context, e app.Event) {
	c.View.setChoice(ctx.JSSrc().Get("value").String())
}

// mxDomainBar is the domain switch (radios styled as segmented buttons, so
// arrow keys move between domains) and the summary line of each domain.
// Each segment and each summary item is a small component, so that an edit
// re-renders only the items whose counts changed.
type mxDomainBar struct {
	app.Compo
	View   *MatrixView
	Domain assessment.Domain
	Counts [3]mxCount // by index in assessment.Domains
}

// Render draws the switch and the summary.
func (b *mxDomainBar) Render() app.UI {
	segs := make([]app.UI, len(assessment.Domains))
	items := make([]app.UI, len(assessment.Domains))
	for i, d := range assessment.Domains {
		c := b.Counts[i]
		segs[i] = &mxSegment{View: b.View, Domain: d, Checked: d == b.Domain, Decided: c.Decided, Problems: c.Problems}
		items[i] = &mxSummaryItem{Domain: d, Current: d == b.Domain, Decided: c.Decided, OneA: c.OneA, Problems: c.Problems}
	}
	return el("div", attrs{"class", "mx-domain-bar"},
		el("fieldset", attrs{"class", "mx-domains"},
			elt("legend", nil, l10n.T("Domain")),
			el("div", attrs{"class", "segmented"}, segs...),
		),
		el("ul", attrs{"class", "mx-summary", "aria-label", l10n.T("Summary per domain")}, items...),
	)
}

// mxSegment is one radio of the domain switch, with its problem count.
type mxSegment struct {
	app.Compo
	View     *MatrixView
	Domain   assessment.Domain
	Checked  bool
	Decided  int
	Problems int
}

// Render draws the radio and its label.
func (s *mxSegment) Render() app.UI {
	id := "mx-domain-" + string(s.Domain)
	badge, hidden := mxDomainState(s.Decided, s.Problems)
	return el("div", attrs{"class", "segment"},
		elv("input", attrs{"type", "radio", "name", "mx-domain", "id", id, "value", string(s.Domain), "checked", strconv.FormatBool(s.Checked)}).OnChange(s.onChange),
		el("label", attrs{"for", id},
			txt(assessment.DomainLabel(s.Domain)),
			elt("span", attrs{"class", "segment-badge", "aria-hidden", "true"}, badge),
			elt("span", attrs{"class", "visually-hidden"}, hidden),
		),
	)
}

func (s *mxSegment) onChange(ctx app.Context, e app.Event) {
	s.View.setDomain(s.Domain)
}

// mxDomainState is the badge of a domain and its words for screen
// readers. A domain passes only when every row is decided and none has a
// problem: an untouched domain is "not started", never a pass.
func mxDomainState(decided, problems int) (badge, words string) {
	total := len(assessment.Controls())
	switch {
	case decided == 0:
		return "\u2013", " (" + l10n.T("not started") + ")"
	case problems > 0:
		return fmt.Sprintf("\u26A0\u00a0%d", problems), " (" + l10n.N(problems, "%d row with problems", "%d rows with problems") + ")"
	case decided < total:
		return fmt.Sprintf("%d/%d", decided, total), " (" + l10n.F("%d of %d rows decided", decided, total) + ")"
	}
	return "\u2713", " (" + l10n.T("every row decided, no problems") + ")"
}

// mxSummaryItem sums up one domain: rows decided, rows with exactly one
// A, rows with problems.
type mxSummaryItem struct {
	app.Compo
	Domain                  assessment.Domain
	Current                 bool
	Decided, OneA, Problems int
}

// Render draws the item.
func (s *mxSummaryItem) Render() app.UI {
	total := len(assessment.Controls())
	var state app.UI
	switch {
	case s.Decided == 0:
		state = elt("span", attrs{"class", "mx-sum-warn"}, l10n.T("Not started"))
	case s.Problems > 0:
		state = elt("span", attrs{"class", "mx-sum-warn"}, "\u26A0 "+l10n.N(s.Problems, "%d row with problems", "%d rows with problems"))
	case s.Decided < total:
		state = elt("span", attrs{"class", "mx-sum-warn"}, l10n.N(total-s.Decided, "%d row still to decide", "%d rows still to decide"))
	default:
		state = elt("span", attrs{"class", "mx-sum-ok"}, "\u2713 "+l10n.T("every row decided, no problems"))
	}
	return el("li", attrs{"class", mxClassIf(s.Current, "current")},
		elt("strong", nil, assessment.DomainLabel(s.Domain)),
		elt("span", nil, l10n.F("%d of %d rows decided, %d with exactly one A", s.Decided, total, s.OneA)),
		state,
	)
}

// mxFilterBar holds the filters and says how many controls are shown.
type mxFilterBar struct {
	app.Compo
	View   *MatrixView
	Filter mxFilter
	Shown  int
}

// Render draws the filter form.
func (b *mxFilterBar) Render() app.UI {
	f := b.Filter
	return elh("form", attrs{"class", "mx-filters", "aria-label", l10n.T("Filters")},
		el("div", attrs{"class", "mx-filter"},
			elt("label", attrs{"for", "mx-f-theme"}, l10n.T("Theme")),
			elh("select", attrs{"id", "mx-f-theme"},
				elt("option", attrs{"value", "all", "selected", strconv.FormatBool(f.Theme == "")}, l10n.T("All themes")),
				app.Range(assessment.Themes).Slice(func(i int) app.UI {
					t := string(assessment.Themes[i])
					return elt("option", attrs{"value", t, "selected", strconv.FormatBool(f.Theme == t)}, assessment.Themes[i].Label())
				}),
			).OnChange(b.onTheme),
		),
		el("div", attrs{"class", "mx-filter"},
			elt("label", attrs{"for", "mx-f-rel"}, l10n.T("Plant-floor relevance")),
			elh("select", attrs{"id", "mx-f-rel"},
				elt("option", attrs{"value", "all", "selected", strconv.FormatBool(f.Relevance == "")}, l10n.T("Any")),
				elt("option", attrs{"value", mxRelHigh, "selected", strconv.FormatBool(f.Relevance == mxRelHigh)}, l10n.T("High only")),
				elt("option", attrs{"value", mxRelMedium, "selected", strconv.FormatBool(f.Relevance == mxRelMedium)}, l10n.T("Medium and high")),
			).OnChange(b.onRelevance),
		),
		el("div", attrs{"class", "mx-filter mx-check"},
			elv("input", attrs{"type", "checkbox", "id", "mx-f-problems", "checked", strconv.FormatBool(f.OnlyProblems)}).OnChange(b.onOnlyProblems),
			elt("label", attrs{"for", "mx-f-problems"}, l10n.T("Only rows with problems")),
		),
		elh("button", attrs{"type", "button", "class", "secondary", "id", "mx-f-clear", "disabled", strconv.FormatBool(f == mxFilter{})}, txt(l10n.T("Clear filters"))).OnClick(b.onClear),
		elt("p", attrs{"class", "mx-count", "id", "mx-count", "role", "status"}, l10n.F("Showing %d of %d controls", b.Shown, len(assessment.Controls()))),
		app.If(f.OnlyProblems, func() app.UI {
			return elt("p", attrs{"class", "mx-filter-note muted"}, l10n.T("Rows you fix stay listed, marked \u2713, until you filter again."))
		}),
	).OnSubmit(b.onSubmit)
}

func (b *mxFilterBar) post(ctx app.Context, f mxFilter) {
	b.View.setFilter(f)
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

// mxLegend explains every check the matrix runs, from the domain's own
// list (assessment.ProblemKinds), and the summary of the other domains.
func mxLegend() []app.UI {
	items := make([]app.UI, 0, 2*len(assessment.ProblemKinds)+2)
	for _, k := range assessment.ProblemKinds {
		items = append(items, elt("dt", nil, "\u26A0 "+k.Title()), elt("dd", nil, k.Explanation()))
	}
	return append(items,
		elt("dt", nil, "IT \u2713 \u00b7 "+mxDomainShort(assessment.DomainShared)+" \u26A0\u00a01"),
		elt("dd", nil, l10n.T("Under each status: the same control in the two other domains. \u2713 fine, \u26A0 with the number of problems, \u2013 not assigned yet; not flagged row by row, but still to decide.")),
	)
}

// mxHeadFirst is the heading of the row headers' column.
func mxHeadFirst(byControl bool) string {
	if byControl {
		return l10n.T("Domain")
	}
	return l10n.T("Control")
}
