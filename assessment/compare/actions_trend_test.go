package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// withPlan sets answers and plan entries on a round entry.
func withPlan(e Entry, ratings map[string]assessment.Rating, plan map[string]assessment.PlanEntry) Entry {
	for q, r := range ratings {
		e.A.Answers[q] = assessment.Answer{Rating: r}
	}
	e.A.Plan = plan
	return e
}

// TestActionProgress: what became, by the follow-up, of each action open
// or in progress at the baseline. Each case lists the action IDs by
// outcome; the lists always add up to the open count. below gives, for
// each generated action marked done, the level at which the follow-up
// still rates its question (ActionChange.Now).
func TestActionProgress(t *testing.T) {
	const q1, q2 = "GOV-01", "GOV-02"
	r := func(kv ...any) map[string]assessment.Rating {
		m := map[string]assessment.Rating{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1].(assessment.Rating)
		}
		return m
	}
	done := assessment.PlanEntry{Status: assessment.StatusDone}
	inProgress := assessment.PlanEntry{Status: assessment.StatusInProgress}
	added := func(text string, st assessment.ActionStatus) assessment.PlanEntry {
		return assessment.PlanEntry{Text: text, Status: st}
	}
	// One person without a role, unless a case gives roles: a respondent
	// who gave no role is matched across rounds by name.
	base := func(id string, ratings map[string]assessment.Rating, plan map[string]assessment.PlanEntry) Entry {
		return samePerson(withPlan(roundEntry(id, "Plant A", "2026-03-10", "", nil), ratings, plan))
	}
	follow := func(id string, ratings map[string]assessment.Rating, plan map[string]assessment.PlanEntry) Entry {
		return samePerson(withPlan(roundEntry(id, "Plant A", "2026-09-10", "", nil), ratings, plan))
	}
	type want struct {
		open                                         int
		done, resolved, pending, notReassessed, gone []string
		below                                        map[string]int
	}
	as := func(e Entry, role assessment.Role) Entry {
		e.A.Profile.RespondentRole = role
		return e
	}
	consensus := func(e Entry) Entry {
		e.A.Consensus = map[string]assessment.Agreement{q1: {}}
		return e
	}
	tests := []struct {
		name    string
		entries []Entry
		want    want
	}{
		{"MarkedDone", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: done}),
		}, want{open: 1, done: []string{q1}, below: map[string]int{q1: 1}}},
		{"InProgressThenDone", []Entry{
			base("b", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: inProgress}),
			follow("f", r(q1, assessment.Rating2), map[string]assessment.PlanEntry{q1: done}),
		}, want{open: 1, done: []string{q1}, below: map[string]int{q1: 2}}},
		// Two respondents mark it done, one still does not know: the
		// lowest level, "unknown" as 0, is the one the answers show.
		{"DoneByEveryPlanLowestLevel", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f1", r(q1, assessment.Rating2), map[string]assessment.PlanEntry{q1: done}),
			follow("f2", r(q1, assessment.RatingUnknown), map[string]assessment.PlanEntry{q1: done}),
		}, want{open: 1, done: []string{q1}, below: map[string]int{q1: 0}}},
		{"DoneAlreadyIsNotCounted", []Entry{
			base("b", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: done}),
			follow("f", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: done}),
		}, want{}},
		{"AnswerReachesTarget", []Entry{
			base("b", r(q1, assessment.Rating0), nil),
			follow("f", r(q1, assessment.Rating3), nil),
		}, want{open: 1, resolved: []string{q1}}},
		{"StillOpen", []Entry{
			base("b", r(q1, assessment.Rating0, q2, assessment.Rating1), nil),
			follow("f", r(q1, assessment.Rating2, q2, assessment.Rating1), map[string]assessment.PlanEntry{q2: inProgress}),
		}, want{open: 2, pending: []string{q1, q2}}},
		{"DroppedIsNotDone", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: {Dropped: true}}),
		}, want{open: 1, gone: []string{q1}}},
		{"NotApplicableIsNotDone", []Entry{
			base("b", r(q2, assessment.Rating1), nil),
			follow("f", r(q2, assessment.RatingNotApplicable), nil),
		}, want{open: 1, gone: []string{q2}}},
		// GOV-01 asks about a requirement that cannot be excluded (5.3):
		// "not applicable" leaves its action open.
		{"NotApplicableOnARequirementStaysOpen", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f", r(q1, assessment.RatingNotApplicable), nil),
		}, want{open: 1, pending: []string{q1}}},
		{"UnansweredIsNotReassessed", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f", nil, nil),
		}, want{open: 1, notReassessed: []string{q1}}},
		// The OT lead rated q1 at 0; the follow-up asked only the IT lead,
		// who rates it 3 as before: the OT lead's action is not re-assessed.
		{"AbsentRoleLeavesItNotReassessed", []Entry{
			as(base("b1", r(q1, assessment.Rating3), nil), assessment.RoleIT),
			as(base("b2", r(q1, assessment.Rating0), nil), assessment.RoleOT),
			as(follow("f", r(q1, assessment.Rating3), nil), assessment.RoleIT),
		}, want{open: 1, notReassessed: []string{q1}}},
		// Both leads rated q1 low; in the follow-up only the IT lead rates
		// it, at 3: the OT lead's word is missing.
		{"RoleThatRatedLowMustRateAgain", []Entry{
			as(base("b1", r(q1, assessment.Rating1), nil), assessment.RoleIT),
			as(base("b2", r(q1, assessment.Rating0), nil), assessment.RoleOT),
			as(follow("f1", r(q1, assessment.Rating3), nil), assessment.RoleIT),
			as(follow("f2", r(q2, assessment.Rating3), nil), assessment.RoleOT),
		}, want{open: 1, notReassessed: []string{q1}}},
		{"SameRolesResolve", []Entry{
			as(base("b1", r(q1, assessment.Rating3), nil), assessment.RoleIT),
			as(base("b2", r(q1, assessment.Rating0), nil), assessment.RoleOT),
			as(follow("f1", r(q1, assessment.Rating3), nil), assessment.RoleIT),
			as(follow("f2", r(q1, assessment.Rating3), nil), assessment.RoleOT),
		}, want{open: 1, resolved: []string{q1}}},
		// The respondent re-rated q1 at 3; the round's consensus does not
		// change that.
		{"ConsensusRoundJudgedOnOwnAnswers", []Entry{
			base("b", r(q1, assessment.Rating0), nil),
			follow("f", r(q1, assessment.Rating3), nil),
			consensus(follow("c", r(q1, assessment.Rating3), nil)),
		}, want{open: 1, resolved: []string{q1}}},
		{"MarkedDoneCountsAcrossUnlikeRounds", []Entry{
			base("b", r(q1, assessment.Rating0), nil),
			follow("f", r(q1, assessment.Rating0), nil),
			consensus(follow("c", r(q1, assessment.Rating0), map[string]assessment.PlanEntry{q1: done})),
		}, want{open: 1, done: []string{q1}, below: map[string]int{q1: 0}}},
		{"AddedSameTextDone", []Entry{
			base("b", nil, map[string]assessment.PlanEntry{"ADD-1": added("Fence the line 3 cabinet.", "")}),
			follow("f", nil, map[string]assessment.PlanEntry{"ADD-1": added("fence the  line 3 cabinet.", assessment.StatusDone)}),
		}, want{open: 1, done: []string{"ADD-1"}}},
		{"AddedOtherTextIsAnotherAction", []Entry{
			base("b", nil, map[string]assessment.PlanEntry{"ADD-1": added("Fence the line 3 cabinet.", "")}),
			follow("f", nil, map[string]assessment.PlanEntry{"ADD-1": added("Train the shift leads.", assessment.StatusDone)}),
		}, want{open: 1, gone: []string{"ADD-1"}}},
		{"OnePlanStillOpenIsNotDone", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f1", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: done}),
			follow("f2", r(q1, assessment.Rating2), nil),
		}, want{open: 1, pending: []string{q1}}},
		{"OneAnswerBelowTargetIsNotResolved", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f1", r(q1, assessment.Rating3), nil),
			follow("f2", r(q1, assessment.RatingUnknown), nil),
		}, want{open: 1, pending: []string{q1}}},
		{"EarlierRoundLeastAdvanced", []Entry{
			base("b1", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: done}),
			base("b2", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: inProgress}),
			follow("f", r(q1, assessment.Rating1), map[string]assessment.PlanEntry{q1: done}),
		}, want{open: 1, done: []string{q1}, below: map[string]int{q1: 1}}},
		{"ConsensusPlanDecides", []Entry{
			base("b", r(q1, assessment.Rating1), nil),
			follow("f", r(q1, assessment.Rating1), nil),
			func() Entry {
				e := follow("c", r(q1, assessment.Rating2), map[string]assessment.PlanEntry{q1: done})
				e.A.Consensus = map[string]assessment.Agreement{q1: {}}
				return e
			}(),
		}, want{open: 1, done: []string{q1}, below: map[string]int{q1: 2}}},
	}
	ids := func(acts []ActionChange) []string {
		var out []string
		for _, a := range acts {
			out = append(out, a.ID)
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.entries)
			require.Len(t, s.Trends, 1)
			require.Len(t, s.Trends[0].Steps, 1)
			ap := s.Trends[0].Steps[0].Actions
			assert.Equal(t, tt.want.open, ap.Open, "open")
			assert.Equal(t, tt.want.done, ids(ap.Done), "done")
			assert.Equal(t, tt.want.resolved, ids(ap.Resolved), "resolved")
			assert.Equal(t, tt.want.pending, ids(ap.Pending), "pending")
			assert.Equal(t, tt.want.notReassessed, ids(ap.NotReassessed), "not re-assessed")
			assert.Equal(t, tt.want.gone, ids(ap.Gone), "gone")
			assert.Equal(t, ap.Open, len(ap.Done)+len(ap.Resolved)+len(ap.Pending)+len(ap.NotReassessed)+len(ap.Gone), "the lists add up")
			var below map[string]int
			for _, a := range ap.Done {
				if a.Shown != ShownNone {
					if below == nil {
						below = map[string]int{}
					}
					below[a.ID] = a.Now
					assert.Equal(t, shown(a.Before, a.Now), a.Shown, "%s: what the answers show", a.ID)
					// From level 1 to 2 the plan's task becomes the step toward
					// level 3; at the same level it stays the same task.
					assert.Equal(t, a.Shown == ShownAim, a.NextStepDone, "%s: its next step marked done too", a.ID)
				}
			}
			assert.Equal(t, tt.want.below, below, "done, still rated below the target level")
		})
	}
}

