//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// storedRecords is the record (the "data" of the stored envelope, byte for
// byte) of every assessment in the page's storage, by ID. The envelope's
// revision and saved time are the store's, not the record's, and change
// with every write.
func (b *Browser) storedRecords() map[string]string {
	b.t.Helper()
	var kv map[string]string
	b.Eval(`Object.fromEntries(`+ownKeysJS+`.map(k => [k, localStorage.getItem(k)]))`, &kv)
	out := map[string]string{}
	for k, v := range kv {
		id, ok := storage.IsAssessmentKey(k)
		if !ok {
			continue
		}
		var env struct {
			Data json.RawMessage `json:"data"`
		}
		require.NoError(b.t, json.Unmarshal([]byte(v), &env), "the stored value of %s", id)
		require.NotEmpty(b.t, env.Data, "the record of %s", id)
		out[id] = string(env.Data)
	}
	return out
}

// clearOwnKeys removes the tool's keys only: other local files share the
// storage, and their keys are none of the tool's business.
func (b *Browser) clearOwnKeys() {
	b.t.Helper()
	b.Eval(ownKeysJS+`.forEach(k => localStorage.removeItem(k))`, nil)
	require.Empty(b.t, b.storedRecords(), "records left after clearing the tool's keys")
}

// roundTrip stores as, exports them all from Home, clears the tool's keys,
// imports the backup and checks that every stored record is what it was,
// byte for byte. It returns the milliseconds from the pick to the open
// preview.
func roundTrip(t *testing.T, as []assessment.Assessment) float64 {
	b := NewBrowser(t)
	b.OpenSeeded("#/", as...)
	b.WaitCount(homeRows, len(as))
	before := b.storedRecords()
	require.Len(t, before, len(as), "records stored before the export")

	b.Click("#export-all")
	path := b.WaitDownload(".csv")
	info, err := os.Stat(path)
	require.NoError(t, err)
	t.Logf("backup of %d assessments: %.2f MB", len(as), float64(info.Size())/1e6)

	b.clearOwnKeys()
	b.Reload()
	b.WaitFor("the empty list", `!document.querySelector(`+js(homeRows)+`) && !!document.getElementById("home-title")`)

	b.Eval(`window.e2ePicked = performance.now()`, nil)
	b.PickFiles("#import-file", path)
	b.WaitFor("the preview", `(() => { const d = document.getElementById("import-dialog"); return !!d && d.open })()`, Within(time.Minute))
	ms := float64(b.EvalInt(`Math.round(performance.now() - window.e2ePicked)`))
	intro := b.Text("#import-intro")
	assert.Contains(t, intro, fmt.Sprintf("The file holds %d assessments: %d new.", len(as), len(as)), "the preview's summary")
	assert.Equal(t, 0, b.Count("#import-refusal"), "a refusal of the backup")
	assert.LessOrEqual(t, b.Count("#import-dialog .import-item"), 20, "assessments listed at once")

	b.Click("#import-confirm")
	b.WaitCount(homeRows, len(as))
	b.WaitText("#notice", fmt.Sprintf("Imported %d assessments.", len(as)))
	after := b.storedRecords()
	require.Len(t, after, len(before), "records stored after the import")
	var differ []string
	for id, rec := range before {
		if after[id] != rec {
			differ = append(differ, id)
		}
	}
	assert.Empty(t, differ, "records that do not come back byte for byte")
	b.RequireHealthy()
	return ms
}

// TestBackupSixtyFullAssessmentsRoundTrip: "Export all" of 60 fully
// answered assessments (more rows than the old limit of 20,000) imports
// back, record for record.
func TestBackupSixtyFullAssessmentsRoundTrip(t *testing.T) {
	var as []assessment.Assessment
	for i := range 60 {
		a := fullAssessment(t, fmt.Sprintf("b60-%02d", i), fmt.Sprintf("Plant %02d \u2013 OT lead", i), fmt.Sprintf("Plant %02d", i), len(assessment.Questions()))
		as = append(as, a)
	}
	require.Greater(t, 60*csvio.RowsPerAssessment(), 20000, "the backup has more rows than the old limit")
	ms := roundTrip(t, as)
	t.Logf("60 full assessments: from the pick to the preview in %.0f ms", ms)
}

