package csvio

import (
	"reflect"
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
)

func TestCompare(t *testing.T) {
	base := sample()
	qs := assessment.Questions()
	cs := assessment.Controls()
	for _, tc := range []struct {
		name   string
		old    *assessment.Assessment
		change func(a *assessment.Assessment)
		want   Changes
	}{
		{"identical", &base, nil, Changes{}},
		{"new", nil, func(a *assessment.Assessment) {
			*a = assessment.Assessment{Schema: 2, ID: "n", Name: "N",
				Profile: assessment.Profile{Site: "S", Plants: 2},
				Answers: map[string]assessment.Answer{qs[0].ID: {Rating: "1"}, qs[1].ID: {}},
				Matrix:  assessment.Matrix{{Control: cs[0].ID, Domain: "it"}: {"hr": "A"}, {Control: cs[0].ID, Domain: "ot"}: {}},
			}
		}, Changes{New: true, NameChanged: true, Profile: []string{"site", "plants"}, AnswersAdded: 1, MatrixRowsChanged: 1}},
		{"edits", &base, func(a *assessment.Assessment) {
			a.Name += "!"
			a.Profile.Validated = false
			a.Profile.Date = "2026-03-02"
			a.Profile.RespondentRole = assessment.RoleIT
			ans := a.Answers[qs[0].ID]
			ans.Note += " more"
			a.Answers[qs[0].ID] = ans
			ans = a.Answers[qs[1].ID]
			ans.Target = "2027-01-01"
			a.Answers[qs[1].ID] = ans
			delete(a.Answers, qs[2].ID)
			a.Answers[qs[3].ID] = assessment.Answer{} // zero counts as absent: removed
			k := assessment.CellKey{Control: cs[0].ID, Domain: "it"}
			a.Matrix[k] = assessment.RACI{"hr": "R", "executive": "A"}
			delete(a.Matrix, assessment.CellKey{Control: cs[0].ID, Domain: "ot"})
			a.Matrix[assessment.CellKey{Control: cs[0].ID, Domain: "shared"}] = assessment.RACI{}
		}, Changes{NameChanged: true, Profile: []string{"validated", "respondentRole", "date"}, AnswersChanged: 2, AnswersRemoved: 2, MatrixRowsChanged: 3}},
		{"plan changes", &base, func(a *assessment.Assessment) {
			a.Plan = map[string]assessment.PlanEntry{qs[0].ID: {Status: assessment.StatusDone}, "ADD-1": {Text: "Extra."}}
		}, Changes{ActionsChanged: 2}},
		{"a letter only in the stored row", &base, func(a *assessment.Assessment) {
			k := assessment.CellKey{Control: cs[1].ID, Domain: "ot"}
			r := assessment.RACI{}
			for role, l := range base.Matrix[k] {
				r[role] = l
			}
			for role, l := range r {
				if l != assessment.LetterNone {
					delete(r, role)
					break
				}
			}
			a.Matrix[k] = r
		}, Changes{MatrixRowsChanged: 1}},
		{"a row only in the file, with letters", &base, func(a *assessment.Assessment) {
			a.Matrix[assessment.CellKey{Control: "9.99", Domain: "it"}] = assessment.RACI{"hr": "I", "legal": ""}
		}, Changes{MatrixRowsChanged: 1}},
		{"a row only in the file, all empty", &base, func(a *assessment.Assessment) {
			a.Matrix[assessment.CellKey{Control: "9.99", Domain: "it"}] = assessment.RACI{"legal": ""}
		}, Changes{}},
		{"role names added, changed and dropped", &base, func(a *assessment.Assessment) {
			a.RoleNames = map[assessment.Role]string{
				assessment.RoleOT:  "Head of Automation",
				assessment.RoleDPO: "Datenschutzbeauftragte",
			}
		}, Changes{RoleNamesChanged: 4}},
		{"role register and authority table", &base, func(a *assessment.Assessment) {
			a.Holders = map[assessment.Role]assessment.Holder{assessment.RoleOT: {Name: "Max Muster"}, assessment.RoleIT: {Name: "Ann Lee"}}
			a.Authority = map[assessment.AuthorityKey]assessment.Authority{
				{Level: assessment.RiskLow, Context: assessment.ContextIT}:  {Accept: assessment.RoleIT, Consult: []assessment.Role{}},
				{Level: assessment.RiskHigh, Context: assessment.ContextOT}: {Accept: assessment.RoleISMSOwner},
			}
		}, Changes{HoldersChanged: 2, AuthorityChanged: 2}},
		{"only empty letters differ", &base, func(a *assessment.Assessment) {
			k := assessment.CellKey{Control: cs[0].ID, Domain: "it"}
			r := assessment.RACI{"hr": ""}
			for role, l := range base.Matrix[k] {
				r[role] = l
			}
			a.Matrix[k] = r
		}, Changes{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			imported := clone(base)
			if tc.change != nil {
				tc.change(&imported)
			}
			var old *assessment.Assessment
			if tc.old != nil {
				o := clone(*tc.old)
				old = &o
			}
			if got := Compare(old, imported); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Compare = %+v\nwant      %+v", got, tc.want)
			}
		})
	}
}
