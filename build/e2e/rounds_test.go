//go:build e2e

package e2e

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// roundsRespondent is a respondent of Plant Antwerp on date, every answer
// at level, with a note naming them.
func roundsRespondent(t *testing.T, id, name string, role assessment.Role, date string, level assessment.Rating) assessment.Assessment {
	t.Helper()
	a := fullAssessment(t, id, "Plant Antwerp \u2013 "+name, "Plant Antwerp", len(assessment.Questions()))
	a.Profile.Respondent, a.Profile.RespondentRole, a.Profile.Date = name, role, date
	for q, ans := range a.Answers {
		ans.Rating = level
		ans.Note = "Note of " + name + " on " + q
		a.Answers[q] = ans
	}
	require.NoError(t, assessment.Validate(a))
	return a
}

// TestRoundsBaselineAndFollowUpAreATrend: a baseline and a follow-up of one
// plant six months apart show as two rounds and a trend, never as two
// respondents who disagree.
func TestRoundsBaselineAndFollowUpAreATrend(t *testing.T) {
	base := roundsRespondent(t, "antwerp-base", "Omar Ortiz", assessment.RoleOT, "2026-03-10", assessment.Rating1)
	follow := roundsRespondent(t, "antwerp-follow", "Omar Ortiz", assessment.RoleOT, "2026-09-15", assessment.Rating3)
	// One baseline action is at level 2 in the follow-up, the level it
	// aimed at, and marked done there; every other one but INC-02's is no
	// longer needed at level 3.
	ans := follow.Answers["GOV-02"]
	ans.Rating = assessment.Rating2
	follow.Answers["GOV-02"] = ans
	follow.Plan = map[string]assessment.PlanEntry{"GOV-02": {Status: assessment.StatusDone}, "INC-02": {Status: assessment.StatusDone}}
	// Who may isolate a plant is still decided case by case: its finding
	// is raised in both rounds, though its action is marked done.
	ans = follow.Answers["INC-02"]
	ans.Rating = assessment.Rating1
	follow.Answers["INC-02"] = ans
	var repeat string
	for _, f := range assessment.Findings(follow) {
		if slices.Contains(f.Questions, "INC-02") {
			repeat = compare.FindingLabel(f)
		}
	}
	require.NotEmpty(t, repeat, "INC-02 at level 1 raises a finding")
	// Another weakness stays at level 1 and its action is dropped from the
	// follow-up's plan: a repeat finding with nothing being done about it.
	var dropped, droppedRepeat string
	for _, q := range assessment.Questions() {
		if q.ID == "INC-02" || q.ID == "GOV-02" || dropped != "" {
			continue
		}
		try := follow
		try.Answers = maps.Clone(follow.Answers)
		ans := try.Answers[q.ID]
		ans.Rating = assessment.Rating1
		try.Answers[q.ID] = ans
		for _, f := range assessment.Findings(try) {
			if slices.Equal(f.Questions, []string{q.ID}) {
				dropped, droppedRepeat, follow = q.ID, compare.FindingLabel(f), try
			}
		}
	}
	require.NotEmpty(t, dropped, "a question at level 1 raises a finding of its own")
	follow.Plan[dropped] = assessment.PlanEntry{Dropped: true}
	open := len(assessment.Actions(base))
	b := NewBrowser(t)
	b.OpenSeeded("#/compare", base, follow)
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitFor("the trend", `!!document.getElementById("trends") && document.querySelectorAll("#heatmap tbody tr").length === 2`, Within(20*time.Second))

	heat := b.Text("#heatmap")
	assert.Contains(t, heat, "Round: 2026-03-10")
	assert.Contains(t, heat, "Round: 2026-09-15")
	assert.Contains(t, b.Text("#disagreements"), "Every site has a single respondent", "rounds are not respondents")
	assert.Zero(t, b.Count("#disagreements .cmp-dis"), "no disagreement between the rounds")
	assert.Zero(t, b.Count("#raci-across .cmp-conflict"), "one site's rounds are not sites that differ")
	trend := b.Text("#trends")
	for _, want := range []string{"Rounds over time", "Plant Antwerp: 2026-03-10, then 2026-09-15", "Findings closed since 2026-03-10", "Findings new since 2026-03-10"} {
		assert.Contains(t, trend, want)
	}
	assert.Contains(t, b.Text("#trend-0-0-actions"), fmt.Sprintf("Of the %d actions open or in progress in the plan of 2026-03-10: "+
		"2 marked done in the plan of 2026-09-15 (1 of them not borne out by the answers, which show no rise in level); "+
		"%d no longer needed because the answer now reaches level 3; "+
		"and 1 not in the plan of 2026-09-15 (dropped or not applicable), so not counted as done.", open, open-3))
	done := b.Text("#trend-0-0-actions-done")
	assert.Contains(t, done, "GOV-02")
	assert.Contains(t, done, "now rated at level 2 in 2026-09-15, the level it aimed at; level 3 is not yet reached, "+
		"yet its next step, toward level 3, is marked done as well in 2026-09-15: reopen it unless that work is done")
	assert.Contains(t, done, "still rated at level 1 in 2026-09-15, as in 2026-03-10: not borne out by the answers", "INC-02's answer has not moved")
	assert.Contains(t, b.Text("#trend-0-0-actions-unproven"), "verify the evidence of the work")
	assert.Contains(t, b.Text("#trend-0-0-persisting"), "Still raised in 2026-09-15, as in 2026-03-10")
	assert.Contains(t, b.Text("#trend-0-0-persisting"), repeat+" \u2013 its action (INC-02) is marked done in 2026-09-15", "the finding raised in both rounds")
	assert.Contains(t, b.Text("#trend-0-0-persisting"), droppedRepeat+" \u2013 its action ("+dropped+") is no longer in the plan in 2026-09-15")
	assert.Contains(t, b.Text("#trend-0-0-persisting-undecided"), "act on it (ISO/IEC 27001 10.2 a)); or, where the finding is a security risk rather than a requirement of the standard left unmet, have the role entitled to accept that risk accept what remains (6.1.3 f))")
	assert.Equal(t, 1, b.Count("#trend-0-0-chart"), "the trend chart")
	assert.Contains(t, b.EvalString(`document.querySelector("#trend-0-0-chart desc").textContent`), "Overall: 25 to 73 (+48)")
	b.RequireAxeClean("the comparison with a trend")
	b.ScrollTo("#trends")
	b.Screenshot("rounds-trend")

	b.Click("#compare-export")
	file := b.WaitDownload(".csv")
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	recs := readCSVRecords(t, data, ',')
	trendRows, stillRaised, droppedRows := 0, 0, 0
	actions := map[string]int{}
	for _, r := range recs[1:] {
		if r[5] == "trend-action" {
			actions[r[9]]++
		}
		if r[5] == "trend-finding" && r[9] == "still-raised" {
			stillRaised++
			if r[8] == droppedRepeat {
				droppedRows++
				assert.Contains(t, r[10], "its action ("+dropped+") is no longer in the plan in the later round", "the CSV says the action was dropped")
			}
		}
		if r[5] == "trend" && r[6] == "overall" {
			trendRows++
			assert.Equal(t, "2026-09-15", r[1], "the round of the trend row")
			assert.Equal(t, "48", r[9], "the overall change, a number a spreadsheet can sum")
		}
	}
	assert.Equal(t, 1, trendRows, "trend rows in the consolidated CSV")
	assert.Equal(t, map[string]int{"done": 2, "answer-at-target": open - 3, "not-in-plan": 1}, actions, "trend-action rows: one per action open at the baseline")
	assert.Positive(t, stillRaised, "trend-finding rows of the findings raised in both rounds")
	assert.Equal(t, 1, droppedRows, "the repeat finding whose action was dropped")
	b.RequireHealthy()
}

