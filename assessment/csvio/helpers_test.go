package csvio

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// update rewrites the golden files and fixtures instead of comparing:
//
//	go test ./assessment/csvio/ -update
var update = flag.Bool("update", false, "rewrite golden files")

// testdataPath is the repository's top-level testdata/csv directory.
func testdataPath(name string) string {
	return filepath.Join("..", "..", "testdata", "csv", name)
}

// golden compares got byte for byte with testdata/csv/<name>, or rewrites
// the file with -update. Unlike the domain package's helper it does not
// forgive converted line endings: CRLF and the BOM are part of the contract
// (testdata/csv/.gitattributes keeps git from touching them).
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := testdataPath(name)
	if *update {
		writeFixture(t, name, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file: %v (create it with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s; if intended, rerun with -update\n%s", path, firstDiff(want, got))
	}
}

func writeFixture(t *testing.T, name string, data []byte) {
	t.Helper()
	path := testdataPath(name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("rewrote %s", path)
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(testdataPath(name))
	if err != nil {
		t.Fatalf("reading fixture: %v (create it with -update)", err)
	}
	return data
}

// firstDiff describes where two byte slices first differ, with the line
// number and both lines quoted so that CR, BOM and quoting are visible.
func firstDiff(want, got []byte) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	line := 1 + bytes.Count(got[:i], []byte("\n"))
	lineOf := func(b []byte) string {
		start := bytes.LastIndexByte(b[:min(i, len(b))], '\n') + 1
		end := len(b)
		if j := bytes.IndexByte(b[start:], '\n'); j >= 0 {
			end = start + j + 1
		}
		return fmt.Sprintf("%q", b[start:end])
	}
	return fmt.Sprintf("first difference at byte %d, line %d:\n golden: %s\n    got: %s", i, line, lineOf(want), lineOf(got))
}

// trickyTexts are strings that have broken CSV round trips elsewhere:
// delimiters, quotes, every kind of line break, non-ASCII text, formula
// characters with and without apostrophes, surrounding blanks.
var trickyTexts = []string{
	"Evidence: policy v2, signed 2025",
	`He said "no", then "yes"`,
	"Line one\nLine two\r\nLine three\rLine four",
	"Müller – Qualität",
	`=HYPERLINK("http://example.com","click")`,
	"+1",
	"-5",
	"@SUM(A1:A9)",
	"\tTab-led note",
	"\r\nstarts with CRLF",
	"\nstarts with LF",
	"'=already escaped",
	"''+twice",
	"'plain apostrophe",
	"'",
	"''",
	"  spaced  ",
	"semi;colon",
	"trailing newline\n",
	`"`,
	`""`,
	"日本語のメモ 🏭",
	"=",
	"a\x01b\x7fc",
}

// sample is a fully populated assessment built from the current bank and
// control list, deterministically, so that it keeps working while content
// changes (the golden file is then regenerated with -update).
func sample() assessment.Assessment {
	a := assessment.New("a1b2c3d4e5f60718293a4b5c6d7e8f90", time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC))
	a.Name = `Werk Süd – ISMS "Phase 1", draft`
	a.Updated = "2026-03-02T16:45:10Z"
	if ms := assessment.Models(); len(ms) > 0 {
		a.Model = ms[len(ms)-1].ID
	}
	a.Profile = assessment.Profile{
		Organisation:   "Müller – Qualität GmbH",
		Site:           "Werk Süd, Halle 3",
		Sector:         "=cmd|' /C calc'!A0",
		Validated:      true,
		SafetyCritical: true,
		Plants:         3,
		CentralRisk:    false,
		Connectivity:   assessment.ConnectivityBrokered,
		Assessor:       "+49 89 1234 (Anna O'Neil)",
		Respondent:     "Dr. Jürgen Weiß",
		RespondentRole: assessment.RoleOT,
		Date:           "2026-03-01",
	}
	// The organisation's own titles, one of them formula-shaped.
	a.RoleNames = map[assessment.Role]string{
		assessment.RoleOT:         "Leiter Automatisierung",
		assessment.RoleSite:       "=Werkleiter",
		assessment.RoleIntegrator: "Müller Anlagenbau, Service",
	}
	roles := assessment.RespondentRoles
	for i, q := range assessment.Questions() {
		ans := assessment.Answer{
			Rating: assessment.Ratings[i%len(assessment.Ratings)],
			Note:   trickyTexts[i%len(trickyTexts)],
		}
		if i%2 == 0 {
			ans.Owner = roles[i%len(roles)]
		}
		if i%3 == 0 {
			ans.Target = fmt.Sprintf("2026-%02d-%02d", i%12+1, i%28+1)
		}
		a.Answers[q.ID] = ans
	}
	letters := []assessment.Letter{assessment.LetterResponsible, assessment.LetterConsulted, assessment.LetterInformed}
	n := len(assessment.RACIRoles)
	for i, c := range assessment.Controls() {
		for j, d := range assessment.Domains {
			// One A (every fifth row an A/R) per row, then a varied
			// handful of R, C, I.
			owner := assessment.LetterAccountable
			if (i+j)%5 == 0 {
				owner = assessment.LetterAccountableResponsible
			}
			raci := assessment.RACI{assessment.RACIRoles[(i+j)%n]: owner}
			for k := 1; k <= (i+j)%4; k++ {
				raci[assessment.RACIRoles[(i+j+k*3)%n]] = letters[(i+k)%len(letters)]
			}
			a.Matrix[assessment.CellKey{Control: c.ID, Domain: d}] = raci
		}
	}
	return a
}

