package csvio

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
)

func TestRoundTrip(t *testing.T) {
	a := sample()
	sameAssessments(t, mustImport(t, export(t, a)), []assessment.Assessment{a})
}

func TestRoundTripNew(t *testing.T) {
	// A fresh record, exactly as the app creates it, comes back exactly.
	a := assessment.New("fresh", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	sameAssessments(t, mustImport(t, export(t, a)), []assessment.Assessment{a})
}

func TestRoundTripExportAll(t *testing.T) {
	as := []assessment.Assessment{sample(), sparse(), assessment.New("third", time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC))}
	data := export(t, as...)
	sameAssessments(t, mustImport(t, data), as)
	// Import → Export gives back the very same bytes.
	if again := export(t, mustImport(t, data)...); !bytes.Equal(again, data) {
		t.Errorf("re-export differs:\n%s", firstDiff(data, again))
	}
}

// TestRoundTripEveryText puts every tricky string into every free-text
// field at once and checks it survives.
func TestRoundTripEveryText(t *testing.T) {
	q := assessment.Questions()[0].ID
	for _, s := range trickyTexts {
		a := assessment.New("t", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		a.Name = s
		a.Profile.Organisation, a.Profile.Site, a.Profile.Sector = s, s, s
		a.Profile.Assessor, a.Profile.Respondent = s, s
		a.Answers[q] = assessment.Answer{Note: s}
		got := mustImport(t, export(t, a))
		sameAssessments(t, got, []assessment.Assessment{a})
	}
}

// TestImportResaved imports the golden export and the committed re-saves
// of it: all must give the sample exactly.
func TestImportResaved(t *testing.T) {
	want := []assessment.Assessment{sample()}
	for _, name := range []string{goldenName, excelFixture, libreOfficeFixture} {
		t.Run(name, func(t *testing.T) {
			data := readFixture(t, name)
			sameAssessments(t, mustImport(t, data), want)
		})
	}
	// The fixtures really are what their names say.
	excel, lo := readFixture(t, excelFixture), readFixture(t, libreOfficeFixture)
	if !bytes.HasPrefix(excel, []byte("\ufeffassessment_id;section;")) || !bytes.Contains(excel, []byte(";;;\r\n")) {
		t.Errorf("%s is not a semicolon file with BOM, CRLF and extra columns", excelFixture)
	}
	if !bytes.HasPrefix(lo, []byte(`"assessment_id";"section";`)) || !bytes.Contains(lo, []byte("\"\n\"")) || bytes.HasSuffix(lo, []byte("\n")) {
		t.Errorf("%s is not an all-quoted semicolon file without BOM and final line ending", libreOfficeFixture)
	}
}

// TestImportExcelDroppedApostrophes simulates Excel dropping the text
// prefix apostrophe of every cell on re-save: formula-looking values still
// arrive as the text the user saw.
func TestImportExcelDroppedApostrophes(t *testing.T) {
	a := assessment.New("x", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	qs := assessment.Questions()
	notes := []string{`=HYPERLINK("http://evil","x")`, "+1", "-5", "@SUM(A1)", "\tTab", "\nLF"}
	for i, n := range notes {
		a.Answers[qs[i].ID] = assessment.Answer{Note: n}
	}
	a.Name = "-draft-"
	data := export(t, a)
	if bytes.Contains(data, []byte(",=HYPERLINK")) {
		t.Fatal("export did not escape the formula")
	}
	stripped := resave(t, data, dialect{comma: ',', eol: "\r\n", rewrite: func(_ int, s string) string {
		return strings.TrimPrefix(s, "'")
	}})
	if bytes.Contains(stripped, []byte(",'")) {
		t.Fatal("the simulated re-save kept an apostrophe")
	}
	sameAssessments(t, mustImport(t, stripped), []assessment.Assessment{a})
}
