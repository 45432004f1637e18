// Command bench measures the single HTML file against the floor: an empty
// go-app component bundled the same way, in the same run, alternating the
// pages, because machines are noisy and only ratios travel well. It also
// times, in the product, what a user waits for: interactions, CSV import,
// export and comparison, and reads memory.
//
// It prints a table and writes dist/bench.json. `make bench` builds the
// pages first and then runs it; -only runs some parts.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	appbrowser "github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/build/chromium"
)

// Metric is one line of the table.
type Metric struct {
	Name  string  `json:"name"`
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`           // the product's figure (median where repeated)
	P95   float64 `json:"p95,omitempty"`   // for repeated interactions
	Floor float64 `json:"floor,omitempty"` // the floor page's figure, when compared
	Ratio float64 `json:"ratio,omitempty"` // Value / Floor
	// RatioLow and RatioHigh bound the ratio of repeated timings: a 95 %
	// bootstrap interval over the runs (see ratioInterval).
	RatioLow  float64 `json:"ratio_low,omitempty"`
	RatioHigh float64 `json:"ratio_high,omitempty"`
	Target    string  `json:"target,omitempty"` // the goal; none for figures reported for insight
	Met       *bool   `json:"met,omitempty"`
	Runs      int     `json:"runs,omitempty"`
	// Samples are the repetitions of an interaction, in the order taken,
	// for a look at what makes its 95th percentile.
	Samples []float64 `json:"samples,omitempty"`
}

// Report is dist/bench.json.
type Report struct {
	When    string   `json:"when"`
	Machine string   `json:"machine"`
	Browser string   `json:"browser"`
	Lang    string   `json:"lang,omitempty"` // -lang: the language every page ran in
	Metrics []Metric `json:"metrics"`
}

func main() {
	product := flag.String("product", "dist/ownership-assessment.html", "the product page")
	floor := flag.String("floor", "dist/floor.html", "the floor page")
	runs := flag.Int("runs", 30, "start-up runs per page (the pages in turn)")
	reps := flag.Int("reps", 100, "repetitions per interaction")
	out := flag.String("out", "dist/bench.json", "where to write the JSON report")
	profile := flag.String("cpuprofile", "", "a directory: profile each interaction in the page and write its functions by self time there (the figures are then slower)")
	lang := flag.String("lang", "", "the tool's language for the whole run (en or de; default: the browser's, English here)")
	only := flag.String("only", "", "comma-separated parts to run while working on one figure: startup, memory, interactions, csv, backup, pack (default all; memory also seeds what interactions and csv need)")
	flag.Parse()
	parts, err := selectParts(*only)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	if *lang != "" && *lang != "en" && *lang != "de" {
		fmt.Fprintf(os.Stderr, "bench: -lang %q: want en or de\n", *lang)
		os.Exit(2)
	}
	if err := run(*product, *floor, *runs, *reps, *out, *profile, *lang, parts); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// partNames are the parts of the bench, in the order they run.
var partNames = []string{"startup", "memory", "interactions", "csv", "backup", "pack"}

// selectParts reads -only: empty means every part.
func selectParts(only string) (map[string]bool, error) {
	parts := map[string]bool{}
	for _, p := range partNames {
		parts[p] = only == ""
	}
	if only == "" {
		return parts, nil
	}
	for _, p := range strings.Split(only, ",") {
		if _, ok := parts[p]; !ok {
			return nil, fmt.Errorf("-only: unknown part %q (want %s)", p, strings.Join(partNames, ", "))
		}
		parts[p] = true
	}
	if parts["interactions"] || parts["csv"] {
		parts["memory"] = true // it stores the 20 assessments both open, export and replace
	}
	return parts, nil
}

func run(product, floor string, runs, reps int, out, profileDir, lang string, parts map[string]bool) error {
	rep := &Report{When: time.Now().UTC().Format(time.RFC3339), Machine: machine(), Lang: lang}
	for _, p := range []*string{&product, &floor} {
		abs, err := filepath.Abs(*p)
		if err != nil {
			return err
		}
		*p = abs
	}

	ps, err := os.Stat(product)
	if err != nil {
		return fmt.Errorf("product page: %w (run make build)", err)
	}
	fs, err := os.Stat(floor)
	if err != nil {
		return fmt.Errorf("floor page: %w (run make floor)", err)
	}
	// Reported against the floor, with no target: what the file weighs is
	// the content and code the tool needs, and start-up time is what users
	// feel of it.
	rep.add(compare("HTML size", "bytes", float64(ps.Size()), float64(fs.Size()), "", nil))
	// Not a figure of the product: how fast this machine serves fresh
	// memory, to compare absolute times between machines.
	if d := pageFirstTouch(); d > 0 {
		rep.add(single("machine: first write to a fresh 4 KiB page of memory", "µs", float64(d.Nanoseconds())/1e3, "", nil))
	}

	b, err := newBrowser()
	if err != nil {
		return err
	}
	defer b.close()
	rep.Browser = b.version
	if lang != "" {
		if err := b.chooseLang(product, lang); err != nil {
			return err
		}
	}
	if profileDir != "" {
		if err := os.MkdirAll(profileDir, 0o755); err != nil {
			return err
		}
		b.profileDir = profileDir
	}

	steps := map[string]func() error{
		"startup":      func() error { return startup(b, rep, product, floor, runs) },
		"memory":       func() error { return memory(b, rep, product) },
		"interactions": func() error { return interactions(b, rep, product, reps) },
		"csv":          func() error { return csvFigures(b, rep, product) },
		"backup":       func() error { return backupFigures(b, rep, product) },
		"pack":         func() error { return packFigures(b, rep, product) },
	}
	for _, p := range partNames {
		if !parts[p] {
			continue
		}
		if err := steps[p](); err != nil {
			return err
		}
	}

	rep.print(os.Stdout)
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, append(data, '\n'), 0o644)
}

func (r *Report) add(m Metric) { r.Metrics = append(r.Metrics, m) }

func compare(name, unit string, v, floor float64, target string, ok func(Metric) bool) Metric {
	m := Metric{Name: name, Unit: unit, Value: v, Floor: floor, Target: target}
	if floor > 0 {
		m.Ratio = v / floor
	}
	if ok != nil {
		met := ok(m)
		m.Met = &met
	}
	return m
}

func single(name, unit string, v float64, target string, ok func(float64) bool) Metric {
	m := Metric{Name: name, Unit: unit, Value: v, Target: target}
	if ok != nil {
		met := ok(v)
		m.Met = &met
	}
	return m
}

func (r *Report) print(w *os.File) {
	fmt.Fprintf(w, "\nMachine: %s\nBrowser: %s\n\n", r.Machine, r.Browser)
	fmt.Fprintf(w, "| %-52s | %12s | %10s | %12s | %-21s | %-22s | %-4s |\n", "metric", "product", "p95", "floor", "ratio (95 % interval)", "target", "met")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 54), strings.Repeat("-", 14), strings.Repeat("-", 12), strings.Repeat("-", 14), strings.Repeat("-", 23), strings.Repeat("-", 24), strings.Repeat("-", 6))
	for _, m := range r.Metrics {
		p95, floor, ratio, met := "", "", "", ""
		if m.P95 > 0 {
			p95 = format(m.P95, m.Unit)
		}
		if m.Floor > 0 {
			floor = format(m.Floor, m.Unit)
			ratio = fmt.Sprintf("%.3f", m.Ratio)
			if m.RatioHigh > 0 {
				ratio += fmt.Sprintf(" (%.2f–%.2f)", m.RatioLow, m.RatioHigh)
			}
		}
		if m.Met != nil {
			met = map[bool]string{true: "yes", false: "NO"}[*m.Met]
		}
		fmt.Fprintf(w, "| %-52s | %12s | %10s | %12s | %-21s | %-22s | %-4s |\n", m.Name, format(m.Value, m.Unit), p95, floor, ratio, m.Target, met)
	}
}

func format(v float64, unit string) string {
	switch unit {
	case "bytes":
		return fmt.Sprintf("%.0f", v)
	case "MiB":
		return fmt.Sprintf("%.1f MiB", v)
	case "ms":
		return fmt.Sprintf("%.1f ms", v)
	}
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f %s", v, unit)
	}
	return fmt.Sprintf("%.2f %s", v, unit)
}

func machine() string {
	host, _ := os.Hostname()
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "model name") {
				_, cpu, _ = strings.Cut(line, ": ")
				break
			}
		}
	}
	n, _ := exec.Command("nproc").Output()
	return fmt.Sprintf("%s, %s cores (%s)", strings.TrimSpace(cpu), strings.TrimSpace(string(n)), host)
}

func median(xs []float64) float64 { return quantile(xs, 0.5) }

// ratioInterval is a 95 % bootstrap interval for median(xs)/median(ys),
// where xs[i] and ys[i] come from the same run. On this noisy machine one
// bench run's start-up ratio moved by ±0.05 between runs of 15, enough to
// flip a verdict; the interval says how far to trust it. The resampling is
// seeded, so a report can be reproduced from its timings.
func ratioInterval(xs, ys []float64) (lo, hi float64) {
	const rounds = 2000
	n := min(len(xs), len(ys))
	if n == 0 {
		return math.NaN(), math.NaN()
	}
	rng := rand.New(rand.NewPCG(1, 2))
	ratios := make([]float64, rounds)
	bx, by := make([]float64, n), make([]float64, n)
	for r := range ratios {
		for i := range n {
			j := rng.IntN(n)
			bx[i], by[i] = xs[j], ys[j]
		}
		ratios[r] = median(bx) / median(by)
	}
	return quantile(ratios, 0.025), quantile(ratios, 0.975)
}

// withInterval adds the bootstrap interval of m's ratio from the runs.
func withInterval(m Metric, xs, ys []float64, runs int) Metric {
	m.RatioLow, m.RatioHigh = ratioInterval(xs, ys)
	m.Runs = runs
	return m
}

// quantile uses the nearest-rank method on a sorted copy.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

// browser is one headless Chromium; every measurement opens a fresh tab.
type browser struct {
	ctx     context.Context
	cancel  context.CancelFunc
	profile string
	version string
	// profileDir, when set, is where interactions write CPU profiles.
	profileDir string
}

func newBrowser() (*browser, error) {
	path, err := chromium.Path()
	if err != nil {
		return nil, err
	}
	profile, err := os.MkdirTemp("", "isms-bench-")
	if err != nil {
		return nil, err
	}
	// Precise memory figures are what the bench reads; the rest is the
	// set-up the end-to-end tests use.
	opts := append(chromium.Options(path, profile), chromedp.Flag("enable-precise-memory-info", true))
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	// chromedp logs DOM events it has no type for (the import dialog's top
	// layer); they say nothing about the page, so they stay out of the table.
	quiet := func(format string, args ...any) {
		if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "unhandled node event") {
			fmt.Fprintln(os.Stderr, msg)
		}
	}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithErrorf(quiet), chromedp.WithLogf(quiet))
	b := &browser{ctx: ctx, profile: profile, cancel: func() { cancel(); acancel() }}
	var ua string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`navigator.userAgent`, &ua)); err != nil {
		b.close()
		return nil, fmt.Errorf("start chromium: %w", err)
	}
	b.version = ua
	return b, nil
}

func (b *browser) close() {
	b.cancel()
	for i := 0; i < 50; i++ {
		if os.RemoveAll(b.profile) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// chooseLang stores lang as the user's choice, as the header's switch
// does, so that every page opened afterwards runs in it. Local files share
// one storage, so one visit to the product sets it for all of them.
func (b *browser) chooseLang(product, lang string) error {
	ctx, cancel := chromedp.NewContext(b.ctx)
	defer cancel()
	tctx, tcancel := context.WithTimeout(ctx, 30*time.Second)
	defer tcancel()
	err := chromedp.Run(tctx,
		chromedp.Navigate("file://"+filepath.ToSlash(product)),
		chromedp.Evaluate(`localStorage.setItem(`+strconv.Quote(appbrowser.LangKey)+`, `+strconv.Quote(lang)+`)`, nil),
	)
	if err != nil {
		return fmt.Errorf("choose the language %s: %w", lang, err)
	}
	return nil
}

// tab opens a fresh tab on the page and waits until it is ready.
func (b *browser) tab(page, fragment string) (context.Context, context.CancelFunc, error) {
	ctx, cancel := chromedp.NewContext(b.ctx)
	tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
	stop := func() { tcancel(); cancel() }
	url := "file://" + filepath.ToSlash(page) + fragment
	var state string
	err := chromedp.Run(tctx,
		chromedp.Navigate(url),
		chromedp.Poll(`(() => { const s = document.documentElement.dataset.appState; return (s === "ready" || s === "error") ? s : null })()`, &state, chromedp.WithPollingInterval(5*time.Millisecond)),
	)
	if err == nil && state != "ready" {
		err = fmt.Errorf("%s: app state %q", filepath.Base(page), state)
	}
	if err != nil {
		stop()
		return nil, nil, err
	}
	return tctx, stop, nil
}

func eval(ctx context.Context, expr string, out any) error {
	return chromedp.Run(ctx, chromedp.Evaluate(expr, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
}

// startupPause is the quiet time between two start-ups.
const startupPause = 500 * time.Millisecond

// startup opens the product and the floor in turn in fresh tabs and
// compares first contentful paint and the app-ready mark. Each run starts
// the turn at the next page, so that every page follows each of the others
// equally often: a page opened right after the product met its closing
// tab's work and started slower.
func startup(b *browser, rep *Report, product, floor string, runs int) error {
	pages := []string{product, floor}
	var fcp, ready, inst [2][]float64
	for i := 0; i < runs; i++ {
		for j := range pages {
			k := (i + j) % len(pages)
			page := pages[k]
			ctx, stop, err := b.tab(page, "")
			if err != nil {
				return err
			}
			var t struct{ FCP, Ready, Inst float64 }
			// The floor's empty component paints no content, so it may never
			// have a first contentful paint: wait for it a while after
			// app-ready, then report 0 (not measured).
			err = eval(ctx, `new Promise(resolve => {
				let waited = 0;
				const read = () => {
					const p = performance.getEntriesByName("first-contentful-paint")[0];
					const r = performance.getEntriesByName("app-ready")[0];
					const w = performance.getEntriesByName("wasm-instantiated")[0];
					if (r && (p || waited > 1000)) { resolve({FCP: p ? p.startTime : 0, Ready: r.startTime, Inst: w ? w.startTime : 0}); return; }
					waited += 10;
					setTimeout(read, 10);
				};
				read();
			})`, &t)
			if err != nil {
				var names []string
				_ = eval(ctx, `performance.getEntries().map(e => e.entryType + ":" + e.name)`, &names)
				stop()
				return fmt.Errorf("start-up timings of %s: %w (entries %v)", filepath.Base(page), err, names)
			}
			stop()
			// Let the closed tab's process wind down, so that it does not
			// compete with the next page's start on this 2-core machine.
			time.Sleep(startupPause)
			if t.FCP > 0 {
				fcp[k] = append(fcp[k], t.FCP)
			}
			ready[k] = append(ready[k], t.Ready)
			inst[k] = append(inst[k], t.Inst)
		}
	}
	floorFCP := 0.0 // an empty page paints no content
	if len(fcp[1]) > 0 {
		floorFCP = median(fcp[1])
	}
	m := compare("first contentful paint (median)", "ms", median(fcp[0]), floorFCP, "", nil)
	m.Runs = runs
	rep.add(m)
	m = compare("app-ready mark (median)", "ms", median(ready[0]), median(ready[1]), "ratio ≤ 1.3", func(m Metric) bool { return m.Ratio <= 1.3 })
	rep.add(withInterval(m, ready[0], ready[1], runs))
	// Where start-up goes: compiling the wasm, then Go's start and the
	// first screen.
	m = compare("  of which: wasm-instantiated mark (median)", "ms", median(inst[0]), median(inst[1]), "", nil)
	rep.add(withInterval(m, inst[0], inst[1], runs))
	return nil
}
