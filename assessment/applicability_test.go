package assessment

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// skippedIDs returns the IDs of the built-in bank not asked in a.
func skippedIDs(a Assessment) []string {
	var out []string
	for _, q := range Questions() {
		if SkipReason(q, a) != "" {
			out = append(out, q.ID)
		}
	}
	return out
}

// TestApplicability pins which questions each kind of organisation is
// asked: profile (and model, and earlier answers) in, skipped IDs out.
func TestApplicability(t *testing.T) {
	nis2 := []string{"GOV-11", "GOV-12", "GOV-13", "INC-08"}
	for _, tt := range []struct {
		Name    string
		Profile Profile
		Model   string            // Assessment.Model, the preset applied
		Answers map[string]Answer // earlier answers
		Skipped []string
	}{{
		Name:    "EmptyProfile",
		Skipped: append(nis2[:3:3], "CTL-04", "CHG-03", "CHG-07", "INC-04", "INC-08", "BRF-07", "MOD-02", "MOD-03", "MOD-04"),
	}, {
		Name:    "EverythingApplies",
		Profile: Profile{Validated: true, SafetyCritical: true, Plants: 3, NIS2: NIS2Essential, OwnershipModel: ModelFederated},
		Skipped: []string{"MOD-02", "MOD-04"},
	}, {
		Name:    "NoGMPFederated",
		Profile: Profile{Plants: 4, NIS2: NIS2Important, OwnershipModel: ModelFederated},
		Skipped: []string{"CHG-03", "CHG-07", "INC-04", "MOD-02", "MOD-04"},
	}, {
		Name:    "GMPSinglePlantOutOfNIS2CentralisedPreset",
		Profile: Profile{Validated: true, Plants: 1, NIS2: NIS2OutOfScope},
		Model:   ModelCentralised,
		Skipped: append(nis2[:3:3], "CTL-04", "CHG-07", "INC-08", "BRF-07", "MOD-03", "MOD-04"),
	}, {
		Name:    "ProfileModelBeatsPreset",
		Profile: Profile{Validated: true, SafetyCritical: true, Plants: 2, NIS2: NIS2Important, OwnershipModel: ModelExecutiveLed},
		Model:   ModelCentralised,
		Skipped: []string{"MOD-02", "MOD-03"},
	}, {
		Name:    "NIS2Unknown",
		Profile: Profile{Validated: true, SafetyCritical: true, Plants: 2, NIS2: NIS2Unknown, OwnershipModel: ModelExecutiveLed},
		Skipped: append(nis2[:3:3], "INC-08", "MOD-02", "MOD-03"),
	}, {
		// No answer skips another question: "not applicable" on the
		// survey of remote routes (SCO-03) would otherwise take the
		// vendor-session question (BRF-06) and both critical findings
		// out of the assessment with one click.
		Name:    "NoRemoteRoutesStillAsksSessions",
		Profile: Profile{Validated: true, SafetyCritical: true, Plants: 2, NIS2: NIS2Important, OwnershipModel: ModelExecutiveLed},
		Answers: map[string]Answer{"SCO-03": {Rating: RatingNotApplicable}},
		Skipped: []string{"MOD-02", "MOD-03"},
	}} {
		t.Run(tt.Name, func(t *testing.T) {
			a := Assessment{Profile: tt.Profile, Model: tt.Model, Answers: tt.Answers}
			assert.ElementsMatch(t, tt.Skipped, skippedIDs(a))
			asked := Asked(a)
			assert.Len(t, asked, len(Questions())-len(tt.Skipped))
			for _, q := range asked {
				assert.NotContains(t, tt.Skipped, q.ID)
			}
		})
	}
}

func TestSkipReasonSaysWhy(t *testing.T) {
	for _, tt := range []struct {
		Name    string
		ID      string
		Profile Profile
		Preset  string // the preset the matrix was started from
		Want    string
	}{
		{"NoModel", "MOD-03", Profile{}, "", "no model in use is recorded in the profile"},
		{"OtherModel", "MOD-02", Profile{OwnershipModel: ModelFederated}, "", "concerns the centralised ownership model, and the model in use is federated"},
		// The preset is the tool's proposal, not the organisation's word.
		{"PresetOnly", "MOD-02", Profile{}, ModelFederated, "and the matrix was started from the federated model (the profile records no model in use)"},
		{"RecordedOverPreset", "MOD-02", Profile{OwnershipModel: ModelExecutiveLed}, ModelFederated, "and the model in use is executive-led"},
		{"NoGMP", "CHG-03", Profile{}, "", "no GMP / GxP validated systems"},
		{"NoSafety", "CHG-07", Profile{}, "", "no safety-critical process"},
		{"NIS2Out", "INC-08", Profile{NIS2: NIS2OutOfScope}, "", "outside the scope of NIS2"},
		{"NIS2NotKnown", "GOV-11", Profile{NIS2: NIS2Unknown}, "", "does not record the organisation as an essential or important entity"},
		{"OnePlant", "BRF-07", Profile{Plants: 1}, "", "single plant"},
		{"PlantsNotGiven", "CTL-04", Profile{}, "", "number of plants is not recorded"},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			q, ok := QuestionByID(tt.ID)
			require.True(t, ok)
			got := SkipReason(q, Assessment{Profile: tt.Profile, Model: tt.Preset})
			assert.True(t, strings.HasPrefix(got, "Not asked: "), got)
			assert.Contains(t, got, tt.Want)
		})
	}
}

