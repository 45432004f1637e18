package assessment

import (
	"strings"
	"testing"
)

func TestActionsWith(t *testing.T) {
	a := Assessment{
		Profile: Profile{Validated: true},
		Answers: map[string]Answer{
			"GOV-01": {Rating: RatingUnknown},                                     // 3 × 4 × 2 = 24
			"GOV-02": {Rating: Rating3},                                           // no action
			"GOV-03": {Note: "not answered"},                                      // no action
			"INC-01": {Rating: RatingNotApplicable},                               // no action
			"CHG-01": {Rating: Rating1},                                           // 3 × 3 × 3 = 27
			"CHG-02": {Rating: Rating2},                                           // 2 × 2 × 2 = 8
			"CTL-01": {Rating: Rating0, Owner: RoleQuality, Target: "2025-09-30"}, // 2 × 4 × 3 = 24
			"CTL-02": {Rating: Rating2},                                           // 1 × 2 × 1 = 2
			"PRA-01": {Rating: Rating4},                                           // no action
		},
	}
	type want struct {
		question string
		owner    Role
		priority int
		level    int
		downtime bool
		target   string
	}
	wants := []want{
		{"CHG-01", RoleOT, 27, 1, true, ""},
		{"GOV-01", RoleISMSOwner, 24, 0, false, ""}, // bank order breaks the tie
		{"CTL-01", RoleQuality, 24, 0, true, "2025-09-30"},
		{"CHG-02", RoleOT, 8, 2, true, ""},
		{"CTL-02", RoleIT, 2, 2, false, ""},
	}
	got := ActionsWith(a, testBank)
	if len(got) != len(wants) {
		t.Fatalf("got %d actions, want %d: %+v", len(got), len(wants), got)
	}
	for i, w := range wants {
		g := got[i]
		q := bankQuestion(t, w.question)
		if g.Question != w.question || g.Area != q.Area || g.Title != q.Good || g.Owner != w.owner ||
			g.Priority != w.priority || g.Level != w.level || g.Target != w.target || g.Detail == "" ||
			(g.Downtime != "") != w.downtime {
			t.Errorf("action %d = %+v\nwant %+v", i, g, w)
		}
	}
	if !strings.Contains(got[0].Downtime, "requalified") {
		t.Errorf("validated plant: downtime note %q should ask for requalification", got[0].Downtime)
	}
}

func bankQuestion(t *testing.T, id string) Question {
	t.Helper()
	for _, q := range testBank {
		if q.ID == id {
			return q
		}
	}
	t.Fatalf("no test question %s", id)
	return Question{}
}

func TestActionDefaults(t *testing.T) {
	bank := []Question{
		{ID: "MOD-01", Area: "MOD", Applies: AppliesOT, Weight: 0, InterfaceRisk: 0}, // governance area; bad weights count as 1
		{ID: "X-OT", Area: "CTL", Applies: AppliesOT, Weight: 1, InterfaceRisk: 1, Downtime: true},
		{ID: "X-IT", Area: "CTL", Applies: AppliesIT, Weight: 1, InterfaceRisk: 1, Downtime: true},
		{ID: "X-BOTH", Area: "INC", Applies: AppliesBoth, Weight: 1, InterfaceRisk: 1, Downtime: true},
	}
	tests := []struct {
		name     string
		profile  Profile
		id       string
		owner    Role
		priority int
		downtime string
	}{
		{"GovernanceAreaOwner", Profile{}, "MOD-01", RoleISMSOwner, 4, ""},
		{"OTOwnerDowntime", Profile{}, "X-OT", RoleOT, 4,
			"Needs a planned downtime window or turnaround on the affected lines."},
		{"ITNoDowntimeNote", Profile{Validated: true}, "X-IT", RoleIT, 4, ""},
		{"BothValidatedSafety", Profile{Validated: true, SafetyCritical: true}, "X-BOTH", RoleISMSOwner, 4,
			"Needs a planned downtime window or turnaround on the affected lines. " +
				"Validated systems must be requalified after the change: agree the validation effort with Quality before scheduling. " +
				"Review the change against the safety case with EHS before it goes live."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: tt.profile, Answers: answers(tt.id + "=0")}
			got := ActionsWith(a, bank)
			if len(got) != 1 {
				t.Fatalf("got %d actions, want 1", len(got))
			}
			if got[0].Owner != tt.owner || got[0].Priority != tt.priority || got[0].Downtime != tt.downtime {
				t.Errorf("action = %+v\nwant owner %s priority %d downtime %q", got[0], tt.owner, tt.priority, tt.downtime)
			}
		})
	}
}

func TestActionDetail(t *testing.T) {
	for _, tt := range []struct {
		rating Rating
		want   string
	}{
		{Rating1, "Today: Initial (1). Aim for Implemented (3) with evidence an auditor can see."},
		{Rating0, "Today: Not in place (0). Aim for Implemented (3) with evidence an auditor can see."},
		{RatingUnknown, "Nobody could answer this. Find out who knows, check the facts, and rate it again; until then it counts as not in place."},
	} {
		got := ActionsWith(Assessment{Answers: map[string]Answer{"X": {Rating: tt.rating}}}, []Question{{ID: "X", Weight: 1, InterfaceRisk: 1}})
		if len(got) != 1 || got[0].Detail != tt.want {
			t.Errorf("detail for %q = %+v, want %q", tt.rating, got, tt.want)
		}
	}
}

func TestActionsNone(t *testing.T) {
	if got := ActionsWith(Assessment{}, testBank); len(got) != 0 {
		t.Errorf("no answers gave actions %+v", got)
	}
	if got := Actions(Assessment{Answers: answers("GOV-01=3")}); len(got) != 0 {
		t.Errorf("level 3 gave actions %+v", got)
	}
	if got := Actions(Assessment{Answers: answers("GOV-01=2")}); len(got) != 1 || got[0].Question != "GOV-01" {
		t.Errorf("Actions on the shipped bank = %+v, want one for GOV-01", got)
	}
}
