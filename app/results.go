package app

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Results shows scores, findings, the model and the action plan.
//
// Opening the view must paint at once, and every DOM node go-app creates
// crosses from wasm to JavaScript several times. So the first frame holds
// only what the eye goes to first: the heading, the summary cards and the
// chart. The other sections are appended below them one per frame (see
// resultsStage), which takes a few frames in all, never moves what is
// already on screen, and keeps aria-busy on the view until it is complete.
// The report renders everything at once, for printing.
type Results struct {
	app.Compo
	Env *Env
	A   assessment.Assessment

	d          resultData
	shown      resultsStage // the sections rendered so far
	allActions bool         // the whole action plan rather than its top
	tableOpen  bool         // the disclosure of the chart's table is open
	ctx        app.Context  // this component's context (for tests)
}

// resultsStage counts the parts of the results page that are rendered;
// each stage adds one part, below the others, in its own frame. Two
// stages after the top keep each frame short (under 10 ms) and complete
// the page sooner than the old single frame did.
type resultsStage int

const (
	stageTop      resultsStage = iota // heading, summary cards, chart
	stageFindings                     // findings, the matrix's state and the recommended model
	stageActions                      // action plan: the page is complete
)

// resultsTopActions is how many actions the results page lists before the
// "show all" button: the highest priorities are what a workshop discusses;
// the full plan is one click away, and in the report.
const resultsTopActions = 10

// OnInit derives everything before the first render.
func (r *Results) OnInit() { r.d = r.Env.derived(r.A) }

// OnMount runs after the first frame is rendered: it starts appending the
// other sections, one per frame.
func (r *Results) OnMount(ctx app.Context) {
	r.ctx = ctx
	r.advance(ctx)
}

// OnPreRender does the same when rendered natively (tests), where
// OnMount is not called.
func (r *Results) OnPreRender(ctx app.Context) { r.OnMount(ctx) }

// OnUpdate re-derives when the assessment changes.
func (r *Results) OnUpdate(ctx app.Context) { r.OnInit() }

// advance renders the next section. It runs in a dispatch, which marks the
// view for the next frame; the deferred call runs once that frame is
// rendered and queues the following step. (ctx.Defer alone would run in
// the same frame, and a dispatch alone before it: either would render
// everything at once.)
func (r *Results) advance(ctx app.Context) {
	if r.shown >= stageActions {
		return
	}
	r.shown++
	ctx.Defer(func(ctx app.Context) { ctx.Dispatch(r.advance) })
}

// toggleTable follows the chart's table disclosure, opened or closed by
// the user (the browser toggles it; go-app only learns of it here).
func (r *Results) toggleTable(ctx app.Context, e app.Event) {
	r.tableOpen = ctx.JSSrc().Get("open").Bool()
}

// showAll lists every action, or only the top ones again.
func (r *Results) showAll(ctx app.Context, e app.Event) { r.allActions = !r.allActions }

// print shows the whole page (every section and action, the model
// comparison open) and then opens the print dialog, once that is rendered.
func (r *Results) print(ctx app.Context, e app.Event) {
	r.shown, r.allActions = stageActions, true
	ctx.Defer(func(ctx app.Context) {
		if d := app.Window().GetElementByID(modelCompareID); d.Truthy() {
			d.Set("open", true)
		}
		r.Env.Print()
	})
}

// resultsCellLimit caps the matrix rows listed under one finding on the
// results page; the report lists them all, grouped by domain.
const resultsCellLimit = 12

// lastDerived is the last derivation and the assessment it was made from.
// The results and the report show the same derived data, and each visit
// mounts them afresh: going from one to the other, or back to the results
// from another view, takes it from here when the assessment has not
// changed since. The session replaces the maps of the assessment on every
// change (copy on write), so the comparison is cheap: an unchanged map is
// the same map.
type lastDerived struct {
	a  assessment.Assessment
	d  resultData
	ok bool
}

// derived returns what the engine derives from a, computed once per change
// of the assessment.
func (e *Env) derived(a assessment.Assessment) resultData {
	if m := &e.last; m.ok && reflect.DeepEqual(m.a, a) {
		return m.d
	}
	d := deriveResults(a)
	e.last = lastDerived{a: a, d: d, ok: true}
	return d
}

