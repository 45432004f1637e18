package pack_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
	"github.com/isms-tools/ownership-assessment/assessment/pack/xlsx"
)

// xlsxKinds are the spreadsheet documents of the pack.
var xlsxKinds = []string{"raci", "soa", "authority", "actions"}

// xlsxGenerated is when the test pack is generated.
var xlsxGenerated = time.Date(2026, 12, 5, 10, 30, 0, 0, time.UTC)

// xlsxFullInput is the fully answered sample with a full matrix, a renamed
// role, part of the role register and of the authority table, three
// matrix edits (two rows the checks flag, one control without a shared
// row) and plan edits: a named owner and due date, a dropped action and
// an added one. The rows left empty are on purpose: the documents must
// mark them.
func xlsxFullInput(t testing.TB) pack.Input {
	t.Helper()
	a := assessment.Sample(0, xlsxGenerated.AddDate(0, 0, -3))
	a.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Head of Automation"}
	// Matrix edits the checks flag: a second A, an empty plant-floor row
	// of a high-relevance control; and a control with no shared row.
	a.Matrix = assessment.SetLetter(a.Matrix, assessment.CellKey{Control: "5.18", Domain: assessment.DomainIT}, assessment.RoleHR, assessment.LetterAccountable)
	delete(a.Matrix, assessment.CellKey{Control: "5.26", Domain: assessment.DomainOT})
	delete(a.Matrix, assessment.CellKey{Control: "6.1", Domain: assessment.DomainShared})
	a.Holders = map[assessment.Role]assessment.Holder{
		assessment.RoleExecutive: {Name: "M. Keller", Deputy: "S. Ortiz", Confirmed: "2026-06-30"},
		assessment.RoleISMSOwner: {Name: "J. Novak", Confirmed: "2025-01-15"},
		// The ISMS owner also holds the IT lead: segregation by person.
		assessment.RoleIT:      {Name: "J. Novak"},
		assessment.RoleOT:      {Name: "R. Bianchi", Deputy: "T. Lind"},
		assessment.RoleQuality: {Name: "P. Adeyemi", Deputy: "C. Meyer", Confirmed: "2026-11-02"},
	}
	a.Authority = map[assessment.AuthorityKey]assessment.Authority{
		{Level: assessment.RiskLow, Context: assessment.ContextIT}:             {Accept: assessment.RoleIT, MaxMonths: 24, Escalate: assessment.RoleISMSOwner},
		{Level: assessment.RiskHigh, Context: assessment.ContextOT}:            {Accept: assessment.RoleSite, Consult: []assessment.Role{assessment.RoleOT, assessment.RoleOperations}, MaxMonths: 12, Escalate: assessment.RoleExecutive},
		{Level: assessment.RiskCritical, Context: assessment.ContextRegulated}: {Accept: assessment.RoleExecutive, Consult: []assessment.Role{assessment.RoleQuality, assessment.RoleEHS}, MaxMonths: 6},
	}
	acts := assessment.Actions(a)
	require.GreaterOrEqual(t, len(acts), 3, "the sample has actions to edit")
	a.Plan = map[string]assessment.PlanEntry{
		acts[0].ID: {Person: "R. Bianchi", Due: "2027-03-31", Status: assessment.StatusInProgress},
		acts[1].ID: {Dropped: true},
		"ADD-1":    {Text: "Hold the first steering group meeting", Function: assessment.RoleExecutive, Due: "2027-01-20"},
	}
	return pack.Input{A: a, Generated: xlsxGenerated}
}

// buildXLSX builds kind id from in and opens it with excelize.
func buildXLSX(t *testing.T, id string, in pack.Input) (pack.File, *excelize.File) {
	t.Helper()
	f, err := pack.Build(id, in)
	require.NoError(t, err)
	x, err := excelize.OpenReader(bytes.NewReader(f.Data))
	require.NoError(t, err)
	t.Cleanup(func() { x.Close() })
	return f, x
}

// sheetRows reads a sheet's rows; missing trailing cells read as "".
func sheetRows(t *testing.T, x *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := x.GetRows(sheet)
	require.NoError(t, err)
	return rows
}

