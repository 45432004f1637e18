package assessment

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// ProblemKind classifies what is wrong with one row of the ownership matrix.
type ProblemKind string

// The problems CheckRow reports.
const (
	ProblemUnassigned         ProblemKind = "unassigned"
	ProblemNoAccountable      ProblemKind = "no-accountable"
	ProblemSeveralAccountable ProblemKind = "several-accountable"
	ProblemOTNoResponsible    ProblemKind = "ot-no-responsible"
	ProblemSharedNoOwner      ProblemKind = "shared-no-owner"
)

// Problem is one issue found in one matrix row.
type Problem struct {
	Key     CellKey
	Kind    ProblemKind
	Message string
}

// CheckRow checks one matrix row (control c in domain k.Domain). It is cheap
// enough to run on every edit. The rules:
//
//   - An empty row is "unassigned", but only where the gap matters: the OT
//     row of a high-relevance control, and the shared row of a medium- or
//     high-relevance control. Other empty rows are silent: IT rows follow the
//     corporate default and low-relevance OT rows inherit the corporate
//     control, so flagging them would bury the real gaps of a half-filled
//     matrix. An empty row reports nothing else.
//   - A row with letters must have exactly one A: none is "no-accountable",
//     more than one is "several-accountable".
//   - The OT row of a medium- or high-relevance control needs someone doing
//     the work (an R, ideally the OT lead or plant operations): a central
//     team cannot change a running process alone. Missing R is
//     "ot-no-responsible".
//   - A shared-infrastructure row with neither A nor R is "shared-no-owner"
//     (reported instead of "no-accountable", which it includes): DMZs, plant
//     domain controllers and remote-access paths are where each side assumes
//     the other is in charge.
func CheckRow(k CellKey, row RACI, c Control) []Problem {
	var accountable []Role
	responsible := false
	assigned := false
	// RACIRoles order keeps messages deterministic; roles outside it are
	// still counted (Validate rejects them, but the UI may be mid-edit).
	for _, r := range rowRoles(row) {
		switch row[r] {
		case LetterNone:
			continue
		case LetterAccountable:
			accountable = append(accountable, r)
		case LetterResponsible:
			responsible = true
		}
		assigned = true
	}

	if !assigned {
		if (k.Domain == DomainOT && c.Relevance >= RelevanceHigh) ||
			(k.Domain == DomainShared && c.Relevance >= RelevanceMedium) {
			return []Problem{{k, ProblemUnassigned, unassignedMessage(k.Domain)}}
		}
		return nil
	}

	var out []Problem
	sharedNoOwner := k.Domain == DomainShared && len(accountable) == 0 && !responsible
	switch {
	case sharedNoOwner:
		// Reported below as the more specific shared-no-owner.
	case len(accountable) == 0:
		out = append(out, Problem{k, ProblemNoAccountable,
			"Nobody is accountable (A). Exactly one role must answer for this control."})
	case len(accountable) > 1:
		out = append(out, Problem{k, ProblemSeveralAccountable,
			fmt.Sprintf("%s are all accountable (A). Keep exactly one A; the others can be R or C.", roleList(accountable))})
	}
	if k.Domain == DomainOT && c.Relevance >= RelevanceMedium && !responsible {
		out = append(out, Problem{k, ProblemOTNoResponsible,
			"Nobody is responsible (R) for doing this on the plant floor. Give the R to the OT lead or plant operations."})
	}
	if sharedNoOwner {
		out = append(out, Problem{k, ProblemSharedNoOwner,
			"Shared IT/OT infrastructure with no A and no R: each side will assume the other looks after it."})
	}
	return out
}

func unassignedMessage(d Domain) string {
	switch d {
	case DomainOT:
		return "Nobody is assigned on the plant floor, yet this control matters there."
	case DomainShared:
		return "Nobody is assigned for the shared IT/OT infrastructure."
	}
	return "Nobody is assigned."
}

// rowRoles returns the roles of row: RACIRoles order first, then any
// others sorted, so that iteration over the map is deterministic.
func rowRoles(row RACI) []Role {
	out := make([]Role, 0, len(row))
	for _, r := range RACIRoles {
		if _, ok := row[r]; ok {
			out = append(out, r)
		}
	}
	if len(out) == len(row) {
		return out
	}
	var extra []Role
	for r := range row {
		if !slices.Contains(RACIRoles, r) {
			extra = append(extra, r)
		}
	}
	slices.Sort(extra)
	return append(out, extra...)
}

func roleList(rs []Role) string {
	labels := make([]string, len(rs))
	for i, r := range rs {
		labels[i] = RoleLabel(r)
	}
	if len(labels) <= 1 {
		return strings.Join(labels, "")
	}
	return strings.Join(labels[:len(labels)-1], ", ") + " and " + labels[len(labels)-1]
}

// CheckMatrix checks every row of Controls() × Domains, in that order.
func CheckMatrix(m Matrix) []Problem { return CheckMatrixWith(m, Controls()) }

// CheckMatrixWith checks every row of controls × Domains, in that order.
// Rows of m outside that grid are ignored (Validate reports them).
func CheckMatrixWith(m Matrix, controls []Control) []Problem {
	var out []Problem
	for _, c := range controls {
		for _, d := range Domains {
			k := CellKey{c.ID, d}
			out = append(out, CheckRow(k, m[k], c)...)
		}
	}
	return out
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
