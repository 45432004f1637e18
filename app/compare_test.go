//go:build !wasm

package app

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// openCompare shows the comparison and returns the mounted view.
func openCompare(ts *tester) *CompareView {
	ts.goTo(Route{View: ViewCompare})
	return mounted[*CompareView](ts)
}

// compareHTML is the comparison in the page that Root shows.
func compareHTML(t *testing.T, ts *tester) string {
	t.Helper()
	return htmlID(t, ts.html(), "compare")
}

// cmpFixture is a file of testdata/compare: three respondents of two plants.
func cmpFixture(t *testing.T, name string) browser.File {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "compare", name))
	require.NoError(t, err)
	return browser.File{Name: name, Data: data}
}

// cmpAddFiles adds files to the comparison as picking or dropping them
// does.
func cmpAddFiles(ts *tester, c *CompareView, files ...browser.File) {
	ts.in(c, func(ctx app.Context) { c.addFiles(ctx, cmpBrowserFiles(browser.FakeFiles(files...))) })
}

// cmpStepper returns a function that runs fn (if any) as an event handler
// of c would, or else the next dispatch waiting, and then renders: each
// chunk of the loading comes back in a dispatch of its own.
func cmpStepper(ts *tester, c *CompareView) func(fn func(ctx app.Context)) {
	var vctx app.Context
	ts.in(c, func(ctx app.Context) { vctx = ctx }) // the context of c's handlers
	return func(fn func(ctx app.Context)) {
		if fn != nil {
			vctx.Dispatch(fn)
		}
		ts.e.ConsumeNext()
	}
}

func TestCompareGolden(t *testing.T) {
	tests := []struct {
		name   string
		choose func(ctx app.Context, c *CompareView)
	}{
		{"compare-nothing-selected", func(app.Context, *CompareView) {}},
		{"compare-three-samples", func(ctx app.Context, c *CompareView) { c.toggleAll(ctx, true) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := storage.NewMemory()
			seed(t, mem, sample(1), sample(2), sample(3))
			ts := newTester(t, mem)
			c := openCompare(ts)
			ts.in(c, func(ctx app.Context) { tt.choose(ctx, c) })
			golden(t, tt.name, compareHTML(t, ts))
		})
	}
}

// Root shows the comparison at its route, before anything is chosen.
func TestCompareEmptyExplains(t *testing.T) {
	ts := newTester(t, nil)
	ts.goTo(Route{View: ViewCompare})
	html := htmlID(t, ts.html(), "compare")
	text := htmlText(html)
	for _, want := range []string{
		"Compare sites and respondents", "Nothing to compare yet", "drop the CSV files",
		"No assessment is stored in this browser yet", "Nothing leaves this browser.",
	} {
		assert.Contains(t, text, want)
	}
	picker := htmlByID(t, html, "compare-files")
	assert.Equal(t, "file", picker.Attrs["type"])
	assert.Equal(t, ".csv,text/csv", picker.Attrs["accept"])
	assert.True(t, picker.has("multiple"))
	labels := htmlTags(html, "label")
	require.Len(t, labels, 1)
	assert.Equal(t, "compare-files", labels[0].Attrs["for"])
	assert.Len(t, htmlTags(html, "h1"), 1)
	for _, id := range []string{"heatmap", "compare-export", "compare-print", "cmp-all"} {
		assert.NotContains(t, html, `id="`+id+`"`)
	}
}

// TestCompareFiles adds the three fixtures and a broken file: the broken
// one is listed with its problems and the others are compared.
func TestCompareFiles(t *testing.T) {
	good := cmpFixture(t, "plant-b-quality.csv")
	broken := browser.File{Name: "broken.csv", Data: bytes.Replace(good.Data, []byte(",GOV-01,,"), []byte(",GOV-01,,x,"), 1)}
	_, importErr := csvio.Import(broken.Data)
	var ie *csvio.ImportError
	require.True(t, errors.As(importErr, &ie), "the broken file is refused: %v", importErr)
	require.NotEmpty(t, ie.Problems)

	ts := newTester(t, nil)
	c := openCompare(ts)
	cmpAddFiles(ts, c, cmpFixture(t, "plant-a-it.csv"), cmpFixture(t, "plant-a-ot.csv"), broken, good)
	html := compareHTML(t, ts)
	text := htmlText(html)

	assert.Equal(t, "3 assessments from 2 sites.", htmlText(htmlID(t, html, "compare-summary")), "the broken file must not stop the others")
	files := htmlText(htmlID(t, html, "compare-file-list"))
	assert.Contains(t, files, "plant-a-it.csv 1 assessment")
	assert.Contains(t, files, "broken.csv not used: the file has errors")
	assert.Contains(t, files, ie.Problems[0].String(), "the first problem, with line and column")

	// Heat map: per site the overall score, then the areas. Plant A's GOV
	// is the mean of 62.5 and 56.25: the IT lead's "not applicable" on the
	// policy (GOV-08), a requirement that cannot be excluded, counts as 0.
	// The fixtures answer a few questions each, so every score is partial:
	// shown without a band, with how many questions were answered.
	require.Contains(t, html, `id="heatmap"`)
	cells := regexp.MustCompile(`<td class="cmp-heat-cell (heat-\w+)[^"]*">\s*<span class="heat-num">(\d+)</span>`).FindAllStringSubmatch(html, -1)
	require.GreaterOrEqual(t, len(cells), 3)
	assert.Equal(t, []string{"heat-partial", "52"}, cells[0][1:], "Plant A overall")
	assert.Equal(t, []string{"heat-partial", "59"}, cells[1][1:], "Plant A GOV")
	assert.Contains(t, text, "13/124 answered : partial score, not ranked", "Plant A overall: two respondents")
	assert.Contains(t, text, "3/63 answered : partial score, not ranked", "Plant B overall")
	assert.Contains(t, html, `<span class="heat-n">n=1</span>`, "Plant A's CHG cell (one of two respondents) shows n=1")
	sorted := htmlElem(t, html, func(tag htmlTag) bool { return tag.Name == "th" && tag.Attrs["aria-sort"] != "" })
	assert.Contains(t, sorted, `id="sort-site"`, "the default sort (site, ascending) is announced")
	assert.Equal(t, "ascending", htmlTags(sorted, "th")[0].Attrs["aria-sort"])

	// Disagreements: GOV-02 at Plant A, with who answered what.
	for _, want := range []string{
		"GOV-02 · Plant A", "3 levels apart", "Anna Berg (IT lead)", "4 – Reviewed and improved", "The CISO decides",
		"Omar Ortiz (OT / automation lead)", "=Plant manager decides alone", "Unknown (counts as 0)",
	} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "GOV-01 · Plant A", "a one-level difference is not a disagreement")
	// The matrix: within Plant A, and between the sites.
	for _, want := range []string{
		"8.1 ", "Anna Berg (IT lead): No accountable role", "5.9 ",
		"Plant operations – 1 site: Plant B", "Respondents disagree within the site – 1 site: Plant A",
	} {
		assert.Contains(t, text, want)
	}

	// Removing the broken file keeps the comparison.
	var seq int
	for _, f := range c.files {
		if f.name == "broken.csv" {
			seq = f.seq
		}
	}
	ts.in(c, func(ctx app.Context) { c.removeFile(ctx, seq) })
	html = compareHTML(t, ts)
	assert.NotContains(t, html, "broken.csv")
	assert.Equal(t, "3 assessments from 2 sites.", htmlText(htmlID(t, html, "compare-summary")))
}