// TestRoundsWithOtherRespondentsAreNotComparable: a baseline answered by
// the IT and OT leads and a follow-up answered by Quality alone share no
// role, so they are not set against each other: the trend says why, names
// who answered in each round, and counts no change, no closed finding and
// no action as no longer needed.
func TestRoundsWithOtherRespondentsAreNotComparable(t *testing.T) {
	it := roundsRespondent(t, "antwerp-it", "Anna Berg", assessment.RoleIT, "2026-03-10", assessment.Rating1)
	ot := roundsRespondent(t, "antwerp-ot", "Omar Ortiz", assessment.RoleOT, "2026-03-11", assessment.Rating1)
	follow := roundsRespondent(t, "antwerp-follow", "Qi Quan", assessment.RoleQuality, "2026-09-15", assessment.Rating3)
	b := NewBrowser(t)
	b.OpenSeeded("#/compare", it, ot, follow)
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitFor("the trend", `!!document.getElementById("trends") && document.querySelectorAll("#heatmap tbody tr").length === 2`, Within(20*time.Second))
	trend := b.Text("#trends")
	assert.Contains(t, trend, "Not comparable, as no respondent role answered in both rounds (IT lead, OT / automation lead, then Quality & validation).")
	assert.Contains(t, trend, "2026-03-10 to 2026-03-11: Anna Berg (IT lead), Omar Ortiz (OT / automation lead). 2026-09-15: Qi Quan (Quality & validation).")
	assert.Contains(t, b.Text("#trend-0-0-closed"), "None closed.")
	assert.NotEmpty(t, b.Text("#trend-0-0-unchecked"), "what the follow-up no longer raises is not re-assessed")
	actions := b.Text("#trend-0-0-actions")
	assert.Contains(t, actions, "not re-assessed in 2026-09-15")
	assert.NotContains(t, actions, "no longer needed because")
	desc := b.EvalString(`document.querySelector("#trend-0-0-chart desc").textContent`)
	assert.Contains(t, desc, "Overall: 25, then 75 (not comparable)")
	assert.NotContains(t, desc, "(+")
	b.RequireAxeClean("a trend between rounds that are not comparable")
	b.ScrollTo("#trends")
	b.Screenshot("rounds-trend-not-comparable")

	b.Click("#compare-export")
	data, err := os.ReadFile(b.WaitDownload(".csv"))
	require.NoError(t, err)
	for _, r := range readCSVRecords(t, data, ',')[1:] {
		switch r[5] {
		case "trend":
			assert.Empty(t, r[9], "no change between rounds that are not comparable (%s)", r[6])
			assert.Contains(t, r[10], "not comparable, as no respondent role answered in both rounds")
		case "trend-finding":
			assert.Contains(t, []string{"not-reassessed", "raised-not-comparable"}, r[9], "no finding closed or opened (%s)", r[6])
		case "trend-action":
			assert.NotEqual(t, "answer-at-target", r[9], "no action resolved (%s)", r[6])
		}
	}
	b.RequireHealthy()
}

