package pack

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestPresetOrigin checks that the workbooks never call an untouched
// preset a matrix the organisation edited, and count the rows that differ
// from the model's proposal when it was.
func TestPresetOrigin(t *testing.T) {
	base := assessment.New("a1", docxGenerated)
	base.Profile.Plants = 1
	base.Profile.Validated = true
	preset, err := assessment.Preset(assessment.ModelFederated, base.Profile)
	require.NoError(t, err)

	untouched := base
	untouched.Model, untouched.Matrix = assessment.ModelFederated, preset

	edited := untouched
	edited.Matrix = assessment.ApplyPreset(preset, nil, false)
	k := assessment.CellKey{Control: "5.9", Domain: assessment.DomainOT}
	edited.Matrix[k] = assessment.RACI{assessment.RoleSite: assessment.LetterAccountableResponsible}

	// A profile changed after the preset was applied: the proposal for
	// today's profile consults EHS where the matrix does not.
	profileChanged := untouched
	profileChanged.Profile.SafetyCritical = true

	tests := []struct {
		name string
		a    assessment.Assessment
		want string
	}{
		{"no model", base, ""},
		{"untouched", untouched, "The matrix is the tool's Federated ownership model for this profile, unchanged: every letter is the tool's proposal until the organisation has confirmed it."},
		{"one row edited", edited, "The matrix was started from the tool's Federated ownership model. Rows that now differ from the model's proposal for this profile: 1. Every letter is to be confirmed by the organisation."},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, presetOrigin(tt.a), tt.name)
	}
	assert.Contains(t, presetOrigin(profileChanged), "Rows that now differ from the model's proposal for this profile:")

	emptied := untouched
	emptied.Matrix = assessment.ApplyPreset(preset, nil, false)
	delete(emptied.Matrix, k)
	assert.Equal(t, "The matrix was started from the tool's Federated ownership model. Rows that now differ from the model's proposal for this profile: 1 (1 of them empty). Every letter is to be confirmed by the organisation.", presetOrigin(emptied))
}

// TestDocxRolesPresetOrigin: the roles document says where a matrix
// started from one of the tool's models comes from, and asks the
// consultant to confirm its assignments; without a model it says neither.
func TestDocxRolesPresetOrigin(t *testing.T) {
	in := docxReviewFixture()
	m, ok := assessment.ModelByID(in.A.Model)
	require.True(t, ok, "the fixture starts from a model")
	_, body := docxBuild(t, "roles", in)
	assert.Contains(t, body, "confirm with the role holders every assignment read from the matrix (sections 3 to 5 and 10): the matrix was started from the tool's "+m.Name+" ownership model")
	assert.Contains(t, body, presetOrigin(in.A))

	in.A.Model = ""
	_, body = docxBuild(t, "roles", in)
	assert.NotContains(t, body, "every assignment read from the matrix")
	assert.NotContains(t, body, "ownership model for this profile")
}
