package assessment

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestActionsWith(t *testing.T) {
	a := Assessment{
		Profile: Profile{Validated: true},
		Answers: map[string]Answer{
			"GOV-01": {Rating: RatingUnknown},                                     // 3 × 3 × 2 = 18
			"GOV-02": {Rating: Rating3},                                           // no action
			"GOV-03": {Note: "not answered"},                                      // no action
			"INC-01": {Rating: RatingNotApplicable},                               // no action
			"CHG-01": {Rating: Rating1},                                           // 3 × 2 × 3 = 18
			"CHG-02": {Rating: Rating2},                                           // 2 × 1 × 2 = 4
			"CTL-01": {Rating: Rating0, Owner: RoleQuality, Target: "2025-09-30"}, // 2 × 3 × 3 = 18
			"CTL-02": {Rating: Rating2},                                           // 1 × 1 × 1 = 1
			"PRA-01": {Rating: Rating4},                                           // no action
		},
	}
	type want struct {
		question string
		owner    Role
		priority int
		level    int
		aim      int
		downtime bool
		target   string
	}
	wants := []want{
		{"GOV-01", RoleExecutive, 18, 0, 3, false, ""},        // bank order breaks the tie; one act: aims at 3 (questionLevels)
		{"CHG-01", RoleOT, 18, 1, 2, false, ""},               // its action writes a plan: no window (workWrittenOnly)
		{"CTL-01", RoleQuality, 18, 0, 2, true, "2025-09-30"}, // the answer's owner wins over the routing table
		{"CHG-02", RoleOT, 4, 2, 3, true, ""},                 // at 2 it applies the rule and bars deployment tools: the connections note
		{"CTL-02", RoleIT, 1, 2, 3, false, ""},
	}
	got := ActionsWith(a, testBank)
	require.Len(t, got, len(wants))
	for i, w := range wants {
		g := got[i]
		assert.Equal(t, w.question, g.Question, "action %d", i)
		assert.Equal(t, w.question, g.ID, "action %d", i)
		assert.Equal(t, w.owner, g.Owner, "action %d owner", i)
		assert.Equal(t, w.priority, g.Priority, "action %d priority", i)
		assert.Equal(t, w.level, g.Level, "action %d level", i)
		assert.Equal(t, w.aim, g.Aim, "action %d aim", i)
		assert.Equal(t, w.target, g.Target, "action %d target", i)
		assert.Equal(t, w.downtime, g.Downtime != "", "action %d downtime %q", i, g.Downtime)
		assert.Equal(t, StatusOpen, g.Status)
		assert.NotEmpty(t, g.Detail)
		assert.Equal(t, g.Generated, g.Title)
	}
	assert.Contains(t, got[2].Downtime, "requalified", "validated plant: the downtime note asks for requalification")
}

// TestActionRouting checks every action of the whole bank, all rated 0,
// against the routing table, and the table's key decisions.
func TestActionRouting(t *testing.T) {
	functions := []Role{RoleExecutive, RoleISMSOwner, RoleSite, RoleIT, RoleOT, RoleQuality, RoleEHS, RoleLegal, RoleHR, RoleProcurement}
	a := Assessment{Answers: map[string]Answer{}}
	for _, q := range Questions() {
		a.Answers[q.ID] = Answer{Rating: Rating0}
		_, routed := actionRouting[q.ID]
		assert.True(t, routed, "%s has no entry in the routing table", q.ID)
		assert.NotEmpty(t, actionSpecs[q.ID].Task, "%s has no task", q.ID)
	}
	for id := range actionRouting {
		_, ok := QuestionByID(id)
		assert.True(t, ok, "routing table lists %s, which is not in the bank", id)
	}
	for id := range actionSpecs {
		_, ok := QuestionByID(id)
		assert.True(t, ok, "action catalogue lists %s, which is not in the bank", id)
	}
	acts := ActionsWith(a, Questions())
	require.Len(t, acts, len(Questions()))
	for _, act := range acts {
		want, _ := ActionRouting(act.Question, a.Profile)
		assert.Equal(t, want, act.Owner, "%s is routed to %s", act.Question, want)
		assert.Equal(t, want, act.Usual, act.Question)
		assert.Contains(t, functions, act.Owner, "%s: %s is not an owning function", act.Question, act.Owner)
	}
	for _, tt := range []struct {
		id   string
		want Role
	}{
		{"INT-04", RoleProcurement}, // contract clauses
		{"INT-05", RoleHR},          // plant-floor training
		{"ROL-07", RoleHR},          // leavers
		{"INT-02", RoleISMSOwner},   // quality/safety precedence: both are parties
		{"ROL-08", RoleExecutive},   // deputies of key roles
		{"CTL-05", RoleOT},          // how plant systems authenticate users
		{"BRF-01", RoleISMSOwner},   // crediting plant controls against Annex A
		{"CHG-03", RoleQuality},     // validation
		{"CHG-07", RoleEHS},         // process-safety MOC
		{"INC-05", RoleLegal},       // authorities
		{"SCO-03", RoleOT},          // vendor remote access routes
		{"BRF-06", RoleOT},          // brokered vendor sessions
		{"INC-02", RoleSite},        // authority to isolate the plant
		{"GOV-01", RoleExecutive},   // appointing the owner
		{"SCO-01", RoleISMSOwner},   // scope
	} {
		got, _ := ActionRouting(tt.id, Profile{})
		assert.Equal(t, tt.want, got, tt.id)
	}
	// On a safety-critical site without validated systems, the incident
	// learning loop is EHS's; with validated systems it is Quality's. The
	// safety/security precedence rule is the ISMS owner's everywhere,
	// since Quality and EHS are parties to it.
	for _, tt := range []struct {
		id   string
		p    Profile
		want Role
	}{
		{"INT-02", Profile{SafetyCritical: true}, RoleISMSOwner},
		{"INC-06", Profile{SafetyCritical: true}, RoleEHS},
		{"INT-02", Profile{SafetyCritical: true, Validated: true}, RoleISMSOwner},
		{"INC-06", Profile{SafetyCritical: true, Validated: true}, RoleQuality},
		{"INT-02", Profile{Validated: true}, RoleISMSOwner},
		{"INC-06", Profile{Validated: true}, RoleQuality},
		// The wide-area network between plants is IT's, unless the plants
		// are isolated from corporate IT.
		{"BRF-07", Profile{Connectivity: ConnectivityBrokered}, RoleIT},
		{"BRF-07", Profile{}, RoleIT},
		{"BRF-07", Profile{Connectivity: ConnectivityIsolated}, RoleOT},
	} {
		got, ok := ActionRouting(tt.id, tt.p)
		require.True(t, ok)
		assert.Equal(t, tt.want, got, "%s %+v", tt.id, tt.p)
	}
}

