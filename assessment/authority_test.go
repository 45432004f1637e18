package assessment

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorityPresetKept counts the rows of the authority table that are
// still the preset of the model the table is filled from, for today's
// profile, and compares with nothing when there is no model.
func TestAuthorityPresetKept(t *testing.T) {
	p := Profile{Validated: true}
	preset := AuthorityPreset(ModelFederated, p)
	total := len(RiskLevels) * len(RiskContexts)
	highOT := AuthorityKey{Level: RiskHigh, Context: ContextOT}
	lowIT := AuthorityKey{Level: RiskLow, Context: ContextIT}

	// with returns the preset with row k changed by change.
	with := func(k AuthorityKey, change func(*Authority)) map[AuthorityKey]Authority {
		out := maps.Clone(preset)
		v := out[k]
		v.Consult = append([]Role(nil), v.Consult...)
		change(&v)
		out[k] = v
		return out
	}
	own := maps.Clone(preset)
	for k, v := range own {
		v.MaxMonths++
		own[k] = v
	}

	tests := []struct {
		name      string
		a         Assessment
		wantModel string
		wantKept  int
		wantOK    bool
	}{
		{"unchanged", Assessment{Model: ModelFederated, Profile: p, Authority: preset}, ModelFederated, total, true},
		{"model from the profile", Assessment{Profile: Profile{Validated: true, OwnershipModel: ModelFederated}, Authority: preset}, ModelFederated, total, true},
		{"the matrix's model first", Assessment{Model: ModelExecutiveLed, Profile: Profile{Validated: true, OwnershipModel: ModelFederated}, Authority: preset}, ModelExecutiveLed, total - 3, true},
		{"acceptor changed", Assessment{Model: ModelFederated, Profile: p, Authority: with(highOT, func(a *Authority) { a.Accept = RoleExecutive; a.Escalate = "" })}, ModelFederated, total - 1, true},
		{"one consulted role swapped for another", Assessment{Model: ModelFederated, Profile: p, Authority: with(highOT, func(a *Authority) { a.Consult[0] = RoleIT })}, ModelFederated, total - 1, true},
		{"escalation changed", Assessment{Model: ModelFederated, Profile: p, Authority: with(lowIT, func(a *Authority) { a.Escalate = RoleExecutive })}, ModelFederated, total - 1, true},
		{"an empty list to consult is none", Assessment{Model: ModelFederated, Profile: p, Authority: with(lowIT, func(a *Authority) { a.Consult = []Role{} })}, ModelFederated, total, true},
		{"row cleared", Assessment{Model: ModelFederated, Profile: p, Authority: func() map[AuthorityKey]Authority {
			out := maps.Clone(preset)
			delete(out, lowIT)
			return out
		}()}, ModelFederated, total - 1, true},
		{"profile changed since", Assessment{Model: ModelFederated, Profile: Profile{SafetyCritical: true}, Authority: preset}, ModelFederated, total - 4, true},
		{"every row the organisation's own", Assessment{Model: ModelFederated, Profile: p, Authority: own}, ModelFederated, 0, true},
		{"empty table", Assessment{Model: ModelFederated, Profile: p}, ModelFederated, 0, true},
		{"no model", Assessment{Profile: p, Authority: preset}, "", 0, false},
		{"unknown model", Assessment{Model: "matrix", Profile: p, Authority: preset}, "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, kept, n, ok := AuthorityPresetKept(tt.a)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantModel, m.ID)
			assert.Equal(t, tt.wantKept, kept)
			if ok {
				assert.Equal(t, total, n)
			} else {
				assert.Zero(t, n)
			}
		})
	}
}