// TestRoundsJoinedRoleFindingsAreNotNew: a Quality lead who joins the
// follow-up and rates one question 0 raises findings nobody in that role
// was asked about before: they are listed apart, not as new, on the page
// and in the consolidated CSV.
func TestRoundsJoinedRoleFindingsAreNotNew(t *testing.T) {
	base := roundsRespondent(t, "antwerp-base", "Anna Berg", assessment.RoleIT, "2026-03-10", assessment.Rating3)
	follow := roundsRespondent(t, "antwerp-follow", "Anna Berg", assessment.RoleIT, "2026-09-15", assessment.Rating3)
	qa := roundsRespondent(t, "antwerp-qa", "Qi Quan", assessment.RoleQuality, "2026-09-16", assessment.Rating3)
	ans := qa.Answers["INC-02"]
	ans.Rating = assessment.Rating0
	qa.Answers["INC-02"] = ans
	b := NewBrowser(t)
	b.OpenSeeded("#/compare", base, follow, qa)
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitVisible("#trend-0-0-newrole", Within(20*time.Second))
	list := b.Text("#trend-0-0-newrole")
	assert.Contains(t, list, "Raised in 2026-09-15 to 2026-09-16 only by roles that did not answer in 2026-03-10 (Quality & validation): not necessarily new")
	assert.Contains(t, b.Text("#trend-0-0-opened"), "None new.", "nothing the IT lead raises is new")
	b.RequireAxeClean("a trend with a role that joined")
	b.ScrollToCenter("#trend-0-0-newrole")
	b.Screenshot("rounds-joined-role")

	b.Click("#compare-export")
	data, err := os.ReadFile(b.WaitDownload(".csv"))
	require.NoError(t, err)
	n := 0
	for _, r := range readCSVRecords(t, data, ',')[1:] {
		if r[5] == "trend-finding" {
			assert.NotEqual(t, "opened", r[9], "a finding only the joined role raises is not new (%s)", r[6])
			if r[9] == "raised-by-new-role" {
				n++
			}
		}
	}
	assert.Positive(t, n, "the joined role's findings are in the CSV")
	b.RequireHealthy()
}

// TestRoundsScopeDifferencesComeFirst: two respondents of one plant who
// disagree on whether GMP systems are in scope are told so above their
// disagreements, and the consensus count says which profile it takes.
func TestRoundsScopeDifferencesComeFirst(t *testing.T) {
	it := roundsRespondent(t, "antwerp-it", "Anna Berg", assessment.RoleIT, "2026-03-10", assessment.Rating2)
	ot := roundsRespondent(t, "antwerp-ot", "Omar Ortiz", assessment.RoleOT, "2026-03-11", assessment.Rating2)
	it.Profile.Validated, ot.Profile.Validated = true, false
	b := NewBrowser(t)
	b.OpenSeeded("#/compare", it, ot)
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitVisible("#cmp-profile-diff", Within(20*time.Second))
	assert.Contains(t, b.Text("#cmp-profile-diff"), "GMP / GxP validated systems in scope \u2013 Anna Berg (IT lead): yes; Omar Ortiz (OT / automation lead): no")
	assert.Contains(t, b.Text("#cmp-consensus-count-0"), "The respondents give 1 scope field of the profile differently; the consensus takes the first respondent's profile.")
	b.RequireAxeClean("the comparison with a scope difference")
	b.ScrollTo("#disagreements")
	b.Screenshot("rounds-scope-difference")
	b.RequireHealthy()
}

