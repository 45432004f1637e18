package main

import (
	"encoding/json"
	"fmt"
)

// measureJS is the in-page timer of one kind of interaction. act(i) fires
// the i-th input event; the sample ends at the first DOM mutation under
// #app after it for which done(i) holds (any mutation when done is null):
// for a go-app page, the Go side re-rendering what the input changed. Each
// repetition waits for the page to settle (two frames) before the next, as
// between two clicks of a person. It resolves to a JSON array of
// milliseconds.
const measureJS = `(async (n, act, done, prep) => {
	const app = document.getElementById("app");
	const frames = k => new Promise(r => { const f = () => (k-- > 0 ? requestAnimationFrame(f) : r()); f(); });
	const samples = [];
	for (let i = 0; i < n; i++) {
		if (prep) await prep(i);
		await frames(2);
		const finished = new Promise((resolve, reject) => {
			const timer = setTimeout(() => { obs.disconnect(); reject(new Error("no DOM update within 5 s (repetition " + i + ", at " + location.hash + ", heading " + JSON.stringify((document.querySelector("main h1") || {}).textContent) + ")")); }, 5000);
			const obs = new MutationObserver(() => {
				if (done && !done(i)) return;
				const t = performance.now(); obs.disconnect(); clearTimeout(timer); resolve(t);
			});
			obs.observe(app, {attributes: true, childList: true, characterData: true, subtree: true});
		});
		const t0 = performance.now();
		await act(i);
		samples.push((await finished) - t0);
	}
	return JSON.stringify(samples);
})`

// interaction is one row of the latency table.
type interaction struct {
	name     string
	fragment string // where the tab opens
	// act is a JS function (i) => void firing the i-th input event.
	act string
	// done is a JS predicate (i) => bool telling that the DOM shows the
	// result, or "null" for the first mutation.
	done string
	// prep, when set, is a JS function (i) => Promise run before each
	// repetition and not timed: getting back to where the input starts.
	prep string
	// info marks a row reported for insight, without the one-frame target.
	info bool
	// first reports the first repetition on its own, with the target of
	// 100 ms (what a person still takes as instant); the one-frame target
	// then applies to the repetitions after it.
	first bool
}

// typeLetter is the act of typing R and A in turn into column col of the
// matrix row rowID, as a keyboard user does with the cursor on that cell.
func typeLetter(rowID string, col int) string {
	return fmt.Sprintf(`i => {
		const row = document.getElementById(%q);
		if (i === 0) row.scrollIntoView({block: "center"});
		const cell = row.children[%d];
		window.benchWant = row.dataset.raci[%d] === "R" ? "A" : "R";
		cell.focus();
		cell.dispatchEvent(new KeyboardEvent("keydown", {key: window.benchWant, bubbles: true, cancelable: true}));
	}`, rowID, col, col-1)
}

// letterShown is the done predicate of typeLetter.
func letterShown(rowID string, col int) string {
	return fmt.Sprintf(`i => document.getElementById(%q).dataset.raci[%d] === window.benchWant`, rowID, col-1)
}

