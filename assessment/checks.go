package assessment

import (
	"fmt"
	"slices"
	"strings"
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
	// ProblemVendorOwns: the system integrator / vendor holds A, R or A/R.
	ProblemVendorOwns ProblemKind = "vendor-owns"
	// ProblemDutiesNotSeparated: one role approves and does a duty that
	// Annex A 5.3 says to separate, with nobody else involved.
	ProblemDutiesNotSeparated ProblemKind = "duties-not-separated"
	// ProblemQualityNotConsulted: a validated (GMP) plant, and Quality is
	// not involved in a plant-floor row that can change a validated system.
	ProblemQualityNotConsulted ProblemKind = "quality-not-consulted"
	// ProblemSafetyNotConsulted: a safety-critical process, and EHS is not
	// involved in a plant-floor incident or change row.
	ProblemSafetyNotConsulted ProblemKind = "safety-not-consulted"
)

// ProblemKinds lists every kind in report order, for legends.
var ProblemKinds = []ProblemKind{
	ProblemUnassigned, ProblemSharedNoOwner, ProblemNoAccountable, ProblemSeveralAccountable,
	ProblemNoResponsible, ProblemCannotAct, ProblemVendorOwns, ProblemDutiesNotSeparated,
	ProblemQualityNotConsulted, ProblemSafetyNotConsulted,
}

// Title is a few words naming the problem, for a status cell or a legend.
func (k ProblemKind) Title() string {
	switch k {
	case ProblemUnassigned:
		return "Nobody assigned"
	case ProblemSharedNoOwner:
		return "No A or R on shared infrastructure"
	case ProblemNoAccountable:
		return "No A"
	case ProblemSeveralAccountable:
		return "Several A"
	case ProblemNoResponsible:
		return "No R"
	case ProblemCannotAct:
		return "A cannot act here"
	case ProblemVendorOwns:
		return "Vendor holds A or R"
	case ProblemDutiesNotSeparated:
		return "Same role approves and does it"
	case ProblemQualityNotConsulted:
		return "Quality not consulted (GMP)"
	case ProblemSafetyNotConsulted:
		return "EHS not consulted (safety)"
	}
	return string(k)
}