// TestRoundsNewRespondentStartsBlank: "New respondent" copies the profile
// and round of an assessment, not its answers, notes or matrix, and asks
// for the respondent.
func TestRoundsNewRespondentStartsBlank(t *testing.T) {
	src := roundsRespondent(t, "antwerp-ot", "Omar Ortiz", assessment.RoleOT, "2026-03-10", assessment.Rating2)
	src.Profile.Round = "Baseline 2026"
	b := NewBrowser(t)
	b.OpenSeeded("#/", src)
	b.WaitVisible("#new-respondent-antwerp-ot")
	b.Screenshot("rounds-home")
	b.Click("#new-respondent-antwerp-ot")
	b.WaitFor("the new respondent's profile", `location.hash.endsWith("/profile") && !location.hash.includes("antwerp-ot")`, Showing(`location.hash`))
	b.WaitVisible("#pf-round")
	assert.Equal(t, "Plant Antwerp", b.Value("#pf-site"))
	assert.Equal(t, "Baseline 2026", b.Value("#pf-round"))
	assert.Equal(t, "", b.Value("#pf-respondent"), "the respondent is asked for")
	assert.Contains(t, b.Text(".notice"), "enter the respondent\u2019s name and role")
	id := strings.Split(strings.TrimPrefix(b.Hash(), "#/"), "/")[0]
	stored := b.Stored(id)
	require.NotEmpty(t, stored, "the new assessment is stored (hash %s)", b.Hash())
	a, _, err := b.PageStore().Load(id)
	require.NoError(t, err)
	assert.Empty(t, a.Answers, "no answers copied")
	assert.Empty(t, a.Matrix, "no matrix copied")
	assert.NotContains(t, stored, "Note of Omar", "no note copied")
	b.RequireAxeClean("the new respondent's profile")
	b.Screenshot("rounds-new-respondent")
	b.RequireHealthy()
}