// TestCompareSortAndDrill sorts the heat map and opens the drill-down of
// one area.
func TestCompareSortAndDrill(t *testing.T) {
	ts := newTester(t, nil)
	c := openCompare(ts)
	cmpAddFiles(ts, c, cmpFixture(t, "plant-a-it.csv"), cmpFixture(t, "plant-b-quality.csv"))
	rowOrder := func() string {
		var out []string
		for _, m := range regexp.MustCompile(`<span class="cmp-site-name">([^<]+)</span>`).FindAllStringSubmatch(compareHTML(t, ts), -1) {
			out = append(out, m[1])
		}
		return strings.Join(out, ",")
	}
	sortOf := func(id string) string {
		th := htmlElem(t, compareHTML(t, ts), func(tag htmlTag) bool { return tag.Name == "th" && tag.Attrs["aria-sort"] != "" })
		require.Contains(t, th, `id="`+id+`"`, "the sorted column")
		return htmlTags(th, "th")[0].Attrs["aria-sort"]
	}

	sorts := []struct {
		key, order, aria string
	}{
		{"", "Plant A,Plant B", "ascending"}, // by site, at first
		// Plant A 52, Plant B 75, both partial (Plant B answered 3 of 62
		// questions): not ranked, so name order either way.
		{"overall", "Plant A,Plant B", "descending"},
		{"overall", "Plant A,Plant B", "ascending"},
		{"site", "Plant A,Plant B", "ascending"}, // names A to Z
		{"site", "Plant B,Plant A", "descending"},
	}
	for _, s := range sorts {
		if s.key != "" {
			ts.in(c, func(ctx app.Context) { c.sortBy(s.key) })
		}
		key := s.key
		if key == "" {
			key = "site"
		}
		assert.Equal(t, s.order, rowOrder(), "sorted by %s", key)
		assert.Equal(t, s.aria, sortOf("sort-"+key), "sorted by %s", key)
	}
	ts.in(c, func(ctx app.Context) { c.sortBy("site") })

	// No drill-down until an area is chosen: 50 sites × 7 questions is a
	// big table to render for nothing.
	html := compareHTML(t, ts)
	assert.NotContains(t, html, `id="drill"`)
	assert.Contains(t, html, `id="cmp-drill-hint"`)

	ts.in(c, func(ctx app.Context) { c.drillInto("PRA") })
	html = compareHTML(t, ts)
	require.Contains(t, html, `id="drill"`)
	assert.Equal(t, "Ownership in practice", htmlText(htmlID(t, html, "cmp-drill-area")))
	assert.Contains(t, htmlText(htmlID(t, html, "drill")), "PRA-01")
	assert.True(t, htmlByID(t, html, "drill-PRA").has("aria-pressed"), "the chosen area's button is pressed")
	assert.False(t, htmlByID(t, html, "drill-GOV").has("aria-pressed"))
	// Drill rows follow the heat map's order (Plant A first).
	body := htmlElem(t, htmlID(t, html, "drill"), func(tag htmlTag) bool { return tag.Name == "tbody" })
	rows := regexp.MustCompile(`<tr>\s*<th[^>]*>([^<]+)</th>`).FindAllStringSubmatch(body, -1)
	require.NotEmpty(t, rows)
	assert.Equal(t, "Plant A \u00b7 2026-03-10", rows[0][1])

	ts.in(c, func(ctx app.Context) { c.drillInto("PRA") })
	assert.NotContains(t, compareHTML(t, ts), `id="drill"`, "choosing the shown area again closes the drill-down")
}

// TestCompareStoredAndExport ticks 25 stored assessments: they load in
// chunks, with the progress shown between them, and the comparison
// downloads as the consolidated CSV.
func TestCompareStoredAndExport(t *testing.T) {
	const n = 25
	mem := storage.NewMemory()
	var as []assessment.Assessment
	for i := range n {
		a := assessment.New(fmt.Sprintf("stored-%02d", i), testNow)
		a.Profile.Site = []string{"North", "South", "East"}[i%3]
		a.Profile.Respondent = fmt.Sprintf("R%02d", i)
		a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Ratings[i%len(assessment.Ratings)]}
		as = append(as, a)
	}
	seed(t, mem, as...)
	ts := newTester(t, mem)
	c := openCompare(ts)
	require.Len(t, c.Items, n)
	assert.Equal(t, fmt.Sprintf("Select all (%d)", n), htmlText(htmlElem(t, compareHTML(t, ts), func(tag htmlTag) bool { return tag.Attrs["for"] == "cmp-all" })))

	step := cmpStepper(ts, c)
	step(func(ctx app.Context) { c.toggleAll(ctx, true) }) // the first chunk is loading
	step(nil)                                              // it is back; the next one is loading
	html := compareHTML(t, ts)
	assert.Equal(t, "Loaded 10 of 25", htmlText(htmlID(t, html, "compare-progress")))
	bar := htmlByID(t, html, "compare-progress-bar")
	assert.Equal(t, "10", bar.Attrs["value"])
	assert.Equal(t, "25", bar.Attrs["max"])
	assert.NotContains(t, html, `id="compare-result"`, "nothing is compared before everything is loaded")

	ts.e.ConsumeAll()
	html = compareHTML(t, ts)
	assert.Equal(t, "25 assessments from 3 sites.", htmlText(htmlID(t, html, "compare-summary")))
	assert.Empty(t, htmlText(htmlID(t, html, "compare-progress")))
	assert.True(t, htmlByID(t, html, "cmp-all").has("checked"))

	ts.in(c, func(ctx app.Context) { c.toggleStored(ctx, as[0].ID, false) })
	html = compareHTML(t, ts)
	assert.Equal(t, "24 assessments from 3 sites.", htmlText(htmlID(t, html, "compare-summary")))
	assert.False(t, htmlByID(t, html, "cmp-all").has("checked"))
	assert.False(t, htmlByID(t, html, "cmp-stored-"+as[0].ID).has("checked"))
	assert.True(t, htmlByID(t, html, "cmp-stored-"+as[1].ID).has("checked"))

	step(func(ctx app.Context) { c.exportCSV(ctx) })
	export := htmlByID(t, compareHTML(t, ts), "compare-export")
	assert.True(t, export.has("disabled"), "the button waits for the file")
	assert.Contains(t, htmlText(htmlID(t, compareHTML(t, ts), "compare-export")), "Preparing the CSV")
	ts.e.ConsumeAll()
	d, ok := browser.LastDownload()
	require.True(t, ok)
	assert.Equal(t, "ownership-comparison-2026-03-14.csv", d.Filename)
	assert.Equal(t, "text/csv;charset=utf-8", d.MIME)
	assert.True(t, bytes.HasPrefix(d.Data, []byte("\ufeffsite,round,respondent,respondent_role,assessment_id,")), "export starts with %q", d.Data[:min(80, len(d.Data))])
	assert.NotContains(t, string(d.Data), as[0].ID, "the unticked assessment is left out")
	assert.Contains(t, string(d.Data), as[1].ID)
	n0 := ts.env().Notice()
	require.NotNil(t, n0)
	assert.Equal(t, session.NoticeSuccess, n0.Kind)
	assert.Equal(t, "Saved ownership-comparison-2026-03-14.csv to your downloads.", n0.Text)
	assert.False(t, htmlByID(t, compareHTML(t, ts), "compare-export").has("disabled"))

	prints := browser.Prints()
	ts.in(c, func(ctx app.Context) { c.Env.Print() }) // the Print button
	assert.Equal(t, prints+1, browser.Prints())

	ts.in(c, func(ctx app.Context) { c.toggleAll(ctx, false) })
	html = compareHTML(t, ts)
	assert.Contains(t, html, `id="compare-empty"`, "unticking everything brings back the empty state")
	assert.NotContains(t, html, `id="compare-export"`)
}

