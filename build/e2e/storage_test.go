//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// TestStorageProfileSurvivesReload fills the profile of a new assessment,
// waits for the autosave and reloads: everything is still there, under the
// tool's own keys.
func TestStorageProfileSurvivesReload(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	id := b.CreateAssessment()
	b.FillProfile(id)
	want := b.ProfileValues()
	require.Equal(t, "Lyon packaging plant", want["site"], "the form before the reload: %v", want)
	require.Equal(t, "brokered", want["connectivity"], "the form before the reload: %v", want)
	require.Equal(t, "ot", want["role"], "the form before the reload: %v", want)
	require.Equal(t, "4", want["plants"], "the form before the reload: %v", want)

	b.Reload()
	b.WaitFor("the profile form after the reload", `(document.getElementById("pf-site") || {}).value === "Lyon packaging plant"`)
	assert.Equal(t, want, b.ProfileValues(), "the form after the reload")
	keys := b.StorageKeys()
	require.NotEmpty(t, keys, "nothing in localStorage")
	for _, k := range keys {
		assert.True(t, strings.HasPrefix(k, storage.Prefix), "key %q is outside the tool's namespace %q", k, storage.Prefix)
	}
	b.RequireHealthy()
}

// TestStorageExportCSV exports one assessment from Home and checks the file
// with Python's csv module: header, 20 fields per row, one row per item,
// UTF-8 BOM and CRLF line ends.
func TestStorageExportCSV(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	id := b.CreateAssessment()
	b.FillProfile(id)
	path := b.ExportCSV(id)
	b.WaitText("#notice", "Saved "+filepath.Base(path))

	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")), "the file does not start with the UTF-8 byte order mark")
	lf, crlf := bytes.Count(raw, []byte("\n")), bytes.Count(raw, []byte("\r\n"))
	assert.NotZero(t, lf, "line feeds")
	assert.Equal(t, lf, crlf, "line feeds that are CRLF")

	out, err := exec.Command("python3", "-c", `
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
print(json.dumps({"header": rows[0], "rows": len(rows) - 1,
    "widths": sorted(set(len(r) for r in rows)),
    "sections": sorted(set(r[1] for r in rows[1:])),
    "site": [r[5] for r in rows[1:] if r[1] == "profile" and r[2] == "site"]}))
`, path).CombinedOutput()
	require.NoError(t, err, "python3: %s", out)
	var got struct {
		Header   []string
		Rows     int
		Widths   []int
		Sections []string
		Site     []string
	}
	require.NoError(t, json.Unmarshal(out, &got), "python3 said %s", out)
	wantHeader := "assessment_id,section,item_id,domain,label,value,value_label,owner,target,note,executive,isms-owner,site,it,ot,operations,maintenance,quality,ehs,legal,dpo,hr,procurement,integrator,refs"
	assert.Equal(t, wantHeader, strings.Join(got.Header, ","), "header")
	assert.Equal(t, []int{25}, got.Widths, "row widths: every row has 25 fields")
	require.Len(t, assessment.Controls(), 93, "controls (the test expects 93)")
	// meta + profile + roles + role holders + authority rows + answers + raci
	wantRows := 8 + len(assessment.ProfileFields()) + 14 + 14 + len(assessment.RiskLevels)*len(assessment.RiskContexts) + len(assessment.Questions()) + 93*3
	assert.Equal(t, wantRows, got.Rows, "data rows")
	assert.Equal(t, []string{"answer", "authority", "holder", "meta", "profile", "raci", "role"}, got.Sections, "sections")
	assert.Equal(t, []string{"Lyon packaging plant"}, got.Site, "site")
	b.RequireHealthy()
}