// Explanation says in plain words what the rule asks and why, for the
// legend of the matrix and the report. It names no role by its own name,
// since it explains the rule rather than one row.
func (k ProblemKind) Explanation() string {
	switch k {
	case ProblemUnassigned:
		return "The row is empty although the control matters there: the plant-floor row of a high-relevance control, or the shared row of a medium- or high-relevance one. Fill these first."
	case ProblemSharedNoOwner:
		return "Shared IT/OT infrastructure (the DMZ, plant domain controllers, remote access) with neither an A nor an R: each side will assume the other looks after it."
	case ProblemNoAccountable:
		return "Letters are given, but no role answers for the control. Every row needs exactly one A, or one A/R."
	case ProblemSeveralAccountable:
		return "More than one role answers for the control, so in practice none does. Keep one A (or A/R) and make the others R or C."
	case ProblemNoResponsible:
		return "Nobody does the work. Give an R to the role that runs the control, or mark the accountable role A/R if it does the work itself."
	case ProblemCannotAct:
		return "The accountable role has no authority over this part of the estate: office functions cannot answer for plant systems, networks or premises, and plant roles cannot answer for corporate IT systems."
	case ProblemVendorOwns:
		return "A system integrator or vendor may be consulted or informed, never accountable or responsible: the organisation keeps ownership of its controls, and the R goes to whoever directs and checks the vendor's work."
	case ProblemDutiesNotSeparated:
		return "On access rights, privileged access and change management one role both approves and does the work (A/R) with nobody else in the loop. Annex A 5.3 asks for such duties to be separated: give the work or a review to a second role."
	case ProblemQualityNotConsulted:
		return "On a GMP site, patches, configuration changes, software installs, backups, anti-malware tools, changes and GxP records on plant systems can take a validated system out of its validated state. Quality must at least be consulted."
	case ProblemSafetyNotConsulted:
		return "In a safety-critical process, a cyber incident or a change on the plant floor can be a process-safety event. EHS must at least be consulted."
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
	// GMPControls are the controls whose work on plant systems can change a
	// validated system or its GxP records, so that on a GMP site it must go
	// through Quality's change control:
	//
	//	5.33  protection of records: batch records and audit trails are GxP
	//	      records whose integrity Quality answers for
	//	8.7   protection against malware: anti-malware or allow-listing
	//	      software installed on a validated system changes it
	//	8.8   technical vulnerabilities: a patch is a change to a validated
	//	      system and may need requalification
	//	8.9   configuration management: the configuration baseline is part
	//	      of what was validated
	//	8.13  information backup: backup and restore of GxP data must be
	//	      verified, as GMP computerised-system rules require
	//	8.19  installing software on operational systems: a change to the
	//	      validated configuration
	//	8.32  change management: on a GMP site change control is Quality's
	//	      process
	GMPControls = []string{"5.33", "8.7", "8.8", "8.9", "8.13", "8.19", "8.32"}

	// SafetyControls are the controls whose plant-floor work can decide
	// whether people are safe, so that in a safety-critical process EHS
	// (process safety) must be involved:
	//
	//	5.24–5.28  incident planning, assessment, response, lessons and
	//	           evidence: isolating a network, stopping a line or keeping
	//	           a compromised controller running for evidence are
	//	           process-safety decisions, and lessons feed the safety
	//	           learning process
	//	8.32       change management: a change to a control system is a
	//	           management-of-change item for process safety
	SafetyControls = []string{"5.24", "5.25", "5.26", "5.27", "5.28", "8.32"}

	// SeparatedControls are the controls whose duties Annex A 5.3 names as
	// conflicting when one role holds them all: requesting, approving and
	// granting access (5.18), holding and granting privileged rights
	// (8.2), and approving and carrying out a change (8.32).
	SeparatedControls = []string{"5.18", "8.2", "8.32"}
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
}

// NewChecker returns the Checker for assessment a.
func NewChecker(a Assessment) Checker { return Checker{Profile: a.Profile, Names: a.RoleNames} }

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
//  6. The system integrator / vendor holds only C or I. Accountability for
//     a control stays with the organisation, which must keep control of
//     what it has done by others (ISO/IEC 27001 8.1 for externally provided
//     processes, Annex A 5.19–5.22 for suppliers); when a vendor does the
//     work, the R belongs to whoever directs and checks it, and a vendor
//     with an R hides that nobody does.
//  7. Segregation of duties (Annex A 5.3) on SeparatedControls, in every
//     domain: the row fails when one role holds A/R, approving and doing
//     the work, and no other role holds R, A, A/R or C. A second role doing
//     the work, or consulted before it is done (a reviewer, a change
//     board), is the separation or compensating control 5.3 expects; I
//     does not count, because being told afterwards stops nothing. A/R
//     with a second R or C is common and sound, so the rule stays silent
//     there.
//  8. With Profile.Validated, on plant-floor rows of GMPControls, Quality
//     holds at least C (C, R, A or A/R): see GMPControls for why each.
//  9. With Profile.SafetyCritical, on plant-floor rows of SafetyControls,
//     EHS holds at least C: see SafetyControls.
//
// Rules 8 and 9 look only at rows with letters: an empty row is already
// reported by rule 1 or counted as undecided. Shared rows are not held to
// them, because whether a shared component touches a validated system or
// a safety function depends on the site; the presets still consult
// Quality and EHS where the profile asks.
func (ch Checker) Row(k CellKey, row RACI, c Control) []Problem {
	roles := rowRoles(row)
	var accountable []Role
	responsible, involved := 0, 0
	assigned := false
	var alone Role // a role holding A/R
	quality, ehs := false, false
	vendor := LetterNone
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
		}
		if l.Involved() {
			involved++
		}
		if l == LetterAccountableResponsible {
			alone = r
		}
		switch r {
		case RoleQuality:
			quality = l.Involved()
		case RoleEHS:
			ehs = l.Involved()
		case RoleIntegrator:
			vendor = l
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
			"Shared IT/OT infrastructure with no A and no R: each side will assume the other looks after it. Name one accountable role and who operates it.")
	} else {
		switch len(accountable) {
		case 0:
			add(ProblemNoAccountable, nil,
				"Nobody is accountable (A). Exactly one role must answer for this control; A/R counts.")
		case 1:
		default:
			add(ProblemSeveralAccountable, accountable,
				fmt.Sprintf("%s are all accountable (A or A/R). Keep exactly one; the others can be R or C.", ch.list(accountable)))
		}
		if responsible == 0 {
			add(ProblemNoResponsible, nil, ch.noResponsibleMessage(k.Domain))
		}
	}
	for _, r := range accountable {
		if why := cannotAct(r, k.Domain, c); why != "" {
			add(ProblemCannotAct, []Role{r},
				fmt.Sprintf("%s is accountable here, but %s. Give the A to a role that runs this part of the estate, and keep %s as R or C if it contributes.", ch.name(r), why, ch.name(r)))
		}
	}
	if vendor.Accountable() || vendor.Responsible() {
		add(ProblemVendorOwns, []Role{RoleIntegrator},
			fmt.Sprintf("%s holds %s. An outside party can be consulted or informed, never accountable or responsible: give the A and R to the people who direct and check its work, and make %s C.", ch.name(RoleIntegrator), vendor, ch.name(RoleIntegrator)))
	}
	if alone != "" && involved == 1 && slices.Contains(SeparatedControls, c.ID) {
		add(ProblemDutiesNotSeparated, []Role{alone},
			fmt.Sprintf("%s both approves and does this (A/R) with nobody else involved. Annex A 5.3 asks for %s to be separated: give the work (R) or a review before the fact (C) to a second role.", ch.name(alone), separatedDuty(c.ID)))
	}
	if k.Domain == DomainOT && ch.Profile.Validated && !quality && slices.Contains(GMPControls, c.ID) {
		add(ProblemQualityNotConsulted, nil,
			fmt.Sprintf("GMP site: %s on plant systems can take a validated system out of its validated state, so it goes through Quality's change control. Give %s at least a C.", gmpTopic(c.ID), ch.name(RoleQuality)))
	}
	if k.Domain == DomainOT && ch.Profile.SafetyCritical && !ehs && slices.Contains(SafetyControls, c.ID) {
		add(ProblemSafetyNotConsulted, nil,
			fmt.Sprintf("Safety-critical process: %s on the plant floor can be a process-safety event. Give %s at least a C.", safetyTopic(c.ID), ch.name(RoleEHS)))
	}
	return out
}