// TestRoundsConsensusKeepsDissent: the facilitator records the agreed
// answer of a disagreement in Compare and stores the consensus; its
// results, report and CSV keep the dissenting answers.
func TestRoundsConsensusKeepsDissent(t *testing.T) {
	it := roundsRespondent(t, "antwerp-it", "Anna Berg", assessment.RoleIT, "2026-03-10", assessment.Rating2)
	ot := roundsRespondent(t, "antwerp-ot", "Omar Ortiz", assessment.RoleOT, "2026-03-11", assessment.Rating2)
	it.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating4}
	ot.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating1}
	// One level apart: a smaller difference, which the group settles too.
	it.Answers["GOV-03"] = assessment.Answer{Rating: assessment.Rating3}
	b := NewBrowser(t)
	b.OpenSeeded("#/compare", it, ot)
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitVisible("#cmp-agree-0-GOV-02", Within(20*time.Second))
	b.SetValue("#cmp-agree-0-GOV-02", "2")
	b.SetValue("#cmp-agree-0-GOV-02-why", "Steering minutes exist, but no OT sign-off yet.")
	b.WaitText("#consensus", "an agreed answer for 1 of 1 question in dispute")
	b.WaitText("#consensus", "unless the group agrees another under \u201cSmaller differences\u201d above")
	b.Click("#cmp-minor-toggle")
	b.WaitVisible("#cmp-agree-0-GOV-03")
	assert.Contains(t, b.Text("#cmp-minor-list"), "one level apart")
	b.SetValue("#cmp-agree-0-GOV-03", "3")
	b.SetValue("#cmp-agree-0-GOV-03-why", "The plan is approved by the board.")
	b.WaitText("#consensus", "The 1 smaller difference has an agreed answer.")
	b.ScrollTo("#cmp-minor")
	b.Screenshot("rounds-consensus-minor")
	// The session: nothing is stored until the facilitator records it;
	// the respondents are a suggestion taken with a click.
	b.WaitText("#cmp-session-missing-0", "Not yet given: date, facilitator, participants.")
	assert.Equal(t, "true", b.EvalString(`String(document.getElementById("cmp-build-consensus-0").disabled)`))
	assert.Empty(t, b.EvalString(`document.getElementById("cmp-session-participants-0").value`))
	b.ScrollTo("#consensus")
	b.Screenshot("rounds-consensus-session-empty")
	b.Click("#cmp-session-use-respondents-0")
	b.WaitFor("the participants", `document.getElementById("cmp-session-participants-0").value === "Anna Berg (IT lead); Omar Ortiz (OT / automation lead)"`)
	b.SetValue("#cmp-session-date-0", "2026-03-20")
	b.SetValue("#cmp-session-facilitator-0", "Eva Stein")
	b.WaitFor("the store button", `!document.getElementById("cmp-build-consensus-0").disabled`)
	b.RequireAxeClean("the comparison with consensus controls")
	b.ScrollTo("#disagreements")
	b.Screenshot("rounds-consensus-compare")
	b.Click("#cmp-build-consensus-0")
	b.WaitVisible("#cmp-consensus-open-0")
	b.Click("#cmp-consensus-open-0")
	b.WaitVisible("#results-consensus", Within(20*time.Second))
	res := b.Text("#results-consensus")
	assert.Contains(t, b.Text("#results-consensus-GOV-03"), "Consensus: 3 \u2013 Implemented. Agreed in the session.", "the smaller difference settled")
	for _, want := range []string{"GOV-02", "Consensus: 2 \u2013 Defined", "Agreed in the session", "Steering minutes exist, but no OT sign-off yet.",
		"Answered before the session \u2013 Anna Berg (IT lead): 4 \u2013 Reviewed and improved", "Answered before the session \u2013 Omar Ortiz (OT / automation lead): 1 \u2013 Initial"} {
		assert.Contains(t, res, want, "the consensus in the results")
	}
	const session = "Recorded with the consensus: session held on 20 March 2026; facilitator: Eva Stein; participants: Anna Berg (IT lead); Omar Ortiz (OT / automation lead)."
	assert.Equal(t, session, b.Text("#results-consensus-session"))
	assert.Contains(t, b.Text("#results-consensus-who"), "Answered otherwise than the consensus: Anna Berg (IT lead) on ", "whose answers the consensus moved away from")
	b.RequireAxeClean("the consensus results")
	b.ScrollTo("#results-consensus")
	b.Screenshot("rounds-consensus-results")
	id := strings.Split(strings.TrimPrefix(b.Hash(), "#/"), "/")[0]
	b.GoTo("#/" + id + "/report")
	b.WaitVisible("#report-consensus", Within(20*time.Second))
	assert.Contains(t, b.Text("#report-consensus"), "Answered before the session \u2013 Anna Berg (IT lead): 4")
	assert.Equal(t, session, b.Text("#report-consensus-session"))
	// The first page says what the answers rest on, and each
	// respondent's note stays, under their name.
	assert.Contains(t, b.Text("#exec-lead"), "The answers are the respondents' consensus (section 3, \u201cConsensus and dissent\u201d): ")
	assert.Contains(t, b.Text("#report-answers"), "Anna Berg: Note of Anna Berg on ")
	assert.Contains(t, b.Text("#report-answers"), "Omar Ortiz: Note of Omar Ortiz on ")

	// Changed after the consensus was stored: the record says so and no
	// longer credits the session with the answer.
	b.GoTo("#/" + id + "/questions/GOV-02")
	b.WaitQuestion("GOV-02")
	b.Click("#rating-3")
	b.WaitFor("rating 3 chosen", `document.getElementById("rating-3").checked`)
	b.WaitVisible("#flow-change-reason")
	assert.Contains(t, b.Text("#flow-changed"), "the session had agreed on 2 \u2013 Defined.")
	b.SetValue("#flow-change-reason", "The board approved the placement on 2 April.")
	b.RequireAxeClean("a consensus answer changed after the session")
	b.Screenshot("rounds-consensus-changed-flow")
	b.GoTo("#/" + id + "/results")
	b.WaitVisible("#results-consensus", Within(20*time.Second))
	res = b.Text("#results-consensus-GOV-02")
	for _, want := range []string{"Consensus: 3 \u2013 Implemented", "Changed after the consensus was stored, last on ", "; the session had agreed on 2 \u2013 Defined.",
		"The session's rationale (for 2 \u2013 Defined): Steering minutes exist, but no OT sign-off yet.", "Differed from the session's answer \u2013 Anna Berg (IT lead): 4 \u2013 Reviewed and improved",
		"Reason for the change: The board approved the placement on 2 April."} {
		assert.Contains(t, res, want, "the consensus changed after it was stored")
	}
	assert.NotContains(t, res, "Agreed in the session")
	assert.Contains(t, b.Text("#results-consensus-changed"), "1 answer or matrix row was changed after the consensus was stored")
	b.RequireAxeClean("the consensus changed after the session")
	b.ScrollTo("#results-consensus")
	b.Screenshot("rounds-consensus-changed")

	// The profile changed after the consensus was stored: GMP unticked
	// takes questions out that the session answered, and the profile
	// form asks why.
	b.GoTo("#/" + id + "/profile")
	b.WaitVisible("#pf-validated")
	require.Equal(t, "true", b.EvalString(`String(document.getElementById("pf-validated").checked)`), "the respondents' profiles record GMP")
	b.Click("#pf-validated")
	b.WaitVisible("#pf-change-reason-validated")
	assert.Contains(t, b.Text("#pf-changed"), "GMP / GxP validated systems in scope (when the consensus was stored: yes): why was it changed?")
	b.SetValue("#pf-change-reason-validated", "The validated packaging line left the scope in April.")
	b.RequireAxeClean("a consensus profile changed after the session")
	b.Screenshot("rounds-consensus-profile-form")
	b.GoTo("#/" + id + "/results")
	b.WaitVisible("#results-consensus-profile", Within(20*time.Second))
	prof := b.Text("#results-consensus-profile")
	for _, want := range []string{"Profile changed after the consensus was stored",
		"GMP / GxP validated systems in scope: no. Changed after the consensus was stored, last on ", "; when the consensus was stored it held yes.",
		"Reason for the change: The validated packaging line left the scope in April.",
		"questions asked then are no longer asked"} {
		assert.Contains(t, prof, want, "the profile changed after the consensus was stored")
	}
	b.RequireAxeClean("the consensus results with a profile change")
	b.ScrollTo("#results-consensus-profile")
	b.Screenshot("rounds-consensus-profile-results")
	b.GoTo("#/" + id + "/report")
	b.WaitVisible("#report-cover-changed", Within(20*time.Second))
	assert.Contains(t, b.Text("#report-cover-changed"), "Changed after the consensus was stored: GMP / GxP validated systems in scope (was yes).", "on the report's first page")
	b.Screenshot("rounds-consensus-report-cover")

	// A matrix row changed in the control's own view asks why there.
	b.GoTo("#/" + id + "/matrix/5.1")
	b.WaitVisible("#mx-crow-ot")
	raci := `document.getElementById("mx-crow-ot").dataset.raci`
	before := b.EvalString(raci)
	require.Len(t, before, 14, "one letter per role")
	b.Focus(`table [tabindex="0"]`)
	at := `(e => (e.closest("tr") || {id: ""}).id + ":" + e.cellIndex)(document.activeElement)`
	require.Equal(t, "mx-crow-it:1", b.EvalString(at), "the cursor starts on the first row's first role")
	b.Keys(kb.ArrowDown, kb.Home)
	b.WaitFor("the cursor on the OT row's header", at+` === "mx-crow-ot:0"`, Showing(at))
	letter := "c"
	if before[7] == 'C' {
		letter = "i"
	}
	// Quality is the eighth role column.
	b.Keys(kb.ArrowRight, kb.ArrowRight, kb.ArrowRight, kb.ArrowRight, kb.ArrowRight, kb.ArrowRight, kb.ArrowRight, kb.ArrowRight, letter)
	b.WaitFor("Quality's letter changed", raci+` !== `+strconv.Quote(before), Showing(raci))
	b.WaitVisible("#mx-change-reason-ot")
	assert.Contains(t, b.Text("#mx-changed"), "Plant OT: Changed after the consensus was stored, last on ")
	b.SetValue("#mx-change-reason-ot", "Quality reviews plant-floor policy since April.")
	b.RequireAxeClean("a consensus matrix row changed after the session")
	b.Screenshot("rounds-consensus-row-changed")
	b.GoTo("#/" + id + "/results")
	b.WaitVisible("#results-consensus-5-1-ot", Within(20*time.Second))
	assert.Contains(t, b.Text("#results-consensus-5-1-ot"), "Reason for the change: Quality reviews plant-floor policy since April.")

	file := b.ExportCSV(id)
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	as, rep, err := csvio.ImportWithReport(data)
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, csvio.SealUnchanged, rep.Integrity[id].Seal)
	assert.Equal(t, map[string]assessment.FieldChange{"validated": {ChangedOn: time.Now().Format("2006-01-02"), ChangeReason: "The validated packaging line left the scope in April."}},
		as[0].ProfileChanges, "the profile change travels in the CSV")
	require.NotNil(t, as[0].SessionProfile)
	assert.True(t, as[0].SessionProfile.Validated, "with the value the consensus held")
	row := as[0].RowConsensus[assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}]
	assert.True(t, row.Changed)
	assert.Equal(t, "Quality reviews plant-floor policy since April.", row.ChangeReason, "the row's reason travels in the CSV")
	ag := as[0].Consensus["GOV-02"]
	assert.True(t, ag.Agreed)
	assert.Equal(t, "Steering minutes exist, but no OT sign-off yet.", ag.Rationale)
	require.Len(t, ag.Dissent, 2, "the dissent travels in the CSV")
	assert.Equal(t, assessment.Rating4, ag.Dissent[0].Rating)
	assert.Equal(t, "Anna Berg", ag.Dissent[0].Respondent)
	assert.Equal(t, assessment.Rating3, as[0].Answers["GOV-02"].Rating)
	assert.True(t, ag.Changed, "the change after the session travels in the CSV")
	assert.Equal(t, assessment.Rating2, ag.SessionAnswer)
	assert.Equal(t, "The board approved the placement on 2 April.", ag.ChangeReason)
	assert.Equal(t, time.Now().Format("2006-01-02"), ag.ChangedOn, "the day of the change")
	assert.Equal(t, &assessment.Session{Date: "2026-03-20", Facilitator: "Eva Stein", Participants: "Anna Berg (IT lead); Omar Ortiz (OT / automation lead)"},
		as[0].Session, "the session travels in the CSV")

	// Compared again, the round has its consensus and offers no second.
	b.GoTo("#/compare")
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitVisible("#cmp-consensus-exists-0", Within(20*time.Second))
	assert.Contains(t, b.Text("#cmp-consensus-exists-0"), "this round already has a consensus")
	assert.Zero(t, b.Count("#cmp-agree-0-GOV-02"), "no form for a second consensus")
	b.RequireHealthy()
}

