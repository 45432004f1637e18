package assessment

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
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
	safetyCaseSentence = "Review the change with EHS against the plant's hazard and risk assessment before it goes live."
	fullDowntimeNote   = "Needs a planned downtime window or turnaround on the affected lines. " + requalifySentence + " " + safetyCaseSentence
	// gmpNowConnectNote is the connection note of work due now whose
	// task has no route of its own (BRF-07's first step): on validated
	// equipment the change passes Quality as an emergency change.
	gmpNowConnectNote = "This action changes running plant connections: carry it out through the plant's management of change, with operations agreeing the timing. " + validatedNowSentence + " " + safetyCaseSentence
	// fullConnectNote is the connection note of work due now: in a
	// safety-critical process its route already brings Quality into the
	// management of change, so the GMP route for a change made now
	// (validatedNowSentence) is not repeated here.
	fullConnectNote = "This action changes running plant connections: carry it out through the plant's management of change, with operations agreeing the timing. " + safetyCaseSentence
	// plannedConnectNote is the connection note of planned work (no
	// first step due now): scheduled with Quality like any change.
	plannedConnectNote = "This action changes running plant connections: carry it out through the plant's management of change, with operations agreeing the timing. " + requalifySentence + " " + safetyCaseSentence
	// validatedNowSentence: connection work is due now, so on validated
	// equipment it passes Quality as an emergency change, not "before
	// scheduling".
	validatedNowSentence = "Route each change made now on validated equipment through the site's change control, as an emergency change Quality approves; where the site has no emergency route, raise it with Quality as a deviation the same day and complete the change control afterwards."
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
		brf06First = "First, now: disable the standing vendor connections into the plants (modems, always-on VPNs, support agents) that no running process needs, once operations confirm it, under the plant's management of change, by its emergency route or, lacking one, by a change review the site director convenes the same day with EHS and Quality."
		brf06Then  = " Then open a connection only for a session plant staff approve, watch and log; write and approve the vendor remote-access procedure, with a time-limited risk acceptance for each connection a process needs, and choose the one access service all sessions will use."
		inc02First = "First, now: name per plant who may decide, in a cyber incident, to isolate the plant, switch to manual or safe state or shut down, with a deputy and the shift role that may act when neither can be reached"
		inc02Then  = " Then write the isolation and shutdown playbook per plant, with its isolation points."
		// What the finding's first step adds on this GMP, safety-critical
		// profile (findingStepAdds): the plan asks for it too.
		brf06Adds = " Have the shift supervisor issue a work permit for each vendor session, as for any other work on the plant, so that the shift knows who is working on which system." +
			" Route these sessions through the jump host or remote access service already in the IT/OT DMZ unless it cannot serve them, with plant staff approving each session on it, rather than opening another way in."
		inc02Adds = " Agree beforehand with Quality how a stop or an isolation is handled for the batches in process. Agree beforehand with EHS the safe state each line or unit is brought to." +
			" Agree with IT that it cuts plant systems off the corporate network only on the decision of the person named or on triggers agreed with them beforehand, and that when it acts on a trigger it informs them at once."
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
		Name: "BRF-06/0", ID: "BRF-06", Rating: Rating0, Prefix: brf06First, Suffix: brf06Then + brf06Adds,
		Effort: EffortM, Note: fullConnectNote, Gap: SeverityCritical,
		Excluded: []string{"Put every vendor support session"},
	}, {
		Name: "BRF-06/1", ID: "BRF-06", Rating: Rating1, Prefix: brf06First, Suffix: brf06Then + brf06Adds,
		Effort: EffortM, Note: fullConnectNote, Gap: SeverityCritical,
	}, {
		Name: "BRF-06/unknown", ID: "BRF-06", Rating: RatingUnknown, Prefix: brf06First, Suffix: brf06Then + brf06Adds,
		Effort: EffortM, Note: fullConnectNote, Gap: SeverityCritical,
	}, {
		Name: "BRF-06/2", ID: "BRF-06", Rating: Rating2, Prefix: fmt.Sprintf(level2Task, brf06.Good),
		Effort: EffortL, Note: plannedConnectNote,
		Excluded: []string{"First, now"},
	}, {
		Name: "INC-02/0", ID: "INC-02", Rating: Rating0, Prefix: inc02First, Suffix: inc02Then + inc02Adds,
		Effort: EffortM, Gap: SeverityCritical,
		Excluded: []string{"planned window", "test it"},
	}, {
		Name: "INC-02/1", ID: "INC-02", Rating: Rating1, Prefix: inc02First, Suffix: inc02Then + inc02Adds,
		Effort: EffortM, Gap: SeverityCritical,
		Excluded: []string{"planned window"},
	}, {
		Name: "INC-02/unknown", ID: "INC-02", Rating: RatingUnknown, Prefix: inc02First, Suffix: inc02Then + inc02Adds,
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
// connections (SCO-03 closes unclaimed routes, BRF-07 blocks traffic
// between plants); gathering program copies (CTL-07) changes none.
func TestImmediateStepFirst(t *testing.T) {
	tests := []struct {
		Name   string
		ID     string
		Prefix string
		Then   string
		Note   string
	}{
		{"CHG-03", "CHG-03", "First, before the next security change on a GxP system goes live: have its system owner agree the validation route with Quality and apply it.", "Then add security changes to the validation procedure", ""},
		{"INC-01", "INC-01", "First, now: post in each plant's control room or shift office the list of whom to call for a suspected cyber event on plant systems", "Then write the joint triage and escalation route for OT cyber incidents with EHS, operations and Quality:", ""},
		{"CHG-02", "CHG-02", "First, now: have the site director forbid security changes on plant systems outside the change procedure, and have IT suspend deployment-tool pushes to plant systems that the plant has not approved;", "Then route security changes on plant systems, retrofits included, through engineering review and management of change", ""},
		{"CHG-07", "CHG-07", "First, now: have the site director order that no security change that can reach a safety instrumented system or its network goes ahead until EHS has reviewed and confirmed it in writing,", "Then add security changes as a trigger in the process-safety management of change procedure", ""},
		{"SCO-03", "SCO-03", "First, now: have each plant list the remote access routes it knows, with vendor and approver; close those nobody accounts for once operations confirm no running process needs them,", "Then survey each plant for vendor and integrator routes", fullConnectNote},
		// plantProfile is safety-critical: the path to the safety
		// instrumented systems is checked and closed before anything else.
		{"BRF-08", "BRF-08", "First, now: check whether the safety instrumented systems and their engineering stations can be reached from office computers or remote access, and close any such path before anything else, under the process-safety management of change with EHS; then have IT and the OT lead (until one is named, an engineer the site director names) close access into plant systems no running process needs,", "Then define the permitted flows between the plant networks and corporate IT", fullConnectNote},
		{"BRF-07", "BRF-07", "First, now: have IT log traffic between plants at each plant's wide-area link and, with the plant engineers, block the remote-administration, file-sharing and controller traffic between plants that the logs show unused,", "Then define the permitted flows between plants", gmpNowConnectNote},
		{"CTL-07", "CTL-07", "First, now: have the OT lead (until one is named, an engineer the site director names) copy the latest programs and configurations of the plant systems, wherever they are kept, into a controlled offline store, leaving the originals in place.", "Then name an owner for backing up and restoring each plant system's programs and configurations", ""},
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
// first blocks plant-to-plant traffic no process needs (the connections
// note); at 2 it restricts running traffic (the question's downtime note).
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
		{"CHG-02/2", "CHG-02", Rating2, plannedConnectNote},
		{"CHG-01/2", "CHG-01", Rating2, ""},
		{"CHG-03/2", "CHG-03", Rating2, ""},
		{"CHG-06/2", "CHG-06", Rating2, ""},
		{"CHG-07/2", "CHG-07", Rating2, ""},
		{"BRF-07/1", "BRF-07", Rating1, gmpNowConnectNote},
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
		{"BRF-06/0", "BRF-06", Rating0, "Zuerst, sofort: die ständigen Fernverbindungen von Lieferanten in die Werke", "das Verfahren für den Fernzugriff von Lieferanten erstellen", "Diese Aktion ändert laufende Verbindungen im Werk:"},
		{"INC-02/1", "INC-02", Rating1, "Zuerst, sofort: je Werk festlegen, wer während eines Cybervorfalls entscheiden darf", "Danach je Werk den Ablaufplan (Playbook) für Trennung und Abfahren", ""},
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
			// Quality takes part, in the note or in the task's own route.
			assert.True(t, strings.Contains(act.Downtime, "Qualitätssicherung") || strings.Contains(act.Title, "Qualitätssicherung"), act.Title)
		})
	}
}