// sparse is a second, mostly empty assessment for export-all tests.
func sparse() assessment.Assessment {
	a := assessment.New("second_one-2", time.Date(2026, 4, 2, 8, 0, 0, 0, time.UTC))
	a.Name = "-second"
	qs := assessment.Questions()
	a.Answers[qs[len(qs)-1].ID] = assessment.Answer{Note: "only a note"}
	cs := assessment.Controls()
	a.Matrix[assessment.CellKey{Control: cs[len(cs)-1].ID, Domain: assessment.DomainShared}] = assessment.RACI{assessment.RoleOperations: assessment.LetterInformed}
	return a
}

func export(t testing.TB, as ...assessment.Assessment) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(&buf, as...); err != nil {
		t.Fatalf("Export: %v", err)
	}
	return buf.Bytes()
}

func mustImport(t testing.TB, data []byte) []assessment.Assessment {
	t.Helper()
	as, err := Import(data)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	return as
}

// sameAssessments fails t unless got equals want exactly.
func sameAssessments(t testing.TB, got, want []assessment.Assessment) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	if len(got) != len(want) {
		t.Fatalf("got %d assessments, want %d", len(got), len(want))
	}
	for i := range want {
		if d := describeDiff(got[i], want[i]); d != "" {
			t.Errorf("assessment %d (%s) differs:\n%s", i, want[i].ID, d)
		}
	}
}

// describeDiff lists the differing parts of two assessments, so that a
// failure says which note or matrix row broke rather than dumping both.
func describeDiff(got, want assessment.Assessment) string {
	var b strings.Builder
	g, w := got, want
	g.Answers, w.Answers, g.Matrix, w.Matrix = nil, nil, nil, nil
	if !reflect.DeepEqual(g, w) {
		fmt.Fprintf(&b, "record:\n got %+v\nwant %+v\n", g, w)
	}
	if (got.Answers == nil) != (want.Answers == nil) || (got.Matrix == nil) != (want.Matrix == nil) {
		fmt.Fprintf(&b, "nil maps: got answers %v matrix %v, want answers %v matrix %v\n",
			got.Answers == nil, got.Matrix == nil, want.Answers == nil, want.Matrix == nil)
	}
	for id, wa := range want.Answers {
		if ga, ok := got.Answers[id]; !ok || ga != wa {
			fmt.Fprintf(&b, "answer %s: got %#v (present %v), want %#v\n", id, ga, ok, wa)
		}
	}
	for id, ga := range got.Answers {
		if _, ok := want.Answers[id]; !ok {
			fmt.Fprintf(&b, "answer %s: unexpected %#v\n", id, ga)
		}
	}
	for k, wr := range want.Matrix {
		if gr, ok := got.Matrix[k]; !ok || !reflect.DeepEqual(gr, wr) {
			fmt.Fprintf(&b, "matrix %s: got %v, want %v\n", k, gr, wr)
		}
	}
	for k, gr := range got.Matrix {
		if _, ok := want.Matrix[k]; !ok {
			fmt.Fprintf(&b, "matrix %s: unexpected %v\n", k, gr)
		}
	}
	return b.String()
}

// dialect describes how a spreadsheet re-saves a CSV file.
type dialect struct {
	comma     byte
	bom       bool
	eol       string
	quoteAll  bool
	extraCols int    // empty columns appended to every row, as Excel does
	noLastEOL bool   // no line ending after the last row
	trailer   string // appended at the very end (blank rows)
	// rewrite, when set, changes a cell as the spreadsheet would (for
	// example a date it recognised); col is our column index.
	rewrite func(col int, s string) string
}