// TestRoundsSanitisedExport: "Export without names" writes a file without
// any person name or note, and importing it says it is unchanged since its
// export and was exported without names and notes.
func TestRoundsSanitisedExport(t *testing.T) {
	a := roundsRespondent(t, "antwerp-ot", "Omar Ortiz", assessment.RoleOT, "2026-03-10", assessment.Rating2)
	a.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Leiter Automatisierung Ortiz"}
	b := NewBrowser(t)
	b.OpenSeeded("#/", a)
	b.WaitVisible("#export-clean-antwerp-ot")
	b.Click("#export-clean-antwerp-ot")
	file := b.WaitDownload(".csv")
	assert.Contains(t, file, "without-names")
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	for _, s := range []string{"Omar", "Ortiz", "R. Keller", "Note of", "Workshop note", a.Name} {
		assert.NotContains(t, string(data), s, "the sanitised export still holds %q", s)
	}
	for _, r := range readCSVRecords(t, data, ',')[1:] {
		assert.Empty(t, r[9], "note cell of %s %s", r[1], r[2])
	}

	b.PickFiles("#import-file", file)
	b.WaitVisible("#imp-seal-antwerp-ot", Within(20*time.Second))
	seal := b.Text("#imp-seal-antwerp-ot")
	assert.Contains(t, seal, "Unchanged since it was exported")
	assert.Contains(t, seal, "without names and notes")
	b.Screenshot("rounds-import-seal")
	b.RequireHealthy()
}

