package assessment

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// plantProfile is a GMP and safety-critical site with several plants,
// connected through a brokered route: every plant note shows in full.
var plantProfile = Profile{Validated: true, SafetyCritical: true, Plants: 3, Connectivity: ConnectivityBrokered, NIS2: NIS2Essential}

// The plant notes in full on plantProfile, as the workbook shows them.
const (
	requalifySentence  = "On validated systems, the site's change control decides how much must be requalified: agree it with Quality before scheduling."
	safetyCaseSentence = "Review the change against the safety case with EHS before it goes live."
	fullDowntimeNote   = "Needs a planned downtime window or turnaround on the affected lines. " + requalifySentence + " " + safetyCaseSentence
	fullConnectNote    = "Changes running plant connections: carry it out through the plant's management of change, with operations agreeing the timing. " + requalifySentence + " " + safetyCaseSentence
)

// actionAt is the action on question id of a plan on plantProfile where
// only id is answered, with rating r.
func actionAt(t *testing.T, id string, r Rating) Action {
	t.Helper()
	acts := ActionsWith(Assessment{Profile: plantProfile, Answers: answers(id + "=" + string(r))}, Questions())
	require.Len(t, acts, 1, "%s=%s gives one action", id, r)
	return acts[0]
}

// TestCriticalActionFirstStep: where an answer raises a critical finding
// (0, 1 or unknown), the action on BRF-06 and INC-02 begins with the
// immediate step, needs no downtime window and is no project; at level 2,
// which raises no finding, the action is the level-2 task, with the
// roll-out's effort and the plant note it needs.
func TestCriticalActionFirstStep(t *testing.T) {
	const (
		brf06First = "First, now: disable the standing vendor connections into the plants (modems, always-on VPNs, support agents) that no running process needs, once operations confirm it, by emergency change or, where none is agreed, with the site director's recorded approval."
		brf06Then  = " Then open a connection only for a session plant staff approve, watch and log; write and approve the vendor remote-access procedure, with a time-limited risk acceptance for each connection a process needs, and choose the one access service all sessions will use."
		inc02First = "First, now: name per plant who may decide, in a cyber incident, to isolate the plant, switch to manual or safe state or shut down, with a deputy and the shift role that may act when neither can be reached"
		inc02Then  = " Then write the isolation and shutdown playbook per plant, with its isolation points."
	)
	brf06, _ := QuestionByID("BRF-06")
	inc02, _ := QuestionByID("INC-02")
	tests := []struct {
		Name     string
		ID       string
		Rating   Rating
		Prefix   string   // the task starts with it
		Suffix   string   // and ends with it
		Effort   Effort   // the action's effort
		Note     string   // the plant note in full, "" for none
		Gap      Severity // the finding the answer raises
		Excluded []string // what the task must not say
	}{{
		Name: "BRF-06/0", ID: "BRF-06", Rating: Rating0, Prefix: brf06First, Suffix: brf06Then,
		Effort: EffortM, Note: fullConnectNote, Gap: SeverityCritical,
		Excluded: []string{"Put every vendor support session"},
	}, {
		Name: "BRF-06/1", ID: "BRF-06", Rating: Rating1, Prefix: brf06First, Suffix: brf06Then,
		Effort: EffortM, Note: fullConnectNote, Gap: SeverityCritical,
	}, {
		Name: "BRF-06/unknown", ID: "BRF-06", Rating: RatingUnknown, Prefix: brf06First, Suffix: brf06Then,
		Effort: EffortM, Note: fullConnectNote, Gap: SeverityCritical,
	}, {
		Name: "BRF-06/2", ID: "BRF-06", Rating: Rating2, Prefix: fmt.Sprintf(level2Task, brf06.Good),
		Effort: EffortL, Note: fullConnectNote,
		Excluded: []string{"First, now"},
	}, {
		Name: "INC-02/0", ID: "INC-02", Rating: Rating0, Prefix: inc02First, Suffix: inc02Then,
		Effort: EffortM, Gap: SeverityCritical,
		Excluded: []string{"planned window", "test it"},
	}, {
		Name: "INC-02/1", ID: "INC-02", Rating: Rating1, Prefix: inc02First, Suffix: inc02Then,
		Effort: EffortM, Gap: SeverityCritical,
		Excluded: []string{"planned window"},
	}, {
		Name: "INC-02/unknown", ID: "INC-02", Rating: RatingUnknown, Prefix: inc02First, Suffix: inc02Then,
		Effort: EffortM, Gap: SeverityCritical,
		Excluded: []string{"planned window"},
	}, {
		Name: "INC-02/2", ID: "INC-02", Rating: Rating2, Prefix: fmt.Sprintf(level2Task, inc02.Good),
		Effort: EffortM, Note: fullDowntimeNote,
		Excluded: []string{"First, now"},
	}}
	require.NotEmpty(t, brf06.Good)
	require.Contains(t, inc02.Good, "a test in a planned window", "the level-2 target state carries the test the note is for")
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			act := actionAt(t, tt.ID, tt.Rating)
			require.Equal(t, tt.Gap, act.Gap, "the finding the answer raises")
			assert.True(t, strings.HasPrefix(act.Title, tt.Prefix), "task begins %q:\n%s", tt.Prefix, act.Title)
			assert.True(t, strings.HasSuffix(act.Title, tt.Suffix), "task ends %q:\n%s", tt.Suffix, act.Title)
			assert.Equal(t, tt.Effort, act.Effort)
			assert.Equal(t, tt.Note, act.Downtime)
			assert.False(t, act.QuickWin)
			for _, s := range tt.Excluded {
				assert.NotContains(t, act.Title, s)
			}
		})
	}
}

