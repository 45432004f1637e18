package assessment

import "github.com/isms-tools/ownership-assessment/assessment/l10n"

// This file holds the action catalogue: for every question of bank 2 the
// task that closes a weak answer, written as a lead auditor would put it in
// a plan (a verb, then the deliverable someone can hand over), the
// function it is routed to, and the effort it takes.
//
// # Routing table
//
// actionRouting is the one documented routing table: the function that
// owns the deliverable and can get it done. The rules behind it:
//
//   - Executive: what only top management or the management body can
//     decide or approve (appointing the owner and the domain leads and
//     their deputies, NIS2 approval and training, management review
//     decisions, delegations).
//     A missing role never owns the action that fills it.
//   - ISMS owner: the management system's own documents and processes
//     (scope, risk method, authority scheme, RACI, Statement of
//     Applicability, steering group, internal audit, escalation path, the
//     crediting of existing plant controls against Annex A). Flows and
//     dependencies the IT and OT leads find are submitted to the ISMS
//     owner for the scope, not added to it by them.
//   - IT: corporate services, the corporate identity directory, and what
//     corporate IT runs for the plants.
//   - OT: plant systems, plant networks, remote access into the plants,
//     the OT asset inventory, OT patching, plant change procedures, and
//     how plant systems authenticate users (decided with IT, whose
//     directory they may use).
//   - Quality: validation, batch and product impact, and CAPA; the site's
//     profile can move the incident learning loop (profileRouting). The
//     rule that settles quality or safety against security is the ISMS
//     owner's, written with Quality and EHS, who are parties to it.
//   - EHS: process safety, safety instrumented systems, and the safety
//     side of incident handling and management of change.
//   - Legal: authorities, regulators and reporting obligations.
//   - HR: training of staff, and joiners, movers and leavers (the
//     management body's own training is the executive's).
//   - Procurement: contract clauses with vendors, machine builders and
//     integrators.
//   - Site: what each plant director must put in place at their plant
//     (incident authority, site security contacts).
//
// TestActionRouting checks that every generated action's owner is the one
// this table gives, and that the table covers the whole bank.
//
// # Tasks on a critical finding
//
// Where a weak answer raises a critical finding (findings.go), the task
// gives the same first instruction as the finding's first step: a risk to
// people, product or production now needs an interim measure in the
// treatment plan (ISO/IEC 27001 6.1.3 e, 8.3), and the finding and the
// action stand on the same page. Where that step is immediate and the
// rest is longer work, the task says so: "First, now: …" (or when it must
// happen), then "Then …". A step that needs a downtime window, or is a
// project (effort L), is never the first one. Against the critical
// findings:
//
//   - BRF-06 (vendor sessions): first disable standing vendor connections
//     and open one only for an approved, supervised, logged session; then
//     write the procedure and choose the one access service (M). The
//     roll-out of that service to every plant is the level-2 task (L, see
//     level2Efforts).
//   - INC-02 (isolation authority): first name who may decide isolation,
//     manual or safe state and shutdown, with a deputy and the shift role
//     for when neither can be reached; then write the playbook. The test
//     in a planned window belongs to the level-2 task.
//   - CHG-03 (validation): first agree the validation route of the next
//     security change with Quality and apply it before it goes live; then
//     write it into the validation procedure.
//   - INC-01 (OT incidents not escalated): first, whom to call for a
//     suspected cyber event is posted in each control room and shift
//     office; then the joint triage and escalation route the finding asks
//     for, linked from the incident procedures of EHS, operations and
//     Quality, not from the ISMS side alone.
//   - CHG-02 (changes bypass management of change): first the site
//     director forbids security changes outside the plant's change
//     procedure and IT suspends the pushes to plant systems the plant has
//     not approved (approved standard pushes such as antivirus signatures
//     go on, or malware protection would lapse); then the route through
//     the management of change is written.
//   - CHG-07 (safety management of change): first the site director
//     orders that no security change that can reach a safety instrumented
//     system goes ahead until EHS has confirmed it (EHS alone cannot stop
//     changes it never sees); then the trigger is written into the
//     procedure.
//   - SCO-03 (remote access routes): first each plant lists the routes it
//     knows and closes those nobody accounts for; then the survey.
//   - BRF-08 (office-to-plant boundary): first IT and the OT lead close
//     access into plant systems no running process needs; then the
//     permitted flows, the controlled points that will carry them and one
//     owner of the boundary rule set. The OT lead may be the role the
//     answers say is missing (ROL-03), so the step names who acts until
//     one is: an engineer the site director names.
//   - BRF-06, SCO-03 and BRF-08 close connections only where no running
//     process needs them: one a process needs stays under a time-limited
//     risk acceptance until the controlled service replaces it. All three
//     close them in the same words, as do their findings: "once
//     operations confirm it, by emergency change or, lacking such a
//     route, with the site director's recorded approval". The answers may
//     say there is no agreed emergency change route (CHG-06), so the step
//     never presumes one; "where none is agreed", the earlier wording, was
//     read as "where operations do not agree".
//
// BRF-07 (plants not segregated, high) follows the same form, with a
// more careful first step than BRF-08's: on a flat network between plants
// nobody knows which flows a line needs (a shared MES, historian or
// program server), so IT first logs the traffic at each plant's
// wide-area link and blocks only remote administration, file sharing and
// controller traffic between plants that the logs show unused, with each
// site director's approval; the permitted flows and the segmentation that
// enforces them follow in planned windows.
//
// CTL-07 (ot-restore-unowned, high) too: first the OT lead copies the
// latest programs and configurations of the plant systems, wherever they
// are kept, into a controlled offline store, leaving the originals in
// place, which touches no running system; then the owners, the register and the restore test.
//
// ROL-07 (roles held by leavers, high) follows the same form: the check of
// every role against the staff list, reported to the executive sponsor
// who names successors (ISO/IEC 27001 5.3), and the holders recorded in a
// role register, created if there is none, come before the change to the
// leaver process. The step does not send the work to the ISMS owner, a
// role the answers may say nobody holds (GOV-01).

