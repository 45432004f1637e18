package pack

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack/docx"
)

// buildRoles writes "ISMS roles, responsibilities and authorities": the
// document an auditor asks for under ISO/IEC 27001:2022 5.3 and Annex A
// 5.2 and 5.3, drawn from the matrix, the role register, the authority
// table and the findings. Every statement about who does what is read
// from the assessment; what it does not hold is a placeholder.
func buildRoles(in Input) ([]byte, error) {
	a := in.A
	d := newDoc("roles", in,
		"confirm the scope boundaries of corporate IT, plant OT and shared infrastructure (section 4);",
		"name every vacant role holder and deputy and have each holder confirm the role in writing (section 8);",
		"complete the risk-acceptance authority table where it is empty (section 6.2);",
		"decide, for every open gap in section 9, whether it is closed before issue or carried as an action.")

	d.Heading(1, "1. Purpose and scope")
	d.Text(fmt.Sprintf("This document assigns the roles, responsibilities and authorities of the information security management system (ISMS) of %s at %s, across corporate IT, the plant's operational technology (OT) and the infrastructure they share. It is how top management meets ISO/IEC 27001:2022 5.3 (roles assigned and communicated, including reporting on ISMS performance) and Annex A 5.2 (security roles and responsibilities) and 5.3 (segregation of duties); the risk-acceptance authorities in section 6.2 name the risk owners that ISO/IEC 27001:2022 6.1.2 and 6.1.3 require.",
		orTodo(a.Profile.Organisation, "organisation"), orTodo(a.Profile.Site, "site")))
	d.Para(docx.Plain("The ISMS scope itself (ISO/IEC 27001:2022 4.3) is defined in "), docx.I(todo("reference of the scope document")), docx.Plain("."))

	rolesModel(d, a)
	rolesOwner(d, a)
	rolesDomains(d, a)
	rolesSupporting(d, a)
	rolesAuthorities(d, a)
	rolesSteering(d, a, in)
	rolesHolders(d, a)
	rolesGaps(d, in.Findings)
	rolesRACI(d, a, in)
	return d.Bytes()
}

func rolesModel(d *docx.Document, a assessment.Assessment) {
	d.Heading(1, "2. Ownership model")
	m, source, ok := modelOf(a)
	if !ok {
		d.Text("The assessment does not record which ownership model the organisation runs. " + todo("ownership model – centralised, federated or executive-led – and the decision that adopted it"))
	} else {
		d.Para(docx.Plain("The organisation runs the "), docx.B(m.Name), docx.Plain(" ownership model ("+source+"). "), docx.Plain(m.Summary))
	}
	rec := assessment.Recommend(a)
	d.Heading(2, "Why this model")
	switch {
	case rec.IsTie():
		names := make([]string, len(rec.Tied))
		for i, id := range rec.Tied {
			mm, _ := assessment.ModelByID(id)
			names[i] = mm.Name
		}
		d.Text("The assessment's profile and answers do not single out one model: " + strings.Join(names, " and ") + " score equally. " + rec.Decide)
	default:
		rm, _ := assessment.ModelByID(rec.Model)
		if ok && rm.ID == m.ID {
			d.Text("The assessment's profile and answers point to the same model.")
		} else {
			d.Text("The assessment's profile and answers point to the " + rm.Name + " model. Where that differs from the model the organisation runs, top management should record why it keeps its model or plan the change: " + todo("rationale for the model chosen"))
		}
	}
	// The reasons for the recommended model first, then those that
	// favour another model, so that the document shows what was weighed.
	if len(rec.Details) == 0 {
		d.Bullet(docx.Plain(todo("the reasons for the model: the profile and answers gave none")))
		return
	}
	lead := rec.Model
	if ok {
		lead = m.ID
	}
	lm, _ := assessment.ModelByID(lead)
	var other []string
	d.Para(docx.B("In favour of the " + lm.Name + " model:"))
	n := 0
	for _, r := range rec.Details {
		if r.Points[lead] > 0 {
			d.Bullet(docx.Plain(r.Text))
			n++
		} else {
			other = append(other, r.Text)
		}
	}
	if n == 0 {
		d.Bullet(docx.Plain("No rule of the assessment favours this model. " + todo("rationale for the model chosen")))
	}
	if len(other) > 0 {
		d.Para(docx.B("Weighed, in favour of other models:"))
		for _, r := range other {
			d.Bullet(docx.Plain(r))
		}
	}
}

