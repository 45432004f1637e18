package assessment

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The checks on an action's owner: the data protection officer is only to
// be reassigned; a function the started register names nobody for and an
// unusual owner are flagged each on its own line, both when both hold, and
// so is an owner the register records as vacant at some plants;
// an empty register flags no vacancy (a finding of its own says it is
// empty).
func TestOwnerChecks(t *testing.T) {
	named := map[Role]Holder{RoleIT: {Name: "I. Example"}, RoleISMSOwner: {Name: "S. Example"}}
	partly := map[Role]Holder{RoleIT: {Name: "I. Example"}, RoleSite: {Name: "G. Example (Plant 1); Plant 2 vacant"}}
	tests := []struct {
		name    string
		holders map[Role]Holder
		act     Action
		want    []OwnerCheckKind
	}{
		{"register empty, owner usual", nil, Action{Owner: RoleOT, Usual: RoleOT}, nil},
		{"register empty, owner unusual", nil, Action{Owner: RoleOT, Usual: RoleIT}, []OwnerCheckKind{OwnerUnusual}},
		{"register only deputies", map[Role]Holder{RoleIT: {Deputy: "D. Example"}}, Action{Owner: RoleOT, Usual: RoleOT}, nil},
		{"owner named", named, Action{Owner: RoleIT, Usual: RoleIT}, nil},
		{"owner vacant", named, Action{Owner: RoleOT, Usual: RoleOT}, []OwnerCheckKind{OwnerVacant}},
		{"added action, owner vacant", named, Action{Owner: RoleOT, Added: true}, []OwnerCheckKind{OwnerVacant}},
		{"DPO, vacant", named, Action{Owner: RoleDPO, Usual: RoleIT}, []OwnerCheckKind{OwnerAdvisesOnly}},
		{"DPO, register empty", nil, Action{Owner: RoleDPO, Usual: RoleIT}, []OwnerCheckKind{OwnerAdvisesOnly}},
		{"usual differs, owner named", named, Action{Owner: RoleIT, Usual: RoleOT}, []OwnerCheckKind{OwnerUnusual}},
		{"usual differs, owner vacant", named, Action{Owner: RoleOT, Usual: RoleIT}, []OwnerCheckKind{OwnerVacant, OwnerUnusual}},
		{"owner vacant in part", partly, Action{Owner: RoleSite, Usual: RoleSite}, []OwnerCheckKind{OwnerSaysVacant}},
		{"owner vacant in part, usual differs", partly, Action{Owner: RoleSite, Usual: RoleOT}, []OwnerCheckKind{OwnerSaysVacant, OwnerUnusual}},
		{"owner vacant in German", map[Role]Holder{RoleSite: {Name: "Werk 2 unbesetzt"}}, Action{Owner: RoleSite, Usual: RoleSite}, []OwnerCheckKind{OwnerSaysVacant}},
		{"DPO, vacant in part", map[Role]Holder{RoleDPO: {Name: "vacant"}}, Action{Owner: RoleDPO, Usual: RoleIT}, []OwnerCheckKind{OwnerAdvisesOnly}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Holders: tt.holders}
			var got []OwnerCheckKind
			for _, c := range a.OwnerChecks(tt.act) {
				got = append(got, c.Kind)
				assert.NotEmpty(t, c.Short)
				assert.NotEmpty(t, c.Full)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// The words of each check, as the plan, the report and the workbook
// show them.
func TestOwnerChecksText(t *testing.T) {
	a := Assessment{Holders: map[Role]Holder{RoleIT: {Name: "I. Example"}}}
	got := a.OwnerChecks(Action{Owner: RoleOT, Usual: RoleIT})
	if assert.Len(t, got, 2) {
		assert.Equal(t, "no holder named in the register", got[0].Short)
		assert.Equal(t, "The role register names nobody for this function: have the executive sponsor name a holder, or give the action to a function that has one.", got[0].Full)
		assert.Equal(t, "to be confirmed; usually: IT lead", got[1].Short)
		assert.Equal(t, "Usually done by: IT lead. Check that the function chosen here can do it, or change it.", got[1].Full)
	}
	a.Holders[RoleSite] = Holder{Name: "G. Example (Plant 1); Plant 2 vacant"}
	got = a.OwnerChecks(Action{Owner: RoleSite, Usual: RoleSite})
	if assert.Len(t, got, 1) {
		assert.Equal(t, "register entry says vacant", got[0].Short)
		assert.Equal(t, "The role register\u2019s entry for this function says it is vacant (\u201cG. Example (Plant 1); Plant 2 vacant\u201d): have the executive sponsor name a holder wherever it is, or give the action there to a function that has one.", got[0].Full)
	}
	// A first step that cannot wait does not wait for the appointment
	// (review 51: the isolation decision owned by an empty seat).
	const meanwhile = " Its first step cannot wait: wherever the function has no holder yet, the executive sponsor has it carried out meanwhile."
	got = a.OwnerChecks(Action{Owner: RoleSite, Usual: RoleSite, FirstStep: "First step: now"})
	if assert.Len(t, got, 1) {
		assert.True(t, strings.HasSuffix(got[0].Full, meanwhile), got[0].Full)
	}
	got = a.OwnerChecks(Action{Owner: RoleOT, Usual: RoleOT, FirstStep: "First step: now"})
	if assert.Len(t, got, 1) {
		assert.Equal(t, "The role register names nobody for this function: have the executive sponsor name a holder, or give the action to a function that has one."+meanwhile, got[0].Full)
	}
}

// The legend explains the labels shown, and only those, in a fixed order.
func TestOwnerCheckLegend(t *testing.T) {
	unusual := []OwnerCheck{{Kind: OwnerUnusual}}
	dpo := []OwnerCheck{{Kind: OwnerAdvisesOnly}}
	both := []OwnerCheck{{Kind: OwnerVacant}, {Kind: OwnerUnusual}}
	tests := []struct {
		name   string
		checks [][]OwnerCheck
		want   []string
		not    []string
	}{
		{"none", [][]OwnerCheck{nil, nil}, nil, []string{"To be confirmed", "To be reassigned", "No holder named"}},
		{"unusual only", [][]OwnerCheck{unusual}, []string{"\u201cTo be confirmed\u201d"}, []string{"To be reassigned", "No holder named"}},
		{"DPO only", [][]OwnerCheck{nil, dpo}, []string{"\u201cTo be reassigned\u201d"}, []string{"To be confirmed", "No holder named"}},
		{"all three", [][]OwnerCheck{dpo, both}, []string{"\u201cTo be confirmed\u201d", "\u201cTo be reassigned\u201d", "\u201cNo holder named\u201d"}, []string{"Register entry says vacant"}},
		{"entry says vacant", [][]OwnerCheck{{{Kind: OwnerSaysVacant}}}, []string{"\u201cRegister entry says vacant\u201d"}, []string{"No holder named", "To be confirmed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := OwnerCheckLegend(tt.checks...)
			if tt.want == nil {
				assert.Empty(t, got)
			}
			at := -1
			for _, w := range tt.want {
				i := strings.Index(got, w)
				assert.Greater(t, i, at, "%q in order in %q", w, got)
				at = i
			}
			for _, n := range tt.not {
				assert.NotContains(t, got, n)
			}
		})
	}
}

// TestOwnerOffMatrix: an action whose owner the matrix leaves out of
// every decided row of the controls its question cites, in the domains
// it applies to, is flagged with those rows and who is accountable there;
// an owner consulted on one of them, top management and the ISMS owner,
// and rows not yet decided flag nothing.
func TestOwnerOffMatrix(t *testing.T) {
	// CHG-04 applies to plant OT and cites Annex A 8.8 and 8.19.
	q, ok := QuestionByID("CHG-04")
	if !assert.True(t, ok) || !assert.Equal(t, AppliesOT, q.Applies) {
		return
	}
	matrix := func(owner Letter) Matrix {
		m := Matrix{
			{Control: "8.8", Domain: DomainOT}:     {RoleOT: LetterAccountableResponsible, RoleProcurement: owner},
			{Control: "8.8", Domain: DomainShared}: {RoleIT: LetterAccountableResponsible},
			// A corporate-IT row is no row of a plant-floor question.
			{Control: "8.8", Domain: DomainIT}: {RoleIT: LetterAccountableResponsible, RoleHR: LetterResponsible},
		}
		if owner == "" {
			delete(m[CellKey{Control: "8.8", Domain: DomainOT}], RoleProcurement)
		}
		return m
	}
	tests := []struct {
		name  string
		m     Matrix
		owner Role
		want  string // the check's Full text, "" for none
		short string
	}{
		{"owner left out", matrix(""), RoleProcurement,
			"The ownership matrix gives this function no R, A or C on 8.8 Plant OT, 8.8 Shared infrastructure (accountable there: OT / automation lead, IT lead): check that it can do the work, or bring the plan and the matrix into line.",
			"no R, A or C in the matrix on 8.8"},
		{"owner informed only", matrix(LetterInformed), RoleProcurement,
			"The ownership matrix gives this function no R, A or C on 8.8 Plant OT, 8.8 Shared infrastructure (accountable there: OT / automation lead, IT lead): check that it can do the work, or bring the plan and the matrix into line.",
			"no R, A or C in the matrix on 8.8"},
		{"owner consulted", matrix(LetterConsulted), RoleProcurement, "", ""},
		{"owner responsible on corporate IT only", matrix(""), RoleHR,
			"The ownership matrix gives this function no R, A or C on 8.8 Plant OT, 8.8 Shared infrastructure (accountable there: OT / automation lead, IT lead): check that it can do the work, or bring the plan and the matrix into line.",
			"no R, A or C in the matrix on 8.8"},
		{"ISMS owner", matrix(""), RoleISMSOwner, "", ""},
		{"top management", matrix(""), RoleExecutive, "", ""},
		{"rows not decided", Matrix{}, RoleProcurement, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Matrix: tt.m}
			var got []OwnerCheck
			for _, c := range a.OwnerChecks(Action{ID: "CHG-04", Question: "CHG-04", Owner: tt.owner, Usual: tt.owner}) {
				if c.Kind == OwnerOffMatrix {
					got = append(got, c)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			if assert.Len(t, got, 1) {
				assert.Equal(t, tt.want, got[0].Full)
				assert.Equal(t, tt.short, got[0].Short)
			}
		})
	}
	// An added action has no question, so no rows to check.
	a := Assessment{Matrix: matrix("")}
	assert.Empty(t, a.OwnerChecks(Action{ID: "ADD-1", Added: true, Owner: RoleProcurement}))
	assert.Contains(t, OwnerCheckLegend([]OwnerCheck{{Kind: OwnerOffMatrix}}), "\u201cNo R, A or C in the matrix\u201d")
}
