//go:build e2e

package e2e

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
)

var cmpLevels = []assessment.Rating{assessment.Rating0, assessment.Rating1, assessment.Rating2, assessment.Rating3, assessment.Rating4}

// cmpRespondent is a complete assessment of one respondent. bias shifts the
// answers of the governance areas (IT leads tend to see governance rosier
// than OT leads), seed varies the rest.
func cmpRespondent(t testing.TB, id, site, name string, role assessment.Role, bias, seed int, model string) assessment.Assessment {
	t.Helper()
	a := assessment.New(id, time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC))
	a.Name = site + " \u2013 " + assessment.RoleLabel(role)
	a.Profile = assessment.Profile{
		Organisation: "Acme Process Industries", Site: site, Sector: "Specialty chemicals",
		Validated: true, SafetyCritical: true, Plants: 3, CentralRisk: true,
		Connectivity: assessment.ConnectivityBrokered, Assessor: "R. Keller",
		Respondent: name, RespondentRole: role, Date: "2026-03-14",
	}
	area := map[string]int{}
	for i, ar := range assessment.Areas() {
		area[ar.ID] = i
	}
	for i, q := range assessment.Questions() {
		// Each area sits around its own level for this seed, with some
		// spread between its questions.
		lvl := (area[q.Area]*3+seed*2)%5 + i%3 - 1
		if q.Area == "GOV" || q.Area == "ROL" || q.Area == "MOD" {
			lvl += bias
		}
		lvl = max(0, min(4, lvl))
		a.Answers[q.ID] = assessment.Answer{Rating: cmpLevels[lvl]}
	}
	m, err := assessment.Preset(model, a.Profile)
	require.NoError(t, err)
	a.Matrix, a.Model = m, model
	return a
}

// cmpWorkshop is the small data set: Plant Antwerp with an IT and an OT lead
// who disagree, Plant Brno with one respondent from Quality.
func cmpWorkshop(t *testing.T) []assessment.Assessment {
	// Both Antwerp respondents start from the same model, so that their
	// matrices differ only where the test makes them (the models give
	// different accountable roles on most rows).
	it := cmpRespondent(t, "antwerp-it", "Plant Antwerp", "Anna Berg", assessment.RoleIT, 1, 0, assessment.ModelFederated)
	it.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating4, Note: "The group CISO settles IT/OT disputes; minutes of the November steering meeting."}
	it.Answers["INC-01"] = assessment.Answer{Rating: assessment.RatingUnknown, Note: "We never hear about plant events."}
	ot := cmpRespondent(t, "antwerp-ot", "Plant Antwerp", "Omar Ortiz", assessment.RoleOT, -1, 0, assessment.ModelFederated)
	ot.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating1, Note: "=In practice the plant manager decides alone."}
	ot.Answers["INC-01"] = assessment.Answer{Rating: assessment.Rating3, Note: "Shift lead calls OT, then Quality."}
	// The Accountable of access rules on the plant floor: IT says IT, OT says OT.
	k := assessment.CellKey{Control: "5.15", Domain: assessment.DomainOT}
	it.Matrix[k] = assessment.RACI{assessment.RoleIT: assessment.LetterAccountable, assessment.RoleOT: assessment.LetterResponsible}
	ot.Matrix[k] = assessment.RACI{assessment.RoleOT: assessment.LetterAccountable, assessment.RoleOperations: assessment.LetterResponsible}
	qa := cmpRespondent(t, "brno-quality", "Plant Brno", "Bea Brandt", assessment.RoleQuality, 0, 2, assessment.ModelExecutiveLed)
	return []assessment.Assessment{it, ot, qa}
}

// cmpBreak is a hand-edited copy of an exported file with an impossible
// rating (5) for GOV-01, as a spreadsheet user might leave it.
func cmpBreak(t *testing.T, good []byte) []byte {
	t.Helper()
	lines := strings.Split(string(good), "\r\n")
	for i, line := range lines {
		if !strings.Contains(line, ",answer,GOV-01,") {
			continue
		}
		rec, err := csv.NewReader(strings.NewReader(line)).Read()
		require.NoError(t, err)
		rec[5] = "5"
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		require.NoError(t, w.Write(rec))
		w.Flush()
		lines[i] = strings.TrimSuffix(buf.String(), "\n")
		return []byte(strings.Join(lines, "\r\n"))
	}
	require.FailNow(t, "no GOV-01 answer row to break")
	return nil
}

