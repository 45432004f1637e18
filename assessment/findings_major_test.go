package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// majorProfile asks every conditional question that a major-risk finding
// rests on: validated, safety-critical, several plants, NIS2 essential.
var majorProfile = Profile{Validated: true, SafetyCritical: true, Plants: 3, CentralRisk: true,
	Connectivity: ConnectivityBrokered, NIS2: NIS2Essential, OwnershipModel: ModelFederated}

// topAssessment has every asked question at level 4 and the federated
// preset, complete and valid, as matrix, over the built-in content.
func topAssessment(t *testing.T) Assessment {
	t.Helper()
	m, err := Preset(ModelFederated, majorProfile)
	require.NoError(t, err)
	a := Assessment{Profile: majorProfile, Matrix: m, Answers: map[string]Answer{}}
	for _, q := range Asked(a) {
		a.Answers[q.ID] = Answer{Rating: Rating4}
	}
	return a
}

func findingByID(fs []Finding, id string) (Finding, bool) {
	for _, f := range fs {
		if f.ID == id {
			return f, true
		}
	}
	return Finding{}, false
}

// The weaknesses that are a major risk on their own, and the finding and
// severity each must raise (the lead-auditor checklist's list, and those
// its reviews added: a flat network between plants, nobody owning the
// restore of plant systems, changes approved by whoever makes them,
// plant systems that cannot be patched and have nothing in their place,
// no urgent route for security changes, corporate paths into the plants
// outside the scope).
var majorRisks = []struct {
	question, finding string
	severity          Severity
}{
	{"SCO-03", FindingVendorRoutesUnknown, SeverityCritical},
	{"BRF-06", FindingVendorSessionsOpen, SeverityCritical},
	{"INC-02", FindingNoIsolationAuthority, SeverityCritical},
	{"INC-01", FindingOTIncidentsIsolated, SeverityCritical},
	{"CHG-02", FindingChangesBypassMOC, SeverityCritical},
	{"CHG-03", FindingChangesBypassValidation, SeverityCritical},
	{"CHG-07", FindingChangesBypassSafetyMOC, SeverityCritical},
	{"GOV-01", FindingNoSingleOwner, SeverityHigh},
	{"GOV-02", FindingOwnerNotEnterprise, SeverityHigh},
	{"GOV-05", FindingNoRiskAcceptance, SeverityHigh},
	{"GOV-09", FindingRiskNotAccepted, SeverityHigh},
	{"ROL-05", FindingRisksOwnedByISMSTeam, SeverityHigh},
	{"SCO-01", FindingScopeGaps, SeverityHigh},
	{"SCO-02", FindingSharedComponentsNoOwner, SeverityHigh},
	{"ROL-07", FindingRolesHeldByLeavers, SeverityHigh},
	{"INC-08", FindingNIS2Reporting, SeverityHigh},
	{"GOV-08", FindingPolicyNotApproved, SeverityHigh},
	{"GOV-11", FindingNIS2NotApproved, SeverityHigh},
	{"ROL-03", FindingNoOTLead, SeverityHigh},
	{"INC-04", FindingNoBatchImpact, SeverityHigh},
	{"CHG-01", FindingChangesIgnoreDowntime, SeverityHigh},
	{"BRF-07", FindingPlantsNotSegregated, SeverityHigh},
	{"CTL-07", FindingRestoreUnowned, SeverityHigh},
	{"CHG-04", FindingOTPatchingMissing, SeverityHigh},
	// Review 39 (a Seveso chemical site): no urgent route for security
	// changes, and corporate paths into the plants left out of scope.
	{"CHG-06", FindingNoUrgentChangeRoute, SeverityHigh},
	{"SCO-05", FindingCorporatePathsOutOfScope, SeverityHigh},
	// High on majorProfile, a safety-critical process; medium elsewhere
	// (TestSeverityBySafety).
	{"ROL-09", FindingChangesSelfApproved, SeverityHigh},
}

