package app

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The report's own parts: the executive summary, the action plan table and
// the matrix annex. The other sections draw what Results draws.

// weakAreas is how many of the lowest-scoring areas the summary names.
const weakAreas = 2

// verdict is the executive summary's opening: where the organisation
// stands, where it is weakest and how serious the findings are, in
// sentences derived from the answers and the matrix alone.
func (r *Report) verdict() string {
	d := &r.d
	var s []string
	// "Unknown" counts as not in place: a first page that said only "61 of
	// 61 answered" would read as a complete picture when nobody could
	// answer some of them.
	answered := l10n.F("%d of %d questions answered", d.answered, d.total)
	if d.unknown > 0 {
		answered = l10n.F("%d of %d questions answered, %d of them \u201cunknown\u201d, which count as not in place until checked", d.answered, d.total, d.unknown)
	}
	// The bank's other questions concern situations the profile says the
	// organisation is not in; a reader who knows the bank's size should not
	// have to guess where they went.
	if n := len(assessment.Questions()) - d.total; n > 0 {
		answered += l10n.N(n,
			" (%d more question of the bank does not apply to this profile; Annex 1 says why)",
			" (%d more questions of the bank do not apply to this profile; Annex 1 says why)")
	}
	if d.score.HasScore {
		s = append(s, l10n.F("Overall maturity is %s, where level 3 (implemented) everywhere would be %s; %s.", percent(d.score.Overall), percent(75), answered))
	} else {
		s = append(s, l10n.F("There is no score yet: %s.", answered))
	}
	// A respondent's own assessment is one person's view: the summary says
	// so, from the profile alone, rather than present it as the whole
	// organisation's position. A consensus says who took part elsewhere.
	if r.A.IsConsensus() {
		// Which figures stand on the session and which on a default is
		// what a reader of a consensus needs first (ISO/IEC 27001 9.1:
		// results that are comparable and reproducible).
		agreed, unsettled := r.A.ConsensusBasis()
		s = append(s, l10n.F("The answers are the respondents' consensus (section 3, \u201cConsensus and dissent\u201d): %s agreed in the session; %s on which they differed and nobody settled, where the lowest answer given counts until the group agrees; the rest given alike by all.",
			l10n.N(agreed, "%d answer", "%d answers"), l10n.N(unsettled, "%d answer", "%d answers")))
		if n := restOnUnsettled(r.A, d.found); n > 0 {
			s = append(s, l10n.N(n, "%d finding depends on an answer the session did not settle: some respondents gave answers that would not raise it.", "%d findings depend on answers the session did not settle: some respondents gave answers that would not raise them."))
		}
	}
	if who := respondentText(r.A); who != "" && !r.A.IsConsensus() {
		s = append(s, l10n.F("All answers come from one respondent (%s).", who))
		if ids, confirm := assessment.OutsideSeat(r.A); len(ids) > 0 {
			s = append(s, outsideSeatText(ids, confirm))
		}
		if ids := assessment.OwnRoleAnswers(r.A); len(ids) > 0 {
			s = append(s, ownRoleText(ids))
		}
	}
	if d.excluded > 0 {
		s = append(s, l10n.N(d.excluded,
			"%d question on a requirement that cannot be excluded is answered \u201cnot applicable\u201d, and counts as not in place.",
			"%d questions on requirements that cannot be excluded are answered \u201cnot applicable\u201d, and count as not in place."))
	}
	if w := weakest(d.score, weakAreas); len(w) > 0 {
		s = append(s, l10n.F("Weakest areas: %s.", strings.Join(w, l10n.T(" and "))))
	}
	// What is in place is half the position: a mature site reads first
	// what to keep, then what to mend.
	if w := strongest(d.score, weakAreas); len(w) > 0 {
		s = append(s, l10n.F("Strongest areas: %s.", strings.Join(w, l10n.T(" and "))))
	}
	if n := len(d.strengths); n > 0 {
		s = append(s, l10n.N(n, "%d answer is at level 4, reviewed and improved (section 2).", "%d answers are at level 4, reviewed and improved (section 2)."))
	}
	if n := len(d.tensions); n > 0 {
		// The good news above stands on answers that others contradict.
		s = append(s, l10n.N(n, "%d pair of answers does not fit together and is to be checked against the evidence (section 2).", "%d pairs of answers do not fit together and are to be checked against the evidence (section 2)."))
	}
	total := sevTotal(r.d.counts)
	switch {
	case total == 0:
		s = append(s, l10n.T("No findings were raised."))
	default:
		s = append(s, l10n.F("%s (%s); the most serious: %s.", l10n.N(total, "%d finding", "%d findings"), countsText(r.d.counts), r.top[0].Title))
	}
	return strings.Join(s, " ")
}

