//go:build !wasm

package app

import (
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// rsManyActions is an assessment whose action plan is longer than the top
// the results page lists: every question answered at level 1.
func rsManyActions() assessment.Assessment {
	a := assessment.New("many", testNow)
	a.Name = "Many actions"
	for _, q := range assessment.Questions() {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating1}
	}
	a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating0}
	return a
}

// rsActionRows counts the body rows of the action table with the given id.
func rsActionRows(t *testing.T, html, id string) int {
	t.Helper()
	list := htmlID(t, html, id)
	if strings.HasPrefix(list, "<ol") { // the results page's editable plan
		n := 0
		for _, li := range htmlTags(list, "li") {
			if strings.Contains(li.Attrs["class"], "action-item") {
				n++
			}
		}
		return n
	}
	return len(htmlTags(list, "tr")) - 1 // the head row
}

// rsFirstAction is the text of the first row of the action table id.
func rsFirstAction(t *testing.T, html, id string) string {
	t.Helper()
	if list := htmlID(t, html, id); strings.HasPrefix(list, "<ol") {
		return htmlText(htmlElem(t, list, func(tag htmlTag) bool { return tag.Name == "li" }))
	}
	body := htmlElem(t, htmlID(t, html, id), func(tag htmlTag) bool { return tag.Name == "tbody" })
	return htmlText(htmlElem(t, body, func(tag htmlTag) bool { return tag.Name == "tr" }))
}

// rsBars counts the bars drawn in the chart.
func rsBars(html string) int {
	n := 0
	for _, r := range htmlTags(html, "rect") {
		if r.Attrs["class"] == "chart-bar" {
			n++
		}
	}
	return n
}

// TestResultsGoldenSample is the results of a sample assessment once every
// stage is rendered.
func TestResultsGoldenSample(t *testing.T) {
	ts := openSeeded(t, sample(1), ViewResults)
	html := ts.html()
	require.Equal(t, "false", htmlTags(htmlClass(t, html, "results"), "div")[0].Attrs["aria-busy"], "every stage is rendered")
	golden(t, "results-sample1", mainHTML(t, ts))
}

func TestResultsWithNoAnswers(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	ts.goTo(Route{ID: id, View: ViewResults})
	html := ts.html()
	main := htmlID(t, html, "main")
	text := htmlText(main)
	for _, want := range []string{
		"Results", "Not enough answers yet",
		"0 of " + strconv.Itoa(len(assessment.Asked(assessment.Assessment{}))) + " questions answered",
		"No actions yet",
	} {
		assert.Contains(t, text, want)
	}
	// No answer raises a flag, but an untouched ownership matrix is "not
	// started", never "no problems": it is the one red flag, and the empty
	// rows that matter are not listed one by one.
	var flags []string
	for _, li := range htmlTags(html, "li") {
		if id, ok := strings.CutPrefix(li.Attrs["id"], "finding-"); ok {
			flags = append(flags, id)
		}
	}
	assert.Equal(t, []string{assessment.FindingMatrixNotStarted}, flags)
	assert.Equal(t, assessment.MatrixStatusOf(ts.env().Current()).Detail(),
		htmlText(htmlClass(t, htmlID(t, html, "finding-"+assessment.FindingMatrixNotStarted), "finding-detail")),
		"the flag states the figures")
	assert.Equal(t, "Not started", htmlText(htmlID(t, html, "matrix-state")))
	assert.Contains(t, text, "1 high \u00b7 0 medium")
	assert.NotContains(t, text, "Matrix rows", "an untouched matrix lists no rows")
	assert.NotContains(t, text, "No red flags so far")
	assert.NotContains(t, text, "0%", "an empty assessment shows a 0% score")
	assert.Len(t, htmlTags(html, "h1"), 1)
	assert.Zero(t, rsBars(html), "a bar drawn without answers")
	assert.Equal(t, 2*len(assessment.Areas()), strings.Count(htmlText(htmlID(t, html, "results-chart")), "no score yet"),
		"one \"no score yet\" per area drawn and described")
	assert.Equal(t, "#/"+id+"/report", htmlByID(t, html, "results-report").Attrs["href"])
	assert.Equal(t, "Answer the questions", htmlText(htmlElem(t, main, func(tag htmlTag) bool {
		return tag.Name == "a" && tag.Attrs["href"] == "#/"+id+"/questions"
	})))

	// With the matrix filled from a model (every preset passes every
	// check) and still no answers, there is no red flag at all, and the
	// page says why more may come.
	ts.do(func(ctx app.Context) { require.NoError(t, ts.env().ApplyPreset(assessment.ModelFederated, false)) })
	text = htmlText(htmlID(t, ts.html(), "main"))
	assert.Contains(t, text, "No findings so far. Findings come from weak answers to the questions that are a major risk on their own and from gaps in the ownership matrix, so keep answering.")
	assert.Contains(t, text, "0 critical \u00b7 0 high \u00b7 0 medium")
	assert.Equal(t, "The tool's proposal, unchanged", htmlText(htmlID(t, ts.html(), "matrix-state")), "a model's fill nobody changed is no decision")
}

