package pack

import (
	"fmt"
	"slices"
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
		"decide, for every open gap in section 9, whether it is closed before issue or carried as an action;")

	d.Heading(1, "1. Purpose and scope")
	d.Text(fmt.Sprintf("This document assigns the roles, responsibilities and authorities of the information security management system (ISMS) of %s at %s, across corporate IT, the plant's operational technology (OT) and the infrastructure they share. It is how top management meets ISO/IEC 27001:2022 5.3 (roles assigned and communicated, including reporting on ISMS performance) and Annex A 5.2 (security roles and responsibilities) and 5.3 (segregation of duties).",
		orTodo(a.Profile.Organisation, "organisation"), orTodo(a.Profile.Site, "site")))
	d.Text(riskOwnersText("Section 6.2"))
	d.Text(scopeText(a, "This document covers"))
	d.Para(docx.Plain("The ISMS scope itself (ISO/IEC 27001:2022 4.3) is defined in "), docx.I(todo("reference of the scope document")), docx.Plain("."))

	notes := notesOf(a, in.Findings)
	rolesModel(d, a, notes)
	rolesOwner(d, a, notes, in.Findings)
	rolesDomains(d, a, notes)
	rolesSupporting(d, a, notes)
	rolesAuthorities(d, a)
	rolesSteering(d, a, in)
	rolesHolders(d, a, notes)
	rolesGaps(d, in.Findings)
	rolesRACI(d, a, in)
	return d.Bytes()
}

// riskOwnersText separates the authority table from the risk owners: the
// table is part of the risk acceptance criteria and sets a floor; the
// owner of each risk is named in the risk register and decides on it.
// table is how the sentence names the table: "Section 6.2", "The table
// below".
func riskOwnersText(table string) string {
	return table + " sets the lowest authority that may accept a residual risk at each level (risk acceptance criteria, ISO/IEC 27001:2022 6.1.2 a 1). The risk owner of each risk, named in the risk register (6.1.2 c 2), approves its treatment plan and accepts the residual risk (6.1.3 f), and must hold at least that authority."
}

// reasonText is the sentence of a model reason as the roles document
// prints it. The recommendation words the missing policy approval
// (GOV-08) in the present tense, which reads as a standing refusal next
// to section 6.1; the document states it as not yet done.
func reasonText(r assessment.ModelReason) string {
	const was, is = "Top management does not yet approve", "Top management has not yet approved"
	if slices.Contains(r.Questions, "GOV-08") && strings.HasPrefix(r.Text, was) {
		return is + strings.TrimPrefix(r.Text, was)
	}
	return r.Text
}

