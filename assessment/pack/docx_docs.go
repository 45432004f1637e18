package pack

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/pack/docx"
)

// buildRoles writes "ISMS roles, responsibilities and authorities": the
// document an auditor asks for under ISO/IEC 27001:2022 5.3 and Annex A
// 5.2 and 5.3, drawn from the matrix, the role register, the authority
// table and the findings. Every statement about who does what is read
// from the assessment; what it does not hold is a placeholder.
func buildRoles(in Input) ([]byte, error) {
	a := in.A
	complete := []string{
		l10n.T("confirm the scope boundaries of corporate IT, plant OT and shared infrastructure (section 4);"),
		l10n.T("name every vacant role holder and deputy and have each holder confirm the role in writing (section 8);"),
		l10n.T("complete the risk-acceptance authority table where it is empty (section 6.2);"),
		l10n.T("decide, for every open gap in section 9, whether it is closed before issue or carried as an action;"),
	}
	// GOV-05 says a written scheme exists: the table is transcribed
	// from it, not decided afresh.
	if _, ok := assessment.WrittenSchemeOutsideTable(a); ok {
		complete[2] = l10n.T("transcribe the organisation's written risk-acceptance scheme (GOV-05) into the authority table (section 6.2), deciding only where it is silent;")
	}
	// An untouched matrix assigns nothing: the sections read from it say
	// so, and the document cannot be issued before it is filled in, since
	// assigning the roles is what it is for (5.3).
	untouched := matrixUntouched(a)
	if untouched {
		complete = append([]string{l10n.T("complete the ownership matrix (annex 1) and have top management approve it; this document cannot be issued before it (sections 3 to 5 and 10);")}, complete...)
	}
	// A matrix started from one of the tool's models holds the tool's
	// proposal until the organisation confirms it: this document must
	// not pass it off as the organisation's assignment.
	if m, ok := assessment.ModelByID(a.Model); ok && !untouched {
		complete = append(complete, l10n.F("confirm with the role holders every assignment read from the matrix (sections 3 to 5 and 10): the matrix was started from the tool's %s ownership model, and each letter is the tool's proposal until the organisation confirms it;", m.Name))
	}
	d := newDoc("roles", in, complete...)

	d.Heading(1, l10n.T("1. Purpose and scope"))
	d.Text(l10n.F("This document assigns the roles, responsibilities and authorities of the information security management system (ISMS) of %s (site: %s), across corporate IT, the plant's operational technology (OT) and the infrastructure they share. It is how top management meets ISO/IEC 27001:2022 5.3 (roles assigned and communicated, including reporting on ISMS performance) and Annex A 5.2 (security roles and responsibilities) and 5.3 (segregation of duties).",
		orTodo(a.Profile.Organisation, l10n.T("organisation")), orTodo(a.Profile.Site, l10n.T("site"))))
	d.Text(riskOwnersText(l10n.T("Section 6.2")))
	d.Text(scopeText(a, l10n.T("This document covers")))
	d.Para(runsF(l10n.T("The ISMS scope itself (ISO/IEC 27001:2022 4.3) is defined in %s."), docx.I(todo(l10n.T("reference of the scope document"))))...)

	notes := notesOf(a, in.Findings)
	// The rows the matrix checks flag, read by sections 4, 5 and 10.
	flagged := flaggedRows(a)
	rolesModel(d, a, notes)
	rolesOwner(d, a, notes, in.Findings, untouched)
	rolesDomains(d, a, notes, untouched, flagged)
	rolesSupporting(d, a, notes, untouched, flagged)
	rolesAuthorities(d, a)
	rolesSteering(d, a, in)
	rolesHolders(d, a, notes)
	rolesGaps(d, a, in.Findings)
	rolesRACI(d, a, in, untouched, flagged)
	return d.Bytes()
}

// riskOwnersText separates the authority table from the risk owners: the
// table is part of the risk acceptance criteria and sets a floor; the
// owner of each risk is named in the risk register and decides on it.
// table is how the sentence names the table: "Section 6.2", "The table
// below".
func riskOwnersText(table string) string {
	return l10n.F("%s sets the lowest authority that may accept a residual risk at each level (risk acceptance criteria, ISO/IEC 27001:2022 6.1.2 a 1). The risk owner of each risk, named in the risk register (6.1.2 c 2), approves its treatment plan and accepts the residual risk (6.1.3 f), and must hold at least that authority.", table)
}

// runsF writes a sentence as plain runs, each %s of format (already in
// the current language, from l10n.T) replaced by the next of runs, in
// order: a sentence with a bold or italic part whose place differs
// between languages. The format has only %s verbs.
func runsF(format string, runs ...docx.Run) []docx.Run {
	f := format
	var out []docx.Run
	i := 0
	for {
		before, after, ok := strings.Cut(f, "%s")
		if !ok || i == len(runs) {
			break
		}
		if before != "" {
			out = append(out, docx.Plain(before))
		}
		out = append(out, runs[i])
		i++
		f = after
	}
	if f != "" {
		out = append(out, docx.Plain(f))
	}
	return out
}

