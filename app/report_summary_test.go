//go:build !wasm

package app

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The report is a deliverable: the contents on the cover list every
// section in the order they come, each heading numbered as listed.
func TestReportContentsMatchSections(t *testing.T) {
	a := rpAssessment()
	a.Retired = map[string]assessment.Answer{"MOD-06": {Rating: assessment.Rating3}}
	html := openSeeded(t, a, ViewReport).html()
	var listed []string
	for _, li := range innerOf(htmlID(t, html, "report-contents"), "li") {
		listed = append(listed, htmlText(li.inner))
	}
	want := []string{
		"1. Executive summary", "2. Position by area", "3. Findings", "4. Ownership matrix",
		"5. Recommended ownership model", "6. Action plan",
		"Annex 1. Answers and notes", "Annex 2. Ownership matrix, every row", "Annex 3. The three models compared", "Annex 4. Retired answers",
	}
	assert.Equal(t, want, listed, "the contents")
	var headings []string
	for _, h := range innerOf(html, "h2") {
		if id := h.tag.Attrs["id"]; strings.HasSuffix(id, "-title") && id != "report-contents-title" {
			headings = append(headings, htmlText(h.inner))
		}
	}
	assert.Equal(t, want, headings, "the section headings, in order")
}

// The executive summary names where the assessment stands, the most
// serious findings with their count by severity, the recommended model
// and the first five actions of the plan, all as the engine derives them.
func TestReportExecutiveSummary(t *testing.T) {
	a := sample(1)
	ans := a.Answers["SCO-03"]
	ans.Rating = assessment.Rating0
	a.Answers["SCO-03"] = ans
	html := openSeeded(t, a, ViewReport).html()
	sum := htmlText(htmlID(t, html, "report-summary"))

	acts := assessment.Actions(a)
	// The summary names the findings as the plan tackles them.
	fs := assessment.ByPlanOrder(assessment.Findings(a), acts)
	require.NotEmpty(t, fs)
	for i, f := range fs {
		if i < reportTopFindings {
			assert.Contains(t, sum, f.Title, "finding %d is named", i+1)
		}
	}
	assert.Contains(t, htmlText(htmlID(t, html, "exec-lead")), "the most serious: "+fs[0].Title)
	assert.Equal(t, strconv.Itoa(len(fs)), htmlText(htmlID(t, html, "exec-findings-count")))
	assert.Contains(t, sum, countsText(severityCounts(fs)))

	require.Greater(t, len(acts), reportFirstActions)
	rows := innerOf(htmlID(t, html, "exec-actions"), "tr")
	require.Len(t, rows, reportFirstActions+1, "a head row and five actions")
	firstSteps := 0
	for i, act := range acts[:reportFirstActions] {
		text := htmlText(rows[i+1].inner)
		// A step that cannot wait is shown alone; the rest is in section 6.
		assert.Contains(t, text, act.FirstStepTask(), "action %d", i+1)
		assert.Equal(t, act.FirstStep == "", strings.Contains(text, act.Title), "action %d: the whole task only without a first step", i+1)
		if act.FirstStep != "" {
			firstSteps++
		}
		assert.Contains(t, text, act.Question, "action %d", i+1)
	}
	assert.Positive(t, firstSteps, "the sample's first actions open with a step that cannot wait")
	rec, _ := assessment.ModelByID(assessment.Recommend(a).Model)
	assert.Equal(t, rec.Name, htmlText(htmlID(t, html, "recommended-model")))
	// The sample's matrix passes the checks but is still mostly the
	// preset: the figure calls it the tool's proposal (review 49).
	st, p := assessment.MatrixStatusOf(a), assessment.PresetState(a)
	require.True(t, st.Passes() && p.OK && p.Changed > 0 && 2*p.Changed < st.Needed, "the sample's matrix is a preset with a few rows changed")
	assert.Equal(t, fmt.Sprintf("The tool's proposal, %d rows changed", p.Changed), htmlText(htmlID(t, html, "matrix-state")))
	assert.Equal(t, len(acts), rsActionRows(t, html, "report-actions-table"), "the action plan lists every action")
}

// The first page counts the "unknown" answers, as the results page does:
// they count as not in place, so "all answered" alone would overstate
// what is known.
func TestReportSummaryCountsUnknown(t *testing.T) {
	for _, tc := range []struct {
		name    string
		unknown int
	}{{"none unknown", 0}, {"two unknown", 2}} {
		t.Run(tc.name, func(t *testing.T) {
			a := sample(1)
			for i, q := range assessment.Asked(a) {
				r := assessment.Rating3
				if i < tc.unknown {
					r = assessment.RatingUnknown
				}
				a.Answers[q.ID] = assessment.Answer{Rating: r}
			}
			html := openSeeded(t, a, ViewReport).html()
			lead := htmlText(htmlID(t, html, "exec-lead"))
			figure := htmlText(htmlID(t, html, "report-summary"))
			if tc.unknown == 0 {
				assert.NotContains(t, lead, "unknown")
				assert.NotContains(t, figure, "unknown,")
				return
			}
			assert.Contains(t, lead, strconv.Itoa(tc.unknown)+" of them \u201cunknown\u201d, which count as not in place until checked")
			assert.Contains(t, figure, "("+strconv.Itoa(tc.unknown)+" unknown, 0 not applicable)")
		})
	}
}

