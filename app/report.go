package app

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// Report is the printable report: a clean document on screen that prints
// (or saves as PDF) without the application around it; see 90-print.css.
type Report struct {
	app.Compo
	Env *Env
	A   assessment.Assessment

	d         resultData
	generated string
	high      []raciRow
	answers   []reportArea
	retired   []reportAnswer // answers to bank 1 questions no longer asked
}

// raciRow is a high-relevance control and who holds A and R for it in
// each domain.
type raciRow struct {
	Control, Label string
	Cells          []string // one per assessment.Domains
}

type reportArea struct {
	ID, Title, Intro, Score string
	Items                   []reportAnswer
}

type reportAnswer struct {
	ID, Text, Rating, Owner, Target, Note string
	Refs                                  string // the citations, assessment.RefsText
	Skipped                               string // why the question is not asked, or ""
	Answered                              bool
}

// OnInit derives the report before the first render.
func (r *Report) OnInit() { r.derive(r.Env.Now()) }

// OnPreRender derives the report when rendered natively (tests).
func (r *Report) OnPreRender(ctx app.Context) { r.derive(r.Env.Now()) }

// OnUpdate re-derives when the assessment changes.
func (r *Report) OnUpdate(ctx app.Context) { r.derive(r.Env.Now()) }

func (r *Report) derive(now time.Time) {
	r.d = r.Env.derived(r.A)
	r.generated = now.Format("2 January 2006, 15:04")
	r.high = highRows(r.A)
	r.answers = r.answers[:0]
	for _, ar := range assessment.Areas() {
		ra := reportArea{ID: ar.ID, Title: ar.Title, Intro: ar.Intro, Score: "no score yet"}
		if s, ok := r.d.score.Area(ar.ID); ok && s.HasScore {
			ra.Score = percent(s.Score)
		}
		for _, q := range assessment.QuestionsInArea(ar.ID) {
			it := reportItem(r.A, q.ID, q.Text, r.A.Answers[q.ID])
			it.Refs = assessment.RefsText(q.Refs)
			it.Skipped = assessment.SkipReason(q, r.A)
			ra.Items = append(ra.Items, it)
		}
		r.answers = append(r.answers, ra)
	}
	r.retired = r.retired[:0]
	for _, id := range slices.Sorted(maps.Keys(r.A.Retired)) {
		c, _ := assessment.RetiredQuestion(id)
		it := reportItem(r.A, id, c.OldText, r.A.Retired[id])
		it.Skipped = retiredFate(c)
		r.retired = append(r.retired, it)
	}
}

// reportItem is one answer as the report shows it.
func reportItem(a assessment.Assessment, id, text string, ans assessment.Answer) reportAnswer {
	it := reportAnswer{ID: id, Text: text, Rating: ans.Rating.Label(), Note: ans.Note, Target: ans.Target,
		Answered: ans.Rating != assessment.RatingNone}
	if lvl, ok := ans.Rating.Level(); ok {
		it.Rating = strconv.Itoa(lvl) + " \u00b7 " + it.Rating
	}
	if ans.Owner != "" {
		it.Owner = a.RoleName(ans.Owner)
	}
	return it
}

// retiredFate says in a few words what became of a bank 1 question.
func retiredFate(c assessment.BankChange) string {
	into := strings.Join(c.Into, " and ")
	switch c.Kind {
	case assessment.ChangeSplit:
		return "Split into " + into + "; rate those again."
	case assessment.ChangeRemoved:
		if into != "" {
			return "Removed; replaced by " + into + "."
		}
		return "Removed."
	case assessment.ChangeMerged:
		return "Merged into " + into + "; the better-evidenced answer was kept there."
	}
	return "Merged with another question; the better-evidenced answer was kept under " + c.ID + "."
}

// highRows lists the high-relevance controls with who holds A and R in
// each domain: the rows an auditor samples first.
func highRows(a assessment.Assessment) []raciRow {
	var out []raciRow
	for _, c := range assessment.Controls() {
		if c.Relevance != assessment.RelevanceHigh {
			continue
		}
		row := raciRow{Control: c.ID, Label: c.Label}
		for _, d := range assessment.Domains {
			row.Cells = append(row.Cells, holders(a.Matrix[assessment.CellKey{Control: c.ID, Domain: d}], a.RoleNames))
		}
		out = append(out, row)
	}
	return out
}