func cellAt(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// xlsxHeadRows is how many rows the title block and header take.
const xlsxHeadRows = 5

// checkSheetHead checks the title block and the header, the frozen panes and
// the autofilter of a document's first sheet, whose table has dataRows
// rows; a document-control block may follow (checkSignOff).
func checkSheetHead(t *testing.T, x *excelize.File, in pack.Input, sheet, title string, header []string, freezeCols, dataRows int) {
	t.Helper()
	rows := sheetRows(t, x, sheet)
	require.GreaterOrEqual(t, len(rows), xlsxHeadRows+dataRows)
	assert.Equal(t, title+" — DRAFT", cellAt(rows[0], 0))
	note := cellAt(rows[1], 0)
	// One date format across the pack: the Word documents' (YYYY-MM-DD
	// in English).
	for _, want := range []string{"Draft generated on 2026-12-05", "“" + in.A.Name + "”", "of 2026-12-02", in.A.Profile.Site, in.A.Profile.Organisation} {
		assert.Contains(t, note, want)
	}
	assert.True(t, strings.HasPrefix(cellAt(rows[2], 0), "To complete: "), cellAt(rows[2], 0))
	assert.Equal(t, header, rows[xlsxHeadRows-1])

	panes, err := x.GetPanes(sheet)
	require.NoError(t, err)
	assert.True(t, panes.Freeze)
	assert.Equal(t, xlsxHeadRows, panes.YSplit)
	assert.Equal(t, freezeCols, panes.XSplit)
	assert.Equal(t, xlsx.CellRef(freezeCols, xlsxHeadRows), panes.TopLeftCell)

	var filter string
	for _, n := range x.GetDefinedName() {
		if n.Name == "_xlnm._FilterDatabase" && n.Scope == sheet {
			filter = n.RefersTo
		}
	}
	last := xlsx.ColName(len(header) - 1)
	assert.Equal(t, "'"+sheet+"'!$A$"+strconv.Itoa(xlsxHeadRows)+":$"+last+"$"+strconv.Itoa(xlsxHeadRows+dataRows), filter)

	for i := range header {
		w, err := x.GetColWidth(sheet, xlsx.ColName(i))
		require.NoError(t, err)
		assert.GreaterOrEqual(t, w, 9.0, "column %s is readable", xlsx.ColName(i))
	}
}

// styleAt is the style index of a cell, which is the writer's Style.
func styleAt(t *testing.T, x *excelize.File, sheet string, col, row int) xlsx.Style {
	t.Helper()
	s, err := x.GetCellStyle(sheet, xlsx.CellRef(col, row))
	require.NoError(t, err)
	return xlsx.Style(s)
}

func raciRoleNames(a assessment.Assessment) []string {
	var out []string
	for _, r := range assessment.RACIRoles {
		out = append(out, assessment.RoleName(a.RoleNames, r))
	}
	return out
}

func TestRACIAnnex(t *testing.T) {
	in := xlsxFullInput(t)
	a := in.A
	f, x := buildXLSX(t, "raci", in)
	assert.Equal(t, "ownership-raci-plant-1-2026-12-05.xlsx", f.Name)
	assert.Equal(t, pack.MIMEXLSX, f.MIME)
	assert.Equal(t, []string{"RACI annex", "Legend"}, x.GetSheetList())

	header := append(append([]string{"Control", "Annex A control (the tool's short title: give the standard's title in the issued document)", "Domain", "Theme"}, raciRoleNames(a)...), "Matrix checks")
	assert.Contains(t, header, "Head of Automation", "the assessment's own role name heads its column")
	checkSheetHead(t, x, in, "RACI annex", "RACI annex", header, 3, 93*3)

	problems := map[assessment.CellKey][]assessment.Problem{}
	for _, p := range assessment.CheckMatrix(a) {
		problems[p.Key] = append(problems[p.Key], p)
	}
	require.NotEmpty(t, problems, "the sample's local changes leave rows to flag")
	rows := sheetRows(t, x, "RACI annex")
	i := xlsxHeadRows
	var ids []string
	flagged, passing := 0, 0
	for _, c := range assessment.Controls() {
		ids = append(ids, c.ID)
		for _, d := range assessment.Domains {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			row := rows[i]
			assert.Equal(t, []string{c.ID, c.Label, assessment.DomainLabel(d), string(c.Theme)}, row[:4], "row %d", i+1)
			for j, r := range assessment.RACIRoles {
				l := a.Matrix[k][r]
				assert.Equal(t, string(l), cellAt(row, 4+j), "%s %s", k, r)
				if l != "" {
					assert.NotEqual(t, xlsx.Plain, styleAt(t, x, "RACI annex", 4+j, i), "%s %s is coloured", k, r)
				}
			}
			check := cellAt(row, 4+len(assessment.RACIRoles))
			if ps := problems[k]; len(ps) > 0 {
				flagged++
				for _, p := range ps {
					if p.Kind == assessment.ProblemUnassigned {
						// Its message names the problem; the title would
						// say it twice.
						assert.Contains(t, check, p.Message, k.String())
						assert.NotContains(t, check, p.Kind.Title()+": ", k.String())
						continue
					}
					assert.Contains(t, check, p.Kind.Title()+": "+p.Message, k.String())
				}
				assert.Equal(t, xlsx.Problem, styleAt(t, x, "RACI annex", 4+len(assessment.RACIRoles), i))
			} else if len(a.Matrix[k]) > 0 {
				passing++
				assert.Equal(t, "No check flags this row", check, k.String())
			}
			i++
		}
	}
	assert.Positive(t, flagged)
	assert.Positive(t, passing)
	// J. Novak holds the ISMS owner and the IT lead: where one approves
	// and the other does the work on 5.18, 8.2 or 8.32, the row is flagged
	// with the person and both roles.
	samePerson := 0
	for i, row := range rows[xlsxHeadRows:] {
		check := cellAt(row, 4+len(assessment.RACIRoles))
		if strings.Contains(check, assessment.ProblemSamePerson.Title()) {
			samePerson++
			assert.Contains(t, []string{"5.18", "8.2", "8.32"}, row[0], "row %d", i)
			assert.Contains(t, check, "J. Novak holds both ISMS owner (CISO / risk)")
			assert.Contains(t, check, "and IT lead")
		}
	}
	assert.Positive(t, samePerson, "segregation by person shows in the check column")
	assert.Equal(t, xlsxReferenceIDs(t), ids, "the annex lists the Annex A controls of the reference list")

	// The letters are coloured, each with its own style.
	for _, l := range assessment.Letters {
		k, r, ok := findLetter(a, l)
		if !ok {
			continue
		}
		row := xlsxHeadRows + assessment.ControlIndex(k.Control)*3 + slices.Index(assessment.Domains, k.Domain)
		col := 4 + slices.Index(assessment.RACIRoles, r)
		assert.Equal(t, map[assessment.Letter]xlsx.Style{"R": xlsx.LetterR, "A": xlsx.LetterA, "A/R": xlsx.LetterAR, "C": xlsx.LetterC, "I": xlsx.LetterI}[l],
			styleAt(t, x, "RACI annex", col, row), "letter %s", l)
	}

	legend := strings.Join(flattenRows(sheetRows(t, x, "Legend")), "\n")
	for _, k := range assessment.ProblemKinds {
		assert.Contains(t, legend, k.Title())
		assert.Contains(t, legend, k.Explanation())
	}
	for _, want := range []string{"M. Keller", "S. Ortiz", "2026-06-30", "R. Bianchi", "T. Lind", "P. Adeyemi", "Head of Automation", "A/R", "Federated"} {
		assert.Contains(t, legend, want)
	}
}

// findLetter returns a row and role of a's matrix holding l.
func findLetter(a assessment.Assessment, l assessment.Letter) (assessment.CellKey, assessment.Role, bool) {
	for _, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			for _, r := range assessment.RACIRoles {
				if a.Matrix[k][r] == l {
					return k, r, true
				}
			}
		}
	}
	return assessment.CellKey{}, "", false
}

