package pack

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/pack/docx"
)

// What the two Word documents share: the draft notice, the placeholders
// for what the assessment does not hold, and the readings of the matrix
// and the role register that both documents quote.

// todo is the visible placeholder for a fact the assessment does not
// hold: the consultant completes it, the tool never guesses it. what is
// already in the current language.
func todo(what string) string { return l10n.F("[to complete: %s]", what) }

// orTodo returns s, or the placeholder for what when s is blank.
func orTodo(s, what string) string {
	if strings.TrimSpace(s) == "" {
		return todo(what)
	}
	return s
}

// newDoc starts a Word document of kind id with its title, subtitle and
// draft notice. complete lists what must be done before the document is
// issued, after the items every document shares: by the consultant where
// the profile names one who runs the assessment, else, in a
// self-assessment, by the ISMS owner, who then needs no one to review
// the draft before top management approves it.
func newDoc(id string, in Input, complete ...string) *docx.Document {
	k, _ := KindByID(id)
	a := in.A
	site := orTodo(a.Profile.Site, l10n.T("site"))
	d := docx.New(k.Title+" – "+site, l10n.F("DRAFT – %s – %s", k.Title, site), in.Generated)
	d.Title(k.Title)
	d.Subtitle(orTodo(a.Profile.Organisation, l10n.T("organisation")) + " – " + site)
	lines := []string{
		l10n.F("Generated on %s by the ISMS Ownership Assessment from the assessment %q of %s (%s, %s). It records what the assessment holds and nothing more; where the assessment holds nothing, the text says %s.",
			docDay(in.Generated), a.Name, orTodo(l10n.StoredDate(a.Profile.Date), l10n.T("assessment date")),
			orTodo(a.Profile.Organisation, l10n.T("organisation")), site, todo("…")),
	}
	who, issue := l10n.T("Before this document is issued, the consultant must:"),
		l10n.T("have the document reviewed by the ISMS owner, approved by top management and placed under document control (ISO/IEC 27001:2022 7.5), then remove this notice.")
	if strings.TrimSpace(a.Profile.Assessor) == "" {
		who, issue = l10n.T("Before this document is issued, the ISMS owner must:"),
			l10n.T("have the document approved by top management and placed under document control (ISO/IEC 27001:2022 7.5), then remove this notice.")
	}
	lines = append(lines, who)
	for _, c := range complete {
		lines = append(lines, "• "+c)
	}
	lines = append(lines,
		"• "+l10n.F("replace every %s placeholder, or state why it does not apply;", todo("…")),
		"• "+issue)
	d.Notice(l10n.T("DRAFT – not yet approved"), lines...)
	docControl(d, a)
	return d
}

// docControl writes the document-control table: who owns and approves
// the document and its version, left for the consultant, because the
// assessment knows none of them.
func docControl(d *docx.Document, a assessment.Assessment) {
	owner := holderName(a, assessment.RoleISMSOwner)
	d.Table(docx.Table{
		Widths:    []int{3000, docx.TextWidth - 3000},
		BoldFirst: true,
		Header:    []string{l10n.T("Document control"), ""},
		Rows: [][]string{
			{l10n.T("Document owner"), roleAndHolder(a, assessment.RoleISMSOwner, owner)},
			{l10n.T("Approved by"), todo(l10n.T("name and function of the approver"))},
			{l10n.T("Version and approval date"), todo(l10n.T("version, date"))},
			{l10n.T("Next review"), todo(l10n.T("date; at the latest after the next management review or a change of ownership model"))},
			{l10n.T("Distribution"), todo(l10n.T("who receives it (ISO/IEC 27001:2022 5.3: roles are communicated)"))},
		},
	})
}

// holderName returns the named holder of r, or "" when the register names
// nobody.
func holderName(a assessment.Assessment, r assessment.Role) string {
	return strings.TrimSpace(a.Holders[r].Name)
}

// roleAndHolder writes "Role title: Name", with the name placeholder when
// the role is vacant in the register.
func roleAndHolder(a assessment.Assessment, r assessment.Role, name string) string {
	return assessment.RoleName(a.RoleNames, r) + ": " + orTodo(name, l10n.T("name"))
}

// roleList joins the titles of roles, "" for none.
func roleList(a assessment.Assessment, roles []assessment.Role) string {
	return assessment.JoinRoleNames(a.RoleNames, roles)
}