// While the report is shown, the root element carries the running
// header for the print rules; it goes with the report.
func TestReportRunningHeader(t *testing.T) {
	a := rpAssessment()
	ts := openSeeded(t, a, ViewReport)
	assert.Equal(t, "\"Acme Foods \u00b7 Leeds bakery \u00b7 10 March 2026\"", browser.RootStyle(printHeadVar))
	assert.Equal(t, `"ISMS ownership assessment"`, browser.RootStyle(printTitleVar))
	ts.goTo(Route{ID: a.ID, View: ViewResults})
	assert.Empty(t, browser.RootStyle(printHeadVar), "other views print without the report's header")
	assert.Empty(t, browser.RootStyle(printTitleVar))
}

func TestRunningHead(t *testing.T) {
	tests := []struct {
		org, site, date, name, want string
	}{
		{"Acme", "Leeds", "2026-03-10", "", "Acme \u00b7 Leeds \u00b7 10 March 2026"},
		{"Acme", "", "2026-03-10", "", "Acme \u00b7 10 March 2026"},
		{"", "Leeds", "", "", "Leeds \u00b7 14 March 2026"},
		{" ", "", "", "Plant A workshop", "Plant A workshop \u00b7 14 March 2026"},
	}
	for _, tt := range tests {
		a := assessment.New("x", testNow)
		a.Name = tt.name
		a.Profile.Organisation, a.Profile.Site, a.Profile.Date = tt.org, tt.site, tt.date
		assert.Equal(t, tt.want, runningHead(a, "14 March 2026"), "%+v", tt)
	}
}

func TestCSSString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"Acme · Leeds", `"Acme · Leeds"`},
		{`Say "hi"`, `"Say \22 hi\22 "`},
		{`a\b`, `"a\5c b"`},
		{"line\nbreak\x7f", `"line break "`},
		{`"; } body { color: red`, `"\22 ; } body { color: red"`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cssString(tt.in), "cssString(%q)", tt.in)
	}
}

func TestSeverityCounts(t *testing.T) {
	f := func(s assessment.Severity) assessment.Finding { return assessment.Finding{Severity: s} }
	tests := []struct {
		in   []assessment.Finding
		want string
	}{
		{nil, "0 critical \u00b7 0 high \u00b7 0 medium"},
		{[]assessment.Finding{f("critical"), f(assessment.SeverityHigh), f(assessment.SeverityHigh)}, "1 critical \u00b7 2 high \u00b7 0 medium"},
		{[]assessment.Finding{f(assessment.SeverityMedium), f("low")}, "0 critical \u00b7 0 high \u00b7 1 medium \u00b7 1 low"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, countsText(severityCounts(tt.in)))
	}
}

// The matrix annex shows every control with who holds which letter in
// each domain, named as the assessment names the roles.
func TestReportMatrixAnnex(t *testing.T) {
	a := rpAssessment()
	a.RoleNames = map[assessment.Role]string{assessment.RoleISMSOwner: "CISO"}
	rows := reportMatrix(a)
	require.Len(t, rows, len(assessment.Controls()))
	for _, r := range rows {
		if r.Control == "5.2" {
			assert.Equal(t, []string{"A: CISO; R: IT lead", "C: OT lead", ""}, r.Cells)
		}
	}
	html := openSeeded(t, a, ViewReport).html()
	assert.Len(t, innerOf(htmlID(t, html, "report-matrix-table"), "tr"), len(rows)+1, "a head row and a row per control")
}

func TestLettersText(t *testing.T) {
	names := mxHeadNames(map[assessment.Role]string{assessment.RoleOT: "Head of Automation"})
	tests := []struct {
		row  assessment.RACI
		want string
	}{
		{nil, ""},
		{assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible}, "A/R: Head of Automation"},
		{assessment.RACI{
			assessment.RoleQuality: assessment.LetterConsulted, assessment.RoleIT: assessment.LetterResponsible,
			assessment.RoleISMSOwner: assessment.LetterAccountable, assessment.RoleOT: assessment.LetterResponsible,
			assessment.RoleEHS: assessment.LetterConsulted, assessment.RoleOperations: assessment.LetterInformed,
		}, "A: ISMS owner; R: IT lead, Head of Automation; C: Quality, EHS; I: Plant ops"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, lettersText(tt.row, names), "lettersText(%v)", tt.row)
	}
}

// tagged is an element of a tag that does not nest in itself (li, h2,
// tr): its start tag and its inner HTML.
type tagged struct {
	tag   htmlTag
	inner string
}

