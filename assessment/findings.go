package assessment

import "slices"

// Severity ranks a finding.
type Severity string

// Severities, from most to least urgent.
const (
	SeverityHigh   Severity = "high"
	SeverityMedium Severity = "medium"
)

// Finding is a red flag raised by the answers or the matrix.
type Finding struct {
	ID       string
	Severity Severity
	Title    string
	Reason   string
	// Questions are the IDs of the answers that raised the flag; Cells the
	// matrix rows. Either may be empty.
	Questions []string
	Cells     []CellKey
}

// Finding IDs. They are stable: exports and the UI refer to them.
const (
	FindingNoSingleOwner         = "no-single-owner"
	FindingOwnerNotEnterprise    = "owner-not-enterprise"
	FindingOwnerWithoutLevers    = "owner-without-levers"
	FindingNoRiskAcceptance      = "no-risk-acceptance"
	FindingNoSteeringGroup       = "no-steering-group"
	FindingScopeGaps             = "scope-gaps"
	FindingRACINotSeparated      = "raci-not-separated"
	FindingMatrixAccountable     = "matrix-accountable"
	FindingOTNoResponsible       = "ot-no-responsible"
	FindingSharedNoOwner         = "shared-no-owner"
	FindingMatrixGaps            = "matrix-gaps"
	FindingChangesIgnoreDowntime = "changes-ignore-downtime"
	FindingOTIncidentsIsolated   = "ot-incidents-isolated"
	FindingPaperRoles            = "paper-roles"
)

// governanceControls are the ISMS-level controls whose accountability must
// sit with one role across all domains.
var governanceControls = []string{"5.1", "5.2", "5.3", "5.4"}

// Findings returns the red flags of a against the built-in bank and
// controls. See FindingsWith.
func Findings(a Assessment) []Finding { return FindingsWith(a, Questions(), Controls()) }

// FindingsWith returns the red flags of a, high severity first, then by ID.
//
// Answer-based flags fire on a rating of 0 or 1 or on "unknown" (nobody
// able to answer is itself the problem); unanswered and N/A answers never
// fire, nor do answers to questions missing from bank. Matrix-based flags
// come from CheckMatrixWith over controls. The flags:
//
//	no-single-owner          high    GOV-01 weak, or 5.1–5.4 not held by one single A
//	owner-not-enterprise     high    GOV-02 weak, or every A of 5.1/5.2 is the IT or OT lead
//	owner-without-levers     medium  GOV-03 weak
//	no-risk-acceptance       high    GOV-04 or GOV-05 weak
//	no-steering-group        medium  GOV-06 weak
//	scope-gaps               high    SCO-01 or SCO-02 weak
//	raci-not-separated       medium  ROL-01 weak
//	matrix-accountable       medium  rows with no A or several A
//	ot-no-responsible        high    OT rows (relevance ≥ medium) with no R
//	shared-no-owner          high    shared rows with neither A nor R
//	matrix-gaps              medium  empty rows that matter, once the matrix is started
//	changes-ignore-downtime  high    CHG-01 weak, or any CHG question weak in a
//	                                 validated or safety-critical plant
//	ot-incidents-isolated    high    INC-01 weak
//	paper-roles              medium  PRA-01 weak
func FindingsWith(a Assessment, bank []Question, controls []Control) []Finding {
	inBank := make(map[string]bool, len(bank))
	for _, q := range bank {
		inBank[q.ID] = true
	}
	weak := func(out []string, id string) []string {
		if inBank[id] && isWeak(a.Answers[id].Rating) {
			out = append(out, id)
		}
		return out
	}

	var cells [cellSources][]CellKey
	cells[cellsSplitGovernance] = splitGovernance(a.Matrix)
	cells[cellsDomainOnlyOwner] = domainOnlyOwner(a.Matrix)
	for _, p := range CheckMatrixWith(a.Matrix, controls) {
		src := cellsNone
		switch p.Kind {
		case ProblemNoAccountable, ProblemSeveralAccountable:
			src = cellsAccountable
		case ProblemOTNoResponsible:
			src = cellsOTNoResponsible
		case ProblemSharedNoOwner:
			src = cellsSharedNoOwner
		case ProblemUnassigned:
			src = cellsGaps
		}
		if src != cellsNone {
			cells[src] = appendKey(cells[src], p.Key)
		}
	}
	// Empty rows only count once the matrix has been started, so that a
	// fresh assessment is not greeted by a wall of gaps.
	if len(a.Matrix) == 0 {
		cells[cellsGaps] = nil
	}
	regulated := a.Profile.Validated || a.Profile.SafetyCritical

	var out []Finding
	for _, r := range findingRules {
		var qs []string
		for _, id := range r.questions {
			qs = weak(qs, id)
		}
		if r.regulatedArea != "" && regulated {
			for _, q := range bank {
				if q.Area == r.regulatedArea && !slices.Contains(r.questions, q.ID) {
					qs = weak(qs, q.ID)
				}
			}
		}
		if len(qs) > 0 || len(cells[r.cells]) > 0 {
			out = append(out, Finding{ID: r.id, Severity: r.severity, Title: r.title, Reason: r.reason,
				Questions: qs, Cells: cells[r.cells]})
		}
	}
	return out
}

// Where the matrix rows of a finding come from.
const (
	cellsNone            = iota
	cellsSplitGovernance // splitGovernance
	cellsDomainOnlyOwner // domainOnlyOwner
	cellsAccountable     // rows with no A or several A
	cellsOTNoResponsible // OT rows with no R
	cellsSharedNoOwner   // shared rows with neither A nor R
	cellsGaps            // empty rows that matter
	cellSources
)

