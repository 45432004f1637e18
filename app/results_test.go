//go:build !wasm

package app

import (
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

func ftResultsHost(h *ftHost) app.UI { return &Results{A: h.a} }

func TestResultsWithNoAnswers(t *testing.T) {
	v := ftLoad(t, &ftHost{view: ftResultsHost, a: ftNewAssessment()})
	html := v.html()
	text := ftText(html)
	for _, want := range []string{"Results", "Not enough answers yet", "0 of 64 questions answered", "No red flags so far", "No actions yet"} {
		if !strings.Contains(text, want) {
			t.Errorf("results lack %q", want)
		}
	}
	if strings.Contains(text, "0%") {
		t.Error("an empty assessment shows a 0% score")
	}
	if n := len(ftTags(html, "h1")); n != 1 {
		t.Errorf("%d h1, want 1", n)
	}
	// Ten areas in the chart, none with a bar.
	for _, r := range ftTags(html, "rect") {
		if r.Attrs["class"] == "chart-bar" {
			t.Fatalf("bar drawn without answers: %v", r.Attrs)
		}
	}
	if n := strings.Count(ftText(ftID(t, html, "results-chart")), "no score yet"); n != 2*len(assessment.Areas()) {
		t.Errorf("%d \"no score yet\" in the chart, want one per area drawn and described", n)
	}
	if l := ftByID(t, html, "results-report"); l.Attrs["href"] != "#/a1/report" {
		t.Errorf("report link %q", l.Attrs["href"])
	}
}

func TestResultsWithAnswers(t *testing.T) {
	a := ftNewAssessment()
	a.Answers = map[string]assessment.Answer{}
	for _, q := range assessment.QuestionsInArea("GOV") {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating2}
	}
	a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating0, Owner: assessment.RoleExecutive, Target: "2026-09-30"}
	a.Answers["SCO-01"] = assessment.Answer{Rating: assessment.Rating4}
	a.Matrix = assessment.Matrix{
		{Control: "5.2", Domain: assessment.DomainOT}: {assessment.RoleOT: assessment.LetterAccountable, assessment.RoleIT: assessment.LetterAccountable},
	}
	res := assessment.Score(a)
	v := ftLoad(t, &ftHost{view: ftResultsHost, a: a})
	html := v.html()
	text := ftText(html)

	if got := ftText(ftID(t, html, "overall-score")); got != percent(res.Overall) {
		t.Errorf("overall score shows %q, want %q", got, percent(res.Overall))
	}
	if !strings.Contains(text, "8 of 64 questions answered") {
		t.Error("answered count missing")
	}
	// Red flags with severity in words and links to the questions behind them.
	f := ftText(ftID(t, html, "finding-no-single-owner"))
	for _, want := range []string{"High", "No single accountable owner", "question GOV-01"} {
		if !strings.Contains(f, want) {
			t.Errorf("finding %q lacks %q", f, want)
		}
	}
	if !strings.Contains(html, `href="#/a1/questions/GOV-01"`) {
		t.Error("no link to GOV-01")
	}
	if !strings.Contains(text, "5.2 \u00b7 Plant OT") {
		t.Error("matrix row of a finding not listed as \"5.2 · Plant OT\"")
	}
	// The recommended model and the comparison of all three.
	rec := assessment.Recommend(a)
	m, _ := assessment.ModelByID(rec.Model)
	if got := ftText(ftID(t, html, "recommended-model")); got != m.Name {
		t.Errorf("recommended model %q, want %q", got, m.Name)
	}
	for _, mm := range assessment.Models() {
		if !strings.Contains(text, mm.Summary) {
			t.Errorf("comparison lacks %s", mm.Name)
		}
	}
	// The action plan: the weakest answer first, with its owner and date.
	table := ftID(t, html, "results-actions-table")
	rows := strings.Split(table, "<tr")
	acts := assessment.Actions(a)
	if len(rows)-2 != len(acts) { // before the first <tr, and the header row
		t.Errorf("%d action rows, want %d", len(rows)-2, len(acts))
	}
	first := ftText(rows[2])
	q, _ := assessment.QuestionByID("GOV-01")
	for _, want := range []string{q.Good, "Executive sponsor", "2026-09-30", "GOV-01", "High"} {
		if !strings.Contains(first, want) {
			t.Errorf("first action %q lacks %q", first, want)
		}
	}
	// Area scores: GOV has a bar, areas without answers do not.
	bars := 0
	for _, r := range ftTags(html, "rect") {
		if r.Attrs["class"] == "chart-bar" {
			bars++
		}
	}
	if bars != 2 {
		t.Errorf("%d bars, want 2 (GOV and SCO)", bars)
	}
}

