package assessment

import (
	"cmp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestActionPrereqs checks the table: every question it names is in the
// bank, and following prerequisites from any question, with each action
// owned as the routing table owns it, never comes back to where it
// started.
func TestActionPrereqs(t *testing.T) {
	for id, ps := range actionPrereqs {
		_, ok := questionIndex[id]
		assert.True(t, ok, "%s is not a question", id)
		for _, p := range ps {
			_, ok := questionIndex[p.Question]
			assert.True(t, ok, "%s: prerequisite %s is not a question", id, p.Question)
			assert.NotEmpty(t, p.Basis, "%s: prerequisite %s has no basis", id, p.Question)
		}
	}
	for role, p := range ownerPrereqs {
		_, ok := questionIndex[p.Question]
		assert.True(t, ok, "%s: prerequisite %s is not a question", role, p.Question)
		assert.NotEmpty(t, p.interim, "%s: who has a first step carried out meanwhile", role)
	}
	var visit func(id string, path []string)
	visit = func(id string, path []string) {
		if slices.Contains(path, id) {
			t.Errorf("cycle: %v → %s", path, id)
			return
		}
		for _, p := range PrerequisitesOf(id, 2, actionRouting[id], false) { // at 2 every line applies
			visit(p.Question, append(slices.Clone(path), id))
		}
	}
	for _, q := range Questions() {
		visit(q.ID, nil)
	}
}

// TestActionPrereqOrder: no action is listed above an open action it
// needs; a prerequisite at level 2, done or dropped holds nothing back;
// an action done waits for nothing; and the plan keeps every action once.
func TestActionPrereqOrder(t *testing.T) {
	profile := Profile{Validated: true, SafetyCritical: true, Plants: 3, NIS2: NIS2Important}
	tests := []struct {
		name    string
		answers map[string]Rating // over every answer at level 1
		plan    map[string]PlanEntry
		// waits maps an action to the prerequisites it must wait for,
		// exactly; free lists actions that must wait for none.
		waits map[string][]string
		free  []string
	}{{
		name: "everything at level 1",
		waits: map[string][]string{
			"SCO-03": {"ROL-03"},                               // owned by the OT lead
			"SCO-02": {"GOV-01"},                               // owned by the ISMS owner
			"GOV-09": {"ROL-05", "GOV-05", "GOV-07", "GOV-01"}, // the table, then the owner
			"GOV-02": {"GOV-01"},
			"GOV-10": {"ROL-05", "GOV-01"},
			"INT-02": {"GOV-06", "GOV-01"}, // routed to the ISMS owner on a validated, safety-critical site
			"ROL-08": {"GOV-01", "ROL-03"},
			"BRF-06": {"ROL-03"}, // the survey (SCO-03) only at level 2
			"GOV-08": {"GOV-01"},
			"CTL-02": {"SCO-02"}, // the split of duties between the named owners
		},
		// The management body's NIS2 approval is its own duty (Art.
		// 20(1)), not held back by the risk owners' acceptances.
		free: []string{"GOV-01", "ROL-03", "GOV-11"},
	}, {
		name:    "the roll-out of the vendor access service waits for the survey",
		answers: map[string]Rating{"BRF-06": Rating2},
		waits:   map[string][]string{"BRF-06": {"SCO-03", "ROL-03"}},
	}, {
		name:    "the OT lead and the ISMS owner exist in writing",
		answers: map[string]Rating{"ROL-03": Rating2, "GOV-01": Rating2},
		free:    []string{"SCO-03", "SCO-02", "GOV-08"},
	}, {
		name:    "an unknown prerequisite is open",
		answers: map[string]Rating{"ROL-03": RatingUnknown},
		waits:   map[string][]string{"SCO-03": {"ROL-03"}},
	}, {
		name: "a prerequisite done holds nothing back",
		plan: map[string]PlanEntry{"ROL-03": {Status: StatusDone}, "GOV-01": {Status: StatusDone}},
		free: []string{"SCO-03", "SCO-02"},
	}, {
		name:    "a prerequisite dropped while its answer says it is missing is waited for",
		plan:    map[string]PlanEntry{"GOV-01": {Dropped: true}, "ROL-05": {Dropped: true}},
		answers: map[string]Rating{"ROL-05": Rating2}, // dropped, but in writing
		waits: map[string][]string{
			"SCO-02": {"GOV-01"},
			"GOV-09": {"GOV-05", "GOV-07", "GOV-01"},
		},
	}, {
		name: "an action done waits for nothing",
		plan: map[string]PlanEntry{"SCO-03": {Status: StatusDone}},
		free: []string{"SCO-03"},
	}, {
		name: "owners given by the consultant",
		plan: map[string]PlanEntry{"SCO-03": {Function: RoleIT}, "INC-05": {Function: RoleOT}},
		waits: map[string][]string{
			"INC-05": {"ROL-03"},
		},
		free: []string{"SCO-03"},
	}, {
		name: "a cycle the consultant's owners make",
		plan: map[string]PlanEntry{"ROL-03": {Function: RoleISMSOwner}, "GOV-01": {Function: RoleOT}},
		waits: map[string][]string{
			"ROL-03": {"GOV-01"},
			"GOV-01": {"ROL-03"},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Assessment{Profile: profile, Answers: map[string]Answer{}, Plan: tc.plan}
			for _, q := range Questions() {
				a.Answers[q.ID] = Answer{Rating: Rating1}
			}
			for id, r := range tc.answers {
				a.Answers[id] = Answer{Rating: r}
			}
			acts := ActionsWith(a, Asked(a))
			pos := map[string]int{}
			for i, act := range acts {
				_, twice := pos[act.ID]
				require.False(t, twice, "%s is listed twice", act.ID)
				pos[act.ID] = i
			}
			_, _, _, all := PlanCounts(a)
			require.Len(t, acts, all, "every action once")
			for id, want := range tc.waits {
				require.Contains(t, pos, id)
				assert.ElementsMatch(t, want, acts[pos[id]].NeedsFirst, "%s waits for", id)
			}
			for _, id := range tc.free {
				if i, ok := pos[id]; ok {
					assert.Empty(t, acts[i].NeedsFirst, "%s waits for nothing", id)
				}
			}
			for i, act := range acts {
				for _, p := range act.NeedsFirst {
					if slices.Contains(act.NeedsDropped, p) {
						assert.NotContains(t, pos, p, "%s is dropped from the plan", p)
						continue
					}
					require.Contains(t, pos, p)
					assert.Contains(t, acts[pos[p]].FirstFor, act.ID, "%s lists %s as waiting for it", p, act.ID)
					// Not the cycle, nor an action whose first step
					// cannot wait.
					if !slices.Contains(acts[pos[p]].NeedsFirst, act.ID) && act.FirstStep == "" {
						assert.Less(t, pos[p], i, "%s stands above %s, which needs it", p, act.ID)
					}
					// Below an action whose first step cannot wait, a
					// prerequisite not placed higher up follows it,
					// with only other prerequisites between them.
					if act.FirstStep != "" && pos[p] > i {
						for _, between := range acts[i+1 : pos[p]] {
							assert.NotEmpty(t, between.FirstFor, "%s stands between %s and %s, which follows it", between.ID, act.ID, p)
						}
					}
				}
				if len(act.FirstFor) > 0 {
					// A prerequisite moves up no further than it must:
					// an action between it and the first action needing
					// it is another prerequisite, or one the plan's
					// order puts below it anyway.
					// An action whose first step cannot wait has what
					// the rest of it needs right below it.
					first := len(acts)
					for _, d := range act.FirstFor {
						if acts[pos[d]].FirstStep == "" {
							first = min(first, pos[d])
						} else {
							first = min(first, pos[d]+1)
						}
					}
					for _, between := range acts[min(i+1, first):first] {
						if len(between.FirstFor) == 0 {
							assert.Negative(t, planOrder(act, between), "%s stands between %s and the action needing it", between.ID, act.ID)
						}
					}
				}
				if len(act.NeedsFirst) > 0 {
					assert.False(t, act.QuickWin, "%s waits for another action, so it is no quick win", act.ID)
				}
			}
		})
	}
}

// planOrder compares two generated actions as the plan's order does
// before prerequisites move: by severity group, priority, a first step
// that cannot wait, gap, then bank order.
func planOrder(x, y Action) int {
	return cmp.Or(x.Gap.PlanGroup()-y.Gap.PlanGroup(), y.Priority-x.Priority, nowFirst(x, y), x.Gap.Rank()-y.Gap.Rank(), questionIndex[x.Question]-questionIndex[y.Question])
}

// TestFirstStepDoesNotWait: an action whose task opens with a step that
// cannot wait keeps its place above the prerequisites of the rest of it,
// says so, and says who has the step carried out while its owner is still
// to be appointed (not when the role register names one); the step is
// there only in the catalogue's own task below level 2.
func TestFirstStepDoesNotWait(t *testing.T) {
	tests := []struct {
		name      string
		profile   Profile
		answers   map[string]Rating // over every answer at level 3
		plan      map[string]PlanEntry
		holders   map[Role]Holder
		id        string
		firstStep string
		note      string
		below     string // a prerequisite listed below the action ("" for none)
	}{{
		name:      "vendor sessions, no OT lead",
		answers:   map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		id:        "BRF-06",
		firstStep: "First step: now",
		note:      "The first step does not wait; the rest needs first: ROL-03. Until an OT lead is named, the site or plant director has the first step carried out.",
		below:     "ROL-03",
	}, {
		// The register names the OT lead: a person is there to act, and
		// putting the role in writing is ROL-03's own action.
		name:      "vendor sessions, OT lead named in the register",
		answers:   map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		holders:   map[Role]Holder{RoleOT: {Name: "S. Example"}},
		id:        "BRF-06",
		firstStep: "First step: now",
	}, {
		name:      "vendor sessions, OT lead vacant in the register",
		answers:   map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		holders:   map[Role]Holder{RoleOT: {Name: "vacant"}, RoleSite: {Name: "P. Example"}},
		id:        "BRF-06",
		firstStep: "First step: now",
		note:      "The first step does not wait; the rest needs first: ROL-03. Until an OT lead is named, the site or plant director has the first step carried out.",
		below:     "ROL-03",
	}, {
		// The OT lead is named at one plant and vacant at the other: the
		// stand-in is for the plant without one.
		name:      "vendor sessions, OT lead vacant at one plant",
		profile:   Profile{Plants: 2},
		answers:   map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		holders:   map[Role]Holder{RoleOT: {Name: "E. Example (Plant 1); vacant (Plant 2)"}, RoleSite: {Name: "P. Example"}},
		id:        "BRF-06",
		firstStep: "First step: now",
		note:      "The first step does not wait; the rest needs first: ROL-03. Where a plant has no OT lead yet, its site or plant director has the first step carried out there.",
		below:     "ROL-03",
	}, {
		// The register, once started, names nobody for the site director
		// either: the step goes to top management, not to an empty seat.
		name:      "vendor sessions, OT lead and site director not held in the register",
		answers:   map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		holders:   map[Role]Holder{RoleOT: {Name: "vacant"}, RoleExecutive: {Name: "M. Example"}},
		id:        "BRF-06",
		firstStep: "First step: now",
		note:      "The first step does not wait; the rest needs first: ROL-03. Until an OT lead is named, the executive sponsor has the first step carried out: the role register names no site or plant director.",
		below:     "ROL-03",
	}, {
		name:      "validation route, Quality exists",
		profile:   Profile{Validated: true},
		answers:   map[string]Rating{"CHG-03": Rating1},
		id:        "CHG-03",
		firstStep: "First step: before the next security change on a GxP system goes live",
	}, {
		name:    "the consultant's own task has no such step",
		answers: map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		plan:    map[string]PlanEntry{"BRF-06": {Text: "Replace the vendor modem at line 3"}},
		id:      "BRF-06",
		note:    "Needs first: ROL-03.",
	}, {
		name:      "in progress: the step may have been taken",
		answers:   map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		plan:      map[string]PlanEntry{"BRF-06": {Status: StatusInProgress}},
		id:        "BRF-06",
		firstStep: "First step: now, if not yet taken",
		note:      "The first step does not wait; the rest needs first: ROL-03. Until an OT lead is named, the site or plant director has the first step carried out.",
	}, {
		name:    "done: the step was taken, and nothing is waited for",
		answers: map[string]Rating{"BRF-06": Rating0, "ROL-03": Rating0},
		plan:    map[string]PlanEntry{"BRF-06": {Status: StatusDone}},
		id:      "BRF-06",
	}, {
		name:    "the roll-out at level 2",
		answers: map[string]Rating{"BRF-06": Rating2, "ROL-03": Rating0},
		id:      "BRF-06",
		note:    "Needs first: ROL-03.",
	}, {
		name:    "isolated plants keep vendor support on site",
		profile: Profile{Connectivity: ConnectivityIsolated},
		answers: map[string]Rating{"BRF-06": Rating0},
		id:      "BRF-06",
	}, {
		name:    "a dropped prerequisite is named as dropped",
		answers: map[string]Rating{"GOV-05": Rating1, "GOV-01": Rating1},
		plan:    map[string]PlanEntry{"GOV-01": {Dropped: true}},
		id:      "GOV-05",
		note:    "Needs first: GOV-01 (dropped from this plan, though its answer still says it is missing).",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Assessment{Profile: tc.profile, Answers: map[string]Answer{}, Plan: tc.plan, Holders: tc.holders}
			for _, q := range Questions() {
				a.Answers[q.ID] = Answer{Rating: Rating3}
			}
			for id, r := range tc.answers {
				a.Answers[id] = Answer{Rating: r}
			}
			acts := ActionsWith(a, Asked(a))
			pos := map[string]int{}
			for i, act := range acts {
				pos[act.ID] = i
			}
			require.Contains(t, pos, tc.id)
			act := acts[pos[tc.id]]
			assert.Equal(t, tc.firstStep, act.FirstStep)
			assert.Equal(t, tc.note, act.OrderNote())
			if tc.below != "" {
				require.Contains(t, pos, tc.below)
				assert.Less(t, pos[tc.id], pos[tc.below], "%s keeps its place above %s", tc.id, tc.below)
			}
			if len(act.NeedsFirst) > 0 {
				assert.False(t, act.QuickWin)
			}
		})
	}
}
