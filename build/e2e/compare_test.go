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
	"github.com/chromedp/chromedp"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// --- helpers of the comparison tests (prefix cmp) ----------------------------

// cmpWait polls a JavaScript expression until it is truthy.
func cmpWait(b *Browser, limit time.Duration, what, js string) {
	b.t.Helper()
	b.WaitFor(limit, what, js)
}

func cmpText(b *Browser, sel string) string {
	b.t.Helper()
	return b.Text(sel)
}

func cmpCount(b *Browser, sel string) int {
	b.t.Helper()
	var n int
	b.Eval(fmt.Sprintf(`document.querySelectorAll(%q).length`, sel), &n)
	return n
}

// cmpOpen opens the tool and goes to the comparison through the header link.
func cmpOpen(b *Browser) {
	b.t.Helper()
	b.OpenReady(productHTML(b.t))
	b.Run(chromedp.Click(`.header-nav a[href="#/compare"]`, chromedp.ByQuery))
	cmpWait(b, 10*time.Second, "the comparison view", `!!document.getElementById("compare-title")`)
}

func cmpWriteCSV(t *testing.T, dir, name string, as ...assessment.Assessment) string {
	t.Helper()
	var buf bytes.Buffer
	if err := csvio.Export(&buf, as...); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

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
	m, err := assessment.Preset(model)
	if err != nil {
		t.Fatal(err)
	}
	a.Matrix, a.Model = m, model
	return a
}

// cmpWorkshop is the small data set: Plant Antwerp with an IT and an OT lead
// who disagree, Plant Brno with one respondent from Quality.
func cmpWorkshop(t *testing.T) []assessment.Assessment {
	it := cmpRespondent(t, "antwerp-it", "Plant Antwerp", "Anna Berg", assessment.RoleIT, 1, 0, assessment.ModelCentralised)
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
		if err != nil {
			t.Fatal(err)
		}
		rec[5] = "5"
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		lines[i] = strings.TrimSuffix(buf.String(), "\n")
		return []byte(strings.Join(lines, "\r\n"))
	}
	t.Fatal("no GOV-01 answer row to break")
	return nil
}

// cmpWaitDownload waits for a finished download in dir and returns its path.
func cmpWaitDownload(t *testing.T, dir string) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".csv") {
				return filepath.Join(dir, e.Name())
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no CSV download appeared in %s", dir)
	return ""
}

// --- tests ------------------------------------------------------------------------

