//go:build !wasm

package app

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The views of the working journey in German. Each test sets the page's
// language, as start-up does, and restores English afterwards.

func TestInSentenceKeepsGermanNouns(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, "Standort", inSentence("Standort"))
	assert.Equal(t, "Rolle der befragten Person", inSentence("Rolle der befragten Person"))
}

func TestEnglishTextsOfTheWorkViews(t *testing.T) {
	require.Equal(t, l10n.EN, l10n.Current())
	assert.Equal(t, Title, productName())
	assert.Equal(t, "Open", homeOpen())
	assert.Equal(t, "site", inSentence("Site"))
}

func TestHomeInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	mem := storage.NewMemory()
	seed(t, mem, sample(1))
	ts := newTester(t, mem)
	page := htmlText(ts.html())
	assert.Contains(t, page, "Bewertung der ISMS-Verantwortung", "the header names the product")
	assert.Contains(t, page, "Zum Inhalt springen")
	home := htmlText(homeHTML(t, ts))
	for _, want := range []string{"Bewertungen", "Neue Bewertung", "CSV importieren", "Alle exportieren",
		"Standort", "Fortschritt", "Zuletzt geändert", "Öffnen", "Umbenennen", "Duplizieren", "Löschen",
		"Nur in diesem Browser gespeichert.", "Was dieses Werkzeug leistet", "des Browserspeichers"} {
		assert.Contains(t, home, want)
	}
	assert.Contains(t, home, "März 2026, ", "the update time is a German date")
	assert.NotContains(t, home, "New assessment")
	assert.NotContains(t, home, "Mar 2026")
}

func TestHomeIntroInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	ts := newTester(t, nil)
	intro := htmlText(htmlID(t, homeHTML(t, ts), "intro"))
	assert.Contains(t, intro, "Legen Sie fest, wer Ihr ISMS verantwortet")
	assert.Contains(t, intro, "Beginnen Sie mit Neue Bewertung oder importieren Sie")
	assert.Contains(t, intro, "eine RACI-Zuordnung für jede Maßnahme nach Anhang A")
	assert.Equal(t, "0\u00a0%", l10n.Percent("0"))
}

func TestProfileInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	a := sample(1)
	a.Profile.Sector = "Chemicals"
	ts := openSeeded(t, a, ViewProfile)
	html := mainHTML(t, ts)
	text := htmlText(html)
	assert.Contains(t, text, "Organisation und befragte Person")
	assert.Contains(t, text, "Weiter: Fragen beantworten")
	sector := htmlID(t, html, "pf-sector")
	chosen := htmlElem(t, sector, func(tag htmlTag) bool { return tag.Name == "option" && tag.has("selected") })
	assert.Equal(t, "Chemie", htmlText(chosen), "the sector is shown in German")
	assert.Contains(t, chosen, `value="Chemicals"`, "and stored in English")
	// The tabs are German too.
	assert.Equal(t, "Verantwortungsmatrix", htmlText(htmlID(t, ts.html(), "tab-matrix")))
}

func TestFlowInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	a := sample(1)
	q := assessment.Questions()[0].ID
	ts := openSeeded(t, a, ViewQuestions)
	ts.goTo(Route{ID: a.ID, View: ViewQuestions, Question: q})
	text := htmlText(mainHTML(t, ts))
	for _, want := range []string{"Frage 1 von", "in diesem Themenfeld", "insgesamt", "Warum das wichtig ist",
		"So sieht gute Praxis aus", "Anmerkungen und Nachverfolgung", "Zieldatum", "Weiter", "Alle Themenfelder"} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "Why it matters")
	assert.Equal(t, "Geben Sie ein gültiges Datum ein, zum Beispiel 31.03.2026.", targetDateError("2026-02-31", false))
}

func TestSkipWhyInBothLanguages(t *testing.T) {
	assert.Equal(t, "the profile records a single plant.", skipWhy("Not asked: the profile records a single plant."))
	restore := l10n.Set(l10n.DE)
	defer restore()
	assert.Equal(t, "Das Profil erfasst nur ein Werk.", skipWhy("Nicht gefragt: Das Profil erfasst nur ein Werk."))
	assert.Equal(t, "the profile records a single plant.", skipWhy("Not asked: the profile records a single plant."))
}

func TestMatrixInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	ts, m := newMatrix(t)
	text := htmlText(mxMainHTML(t, ts))
	for _, want := range []string{"Verantwortungsmatrix", "Mit einem Verantwortungsmodell beginnen",
		"Wer macht was – Maßnahme für Maßnahme", "Nur Zeilen mit Problemen", "Filter zurücksetzen",
		"Was die Warnungen bedeuten", "Durchführung (Responsible)", "Gesamtverantwortung (Accountable)"} {
		assert.Contains(t, text, want)
	}
	// The theme filter offers German names and keeps the codes as values.
	theme := htmlID(t, mxMainHTML(t, ts), "mx-f-theme")
	assert.Contains(t, htmlText(theme), "Technologisch")
	assert.Contains(t, theme, `value="Technological"`)

	// A row's problems, in the short form of the status cell.
	key := assessment.CellKey{Control: assessment.Controls()[0].ID, Domain: assessment.DomainOT}
	p := assessment.Problem{Kind: assessment.ProblemSeveralAccountable, Key: key}
	raci := string(mxRACIBytes(nil, assessment.RACI{assessment.RoleIT: assessment.LetterAccountable, assessment.RoleOT: assessment.LetterAccountable}))
	assert.Equal(t, "Mehrere A: IT-Leitung, OT-Leitung", mxProblemShort(p, raci))
	assert.Equal(t, "Kein R in der Produktion", mxProblemShort(assessment.Problem{Kind: assessment.ProblemNoResponsible, Key: key}, raci))
	require.NotNil(t, m)
}

func TestMatrixPreviewInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	ts, m := newMatrix(t)
	model := assessment.Models()[0]
	ts.in(m, func(ctx app.Context) { m.setChoice(model.ID); m.showPreview() })
	text := htmlText(htmlID(t, mxMainHTML(t, ts), "mx-preview"))
	assert.Contains(t, text, "Vorschau: "+model.Name)
	assert.Contains(t, text, "Das Modell \u201e"+model.Name+"\u201c würde ")
	assert.Contains(t, text, " Zeilen von ")
	assert.Contains(t, text, "Modell \u201e"+model.Name+"\u201c anwenden")
}

func TestRolesInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	ts, _ := openRoles(t, sample(1))
	html := mainHTML(t, ts)
	text := htmlText(html)
	for _, want := range []string{"Rollen & Befugnisse", "Rollenregister", "Befugnis zur Risikoakzeptanz",
		"Rolleninhaber/in", "Stellvertretung", "Akzeptiert durch", "Eskalation an", "Monate"} {
		assert.Contains(t, text, want)
	}
	assert.Contains(t, html, `aria-label="Rolleninhaber/in: `)
}

func TestImportEffectInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	it := session.ImportItem{Name: "Lyon 2026", StoredName: "Lyon"}
	it.Changes.NameChanged = true
	it.Changes.AnswersChanged = 3
	it.Changes.AnswersAdded = 1
	it.Changes.MatrixRowsChanged = 1
	it.Changes.Profile = []string{"site"}
	got := impEffect(it)
	assert.Contains(t, got, "Ersetzt die gespeicherte Bewertung \u201eLyon\u201c und benennt sie in \u201eLyon 2026\u201c um: ")
	assert.Contains(t, got, "3 Antworten geändert, 1 hinzugefügt, 0 entfernt, 1 Matrixzeile geändert")
	assert.Contains(t, got, "geänderte Profilfelder: ")
	assert.Equal(t, "Legt eine neue Bewertung an.", impEffect(session.ImportItem{Changes: csvio.Changes{New: true}}))
}

func TestImportDialogInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	stored, file := impEdited()
	ts := impPreview(t, []assessment.Assessment{stored}, impCSV(t, "lyon.csv", file))
	text := htmlText(importDialogHTML(t, ts))
	for _, want := range []string{"\u201elyon.csv\u201c importieren?", "Die Datei enthält eine Bewertung.",
		"Gespeichert wird erst, wenn Sie \u201eImportieren\u201c wählen", "Beantwortet", "von", "Importieren", "Abbrechen"} {
		assert.Contains(t, text, want)
	}
}