// TestSkippedQuestionsDoNotCount checks that answers kept for skipped
// questions enter neither the score, nor the findings, nor the actions,
// nor the progress.
func TestSkippedQuestionsDoNotCount(t *testing.T) {
	a := Assessment{
		Profile: Profile{Plants: 4, NIS2: NIS2Important, OwnershipModel: ModelFederated},
		Answers: map[string]Answer{},
	}
	for _, q := range Asked(a) {
		a.Answers[q.ID] = Answer{Rating: Rating4}
	}
	before := Score(a)
	_, totalBefore := Progress(a)
	require.Empty(t, Findings(a)[0:0])
	// Weak answers to questions this organisation is not asked.
	a.Answers["MOD-02"] = Answer{Rating: Rating0}
	a.Answers["CHG-03"] = Answer{Rating: RatingUnknown}
	a.Answers["CHG-07"] = Answer{Rating: Rating0}
	assert.Equal(t, before, Score(a))
	answered, total := Progress(a)
	assert.Equal(t, totalBefore, total)
	assert.Equal(t, total, answered)
	assert.Empty(t, Actions(a))
	for _, f := range Findings(a) {
		for _, id := range []string{"MOD-02", "CHG-03", "CHG-07"} {
			assert.NotContains(t, f.Questions, id, f.ID)
		}
	}
	// Once the profile says the plant is validated, CHG-03 counts.
	a.Profile.Validated = true
	assert.Less(t, Score(a).Overall, before.Overall)
	found := false
	for _, f := range Findings(a) {
		if f.ID == FindingChangesBypassValidation {
			found = true
			assert.Equal(t, []string{"CHG-03"}, f.Questions)
		}
	}
	assert.True(t, found, "a weak CHG-03 on a validated site raises changes-bypass-validation")
}

func TestLevelTextFitsDomain(t *testing.T) {
	assert.Contains(t, LevelText(Rating3, AppliesOT), "every plant")
	assert.NotContains(t, LevelText(Rating3, AppliesOT), "corporate IT")
	assert.Contains(t, LevelText(Rating3, AppliesIT), "corporate IT")
	assert.NotContains(t, LevelText(Rating3, AppliesIT), "plant")
	assert.Contains(t, LevelText(Rating3, AppliesBoth), "corporate IT and plants")
	for _, r := range Ratings {
		for _, ap := range []Applies{AppliesIT, AppliesOT, AppliesBoth} {
			assert.NotEmpty(t, LevelText(r, ap), "%s %s", r, ap)
			// With one plant no text speaks of several; with none
			// recorded or several, the texts are LevelText's.
			one := LevelTextAt(r, ap, 1)
			assert.NotEmpty(t, one)
			assert.NotRegexp(t, `(?i)\bplants\b|every plant`, one, "%s %s", r, ap)
			assert.Equal(t, LevelText(r, ap), LevelTextAt(r, ap, 3), "%s %s", r, ap)
		}
	}
	assert.Equal(t, "Written down and agreed, but not yet applied at the plant.", LevelTextAt(Rating2, AppliesOT, 1))
}

// TestQuestionLevelText: a question about one act has its own meaning for
// levels 0 to 3; level 4, "unknown" and "not applicable" keep the generic
// one, and so does every other question.
func TestQuestionLevelText(t *testing.T) {
	tests := []struct {
		id   string
		r    Rating
		want string
	}{
		{"GOV-13", Rating0, "No member of the management body has had cybersecurity training."},
		{"GOV-13", Rating3, "Every member has completed cybersecurity training that also covers risks to production and, where relevant, process safety, with dated records."},
		{"GOV-13", Rating4, LevelText(Rating4, AppliesBoth)},
		{"GOV-13", RatingUnknown, LevelText(RatingUnknown, AppliesBoth)},
		{"GOV-13", RatingNotApplicable, LevelText(RatingNotApplicable, AppliesBoth)},
		{"INC-07", Rating2, "A joint exercise on a plant scenario is scheduled with all five groups, or one held within the last year lacked a group or did not track its actions."},
		{"SCO-03", Rating2, LevelText(Rating2, AppliesOT)},
	}
	for _, tt := range tests {
		q, ok := QuestionByID(tt.id)
		require.True(t, ok, tt.id)
		assert.Equal(t, tt.want, QuestionLevelText(tt.id, tt.r, q.Applies), "%s %s", tt.id, tt.r)
	}
	for id, levels := range questionLevels {
		_, ok := QuestionByID(id)
		assert.True(t, ok, "%s is not in the bank", id)
		for l, text := range levels {
			assert.NotEmpty(t, text, "%s level %d", id, l)
			assert.True(t, strings.HasSuffix(text, "."), "%s level %d ends with a full stop", id, l)
		}
	}
}