// --- tests ------------------------------------------------------------------------

// TestCompareFilesEndToEnd picks three CSVs (two respondents of one plant,
// one of another) and a broken file, checks what the comparison shows,
// sorts, drills down, runs axe-core and exports the consolidated CSV.
func TestCompareFilesEndToEnd(t *testing.T) {
	b := NewBrowser(t)
	b.OpenCompare()
	assert.Contains(t, b.Text("#compare-empty"), "Nothing to compare yet", "the empty state does not explain what to do")
	b.RequireAxeClean("the empty comparison")
	b.Screenshot("compare-empty")

	dir := t.TempDir()
	as := cmpWorkshop(t)
	paths := []string{
		writeCSV(t, dir, "antwerp-it.csv", as[0]),
		writeCSV(t, dir, "antwerp-ot.csv", as[1]),
		writeCSV(t, dir, "brno-quality.csv", as[2]),
	}
	broken := filepath.Join(dir, "broken.csv")
	good, err := os.ReadFile(paths[2])
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(broken, cmpBreak(t, good), 0o644))
	b.PickFiles("#compare-files", append(paths, broken)...)

	b.WaitFor("the heat map", `document.querySelectorAll("#heatmap tbody tr").length === 2 && !!document.querySelector(".cmp-file-bad")`, Within(20*time.Second))
	assert.Equal(t, "3 assessments from 2 sites.", b.Text("#compare-summary"), "the summary")
	badFile := b.Text(".cmp-file-bad")
	for _, want := range []string{"broken.csv", "line ", "column "} {
		assert.Contains(t, badFile, want, "the broken file is not listed with its errors (line, column)")
	}
	assert.Equal(t, 3, b.Count("#compare-file-list .cmp-good"), "good files listed")
	heat := b.Text("#heatmap")
	for _, want := range []string{"Plant Antwerp", "Plant Brno", "Anna Berg (IT), Omar Ortiz (OT)", "Governance", "Overall"} {
		assert.Contains(t, heat, want, "the heat map")
	}
	b.ScrollTo("#heatmap")
	b.ViewportScreenshot("compare-heatmap")
	dis := b.Text("#disagreements")
	for _, want := range []string{"GOV-02 \u00b7 Plant Antwerp", "3 levels apart", "Omar Ortiz (OT / automation lead)", "=In practice the plant manager decides alone.", "Unknown (counts as 0)"} {
		assert.Contains(t, dis, want, "the disagreement list")
	}
	raciRow := b.EvalString(`[...document.querySelectorAll("#raci-within tbody tr")].map(r => r.innerText).find(t => t.includes("5.15 Control of access")) || ""`)
	for _, want := range []string{"Plant OT", "Plant Antwerp", "Anna Berg (IT lead): IT lead", "Omar Ortiz (OT / automation lead): OT / automation lead"} {
		assert.Contains(t, raciRow, want, "the RACI disagreement on 5.15/ot")
	}
	assert.NotZero(t, b.Count("#raci-across .cmp-conflict"), "conflicts between the sites' ownership matrices")

	// Sort by overall score by keyboard: focus the header button, press Enter.
	b.Focus("#sort-overall")
	b.Keys(kb.Enter)
	b.WaitFor("sorting by overall", `document.querySelector("#sort-overall").closest("th").getAttribute("aria-sort") === "descending"`,
		Within(5*time.Second), Showing(`document.querySelector("#sort-overall").closest("th").getAttribute("aria-sort")`))
	// Drill into the incident area.
	b.Click("#drill-INC")
	b.WaitFor("the INC drill-down", `document.getElementById("cmp-drill-area")?.innerText === "Incident response integration"`,
		Within(5*time.Second), Showing(`document.getElementById("cmp-drill-area")?.innerText`))
	assert.Equal(t, 2, b.Count("#drill tbody tr"), "site rows of the drill-down")

	b.RequireAxeClean("the comparison with data")
	b.Screenshot("compare-loaded")

	b.Click("#compare-export")
	file := b.WaitDownload(".csv")
	assert.True(t, strings.HasPrefix(filepath.Base(file), "ownership-comparison-"), "download name %q", filepath.Base(file))
	out, err := exec.Command("python3", "-c", `
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
print(",".join(rows[0]))
print(len(rows) - 1)
print(sum(1 for r in rows[1:] if r[0] == "Plant Antwerp" and r[6] == "GOV-02" and r[13].startswith("'=")))
print(sum(1 for r in rows[1:] if r[5] == "finding"))
print(sum(1 for r in rows[1:] if r[5] in ("profile-difference", "disagreement", "raci-disagreement", "holder-disagreement") and r[2] == ""))
`, file).CombinedOutput()
	require.NoError(t, err, "python csv: %s", out)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, lines, 5, "python said %q", out)
	assert.Equal(t, strings.Join(compare.ExportHeader, ","), lines[0], "header")
	// Three respondents of two sites, each respondent's rows followed by
	// its findings and each site by its scores.
	findings := 0
	for _, a := range as {
		findings += len(assessment.Findings(a))
	}
	assert.Equal(t, strconv.Itoa(findings), lines[3], "finding rows")
	// What each site's respondents differ on, as the view lists it.
	entries := make([]compare.Entry, len(as))
	for i, a := range as {
		entries[i] = compare.Entry{Source: "file", A: a}
	}
	s := compare.New(entries)
	differences := len(s.ProfileDifferences) + len(s.Disagreements) + len(s.RACIDisagreements) + len(s.HolderDisagreements)
	require.NotZero(t, differences, "the files' respondents differ")
	assert.Equal(t, strconv.Itoa(differences), lines[4], "difference rows")
	assert.Equal(t, strconv.Itoa(3*compare.RowsPerRespondent+findings+2*(1+len(assessment.Areas()))+differences), lines[1], "data rows")
	assert.Equal(t, "1", lines[2], "rows with the formula-like note escaped in the export")

	// Print: the controls go, the column titles stay.
	b.Run(emulation.SetEmulatedMedia().WithMedia("print"))
	var printView struct {
		Sources, Label string
		Cells          int
	}
	b.Eval(`({Sources: getComputedStyle(document.querySelector(".cmp-sources")).display,
		Label: getComputedStyle(document.querySelector("#heatmap .cmp-print-label")).display,
		Cells: document.querySelectorAll("#heatmap td.cmp-heat-cell").length})`, &printView)
	assert.Equal(t, "none", printView.Sources, "print view: the display of the sources")
	assert.NotEqual(t, "none", printView.Label, "print view: the display of the column titles")
	assert.Equal(t, 22, printView.Cells, "print view: heat cells")
	b.Screenshot("compare-print")
	b.Run(emulation.SetEmulatedMedia().WithMedia(""))

	b.Viewport(768, 1024)
	b.Screenshot("compare-tablet")
	b.Viewport(1280, 900)
	b.RequireHealthy()
}