// holders says who is A and who is R in a row, "A: IT lead; R: OT lead",
// naming roles as names (the assessment's own titles) does. An A/R holder
// is listed under both.
func holders(row assessment.RACI, names map[assessment.Role]string) string {
	var a, r []string
	for _, role := range assessment.RACIRoles {
		if row[role].Accountable() {
			a = append(a, shortRole(names, role))
		}
		if row[role].Responsible() {
			r = append(r, shortRole(names, role))
		}
	}
	var parts []string
	if len(a) > 0 {
		parts = append(parts, "A: "+strings.Join(a, ", "))
	}
	if len(r) > 0 {
		parts = append(parts, "R: "+strings.Join(r, ", "))
	}
	return strings.Join(parts, "; ")
}

// shortRole is how a dense table names role r: the organisation's own
// title when it gave one, else the default label without its explanation
// in brackets ("ISMS owner" rather than "ISMS owner (CISO / risk)").
func shortRole(names map[assessment.Role]string, r assessment.Role) string {
	if n, ok := names[r]; ok && n != "" {
		return n
	}
	l, _, _ := strings.Cut(assessment.RoleLabel(r), " (")
	return l
}

// humanDate renders a YYYY-MM-DD date as "10 March 2026", or returns it
// unchanged when it is not one.
func humanDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return t.Format("2 January 2006")
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u2014"
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

// profileFact is one fact of the report's cover, labelled as the profile
// field key is everywhere (assessment.ProfileFields).
func profileFact(key, value string) app.UI { return fact(assessment.ProfileLabel(key), value) }

// choiceText is the label of the value of the choice field key of p, or a
// dash when none is chosen.
func choiceText(key string, p *assessment.Profile) string {
	f, _ := assessment.ProfileFieldByKey(key)
	return orDash(f.ChoiceLabel(f.Text(p)))
}

