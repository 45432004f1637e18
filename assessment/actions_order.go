package assessment

import (
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// This file holds what one action needs done before it: a plan that asks
// the OT lead to survey remote access while the same plan says there is no
// OT lead, or asks risk owners to accept residual risk before anyone has
// named the risk owners, cannot be worked from the top.

// Prerequisite is an action that must come first, and why.
type Prerequisite struct {
	Question string // the question whose action comes first
	Basis    string // the clause or element that orders the two
	// AtLevel2 limits the prerequisite to the action needing it at level
	// 2, whose task is then the roll-out that needs it: below 2 the task
	// is the interim measure and the written practice, which do not.
	AtLevel2 bool
}

// actionPrereqs lists, per question, the questions whose actions must be
// done first, with the clause that orders them:
//
//   - The ISMS owner maintains the management system's elements (GOV-03),
//     is placed at enterprise level (GOV-02), prepares the policy top
//     management approves (GOV-08) and leads external audits (PRA-05):
//     all need the owner appointed (GOV-01). ISO/IEC 27001 5.1, 5.2, 5.3.
//   - A deputy is named for a key role (ROL-08) once the ISMS owner and
//     the OT lead hold theirs (GOV-01, ROL-03). ISO/IEC 27001 5.3.
//   - Risk owners approve treatment and accept residual risk (GOV-09), and
//     open OT findings are covered by time-limited acceptances (CHG-05),
//     only once the risk owners are named (ROL-05), the acceptance
//     authority is written (GOV-05) and the criteria rate plant impact
//     (GOV-07); treatment decisions on boundary risks are put to the
//     named risk owner (GOV-10) once there is one. ISO/IEC 27001 6.1.2 a 1
//     and c 2 before 6.1.3 f.
//   - The management body's approval of the NIS2 measures (GOV-11) waits
//     for nothing: it approves the measures register as it stands, a
//     duty of its own (NIS2 Art. 20(1)) that does not wait until every
//     risk owner has accepted their residual risks (GOV-09, ISO/IEC 27001
//     6.1.3 f), which runs beside it.
//   - IT and OT agree who runs what on the services they share (CTL-02)
//     once the shared components have named owners (SCO-02): the split
//     of duties is agreed between those owners, or two lists of the same
//     components result. ISO/IEC 27001 5.3; Annex A 5.2.
//   - The rule that settles security against quality or safety (INT-02)
//     and the scope's review triggers (SCO-06) end in the steering group's
//     approval, so the group must exist (GOV-06). ISO/IEC 27001 5.1, 5.3.
//   - Every vendor session goes through the controlled service (BRF-06 at
//     level 2) only when every route is known (SCO-03). Below level 2 the
//     task disables standing connections now and writes the procedure,
//     which need no survey. Annex A 5.19, 8.20; IEC 62443-2-1 SPE 3.
//   - Department heads confirm the controls the RACI gives them (ROL-06)
//     once the RACI is written (ROL-01). ISO/IEC 27001 5.3.
//   - Nothing changes how running plant networks connect before the flows
//     across them are known (SCO-04) and security changes go through the
//     plant's management of change (CHG-02): the segmentation between
//     plants (BRF-07) and between the plants and corporate IT (BRF-08;
//     below level 2 either task defines the permitted flows, which needs
//     only the map) and connecting plant systems to central services
//     (CTL-03). A segmentation without the flow map cuts batch,
//     MES or LIMS flows. Annex A 8.20, 8.22, 8.32; IEC 62443-2-1 SPE 3.
//   - Patching running OT assets (CHG-04 at level 2) needs the inventory
//     with each asset's patchability (BRF-03) and the change route
//     (CHG-02). Below level 2 the task writes the procedure. Annex A 5.9,
//     8.8, 8.32; IEC 62443-2-1 SPE 2, SPE 4.
//
// TestActionPrereqs checks that the table names asked questions and has
// no cycle.
var actionPrereqs = map[string][]Prerequisite{
	"GOV-02": {{Question: "GOV-01", Basis: "ISO/IEC 27001 5.1, 5.3"}},
	"GOV-03": {{Question: "GOV-01", Basis: "ISO/IEC 27001 5.3"}},
	"GOV-08": {{Question: "GOV-01", Basis: "ISO/IEC 27001 5.2, 5.3"}},
	"PRA-05": {{Question: "GOV-01", Basis: "ISO/IEC 27001 5.3"}},
	"ROL-08": {{Question: "GOV-01", Basis: "ISO/IEC 27001 5.3"}, {Question: "ROL-03", Basis: "ISO/IEC 27001 5.3; IEC 62443-2-1 SPE 1"}},
	"GOV-09": {{Question: "ROL-05", Basis: "ISO/IEC 27001 6.1.2 c 2"}, {Question: "GOV-05", Basis: "ISO/IEC 27001 6.1.3 f"}, {Question: "GOV-07", Basis: "ISO/IEC 27001 6.1.2 a 1"}},
	"CHG-05": {{Question: "ROL-05", Basis: "ISO/IEC 27001 6.1.2 c 2"}, {Question: "GOV-05", Basis: "ISO/IEC 27001 6.1.3 f"}, {Question: "GOV-07", Basis: "ISO/IEC 27001 6.1.2 a 1"}},
	"GOV-10": {{Question: "ROL-05", Basis: "ISO/IEC 27001 6.1.2 c 2, 6.1.3 f"}},
	"INT-02": {{Question: "GOV-06", Basis: "ISO/IEC 27001 5.1, 5.3"}},
	"SCO-06": {{Question: "GOV-06", Basis: "ISO/IEC 27001 5.1, 5.3"}},
	"BRF-06": {{Question: "SCO-03", Basis: "Annex A 5.19, 8.20; IEC 62443-2-1 SPE 3", AtLevel2: true}},
	"ROL-06": {{Question: "ROL-01", Basis: "ISO/IEC 27001 5.3"}},
	"BRF-07": {{Question: "SCO-04", Basis: "Annex A 8.20, 8.22; IEC 62443-2-1 SPE 3"}, {Question: "CHG-02", Basis: "Annex A 8.32; ISO/IEC 27001 8.1", AtLevel2: true}},
	"BRF-08": {{Question: "SCO-04", Basis: "Annex A 8.20, 8.22; IEC 62443-2-1 SPE 3"}, {Question: "CHG-02", Basis: "Annex A 8.32; ISO/IEC 27001 8.1", AtLevel2: true}},
	"CTL-03": {{Question: "SCO-04", Basis: "Annex A 8.20, 8.22; IEC 62443-2-1 SPE 3"}, {Question: "CHG-02", Basis: "Annex A 8.32; ISO/IEC 27001 8.1"}},
	"CTL-02": {{Question: "SCO-02", Basis: "ISO/IEC 27001 5.3; Annex A 5.2"}},
	// Which plants are audited, and which Statement of Applicability
	// entries need a plant-floor note, follow from which plants the scope
	// takes in.
	"PRA-07": {{Question: "SCO-01", Basis: "ISO/IEC 27001 4.3, 9.2"}},
	"CTL-06": {{Question: "SCO-01", Basis: "ISO/IEC 27001 4.3, 6.1.3 d"}},
	"CHG-04": {{Question: "BRF-03", Basis: "Annex A 5.9, 8.8; IEC 62443-2-1 SPE 2", AtLevel2: true}, {Question: "CHG-02", Basis: "Annex A 8.32; ISO/IEC 27001 8.1", AtLevel2: true}},
}

// ownerPrereq is the question that appoints a function that owns actions
// but may itself be missing, and who has an immediate first step carried
// out until it is appointed.
type ownerPrereq struct {
	Prerequisite
	interim string
}

// ownerPrereqs is the appointment each such function waits for: an
// action owned by a function nobody holds waits for the appointment
// (ISO/IEC 27001 5.3; IEC 62443-2-1 SPE 1). Top management and the other
// functions exist in any organisation; the OT lead and the ISMS owner are
// the two the bank asks about.
var ownerPrereqs = map[Role]ownerPrereq{
	RoleISMSOwner: {Prerequisite{Question: "GOV-01", Basis: "ISO/IEC 27001 5.3"},
		l10n.M("Until an ISMS owner is appointed, the executive sponsor has the first step carried out.")},
	RoleOT: {Prerequisite{Question: "ROL-03", Basis: "ISO/IEC 27001 5.3; IEC 62443-2-1 SPE 1"},
		l10n.M("Until an OT lead is named, the site or plant director has the first step carried out.")},
}

// PrerequisitesOf returns the questions whose actions must come before
// the action on question id at level ("unknown" counts as 0) when its
// owning function is owner: the table's, then the appointment of the
// owner, unless ownerNamed says the role register names a holder for
// it (RegisterHolds). A person is then there to do the work, and putting
// the role in writing is the appointing question's own action, which
// nothing else need wait for. It does not look at the answers.
func PrerequisitesOf(id string, level int, owner Role, ownerNamed bool) []Prerequisite {
	var out []Prerequisite
	for _, p := range actionPrereqs[id] {
		if !p.AtLevel2 || level >= 2 {
			out = append(out, p)
		}
	}
	if p, ok := ownerPrereqs[owner]; ok && !ownerNamed && p.Question != id && !slices.ContainsFunc(out, func(q Prerequisite) bool { return q.Question == p.Question }) {
		out = append(out, p.Prerequisite)
	}
	return out
}

// stillMissing reports whether a prerequisite whose answer stands at
// level ("unknown" counts as 0) is still missing: below level 2. At level
// 2 what it stands for exists in writing, if not everywhere (an owner
// named, a RACI drafted), so nothing waits for it.
func stillMissing(level int) bool { return level < 2 }

// openPrereq reports whether act, a generated action of the plan, is one
// that others still wait for: still missing and not done.
func openPrereq(act Action) bool {
	return stillMissing(act.Level) && act.Status != StatusDone
}

// orderByPrereqs moves each open prerequisite up to stand just above the
// first action that needs it, keeping the order of out, the generated
// actions (added ones have no prerequisites and come after), otherwise, and
// fills NeedsFirst, NeedsDropped and FirstFor. named says whether the
// role register names a holder for a function (see PrerequisitesOf).
// droppedOpen says whether a
// question's action was dropped while its answer still says it is
// missing: such a prerequisite is waited for, though it cannot move. An
// action done does not wait for anything; one whose first step cannot
// wait (FirstStep) keeps its place, and its open prerequisites not yet
// placed follow right below it, for the rest of it waits. A cycle the
// consultant's owners make (ROL-03's action given to the ISMS owner while
// GOV-01's is given to the OT lead) is broken where it closes: the action
// already being placed stays where it is.
func orderByPrereqs(out []Action, droppedOpen func(id string) bool, named func(Role) bool) []Action {
	at := make(map[string]int, len(out))
	for i, act := range out {
		at[act.ID] = i
	}
	needs := make([][]int, len(out)) // what each action is placed below
	// what each action whose first step cannot wait is placed above: its
	// first step goes ahead, and what the rest needs follows right below
	// it rather than wherever its own priority would leave it.
	follows := make([][]int, len(out))
	for i := range out {
		act := &out[i]
		if act.Status == StatusDone {
			continue
		}
		var waits []int
		for _, p := range PrerequisitesOf(act.Question, act.Level, act.Owner, named(act.Owner)) {
			j, ok := at[p.Question]
			switch {
			case ok && openPrereq(out[j]):
				waits = append(waits, j)
			case !ok && droppedOpen(p.Question):
				act.NeedsDropped = append(act.NeedsDropped, p.Question)
			}
		}
		// The prerequisites in plan order, so that the more urgent one
		// comes first when two move up together; the dropped ones last.
		slices.Sort(waits)
		for _, j := range waits {
			act.NeedsFirst = append(act.NeedsFirst, out[j].ID)
		}
		act.NeedsFirst = append(act.NeedsFirst, act.NeedsDropped...)
		// A quick win is one that can be done now.
		act.QuickWin = act.QuickWin && len(act.NeedsFirst) == 0
		if act.FirstStep == "" {
			needs[i] = waits
		} else {
			follows[i] = waits
		}
		for _, j := range waits {
			out[j].FirstFor = append(out[j].FirstFor, act.ID)
		}
	}
	const (
		unplaced = iota
		placing
		placed
	)
	state := make([]int, len(out))
	ordered := make([]Action, 0, len(out))
	var place func(i int)
	place = func(i int) {
		state[i] = placing
		for _, j := range needs[i] {
			if state[j] == unplaced {
				place(j)
			}
		}
		state[i] = placed
		ordered = append(ordered, out[i])
		for _, j := range follows[i] {
			if state[j] == unplaced {
				place(j)
			}
		}
	}
	for i := range out {
		if state[i] == unplaced {
			place(i)
		}
	}
	return ordered
}

// orderNoteIDs is how many actions an order note names before it counts
// the rest.
const orderNoteIDs = 4

// OrderNote says, in the current language, what act waits for and what
// waits for it, by question ID: "Needs first: ROL-03. Needed first for:
// SCO-03, CHG-02, INC-01, BRF-06 and 2 more." (NeedsNote, then the
// actions that wait for act). It is "" for an action that neither waits
// nor is waited for.
func (act Action) OrderNote() string {
	s := act.NeedsNote()
	if len(act.FirstFor) > 0 {
		s = strings.TrimSpace(s + " " + l10n.F("Needed first for: %s.", idList(act.FirstFor)))
	}
	return s
}

// NeedsNote says, in the current language, what act waits for: "Needs
// first: ROL-03." An action whose first step cannot wait says that the
// step does not, and who has it carried out while its owner is still to
// be appointed; a prerequisite dropped from the plan is said to be. It
// is "" for an action that waits for nothing.
func (act Action) NeedsNote() string {
	if len(act.NeedsFirst) == 0 {
		return ""
	}
	ids := make([]string, len(act.NeedsFirst))
	for i, id := range act.NeedsFirst {
		ids[i] = id
		if slices.Contains(act.NeedsDropped, id) {
			ids[i] = l10n.F("%s (dropped from this plan, though its answer still says it is missing)", id)
		}
	}
	if act.FirstStep == "" {
		return l10n.F("Needs first: %s.", idList(ids))
	}
	s := l10n.F("The first step does not wait; the rest needs first: %s.", idList(ids))
	if p, ok := ownerPrereqs[act.Owner]; ok && slices.Contains(act.NeedsFirst, p.Question) {
		switch {
		case act.Owner == RoleOT && act.otVacantInPart && act.interimBySponsor:
			s += " " + l10n.T("Where a plant has no OT lead yet, the executive sponsor has the first step carried out there: the role register names no site or plant director.")
		case act.Owner == RoleOT && act.otVacantInPart:
			s += " " + l10n.T("Where a plant has no OT lead yet, its site or plant director has the first step carried out there.")
		case act.Owner == RoleOT && act.interimBySponsor:
			// Nobody to hand the step to at the site: it goes up.
			s += " " + l10n.T("Until an OT lead is named, the executive sponsor has the first step carried out: the role register names no site or plant director.")
		default:
			s += " " + l10n.T(p.interim)
		}
	}
	return s
}

// idList joins ids, naming at most orderNoteIDs of them.
func idList(ids []string) string {
	if len(ids) <= orderNoteIDs {
		return strings.Join(ids, ", ")
	}
	return l10n.F("%s and %d more", strings.Join(ids[:orderNoteIDs], ", "), len(ids)-orderNoteIDs)
}