// pluralPlant matches wording that presumes several plants: wrong in a
// plan or findings for an organisation the profile records with a single
// plant.
var pluralPlant = regexp.MustCompile(`(?i)\bplants\b|\b(?:each|every|per|any|all) plant\b|\b(?:at|into|isolate) a plant\b|plant by plant`)

// singlePlantAllowed are phrases a plural-plant match may sit in and still
// be right for one plant; each is removed before pluralPlant is applied.
var singlePlantAllowed = []string{
	// One plant still has several systems: "each plant system" counts the
	// systems, not the plants.
	"each plant system", "every plant system", "each plant-system",
}

// weakTexts are the texts generated for an assessment on profile p with
// every asked question rated r: each action's task (below level 2, the
// catalogue's; at 2 the level-2 task, which quotes the question's target
// state as the profile words it, GoodFor) and each finding's title,
// reason and step, keyed by where they come from and the text.
func weakTexts(p Profile, r Rating) map[string]string {
	a := Assessment{Profile: p, Answers: map[string]Answer{}}
	for _, q := range Asked(a) {
		a.Answers[q.ID] = Answer{Rating: r}
	}
	out := map[string]string{}
	for _, act := range Actions(a) {
		out["action "+act.ID+": "+act.Title] = act.Title
	}
	for _, f := range Findings(a) {
		for field, text := range map[string]string{"title": f.Title, "reason": f.Reason, "step": f.Step} {
			out["finding "+f.ID+" "+field+": "+text] = text
		}
	}
	return out
}