// lettered returns the roles of row k whose letter passes keep, in matrix
// column order.
func lettered(m assessment.Matrix, k assessment.CellKey, keep func(assessment.Letter) bool) []assessment.Role {
	var out []assessment.Role
	for _, r := range assessment.RACIRoles {
		if l, ok := m[k][r]; ok && keep(l) {
			out = append(out, r)
		}
	}
	return out
}

// rowRoles says who holds a letter kind on control c in domain d, as
// titles, or what the matrix lacks.
func rowRoles(a assessment.Assessment, c string, d assessment.Domain, keep func(assessment.Letter) bool, what string) string {
	rs := lettered(a.Matrix, assessment.CellKey{Control: c, Domain: d}, keep)
	if len(rs) == 0 {
		return todo(l10n.F("%s – the matrix names none for %s in %s", what, c, assessment.DomainLabel(d)))
	}
	return roleList(a, rs)
}

// matrixUntouched reports whether no row of a's matrix holds a letter
// (assessment.MatrixStatusOf decides nothing; the findings raise
// matrix-not-started). Counts and empty cells read from such a matrix
// are no decision at all, and the documents say so once rather than
// show "0 rows", "None" or a placeholder per row as if top management
// had assigned nothing (ISO/IEC 27001:2022 5.3).
func matrixUntouched(a assessment.Assessment) bool {
	return assessment.MatrixStatusOf(a).Decided == 0
}

// matrixNotStartedText stands in the roles document for every part read
// from an untouched matrix.
func matrixNotStartedText() string {
	return l10n.T("The ownership matrix has not been started (section 9): no role is yet assigned to any Annex A control. The assignments in this section are completed from the matrix once top management has approved it (ISO/IEC 27001:2022 5.3).")
}

// shortTitleHeader heads the column of the controls' short titles in the
// roles document, the RACI annex and the SoA: the issued documents use
// the standard's own titles, which the tool does not reproduce. It is
// English; the code that writes it translates it.
var shortTitleHeader = l10n.M("Annex A control (the tool's short title: give the standard's title in the issued document)")

// modelOf returns the model in use (assessment.ModelInUse) and whether
// the profile records it as the model the organisation runs; otherwise it
// is only the tool's preset the matrix was started from, a proposal the
// documents must not state as the organisation's decision. ok is false
// when neither says.
func modelOf(a assessment.Assessment) (m assessment.Model, recorded, ok bool) {
	m, ok = assessment.ModelByID(assessment.ModelInUse(a))
	return m, ok && a.Profile.OwnershipModel != "", ok
}

// roleCount is how many matrix rows one role holds a letter kind in.
type roleCount struct {
	role assessment.Role
	n    int
}

// countRoles counts, over the rows of controls in domain d, the rows in
// which each role's letter passes keep, most rows first (ties in matrix
// column order), and the rows in which no role does.
func countRoles(m assessment.Matrix, controls []assessment.Control, d assessment.Domain, keep func(assessment.Letter) bool) (counts []roleCount, none int) {
	n := map[assessment.Role]int{}
	for _, c := range controls {
		rs := lettered(m, assessment.CellKey{Control: c.ID, Domain: d}, keep)
		if len(rs) == 0 {
			none++
		}
		for _, r := range rs {
			n[r]++
		}
	}
	for _, r := range assessment.RACIRoles {
		if n[r] > 0 {
			counts = append(counts, roleCount{r, n[r]})
		}
	}
	// Insertion sort keeps column order among equal counts.
	for i := 1; i < len(counts); i++ {
		for j := i; j > 0 && counts[j].n > counts[j-1].n; j-- {
			counts[j], counts[j-1] = counts[j-1], counts[j]
		}
	}
	return counts, none
}

// countsText writes counts as "OT lead 20, ISMS owner 5".
func countsText(a assessment.Assessment, counts []roleCount) string {
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = assessment.RoleName(a.RoleNames, c.role) + " " + strconv.Itoa(c.n)
	}
	return strings.Join(parts, ", ")
}

// controlsOf returns the controls of theme t.
func controlsOf(t assessment.Theme) []assessment.Control {
	var out []assessment.Control
	for _, c := range assessment.Controls() {
		if c.Theme == t {
			out = append(out, c)
		}
	}
	return out
}