var actionRouting = map[string]Role{
	"GOV-01": RoleExecutive, "GOV-02": RoleExecutive, "GOV-03": RoleExecutive,
	"GOV-05": RoleISMSOwner, "GOV-06": RoleISMSOwner, "GOV-07": RoleISMSOwner,
	"GOV-08": RoleExecutive, "GOV-09": RoleISMSOwner, "GOV-10": RoleISMSOwner,
	"GOV-11": RoleExecutive, "GOV-12": RoleExecutive, "GOV-13": RoleExecutive,

	"SCO-01": RoleISMSOwner, "SCO-02": RoleISMSOwner, "SCO-03": RoleOT,
	"SCO-04": RoleOT, "SCO-05": RoleIT, "SCO-06": RoleISMSOwner,

	"ROL-01": RoleISMSOwner, "ROL-02": RoleIT, "ROL-03": RoleExecutive,
	"ROL-04": RoleISMSOwner, "ROL-05": RoleISMSOwner, "ROL-06": RoleISMSOwner,
	"ROL-07": RoleHR, "ROL-08": RoleExecutive, "ROL-10": RoleOT,
	// Separating who approves a plant change from who makes it is not
	// work for those who make the changes (Annex A 5.3): the site
	// director names the approvers, as the task says, and owns the rule.
	"ROL-09": RoleSite,

	"INT-01": RoleISMSOwner, "INT-02": RoleISMSOwner, "INT-03": RoleISMSOwner,
	"INT-04": RoleProcurement, "INT-05": RoleHR,
	// Top management names who oversees each provider (5.3) and
	// Procurement amends the contract (Annex A 5.20): the ISMS owner, who
	// answers for the externally provided processes being controlled
	// (8.1), has both done.
	"PRA-08": RoleISMSOwner,

	"CTL-01": RoleISMSOwner, "CTL-02": RoleIT, "CTL-03": RoleOT,
	"CTL-04": RoleISMSOwner, "CTL-05": RoleOT, "CTL-06": RoleISMSOwner,
	"CTL-07": RoleOT,

	"CHG-01": RoleOT, "CHG-02": RoleOT, "CHG-03": RoleQuality,
	"CHG-04": RoleOT, "CHG-05": RoleISMSOwner, "CHG-06": RoleOT, "CHG-07": RoleEHS,

	"INC-01": RoleOT, "INC-02": RoleSite, "INC-04": RoleQuality,
	"INC-05": RoleLegal, "INC-06": RoleQuality, "INC-07": RoleISMSOwner,
	// The reporting procedure is part of the incident handling the ISMS
	// owner runs (Annex A 5.24, NIS2 Art. 21(2)(b)); Legal speaks to the
	// authorities (INC-05) and is consulted on it.
	"INC-08": RoleISMSOwner,

	"BRF-01": RoleISMSOwner, "BRF-02": RoleOT, "BRF-03": RoleOT,
	"BRF-05": RoleOT, "BRF-06": RoleOT, "BRF-07": RoleOT, "BRF-08": RoleOT,

	"MOD-01": RoleExecutive, "MOD-02": RoleSite, "MOD-03": RoleISMSOwner,
	"MOD-04": RoleExecutive, "MOD-05": RoleISMSOwner,

	"PRA-01": RoleISMSOwner, "PRA-02": RoleExecutive, "PRA-04": RoleExecutive,
	"PRA-05": RoleISMSOwner, "PRA-06": RoleISMSOwner, "PRA-07": RoleISMSOwner,
}

// profileRouting is the owning function of the action on question id
// where the site's profile changes it from actionRouting, and true; false
// elsewhere. The learning loop of incidents (INC-06) is Quality's on a GMP
// site and the safety function's on a safety-critical site without
// validated systems. The rule that settles a security control against a
// quality or safety requirement (INT-02) is the ISMS owner's on every
// site: Quality and EHS are parties to it, and a party does not write the
// rule that settles its own conflicts. Restricting traffic between
// plants (BRF-07) is work on the wide-area network that joins them, which
// corporate IT runs unless the plants are recorded as isolated from it;
// the plant engineers take part, as the finding's step says.
func profileRouting(id string, p Profile) (Role, bool) {
	if id == "INC-06" && p.SafetyCritical && !p.Validated {
		return RoleEHS, true
	}
	if id == "BRF-07" && !plantsIsolated(p) {
		return RoleIT, true
	}
	return "", false
}

// plantWorkKind says what an action itself does to running plant
// systems, which decides the plant-constraints note beside it
// (downtimeNote).
type plantWorkKind int