// TestCriticalTasksNeverWaitForAWindow: on every critical finding raised
// by an answer at 0, the action on its question is no project (effort L)
// and needs no downtime window: its first step can be taken now.
func TestCriticalTasksNeverWaitForAWindow(t *testing.T) {
	n := 0
	for _, r := range FindingRules() {
		if r.Severity != SeverityCritical {
			continue
		}
		for _, id := range r.Questions {
			n++
			act := actionAt(t, id, Rating0)
			require.Equal(t, SeverityCritical, act.Gap, "%s raises %s", id, r.ID)
			assert.NotEqual(t, EffortL, act.Effort, "%s (%s)", id, r.ID)
			assert.NotContains(t, act.Downtime, "downtime window", "%s (%s)", id, r.ID)
		}
	}
	assert.GreaterOrEqual(t, n, 7, "every critical finding raised by an answer")
}

// TestImmediateStepFirst: the actions whose task was aligned with its
// finding's first step begin with it, name the longer work after, and
// carry a plant note only where the first step itself changes plant
// connections (SCO-03 closes unclaimed routes).
func TestImmediateStepFirst(t *testing.T) {
	tests := []struct {
		Name   string
		ID     string
		Prefix string
		Then   string
		Note   string
	}{
		{"CHG-03", "CHG-03", "First, before the next security change on a GxP system goes live: have its system owner agree the validation route with Quality and apply it.", "Then add security changes to the validation procedure", ""},
		{"INC-01", "INC-01", "First, now: place in each plant's control room and shift office the list of whom to call for a suspected cyber event on plant systems", "Then write the joint triage and escalation route for OT cyber incidents with EHS, operations and Quality:", ""},
		{"CHG-02", "CHG-02", "First, now: have the site director forbid security changes on plant systems outside the change procedure, and have IT suspend deployment-tool pushes to plant systems that the plant has not approved;", "Then route security changes on plant systems, retrofits included, through engineering review and management of change", ""},
		{"CHG-07", "CHG-07", "First, now: have the site director order that no security change that can reach a safety instrumented system or its network goes ahead until EHS has reviewed and confirmed it in writing,", "Then add security changes as a trigger in the process-safety management of change procedure", ""},
		{"SCO-03", "SCO-03", "First, now: have each plant list the remote access routes it knows, with vendor and approver; close those nobody accounts for once operations confirm no running process needs them,", "Then survey each plant for vendor and integrator routes", fullConnectNote},
		{"BRF-08", "BRF-08", "First, now: have IT and the OT lead (until one is named, an engineer the site director names) close office-to-plant connections no running process needs,", "Then define the permitted flows between the plant networks and corporate IT", fullConnectNote},
		{"ROL-07", "ROL-07", "First, now: check every named information security role (ISMS, IT and OT) against the current staff list and report each role whose holder has left to the executive sponsor, who names a successor; record the holders in a role register (create it if none exists).", "Then add a role check to the leaver and mover process", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			for _, r := range []Rating{Rating0, Rating1, RatingUnknown} {
				act := actionAt(t, tt.ID, r)
				assert.True(t, strings.HasPrefix(act.Title, tt.Prefix), "%s=%s: %s", tt.ID, r, act.Title)
				assert.Contains(t, act.Title, tt.Then, "%s=%s", tt.ID, r)
				assert.Equal(t, tt.Note, act.Downtime, "%s=%s", tt.ID, r)
			}
		})
	}
}

