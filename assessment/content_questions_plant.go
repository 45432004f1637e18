package assessment

import "github.com/isms-tools/ownership-assessment/assessment/l10n"

// goodSinglePlant words a question's target state (Question.Good) for an
// organisation whose profile records a single plant (Profile.Plants == 1),
// where the bank's text presumes several: "per plant", "each plant", "the
// plants", "every plant in scope". The target state is shown on the
// question page and quoted by the level-2 action ("Target state: …"); a
// one-plant site told that "each plant has a list" reads a template, as
// with the action tasks (singlePlantTasks) and the findings (singlePlant).
//
// Each entry says the same as the bank's Good with "the plant" in place
// of the plants, and nothing else, at about the same length. The bank's
// own text stays the general one: the question-bank listing and its
// golden file show it. Questions asked only of several plants
// (WhenMultiPlant: BRF-07, CTL-04) need none, and wording that counts a
// plant's systems ("each plant system", CTL-07) or the organisation's
// sites rather than its plants (GOV-03, SCO-01, MOD-03) is right for one
// plant as it stands.
var goodSinglePlant = map[string]string{
	"GOV-02": l10n.M("The owner answers directly to top management for the ISMS, the appointment states a remit over corporate IT and the plant and the time set aside for it, and the owner exercises that remit on both sides."),
	"GOV-08": l10n.M("The policy carries a dated top-management approval and covers the plant; the topic-specific policies that bind the plant are approved by management with authority over it; all are reviewed on a planned cycle, and the OT-relevant policies are part of the approved set rather than local drafts."),

	"SCO-02": l10n.M("A boundary component list names each shared device or service, its owning role, the team that operates it and the plant systems it serves, and it is reviewed whenever the architecture changes."),
	"SCO-03": l10n.M("The plant has a list of its remote access routes with supplier, connection method and approver, and any route found outside the list is treated as an incident or closed under the plant's change procedure."),
	"SCO-04": l10n.M("A current data-flow diagram of the plant shows every flow across the IT/OT boundary, with direction, protocol, owner and the control that protects it."),

	"ROL-03": l10n.M("A named OT lead for the plant holds this responsibility in the RACI, has time set aside for it, and plans security work together with process safety and quality."),
	"ROL-08": l10n.M("The RACI or role register names a deputy for each key role, deputies have the same access and briefing, and the plant's on-call lists include them."),

	"INT-04": l10n.M("Standard OT purchase and service templates contain security clauses agreed with the OT lead, including response times and forensic and recovery support in an incident; Procurement checks new orders against them, and the plant's incident kit holds current vendor contacts."),
	"INT-05": l10n.M("Induction and refresher training for plant staff and contractors has plant-specific content agreed between HR and the OT lead, completion is tracked at the plant, and shift teams can say how they would report a suspicious event."),

	"CHG-01": l10n.M("The security roadmap is aligned with the plant's maintenance and shutdown calendar, every OT change names its window and the testing or requalification it needs, and operations and quality have agreed the plan."),

	"INC-01": l10n.M("The incident procedure has OT-specific severity criteria, names the plant's shift supervisor, EHS and quality contacts, and records of recent events show joint triage."),
	"INC-02": l10n.M("The plant's playbooks name the decision-maker and a deputy for isolation and shutdown, list the isolation points, and a test in a planned window has shown the plant can run or stop safely when cut off."),
	"INC-05": l10n.M("A contact and notification list names each authority, the obligation, its deadline and the role that speaks for the organisation; Legal reviews it every year, and the plant escalates security notifications to that role, while those under its emergency plan stay with the site."),
	"INC-08": l10n.M("A reporting procedure defines what makes an incident significant, who decides and who reports, the plant escalates to that role around the clock, and an exercise or real case showed the 24-hour step can be met."),

	"PRA-08": l10n.M("Each provider running a service in scope has security clauses in its contract (patching and backup duties, incident notice in time for the organisation's own reporting, changes to plant systems only through the plant's change control, a right to audit), a named owner in the organisation reviews its performance at least once a year, and the plant approves the provider's access to its systems."),

	"BRF-01": l10n.M("A mapping table links each relevant plant control to the Annex A controls it fully or partly satisfies with its evidence, security steps live inside the existing SOPs and change forms, and the plant keeps no separate security-only procedure set."),
	"BRF-08": l10n.M("A zone and conduit diagram shows each flow between the plant's networks and corporate IT with its owner and purpose, traffic passes only through controlled points such as a DMZ or a data diode, the plant can be cut off from corporate IT and keep running, and the rule sets are reviewed on a schedule."),

	"MOD-02": l10n.M("The plant has a named security contact with time allocated, the plant manager carries security objectives, and central plans are agreed with the site rather than simply issued to it."),

	"PRA-07": l10n.M("The audit plan covers the plant over the cycle, OT audit work is done by or with an OT-competent auditor, and plant findings are closed on time."),
}