// TestCompareFilesEndToEnd picks three CSVs (two respondents of one plant,
// one of another) and a broken file, checks what the comparison shows,
// sorts, drills down, runs axe-core and exports the consolidated CSV.
func TestCompareFilesEndToEnd(t *testing.T) {
	b := NewBrowser(t)
	cmpOpen(b)
	if !strings.Contains(cmpText(b, "#compare-empty"), "Nothing to compare yet") {
		t.Error("the empty state does not explain what to do")
	}
	b.RequireAxeClean("the empty comparison")
	b.Screenshot("compare-empty")

	dir := t.TempDir()
	as := cmpWorkshop(t)
	paths := []string{
		cmpWriteCSV(t, dir, "antwerp-it.csv", as[0]),
		cmpWriteCSV(t, dir, "antwerp-ot.csv", as[1]),
		cmpWriteCSV(t, dir, "brno-quality.csv", as[2]),
	}
	broken := filepath.Join(dir, "broken.csv")
	good, err := os.ReadFile(paths[2])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(broken, cmpBreak(t, good), 0o644); err != nil {
		t.Fatal(err)
	}
	b.Run(chromedp.SetUploadFiles("#compare-files", append(paths, broken), chromedp.ByQuery, chromedp.NodeReady))

	cmpWait(b, 20*time.Second, "the heat map", `document.querySelectorAll("#heatmap tbody tr").length === 2 && !!document.querySelector(".cmp-file-bad")`)
	if got := cmpText(b, "#compare-summary"); got != "3 assessments from 2 sites." {
		t.Errorf("summary = %q", got)
	}
	badFile := cmpText(b, ".cmp-file-bad")
	if !strings.Contains(badFile, "broken.csv") || !strings.Contains(badFile, "line ") || !strings.Contains(badFile, "column ") {
		t.Errorf("the broken file is not listed with its errors (line, column): %q", badFile)
	}
	if n := cmpCount(b, "#compare-file-list .cmp-good"); n != 3 {
		t.Errorf("%d good files listed, want 3", n)
	}
	heat := cmpText(b, "#heatmap")
	for _, want := range []string{"Plant Antwerp", "Plant Brno", "Anna Berg (IT), Omar Ortiz (OT)", "Governance", "Overall"} {
		if !strings.Contains(heat, want) {
			t.Errorf("heat map lacks %q", want)
		}
	}
	dis := cmpText(b, "#disagreements")
	for _, want := range []string{"GOV-02 \u00b7 Plant Antwerp", "3 levels apart", "Omar Ortiz (OT / automation lead)", "=In practice the plant manager decides alone.", "Unknown (counts as 0)"} {
		if !strings.Contains(dis, want) {
			t.Errorf("disagreement list lacks %q", want)
		}
	}
	var raciRow string
	b.Eval(`[...document.querySelectorAll("#raci-within tbody tr")].map(r => r.innerText).find(t => t.includes("5.15 Access rules")) || ""`, &raciRow)
	for _, want := range []string{"Plant OT", "Plant Antwerp", "Anna Berg (IT lead): IT lead", "Omar Ortiz (OT / automation lead): OT / automation lead"} {
		if !strings.Contains(raciRow, want) {
			t.Errorf("the RACI disagreement on 5.15/ot lacks %q: %q", want, raciRow)
		}
	}
	if cmpCount(b, "#raci-across .cmp-conflict") == 0 {
		t.Error("no conflicts between the sites' ownership matrices")
	}

	// Sort by overall score by keyboard: focus the header button, press Enter.
	b.Run(chromedp.Focus("#sort-overall", chromedp.ByQuery), chromedp.KeyEvent("\r"))
	cmpWait(b, 5*time.Second, "sorting by overall", `document.querySelector("#sort-overall").closest("th").getAttribute("aria-sort") === "descending"`)
	// Drill into the incident area.
	b.Run(chromedp.Click("#drill-INC", chromedp.ByQuery))
	cmpWait(b, 5*time.Second, "the INC drill-down", `document.getElementById("cmp-drill-area")?.innerText === "Incident response integration"`)
	if n := cmpCount(b, "#drill tbody tr"); n != 2 {
		t.Errorf("drill-down has %d site rows, want 2", n)
	}

	b.RequireAxeClean("the comparison with data")
	b.Screenshot("compare-loaded")

	b.Run(chromedp.Click("#compare-export", chromedp.ByQuery))
	file := cmpWaitDownload(t, b.Downloads)
	if !strings.HasPrefix(filepath.Base(file), "ownership-comparison-") {
		t.Errorf("download name %q", filepath.Base(file))
	}
	out, err := exec.Command("python3", "-c", `
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
print(",".join(rows[0]))
print(len(rows) - 1)
print(sum(1 for r in rows[1:] if r[0] == "Plant Antwerp" and r[5] == "GOV-02" and r[12].startswith("'=")))
`, file).CombinedOutput()
	if err != nil {
		t.Fatalf("python csv: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 3 {
		t.Fatalf("python said %q", out)
	}
	if lines[0] != strings.Join(compare.ExportHeader, ",") {
		t.Errorf("header = %q", lines[0])
	}
	if n, _ := strconv.Atoi(lines[1]); n != 3*compare.RowsPerRespondent {
		t.Errorf("%s data rows, want %d", lines[1], 3*compare.RowsPerRespondent)
	}
	if lines[2] != "1" {
		t.Errorf("the formula-like note is not escaped in the export (%s rows)", lines[2])
	}

	// Print: the controls go, the column titles stay.
	b.Run(emulation.SetEmulatedMedia().WithMedia("print"))
	var printView struct {
		Sources, Label string
		Cells          int
	}
	b.Eval(`({Sources: getComputedStyle(document.querySelector(".cmp-sources")).display,
		Label: getComputedStyle(document.querySelector("#heatmap .cmp-print-label")).display,
		Cells: document.querySelectorAll("#heatmap td.cmp-heat-cell").length})`, &printView)
	if printView.Sources != "none" || printView.Label == "none" || printView.Cells != 22 {
		t.Errorf("print view: sources display %q, column title display %q, %d heat cells", printView.Sources, printView.Label, printView.Cells)
	}
	b.Screenshot("compare-print")
	b.Run(emulation.SetEmulatedMedia().WithMedia(""))

	b.Run(chromedp.EmulateViewport(768, 1024))
	b.Screenshot("compare-tablet")
	b.Run(chromedp.EmulateViewport(1280, 900))
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
				paths = append(paths, cmpWriteCSV(t, dir, fmt.Sprintf("plant%02d-%s.csv", s+1, role), a))
			}
			byRole[p] = append(byRole[p], a)
		}
	}
	if perFile {
		return paths
	}
	for p, role := range roles {
		paths = append(paths, cmpWriteCSV(t, dir, "rollout-"+string(role)+".csv", byRole[p]...))
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
			cmpOpen(b)
			// Record whether the progress ever said "Loaded N of 150".
			b.Eval(`window.cmpSawProgress = false; new MutationObserver(() => {
				const p = document.getElementById("compare-progress");
				if (p && /Loaded \d+ of 150/.test(p.innerText)) window.cmpSawProgress = true;
			}).observe(document.body, {subtree: true, childList: true, characterData: true}); true`, nil)
			start := time.Now()
			b.Run(chromedp.SetUploadFiles("#compare-files", paths, chromedp.ByQuery, chromedp.NodeReady))
			cmpWait(b, 90*time.Second, "the heat map of 50 sites",
				`document.querySelectorAll("#heatmap tbody tr").length === 50 && (window.cmpSeen = window.cmpSeen || performance.now())`)
			elapsed := time.Since(start)
			t.Logf("%s: picking to heat map of 150 assessments in the DOM took %v", name, elapsed.Round(time.Millisecond))
			var marks string
			b.Eval(`(() => {
				const m = {}; performance.getEntriesByType("mark").forEach(e => m[e.name] = e.startTime);
				const d = (a, b) => (m[a] !== undefined && m[b] !== undefined) ? Math.round(m[b] - m[a]) + " ms" : "?";
				return "read and parse " + d("compare-load-start", "compare-loaded") +
					", wait for the build goroutine " + d("compare-loaded", "compare-build-start") +
					", build " + d("compare-build-start", "compare-built") +
					", render until seen " + Math.round(window.cmpSeen - m["compare-built"]) + " ms";
			})()`, &marks)
			t.Logf("%s: %s", name, marks)
			if got := cmpText(b, "#compare-summary"); got != "150 assessments from 50 sites." {
				t.Errorf("summary = %q", got)
			}
			if perFile {
				var saw bool
				b.Eval(`window.cmpSawProgress`, &saw)
				if !saw {
					t.Error("loading 150 files never showed \"Loaded N of 150\"")
				}
				b.Screenshot("compare-150")
			}
			b.RequireHealthy()
		})
	}
}
