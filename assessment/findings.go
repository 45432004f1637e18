package assessment

import (
	"cmp"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Severity ranks a finding.
type Severity string

// Severities, from most to least urgent. Critical is kept for weaknesses
// that can on their own hurt people, product or production at a plant:
// uncontrolled ways into OT, nobody able to isolate the plant in an
// incident, cyber incidents that bypass safety and quality, security
// changes that bypass the plant's change control.
const (
	SeverityCritical Severity = "critical"
	SeverityHigh     Severity = "high"
	SeverityMedium   Severity = "medium"
)

// Severities lists the severities, most urgent first.
var Severities = []Severity{SeverityCritical, SeverityHigh, SeverityMedium}

// Label is the severity as findings tables and reports write it:
// "Critical", "Kritisch"; "" for none.
func (s Severity) Label() string {
	switch s {
	case "":
		return ""
	case SeverityCritical:
		return l10n.T("Critical")
	case SeverityHigh:
		return l10n.T("High")
	case SeverityMedium:
		return l10n.T("Medium")
	}
	return strings.ToUpper(string(s[:1])) + string(s[1:])
}

// PlanGroup is the group of the action plan that work on a finding of
// severity s stands in (see ActionsWith): 0 for critical, 1 for high, 2
// for anything else, "" (no finding) included. Smaller groups come first.
func (s Severity) PlanGroup() int { return min(s.Rank(), SeverityHigh.Rank()+1) }

// Rank orders severities: 0 for critical, then 1, 2; 3 for anything else,
// "" (no finding) included.
func (s Severity) Rank() int {
	for i, v := range Severities {
		if v == s {
			return i
		}
	}
	return len(Severities)
}

// Finding is a major risk raised by the answers or the matrix.
type Finding struct {
	ID       string
	Severity Severity
	// Title says what was found, in one line that holds whichever of the
	// finding's answers or matrix rows raised it: an answer of level 0
	// (nothing in place) or, worded for it where the two differ, of level
	// 1 (case by case). When only "unknown" answers raised it, the title
	// asks whether instead (see Unconfirmed).
	Title string
	// Reason says why it matters in plant terms: people, product quality,
	// production.
	Reason string
	// Step is the first thing to do, as a task that starts with a verb.
	Step string
	// Unconfirmed is set when only answers of "unknown" raised the
	// finding: nobody present could say, so the tool counts the practice
	// as not in place until checked, but states no fact. The title then
	// says "Not established whether …" and the step starts by finding out.
	Unconfirmed bool
	// CaseByCase is set when only answers at level 1 raised the finding:
	// the practice exists but is done case by case, and whatever restates
	// the finding (the roles document) must not call it missing.
	CaseByCase bool
	// Questions are the IDs of the answers that raised the finding; Cells
	// the matrix rows. Either may be empty.
	Questions []string
	Cells     []CellKey
	// Detail states what was found in figures when the finding is about
	// the matrix as a whole (how many rows are decided, per domain), where
	// listing the rows would bury the point; "" otherwise.
	Detail string
	// Roles are the roles of the role register that raised the finding,
	// Risks the rows of the risk-acceptance authority table; Detail then
	// names them. Either may be empty.
	Roles []Role
	Risks []AuthorityKey
	// Fields are the keys of the profile fields that raised a finding
	// raised by the profile alone; Detail then says what they record.
	Fields []string
	// Conflicts are, for roles-conflict, the pairs of conflicting roles
	// Detail names as held by one person ("X and Y have the same holder"),
	// in Detail's order: what Detail says in words, as data, so that no
	// caller has to read it back from text in the page's language.
	Conflicts [][2]Role
	// Refs are what the finding rests on: the references of the questions
	// that raised it, then those of its matrix rows.
	Refs []Ref
	// Related is the question, when asked, whose action works on what the
	// finding is about although its answer did not raise it: CTL-01,
	// recording who delivers each control per domain, for the findings on
	// how much of the matrix is decided. "" for none. The question has an
	// action only while rated below level 3: rated higher, no action lists
	// the finding, whose own first step stands for it.
	Related string
}

// Unasked reports whether no answer raised f: it comes from the matrix,
// the profile, the role register or the authority table alone, so the
// action plan, which comes from the answers, has no action for it.
func (f Finding) Unasked() bool { return len(f.Questions) == 0 }

// unaskedOwners are the functions that carry the first step of a finding
// no answer raised, where it is not the ISMS owner: whether NIS2 applies
// is for top management, on whom Article 20(1) lays the duties.
var unaskedOwners = map[string]Role{
	FindingNIS2StatusUnknown: RoleExecutive,
}

// StepOwner is the function that carries f's first step where no action
// of the plan does (f is Unasked): the ISMS owner, who keeps the matrix,
// the register and the authority table, unless unaskedOwners says
// otherwise, or the rows of a several-A finding make the ISMS owner one
// of the accountable roles in a's matrix. A role does not settle a
// dispute it is party to: top management assigns the roles (ISO/IEC
// 27001 5.3).
func (f Finding) StepOwner(a Assessment) Role {
	if r, ok := unaskedOwners[f.ID]; ok {
		return r
	}
	if f.ID == FindingMatrixAccountable {
		for _, k := range f.Cells {
			if a.Matrix[k][RoleISMSOwner].Accountable() {
				return RoleExecutive
			}
		}
	}
	return RoleISMSOwner
}

// AddressedBy returns the action of acts on f's Related question, when f
// is Unasked and that action is in the plan: the plan's work on f then
// stands there, and a row or line of f's own would say it twice.
func (f Finding) AddressedBy(acts []Action) (Action, bool) {
	if !f.Unasked() || f.Related == "" {
		return Action{}, false
	}
	for _, a := range acts {
		if a.Question == f.Related {
			return a, true
		}
	}
	return Action{}, false
}

// Line names f in one line, as the roles document's table of open gaps
// does: its severity and its title ("High: No single accountable owner
// for the ISMS").
func (f Finding) Line() string { return f.Severity.Label() + ": " + f.Title }

// HelpsClose returns the findings of fs that the action on question works
// towards closing, in fs's order: those its answer raised, and those it is
// Related to. None for "" (an action the consultant added).
func HelpsClose(fs []Finding, question string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.workedOnBy(question) {
			out = append(out, f)
		}
	}
	return out
}

// workedOnBy reports whether the action on question works towards
// closing f: f's answer is the question's, or f is Related to it.
func (f Finding) workedOnBy(question string) bool {
	return question != "" && (slices.Contains(f.Questions, question) || f.Related == question)
}

// ByPlanOrder orders fs, most severe first as Findings does; within a
// severity, a gap the answers confirm before one that rests only on
// "unknown" answers (Unconfirmed: still to be established, so it does
// not head a summary of what was found); and then by where the plan,
// acts, tackles each: the finding whose action comes first (its first
// step cannot wait, or its priority is higher) first, and those no action
// works on (the matrix, the register) last, each group in ID order. A
// summary that names the most serious findings then leads with what the
// plan puts first, rather than with the alphabet. fs is not changed.
func ByPlanOrder(fs []Finding, acts []Action) []Finding {
	rank := make(map[string]int, len(fs))
	for _, f := range fs {
		rank[f.ID] = len(acts)
		for i, a := range acts {
			if f.workedOnBy(a.Question) {
				rank[f.ID] = i
				break
			}
		}
	}
	out := slices.Clone(fs)
	slices.SortStableFunc(out, func(x, y Finding) int {
		return cmp.Or(cmp.Compare(x.Severity.Rank(), y.Severity.Rank()), compareBool(x.Unconfirmed, y.Unconfirmed), cmp.Compare(rank[x.ID], rank[y.ID]))
	})
	return out
}

// compareBool orders false before true: ByPlanOrder (confirmed gaps
// first) and nowFirst (a first step due now first) order by it.
func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// Finding IDs. They are stable: exports and the UI refer to them.
const (
	FindingVendorRoutesUnknown      = "vendor-routes-unknown"
	FindingCorporatePathsOutOfScope = "corporate-paths-out-of-scope"
	FindingNoUrgentChangeRoute      = "no-urgent-change-route"
	FindingNoConflictRule           = "no-conflict-rule"
	FindingNewEquipmentUnsecured    = "new-equipment-unsecured"
	FindingOwnerNoPlantAuthority    = "owner-no-plant-authority"
	FindingVendorSessionsOpen       = "vendor-sessions-uncontrolled"
	FindingNoIsolationAuthority     = "no-isolation-authority"
	FindingOTIncidentsIsolated      = "ot-incidents-isolated"
	FindingChangesBypassMOC         = "changes-bypass-moc"
	FindingChangesBypassValidation  = "changes-bypass-validation"
	FindingChangesBypassSafetyMOC   = "changes-bypass-safety-moc"
	FindingNoSingleOwner            = "no-single-owner"
	FindingOwnerNotEnterprise       = "owner-not-enterprise"
	FindingOwnerWithoutLevers       = "owner-without-levers"
	FindingNoRiskAcceptance         = "no-risk-acceptance"
	FindingRiskNotAccepted          = "risk-not-accepted"
	FindingRisksOwnedByISMSTeam     = "risk-owned-by-isms-team"
	FindingNoSteeringGroup          = "no-steering-group"
	FindingScopeGaps                = "scope-gaps"
	FindingSharedComponentsNoOwner  = "shared-components-no-owner"
	FindingSharedServicesNoSplit    = "shared-services-no-split"
	FindingRACINotSeparated         = "raci-not-separated"
	FindingMatrixAccountable        = "matrix-accountable"
	FindingOTNoResponsible          = "ot-no-responsible"
	FindingSharedNoOwner            = "shared-no-owner"
	FindingMatrixGaps               = "matrix-gaps"
	FindingChangesIgnoreDowntime    = "changes-ignore-downtime"
	FindingRolesHeldByLeavers       = "roles-held-by-leavers"
	FindingPaperRoles               = "paper-roles"
	FindingNIS2Reporting            = "nis2-reporting"
	FindingPolicyNotApproved        = "policy-not-approved"
	FindingNoOTLead                 = "no-ot-lead"
	FindingPolicyNotForPlants       = "policy-not-for-plants"
	FindingNIS2NotApproved          = "nis2-measures-not-approved"
	FindingNoBatchImpact            = "no-batch-impact-review"
	FindingVendorContracts          = "vendor-contracts"
	FindingMatrixNotStarted         = "matrix-not-started"
	FindingMatrixMostlyEmpty        = "matrix-mostly-empty"
	FindingMatrixIncomplete         = "matrix-incomplete"
	FindingNoResponsible            = "no-responsible"
	FindingQualityNotConsulted      = "quality-not-consulted"
	FindingSafetyNotConsulted       = "safety-not-consulted"
	FindingDutiesNotSeparated       = "duties-not-separated"
	FindingOwnerCannotAct           = "owner-cannot-act"
	FindingVendorOwnsControl        = "vendor-owns-control"
	FindingManagementNotAccountable = "management-not-accountable"
	FindingReviewNotIndependent     = "review-not-independent"
	FindingSharedSideMissing        = "shared-side-missing"
	FindingNoAuthorityToStop        = "no-authority-to-stop"
	FindingDPOAccountable           = "dpo-accountable"
	FindingNoPlantHands             = "no-plant-hands"
	FindingSiteNotOnPremises        = "site-not-on-premises"
	FindingFunctionLeftOut          = "function-left-out"
	FindingRequirementExcluded      = "requirement-excluded"
	FindingNoReviewDecisions        = "management-review-no-decisions"
	FindingAuditMissesPlants        = "audit-misses-plants"
	FindingNIS2DutyExcluded         = "nis2-duty-excluded"
	FindingNIS2NoOversight          = "nis2-no-oversight"
	FindingNIS2BodyUntrained        = "nis2-body-untrained"
	FindingNIS2StatusUnknown        = "nis2-status-unknown"
	FindingBoundaryOpen             = "it-ot-boundary-open"
	FindingBoundaryOnPaper          = "it-ot-boundary-on-paper"
	FindingRestoreUnowned           = "ot-restore-unowned"
	FindingPlantsNotSegregated      = "plants-not-segregated"
	FindingChangesSelfApproved      = "changes-self-approved"
	FindingOTMonitoringMissing      = "ot-monitoring-missing"
	FindingProviderUnmanaged        = "provider-unmanaged"
	FindingOTPatchingMissing        = "ot-patching-missing"
)

// governanceControls are the ISMS-level controls whose accountability must
// sit with one role across all domains.
var governanceControls = []string{"5.1", "5.2", "5.3", "5.4"}

// Findings returns the findings of a against the questions asked in a
// (see Asked) and the built-in controls: an answer kept for a skipped
// question raises nothing. See FindingsWith.
func Findings(a Assessment) []Finding { return FindingsWith(a, Asked(a), Controls()) }

// FindingsWith returns the findings of a, most severe first, then by ID.
// findingRules is the mapping from questions and matrix states to
// findings, as data; each rule is one finding.
//
// A question raises its finding on a rating of 0 or 1 or on "unknown"
// (nobody able to answer is itself the problem); unanswered and N/A
// answers never do, nor do questions missing from bank (a question the
// profile skips is not in Asked). Matrix rows come from MatrixStatusWith
// over controls, that is from Checker.Row with a's profile.
//
// A rule may name the question its title summarises (summary): while
// that question is rated 3 or 4 the rule never fires, even when the
// matrix or another answer would raise it, because the finding would
// contradict what the organisation answered.
//
// The three matrix-state findings exclude one another; they carry Detail
// (the decided rows per domain) instead of listing hundreds of empty rows.
func FindingsWith(a Assessment, bank []Question, controls []Control) []Finding {
	byID := make(map[string]Question, len(bank))
	for _, q := range bank {
		byID[q.ID] = q
	}
	asked := func(id string) bool {
		_, ok := byID[id]
		return ok
	}

	status := MatrixStatusWith(a, controls)
	var cells [cellSources][]CellKey
	cells[cellsSplitGovernance] = splitGovernance(a.Matrix)
	cells[cellsDomainOnlyOwner] = domainOnlyOwner(a.Matrix)
	if asked(ownerAuthorityQuestion) {
		cells[cellsOwnerNoPlantAuthority] = questionedAccountables(a, controls)
	}
	for _, p := range status.Problems() {
		src := cellsNone
		switch p.Kind {
		case ProblemNoAccountable, ProblemSeveralAccountable:
			src = cellsAccountable
		case ProblemNoResponsible:
			src = cellsNoResponsible
			if p.Key.Domain == DomainOT {
				src = cellsOTNoResponsible
			}
		case ProblemSharedNoOwner:
			src = cellsSharedNoOwner
		case ProblemUnassigned:
			src = cellsGaps
		case ProblemQualityNotConsulted:
			src = cellsQuality
		case ProblemSafetyNotConsulted:
			src = cellsSafety
		case ProblemDutiesNotSeparated:
			src = cellsSeparation
		case ProblemCannotAct:
			src = cellsCannotAct
		case ProblemVendorOwns:
			src = cellsVendor
		case ProblemManagementNotAccountable:
			src = cellsManagement
		case ProblemReviewNotIndependent:
			src = cellsReview
		case ProblemSharedSideMissing:
			src = cellsSharedSide
		case ProblemNoAuthorityToStop:
			src = cellsStop
		case ProblemDPOAccountable:
			src = cellsDPO
		case ProblemNoPlantHands:
			src = cellsPlantHands
		case ProblemSiteNotOnPremises:
			src = cellsPremises
		case ProblemFunctionLeftOut:
			src = cellsFunction
		}
		if src != cellsNone {
			cells[src] = appendKey(cells[src], p.Key)
		}
	}
	// Empty rows that matter only count once the matrix has been started:
	// an untouched matrix is one finding (matrix-not-started), not a wall
	// of gaps.
	if status.Decided == 0 {
		cells[cellsGaps] = nil
	}
	// An empty plant-floor incident-response row leaves the decision to
	// isolate systems or stop a line to nobody at all, worse than to a
	// role off site: once the matrix is started, it raises the same
	// finding as a row without the site (the check reports it as empty
	// only, rule 1).
	if k := (CellKey{"5.26", DomainOT}); slices.Contains(cells[cellsGaps], k) {
		cells[cellsStop] = appendKey(cells[cellsStop], k)
	}
	state := matrixFindingState(status)

	var out []Finding
	for _, r := range findingRules {
		if r.profile != nil {
			if d := r.profile(a.Profile); d != "" {
				f := r.raise(a.Profile, slices.Clone(r.refs))
				f.Detail, f.Fields = d, slices.Clone(r.fields)
				out = append(out, f)
			}
			continue
		}
		if r.register != nil {
			if f, ok := r.registerFinding(a); ok {
				out = append(out, f)
			}
			continue
		}
		if r.silenced(a, asked) {
			continue
		}
		var qs []string
		var refs []Ref
		for _, id := range r.questions {
			if r.answerRaises(a, asked, id) {
				qs = append(qs, id)
				refs = appendRefs(refs, byID[id].RefsFor(a.Profile)...)
			}
		}
		detail := ""
		if r.matrix != matrixNone && r.matrix == state {
			detail = status.Detail()
			if s := contradicted(a, byID, state); s != "" {
				detail += " " + s
			}
		}
		rowCells := cells[r.cells]
		if len(rowCells) > 0 || detail != "" {
			refs = appendRefs(refs, r.refs...)
		}
		if len(rowCells) > 0 && r.cellsQuestion != "" {
			qs = append(qs, r.cellsQuestion)
			refs = appendRefs(refs, byID[r.cellsQuestion].RefsFor(a.Profile)...)
		}
		if len(qs) > 0 || len(rowCells) > 0 || detail != "" {
			f := r.raise(a.Profile, refs)
			f.Questions, f.Cells, f.Detail = qs, rowCells, detail
			if _, ok := byID[r.related]; ok {
				f.Related = r.related
			}
			onlyAnswers := len(rowCells) == 0 && detail == ""
			only := func(r Rating) bool {
				return !slices.ContainsFunc(qs, func(id string) bool { return a.Answers[id].Rating != r })
			}
			text := r.textFor(a.Profile)
			switch {
			case onlyAnswers && only(RatingUnknown):
				f.Unconfirmed = true
				f.Title = l10n.F("Not established whether %s", l10n.T(text.whether))
				if !text.establishes {
					f.Step = l10n.F("First establish whether this is in place and rate %s again; if it is not: %s", strings.Join(qs, ", "), f.Step)
				}
			case onlyAnswers && only(Rating1):
				f.CaseByCase = true
				if text.partly != "" {
					f.Title = l10n.T(text.partly)
				}
			}
			out = append(out, f)
		}
	}
	reg := registerWordingOf(a)
	for i := range out {
		out[i].Step = reg.apply(out[i].Step)
	}
	// An OT lead the register names needs confirming in writing, not
	// naming: the step says what ROL-03's action does (otLeadRegistered).
	if RegisterHolds(a, RoleOT) {
		for i := range out {
			if out[i].ID == FindingNoOTLead && !out[i].Unconfirmed {
				out[i].Step = l10n.T(otLeadRegisteredTask(a.Profile))
			}
		}
	}
	// The table is most severe first, then by ID; a finding raised as
	// critical in a safety-critical process (criticalIfSafety), or as high
	// for a NIS2 entity (highIfNIS2) or a safety-critical process
	// (highIfSafety), moves up among those.
	slices.SortStableFunc(out, func(x, y Finding) int {
		return cmp.Or(cmp.Compare(x.Severity.Rank(), y.Severity.Rank()), cmp.Compare(x.ID, y.ID))
	})
	return out
}