func flattenRows(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

func TestSoA(t *testing.T) {
	in := xlsxFullInput(t)
	a := in.A
	_, x := buildXLSX(t, "soa", in)
	const sheet = "Statement of Applicability"
	assert.Equal(t, []string{sheet}, x.GetSheetList())
	pending := "to complete from the risk treatment (6.1.3 d)"
	header := []string{"Control", "Annex A control (the tool's short title: give the standard's title in the issued document)", "Theme",
		"Accountable — corporate IT", "Responsible — corporate IT",
		"Accountable — plant OT", "Responsible — plant OT",
		"Shared-infrastructure row: RACI status (not applicability)",
		"Accountable — shared infrastructure", "Responsible — shared infrastructure",
		"Matrix problems (resolve, then delete this column before issue)",
		"Applicable (yes / no) — " + pending,
		"Justification for inclusion or exclusion — " + pending,
		"Implementation status — to complete from evidence of implementation (6.1.3 d)"}
	checkSheetHead(t, x, in, sheet, "Statement of Applicability skeleton", header, 2, 93+3)

	// A shared row as the preset proposes it is the tool's proposal; one
	// changed is the organisation's; an empty one is not yet assigned.
	preset, err := assessment.Preset(a.Model, a.Profile)
	require.NoError(t, err)
	rows := sheetRows(t, x, sheet)
	problems := map[string][]assessment.Problem{}
	for _, p := range assessment.CheckMatrix(a) {
		if p.Kind != assessment.ProblemUnassigned {
			problems[p.Key.Control] = append(problems[p.Key.Control], p)
		}
	}
	require.NotEmpty(t, problems, "the sample's matrix has rows to correct")
	shared, proposed := 0, 0
	for i, c := range assessment.Controls() {
		row := rows[xlsxHeadRows+i]
		want := []string{c.ID, c.Label, string(c.Theme)}
		for _, d := range assessment.Domains {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			m := a.Matrix[k]
			if d == assessment.DomainShared {
				switch {
				case len(m) == 0:
					want = append(want, "Not yet assigned")
				case assessment.RowsEqual(m, preset[k]):
					want = append(want, "Proposed (preset)")
					proposed++
				default:
					want = append(want, "Roles set")
					shared++
				}
			}
			var acc, resp []string
			for _, r := range assessment.RACIRoles {
				if m[r].Accountable() {
					acc = append(acc, a.RoleName(r))
				}
				if m[r].Responsible() {
					resp = append(resp, a.RoleName(r))
				}
			}
			want = append(want, orDash(acc), orDash(resp))
		}
		// The problems the checks find on the control's rows, each with
		// its domain, so that no issued row reads as a decision.
		require.GreaterOrEqual(t, len(row), len(want), "control %s", c.ID)
		got := ""
		if len(row) > len(want) {
			got = row[len(want)]
		}
		if len(problems[c.ID]) == 0 {
			assert.Empty(t, got, "control %s has no problem", c.ID)
		}
		for _, p := range problems[c.ID] {
			assert.Contains(t, got, assessment.DomainLabel(p.Key.Domain)+" \u2014 "+p.Kind.Title()+": "+p.Message, "control %s", c.ID)
			assert.Equal(t, xlsx.Problem, styleAt(t, x, sheet, len(want), xlsxHeadRows+i))
		}
		assert.Equal(t, want, row[:len(want)], "control %s: the SoA holds only the matrix, its three decisions left empty", c.ID)
		for col := 11; col <= 13; col++ {
			assert.Equal(t, xlsx.ToComplete, styleAt(t, x, sheet, col, xlsxHeadRows+i), "control %s column %s is marked", c.ID, xlsx.ColName(col))
		}
	}
	assert.Positive(t, proposed, "the sample keeps some shared rows as proposed")
	assert.Less(t, shared+proposed, 93, "the sample leaves some controls without a shared row")
	for i := 93; i < 96; i++ {
		row := rows[xlsxHeadRows+i]
		assert.Equal(t, []string{"", "Additional control (e.g. IEC 62443-2-1, EU GMP Annex 11) — to complete"}, row[:2], "row %d", i)
		for col := range header {
			assert.Equal(t, xlsx.ToComplete, styleAt(t, x, sheet, col, xlsxHeadRows+i), "row %d column %s is marked", i, xlsx.ColName(col))
		}
	}
	checkSignOff(t, x, sheet, rows[xlsxHeadRows+96:], "5.3")
}

// checkSignOff checks the document-control block below a table: a blank
// row, then the version and top management's approval to complete, the
// approval citing clause.
func checkSignOff(t *testing.T, x *excelize.File, sheet string, rows [][]string, clause string) {
	t.Helper()
	require.Len(t, rows, 3)
	assert.Empty(t, rows[0])
	assert.Equal(t, "Version: [to complete: version number and date of issue]", cellAt(rows[1], 0))
	assert.True(t, strings.HasPrefix(cellAt(rows[2], 0), "Approved by top management: [to complete: name, date] — "), cellAt(rows[2], 0))
	assert.Contains(t, cellAt(rows[2], 0), clause)
	all, err := x.GetRows(sheet)
	require.NoError(t, err)
	assert.Equal(t, xlsx.ToComplete, styleAt(t, x, sheet, 0, len(all)-1))
}

func orDash(ss []string) string {
	if len(ss) == 0 {
		return "—"
	}
	return strings.Join(ss, "; ")
}

func TestAuthorityMatrix(t *testing.T) {
	in := xlsxFullInput(t)
	_, x := buildXLSX(t, "authority", in)
	const sheet = "Risk acceptance"
	header := []string{"Risk level", "Context", "Lowest authority to accept", "Holder of that role (role register)", "Must be consulted first", "Longest acceptance (months)", "Escalates to"}
	n := len(assessment.RiskLevels) * len(assessment.RiskContexts)
	require.Equal(t, 16, n, "four levels, four contexts")
	checkSheetHead(t, x, in, sheet, "Risk-acceptance authority matrix", header, 2, n)
	all := sheetRows(t, x, sheet)
	rows := all[xlsxHeadRows:]
	// The empty cells carry the roles document's placeholders (section
	// 6.2), so that the two read the same.
	const (
		role    = "[to complete: role]"
		consult = `[to complete: roles to consult, or "none"]`
		months  = "[to complete: months]"
	)
	require.True(t, in.A.Profile.Validated && in.A.Profile.SafetyCritical)
	tests := []struct {
		row  int
		want []string
	}{
		{0, []string{"Low", "Corporate IT", "IT lead", "J. Novak", "none recorded", "24", "ISMS owner (CISO / risk)"}},
		{1, []string{"Low", "Plant OT", role, "—", consult, months, role}},
		{2, []string{"Low", "Shared IT/OT infrastructure", role, "—", consult, months, role}},
		{3, []string{"Low", "Safety- or quality-relevant", role, "—", "[to complete: roles to consult, at least EHS / process safety and Quality & validation]", months, role}},
		{9, []string{"High", "Plant OT", "Site / plant director", "not named in the role register", "Head of Automation; Plant operations", "12", "Executive sponsor"}},
		{15, []string{"Critical", "Safety- or quality-relevant", "Executive sponsor", "M. Keller", "Quality & validation; EHS / process safety", "6", role}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, rows[tt.row], "row %d", tt.row)
	}
	typ, err := x.GetCellType(sheet, "F6")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeInlineString, typ, "months are a number")
	assert.Equal(t, xlsx.ToComplete, styleAt(t, x, sheet, 2, xlsxHeadRows+1))

	// Below the table: the precedence rule, the rules of the safety- or
	// quality-relevant rows, then the sign-off.
	below := rows[n:]
	require.Len(t, below, 6)
	assert.Empty(t, below[0])
	assert.Equal(t, "Precedence: "+assessment.PrecedenceRule, cellAt(below[1], 0))
	assert.Equal(t, assessment.RegulatedRowRules(in.A), cellAt(below[2], 0))
	assert.Contains(t, cellAt(below[2], 0), "is not accepted while Quality objects")
	checkSignOff(t, x, sheet, below[3:], "6.1.3 f")

	// The months header is not cut: its row is tall enough for the
	// header wrapped at words in the column's width.
	h, err := x.GetRowHeight(sheet, xlsxHeadRows)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, h, 45.0, "three lines: Longest / acceptance / (months)")
}