// TestStorageImportIntoFreshBrowser moves an assessment to a new browser
// profile through the exported file: same profile, same answers.
func TestStorageImportIntoFreshBrowser(t *testing.T) {
	// First browser: fill a profile in the UI and export it.
	b1 := NewBrowser(t)
	b1.OpenApp()
	id := b1.CreateAssessment()
	b1.FillProfile(id)
	want := b1.ProfileValues()
	exported := b1.ExportCSV(id)
	b1.RequireHealthy()

	// Second browser, fresh profile: import it.
	b2 := NewBrowser(t)
	b2.OpenApp()
	b2.PickFiles("#import-file", exported)
	b2.WaitVisible("#import-dialog")
	preview := b2.Text("#import-dialog")
	for _, w := range []string{"Creates a new assessment.", "Lyon packaging plant", "M. Dubois", "14 Mar 2026", "0 of "} {
		assert.Contains(t, preview, w, "the preview")
	}
	b2.Click("#import-confirm")
	// One assessment: Root opens its profile.
	b2.WaitFor("the imported profile", `location.hash === `+js("#/"+id+"/profile")+` && (document.getElementById("pf-site") || {}).value === "Lyon packaging plant"`,
		Showing(`location.hash`))
	assert.Equal(t, want, b2.ProfileValues(), "the imported profile")
	b2.GoHome()
	b2.WaitText("#assessments", "Lyon packaging plant")
	assert.Contains(t, b2.Text("#assessments"), "M. Dubois", "the list")

	// Answers travel too: a fully answered assessment, compared field by
	// field with what the browser stored. Its size is the figure for the
	// storage budget.
	full := fullAssessment(t, "f00f00f00f00f00f00f00f00f00f00f0", "Lyon full", "Lyon", len(assessment.Questions()))
	b2.PickFiles("#import-file", writeCSV(t, t.TempDir(), "full.csv", full))
	b2.Click("#import-confirm")
	key := assessmentKey(t, full.ID)
	b2.WaitFor("the full assessment", fmt.Sprintf(`!!localStorage.getItem(%s) && (document.getElementById("pf-site") || {}).value === "Lyon"`, js(key)))
	stored := b2.Stored(full.ID)
	var env struct {
		Data assessment.Assessment `json:"data"`
	}
	require.NoError(t, json.Unmarshal([]byte(stored), &env), "the stored value")
	assert.Equal(t, full.Answers, env.Data.Answers, "the imported answers")
	assert.Equal(t, full.Matrix, env.Data.Matrix, "the imported matrix")
	assert.Equal(t, full.Profile, env.Data.Profile, "the imported profile")
	size := storage.UTF16Len(key) + storage.UTF16Len(stored)
	t.Logf("one fully filled assessment (64 answers with notes, 279 matrix rows): %d characters in localStorage; about %d fit in 5,000,000", size, 5_000_000/size)
	t.Logf("all of this tool's keys now: %d characters", b2.StorageUsage())
	assert.LessOrEqual(t, size, 100_000, "characters one assessment takes")
	b2.RequireHealthy()
}