func TestResultsWithAnswers(t *testing.T) {
	a := assessment.New("a1", testNow)
	a.Name = "Plant A workshop"
	for _, q := range assessment.QuestionsInArea("GOV") {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating2}
	}
	a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating0, Owner: assessment.RoleExecutive, Target: "2026-09-30"}
	a.Answers["SCO-01"] = assessment.Answer{Rating: assessment.Rating4}
	a.Matrix = assessment.Matrix{
		{Control: "5.2", Domain: assessment.DomainOT}: {assessment.RoleOT: assessment.LetterAccountable, assessment.RoleIT: assessment.LetterAccountable},
	}
	res := assessment.Score(a)
	html := openSeeded(t, a, ViewResults).html()
	text := htmlText(html)

	assert.Equal(t, percent(res.Overall), htmlText(htmlID(t, html, "overall-score")))
	// The NIS2 questions of GOV are not asked: the profile names no NIS2 status.
	answered, _ := assessment.Progress(a)
	assert.Equal(t, len(assessment.QuestionsInArea("GOV"))-3+1, answered)
	assert.Contains(t, text, strconv.Itoa(answered)+" of "+strconv.Itoa(len(assessment.Asked(a)))+" questions answered")

	// Red flags, with the severity in words and links to the questions
	// behind them.
	f := htmlText(htmlID(t, html, "finding-no-single-owner"))
	q1, _ := assessment.QuestionByID("GOV-01")
	for _, want := range []string{"High", "No single accountable owner", "GOV-01 " + q1.Text, "Answered: level 0, Not in place.", "First step: Have top management", "References: ISO 27001 5.3"} {
		assert.Contains(t, f, want)
	}
	assert.Contains(t, html, `href="#/a1/questions/GOV-01"`)
	ctl, ok := assessment.ControlByID("5.2")
	require.True(t, ok)
	assert.Contains(t, text, "5.2 "+ctl.Label+" \u00b7 Plant OT", "the matrix row of a finding, number first, then the label")

	// Nothing in the profile points to a model yet: no model is
	// claimed, and the page says what would decide; the comparison of
	// all three follows.
	require.Zero(t, assessment.Recommend(a).Scores[assessment.Recommend(a).Model])
	assert.Equal(t, "No model stands out yet", htmlText(htmlID(t, html, "recommended-model")))
	assert.Contains(t, htmlText(htmlID(t, html, "model-decide")), "Fill in the profile")
	for _, mm := range assessment.Models() {
		assert.Contains(t, text, mm.Summary)
	}

	// The action plan: the weakest answer first, with its owner and date.
	acts := assessment.Actions(a)
	require.LessOrEqual(t, len(acts), resultsTopActions, "the test needs a short plan")
	assert.Equal(t, len(acts), rsActionRows(t, html, resultsActionsID))
	first := rsFirstAction(t, html, resultsActionsID)
	q, _ := assessment.QuestionByID("GOV-01")
	for _, want := range []string{assessment.GeneratedTask(q.ID), "Aim for Implemented (3)", "GOV-01", "High"} {
		assert.Contains(t, first, want, "the first action")
	}
	assert.Equal(t, "2026-09-30", htmlByID(t, html, "action-GOV-01-due").Attrs["value"], "the answer's target date is the due date")
	assert.NotContains(t, html, `id="results-actions-all"`, "a short plan has no show-all button")

	// Areas with answers have a bar, the others none.
	assert.Equal(t, 2, rsBars(html), "GOV and SCO")
}

