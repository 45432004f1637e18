package pack

import (
	"fmt"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack/xlsx"
)

// The four spreadsheets of the pack. Their helpers are named sheet… so
// that they stay apart from the DOCX documents' own in this package.
//
// Each opens with the same title block
// (sheetHead): the document's title marked DRAFT, where it comes from,
// and what the consultant must complete; the table's header row follows
// and stays in view (frozen) with an autofilter on it. Cells hold only
// what the assessment holds: what it does not hold is left empty and
// marked as to complete, never filled in by the tool.

// sheetHeadRows is how many rows the title block and the header take; the
// table's data starts below.
const sheetHeadRows = 5

// Texts of cells the consultant must fill in.
const (
	sheetNotSet     = "not set — to decide"
	sheetSoAPending = "to complete from the risk treatment (6.1.3 d)"
	sheetNone       = "—"
	// sheetNoFlag is the check cell of a row with letters that no check
	// flags. It says what the tool found, not that the row complies:
	// the checks are the tool's, the judgement the auditor's.
	sheetNoFlag = "No check flags this row"
	// sheetSoAExtraRows is how many empty rows the SoA keeps for controls
	// beyond Annex A.
	sheetSoAExtraRows = 3
	sheetSoAExtra     = "Additional control (e.g. IEC 62443-2-1, EU GMP Annex 11) — to complete"
)

// sheetSignOff ends a document with its document-control block, below the
// table and outside its autofilter: the version and top management's
// approval, both left for the consultant, and basis, which says why top
// management approves this document. Each line spans the table's width
// (cols columns).
func sheetSignOff(s *xlsx.Sheet, cols int, basis string) {
	s.FilterLast = len(s.Rows)
	s.Add()
	for _, line := range []string{
		"Version: [to complete: version number and date of issue]",
		"Approved by top management: [to complete: name, date] — " + basis,
	} {
		s.Add(xlsx.Str(line, xlsx.ToComplete))
		s.MergeAcross(len(s.Rows)-1, 0, cols-1)
	}
}

// sheetHead writes the title block of a document into the first rows of
// s and the header row below it, and sets the frozen panes and the
// autofilter on that header; the first freezeCols columns stay in view.
func sheetHead(s *xlsx.Sheet, in Input, title, complete string, header []string, freezeCols int) {
	s.Add(xlsx.Str(title+" — DRAFT", xlsx.Title))
	s.Add(xlsx.Str(sheetDraftNote(in), xlsx.Wrap))
	s.Add(xlsx.Str("To complete: "+complete, xlsx.Note))
	s.Add()
	// The two notes wrap across the table's width, so that they print.
	s.MergeAcross(1, 0, len(header)-1)
	s.MergeAcross(2, 0, len(header)-1)
	cells := make([]xlsx.Cell, len(header))
	for i, h := range header {
		cells[i] = xlsx.Str(h, xlsx.Header)
	}
	s.Add(cells...)
	s.FreezeRows, s.FreezeCols, s.FilterRow = sheetHeadRows, freezeCols, sheetHeadRows
}

// sheetDraftNote says which assessment a document comes from and when it was
// generated, naming only what the assessment records.
func sheetDraftNote(in Input) string {
	a := in.A
	var b strings.Builder
	b.WriteString("Draft generated on " + sheetLongDate(in.Generated) + " from the assessment")
	if a.Name != "" {
		b.WriteString(" “" + a.Name + "”")
	}
	if a.Profile.Date != "" {
		b.WriteString(" of " + sheetDate(a.Profile.Date))
	}
	var where []string
	for _, s := range []string{a.Profile.Site, a.Profile.Organisation} {
		if s != "" {
			where = append(where, s)
		}
	}
	if len(where) > 0 {
		b.WriteString(" (" + strings.Join(where, ", ") + ")")
	}
	b.WriteString(". Nothing in it is approved until the organisation approves it.")
	return b.String()
}

func sheetLongDate(t time.Time) string { return t.Format("2 January 2006") }

// sheetDate shows a stored YYYY-MM-DD date in words, or as stored when it
// does not parse.
func sheetDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return sheetLongDate(t)
}

// sheetLetterStyle is the coloured style of a RACI letter.
func sheetLetterStyle(l assessment.Letter) xlsx.Style {
	switch l {
	case assessment.LetterResponsible:
		return xlsx.LetterR
	case assessment.LetterAccountable:
		return xlsx.LetterA
	case assessment.LetterAccountableResponsible:
		return xlsx.LetterAR
	case assessment.LetterConsulted:
		return xlsx.LetterC
	case assessment.LetterInformed:
		return xlsx.LetterI
	}
	return xlsx.Plain
}

