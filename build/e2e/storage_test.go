//go:build e2e

package e2e

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// hmFillProfile fills every field of the open profile form and waits until
// the last change is saved.
func hmFillProfile(b *Browser, id string) {
	b.t.Helper()
	hmType(b, "#pf-organisation", "Acme Process Industries")
	hmType(b, "#pf-site", "Lyon packaging plant")
	hmSetValue(b, "#pf-sector", "Pharmaceuticals and biotechnology")
	b.Run(chromedp.Click("#pf-validated", chromedp.ByQuery), chromedp.Click("#pf-centralRisk", chromedp.ByQuery))
	hmType(b, "#pf-plants", "4")
	b.Run(chromedp.Click("#pf-conn-brokered", chromedp.ByQuery))
	hmType(b, "#pf-assessor", "R. Keller")
	hmType(b, "#pf-respondent", "M. Dubois")
	hmSetValue(b, "#pf-role", "ot")
	hmSetValue(b, "#pf-date", "2026-03-14")
	hmWaitSaved(b, id, `"date":"2026-03-14"`)
}

// hmProfileValues reads the profile form as the user sees it.
func hmProfileValues(b *Browser) map[string]any {
	b.t.Helper()
	var v map[string]any
	b.Eval(`(() => {
		const val = id => document.getElementById(id).value;
		const on = id => document.getElementById(id).checked;
		const conn = document.querySelector('input[name="pf-connectivity"]:checked');
		return {name: val("pf-name"), organisation: val("pf-organisation"), site: val("pf-site"), sector: val("pf-sector"),
			validated: on("pf-validated"), safetyCritical: on("pf-safetyCritical"), plants: val("pf-plants"),
			centralRisk: on("pf-centralRisk"), connectivity: conn ? conn.value : "", assessor: val("pf-assessor"),
			respondent: val("pf-respondent"), role: val("pf-role"), date: val("pf-date")};
	})()`, &v)
	return v
}

// hmDownloaded waits for a finished download (Chromium writes .crdownload
// first) and returns its path.
func hmDownloaded(b *Browser, suffix string) string {
	b.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(b.Downloads)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), suffix) && !strings.HasSuffix(e.Name(), ".crdownload") {
				p := filepath.Join(b.Downloads, e.Name())
				if st, err := os.Stat(p); err == nil && st.Size() > 0 {
					return p
				}
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatalf("no %s file arrived in %s", suffix, b.Downloads)
	return ""
}

// TestStorageProfileSurvivesReload fills the profile of a new assessment,
// waits for the autosave and reloads: everything is still there, under the
// tool's own keys.
func TestStorageProfileSurvivesReload(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	id := hmCreate(b)
	hmFillProfile(b, id)
	want := hmProfileValues(b)
	if want["site"] != "Lyon packaging plant" || want["connectivity"] != "brokered" || want["role"] != "ot" || want["plants"] != "4" {
		t.Fatalf("the form shows %v before the reload", want)
	}

	b.Reload()
	hmWait(b, "the profile form after the reload", `(document.getElementById("pf-site") || {}).value === "Lyon packaging plant"`)
	if got := hmProfileValues(b); !reflect.DeepEqual(got, want) {
		t.Errorf("after the reload the form shows\n%v\nwant\n%v", got, want)
	}
	var keys []string
	b.Eval(`Object.keys(localStorage)`, &keys)
	if len(keys) == 0 {
		t.Fatal("nothing in localStorage")
	}
	for _, k := range keys {
		if !strings.HasPrefix(k, "isms-ownership/v1/") {
			t.Errorf("key %q is outside the tool's namespace", k)
		}
	}
	b.RequireHealthy()
}

