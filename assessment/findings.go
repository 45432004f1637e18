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
	// Detail states what was found in figures when the flag is about the
	// matrix as a whole (how many rows are decided, per domain), where
	// listing the rows would bury the point; "" otherwise.
	Detail string
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
	FindingMatrixNotStarted      = "matrix-not-started"
	FindingMatrixMostlyEmpty     = "matrix-mostly-empty"
	FindingMatrixIncomplete      = "matrix-incomplete"
	FindingNoResponsible         = "no-responsible"
	FindingQualityNotConsulted   = "quality-not-consulted"
	FindingSafetyNotConsulted    = "safety-not-consulted"
	FindingDutiesNotSeparated    = "duties-not-separated"
	FindingOwnerCannotAct        = "owner-cannot-act"
	FindingVendorOwnsControl     = "vendor-owns-control"
)

// governanceControls are the ISMS-level controls whose accountability must
// sit with one role across all domains.
var governanceControls = []string{"5.1", "5.2", "5.3", "5.4"}

// Findings returns the red flags of a against the questions asked in a
// (see Asked) and the built-in controls: an answer kept for a skipped
// question raises nothing. See FindingsWith.
func Findings(a Assessment) []Finding { return FindingsWith(a, Asked(a), Controls()) }

// FindingsWith returns the red flags of a, high severity first, then by ID.
//
// Answer-based flags fire on a rating of 0 or 1 or on "unknown" (nobody
// able to answer is itself the problem); unanswered and N/A answers never
// fire, nor do answers to questions missing from bank. Matrix-based flags
// come from MatrixStatusWith over controls, that is from Checker.Row with
// a's profile. The flags:
//
//	no-single-owner          high    GOV-01 weak, or 5.1–5.4 not held by one single A
//	owner-not-enterprise     high    GOV-02 weak, or every A of 5.1/5.2 is the IT or OT lead
//	owner-without-levers     medium  GOV-03 weak
//	no-risk-acceptance       high    GOV-05 or GOV-09 weak
//	no-steering-group        medium  GOV-06 weak
//	scope-gaps               high    SCO-01 or SCO-02 weak
//	raci-not-separated       medium  ROL-01 weak
//	matrix-not-started       high    no matrix row has a letter
//	matrix-mostly-empty      high    fewer than half of the rows have letters
//	matrix-incomplete        medium  at least half, but not all, of the rows have letters
//	matrix-accountable       medium  rows with no A or several A (A/R counts as A)
//	ot-no-responsible        high    plant-floor rows with no R (A/R counts as R)
//	no-responsible           medium  corporate IT or shared rows with no R
//	shared-no-owner          high    shared rows with neither A nor R
//	matrix-gaps              medium  empty rows that matter, once the matrix is started
//	quality-not-consulted    high    GMP site: plant-floor rows of GMPControls without Quality (8.32: without Quality as A or R)
//	safety-not-consulted     high    safety-critical: plant-floor rows of SafetyControls without EHS
//	duties-not-separated     medium  SeparatedControls rows where one role holds A/R
//	owner-cannot-act         medium  rows whose A cannot act in that domain
//	vendor-owns-control      high    rows where the integrator / vendor holds A or A/R, or the only R
//	changes-ignore-downtime  high    CHG-01 weak, or any CHG question weak in a
//	                                 validated or safety-critical plant
//	ot-incidents-isolated    high    INC-01 weak
//	paper-roles              medium  PRA-01 or ROL-07 weak
//
// The three matrix-state flags exclude one another; they carry Detail (the
// decided rows per domain) instead of listing hundreds of empty rows.
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

	status := MatrixStatusWith(a, controls)
	var cells [cellSources][]CellKey
	cells[cellsSplitGovernance] = splitGovernance(a.Matrix)
	cells[cellsDomainOnlyOwner] = domainOnlyOwner(a.Matrix)
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
	state := matrixNone
	switch {
	case status.Needed == 0:
	case status.Decided == 0:
		state = matrixNotStarted
	case 2*status.Decided < status.Needed:
		state = matrixMostlyEmpty
	case status.Decided < status.Needed:
		state = matrixIncomplete
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
		detail := ""
		if r.matrix != matrixNone && r.matrix == state {
			detail = status.Detail()
		}
		if len(qs) > 0 || len(cells[r.cells]) > 0 || detail != "" {
			out = append(out, Finding{ID: r.id, Severity: r.severity, Title: r.title, Reason: r.reason,
				Questions: qs, Cells: cells[r.cells], Detail: detail})
		}
	}
	return out
}