// resultData is everything the results and the report show that is derived
// from the assessment by the engine, computed once per change.
type resultData struct {
	id                 string
	roleTerms          string // which of the organisation's titles the findings' role words stand for (assessment.RoleTermsText)
	score              assessment.Result
	answered, total    int
	unknown, na        int
	excluded           int // N/A on a requirement, counted as 0 (assessment.Question.Excluded)
	bars               []ChartBar
	areas              []areaRow
	strengths          []qLink  // the answers at level 4, with the state their question describes (strengthsOf)
	tensions           []string // the pairs of answers that do not fit together (assessment.AnswerTensions), as sentences
	high, noted        int      // answers at level 3 or 4, and those with a note
	consensus          bool     // the answers are a consensus's, so they rest on the respondents' word
	findings           []findingView
	found              []assessment.Finding // as assessment.Findings gives them, in the plan's order within each severity (assessment.ByPlanOrder)
	counts             []sevCount           // found by severity
	rec                assessment.Recommendation
	recModel           assessment.Model
	models             []modelView
	reco               recoView
	actions            []actionView
	acts               []assessment.Action // as assessment.Actions gives them
	dropped            []actionView        // generated actions the consultant dropped
	mx                 matrixView
	questionsHref      string
	matrixHref         string
	reportHref, result string
}

type areaRow struct {
	ID, Title, Score                  string
	HasScore                          bool
	Answered, Total, Unknown, Applies int
}

// qLink is a question named as evidence: its ID, its text, the answer
// given and the respondent's note on it ("" none), linked to the question.
// The note is what the workshop recorded (a lost program, a flat
// network): a reader traces the finding to it, not only to a level.
type qLink struct{ ID, Href, Text, Answer, Note string }

// cellLink is a matrix row named as evidence, linked to its control in
// the matrix.
type cellLink struct{ Label, Href string }

type findingView struct {
	ID, Title, Reason string
	Step              string // the first step, a task
	Refs              string // "ISO 27001 5.3; Annex A 5.2"
	Detail            string // the figures of a matrix-state finding (assessment.Finding.Detail)
	Severity          string // "Critical", "High" or "Medium"
	Critical, High    bool
	Questions         []qLink
	Cells             []cellLink  // "5.15 Control of access · Plant OT", up to the limit
	MoreCells         int         // cells beyond the limit
	Groups            []cellGroup // every cell, grouped by domain (report)
	// Register names, for a finding of the role register, the authority
	// table or the profile, where its Detail comes from; RegisterHref
	// links there. "" for the others, whose Detail comes from the matrix.
	Register, RegisterHref string
}

// cellGroup lists the controls of several matrix rows of one domain:
// 125 rows read far better as three lines than as 125 chips.
type cellGroup struct{ Domain, Controls string }

// groupCells groups matrix rows by domain, in domain order, keeping the
// order of the controls.
func groupCells(keys []assessment.CellKey) []cellGroup {
	var out []cellGroup
	for _, d := range assessment.Domains {
		var ids []string
		for _, k := range keys {
			if k.Domain == d {
				ids = append(ids, k.Control)
			}
		}
		if len(ids) > 0 {
			out = append(out, cellGroup{Domain: assessment.DomainLabel(d), Controls: strings.Join(ids, ", ")})
		}
	}
	return out
}

type modelView struct {
	assessment.Model
	Points      int
	Recommended bool // the single highest score, unless the model in use works (InUse)
	Tied        bool // one of the models sharing the highest score
	// InUse: the model in use, which the answers show working while
	// another leads on points (recoView.Working); it is marked instead of
	// a recommendation nobody is to act on.
	InUse bool
}

// actionView is one action of the plan as the results and the report
// show it (see actionViewOf in actions.go).
type actionView struct {
	Question, Href, Title, Detail, Downtime string
	Area, Owner, Target, BandClass          string
	// OrderNote says what the action waits for and what waits for it
	// (assessment.Action.OrderNote).
	OrderNote string
	// FirstStep says when the task's first step is due, beside the due
	// date of the whole action (assessment.Action.FirstStep).
	FirstStep string
	// OwnerChecks ask to check the owning function
	// (assessment.Assessment.OwnerChecks).
	OwnerChecks []assessment.OwnerCheck
	// Gap and GapClass are the action's gapTag.
	Gap, GapClass  string
	Priority, Rank int

	ID, Person, Generated string
	// Addresses names the findings the action helps close
	// (assessment.HelpsClose, each as Finding.Line), one an entry.
	Addresses       []string
	Function        assessment.Role
	Status          assessment.ActionStatus
	Effort          assessment.Effort
	QuickWin, Added bool
}