func rolesOwner(d *docx.Document, a assessment.Assessment) {
	d.Heading(1, "3. Top management and the accountable ISMS owner")
	owner := assessment.RoleISMSOwner
	acc, resp := letterCounts(a.Matrix, owner)
	d.Para(docx.B(assessment.RoleName(a.RoleNames, owner)+": "), docx.Plain(orTodo(holderName(a, owner), "name")))
	d.Text(fmt.Sprintf("The ISMS owner keeps the management system running on behalf of top management: scope, policy drafts, the risk method and risk register, the Statement of Applicability, the internal audit programme and the preparation of the management review. In the matrix the ISMS owner is accountable in %d rows and responsible in %d (of %d controls in three domains).",
		acc, resp, len(assessment.Controls())))
	d.Text("Top management answers for the policy, the assignment of roles and its own duties (ISO/IEC 27001:2022 5.1, 5.3). The matrix assigns accountability for the management-system controls as follows; where it names a role below top management, section 9 lists the gap.")
	rows := make([][]string, 0, 5)
	for _, c := range []string{"5.1", "5.2", "5.3", "5.4", "5.35"} {
		ctl := assessment.Controls()[assessment.ControlIndex(c)]
		row := []string{c + " " + ctl.Label}
		for _, dm := range assessment.Domains {
			row = append(row, rowRoles(a, c, dm, isAccountable, "accountable role"))
		}
		rows = append(rows, row)
	}
	d.Table(docx.Table{
		Widths:    []int{3038, 2200, 2200, 2200},
		Header:    []string{"Annex A control", "Corporate IT", "Plant OT", "Shared infrastructure"},
		Rows:      rows,
		BoldFirst: true,
	})
}

func rolesDomains(d *docx.Document, a assessment.Assessment) {
	d.Heading(1, "4. IT and OT owners and their scope")
	d.Text("Each domain has a lead who runs its systems and carries out the controls the matrix gives it. The scope boundaries are not held by the assessment and must be stated here, with the systems on each side of the IT/OT boundary and the shared components (DMZ, plant domain controllers, remote-access gateways, historians, data diodes).")
	rows := [][]string{}
	for _, r := range []assessment.Role{assessment.RoleIT, assessment.RoleOT} {
		scope := todo("systems, networks and sites in this role's scope")
		counts := domainCounts(a, r)
		if counts == "" {
			counts = todo("the matrix gives this role no A or R")
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, r), orTodo(holderName(a, r), "name"), counts, scope})
	}
	d.Table(docx.Table{
		Widths:    []int{2000, 1900, 3238, 2500},
		Header:    []string{"Role", "Holder", "Matrix rows (of 93 per domain)", "Scope"},
		Rows:      rows,
		BoldFirst: true,
	})
	d.Text("Section 10 shows, per Annex A theme, how many controls each lead is accountable for; the RACI annex lists them row by row.")
	d.Para(docx.B("Shared infrastructure. "), docx.Plain("Who is accountable on the shared rows is set out in the summary in section 10 and, row by row, in the RACI annex. Each shared component needs one named owner: "+todo("list of shared components and their owners")))
}

// supportingRoles are the functions that assure or support the ISMS, in
// matrix column order.
var supportingRoles = []assessment.Role{
	assessment.RoleSite, assessment.RoleOperations, assessment.RoleMaintenance,
	assessment.RoleQuality, assessment.RoleEHS, assessment.RoleLegal, assessment.RoleDPO,
	assessment.RoleHR, assessment.RoleProcurement, assessment.RoleIntegrator,
}

