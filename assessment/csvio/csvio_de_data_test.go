package csvio

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// fullForLanguages is sample() with every section a file can hold: a
// plan with a dropped, a changed and an added action, a role register,
// an authority table, and a consensus assessment beside it.
func fullForLanguages(t *testing.T) []assessment.Assessment {
	t.Helper()
	a := sample()
	undropped := a
	undropped.Plan = nil
	acts := assessment.Actions(undropped)
	require.GreaterOrEqual(t, len(acts), 2, "the sample generates actions")
	a.Plan = map[string]assessment.PlanEntry{
		acts[0].ID: {Dropped: true},
		acts[1].ID: {Status: assessment.StatusInProgress, Person: "Jürgen Weiß", Due: "2026-06-30"},
		"ADD-1":    {Text: "Segmentierung der Leittechnik dokumentieren", Function: assessment.RoleOT, Status: assessment.StatusDone},
	}
	a.Holders = map[assessment.Role]assessment.Holder{
		assessment.RoleISMSOwner: {Name: "Anna Berg", Deputy: "Omar Ortiz", Confirmed: "2026-02-27"},
		assessment.RoleOT:        {Name: "Dr. Jürgen Weiß"},
	}
	a.Authority = assessment.AuthorityPreset(a.Model, a.Profile)
	require.NotEmpty(t, a.Authority, "the sample's model has an authority preset")
	require.NoError(t, assessment.Validate(a))

	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	it, ot := assessment.New("it1", now), assessment.New("ot1", now)
	it.Profile = assessment.Profile{Site: "Werk Nord", Date: "2026-03-10", Respondent: "Anna Berg", RespondentRole: assessment.RoleIT}
	ot.Profile = assessment.Profile{Site: "Werk Nord", Date: "2026-03-11", Respondent: "Omar Ortiz", RespondentRole: assessment.RoleOT}
	qs := assessment.Questions()
	it.Answers[qs[0].ID] = assessment.Answer{Rating: assessment.Rating4}
	ot.Answers[qs[0].ID] = assessment.Answer{Rating: assessment.Rating1}
	it.Answers[qs[1].ID] = assessment.Answer{Rating: assessment.Rating3}
	ot.Answers[qs[1].ID] = assessment.Answer{Rating: assessment.RatingUnknown}
	c := assessment.BuildConsensus("cons1", now, []assessment.Assessment{it, ot},
		map[string]assessment.Decision{qs[0].ID: {Rating: assessment.Rating2, Rationale: "Protokoll des Lenkungskreises"}})
	require.NoError(t, assessment.Validate(c))
	return []assessment.Assessment{a, c}
}

// exportIn exports as with the page in language lang.
func exportIn(t *testing.T, lang l10n.Lang, as ...assessment.Assessment) []byte {
	t.Helper()
	restore := l10n.Set(lang)
	defer restore()
	var buf bytes.Buffer
	require.NoError(t, Export(&buf, as...))
	return buf.Bytes()
}

// A file exported in English and one exported in German carry the same
// data, only their label columns differ; each imports in either language
// to the same records, under an intact seal.
func TestExportImportAcrossLanguages(t *testing.T) {
	want := fullForLanguages(t)
	files := map[l10n.Lang][]byte{}
	for _, lang := range l10n.Langs() {
		files[lang] = exportIn(t, lang, want...)
	}
	require.NotEqual(t, files[l10n.EN], files[l10n.DE], "the label columns follow the language")

	for _, exported := range l10n.Langs() {
		for _, imported := range l10n.Langs() {
			t.Run(string(exported)+"-to-"+string(imported), func(t *testing.T) {
				restore := l10n.Set(imported)
				defer restore()
				got, rep, err := ImportWithReport(files[exported])
				require.NoError(t, err)
				sameAssessments(t, got, want)
				for _, a := range want {
					assert.Equal(t, SealUnchanged, rep.Integrity[a.ID].Seal, "seal of %s", a.ID)
				}
			})
		}
	}

	// The fingerprints do not depend on the language of the labels.
	for _, a := range want {
		restore := l10n.Set(l10n.DE)
		de := SealOf(a, false)
		restore()
		assert.Equal(t, SealOf(a, false), de, "seal of %s", a.ID)
	}
}

// A file an earlier version wrote (English labels, no German anywhere)
// still verifies in a German session.
func TestEnglishGoldenSealInGerman(t *testing.T) {
	data := exportIn(t, l10n.EN, sample())
	restore := l10n.Set(l10n.DE)
	defer restore()
	_, rep, err := ImportWithReport(data)
	require.NoError(t, err)
	assert.Equal(t, SealUnchanged, rep.Integrity[sample().ID].Seal)
}

// The label columns of a German export are German; the codes stay.
func TestGermanExportLabels(t *testing.T) {
	data := string(exportIn(t, l10n.DE, fullForLanguages(t)...))
	assert.True(t, strings.HasPrefix(data, "\ufeff"+strings.Join(Header, ",")+"\r\n"), "the header keeps its column names")
	for _, s := range []string{
		",meta,name,,Name der Bewertung,",
		",meta,content_sha256,,Inhalts-Fingerabdruck (SHA-256) beim Export,sha256:",
		",action,",
		",Verworfen,",
		"In der Sitzung vereinbart",
		"Anders beantwortet",
		"höchstens ",
		"Risikostufe ",
		",yes,", // booleans stay codes
	} {
		assert.Contains(t, data, s)
	}
	assert.NotContains(t, data, "Schema version")
	assert.NotContains(t, data, "Agreed in the session")
}

// An import's problems and notes are German in a German session; the
// column names they cite stay as the file has them.
func TestGermanImportProblems(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()

	data := replaceCell(t, export(t, sample()), SectionAnswer, assessment.Questions()[0].ID, colValue, "maybe")
	data = replaceCell(t, data, SectionAnswer, assessment.Questions()[3].ID, colTarget, "31.02.2026")
	_, err := Import(data)
	var ie *ImportError
	require.ErrorAs(t, err, &ie)
	require.Len(t, ie.Problems, 2)
	assert.True(t, strings.HasPrefix(ie.Problems[0].String(), "Zeile "), ie.Problems[0].String())
	assert.Contains(t, ie.Problems[0].String(), ", Spalte 6 (value): ")
	assert.Equal(t, `das Datum "31.02.2026" existiert nicht`, ie.Problems[1].Msg)

	_, err = Import([]byte("a\tb\tc\r\n"))
	require.Error(t, err)
	assert.Equal(t, "Zeile 1: die Datei ist tabulatorgetrennt; speichern Sie sie als CSV mit Komma oder Semikolon als Trennzeichen", err.Error())

	// A date order the file did not state is explained in German, with the
	// day spelled the German way.
	data = replaceCell(t, export(t, sample()), SectionProfile, "date", colValue, "03/04/2026")
	_, rep, err := ImportWithReport(data)
	require.NoError(t, err)
	require.Len(t, rep.Notes, 1)
	assert.Contains(t, rep.Notes[0], "Datumsangaben wie 03/04/2026 wurden als Tag/Monat gelesen (3. April 2026)")

	assert.Equal(t, "Seit dem Export unverändert: Der Inhalt stimmt mit dem beim Export geschriebenen Fingerabdruck überein. Sie wurde ohne Namen und Anmerkungen exportiert.",
		Integrity{Seal: SealUnchanged, Sanitised: true}.Sentence())
}