func unassignedMessage(d Domain) string {
	switch d {
	case DomainOT:
		return "Nobody is assigned on the plant floor, yet this control matters there."
	case DomainShared:
		return "Nobody is assigned for the shared IT/OT infrastructure."
	}
	return "Nobody is assigned."
}

func (ch Checker) noResponsibleMessage(d Domain) string {
	switch d {
	case DomainOT:
		return fmt.Sprintf("Nobody is responsible (R) for doing this on the plant floor. Give the R to %s, %s or %s, or mark the accountable role A/R if it does the work itself.",
			ch.name(RoleOT), ch.name(RoleMaintenance), ch.name(RoleOperations))
	case DomainShared:
		return fmt.Sprintf("Nobody is responsible (R) for operating this on the shared infrastructure. Name who does the work, usually %s with %s for the plant side, or mark the accountable role A/R.",
			ch.name(RoleIT), ch.name(RoleOT))
	}
	return "Nobody is responsible (R) for doing this in corporate IT. Give the R to the role that runs it, or mark the accountable role A/R if it does the work itself."
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
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// Role groups for the cannot-act rule.
var (
	// officeRoles run organisational processes (people, contracts, law,
	// privacy) and have no authority over plant systems, networks or
	// premises: they cannot stop a line, change a controller or lock a
	// cabinet, and the plant will not take such an order from them.
	officeRoles = []Role{RoleHR, RoleLegal, RoleDPO, RoleProcurement}
	// plantRoles act on the plant floor and have no authority over
	// corporate IT systems: they do not administer the directory, the
	// office network or the ERP.
	plantRoles = []Role{RoleOT, RoleOperations, RoleMaintenance}
)

// cannotAct says why role r cannot be accountable for control c in domain
// d, or "" when it can. The rule is deliberately narrow, so that it only
// fires where no organisation chart could make the assignment work:
//
//   - HR, Legal, the DPO and Procurement are never accountable for a
//     physical or technological control (Annex A 7.x, 8.x) on the plant
//     floor or the shared infrastructure. Their own organisational and
//     people controls there (supplier contracts for OT vendors, contractor
//     screening) are fine.
//   - The OT lead, plant operations and maintenance are never accountable
//     for a technological control (8.x) in corporate IT.
//
// Roles not named here may be accountable anywhere; whether they should be
// is a question of the ownership model, not of possibility.
func cannotAct(r Role, d Domain, c Control) string {
	switch {
	case slices.Contains(officeRoles, r) && d != DomainIT && (c.Theme == ThemeTechnological || c.Theme == ThemePhysical):
		return "it has no authority over plant systems, networks or premises"
	case slices.Contains(plantRoles, r) && d == DomainIT && c.Theme == ThemeTechnological:
		return "it has no authority over corporate IT systems"
	}
	return ""
}

// separatedDuty names the duties of a SeparatedControls row.
func separatedDuty(id string) string {
	switch id {
	case "5.18":
		return "approving and granting access rights"
	case "8.2":
		return "approving and granting privileged rights"
	case "8.32":
		return "approving and carrying out a change"
	}
	return "these duties"
}

// gmpTopic names the work of a GMPControls row in a sentence.
func gmpTopic(id string) string {
	switch id {
	case "5.33":
		return "the handling of GxP records and audit trails"
	case "8.7":
		return "installing or changing anti-malware tools"
	case "8.8":
		return "patching"
	case "8.9":
		return "a configuration change"
	case "8.13":
		return "backup and restore"
	case "8.19":
		return "installing software"
	case "8.32":
		return "any change"
	}
	return "this work"
}

// safetyTopic names the work of a SafetyControls row in a sentence.
func safetyTopic(id string) string {
	if id == "8.32" {
		return "a change to a control system"
	}
	return "a cyber incident"
}