// plantProfiles are profiles recording plants plants, with every
// connectivity and ownership model, and with GMP, safety-critical, a
// central risk function and NIS2 all off or all on, so that every
// question and every finding variant is reached.
func plantProfiles(plants int) []Profile {
	var out []Profile
	for _, conn := range []string{"", ConnectivityIsolated, ConnectivityBrokered, ConnectivityIntegrated} {
		for _, model := range []string{ModelCentralised, ModelFederated, ModelExecutiveLed} {
			for _, on := range []bool{false, true} {
				p := Profile{Plants: plants, Connectivity: conn, OwnershipModel: model, Validated: on, SafetyCritical: on, CentralRisk: on}
				if on {
					p.NIS2 = NIS2Essential
				}
				out = append(out, p)
			}
		}
	}
	return out
}

// TestSinglePlantWording: where the profile records a single plant, no
// action task and no finding title, reason or step raised by an asked
// question speaks of several plants ("each plant", "the plants", "into a
// plant"), from any weak answer (0, 1 or "unknown") or at level 2 (the
// level-2 task quoting the target state, and policy-not-for-plants). With three plants the general wording
// stays: the same sweep finds it.
func TestSinglePlantWording(t *testing.T) {
	plural := func(text string) bool {
		for _, s := range singlePlantAllowed {
			text = strings.ReplaceAll(text, s, "")
		}
		return pluralPlant.MatchString(text)
	}
	bad := map[string]bool{}
	several := 0
	for _, plants := range []int{1, 3} {
		for _, p := range plantProfiles(plants) {
			for _, r := range []Rating{Rating0, Rating1, RatingUnknown, Rating2} {
				for where, text := range weakTexts(p, r) {
					switch {
					case !plural(text):
					case plants == 1:
						bad[where] = true
					default:
						several++
					}
				}
			}
		}
	}
	for _, where := range slices.Sorted(maps.Keys(bad)) {
		t.Errorf("single plant: %s", where)
	}
	assert.Positive(t, several, "with three plants the texts still speak of the plants")
}