// The consolidated CSV of the three fixture files is the one the compare
// package's golden test fixes.
func TestCompareExportMatchesConsolidatedGolden(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "testdata", "compare", "consolidated.golden.csv"))
	require.NoError(t, err)
	ts := newTester(t, nil)
	c := openCompare(ts)
	cmpAddFiles(ts, c, cmpFixture(t, "plant-a-it.csv"), cmpFixture(t, "plant-a-ot.csv"), cmpFixture(t, "plant-b-quality.csv"))
	ts.in(c, func(ctx app.Context) { c.exportCSV(ctx) })
	d, ok := browser.LastDownload()
	require.True(t, ok)
	assert.Equal(t, "ownership-comparison-2026-03-14.csv", d.Filename)
	assert.Equal(t, string(want), string(d.Data))
}

// A ticked assessment that cannot be loaded any more (deleted in another
// window before this one heard of it) is named with the reason.
func TestCompareStoredLoadError(t *testing.T) {
	mem := storage.NewMemory()
	seed(t, mem, sample(1), sample(2))
	ts := newTester(t, mem)
	c := openCompare(ts)
	require.NoError(t, mem.Remove(storage.Prefix+"a/"+sample(1).ID))

	ts.in(c, func(ctx app.Context) { c.toggleStored(ctx, sample(1).ID, true) })
	html := compareHTML(t, ts)
	item := htmlText(htmlElem(t, html, func(tag htmlTag) bool {
		return tag.Name == "li" && strings.Contains(tag.Attrs["class"], "cmp-check")
	}))
	assert.Contains(t, item, sample(1).Name)
	assert.Contains(t, item, "Could not load it: ")
	assert.Contains(t, html, `id="compare-empty"`, "nothing to compare")

	ts.in(c, func(ctx app.Context) { c.toggleStored(ctx, sample(2).ID, true) })
	html = compareHTML(t, ts)
	assert.Equal(t, "1 assessment from 1 site.", htmlText(htmlID(t, html, "compare-summary")), "the others still load")
	assert.Contains(t, html, "Could not load it: ")
}

// Ticked assessments that leave the list (deleted here or in another
// window) leave the comparison.
func TestCompareDropsDeletedAssessments(t *testing.T) {
	ts, c := compareAll(t, sample(1), sample(2), sample(3))
	require.Equal(t, "3 assessments from 2 sites.", htmlText(htmlID(t, compareHTML(t, ts), "compare-summary")))

	ts.in(c, func(ctx app.Context) { c.Env.Delete(ctx, sample(3).ID) })
	html := compareHTML(t, ts)
	assert.Equal(t, "2 assessments from 1 site.", htmlText(htmlID(t, html, "compare-summary")))
	assert.NotContains(t, html, `id="cmp-stored-`+sample(3).ID+`"`)

	ts.in(c, func(ctx app.Context) { c.Env.Undo(ctx) })
	html = compareHTML(t, ts)
	assert.False(t, htmlByID(t, html, "cmp-stored-"+sample(3).ID).has("checked"), "an assessment back in the list is not ticked again")
	assert.Equal(t, "2 assessments from 1 site.", htmlText(htmlID(t, html, "compare-summary")))
}

// Big files are read one per chunk, so that the page gets a frame between
// them.
func TestCompareBigFilesLoadOnePerChunk(t *testing.T) {
	// Over cmpChunkBytes each: files of several assessments.
	big := func(name string, from int) browser.File {
		var as []assessment.Assessment
		for i := from; i < from+30; i++ {
			as = append(as, sample(i))
		}
		var b bytes.Buffer
		require.NoError(t, csvio.Export(&b, as...))
		require.Greater(t, b.Len(), cmpChunkBytes)
		return browser.File{Name: name, Data: b.Bytes()}
	}
	a, b := big("a.csv", 0), big("b.csv", 30)
	ts := newTester(t, nil)
	c := openCompare(ts)
	step := cmpStepper(ts, c)
	step(func(ctx app.Context) { c.addFiles(ctx, cmpBrowserFiles(browser.FakeFiles(a, b))) })
	step(nil)
	html := compareHTML(t, ts)
	assert.Equal(t, "Loaded 1 of 2", htmlText(htmlID(t, html, "compare-progress")))
	files := htmlText(htmlID(t, html, "compare-file-list"))
	assert.Contains(t, files, "a.csv 30 assessments")
	assert.Contains(t, files, "b.csv reading\u2026")

	ts.e.ConsumeAll()
	assert.Equal(t, "60 assessments from 20 sites.", htmlText(htmlID(t, compareHTML(t, ts), "compare-summary")))
}

// The comparison counts each assessment's action plan by status.
func TestComparePlanCounts(t *testing.T) {
	a, b := sample(1), sample(2)
	acts := assessment.Actions(a)
	require.GreaterOrEqual(t, len(acts), 3, "the test needs a plan")
	a.Plan = map[string]assessment.PlanEntry{
		acts[0].ID: {Status: assessment.StatusDone},
		acts[1].ID: {Status: assessment.StatusInProgress},
		acts[2].ID: {Dropped: true},
		"ADD-1":    {Text: "Brief the works council."},
	}
	ts, _ := compareAll(t, a, b)
	table := htmlID(t, compareHTML(t, ts), "cmp-plans")
	n := len(acts) // one dropped, one added
	row := func(a assessment.Assessment) string {
		for _, tr := range strings.Split(table, "</tr>") {
			if strings.Contains(tr, a.Profile.Respondent) {
				return htmlText(tr + "</tr>")
			}
		}
		t.Fatalf("no row for %s", a.Profile.Respondent)
		return ""
	}
	assert.Contains(t, row(a), strconv.Itoa(n)+" "+strconv.Itoa(n-2)+" 1 1")
	nb := strconv.Itoa(len(assessment.Actions(b)))
	assert.Contains(t, row(b), nb+" "+nb+" 0 0")
}

