//go:build !wasm

package app

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// The results list the answers at level 4 with the state their question
// describes and the note given, and say how many answers at 3 or 4 carry
// a note; with nothing at 3 or above the block is not drawn. The report's
// summary names the strongest areas and the count of level-4 answers.
func TestStrengths(t *testing.T) {
	a := sample(1)
	for id := range a.Answers {
		a.Answers[id] = assessment.Answer{Rating: assessment.Rating3}
	}
	a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating4, Note: "Board resolution seen."}
	a.Answers["SCO-01"] = assessment.Answer{Rating: assessment.Rating4}
	high, _ := assessment.HighAnswers(a)
	require.Greater(t, high, 2, "the scenario's premise")

	d := deriveResults(a)
	require.Len(t, d.strengths, 2)
	assert.Equal(t, "GOV-01", d.strengths[0].ID)
	assert.Equal(t, "Board resolution seen.", d.strengths[0].Note)
	q, ok := assessment.QuestionByID("SCO-01")
	require.True(t, ok)
	assert.Equal(t, q.GoodFor(a.Profile), d.strengths[1].Text)

	page := htmlText(htmlID(t, openSeeded(t, a, ViewResults).html(), "results-strengths"))
	assert.Contains(t, page, "In place and reviewed")
	assert.Contains(t, page, "GOV-01 "+d.strengths[0].Text)
	assert.Contains(t, page, "Note: \u201cBoard resolution seen.\u201d")
	assert.Contains(t, page, "1 of the "+strconv.Itoa(high)+" answers at level 3 or 4 carry a note; an answer without one rests on the respondent's word")

	report := openSeeded(t, a, ViewReport).html()
	lead := htmlText(htmlID(t, report, "exec-lead"))
	assert.Contains(t, lead, "2 answers are at level 4, reviewed and improved (section 2).")
	assert.Contains(t, lead, "Strongest areas: ")
	assert.Contains(t, htmlText(htmlID(t, report, "report-strengths")), "GOV-01 ")

	for id := range a.Answers {
		a.Answers[id] = assessment.Answer{Rating: assessment.Rating2}
	}
	assert.NotContains(t, openSeeded(t, a, ViewResults).html(), "In place and reviewed")
	assert.NotContains(t, htmlText(openSeeded(t, a, ViewReport).html()), "Strongest areas")
}

// How many of the high answers carry a note, in the three cases.
func TestEvidenceText(t *testing.T) {
	assert.Equal(t, "All 3 answers at level 3 or 4 carry a note.", evidenceText(3, 3, false))
	assert.Equal(t, "1 answer at level 3 or 4 carries a note.", evidenceText(1, 1, false))
	assert.Equal(t, "None of the 3 answers at level 3 or 4 carries a note: they rest on the respondent's word until an audit sees the evidence (ISO/IEC 27001 9.2).", evidenceText(3, 0, false))
	assert.Equal(t, "1 answer at level 3 or 4 carries no note: it rests on the respondent's word until an audit sees the evidence (ISO/IEC 27001 9.2).", evidenceText(1, 0, false))
	assert.Equal(t, "2 of the 5 answers at level 3 or 4 carry a note; an answer without one rests on the respondent's word until an audit sees the evidence (ISO/IEC 27001 9.2).", evidenceText(5, 2, false))
	// A consensus's answers rest on what several people said.
	assert.Equal(t, "All 3 answers at level 3 or 4 carry a note.", evidenceText(3, 3, true))
	assert.Equal(t, "None of the 3 answers at level 3 or 4 carries a note: they rest on the respondents' word until an audit sees the evidence (ISO/IEC 27001 9.2).", evidenceText(3, 0, true))
	assert.Equal(t, "2 of the 5 answers at level 3 or 4 carry a note; an answer without one rests on the respondents' word until an audit sees the evidence (ISO/IEC 27001 9.2).", evidenceText(5, 2, true))
}

// Where the answers show the model in use working and another model
// leads on points, the results card and the report's key figure show the
// model in use with "no change called for", and the summary's model line
// names it; otherwise they show the recommended model with its points.
func TestWorkingModelInUse(t *testing.T) {
	a := sample(1)
	a.Profile.Plants, a.Profile.CentralRisk, a.Profile.Validated, a.Profile.SafetyCritical = 3, true, false, true
	a.Profile.Connectivity, a.Profile.OwnershipModel = assessment.ConnectivityIsolated, assessment.ModelExecutiveLed
	for id := range a.Answers {
		a.Answers[id] = assessment.Answer{Rating: assessment.Rating3}
	}
	a.Answers["MOD-04"] = assessment.Answer{Rating: assessment.Rating4}
	rec := assessment.Recommend(a)
	require.Equal(t, assessment.ModelFederated, rec.Model, "the scenario's premise: %v", rec.Scores)
	require.NotEmpty(t, rec.InUseWorks, "the scenario's premise")

	results := openSeeded(t, a, ViewResults).html()
	card := htmlText(htmlID(t, results, "results-model-card"))
	assert.Contains(t, card, "Model in use")
	assert.Contains(t, card, "working, as the answers show: no change called for")
	assert.NotContains(t, card, "Recommended model")

	report := openSeeded(t, a, ViewReport).html()
	assert.Equal(t, "Executive-led", htmlText(htmlID(t, report, "recommended-model")))
	text := htmlText(report)
	assert.Contains(t, text, "Executive-led. The organisation runs the Executive-led model, chosen deliberately and working")
	assert.Contains(t, text, "Highest on the profile's structure: Federated")
	assert.NotContains(t, text, "Recommended: Federated")
	// The leading model's description stays in the comparison annex:
	// printed under the line, it would read as advice to change.
	federated, ok := assessment.ModelByID(assessment.ModelFederated)
	require.True(t, ok)
	reco := htmlText(htmlID(t, report, "report-model"))
	assert.NotContains(t, reco, federated.Summary, "section 5")
	assert.Contains(t, text, federated.Summary, "the comparison annex")
	assert.Contains(t, text, "The other models")
	assert.Contains(t, text, "Executive-led \u2713 In use, working", "the comparison marks the model in use")
	assert.NotContains(t, text, "\u2713 Recommended")

	// Not shown working: the recommendation stands on the first page.
	a.Answers["MOD-04"] = assessment.Answer{Rating: assessment.Rating2}
	report = openSeeded(t, a, ViewReport).html()
	assert.Equal(t, "Federated", htmlText(htmlID(t, report, "recommended-model")))
	text = htmlText(report)
	assert.NotContains(t, text, "no change called for")
	assert.Contains(t, text, "Recommended: Federated")
	assert.NotContains(t, text, "In use, working")
	assert.Contains(t, htmlText(htmlID(t, report, "report-model")), federated.Summary, "section 5 describes the recommended model")
}

