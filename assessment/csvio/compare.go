package csvio

import (
	"github.com/isms-tools/ownership-assessment/assessment"
)

// Changes summarises what importing a record would change, for the import
// preview.
type Changes struct {
	New               bool     // no record with this ID exists yet
	Profile           []string // JSON names of the profile fields that differ, in export order
	AnswersChanged    int      // questions answered in both whose answer differs
	AnswersAdded      int      // questions answered only in the imported record
	AnswersRemoved    int      // questions answered only in the existing record
	MatrixRowsChanged int      // matrix rows (control and domain) whose letters differ, including rows added or emptied
	RoleNamesChanged  int      // matrix roles whose own name differs (a name added, changed or dropped)
	ActionsChanged    int      // actions of the plan whose assessor's changes differ (added, edited, dropped or restored)
	HoldersChanged    int      // roles of the role register whose holder, deputy or confirmation differs
	AuthorityChanged  int      // rows of the risk-acceptance authority table that differ
	NameChanged       bool
}

// Compare reports how imported differs from old, the record with the same
// ID already stored. When old is nil, New is true and the rest compares
// imported with an empty record: AnswersAdded counts its answers,
// MatrixRowsChanged its assigned rows, Profile its filled-in fields.
//
// A zero Answer and an empty RACI count as absent, as they do in the file.
func Compare(old *assessment.Assessment, imported assessment.Assessment) Changes {
	var c Changes
	var o assessment.Assessment
	if old == nil {
		c.New = true
	} else {
		o = *old
	}
	c.NameChanged = o.Name != imported.Name
	for _, f := range assessment.ProfileFields() {
		ov, _ := profileValue(f, &o.Profile)
		nv, _ := profileValue(f, &imported.Profile)
		if ov != nv {
			c.Profile = append(c.Profile, f.Key)
		}
	}
	for id, na := range imported.Answers {
		if na.IsZero() {
			continue
		}
		oa, ok := o.Answers[id]
		switch {
		case !ok || oa.IsZero():
			c.AnswersAdded++
		case oa != na:
			c.AnswersChanged++
		}
	}
	for id, oa := range o.Answers {
		if na := imported.Answers[id]; !oa.IsZero() && na.IsZero() {
			c.AnswersRemoved++
		}
	}
	// Row by row without building sets: the preview of every import runs
	// this over all 279 rows, and wasm feels each allocation.
	for k, or := range o.Matrix {
		if !sameLetters(or, imported.Matrix[k]) {
			c.MatrixRowsChanged++
		}
	}
	for k, nr := range imported.Matrix {
		if _, ok := o.Matrix[k]; !ok && !sameLetters(nil, nr) {
			c.MatrixRowsChanged++
		}
	}
	for _, r := range assessment.RACIRoles {
		if o.RoleNames[r] != imported.RoleNames[r] {
			c.RoleNamesChanged++
		}
	}
	for _, r := range assessment.RACIRoles {
		if o.Holders[r] != imported.Holders[r] {
			c.HoldersChanged++
		}
	}
	for _, l := range assessment.RiskLevels {
		for _, ctx := range assessment.RiskContexts {
			k := assessment.AuthorityKey{Level: l, Context: ctx}
			if !sameAuthority(o.Authority[k], imported.Authority[k]) {
				c.AuthorityChanged++
			}
		}
	}
	for id, ne := range imported.Plan {
		if oe, ok := o.Plan[id]; !ok || oe != ne {
			c.ActionsChanged++
		}
	}
	for id := range o.Plan {
		if _, ok := imported.Plan[id]; !ok {
			c.ActionsChanged++
		}
	}
	return c
}

// sameAuthority reports whether two authority rows say the same; a nil
// and an empty Consult are alike.
func sameAuthority(a, b assessment.Authority) bool {
	if a.Accept != b.Accept || a.MaxMonths != b.MaxMonths || a.Escalate != b.Escalate || len(a.Consult) != len(b.Consult) {
		return false
	}
	for i := range a.Consult {
		if a.Consult[i] != b.Consult[i] {
			return false
		}
	}
	return true
}

// sameLetters reports whether a and b assign the same letters, where an
// empty letter counts as no letter.
func sameLetters(a, b assessment.RACI) bool {
	for role, l := range a {
		if l != assessment.LetterNone && b[role] != l {
			return false
		}
	}
	for role, l := range b {
		if l != assessment.LetterNone && a[role] != l {
			return false
		}
	}
	return true
}
