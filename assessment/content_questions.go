package assessment

// This file holds the question bank: the design areas, the design points the
// bank is built to cover, and the questions themselves.
//
// Question IDs are stable and pinned by testdata/questions.golden. Some of
// them are also a contract with the findings engine, which derives red flags
// from them; their meaning must not drift:
//
//	GOV-01 single accountable ISMS owner
//	GOV-02 owner at enterprise level, able to arbitrate IT/OT conflicts
//	GOV-03 owner holds scope, policies, risk method, SoA, audit, review
//	GOV-04 executives approve policies and accept residual risk
//	GOV-05 risk-acceptance and exception authority defined and known
//	GOV-06 steering group of IT, OT, Quality and operations
//	SCO-01 scope names plants, networks, systems and data
//	SCO-02 shared IT/OT components in scope with an owner
//	ROL-01 RACI separates ISMS accountability from domain responsibility
//	CHG-01 security changes planned around downtime and requalification
//	INC-01 OT incidents triaged with safety, operations and quality
//	PRA-01 named roles exercised in practice
//
// New questions are appended at the end of their area with the next number;
// an ID is never reused for a different meaning.

var areas = []Area{
	{
		ID:    "GOV",
		Title: "Accountability and governance",
		Intro: "Who answers for the ISMS as a whole, where that person sits in the organisation, and who may decide on risk when corporate IT and the plants disagree.",
	},
	{
		ID:    "SCO",
		Title: "Scope definition",
		Intro: "What the certificate really covers: sites, networks, systems and data, and above all the components and connections that sit between the office and the plant floor.",
	},
	{
		ID:    "ROL",
		Title: "Roles and RACI",
		Intro: "How answering for the management system is kept apart from the daily work of running controls in IT, in OT and in the supporting functions.",
	},
	{
		ID:    "INT",
		Title: "Interfaces with other management systems",
		Intro: "How the ISMS works alongside the quality system, process safety, validation and change control that plants already live by, without duplicating or overruling them.",
	},
	{
		ID:    "CTL",
		Title: "Control ownership by domain",
		Intro: "Who implements and operates each Annex A control on corporate systems, on plant systems and on the infrastructure that both depend on.",
	},
	{
		ID:    "CHG",
		Title: "Change and downtime constraints",
		Intro: "Whether security work on the plant floor is planned around production windows, turnarounds and requalification rather than against them.",
	},
	{
		ID:    "INC",
		Title: "Incident response integration",
		Intro: "How a cyber incident that touches production is recognised, escalated and closed alongside the processes that safety, production and quality already use for plant events.",
	},
	{
		ID:    "BRF",
		Title: "Brownfield and lifecycle",
		Intro: "How an existing plant full of long-lived equipment is brought under the ISMS: crediting what already works, fixing the riskiest connections first and respecting how long installed systems stay in service.",
	},
	{
		ID:    "MOD",
		Title: "Ownership model choice",
		Intro: "Which ownership model the organisation runs (centralised, federated or executive-led) and whether the known weaknesses of that model are being managed.",
	},
	{
		ID:    "PRA",
		Title: "Ownership in practice",
		Intro: "Whether ownership shows up in real decisions, reviews and follow-up, not only in organisation charts and policy documents.",
	},
}