// matrixFindingState is which of the findings on how much of the matrix
// is decided s raises (a findingRule's matrix field), matrixNone when
// every row is decided or there is none to decide.
func matrixFindingState(s MatrixStatus) int {
	switch {
	case s.Needed == 0:
		return matrixNone
	case s.Decided == 0:
		return matrixNotStarted
	case 2*s.Decided < s.Needed:
		return matrixMostlyEmpty
	case s.Decided < s.Needed:
		return matrixIncomplete
	}
	return matrixNone
}

// severityFor is r's severity for an organisation with profile p
// (criticalIfSafety, highIfNIS2, highIfSafety).
func (r findingRule) severityFor(p Profile) Severity {
	switch {
	case r.criticalIfSafety && p.SafetyCritical:
		return SeverityCritical
	case r.highIfNIS2 && p.NIS2Entity() && r.severity.Rank() > SeverityHigh.Rank():
		return SeverityHigh
	case r.highIfSafety && p.SafetyCritical && r.severity.Rank() > SeverityHigh.Rank():
		return SeverityHigh
	}
	return r.severity
}

// silenced reports whether r's summary question is asked and rated 3 or 4,
// which keeps r from firing at all: the finding would contradict the
// answer.
func (r findingRule) silenced(a Assessment, asked func(string) bool) bool {
	if r.summary == "" || !asked(r.summary) {
		return false
	}
	l, ok := a.Answers[r.summary].Rating.Level()
	return ok && l >= 3
}

// answerRaises reports whether a's answer to question id, one of r's
// questions, raises r: the question is asked and rated 0, 1 or "unknown",
// or rated 2 for a rule raised at level 2 (atLevel2), or "not applicable"
// for a rule of excluded requirements (excluded); and, for a rule with
// onlyIf, the profile is one it is raised for.
func (r findingRule) answerRaises(a Assessment, asked func(string) bool, id string) bool {
	if !asked(id) || r.onlyIf != nil && !r.onlyIf(a.Profile) {
		return false
	}
	if r.excluded {
		return a.Answers[id].Rating == RatingNotApplicable
	}
	if r.atLevel2 {
		return a.Answers[id].Rating == Rating2
	}
	return isWeak(a.Answers[id].Rating)
}

// RegisterFindings returns only the findings of the role register and the
// risk-acceptance authority table, in the order Findings gives them: the
// view that edits the two shows them without computing the rest.
func RegisterFindings(a Assessment) []Finding {
	var out []Finding
	for _, r := range findingRules {
		if r.register == nil {
			continue
		}
		if f, ok := r.registerFinding(a); ok {
			out = append(out, f)
		}
	}
	return out
}

// registerFinding runs register rule r on a.
func (r findingRule) registerFinding(a Assessment) (Finding, bool) {
	hit := r.register(a)
	if hit.detail == "" {
		return Finding{}, false
	}
	f := r.raise(a.Profile, slices.Clone(r.refs))
	f.Detail, f.Roles, f.Risks, f.Conflicts, f.Cells = hit.detail, hit.roles, hit.risks, hit.conflicts, hit.cells
	return f, true
}

// raise is the finding r raises for an organisation with profile p,
// citing refs: whatever raised it (answers, matrix rows, the register or
// the profile), its severity is severityFor's, its wording textFor's and,
// for an essential or important entity under NIS2, its references end
// with nis2Ref. The caller adds what raised it.
func (r findingRule) raise(p Profile, refs []Ref) Finding {
	if r.nis2Ref != (Ref{}) && p.NIS2Entity() {
		refs = appendRefs(refs, r.nis2Ref)
	}
	t := r.textFor(p)
	// Worded for the profile as the action's task is.
	step := withProfileWording(sentences(t.step, t.stepAdds), r.summary, p)
	return Finding{ID: r.id, Severity: r.severityFor(p), Title: l10n.T(t.title), Reason: sentences(t.reason, t.reasonAdds), Step: step, Refs: refs}
}

// findingText is the wording of a finding for one profile: the rule's own
// with its variants applied (textFor). The strings are English catalogue
// keys, translated when the finding is built.
type findingText struct {
	title, partly, whether, reason, step string
	// reasonAdds and stepAdds are the sentences the variants append to
	// the reason and the step, in the variants' order.
	reasonAdds, stepAdds []string
	// establishes is set when the step itself finds out what the answer
	// left open: an "unknown" answer then takes it as it is, without the
	// "first establish whether" lead that would ask for it twice.
	establishes bool
}

// findingVariant words a rule for the organisations whose profile when
// accepts. It exists where the rule's own wording would contradict what
// the profile records (plants recorded as isolated told to close their
// office links and build a DMZ), where the profile brings in a function
// the first step must involve (Quality on a GMP site, EHS in a
// safety-critical process), or where a duty applies to such an
// organisation alone (NIS2). Each non-empty text field replaces the
// rule's own; reasonAdd and stepAdd are sentences appended to the reason
// and the step.
//
// Every variant whose when accepts the profile applies, in order, so that
// independent additions combine (a GMP site that is also safety-critical
// gets both sentences); variants that replace the same field accept
// disjoint profiles (TestFindingVariantsData). A variant never changes
// the severity: that stays severityFor's, which the action plan reads
// too (raisedSeverity), so the finding and the action on its question
// keep one severity.
type findingVariant struct {
	when func(Profile) bool
	// profileText says in words which profiles the variant is for
	// (FindingRules, docs/findings.md).
	profileText                          string
	title, partly, whether, reason, step string
	reasonAdd, stepAdd                   string
	establishes                          bool // see findingText.establishes
}

// textFor is r's wording for an organisation with profile p: r's own,
// with every variant that p matches applied in order.
func (r findingRule) textFor(p Profile) findingText {
	t := findingText{title: r.title, partly: r.partly, whether: r.whether, reason: r.reason, step: r.step}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	for _, v := range r.variants {
		if !v.when(p) {
			continue
		}
		set(&t.title, v.title)
		set(&t.partly, v.partly)
		set(&t.whether, v.whether)
		set(&t.reason, v.reason)
		set(&t.step, v.step)
		t.establishes = t.establishes || v.establishes
		if v.reasonAdd != "" {
			t.reasonAdds = append(t.reasonAdds, v.reasonAdd)
		}
		if v.stepAdd != "" {
			t.stepAdds = append(t.stepAdds, v.stepAdd)
		}
	}
	return t
}

// sentences is first followed by adds, each translated on its own and
// joined by a space: the catalogue holds each sentence once, whichever
// profile adds it.
func sentences(first string, adds []string) string {
	out := l10n.T(first)
	for _, s := range adds {
		out += " " + l10n.T(s)
	}
	return out
}

// Profile conditions of the finding variants.
func plantsIsolated(p Profile) bool   { return p.Connectivity == ConnectivityIsolated }
func plantsBrokered(p Profile) bool   { return p.Connectivity == ConnectivityBrokered }
func plantsIntegrated(p Profile) bool { return p.Connectivity == ConnectivityIntegrated }
func validatedSite(p Profile) bool    { return p.Validated }
func safetyCritical(p Profile) bool   { return p.SafetyCritical }

// nis2ScopeStep is what the scope finding's step adds for a NIS2 entity:
// a scope may leave a plant out, the Directive's measures may not
// (Art. 21(1)).
var nis2ScopeStep = l10n.M("Document how the NIS2 measures reach every plant system the scope leaves out, or bring that system into scope.")

// plantsConnected reports plants recorded as joined to corporate IT,
// through controlled points or directly.
func plantsConnected(p Profile) bool { return plantsBrokered(p) || plantsIntegrated(p) }

// connectedSafetyCritical: a safety-critical process whose plants are not
// recorded as isolated, so that a path from the office may exist.
func connectedSafetyCritical(p Profile) bool { return p.SafetyCritical && !plantsIsolated(p) }

// singlePlant reports whether p records a single plant: the findings
// (their singlePlant variants) and the actions (singlePlantTasks) then
// speak of "the plant" where the general wording speaks of several ("each
// plant", "the plants"). A number not recorded (0) keeps the general
// wording.
func singlePlant(p Profile) bool { return p.Plants == 1 }

// validatedNowVariant is the GMP wording of the first steps that close
// access now (SCO-03, BRF-06, BRF-08): on validated equipment such a
// change passes Quality, as the action's plant-constraints note says
// (validatedNow). In a safety-critical process the step's own route
// already brings Quality into the management of change (mocQualityRoute),
// and a second fallback beside it would contradict the first.
var validatedNowVariant = findingVariant{when: validatedNotSafety, profileText: "GMP site without a safety-critical process: the step adds that a change made now on validated equipment passes Quality", stepAdd: validatedNow}

// validatedNotSafety: a GMP site whose process is not recorded as
// safety-critical.
func validatedNotSafety(p Profile) bool { return p.Validated && !p.SafetyCritical }

// nis2Essential and nis2Important tell the two NIS2 entity classes apart,
// for wording that names the one the profile records.
func nis2Essential(p Profile) bool { return p.NIS2 == NIS2Essential }
func nis2Important(p Profile) bool { return p.NIS2 == NIS2Important }

// The isolated plants' wording of the boundary finding, for several
// plants or a number not recorded, and for a single plant.
func plantsIsolatedSeveral(p Profile) bool { return plantsIsolated(p) && !singlePlant(p) }
func plantIsolatedSingle(p Profile) bool   { return plantsIsolated(p) && singlePlant(p) }

// FindingRule describes one finding for documentation and tests: what
// raises it. The rules themselves stay unexported data.
type FindingRule struct {
	ID       string
	Severity Severity
	// CriticalIfSafety: raised as critical when the profile records a
	// safety-critical process.
	CriticalIfSafety bool
	// HighIfNIS2: raised as high when the profile records an essential or
	// important entity under NIS2.
	HighIfNIS2 bool
	// HighIfSafety: raised as high when the profile records a
	// safety-critical process.
	HighIfSafety bool
	// NIS2 is the NIS2 measure the finding cites, besides those of its
	// questions (Question.NIS2), when the profile records an essential or
	// important entity; the zero Ref for none.
	NIS2  Ref
	Title string
	// Questions raise the finding when rated 0, 1 or unknown, or when
	// AtLevel2, when rated 2, or when Excluded, when "not applicable".
	Questions []string
	AtLevel2  bool
	// Excluded: the questions raise it when answered "not applicable"
	// instead (Question.Required).
	Excluded bool
	// Summary is the question whose rating 3 or 4 keeps the finding from
	// firing; "" when the finding summarises no single question.
	Summary string
	// Matrix says which matrix state raises it, in words; "" for none.
	Matrix string
	// Register says what in the role register or the risk-acceptance
	// authority table raises it, in words; "" for none.
	Register string
	// Profile says what in the profile raises it, in words; "" for none.
	Profile string
	// Variants say, in words, for which profiles the finding is worded
	// otherwise and how (findingVariant); none when it never is.
	Variants []string
	// OnlyIf says, in words, the only profiles whose answers raise it; ""
	// for every profile.
	OnlyIf string
}

// FindingRules lists every finding and what raises it, most severe first.
func FindingRules() []FindingRule {
	out := make([]FindingRule, len(findingRules))
	for i, r := range findingRules {
		out[i] = FindingRule{ID: r.id, Severity: r.severity, CriticalIfSafety: r.criticalIfSafety, HighIfNIS2: r.highIfNIS2, HighIfSafety: r.highIfSafety, NIS2: r.nis2Ref, Title: l10n.T(r.title),
			Questions: slices.Clone(r.questions), AtLevel2: r.atLevel2, Excluded: r.excluded, Summary: r.summary, Matrix: r.matrixText, Register: r.registerText, Profile: r.profileText, OnlyIf: r.onlyIfText}
		for _, v := range r.variants {
			out[i].Variants = append(out[i].Variants, v.profileText)
		}
	}
	return out
}

func appendRefs(refs []Ref, add ...Ref) []Ref {
	for _, r := range add {
		if !slices.Contains(refs, r) {
			refs = append(refs, r)
		}
	}
	return refs
}

// Where a matrix-state finding comes from: the completeness of the matrix.
const (
	matrixNone        = iota
	matrixNotStarted  // no row decided
	matrixMostlyEmpty // fewer than half decided
	matrixIncomplete  // at least half, not all, decided
)

// Where the matrix rows of a finding come from.
const (
	cellsNone                  = iota
	cellsSplitGovernance       // splitGovernance
	cellsDomainOnlyOwner       // domainOnlyOwner
	cellsAccountable           // rows with no A or several A
	cellsOTNoResponsible       // OT rows with no R
	cellsSharedNoOwner         // shared rows with neither A nor R
	cellsGaps                  // empty rows that matter
	cellsNoResponsible         // IT and shared rows with no R
	cellsQuality               // GMP rows without Quality
	cellsSafety                // safety rows without EHS
	cellsSeparation            // duties not separated
	cellsCannotAct             // A that cannot act in the domain
	cellsVendor                // vendor holding A or R
	cellsManagement            // 5.1–5.4 without top management as A
	cellsReview                // 5.35 with the ISMS owner as A
	cellsSharedSide            // shared high-relevance rows without IT or OT
	cellsStop                  // plant-floor 5.26 without the site on A or R
	cellsDPO                   // the DPO accountable
	cellsPlantHands            // plant-floor 5.29, 5.30 without the site on A or R
	cellsPremises              // plant-floor 7.1–7.4 without the site on A or R
	cellsFunction              // a supporting function left out of its own process
	cellsOwnerNoPlantAuthority // ownerOnPlantFloor, while GOV-02 is 0 or 1
	cellSources
)

