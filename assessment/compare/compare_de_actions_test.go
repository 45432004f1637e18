package compare

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// TestCompareGerman: the names and labels the comparison gives people are
// German on a German page; grouping does not depend on the language.
func TestCompareGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()

	nobody := roundEntry("nobody", "", "2026-03-10", "", nil)
	nobody.A.Profile.Respondent = ""
	nobody.A.Name = ""
	s := New([]Entry{
		nobody,
		roundEntry("it", "Werk Nord", "2026-03-10", "", nil),
		roundEntry("ot", "Werk Nord", "2026-03-20", "", nil),
	})
	require.Len(t, s.Sites, 2)
	assert.Equal(t, "Werk Nord", s.Sites[0].Name)
	assert.Equal(t, "10. März 2026 bis 20. März 2026", s.Sites[0].Round, "a round by dates names them as German writes a day")
	assert.Equal(t, "(kein Standort)", s.Sites[1].Name, "no site comes last, in German too")
	assert.Empty(t, s.Sites[1].SiteKey)
	require.Len(t, s.Sites[1].Respondents, 1)
	assert.Equal(t, "Unbenannte/r Befragte/r", s.Sites[1].Respondents[0].Name)

	assert.Equal(t, "Keine gesamtverantwortliche Rolle", AccountableLabel(NoAccountable))
	assert.Equal(t, assessment.RoleLabel(assessment.RoleIT)+" + "+assessment.RoleLabel(assessment.RoleOT)+" (mehrere A)", AccountableLabel("it+ot"))
	assert.Equal(t, "Keine durchführende Rolle", ResponsibleLabel(""))

	_, why := defaultVersion([]Version{{Source: "a.csv", Updated: "2026-03-10T09:00:00Z"}, {Source: "b.csv", Updated: "2026-03-11T09:00:00Z"}})
	assert.Equal(t, "Bis Sie wählen, zählt die zuletzt gespeicherte Version.", why)
}

// TestExportTrendRowsGerman: the human-readable cells of the trend rows
// are German; codes and column names stay as they are.
func TestExportTrendRowsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()

	base := samePerson(roundEntry("base", "Werk Nord", "2026-03-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating0}))
	follow := samePerson(roundEntry("follow", "Werk Nord", "2026-09-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating4}))
	var buf bytes.Buffer
	require.NoError(t, New([]Entry{base, follow}).Export(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	require.Equal(t, ExportHeader, recs[0], "column names stay English")
	var overall, action []string
	for _, r := range recs[1:] {
		switch {
		case r[5] == SectionTrend && r[6] == "overall":
			overall = r
		case r[5] == SectionTrendAction:
			action = r
		}
	}
	require.NotNil(t, overall)
	assert.Equal(t, "Gesamt", overall[8])
	assert.Equal(t, "seit Runde 10. März 2026: 0 auf 100", overall[10])
	require.NotNil(t, action)
	assert.Equal(t, []string{"GOV-01", TrendResolved}, []string{action[6], action[9]}, "codes stay as they are")
	assert.Equal(t, assessment.GeneratedTask("GOV-01"), action[8])
	assert.Equal(t, "offen oder in Bearbeitung in Runde 10. März 2026; nicht mehr nötig: die Antwort erreicht jetzt Stufe 3", action[10])
}
