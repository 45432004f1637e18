package session

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

func TestActionEditsNeedAnOpenAssessment(t *testing.T) {
	h := newHarness(t, nil)
	assert.ErrorIs(t, h.SetAction("GOV-01", assessment.PlanEntry{Status: assessment.StatusDone}), ErrNotOpen)
	_, err := h.AddAction("x", "")
	assert.ErrorIs(t, err, ErrNotOpen)
	assert.ErrorIs(t, h.DropAction("GOV-01"), ErrNotOpen)
	assert.ErrorIs(t, h.RestoreAction("GOV-01"), ErrNotOpen)
}

func TestActionEditsAutosave(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.SetAnswer("SCO-03", rated(assessment.Rating0)))
	require.NoError(t, h.SetAnswer("GOV-01", rated(assessment.Rating1)))
	h.Flush()

	// Edit a generated action: text, named owner, function, due date, status.
	require.NoError(t, h.SetAction("SCO-03", assessment.PlanEntry{
		Text: "  Close the modem on line 4 and list the other routes. ", Person: " Jo Weber ",
		Function: assessment.RoleSite, Due: "2026-05-31", Status: assessment.StatusInProgress,
	}))
	assert.Equal(t, storage.StateSaving, h.Status().State, "an edit is autosaved")
	before := h.Current().Plan
	require.NoError(t, h.SetAction("SCO-03", assessment.PlanEntry{
		Text: "Close the modem on line 4 and list the other routes.", Person: "Jo Weber",
		Function: assessment.RoleSite, Due: "2026-05-31", Status: assessment.StatusDone,
	}))
	assert.Equal(t, assessment.StatusInProgress, before["SCO-03"].Status, "the map a view holds must not change under it")

	// Add one, drop a generated one.
	added, err := h.AddAction("Brief the works council on the plan.", assessment.RoleHR)
	require.NoError(t, err)
	assert.Equal(t, "ADD-1", added)
	require.NoError(t, h.DropAction("GOV-01"))
	assert.Equal(t, []string{"GOV-01"}, DroppedActions(h.Current()))
	h.Flush()

	stored := h.stored(t, id)
	assert.Equal(t, map[string]assessment.PlanEntry{
		"SCO-03": {Text: "Close the modem on line 4 and list the other routes.", Person: "Jo Weber", Function: assessment.RoleSite, Due: "2026-05-31", Status: assessment.StatusDone},
		"ADD-1":  {Text: "Brief the works council on the plan.", Function: assessment.RoleHR},
		"GOV-01": {Dropped: true},
	}, stored.Plan)

	acts := assessment.Actions(stored)
	require.Len(t, acts, 2)
	assert.Equal(t, "SCO-03", acts[0].ID)
	assert.Equal(t, assessment.StatusDone, acts[0].Status)
	assert.Equal(t, "ADD-1", acts[1].ID)

	// The edits travel through the CSV and come back the same.
	var buf bytes.Buffer
	require.NoError(t, csvio.Export(&buf, stored))
	back, err := csvio.Import(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, stored.Plan, back[0].Plan)

	// Restore the dropped one; drop the added one; set the text back to
	// the generated task: nothing is left but the edited action.
	require.NoError(t, h.RestoreAction("GOV-01"))
	require.NoError(t, h.DropAction(added))
	assert.Empty(t, DroppedActions(h.Current()))
	require.NoError(t, h.SetAction("SCO-03", assessment.PlanEntry{Text: assessment.GeneratedTask("SCO-03")}))
	assert.Nil(t, h.Current().Plan, "an entry that changes nothing is removed")
	require.NoError(t, h.SetAction("SCO-03", assessment.PlanEntry{Status: assessment.StatusOpen}))
	assert.Nil(t, h.Current().Plan, "open is the default status")
	h.Flush()
	require.NoError(t, h.SetAction("SCO-03", assessment.PlanEntry{}))
	assert.Equal(t, storage.StateSaved, h.Status().State, "no change, no save")
}

func TestSetActionRefuses(t *testing.T) {
	h := newHarness(t, nil)
	_, err := h.Create()
	require.NoError(t, err)
	for _, tt := range []struct {
		name, id, field, text string
		e                     assessment.PlanEntry
	}{
		{"UnknownAction", "NOPE-1", "", "This action is not part of the plan.", assessment.PlanEntry{Text: "x"}},
		{"AddedEmpty", "ADD-1", ActionFieldText, "Describe the action: a verb and what it delivers.", assessment.PlanEntry{Text: "   "}},
		{"TextTooLong", "GOV-01", ActionFieldText, "The action can be at most 4000 characters long.", assessment.PlanEntry{Text: strings.Repeat("x", assessment.MaxTextLen+1)}},
		{"PersonTooLong", "GOV-01", ActionFieldPerson, "The name can be at most 200 characters long.", assessment.PlanEntry{Person: strings.Repeat("x", assessment.MaxNameLen+1)}},
		{"BadFunction", "GOV-01", ActionFieldFunction, "Choose one of the listed functions.", assessment.PlanEntry{Function: "cfo"}},
		{"BadStatus", "GOV-01", ActionFieldStatus, "Choose open, in progress or done.", assessment.PlanEntry{Status: "closed"}},
		{"BadDue", "GOV-01", ActionFieldDue, "Enter a real date, as YYYY-MM-DD.", assessment.PlanEntry{Due: "2026-02-30"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := h.SetAction(tt.id, tt.e)
			ae, ok := err.(*ActionError)
			require.True(t, ok, "error %v is an *ActionError", err)
			assert.Equal(t, tt.field, ae.Field)
			assert.Equal(t, tt.text, ae.Text)
			assert.Nil(t, h.Current().Plan, "a refused change changes nothing")
		})
	}
	assert.Error(t, h.DropAction("ADD-7"), "dropping an added action that is not there")
}

// An import that differs from the stored assessment only in its action
// plan changes it, and the preview says so.
func TestImportOfPlanChangesIsAChange(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.SetAnswer("SCO-03", rated(assessment.Rating0)))
	h.Flush()
	edited := h.stored(t, id)
	edited.Plan = map[string]assessment.PlanEntry{"SCO-03": {Status: assessment.StatusDone}}
	var buf bytes.Buffer
	require.NoError(t, csvio.Export(&buf, edited))
	h.PreviewFiles(File{Name: "plan.csv", Data: buf.Bytes()})
	require.NotNil(t, h.Preview())
	require.Len(t, h.Preview().Items, 1)
	it := h.Preview().Items[0]
	assert.False(t, it.Unchanged())
	assert.Equal(t, 1, it.Changes.ActionsChanged)
}