func rolesSupporting(d *docx.Document, a assessment.Assessment) {
	d.Heading(1, "5. Supporting functions")
	d.Text("The functions below own or carry out part of the ISMS in their own field. The list is read from the matrix: a function is accountable (A or A/R) or does the work (R or A/R) in the controls named; where it is only consulted, the count says so.")
	rows := [][]string{}
	for _, r := range supportingRoles {
		owns := controlsWhere(a, r, isAccountable, 12)
		does := controlsWhere(a, r, func(l assessment.Letter) bool { return l == assessment.LetterResponsible }, 12)
		consulted := 0
		for _, row := range a.Matrix {
			if row[r] == assessment.LetterConsulted {
				consulted++
			}
		}
		if owns == "" && does == "" && consulted == 0 {
			continue
		}
		var text []string
		if owns != "" {
			text = append(text, "Accountable: "+owns)
		}
		if does != "" {
			text = append(text, "Responsible: "+does)
		}
		if consulted > 0 {
			text = append(text, "Consulted in "+rowsWord(consulted))
		}
		note := ""
		if r == assessment.RoleDPO {
			note = "\nAdvises on personal data; stays independent of decisions on processing."
		}
		if r == assessment.RoleIntegrator {
			note = "\nAn external party: bound by contract, never accountable for an ISMS control."
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, r), orTodo(holderName(a, r), "name"), strings.Join(text, "\n") + note})
	}
	if len(rows) == 0 {
		d.Text(todo("the matrix names no supporting function"))
		return
	}
	d.Table(docx.Table{
		Widths:    []int{2000, 1800, docx.TextWidth - 3800},
		Header:    []string{"Function", "Holder", "What it owns or does in the matrix"},
		Rows:      rows,
		BoldFirst: true,
	})
}

func rolesAuthorities(d *docx.Document, a assessment.Assessment) {
	d.Heading(1, "6. Authorities")
	d.Heading(2, "6.1 Approving policy")
	d.Text("The information security policy and the topic-specific policies (Annex A 5.1) are approved by the role the matrix makes accountable for 5.1: " +
		rowRoles(a, "5.1", assessment.DomainIT, isAccountable, "accountable role") + " (corporate IT), " +
		rowRoles(a, "5.1", assessment.DomainOT, isAccountable, "accountable role") + " (plant OT), " +
		rowRoles(a, "5.1", assessment.DomainShared, isAccountable, "accountable role") + " (shared infrastructure). ISO/IEC 27001:2022 5.2 requires top management to establish the policy; a policy approved below that level does not meet it.")

	d.Heading(2, "6.2 Accepting risk")
	d.Text("A risk may only be accepted by the role named for its level and context, after the roles to be consulted have been heard, and for no longer than the period stated; a disagreement or an overrun goes to the escalation role. This implements the risk owners' approval of residual risk (ISO/IEC 27001:2022 6.1.3). A risk of a level or context the table does not name is not accepted until the table is extended.")
	d.Table(authorityTable(a))
	d.Text("Risk levels follow the organisation's risk criteria (ISO/IEC 27001:2022 6.1.2): " + todo("reference of the risk assessment method and the definition of each level"))

	d.Heading(2, "6.3 Stopping or allowing a change on the plant floor")
	d.Text("A change to plant systems (Annex A 8.32, plant OT) is allowed or stopped by " +
		rowRoles(a, "8.32", assessment.DomainOT, isAccountable, "accountable role") + ", after consulting " +
		rowRoles(a, "8.32", assessment.DomainOT, isConsulted, "consulted role") + ". Security changes go through the plant's own change control; none bypasses it, its validation or requalification, or its downtime window.")
	d.Text("In an incident, the decision to isolate plant systems or stop production (Annex A 5.26, plant OT) rests with " +
		rowRoles(a, "5.26", assessment.DomainOT, isAccountable, "accountable role") + "; the people on shift who may act before that decision can be reached are " + todo("names or shift roles and the limits of their authority") + ".")
}

