package csvio

import (
	"bytes"
	"fmt"
	"reflect"
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
// of it: all must give the sample exactly, with the notes a user would see.
func TestImportResaved(t *testing.T) {
	want := []assessment.Assessment{sample()}
	// The US file's 3/1/2026 is ambiguous; 1/13/2026 (question 13's target)
	// settles the order. Lines are physical: notes before it span several.
	us := readFixture(t, excelUSFixture)
	usNote := fmt.Sprintf("Dates like 3/1/2026 were read as month/day (1 March 2026), the order of 1/13/2026 on line %d. Check the dates in the preview.",
		lineAt(string(us), bytes.Index(us, []byte(",1/13/2026,"))))
	for _, tc := range []struct {
		name  string
		notes []string
	}{
		{goldenName, nil},
		{excelFixture, nil},
		{libreOfficeFixture, nil},
		{excelUSFixture, []string{usNote}},
		{excelDEFixture, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, rep, err := ImportWithReport(readFixture(t, tc.name))
			if err != nil {
				t.Fatalf("ImportWithReport: %v", err)
			}
			sameAssessments(t, got, want)
			if !reflect.DeepEqual(rep.Notes, tc.notes) {
				t.Errorf("notes:\n%q\nwant\n%q", rep.Notes, tc.notes)
			}
		})
	}
	// The fixtures really are what their names say.
	excel, lo := readFixture(t, excelFixture), readFixture(t, libreOfficeFixture)
	de := readFixture(t, excelDEFixture)
	if !bytes.HasPrefix(excel, []byte("\ufeffassessment_id;section;")) || !bytes.Contains(excel, []byte(";;;\r\n")) {
		t.Errorf("%s is not a semicolon file with BOM, CRLF and extra columns", excelFixture)
	}
	if !bytes.HasPrefix(lo, []byte(`"assessment_id";"section";`)) || !bytes.Contains(lo, []byte("\"\n\"")) || bytes.HasSuffix(lo, []byte("\n")) {
		t.Errorf("%s is not an all-quoted semicolon file without BOM and final line ending", libreOfficeFixture)
	}
	if !bytes.HasPrefix(us, []byte("\ufeffassessment_id,section,")) || !bytes.Contains(us, []byte(",date,,Assessment date,3/1/2026,")) ||
		!bytes.Contains(us, []byte(",raci,A.5.10,")) || !bytes.HasSuffix(us, []byte("\r\n")) {
		t.Errorf("%s is not a comma file with BOM, CRLF, US dates and A.5.10", excelUSFixture)
	}
	if !bytes.HasPrefix(de, []byte("\ufeffassessment_id;section;")) || !bytes.Contains(de, []byte(";date;;Assessment date;01.03.2026;")) ||
		!bytes.Contains(de, []byte(";raci;A.5.10;")) || !bytes.HasSuffix(de, []byte("\r\n")) {
		t.Errorf("%s is not a semicolon file with BOM, CRLF, German dates and A.5.10", excelDEFixture)
	}
}

// TestFixturesFollowGolden checks that each committed re-save is its
// dialect applied to the committed golden file, so that the fixtures change
// with the export (regenerate them all with -update).
func TestFixturesFollowGolden(t *testing.T) {
	golden := readFixture(t, goldenName)
	for _, f := range fixtures {
		if got, want := resave(t, golden, f.d), readFixture(t, f.name); !bytes.Equal(got, want) {
			t.Errorf("%s is not the re-save of %s; rerun with -update\n%s", f.name, goldenName, firstDiff(want, got))
		}
	}
}

// TestExcelBreaksBareControlIDs is why Export writes A.5.10: the same
// file with bare control IDs, re-saved by Excel, has lost 5.10 to 5.1, and
// Import refuses it rather than merging two controls.
func TestExcelBreaksBareControlIDs(t *testing.T) {
	bare := bytes.ReplaceAll(export(t, sample()), []byte(",raci,A."), []byte(",raci,"))
	_, err := Import(resave(t, bare, excelUS))
	const hint = "a spreadsheet may have turned 5.10 into 5.1: format the item_id column as text"
	if err == nil || !strings.Contains(err.Error(), hint) {
		t.Fatalf("Import of an Excel re-save with bare control IDs: %v, want the hint %q", err, hint)
	}
	if _, err := Import(bare); err != nil {
		t.Fatalf("bare control IDs do not import before the re-save: %v", err)
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
