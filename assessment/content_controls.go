package assessment

import (
	"sync"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The 93 controls of ISO/IEC 27001:2022 Annex A, in Annex A order, with our
// own short labels and a plant-floor relevance judgement.
//
// The labels exist so that a consultant can map a matrix row to the same
// line of the Statement of Applicability at a glance: shown after the
// number, each keeps the key words of the standard's title, shortened to fit
// a table row header and, where a title is only one or two words, reworded
// (other word order, one added word) rather than copied. The test suite
// checks the IDs and themes against a reference list kept outside the
// repository, that every label stays close to its title, and that no label
// is a verbatim title.
//
// How the plant-floor Relevance was judged:
//
//   - High: a failure of the control on the plant floor can directly hurt
//     people, stop production or compromise product quality, AND the
//     corporate way of operating it cannot be reused unchanged, so OT has to
//     own delivery. This covers suppliers with access to plant systems
//     (5.19-5.22), incident handling (5.24-5.28), continuity (5.29, 5.30),
//     the whole physical theme (control rooms, rack rooms, field cabinets,
//     utilities, removable media), and the technical controls where OT
//     practice differs most from IT: asset inventory, malware, vulnerabilities,
//     configuration, backup, logging and monitoring, networks and zoning,
//     privileged and engineering access, software installation and change.
//     Remote work is High because off-site engineers and vendors are one of
//     the main routes into plant networks.
//   - Medium: the control applies to OT, but the corporate process can be
//     reused once it is adapted to shift work, shared operator stations,
//     validated systems or integrator-built software.
//   - Low: the control is essentially corporate (HR, legal, office
//     information handling); the plants inherit it with little or no change,
//     usually because plant systems hold little of the information concerned
//     or should not offer the function at all.
//
// In regulated (GMP/GxP) or safety-critical plants some Medium controls
// behave like High ones; the presets and findings engine take the site
// profile into account, so the static value here stays a general default.

var controls = []Control{
	// Organizational controls (5.1 - 5.37).
	{ID: "5.1", Theme: ThemeOrganizational, Label: l10n.M("Information security policies"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Plants need the corporate policies to carry an OT annex or standard that respects safety, uptime and validation, otherwise the policy is simply ignored on the shop floor.")},
	{ID: "5.2", Theme: ThemeOrganizational, Label: l10n.M("Security roles and responsibilities"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Without named OT roles for each control, plant systems fall between corporate IT and engineering, which is the gap this whole assessment exists to close.")},
	{ID: "5.3", Theme: ThemeOrganizational, Label: l10n.M("Segregating duties"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Small plant teams often write, approve and download controller logic themselves, so independent review or peer sign-off has to stand in for full separation.")},
	{ID: "5.4", Theme: ThemeOrganizational, Label: l10n.M("Responsibilities of management"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Plant managers and shift leaders are the ones who must make staff and contractors follow the rules during production pressure.")},
	{ID: "5.5", Theme: ThemeOrganizational, Label: l10n.M("Contact with the authorities"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Sites under safety, environmental or critical-infrastructure regulation need an agreed contact path for reporting incidents that affect the process.")},
	{ID: "5.6", Theme: ThemeOrganizational, Label: l10n.M("Special interest group contacts"), Relevance: RelevanceLow,
		OTNote: l10n.M("Sector information-sharing groups on industrial threats are valuable but are normally joined centrally and relayed to the plants.")},
	{ID: "5.7", Theme: ThemeOrganizational, Label: l10n.M("Intelligence on threats"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Advisories for industrial products must be filtered against the controller models and firmware actually installed, which needs OT input.")},
	{ID: "5.8", Theme: ThemeOrganizational, Label: l10n.M("Security in project management"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Capital projects and line builds fix the plant architecture for decades, so security must be in the specifications and acceptance tests from the start.")},
	{ID: "5.9", Theme: ThemeOrganizational, Label: l10n.M("Inventory of information and assets"), Relevance: RelevanceHigh,
		OTNote: l10n.M("PLCs, HMIs, engineering workstations and their firmware versions cannot be protected or patched if nobody knows they exist.")},
	{ID: "5.10", Theme: ThemeOrganizational, Label: l10n.M("Acceptable use of information and assets"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Use of USB sticks, personal phones and contractor laptops at HMIs and in control rooms needs plant-specific rules.")},
	{ID: "5.11", Theme: ThemeOrganizational, Label: l10n.M("Returning assets"), Relevance: RelevanceLow,
		OTNote: l10n.M("Contractor laptops, licence dongles and cabinet keys must come back at the end of a job, but the corporate leaver and contractor process usually covers it.")},
	{ID: "5.12", Theme: ThemeOrganizational, Label: l10n.M("Information classification"), Relevance: RelevanceLow,
		OTNote: l10n.M("Recipes, process parameters and drawings need a classification, but the corporate scheme applies to them unchanged.")},
	{ID: "5.13", Theme: ThemeOrganizational, Label: l10n.M("Information labelling"), Relevance: RelevanceLow,
		OTNote: l10n.M("Labelling matters mostly for documents and exports; plant systems rarely need more than the corporate labelling rules.")},
	{ID: "5.14", Theme: ThemeOrganizational, Label: l10n.M("Transfer of information"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Recipe downloads, batch records and vendor file transfers cross into plant networks and need defined, controlled transfer routes.")},
	{ID: "5.15", Theme: ThemeOrganizational, Label: l10n.M("Control of access"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Shared operator logins and emergency access at HMIs need rules that work for shift operation without slowing a response to a process upset.")},
	{ID: "5.16", Theme: ThemeOrganizational, Label: l10n.M("Management of identities"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Whether plants join the corporate directory or keep their own domain is a key IT/OT decision, and vendor identities must be managed as well.")},
	{ID: "5.17", Theme: ThemeOrganizational, Label: l10n.M("Information for authentication"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Default and hard-coded controller passwords and shared HMI credentials are common on plant systems and need a managed approach.")},
	{ID: "5.18", Theme: ThemeOrganizational, Label: l10n.M("Rights of access"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Leavers and former contractors keep access to plant systems when access reviews stop at the corporate directory.")},
	{ID: "5.19", Theme: ThemeOrganizational, Label: l10n.M("Security in supplier relationships"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Machine builders, integrators and control system vendors have deep access to plant systems, so supplier risk is a core OT risk.")},
	{ID: "5.20", Theme: ThemeOrganizational, Label: l10n.M("Security within supplier agreements"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Contracts with OT suppliers are the main lever for remote access rules, patch support and incident notification on equipment the plant cannot change.")},
	{ID: "5.21", Theme: ThemeOrganizational, Label: l10n.M("Security in the ICT supply chain"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Controllers, firmware and packaged skids arrive with software from several tiers of suppliers that the plant cannot inspect itself.")},
	{ID: "5.22", Theme: ThemeOrganizational, Label: l10n.M("Supplier services: monitoring, review, change"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Vendor remote support and managed plant services change over time and must be watched, reviewed and re-approved by the plant.")},
	{ID: "5.23", Theme: ThemeOrganizational, Label: l10n.M("Security for use of cloud services"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Cloud historians, remote monitoring and analytics services take plant data off site and sometimes send commands back in.")},
	{ID: "5.24", Theme: ThemeOrganizational, Label: l10n.M("Incident management planning and preparation"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Incident plans must cover plant scenarios, safety escalation and production decisions that a corporate plan does not address.")},
	{ID: "5.25", Theme: ThemeOrganizational, Label: l10n.M("Assessment and decision on security events"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Judging an event on a control system requires process knowledge to tell a cyber attack from an equipment fault.")},
	{ID: "5.26", Theme: ThemeOrganizational, Label: l10n.M("Response to security incidents"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Containment on the plant floor, such as isolating a network or stopping a line, is an operational and safety decision.")},
	{ID: "5.27", Theme: ThemeOrganizational, Label: l10n.M("Learning from security incidents"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Lessons from plant incidents must flow into engineering standards and the CAPA or safety learning process, not only the ISMS.")},
	{ID: "5.28", Theme: ThemeOrganizational, Label: l10n.M("Evidence collection"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Capturing evidence from controllers and HMIs competes with restoring production, so the plant must plan beforehand what to keep and how.")},
	{ID: "5.29", Theme: ThemeOrganizational, Label: l10n.M("Security during disruption"), Relevance: RelevanceHigh,
		OTNote: l10n.M("During a plant outage or manual operation, security must hold without getting in the way of a safe recovery.")},
	{ID: "5.30", Theme: ThemeOrganizational, Label: l10n.M("ICT readiness for continuity"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Recovery times for control systems decide how long production stays down, so OT recovery must be planned and tested.")},
	{ID: "5.31", Theme: ThemeOrganizational, Label: l10n.M("Legal, regulatory, contractual requirements"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Product, safety and critical-infrastructure rules place specific demands on plant systems and their records.")},
	{ID: "5.32", Theme: ThemeOrganizational, Label: l10n.M("Intellectual property"), Relevance: RelevanceLow,
		OTNote: l10n.M("Engineering software licences and recipe know-how matter, but the corporate legal process normally covers them.")},
	{ID: "5.33", Theme: ThemeOrganizational, Label: l10n.M("Protecting records"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Batch records, audit trails and historian data are often regulated records with integrity and retention requirements.")},
	{ID: "5.34", Theme: ThemeOrganizational, Label: l10n.M("Privacy and PII protection"), Relevance: RelevanceLow,
		OTNote: l10n.M("Plant systems hold little personal data beyond operator IDs, badge logs and camera footage, which corporate privacy rules cover.")},
	{ID: "5.35", Theme: ThemeOrganizational, Label: l10n.M("Independent review of security"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Independent reviews only give a true picture if they reach the plants and use reviewers who understand OT.")},
	{ID: "5.36", Theme: ThemeOrganizational, Label: l10n.M("Compliance with policies and standards"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Compliance with OT baselines must be checked at each site, often by the site owner against a common checklist.")},
	{ID: "5.37", Theme: ThemeOrganizational, Label: l10n.M("Documented procedures for operation"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Security steps belong inside existing plant SOPs and maintenance instructions rather than in separate documents.")},

	// People controls (6.1 - 6.8).
	{ID: "6.1", Theme: ThemePeople, Label: l10n.M("Personnel screening"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Contractor and integrator engineers often get privileged access to control systems, so vetting must extend to them.")},
	{ID: "6.2", Theme: ThemePeople, Label: l10n.M("Employment terms and conditions"), Relevance: RelevanceLow,
		OTNote: l10n.M("Employment terms are an HR matter set centrally, and plant staff inherit them unchanged.")},
	{ID: "6.3", Theme: ThemePeople, Label: l10n.M("Security awareness, education and training"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Operators and technicians need training on plant exposures such as removable media and odd controller behaviour, not only office phishing.")},
	{ID: "6.4", Theme: ThemePeople, Label: l10n.M("Process for discipline"), Relevance: RelevanceLow,
		OTNote: l10n.M("The disciplinary process is corporate, although it must also be applied to plant staff and contractors.")},
	{ID: "6.5", Theme: ThemePeople, Label: l10n.M("Responsibilities after termination or change"), Relevance: RelevanceMedium,
		OTNote: l10n.M("When an engineer leaves, the shared plant passwords and remote access they knew have to be changed, which is often forgotten.")},
	{ID: "6.6", Theme: ThemePeople, Label: l10n.M("Confidentiality agreements"), Relevance: RelevanceLow,
		OTNote: l10n.M("Confidentiality agreements with integrators protect plant designs but follow the standard legal templates.")},
	{ID: "6.7", Theme: ThemePeople, Label: l10n.M("Working remotely"), Relevance: RelevanceHigh,
		OTNote: l10n.M("On-call engineers and vendors reaching plant systems from home or off site are one of the main routes into OT, so the conditions must be set with OT.")},
	{ID: "6.8", Theme: ThemePeople, Label: l10n.M("Security event reporting"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Operators are often the first to notice abnormal HMI or controller behaviour and need a quick, simple way to report it.")},

	// Physical controls (7.1 - 7.14).
	{ID: "7.1", Theme: ThemePhysical, Label: l10n.M("Physical perimeters"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Plants are large sites with many entrances, and anyone who gets in can reach cabinets, panels and network equipment.")},
	{ID: "7.2", Theme: ThemePhysical, Label: l10n.M("Physical entry control"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Visitors, drivers and contractors enter production areas daily, so entry control is the first barrier to plant systems.")},
	{ID: "7.3", Theme: ThemePhysical, Label: l10n.M("Securing offices and facilities"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Control rooms, rack rooms and field cabinets hold the systems that run the process and must be locked and controlled.")},
	{ID: "7.4", Theme: ThemePhysical, Label: l10n.M("Monitoring of physical security"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Monitoring of critical plant rooms and perimeters detects tampering that network tools will never see.")},
	{ID: "7.5", Theme: ThemePhysical, Label: l10n.M("Physical and environmental threats"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Controllers and servers on the plant floor face heat, dust, water, vibration and fire risks that office equipment does not.")},
	{ID: "7.6", Theme: ThemePhysical, Label: l10n.M("Work in secure areas"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Contractors working in control and electrical rooms need supervision and rules about what they may connect or touch.")},
	{ID: "7.7", Theme: ThemePhysical, Label: l10n.M("Clear desk and screen"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Operator HMIs often cannot lock automatically without endangering the process, so the plant must design its own compensating rules.")},
	{ID: "7.8", Theme: ThemePhysical, Label: l10n.M("Siting and protection of equipment"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Engineering stations and network switches placed in open production areas are easy to tamper with or damage.")},
	{ID: "7.9", Theme: ThemePhysical, Label: l10n.M("Security of off-premises assets"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Engineering laptops and controllers sent away for repair carry plant logic and credentials off site.")},
	{ID: "7.10", Theme: ThemePhysical, Label: l10n.M("Managing storage media"), Relevance: RelevanceHigh,
		OTNote: l10n.M("USB sticks remain a leading way for malware to reach isolated plant networks, so media must be controlled and scanned.")},
	{ID: "7.11", Theme: ThemePhysical, Label: l10n.M("Support utilities"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Control systems depend on clean power, UPS and cooling, and a utility failure can stop or endanger the process.")},
	{ID: "7.12", Theme: ThemePhysical, Label: l10n.M("Security of cabling"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Network and fieldbus cabling runs through open plant areas where it can be tapped, cut or damaged.")},
	{ID: "7.13", Theme: ThemePhysical, Label: l10n.M("Maintenance of equipment"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Maintenance by vendors and technicians often involves connecting laptops and changing configurations on live equipment.")},
	{ID: "7.14", Theme: ThemePhysical, Label: l10n.M("Secure disposal or re-use"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Decommissioned controllers, HMIs and the disks of plant PCs still hold logic, recipes and credentials that must be wiped before they leave.")},

	// Technological controls (8.1 - 8.34).
	{ID: "8.1", Theme: ThemeTechnological, Label: l10n.M("User endpoint devices"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Engineering laptops and HMIs can reprogram the process, so their hardening is a plant responsibility.")},
	{ID: "8.2", Theme: ThemeTechnological, Label: l10n.M("Privileged access"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Engineering and administrator rights on plant systems allow logic changes that can stop production or defeat safety.")},
	{ID: "8.3", Theme: ThemeTechnological, Label: l10n.M("Restricting access to information"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Recipes and process data should be visible only to the roles that need them, within what the control system can enforce.")},
	{ID: "8.4", Theme: ThemeTechnological, Label: l10n.M("Source code access"), Relevance: RelevanceHigh,
		OTNote: l10n.M("PLC/DCS logic, HMI projects and scripts are the plant's source code, and unauthorised changes alter how the process behaves; recipes are parameter data, protected under 8.3, 8.9 and 5.33.")},
	{ID: "8.5", Theme: ThemeTechnological, Label: l10n.M("Securing authentication"), Relevance: RelevanceHigh,
		OTNote: l10n.M("MFA on remote and engineering access to plants is one of the most effective protections, but at the HMI it must not slow operators in an upset.")},
	{ID: "8.6", Theme: ThemeTechnological, Label: l10n.M("Managing capacity"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Legacy controllers and plant networks have little spare capacity, and extra traffic or scans can overload them.")},
	{ID: "8.7", Theme: ThemeTechnological, Label: l10n.M("Malware protection"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Plant systems often cannot run standard antivirus, so allow-listing, media scanning and vendor-approved tools must be chosen by OT.")},
	{ID: "8.8", Theme: ThemeTechnological, Label: l10n.M("Technical vulnerability management"), Relevance: RelevanceHigh,
		OTNote: l10n.M("OT vulnerabilities can usually be fixed only with vendor-qualified patches in planned windows, so compensating controls carry much of the load.")},
	{ID: "8.9", Theme: ThemeTechnological, Label: l10n.M("Managing configurations"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Known-good configurations and logic versions are needed both for security and for restoring a plant after a failure.")},
	{ID: "8.10", Theme: ThemeTechnological, Label: l10n.M("Deleting information"), Relevance: RelevanceLow,
		OTNote: l10n.M("Plant systems hold little data that must be erased on a schedule, and regulated records must usually be kept rather than deleted.")},
	{ID: "8.11", Theme: ThemeTechnological, Label: l10n.M("Masking data"), Relevance: RelevanceLow,
		OTNote: l10n.M("Masking is rarely needed on plant systems, which hold little personal or sensitive business data.")},
	{ID: "8.12", Theme: ThemeTechnological, Label: l10n.M("Preventing data leakage"), Relevance: RelevanceLow,
		OTNote: l10n.M("Recipe know-how can leak, but leakage controls are mostly run with corporate tools at the plant boundary.")},
	{ID: "8.13", Theme: ThemeTechnological, Label: l10n.M("Backup of information"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Current, tested backups of controller logic, HMI projects and historians decide how fast a plant recovers.")},
	{ID: "8.14", Theme: ThemeTechnological, Label: l10n.M("Redundant processing facilities"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Redundant controllers, servers and networks are part of process availability design and must be kept secure as well.")},
	{ID: "8.15", Theme: ThemeTechnological, Label: l10n.M("Event logging"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Many plant devices log little or nothing, so OT must decide what to collect and how to get it out safely.")},
	{ID: "8.16", Theme: ThemeTechnological, Label: l10n.M("Monitoring of activities"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Passive monitoring of industrial protocols is often the only way to detect an attack on controllers that cannot run agents.")},
	{ID: "8.17", Theme: ThemeTechnological, Label: l10n.M("Synchronising clocks"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Sequence-of-events records, batch records and log correlation all rely on plant clocks agreeing.")},
	{ID: "8.18", Theme: ThemeTechnological, Label: l10n.M("Privileged utility programs"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Engineering and diagnostic tools can force outputs or download logic to live controllers, so their installation and use must be restricted.")},
	{ID: "8.19", Theme: ThemeTechnological, Label: l10n.M("Installing software on operational systems"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Installing software on HMIs or plant servers can break a vendor-supported or validated configuration.")},
	{ID: "8.20", Theme: ThemeTechnological, Label: l10n.M("Network security"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Plant networks carry control traffic with little built-in security, so the network itself must be protected.")},
	{ID: "8.21", Theme: ThemeTechnological, Label: l10n.M("Securing network services"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Remote access, DMZ services and links to the corporate network are the services through which plants are usually attacked.")},
	{ID: "8.22", Theme: ThemeTechnological, Label: l10n.M("Network segregation"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Separating plant zones from corporate IT and from each other is the main protection for systems that cannot protect themselves.")},
	{ID: "8.23", Theme: ThemeTechnological, Label: l10n.M("Filtering web access"), Relevance: RelevanceLow,
		OTNote: l10n.M("Plant systems should have no direct internet browsing at all, so web filtering is mostly a corporate concern.")},
	{ID: "8.24", Theme: ThemeTechnological, Label: l10n.M("Cryptography use"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Many industrial protocols cannot be encrypted, so encryption is applied mainly to remote access and links between sites.")},
	{ID: "8.25", Theme: ThemeTechnological, Label: l10n.M("Secure development lifecycle"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Control logic and MES configuration are developed mostly by integrators, whose development practice must meet agreed rules.")},
	{ID: "8.26", Theme: ThemeTechnological, Label: l10n.M("Security requirements for applications"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Specifications for SCADA, MES and packaged equipment should state security requirements before purchase.")},
	{ID: "8.27", Theme: ThemeTechnological, Label: l10n.M("Secure system architecture and engineering"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Plant architecture built on zones and controlled conduits must be designed in, because it cannot easily be added later.")},
	{ID: "8.28", Theme: ThemeTechnological, Label: l10n.M("Coding securely"), Relevance: RelevanceMedium,
		OTNote: l10n.M("PLC and script code written for the plant needs review practices, even if most of it comes from integrators.")},
	{ID: "8.29", Theme: ThemeTechnological, Label: l10n.M("Security testing in development, acceptance"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Factory and site acceptance tests are the safe place for security testing, since active tests on running plants are risky.")},
	{ID: "8.30", Theme: ThemeTechnological, Label: l10n.M("Outsourcing development"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Machine builders and integrators write most plant software, so the plant must set and check their security obligations.")},
	{ID: "8.31", Theme: ThemeTechnological, Label: l10n.M("Separating development, test and production"), Relevance: RelevanceMedium,
		OTNote: l10n.M("Plants rarely have full test systems, so simulators, spare controllers or offline copies are used to keep changes away from production.")},
	{ID: "8.32", Theme: ThemeTechnological, Label: l10n.M("Managing changes"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Every change to plant systems must pass engineering review and often validation, and security changes are no exception.")},
	{ID: "8.33", Theme: ThemeTechnological, Label: l10n.M("Information for testing"), Relevance: RelevanceLow,
		OTNote: l10n.M("Test data is seldom sensitive on the plant side; recipe and batch data used in testing follow corporate handling rules.")},
	{ID: "8.34", Theme: ThemeTechnological, Label: l10n.M("Protecting systems during audit testing"), Relevance: RelevanceHigh,
		OTNote: l10n.M("Audit scans or tests against live controllers can trip equipment, so audit testing on OT must be planned with operations.")},
}

// localControls returns the controls in the current language: the table
// itself in English (no copy), a German copy, built once, in German. IDs,
// themes and relevance are the same in both; only Label and OTNote differ.
// Controls and ControlByID return what it returns.
func localControls() []Control {
	if l10n.Current() != l10n.DE {
		return controls
	}
	return germanControls()
}

// germanControls is the German copy of the control table.
var germanControls = sync.OnceValue(func() []Control {
	out := make([]Control, len(controls))
	for i, c := range controls {
		c.Label = l10n.In(l10n.DE, c.Label)
		c.OTNote = l10n.In(l10n.DE, c.OTNote)
		out[i] = c
	}
	return out
})

// themeWords are the three ways the tool names a theme, in English (the
// catalogue keys); the methods below translate them.
type themeWords struct{ word, control, title string }

var themeNames = map[Theme]themeWords{
	ThemeOrganizational: {l10n.M("Organizational"), l10n.M("Organizational control"), l10n.M("Organizational controls")},
	ThemePeople:         {l10n.M("People"), l10n.M("People control"), l10n.M("People controls")},
	ThemePhysical:       {l10n.M("Physical"), l10n.M("Physical control"), l10n.M("Physical controls")},
	ThemeTechnological:  {l10n.M("Technological"), l10n.M("Technological control"), l10n.M("Technological controls")},
}

// words returns t's names; an unknown theme is named by its code.
func (t Theme) words() themeWords {
	if w, ok := themeNames[t]; ok {
		return w
	}
	return themeWords{string(t), string(t), string(t)}
}

// Label names the theme in a word, for filters and lists: the theme
// itself in English ("Organizational"), its adjective in German
// ("Organisatorisch"). The Theme value stays the stored and compared code.
func (t Theme) Label() string { return l10n.T(t.words().word) }

// ControlLabel names one control of the theme: "Organizational control",
// "Organisatorische Maßnahme".
func (t Theme) ControlLabel() string { return l10n.T(t.words().control) }

// Title names the theme as Annex A heads it: "Organizational controls",
// "Organisatorische Maßnahmen".
func (t Theme) Title() string { return l10n.T(t.words().title) }
