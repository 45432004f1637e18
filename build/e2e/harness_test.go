//go:build e2e

// Package e2e drives the real single HTML file in headless Chromium from a
// file:// URL. Run it through `make test` (which builds the file first), or:
//
//	go run ./build && go run ./build -pkg ./testdata/floor -prerender none -out dist/floor.html
//	go test -tags e2e ./build/e2e/
//
// $ISMS_HTML and $ISMS_FLOOR_HTML point the tests at other builds of the
// two files.
//
// This file holds the browser: starting it, watching it, running actions,
// waiting for conditions and saving screenshots. helpers_test.go holds what
// the tests do with the page (click, type, read, seed storage, pick files,
// the app's views). The test files hold only tests and their own data.
package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	stdlog "log"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/build/chromium"
)

// DefaultWait is how long WaitFor and the helpers built on it wait for a
// condition unless told otherwise.
const DefaultWait = 15 * time.Second

// repoRoot is the module root, found from the test's working directory.
var repoRoot = func() string {
	dir, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			panic("e2e: go.mod not found above the working directory")
		}
		dir = parent
	}
}()

// productHTML is the file under test: dist/ownership-assessment.html, or
// $ISMS_HTML when set.
func productHTML(t testing.TB) string {
	return distFile(t, "ISMS_HTML", "ownership-assessment.html")
}

// floorHTML is the empty go-app page bundled the same way, or
// $ISMS_FLOOR_HTML when set.
func floorHTML(t testing.TB) string {
	return distFile(t, "ISMS_FLOOR_HTML", "floor.html")
}

func distFile(t testing.TB, env, name string) string {
	t.Helper()
	p := os.Getenv(env)
	if p == "" {
		p = filepath.Join(repoRoot, "dist", name)
	}
	abs, err := filepath.Abs(p)
	require.NoError(t, err, "resolve %s", p)
	_, err = os.Stat(abs)
	require.NoError(t, err, "%s is missing: run `make build floor` first", abs)
	return abs
}

// fileURL turns an absolute path into a file:// URL.
func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// artifactDir is where screenshots and other files for review go.
func artifactDir() string { return filepath.Join(repoRoot, "dist", "e2e-screenshots") }

// saveArtifact writes data to dist/e2e-screenshots/name and returns the path.
func saveArtifact(name string, data []byte) (string, error) {
	dir := artifactDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	p := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(name))
	return p, os.WriteFile(p, data, 0o644)
}

// SaveArtifact writes data to dist/e2e-screenshots/name for review and
// returns the path.
func SaveArtifact(t testing.TB, name string, data []byte) string {
	t.Helper()
	p, err := saveArtifact(name, data)
	require.NoError(t, err, "save %s", name)
	return p
}

// Browser is one headless Chromium with a fresh profile, watching for
// anything the page must never do: reach the network, log an error, throw.
type Browser struct {
	t         *testing.T
	ctx       context.Context
	cancel    context.CancelFunc
	profile   string
	Downloads string // directory downloads are saved to

	mu          sync.Mutex
	badRequests []string
	problems    []string // console errors, log errors and uncaught exceptions
	downloads   []*download
	downloaded  chan struct{} // signalled (non-blocking) on every download event
}

// download is one file the page asked the browser to save.
type download struct {
	guid, name, state string
	taken             bool // returned by WaitDownload already
}

var allowedScheme = regexp.MustCompile(`^(file|data|blob):`)

// NewBrowser starts Chromium with a new profile. When the test ends a
// screenshot is saved under dist/e2e-screenshots if it failed, and the
// browser is closed.
func NewBrowser(t *testing.T) *Browser {
	t.Helper()
	path, err := chromium.Path()
	require.NoError(t, err)
	profile, err := os.MkdirTemp("", "isms-e2e-profile-")
	require.NoError(t, err)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), chromium.Options(path, profile)...)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithErrorf(chromedpError))
	b := &Browser{t: t, ctx: ctx, profile: profile, Downloads: t.TempDir(), downloaded: make(chan struct{}, 1)}
	b.cancel = func() {
		// A graceful close lets Chromium finish writing its profile and
		// stop its helper processes; acancel then waits for it to exit.
		closeCtx, done := context.WithTimeout(ctx, 10*time.Second)
		if err := chromedp.Cancel(closeCtx); err != nil {
			t.Logf("close chromium: %v", err)
		}
		done()
		cancel()
		acancel()
	}
	chromedp.ListenTarget(ctx, b.watch)
	err = chromedp.Run(ctx, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).
		WithDownloadPath(b.Downloads).WithEventsEnabled(true))
	if err != nil {
		b.close()
		require.NoError(t, err, "start chromium")
	}
	t.Cleanup(func() {
		if t.Failed() {
			b.failureScreenshot()
		}
		b.close()
	})
	return b
}