// The trend says what became of the baseline's open actions, in a count
// sentence whose parts add up, and lists the actions done, saying which
// of them the follow-up's answers do not bear out; it lists the findings
// raised in both rounds, with the action on one marked done.
func TestCompareTrendActions(t *testing.T) {
	base, follow := sample(1), sample(1)
	base.ID, follow.ID = "plant-base", "plant-follow"
	base.Profile.Date, follow.Profile.Date = "2026-03-10", "2026-09-15"
	const works = "Brief the works council."
	base.Plan = map[string]assessment.PlanEntry{"ADD-1": {Text: works}}
	acts := assessment.Actions(base)
	require.GreaterOrEqual(t, len(acts), 4, "the test needs a plan")
	// The first action is marked done, the second's answer reaches level
	// 3, the third is dropped, the team's own is done; the rest stay open.
	follow.Plan = map[string]assessment.PlanEntry{
		acts[0].ID: {Status: assessment.StatusDone},
		acts[2].ID: {Dropped: true},
		"ADD-1":    {Text: works, Status: assessment.StatusDone},
	}
	ans := follow.Answers[acts[1].ID]
	ans.Rating = assessment.Rating3
	follow.Answers[acts[1].ID] = ans
	ts, _ := compareAll(t, base, follow)
	html := htmlID(t, compareHTML(t, ts), "trend-0-0-actions")
	text := htmlText(html)
	want := fmt.Sprintf("Of the %d actions open or in progress in the plan of 2026-03-10: 2 marked done in the plan of 2026-09-15 "+
		"(1 of them not borne out by the answers, which show no rise in level); "+
		"1 no longer needed because the answer now reaches level 3; %d still open or in progress; "+
		"and 1 not in the plan of 2026-09-15 (dropped or not applicable), so not counted as done.", len(acts), len(acts)-4)
	assert.Contains(t, text, want)
	assert.Contains(t, htmlText(htmlID(t, html, "trend-0-0-actions-unproven")), "ISO/IEC 27001 6.1.1 e) 2)")
	done := strings.Split(htmlID(t, html, "trend-0-0-actions-done"), "</li>")
	require.Len(t, done, 3, "two actions marked done")
	assert.Contains(t, htmlText(done[0]), acts[0].ID+" "+acts[0].Title)
	assert.Contains(t, htmlText(done[0]), "still rated at "+compare.LevelName(acts[0].Level)+" in 2026-09-15, as in 2026-03-10: not borne out by the answers", "the answer has not moved")
	assert.Contains(t, htmlText(done[1]), "ADD-1 "+works)
	assert.NotContains(t, htmlText(done[1]), "rated", "an action the team added has no question")

	// Every finding is raised in both rounds but the one on the answer
	// now at level 3; the action on a finding's question is marked done.
	persisting := htmlText(htmlID(t, compareHTML(t, ts), "trend-0-0-persisting"))
	assert.Contains(t, persisting, "Still raised in 2026-09-15, as in 2026-03-10")
	var raised []assessment.Finding
	for _, f := range assessment.Findings(follow) {
		if slices.ContainsFunc(assessment.Findings(base), func(b assessment.Finding) bool { return b.ID == f.ID }) {
			raised = append(raised, f)
		}
	}
	require.NotEmpty(t, raised, "the test needs findings raised in both rounds")
	linked, dropped, pending := false, false, false
	for _, f := range raised {
		assert.Contains(t, persisting, compare.FindingLabel(f))
		if slices.Contains(f.Questions, acts[0].ID) {
			linked = true
			assert.Contains(t, persisting, "its action ("+acts[0].ID+") is marked done in 2026-09-15")
		}
		if slices.Contains(f.Questions, acts[2].ID) {
			dropped = true
			assert.Contains(t, persisting, "its action ("+acts[2].ID+") is no longer in the plan in 2026-09-15")
		}
		for _, a := range acts[4:] {
			if slices.Contains(f.Questions, a.ID) {
				pending = true
				assert.Regexp(t, `its actions? \([^)]*`+regexp.QuoteMeta(a.ID)+`[^)]*\) (is|are) still open in 2026-09-15`, persisting)
			}
		}
	}
	assert.True(t, linked, "a finding still raised rests on the action marked done")
	assert.True(t, pending, "a finding still raised rests on an action still open")
	require.True(t, dropped, "a finding still raised rests on the dropped action")
	assert.Contains(t, htmlText(htmlID(t, compareHTML(t, ts), "trend-0-0-persisting-undecided")), "6.1.3 f)", "a dropped action on a repeat finding needs a decision")
	assert.Contains(t, htmlText(htmlID(t, html, "trend-0-0-actions-resolved")), acts[1].ID)
	assert.Contains(t, htmlText(htmlID(t, html, "trend-0-0-actions-gone")), acts[2].ID)
	assert.NotContains(t, compareHTML(t, ts), "Not comparable", "rounds answered in the same roles are comparable")
}

// A follow-up answered by respondents in none of the baseline's roles is
// not set against it: the trend says why and names both rounds'
// respondents, counts no change of score, closes no finding and resolves
// no action. One that shares a role is compared on that role, and says so.
func TestCompareTrendNotComparable(t *testing.T) {
	it, ot, follow := sample(1), sample(1), sample(1)
	it.ID, ot.ID, follow.ID = "plant-it", "plant-ot", "plant-follow"
	it.Profile.Date, ot.Profile.Date, follow.Profile.Date = "2026-03-10", "2026-03-12", "2026-09-15"
	it.Profile.Respondent, it.Profile.RespondentRole = "Anna Berg", assessment.RoleIT
	ot.Profile.Respondent, ot.Profile.RespondentRole = "Omar Ortiz", assessment.RoleOT
	for _, q := range assessment.Questions() {
		ot.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating0}
		follow.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating4}
	}
	// compareAll compares the assessments as, all selected: one trend.
	compareAll := func(t *testing.T, as ...assessment.Assessment) (*CompareView, string) {
		mem := storage.NewMemory()
		seed(t, mem, as...)
		ts := newTester(t, mem)
		c := openCompare(ts)
		ts.in(c, func(ctx app.Context) { c.toggleAll(ctx, true) })
		require.Len(t, c.set.Trends, 1)
		return c, compareHTML(t, ts)
	}
	open := func(t *testing.T, role assessment.Role, name string) (*CompareView, string) {
		follow.Profile.Respondent, follow.Profile.RespondentRole = name, role
		return compareAll(t, it, ot, follow)
	}

	t.Run("NoSharedRole", func(t *testing.T) {
		c, html := open(t, assessment.RoleQuality, "Qi Quan")
		text := htmlText(htmlID(t, html, "trends"))
		assert.Contains(t, text, "Not comparable, as no respondent role answered in both rounds (IT lead, OT / automation lead, then Quality & validation).")
		assert.Contains(t, text, "2026-03-10 to 2026-03-12: Anna Berg (IT lead), Omar Ortiz (OT / automation lead). 2026-09-15: Qi Quan (Quality & validation).")
		before := wholeText(c.set.Sites[c.set.Trends[0].Steps[0].From].Overall.Score)
		assert.Contains(t, text, "Overall: "+before+", then 100 (not comparable)")
		assert.Contains(t, text, "Overall "+before+" 100 not comparable")
		assert.NotContains(t, text, "(+")
		assert.Contains(t, text, "None closed.")
		assert.NotEmpty(t, htmlText(htmlID(t, html, "trend-0-0-unchecked")), "what the follow-up no longer raises is listed as not re-assessed")
		assert.Contains(t, text, "Raised in 2026-09-15, not in 2026-03-10 to 2026-03-12: not necessarily new")
		assert.NotContains(t, text, "no longer needed because")
		assert.Contains(t, htmlText(htmlID(t, html, "trend-0-0-actions")), "not re-assessed in 2026-09-15")
	})
	t.Run("SharedRole", func(t *testing.T) {
		c, html := open(t, assessment.RoleIT, "Anna Berg")
		text := htmlText(htmlID(t, html, "trends"))
		assert.NotContains(t, text, "Not comparable")
		assert.Contains(t, text, "Compared on the roles that answered in both rounds: IT lead. Answered only in 2026-03-10 to 2026-03-12: OT / automation lead.")
		st := c.set.Trends[0].Steps[0]
		require.True(t, st.Overall.HasDelta)
		assert.Contains(t, text, "Overall: "+wholeText(st.FromScores.Overall.Score)+" to 100 ("+signedText(100-st.FromScores.Overall.Score)+")",
			"the change is the IT lead's, not the mean with the OT lead's")
	})
	// A Quality lead joins the follow-up and rates one question 0: what
	// only that role raises is listed apart, as not necessarily new.
	t.Run("JoinedRole", func(t *testing.T) {
		follow.Profile.Respondent, follow.Profile.RespondentRole = "Anna Berg", assessment.RoleIT
		qa := sample(1)
		qa.ID, qa.Profile.Date = "plant-qa", "2026-09-16"
		qa.Profile.Respondent, qa.Profile.RespondentRole = "Qi Quan", assessment.RoleQuality
		for _, q := range assessment.Questions() {
			qa.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating4}
		}
		qa.Answers["INC-02"] = assessment.Answer{Rating: assessment.Rating0}
		// Only the IT lead in the baseline, with INC-02 in place.
		base := it
		base.Answers = maps.Clone(it.Answers)
		base.Answers["INC-02"] = assessment.Answer{Rating: assessment.Rating4}
		c, html := compareAll(t, base, follow, qa)
		st := c.set.Trends[0].Steps[0]
		require.NotEmpty(t, st.NewRoleRaised)
		list := htmlText(htmlID(t, html, "trend-0-0-newrole"))
		assert.Contains(t, list, "Raised in 2026-09-15 to 2026-09-16 only by roles that did not answer in 2026-03-10 (Quality & validation): not necessarily new")
		assert.Contains(t, list, st.NewRoleRaised[0].Title)

		// The round's consensus agrees level 4: the Quality lead's finding
		// was overruled, and is listed as such rather than as raised.
		cons := assessment.BuildConsensus("plant-cons", testNow, []assessment.Assessment{follow, qa},
			map[string]assessment.Decision{"INC-02": {Rating: assessment.Rating4, Rationale: "The isolation authority is in the shift handbook."}})
		c, html = compareAll(t, base, follow, qa, cons)
		st = c.set.Trends[0].Steps[0]
		require.NotEmpty(t, st.Overruled)
		assert.NotContains(t, html, "trend-0-0-newrole")
		over := htmlText(htmlID(t, html, "trend-0-0-overruled"))
		assert.Contains(t, over, "in a respondent's own answers, overruled by its consensus (its results give the rationale)")
		assert.Contains(t, over, st.Overruled[0].Severity.Label()+" \u2013 "+st.Overruled[0].Title)
	})
}

