package assessment

import (
	"cmp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// FindingsWith returns findings in table order without sorting them, so
// the table itself must be most severe first, then by ID.
func TestFindingRulesOrder(t *testing.T) {
	rank := func(s Severity) int { return s.Rank() }
	for i := 1; i < len(findingRules); i++ {
		a, b := findingRules[i-1], findingRules[i]
		if cmp.Or(cmp.Compare(rank(a.severity), rank(b.severity)), cmp.Compare(a.id, b.id)) >= 0 {
			t.Errorf("finding %s is listed before %s", a.id, b.id)
		}
	}
}

// TestByPlanOrder: most severe first; within a severity, the finding the
// plan tackles first leads, one worked on through its Related question
// counts as that action's, and findings no action works on come last in
// ID order. The input is left as it was.
func TestByPlanOrder(t *testing.T) {
	fs := []Finding{
		{ID: "a-high", Severity: SeverityHigh, Questions: []string{"Q1"}},
		{ID: "b-high", Severity: SeverityHigh, Questions: []string{"Q2"}},
		{ID: "c-high-matrix", Severity: SeverityHigh},
		{ID: "d-high-related", Severity: SeverityHigh, Related: "Q4"},
		{ID: "m-medium", Severity: SeverityMedium, Questions: []string{"Q0"}},
		{ID: "z-critical", Severity: SeverityCritical, Questions: []string{"Q3"}},
	}
	acts := []Action{{Question: "Q0"}, {Question: "Q3"}, {Question: "Q4"}, {Question: "Q2"}, {Question: "Q1"}, {ID: "ADD-1", Added: true}}
	var ids []string
	for _, f := range ByPlanOrder(fs, acts) {
		ids = append(ids, f.ID)
	}
	assert.Equal(t, []string{"z-critical", "d-high-related", "b-high", "a-high", "c-high-matrix", "m-medium"}, ids)
	assert.Equal(t, "a-high", fs[0].ID, "the input keeps its order")
	assert.Equal(t, fs[:3], ByPlanOrder(fs[:3], nil)[:3], "without a plan, severity then the given order")

	// A gap that rests only on "unknown" answers is still to be
	// established: it follows the confirmed gaps of its severity, even
	// where its action comes first in the plan, and precedes none of a
	// lower severity.
	fs = []Finding{
		{ID: "u-critical", Severity: SeverityCritical, Questions: []string{"Q1"}, Unconfirmed: true},
		{ID: "v-critical", Severity: SeverityCritical, Questions: []string{"Q2"}},
		{ID: "w-high", Severity: SeverityHigh, Questions: []string{"Q3"}},
	}
	ids = nil
	for _, f := range ByPlanOrder(fs, []Action{{Question: "Q1"}, {Question: "Q3"}, {Question: "Q2"}}) {
		ids = append(ids, f.ID)
	}
	assert.Equal(t, []string{"v-critical", "u-critical", "w-high"}, ids)
}
