package session

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The import's notices, the preview's role names and undo speak German
// in a German session; the records are the same as in English.
func TestImportInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	h := newHarness(t, nil)

	h.PreviewFiles(File{Name: "kaputt.csv", Data: []byte("not,a,valid\nfile,at,all\n")})
	require.NotNil(t, h.Notice())
	assert.Equal(t, "\u201ekaputt.csv\u201c wurde nicht importiert: Es wurde nichts geändert.", h.Notice().Text)
	require.NotEmpty(t, h.Notice().Details)
	assert.Contains(t, h.Notice().Details[0], "Zeile 1, Spalte 1: unbekannte Spalte")

	a := sample("added00000000000000000000", "Nord", assessment.Rating4)
	a.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Leiter Automatisierung"}
	h.PreviewFiles(File{Name: "nord.csv", Data: exportCSV(t, a)})
	p := h.Preview()
	require.NotNil(t, p, "notice: %+v", h.Notice())
	require.Len(t, p.Items[0].RoleNames, 1)
	// The default name the change starts from is the German label.
	assert.Equal(t, "OT- / Automatisierungsleitung heißt künftig \u201eLeiter Automatisierung\u201c", p.Items[0].RoleNames[0].String())
	back := RoleNameChange{Role: assessment.RoleOT, From: "Leiter Automatisierung", To: assessment.RoleLabel(assessment.RoleOT)}
	assert.Equal(t, "Leiter Automatisierung heißt wieder OT- / Automatisierungsleitung (Standardname)", back.String())

	_, err := h.ConfirmImport()
	require.NoError(t, err)
	assert.Equal(t, "1 Bewertung importiert.", h.Notice().Text)
	assert.Equal(t, a.RoleNames, h.stored(t, a.ID).RoleNames, "stored names stay as the file has them")

	require.NoError(t, h.Undo())
	assert.Equal(t, "Rückgängig gemacht.", h.Notice().Text)
}

// Storage errors and sizes are said in German.
func TestUserMessageAndSizesInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, "der Browserspeicher ist voll: Exportieren Sie eine Sicherung und löschen Sie alte Bewertungen, um Platz zu schaffen.",
		UserMessage(errors.Join(errors.New("save"), storage.ErrQuota)))
	assert.Equal(t, "es gibt nichts rückgängig zu machen.", UserMessage(ErrNothingToUndo))
	assert.Equal(t, "1,5 MB", StorageAmount(750_000))
	assert.Equal(t, "12 kB", StorageAmount(6_000))
	assert.Equal(t, "300 Byte", StorageAmount(150))

	h := newHarness(t, nil)
	assert.ErrorIs(t, h.ExportAll(), ErrNothingToExport)
	assert.Equal(t, "Es gibt noch nichts zu exportieren.", h.Notice().Text)
}

// A refused role name and an action's problems are German sentences.
func TestSessionProblemsInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	h := newHarness(t, nil)
	_, err := h.Create()
	require.NoError(t, err)

	err = h.SetRoleName(assessment.RoleOT, assessment.RoleLabel(assessment.RoleIT))
	require.Error(t, err)
	assert.Equal(t, "\u201eIT-Leitung\u201c ist in dieser Bewertung bereits der Name einer anderen Rolle", UserMessage(err)[:len(UserMessage(err))-1])
	assert.Contains(t, h.Notice().Text, "Die Rolle OT- / Automatisierungsleitung konnte nicht umbenannt werden: ")

	id, err := h.AddAction("", assessment.RoleOT)
	assert.Empty(t, id)
	var ae *ActionError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "Beschreiben Sie die Aktion: mit einem Verb und dem Ergebnis, das sie liefert.", ae.Text)

	id, err = h.AddAction("Fernwartungszugänge inventarisieren", assessment.RoleOT)
	require.NoError(t, err)
	err = h.SetAction(id, assessment.PlanEntry{Text: "Fernwartungszugänge inventarisieren", Due: "2026-02-30"})
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, ActionFieldDue, ae.Field, "a wrong date is found whatever the language of the error")
	assert.Equal(t, "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.", ae.Text)
}
