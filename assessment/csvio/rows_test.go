package csvio

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestColumnsAreHeader checks the column numbering against Header, and
// AppendCells, which writers with columns of their own use, against both.
func TestColumnsAreHeader(t *testing.T) {
	require.Equal(t, len(Header), numCols)
	for _, tt := range []struct {
		col  int
		name string
	}{
		{colAssessmentID, "assessment_id"}, {colSection, "section"}, {colItemID, "item_id"},
		{colDomain, "domain"}, {colLabel, "label"}, {colValue, "value"}, {colValueLabel, "value_label"},
		{colOwner, "owner"}, {colTarget, "target"}, {colNote, "note"}, {colFirstRole, string(assessment.RACIRoles[0])},
	} {
		assert.Equal(t, tt.name, Header[tt.col], "column %d", tt.col)
	}

	// A row whose every cell holds its column's name.
	var r Row
	v := reflect.ValueOf(&r).Elem()
	for i := range v.NumField() {
		v.Field(i).SetString(v.Type().Field(i).Tag.Get("csv"))
	}
	assert.Equal(t, Header, r.AppendCells(nil))
	assert.Equal(t, append([]string{"x"}, Header...), r.AppendCells([]string{"x"}), "AppendCells appends")
}

// TestDataRowsAreExportsRows checks that AppendDataRows gives the rows
// Export writes after the meta rows, DataRowsPerAssessment of them.
func TestDataRowsAreExportsRows(t *testing.T) {
	for _, tt := range []struct {
		Name string
		A    assessment.Assessment
	}{
		{Name: "Full", A: sample()},
		{Name: "Sparse", A: sparse()},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			all := appendAssessment(nil, tt.A, false)
			require.Len(t, all, rowsPerAssessment())
			data := AppendDataRows(nil, tt.A)
			require.Len(t, data, DataRowsPerAssessment())
			assert.Equal(t, all[len(metaItems):], data)
			for _, r := range all[:len(metaItems)] {
				assert.Equal(t, SectionMeta, r.Section)
			}
		})
	}
}

// TestProfileRows checks the profile rows against the field table: one per
// field, in its order, with its key and label, and the value written as the
// file's conventions say.
func TestProfileRows(t *testing.T) {
	a := sample()
	a.Profile = assessment.Profile{
		Organisation: "Acme", Validated: true, Plants: 12,
		Connectivity: assessment.ConnectivityBrokered, RespondentRole: assessment.RoleOT, Date: "2026-03-01",
	}
	fields := assessment.ProfileFields()
	rows := AppendDataRows(nil, a)[:len(fields)]
	want := map[string][2]string{
		"organisation":   {"Acme", ""},
		"site":           {"", ""},
		"validated":      {"yes", ""},
		"safetyCritical": {"no", ""},
		"plants":         {"12", ""},
		"connectivity":   {"brokered", "Brokered (DMZ, diode or jump hosts only)"},
		"respondentRole": {"ot", assessment.RoleLabel(assessment.RoleOT)},
		"date":           {"2026-03-01", ""},
	}
	for i, f := range fields {
		r := rows[i]
		assert.Equal(t, SectionProfile, r.Section)
		assert.Equal(t, f.Key, r.ItemID)
		assert.Equal(t, f.Label, r.Label)
		if w, ok := want[f.Key]; ok {
			assert.Equal(t, w[0], r.Value, f.Key)
			assert.Equal(t, w[1], r.ValueLabel, f.Key)
		}
	}
}
