package csvio

// These tests pin assessment.CompareControlIDs and the matrix key order of
// assessment.Validate, which every Export and Import runs: they were made
// allocation-free for BenchmarkExport and must order exactly as before.
// (They live here because this change was limited to the sorting helpers
// of package assessment; they can move to assessment/raci_test.go.)

import (
	"cmp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// oldCompareControlIDs is the implementation CompareControlIDs replaced,
// with its numeric subtraction (which could overflow) written as
// cmp.Compare, which is what it meant.
func oldCompareControlIDs(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		switch {
		case ea == nil && eb == nil:
			if na != nb {
				return cmp.Compare(na, nb)
			}
		case ea == nil:
			return -1
		case eb == nil:
			return 1
		default:
			if c := strings.Compare(pa[i], pb[i]); c != 0 {
				return c
			}
		}
	}
	return len(pa) - len(pb)
}

func sign(n int) int { return cmp.Compare(n, 0) }

func TestCompareControlIDsAsBefore(t *testing.T) {
	ids := []string{
		"", "5", "5.", ".5", "5.1", "5.9", "5.10", "5.010", "05.1", "+5.1", "-5.1", "5.-0", "5.-00",
		"A.5.1", "a.5.1", "5.1.1", "8.34", "x", "5.x", "5.1x", "+", "-", "1_0",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"5.99999999999999999999", "5.-99999999999999999999",
	}
	for _, c := range assessment.Controls() {
		ids = append(ids, c.ID)
	}
	// Every string of up to three characters over the bytes that matter.
	alphabet := []string{"0", "1", "9", ".", "-", "+", "x"}
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		ids = append(ids, prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+c, n-1)
		}
	}
	gen("", 3)
	for _, a := range ids {
		for _, b := range ids {
			if got, want := sign(assessment.CompareControlIDs(a, b)), sign(oldCompareControlIDs(a, b)); got != want {
				t.Fatalf("CompareControlIDs(%q, %q) has sign %d, was %d", a, b, got, want)
			}
		}
	}
}

func TestCompareControlIDsDoesNotAllocate(t *testing.T) {
	for _, p := range [][2]string{{"5.9", "5.10"}, {"8.34", "8.34"}, {"5.x", "5.1"}, {"A.5.1", "a.5.1"}, {"99999999999999999999", "1"}} {
		if n := testing.AllocsPerRun(100, func() { assessment.CompareControlIDs(p[0], p[1]) }); n != 0 {
			t.Errorf("CompareControlIDs(%q, %q) allocates %.0f times", p[0], p[1], n)
		}
	}
}

// TestValidateKeyOrderTies checks the tie-break of Validate's sorted matrix
// keys through the row it reports first: keys CompareKeys cannot tell apart
// are ordered by their text, control first, as "5.01/it" < "5.1/it" was.
func TestValidateKeyOrderTies(t *testing.T) {
	for _, tc := range []struct {
		keys []assessment.CellKey
		want string
	}{
		{[]assessment.CellKey{{Control: "5.1", Domain: "it"}, {Control: "5.01", Domain: "it"}}, `matrix row "5.01/it": unknown control`},
		{[]assessment.CellKey{{Control: "5.1", Domain: "zz"}, {Control: "5.1", Domain: "aa"}}, `matrix row "5.1/aa": unknown domain "aa"`},
		{[]assessment.CellKey{{Control: "5.-00", Domain: "it"}, {Control: "5.-0", Domain: "it"}}, `matrix row "5.-0/it": unknown control`},
	} {
		for range 20 { // map order varies: every run must report the same row
			a := assessment.New("x", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
			for _, k := range tc.keys {
				a.Matrix[k] = assessment.RACI{assessment.RoleIT: assessment.LetterAccountable}
			}
			if err := assessment.Validate(a); err == nil || err.Error() != tc.want {
				t.Fatalf("Validate = %v, want %s", err, tc.want)
			}
		}
	}
}