// compareAll stores as in a fresh browser, opens Compare and ticks every
// stored assessment.
func compareAll(t *testing.T, as ...assessment.Assessment) (*tester, *CompareView) {
	t.Helper()
	mem := storage.NewMemory()
	seed(t, mem, as...)
	ts := newTester(t, mem)
	c := openCompare(ts)
	ts.in(c, func(ctx app.Context) { c.toggleAll(ctx, true) })
	return ts, c
}

// plantLeads are the IT and OT leads of one site and round, Anna Berg
// and Omar Ortiz, who answer alike.
func plantLeads() (it, ot assessment.Assessment) {
	it, ot = sample(1), sample(1)
	it.ID, ot.ID = "plant-it", "plant-ot"
	it.Profile.Respondent, it.Profile.RespondentRole = "Anna Berg", assessment.RoleIT
	ot.Profile.Respondent, ot.Profile.RespondentRole = "Omar Ortiz", assessment.RoleOT
	return it, ot
}

// In Compare, a matrix row on which the respondents of one site and round
// name different accountable roles offers the rows they gave; the agreed
// row and its rationale go into the consensus, whose results keep the
// other respondent's row visible as dissent.
func TestCompareRowConsensus(t *testing.T) {
	it, ot := plantLeads()
	k := assessment.CellKey{Control: "5.10", Domain: assessment.DomainOT}
	it.Matrix[k] = assessment.RACI{assessment.RoleIT: assessment.LetterAccountable}
	ot.Matrix[k] = assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible}
	ts, c := compareAll(t, it, ot)
	html := compareHTML(t, ts)
	sel := htmlID(t, html, "cmp-agree-row-0-5-10-ot")
	text := htmlText(sel)
	assert.Contains(t, text, "As Anna Berg filled it: A: IT lead")
	assert.Contains(t, text, "As Omar Ortiz filled it: A/R: OT / automation lead")
	count := htmlText(htmlID(t, html, "cmp-consensus-count-0"))
	assert.Equal(t, "Plant 1 \u00b7 2026-03-14: 2 respondents; no question in dispute and an agreed row for 0 of 1 matrix row in dispute.", count)

	// An agreed row without its rationale is no evidence: the consensus
	// is not stored until it has one, and the page says why.
	ts.in(c, func(ctx app.Context) {
		c.rounds.setRow(c.set.Sites[0].Key, k, func(d *assessment.RowDecision) { d.Row = ot.Matrix[k] })
	})
	html = compareHTML(t, ts)
	assert.Equal(t, "Give the rationale of each agreed answer and row before storing the consensus: an agreement without its reason is no evidence. Missing for: A.5.10 (Plant OT).",
		htmlText(htmlID(t, html, "cmp-consensus-missing-0")))
	assert.Contains(t, htmlID(t, html, "cmp-build-consensus-0"), " disabled ")
	ts.in(c, func(ctx app.Context) { c.buildConsensus(c.set.Sites[0]) })
	assert.Empty(t, c.rounds.built[c.set.Sites[0].Key].id, "not stored without the rationale")

	ts.in(c, func(ctx app.Context) {
		c.rounds.setRow(c.set.Sites[0].Key, k, func(d *assessment.RowDecision) { d.Rationale = "OT signs off the line changes." })
	})
	// The session starts empty, and the consensus waits for it; the
	// respondents are only a suggestion.
	html = compareHTML(t, ts)
	assert.Equal(t, "Record the session before storing the consensus: its date, facilitator and participants are the evidence of when and by whom it was agreed. Not yet given: date, facilitator, participants.",
		htmlText(htmlID(t, html, "cmp-session-missing-0")))
	assert.Contains(t, htmlID(t, html, "cmp-build-consensus-0"), " disabled ")
	assert.Contains(t, htmlText(htmlID(t, html, "cmp-session-participants-0-suggest")), "Respondents in this comparison: Anna Berg (IT lead); Omar Ortiz (OT / automation lead).")
	sessionIs := func(edit func(s *assessment.Session)) string {
		ts.in(c, func(ctx app.Context) { c.rounds.setSession(c.set.Sites[0].Key, edit) })
		return compareHTML(t, ts)
	}
	html = sessionIs(func(s *assessment.Session) {
		s.Participants = assessment.SessionParticipants(cmpConsensusFrom(c.set.Sites[0]))
		s.Date, s.Facilitator = cmpBadDate, "Anna Berg"
	})
	assert.Equal(t, "Enter the day of the session as a date.", htmlText(htmlID(t, html, "cmp-session-date-error-0")))
	assert.Contains(t, htmlID(t, html, "cmp-build-consensus-0"), " disabled ")
	html = sessionIs(func(s *assessment.Session) { s.Date = "2026-03-15" })
	assert.Equal(t, "The session cannot be later than today (14 March 2026).", htmlText(htmlID(t, html, "cmp-session-date-error-0")))
	// Warnings an auditor would raise, which do not block.
	html = sessionIs(func(s *assessment.Session) { s.Date = "2026-03-01" })
	warnings := htmlText(htmlID(t, html, "cmp-session-warnings-0"))
	assert.Contains(t, warnings, "The session is dated before the last assessment of this round (14 March 2026): check the date.")
	assert.Contains(t, warnings, "Anna Berg is also a respondent of this round")
	assert.NotContains(t, htmlID(t, html, "cmp-build-consensus-0"), "disabled")
	html = sessionIs(func(s *assessment.Session) { s.Date, s.Facilitator = "2026-03-14", "Eva Stein" })
	assert.NotContains(t, html, "cmp-session-warnings-0")
	assert.NotContains(t, html, "cmp-session-missing-0")
	html = compareHTML(t, ts)
	assert.Regexp(t, `and an agreed row for 1 of 1 matrix row in dispute\.$`, htmlText(htmlID(t, html, "cmp-consensus-count-0")))
	assert.NotContains(t, html, "cmp-consensus-missing-0")
	assert.NotContains(t, htmlID(t, html, "cmp-build-consensus-0"), "disabled")
	ts.in(c, func(ctx app.Context) { c.buildConsensus(c.set.Sites[0]) })
	id := c.rounds.built[c.set.Sites[0].Key].id
	require.NotEmpty(t, id, "the consensus is stored")

	stored, err := ts.env().Load(id)
	require.NoError(t, err)
	assert.Equal(t, &assessment.Session{Date: "2026-03-14", Facilitator: "Eva Stein", Participants: "Anna Berg (IT lead); Omar Ortiz (OT / automation lead)"}, stored.Session)

	ts.goTo(Route{ID: id, View: ViewResults})
	assert.Equal(t, "Recorded with the consensus: session held on 14 March 2026; facilitator: Eva Stein; participants: Anna Berg (IT lead); Omar Ortiz (OT / automation lead).",
		htmlText(htmlID(t, ts.html(), "results-consensus-session")))
	// Whose answers the consensus moved away from, before the list.
	// Only Anna's row differs from the agreed one.
	assert.Equal(t, "Answered otherwise than the consensus: Anna Berg (IT lead) on 1 matrix row.",
		htmlText(htmlID(t, ts.html(), "results-consensus-who")))
	cons := htmlText(htmlID(t, ts.html(), "results-consensus-5-10-ot"))
	for _, want := range []string{"A.5.10", "Consensus: A/R: OT / automation lead.", "Agreed in the session.",
		"Rationale: OT signs off the line changes.", "Filled before the session \u2013 Anna Berg (IT lead): A: IT lead"} {
		assert.Contains(t, cons, want)
	}

	// Changed after the consensus was stored: the results say so, and
	// set the dissent against the session's row, not the row now.
	ts.do(func(ctx app.Context) {
		require.NoError(t, ts.env().SetLetter(k, assessment.RoleQuality, assessment.LetterConsulted))
	})
	cons = htmlText(htmlID(t, ts.html(), "results-consensus-5-10-ot"))
	for _, want := range []string{"Consensus: A/R: OT / automation lead \u00b7 C: Quality & validation.",
		"Changed after the consensus was stored, last on 14 March 2026; the session had agreed on A/R: OT / automation lead.",
		"Rationale: OT signs off the line changes.", "Differed from the session's row \u2013 Anna Berg (IT lead): A: IT lead"} {
		assert.Contains(t, cons, want)
	}
	assert.NotContains(t, cons, "Agreed in the session.")
	assert.Equal(t, "1 answer or matrix row was changed after the consensus was stored; it says so below, with what the consensus held when stored.",
		htmlText(htmlID(t, ts.html(), "results-consensus-changed")))
	assert.Contains(t, cons, "No reason for the change was recorded.")

	// The control's own view asks why, beside what the row held.
	ts.goTo(Route{ID: id, View: ViewMatrix, Control: "5.10"})
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "mx-changed")),
		"Plant OT: Changed after the consensus was stored, last on 14 March 2026; when the consensus was stored the row held A/R: OT / automation lead.")
	assert.Contains(t, ts.html(), `id="mx-change-reason-ot"`)
	assert.NotContains(t, ts.html(), `id="mx-change-reason-it"`, "only the changed row asks")
	ts.do(func(ctx app.Context) {
		require.NoError(t, ts.env().SetRowChangeReason(k, "Quality signs off line changes since April."))
	})
	ts.goTo(Route{ID: id, View: ViewResults})
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "results-consensus-5-10-ot")), "Reason for the change: Quality signs off line changes since April.")
}

