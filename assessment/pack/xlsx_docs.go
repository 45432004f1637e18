package pack

import (
	"slices"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
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

// Texts of cells the consultant must fill in, in English: the code that
// writes them translates them with l10n.T.
var (
	sheetSoAPending = l10n.M("to complete from the risk treatment (6.1.3 d)")
	// sheetSoAStatusPending: whether a control is implemented is read
	// from evidence of implementation, not from the treatment plan.
	sheetSoAStatusPending = l10n.M("to complete from evidence of implementation (6.1.3 d)")
	// sheetNoFlag is the check cell of a row with letters that no check
	// flags. It says what the tool found, not that the row complies:
	// the checks are the tool's, the judgement the auditor's.
	sheetNoFlag = l10n.M("No check flags this row")
	// sheetSoAExtra heads a row for a control from beyond Annex A; a GMP
	// site's example adds EU GMP Annex 11, which binds no other plant.
	sheetSoAExtra    = l10n.M("Additional control (e.g. IEC 62443-2-1) — to complete")
	sheetSoAExtraGMP = l10n.M("Additional control (e.g. IEC 62443-2-1, EU GMP Annex 11) — to complete")
)

const (
	sheetNone = "—"
	// sheetSoAExtraRows is how many empty rows the SoA keeps for controls
	// beyond Annex A.
	sheetSoAExtraRows = 3
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
		l10n.T("Version: [to complete: version number and date of issue]"),
		l10n.F("Approved by top management: [to complete: name, date] — %s", basis),
	} {
		s.Add(xlsx.Str(line, xlsx.ToComplete))
		s.MergeAcross(len(s.Rows)-1, 0, cols-1)
	}
}

// sheetHead writes the title block of a document into the first rows of
// s and the header row below it, and sets the frozen panes and the
// autofilter on that header; the first freezeCols columns stay in view.
func sheetHead(s *xlsx.Sheet, in Input, title, complete string, header []string, freezeCols int) {
	s.Add(xlsx.Str(l10n.F("%s — DRAFT", title), xlsx.Title))
	s.Add(xlsx.Str(sheetDraftNote(in), xlsx.Wrap))
	s.Add(xlsx.Str(l10n.F("To complete: %s", complete), xlsx.Note))
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
	b.WriteString(l10n.F("Draft generated on %s from the assessment", sheetLongDate(in.Generated)))
	if a.Name != "" {
		b.WriteString(l10n.F(" “%s”", a.Name))
	}
	if a.Profile.Date != "" {
		b.WriteString(l10n.F(" of %s", sheetDate(a.Profile.Date)))
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
	b.WriteString(l10n.T(". Nothing in it is approved until the organisation approves it."))
	return b.String()
}

// sheetLongDate writes a day as the Word documents do (docDay), so that
// the pack has one date format: YYYY-MM-DD in English, the form most of
// its dates already take (register, targets, file names), and the
// language's own form otherwise.
func sheetLongDate(t time.Time) string { return docDay(t) }

// sheetDate shows a stored YYYY-MM-DD date as sheetLongDate does, or as
// stored when it does not parse.
func sheetDate(s string) string { return l10n.StoredDate(s) }

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

// sheetLetterMeaning explains each letter for the legend, in English
// (the legend translates it).
var sheetLetterMeaning = []struct {
	L    assessment.Letter
	Text string
}{
	{assessment.LetterResponsible, l10n.M("Responsible: does the work of the control in this domain.")},
	{assessment.LetterAccountable, l10n.M("Accountable: answers for the control and approves how it is done; one role per row.")},
	{assessment.LetterAccountableResponsible, l10n.M("Accountable and responsible: the accountable role also does the work itself.")},
	{assessment.LetterConsulted, l10n.M("Consulted: heard before a decision or a change, in both directions.")},
	{assessment.LetterInformed, l10n.M("Informed: told of decisions and results afterwards.")},
}

// The RACI annex is one sheet with a row per control and domain, in
// Annex A order and within a control IT, OT, shared. An auditor samples
// a control and wants its three rows side by side, which is where a gap
// between IT and OT shows; the autofilter on the domain column gives one
// domain's view when wanted, and one table sorts and filters as a whole.
func buildRACI(in Input) ([]byte, error) {
	a := in.A
	var wb xlsx.Workbook
	s, err := wb.AddSheet(l10n.T("RACI annex"))
	if err != nil {
		return nil, err
	}
	header := []string{l10n.X("id column", "Control"), l10n.T(shortTitleHeader), l10n.T("Domain"), l10n.T("Theme")}
	for _, r := range assessment.RACIRoles {
		header = append(header, assessment.RoleName(a.RoleNames, r))
	}
	header = append(header, l10n.T("Matrix checks"))
	sheetHead(s, in, l10n.T("RACI annex"), l10n.T("resolve each row the checks flag, or record in the risk treatment why the assignment stands; then have top management approve the matrix (ISO/IEC 27001 5.3)."), header, 3)
	s.Widths = []float64{9, 40, 20, 15}
	for range assessment.RACIRoles {
		s.Widths = append(s.Widths, 13)
	}
	s.Widths = append(s.Widths, 64)

	problems := problemsByRow(a)
	questioned := assessment.QuestionedAccountables(a)
	for _, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			row := a.Matrix[k]
			cells := []xlsx.Cell{
				xlsx.Str(c.ID, xlsx.Plain),
				xlsx.Str(c.Label, xlsx.Wrap),
				xlsx.Str(assessment.DomainLabel(d), xlsx.Plain),
				xlsx.Str(c.Theme.Label(), xlsx.Plain),
			}
			assigned := false
			for _, r := range assessment.RACIRoles {
				l := row[r]
				assigned = assigned || l.Valid()
				cells = append(cells, xlsx.Str(string(l), sheetLetterStyle(l)))
			}
			cells = append(cells, sheetCheckCell(problems[k], assigned, slices.Contains(questioned, k)))
			s.Add(cells...)
		}
	}
	if err := sheetRACILegend(&wb, in); err != nil {
		return nil, err
	}
	return wb.Bytes()
}