const (
	// workByQuestion: as the question's Downtime flag says.
	workByQuestion plantWorkKind = iota
	// workWrittenOnly: the task writes a procedure, a plan or a route
	// rather than changing or testing plant systems, so the action needs
	// no downtime window or requalification, though the changes later
	// made under it do.
	workWrittenOnly
	// workConnections: the task changes how plant systems connect
	// (closing a remote access route, moving vendor sessions, adding
	// collectors) without needing a line stopped: it goes through the
	// plant's management of change, which it must never bypass.
	workConnections
)

// plantWorkBands is the kind of an action's plant work in each band of
// its answer's level. From 0, 1 or "unknown" (counted as 0) the task is
// the catalogue's, which mostly writes or starts a practice; at level 2
// it is the level-2 task (level2Task), which applies the written practice
// to the running plants, so the same question can need a note at 2 that
// it does not need below.
type plantWorkBands struct {
	below2 plantWorkKind // answer at 0, 1 or "unknown"
	at2    plantWorkKind // answer at 2
}

// plantWork is the kind of plant work of every action that is not
// workByQuestion in both bands, with the reason for each rule.
//
//   - CHG-01, both bands: the task aligns the security roadmap with the
//     maintenance and turnaround calendar; at 2 it still plans, naming the
//     window and requalification effort of each change, so the changes
//     carry the notes, not the plan.
//   - CHG-02, below 2: the task makes routing security changes through
//     the plant's engineering review and management of change, and
//     barring corporate deployment tools from OT without that approval,
//     the rule of the change procedure (the aim is Defined: written down
//     and agreed). At 2 it applies that rule to the running plants, and
//     making the deployment tools unable to reach OT assets changes how
//     plant systems connect, so it takes the connections note.
//   - CHG-03, both bands: the task is the validation gate itself (agree
//     the route with Quality, then write it into the validation
//     procedure; at 2, validate each security change); a note asking to
//     agree requalification with Quality would repeat the task.
//   - CHG-04, below 2: the task writes the OT patching procedure. At 2 it
//     applies the procedure, that is it patches running OT assets per
//     asset class: the question's own downtime note, with requalification
//     on validated systems and the hazard and risk assessment on
//     safety-critical ones
//     (A 8.8, A 8.32; IEC 62443-2-1 SPE 4; ISO/IEC 27001 8.1).
//   - CHG-06, both bands: the emergency change procedure is the route by
//     which a short window or an interim measure is arranged for a live
//     threat; it cannot wait for a turnaround, and a rehearsal at 2 is a
//     walk-through unless the site chooses otherwise.
//   - CHG-07, both bands: the task puts security changes into the
//     process-safety management of change, with EHS signing; at 2 EHS
//     applies it to each change. The task is that safety review, so a
//     note asking for one would repeat it.
//   - INC-02, below 2: the task first names who may decide isolation,
//     manual or safe-state operation and shutdown, then writes the
//     playbook: no window, which must never delay naming who decides. At
//     2 the target state includes a test in a planned window showing the
//     plant can run or stop safely when cut off: the question's own
//     downtime note.
//   - BRF-07, below 2: the task first blocks the traffic between plants
//     the logs show unused (plants-not-segregated), which changes running
//     connections; then it defines the permitted flows and
//     agrees the segmentation and its windows. At 2 it restricts the
//     traffic on the running networks, the question's own downtime note.
//   - BRF-08, below 2: the task first closes access into plant systems
//     no running process needs (it-ot-boundary-open is
//     critical), which changes running connections; then it defines the
//     permitted flows. At 2 it restricts the traffic to them: the
//     question's own downtime note.
//   - SCO-03, BRF-06, CTL-03, both bands: the task closes remote access
//     routes, disables standing vendor connections or moves vendor
//     sessions, or connects plant systems to central services (on
//     isolated plants, an offline or one-way path): it changes running
//     plant connections in either band.
var plantWork = map[string]plantWorkBands{
	"CHG-01": {workWrittenOnly, workWrittenOnly},
	"CHG-02": {workWrittenOnly, workConnections},
	"CHG-03": {workWrittenOnly, workWrittenOnly},
	"CHG-04": {workWrittenOnly, workByQuestion},
	"CHG-06": {workWrittenOnly, workWrittenOnly},
	"CHG-07": {workWrittenOnly, workWrittenOnly},
	"INC-02": {workWrittenOnly, workByQuestion},

	"BRF-07": {workConnections, workByQuestion},
	"BRF-08": {workConnections, workByQuestion},

	"SCO-03": {workConnections, workConnections},
	"BRF-06": {workConnections, workConnections},
	"CTL-03": {workConnections, workConnections},
}

// plantWorkAt is the kind of plant work of the action on question id from
// an answer at level ("unknown" counts as 0): plantWork's band for it, or
// workByQuestion for a question plantWork does not list.
func plantWorkAt(id string, level int) plantWorkKind {
	if level >= 2 {
		return plantWork[id].at2
	}
	return plantWork[id].below2
}