// Render draws the report.
func (r *Report) Render() app.UI {
	a := r.A
	p := a.Profile
	respondent := p.Respondent
	if p.RespondentRole != "" {
		if respondent != "" {
			respondent += ", "
		}
		respondent += a.RoleName(p.RespondentRole)
	}
	plants := "\u2014"
	if p.Plants > 0 {
		plants = strconv.Itoa(p.Plants)
	}
	return el("article", attrs{"class", "report"},
		el("div", attrs{"class", "report-toolbar"},
			elt("p", attrs{"class", "muted"}, "This page is laid out for printing. Choose \u201cSave as PDF\u201d in the print dialog to keep a copy."),
			elh("button", attrs{"type", "button", "id", "report-print"},
				printIcon(),
				txt("Print / Save as PDF"),
			).OnClick(func(ctx app.Context, e app.Event) { r.Env.Print() }),
		),
		el("section", attrs{"class", "report-cover", "id", "report-cover", "aria-labelledby", "report-title"},
			elt("p", attrs{"class", "report-kicker"}, "ISO/IEC 27001 \u00b7 ownership across corporate IT and plant OT"),
			elt("h1", attrs{"id", "report-title"}, "ISMS ownership assessment"),
			elt("p", attrs{"class", "report-name"}, assessment.DisplayName(a.Name)),
			el("dl", attrs{"class", "report-facts"},
				profileFact("organisation", orDash(p.Organisation)),
				profileFact("site", orDash(p.Site)),
				profileFact("respondent", orDash(respondent)),
				profileFact("assessor", orDash(p.Assessor)),
				profileFact("date", orDash(humanDate(p.Date))),
				app.If(p.Round != "", func() app.UI { return profileFact("round", p.Round) }),
				fact("Generated on", r.generated),
			),
			elt("h2", attrs{"class", "report-subhead"}, "Context"),
			el("dl", attrs{"class", "report-facts report-context"},
				profileFact("sector", orDash(p.Sector)),
				profileFact("plants", plants),
				profileFact("validated", yesNo(p.Validated)),
				profileFact("safetyCritical", yesNo(p.SafetyCritical)),
				profileFact("centralRisk", yesNo(p.CentralRisk)),
				profileFact("connectivity", choiceText("connectivity", &p)),
				profileFact("nis2", choiceText("nis2", &p)),
				profileFact("ownershipModel", choiceText("ownershipModel", &p)),
			),
			elt("p", attrs{"class", "report-confidential"}, "Confidential: this report describes gaps in how information security is owned and run. Share it only with the people who need it."),
		),
		el("section", attrs{"class", "report-section report-summary", "id", "report-summary", "aria-labelledby", "rs-summary"},
			elt("h2", attrs{"id", "rs-summary"}, "1. Summary"),
			renderSummaryCards(&r.d),
			el("div", attrs{"class", "report-chart-grid"},
				renderAreaChart(&r.d, "report-chart"),
				renderAreaTable(&r.d),
			),
		),
		el("section", attrs{"class", "report-section report-flags", "id", "report-flags", "aria-labelledby", "rs-flags"},
			elt("h2", attrs{"id", "rs-flags"}, "2. Red flags"),
			renderFindings(&r.d, true),
		),
		app.If(a.IsConsensus(), func() app.UI { return renderConsensus(a, "report", "Consensus and dissent") }),
		el("section", attrs{"class", "report-section report-model page-break", "id", "report-model", "aria-labelledby", "rs-model"},
			elt("h2", attrs{"id", "rs-model"}, "3. Recommended ownership model"),
			renderModel(&r.d, false),
		),
		el("section", attrs{"class", "report-section report-actions page-break", "id", "report-actions", "aria-labelledby", "rs-actions"},
			elt("h2", attrs{"id", "rs-actions"}, "4. Action plan"),
			renderActions(&r.d, "report-actions-table", 0),
		),
		el("section", attrs{"class", "report-section report-raci page-break", "id", "report-raci", "aria-labelledby", "rs-raci"},
			elt("h2", attrs{"id", "rs-raci"}, "5. Ownership matrix (RACI)"),
			r.renderRACI(),
		),
		el("section", attrs{"class", "report-section report-answers page-break", "id", "report-answers", "aria-labelledby", "rs-answers"},
			elt("h2", attrs{"id", "rs-answers"}, "6. Answers and notes"),
			app.Range(r.answers).Slice(func(i int) app.UI { return r.renderArea(r.answers[i]) }),
		),
		app.If(len(r.retired) > 0, func() app.UI { return r.renderRetired() }),
		elt("footer", attrs{"class", "report-footer muted"}, "Generated by the ISMS Ownership Assessment on "+r.generated+". Scores, red flags and actions are derived from the answers and the matrix as they stood then."),
	)
}

// printIcon is a small printer drawn in SVG (symbol fonts vary too much
// between the PCs the file is opened on).
func printIcon() app.UI {
	stroke := attrs{"fill", "none", "stroke", "currentColor", "stroke-width", "1.6", "stroke-linejoin", "round"}
	return svg("svg", attrs{"class", "icon", "viewBox", "0 0 16 16", "width", "16", "height", "16", "aria-hidden", "true", "focusable", "false"},
		svg("path", append(attrs{"d", "M4.5 6V1.8h7V6"}, stroke...)),
		svg("rect", append(attrs{"x", "1.8", "y", "6", "width", "12.4", "height", "5.4", "rx", "1"}, stroke...)),
		svg("rect", append(attrs{"x", "4.5", "y", "9.5", "width", "7", "height", "4.7"}, stroke...)),
	)
}

func fact(term, value string) app.UI {
	return el("div", attrs{"class", "fact"}, elt("dt", nil, term), elt("dd", nil, value))
}