// authorityTable is the risk-acceptance authority table, one row per
// level and context, empty cells marked.
func authorityTable(a assessment.Assessment) docx.Table {
	role := func(r assessment.Role, what string) string {
		if r == "" {
			return todo(what)
		}
		return assessment.RoleName(a.RoleNames, r)
	}
	var rows [][]string
	for _, ar := range assessment.AuthorityRows(a) {
		consult := roleList(a, ar.Consult)
		if consult == "" {
			consult = "–"
			if ar.Key.Context == assessment.ContextRegulated {
				consult = todo("EHS and/or Quality")
			}
		}
		period := todo("months")
		if ar.MaxMonths > 0 {
			period = strconv.Itoa(ar.MaxMonths) + " months"
		}
		rows = append(rows, []string{
			assessment.RiskLevelLabel(ar.Key.Level),
			assessment.RiskContextLabel(ar.Key.Context),
			role(ar.Accept, "role"),
			consult,
			period,
			role(ar.Escalate, "role"),
		})
	}
	return docx.Table{
		Widths:    []int{950, 1700, 1800, 1900, 1350, 1938},
		Header:    []string{"Risk level", "Context", "May accept", "Must consult first", "Longest acceptance", "Escalates to"},
		Rows:      rows,
		BoldFirst: true,
	}
}

func rolesSteering(d *docx.Document, a assessment.Assessment, in Input) {
	d.Heading(1, "7. Steering group")
	chair, _ := steeringChair(a)
	d.Text("A steering group directs the ISMS across IT and OT, settles what one domain cannot settle alone and prepares the management review. It is chaired by " + chair + ". Its membership, decisions, cadence and escalation are set out in its terms of reference: " +
		Filename(mustKind("steering"), a, in.Generated) + ".")
}

func rolesHolders(d *docx.Document, a assessment.Assessment) {
	d.Heading(1, "8. Role holders and deputies")
	d.Text("Every role the matrix uses is held by a named person, with a deputy who stands in during absence. The holder confirms the role in writing, at the latest every twelve months and whenever it changes hands; a role held by someone who has left is vacant.")
	var rows [][]string
	for _, r := range assessment.RACIRoles {
		h := a.Holders[r]
		if !usedInMatrix(a.Matrix, r) && h.IsZero() {
			continue
		}
		rows = append(rows, []string{
			assessment.RoleName(a.RoleNames, r),
			orTodo(h.Name, "name"),
			orTodo(h.Deputy, "deputy"),
			orTodo(h.Confirmed, "date confirmed"),
		})
	}
	d.Table(docx.Table{
		Widths:    []int{2838, 2500, 2500, 1800},
		Header:    []string{"Role", "Holder", "Deputy", "Last confirmed"},
		Rows:      rows,
		BoldFirst: true,
	})
}

// usedInMatrix reports whether r holds a letter in any row.
func usedInMatrix(m assessment.Matrix, r assessment.Role) bool {
	for _, row := range m {
		if row[r].Valid() {
			return true
		}
	}
	return false
}

func rolesGaps(d *docx.Document, findings []assessment.Finding) {
	d.Heading(1, "9. Open gaps")
	if len(findings) == 0 {
		d.Text("The assessment raised no finding. This does not replace the internal audit (ISO/IEC 27001:2022 9.2).")
		return
	}
	d.Text(fmt.Sprintf("The assessment raised %d findings on ownership. Until each is closed, the assignments above are incomplete where it says so. Most severe first:", len(findings)))
	rows := make([][]string, len(findings))
	for i, f := range findings {
		title := f.Title
		if f.Detail != "" {
			title += "\n" + f.Detail
		}
		rows[i] = []string{severityLabel(f.Severity), title, f.Step, assessment.RefsText(f.Refs)}
	}
	d.Table(docx.Table{
		Widths: []int{1000, 3838, 3000, 1800},
		Header: []string{"Severity", "Gap", "First step", "Reference"},
		Rows:   rows,
	})
}

// severityLabel capitalises a severity for a table cell.
func severityLabel(s assessment.Severity) string {
	if s == "" {
		return ""
	}
	return strings.ToUpper(string(s[:1])) + string(s[1:])
}