// TestAuthorityMatrixVetoFollowsProfile: below the table, the veto on the
// safety- or quality-relevant rows goes to the functions the profile has
// consulted there (assessment.RegulatedVoices): on a safety-critical site
// without validated systems, EHS only.
func TestAuthorityMatrixVetoFollowsProfile(t *testing.T) {
	tests := []struct {
		name            string
		validated, safe bool
		want, never     string
	}{
		{"validated and safety-critical", true, true, "not accepted while Quality objects, nor one to process safety while EHS objects", ""},
		{"safety-critical only", false, true, "a residual risk to process safety is not accepted while EHS objects", "Quality objects"},
		{"validated only", true, false, "a residual risk to product quality is not accepted while Quality objects.", "EHS objects"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := xlsxFullInput(t)
			in.A.Profile.Validated, in.A.Profile.SafetyCritical = tt.validated, tt.safe
			_, x := buildXLSX(t, "authority", in)
			text := strings.Join(flattenRows(sheetRows(t, x, "Risk acceptance")), "\n")
			assert.Contains(t, text, assessment.RegulatedRowRules(in.A))
			assert.Contains(t, text, tt.want)
			if tt.never != "" {
				assert.NotContains(t, text, tt.never)
			}
		})
	}
}

func TestActionPlan(t *testing.T) {
	in := xlsxFullInput(t)
	// An important entity under NIS2: the references name the NIS2
	// measures of the questions that have one.
	in.A.Profile.NIS2 = assessment.NIS2Important
	a := in.A
	acts := assessment.Actions(a)
	in.Actions = acts
	_, x := buildXLSX(t, "actions", in)
	const sheet = "Action plan"
	header := []string{"ID", "Action", "Where it stands", "Owning function", "Owner check", "Named owner", "Due", "Status", "Effort", "Priority", "Quick win", "Plant constraints", "References", "Source", "Findings it helps close", "Needs first", "Needed first for"}
	notAsked := findingsNoQuestion(a)
	require.NotEmpty(t, notAsked, "the fixture has findings on the matrix and the register")
	checkSheetHead(t, x, in, sheet, "Action plan", header, 2, len(acts)+len(notAsked))
	all := sheetRows(t, x, sheet)[xlsxHeadRows:]
	// The action rows and the finding rows, each in their own order; a
	// critical or high finding stands before the first action whose gap
	// is less severe, a medium one after the actions.
	isFinding := map[string]assessment.Finding{}
	for _, f := range notAsked {
		isFinding[f.ID] = f
	}
	// A prerequisite stands with the actions that need it: its place
	// counts as the most severe of theirs.
	gapOf := map[string]assessment.Severity{}
	for _, act := range acts {
		gapOf[act.ID] = act.Gap
	}
	placedAs := func(act assessment.Action) assessment.Severity {
		g := act.Gap
		for _, id := range act.FirstFor {
			if gapOf[id].PlanGroup() < g.PlanGroup() {
				g = gapOf[id]
			}
		}
		return g
	}
	var rows, frows [][]string
	var rowAt []int // the sheet row of each action, below the head
	var lastGap assessment.Severity
	sawBefore, sawBeforeAdded := false, false
	for j, row := range all {
		f, ok := isFinding[cellAt(row, 0)]
		if !ok {
			rows = append(rows, row)
			rowAt = append(rowAt, j)
			continue
		}
		frows = append(frows, row)
		high := f.Severity.Rank() <= assessment.SeverityHigh.Rank()
		switch {
		case len(rows) < len(acts) && acts[len(rows)].Added:
			// Every finding stands before the assessor's own actions,
			// which come last.
			sawBeforeAdded = true
		case len(rows) < len(acts):
			next := placedAs(acts[len(rows)])
			assert.True(t, high && (next == "" || f.Severity.Rank() < next.Rank()), "%s (%s) stands before %s (gap %q)", f.ID, f.Severity, acts[len(rows)].ID, next)
			sawBefore = true
		}
		if len(rows) > 0 && high {
			lastGap = placedAs(acts[len(rows)-1])
			assert.True(t, lastGap != "" && lastGap.Rank() <= f.Severity.Rank(), "%s (%s) stands after %s (gap %q)", f.ID, f.Severity, acts[len(rows)-1].ID, lastGap)
		}
	}
	require.Len(t, rows, len(acts))
	require.Len(t, frows, len(notAsked))
	assert.True(t, sawBefore, "a finding row outranks some action of the fixture")
	if slices.ContainsFunc(acts, func(act assessment.Action) bool { return act.Added }) {
		assert.True(t, sawBeforeAdded, "the findings stand before the added actions")
		assert.True(t, acts[len(acts)-1].Added && len(rowAt) > 0 && rowAt[len(rowAt)-1] == len(all)-1, "an added action ends the sheet")
	}
	// Each action names the findings its question raised, as the roles
	// document's open gaps do (severity and title), one a line.
	raisedBy := map[string][]string{}
	for _, f := range assessment.Findings(a) {
		for _, q := range f.Questions {
			raisedBy[q] = append(raisedBy[q], f.Severity.Label()+": "+f.Title)
		}
	}
	var sawEdited, sawAdded, sawQuick, sawUsual, sawVacant, sawFinding, sawOrder, sawFirstStep, sawNIS2, sawNote, sawRegister bool
	for i, act := range acts {
		want := strings.Join(raisedBy[act.Question], "\n")
		if act.Added {
			want = ""
		}
		assert.Equal(t, want, cellAt(rows[i], 14), act.ID)
		assert.Equal(t, act.NeedsNote(), cellAt(rows[i], 15), act.ID)
		assert.Equal(t, strings.Join(act.FirstFor, ", "), cellAt(rows[i], 16), act.ID)
		sawOrder = sawOrder || len(act.NeedsFirst) > 0
		sawFinding = sawFinding || want != ""
		row := rows[i]
		assert.Equal(t, act.ID, cellAt(row, 0))
		assert.Equal(t, act.Title, cellAt(row, 1))
		// Where it stands, with the respondent's note on the answer.
		stands := act.Detail
		if note := strings.TrimSpace(a.Answers[act.Question].Note); note != "" && !act.Added {
			stands += "\nNote: \u201c" + note + "\u201d"
			sawNote = true
		}
		assert.Equal(t, stands, cellAt(row, 2), act.ID)
		assert.Equal(t, a.RoleName(act.Owner), cellAt(row, 3), "the recorded owner stands")
		// The owner checks, in the plan's and the report's words, one a
		// line.
		var checks []string
		for _, c := range a.OwnerChecks(act) {
			checks = append(checks, c.Short)
			sawVacant = sawVacant || c.Kind == assessment.OwnerVacant
		}
		assert.Equal(t, strings.Join(checks, "\n"), cellAt(row, 4), act.ID)
		if len(checks) > 0 {
			assert.Equal(t, xlsx.Problem, styleAt(t, x, sheet, 4, xlsxHeadRows+rowAt[i]), act.ID)
		}
		if r, ok := act.UsualOwner(); ok && act.Owner != assessment.RoleDPO {
			sawUsual = true
			assert.Contains(t, cellAt(row, 4), "to be confirmed; usually: "+a.RoleName(r), act.ID)
		}
		row = append(row[:4:4], row[min(5, len(row)):]...) // the columns after it, as before
		// The person recorded on the action, else the register's holder of
		// its owning function, to be confirmed, else still to name.
		switch name, fromRegister := a.NamedOwner(act); {
		case fromRegister:
			sawRegister = true
			assert.Equal(t, "To confirm, from the role register: "+name, cellAt(row, 4), act.ID)
			assert.Equal(t, xlsx.ToComplete, styleAt(t, x, sheet, 5, xlsxHeadRows+rowAt[i]), act.ID)
		default:
			assert.Equal(t, orText(act.Person, "to name"), cellAt(row, 4), act.ID)
		}
		if act.FirstStep != "" {
			sawFirstStep = true
			assert.True(t, strings.HasPrefix(cellAt(row, 5), act.FirstStep+"; the rest"), cellAt(row, 5))
			if act.Target == "" { // still to complete, and marked so
				assert.Equal(t, xlsx.ToComplete, styleAt(t, x, sheet, 6, xlsxHeadRows+rowAt[i]), act.ID)
			}
		} else {
			assert.Equal(t, orText(act.Target, "to set"), cellAt(row, 5))
		}
		assert.Equal(t, act.Status.Label(), cellAt(row, 6))
		assert.Equal(t, act.Effort.Label(), cellAt(row, 7))
		assert.Equal(t, act.Downtime, cellAt(row, 10))
		if act.Added {
			sawAdded = true
			assert.Equal(t, "", cellAt(row, 8))
			assert.Equal(t, "Added by hand", cellAt(row, 12))
			assert.Equal(t, "Hold the first steering group meeting", act.Title)
		} else {
			q, ok := assessment.QuestionByID(act.Question)
			require.True(t, ok)
			assert.Equal(t, strconv.Itoa(act.Priority), cellAt(row, 8))
			assert.Equal(t, assessment.RefsText(q.RefsFor(a.Profile)), cellAt(row, 11))
			sawNIS2 = sawNIS2 || len(q.NIS2) > 0 && strings.Contains(cellAt(row, 11), q.NIS2[0].String())
			assert.Equal(t, "Question "+q.ID+": "+q.For(a.Profile).Text, cellAt(row, 12), "the question as this profile asks it")
		}
		if act.Person == "R. Bianchi" {
			sawEdited = true
			assert.Equal(t, "R. Bianchi", cellAt(row, 4))
			assert.True(t, strings.HasSuffix(cellAt(row, 5), "2027-03-31"), "the due date set: %s", cellAt(row, 5))
			assert.Equal(t, "In progress", cellAt(row, 6))
		}
		if act.QuickWin {
			sawQuick = true
			assert.Equal(t, "Yes", cellAt(row, 9))
		}
	}
	assert.True(t, sawEdited && sawAdded && sawQuick && sawUsual && sawVacant, "edited %v added %v quick win %v usual owner %v vacant owner %v", sawEdited, sawAdded, sawQuick, sawUsual, sawVacant)
	assert.True(t, sawFinding, "some action of the fixture addresses a finding")
	assert.True(t, sawOrder, "some action of the fixture waits for another")
	assert.True(t, sawFirstStep, "some action of the fixture has a first step that cannot wait")
	assert.True(t, sawRegister, "some action of the fixture is carried by the register's holder of its owning function")
	assert.True(t, sawNote, "the fixture's answers carry notes, shown with where the action stands")
	assert.True(t, sawNIS2, "some action cites the NIS2 measure of its question")
	assert.NotContains(t, flattenRows(rows), acts[0].ID+"-dropped")

	// Below the actions, each finding no answer raised, with its first
	// step, for the ISMS owner: the plan is never shorter than the
	// findings.
	for i, f := range notAsked {
		row := frows[i]
		assert.Equal(t, f.ID, cellAt(row, 0))
		assert.Equal(t, f.Step, cellAt(row, 1))
		assert.True(t, strings.HasPrefix(cellAt(row, 2), f.Title), cellAt(row, 2))
		assert.Equal(t, a.RoleName(f.StepOwner(a)), cellAt(row, 3))
		assert.Equal(t, assessment.RefsText(f.Refs), cellAt(row, 12))
		assert.Equal(t, "Finding, not from a question", cellAt(row, 13))
		assert.Equal(t, f.Severity.Label()+": "+f.Title, cellAt(row, 14))
	}
}