// TestBackupNoteHeavyRoundTrip: a backup of about 6 MB, most of it notes
// in CJK script (three bytes of UTF-8 each), more than the old 5 MB limit.
func TestBackupNoteHeavyRoundTrip(t *testing.T) {
	cjk := []rune("\u8bbe\u5907\u7ef4\u62a4\u8bb0\u5f55\u5df2\u5728\u73b0\u573a\u6838\u5bf9\uff0c\u8d1f\u8d23\u4eba\u4e3a\u8f66\u95f4\u5de5\u7a0b\u5e08\u3002")
	note := func(seed int) string {
		var sb strings.Builder
		for i := 0; sb.Len() < 3*3000; i++ {
			sb.WriteRune(cjk[(i+seed)%len(cjk)])
		}
		return sb.String()
	}
	var as []assessment.Assessment
	size := 0
	for i := 0; size < 6_000_000; i++ {
		a := fullAssessment(t, fmt.Sprintf("notes-%02d", i), fmt.Sprintf("\u5de5\u5382 %02d", i), fmt.Sprintf("Site %02d", i), len(assessment.Questions()))
		for q, ans := range a.Answers {
			ans.Note = note(i + len(q))
			a.Answers[q] = ans
		}
		require.NoError(t, assessment.Validate(a), "test data")
		as = append(as, a)
		size = len(exportBytes(t, as...))
	}
	require.Greater(t, size, 5_000_000, "the backup is larger than the old limit")
	ms := roundTrip(t, as)
	t.Logf("%d note-heavy assessments (%.1f MB): from the pick to the preview in %.0f ms", len(as), float64(size)/1e6, ms)
}

func exportBytes(t testing.TB, as ...assessment.Assessment) []byte {
	t.Helper()
	parts, err := csvio.ExportParts(as...)
	require.NoError(t, err)
	require.Len(t, parts, 1, "one file")
	return parts[0]
}

// fillStorage fills the page's storage with values under a key outside
// the tool's namespace, as another local file would, until only about
// leave code units are free. It returns the keys written.
func (b *Browser) fillStorage(leave int) []string {
	b.t.Helper()
	var keys []string
	b.Eval(`(() => {
		const keys = [];
		let chunk = 1 << 20, i = 0;
		while (chunk >= 256) {
			const k = "e2e-filler-" + i;
			try { localStorage.setItem(k, "x".repeat(chunk)); keys.push(k); i++; } catch (e) { chunk >>= 1; }
		}
		// Give back about leave units.
		let freed = 0;
		while (freed < `+fmt.Sprint(leave)+` && keys.length > 0) {
			const k = keys.pop();
			freed += k.length + localStorage.getItem(k).length;
			localStorage.removeItem(k);
		}
		return keys;
	})()`, &keys)
	require.NotEmpty(b.t, keys, "filler keys")
	return keys
}

// TestBackupImportIntoNearlyFullStorage: six assessments that do not fit
// are refused before anything is written, and the preview says why.
func TestBackupImportIntoNearlyFullStorage(t *testing.T) {
	b := NewBrowser(t)
	stored := fullAssessment(t, "kept-0001", "Kept", "Plant Kept", 10)
	b.OpenSeeded("#/", stored)
	b.WaitCount(homeRows, 1)
	filler := b.fillStorage(40_000)
	defer b.Eval(`(() => { for (const k of `+js(filler)+`) localStorage.removeItem(k) })()`, nil)
	before := b.StorageSnapshot()

	var six []assessment.Assessment
	for i := range 6 {
		six = append(six, fullAssessment(t, fmt.Sprintf("six-%02d", i), fmt.Sprintf("Six %d", i), "Plant Six", len(assessment.Questions())))
	}
	b.PickFiles("#import-file", writeCSV(t, t.TempDir(), "six.csv", six...))
	b.WaitVisible("#import-refusal")
	refusal := b.Text("#import-refusal")
	assert.Contains(t, refusal, "It cannot be imported: its 6 assessments need about", "the refusal")
	assert.Contains(t, refusal, "Nothing was stored.", "the refusal")
	assert.True(t, b.EvalBool(`document.getElementById("import-confirm").disabled`), "Import is disabled")
	b.ViewportScreenshot("backup-import-refused")
	b.RequireAxeClean("the refused import")
	b.Click("#import-cancel")
	b.WaitGone("the import dialog", "#import-dialog")
	assert.Equal(t, before, b.StorageSnapshot(), "the tool's storage after the refused import")
	assert.Equal(t, 1, b.Count(homeRows), "the list")
	b.RequireHealthy()
}