// weakest names the n lowest-scoring areas of res below level 3 (75),
// lowest first, with their scores: "Scope definition (21%)".
func weakest(res assessment.Result, n int) []string {
	return rankedAreas(res, n, func(s float64) bool { return s < 75 }, func(x, y float64) int { return cmp.Compare(x, y) })
}

// strongest names the n highest-scoring areas of res at level 3 (75) or
// above, highest first, with their scores.
func strongest(res assessment.Result, n int) []string {
	return rankedAreas(res, n, func(s float64) bool { return s >= 75 }, func(x, y float64) int { return cmp.Compare(y, x) })
}

// rankedAreas names the first n areas of res with a score that keep
// accepts, in the order of their scores that order gives (stable in the
// areas' own order), each with its score.
func rankedAreas(res assessment.Result, n int, keep func(float64) bool, order func(x, y float64) int) []string {
	titles := areaTitles()
	var picked []assessment.AreaScore
	for _, a := range res.Areas {
		if a.HasScore && keep(a.Score) {
			picked = append(picked, a)
		}
	}
	slices.SortStableFunc(picked, func(x, y assessment.AreaScore) int { return order(x.Score, y.Score) })
	var out []string
	for _, a := range picked[:min(n, len(picked))] {
		out = append(out, titles[a.Area]+" ("+percent(a.Score)+")")
	}
	return out
}

// renderSummary is the executive summary: one printed page a plant
// director reads in a minute.
func (r *Report) renderSummary() app.UI {
	d := &r.d
	total := sevTotal(r.d.counts)
	score := l10n.T("No score yet")
	if d.score.HasScore {
		score = percent(d.score.Overall)
	}
	return el("div", attrs{"class", "exec"},
		elt("p", attrs{"class", "exec-lead", "id", "exec-lead"}, r.verdict()),
		el("div", attrs{"class", "exec-figures"},
			execFigure(l10n.T("Overall maturity"), score, "overall-score", answeredNote(d)),
			execFigure(l10n.T("Findings"), strconv.Itoa(total), "exec-findings-count", countsText(r.d.counts)),
			execFigure(l10n.T("Ownership matrix"), matrixFigureValue(&d.mx), "matrix-state", matrixFigureNote(&d.mx)),
			r.modelFigure(),
		),
		el("div", attrs{"class", "exec-cols"},
			el("div", attrs{"class", "exec-col"},
				elt("h3", nil, l10n.T("Position by area")),
				r.renderExecAreas(),
			),
			el("div", attrs{"class", "exec-col"},
				elt("h3", nil, l10n.T("Most serious findings")),
				r.renderExecFindings(total),
			),
		),
		el("div", attrs{"class", "exec-model"},
			elt("h3", nil, l10n.T("Recommended ownership model")),
			r.renderExecModel(),
		),
		elt("h3", nil, l10n.T("First five actions")),
		r.renderExecActions(),
	)
}

// modelFigure is the summary's key figure on the model: the recommended
// one with its points, or, where the answers show the model in use
// working while another leads on points, the model in use.
func (r *Report) modelFigure() app.UI {
	if w := r.d.reco.Working; w != "" {
		return execFigure(l10n.T("Model in use"), w, "recommended-model", l10n.T(workingNote))
	}
	return execFigure(l10n.T("Recommended model"), r.recName(), "recommended-model", pointsText(r.d.rec.Scores[r.d.rec.Model]))
}