// TestActionPlanNothingAnswered checks the plan of an assessment with a
// profile and nothing else: no action comes from the questions, the note
// says why, and the findings on the empty matrix are still listed.
func TestActionPlanNothingAnswered(t *testing.T) {
	a := assessment.New("empty", xlsxGenerated)
	a.Name = "Empty"
	a.Profile.Site, a.Profile.Organisation, a.Profile.Plants = "Plant 9", "Org", 1
	in := pack.Input{A: a, Generated: xlsxGenerated}
	_, x := buildXLSX(t, "actions", in)
	rows := sheetRows(t, x, "Action plan")
	assert.Contains(t, cellAt(rows[2], 0), fmt.Sprintf("No action comes from the %d questions asked that have no answer yet", len(assessment.Asked(a))))
	notAsked := findingsNoQuestion(a)
	require.NotEmpty(t, notAsked)
	require.Len(t, rows, xlsxHeadRows+len(notAsked))
	assert.Equal(t, notAsked[0].ID, cellAt(rows[xlsxHeadRows], 0))
}

// TestActionPlanMergesAddressedFindings: a finding no answer raised that
// the plan works on through its related question's action (the untouched
// matrix and CTL-01) is listed on that action's row, not as a second row
// with another owner and no date.
func TestActionPlanMergesAddressedFindings(t *testing.T) {
	a := assessment.New("merge", xlsxGenerated)
	a.Name = "Merge"
	a.Profile.Site, a.Profile.Organisation, a.Profile.Plants = "Plant 9", "Org", 1
	a.Answers["CTL-01"] = assessment.Answer{Rating: assessment.Rating0}
	fs := assessment.Findings(a)
	i := slices.IndexFunc(fs, func(f assessment.Finding) bool { return f.ID == assessment.FindingMatrixNotStarted })
	require.GreaterOrEqual(t, i, 0, "an untouched matrix raises its finding")
	_, addressed := fs[i].AddressedBy(assessment.Actions(a))
	require.True(t, addressed, "CTL-01 rated 0 has an action")

	_, x := buildXLSX(t, "actions", pack.Input{A: a, Generated: xlsxGenerated})
	rows := sheetRows(t, x, "Action plan")
	var ctl01 []string
	for _, row := range rows[xlsxHeadRows:] {
		assert.NotEqual(t, assessment.FindingMatrixNotStarted, cellAt(row, 0), "no row of its own")
		if cellAt(row, 0) == "CTL-01" {
			ctl01 = row
		}
	}
	require.NotNil(t, ctl01)
	assert.Contains(t, cellAt(ctl01, 14), fs[i].Line(), "the action names the finding it helps close")
}