// TestSinglePlantTasks: the task of an action is worded for one plant
// where the profile records one, and stays the catalogue's for several
// plants or a number not recorded; on isolated plants the isolated task
// wins, worded for one plant where there is one. The first step that
// cannot wait stays first, and its due date with it.
func TestSinglePlantTasks(t *testing.T) {
	tests := []struct {
		name   string
		id     string
		p      Profile
		want   string
		first  string // FirstStep, "" for none
		german string // the German task begins with it; "" to skip
		// holders is the role register; ROL-03's task confirms the OT
		// lead it names instead of asking for one to be named.
		holders map[Role]Holder
	}{
		{"ROL-03/1", "ROL-03", Profile{Plants: 1}, singlePlantTasks["ROL-03"], "", "Die OT-Leitung des Werks benennen", nil},
		{"ROL-03/3", "ROL-03", Profile{Plants: 3}, actionSpecs["ROL-03"].Task, "", "Je Werk oder Region eine OT-Leitung benennen", nil},
		{"ROL-03/not recorded", "ROL-03", Profile{}, actionSpecs["ROL-03"].Task, "", "", nil},
		{"ROL-03/1 named in the register", "ROL-03", Profile{Plants: 1}, otLeadRegisteredOne, "", "Die im Rollenregister genannte OT-Leitung", map[Role]Holder{RoleOT: {Name: "S. Example"}}},
		{"ROL-03/3 named in the register", "ROL-03", Profile{Plants: 3}, otLeadRegistered, "", "Die im Rollenregister genannte OT-Leitung", map[Role]Holder{RoleOT: {Name: "S. Example (Plant 1)"}}},
		{"ROL-03/1 vacant in the register", "ROL-03", Profile{Plants: 1}, singlePlantTasks["ROL-03"], "", "", map[Role]Holder{RoleOT: {Name: "vacant"}}},
		{"INC-02/1", "INC-02", Profile{Plants: 1}, singlePlantTasks["INC-02"], "First step: now", "Zuerst, sofort: festlegen, wer während eines Cybervorfalls", nil},
		{"INC-02/3", "INC-02", Profile{Plants: 3}, actionSpecs["INC-02"].Task, "First step: now", "Zuerst, sofort: je Werk festlegen", nil},
		{"SCO-03/1", "SCO-03", Profile{Plants: 1}, singlePlantTasks["SCO-03"], "First step: now", "Zuerst, sofort: vom Werk die ihm bekannten Fernzugriffswege", nil},
		{"BRF-06/1", "BRF-06", Profile{Plants: 1, Connectivity: ConnectivityIntegrated}, singlePlantTasks["BRF-06"], "First step: now", "", nil},
		{"BRF-06/1 isolated", "BRF-06", Profile{Plants: 1, Connectivity: ConnectivityIsolated}, isolatedTasks["BRF-06"].single, "", "Lieferantensupport im isolierten Werk", nil},
		{"BRF-06/3 isolated", "BRF-06", Profile{Plants: 3, Connectivity: ConnectivityIsolated}, isolatedTasks["BRF-06"].task, "", "Lieferantensupport in den isolierten Werken", nil},
		{"BRF-08/1 isolated", "BRF-08", Profile{Plants: 1, Connectivity: ConnectivityIsolated}, isolatedTasks["BRF-08"].single, "", "", nil},
		{"BRF-08/1 integrated", "BRF-08", Profile{Plants: 1, Connectivity: ConnectivityIntegrated}, actionSpecs["BRF-08"].Task, "First step: now", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotEmpty(t, tt.want)
			a := Assessment{Profile: tt.p, Answers: answers(tt.id + "=0"), Holders: tt.holders}
			act := actionByID(t, ActionsWith(a, Questions()), tt.id)
			assert.Equal(t, tt.want, act.Title)
			assert.Equal(t, tt.first, act.FirstStep)
			assert.True(t, IsGeneratedTask(tt.id, act.Title), "the task is recognised as the tool's own")
			if tt.german == "" {
				return
			}
			defer l10n.Set(l10n.DE)()
			act = actionByID(t, ActionsWith(a, Questions()), tt.id)
			assert.True(t, strings.HasPrefix(act.Title, tt.german), act.Title)
			assert.True(t, IsGeneratedTask(tt.id, act.Title), "the German task is recognised as the tool's own")
		})
	}
}

