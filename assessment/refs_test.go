package assessment

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

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
				assert.Empty(t, q.NIS2, "a question asked only of NIS2 entities cites its articles in Refs")
			}
			for _, r := range q.NIS2 {
				assert.Equal(t, RefNIS2, r.Kind, "%v: Question.NIS2 holds NIS2 articles only", r)
				assert.True(t, lists[RefNIS2][r.ID], "%s is not in the NIS2 reference list", r)
				assert.False(t, seen[r], "%s cited twice", r)
				seen[r] = true
			}
		})
	}
	for _, r := range findingRules {
		if r.nis2Ref != (Ref{}) {
			assert.Equal(t, RefNIS2, r.nis2Ref.Kind, r.id)
			assert.True(t, lists[RefNIS2][r.nis2Ref.ID], "%s: %s is not in the NIS2 reference list", r.id, r.nis2Ref)
		}
	}
}

// TestRefsForNIS2Entity checks that a question's NIS2 measures are cited
// for an essential or important entity only, after its own references,
// and that the findings its answers raise cite them on the same terms.
func TestRefsForNIS2Entity(t *testing.T) {
	q, ok := QuestionByID("INC-01")
	require.True(t, ok)
	require.NotEmpty(t, q.NIS2, "INC-01 is part of incident handling under NIS2 Art. 21(2)(b)")
	for _, tt := range []struct {
		status string
		cited  bool
	}{
		{NIS2Essential, true},
		{NIS2Important, true},
		{NIS2OutOfScope, false},
		{NIS2Unknown, false},
		{"", false},
	} {
		t.Run(string(tt.status)+"_", func(t *testing.T) {
			p := Profile{NIS2: tt.status}
			got := q.RefsFor(p)
			assert.Equal(t, q.Refs, got[:len(q.Refs)], "the question's own references come first, unchanged")
			for _, r := range q.NIS2 {
				assert.Equal(t, tt.cited, slices.Contains(got, r), "%s cited", r)
			}
			a := New("a", time.Time{})
			a.Profile = p
			a.Answers["INC-01"] = Answer{Rating: Rating0}
			i := slices.IndexFunc(Findings(a), func(f Finding) bool { return f.ID == "ot-incidents-isolated" })
			require.GreaterOrEqual(t, i, 0, "INC-01 at 0 raises ot-incidents-isolated")
			for _, r := range q.NIS2 {
				assert.Equal(t, tt.cited, slices.Contains(Findings(a)[i].Refs, r), "the finding cites %s", r)
			}
		})
	}
}

// sameSeedAndRefs lists pairs of questions allowed to share both their
// design point and their reference set, with the reason. Empty: none do.
var sameSeedAndRefs = map[[2]string]string{
	{"BRF-07", "BRF-08"}: "two boundaries under the same controls: BRF-07 the links between plants, asked with several plants, BRF-08 the boundary between the plants and corporate IT, asked of all",
}

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