// findingsNoQuestion are a's findings that no answer raised.
func findingsNoQuestion(a assessment.Assessment) []assessment.Finding {
	var out []assessment.Finding
	for _, f := range assessment.Findings(a) {
		if f.Unasked() {
			out = append(out, f)
		}
	}
	return out
}

func orText(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// xlsxHostile is user text that breaks naive XML writers.
const xlsxHostile = `<Plant & "Co" 'x'>` + "\x01\x08" + ` _x0041_ 😀 工場 Ω`

// xlsxHostileKept is xlsxHostile as a spreadsheet reads it: the control
// characters XML cannot carry dropped, the rest as typed.
const xlsxHostileKept = `<Plant & "Co" 'x'> _x0041_ 😀 工場 Ω`

func TestHostileTextSurvives(t *testing.T) {
	in := xlsxFullInput(t)
	in.A.Name = xlsxHostile
	in.A.Profile.Site = xlsxHostile
	in.A.RoleNames[assessment.RoleIT] = xlsxHostile
	in.A.Holders[assessment.RoleExecutive] = assessment.Holder{Name: xlsxHostile}
	in.A.Plan["ADD-2"] = assessment.PlanEntry{Text: xlsxHostile, Person: xlsxHostile}
	in.Actions = assessment.Actions(in.A)
	for _, id := range xlsxKinds {
		t.Run(id, func(t *testing.T) {
			f, x := buildXLSX(t, id, in)
			assert.NotContains(t, f.Name, "<")
			var all []string
			for _, s := range x.GetSheetList() {
				all = append(all, flattenRows(sheetRows(t, x, s))...)
			}
			text := strings.Join(all, "\n")
			assert.Contains(t, text, "“"+xlsxHostileKept+"”", "the assessment's name in the draft note")
			assert.NotContains(t, text, "\x01")
			switch id {
			case "raci":
				assert.Contains(t, all, xlsxHostileKept, "role name in the header")
			case "authority":
				assert.Contains(t, all, xlsxHostileKept, "accepting role and its holder")
			case "actions":
				assert.Contains(t, all, xlsxHostileKept, "added action and its owner")
			}
		})
	}
}

func TestEmptyAssessment(t *testing.T) {
	a := assessment.New("empty", xlsxGenerated)
	in := pack.Input{A: a, Generated: xlsxGenerated}
	for _, id := range xlsxKinds {
		t.Run(id, func(t *testing.T) {
			_, x := buildXLSX(t, id, in)
			rows := sheetRows(t, x, x.GetSheetList()[0])
			assert.NotContains(t, cellAt(rows[1], 0), "“”", "no empty quotes for an unnamed assessment")
		})
	}
}

func TestDeterministicOutput(t *testing.T) {
	in := xlsxFullInput(t)
	for _, id := range xlsxKinds {
		a, err := pack.Build(id, in)
		require.NoError(t, err)
		b, err := pack.Build(id, in)
		require.NoError(t, err)
		assert.Equal(t, a.Data, b.Data, id)
	}
}

// xlsxReferenceIDs reads the Annex A control IDs of the reference
// list kept outside the repository (../shared/reference from the module
// root, or /work/shared/reference).
func xlsxReferenceIDs(t *testing.T) []string {
	t.Helper()
	var data []byte
	var err error
	for _, dir := range []string{filepath.Join("..", "..", "..", "shared", "reference"), "/work/shared/reference"} {
		if data, err = os.ReadFile(filepath.Join(dir, "iso27001-2022-annexA.csv")); err == nil {
			break
		}
	}
	require.NoError(t, err, "the Annex A reference list")
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	var ids []string
	for _, r := range recs[1:] {
		ids = append(ids, r[0])
	}
	return ids
}

// TestActionPlanFirstStepDue: the due cell of an action whose first step
// cannot wait says when that step is due; with no date set for the rest
// it is marked to complete, as every due date not set is. The "Needs
// first" cell says who has the step carried out meanwhile.
func TestActionPlanFirstStepDue(t *testing.T) {
	a := assessment.New("first-step", xlsxGenerated)
	a.Name = "First step"
	a.Profile.Site, a.Profile.Organisation, a.Profile.Plants = "Plant 9", "Org", 1
	for _, q := range assessment.Asked(a) {
		a.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating3}
	}
	a.Answers["BRF-06"] = assessment.Answer{Rating: assessment.Rating0}
	a.Answers["ROL-03"] = assessment.Answer{Rating: assessment.Rating0}
	in := pack.Input{A: a, Generated: xlsxGenerated, Actions: assessment.Actions(a)}
	_, x := buildXLSX(t, "actions", in)
	const sheet = "Action plan"
	rows := sheetRows(t, x, sheet)
	for j, row := range rows[xlsxHeadRows:] {
		if cellAt(row, 0) != "BRF-06" {
			continue
		}
		assert.Equal(t, "First step: now; the rest: date to set", cellAt(row, 6))
		assert.Equal(t, xlsx.ToComplete, styleAt(t, x, sheet, 6, xlsxHeadRows+j))
		assert.Equal(t, "The first step does not wait; the rest needs first: ROL-03. Until an OT lead is named, the site or plant director has the first step carried out.", cellAt(row, 15))
		return
	}
	t.Fatal("no BRF-06 row")
}

