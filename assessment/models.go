package assessment

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Model is an ownership model the tool can propose and preset.
type Model struct {
	ID, Name, Summary string
	Pros, Cons        []string
	FitsWhen          string
}

// IDs of the ownership models.
const (
	ModelCentralised  = "centralised"
	ModelFederated    = "federated"
	ModelExecutiveLed = "executive-led"
)

var models = []Model{
	{
		ID:      ModelCentralised,
		Name:    l10n.M("Centralised"),
		Summary: l10n.M("The central team directs; IT runs the IT services. A central security team under the ISMS owner is accountable for the controls and runs the security services and incident handling itself; the IT lead runs corporate IT and shared infrastructure (networks, backups, capacity, clocks, server rooms, changes), the OT lead carries out the controls that matter on the plant floor, and HR, Procurement, Legal and the site director do the work of their own fields. As in every model, top management answers for policy, roles, its own duties and independent review, the site director for plant-floor incident response and, on a GMP site, Quality for plant-floor change control and records."),
		Pros: []string{
			l10n.M("One team, one plan: quick to set up and easy for an auditor to follow."),
			l10n.M("Consistent controls across sites, because the same people apply them."),
			l10n.M("Good for getting the basics in place where security maturity is low."),
		},
		Cons: []string{
			l10n.M("Plant teams can see security as someone else's job and disengage."),
			l10n.M("The central team becomes a bottleneck as the number of plants grows."),
			l10n.M("Risk of controls that ignore downtime windows and validation, because the people deciding are far from the line."),
		},
		FitsWhen: l10n.M("One plant or a few close together, a small IT/OT organisation, and a security function that still has to be built."),
	},
	{
		ID:      ModelFederated,
		Name:    l10n.M("Federated"),
		Summary: l10n.M("Each domain head is accountable for the controls of its own field, under central oversight: the IT lead on corporate IT (its server rooms included) and, with the OT lead doing the plant side, on shared infrastructure; the OT lead on the plant floor; HR for people, the site director for plant premises and for plant-floor incident response and continuity, Procurement for suppliers. Where approving and doing must be kept apart (access rights, privileged access, changes), the owner of the systems approves and the IT or OT lead does the work: plant operations on the plant floor, Quality for plant-floor changes on a GMP site, the ISMS owner in corporate IT and on shared infrastructure. Top management answers for policy, roles, its own duties and independent review, with the ISMS owner doing that work; the ISMS owner is accountable for the other management-system controls (compliance checks, legal, non-GMP records, privacy) and the security services every domain shares, and is consulted on everything else."),
		Pros: []string{
			l10n.M("Controls are run by the people who know the systems, inside their own change and downtime rules."),
			l10n.M("Scales to many plants without a central team in every site."),
			l10n.M("One owner still answers for the management system, while the people who run each field answer for its controls."),
		},
		Cons: []string{
			l10n.M("Needs a working central risk function to oversee, arbitrate and audit the domains."),
			l10n.M("Control standards drift between plants unless metrics and internal audits are real."),
			l10n.M("Shared infrastructure needs explicit agreements, or it falls between IT and OT."),
		},
		FitsWhen: l10n.M("Several plants, an OT or automation function able to own delivery, and a central risk or security function to keep oversight."),
	},
	{
		ID:      ModelExecutiveLed,
		Name:    l10n.M("Executive-led"),
		Summary: l10n.M("An executive sponsor is accountable for the management-system controls, legal and privacy duties and continuity. The ISMS owner does the management-system and legal work as custodian, and IT and OT carry out continuity with the ISMS owner consulted. For every other control the ISMS owner is accountable and IT, OT and the supporting functions deliver it, except that the site director answers for plant-floor incident response and, on a GMP site, Quality for plant-floor change control and records."),
		Pros: []string{
			l10n.M("Security decisions that cost budget, downtime or production are settled by someone with authority over all three."),
			l10n.M("Shows regulators and auditors visible leadership ownership."),
			l10n.M("Settles IT/OT conflicts at a level both sides report to."),
		},
		Cons: []string{
			l10n.M("Only works if the executive really reviews risk and decides; otherwise the roles exist only on paper."),
			l10n.M("Executive time is scarce, so decisions can queue without a delegation scheme."),
			l10n.M("The ISMS owner needs a clear mandate as custodian or becomes a mere secretary."),
		},
		FitsWhen: l10n.M("Regulated plants (GMP validation or safety-critical processes) and organisations where risk acceptance has no clear owner today."),
	},
}