var interactionList = []interaction{{
	name:     "answer a question",
	fragment: "#/sample-0000/questions/GOV-03",
	act: `i => {
		const r = document.getElementById(i % 2 ? "rating-2" : "rating-3");
		r.checked = true;
		r.dispatchEvent(new Event("change", {bubbles: true}));
	}`,
	done: `i => document.querySelector("fieldset.flow-question").dataset.rating === (i % 2 ? "2" : "3")`,
}, {
	name:     "type one RACI letter, all 93 rows shown",
	fragment: "#/sample-0000/matrix",
	act:      typeLetter("mx-row-5.15", 5), // OT lead
	done:     letterShown("mx-row-5.15", 5),
}, {
	name:     "type one RACI letter, one control's view",
	fragment: "#/sample-0000/matrix/8.16",
	act:      typeLetter("mx-crow-ot", 5),
	done:     letterShown("mx-crow-ot", 5),
}, {
	name:     "switch domain",
	fragment: "#/sample-0000/matrix",
	act: `i => {
		const ds = ["it", "shared", "ot"];
		window.benchDomain = ds[i % 3];
		document.querySelector('label[for="mx-domain-' + window.benchDomain + '"]').click();
	}`,
	done:  `i => document.getElementById("mx-row-5.15").dataset.dom === window.benchDomain`,
	first: true,
}, {
	name:     "switch area",
	fragment: "#/sample-0000/questions/GOV-01",
	act: `i => {
		const links = document.querySelectorAll("a.flow-area-link");
		window.benchHeading = document.getElementById("flow-heading").textContent;
		links[(i + 1) % links.length].click();
	}`,
	done: `i => document.getElementById("flow-heading").textContent !== window.benchHeading`,
}, {
	name:     "open results",
	fragment: "#/sample-0000/profile",
	prep:     backToProfile,
	act:      `i => document.getElementById("tab-results").click()`,
	done:     `i => !!document.getElementById("overall-score")`,
}, {
	name:     "open results, until every section is shown",
	fragment: "#/sample-0000/profile",
	prep:     backToProfile,
	act:      `i => document.getElementById("tab-results").click()`,
	done:     `i => !!document.querySelector('.results[aria-busy="false"]')`,
	info:     true,
}}

// backToProfile returns from the results to the profile before each
// repetition of opening the results (not timed).
const backToProfile = `async i => {
	if (i > 0) {
		document.getElementById("tab-profile").click();
		await new Promise(r => setTimeout(r, 100));
	}
}`

// interactions times each interaction reps times on the product with 20
// full assessments stored (left there by memory).
func interactions(b *browser, rep *Report, product string, reps int) error {
	peak := 0.0
	for _, it := range interactionList {
		samples, mem, err := runInteraction(b, product, it, reps)
		if err != nil {
			return fmt.Errorf("interaction %q: %w", it.name, err)
		}
		peak = max(peak, mem)
		if it.first && len(samples) > 1 {
			f := single(it.name+", the first", "ms", samples[0], "≤ 100 ms", func(v float64) bool { return v <= 100 })
			f.Runs = 1
			rep.add(f)
			samples = samples[1:]
			it.name += ", later ones"
		}
		m := single(it.name+" (median; p95)", "ms", median(samples), "", nil)
		m.P95 = quantile(samples, 0.95)
		if !it.info {
			met := m.P95 <= 16
			m.Target, m.Met = "p95 ≤ 16 ms", &met
		}
		m.Runs = len(samples)
		m.Samples = samples
		rep.add(m)
	}
	// The Go heap grows with use, and linear memory never shrinks: the
	// largest figure after a series of interactions is the one to watch.
	rep.add(single("wasm memory after each series of interactions (largest)", "MiB", peak, "≤ 32 MiB", func(v float64) bool { return v <= 32 }))
	return nil
}

// runInteraction returns the samples and the wasm memory (MiB) after them.
func runInteraction(b *browser, product string, it interaction, reps int) ([]float64, float64, error) {
	ctx, stop, err := b.tab(product, it.fragment)
	if err != nil {
		return nil, 0, err
	}
	defer stop()
	var raw string
	measure := func() error {
		return eval(ctx, measureJS+fmt.Sprintf("(%d, %s, %s, %s)", reps, it.act, orNull(it.done), orNull(it.prep)), &raw)
	}
	if b.profileDir != "" {
		err = cpuProfile(ctx, b.profileDir, it.name, measure)
	} else {
		err = measure()
	}
	if err != nil {
		return nil, 0, err
	}
	var samples []float64
	if err := json.Unmarshal([]byte(raw), &samples); err != nil {
		return nil, 0, fmt.Errorf("read samples: %w", err)
	}
	var mem float64
	if err := eval(ctx, `window.ismsWasmMemoryBytes || 0`, &mem); err != nil {
		return nil, 0, err
	}
	return samples, mem / (1 << 20), nil
}

func orNull(js string) string {
	if js == "" {
		return "null"
	}
	return js
}