// actionVerbs are the verbs the catalogue's tasks may start with: each
// task is something a named function does, not a state to reach.
var actionVerbs = []string{
	"Add", "Agree", "Align", "Amend", "Appoint", "Assign", "Book", "Check", "Collect", "Complete", "Connect",
	"Decide", "Define", "Develop", "Disable", "Draw", "Extend", "Give", "Have", "Issue", "Keep", "Link", "List",
	"Map", "Name", "Open", "Place", "Post", "Prepare", "Publish", "Put", "Rank", "Record", "Restrict", "Rewrite",
	"Roll", "Route", "Run", "Set", "Survey", "Write",
}

func TestActionTasks(t *testing.T) {
	var specs []actionSpec
	for _, q := range Questions() {
		specs = append(specs, actionSpecs[q.ID])
		assert.NotEqual(t, q.Good, actionSpecs[q.ID].Task, "%s: the task is not the target state", q.ID)
	}
	for _, t := range isolatedTasks {
		specs = append(specs, actionSpec{Task: t.task, Effort: EffortM})
	}
	for _, s := range specs {
		// A task in two steps ("First, now: check …. Then add …") starts
		// each step with a verb, and each step fits a plan row.
		for _, step := range taskSteps(s.Task) {
			verb, _, _ := strings.Cut(step, " ")
			assert.Contains(t, actionVerbs, verb, "task should start each step with a verb: %q", s.Task)
			assert.LessOrEqual(t, len(step), 260, "task step too long for a plan row: %q", step)
		}
		assert.True(t, strings.HasSuffix(s.Task, "."), "task ends with a full stop: %q", s.Task)
		assert.Contains(t, []Effort{EffortS, EffortM, EffortL}, s.Effort, "effort of %q", s.Task)
	}
}

// taskSteps splits a task into its steps, each starting with its verb in
// capitals: a task "First, <when>: <step>. Then <step>." has two, any
// other one.
func taskSteps(task string) []string {
	first, ok := strings.CutPrefix(task, "First, ")
	if !ok {
		return []string{task}
	}
	_, first, _ = strings.Cut(first, ": ")
	first, then, _ := strings.Cut(first, " Then ")
	return []string{strings.ToUpper(first[:1]) + first[1:], strings.ToUpper(then[:1]) + then[1:]}
}

func TestActionAim(t *testing.T) {
	bank := []Question{{ID: "X", Applies: AppliesOT, Weight: 1, InterfaceRisk: 1}}
	for _, tt := range []struct {
		rating Rating
		aim    int
		want   string
	}{
		{Rating0, 2, "Today: Not in place (0). Aim for Defined (2): written down and agreed, but not yet applied at every plant in scope."},
		{Rating1, 2, "Today: Initial (1). Aim for Defined (2): written down and agreed, but not yet applied at every plant in scope."},
		{Rating2, 3, "Today: Defined (2). Aim for Implemented (3): applied at every plant in scope, with evidence an auditor can see."},
		{RatingUnknown, 2, "Answered as unknown: find out who knows and rate it again; until then it counts as not in place. Aim for Defined (2): written down and agreed, but not yet applied at every plant in scope."},
	} {
		got := ActionsWith(Assessment{Answers: map[string]Answer{"X": {Rating: tt.rating}}}, bank)
		require.Len(t, got, 1)
		assert.Equal(t, tt.aim, got[0].Aim, tt.rating)
		assert.Equal(t, tt.want, got[0].Detail, tt.rating)
		assert.NotContains(t, got[0].Detail, "4")
	}
}

