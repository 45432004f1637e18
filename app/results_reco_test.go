package app

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// Where the profile records the model the organisation runs, the
// recommendation opens with how the answers stand to it, on the results
// page and in the report's section 5, in the words the roles document
// uses (assessment.Recommendation.InUseText); nothing where it records
// none.
func TestRecommendationNamesModelInUse(t *testing.T) {
	tied := sample(1)
	tied.Profile.Plants, tied.Profile.SafetyCritical, tied.Profile.Validated = 3, true, false
	tied.Profile.CentralRisk, tied.Profile.Connectivity = false, assessment.ConnectivityIsolated
	rec := assessment.Recommend(tied)
	require.True(t, rec.IsTie(), "the scenario's premise: scores %v", rec.Scores)
	var left string // a model the tie leaves out
	for _, m := range assessment.Models() {
		if !slices.Contains(rec.Tied, m.ID) {
			left = m.ID
		}
	}
	require.NotEmpty(t, left)
	tests := []struct {
		name  string
		a     assessment.Assessment
		inUse string
		want  string // what the sentence says; "": none shown
	}{
		{"none recorded", tied, "", ""},
		{"tie with the model in use", tied, rec.Tied[0], "so the answers do not call for a change"},
		{"tie without the model in use", tied, left, "which score equally. Changing the model is top management's decision"},
		{"recommended model in use", sample(1), assessment.Recommend(sample(1)).Model, "and this assessment points to it too"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			a.Profile.OwnershipModel = tt.inUse
			want := assessment.Recommend(a).InUseText(tt.inUse)
			for _, v := range []View{ViewResults, ViewReport} {
				html := openSeeded(t, a, v).html()
				if tt.want == "" {
					assert.NotContains(t, html, `id="model-in-use"`, v)
					continue
				}
				require.NotEmpty(t, want)
				got := htmlText(htmlID(t, html, "model-in-use"))
				assert.Equal(t, want, got, v)
				assert.Contains(t, got, tt.want, v)
			}
		})
	}
}
