//go:build !wasm

package app

import (
	"bytes"
	"errors"
	stdhtml "html"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// cmpTestHost mounts the compare view and keeps a context to drive it with
// and the notices it posts, the way Root would receive them.
type cmpTestHost struct {
	app.Compo
	view    *CompareView
	ctx     app.Context
	notices []Notice
	prints  int
}

// OnPreRender stands in for OnMount, which go-app only calls in the browser.
func (h *cmpTestHost) OnPreRender(ctx app.Context) {
	h.ctx = ctx
	ctx.Handle(actNotice, func(ctx app.Context, a app.Action) {
		if n, ok := a.Value.(Notice); ok {
			h.notices = append(h.notices, n)
		}
	})
	ctx.Handle(actPrint, func(ctx app.Context, a app.Action) { h.prints++ })
}

func (h *cmpTestHost) Render() app.UI { return app.Div().Body(h.view) }

type cmpTest struct {
	t    *testing.T
	e    app.TestEngine
	host *cmpTestHost
}

func newCmpTest(t *testing.T, v *CompareView) *cmpTest {
	t.Helper()
	host := &cmpTestHost{view: v}
	e := app.NewTestEngine()
	if err := e.Load(host); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if host.ctx.Context == nil {
		t.Fatal("the test host got no context")
	}
	return &cmpTest{t: t, e: e, host: host}
}

// html renders the view's current state. Render is called afresh: the
// mounted tree only follows updates the engine schedules for the host.
func (ct *cmpTest) html() string { return app.HTMLString(ct.host.view.Render()) }

// text is html with tags removed, entities decoded and white space
// collapsed (HTMLString indents), for phrases.
func (ct *cmpTest) text() string {
	s := stdhtml.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(ct.html(), ""))
	return strings.Join(strings.Fields(s), " ")
}