// A consensus's profile changed after it was stored: the profile form
// names each changed field with the value the consensus held and asks
// why; the results say so, give the reason and say which questions the
// change brings in that the session never answered.
func TestConsensusProfileChanged(t *testing.T) {
	it, ot := plantLeads()
	const q = "GOV-02"
	it.Answers[q] = assessment.Answer{Rating: assessment.Rating1}
	ot.Answers[q] = assessment.Answer{Rating: assessment.Rating4}
	ts, c := compareAll(t, it, ot)
	id := storeConsensus(t, ts, c)
	stored, err := ts.env().Load(id)
	require.NoError(t, err)
	require.False(t, stored.Profile.Validated, "the test ticks GMP afterwards")

	ts.goTo(Route{ID: id, View: ViewProfile})
	assert.NotContains(t, ts.html(), `id="pf-changed"`, "nothing changed yet")
	p := stored.Profile
	p.Validated = true
	ts.do(func(ctx app.Context) { require.NoError(t, ts.env().SetProfile(p)) })
	form := htmlID(t, ts.html(), "pf-changed")
	assert.Contains(t, htmlText(form), "GMP / GxP validated systems in scope (when the consensus was stored: no): why was it changed?")
	assert.Contains(t, form, `id="pf-change-reason-validated"`)
	ts.do(func(ctx app.Context) {
		require.NoError(t, ts.env().SetProfileChangeReason("validated", "The packaging line was validated in April."))
	})

	ts.goTo(Route{ID: id, View: ViewResults})
	block := htmlText(htmlID(t, ts.html(), "results-consensus-profile"))
	assert.Contains(t, block, "GMP / GxP validated systems in scope: yes. Changed after the consensus was stored, last on 14 March 2026; when the consensus was stored it held no.")
	assert.Contains(t, block, "Reason for the change: The packaging line was validated in April.")
	effect := htmlText(htmlID(t, ts.html(), "results-consensus-profile-effect"))
	assert.Contains(t, effect, "are asked now that were not asked when the consensus was stored, so the session did not answer them as part of its scope")
	for _, q := range assessment.Questions() {
		if q.When == assessment.WhenValidated {
			assert.Contains(t, effect, q.ID)
		}
	}
	assert.Contains(t, block, "it took its first respondent's profile")
	ts.goTo(Route{ID: id, View: ViewReport})
	assert.Equal(t, "Changed after the consensus was stored: GMP / GxP validated systems in scope (was no). The section \u201cConsensus and dissent\u201d gives the day, the reason and the questions affected.",
		htmlText(htmlID(t, ts.html(), "report-cover-changed")), "on the report's first page")
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "report-consensus-profile")), "Reason for the change: The packaging line was validated in April.")
	ts.goTo(Route{ID: id, View: ViewResults})
	assert.NotContains(t, ts.html(), "results-consensus-profile-moved", "GMP does not move the consensus")

	// A new round name moves the consensus to another round: both views
	// say so.
	p.Round = "Follow-up 2026"
	ts.do(func(ctx app.Context) { require.NoError(t, ts.env().SetProfile(p)) })
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "results-consensus-profile-moved")), "compared and trended as another round's")
	ts.goTo(Route{ID: id, View: ViewProfile})
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "pf-changed-moved")), "compared and trended as another round's")
}

