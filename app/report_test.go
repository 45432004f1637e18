//go:build !wasm

package app

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// rpAssessment has a full profile, two answers and two matrix rows.
func rpAssessment() assessment.Assessment {
	a := assessment.New("a1", testNow)
	a.Name = "Plant A workshop"
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
		rpIT52: {assessment.RoleISMSOwner: assessment.LetterAccountable, assessment.RoleIT: assessment.LetterResponsible},
		rpOT52: {assessment.RoleOT: assessment.LetterConsulted},
	}
	return a
}

var (
	rpIT52 = assessment.CellKey{Control: "5.2", Domain: assessment.DomainIT}
	rpOT52 = assessment.CellKey{Control: "5.2", Domain: assessment.DomainOT}
)

// TestReportGoldenSample is the report of a sample assessment.
func TestReportGoldenSample(t *testing.T) {
	ts := openSeeded(t, sample(1), ViewReport)
	html := ts.html()
	require.Contains(t, htmlText(htmlID(t, html, "report-cover")), "Generated on 14 March 2026, 09:30", "the report is dated by the Root's clock")
	golden(t, "report-sample1", mainHTML(t, ts))
}

func TestReportCoverAndAnswers(t *testing.T) {
	a := rpAssessment()
	html := openSeeded(t, a, ViewReport).html()
	cover := htmlText(htmlID(t, html, "report-cover"))
	for _, want := range []string{
		"ISMS ownership assessment", "Plant A workshop", "Acme Foods", "Leeds bakery",
		"Dana Smith, OT / automation lead", "Lee Consulting", "10 March 2026",
		"Generated on 14 March 2026, 09:30", "Food", "4",
	} {
		assert.Contains(t, cover, want)
	}
	assert.Len(t, htmlTags(html, "h1"), 1)
	assert.Contains(t, htmlText(htmlClass(t, html, "report-footer")), "on 14 March 2026, 09:30.")

	answers := htmlID(t, html, "report-answers")
	text := htmlText(answers)
	for _, want := range []string{
		"Accountability and governance", "Change and downtime constraints",
		"GOV-01", "2 \u00b7 Defined", "ISMS owner (CISO / risk)", "by 31 March 2026",
		"Unknown", "Ask the plant engineer.", "Not answered",
	} {
		assert.Contains(t, text, want)
	}
	assert.Contains(t, answers, "Named in the manual;\nnot in the RACI.", "the note keeps its line break")
	questions := 0
	for _, td := range htmlTags(answers, "td") {
		if td.Attrs["class"] == "col-q" {
			questions++
		}
	}
	assert.Equal(t, len(assessment.Questions()), questions, "every question is in the report")
	unanswered, skipped := 0, 0
	for _, tr := range htmlTags(answers, "tr") {
		switch tr.Attrs["class"] {
		case "unanswered":
			unanswered++
		case "skipped":
			skipped++
		}
	}
	asked := len(assessment.Asked(a))
	assert.Equal(t, asked-2, unanswered)
	assert.Equal(t, len(assessment.Questions())-asked, skipped, "the questions not asked say so")
	// Each question shows what it rests on, each area its introduction.
	assert.Contains(t, text, "ISO 27001 5.3; Annex A 5.2; IEC 62443-2-1 SPE 1")
	assert.Contains(t, text, assessment.Areas()[0].Intro)
	assert.Contains(t, text, "Not asked: the profile records no safety-critical process.")
	for _, id := range []string{"report-summary", "report-flags", "report-model", "report-actions", "report-raci", "report-print", "report-chart"} {
		htmlByID(t, html, id)
	}
}

