package pack_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
	"github.com/isms-tools/ownership-assessment/assessment/pack/xlsx"
)

// The spreadsheets in German. Not parallel: the language is the
// program's.

func TestAuthorityMatrixInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	in := xlsxFullInput(t)
	f, x := buildXLSX(t, "authority", in)
	assert.Equal(t, "ownership-authority-plant-1-2026-12-05.xlsx", f.Name, "file names stay as in English")
	require.Equal(t, []string{"Risikoakzeptanz"}, x.GetSheetList())
	rows := sheetRows(t, x, "Risikoakzeptanz")
	require.Greater(t, len(rows), 5)
	assert.Equal(t, "Matrix der Befugnisse zur Risikoakzeptanz – ENTWURF", cellAt(rows[0], 0))
	assert.Contains(t, cellAt(rows[1], 0), "Entwurf, erstellt am 5. Dezember 2026 aus der Bewertung „"+in.A.Name+"“ vom 2. Dezember 2026")
	assert.Contains(t, cellAt(rows[2], 0), "Zu ergänzen: jede mit „[zu ergänzen: …]“ markierte Zelle entscheiden")
	assert.Equal(t, []string{"Risikostufe", "Kontext", "Niedrigste Befugnis zur Akzeptanz", "Inhaber/in dieser Rolle (Rollenregister)",
		"Vorher zu konsultieren", "Längste Akzeptanzdauer (Monate)", "Eskalation an"}, rows[4])
	flat := flattenRows(rows)
	assert.Contains(t, flat, "[zu ergänzen: Rolle]")
	assert.Contains(t, flat, "Version: [zu ergänzen: Versionsnummer und Ausgabedatum]")
}

func TestRACIAnnexInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	_, x := buildXLSX(t, "raci", xlsxFullInput(t))
	require.Equal(t, []string{"RACI-Anhang", "Legende"}, x.GetSheetList())
	rows := sheetRows(t, x, "RACI-Anhang")
	assert.Equal(t, "RACI-Anhang – ENTWURF", cellAt(rows[0], 0))
	assert.Equal(t, "Maßnahme nach Anhang A (Kurztitel des Werkzeugs: im herausgegebenen Dokument den Titel der Norm angeben)", cellAt(rows[4], 1))
	assert.Equal(t, "Organisatorisch", cellAt(rows[5], 3), "the theme in words, not its code")
	legend := flattenRows(sheetRows(t, x, "Legende"))
	assert.Contains(t, legend, "RACI-Anhang – Legende")
	assert.Contains(t, legend, "Gesamtverantwortung (Accountable): verantwortet die Maßnahme und genehmigt, wie sie umgesetzt wird; eine Rolle je Zeile.")
}

// TestGermanSheetNamesAreValid: every sheet of every spreadsheet, in
// German, has a name Excel accepts (at most 31 characters, none of
// : \ / ? * [ ]), and every document a German title.
func TestGermanSheetNamesAreValid(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	in := xlsxFullInput(t)
	for _, id := range xlsxKinds {
		_, x := buildXLSX(t, id, in)
		for _, s := range x.GetSheetList() {
			assert.NoError(t, xlsx.ValidSheetName(s), s)
		}
	}
	english := l10n.Set(l10n.EN)
	en := pack.Kinds()
	english()
	de := pack.Kinds()
	require.Len(t, de, len(en))
	for i, k := range de {
		assert.NotEqual(t, en[i].Title, k.Title, "%s has a German title", k.ID)
		assert.Equal(t, l10n.In(l10n.DE, en[i].Title), k.Title)
	}
}