// TestSoAExtraRowsFollowProfile: the rows for controls beyond Annex A
// give EU GMP Annex 11 as an example only where the profile records
// validated systems.
func TestSoAExtraRowsFollowProfile(t *testing.T) {
	for _, validated := range []bool{true, false} {
		in := xlsxFullInput(t)
		in.A.Profile.Validated = validated
		_, x := buildXLSX(t, "soa", in)
		rows := sheetRows(t, x, "Statement of Applicability")
		got := cellAt(rows[xlsxHeadRows+93], 1)
		assert.Equal(t, validated, strings.Contains(got, "EU GMP Annex 11"), "validated=%v: %s", validated, got)
		assert.True(t, strings.HasPrefix(got, "Additional control (e.g. IEC 62443-2-1"), got)
	}
}

// TestActionPlanNIS2StatusOwner: the finding that NIS2's application is
// undetermined is top management's to settle, and its row says so.
func TestActionPlanNIS2StatusOwner(t *testing.T) {
	in := xlsxFullInput(t)
	in.A.Profile.NIS2 = assessment.NIS2Unknown
	_, x := buildXLSX(t, "actions", in)
	var found bool
	for _, row := range sheetRows(t, x, "Action plan")[xlsxHeadRows:] {
		if cellAt(row, 0) == assessment.FindingNIS2StatusUnknown {
			found = true
			assert.Equal(t, in.A.RoleName(assessment.RoleExecutive), cellAt(row, 3))
		}
	}
	assert.True(t, found, "the finding has its row")
}

// TestRACIQuestionedRows: the RACI annex marks the rows a finding
// questions on the answers (the ISMS owner accountable for plant-floor
// work while GOV-02 is at 1), even where no check flags them, and only
// while the finding stands.
func TestRACIQuestionedRows(t *testing.T) {
	const mark = "A finding questions its A: the answers do not show the ISMS owner's authority on the plant floor (GOV-02)."
	in := xlsxFullInput(t)
	in.A.Profile.Validated = false
	m, err := assessment.Preset(assessment.ModelExecutiveLed, in.A.Profile)
	require.NoError(t, err)
	in.A.Matrix = m
	in.A.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating1}
	_, x := buildXLSX(t, "raci", in)
	text := strings.Join(flattenRows(sheetRows(t, x, "RACI annex")), "\n")
	assert.Contains(t, text, "No check flags this row. "+mark)
	in.A.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating3}
	_, x = buildXLSX(t, "raci", in)
	assert.NotContains(t, strings.Join(flattenRows(sheetRows(t, x, "RACI annex")), "\n"), mark)
}