// sheetLetterMeaning explains each letter for the legend.
var sheetLetterMeaning = []struct {
	L    assessment.Letter
	Text string
}{
	{assessment.LetterResponsible, "Responsible: does the work of the control in this domain."},
	{assessment.LetterAccountable, "Accountable: answers for the control and approves how it is done; one role per row."},
	{assessment.LetterAccountableResponsible, "Accountable and responsible: the accountable role also does the work itself."},
	{assessment.LetterConsulted, "Consulted: heard before a decision or a change, in both directions."},
	{assessment.LetterInformed, "Informed: told of decisions and results afterwards."},
}

// The RACI annex is one sheet with a row per control and domain, in
// Annex A order and within a control IT, OT, shared. An auditor samples
// a control and wants its three rows side by side, which is where a gap
// between IT and OT shows; the autofilter on the domain column gives one
// domain's view when wanted, and one table sorts and filters as a whole.
func buildRACI(in Input) ([]byte, error) {
	a := in.A
	var wb xlsx.Workbook
	s, err := wb.AddSheet("RACI annex")
	if err != nil {
		return nil, err
	}
	header := []string{"Control", "Annex A control", "Domain", "Theme"}
	for _, r := range assessment.RACIRoles {
		header = append(header, assessment.RoleName(a.RoleNames, r))
	}
	header = append(header, "Matrix checks")
	sheetHead(s, in, "RACI annex", "resolve each row the checks flag, or record in the risk treatment why the assignment stands; then have top management approve the matrix (ISO/IEC 27001 5.3).", header, 3)
	s.Widths = []float64{9, 40, 20, 15}
	for range assessment.RACIRoles {
		s.Widths = append(s.Widths, 13)
	}
	s.Widths = append(s.Widths, 64)

	problems := map[assessment.CellKey][]assessment.Problem{}
	for _, p := range assessment.CheckMatrix(a) {
		problems[p.Key] = append(problems[p.Key], p)
	}
	for _, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			row := a.Matrix[k]
			cells := []xlsx.Cell{
				xlsx.Str(c.ID, xlsx.Plain),
				xlsx.Str(c.Label, xlsx.Wrap),
				xlsx.Str(assessment.DomainLabel(d), xlsx.Plain),
				xlsx.Str(string(c.Theme), xlsx.Plain),
			}
			assigned := false
			for _, r := range assessment.RACIRoles {
				l := row[r]
				assigned = assigned || l.Valid()
				cells = append(cells, xlsx.Str(string(l), sheetLetterStyle(l)))
			}
			cells = append(cells, sheetCheckCell(problems[k], assigned))
			s.Add(cells...)
		}
	}
	if err := sheetRACILegend(&wb, in); err != nil {
		return nil, err
	}
	return wb.Bytes()
}

// sheetCheckCell is what the checks say about one row.
func sheetCheckCell(ps []assessment.Problem, assigned bool) xlsx.Cell {
	switch {
	case len(ps) > 0:
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = p.Kind.Title() + ": " + p.Message
		}
		return xlsx.Str(strings.Join(lines, "\n"), xlsx.Problem)
	case assigned:
		return xlsx.Str(sheetNoFlag, xlsx.Pass)
	}
	return xlsx.Str("No letters yet: not decided", xlsx.ToComplete)
}

