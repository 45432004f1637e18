package session

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

func TestRegisterNeedsAnOpenAssessment(t *testing.T) {
	h := newHarness(t, nil)
	assert.ErrorIs(t, h.SetHolder(assessment.RoleIT, assessment.Holder{Name: "A"}), ErrNotOpen)
	assert.ErrorIs(t, h.SetAuthority(assessment.AuthorityKey{Level: assessment.RiskLow, Context: assessment.ContextIT}, assessment.Authority{Accept: assessment.RoleIT}), ErrNotOpen)
	assert.ErrorIs(t, h.ApplyAuthorityPreset(false), ErrNotOpen)
}

func TestSetHolder(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)

	require.NoError(t, h.SetHolder(assessment.RoleOT, assessment.Holder{Name: " Max Muster ", Deputy: "Eva Example", Confirmed: "2026-03-14"}))
	before := h.Current().Holders
	assert.Equal(t, storage.StateSaving, h.Status().State)
	h.Flush()
	assert.Equal(t, map[assessment.Role]assessment.Holder{assessment.RoleOT: {Name: "Max Muster", Deputy: "Eva Example", Confirmed: "2026-03-14"}},
		h.stored(t, id).Holders, "trimmed and saved")

	// Tomorrow, for the session's clock, is refused next to its field.
	err = h.SetHolder(assessment.RoleOT, assessment.Holder{Name: "Max Muster", Confirmed: "2026-03-15"})
	fe, ok := errors.AsType[*assessment.FieldError](err)
	require.True(t, ok, "%v", err)
	assert.Equal(t, "confirmed", fe.Field)
	assert.Equal(t, "in the future (today is 2026-03-14)", fe.Msg)
	assert.Equal(t, before, h.Current().Holders, "nothing changes")
	require.NotNil(t, h.Notice())
	assert.Equal(t, "Could not record the holder of OT / automation lead: in the future (today is 2026-03-14).", h.Notice().Text)

	// The same value again saves nothing; clearing removes the register.
	require.NoError(t, h.SetHolder(assessment.RoleOT, assessment.Holder{Name: "Max Muster", Deputy: "Eva Example", Confirmed: "2026-03-14"}))
	assert.Equal(t, storage.StateSaved, h.Status().State)
	require.NoError(t, h.SetHolder(assessment.RoleOT, assessment.Holder{}))
	h.Flush()
	assert.Nil(t, h.stored(t, id).Holders)
}

func TestSetAuthority(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	k := assessment.AuthorityKey{Level: assessment.RiskHigh, Context: assessment.ContextOT}
	require.NoError(t, h.SetAuthority(k, assessment.Authority{Accept: assessment.RoleISMSOwner,
		Consult: []assessment.Role{assessment.RoleOT, assessment.RoleSite}, MaxMonths: 6, Escalate: assessment.RoleExecutive}))
	h.Flush()
	assert.Equal(t, []assessment.Role{assessment.RoleSite, assessment.RoleOT}, h.stored(t, id).Authority[k].Consult, "in matrix order")

	err = h.SetAuthority(k, assessment.Authority{Accept: assessment.RoleISMSOwner, MaxMonths: 61})
	fe, ok := errors.AsType[*assessment.FieldError](err)
	require.True(t, ok)
	assert.Equal(t, "months", fe.Field)
	assert.Equal(t, 6, h.Current().Authority[k].MaxMonths)
}

func TestApplyAuthorityPreset(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)

	err = h.ApplyAuthorityPreset(false)
	assert.ErrorIs(t, err, ErrNoModel)
	_, ok := h.AuthorityModel()
	assert.False(t, ok)

	// The profile's model counts when none was applied to the matrix.
	p := h.Current().Profile
	p.OwnershipModel, p.SafetyCritical = assessment.ModelCentralised, true
	require.NoError(t, h.SetProfile(p))
	m, ok := h.AuthorityModel()
	require.True(t, ok)
	assert.Equal(t, assessment.ModelCentralised, m.ID)

	// One row filled by hand is kept unless overwrite is asked for.
	k := assessment.AuthorityKey{Level: assessment.RiskLow, Context: assessment.ContextIT}
	mine := assessment.Authority{Accept: assessment.RoleISMSOwner, MaxMonths: 12}
	require.NoError(t, h.SetAuthority(k, mine))
	require.NoError(t, h.ApplyAuthorityPreset(false))
	assert.Equal(t, "Filled 15 rows of the authority table from the Centralised model.", h.Notice().Text)
	want := assessment.AuthorityPreset(assessment.ModelCentralised, p)
	want[k] = mine
	assert.Equal(t, want, h.Current().Authority)

	require.NoError(t, h.ApplyAuthorityPreset(false))
	assert.Equal(t, "Every row of the authority table is already filled; nothing was changed.", h.Notice().Text)

	// The model applied to the matrix wins over the profile's.
	require.NoError(t, h.ApplyPreset(assessment.ModelFederated, true))
	require.NoError(t, h.ApplyAuthorityPreset(true))
	h.Flush()
	assert.Equal(t, assessment.AuthorityPreset(assessment.ModelFederated, p), h.stored(t, id).Authority)
}

// An import that differs from the stored assessment only in its role
// register or authority table changes it, and the preview says so.
func TestImportOfRegisterChangesIsAChange(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	h.Flush()
	edited := h.stored(t, id)
	edited.Holders = map[assessment.Role]assessment.Holder{assessment.RoleOT: {Name: "Max Muster"}}
	edited.Authority = assessment.AuthorityPreset(assessment.ModelFederated, edited.Profile)
	var buf bytes.Buffer
	require.NoError(t, csvio.Export(&buf, edited))
	h.PreviewFiles(File{Name: "register.csv", Data: buf.Bytes()})
	require.NotNil(t, h.Preview())
	require.Len(t, h.Preview().Items, 1)
	it := h.Preview().Items[0]
	assert.False(t, it.Unchanged())
	assert.Equal(t, 1, it.Changes.HoldersChanged)
	assert.Equal(t, len(assessment.RiskLevels)*len(assessment.RiskContexts), it.Changes.AuthorityChanged)
	_, err = h.ConfirmImport()
	require.NoError(t, err)
	got := h.stored(t, id)
	assert.Equal(t, edited.Holders, got.Holders)
	assert.Equal(t, edited.Authority, got.Authority)
}
