//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// SetBrowserLanguages makes the page see accept ("de-DE,de") as the
// browser's languages (navigator.languages), as a browser set up in that
// language would; call it before opening the page.
func (b *Browser) SetBrowserLanguages(accept string) {
	b.t.Helper()
	var ua string
	b.Run(chromedp.Evaluate(`navigator.userAgent`, &ua))
	b.Run(emulation.SetUserAgentOverride(ua).WithAcceptLanguage(accept))
}

// stallWasm keeps the program from ever starting in pages opened from now
// on, so that a test sees the page as it is before the wasm runs.
func (b *Browser) stallWasm() {
	b.t.Helper()
	b.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`(() => {
			const never = () => new Promise(() => {});
			WebAssembly.instantiateStreaming = never;
			WebAssembly.instantiate = never;
		})()`).Do(ctx)
		return err
	}))
}

// A browser set to German shows the German first screen before the program
// starts: the head script chose the language and the German screen took
// the English one's place without painting it.
func TestFirstScreenInBrowserLanguage(t *testing.T) {
	b := NewBrowser(t)
	b.SetBrowserLanguages("de-AT,de,en")
	b.stallWasm()
	b.Run(chromedp.Navigate(fileURL(productHTML(t))))
	b.WaitFor("the first screen", `document.documentElement.dataset.firstScreen === "de"`)
	assert.Equal(t, "de", b.EvalString(`document.documentElement.lang`))
	assert.Equal(t, "loading", b.EvalString(`document.documentElement.dataset.appState`), "the program started although the test stalled it")
	assert.Equal(t, l10n.In(l10n.DE, "ISMS Ownership Assessment"), b.EvalString(`document.title`))
	text := b.EvalString(`document.body.firstElementChild.innerText`)
	assert.NotContains(t, text, "Opening the assessment tool", "the English first screen is showing")
	assert.Equal(t, 0, b.EvalInt(`document.querySelectorAll("template[data-first-screen]").length`), "the German screen's template is left in the page")
	assertNoEnglish(t, "first screen", text)
	assert.Equal(t, "rgb(255, 255, 255)", b.EvalString(`getComputedStyle(document.querySelector('.lang-choice[lang="de"]')).backgroundColor`),
		"the pre-rendered switch does not show German as chosen")
	b.Screenshot("lang-first-screen-de")

	// An English browser gets the English screen.
	e := NewBrowser(t)
	e.SetBrowserLanguages("en-GB,en")
	e.stallWasm()
	e.Run(chromedp.Navigate(fileURL(productHTML(t))))
	e.WaitFor("the first screen", `document.documentElement.dataset.firstScreen === "en"`)
	assert.Contains(t, e.EvalString(`document.body.firstElementChild.innerText`), "Opening the assessment tool")
}

// The header's switch changes the language, and the choice outlives a
// reload and wins over the browser's language.
func TestLanguageSwitchPersists(t *testing.T) {
	b := NewBrowser(t)
	b.SetBrowserLanguages("en-US,en")
	id := "lang-switch"
	a := assessment.Sample(1, time.Now())
	a.ID = id
	b.OpenSeeded("#/"+id+"/matrix", a)
	require.Equal(t, "en", b.EvalString(`document.documentElement.lang`))
	b.WaitVisible(`.lang-choice[lang="de"]`)
	assert.Equal(t, "true", b.EvalString(`document.querySelector('.lang-choice[lang="en"]').getAttribute("aria-pressed")`))

	b.Click(`.lang-choice[lang="de"]`)
	b.waitReloadedIn("de")
	assert.Equal(t, "de", b.EvalString(`document.documentElement.lang`))
	assert.Equal(t, "de", b.StorageItem(browser.LangKey), "the choice is not stored")
	assert.Equal(t, "#/"+id+"/matrix", b.Hash(), "the switch left the view")
	assert.Equal(t, "true", b.EvalString(`document.querySelector('.lang-choice[lang="de"]').getAttribute("aria-pressed")`))
	assert.Equal(t, l10n.In(l10n.DE, "Language"), b.EvalString(`document.querySelector('.lang-switch').getAttribute("aria-label")`))
	b.Screenshot("lang-switched-de")

	b.Reload()
	assert.Equal(t, "de", b.EvalString(`document.documentElement.lang`), "the choice did not outlive a reload")

	b.Click(`.lang-choice[lang="en"]`)
	b.waitReloadedIn("en")
	assert.Equal(t, "en", b.EvalString(`document.documentElement.lang`))
	assert.Equal(t, "en", b.StorageItem(browser.LangKey))
}