func rolesModel(d *docx.Document, a assessment.Assessment, notes registerNotes) {
	d.Heading(1, l10n.T("2. Ownership model"))
	m, recorded, ok := modelOf(a)
	if recorded {
		d.Para(append(runsF(l10n.F("The organisation runs the %s ownership model (%s). ", "%s", l10n.T("recorded in the profile as the model the organisation runs")), docx.B(m.Name)), docx.Plain(m.Summary))...)
	} else {
		d.Text(l10n.T("The assessment does not record which ownership model the organisation runs.") + " " + todo(l10n.T("ownership model – centralised, federated or executive-led – and the decision that adopted it")))
	}
	if ok && !recorded {
		// The preset is the tool's proposal, not the organisation's
		// decision (MOD-01 may say none was taken).
		d.Para(append(runsF(l10n.F("The matrix in this document was started from the tool's %s model, as a proposal; that model reads: ", "%s"), docx.B(m.Name)), docx.Plain(m.Summary))...)
	}
	// The centralised model speaks of a central security team; where the
	// profile records none, the document must not suggest one exists.
	if ok && m.ID == assessment.ModelCentralised && !a.Profile.CentralRisk {
		d.Text(l10n.T("The profile records no central security or risk function, so the central team this model describes does not exist yet: until one is set up, what the model gives that team falls to the ISMS owner in person, who must be given the time and the authority for it (ISO/IEC 27001 5.3, 7.1)."))
	}
	// The matrix separates duties by role; one person holding both roles
	// undoes it, whatever the matrix says.
	if ps := notes.pairs(a); len(ps) > 0 {
		d.Para(docx.B(l10n.T("Segregation of duties: ")), docx.Plain(l10n.F("the matrix separates duties by role, and a separation by role holds only between different persons. The role register names one person for roles that must be kept apart: %s (Annex A 5.3; see sections 3 and 8 and the register finding in section 9).", strings.Join(ps, "; "))))
	}
	rec := assessment.Recommend(a)
	d.Heading(2, l10n.T("Why this model"))
	// With no question answered the profile alone decides, and the
	// sentences say so rather than name answers there are none of.
	answered := anyAnswered(a)
	if !answered {
		d.Text(l10n.T("No question of the assessment has been answered yet: only the profile weighs in what follows."))
	}
	// keepAsked: the tie's decision already asks whether to keep the
	// model in use. blanked: the sentence above the reasons already
	// leaves the blank for the rationale, so that the reasons below do
	// not ask a second time.
	keepAsked, blanked := false, false
	// Where the profile records the model the organisation runs, the
	// section opens with how the assessment stands to it, in the words
	// of the results and the report (Recommendation.InUseText): the model
	// is chosen, and changing it is top management's decision (ISO/IEC
	// 27001 5.3), neither the assessment's nor the steering group's.
	inUse := ""
	if recorded {
		inUse = rec.InUseText(m.ID) + " "
	}
	switch {
	case recorded && rec.IsTie() && slices.Contains(rec.Tied, m.ID):
		// The answers call for no change: what would tell the tied
		// models apart is information, not a decision to take.
		text := inUse
		if pairTie(rec) {
			text += l10n.T("What would decide it: ") + rec.Decide
		}
		d.Text(strings.TrimSpace(text))
	case recorded && !rec.IsTie() && rec.Model == m.ID:
		d.Text(strings.TrimSpace(inUse))
	case recorded && len(rec.InUseWorks) > 0:
		// The answers show the model in use chosen deliberately and
		// working: a higher score elsewhere puts nothing to a decision,
		// and MOD-01 says the choice and its reasons are recorded.
		d.Text(strings.TrimSpace(inUse))
		blanked = true
	case recorded && !rec.IsTie():
		d.Text(inUse + l10n.F("Top management records why it keeps its model or plans the change: %s", todo(l10n.T("rationale for the model chosen"))))
		blanked = true
	case rec.IsTie():
		names := make([]string, len(rec.Tied))
		for i, id := range rec.Tied {
			mm, _ := assessment.ModelByID(id)
			names[i] = mm.Name
		}
		// The tie is a decision for top management: it says what the
		// steering group is to decide, or, for a model the profile
		// records, what top management is. Where the organisation runs a
		// third model, left out of a tie between two, the sentence gives
		// that model's score and the decision starts with whether to keep
		// it, with the one blank for the decision and its rationale.
		// Where it runs a model left out of another tie (the three-way
		// tie leaves out none), the blank asks for the rationale of the
		// model chosen.
		keep := ""
		if ok && !slices.Contains(rec.Tied, m.ID) && pairTie(rec) {
			keep, keepAsked = m.Name, true
		}
		var tie string
		switch {
		case keepAsked && answered && !recorded:
			tie = l10n.F("The assessment's profile and answers do not single out one model: %s score equally; the %s model the matrix was started from scores %s.", tiedNames(names), m.Name, assessment.PointsText(rec.Scores[m.ID]))
		case keepAsked && !recorded:
			tie = l10n.F("The assessment's profile does not single out one model: %s score equally; the %s model the matrix was started from scores %s.", tiedNames(names), m.Name, assessment.PointsText(rec.Scores[m.ID]))
		case keepAsked:
			// The sentence in use has named the tied models: the
			// scores are what it leaves to say.
			tie = l10n.F("They score %s each, the %s model %s.", assessment.PointsText(rec.Scores[rec.Model]), m.Name, assessment.PointsText(rec.Scores[m.ID]))
		case answered:
			tie = l10n.F("The assessment's profile and answers do not single out one model: %s score equally.", tiedNames(names))
		default:
			tie = l10n.F("The assessment's profile does not single out one model: %s score equally.", tiedNames(names))
		}
		decide := tieDecision(rec, keep, recorded)
		blanked = keepAsked
		if ok && !slices.Contains(rec.Tied, m.ID) && !keepAsked {
			decide += " " + todo(l10n.T("rationale for the model chosen"))
			blanked = true
		}
		d.Text(inUse + tie + " " + decide)
	default:
		rm, _ := assessment.ModelByID(rec.Model)
		switch {
		case ok && !recorded && rm.ID == m.ID && answered:
			d.Text(l10n.F("The assessment's profile and answers point to the %s model, the one the matrix was started from; it remains a proposal until top management adopts a model.", rm.Name))
		case ok && !recorded && rm.ID == m.ID:
			d.Text(l10n.F("The assessment's profile points to the %s model, the one the matrix was started from; it remains a proposal until top management adopts a model.", rm.Name))
		case ok && !recorded:
			// The section already asks for the model adopted; the
			// rationale goes with it.
			what := l10n.F("The assessment's profile points to the %s model; the matrix was started from the tool's %s model.", rm.Name, m.Name)
			if answered {
				what = l10n.F("The assessment's profile and answers point to the %s model; the matrix was started from the tool's %s model.", rm.Name, m.Name)
			}
			d.Text(what + " " + l10n.T("Top management is to decide which model the organisation adopts and record why.") + " " + todo(l10n.T("rationale for the model chosen")))
			blanked = true
		case answered:
			// No model recorded nor started from: the one in use is
			// not known here.
			d.Text(l10n.F("The assessment's profile and answers point to the %s model. Where that differs from the model the organisation runs, top management should record why it keeps its model or plan the change: %s", rm.Name, todo(l10n.T("rationale for the model chosen"))))
			blanked = true
		default:
			d.Text(l10n.F("The assessment's profile points to the %s model. Where that differs from the model the organisation runs, top management should record why it keeps its model or plan the change: %s", rm.Name, todo(l10n.T("rationale for the model chosen"))))
			blanked = true
		}
	}
	if rec.Caveat != "" {
		d.Text(rec.Caveat)
	}
	// The reasons for the recommended model first, then those that
	// favour another model, then those weighed and counted for none (the
	// federated model's with a single plant, see assessment.outOfFit), so
	// that the document shows what was weighed and files no reason as in
	// favour of a model it gave nothing to.
	if len(rec.Details) == 0 {
		d.Bullet(docx.Plain(todo(l10n.T("the reasons for the model: the profile and answers gave none"))))
		return
	}
	lead := rec.Model
	if ok {
		lead = m.ID
	}
	lm, _ := assessment.ModelByID(lead)
	var other, uncounted []string
	d.Para(docx.B(l10n.F("In favour of the %s model:", lm.Name)))
	n := 0
	for _, r := range rec.Details {
		switch {
		case r.Points[lead] > 0:
			d.Bullet(docx.Plain(r.Text))
			n++
		case !countsForAny(r):
			uncounted = append(uncounted, r.Text)
		default:
			other = append(other, r.Text)
		}
	}
	switch {
	case n == 0 && blanked:
		d.Bullet(docx.Plain(l10n.T("No rule of the assessment favours this model.")))
	case n == 0:
		d.Bullet(docx.Plain(l10n.T("No rule of the assessment favours this model.") + " " + todo(l10n.T("rationale for the model chosen"))))
	}
	if len(other) > 0 {
		d.Para(docx.B(l10n.T("Weighed, in favour of other models:")))
		for _, r := range other {
			d.Bullet(docx.Plain(r))
		}
	}
	if len(uncounted) > 0 {
		d.Para(docx.B(l10n.T("Weighed, not counted for any model:")))
		for _, r := range uncounted {
			d.Bullet(docx.Plain(r))
		}
	}
}

// countsForAny reports whether reason r gives points to at least one
// model. A reason weighed for a model the profile rules out lists that
// model with 0 (assessment.ModelReason.Points) and counts for none.
func countsForAny(r assessment.ModelReason) bool {
	for _, p := range r.Points {
		if p > 0 {
			return true
		}
	}
	return false
}

// tieDecision is what section 2 says is to be decided when two models
// tie: "To decide in the steering group: whether …". The recommendation's
// text for a pair of models (assessment.Recommendation.Decide) is a
// sentence opening with the conjunction "Whether" / "Ob", which after the
// lead-in's colon is written in lower case in both languages. keep, when
// not "", is the name of the model the organisation runs, left out of the
// tie: the decision is then first whether to keep it and, if not, which
// of the two, and ends with the blank for the decision and its rationale.
// Where the profile records that model (recorded), the decision is top
// management's (ISO/IEC 27001 5.3), not the steering group's: a model in
// use is changed only by whoever adopted it.
// The other ties keep their text as it stands: the three-way tie already
// says "decide in the steering group on …", and the tie with no points
// says what to record first.
func tieDecision(rec assessment.Recommendation, keep string, recorded bool) string {
	switch {
	case !pairTie(rec):
		return rec.Decide
	case keep != "" && !recorded:
		return l10n.F("To decide in the steering group: whether to adopt the %s model the matrix was started from and, if not, %s", keep, lowerFirst(rec.Decide)) + " " + todo(l10n.T("the decision and its rationale"))
	case keep != "":
		return l10n.F("For top management to decide: whether to keep the %s model and, if not, %s", keep, lowerFirst(rec.Decide)) + " " + todo(l10n.T("the decision and its rationale"))
	default:
		return l10n.F("To decide in the steering group: %s", lowerFirst(rec.Decide))
	}
}

// pairTie reports whether rec is a tie between two models with the text
// of what decides between them.
func pairTie(rec assessment.Recommendation) bool {
	return len(rec.Tied) == 2 && rec.Decide != ""
}

// lowerFirst writes the first letter of s in lower case, unless the first
// word is written in capitals ("IT", "OT"), which stay as they are.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	if next, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// tiedNames lists the names of tied models: "A and B and C" in English,
// as it has always read; in another language quoted, the last joined with
// its "and": „A“, „B“ und „C“.
func tiedNames(names []string) string {
	if l10n.Current() == l10n.EN || len(names) < 2 {
		return strings.Join(names, " and ")
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "„" + n + "“"
	}
	return strings.Join(q[:len(q)-1], ", ") + l10n.T(" and ") + q[len(q)-1]
}

func rolesOwner(d *docx.Document, a assessment.Assessment, notes registerNotes, fs []assessment.Finding, untouched bool) {
	d.Heading(1, l10n.T("3. Top management and the accountable ISMS owner"))
	owner := assessment.RoleISMSOwner
	acc, resp := letterCounts(a.Matrix, owner)
	d.Para(docx.B(assessment.RoleName(a.RoleNames, owner)+": "), docx.Plain(orTodo(holderName(a, owner), l10n.T("name"))))
	for _, s := range ownerNotes(a, owner, notes, fs) {
		d.Para(docx.I(s))
	}
	if untouched {
		// "Accountable in 0 rows" and fifteen placeholders would read as
		// decisions; the duties stand, the assignments wait for the
		// matrix.
		d.Text(l10n.T("The ISMS owner keeps the management system running on behalf of top management: scope, policy drafts, the risk method and risk register, the Statement of Applicability, the internal audit programme and the preparation of the management review."))
		d.Text(l10n.T("Top management answers for the policy, the assignment of roles and its own duties (ISO/IEC 27001:2022 5.1, 5.2, 5.3)."))
		d.Text(matrixNotStartedText())
		managementBody(d, a)
		return
	}
	d.Text(l10n.F("The ISMS owner keeps the management system running on behalf of top management: scope, policy drafts, the risk method and risk register, the Statement of Applicability, the internal audit programme and the preparation of the management review. In the matrix the ISMS owner is accountable in %d rows and responsible in %d (of %d matrix rows: %d controls × %d domains).",
		acc, resp, len(assessment.Controls())*len(assessment.Domains), len(assessment.Controls()), len(assessment.Domains)))
	d.Text(l10n.T("Top management answers for the policy, the assignment of roles and its own duties (ISO/IEC 27001:2022 5.1, 5.2, 5.3). The matrix assigns accountability for the management-system controls as follows; where it names a role below top management, section 9 lists the gap."))
	if origin := assessment.PresetOrigin(a); origin != "" {
		d.Para(docx.I(origin))
	}
	rows := make([][]string, 0, 5)
	for _, c := range []string{"5.1", "5.2", "5.3", "5.4", "5.35"} {
		ctl := assessment.Controls()[assessment.ControlIndex(c)]
		row := []string{c + " " + ctl.Label}
		for _, dm := range assessment.Domains {
			row = append(row, accountableRoles(a, c, dm))
		}
		rows = append(rows, row)
	}
	d.Table(docx.Table{
		Widths:    []int{3038, 2200, 2200, 2200},
		Header:    []string{l10n.T(shortTitleHeader), assessment.DomainLabel(assessment.DomainIT), assessment.DomainLabel(assessment.DomainOT), assessment.DomainLabel(assessment.DomainShared)},
		Rows:      rows,
		BoldFirst: true,
	})
	managementBody(d, a)
}

