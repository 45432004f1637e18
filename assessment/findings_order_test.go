package assessment

import (
	"cmp"
	"testing"
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