// findingRule is one finding and what raises it: a weak answer to one of
// its questions, or matrix rows from its cells source, or a matrix state.
// FindingsWith walks the rules as data, so each finding costs no code of
// its own.
type findingRule struct {
	id       string
	severity Severity
	// criticalIfSafety raises the finding as critical instead when the
	// profile records a safety-critical process: the same gap can then
	// hurt people.
	criticalIfSafety bool
	// highIfNIS2 raises the finding as high when the profile records an
	// essential or important entity under NIS2: the gap is then a measure
	// the Directive requires. nis2Ref, the NIS2 measure the finding's
	// matrix rows or register entries bear on, is cited for such an entity
	// whether or not the severity changes; a question's own NIS2 measures
	// come with it (Question.RefsFor).
	highIfNIS2 bool
	// highIfSafety raises a medium finding as high when the profile
	// records a safety-critical process: the gap can then defeat a
	// protection layer, though on its own it does not hurt anyone.
	highIfSafety bool
	nis2Ref      Ref
	// title is what was found, reason why it matters at the plant, step
	// the first task. partly, when set, is the title of a finding raised
	// only by answers at level 1 (done case by case), where title would
	// say the practice is missing altogether. whether, for a rule raised
	// by answers, is the practice its questions ask about, as a clause
	// ("cyber incidents on plant systems are escalated with …"): the title
	// of a finding raised only by "unknown" answers is "Not established
	// whether" and it.
	title, partly, whether, reason, step string
	questions                            []string
	// atLevel2, for a question about one act whose level 2 still falls
	// short of what the standard asks (GOV-08: approved, but not for the
	// plants), makes its questions raise the rule when rated 2 instead of
	// 0, 1 or "unknown"; another rule takes those.
	atLevel2 bool
	// excluded makes its questions, each about a requirement that cannot
	// be excluded (Question.Required), raise the rule when answered "not
	// applicable" instead.
	excluded bool
	// summary is the question the title restates; rated 3 or 4 it keeps
	// the rule from firing (see FindingsWith).
	summary string
	cells   int
	// cellsQuestion, when set, is the answer that makes cells a
	// finding (the cells are computed only when it is weak): the
	// finding lists it as evidence beside the rows.
	cellsQuestion string
	// matrix, when set, raises the finding for that completeness state of
	// the matrix (matrixNotStarted and the others).
	matrix int
	// related is Finding.Related: the question whose action also works on
	// this finding.
	related string
	// matrixText says in words which matrix state raises the finding
	// (FindingRules); refs what the matrix part rests on.
	matrixText string
	refs       []Ref
	// register, when set, raises the finding from the role register or
	// the authority table (register_findings.go); registerText says what
	// raises it, in words. refs is then what it rests on.
	register     registerCheck
	registerText string
	// profile, when set, raises the finding from the profile alone: it
	// returns the finding's Detail, which says what the profile records,
	// or "" for no finding; profileText says so in words. refs is then
	// what it rests on.
	profile     func(Profile) string
	profileText string
	fields      []string // the keys of the profile fields profile reads
	// variants word the finding for the profiles they accept
	// (findingVariant, textFor).
	variants []findingVariant
	// onlyIf, when set, limits the answers' finding to the profiles it
	// accepts (answerRaises); onlyIfText says which, in words.
	onlyIf     func(Profile) bool
	onlyIfText string
}

// nis2Undetermined is the rule of FindingNIS2StatusUnknown: the profile
// records that nobody knows yet whether NIS2 applies. A profile that
// leaves the status empty says nothing (the tool is used outside the EU
// too), so it raises nothing.
func nis2Undetermined(p Profile) string {
	if p.NIS2 != NIS2Unknown {
		return ""
	}
	f, _ := ProfileFieldByKey("nis2")
	return l10n.F("The profile records the NIS2 status as \u201c%s\u201d.", f.ChoiceLabel(NIS2Unknown))
}

// matrixQuestion asks whether the matrix is recorded: for every control,
// who delivers it in each domain.
const matrixQuestion = "CTL-01"

// contradicted says, for a matrix in completeness state state, that the
// answer to matrixQuestion claims more than the matrix shows: rated
// Defined (2) or better while fewer than half of the rows are decided, or
// Implemented (3) or better, which means no blank rows, while some are
// undecided. The matrix may be kept elsewhere and not yet entered here, so
// the sentence asks for one of the two to be put right and decides
// neither. It speaks of the answer as the evidence lines do ("answered …
// level 2"), for a reader who is not an auditor. "" when the two agree or
// the question is not asked.
func contradicted(a Assessment, asked map[string]Question, state int) string {
	if _, ok := asked[matrixQuestion]; !ok {
		return ""
	}
	r := a.Answers[matrixQuestion].Rating
	level, ok := r.Level()
	if !ok {
		return ""
	}
	if (state == matrixNotStarted || state == matrixMostlyEmpty) && level >= 2 || state == matrixIncomplete && level >= TargetLevel {
		return l10n.F("%s is answered %s (level %s), but the matrix here does not show that. If the organisation keeps its matrix elsewhere, enter it here; if not, correct the answer to %s.", matrixQuestion, r.Label(), r, matrixQuestion)
	}
	return ""
}

// matrixRefs is what every matrix-based finding rests on: roles and
// responsibilities assigned (5.3, A 5.2).
var matrixRefs = refs(clause("5.3"), annexA("5.2"))

