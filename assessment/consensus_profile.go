package assessment

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

// FieldChange marks one profile field of a consensus as changed after
// the consensus was stored (see MarkChangesAfterSession). The field's
// value then is in Assessment.SessionProfile.
type FieldChange struct {
	// ChangedOn is the day (YYYY-MM-DD) of the last change, and
	// ChangeReason why it was changed, as the assessor wrote it, as for
	// an answer (Agreement.ChangedOn and ChangeReason).
	ChangedOn    string `json:"changedOn,omitempty"`
	ChangeReason string `json:"changeReason,omitempty"`
}

// ProfileChangedFields returns the profile fields of a consensus changed
// after it was stored, in profile order: those that ProfileChanges marks.
func (a Assessment) ProfileChangedFields() []ProfileField { return MarkedFields(a.ProfileChanges) }

// MarkedFields returns the profile fields that marks holds, in profile
// order and labelled in the current language.
func MarkedFields(marks map[string]FieldChange) []ProfileField {
	if len(marks) == 0 {
		return nil
	}
	var out []ProfileField
	for _, f := range ProfileFields() {
		if _, ok := marks[f.Key]; ok {
			out = append(out, f)
		}
	}
	return out
}

// markProfileChanges is MarkChangesAfterSession for the profile: after,
// an edit of the consensus before, gains a mark on each field the edit
// changed. The first change keeps the stored profile whole in
// SessionProfile; a field changed back to its stored value loses its
// mark, and with the last mark SessionProfile goes.
func markProfileChanges(before, after Assessment, day string) Assessment {
	var marks map[string]FieldChange
	for _, f := range profileFields {
		if f.Equal(&before.Profile, &after.Profile) {
			continue
		}
		if marks == nil {
			marks = maps.Clone(after.ProfileChanges)
			if marks == nil {
				marks = map[string]FieldChange{}
			}
		}
		if after.SessionProfile == nil {
			stored := before.Profile
			after.SessionProfile = &stored
		}
		if f.Equal(after.SessionProfile, &after.Profile) {
			delete(marks, f.Key)
			continue
		}
		c := marks[f.Key]
		c.ChangedOn = day
		marks[f.Key] = c
	}
	if marks == nil {
		return after
	}
	after.ProfileChanges = marks
	if len(marks) == 0 {
		after.ProfileChanges, after.SessionProfile = nil, nil
	}
	return after
}

// keepProfileChanges is KeepChangesAfterSession for the profile: the
// stored record's marks and stored profile stay on imported unless the
// file has its own. A kept mark on a field the file holds at its stored
// value again is removed by markProfileChanges, which runs next: that
// field differs between the stored record and the file.
func keepProfileChanges(stored, imported Assessment) Assessment {
	if stored.SessionProfile == nil {
		return imported
	}
	if imported.SessionProfile == nil {
		sp := *stored.SessionProfile
		imported.SessionProfile = &sp
	}
	marks := maps.Clone(imported.ProfileChanges)
	for key, c := range stored.ProfileChanges {
		if _, ok := marks[key]; !ok {
			if marks == nil {
				marks = map[string]FieldChange{}
			}
			marks[key] = c
		}
	}
	imported.ProfileChanges = marks
	return imported
}

// validateProfileChanges checks the marks of profile fields changed after
// the consensus was stored: only on a consensus, with the stored profile,
// each on a known field that differs from it, with a valid day and a
// reason within the limit.
func validateProfileChanges(a Assessment) error {
	if a.SessionProfile == nil {
		if len(a.ProfileChanges) > 0 {
			return errors.New("profileChanges: marks without the profile as stored (sessionProfile)")
		}
		return nil
	}
	if !a.IsConsensus() {
		return errors.New("sessionProfile: only a consensus assessment records changes after its session")
	}
	if len(a.ProfileChanges) == 0 {
		return errors.New("sessionProfile: the profile as stored without any field marked as changed")
	}
	if err := validateProfile(*a.SessionProfile); err != nil {
		return fmt.Errorf("sessionProfile: %w", err)
	}
	for _, key := range slices.Sorted(maps.Keys(a.ProfileChanges)) {
		c := a.ProfileChanges[key]
		f, ok := ProfileFieldByKey(key)
		if !ok {
			return fmt.Errorf("profileChanges %q: unknown profile field", key)
		}
		if f.Equal(a.SessionProfile, &a.Profile) {
			return fmt.Errorf("profileChanges %q: marked as changed, but it holds the value it had when the consensus was stored", key)
		}
		if err := maxLen("profileChanges "+key+" change reason", c.ChangeReason, MaxTextLen); err != nil {
			return err
		}
		if c.ChangedOn != "" {
			if err := validDate("profileChanges "+key+" changedOn", c.ChangedOn); err != nil {
				return err
			}
		}
	}
	return nil
}

// sanitisedProfileChanges returns the stored profile and the marks of a
// for Sanitise: without the names and reasons, and without the marks of
// fields that, names removed, no longer differ.
func sanitisedProfileChanges(a Assessment) (*Profile, map[string]FieldChange) {
	if a.SessionProfile == nil {
		return nil, nil
	}
	sp := *a.SessionProfile
	sp.Assessor, sp.Respondent = "", ""
	now := a.Profile
	now.Assessor, now.Respondent = "", ""
	marks := map[string]FieldChange{}
	for key, c := range a.ProfileChanges {
		if f, ok := ProfileFieldByKey(key); ok && !f.Equal(&sp, &now) {
			marks[key] = FieldChange{ChangedOn: c.ChangedOn}
		}
	}
	if len(marks) == 0 {
		return nil, nil
	}
	return &sp, marks
}

// ProfileChangeEffect returns, for a consensus whose profile was changed
// after it was stored, the questions asked under the profile now that
// were not asked under the profile as stored (added: the session did not
// answer them as part of its scope), and those asked then and no longer
// asked (dropped), in bank order. Both are nil when the profile is as
// stored.
func (a Assessment) ProfileChangeEffect() (added, dropped []Question) {
	if a.SessionProfile == nil {
		return nil, nil
	}
	then := a
	then.Profile = *a.SessionProfile
	for _, q := range Questions() {
		now, before := SkipReason(q, a) == "", SkipReason(q, then) == ""
		switch {
		case now && !before:
			added = append(added, q)
		case before && !now:
			dropped = append(dropped, q)
		}
	}
	return added, dropped
}