// deriveResults runs the engine over a. It lists the first
// resultsCellLimit matrix rows of each finding, and all of them by domain.
// The result is shared (see derived): renders only read it.
func deriveResults(a assessment.Assessment) resultData {
	d := resultData{id: a.ID, roleTerms: assessment.RoleTermsText(a.RoleNames)}
	d.score = assessment.Score(a)
	d.answered, d.total = assessment.Progress(a)
	d.questionsHref = Route{ID: a.ID, View: ViewQuestions}.Fragment()
	d.matrixHref = Route{ID: a.ID, View: ViewMatrix}.Fragment()
	d.reportHref = Route{ID: a.ID, View: ViewReport}.Fragment()
	d.result = Route{ID: a.ID, View: ViewResults}.Fragment()
	qHref := func(id string) string { return Route{ID: a.ID, View: ViewQuestions, Question: id}.Fragment() }

	titles := areaTitles()
	d.bars = areaBars(d.score)
	for _, s := range d.score.Areas {
		d.unknown += s.Unknown
		d.na += s.NotApplicable
		d.excluded += s.Excluded
		row := areaRow{ID: s.Area, Title: titles[s.Area], HasScore: s.HasScore,
			Answered: s.Answered, Total: s.Total, Unknown: s.Unknown, Applies: s.Applicable, Score: l10n.T("no score yet")}
		if s.HasScore {
			row.Score = percent(s.Score)
		}
		d.areas = append(d.areas, row)
	}
	d.strengths, d.high, d.noted = strengthsOf(a, qHref)
	d.consensus = a.IsConsensus()
	for _, t := range assessment.AnswerTensions(a) {
		d.tensions = append(d.tensions, t.Text())
	}

	// The findings in the order the plan tackles them within each
	// severity (assessment.ByPlanOrder): the results, the report and the
	// documents built from them list them so, and the summary's "most
	// serious" are the first of that list.
	status := assessment.MatrixStatusOf(a)
	d.acts = assessment.ActionsGivenMatrix(a, status)
	d.found = assessment.ByPlanOrder(assessment.Findings(a), d.acts)
	d.counts = severityCounts(d.found)
	for _, f := range d.found {
		v := findingView{ID: f.ID, Title: f.Title, Reason: f.Reason, Step: f.Step, Detail: f.Detail,
			Refs: assessment.RefsText(f.Refs)}
		switch f.Severity {
		case assessment.SeverityCritical:
			v.Critical, v.Severity = true, l10n.T("Critical")
		case assessment.SeverityHigh:
			v.High, v.Severity = true, l10n.T("High")
		default:
			v.Severity = l10n.T("Medium")
		}
		for _, id := range f.Questions {
			q, _ := assessment.QuestionByID(id)
			answer := answerWords(a.Answers[id].Rating)
			answer += assessment.ConsensusEvidence(a, id)
			v.Questions = append(v.Questions, qLink{ID: id, Href: qHref(id), Text: q.For(a.Profile).Text, Answer: answer, Note: strings.TrimSpace(a.Answers[id].Note)})
		}
		switch {
		case len(f.Roles) > 0:
			v.Register = l10n.T("the role register")
		case len(f.Risks) > 0:
			v.Register = l10n.T("the risk-acceptance authority table")
		}
		if v.Register != "" {
			v.RegisterHref = Route{ID: a.ID, View: ViewRoles}.Fragment()
		}
		if len(f.Fields) > 0 {
			v.Register, v.RegisterHref = l10n.T("the profile"), Route{ID: a.ID, View: ViewProfile}.Fragment()
		}
		v.Groups = groupCells(f.Cells)
		for i, k := range f.Cells {
			if i == resultsCellLimit {
				v.MoreCells = len(f.Cells) - resultsCellLimit
				break
			}
			v.Cells = append(v.Cells, cellLink{Label: cellLabel(k), Href: Route{ID: a.ID, View: ViewMatrix, Control: k.Control}.Fragment()})
		}
		d.findings = append(d.findings, v)
	}

	d.mx = deriveMatrix(a, status, d.found)

	d.rec = assessment.Recommend(a)
	d.reco = deriveReco(a, d.rec, qHref)
	working := d.reco.Working != ""
	for _, m := range assessment.Models() {
		if m.ID == d.rec.Model {
			d.recModel = m
		}
		d.models = append(d.models, modelView{Model: m, Points: d.rec.Scores[m.ID],
			Recommended: m.ID == d.rec.Model && !d.rec.IsTie() && !working, Tied: slices.Contains(d.rec.Tied, m.ID),
			InUse: working && m.ID == a.Profile.OwnershipModel})
	}

	for i, act := range d.acts {
		d.actions = append(d.actions, actionViewOf(a, act, i+1, d.found, titles, qHref))
	}
	d.dropped = droppedViews(a)
	return d
}

func areaTitles() map[string]string {
	m := make(map[string]string, len(assessment.Areas()))
	for _, a := range assessment.Areas() {
		m[a.ID] = a.Title
	}
	return m
}

// cellLabel names a matrix row for people, number first and then the
// label, as the Statement of Applicability lists it: "5.15 Control of
// access · Plant OT". An ID the bank does not know keeps its number alone.
func cellLabel(k assessment.CellKey) string {
	name := k.Control
	if c, ok := assessment.ControlByID(k.Control); ok {
		name += " " + c.Label
	}
	return name + " \u00b7 " + assessment.DomainLabel(k.Domain)
}

