package pack

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The Word documents in German: headings, notice, placeholders, dates,
// footer, properties and the document language. Not parallel: the
// language is the program's.

func TestRolesDocumentInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	in := docxFixture()
	f, body := docxBuild(t, "roles", in)
	// File names stay ASCII and as in English.
	assert.Equal(t, "ownership-roles-plant-1-2026-12-05.docx", f.Name)
	for _, want := range []string{
		"Rollen, Verantwortlichkeiten und Befugnisse im ISMS",
		"ENTWURF – noch nicht freigegeben",
		"Erstellt am 5. Dezember 2026",
		"vom 20. November 2026",
		"1. Zweck und Anwendungsbereich",
		"2. Verantwortungsmodell",
		"3. Oberste Leitung und ISMS-Verantwortliche/r",
		"6.2 Risikoakzeptanz",
		"7. Lenkungskreis",
		"8. Rolleninhaber/innen und Stellvertretungen",
		"9. Offene Lücken",
		"10. Übersicht der Verantwortungsmatrix (RACI)",
		"Dokumentenlenkung",
		"Rollen, Verantwortlichkeiten und Befugnisse im Informationssicherheitsmanagementsystem (ISMS)",
		"Der Risikoeigentümer jedes Risikos",
		"Erklärung zur Anwendbarkeit",
		"oberste Leitung",
		"[zu ergänzen: Name]",
		"[zu ergänzen: Stellvertretung]",
		"24 Monate",
		"6 Monate",
		"Aufgabentrennung",
		"ownership-steering-plant-1-2026-12-05.docx",
	} {
		assert.Contains(t, body, want)
	}
	for _, english := range []string{"[to complete", "Purpose and scope", "DRAFT", "Generated on", " months", "Document control"} {
		assert.NotContains(t, body, english)
	}

	parts := docxParts(t, f.Data)
	assert.Contains(t, docxText(t, parts["word/footer1.xml"]), "ENTWURF – Rollen, Verantwortlichkeiten und Befugnisse im ISMS – Plant 1  ·  Seite 1 von 1")
	assert.Contains(t, parts["docProps/core.xml"], "<dc:title>Rollen, Verantwortlichkeiten und Befugnisse im ISMS – Plant 1</dc:title>")
	assert.Contains(t, parts["docProps/core.xml"], "<dc:creator>Bewertung der ISMS-Verantwortung</dc:creator>")
	assert.Contains(t, parts["word/styles.xml"], `<w:lang w:val="de-DE"/>`)
	// German compounds are hyphenated rather than broken at any letter
	// in narrow table columns.
	assert.Contains(t, parts["word/settings.xml"], `<w:defaultTabStop w:val="720"/><w:autoHyphenation/>`)
}

func TestSteeringTermsInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	in := docxFixture()
	_, body := docxBuild(t, "steering", in)
	for _, want := range []string{
		"Geschäftsordnung des Lenkungskreises",
		"1. Zweck", "2. Vorsitz", "3. Mitglieder", "4. Entscheidungen des Lenkungskreises",
		"5. Sitzungsrhythmus", "6. Eingaben für die Managementbewertung",
		"7. Eskalation von OT-Vorfällen", "8. Beschlussfähigkeit und Protokolle",
		"Vorschlag, noch zu bestätigen: Der Lenkungskreis ist beschlussfähig",
		"Managementbewertung", "Ständig", "Bei Bedarf", "NIS2 Art. 23",
	} {
		assert.Contains(t, body, want)
	}
	assert.NotContains(t, body, "[to complete")
}

// TestGermanRolesAreNotLowerCased: German puts a role's title in a
// sentence as it is, never with a small first letter or an English
// article.
func TestGermanRolesAreNotLowerCased(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	a := docxFixture().A
	for _, r := range assessment.RACIRoles {
		assert.Equal(t, assessment.RoleName(a.RoleNames, r), theRole(a, r))
	}
}

// TestGermanConflictNote: the note on conflicting roles one person holds
// reads in German next to the holder.
func TestGermanConflictNote(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	in := docxReviewFixture()
	_, body := docxBuild(t, "roles", in)
	it := assessment.RoleName(in.A.RoleNames, assessment.RoleIT)
	require.NotEmpty(t, it)
	assert.Contains(t, body, "Hat auch die Rolle "+it+" inne: Diese Rollen sollten von verschiedenen Personen gehalten werden (Anhang A 5.3); wo das nicht möglich ist, die kompensierende Maßnahme")
	assert.True(t, strings.Contains(body, "überfällig: mehr als 12 Monate vor dem"), "the overdue confirmation is marked")
}