// TestRoundsConsensusKeepsMatrixDissent: where the respondents of one
// site and round name different accountable roles for a matrix row, the
// facilitator records the agreed row in Compare; the stored consensus
// holds that row and shows the other respondent's row as dissent in its
// results and report, after a reload too, and carries it in its CSV.
func TestRoundsConsensusKeepsMatrixDissent(t *testing.T) {
	it := roundsRespondent(t, "antwerp-it", "Anna Berg", assessment.RoleIT, "2026-03-10", assessment.Rating2)
	ot := roundsRespondent(t, "antwerp-ot", "Omar Ortiz", assessment.RoleOT, "2026-03-11", assessment.Rating2)
	k := assessment.CellKey{Control: "5.10", Domain: assessment.DomainOT}
	it.Matrix[k] = assessment.RACI{assessment.RoleIT: assessment.LetterAccountable, assessment.RoleOT: assessment.LetterResponsible}
	ot.Matrix[k] = assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible}
	b := NewBrowser(t)
	b.OpenSeeded("#/compare", it, ot)
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitVisible("#cmp-agree-row-0-5-10-ot", Within(20*time.Second))
	opts := b.Text("#cmp-agree-row-0-5-10-ot")
	assert.Contains(t, opts, "As Anna Berg filled it: A: IT lead \u00b7 R: OT / automation lead")
	assert.Contains(t, opts, "As Omar Ortiz filled it: A/R: OT / automation lead")
	b.SetValue("#cmp-agree-row-0-5-10-ot", "1")
	b.SetValue("#cmp-agree-row-0-5-10-ot-why", "OT signs off every change on the line; IT is consulted.")
	b.WaitText("#consensus", "no question in dispute and an agreed row for 1 of 1 matrix row in dispute")
	b.RequireAxeClean("the comparison with a matrix row to agree")
	b.ScrollTo("#raci-within")
	b.Screenshot("rounds-consensus-row-compare")
	b.SetValue("#cmp-session-date-0", "2026-03-12")
	b.SetValue("#cmp-session-facilitator-0", "Eva Stein")
	b.SetValue("#cmp-session-participants-0", "Anna Berg (IT lead); Omar Ortiz (OT lead); Jens Kraft (plant manager)")
	b.WaitFor("the store button", `!document.getElementById("cmp-build-consensus-0").disabled`)
	b.Click("#cmp-build-consensus-0")
	b.WaitVisible("#cmp-consensus-open-0")
	b.Click("#cmp-consensus-open-0")
	id := ""
	check := func(sel, when string) {
		t.Helper()
		b.WaitVisible(sel, Within(20*time.Second))
		got := b.Text(sel)
		for _, want := range []string{"A.5.10", "Plant OT", "Consensus: A/R: OT / automation lead.", "Agreed in the session.",
			"Rationale: OT signs off every change on the line; IT is consulted.",
			"Filled before the session \u2013 Anna Berg (IT lead): A: IT lead \u00b7 R: OT / automation lead"} {
			assert.Contains(t, got, want, "the matrix dissent %s", when)
		}
	}
	check("#results-consensus-5-10-ot", "in the results")
	id = strings.Split(strings.TrimPrefix(b.Hash(), "#/"), "/")[0]
	b.RequireAxeClean("the consensus results with a matrix row")
	b.ScrollTo("#results-consensus-5-10-ot")
	b.Screenshot("rounds-consensus-row-results")

	b.Reload()
	check("#results-consensus-5-10-ot", "after a reload")
	b.GoTo("#/" + id + "/report")
	check("#report-consensus-5-10-ot", "in the report")

	a, _, err := b.PageStore().Load(id)
	require.NoError(t, err)
	assert.Equal(t, ot.Matrix[k], a.Matrix[k], "the agreed row is the consensus row")
	file := b.ExportCSV(id)
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	as, rep, err := csvio.ImportWithReport(data)
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, csvio.SealUnchanged, rep.Integrity[id].Seal)
	ag := as[0].RowConsensus[k]
	assert.True(t, ag.Agreed)
	assert.Equal(t, "OT signs off every change on the line; IT is consulted.", ag.Rationale)
	require.Len(t, ag.Dissent, 1, "the dissenting row travels in the CSV")
	assert.Equal(t, "Anna Berg", ag.Dissent[0].Respondent)
	assert.Equal(t, it.Matrix[k], ag.Dissent[0].Row)
	b.RequireHealthy()
}