// priorityClass is the class of an action's priority badge: its band of
// the 1..27 priority shows as the badge's colour only, never as a word, so
// that nothing in the plan reads like a finding's severity (an action on
// a critical finding is not "high"). "" for an added action (0).
func priorityClass(p int) string {
	switch {
	case p == 0:
		return ""
	case p >= 12:
		return "prio prio-high"
	case p >= 6:
		return "prio prio-medium"
	}
	return "prio prio-low"
}

// planOrder says in what order the plan lists its actions (see
// assessment.ActionsWith) and what the priority is; the page, the report
// and the actions view show it above the plan.
var planOrder = l10n.M("Order: actions whose answer raises a critical finding, then those raising a high one, then the rest; within each, highest priority first; an action another needs first is moved up to stand just above the first action that needs it. An action whose first step cannot wait (\u201cFirst, \u2026\u201d) keeps its place: that step waits for nothing, and what the rest of it needs first follows right below it. Priority = weight \u00d7 gap to level 3 \u00d7 interface risk (1 to 27): a weighting of the gap, not a risk rating.")

// planCaption is the caption of a plan table: the plan's order, and what
// the owner checks its rows show mean (assessment.OwnerCheckLegend).
func planCaption[R any](rows []R, checks func(R) []assessment.OwnerCheck) string {
	if legend := ownerLegend(rows, checks); legend != "" {
		return l10n.T(planOrder) + " " + legend
	}
	return l10n.T(planOrder)
}

// ownerLegend explains the owner checks rows show, "" when none does.
func ownerLegend[R any](rows []R, checks func(R) []assessment.OwnerCheck) string {
	all := make([][]assessment.OwnerCheck, len(rows))
	for i, r := range rows {
		all[i] = checks(r)
	}
	return assessment.OwnerCheckLegend(all...)
}

// gapTag is the tag of an action whose answer raises a critical or high
// finding (assessment.Action.Gap), which is why it stands where it does in
// the plan; "" for any other.
func gapTag(gap assessment.Severity) (label, class string) {
	switch gap {
	case assessment.SeverityCritical:
		return l10n.T("Critical finding"), "action-gap sev-critical"
	case assessment.SeverityHigh:
		return l10n.T("High finding"), "action-gap sev-high"
	}
	return "", ""
}

// gapBadge shows gapTag's label in its class, or nothing for "".
func gapBadge(label, class string) app.UI {
	if label == "" {
		return nil
	}
	return el("span", attrs{"class", class}, elt("span", attrs{"class", "sev-badge"}, label))
}

// IDs of the elements other code refers to (print, tests, aria-controls).
const (
	modelCompareID   = "model-compare"
	resultsActionsID = "results-actions-table"
)

// Render draws the results: the top of the page at once, the sections
// below it as they are reached (see resultsStage).
func (r *Results) Render() app.UI {
	d := &r.d
	return el("div", attrs{"class", "results", "aria-busy", strconv.FormatBool(r.shown < stageActions)},
		el("div", attrs{"class", "page-head"},
			elt("h1", nil, l10n.T("Results")),
			el("div", attrs{"class", "page-actions"},
				elt("a", attrs{"class", "button", "id", "results-report", "href", d.reportHref}, l10n.T("Open the printable report")),
				elh("button", attrs{"type", "button", "class", "secondary", "id", "results-print"}, txt(l10n.T("Print this page"))).OnClick(r.print),
			),
		),
		renderSummaryCards(d),
		el("section", attrs{"class", "results-section", "aria-labelledby", "results-areas"},
			elt("h2", attrs{"id", "results-areas"}, l10n.T("Scores by area")),
			renderAreaChart(d, "results-chart"),
			renderStrengths(d, "results-strengths"),
			// The table is built when the disclosure is opened: closed, it
			// would be 50 nodes nobody sees (it does not print either).
			elh("details", attrs{"class", "area-table-details", "id", "results-area-table"},
				elt("summary", nil, l10n.T("Show the scores as a table")),
				app.If(r.tableOpen, func() app.UI { return renderAreaTable(d) }),
			).On("toggle", r.toggleTable),
		),
		app.If(r.shown >= stageFindings, func() app.UI {
			return el("section", attrs{"class", "results-section", "aria-labelledby", "results-flags"},
				elt("h2", attrs{"id", "results-flags"}, l10n.T("Findings")),
				app.If(d.roleTerms != "", func() app.UI { return elt("p", attrs{"class", "muted", "id", "results-role-terms"}, d.roleTerms) }),
				renderFindings(d, false),
			)
		}),
		app.If(r.shown >= stageFindings && r.A.IsConsensus(), func() app.UI { return renderConsensus(r.A, "results", l10n.T("Consensus and dissent")) }),
		app.If(r.shown >= stageFindings, func() app.UI {
			return el("section", attrs{"class", "results-section", "aria-labelledby", "results-matrix"},
				elt("h2", attrs{"id", "results-matrix"}, l10n.T("Ownership matrix")),
				renderMatrixStatus(d, "results-mst", false),
			)
		}),
		app.If(r.shown >= stageFindings, func() app.UI {
			return el("section", attrs{"class", "results-section", "aria-labelledby", "results-model"},
				elt("h2", attrs{"id", "results-model"}, l10n.T("Which ownership model fits")),
				renderModel(d, true),
			)
		}),
		app.If(r.shown >= stageActions, func() app.UI {
			return el("section", attrs{"class", "results-section", "aria-labelledby", "results-actions"},
				elt("h2", attrs{"id", "results-actions"}, l10n.T("Action plan")),
				r.renderActionLimit(),
				&actionPlan{Env: r.Env, A: r.A, Actions: d.actions, Dropped: d.dropped, Limit: r.actionLimit(), Unasked: unasked(d.found)},
			)
		}),
		app.If(r.shown >= stageActions, func() app.UI {
			return el("section", attrs{"class", "results-section", "aria-labelledby", "results-pack"},
				elt("h2", attrs{"id", "results-pack"}, l10n.T("Evidence pack")),
				r.evidencePack(),
			)
		}),
	)
}