// TestSinglePlantTasksData: each single-plant task is for a question of
// the bank that has a catalogue task and is asked of a single plant,
// differs from the catalogue's task, starts as the catalogue's does (the
// same verb, the same first step) and keeps to its limits.
func TestSinglePlantTasksData(t *testing.T) {
	for id, task := range singlePlantTasks {
		q, ok := QuestionByID(id)
		require.True(t, ok, id)
		assert.NotEqual(t, WhenMultiPlant, q.When, "%s is asked only of several plants", id)
		orig := actionSpecs[id].Task
		require.NotEmpty(t, orig, id)
		assert.NotEqual(t, orig, task, id)
		first, _, _ := strings.Cut(orig, " ")
		assert.True(t, strings.HasPrefix(task, first+" "), "%s: %q starts as the catalogue's task does", id, task)
		assert.Equal(t, strings.HasPrefix(orig, "First, now:"), strings.HasPrefix(task, "First, now:"), id)
		assert.Equal(t, strings.Contains(orig, " Then "), strings.Contains(task, " Then "), id)
	}
	tasks := slices.Collect(maps.Values(singlePlantTasks))
	for id, t2 := range isolatedTasks {
		if t2.single == "" {
			// A task that names no plant is right for one plant as it
			// stands (specFor then keeps it).
			assert.NotRegexp(t, pluralPlant, t2.task, "%s: the isolated task speaks of several plants and needs its single-plant form", id)
			continue
		}
		assert.NotEqual(t, t2.task, t2.single, id)
		tasks = append(tasks, t2.single)
	}
	// The limits TestActionTasks sets the catalogue.
	for _, task := range tasks {
		for _, step := range taskSteps(task) {
			verb, _, _ := strings.Cut(step, " ")
			assert.Contains(t, actionVerbs, verb, "task should start each step with a verb: %q", task)
			assert.LessOrEqual(t, len(step), 260, "task step too long for a plan row: %q", step)
		}
		assert.True(t, strings.HasSuffix(task, "."), "task ends with a full stop: %q", task)
	}
}

// TestFirstStepTask: every task that opens with a step that cannot wait,
// in the catalogue's and the one-plant form and in both languages, cuts
// at its "Then" (German "Danach"): the summary shows the first step whole
// and nothing of the longer work. A task without such a step is whole.
func TestFirstStepTask(t *testing.T) {
	profiles := []Profile{
		{Validated: true, SafetyCritical: true, Plants: 3, Connectivity: ConnectivityIntegrated},
		{Validated: true, SafetyCritical: true, Plants: 1, Connectivity: ConnectivityIntegrated},
	}
	for _, lang := range []struct {
		lang l10n.Lang
		then string
	}{{l10n.EN, " Then "}, {l10n.DE, " Danach "}} {
		restore := l10n.Set(lang.lang)
		for _, p := range profiles {
			a := Assessment{Profile: p, Answers: map[string]Answer{}}
			for _, q := range Asked(a) {
				a.Answers[q.ID] = Answer{Rating: Rating0}
			}
			cut := 0
			for _, act := range Actions(a) {
				lead := act.FirstStepTask()
				if act.FirstStep == "" {
					assert.Equal(t, act.Title, lead, act.Question)
					continue
				}
				cut++
				assert.True(t, strings.HasPrefix(act.Title, lead), "%s: %s", act.Question, lead)
				assert.True(t, strings.HasSuffix(lead, "."), "%s: %s", act.Question, lead)
				assert.True(t, strings.HasPrefix(act.Title[len(lead):], lang.then), "%s (%s, %d plants): the task goes on with %q", act.Question, lang.lang, p.Plants, lang.then)
			}
			assert.GreaterOrEqual(t, cut, 9, "%s, %d plants", lang.lang, p.Plants)
		}
		restore()
	}
}