// TestResultsFollowTheAssessment: the results shown change with the
// answers, through Root.
func TestResultsFollowTheAssessment(t *testing.T) {
	ts := newTester(t, nil)
	id := ts.create()
	ts.goTo(Route{ID: id, View: ViewResults})
	ts.do(func(ctx app.Context) {
		require.NoError(t, ts.env().SetAnswer("GOV-01", assessment.Answer{Rating: assessment.Rating2}))
	})
	html := ts.html()
	assert.Equal(t, "50%", htmlText(htmlID(t, html, "overall-score")))
	assert.Contains(t, htmlText(html), "1 of "+strconv.Itoa(len(assessment.Asked(assessment.Assessment{})))+" questions answered")
	assert.Equal(t, 1, rsBars(html))
}

// The first frame shows the heading, the summary cards and the chart; the
// other sections follow over the next frames, in page order, appended
// below, and the view is aria-busy until the last one is there.
func TestResultsRenderTheTopFirstAndTheRestFrameByFrame(t *testing.T) {
	a := rsManyActions()
	mem := storage.NewMemory()
	seed(t, mem, a)
	ts := newTester(t, mem)

	// What each frame after the first adds.
	stages := [][]string{{"results-flags", "results-matrix", "results-model"}, {"results-actions"}}
	var later []string
	for _, st := range stages {
		later = append(later, st...)
	}
	has := func(html, id string) bool { return strings.Contains(html, `id="`+id+`"`) }
	busy := func(html string) string {
		for _, tag := range htmlTags(html, "div") {
			if tag.Attrs["class"] == "results" {
				return tag.Attrs["aria-busy"]
			}
		}
		t.Fatal("no results view")
		return ""
	}
	count := func(html string) int {
		n := 0
		for _, id := range later {
			if has(html, id) {
				n++
			}
		}
		return n
	}
	// next renders one frame. The no-op dispatch keeps ConsumeNext from
	// waiting forever when the view queues nothing more.
	next := func() {
		ts.env().ctx.Dispatch(func(app.Context) {})
		ts.e.ConsumeNext()
	}

	ts.env().ctx.Dispatch(func(ctx app.Context) { ts.env().Go(ctx, Route{ID: a.ID, View: ViewResults}) })
	ts.e.ConsumeNext()
	html := ts.html()
	for _, id := range []string{"overall-score", "results-chart", "results-report", "results-areas"} {
		assert.True(t, has(html, id), "the first frame lacks #%s", id)
	}
	assert.Len(t, htmlTags(html, "h1"), 1)
	assert.Zero(t, count(html), "the first frame already has later sections")
	assert.Equal(t, "true", busy(html), "aria-busy in the first frame")

	// One stage more per frame, in order.
	done, stage := 0, 0
	for frame := 0; frame < 20 && stage < len(stages); frame++ {
		next()
		html = ts.html()
		n := count(html)
		if n == done {
			continue
		}
		require.Equal(t, done+len(stages[stage]), n, "frame %d: later sections", frame)
		for _, id := range stages[stage] {
			require.True(t, has(html, id), "frame %d lacks #%s", frame, id)
		}
		done += len(stages[stage])
		stage++
	}
	require.Equal(t, len(stages), stage, "stages after 20 frames")
	ts.e.ConsumeAll()
	assert.Equal(t, "false", busy(ts.html()), "aria-busy once complete")
}