// evidencePack is the pack's section for the results shown.
func (r *Results) evidencePack() app.UI {
	named, filled := packInputs(r.A)
	return &evidencePack{Env: r.Env, Findings: r.d.found, Actions: r.d.acts, Named: named, Filled: filled,
		RolesHref: Route{ID: r.A.ID, View: ViewRoles}.Fragment()}
}

// actionLimit is how many actions the table lists (0: all).
func (r *Results) actionLimit() int {
	if r.allActions || len(r.d.actions) <= resultsTopActions {
		return 0
	}
	return resultsTopActions
}

// renderActionLimit says how much of a long plan is listed, above the
// table, with the button that lists it all: the rows it adds appear below
// the button, which stays where it was, with the focus on it.
func (r *Results) renderActionLimit() app.UI {
	n := len(r.d.actions)
	if n <= resultsTopActions {
		return nil
	}
	text := l10n.F("Showing the first %d of %d actions.", resultsTopActions, n)
	label := l10n.F("Show all %d actions", n)
	if r.allActions {
		text = l10n.F("Showing all %d actions.", n)
		label = l10n.F("Show the first %d only", resultsTopActions)
	}
	return el("p", attrs{"class", "actions-limit"},
		txt(text),
		// The label says what a press does; no aria-expanded on top of it,
		// which would announce the state twice.
		elh("button", attrs{"type", "button", "class", "secondary", "id", "results-actions-all", "aria-controls", resultsActionsID}, txt(label)).OnClick(r.showAll),
	)
}

// answeredNote counts the answers, with the "unknown" and not
// applicable among them, under the overall score of the results and of
// the report's first page.
func answeredNote(d *resultData) string {
	s := l10n.F("%d of %d questions answered", d.answered, d.total)
	switch {
	case d.excluded > 0:
		s += l10n.F(" (%d unknown, %d not applicable, and %d \u201cnot applicable\u201d on a requirement that cannot be excluded, counted as not in place)", d.unknown, d.na, d.excluded)
	case d.unknown+d.na > 0:
		s += l10n.F(" (%d unknown, %d not applicable)", d.unknown, d.na)
	}
	return s
}

// renderSummaryCards shows the overall score, the red-flag count, the
// state of the ownership matrix and the recommended model at a glance.
func renderSummaryCards(d *resultData) app.UI {
	return el("div", attrs{"class", "summary-cards"},
		el("div", attrs{"class", "summary-card score-card"},
			elt("p", attrs{"class", "card-label"}, l10n.T("Overall maturity")),
			app.If(d.score.HasScore, func() app.UI {
				return el("p", attrs{"class", "card-value", "id", "overall-score"},
					txt(percent(d.score.Overall)),
				)
			}).Else(func() app.UI {
				return elt("p", attrs{"class", "card-value card-value-none", "id", "overall-score"}, l10n.T("Not enough answers yet"))
			}),
			elt("p", attrs{"class", "card-note"}, answeredNote(d)),
			app.If(!d.score.HasScore, func() app.UI {
				return el("p", attrs{"class", "card-note"},
					elt("a", attrs{"href", d.questionsHref}, l10n.T("Answer the questions")),
					txt(l10n.T(" to get a score.")),
				)
			}),
		),
		el("div", attrs{"class", "summary-card flags-card"},
			elt("p", attrs{"class", "card-label"}, l10n.T("Findings")),
			elt("p", attrs{"class", "card-value", "id", "findings-count"}, strconv.Itoa(sevTotal(d.counts))),
			elt("p", attrs{"class", "card-note", "id", "findings-by-severity"},
				countsText(d.counts)),
		),
		renderMatrixCard(d),
		renderModelSummaryCard(&d.reco),
	)
}