// The actions sentence of a trend step names every outcome it counts, so
// that the parts add up to the actions that were open.
func TestCmpActionsSentence(t *testing.T) {
	acts := func(n int) []compare.ActionChange { return make([]compare.ActionChange, n) }
	tests := []struct {
		name string
		ap   compare.ActionProgress
		want string
	}{
		{"None", compare.ActionProgress{}, "No action was open or in progress in the plan of R1, so there is none to follow up."},
		{"OneDone", compare.ActionProgress{Open: 1, Done: acts(1)}, "The one action open or in progress in the plan of R1 is marked done in the plan of R2."},
		{"OneGone", compare.ActionProgress{Open: 1, Gone: acts(1)},
			"The one action open or in progress in the plan of R1 is not in the plan of R2 (dropped or not applicable), so not counted as done."},
		{"OneNotReassessed", compare.ActionProgress{Open: 1, NotReassessed: acts(1)},
			"The one action open or in progress in the plan of R1 is not re-assessed in R2 (its question unrated there, or the rounds not comparable), so not counted as done."},
		{"TwoParts", compare.ActionProgress{Open: 5, Done: acts(2), Pending: acts(3)},
			"Of the 5 actions open or in progress in the plan of R1: 2 marked done in the plan of R2; and 3 still open or in progress."},
		{"AllParts", compare.ActionProgress{Open: 15, Done: acts(1), Resolved: acts(2), Pending: acts(3), NotReassessed: acts(5), Gone: acts(4)},
			"Of the 15 actions open or in progress in the plan of R1: 1 marked done in the plan of R2; 2 no longer needed because the answer now reaches level 3; " +
				"3 still open or in progress; 5 not re-assessed in R2 (its question unrated there, or the rounds not comparable), so not counted as done; " +
				"and 4 not in the plan of R2 (dropped or not applicable), so not counted as done."},
		{"AllOne", compare.ActionProgress{Open: 4, Pending: acts(4)}, "Of the 4 actions open or in progress in the plan of R1: 4 still open or in progress."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cmpActionsSentence(tt.ap, "R1", "R2"))
		})
	}
}

// The sentence over the matrix rows filled at two or more sites names
// only the parts that count something, and they add up to the whole.
func TestCmpAcrossText(t *testing.T) {
	const lead = "Of the %d matrix rows filled at two or more sites, "
	const tail = ". The rows that differ, most relevant on the plant floor first:"
	tests := []struct {
		filled, agree, differ, none int
		want                        string
	}{
		{0, 0, 0, 0, "No matrix row is filled at two or more sites."},
		{1, 1, 0, 0, "The one matrix row filled at two or more sites names the same accountable role everywhere."},
		{1, 0, 1, 0, "The one matrix row filled at two or more sites differs" + tail},
		{278, 278, 0, 0, "All 278 matrix rows filled at two or more sites name the same accountable role everywhere."},
		{5, 0, 5, 0, "All 5 matrix rows filled at two or more sites differ" + tail},
		{3, 0, 0, 3, "All 3 matrix rows filled at two or more sites name no accountable role at any site."},
		{278, 274, 4, 0, fmt.Sprintf(lead, 278) + "274 name the same accountable role everywhere and 4 differ" + tail},
		{10, 8, 0, 2, fmt.Sprintf(lead, 10) + "8 name the same accountable role everywhere and 2 name no accountable role at any site."},
		{10, 1, 1, 8, fmt.Sprintf(lead, 10) + "1 names the same accountable role everywhere, 1 differs and 8 name no accountable role at any site" + tail},
		{6, 0, 3, 3, fmt.Sprintf(lead, 6) + "3 differ and 3 name no accountable role at any site" + tail},
	}
	for _, tt := range tests {
		require.Equal(t, tt.filled, tt.agree+tt.differ+tt.none, "the case adds up")
		assert.Equal(t, tt.want, cmpAcrossText(tt.filled, tt.agree, tt.differ, tt.none))
	}
}

// The smaller differences of a site (one level apart, not applicable
// against level 0 or 1, unknown against 0) wait behind a button; once shown,
// each can be settled like a disagreement, its rationale is required, and
// the consensus takes the agreed answer instead of the lowest.
func TestCompareMinorDifferences(t *testing.T) {
	it, ot := plantLeads()
	const q = "GOV-02"
	it.Answers[q] = assessment.Answer{Rating: assessment.Rating2}
	ot.Answers[q] = assessment.Answer{Rating: assessment.Rating3}
	ts, c := compareAll(t, it, ot)
	require.Len(t, c.set.Minor, 1, "the test needs one smaller difference")
	html := compareHTML(t, ts)
	assert.Equal(t, "Show the 1 smaller difference to settle", htmlText(htmlID(t, html, "cmp-minor-toggle")))
	assert.NotContains(t, html, "cmp-agree-0-"+q, "folded until asked for")
	assert.Contains(t, htmlText(htmlID(t, html, "cmp-consensus-count-0")), "unless the group agrees another under \u201cSmaller differences\u201d above")

	ts.in(c, func(ctx app.Context) { c.showMinor = true })
	html = compareHTML(t, ts)
	item := htmlText(htmlID(t, html, "cmp-minor-list"))
	assert.Contains(t, item, q+" \u00b7 Plant 1")
	assert.Contains(t, item, "one level apart")
	assert.Contains(t, htmlID(t, html, "cmp-agree-0-"+q), "Not agreed yet")

	key := c.set.Sites[0].Key
	ts.in(c, func(ctx app.Context) {
		c.rounds.set(key, q, func(d *assessment.Decision) { d.Rating = assessment.Rating3 })
	})
	html = compareHTML(t, ts)
	assert.Contains(t, htmlText(htmlID(t, html, "cmp-consensus-missing-0")), "Missing for: "+q+".")
	assert.Contains(t, htmlText(htmlID(t, html, "cmp-consensus-count-0")), "The 1 smaller difference has an agreed answer.")
	ts.in(c, func(ctx app.Context) {
		c.rounds.set(key, q, func(d *assessment.Decision) { d.Rationale = "The steering group's minutes show it." })
		c.rounds.setSession(key, func(s *assessment.Session) {
			s.Date, s.Facilitator, s.Participants = "2026-03-14", "Eva Stein", "Anna Berg; Omar Ortiz"
		})
		c.buildConsensus(c.set.Sites[0])
	})
	id := c.rounds.built[key].id
	require.NotEmpty(t, id, "the consensus is stored")
	stored, err := ts.env().Load(id)
	require.NoError(t, err)
	assert.Equal(t, assessment.Rating3, stored.Answers[q].Rating, "the agreed answer, not the lowest")
	assert.True(t, stored.Consensus[q].Agreed)
	assert.Equal(t, "The steering group's minutes show it.", stored.Consensus[q].Rationale)
}

// storeConsensus records a session for the first site and round of c
// and stores its consensus as decided so far; it returns the new
// record's ID.
func storeConsensus(t *testing.T, ts *tester, c *CompareView) string {
	t.Helper()
	key := c.set.Sites[0].Key
	ts.in(c, func(ctx app.Context) {
		c.rounds.setSession(key, func(s *assessment.Session) {
			s.Date, s.Facilitator, s.Participants = "2026-03-14", "Eva Stein", "Anna Berg; Omar Ortiz"
		})
		c.buildConsensus(c.set.Sites[0])
	})
	id := c.rounds.built[key].id
	require.NotEmpty(t, id, "the consensus is stored")
	return id
}