func rolesModel(d *docx.Document, a assessment.Assessment, notes registerNotes) {
	d.Heading(1, "2. Ownership model")
	m, source, ok := modelOf(a)
	if !ok {
		d.Text("The assessment does not record which ownership model the organisation runs. " + todo("ownership model – centralised, federated or executive-led – and the decision that adopted it"))
	} else {
		d.Para(docx.Plain("The organisation runs the "), docx.B(m.Name), docx.Plain(" ownership model ("+source+"). "), docx.Plain(m.Summary))
	}
	// The matrix separates duties by role; one person holding both roles
	// undoes it, whatever the matrix says.
	if ps := notes.pairs(a); len(ps) > 0 {
		d.Para(docx.B("Segregation of duties: "), docx.Plain("the matrix separates duties by role, and a separation by role holds only between different persons. The role register names one person for roles that must be kept apart: "+strings.Join(ps, "; ")+" (Annex A 5.3; see sections 3 and 8 and the register finding in section 9)."))
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
			d.Bullet(docx.Plain(reasonText(r)))
			n++
		} else {
			other = append(other, reasonText(r))
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

func rolesOwner(d *docx.Document, a assessment.Assessment, notes registerNotes, fs []assessment.Finding) {
	d.Heading(1, "3. Top management and the accountable ISMS owner")
	owner := assessment.RoleISMSOwner
	acc, resp := letterCounts(a.Matrix, owner)
	d.Para(docx.B(assessment.RoleName(a.RoleNames, owner)+": "), docx.Plain(orTodo(holderName(a, owner), "name")))
	for _, s := range ownerNotes(a, owner, notes, fs) {
		d.Para(docx.I(s))
	}
	d.Text(fmt.Sprintf("The ISMS owner keeps the management system running on behalf of top management: scope, policy drafts, the risk method and risk register, the Statement of Applicability, the internal audit programme and the preparation of the management review. In the matrix the ISMS owner is accountable in %d rows and responsible in %d (of %d matrix rows: %d controls × %d domains).",
		acc, resp, len(assessment.Controls())*len(assessment.Domains), len(assessment.Controls()), len(assessment.Domains)))
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

// ownerNotes are the notes under the ISMS owner's name in section 3: what
// the findings say against the appointment, so that the name and the gap
// are never read apart. A name in the register is not an appointment:
// while the assessment finds no single accountable owner (GOV-01), the
// document says the appointment is not confirmed.
func ownerNotes(a assessment.Assessment, owner assessment.Role, notes registerNotes, fs []assessment.Finding) []string {
	var out []string
	if f, ok := findingByID(fs, assessment.FindingNoSingleOwner); ok {
		ref := "see section 9"
		if slices.Contains(f.Questions, "GOV-01") {
			ref = "GOV-01; " + ref
		}
		if holderName(a, owner) != "" {
			out = append(out, "Named in the role register; formal appointment not confirmed ("+ref+"): the assessment found no single accountable owner for the ISMS.")
		} else {
			out = append(out, "The assessment found no single accountable owner for the ISMS ("+ref+").")
		}
	}
	if c := notes.conflict(a, owner); c != "" {
		out = append(out, c)
	}
	if notes.overdue[owner] {
		out = append(out, "Last confirmed "+a.Holders[owner].Confirmed+": overdue, more than 12 months before "+notes.asOf+" (section 8).")
	}
	return out
}

func rolesDomains(d *docx.Document, a assessment.Assessment, notes registerNotes) {
	d.Heading(1, "4. IT and OT owners and their scope")
	d.Text("Each domain needs a lead who runs its systems and carries out the controls the matrix gives it. The scope boundaries are not held by the assessment and must be stated here, with the systems on each side of the IT/OT boundary and the shared components (DMZ, plant domain controllers, remote-access gateways, historians, data diodes).")
	rows := [][]string{}
	for _, r := range []assessment.Role{assessment.RoleIT, assessment.RoleOT} {
		scope := todo("systems, networks and sites in this role's scope")
		counts := domainCounts(a, r)
		if counts == "" {
			counts = todo("the matrix gives this role no A or R")
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, r), notes.holder(a, r), counts, scope})
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

func rolesSupporting(d *docx.Document, a assessment.Assessment, notes registerNotes) {
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
			note = "\nAdvises on personal data; must stay independent of decisions on processing."
		}
		if r == assessment.RoleIntegrator {
			note = "\nAn external party, bound by contract: it may not be accountable for an ISMS control."
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, r), notes.holder(a, r), strings.Join(text, "\n") + note})
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
	d.Text("The information security policy and the topic-specific policies (Annex A 5.1) must be approved by top management: ISO/IEC 27001:2022 5.2 requires top management to establish the policy, and a policy approved below that level does not meet it. The matrix makes accountable for 5.1: " +
		rowRoles(a, "5.1", assessment.DomainIT, isAccountable, "accountable role") + " (corporate IT), " +
		rowRoles(a, "5.1", assessment.DomainOT, isAccountable, "accountable role") + " (plant OT), " +
		rowRoles(a, "5.1", assessment.DomainShared, isAccountable, "accountable role") + " (shared infrastructure).")
	switch weak, unknown := answerWeak(a, "GOV-08"); {
	case weak:
		d.Text("The assessment found this approval not yet given (GOV-08).")
	case unknown:
		d.Text("The assessment could not establish whether this approval has been given: GOV-08 was answered \"unknown\".")
	}

	d.Heading(2, "6.2 Accepting risk")
	d.Text(riskOwnersText("The table below") + " Before accepting, the risk owner must hear the roles the table says to consult; an acceptance lasts no longer than the period stated, and a disagreement or an overrun goes to the escalation role. A risk of a level or context the table does not name may not be accepted until the table is extended.")
	d.Text(precedenceText)
	d.Table(authorityTable(a))
	d.Text("Risk levels follow the organisation's risk criteria (ISO/IEC 27001:2022 6.1.2): " + todo("reference of the risk assessment method and the definition of each level"))

	d.Heading(2, "6.3 Stopping or allowing a change on the plant floor")
	d.Text("A change to plant systems (Annex A 8.32, plant OT) is allowed or stopped by " +
		rowRolesInText(a, "8.32", assessment.DomainOT, isAccountable, "accountable role") + ", after consulting the roles the matrix consults on it (" +
		rowRoles(a, "8.32", assessment.DomainOT, isConsulted, "consulted role") + "). Security changes must go through the plant's own change control; none may bypass it, its validation or requalification, or its downtime window.")
	d.Text("In an incident, the decision to isolate plant systems or stop production (Annex A 5.26, plant OT) rests with " +
		rowRolesInText(a, "5.26", assessment.DomainOT, isAccountable, "accountable role") + "; the people on shift who may act before that decision can be reached are " + todo("names or shift roles and the limits of their authority") + ".")
}