// workingNote is what the first page says under a model in use that the
// answers show working, on the results card and the report's key figure.
var workingNote = l10n.M("working, as the answers show: no change called for")

// renderModelSummaryCard is the summary card on the model: the model in
// use where the answers show it working (recoView.Working), else the
// recommended or tied models with their points.
func renderModelSummaryCard(v *recoView) app.UI {
	label, value, note := l10n.T("Recommended model"), v.Headline, pointsText(v.Points)
	switch {
	case v.Working != "":
		label, value, note = l10n.T("Model in use"), v.Working, l10n.T(workingNote)
	case v.None:
		note = ""
	case v.Tie:
		label = l10n.T("Models tied")
	}
	return el("div", attrs{"class", "summary-card reco-card", "id", "results-model-card"},
		elt("p", attrs{"class", "card-label"}, label),
		elt("p", attrs{"class", "card-value"}, value),
		app.If(note != "", func() app.UI { return elt("p", attrs{"class", "card-note"}, note) }),
	)
}

// renderAreaChart draws the per-area bar chart.
func renderAreaChart(d *resultData, id string) app.UI {
	return el("figure", attrs{"class", "chart-figure"},
		BarChart(id, l10n.T("Maturity score by design area"), d.bars),
		elt("figcaption", attrs{"class", "muted"}, l10n.T("Scores run from 0 (nothing in place) to 100 (reviewed and improved everywhere); 75 is level 3, implemented, where no action is needed. Unknown answers, and \u201cnot applicable\u201d on a requirement that cannot be excluded (ISO/IEC 27001 clauses 4 to 10, or a NIS2 duty of an entity in its scope), count as 0; other not applicable answers are left out. Areas without answers show no score rather than 0.")),
	)
}

// renderAreaTable gives the chart's numbers, with the answer counts.
func renderAreaTable(d *resultData) app.UI {
	return tableWrap(l10n.T("Scores by area"),
		el("table", attrs{"class", "data-table area-table"},
			elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Scores by area")),
			numHeads(l10n.T("Area"), l10n.T("Score"), l10n.T("Answered"), l10n.T("Unknown")),
			el("tbody", nil, app.Range(d.areas).Slice(func(i int) app.UI {
				a := d.areas[i]
				return el("tr", nil,
					elt("th", attrs{"scope", "row"}, a.Title),
					elt("td", attrs{"class", "num"}, a.Score),
					elt("td", attrs{"class", "num"}, l10n.F("%d of %d", a.Answered, a.Total)),
					elt("td", attrs{"class", "num"}, strconv.Itoa(a.Unknown)),
				)
			})),
		),
	)
}

// renderFindings lists the findings, most severe first: what was found,
// why it matters, the evidence (the answers and matrix rows, linked), the
// first step and the references. grouped lists every matrix row by domain
// (the report) instead of the first few, linked (the results page).
func renderFindings(d *resultData, grouped bool) app.UI {
	if len(d.findings) == 0 {
		text := l10n.T("No findings so far.")
		if d.answered < d.total {
			text = l10n.T("No findings so far. Findings come from weak answers to the questions that are a major risk on their own and from gaps in the ownership matrix, so keep answering.")
		}
		return elt("p", attrs{"class", "empty-state"}, text)
	}
	return el("ul", attrs{"class", "findings"},
		app.Range(d.findings).Slice(func(i int) app.UI {
			f := &d.findings[i]
			cls, icon := "finding sev-medium", "\u25cf"
			switch {
			case f.Critical:
				cls, icon = "finding sev-critical", "\u25c6"
			case f.High:
				cls, icon = "finding sev-high", "\u25b2"
			}
			return el("li", attrs{"class", cls, "id", "finding-" + f.ID},
				el("div", attrs{"class", "finding-head"},
					el("span", attrs{"class", "sev-badge"},
						elt("span", attrs{"aria-hidden", "true"}, icon+" "),
						txt(f.Severity),
						elt("span", attrs{"class", "visually-hidden"}, l10n.T(" severity:")),
					),
					elt("h3", attrs{"class", "finding-title"}, f.Title),
				),
				el("p", attrs{"class", "finding-reason"}, elt("strong", nil, l10n.T("Why it matters: ")), txt(f.Reason)),
				app.If(f.Detail != "", func() app.UI { return elt("p", attrs{"class", "finding-detail"}, f.Detail) }),
				app.If(f.Register != "", func() app.UI {
					return el("p", attrs{"class", "finding-refs"},
						elt("span", attrs{"class", "refs-label"}, l10n.T("Evidence: ")),
						elt("a", attrs{"href", f.RegisterHref}, f.Register),
					)
				}),
				app.If(f.Detail != "" && !grouped && f.Register == "", func() app.UI {
					return el("p", attrs{"class", "finding-refs"},
						elt("span", attrs{"class", "refs-label"}, l10n.T("Evidence: ")),
						elt("a", attrs{"href", d.matrixHref}, l10n.T("the ownership matrix")),
					)
				}),
				app.If(len(f.Questions) > 0, func() app.UI {
					return el("div", attrs{"class", "finding-evidence"},
						elt("p", attrs{"class", "refs-label"}, l10n.T("Evidence: answers")),
						el("ul", attrs{"class", "finding-questions"}, app.Range(f.Questions).Slice(func(j int) app.UI {
							q := &f.Questions[j]
							return el("li", nil,
								elt("a", attrs{"href", q.Href}, q.ID+" "+q.Text),
								txt(l10n.F(" Answered: %s.", q.Answer)),
								app.If(q.Note != "", func() app.UI {
									return elt("span", attrs{"class", "finding-note"}, l10n.F(" Note: \u201c%s\u201d", q.Note))
								}),
							)
						})),
					)
				}),
				app.If(grouped && len(f.Groups) > 0, func() app.UI {
					return el("div", attrs{"class", "finding-groups"},
						elt("p", attrs{"class", "refs-label"}, l10n.T("Evidence: matrix rows")),
						renderCellGroups(f.Groups),
					)
				}),
				app.If(!grouped && len(f.Cells) > 0, func() app.UI {
					return el("p", attrs{"class", "finding-refs"},
						elt("span", attrs{"class", "refs-label"}, l10n.T("Evidence: matrix rows ")),
						app.Range(f.Cells).Slice(func(j int) app.UI {
							return el("span", attrs{"class", "ref cell-ref"}, elt("a", attrs{"href", f.Cells[j].Href}, f.Cells[j].Label))
						}),
						app.If(f.MoreCells > 0, func() app.UI {
							return el("span", attrs{"class", "ref"},
								txt(l10n.F("and %d more in the ", f.MoreCells)),
								elt("a", attrs{"href", d.matrixHref}, l10n.T("ownership matrix")),
							)
						}),
					)
				}),
				el("p", attrs{"class", "finding-step"}, elt("strong", nil, l10n.T("First step: ")), txt(f.Step)),
				app.If(f.Refs != "", func() app.UI {
					return el("p", attrs{"class", "finding-cite muted"}, elt("strong", nil, l10n.T("References: ")), txt(f.Refs))
				}),
			)
		}),
	)
}