var seedPoints = []SeedPoint{
	// Governance and placement of the owner.
	{ID: "single-accountable-owner", Summary: "One named business owner answers for the whole ISMS, across corporate IT and the plants."},
	{ID: "enterprise-level-placement", Summary: "The owner belongs to the function responsible for enterprise risk or security policy, senior enough to settle IT/OT disputes, not inside one plant or one technical team."},
	{ID: "owner-holds-isms-core", Summary: "The owner keeps the core of the system: the scope, the risk method, the policy set, the statement of applicability, the internal audit programme and management review."},
	{ID: "regulator-auditor-interface", Summary: "The owner is the organisation's single point of contact for regulators, authorities and auditors on information security."},
	{ID: "risk-criteria-business-impact", Summary: "Leadership sets risk tolerance deliberately and in business terms, so plant risks are ranked by their effect on safety, quality and production."},
	{ID: "executive-accountability", Summary: "Executives approve the policies, accept residual risk, grant resources and remain answerable for outcomes when they hand tasks down."},
	{ID: "risk-acceptance-authority", Summary: "The people entitled to accept a risk or sign off an exception are defined and widely known; otherwise decisions stall and audit findings accumulate."},
	{ID: "steering-group", Summary: "A cross-functional steering body with IT, OT, Quality and plant operations leaders decides what is covered, what comes first and how risk is rated."},
	{ID: "central-risk-arbitration", Summary: "An enterprise-level risk team or CISO office arbitrates whether boundary risks are accepted, reduced or transferred."},
	{ID: "conflicting-priorities", Summary: "Plants put continuous production and safety first while IT pushes uniform, hardened controls; neither side can weigh the boundary trade-offs alone."},

	// Scope.
	{ID: "scope-definition", Summary: "The scope names precisely the sites, networks, systems and information it covers, and is kept current as the estate changes."},
	{ID: "shared-components-scope", Summary: "Components shared by IT and OT (plant domain controllers, DMZ firewalls, data diodes, VPNs, cloud historians) are explicitly in scope with an owner."},
	{ID: "it-only-scope-gaps", Summary: "An owner who sees only the IT side tends to overlook plant networks, supplier remote connections and data flowing out of production."},
	{ID: "ot-only-scope-gaps", Summary: "An owner who sees only the plant side tends to overlook the corporate directory, off-site engineering laptops and cloud services that receive plant data."},

	// Roles.
	{ID: "raci-accountability-vs-responsibility", Summary: "A RACI keeps accountability for the ISMS separate from responsibility for running controls in each domain."},
	{ID: "it-domain-responsibility", Summary: "IT leadership delivers and runs the controls for corporate servers, networks, endpoints, business applications, identity and cloud."},
	{ID: "ot-domain-responsibility", Summary: "OT leadership delivers and runs the controls for SCADA, DCS, PLCs, MES, historians and plant networks, within the limits set by process safety, quality and validation."},
	{ID: "supporting-functions", Summary: "Quality, EHS, Legal, HR and Procurement each have a defined part in rating risk, setting supplier terms, training staff and handling incidents."},
	{ID: "isms-manager-custodian", Summary: "The ISMS manager coordinates and reports on the system and looks after the risk register, but does not own the risks."},
	{ID: "control-owners", Summary: "Department heads and plant managers own specific controls, which builds security into everyday operations."},

	// Interfaces and control ownership.
	{ID: "management-system-interfaces", Summary: "Where the ISMS hands over to the quality system, process safety, validation and plant change management is written down, with no duplicated processes."},
	{ID: "quality-safety-precedence", Summary: "In regulated plants a security control never takes precedence over a quality or safety requirement; conflicts need an agreed way to be settled."},
	{ID: "control-ownership-by-domain", Summary: "For every applicable Annex A control the matrix records who delivers it for corporate IT, for plant OT and for shared infrastructure."},
	{ID: "shared-infrastructure-coordination", Summary: "IT and OT agree how they run shared services such as identity, backup, logging and the IT/OT DMZ."},

	// Change, lifecycle and incidents.
	{ID: "change-downtime-constraints", Summary: "Patching, segmentation and MFA on plant systems are fitted into production stops, turnarounds and the effort of qualification."},
	{ID: "regulated-change-control", Summary: "Plant changes usually need engineering sign-off and often revalidation, so security changes have to fit the existing change process and the planned stops."},
	{ID: "change-control-gates", Summary: "Any new security control on regulated equipment goes through the plant's usual change approval, validation and qualification steps."},
	{ID: "supplier-lifecycle-realities", Summary: "OT assets live for decades and patch poorly; plants should use corporate logging and vulnerability services, and corporate expectations must fit what legacy assets can bear."},
	{ID: "realistic-timelines", Summary: "The enterprise owner agrees achievable remediation dates and interim risk acceptances with the plants, within production and regulatory limits."},
	{ID: "ot-incident-integration", Summary: "A cyber event on plant systems is assessed, raised to the right level and resolved jointly with the incident handling that safety, production and quality already run."},

	// Brownfield.
	{ID: "map-not-replace", Summary: "Controls the plant already runs under its quality, safety and engineering regimes are mapped to the standard and credited where they already meet it, instead of being duplicated."},
	{ID: "risk-based-prioritisation", Summary: "Effort goes first to the riskiest connections: remote connections into plants, links between sites and the routes suppliers use for support."},

	// Ownership models.
	{ID: "model-centralised", Summary: "Centralised ownership in a security team is easy to coordinate but tends to weaken business and plant engagement."},
	{ID: "model-federated", Summary: "Federated ownership spreads controls across departments under central oversight, trading consistency for scale."},
	{ID: "model-executive-led", Summary: "Executive-led ownership stresses leadership accountability with delegated operation; it suits regulated firms but needs sustained commitment."},
	{ID: "model-choice-fit", Summary: "No model is free of drawbacks, so the choice should be made deliberately to fit the organisation's culture and structure."},

	// Ownership in practice.
	{ID: "paper-roles", Summary: "Roles that are written down but never exercised give no real ownership."},
	{ID: "delegation-without-accountability", Summary: "Leaders can hand down authority and tasks yet lose sight of the accountability that should stay with them."},
	{ID: "documentation-over-behaviour", Summary: "Ownership is proven by decisions and actions, not by policy statements and role descriptions."},
}