// cmpRollout is 50 plants with three respondents each, as three files of
// 50 assessments (one per role) or as 150 files.
func cmpRollout(t *testing.T, dir string, perFile bool) []string {
	t.Helper()
	roles := []assessment.Role{assessment.RoleIT, assessment.RoleOT, assessment.RoleQuality}
	models := []string{assessment.ModelCentralised, assessment.ModelFederated, assessment.ModelExecutiveLed}
	byRole := make([][]assessment.Assessment, len(roles))
	var paths []string
	for s := range 50 {
		site := fmt.Sprintf("Plant %02d", s+1)
		for p, role := range roles {
			a := cmpRespondent(t, fmt.Sprintf("plant%02d-%s", s+1, role), site, fmt.Sprintf("Respondent %d.%d", s+1, p+1),
				role, 1-p, s+p, models[(s+p)%len(models)])
			if perFile {
				paths = append(paths, writeCSV(t, dir, fmt.Sprintf("plant%02d-%s.csv", s+1, role), a))
			}
			byRole[p] = append(byRole[p], a)
		}
	}
	if perFile {
		return paths
	}
	for p, role := range roles {
		paths = append(paths, writeCSV(t, dir, "rollout-"+string(role)+".csv", byRole[p]...))
	}
	return paths
}

// TestCompare150Assessments measures picking 150 assessments (50 plants ×
// 3 respondents) to the heat map being in the page, once as three files of
// 50 and once as 150 files, which loads in chunks with a progress bar.
// Speed goals live in `make bench`; this only reports the time.
func TestCompare150Assessments(t *testing.T) {
	for _, perFile := range []bool{false, true} {
		name := "3 files of 50"
		if perFile {
			name = "150 files"
		}
		t.Run(strings.ReplaceAll(name, " ", "-"), func(t *testing.T) {
			paths := cmpRollout(t, t.TempDir(), perFile)
			b := NewBrowser(t)
			b.OpenCompare()
			// Record whether the progress ever said "Loaded N of 150".
			b.Eval(`window.cmpSawProgress = false; new MutationObserver(() => {
				const p = document.getElementById("compare-progress");
				if (p && /Loaded \d+ of 150/.test(p.innerText)) window.cmpSawProgress = true;
			}).observe(document.body, {subtree: true, childList: true, characterData: true}); true`, nil)
			start := time.Now()
			b.PickFiles("#compare-files", paths...)
			b.WaitFor("the heat map of 50 sites",
				`document.querySelectorAll("#heatmap tbody tr").length === 50 && (window.cmpSeen = window.cmpSeen || performance.now())`,
				Within(90*time.Second), Showing(`document.querySelectorAll("#heatmap tbody tr").length + " rows; " + ((document.getElementById("compare-progress") || {}).innerText || "")`))
			elapsed := time.Since(start)
			t.Logf("%s: picking to heat map of 150 assessments in the DOM took %v", name, elapsed.Round(time.Millisecond))
			marks := b.EvalString(`(() => {
				const m = {}; performance.getEntriesByType("mark").forEach(e => m[e.name] = e.startTime);
				const d = (a, b) => (m[a] !== undefined && m[b] !== undefined) ? Math.round(m[b] - m[a]) + " ms" : "?";
				return "read and parse " + d("compare-load-start", "compare-loaded") +
					", wait for the build goroutine " + d("compare-loaded", "compare-build-start") +
					", build " + d("compare-build-start", "compare-built") +
					", render until seen " + Math.round(window.cmpSeen - m["compare-built"]) + " ms";
			})()`)
			t.Logf("%s: %s", name, marks)
			assert.Equal(t, "150 assessments from 50 sites.", b.Text("#compare-summary"), "the summary")
			if perFile {
				assert.True(t, b.EvalBool(`window.cmpSawProgress`), "loading 150 files never showed \"Loaded N of 150\"")
				b.Screenshot("compare-150")
			}
			b.RequireHealthy()
		})
	}
}

