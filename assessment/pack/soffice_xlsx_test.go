package pack_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// The LibreOffice test opens every generated spreadsheet in a real
// reader: soffice converts each sheet to CSV headless, and the test fails
// when a conversion fails or the CSV lacks what the assessment holds.
//
// `make test` installs LibreOffice (Debian's libreoffice-calc-nogui). A
// machine without it fails the test, unless PACK_SKIP_LIBREOFFICE=1 is
// set, which skips it (for a quick local run; CI must not set it).

// xlsxSkipLibreOfficeEnv names the variable that skips the LibreOffice tests.
const xlsxSkipLibreOfficeEnv = "PACK_SKIP_LIBREOFFICE"

// sofficeXLSX returns the path of soffice, skips the test when
// PACK_SKIP_LIBREOFFICE=1, and fails it when soffice is missing.
func sofficeXLSX(t *testing.T) string {
	t.Helper()
	if os.Getenv(xlsxSkipLibreOfficeEnv) == "1" {
		t.Skip(xlsxSkipLibreOfficeEnv + "=1: LibreOffice conversion skipped")
	}
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("soffice (LibreOffice) not found: `make test` installs it (libreoffice-calc-nogui); set " + xlsxSkipLibreOfficeEnv + "=1 to skip this test")
	return ""
}

// sofficeCSVFilter converts every sheet (the last token, -1) to UTF-8
// (76) CSV with comma separators (44) and double quotes (34), cell text
// as shown.
const sofficeCSVFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

// sofficeXLSXToCSV converts the spreadsheets files (by file name) with one
// LibreOffice run and returns, by file name and then by sheet name, each
// sheet's CSV records. A private profile keeps parallel runs apart.
func sofficeXLSXToCSV(t *testing.T, files map[string][]byte) map[string]map[string][][]string {
	t.Helper()
	bin := sofficeXLSX(t)
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	require.NoError(t, os.MkdirAll(in, 0o755))
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--norestore",
		"--convert-to", sofficeCSVFilter, "--outdir", out}
	for name, data := range files {
		p := filepath.Join(in, name)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		args = append(args, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var outBuf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &outBuf, &outBuf
	require.NoError(t, cmd.Run(), "soffice: %s", outBuf.String())
	require.NotContains(t, strings.ToLower(outBuf.String()), "error", "soffice reported an error")

	res := map[string]map[string][][]string{}
	for name := range files {
		base := strings.TrimSuffix(name, filepath.Ext(name))
		matches, err := filepath.Glob(filepath.Join(out, base+"-*.csv"))
		require.NoError(t, err)
		require.NotEmpty(t, matches, "soffice wrote no CSV for %s: %s", name, outBuf.String())
		res[name] = map[string][][]string{}
		for _, m := range matches {
			data, err := os.ReadFile(m)
			require.NoError(t, err)
			r := csv.NewReader(bytes.NewReader(data))
			r.FieldsPerRecord = -1
			recs, err := r.ReadAll()
			require.NoError(t, err, m)
			sheet := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(m), base+"-"), ".csv")
			res[name][sheet] = recs
		}
	}
	return res
}

func TestLibreOfficeReadsSpreadsheets(t *testing.T) {
	in := xlsxFullInput(t)
	a := in.A
	in.Actions = assessment.Actions(a)
	files := map[string][]byte{}
	names := map[string]string{}
	for _, id := range xlsxKinds {
		f, err := pack.Build(id, in)
		require.NoError(t, err)
		files[f.Name] = f.Data
		names[id] = f.Name
	}
	csvs := sofficeXLSXToCSV(t, files)

	// The RACI annex: every control and domain with its letters, and the
	// legend.
	raci := csvs[names["raci"]]
	require.Contains(t, raci, "RACI annex")
	require.Contains(t, raci, "Legend")
	rows := raci["RACI annex"]
	require.Len(t, rows, 5+93*3)
	assert.Contains(t, rows[1][0], a.Name)
	i := 5
	for _, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			row := rows[i]
			k := assessment.CellKey{Control: c.ID, Domain: d}
			assert.Equal(t, []string{c.ID, c.Label, assessment.DomainLabel(d)}, row[:3])
			for j, r := range assessment.RACIRoles {
				assert.Equal(t, string(a.Matrix[k][r]), row[4+j], "%s %s", k, r)
			}
			i++
		}
	}
	assert.Contains(t, strings.Join(flattenRows(raci["Legend"]), "\n"), "M. Keller")

	// The SoA: 93 controls, the three decisions empty, three rows for
	// controls beyond Annex A, the sign-off.
	soa := csvs[names["soa"]]["Statement of Applicability"]
	require.Len(t, soa, 5+93+3+3)
	assert.Equal(t, "Shared-infrastructure row: RACI status (not applicability)", soa[4][7])
	assert.Equal(t, "Matrix problems (resolve, then delete this column before issue)", soa[4][10])
	for i, c := range assessment.Controls() {
		row := soa[5+i]
		assert.Equal(t, c.ID, row[0])
		assert.Contains(t, []string{"Roles set", "Proposed (preset)", "Not yet assigned"}, row[7], c.ID)
		assert.Equal(t, []string{"", "", ""}, row[11:14], c.ID)
	}
	assert.Equal(t, "Additional control (e.g. IEC 62443-2-1, EU GMP Annex 11) — to complete", soa[5+93][1])
	assert.Contains(t, soa[len(soa)-1][0], "Approved by top management: [to complete: name, date]")

	// The authority matrix: the rows set in the assessment.
	auth := strings.Join(flattenRows(csvs[names["authority"]]["Risk acceptance"]), "\n")
	for _, want := range []string{"Head of Automation; Plant operations", "M. Keller", "24", "[to complete: role]",
		"Shared IT/OT infrastructure", "Longest acceptance (months)", "Precedence: " + assessment.PrecedenceRule,
		"Approved by top management: [to complete: name, date]"} {
		assert.Contains(t, auth, want)
	}

	// The action plan: every action, with its owner.
	plan := csvs[names["actions"]]["Action plan"]
	unasked := findingsNoQuestion(a)
	require.Len(t, plan, 5+len(in.Actions)+len(unasked))
	assert.Equal(t, "Owner check", plan[4][4])
	finding := map[string]bool{}
	for _, f := range unasked {
		finding[f.ID] = true
	}
	var actRows [][]string
	for _, row := range plan[5:] {
		if !finding[row[0]] {
			actRows = append(actRows, row)
		}
	}
	require.Len(t, actRows, len(in.Actions))
	for i, act := range in.Actions {
		assert.Equal(t, act.ID, actRows[i][0])
		assert.Equal(t, act.Title, actRows[i][1])
		var checks []string
		for _, c := range a.OwnerChecks(act) {
			checks = append(checks, c.Short)
		}
		assert.Equal(t, strings.Join(checks, "\n"), actRows[i][4], act.ID)
	}
	assert.Contains(t, strings.Join(flattenRows(raci["RACI annex"]), "\n"), "No check flags this row")
}