// findingRules lists the findings in the order FindingsWith returns them:
// critical first, then high, then medium, each by ID
// (TestFindingRulesOrder checks it).
var findingRules = []findingRule{
	// Critical.
	{
		id: FindingChangesBypassMOC, severity: SeverityCritical,
		title:     l10n.M("Security changes on plant systems can bypass the plant's management of change"),
		whether:   l10n.M("security changes on plant systems go through the plant's management of change"),
		reason:    l10n.M("A patch, firewall rule or retrofit that skips engineering review can stop a line, change how a controller behaves or leave the plant unable to say what changed when something goes wrong."),
		step:      l10n.M("Have the site director forbid, with immediate effect, security changes on plant systems outside the change procedure, and have IT suspend the deployment-tool pushes to them that the plant has not approved (approved standard pushes, such as antivirus signatures, continue); then write into the OT change procedure that every security change on plant systems goes through engineering review and management of change."),
		questions: []string{"CHG-02"}, summary: "CHG-02",
	},
	{
		id: FindingChangesBypassSafetyMOC, severity: SeverityCritical,
		title:     l10n.M("Security changes that can affect safety functions are not assessed under process-safety management of change"),
		partly:    l10n.M("Security changes that can affect safety functions are not reliably assessed under process-safety management of change"),
		whether:   l10n.M("security changes that can affect safety functions are assessed under process-safety management of change"),
		reason:    l10n.M("A security change that touches a safety instrumented system or its network can defeat a protection layer without anyone noticing until it is demanded; in a safety-critical process that is a risk to people."),
		step:      l10n.M("Have the site director order, with immediate effect, that no security change able to reach a safety instrumented system or its network goes ahead until EHS has reviewed and confirmed it; then agree with EHS that any security change able to affect a safety function passes the process-safety management of change, and list the systems concerned."),
		questions: []string{"CHG-07"}, summary: "CHG-07",
	},
	{
		id: FindingChangesBypassValidation, severity: SeverityCritical,
		title:     l10n.M("Security changes on validated systems can reach production without validation"),
		whether:   l10n.M("security changes on validated systems pass validation before use in production"),
		reason:    l10n.M("An endpoint agent, allow-listing or MFA rollout that skips validation can take a GxP system out of its validated state; batches made on it may need investigation and the change record will be asked for at inspection."),
		step:      l10n.M("Agree with Quality the validation route for security changes on GxP systems and apply it to the next change before it goes live."),
		questions: []string{"CHG-03"}, summary: "CHG-03",
	},
	{
		id: FindingBoundaryOpen, severity: SeverityCritical,
		title:     l10n.M("Traffic between corporate IT and the plant networks is not restricted to documented flows"),
		partly:    l10n.M("Traffic between corporate IT and the plant networks is restricted only in part"),
		whether:   l10n.M("traffic between corporate IT and the plant networks is restricted to documented flows through controlled points"),
		reason:    l10n.M("Where the boundary is not restricted, malware that reaches the office network can reach controllers, HMIs and historians and stop production, and the plant cannot be cut off cleanly when it happens."),
		step:      l10n.M("Have IT and the OT lead (until one is named, an engineer the site director names) close access into plant systems no running process needs, once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval; then restrict what remains to documented flows through controlled points (a DMZ or a data diode, or, where no network link is needed, controlled media transfer only) and name one owner of the boundary rule set."),
		questions: []string{"BRF-08"}, summary: "BRF-08",
		// The rule's own wording assumes direct links to close. Where the
		// profile records the plants as isolated, the answer (0, 1 or
		// "unknown") contradicts the profile or leaves it unconfirmed:
		// the first step is to find out which is true, never to build a
		// DMZ on an air-gapped site (the isolated plants' action on
		// BRF-08, isolatedTasks, lists the crossings). It stays critical:
		// a site that believes itself isolated guards its crossings least,
		// so an unconfirmed isolation is as open a way into OT as a link
		// known to be unrestricted. Where the profile records exchange
		// through a DMZ, diode or jump hosts only, the boundary exists and
		// the weak answer concerns what passes it or goes round it.
		variants: []findingVariant{
			{
				when: plantsIsolated, profileText: "plants recorded as isolated: the answer contradicts or leaves unconfirmed the recorded isolation; confirm it on site, and record the plant as connected where a link must stay",
				step:        l10n.M("Have the OT lead (until one is named, an engineer the site director names) and IT confirm on site that no network path joins the plant networks and corporate IT; then list every remaining crossing with its owner and control, close any link nobody approves under management of change, and, where a link must stay, record the plant as connected, not isolated."),
				establishes: true,
			},
			// The title and reason of the isolated wording say "the
			// plants", or, for a single plant, "the plant": two variants
			// that accept disjoint profiles.
			{
				when: plantsIsolatedSeveral, profileText: "plants recorded as isolated, several or not counted: the title and reason speak of the plants",
				title:   l10n.M("The plants are recorded as isolated from corporate IT, but the isolation is answered as not checked and its crossings as not controlled"),
				partly:  l10n.M("The plants are recorded as isolated from corporate IT, but the isolation and its crossings are answered as checked and controlled only in part"),
				whether: l10n.M("the plants are in fact isolated from corporate IT"),
				reason:  l10n.M("The profile records the plants as isolated, but the answer to BRF-08 does not confirm it. Every remaining crossing (removable media, a maintenance laptop used on both sides, a forgotten link) can carry malware into the plant unnoticed, and an isolation nobody has checked cannot be relied on to keep an attack on the office network out of production."),
			},
			{
				when: plantIsolatedSingle, profileText: "single plant recorded as isolated: the title and reason speak of the plant",
				title:   l10n.M("The plant is recorded as isolated from corporate IT, but the isolation is answered as not checked and its crossings as not controlled"),
				partly:  l10n.M("The plant is recorded as isolated from corporate IT, but the isolation and its crossings are answered as checked and controlled only in part"),
				whether: l10n.M("the plant is in fact isolated from corporate IT"),
				reason:  l10n.M("The profile records the plant as isolated, but the answer to BRF-08 does not confirm it. Every remaining crossing (removable media, a maintenance laptop used on both sides, a forgotten link) can carry malware into the plant unnoticed, and an isolation nobody has checked cannot be relied on to keep an attack on the office network out of production."),
			},
			{
				when: plantsBrokered, profileText: "plants recorded as connected through a DMZ, diode or jump hosts only: the weak answer concerns links that bypass those points or flows through them that nobody documented",
				reason: l10n.M("The profile records exchange with corporate IT through a DMZ, a data diode or jump hosts only, but the answer to BRF-08 does not confirm that traffic is held to documented flows there. A link that bypasses those points, or rules that let everything through, lets malware from the office network reach controllers, HMIs and historians and stop production."),
				step:   l10n.M("Have IT and the OT lead (until one is named, an engineer the site director names) close links that bypass controlled points once operations confirm no process needs them, by emergency change or, lacking such a route, with the site director's recorded approval; then route the bypassing links a process needs through the controlled points, restrict the traffic there to documented flows, and name one owner of the boundary rule set."),
			},
			// Integrated: office and plant systems often share one network,
			// so there is no separate office-to-plant link to close. What
			// can be closed at once without touching production is access
			// into plant systems nobody uses; separating the plant network
			// is a project moved system by system in planned windows.
			{
				when: plantsIntegrated, profileText: "plants recorded as integrated with corporate IT: the first step closes unused access into plant systems; separating the plant network follows in planned windows",
				reason: l10n.M("The profile records routine direct connections between corporate IT and plant systems, and the answer to BRF-08 does not confirm that traffic is held to documented flows. Where office and plant systems share a network, malware that reaches an office computer can reach controllers, HMIs and historians and stop production, and the plant cannot be cut off cleanly when it happens."),
				step:   l10n.M("Have IT and the OT lead (until one is named, an engineer the site director names) close access into plant systems no running process needs (remote administration and file shares open to office computers, services reachable from the internet), once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval; then move the plant systems into their own network zone in planned windows, one line or unit at a time, with only documented flows through a controlled point, and name one owner of the boundary rule set."),
			},
			validatedNowVariant,
			// In a safety-critical process the same path can reach the
			// safety instrumented systems, the last protection layer; the
			// step checks and closes that path before anything else
			// (profileWordings, which words the action alike).
			{
				when: connectedSafetyCritical, profileText: "safety-critical process with plants not recorded as isolated: the reason names the safety instrumented systems a path from the office can reach",
				reasonAdd: l10n.M("In a safety-critical process such a path can also reach the safety instrumented systems and their engineering stations, the last protection layer before a release, a fire or an explosion."),
			},
		},
	},
	{
		id: FindingNoIsolationAuthority, severity: SeverityCritical,
		title:     l10n.M("It is not defined who may isolate a plant, switch to manual or shut down during a cyber incident"),
		whether:   l10n.M("it is defined who may isolate a plant, switch to manual or shut down during a cyber incident"),
		reason:    l10n.M("In an incident the decision to cut the plant off the corporate network or stop production must be taken in minutes; left open, it is either delayed while malware spreads or taken on shift by someone without the authority or the safety view."),
		step:      l10n.M("Name, per plant, who may decide isolation, manual or safe-state operation and shutdown during a cyber incident, with a deputy, and record it in the incident procedure."),
		questions: []string{"INC-02"}, summary: "INC-02",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: plantsIsolated, profileText: "plants recorded as isolated: the reason speaks of closing the remaining crossings, not of cutting off a corporate network",
				reason: l10n.M("In an incident the decision to close every remaining crossing (vendor connections, removable media, offline transfers) or stop production must be taken in minutes; left open, it is either delayed while malware spreads or taken on shift by someone without the authority or the safety view."),
			},
			{
				when: singlePlant, profileText: "single plant: the title and step speak of the plant",
				title:   l10n.M("It is not defined who may isolate the plant, switch to manual or shut down during a cyber incident"),
				whether: l10n.M("it is defined who may isolate the plant, switch to manual or shut down during a cyber incident"),
				step:    l10n.M("Name who may decide isolation of the plant, manual or safe-state operation and shutdown during a cyber incident, with a deputy, and record it in the incident procedure."),
			},
			// Whoever decides must know beforehand what a stop does to
			// the batches in process and to the safe state of the line.
			{when: validatedSite, profileText: "GMP site: the step adds agreeing with Quality how a stop or isolation is handled for the batches in process", stepAdd: l10n.M("Agree beforehand with Quality how a stop or an isolation is handled for the batches in process.")},
			{when: safetyCritical, profileText: "safety-critical process: the step adds agreeing with EHS the safe state each line or unit is brought to", stepAdd: l10n.M("Agree beforehand with EHS the safe state each line or unit is brought to.")},
			// On a network shared with the office there is no one link to
			// pull: the isolation points are the switch ports and uplinks
			// of each line, and they must be known before the incident.
			{when: plantsIntegrated, profileText: "plants recorded as integrated with corporate IT: the step adds listing the switch ports and links at which each line can be cut off", stepAdd: l10n.M("List the switch ports and links at which each line can be cut off from a network it shares with the office.")},
			// Where the plants connect to corporate IT, IT can cut them
			// off from its side; a decision named at the plant binds
			// nobody unless IT agrees to it.
			{when: plantsConnected, profileText: "plants connected to corporate IT (brokered or integrated): the step adds agreeing with IT that it cuts plant systems off only on that decision or on triggers agreed beforehand", stepAdd: l10n.M("Agree with IT that it cuts plant systems off the corporate network only on the decision of the person named or on triggers agreed with them beforehand, and that when it acts on a trigger it informs them at once.")},
		},
	},
	{
		id: FindingVendorRoutesUnknown, severity: SeverityCritical,
		title:     l10n.M("Vendor and integrator remote access routes into the plants are not all known"),
		whether:   l10n.M("all vendor and integrator remote access routes into the plants are known"),
		reason:    l10n.M("Forgotten modems, vendor-installed gateways and remote support tools are among the most common ways attackers reach control systems; a route nobody knows about cannot be closed, monitored or cut off in an incident."),
		step:      l10n.M("Have each plant list now the remote access routes it knows (vendor, approver) and close those nobody accounts for once operations confirm no running process needs them, by emergency change or, lacking such a route, with the site director's recorded approval; then survey each plant for the other routes of vendors and integrators and record each with its owner."),
		questions: []string{"SCO-03"}, summary: "SCO-03",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the title and step speak of the plant",
				title:   l10n.M("Vendor and integrator remote access routes into the plant are not all known"),
				whether: l10n.M("all vendor and integrator remote access routes into the plant are known"),
				step:    l10n.M("Have the plant list now the remote access routes it knows (vendor, approver) and close those nobody accounts for once operations confirm no running process needs them, by emergency change or, lacking such a route, with the site director's recorded approval; then survey the plant for the other routes of vendors and integrators and record each with its owner."),
			},
			validatedNowVariant,
		},
	},
	{
		id: FindingVendorSessionsOpen, severity: SeverityCritical,
		title:     l10n.M("Vendor support sessions into the plants are not made through a controlled, plant-approved access service"),
		partly:    l10n.M("Vendor support sessions into the plants are not all made through a controlled, plant-approved access service"),
		whether:   l10n.M("vendor support sessions into the plants are made through a controlled, plant-approved access service"),
		reason:    l10n.M("A vendor session the plant does not approve and cannot see can change a controller's logic or carry malware onto the plant floor while production runs, with nobody able to stop it or tell afterwards what was done."),
		step:      l10n.M("Disable the standing vendor connections into the plants that no running process needs, once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval; then open a connection only for a session plant staff approve, watch and log, and write and approve the vendor remote-access procedure: one controlled access service, sessions ended after use, and a time-limited risk acceptance for each connection a process needs."),
		questions: []string{"BRF-06"}, summary: "BRF-06",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the title and step speak of the plant",
				title:   l10n.M("Vendor support sessions into the plant are not made through a controlled, plant-approved access service"),
				partly:  l10n.M("Vendor support sessions into the plant are not all made through a controlled, plant-approved access service"),
				whether: l10n.M("vendor support sessions into the plant are made through a controlled, plant-approved access service"),
				step:    l10n.M("Disable the standing vendor connections into the plant that no running process needs, once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval; then open a connection only for a session plant staff approve, watch and log, and write and approve the vendor remote-access procedure: one controlled access service, sessions ended after use, and a time-limited risk acceptance for each connection a process needs."),
			},
			validatedNowVariant,
			// On a safety-critical plant, work on a running system is done
			// under a permit the shift issues; a vendor session is such work.
			{when: safetyCritical, profileText: "safety-critical process: the step adds a work permit from the shift supervisor for each vendor session", stepAdd: l10n.M("Have the shift supervisor issue a work permit for each vendor session, as for any other work on the plant, so that the shift knows who is working on which system.")},
			// Plants reached only through controlled points already have a
			// place for sessions to pass: another way in would bypass it.
			{when: plantsBrokered, profileText: "plants recorded as connected through a DMZ, diode or jump hosts only: the step adds routing the sessions through the jump host or remote access service already in the IT/OT DMZ", stepAdd: l10n.M("Route these sessions through the jump host or remote access service already in the IT/OT DMZ unless it cannot serve them, with plant staff approving each session on it, rather than opening another way in.")},
		},
	},
	// High.
	{
		id: FindingAuditMissesPlants, severity: SeverityHigh,
		title:     l10n.M("The internal audit programme does not cover the plants in scope"),
		partly:    l10n.M("The internal audit programme covers the plants in scope only in part"),
		whether:   l10n.M("the internal audit programme covers every plant in scope"),
		reason:    l10n.M("ISO/IEC 27001 9.2 requires internal audits of the whole ISMS at planned intervals; a programme that never reaches the plants gives top management no assurance where safety, product quality and production are at stake."),
		step:      l10n.M("Plan the internal audits so that every in-scope plant is audited at least once per cycle, with an OT-competent auditor on each plant audit, and schedule the first plant audit."),
		questions: []string{"PRA-07"}, summary: "PRA-07",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the finding speaks of the plant",
				title:   l10n.M("The internal audit programme does not cover the plant"),
				partly:  l10n.M("The internal audit programme covers the plant only in part"),
				whether: l10n.M("the internal audit programme covers the plant"),
				reason:  l10n.M("ISO/IEC 27001 9.2 requires internal audits of the whole ISMS at planned intervals; a programme that never reaches the plant gives top management no assurance where safety, product quality and production are at stake."),
				step:    l10n.M("Plan the internal audits so that the plant is audited at least once per cycle, with an OT-competent auditor on each audit of the plant, and schedule the first plant audit."),
			},
		},
	},
	{
		id: FindingAuthorityCriticalBelowTop, severity: SeverityHigh,
		title:        l10n.M("The risk-acceptance authority table lets critical risks be accepted below top management"),
		reason:       l10n.M("A risk that can stop a plant, harm people or put the business at stake is one top management answers for (ISO/IEC 27001 5.1); accepted lower down, the people who carry the consequence never decided it, and an auditor will ask who signed."),
		step:         l10n.M("Give the acceptance of the listed critical risks to the executive sponsor, with the former acceptor consulted."),
		register:     checkCriticalBelowTop,
		registerText: "critical rows whose accepting role is not the executive sponsor",
		refs:         refs(clause("5.1"), clause("6.1.3")),
	},
	{
		id: FindingAuthorityNoAcceptor, severity: SeverityHigh,
		title:        l10n.M("The risk-acceptance authority table names nobody who may accept some risks"),
		reason:       l10n.M("A risk level with nobody entitled to accept it is either never accepted, so the plant lives with it undecided, or accepted by whoever is at hand; ISO/IEC 27001 6.1.3 f needs the risk owner's acceptance."),
		step:         l10n.M("Name the accepting role for each listed row, starting with the plant OT and safety- or quality-relevant rows."),
		register:     checkNoAcceptor,
		registerText: "once the table is started: rows with no accepting role",
		refs:         refs(clause("6.1.2"), clause("6.1.3")),
	},
	{
		id: FindingAuthorityRegulatedUnheard, severity: SeverityHigh,
		title:        l10n.M("The risk-acceptance authority table lets safety- or quality-relevant risks be accepted without EHS or Quality"),
		reason:       l10n.M("Accepting a risk to a safety function or a validated system without process safety or Quality can leave a protection layer weakened or a GxP system out of its validated state, with nobody who judges that consequence having been asked."),
		step:         l10n.M("Consult EHS (safety-critical process) and Quality (GMP site) on every listed row before the risk is accepted."),
		register:     checkRegulatedUnheard,
		registerText: "safety-critical process or GMP site: safety- or quality-relevant rows with an acceptor but without EHS or Quality as acceptor or consulted",
		refs:         refs(clause("6.1.3"), annexA("5.3")),
	},
	{
		id: FindingChangesIgnoreDowntime, severity: SeverityHigh,
		title:     l10n.M("Security changes are not planned around plant downtime and the re-approvals they trigger"),
		partly:    l10n.M("Security changes are not reliably planned around plant downtime and the re-approvals they trigger"),
		whether:   l10n.M("security changes are planned around plant downtime and the re-approvals they trigger"),
		reason:    l10n.M("Patches, segmentation and MFA on OT must fit downtime windows and any requalification or customer re-approval a change triggers; forced in, they stop production or invalidate a qualified or approved process, and the plant will resist the next change."),
		step:      l10n.M("Plan the next round of OT security changes against each plant's maintenance and shutdown calendar with operations, naming any requalification or re-approval a change triggers."),
		questions: []string{"CHG-01"}, summary: "CHG-01",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the step speaks of the plant",
				step: l10n.M("Plan the next round of OT security changes against the plant's maintenance and shutdown calendar with operations, naming any requalification or re-approval a change triggers."),
			},
		},
	},
	{
		// SCO-05: the scope stops at the plant firewall while corporate
		// accounts, directories and laptops reach plant systems through
		// it. High: the path is as direct as an attack on the plant, and
		// outside the scope nobody assesses or secures it for that use.
		id: FindingCorporatePathsOutOfScope, severity: SeverityHigh,
		title:     l10n.M("The corporate systems through which people reach the plants are not inside the ISMS scope"),
		partly:    l10n.M("The corporate systems through which people reach the plants are only partly inside the ISMS scope"),
		whether:   l10n.M("the corporate systems through which people reach the plants are inside the ISMS scope"),
		reason:    l10n.M("A compromised corporate account, directory or engineering laptop reaches controllers and operator stations as surely as an attack on the plant itself; left outside the scope, these paths are in nobody's risk assessment, and no IT owner secures them for the access to plant systems they give."),
		step:      l10n.M("List the directories, accounts, laptops and remote-access paths (VPN, remote desktop) from which people reach plant systems, and the cloud services that receive plant data; bring each into the scope with an IT owner, and assess in the next risk assessment the risk each path brings to plant systems."),
		questions: []string{"SCO-05"}, summary: "SCO-05",
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the title speaks of the plant",
				title:   l10n.M("The corporate systems through which people reach the plant are not inside the ISMS scope"),
				partly:  l10n.M("The corporate systems through which people reach the plant are only partly inside the ISMS scope"),
				whether: l10n.M("the corporate systems through which people reach the plant are inside the ISMS scope"),
			},
		},
	},
	{
		// BRF-08 at level 2 where the profile records direct connections
		// (shared identity, cloud services): the permitted flows are written
		// down but not enforced, so the office and the plant share one
		// network in practice. Below level 2 it-ot-boundary-open (critical)
		// says more. On isolated or brokered plants a level-2 answer
		// concerns the crossings or the rules at controlled points that
		// exist; no finding is raised there.
		id: FindingBoundaryOnPaper, severity: SeverityHigh,
		title:     l10n.M("Traffic between corporate IT and the plant networks is restricted on paper only"),
		whether:   l10n.M("the documented flows between corporate IT and the plant networks are enforced at controlled points"),
		reason:    l10n.M("The profile records direct connections between corporate IT and the plant networks, and the permitted flows are written down but not yet enforced at controlled points; until they are, malware that reaches the office network can still reach controllers, HMIs and historians."),
		step:      l10n.M("Have IT and the OT lead enforce the documented flows at the controlled points, starting with the connections to systems whose loss stops a line, under management of change, and have the owner of the boundary rule set check the rules against the documented flows."),
		questions: []string{"BRF-08"}, summary: "BRF-08", atLevel2: true,
		onlyIf:     plantsIntegrated,
		onlyIfText: "only where the profile records integrated IT/OT",
	},
	{
		id: FindingManagementNotAccountable, severity: SeverityHigh,
		title:      l10n.M("The ownership matrix does not make top management accountable for the policy, the roles and its own duties"),
		reason:     l10n.M("ISO/IEC 27001 5.1 to 5.3 make top management answer for the policy and for assigning roles, and Annex A 5.4 is management's own duty; where the matrix puts that on a function below, an auditor asks for evidence that top management itself approved the policy and assigned the roles, and plant decisions lack the backing to overrule production pressure."),
		step:       l10n.M("Give the executive sponsor the A on the listed rows, with the ISMS owner responsible for the work."),
		cells:      cellsManagement,
		matrixText: "rows of 5.1 to 5.4 without top management as A",
		refs:       refs(clause("5.1"), clause("5.3"), annexA("5.1"), annexA("5.3"), annexA("5.4")),
	},
	{
		id: FindingNoReviewDecisions, severity: SeverityHigh,
		title:     l10n.M("Top management does not take decisions on plant security at management review"),
		partly:    l10n.M("Top management takes decisions on plant security at management review only now and then"),
		whether:   l10n.M("top management takes decisions on resources and plant security risks at management review"),
		reason:    l10n.M("ISO/IEC 27001 9.3.3 requires the results of management review to include decisions on continual improvement and on any changes needed to the ISMS; a review that decides nothing on resources and plant risks does not meet it, and top management is not steering the ISMS."),
		step:      l10n.M("Have top management hold the management review with the plant security risks and resource needs on its agenda, and minute each decision with who follows it up."),
		questions: []string{"PRA-04"}, summary: "PRA-04",
	},
	{
		id: FindingMatrixMostlyEmpty, severity: SeverityHigh,
		title:      l10n.M("Most of the ownership matrix is still empty"),
		reason:     l10n.M("Fewer than half of the control rows name an owner, so most controls are nobody's job in practice and a gap cannot be told from a decision not yet taken; where the missing owner is on the plant floor, nobody answers for patching, access or recovery of a line."),
		step:       l10n.M("Fill the plant-floor and shared rows of the ownership matrix first, in a workshop with IT, OT and operations, and Quality and EHS where the site's validated systems or safety-critical processes concern them, then the rest."),
		matrix:     matrixMostlyEmpty,
		related:    matrixQuestion,
		matrixText: "fewer than half of the matrix rows have letters",
		refs:       matrixRefs,
	},
	{
		id: FindingMatrixNotStarted, severity: SeverityHigh,
		title:      l10n.M("The ownership matrix has not been started"),
		reason:     l10n.M("No Annex A control has an owner on corporate IT, the plant floor or the shared infrastructure, so nobody can show who answers for patching a controller, granting vendor access or restoring a line after an incident."),
		step:       l10n.M("Start the ownership matrix from the ownership model that fits and adjust it in a workshop with IT, OT and operations, and Quality and EHS where the site's validated systems or safety-critical processes concern them."),
		matrix:     matrixNotStarted,
		related:    matrixQuestion,
		matrixText: "no matrix row has a letter",
		refs:       matrixRefs,
	},
	{
		// The NIS2 questions are asked only where the profile records an
		// essential or important entity, to which Articles 20 and 23 apply
		// by law: "not applicable" there is a duty set aside.
		id: FindingNIS2DutyExcluded, severity: SeverityHigh, excluded: true,
		title:     l10n.M("A NIS2 duty is answered as not applicable, although the profile records the organisation as in scope of NIS2"),
		whether:   l10n.M("the NIS2 duties asked about are met"),
		reason:    l10n.M("The profile records the organisation as an essential or important entity under NIS2, and Articles 20 and 23 apply to every such entity: none of the duties asked about can be set aside as not applicable, and a supervisory authority would count each as not met. Each listed answer counts as not in place, in the score and the plan, until it is rated."),
		step:      l10n.M("Give each listed question its rating for what is in place, or answer \u201cunknown\u201d and find out. Where the organisation believes it is not an essential or important entity, have legal counsel confirm its NIS2 status and record it in the profile; the questions are then no longer asked."),
		questions: []string{"GOV-11", "GOV-12", "GOV-13", "INC-08"},
	},
	{
		// NIS2 Art. 20(1): the management body approves the Art. 21
		// measures, oversees them and can be held liable for infringements.
		// GOV-11 is asked only where the profile says NIS2 applies.
		id: FindingNIS2NotApproved, severity: SeverityHigh,
		title:     l10n.M("The management body has not approved the NIS2 cybersecurity risk-management measures"),
		partly:    l10n.M("No resolution of the management body approving the NIS2 risk-management measures is on record"),
		whether:   l10n.M("the management body has approved the NIS2 cybersecurity risk-management measures"),
		reason:    l10n.M("Under NIS2 Article 20(1) the management body must approve the cybersecurity risk-management measures and oversee their implementation, and its members can be held liable for infringements; without a recorded approval they cannot show that they decided the measures, at the plants or elsewhere."),
		step:      l10n.M("Have the management body approve the cybersecurity risk-management measures, those for the plants included, by a resolution, and keep the dated minutes."),
		questions: []string{"GOV-11"}, summary: "GOV-11",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the reason and step speak of the plant",
				reason: l10n.M("Under NIS2 Article 20(1) the management body must approve the cybersecurity risk-management measures and oversee their implementation, and its members can be held liable for infringements; without a recorded approval they cannot show that they decided the measures, at the plant or elsewhere."),
				step:   l10n.M("Have the management body approve the cybersecurity risk-management measures, those for the plant included, by a resolution, and keep the dated minutes."),
			},
		},
	},
	{
		// NIS2 Art. 20(1): approving the measures is not enough; the body
		// oversees their implementation.
		id: FindingNIS2NoOversight, severity: SeverityHigh,
		title:     l10n.M("The management body does not oversee the implementation of the NIS2 measures"),
		partly:    l10n.M("The management body hears of the NIS2 measures only now and then, without regular reports that include the plants"),
		whether:   l10n.M("the management body oversees the implementation of the NIS2 measures, the plants included"),
		reason:    l10n.M("Under NIS2 Article 20(1) the management body oversees the implementation of the measures it approved, and its members can be held liable for infringements. Without regular reports that include the plants, measures approved for production systems can stall unnoticed, and the body cannot show that it oversaw them."),
		step:      l10n.M("Have the management body receive a status report on the NIS2 measures at a set frequency, with the plants' progress and overdue items shown separately, and record its decisions in the minutes."),
		questions: []string{"GOV-12"}, summary: "GOV-12",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the finding speaks of the plant",
				partly:  l10n.M("The management body hears of the NIS2 measures only now and then, without regular reports that include the plant"),
				whether: l10n.M("the management body oversees the implementation of the NIS2 measures, the plant included"),
				reason:  l10n.M("Under NIS2 Article 20(1) the management body oversees the implementation of the measures it approved, and its members can be held liable for infringements. Without regular reports that include the plant, measures approved for production systems can stall unnoticed, and the body cannot show that it oversaw them."),
				step:    l10n.M("Have the management body receive a status report on the NIS2 measures at a set frequency, with the plant's progress and overdue items shown separately, and record its decisions in the minutes."),
			},
		},
	},
	{
		id: FindingNIS2Reporting, severity: SeverityHigh,
		title:     l10n.M("A significant incident at a plant may not be reported to the authority within the NIS2 deadlines"),
		whether:   l10n.M("a significant incident at a plant can be reported to the authority within the NIS2 deadlines"),
		reason:    l10n.M("NIS2 sets an early warning within 24 hours of becoming aware of a significant incident, an incident notification within 72 hours and a final report no later than one month after that notification; a plant incident found on a night shift that nobody knows how to report exposes the entity to supervisory measures and fines, and the members of its management body, who approve and oversee the incident-handling measures (Article 21(2)(b)), to liability under Article 20(1)."),
		step:      l10n.M("Write the NIS2 incident reporting procedure, naming who decides significance and who reports to the authority or CSIRT, and include the plants' escalation into it."),
		questions: []string{"INC-08"}, summary: "INC-08",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the title and step speak of the plant",
				title:   l10n.M("A significant incident at the plant may not be reported to the authority within the NIS2 deadlines"),
				whether: l10n.M("a significant incident at the plant can be reported to the authority within the NIS2 deadlines"),
				step:    l10n.M("Write the NIS2 incident reporting procedure, naming who decides significance and who reports to the authority or CSIRT, and include the plant's escalation into it."),
			},
		},
	},
	{
		id: FindingNIS2StatusUnknown, severity: SeverityHigh,
		title:   l10n.M("Whether NIS2 applies to the organisation has not been determined"),
		reason:  l10n.M("Manufacturers of medicines, chemicals, food, machinery, vehicles and electronics are among the sectors NIS2 lists, and an essential or important entity has duties of its own: its management body approves and oversees the cybersecurity measures and is trained (Article 20), and significant incidents are reported to the CSIRT or competent authority in stages, an early warning first within 24 hours (Article 23). Until the status is settled, nobody can say whether those duties apply, the requirements of interested parties are not determined (ISO/IEC 27001 4.2), and the tool does not ask about them."),
		step:    l10n.M("Have top management settle, with legal counsel (in-house or external), for each legal entity in scope, whether the national law implementing NIS2 classes it as an essential or important entity, from the sectors the Directive lists and the entity's size; record the result and its basis among the legal requirements (Annex A 5.31), register with the authority where the law requires it, and record the status in the profile."),
		profile: nis2Undetermined, fields: []string{"nis2"},
		profileText: "the NIS2 status is \u201cNot known yet\u201d",
		refs:        refs(clause("4.2"), annexA("5.31"), nis2("20(1)"), nis2("23")),
	}, {
		// An empty row raises it too (see FindingsWith).
		id: FindingNoAuthorityToStop, severity: SeverityHigh, criticalIfSafety: true, nis2Ref: nis2("21(2)(b)"),
		title:      l10n.M("The ownership matrix gives nobody on site the plant-floor incident response"),
		reason:     l10n.M("Isolating a network or stopping a line in an incident needs someone on site with the authority to order it; an owner at head office cannot weigh the hazard and the lost production in the minutes that count."),
		step:       l10n.M("Give the site director the A on plant-floor incident response, with plant operations responsible."),
		cells:      cellsStop,
		matrixText: "plant-floor 5.26 empty, or without the site director or plant operations as A or R (once the matrix is started)",
		refs:       refs(clause("5.3"), annexA("5.24"), annexA("5.26")),
	},
	{
		id: FindingNoBatchImpact, severity: SeverityHigh,
		title:     l10n.M("After a cyber incident, Quality does not assess product and batch records before release"),
		partly:    l10n.M("After a cyber incident, Quality does not reliably assess product and batch records before release"),
		whether:   l10n.M("Quality assesses product and batch records after a cyber incident, before release"),
		reason:    l10n.M("A compromised control system or historian can corrupt process data and batch records; unless a cyber incident on plant systems is raised as a deviation, batches made during it can be certified and released without anyone assessing its impact on product and data integrity."),
		step:      l10n.M("Add cyber incidents on plant systems to the triggers of the deviation procedure, so that Quality assesses their impact on product, batch records and data integrity before affected batches are certified or released."),
		questions: []string{"INC-04"}, summary: "INC-04",
	},
	{
		// ROL-03: the domain owner the seeds give the plant floor. Level
		// 1 (someone in OT does it, case by case) is worded apart.
		id: FindingNoOTLead, severity: SeverityHigh,
		title:     l10n.M("No OT lead owns the delivery and running of the plant-floor controls"),
		partly:    l10n.M("Plant-floor controls are run case by case, without a named OT lead who owns them"),
		whether:   l10n.M("an OT lead owns the delivery and running of the plant-floor controls"),
		reason:    l10n.M("Controls on control systems, PLCs and plant networks need people who know the process and the limits it sets for safety, product quality and production. Without an OT lead who owns them, either IT applies office practice to the plant, or patching, backups and access reviews there depend on whoever has time."),
		step:      l10n.M("Name an OT lead per plant or region (automation, engineering or plant digital) who owns the delivery and running of the plant-floor controls, and record the responsibility in the RACI."),
		questions: []string{"ROL-03"}, summary: "ROL-03",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the step names the plant's OT lead",
				step: l10n.M("Name the plant's OT lead (automation, engineering or plant digital), who owns the delivery and running of the plant-floor controls, and record the responsibility in the RACI."),
			},
		},
	},
	{
		id: FindingNoPlantHands, severity: SeverityHigh,
		title:      l10n.M("The ownership matrix does not make the site accountable or responsible for plant-floor continuity"),
		reason:     l10n.M("Keeping a plant secure through a disruption and restoring it means running it by hand, bringing it to a safe state and restarting it; with neither the site director nor plant operations accountable or responsible, the plant-floor continuity rows name nobody who does that work."),
		step:       l10n.M("Give the site director the A, or plant operations an R, on the listed plant-floor rows."),
		cells:      cellsPlantHands,
		matrixText: "plant-floor 5.29 or 5.30 without the site director or plant operations as A or R",
		refs:       refs(clause("5.3"), annexA("5.29"), annexA("5.30")),
	},
	{
		id: FindingNoRiskAcceptance, severity: SeverityHigh,
		title:     l10n.M("The authority to accept risk and grant exceptions is not set out in writing"),
		whether:   l10n.M("the authority to accept risk and grant exceptions is set out in writing"),
		reason:    l10n.M("Legacy PLCs and unpatchable systems need an explicit, documented risk acceptance by someone entitled to give it (ISO/IEC 27001 6.1.3 f: the risk owners accept the residual risk); without a written scheme nobody can show that whoever accepted a risk was entitled to, and exceptions are decided by whoever happens to be asked."),
		step:      l10n.M("Write and have top management approve the risk-acceptance scheme: which role may accept which level of risk, and who may grant a policy exception; then have the role it names re-confirm, or treat again, each risk accepted before the scheme was approved."),
		questions: []string{"GOV-05"}, summary: "GOV-05",
	},
	{
		id: FindingNoSingleOwner, severity: SeverityHigh,
		title:     l10n.M("No single accountable owner for the ISMS"),
		partly:    l10n.M("Accountability for the ISMS as a whole is not formally assigned to one named person"),
		whether:   l10n.M("one named person is accountable for the ISMS as a whole"),
		reason:    l10n.M("When accountability is split or unnamed, IT/OT disputes about uptime versus security have nobody to settle them, and the auditor will find no one who answers for the management system."),
		step:      l10n.M("Have top management name one person accountable for the ISMS across corporate IT and the plants, and record it in the ISMS roles document."),
		questions: []string{"GOV-01"}, summary: "GOV-01",
		cells:      cellsSplitGovernance,
		matrixText: "controls 5.1 to 5.4 not held by one single accountable role",
		refs:       matrixRefs,
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the step speaks of the plant",
				step: l10n.M("Have top management name one person accountable for the ISMS across corporate IT and the plant, and record it in the ISMS roles document."),
			},
		},
	},
	{
		// CHG-06: with no agreed route, an urgent security change on a
		// running plant either waits for the next shutdown, leaving a known
		// weakness open for months, or is improvised without the reviews
		// that keep the plant safe. The first step agrees the interim
		// protections that need no shutdown before writing the route.
		id: FindingNoUrgentChangeRoute, severity: SeverityHigh,
		title:     l10n.M("There is no agreed route for urgent security changes on plant systems"),
		partly:    l10n.M("Urgent security changes on plant systems follow an agreed route only case by case"),
		whether:   l10n.M("there is an agreed route for urgent security changes on plant systems"),
		reason:    l10n.M("When a weakness in a control system is being exploited, a fix that must wait for the next planned shutdown leaves the plant exposed for months, and a change improvised on a running plant can do more harm than the attack; Annex A 8.8 asks for timely action on technical vulnerabilities, and 8.32 for changes under control."),
		step:      l10n.M("Agree with operations and the functions that answer for safety and product quality which interim protections may be applied at once on plant systems without a shutdown (blocking a service or connection at the boundary, disabling a remote account, closer monitoring) and who approves them at night; then write the urgent route for OT security changes into the plant's change procedure."),
		questions: []string{"CHG-06"}, summary: "CHG-06",
	},
	{
		id: FindingOTIncidentsIsolated, severity: SeverityHigh, criticalIfSafety: true,
		title:     l10n.M("Cyber incidents on plant systems are not escalated with safety, operations and quality"),
		partly:    l10n.M("Cyber incidents on plant systems are escalated with safety, operations and quality only case by case, with no written route"),
		whether:   l10n.M("cyber incidents on plant systems are escalated with safety, operations and quality"),
		reason:    l10n.M("A cyber incident on a plant system can be a quality deviation, a hazard at a machine and a loss of production at the same time; if the cyber, safety and quality incident processes are not linked, the wrong people decide whether to stop a line, and the cyber cause of a machine fault or of off-specification product may go unrecognised."),
		step:      l10n.M("Post in each plant's control room or shift office the list of whom to call for a suspected cyber event on plant systems (the OT contact, IT support or security, EHS, Quality), with numbers that answer at night and at weekends; then write the joint triage and escalation route for OT cyber incidents with EHS, operations and Quality, and link it from each of their incident procedures."),
		questions: []string{"INC-01"}, summary: "INC-01",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the step speaks of the plant",
				step: l10n.M("Post in the plant's control room or shift office the list of whom to call for a suspected cyber event on plant systems (the OT contact, IT support or security, EHS, Quality), with numbers that answer at night and at weekends; then write the joint triage and escalation route for OT cyber incidents with EHS, operations and Quality, and link it from each of their incident procedures."),
			},
			// A safety-critical site already has an alarm chain and an
			// emergency plan its shifts drill: a cyber event that can
			// affect the process enters through that chain, not beside it.
			// In a safety-critical process the incident can be a process
			// safety event, which is why the finding is critical there
			// (criticalIfSafety).
			{when: safetyCritical, profileText: "safety-critical process: the finding is critical, its reason speaks of process safety, and the step adds suspected cyber events to the triggers of the site's alarm and emergency plan",
				reason:  l10n.M("A cyber incident on a control system can be a safety event and a quality deviation at the same time; if the cyber, safety and quality incident processes are not linked, the wrong people decide whether to stop a line or shut down a unit, and the cyber cause of a process upset or of off-specification product may go unrecognised."),
				stepAdd: l10n.M("Add suspected cyber events that can affect the process to the triggers of the site's alarm and emergency plan, so that the shift raises them as it would any process upset.")},
		},
	},
	{
		id: FindingOTNoResponsible, severity: SeverityHigh,
		title:      l10n.M("Plant-floor controls with nobody responsible for doing them"),
		reason:     l10n.M("Controls on the plant floor need someone on site who applies them within process safety, validation and downtime limits; an owner with nobody doing the work is an owner on paper."),
		step:       l10n.M("Give each listed plant-floor row an R (the OT lead, maintenance or operations), or mark the owner A/R if it does the work itself."),
		cells:      cellsOTNoResponsible,
		matrixText: "plant-floor rows with no R",
		refs:       matrixRefs,
	},
	{
		// CHG-04. Plant systems that cannot be patched are the rule, not
		// the exception; what an auditor looks for is a decision on each
		// (A 8.8: evaluate the exposure and take measures), so the first
		// step protects what cannot be patched before any patching plan.
		// The step changes no connection by itself: the compensating
		// controls are agreed, then carried out under the plant's change
		// procedure, as the action's note says.
		id: FindingOTPatchingMissing, severity: SeverityHigh,
		title:     l10n.M("Plant systems have no agreed patching approach, and those that cannot be patched have no compensating controls"),
		partly:    l10n.M("Plant systems are patched, and those that cannot be patched protected, only case by case"),
		whether:   l10n.M("plant systems are patched by an agreed approach, with compensating controls for those that cannot be patched"),
		reason:    l10n.M("Controllers, operator panels and engineering workstations often run software their vendor no longer updates; where nobody decides which can be patched, when, and what protects the rest, known weaknesses stay open on the systems that run production, and Annex A 8.8 asks for that decision."),
		step:      l10n.M("Have the OT lead (until one is named, an engineer the site director names) list the plant systems that cannot be patched or whose vendor support has ended, and agree with IT an interim protection for each that works on today's network (internet access blocked, remote administration only from named engineering computers, no unchecked removable media, vendor sessions only when approved), each accepted for a limited time by its risk owner; then write the OT patching approach."),
		questions: []string{"CHG-04"}, summary: "CHG-04",
		variants: []findingVariant{
			{when: validatedSite, profileText: "GMP site: the step adds that each interim protection on a validated system passes change control, with Quality deciding the requalification", stepAdd: l10n.M("Route each interim protection on a validated system through the site's change control, with Quality deciding how much must be requalified.")},
		},
	},
	{
		id: FindingRestoreUnowned, severity: SeverityHigh,
		title:     l10n.M("Nobody owns backing up and restoring the programs and configurations of plant systems"),
		partly:    l10n.M("Backing up and restoring plant systems' programs and configurations is owned for some systems only"),
		whether:   l10n.M("each plant system has an owner for backing up and restoring its programs and configurations"),
		reason:    l10n.M("After a ransomware attack or a failed change, a line restarts only from a known-good copy of its controller logic and configurations; without an owner the copies are often missing or out of date, and an outage of hours becomes one of days."),
		step:      l10n.M("Have the OT lead (until one is named, an engineer the site director names) copy now the latest programs and configurations of the plant systems, wherever they are kept (engineering laptops, project archives, vendor deliveries), into a controlled offline store, leaving the originals in place; then name an owner for the backups of each plant system, starting with those whose loss stops a line, and have each owner check that a current offline copy exists, matches what is running and has been restored once on a spare or test system."),
		questions: []string{"CTL-07"}, summary: "CTL-07",
		// On validated systems, backup and the ability to restore are
		// checked in validation (a GMP data-integrity duty), and restoring
		// safety instrumented system logic changes a safety function: the
		// functions that answer for those take part in the first step.
		variants: []findingVariant{
			{when: validatedSite, profileText: "GMP site: the step adds agreeing the backup and restore check with Quality", stepAdd: l10n.M("Agree the backup and restore check of validated systems with Quality.")},
			{when: safetyCritical, profileText: "safety-critical process: the step adds EHS verifying restored safety-related logic", stepAdd: l10n.M("Have EHS verify restored safety-related logic (safety instrumented systems, safety PLCs) against the safety requirements before the system returns to service.")},
		},
	},
	{
		id: FindingOwnerNotEnterprise, severity: SeverityHigh,
		title:     l10n.M("The ISMS owner is not placed at enterprise level, above the plants and above IT and OT"),
		whether:   l10n.M("the ISMS owner is placed at enterprise level, above the plants and above IT and OT"),
		reason:    l10n.M("An owner inside one plant, or only in IT or only in OT, tends to under-scope the other side and cannot arbitrate between uptime and security; the role belongs at enterprise risk and governance level."),
		step:      l10n.M("Have top management give the ISMS owner a written remit over corporate IT and every plant and a direct line to it, placing the role at enterprise level rather than inside IT, OT or one plant, and give the IT and OT leads responsibility for delivery in their domains."),
		questions: []string{"GOV-02"}, summary: "GOV-02",
		cells:      cellsDomainOnlyOwner,
		matrixText: "every A of controls 5.1 and 5.2 held by the IT or the OT lead",
		refs:       matrixRefs,
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the finding asks for a remit over IT and the plant and a direct line to top management, not an enterprise level above the plant",
				title:   l10n.M("The ISMS owner is not placed above IT and the plant, with a written remit over both and a direct line to top management"),
				whether: l10n.M("the ISMS owner is placed above IT and the plant, with a written remit over both and a direct line to top management"),
				reason:  l10n.M("An owner placed inside IT or inside the plant, without a remit over both and a direct line to top management, tends to under-scope the other side and cannot arbitrate between uptime and security; ISO/IEC 27001 5.3 has top management assign that responsibility and authority."),
				// A one-plant company seldom has a risk function or a
				// CISO: what 5.3 needs is the remit and the line to top
				// management, which the current holder can be given.
				step: l10n.M("Have top management record that the ISMS owner answers to it directly for the ISMS, with a written remit over corporate IT and the plant and time set aside for it, and give the IT and OT leads responsibility for delivery in their domains."),
			},
		},
	},
	{
		// BRF-07, asked only with two or more plants. A flat wide-area
		// network turns an incident at one plant into a stop at all of
		// them; the controlled points at the IT/OT boundary (brokered
		// profile) do not see traffic between plants. High, not critical:
		// the usual way in is the office network or a vendor route, which
		// it-ot-boundary-open and the vendor findings name; this finding is
		// about how far an incident spreads once in. Its first step logs
		// the traffic first and blocks only what the logs show unused:
		// plants often share an MES, a historian or a program server.
		id: FindingPlantsNotSegregated, severity: SeverityHigh,
		title:     l10n.M("A compromise at one plant can spread to the other plants: traffic between plants is not restricted"),
		partly:    l10n.M("Traffic between plants is restricted only in part, so a compromise at one plant can spread to others"),
		whether:   l10n.M("traffic between plants is restricted so that a compromise at one plant cannot spread to the others"),
		reason:    l10n.M("Where the plant networks are joined without filtering, malware that reaches one plant can spread over the wide-area network to the controllers and HMIs of the others, and one incident can stop production at every site at once."),
		step:      l10n.M("Have IT log traffic between plants at each plant's wide-area link and, with the plant engineers, block the remote-administration, file-sharing and controller traffic between plants that the logs show unused, with each site director's recorded approval; then document the permitted flows between plants, each with its owner and purpose, and restrict the traffic to them in planned windows."),
		questions: []string{"BRF-07"}, summary: "BRF-07",
		variants: []findingVariant{
			{when: plantsBrokered, profileText: "plants recorded as connected through a DMZ, diode or jump hosts only: the reason adds that those points do not see traffic between plants", reasonAdd: l10n.M("Where plant networks meet on the wide-area network behind the controlled points between corporate IT and the plants, those points do not see the traffic between them.")},
		},
	},
	{
		// Clause 5.2 gives the policy to top management; GOV-08 asks about
		// that one approval, so level 1 (signed below top management, or
		// lapsed) is the gap too, not a weaker form of it. Its title says
		// only what the answer shows: no current top-management approval
		// on record, whether or not a policy exists.
		id: FindingPolicyNotApproved, severity: SeverityHigh,
		title:     l10n.M("Top management has not approved the information security policy"),
		partly:    l10n.M("No current information security policy approved by top management and covering corporate IT and the plants is on record"),
		whether:   l10n.M("top management has approved the information security policy"),
		reason:    l10n.M("ISO/IEC 27001 requires top management to establish the information security policy (clause 5.2, with 5.1 a), and Annex A 5.1 requires management approval and review at planned intervals. Without a current top-management approval the ISMS lacks the mandate an audit checks first, and the policy carries little weight with plant managers when it competes with production."),
		step:      l10n.M("Have top management approve the information security policy, covering corporate IT and the plants, and record who approved it, when, and when it is next due for review."),
		questions: []string{"GOV-08"}, summary: "GOV-08",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the title of case-by-case answers and the step speak of the plant",
				partly: l10n.M("No current information security policy approved by top management and covering corporate IT and the plant is on record"),
				step:   l10n.M("Have top management approve the information security policy, covering corporate IT and the plant, and record who approved it, when, and when it is next due for review."),
			},
		},
	},
	{
		id: FindingQualityNotConsulted, severity: SeverityHigh,
		title:      l10n.M("On a GMP site, Quality is not involved in work on validated systems and GxP data"),
		reason:     l10n.M("On a GMP site a patch, configuration change, software install or anti-malware tool made without Quality can take a validated system out of its validated state; batches made on it may then need investigation, and inspectors will ask for the change record. Records, backups, audit trails, clocks and access to GxP systems are data-integrity duties under EU GMP Annex 11 and 21 CFR Part 11, also where shared infrastructure holds them."),
		step:       l10n.M("Give Quality at least a C on each listed row; where 8.32 is listed, make Quality accountable or responsible for plant-floor change management, which runs through its change control."),
		cells:      cellsQuality,
		matrixText: "GMP site: plant-floor rows of GMP-relevant controls, and shared rows of 5.18, 8.13, 8.15 and 8.17, without Quality (8.32: without Quality as A or R)",
		refs:       matrixRefs,
	},
	{
		id: FindingRequirementExcluded, severity: SeverityHigh, excluded: true,
		title:     l10n.M("A requirement of ISO/IEC 27001 is answered as not applicable"),
		whether:   l10n.M("the requirements of ISO/IEC 27001 clauses 4 to 10 asked about are in place"),
		reason:    l10n.M("No requirement of ISO/IEC 27001 clauses 4 to 10 can be excluded from an ISMS that claims conformity (ISO/IEC 27001 clause 1): an auditor counts it as not met. Each listed answer counts as not in place, in the score and the plan, until it is rated."),
		step:      l10n.M("Give each listed question its rating for what is in place, or answer \u201cunknown\u201d and find out. A requirement of clauses 4 to 10 cannot be excluded, even with a justification: where the organisation thought it does not apply, check whether it is met under another name, such as a management review held within the quality management review, and rate that, or plan to put it in place."),
		questions: []string{"GOV-01", "GOV-08", "GOV-09", "SCO-01", "PRA-04", "PRA-07"},
	},
	{
		id: FindingRiskNotAccepted, severity: SeverityHigh,
		title:     l10n.M("Residual risk on plant systems is not accepted by its risk owners"),
		partly:    l10n.M("Residual risk on plant systems is not consistently accepted by its risk owners"),
		whether:   l10n.M("the risk owners accept the residual risk on plant systems"),
		reason:    l10n.M("When risk owners do not approve the treatment and accept what remains, residual risk on unpatchable or legacy plant systems is carried by nobody, and ISO/IEC 27001 6.1.3 f is not met."),
		step:      l10n.M("Have each risk owner approve the treatment plan for their risks and sign the acceptance of residual risk, starting with plant systems."),
		questions: []string{"GOV-09"}, summary: "GOV-09",
	},
	{
		// ROL-05: a risk owner is the one with the accountability and the
		// authority to manage the risk (6.1.2 c 2). An ISMS team that owns
		// the plants' risks can neither fund a fix nor plan downtime, and
		// an acceptance it signs binds nobody who runs the plant: the
		// custodian role the seeds give the ISMS manager.
		id: FindingRisksOwnedByISMSTeam, severity: SeverityHigh,
		title:     l10n.M("The risks in the register are owned by the ISMS team, not by the managers who can act on them"),
		partly:    l10n.M("The risks in the register are not all owned by the managers who can act on them"),
		whether:   l10n.M("the risks in the register are owned by the business and plant managers who can act on them"),
		reason:    l10n.M("ISO/IEC 27001 6.1.2 c 2 asks for risk owners to be identified: the people with the accountability and the authority to manage each risk. Where the ISMS team owns the risks to plant systems, nobody who can fund a fix, plan downtime or stop a line answers for them, and an acceptance the ISMS team signs binds nobody who runs production."),
		step:      l10n.M("Have the ISMS owner assign each risk in the register to the business or plant manager who can act on it, starting with the plant systems, and have each confirm the ownership; the ISMS team keeps the register."),
		questions: []string{"ROL-05"}, summary: "ROL-05",
	},
	{
		id: FindingRoleVacant, severity: SeverityHigh,
		title:        l10n.M("The role register names no holder for roles that own or run controls"),
		reason:       l10n.M("A role that is accountable or responsible in the matrix but held by nobody sends decisions, approvals and incident calls nowhere; an auditor who asks who holds it finds no one to interview."),
		step:         l10n.M("Name the holder of each listed role, with a deputy, and have top management confirm the appointments."),
		register:     checkVacant,
		registerText: "once a holder is named: roles with A, A/R or R in the matrix and no named holder",
		refs:         refs(clause("5.3"), annexA("5.2")),
	},
	{
		id: FindingRolesHeldByLeavers, severity: SeverityHigh,
		title:     l10n.M("Information security roles are not handed over when their holders leave"),
		partly:    l10n.M("Information security roles are not reliably handed over when their holders leave"),
		whether:   l10n.M("information security roles are handed to a named successor when their holders leave"),
		reason:    l10n.M("A role still held by someone who has left means decisions, approvals and incident calls go to nobody; an auditor records a nonconformity against ISO/IEC 27001 5.3, and in an incident nobody takes the call."),
		step:      l10n.M("Check every named information security role (ISMS, IT and OT) against the current staff list, report each vacant role to the executive sponsor, who names a successor, and record the holders in a role register (create it if none exists); then add the handover to the leavers' process."),
		questions: []string{"ROL-07"}, summary: "ROL-07",
	},
	{
		id: FindingSafetyNotConsulted, severity: SeverityHigh,
		title:      l10n.M("Process safety is left out of plant-floor incidents and changes"),
		reason:     l10n.M("In a safety-critical process, isolating a network, stopping a line, keeping a compromised controller running for evidence, running by hand after an outage or changing control logic can create a hazard."),
		step:       l10n.M("Consult EHS on the listed rows so that cyber incident response, recovery and change follow the process-safety procedures and management of change."),
		cells:      cellsSafety,
		matrixText: "safety-critical process: plant-floor incident, continuity and change rows without EHS",
		refs:       refs(clause("5.3"), annexA("5.24"), annexA("8.32"), spe(1), spe(7)),
	},
	{
		// For a NIS2 entity the Directive's measures cover the systems its
		// operations use (Art. 21(1)), the plants' included, whatever the
		// ISMS scope says: a scope that leaves plants out does not take
		// them out of the measures.
		id: FindingScopeGaps, severity: SeverityHigh, nis2Ref: nis2("21(1)"),
		title:     l10n.M("The scope does not make clear which plants, networks and systems are in or out"),
		whether:   l10n.M("the scope makes clear which plants, networks and systems are in or out"),
		reason:    l10n.M("Where nobody can tell whether a line, network or system is in scope, it is secured by nobody, and the certificate may claim more than the ISMS covers."),
		step:      l10n.M("Rewrite the scope statement to list the plants, lines, networks, systems and data in and out, with the reason for each exclusion."),
		questions: []string{"SCO-01"}, summary: "SCO-01",
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the finding speaks of the plant",
				title:   l10n.M("The scope does not make clear which plant lines, networks and systems are in or out"),
				whether: l10n.M("the scope makes clear which plant lines, networks and systems are in or out"),
				step:    l10n.M("Rewrite the scope statement to list the plant, its lines and the networks, systems and data in and out, with the reason for each exclusion."),
			},
			{when: nis2Essential, profileText: "essential entity under NIS2: the reason adds that the measures of Article 21(1) cover the plants whatever the scope says, and the step that each plant system left out is either brought into scope or shown to be reached by the measures", stepAdd: nis2ScopeStep, reasonAdd: l10n.M("As an essential entity under NIS2, the organisation must apply its cybersecurity measures to the network and information systems its operations use, plant-floor systems included, whatever the ISMS scope leaves out (Article 21(1)).")},
			{when: nis2Important, profileText: "important entity under NIS2: the reason adds that the measures of Article 21(1) cover the plants whatever the scope says, and the step that each plant system left out is either brought into scope or shown to be reached by the measures", stepAdd: nis2ScopeStep, reasonAdd: l10n.M("As an important entity under NIS2, the organisation must apply its cybersecurity measures to the network and information systems its operations use, plant-floor systems included, whatever the ISMS scope leaves out (Article 21(1)).")},
		},
	},
	{
		id: FindingSharedComponentsNoOwner, severity: SeverityHigh,
		title:     l10n.M("Shared IT/OT components have no named owner"),
		partly:    l10n.M("Shared IT/OT components do not all have a named owner"),
		whether:   l10n.M("every shared IT/OT component has a named owner"),
		reason:    l10n.M("Plant domain controllers, DMZ firewalls, data diodes, VPN gateways and cloud historians are where attacks cross from IT into OT; without a named owner each side assumes the other maintains them."),
		step:      l10n.M("List the shared IT/OT components (domain controllers, DMZ firewalls, diodes, VPNs, cloud historians) and name an owner for each within the scope."),
		questions: []string{"SCO-02"}, summary: "SCO-02",
		// On isolated plants what the two sides share is what crosses the
		// air gap (SharedComponents), as the question asks there; on
		// integrated ones, the network and the services both use.
		variants: []findingVariant{
			{
				when: plantsIsolated, profileText: "plants recorded as isolated: the components are what crosses the air gap",
				reason: l10n.M("Removable-media transfer stations, one-way transfer devices, vendor dial-in or remote-access links and engineering laptops are where an attack crosses the air gap into the plant; without a named owner each side assumes the other maintains them."),
				step:   l10n.M("List what crosses the air gap between IT and OT (removable-media transfer stations, one-way transfer devices, vendor dial-in or remote-access links, engineering laptops) and name an owner for each within the scope."),
			},
			{
				when: plantsIntegrated, profileText: "plants recorded as integrated with corporate IT: the components are the network and services both sides use, not a DMZ",
				reason: l10n.M("Where office and plant share one network, its switches and firewalls, the domain and its accounts, the remote-support tools and the servers both sides use are where an attack crosses from IT into OT; without a named owner each side assumes the other maintains them."),
				step:   l10n.M("List what corporate IT and the plant systems share (network switches and firewalls, plant domain controllers and shared accounts, remote-access and remote-support tools, servers holding plant programs, cloud links) and name an owner for each within the scope."),
			},
		},
	},
	{
		id: FindingSharedNoOwner, severity: SeverityHigh,
		title:  l10n.M("Shared-infrastructure rows of the matrix have neither an A nor an R"),
		reason: l10n.M("Identity, backup, logging, DMZs and remote access serve both sides; without an A or R in the matrix each side assumes the other runs them."),
		step:   l10n.M("Give each listed shared row an accountable and a responsible role, agreed between the IT and OT leads."),
		variants: []findingVariant{
			{
				when: plantsIsolated, profileText: "plants recorded as isolated: the shared rows cover what crosses the air gap",
				reason: l10n.M("Transfer stations, engineering laptops, backup media and vendor access serve both sides of the air gap; without an A or R in the matrix each side assumes the other runs them."),
			},
		},
		cells:      cellsSharedNoOwner,
		matrixText: "shared rows with neither A nor R",
		refs:       matrixRefs,
	},
	{
		// The owner of a shared component (SCO-02) is not enough: who
		// patches, backs up, watches and changes what both sides use must
		// be agreed, or each side assumes the other does it. Review 49
		// saw a domain the office and the packing-line HMIs share, with
		// nobody agreed to patch it.
		id: FindingSharedServicesNoSplit, severity: SeverityHigh,
		title:     l10n.M("IT and OT have no agreed split of duties for the services they share"),
		partly:    l10n.M("IT and OT split the duties for the services they share only case by case, with no written agreement"),
		whether:   l10n.M("IT and OT have an agreed split of duties for the services they share"),
		reason:    l10n.M("Where nobody has agreed who patches, backs up, watches and changes the directory, the backups, the logging and the network both sides use, each side assumes the other does it: patches are missed, a routine change by one team stops the other's operation, and in an incident nobody knows who may act on the shared service."),
		step:      l10n.M("List the services IT and OT share (identity, backup, logging, the network and firewalls between office and plant) and agree for each, in writing, who patches, backs up, watches and changes it and who is called when it fails; then have both sides approve the operating agreement and follow it for joint changes."),
		questions: []string{"CTL-02"}, summary: "CTL-02",
		// On isolated plants what the two sides share is what crosses the
		// air gap, as the question asks there.
		variants: []findingVariant{
			{
				when: plantsIsolated, profileText: "plants recorded as isolated: the services are what crosses the air gap",
				reason: l10n.M("Where nobody has agreed who keeps the transfer stations, the engineering laptops, the backup media and the vendor access that cross the air gap, each side assumes the other does it: a station or laptop changed by one team can carry malware into the plant, and a backup medium nobody checks may not restore."),
				step:   l10n.M("List what IT and OT share across the air gap (removable-media transfer stations, engineering laptops, backup media, vendor access) and agree for each, in writing, who keeps it up to date, who may change it and who is called when it fails; then have both sides approve the operating agreement and follow it for joint changes."),
			},
		},
	},
	{
		id: FindingSharedSideMissing, severity: SeverityHigh,
		title:  l10n.M("The ownership matrix leaves IT or OT out of shared rows that matter on the plant floor"),
		reason: l10n.M("A firewall rule in the IT/OT DMZ, a patch on a plant domain controller or a change to remote access made by one side alone can stop a line or open the plant network; the other side must at least be consulted."),
		step:   l10n.M("Consult both the IT lead and the OT lead on the listed shared rows."),
		variants: []findingVariant{
			{
				when: plantsIsolated, profileText: "plants recorded as isolated: the shared rows cover what crosses the air gap",
				reason: l10n.M("A change to a transfer station, an engineering laptop or a vendor access route made by one side alone can carry malware into the plant or stop a line; the other side must at least be consulted."),
			},
		},
		cells:      cellsSharedSide,
		matrixText: "shared rows of high plant-floor relevance without both the IT and the OT lead",
		refs:       refs(clause("5.3"), annexA("8.20"), annexA("8.22")),
	},
	{
		id: FindingVendorOwnsControl, severity: SeverityHigh,
		title:      l10n.M("An integrator or vendor answers for a control or does it alone"),
		reason:     l10n.M("When a system integrator or vendor is accountable, or the only one responsible, nobody inside the organisation directs or checks what it does on the plant's systems, and uncontrolled vendor access is a common way into OT. A vendor may do the work under contract (ISO/IEC 27001 8.1), but the A stays in-house with an internal R beside the vendor's."),
		step:       l10n.M("Keep the A of the listed rows in-house, give an internal role an R beside the vendor's, and govern the vendor's work through the supplier agreements (Annex A 5.19–5.22)."),
		cells:      cellsVendor,
		matrixText: "rows where the integrator or vendor holds A or A/R, or the only R",
		refs:       refs(clause("5.3"), clause("8.1"), annexA("5.19"), annexA("5.20")),
	},
	// Medium.
	{
		// ROL-09: the people, where duties-not-separated reads the roles of
		// the matrix. Medium: a change that bypasses the change procedure
		// altogether is changes-bypass-moc (critical); here the procedure
		// runs, but its approval is no second look.
		// High in a safety-critical process, where an unchecked change to
		// safety-related logic can defeat a protection layer.
		id: FindingChangesSelfApproved, severity: SeverityMedium, highIfSafety: true,
		title:     l10n.M("Changes to plant systems can be approved by the person who makes them"),
		partly:    l10n.M("Changes to plant systems are not always approved by someone other than the person who makes them"),
		whether:   l10n.M("each change to plant systems is approved by someone other than the person who makes it"),
		reason:    l10n.M("When the engineer who changes a controller program or an OT firewall rule also approves the change, a mistake or a misuse reaches the line unchecked, and after an incident nobody can show that a second person looked at it."),
		step:      l10n.M("Have the site director name who approves plant changes before loading, apart from whoever makes them (a second engineer for the content and the line's production owner for the timing, or the production owner alone at a one-engineer site), in the change record; have content no second engineer checked reviewed soon after by a competent second party (machine builder, integrator), approve only emergency fixes after the fact, and never load unchecked safety-related logic."),
		questions: []string{"ROL-09"}, summary: "ROL-09",
		variants: []findingVariant{
			{when: safetyCritical, profileText: "safety-critical process: the reason adds what a self-approved change to safety-related logic can do, and the finding is high", reasonAdd: l10n.M("In a safety-critical process, a change to safety-related logic that nobody else checked can defeat a protection layer without anyone noticing until it is needed.")},
			{when: validatedSite, profileText: "GMP site: the step adds that changes to validated systems are approved under the site's change control, with Quality", stepAdd: l10n.M("Route each change to a validated system through the site's change control, where Quality approves it before it is loaded.")},
		},
	},
	{
		id: FindingDPOAccountable, severity: SeverityMedium,
		title:      l10n.M("The ownership matrix makes the data protection officer accountable for a control"),
		reason:     l10n.M("A DPO may hold other duties only where they cause no conflict of interest (GDPR Art. 38(6)); accountable for a control, the DPO would advise on and monitor its own decisions."),
		step:       l10n.M("Move the A of the listed rows to the function that decides on the processing, and keep the DPO consulted."),
		cells:      cellsDPO,
		matrixText: "rows where the data protection officer holds A or A/R",
		refs:       refs(annexA("5.34")),
	},
	{
		id: FindingDutiesNotSeparated, severity: SeverityMedium,
		title:      l10n.M("One role both approves and does access or change work"),
		reason:     l10n.M("Where the role that approves access, privileged rights or a change also carries it out, a mistake or misuse on a server or controller goes unseen. Annex A 5.3 requires conflicting duties to be segregated, and ISO/IEC 27002:2022 5.3 gives these duties as examples."),
		step:       l10n.M("Keep the approval (A) of the listed rows with one role and give the work (R) to another, or record the compensating control where a small site cannot separate them."),
		cells:      cellsSeparation,
		matrixText: "rows of 5.18, 8.2 and 8.32 where one role approves and does the work",
		refs:       refs(annexA("5.3")),
	},
	{
		id: FindingFunctionLeftOut, severity: SeverityMedium,
		title:      l10n.M("A supporting function is left out of controls that run through its own process"),
		reason:     l10n.M("Screening, terms of employment, discipline, leavers and confidentiality undertakings run through HR, and supplier contracts through Procurement: where that function is not even consulted, the control exists on paper only. Where the role register names a DPO, GDPR Art. 38(1) requires the DPO to be involved, properly and in a timely manner, in all issues which relate to the protection of personal data."),
		step:       l10n.M("Give the function named with each listed row at least a C: HR on 5.11 and 6.1 to 6.6, Procurement on 5.19 to 5.22, the named DPO on 5.34."),
		cells:      cellsFunction,
		matrixText: "rows of 5.11 and 6.1 to 6.6 without HR, of 5.19 to 5.22 without Procurement, or of 5.34 without a DPO the role register names, as at least C",
		// The rows raised name their controls; the references stay those
		// of every matrix finding, so that none is cited that no row
		// raised.
		refs: matrixRefs,
	},
	{
		id: FindingMatrixAccountable, severity: SeverityMedium,
		title:      l10n.M("Matrix rows without exactly one accountable role"),
		reason:     l10n.M("A control with no A is nobody's problem; a control with several A is argued over when it fails on the plant floor."),
		step:       l10n.M("Give each listed row exactly one A or A/R."),
		cells:      cellsAccountable,
		matrixText: "rows with no A or several A",
		refs:       matrixRefs,
	},
	{
		id: FindingMatrixGaps, severity: SeverityMedium,
		title:      l10n.M("Matrix rows that matter are still empty"),
		reason:     l10n.M("High-relevance plant-floor controls and shared infrastructure are where ownership gaps hurt production and safety most."),
		step:       l10n.M("Fill the listed rows of the ownership matrix before the rest."),
		cells:      cellsGaps,
		related:    matrixQuestion,
		matrixText: "empty rows that matter, once the matrix is started",
		refs:       matrixRefs,
	},
	{
		id: FindingMatrixIncomplete, severity: SeverityMedium,
		title:      l10n.M("The ownership matrix is incomplete"),
		reason:     l10n.M("Until every row is decided the matrix cannot pass, and an auditor who samples an undecided control finds nobody to interview."),
		step:       l10n.M("Decide the remaining rows of the ownership matrix, if only to name the corporate owner the plants inherit."),
		matrix:     matrixIncomplete,
		related:    matrixQuestion,
		matrixText: "at least half, but not all, of the matrix rows have letters",
		refs:       matrixRefs,
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the step speaks of the plant",
				step: l10n.M("Decide the remaining rows of the ownership matrix, if only to name the corporate owner the plant inherits."),
			},
		},
	},
	{
		// BRF-05: plant equipment lives for decades, and what its
		// specification leaves out the plant protects around for the life
		// of the line. The first step reaches the equipment already
		// ordered before its acceptance tests, where a requirement still
		// costs little. For a NIS2 entity, security in acquisition is a
		// measure Art. 21(2)(e) requires: high.
		id: FindingNewEquipmentUnsecured, severity: SeverityMedium, highIfNIS2: true,
		title:     l10n.M("Security requirements are not written into projects and purchases of plant equipment"),
		partly:    l10n.M("Security requirements reach projects and purchases of plant equipment only case by case"),
		whether:   l10n.M("security requirements are written into projects and purchases of plant equipment"),
		reason:    l10n.M("Equipment bought without security requirements arrives with default passwords, operating systems near the end of their support and remote access for its builder, and once it is accepted and producing it may run unchanged for decades: whatever the specification left out, the plant has to protect around for the life of the line (Annex A 5.8, 8.27)."),
		step:      l10n.M("List the plant equipment now on order or being specified, and send its suppliers the security requirements to meet before the factory acceptance test (a supported operating system, hardening, remote access only through a service the plant controls, backups of programs and configurations, security items in the acceptance tests); then add a security check to the project gates and equipment specifications."),
		questions: []string{"BRF-05"}, summary: "BRF-05",
		variants: []findingVariant{
			{when: nis2Essential, profileText: "essential entity under NIS2: the reason adds the acquisition measure of Article 21(2)(e)", reasonAdd: l10n.M("As an essential entity under NIS2, the organisation must include security in the acquisition of network and information systems among its measures (Article 21(2)(e)).")},
			{when: nis2Important, profileText: "important entity under NIS2: the reason adds the acquisition measure of Article 21(2)(e)", reasonAdd: l10n.M("As an important entity under NIS2, the organisation must include security in the acquisition of network and information systems among its measures (Article 21(2)(e)).")},
		},
	},
	{
		// NIS2 Art. 20(2): members of the management body follow training.
		id: FindingNIS2BodyUntrained, severity: SeverityMedium,
		title:     l10n.M("Members of the management body have not had the cybersecurity training NIS2 requires"),
		partly:    l10n.M("Only some members of the management body have had cybersecurity training, on their own initiative"),
		whether:   l10n.M("the members of the management body have completed the cybersecurity training NIS2 requires"),
		reason:    l10n.M("NIS2 Article 20(2) requires the members of the management body to follow training, so that they can identify risks and judge the risk-management measures and their effect on the entity's services. Members who cannot weigh cyber risk to production and safety cannot approve or oversee the measures in substance."),
		step:      l10n.M("Have each member of the management body complete cybersecurity training that covers the risks to production and to safety, keep the dated records, and plan refreshers."),
		questions: []string{"GOV-13"}, summary: "GOV-13",
	},
	{
		// INT-02: with no rule, each conflict between a security measure
		// and a quality or safety requirement is settled by whoever is
		// present, and the risk left behind is accepted by nobody entitled
		// to (ISO/IEC 27001 6.1.3 f). The first step routes conflicts to
		// the risk owner at once, before the rule is written. High in a
		// safety-critical process, where the measure can weaken a
		// protection layer.
		id: FindingNoConflictRule, severity: SeverityMedium, highIfSafety: true,
		title:     l10n.M("No agreed rule settles conflicts between security controls and quality or safety requirements"),
		partly:    l10n.M("Conflicts between security controls and quality or safety requirements are settled case by case"),
		whether:   l10n.M("an agreed rule settles conflicts between security controls and quality or safety requirements"),
		reason:    l10n.M("Without a rule, whoever is present settles each conflict: a security measure is dropped without anyone entitled accepting the risk that remains, or it is imposed in a way that stops a line, weakens a safety function or puts a released process outside its approved state. ISO/IEC 27001 6.1.3 has the risk owners approve the treatment and accept the residual risk; the rule says who decides and how the decision is recorded."),
		step:      l10n.M("Have each conflict between a security measure and a quality or safety requirement put from now on to the risk owner, who decides with the ISMS owner and records the decision and any compensating control; then write the rule with Quality and EHS and have the steering group approve it."),
		questions: []string{"INT-02"}, summary: "INT-02",
	},
	{
		id: FindingNoResponsible, severity: SeverityMedium,
		title:      l10n.M("Corporate IT or shared controls with nobody doing the work"),
		reason:     l10n.M("A control with an owner but no R is owned on paper: nobody patches, reviews or tests it, including the services the plants depend on."),
		step:       l10n.M("Give each listed row an R (the team that runs it), or mark the owner A/R if it does the work itself."),
		cells:      cellsNoResponsible,
		matrixText: "corporate IT or shared rows with no R",
		refs:       matrixRefs,
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the reason speaks of the plant",
				reason: l10n.M("A control with an owner but no R is owned on paper: nobody patches, reviews or tests it, including the services the plant depends on."),
			},
		},
	},
	{
		id: FindingNoSteeringGroup, severity: SeverityMedium,
		title:     l10n.M("No steering group joins IT, OT and the plant's functions"),
		partly:    l10n.M("No standing steering group joins IT, OT and the plant's functions"),
		whether:   l10n.M("a standing steering group joins IT, OT and the plant's functions"),
		reason:    l10n.M("Scope, priorities and risk criteria agreed without operations and the functions that answer for safety and quality on the plant floor will collide with production plans the first time a control needs downtime."),
		step:      l10n.M("Set up the ISMS steering group with IT, OT and plant operations leaders, and Quality and EHS where validated systems or safety-critical processes call for them, with terms of reference and a first meeting date."),
		questions: []string{"GOV-06"}, summary: "GOV-06",
	},
	{
		// Review 49: plant systems outside log collection and vulnerability
		// management after a corporate scanner stopped a packing line. The
		// finding names the risk (intrusions unseen, weaknesses unknown)
		// and that the way to close it is the OT lead's to agree, since
		// corporate tools run unchanged can upset controllers.
		id: FindingOTMonitoringMissing, severity: SeverityMedium, highIfNIS2: true, nis2Ref: nis2("21(2)(e)"),
		title:     l10n.M("Plant systems are not covered by log collection or vulnerability management"),
		partly:    l10n.M("Plant systems are covered by log collection and vulnerability management only in part, case by case"),
		whether:   l10n.M("plant systems are covered by log collection and vulnerability management"),
		reason:    l10n.M("Without logs from plant systems an intrusion on the plant floor goes unseen until production stops, and without vulnerability data nobody knows which weaknesses stay open there. Corporate tools run unchanged, such as active network scans, can upset controllers, so how it is done on the plant floor has to be agreed with the OT lead."),
		step:      l10n.M("Agree with the OT lead which tools may touch plant networks and with which settings, and keep active scans off them until then; then have the OT lead (until one is named, an engineer the site director names) collect plant logs and asset vulnerability data by a path the plant systems tolerate (passive monitoring, the asset inventory, the vendors' advisories) and name who reviews them."),
		questions: []string{"CTL-03"}, summary: "CTL-03",
		variants: []findingVariant{
			{
				when: plantsIsolated, profileText: "plants recorded as isolated: the step collects without breaking the isolation",
				step: l10n.M("Agree with the OT lead how plant logs and asset vulnerability data are collected without breaking the isolation (an OT-side service, an offline export or a one-way transfer) and who reviews them; then document the settings the plant systems tolerate."),
			},
			{when: validatedSite, profileText: "GMP site: the step adds that each new agent or collector on a validated system passes change control", stepAdd: l10n.M("Route each new agent or collector on a validated system through the site's change control, with Quality deciding how much must be requalified.")},
		},
	},
	{
		id: FindingOwnerCannotAct, severity: SeverityMedium,
		title:      l10n.M("Controls owned by a role that cannot act on them"),
		reason:     l10n.M("An accountable role with no authority over the systems or premises concerned cannot make the control happen: HR or Procurement cannot change a plant network."),
		step:       l10n.M("Move the A of the listed rows to the function that runs that part of the estate."),
		cells:      cellsCannotAct,
		matrixText: "rows whose A cannot act in that domain",
		refs:       matrixRefs,
	},
	{
		// The matrix gives the ISMS owner the A of plant-floor work while
		// GOV-02 (answered 0 or 1) says the owner has no authority over
		// the plants: accountable for what they cannot make happen. Only
		// the rows of work done on the plant (technical controls,
		// premises, continuity, change) count; the management-system,
		// security-function and compliance rows are the owner's
		// wherever the owner sits. Medium: owner-not-enterprise (high)
		// names the missing authority; this names the rows that rest on
		// it, and the other way out, moving their A to the site.
		id: FindingOwnerNoPlantAuthority, severity: SeverityMedium,
		title:         l10n.M("The matrix makes the ISMS owner accountable for plant-floor work, over which the answers give the owner no authority"),
		reason:        l10n.M("GOV-02 is not answered as in place: the answers do not show that the ISMS owner has authority on the plant floor. Accountable for plant-floor controls without authority over budgets, downtime or the people who do the work, the owner answers for what they cannot make happen, and the decisions go back to the site unrecorded; ISO/IEC 27001 5.3 asks for both the responsibilities and the authorities of each role to be assigned."),
		step:          l10n.M("Decide with top management either to give the ISMS owner written authority on the plant floor for these controls, as GOV-02's action does, or to move the A of the listed rows to the site director or the OT lead, keeping the ISMS owner consulted."),
		cells:         cellsOwnerNoPlantAuthority,
		cellsQuestion: ownerAuthorityQuestion,
		related:       ownerAuthorityQuestion,
		matrixText:    "plant-floor rows of work on the plant (technical, premises, continuity, change) whose A is the ISMS owner, while GOV-02 is answered 0 or 1",
		refs:          matrixRefs,
	},
	{
		id: FindingOwnerWithoutLevers, severity: SeverityMedium,
		title:     l10n.M("The ISMS owner does not maintain the management-system elements (scope, risk method, Statement of Applicability, internal audit programme) or prepare the policy and the management review for top management"),
		whether:   l10n.M("the ISMS owner maintains the management-system elements and prepares the policy and the management review for top management"),
		reason:    l10n.M("An owner who does not maintain the scope, the risk method, the Statement of Applicability and the audit programme, or prepare the policy and the management review for top management's decision, is accountable in name only."),
		step:      l10n.M("Assign to the ISMS owner, in the roles document, the upkeep of scope, risk method, Statement of Applicability and internal audit programme, and the preparation of the policy and the management review for top management's decision."),
		questions: []string{"GOV-03"}, summary: "GOV-03",
	},
	{
		id: FindingPaperRoles, severity: SeverityMedium,
		title:     l10n.M("ISMS roles are not exercised in practice"),
		partly:    l10n.M("ISMS roles are exercised only case by case"),
		whether:   l10n.M("the ISMS roles are exercised in practice"),
		reason:    l10n.M("Ownership shows in decisions taken, risks accepted and reviews held; an auditor will ask for that evidence, and so will the first real incident."),
		step:      l10n.M("Collect for each ISMS role the decisions, reviews and follow-ups of the last year, and plan them where there are none."),
		questions: []string{"PRA-01"}, summary: "PRA-01",
	},
	{
		// GOV-08 at level 2: top management approved the policy, but it
		// leaves out the plants, or the topic-specific policies that bind
		// them are not approved (Annex A 5.1). Below level 2
		// policy-not-approved says more.
		id: FindingPolicyNotForPlants, severity: SeverityMedium,
		title:     l10n.M("The approved policies do not yet cover the plants in full"),
		whether:   l10n.M("the approved policies cover the plants in full"),
		reason:    l10n.M("Annex A 5.1 asks for the information security policy and the topic-specific policies to be approved by management and to apply where the ISMS applies. A policy that leaves the plants out, or plant policies that nobody with authority over the plants approved, leave plant managers without binding rules; where the ISMS scope includes the plants, an auditor will raise it."),
		step:      l10n.M("Have top management extend the approved information security policy to the plants, and have management with authority over the plants approve the topic-specific policies that bind them."),
		questions: []string{"GOV-08"}, summary: "GOV-08", atLevel2: true,
		// With a single plant the general wording would speak of several.
		variants: []findingVariant{
			{
				when: singlePlant, profileText: "single plant: the finding speaks of the plant",
				title:   l10n.M("The approved policies do not yet cover the plant in full"),
				whether: l10n.M("the approved policies cover the plant in full"),
				reason:  l10n.M("Annex A 5.1 asks for the information security policy and the topic-specific policies to be approved by management and to apply where the ISMS applies. A policy that leaves the plant out, or plant policies that nobody with authority over the plant approved, leave plant managers without binding rules; where the ISMS scope includes the plant, an auditor will raise it."),
				step:    l10n.M("Have top management extend the approved information security policy to the plant, and have management with authority over the plant approve the topic-specific policies that bind it."),
			},
		},
	},
	{
		// Review 49: IT run by a managed service provider under a contract
		// with no security clauses, overseen by nobody with the standing
		// to. Accountability for an outsourced process stays with the
		// organisation (ISO/IEC 27001 8.1; Annex A 5.19 to 5.23).
		id: FindingProviderUnmanaged, severity: SeverityMedium, highIfNIS2: true, nis2Ref: nis2("21(2)(d)"),
		title:     l10n.M("External providers run IT or OT services without security duties in their contract or anyone overseeing them"),
		partly:    l10n.M("Only some providers that run IT or OT services have security duties in their contract and someone overseeing them"),
		whether:   l10n.M("the providers that run IT or OT services have security duties in their contract and someone overseeing them"),
		reason:    l10n.M("Running a service can be handed to a provider, accountability for it cannot (ISO/IEC 27001 8.1): without security duties in the contract and an owner who checks them, the provider decides alone when systems production depends on are patched, backed up, changed or cut off, and need not tell the organisation of an incident in time for its own response."),
		step:      l10n.M("List the providers that run IT or OT services in scope, with the service, the contract and who in the organisation deals with them; name an owner for each who has the standing to direct them, and agree a security addendum (patching and backup duties, incident notice in time for the organisation's own reporting, changes to plant systems only through the plant's change control, a right to audit)."),
		questions: []string{"PRA-08"}, summary: "PRA-08",
		// The severity rises for a NIS2 entity (highIfNIS2): the reason
		// says why, as the vendor contracts' finding does.
		variants: []findingVariant{
			{when: nis2Essential, profileText: "essential entity under NIS2: the reason adds the supply-chain measure of Article 21(2)(d)", reasonAdd: l10n.M("As an essential entity under NIS2, the organisation must include security in the supply chain among its measures (Article 21(2)(d)).")},
			{when: nis2Important, profileText: "important entity under NIS2: the reason adds the supply-chain measure of Article 21(2)(d)", reasonAdd: l10n.M("As an important entity under NIS2, the organisation must include security in the supply chain among its measures (Article 21(2)(d)).")},
			{when: validatedSite, profileText: "GMP site: the step adds that changes a provider makes to validated systems pass the site's change control", stepAdd: l10n.M("Add to each addendum that changes to validated systems also need Quality's approval in that change control.")},
		},
	},
	{
		id: FindingRACINotSeparated, severity: SeverityMedium,
		title:     l10n.M("The RACI does not separate ISMS accountability from domain responsibility"),
		whether:   l10n.M("the RACI separates ISMS accountability from domain responsibility"),
		reason:    l10n.M("Without one owner of the management system and, per control, who delivers it in IT, in OT and on shared infrastructure, responsibility blurs exactly at the IT/OT boundary."),
		step:      l10n.M("Document the RACI with one accountable owner of the ISMS and, per control, who delivers it in IT, in OT and on shared infrastructure."),
		questions: []string{"ROL-01"}, summary: "ROL-01",
	},
	{
		id: FindingReviewNotIndependent, severity: SeverityMedium,
		title:      l10n.M("The ownership matrix makes a role that runs information security accountable for its independent review"),
		reason:     l10n.M("Annex A 5.35 asks for a review independent of the area reviewed; with a role that runs information security accountable (the ISMS owner, the IT or OT lead, the site director, plant operations or maintenance), the review answers to the people whose work it examines."),
		step:       l10n.M("Give the A of the listed rows to top management, or to a function that runs none of it, who commissions the review from people independent of the work reviewed."),
		cells:      cellsReview,
		matrixText: "rows of 5.35 whose A is the ISMS owner, the IT or OT lead, the site director, plant operations or maintenance",
		refs:       refs(annexA("5.35"), clause("9.2")),
	},
	{
		id: FindingRoleNoDeputy, severity: SeverityMedium,
		title:        l10n.M("The role register names no deputy for accountable roles"),
		reason:       l10n.M("When the holder of an accountable role is on leave, ill or on night shift elsewhere, approvals wait and incident decisions fall to whoever is present; on the plant floor that is when a deputy is needed."),
		step:         l10n.M("Name a deputy for each listed role, someone who can act with the same authority when the holder is absent."),
		register:     checkNoDeputy,
		registerText: "roles with A or A/R in the matrix whose named holder has no deputy",
		refs:         refs(clause("5.3"), annexA("5.2")),
	},
	{
		id: FindingRoleNotConfirmed, severity: SeverityMedium,
		title:        l10n.M("The role register records no confirmation in the last year for some role holders"),
		reason:       l10n.M("A role assigned but not confirmed may no longer be known to its holder, or held by someone who has moved on; ISO/IEC 27001 5.3 asks that roles be communicated, and a written confirmation at least once a year is the usual way to show it."),
		step:         l10n.M("Have each listed holder confirm their role and its authorities in writing, and record the date."),
		register:     checkNotConfirmed,
		registerText: "named holders with no confirmation date, or one more than a year before the assessment date",
		refs:         refs(clause("5.3"), clause("7.3")),
	},
	{
		id: FindingRolesConflict, severity: SeverityMedium,
		title:        l10n.M("The role register names one person as holder of roles that must be kept apart"),
		reason:       l10n.M("Where one person holds two roles meant to check each other, the check disappears: an owner reviewing its own work, Quality approving its own changes, a DPO monitoring its own decisions. Annex A 5.3 requires conflicting duties to be segregated."),
		step:         l10n.M("Give one of each listed pair of roles to another person, or record the compensating control where a small site cannot separate them."),
		register:     checkConflicts,
		registerText: "the same person named as holder of two conflicting roles (ISMS owner with executive sponsor, IT lead, OT lead or DPO; IT lead with DPO; on a GMP site Quality with OT lead or plant operations; in a safety-critical process EHS with OT lead), or of the role that approves (A) and a role that does the work (R) on a row of 5.18, 8.2 or 8.32",
		refs:         refs(clause("5.3"), annexA("5.3")),
	},
	{
		id: FindingSiteNotOnPremises, severity: SeverityMedium,
		title:      l10n.M("The ownership matrix does not make the site accountable or responsible for the plant's physical security"),
		reason:     l10n.M("Who may enter the plant, its control rooms and its electrical rooms is decided and enforced on site: the gate, badges and keys. A central function may set the rules, but without the site accountable or responsible nobody on site answers for applying them."),
		step:       l10n.M("Give the site director the A or an R on the listed plant-floor rows, or plant operations an R."),
		cells:      cellsPremises,
		matrixText: "plant-floor 7.1 to 7.4 without the site director or plant operations as A or R",
		refs:       refs(clause("5.3"), annexA("7.1"), annexA("7.2"), annexA("7.3"), annexA("7.4")),
	},
	{
		// For a NIS2 entity, supply-chain security is a measure Art.
		// 21(2)(d) requires: high.
		id: FindingVendorContracts, severity: SeverityMedium, highIfNIS2: true, nis2Ref: nis2("21(2)(d)"),
		title:     l10n.M("OT vendor contracts carry no security requirements"),
		partly:    l10n.M("OT vendor contracts do not consistently carry security requirements"),
		whether:   l10n.M("OT vendor contracts carry security requirements"),
		reason:    l10n.M("Without remote access rules, patch support and incident notification in the contract, a machine builder can connect, leave systems unpatched or stay silent about a breach, and the plant has no lever."),
		step:      l10n.M("Have Procurement agree a security addendum now with every vendor holding remote access into a plant, and add security clauses (remote access rules, patch and vulnerability support, incident notification and help) to the other OT vendor contracts at renewal."),
		questions: []string{"INT-04"}, summary: "INT-04",
		// Article 21(2)(d) binds only an essential or important entity:
		// an organisation outside NIS2 is not told it applies.
		variants: []findingVariant{
			// The profile says which of the two the organisation is; the
			// reason names that one.
			{when: nis2Essential, profileText: "essential entity under NIS2: the reason adds the supply-chain measure of Article 21(2)(d)", reasonAdd: l10n.M("As an essential entity under NIS2, the organisation must include security in the supply chain among its measures (Article 21(2)(d)).")},
			{when: nis2Important, profileText: "important entity under NIS2: the reason adds the supply-chain measure of Article 21(2)(d)", reasonAdd: l10n.M("As an important entity under NIS2, the organisation must include security in the supply chain among its measures (Article 21(2)(d)).")},
			// With a single plant the general wording would speak of several.
			{
				when: singlePlant, profileText: "single plant: the step speaks of the plant",
				step: l10n.M("Have Procurement agree a security addendum now with every vendor holding remote access into the plant, and add security clauses (remote access rules, patch and vulnerability support, incident notification and help) to the other OT vendor contracts at renewal."),
			},
		},
	},
}