// TestReportFollowsTheAssessment: the report shows what the assessment
// holds, derived from it: scores, the red flags with every matrix row, the
// model and the action plan.
func TestReportFollowsTheAssessment(t *testing.T) {
	a := rpAssessment()
	ts := openSeeded(t, a, ViewReport)
	res := assessment.Score(a)
	rec, _ := assessment.ModelByID(assessment.Recommend(a).Model)
	tests := []struct {
		id, want string
	}{
		{"overall-score", percent(res.Overall)},
		{"recommended-model", rec.Name},
	}
	html := ts.html()
	for _, tt := range tests {
		assert.Equal(t, tt.want, htmlText(htmlID(t, html, tt.id)), tt.id)
	}
	assert.Equal(t, len(assessment.Actions(a)), rsActionRows(t, html, "report-actions-table"))
	flags := htmlText(htmlID(t, html, "report-flags"))
	for _, f := range assessment.Findings(a) {
		assert.Contains(t, flags, f.Title)
	}

	// A change shows at once.
	ts.do(func(ctx app.Context) {
		require.NoError(t, ts.env().SetAnswer("GOV-01", assessment.Answer{Rating: assessment.Rating4}))
	})
	b := ts.env().Current()
	html = ts.html()
	assert.Equal(t, percent(assessment.Score(b).Overall), htmlText(htmlID(t, html, "overall-score")))
	assert.NotEqual(t, percent(res.Overall), percent(assessment.Score(b).Overall), "the test needs a change of score")
	assert.Contains(t, htmlText(htmlID(t, html, "report-answers")), "4 \u00b7 ")
	assert.Equal(t, len(assessment.Actions(b)), rsActionRows(t, html, "report-actions-table"))
}

// The report's matrix section states the matrix's state per domain and
// its problems by kind with every row, by domain, naming roles as the
// assessment does; an untouched matrix is "Not started".
func TestReportMatrixStatus(t *testing.T) {
	n := len(assessment.Controls())
	untouched, passing, seeded := mstAssessments(t)
	tests := []struct {
		name   string
		a      assessment.Assessment
		figure string // the key figure on the first page
		want   []string
		lack   []string
	}{{
		name:   "untouched",
		a:      untouched,
		figure: "Not started",
		want: []string{
			"Not started: none of the " + fmt.Sprint(3*n) + " rows",
			fmt.Sprintf("Corporate IT Not started 0 of %d \u2014 not checked yet", n),
			"top management approves the result (ISO/IEC 27001 5.3)",
			"The role register names nobody",
			"The risk-acceptance authority table is empty",
		},
		// The report's reader cannot click through, and an untouched
		// matrix has no annex of dashes to point to.
		lack: []string{"passes", "Problems by kind", "Who holds A and R", "Start from an ownership model", "Annex 2 lists every row"},
	}, {
		// The model's fill as proposed passes by construction: the key
		// figure calls it the tool's proposal; the section still says it
		// passes the checks.
		name:   "federated",
		a:      passing,
		figure: "The tool's proposal, unchanged",
		want: []string{
			"The tool's Federated proposal, unchanged: all " + fmt.Sprint(3*n) + " rows carry its letters and pass the tool's consistency checks, but the organisation has changed or confirmed none of them yet.",
			fmt.Sprintf("Plant OT Filled from the tool's proposal, passes its checks %d of %d 0", n, n),
			"Annex 2 lists every row",
		},
		lack: []string{"Problems by kind", "Not started"},
	}, {
		name:   "a seeded problem",
		a:      seeded,
		figure: "Complete, with problems",
		want: []string{
			"Complete, with problems: " + fmt.Sprint(3*n) + " of " + fmt.Sprint(3*n) + " rows decided, 1 row with problems.",
			fmt.Sprintf("Plant OT Complete, with problems %d of %d 1", n, n),
			"Problems by kind",
			assessment.ProblemCannotAct.Title() + " \u00b7 1 row " + assessment.ProblemCannotAct.Explanation(),
			"Plant OT 8.8 (Purchasing)",
		},
		lack: []string{"Procurement", "Open the ownership matrix", " more in the "},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := openSeeded(t, tt.a, ViewReport)
			sec := htmlText(htmlID(t, ts.html(), "report-raci"))
			for _, w := range tt.want {
				assert.Contains(t, sec, w)
			}
			for _, l := range tt.lack {
				assert.NotContains(t, sec, l)
			}
			assert.Contains(t, htmlText(htmlID(t, ts.html(), "report-summary")), "Ownership matrix", "the summary cards")
			assert.Equal(t, tt.figure, htmlText(htmlID(t, ts.html(), "matrix-state")))
			if tt.a.Model != "" && assessment.PresetState(tt.a).Changed == 0 {
				assert.Contains(t, htmlText(htmlID(t, ts.html(), "report-summary")), fmt.Sprintf("%d rows filled from the tool's Federated model, none changed since", 3*n), "nobody decided the rows")
			}
		})
	}
}