// managementBody says, for an essential or important entity under NIS2,
// that the Directive gives the approval and oversight of the measures to
// the management body itself (Art. 20), and leaves how that body takes
// them for the organisation to state: the executive sponsor the matrix
// names acts for top management, but the tool does not know whether the
// sponsor sits on the management body, and must not say so.
func managementBody(d *docx.Document, a assessment.Assessment) {
	if !a.Profile.NIS2Entity() {
		return
	}
	// The profile says which class the organisation is in; the sentence
	// names that one.
	class := l10n.T("The organisation is an important entity under NIS2: its management body approves the cybersecurity risk-management measures and oversees their implementation (Art. 20(1)), and its members follow cybersecurity training (Art. 20(2)).")
	if a.Profile.NIS2 == assessment.NIS2Essential {
		class = l10n.T("The organisation is an essential entity under NIS2: its management body approves the cybersecurity risk-management measures and oversees their implementation (Art. 20(1)), and its members follow cybersecurity training (Art. 20(2)).")
	}
	d.Text(class + " " + l10n.F("State how the management body takes these decisions where the %s acts for top management: %s",
		assessment.RoleName(a.RoleNames, assessment.RoleExecutive), todo(l10n.T("the sponsor's seat on the management body, or the resolution by which the body approves the measures"))))
	// What the answers already say about those duties, so that the blank
	// is completed from them and never against them.
	var said []string
	for _, duty := range []struct{ id, what string }{
		{"GOV-11", l10n.T("approval of the measures")},
		{"GOV-12", l10n.T("oversight of their implementation")},
		{"GOV-13", l10n.T("the members' training")},
	} {
		r, asked := assessment.AskedRating(a, duty.id)
		if !asked || r == assessment.RatingNone {
			continue
		}
		said = append(said, l10n.F("%s, %s: \u201c%s\u201d", duty.id, duty.what, r.Label()))
	}
	if len(said) > 0 {
		d.Text(l10n.F("The assessment's answers on these duties: %s.", strings.Join(said, "; ")))
	}
}

// ownerNotes are the notes under the ISMS owner's name in section 3: what
// the findings say against the appointment, so that the name and the gap
// are never read apart. A name in the register is not an appointment:
// while the assessment finds no single accountable owner (GOV-01), the
// document says the appointment is not confirmed.
func ownerNotes(a assessment.Assessment, owner assessment.Role, notes registerNotes, fs []assessment.Finding) []string {
	var out []string
	if f, ok := findingByID(fs, assessment.FindingNoSingleOwner); ok {
		ref := l10n.T("see section 9")
		if slices.Contains(f.Questions, "GOV-01") {
			ref = "GOV-01; " + ref
		}
		name := holderName(a, owner)
		rating, weak := gov01Weak(a)
		switch {
		case weak && name != "" && slices.Contains(f.Questions, "GOV-01"):
			// The register and the answer contradict each other; the
			// document states it rather than reconcile them, and top
			// management settles it before issue (5.3).
			l, _ := rating.Level()
			out = append(out, l10n.F("The role register names %s as %s, but GOV-01 was rated %s (%d): “%s” Top management confirms the appointment in writing, or the register is corrected, before this document is issued (ISO/IEC 27001:2022 5.3; %s).",
				name, assessment.RoleName(a.RoleNames, owner), rating.Label(), l, assessment.QuestionLevelTextAt("GOV-01", rating, gov01Applies(), a.Profile.Plants), l10n.T("see section 9")))
		case f.Unconfirmed && holderName(a, owner) != "":
			out = append(out, l10n.F("Named in the role register; whether this is a formal appointment as the single accountable owner of the ISMS could not be established (GOV-01 was answered \"unknown\"; %s).", l10n.T("see section 9")))
		case f.Unconfirmed:
			out = append(out, l10n.F("The assessment could not establish whether one person is accountable for the ISMS as a whole (GOV-01 was answered \"unknown\"; %s).", l10n.T("see section 9")))
		case f.CaseByCase:
			out = append(out, l10n.F("Accountability for the ISMS as a whole is taken case by case but not formally assigned to one named person (GOV-01 at level 1; %s).", l10n.T("see section 9")))
		case name != "":
			// Raised by the matrix, not by GOV-01: the name stands, the
			// split accountability is the gap.
			out = append(out, l10n.F("Named in the role register; the matrix does not give the management-system controls 5.1 to 5.4 to one single accountable role (%s).", ref))
		default:
			out = append(out, l10n.F("The assessment found no single accountable owner for the ISMS (%s).", ref))
		}
	}
	if c := notes.conflict(a, owner); c != "" {
		out = append(out, c)
	}
	if notes.overdue[owner] {
		out = append(out, l10n.F("Last confirmed %s: overdue, more than 12 months before %s (section 8).", l10n.StoredDate(a.Holders[owner].Confirmed), l10n.StoredDate(notes.asOf)))
	}
	return out
}

// gov01Weak returns GOV-01's rating and whether it is rated 0 or 1:
// nobody named, or someone acting as owner without a written
// appointment.
func gov01Weak(a assessment.Assessment) (assessment.Rating, bool) {
	r := a.Answers["GOV-01"].Rating
	weak, _ := assessment.AnswerWeak(a, "GOV-01")
	return r, weak
}

// gov01Applies is the part of the estate GOV-01 asks about, for its level
// text.
func gov01Applies() assessment.Applies {
	q, _ := assessment.QuestionByID("GOV-01")
	return q.Applies
}

func rolesDomains(d *docx.Document, a assessment.Assessment, notes registerNotes, untouched bool, flagged []assessment.CellKey) {
	d.Heading(1, l10n.T("4. IT and OT owners and their scope"))
	d.Text(l10n.F("Each domain needs a lead who runs its systems and carries out the controls the matrix gives it. The scope boundaries are not held by the assessment and must be stated here, with the systems on each side of the IT/OT boundary and the shared components (%s).", assessment.SharedComponents(a.Profile)))
	components := todo(l10n.T("list of shared components and their owners"))
	if untouched {
		// Holders and scopes are still to be stated; the matrix column
		// would only repeat that nothing is assigned.
		rows := [][]string{}
		for _, r := range []assessment.Role{assessment.RoleIT, assessment.RoleOT} {
			rows = append(rows, []string{assessment.RoleName(a.RoleNames, r), notes.holder(a, r), todo(l10n.T("systems, networks and sites in this role's scope"))})
		}
		d.Table(docx.Table{
			Widths:    []int{2000, 2400, docx.TextWidth - 4400},
			Header:    []string{l10n.T("Role"), l10n.T("Holder"), l10n.T("Scope")},
			Rows:      rows,
			BoldFirst: true,
		})
		d.Text(matrixNotStartedText())
		d.Para(docx.B(l10n.T("Shared infrastructure. ")), docx.Plain(l10n.F("Each shared component needs one named owner: %s", components)))
		return
	}
	rows := [][]string{}
	for _, r := range []assessment.Role{assessment.RoleIT, assessment.RoleOT} {
		scope := todo(l10n.T("systems, networks and sites in this role's scope"))
		counts := domainCounts(a, r)
		if counts == "" {
			counts = todo(l10n.T("the matrix gives this role no A or R"))
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, r), notes.holder(a, r), counts, scope})
	}
	d.Table(docx.Table{
		Widths:    []int{2000, 1900, 3238, 2500},
		Header:    []string{l10n.T("Role"), l10n.T("Holder"), l10n.T("Matrix rows (of 93 per domain)"), l10n.T("Scope")},
		Rows:      rows,
		BoldFirst: true,
	})
	d.Text(l10n.T("Section 10 shows, per Annex A theme, how many controls each lead is accountable for; the RACI annex lists them row by row."))
	if len(flagged) > 0 {
		d.Text(l10n.T(flaggedPointer))
	}
	// The pointer to section 10 must point to something: with no shared
	// row accountable yet, the sentence says that instead.
	if _, none := countRoles(a.Matrix, assessment.Controls(), assessment.DomainShared, isAccountable); none == len(assessment.Controls()) {
		d.Para(docx.B(l10n.T("Shared infrastructure. ")), docx.Plain(l10n.F("The matrix makes no role accountable on any shared-infrastructure row yet (section 10; RACI annex). Each shared component needs one named owner: %s", components)))
		return
	}
	d.Para(docx.B(l10n.T("Shared infrastructure. ")), docx.Plain(l10n.F("Who is accountable on the shared rows is set out in the summary in section 10 and, row by row, in the RACI annex. Each shared component needs one named owner: %s", components)))
}

