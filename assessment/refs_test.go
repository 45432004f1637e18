package assessment

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceDir finds ../shared/reference: from the module root in
// /work/main, or from a worktree elsewhere through a parent directory
// holding shared/, or at /work/shared/reference. The files are read, never
// copied into the repository.
func referenceDir(t *testing.T) string {
	t.Helper()
	return filepath.Dir(findReference(t))
}

// referenceIDs reads the first column of a reference list, header removed.
func referenceIDs(t *testing.T, name string) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join(referenceDir(t), name))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 1, "%s has no rows", name)
	ids := map[string]bool{}
	for _, r := range rows[1:] {
		ids[strings.TrimSpace(r[0])] = true
	}
	return ids
}

// TestReferencesExist checks every reference of every question against the
// reference list of its kind.
func TestReferencesExist(t *testing.T) {
	lists := map[RefKind]map[string]bool{
		RefClause: referenceIDs(t, "iso27001-2022-clauses.csv"),
		RefAnnexA: referenceIDs(t, "iso27001-2022-annexA.csv"),
		RefSPE:    referenceIDs(t, "iec62443-2-1-2024-spe.csv"),
		RefNIS2:   referenceIDs(t, "nis2-articles.csv"),
	}
	for _, q := range Questions() {
		t.Run(q.ID, func(t *testing.T) {
			require.NotEmpty(t, q.Refs, "every question cites what it rests on")
			seen := map[Ref]bool{}
			iso := false
			for _, r := range q.Refs {
				list, ok := lists[r.Kind]
				if !assert.True(t, ok, "%v: unknown kind", r) {
					continue
				}
				assert.True(t, list[r.ID], "%s is not in the %s reference list", r, r.Kind)
				assert.False(t, seen[r], "%s cited twice", r)
				seen[r] = true
				iso = iso || r.Kind == RefClause || r.Kind == RefAnnexA
			}
			assert.True(t, iso, "cites no ISO/IEC 27001 clause or Annex A control")
			if q.When == WhenNIS2 {
				assert.True(t, slices.ContainsFunc(q.Refs, func(r Ref) bool { return r.Kind == RefNIS2 }), "a NIS2 question cites its article")
			}
		})
	}
}

// sameSeedAndRefs lists pairs of questions allowed to share both their
// design point and their reference set, with the reason. Empty: none do.
var sameSeedAndRefs = map[[2]string]string{}

// TestNoTwoQuestionsAlike checks that no two questions trace to the same
// design point with the same references unless sameSeedAndRefs says why:
// two such questions are likely to ask the same thing twice.
func TestNoTwoQuestionsAlike(t *testing.T) {
	key := func(q Question) string {
		var parts []string
		for _, r := range q.Refs {
			parts = append(parts, r.String())
		}
		slices.Sort(parts)
		return q.Seed + "|" + strings.Join(parts, ";")
	}
	first := map[string]string{}
	for _, q := range Questions() {
		k := key(q)
		if other, ok := first[k]; ok {
			if _, documented := sameSeedAndRefs[[2]string{other, q.ID}]; !documented {
				t.Errorf("%s and %s share the design point and the references %q; merge them, cite what sets them apart, or document why in sameSeedAndRefs", other, q.ID, k)
			}
			continue
		}
		first[k] = q.ID
	}
	for pair, reason := range sameSeedAndRefs {
		assert.NotEmpty(t, reason, "%v: a documented exception needs its reason", pair)
	}
}

func TestRefString(t *testing.T) {
	for _, tt := range []struct {
		Ref  Ref
		Want string
	}{
		{clause("6.1.3"), "ISO 27001 6.1.3"},
		{annexA("5.3"), "Annex A 5.3"},
		{spe(1), "IEC 62443-2-1 SPE 1"},
		{nis2("20(1)"), "NIS2 Art. 20(1)"},
	} {
		assert.Equal(t, tt.Want, tt.Ref.String())
	}
	assert.Equal(t, "ISO 27001 5.3; Annex A 5.2", RefsText(refs(clause("5.3"), annexA("5.2"))))
}