func TestActionDowntimeAndQuickWins(t *testing.T) {
	bank := []Question{
		{ID: "X-OT", Area: "CTL", Applies: AppliesOT, Weight: 1, InterfaceRisk: 1, Downtime: true},
		{ID: "X-IT", Area: "CTL", Applies: AppliesIT, Weight: 1, InterfaceRisk: 1, Downtime: true},
		{ID: "X-BOTH", Area: "INC", Applies: AppliesBoth, Weight: 1, InterfaceRisk: 1, Downtime: true},
	}
	tests := []struct {
		name     string
		profile  Profile
		id       string
		downtime string
	}{
		{"OTDowntime", Profile{}, "X-OT", "Needs a planned downtime window or turnaround on the affected lines."},
		{"ITNoDowntimeNote", Profile{Validated: true}, "X-IT", ""},
		{"BothValidatedSafety", Profile{Validated: true, SafetyCritical: true}, "X-BOTH",
			"Needs a planned downtime window or turnaround on the affected lines. " +
				"On validated systems, the site's change control decides how much must be requalified: agree it with Quality before scheduling. " +
				"Review the change with EHS against the plant's hazard and risk assessment before it goes live."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ActionsWith(Assessment{Profile: tt.profile, Answers: answers(tt.id + "=0")}, bank)
			require.Len(t, got, 1)
			assert.Equal(t, tt.downtime, got[0].Downtime)
			assert.Equal(t, RoleISMSOwner, got[0].Owner, "a question missing from the routing table goes to the ISMS owner")
		})
	}

	// Quick wins on the shipped bank: small, no downtime, high value.
	quick := map[string]bool{}
	for _, act := range ActionsWith(Assessment{Answers: answers("GOV-01=0", "GOV-05=1", "CHG-07=0", "PRA-04=0", "INC-02=0")}, Questions()) {
		quick[act.Question] = act.QuickWin
	}
	assert.Equal(t, map[string]bool{
		"GOV-01": true,  // S, critical
		"GOV-05": false, // S, critical, but its owner, the ISMS owner, waits for GOV-01
		"CHG-07": true,  // S, critical; writes the MOC trigger, needs no plant window
		"PRA-04": false, // S but of moderate value
		"INC-02": false, // M
	}, quick)

	// A small duty NIS2 lays on the entity itself is a quick win whatever
	// its weight; a large one is not.
	quick = map[string]bool{}
	nis2 := Assessment{Profile: Profile{NIS2: NIS2Important}, Answers: answers("GOV-12=2", "GOV-13=2", "GOV-11=1")}
	for _, act := range ActionsWith(nis2, Asked(nis2)) {
		quick[act.Question] = act.QuickWin
	}
	assert.Equal(t, map[string]bool{
		"GOV-11": false, // M
		"GOV-12": true,  // S, NIS2 Art. 20(1)
		"GOV-13": true,  // S, NIS2 Art. 20(2), weight 2 × 1
	}, quick)
}

// TestPlantWorkNotes: an action that writes a procedure or plan gets no
// plant note, even for a question about plant changes; one that changes
// or tests plant systems needs a downtime window; one that changes
// running connections goes through the plant's management of change, and
// is then no quick win. The kind depends on the answer's band (0, 1 or
// unknown, or 2): TestPlantWorkByLevel checks the level-2 rules. Every
// written-only band belongs to a question flagged Downtime, or listing it
// would change nothing; every question listed concerns OT, or no note
// would show.
func TestPlantWorkNotes(t *testing.T) {
	p := Profile{Validated: true, SafetyCritical: true, Plants: 3, NIS2: NIS2Essential}
	notes, titles := map[string]string{}, map[string]string{}
	for _, act := range ActionsWith(Assessment{Profile: p, Answers: answers("CHG-06=0", "CHG-04=1", "INC-02=0", "BRF-07=0", "SCO-03=0", "CTL-03=1", "BRF-06=0")}, Questions()) {
		notes[act.Question], titles[act.Question] = act.Downtime, act.Title
		if plantWorkAt(act.Question, act.Level) == workConnections {
			assert.False(t, act.QuickWin, act.Question)
		}
	}
	require.Len(t, notes, 7)
	assert.Empty(t, notes["CHG-06"], "an emergency change procedure cannot wait for a turnaround")
	assert.Empty(t, notes["CHG-04"])
	assert.Empty(t, notes["INC-02"], "naming who may isolate the plant needs no window")
	for _, id := range []string{"SCO-03", "CTL-03", "BRF-06", "BRF-07"} {
		assert.True(t, strings.HasPrefix(notes[id], "This action changes running plant connections: carry it out through the plant's management of change"), id)
		assert.Contains(t, notes[id], "hazard and risk assessment", id)
		// Connection work whose first step is due now passes Quality on
		// validated equipment as an emergency change, not "before
		// scheduling"; a planned rollout (CTL-03) is scheduled.
		if id == "CTL-03" {
			assert.Contains(t, notes[id], "before scheduling", id)
			assert.NotContains(t, notes[id], "emergency change", id)
			continue
		}
		// SCO-03 and BRF-06 carry the route in their first step, which
		// in this safety-critical process brings Quality into the
		// management of change: the note does not add a second one.
		if id == "SCO-03" || id == "BRF-06" {
			assert.Contains(t, titles[id], "with EHS and Quality", id)
			assert.NotContains(t, notes[id], "emergency change", id)
			continue
		}
		assert.Contains(t, notes[id], "as an emergency change Quality approves", id)
		assert.NotContains(t, notes[id], "before scheduling", id)
	}
	for id, bands := range plantWork {
		q, ok := QuestionByID(id)
		require.True(t, ok, id)
		assert.Contains(t, []Applies{AppliesOT, AppliesBoth}, q.Applies, "%s: only OT questions carry a plant note", id)
		for _, kind := range []plantWorkKind{bands.below2, bands.at2} {
			if kind == workWrittenOnly {
				assert.True(t, q.Downtime, "%s: a written-only band belongs to a Downtime question", id)
			}
		}
		assert.NotEqual(t, plantWorkBands{}, bands, "%s: listed, but workByQuestion in both bands", id)
	}
}