// A long action plan lists its top priorities, with a button that lists
// them all (and back); the report lists them all at once.
func TestResultsActionPlanShowsTheTopAndAllOnRequest(t *testing.T) {
	a := rsManyActions()
	acts := assessment.Actions(a)
	require.Greater(t, len(acts), resultsTopActions, "the test needs a long plan")
	ts := openSeeded(t, a, ViewResults)
	r := mounted[*Results](ts)

	n := strconv.Itoa(len(acts))
	top := strconv.Itoa(resultsTopActions)
	tests := []struct {
		name   string
		rows   int
		text   string // above the table
		button string
	}{
		{"the top", resultsTopActions, "Showing the first " + top + " of " + n + " actions.", "Show all " + n + " actions"},
		{"all", len(acts), "Showing all " + n + " actions.", "Show the first " + top + " only"},
		{"the top again", resultsTopActions, "Showing the first " + top + " of " + n + " actions.", "Show all " + n + " actions"},
	}
	for i, tt := range tests {
		if i > 0 {
			ts.in(r, func(ctx app.Context) { r.showAll(ctx, app.Event{}) })
		}
		html := ts.html()
		assert.Equal(t, tt.rows, rsActionRows(t, html, resultsActionsID), tt.name)
		assert.Equal(t, tt.text+" "+tt.button, htmlText(htmlClass(t, html, "actions-limit")), tt.name)
		btn := htmlByID(t, html, "results-actions-all")
		assert.Equal(t, "button", btn.Name)
		assert.Equal(t, "button", btn.Attrs["type"])
		assert.Equal(t, resultsActionsID, btn.Attrs["aria-controls"])
		// The first rows are the highest priorities.
		assert.Contains(t, rsFirstAction(t, html, resultsActionsID), acts[0].Question, tt.name)
	}

	ts.goTo(Route{ID: a.ID, View: ViewReport})
	assert.Equal(t, len(acts), rsActionRows(t, ts.html(), "report-actions-table"), "the report lists every action")
	assert.NotContains(t, ts.html(), `id="results-actions-all"`)
}

// The comparison of the three models is behind a closed disclosure on the
// results page, and open in the report.
func TestResultsModelComparisonIsCollapsed(t *testing.T) {
	ts := openSeeded(t, rsManyActions(), ViewResults)
	html := ts.html()
	d := htmlByID(t, html, modelCompareID)
	assert.Equal(t, "details", d.Name)
	assert.False(t, d.has("open"), "the comparison is open")
	cmp := htmlID(t, html, modelCompareID)
	assert.Len(t, htmlTags(cmp, "summary"), 1)
	for _, m := range assessment.Models() {
		assert.Contains(t, htmlText(cmp), m.Summary)
	}
	// Heading order: the cards' titles are h3 under the section's h2.
	assert.Len(t, htmlTags(cmp, "h3"), len(assessment.Models()))
	assert.Empty(t, htmlTags(cmp, "h4"))

	ts.goTo(Route{ID: ts.env().Current().ID, View: ViewReport})
	rep := ts.html()
	d = htmlByID(t, rep, modelCompareID)
	assert.Equal(t, "div", d.Name, "the report's comparison is shown open")
	// It is an annex of its own, after the matrix rows: in section 5 it
	// would add a page to the main part that repeats the recommendation.
	assert.NotContains(t, htmlID(t, rep, "report-model"), modelCompareID)
	assert.Contains(t, htmlText(htmlID(t, rep, "report-model")), "Annex 3 compares the three models")
	annex := htmlID(t, rep, "report-models")
	assert.Contains(t, htmlText(annex), "Annex 3. The three models compared")
	cmp = htmlID(t, rep, modelCompareID)
	for _, m := range assessment.Models() {
		assert.Contains(t, htmlText(cmp), m.Summary)
	}
	assert.Len(t, htmlTags(cmp, "h3"), len(assessment.Models()), "the cards' titles are h3 under the annex's h2")
}