// themeLabel names an Annex A theme with its clause number.
func themeLabel(t assessment.Theme) string {
	switch t {
	case assessment.ThemeOrganizational:
		return l10n.T("Organizational controls (5.x)")
	case assessment.ThemePeople:
		return l10n.T("People controls (6.x)")
	case assessment.ThemePhysical:
		return l10n.T("Physical controls (7.x)")
	case assessment.ThemeTechnological:
		return l10n.T("Technological controls (8.x)")
	}
	return string(t)
}

// letterCounts counts the rows of the whole matrix that give role r an A
// or A/R, and those that give it an R or A/R.
func letterCounts(m assessment.Matrix, r assessment.Role) (accountable, responsible int) {
	for _, row := range m {
		l := row[r]
		if l.Accountable() {
			accountable++
		}
		if l.Responsible() {
			responsible++
		}
	}
	return accountable, responsible
}

// domainCounts says, per domain, in how many rows r is accountable and in
// how many responsible: "Corporate IT: A 12, R 30; …"; "" when r holds
// neither anywhere.
func domainCounts(a assessment.Assessment, r assessment.Role) string {
	var parts []string
	for _, d := range assessment.Domains {
		var acc, resp int
		for _, c := range assessment.Controls() {
			l := a.Matrix[assessment.CellKey{Control: c.ID, Domain: d}][r]
			if l.Accountable() {
				acc++
			}
			if l.Responsible() {
				resp++
			}
		}
		if acc+resp > 0 {
			parts = append(parts, l10n.F("%s: accountable for %d, responsible for %d", assessment.DomainLabel(d), acc, resp))
		}
	}
	return strings.Join(parts, "; ")
}

// controlsWhere lists the controls (with the domain when not all three)
// in which r's letter passes keep: "5.19–5.22" is not compressed, the
// list is as the matrix holds it, e.g. "6.1, 6.2 (Corporate IT, Plant
// OT)". A row where r is accountable beside another role says that one
// accountable role is still to be decided. At most limit controls are
// listed, then "and n more".
func controlsWhere(a assessment.Assessment, r assessment.Role, keep func(assessment.Letter) bool, limit int) string {
	var parts []string
	more := 0
	for _, c := range assessment.Controls() {
		var ds, several []string
		for _, d := range assessment.Domains {
			row := a.Matrix[assessment.CellKey{Control: c.ID, Domain: d}]
			if keep(row[r]) {
				ds = append(ds, assessment.DomainLabel(d))
				// r answers for the row beside another role: a problem
				// the checks flag, said where the row is listed.
				if row[r].Accountable() && accountableCount(row) > 1 {
					several = append(several, assessment.DomainLabel(d))
				}
			}
		}
		if len(ds) == 0 {
			continue
		}
		if len(parts) == limit {
			more++
			continue
		}
		s := c.ID + " " + c.Label
		if len(ds) < len(assessment.Domains) {
			s += " (" + strings.Join(ds, ", ") + ")"
		}
		if len(several) > 0 {
			s += " " + todo(l10n.F("one accountable role for %s; the matrix names several", strings.Join(several, ", ")))
		}
		parts = append(parts, s)
	}
	out := strings.Join(parts, "; ")
	if more > 0 {
		out += l10n.F("; and %d more (see the RACI annex)", more)
	}
	return out
}

// accountableCount is how many roles answer for row (A or A/R).
func accountableCount(row assessment.RACI) int {
	n := 0
	for _, l := range row {
		if l.Accountable() {
			n++
		}
	}
	return n
}

// isAccountable and isResponsible are the letter tests, as values.
func isAccountable(l assessment.Letter) bool { return l.Accountable() }
func isResponsible(l assessment.Letter) bool { return l.Responsible() }
func isConsulted(l assessment.Letter) bool   { return l == assessment.LetterConsulted }