func rolesRACI(d *docx.Document, a assessment.Assessment, in Input) {
	d.Heading(1, "10. Responsibility matrix (RACI) summary")
	d.Text("For each Annex A theme and domain: how many controls each role is accountable for (A or A/R), and how many rows have no accountable role yet. The full matrix, every control in every domain with every letter, is annex 1: " +
		Filename(mustKind("raci"), a, in.Generated) + ".")
	var rows [][]string
	for _, t := range assessment.Themes {
		cs := controlsOf(t)
		for _, dm := range assessment.Domains {
			counts, none := countRoles(a.Matrix, cs, dm, isAccountable)
			acc := countsText(a, counts)
			if acc == "" {
				acc = "–"
			}
			resp, _ := countRoles(a.Matrix, cs, dm, isResponsible)
			open := "–"
			if none > 0 {
				open = strconv.Itoa(none)
			}
			rows = append(rows, []string{themeLabel(t), assessment.DomainLabel(dm), strconv.Itoa(len(cs)), acc, countsText(a, resp), open})
		}
	}
	d.Table(docx.Table{
		Widths: []int{1600, 1250, 950, 2500, 2538, 800},
		Header: []string{"Theme", "Domain", "Controls", "Accountable (controls)", "Responsible (controls)", "No A"},
		Rows:   rows,
	})
}

// mustKind returns a kind declared in Kinds.
func mustKind(id string) Kind {
	k, _ := KindByID(id)
	return k
}

// steeringChair names the chair the ownership model gives the steering
// group, with its holder, and the model's reason.
func steeringChair(a assessment.Assessment) (chair, why string) {
	m, _, ok := modelOf(a)
	if !ok {
		return todo("chair – depends on the ownership model, which the assessment does not record"), ""
	}
	with := func(r assessment.Role) string {
		return assessment.RoleName(a.RoleNames, r) + " (" + orTodo(holderName(a, r), "name") + ")"
	}
	switch m.ID {
	case assessment.ModelExecutiveLed:
		return with(assessment.RoleExecutive), "In the executive-led model the executive sponsor is accountable for the management system, legal duties and continuity, with the ISMS owner as custodian; the sponsor chairs and the ISMS owner acts as secretary."
	case assessment.ModelFederated:
		return with(assessment.RoleISMSOwner) + ", with the site directors as members", "In the federated model each domain answers for its own field under central oversight; the ISMS owner, who keeps that oversight, chairs, and the site directors sit as members because the plants own their delivery."
	default:
		return with(assessment.RoleISMSOwner), "In the centralised model a central security team under the ISMS owner directs and is accountable for the controls; the ISMS owner chairs."
	}
}

