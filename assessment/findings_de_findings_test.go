package assessment

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// German tests set the page language, so none of them runs in parallel.

func TestFindingsGerman(t *testing.T) {
	a := healthy(t)
	a.Answers["GOV-01"] = Answer{Rating: Rating0}
	en := FindingsWith(a, testBank, testControls)

	restore := l10n.Set(l10n.DE)
	defer restore()
	de := FindingsWith(a, testBank, testControls)
	require.Len(t, de, len(en))

	var f Finding
	for _, x := range de {
		if x.ID == FindingNoSingleOwner {
			f = x
		}
	}
	require.Equal(t, FindingNoSingleOwner, f.ID, "GOV-01 rated 0 raises no-single-owner")
	assert.Equal(t, "Keine eindeutige Gesamtverantwortung für das ISMS", f.Title)
	assert.Contains(t, f.Reason, "Streitfragen zwischen IT und OT")
	assert.Equal(t, "Von der obersten Leitung eine Person benennen lassen, die für das ISMS über Unternehmens-IT und Werke hinweg gesamtverantwortlich ist, und dies im ISMS-Rollendokument festhalten.", f.Step)
	// What makes the finding traceable stays as it is.
	assert.Equal(t, []string{"GOV-01"}, f.Questions)
	for i := range en {
		assert.Equal(t, en[i].ID, de[i].ID)
		assert.Equal(t, en[i].Severity, de[i].Severity)
		assert.Equal(t, en[i].Refs, de[i].Refs)
		assert.Equal(t, en[i].Cells, de[i].Cells)
		assert.NotEqual(t, en[i].Title, de[i].Title, "%s has no German title", de[i].ID)
	}
}

func TestRegisterFindingsGerman(t *testing.T) {
	a := registered(t, Profile{})
	h := a.Holders[RoleExecutive]
	h.Name = a.Holders[RoleISMSOwner].Name
	a.Holders[RoleExecutive] = h
	a.Holders[RoleHR] = Holder{Name: "Holder 11", Deputy: "D", Confirmed: "2025-03-01"}
	v := a.Authority[AuthorityKey{RiskCritical, ContextOT}]
	v.Accept, v.Consult = RoleISMSOwner, SortRoles([]Role{RoleOT, RoleOperations, RoleSite})
	a.Authority[AuthorityKey{RiskCritical, ContextOT}] = v

	restore := l10n.Set(l10n.DE)
	defer restore()
	details := map[string]string{}
	titles := map[string]string{}
	var conflicts [][2]Role
	for _, f := range RegisterFindings(a) {
		details[f.ID], titles[f.ID] = f.Detail, f.Title
		if f.ID == FindingRolesConflict {
			conflicts = f.Conflicts
		}
	}
	// The pairs the Detail names, as data that reads the same in any
	// language.
	assert.Equal(t, [][2]Role{{RoleExecutive, RoleISMSOwner}}, conflicts)
	assert.Equal(t, "Sponsor aus der Geschäftsleitung und ISMS-Verantwortliche/r (CISO / Risiko) haben dieselbe Person als Inhaber/in: "+
		"Die oberste Leitung würde ihr eigenes Managementsystem überprüfen.", details[FindingRolesConflict])
	assert.Equal(t, "Letzte Bestätigung mehr als ein Jahr vor dem 30. Juni 2026: Personalwesen.", details[FindingRoleNotConfirmed])
	assert.Equal(t, "Kritische Risiken, die unterhalb der obersten Leitung akzeptiert werden: Werks-OT durch ISMS-Verantwortliche/r (CISO / Risiko).",
		details[FindingAuthorityCriticalBelowTop])
	assert.Equal(t, "Die Tabelle der Befugnisse zur Risikoakzeptanz erlaubt die Akzeptanz kritischer Risiken unterhalb der obersten Leitung",
		titles[FindingAuthorityCriticalBelowTop])
}

func TestRegisterLabelsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, []string{"Niedrig", "Mittel", "Hoch", "Kritisch"},
		[]string{RiskLevelLabel(RiskLow), RiskLevelLabel(RiskMedium), RiskLevelLabel(RiskHigh), RiskLevelLabel(RiskCritical)})
	assert.Equal(t, []string{"Unternehmens-IT", "Werks-OT", "Gemeinsame IT/OT-Infrastruktur", "Anlagensicherheits- oder qualitätsrelevant"},
		[]string{RiskContextLabel(ContextIT), RiskContextLabel(ContextOT), RiskContextLabel(ContextShared), RiskContextLabel(ContextRegulated)})
	assert.Contains(t, l10n.T(PrecedenceRule), "nie in der Zeile seines Bereichs")
	// The key the table is stored and exported under stays a code.
	assert.Equal(t, "high/ot", AuthorityKey{RiskHigh, ContextOT}.String())
}

func TestFieldErrorsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	var fe *FieldError

	_, err := SetHolder(nil, RoleIT, Holder{Name: "A. Beispiel", Deputy: "a. beispiel"}, "")
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "deputy", fe.Field)
	assert.Equal(t, `„a. beispiel“ ist bereits Rolleninhaber/in; die Stellvertretung muss eine andere Person sein`, fe.Msg)

	_, err = SetHolder(nil, RoleIT, Holder{Name: "A. Beispiel", Confirmed: "2026-07-01"}, "2026-06-30")
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "liegt in der Zukunft (heute ist der 30. Juni 2026)", fe.Msg)

	_, err = SetAuthority(nil, AuthorityKey{RiskHigh, ContextOT}, Authority{Accept: RoleISMSOwner, MaxMonths: 61})
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "months", fe.Field)
	assert.Equal(t, "61 Monate liegen nicht zwischen 0 und 60", fe.Msg)
}

func TestRecommendGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	rec := RecommendWith(Assessment{Profile: Profile{Plants: 5, CentralRisk: true}}, testBank)
	require.Equal(t, ModelFederated, rec.Model)
	assert.Contains(t, rec.Reasons, "Bei 5 Werken kann ein zentrales Team nicht jede Maßnahme an jedem Standort betreiben; die Umsetzung muss bei den Verantwortlichen der Bereiche und den Werken liegen. (föderiert +2)")
	assert.Contains(t, rec.WhyNot[ModelCentralised], "(0 Punkte gegenüber 3): passt zu einem einzelnen Werk")
	assert.Contains(t, rec.WhyNot[ModelCentralised], "; hier gibt es 5 Werke.")

	tie := RecommendWith(Assessment{}, testBank)
	assert.Equal(t, []string{"Profil und Antworten deuten noch auf kein Modell hin."}, tie.Reasons)
	assert.Contains(t, tie.Decide, "Füllen Sie das Profil aus")
}

func TestConsensusAndRoundsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, "Befragte/r", Dissent{}.Label())
	assert.Equal(t, "Anna Berg (IT-Leitung)", Dissent{Respondent: "Anna Berg", Role: RoleIT}.Label())

	key, label := RoundOf(Profile{Date: "2026-03-01"})
	assert.Equal(t, "date:2026-03-01", key, "the grouping key keeps the stored date")
	assert.Equal(t, "1. März 2026", label)
	key, label = RoundOf(Profile{Round: " Baseline ", Date: "2026-03-01"})
	assert.Equal(t, "name:baseline", key)
	assert.Equal(t, "Baseline", label)

	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	r := New("r", now)
	r.Profile = Profile{Site: "Werk Nord", Date: "2026-03-01", Respondent: "Anna Berg", RespondentRole: RoleIT}
	r.Answers[Questions()[0].ID] = Answer{Rating: Rating2}
	c := BuildConsensus("c", now, []Assessment{r}, nil)
	assert.Equal(t, "Konsens \u2013 Werk Nord \u2013 1. März 2026", c.Name)
}

// TestUnconfirmedFindingGerman: a finding raised only by "unknown" asks
// whether in German too, with the clause in German word order.
func TestUnconfirmedFindingGerman(t *testing.T) {
	a := topAssessment(t)
	a.Answers["INC-01"] = Answer{Rating: RatingUnknown}
	restore := l10n.Set(l10n.DE)
	defer restore()
	f, ok := findingByID(Findings(a), FindingOTIncidentsIsolated)
	require.True(t, ok)
	assert.Equal(t, "Nicht geklärt, ob Cybervorfälle an Werkssystemen gemeinsam mit EHS, Produktion und Qualitätssicherung eskaliert werden", f.Title)
	assert.True(t, strings.HasPrefix(f.Step, "Zuerst klären, ob dies umgesetzt ist, und INC-01 neu einstufen; falls nicht: "), f.Step)
}