// "Print this page" prints everything: every section and every action,
// then opens the print dialog.
func TestResultsPrintShowsEverythingFirst(t *testing.T) {
	a := rsManyActions()
	ts := openSeeded(t, a, ViewResults)
	r := mounted[*Results](ts)
	require.Equal(t, resultsTopActions, rsActionRows(t, ts.html(), resultsActionsID))
	before := browser.Prints()
	ts.in(r, func(ctx app.Context) { r.print(ctx, app.Event{}) })
	assert.Equal(t, before+1, browser.Prints(), "print dialogs opened")
	html := ts.html()
	assert.Equal(t, len(assessment.Actions(a)), rsActionRows(t, html, resultsActionsID), "printing the top of the plan only")
	for _, id := range []string{"results-flags", "results-matrix", "results-model", "results-actions"} {
		assert.Contains(t, html, `id="`+id+`"`)
	}
}

// The derived data is computed once per change of the assessment, and
// shared by the results and the report through the Env (one per page).
func TestResultsDerivedOncePerChange(t *testing.T) {
	a := rsManyActions()
	env := &Env{}
	d1 := env.derived(a)
	d2 := env.derived(a)
	require.NotEmpty(t, d1.actions)
	assert.Same(t, &d1.actions[0], &d2.actions[0], "the same assessment was derived twice")

	b := a
	b.Answers = map[string]assessment.Answer{}
	for k, v := range a.Answers {
		b.Answers[k] = v
	}
	b.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating4}
	d3 := env.derived(b)
	assert.Len(t, d3.actions, len(d1.actions)-1, "after a change")

	d4 := env.derived(a)
	assert.Len(t, d4.actions, len(d1.actions), "back to the first assessment")
	assert.Equal(t, d1.actions[0], d4.actions[0])

	other := (&Env{}).derived(a)
	assert.NotSame(t, &d4.actions[0], &other.actions[0], "two pages share a derivation")
}

// The results and then the report of one assessment derive it once.
func TestResultsAndReportShareTheDerivation(t *testing.T) {
	ts := openSeeded(t, rsManyActions(), ViewResults)
	d := ts.env().last.d
	require.True(t, ts.env().last.ok)
	ts.goTo(Route{ID: ts.env().Current().ID, View: ViewReport})
	assert.Same(t, &d.actions[0], &ts.env().last.d.actions[0])
}

// The table behind the chart is built when its disclosure is opened.
func TestResultsAreaTableOnlyWhenOpened(t *testing.T) {
	ts := openSeeded(t, rsManyActions(), ViewResults)
	r := mounted[*Results](ts)
	assert.NotContains(t, htmlID(t, ts.html(), "results-area-table"), "<table", "the closed disclosure holds the table")
	ts.in(r, func(ctx app.Context) { r.tableOpen = true })
	table := htmlText(htmlID(t, ts.html(), "results-area-table"))
	for _, a := range assessment.Areas() {
		assert.Contains(t, table, a.Title)
	}
}

// mstAssessments are three states of one matrix: untouched; filled from
// the Federated model, which passes every check; and that fill with one
// problem seeded, Procurement (renamed "Purchasing") accountable for
// handling technical weaknesses (8.8) on the plant floor, which it cannot
// act on.
func mstAssessments(t *testing.T) (untouched, passing, seeded assessment.Assessment) {
	t.Helper()
	untouched = assessment.New("mst", testNow)
	untouched.Name = "Matrix states"
	passing = untouched
	m, err := assessment.Preset(assessment.ModelFederated, passing.Profile)
	require.NoError(t, err)
	passing.Matrix, passing.Model = m, assessment.ModelFederated
	require.True(t, assessment.MatrixStatusOf(passing).Passes(), "the Federated model passes every check")

	seeded = passing
	seeded.RoleNames = map[assessment.Role]string{assessment.RoleProcurement: "Purchasing"}
	k := assessment.CellKey{Control: "8.8", Domain: assessment.DomainOT}
	for r, l := range seeded.Matrix[k] {
		switch l {
		case assessment.LetterAccountable:
			seeded.Matrix = assessment.SetLetter(seeded.Matrix, k, r, assessment.LetterConsulted)
		case assessment.LetterAccountableResponsible:
			seeded.Matrix = assessment.SetLetter(seeded.Matrix, k, r, assessment.LetterResponsible)
		}
	}
	seeded.Matrix = assessment.SetLetter(seeded.Matrix, k, assessment.RoleProcurement, assessment.LetterAccountable)
	ps := assessment.MatrixStatusOf(seeded).Problems()
	require.Len(t, ps, 1, "%+v", ps)
	require.Equal(t, assessment.ProblemCannotAct, ps[0].Kind)
	return untouched, passing, seeded
}