// renderRACI is the matrix section: its state per domain and its
// problems by kind with every row (renderMatrixStatus), then who holds A
// and R for the controls that matter most.
func (r *Report) renderRACI() app.UI {
	return el("div", attrs{"class", "raci-summary"},
		renderMatrixStatus(&r.d, "report-mst", true),
		app.If(r.d.mx.State != assessment.MatrixNotStarted, func() app.UI {
			return el("div", nil,
				elt("h3", nil, "Who holds A and R for the controls that matter most on the plant floor"),
				el("div", attrs{"class", "table-wrap"}, el("table", attrs{"class", "data-table raci-high"},
					el("thead", nil, el("tr", nil,
						elt("th", attrs{"scope", "col"}, "Control"),
						app.Range(assessment.Domains).Slice(func(i int) app.UI {
							return elt("th", attrs{"scope", "col"}, assessment.DomainLabel(assessment.Domains[i]))
						}),
					)),
					el("tbody", nil, app.Range(r.high).Slice(func(i int) app.UI {
						row := r.high[i]
						return el("tr", nil,
							el("th", attrs{"scope", "row"}, elt("strong", nil, row.Control), txt(" "+row.Label)),
							app.Range(row.Cells).Slice(func(j int) app.UI {
								if row.Cells[j] == "" {
									return el("td", attrs{"class", "muted"}, dateCell(""))
								}
								return elt("td", nil, row.Cells[j])
							}),
						)
					})),
				)),
			)
		}),
	)
}

// renderRetired lists the answers given to questions of the earlier
// question bank that are no longer asked: kept, shown, never scored.
func (r *Report) renderRetired() app.UI {
	return el("section", attrs{"class", "report-section report-retired", "id", "report-retired", "aria-labelledby", "rs-retired"},
		elt("h2", attrs{"id", "rs-retired"}, "7. Retired answers"),
		elt("p", attrs{"class", "muted"}, "Answers given to questions of the earlier question bank that are no longer asked in this form. They are kept as they were given, and do not count in the scores, red flags or actions."),
		r.answersTable(r.retired, "Question (earlier bank)"),
	)
}

func (r *Report) renderArea(ra reportArea) app.UI {
	return el("div", attrs{"class", "report-area"},
		el("h3", nil,
			txt(ra.Title),
			elt("span", attrs{"class", "report-area-score muted"}, " \u00b7 score "+ra.Score),
		),
		elt("p", attrs{"class", "report-area-intro"}, ra.Intro),
		r.answersTable(ra.Items, "Question"),
	)
}

// answersTable draws answers with their follow-up and notes. Under each
// question stand its references and, when it is not asked, why.
func (r *Report) answersTable(items []reportAnswer, qHead string) app.UI {
	return el("div", attrs{"class", "table-wrap"}, el("table", attrs{"class", "data-table answers-table"},
		el("thead", nil, el("tr", nil,
			elt("th", attrs{"scope", "col", "class", "col-q"}, qHead),
			elt("th", attrs{"scope", "col"}, "Answer"),
			elt("th", attrs{"scope", "col"}, "Follow-up"),
			elt("th", attrs{"scope", "col", "class", "col-note"}, "Notes and evidence"),
		)),
		el("tbody", nil, app.Range(items).Slice(func(i int) app.UI {
			it := items[i]
			cls := ""
			switch {
			case it.Skipped != "":
				cls = "skipped"
			case !it.Answered:
				cls = "unanswered"
			}
			return el("tr", attrs{"class", cls},
				el("td", attrs{"class", "col-q"},
					elt("span", attrs{"class", "q-id"}, it.ID),
					txt(" "+it.Text),
					app.If(it.Refs != "", func() app.UI { return elt("div", attrs{"class", "q-refs muted"}, it.Refs) }),
					app.If(it.Skipped != "", func() app.UI { return elt("div", attrs{"class", "q-skipped"}, it.Skipped) }),
				),
				elt("td", attrs{"class", "answer-rating"}, it.Rating),
				el("td", nil,
					app.If(it.Owner == "" && it.Target == "", func() app.UI { return dateCell("") }),
					app.If(it.Owner != "", func() app.UI { return elt("div", nil, it.Owner) }),
					app.If(it.Target != "", func() app.UI { return elt("div", nil, "by "+humanDate(it.Target)) }),
				),
				elt("td", attrs{"class", "col-note note-text"}, it.Note),
			)
		})),
	))
}
