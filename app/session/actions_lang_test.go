package session

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// A plan entry that holds the generated task in English (an older record,
// an English file) keeps no copy of it once a German page edits another of
// its fields: the task then shows in the page's language.
func TestGeneratedTaskInAnyLanguageIsNotStored(t *testing.T) {
	h := newHarness(t, nil)
	_, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.SetAnswer("SCO-03", rated(assessment.Rating0)))
	english := assessment.GeneratedTask("SCO-03")
	require.NotEmpty(t, english)

	restore := l10n.Set(l10n.DE)
	defer restore()
	require.NotEqual(t, english, assessment.GeneratedTask("SCO-03"), "no German for the task")
	require.NoError(t, h.SetAction("SCO-03", assessment.PlanEntry{Text: english, Status: assessment.StatusDone}))
	got := h.Current().Plan["SCO-03"]
	assert.Empty(t, got.Text, "the English generated task was stored as an edit")
	assert.Equal(t, assessment.StatusDone, got.Status)
}