// TestOneActAim: the action on a question about one act aims at level 3
// from any level, so that its aim never describes the half-done act the
// task completes; at level 2 it completes the act rather than applying it
// more widely. The other questions aim at the next realistic level.
func TestOneActAim(t *testing.T) {
	require.NotEmpty(t, questionLevels)
	for id := range questionLevels {
		for _, r := range []Rating{Rating0, Rating1, RatingUnknown, Rating2} {
			acts := ActionsWith(Assessment{Answers: answers(id + "=" + string(r))}, Questions())
			require.Len(t, acts, 1, "%s=%s", id, r)
			act := acts[0]
			assert.Equal(t, TargetLevel, act.Aim, "%s=%s", id, r)
			assert.Contains(t, act.Detail, "Aim for Implemented (3)", "%s=%s", id, r)
			if r == Rating2 {
				q, _ := QuestionByID(id)
				assert.Equal(t, fmt.Sprintf(level2ActTask, q.Good), act.Title, id)
			}
		}
	}
	acts := ActionsWith(Assessment{Answers: answers("GOV-05=1")}, Questions())
	require.Len(t, acts, 1)
	assert.Equal(t, 2, acts[0].Aim, "a practice aims at level 2 first")
}

// TestIsolatedPlantTask: on a site whose plants are isolated, the actions
// that would connect them keep the isolation, at every level, with the
// plant note of what the task itself does; a stored plan entry holding
// either form of the task is the tool's own text.
func TestIsolatedPlantTask(t *testing.T) {
	isolated := Profile{Connectivity: ConnectivityIsolated}
	for _, tt := range []struct {
		id   string
		note string // the plant note's first sentence
	}{
		{"CTL-03", noteConnections},
		{"BRF-06", noteConnections},
		{"BRF-08", ""}, // lists the crossings there are: no connection changes
	} {
		for _, level := range []string{"0", "2"} {
			a := Assessment{Profile: isolated, Answers: answers(tt.id + "=" + level)}
			acts := ActionsWith(a, Questions())
			require.Len(t, acts, 1, tt.id)
			assert.Equal(t, isolatedTasks[tt.id].task, acts[0].Title, "%s at %s: not the connected target state", tt.id, level)
			assert.True(t, strings.HasPrefix(acts[0].Downtime, tt.note), "%s at %s: note %q", tt.id, level, acts[0].Downtime)
			assert.Equal(t, tt.note == "", acts[0].Downtime == "", "%s at %s: note %q", tt.id, level, acts[0].Downtime)
			assert.Empty(t, acts[0].FirstStep, "%s at %s: the isolated task has no immediate first step", tt.id, level)
		}
	}
	assert.NotContains(t, isolatedTasks["BRF-06"].task, "Put every vendor support session through one controlled remote access service")
	assert.NotContains(t, isolatedTasks["BRF-08"].task, "DMZ")
	for _, tt := range []struct {
		conn string
		want string
	}{
		{ConnectivityIsolated, isolatedTasks["CTL-03"].task},
		{ConnectivityBrokered, actionSpecs["CTL-03"].Task},
		{"", actionSpecs["CTL-03"].Task},
	} {
		a := Assessment{Profile: Profile{Connectivity: tt.conn}, Answers: answers("CTL-03=0")}
		acts := ActionsWith(a, Questions())
		require.Len(t, acts, 1)
		assert.Equal(t, tt.want, acts[0].Title, tt.conn)
		assert.Equal(t, tt.want, acts[0].Generated, tt.conn)
	}
	for _, stored := range []string{isolatedTasks["CTL-03"].task, actionSpecs["CTL-03"].Task} {
		a := Assessment{Profile: isolated, Answers: answers("CTL-03=0"), Plan: map[string]PlanEntry{"CTL-03": {Text: stored}}}
		assert.Equal(t, isolatedTasks["CTL-03"].task, ActionsWith(a, Questions())[0].Title, "stored %q", stored)
	}
}

func TestActionsPlan(t *testing.T) {
	a := Assessment{
		Answers: answers("GOV-01=0", "SCO-01=1", "ROL-01=2"),
		Plan: map[string]PlanEntry{
			"GOV-01": {Text: "Get the board to appoint Ms Smith.", Function: RoleISMSOwner, Person: "Ann Smith", Due: "2026-06-30", Status: StatusDone},
			"SCO-01": {Dropped: true, Person: "kept while dropped"},
			"ADD-10": {Text: "Tenth.", Status: StatusInProgress},
			"ADD-2":  {Text: "Second.", Function: RoleLegal},
			"PRA-01": {Person: "no action: PRA-01 is not weak"},
		},
	}
	got := ActionsWith(a, testBank)
	ids := make([]string, len(got))
	for i, act := range got {
		ids[i] = act.ID
	}
	assert.Equal(t, []string{"GOV-01", "ROL-01", "ADD-2", "ADD-10"}, ids)

	g := got[0]
	assert.Equal(t, "Get the board to appoint Ms Smith.", g.Title)
	assert.Equal(t, actionSpecs["GOV-01"].Task, g.Generated)
	assert.Equal(t, RoleISMSOwner, g.Owner)
	assert.Equal(t, "Ann Smith", g.Person)
	assert.Equal(t, "2026-06-30", g.Target)
	assert.Equal(t, StatusDone, g.Status)

	add := got[2]
	assert.True(t, add.Added)
	assert.Empty(t, add.Question)
	assert.Equal(t, "Second.", add.Title)
	assert.Equal(t, RoleLegal, add.Owner)
	assert.Equal(t, StatusOpen, add.Status)
	assert.Equal(t, RoleISMSOwner, got[3].Owner, "an added action without a function goes to the ISMS owner")

	assert.Equal(t, [3]int{2, 1, 1}, statusCounts(got))
	assert.Equal(t, "ADD-11", NextAddedActionID(a.Plan))
	assert.Equal(t, "ADD-1", NextAddedActionID(nil))
}