// supportingRoles are the functions that assure or support the ISMS, in
// matrix column order.
var supportingRoles = []assessment.Role{
	assessment.RoleSite, assessment.RoleOperations, assessment.RoleMaintenance,
	assessment.RoleQuality, assessment.RoleEHS, assessment.RoleLegal, assessment.RoleDPO,
	assessment.RoleHR, assessment.RoleProcurement, assessment.RoleIntegrator,
}

func rolesSupporting(d *docx.Document, a assessment.Assessment, notes registerNotes, untouched bool, flagged []assessment.CellKey) {
	d.Heading(1, l10n.T("5. Supporting functions"))
	if untouched {
		d.Text(matrixNotStartedText())
		return
	}
	d.Text(l10n.T("The functions below own or carry out part of the ISMS in their own field. The list is read from the matrix: a function is accountable (A or A/R) or does the work (R or A/R) in the controls named; where it is only consulted, the count says so."))
	if len(flagged) > 0 {
		d.Text(l10n.T(flaggedPointer))
	}
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
			text = append(text, l10n.F("Accountable: %s", owns))
		}
		if does != "" {
			text = append(text, l10n.F("Responsible: %s", does))
		}
		if consulted > 0 {
			text = append(text, l10n.N(consulted, "Consulted in %d row", "Consulted in %d rows"))
		}
		note := ""
		if r == assessment.RoleDPO {
			note = "\n" + l10n.T("Advises on personal data; must stay independent of decisions on processing.")
		}
		if r == assessment.RoleIntegrator {
			note = "\n" + l10n.T("An external party, bound by contract: it may not be accountable for an ISMS control.")
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, r), notes.holder(a, r), strings.Join(text, "\n") + note})
	}
	if len(rows) == 0 {
		d.Text(todo(l10n.T("the matrix names no supporting function")))
		return
	}
	d.Table(docx.Table{
		Widths:    []int{2000, 1800, docx.TextWidth - 3800},
		Header:    []string{l10n.T("Function"), l10n.T("Holder"), l10n.T("What it owns or does in the matrix")},
		Rows:      rows,
		BoldFirst: true,
	})
}

func rolesAuthorities(d *docx.Document, a assessment.Assessment) {
	d.Heading(1, l10n.T("6. Authorities"))
	d.Heading(2, l10n.T("6.1 Approving policy"))
	d.Text(l10n.F("The information security policy must be established and approved by top management (ISO/IEC 27001:2022 5.2); a policy approved below that level does not meet it. Topic-specific policies (Annex A 5.1) are approved by management at the level the policy framework sets; those that bind the plants, by a role with authority over them. The matrix makes accountable for 5.1: %s (corporate IT), %s (plant OT), %s (shared infrastructure).",
		accountableRoles(a, "5.1", assessment.DomainIT),
		accountableRoles(a, "5.1", assessment.DomainOT),
		accountableRoles(a, "5.1", assessment.DomainShared)))
	switch weak, unknown := assessment.AnswerWeak(a, "GOV-08"); {
	case weak:
		d.Text(l10n.T("The assessment found this approval missing or incomplete (GOV-08)."))
	case unknown:
		d.Text(l10n.T("The assessment could not establish whether this approval has been given: GOV-08 was answered \"unknown\"."))
	}

	d.Heading(2, l10n.T("6.2 Accepting risk"))
	d.Text(riskOwnersText(l10n.T("The table below")) + " " + l10n.T("Before accepting, the risk owner must hear the roles the table says to consult; an acceptance lasts no longer than the period stated, and a disagreement or an overrun goes to the escalation role. Once this table is approved, a risk of a level or context it does not name may not be accepted until the table is extended."))
	d.Text(precedenceText(a))
	if origin := authorityOrigin(a); origin != "" {
		d.Para(docx.I(origin))
	}
	d.Table(authorityTable(a))
	d.Text(l10n.F("Risk levels follow the organisation's risk criteria (ISO/IEC 27001:2022 6.1.2): %s", todo(l10n.T("reference of the risk assessment method and the definition of each level"))))

	d.Heading(2, l10n.T("6.3 Stopping or allowing a change on the plant floor"))
	// The routes a security change must not bypass are those the profile
	// says the site has: validation only where systems are validated, the
	// process-safety management of change only for a safety-critical
	// process.
	change := l10n.F("Changes to plant systems (Annex A 8.32, plant OT) are controlled under the accountability of %s: each change is allowed or stopped under the plant's own change control, by the approvers its procedure names, after consulting the roles the matrix consults on it (%s).",
		accountableInText(a, "8.32", assessment.DomainOT),
		rowRoles(a, "8.32", assessment.DomainOT, isConsulted, l10n.T("consulted role"))) +
		" " + l10n.T("Security changes must go through the plant's own change control and fit its downtime windows; none may bypass them.")
	if a.Profile.Validated {
		change += " " + l10n.T("On validated systems they also pass the site's validation procedure; how much must be requalified is decided in its change control, with Quality.")
	}
	if a.Profile.SafetyCritical {
		change += " " + l10n.T("A change that can affect a safety function also passes the process-safety management of change, with EHS.")
	}
	d.Text(change)
	// The rule reads as practice; where the answers on the routes it
	// names are weak or unknown, it is what their actions put in place,
	// and the document names each such route with its answer rather than
	// state the rule as working. A route the profile does not give the
	// site is not asked, and so never named.
	var open []string
	for _, r := range []struct{ id, route string }{
		{"CHG-02", l10n.T("the plant's own change control")},
		{"CHG-03", l10n.T("validation on GxP systems")},
		{"CHG-07", l10n.T("the process-safety management of change")},
		{"CHG-06", l10n.T("an urgent route that keeps these reviews")},
	} {
		if weak, unknown := assessment.AnswerWeak(a, r.id); weak || unknown {
			open = append(open, l10n.F("%s (%s, answered \u201c%s\u201d)", r.route, r.id, a.Answers[r.id].Rating.Label()))
		}
	}
	if n := len(open); n > 0 {
		list := open[n-1]
		if n > 1 {
			list = strings.Join(open[:n-1], "; ") + l10n.T("; or ") + list
		}
		if n == 1 {
			d.Text(l10n.F("The answers do not yet show that security changes pass %s: that part of the rule above is what the action on it puts in place.", list))
		} else {
			d.Text(l10n.F("The answers do not yet show that security changes pass %s: those parts of the rule above are what the actions on them put in place.", list))
		}
	}
	d.Text(l10n.F("In an incident, the decision to isolate plant systems or stop production (Annex A 5.26, plant OT) rests with %s; the people on shift who may act before that decision can be reached are %s.",
		accountableInText(a, "5.26", assessment.DomainOT), todo(l10n.T("names or shift roles and the limits of their authority"))))
	// The sentence above reads the matrix; where INC-02 says the decision
	// is not yet defined, it is a proposal until the incident procedure
	// says so, and the document must not read as if it were settled.
	weak, unknown := assessment.AnswerWeak(a, "INC-02")
	switch {
	case weak && a.Profile.Plants == 1:
		d.Text(l10n.T("The assessment found who may take this decision not yet defined (INC-02): the matrix's assignment holds only once the incident procedure names the decision-maker and a deputy."))
	case weak:
		d.Text(l10n.T("The assessment found who may take this decision not yet defined (INC-02): the matrix's assignment holds only once the incident procedure names the decision-maker and a deputy, for each plant."))
	case unknown:
		d.Text(l10n.T("The assessment could not establish whether who may take this decision is defined: INC-02 was answered \"unknown\"."))
	}
	if (weak || unknown) && a.Unsettled("INC-02") {
		// A consensus took the lowest answer: the respondents differ
		// on whether the decision is defined, which is itself what the
		// procedure must settle.
		d.Text(l10n.T("The respondents answered INC-02 differently and the session did not settle it: the lowest answer counts until the group agrees."))
	}
}

// regulatedVoices names who must be heard on a safety- or
// quality-relevant risk, as the preset and the rules printed with the
// table have it (assessment.RegulatedVoices): EHS for a safety-critical
// process, Quality for validated systems, both when the profile records
// both or neither.
func regulatedVoices(a assessment.Assessment) string {
	ehs, q := assessment.RoleName(a.RoleNames, assessment.RoleEHS), assessment.RoleName(a.RoleNames, assessment.RoleQuality)
	switch quality, safety := assessment.RegulatedVoices(a.Profile); {
	case quality && safety:
		return l10n.F("%s and %s", ehs, q)
	case safety:
		return ehs
	}
	return q
}