// Models returns the ownership models in display order, in the current
// language.
func Models() []Model {
	if l10n.Current() != l10n.DE {
		return models
	}
	return germanModels()
}

// germanModels is the German copy of the models, built once.
var germanModels = sync.OnceValue(func() []Model {
	tr := func(s string) string { return l10n.In(l10n.DE, s) }
	trAll := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = tr(s)
		}
		return out
	}
	out := make([]Model, len(models))
	for i, m := range models {
		m.Name, m.Summary, m.FitsWhen = tr(m.Name), tr(m.Summary), tr(m.FitsWhen)
		m.Pros, m.Cons = trAll(m.Pros), trAll(m.Cons)
		out[i] = m
	}
	return out
})

// ModelByID looks an ownership model up by ID, in the current language.
func ModelByID(id string) (Model, bool) {
	for _, m := range Models() {
		if m.ID == id {
			return m, true
		}
	}
	return Model{}, false
}

// The presets. Each model is a rulebook that fills every row of every
// domain (IT, OT and shared) so that the row passes every check of
// Checker.Row for the profile it was built for, and so that the matrix
// says what the model's Summary says. The rules work on the field a
// control belongs to (who naturally owns it), the domain, the control's
// plant-floor relevance and the profile.

// field groups Annex A controls by the function that naturally owns them.
type field int

const (
	// fieldDomain: run by the domain's own lead (IT lead on corporate IT,
	// OT lead on the plant floor, the IT lead with the OT lead on shared
	// infrastructure). Most technological controls, assets, access,
	// incident handling after planning, projects, procedures, remote work.
	fieldDomain field = iota
	// fieldISMS: the management system itself (5.1–5.4, 5.35, 5.36):
	// policy, roles, segregation, management duties, independent review,
	// compliance checks. Top management answers for all but 5.36 in every
	// model (commonAccountable). On the independent review (5.35) the
	// ISMS owner's R means commissioning the review and acting on its
	// results: the reviewers themselves (internal audit, an external body)
	// must be independent of what they review and are not a column of the
	// matrix.
	fieldISMS
	// fieldSecurity: security services one central team runs for every
	// domain (5.6, 5.7, 5.12, 5.13, 5.24, 6.8): forums, threat
	// intelligence, the classification scheme, incident planning, the one
	// channel for reporting events.
	fieldSecurity
	// fieldCompliance: legal, regulatory, records and privacy duties (5.5,
	// 5.31–5.34).
	fieldCompliance
	// fieldSupplier: suppliers (5.19–5.22), Procurement's field.
	fieldSupplier
	// fieldPeople: people controls (5.11, 6.1–6.6), HR's field. Remote
	// working (6.7) is run by the domains and event reporting (6.8) by the
	// security team, so neither is here.
	fieldPeople
	// fieldPremises: the site itself (7.1–7.7, 7.11, 7.12): perimeter,
	// entry, rooms, surveillance, environment, secure areas, clear desk,
	// utilities, cabling; the site director's field, with facilities.
	// Equipment-level physical controls (7.8–7.10, 7.13, 7.14) belong to
	// the domain that runs the equipment.
	fieldPremises
	// fieldContinuity: disruption and ICT continuity (5.29, 5.30).
	fieldContinuity
	// fieldChange: change management (8.32).
	fieldChange
)