func TestIsAddedAction(t *testing.T) {
	for id, want := range map[string]bool{
		"ADD-1": true, "ADD-42": true, "ADD-0": false, "ADD-01": false, "ADD-": false,
		"ADD-x": false, "add-1": false, "GOV-01": false, "ADD-1234567": false,
	} {
		assert.Equal(t, want, IsAddedAction(id), id)
	}
}

func TestValidatePlanEntry(t *testing.T) {
	for _, tt := range []struct {
		name     string
		id       string
		question bool
		e        PlanEntry
		err      string
	}{
		{"Edited", "GOV-01", true, PlanEntry{Text: "x", Function: RoleHR, Person: "P", Due: "2026-01-31", Status: StatusInProgress}, ""},
		{"Dropped", "GOV-01", true, PlanEntry{Dropped: true}, ""},
		{"Added", "ADD-3", false, PlanEntry{Text: "Do it."}, ""},
		{"UnknownID", "XYZ-1", false, PlanEntry{Text: "x"}, "neither a question of the bank nor an added action (ADD-1, ADD-2, …)"},
		{"AddedNoText", "ADD-3", false, PlanEntry{Person: "P"}, "an added action needs a text"},
		{"AddedDropped", "ADD-3", false, PlanEntry{Text: "x", Dropped: true}, "an added action is dropped by removing it, not marked dropped"},
		{"DroppedStatus", "GOV-01", true, PlanEntry{Dropped: true, Status: StatusDone}, "a dropped action has no status"},
		{"Empty", "GOV-01", true, PlanEntry{}, "the entry changes nothing"},
		{"BadFunction", "GOV-01", true, PlanEntry{Function: "cfo"}, `function "cfo": unknown function`},
		{"ConsultantFunction", "GOV-01", true, PlanEntry{Function: RoleConsultant}, `function "consultant": unknown function`},
		{"BadDue", "GOV-01", true, PlanEntry{Due: "2026-02-30"}, `due "2026-02-30": not a real YYYY-MM-DD date`},
		{"BadStatus", "GOV-01", true, PlanEntry{Status: "closed"}, `status "closed": not one of open, in-progress, done`},
		{"LongPerson", "GOV-01", true, PlanEntry{Person: strings.Repeat("é", MaxNameLen+1)}, "person: longer than 200 characters"},
		{"LongText", "GOV-01", true, PlanEntry{Text: strings.Repeat("x", MaxTextLen+1)}, "text: longer than 4000 characters"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidatePlanEntry(tt.id, tt.e, tt.question)
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			assert.EqualError(t, err, tt.err)
		})
	}
}