// "Not applicable" against a defined practice is listed with the
// disagreements, to be settled first, and says which kind it is; against
// level 1 it stays a smaller difference.
func TestCompareApplicabilityDisagreement(t *testing.T) {
	it, ot := plantLeads()
	const q, minor = "GOV-02", "GOV-03"
	it.Answers[q] = assessment.Answer{Rating: assessment.RatingNotApplicable}
	ot.Answers[q] = assessment.Answer{Rating: assessment.Rating3}
	it.Answers[minor] = assessment.Answer{Rating: assessment.RatingNotApplicable}
	ot.Answers[minor] = assessment.Answer{Rating: assessment.Rating1}
	ts, c := compareAll(t, it, ot)
	require.Len(t, c.set.Disagreements, 1)
	require.Len(t, c.set.Minor, 1)
	html := compareHTML(t, ts)
	list := htmlText(htmlID(t, html, "disagreements"))
	assert.Contains(t, list, q+" \u00b7 Plant 1")
	assert.Contains(t, list, "level 3 against not applicable")
	assert.Contains(t, htmlID(t, html, "cmp-agree-0-"+q), "Not agreed yet", "settled like any disagreement")
	assert.Equal(t, "Show the 1 smaller difference to settle", htmlText(htmlID(t, html, "cmp-minor-toggle")))
	ts.in(c, func(ctx app.Context) { c.showMinor = true })
	assert.Contains(t, htmlText(htmlID(t, compareHTML(t, ts), "cmp-minor-list")), minor+" \u00b7 Plant 1")

	// Stored unsettled, the consensus takes the level, and its results
	// say that whether the question applies is still disputed.
	id := storeConsensus(t, ts, c)
	ts.goTo(Route{ID: id, View: ViewResults})
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "results-consensus-"+q)),
		"Consensus: 3 \u2013 Implemented. Not settled in the session: whether it applies is disputed; the level given (3 \u2013 Implemented) counts, not \u201cnot applicable\u201d, until the group agrees.")
	assert.Contains(t, htmlText(htmlID(t, ts.html(), "results-consensus-"+minor)), "Not settled in the session: whether it applies is disputed; the level given (1 \u2013 Initial) counts",
		"a smaller difference on applicability says so too")
}

// What the results say of an answer changed after the consensus was
// stored, by how the consensus came to hold it: only an agreed answer is
// the session's.
func TestConsensusChangedText(t *testing.T) {
	dissent := []assessment.Dissent{{Respondent: "Omar Ortiz", Rating: assessment.Rating3}}
	tests := []struct {
		name string
		ag   assessment.Agreement
		want string
	}{
		{"Agreed", assessment.Agreement{Agreed: true, Changed: true, SessionAnswer: assessment.Rating2, ChangedOn: "2026-03-20"},
			"Changed after the consensus was stored, last on 20 March 2026; the session had agreed on 2 \u2013 Defined."},
		{"Lowest", assessment.Agreement{Dissent: dissent, Changed: true, SessionAnswer: assessment.Rating2, ChangedOn: "2026-03-20"},
			"Changed after the consensus was stored, last on 20 March 2026; the session settled none, and the consensus had taken 2 \u2013 Defined, the lowest level given."},
		{"Shared", assessment.Agreement{Changed: true, SessionAnswer: assessment.Rating1},
			"Changed after the consensus was stored; every respondent who answered had given 1 \u2013 Initial."},
		{"Unanswered", assessment.Agreement{Changed: true, ChangedOn: "2026-03-20"},
			"Changed after the consensus was stored, last on 20 March 2026; no respondent had answered it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, consensusChangedText(tt.ag, compare.RatingText(tt.ag.SessionAnswer)))
		})
	}
}

// A round that already has a consensus offers no second one: its
// disagreements show no form, and the consensus section points to the
// one there is.
func TestCompareRoundWithConsensus(t *testing.T) {
	it, ot := plantLeads()
	const q = "GOV-02"
	it.Answers[q] = assessment.Answer{Rating: assessment.Rating4}
	ot.Answers[q] = assessment.Answer{Rating: assessment.Rating0}
	ts, _ := compareAll(t, it, ot)
	require.Contains(t, compareHTML(t, ts), `id="cmp-agree-0-`+q+`"`, "without a consensus, the disagreement offers the form")

	cons := assessment.BuildConsensus("plant-cons", time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC), []assessment.Assessment{it, ot},
		map[string]assessment.Decision{q: {Rating: assessment.Rating2, Rationale: "why"}})
	cons.Name = "Consensus of Plant 1"
	ts, _ = compareAll(t, it, ot, cons)
	html := compareHTML(t, ts)
	assert.NotContains(t, html, `id="cmp-agree-0-`+q+`"`, "no form for a second consensus")
	assert.NotContains(t, html, "cmp-build-consensus-0")
	assert.Contains(t, htmlText(htmlID(t, html, "cmp-consensus-exists-0")), "this round already has a consensus, \u201cConsensus of Plant 1\u201d, in this comparison.")
	assert.Contains(t, htmlID(t, html, "cmp-consensus-open-0"), `href="#/plant-cons/results"`)
}

// Two consensus assessments in one round (one moved there by a changed
// date, or two laptops' files): none counts until the user chooses, the
// round is compared on the respondents' own answers meanwhile, and no
// third consensus is offered.
func TestCompareTwoConsensusesInARound(t *testing.T) {
	it, ot := plantLeads()
	const q = "GOV-02"
	it.Answers[q] = assessment.Answer{Rating: assessment.Rating4}
	ot.Answers[q] = assessment.Answer{Rating: assessment.Rating0}
	build := func(id, name string, at time.Time, r assessment.Rating) assessment.Assessment {
		c := assessment.BuildConsensus(id, at, []assessment.Assessment{it, ot}, map[string]assessment.Decision{q: {Rating: r, Rationale: "why"}})
		c.Name = name
		return c
	}
	first := build("cons-march", "March session", time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC), assessment.Rating2)
	first.Session = &assessment.Session{Date: "2026-03-14", Facilitator: "F", Participants: "P"}
	second := build("cons-april", "April session", time.Date(2026, 4, 2, 9, 30, 0, 0, time.UTC), assessment.Rating3)
	ts, c := compareAll(t, it, ot, first, second)
	html := compareHTML(t, ts)
	box := htmlText(htmlID(t, html, "compare-consensus-choice-0"))
	for _, want := range []string{"Plant 1 \u00b7 2026-03-14 holds 2 consensus assessments",
		"Until you do, none counts, and the round is compared on its respondents' own answers.",
		"\u201cMarch session\u201d in this browser, saved 2026-03-14 10:00 UTC; session held on 2026-03-14",
		"\u201cApril session\u201d in this browser, saved 2026-04-02 09:30 UTC"} {
		assert.Contains(t, box, want)
	}
	assert.NotContains(t, box, "counted")
	assert.Equal(t, "2 assessments from 1 site.", htmlText(htmlID(t, html, "compare-summary")), "neither consensus counts yet")
	assert.Contains(t, htmlText(htmlID(t, html, "cmp-consensus-unsettled-0")), "choose above the one that counts")
	assert.NotContains(t, html, `id="cmp-agree-0-`+q+`"`, "no form for a third consensus")
	assert.NotContains(t, html, "cmp-build-consensus-0")

	ts.in(c, func(ctx app.Context) { c.chooseConsensus(ctx, c.set.Sites[0].Key, "cons-april") })
	html = compareHTML(t, ts)
	box = htmlText(htmlID(t, html, "compare-consensus-choice-0"))
	assert.Contains(t, box, "You chose which consensus counts.")
	assert.Contains(t, box, "\u201cApril session\u201d in this browser, saved 2026-04-02 09:30 UTC \u2014 counted")
	assert.Equal(t, "3 assessments from 1 site.", htmlText(htmlID(t, html, "compare-summary")))
	assert.Contains(t, htmlText(htmlID(t, html, "cmp-consensus-exists-0")), "\u201cApril session\u201d")
	require.Len(t, c.set.Sites, 1)
	for _, r := range c.set.Sites[0].Respondents {
		assert.NotEqual(t, "cons-march", r.A.ID, "the March consensus is not among the respondents")
	}
}