// recName names the recommended model, or the tied ones: a tie is shown
// as a tie, never as one model.
func (r *Report) recName() string {
	rec := r.d.rec
	if !rec.IsTie() {
		return r.d.recModel.Name
	}
	names := make([]string, 0, len(rec.Tied))
	for _, id := range rec.Tied {
		if m, ok := assessment.ModelByID(id); ok {
			names = append(names, m.Name)
		}
	}
	return l10n.F("Tie: %s", strings.Join(names, l10n.T(" and ")))
}

// renderExecModel is the summary's line on the model: the recommended
// model and what it means, or the tie and what would decide it.
func (r *Report) renderExecModel() app.UI {
	rec := r.d.rec
	// With a model recorded as the one the organisation runs, whether the
	// answers call for a change is what the first page has to say.
	if r.d.reco.InUse != "" {
		name := r.recName()
		if w := r.d.reco.Working; w != "" {
			name = w
		}
		return el("p", nil, elt("strong", nil, name+". "), txt(r.d.reco.InUse))
	}
	if rec.IsTie() {
		return el("p", nil, elt("strong", nil, r.recName()+". "), txt(rec.Decide))
	}
	return el("p", nil, elt("strong", nil, r.d.recModel.Name+". "), txt(firstSentence(r.d.recModel.Summary)))
}

// matrixFigureValue is the matrix's key figure on the report's first
// page, as the results' card has it (figureLabel), without the tick the
// printed page does not draw.
func matrixFigureValue(mx *matrixView) string {
	label, _ := mx.figureLabel()
	return label
}

// matrixFigureNote is the note under the matrix's state on the first
// page: the rows decided and, for a matrix started from one of the
// tool's models, that it is still the tool's proposal, since a matrix
// that passes every check can be nobody's decision yet.
func matrixFigureNote(mx *matrixView) string {
	if mx.unchanged() {
		// Nobody decided these rows: the tool filled them.
		return l10n.F("%d rows filled from the tool's %s model, none changed since: not yet the organisation's decision", mx.Needed, mx.Preset.Model.Name) + mx.weighedNote()
	}
	if mx.mostlyProposal() {
		return l10n.F("%d of %d rows still as the tool's %s model filled them: not yet the organisation's decision", mx.unconfirmed(), mx.Needed, mx.Preset.Model.Name) + mx.weighedNote()
	}
	return l10n.F("%d of %d rows decided", mx.Decided, mx.Needed) + mx.presetNote() + mx.weighedNote()
}

// execFigure is one key figure of the summary: a label, the value (with
// id) and a note.
func execFigure(label, value, id, note string) app.UI {
	return el("div", attrs{"class", "exec-figure"},
		elt("p", attrs{"class", "exec-figure-label"}, label),
		elt("p", attrs{"class", "exec-figure-value", "id", id}, value),
		elt("p", attrs{"class", "exec-figure-note"}, note),
	)
}

// outsideSeatText says which answers the respondent gave on the other
// side of the estate (assessment.OutsideSeat) and who confirms them, in
// the role words the findings use.
func outsideSeatText(ids []string, confirm assessment.Role) string {
	if len(ids) == 1 {
		return l10n.F("The answer to %s concerns the other side of the estate only: %s should confirm it before it is relied on.", ids[0], assessment.RoleTerm(confirm))
	}
	return l10n.F("The answers to %s concern the other side of the estate only: %s should confirm them before they are relied on.", listText(ids), assessment.RoleTerm(confirm))
}

// ownRoleText says which answers rate the respondent's own role as ISMS
// owner (assessment.OwnRoleAnswers), and who confirms them.
func ownRoleText(ids []string) string {
	if len(ids) == 1 {
		return l10n.F("The respondent holds the ISMS owner role: the answer to %s rates that role itself, a self-assessment top management should confirm before it is relied on (ISO/IEC 27001 5.3).", ids[0])
	}
	return l10n.F("The respondent holds the ISMS owner role: the answers to %s rate that role itself, a self-assessment top management should confirm before they are relied on (ISO/IEC 27001 5.3).", listText(ids))
}

