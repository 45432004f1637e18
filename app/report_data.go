package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// What the report derives for itself, beyond resultData: the executive
// summary's picks, the action plan's rows and the matrix annex. Each reads
// the engine (assessment.Findings, assessment.Actions, the matrix) in one
// small function, so that a change of those APIs is adapted here alone.

// reportTopFindings is how many findings the executive summary names at
// least; it names every critical finding, however many there are, so
// that none hides among "and n more". The findings section lists them
// all.
const reportTopFindings = 5

// reportFirstActions is how many actions the executive summary lists as
// the first to take.
const reportFirstActions = 5

// sevCount is how many findings have one severity.
type sevCount struct {
	Severity assessment.Severity
	N        int
}

// severityCounts counts fs by severity, in assessment.Severities order (zero
// counts included: "0 critical" is news too), then any other severity in
// the order the findings give.
func severityCounts(fs []assessment.Finding) []sevCount {
	out := make([]sevCount, len(assessment.Severities))
	for i, s := range assessment.Severities {
		out[i].Severity = s
	}
next:
	for _, f := range fs {
		for i := range out {
			if out[i].Severity == f.Severity {
				out[i].N++
				continue next
			}
		}
		out = append(out, sevCount{Severity: f.Severity, N: 1})
	}
	return out
}

// sevTotal is the number of findings counted in cs.
func sevTotal(cs []sevCount) int {
	n := 0
	for _, c := range cs {
		n += c.N
	}
	return n
}

// countsText writes severity counts in one line: "1 critical · 3 high ·
// 2 medium".
func countsText(cs []sevCount) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		switch c.Severity {
		case assessment.SeverityCritical:
			parts[i] = l10n.F("%d critical", c.N)
		case assessment.SeverityHigh:
			parts[i] = l10n.F("%d high", c.N)
		case assessment.SeverityMedium:
			parts[i] = l10n.F("%d medium", c.N)
		default:
			parts[i] = strconv.Itoa(c.N) + " " + string(c.Severity)
		}
	}
	return strings.Join(parts, " \u00b7 ")
}

// topFinding is a finding as the executive summary names it.
type topFinding struct {
	ID, Severity, Title string
	Class               string // "sev-critical", "sev-high" …
	Evidence            string // the question IDs that raised it, "SCO-03, BRF-06", or ""
}

// reportTop picks the first n findings of fs (most severe first, in the
// order assessment.ByPlanOrder gives them, as deriveResults keeps them),
// and more when more are critical.
func reportTop(a assessment.Assessment, fs []assessment.Finding, n int) []topFinding {
	for i, f := range fs {
		if f.Severity == assessment.SeverityCritical {
			n = max(n, i+1)
		}
	}
	out := make([]topFinding, 0, min(n, len(fs)))
	for _, f := range fs[:min(n, len(fs))] {
		evidence := strings.Join(f.Questions, ", ")
		if a.RestsOnDisputed(f) {
			evidence += l10n.T("; disputed, not settled in the session")
		}
		out = append(out, topFinding{ID: f.ID, Severity: f.Severity.Label(), Title: f.Title,
			Class: "sev-" + string(f.Severity), Evidence: evidence})
	}
	return out
}

// planRow is one action of the report's action plan.
type planRow struct {
	Rank           int
	Question, Href string
	Task, Detail   string // what to do; where the answer stands and what to aim for (assessment.Action.Brief)
	// Lead is Task cut to its first step where that cannot wait
	// (assessment.Action.FirstStepTask): what the summary shows.
	Lead           string
	Downtime       string // plant constraints to plan for, or ""
	OrderNote      string // assessment.Action.OrderNote
	Owner, Due     string
	FirstStep      string // assessment.Action.FirstStep
	BandClass      string // the priority's class (priorityClass)
	Gap, GapClass  string // gapTag
	Priority       int
	Effort, Status string // "" when not recorded
	QuickWin       bool
	// OwnerChecks ask to check the owning function
	// (assessment.Assessment.OwnerChecks).
	OwnerChecks []assessment.OwnerCheck
}