// The report's findings show the figures of a matrix-state flag.
func TestReportShowsFindingDetail(t *testing.T) {
	untouched, _, _ := mstAssessments(t)
	ts := openSeeded(t, untouched, ViewReport)
	f := htmlID(t, ts.html(), "finding-"+assessment.FindingMatrixNotStarted)
	assert.Equal(t, assessment.MatrixStatusOf(untouched).Detail(), htmlText(htmlClass(t, f, "finding-detail")))
}

// The report's plan says where the findings no answer raised stand, and
// says nothing when there are none.
func TestReportPlanPointsToUnraisedFindings(t *testing.T) {
	untouched, _, _ := mstAssessments(t)
	n := unasked(assessment.Findings(untouched))
	require.Positive(t, n, "an untouched matrix raises a finding no answer raised")
	html := openSeeded(t, untouched, ViewReport).html()
	assert.True(t, strings.HasPrefix(htmlText(htmlID(t, html, "report-plan-unasked")), strconv.Itoa(n)+" finding"))
	assert.Contains(t, htmlText(htmlID(t, html, "report-plan-unasked")), "section 3")

	// With CTL-01 in the plan, the untouched matrix's finding is worked on
	// there, and the report says by which action instead of counting it.
	withCTL := untouched
	withCTL.Answers = maps.Clone(untouched.Answers)
	withCTL.Answers["CTL-01"] = assessment.Answer{Rating: assessment.Rating0}
	acts := assessment.Actions(withCTL)
	rank := slices.IndexFunc(acts, func(a assessment.Action) bool { return a.Question == "CTL-01" }) + 1
	require.Positive(t, rank)
	note := htmlText(htmlID(t, openSeeded(t, withCTL, ViewReport).html(), "report-plan-unasked"))
	assert.Contains(t, note, fmt.Sprintf("is addressed by action %d (CTL-01).", rank))
	assert.NotContains(t, note, "workbook", "the report's reader has no workbook")

	a := assessment.Sample(1, time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC))
	require.NotEmpty(t, assessment.Findings(a))
	require.Zero(t, unasked(assessment.Findings(a)), "every finding of the sample comes from an answer")
	assert.NotContains(t, openSeeded(t, a, ViewReport).html(), "report-plan-unasked")
}

// The report names roles as the assessment does: the respondent's role,
// the owners of follow-ups and the holders of the high-relevance rows.
func TestReportUsesTheAssessmentsRoleNames(t *testing.T) {
	a := rpAssessment()
	a.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Head of Automation", assessment.RoleISMSOwner: "CISO"}
	html := openSeeded(t, a, ViewReport).html()
	assert.Contains(t, htmlText(htmlID(t, html, "report-cover")), "Dana Smith, Head of Automation")
	assert.Contains(t, htmlText(htmlID(t, html, "report-answers")), "CISO")
	assert.Contains(t, htmlText(htmlID(t, html, "report-matrix")), "A: CISO; R: IT lead", "the matrix annex names the roles as the assessment does")
	// The findings' sentences speak of "the OT lead": section 3 says once
	// which title that is.
	assert.Equal(t, "In the findings and actions, \u201cthe ISMS owner\u201d stands for CISO; \u201cthe OT lead\u201d stands for Head of Automation.",
		htmlText(htmlID(t, html, "report-role-terms")))
	assert.NotContains(t, openSeeded(t, rpAssessment(), ViewReport).html(), "report-role-terms", "nothing to say without renamed roles")
	assert.Contains(t, htmlText(htmlID(t, html, "report-cover")), "stands for CISO", "said on the cover, before the first page that uses the words")
	assert.Contains(t, htmlText(htmlID(t, openSeeded(t, a, ViewResults).html(), "results-role-terms")), "\u201cthe OT lead\u201d stands for Head of Automation", "the results page says it too")
}

