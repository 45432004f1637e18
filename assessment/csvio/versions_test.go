package csvio

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// schema2Fixture is the golden export of the last schema 2 release, kept
// byte for byte as users have it on their laptops: the old header (ten
// role columns in the old order), no role section, R, A, C and I only.
const schema2Fixture = "schema2-export.csv"

// TestImportSchema2Golden imports an old-format file and pins what it
// becomes. The matrix is also rebuilt from the file independently, with
// encoding/csv, so that the golden file cannot silently absorb a letter
// moved to another role.
func TestImportSchema2Golden(t *testing.T) {
	data := readFixture(t, schema2Fixture)
	require.True(t, bytes.Contains(data, []byte(",operations\r\n")), "the fixture must keep the schema 2 header")
	as := mustImport(t, data)
	require.Len(t, as, 1)
	a := as[0]

	got, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	golden(t, "schema2-import.golden.json", append(got, '\n'))

	assert.Equal(t, assessment.SchemaVersion, a.Schema, "imported records are current records")
	assert.Nil(t, a.RoleNames, "a schema 2 file names no roles")
	assert.Equal(t, schema2Matrix(t, data), a.Matrix, "every R, A, C and I stays with its role")
	for k, row := range a.Matrix {
		for _, r := range []assessment.Role{assessment.RoleSite, assessment.RoleMaintenance, assessment.RoleDPO, assessment.RoleIntegrator} {
			assert.NotContains(t, row, r, "%s: a role schema 2 did not have", k)
		}
		for r, l := range row {
			assert.NotEqual(t, assessment.LetterAccountableResponsible, l, "%s/%s: no A/R is made up", k, r)
		}
	}
	require.NoError(t, assessment.Validate(a))

	// Written again, it is a schema 3 file that reads back the same.
	sameAssessments(t, mustImport(t, export(t, a)), as)
}

// schema2Matrix reads the raci rows of a schema 2 export with encoding/csv
// and the header's own column names.
func schema2Matrix(t *testing.T, data []byte) assessment.Matrix {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	recs, err := r.ReadAll()
	require.NoError(t, err)
	head := recs[0]
	m := assessment.Matrix{}
	for _, rec := range recs[1:] {
		if rec[1] != "raci" {
			continue
		}
		row := assessment.RACI{}
		for i := 10; i < len(head); i++ {
			if rec[i] != "" {
				row[assessment.Role(head[i])] = assessment.Letter(rec[i])
			}
		}
		if len(row) > 0 {
			m[assessment.CellKey{Control: strings.TrimPrefix(rec[2], "A."), Domain: assessment.Domain(rec[3])}] = row
		}
	}
	require.NotEmpty(t, m)
	return m
}

// oldHeader is the schema 2 header: the columns of today without the four
// role columns schema 3 added.
func oldHeader() []string {
	var h []string
	for i, name := range Header {
		if columnSince(i) <= 2 {
			h = append(h, name)
		}
	}
	return h
}

