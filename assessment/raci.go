package assessment

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// roleOrder returns the roles m holds: RACIRoles order first, then any
// others sorted, so that iteration over a map keyed by role (a matrix row,
// the role register) is deterministic.
func roleOrder[M ~map[Role]V, V any](m M) []Role {
	out := make([]Role, 0, len(m))
	for _, r := range RACIRoles {
		if _, ok := m[r]; ok {
			out = append(out, r)
		}
	}
	if len(out) == len(m) {
		return out
	}
	var extra []Role
	for r := range m {
		if !slices.Contains(RACIRoles, r) {
			extra = append(extra, r)
		}
	}
	slices.Sort(extra)
	return append(out, extra...)
}

// SetLetter returns m with role r of row k set to l. The input is never
// modified: the result is a new top-level map that shares every row except
// row k, which is a fresh copy. LetterNone removes the role, and a row left
// empty is removed, so that "never assigned" and "cleared" look the same.
func SetLetter(m Matrix, k CellKey, r Role, l Letter) Matrix {
	out := make(Matrix, len(m)+1)
	maps.Copy(out, m)
	row := maps.Clone(m[k])
	if row == nil {
		row = RACI{}
	}
	if l == LetterNone {
		delete(row, r)
	} else {
		row[r] = l
	}
	if len(row) == 0 {
		delete(out, k)
	} else {
		out[k] = row
	}
	return out
}

// RowsEqual reports whether two rows hold the same letters; roles mapped to
// LetterNone count as absent.
func RowsEqual(a, b RACI) bool {
	for r, l := range a {
		if l != LetterNone && b[r] != l {
			return false
		}
	}
	for r, l := range b {
		if l != LetterNone && a[r] != l {
			return false
		}
	}
	return true
}

// CompareKeys orders matrix keys by Annex A number (numerically, so 5.9
// comes before 5.10) and then by domain in Domains order. It needs no control
// list, so any matrix can be listed in a stable order.
func CompareKeys(a, b CellKey) int {
	if c := CompareControlIDs(a.Control, b.Control); c != 0 {
		return c
	}
	return domainIndex(a.Domain) - domainIndex(b.Domain)
}

// CompareControlIDs compares Annex A numbers such as "5.9" and "5.10"
// numerically, part by part; non-numeric parts compare as text, after the
// numeric ones. A part is numeric when strconv.Atoi would accept it. The
// result is negative, zero or positive, like strings.Compare.
//
// It runs inside the sort of every Validate (so on every CSV export and
// import), which is why it walks the parts in place instead of splitting
// the strings: it does not allocate.
func CompareControlIDs(a, b string) int {
	for {
		pa, ra, moreA := strings.Cut(a, ".")
		pb, rb, moreB := strings.Cut(b, ".")
		na, okA := atoiPart(pa)
		nb, okB := atoiPart(pb)
		switch {
		case okA && okB:
			if c := cmp.Compare(na, nb); c != 0 {
				return c
			}
		case okA:
			return -1
		case okB:
			return 1
		default:
			if c := strings.Compare(pa, pb); c != 0 {
				return c
			}
		}
		switch {
		case moreA && moreB:
			a, b = ra, rb
		case moreA: // a has more parts: the longer ID sorts last
			return 1
		case moreB:
			return -1
		default:
			return 0
		}
	}
}

// atoiPart is strconv.Atoi without the error value, whose construction
// allocates: an optional sign, then one or more ASCII digits, within the
// range of int.
func atoiPart(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	limit := uint64(math.MaxInt)
	if neg {
		limit++ // -MinInt is one more than MaxInt
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := uint64(s[i] - '0')
		if d > 9 || n > (limit-d)/10 {
			return 0, false
		}
		n = n*10 + d
	}
	if neg {
		return int(-n), true // wraps to math.MinInt for n = limit, as intended
	}
	return int(n), true
}

func domainIndex(d Domain) int {
	if i := slices.Index(Domains, d); i >= 0 {
		return i
	}
	return len(Domains)
}

// sortedKeys returns the keys of m in CompareKeys order.
func sortedKeys(m Matrix) []CellKey {
	keys := slices.Collect(maps.Keys(m))
	order.Stable(keys, func(a, b CellKey) int {
		if c := CompareKeys(a, b); c != 0 {
			return c
		}
		// Keys equal for CompareKeys ("5.01" and "5.1", or two unknown
		// domains) fall back to their text. Comparing control, then domain,
		// orders exactly as comparing k.String() did (when one control is a
		// prefix of the other, the rest is digits, which sort after the "/")
		// without building two strings per comparison.
		if c := strings.Compare(a.Control, b.Control); c != 0 {
			return c
		}
		return strings.Compare(string(a.Domain), string(b.Domain))
	})
	return keys
}
