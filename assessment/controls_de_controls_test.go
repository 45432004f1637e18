package assessment

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

func TestControlsGerman(t *testing.T) {
	en := Controls()
	restore := l10n.Set(l10n.DE)
	defer restore()
	de := Controls()
	require.Len(t, de, len(en))
	for i, c := range de {
		assert.Equal(t, en[i].ID, c.ID)
		assert.Equal(t, en[i].Theme, c.Theme, "the theme stays the code")
		assert.Equal(t, en[i].Relevance, c.Relevance)
		assert.NotEqualf(t, en[i].Label, c.Label, "%s: label not translated", c.ID)
		assert.NotEqualf(t, en[i].OTNote, c.OTNote, "%s: note not translated", c.ID)
	}
	c, ok := ControlByID("8.32")
	require.True(t, ok)
	assert.Equal(t, "Änderungsmanagement", c.Label)
	assert.Equal(t, "Technologische Maßnahme", c.Theme.ControlLabel())
	assert.Equal(t, "Organisatorische Maßnahmen", ThemeOrganizational.Title())
	assert.Equal(t, "Personenbezogen", ThemePeople.Label())

	restore()
	c, _ = ControlByID("8.32")
	assert.Equal(t, "Managing changes", c.Label, "English again once the language is restored")
	assert.Equal(t, "Organizational", ThemeOrganizational.Label())
}

func TestModelsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	m, ok := ModelByID(ModelFederated)
	require.True(t, ok)
	assert.Equal(t, "Föderiert", m.Name)
	assert.Contains(t, m.Summary, "Gesamtverantwortung")
	require.Len(t, m.Pros, 3)
	assert.Equal(t, "Skaliert auf viele Werke, ohne an jedem Standort ein zentrales Team zu brauchen.", m.Pros[1])
	// Presets do not depend on the language.
	p := Profile{Validated: true}
	de, err := Preset(ModelFederated, p)
	require.NoError(t, err)
	restore()
	en, err := Preset(ModelFederated, p)
	require.NoError(t, err)
	assert.Equal(t, en, de)
}

func TestCheckRowGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	c, ok := ControlByID("5.1")
	require.True(t, ok)
	ps := CheckRow(CellKey{"5.1", DomainIT}, RACI{RoleISMSOwner: LetterAccountable, RoleIT: LetterAccountable, RoleHR: LetterResponsible}, c, Profile{})
	require.NotEmpty(t, ps)
	assert.Equal(t, ProblemSeveralAccountable, ps[0].Kind)
	assert.Equal(t, "Die Rollen ISMS-Verantwortliche/r (CISO / Risiko) und IT-Leitung tragen beide die Gesamtverantwortung (A oder A/R). Belassen Sie das A bei genau einer Rolle; die andere kann R oder C sein.", ps[0].Message)
	assert.Equal(t, "Mehrere A", ps[0].Kind.Title())

	c, _ = ControlByID("8.8")
	ps = CheckRow(CellKey{"8.8", DomainOT}, RACI{RoleOT: LetterAccountableResponsible}, c, Profile{Validated: true})
	require.Len(t, ps, 1)
	assert.Equal(t, ProblemQualityNotConsulted, ps[0].Kind)
	assert.Equal(t, "GMP-Standort: Das Einspielen von Patches verändert ein validiertes System und kann es aus dem validierten Zustand bringen; es läuft daher über die Änderungskontrolle der Qualitätssicherung. Geben Sie der Rolle „Qualität & Validierung“ mindestens ein C.", ps[0].Message)

	// Every kind has a German title and explanation.
	for _, k := range ProblemKinds {
		assert.NotEqual(t, l10n.In(l10n.EN, k.Title()), "", k)
		assert.NotEqual(t, k.Title(), string(k), k)
		assert.NotEmpty(t, k.Explanation(), k)
	}
}

func TestMatrixStatusGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	a := New("x", time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC))
	a.Matrix = SetLetter(a.Matrix, CellKey{"5.1", DomainOT}, RoleExecutive, LetterAccountable)
	s := MatrixStatusOf(a)
	assert.Equal(t, "Unvollständig", s.State.Label())
	assert.Equal(t, "1 von 279 Zeilen entschieden: Unternehmens-IT 0 von 93, Werks-OT 1 von 93, Gemeinsame Infrastruktur 0 von 93.", s.Detail())
	assert.Equal(t, "Werks-OT: 1 von 93 Zeilen entschieden, 49 mit Problemen", s.Domains[1].Summary())
	assert.Equal(t, "Unternehmens-IT: nicht begonnen (0 von 93 Zeilen entschieden)", s.Domains[0].Summary())
	assert.Equal(t, "Neue Bewertung", a.Name)
	assert.Equal(t, "Unbenannte Bewertung", DisplayName("  "))
}

func TestRefsAndSkipReasonsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, "ISO 27001 5.3; Anhang A 5.3; IEC 62443-2-1 SPE 1; NIS2 Art. 20(1)",
		RefsText(refs(clause("5.3"), annexA("5.3"), spe(1), nis2("20(1)"))))

	q := Question{ID: "X-01", When: WhenFederated}
	a := Assessment{Profile: Profile{OwnershipModel: ModelExecutiveLed}}
	assert.Equal(t, "Nicht gefragt: Die Frage betrifft das Verantwortungsmodell „Föderiert“, eingesetzt wird aber das Modell „Von der Geschäftsleitung geführt“.", SkipReason(q, a))
	assert.Equal(t, "föderiertes Modell im Einsatz", WhenFederated.Label())
	assert.Equal(t, "Stufe 3 ist erfüllt und wird zudem regelmäßig gemessen, überprüft und verbessert.", LevelText(Rating4, AppliesOT))

	restore()
	assert.Equal(t, "Not asked: it concerns the federated ownership model, and the model in use is executive-led.", SkipReason(q, a))
}

// A role's name in either language's default label means "not renamed",
// and whether a set of names is valid does not depend on the language.
func TestRoleNamesBothLanguages(t *testing.T) {
	// Typed in an English session, the German default label is no rename.
	names, err := SetRoleName(nil, RoleIT, "IT-Leitung")
	require.NoError(t, err)
	assert.Nil(t, names)
	// Another role's German default label clashes, in English as in German.
	_, err = SetRoleName(nil, RoleOT, "it-leitung")
	assert.Error(t, err)
	bad := map[Role]string{RoleOT: "IT-Leitung"}
	enErr := validateRoleNames(bad)
	assert.Error(t, enErr)

	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Error(t, validateRoleNames(bad), "the same verdict in German")
	names, err = SetRoleName(nil, RoleIT, "IT lead")
	require.NoError(t, err)
	assert.Nil(t, names, "the English default label is no rename either")
	_, err = SetRoleName(nil, RoleOT, "IT lead")
	assert.Error(t, err)

	// A stored English default label shows the German one.
	assert.Equal(t, "IT-Leitung", RoleName(map[Role]string{RoleIT: "IT lead"}, RoleIT))
	assert.Equal(t, "Werkstechnik", RoleName(map[Role]string{RoleMaintenance: "Werkstechnik"}, RoleMaintenance))
	names, err = SetRoleName(nil, RoleMaintenance, "Werkstechnik")
	require.NoError(t, err)
	assert.Equal(t, map[Role]string{RoleMaintenance: "Werkstechnik"}, names, "what is stored is the name as typed")
}

// The default labels of the matrix roles are distinct in both languages
// together, which validateRoleNames relies on when nothing is renamed.
func TestDefaultRoleLabelsNeverClash(t *testing.T) {
	seen := map[string]Role{}
	for _, r := range RACIRoles {
		for _, n := range defaultRoleNames(r) {
			k := strings.ToLower(n)
			if other, dup := seen[k]; dup && other != r {
				t.Errorf("%q is the default label of %q and %q", n, other, r)
			}
			seen[k] = r
		}
	}
}

func TestValidationErrorsGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	_, err := Load([]byte(`{"schema": 99}`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ist neuer, als dieses Werkzeug unterstützt")
	_, err = ParseRating("7")
	assert.EqualError(t, err, `Einstufung "7" ist keiner der Werte 0, 1, 2, 3, 4, na, unknown`)
	// The note an upgrade writes into a stored answer stays English.
	answers, _ := UpgradeBank1Answers(map[string]Answer{
		"BRF-01": {Rating: Rating3, Note: "kept"},
		"INT-06": {Rating: Rating0, Note: "merged"},
	})
	assert.Equal(t, "merged\n\nCarried over from the bank 1 answer to BRF-01 (Implemented): kept", answers["BRF-01"].Note)
	assert.Equal(t, "Not in place", Rating0.labelKey())
	assert.Equal(t, "Nicht vorhanden", Rating0.Label())
}
