package assessment

import "slices"

// AuthorityModel is the ownership model whose preset the authority table
// is filled from (AuthorityPreset): the model last applied to the
// matrix, else the one the profile says the organisation runs; ok is
// false when there is neither. The roles page fills the table by this
// rule, and the documents compare the table with the same preset.
func AuthorityModel(a Assessment) (Model, bool) {
	for _, id := range []string{a.Model, a.Profile.OwnershipModel} {
		if m, ok := ModelByID(id); ok {
			return m, true
		}
	}
	return Model{}, false
}

// AuthorityPresetKept compares a's authority table with the preset of its
// model (AuthorityModel) for a's profile as it stands today: kept is the
// number of rows equal to the preset's row for the same key, of total,
// the rows the preset fills. A profile changed after the preset was
// applied counts as a change, as it does for the matrix. ok is false,
// and the counts 0, when there is no model to compare with.
func AuthorityPresetKept(a Assessment) (m Model, kept, total int, ok bool) {
	m, ok = AuthorityModel(a)
	if !ok {
		return Model{}, 0, 0, false
	}
	preset := AuthorityPreset(m.ID, a.Profile)
	for k, want := range preset {
		if got, set := a.Authority[k]; set && sameAuthority(got, want) {
			kept++
		}
	}
	return m, kept, len(preset), true
}

// sameAuthority reports whether x and y say the same: an empty and a
// nil list of roles to consult are the same.
func sameAuthority(x, y Authority) bool {
	return x.Accept == y.Accept && x.MaxMonths == y.MaxMonths && x.Escalate == y.Escalate &&
		slices.Equal(x.Consult, y.Consult)
}
