//go:build !wasm

package app

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

func ftReportHost(h *ftHost) app.UI { return &Report{A: h.a} }

func ftReportAssessment() assessment.Assessment {
	a := ftNewAssessment()
	a.Profile = assessment.Profile{
		Organisation: "Acme Foods", Site: "Leeds bakery", Sector: "Food",
		Respondent: "Dana Smith", RespondentRole: assessment.RoleOT,
		Assessor: "Lee Consulting", Date: "2026-03-10", Plants: 4, Validated: true,
	}
	a.Answers = map[string]assessment.Answer{
		"GOV-01": {Rating: assessment.Rating2, Note: "Named in the manual;\nnot in the RACI.", Owner: assessment.RoleISMSOwner, Target: "2026-03-31"},
		"CHG-01": {Rating: assessment.RatingUnknown, Note: "Ask the plant engineer."},
	}
	a.Matrix = assessment.Matrix{
		{Control: "5.2", Domain: assessment.DomainIT}: {assessment.RoleISMSOwner: assessment.LetterAccountable, assessment.RoleIT: assessment.LetterResponsible},
		{Control: "5.2", Domain: assessment.DomainOT}: {assessment.RoleOT: assessment.LetterConsulted},
	}
	return a
}

func TestReportCoverAndAnswers(t *testing.T) {
	v := ftLoad(t, &ftHost{view: ftReportHost, a: ftReportAssessment()})
	html := v.html()
	cover := ftText(ftID(t, html, "report-cover"))
	for _, want := range []string{
		"ISMS ownership assessment", "Plant A workshop", "Acme Foods", "Leeds bakery",
		"Dana Smith, OT / automation lead", "Lee Consulting", "10 March 2026", "Generated on",
		time.Now().Format("2 January 2006"),
	} {
		if !strings.Contains(cover, want) {
			t.Errorf("cover lacks %q: %q", want, cover)
		}
	}
	if n := len(ftTags(html, "h1")); n != 1 {
		t.Errorf("%d h1, want 1", n)
	}
	answers := ftID(t, html, "report-answers")
	text := ftText(answers)
	for _, want := range []string{
		"Accountability and governance", "Change and downtime constraints",
		"GOV-01", "2 \u00b7 Defined", "ISMS owner (CISO / risk)", "by 31 March 2026",
		"Named in the manual;\nnot in the RACI.", "Unknown", "Ask the plant engineer.", "Not answered",
	} {
		if !strings.Contains(text, want) && !strings.Contains(answers, want) {
			t.Errorf("answers lack %q", want)
		}
	}
	if n := strings.Count(answers, `<td class="col-q">`); n != len(assessment.Questions()) {
		t.Errorf("%d questions in the report, want all %d", n, len(assessment.Questions()))
	}
	for _, id := range []string{"report-summary", "report-flags", "report-model", "report-actions", "report-raci", "report-print", "report-chart"} {
		ftByID(t, html, id)
	}
}

func TestReportRACISummary(t *testing.T) {
	a := ftReportAssessment()
	s := summarizeRACI(a.Matrix)
	if !s.Started || len(s.Domains) != 3 {
		t.Fatalf("summary %+v", s)
	}
	it, ot := s.Domains[0], s.Domains[1]
	if it.Filled != 1 || it.OneA != 1 || it.WithProblem != 0 {
		t.Errorf("IT counts %+v", it)
	}
	if ot.Filled != 1 || ot.OneA != 0 || ot.WithProblem == 0 {
		t.Errorf("OT counts %+v", ot)
	}
	v := ftLoad(t, &ftHost{view: ftReportHost, a: a})
	html := v.html()
	sec := ftText(ftID(t, html, "report-raci"))
	for _, want := range []string{"Corporate IT 1 1 0", "Nobody is accountable (A)", "5.2 Assigned security roles A: ISMS owner; R: IT lead", "Empty rows that matter"} {
		if !strings.Contains(sec, want) {
			t.Errorf("RACI summary lacks %q in %q", want, sec)
		}
	}
	// An empty matrix says so instead of listing every gap.
	v.update(func(h *ftHost) { h.a.Matrix = nil })
	sec = ftText(ftID(t, v.html(), "report-raci"))
	if !strings.Contains(sec, "has not been started") || strings.Contains(sec, "Empty rows that matter") {
		t.Errorf("empty matrix: %q", sec)
	}
}