// TestReportRetiredAnswers: answers to questions of the earlier bank that
// are no longer asked are shown, with their old wording and fate.
func TestReportRetiredAnswers(t *testing.T) {
	a := rpAssessment()
	html := openSeeded(t, a, ViewReport).html()
	assert.NotContains(t, html, `id="report-retired"`, "no section without retired answers")

	a.Retired = map[string]assessment.Answer{
		"MOD-06": {Rating: assessment.Rating3, Note: "The CISO decides."},
		"GOV-04": {Rating: assessment.RatingUnknown},
	}
	html = openSeeded(t, a, ViewReport).html()
	text := htmlText(htmlID(t, html, "report-retired"))
	c, _ := assessment.RetiredQuestion("MOD-06")
	for _, want := range []string{
		"Annex 4. Retired answers", "MOD-06", c.OldText, "3 \u00b7 Implemented", "The CISO decides.", "Removed; replaced by GOV-10.",
		"GOV-04", "Split into GOV-08 and GOV-09; rate those again.", "Unknown",
	} {
		assert.Contains(t, text, want)
	}
}

// TestReportExcludedRequirement: "not applicable" on a requirement that
// cannot be excluded is counted and said so on the first page, in the
// results' answer count and beside the answer in the annex.
func TestReportExcludedRequirement(t *testing.T) {
	a := rpAssessment()
	a.Answers["GOV-08"] = assessment.Answer{Rating: assessment.RatingNotApplicable}
	a.Answers["GOV-05"] = assessment.Answer{Rating: assessment.RatingNotApplicable}
	html := openSeeded(t, a, ViewReport).html()
	assert.Contains(t, htmlText(htmlID(t, html, "exec-lead")),
		"1 question on a requirement that cannot be excluded is answered \u201cnot applicable\u201d, and counts as not in place.")
	assert.Contains(t, html, "(1 unknown, 1 not applicable, and 1 \u201cnot applicable\u201d on a requirement that cannot be excluded, counted as not in place)")
	answers := htmlText(htmlID(t, html, "report-answers"))
	assert.Contains(t, answers, "Not applicable \u2013 counts as not in place (a requirement of ISO/IEC 27001 5.2)")
	assert.Equal(t, 1, strings.Count(answers, "counts as not in place (a requirement"), "GOV-05 may be not applicable")
}

// TestReportMatrixFigureSaysPreset: on the first page, a matrix started
// from one of the tool's models is said to be the tool's proposal beside
// its state; one filled by hand is not.
func TestReportMatrixFigureSaysPreset(t *testing.T) {
	a := sample(1)
	p := assessment.PresetState(a)
	require.True(t, p.OK, "the sample's matrix comes from a preset")
	changed := p.Changed
	html := openSeeded(t, a, ViewReport).html()
	needed := assessment.MatrixStatusOf(a).Needed
	require.Less(t, 2*changed, needed, "the sample's matrix is still mostly the preset")
	assert.Contains(t, htmlText(html), fmt.Sprintf("%d of %d rows still as the tool's Federated model filled them: not yet the organisation's decision", needed-changed, needed))
	// The results' card says it too, without a tick (reviews 44, 49).
	assert.Contains(t, htmlText(openSeeded(t, a, ViewResults).html()), fmt.Sprintf("The tool's proposal, %d rows changed Federated model \u00b7 %d rows still to be confirmed by the organisation", changed, needed-changed))

	hand := rpAssessment()
	require.Empty(t, hand.Model)
	assert.NotContains(t, openSeeded(t, hand, ViewReport).html(), "not yet the organisation's decision")
	assert.NotContains(t, openSeeded(t, hand, ViewResults).html(), "not yet the organisation's decision")
}

