package assessment

import (
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The ownership matrix is checked row by row, as a lead auditor reads a
// RACI: does one role answer for the control, does someone do the work,
// are the people who guard product quality and process safety in the
// loop where the site's profile says they must be, are conflicting duties
// kept apart, and can each accountable role actually act where it is
// accountable. Each rule below says what it checks and why; Problem
// messages say it again for the user, with the roles' own names.

// ProblemKind classifies what is wrong with one row of the ownership matrix.
// The values are stable: the views and the findings key on them.
type ProblemKind string

// The problems Checker.Row reports, in the order it reports them for one
// row.
const (
	// ProblemUnassigned: an empty row where the gap matters most (see
	// Checker.Row). Completeness of the other rows is counted by
	// MatrixStatusOf, not reported row by row.
	ProblemUnassigned ProblemKind = "unassigned"
	// ProblemSharedNoOwner: a shared-infrastructure row with neither an A
	// nor an R.
	ProblemSharedNoOwner ProblemKind = "shared-no-owner"
	// ProblemNoAccountable: letters, but no A or A/R.
	ProblemNoAccountable ProblemKind = "no-accountable"
	// ProblemSeveralAccountable: more than one A or A/R.
	ProblemSeveralAccountable ProblemKind = "several-accountable"
	// ProblemNoResponsible: letters, but no R or A/R.
	ProblemNoResponsible ProblemKind = "no-responsible"
	// ProblemCannotAct: the accountable role has no authority over the
	// part of the estate the row is about.
	ProblemCannotAct ProblemKind = "accountable-cannot-act"
	// ProblemVendorOwns: the system integrator / vendor holds A or A/R, or
	// holds the only R of the row.
	ProblemVendorOwns ProblemKind = "vendor-owns"
	// ProblemDPOAccountable: the data protection officer holds A or A/R.
	ProblemDPOAccountable ProblemKind = "dpo-accountable"
	// ProblemManagementNotAccountable: on 5.1, 5.2 or 5.4 the accountable
	// role is not top management.
	ProblemManagementNotAccountable ProblemKind = "management-not-accountable"
	// ProblemReviewNotIndependent: a role that runs the security under
	// review is accountable for its independent review (5.35).
	ProblemReviewNotIndependent ProblemKind = "review-not-independent"
	// ProblemDutiesNotSeparated: one role holds A/R on a duty whose
	// approval and execution are to be kept apart (Annex A 5.3).
	ProblemDutiesNotSeparated ProblemKind = "duties-not-separated"
	// ProblemSamePerson: on a row of SeparatedControls the role that
	// approves (A) and a role that does the work (R) differ, but the role
	// register names the same person for both (Checker.Holders).
	ProblemSamePerson ProblemKind = "same-person-approves-and-does"
	// ProblemSharedSideMissing: a shared row of a high-relevance control
	// where the IT lead or the OT lead is not even consulted.
	ProblemSharedSideMissing ProblemKind = "shared-side-missing"
	// ProblemQualityNotConsulted: a validated (GMP) plant, and Quality is
	// not involved in a plant-floor row of GMPControls or a shared row of
	// GMPSharedControls:
	// at least C, and A or R on change management.
	ProblemQualityNotConsulted ProblemKind = "quality-not-consulted"
	// ProblemSafetyNotConsulted: a safety-critical process, and EHS is not
	// involved in a plant-floor incident, continuity or change row.
	ProblemSafetyNotConsulted ProblemKind = "safety-not-consulted"
	// ProblemNoAuthorityToStop: on plant-floor incident response (5.26)
	// neither the site director nor plant operations holds A or R.
	ProblemNoAuthorityToStop ProblemKind = "no-authority-to-stop"
	// ProblemNoPlantHands: on plant-floor security during disruption and
	// continuity (5.29, 5.30) neither the site director nor plant
	// operations holds A or R.
	ProblemNoPlantHands ProblemKind = "no-plant-hands"
	// ProblemSiteNotOnPremises: on the plant-floor rows of PremisesControls
	// neither the site director nor plant operations holds A or R.
	ProblemSiteNotOnPremises ProblemKind = "site-not-on-premises"
	// ProblemFunctionLeftOut: the supporting function that runs the
	// process behind a control (HR for people, Procurement for suppliers)
	// is not even consulted (see FunctionControls).
	ProblemFunctionLeftOut ProblemKind = "function-left-out"
)

// ProblemKinds lists every kind in report order, for legends.
var ProblemKinds = []ProblemKind{
	ProblemUnassigned, ProblemSharedNoOwner, ProblemNoAccountable, ProblemSeveralAccountable,
	ProblemNoResponsible, ProblemCannotAct, ProblemVendorOwns, ProblemDPOAccountable,
	ProblemManagementNotAccountable, ProblemReviewNotIndependent, ProblemDutiesNotSeparated,
	ProblemSamePerson, ProblemSharedSideMissing, ProblemQualityNotConsulted, ProblemSafetyNotConsulted,
	ProblemNoAuthorityToStop, ProblemNoPlantHands, ProblemSiteNotOnPremises, ProblemFunctionLeftOut,
}

// Title is a few words naming the problem, for a status cell or a legend.
func (k ProblemKind) Title() string {
	switch k {
	case ProblemUnassigned:
		return l10n.T("Nobody assigned")
	case ProblemSharedNoOwner:
		return l10n.T("No A or R on shared infrastructure")
	case ProblemNoAccountable:
		return l10n.T("No A")
	case ProblemSeveralAccountable:
		return l10n.T("Several A")
	case ProblemNoResponsible:
		return l10n.T("No R")
	case ProblemCannotAct:
		return l10n.T("A cannot act here")
	case ProblemVendorOwns:
		return l10n.T("Vendor accountable or alone doing the work")
	case ProblemDPOAccountable:
		return l10n.T("DPO accountable")
	case ProblemManagementNotAccountable:
		return l10n.T("Top management not accountable")
	case ProblemReviewNotIndependent:
		return l10n.T("Accountable for reviewing its own work")
	case ProblemDutiesNotSeparated:
		return l10n.T("Same role approves and does it")
	case ProblemSamePerson:
		return l10n.T("Same person approves and does it")
	case ProblemSharedSideMissing:
		return l10n.T("IT or OT left out of a shared row")
	case ProblemQualityNotConsulted:
		return l10n.T("Quality not involved on a GMP site")
	case ProblemSafetyNotConsulted:
		return l10n.T("EHS not consulted (safety)")
	case ProblemNoAuthorityToStop:
		return l10n.T("Site or operations not in plant incident response")
	case ProblemNoPlantHands:
		return l10n.T("Site or operations not in plant continuity")
	case ProblemSiteNotOnPremises:
		return l10n.T("Site or operations not in plant premises")
	case ProblemFunctionLeftOut:
		return l10n.T("Supporting function left out")
	}
	return string(k)
}

// Explanation says in plain words what the rule asks and why, for the
// legend of the matrix and the report. It names no role by its own name,
// since it explains the rule rather than one row.
func (k ProblemKind) Explanation() string {
	switch k {
	case ProblemUnassigned:
		return l10n.T("The row is empty although the control matters there: the plant-floor row of a high-relevance control, or the shared row of a medium- or high-relevance one. Fill these first.")
	case ProblemSharedNoOwner:
		return l10n.T("Shared IT/OT infrastructure (boundary firewalls or the DMZ, plant domain controllers, remote access) with neither an A nor an R: each side will assume the other looks after it.")
	case ProblemNoAccountable:
		return l10n.T("Letters are given, but no role answers for the control. Every row needs exactly one A, or one A/R.")
	case ProblemSeveralAccountable:
		return l10n.T("More than one role answers for the control, so in practice none does. Keep one A (or A/R) and make the others R or C.")
	case ProblemNoResponsible:
		return l10n.T("Nobody does the work. Give an R to the role that runs the control, or mark the accountable role A/R if it does the work itself.")
	case ProblemCannotAct:
		return l10n.T("The accountable role has no authority over this part of the estate: office functions cannot answer for systems, networks or premises, in the plants or in corporate IT (only for rules on people's conduct and on data), nor for incident response and continuity on the plant floor; plant roles cannot answer for corporate IT systems; and only a role that can order plant systems isolated or a line stopped answers for the response to incidents on the plant floor.")
	case ProblemVendorOwns:
		return l10n.T("A system integrator or vendor may do work under contract (R), for example develop plant software, maintain equipment or run monitoring, but the organisation must stay in control of what it has done by others (ISO/IEC 27001 8.1). So the A stays with an internal role, and one internal role (not an office function, on systems and premises) also holds an R to direct and check the vendor's work. On equipment maintenance and on development and acceptance, the IT lead, the OT lead or maintenance as A directs and accepts the vendor's work itself.")
	case ProblemDPOAccountable:
		return l10n.T("A data protection officer advises on and monitors the protection of personal data and may take on other tasks only where they cause no conflict of interests (GDPR Art. 38(6)). Answering for a control means deciding how it is done, which the DPO would then have to monitor: keep the DPO as C or R.")
	case ProblemManagementNotAccountable:
		return l10n.T("Top management must establish the security policy, assign roles and require all personnel to apply security (ISO/IEC 27001 5.1, 5.2, 5.3; Annex A 5.1, 5.2, 5.4), and in assigning roles it decides which duties are kept apart (Annex A 5.3). On these rows the executive holds the A; the ISMS owner usually does the work (R).")
	case ProblemReviewNotIndependent:
		return l10n.T("The independent review (Annex A 5.35) examines how information security is run, so none of the roles that run it (the ISMS owner, the IT and OT leads, the site and its operations and maintenance) can be the one who answers for it. Give the A to top management or to a function that runs none of it, and let the ISMS owner commission the review and act on it (R).")
	case ProblemDutiesNotSeparated:
		return l10n.T("On access rights, privileged access and change management one role both approves and does the work (A/R). Annex A 5.3 requires conflicting duties to be segregated, and ISO/IEC 27002:2022 5.3 gives approving and carrying out access and changes as examples: keep the A with the role that approves and give the R to another role. A role that only runs the process, such as Quality running change control, may hold A/R where another internal role holds the R that carries out the work; IT, OT, maintenance, operations and a vendor may not.")
	case ProblemSamePerson:
		return l10n.T("On access rights, privileged access and change management the role that approves (A) and the role that does the work (R) are different roles, but the role register names the same person for both, so that person approves their own work. Annex A 5.3 requires these duties to be segregated between people, not only between roles: give one of the two roles to another person, or record the compensating control in the risk treatment.")
	case ProblemSharedSideMissing:
		return l10n.T("Shared infrastructure of a high-relevance control (a boundary firewall, a plant domain controller, a remote-access gateway) serves both sides: a change made by one side alone can stop a line or cut off corporate services. The IT lead and the OT lead must each hold at least a C.")
	case ProblemQualityNotConsulted:
		return l10n.T("On a GMP site, patches, configuration changes, software installs and anti-malware tools change a validated system; records, backups, audit trails, clocks and access to GxP systems are data-integrity duties (EU GMP Annex 11, 21 CFR Part 11); acceptance testing is part of validation, and an incident on a GxP system can affect the batches made meanwhile. The shared directory, backup system, log collection and time source usually serve GxP systems as well. Quality must at least be consulted, and on plant-floor change management Quality approves or runs change control (A or R).")
	case ProblemSafetyNotConsulted:
		return l10n.T("In a safety-critical process, a cyber incident, an outage and its recovery, or a change on the plant floor can be a process-safety event. EHS must at least be consulted.")
	case ProblemNoAuthorityToStop:
		return l10n.T("Containing a plant-floor incident can mean isolating a network or stopping a line, which only the site can decide and do at once. The site director or plant operations must hold an A or R on plant-floor incident response, not only be consulted.")
	case ProblemNoPlantHands:
		return l10n.T("Keeping a plant secure through a disruption and restoring it (Annex A 5.29, 5.30) means running it by hand, bringing it to a safe state and restarting it, which only the site's own people do. The site director or plant operations must hold an A or R on these plant-floor rows, not only be consulted.")
	case ProblemSiteNotOnPremises:
		return l10n.T("Who may enter a plant, its control rooms and its electrical rooms is decided and enforced on site: the gate, badges, keys and the watch over them are the site's. The site director (with facilities) or plant operations must hold an A or R on the plant-floor rows of perimeters, entry, securing rooms and physical monitoring (Annex A 7.1 to 7.4), not only be consulted.")
	case ProblemFunctionLeftOut:
		return l10n.T("Some controls run through a supporting function's own process: screening, terms of employment, discipline, leavers and confidentiality undertakings through HR (Annex A 6.1 to 6.6, and the return of assets, 5.11), contracts with suppliers through Procurement (5.19 to 5.22). Where that function is not even consulted, the control exists on paper only. Give it at least a C. Where the role register names a data protection officer, the DPO is consulted on privacy and PII (5.34) too: GDPR Art. 38(1) requires the DPO to be involved, properly and in a timely manner, in all issues which relate to the protection of personal data.")
	}
	return ""
}

// Problem is one issue found in one matrix row.
type Problem struct {
	Key  CellKey
	Kind ProblemKind
	// Roles are the roles the problem is about, in RACIRoles order: the
	// accountable roles of several-accountable, the role that cannot act,
	// the vendor, the role holding A/R alone. Nil for the others.
	Roles []Role
	// Message explains the problem for this row, naming roles by the
	// assessment's own names.
	Message string
}

// Controls the profile-aware and segregation rules look at, by Annex A
// number. They are exported so that the report and the legend can name
// them; the checks only read them.
var (
	// GMPControls are the plant-floor controls where, on a GMP site,
	// Quality must be involved: either the work changes a validated
	// system, so it goes through Quality's change control, or it is a
	// data-integrity duty of GMP computerised-system rules (EU GMP Annex
	// 11, 21 CFR Part 11), which Quality's programme covers:
	//
	//	5.18  access rights: access to GxP systems is restricted to
	//	      authorised people (Annex 11 §12)
	//	5.33  protection of records: batch records are GxP records whose
	//	      integrity and retention must be ensured (Annex 11 §7, §17)
	//	8.2   privileged access: administrators can change data and audit
	//	      trails of GxP systems (Annex 11 §12)
	//	8.7   protection against malware: anti-malware or allow-listing
	//	      software installed on a validated system changes it
	//	8.8   technical vulnerabilities: a patch is a change to a validated
	//	      system and may need requalification
	//	8.9   configuration management: the configuration baseline is part
	//	      of what was validated
	//	8.13  information backup: backups of GxP data are made regularly and
	//	      restore is verified (Annex 11 §7.2)
	//	8.15  logging: audit trails of GxP data are required by Part 11
	//	      §11.10(e), and by Annex 11 §9 where the risk assessment calls
	//	      for them
	//	8.17  clock synchronisation: audit-trail entries must carry correct
	//	      date and time; we include it because a drifting clock makes
	//	      the audit trail of a batch unreliable
	//	8.19  installing software on operational systems: a change to the
	//	      validated configuration
	//	8.29  security testing in development and acceptance: acceptance
	//	      testing of a validated system is part of its validation
	//	      (Annex 11 §4)
	//	8.32  change management: on a GMP site change control is Quality's
	//	      process, so Quality holds the A or an R, not merely a C
	//	5.25, 5.26  deciding on a security event and responding to an
	//	      incident on a GxP system decide what becomes of the batches
	//	      made meanwhile, a deviation Quality must assess
	GMPControls = []string{"5.18", "5.25", "5.26", "5.33", "8.2", "8.7", "8.8", "8.9", "8.13", "8.15", "8.17", "8.19", "8.29", "8.32"}

	// GMPSharedControls are the data-integrity controls of GMPControls
	// whose shared infrastructure serves GxP systems on nearly every GMP
	// site, so that on a GMP site Quality is involved in their shared rows
	// too: the plant directory and remote access decide who reaches GxP
	// systems (5.18), the central backup holds GxP data (8.13), log
	// collection receives their security logs and may copy their audit
	// trails (8.15) and the time source dates every audit-trail entry
	// (8.17). The change controls are left out on shared rows: whether a
	// change to a shared component touches a validated system depends on
	// the site.
	GMPSharedControls = []string{"5.18", "8.13", "8.15", "8.17"}

	// SafetyControls are the controls whose plant-floor work can decide
	// whether people are safe, so that in a safety-critical process EHS
	// (process safety) must be involved:
	//
	//	5.24–5.28  incident planning, assessment, response, lessons and
	//	           evidence: isolating a network, stopping a line or keeping
	//	           a compromised controller running for evidence are
	//	           process-safety decisions, and lessons feed the safety
	//	           learning process
	//	5.29–5.30  continuity: running a process by hand, bringing it to a
	//	           safe state and restarting it after an outage are
	//	           process-safety decisions
	//	8.7        putting anti-malware tools on a control system (an
	//	           agent, a scan, an allow-list),
	//	8.8        patching it or mitigating its vulnerability,
	//	8.9        changing its configuration, and
	//	8.19       installing software on it: each changes how the process
	//	           is controlled, so it is a management-of-change item for
	//	           process safety, like any change under 8.32 (the GMP rule
	//	           counts the same controls as changes)
	//	8.32       change management: a change to a control system is a
	//	           management-of-change item for process safety
	SafetyControls = []string{"5.24", "5.25", "5.26", "5.27", "5.28", "5.29", "5.30", "8.7", "8.8", "8.9", "8.19", "8.32"}

	// SeparatedControls are the controls whose approval and execution must
	// be held by different roles. Annex A 5.3 only requires conflicting
	// duties to be segregated; ISO/IEC 27002:2022 5.3 gives as examples
	// requesting, approving and implementing access rights, which covers
	// ordinary (5.18) and privileged (8.2) rights alike, and initiating,
	// approving and carrying out a change (8.32).
	SeparatedControls = []string{"5.18", "8.2", "8.32"}

	// FunctionControls are the controls that run through a supporting
	// function's own process, by control: HR screens, employs, disciplines
	// and offboards people and collects their undertakings (5.11, 6.1 to
	// 6.6); Procurement writes and manages the contracts with suppliers
	// (5.19 to 5.22). In every domain that function holds at least C (rule
	// 15). The DPO is not listed: not every organisation must have one
	// (GDPR Art. 37), so rule 15b asks for the DPO on 5.34 only where the
	// role register names one, and rule 7 keeps a DPO from owning it.
	FunctionControls = map[string]Role{
		"5.11": RoleHR, "6.1": RoleHR, "6.2": RoleHR, "6.3": RoleHR, "6.4": RoleHR, "6.5": RoleHR, "6.6": RoleHR,
		"5.19": RoleProcurement, "5.20": RoleProcurement, "5.21": RoleProcurement, "5.22": RoleProcurement,
	}

	// ManagementControls are the controls that are top management's own
	// duties: the policy it approves (5.1), the roles it assigns (5.2,
	// ISO/IEC 27001 5.3), which duties it keeps apart in assigning them
	// (5.3) and the management responsibilities it exercises (5.4,
	// ISO/IEC 27001 5.1). They are the governance rows whose split
	// accountability is a finding (see FindingNoSingleOwner), so that a
	// matrix that passes the checks raises no such finding.
	ManagementControls = []string{"5.1", "5.2", "5.3", "5.4"}

	// PremisesControls are the physical controls whose plant-floor rows
	// only the site can run: the perimeter (7.1), entry (7.2), securing
	// control rooms, electrical rooms and cabinets (7.3) and watching over
	// them (7.4). A central function may set the rules, but the gate,
	// badges, keys and guards are the site's (rule 14c).
	PremisesControls = []string{"7.1", "7.2", "7.3", "7.4"}
)

// Checker checks matrix rows against the ownership rules for one
// assessment: the profile decides which regulated rules apply, and Names
// how roles are called in messages. The zero Checker applies the rules
// that need no profile and uses the default labels.
//
// It is a value with no state of its own, cheap to build: the matrix view
// builds one per render and calls Row for the rows that changed.
type Checker struct {
	Profile Profile
	Names   map[Role]string
	// Holders is the role register. With it, Row also checks segregation
	// of duties by person (rule 10b); without it (nil) the checks are by
	// role only.
	Holders map[Role]Holder
}

// NewChecker returns the Checker for assessment a, with its role register.
func NewChecker(a Assessment) Checker {
	return Checker{Profile: a.Profile, Names: a.RoleNames, Holders: a.Holders}
}

// CheckRow checks one row with a Checker for profile p and the default
// role names.
func CheckRow(k CellKey, row RACI, c Control, p Profile) []Problem {
	return Checker{Profile: p}.Row(k, row, c)
}

// CheckMatrix checks every row of a's matrix over Controls() × Domains, in
// that order.
func CheckMatrix(a Assessment) []Problem { return CheckMatrixWith(a, Controls()) }

// CheckMatrixWith checks every row of a's matrix over controls × Domains,
// in that order. Rows of the matrix outside that grid are ignored
// (Validate reports them).
func CheckMatrixWith(a Assessment, controls []Control) []Problem {
	return NewChecker(a).Matrix(a.Matrix, controls)
}

// Matrix checks every row of m over controls × Domains, in that order.
func (ch Checker) Matrix(m Matrix, controls []Control) []Problem {
	var out []Problem
	for _, c := range controls {
		for _, d := range Domains {
			k := CellKey{c.ID, d}
			out = append(out, ch.Row(k, m[k], c)...)
		}
	}
	return out
}

// Row checks one matrix row: control c in domain k.Domain. It is cheap
// enough to run on every edit. The rules, in the order their problems are
// reported:
//
//  1. Empty rows. An empty row is "unassigned" only where the gap hurts
//     most: the plant-floor row of a high-relevance control, and the
//     shared row of a medium- or high-relevance control. Other empty rows
//     are not reported one by one, so that a half-filled matrix does not
//     bury its real gaps; they still count as undecided, and a matrix with
//     undecided rows never passes (MatrixStatusOf). An empty row reports
//     nothing else.
//  2. Shared rows with neither A nor R are "shared-no-owner", reported
//     instead of no-accountable and no-responsible: DMZs, plant domain
//     controllers and remote-access paths are where IT and OT each assume
//     the other is in charge.
//  3. Exactly one accountable role, A/R counting as A, in every domain:
//     with none the control is nobody's problem, with several it is argued
//     over and, in practice, nobody's either (ISO/IEC 27001 5.3 asks for
//     responsibilities and authorities to be assigned).
//  4. At least one responsible role, A/R counting as R, in every domain:
//     an owner without anyone doing the work is an owner on paper. A/R
//     makes this fair to the domain lead who does the work personally.
//  5. An accountable role that cannot act where it is accountable (see
//     cannotAct): an office function accountable for plant systems, networks
//     or premises, or a plant role accountable for corporate IT systems.
//     Accountability without authority over the estate is accountability
//     in name only.
//  6. The system integrator / vendor is never accountable (A or A/R), and
//     holds an R only beside an internal role that also holds one. The
//     organisation must keep control of what it has done by others
//     (ISO/IEC 27001 8.1 for externally provided processes, Annex A
//     5.19–5.22 for suppliers): a vendor may develop plant software,
//     maintain equipment or run monitoring under contract (R), but the A
//     stays inside, and an internal R directs and checks the vendor's
//     work. A vendor as the only R hides that nobody inside does that.
//     On physical and technological rows an office function's R does not
//     count as that internal R: Procurement cannot direct technical work.
//     On the controls about work done by others (vendorWorkControls:
//     equipment maintenance 7.13, development and acceptance 8.25–8.30) a
//     vendor may be the only R when the A is the IT lead, the OT lead or
//     maintenance: directing, monitoring and accepting the vendor's work
//     is what that A does (Annex A 8.30).
//  7. The data protection officer is never accountable (A or A/R). The
//     DPO may hold other tasks only if they cause no conflict of interests
//     (GDPR Art. 38(6)); answering for a control means deciding how it is
//     done, which the DPO would then have to monitor (Art. 39). C and R
//     stay open to the DPO.
//  8. On ManagementControls (5.1 to 5.4), in every domain, the one
//     accountable role is the executive: top management establishes the
//     policy, assigns roles and directs managers (ISO/IEC 27001 5.1–5.3,
//     Annex A 5.1 "approved by management"). Only checked when the row
//     has an A, so an A-less row reports no-accountable alone.
//  9. On 5.35 no role that runs the security under review is accountable
//     (reviewRoles: the ISMS owner, the IT and OT leads, the site
//     director, operations and maintenance): the independent review
//     examines how they run information security, and nobody can answer
//     for the independence of a review of their own work. They may
//     commission it and act on it (R). Top management, or a function
//     that runs none of it (Quality, Legal), may hold the A.
//  10. Segregation of duties on SeparatedControls, in every domain: the
//     accountable role (who approves) and a responsible role (who does
//     the work) must be different roles, so no role that carries out the
//     work (operatorRoles) holds A/R there, and another role holds A/R
//     only beside another internal R (Quality approving changes and
//     running change control while the OT lead makes them). Annex
//     A 5.3 requires conflicting duties to be segregated, and ISO/IEC
//     27002:2022 5.3 names approving and granting access and approving
//     and carrying out a change as examples. A C does not separate
//     anything: being consulted is neither approval nor review, and a
//     consulted integrator even less so. Where a small site cannot
//     separate, the compensating control belongs in the risk treatment,
//     and this row stays flagged until someone decides it.
//     10b. On the same rows, by person: when Checker.Holders names the same
//     person (PersonKey) for the accountable role and for another role
//     holding an R there, that person approves and does the work. An
//     auditor checks segregation against the people in the role register,
//     not the column headings; one problem per pair of roles, naming the
//     person and both roles.
//  11. On shared rows of high-relevance controls, the IT lead and the OT
//     lead each hold at least C: shared components serve both sides, and
//     a change one side makes alone (a DMZ firewall rule, a domain
//     controller patch) is the classic way to stop a line. Rows of lower
//     relevance may leave one side out.
//  12. With Profile.Validated, on plant-floor rows of GMPControls, Quality
//     holds at least C (C, R, A or A/R), and on change management (8.32)
//     A or R (A/R counts): on a GMP site change control is Quality's own
//     process, and being consulted on somebody else's does not make it
//     that. See GMPControls for why each control is listed.
//     12b. Likewise on shared rows of GMPSharedControls: the shared
//     directory, backup, log collection and time source serve GxP systems.
//  13. With Profile.SafetyCritical, on plant-floor rows of SafetyControls,
//     EHS holds at least C: see SafetyControls.
//  14. On plant-floor incident response (5.26) the site director or plant
//     operations holds A or R (A/R counts): containing an incident can
//     mean isolating a network or stopping a line, which only the site can
//     decide and do at once. A remote owner with only a consulted site
//     cannot stop anything in time.
//     14b. Likewise on plant-floor security during disruption and
//     continuity (5.29, 5.30): running the plant by hand, bringing it to a
//     safe state and restarting it is the site's own people's work.
//     14c. Likewise on the plant-floor rows of PremisesControls: who may
//     enter the plant and its control rooms is decided and enforced on
//     site.
//  15. On FunctionControls, in every domain, the supporting function whose
//     process the control runs through holds at least C: HR on people
//     controls, Procurement on supplier controls.
//     15b. When Checker.Holders names a data protection officer, the DPO
//     holds at least C on privacy and PII (5.34) in every domain: GDPR
//     Art. 38(1) has the DPO involved, properly and in good time, in every
//     issue on personal data. An organisation without a DPO (none named)
//     is not asked for one: GDPR Art. 37 requires one only of some.
//
// Rules 12–15 look only at rows with letters: an empty row is already
// reported by rule 1 or counted as undecided. Shared rows are held to rule
// 12 only on GMPSharedControls and not to rule 13, because whether a
// change to a shared component touches a validated system or a safety
// function depends on the site; the presets still consult Quality and EHS
// there where the profile asks.
func (ch Checker) Row(k CellKey, row RACI, c Control) []Problem {
	roles := roleOrder(row)
	var accountable []Role
	responsible, internalR := 0, 0
	assigned := false
	var alone Role // a role holding A/R
	vendor, quality, ehs, it, ot, site, ops, dpo := LetterNone, LetterNone, LetterNone, LetterNone, LetterNone, LetterNone, LetterNone, LetterNone
	for _, r := range roles {
		l := row[r]
		if l == LetterNone {
			continue
		}
		assigned = true
		if l.Accountable() {
			accountable = append(accountable, r)
		}
		if l.Responsible() {
			responsible++
			if r != RoleIntegrator && !(slices.Contains(officeRoles, r) && (c.Theme == ThemeTechnological || c.Theme == ThemePhysical)) {
				internalR++
			}
		}
		if l == LetterAccountableResponsible && alone == "" {
			alone = r
		}
		switch r {
		case RoleQuality:
			quality = l
		case RoleEHS:
			ehs = l
		case RoleIntegrator:
			vendor = l
		case RoleIT:
			it = l
		case RoleOT:
			ot = l
		case RoleSite:
			site = l
		case RoleOperations:
			ops = l
		case RoleDPO:
			dpo = l
		}
	}

	if !assigned {
		if (k.Domain == DomainOT && c.Relevance >= RelevanceHigh) ||
			(k.Domain == DomainShared && c.Relevance >= RelevanceMedium) {
			return []Problem{{Key: k, Kind: ProblemUnassigned, Message: unassignedMessage(k.Domain)}}
		}
		return nil
	}

	var out []Problem
	add := func(kind ProblemKind, rs []Role, msg string) {
		out = append(out, Problem{Key: k, Kind: kind, Roles: rs, Message: msg})
	}
	if k.Domain == DomainShared && len(accountable) == 0 && responsible == 0 {
		add(ProblemSharedNoOwner, nil,
			l10n.T("Shared IT/OT infrastructure with no A and no R: each side will assume the other looks after it. Name one accountable role and who operates it."))
	} else {
		switch len(accountable) {
		case 0:
			add(ProblemNoAccountable, nil,
				l10n.T("Nobody is accountable (A). Exactly one role must answer for this control; A/R counts."))
		case 1:
		case 2:
			add(ProblemSeveralAccountable, accountable,
				l10n.F("%s are both accountable (A or A/R). Keep exactly one; the other can be R or C.", ch.list(accountable)))
		default:
			add(ProblemSeveralAccountable, accountable,
				l10n.F("%s are all accountable (A or A/R). Keep exactly one; the others can be R or C.", ch.list(accountable)))
		}
		if responsible == 0 {
			add(ProblemNoResponsible, nil, ch.noResponsibleMessage(k.Domain))
		}
	}
	for _, r := range accountable {
		switch why := cannotAct(r, k.Domain, c); {
		case why != "":
			add(ProblemCannotAct, []Role{r},
				l10n.F("The role “%s” is accountable here, but %s. Give the A to a role that runs this part of the estate, and keep the role “%s” as R or C if it contributes.", ch.name(r), why, ch.name(r)))
		case cannotStop(r, k.Domain, c):
			// The advice names what the next rule (the site or operations
			// holds A or R here) also asks, so that following it raises
			// no other problem.
			add(ProblemCannotAct, []Role{r},
				l10n.F("The role “%s” is accountable here, but it cannot order plant systems isolated or a line stopped. Give the A to the role “%s” or “%s”, or to “%s” or “%s” with “%s” or “%s” as R, and keep the role “%s” as R or C if it contributes.",
					ch.name(r), ch.name(RoleSite), ch.name(RoleOperations), ch.name(RoleOT), ch.name(RoleExecutive), ch.name(RoleSite), ch.name(RoleOperations), ch.name(r)))
		}
	}
	switch {
	case vendor.Accountable():
		add(ProblemVendorOwns, []Role{RoleIntegrator},
			l10n.F("%s holds %s. An outside party can do work under contract, but cannot answer for the organisation's control: give the A to an internal role and keep %s as R, C or I.", ch.name(RoleIntegrator), vendor, ch.name(RoleIntegrator)))
	case vendor.Responsible() && internalR == 0 && !(slices.Contains(vendorWorkControls, c.ID) && len(accountable) == 1 && slices.Contains(vendorDirectors, accountable[0])):
		add(ProblemVendorOwns, []Role{RoleIntegrator},
			l10n.F("%s is the only R. It may do the work under contract, but an internal role must also hold an R to direct and check that work (ISO/IEC 27001 8.1).", ch.name(RoleIntegrator)))
	}
	if dpo.Accountable() {
		add(ProblemDPOAccountable, []Role{RoleDPO},
			l10n.F("%s holds %s. A DPO must stay free of conflicts of interests (GDPR Art. 38(6)) and cannot answer for a control it has to monitor: give the A to another role and keep %s as C or R.", ch.name(RoleDPO), dpo, ch.name(RoleDPO)))
	}
	if len(accountable) > 0 && !row[RoleExecutive].Accountable() && slices.Contains(ManagementControls, c.ID) {
		add(ProblemManagementNotAccountable, accountable,
			l10n.F("%s is accountable, but %s is a duty of top management (ISO/IEC 27001 5.1–5.3). Give the A to %s; the role doing the work can hold the R.", ch.list(accountable), managementDuty(c.ID), ch.name(RoleExecutive)))
	}
	if c.ID == "5.35" {
		for _, r := range accountable {
			if slices.Contains(reviewRoles, r) {
				add(ProblemReviewNotIndependent, []Role{r},
					l10n.F("%s is accountable for the independent review of security it runs itself. Give the A to %s or to a function that runs none of it; %s can commission the review and act on its results (R).", ch.name(r), ch.name(RoleExecutive), ch.name(r)))
			}
		}
	}
	if alone != "" && slices.Contains(SeparatedControls, c.ID) && (slices.Contains(operatorRoles, alone) || internalR < 2) {
		add(ProblemDutiesNotSeparated, []Role{alone},
			l10n.F("%s both approves and does this (A/R). Annex A 5.3 requires conflicting duties to be segregated, and ISO/IEC 27002:2022 5.3 names %s as an example: keep the A with the role that approves and give the R to another role.", ch.name(alone), separatedDuty(c.ID)))
	}
	if slices.Contains(SeparatedControls, c.ID) {
		for _, sp := range samePersonPairs(row, ch.Holders) {
			add(ProblemSamePerson, SortRoles([]Role{sp.approver, sp.doer}),
				l10n.F("%s holds both %s, which approves here (%s), and %s, which does the work (%s): one person would be %s. Annex A 5.3 requires these duties to be segregated between people, not only roles: give one of the two roles to another person, or record the compensating control in the risk treatment.",
					sp.person, ch.name(sp.approver), row[sp.approver], ch.name(sp.doer), row[sp.doer], separatedDuty(c.ID)))
		}
	}
	if k.Domain == DomainShared && c.Relevance >= RelevanceHigh {
		var missing []Role
		if !it.Involved() {
			missing = append(missing, RoleIT)
		}
		if !ot.Involved() {
			missing = append(missing, RoleOT)
		}
		if len(missing) > 0 {
			add(ProblemSharedSideMissing, missing,
				ch.sharedSideMissingMessage(missing))
		}
	}
	if k.Domain == DomainOT && ch.Profile.Validated && slices.Contains(GMPControls, c.ID) {
		switch {
		case c.ID == "8.32" && !quality.Accountable() && !quality.Responsible():
			add(ProblemQualityNotConsulted, nil,
				l10n.F("GMP site: a change to a plant system can take a validated system out of its validated state, and change control is Quality's process. Give %s the A (it approves) or an R (it runs change control).", ch.name(RoleQuality)))
		case !quality.Involved():
			add(ProblemQualityNotConsulted, nil,
				l10n.F("GMP site: %s Give %s at least a C.", gmpReason(c.ID), ch.name(RoleQuality)))
		}
	}
	if k.Domain == DomainShared && ch.Profile.Validated && !quality.Involved() && slices.Contains(GMPSharedControls, c.ID) {
		add(ProblemQualityNotConsulted, nil,
			l10n.F("GMP site: %s Give %s at least a C.", gmpSharedReason(c.ID), ch.name(RoleQuality)))
	}
	if k.Domain == DomainOT && ch.Profile.SafetyCritical && !ehs.Involved() && slices.Contains(SafetyControls, c.ID) {
		add(ProblemSafetyNotConsulted, nil,
			l10n.F("Safety-critical process: %s on the plant floor can be a process-safety event. Give %s at least a C.", safetyTopic(c.ID), ch.name(RoleEHS)))
	}
	siteActs := site.Accountable() || site.Responsible() || ops.Accountable() || ops.Responsible()
	if k.Domain == DomainOT && c.ID == "5.26" && !siteActs {
		add(ProblemNoAuthorityToStop, nil,
			l10n.F("Neither %s nor %s holds an A or R on plant-floor incident response, yet containing an incident can mean isolating a network or stopping a line. Give one of them an R, or the A.", ch.name(RoleSite), ch.name(RoleOperations)))
	}
	if k.Domain == DomainOT && (c.ID == "5.29" || c.ID == "5.30") && !siteActs {
		add(ProblemNoPlantHands, nil,
			l10n.F("Neither %s nor %s holds an A or R here, yet keeping the plant secure through a disruption and restoring it means running it by hand, bringing it to a safe state and restarting it. Give one of them an R, or the A.", ch.name(RoleSite), ch.name(RoleOperations)))
	}
	if k.Domain == DomainOT && slices.Contains(PremisesControls, c.ID) && !siteActs {
		add(ProblemSiteNotOnPremises, nil,
			l10n.F("Neither %s nor %s holds an A or R here, yet who may enter the plant and its control rooms is decided and enforced on site. Give one of them an R, or the A.", ch.name(RoleSite), ch.name(RoleOperations)))
	}
	if f := FunctionControls[c.ID]; f != "" && !row[f].Involved() {
		add(ProblemFunctionLeftOut, []Role{f},
			l10n.F("%s is not involved, yet this control runs through its own process (%s). Give it at least a C.", ch.name(f), functionProcess(f)))
	}
	if c.ID == "5.34" && !dpo.Involved() && strings.TrimSpace(ch.Holders[RoleDPO].Name) != "" {
		add(ProblemFunctionLeftOut, []Role{RoleDPO},
			l10n.F("The role register names %s as %s, who is not involved here, yet GDPR Art. 38(1) requires the DPO to be involved, properly and in a timely manner, in all issues which relate to the protection of personal data. Give %s at least a C.", strings.TrimSpace(ch.Holders[RoleDPO].Name), ch.name(RoleDPO), ch.name(RoleDPO)))
	}
	return out
}

func unassignedMessage(d Domain) string {
	switch d {
	case DomainOT:
		return l10n.T("Nobody is assigned on the plant floor, yet this control matters there.")
	case DomainShared:
		return l10n.T("Nobody is assigned for the shared IT/OT infrastructure.")
	}
	return l10n.T("Nobody is assigned.")
}

func (ch Checker) noResponsibleMessage(d Domain) string {
	switch d {
	case DomainOT:
		return l10n.F("Nobody is responsible (R) for doing this on the plant floor. Give the R to %s, %s or %s, or mark the accountable role A/R if it does the work itself.",
			ch.name(RoleOT), ch.name(RoleMaintenance), ch.name(RoleOperations))
	case DomainShared:
		return l10n.F("Nobody is responsible (R) for operating this on the shared infrastructure. Name who does the work, usually %s with %s for the plant side, or mark the accountable role A/R.",
			ch.name(RoleIT), ch.name(RoleOT))
	}
	return l10n.T("Nobody is responsible (R) for doing this in corporate IT. Give the R to the role that runs it, or mark the accountable role A/R if it does the work itself.")
}

// sharedSideMissingMessage says that the roles rs (one or both leads) are
// not involved in a shared row, with the verb agreeing with their number.
func (ch Checker) sharedSideMissingMessage(rs []Role) string {
	if len(rs) == 1 {
		return l10n.F("%s is not involved in this shared row, yet a change here can stop a line or cut off corporate services. Give %s at least a C.", ch.list(rs), ch.list(rs))
	}
	return l10n.F("%s are not involved in this shared row, yet a change here can stop a line or cut off corporate services. Give %s at least a C.", ch.list(rs), ch.list(rs))
}

// name is how the checked assessment calls role r.
func (ch Checker) name(r Role) string { return RoleName(ch.Names, r) }

// list joins role names as "A, B and C".
func (ch Checker) list(rs []Role) string {
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = ch.name(r)
	}
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return l10n.F("%s and %s", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// Role groups for the cannot-act rule.
var (
	// officeRoles run organisational processes (people, contracts, law,
	// privacy) and have no authority over plant systems, networks or
	// premises: they cannot stop a line, change a controller or lock a
	// cabinet, and the plant will not take such an order from them.
	officeRoles = []Role{RoleHR, RoleLegal, RoleDPO, RoleProcurement}
	// officeOwnControls are, per office role, the physical and
	// technological controls it may answer for in corporate IT: clear
	// desk and clear screen (7.7) is a rule for people, which HR or Legal
	// may enforce; deleting information (8.10), masking it (8.11) and
	// preventing its leakage (8.12) are decisions about data, which Legal
	// may own, as retention and disclosure rules come from there (the DPO
	// advises on them, see ProblemDPOAccountable).
	officeOwnControls = map[Role][]string{
		RoleHR:    {"7.7"},
		RoleLegal: {"7.7", "8.10", "8.11", "8.12"},
	}
	// vendorWorkControls are the controls about work done by others under
	// contract: equipment maintenance (7.13) and development, testing and
	// acceptance (8.25–8.30). vendorDirectors are the roles that can
	// direct and accept such work as its A.
	vendorWorkControls = []string{"7.13", "8.25", "8.26", "8.27", "8.28", "8.29", "8.30"}
	vendorDirectors    = []Role{RoleIT, RoleOT, RoleMaintenance}
	// reviewRoles run the security that the independent review (5.35)
	// examines, so none of them may answer for that review.
	reviewRoles = []Role{RoleISMSOwner, RoleIT, RoleOT, RoleSite, RoleOperations, RoleMaintenance}
	// operatorRoles carry out technical work themselves: they grant
	// access and make changes on systems. Holding A/R on a SeparatedControls
	// row, one of them approves what it carries out, whoever else holds an
	// R. Another role holding A/R there runs the process (change control,
	// the access-approval workflow) while a role with an R carries out the
	// work, which separates approval from execution.
	operatorRoles = []Role{RoleIT, RoleOT, RoleMaintenance, RoleOperations, RoleIntegrator}
	// plantRoles act on the plant floor and have no authority over
	// corporate IT systems: they do not administer the directory, the
	// office network or the ERP.
	plantRoles = []Role{RoleOT, RoleOperations, RoleMaintenance}
	// plantDecisionControls are the organisational controls whose owner on
	// the plant floor decides on plant systems: planning and deciding the
	// response to incidents (5.24–5.26), security during disruption and
	// continuity (5.29, 5.30). Change management (8.32) is technological
	// and covered by the theme rule.
	plantDecisionControls = []string{"5.24", "5.25", "5.26", "5.29", "5.30"}
	// stopRoles are the roles that can order plant systems isolated or a
	// line stopped: the only ones that may answer for the response to
	// incidents on the plant floor (5.26, plant OT). The OT lead runs the
	// plant systems and can have them isolated.
	stopRoles = []Role{RoleSite, RoleOperations, RoleOT, RoleExecutive}
)

// cannotAct says why role r cannot be accountable for control c in domain
// d, or "" when it can. The rule is deliberately narrow, so that it only
// fires where no organisation chart could make the assignment work:
//
//   - HR, Legal, the DPO and Procurement are never accountable for a
//     physical or technological control (Annex A 7.x, 8.x) on the plant
//     floor or the shared infrastructure, nor for the organisational
//     controls whose owner decides on plant systems during an incident, a
//     disruption or a change (plantDecisionControls). Their own
//     organisational and people controls there (supplier contracts for OT
//     vendors, contractor screening, evidence for legal use) are fine.
//   - In corporate IT, the same office roles are not accountable for a
//     physical or technological control either, but for those about
//     people's conduct or data (officeOwnControls): they do not run the
//     office network, the servers or the premises.
//   - The OT lead, plant operations and maintenance are never accountable
//     for a technological control (8.x) in corporate IT.
//   - On the plant floor, the response to incidents (5.26) is answered
//     for only by a role that can order plant systems isolated or a line
//     stopped (stopRoles): not the IT lead, the ISMS owner or Quality, who
//     may do part of the response (R) but cannot decide it.
//
// Roles not named here may be accountable anywhere; whether they should be
// is a question of the ownership model, not of possibility. The last rule
// is cannotStop's, whose advice differs.
func cannotAct(r Role, d Domain, c Control) string {
	switch {
	case slices.Contains(officeRoles, r) && d != DomainIT && (c.Theme == ThemeTechnological || c.Theme == ThemePhysical):
		return l10n.T("it has no authority over plant systems, networks or premises")
	case slices.Contains(officeRoles, r) && d != DomainIT && slices.Contains(plantDecisionControls, c.ID):
		return l10n.T("it cannot order plant systems isolated, a line stopped or a plant change made")
	case slices.Contains(officeRoles, r) && d == DomainIT && (c.Theme == ThemePhysical || c.Theme == ThemeTechnological) && !slices.Contains(officeOwnControls[r], c.ID):
		return l10n.T("it has no authority over corporate IT systems, networks or premises")
	case slices.Contains(plantRoles, r) && d == DomainIT && c.Theme == ThemeTechnological:
		return l10n.T("it has no authority over corporate IT systems")
	}
	return ""
}

// cannotStop reports whether r, accountable on row d of control c, is a
// role that cannot answer for the response to incidents on the plant
// floor because it cannot order plant systems isolated or a line stopped
// (see cannotAct and stopRoles).
func cannotStop(r Role, d Domain, c Control) bool {
	return d == DomainOT && c.ID == "5.26" && !slices.Contains(stopRoles, r)
}

// personPair is one person holding, on one matrix row, the role that
// approves (A or A/R) and another role that does the work (R or A/R).
type personPair struct {
	person         string // the name as the register holds it for approver
	approver, doer Role
}

// samePersonPairs returns the pairs of row where holders names the same
// person (PersonKey) for an accountable role and a different responsible
// role, approvers then doers in RACIRoles order. The one home of
// segregation by person: Checker.Row and the roles-conflict finding both
// read it.
func samePersonPairs(row RACI, holders map[Role]Holder) []personPair {
	if len(holders) < 2 {
		return nil
	}
	var out []personPair
	for _, a := range RACIRoles {
		name := holders[a].Name
		if name == "" || !row[a].Accountable() {
			continue
		}
		for _, r := range RACIRoles {
			if r != a && row[r].Responsible() && PersonKey(holders[r].Name) == PersonKey(name) {
				out = append(out, personPair{person: name, approver: a, doer: r})
			}
		}
	}
	return out
}

// separatedDuty names the example ISO/IEC 27002:2022 5.3 gives for a
// SeparatedControls row.
func separatedDuty(id string) string {
	switch id {
	case "5.18":
		return l10n.T("approving and granting access rights")
	case "8.2":
		return l10n.T("approving and implementing access rights, privileged rights included")
	case "8.32":
		return l10n.T("approving and carrying out a change")
	}
	return l10n.T("these duties")
}

// functionProcess names the process of a FunctionControls function.
func functionProcess(r Role) string {
	if r == RoleProcurement {
		return l10n.T("the contracts with suppliers")
	}
	return l10n.T("hiring, terms of employment, discipline and leavers")
}

// managementDuty names the top-management duty of a ManagementControls
// row.
func managementDuty(id string) string {
	switch id {
	case "5.1":
		return l10n.T("approving the security policy")
	case "5.2":
		return l10n.T("assigning security roles")
	case "5.3":
		return l10n.T("deciding which duties are kept apart in the roles it assigns")
	case "5.4":
		return l10n.T("requiring everyone to apply security")
	}
	return l10n.T("this")
}

// gmpReason says in one sentence why Quality is involved in a plant-floor
// GMPControls row: a change to a validated system, or a data-integrity
// duty, each with its own reason. The change-control sentence is kept for
// the controls whose work changes a validated system.
func gmpReason(id string) string {
	change := func(what string) string {
		return l10n.F("%s changes a validated system and can take it out of its validated state, so it goes through Quality's change control.", what)
	}
	switch id {
	case "5.18":
		return l10n.T("access to GxP systems must be limited to authorised people (EU GMP Annex 11 §12), which Quality checks.")
	case "5.33":
		return l10n.T("batch records and other GxP records must stay complete, readable and retained (EU GMP Annex 11 §7 and §17, 21 CFR Part 11), a data-integrity duty Quality answers for.")
	case "8.2":
		return l10n.T("administrator rights on GxP systems can alter data and audit trails (EU GMP Annex 11 §12), so Quality must know who holds them.")
	case "8.7":
		return change(l10n.T("installing or changing anti-malware tools"))
	case "8.8":
		return change(l10n.T("patching"))
	case "8.9":
		return change(l10n.T("a configuration change"))
	case "8.13":
		return l10n.T("GxP data must be backed up regularly and its restore verified (EU GMP Annex 11 §7.2), a data-integrity duty Quality answers for.")
	case "8.15":
		return l10n.T("audit trails of GxP data are required by 21 CFR 11.10(e), and by EU GMP Annex 11 §9 where the risk assessment calls for them, which Quality answers for.")
	case "8.17":
		return l10n.T("audit-trail entries need correct date and time, so plant clocks are part of GxP data integrity.")
	case "8.19":
		return change(l10n.T("installing software"))
	case "8.29":
		return l10n.T("acceptance testing of a validated system is part of its validation (EU GMP Annex 11 §4), which Quality approves.")
	case "5.25", "5.26":
		return l10n.T("a security event or incident on a GxP system can affect the batches made meanwhile and their records, a deviation Quality must assess before release.")
	case "8.32":
		return change(l10n.T("any change"))
	}
	return l10n.T("this work touches validated systems or GxP data.")
}

// gmpSharedReason says in one sentence why Quality is involved in a shared
// GMPSharedControls row.
func gmpSharedReason(id string) string {
	switch id {
	case "5.18":
		return l10n.T("the shared directory and remote access decide who reaches GxP systems, which must be limited to authorised people (EU GMP Annex 11 §12).")
	case "8.13":
		return l10n.T("the shared backup system usually holds GxP data, whose regular backup and verified restore EU GMP Annex 11 §7.2 requires.")
	case "8.15":
		return l10n.T("where the shared log collection receives security logs of GxP systems or copies of their audit trails, what it keeps, for how long and who can alter it bears on data integrity (EU GMP Annex 11 §9, 21 CFR 11.10(e)).")
	case "8.17":
		return l10n.T("where the shared time source sets the clocks of GxP systems, it dates their audit-trail entries (21 CFR 11.10(e) asks for time-stamped audit trails).")
	}
	return l10n.T("this shared infrastructure serves GxP systems.")
}

// safetyTopic names the work of a SafetyControls row in a sentence.
func safetyTopic(id string) string {
	switch id {
	case "8.32":
		return l10n.T("a change to a control system")
	case "8.8":
		return l10n.T("patching a control system")
	case "8.9":
		return l10n.T("a configuration change to a control system")
	case "8.19":
		return l10n.T("installing software on a control system")
	case "5.29", "5.30":
		return l10n.T("an outage, manual operation or a restart")
	}
	return l10n.T("a cyber incident")
}