// renderCellGroups shows matrix rows as one line per domain.
func renderCellGroups(gs []cellGroup) app.UI {
	return el("dl", attrs{"class", "cell-groups"}, app.Range(gs).Slice(func(i int) app.UI {
		return el("div", nil, elt("dt", nil, gs[i].Domain), elt("dd", nil, gs[i].Controls))
	}))
}

// renderModelCard is one model of the comparison. Its title is an h3 when
// the comparison has no heading of its own (inside the disclosure).
func renderModelCard(m *modelView, h3 bool) app.UI {
	cls := "model-card"
	if m.Recommended || m.Tied || m.InUse {
		cls += " recommended"
	}
	title := func() []app.UI {
		return []app.UI{
			txt(m.Name),
			app.If(m.Recommended, func() app.UI {
				return el("span", attrs{"class", "badge badge-ok"},
					elt("span", attrs{"aria-hidden", "true"}, "\u2713 "),
					txt(l10n.T("Recommended")),
				)
			}),
			app.If(m.Tied, func() app.UI {
				return el("span", attrs{"class", "badge badge-ok"},
					elt("span", attrs{"aria-hidden", "true"}, "= "),
					txt(l10n.T("Tied")),
				)
			}),
			app.If(m.InUse, func() app.UI {
				return el("span", attrs{"class", "badge badge-ok"},
					elt("span", attrs{"aria-hidden", "true"}, "\u2713 "),
					txt(l10n.T("In use, working")),
				)
			}),
		}
	}
	tag := "h4"
	if h3 {
		tag = "h3"
	}
	head := elh(tag, attrs{"class", "model-card-title"}, title()...)
	return el("div", attrs{"class", cls},
		head,
		elt("p", attrs{"class", "model-points muted"}, pointsText(m.Points)),
		elt("p", attrs{"class", "model-summary"}, m.Summary),
		elt("p", attrs{"class", "model-list-label"}, l10n.T("Strengths")),
		el("ul", attrs{"class", "model-pros"}, app.Range(m.Pros).Slice(func(j int) app.UI { return elt("li", nil, m.Pros[j]) })),
		elt("p", attrs{"class", "model-list-label"}, l10n.T("Drawbacks")),
		el("ul", attrs{"class", "model-cons"}, app.Range(m.Cons).Slice(func(j int) app.UI { return elt("li", nil, m.Cons[j]) })),
		el("p", attrs{"class", "model-fits"}, elt("strong", nil, l10n.T("Fits when: ")), txt(m.FitsWhen)),
	)
}

func pointsText(n int) string {
	return l10n.N(n, "%d point from this assessment", "%d points from this assessment")
}

