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
}

// actionPrereqs lists, per question, the questions whose actions must be
// done first, with the clause that orders them:
//
//   - The ISMS owner maintains the management system's elements (GOV-03)
//     and prepares the policy top management approves (GOV-08): both need
//     the owner appointed (GOV-01). ISO/IEC 27001 5.2, 5.3.
//   - Risk owners approve treatment and accept residual risk (GOV-09), and
//     open OT findings are covered by time-limited acceptances (CHG-05),
//     only once the risk owners are named (ROL-05), the acceptance
//     authority is written (GOV-05) and the criteria rate plant impact
//     (GOV-07). ISO/IEC 27001 6.1.2 a 1 and c 2 before 6.1.3 f.
//   - The management body approves the NIS2 measures (GOV-11) against a
//     treatment plan the risk owners have approved (GOV-09). NIS2 Art.
//     20(1); ISO/IEC 27001 6.1.3 e, f.
//   - Every vendor session goes through the controlled service (BRF-06)
//     only when every route is known (SCO-03). Annex A 5.19, 8.20;
//     IEC 62443-2-1 SPE 3.
//   - Department heads confirm the controls the RACI gives them (ROL-06)
//     once the RACI is written (ROL-01). ISO/IEC 27001 5.3.
//
// TestActionPrereqs checks that the table names asked questions and has
// no cycle.
var actionPrereqs = map[string][]Prerequisite{
	"GOV-03": {{"GOV-01", "ISO/IEC 27001 5.3"}},
	"GOV-08": {{"GOV-01", "ISO/IEC 27001 5.2, 5.3"}},
	"GOV-09": {{"ROL-05", "ISO/IEC 27001 6.1.2 c 2"}, {"GOV-05", "ISO/IEC 27001 6.1.3 f"}, {"GOV-07", "ISO/IEC 27001 6.1.2 a 1"}},
	"CHG-05": {{"ROL-05", "ISO/IEC 27001 6.1.2 c 2"}, {"GOV-05", "ISO/IEC 27001 6.1.3 f"}, {"GOV-07", "ISO/IEC 27001 6.1.2 a 1"}},
	"GOV-11": {{"GOV-09", "NIS2 Art. 20(1); ISO/IEC 27001 6.1.3 f"}},
	"BRF-06": {{"SCO-03", "Annex A 5.19, 8.20; IEC 62443-2-1 SPE 3"}},
	"ROL-06": {{"ROL-01", "ISO/IEC 27001 5.3"}},
}

// ownerPrereqs is the question that appoints each function that owns
// actions but may itself be missing: an action owned by a function
// nobody holds waits for the appointment (ISO/IEC 27001 5.3; IEC
// 62443-2-1 SPE 1). Top management and the other functions exist in any
// organisation; the OT lead and the ISMS owner are the two the bank asks
// about.
var ownerPrereqs = map[Role]Prerequisite{
	RoleISMSOwner: {"GOV-01", "ISO/IEC 27001 5.3"},
	RoleOT:        {"ROL-03", "ISO/IEC 27001 5.3; IEC 62443-2-1 SPE 1"},
}

// PrerequisitesOf returns the questions whose actions must come before
// the action on question id when its owning function is owner: the table's,
// then the appointment of the owner. It does not look at the answers.
func PrerequisitesOf(id string, owner Role) []Prerequisite {
	out := slices.Clone(actionPrereqs[id])
	if p, ok := ownerPrereqs[owner]; ok && p.Question != id && !slices.ContainsFunc(out, func(q Prerequisite) bool { return q.Question == p.Question }) {
		out = append(out, p)
	}
	return out
}

// openPrereq reports whether the action act still waits for: act is in
// the plan and not done, and its answer is below level 2 or unknown. At
// level 2 what it stands for exists in writing, if not everywhere (an
// owner named, a RACI drafted), so nothing waits for it.
func openPrereq(act Action) bool {
	return !act.Added && act.Level < 2 && act.Status != StatusDone
}

// orderByPrereqs moves each open prerequisite up to stand just above the
// first action that needs it, keeping the order of out otherwise, and
// fills NeedsFirst and FirstFor. An action done does not wait for
// anything. A cycle the consultant's owners make (ROL-03's action given
// to the ISMS owner while GOV-01's is given to the OT lead) is broken
// where it closes: the action already being placed stays where it is.
func orderByPrereqs(out []Action) []Action {
	at := make(map[string]int, len(out))
	for i, act := range out {
		at[act.ID] = i
	}
	needs := make([][]int, len(out))
	for i, act := range out {
		if act.Added || act.Status == StatusDone {
			continue
		}
		for _, p := range PrerequisitesOf(act.Question, act.Owner) {
			j, ok := at[p.Question]
			if !ok || !openPrereq(out[j]) {
				continue
			}
			needs[i] = append(needs[i], j)
			out[i].NeedsFirst = append(out[i].NeedsFirst, p.Question)
		}
		// A quick win is one that can be done now.
		out[i].QuickWin = out[i].QuickWin && len(needs[i]) == 0
		// The prerequisites in plan order, so that the more urgent one
		// comes first when two move up together.
		slices.Sort(needs[i])
		slices.SortFunc(out[i].NeedsFirst, func(x, y string) int { return at[x] - at[y] })
	}
	for i := range out {
		for _, j := range needs[i] {
			out[j].FirstFor = append(out[j].FirstFor, out[i].ID)
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
// SCO-03, CHG-02, INC-01, BRF-06 and 2 more." It is "" for an action that
// neither waits nor is waited for.
func (act Action) OrderNote() string {
	var s []string
	if len(act.NeedsFirst) > 0 {
		s = append(s, l10n.F("Needs first: %s.", idList(act.NeedsFirst)))
	}
	if len(act.FirstFor) > 0 {
		s = append(s, l10n.F("Needed first for: %s.", idList(act.FirstFor)))
	}
	return strings.Join(s, " ")
}

// idList joins ids, naming at most orderNoteIDs of them.
func idList(ids []string) string {
	if len(ids) <= orderNoteIDs {
		return strings.Join(ids, ", ")
	}
	return l10n.F("%s and %d more", strings.Join(ids[:orderNoteIDs], ", "), len(ids)-orderNoteIDs)
}
