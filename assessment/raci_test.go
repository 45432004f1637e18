package assessment

import (
	"maps"
	"reflect"
	"slices"
	"testing"
)

func kinds(ps []Problem) []ProblemKind {
	var out []ProblemKind
	for _, p := range ps {
		out = append(out, p.Kind)
	}
	return out
}

func TestCheckRow(t *testing.T) {
	const (
		A = LetterAccountable
		R = LetterResponsible
		C = LetterConsulted
		I = LetterInformed
	)
	tests := []struct {
		name    string
		control string // from testControls: 5.3 low, 5.1 medium, 8.20 high
		domain  Domain
		row     RACI
		want    []ProblemKind
	}{
		{name: "EmptyITSilent", control: "8.20", domain: DomainIT},
		{name: "EmptyOTLowSilent", control: "5.3", domain: DomainOT},
		{name: "EmptyOTMediumSilent", control: "5.1", domain: DomainOT},
		{name: "EmptyOTHigh", control: "8.20", domain: DomainOT, want: []ProblemKind{ProblemUnassigned}},
		{name: "EmptySharedLowSilent", control: "5.3", domain: DomainShared},
		{name: "EmptySharedMedium", control: "5.1", domain: DomainShared, want: []ProblemKind{ProblemUnassigned}},
		{name: "EmptySharedHigh", control: "8.20", domain: DomainShared, want: []ProblemKind{ProblemUnassigned}},
		{name: "OnlyNoneLettersIsEmpty", control: "8.20", domain: DomainOT, row: RACI{RoleOT: LetterNone}, want: []ProblemKind{ProblemUnassigned}},
		{name: "GoodIT", control: "8.20", domain: DomainIT, row: RACI{RoleIT: A}},
		{name: "NoAccountable", control: "8.20", domain: DomainIT, row: RACI{RoleIT: R, RoleOT: C}, want: []ProblemKind{ProblemNoAccountable}},
		{name: "SeveralAccountable", control: "5.3", domain: DomainIT, row: RACI{RoleIT: A, RoleISMSOwner: A}, want: []ProblemKind{ProblemSeveralAccountable}},
		{name: "GoodOT", control: "8.20", domain: DomainOT, row: RACI{RoleISMSOwner: A, RoleOT: R}},
		{name: "OTOperationsR", control: "5.1", domain: DomainOT, row: RACI{RoleISMSOwner: A, RoleOperations: R}},
		{name: "OTNoResponsible", control: "5.1", domain: DomainOT, row: RACI{RoleOT: A, RoleQuality: C}, want: []ProblemKind{ProblemOTNoResponsible}},
		{name: "OTLowNeedsNoR", control: "5.3", domain: DomainOT, row: RACI{RoleOT: A}},
		{name: "OTBothProblems", control: "8.20", domain: DomainOT, row: RACI{RoleOT: I}, want: []ProblemKind{ProblemNoAccountable, ProblemOTNoResponsible}},
		{name: "OTSeveralAndNoR", control: "8.20", domain: DomainOT, row: RACI{RoleOT: A, RoleIT: A}, want: []ProblemKind{ProblemSeveralAccountable, ProblemOTNoResponsible}},
		{name: "SharedNoOwner", control: "5.3", domain: DomainShared, row: RACI{RoleIT: C, RoleOT: I}, want: []ProblemKind{ProblemSharedNoOwner}},
		{name: "SharedROnlyNoAccountable", control: "8.20", domain: DomainShared, row: RACI{RoleIT: R, RoleOT: R}, want: []ProblemKind{ProblemNoAccountable}},
		{name: "SharedGood", control: "8.20", domain: DomainShared, row: RACI{RoleISMSOwner: A, RoleIT: R, RoleOT: R}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := CellKey{tt.control, tt.domain}
			got := CheckRow(k, tt.row, testControl(t, tt.control))
			if !slices.Equal(kinds(got), tt.want) {
				t.Fatalf("CheckRow = %v, want %v", kinds(got), tt.want)
			}
			for _, p := range got {
				if p.Key != k || p.Message == "" {
					t.Errorf("problem %+v: want key %v and a message", p, k)
				}
			}
		})
	}
}

func TestCheckRowSeveralMessageNamesRoles(t *testing.T) {
	ps := CheckRow(CellKey{"5.3", DomainIT}, RACI{RoleOT: LetterAccountable, RoleIT: LetterAccountable, RoleExecutive: LetterAccountable}, testControl(t, "5.3"))
	want := "Executive sponsor, IT lead and OT / automation lead are all accountable (A). Keep exactly one A; the others can be R or C."
	if len(ps) != 1 || ps[0].Message != want {
		t.Fatalf("CheckRow = %+v, want message %q", ps, want)
	}
}