// Sites whose files answer only a few questions get a partial score:
// shown with how many questions were answered, without a band, and not
// ranked when the heat map is sorted by score.
func TestComparePartialScores(t *testing.T) {
	b := NewBrowser(t)
	b.OpenCompare()
	var paths []string
	for _, f := range []string{"plant-a-it.csv", "plant-a-ot.csv", "plant-b-quality.csv"} {
		p, err := filepath.Abs(filepath.Join("..", "..", "testdata", "compare", f))
		require.NoError(t, err)
		paths = append(paths, p)
	}
	b.PickFiles("#compare-files", paths...)
	b.WaitFor("the heat map", `document.querySelectorAll("#heatmap tbody tr").length === 2`, Within(20*time.Second))
	assert.Zero(t, b.Count("#heatmap td.heat-0, #heatmap td.heat-1, #heatmap td.heat-2, #heatmap td.heat-3, #heatmap td.heat-4"), "no score is banded")
	assert.NotZero(t, b.Count("#heatmap td.heat-partial"))
	assert.Contains(t, b.Text("#heatmap"), "3/63 answered", "Plant B's overall score rests on 3 of 63 questions")
	b.Click("#sort-overall")
	b.WaitFor("sorted by overall", `document.querySelector("#sort-overall").closest("th").getAttribute("aria-sort") === "descending"`, Within(5*time.Second))
	assert.Equal(t, "Plant A", b.EvalString(`document.querySelector("#heatmap tbody .cmp-site-name").innerText`), "partial scores are not ranked: name order")
	b.RequireAxeClean("a comparison with partial scores")
	b.ScrollTo("#heatmap")
	b.ViewportScreenshot("compare-partial-scores")
	b.RequireHealthy()
}
