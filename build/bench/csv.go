package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// pageJS holds the in-page helpers of the CSV measurements: waitFor
// resolves when cond() holds, checked on every DOM mutation; idle resolves
// once the page is ready and the browser has nothing queued; pick puts a
// file made of text into a file input and fires its change event, as a
// user picking files does; downloadTime times a button that downloads.
const pageJS = `
const waitFor = (cond, limit = 120000) => new Promise((resolve, reject) => {
	if (cond()) { resolve(performance.now()); return; }
	const timer = setTimeout(() => { obs.disconnect(); reject(new Error("timed out")); }, limit);
	const obs = new MutationObserver(() => { if (cond()) { const t = performance.now(); obs.disconnect(); clearTimeout(timer); resolve(t); } });
	obs.observe(document.body, {childList: true, subtree: true, attributes: true, characterData: true});
});
// idle waits for the app-ready mark and then for an idle period in which
// the browser expects no frame or task (it grants up to 50 ms then), as a
// person reaching for a file finds the page.
const idle = (limit = 5000) => new Promise((resolve, reject) => {
	const start = performance.now();
	const poll = () => {
		if (performance.now() - start > limit) { reject(new Error("the page was not idle within " + limit + " ms")); return; }
		if (performance.getEntriesByName("app-ready").length === 0) { setTimeout(poll, 10); return; }
		requestIdleCallback(d => (!d.didTimeout && d.timeRemaining() >= 45 ? resolve() : poll()), {timeout: 500});
	};
	poll();
});
// downloadTime clicks the element id once the page is idle and resolves
// with the time until the page clicks a download link; that click is
// swallowed, so nothing is saved.
const downloadTime = async id => {
	let clicked = 0;
	const click = HTMLAnchorElement.prototype.click;
	HTMLAnchorElement.prototype.click = function () { if (this.download) clicked = performance.now(); else click.call(this); };
	await waitFor(() => document.getElementById(id));
	await idle();
	const t0 = performance.now();
	document.getElementById(id).click();
	await waitFor(() => clicked > 0);
	return clicked - t0;
};
const pick = (id, files) => {
	const dt = new DataTransfer();
	for (const [name, text] of files) dt.items.add(new File([text], name, {type: "text/csv"}));
	const input = document.getElementById(id);
	input.files = dt.files;
	const t0 = performance.now();
	input.dispatchEvent(new Event("change", {bubbles: true}));
	return t0;
};
`

func exportCSV(as ...assessment.Assessment) (string, error) {
	var buf bytes.Buffer
	if err := csvio.Export(&buf, as...); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// csvFigures times, in the page, what a consultant does with files:
// exporting one assessment, importing one (read, parse, validate and
// preview), importing a 1 MB file, and comparing 150 assessments.
func csvFigures(b *browser, rep *Report, product string) error {
	const runs = 7
	now := time.Now()

	// Export of one full assessment (stored as sample-0000 by memory):
	// from the click to the download link being clicked by the page, once
	// the page is idle.
	exp, err := repeat(runs, func() (float64, error) {
		var ms float64
		err := inTab(b, "export one", product, "#/", `downloadTime("export-sample-0000")`, &ms)
		return ms, err
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	rep.add(single("CSV export of one full assessment (median)", "ms", median(exp), "", nil))

	one, err := exportCSV(assessment.Sample(0, now))
	if err != nil {
		return err
	}
	imp, err := repeat(runs, func() (float64, error) { return importTime(b, product, "one.csv", one, true) })
	if err != nil {
		return fmt.Errorf("import one: %w", err)
	}
	rep.add(single("CSV import of one assessment, to preview (median)", "ms", median(imp), "≤ 100 ms", func(v float64) bool { return v <= 100 }))
	cold, err := repeat(runs, func() (float64, error) { return importTime(b, product, "one.csv", one, false) })
	if err != nil {
		return fmt.Errorf("import one at start: %w", err)
	}
	rep.add(single("CSV import of one assessment, picked as the page becomes ready (median)", "ms", median(cold), "≤ 100 ms", func(v float64) bool { return v <= 100 }))

	var big []assessment.Assessment
	var bigText string
	for i := 100; len(bigText) < 1<<20; i++ {
		big = append(big, assessment.Sample(i, now))
		if bigText, err = exportCSV(big...); err != nil {
			return err
		}
	}
	bigMs, err := repeat(3, func() (float64, error) { return importTime(b, product, "big.csv", bigText, true) })
	if err != nil {
		return fmt.Errorf("import 1 MB: %w", err)
	}
	rep.add(single(fmt.Sprintf("CSV import of a %.1f MB file (%d assessments, median)", float64(len(bigText))/(1<<20), len(big)), "ms", median(bigMs), "", nil))

	// 150 assessments: 50 sites × 3 respondents, in three files of 50.
	var files [][2]string
	for f := 0; f < 3; f++ {
		var as []assessment.Assessment
		for i := 0; i < 50; i++ {
			a := assessment.Sample(1000+f*50+i, now)
			a.Profile.Site = fmt.Sprintf("Plant %02d", i)
			as = append(as, a)
		}
		text, err := exportCSV(as...)
		if err != nil {
			return err
		}
		files = append(files, [2]string{fmt.Sprintf("respondents-%d.csv", f+1), text})
	}
	data, err := json.Marshal(files)
	if err != nil {
		return err
	}
	cmp, err := repeat(3, func() (float64, error) {
		var ms float64
		err := inTab(b, "compare 150", product, "#/compare", `(async () => {
			await waitFor(() => document.getElementById("compare-files"));
			const t0 = pick("compare-files", `+string(data)+`);
			const t1 = await waitFor(() => document.querySelectorAll("#heatmap tbody tr").length === 50);
			return t1 - t0;
		})()`, &ms)
		return ms, err
	})
	if err != nil {
		return fmt.Errorf("compare 150: %w", err)
	}
	rep.add(single("compare 150 assessments (3 files), to heat map (median)", "ms", median(cmp), "≤ 1000 ms", func(v float64) bool { return v <= 1000 }))
	return nil
}

// importTime picks a CSV on Home and times it until the preview is open
// (the dialog in the page and shown as modal), then cancels. With
// waitIdle, it first waits until the page is idle (see idle in pageJS);
// without, it picks the file the moment the page is ready.
func importTime(b *browser, product, name, text string, waitIdle bool) (float64, error) {
	data, err := json.Marshal([][2]string{{name, text}})
	if err != nil {
		return 0, err
	}
	var ms float64
	err = inTab(b, "import "+name, product, "#/", `(async () => {
		await waitFor(() => document.getElementById("import-file"));
		if (`+strconv.FormatBool(waitIdle)+`) await idle();
		const t0 = pick("import-file", `+string(data)+`);
		const t1 = await waitFor(() => { const d = document.getElementById("import-dialog"); return d && d.open; });
		document.getElementById("import-cancel").click();
		return t1 - t0;
	})()`, &ms)
	return ms, err
}

// inTab evaluates an expression (with pageJS in scope) in a fresh tab.
func inTab(b *browser, name, page, fragment, expr string, out any) error {
	ctx, stop, err := b.tab(page, fragment)
	if err != nil {
		return err
	}
	defer stop()
	run := func() error { return eval(ctx, "(() => {"+pageJS+"\nreturn "+expr+";\n})()", out) }
	if b.profileDir != "" {
		return cpuProfile(ctx, b.profileDir, name, run)
	}
	return run()
}

func repeat(n int, f func() (float64, error)) ([]float64, error) {
	var out []float64
	for i := 0; i < n; i++ {
		v, err := f()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}