// TestShown: how far the later round's answers bear out an action marked
// done, from the level its question had when planned and the level it
// has now. An action from level 0 or 1 aims at level 2, from 2 at 3.
func TestShown(t *testing.T) {
	tests := []struct {
		before, now int
		want        Shown
	}{
		{0, 0, ShownNot},
		{0, 1, ShownPartly},
		{0, 2, ShownAim},
		{1, 1, ShownNot},
		{1, 2, ShownAim},
		{1, 0, ShownLower},
		{2, 2, ShownNot},
		{2, 1, ShownLower},
		{2, 0, ShownLower},
	}
	for _, tt := range tests {
		got := shown(tt.before, tt.now)
		assert.Equal(t, tt.want, got, "from level %d to %d", tt.before, tt.now)
		assert.Equal(t, tt.want == ShownNot || tt.want == ShownLower, got.Unproven(), "from level %d to %d: unproven", tt.before, tt.now)
	}
}

// TestShownText: what the trend says of an action marked done, in each
// case of Shown, and where a round's answers differ.
func TestShownText(t *testing.T) {
	tests := []struct {
		a    ActionChange
		want string
	}{
		{ActionChange{}, ""},
		{ActionChange{Shown: ShownAim, Before: 1, Now: 2}, "now rated at level 2 in B, the level it aimed at; level 3 is not yet reached"},
		{ActionChange{Shown: ShownAim, Before: 1, Now: 2, NextStepDone: true}, "now rated at level 2 in B, the level it aimed at; level 3 is not yet reached, " +
			"yet its next step, toward level 3, is marked done as well in B: reopen it unless that work is done"},
		{ActionChange{Shown: ShownPartly, Before: 0, Now: 1}, "now rated at level 1 in B, up from level 0 or unknown, short of level 2, which it aimed at"},
		{ActionChange{Shown: ShownNot, Before: 1, Now: 1}, "still rated at level 1 in B, as in A: not borne out by the answers"},
		{ActionChange{Shown: ShownLower, Before: 1, Now: 0, Lowest: true}, "now rated at level 0 or unknown in B, down from level 1 in A: not borne out by the answers (the lowest answer given in B)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.a.ShownText("in A", "in B"))
	}
}