// chromedpError logs chromedp's own errors, but for the DOM events this
// chromedp does not know yet (Chromium's top layer updates of the dialogs),
// which it reports for every one.
func chromedpError(format string, args ...any) {
	if strings.HasPrefix(format, "unhandled node event") {
		return
	}
	stdlog.Printf("chromedp: "+format, args...)
}

func (b *Browser) watch(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		if !allowedScheme.MatchString(ev.Request.URL) {
			b.badRequests = append(b.badRequests, ev.Request.URL)
		}
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeAssert {
			b.problems = append(b.problems, "console."+string(ev.Type)+": "+argsText(ev.Args))
		}
	case *runtime.EventExceptionThrown:
		msg := ev.ExceptionDetails.Text
		if ev.ExceptionDetails.Exception != nil {
			msg += " " + ev.ExceptionDetails.Exception.Description
		}
		b.problems = append(b.problems, "uncaught exception: "+msg)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.LevelError {
			b.problems = append(b.problems, "log error ("+string(ev.Entry.Source)+"): "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	case *browser.EventDownloadWillBegin:
		b.downloads = append(b.downloads, &download{guid: ev.GUID, name: ev.SuggestedFilename, state: "begun"})
		b.signalDownload()
	case *browser.EventDownloadProgress:
		for _, d := range b.downloads {
			if d.guid == ev.GUID {
				d.state = string(ev.State)
			}
		}
		b.signalDownload()
	}
}

func (b *Browser) signalDownload() {
	select {
	case b.downloaded <- struct{}{}:
	default:
	}
}

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

// Healthy reports every request outside file:, data: and blob:, and every
// console error, log error and uncaught exception seen so far.
func (b *Browser) Healthy() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	var msgs []string
	for _, r := range b.badRequests {
		msgs = append(msgs, "request outside file/data/blob: "+truncate(r, 120))
	}
	msgs = append(msgs, b.problems...)
	if len(msgs) > 0 {
		return fmt.Errorf("page misbehaved:\n  %s", strings.Join(msgs, "\n  "))
	}
	return nil
}