// sheetRACILegend adds the legend sheet: the letters, the role columns with
// their holders from the role register, the domains, and the checks.
func sheetRACILegend(wb *xlsx.Workbook, in Input) error {
	a := in.A
	s, err := wb.AddSheet("Legend")
	if err != nil {
		return err
	}
	s.Widths = []float64{30, 28, 24, 24, 14}
	s.Add(xlsx.Str("RACI annex — legend", xlsx.Title))
	s.Add(xlsx.Str(sheetDraftNote(in), xlsx.Wrap))
	s.MergeAcross(1, 0, 4)
	if m, ok := assessment.ModelByID(a.Model); ok {
		s.Add(xlsx.Str("The matrix was started from the "+m.Name+" ownership model of the tool and then edited in the assessment.", xlsx.Wrap))
		s.MergeAcross(2, 0, 4)
	}
	s.Add()

	// wide lets the text of the last row's second column take the width
	// of the four columns the roles table needs.
	wide := func() { s.MergeAcross(len(s.Rows)-1, 1, 4) }
	s.Add(xlsx.Str("Letter", xlsx.Header), xlsx.Str("Meaning", xlsx.Header))
	wide()
	for _, m := range sheetLetterMeaning {
		s.Add(xlsx.Str(string(m.L), sheetLetterStyle(m.L)), xlsx.Str(m.Text, xlsx.Wrap))
		wide()
	}
	s.Add()

	s.Add(xlsx.Str("Column", xlsx.Header), xlsx.Str("Role in the tool", xlsx.Header),
		xlsx.Str("Holder (role register)", xlsx.Header), xlsx.Str("Deputy", xlsx.Header), xlsx.Str("Confirmed", xlsx.Header))
	for _, r := range assessment.RACIRoles {
		h := a.Holders[r]
		s.Add(xlsx.Str(assessment.RoleName(a.RoleNames, r), xlsx.Bold), xlsx.Str(assessment.RoleLabel(r), xlsx.Wrap),
			sheetOrToComplete(h.Name, "not named"), sheetOrToComplete(h.Deputy, "not named"), sheetOrToComplete(h.Confirmed, "not recorded"))
	}
	s.Add()

	s.Add(xlsx.Str("Domain", xlsx.Header), xlsx.Str("What its rows cover", xlsx.Header))
	wide()
	for _, d := range []struct {
		D    assessment.Domain
		Text string
	}{
		{assessment.DomainIT, "Office and business systems run by corporate IT."},
		{assessment.DomainOT, "Control systems, plant networks and the equipment of production."},
		{assessment.DomainShared, "What serves both sides: the IT/OT demilitarised zone, plant domain controllers, remote-access gateways."},
	} {
		s.Add(xlsx.Str(assessment.DomainLabel(d.D), xlsx.Bold), xlsx.Str(d.Text, xlsx.Wrap))
		wide()
	}
	s.Add()

	s.Add(xlsx.Str("Check", xlsx.Header), xlsx.Str("What it asks and why", xlsx.Header))
	wide()
	for _, k := range assessment.ProblemKinds {
		s.Add(xlsx.Str(k.Title(), xlsx.Bold), xlsx.Str(k.Explanation(), xlsx.Wrap))
		wide()
	}
	return nil
}

// sheetOrToComplete is a text cell, or a to-complete cell saying empty when
// the text is empty.
func sheetOrToComplete(text, empty string) xlsx.Cell {
	if text == "" {
		return xlsx.Str(empty, xlsx.ToComplete)
	}
	return xlsx.Str(text, xlsx.Wrap)
}

// sheetSoADomains are the domains the SoA names roles for, with the words of
// their column headers.
var sheetSoADomains = []struct {
	D    assessment.Domain
	Word string
}{
	{assessment.DomainIT, "corporate IT"},
	{assessment.DomainOT, "plant OT"},
	{assessment.DomainShared, "shared infrastructure"},
}

// The SoA skeleton: one row per Annex A control with the roles the matrix
// gives it. Applicability, its justification and the implementation status
// come from the risk treatment (ISO/IEC 27001 6.1.3 d), which the
// assessment does not hold, so those cells stay empty and marked.
func buildSoA(in Input) ([]byte, error) {
	a := in.A
	var wb xlsx.Workbook
	s, err := wb.AddSheet("Statement of Applicability")
	if err != nil {
		return nil, err
	}
	header := []string{"Control", "Annex A control", "Theme"}
	for _, sd := range sheetSoADomains[:2] {
		header = append(header, "Accountable — "+sd.Word, "Responsible — "+sd.Word)
	}
	header = append(header, sheetSoASharedHeader)
	header = append(header, "Accountable — "+sheetSoADomains[2].Word, "Responsible — "+sheetSoADomains[2].Word)
	header = append(header,
		"Applicable (yes / no) — "+sheetSoAPending,
		"Justification for inclusion or exclusion — "+sheetSoAPending,
		"Implementation status — "+sheetSoAPending)
	sheetHead(s, in, "Statement of Applicability skeleton",
		"applicability, the justification for including or excluding each control and its implementation status, from the risk treatment (ISO/IEC 27001 6.1.3 d); add in the rows at the end any control the risk treatment takes from another source (6.1.3 b, c); then have top management approve the statement. The roles come from the ownership matrix; the tool decides no applicability.",
		header, 2)
	s.Widths = []float64{9, 40, 15, 20, 24, 20, 24, 18, 20, 24, 16, 44, 20}

	for _, c := range assessment.Controls() {
		cells := []xlsx.Cell{
			xlsx.Str(c.ID, xlsx.Plain),
			xlsx.Str(c.Label, xlsx.Wrap),
			xlsx.Str(string(c.Theme), xlsx.Plain),
		}
		for _, sd := range sheetSoADomains {
			row := a.Matrix[assessment.CellKey{Control: c.ID, Domain: sd.D}]
			if sd.D == assessment.DomainShared {
				flag := sheetSoASharedNone
				if sheetRowAssigned(row) {
					flag = sheetSoASharedSet
				}
				cells = append(cells, xlsx.Str(flag, xlsx.Centre))
			}
			acc, resp := sheetRolesHolding(a, row)
			cells = append(cells, xlsx.Str(acc, xlsx.Wrap), xlsx.Str(resp, xlsx.Wrap))
		}
		cells = append(cells, xlsx.Str("", xlsx.ToComplete), xlsx.Str("", xlsx.ToComplete), xlsx.Str("", xlsx.ToComplete))
		s.Add(cells...)
	}
	// Controls beyond Annex A: the SoA lists every necessary control,
	// wherever it comes from (6.1.3 b–d), and a plant's often come from
	// IEC 62443-2-1 or EU GMP Annex 11. The tool knows none of them.
	for range sheetSoAExtraRows {
		cells := make([]xlsx.Cell, len(header))
		for i := range cells {
			cells[i] = xlsx.Str("", xlsx.ToComplete)
		}
		cells[1] = xlsx.Str(sheetSoAExtra, xlsx.ToComplete)
		s.Add(cells...)
	}
	sheetSignOff(s, len(header), "the roles this statement names are assigned by top management (ISO/IEC 27001 5.3), and the statement is part of the risk treatment whose plan and residual risks the risk owners approve (6.1.3 d, f).")
	return wb.Bytes()
}