func TestUpgradeSchema4Plan(t *testing.T) {
	// A schema 4 record loads unchanged, with no plan.
	a := New("x", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	a.Answers["GOV-01"] = Answer{Rating: Rating1}
	a.Matrix = nil // omitted when empty, so read back as nil
	raw, err := json.Marshal(a)
	require.NoError(t, err)
	old := strings.Replace(string(raw), fmt.Sprintf(`"schema":%d`, SchemaVersion), `"schema":4`, 1)
	got, err := Load([]byte(old))
	require.NoError(t, err)
	assert.Equal(t, a, got)

	// A schema 4 record cannot hold a plan.
	bad := strings.Replace(old, `"answers"`, `"plan":{"GOV-01":{"status":"done"}},"answers"`, 1)
	_, err = Load([]byte(bad))
	assert.EqualError(t, err, "upgrading schema 4 to 5: plan: not part of schema 4")

	// A schema 5 record with a plan loads; a bad entry is refused.
	a.Plan = map[string]PlanEntry{"GOV-01": {Status: StatusDone}, "ADD-1": {Text: "Extra."}}
	raw, err = json.Marshal(a)
	require.NoError(t, err)
	got, err = Load(raw)
	require.NoError(t, err)
	assert.Equal(t, a, got)
	a.Plan["NOPE"] = PlanEntry{Text: "x"}
	raw, err = json.Marshal(a)
	require.NoError(t, err)
	_, err = Load(raw)
	assert.EqualError(t, err, `invalid assessment: action "NOPE": neither a question of the bank nor an added action (ADD-1, ADD-2, …)`)
}

func TestActionStatusLabels(t *testing.T) {
	assert.Equal(t, []string{"Open", "In progress", "Done"}, []string{StatusOpen.Label(), StatusInProgress.Label(), StatusDone.Label()})
	assert.Equal(t, "Open", ActionStatus("").Label())
	assert.True(t, slices.ContainsFunc(ActionStatuses, func(s ActionStatus) bool { return s.Valid() }))
	assert.False(t, ActionStatus("closed").Valid())
	assert.Equal(t, "Small", EffortS.Label())
}

// An action is never owned by the integrator or vendor, even when the
// answer names it as the follow-up owner: the routing table's function
// owns it instead.
func TestActionNotOwnedByVendor(t *testing.T) {
	a := New("v1", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	a.Answers["CHG-02"] = Answer{Rating: Rating1, Owner: RoleIntegrator}
	a.Answers["INC-02"] = Answer{Rating: Rating0, Owner: RoleMaintenance}
	owners := map[string]Role{}
	for _, act := range Actions(a) {
		owners[act.Question] = act.Owner
	}
	want, ok := ActionRouting("CHG-02", a.Profile)
	if !ok {
		want = RoleISMSOwner
	}
	assert.Equal(t, want, owners["CHG-02"], "the integrator named on the answer")
	assert.Equal(t, RoleMaintenance, owners["INC-02"], "an internal owner named on the answer still wins")
}

// An action owned by another function than the routing table's shows the
// usual one, and never changes its own owner.
func TestActionUsualOwner(t *testing.T) {
	tests := []struct {
		name string
		act  Action
		want Role // "" when none is shown
	}{
		{"Routed", Action{Question: "GOV-01", Owner: RoleExecutive, Usual: RoleExecutive}, ""},
		{"OtherOwner", Action{Question: "GOV-01", Owner: RoleEHS, Usual: RoleExecutive}, RoleExecutive},
		{"Added", Action{ID: "ADD-1", Added: true, Owner: RoleEHS}, ""},
		{"NotRouted", Action{Question: "XXX-99", Owner: RoleEHS}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.act.UsualOwner()
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got)
		})
	}
	// In a plan: the answer's owner stands, the routed owner is only shown.
	a := Sample(2, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
	shown := 0
	for _, act := range Actions(a) {
		if r, ok := act.UsualOwner(); ok {
			shown++
			assert.NotEqual(t, r, act.Owner)
			routed, _ := ActionRouting(act.Question, a.Profile)
			assert.Equal(t, routed, r)
		}
	}
	assert.Positive(t, shown, "the sample rotates owners, so some differ")
}

// TestLevelTwoTask: at level 2 the action measures what is written and
// agreed against the question's target state and applies it; that text
// counts as the generated one in both languages, so saving it unchanged
// stores nothing.
func TestLevelTwoTask(t *testing.T) {
	a := Assessment{Answers: answers("GOV-06=2", "GOV-01=1")}
	acts := Actions(a)
	gov06 := actionByID(t, acts, "GOV-06")
	plain := GeneratedTask("GOV-06")
	q, _ := QuestionByID("GOV-06")
	assert.Equal(t, "Target state: "+q.Good+" Check what is written against it, roll it out wherever it applies and keep the evidence.", gov06.Title)
	assert.NotContains(t, gov06.Title, plain, "the level-0 task (set up …) would contradict the answer")
	assert.Equal(t, gov06.Title, gov06.Generated)
	assert.True(t, IsGeneratedTask("GOV-06", gov06.Title))
	assert.True(t, IsGeneratedTask("GOV-06", plain))
	assert.Equal(t, GeneratedTask("GOV-01"), actionByID(t, acts, "GOV-01").Title, "level 1 keeps the plain task")

	defer l10n.Set(l10n.DE)()
	de := actionByID(t, Actions(a), "GOV-06")
	assert.True(t, strings.HasPrefix(de.Title, "Zielzustand: "), de.Title)
	assert.True(t, IsGeneratedTask("GOV-06", de.Title))
	assert.True(t, IsGeneratedTask("GOV-06", gov06.Title), "the English text saved on an English page")
	// A stored English framed task shows in German.
	a.Plan = map[string]PlanEntry{"GOV-06": {Text: gov06.Title}}
	assert.Equal(t, de.Title, actionByID(t, Actions(a), "GOV-06").Title)
}

// TestActionOrderBySeverity: the actions that help close a critical
// finding come first, then those that help close a high one, then the
// rest; within each, highest priority first, then the more severe gap,
// then bank order. With every answer at 1, GOV-08 (a high finding, the
// policy nobody at the top approved, priority 6) comes before GOV-10
// (priority 18, no finding).
func TestActionOrderBySeverity(t *testing.T) {
	a := Assessment{Profile: Profile{Validated: true, SafetyCritical: true, Plants: 2, NIS2: NIS2Essential}, Answers: map[string]Answer{}}
	for _, q := range Questions() {
		a.Answers[q.ID] = Answer{Rating: Rating1}
	}
	acts := ActionsWith(a, Questions())
	require.NotEmpty(t, acts)
	major := func(s Severity) int { return min(s.Rank(), SeverityHigh.Rank()+1) }
	pos := map[string]int{}
	for i, act := range acts {
		pos[act.Question] = i
	}
	// A prerequisite moved up stands where the action needing it does
	// (TestActionPrereqOrder): the order by severity holds for the rest.
	rest := slices.DeleteFunc(slices.Clone(acts), func(act Action) bool { return len(act.FirstFor) > 0 })
	require.Greater(t, len(rest), len(acts)/2)
	for i, act := range rest {
		if i == 0 {
			continue
		}
		prev := rest[i-1]
		if major(prev.Gap) != major(act.Gap) {
			assert.Less(t, major(prev.Gap), major(act.Gap), "%s (%s) before %s (%s)", prev.Question, prev.Gap, act.Question, act.Gap)
			continue
		}
		if prev.Priority != act.Priority {
			assert.Greater(t, prev.Priority, act.Priority, "%s before %s", prev.Question, act.Question)
			continue
		}
		if (prev.FirstStep == "") != (act.FirstStep == "") {
			assert.NotEmpty(t, prev.FirstStep, "a first step that cannot wait goes first: %s before %s", prev.Question, act.Question)
			continue
		}
		assert.LessOrEqual(t, prev.Gap.Rank(), act.Gap.Rank(), "%s before %s", prev.Question, act.Question)
		if prev.Gap == act.Gap {
			assert.Less(t, questionIndex[prev.Question], questionIndex[act.Question], "bank order within equal severity: %s before %s", prev.Question, act.Question)
		}
	}
	assert.Equal(t, SeverityCritical, acts[pos["INC-02"]].Gap)
	assert.Equal(t, SeverityHigh, acts[pos["GOV-08"]].Gap)
	assert.Empty(t, acts[pos["GOV-10"]].Gap, "GOV-10 raises no finding")
	require.Less(t, acts[pos["GOV-08"]].Priority, acts[pos["GOV-10"]].Priority, "the example needs GOV-08 below GOV-10 in priority")
	assert.Less(t, pos["INC-02"], pos["GOV-08"], "critical before high")
	assert.Less(t, pos["GOV-08"], pos["GOV-10"], "high before no finding, whatever the priority")
}

// TestActionGap checks which findings an action's Gap counts: only those
// its answer raises. A level-2 answer raises none.
func TestActionGap(t *testing.T) {
	tests := []struct {
		name    string
		answers map[string]Rating
		id      string
		want    Severity
	}{
		{"Weak", map[string]Rating{"INC-02": Rating0}, "INC-02", SeverityCritical},
		{"Unknown", map[string]Rating{"INC-02": RatingUnknown}, "INC-02", SeverityCritical},
		{"LevelTwo", map[string]Rating{"INC-02": Rating2}, "INC-02", ""},
		{"NoFinding", map[string]Rating{"GOV-10": Rating0}, "GOV-10", ""},
		{"PolicyCaseByCase", map[string]Rating{"GOV-08": Rating1}, "GOV-08", SeverityHigh},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: majorProfile, Answers: map[string]Answer{}}
			for id, r := range tt.answers {
				a.Answers[id] = Answer{Rating: r}
			}
			assert.Equal(t, tt.want, actionByID(t, Actions(a), tt.id).Gap)
		})
	}
}

