//go:build !wasm

package app

import (
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
