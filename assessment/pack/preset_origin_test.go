package pack

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestDocxRolesPresetOrigin: the roles document says where a matrix
// started from one of the tool's models comes from, and asks the
// consultant to confirm its assignments; without a model it says neither.
func TestDocxRolesPresetOrigin(t *testing.T) {
	in := docxReviewFixture()
	m, ok := assessment.ModelByID(in.A.Model)
	require.True(t, ok, "the fixture starts from a model")
	_, body := docxBuild(t, "roles", in)
	assert.Contains(t, body, "confirm with the role holders every assignment read from the matrix (sections 3 to 5 and 10): the matrix was started from the tool's "+m.Name+" ownership model")
	assert.Contains(t, body, assessment.PresetOrigin(in.A))

	in.A.Model = ""
	_, body = docxBuild(t, "roles", in)
	assert.NotContains(t, body, "every assignment read from the matrix")
	assert.NotContains(t, body, "ownership model for this profile")
}