// precedenceText is the rule that picks the context of a risk: safety and
// validated systems outrank the domain, so that a shared or IT component
// whose failure reaches a safety function or a GxP record is not accepted
// by the domain's authority alone.
func precedenceText(a assessment.Assessment) string {
	return l10n.F("Which context applies: %s", l10n.T(assessment.PrecedenceRule)) +
		" " + assessment.RegulatedRowRules(a)
}

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
	roleWord := l10n.T("role")
	var rows [][]string
	for _, ar := range assessment.AuthorityRows(a) {
		consult := roleList(a, ar.Consult)
		switch {
		case consult != "":
		case !ar.Authority.IsZero():
			consult = l10n.T("none recorded")
		case ar.Key.Context == assessment.ContextRegulated:
			consult = todo(l10n.F("roles to consult, at least %s", regulatedVoices(a)))
		default:
			consult = todo(l10n.T(`roles to consult, or "none"`))
		}
		period := todo(l10n.T("months"))
		if ar.MaxMonths > 0 {
			// English has always written "1 months" here; its output
			// stays as it was.
			period = strconv.Itoa(ar.MaxMonths) + " months"
			if l10n.Current() != l10n.EN {
				period = l10n.N(ar.MaxMonths, "%d month", "%d months")
			}
		}
		rows = append(rows, []string{
			assessment.RiskLevelLabel(ar.Key.Level),
			assessment.RiskContextLabel(ar.Key.Context),
			role(ar.Accept, roleWord),
			consult,
			period,
			role(ar.Escalate, roleWord),
		})
	}
	return docx.Table{
		Widths:    []int{950, 1700, 1800, 1900, 1350, 1938},
		Header:    []string{l10n.T("Risk level"), l10n.T("Context"), l10n.T("Lowest authority to accept"), l10n.T("Must consult first"), l10n.T("Longest acceptance"), l10n.T("Escalates to")},
		Rows:      rows,
		BoldFirst: true,
	}
}

func rolesSteering(d *docx.Document, a assessment.Assessment, in Input) {
	d.Heading(1, l10n.T("7. Steering group"))
	chair := todo(l10n.T("chair – depends on the ownership model, which the assessment does not record"))
	switch r, m, _, basis := steeringChair(a); basis {
	case chairRecorded:
		chair = namedAs(a, r, theRole(a, r))
	case chairPreset:
		chair = l10n.F("%s, as proposed under the %s model the matrix was started from (section 2)", namedAs(a, r, theRole(a, r)), m.Name)
	case chairIndicated:
		chair = l10n.F("%s (under the %s model that section 2 indicates, %s would chair)", todo(l10n.T("chair")), m.Name, theRole(a, r))
	}
	// Where GOV-06 says the group exists, the document describes it; a
	// duty to set one up would deny the answer.
	lead := l10n.T("A steering group is to direct the ISMS across IT and OT, settle what one domain cannot settle alone and prepare the management review.")
	if r, ok := assessment.AnswerInPlace(a, "GOV-06"); ok {
		lead = l10n.F("The steering group directs the ISMS across IT and OT, settles what one domain cannot settle alone and prepares the management review (GOV-06: \u201c%s\u201d).", r.Label())
	}
	d.Text(lead + " " + steeringGap(in.Findings, l10n.T("its terms of reference")) +
		l10n.F("It is chaired by %s. Its membership, decisions, cadence and escalation are set out in its terms of reference: %s.", chair, Filename(mustKind("steering"), a, in.Generated)))
}

func rolesHolders(d *docx.Document, a assessment.Assessment, notes registerNotes) {
	d.Heading(1, l10n.T("8. Role holders and deputies"))
	// With no register at all, an empty table would read as a broken
	// document: the roles the terms of reference make members are listed
	// to be filled in, so that both documents name the same functions.
	// The ISMS owner, the OT lead and the site director are listed in
	// any case: every model needs them (5.3).
	empty := registerEmpty(a)
	if empty {
		d.Text(l10n.T("No role register was recorded in the assessment. The table lists, each to be completed, the functions the steering group's terms of reference name as members and any other role the matrix uses."))
	}
	d.Text(l10n.T("Every role the matrix uses must be held by a named person, with a deputy who stands in during absence. The holder must confirm the role in writing at the latest every twelve months and whenever it changes hands; a role held by someone who has left is vacant. One person may not hold two roles that conflict (segregation of duties, Annex A 5.3); the table notes where the register names the same person for such roles.") + " " +
		l10n.T("The system integrator or vendor is an external party: it is recorded with its contract reference and contact, not with a deputy and a confirmation."))
	var rows [][]string
	for _, r := range assessment.RACIRoles {
		h := a.Holders[r]
		listed := usedInMatrix(a.Matrix, r) || !h.IsZero() || slices.Contains(alwaysListed, r) ||
			(empty && slices.Contains(steeringMemberRoles, r))
		if !listed {
			continue
		}
		if r == assessment.RoleIntegrator {
			rows = append(rows, []string{
				assessment.RoleName(a.RoleNames, r),
				orTodo(h.Name, l10n.T("company")),
				todo(l10n.T("contract reference and contact")),
				l10n.T("Not applicable: bound by contract"),
			})
			continue
		}
		// Top management may be a body acting by resolution, which has
		// no deputy; the findings ask none of it (checkNoDeputy).
		deputy := orTodo(h.Deputy, l10n.T("deputy"))
		if r == assessment.RoleExecutive && h.Deputy == "" {
			deputy = todo(l10n.T("deputy, or \u201cnone\u201d where top management acts as a body by resolution"))
		}
		confirmed := notes.confirmed(a, r)
		if assessment.SaysVacant(h.Name) && h.Deputy == "" && h.Confirmed == "" {
			// A vacancy is filled first: nobody is there to have a
			// deputy or to confirm the role (the findings ask neither).
			deputy, confirmed = todo(l10n.T("name a holder first where the entry says the role is vacant")), "\u2013"
		}
		rows = append(rows, []string{
			assessment.RoleName(a.RoleNames, r),
			notes.holder(a, r),
			deputy,
			confirmed,
		})
	}
	d.Table(docx.Table{
		Widths:    []int{2838, 2500, 2500, 1800},
		Header:    []string{l10n.T("Role"), l10n.T("Holder"), l10n.T("Deputy"), l10n.T("Last confirmed")},
		Rows:      rows,
		BoldFirst: true,
	})
}

// alwaysListed are the roles section 8 lists whatever the matrix and the
// register hold: the ISMS owner, the OT lead and the site director.
var alwaysListed = []assessment.Role{assessment.RoleISMSOwner, assessment.RoleSite, assessment.RoleOT}

// steeringMemberRoles are the functions the terms of reference list as
// members (steeringMembers), required or as needed; the integrator is
// not a member.
var steeringMemberRoles = []assessment.Role{
	assessment.RoleExecutive, assessment.RoleISMSOwner, assessment.RoleSite,
	assessment.RoleIT, assessment.RoleOT, assessment.RoleOperations,
	assessment.RoleMaintenance, assessment.RoleQuality, assessment.RoleEHS,
	assessment.RoleLegal, assessment.RoleDPO, assessment.RoleHR, assessment.RoleProcurement,
}

// registerEmpty reports whether the role register records nobody for any
// role.
func registerEmpty(a assessment.Assessment) bool {
	for _, h := range a.Holders {
		if !h.IsZero() {
			return false
		}
	}
	return true
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

func rolesGaps(d *docx.Document, a assessment.Assessment, findings []assessment.Finding) {
	d.Heading(1, l10n.T("9. Open gaps"))
	open := unansweredText(a)
	if open != "" {
		d.Text(open)
	}
	if len(findings) == 0 {
		if open != "" {
			d.Text(l10n.T("On the answers given and the matrix, the assessment raised no finding. This does not replace the internal audit (ISO/IEC 27001:2022 9.2)."))
			return
		}
		d.Text(l10n.T("The assessment raised no finding. This does not replace the internal audit (ISO/IEC 27001:2022 9.2)."))
		return
	}
	d.Text(l10n.N(len(findings), "The assessment raised %d finding. Until it is closed, the assignments above are incomplete where it says so.",
		"The assessment raised %d findings. Until each is closed, the assignments above are incomplete where it says so. Most severe first:"))
	if terms := assessment.RoleTermsText(a.RoleNames); terms != "" {
		d.Text(terms)
	}
	rows := make([][]string, len(findings))
	for i, f := range findings {
		title := f.Title
		if f.Detail != "" {
			title += "\n" + f.Detail
		}
		rows[i] = []string{f.Severity.Label(), title, evidenceText(a, f), f.Step, assessment.RefsText(f.Refs)}
	}
	d.Table(docx.Table{
		Widths: []int{1400, 2600, 1638, 2600, 1400},
		Header: []string{l10n.T("Severity"), l10n.T("Gap"), l10n.T("Evidence"), l10n.T("First step"), l10n.T("Reference")},
		Rows:   rows,
	})
}

func rolesRACI(d *docx.Document, a assessment.Assessment, in Input, untouched bool, flagged []assessment.CellKey) {
	d.Heading(1, l10n.T("10. Responsibility matrix (RACI) summary"))
	if untouched {
		// Twelve rows of dashes and full "No A" counts would add nothing
		// to the one sentence.
		d.Text(matrixNotStartedText() + " " + l10n.F("The matrix to complete is annex 1: %s.", Filename(mustKind("raci"), a, in.Generated)))
		return
	}
	d.Text(l10n.F("For each Annex A theme and domain: how many controls each role is accountable for (A or A/R), and how many rows have no accountable role yet. The full matrix, every control in every domain with every letter, is annex 1: %s.",
		Filename(mustKind("raci"), a, in.Generated)))
	if len(flagged) > 0 {
		d.Text(l10n.N(len(flagged),
			"The matrix checks flag %d row whose assignment is to be corrected before this document is issued.",
			"The matrix checks flag %d rows whose assignments are to be corrected before this document is issued.") +
			" " + l10n.F("The counts below take the flagged rows as they stand (%s); the RACI annex says what each check found.", assessment.JoinRows(flagged)))
	}
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
			respText := countsText(a, resp)
			if respText == "" {
				respText = "–"
			}
			open := "–"
			if none > 0 {
				open = strconv.Itoa(none)
			}
			rows = append(rows, []string{themeLabel(t), assessment.DomainLabel(dm), strconv.Itoa(len(cs)), acc, respText, open})
		}
	}
	d.Table(docx.Table{
		Widths: []int{1600, 1250, 950, 2500, 2538, 800},
		Header: []string{l10n.T("Theme"), l10n.T("Domain"), l10n.T("Controls"), l10n.T("Accountable (controls)"), l10n.T("Responsible (controls)"), l10n.T("No A")},
		Rows:   rows,
	})
}

