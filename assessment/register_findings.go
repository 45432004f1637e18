package assessment

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The findings of the role register and the authority table. Each states
// what the register or the table records, never what the organisation
// does: a finding reads "the register names nobody", not "nobody holds
// the role", so that none contradicts an answer. A register nobody has
// started (no holder named) and an authority table nobody has started
// (no row filled) raise nothing: the evidence pack then leaves them
// blank for the consultant, and a wall of "vacant" lines about an input
// never opened would bury the findings that matter.

// Finding IDs of the role register and the authority table.
const (
	FindingRoleVacant                = "role-vacant"
	FindingRoleNoDeputy              = "role-no-deputy"
	FindingRolesConflict             = "roles-conflict"
	FindingRoleNotConfirmed          = "role-not-confirmed"
	FindingAuthorityNoAcceptor       = "authority-no-acceptor"
	FindingAuthorityCriticalBelowTop = "authority-critical-below-top"
	FindingAuthorityRegulatedUnheard = "authority-regulated-unheard"
)

// registerHit is what a register rule found: the roles or the authority
// rows involved, and Detail, the sentence that lists them by name. A zero
// hit means the rule does not fire.
type registerHit struct {
	roles []Role
	risks []AuthorityKey
	cells []CellKey // matrix rows where the register's problem bites
	// conflicts are the pairs of conflicting roles held by one person
	// (checkConflicts), as Finding.Conflicts.
	conflicts [][2]Role
	detail    string
}

// registerCheck is a rule over the register and the authority table.
type registerCheck func(a Assessment) registerHit

// RegisterStarted reports whether a names at least one role holder.
func RegisterStarted(a Assessment) bool {
	for _, h := range a.Holders {
		if h.Name != "" {
			return true
		}
	}
	return false
}

// AuthorityStarted reports whether a's authority table has a filled row.
func AuthorityStarted(a Assessment) bool {
	for _, v := range a.Authority {
		if !v.IsZero() {
			return true
		}
	}
	return false
}

// AsOf is the day the register's confirmations are judged against: the
// assessment date of the profile, else the day of the last change, else
// "". Findings never read the clock, so the same record always gives the
// same findings.
func AsOf(a Assessment) string {
	if _, err := time.Parse(dateLayout, a.Profile.Date); err == nil {
		return a.Profile.Date
	}
	if len(a.Updated) >= len(dateLayout) {
		if _, err := time.Parse(dateLayout, a.Updated[:len(dateLayout)]); err == nil {
			return a.Updated[:len(dateLayout)]
		}
	}
	return ""
}

// matrixRoles returns the roles for which want holds for at least one of
// their letters in the matrix, in RACIRoles order.
func matrixRoles(m Matrix, want func(Letter) bool) []Role {
	found := map[Role]bool{}
	for _, row := range m {
		for r, l := range row {
			if want(l) {
				found[r] = true
			}
		}
	}
	var out []Role
	for _, r := range RACIRoles {
		if found[r] {
			out = append(out, r)
		}
	}
	return out
}

func ownsOrRuns(l Letter) bool { return l.Accountable() || l.Responsible() }

// roleList names roles as a reads them: "IT lead, OT / automation lead".
func roleList(a Assessment, roles []Role) string { return JoinRoleNames(a.RoleNames, roles) }

// checkVacant: roles that hold A, A/R or R somewhere in the matrix but
// have no named holder, once the register is started, and those whose
// entry says the role is vacant somewhere (SaysVacant): with several
// plants a plant role has a holder at each, and the register form asks
// to write "vacant" for a plant without one. The entry is quoted, so the
// finding says only what the register records.
func checkVacant(a Assessment) registerHit {
	if !RegisterStarted(a) {
		return registerHit{}
	}
	var empty, partly []Role
	for _, r := range matrixRoles(a.Matrix, ownsOrRuns) {
		switch name := a.Holders[r].Name; {
		case name == "":
			empty = append(empty, r)
		case SaysVacant(name):
			partly = append(partly, r)
		}
	}
	var detail []string
	if len(empty) > 0 {
		detail = append(detail, l10n.F("No holder named for: %s.", roleList(a, empty)))
	}
	if len(partly) > 0 {
		quoted := make([]string, len(partly))
		for i, r := range partly {
			quoted[i] = l10n.F("%s (\u201c%s\u201d)", a.RoleName(r), a.Holders[r].Name)
		}
		detail = append(detail, l10n.F("Vacant in part, as the register records: %s.", strings.Join(quoted, "; ")))
	}
	if len(detail) == 0 {
		return registerHit{}
	}
	return registerHit{roles: append(empty, partly...), detail: strings.Join(detail, " ")}
}