// regulatedVoices names who must be heard on a safety- or
// quality-relevant risk, as the profile says: EHS for a safety-critical
// process, Quality for validated systems, either when it says neither.
func regulatedVoices(a assessment.Assessment) string {
	ehs, q := assessment.RoleName(a.RoleNames, assessment.RoleEHS), assessment.RoleName(a.RoleNames, assessment.RoleQuality)
	switch p := a.Profile; {
	case p.SafetyCritical && p.Validated:
		return ehs + " and " + q
	case p.SafetyCritical:
		return ehs
	case p.Validated:
		return q
	}
	return ehs + " or " + q
}

// precedenceText is the rule that picks the context of a risk: safety and
// validated systems outrank the domain, so that a shared or IT component
// whose failure reaches a safety function or a GxP record is not accepted
// by the domain's authority alone.
const precedenceText = "Which context applies: a risk that touches process safety or a validated (GxP) system is safety- or quality-relevant whatever its domain, corporate IT, plant OT or shared infrastructure, and is accepted under the safety- or quality-relevant rows. Any other risk is accepted under the rows of its domain."

// authorityTable is the risk-acceptance authority table, one row per
// level and context, empty cells marked. A row not filled in leaves the
// consultation open with a placeholder: a dash would read as "nobody
// need be consulted", a decision the client never took.
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
		switch {
		case consult != "":
		case !ar.Authority.IsZero():
			consult = "none recorded"
		case ar.Key.Context == assessment.ContextRegulated:
			consult = todo("roles to consult, at least " + regulatedVoices(a))
		default:
			consult = todo(`roles to consult, or "none"`)
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
		Header:    []string{"Risk level", "Context", "Lowest authority to accept", "Must consult first", "Longest acceptance", "Escalates to"},
		Rows:      rows,
		BoldFirst: true,
	}
}

func rolesSteering(d *docx.Document, a assessment.Assessment, in Input) {
	d.Heading(1, "7. Steering group")
	chair := todo("chair – depends on the ownership model, which the assessment does not record")
	if r, _, ok := steeringChair(a); ok {
		chair = theRole(a, r) + ", " + orTodo(holderName(a, r), "name")
	}
	d.Text("A steering group is to direct the ISMS across IT and OT, settle what one domain cannot settle alone and prepare the management review. " + steeringGap(in.Findings, "its terms of reference") + "It is chaired by " + chair + ". Its membership, decisions, cadence and escalation are set out in its terms of reference: " +
		Filename(mustKind("steering"), a, in.Generated) + ".")
}

