package assessment

import (
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// MatrixState is where the ownership matrix, or one domain of it, stands.
type MatrixState string

// The states, from least to most finished. Only MatrixPasses is a pass:
// an untouched matrix is not started, never "no problems".
const (
	// MatrixNotStarted: no row has a letter.
	MatrixNotStarted MatrixState = "not-started"
	// MatrixIncomplete: some rows have letters, others none yet.
	MatrixIncomplete MatrixState = "incomplete"
	// MatrixProblems: every row has letters, and at least one breaks a rule.
	MatrixProblems MatrixState = "problems"
	// MatrixPasses: every row has letters and passes every rule. That is
	// consistency, not approval: top management still has to assign and
	// communicate the roles (ISO/IEC 27001 5.3), which the tool cannot see.
	MatrixPasses MatrixState = "passes"
)

// Label is the state in a few words for people.
func (s MatrixState) Label() string {
	switch s {
	case MatrixNotStarted:
		return l10n.T("Not started")
	case MatrixIncomplete:
		return l10n.T("Incomplete")
	case MatrixProblems:
		return l10n.T("Complete, with problems")
	case MatrixPasses:
		return l10n.T("Complete, passes the tool's consistency checks")
	}
	return string(s)
}

// DomainStatus is the completeness and the problems of one domain.
type DomainStatus struct {
	Domain Domain
	// Needed is the number of rows that need a decision: every control of
	// the list. No Annex A control is exempt by default, because the tool
	// does not know the Statement of Applicability; a control the plants
	// inherit from corporate IT still needs the row that says so (the
	// corporate owner as A, the plant side informed or consulted).
	Needed int
	// Decided is the number of rows with at least one letter.
	Decided int
	// Passing is the number of decided rows with no problem.
	Passing int
	// Problems are the domain's problems, in control order.
	Problems []Problem
	// ProblemRows is the number of rows with at least one problem.
	ProblemRows int
	State       MatrixState
}

// Summary is one line for Results and the report, e.g. "Plant OT: 80 of
// 93 rows decided, 5 with problems".
func (d DomainStatus) Summary() string {
	switch {
	case d.State == MatrixNotStarted:
		return l10n.F("%s: not started (0 of %d rows decided)", DomainLabel(d.Domain), d.Needed)
	case d.ProblemRows > 0:
		return l10n.F("%s: %d of %d rows decided, %d with problems", DomainLabel(d.Domain), d.Decided, d.Needed, d.ProblemRows)
	case d.State == MatrixPasses:
		return l10n.F("%s: %d of %d rows decided, all pass", DomainLabel(d.Domain), d.Decided, d.Needed)
	}
	return l10n.F("%s: %d of %d rows decided", DomainLabel(d.Domain), d.Decided, d.Needed)
}

// MatrixStatus is the completeness and problems of the whole matrix, per
// domain and overall, for Results, the report and the findings.
type MatrixStatus struct {
	Domains                  []DomainStatus // in Domains order
	Needed, Decided, Passing int            // sums over the domains
	ProblemRows              int
	State                    MatrixState // overall: see stateOf
}

// Passes reports whether every row of every domain is decided and passes
// every rule.
func (s MatrixStatus) Passes() bool { return s.State == MatrixPasses }

// Problems returns the problems of every domain in Annex A order, then
// by domain (CompareKeys), the order in which findings list their rows.
func (s MatrixStatus) Problems() []Problem {
	var out []Problem
	for _, d := range s.Domains {
		out = append(out, d.Problems...)
	}
	order.Stable(out, func(a, b Problem) int { return CompareKeys(a.Key, b.Key) })
	return out
}

// Detail is one sentence with the figures, e.g. "120 of 279 rows decided:
// Corporate IT 10 of 93, Plant OT 80 of 93, Shared infrastructure 30 of 93."
func (s MatrixStatus) Detail() string {
	if len(s.Domains) == 0 {
		return l10n.F("%d of %d rows decided.", s.Decided, s.Needed)
	}
	parts := make([]string, len(s.Domains))
	for i, d := range s.Domains {
		parts[i] = l10n.F("%s %d of %d", DomainLabel(d.Domain), d.Decided, d.Needed)
	}
	return l10n.F("%d of %d rows decided: %s.", s.Decided, s.Needed, strings.Join(parts, ", "))
}

// MatrixStatusOf is MatrixStatusWith over the built-in controls.
func MatrixStatusOf(a Assessment) MatrixStatus { return MatrixStatusWith(a, Controls()) }

// MatrixStatusWith measures a's matrix over controls × Domains: per
// domain, how many rows are decided out of how many need a decision, how
// many pass, the problems (Checker.Row with a's profile and role names),
// and the state. A domain, and the matrix, passes only when every row is
// decided and none has a problem; a matrix with no letters is "not
// started", never a pass, whatever its empty rows do not report.
func MatrixStatusWith(a Assessment, controls []Control) MatrixStatus {
	ch := NewChecker(a)
	var s MatrixStatus
	for _, d := range Domains {
		ds := DomainStatus{Domain: d, Needed: len(controls)}
		for _, c := range controls {
			k := CellKey{c.ID, d}
			row := a.Matrix[k]
			ps := ch.Row(k, row, c)
			decided := !RowsEqual(row, nil)
			if decided {
				ds.Decided++
			}
			if len(ps) > 0 {
				ds.ProblemRows++
				ds.Problems = append(ds.Problems, ps...)
			} else if decided {
				ds.Passing++
			}
		}
		ds.State = stateOf(ds.Needed, ds.Decided, ds.ProblemRows)
		s.Needed += ds.Needed
		s.Decided += ds.Decided
		s.Passing += ds.Passing
		s.ProblemRows += ds.ProblemRows
		s.Domains = append(s.Domains, ds)
	}
	s.State = stateOf(s.Needed, s.Decided, s.ProblemRows)
	return s
}

// stateOf decides a state from the counts: nothing decided (or nothing to
// decide) is not started; anything undecided is incomplete, whatever the
// problems of the decided rows; complete with a problem row is problems;
// otherwise it passes.
func stateOf(needed, decided, problemRows int) MatrixState {
	switch {
	case decided == 0:
		return MatrixNotStarted
	case decided < needed:
		return MatrixIncomplete
	case problemRows > 0:
		return MatrixProblems
	}
	return MatrixPasses
}