// RegisterHolds reports whether a's role register names a holder for
// role r: an entry that is not empty and does not say the role is vacant
// (SaysVacant).
func RegisterHolds(a Assessment, r Role) bool {
	name := strings.TrimSpace(a.Holders[r].Name)
	return name != "" && !SaysVacant(name)
}

// vacancyWords are the words that mark a holder entry as vacant in part,
// in the tool's languages: the register form asks for "vacant" where a
// plant has no holder, and people also write "open", "offen", "TBD" or
// the German placeholder "N.N.". They are matched as whole words, so that
// a surname such as "Openshaw" is not read as a vacancy.
var vacancyWords = []string{"vacant", "vakant", "unbesetzt", "open", "offen", "tbd", "n.n"}

// SaysVacant reports whether a holder entry says the role is vacant,
// at one plant or everywhere ("G. Example (Plant 1); Plant 2 vacant").
func SaysVacant(name string) bool { return slices.ContainsFunc(holderWords(name), isVacancyWord) }

// holderWords are the words of a holder entry, in lower case: runs of
// letters, digits and inner dots, so "N.N." stays one word ("n.n" once
// its last dot is trimmed, which isVacancyWord does).
func holderWords(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	})
}

// isVacancyWord reports whether w, a word of holderWords, is one of
// vacancyWords.
func isVacancyWord(w string) bool { return slices.Contains(vacancyWords, strings.Trim(w, ".")) }

// OTVacantInPart reports whether a's role register names an OT lead at
// some of several plants and records the role as vacant at the others:
// the entry says vacant (SaysVacant) and names more than the vacancy,
// such as "E. Example (Plant 1); vacant (Plant 2)".
func OTVacantInPart(a Assessment) bool {
	name := a.Holders[RoleOT].Name
	if a.Profile.Plants == 1 || !SaysVacant(name) {
		return false
	}
	return slices.ContainsFunc(holderWords(name), func(w string) bool { return !isVacancyWord(w) })
}

// checkNoDeputy: roles accountable (A or A/R) somewhere in the matrix
// whose named holder has no deputy. A vacant role is checkVacant's. The
// executive sponsor is left out: top management is often a body (a
// board) that acts under its own rules of procedure and has no deputy,
// and ROL-08, which asks for deputies, names the security roles only.
func checkNoDeputy(a Assessment) registerHit {
	var roles []Role
	for _, r := range matrixRoles(a.Matrix, Letter.Accountable) {
		if h := a.Holders[r]; r != RoleExecutive && RegisterHolds(a, r) && h.Deputy == "" {
			roles = append(roles, r)
		}
	}
	if len(roles) == 0 {
		return registerHit{}
	}
	return registerHit{roles: roles, detail: l10n.F("No deputy named for: %s.", roleList(a, roles))}
}

// conflict is a pair of roles one person must not hold together, and
// when the pair matters.
type conflict struct {
	a, b Role
	// applies says whether the pair conflicts for profile p; nil always.
	applies func(p Profile) bool
	// why is the duty the pair defeats, for Detail.
	why string
}

// conflicts are the pairs of roles that one person holding both defeats
// segregation of duties (Annex A 5.3) or an independence the role needs:
//   - executive sponsor and ISMS owner: top management directs and
//     reviews the ISMS (5.1, 9.3) and commissions its independent review
//     (Annex A 5.35); held by its owner, the ISMS reviews itself;
//   - ISMS owner and IT lead, ISMS owner and OT lead: the ISMS owner
//     oversees the domains, checks their compliance (Annex A 5.36) and
//     accepts or escalates their risks; held by a domain lead, the domain
//     oversees itself;
//   - OT lead and Quality on a GMP site: Quality approves changes to
//     validated plant systems (EU GMP Annex 11), which the OT lead makes;
//   - plant operations and Quality on a GMP site: the quality unit must be
//     independent of production (EU GMP Chapter 2);
//   - OT lead and EHS in a safety-critical process: process safety
//     assesses changes to control and safety systems that the OT lead
//     makes (management of change, IEC 61511 functional safety
//     assessment);
//   - data protection officer and ISMS owner or IT lead: a DPO may hold
//     other duties only where they cause no conflict of interest (GDPR
//     Art. 38(6)); deciding on the security of processing is one.
var conflicts = []conflict{
	{a: RoleExecutive, b: RoleISMSOwner, why: l10n.M("top management would review its own management system")},
	{a: RoleISMSOwner, b: RoleIT, why: l10n.M("the ISMS owner would oversee and accept the risks of its own domain")},
	{a: RoleISMSOwner, b: RoleOT, why: l10n.M("the ISMS owner would oversee and accept the risks of its own domain")},
	{a: RoleOT, b: RoleQuality, applies: func(p Profile) bool { return p.Validated },
		why: l10n.M("Quality would approve its own changes to validated systems")},
	{a: RoleOperations, b: RoleQuality, applies: func(p Profile) bool { return p.Validated },
		why: l10n.M("the quality unit would not be independent of production")},
	{a: RoleOT, b: RoleEHS, applies: func(p Profile) bool { return p.SafetyCritical },
		why: l10n.M("process safety would assess its own changes to control systems")},
	{a: RoleISMSOwner, b: RoleDPO, why: l10n.M("the data protection officer would monitor its own security decisions")},
	{a: RoleIT, b: RoleDPO, why: l10n.M("the data protection officer would monitor its own security decisions")},
}