// mustKind returns a kind declared in Kinds.
func mustKind(id string) Kind {
	k, _ := KindByID(id)
	return k
}

// chairBasis is what the chair the documents name rests on.
type chairBasis int

const (
	// chairUnknown: no model is recorded, started from or indicated.
	chairUnknown chairBasis = iota
	// chairRecorded: the model the profile records as the one the
	// organisation runs.
	chairRecorded
	// chairPreset: the model the matrix was started from, the tool's
	// proposal; the documents must not state it as the model in use.
	chairPreset
	// chairIndicated: no model is recorded or started from, and the
	// assessment's profile and answers point to one (section 2); the
	// chair is left open, with what that model would make it.
	chairIndicated
)

// steeringChair returns the role the ownership model makes chair of the
// steering group, the model, why (a sentence for the terms of reference;
// "" when the basis is chairIndicated or chairUnknown) and what it rests
// on.
func steeringChair(a assessment.Assessment) (chair assessment.Role, m assessment.Model, why string, basis chairBasis) {
	m, recorded, ok := modelOf(a)
	if !ok {
		rec := assessment.Recommend(a)
		if rm, found := assessment.ModelByID(rec.Model); found && !rec.IsTie() {
			return chairOf(rm.ID), rm, "", chairIndicated
		}
		return "", assessment.Model{}, "", chairUnknown
	}
	chair = chairOf(m.ID)
	if !recorded {
		if chair == assessment.RoleExecutive {
			return chair, m, l10n.F("The matrix was started from the %s model, a proposal (roles document, section 2); on that basis the executive sponsor chairs and the ISMS owner acts as secretary. Top management confirms the chair when it adopts a model.", m.Name), chairPreset
		}
		return chair, m, l10n.F("The matrix was started from the %s model, a proposal (roles document, section 2); on that basis the ISMS owner chairs. Top management confirms the chair when it adopts a model.", m.Name), chairPreset
	}
	switch m.ID {
	case assessment.ModelExecutiveLed:
		why = l10n.T("In the executive-led model the executive sponsor is accountable for the management system, legal duties and continuity, with the ISMS owner as custodian; the sponsor chairs and the ISMS owner acts as secretary.")
	case assessment.ModelFederated:
		why = l10n.F("In the federated model each domain answers for its own field under central oversight; the ISMS owner, who keeps that oversight, chairs, and %s sits as a member because the plant owns its delivery.", theRole(a, assessment.RoleSite))
		if a.Profile.Plants > 1 {
			why = l10n.F("In the federated model each domain answers for its own field under central oversight; the ISMS owner, who keeps that oversight, chairs, and %s of each plant sits as a member because the plants own their delivery.", theRole(a, assessment.RoleSite))
		}
	default:
		why = l10n.T("In the centralised model a central security team under the ISMS owner directs and is accountable for the controls; the ISMS owner chairs.")
		if !a.Profile.CentralRisk {
			why = l10n.T("In the centralised model the ISMS owner directs and is accountable for the controls, through a central security team where there is one (the profile records none); the ISMS owner chairs.")
		}
	}
	return chair, m, why, chairRecorded
}

// chairOf is the role model id makes chair: the executive sponsor in the
// executive-led model, the ISMS owner otherwise.
func chairOf(id string) assessment.Role {
	if id == assessment.ModelExecutiveLed {
		return assessment.RoleExecutive
	}
	return assessment.RoleISMSOwner
}

// steeringGap is the sentence that says the group is not yet in place
// when the findings say so (GOV-06), "" otherwise: both documents
// describe the group as it is to be, never as already working. tor
// names the terms of reference as the sentence refers to them.
func steeringGap(fs []assessment.Finding, tor string) string {
	f, ok := findingByID(fs, assessment.FindingNoSteeringGroup)
	switch {
	case !ok:
		return ""
	case f.Unconfirmed:
		return l10n.F("The assessment could not establish whether such a group exists (GOV-06 was answered \"unknown\"); if none does, %s set it up.", tor) + " "
	case f.CaseByCase:
		return l10n.F("The assessment found no standing group: such meetings are held case by case (GOV-06 at level 1); %s make it a standing one.", tor) + " "
	}
	return l10n.F("The assessment found no such group in place yet (GOV-06); %s set it up.", tor) + " "
}