func (ct *cmpTest) run(fn func(ctx app.Context)) {
	fn(ct.host.ctx)
	ct.e.ConsumeAll()
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "compare", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func fileJob(name string, data []byte) cmpJob {
	return cmpJob{name: name, read: func() ([]byte, error) { return data, nil }}
}

func TestCompareEmptyExplains(t *testing.T) {
	ct := newCmpTest(t, &CompareView{})
	html, text := ct.html(), ct.text()
	for _, want := range []string{"Compare sites and respondents", "Nothing to compare yet", "drop the CSV files", "No assessment is stored in this browser yet"} {
		if !strings.Contains(text, want) {
			t.Errorf("empty view lacks %q:\n%s", want, text)
		}
	}
	for _, want := range []string{`id="compare-files"`, `type="file"`, `multiple`, `for="compare-files"`} {
		if !strings.Contains(html, want) {
			t.Errorf("empty view lacks %s", want)
		}
	}
	if strings.Contains(html, `id="heatmap"`) || strings.Contains(html, `id="compare-export"`) {
		t.Error("the empty view shows a heat map or an export button")
	}
	if strings.Count(html, "<h1") != 1 {
		t.Error("want exactly one h1")
	}
}

func TestCompareFilesShowHeatMapAndDisagreements(t *testing.T) {
	broken := bytes.Replace(fixture(t, "plant-b-quality.csv"), []byte(",GOV-01,,"), []byte(",GOV-01,,x,"), 1)
	_, importErr := csvio.Import(broken)
	var ie *csvio.ImportError
	if !errors.As(importErr, &ie) || len(ie.Problems) == 0 {
		t.Fatalf("the broken fixture is not refused with problems: %v", importErr)
	}
	ct := newCmpTest(t, &CompareView{})
	ct.run(func(ctx app.Context) {
		ct.host.view.addFiles(ctx, []cmpJob{
			fileJob("plant-a-it.csv", fixture(t, "plant-a-it.csv")),
			fileJob("plant-a-ot.csv", fixture(t, "plant-a-ot.csv")),
			fileJob("broken.csv", broken),
			fileJob("plant-b-quality.csv", fixture(t, "plant-b-quality.csv")),
		})
	})
	html, text := ct.html(), ct.text()

	if !strings.Contains(text, "3 assessments from 2 sites.") {
		t.Errorf("summary missing; the broken file must not stop the others:\n%s", text)
	}
	// The broken file is listed with its name and its first problem (line
	// and column) while the others load.
	if !strings.Contains(text, "broken.csv") || !strings.Contains(text, ie.Problems[0].String()) || !strings.Contains(text, "not used: the file has errors") {
		t.Errorf("broken file not listed with %q:\n%s", ie.Problems[0].String(), text)
	}
	// Heat map: Plant A GOV is 68.75 → 69, band 3; Plant B GOV is 100.
	if !strings.Contains(html, `id="heatmap"`) {
		t.Fatal("no heat map")
	}
	cells := regexp.MustCompile(`<td class="cmp-heat-cell (heat-\d)[^"]*">\s*<span class="heat-num">(\d+)</span>`).FindAllStringSubmatch(html, -1)
	// Per site: overall then 10 areas.
	if len(cells) < 3 {
		t.Fatalf("heat cells: %q", cells)
	}
	if cells[0][2] != "56" || cells[1][1] != "heat-3" || cells[1][2] != "69" {
		t.Errorf("Plant A overall / GOV cells = %q, want 56 then 69 in heat-3", cells[:2])
	}
	if !strings.Contains(html, `<span class="heat-n">n=1</span>`) {
		t.Error("Plant A's CHG cell (one of two respondents) does not show n=1")
	}
	if !strings.Contains(html, `aria-sort="ascending"`) {
		t.Error("the default sort (site, ascending) is not announced with aria-sort")
	}
	// Disagreements: GOV-02 at Plant A first, with who answered what.
	for _, want := range []string{"GOV-02 · Plant A", "3 levels apart", "Anna Berg (IT lead)", "4 – Reviewed and improved", "The CISO decides",
		"Omar Ortiz (OT / automation lead)", "=Plant manager decides alone", "Unknown (counts as 0)"} {
		if !strings.Contains(text, want) {
			t.Errorf("disagreements lack %q", want)
		}
	}
	if strings.Contains(text, "GOV-01 · Plant A") {
		t.Error("a one-level difference (GOV-01) is listed as a disagreement")
	}
	// Matrix: within Plant A, and between the sites.
	for _, want := range []string{"8.1 ", "Anna Berg (IT lead): No accountable role", "5.9 ", "Plant operations – 1 site: Plant B", "Respondents disagree within the site – 1 site: Plant A"} {
		if !strings.Contains(text, want) {
			t.Errorf("matrix lists lack %q", want)
		}
	}

	// Removing the broken file keeps the comparison.
	ct.run(func(ctx app.Context) { ct.host.view.removeFile(ctx, ct.host.view.files[2].seq) })
	if strings.Contains(ct.text(), "broken.csv") || !strings.Contains(ct.text(), "3 assessments from 2 sites.") {
		t.Error("removing the broken file did not leave the three good ones")
	}
}

func TestCompareSortAndDrill(t *testing.T) {
	ct := newCmpTest(t, &CompareView{})
	ct.run(func(ctx app.Context) {
		ct.host.view.addFiles(ctx, []cmpJob{
			fileJob("a.csv", fixture(t, "plant-a-it.csv")),
			fileJob("b.csv", fixture(t, "plant-b-quality.csv")),
		})
	})
	rowOrder := func() string {
		m := regexp.MustCompile(`<span class="cmp-site-name">([^<]+)</span>`).FindAllStringSubmatch(ct.html(), -1)
		var out []string
		for _, x := range m {
			out = append(out, x[1])
		}
		return strings.Join(out, ",")
	}
	if got := rowOrder(); got != "Plant A,Plant B" {
		t.Errorf("default order = %s", got)
	}
	ct.host.view.sortBy("overall") // Plant A 58, Plant B 75: best first
	if got := rowOrder(); got != "Plant B,Plant A" {
		t.Errorf("by overall = %s", got)
	}
	if !regexp.MustCompile(`<th[^>]*aria-sort="descending"[^>]*>\s*<button[^>]*id="sort-overall"`).MatchString(ct.html()) {
		t.Error("the overall column does not say aria-sort=descending")
	}
	ct.host.view.sortBy("overall")
	if got := rowOrder(); got != "Plant A,Plant B" {
		t.Errorf("by overall, again = %s", got)
	}

	// No drill-down until an area is chosen: 50 sites × 7 questions is a
	// big table to render for nothing.
	if html := ct.html(); strings.Contains(html, `id="drill"`) || !strings.Contains(html, `id="cmp-drill-hint"`) {
		t.Error("a drill-down is shown before an area is chosen")
	}
	ct.host.view.drillInto("PRA")
	html, text := ct.html(), ct.text()
	if !strings.Contains(text, "Ownership in practice") || !strings.Contains(text, "PRA-01") || !strings.Contains(html, `id="drill"`) {
		t.Error("drill-down into PRA does not show its questions")
	}
	// Attribute order is not fixed, and HTMLString writes aria-pressed="true"
	// as a bare attribute (the browser gets the value).
	if tag := regexp.MustCompile(`<button[^>]*"drill-PRA"[^>]*>`).FindString(html); !strings.Contains(tag, "aria-pressed") || strings.Contains(tag, `aria-pressed="false"`) {
		t.Errorf("the PRA button is not pressed: %s", tag)
	}
	// Drill rows follow the heat map's order (Plant A first again).
	if m := regexp.MustCompile(`<table[^>]*cmp-drill[^>]*>[\s\S]*?<tbody>\s*<tr>\s*<th[^>]*>([^<]+)</th>`).FindStringSubmatch(html); m == nil || m[1] != "Plant A" {
		t.Errorf("first drill row = %q, want Plant A", m)
	}
	ct.host.view.drillInto("PRA")
	if strings.Contains(ct.html(), `id="drill"`) {
		t.Error("choosing the shown area again does not close the drill-down")
	}
}

func TestCompareStoredInChunksAndExport(t *testing.T) {
	mem := storage.NewMemory()
	store := storage.New(mem, time.Now)
	now := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	const n = 25
	for i := range n {
		a := assessment.New("stored-"+string(rune('a'+i)), now)
		a.Profile.Site = []string{"North", "South", "East"}[i%3]
		a.Profile.Respondent = "R" + string(rune('A'+i))
		a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating(string(rune('0' + i%5)))}
		if _, err := store.Save(a, storage.Summary{}, 0); err != nil {
			t.Fatal(err)
		}
	}
	items, _, err := store.List()
	if err != nil || len(items) != n {
		t.Fatalf("list: %d items, %v", len(items), err)
	}
	v := &CompareView{Items: items, Store: store}
	ct := newCmpTest(t, v)
	if !strings.Contains(ct.text(), "Select all (25)") {
		t.Error("no select-all checkbox")
	}

	// One step at a time: the first chunk of ten comes back and the
	// progress says so while the next chunk loads.
	// While loading, the collector runs less often; afterwards it is back
	// at the default.
	gc := debug.SetGCPercent(100)
	defer debug.SetGCPercent(gc)
	v.toggleAll(ct.host.ctx, true)
	ct.e.ConsumeNext()
	if text := ct.text(); !strings.Contains(text, "Loaded 10 of 25") || !strings.Contains(ct.html(), "<progress") {
		t.Errorf("after one chunk the progress does not read 10 of 25:\n%s", text)
	}
	if got := debug.SetGCPercent(100); got != cmpLoadGCPercent {
		t.Errorf("GOGC while loading = %d, want %d", got, cmpLoadGCPercent)
	}
	debug.SetGCPercent(cmpLoadGCPercent)
	ct.e.ConsumeAll()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after loading = %d, want 100 again", got)
	}
	if text := ct.text(); !strings.Contains(text, "25 assessments from 3 sites.") || strings.Contains(text, "Loaded") {
		t.Errorf("after loading:\n%s", text)
	}

	ct.run(func(ctx app.Context) { v.toggleStored(ctx, items[0].ID, false) })
	if !strings.Contains(ct.text(), "24 assessments from 3 sites.") {
		t.Error("unticking an assessment did not take it out")
	}

	ct.run(func(ctx app.Context) { v.exportCSV(ctx) })
	d, ok := browser.LastDownload()
	if !ok || !strings.HasPrefix(d.Filename, "ownership-comparison-") || d.MIME != "text/csv;charset=utf-8" {
		t.Fatalf("download = %q %q", d.Filename, d.MIME)
	}
	if !bytes.HasPrefix(d.Data, []byte("\ufeffsite,respondent,respondent_role,assessment_id,")) {
		t.Errorf("export starts with %q", d.Data[:min(80, len(d.Data))])
	}
	if len(ct.host.notices) == 0 || ct.host.notices[len(ct.host.notices)-1].Kind != NoticeSuccess {
		t.Errorf("no success notice after the export: %+v", ct.host.notices)
	}

	ct.run(func(ctx app.Context) { v.toggleAll(ctx, false) })
	if !strings.Contains(ct.text(), "Nothing to compare yet") {
		t.Error("unticking everything does not bring back the empty state")
	}
}