// buildSteering writes the steering group's terms of reference: purpose,
// chair by ownership model, members, decisions, cadence, inputs to the
// management review, escalation of OT incidents, quorum and records.
func buildSteering(in Input) ([]byte, error) {
	a := in.A
	p := a.Profile
	d := newDoc("steering", in,
		"confirm the chair and members with top management and name them (section 3);",
		"set the meeting cadence and quorum; the figures in sections 5 and 8 are proposals;",
		"align the escalation path in section 7 with the site's emergency and incident procedures.")

	d.Heading(1, "1. Purpose")
	d.Text(fmt.Sprintf("The information security steering group of %s at %s directs the ISMS across corporate IT and plant OT. It turns top management's commitment (ISO/IEC 27001:2022 5.1) into decisions, keeps roles and authorities current (5.3), follows risk treatment (6.1.3) and the objectives (6.2), and prepares the management review (9.3). It does not replace top management: what the standard reserves to top management is decided by top management, on the group's recommendation.",
		orTodo(p.Organisation, "organisation"), orTodo(p.Site, "site")))

	d.Heading(1, "2. Chair")
	chair, why := steeringChair(a)
	d.Para(docx.B("Chair: "), docx.Plain(chair))
	if why != "" {
		d.Text(why)
	}
	d.Text("Deputy chair: " + todo("name; a member who may chair in the chair's absence"))

	d.Heading(1, "3. Members")
	d.Text("Required members attend every meeting or send their deputy from the role register. Members marked \"as needed\" are invited when the agenda touches their field. Whether a function is required follows from the site profile recorded in the assessment.")
	d.Table(steeringMembers(a))

	d.Heading(1, "4. Decisions the group takes")
	for _, s := range []string{
		"Proposes the information security policy and its changes to top management for approval (5.2; Annex A 5.1).",
		"Agrees the ISMS objectives and the plan to reach them, and follows their progress (6.2).",
		"Approves changes to the RACI matrix and the role register, and settles ownership disputes between IT and OT, shared infrastructure first (5.3; Annex A 5.2).",
		"Reviews risk treatment and the residual risks accepted under the authority table; confirms acceptances that the table sends to it and refers those above its authority to top management (6.1.3).",
		"Sets priorities and resources for the action plan from this assessment, including the downtime windows and requalification that plant-floor actions need (7.1, 8.3).",
		"Commissions the internal audit programme and follows nonconformities and corrective actions to closure (9.2, 10.2).",
		"Reviews every significant OT incident and the lessons learnt (Annex A 5.27).",
	} {
		d.Bullet(docx.Plain(s))
	}
	d.Text("Allowing or stopping an individual change on the plant floor stays with " + rowRoles(a, "8.32", assessment.DomainOT, isAccountable, "accountable role") + " under the plant's change control (Annex A 8.32); the group decides policy and priorities, not single changes.")

	d.Heading(1, "5. Meeting cadence")
	d.Para(docx.I("Proposal, to be confirmed: "), docx.Plain("quarterly, and in any case before each management review; an extraordinary meeting after a significant OT incident, a major finding of an audit or a change of ownership model. Confirmed cadence: "+todo("cadence")))

	d.Heading(1, "6. Inputs to the management review")
	d.Text("The group prepares, for top management, the inputs ISO/IEC 27001:2022 9.3 requires:")
	for _, s := range []string{
		"the status of actions decided at previous management reviews;",
		"changes in external and internal issues relevant to the ISMS, including changes at the plants (new lines, new connectivity, new suppliers);",
		"changes in the needs and expectations of interested parties, including regulators and customers;",
		"feedback on information security performance: nonconformities and corrective actions, monitoring and measurement results, audit results and how far the objectives are met;",
		"feedback from interested parties;",
		"the results of risk assessment and the status of the risk treatment plan, with the residual risks accepted since the last review;",
		"opportunities for continual improvement.",
	} {
		d.Bullet(docx.Plain(s))
	}
	d.Text(fmt.Sprintf("From this assessment: %s open findings on ownership (see the roles document, section 9).", findingCounts(in.Findings)))

	d.Heading(1, "7. Escalation of OT incidents")
	steeringEscalation(d, a)

	d.Heading(1, "8. Quorum and records")
	d.Para(docx.I("Proposal, to be confirmed: "), docx.Plain("the group is quorate when the chair or deputy chair, the ISMS owner and at least one of the IT and OT leads are present; decisions on plant-floor matters need the OT lead or the site director. Confirmed quorum: "+todo("quorum")))
	d.Text("Agenda, papers, attendance, decisions and actions with owner and date are recorded in minutes and kept as documented information under ISO/IEC 27001:2022 7.5, for " + todo("retention period") + ". The minutes are evidence for the management review and the internal audit.")
	return d.Bytes()
}