// TestSeverityBySafety: some findings weigh more in a safety-critical
// process. Cyber incidents not escalated with safety, operations and
// quality are critical there, where the incident can be a process safety
// event, and high elsewhere, with process-safety wording only there;
// changes approved by whoever makes them are high there, where they can
// defeat a protection layer, and medium elsewhere. The action keeps the
// finding's severity.
func TestSeverityBySafety(t *testing.T) {
	tests := []struct {
		question, finding string
		safe, critical    Severity // without and with a safety-critical process
		safetyWords       string   // in the reason only with one, or ""
	}{
		{"INC-01", FindingOTIncidentsIsolated, SeverityHigh, SeverityCritical, "shut down a unit"},
		{"ROL-09", FindingChangesSelfApproved, SeverityMedium, SeverityHigh, ""},
	}
	for _, tt := range tests {
		for _, safety := range []bool{true, false} {
			a := topAssessment(t)
			a.Profile.SafetyCritical = safety
			a.Answers[tt.question] = Answer{Rating: Rating1}
			f, ok := findingByID(Findings(a), tt.finding)
			require.True(t, ok, tt.finding)
			want := tt.safe
			if safety {
				want = tt.critical
			}
			assert.Equal(t, want, f.Severity, "%s, safety-critical: %v", tt.finding, safety)
			if tt.safetyWords != "" {
				assert.Equal(t, safety, strings.Contains(f.Reason, tt.safetyWords), "%s process-safety wording: %s", tt.finding, f.Reason)
			}
			for _, act := range Actions(a) {
				if act.Question == tt.question {
					assert.Equal(t, want, act.Gap, "%s: the action keeps the finding's severity", tt.question)
				}
			}
		}
	}
}

func TestTopAssessmentHasNoFinding(t *testing.T) {
	a := topAssessment(t)
	for _, f := range Findings(a) {
		assert.Failf(t, "finding on a top assessment", "%s: %s %v %v", f.ID, f.Title, f.Questions, f.Cells)
	}
	// Every model's preset on other profiles: still no critical finding.
	for _, p := range []Profile{{Plants: 1}, {Validated: true, Plants: 2, NIS2: NIS2Important}, majorProfile} {
		for _, m := range Models() {
			a := Assessment{Profile: p, Answers: map[string]Answer{}}
			a.Matrix, _ = Preset(m.ID, p)
			for _, q := range Asked(a) {
				a.Answers[q.ID] = Answer{Rating: Rating4}
			}
			for _, f := range Findings(a) {
				assert.NotEqual(t, SeverityCritical, f.Severity, "%s on %s with %+v", f.ID, m.ID, p)
			}
		}
	}
}

func TestMajorRiskQuestionsRaiseTheirFinding(t *testing.T) {
	for _, tt := range majorRisks {
		for _, r := range []Rating{Rating0, Rating1, RatingUnknown, Rating3, Rating4} {
			t.Run(tt.question+"="+string(r), func(t *testing.T) {
				a := topAssessment(t)
				a.Answers[tt.question] = Answer{Rating: r}
				f, ok := findingByID(Findings(a), tt.finding)
				if !isWeak(r) {
					assert.False(t, ok, "%s fires at %s", tt.finding, r)
					return
				}
				require.True(t, ok, "%s does not fire at %s", tt.finding, r)
				assert.Equal(t, tt.severity, f.Severity)
				// "unknown" states no fact: the title asks whether, and the
				// step starts by finding out; 0 and 1 share the rule's title.
				assert.Equal(t, r == RatingUnknown, f.Unconfirmed)
				assert.Equal(t, r == Rating1, f.CaseByCase)
				if r == RatingUnknown {
					assert.True(t, strings.HasPrefix(f.Title, "Not established whether "), f.Title)
					assert.True(t, strings.HasPrefix(f.Step, "First establish whether this is in place and rate "+tt.question+" again; if it is not: "), f.Step)
				} else {
					assert.False(t, strings.HasPrefix(f.Title, "Not established"), f.Title)
				}
				assert.Equal(t, []string{tt.question}, f.Questions)
				q, _ := QuestionByID(tt.question)
				for _, ref := range q.Refs {
					assert.Contains(t, f.Refs, ref)
				}
			})
		}
	}
}