func TestCompareStoredLoadErrorIsShown(t *testing.T) {
	mem := storage.NewMemory()
	store := storage.New(mem, time.Now)
	items := []storage.Summary{{ID: "missing-one", Name: "Gone"}}
	v := &CompareView{Items: items, Store: store}
	ct := newCmpTest(t, v)
	ct.run(func(ctx app.Context) { v.toggleStored(ctx, "missing-one", true) })
	if text := ct.text(); !strings.Contains(text, "Could not load it:") || !strings.Contains(text, "Nothing to compare yet") {
		t.Errorf("a stored assessment that cannot be loaded is not reported:\n%s", text)
	}
}

func TestCompareBigFilesLoadOnePerChunk(t *testing.T) {
	ct := newCmpTest(t, &CompareView{})
	a, b := fileJob("a.csv", fixture(t, "plant-a-it.csv")), fileJob("b.csv", fixture(t, "plant-b-quality.csv"))
	// Sizes as the browser reports them: parsing each takes long enough
	// that the page must get a frame between the two.
	a.size, b.size = 3<<20, 3<<20
	ct.host.view.addFiles(ct.host.ctx, []cmpJob{a, b})
	ct.e.ConsumeNext()
	if text := ct.text(); !strings.Contains(text, "Loaded 1 of 2") {
		t.Errorf("two big files were not loaded one per chunk:\n%s", text)
	}
	ct.e.ConsumeAll()
	if !strings.Contains(ct.text(), "2 assessments from 2 sites.") {
		t.Error("the big files did not load")
	}
}