// statusCounts counts acts by status: open (including none given), in
// progress and done.
func statusCounts(acts []Action) [3]int {
	var n [3]int
	for _, act := range acts {
		switch act.Status {
		case StatusDone:
			n[2]++
		case StatusInProgress:
			n[1]++
		default:
			n[0]++
		}
	}
	return n
}

// TestPlanCounts holds PlanCounts to what Actions lists, over the samples
// and over a plan with every kind of entry.
func TestPlanCounts(t *testing.T) {
	now := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	var as []Assessment
	for i := range 8 {
		as = append(as, Sample(i, now))
	}
	a := New("plan", now)
	a.Answers["GOV-01"] = Answer{Rating: Rating0}
	a.Answers["GOV-02"] = Answer{Rating: RatingUnknown}
	a.Answers["GOV-03"] = Answer{Rating: Rating1}
	a.Answers["GOV-05"] = Answer{Rating: RatingNotApplicable}
	a.Plan = map[string]PlanEntry{
		"GOV-01": {Status: StatusDone},
		"GOV-02": {Status: StatusInProgress},
		"GOV-03": {Dropped: true},
		"GOV-05": {Status: StatusDone}, // N/A: no action, whatever the entry says
		"ADD-1":  {Text: "Added.", Status: StatusInProgress},
		"ADD-2":  {Text: "Open."},
	}
	as = append(as, a, New("empty", now))
	for i, a := range as {
		acts := Actions(a)
		open, inProgress, done, all := PlanCounts(a)
		assert.Equal(t, statusCounts(acts), [3]int{open, inProgress, done}, "assessment %d", i)
		assert.Equal(t, len(acts), all, "assessment %d", i)
	}
	// GOV-01 done, GOV-02 and ADD-1 in progress, ADD-2 open; GOV-03 is
	// dropped and GOV-05 not applicable.
	open, inProgress, done, all := PlanCounts(a)
	assert.Equal(t, [4]int{1, 2, 1, 4}, [4]int{open, inProgress, done, all}, "the plan built above")
}

// TestRACITaskFollowsTheMatrix: with no RACI of its own (CTL-01 at 0 or
// 1), an organisation whose matrix in this assessment is complete and
// passes every check is asked to confirm and approve that draft, not to
// draft one; any other matrix, or a level-2 answer, keeps the task.
func TestRACITaskFollowsTheMatrix(t *testing.T) {
	full, err := Preset(ModelFederated, Profile{})
	require.NoError(t, err)
	partial := ApplyPreset(full, nil, false)
	delete(partial, CellKey{"8.20", DomainOT})
	const confirm = "Have each accountable role check the ownership matrix drafted in this assessment"
	for _, tt := range []struct {
		name   string
		matrix Matrix
		rating string
		want   bool
	}{
		{"PassingMatrix", full, "0", true},
		{"PassingMatrixCaseByCase", full, "1", true},
		{"IncompleteMatrix", partial, "0", false},
		{"NoMatrix", nil, "0", false},
		{"PassingMatrixLevel2", full, "2", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Matrix: tt.matrix, Answers: answers("CTL-01=" + tt.rating)}
			acts := ActionsWith(a, Questions())
			require.Len(t, acts, 1)
			assert.Equal(t, tt.want, strings.HasPrefix(acts[0].Title, confirm), acts[0].Title)
		})
	}
}

