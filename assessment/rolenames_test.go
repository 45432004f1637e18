package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

func TestRoleName(t *testing.T) {
	names := map[Role]string{RoleOT: "Head of Automation", RoleSite: ""}
	assert.Equal(t, "Head of Automation", RoleName(names, RoleOT))
	assert.Equal(t, "Site / plant director", RoleName(names, RoleSite), "an empty name falls back to the label")
	assert.Equal(t, "IT lead", RoleName(nil, RoleIT))
	assert.Equal(t, "Head of Automation", Assessment{RoleNames: names}.RoleName(RoleOT))
}

var roleNameTests = []struct {
	Name  string
	Names map[Role]string
	Err   string
}{{
	Name: "None",
}, {
	Name:  "Some",
	Names: map[Role]string{RoleOT: "Head of Automation", RoleSite: "Werkleiter", RoleIntegrator: "Rockwell field service"},
}, {
	Name:  "SwapTwoLabels",
	Names: map[Role]string{RoleIT: "Plant operations", RoleOperations: "IT lead"},
}, {
	Name:  "MaxLen",
	Names: map[Role]string{RoleHR: strings.Repeat("é", MaxRoleNameLen)},
}, {
	Name:  "TooLong",
	Names: map[Role]string{RoleHR: strings.Repeat("é", MaxRoleNameLen+1)},
	Err:   `role name for "hr": longer than 60 characters`,
}, {
	Name:  "Empty",
	Names: map[Role]string{RoleHR: ""},
	Err:   `role name for "hr": empty; leave the role out to keep its default name`,
}, {
	Name:  "Padded",
	Names: map[Role]string{RoleHR: " People "},
	Err:   `role name for "hr": " People " starts or ends with white space`,
}, {
	Name:  "LineBreak",
	Names: map[Role]string{RoleHR: "People\nand culture"},
	Err:   `role name for "hr": "People\nand culture" contains a control character such as a line break or tab`,
}, {
	Name:  "NotAMatrixRole",
	Names: map[Role]string{RoleConsultant: "Auditor"},
	Err:   `role name for "consultant": not a matrix role`,
}, {
	Name:  "UnknownRole",
	Names: map[Role]string{"boss": "Boss"},
	Err:   `role name for "boss": not a matrix role`,
}, {
	Name:  "SameAsAnotherName",
	Names: map[Role]string{RoleMaintenance: "Engineering", RoleOT: "engineering"},
	Err:   `role name for "maintenance": "Engineering" is already the name of "ot"`,
}, {
	Name:  "SameAsAnotherLabel",
	Names: map[Role]string{RoleOT: "HR"},
	Err:   `role name for "hr": "HR" is already the name of "ot"`,
}}

func TestValidateRoleNames(t *testing.T) {
	for _, tt := range roleNameTests {
		t.Run(tt.Name, func(t *testing.T) {
			a := validAssessment()
			a.RoleNames = tt.Names
			err := ValidateWith(a, testBank, testControls)
			if tt.Err == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tt.Err, err.Error())
		})
	}
}

func TestSetRoleName(t *testing.T) {
	orig := map[Role]string{RoleOT: "Head of Automation"}
	got, err := SetRoleName(orig, RoleSite, "  Werkleiter ")
	require.NoError(t, err)
	assert.Equal(t, map[Role]string{RoleOT: "Head of Automation", RoleSite: "Werkleiter"}, got)
	assert.Equal(t, map[Role]string{RoleOT: "Head of Automation"}, orig, "the input is not modified")

	got, err = SetRoleName(got, RoleSite, "Site / plant director")
	require.NoError(t, err)
	assert.Equal(t, map[Role]string{RoleOT: "Head of Automation"}, got, "the default label removes the entry")

	got, err = SetRoleName(got, RoleOT, "")
	require.NoError(t, err)
	assert.Nil(t, got, "no names left is nil, as in a new record")

	got, err = SetRoleName(orig, RoleIT, "head of automation")
	require.EqualError(t, err, `role name for "it": "head of automation" is already the name of "ot"`)
	assert.Equal(t, orig, got, "on error the names are returned unchanged")
}

// isRACIRole is a switch for speed; it must list exactly RACIRoles.
func TestIsRACIRoleMatchesRACIRoles(t *testing.T) {
	for _, r := range RespondentRoles {
		assert.Equal(t, slices.Contains(RACIRoles, r), isRACIRole(r), "%s", r)
	}
	assert.False(t, isRACIRole("boss"))
	for _, r := range RACIRoles {
		assert.True(t, ValidRole(r), "%s has no label", r)
	}
	assert.Len(t, RACIRoles, 14)
}

func TestLetters(t *testing.T) {
	for _, tt := range []struct {
		L                                         Letter
		Valid, Accountable, Responsible, Involved bool
	}{
		{LetterNone, false, false, false, false},
		{LetterResponsible, true, false, true, true},
		{LetterAccountable, true, true, false, true},
		{LetterAccountableResponsible, true, true, true, true},
		{LetterConsulted, true, false, false, true},
		{LetterInformed, true, false, false, false},
		{"a/r", false, false, false, false},
		{"X", false, false, false, false},
	} {
		assert.Equal(t, tt.Valid, tt.L.Valid(), "%q valid", tt.L)
		assert.Equal(t, tt.Accountable, tt.L.Accountable(), "%q accountable", tt.L)
		assert.Equal(t, tt.Responsible, tt.L.Responsible(), "%q responsible", tt.L)
		assert.Equal(t, tt.Involved, tt.L.Involved(), "%q involved", tt.L)
	}
	assert.Equal(t, []Letter{"R", "A", "A/R", "C", "I"}, Letters)
}

// TestRoleTermsText: the sentence names, in proseRoleTerms order, each
// renamed role the findings and actions speak of, and nothing for roles
// they do not name, for default names or for no names at all.
func TestRoleTermsText(t *testing.T) {
	tests := []struct {
		name  string
		names map[Role]string
		want  string
	}{
		{"None", nil, ""},
		{"DefaultNames", map[Role]string{RoleOT: "OT / automation lead", RoleSite: ""}, ""},
		{"NotNamedInProse", map[Role]string{RoleQuality: "Quality (IATF 16949)"}, ""},
		{"One", map[Role]string{RoleOT: "Head of Automation"}, "In the findings and actions, \u201cthe OT lead\u201d stands for Head of Automation."},
		{"Several", map[Role]string{RoleOT: "Head of Automation", RoleISMSOwner: "CISO", RoleSite: "Plant Manager", RoleHR: "People"},
			"In the findings and actions, \u201cthe ISMS owner\u201d stands for CISO; \u201cthe site director\u201d stands for Plant Manager; \u201cthe OT lead\u201d stands for Head of Automation."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, RoleTermsText(tt.names))
		})
	}
	defer l10n.Set(l10n.DE)()
	assert.Equal(t, "In den Feststellungen und Aktionen: \u201edie OT-Leitung\u201c steht für Head of Automation.", RoleTermsText(map[Role]string{RoleOT: "Head of Automation"}))
}