// textSinglePlant words a question (Question.Text) for an organisation
// whose profile records a single plant, where the bank's text speaks of
// several ("the plants", "every plant in scope"): a one-plant site asked
// about "the plants" throughout reads a template. Each entry asks the same
// as the bank's question with "the plant" in place of the plants, and
// nothing else (GOV-02 drops "a single plant among several", which one
// plant cannot be). Question.For applies it; the isolated plants' own
// form of a question (isolatedQuestions) wins over it.
var textSinglePlant = map[string]string{
	"GOV-01": l10n.M("Is one named person accountable for the ISMS as a whole, covering both corporate IT and the plant?"),
	"GOV-02": l10n.M("Does the ISMS owner answer directly to top management, with authority over corporate IT and the plant, rather than sitting inside the IT team or the plant's own team?"),
	"GOV-08": l10n.M("Has top management approved the information security policy, covering corporate IT and the plant alike?"),
	"GOV-11": l10n.M("Has the management body approved the cybersecurity risk-management measures the organisation takes under NIS2, including those for the plant?"),
	"GOV-12": l10n.M("Does the management body oversee the implementation of those NIS2 measures through regular reports that include the plant?"),
	"SCO-03": l10n.M("Have all remote access routes into the plant used by vendors and integrators been identified and listed, including modems, vendor-installed gateways and remote support tools, even where the result is that there are none?"),
	"ROL-08": l10n.M("Does each key security role (ISMS owner, OT lead, incident decision-maker at the plant) have a named deputy who can act in the holder's absence?"),
	"INT-01": l10n.M("Is it documented how the ISMS hands over to the management systems the plant already runs: plant change management and, where they apply, the quality system, validation and process safety management?"),
	"CHG-01": l10n.M("Are security changes on plant systems (patching, network segmentation, MFA rollout) planned around the plant's downtime windows, its turnaround calendar and the requalification effort they cause?"),
	"INC-02": l10n.M("Is it defined who may decide, during a cyber incident, to isolate the plant from the corporate network, switch to manual or safe-state operation, or shut down?"),
	"INC-08": l10n.M("Can a significant incident, including one at the plant, be reported to the competent authority or CSIRT within the NIS2 deadlines?"),
	"BRF-06": l10n.M("Is every vendor support session into the plant made through a controlled access service that the plant approves session by session?"),
	"MOD-02": l10n.M("With security responsibility held centrally, does the plant take an active part, for example through a named site security contact with time set aside?"),
	"MOD-03": l10n.M("With controls owned by the plant and by departments, does a central function keep oversight through one risk method and consolidated reporting from every site?"),
	"MOD-05": l10n.M("Is there a defined escalation path for disagreements between IT and the plant over security measures that affect production availability, ending in a decision by the accountable risk owner?"),
	"PRA-06": l10n.M("Do control owners in IT and in the plant report on the state of their controls and act on gaps without being chased by the ISMS team?"),
}

// GoodFor is q's target state as an assessment on profile p shows it
// (q.For(p).Good): the isolated plants' form, the one-plant form
// (goodSinglePlant) where p records a single plant and q has one, else
// q.Good. The bank's listing, which belongs to no assessment, shows
// q.Good.
func (q Question) GoodFor(p Profile) string { return q.For(p).Good }