// buildSteering writes the steering group's terms of reference: purpose,
// chair by ownership model, members, decisions, cadence, inputs to the
// management review, escalation of OT incidents, quorum and records.
func buildSteering(in Input) ([]byte, error) {
	a := in.A
	p := a.Profile
	notes := notesOf(a, in.Findings)
	d := newDoc("steering", in,
		l10n.T("confirm the chair and members with top management and name them (section 3);"),
		l10n.T("set the meeting cadence and quorum; the figures in sections 5 and 8 are proposals;"),
		l10n.T("align the escalation path in section 7 with the site's emergency and incident procedures;"))

	d.Heading(1, l10n.T("1. Purpose"))
	d.Text(l10n.F("The information security steering group of %s (site: %s) directs the ISMS across corporate IT and plant OT. It turns top management's commitment (ISO/IEC 27001:2022 5.1) into decisions, keeps roles and authorities current (5.3), follows risk treatment (6.1.3) and the objectives (6.2), and prepares the management review (9.3). It does not replace top management: what the standard reserves to top management is decided by top management, on the group's recommendation.",
		orTodo(p.Organisation, l10n.T("organisation")), orTodo(p.Site, l10n.T("site"))))
	if gap := steeringGap(in.Findings, l10n.T("these terms of reference")); gap != "" {
		d.Text(strings.TrimSpace(gap))
	}
	d.Text(scopeText(a, l10n.T("These terms of reference cover")))

	d.Heading(1, l10n.T("2. Chair"))
	switch r, m, why, basis := steeringChair(a); basis {
	case chairRecorded, chairPreset:
		d.Para(docx.B(l10n.T("Chair: ")), docx.Plain(withHolder(a, r)))
		d.Text(why)
	case chairIndicated:
		// The roles document points to a model without the organisation
		// having adopted one: the chair stays open, with what that model
		// would make it, so that both documents agree.
		d.Para(docx.B(l10n.T("Chair: ")), docx.Plain(l10n.F("%s (under the %s model this assessment indicates, roles document section 2, %s would chair).", todo(l10n.T("chair")), m.Name, theRole(a, r))))
	default:
		d.Para(docx.B(l10n.T("Chair: ")), docx.Plain(todo(l10n.T("chair – depends on the ownership model, which the assessment does not record"))))
	}
	d.Text(l10n.F("Deputy chair: %s", todo(l10n.T("name; a member who may chair in the chair's absence"))))

	d.Heading(1, l10n.T("3. Members"))
	d.Text(l10n.T("Required members must attend every meeting or send their deputy from the role register. Members marked \"as needed\" are invited when the agenda touches their field. Whether a function is required follows from the site profile recorded in the assessment; top management, through the executive sponsor, is required in every model because the group sets objectives and priorities that commit resources (ISO/IEC 27001:2022 5.1, 7.1)."))
	d.Table(steeringMembers(a, notes))
	if p.Plants == 1 {
		// The standard asks for the direction and the decisions, not for
		// a committee (5.1, 9.3): a small organisation is not told to
		// build one beside the meeting its managers already hold.
		d.Text(l10n.T("With a single plant, the group need not be a separate committee: it can meet as a standing item of a management meeting the members above already attend, provided the item has its own minutes (section 8). One person may hold several of the functions; the role register shows who holds which."))
	}

	d.Heading(1, l10n.T("4. Decisions the group takes"))
	for _, s := range []string{
		l10n.T("Proposes the information security policy and its changes to top management for approval (5.2; Annex A 5.1)."),
		l10n.T("Agrees the ISMS objectives and the plan to reach them, and follows their progress (6.2)."),
		l10n.T("Reviews proposed changes to the RACI matrix and role register and submits them to top management for approval (5.3); settles ownership disputes between IT and OT, shared infrastructure first (Annex A 5.2)."),
		l10n.T("Reviews residual risks accepted by risk owners under the authority table and refers any it disputes to top management (6.1.3 f; 9.3). The group accepts no risk itself: acceptance stays with each risk's owner."),
		l10n.T("Sets priorities and resources for the action plan from this assessment, including the downtime windows and requalification that plant-floor actions need (7.1, 8.3)."),
		l10n.T("Commissions the internal audit programme and follows nonconformities and corrective actions to closure (9.2, 10.2)."),
		l10n.T("Reviews every significant OT incident and the lessons learnt (Annex A 5.27)."),
	} {
		d.Bullet(docx.Plain(s))
	}
	d.Text(l10n.F("Allowing or stopping an individual change on the plant floor stays with the approvers of the plant's change control, under the accountability of %s (Annex A 8.32); the group decides policy and priorities, not single changes.", accountableInText(a, "8.32", assessment.DomainOT)))
	// The rule is quoted here without its table, which lives in the
	// roles document and the authority matrix: the sentence says so.
	d.Text(l10n.F("Under the risk-acceptance authority table (roles document, section 6.2; authority matrix): %s", l10n.T(assessment.PrecedenceRule)) +
		" " + assessment.RegulatedRowRules(a) + " " + overrideText(a))

	d.Heading(1, l10n.T("5. Meeting cadence"))
	d.Para(docx.I(l10n.T("Proposal, to be confirmed: ")), docx.Plain(l10n.F("quarterly, and in any case before each management review; an extraordinary meeting after a significant OT incident, a major finding of an audit or a change of ownership model. Confirmed cadence: %s", todo(l10n.T("cadence")))))

	d.Heading(1, l10n.T("6. Inputs to the management review"))
	d.Text(l10n.T("The group prepares, for top management, the inputs to the management review that ISO/IEC 27001:2022 9.3 requires:"))
	for _, s := range []string{
		l10n.T("the status of actions decided at previous management reviews;"),
		l10n.T("changes in external and internal issues relevant to the ISMS, including changes at the plants (new lines, new connectivity, new suppliers);"),
		l10n.T("changes in the needs and expectations of interested parties relevant to the ISMS, including regulators and customers;"),
		l10n.T("feedback on information security performance, including trends in nonconformities and corrective actions, monitoring and measurement results, audit results and the fulfilment of the information security objectives;"),
		l10n.T("feedback from interested parties;"),
		l10n.T("the results of risk assessment and the status of the risk treatment plan, with the residual risks accepted since the last review;"),
		l10n.T("opportunities for continual improvement."),
	} {
		d.Bullet(docx.Plain(s))
	}
	d.Text(l10n.T("The outputs of the review, which 9.3 also requires, are top management's decisions on opportunities for continual improvement and on any changes needed to the ISMS, kept as documented information (7.5). The group records them in its minutes and follows each to closure."))
	// What the questionnaire leaves open comes before any count, which it
	// qualifies.
	open := unansweredText(a)
	if open != "" {
		d.Text(open)
	}
	if len(in.Findings) == 0 {
		if open != "" {
			d.Text(l10n.T("From this assessment, on the answers given and the matrix: no open findings (see the roles document, section 9)."))
		} else {
			d.Text(l10n.T("From this assessment: no open findings (see the roles document, section 9)."))
		}
	} else {
		counts := l10n.F("From this assessment: %s open findings (see the roles document, section 9).", findingCounts(in.Findings))
		if len(in.Findings) == 1 {
			counts = l10n.F("From this assessment: %s open finding (see the roles document, section 9).", findingCounts(in.Findings))
		}
		if n := countUnconfirmed(in.Findings); n > 0 {
			counts += " " + l10n.N(n, "Of these, %d rests only on \"unknown\" answers and is to be established first.", "Of these, %d rest only on \"unknown\" answers and are to be established first.")
		}
		// Open questions and "unknown" answers both make the counts a
		// lower bound; the sentence names the one that applies.
		switch n := unknownCount(a); {
		case unansweredCount(a) > 0:
			counts += " " + l10n.T("As the questionnaire is not complete, these counts are a lower bound; the roles document, section 9, lists the open questions.")
		case n > 0:
			counts += " " + l10n.N(n, "As %d question was answered \"unknown\", these counts are a lower bound.", "As %d questions were answered \"unknown\", these counts are a lower bound.")
		}
		d.Text(counts)
	}

	d.Heading(1, l10n.T("7. Escalation of OT incidents"))
	steeringEscalation(d, a, in.Findings)

	d.Heading(1, l10n.T("8. Quorum and records"))
	d.Para(docx.I(l10n.T("Proposal, to be confirmed: ")), docx.Plain(quorumText(a)+" "+l10n.F("Confirmed quorum: %s", todo(l10n.T("quorum")))))
	d.Text(l10n.F("Agenda, papers, attendance, decisions and actions with owner and date must be recorded in minutes and kept as documented information under ISO/IEC 27001:2022 7.5, for %s. The minutes are evidence for the management review and the internal audit.", todo(l10n.T("retention period"))))
	return d.Bytes()
}

// overrideText says what no decision of the group overrides: the safety
// function's decisions (process safety where the profile records a
// safety-critical process, the safety of people and machines elsewhere),
// and on a GMP site the quality unit's batch release.
func overrideText(a assessment.Assessment) string {
	ehs, quality := theRole(a, assessment.RoleEHS), theRole(a, assessment.RoleQuality)
	switch p := a.Profile; {
	case p.SafetyCritical && p.Validated:
		return l10n.F("No decision of the group overrides a process-safety decision of %s or a batch-release decision of %s.", ehs, quality)
	case p.SafetyCritical:
		return l10n.F("No decision of the group overrides a process-safety decision of %s.", ehs)
	case p.Validated:
		return l10n.F("No decision of the group overrides a safety decision of %s or a batch-release decision of %s.", ehs, quality)
	}
	return l10n.F("No decision of the group overrides a safety decision of %s.", ehs)
}

// quorumText proposes the quorum. It counts persons, not roles: one
// person may hold several roles in the register, and a quorum of roles
// could then be met by one person deciding alone (Annex A 5.3).
// Plant-floor decisions also need the functions the profile makes
// required: Quality for validated systems, EHS for a safety-critical
// process.
func quorumText(a assessment.Assessment) string {
	plant := []string{l10n.F("%s or %s", theRole(a, assessment.RoleOT), theRole(a, assessment.RoleSite))}
	if a.Profile.Plants > 1 {
		// With several plants, one plant's holder cannot decide for
		// another's floor.
		plant[0] = l10n.F("%s or %s of each plant concerned", theRole(a, assessment.RoleOT), theRole(a, assessment.RoleSite))
	}
	if a.Profile.Validated {
		plant = append(plant, l10n.F("%s (validated systems)", theRole(a, assessment.RoleQuality)))
	}
	if a.Profile.SafetyCritical {
		plant = append(plant, l10n.F("%s (safety-critical process)", theRole(a, assessment.RoleEHS)))
	}
	plantText := plant[0]
	if len(plant) > 1 {
		plantText = l10n.F("%s, as well as %s", plantText, strings.Join(plant[1:], l10n.T(" and ")))
	}
	quorum := l10n.M("the group is quorate when at least three different persons are present, among them the chair or deputy chair, %s and at least one of %s and %s; a person who holds two of these roles counts once. Decisions on plant-floor matters also need %s; decisions that set objectives or commit resources need %s.")
	if chair, _, _, basis := steeringChair(a); chair == assessment.RoleISMSOwner && (basis == chairRecorded || basis == chairPreset) {
		// The ISMS owner chairs: requiring both the chair and the owner
		// would leave the deputy chair unable to stand in.
		quorum = l10n.M("the group is quorate when at least three different persons are present, among them the chair (%s) or the deputy chair and at least one of %s and %s; a person who holds two of these roles counts once. Decisions on plant-floor matters also need %s; decisions that set objectives or commit resources need %s.")
	}
	return l10n.F(quorum, theRole(a, assessment.RoleISMSOwner), theRole(a, assessment.RoleIT), theRole(a, assessment.RoleOT), plantText, theRole(a, assessment.RoleExecutive))
}

// findingCounts writes the number of findings per severity: "2 critical,
// 5 high and 3 medium"; "no".
// countUnconfirmed counts the findings raised only by "unknown" answers.
func countUnconfirmed(fs []assessment.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Unconfirmed {
			n++
		}
	}
	return n
}

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
			parts = append(parts, severityCount(s, n[s]))
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + l10n.T(" and ") + parts[len(parts)-1]
}

// severityCount writes n findings of severity s for findingCounts: "2
// critical".
func severityCount(s assessment.Severity, n int) string {
	switch s {
	case assessment.SeverityCritical:
		return l10n.F("%d critical", n)
	case assessment.SeverityHigh:
		return l10n.F("%d high", n)
	case assessment.SeverityMedium:
		return l10n.F("%d medium", n)
	}
	return strconv.Itoa(n) + " " + string(s)
}