// TestActionCarriesFindingStepAdds: below level 2 the action asks for
// what the profile adds to its finding's first step (Quality on a GMP
// site, EHS in a safety-critical process, the isolation points of a
// shared network), and not at level 2, whose answer raises no finding;
// the GMP route for a change made now stays in the plant-constraints
// note. The task with its additions reads back as the tool's own, in
// either language.
func TestActionCarriesFindingStepAdds(t *testing.T) {
	const (
		ehsSafeState = "Agree beforehand with EHS the safe state each line or unit is brought to."
		qaBatches    = "Agree beforehand with Quality how a stop or an isolation is handled for the batches in process."
		switchPorts  = "List the switch ports and links at which each line can be cut off"
		interim      = "Route each interim protection on a validated system through the site's change control"
		ehsRestore   = "Have EHS verify restored safety-related logic"
	)
	safetyIntegrated := Profile{SafetyCritical: true, Connectivity: ConnectivityIntegrated, Plants: 2}
	tests := []struct {
		name, id string
		rating   Rating
		p        Profile
		has, not []string
	}{
		{"INC-02 safety integrated", "INC-02", Rating0, safetyIntegrated, []string{ehsSafeState, switchPorts}, []string{qaBatches}},
		{"INC-02 GMP", "INC-02", Rating1, Profile{Validated: true}, []string{qaBatches}, []string{ehsSafeState, switchPorts}},
		{"INC-02 unknown", "INC-02", RatingUnknown, safetyIntegrated, []string{ehsSafeState}, nil},
		{"INC-02 plain", "INC-02", Rating0, Profile{Connectivity: ConnectivityBrokered}, nil, []string{"Agree beforehand", switchPorts}},
		{"INC-02 level 2", "INC-02", Rating2, safetyIntegrated, nil, []string{ehsSafeState, switchPorts}},
		{"CHG-04 GMP", "CHG-04", Rating0, Profile{Validated: true}, []string{interim}, nil},
		{"CHG-04 plain", "CHG-04", Rating1, safetyIntegrated, nil, []string{interim}},
		{"CTL-07 safety", "CTL-07", Rating1, safetyIntegrated, []string{ehsRestore}, []string{"with Quality"}},
		{"SCO-03 GMP", "SCO-03", Rating0, Profile{Validated: true}, nil, []string{validatedNow}},
		// INC-07 raises no finding: its addition is the action's own
		// (taskVariants).
		{"INC-07 safety", "INC-07", Rating1, safetyIntegrated, []string{"one of the site's next emergency drills"}, nil},
		{"INC-07 plain", "INC-07", Rating0, Profile{Validated: true}, nil, []string{"emergency drills"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: tt.p, Answers: answers(tt.id + "=" + string(tt.rating))}
			act := actionByID(t, ActionsWith(a, Questions()), tt.id)
			for _, s := range tt.has {
				assert.Contains(t, act.Title, s)
			}
			for _, s := range tt.not {
				assert.NotContains(t, act.Title, s)
			}
			assert.True(t, IsGeneratedTask(tt.id, act.Title), "the task is recognised as the tool's own")
			defer l10n.Set(l10n.DE)()
			act = actionByID(t, ActionsWith(a, Questions()), tt.id)
			assert.True(t, IsGeneratedTask(tt.id, act.Title), "the German task is recognised as the tool's own: %s", act.Title)
		})
	}
}