// checkConflicts: one person named as holder of two roles that conflict
// (see conflicts), and one person named for the role that approves (A) and
// a role that does the work (R) on a row of SeparatedControls (see
// samePersonPairs), with those rows as the finding's cells. The two are one
// finding: both are the register putting duties that must be kept apart in
// one pair of hands, and the rows show where a conflicting pair bites.
func checkConflicts(a Assessment) registerHit {
	var hit registerHit
	var lines []string
	addRoles := func(rs ...Role) {
		for _, r := range rs {
			if !slices.Contains(hit.roles, r) {
				hit.roles = append(hit.roles, r)
			}
		}
	}
	for _, c := range conflicts {
		if c.applies != nil && !c.applies(a.Profile) {
			continue
		}
		x, y := a.Holders[c.a].Name, a.Holders[c.b].Name
		if x == "" || PersonKey(x) != PersonKey(y) {
			continue
		}
		addRoles(c.a, c.b)
		hit.conflicts = append(hit.conflicts, [2]Role{c.a, c.b})
		lines = append(lines, l10n.F("%s and %s have the same holder: %s.", a.RoleName(c.a), a.RoleName(c.b), l10n.T(c.why)))
	}
	// Rows of SeparatedControls where one person approves and does the
	// work, grouped by the pair of roles, rows in Annex A then domain
	// order.
	type pair struct{ approver, doer Role }
	var pairs []pair
	rows := map[pair][]string{}
	for _, id := range SeparatedControls {
		for _, d := range Domains {
			k := CellKey{Control: id, Domain: d}
			for _, sp := range samePersonPairs(a.Matrix[k], a.Holders) {
				p := pair{sp.approver, sp.doer}
				if _, ok := rows[p]; !ok {
					pairs = append(pairs, p)
				}
				rows[p] = append(rows[p], k.Label())
				hit.cells = appendKey(hit.cells, k)
			}
		}
	}
	for _, p := range pairs {
		addRoles(p.approver, p.doer)
		lines = append(lines, l10n.F("%s (A) and %s (R) have the same holder on %s: one person approves and does the access or change work.",
			a.RoleName(p.approver), a.RoleName(p.doer), strings.Join(rows[p], ", ")))
	}
	hit.roles = SortRoles(hit.roles)
	hit.detail = strings.Join(lines, " ")
	return hit
}

// checkNotConfirmed: named holders who never confirmed their role, or
// last did more than a year before AsOf. An entry that says the role is
// vacant, in full or in part, is left to checkVacant. The integrator or
// vendor is left out: it is an external party bound by its contract, and
// the roles document records it with a contract reference, not a
// confirmation.
func checkNotConfirmed(a Assessment) registerHit {
	asOf := AsOf(a)
	var limit string
	if t, err := time.Parse(dateLayout, asOf); err == nil {
		limit = t.AddDate(-1, 0, 0).Format(dateLayout)
	}
	var never, old []Role
	for _, r := range roleOrder(a.Holders) {
		h := a.Holders[r]
		switch {
		case !RegisterHolds(a, r):
			// Nobody to confirm: a vacancy is checkVacant's.
		case r == RoleIntegrator:
		case h.Confirmed == "":
			never = append(never, r)
		case limit != "" && h.Confirmed < limit: // YYYY-MM-DD sorts as dates do
			old = append(old, r)
		}
	}
	var parts []string
	if len(old) > 0 {
		parts = append(parts, l10n.F("Last confirmed more than a year before %s: %s.", l10n.StoredDate(asOf), roleList(a, old)))
	}
	if len(never) > 0 {
		parts = append(parts, l10n.F("No confirmation recorded: %s.", roleList(a, never)))
	}
	if len(parts) == 0 {
		return registerHit{}
	}
	return registerHit{roles: append(old, never...), detail: strings.Join(parts, " ")}
}