var questions = []Question{
	// GOV: Accountability and governance.
	{
		ID: "GOV-01", Area: "GOV",
		Text:    "Is one named individual accountable for the ISMS as a whole, covering both corporate IT and the plants?",
		Why:     "When accountability is split between an IT head and a plant or engineering head, risks that cross the boundary fall between them and nobody can sign off the management system as a whole.",
		Good:    "A single named owner appears in the ISMS manual and the RACI, signs the scope and the management review output, and both the IT and OT leads name that person without hesitation.",
		Seed:    "single-accountable-owner",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "GOV-02", Area: "GOV",
		Text:    "Does the ISMS owner sit at enterprise level, in the function responsible for enterprise risk or security policy (central risk, CIO or CISO), rather than inside one plant or only the IT or only the OT team, with the authority to settle IT/OT disagreements?",
		Why:     "An owner embedded in one technical team or one site is seen as partisan and cannot impose a trade-off on the other side of the IT/OT boundary.",
		Good:    "The owner reports to executive management from a central risk, security or CIO/CISO function, and there are recorded cases where they decided an IT/OT dispute and both sides applied the decision.",
		Seed:    "enterprise-level-placement",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "GOV-03", Area: "GOV",
		Text:    "Does the ISMS owner hold the core of the management system: the scope, the risk assessment method, the policy framework, the statement of applicability, the internal audit programme and management review?",
		Why:     "If these elements are spread across teams, plants end up with their own risk methods and the statement of applicability stops describing what is really operated.",
		Good:    "Each core document and process names the ISMS owner as accountable, one version is used at every site, and the latest management review output was issued under the owner's authority.",
		Seed:    "owner-holds-isms-core",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 1,
	},
	{
		ID: "GOV-04", Area: "GOV",
		Text:    "Does executive management formally approve the security policies and accept the residual risk, including the risk that remains on plant systems?",
		Why:     "Residual risk on legacy control systems is a business decision about safety, production and product quality; if executives never see it, it is accepted by default by people with no authority to do so.",
		Good:    "Policies carry an executive approval date, and a residual-risk statement covering IT and OT is signed at management review, with the open OT risks listed individually rather than summarised away.",
		Seed:    "executive-accountability",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "GOV-05", Area: "GOV",
		Text:    "Is it defined who may accept a risk or grant an exception to a security policy, up to which level of risk, and do plant and IT staff know how to ask for one?",
		Why:     "If it is unclear who can sign off an exception, unpatchable controllers and vendor workarounds either wait for months or are silently tolerated, and both end up as audit findings.",
		Good:    "A written authority matrix ties risk levels to approvers, exceptions go through one route with an expiry date, and a sample of recent OT exceptions shows the right person signed each one.",
		Seed:    "risk-acceptance-authority",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "GOV-06", Area: "GOV",
		Text:    "Does an ISMS steering group with leaders from IT, OT, Quality and plant operations meet to decide the scope, the priorities and the criteria for judging risk?",
		Why:     "Scope and risk criteria set without production and quality at the table are either ignored on the plant floor or lead to controls that cannot be deployed there.",
		Good:    "The group meets on a fixed cadence with a standing agenda, its members include plant operations and quality leaders, and its minutes record what was decided about scope changes, the order of work and how risk is rated.",
		Seed:    "steering-group",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "GOV-07", Area: "GOV",
		Text:    "Are the risk criteria set deliberately by leadership and expressed in plant terms (harm to people, product quality, environmental release, lost production) as well as loss of information?",
		Why:     "Criteria written only around confidentiality make a compromised safety or batch control system look minor, so OT risks are ranked too low and money follows the wrong priorities.",
		Good:    "The risk method has impact scales for safety, quality, environment and downtime approved by leadership, and OT entries in the risk register are scored against those scales.",
		Seed:    "risk-criteria-business-impact",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},

	// SCO: Scope definition.
	{
		ID: "SCO-01", Area: "SCO",
		Text:    "Does the ISMS scope name precisely the plants, production lines, networks, systems and data it covers, and which are left out and why?",
		Why:     "A vague scope such as \"all IT systems\" leaves auditors and engineers guessing whether control systems, historians or MES are covered, and exclusions happen by accident.",
		Good:    "The scope statement lists sites and network zones by name, refers to an asset and data-flow inventory, justifies every exclusion, and matches the wording on the certificate.",
		Seed:    "scope-definition",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "SCO-02", Area: "SCO",
		Text:    "Are shared IT/OT components such as plant domain controllers, DMZ firewalls, data diodes, VPN gateways and cloud historians explicitly in scope, each with a named owner?",
		Why:     "These components sit on the boundary, so each side tends to assume the other looks after them, yet a weakness in any one of them opens a path into the plant.",
		Good:    "A boundary component list names each shared device or service, its owning role, the team that operates it and the plants it serves, and it is reviewed whenever the architecture changes.",
		Seed:    "shared-components-scope",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "SCO-03", Area: "SCO",
		Text:    "Are all vendor and integrator remote access routes into the plants identified and in scope, including modems, vendor-installed gateways and remote support tools?",
		Why:     "Seen from the corporate side, it is easy to miss support paths that machine builders installed straight onto the plant network, and these are a favoured way in for attackers.",
		Good:    "Each plant has a list of its remote access routes with supplier, connection method and approver, and any route found outside the list is treated as an incident or closed.",
		Seed:    "it-only-scope-gaps",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "SCO-04", Area: "SCO",
		Text:    "Are the data flows between plants, and between the plant floor and enterprise or cloud systems, mapped and covered by the scope?",
		Why:     "Recipe downloads, batch and quality records, historian replication and links between sites are easily missed when scope is drawn around servers instead of flows, and they carry both risk and regulated data.",
		Good:    "A current data-flow diagram per plant shows every flow across the IT/OT boundary and between sites, with direction, protocol, owner and the control that protects it.",
		Seed:    "it-only-scope-gaps",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 3,
	},
	{
		ID: "SCO-05", Area: "SCO",
		Text:    "Are the corporate elements that plant systems depend on (the identity directory, the laptops engineers and support staff connect from, and cloud services that receive OT data) inside the scope?",
		Why:     "Seen from the plant side, the scope tends to stop at the plant firewall, but a compromised corporate account or engineering laptop reaches OT just as effectively as an attack on the plant itself.",
		Good:    "The scope lists the directories, engineering and support laptops, and cloud tenants that touch plant systems or data, and each has an IT owner who knows it is in scope.",
		Seed:    "ot-only-scope-gaps",
		Applies: AppliesIT, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "SCO-06", Area: "SCO",
		Text:    "Is the scope reviewed and updated when a plant, line, acquisition or new IT/OT connection is added or removed?",
		Why:     "Manufacturing estates change through acquisitions, new lines and digital projects, and a scope that is not maintained quietly falls behind the real network.",
		Good:    "Project and change procedures include a scope-impact check, the steering group approves scope changes, and the scope document's revision history follows recent site and connectivity changes.",
		Seed:    "scope-definition",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},

	// ROL: Roles and RACI.
	{
		ID: "ROL-01", Area: "ROL",
		Text:    "Is there a documented RACI that separates accountability for the ISMS as a whole from responsibility for implementing controls in IT and in OT?",
		Why:     "Without this split, the ISMS owner is blamed for every technical gap, or technical leads assume they own risk decisions they have no authority to take.",
		Good:    "The RACI has one accountable role for the ISMS, shows the responsible roles per control area for IT, OT and shared infrastructure, and is approved, versioned and known to the people it names.",
		Seed:    "raci-accountability-vs-responsibility",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "ROL-02", Area: "ROL",
		Text:    "Does the IT lead clearly own the delivery and day-to-day running of controls for corporate servers, networks, end-user devices, business applications, identity and the cloud services covered by the scope?",
		Why:     "Corporate IT controls are the foundation many plant controls rely on, so vague responsibility there weakens both domains at once.",
		Good:    "The head of IT or infrastructure has this responsibility in the RACI and in their objectives, reports control status to the ISMS owner, and holds the budget for the IT part of the plan.",
		Seed:    "it-domain-responsibility",
		Applies: AppliesIT, Weight: 2, InterfaceRisk: 1,
	},
	{
		ID: "ROL-03", Area: "ROL",
		Text:    "Does an OT lead (automation, engineering or plant digital) clearly own the delivery and day-to-day running of controls for SCADA, DCS, PLCs, MES, historians and plant networks, within the limits set by process safety, quality and validation?",
		Why:     "Plant controls can only be delivered by people who understand the process and its safety and validation limits; if nobody in OT holds this, IT either overreaches or the plant is left unmanaged.",
		Good:    "A named OT lead per plant or region holds this responsibility in the RACI, has time set aside for it, and plans security work together with process safety and quality.",
		Seed:    "ot-domain-responsibility",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "ROL-04", Area: "ROL",
		Text:    "Is it defined what Quality, EHS, Legal, HR and Procurement each bring to the ISMS, in rating risk, setting supplier terms, training staff and handling incidents?",
		Why:     "Many controls that matter on the plant floor are delivered by these functions, and if their part is undefined the ISMS runs on goodwill rather than on duties.",
		Good:    "Each supporting function has named responsibilities in the RACI and a contact person, and recent records show their input, for example EHS rating safety impact in the risk assessment.",
		Seed:    "supporting-functions",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "ROL-05", Area: "ROL",
		Text:    "Is the ISMS manager's role defined as coordinating, maintaining and reporting on the system, while each risk is owned by a business or plant manager who can act on it?",
		Why:     "If the ISMS manager is listed as owner of every risk, the people who control budgets and production never take the decisions, and risk treatment stalls.",
		Good:    "The risk register names a business or plant owner for each risk, the ISMS manager maintains the register and chases actions, and treatment decisions are signed by the risk owners.",
		Seed:    "isms-manager-custodian",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 1,
	},
	{
		ID: "ROL-06", Area: "ROL",
		Text:    "Do department heads and plant managers own specific controls, for example access management, supplier security or physical access to control rooms, and have they accepted that ownership?",
		Why:     "Giving control ownership to the managers who run the activity builds security into daily work, instead of leaving it to a central team that cannot act on the plant floor.",
		Good:    "Each applicable control has an owning role in the statement of applicability or RACI, the owners have confirmed the assignment, and they can explain how their control is run and checked.",
		Seed:    "control-owners",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},

	// INT: Interfaces with other management systems.
	{
		ID: "INT-01", Area: "INT",
		Text:    "Is it written down, and followed, how the ISMS hands over to the quality system, process safety management, validation and qualification, and plant change management?",
		Why:     "Plants already run strict management systems; if the ISMS does not say how it hands over to them, security changes either bypass them or get stuck in them.",
		Good:    "A documented interface states for each process who triggers whom, which records are shared and who decides, and recent security changes show the hand-offs actually took place.",
		Seed:    "management-system-interfaces",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "INT-02", Area: "INT",
		Text:    "Is it agreed and documented that security controls give way to quality and safety requirements, and how a clash between them is settled?",
		Why:     "A security measure that locks an operator screen, delays a safety function or invalidates a qualified system can do more harm than the threat it addresses.",
		Good:    "Policy states the precedence rule, conflicts are escalated to a named forum where EHS and Quality sit, and each resolution and any compensating control is recorded.",
		Seed:    "quality-safety-precedence",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "INT-03", Area: "INT",
		Text:    "Do Quality and EHS take part in the information security risk assessment of plant systems, so that safety and product quality impacts are rated by the people who own them?",
		Why:     "Security staff alone cannot judge whether a compromised controller could cause a release, an injury or a bad batch, so OT risks end up wrongly rated.",
		Good:    "Risk workshops for plant systems list Quality and EHS participants, and the risk records carry safety and quality impact ratings they have reviewed.",
		Seed:    "supporting-functions",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 3,
	},
	{
		ID: "INT-04", Area: "INT",
		Text:    "Does Procurement build security requirements (remote access rules, patch and vulnerability support, incident notification) into contracts with OT vendors, machine builders and integrators?",
		Why:     "Most plant equipment arrives with a supplier support route and software the plant cannot change, so the contract is often the only lever the organisation has.",
		Good:    "Standard OT purchase and service templates contain security clauses agreed with the OT lead, and new equipment orders are checked against them before approval.",
		Seed:    "supporting-functions",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 3,
	},
	{
		ID: "INT-05", Area: "INT",
		Text:    "Does HR, together with the OT lead, make sure operators, maintenance technicians and contractors receive security training that fits the plant floor?",
		Why:     "Generic office awareness courses rarely cover USB sticks in HMIs, shared operator logins or odd controller behaviour, which are the plant's real exposures.",
		Good:    "Induction and refresher training for plant staff and contractors has plant-specific security content, completion is tracked per site, and shift teams can say how they would report a suspicious event.",
		Seed:    "supporting-functions",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 1,
	},
	{
		ID: "INT-06", Area: "INT",
		Text:    "Are security requirements built into existing plant procedures and records (SOPs, deviations, CAPA, management of change) rather than run as a separate, parallel set?",
		Why:     "Parallel security paperwork is ignored on the plant floor and doubles the audit effort, while steps embedded in existing procedures get followed because they are already part of the job.",
		Good:    "Security steps appear inside the relevant SOPs and change forms, security nonconformities use the existing CAPA system, and no plant keeps a separate security-only procedure set.",
		Seed:    "management-system-interfaces",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},

	// CTL: Control ownership by domain.
	{
		ID: "CTL-01", Area: "CTL",
		Text:    "For every applicable Annex A control, is it recorded who delivers it for corporate IT, for plant OT and for shared infrastructure?",
		Why:     "A control owned in IT is not automatically operated in OT; without a per-domain assignment, controls such as patching or logging quietly stop at the plant boundary.",
		Good:    "The control ownership matrix has an IT, OT and shared-infrastructure entry for every applicable control with no blank rows, and owners confirm their entries at least once a year.",
		Seed:    "control-ownership-by-domain",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "CTL-02", Area: "CTL",
		Text:    "Do IT and OT have an agreed split of duties for the services they share (identity, backup, logging and the IT/OT DMZ), including who may change what and who is called when it fails?",
		Why:     "Shared services are where one team's routine change breaks the other team's operation, and where attackers cross from the office network into the plant.",
		Good:    "An operating agreement for each shared service defines responsibilities, change approval by both sides and escalation contacts, and joint changes follow it.",
		Seed:    "shared-infrastructure-coordination",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "CTL-03", Area: "CTL",
		Text:    "Do plant systems use corporate security services such as central log collection and vulnerability management, adapted to what OT assets can safely tolerate?",
		Why:     "Plants that build everything alone duplicate effort and leave gaps, while corporate tools applied unchanged, such as active network scans, can upset fragile controllers.",
		Good:    "OT logs reach the central monitoring service through an agreed path, vulnerability data for plant assets comes from passive monitoring or the inventory, and the OT-safe settings are documented.",
		Seed:    "supplier-lifecycle-realities",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "CTL-04", Area: "CTL",
		Text:    "Where a control is operated separately at each plant, is there a named owner per site working to a common minimum baseline set by the central control owner?",
		Why:     "Physical access, backups and account reviews are run by local teams; without a local owner and a shared baseline, practice drifts from site to site and gaps go unnoticed.",
		Good:    "Site owners are listed for each locally operated control, the baseline is published, and site results are compared side by side in central reporting.",
		Seed:    "control-owners",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "CTL-05", Area: "CTL",
		Text:    "Is it decided whether plant systems use the corporate identity directory, a separate plant domain or local accounts, and who administers any trust between them?",
		Why:     "Identity is the most common service shared by IT and OT, and a careless trust relationship or shared admin account lets a corporate compromise reach every plant.",
		Good:    "A documented OT identity design states the directory model, trusts and admin tiers, names the administering team, and privileged accounts that span both sides are listed and reviewed.",
		Seed:    "shared-infrastructure-coordination",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 3,
	},
	{
		ID: "CTL-06", Area: "CTL",
		Text:    "Does the statement of applicability show, for each control, how it is applied on plant systems and where compensating controls replace the standard approach?",
		Why:     "Auditors and engineers need to see that OT exceptions such as unpatched controllers are deliberate and covered, not simply overlooked.",
		Good:    "Statement of applicability entries carry an OT implementation note and point to the compensating controls and risk acceptances used where the corporate approach cannot be applied.",
		Seed:    "control-ownership-by-domain",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},

	// CHG: Change and downtime constraints.
	{
		ID: "CHG-01", Area: "CHG",
		Text:    "Are security changes on plant systems (patching, network segmentation, MFA rollout) planned around each plant's downtime windows, its turnaround calendar and the validation or requalification effort they cause?",
		Why:     "Plans that ignore production windows and qualification effort miss their dates, are quietly dropped, or push changes into running plants where they can trip equipment.",
		Good:    "The security roadmap is aligned with each plant's maintenance and turnaround calendar, every OT change names its window and qualification effort, and operations and quality have agreed the plan.",
		Seed:    "change-downtime-constraints",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3, Downtime: true,
	},
	{
		ID: "CHG-02", Area: "CHG",
		Text:    "Do security-driven changes to plant systems go through the same engineering review, management of change and validation steps as any other plant change, with no IT shortcut?",
		Why:     "A firewall rule, agent install or password change pushed from the corporate side can stop a line or invalidate a qualified system if it skips engineering review.",
		Good:    "Change records show security changes to OT raised in the plant change system with engineering and quality approval, and corporate deployment tools cannot reach OT assets without that approval.",
		Seed:    "regulated-change-control",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3, Downtime: true,
	},
	{
		ID: "CHG-03", Area: "CHG",
		Text:    "Before a new security control (endpoint agent, application allow-listing, new firewall, MFA) is introduced on regulated equipment, does it go through the plant's existing validation and qualification steps?",
		Why:     "New security software on a validated system changes its qualified state, and skipping the gate exposes the plant to regulatory findings and blocked product release.",
		Good:    "A validation plan, test evidence and quality release exist for each new security control on regulated equipment, and vendor compatibility statements are on file.",
		Seed:    "change-control-gates",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3, Downtime: true,
	},
	{
		ID: "CHG-04", Area: "CHG",
		Text:    "Is there an OT patching approach that uses vendor-approved patches, tests them offline where possible and defines compensating controls for assets that cannot be patched?",
		Why:     "Many control system components may only take patches the vendor has qualified, and some never receive any, so a blanket corporate patch deadline is neither safe nor achievable.",
		Good:    "For each OT asset class the patch source, qualification route, target window and compensating controls are recorded, and overdue or unpatchable assets carry a dated risk acceptance.",
		Seed:    "supplier-lifecycle-realities",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 2, Downtime: true,
	},
	{
		ID: "CHG-05", Area: "CHG",
		Text:    "Are remediation dates for OT findings negotiated between the ISMS owner, operations and quality, and recorded as time-limited risk acceptances rather than open-ended overdue actions?",
		Why:     "Deadlines copied from IT policy cannot be met on the plant floor, and without an agreed date the gap is neither fixed nor formally accepted.",
		Good:    "Each OT finding has a target date tied to a planned window and an interim risk acceptance signed at the right level, and overdue items are reviewed by the steering group.",
		Seed:    "realistic-timelines",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "CHG-06", Area: "CHG",
		Text:    "Is there an agreed route for urgent security changes on OT, for example for an actively exploited vulnerability, that brings in operations, safety and quality quickly without skipping their review?",
		Why:     "Waiting for the next turnaround may be too slow for a live threat, but an improvised emergency change on a running plant can be more dangerous than the threat itself.",
		Good:    "The OT emergency change procedure names who decides and how a short window or an interim measure such as cutting a connection is arranged, and it has been used or rehearsed.",
		Seed:    "change-downtime-constraints",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 3, Downtime: true,
	},

	// INC: Incident response integration.
	{
		ID: "INC-01", Area: "INC",
		Text:    "Are cyber incidents affecting plant systems triaged and escalated together with the incident handling that safety, operations and quality already run?",
		Why:     "The first question in an OT incident is whether people, product or the process are at risk; the security team cannot answer it alone, and the answer changes who must be called.",
		Good:    "The incident procedure has OT-specific severity criteria, names the shift supervisor, EHS and quality contacts for each plant, and records of recent events show joint triage.",
		Seed:    "ot-incident-integration",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "INC-02", Area: "INC",
		Text:    "Do OT response playbooks say who may decide to cut a plant off from the corporate network, switch to manual or safe-state operation, or shut down, and have these steps been tested?",
		Why:     "Containment on the plant floor is an operational decision with safety and financial consequences, and working it out for the first time during an attack is too late.",
		Good:    "Playbooks per plant name the decision-maker for isolation and shutdown and list the isolation points, and a test in a planned window has shown the plant can run or stop safely when cut off.",
		Seed:    "ot-incident-integration",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3, Downtime: true,
	},
	{
		ID: "INC-03", Area: "INC",
		Text:    "Are OT vendors and integrators committed to support incident response (contacts, response times, help with forensic and recovery work), and do plants know how to reach them?",
		Why:     "Restoring a controller or SCADA server often needs the vendor's tools and knowledge, and arranging that in the middle of an incident adds hours of downtime.",
		Good:    "Service contracts include incident support terms, each plant's incident kit holds a current vendor contact list, and a vendor has taken part in at least one exercise.",
		Seed:    "supporting-functions",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 3,
	},
	{
		ID: "INC-04", Area: "INC",
		Text:    "After a cyber incident on plant systems, does Quality assess the impact on product, batch records and data integrity before affected output is released?",
		Why:     "A compromised historian, MES or control system may have altered recipes or records, so product made during the incident may not be fit for release.",
		Good:    "The incident procedure triggers a quality impact assessment and a deviation for affected systems, and release of affected product waits for Quality's sign-off.",
		Seed:    "ot-incident-integration",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 3,
	},
	{
		ID: "INC-05", Area: "INC",
		Text:    "Is it clear who notifies regulators, authorities, customers and the certification body after a significant incident, and does that route run through the ISMS owner and Legal?",
		Why:     "Manufacturers can face reporting deadlines under safety, product and critical-infrastructure rules, and late or conflicting notices from individual plants cause legal and reputational damage.",
		Good:    "A notification matrix lists each obligation, its deadline and the role that sends the notice, Legal reviews it every year, and plants know to escalate rather than notify on their own.",
		Seed:    "regulator-auditor-interface",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "INC-06", Area: "INC",
		Text:    "Are lessons from OT incidents and near misses fed into both the ISMS improvement process and the plant's existing CAPA or safety learning system?",
		Why:     "If lessons stay in one system the other repeats the mistake; a safety investigation may never learn that the root cause was a vendor connection.",
		Good:    "Post-incident reviews of OT events raise linked actions in the CAPA or safety system and in the ISMS, with owners and due dates tracked to closure.",
		Seed:    "management-system-interfaces",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "INC-07", Area: "INC",
		Text:    "Have IT, OT, safety, operations and quality rehearsed their incident roles together in an exercise built on a plant scenario within the last year?",
		Why:     "Incident roles that have never been practised tend to collapse under pressure, and joint exercises expose the gaps between separate procedures.",
		Good:    "A dated exercise report covers a realistic plant scenario, lists participants from all five groups, and its actions are tracked to closure.",
		Seed:    "paper-roles",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},

	// BRF: Brownfield and lifecycle.
	{
		ID: "BRF-01", Area: "BRF",
		Text:    "Have the controls the plant already runs under its quality, safety and engineering systems (for example access rules for validated systems, safety bypass procedures, management of change) been mapped to Annex A, with the cases where they already meet a requirement recorded?",
		Why:     "Plants often already run strong controls under another name, and replacing them with parallel security processes wastes effort and creates conflicting rules.",
		Good:    "A mapping table links each relevant plant control to the Annex A controls it fully or partly satisfies, records the evidence, and lists the gaps that remain.",
		Seed:    "map-not-replace",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "BRF-02", Area: "BRF",
		Text:    "Is OT security work prioritised by risk, starting with remote access into the plants, connectivity between plants and vendor support routes, instead of attempting to bring all old equipment up to one standard in a single push?",
		Why:     "Brownfield estates hold far too many old assets to fix in one go, and attacks on plants mostly arrive through a handful of connections rather than through individual devices.",
		Good:    "The OT roadmap ranks work by exposure and impact, its top items deal with remote and cross-site connections, and progress is reported to the steering group.",
		Seed:    "risk-based-prioritisation",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "BRF-03", Area: "BRF",
		Text:    "Does the OT asset inventory record vendor support status, end-of-life dates, patchability and the compensating controls for each legacy system?",
		Why:     "Control systems stay in service for decades, and unsupported ones need compensating protection and a replacement plan rather than repeated failed patch attempts.",
		Good:    "The inventory shows support and patch status per asset, unsupported assets have named compensating controls and an accepted risk, and lifecycle data feeds capital planning.",
		Seed:    "supplier-lifecycle-realities",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "BRF-04", Area: "BRF",
		Text:    "When security measures are retrofitted to legacy or validated plant systems, are they impact-assessed, tested and requalified through the existing change and qualification process?",
		Why:     "Retrofits on old systems carry the highest risk of side effects, and an unqualified change to a validated system can put product release at risk.",
		Good:    "Each retrofit has an impact assessment, a trial on a spare or offline system where one exists, a qualification record and an agreed back-out plan.",
		Seed:    "change-control-gates",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 3, Downtime: true,
	},
	{
		ID: "BRF-05", Area: "BRF",
		Text:    "Are security requirements written into capital projects, line upgrades and equipment replacements so that new plant systems arrive in a securable state?",
		Why:     "The cheapest moment to fix an OT weakness is before purchase; once a line is qualified it may run unchanged for twenty years.",
		Good:    "Project gate reviews include a security check signed by the OT lead, specifications refer to the OT security standard, and factory and site acceptance tests include security items.",
		Seed:    "supplier-lifecycle-realities",
		Applies: AppliesOT, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "BRF-06", Area: "BRF",
		Text:    "Is every vendor support route into the plants brokered through an approved access point, individually authenticated, time-limited and logged, with plant approval for each session?",
		Why:     "Permanent, shared vendor connections are among the most abused ways into industrial networks and are often invisible to corporate security.",
		Good:    "Vendor sessions start only through the approved remote access service with named accounts and MFA, plant staff approve and can watch each session, and the logs are reviewed.",
		Seed:    "risk-based-prioritisation",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "BRF-07", Area: "BRF",
		Text:    "Is connectivity between plants, and between plants and shared corporate services, restricted so that a compromise at one site cannot spread freely to the others?",
		Why:     "Flat wide-area networks and shared engineering domains let one infected site take several plants down at the same time.",
		Good:    "Traffic between sites is limited to documented flows through controlled points, each plant can be isolated without stopping the others, and the rule sets are reviewed on a schedule.",
		Seed:    "risk-based-prioritisation",
		Applies: AppliesOT, Weight: 3, InterfaceRisk: 3, Downtime: true,
	},

	// MOD: Ownership model choice.
	{
		ID: "MOD-01", Area: "MOD",
		Text:    "Has the organisation consciously chosen its ownership model (centralised, federated or executive-led) and recorded why it suits its culture, number of plants and regulatory exposure?",
		Why:     "Each model has known weaknesses, and an unplanned mix usually inherits the weaknesses of all three without the strengths of any.",
		Good:    "The ISMS manual names the chosen model, gives the reasons, lists its weaknesses with countermeasures, and the choice is revisited at management review after major organisational change.",
		Seed:    "model-choice-fit",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 1,
	},
	{
		ID: "MOD-02", Area: "MOD",
		Text:    "Where a central security team holds most of the responsibility, are the plants and business units kept engaged, for example through site security contacts and shared objectives?",
		Why:     "Central ownership makes coordination easy but lets plant managers treat security as someone else's job, so controls erode between audits.",
		Good:    "Each plant has a named security contact with time allocated, plant managers carry security objectives, and central plans are agreed with the sites rather than simply issued to them.",
		Seed:    "model-centralised",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "MOD-03", Area: "MOD",
		Text:    "Where plants and departments own their own controls, does a central function keep oversight through a common risk method, minimum baselines and consolidated reporting?",
		Why:     "Federated ownership scales across many sites but drifts into inconsistent practice unless the centre sets and checks a common floor.",
		Good:    "All sites use the same risk method and baseline, the centre receives comparable status reports from every site, and departures from the baseline are approved centrally.",
		Seed:    "model-federated",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "MOD-04", Area: "MOD",
		Text:    "Where the model relies on executive leadership, is that commitment visible: security on the executive agenda, resources granted and decisions taken on plant security risks?",
		Why:     "Executive-led ownership suits regulated manufacturers, but without sustained leadership attention it shrinks to a signature on a policy.",
		Good:    "Executive meeting minutes show security items with decisions at least every quarter, the security budget covers OT needs, and executives sponsor named OT improvement actions.",
		Seed:    "model-executive-led",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 1,
	},
	{
		ID: "MOD-05", Area: "MOD",
		Text:    "Is there a defined way to weigh the plants' need for continuous, safe production against IT's drive for uniform, hardened controls when the two collide at the IT/OT boundary?",
		Why:     "Left to the two teams, the louder voice wins: either plants stay exposed for the sake of uptime, or standard controls are forced onto systems that cannot take them.",
		Good:    "Disputes go through a documented escalation path to the ISMS owner or steering group, are decided against the agreed risk criteria, and the outcome and its reasoning are recorded.",
		Seed:    "conflicting-priorities",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 3,
	},
	{
		ID: "MOD-06", Area: "MOD",
		Text:    "For risks that cross the IT/OT boundary, does the central risk team or CISO office decide whether to accept, reduce or transfer them, and record the decision?",
		Why:     "Neither the IT nor the OT team can weigh the full business impact of a boundary risk, and treatment decisions taken locally end up inconsistent across plants.",
		Good:    "Cross-domain risks in the register show a treatment decision by the central team with its rationale and cost, signed by the approving risk owner.",
		Seed:    "central-risk-arbitration",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},

	// PRA: Ownership in practice.
	{
		ID: "PRA-01", Area: "PRA",
		Text:    "Are the named ISMS roles actually exercised (decisions taken, reviews held, actions followed up) rather than only written into documents?",
		Why:     "Auditors and attackers alike find the gap between the organisation chart and what people really do; a role nobody performs protects nothing.",
		Good:    "For each key role there is recent evidence of activity such as signed decisions, minuted reviews and closed actions, and the role holders can describe what they did last quarter.",
		Seed:    "paper-roles",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "PRA-02", Area: "PRA",
		Text:    "When executives or the ISMS owner delegate security tasks to IT, OT or plant teams, do they still receive reports on them and answer for the outcome?",
		Why:     "Handing down tasks is normal, but when accountability is handed down with them nobody senior knows, or answers for, the state of plant security.",
		Good:    "Delegations are written down with scope and reporting duties, the delegating executive reviews status at a set frequency, and the executive, not only the delegate, explains incidents to the board.",
		Seed:    "delegation-without-accountability",
		Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2,
	},
	{
		ID: "PRA-03", Area: "PRA",
		Text:    "Is ownership judged by behaviour (decisions, investment and follow-through) and not only by the existence of policies and role descriptions?",
		Why:     "A complete document set can hide an ISMS that nobody drives, especially at plants that are only visited at audit time.",
		Good:    "Management review looks at measures such as exceptions decided, actions closed on time and plant visits made, and the consultant can trace at least one recent decision to each owner.",
		Seed:    "documentation-over-behaviour",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 1,
	},
	{
		ID: "PRA-04", Area: "PRA",
		Text:    "Do executives attend management review in person and take decisions there on resources and on plant security risks?",
		Why:     "Management review is where executive accountability becomes visible; if it is passed to a deputy or run as a status report, risk decisions drift back down the organisation.",
		Good:    "Minutes show executive attendance, explicit decisions on budget, priorities and OT risk acceptances, and follow-up of the decisions taken at the previous review.",
		Seed:    "executive-accountability",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "PRA-05", Area: "PRA",
		Text:    "Does the ISMS owner lead certification audits and regulator inspections on information security, with the IT and OT owners presenting the evidence for their own domains?",
		Why:     "One lead contact keeps the account consistent across sites, and domain owners presenting their own evidence shows that ownership is real rather than borrowed.",
		Good:    "Audit plans name the ISMS owner as lead contact, plant audits are attended by the OT owner, and findings are assigned to domain owners within days of the closing meeting.",
		Seed:    "regulator-auditor-interface",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "PRA-06", Area: "PRA",
		Text:    "Do control owners in IT and in the plants regularly report on the state of their controls and act on gaps without being chased by the ISMS team?",
		Why:     "Control ownership only works if owners check their own controls; if the ISMS team has to find every gap, the ownership is nominal.",
		Good:    "Control owners submit periodic self-assessments with evidence, gaps they raise themselves appear in the action log, and overdue actions are the exception.",
		Seed:    "control-owners",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
	{
		ID: "PRA-07", Area: "PRA",
		Text:    "Does the internal audit programme actually reach the plants, using auditors who understand OT, and do owners act on what it finds?",
		Why:     "An audit programme that samples only head office gives management a false picture of the part of the estate where most operational risk sits.",
		Good:    "The audit plan covers every in-scope plant over the cycle, OT audit work is done by or with an OT-competent auditor, and plant findings are closed on time.",
		Seed:    "owner-holds-isms-core",
		Applies: AppliesBoth, Weight: 2, InterfaceRisk: 2,
	},
}