// TestBackupManyTinyAssessmentsPreview: 10,000 nearly empty assessments in
// under 1 MB. The page answers while the file is read (its longest task is
// logged), the preview sums the file up and lists a page of it, and the
// file is refused up front since storage could not hold it.
func TestBackupManyTinyAssessmentsPreview(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.csv")
	require.NoError(t, os.WriteFile(path, TinyAssessmentsCSV(10_000), 0o644))
	b := NewBrowser(t)
	b.OpenApp()
	b.Eval(`(() => {
		window.e2eLongest = 0; window.e2eProgress = false;
		new PerformanceObserver(l => { for (const e of l.getEntries()) { window.e2eLongest = Math.max(window.e2eLongest, e.duration); } }).observe({type: "longtask"});
		new MutationObserver(() => { if (document.getElementById("read-progress")) window.e2eProgress = true; })
			.observe(document.body, {childList: true, subtree: true});
		window.e2ePicked = performance.now();
	})()`, nil)
	b.PickFiles("#import-file", path)
	b.WaitFor("the preview", `(() => { const d = document.getElementById("import-dialog"); return !!d && d.open })()`, Within(2*time.Minute))
	ms := b.EvalInt(`Math.round(performance.now() - window.e2ePicked)`)
	longest := b.EvalInt(`Math.round(window.e2eLongest)`)
	t.Logf("10,000 tiny assessments: preview after %d ms, longest main-thread task %d ms, progress shown: %v", ms, longest, b.EvalBool(`window.e2eProgress`))
	assert.Contains(t, b.Text("#import-intro"), "The file holds 10000 assessments: 10000 new.", "the summary")
	assert.Contains(t, b.Text("#import-refusal"), "It cannot be imported: its 10000 assessments need about", "the refusal")
	assert.Equal(t, 20, b.Count("#import-dialog .import-item"), "assessments listed at once")
	assert.Less(t, b.EvalInt(`document.getElementById("import-dialog").querySelectorAll("*").length`), 1000, "elements in the dialog")
	b.ViewportScreenshot("backup-tiny-preview")
	b.RequireHealthy()
}

// TinyAssessmentsCSV is a file of n assessments that hold only their two
// required meta rows: about 88 bytes each.
func TinyAssessmentsCSV(n int) []byte {
	var sb strings.Builder
	sb.WriteString(strings.Join(csvio.Header, ",") + "\r\n")
	pad := strings.Repeat(",", len(csvio.Header)-6)
	for i := range n {
		fmt.Fprintf(&sb, "t%05d,meta,schema,,,%d%s\r\n", i, assessment.SchemaVersion, pad)
		fmt.Fprintf(&sb, "t%05d,meta,name,,,Tiny %d%s\r\n", i, i, pad)
	}
	return []byte(sb.String())
}

// TestBackupEditedCSVIsAVersionConflict: an assessment exported, edited
// (one answer changed, saved later) and compared with its stored twin is
// offered as two versions; the newer counts until the user chooses, and
// the screen says so.
func TestBackupEditedCSVIsAVersionConflict(t *testing.T) {
	b := NewBrowser(t)
	a := cmpRespondent(t, "edited-0001", "Plant Antwerp", "Anna Berg", assessment.RoleIT, 0, 1, assessment.ModelFederated)
	b.OpenSeeded("#/", a)
	b.WaitCount(homeRows, 1)
	path := b.ExportCSV(a.ID)

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	recs := readCSVRecords(t, data, ',')
	edited, later := false, "2026-04-02T08:15:00Z"
	for _, r := range recs[1:] {
		switch {
		case r[1] == "answer" && r[2] == "GOV-02" && !edited:
			r[5] = map[bool]string{true: "4", false: "1"}[r[5] != "4"]
			edited = true
		case r[1] == "meta" && r[2] == "updated":
			r[5] = later
		}
	}
	require.True(t, edited, "the answer GOV-02 in the export")
	editedPath := filepath.Join(t.TempDir(), "edited.csv")
	writeCSVRecords(t, editedPath, recs, ',')

	b.Click(`.header-nav a[href="#/compare"]`)
	b.WaitVisible("#compare-title")
	b.Click("#cmp-stored-" + a.ID)
	b.PickFiles("#compare-files", editedPath)
	b.WaitVisible("#cmp-version-0", Within(30*time.Second))
	text := b.Text("#cmp-version-0")
	assert.Contains(t, text, "2 versions of", "the conflict")
	assert.Contains(t, text, "The version saved last counts until you choose.", "why the default counts")
	assert.Contains(t, text, "the version in \u201cedited.csv\u201d, saved 2026-04-02 08:15 UTC \u2014 counted", "the file's version counts")
	assert.Contains(t, text, "the version stored in this browser (revision", "the stored version")
	assert.NotContains(t, b.Text("#compare-result"), "Counted once", "the versions are not said to be the same")
	b.ScrollToCenter("#cmp-version-0")
	b.NextFrames()
	b.ViewportScreenshot("backup-version-conflict")
	b.RequireAxeClean("the version conflict")

	// Choosing the stored version (listed first) says so.
	b.Click("#cmp-version-0-0")
	b.WaitText("#cmp-version-0", "You chose which version counts.")
	b.RequireHealthy()
}
