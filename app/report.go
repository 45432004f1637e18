package app

import (
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
	A assessment.Assessment

	d         resultData
	generated string
	raci      raciSummary
	answers   []reportArea
}

// raciSummary condenses the ownership matrix for the report.
type raciSummary struct {
	Started    bool
	Domains    []raciDomain
	Problems   []raciProblem // rows with letters that break a rule
	Unassigned []cellGroup   // empty rows that matter, by domain
	Gaps       int           // how many
	High       []raciRow     // high-relevance controls and who holds A and R
}

type raciDomain struct {
	Label                     string
	Filled, OneA, WithProblem int
}

type raciProblem struct{ Control, Label, Domain, Message string }

type raciRow struct {
	Control, Label string
	Cells          []string // one per assessment.Domains
}

type reportArea struct {
	ID, Title, Score string
	Items            []reportAnswer
}

type reportAnswer struct {
	ID, Text, Rating, Owner, Target, Note string
	Answered                              bool
}

// OnInit derives the report before the first render.
func (r *Report) OnInit() { r.derive(time.Now()) }

// OnPreRender derives the report when rendered natively (tests).
func (r *Report) OnPreRender(ctx app.Context) { r.derive(time.Now()) }

// OnUpdate re-derives when the assessment changes.
func (r *Report) OnUpdate(ctx app.Context) { r.derive(time.Now()) }

func (r *Report) derive(now time.Time) {
	r.d = derived(r.A)
	r.generated = now.Format("2 January 2006, 15:04")
	r.raci = summarizeRACI(r.A.Matrix)
	r.answers = r.answers[:0]
	for _, ar := range assessment.Areas() {
		ra := reportArea{ID: ar.ID, Title: ar.Title, Score: "no score yet"}
		if s, ok := r.d.score.Area(ar.ID); ok && s.HasScore {
			ra.Score = percent(s.Score)
		}
		for _, q := range assessment.QuestionsInArea(ar.ID) {
			ans := r.A.Answers[q.ID]
			it := reportAnswer{ID: q.ID, Text: q.Text, Rating: ans.Rating.Label(), Note: ans.Note, Target: ans.Target,
				Answered: ans.Rating != assessment.RatingNone}
			if lvl, ok := ans.Rating.Level(); ok {
				it.Rating = strconv.Itoa(lvl) + " \u00b7 " + it.Rating
			}
			if ans.Owner != "" {
				it.Owner = assessment.RoleLabel(ans.Owner)
			}
			ra.Items = append(ra.Items, it)
		}
		r.answers = append(r.answers, ra)
	}
}

// summarizeRACI counts, per domain, the filled rows, those with exactly one
// A and those with problems, and lists the problems and the high-relevance
// rows.
func summarizeRACI(m assessment.Matrix) raciSummary {
	s := raciSummary{Started: len(m) > 0}
	problems := assessment.CheckMatrix(m)
	bad := map[assessment.CellKey]bool{}
	var gaps []assessment.CellKey
	for _, p := range problems {
		bad[p.Key] = true
		c, _ := assessment.ControlByID(p.Key.Control)
		if p.Kind == assessment.ProblemUnassigned {
			gaps = append(gaps, p.Key)
			continue
		}
		s.Problems = append(s.Problems, raciProblem{Control: p.Key.Control, Label: c.Label,
			Domain: assessment.DomainLabel(p.Key.Domain), Message: p.Message})
	}
	s.Unassigned, s.Gaps = groupCells(gaps), len(gaps)
	for _, d := range assessment.Domains {
		rd := raciDomain{Label: assessment.DomainLabel(d)}
		for _, c := range assessment.Controls() {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			if bad[k] {
				rd.WithProblem++
			}
			row := m[k]
			if assessment.RowsEqual(row, nil) {
				continue
			}
			rd.Filled++
			as := 0
			for _, l := range row {
				if l == assessment.LetterAccountable {
					as++
				}
			}
			if as == 1 {
				rd.OneA++
			}
		}
		s.Domains = append(s.Domains, rd)
	}
	for _, c := range assessment.Controls() {
		if c.Relevance != assessment.RelevanceHigh {
			continue
		}
		row := raciRow{Control: c.ID, Label: c.Label}
		for _, d := range assessment.Domains {
			row.Cells = append(row.Cells, holders(m[assessment.CellKey{Control: c.ID, Domain: d}]))
		}
		s.High = append(s.High, row)
	}
	return s
}