// level2Efforts is the effort of the level-2 action where it differs
// from the catalogue's. BRF-06: from 0, 1 or "unknown" the task disables
// standing vendor connections, writes the procedure and chooses the
// service (M); at 2 it rolls the one controlled access service out to
// every plant and every vendor session (L). BRF-07 and BRF-08: below 2
// the task defines the permitted flows and agrees the segmentation (M);
// at 2 it restricts the traffic between plants, or between the plants
// and corporate IT, to them (L).
var level2Efforts = map[string]Effort{
	"BRF-06": EffortL,
	"BRF-07": EffortL,
	"BRF-08": EffortL,
}

// firstSteps says, for the tasks that open with a step that cannot wait
// ("First, now: …"; see "Tasks on a critical finding" above), when that
// step is due. It holds for the catalogue's task below level 2, as the
// task is written, in either plant wording (singlePlantTasks keeps the
// step first; catalogueTask): the level-2 task, a task the isolated plants' profile
// replaces (isolatedTasks) and one the consultant rewrote have no such
// step. The step waits for no other action (orderByPrereqs), and the
// plan shows when it is due beside the due date of the whole action.
// BRF-05's finding is not critical, but its first step cannot wait
// either: equipment already on order reaches its factory acceptance test
// within months, the last point at which a requirement costs little.
var firstSteps = map[string]string{
	"BRF-05": l10n.M("First step: now"),
	"BRF-06": l10n.M("First step: now"),
	"BRF-07": l10n.M("First step: now"),
	"CTL-07": l10n.M("First step: now"),
	"BRF-08": l10n.M("First step: now"),
	"CHG-02": l10n.M("First step: now"),
	"CHG-07": l10n.M("First step: now"),
	"INC-01": l10n.M("First step: now"),
	"SCO-03": l10n.M("First step: now"),
	"INC-02": l10n.M("First step: now"),
	"ROL-07": l10n.M("First step: now"),
	"CHG-03": l10n.M("First step: before the next security change on a GxP system goes live"),
}

// effortAt is the effort of the action on question id from an answer at
// level ("unknown" counts as 0).
func effortAt(id string, level int) Effort {
	if e, ok := level2Efforts[id]; ok && level >= 2 {
		return e
	}
	return actionSpecs[id].Effort
}

// isolatedTask is the task of an action on a site whose plants are
// isolated, and what it does to running plant systems (its plant note).
// single is the task worded for a site whose profile records a single
// plant (see singlePlantTasks).
type isolatedTask struct {
	task, single string
	work         plantWorkKind
}

// isolatedTasks replaces the task of an action whose usual form would
// connect the plants, on a site whose profile records them as isolated,
// at every level: the tool must not tell a plant to give up the isolation
// it relies on, and the level-2 target state (the question's "what good
// looks like") assumes the connections. CTL-03 and BRF-06 still move data
// or open a session across the gap, which changes running connections;
// BRF-08 first checks on site that the isolation holds, as the finding's
// isolated wording asks (it-ot-boundary-open), then lists and controls
// the crossings there are, which changes no connection. CTL-02's shared
// services are what crosses the gap (SharedComponents), not a DMZ's, and
// neither writing the agreement on them nor SCO-02's register of them
// changes anything on the plant. Each question's isolated form
// (isolatedQuestions) asks about the same.
var isolatedTasks = map[string]isolatedTask{
	"SCO-02": {
		l10n.M("Draw up the register of what crosses the air gap between IT and OT (removable-media transfer stations, one-way transfer devices, vendor dial-in or remote-access links, engineering laptops) with a named owner and operating team for each."),
		"",
		workWrittenOnly,
	},
	"CTL-02": {
		l10n.M("Write an operating agreement for each item IT and OT share across the air gap (removable-media transfer stations, engineering laptops, backup media, vendor access): who may change what, joint change approval, who is called when it fails."),
		"",
		workWrittenOnly,
	},
	"CTL-03": {
		l10n.M("Agree how plant logs and asset vulnerability data are collected without breaking the plants' isolation (an OT-side service, an offline export or a one-way transfer), and document the settings OT assets tolerate."),
		l10n.M("Agree how plant logs and asset vulnerability data are collected without breaking the plant's isolation (an OT-side service, an offline export or a one-way transfer), and document the settings OT assets tolerate."),
		workConnections,
	},
	"BRF-06": {
		l10n.M("Keep vendor support on the isolated plants on site or over a temporary connection the plant approves for one session and removes afterwards, with named accounts, supervision and a session record; add no permanent remote access service."),
		l10n.M("Keep vendor support on the isolated plant on site or over a temporary connection the plant approves for one session and removes afterwards, with named accounts, supervision and a session record; add no permanent remote access service."),
		workConnections,
	},
	"BRF-08": {
		l10n.M("Check on site with IT that no network path joins the isolated plants to corporate IT or the internet, and list each way data or media still cross (removable media, one-way transfers, maintenance laptops, vendor sessions) with its owner and control."),
		l10n.M("Check on site with IT that no network path joins the isolated plant to corporate IT or the internet, and list each way data or media still cross (removable media, one-way transfers, maintenance laptops, vendor sessions) with its owner and control."),
		workWrittenOnly,
	},
}