func TestImportVersions(t *testing.T) {
	old := strings.Join(oldHeader(), ",")
	oldRow := func(cells ...string) string {
		out := make([]string, len(oldHeader()))
		copy(out, cells)
		return strings.Join(out, ",")
	}
	key := assessment.CellKey{Control: c0, Domain: assessment.DomainOT}
	for _, tt := range []struct {
		Name   string
		Input  string
		Matrix assessment.Matrix
		Error  string
	}{{
		Name: "Schema2OldHeader",
		Input: old + "\r\n" + oldRow("a1", "meta", "schema", "", "", "2") + "\r\n" + oldRow("a1", "meta", "name", "", "", "N") + "\r\n" +
			oldRow("a1", "raci", "A."+c0, "ot", "", "", "", "", "", "", "", "A", "", "R") + "\r\n",
		Matrix: assessment.Matrix{key: {assessment.RoleISMSOwner: "A", assessment.RoleOT: "R"}},
	}, {
		// A/R typed into an old file by hand is still A/R: the letter
		// is what the person meant, whatever the file's age.
		Name: "Schema2WithTypedAR",
		Input: old + "\r\n" + oldRow("a1", "meta", "schema", "", "", "2") + "\r\n" + oldRow("a1", "meta", "name", "", "", "N") + "\r\n" +
			oldRow("a1", "raci", "A."+c0, "ot", "", "", "", "", "", "", "", "", "", "a/r") + "\r\n",
		Matrix: assessment.Matrix{key: {assessment.RoleOT: "A/R"}},
	}, {
		// Today's header with a schema 2 meta row: the new columns may be
		// filled (someone typed into a re-saved file).
		Name:   "Schema2NewHeader",
		Input:  file(mkRow("a1", "meta", "schema", "", "", "2"), mkRow("a1", "meta", "name", "", "", "N"), raciRow(c0, "ot", roleCells(map[assessment.Role]string{assessment.RoleSite: "A/R", assessment.RoleIntegrator: "C"})...)),
		Matrix: assessment.Matrix{key: {assessment.RoleSite: "A/R", assessment.RoleIntegrator: "C"}},
	}, {
		Name:  "Schema3OldHeader",
		Input: old + "\r\n" + oldRow("a1", "meta", "schema", "", "", "3") + "\r\n" + oldRow("a1", "meta", "name", "", "", "N") + "\r\n",
		Error: "line 1: missing column(s): site, maintenance, dpo, integrator (schema 3 files have them)",
	}, {
		Name:  "Schema3OneNewColumnDeleted",
		Input: strings.Replace(hdr, ",dpo", "", 1) + "\r\n" + strings.Join(make([]string, numCols-1), ",") + "\r\n" + "a1,meta,schema,,,3" + strings.Repeat(",", numCols-7) + "\r\n" + "a1,meta,name,,,N" + strings.Repeat(",", numCols-7) + "\r\n",
		Error: "line 1: missing column(s): dpo (schema 3 files have them)",
	}, {
		// One schema 3 assessment in a file makes its columns required.
		Name: "MixedSchemasOldHeader",
		Input: old + "\r\n" + oldRow("a1", "meta", "schema", "", "", "2") + "\r\n" + oldRow("a1", "meta", "name", "", "", "N") + "\r\n" +
			oldRow("b2", "meta", "schema", "", "", "3") + "\r\n" + oldRow("b2", "meta", "name", "", "", "M") + "\r\n",
		Error: "line 1: missing column(s): site, maintenance, dpo, integrator (schema 3 files have them)",
	}, {
		Name:  "OldColumnStillRequired",
		Input: strings.Replace(old, ",hr", "", 1) + "\r\n",
		Error: "line 1: missing column(s): hr",
	}} {
		t.Run(tt.Name, func(t *testing.T) {
			as, err := Import([]byte(tt.Input))
			if tt.Error != "" {
				require.Error(t, err)
				assert.Equal(t, tt.Error, err.Error())
				return
			}
			require.NoError(t, err)
			require.Len(t, as, 1)
			assert.Equal(t, tt.Matrix, as[0].Matrix)
			assert.Equal(t, assessment.SchemaVersion, as[0].Schema)
		})
	}
}

var letterTests = []struct {
	In, Out, Err string
}{
	{In: "", Out: ""},
	{In: "R", Out: "R"},
	{In: "a", Out: "A"},
	{In: "A/R", Out: "A/R"},
	{In: "a/r", Out: "A/R"},
	{In: "R/A", Out: "A/R"},
	{In: "AR", Out: "A/R"},
	{In: "ra", Out: "A/R"},
	{In: "A / R", Out: "A/R"},
	{In: " C ", Out: "C"},
	{In: "RC", Err: `letter "RC" is not one of R, A, A/R, C, I (or empty)`},
	{In: "A/C", Err: `letter "A/C" is not one of R, A, A/R, C, I (or empty)`},
	{In: "AA", Err: `letter "AA" is not one of R, A, A/R, C, I (or empty)`},
	{In: "A\\R", Err: `letter "A\\R" is not one of R, A, A/R, C, I (or empty)`},
	{In: "X", Err: `letter "X" is not one of R, A, A/R, C, I (or empty)`},
}

func TestParseLetter(t *testing.T) {
	for _, tt := range letterTests {
		got, err := parseLetter(tt.In)
		if tt.Err != "" {
			assert.EqualError(t, err, tt.Err, "%q", tt.In)
			continue
		}
		require.NoError(t, err, "%q", tt.In)
		assert.Equal(t, tt.Out, got, "%q", tt.In)
	}
	for _, l := range assessment.Letters {
		got, err := parseLetter(string(l))
		require.NoError(t, err)
		assert.Equal(t, string(l), got, "every stored letter reads back as itself")
	}
}