func TestResultsFollowTheAssessment(t *testing.T) {
	v := ftLoad(t, &ftHost{view: ftResultsHost, a: ftNewAssessment()})
	v.update(func(h *ftHost) {
		h.apply(AnswerChange{Question: "GOV-01", Answer: assessment.Answer{Rating: assessment.Rating2}})
	})
	if got := ftText(ftID(t, v.html(), "overall-score")); !strings.Contains(got, "50%") {
		t.Errorf("after an answer at level 2 the score shows %q, want 50%%", got)
	}
}

func TestReasonTextUsesModelNames(t *testing.T) {
	got := reasonText("Plants are isolated (federated +1, executive-led +2).")
	if got != "Plants are isolated (Federated +1, Executive-led +2)." {
		t.Errorf("reasonText = %q", got)
	}
}

// ftManyActions is an assessment whose action plan is longer than the top
// the results page lists: every question answered at level 1.
func ftManyActions() assessment.Assessment {
	a := ftNewAssessment()
	a.Answers = map[string]assessment.Answer{}
	for _, q := range assessment.Questions() {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating1}
	}
	a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating0}
	return a
}

// The first frame shows the heading, the summary cards and the chart; the
// other sections follow over the next frames, in page order, appended
// below, and the view is aria-busy until the last one is there.
func TestResultsRenderTheTopFirstAndTheRestFrameByFrame(t *testing.T) {
	h := &ftHost{view: ftResultsHost, a: ftManyActions()}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		t.Fatal(err)
	}
	// What each frame after the first adds.
	stages := [][]string{{"results-flags", "results-model"}, {"results-actions"}}
	var later []string
	for _, st := range stages {
		later = append(later, st...)
	}
	has := func(html, id string) bool { return strings.Contains(html, `id="`+id+`"`) }
	busy := func(html string) string {
		for _, tag := range ftTags(html, "div") {
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
	html := app.HTMLString(h)
	for _, id := range []string{"overall-score", "results-chart", "results-report", "results-areas"} {
		if !has(html, id) {
			t.Errorf("first frame lacks #%s", id)
		}
	}
	if n := len(ftTags(html, "h1")); n != 1 {
		t.Errorf("first frame has %d h1", n)
	}
	if n := count(html); n != 0 {
		t.Errorf("first frame already has %d of the later sections", n)
	}
	if got := busy(html); got != "true" {
		t.Errorf("aria-busy = %q in the first frame", got)
	}
	// One stage more per frame, in order.
	done, stage := 0, 0
	for frame := 0; frame < 20 && stage < len(stages); frame++ {
		e.ConsumeNext()
		html = app.HTMLString(h)
		n := count(html)
		if n == done {
			continue
		}
		if n != done+len(stages[stage]) {
			t.Fatalf("frame %d shows %d later sections, want %d", frame, n, done+len(stages[stage]))
		}
		for _, id := range stages[stage] {
			if !has(html, id) {
				t.Fatalf("frame %d lacks #%s", frame, id)
			}
		}
		done += len(stages[stage])
		stage++
	}
	if stage != len(stages) {
		t.Fatalf("after 20 frames %d of %d stages", stage, len(stages))
	}
	e.ConsumeAll()
	if got := busy(app.HTMLString(h)); got != "false" {
		t.Errorf("aria-busy = %q once complete", got)
	}
}

// A long action plan lists its top priorities, with a button that lists
// them all (and back); the report lists them all at once.
func TestResultsActionPlanShowsTheTopAndAllOnRequest(t *testing.T) {
	a := ftManyActions()
	acts := assessment.Actions(a)
	if len(acts) <= resultsTopActions {
		t.Fatalf("only %d actions: the test needs more than %d", len(acts), resultsTopActions)
	}
	v, r := ftLoadResults(t, a)
	rows := func() int { return strings.Count(ftID(t, v.html(), resultsActionsID), "<tr") - 1 }
	if got := rows(); got != resultsTopActions {
		t.Errorf("%d action rows, want the top %d", got, resultsTopActions)
	}
	btn := ftByID(t, v.html(), "results-actions-all")
	if btn.Name != "button" || btn.Attrs["type"] != "button" || btn.Attrs["aria-controls"] != resultsActionsID {
		t.Errorf("show-all button %v", btn.Attrs)
	}
	n := strconv.Itoa(len(acts))
	if text := ftText(v.html()); !strings.Contains(text, "Show all "+n+" actions") || !strings.Contains(text, "highest-priority actions of "+n) {
		t.Errorf("the page does not say how many actions there are: %q", text)
	}
	// The first rows are the highest priorities.
	first := ftText(strings.Split(ftID(t, v.html(), resultsActionsID), "<tr")[2])
	if !strings.Contains(first, acts[0].Question) {
		t.Errorf("first row %q is not %s", first, acts[0].Question)
	}
	r.ctx.Dispatch(func(ctx app.Context) { r.showAll(ctx, app.Event{}) })
	v.e.ConsumeAll()
	if got := rows(); got != len(acts) {
		t.Errorf("after show all: %d rows, want %d", got, len(acts))
	}
	if text := ftText(ftID(t, v.html(), "results-actions-all")); text != "Show the top "+strconv.Itoa(resultsTopActions)+" only" {
		t.Errorf("after show all the button says %q", text)
	}
	r.ctx.Dispatch(func(ctx app.Context) { r.showAll(ctx, app.Event{}) })
	v.e.ConsumeAll()
	if got := rows(); got != resultsTopActions {
		t.Errorf("after showing the top again: %d rows", got)
	}

	rep := ftLoad(t, &ftHost{view: ftReportHost, a: a})
	if got := strings.Count(ftID(t, rep.html(), "report-actions-table"), "<tr") - 1; got != len(acts) {
		t.Errorf("the report lists %d actions, want all %d", got, len(acts))
	}
}

// The comparison of the three models is behind a closed disclosure on the
// results page, and open in the report.
func TestResultsModelComparisonIsCollapsed(t *testing.T) {
	a := ftManyActions()
	html := ftLoad(t, &ftHost{view: ftResultsHost, a: a}).html()
	d := ftByID(t, html, modelCompareID)
	if d.Name != "details" || d.has("open") {
		t.Errorf("comparison is %s %v, want a closed details", d.Name, d.Attrs)
	}
	cmp := ftID(t, html, modelCompareID)
	if !strings.Contains(cmp, "<summary") {
		t.Error("the disclosure has no summary")
	}
	for _, m := range assessment.Models() {
		if !strings.Contains(ftText(cmp), m.Summary) {
			t.Errorf("comparison lacks %s", m.Name)
		}
	}
	// Heading order: the cards' titles are h3 under the section's h2.
	if n := len(ftTags(cmp, "h3")); n != len(assessment.Models()) {
		t.Errorf("%d h3 in the comparison, want one per model", n)
	}
	rep := ftLoad(t, &ftHost{view: ftReportHost, a: a}).html()
	if d := ftByID(t, rep, modelCompareID); d.Name != "div" || !strings.Contains(ftText(ftID(t, rep, modelCompareID)), "The three models compared") {
		t.Errorf("the report's comparison is not shown open: %s %v", d.Name, d.Attrs)
	}
}

// "Print this page" prints everything: every section and every action.
func TestResultsPrintShowsEverythingFirst(t *testing.T) {
	a := ftManyActions()
	v, r := ftLoadResults(t, a)
	r.ctx.Dispatch(func(ctx app.Context) { r.print(ctx, app.Event{}) })
	v.e.ConsumeAll()
	printed := 0
	for _, p := range v.h.posted {
		if p.Name == actPrint {
			printed++
		}
	}
	if printed != 1 {
		t.Fatalf("%d print actions", printed)
	}
	if got, want := strings.Count(ftID(t, v.html(), resultsActionsID), "<tr")-1, len(assessment.Actions(a)); got != want {
		t.Errorf("printing with %d of %d actions listed", got, want)
	}
}

// The derived data is computed once per change of the assessment, and
// shared by the results and the report.
func TestResultsDerivedOncePerChange(t *testing.T) {
	a := ftManyActions()
	d1 := derived(a)
	d2 := derived(a)
	if len(d1.actions) == 0 || &d1.actions[0] != &d2.actions[0] {
		t.Error("the same assessment was derived twice")
	}
	b := a
	b.Answers = map[string]assessment.Answer{}
	for k, v := range a.Answers {
		b.Answers[k] = v
	}
	b.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating4}
	d3 := derived(b)
	if len(d3.actions) != len(d1.actions)-1 {
		t.Errorf("after a change: %d actions, want %d", len(d3.actions), len(d1.actions)-1)
	}
	if d4 := derived(a); len(d4.actions) != len(d1.actions) || d4.actions[0] != d1.actions[0] {
		t.Errorf("back to the first assessment: %d actions, first %s", len(d4.actions), d4.actions[0].Question)
	}
}

// The table behind the chart is built when its disclosure is opened.
func TestResultsAreaTableOnlyWhenOpened(t *testing.T) {
	v, r := ftLoadResults(t, ftManyActions())
	if strings.Contains(ftID(t, v.html(), "results-area-table"), "<table") {
		t.Error("the closed disclosure holds the table")
	}
	r.ctx.Dispatch(func(ctx app.Context) { r.tableOpen = true })
	v.e.ConsumeAll()
	table := ftID(t, v.html(), "results-area-table")
	for _, a := range assessment.Areas() {
		if !strings.Contains(table, a.Title) {
			t.Errorf("the opened table lacks %s", a.Title)
		}
	}
}

// ftLoadResults renders the results of a and returns the view with the
// Results component the host mounted first (the one whose state the test
// changes).
func ftLoadResults(t *testing.T, a assessment.Assessment) (*ftView, *Results) {
	t.Helper()
	var r *Results
	v := ftLoad(t, &ftHost{view: func(h *ftHost) app.UI {
		c := &Results{A: h.a}
		if r == nil {
			r = c
		}
		return c
	}, a: a})
	return v, r
}