// singlePlantTasks words the task of an action for a site whose profile
// records a single plant (Profile.Plants == 1), where the catalogue's
// task (actionSpecs) speaks of several: "per plant", "each plant", "the
// plants", "into a plant". A plan for one plant that tells it to "have
// each plant list" its routes reads as a template and costs the
// consultant credibility. Each entry says the same as the catalogue's
// task with "the plant" in place of the plants, and nothing else; first
// steps ("First, now: …") stay where they are, so the action keeps its
// firstSteps entry. Questions asked only of several plants (WhenMultiPlant:
// BRF-07, CTL-04) need none.
//
// Precedence: on isolated plants the isolated task replaces the
// catalogue's at every level (isolatedTasks), and for a single isolated
// plant its own single form (isolatedTask.single) is used; this table
// applies only where no isolated task does. specFor chooses.
var singlePlantTasks = map[string]string{
	"GOV-01": l10n.M("Appoint one named ISMS owner for corporate IT and the plant alike, in a signed appointment letter, and record the name in the ISMS manual and the RACI."),
	"GOV-02": l10n.M("Place the ISMS owner directly under top management for the ISMS, with a written remit over corporate IT and the plant and time set aside, recorded in the appointment, the organisation chart and the ISMS manual."),
	"GOV-08": l10n.M("Have top management approve and date the information security policy, covering the plant, and have management with authority over the plant approve the topic-specific policies that bind it, each with a review cycle."),
	"GOV-11": l10n.M("Have the ISMS owner compile the NIS2 measures register (Art. 21(2)(a) to (j): the measures for corporate IT and the plant, owner, status), then have the management body approve the measures by a minuted resolution naming the plant measures."),

	"SCO-03": l10n.M("First, now: have the plant list the remote access routes it knows, with vendor and approver; close those nobody accounts for once operations confirm no running process needs them, by emergency change or, lacking such a route, with the site director's recorded approval. Then survey the plant for vendor and integrator routes (modems, gateways, remote support tools), register each with supplier, method and approver, and close those nobody approves."),
	"SCO-04": l10n.M("Draw the plant's data-flow diagram of every flow across the IT/OT boundary, with direction, protocol, owner and protecting control, and submit the flows to the ISMS owner for inclusion in the scope."),

	"ROL-03": l10n.M("Name the plant's OT lead, write their responsibility for plant system controls into the RACI, and set aside time for it."),

	"ROL-08": l10n.M("Name deputies with the same authority for the ISMS owner and the OT lead, and have the site director name a deputy for the plant's incident decision-maker; brief them, and have the ISMS owner add them to the role register and on-call lists."),

	"INT-04": l10n.M("Agree a security addendum now with every vendor holding remote access to the plant, and write standard OT security clauses (remote access rules, patch and vulnerability support, incident notification and help) into contract templates for the others at renewal."),

	"CHG-01": l10n.M("Align the OT security roadmap with the plant's maintenance and shutdown calendar, naming the window and any requalification or re-approval each change needs, and agree it with operations and Quality."),

	"INT-05": l10n.M("Develop plant-floor security awareness training for operators, maintenance technicians and contractors, add it to induction and refreshers, and track completion at the plant."),

	"INC-01": l10n.M("First, now: post in the plant's control room or shift office the list of whom to call for a suspected cyber event on plant systems (the OT contact, IT support or security, EHS, Quality), with numbers that answer at night and at weekends. Then write the joint triage and escalation route for OT cyber incidents with EHS, operations and Quality: OT severity criteria and the plant's contacts (shift supervisor, EHS, Quality) in the incident procedure, linked from their own incident procedures."),
	"INC-02": l10n.M("First, now: name who may decide, in a cyber incident, to isolate the plant, switch to manual or safe state or shut down, with a deputy and the shift role that may act when neither can be reached, and record them in the incident procedure and on the shift board. Then write the plant's isolation and shutdown playbook, with its isolation points."),
	"INC-05": l10n.M("Write the authority and regulator notification list: each authority, obligation, deadline and the role that speaks for the organisation; the plant escalates security notifications to that role, while those under the site's emergency plan stay with the site."),

	"BRF-06": l10n.M("First, now: disable the standing vendor connections into the plant (modems, always-on VPNs, support agents) that no running process needs, once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval. Then open a connection only for a session plant staff approve, watch and log; write and approve the vendor remote-access procedure, with a time-limited risk acceptance for each connection a process needs, and choose the one access service all sessions will use."),

	"MOD-01": l10n.M("Record the chosen ownership model and the reasons it fits (culture, a single plant, regulation), with its weaknesses and countermeasures, in the ISMS manual."),
	"MOD-02": l10n.M("Name a site security contact at the plant with time set aside, and agree central security plans with the site."),

	"PRA-07": l10n.M("Extend the internal audit programme to the plant over the cycle, with an OT-competent auditor on each audit of the plant."),
}

// catalogueTask reports whether task is the catalogue's own task of
// question id in either wording (actionSpecs, singlePlantTasks), rather
// than one the isolated plants' profile puts in its place: only the
// catalogue's task opens with the first step firstSteps dates.
func catalogueTask(id, task string) bool {
	return task == actionSpecs[id].Task || task != "" && task == singlePlantTasks[id]
}

// actionSpec is the catalogue entry of one question: the task and its
// effort. Its owner is in actionRouting.
type actionSpec struct {
	Task   string
	Effort Effort
}