// The shared-infrastructure column of the SoA says only whether the
// matrix sets roles for the control on the shared infrastructure. It
// stands next to "Applicable", so its header and values say plainly that
// it decides no applicability (6.1.3 d).
const (
	sheetSoASharedHeader = "Shared-infrastructure roles in RACI (not applicability)"
	sheetSoASharedSet    = "Roles set"
	sheetSoASharedNone   = "None"
)

// sheetRowAssigned reports whether a matrix row holds any letter.
func sheetRowAssigned(row assessment.RACI) bool {
	for _, l := range row {
		if l.Valid() {
			return true
		}
	}
	return false
}

// sheetRolesHolding names, in RACIRoles order, the roles of row that are
// accountable and those that are responsible (A/R counts for both), each
// "—" when none; several are joined with "; ", which the checks flag
// where it is a problem.
func sheetRolesHolding(a assessment.Assessment, row assessment.RACI) (acc, resp string) {
	var as, rs []string
	for _, r := range assessment.RACIRoles {
		l := row[r]
		if l.Accountable() {
			as = append(as, assessment.RoleName(a.RoleNames, r))
		}
		if l.Responsible() {
			rs = append(rs, assessment.RoleName(a.RoleNames, r))
		}
	}
	return sheetJoinOrNone(as), sheetJoinOrNone(rs)
}

func sheetJoinOrNone(ss []string) string {
	if len(ss) == 0 {
		return sheetNone
	}
	return strings.Join(ss, "; ")
}

// The risk-acceptance authority matrix: the table as the assessment holds
// it, with the named holder of each accepting role from the role register.
func buildAuthority(in Input) ([]byte, error) {
	a := in.A
	var wb xlsx.Workbook
	s, err := wb.AddSheet("Risk acceptance")
	if err != nil {
		return nil, err
	}
	sheetHead(s, in, "Risk-acceptance authority matrix",
		"decide the rows marked “"+sheetNotSet+"”, check that the levels match the risk scale of the risk assessment method (ISO/IEC 27001 6.1.2), and have top management approve the table (5.3, 6.1.3 f).",
		sheetAuthorityHeader, 2)
	s.Widths = []float64{11, 26, 26, 26, 34, 14, 26}
	role := func(r assessment.Role) xlsx.Cell {
		if r == "" {
			return xlsx.Str(sheetNotSet, xlsx.ToComplete)
		}
		return xlsx.Str(assessment.RoleName(a.RoleNames, r), xlsx.Wrap)
	}
	for _, row := range assessment.AuthorityRows(a) {
		holder := xlsx.Str(sheetNone, xlsx.Plain)
		if row.Accept != "" {
			holder = sheetOrToComplete(a.Holders[row.Accept].Name, "not named in the role register")
		}
		// A row the table fills with nobody to consult records just that;
		// only a row not filled at all is left to decide, as the roles
		// document says.
		consult := xlsx.Str(sheetNotSet, xlsx.ToComplete)
		if !row.IsZero() {
			consult = xlsx.Str("none recorded", xlsx.Wrap)
		}
		if len(row.Consult) > 0 {
			names := make([]string, len(row.Consult))
			for i, r := range row.Consult {
				names[i] = assessment.RoleName(a.RoleNames, r)
			}
			consult = xlsx.Str(strings.Join(names, "; "), xlsx.Wrap)
		}
		months := xlsx.Str(sheetNotSet, xlsx.ToComplete)
		if row.MaxMonths > 0 {
			months = xlsx.Int(row.MaxMonths, xlsx.Centre)
		}
		s.Add(
			xlsx.Str(assessment.RiskLevelLabel(row.Key.Level), xlsx.Bold),
			xlsx.Str(assessment.RiskContextLabel(row.Key.Context), xlsx.Wrap),
			role(row.Accept), holder, consult, months, role(row.Escalate),
		)
	}
	last := len(s.Rows)
	s.Add()
	s.Add(xlsx.Str("Precedence: "+assessment.PrecedenceRule, xlsx.Note))
	s.MergeAcross(len(s.Rows)-1, 0, len(sheetAuthorityHeader)-1)
	sheetSignOff(s, len(sheetAuthorityHeader), "who may accept which risk is an authority top management assigns (ISO/IEC 27001 5.3); each risk owner accepts residual risk within it (6.1.3 f).")
	s.FilterLast = last
	return wb.Bytes()
}