// TestStorageExportCSV exports one assessment from Home and checks the file
// with Python's csv module: header, 20 fields per row, one row per item,
// UTF-8 BOM and CRLF line ends.
func TestStorageExportCSV(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	id := hmCreate(b)
	hmFillProfile(b, id)
	hmHome(b)
	b.Run(chromedp.Click("#export-"+id, chromedp.ByQuery))
	path := hmDownloaded(b, ".csv")
	if txt := hmText(b, "#notice"); !strings.Contains(txt, "Saved "+filepath.Base(path)) {
		t.Errorf("notice after the export: %q", txt)
	}

	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		t.Error("the file does not start with the UTF-8 byte order mark")
	}
	if lf, crlf := bytes.Count(raw, []byte("\n")), bytes.Count(raw, []byte("\r\n")); lf != crlf || lf == 0 {
		t.Errorf("%d line feeds, %d of them CRLF", lf, crlf)
	}

	out, err := exec.Command("python3", "-c", `
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
print(json.dumps({"header": rows[0], "rows": len(rows) - 1,
    "widths": sorted(set(len(r) for r in rows)),
    "sections": sorted(set(r[1] for r in rows[1:])),
    "site": [r[5] for r in rows[1:] if r[1] == "profile" and r[2] == "site"]}))
`, path).CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	var got struct {
		Header   []string
		Rows     int
		Widths   []int
		Sections []string
		Site     []string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("python3 said %s: %v", out, err)
	}
	wantHeader := "assessment_id,section,item_id,domain,label,value,value_label,owner,target,note,executive,isms-owner,it,ot,quality,ehs,legal,hr,procurement,operations"
	if h := strings.Join(got.Header, ","); h != wantHeader {
		t.Errorf("header %q", h)
	}
	if !reflect.DeepEqual(got.Widths, []int{20}) {
		t.Errorf("row widths %v, want every row 20 fields", got.Widths)
	}
	if n := len(assessment.Controls()); n != 93 {
		t.Fatalf("%d controls, the test expects 93", n)
	}
	wantRows := 6 + 12 + len(assessment.Questions()) + 93*3 // meta + profile + answers + raci
	if got.Rows != wantRows {
		t.Errorf("%d data rows, want %d", got.Rows, wantRows)
	}
	if !reflect.DeepEqual(got.Sections, []string{"answer", "meta", "profile", "raci"}) || !reflect.DeepEqual(got.Site, []string{"Lyon packaging plant"}) {
		t.Errorf("sections %v, site %v", got.Sections, got.Site)
	}
	b.RequireHealthy()
}

// TestStorageImportIntoFreshBrowser moves an assessment to a new browser
// profile through the exported file: same profile, same answers.
func TestStorageImportIntoFreshBrowser(t *testing.T) {
	// First browser: fill a profile in the UI and export it.
	b1 := NewBrowser(t)
	b1.OpenReady(productHTML(t))
	id := hmCreate(b1)
	hmFillProfile(b1, id)
	want := hmProfileValues(b1)
	hmHome(b1)
	b1.Run(chromedp.Click("#export-"+id, chromedp.ByQuery))
	exported := hmDownloaded(b1, ".csv")
	b1.RequireHealthy()

	// Second browser, fresh profile: import it.
	b2 := NewBrowser(t)
	b2.OpenReady(productHTML(t))
	hmUpload(b2, exported)
	b2.Run(chromedp.WaitVisible("#import-dialog", chromedp.ByQuery))
	txt := hmText(b2, "#import-dialog")
	for _, w := range []string{"Creates a new assessment.", "Lyon packaging plant", "M. Dubois", "2026-03-14", "0 of 64 questions"} {
		if !strings.Contains(txt, w) {
			t.Errorf("the preview lacks %q:\n%s", w, txt)
		}
	}
	b2.Run(chromedp.Click("#import-confirm", chromedp.ByQuery))
	// One assessment: Root opens its profile.
	hmWait(b2, "the imported profile", `location.hash === "#/`+id+`/profile" && (document.getElementById("pf-site") || {}).value === "Lyon packaging plant"`)
	if got := hmProfileValues(b2); !reflect.DeepEqual(got, want) {
		t.Errorf("imported profile\n%v\nwant\n%v", got, want)
	}
	hmHome(b2)
	hmWait(b2, "the imported assessment in the list", `(document.getElementById("assessments") || {innerText: ""}).innerText.includes("Lyon packaging plant")`)
	if list := hmText(b2, "#assessments"); !strings.Contains(list, "Lyon packaging plant") || !strings.Contains(list, "M. Dubois") {
		t.Errorf("the list shows %q", list)
	}

	// Answers travel too: a fully answered assessment, compared field by
	// field with what the browser stored. Its size is the figure for the
	// storage budget.
	full := hmFull(t, "f00f00f00f00f00f00f00f00f00f00f0", "Lyon full", "Lyon", len(assessment.Questions()))
	hmUpload(b2, hmWriteCSV(t, t.TempDir(), "full.csv", full))
	b2.Run(chromedp.WaitVisible("#import-confirm", chromedp.ByQuery), chromedp.Click("#import-confirm", chromedp.ByQuery))
	key := "isms-ownership/v1/a/" + full.ID
	hmWait(b2, "the full assessment", fmt.Sprintf(`!!localStorage.getItem(%q) && (document.getElementById("pf-site") || {}).value === "Lyon"`, key))
	stored := hmStored(b2, full.ID)
	var env struct {
		Data assessment.Assessment `json:"data"`
	}
	if err := json.Unmarshal([]byte(stored), &env); err != nil {
		t.Fatalf("stored value: %v", err)
	}
	if !reflect.DeepEqual(env.Data.Answers, full.Answers) || !reflect.DeepEqual(env.Data.Matrix, full.Matrix) || env.Data.Profile != full.Profile {
		t.Error("the imported answers, matrix or profile differ from the file's")
	}
	size := storage.UTF16Len(key) + storage.UTF16Len(stored)
	var usage int
	b2.Eval(`Object.keys(localStorage).filter(k => k.startsWith("isms-ownership/v1/")).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0)`, &usage)
	t.Logf("one fully filled assessment (64 answers with notes, 279 matrix rows): %d characters in localStorage; about %d fit in 5,000,000", size, 5_000_000/size)
	t.Logf("all of this tool's keys now: %d characters", usage)
	if size > 100_000 {
		t.Errorf("one assessment takes %d characters", size)
	}
	b2.RequireHealthy()
}