// problemsByRow is what the matrix checks find in a's matrix, by row.
func problemsByRow(a assessment.Assessment) map[assessment.CellKey][]assessment.Problem {
	out := map[assessment.CellKey][]assessment.Problem{}
	for _, p := range assessment.CheckMatrix(a) {
		out[p.Key] = append(out[p.Key], p)
	}
	return out
}

// sheetCheckCell is what the checks say about one row, and, where a
// finding questions the row's A on the answers (questioned), that too:
// a row the letters pass is not settled while the finding stands.
func sheetCheckCell(ps []assessment.Problem, assigned, questioned bool) xlsx.Cell {
	switch {
	case questioned && len(ps) == 0:
		return xlsx.Str(l10n.T(sheetNoFlag)+". "+l10n.T("A finding questions its A: the answers do not show the ISMS owner's authority on the plant floor (GOV-02)."), xlsx.ToComplete)
	case len(ps) > 0:
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = p.Kind.Title() + ": " + p.Message
			// "Nobody assigned: Nobody is assigned …" says it twice;
			// that message already names the problem.
			if p.Kind == assessment.ProblemUnassigned {
				lines[i] = p.Message
			}
		}
		return xlsx.Str(strings.Join(lines, "\n"), xlsx.Problem)
	case assigned:
		return xlsx.Str(l10n.T(sheetNoFlag), xlsx.Pass)
	}
	return xlsx.Str(l10n.T("No letters yet: not decided"), xlsx.ToComplete)
}