// fieldOf places a control in its field by Annex A number, falling back on
// its Annex A theme for numbers outside the 2022 list.
func fieldOf(c Control) field {
	in := func(lo, hi string) bool {
		return CompareControlIDs(c.ID, lo) >= 0 && CompareControlIDs(c.ID, hi) <= 0
	}
	switch {
	case in("5.1", "5.4"), in("5.35", "5.36"):
		return fieldISMS
	case c.ID == "5.6", c.ID == "5.7", c.ID == "5.12", c.ID == "5.13", c.ID == "5.24", c.ID == "6.8":
		return fieldSecurity
	case c.ID == "5.5", in("5.31", "5.34"):
		return fieldCompliance
	case in("5.19", "5.22"):
		return fieldSupplier
	case c.ID == "5.11", in("6.1", "6.6"):
		return fieldPeople
	case in("7.1", "7.7"), c.ID == "7.11", c.ID == "7.12":
		return fieldPremises
	case in("5.29", "5.30"):
		return fieldContinuity
	case c.ID == "8.32":
		return fieldChange
	case in("5.1", "8.34"):
		return fieldDomain
	}
	switch c.Theme {
	case ThemePeople:
		return fieldPeople
	case ThemePhysical:
		return fieldPremises
	}
	return fieldDomain
}

// fieldOwner is the supporting function that does the work of a control's
// field in domain d in every model, or "": HR for people, Procurement for
// suppliers, the site director for the premises of plants and shared
// infrastructure, the IT lead for the premises of corporate IT (server
// rooms and data centres: the plant director has no say over them),
// Legal for authorities, law, intellectual property and privacy. Records
// (5.33) have no single owner: the domain that holds them protects them.
func fieldOwner(c Control, f field, d Domain) Role {
	switch f {
	case fieldPeople:
		return RoleHR
	case fieldSupplier:
		return RoleProcurement
	case fieldPremises:
		if d == DomainIT {
			return RoleIT
		}
		return RoleSite
	case fieldCompliance:
		if c.ID != "5.33" {
			return RoleLegal
		}
	}
	return ""
}

// domainLead is the role that runs domain d: the IT lead on corporate IT
// and on shared infrastructure (the DMZ, plant domain controllers,
// remote access and backup are usually run by IT, with the OT lead for the
// plant side), the OT lead on the plant floor.
func domainLead(d Domain) Role {
	if d == DomainOT {
		return RoleOT
	}
	return RoleIT
}

// rowBuilder builds one preset row. Each method gives a role a letter
// only when it has none yet, so the first rule that speaks for a role wins
// and the overlays applied last never undo the model's core; accountable
// gives no A once the row has one, so the rows every model shares
// (commonAccountable) come first; responsible also turns the role's A
// into A/R.
type rowBuilder RACI

func (b rowBuilder) give(r Role, l Letter) {
	if _, ok := b[r]; !ok {
		b[r] = l
	}
}

func (b rowBuilder) accountable(r Role) {
	for _, l := range b {
		if l.Accountable() {
			return
		}
	}
	b.give(r, LetterAccountable)
}

func (b rowBuilder) consult(r Role) { b.give(r, LetterConsulted) }
func (b rowBuilder) inform(r Role)  { b.give(r, LetterInformed) }

func (b rowBuilder) responsible(r Role) {
	if b[r] == LetterAccountable {
		b[r] = LetterAccountableResponsible
		return
	}
	b.give(r, LetterResponsible)
}

func (b rowBuilder) hasResponsible() bool {
	for _, l := range b {
		if l.Responsible() {
			return true
		}
	}
	return false
}

// consultLeads consults the lead of domain d, and on shared
// infrastructure both leads: whoever owns the control, the people who run
// the systems are asked before it changes.
func (b rowBuilder) consultLeads(d Domain) {
	b.consult(domainLead(d))
	if d == DomainShared {
		b.consult(RoleOT)
	}
}

// incidentControl reports whether c is one of the incident controls
// 5.24–5.28.
func incidentControl(c Control) bool {
	return CompareControlIDs(c.ID, "5.24") >= 0 && CompareControlIDs(c.ID, "5.28") <= 0
}