// TestStorageBrokenImportChangesNothing imports refused files: the page
// lists the problems with line and column, and storage is untouched.
func TestStorageBrokenImportChangesNothing(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	id := hmCreate(b)
	hmType(b, "#pf-site", "Lyon")
	hmWaitSaved(b, id, `"site":"Lyon"`)
	hmHome(b)
	before := hmSnapshot(b)

	dir := t.TempDir()
	full := hmFull(t, "c33c33c33c33c33c33c33c33c33c33c3", "Broken", "Lyon", 10)
	var exp bytes.Buffer
	if err := csvio.Export(&exp, full); err != nil {
		t.Fatal(err)
	}
	recs := hmReadCSV(t, exp.Bytes(), ',')
	// The first answer: no cell of this file spans lines, so record i is
	// on line i+1.
	line := 0
	for i, rec := range recs {
		if rec[1] == "answer" {
			rec[5], line = "7", i+1
			break
		}
	}
	if line != 1+6+12+1 {
		t.Fatalf("the first answer is on line %d", line)
	}
	rating := filepath.Join(dir, "rating-seven.csv")
	if err := os.WriteFile(rating, hmWriteRecords(t, recs, ','), 0o644); err != nil {
		t.Fatal(err)
	}

	// A spreadsheet's semicolon file whose "note" column was deleted.
	semi, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "csv", "resaved-semicolon-bom-crlf.csv"))
	if err != nil {
		t.Fatal(err)
	}
	semiRecs := hmReadCSV(t, semi, ';')
	if semiRecs[0][9] != "note" {
		t.Fatalf("column 10 of the sample is %q", semiRecs[0][9])
	}
	for i, rec := range semiRecs {
		semiRecs[i] = append(rec[:9:9], rec[10:]...)
	}
	missing := filepath.Join(dir, "missing-column.csv")
	if err := os.WriteFile(missing, hmWriteRecords(t, semiRecs, ';'), 0o644); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		path  string
		wants []string
	}{
		{rating, []string{"\u201crating-seven.csv\u201d was not imported: nothing was changed.", fmt.Sprintf("line %d, column 6 (value)", line), `"7"`}},
		{missing, []string{"\u201cmissing-column.csv\u201d was not imported: nothing was changed.", "line 1", "missing column(s): note"}},
	} {
		hmUpload(b, c.path)
		hmWait(b, "the import error", `(document.getElementById("notice") || {innerText: ""}).innerText.includes(`+fmt.Sprintf("%q", filepath.Base(c.path))+`)`)
		txt := hmText(b, "#notice")
		for _, w := range c.wants {
			if !strings.Contains(txt, w) {
				t.Errorf("%s: the error lacks %q:\n%s", filepath.Base(c.path), w, txt)
			}
		}
		var role string
		b.Eval(`document.getElementById("notice").getAttribute("role")`, &role)
		if role != "alert" {
			t.Errorf("the error notice has role %q", role)
		}
		if after := hmSnapshot(b); after != before {
			t.Errorf("%s changed localStorage:\nbefore %.300s\nafter  %.300s", filepath.Base(c.path), before, after)
		}
		if n := hmRowCount(b, 1); n != 1 {
			t.Errorf("%d rows listed", n)
		}
	}
	b.Screenshot("import-error")
	b.RequireHealthy()
}