// findingCounts writes the number of findings per severity: "2 critical,
// 5 high and 3 medium"; "no".
func findingCounts(fs []assessment.Finding) string {
	if len(fs) == 0 {
		return "no"
	}
	n := map[assessment.Severity]int{}
	for _, f := range fs {
		n[f.Severity]++
	}
	var parts []string
	for _, s := range assessment.Severities {
		if n[s] > 0 {
			parts = append(parts, strconv.Itoa(n[s])+" "+string(s))
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// steeringMembers is the member table: every function, required or as
// needed according to the profile and the model.
func steeringMembers(a assessment.Assessment) docx.Table {
	p := a.Profile
	model := assessment.ModelInUse(a)
	type member struct {
		role     assessment.Role
		required bool
		why      string
	}
	nis2 := p.NIS2 == assessment.NIS2Essential || p.NIS2 == assessment.NIS2Important
	members := []member{
		{assessment.RoleExecutive, model == assessment.ModelExecutiveLed,
			map[bool]string{true: "Chairs: the model makes the sponsor accountable for the management system.", false: "Top management: receives the group's escalations and conducts the management review (9.3)."}[model == assessment.ModelExecutiveLed]},
		{assessment.RoleISMSOwner, true, "Keeps the ISMS; secretary of the group when not chairing."},
		{assessment.RoleSite, true, "Decides on production and plant-floor incident response; owns the plant's resources."},
		{assessment.RoleIT, true, "Runs corporate IT and, with OT, the shared infrastructure."},
		{assessment.RoleOT, true, "Runs the plant's control systems and their security."},
		{assessment.RoleOperations, true, "Speaks for production: downtime, shift work, the people at the line."},
		{assessment.RoleMaintenance, false, "Carries out plant-floor changes, utilities and equipment maintenance."},
		{assessment.RoleQuality, p.Validated,
			map[bool]string{true: "GMP-validated systems are in scope: changes and incidents can affect batch release.", false: "Invited when a matter touches product quality."}[p.Validated]},
		{assessment.RoleEHS, p.SafetyCritical,
			map[bool]string{true: "The process is safety-critical: security must never weaken a safety function.", false: "Invited when a matter touches health, safety or the environment."}[p.SafetyCritical]},
		{assessment.RoleLegal, nis2,
			map[bool]string{true: "The organisation is in scope of NIS2: reporting duties (NIS2 Art. 23) and management liability (NIS2 Art. 20(1)).", false: "Invited on contracts, regulatory duties and incidents with legal effect."}[nis2]},
		{assessment.RoleDPO, false, "Advises where personal data is concerned; has no vote, to stay independent."},
		{assessment.RoleHR, false, "Invited on people controls, joiners, movers and leavers."},
		{assessment.RoleProcurement, false, "Invited on supplier and integrator contracts."},
	}
	rows := make([][]string, 0, len(members)+1)
	for _, m := range members {
		status := "As needed"
		if m.required {
			status = "Required"
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, m.role), orTodo(holderName(a, m.role), "name"), status, m.why})
	}
	rows = append(rows, []string{assessment.RoleName(a.RoleNames, assessment.RoleIntegrator), "–", "Not a member", "External: invited for a specific item, bound by contract and confidentiality."})
	return docx.Table{
		Widths:    []int{2100, 1900, 1350, docx.TextWidth - 5350},
		Header:    []string{"Function", "Holder", "Membership", "Why"},
		Rows:      rows,
		BoldFirst: true,
	}
}

// steeringEscalation writes how an OT incident reaches the group, from
// the matrix rows of incident management (Annex A 5.24–5.27).
func steeringEscalation(d *docx.Document, a assessment.Assessment) {
	ot := assessment.DomainOT
	d.Text("An OT incident is handled under the incident management of Annex A 5.24 to 5.27, with the roles the matrix gives on the plant floor:")
	for _, c := range []struct{ id, what string }{
		{"5.24", "plans and prepares incident management"},
		{"5.25", "assesses events and decides whether they are incidents"},
		{"5.26", "responds, including isolating systems or stopping production"},
		{"5.27", "learns from incidents"},
	} {
		d.Bullet(docx.B("Annex A "+c.id+": "), docx.Plain("accountable "+rowRoles(a, c.id, ot, isAccountable, "accountable role")+"; responsible "+rowRoles(a, c.id, ot, isResponsible, "responsible role")+" – "+c.what+"."))
	}
	d.Text("The safety function comes first: no security response may disable or bypass a safety instrumented function or an interlock, and any response that touches one is decided with " + assessment.RoleName(a.RoleNames, assessment.RoleEHS) + ".")
	if a.Profile.Validated {
		d.Text("Where validated systems are affected, " + assessment.RoleName(a.RoleNames, assessment.RoleQuality) + " assesses the impact on batches and product before release.")
	}
	d.Text("The incident reaches the chair of the group " + todo("within how many hours, by which channel") + " when it stops or endangers production, affects safety or product quality, or may have to be reported to an authority; the group meets within " + todo("days") + " to review it. Reporting to authorities follows Annex A 5.5, accountable on the plant floor: " + rowRoles(a, "5.5", ot, isAccountable, "accountable role") + ".")
	if p := a.Profile.NIS2; p == assessment.NIS2Essential || p == assessment.NIS2Important {
		d.Text("As an entity in scope of NIS2, significant incidents are notified to the competent authority within the deadlines of NIS2 Art. 23 (early warning within 24 hours, notification within 72 hours, final report within one month).")
	}
}

// rowsWord writes "1 row", "5 rows".
func rowsWord(n int) string {
	if n == 1 {
		return "1 row"
	}
	return strconv.Itoa(n) + " rows"
}
