package csvio

import (
	"maps"

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
	op, np := profileValues(o.Profile), profileValues(imported.Profile)
	for i, it := range profileItems {
		if op[i] != np[i] {
			c.Profile = append(c.Profile, it.id)
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
	keys := map[assessment.CellKey]bool{}
	for k := range o.Matrix {
		keys[k] = true
	}
	for k := range imported.Matrix {
		keys[k] = true
	}
	for k := range keys {
		if !maps.Equal(assigned(o.Matrix[k]), assigned(imported.Matrix[k])) {
			c.MatrixRowsChanged++
		}
	}
	return c
}

// assigned returns r without empty letters.
func assigned(r assessment.RACI) assessment.RACI {
	out := assessment.RACI{}
	for role, l := range r {
		if l != assessment.LetterNone {
			out[role] = l
		}
	}
	return out
}

// profileValues returns the stored form of each profile field in
// profileItems order.
func profileValues(p assessment.Profile) []string {
	return []string{
		p.Organisation, p.Site, p.Sector,
		formatBool(p.Validated), formatBool(p.SafetyCritical), itoa(p.Plants), formatBool(p.CentralRisk),
		p.Connectivity, p.Assessor, p.Respondent, string(p.RespondentRole), p.Date,
	}
}