// RequireHealthy fails the test when Healthy reports anything.
func (b *Browser) RequireHealthy() {
	b.t.Helper()
	require.NoError(b.t, b.Healthy())
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// Run runs chromedp actions with a time limit, failing the test on error.
func (b *Browser) Run(actions ...chromedp.Action) {
	b.t.Helper()
	require.NoError(b.t, b.RunErr(30*time.Second, actions...))
}

// RunErr runs chromedp actions with a time limit.
func (b *Browser) RunErr(limit time.Duration, actions ...chromedp.Action) error {
	ctx, cancel := context.WithTimeout(b.ctx, limit)
	defer cancel()
	return chromedp.Run(ctx, actions...)
}

// Eval evaluates a JavaScript expression (awaiting a promise) into out,
// which may be nil.
func (b *Browser) Eval(expr string, out any) {
	b.t.Helper()
	require.NoError(b.t, b.RunErr(30*time.Second, chromedp.Evaluate(expr, out, awaitPromise)), "evaluate %s", truncate(expr, 200))
}

// EvalString, EvalBool and EvalInt evaluate a JavaScript expression of
// that type.
func (b *Browser) EvalString(expr string) (s string) { b.t.Helper(); b.Eval(expr, &s); return s }
func (b *Browser) EvalBool(expr string) (v bool)     { b.t.Helper(); b.Eval(expr, &v); return v }
func (b *Browser) EvalInt(expr string) (n int)       { b.t.Helper(); b.Eval(expr, &n); return n }

// ScrollTo scrolls the element sel names to the top of the viewport, as a
// reader would before a screenshot; ScrollToCenter to its middle. A
// selector "#id" is looked up by ID, so that IDs holding dots
// ("mx-row-8.32") need no escaping (so "#a.b" names the ID "a.b", not a
// class). The element must be in the page.
func (b *Browser) ScrollTo(sel string)       { b.t.Helper(); b.scroll(sel, "start") }
func (b *Browser) ScrollToCenter(sel string) { b.t.Helper(); b.scroll(sel, "center") }

func (b *Browser) scroll(sel, block string) {
	b.t.Helper()
	el := "document.querySelector(" + js(sel) + ")"
	if id, ok := strings.CutPrefix(sel, "#"); ok && !strings.ContainsAny(id, " [>:,") {
		el = "document.getElementById(" + js(id) + ")"
	}
	require.True(b.t, b.EvalBool("(e => !!e && (e.scrollIntoView({block: "+js(block)+"}), true))("+el+")"), "scroll to %s: not in the page", sel)
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// js writes v (a string, number, list or map) as a JavaScript literal.
func js(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(raw)
}

// Open navigates to the file and waits until the loader reports ready or
// error, returning the state.
func (b *Browser) Open(path string) string {
	b.t.Helper()
	b.Run(chromedp.Navigate(fileURL(path)))
	return b.WaitState()
}

// OpenReady opens the file and fails unless it becomes ready and healthy.
func (b *Browser) OpenReady(path string) {
	b.t.Helper()
	b.requireReady(b.Open(path), "opening "+filepath.Base(path))
}

// Reload reloads the page and fails unless it becomes ready and healthy.
func (b *Browser) Reload() {
	b.t.Helper()
	b.Run(chromedp.Reload())
	b.requireReady(b.WaitState(), "after a reload")
}

func (b *Browser) requireReady(state, when string) {
	b.t.Helper()
	if state != "ready" {
		var reason string
		_ = b.RunErr(2*time.Second, chromedp.Evaluate(`document.documentElement.dataset.appError || ""`, &reason))
		require.FailNow(b.t, "app not ready", "%s: app state %q, want ready (reason %q)\n%v", when, state, reason, b.Healthy())
	}
	b.RequireHealthy()
}

// WaitState waits until data-app-state is ready or error and returns it.
func (b *Browser) WaitState() string {
	b.t.Helper()
	var state string
	err := b.RunErr(DefaultWait+10*time.Second, chromedp.Poll(
		`(() => { const s = document.documentElement.dataset.appState; return (s === "ready" || s === "error") ? s : null })()`,
		&state, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(DefaultWait+5*time.Second)))
	if err != nil {
		var now string
		_ = b.RunErr(2*time.Second, chromedp.Evaluate(`document.documentElement.dataset.appState + " " + (document.documentElement.dataset.appError || "")`, &now))
		require.FailNow(b.t, "page never started", "waiting for data-app-state ready or error (state now %q): %v\n%v", now, err, b.Healthy())
	}
	return state
}

// WaitOption tunes WaitFor.
type WaitOption func(*waitConfig)

type waitConfig struct {
	limit time.Duration
	show  string
}

// Within sets how long WaitFor waits (DefaultWait otherwise).
func Within(d time.Duration) WaitOption { return func(c *waitConfig) { c.limit = d } }

// Showing names a JavaScript expression whose value WaitFor reports when
// it gives up: the state that was not the awaited one.
func Showing(expr string) WaitOption { return func(c *waitConfig) { c.show = expr } }

// WaitFor polls the JavaScript expression cond until it is truthy. When it
// is not within the limit, the test fails saying what was awaited, with the
// value of the Showing expression, the page's fragment and the start of its
// text, and anything the page did wrong.
func (b *Browser) WaitFor(what, cond string, opts ...WaitOption) {
	b.t.Helper()
	c := waitConfig{limit: DefaultWait}
	for _, o := range opts {
		o(&c)
	}
	err := b.RunErr(c.limit+5*time.Second, chromedp.Poll(cond, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(c.limit)))
	if err != nil {
		b.failWait(what, cond, c, err)
	}
}

// failWait ends the test after a wait for what timed out.
func (b *Browser) failWait(what, cond string, c waitConfig, err error) {
	b.t.Helper()
	var msg strings.Builder
	fmt.Fprintf(&msg, "timed out after %v waiting for %s\n  condition: %s\n  error: %v", c.limit, what, truncate(cond, 300), err)
	if c.show != "" {
		var now any
		if e := b.RunErr(2*time.Second, chromedp.Evaluate(c.show, &now)); e != nil {
			fmt.Fprintf(&msg, "\n  now: (%v)", e)
		} else {
			fmt.Fprintf(&msg, "\n  now: %v", now)
		}
	}
	var page struct{ Hash, State, Text string }
	_ = b.RunErr(2*time.Second, chromedp.Evaluate(`({Hash: location.hash, State: document.documentElement.dataset.appState || "",
		Text: document.body ? document.body.innerText.slice(0, 800) : ""})`, &page))
	fmt.Fprintf(&msg, "\n  fragment %q, app state %q", page.Hash, page.State)
	if err := b.Healthy(); err != nil {
		fmt.Fprintf(&msg, "\n  %v", err)
	}
	fmt.Fprintf(&msg, "\n  page text:\n%s", page.Text)
	require.FailNow(b.t, "wait timed out", msg.String())
}

// WaitSettled waits until the app's DOM has not changed for frames
// animation frames in a row: whatever the last action queued (a view
// appended in steps, a deferred update) has been rendered. Tests that check
// that something does not come back wait for this instead of a time.
func (b *Browser) WaitSettled(what string, frames int) {
	b.t.Helper()
	expr := fmt.Sprintf(`new Promise((resolve, reject) => {
		let quiet = 0;
		const obs = new MutationObserver(() => { quiet = 0; });
		obs.observe(document.documentElement, {childList: true, subtree: true, attributes: true, characterData: true});
		const timer = setTimeout(() => { obs.disconnect(); reject(new Error("the page kept changing")); }, %d);
		const frame = () => {
			if (++quiet > %d) { clearTimeout(timer); obs.disconnect(); resolve(true); return; }
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	})`, DefaultWait.Milliseconds(), frames)
	if err := b.RunErr(DefaultWait+5*time.Second, chromedp.Evaluate(expr, nil, awaitPromise)); err != nil {
		b.failWait(what+" (the page unchanged for "+fmt.Sprint(frames)+" frames)", "DOM quiet", waitConfig{limit: DefaultWait}, err)
	}
}

// WaitDownload waits until a download whose file name ends in suffix has
// completed (Chromium reports it; the file is renamed from .crdownload
// first) and returns the file's path. Each download is returned once.
func (b *Browser) WaitDownload(suffix string) string {
	b.t.Helper()
	deadline := time.NewTimer(DefaultWait)
	defer deadline.Stop()
	for {
		b.mu.Lock()
		var seen []string
		for _, d := range b.downloads {
			seen = append(seen, d.name+" ("+d.state+")")
			if !d.taken && d.state == string(browser.DownloadProgressStateCompleted) && strings.HasSuffix(d.name, suffix) {
				d.taken = true
				b.mu.Unlock()
				p := filepath.Join(b.Downloads, d.name)
				st, err := os.Stat(p)
				require.NoError(b.t, err, "download %s completed but is not in %s", d.name, b.Downloads)
				require.NotZero(b.t, st.Size(), "download %s is empty", d.name)
				return p
			}
		}
		b.mu.Unlock()
		select {
		case <-b.downloaded:
		case <-deadline.C:
			require.FailNow(b.t, "no download", "waiting %v for a completed %s download; downloads seen: %v", DefaultWait, suffix, seen)
		}
	}
}

// Screenshot saves a PNG of the whole page to
// dist/e2e-screenshots/<name>.png and returns its path.
func (b *Browser) Screenshot(name string) string {
	b.t.Helper()
	return SaveArtifact(b.t, name+".png", b.capture(func(png *[]byte) chromedp.Action { return chromedp.FullScreenshot(png, 100) }))
}

// ViewportScreenshot saves a PNG of what is in the viewport, as a user sees
// it, to dist/e2e-screenshots/<name>.png and returns its path.
func (b *Browser) ViewportScreenshot(name string) string {
	b.t.Helper()
	return SaveArtifact(b.t, name+".png", b.capture(chromedp.CaptureScreenshot))
}

// capture runs a screenshot action and returns the PNG. Headless Chromium
// can stall a capture indefinitely when its compositor has gone idle (it
// happened once in CI, on a page left still while axe ran); a page that
// still answers script is then given a short screencast, which makes the
// compositor produce frames again, and the capture is tried once more. A
// page that answers nothing fails the test, as before.
func (b *Browser) capture(action func(*[]byte) chromedp.Action) []byte {
	b.t.Helper()
	var png []byte
	err := b.RunErr(30*time.Second, action(&png))
	if errors.Is(err, context.DeadlineExceeded) {
		var two int
		alive := b.RunErr(5*time.Second, chromedp.Evaluate(`1 + 1`, &two))
		b.t.Logf("a screenshot stalled for 30 s; the page answers script: %v", alive == nil)
		if alive == nil {
			wake := b.RunErr(10*time.Second,
				page.StartScreencast().WithFormat(page.ScreencastFormatJpeg).WithQuality(10),
				chromedp.Sleep(300*time.Millisecond),
				page.StopScreencast())
			b.t.Logf("screencast to wake the compositor: %v", wake)
			err = b.RunErr(60*time.Second, action(&png))
		}
	}
	require.NoError(b.t, err, "screenshot")
	return png
}

// failureScreenshot saves the page of a failed test as <test name>.png.
func (b *Browser) failureScreenshot() {
	var png []byte
	if err := b.RunErr(5*time.Second, chromedp.FullScreenshot(&png, 100)); err != nil {
		b.t.Logf("screenshot on failure: %v", err)
		return
	}
	p, err := saveArtifact(b.t.Name()+".png", png)
	if err != nil {
		b.t.Logf("screenshot on failure: %v", err)
		return
	}
	b.t.Logf("screenshot saved: %s", p)
}

func (b *Browser) close() {
	b.cancel()
	if err := os.RemoveAll(b.profile); err != nil {
		b.t.Logf("remove profile %s: %v", b.profile, err)
	}
}