// A question the profile does not ask shows as not asked in Annex 1, with
// no rating or follow-up of its own; an answer given before the profile
// changed is named as kept but not counted. The summary says how many of
// the bank's questions were not asked, and the cover does not take the
// preset the matrix was started from for the organisation's model.
func TestReportNotAskedAndPresetModel(t *testing.T) {
	a := rpAssessment()
	a.Profile.Plants = 1
	a.Answers["BRF-07"] = assessment.Answer{Rating: assessment.Rating2, Owner: assessment.RoleOT, Target: "2026-06-30"}
	m, err := assessment.Preset(assessment.ModelFederated, a.Profile)
	require.NoError(t, err)
	a.Matrix, a.Model = m, assessment.ModelFederated
	q, ok := assessment.QuestionByID("BRF-07")
	require.True(t, ok)
	require.NotEmpty(t, assessment.SkipReason(q, a), "BRF-07 is asked only with several plants")

	html := openSeeded(t, a, ViewReport).html()
	var row string
	for _, tr := range innerOf(htmlID(t, html, "report-answers"), "tr") {
		if strings.Contains(htmlText(tr.inner), "BRF-07") {
			row = htmlText(tr.inner)
		}
	}
	require.NotEmpty(t, row, "BRF-07 is in Annex 1")
	assert.Contains(t, row, "Not asked: the profile records a single plant.")
	assert.Contains(t, row, "The answer given earlier (2 \u00b7 Defined) is kept but not counted.")
	assert.NotContains(t, row, "by 30 June 2026", "no follow-up for a question not asked")

	_, total := assessment.Progress(a)
	require.Less(t, total, len(assessment.Questions()))
	notAsked := len(assessment.Questions()) - total
	assert.Contains(t, htmlText(htmlID(t, html, "report-summary")),
		fmt.Sprintf("(%d more questions of the bank do not apply to this profile; Annex 1 says why)", notAsked))
	assert.Contains(t, htmlText(htmlID(t, html, "report-cover")), "\u2014 (matrix started from the Federated model)")

	// A filled register and authority table are counted, not called empty.
	s := sample(1)
	records := htmlText(htmlID(t, openSeeded(t, s, ViewReport).html(), "report-records"))
	assert.Contains(t, records, fmt.Sprintf("The role register names a holder for %d of the %d roles.", len(assessment.RACIRoles), len(assessment.RACIRoles)))
	assert.Contains(t, records, "The risk-acceptance authority table is the tool's proposal for the Federated model, unchanged", "the sample keeps the preset table")
	assert.NotContains(t, records, "empty")

	a.Profile.OwnershipModel = assessment.ModelCentralised
	html = openSeeded(t, a, ViewReport).html()
	assert.NotContains(t, htmlText(htmlID(t, html, "report-cover")), "matrix started from", "a recorded model is the organisation's")
}