// theRole writes role r for the middle of a sentence. A role one person
// holds takes the article and, when it is the default label, a small
// first letter unless it starts with an acronym: "the site / plant
// director", "the IT lead". A function (Quality & validation, EHS /
// process safety, HR …) reads as a name and is kept as it is, as is a
// title the organisation gave, since only it knows its case.
func theRole(a assessment.Assessment, r assessment.Role) string {
	name := assessment.RoleName(a.RoleNames, r)
	// German capitalises nouns and has no article that fits every title:
	// its sentences place a role where it reads without one.
	if l10n.Current() == l10n.DE || !slices.Contains(personRoles, r) {
		return name
	}
	if name != assessment.RoleLabel(r) {
		return "the " + name
	}
	rs := []rune(name)
	if len(rs) > 1 && unicode.IsUpper(rs[0]) && unicode.IsLower(rs[1]) {
		rs[0] = unicode.ToLower(rs[0])
	}
	return "the " + string(rs)
}

// personRoles are the roles named after the one person who holds them,
// as against the functions a department answers for.
var personRoles = []assessment.Role{
	assessment.RoleExecutive, assessment.RoleISMSOwner, assessment.RoleSite,
	assessment.RoleIT, assessment.RoleOT, assessment.RoleDPO,
}

// accountableRoles says who is accountable (A or A/R) for control c in
// domain d. A row the matrix gives several accountable roles is a
// problem the checks flag (several-A), not a shared duty: the document
// leaves the one role to be decided rather than state that all of them
// answer for it.
func accountableRoles(a assessment.Assessment, c string, d assessment.Domain) string {
	if rs := lettered(a.Matrix, assessment.CellKey{Control: c, Domain: d}, isAccountable); len(rs) > 1 {
		return todo(l10n.F("one accountable role; the matrix names several (%s)", roleList(a, rs)))
	}
	return rowRoles(a, c, d, isAccountable, l10n.T("accountable role")) + questioned(a, c, d)
}

// accountableInText is accountableRoles for the middle of a sentence: one
// role as theRole writes it.
func accountableInText(a assessment.Assessment, c string, d assessment.Domain) string {
	if rs := lettered(a.Matrix, assessment.CellKey{Control: c, Domain: d}, isAccountable); len(rs) == 1 {
		return theRole(a, rs[0]) + questioned(a, c, d)
	}
	return accountableRoles(a, c, d)
}

// questioned is what a document adds to the accountable role of control
// c in domain d where a finding questions that A on the answers
// (assessment.QuestionedAccountables), with a leading space; "" otherwise.
func questioned(a assessment.Assessment, c string, d assessment.Domain) string {
	if !slices.Contains(assessment.QuestionedAccountables(a), assessment.CellKey{Control: c, Domain: d}) {
		return ""
	}
	return " " + l10n.T("(which a finding questions: the answers do not show this role's authority on the plant floor)")
}

// withHolder writes "Role title, Name", with the name placeholder when
// the register names nobody, and the entry alone when it starts with the
// title already ("Executive Board (chair L. Example)" for the Executive
// Board): a body is often entered under its own name.
func withHolder(a assessment.Assessment, r assessment.Role) string {
	return namedAs(a, r, assessment.RoleName(a.RoleNames, r))
}

// namedAs writes r as title (its name, or theRole's form of it) and its
// holder: "title, Name", the name placeholder when the register names
// nobody, and the entry alone when it starts with the role's name.
func namedAs(a assessment.Assessment, r assessment.Role, title string) string {
	name := holderName(a, r)
	if name != "" && strings.HasPrefix(strings.ToLower(name), strings.ToLower(assessment.RoleName(a.RoleNames, r))) {
		return name
	}
	return title + ", " + orTodo(name, l10n.T("name"))
}

// registerNotes is what the role register's findings say about each
// holder, so that a document can say it next to the name rather than
// only in its list of gaps: which other roles the same person holds that
// the findings flag as conflicting, and whose confirmation is overdue.
// The findings are the one judge; the documents only place their verdict.
type registerNotes struct {
	conflicts map[assessment.Role][]assessment.Role
	overdue   map[assessment.Role]bool
	asOf      string
}