func rolesHolders(d *docx.Document, a assessment.Assessment, notes registerNotes) {
	d.Heading(1, "8. Role holders and deputies")
	d.Text("Every role the matrix uses must be held by a named person, with a deputy who stands in during absence. The holder must confirm the role in writing at the latest every twelve months and whenever it changes hands; a role held by someone who has left is vacant. One person may not hold two roles that conflict (segregation of duties, Annex A 5.3); the table notes where the register names the same person for such roles. " +
		"The system integrator or vendor is an external party: it is recorded with its contract reference and contact, not with a deputy and a confirmation.")
	var rows [][]string
	for _, r := range assessment.RACIRoles {
		h := a.Holders[r]
		if !usedInMatrix(a.Matrix, r) && h.IsZero() {
			continue
		}
		if r == assessment.RoleIntegrator {
			rows = append(rows, []string{
				assessment.RoleName(a.RoleNames, r),
				orTodo(h.Name, "company"),
				todo("contract reference and contact"),
				"Not applicable: bound by contract",
			})
			continue
		}
		rows = append(rows, []string{
			assessment.RoleName(a.RoleNames, r),
			notes.holder(a, r),
			orTodo(h.Deputy, "deputy"),
			notes.confirmed(a, r),
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

// steeringChair returns the role the ownership model makes chair of the
// steering group and the model's reason; ok is false when the assessment
// does not record the model.
func steeringChair(a assessment.Assessment) (chair assessment.Role, why string, ok bool) {
	m, _, ok := modelOf(a)
	if !ok {
		return "", "", false
	}
	switch m.ID {
	case assessment.ModelExecutiveLed:
		return assessment.RoleExecutive, "In the executive-led model the executive sponsor is accountable for the management system, legal duties and continuity, with the ISMS owner as custodian; the sponsor chairs and the ISMS owner acts as secretary.", true
	case assessment.ModelFederated:
		return assessment.RoleISMSOwner, "In the federated model each domain answers for its own field under central oversight; the ISMS owner, who keeps that oversight, chairs, and " + theRole(a, assessment.RoleSite) + " sits as a member because the plant owns its delivery.", true
	default:
		return assessment.RoleISMSOwner, "In the centralised model a central security team under the ISMS owner directs and is accountable for the controls; the ISMS owner chairs.", true
	}
}

// steeringGap is the sentence that says the group is not yet in place
// when the findings say so (GOV-06), "" otherwise: both documents
// describe the group as it is to be, never as already working. tor
// names the terms of reference as the sentence refers to them.
func steeringGap(fs []assessment.Finding, tor string) string {
	if _, ok := findingByID(fs, assessment.FindingNoSteeringGroup); ok {
		return "The assessment found no such group in place yet (GOV-06); " + tor + " set it up. "
	}
	return ""
}

// buildSteering writes the steering group's terms of reference: purpose,
// chair by ownership model, members, decisions, cadence, inputs to the
// management review, escalation of OT incidents, quorum and records.
func buildSteering(in Input) ([]byte, error) {
	a := in.A
	p := a.Profile
	notes := notesOf(a, in.Findings)
	d := newDoc("steering", in,
		"confirm the chair and members with top management and name them (section 3);",
		"set the meeting cadence and quorum; the figures in sections 5 and 8 are proposals;",
		"align the escalation path in section 7 with the site's emergency and incident procedures;")

	d.Heading(1, "1. Purpose")
	d.Text(fmt.Sprintf("The information security steering group of %s at %s directs the ISMS across corporate IT and plant OT. It turns top management's commitment (ISO/IEC 27001:2022 5.1) into decisions, keeps roles and authorities current (5.3), follows risk treatment (6.1.3) and the objectives (6.2), and prepares the management review (9.3). It does not replace top management: what the standard reserves to top management is decided by top management, on the group's recommendation.",
		orTodo(p.Organisation, "organisation"), orTodo(p.Site, "site")))
	if gap := steeringGap(in.Findings, "these terms of reference"); gap != "" {
		d.Text(strings.TrimSpace(gap))
	}
	d.Text(scopeText(a, "These terms of reference cover"))

	d.Heading(1, "2. Chair")
	if r, why, ok := steeringChair(a); ok {
		d.Para(docx.B("Chair: "), docx.Plain(withHolder(a, r)))
		d.Text(why)
	} else {
		d.Para(docx.B("Chair: "), docx.Plain(todo("chair – depends on the ownership model, which the assessment does not record")))
	}
	d.Text("Deputy chair: " + todo("name; a member who may chair in the chair's absence"))

	d.Heading(1, "3. Members")
	d.Text("Required members must attend every meeting or send their deputy from the role register. Members marked \"as needed\" are invited when the agenda touches their field. Whether a function is required follows from the site profile recorded in the assessment; top management, through the executive sponsor, is required in every model because the group sets objectives and priorities that commit resources (ISO/IEC 27001:2022 5.1, 7.1).")
	d.Table(steeringMembers(a, notes))

	d.Heading(1, "4. Decisions the group takes")
	for _, s := range []string{
		"Proposes the information security policy and its changes to top management for approval (5.2; Annex A 5.1).",
		"Agrees the ISMS objectives and the plan to reach them, and follows their progress (6.2).",
		"Reviews proposed changes to the RACI matrix and role register and submits them to top management for approval (5.3); settles ownership disputes between IT and OT, shared infrastructure first (Annex A 5.2).",
		"Reviews residual risks accepted by risk owners under the authority table and refers any it disputes to top management (6.1.3 f; 9.3). The group accepts no risk itself: acceptance stays with each risk's owner.",
		"Sets priorities and resources for the action plan from this assessment, including the downtime windows and requalification that plant-floor actions need (7.1, 8.3).",
		"Commissions the internal audit programme and follows nonconformities and corrective actions to closure (9.2, 10.2).",
		"Reviews every significant OT incident and the lessons learnt (Annex A 5.27).",
	} {
		d.Bullet(docx.Plain(s))
	}
	d.Text("Allowing or stopping an individual change on the plant floor stays with " + rowRolesInText(a, "8.32", assessment.DomainOT, isAccountable, "accountable role") + " under the plant's change control (Annex A 8.32); the group decides policy and priorities, not single changes.")
	d.Text(precedenceText + " " + overrideText(a))

	d.Heading(1, "5. Meeting cadence")
	d.Para(docx.I("Proposal, to be confirmed: "), docx.Plain("quarterly, and in any case before each management review; an extraordinary meeting after a significant OT incident, a major finding of an audit or a change of ownership model. Confirmed cadence: "+todo("cadence")))

	d.Heading(1, "6. Inputs to the management review")
	d.Text("The group prepares, for top management, the inputs to the management review that ISO/IEC 27001:2022 9.3 requires:")
	for _, s := range []string{
		"the status of actions decided at previous management reviews;",
		"changes in external and internal issues relevant to the ISMS, including changes at the plants (new lines, new connectivity, new suppliers);",
		"changes in the needs and expectations of interested parties relevant to the ISMS, including regulators and customers;",
		"feedback on information security performance, including trends in nonconformities and corrective actions, monitoring and measurement results, audit results and the fulfilment of the information security objectives;",
		"feedback from interested parties;",
		"the results of risk assessment and the status of the risk treatment plan, with the residual risks accepted since the last review;",
		"opportunities for continual improvement.",
	} {
		d.Bullet(docx.Plain(s))
	}
	d.Text("The outputs of the review, which 9.3 also requires, are top management's decisions on opportunities for continual improvement and on any changes needed to the ISMS, kept as documented information (7.5). The group records them in its minutes and follows each to closure.")
	d.Text(fmt.Sprintf("From this assessment: %s open findings on ownership (see the roles document, section 9).", findingCounts(in.Findings)))

	d.Heading(1, "7. Escalation of OT incidents")
	steeringEscalation(d, a)

	d.Heading(1, "8. Quorum and records")
	d.Para(docx.I("Proposal, to be confirmed: "), docx.Plain(quorumText(a)+" Confirmed quorum: "+todo("quorum")))
	d.Text("Agenda, papers, attendance, decisions and actions with owner and date must be recorded in minutes and kept as documented information under ISO/IEC 27001:2022 7.5, for " + todo("retention period") + ". The minutes are evidence for the management review and the internal audit.")
	return d.Bytes()
}

// overrideText says what no decision of the group overrides: the process
// safety function, and on a GMP site the quality unit's batch release.
func overrideText(a assessment.Assessment) string {
	s := "No decision of the group overrides a process-safety decision of " + theRole(a, assessment.RoleEHS)
	if a.Profile.Validated {
		s += " or a batch-release decision of " + theRole(a, assessment.RoleQuality)
	}
	return s + "."
}

// quorumText proposes the quorum. It counts persons, not roles: one
// person may hold several roles in the register, and a quorum of roles
// could then be met by one person deciding alone (Annex A 5.3).
// Plant-floor decisions also need the functions the profile makes
// required: Quality for validated systems, EHS for a safety-critical
// process.
func quorumText(a assessment.Assessment) string {
	plant := []string{theRole(a, assessment.RoleOT) + " or " + theRole(a, assessment.RoleSite)}
	if a.Profile.Validated {
		plant = append(plant, theRole(a, assessment.RoleQuality)+" (validated systems)")
	}
	if a.Profile.SafetyCritical {
		plant = append(plant, theRole(a, assessment.RoleEHS)+" (safety-critical process)")
	}
	plantText := plant[0]
	if len(plant) > 1 {
		plantText += ", as well as " + strings.Join(plant[1:], " and ")
	}
	return "the group is quorate when at least three different persons are present, among them the chair or deputy chair, " + theRole(a, assessment.RoleISMSOwner) +
		" and at least one of " + theRole(a, assessment.RoleIT) + " and " + theRole(a, assessment.RoleOT) +
		"; a person who holds two of these roles counts once. Decisions on plant-floor matters also need " + plantText +
		"; decisions that set objectives or commit resources need " + theRole(a, assessment.RoleExecutive) + "."
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
// needed according to the profile and the model. The executive sponsor
// is required in every model: the group agrees objectives and commits
// resources, which only top management can do (5.1, 7.1).
func steeringMembers(a assessment.Assessment, notes registerNotes) docx.Table {
	p := a.Profile
	model := assessment.ModelInUse(a)
	type member struct {
		role     assessment.Role
		required bool
		why      string
	}
	nis2 := p.NIS2 == assessment.NIS2Essential || p.NIS2 == assessment.NIS2Important
	exec := "Top management: commits resources, approves what the group proposes and conducts the management review (5.1, 9.3)."
	if model == assessment.ModelExecutiveLed {
		exec = "Chairs: the model makes the sponsor accountable for the management system."
	}
	if nis2 {
		exec += " The organisation is in scope of NIS2: its management body approves and oversees the cybersecurity risk-management measures (NIS2 Art. 20(1))."
	}
	members := []member{
		{assessment.RoleExecutive, true, exec},
		{assessment.RoleISMSOwner, true, "Keeps the ISMS; secretary of the group when not chairing."},
		{assessment.RoleSite, true, "Speaks for the plant: production, its resources and the response to incidents on the plant floor."},
		{assessment.RoleIT, true, "Runs corporate IT and, with OT, the shared infrastructure."},
		{assessment.RoleOT, true, "Runs the plant's control systems and their security."},
		{assessment.RoleOperations, true, "Speaks for production: downtime, shift work, the people at the line."},
		{assessment.RoleMaintenance, false, "Carries out plant-floor changes, utilities and equipment maintenance."},
		{assessment.RoleQuality, p.Validated,
			map[bool]string{true: "GMP-validated systems are in scope: changes and incidents can affect batch release.", false: "Invited when a matter touches product quality."}[p.Validated]},
		{assessment.RoleEHS, p.SafetyCritical,
			map[bool]string{true: "The process is safety-critical: security must never weaken a safety function.", false: "Invited when a matter touches health, safety or the environment."}[p.SafetyCritical]},
		{assessment.RoleLegal, nis2,
			map[bool]string{true: "The organisation is in scope of NIS2: duties to report significant incidents (NIS2 Art. 23).", false: "Invited on contracts, regulatory duties and incidents with legal effect."}[nis2]},
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
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, m.role), notes.holder(a, m.role), status, m.why})
	}
	rows = append(rows, []string{assessment.RoleName(a.RoleNames, assessment.RoleIntegrator), "–", "Not a member", "External: invited for a specific item, bound by contract and confidentiality."})
	return docx.Table{
		Widths:    []int{2100, 1900, 1350, docx.TextWidth - 5350},
		Header:    []string{"Function", "Holder", "Membership", "Why"},
		Rows:      rows,
		BoldFirst: true,
	}
}

// steeringEscalation writes how an OT incident is escalated, from the
// matrix rows of incident management (Annex A 5.24–5.27). A live
// incident goes to whoever the matrix makes accountable for the response
// on the plant floor (5.26), with process safety and quality, and the
// chair is informed: the chair directs the ISMS, not the plant.
func steeringEscalation(d *docx.Document, a assessment.Assessment) {
	ot := assessment.DomainOT
	p := a.Profile
	d.Text("An OT incident must be handled under the incident management of Annex A 5.24 to 5.27, with the roles the matrix gives on the plant floor:")
	for _, c := range []struct{ id, what string }{
		{"5.24", "plans and prepares incident management"},
		{"5.25", "assesses events and decides whether they are incidents"},
		{"5.26", "responds, including isolating systems or stopping production"},
		{"5.27", "learns from incidents"},
	} {
		acc := rowRoles(a, c.id, ot, isAccountable, "accountable role")
		resp := rowRoles(a, c.id, ot, isResponsible, "responsible role")
		who := "accountable: " + acc + "; responsible: " + resp
		if acc == resp {
			who = "accountable and responsible: " + acc
		}
		d.Bullet(docx.B("Annex A "+c.id+": "), docx.Plain(who+" – "+c.what+"."))
	}
	d.Text("The safety function comes first: no security response may disable or bypass a safety instrumented function or an interlock, and any response that touches one must be decided with " + theRole(a, assessment.RoleEHS) + ".")
	if p.Validated {
		d.Text("Where validated systems are affected, " + theRole(a, assessment.RoleQuality) + " must assess the impact on batches and product before release.")
	}
	ehs := theRole(a, assessment.RoleEHS) + " (the process is safety-critical)"
	if !p.SafetyCritical {
		ehs = theRole(a, assessment.RoleEHS) + " where safety may be affected"
	}
	quality := theRole(a, assessment.RoleQuality) + " (validated systems are in scope)"
	if !p.Validated {
		quality = theRole(a, assessment.RoleQuality) + " where product quality may be affected"
	}
	d.Text("An incident that stops or endangers production, affects safety or product quality, or may have to be reported to an authority must reach " +
		rowRolesInText(a, "5.26", ot, isAccountable, "accountable role") + ", accountable for the response on the plant floor (Annex A 5.26), " +
		todo("within how many hours, by which channel") + ", together with " + ehs + " and " + quality +
		". The chair of the group is informed at the same time; the group meets within " + todo("days") + " to review the incident. Reporting to authorities must follow Annex A 5.5, accountable on the plant floor: " +
		rowRoles(a, "5.5", ot, isAccountable, "accountable role") + ".")
	if n := p.NIS2; n == assessment.NIS2Essential || n == assessment.NIS2Important {
		d.Text("Because the organisation is in scope of NIS2, significant incidents must be notified to the CSIRT or competent authority: early warning within 24 h of becoming aware, notification within 72 h, final report within one month of the notification (NIS2 Art. 23).")
	}
}

// rowsWord writes "1 row", "5 rows".
func rowsWord(n int) string {
	if n == 1 {
		return "1 row"
	}
	return strconv.Itoa(n) + " rows"
}