var actionSpecs = map[string]actionSpec{
	"GOV-01": {l10n.M("Appoint one named ISMS owner for corporate IT and the plants alike, in a signed appointment letter, and record the name in the ISMS manual and the RACI."), EffortS},
	"GOV-02": {l10n.M("Place the ISMS owner at enterprise level with a direct line to top management, and record the reporting line and the remit over corporate IT and every plant in the organisation chart and the ISMS manual."), EffortM},
	"GOV-03": {l10n.M("Put the scope, risk method, Statement of Applicability, audit programme and management review procedure in the ISMS owner's keeping, with the owner preparing the information security policy for top management's approval, one version for every site."), EffortM},
	"GOV-05": {l10n.M("Write the risk acceptance and exception authority matrix (who may accept which level of risk, exception route and expiry), have top management approve it, and brief IT and plant staff on it."), EffortS},
	"GOV-06": {l10n.M("Set up the ISMS steering group with IT, OT and plant operations leaders, and Quality and EHS where validated systems or safety-critical processes call for them: terms of reference, cadence and agenda; hold the first meeting."), EffortS},
	"GOV-07": {l10n.M("Rewrite the risk criteria with impact scales for harm to people, product quality, environment and lost production, and have leadership approve them."), EffortM},
	"GOV-08": {l10n.M("Have top management approve and date the information security policy, covering the plants, and have management with authority over the plants approve the topic-specific policies that bind them, each with a review cycle."), EffortS},
	"GOV-09": {l10n.M("Collect from each risk owner a signed approval of the treatment plan and a dated acceptance of the residual risk, OT risks included, and file them with the risk register."), EffortM},
	"GOV-10": {l10n.M("Write the procedure for risks crossing the IT/OT boundary: one function (the central risk function, or else the ISMS owner's team) assesses each once with both sides against the common risk criteria, records it in the register and briefs the named risk owner."), EffortM},
	"GOV-11": {l10n.M("Have the ISMS owner compile the NIS2 measures register (Art. 21(2)(a) to (j): the measures for corporate IT and each plant, owner, status), then have the management body approve the measures by a minuted resolution naming the plant measures."), EffortM},
	"GOV-12": {l10n.M("Set up a periodic NIS2 status report to the management body, with plant progress and overdue items shown separately, and put it on the body's agenda."), EffortS},
	"GOV-13": {l10n.M("Book and record cybersecurity training for every member of the management body, with content on production and safety risks, and plan refreshers."), EffortS},

	"SCO-01": {l10n.M("Rewrite the scope statement to name the sites, lines, network zones, systems and data sets in and out, with the reason for each exclusion."), EffortM},
	"SCO-02": {l10n.M("Draw up the register of shared IT/OT components (boundary firewalls, plant domain controllers, remote-access gateways and support tools, servers holding plant programs, cloud historians) with a named owner and operating team for each."), EffortM},
	"SCO-03": {l10n.M("First, now: have each plant list the remote access routes it knows, with vendor and approver; close those nobody accounts for once operations confirm no running process needs them, by emergency change or, lacking such a route, with the site director's recorded approval. Then survey each plant for vendor and integrator routes (modems, gateways, remote support tools), register each with supplier, method and approver, and close those nobody approves."), EffortM},
	"SCO-04": {l10n.M("Draw a data-flow diagram per plant of every flow across the IT/OT boundary, with direction, protocol, owner and protecting control, and submit the flows to the ISMS owner for inclusion in the scope."), EffortM},
	"SCO-05": {l10n.M("List the corporate directories, engineering and support laptops and cloud tenants that plant systems depend on, give each an IT owner, and submit them to the ISMS owner for inclusion in the scope."), EffortS},
	"SCO-06": {l10n.M("Add a scope-impact check to the project and change procedures, with the steering group approving scope changes."), EffortS},

	"ROL-01": {l10n.M("Write the ISMS RACI (one accountable role for the ISMS, and the responsible roles per control area for IT, OT and shared infrastructure) and have top management approve it."), EffortM},
	"ROL-02": {l10n.M("Write the IT lead's ISMS responsibilities for corporate systems into the RACI and their objectives, with a reporting line to the ISMS owner."), EffortS},
	"ROL-03": {l10n.M("Name an OT lead per plant or region, write their responsibility for plant system controls into the RACI, and set aside time for it."), EffortM},
	"ROL-04": {l10n.M("Define the ISMS part of Quality, EHS, Legal, HR and Procurement in the RACI, with a contact person in each function."), EffortS},
	"ROL-05": {l10n.M("Assign each risk in the register to the business or plant manager who can act on it, and record the ISMS owner's team as its maintainer, not its owner."), EffortM},
	"ROL-06": {l10n.M("Have top management assign in writing the controls that run in department heads' and plant managers' own areas (physical access, joiners, movers and leavers, supplier onboarding), as the ISMS owner prepares them; record each confirmed owner in the RACI."), EffortM},
	"ROL-07": {l10n.M("First, now: check every named information security role (ISMS, IT and OT) against the current staff list and report each role whose holder has left to the executive sponsor, who names a successor; record the holders in a role register (create it if none exists). Then add a role check to the leaver and mover process, so that each security role is handed to a named successor before its holder goes."), EffortS},
	"ROL-08": {l10n.M("Name deputies with the same authority for the ISMS owner and the OT lead, and have each site director name a deputy for the plant's incident decision-maker; brief them, and have the ISMS owner add them to the role register and on-call lists."), EffortS},
	"ROL-09": {l10n.M("Amend the plant change procedure: each change approved before loading by someone other than its maker, named by the site director (with one engineer, the line's production owner); only emergency fixes approved after; safety-related logic always checked first."), EffortS},
	"ROL-10": {l10n.M("Amend the OT access procedure so that the system or plant owner approves and an administrator grants access, vendor and privileged accounts included, with reviews by someone else."), EffortM},

	"INT-01": {l10n.M("Write the interface procedure between the ISMS and plant change management and, where they apply, the quality system, validation and process safety management: who triggers whom, shared records, who decides."), EffortM},
	"INT-02": {l10n.M("Write with Quality and EHS, for the steering group to approve, the rule for security-versus-quality or safety conflicts: nothing may defeat a safety function; approved process states change through change control as needed; the group records each decision."), EffortS},
	"INT-03": {l10n.M("Add safety and product-quality impact ratings to the risk method for plant systems, and have EHS and Quality rate those impacts for each plant-system risk."), EffortM},
	"INT-04": {l10n.M("Agree a security addendum now with every vendor holding remote access into a plant, and write standard OT security clauses (remote access rules, patch and vulnerability support, incident notification and help) into contract templates for the others at renewal."), EffortM},
	"INT-05": {l10n.M("Develop plant-floor security awareness training for operators, maintenance technicians and contractors, add it to induction and refreshers, and track completion per site."), EffortM},

	"CTL-01": {l10n.M("Complete the control ownership matrix: for every applicable Annex A control, who delivers it for corporate IT, for plant OT and for shared infrastructure."), EffortM},
	"CTL-02": {l10n.M("Write an operating agreement for each shared IT/OT service (identity, backup, logging, the network and firewalls between office and plant): who may change what, joint change approval, who is called when it fails."), EffortM},
	"CTL-03": {l10n.M("Extend log collection and vulnerability management to plant systems, through the corporate service where an OT-safe path exists or else an OT-specific one, and document the settings OT assets tolerate."), EffortL},
	"CTL-04": {l10n.M("Publish a common minimum baseline for controls run at each plant, and name a site owner for each of them."), EffortM},
	"CTL-05": {l10n.M("Decide and document with the IT lead, and Quality for validated systems, how plant systems authenticate users (directory, plant domain or local accounts): trusts, admin tiers, administering team, and operator access when the directory is down, by named person."), EffortM},
	"CTL-06": {l10n.M("Add an OT implementation note to each Statement of Applicability entry, naming the compensating controls and risk acceptances used where the corporate approach cannot apply."), EffortM},
	"CTL-07": {l10n.M("First, now: have the OT lead (until one is named, an engineer the site director names) copy the latest programs and configurations of the plant systems, wherever they are kept, into a controlled offline store, leaving the originals in place. Then name an owner for backing up and restoring each plant system's programs and configurations, list them in a backup register with frequency and offline copy location, and have each owner test a restore on a spare or test system, never on a running controller."), EffortM},

	"CHG-01": {l10n.M("Align the OT security roadmap with each plant's maintenance and shutdown calendar, naming the window and any requalification or re-approval each change needs, and agree it with operations and Quality."), EffortM},
	"CHG-02": {l10n.M("First, now: have the site director forbid security changes on plant systems outside the change procedure, and have IT suspend deployment-tool pushes to plant systems that the plant has not approved; approved standard pushes, such as antivirus signatures, continue. Then route security changes on plant systems, retrofits included, through engineering review and management of change, with corporate deployment tools barred from OT without that approval."), EffortM},
	"CHG-03": {l10n.M("First, before the next security change on a GxP system goes live: have its system owner agree the validation route with Quality and apply it. Then add security changes to the validation procedure for GxP systems: validation plan, test evidence and quality release before use in production."), EffortM},
	"CHG-04": {l10n.M("Write the OT patching procedure: vendor-approved patches, offline testing, target windows and compensating controls per asset class, with risk acceptances for unpatchable assets."), EffortL},
	"CHG-05": {l10n.M("Give each open OT finding a remediation date agreed with operations and Quality, and a time-limited risk acceptance signed by its risk owner until then."), EffortS},
	"CHG-06": {l10n.M("Add an urgent route for security changes to the plant's change procedure: who decides at night, how operations, safety and quality review quickly, and which interim protections are allowed without a shutdown; rehearse it once."), EffortM},
	"CHG-07": {l10n.M("First, now: have the site director order that no security change that can reach a safety instrumented system or its network goes ahead until EHS has reviewed and confirmed it in writing, and review each change so held. Then add security changes as a trigger in the process-safety management of change procedure, with EHS signing the safety assessment for changes that can reach safety instrumented systems."), EffortS},

	"INC-01": {l10n.M("First, now: post in each plant's control room or shift office the list of whom to call for a suspected cyber event on plant systems (the OT contact, IT support or security, EHS, Quality), with numbers that answer at night and at weekends. Then write the joint triage and escalation route for OT cyber incidents with EHS, operations and Quality: OT severity criteria and each plant's contacts (shift supervisor, EHS, Quality) in the incident procedure, linked from their own incident procedures."), EffortM},
	"INC-02": {l10n.M("First, now: name per plant who may decide, in a cyber incident, to isolate the plant, switch to manual or safe state or shut down, with a deputy and the shift role that may act when neither can be reached, and record them in the incident procedure and on the shift board. Then write the isolation and shutdown playbook per plant, with its isolation points."), EffortM},
	"INC-04": {l10n.M("Add cyber incidents on plant systems to the triggers of the deviation procedure: Quality assesses their impact on product, batch records and data integrity, and affected batches are not certified or released until Quality closes that assessment."), EffortS},
	"INC-05": {l10n.M("Write the authority and regulator notification list: each authority, obligation, deadline and the role that speaks for the organisation; plants escalate security notifications to that role, while those under a site's emergency plan stay with the site."), EffortS},
	"INC-06": {l10n.M("Link post-incident reviews of OT events to both the ISMS corrective action log and the plant's corrective-action system (CAPA, 8D) or safety learning system, with owners and due dates."), EffortS},
	"INC-07": {l10n.M("Run a tabletop exercise on a plant scenario with IT, OT, safety, operations and Quality, and record the report and its actions."), EffortM},
	"INC-08": {l10n.M("Write the NIS2 incident reporting procedure: significance criteria (plant outages, safety and quality impact), who decides 24/7, who reports and who writes the IT and OT parts (early warning 24 h, notification 72 h, final report a month on); test it."), EffortM},

	"BRF-01": {l10n.M("Map the plant's existing quality, safety and engineering controls to Annex A in a crediting table with evidence, with Quality and EHS, and have security steps built into the existing SOPs through the site's document control instead of new procedures."), EffortM},
	"BRF-02": {l10n.M("Rank the OT security roadmap by exposure and impact as the risk assessment rates them (remote and vendor access are usually the most exposed), have the steering group agree the order, and report progress against it."), EffortS},
	"BRF-03": {l10n.M("Extend the OT asset inventory with vendor support status, end-of-life date and patchability for each asset, and keep it current through the plant change procedure."), EffortL},
	"BRF-05": {l10n.M("First, now: list the plant equipment on order or being specified and send its suppliers the security requirements to meet before the factory acceptance test. Then add security requirements to capital project gates, equipment specifications (for a validated system, the user requirements Quality approves) and factory and site acceptance tests, signed off by the OT lead."), EffortM},
	"BRF-06": {l10n.M("First, now: disable the standing vendor connections into the plants (modems, always-on VPNs, support agents) that no running process needs, once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval. Then open a connection only for a session plant staff approve, watch and log; write and approve the vendor remote-access procedure, with a time-limited risk acceptance for each connection a process needs, and choose the one access service all sessions will use."), EffortM},
	"BRF-07": {l10n.M("First, now: have IT log traffic between plants at each plant's wide-area link and, with the plant engineers, block the remote-administration, file-sharing and controller traffic between plants that the logs show unused, with each site director's recorded approval. Then define the permitted flows between plants (a zone and conduit diagram, each flow with its owner and purpose), and agree with operations, Quality and EHS the segmentation that will limit traffic to them and the windows it needs."), EffortM},
	"BRF-08": {l10n.M("First, now: have IT and the OT lead (until one is named, an engineer the site director names) close access into plant systems no running process needs, once operations confirm it, by emergency change or, lacking such a route, with the site director's recorded approval. Then define the permitted flows between the plant networks and corporate IT (a zone and conduit diagram, each flow with owner and purpose), agree the controlled points and windows with IT, operations, Quality and EHS, and name one owner of the boundary rule set."), EffortM},

	"MOD-01": {l10n.M("Record the chosen ownership model and the reasons it fits (culture, number of plants, regulation), with its weaknesses and countermeasures, in the ISMS manual."), EffortS},
	"MOD-02": {l10n.M("Name a site security contact at each plant with time set aside, and agree central security plans with the sites."), EffortS},
	"MOD-03": {l10n.M("Roll out one risk method and a consolidated status report to every site, with central approval of departures from the baseline."), EffortM},
	"MOD-04": {l10n.M("Put plant security on the executive sponsor's agenda at least quarterly, with decisions minuted and named OT actions owned by the sponsor."), EffortS},
	"MOD-05": {l10n.M("Write and approve the escalation path for IT/plant disagreements over security measures that affect production: the ISMS owner or steering group sets out the options against the risk criteria, the risk owner decides, and the decision is recorded."), EffortS},

	"PRA-01": {l10n.M("Set a calendar of decisions, reviews and follow-ups for each named ISMS role, and keep the records that show they took place."), EffortS},
	"PRA-02": {l10n.M("Write down each delegation of security tasks with its scope and reporting duties, and set the status reviews the delegating manager holds."), EffortS},
	"PRA-04": {l10n.M("Add plant security risks and resource decisions to the management review agenda, and minute the decisions and their follow-up."), EffortS},
	"PRA-05": {l10n.M("Name the ISMS owner in the audit procedure as lead contact for external audits of information security (certification, customer or regulatory, as they apply), with the IT and OT owners presenting their own evidence."), EffortS},
	"PRA-06": {l10n.M("Set up periodic self-assessments by IT and plant control owners, with evidence, feeding the action log."), EffortM},
	"PRA-07": {l10n.M("Extend the internal audit programme to every in-scope plant over the cycle, with an OT-competent auditor on each plant audit."), EffortM},
	"PRA-08": {l10n.M("List the providers running IT or OT services in scope; have top management name an owner for each who reviews its service and changes, and Procurement agree a security addendum (patching, backup, incident notice, change control, audit right)."), EffortM},
}