// commonAccountable is the accountable role every model gives a row,
// because the standard or the plant decides who answers rather than the
// model, or "":
//
//   - 5.1–5.4 and 5.35, in every domain: top management. Approving the
//     policy, assigning roles and directing managers are its own duties
//     (ISO/IEC 27001 5.1–5.3; checked by ManagementControls), and the
//     independent review cannot be answered for by the ISMS owner whose
//     work it reviews. 5.3 (segregation of duties) goes with them so that
//     one role holds every governance row. The ISMS owner does the work
//     (R): see topManagementRow.
//   - plant-floor incident response (5.26): the site director, who can
//     decide at once to isolate a network or stop a line. The check only
//     asks for the site or operations to hold an A or R; as a lead auditor
//     we give the site director the A in every model, because a remote
//     owner cannot order a production stop, and a consulted site director
//     is the gap the seed documents describe.
//   - plant-floor change management (8.32) on a GMP site: Quality, whose
//     change control the change must pass; the OT lead carries it out.
//   - plant-floor records (5.33) on a GMP site: Quality, whose data
//     integrity programme covers batch and other GxP records (EU GMP
//     Annex 11 §7, §17); the domain that holds them still does the work.
func commonAccountable(c Control, d Domain, p Profile) Role {
	switch {
	case topManagementRow(c):
		return RoleExecutive
	case d == DomainOT && c.ID == "5.26":
		return RoleSite
	case d == DomainOT && c.ID == "8.32" && p.Validated:
		return RoleQuality
	case d == DomainOT && c.ID == "5.33" && p.Validated:
		// GxP records on the plant floor: their integrity is Quality's
		// programme (EU GMP Annex 11 §7 and §17), whoever runs the systems.
		return RoleQuality
	}
	return ""
}

// topManagementRow reports whether c is one of the governance controls
// top management answers for in every model (5.1–5.4, 5.35).
func topManagementRow(c Control) bool {
	switch c.ID {
	case "5.1", "5.2", "5.3", "5.4", "5.35":
		return true
	}
	return false
}

// presetRow is the rulebook of the presets: the row of control c in domain
// d under model, for profile p. Every model gives each row exactly one A
// and at least one R, never gives the integrator more than C, never makes
// an office function or the DPO accountable, never lets one role hold
// A/R on SeparatedControls, consults both leads on shared rows, leaves
// top management accountable for its own duties and the site able to stop
// production, and consults or involves Quality and EHS where the profile
// asks; TestPresetsPassEveryCheck holds them to it for every profile.
func presetRow(model string, c Control, d Domain, p Profile) RACI {
	f := fieldOf(c)
	b := rowBuilder{}
	lead := domainLead(d)
	separated := slices.Contains(SeparatedControls, c.ID)
	// The plant floor needs hands of its own: wherever a control matters
	// there (medium or high relevance), the OT lead does the plant part,
	// because nobody can patch, reconfigure or test a running process
	// without the people who know the line and its downtime windows. The
	// exception is the independent review (5.35): the OT lead is reviewed
	// there, so it is consulted rather than made to review itself. On the
	// rows whose duties are separated the OT lead always does the work, so
	// that the approver never has to do it too.
	plantHands := d == DomainOT && (c.Relevance >= RelevanceMedium || separated) && c.ID != "5.35"

	if a := commonAccountable(c, d, p); a != "" {
		b.accountable(a)
		if topManagementRow(c) {
			b.responsible(RoleISMSOwner)
		}
	}

	switch model {
	case ModelCentralised:
		// The central team under the ISMS owner directs: it answers for
		// every row the common rules leave, and runs the security services
		// and incident handling itself. IT runs corporate IT and shared
		// operations (networks, backups, capacity, clocks, IT change,
		// server rooms), the OT lead does the plant part, and the
		// supporting functions their own fields.
		b.accountable(RoleISMSOwner)
		if plantHands {
			b.responsible(RoleOT)
		}
		if o := fieldOwner(c, f, d); o != "" {
			b.responsible(o)
		}
		if d != DomainOT {
			switch f {
			case fieldDomain, fieldChange, fieldContinuity:
				b.responsible(RoleIT)
				if incidentControl(c) {
					b.responsible(RoleISMSOwner)
				}
			}
		}
		if !b.hasResponsible() {
			b.responsible(RoleISMSOwner)
		}
		b.consult(RoleISMSOwner)
		b.consultLeads(d)

	case ModelFederated:
		// Each domain head answers for its own field; the ISMS owner keeps
		// the other management-system controls and the shared security
		// services, and is consulted everywhere else as central oversight.
		// Where approving and doing must be separated, the owner of the
		// systems approves and the domain lead does the work: plant
		// operations on the plant floor, the ISMS owner in corporate IT
		// and on shared infrastructure, where no business system owner is
		// a column of the matrix.
		if separated {
			if d == DomainOT {
				b.accountable(RoleOperations)
			} else {
				b.accountable(RoleISMSOwner)
			}
		}
		switch {
		case f == fieldISMS || f == fieldSecurity || f == fieldCompliance:
			b.accountable(RoleISMSOwner)
		case f == fieldSupplier || f == fieldPeople || f == fieldPremises:
			b.accountable(fieldOwner(c, f, d))
		case f == fieldContinuity && d == DomainOT:
			// Keeping a plant running through a disruption and restoring
			// it is the plant's own business: the site director answers
			// for it, the OT lead recovers the control systems and
			// operations runs the plant by hand meanwhile (both R).
			b.accountable(RoleSite)
		default:
			b.accountable(lead)
		}
		federatedAndExecutiveCommon(b, c, f, d, lead, plantHands)

	case ModelExecutiveLed:
		// The executive sponsor answers for the management system, legal
		// duties and continuity, with the ISMS owner as custodian doing
		// the management-system and legal work; IT and OT recover from
		// disruption and the ISMS owner is consulted there. The ISMS owner
		// answers for every other control, which IT, OT and the supporting
		// functions deliver.
		switch f {
		case fieldISMS, fieldCompliance:
			b.accountable(RoleExecutive)
			b.responsible(RoleISMSOwner)
		case fieldContinuity:
			b.accountable(RoleExecutive)
		default:
			b.accountable(RoleISMSOwner)
		}
		federatedAndExecutiveCommon(b, c, f, d, lead, plantHands)
	}
	supporting(b, c, f, d, p)
	return RACI(b)
}