// resave re-writes an exported file in dialect d. It reads the raw cells
// (apostrophes included) with the package's scanner, which keeps them byte
// for byte, and writes them as the spreadsheet would.
func resave(t testing.TB, data []byte, d dialect) []byte {
	t.Helper()
	s := strings.TrimPrefix(string(data), "\ufeff")
	sc := scanner{s: s, line: 1, comma: ','}
	var out bytes.Buffer
	if d.bom {
		out.WriteString("\ufeff")
	}
	var recs [][]string
	for {
		var probs []scanProblem
		rec, ok := sc.next(&probs)
		if len(probs) > 0 {
			t.Fatalf("resave: %v", probs[0].p)
		}
		if !ok {
			break
		}
		cells := make([]string, 0, len(rec.cells)+d.extraCols)
		for c, x := range rec.cells {
			v := x.s
			if d.rewrite != nil && len(recs) > 0 {
				v = d.rewrite(c, v)
			}
			cells = append(cells, v)
		}
		for range d.extraCols {
			cells = append(cells, "")
		}
		recs = append(recs, cells)
	}
	for i, cells := range recs {
		for j, c := range cells {
			if j > 0 {
				out.WriteByte(d.comma)
			}
			if d.quoteAll || strings.ContainsAny(c, "\"\r\n"+string(d.comma)) {
				out.WriteString(`"` + strings.ReplaceAll(c, `"`, `""`) + `"`)
			} else {
				out.WriteString(c)
			}
		}
		if i < len(recs)-1 || !d.noLastEOL {
			out.WriteString(d.eol)
		}
	}
	out.WriteString(d.trailer)
	return out.Bytes()
}

// The committed re-save fixtures and how they are made from the golden
// export. Each models what its spreadsheet does to the cells it recognises;
// control IDs (A.5.10) are text to all of them, so they pass unchanged,
// while a bare 5.10 would not (TestExcelBreaksBareControlIDs).
var (
	// Excel "CSV UTF-8" in a locale with a decimal comma: semicolons, BOM,
	// CRLF, minimal quoting, empty extra columns and blank rows at the end,
	// and dates it recognised written back with a midnight time.
	excelSemicolon = dialect{
		comma: ';', bom: true, eol: "\r\n", extraCols: 3,
		trailer: ";;;;;;;;;;;;;;;;;;;;;;\r\n\r\n",
		rewrite: func(col int, s string) string {
			if (col == colTarget || col == colValue) && len(s) == 10 && s[4] == '-' && s[7] == '-' {
				return s + " 00:00:00"
			}
			return s
		},
	}
	// LibreOffice Calc with "quote all text cells": semicolons, no BOM, LF,
	// every cell quoted, no line ending after the last row. Calc keeps the
	// ISO form of dates it recognised.
	libreOffice = dialect{comma: ';', eol: "\n", quoteAll: true, noLastEOL: true}
	// Excel "CSV UTF-8" in the United States: commas, BOM, CRLF, minimal
	// quoting; dates in the short form m/d/yyyy, and decimal numbers in the
	// General format (5.10 becomes 5.1).
	excelUS = dialect{
		comma: ',', bom: true, eol: "\r\n",
		rewrite: func(col int, s string) string {
			if y, m, d, ok := isoDate(s); ok && (col == colTarget || col == colValue) {
				return fmt.Sprintf("%d/%d/%d", m, d, y)
			}
			return excelGeneralNumber(s)
		},
	}
	// Excel "CSV UTF-8" in Germany: semicolons, BOM, CRLF, minimal quoting,
	// dates in the short form dd.mm.yyyy.
	excelDE = dialect{
		comma: ';', bom: true, eol: "\r\n",
		rewrite: func(col int, s string) string {
			if y, m, d, ok := isoDate(s); ok && (col == colTarget || col == colValue) {
				return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
			}
			return s
		},
	}
)

// fixtures lists the re-save fixtures with the dialect each is made in.
var fixtures = []struct {
	name string
	d    dialect
}{
	{excelFixture, excelSemicolon},
	{libreOfficeFixture, libreOffice},
	{excelUSFixture, excelUS},
	{excelDEFixture, excelDE},
}

const (
	goldenName         = "export.golden.csv"
	excelFixture       = "resaved-semicolon-bom-crlf.csv"
	libreOfficeFixture = "libreoffice-all-quoted.csv"
	excelUSFixture     = "excel-us-resave.csv"
	excelDEFixture     = "excel-de-resave.csv"
)

// isoDate splits a YYYY-MM-DD cell, the only date form Export writes.
func isoDate(s string) (y, m, d int, ok bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, 0, 0, false
	}
	return t.Year(), int(t.Month()), t.Day(), true
}

// excelGeneralNumber is what Excel in a decimal-point locale writes back
// for a cell it read as a decimal number and shows in the General format:
// the shortest form, trailing zeros dropped.
func excelGeneralNumber(s string) string {
	whole, frac, ok := strings.Cut(s, ".")
	if !ok || whole == "" || frac == "" || !isDigits(whole) || !isDigits(frac) {
		return s
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