// No finding fires while the question it summarises is rated 3 or 4, even
// when every other answer is at 0 and the matrix is empty.
func TestNoFindingContradictsItsQuestion(t *testing.T) {
	for _, rule := range FindingRules() {
		if rule.Summary == "" {
			continue
		}
		for _, r := range []Rating{Rating3, Rating4} {
			t.Run(rule.ID+"/"+rule.Summary+"="+string(r), func(t *testing.T) {
				a := Assessment{Profile: majorProfile, Answers: map[string]Answer{}}
				for _, q := range Questions() {
					a.Answers[q.ID] = Answer{Rating: Rating0}
				}
				a.Answers[rule.Summary] = Answer{Rating: r}
				_, ok := findingByID(Findings(a), rule.ID)
				assert.False(t, ok, "%s fires while %s is %s", rule.ID, rule.Summary, r)
			})
		}
	}
}

// Skipped questions never raise findings, whatever their kept answer.
func TestSkippedQuestionsRaiseNoFinding(t *testing.T) {
	tests := []struct {
		name    string
		mod     func(*Assessment)
		finding string
	}{
		{"NIS2OutOfScope", func(a *Assessment) { a.Profile.NIS2 = NIS2OutOfScope; a.Answers["INC-08"] = Answer{Rating: Rating0} }, FindingNIS2Reporting},
		{"NIS2NotKnown", func(a *Assessment) { a.Profile.NIS2 = ""; a.Answers["INC-08"] = Answer{Rating: Rating0} }, FindingNIS2Reporting},
		{"NotValidated", func(a *Assessment) { a.Profile.Validated = false; a.Answers["CHG-03"] = Answer{Rating: Rating0} }, FindingChangesBypassValidation},
		{"NotSafetyCritical", func(a *Assessment) {
			a.Profile.SafetyCritical = false
			a.Answers["CHG-07"] = Answer{Rating: RatingUnknown}
		}, FindingChangesBypassSafetyMOC},
		{"NotApplicable", func(a *Assessment) { a.Answers["INC-02"] = Answer{Rating: RatingNotApplicable} }, FindingNoIsolationAuthority},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := topAssessment(t)
			tt.mod(&a)
			_, ok := findingByID(Findings(a), tt.finding)
			assert.False(t, ok)
		})
	}
}

// findingVerbs are the verbs a finding's step may start with, its
// profile variants' included: each step is a task for a named function.
var findingVerbs = []string{"Add", "Agree", "Assign", "Check", "Collect", "Consult", "Decide", "Disable", "Document", "Fill", "Give",
	"Have", "Keep", "List", "Mark", "Move", "Name", "Place", "Plan", "Post", "Rewrite", "Route", "Set", "Start", "Survey", "Write"}

// The rules are data; this keeps the data sound: every question a rule
// names is in the bank, every summary is one of its questions, every step
// starts with a verb, every rule raised by answers has its "whether"
// clause and every finding has something to rest on.
func TestFindingRulesData(t *testing.T) {
	verbs := findingVerbs
	seen := map[string]bool{}
	for _, r := range findingRules {
		assert.False(t, seen[r.id], "duplicate %s", r.id)
		seen[r.id] = true
		first, _, _ := strings.Cut(r.step, " ")
		first = strings.TrimRight(first, ",")
		assert.Contains(t, verbs, first, "%s: step %q should start with a verb", r.id, r.step)
		assert.True(t, strings.HasSuffix(r.step, "."), r.id)
		for _, id := range r.questions {
			_, ok := QuestionByID(id)
			assert.True(t, ok, "%s names unknown question %s", r.id, id)
		}
		if r.summary != "" {
			assert.True(t, slices.Contains(r.questions, r.summary), "%s summarises %s, not one of its questions", r.id, r.summary)
		}
		assert.Equal(t, len(r.questions) > 0, r.whether != "", "%s: a rule raised by answers says whether what it asks about is in place (and only such a rule)", r.id)
		if r.whether != "" {
			assert.False(t, strings.HasSuffix(r.whether, "."), "%s: whether is a clause inside a sentence", r.id)
		}
		if len(r.questions) == 0 {
			assert.NotEmpty(t, r.refs, "%s: a matrix, register or profile finding needs its references", r.id)
			assert.True(t, r.matrixText != "" || r.registerText != "" || r.profileText != "", r.id)
		}
		assert.Equal(t, r.register != nil, r.registerText != "", "%s: a register rule says what raises it", r.id)
		assert.Equal(t, r.profile != nil, r.profileText != "", "%s: a profile rule says what raises it", r.id)
		if r.cells != cellsNone || r.matrix != matrixNone {
			assert.NotEmpty(t, r.matrixText, r.id)
		}
	}
}