// federatedAndExecutiveCommon adds the responsibilities both delegating
// models share, after their accountable role: the field's own function
// does its work; the domain lead does the technical, change and
// continuity work (with OT beside IT on shared infrastructure); records
// are protected by the domain that holds them, supplier services are
// monitored by the domain that uses them, the plant floor gets its own
// hands, and a row nobody else does is done by the security team (the
// ISMS owner, A/R where it is also accountable). The ISMS owner and the
// domain leads are consulted on the rest.
func federatedAndExecutiveCommon(b rowBuilder, c Control, f field, d Domain, lead Role, plantHands bool) {
	if o := fieldOwner(c, f, d); o != "" {
		b.responsible(o)
	}
	switch f {
	case fieldDomain, fieldChange, fieldContinuity:
		b.responsible(lead)
		if d == DomainShared {
			b.responsible(RoleOT)
		}
	}
	if c.ID == "5.33" || c.ID == "5.22" {
		b.responsible(lead)
	}
	if plantHands {
		b.responsible(RoleOT)
	}
	if !b.hasResponsible() {
		b.responsible(RoleISMSOwner)
	}
	b.consult(RoleISMSOwner)
	b.consultLeads(d)
}

// supporting adds the letters every model shares, after the model's core
// (so they never override it):
//
//   - the management-system rows keep the executive informed and, on the
//     plant floor, consult the site director and Quality, who have to make
//     the policy work in production;
//   - legal and privacy: the DPO is consulted on privacy (5.34), never
//     accountable: a DPO must stay independent of decisions on processing;
//     on the plant floor EHS (and Quality on a GMP site) are consulted on
//     authorities and legal duties (5.5, 5.31), because safety and GMP
//     regulators are among them; Legal is consulted on records (5.33),
//     supplier contracts (5.20) and the people controls that are
//     contracts (6.2, 6.4, 6.6);
//   - on a GMP site Quality does the work on plant-floor records (5.33):
//     GxP data integrity is its programme;
//   - plant-floor premises: operations is consulted, maintenance does the
//     utilities and cabling (7.11, 7.12) and EHS is consulted on
//     environmental threats (7.5);
//   - plant-floor incidents, continuity and change (5.24–5.30, 8.32): Quality
//     and operations are consulted, because a cyber incident, an outage or
//     a change can be a batch deviation and stops production; EHS is
//     consulted in a safety-critical process and informed otherwise;
//     maintenance is consulted on changes; operations reports plant events
//     (6.8, R), carries out containment on the line (5.26, R) and runs
//     the plant by hand, to a safe state and back through an outage
//     (5.29, 5.30, R); the site director, who decides whether production
//     stops, is consulted on incident response and continuity (5.26,
//     5.29, 5.30);
//   - on a GMP site, Quality is consulted on every plant-floor row of
//     GMPControls;
//   - plant-floor network security and segregation (8.20, 8.22):
//     operations is consulted, and EHS in a safety-critical process and
//     Quality on a GMP site;
//   - the site director is consulted on contact with authorities on the
//     plant floor (5.5): the plant's permits and its major-accident
//     regulator deal with the site;
//   - the system integrator / vendor is consulted on the plant floor where
//     it builds or maintains what the plant runs: development and
//     acceptance (8.25–8.30) and equipment maintenance (7.13), which
//     maintenance carries out;
//   - on shared infrastructure, Quality is consulted on GMPControls on a
//     GMP site and EHS on SafetyControls on a safety-critical one, though
//     the checks do not require it there (see Checker.Row);
//   - in corporate IT the DPO is consulted on deletion, masking and leakage
//     prevention (8.10–8.12), which are mostly about personal data;
//   - Procurement is consulted on the use of cloud services (5.23) in
//     every domain: a cloud service is bought under a supplier agreement;
//   - HR does part of the work on clear desk and clear screen (7.7) in
//     every domain: it is a rule for people's conduct, which HR makes
//     known and enforces.
func supporting(b rowBuilder, c Control, f field, d Domain, p Profile) {
	ot := d == DomainOT
	switch c.ID {
	case "5.23":
		b.consult(RoleProcurement)
	case "7.7":
		b.responsible(RoleHR)
	}
	switch f {
	case fieldISMS:
		b.inform(RoleExecutive)
		if ot {
			b.consult(RoleSite)
			b.consult(RoleQuality)
		}
	case fieldCompliance:
		switch c.ID {
		case "5.34":
			b.consult(RoleDPO)
		case "5.33":
			if ot && p.Validated {
				b.responsible(RoleQuality)
			}
			b.consult(RoleLegal)
		case "5.5", "5.31":
			if ot {
				// The site director speaks for the plant to its
				// authorities (permits, the major-accident regulator).
				if c.ID == "5.5" {
					b.consult(RoleSite)
				}
				b.consult(RoleEHS)
				if p.Validated {
					b.consult(RoleQuality)
				}
			}
		}
	case fieldSupplier:
		if c.ID == "5.20" {
			b.consult(RoleLegal)
		}
	case fieldPeople:
		switch c.ID {
		case "6.2", "6.4", "6.6":
			b.consult(RoleLegal)
		}
	case fieldPremises:
		if ot {
			if c.ID == "7.11" || c.ID == "7.12" {
				b.responsible(RoleMaintenance)
			}
			if c.ID == "7.5" {
				b.consult(RoleEHS)
			}
			b.consult(RoleOperations)
		}
	}
	if ot {
		switch c.ID {
		// Operations runs the plant by hand, brings it to a safe state
		// and restarts it during an outage (5.29, 5.30), as it acts on a
		// plant incident (5.26): it does that work, not only advises.
		case "6.8", "5.26", "5.29", "5.30":
			b.responsible(RoleOperations)
		case "7.13":
			b.responsible(RoleMaintenance)
		}
		switch c.ID {
		case "5.26", "5.29", "5.30":
			b.consult(RoleSite)
		}
		if incidentControl(c) || f == fieldContinuity || f == fieldChange {
			b.consult(RoleQuality)
			if p.SafetyCritical {
				b.consult(RoleEHS)
			} else {
				b.inform(RoleEHS)
			}
			b.consult(RoleOperations)
			if f == fieldChange {
				b.consult(RoleMaintenance)
			}
		}
		if p.Validated && slices.Contains(GMPControls, c.ID) {
			b.consult(RoleQuality)
		}
		if p.SafetyCritical && slices.Contains(SafetyControls, c.ID) {
			b.consult(RoleEHS)
		}
		if c.ID == "7.13" || CompareControlIDs(c.ID, "8.25") >= 0 && CompareControlIDs(c.ID, "8.30") <= 0 {
			b.consult(RoleIntegrator)
		}
		// A rule or a zone boundary changed on a running plant network
		// can stop a line, so operations is consulted on network security
		// and segregation (8.20, 8.22); in a safety-critical process the
		// network of the safety instrumented system must stay separate
		// from that of the basic process control system (IEC 61511), so
		// EHS is; on a GMP site the plant network is part of the
		// qualified infrastructure validated systems run on, so Quality
		// is. The checks do not ask for these letters.
		if c.ID == "8.20" || c.ID == "8.22" {
			b.consult(RoleOperations)
			if p.SafetyCritical {
				b.consult(RoleEHS)
			}
			if p.Validated {
				b.consult(RoleQuality)
			}
		}
	}
	if d == DomainShared {
		// The checks leave shared rows out of the GMP and safety rules,
		// since whether a shared component serves a validated system or a
		// safety function depends on the site; the preset consults Quality
		// and EHS there all the same, which costs a site nothing where it
		// does not.
		if p.Validated && slices.Contains(GMPControls, c.ID) {
			b.consult(RoleQuality)
		}
		if p.SafetyCritical && slices.Contains(SafetyControls, c.ID) {
			b.consult(RoleEHS)
		}
	}
	if d == DomainIT {
		switch c.ID {
		case "8.10", "8.11", "8.12":
			b.consult(RoleDPO)
		}
		// On a GMP site GxP applications run in corporate IT too (LIMS,
		// the electronic quality system, batch release in the ERP): their
		// access, backups, logs and changes touch validated systems
		// (EU GMP Annex 11), so Quality is consulted there as on shared
		// rows; the checks leave corporate IT out, and where no GxP
		// system runs in it the letter costs nothing.
		if p.Validated && slices.Contains(GMPControls, c.ID) {
			b.consult(RoleQuality)
		}
	}
	// Access control and authentication on GxP systems (EU GMP Annex 11
	// §12, and §14 for electronic signatures) are Quality's concern in
	// every domain a validated system may sit in; the checks do not ask
	// for it, so only the preset adds the letter.
	if p.Validated && (c.ID == "5.15" || c.ID == "8.5") {
		b.consult(RoleQuality)
	}
}