// TestStorageBrokenImportChangesNothing imports refused files: the page
// lists the problems with line and column, and storage is untouched.
func TestStorageBrokenImportChangesNothing(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	b.CreateListed("Lyon")
	before := b.StorageSnapshot()

	dir := t.TempDir()
	full := fullAssessment(t, "c33c33c33c33c33c33c33c33c33c33c3", "Broken", "Lyon", 10)
	var exp bytes.Buffer
	require.NoError(t, csvio.Export(&exp, full))
	recs := readCSVRecords(t, exp.Bytes(), ',')
	// The first answer: no cell of this file spans lines, so record i is
	// on line i+1.
	line := 0
	for i, rec := range recs {
		if rec[1] == "answer" {
			rec[5], line = "7", i+1
			break
		}
	}
	require.Equal(t, 1+8+len(assessment.ProfileFields())+2*len(assessment.RACIRoles)+len(assessment.RiskLevels)*len(assessment.RiskContexts)+1, line, "the line of the first answer")
	rating := filepath.Join(dir, "rating-seven.csv")
	writeCSVRecords(t, rating, recs, ',')

	// A spreadsheet's semicolon file whose "note" column was deleted.
	semi, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "csv", "resaved-semicolon-bom-crlf.csv"))
	require.NoError(t, err)
	semiRecs := readCSVRecords(t, semi, ';')
	require.Equal(t, "note", semiRecs[0][9], "column 10 of the sample")
	for i, rec := range semiRecs {
		semiRecs[i] = append(rec[:9:9], rec[10:]...)
	}
	missing := filepath.Join(dir, "missing-column.csv")
	writeCSVRecords(t, missing, semiRecs, ';')

	for _, c := range []struct {
		path  string
		wants []string
	}{
		{rating, []string{"\u201crating-seven.csv\u201d was not imported: nothing was changed.", fmt.Sprintf("line %d, column 6 (value)", line), `"7"`}},
		{missing, []string{"\u201cmissing-column.csv\u201d was not imported: nothing was changed.", "line 1", "missing column(s): note"}},
	} {
		name := filepath.Base(c.path)
		b.PickFiles("#import-file", c.path)
		b.WaitText("#notice", name)
		notice := b.Text("#notice")
		for _, w := range c.wants {
			assert.Contains(t, notice, w, "%s: the error", name)
		}
		assert.Equal(t, "alert", b.EvalString(`document.getElementById("notice").getAttribute("role")`), "%s: the role of the error notice", name)
		assert.Equal(t, before, b.StorageSnapshot(), "%s changed localStorage", name)
		assert.Equal(t, 1, b.Count(homeRows), "%s: rows listed", name)
	}
	b.Screenshot("import-error")
	b.RequireHealthy()
}

// TestStorageQuotaFull fills the browser's storage from outside the tool,
// then makes changes that need more room: the page says so, and the saved
// assessment stays exactly as it was.
func TestStorageQuotaFull(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	id := b.CreateListed("Lyon")
	saved := b.Stored(id)

	// The largest filler that fits: double, then bisect.
	filler := b.EvalInt(`(() => {
		const fits = n => { try { localStorage.setItem("filler", "x".repeat(n)); return true } catch (e) { localStorage.removeItem("filler"); return false } };
		let lo = 0, hi = 1 << 20;
		while (fits(hi)) { lo = hi; hi *= 2; }
		while (hi - lo > 1) { const mid = Math.floor((lo + hi) / 2); if (fits(mid)) lo = mid; else hi = mid; }
		localStorage.setItem("filler", "x".repeat(lo));
		return lo;
	})()`)
	t.Logf("filler of %d characters leaves no room", filler)
	defer b.Eval(`localStorage.removeItem("filler"), true`, nil)

	// Duplicating needs room for a second copy.
	b.Click("#duplicate-" + id)
	b.WaitText("#notice", "storage is full")
	assert.Contains(t, b.Text("#notice"), "Could not duplicate", "the notice")
	assert.Equal(t, 1, b.Count(homeRows), "rows after a failed duplicate")

	// Typing a long organisation name needs more room too.
	b.Click(`a.assessment-name`)
	b.WaitFor("the profile form", `(document.getElementById("pf-site") || {}).value === "Lyon"`)
	long := strings.Repeat("Acme Process Industries ", 8)
	b.Type("#pf-organisation", long)
	b.WaitText("#save-status", "Could not save")
	alert := b.EvalString(`[...document.querySelectorAll('.notice-area [role="alert"]')].map(e => e.innerText).join("\n")`)
	assert.Contains(t, alert, "browser storage is full", "the page's alert")
	assert.Contains(t, alert, "previously saved version is unchanged", "the page's alert")
	assert.Equal(t, saved, b.Stored(id), "the saved assessment changed")
	b.Screenshot("storage-full")

	// With room again, the next change saves everything.
	b.Eval(`localStorage.removeItem("filler"), true`, nil)
	b.SendKeys("#pf-organisation", "Ltd")
	b.WaitSaved(id, strings.TrimSpace(long)[:40])
	assert.Contains(t, b.Stored(id), long+"Ltd", "the stored organisation after freeing room")
	b.RequireHealthy()
}