// TestUnconfirmedNeedsOnlyUnknown: a finding is unconfirmed only while
// "unknown" answers alone raise it; matrix rows that raise it too make it
// a finding of fact again.
func TestUnconfirmedNeedsOnlyUnknown(t *testing.T) {
	tests := []struct {
		name        string
		mod         func(*Assessment)
		unconfirmed bool
	}{
		{"UnknownAlone", func(a *Assessment) { a.Answers["GOV-02"] = Answer{Rating: RatingUnknown} }, true},
		{"Level0", func(a *Assessment) { a.Answers["GOV-02"] = Answer{Rating: Rating0} }, false},
		{"Level1", func(a *Assessment) { a.Answers["GOV-02"] = Answer{Rating: Rating1} }, false},
		{"UnknownAndMatrixRows", func(a *Assessment) {
			a.Answers["GOV-02"] = Answer{Rating: RatingUnknown}
			// The OT lead accountable for the whole ISMS's governance rows:
			// the owner sits on one side of IT/OT.
			for k, row := range a.Matrix {
				if k.Control == "5.1" || k.Control == "5.2" {
					for r, l := range row {
						if l == LetterAccountable || l == LetterAccountableResponsible {
							row[r] = LetterNone
						}
					}
					row[RoleOT] = LetterAccountable
				}
			}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := topAssessment(t)
			tt.mod(&a)
			f, ok := findingByID(Findings(a), FindingOwnerNotEnterprise)
			require.True(t, ok)
			assert.Equal(t, tt.unconfirmed, f.Unconfirmed)
			if !tt.unconfirmed {
				assert.Equal(t, "The ISMS owner is not placed at enterprise level, above the plants and above IT and OT", f.Title)
			} else {
				assert.Equal(t, "Not established whether the ISMS owner is placed at enterprise level, above the plants and above IT and OT", f.Title)
			}
		})
	}
}

// TestLevelOneTitles: where a rule words level 1 (done case by case)
// apart from level 0 (nothing in place), each level gets its own title,
// and matrix rows raising the finding too keep the title of fact.
func TestLevelOneTitles(t *testing.T) {
	n := 0
	for _, r := range findingRules {
		if r.partly == "" {
			continue
		}
		n++
		require.Len(t, r.questions, 1, r.id)
		id := r.questions[0]
		for _, tt := range []struct {
			rating Rating
			want   string
		}{{Rating0, r.title}, {Rating1, r.partly}} {
			t.Run(r.id+"="+string(tt.rating), func(t *testing.T) {
				a := topAssessment(t)
				a.Answers[id] = Answer{Rating: tt.rating}
				f, ok := findingByID(Findings(a), r.id)
				require.True(t, ok)
				assert.Equal(t, tt.want, f.Title)
				assert.NotEqual(t, r.title, r.partly)
			})
		}
	}
	assert.GreaterOrEqual(t, n, 10, "the rules that word level 1 apart")
}