func appendKey(ks []CellKey, k CellKey) []CellKey {
	if slices.Contains(ks, k) {
		return ks
	}
	return append(ks, k)
}

// splitGovernance returns the governance rows involved when accountability
// for 5.1–5.4 is not held by one single role: a row with several A, or A
// given to different roles on different rows. Nil when there is one owner.
func splitGovernance(m Matrix) []CellKey {
	holders := map[Role]bool{}
	var rows []CellKey
	several := false
	for _, id := range governanceControls {
		for _, d := range Domains {
			k := CellKey{id, d}
			n := 0
			for _, r := range roleOrder(m[k]) {
				if m[k][r].Accountable() {
					holders[r] = true
					n++
				}
			}
			if n > 0 {
				rows = append(rows, k)
			}
			several = several || n > 1
		}
	}
	if several || len(holders) > 1 {
		return rows
	}
	return nil
}

// domainOnlyOwner returns the 5.1 and 5.2 rows when every A there is held
// by the IT lead or the OT lead: the ISMS is then owned by one technical side.
// ownerAuthorityQuestion asks whether the ISMS owner holds authority
// over corporate IT and every plant; answered 0 or 1, it puts in doubt
// the owner's A on plant-floor work (FindingOwnerNoPlantAuthority).
const ownerAuthorityQuestion = "GOV-02"