// TestPlantWorkByLevel: the plant note follows the answer's level band.
// Below level 2 the CHG actions write procedures and carry none; at 2
// CHG-04 patches running OT assets (the question's downtime note) and
// CHG-02 bars corporate deployment tools from OT (the connections note),
// while CHG-01, CHG-03, CHG-06 and CHG-07 still carry none. BRF-07 below 2
// defines the permitted flows; at 2 it restricts running traffic.
func TestPlantWorkByLevel(t *testing.T) {
	tests := []struct {
		Name   string
		ID     string
		Rating Rating
		Note   string
	}{
		{"CHG-04/0", "CHG-04", Rating0, ""},
		{"CHG-04/1", "CHG-04", Rating1, ""},
		{"CHG-04/unknown", "CHG-04", RatingUnknown, ""},
		{"CHG-04/2", "CHG-04", Rating2, fullDowntimeNote},
		{"CHG-02/0", "CHG-02", Rating0, ""},
		{"CHG-02/1", "CHG-02", Rating1, ""},
		{"CHG-02/unknown", "CHG-02", RatingUnknown, ""},
		{"CHG-02/2", "CHG-02", Rating2, fullConnectNote},
		{"CHG-01/2", "CHG-01", Rating2, ""},
		{"CHG-03/2", "CHG-03", Rating2, ""},
		{"CHG-06/2", "CHG-06", Rating2, ""},
		{"CHG-07/2", "CHG-07", Rating2, ""},
		{"BRF-07/1", "BRF-07", Rating1, ""},
		{"BRF-07/2", "BRF-07", Rating2, fullDowntimeNote},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			act := actionAt(t, tt.ID, tt.Rating)
			assert.Equal(t, tt.Note, act.Downtime)
			if tt.Note != "" {
				assert.False(t, act.QuickWin, "an action with a plant note is no quick win")
			}
		})
	}
	// On a site neither GMP nor safety-critical the note is its first
	// sentence alone.
	a := Assessment{Profile: Profile{Plants: 1}, Answers: answers("CHG-04=2")}
	assert.Equal(t, "Needs a planned downtime window or turnaround on the affected lines.", actionByID(t, ActionsWith(a, Questions()), "CHG-04").Downtime)
}

// TestCriticalActionsGerman: the German tasks keep the order, the immediate
// step first, and the level-2 note is German too.
func TestCriticalActionsGerman(t *testing.T) {
	defer l10n.Set(l10n.DE)()
	tests := []struct {
		Name   string
		ID     string
		Rating Rating
		Prefix string
		Then   string
		Note   string
	}{
		{"BRF-06/0", "BRF-06", Rating0, "Zuerst, sofort: die ständigen Fernverbindungen von Lieferanten in die Werke", "das Verfahren für den Fernzugriff von Lieferanten erstellen", "Ändert laufende Verbindungen im Werk:"},
		{"INC-02/1", "INC-02", Rating1, "Zuerst, sofort: je Werk festlegen, wer während eines Cybervorfalls entscheiden darf", "Danach je Werk das Playbook für Trennung und Abschaltung", ""},
		{"INC-02/2", "INC-02", Rating2, "Zielzustand: ", "", "Erfordert ein geplantes Stillstandsfenster"},
		{"CHG-04/2", "CHG-04", Rating2, "Zielzustand: ", "", "Erfordert ein geplantes Stillstandsfenster"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			act := actionAt(t, tt.ID, tt.Rating)
			assert.True(t, strings.HasPrefix(act.Title, tt.Prefix), act.Title)
			assert.Contains(t, act.Title, tt.Then)
			if tt.Note == "" {
				assert.Empty(t, act.Downtime)
				return
			}
			assert.True(t, strings.HasPrefix(act.Downtime, tt.Note), act.Downtime)
			assert.Contains(t, act.Downtime, "requalifiziert")
		})
	}
}