// renderExecAreas is the score of every area, with a bar drawn in SVG
// (the numbers are the text; the bars are decoration).
func (r *Report) renderExecAreas() app.UI {
	areas := r.d.areas
	return el("table", attrs{"class", "data-table exec-areas"},
		elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Maturity score by area")),
		numHeads(l10n.T("Area"), l10n.T("Score")),
		el("tbody", nil, app.Range(areas).Slice(func(i int) app.UI {
			a := &areas[i]
			return el("tr", nil,
				elt("th", attrs{"scope", "row"}, a.Title),
				el("td", attrs{"class", "num"},
					app.If(a.HasScore && i < len(r.d.bars), func() app.UI { return scoreBar(r.d.bars[i].Value) }),
					txt(" "+a.Score),
				),
			)
		})),
	)
}

// scoreBar is a small bar of a score from 0 to 100.
func scoreBar(v float64) app.UI {
	w := min(max(v, 0), 100)
	return svg("svg", attrs{"class", "exec-bar", "viewBox", "0 0 100 10", "width", "60", "height", "6", "aria-hidden", "true", "focusable", "false", "preserveAspectRatio", "none"},
		svg("rect", attrs{"class", "chart-track", "x", "0", "y", "0", "width", "100", "height", "10"}),
		svg("rect", attrs{"class", "chart-bar", "x", "0", "y", "0", "width", num(w), "height", "10"}),
	)
}

// renderExecFindings names the most serious findings, with how many more
// the findings section holds.
func (r *Report) renderExecFindings(total int) app.UI {
	if len(r.top) == 0 {
		return elt("p", attrs{"class", "empty-state"}, l10n.T("No findings: no answer or matrix row shows a major weakness."))
	}
	return el("div", nil,
		el("ol", attrs{"class", "exec-findings"}, app.Range(r.top).Slice(func(i int) app.UI {
			f := &r.top[i]
			return el("li", attrs{"class", f.Class},
				elt("span", attrs{"class", "sev-badge"}, f.Severity),
				txt(" "+f.Title),
				app.If(f.Evidence != "", func() app.UI { return elt("span", attrs{"class", "exec-evidence"}, " ("+f.Evidence+")") }),
			)
		})),
		app.If(total > len(r.top), func() app.UI {
			return elt("p", attrs{"class", "exec-more"}, l10n.N(total-len(r.top), "and %d more finding in section 3.", "and %d more findings in section 3."))
		}),
	)
}

// renderExecActions lists the first actions of the plan.
func (r *Report) renderExecActions() app.UI {
	rows := r.plan[:min(reportFirstActions, len(r.plan))]
	if len(rows) == 0 {
		return elt("p", attrs{"class", "empty-state"}, l10n.T("No actions: every answer is at level 3 (implemented) or above."))
	}
	caption := elt("caption", attrs{"class", "visually-hidden"}, l10n.T("The first five actions of the plan"))
	if legend := ownerLegend(rows, execOwnerChecks); legend != "" {
		caption = el("caption", attrs{"class", "table-caption"},
			elt("span", attrs{"class", "visually-hidden"}, l10n.T("The first five actions of the plan")+". "),
			txt(legend))
	}
	return el("table", attrs{"class", "data-table exec-actions", "id", "exec-actions"},
		caption,
		colHeads("#", l10n.T("Action"), l10n.T("Owner"), l10n.T("Due")),
		el("tbody", nil, app.Range(rows).Slice(func(i int) app.UI {
			p := &rows[i]
			return el("tr", nil,
				elt("td", attrs{"class", "num"}, strconv.Itoa(p.Rank)),
				el("td", nil, txt(p.Lead), elt("span", attrs{"class", "exec-evidence"}, " ("+p.Question+")")),
				el("td", nil, txt(p.Owner),
					ownerCheckLines("div", execOwnerChecks(*p), false)),
				el("td", attrs{"class", "nowrap"}, dateCell(p.Due), eltIf("div", "first-step", p.FirstStep)),
			)
		})),
	)
}

// restOnUnsettled counts the findings of consensus a that rest on
// disputed answers alone (assessment.Assessment.RestsOnDisputed).
func restOnUnsettled(a assessment.Assessment, fs []assessment.Finding) int {
	n := 0
	for _, f := range fs {
		if a.RestsOnDisputed(f) {
			n++
		}
	}
	return n
}