// steeringMembers is the member table: every function, required or as
// needed according to the profile and the model. The executive sponsor
// is required in every model: the group agrees objectives and commits
// resources, which only top management can do (5.1, 7.1).
func steeringMembers(a assessment.Assessment, notes registerNotes) docx.Table {
	p := a.Profile
	_, _, _, basis := steeringChair(a)
	model := assessment.ModelInUse(a)
	type member struct {
		role     assessment.Role
		required bool
		why      string
	}
	nis2 := p.NIS2Entity()
	exec := l10n.T("Top management: commits resources, approves what the group proposes and conducts the management review (5.1, 9.3).")
	switch {
	case model == assessment.ModelExecutiveLed && basis == chairPreset:
		exec = l10n.T("Chairs as proposed under the executive-led model the matrix was started from (section 2): that model makes the sponsor accountable for the management system.")
	case model == assessment.ModelExecutiveLed:
		exec = l10n.T("Chairs: the model makes the sponsor accountable for the management system.")
	}
	if nis2 {
		exec += " " + l10n.T("The organisation is in scope of NIS2: its management body approves and oversees the cybersecurity risk-management measures (NIS2 Art. 20(1)).")
	}
	site := l10n.T("Speaks for the plant: production, its resources and the response to incidents on the plant floor.")
	ot := l10n.T("Runs the plant's control systems and their security.")
	ops := l10n.T("Speaks for production: downtime, shift work, the people at the line.")
	if p.Plants > 1 {
		site = l10n.T("One for each plant: production, its resources and the response to incidents on that plant's floor.")
		ot = l10n.T("Runs the plants' control systems and their security; one for each plant where each has its own.")
		ops = l10n.T("One for each plant: downtime, shift work, the people at the line.")
	}
	members := []member{
		{assessment.RoleExecutive, true, exec},
		{assessment.RoleISMSOwner, true, l10n.T("Keeps the ISMS; secretary of the group when not chairing.")},
		{assessment.RoleSite, true, site},
		{assessment.RoleIT, true, l10n.T("Runs corporate IT and, with OT, the shared infrastructure.")},
		{assessment.RoleOT, true, ot},
		{assessment.RoleOperations, true, ops},
		{assessment.RoleMaintenance, false, l10n.T("Carries out plant-floor changes, utilities and equipment maintenance.")},
		{assessment.RoleQuality, p.Validated,
			map[bool]string{true: l10n.T("GMP-validated systems are in scope: changes and incidents can affect batch release."), false: l10n.T("Invited when a matter touches product quality.")}[p.Validated]},
		{assessment.RoleEHS, p.SafetyCritical,
			map[bool]string{true: l10n.T("The process is safety-critical: security must never weaken a safety function."), false: l10n.T("Invited when a matter touches health, safety or the environment.")}[p.SafetyCritical]},
		{assessment.RoleLegal, nis2,
			map[bool]string{true: l10n.T("The organisation is in scope of NIS2: duties to report significant incidents (NIS2 Art. 23)."), false: l10n.T("Invited on contracts, regulatory duties and incidents with legal effect.")}[nis2]},
		{assessment.RoleDPO, false, l10n.T("Advises where personal data is concerned; has no vote, to stay independent.")},
		{assessment.RoleHR, false, l10n.T("Invited on people controls, joiners, movers and leavers.")},
		{assessment.RoleProcurement, false, l10n.T("Invited on supplier and integrator contracts.")},
	}
	rows := make([][]string, 0, len(members)+1)
	for _, m := range members {
		status := l10n.T("As needed")
		if m.required {
			status = l10n.T("Required")
		}
		rows = append(rows, []string{assessment.RoleName(a.RoleNames, m.role), notes.holder(a, m.role), status, m.why})
	}
	rows = append(rows, []string{assessment.RoleName(a.RoleNames, assessment.RoleIntegrator), "–", l10n.T("Not a member"), l10n.T("External: invited for a specific item, bound by contract and confidentiality.")})
	return docx.Table{
		Widths:    []int{2100, 1900, 1500, docx.TextWidth - 5500},
		Header:    []string{l10n.T("Function"), l10n.T("Holder"), l10n.T("Membership"), l10n.T("Why")},
		Rows:      rows,
		BoldFirst: true,
	}
}

// steeringEscalation writes how an OT incident is escalated, from the
// matrix rows of incident management (Annex A 5.24–5.27). A live
// incident goes to whoever the matrix makes accountable for the response
// on the plant floor (5.26), with process safety and quality, and the
// chair is informed: the chair directs the ISMS, not the plant.
func steeringEscalation(d *docx.Document, a assessment.Assessment, fs []assessment.Finding) {
	ot := assessment.DomainOT
	p := a.Profile
	d.Text(l10n.T("An OT incident must be handled under the incident management of Annex A 5.24 to 5.27, with the roles the matrix gives on the plant floor:"))
	responsible := l10n.T("responsible role")
	for _, c := range []struct{ id, what string }{
		{"5.24", l10n.T("plans and prepares incident management")},
		{"5.25", l10n.T("assesses events and decides whether they are incidents")},
		{"5.26", l10n.T("responds, including isolating systems or stopping production")},
		{"5.27", l10n.T("learns from incidents")},
	} {
		acc := accountableRoles(a, c.id, ot)
		resp := rowRoles(a, c.id, ot, isResponsible, responsible)
		who := l10n.F("accountable: %s; responsible: %s", acc, resp)
		if acc == resp {
			who = l10n.F("accountable and responsible: %s", acc)
		}
		d.Bullet(docx.B(l10n.F("Annex A %s: ", c.id)), docx.Plain(who+" – "+c.what+"."))
	}
	// A plant without a safety-critical process still has machine safety
	// functions; safety instrumented functions are a process plant's.
	if p.SafetyCritical {
		d.Text(l10n.F("The safety function comes first: no security response may disable or bypass a safety instrumented function or an interlock, and any response that touches one must be decided with %s.", theRole(a, assessment.RoleEHS)))
	} else {
		d.Text(l10n.F("The safety function comes first: no security response may disable or bypass a machine's safety functions (guards, interlocks, emergency stops), and any response that touches one must be decided with %s.", theRole(a, assessment.RoleEHS)))
	}
	if p.Validated {
		d.Text(l10n.F("Where validated systems are affected, %s must assess the impact on batches and product before release.", theRole(a, assessment.RoleQuality)))
	}
	ehs := l10n.F("%s (the process is safety-critical)", theRole(a, assessment.RoleEHS))
	if !p.SafetyCritical {
		ehs = l10n.F("%s where safety may be affected", theRole(a, assessment.RoleEHS))
	}
	quality := l10n.F("%s (validated systems are in scope)", theRole(a, assessment.RoleQuality))
	if !p.Validated {
		quality = l10n.F("%s where product quality may be affected", theRole(a, assessment.RoleQuality))
	}
	// In a safety-critical process, an incident that can affect the
	// process is raised as any process upset is, through the site's alarm
	// chain, at once; the site's emergency plan keeps its own
	// notifications, which the escalation must never hold up.
	// With several plants, each has its own alarm chain and emergency
	// plan.
	several := p.Plants > 1
	when := todo(l10n.T("within how many hours, by which channel"))
	switch {
	case p.SafetyCritical && several:
		when = l10n.F("at once through the plant's alarm chain where the process may be affected, otherwise %s", when)
	case p.SafetyCritical:
		when = l10n.F("at once through the site's alarm chain where the process may be affected, otherwise %s", when)
	}
	d.Text(l10n.F("An incident that stops or endangers production, affects safety or product quality, or may have to be reported to an authority must reach %s, accountable for the response on the plant floor (Annex A 5.26), %s, together with %s and %s. The chair of the group is informed at the same time; the group meets within %s to review the incident. Reporting to authorities must follow Annex A 5.5, accountable on the plant floor: %s.",
		accountableInText(a, "5.26", ot), when, ehs, quality,
		todo(l10n.T("days")), accountableRoles(a, "5.5", ot)))
	switch {
	case p.SafetyCritical && several:
		d.Text(l10n.T("The notifications that each plant's emergency plan and its safety regulations require (emergency services, and the authority for major accidents where the plant falls under those rules) are outside this: the plant makes them as that plan sets out, and they never wait for this escalation."))
	case p.SafetyCritical:
		d.Text(l10n.T("The notifications that the site's emergency plan and its safety regulations require (emergency services, and the authority for major accidents where the site falls under those rules) are outside this: the site makes them as that plan sets out, and they never wait for this escalation."))
	}
	// Isolating a plant and restoring it rest on the boundary and the
	// backups; while the findings say either is not in place, the group
	// follows them at every meeting rather than find out in an incident.
	var open []string
	for _, id := range []string{assessment.FindingNoIsolationAuthority, assessment.FindingBoundaryOpen, assessment.FindingRestoreUnowned} {
		if f, ok := findingByID(fs, id); ok {
			open = append(open, f.Title)
		}
	}
	if len(open) > 0 {
		d.Text(l10n.T("Cutting the plant off from corporate IT in an incident depends on who may decide it (Annex A 5.26), on knowing every link or crossing between them and where each can be cut (Annex A 8.22); restoring plant systems depends on current backups with a named owner (Annex A 8.13; Annex A 5.30).") + " " +
			l10n.F("Until the findings on these are closed (roles document, section 9: %s), the group reviews their status at each meeting.", strings.Join(open, "; ")))
	}
	if p.NIS2Entity() {
		d.Text(l10n.T("Because the organisation is in scope of NIS2, significant incidents must be notified to the CSIRT or competent authority: early warning within 24 h of becoming aware, notification within 72 h, final report within one month of the notification (NIS2 Art. 23)."))
	}
}
