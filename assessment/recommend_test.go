package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRecommendTies(t *testing.T) {
	tests := []struct {
		name    string
		profile Profile
		answers map[string]Answer
		tied    []string // nil: a clear winner
		model   string
		whyNot  []string // models given a "why not" line
	}{
		{name: "Nothing", tied: []string{ModelFederated, ModelExecutiveLed, ModelCentralised}, model: ModelFederated},
		{name: "FederatedExecutiveLed",
			profile: Profile{Plants: 3, SafetyCritical: true, Connectivity: ConnectivityIsolated},
			tied:    []string{ModelFederated, ModelExecutiveLed}, model: ModelFederated, whyNot: []string{ModelCentralised}},
		{name: "ExecutiveLedCentralised",
			profile: Profile{Connectivity: ConnectivityIntegrated},
			tied:    []string{ModelExecutiveLed, ModelCentralised}, model: ModelExecutiveLed, whyNot: []string{ModelFederated}},
		{name: "FederatedCentralised",
			// centralised: one plant 2 + no central risk 1; federated:
			// isolated 1 + strong OT 2.
			profile: Profile{Plants: 1, Connectivity: ConnectivityIsolated},
			answers: answers("CHG-01=4", "CHG-02=3", "CTL-01=3"),
			tied:    []string{ModelFederated, ModelCentralised}, model: ModelFederated, whyNot: []string{ModelExecutiveLed}},
		{name: "ClearWinner",
			profile: Profile{Plants: 5, CentralRisk: true},
			model:   ModelFederated, whyNot: []string{ModelCentralised, ModelExecutiveLed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RecommendWith(Assessment{Profile: tt.profile, Answers: tt.answers}, testBank)
			assert.Equal(t, tt.tied, got.Tied, "scores %v", got.Scores)
			assert.Equal(t, tt.model, got.Model)
			assert.Equal(t, len(tt.tied) > 1, got.IsTie())
			if got.IsTie() {
				assert.NotEmpty(t, got.Decide, "a tie must say what would decide it")
				for _, id := range got.Tied {
					assert.Equal(t, got.Scores[got.Model], got.Scores[id])
				}
			} else {
				assert.Empty(t, got.Decide)
			}
			var why []string
			for id, line := range got.WhyNot {
				why = append(why, id)
				assert.NotContains(t, line, "\n")
				m, _ := ModelByID(id)
				assert.Contains(t, line, m.Name)
			}
			slices.Sort(why)
			want := slices.Clone(tt.whyNot)
			slices.Sort(want)
			assert.Equal(t, want, why)
		})
	}
}

// Every reason sits under the models it gives points to, and the points
// under a model add up to its score.
func TestRecommendReasonsGrouped(t *testing.T) {
	a := Assessment{
		Profile: Profile{Plants: 4, Validated: true, Connectivity: ConnectivityIntegrated},
		Answers: answers("GOV-08=0", "GOV-05=unknown"),
	}
	got := RecommendWith(a, testBank)
	require.Len(t, got.Details, len(got.Reasons))
	for id, score := range got.Scores {
		sum := 0
		for _, r := range got.For(id) {
			sum += r.Points[id]
			assert.NotEmpty(t, r.Fields != nil || r.Questions != nil || r.Text != "")
		}
		assert.Equal(t, score, sum, id)
	}
	// Integrated connectivity supports two models: it is under both.
	for _, id := range []string{ModelCentralised, ModelExecutiveLed} {
		found := false
		for _, r := range got.For(id) {
			found = found || slices.Contains(r.Fields, "connectivity")
		}
		assert.True(t, found, "connectivity reason not under %s", id)
	}
	assert.Empty(t, got.For(ModelFederated)[0].Questions)
	// Drivers name real profile fields and the answers.
	var qs []string
	for _, r := range got.Details {
		for _, f := range r.Fields {
			_, ok := ProfileFieldByKey(f)
			assert.True(t, ok, f)
		}
		qs = append(qs, r.Questions...)
	}
	assert.Equal(t, []string{"GOV-08", "GOV-05"}, qs)
}

func TestRecommendOpenInputs(t *testing.T) {
	got := RecommendWith(Assessment{}, testBank)
	assert.Equal(t, recoFields, got.OpenFields)
	assert.Equal(t, []string{"GOV-08", "GOV-05"}, got.OpenQuestions)

	got = RecommendWith(Assessment{Profile: Profile{Plants: 2, Connectivity: ConnectivityBrokered},
		Answers: answers("GOV-08=3", "GOV-05=na")}, testBank)
	assert.Empty(t, got.OpenFields)
	assert.Empty(t, got.OpenQuestions)
}

// TestRecommendGovernanceWording: the governance reasons state what the
// answer says (nothing in place, case by case, or not known) and never
// more.
func TestRecommendGovernanceWording(t *testing.T) {
	tests := []struct {
		id     string
		rating Rating
		want   string // the reason's start; "" when no reason is given
	}{
		{"GOV-08", Rating0, "Top management has not approved the information security policy;"},
		{"GOV-08", Rating1, "Top management has not fully approved the information security policy;"},
		{"GOV-08", RatingUnknown, "Nobody present could say whether top management has approved"},
		{"GOV-08", Rating2, ""},
		{"GOV-08", RatingNotApplicable, ""},
		{"GOV-05", Rating0, "No written scheme states who may accept which risk"},
		{"GOV-05", Rating1, "No written scheme states who may accept which risk"},
		{"GOV-05", RatingUnknown, "Nobody present could say whether a written scheme states"},
		{"GOV-05", Rating3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.id+"="+string(tt.rating), func(t *testing.T) {
			a := Assessment{Answers: map[string]Answer{tt.id: {Rating: tt.rating}}}
			var got []string
			for _, d := range RecommendWith(a, Questions()).Details {
				if slices.Contains(d.Questions, tt.id) {
					got = append(got, d.Text)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.True(t, strings.HasPrefix(got[0], tt.want), "reason %q should start %q", got[0], tt.want)
		})
	}
}