// sheetRACILegend adds the legend sheet: the letters, the role columns with
// their holders from the role register, the domains, and the checks.
func sheetRACILegend(wb *xlsx.Workbook, in Input) error {
	a := in.A
	s, err := wb.AddSheet(l10n.T("Legend"))
	if err != nil {
		return err
	}
	s.Widths = []float64{30, 28, 24, 24, 14}
	s.Add(xlsx.Str(l10n.T("RACI annex — legend"), xlsx.Title))
	s.Add(xlsx.Str(sheetDraftNote(in), xlsx.Wrap))
	s.MergeAcross(1, 0, 4)
	if text := assessment.PresetOrigin(a); text != "" {
		s.Add(xlsx.Str(text, xlsx.Wrap))
		s.MergeAcross(2, 0, 4)
	}
	s.Add()

	// wide lets the text of the last row's second column take the width
	// of the four columns the roles table needs.
	wide := func() { s.MergeAcross(len(s.Rows)-1, 1, 4) }
	s.Add(xlsx.Str(l10n.T("Letter"), xlsx.Header), xlsx.Str(l10n.T("Meaning"), xlsx.Header))
	wide()
	for _, m := range sheetLetterMeaning {
		s.Add(xlsx.Str(string(m.L), sheetLetterStyle(m.L)), xlsx.Str(l10n.T(m.Text), xlsx.Wrap))
		wide()
	}
	s.Add()

	s.Add(xlsx.Str(l10n.T("Column"), xlsx.Header), xlsx.Str(l10n.T("Role"), xlsx.Header),
		xlsx.Str(l10n.T("Holder (role register)"), xlsx.Header), xlsx.Str(l10n.T("Deputy"), xlsx.Header), xlsx.Str(l10n.T("Confirmed"), xlsx.Header))
	notNamed, notRecorded := l10n.T("not named"), l10n.T("not recorded")
	for _, r := range assessment.RACIRoles {
		h := a.Holders[r]
		s.Add(xlsx.Str(assessment.RoleName(a.RoleNames, r), xlsx.Bold), xlsx.Str(assessment.RoleLabel(r), xlsx.Wrap),
			sheetOrToComplete(h.Name, notNamed), sheetOrToComplete(h.Deputy, notNamed), sheetOrToComplete(sheetDate(h.Confirmed), notRecorded))
	}
	s.Add()

	s.Add(xlsx.Str(l10n.T("Domain"), xlsx.Header), xlsx.Str(l10n.T("What its rows cover"), xlsx.Header))
	wide()
	for _, d := range []struct {
		D    assessment.Domain
		Text string
	}{
		{assessment.DomainIT, l10n.T("Office and business systems run by corporate IT.")},
		{assessment.DomainOT, l10n.T("Control systems, plant networks and the equipment of production.")},
		{assessment.DomainShared, l10n.F("What serves both sides: %s.", assessment.SharedComponents(a.Profile))},
	} {
		s.Add(xlsx.Str(assessment.DomainLabel(d.D), xlsx.Bold), xlsx.Str(d.Text, xlsx.Wrap))
		wide()
	}
	s.Add()

	s.Add(xlsx.Str(l10n.T("Check"), xlsx.Header), xlsx.Str(l10n.T("What it asks and why"), xlsx.Header))
	wide()
	for _, k := range assessment.ProblemKinds {
		s.Add(xlsx.Str(k.Title(), xlsx.Bold), xlsx.Str(k.Explanation(), xlsx.Wrap))
		wide()
	}
	return nil
}