// execOwnerChecks are the owner checks the summary's first actions show:
// whether the owner is the usual one and is held by anyone, which top
// management acts on. Whether the plan and the matrix agree on the owner
// (assessment.OwnerOffMatrix) is for the consultant to reconcile, with the
// rows it names: the plan in section 6 and the workbook show it.
func execOwnerChecks(p planRow) []assessment.OwnerCheck {
	var out []assessment.OwnerCheck
	for _, c := range p.OwnerChecks {
		if c.Kind != assessment.OwnerOffMatrix {
			out = append(out, c)
		}
	}
	return out
}

// renderPlan is the action plan as one full-width table, in the order of
// assessment.Actions.
func (r *Report) renderPlan() app.UI {
	plan := r.renderPlanTable()
	// Findings no answer raised have no action of their own: one the plan
	// works on through its related question's action says which; the
	// others' first steps stand with them in section 3.
	var notes []string
	n := 0
	for _, f := range r.d.found {
		if !f.Unasked() {
			continue
		}
		act, ok := f.AddressedBy(r.d.acts)
		if !ok {
			n++
			continue
		}
		rank := slices.IndexFunc(r.plan, func(p planRow) bool { return p.Question == act.Question }) + 1
		notes = append(notes, l10n.F("The finding \u201c%s\u201d is addressed by action %d (%s).", f.Title, rank, act.Question))
	}
	if n > 0 {
		notes = append(notes, l10n.N(n,
			"%d finding comes from the profile, the ownership matrix, the role register or the authority table, not from an answer: its first step is in section 3.",
			"%d findings come from the profile, the ownership matrix, the role register or the authority table, not from an answer: their first steps are in section 3."))
	}
	if len(notes) == 0 {
		return plan
	}
	return el("div", nil,
		elt("p", attrs{"class", "muted", "id", "report-plan-unasked"}, strings.Join(notes, " ")),
		plan,
	)
}

// renderPlanTable is the plan's table, or a sentence when it is empty.
func (r *Report) renderPlanTable() app.UI {
	if len(r.plan) == 0 {
		return elt("p", attrs{"class", "empty-state"}, l10n.T("No actions yet. Every answer below level 3 (Implemented), and every \u201cUnknown\u201d, becomes an action here."))
	}
	return el("table", attrs{"class", "data-table plan-table", "id", "report-actions-table"},
		elt("caption", attrs{"class", "table-caption"}, planCaption(r.plan, func(p planRow) []assessment.OwnerCheck { return p.OwnerChecks })+" "+assessment.AimLegend()),
		el("thead", nil, el("tr", nil,
			elt("th", attrs{"scope", "col", "class", "num"}, "#"),
			elt("th", attrs{"scope", "col", "class", "col-priority"}, l10n.T("Question and priority")),
			elt("th", attrs{"scope", "col", "class", "col-action"}, l10n.T("Action")),
			elt("th", attrs{"scope", "col", "class", "col-owner"}, l10n.T("Owner and due date")),
		)),
		el("tbody", nil, app.Range(r.plan).Slice(func(i int) app.UI {
			p := &r.plan[i]
			return el("tr", nil,
				elt("td", attrs{"class", "num"}, strconv.Itoa(p.Rank)),
				// The question leads the first cell rather than taking a
				// column of its own: the printed plan gives the width to
				// the action and its owner.
				el("td", attrs{"class", "col-priority"},
					el("div", attrs{"class", "plan-qid"}, elt("a", attrs{"href", p.Href}, p.Question)),
					elt("span", attrs{"class", p.BandClass}, strconv.Itoa(p.Priority)),
					app.If(p.Gap != "", func() app.UI { return el("div", nil, gapBadge(p.Gap, p.GapClass)) }),
					app.If(p.Effort != "", func() app.UI { return elt("div", nil, l10n.F("Effort %s", p.Effort)) }),
					app.If(p.QuickWin, func() app.UI { return elt("div", attrs{"class", "plan-quick"}, l10n.T("Quick win")) }),
					app.If(p.Status != "", func() app.UI { return elt("div", nil, p.Status) }),
				),
				el("td", attrs{"class", "col-action"},
					elt("p", attrs{"class", "action-title"}, p.Task),
					eltIf("p", "action-order", p.OrderNote),
					elt("p", attrs{"class", "action-detail"}, p.Detail),
					app.If(p.Downtime != "", func() app.UI {
						return el("p", attrs{"class", "action-downtime"}, elt("strong", nil, l10n.T("Plant constraints: ")), txt(p.Downtime))
					}),
				),
				el("td", attrs{"class", "col-owner"},
					elt("div", nil, p.Owner),
					ownerCheckLines("div", p.OwnerChecks, false),
					app.If(p.Due != "", func() app.UI { return elt("div", attrs{"class", "plan-due"}, l10n.F("by %s", p.Due)) }).
						Else(func() app.UI { return elt("div", attrs{"class", "plan-due muted"}, l10n.T("no due date")) }),
					eltIf("div", "first-step", p.FirstStep),
				),
			)
		})),
	)
}