// TestStorageQuotaFull fills the browser's storage from outside the tool,
// then makes changes that need more room: the page says so, and the saved
// assessment stays exactly as it was.
func TestStorageQuotaFull(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	id := hmCreate(b)
	hmType(b, "#pf-site", "Lyon")
	hmWaitSaved(b, id, `"site":"Lyon"`)
	hmHome(b)
	saved := hmStored(b, id)

	// The largest filler that fits: double, then bisect.
	var filler int
	b.Eval(`(() => {
		const fits = n => { try { localStorage.setItem("filler", "x".repeat(n)); return true } catch (e) { localStorage.removeItem("filler"); return false } };
		let lo = 0, hi = 1 << 20;
		while (fits(hi)) { lo = hi; hi *= 2; }
		while (hi - lo > 1) { const mid = Math.floor((lo + hi) / 2); if (fits(mid)) lo = mid; else hi = mid; }
		localStorage.setItem("filler", "x".repeat(lo));
		return lo;
	})()`, &filler)
	t.Logf("filler of %d characters leaves no room", filler)
	defer b.Eval(`localStorage.removeItem("filler"), true`, nil)

	// Duplicating needs room for a second copy.
	b.Run(chromedp.Click("#duplicate-"+id, chromedp.ByQuery))
	hmWait(b, "the duplicate error", `(document.getElementById("notice") || {innerText: ""}).innerText.includes("storage is full")`)
	if txt := hmText(b, "#notice"); !strings.Contains(txt, "Could not duplicate") {
		t.Errorf("notice: %q", txt)
	}
	if n := hmRowCount(b, 1); n != 1 {
		t.Errorf("%d rows after a failed duplicate", n)
	}

	// Typing a long organisation name needs more room too.
	b.Run(chromedp.Click(`a.assessment-name`, chromedp.ByQuery))
	hmWait(b, "the profile form", `(document.getElementById("pf-site") || {}).value === "Lyon"`)
	long := strings.Repeat("Acme Process Industries ", 8)
	hmType(b, "#pf-organisation", long)
	hmWait(b, "the save error", `(document.getElementById("save-status") || {}).textContent === "Could not save"`)
	var alert string
	b.Eval(`[...document.querySelectorAll('.notice-area [role="alert"]')].map(e => e.innerText).join("\n")`, &alert)
	if !strings.Contains(alert, "browser storage is full") || !strings.Contains(alert, "previously saved version is unchanged") {
		t.Errorf("the page says %q", alert)
	}
	if got := hmStored(b, id); got != saved {
		t.Errorf("the saved assessment changed:\nbefore %.200s\nafter  %.200s", saved, got)
	}
	b.Screenshot("storage-full")

	// With room again, the next change saves everything.
	b.Eval(`localStorage.removeItem("filler"), true`, nil)
	b.Run(chromedp.SendKeys("#pf-organisation", "Ltd", chromedp.ByQuery))
	hmWaitSaved(b, id, strings.TrimSpace(long)[:40])
	if got := hmStored(b, id); !strings.Contains(got, long+"Ltd") {
		t.Errorf("after freeing room the stored organisation is not the typed one: %.300s", got)
	}
	b.RequireHealthy()
}

// hmReadCSV parses a CSV file (with or without BOM) into records.
func hmReadCSV(t *testing.T, data []byte, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.Comma, r.FieldsPerRecord = comma, -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// hmWriteRecords writes records as a spreadsheet would: BOM, CRLF.
func hmWriteRecords(t *testing.T, recs [][]string, comma rune) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("\xef\xbb\xbf")
	w := csv.NewWriter(&b)
	w.Comma, w.UseCRLF = comma, true
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