// namedOwnerCell is the action's named owner (Assessment.NamedOwner): the
// person recorded on it, or the holder the role register names for its
// owning function, still to be confirmed as the one who carries it. The
// register's entry leads with the words, since it may carry brackets of
// its own ("M. Example (IT Manager)").
func namedOwnerCell(a assessment.Assessment, act assessment.Action) xlsx.Cell {
	switch name, fromRegister := a.NamedOwner(act); {
	case fromRegister:
		return xlsx.Str(l10n.F("To confirm, from the role register: %s", name), xlsx.ToComplete)
	case name != "":
		return xlsx.Str(name, xlsx.Wrap)
	}
	return xlsx.Str(l10n.T("to name"), xlsx.ToComplete)
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
// their column headers, in English (the header translates them).
var sheetSoADomains = []struct {
	D    assessment.Domain
	Word string
}{
	{assessment.DomainIT, l10n.M("corporate IT")},
	{assessment.DomainOT, l10n.M("plant OT")},
	{assessment.DomainShared, l10n.M("shared infrastructure")},
}

// The SoA skeleton: one row per Annex A control with the roles the matrix
// gives it. Applicability, its justification and the implementation status
// come from the risk treatment (ISO/IEC 27001 6.1.3 d), which the
// assessment does not hold, so those cells stay empty and marked.
func buildSoA(in Input) ([]byte, error) {
	a := in.A
	var wb xlsx.Workbook
	s, err := wb.AddSheet(l10n.T("Statement of Applicability"))
	if err != nil {
		return nil, err
	}
	header := []string{l10n.X("id column", "Control"), l10n.T(shortTitleHeader), l10n.T("Theme")}
	for _, sd := range sheetSoADomains[:2] {
		header = append(header, l10n.F("Accountable — %s", l10n.T(sd.Word)), l10n.F("Responsible — %s", l10n.T(sd.Word)))
	}
	header = append(header, l10n.T(sheetSoASharedHeader))
	shared := l10n.T(sheetSoADomains[2].Word)
	header = append(header, l10n.F("Accountable — %s", shared), l10n.F("Responsible — %s", shared))
	header = append(header, l10n.T(sheetSoAProblemsHeader))
	pending := l10n.T(sheetSoAPending)
	header = append(header,
		l10n.F("Applicable (yes / no) — %s", pending),
		l10n.F("Justification for inclusion or exclusion — %s", pending),
		l10n.F("Implementation status — %s", l10n.T(sheetSoAStatusPending)))
	sheetHead(s, in, l10n.T("Statement of Applicability skeleton"),
		l10n.T("applicability and the justification for including or excluding each control from the risk treatment, and its implementation status from evidence of implementation (ISO/IEC 27001 6.1.3 d); add in the rows at the end any control the risk treatment takes from another source (6.1.3 b, c); then have top management approve the statement. The control names are short titles: the issued statement uses the standard's titles. The roles come from the ownership matrix; the tool decides no applicability.")+
			prefixed(" ", assessment.PresetOrigin(a)),
		header, 2)
	s.Widths = []float64{9, 40, 15, 20, 24, 20, 24, 18, 20, 24, 40, 16, 44, 20}

	// A row still as the preset the matrix was started from proposes
	// it is the tool's proposal, not a decision; an empty row is not yet
	// decided, never "none".
	preset, err := assessment.Preset(a.Model, a.Profile)
	if err != nil {
		preset = nil
	}
	setFlag, presetFlag, noneFlag := l10n.T(sheetSoASharedSet), l10n.T(sheetSoASharedPreset), l10n.T(sheetSoASharedNone)
	problems := problemsByRow(a)
	for _, c := range assessment.Controls() {
		cells := []xlsx.Cell{
			xlsx.Str(c.ID, xlsx.Plain),
			xlsx.Str(c.Label, xlsx.Wrap),
			xlsx.Str(c.Theme.Label(), xlsx.Plain),
		}
		for _, sd := range sheetSoADomains {
			k := assessment.CellKey{Control: c.ID, Domain: sd.D}
			row := a.Matrix[k]
			if sd.D == assessment.DomainShared {
				flag := xlsx.Str(noneFlag, xlsx.ToComplete)
				switch {
				case !sheetRowAssigned(row):
				case preset != nil && assessment.RowsEqual(row, preset[k]):
					flag = xlsx.Str(presetFlag, xlsx.Centre)
				default:
					flag = xlsx.Str(setFlag, xlsx.Centre)
				}
				cells = append(cells, flag)
			}
			acc, resp := sheetRolesHolding(a, row)
			cells = append(cells, xlsx.Str(acc, xlsx.Wrap), xlsx.Str(resp, xlsx.Wrap))
		}
		cells = append(cells, soaProblemsCell(problems, c.ID))
		cells = append(cells, xlsx.Str("", xlsx.ToComplete), xlsx.Str("", xlsx.ToComplete), xlsx.Str("", xlsx.ToComplete))
		s.Add(cells...)
	}
	// Controls beyond Annex A: the SoA lists every necessary control,
	// wherever it comes from (6.1.3 b–d), and a plant's often come from
	// IEC 62443-2-1 or EU GMP Annex 11. The tool knows none of them.
	extra := sheetSoAExtra
	if a.Profile.Validated {
		extra = sheetSoAExtraGMP
	}
	for range sheetSoAExtraRows {
		cells := make([]xlsx.Cell, len(header))
		for i := range cells {
			cells[i] = xlsx.Str("", xlsx.ToComplete)
		}
		cells[1] = xlsx.Str(l10n.T(extra), xlsx.ToComplete)
		s.Add(cells...)
	}
	sheetSignOff(s, len(header), l10n.T("the roles this statement names are assigned by top management (ISO/IEC 27001 5.3), and the statement is part of the risk treatment whose plan and residual risks the risk owners approve (6.1.3 d, f)."))
	return wb.Bytes()
}

// The shared-infrastructure column of the SoA says only whether the
// matrix sets roles for the control on the shared infrastructure. It
// stands next to "Applicable", so its header and values say plainly that
// it decides no applicability (6.1.3 d). They are English; the code
// that writes them translates them.
var (
	sheetSoASharedHeader = l10n.M("Shared-infrastructure row: RACI status (not applicability)")
	sheetSoASharedSet    = l10n.M("Roles set")
	sheetSoASharedPreset = l10n.M("Proposed (preset)")
	sheetSoASharedNone   = l10n.M("Not yet assigned")
)

// sheetSoAProblemsHeader heads the SoA column that carries the matrix
// checks' findings on a control's rows. A statement that names two
// accountable roles, or an accountable role that cannot act, must not
// read as a decision: the column says what to correct, and that it is a
// working column, not part of the issued statement. It is English; the
// code that writes it translates it.
var sheetSoAProblemsHeader = l10n.M("Matrix problems (resolve, then delete this column before issue)")

// soaProblemsCell lists the problems the matrix checks find on control
// id's rows, each with its domain, or is empty when there are none. A row
// nobody is assigned to is left out: its empty role cells and the RACI
// annex already say so.
func soaProblemsCell(problems map[assessment.CellKey][]assessment.Problem, id string) xlsx.Cell {
	var lines []string
	for _, d := range assessment.Domains {
		for _, p := range problems[assessment.CellKey{Control: id, Domain: d}] {
			if p.Kind == assessment.ProblemUnassigned {
				continue
			}
			lines = append(lines, assessment.DomainLabel(d)+" \u2014 "+p.Kind.Title()+": "+p.Message)
		}
	}
	if len(lines) == 0 {
		return xlsx.Str("", xlsx.Plain)
	}
	return xlsx.Str(strings.Join(lines, "\n"), xlsx.Problem)
}

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
	s, err := wb.AddSheet(l10n.T("Risk acceptance"))
	if err != nil {
		return nil, err
	}
	// The empty cells carry the roles document's placeholders (section
	// 6.2), so that the two read the same.
	marker := todo("…")
	header := sheetAuthorityHeader()
	complete := l10n.F("decide each cell marked “%s”, check that the levels match the risk scale of the risk assessment method (ISO/IEC 27001 6.1.2), and have top management approve the table (5.3, 6.1.3 f).", marker)
	// A written scheme the answers record (GOV-05 at 2 or more) is
	// transcribed, not decided afresh: telling the client to decide
	// what it says it has already decided contradicts the answer.
	if r, ok := assessment.WrittenSchemeOutsideTable(a); ok {
		l, _ := r.Level()
		complete = l10n.F("no authority table was recorded in the assessment, so every cell is marked “%[3]s”, but GOV-05 was rated %[1]s (%[2]d): transcribe the organisation's written risk-acceptance scheme into these rows and decide only what it does not cover; check that the levels match the risk scale of the risk assessment method (ISO/IEC 27001 6.1.2), and have top management approve the table (5.3, 6.1.3 f).", r.Label(), l, marker)
	}
	sheetHead(s, in, l10n.T("Risk-acceptance authority matrix"), complete+prefixed(" ", authorityOrigin(a)), header, 2)
	s.Widths = []float64{11, 26, 26, 26, 34, 16, 26}
	s.OnePage = true // 16 rows, the rules below them and the sign-off
	role := func(r assessment.Role) xlsx.Cell {
		if r == "" {
			return xlsx.Str(todo(l10n.T("role")), xlsx.ToComplete)
		}
		return xlsx.Str(assessment.RoleName(a.RoleNames, r), xlsx.Wrap)
	}
	for _, row := range assessment.AuthorityRows(a) {
		holder := xlsx.Str(sheetNone, xlsx.Plain)
		if row.Accept != "" {
			holder = sheetOrToComplete(a.Holders[row.Accept].Name, l10n.T("not named in the role register"))
		}
		// A row the table fills with nobody to consult records just that;
		// only a row not filled at all is left to decide, as the roles
		// document says.
		consult := xlsx.Str(todo(l10n.T(`roles to consult, or "none"`)), xlsx.ToComplete)
		if row.IsZero() && row.Key.Context == assessment.ContextRegulated {
			consult = xlsx.Str(todo(l10n.F("roles to consult, at least %s", regulatedVoices(a))), xlsx.ToComplete)
		}
		if !row.IsZero() {
			consult = xlsx.Str(l10n.T("none recorded"), xlsx.Wrap)
		}
		if len(row.Consult) > 0 {
			names := make([]string, len(row.Consult))
			for i, r := range row.Consult {
				names[i] = assessment.RoleName(a.RoleNames, r)
			}
			consult = xlsx.Str(strings.Join(names, "; "), xlsx.Wrap)
		}
		months := xlsx.Str(todo(l10n.T("months")), xlsx.ToComplete)
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
	s.Add(xlsx.Str(l10n.F("Precedence: %s", l10n.T(assessment.PrecedenceRule)), xlsx.Note))
	s.MergeAcross(len(s.Rows)-1, 0, len(header)-1)
	s.Add(xlsx.Str(assessment.RegulatedRowRules(a), xlsx.Note))
	s.MergeAcross(len(s.Rows)-1, 0, len(header)-1)
	sheetSignOff(s, len(header), l10n.T("who may accept which risk is an authority top management assigns (ISO/IEC 27001 5.3); each risk owner accepts residual risk within it (6.1.3 f)."))
	s.FilterLast = last
	return wb.Bytes()
}

// sheetAuthorityHeader is the header row of the authority matrix.
func sheetAuthorityHeader() []string {
	return []string{l10n.T("Risk level"), l10n.T("Context"), l10n.T("Lowest authority to accept"), l10n.T("Holder of that role (role register)"), l10n.T("Must be consulted first"), l10n.T("Longest acceptance (months)"), l10n.T("Escalates to")}
}

// sheetOwnerCheckHeader heads the action plan's column that asks to
// check an action's owning function, in the words the plan and the report
// use (assessment.Assessment.OwnerChecks). It is English; the code that
// writes it translates it.
var sheetOwnerCheckHeader = l10n.M("Owner check")

// The action plan as edited in the assessment, in the plan's order
// (priority, then the consultant's own actions).
func buildActions(in Input) ([]byte, error) {
	a := in.A
	var wb xlsx.Workbook
	s, err := wb.AddSheet(l10n.T("Action plan"))
	if err != nil {
		return nil, err
	}
	checkHeader := l10n.T(sheetOwnerCheckHeader)
	// The legend explains only the checks the sheet shows, as the plan's
	// caption does.
	checks := make([][]assessment.OwnerCheck, len(in.Actions))
	for i, act := range in.Actions {
		checks[i] = a.OwnerChecks(act)
	}
	complete := l10n.F("name an owner and a due date for every action, agree both with the owners, and record progress here; where “%s” has an entry, check the owning function recorded: confirm that it can do the work, or change it.", checkHeader)
	if legend := assessment.OwnerCheckLegend(checks...); legend != "" {
		complete += " " + legend
	}
	complete += " " + l10n.F("Order: first the actions whose answer raises a critical finding, then those raising a high one, each group followed by the findings of its severity that no answer raised; then the rest, and last the actions added by hand. Within each group the highest priority comes first, so a lower priority can stand above a higher one; an action that another needs first is moved up to stand just above the first action that needs it (columns “%s” and “%s”); an action whose first step cannot wait (“First, …”) keeps its place: that step waits for nothing, and what the rest of it needs first follows right below it. The priority (1 to 27) is the tool's weighting of the gap, not a risk rating.", l10n.T("Needs first"), l10n.T("Needed first for"))
	complete += " " + l10n.T("A finding is closed only when what it describes no longer holds; an action is often only the first step towards that.")
	if n := unansweredCount(a); n > 0 {
		complete += " " + l10n.N(n, "No action comes from the %d question asked that has no answer yet: a short plan does not mean there is nothing to do.", "No action comes from the %d questions asked that have no answer yet: a short plan does not mean there is nothing to do.")
	}
	sheetHead(s, in, l10n.T("Action plan"), complete,
		[]string{"ID", l10n.T("Action"), l10n.T("Where it stands"), l10n.T("Owning function"), checkHeader, l10n.T("Named owner"), l10n.T("Due"), l10n.T("Status"), l10n.T("Effort"), l10n.T("Priority"), l10n.T("Quick win"), l10n.T("Plant constraints"), l10n.T("References"), l10n.T("Source"), l10n.T("Findings it helps close"), l10n.T("Needs first"), l10n.T("Needed first for")}, 2)
	s.Widths = []float64{20, 50, 34, 22, 22, 20, 12, 12, 9, 9, 9, 34, 28, 50, 50, 14, 20} // the first fits a finding's ID
	// A finding no answer raised (on the matrix, the role register or the
	// authority table) has no action in the plan, which comes from the
	// answers: it is listed with its first step, so that the plan is not
	// shorter than what was found; a critical or high one before the
	// first action whose gap is less severe (see moreSevere), since the
	// plan is worked from the top.
	// One the plan already works on through its related question's action
	// (the matrix findings and CTL-01) is listed there, under "Findings it
	// helps close", not as a second row with another owner and date.
	var unasked []assessment.Finding
	for _, f := range in.Findings {
		if _, addressed := f.AddressedBy(in.Actions); f.Unasked() && !addressed {
			unasked = append(unasked, f)
		}
	}
	findingRow := func(f assessment.Finding) {
		stands := f.Title
		switch {
		case f.Detail != "":
			stands += "\n" + f.Detail
		case len(f.Cells) > 0:
			stands += "\n" + evidenceText(a, f)
		}
		s.Add(
			xlsx.Str(f.ID, xlsx.Plain),
			xlsx.Str(f.Step, xlsx.Wrap),
			xlsx.Str(stands, xlsx.Wrap),
			xlsx.Str(assessment.RoleName(a.RoleNames, f.StepOwner(a)), xlsx.Wrap),
			xlsx.Str("", xlsx.Plain),
			namedOwnerCell(a, assessment.Action{Owner: f.StepOwner(a)}),
			sheetOrToComplete("", l10n.T("to set")),
			xlsx.Str(assessment.StatusOpen.Label(), xlsx.Plain),
			xlsx.Str("", xlsx.Plain),
			xlsx.Str("", xlsx.Plain),
			xlsx.Str("", xlsx.Centre),
			xlsx.Str("", xlsx.Wrap),
			xlsx.Str(assessment.RefsText(f.Refs), xlsx.Wrap),
			xlsx.Str(l10n.T("Finding, not from a question"), xlsx.Wrap),
			xlsx.Str(f.Line(), xlsx.Wrap),
			xlsx.Str("", xlsx.Plain),
			xlsx.Str("", xlsx.Plain),
		)
	}
	gapOf := make(map[string]assessment.Severity, len(in.Actions))
	for _, act := range in.Actions {
		gapOf[act.ID] = act.Gap
	}
	for i, act := range in.Actions {
		// A prerequisite stands with the actions that need it: it is
		// placed as the most severe of them.
		gap := act.Gap
		for _, id := range act.FirstFor {
			if moreSevere(gapOf[id], gap) {
				gap = gapOf[id]
			}
		}
		for len(unasked) > 0 && (act.Added || moreSevere(unasked[0].Severity, gap)) {
			// The assessor's own actions come last, after every finding.
			findingRow(unasked[0])
			unasked = unasked[1:]
		}
		refs, source := "", l10n.T("Added by hand")
		if q, ok := assessment.QuestionByID(act.Question); ok {
			refs = assessment.RefsText(q.RefsFor(a.Profile))
			source = l10n.F("Question %s: %s", q.ID, q.For(a.Profile).Text)
		}
		priority := xlsx.Str("", xlsx.Plain)
		if act.Priority > 0 {
			priority = xlsx.Int(act.Priority, xlsx.Centre)
		}
		quick := ""
		if act.QuickWin {
			quick = l10n.T("Yes")
		}
		// The recorded owner stands; the checks on it are shown beside
		// it, one a line, for the consultant to look at.
		check := xlsx.Str("", xlsx.Plain)
		if len(checks[i]) > 0 {
			lines := make([]string, len(checks[i]))
			for j, c := range checks[i] {
				lines[j] = c.Short
			}
			check = xlsx.Str(strings.Join(lines, "\n"), xlsx.Problem)
		}
		// A first step that cannot wait is due now, whatever the date
		// set for the whole action.
		due := sheetOrToComplete(sheetDate(act.Target), l10n.T("to set"))
		if act.FirstStep != "" {
			// Marked to complete, as any due date not set yet.
			due = xlsx.Str(act.FirstStep+"; "+l10n.T("the rest: date to set"), xlsx.ToComplete)
			if act.Target != "" {
				due = xlsx.Str(act.FirstStep+"; "+l10n.F("the rest by %s", sheetDate(act.Target)), xlsx.Wrap)
			}
		}
		// Where the answer stands, with the respondent's note on it: what
		// the workshop found (a lost program, a flat network) travels with
		// the action that is tracked.
		stands := act.Detail
		if note := strings.TrimSpace(a.Answers[act.Question].Note); note != "" && act.Question != "" {
			stands += "\n" + l10n.F("Note: \u201c%s\u201d", note)
		}
		s.Add(
			xlsx.Str(act.ID, xlsx.Plain),
			xlsx.Str(act.Title, xlsx.Wrap),
			xlsx.Str(stands, xlsx.Wrap),
			xlsx.Str(assessment.RoleName(a.RoleNames, act.Owner), xlsx.Wrap),
			check,
			namedOwnerCell(a, act),
			due,
			xlsx.Str(act.Status.Label(), xlsx.Plain),
			xlsx.Str(act.Effort.Label(), xlsx.Plain),
			priority,
			xlsx.Str(quick, xlsx.Centre),
			xlsx.Str(act.Downtime, xlsx.Wrap),
			xlsx.Str(refs, xlsx.Wrap),
			xlsx.Str(source, xlsx.Wrap),
			xlsx.Str(findingsOf(in.Findings, act.Question), xlsx.Wrap),
			xlsx.Str(act.NeedsNote(), xlsx.Wrap),
			xlsx.Str(strings.Join(act.FirstFor, ", "), xlsx.Wrap),
		)
	}
	for _, f := range unasked {
		findingRow(f)
	}
	return wb.Bytes()
}

// findingsOf lists, one a line, the findings the action on question works
// towards closing (assessment.HelpsClose, named by Finding.Line), so that
// each row of the plan traces to the findings of the roles document and
// the results.
func findingsOf(fs []assessment.Finding, question string) string {
	var lines []string
	for _, f := range assessment.HelpsClose(fs, question) {
		lines = append(lines, f.Line())
	}
	return strings.Join(lines, "\n")
}

// prefixed is sep+s, or "" when s is "".
func prefixed(sep, s string) string {
	if s == "" {
		return ""
	}
	return sep + s
}

// moreSevere reports whether a finding of severity f goes before an
// action whose gap is g ("" for none): at the end of its own group of the
// plan (Severity.PlanGroup), so a critical or high finding goes before any
// action whose gap is less severe, and a medium one after the actions,
// whose priority already weighs their gaps.
func moreSevere(f, g assessment.Severity) bool {
	return f.PlanGroup() < g.PlanGroup()
}

// unansweredCount is the number of questions asked in a with no answer.
func unansweredCount(a assessment.Assessment) int {
	answered, total := assessment.Progress(a)
	return total - answered
}

// authorityOrigin says how much of a's risk-acceptance authority table is
// still the tool's proposal (assessment.AuthorityPresetKept), or "" when
// there is no model to compare with or no row is as the tool proposes
// it. Who may accept which risk, after hearing whom and for how long, is
// the organisation's risk acceptance criteria (ISO/IEC 27001 6.1.2 a 1),
// which top management decides (5.3, 6.1.3 f): a preset row must not
// read as that decision.
func authorityOrigin(a assessment.Assessment) string {
	m, kept, total, ok := assessment.AuthorityPresetKept(a)
	switch {
	case !ok || kept == 0:
		return ""
	}
	origin := l10n.F("Rows still as the tool proposes them for the %s ownership model and this profile: %d of %d. They are a proposal until top management has decided on them.", m.Name, kept, total)
	if kept == total {
		origin = l10n.F("This table is the tool's proposal for the %s ownership model and this profile, unchanged: every role, consultation and acceptance period in it is a proposal until top management has decided on it.", m.Name)
	}
	// Where the organisation has its own scheme, the proposal is checked
	// against it, not adopted in its place.
	if r, ok := assessment.WrittenScheme(a); ok {
		origin += " " + l10n.F("GOV-05 reports the organisation's own written acceptance scheme (answered \u201c%s\u201d): compare the two and enter the scheme's levels and roles here; the proposal does not replace the scheme.", r.Label())
	}
	return origin
}