// notesOf reads the register notes of a from its findings fs.
//
// A role's conflicting partners are the other roles of the
// "roles-conflict" finding with the same holder (assessment.PersonKey)
// whose pair the finding's Detail names ("X and Y have the same
// holder"); should Detail name no pair for a role, every same-holder
// role of the finding counts, so that a change of wording never hides
// the conflict. A confirmation is overdue when the "role-not-confirmed"
// finding names a role whose holder has a confirmation date: that
// finding names the undated ones too, which are shown as missing.
func notesOf(a assessment.Assessment, fs []assessment.Finding) registerNotes {
	n := registerNotes{
		conflicts: map[assessment.Role][]assessment.Role{},
		overdue:   map[assessment.Role]bool{},
		asOf:      assessment.AsOf(a),
	}
	for _, f := range fs {
		switch f.ID {
		case assessment.FindingRolesConflict:
			// The finding names the pairs that conflict; a holder of
			// both is noted against each.
			for _, pair := range f.Conflicts {
				for i, r := range pair {
					p := pair[1-i]
					if !slices.Contains(n.conflicts[r], p) {
						n.conflicts[r] = append(n.conflicts[r], p)
					}
				}
			}
		case assessment.FindingRoleNotConfirmed:
			for _, r := range f.Roles {
				if a.Holders[r].Confirmed != "" {
					n.overdue[r] = true
				}
			}
		}
	}
	return n
}

// holder writes r's holder for a table cell: the name or its
// placeholder, and, on a line of its own, the conflict the findings flag.
func (n registerNotes) holder(a assessment.Assessment, r assessment.Role) string {
	what := l10n.T("name")
	if r == assessment.RoleIntegrator {
		what = l10n.T("company")
	}
	s := orTodo(holderName(a, r), what)
	if c := n.conflict(a, r); c != "" {
		s += "\n" + c
	}
	return s
}

// conflict says which conflicting roles the holder of r also holds, ""
// when the findings flag none.
func (n registerNotes) conflict(a assessment.Assessment, r assessment.Role) string {
	ps := n.conflicts[r]
	if len(ps) == 0 {
		return ""
	}
	if len(ps) == 1 {
		return l10n.F("Also holds the role %s: these roles should be held by different people (Annex A 5.3); where that is not possible, record the compensating control, such as an independent review of this person's approvals, in the risk treatment.", roleList(a, ps))
	}
	return l10n.F("Also holds the roles %s: these roles should be held by different people (Annex A 5.3); where that is not possible, record for each pair the compensating control, such as an independent review of this person's approvals, in the risk treatment.", roleList(a, ps))
}

// pairs lists each pair of conflicting roles one person holds once, in
// matrix column order: "ISMS owner (CISO / risk) and IT lead".
func (n registerNotes) pairs(a assessment.Assessment) []string {
	var out []string
	for i, r := range assessment.RACIRoles {
		for _, p := range assessment.RACIRoles[i+1:] {
			if slices.Contains(n.conflicts[r], p) {
				out = append(out, l10n.F("%s and %s", assessment.RoleName(a.RoleNames, r), assessment.RoleName(a.RoleNames, p)))
			}
		}
	}
	return out
}

// confirmed writes r's last confirmation for a table cell, marked overdue
// when the findings judge it more than a year old.
func (n registerNotes) confirmed(a assessment.Assessment, r assessment.Role) string {
	c := strings.TrimSpace(a.Holders[r].Confirmed)
	if c == "" {
		return todo(l10n.T("date confirmed"))
	}
	if n.overdue[r] {
		return l10n.StoredDate(c) + "\n" + l10n.F("overdue: more than 12 months before %s", l10n.StoredDate(n.asOf))
	}
	return l10n.StoredDate(c)
}

// findingByID returns the finding of fs with id.
func findingByID(fs []assessment.Finding, id string) (assessment.Finding, bool) {
	for _, f := range fs {
		if f.ID == id {
			return f, true
		}
	}
	return assessment.Finding{}, false
}

// scopeText says what site the document covers and leaves open whether
// the ISMS covers more: the assessment is of one site, and the number of
// plants in the profile does not say which of them the ISMS scope holds.
// covers is the subject and verb, "This document covers", in the current
// language.
func scopeText(a assessment.Assessment, covers string) string {
	return l10n.F("%s the site of the assessment, %s. Whether the ISMS scope covers other sites as well: %s.",
		covers, orTodo(a.Profile.Site, l10n.T("site")), todo(l10n.T(`the other sites in the ISMS scope, or "none"`)))
}

// docDay writes the day a document is generated on: as YYYY-MM-DD in
// English, as the language writes a date otherwise.
func docDay(t time.Time) string {
	return l10n.StoredDate(t.Format("2006-01-02"))
}