// holders says who is A and who is R in a row: "A: IT lead; R: OT lead".
func holders(row assessment.RACI) string {
	var a, r []string
	for _, role := range assessment.RACIRoles {
		switch row[role] {
		case assessment.LetterAccountable:
			a = append(a, shortRole(role))
		case assessment.LetterResponsible:
			r = append(r, shortRole(role))
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

// shortRole is a role's label without its explanation in brackets, for
// dense tables: "ISMS owner" rather than "ISMS owner (CISO / risk)".
func shortRole(r assessment.Role) string {
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

func connectivityLabel(c string) string {
	switch c {
	case assessment.ConnectivityIsolated:
		return "Isolated: no routine data exchange with corporate IT"
	case assessment.ConnectivityBrokered:
		return "Brokered: exchange only through a DMZ, diode or jump hosts"
	case assessment.ConnectivityIntegrated:
		return "Integrated: routine direct connections between IT and OT"
	}
	return "\u2014"
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
		respondent += assessment.RoleLabel(p.RespondentRole)
	}
	plants := "\u2014"
	if p.Plants > 0 {
		plants = strconv.Itoa(p.Plants)
	}
	return app.Elem("article").Class("report").Body(
		app.Elem("div").Class("report-toolbar").Body(
			app.Elem("p").Class("muted").Text("This page is laid out for printing. Choose \u201cSave as PDF\u201d in the print dialog to keep a copy."),
			app.Elem("button").Attr("type", "button").ID("report-print").Body(
				printIcon(),
				app.Text("Print / Save as PDF"),
			).OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actPrint) }),
		),

		app.Elem("section").Class("report-cover").ID("report-cover").Aria("labelledby", "report-title").Body(
			app.Elem("p").Class("report-kicker").Text("ISO/IEC 27001 \u00b7 ownership across corporate IT and plant OT"),
			app.Elem("h1").ID("report-title").Text("ISMS ownership assessment"),
			app.Elem("p").Class("report-name").Text(displayName(a)),
			app.Elem("dl").Class("report-facts").Body(
				fact("Organisation", orDash(p.Organisation)),
				fact("Site", orDash(p.Site)),
				fact("Respondent", orDash(respondent)),
				fact("Assessor", orDash(p.Assessor)),
				fact("Assessment date", orDash(humanDate(p.Date))),
				fact("Generated on", r.generated),
			),
			app.Elem("h2").Class("report-subhead").Text("Context"),
			app.Elem("dl").Class("report-facts report-context").Body(
				fact("Sector", orDash(p.Sector)),
				fact("Plants", plants),
				fact("GMP-validated systems in scope", yesNo(p.Validated)),
				fact("Safety-critical processes", yesNo(p.SafetyCritical)),
				fact("Central risk or security function", yesNo(p.CentralRisk)),
				fact("IT/OT connectivity", connectivityLabel(p.Connectivity)),
			),
			app.Elem("p").Class("report-confidential").Text("Confidential: this report describes gaps in how information security is owned and run. Share it only with the people who need it."),
		),

		app.Elem("section").Class("report-section report-summary").ID("report-summary").Aria("labelledby", "rs-summary").Body(
			app.Elem("h2").ID("rs-summary").Text("1. Summary"),
			renderSummaryCards(&r.d),
			app.Elem("div").Class("report-chart-grid").Body(
				renderAreaChart(&r.d, "report-chart"),
				renderAreaTable(&r.d),
			),
		),

		app.Elem("section").Class("report-section report-flags").ID("report-flags").Aria("labelledby", "rs-flags").Body(
			app.Elem("h2").ID("rs-flags").Text("2. Red flags"),
			renderFindings(&r.d, true),
		),

		app.Elem("section").Class("report-section report-model page-break").ID("report-model").Aria("labelledby", "rs-model").Body(
			app.Elem("h2").ID("rs-model").Text("3. Recommended ownership model"),
			renderModel(&r.d, false),
		),

		app.Elem("section").Class("report-section report-actions page-break").ID("report-actions").Aria("labelledby", "rs-actions").Body(
			app.Elem("h2").ID("rs-actions").Text("4. Action plan"),
			renderActions(&r.d, "report-actions-table", 0),
		),

		app.Elem("section").Class("report-section report-raci page-break").ID("report-raci").Aria("labelledby", "rs-raci").Body(
			app.Elem("h2").ID("rs-raci").Text("5. Ownership matrix (RACI)"),
			r.renderRACI(),
		),

		app.Elem("section").Class("report-section report-answers page-break").ID("report-answers").Aria("labelledby", "rs-answers").Body(
			app.Elem("h2").ID("rs-answers").Text("6. Answers and notes"),
			app.Range(r.answers).Slice(func(i int) app.UI { return r.renderArea(r.answers[i]) }),
		),
		app.Elem("footer").Class("report-footer muted").Text("Generated by the ISMS Ownership Assessment on "+r.generated+". Scores, red flags and actions are derived from the answers and the matrix as they stood then."),
	)
}