func TestRoleRows(t *testing.T) {
	meta := []string{mkRow("a1", "meta", "schema", "", "", "3"), mkRow("a1", "meta", "name", "", "", "N")}
	for _, tt := range []struct {
		Name  string
		Rows  []string
		Names map[assessment.Role]string
		Error string
	}{{
		Name:  "Named",
		Rows:  []string{mkRow("a1", "role", "ot", "", "OT / automation lead", "Head of Automation"), mkRow("a1", "role", "site", "", "", "  Werkleiter ")},
		Names: map[assessment.Role]string{assessment.RoleOT: "Head of Automation", assessment.RoleSite: "Werkleiter"},
	}, {
		Name: "EmptyKeepsTheLabel",
		Rows: []string{mkRow("a1", "role", "ot", "", "OT / automation lead", "")},
	}, {
		Name:  "FormulaEscaped",
		Rows:  []string{mkRow("a1", "role", "hr", "", "", "'=People")},
		Names: map[assessment.Role]string{assessment.RoleHR: "=People"},
	}, {
		Name:  "UnknownRole",
		Rows:  []string{mkRow("a1", "role", "boss", "", "", "Boss")},
		Error: `line 4, column 3 (item_id): unknown matrix role "boss" (expected one of executive, isms-owner, site, it, ot, operations, maintenance, quality, ehs, legal, dpo, hr, procurement, integrator)`,
	}, {
		Name:  "ConsultantIsNoColumn",
		Rows:  []string{mkRow("a1", "role", "consultant", "", "", "Auditor")},
		Error: `line 4, column 3 (item_id): unknown matrix role "consultant" (expected one of executive, isms-owner, site, it, ot, operations, maintenance, quality, ehs, legal, dpo, hr, procurement, integrator)`,
	}, {
		Name:  "TooLong",
		Rows:  []string{mkRow("a1", "role", "hr", "", "", strings.Repeat("x", assessment.MaxRoleNameLen+1))},
		Error: `line 4, column 6 (value): role name has 61 characters; at most 60 are allowed`,
	}, {
		Name:  "Duplicate",
		Rows:  []string{mkRow("a1", "role", "hr", "", "", "People"), mkRow("a1", "role", "hr", "", "", "Staff")},
		Error: `line 5, column 3 (item_id): duplicate row for role hr of assessment "a1" (first at line 4)`,
	}, {
		Name:  "TwoRolesOneName",
		Rows:  []string{mkRow("a1", "role", "ot", "", "", "Engineering"), mkRow("a1", "role", "maintenance", "", "", "engineering")},
		Error: `line 2, column 1 (assessment_id): assessment "a1" is not valid: role name for "maintenance": "engineering" is already the name of "ot"`,
	}, {
		Name:  "LetterInRoleRow",
		Rows:  []string{mkRow("a1", "role", "ot", "", "", "Head of Automation", "", "", "", "", "A")},
		Error: `line 4, column 11 (executive): must be empty in a role row (its content would be lost)`,
	}} {
		t.Run(tt.Name, func(t *testing.T) {
			as, err := Import([]byte(file(append(meta, tt.Rows...)...)))
			if tt.Error != "" {
				require.Error(t, err)
				assert.Equal(t, tt.Error, err.Error())
				return
			}
			require.NoError(t, err)
			require.Len(t, as, 1)
			assert.Equal(t, tt.Names, as[0].RoleNames)
		})
	}
}

// A/R and role names make the trip through Export and Import, in every
// column and for every role.
func TestRoundTripARAndRoleNames(t *testing.T) {
	a := assessment.New("ar", mustTimeCSV(t, "2026-05-01T08:00:00Z"))
	for i, r := range assessment.RACIRoles {
		c := assessment.Controls()[i]
		a.Matrix[assessment.CellKey{Control: c.ID, Domain: assessment.DomainOT}] = assessment.RACI{r: assessment.LetterAccountableResponsible}
		a.RoleNames, _ = assessment.SetRoleName(a.RoleNames, r, "Title "+string(r))
	}
	require.NoError(t, assessment.Validate(a))
	got := mustImport(t, export(t, a))
	sameAssessments(t, got, []assessment.Assessment{a})
	assert.Len(t, got[0].RoleNames, len(assessment.RACIRoles))
}

