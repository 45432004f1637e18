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
	raci      raciSummary
	answers   []reportArea
	retired   []reportAnswer // answers to bank 1 questions no longer asked
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
	r.raci = summarizeRACI(r.A)
	r.answers = r.answers[:0]
	for _, ar := range assessment.Areas() {
		ra := reportArea{ID: ar.ID, Title: ar.Title, Intro: ar.Intro, Score: "no score yet"}
		if s, ok := r.d.score.Area(ar.ID); ok && s.HasScore {
			ra.Score = percent(s.Score)
		}
		for _, q := range assessment.QuestionsInArea(ar.ID) {
			it := reportItem(q.ID, q.Text, r.A.Answers[q.ID])
			it.Refs = assessment.RefsText(q.Refs)
			it.Skipped = assessment.SkipReason(q, r.A)
			ra.Items = append(ra.Items, it)
		}
		r.answers = append(r.answers, ra)
	}
	r.retired = r.retired[:0]
	for _, id := range slices.Sorted(maps.Keys(r.A.Retired)) {
		c, _ := assessment.RetiredQuestion(id)
		it := reportItem(id, c.OldText, r.A.Retired[id])
		it.Skipped = retiredFate(c)
		r.retired = append(r.retired, it)
	}
}

// reportItem is one answer as the report shows it.
func reportItem(id, text string, ans assessment.Answer) reportAnswer {
	it := reportAnswer{ID: id, Text: text, Rating: ans.Rating.Label(), Note: ans.Note, Target: ans.Target,
		Answered: ans.Rating != assessment.RatingNone}
	if lvl, ok := ans.Rating.Level(); ok {
		it.Rating = strconv.Itoa(lvl) + " \u00b7 " + it.Rating
	}
	if ans.Owner != "" {
		it.Owner = assessment.RoleLabel(ans.Owner)
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

// summarizeRACI counts, per domain, the filled rows, those with exactly one
// A and those with problems, and lists the problems and the high-relevance
// rows.
func summarizeRACI(a assessment.Assessment) raciSummary {
	m := a.Matrix
	s := raciSummary{Started: len(m) > 0}
	problems := assessment.CheckMatrix(a)
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
				if l.Accountable() {
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
		if row[role].Accountable() {
			a = append(a, shortRole(role))
		}
		if row[role].Responsible() {
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
		respondent += assessment.RoleLabel(p.RespondentRole)
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

func (r *Report) renderRACI() app.UI {
	s := r.raci
	if !s.Started {
		return elt("p", attrs{"class", "empty-state"}, "The ownership matrix has not been started: no control has been assigned to a role yet.")
	}
	return el("div", attrs{"class", "raci-summary"},
		el("div", attrs{"class", "table-wrap"}, el("table", attrs{"class", "data-table raci-domains"},
			elt("caption", attrs{"class", "table-caption"}, "Rows per domain (93 controls each)"),
			numHeads("Domain", "Rows filled", "Exactly one A", "Rows with problems"),
			el("tbody", nil, app.Range(s.Domains).Slice(func(i int) app.UI {
				d := s.Domains[i]
				return el("tr", nil,
					elt("th", attrs{"scope", "row"}, d.Label),
					elt("td", attrs{"class", "num"}, strconv.Itoa(d.Filled)),
					elt("td", attrs{"class", "num"}, strconv.Itoa(d.OneA)),
					elt("td", attrs{"class", "num"}, strconv.Itoa(d.WithProblem)),
				)
			})),
		)),
		elt("h3", nil, "Rows that break a rule"),
		app.If(len(s.Problems) == 0, func() app.UI {
			return elt("p", attrs{"class", "empty-state"}, "None: every filled row has exactly one A and, where needed, an R.")
		}).Else(func() app.UI {
			return el("div", attrs{"class", "table-wrap"}, el("table", attrs{"class", "data-table raci-problems"},
				colHeads("Control", "Domain", "Problem"),
				el("tbody", nil, app.Range(s.Problems).Slice(func(i int) app.UI {
					p := s.Problems[i]
					return el("tr", nil,
						el("td", nil, elt("strong", nil, p.Control), txt(" "+p.Label)),
						elt("td", attrs{"class", "nowrap"}, p.Domain),
						elt("td", nil, p.Message),
					)
				})),
			))
		}),
		app.If(len(s.Unassigned) > 0, func() app.UI {
			return el("div", attrs{"class", "raci-unassigned"},
				elt("h3", nil, "Empty rows that matter ("+strconv.Itoa(s.Gaps)+")"),
				elt("p", attrs{"class", "muted"}, "High-relevance plant-floor rows and shared-infrastructure rows with nobody assigned, by control number."),
				renderCellGroups(s.Unassigned),
			)
		}),
		elt("h3", nil, "Who holds A and R for the controls that matter most on the plant floor"),
		el("div", attrs{"class", "table-wrap"}, el("table", attrs{"class", "data-table raci-high"},
			el("thead", nil, el("tr", nil,
				elt("th", attrs{"scope", "col"}, "Control"),
				app.Range(assessment.Domains).Slice(func(i int) app.UI {
					return elt("th", attrs{"scope", "col"}, assessment.DomainLabel(assessment.Domains[i]))
				}),
			)),
			el("tbody", nil, app.Range(s.High).Slice(func(i int) app.UI {
				row := s.High[i]
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
