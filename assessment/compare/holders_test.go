package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

func TestHolderDisagreements(t *testing.T) {
	mk := func(id, site string, role assessment.Role, holders map[assessment.Role]string) Entry {
		a := assessment.New(id, fixtureTime)
		a.Profile.Site = site
		a.Profile.Respondent = id
		a.Profile.RespondentRole = role
		for r, n := range holders {
			a.Holders, _ = assessment.SetHolder(a.Holders, r, assessment.Holder{Name: n}, "")
		}
		return Entry{Source: id + ".csv", A: a}
	}
	tests := []struct {
		name    string
		entries []Entry
		want    []HolderDisagreement
	}{
		{name: "Agree, typed differently", entries: []Entry{
			mk("a", "Plant", assessment.RoleIT, map[assessment.Role]string{assessment.RoleOT: "Max Muster"}),
			mk("b", "Plant", assessment.RoleOT, map[assessment.Role]string{assessment.RoleOT: "max  muster"}),
		}},
		{name: "One names nobody", entries: []Entry{
			mk("a", "Plant", assessment.RoleIT, map[assessment.Role]string{assessment.RoleOT: "Max Muster"}),
			mk("b", "Plant", assessment.RoleOT, nil),
		}},
		{name: "Other sites do not count", entries: []Entry{
			mk("a", "Plant A", assessment.RoleIT, map[assessment.Role]string{assessment.RoleOT: "Max Muster"}),
			mk("b", "Plant B", assessment.RoleOT, map[assessment.Role]string{assessment.RoleOT: "Eva Example"}),
		}},
		{name: "Differ", entries: []Entry{
			mk("a", "Plant", assessment.RoleIT, map[assessment.Role]string{assessment.RoleOT: "Max Muster", assessment.RoleIT: "Ann"}),
			mk("b", "Plant", assessment.RoleOT, map[assessment.Role]string{assessment.RoleOT: "Eva Example", assessment.RoleIT: "ann"}),
			mk("c", "Plant", assessment.RoleQuality, map[assessment.Role]string{assessment.RoleOT: "Max Muster"}),
		}, want: []HolderDisagreement{{Site: 0, Role: assessment.RoleOT, Views: []HolderView{
			{Respondent: 0, Name: "Max Muster"}, {Respondent: 1, Name: "Eva Example"}, {Respondent: 2, Name: "Max Muster"},
		}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.entries)
			assert.Equal(t, tt.want, s.HolderDisagreements)
		})
	}
}

// Two versions of one assessment that differ only in the register or the
// authority table are two versions, not a duplicate.
func TestVersionsDifferInRegister(t *testing.T) {
	base := assessment.New("p1", fixtureTime)
	withHolder := base
	withHolder.Holders = map[assessment.Role]assessment.Holder{assessment.RoleIT: {Name: "Ann"}}
	withTable := base
	withTable.Authority = assessment.AuthorityPreset(assessment.ModelFederated, base.Profile)
	for _, other := range []assessment.Assessment{withHolder, withTable} {
		s := New([]Entry{{Source: "a.csv", A: base}, {Source: "b.csv", A: other}})
		require.Len(t, s.VersionConflicts, 1)
		assert.Empty(t, s.Duplicates)
	}
	s := New([]Entry{{Source: "a.csv", A: withTable}, {Source: "b.csv", A: withTable}})
	assert.Len(t, s.Duplicates, 1)
}
