package csvio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

const planGoldenName = "plan-export.golden.csv"

// withPlan is the sample with every kind of change to its action plan.
func withPlan() assessment.Assessment {
	a := sample()
	a.Plan = map[string]assessment.PlanEntry{
		"GOV-01": {Text: "Have the board appoint the ISMS owner, in writing.", Function: assessment.RoleExecutive, Person: "Dr. Jürgen Weiß", Due: "2026-06-30", Status: assessment.StatusInProgress},
		"SCO-03": {Status: assessment.StatusDone},
		"INT-04": {Dropped: true, Person: "=kept while dropped"},
		"ADD-1":  {Text: "=Brief the works council\non the plan.", Person: "Anna O'Neil", Due: "2026-04-15"},
		"ADD-12": {Text: "Order a spare firewall.", Function: assessment.RoleProcurement, Status: assessment.StatusOpen},
	}
	return a
}

func TestPlanExportGolden(t *testing.T) {
	golden(t, planGoldenName, export(t, withPlan()))
}

func TestPlanRoundTrip(t *testing.T) {
	a := withPlan()
	data := export(t, a)
	sameAssessments(t, mustImport(t, data), []assessment.Assessment{a})
	assert.Equal(t, data, export(t, mustImport(t, data)...), "import then export gives the same bytes")

	// Every re-save dialect keeps the plan.
	for _, d := range []dialect{excelSemicolon, libreOffice, excelDE} {
		sameAssessments(t, mustImport(t, resave(t, data, d)), []assessment.Assessment{a})
	}
}

// TestPlanOldFiles imports a schema 4 file (the golden export with its
// schema row set back): it reads exactly as before, with no plan, and an
// action row in it is refused.
func TestPlanOldFiles(t *testing.T) {
	data := export(t, sample())
	old := bytes.Replace(data, []byte(",meta,schema,,Schema version,9,"), []byte(",meta,schema,,Schema version,4,"), 1)
	require.NotEqual(t, data, old)
	got := mustImport(t, old)
	sameAssessments(t, got, []assessment.Assessment{sample()})
	assert.Nil(t, got[0].Plan)

	withAction := append(bytes.Clone(old), []byte(sample().ID+",action,GOV-01,,,done,,,,,,,,,,,,,,,,,,,\r\n")...)
	_, err := Import(withAction)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a schema 4 file has no action rows (they came with schema 5)")
}

func TestPlanImportErrors(t *testing.T) {
	base := export(t, sample())
	id := sample().ID
	for _, tt := range []struct {
		name, row, err string
	}{
		{"BadStatus", ",action,GOV-01,,,closed,,,,", `action status "closed" is not one of open, in-progress, done, dropped`},
		{"BadFunction", ",action,GOV-01,,,open,,cfo,,", `(owner): role "cfo"`},
		{"BadDue", ",action,GOV-01,,,open,,,2026-02-30,", "(target)"},
		{"UnknownAction", ",action,XYZ-9,,Do it.,open,,,,", `action "XYZ-9": neither a question of the bank nor an added action`},
		{"AddedWithoutText", ",action,ADD-1,,,open,,,,Ann", `action "ADD-1": an added action needs a text`},
		{"DomainNotEmpty", ",action,GOV-01,it,,open,,,,", "must be empty in an action row"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := append(bytes.Clone(base), []byte(id+tt.row+strings.Repeat(",", numCols-10)+"\r\n")...)
			_, err := Import(data)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

func TestPlanExportRefuses(t *testing.T) {
	a := sample()
	a.Plan = map[string]assessment.PlanEntry{"GOV-01": {Dropped: true, Status: assessment.StatusDone}}
	var buf bytes.Buffer
	err := Export(&buf, a)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a dropped action has no status")
}