// TestRoundsConsensusMovedIntoARoundWithOne: the baseline's consensus is
// given the follow-up's round after it was stored, so the follow-up holds
// two consensuses. Compare counts neither until the consultant chooses:
// the one saved last is the moved one, not the follow-up's own.
func TestRoundsConsensusMovedIntoARoundWithOne(t *testing.T) {
	respondent := func(id, name string, role assessment.Role, date, round string, level assessment.Rating) assessment.Assessment {
		a := roundsRespondent(t, id, name, role, date, level)
		a.Profile.Round = round
		return a
	}
	consensus := func(id, name string, at time.Time, from ...assessment.Assessment) assessment.Assessment {
		c := assessment.BuildConsensus(id, at, from, nil)
		c.Name = name
		c.Session = &assessment.Session{Date: at.Format(time.DateOnly), Facilitator: "C. Consultant", Participants: "Anna Berg, Omar Ortiz"}
		require.NoError(t, assessment.Validate(c))
		return c
	}
	baseIT := respondent("base-it", "Anna Berg", assessment.RoleIT, "2026-03-10", "Baseline 2026", assessment.Rating1)
	baseOT := respondent("base-ot", "Omar Ortiz", assessment.RoleOT, "2026-03-11", "Baseline 2026", assessment.Rating1)
	followIT := respondent("follow-it", "Anna Berg", assessment.RoleIT, "2026-09-15", "Follow-up 2026", assessment.Rating3)
	followOT := respondent("follow-ot", "Omar Ortiz", assessment.RoleOT, "2026-09-16", "Follow-up 2026", assessment.Rating3)
	baseCons := consensus("base-cons", "Antwerp baseline consensus", time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC), baseIT, baseOT)
	followCons := consensus("follow-cons", "Antwerp follow-up consensus", time.Date(2026, 9, 17, 15, 0, 0, 0, time.UTC), followIT, followOT)

	b := NewBrowser(t)
	b.OpenSeeded("#/base-cons/profile", baseIT, baseOT, followIT, followOT, baseCons, followCons)
	b.WaitVisible("#pf-round")
	require.Equal(t, "Baseline 2026", b.Value("#pf-round"))
	b.SetValue("#pf-round", "Follow-up 2026")
	b.WaitVisible("#pf-change-reason-round")
	assert.Contains(t, b.Text("#pf-changed-moved"), "compared and trended as another round's")
	b.SetValue("#pf-change-reason-round", "Filed under the wrong round.")

	b.GoTo("#/compare")
	b.WaitVisible("#compare-title")
	b.Click("#cmp-all")
	b.WaitVisible("#compare-consensus-choice-0", Within(20*time.Second))
	box := b.Text("#compare-consensus-choice-0")
	for _, want := range []string{"Plant Antwerp \u00b7 Follow-up 2026 holds 2 consensus assessments",
		"Until you do, none counts, and the round is compared on its respondents' own answers.",
		"\u201cAntwerp baseline consensus\u201d in this browser, saved ",
		"\u201cAntwerp follow-up consensus\u201d in this browser, saved 2026-09-17 15:00 UTC; session held on 2026-09-17"} {
		assert.Contains(t, box, want, "the round with two consensuses")
	}
	assert.NotContains(t, box, "counted")
	assert.Equal(t, "4 assessments from 1 site, 2 rounds in all.", b.Text("#compare-summary"), "neither consensus counts yet")
	assert.Contains(t, b.Text("#cmp-consensus-unsettled-1"), "choose above the one that counts")
	b.RequireAxeClean("a round with two consensuses")
	b.ViewportScreenshot("rounds-two-consensuses")

	// Choosing the follow-up's own consensus counts it.
	b.Click("#compare-consensus-choice-0-1")
	b.WaitFor("the follow-up consensus counted", `(document.getElementById("compare-consensus-choice-0")?.innerText || "").includes("You chose which consensus counts.")`, Within(20*time.Second))
	assert.Contains(t, b.Text("#compare-consensus-choice-0"), "\u201cAntwerp follow-up consensus\u201d in this browser, saved 2026-09-17 15:00 UTC; session held on 2026-09-17 \u2014 counted")
	assert.Equal(t, "5 assessments from 1 site, 2 rounds in all.", b.Text("#compare-summary"))
	assert.Contains(t, b.Text("#cmp-consensus-exists-1"), "\u201cAntwerp follow-up consensus\u201d")
	b.RequireAxeClean("a round with the consensus chosen")
	b.ScrollToCenter("#compare-consensus-choice-0")
	b.ViewportScreenshot("rounds-two-consensuses-chosen")
	b.RequireHealthy()
}