// unansweredText says how much of the questionnaire is open, before any
// sentence that could read as a clean result: the questions asked with
// no answer (they raise nothing) and those answered "unknown" (each
// counts as not in place until checked, but establishes no fact). ""
// when every question asked has an answer other than "unknown".
func unansweredText(a assessment.Assessment) string {
	asked := assessment.Asked(a)
	open := unansweredCount(a)
	var unknown []string
	for _, q := range asked {
		if a.Answers[q.ID].Rating == assessment.RatingUnknown {
			unknown = append(unknown, q.ID)
		}
	}
	var out []string
	if open > 0 {
		out = append(out, fmt.Sprintf(l10n.N(open, "The questionnaire is not complete: %d of the %%d questions asked has no answer, and the assessment draws no conclusion on it. The findings rest on the answers given and on the matrix only.",
			"The questionnaire is not complete: %d of the %%d questions asked have no answer, and the assessment draws no conclusion on them. The findings rest on the answers given and on the matrix only."), len(asked)))
	}
	if len(unknown) > 0 {
		out = append(out, fmt.Sprintf(l10n.N(len(unknown), "%d question asked was answered \"unknown\" (%%s): it counts as not in place until checked, and the plan has an action to find out; a finding that rests only on such answers says \"not established whether\".",
			"%d questions asked were answered \"unknown\" (%%s): each counts as not in place until checked, and the plan has an action to find out; a finding that rests only on such answers says \"not established whether\"."), strings.Join(unknown, ", ")))
	}
	return strings.Join(out, " ")
}

// unknownCount is the number of questions asked in a answered
// "unknown".
func unknownCount(a assessment.Assessment) int {
	n := 0
	for _, q := range assessment.Asked(a) {
		if a.Answers[q.ID].Rating == assessment.RatingUnknown {
			n++
		}
	}
	return n
}

// anyAnswered reports whether any question asked in a has an answer
// (unknown and not applicable included).
func anyAnswered(a assessment.Assessment) bool {
	for _, q := range assessment.Asked(a) {
		if a.Answers[q.ID].Rating != "" {
			return true
		}
	}
	return false
}

// maxEvidenceRows is how many matrix rows a finding's evidence lists
// before it counts the rest: the full list is the RACI annex.
const maxEvidenceRows = 6

// evidenceText is what raised finding f, for a reader to trace it: each
// question with its answer ("INC-01: Initial (1)") and the respondent's
// note on it, where there is one, then the matrix rows
// ("8.8 Plant OT"). A finding about the matrix as a whole, the register or
// the authority table says what it found in its Detail instead, and gets
// "–" here.
func evidenceText(a assessment.Assessment, f assessment.Finding) string {
	var parts []string
	for _, id := range f.Questions {
		r := a.Answers[id].Rating
		part := id + ": " + r.Label()
		if l, ok := r.Level(); ok {
			part += " (" + strconv.Itoa(l) + ")"
		}
		// In a consensus, how the session reached the answer, as the
		// report says it too.
		part += assessment.ConsensusEvidence(a, id)
		if note := strings.TrimSpace(a.Answers[id].Note); note != "" {
			part += l10n.F(". Note: \u201c%s\u201d", note)
		}
		parts = append(parts, part)
	}
	for i, k := range f.Cells {
		if i == maxEvidenceRows {
			parts = append(parts, l10n.N(len(f.Cells)-i, "and %d more row (RACI annex)", "and %d more rows (RACI annex)"))
			break
		}
		parts = append(parts, k.Label())
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, "\n")
}

// flaggedRows are the rows of a's matrix whose assignment the matrix
// checks flag, in matrix order, leaving out rows nobody is assigned to
// (the documents say those are open). The documents count such rows as
// they stand; they must say that the rows are to be corrected, or a
// second accountable role or an owner who cannot act would read as
// decided.
func flaggedRows(a assessment.Assessment) []assessment.CellKey {
	var out []assessment.CellKey
	for _, p := range assessment.CheckMatrix(a) {
		if p.Kind == assessment.ProblemUnassigned {
			continue
		}
		if n := len(out); n == 0 || out[n-1] != p.Key {
			out = append(out, p.Key)
		}
	}
	return out
}

// flaggedPointer is said in the sections that read the matrix row by
// role when flaggedRows is not empty. It is English, for the catalogue.
var flaggedPointer = l10n.M("Some rows read here are flagged by the matrix checks and are to be corrected before this document is issued; section 10 lists them.")