// riskList names authority rows: "High · Plant OT, Critical · Corporate IT".
func riskList(keys []AuthorityKey) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = RiskLevelLabel(k.Level) + " · " + RiskContextLabel(k.Context)
	}
	return strings.Join(parts, ", ")
}

// checkNoAcceptor: rows of a started table that name nobody to accept.
func checkNoAcceptor(a Assessment) registerHit {
	if !AuthorityStarted(a) {
		return registerHit{}
	}
	var keys []AuthorityKey
	for _, row := range AuthorityRows(a) {
		if row.Accept == "" {
			keys = append(keys, row.Key)
		}
	}
	if len(keys) == 0 {
		return registerHit{}
	}
	return registerHit{risks: keys, detail: l10n.F("Nobody named to accept: %s.", riskList(keys))}
}

// checkCriticalBelowTop: critical rows accepted by anyone but the
// executive sponsor.
func checkCriticalBelowTop(a Assessment) registerHit {
	var keys []AuthorityKey
	var who []string
	for _, row := range AuthorityRows(a) {
		if row.Key.Level == RiskCritical && row.Accept != "" && row.Accept != RoleExecutive {
			keys = append(keys, row.Key)
			who = append(who, l10n.F("%s by %s", RiskContextLabel(row.Key.Context), a.RoleName(row.Accept)))
		}
	}
	if len(keys) == 0 {
		return registerHit{}
	}
	return registerHit{risks: keys, detail: l10n.F("Critical risks accepted below top management: %s.", strings.Join(who, ", "))}
}

// checkRegulatedUnheard: safety- or quality-relevant rows with an
// acceptor where EHS (safety-critical process) or Quality (GMP site) is
// neither the acceptor nor consulted.
func checkRegulatedUnheard(a Assessment) registerHit {
	var keys []AuthorityKey
	var parts []string
	heard := func(v Authority, r Role) bool { return v.Accept == r || slices.Contains(v.Consult, r) }
	for _, row := range AuthorityRows(a) {
		if row.Key.Context != ContextRegulated || row.Accept == "" {
			continue
		}
		var missing []Role
		if a.Profile.SafetyCritical && !heard(row.Authority, RoleEHS) {
			missing = append(missing, RoleEHS)
		}
		if a.Profile.Validated && !heard(row.Authority, RoleQuality) {
			missing = append(missing, RoleQuality)
		}
		if len(missing) > 0 {
			keys = append(keys, row.Key)
			parts = append(parts, l10n.F("%s without %s", RiskLevelLabel(row.Key.Level), roleList(a, missing)))
		}
	}
	if len(keys) == 0 {
		return registerHit{}
	}
	return registerHit{risks: keys, detail: l10n.F("Safety- or quality-relevant risks: %s.", strings.Join(parts, "; "))}
}

// AskedRating returns the rating a gives question id, and false when the
// bank has no such question or a's profile does not ask it: an answer
// kept for a skipped question says nothing (SkipReason).
func AskedRating(a Assessment, id string) (Rating, bool) {
	q, ok := QuestionByID(id)
	if !ok || SkipReason(q, a) != "" {
		return "", false
	}
	return a.Answers[id].Rating, true
}

// answeredAtLeast returns the rating of question id in a and whether it
// is asked and answered at level or above.
func answeredAtLeast(a Assessment, id string, level int) (Rating, bool) {
	r, asked := AskedRating(a, id)
	l, scored := r.Level()
	return r, asked && scored && l >= level
}

// AnswerWeak says whether question id is asked of a and answered 0 or 1
// (weak), or "unknown" (unknown): what an answer says against a record
// the register, the authority table or a document holds.
func AnswerWeak(a Assessment, id string) (weak, unknown bool) {
	r, asked := AskedRating(a, id)
	if !asked {
		return false, false
	}
	if r == RatingUnknown {
		return false, true
	}
	l, scored := r.Level()
	return scored && l <= 1, false
}

// AnswerInPlace returns the rating of question id in a and whether it is
// asked and answered implemented or better (3 or 4): what a document may
// then state as the organisation's practice rather than as a duty to
// set up.
func AnswerInPlace(a Assessment, id string) (Rating, bool) { return answeredAtLeast(a, id, 3) }