// renderMatrixAnnex is the matrix annex: every control with who holds
// which letter in each domain.
func (r *Report) renderMatrixAnnex() app.UI {
	// Pages of dashes would say nothing the matrix section has not said.
	if r.d.mx.State == assessment.MatrixNotStarted {
		return elt("p", attrs{"class", "empty-state", "id", "report-matrix-empty"}, l10n.T("Not printed: no row of the ownership matrix names a role yet (section 4)."))
	}
	rows := r.matrix
	return el("div", attrs{"class", "report-grids"},
		elt("p", attrs{"class", "muted"}, l10n.T("Every control of Annex A with the roles that hold a letter in each domain: A accountable, R responsible, A/R both, C consulted, I informed. Controls in bold matter most on the plant floor; a dash is a row without letters.")),
		el("table", attrs{"class", "data-table grid-table", "id", "report-matrix-table"},
			elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Ownership matrix, every row")),
			el("thead", nil, el("tr", nil,
				elt("th", attrs{"scope", "col", "class", "grid-ctl"}, l10n.T("Control")),
				app.Range(assessment.Domains).Slice(func(i int) app.UI {
					return elt("th", attrs{"scope", "col"}, assessment.DomainLabel(assessment.Domains[i]))
				}),
			)),
			el("tbody", nil, app.Range(rows).Slice(func(i int) app.UI {
				row := &rows[i]
				cls := ""
				if row.High {
					cls = "grid-high"
				}
				return el("tr", attrs{"class", cls},
					el("th", attrs{"scope", "row", "class", "grid-ctl"}, elt("span", attrs{"class", "q-id"}, row.Control), txt(" "+row.Label)),
					app.Range(row.Cells).Slice(func(j int) app.UI {
						if row.Cells[j] == "" {
							return el("td", nil, dateCell(""))
						}
						return elt("td", nil, row.Cells[j])
					}),
				)
			})),
		),
	)
}

// firstSentence is s up to its first full stop followed by a space: the
// gist of a model's summary, for the one-page summary.
func firstSentence(s string) string {
	from := 0
	for {
		i := strings.Index(s[from:], ". ")
		if i < 0 {
			return s
		}
		i += from
		if !abbreviation(s[:i+1]) {
			return s[:i+1]
		}
		from = i + 2
	}
}

// abbreviations end with a full stop that does not end a sentence
// ("e.g.", German "z. B.", "bzw.").
var abbreviations = map[string]bool{
	"e.g.": true, "i.e.": true, "etc.": true, "cf.": true,
	"z.": true, "b.": true, "d.": true, "h.": true, "u.": true, "a.": true, "ggf.": true, "bzw.": true,
	"usw.": true, "inkl.": true, "ca.": true, "nr.": true, "gem.": true, "vgl.": true, "sog.": true, "evtl.": true,
}

// abbreviation reports whether s ends with one of abbreviations.
func abbreviation(s string) bool {
	w := s[strings.LastIndexAny(s, " (")+1:]
	return abbreviations[strings.ToLower(w)]
}