// TestExcludedRequirementAction: "not applicable" on a requirement that
// cannot be excluded gives an action from level 0 that says why, for a
// clause of ISO/IEC 27001 and for a NIS2 duty of an entity in its scope;
// out of NIS2's scope the NIS2 question is not asked and gives none.
func TestExcludedRequirementAction(t *testing.T) {
	for _, tt := range []struct {
		name, q, nis2 string
		why           string // "" for no action
	}{
		{name: "Clause", q: "GOV-08", why: "ISO/IEC 27001 5.2 is a requirement that no ISMS claiming conformity can exclude (clause 1)."},
		{name: "NIS2Duty", q: "GOV-13", nis2: NIS2Essential, why: "NIS2 Art. 20(2) applies to every essential or important entity"},
		{name: "OutOfNIS2", q: "GOV-13", nis2: NIS2OutOfScope},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: Profile{NIS2: tt.nis2}, Answers: map[string]Answer{tt.q: {Rating: RatingNotApplicable}}}
			i := slices.IndexFunc(Actions(a), func(x Action) bool { return x.Question == tt.q })
			if tt.why == "" {
				assert.Equal(t, -1, i, "a question not asked gives no action")
				return
			}
			require.GreaterOrEqual(t, i, 0, "an action for %s", tt.q)
			act := Actions(a)[i]
			assert.True(t, strings.HasPrefix(act.Detail, "Answered \u201cnot applicable\u201d, which counts as not in place until it is rated: "), act.Detail)
			assert.Contains(t, act.Detail, tt.why)
		})
	}
}

// TestMatrixActionTakesTheMatrixFindingsGap: the findings on how much of
// the matrix is decided name CTL-01's action as theirs, so the action
// stands where the most severe of them would; a decided matrix leaves it
// to the answer.
func TestMatrixActionTakesTheMatrixFindingsGap(t *testing.T) {
	full, err := Preset(ModelFederated, Profile{Plants: 2})
	require.NoError(t, err)
	half := Matrix{}
	for i, c := range Controls() {
		if i%4 == 0 { // a quarter of the controls: fewer than half of the rows
			for _, d := range Domains {
				k := CellKey{Control: c.ID, Domain: d}
				half[k] = full[k]
			}
		}
	}
	tests := []struct {
		name   string
		matrix Matrix
		want   Severity
	}{
		{"not started", nil, SeverityHigh},
		{"mostly empty", half, SeverityHigh},
		{"decided", full, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: Profile{Plants: 2}, Matrix: tt.matrix,
				Answers: map[string]Answer{"CTL-01": {Rating: Rating1}}}
			var gap Severity
			found := false
			for _, act := range Actions(a) {
				if act.Question == "CTL-01" {
					gap, found = act.Gap, true
				}
			}
			require.True(t, found, "CTL-01 rated 1 has an action")
			assert.Equal(t, tt.want, gap)
			if tt.want != "" {
				var related bool
				for _, f := range Findings(a) {
					_, ok := f.AddressedBy(Actions(a))
					related = related || ok && f.Severity == tt.want
				}
				assert.True(t, related, "a finding of that severity is addressed by the action")
			}
		})
	}
}

// TestActionBrief: a printed plan row names the level aimed at without
// the general meaning of that level, which the legend gives once; a
// question that words the level its own way keeps that wording.
func TestActionBrief(t *testing.T) {
	bank := []Question{{ID: "X", Applies: AppliesOT, Weight: 1, InterfaceRisk: 1}}
	for _, tt := range []struct {
		rating Rating
		want   string
	}{
		{Rating1, "Today: Initial (1). Aim for Defined (2)."},
		{Rating2, "Today: Defined (2). Aim for Implemented (3)."},
		{RatingUnknown, "Answered as unknown: find out who knows and rate it again; until then it counts as not in place. Aim for Defined (2)."},
	} {
		got := ActionsWith(Assessment{Answers: map[string]Answer{"X": {Rating: tt.rating}}}, bank)
		require.Len(t, got, 1)
		assert.Equal(t, tt.want, got[0].Brief, tt.rating)
		assert.True(t, strings.HasPrefix(got[0].Detail, strings.TrimSuffix(tt.want, ".")+":"), "Detail gives the level's meaning: %s", got[0].Detail)
	}
	// INC-07 words its level 3 its own way (a joint exercise in the last
	// year): the brief keeps it.
	acts := ActionsWith(Assessment{Answers: answers("INC-07=1")}, Questions())
	inc07 := actionByID(t, acts, "INC-07")
	assert.Equal(t, inc07.Detail, inc07.Brief)
	assert.Contains(t, inc07.Brief, "Aim for Implemented (3): ")
	assert.Contains(t, AimLegend(), "Defined (2), written down and agreed")
}