// findingRule is one red flag and what raises it: a weak answer to one of
// its questions, or matrix rows from its cells source. FindingsWith walks
// the rules as data, so each flag costs no code of its own.
type findingRule struct {
	id            string
	severity      Severity
	title, reason string
	questions     []string
	// regulatedArea, when set, makes every question of that area raise the
	// flag in a validated or safety-critical plant.
	regulatedArea string
	cells         int
}

// findingRules lists the flags in the order FindingsWith returns them:
// high severity first, then by ID (TestFindingRulesOrder checks it).
var findingRules = []findingRule{
	{
		id: FindingChangesIgnoreDowntime, severity: SeverityHigh,
		title:     "Security changes are not planned around plant constraints",
		reason:    "Patches, segmentation and MFA on OT must fit downtime windows, turnarounds and validation; forced in, they stop production or invalidate qualified systems, and the plant will resist the next change.",
		questions: []string{"CHG-01"}, regulatedArea: "CHG",
	},
	{
		id: FindingNoRiskAcceptance, severity: SeverityHigh,
		title:     "Nobody clearly accepts residual risk",
		reason:    "Legacy PLCs and unpatchable systems need explicit, documented risk acceptance by someone with authority; without it exceptions stall or get decided informally by engineers on shift.",
		questions: []string{"GOV-04", "GOV-05"},
	},
	{
		id: FindingNoSingleOwner, severity: SeverityHigh,
		title:     "No single accountable owner for the ISMS",
		reason:    "When accountability is split or unnamed, IT/OT disputes about uptime versus security have nobody to settle them, and the auditor will find no one who answers for the management system.",
		questions: []string{"GOV-01"}, cells: cellsSplitGovernance,
	},
	{
		id: FindingOTIncidentsIsolated, severity: SeverityHigh,
		title:     "OT cyber incidents are handled apart from safety, operations and quality",
		reason:    "A cyber incident on a control system can be a safety event and a batch deviation at the same time; if the processes do not meet, the wrong people decide whether to stop the line.",
		questions: []string{"INC-01"},
	},
	{
		id: FindingOTNoResponsible, severity: SeverityHigh,
		title:  "Plant-floor controls with nobody responsible for doing them",
		reason: "Controls that matter in OT need someone on site who can apply them within process safety, validation and downtime limits; a central team alone cannot.",
		cells:  cellsOTNoResponsible,
	},
	{
		id: FindingOwnerNotEnterprise, severity: SeverityHigh,
		title:     "ISMS owner sits too low or on one side of IT/OT",
		reason:    "An owner inside one plant, or only in IT or only in OT, tends to under-scope the other side and cannot arbitrate between them; the role belongs at enterprise risk and governance level.",
		questions: []string{"GOV-02"}, cells: cellsDomainOnlyOwner,
	},
	{
		id: FindingScopeGaps, severity: SeverityHigh,
		title:     "Scope leaves plants, networks or shared components unclear",
		reason:    "Plant domain controllers, DMZ firewalls, VPNs and cloud historians are where attacks cross from IT into OT; if the scope does not name them and give them an owner, nobody secures them.",
		questions: []string{"SCO-01", "SCO-02"},
	},
	{
		id: FindingSharedNoOwner, severity: SeverityHigh,
		title:  "Shared IT/OT infrastructure without an owner",
		reason: "Identity, backup, logging, DMZs and remote access serve both sides; without an A or R each side assumes the other maintains them.",
		cells:  cellsSharedNoOwner,
	},
	{
		id: FindingMatrixAccountable, severity: SeverityMedium,
		title:  "Matrix rows without exactly one accountable role",
		reason: "A control with no A is nobody's problem; a control with several A is argued over. Each row needs exactly one.",
		cells:  cellsAccountable,
	},
	{
		id: FindingMatrixGaps, severity: SeverityMedium,
		title:  "Matrix rows that matter are still empty",
		reason: "High-relevance plant-floor controls and shared infrastructure are where ownership gaps hurt most; fill these rows before the rest.",
		cells:  cellsGaps,
	},
	{
		id: FindingNoSteeringGroup, severity: SeverityMedium,
		title:     "No steering group joining IT, OT, Quality and operations",
		reason:    "Scope, priorities and risk criteria agreed without Quality and operations will collide with validation and production plans the first time a control needs downtime.",
		questions: []string{"GOV-06"},
	},
	{
		id: FindingOwnerWithoutLevers, severity: SeverityMedium,
		title:     "The ISMS owner does not hold the management-system levers",
		reason:    "An owner who does not control scope, policy, the risk method, the Statement of Applicability, internal audit and management review is accountable in name only.",
		questions: []string{"GOV-03"},
	},
	{
		id: FindingPaperRoles, severity: SeverityMedium,
		title:     "Roles exist on paper but are not exercised",
		reason:    "Ownership shows in decisions taken, risks accepted and reviews held; an auditor will ask for that evidence, and so will the first real incident.",
		questions: []string{"PRA-01"},
	},
	{
		id: FindingRACINotSeparated, severity: SeverityMedium,
		title:     "RACI mixes ISMS accountability with domain responsibility",
		reason:    "The RACI should show one owner of the management system and, per control, who delivers it in IT, in OT and on shared infrastructure; otherwise responsibility blurs exactly at the IT/OT boundary.",
		questions: []string{"ROL-01"},
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
			for _, r := range rowRoles(m[k]) {
				if m[k][r] == LetterAccountable {
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
func domainOnlyOwner(m Matrix) []CellKey {
	var rows []CellKey
	for _, id := range []string{"5.1", "5.2"} {
		for _, d := range Domains {
			k := CellKey{id, d}
			for _, r := range rowRoles(m[k]) {
				if m[k][r] != LetterAccountable {
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