// innerOf lists the elements named name in html, in order.
func innerOf(html, name string) []tagged {
	re := regexp.MustCompile(`(?s)(<` + name + `(?:\s[^>]*)?>)(.*?)</` + name + `>`)
	var out []tagged
	for _, m := range re.FindAllStringSubmatch(html, -1) {
		out = append(out, tagged{tag: htmlTags(m[1], name)[0], inner: m[2]})
	}
	return out
}

// The executive summary shows a tie as a tie, with what would decide it,
// never one of the tied models as "the" recommendation.
func TestReportSummaryShowsATie(t *testing.T) {
	a := sample(1)
	a.Profile.Plants, a.Profile.SafetyCritical, a.Profile.Validated = 3, true, false
	a.Profile.CentralRisk, a.Profile.Connectivity = false, assessment.ConnectivityIsolated
	rec := assessment.Recommend(a)
	require.True(t, rec.IsTie(), "scores %v", rec.Scores)
	html := openSeeded(t, a, ViewReport).html()
	sum := htmlID(t, html, "report-summary")
	fig := htmlText(htmlID(t, sum, "recommended-model"))
	assert.True(t, strings.HasPrefix(fig, "Tie: "), "the summary's model figure: %q", fig)
	for _, id := range rec.Tied {
		m, _ := assessment.ModelByID(id)
		assert.Contains(t, fig, m.Name)
	}
	assert.Contains(t, htmlText(sum), rec.Decide)
}

// Every critical finding is named on the first pages, however many there
// are; beyond them, the summary names reportTopFindings.
func TestReportTopNamesEveryCritical(t *testing.T) {
	crit := assessment.Finding{Severity: assessment.SeverityCritical}
	high := assessment.Finding{Severity: assessment.SeverityHigh}
	tests := []struct {
		name string
		fs   []assessment.Finding
		want int
	}{
		{"none", nil, 0},
		{"fewer than the minimum", []assessment.Finding{crit, high}, 2},
		{"highs fill up to the minimum", []assessment.Finding{crit, high, high, high, high, high, high}, reportTopFindings},
		{"seven critical", []assessment.Finding{crit, crit, crit, crit, crit, crit, crit, high, high}, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Len(t, reportTop(assessment.Assessment{}, tt.fs, reportTopFindings), tt.want)
		})
	}
}

// The summary says whose answers the results rest on, from the profile
// alone; without a recorded respondent, or for a consensus, it does not.
func TestReportSummarySaysWhoAnswered(t *testing.T) {
	const lead = "All answers come from one respondent"
	a := rpAssessment()
	assert.Contains(t, htmlText(htmlID(t, openSeeded(t, a, ViewReport).html(), "exec-lead")),
		lead+" (Dana Smith, OT / automation lead).")
	c := a
	c.Consensus = map[string]assessment.Agreement{"GOV-01": {Agreed: true}}
	require.True(t, c.IsConsensus())
	assert.NotContains(t, htmlText(htmlID(t, openSeeded(t, c, ViewReport).html(), "exec-lead")), lead, "a consensus is not one respondent's")
	a.Profile.Respondent, a.Profile.RespondentRole = "", ""
	assert.NotContains(t, htmlText(htmlID(t, openSeeded(t, a, ViewReport).html(), "exec-lead")), lead)
}

// The summary names the answers a respondent gave on the other side of
// the estate, and who should confirm them; in German too.
func TestReportSummaryOutsideSeat(t *testing.T) {
	a := rpAssessment()
	a.Profile.RespondentRole = assessment.RoleSite
	a.Answers["SCO-05"] = assessment.Answer{Rating: assessment.Rating2}
	a.Answers["ROL-02"] = assessment.Answer{Rating: assessment.Rating3}
	ids, confirm := assessment.OutsideSeat(a)
	require.Equal(t, []string{"SCO-05", "ROL-02"}, ids, "the scenario's premise")
	require.Equal(t, assessment.RoleIT, confirm)
	lead := htmlText(htmlID(t, openSeeded(t, a, ViewReport).html(), "exec-lead"))
	assert.Contains(t, lead, "The answers to SCO-05 and ROL-02 concern the other side of the estate only: the IT lead should confirm them before they are relied on.")

	defer l10n.Set(l10n.DE)()
	lead = htmlText(htmlID(t, openSeeded(t, a, ViewReport).html(), "exec-lead"))
	assert.Contains(t, lead, "Die Antworten auf SCO-05 und ROL-02 betreffen nur die andere Seite des Betriebs: die IT-Leitung sollte sie bestätigen")

	// The ISMS owner sits on neither side.
	l10n.Set(l10n.EN)
	a.Profile.RespondentRole = assessment.RoleISMSOwner
	assert.NotContains(t, htmlText(htmlID(t, openSeeded(t, a, ViewReport).html(), "exec-lead")), "other side of the estate")
}
