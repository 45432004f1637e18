package assessment

import (
	"cmp"
	"slices"
)

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
	weak := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			if inBank[id] && isWeak(a.Answers[id].Rating) {
				out = append(out, id)
			}
		}
		return out
	}
	var out []Finding
	add := func(f Finding) {
		if len(f.Questions) > 0 || len(f.Cells) > 0 {
			out = append(out, f)
		}
	}

	add(Finding{
		ID: FindingNoSingleOwner, Severity: SeverityHigh,
		Title:     "No single accountable owner for the ISMS",
		Reason:    "When accountability is split or unnamed, IT/OT disputes about uptime versus security have nobody to settle them, and the auditor will find no one who answers for the management system.",
		Questions: weak("GOV-01"),
		Cells:     splitGovernance(a.Matrix),
	})
	add(Finding{
		ID: FindingOwnerNotEnterprise, Severity: SeverityHigh,
		Title:     "ISMS owner sits too low or on one side of IT/OT",
		Reason:    "An owner inside one plant, or only in IT or only in OT, tends to under-scope the other side and cannot arbitrate between them; the role belongs at enterprise risk and governance level.",
		Questions: weak("GOV-02"),
		Cells:     domainOnlyOwner(a.Matrix),
	})
	add(Finding{
		ID: FindingOwnerWithoutLevers, Severity: SeverityMedium,
		Title:     "The ISMS owner does not hold the management-system levers",
		Reason:    "An owner who does not control scope, policy, the risk method, the Statement of Applicability, internal audit and management review is accountable in name only.",
		Questions: weak("GOV-03"),
	})
	add(Finding{
		ID: FindingNoRiskAcceptance, Severity: SeverityHigh,
		Title:     "Nobody clearly accepts residual risk",
		Reason:    "Legacy PLCs and unpatchable systems need explicit, documented risk acceptance by someone with authority; without it exceptions stall or get decided informally by engineers on shift.",
		Questions: weak("GOV-04", "GOV-05"),
	})
	add(Finding{
		ID: FindingNoSteeringGroup, Severity: SeverityMedium,
		Title:     "No steering group joining IT, OT, Quality and operations",
		Reason:    "Scope, priorities and risk criteria agreed without Quality and operations will collide with validation and production plans the first time a control needs downtime.",
		Questions: weak("GOV-06"),
	})
	add(Finding{
		ID: FindingScopeGaps, Severity: SeverityHigh,
		Title:     "Scope leaves plants, networks or shared components unclear",
		Reason:    "Plant domain controllers, DMZ firewalls, VPNs and cloud historians are where attacks cross from IT into OT; if the scope does not name them and give them an owner, nobody secures them.",
		Questions: weak("SCO-01", "SCO-02"),
	})
	add(Finding{
		ID: FindingRACINotSeparated, Severity: SeverityMedium,
		Title:     "RACI mixes ISMS accountability with domain responsibility",
		Reason:    "The RACI should show one owner of the management system and, per control, who delivers it in IT, in OT and on shared infrastructure; otherwise responsibility blurs exactly at the IT/OT boundary.",
		Questions: weak("ROL-01"),
	})

	var noA, noR, noOwner, gaps []CellKey
	problems := CheckMatrixWith(a.Matrix, controls)
	for _, p := range problems {
		switch p.Kind {
		case ProblemNoAccountable, ProblemSeveralAccountable:
			noA = appendKey(noA, p.Key)
		case ProblemOTNoResponsible:
			noR = appendKey(noR, p.Key)
		case ProblemSharedNoOwner:
			noOwner = appendKey(noOwner, p.Key)
		case ProblemUnassigned:
			gaps = appendKey(gaps, p.Key)
		}
	}
	add(Finding{
		ID: FindingMatrixAccountable, Severity: SeverityMedium,
		Title:  "Matrix rows without exactly one accountable role",
		Reason: "A control with no A is nobody's problem; a control with several A is argued over. Each row needs exactly one.",
		Cells:  noA,
	})
	add(Finding{
		ID: FindingOTNoResponsible, Severity: SeverityHigh,
		Title:  "Plant-floor controls with nobody responsible for doing them",
		Reason: "Controls that matter in OT need someone on site who can apply them within process safety, validation and downtime limits; a central team alone cannot.",
		Cells:  noR,
	})
	add(Finding{
		ID: FindingSharedNoOwner, Severity: SeverityHigh,
		Title:  "Shared IT/OT infrastructure without an owner",
		Reason: "Identity, backup, logging, DMZs and remote access serve both sides; without an A or R each side assumes the other maintains them.",
		Cells:  noOwner,
	})
	// Empty rows only count once the matrix has been started, so that a
	// fresh assessment is not greeted by a wall of gaps.
	if len(a.Matrix) > 0 {
		add(Finding{
			ID: FindingMatrixGaps, Severity: SeverityMedium,
			Title:  "Matrix rows that matter are still empty",
			Reason: "High-relevance plant-floor controls and shared infrastructure are where ownership gaps hurt most; fill these rows before the rest.",
			Cells:  gaps,
		})
	}

	chg := weak("CHG-01")
	if a.Profile.Validated || a.Profile.SafetyCritical {
		for _, q := range bank {
			if q.Area == "CHG" && q.ID != "CHG-01" {
				chg = append(chg, weak(q.ID)...)
			}
		}
	}
	add(Finding{
		ID: FindingChangesIgnoreDowntime, Severity: SeverityHigh,
		Title:     "Security changes are not planned around plant constraints",
		Reason:    "Patches, segmentation and MFA on OT must fit downtime windows, turnarounds and validation; forced in, they stop production or invalidate qualified systems, and the plant will resist the next change.",
		Questions: chg,
	})
	add(Finding{
		ID: FindingOTIncidentsIsolated, Severity: SeverityHigh,
		Title:     "OT cyber incidents are handled apart from safety, operations and quality",
		Reason:    "A cyber incident on a control system can be a safety event and a batch deviation at the same time; if the processes do not meet, the wrong people decide whether to stop the line.",
		Questions: weak("INC-01"),
	})
	add(Finding{
		ID: FindingPaperRoles, Severity: SeverityMedium,
		Title:     "Roles exist on paper but are not exercised",
		Reason:    "Ownership shows in decisions taken, risks accepted and reviews held; an auditor will ask for that evidence, and so will the first real incident.",
		Questions: weak("PRA-01"),
	})

	slices.SortStableFunc(out, func(x, y Finding) int {
		return cmp.Or(severityRank(x.Severity)-severityRank(y.Severity), cmp.Compare(x.ID, y.ID))
	})
	return out
}

func severityRank(s Severity) int {
	if s == SeverityHigh {
		return 0
	}
	return 1
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