// WrittenSchemeOutsideTable returns GOV-05's rating and whether a holds
// no authority table while GOV-05 says a written risk-acceptance scheme
// exists (asked and rated 2 or more): the scheme is then to be
// transcribed, not decided afresh.
func WrittenSchemeOutsideTable(a Assessment) (Rating, bool) {
	if AuthorityStarted(a) {
		return "", false
	}
	return WrittenScheme(a)
}

// WrittenScheme returns GOV-05's rating and whether it says a written
// risk-acceptance scheme exists: asked and rated 2 or more. The scheme is
// the organisation's decision, which a proposal of the tool's never
// replaces.
func WrittenScheme(a Assessment) (Rating, bool) { return answeredAtLeast(a, "GOV-05", 2) }

// RecordsSummary says in sentences how far a's role register and
// risk-acceptance authority table are filled in. An empty register or
// table raises no finding (each check waits for it to be started), yet a
// reader of the report must not take silence for a decision; nor a full
// one for an approved one. So it names a register holder whom GOV-01
// denies, an authority table that is still the tool's proposal (and,
// where GOV-05 reports a written scheme, that the proposal is to be
// compared with it, not read as the only entitlement), and a written
// scheme GOV-05 reports that the table does not hold: a sentence here
// never contradicts an answer.
func RecordsSummary(a Assessment) []string {
	var s []string
	// An entry that says the role is vacant (SaysVacant) names no holder
	// for all of it: it is counted apart, not as a role with a holder.
	named, vacant := 0, 0
	for _, r := range RACIRoles {
		switch name := a.Holders[r].Name; {
		case name == "":
		case SaysVacant(name):
			vacant++
		default:
			named++
		}
	}
	switch {
	case named == 0 && vacant == 0:
		s = append(s, l10n.T("The role register names nobody: no holder or deputy is recorded for any role, so the roles are not yet tied to people (ISO/IEC 27001 5.3)."))
	case vacant > 0:
		s = append(s, l10n.F("The role register names a holder for %d of the %d roles; %s", named, len(RACIRoles),
			l10n.N(vacant, "%d more entry records its role as vacant, in full or in part.", "%d more entries record their roles as vacant, in full or in part.")))
	default:
		s = append(s, l10n.F("The role register names a holder for %d of the %d roles.", named, len(RACIRoles)))
	}
	if weak, _ := AnswerWeak(a, "GOV-01"); weak && RegisterHolds(a, RoleISMSOwner) {
		s = append(s, l10n.F("It names %s as ISMS owner, but GOV-01 is answered \u201c%s\u201d: top management confirms the appointment in writing, or the register is corrected (ISO/IEC 27001 5.3).", a.Holders[RoleISMSOwner].Name, a.Answers["GOV-01"].Rating.Label()))
	}
	m, kept, total, _ := AuthorityPresetKept(a)
	switch {
	case !AuthorityStarted(a):
		s = append(s, l10n.T("The risk-acceptance authority table is empty: nobody is recorded as entitled to accept a residual risk of any level (ISO/IEC 27001 6.1.3)."))
		if r, ok := WrittenSchemeOutsideTable(a); ok {
			s = append(s, l10n.F("GOV-05 reports a written acceptance scheme (answered \u201c%s\u201d); until it is entered in the authority table and approved, this assessment cannot show who may accept which residual risk.", r.Label()))
		}
	case kept > 0 && kept == total:
		// A scheme GOV-05 reports is the organisation's decision; the
		// tool's proposal must not be read as taking its place.
		if r, ok := WrittenScheme(a); ok {
			s = append(s, l10n.F("The risk-acceptance authority table is the tool's proposal for the %s model, unchanged, while GOV-05 reports the organisation's own written acceptance scheme (answered \u201c%s\u201d): compare the two and enter the scheme's levels and roles in the table; the proposal does not replace the scheme.", m.Name, r.Label()))
		} else {
			s = append(s, l10n.F("The risk-acceptance authority table is the tool's proposal for the %s model, unchanged: until top management decides it, nobody is recorded as entitled to accept a residual risk (ISO/IEC 27001 6.1.3).", m.Name))
		}
	default:
		rows := AuthorityRows(a)
		set := 0
		for _, row := range rows {
			if row.Accept != "" {
				set++
			}
		}
		s = append(s, l10n.F("The risk-acceptance authority table names who accepts the risk in %d of its %d rows.", set, len(rows)))
		if kept > 0 {
			s = append(s, l10n.F("%d of its rows are still the tool's proposal for the %s model, to be decided by top management.", kept, m.Name))
		}
	}
	return s
}