// waitReloadedIn waits until the page the switch reloaded is ready in
// lang. While the page reloads, evaluating fails (its context is gone);
// those attempts are retried.
func (b *Browser) waitReloadedIn(lang string) {
	b.t.Helper()
	deadline := time.Now().Add(DefaultWait + 10*time.Second)
	var state string
	for time.Now().Before(deadline) {
		err := b.RunErr(2*time.Second, chromedp.Evaluate(`document.documentElement.lang + " " + document.documentElement.dataset.appState`, &state))
		if err == nil && state == lang+" ready" {
			b.RequireHealthy()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	require.FailNow(b.t, "the page did not come back", "after choosing %s: lang and state %q", lang, state)
}

// germanSample is a full assessment whose own texts (names, notes) are
// German, so that any English on the page comes from the tool.
func germanSample() assessment.Assessment {
	a := germanized(2, "Werk Nord")
	a.ID = "de-journey"
	return a
}

// germanized is sample n with its own texts in German, at site.
func germanized(n int, site string) assessment.Assessment {
	a := assessment.Sample(n, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	a.Name = site + " – Workshop"
	a.Profile.Organisation = "Beispiel Fertigung GmbH"
	a.Profile.Site = site
	a.Profile.Sector = "Pharmazie"
	a.Profile.Assessor = "B. Beraterin"
	a.Profile.Respondent = fmt.Sprintf("Befragte/r %d", n)
	for id, ans := range a.Answers {
		ans.Note = "Nachweis im Workshop geprüft; Protokoll liegt vor."
		a.Answers[id] = ans
	}
	return a
}

// A whole journey in German shows no English text of the tool: each view's
// text is checked against the catalogue's English and for English words.
func TestGermanJourneyShowsNoEnglish(t *testing.T) {
	b := NewBrowser(t)
	b.SetBrowserLanguages("de-DE,de")
	a := germanSample()
	b.OpenSeeded("#/", a)
	require.Equal(t, "de", b.EvalString(`document.documentElement.lang`))
	for _, view := range []string{"", "profile", "questions", "matrix", "roles", "results", "report", "compare"} {
		fragment := "#/"
		switch view {
		case "":
		case "compare":
			fragment = "#/compare"
		default:
			fragment = "#/" + a.ID + "/" + view
		}
		b.Run(chromedp.Evaluate(`location.hash = `+js(fragment), nil))
		b.WaitHash(fragment)
		b.WaitSettled(view, 3)
		name := view
		if name == "" {
			name = "home"
		}
		b.Screenshot("lang-de-" + name)
		assertNoEnglish(t, name, b.EvalString(pageWords))
	}
}

// pageWords is every text of the app's element, one per line: text nodes,
// also of rows scrolled out of view and of closed <details>, and the
// accessible names and hints (aria-label, title, placeholder, alt).
const pageWords = `(() => {
	const root = document.getElementById("app");
	const out = [];
	const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const s = n.nodeValue.trim();
		if (s) out.push(s);
	}
	for (const el of root.querySelectorAll("[aria-label],[title],[placeholder],[alt]")) {
		for (const a of ["aria-label", "title", "placeholder", "alt"]) {
			const v = el.getAttribute(a);
			if (v) out.push(v);
		}
	}
	return out.join("\n");
})()`

// englishWord finds words that German text never has and English text
// rarely lacks. Words inside hyphenated compounds ("End-of-Life-Datum")
// are German usage and do not count.
var englishWord = regexp.MustCompile(`(?:^|[^\p{L}-])(the|and|with|without|which|this|that|these|your|you|are|is|not|has|have|been|of|for|from|only|when|must|should|each|every|any|none|no one|owner|owners|assessment|assessments|question|questions|finding|findings|control|controls|shared|role|roles|plant|site)(?:[^\p{L}-]|$)`)

// assertNoEnglish fails for each English catalogue text (of two words or
// more, translated differently) in text, and for English words.
func assertNoEnglish(t *testing.T, where, text string) {
	t.Helper()
	var found []string
	for en, de := range l10n.Catalogue() {
		if en == de || !strings.Contains(strings.TrimSpace(en), " ") || strings.ContainsAny(en, "%") {
			continue
		}
		if strings.Contains(text, en) && !strings.Contains(de, en) {
			found = append(found, fmt.Sprintf("catalogue %q", en))
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if m := englishWord.FindAllString(line, -1); len(m) > 0 {
			found = append(found, fmt.Sprintf("words %q in %q", m, truncate(line, 140)))
		}
	}
	sort.Strings(found)
	if len(found) > 40 {
		found = append(found[:40], fmt.Sprintf("… and %d more", len(found)-40))
	}
	assert.Emptyf(t, found, "English on the German %s", where)
}

// The printed report follows the language to its margins: the running
// header's date and the page numbers are German.
func TestReportPrintsInGerman(t *testing.T) {
	a := printSample(t)
	// The client's own words in German; the sector is one of the list's,
	// stored in English and shown in the page's language.
	a.Name = "Werk Lyon – OT-Sicht"
	a.Profile.Site = "Verpackungswerk Lyon"
	a.Profile.Sector = "Pharmaceuticals and biotechnology"
	a.Profile.Respondent = "C. Befragte"
	for id, ans := range a.Answers {
		ans.Note = "Nachweis im Workshop geprüft; Protokoll liegt vor."
		a.Answers[id] = ans
	}
	b := NewBrowser(t)
	b.SetBrowserLanguages("de-DE,de")
	b.OpenSeeded("#/"+a.ID+"/report", a)
	b.WaitVisible("#report-cover")
	b.WaitPresent("the annexes", "#report-answers")
	pdf := b.printPDF(paperA4)
	path := SaveArtifact(t, "report-de-a4.pdf", pdf)
	pages := pdfPageTexts(t, path)
	require.Greater(t, len(pages), 2, "pages of the German report")
	assert.Regexp(t, `(?mi)^\s*Inhalt\s*$`, pages[0], "the contents heading on the first page")
	assert.Contains(t, pages[0], l10n.In(l10n.DE, "Pharmaceuticals and biotechnology"), "the sector in German")
	assertNoEnglish(t, "printed cover", pages[0])
	assertRunningHeader(t, pages, "Acme Process Industries \u00b7 Verpackungswerk Lyon \u00b7 14. M\u00e4rz 2026", "Seite %d von %d")
	for i, text := range pages[1:] {
		assertNoEnglish(t, fmt.Sprintf("printed page %d", i+2), text)
	}
	for _, n := range []int{1, 2} {
		t.Logf("page %d: %s", n, pdfPNG(t, path, n, fmt.Sprintf("report-de-a4-%d", n)))
	}
}

// The evidence pack downloaded from a German page is the pack built in
// German, byte for byte, and LibreOffice opens each file.
func TestEvidencePackInGerman(t *testing.T) {
	a := germanSample()
	b := NewBrowser(t)
	b.SetBrowserLanguages("de-DE,de")
	b.OpenSeeded("#/"+a.ID+"/results", a)
	b.WaitResults()
	restore := l10n.Set(l10n.DE)
	defer restore()
	b.DownloadPack(a, func(want pack.File, path string) {
		assert.Equal(t, want.Name, filepath.Base(path), "the German download keeps the pack's file name")
	})
}

// Importing and comparing in German: the import preview of a file
// exported in English, and the comparison of three files with a broken
// fourth, show no English.
func TestGermanImportAndCompare(t *testing.T) {
	b := NewBrowser(t)
	b.SetBrowserLanguages("de-DE,de")
	a := germanSample()
	b.OpenSeeded("#/", a)
	dir := t.TempDir()

	changed := a
	changed.Answers = maps.Clone(a.Answers)
	ans := changed.Answers["GOV-01"]
	ans.Rating = assessment.Rating4
	changed.Answers["GOV-01"] = ans
	b.PickFiles("#import-file", writeCSV(t, dir, "werk-nord.csv", changed, germanized(5, "Werk Süd")))
	b.WaitVisible("#import-dialog")
	b.Screenshot("lang-de-import")
	assertNoEnglish(t, "import preview", b.Text("#import-dialog"))
	b.Click("#import-cancel")
	b.WaitGone("the preview to close", "#import-dialog")

	paths := []string{
		writeCSV(t, dir, "nord-it.csv", germanized(1, "Werk Nord")),
		writeCSV(t, dir, "nord-ot.csv", germanized(4, "Werk Nord")),
		writeCSV(t, dir, "sued.csv", germanized(3, "Werk Süd")),
	}
	good, err := os.ReadFile(paths[2])
	require.NoError(t, err)
	broken := filepath.Join(dir, "kaputt.csv")
	require.NoError(t, os.WriteFile(broken, cmpBreak(t, good), 0o644))
	b.GoTo("#/compare")
	b.PickFiles("#compare-files", append(paths, broken)...)
	b.WaitFor("the heat map", `document.querySelectorAll("#heatmap tbody tr").length === 2 && !!document.querySelector(".cmp-file-bad")`, Within(20*time.Second))
	b.WaitSettled("compare", 3)
	b.Screenshot("lang-de-compare-files")
	assertNoEnglish(t, "comparison of files", b.EvalString(pageWords))
}