// sheetAuthorityHeader is the header row of the authority matrix.
var sheetAuthorityHeader = []string{"Risk level", "Context", "Lowest authority to accept", "Holder of that role (role register)", "Must be consulted first", "Longest acceptance (months)", "Escalates to"}

// sheetUsualOwnerHeader heads the action plan's column that names the
// function the routing table gives an action whose owner differs.
const sheetUsualOwnerHeader = "Usual owner (check)"

// The action plan as edited in the assessment, in the plan's order
// (priority, then the consultant's own actions).
func buildActions(in Input) ([]byte, error) {
	a := in.A
	var wb xlsx.Workbook
	s, err := wb.AddSheet("Action plan")
	if err != nil {
		return nil, err
	}
	sheetHead(s, in, "Action plan",
		"name an owner and a due date for every action, agree both with the owners, and record progress here; where “"+sheetUsualOwnerHeader+"” names a function, the owning function recorded is not the one that usually does this work: confirm that it can, or change it. The priority is the tool's weighting of the gap, not a risk rating.",
		[]string{"ID", "Action", "Where it stands", "Owning function", sheetUsualOwnerHeader, "Named owner", "Due", "Status", "Effort", "Priority", "Quick win", "Plant constraints", "References", "Source"}, 2)
	s.Widths = []float64{10, 50, 34, 22, 22, 20, 12, 12, 9, 9, 9, 34, 28, 50}
	for _, act := range in.Actions {
		refs, source := "", "Added by the consultant"
		if q, ok := assessment.QuestionByID(act.Question); ok {
			refs = assessment.RefsText(q.Refs)
			source = fmt.Sprintf("Question %s: %s", q.ID, q.Text)
		}
		priority := xlsx.Str("", xlsx.Plain)
		if act.Priority > 0 {
			priority = xlsx.Int(act.Priority, xlsx.Centre)
		}
		quick := ""
		if act.QuickWin {
			quick = "Yes"
		}
		// The recorded owner stands; the usual one is shown beside it
		// only where they differ, for the consultant to check.
		usual := xlsx.Str("", xlsx.Plain)
		if r, ok := act.UsualOwner(); ok {
			usual = xlsx.Str(assessment.RoleName(a.RoleNames, r), xlsx.Problem)
		}
		s.Add(
			xlsx.Str(act.ID, xlsx.Plain),
			xlsx.Str(act.Title, xlsx.Wrap),
			xlsx.Str(act.Detail, xlsx.Wrap),
			xlsx.Str(assessment.RoleName(a.RoleNames, act.Owner), xlsx.Wrap),
			usual,
			sheetOrToComplete(act.Person, "to name"),
			sheetOrToComplete(act.Target, "to set"),
			xlsx.Str(act.Status.Label(), xlsx.Plain),
			xlsx.Str(act.Effort.Label(), xlsx.Plain),
			priority,
			xlsx.Str(quick, xlsx.Centre),
			xlsx.Str(act.Downtime, xlsx.Wrap),
			xlsx.Str(refs, xlsx.Wrap),
			xlsx.Str(source, xlsx.Wrap),
		)
	}
	return wb.Bytes()
}
