package assessment

import (
	"maps"
	"reflect"
	"slices"
	"testing"
)

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