// printIcon is a small printer drawn in SVG (symbol fonts vary too much
// between the PCs the file is opened on).
func printIcon() app.UI {
	stroke := func(e app.HTMLElem) app.HTMLElem {
		return e.Attr("fill", "none").Attr("stroke", "currentColor").Attr("stroke-width", "1.6").Attr("stroke-linejoin", "round")
	}
	return svg("svg").Class("icon").Attr("viewBox", "0 0 16 16").Attr("width", "16").Attr("height", "16").
		Aria("hidden", "true").Attr("focusable", "false").Body(
		stroke(svg("path").Attr("d", "M4.5 6V1.8h7V6")),
		stroke(svg("rect").Attr("x", "1.8").Attr("y", "6").Attr("width", "12.4").Attr("height", "5.4").Attr("rx", "1")),
		stroke(svg("rect").Attr("x", "4.5").Attr("y", "9.5").Attr("width", "7").Attr("height", "4.7")),
	)
}

func fact(term, value string) app.UI {
	return app.Elem("div").Class("fact").Body(app.Elem("dt").Text(term), app.Elem("dd").Text(value))
}

func (r *Report) renderRACI() app.UI {
	s := r.raci
	if !s.Started {
		return app.Elem("p").Class("empty-state").Text("The ownership matrix has not been started: no control has been assigned to a role yet.")
	}
	return app.Elem("div").Class("raci-summary").Body(
		app.Elem("div").Class("table-wrap").Body(app.Elem("table").Class("data-table raci-domains").Body(
			app.Elem("caption").Class("table-caption").Text("Rows per domain (93 controls each)"),
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("Domain"),
				app.Elem("th").Attr("scope", "col").Class("num").Text("Rows filled"),
				app.Elem("th").Attr("scope", "col").Class("num").Text("Exactly one A"),
				app.Elem("th").Attr("scope", "col").Class("num").Text("Rows with problems"),
			)),
			app.Elem("tbody").Body(app.Range(s.Domains).Slice(func(i int) app.UI {
				d := s.Domains[i]
				return app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "row").Text(d.Label),
					app.Elem("td").Class("num").Text(strconv.Itoa(d.Filled)),
					app.Elem("td").Class("num").Text(strconv.Itoa(d.OneA)),
					app.Elem("td").Class("num").Text(strconv.Itoa(d.WithProblem)),
				)
			})),
		)),
		app.Elem("h3").Text("Rows that break a rule"),
		app.If(len(s.Problems) == 0, func() app.UI {
			return app.Elem("p").Class("empty-state").Text("None: every filled row has exactly one A and, where needed, an R.")
		}).Else(func() app.UI {
			return app.Elem("div").Class("table-wrap").Body(app.Elem("table").Class("data-table raci-problems").Body(
				app.Elem("thead").Body(app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "col").Text("Control"),
					app.Elem("th").Attr("scope", "col").Text("Domain"),
					app.Elem("th").Attr("scope", "col").Text("Problem"),
				)),
				app.Elem("tbody").Body(app.Range(s.Problems).Slice(func(i int) app.UI {
					p := s.Problems[i]
					return app.Elem("tr").Body(
						app.Elem("td").Body(app.Elem("strong").Text(p.Control), app.Text(" "+p.Label)),
						app.Elem("td").Class("nowrap").Text(p.Domain),
						app.Elem("td").Text(p.Message),
					)
				})),
			))
		}),
		app.If(len(s.Unassigned) > 0, func() app.UI {
			return app.Elem("div").Class("raci-unassigned").Body(
				app.Elem("h3").Text("Empty rows that matter ("+strconv.Itoa(s.Gaps)+")"),
				app.Elem("p").Class("muted").Text("High-relevance plant-floor rows and shared-infrastructure rows with nobody assigned, by control number."),
				renderCellGroups(s.Unassigned),
			)
		}),
		app.Elem("h3").Text("Who holds A and R for the controls that matter most on the plant floor"),
		app.Elem("div").Class("table-wrap").Body(app.Elem("table").Class("data-table raci-high").Body(
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("Control"),
				app.Range(assessment.Domains).Slice(func(i int) app.UI {
					return app.Elem("th").Attr("scope", "col").Text(assessment.DomainLabel(assessment.Domains[i]))
				}),
			)),
			app.Elem("tbody").Body(app.Range(s.High).Slice(func(i int) app.UI {
				row := s.High[i]
				return app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "row").Body(app.Elem("strong").Text(row.Control), app.Text(" "+row.Label)),
					app.Range(row.Cells).Slice(func(j int) app.UI {
						if row.Cells[j] == "" {
							return app.Elem("td").Class("muted").Body(dateCell(""))
						}
						return app.Elem("td").Text(row.Cells[j])
					}),
				)
			})),
		)),
	)
}