// Where a matrix-state flag comes from: the completeness of the matrix.
const (
	matrixNone        = iota
	matrixNotStarted  // no row decided
	matrixMostlyEmpty // fewer than half decided
	matrixIncomplete  // at least half, not all, decided
)

// Where the matrix rows of a finding come from.
const (
	cellsNone            = iota
	cellsSplitGovernance // splitGovernance
	cellsDomainOnlyOwner // domainOnlyOwner
	cellsAccountable     // rows with no A or several A
	cellsOTNoResponsible // OT rows with no R
	cellsSharedNoOwner   // shared rows with neither A nor R
	cellsGaps            // empty rows that matter
	cellsNoResponsible   // IT and shared rows with no R
	cellsQuality         // GMP rows without Quality
	cellsSafety          // safety rows without EHS
	cellsSeparation      // duties not separated
	cellsCannotAct       // A that cannot act in the domain
	cellsVendor          // vendor holding A or R
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
	// matrix, when set, raises the flag for that completeness state of
	// the matrix (matrixNotStarted and the others).
	matrix int
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
		id: FindingMatrixMostlyEmpty, severity: SeverityHigh,
		title:  "Most of the ownership matrix is still empty",
		reason: "Fewer than half of the control rows name an owner, so most controls are nobody's job in practice and a gap cannot be told from a decision not yet taken. ISO/IEC 27001 5.3 requires responsibilities to be assigned: fill the plant-floor and shared rows first, where a missing owner costs production or safety, then the rest.",
		matrix: matrixMostlyEmpty,
	},
	{
		id: FindingMatrixNotStarted, severity: SeverityHigh,
		title:  "The ownership matrix has not been started",
		reason: "No Annex A control has an owner on corporate IT, the plant floor or the shared infrastructure, so nobody can show who answers for patching a controller, granting vendor access or restoring a line after an incident. ISO/IEC 27001 5.3 requires these responsibilities to be assigned: start from the ownership model that fits and adjust it in a workshop with IT, OT, operations and Quality.",
		matrix: matrixNotStarted,
	},
	{
		id: FindingNoRiskAcceptance, severity: SeverityHigh,
		title:     "Nobody clearly accepts residual risk",
		reason:    "Legacy PLCs and unpatchable systems need explicit, documented risk acceptance by someone with authority; without it exceptions stall or get decided informally by engineers on shift.",
		questions: []string{"GOV-05", "GOV-09"},
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
		reason: "Controls on the plant floor need someone on site who applies them within process safety, validation and downtime limits; an owner with nobody doing the work is an owner on paper. Give the R to the OT lead, maintenance or operations, or mark the owner A/R if it does the work itself.",
		cells:  cellsOTNoResponsible,
	},
	{
		id: FindingOwnerNotEnterprise, severity: SeverityHigh,
		title:     "ISMS owner sits too low or on one side of IT/OT",
		reason:    "An owner inside one plant, or only in IT or only in OT, tends to under-scope the other side and cannot arbitrate between them; the role belongs at enterprise risk and governance level.",
		questions: []string{"GOV-02"}, cells: cellsDomainOnlyOwner,
	},
	{
		id: FindingQualityNotConsulted, severity: SeverityHigh,
		title:  "Quality is left out of work on validated plant systems",
		reason: "On a GMP site a patch, configuration change, software install or anti-malware tool made without Quality can take a validated system out of its validated state; batches made on it may then need investigation, and inspectors will ask for the change record. Records, backups, audit trails, clocks and access to GxP systems are data-integrity duties under EU GMP Annex 11 and 21 CFR Part 11. Consult Quality on these rows, and give Quality the A or an R on plant-floor change management, which runs through its change control.",
		cells:  cellsQuality,
	},
	{
		id: FindingSafetyNotConsulted, severity: SeverityHigh,
		title:  "Process safety is left out of plant-floor incidents and changes",
		reason: "In a safety-critical process, isolating a network, stopping a line, keeping a compromised controller running for evidence, running by hand after an outage or changing control logic can create a hazard. Consult EHS on these rows so that cyber incident response, recovery and change follow the process-safety procedures and management of change.",
		cells:  cellsSafety,
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
		id: FindingVendorOwnsControl, severity: SeverityHigh,
		title:  "An integrator or vendor answers for a control or does it alone",
		reason: "When a system integrator or vendor is accountable, or the only one responsible, nobody inside the organisation directs or checks what it does on the plant's systems, and uncontrolled vendor access is a common way into OT. A vendor may do the work under contract (ISO/IEC 27001 8.1), but keep the A in-house with an internal R beside the vendor's, and govern its work through the supplier controls (Annex A 5.19–5.22).",
		cells:  cellsVendor,
	},
	{
		id: FindingDutiesNotSeparated, severity: SeverityMedium,
		title:  "One role both approves and does access or change work",
		reason: "Where the role that approves access, privileged rights or a change also carries it out, a mistake or misuse on a server or controller goes unseen. Annex A 5.3 requires conflicting duties to be segregated, and ISO/IEC 27002:2022 5.3 gives these duties as examples: keep the approval (A) with one role and give the work (R) to another, or record the compensating control where a small site cannot separate them.",
		cells:  cellsSeparation,
	},
	{
		id: FindingMatrixAccountable, severity: SeverityMedium,
		title:  "Matrix rows without exactly one accountable role",
		reason: "A control with no A is nobody's problem; a control with several A is argued over. Each row needs exactly one A or A/R.",
		cells:  cellsAccountable,
	},
	{
		id: FindingMatrixGaps, severity: SeverityMedium,
		title:  "Matrix rows that matter are still empty",
		reason: "High-relevance plant-floor controls and shared infrastructure are where ownership gaps hurt most; fill these rows before the rest.",
		cells:  cellsGaps,
	},
	{
		id: FindingMatrixIncomplete, severity: SeverityMedium,
		title:  "The ownership matrix is incomplete",
		reason: "Some control rows still name no owner. Until every row is decided the matrix cannot pass, and an auditor who samples an undecided control finds nobody to interview. Decide the remaining rows, if only to name the corporate owner the plants inherit.",
		matrix: matrixIncomplete,
	},
	{
		id: FindingNoResponsible, severity: SeverityMedium,
		title:  "Corporate IT or shared controls with nobody doing the work",
		reason: "A control with an owner but no R is owned on paper: nobody patches, reviews or tests it. Give the R to the team that runs it, or mark the owner A/R if it does the work itself.",
		cells:  cellsNoResponsible,
	},
	{
		id: FindingNoSteeringGroup, severity: SeverityMedium,
		title:     "No steering group joining IT, OT, Quality and operations",
		reason:    "Scope, priorities and risk criteria agreed without Quality and operations will collide with validation and production plans the first time a control needs downtime.",
		questions: []string{"GOV-06"},
	},
	{
		id: FindingOwnerCannotAct, severity: SeverityMedium,
		title:  "Controls owned by a role that cannot act on them",
		reason: "An accountable role with no authority over the systems or premises concerned cannot make the control happen: HR or Procurement cannot change a plant network, and the OT lead does not run the corporate directory. Move the A to the function that runs that part of the estate.",
		cells:  cellsCannotAct,
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
		reason:    "Ownership shows in decisions taken, risks accepted and reviews held, by people who still hold the role; an auditor will ask for that evidence, will fail a role held by someone who has left, and so will the first real incident.",
		questions: []string{"PRA-01", "ROL-07"},
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
func domainOnlyOwner(m Matrix) []CellKey {
	var rows []CellKey
	for _, id := range []string{"5.1", "5.2"} {
		for _, d := range Domains {
			k := CellKey{id, d}
			for _, r := range rowRoles(m[k]) {
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
