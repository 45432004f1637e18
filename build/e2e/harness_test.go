//go:build e2e

// Package e2e drives the real single HTML file in headless Chromium from a
// file:// URL. Run it through `make test` (which builds the file first), or:
//
//	go run ./build && go run ./build -pkg ./testdata/floor -prerender none -out dist/floor.html
//	go test -tags e2e ./build/e2e/
package e2e

import (
	"context"
	"fmt"
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
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/isms-tools/ownership-assessment/build/chromium"
)

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

// floorHTML is the empty go-app page bundled the same way.
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
	if err != nil {
		t.Fatalf("resolve %s: %v", p, err)
	}
	if _, err := os.Stat(abs); err != nil {
		t.Fatalf("%s is missing: run `make build` first (%v)", abs, err)
	}
	return abs
}

// fileURL turns an absolute path into a file:// URL.
func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func chromiumPath(t testing.TB) string {
	t.Helper()
	p, err := chromium.Path()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Browser is one headless Chromium with a fresh profile, watching for
// anything the page must never do: reach the network, log an error, throw.
type Browser struct {
	t           *testing.T
	ctx         context.Context
	cancel      context.CancelFunc
	profile     string
	Downloads   string // directory downloads are saved to
	mu          sync.Mutex
	badRequests []string
	problems    []string // console errors, log errors and uncaught exceptions
}

var allowedScheme = regexp.MustCompile(`^(file|data|blob):`)

// NewBrowser starts Chromium with a new profile. It is closed, and on failure
// a screenshot saved under dist/e2e-screenshots, when the test ends.
func NewBrowser(t *testing.T) *Browser {
	t.Helper()
	profile, err := os.MkdirTemp("", "isms-e2e-profile-")
	if err != nil {
		t.Fatal(err)
	}
	downloads := t.TempDir()
	opts := chromium.Options(chromiumPath(t), profile)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	b := &Browser{t: t, ctx: ctx, profile: profile, Downloads: downloads}
	b.cancel = func() { cancel(); acancel() }
	chromedp.ListenTarget(ctx, b.watch)
	if err := chromedp.Run(ctx, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(downloads).WithEventsEnabled(true)); err != nil {
		b.close()
		t.Fatalf("start chromium: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			b.screenshot(t.Name())
		}
		b.close()
	})
	return b
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
	if err := b.Healthy(); err != nil {
		b.t.Fatal(err)
	}
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
	if err := b.RunErr(30*time.Second, actions...); err != nil {
		b.t.Fatal(err)
	}
}

// RunErr runs chromedp actions with a time limit.
func (b *Browser) RunErr(limit time.Duration, actions ...chromedp.Action) error {
	ctx, cancel := context.WithTimeout(b.ctx, limit)
	defer cancel()
	return chromedp.Run(ctx, actions...)
}

// Eval evaluates a JavaScript expression into out.
func (b *Browser) Eval(expr string, out any) {
	b.t.Helper()
	b.Run(chromedp.Evaluate(expr, out, awaitPromise))
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// Open navigates to the file and waits until the loader reports ready or
// error, returning the state.
func (b *Browser) Open(path string) string {
	b.t.Helper()
	b.Run(chromedp.Navigate(fileURL(path)))
	return b.WaitState()
}

// Reload reloads the page and waits for the loader's verdict.
func (b *Browser) Reload() string {
	b.t.Helper()
	b.Run(chromedp.Reload())
	return b.WaitState()
}

// WaitState waits until data-app-state is ready or error and returns it.
func (b *Browser) WaitState() string {
	b.t.Helper()
	var state string
	err := b.RunErr(30*time.Second, chromedp.Poll(
		`(() => { const s = document.documentElement.dataset.appState; return (s === "ready" || s === "error") ? s : null })()`,
		&state, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(25*time.Second)))
	if err != nil {
		var now string
		_ = b.RunErr(2*time.Second, chromedp.Evaluate(`document.documentElement.dataset.appState + " " + (document.documentElement.dataset.appError || "")`, &now))
		b.t.Fatalf("page never reached ready or error (state now %q): %v\n%v", now, err, b.Healthy())
	}
	return state
}

// OpenReady opens the file and fails unless it becomes ready and healthy.
func (b *Browser) OpenReady(path string) {
	b.t.Helper()
	if state := b.Open(path); state != "ready" {
		var reason string
		b.Eval(`document.documentElement.dataset.appError || ""`, &reason)
		b.t.Fatalf("app state %q, want ready (reason %q)\n%v", state, reason, b.Healthy())
	}
	b.RequireHealthy()
}

func (b *Browser) screenshot(name string) {
	var png []byte
	if err := b.RunErr(5*time.Second, chromedp.FullScreenshot(&png, 100)); err != nil {
		b.t.Logf("screenshot on failure: %v", err)
		return
	}
	dir := filepath.Join(repoRoot, "dist", "e2e-screenshots")
	_ = os.MkdirAll(dir, 0o755)
	file := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(name)+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		b.t.Logf("screenshot on failure: %v", err)
		return
	}
	b.t.Logf("screenshot saved: %s", file)
}

// Screenshot saves a PNG of the page to dist/e2e-screenshots/<name>.png.
func (b *Browser) Screenshot(name string) string {
	b.t.Helper()
	var png []byte
	b.Run(chromedp.FullScreenshot(&png, 100))
	dir := filepath.Join(repoRoot, "dist", "e2e-screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.t.Fatal(err)
	}
	file := filepath.Join(dir, name+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	return file
}

func (b *Browser) close() {
	b.cancel()
	// Chromium may still be flushing its profile when it is told to stop.
	var err error
	for i := 0; i < 50; i++ {
		if err = os.RemoveAll(b.profile); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Logf("remove profile %s: %v", b.profile, err)
}

// WaitFor polls a JavaScript expression until it is truthy; after limit it
// fails the test with the start of the page's text, which usually says why.
func (b *Browser) WaitFor(limit time.Duration, what, js string) {
	b.t.Helper()
	err := b.RunErr(limit+time.Second, chromedp.Poll(js, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(limit)))
	if err != nil {
		var text string
		_ = b.RunErr(2*time.Second, chromedp.Evaluate(`document.body.innerText.slice(0, 2000)`, &text))
		b.t.Fatalf("waiting for %s: %v\npage text:\n%s", what, err, text)
	}
}

// Text is the visible text of the first element matching sel, or "".
func (b *Browser) Text(sel string) string {
	b.t.Helper()
	var s string
	b.Eval(fmt.Sprintf(`(document.querySelector(%q) || {innerText: ""}).innerText`, sel), &s)
	return s
}