// Results state the matrix's completeness and problems per domain, from
// the same measure as the matrix's tab: an untouched matrix is "Not
// started", never fine; a model's fill passes; a problem is listed by its
// kind, control number first, naming roles as the assessment does.
func TestResultsMatrixStatus(t *testing.T) {
	n := len(assessment.Controls())
	untouched, passing, seeded := mstAssessments(t)
	// One row changed by the organisation that still passes every check.
	edited := passing
	edited.Matrix = assessment.SetLetter(edited.Matrix, assessment.CellKey{Control: "5.1", Domain: assessment.DomainIT}, assessment.RoleLegal, assessment.LetterInformed)
	require.True(t, assessment.MatrixStatusOf(edited).Passes(), "an I added keeps the matrix passing")
	require.Equal(t, 1, assessment.PresetState(edited).Changed)
	// More than half the rows changed in the workshop: the organisation's
	// matrix now, whose passing the checks earns the tick.
	redone := passing
	redoneRows := 0
	for _, c := range assessment.Controls() {
		for _, d := range []assessment.Domain{assessment.DomainIT, assessment.DomainOT} {
			if k := (assessment.CellKey{Control: c.ID, Domain: d}); redone.Matrix[k][assessment.RoleLegal] == assessment.LetterNone {
				redone.Matrix = assessment.SetLetter(redone.Matrix, k, assessment.RoleLegal, assessment.LetterInformed)
				redoneRows++
			}
		}
	}
	require.True(t, assessment.MatrixStatusOf(redone).Passes(), "an I added keeps the matrix passing")
	require.Equal(t, redoneRows, assessment.PresetState(redone).Changed)
	require.Greater(t, 2*redoneRows, 3*n, "more than half the rows changed")
	c88, _ := assessment.ControlByID("8.8")
	// The Executive-led fill with GOV-02 at Initial: the checks pass, but
	// the ISMS owner is accountable for plant-floor work the answer gives
	// them no authority over, which a finding names.
	weighed := passing
	m, err := assessment.Preset(assessment.ModelExecutiveLed, weighed.Profile)
	require.NoError(t, err)
	weighed.Matrix, weighed.Model = m, assessment.ModelExecutiveLed
	weighed.Answers = map[string]assessment.Answer{"GOV-02": {Rating: assessment.Rating1}}
	var owner assessment.Finding
	for _, f := range assessment.Findings(weighed) {
		if f.ID == assessment.FindingOwnerNoPlantAuthority {
			owner = f
		} else {
			require.True(t, len(f.Questions) == 0 || len(f.Cells) == 0, "only the owner finding weighs rows against answers: %s", f.ID)
		}
	}
	require.NotEmpty(t, owner.Cells)
	// The same with a plant-floor row edited: the domain passes the
	// checks, but with rows a finding names it earns no tick.
	weighedEdited := weighed
	weighedEdited.Matrix = assessment.SetLetter(weighedEdited.Matrix, assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}, assessment.RoleLegal, assessment.LetterInformed)
	require.True(t, assessment.MatrixStatusOf(weighedEdited).Passes())
	tests := []struct {
		name  string
		a     assessment.Assessment
		card  string
		lead  string
		rows  []string // the domain table's rows
		kinds []string // the problem kinds listed
		want  []string
	}{{
		name: "untouched",
		a:    untouched,
		card: "Ownership matrix Not started 0 of " + strconv.Itoa(3*n) + " rows decided",
		lead: "Not started: none of the " + strconv.Itoa(3*n) + " rows of the ownership matrix names a role yet, so nothing shows who owns which control. Start from an ownership model in the matrix, or fill the rows one by one. Open the ownership matrix",
		rows: []string{
			"Corporate IT Not started 0 of " + strconv.Itoa(n) + " \u2014 not checked yet",
			"Plant OT Not started 0 of " + strconv.Itoa(n) + " \u2014 not checked yet",
			"Shared infrastructure Not started 0 of " + strconv.Itoa(n) + " \u2014 not checked yet",
		},
	}, {
		// A model's fill nobody changed passes by construction: the card
		// calls it the tool's proposal, without a tick.
		name: "federated, unchanged",
		a:    passing,
		card: "Ownership matrix The tool's proposal, unchanged Federated model \u00b7 " + strconv.Itoa(3*n) + " rows to be confirmed by the organisation",
		lead: "The tool's Federated proposal, unchanged: all " + strconv.Itoa(3*n) + " rows carry its letters and pass the tool's consistency checks, but the organisation has changed or confirmed none of them yet. Each accountable role checks its rows, then top management approves the roles and communicates them to the people who hold them (ISO/IEC 27001 5.3). Open the ownership matrix",
		rows: []string{
			"Corporate IT Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Plant OT Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Shared infrastructure Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
		},
	}, {
		name: "federated, edited",
		a:    edited,
		// One row changed: still mostly the tool's proposal, so no tick,
		// and the figure says how many rows are still its letters (review
		// 49).
		card: "Ownership matrix The tool's proposal, 1 row changed Federated model \u00b7 " + strconv.Itoa(3*n-1) + " rows still to be confirmed by the organisation",
		lead: "The tool's Federated proposal with 1 row changed since: all " + strconv.Itoa(3*n) + " rows pass the tool's consistency checks, but " + strconv.Itoa(3*n-1) + " of them still carry the tool's letters, which the organisation has not confirmed yet. Each accountable role checks its rows, then top management approves the roles and communicates them to the people who hold them (ISO/IEC 27001 5.3). Open the ownership matrix",
		// Only corporate IT was edited: the other domains are still the
		// tool's fill, and their passing earns no tick.
		rows: []string{
			"Corporate IT Filled from the tool's proposal with 1 row changed since, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Plant OT Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Shared infrastructure Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
		},
	}, {
		// A tick says the checks pass; the note says the rows started as
		// the tool's.
		name: "federated, mostly redone",
		a:    redone,
		card: "Ownership matrix \u2713 Complete, passes the tool's consistency checks " + strconv.Itoa(3*n) + " of " + strconv.Itoa(3*n) + " rows decided \u00b7 0 with problems; started from the tool's Federated model, " + strconv.Itoa(redoneRows) + " rows changed since: not yet the organisation's decision",
		lead: "\u2713 Complete, passes the tool's consistency checks: all " + strconv.Itoa(3*n) + " rows are decided and none breaks a rule. The roles still need approval by top management and communicating to the people who hold them (ISO/IEC 27001 5.3). Open the ownership matrix",
		rows: []string{
			"Corporate IT \u2713 Complete, passes the tool's consistency checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Plant OT \u2713 Complete, passes the tool's consistency checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Shared infrastructure Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
		},
	}, {
		name: "executive-led, GOV-02 at Initial",
		a:    weighed,
		card: "Ownership matrix The tool's proposal, unchanged Executive-led model \u00b7 " + strconv.Itoa(3*n) + " rows to be confirmed by the organisation \u00b7 " + strconv.Itoa(len(owner.Cells)) + " rows named by findings",
		lead: "The tool's Executive-led proposal, unchanged: all " + strconv.Itoa(3*n) + " rows carry its letters and pass the tool's consistency checks, but the organisation has changed or confirmed none of them yet. Each accountable role checks its rows, then top management approves the roles and communicates them to the people who hold them (ISO/IEC 27001 5.3). The checks read the letters alone: weighed against the answers, a finding names " + strconv.Itoa(len(owner.Cells)) + " rows of it (see Findings). Open the ownership matrix",
		rows: []string{
			"Corporate IT Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Plant OT Filled from the tool's proposal, passes its checks; " + strconv.Itoa(len(owner.Cells)) + " rows named by findings " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Shared infrastructure Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
		},
	}, {
		name: "executive-led edited, GOV-02 at Initial",
		a:    weighedEdited,
		card: "Ownership matrix The tool's proposal, 1 row changed Executive-led model \u00b7 " + strconv.Itoa(3*n-1) + " rows still to be confirmed by the organisation \u00b7 " + strconv.Itoa(len(owner.Cells)) + " rows named by findings",
		lead: "The tool's Executive-led proposal with 1 row changed since: all " + strconv.Itoa(3*n) + " rows pass the tool's consistency checks, but " + strconv.Itoa(3*n-1) + " of them still carry the tool's letters, which the organisation has not confirmed yet. Each accountable role checks its rows, then top management approves the roles and communicates them to the people who hold them (ISO/IEC 27001 5.3). The checks read the letters alone: weighed against the answers, a finding names " + strconv.Itoa(len(owner.Cells)) + " rows of it (see Findings). Open the ownership matrix",
		rows: []string{
			"Corporate IT Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Plant OT Filled from the tool's proposal with 1 row changed since, passes its checks; " + strconv.Itoa(len(owner.Cells)) + " rows named by findings " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Shared infrastructure Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
		},
	}, {
		name: "a seeded problem",
		a:    seeded,
		card: "Ownership matrix Complete, with problems " + strconv.Itoa(3*n) + " of " + strconv.Itoa(3*n) + " rows decided \u00b7 1 with problems; started from the tool's Federated model, 1 row changed since: not yet the organisation's decision",
		lead: "Complete, with problems: " + strconv.Itoa(3*n) + " of " + strconv.Itoa(3*n) + " rows decided, 1 row with problems. Open the ownership matrix",
		rows: []string{
			"Corporate IT Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
			"Plant OT Complete, with problems " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 1",
			"Shared infrastructure Filled from the tool's proposal, passes its checks " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " 0",
		},
		kinds: []string{string(assessment.ProblemCannotAct)},
		want: []string{
			assessment.ProblemCannotAct.Title() + " \u00b7 1 row",
			"8.8 " + c88.Label + " \u00b7 Plant OT (Purchasing)",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := openSeeded(t, tt.a, ViewResults)
			html := ts.html()
			assert.Equal(t, tt.card, htmlText(htmlClass(t, html, "mst-card")))
			assert.Equal(t, tt.lead, htmlText(htmlID(t, html, "results-mst-lead")))
			assert.Equal(t, tt.rows, mstRows(t, html, "results-mst-table"))
			var kinds []string
			for _, li := range htmlTags(html, "li") {
				if k, ok := strings.CutPrefix(li.Attrs["id"], "results-mst-"); ok {
					kinds = append(kinds, k)
				}
			}
			assert.Equal(t, tt.kinds, kinds)
			sec := htmlText(htmlID(t, html, "results-mst"))
			for _, w := range tt.want {
				assert.Contains(t, sec, w)
			}
			assert.Equal(t, "#/mst/matrix", htmlTags(htmlID(t, html, "results-mst-lead"), "a")[0].Attrs["href"], "the link to the matrix")
		})
	}
}

// mstRows is the text of each body row of the matrix status table id.
func mstRows(t *testing.T, html, id string) []string {
	t.Helper()
	body := htmlElem(t, htmlID(t, html, id), func(tag htmlTag) bool { return tag.Name == "tbody" })
	var rows []string
	for _, tr := range strings.Split(body, "</tr>") {
		if text := htmlText(tr); text != "" {
			rows = append(rows, text)
		}
	}
	return rows
}

// The matrix sections of Results and the report in the three states of
// mstAssessments, as golden files.
func TestMatrixStatusGolden(t *testing.T) {
	untouched, passing, seeded := mstAssessments(t)
	for _, tt := range []struct {
		name string
		a    assessment.Assessment
	}{{"untouched", untouched}, {"federated", passing}, {"seeded", seeded}} {
		t.Run(tt.name, func(t *testing.T) {
			ts := openSeeded(t, tt.a, ViewResults)
			golden(t, "results-matrix-"+tt.name, htmlID(t, ts.html(), "results-mst"))
			ts.goTo(Route{ID: tt.a.ID, View: ViewReport})
			golden(t, "report-matrix-"+tt.name, htmlID(t, ts.html(), "report-mst"))
		})
	}
}