// Preset returns the full default matrix of a model over Controls() for
// profile p.
func Preset(modelID string, p Profile) (Matrix, error) { return PresetWith(modelID, Controls(), p) }

// PresetWith returns the full default matrix of a model over controls for
// profile p: one row for every control in every domain, built by rules
// from the control's number, plant-floor relevance and field, and from the
// profile (GMP and safety-critical sites consult Quality and EHS where
// the checks require it, and on a GMP site every model gives plant-floor
// change control to Quality). The number of plants and the
// central risk function decide which model fits (Recommend), not who holds
// which letter within a model, so they do not change a preset.
func PresetWith(modelID string, controls []Control, p Profile) (Matrix, error) {
	if _, ok := ModelByID(modelID); !ok {
		return nil, fmt.Errorf(l10n.T("preset: unknown ownership model %q"), modelID)
	}
	m := make(Matrix, len(controls)*len(Domains))
	for _, c := range controls {
		for _, d := range Domains {
			m[CellKey{c.ID, d}] = presetRow(modelID, c, d, p)
		}
	}
	return m, nil
}

// CellChange is one matrix row that applying a preset would change.
type CellChange struct {
	Key           CellKey
	Before, After RACI
}

// PresetDiff lists the rows of preset that differ from current, in
// control/domain order. Rows outside the preset are left alone by
// ApplyPreset and so never appear.
func PresetDiff(current, preset Matrix) []CellChange {
	var out []CellChange
	for _, k := range sortedKeys(preset) {
		if !RowsEqual(current[k], preset[k]) {
			out = append(out, CellChange{Key: k, Before: current[k], After: preset[k]})
		}
	}
	return out
}