// renderActions is the prioritised action plan: its first limit rows, or
// all of them when limit is 0.
func renderActions(d *resultData, id string, limit int) app.UI {
	if len(d.actions) == 0 {
		return elt("p", attrs{"class", "empty-state"}, l10n.T("No actions yet. Every answer below level 3 (Implemented), and every \u201cUnknown\u201d, becomes an action here."))
	}
	rows := d.actions
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	return tableWrap(l10n.T("Action plan"),
		el("table", attrs{"class", "data-table action-table", "id", id},
			elt("caption", attrs{"class", "table-caption"}, planCaption(rows, func(a actionView) []assessment.OwnerCheck { return a.OwnerChecks })),
			el("thead", nil, el("tr", nil,
				elt("th", attrs{"scope", "col", "class", "col-priority"}, l10n.T("Priority")),
				elt("th", attrs{"scope", "col", "class", "col-action"}, l10n.T("Action")),
				elt("th", attrs{"scope", "col"}, l10n.T("Area")),
				elt("th", attrs{"scope", "col"}, l10n.T("Owner")),
				elt("th", attrs{"scope", "col"}, l10n.T("Due")),
				elt("th", attrs{"scope", "col"}, l10n.T("Status")),
				elt("th", attrs{"scope", "col"}, l10n.T("Question")),
			)),
			el("tbody", nil, app.Range(rows).Slice(func(i int) app.UI {
				a := &rows[i]
				return el("tr", nil,
					el("td", attrs{"class", "col-priority"},
						app.If(a.BandClass != "", func() app.UI {
							return el("span", nil,
								elt("span", attrs{"class", a.BandClass}, strconv.Itoa(a.Priority)),
								gapBadge(a.Gap, a.GapClass),
							)
						}).Else(func() app.UI { return elt("span", attrs{"class", "muted"}, l10n.T("Added")) }),
					),
					el("td", attrs{"class", "col-action"},
						elt("p", attrs{"class", "action-title"}, a.Title),
						eltIf("p", "action-order", a.OrderNote),
						app.If(a.Detail != "", func() app.UI { return elt("p", attrs{"class", "action-detail"}, a.Detail) }),
						app.If(a.Effort != "", func() app.UI {
							s := effortText(a.Effort)
							if a.QuickWin {
								s += l10n.T(" \u00b7 quick win")
							}
							return elt("p", attrs{"class", "action-effort-line muted"}, s)
						}),
						app.If(a.Downtime != "", func() app.UI {
							return el("p", attrs{"class", "action-downtime"},
								clockIcon(),
								txt(" "),
								elt("strong", nil, l10n.T("Plant constraints: ")),
								txt(a.Downtime),
							)
						}),
					),
					elt("td", nil, a.Area),
					el("td", nil, txt(a.Owner), app.If(a.Person != "", func() app.UI { return elt("span", attrs{"class", "action-person"}, ": "+a.Person) }),
						ownerCheckLines("p", a.OwnerChecks, false)),
					el("td", attrs{"class", "nowrap"}, dateCell(a.Target), eltIf("div", "first-step", a.FirstStep)),
					elt("td", attrs{"class", "nowrap"}, a.Status.Label()),
					el("td", attrs{"class", "nowrap"}, app.If(a.Href != "", func() app.UI { return elt("a", attrs{"href", a.Href}, a.Question) })),
				)
			})),
		),
	)
}

// effortText is an action's effort with its label: "Effort M (medium)",
// "Aufwand M (Mittel)" (German keeps the label's capital).
func effortText(e assessment.Effort) string {
	label := e.Label()
	if l10n.Current() != l10n.DE {
		label = strings.ToLower(label)
	}
	return l10n.F("Effort %s (%s)", string(e), label)
}

// dateCell shows a date or a dash that reads as "not set".
func dateCell(s string) app.UI {
	if s == "" {
		return el("span", nil,
			elt("span", attrs{"aria-hidden", "true"}, "\u2014"),
			elt("span", attrs{"class", "visually-hidden"}, l10n.T("not set")),
		)
	}
	return txt(s)
}

// unasked counts the findings no answer raised (Finding.Unasked).
func unasked(fs []assessment.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Unasked() {
			n++
		}
	}
	return n
}

// weighedRows returns the distinct matrix rows that findings raised by
// answers and rows together name, and how many such findings there are
// (matrixView.Weighed).
func weighedRows(fs []assessment.Finding) (rows []assessment.CellKey, findings int) {
	seen := map[assessment.CellKey]bool{}
	for _, f := range fs {
		if len(f.Questions) == 0 || len(f.Cells) == 0 {
			continue
		}
		findings++
		for _, k := range f.Cells {
			if !seen[k] {
				seen[k] = true
				rows = append(rows, k)
			}
		}
	}
	return rows, findings
}