// GOV-08 raises one finding at each rating below 3: policy-not-approved
// at 0, 1 and "unknown", policy-not-for-plants at 2 (approved, but not
// for the plants); none at 3 or 4. The action's gap follows.
func TestPolicyFindingsByLevel(t *testing.T) {
	tests := []struct {
		rating Rating
		want   string // "" for neither
		gap    Severity
	}{
		{Rating0, FindingPolicyNotApproved, SeverityHigh},
		{Rating1, FindingPolicyNotApproved, SeverityHigh},
		{RatingUnknown, FindingPolicyNotApproved, SeverityHigh},
		{Rating2, FindingPolicyNotForPlants, SeverityMedium},
		{Rating3, "", ""},
		{Rating4, "", ""},
		// The policy is a requirement that cannot be excluded (5.2): "not
		// applicable" raises requirement-excluded, not the policy
		// findings, and its action is on that gap.
		{RatingNotApplicable, "", SeverityHigh},
	}
	for _, tt := range tests {
		t.Run(string(tt.rating), func(t *testing.T) {
			a := topAssessment(t)
			a.Answers["GOV-08"] = Answer{Rating: tt.rating}
			fs := Findings(a)
			for _, id := range []string{FindingPolicyNotApproved, FindingPolicyNotForPlants} {
				f, ok := findingByID(fs, id)
				assert.Equal(t, id == tt.want, ok, "%s at %s", id, tt.rating)
				if ok {
					assert.Equal(t, []string{"GOV-08"}, f.Questions)
					assert.Equal(t, tt.rating == RatingUnknown, f.Unconfirmed)
					assert.Equal(t, tt.rating == Rating1, f.CaseByCase)
				}
			}
			if act, ok := findAction(Actions(a), "GOV-08"); ok {
				assert.Equal(t, tt.gap, act.Gap)
			} else {
				assert.Empty(t, tt.gap, "no action, no gap")
			}
		})
	}
}

func findAction(acts []Action, id string) (Action, bool) {
	for _, act := range acts {
		if act.ID == id {
			return act, true
		}
	}
	return Action{}, false
}

// TestSurveyNotApplicableKeepsSessions: "not applicable" on the survey of
// remote access routes (SCO-03) leaves the vendor-session question
// (BRF-06) asked, so that one answer cannot take both critical vendor
// findings out of the assessment.
func TestSurveyNotApplicableKeepsSessions(t *testing.T) {
	a := topAssessment(t)
	a.Answers["SCO-03"] = Answer{Rating: RatingNotApplicable}
	a.Answers["BRF-06"] = Answer{Rating: Rating0}
	_, ok := findingByID(Findings(a), FindingVendorSessionsOpen)
	assert.True(t, ok, "BRF-06 at 0 raises %s whatever SCO-03 says", FindingVendorSessionsOpen)
}

// TestOwnerNoPlantAuthority: with GOV-02 at 0 or 1, the plant-floor rows
// of work on the plant whose A is the ISMS owner raise
// owner-no-plant-authority, with GOV-02 as evidence; the management-
// system rows do not count, and neither a GOV-02 at level 2 or above nor
// one nobody could answer raises it. Federated gives the plant's work to
// the plant, so it raises nothing there.
func TestOwnerNoPlantAuthority(t *testing.T) {
	tests := []struct {
		name   string
		model  string
		rating Rating
		fires  bool
	}{
		{"executive-led/0", ModelExecutiveLed, Rating0, true},
		{"executive-led/1", ModelExecutiveLed, Rating1, true},
		{"executive-led/2", ModelExecutiveLed, Rating2, false},
		{"executive-led/unknown", ModelExecutiveLed, RatingUnknown, false},
		{"federated/1", ModelFederated, Rating1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := topAssessment(t)
			m, err := Preset(tt.model, a.Profile)
			require.NoError(t, err)
			a.Matrix = m
			a.Answers["GOV-02"] = Answer{Rating: tt.rating}
			f, ok := findingByID(Findings(a), FindingOwnerNoPlantAuthority)
			require.Equal(t, tt.fires, ok)
			// The documents read QuestionedAccountables: it agrees with
			// the finding.
			q := QuestionedAccountables(a)
			k88 := CellKey{"8.8", DomainOT}
			assert.Equal(t, tt.fires && a.Matrix[k88][RoleISMSOwner].Accountable(), slices.Contains(q, k88))
			assert.NotContains(t, q, CellKey{"5.1", DomainOT})
			if !ok {
				assert.Empty(t, q)
				return
			}
			assert.Equal(t, f.Cells, q)
			assert.Equal(t, SeverityMedium, f.Severity)
			assert.Equal(t, []string{"GOV-02"}, f.Questions)
			assert.Contains(t, f.Cells, CellKey{"8.8", DomainOT})
			assert.NotContains(t, f.Cells, CellKey{"5.1", DomainOT}, "a management-system row is the owner's wherever the owner sits")
			for _, k := range f.Cells {
				assert.Equal(t, DomainOT, k.Domain)
			}
		})
	}
}