// ApplyPreset returns a new matrix with the preset's rows applied. With
// overwrite false, rows the user already filled are kept and only empty rows
// are taken from the preset; with overwrite true every preset row replaces
// the current one. Rows outside the preset are kept. Neither input is
// modified and the result shares no row with them.
func ApplyPreset(current, preset Matrix, overwrite bool) Matrix {
	out := make(Matrix, len(current)+len(preset))
	for k, r := range current {
		if len(r) > 0 {
			out[k] = maps.Clone(r)
		}
	}
	for k, r := range preset {
		if len(r) == 0 {
			continue
		}
		// A row holding only cleared letters counts as empty.
		if filled := !RowsEqual(out[k], nil); filled && !overwrite {
			continue
		}
		out[k] = maps.Clone(r)
	}
	return out
}

// PresetInfo is where a matrix stands against the tool's model it was
// started from: the model, how many rows now differ from that model's
// proposal for today's profile (-1 when the proposal cannot be built) and
// how many of those are empty. OK is false when no model was applied.
type PresetInfo struct {
	Model            Model
	Changed, Emptied int
	// Rows are the rows counted in Changed, in matrix order: a reader asked
	// to confirm the workshop's changes must be able to find them.
	Rows []CellKey
	OK   bool
}

// PresetState returns a's PresetInfo. Comparing with today's profile
// makes a profile changed after the preset was applied count as a change
// too.
func PresetState(a Assessment) PresetInfo {
	m, ok := ModelByID(a.Model)
	if !ok {
		return PresetInfo{}
	}
	p := PresetInfo{Model: m, OK: true}
	preset, err := Preset(a.Model, a.Profile)
	if err != nil {
		p.Changed = -1
		return p
	}
	// The rows PresetDiff would list, without their letters.
	for k, r := range preset {
		if !RowsEqual(a.Matrix[k], r) {
			p.Changed++
			p.Rows = append(p.Rows, k)
			if len(a.Matrix[k]) == 0 {
				p.Emptied++
			}
		}
	}
	slices.SortFunc(p.Rows, CompareKeys)
	return p
}