// questionedAccountables is the rows whose A a finding questions on the
// answers rather than on the letters: the ISMS owner's A on plant-floor
// work while ownerAuthorityQuestion is asked and answered 0 or 1
// (AnswerWeak); nil otherwise. FindingOwnerNoPlantAuthority lists them.
func questionedAccountables(a Assessment, controls []Control) []CellKey {
	if weak, _ := AnswerWeak(a, ownerAuthorityQuestion); !weak {
		return nil
	}
	return ownerOnPlantFloor(a.Matrix, controls)
}

// QuestionedAccountables returns the rows of a's matrix whose A a finding
// questions on the answers (questionedAccountables, over every control).
// A document naming such an A says so rather than state it as settled.
func QuestionedAccountables(a Assessment) []CellKey { return questionedAccountables(a, Controls()) }

// ownerOnPlantFloor returns the plant-floor rows of controls whose work
// is done on the plant (fieldOf: the domain's technical controls,
// premises, continuity and change) where the ISMS owner holds the A.
func ownerOnPlantFloor(m Matrix, controls []Control) []CellKey {
	var rows []CellKey
	for _, c := range controls {
		switch fieldOf(c) {
		case fieldDomain, fieldPremises, fieldContinuity, fieldChange:
		default:
			continue
		}
		k := CellKey{c.ID, DomainOT}
		if m[k][RoleISMSOwner].Accountable() {
			rows = append(rows, k)
		}
	}
	return rows
}

func domainOnlyOwner(m Matrix) []CellKey {
	var rows []CellKey
	for _, id := range []string{"5.1", "5.2"} {
		for _, d := range Domains {
			k := CellKey{id, d}
			for _, r := range roleOrder(m[k]) {
				if !m[k][r].Accountable() {
					continue
				}
				if r != RoleIT && r != RoleOT {
					return nil
				}
				rows = appendKey(rows, k)
			}
		}
	}
	return rows
}