// TestRiskFunctionWording: the GOV-10 procedure names the central risk
// function only where the profile records one; without it, the ISMS
// owner's team does the work. Either form reads back as the tool's own.
func TestRiskFunctionWording(t *testing.T) {
	for _, central := range []bool{true, false} {
		a := Assessment{Profile: Profile{CentralRisk: central, Plants: 2}, Answers: answers("GOV-10=1")}
		act := actionByID(t, ActionsWith(a, Questions()), "GOV-10")
		if central {
			assert.Contains(t, act.Title, "the central risk function, or else the ISMS owner's team")
		} else {
			assert.Contains(t, act.Title, "boundary: the ISMS owner's team assesses each once")
			assert.NotContains(t, act.Title, "central")
		}
		assert.True(t, IsGeneratedTask("GOV-10", act.Title))
		func() {
			defer l10n.Set(l10n.DE)()
			act := actionByID(t, ActionsWith(a, Questions()), "GOV-10")
			assert.Equal(t, !central, strings.Contains(act.Title, "festlegen: Das Team der oder des ISMS-Verantwortlichen beurteilt"), act.Title)
			assert.True(t, IsGeneratedTask("GOV-10", act.Title))
		}()
	}
}

// TestProfileWordingsOfQualityAndEHS: GOV-06, CTL-05 and BRF-05 name
// Quality's part on validated systems, and EHS in the steering group,
// only on the sites they concern, in English and German; each form reads
// back as the tool's own.
func TestProfileWordingsOfQualityAndEHS(t *testing.T) {
	tests := []struct {
		name     string
		p        Profile
		has, not map[string]string // by question
	}{
		{"GMP and safety", Profile{Validated: true, SafetyCritical: true},
			map[string]string{"GOV-06": "plant operations leaders, and Quality and EHS: terms", "CTL-05": "and Quality for validated systems", "BRF-05": "the user requirements Quality approves"},
			map[string]string{"GOV-06": "where validated systems"}},
		{"GMP", Profile{Validated: true},
			map[string]string{"GOV-06": "plant operations leaders, and Quality: terms"},
			map[string]string{"GOV-06": "EHS"}},
		{"safety", Profile{SafetyCritical: true},
			map[string]string{"GOV-06": "plant operations leaders, and EHS: terms", "CTL-05": "with the IT lead how plant systems", "BRF-05": "equipment specifications and factory"},
			map[string]string{"GOV-06": "Quality", "CTL-05": "validated", "BRF-05": "validated"}},
		{"neither", Profile{},
			map[string]string{"GOV-06": "plant operations leaders: terms"},
			map[string]string{"GOV-06": "EHS", "CTL-05": "Quality", "BRF-05": "Quality"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: tt.p, Answers: answers("GOV-06=1", "CTL-05=1", "BRF-05=1")}
			acts := ActionsWith(a, Questions())
			for id, s := range tt.has {
				assert.Contains(t, actionByID(t, acts, id).Title, s)
			}
			for id, s := range tt.not {
				assert.NotContains(t, actionByID(t, acts, id).Title, s)
			}
			for _, id := range []string{"GOV-06", "CTL-05", "BRF-05"} {
				assert.True(t, IsGeneratedTask(id, actionByID(t, acts, id).Title), id)
			}
			defer l10n.Set(l10n.DE)()
			acts = ActionsWith(a, Questions())
			for _, id := range []string{"GOV-06", "CTL-05", "BRF-05"} {
				title := actionByID(t, acts, id).Title
				assert.True(t, IsGeneratedTask(id, title), title)
				if !tt.p.Validated {
					assert.NotContains(t, title, "validiert", title)
				}
			}
		})
	}
}