// TestReportConsensusBasis: the first page of a consensus says how many
// answers the session agreed and how many rest on the lowest answer taken
// by default, and a finding drawn from such an answer says so beside it;
// one the session agreed does not (review 46).
func TestReportConsensusBasis(t *testing.T) {
	resp := func(id, name string, role assessment.Role, gov01, gov08 assessment.Rating) assessment.Assessment {
		a := assessment.New(id, testNow)
		a.Profile = assessment.Profile{Organisation: "Acme", Site: "Plant A", Plants: 1, Round: "Baseline", Respondent: name, RespondentRole: role}
		a.Answers["GOV-01"] = assessment.Answer{Rating: gov01, Note: name + " saw the appointment letter"}
		a.Answers["GOV-08"] = assessment.Answer{Rating: gov08}
		return a
	}
	// GOV-05: both weak, apart by a level: unsettled, but the finding
	// stands on either answer.
	it := resp("it", "Anna Berg", assessment.RoleIT, assessment.Rating1, assessment.Rating3)
	ot := resp("ot", "Omar Ortiz", assessment.RoleOT, assessment.Rating3, assessment.Rating0)
	it.Answers["GOV-05"] = assessment.Answer{Rating: assessment.Rating0}
	ot.Answers["GOV-05"] = assessment.Answer{Rating: assessment.Rating1}
	c := assessment.BuildConsensus("cons", testNow, []assessment.Assessment{it, ot},
		map[string]assessment.Decision{"GOV-08": {Rating: assessment.Rating1, Rationale: "signed by the CIO only"}})
	require.True(t, c.Disputed("GOV-01"))
	require.False(t, c.Unsettled("GOV-08"))
	require.True(t, c.Unsettled("GOV-05"))
	require.False(t, c.Disputed("GOV-05"), "both answers are weak")

	html := openSeeded(t, c, ViewReport).html()
	assert.Contains(t, htmlText(htmlID(t, html, "exec-lead")),
		"The answers are the respondents' consensus (section 3, \u201cConsensus and dissent\u201d): 1 answer agreed in the session; 2 answers on which they differed and nobody settled, where the lowest answer given counts until the group agrees; the rest given alike by all.")
	owner := htmlText(htmlID(t, html, "finding-"+assessment.FindingNoSingleOwner))
	assert.Contains(t, owner, "Answered: level 1, Initial (the lowest of the respondents' answers, not settled in the session).")
	assert.Contains(t, owner, "Anna Berg: Anna Berg saw the appointment letter", "each respondent's note, under their name")
	policy := htmlText(htmlID(t, html, "finding-"+assessment.FindingPolicyNotApproved))
	assert.NotContains(t, policy, "not settled in the session", "the session agreed GOV-08")
	assert.Contains(t, policy, "Answered: level 1, Initial (agreed in the session: signed by the CIO only).", "the session's rationale beside the answer")
	acceptance := htmlText(htmlID(t, html, "finding-"+assessment.FindingNoRiskAcceptance))
	assert.Contains(t, acceptance, "Answered: level 0, Not in place (the lowest of the respondents' answers, not settled in the session).")
	// Only GOV-01's finding depends on the open point: GOV-05's stands on
	// either answer.
	assert.Contains(t, htmlText(htmlID(t, html, "exec-lead")), "1 finding depends on an answer the session did not settle: some respondents gave answers that would not raise it.")
	top := htmlText(htmlClass(t, html, "exec-findings"))
	assert.Contains(t, top, "(GOV-01; disputed, not settled in the session)", "the summary's list marks it too")
	assert.Contains(t, top, "(GOV-08)")
	assert.NotContains(t, top, "(GOV-05;")
	// Annex 1 says how the session reached each answer, above the
	// respondents' notes, and the plan says which level is a default.
	answers := htmlText(htmlID(t, html, "report-answers"))
	assert.Contains(t, answers, "Agreed in the session. Rationale: signed by the CIO only")
	assert.Contains(t, answers, "Not settled in the session: the lowest level given counts until the group agrees. Anna Berg: Anna Berg saw the appointment letter")
	plan := htmlText(htmlID(t, html, "report-actions-table"))
	assert.Contains(t, plan, "Today's level is the lowest of the respondents' answers, not settled in the session.")
	assert.Equal(t, 2, strings.Count(plan, "not settled in the session"), "GOV-01 and GOV-05; GOV-08's level was agreed")

	assert.Contains(t, htmlText(htmlID(t, html, "report-cover")), "The respondents' consensus (section 3, \u201cConsensus and dissent\u201d)")
	// The results page, which has no summary, says it in the consensus
	// section, as the report's does.
	res := openSeeded(t, c, ViewResults).html()
	assert.Equal(t, "Of the answers, 1 answer agreed in the session and 2 answers not settled, where the lowest answer given counts until the group agrees; the rest were given alike by all.",
		htmlText(htmlID(t, res, "results-consensus-basis")))
	assert.Contains(t, html, `id="report-consensus-basis"`)
	// A respondent's own assessment says nothing of a consensus.
	own := openSeeded(t, it, ViewReport).html()
	assert.NotContains(t, htmlText(own), "respondents' consensus")
	assert.NotContains(t, htmlText(own), "not settled in the session")
}
