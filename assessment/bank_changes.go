package assessment

import (
	"slices"
	"sync"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// This file records how question bank 2 (schema 4) differs from bank 1
// (schemas 1 to 3): the fate of every bank 1 question, and why each new
// question was added. The schema 4 upgrade, the CSV import of old files
// and docs/question-bank-v2.md all read this one table.

// ChangeKind is what happened to a question between bank 1 and bank 2.
type ChangeKind string

// The kinds of BankChange.
const (
	// ChangeKept: same ID, same meaning; wording at most polished. The
	// answer carries over.
	ChangeKept ChangeKind = "kept"
	// ChangeReworded: same ID and the same core meaning, but the wording
	// or the scope changed (made neutral, narrowed to one thing, or asked
	// only where it applies). The answer carries over.
	ChangeReworded ChangeKind = "reworded"
	// ChangeMerged: folded into Into[0], which asked the same thing. The
	// answer competes with the others carried to Into[0] (see
	// BetterAnswer); the weaker one is retired.
	ChangeMerged ChangeKind = "merged"
	// ChangeSplit: asked several things, now asked separately by Into.
	// The old answer cannot be attributed to either part, so it is
	// retired, visibly, for the respondent to rate the parts again.
	ChangeSplit ChangeKind = "split"
	// ChangeRemoved: no longer asked (Into names the replacement, if
	// any). The answer is retired.
	ChangeRemoved ChangeKind = "removed"
	// ChangeAdded: new in bank 2; ID is a bank 2 ID.
	ChangeAdded ChangeKind = "added"
)

// BankChange is one line of the change record between the banks.
type BankChange struct {
	ID     string // bank 1 ID; for ChangeAdded the bank 2 ID
	Kind   ChangeKind
	Into   []string // bank 2 questions that take over the meaning
	Reason string   // one line, for the change table
	// OldWeight is the bank 1 weight, so that a test can check that a
	// merged question carries at least the weight of what it absorbed.
	OldWeight int
	// OldText is the bank 1 wording of a question whose answer can be
	// retired (split, removed, or part of a merge), shown next to the
	// retired answer.
	OldText string
}

// BankChanges returns the change record: every bank 1 question in bank 1
// order, then the added questions in bank 2 order. OldText, shown next to
// a retired answer, is in the current language; Reason is a note for the
// bank's change table in the documentation and stays English.
func BankChanges() []BankChange {
	if l10n.Current() == l10n.DE {
		return bankChangesDE()
	}
	return bankChanges
}

// bankChangesDE is bankChanges with the German OldText, built on first use.
var bankChangesDE = sync.OnceValue(func() []BankChange {
	out := slices.Clone(bankChanges)
	for i := range out {
		out[i].OldText = l10n.In(l10n.DE, out[i].OldText)
	}
	return out
})

// RetiredQuestion returns the change record of a bank 1 question whose
// answer may be kept as a retired answer, with its old wording in the
// current language.
func RetiredQuestion(id string) (BankChange, bool) {
	for _, c := range BankChanges() {
		if c.ID == id && c.Kind != ChangeAdded && c.OldText != "" {
			return c, true
		}
	}
	return BankChange{}, false
}

// bank1Change returns the change record of bank 1 question id.
func bank1Change(id string) (BankChange, bool) {
	for _, c := range bankChanges {
		if c.ID == id && c.Kind != ChangeAdded {
			return c, true
		}
	}
	return BankChange{}, false
}

// IsBank1Question reports whether id is a question of bank 1, the bank of
// schemas 1 to 3: the answer IDs an old record or CSV file may hold.
func IsBank1Question(id string) bool {
	_, ok := bank1Change(id)
	return ok
}

var bankChanges = []BankChange{
	{ID: "GOV-01", Kind: ChangeKept, OldWeight: 3, Reason: "Unchanged in meaning; \"individual\" became \"person\"."},
	{ID: "GOV-02", Kind: ChangeReworded, OldWeight: 3, Reason: "The old wording named the expected answer (central risk, CIO or CISO, with authority to settle disputes); it now asks for enterprise-level placement without prescribing the function, and the authority to settle disputes is MOD-05."},
	{ID: "GOV-03", Kind: ChangeKept, OldWeight: 3, Reason: "Unchanged: the six elements are one thing, the core of the management system the owner must hold."},
	{ID: "GOV-04", Kind: ChangeSplit, Into: []string{"GOV-08", "GOV-09"}, OldWeight: 3,
		Reason:  "Asked two things, and gave residual-risk acceptance to executives, where ISO/IEC 27001 6.1.3 f) gives it to the risk owners; policy approval (5.2) and risk-owner acceptance are now asked separately.",
		OldText: l10n.M("Does executive management formally approve the security policies and accept the residual risk, including the risk that remains on plant systems?")},
	{ID: "GOV-05", Kind: ChangeReworded, OldWeight: 3, Reason: "Asked three things (who may accept, up to which level, whether staff know the route); it now asks for the written authority scheme, and the rest is evidence in what good looks like."},
	{ID: "GOV-06", Kind: ChangeReworded, OldWeight: 3, Reason: "\"Meet to decide\" became \"agree\"; same meaning."},
	{ID: "GOV-07", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged in meaning; \"set deliberately\" became \"approved\"."},
	{ID: "SCO-01", Kind: ChangeReworded, OldWeight: 3, Reason: "Asked for coverage and for justified exclusions; now one test: can anyone tell what is in or out."},
	{ID: "SCO-02", Kind: ChangeReworded, OldWeight: 3, Reason: "\"In scope\" and \"with an owner\" were asked separately; a named owner within the scope is one thing."},
	{ID: "SCO-03", Kind: ChangeReworded, OldWeight: 3, Reason: "\"And in scope\" dropped: identifying the routes is the point; scope is SCO-01."},
	{ID: "SCO-04", Kind: ChangeReworded, OldWeight: 2, Reason: "Flows between plants moved to BRF-07 (asked with two or more plants); this question keeps the IT/OT boundary flows."},
	{ID: "SCO-05", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged."},
	{ID: "SCO-06", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged; \"and updated\" dropped as implied."},
	{ID: "ROL-01", Kind: ChangeKept, OldWeight: 3, Reason: "Unchanged."},
	{ID: "ROL-02", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged; \"clearly\" dropped."},
	{ID: "ROL-03", Kind: ChangeReworded, OldWeight: 3, Reason: "The limits of safety, quality and validation were a second condition; they stay in why it matters and in INT-02 and CHG-07."},
	{ID: "ROL-04", Kind: ChangeReworded, OldWeight: 2, Reason: "The list of activities moved to why it matters; the question asks whether each function's part is defined."},
	{ID: "ROL-05", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked about the ISMS manager's role and the risk owners separately; now one thing: risks owned by the managers who can act, not by the ISMS manager (6.1.2 c)."},
	{ID: "ROL-06", Kind: ChangeReworded, OldWeight: 2, Reason: "\"Own ... and have accepted\" became \"accepted ownership\"; one thing."},
	{ID: "INT-01", Kind: ChangeReworded, OldWeight: 3, Reason: "\"Written down, and followed\" asked two things; evidence of use moved to what good looks like."},
	{ID: "INT-02", Kind: ChangeReworded, OldWeight: 3, Reason: "Embedded its answer (security gives way); it now asks neutrally for the agreed rule of precedence."},
	{ID: "INT-03", Kind: ChangeReworded, OldWeight: 2, Reason: "Now asks for the outcome (impacts rated by their owners) rather than attendance."},
	{ID: "INT-04", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked who (Procurement) as well as what; now asks what the contracts contain, including vendors' help in incidents (from INC-03).",
		OldText: l10n.M("Does Procurement build security requirements (remote access rules, patch and vulnerability support, incident notification) into contracts with OT vendors, machine builders and integrators?")},
	{ID: "INT-05", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked who (HR with the OT lead) as well as what; now asks whether plant-floor training exists."},
	{ID: "INT-06", Kind: ChangeMerged, Into: []string{"BRF-01"}, OldWeight: 2,
		Reason:  "Asked again whether plant procedures are reused rather than duplicated, which is BRF-01's map-not-replace point.",
		OldText: l10n.M("Are security requirements built into existing plant procedures and records (SOPs, deviations, CAPA, management of change) rather than run as a separate, parallel set?")},
	{ID: "CTL-01", Kind: ChangeKept, OldWeight: 3, Reason: "Unchanged."},
	{ID: "CTL-02", Kind: ChangeReworded, OldWeight: 3, Reason: "\"Who may change what, who is called\" moved to what good looks like; one thing: the agreed split of duties."},
	{ID: "CTL-03", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked whether plants use the corporate services; now whether plant systems are covered at all, by a corporate or an OT-specific service, run in a way OT assets tolerate."},
	{ID: "CTL-04", Kind: ChangeReworded, OldWeight: 2, Reason: "Only meaningful with several plants; now asked only then."},
	{ID: "CTL-05", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked the design decision and the trust administration; administration is part of CTL-02's split of duties."},
	{ID: "CTL-06", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged."},
	{ID: "CHG-01", Kind: ChangeKept, OldWeight: 3, Reason: "Unchanged; \"validation or requalification\" became \"requalification\" (validation is CHG-03)."},
	{ID: "CHG-02", Kind: ChangeReworded, OldWeight: 3, Reason: "Now the one question on management of change for security changes, including retrofits (BRF-04); validation moved to CHG-03.",
		OldText: l10n.M("Do security-driven changes to plant systems go through the same engineering review, management of change and validation steps as any other plant change, with no IT shortcut?")},
	{ID: "CHG-03", Kind: ChangeReworded, OldWeight: 3, Reason: "Overlapped CHG-02; now asked only of validated (GMP) plants, about validation and qualification."},
	{ID: "CHG-04", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged."},
	{ID: "CHG-05", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked who negotiates and how it is recorded; now asks for the agreed date and the interim acceptance by the risk owner (6.1.3 f)."},
	{ID: "CHG-06", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged."},
	{ID: "INC-01", Kind: ChangeKept, OldWeight: 3, Reason: "Unchanged."},
	{ID: "INC-02", Kind: ChangeReworded, OldWeight: 3, Reason: "Asked who decides and whether it was tested; testing is INC-07's exercise."},
	{ID: "INC-03", Kind: ChangeMerged, Into: []string{"INT-04"}, OldWeight: 2,
		Reason:  "Asked about the same vendor contracts as INT-04.",
		OldText: l10n.M("Are OT vendors and integrators committed to support incident response (contacts, response times, help with forensic and recovery work), and do plants know how to reach them?")},
	{ID: "INC-04", Kind: ChangeReworded, OldWeight: 2, Reason: "Now asked only of validated (GMP) plants, where batch release and data integrity apply."},
	{ID: "INC-05", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked about four audiences and a route through two roles; now who communicates with authorities (A 5.5); NIS2 reporting is INC-08, audits PRA-05."},
	{ID: "INC-06", Kind: ChangeReworded, OldWeight: 2, Reason: "Now asked about plant incidents only, as its text always said."},
	{ID: "INC-07", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged."},
	{ID: "BRF-01", Kind: ChangeReworded, OldWeight: 2, Reason: "Now also covers using existing plant procedures instead of parallel ones (from INT-06).",
		OldText: l10n.M("Have the controls the plant already runs under its quality, safety and engineering systems (for example access rules for validated systems, safety bypass procedures, management of change) been mapped to Annex A, with the cases where they already meet a requirement recorded?")},
	{ID: "BRF-02", Kind: ChangeReworded, OldWeight: 3, Reason: "Leading wording (\"instead of attempting ...\") removed."},
	{ID: "BRF-03", Kind: ChangeReworded, OldWeight: 2, Reason: "Compensating controls moved to CHG-04 and CHG-05; now every asset, not only legacy systems."},
	{ID: "BRF-04", Kind: ChangeMerged, Into: []string{"CHG-02"}, OldWeight: 2,
		Reason:  "Retrofits are changes: asked the same as CHG-02 (and, for validated systems, CHG-03).",
		OldText: l10n.M("When security measures are retrofitted to legacy or validated plant systems, are they impact-assessed, tested and requalified through the existing change and qualification process?")},
	{ID: "BRF-05", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged."},
	{ID: "BRF-06", Kind: ChangeReworded, OldWeight: 3, Reason: "Five conditions in one question; now the controlled, plant-approved session route, the rest is evidence. Asked whatever SCO-03 says: an organisation without vendor remote access answers it not applicable."},
	{ID: "BRF-07", Kind: ChangeReworded, OldWeight: 3, Reason: "Now asked only of organisations with two or more plants, about the links between plants; the boundary with corporate IT is BRF-08's."},
	{ID: "MOD-01", Kind: ChangeKept, OldWeight: 2, Reason: "Unchanged."},
	{ID: "MOD-02", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked of everyone; now asked only where the centralised model is in use."},
	{ID: "MOD-03", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked of everyone; now asked only where the federated model is in use. Site baselines are CTL-04."},
	{ID: "MOD-04", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked of everyone and overlapped PRA-04 and GOV-04; now, for executive-led ownership only, the sponsor's attention between management reviews."},
	{ID: "MOD-05", Kind: ChangeReworded, OldWeight: 3, Reason: "\"A defined way to weigh\" became \"a defined escalation path\", checkable; it now ends in the accountable risk owner's decision (6.1.3)."},
	{ID: "MOD-06", Kind: ChangeRemoved, Into: []string{"GOV-10"}, OldWeight: 3,
		Reason:  "Asked whether the central team decides risk acceptance, which contradicts ISO/IEC 27001 6.1.3 f) and ROL-05; GOV-10 asks for one consistent assessment of each boundary risk; the decision is the risk owner's (GOV-09).",
		OldText: l10n.M("For risks that cross the IT/OT boundary, does the central risk team or CISO office decide whether to accept, reduce or transfer them, and record the decision?")},
	{ID: "PRA-01", Kind: ChangeReworded, OldWeight: 3, Reason: "Now also covers behaviour over documents (from PRA-03).",
		OldText: l10n.M("Are the named ISMS roles actually exercised (decisions taken, reviews held, actions followed up) rather than only written into documents?")},
	{ID: "PRA-02", Kind: ChangeKept, OldWeight: 3, Reason: "Unchanged; \"executives\" became \"top management\" (ISO/IEC 27001 wording)."},
	{ID: "PRA-03", Kind: ChangeMerged, Into: []string{"PRA-01"}, OldWeight: 2,
		Reason:  "Asked the same as PRA-01 in other words (behaviour rather than documents).",
		OldText: l10n.M("Is ownership judged by behaviour (decisions, investment and follow-through) and not only by the existence of policies and role descriptions?")},
	{ID: "PRA-04", Kind: ChangeReworded, OldWeight: 2, Reason: "\"Attend in person\" and \"take decisions\" were two things; attendance is evidence in what good looks like."},
	{ID: "PRA-05", Kind: ChangeReworded, OldWeight: 2, Reason: "Asked who leads audits and who presents evidence; now one thing; authorities are INC-05."},
	{ID: "PRA-06", Kind: ChangeReworded, OldWeight: 2, Reason: "Wording kept; it now carries the behaviour-over-documents design point, since PRA-03 merged into PRA-01."},
	{ID: "PRA-07", Kind: ChangeReworded, OldWeight: 2, Reason: "\"Do owners act on what it finds\" was a second question; follow-up is in what good looks like and PRA-06."},

	{ID: "GOV-08", Kind: ChangeAdded, Reason: "Split from GOV-04: top management approves the policy (ISO/IEC 27001 5.1, 5.2, A 5.1)."},
	{ID: "GOV-09", Kind: ChangeAdded, Reason: "Split from GOV-04, corrected: risk owners approve treatment and accept residual risk (6.1.3 f, 8.3)."},
	{ID: "GOV-10", Kind: ChangeAdded, Reason: "Replaces MOD-06: one consistent assessment of each boundary risk; the decision is the risk owner's (GOV-09)."},
	{ID: "GOV-11", Kind: ChangeAdded, Reason: "NIS2 Art. 20(1): the management body approves the risk-management measures."},
	{ID: "GOV-12", Kind: ChangeAdded, Reason: "NIS2 Art. 20(1): the management body oversees their implementation."},
	{ID: "GOV-13", Kind: ChangeAdded, Reason: "NIS2 Art. 20(2): members of the management body are trained."},
	{ID: "ROL-07", Kind: ChangeAdded, Reason: "Role continuity: auditors fail a role still held by a leaver (5.3, A 6.5)."},
	{ID: "ROL-08", Kind: ChangeAdded, Reason: "Role continuity: key roles need deputies to act in absence (5.3, A 5.29)."},
	{ID: "ROL-09", Kind: ChangeAdded, Reason: "Segregation of duties (A 5.3) between approving and making OT changes."},
	{ID: "ROL-10", Kind: ChangeAdded, Reason: "Segregation of duties (A 5.3) between approving and granting OT access."},
	{ID: "CHG-07", Kind: ChangeAdded, Reason: "Safety-critical plants: security changes pass the process-safety management of change."},
	{ID: "INC-08", Kind: ChangeAdded, Reason: "NIS2 Art. 23 and A 5.5: significant incidents reported to the authority in time."},
	{ID: "CTL-07", Kind: ChangeAdded, Reason: "Restoring plant systems after an incident or a failed change needs an owner for each system's backups (A 8.13, A 5.30; SPE 8; NIS2 Art. 21(2)(c))."},
	{ID: "BRF-08", Kind: ChangeAdded, Reason: "The boundary between the plant networks and corporate IT, asked of every organisation; BRF-07 keeps the links between plants (A 8.22; SPE 3)."},
	{ID: "PRA-08", Kind: ChangeAdded, Reason: "A provider that runs IT or OT services (managed IT, hosting, a cloud MES) has its security duties in the contract and an owner who oversees it: accountability is not outsourced (ISO/IEC 27001 8.1; A 5.19 to 5.23; NIS2 Art. 21(2)(d))."},
}