func mustTimeCSV(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return tm
}

// schema3Fixture is the export of the last schema 3 release, answering
// every question of bank 1: the file a consultant has on disk when the
// tool moves to bank 2.
const schema3Fixture = "schema3-export.csv"

// TestImportSchema3Golden imports an old-bank file and pins the result.
// The answers are also read from the file independently, with encoding/csv,
// to check that each one is either carried to a bank 2 question or kept
// as a retired answer, and that no note is lost.
func TestImportSchema3Golden(t *testing.T) {
	data := readFixture(t, schema3Fixture)
	as := mustImport(t, data)
	require.Len(t, as, 1)
	a := as[0]
	got, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	golden(t, "schema3-import.golden.json", append(got, '\n'))
	require.NoError(t, assessment.Validate(a))
	assert.NotEmpty(t, a.Retired, "an old-bank file with every question answered has retired answers")

	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	recs, err := r.ReadAll()
	require.NoError(t, err)
	notes := ""
	for _, ans := range a.Answers {
		notes += ans.Note + "\x00"
	}
	for _, ans := range a.Retired {
		notes += ans.Note + "\x00"
	}
	// encoding/csv reads CRLF inside a cell as LF.
	notes = strings.ReplaceAll(notes, "\r\n", "\n")
	n := 0
	for _, rec := range recs[1:] {
		if rec[colSection] != SectionAnswer {
			continue
		}
		n++
		id, rating := rec[colItemID], assessment.Rating(rec[colValue])
		require.True(t, assessment.IsBank1Question(id), id)
		note := unescapeCell(rec[colNote])
		if r, ok := a.Retired[id]; ok {
			assert.Equal(t, rating, r.Rating, "%s retired with its rating", id)
			assert.Equal(t, note, strings.ReplaceAll(r.Note, "\r\n", "\n"), "%s retired with its note", id)
			continue
		}
		if _, ok := assessment.QuestionByID(id); ok {
			assert.Equal(t, rating, a.Answers[id].Rating, "%s carried over", id)
		}
		assert.Contains(t, notes, note, "%s: note kept", id)
	}
	assert.Equal(t, 64, n, "the fixture answers all of bank 1")

	// Written again, it is a schema 4 file, with its retired rows, that
	// reads back the same.
	again := export(t, a)
	assert.Contains(t, string(again), ",retired,MOD-06,")
	sameAssessments(t, mustImport(t, again), as)
}

// TestImportRetiredRows checks the retired section: schema 4 only, and
// only for bank 1 questions whose answers can be retired.
func TestImportRetiredRows(t *testing.T) {
	meta := func(schema string) []string {
		return []string{mkRow("a1", "meta", "schema", "", "", schema), mkRow("a1", "meta", "name", "", "", "N")}
	}
	for _, tt := range []struct {
		Name, Input, Error string
		Retired            map[string]assessment.Answer
	}{{
		Name:    "Schema4",
		Input:   file(append(meta("4"), mkRow("a1", "retired", "GOV-04", "", "", "2", "", "", "", "old note"))...),
		Retired: map[string]assessment.Answer{"GOV-04": {Rating: "2", Note: "old note"}},
	}, {
		Name:  "Schema3",
		Input: file(append(meta("3"), mkRow("a1", "retired", "GOV-04", "", "", "2"))...),
		Error: "line 4, column 2 (section): a schema 3 file has no retired answers (they came with schema 4)",
	}, {
		Name:  "NotRetirable",
		Input: file(append(meta("4"), mkRow("a1", "retired", "GOV-01", "", "", "2"))...),
		Error: `line 4, column 3 (item_id): unknown retired question "GOV-01": only questions of bank 1 that bank 2 no longer asks have retired answers`,
	}, {
		Name:  "Bank2QuestionInSchema3",
		Input: file(append(meta("3"), mkRow("a1", "answer", "GOV-09", "", "", "2"))...),
		Error: `line 4, column 3 (item_id): unknown question "GOV-09": it is not in question bank 1, which schema 3 files answer`,
	}} {
		t.Run(tt.Name, func(t *testing.T) {
			as, err := Import([]byte(tt.Input))
			if tt.Error != "" {
				require.Error(t, err)
				assert.Equal(t, tt.Error, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.Retired, as[0].Retired)
		})
	}
}