func (r *Report) renderArea(ra reportArea) app.UI {
	return app.Elem("div").Class("report-area").Body(
		app.Elem("h3").Body(
			app.Text(ra.Title),
			app.Elem("span").Class("report-area-score muted").Text(" \u00b7 score "+ra.Score),
		),
		app.Elem("div").Class("table-wrap").Body(app.Elem("table").Class("data-table answers-table").Body(
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Class("col-q").Text("Question"),
				app.Elem("th").Attr("scope", "col").Text("Answer"),
				app.Elem("th").Attr("scope", "col").Text("Follow-up"),
				app.Elem("th").Attr("scope", "col").Class("col-note").Text("Notes and evidence"),
			)),
			app.Elem("tbody").Body(app.Range(ra.Items).Slice(func(i int) app.UI {
				it := ra.Items[i]
				cls := ""
				if !it.Answered {
					cls = "unanswered"
				}
				return app.Elem("tr").Class(cls).Body(
					app.Elem("td").Class("col-q").Body(
						app.Elem("span").Class("q-id").Text(it.ID),
						app.Text(" "+it.Text),
					),
					app.Elem("td").Class("answer-rating").Text(it.Rating),
					app.Elem("td").Body(
						app.If(it.Owner == "" && it.Target == "", func() app.UI { return dateCell("") }),
						app.If(it.Owner != "", func() app.UI { return app.Elem("div").Text(it.Owner) }),
						app.If(it.Target != "", func() app.UI { return app.Elem("div").Text("by " + humanDate(it.Target)) }),
					),
					app.Elem("td").Class("col-note note-text").Text(it.Note),
				)
			})),
		)),
	)
}