func TestCheckMatrixWith(t *testing.T) {
	controls := []Control{
		{ID: "5.10", Relevance: RelevanceHigh},
		{ID: "5.9", Relevance: RelevanceLow},
	}
	m := Matrix{
		{"5.9", DomainIT}:     {RoleIT: LetterResponsible},
		{"5.10", DomainIT}:    {RoleIT: LetterAccountable},
		{"5.10", DomainOT}:    {RoleOT: LetterAccountable},
		{"99.1", DomainOT}:    {RoleOT: LetterConsulted}, // outside the grid: ignored
		{"5.9", DomainShared}: {RoleIT: LetterAccountable},
	}
	got := CheckMatrixWith(m, controls)
	want := []Problem{
		{CellKey{"5.10", DomainOT}, ProblemOTNoResponsible, ""},
		{CellKey{"5.10", DomainShared}, ProblemUnassigned, ""},
		{CellKey{"5.9", DomainIT}, ProblemNoAccountable, ""},
	}
	if len(got) != len(want) {
		t.Fatalf("CheckMatrixWith = %+v, want %+v", got, want)
	}
	for i := range got {
		got[i].Message = ""
		if got[i] != want[i] {
			t.Errorf("problem %d = %+v, want %+v (controls order, then domain order)", i, got[i], want[i])
		}
	}
	if n := len(CheckMatrixWith(nil, nil)); n != 0 {
		t.Errorf("empty grid gave %d problems", n)
	}
}

func TestSetLetter(t *testing.T) {
	k := CellKey{"5.1", DomainOT}
	other := CellKey{"5.2", DomainIT}
	orig := Matrix{
		k:     {RoleOT: LetterResponsible},
		other: {RoleIT: LetterAccountable},
	}
	snapshot := Matrix{}
	for key, row := range orig {
		snapshot[key] = maps.Clone(row)
	}

	m1 := SetLetter(orig, k, RoleISMSOwner, LetterAccountable)
	if !reflect.DeepEqual(orig, snapshot) {
		t.Fatalf("SetLetter mutated its input: %v", orig)
	}
	if want := (RACI{RoleOT: LetterResponsible, RoleISMSOwner: LetterAccountable}); !reflect.DeepEqual(m1[k], want) {
		t.Errorf("row = %v, want %v", m1[k], want)
	}
	if reflect.ValueOf(m1[other]).Pointer() != reflect.ValueOf(orig[other]).Pointer() {
		t.Error("unchanged rows should be shared, not copied")
	}
	if reflect.ValueOf(m1[k]).Pointer() == reflect.ValueOf(orig[k]).Pointer() {
		t.Error("the changed row must be a new map")
	}

	m2 := SetLetter(m1, k, RoleOT, LetterNone)
	if want := (RACI{RoleISMSOwner: LetterAccountable}); !reflect.DeepEqual(m2[k], want) {
		t.Errorf("after clearing OT row = %v, want %v", m2[k], want)
	}
	if m1[k][RoleOT] != LetterResponsible {
		t.Error("clearing a letter mutated the previous matrix")
	}
	m3 := SetLetter(m2, k, RoleISMSOwner, LetterNone)
	if _, ok := m3[k]; ok {
		t.Errorf("an emptied row must be deleted, got %v", m3[k])
	}
	if len(m3) != 1 || len(m2) != 2 {
		t.Errorf("len(m3) = %d, len(m2) = %d, want 1 and 2", len(m3), len(m2))
	}

	m4 := SetLetter(nil, k, RoleOT, LetterInformed)
	if !reflect.DeepEqual(m4, Matrix{k: {RoleOT: LetterInformed}}) {
		t.Errorf("SetLetter on nil = %v", m4)
	}
	if m5 := SetLetter(nil, k, RoleOT, LetterNone); len(m5) != 0 {
		t.Errorf("clearing on nil = %v, want empty", m5)
	}
}

func TestCompareKeys(t *testing.T) {
	keys := []CellKey{
		{"8.1", DomainIT}, {"5.10", DomainShared}, {"5.9", DomainShared}, {"5.10", DomainIT},
		{"5.10", DomainOT}, {"x", DomainIT}, {"5", DomainIT}, {"5.10", "zzz"},
	}
	slices.SortFunc(keys, CompareKeys)
	want := []CellKey{
		{"5", DomainIT}, {"5.9", DomainShared}, {"5.10", DomainIT}, {"5.10", DomainOT},
		{"5.10", DomainShared}, {"5.10", "zzz"}, {"8.1", DomainIT}, {"x", DomainIT},
	}
	if !slices.Equal(keys, want) {
		t.Errorf("sorted = %v\nwant %v", keys, want)
	}
}

func TestRowsEqual(t *testing.T) {
	for _, tt := range []struct {
		a, b RACI
		want bool
	}{
		{nil, RACI{}, true},
		{nil, RACI{RoleIT: LetterNone}, true},
		{RACI{RoleIT: LetterAccountable}, RACI{RoleIT: LetterAccountable}, true},
		{RACI{RoleIT: LetterAccountable}, RACI{RoleIT: LetterResponsible}, false},
		{RACI{RoleIT: LetterAccountable}, RACI{RoleIT: LetterAccountable, RoleOT: LetterInformed}, false},
		{RACI{RoleIT: LetterAccountable, RoleOT: LetterInformed}, RACI{RoleIT: LetterAccountable}, false},
	} {
		if got := RowsEqual(tt.a, tt.b); got != tt.want {
			t.Errorf("RowsEqual(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