// maxJoinedRows is how many rows JoinRows names before it counts the
// rest: a sentence names a few, the RACI annex and the matrix show all.
const maxJoinedRows = 12

// JoinRows names matrix rows in a sentence, "8.15 Shared
// infrastructure, 8.20 Plant OT", the first maxJoinedRows of them in the
// order given and then the number of the rest.
func JoinRows(keys []CellKey) string {
	var parts []string
	for i, k := range keys {
		if i == maxJoinedRows {
			parts = append(parts, l10n.N(len(keys)-i, "and %d more", "and %d more"))
			break
		}
		parts = append(parts, k.Label())
	}
	return strings.Join(parts, ", ")
}

// Origin says which of the tool's ownership models the matrix was
// started from and how far it still is the tool's proposal, or "" when no
// model was applied. An untouched preset must not read as a matrix the
// organisation reviewed: every letter is then the tool's guess.
func (p PresetInfo) Origin() string {
	switch {
	case !p.OK:
		return ""
	case p.Changed < 0:
		return l10n.F("The matrix was started from the tool's %s ownership model.", p.Model.Name)
	case p.Changed > 0 && p.Emptied > 0:
		return l10n.F("The matrix was started from the tool's %s ownership model. Rows that now differ from the model's proposal for this profile: %d (%d of them empty): %s. Every letter is to be confirmed by the organisation.", p.Model.Name, p.Changed, p.Emptied, JoinRows(p.Rows))
	case p.Changed > 0:
		return l10n.F("The matrix was started from the tool's %s ownership model. Rows that now differ from the model's proposal for this profile: %d: %s. Every letter is to be confirmed by the organisation.", p.Model.Name, p.Changed, JoinRows(p.Rows))
	}
	return l10n.F("The matrix is the tool's %s ownership model for this profile, unchanged: every letter is the tool's proposal until the organisation has confirmed it.", p.Model.Name)
}

// PresetOrigin is PresetState(a).Origin().
func PresetOrigin(a Assessment) string { return PresetState(a).Origin() }