// reportPlan is the action plan of a, its actions acts in the order
// assessment.Actions gives (critical and high findings first, then by
// priority).
func reportPlan(a assessment.Assessment, acts []assessment.Action) []planRow {
	var out []planRow
	for i, act := range acts {
		gap, gapClass := gapTag(act.Gap)
		out = append(out, planRow{
			Rank: i + 1, Question: act.Question,
			Href: Route{ID: a.ID, View: ViewQuestions, Question: act.Question}.Fragment(),
			Task: act.Title, Lead: act.FirstStepTask(), Detail: act.Brief, Downtime: act.Downtime, OrderNote: act.OrderNote(), FirstStep: act.FirstStep,
			Owner: planOwner(a, act), Due: shortDate(act.Target), OwnerChecks: a.OwnerChecks(act),
			BandClass: priorityClass(act.Priority), Gap: gap, GapClass: gapClass, Priority: act.Priority,
			Effort: string(act.Effort), Status: planStatus(act.Status), QuickWin: act.QuickWin,
		})
	}
	return out
}

// planOwner is the action's owning function, with the named person when
// the consultant recorded one: "OT lead (J. Weber)". The register's
// holder of the function is not added: the printed plan's owner column
// is narrow, and the action-plan workbook, where owners are assigned,
// proposes that holder (Assessment.NamedOwner).
func planOwner(a assessment.Assessment, act assessment.Action) string {
	o := shortRole(a.RoleNames, act.Owner)
	if act.Person != "" {
		return o + " (" + act.Person + ")"
	}
	return o
}

// planStatus is an action's status for the report, "" while it is open
// (the default, which the table need not repeat on every row).
func planStatus(s assessment.ActionStatus) string {
	if s == assessment.StatusOpen || s == "" {
		return ""
	}
	return s.Label()
}

// annexRow is one control of the matrix annex: who holds which letter
// in each domain.
type annexRow struct {
	Control, Label string
	High           bool     // a control that matters most on the plant floor
	Cells          []string // per assessment.Domains: lettersText of the row
}

// reportMatrix is the whole matrix of a, one row per control. A row per
// control and domain with a column per role would be clearer still, but
// three times the rows and fourteen cells each: thousands of elements the
// page would build and every check of the page would walk.
func reportMatrix(a assessment.Assessment) []annexRow {
	names := mxHeadNames(a.RoleNames)
	var out []annexRow
	for _, c := range assessment.Controls() {
		r := annexRow{Control: c.ID, Label: c.Label, High: c.Relevance == assessment.RelevanceHigh}
		for _, d := range assessment.Domains {
			r.Cells = append(r.Cells, lettersText(a.Matrix[assessment.CellKey{Control: c.ID, Domain: d}], names))
		}
		out = append(out, r)
	}
	return out
}

// annexLetters is the order lettersText lists the letters in.
var annexLetters = []assessment.Letter{
	assessment.LetterAccountableResponsible, assessment.LetterAccountable, assessment.LetterResponsible,
	assessment.LetterConsulted, assessment.LetterInformed,
}

// lettersText writes a matrix row as "A/R: OT lead; C: Quality, EHS",
// letter by letter in annexLetters order, roles in assessment.RACIRoles
// order named by names (in that order too); "" for an empty row.
func lettersText(row assessment.RACI, names []string) string {
	var parts []string
	for _, l := range annexLetters {
		var who []string
		for i, role := range assessment.RACIRoles {
			if row[role] == l {
				who = append(who, names[i])
			}
		}
		if len(who) > 0 {
			parts = append(parts, string(l)+": "+strings.Join(who, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// runningHead is the line printed at the top of every page after the
// first: organisation, site and the assessment's date, those that are
// known; the assessment's name when neither organisation nor site is.
func runningHead(a assessment.Assessment, generated string) string {
	var parts []string
	for _, s := range []string{a.Profile.Organisation, a.Profile.Site} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, assessment.DisplayName(a.Name))
	}
	date := humanDate(a.Profile.Date)
	if strings.TrimSpace(date) == "" {
		date = generated
	}
	return strings.Join(append(parts, date), " \u00b7 ")
}

// cssString quotes s as a CSS string for a custom property: quotes and
// backslashes escaped as code points, control characters as spaces, so
// that no value can end the string or the declaration.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		case r == '"' || r == '\\':
			b.WriteString("\\" + strconv.FormatInt(int64(r), 16) + " ")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// shortDate renders a YYYY-MM-DD date as "14 Jun 2026" ("14. Juni
// 2026"), to fit a narrow column, or returns it unchanged when it is not
// one.
func shortDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return l10n.ShortDate(t)
}