// An action's due-date field says whether it is empty (data-date), so that print can
// leave an empty date blank (go-app sets the value as a property, which
// no selector sees).
func TestDueDateMarksEmpty(t *testing.T) {
	a := sample(1)
	acts := assessment.Actions(a)
	require.GreaterOrEqual(t, len(acts), 2, "the scenario's premise")
	for i, target := range []string{"2027-02-28", ""} {
		ans := a.Answers[acts[i].Question]
		ans.Target = target
		a.Answers[acts[i].Question] = ans
	}
	html := openSeeded(t, a, ViewResults).html()
	assert.Contains(t, html, `id="action-`+acts[0].ID+`-due" value="2027-02-28" min="2000-01-01" max="2100-12-31" data-date="set"`)
	assert.Contains(t, html, `id="action-`+acts[1].ID+`-due" min="2000-01-01" max="2100-12-31" data-date="empty"`)
}

// Where the register names the respondent for another role than the one
// recorded in the profile, the cover and the summary say so.
func TestRespondentSeatFromRegister(t *testing.T) {
	a := sample(1)
	a.Profile.Respondent, a.Profile.RespondentRole = "Q. Unique", assessment.RoleExecutive
	a.Holders[assessment.RoleISMSOwner] = assessment.Holder{Name: "Q. Unique", Confirmed: "2026-01-15"}
	a.RoleNames = map[assessment.Role]string{assessment.RoleISMSOwner: "COO", assessment.RoleExecutive: "Managing Director"}
	text := htmlText(openSeeded(t, a, ViewReport).html())
	assert.Contains(t, text, "All answers come from one respondent (Q. Unique, named in the role register as COO; respondent role recorded as Executive sponsor).")

	a.Profile.RespondentRole = assessment.RoleISMSOwner
	assert.NotContains(t, htmlText(openSeeded(t, a, ViewReport).html()), "named in the role register as")
}

// The ISMS owner rating their own role is a self-assessment, which the
// summary says: the answers at level 2 or above on the owner's role, and
// nothing when another person answered (review 49).
func TestOwnRoleAnswersNamed(t *testing.T) {
	a := sample(1)
	a.Profile.Respondent, a.Profile.RespondentRole = "Q. Unique", assessment.RoleQuality
	a.Holders[assessment.RoleISMSOwner] = assessment.Holder{Name: "Q. Unique"}
	for id, r := range map[string]assessment.Rating{"GOV-01": assessment.Rating3, "GOV-02": assessment.Rating1, "GOV-03": assessment.Rating2, "PRA-05": assessment.Rating4} {
		a.Answers[id] = assessment.Answer{Rating: r}
	}
	require.Equal(t, []string{"GOV-01", "GOV-03", "PRA-05"}, assessment.OwnRoleAnswers(a))
	text := htmlText(openSeeded(t, a, ViewReport).html())
	assert.Contains(t, text, "The respondent holds the ISMS owner role: the answers to GOV-01, GOV-03 and PRA-05 rate that role itself, a self-assessment top management should confirm before they are relied on (ISO/IEC 27001 5.3).")

	a.Holders[assessment.RoleISMSOwner] = assessment.Holder{Name: "O. Other"}
	assert.Empty(t, assessment.OwnRoleAnswers(a))
	assert.NotContains(t, htmlText(openSeeded(t, a, ViewReport).html()), "The respondent holds the ISMS owner role")
}

// TestTensionsShown: a pair of answers that do not fit together is named
// under the good news it qualifies, in the results and the report; none
// is drawn where the answers fit.
func TestTensionsShown(t *testing.T) {
	a := sample(1)
	for id := range a.Answers {
		a.Answers[id] = assessment.Answer{Rating: assessment.Rating3}
	}
	require.Empty(t, assessment.AnswerTensions(a), "the scenario's premise")
	assert.NotContains(t, openSeeded(t, a, ViewResults).html(), "Answers that do not fit together")

	a.Answers["ROL-05"] = assessment.Answer{Rating: assessment.Rating1}
	ts := assessment.AnswerTensions(a)
	require.Len(t, ts, 1)
	for view, id := range map[View]string{ViewResults: "results-strengths-tensions", ViewReport: "report-strengths-tensions"} {
		block := htmlText(htmlID(t, openSeeded(t, a, view).html(), id))
		assert.Contains(t, block, "Answers that do not fit together", view)
		assert.Contains(t, block, ts[0].Text(), view)
	}
	lead := htmlText(htmlID(t, openSeeded(t, a, ViewReport).html(), "exec-lead"))
	assert.Contains(t, lead, "1 pair of answers does not fit together and is to be checked against the evidence (section 2).")
}
