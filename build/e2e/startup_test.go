//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestStartsOfflineFromFile(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))

	var marks []string
	b.Eval(`performance.getEntriesByType("mark").map(m => m.name)`, &marks)
	want := []string{"wasm-decoded", "wasm-instantiated", "app-ready"}
	if got := strings.Join(filterMarks(marks, want), ","); got != strings.Join(want, ",") {
		t.Errorf("performance marks in order = %q, want %q (all marks %q)", got, want, marks)
	}
	var errorHidden bool
	b.Eval(`document.getElementById("app-error").hidden`, &errorHidden)
	if !errorHidden {
		t.Error("the stop message is visible on a healthy start")
	}
	var title string
	b.Run(chromedp.Title(&title))
	if title != "ISMS Ownership Assessment" {
		t.Errorf("title = %q", title)
	}
	b.RequireHealthy()
}

func filterMarks(marks, known []string) []string {
	var out []string
	for _, m := range marks {
		for _, k := range known {
			if m == k {
				out = append(out, m)
			}
		}
	}
	return out
}

// The first screen is in the file itself, as the body's first element
// child, so the page paints before the wasm starts.
func TestFirstScreenIsPreRendered(t *testing.T) {
	page, err := os.ReadFile(productHTML(t))
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(string(page), "<body>")
	if !ok {
		t.Fatal("no <body> in the page")
	}
	if !strings.HasPrefix(strings.TrimSpace(body), `<div id="app">`) {
		t.Errorf("body's first element is not the pre-rendered app root: %.80q", strings.TrimSpace(body))
	}
	if !strings.Contains(body, "ISMS Ownership Assessment") {
		t.Error("the pre-rendered screen does not show the product name")
	}
}

// Without 'wasm-unsafe-eval' the policy forbids compiling the program: the
// page must say so instead of freezing, and the health check must catch it.
// This proves the start-up test can fail.
func TestPolicyWithoutWasmEvalFails(t *testing.T) {
	page, err := os.ReadFile(productHTML(t))
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(page), " 'wasm-unsafe-eval'", "", 1)
	if broken == string(page) {
		t.Fatal("the policy does not contain 'wasm-unsafe-eval'")
	}
	path := filepath.Join(t.TempDir(), "no-wasm-eval.html")
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(t)
	if state := b.Open(path); state != "error" {
		t.Fatalf("app state %q without 'wasm-unsafe-eval', want error", state)
	}
	requireStopMessage(t, b)
	if b.Healthy() == nil {
		t.Error("the health check saw nothing wrong with a page whose policy blocks WebAssembly")
	}
}

// A Go panic ends the program; the loader must replace the frozen page with
// the polite stop message.
func TestGoPanicShowsStopMessage(t *testing.T) {
	b := NewBrowser(t)
	b.Run(chromedp.Navigate(fileURL(floorHTML(t)) + "#panic"))
	if state := b.WaitState(); state != "error" {
		t.Fatalf("app state %q after a Go panic, want error", state)
	}
	requireStopMessage(t, b)
}

func requireStopMessage(t *testing.T, b *Browser) {
	t.Helper()
	var visible bool
	var text string
	b.Eval(`!document.getElementById("app-error").hidden`, &visible)
	b.Eval(`document.getElementById("app-error").innerText`, &text)
	if !visible {
		t.Fatal("the stop message is not visible")
	}
	for _, want := range []string{"stopped", "saved data is kept", "Reload"} {
		if !strings.Contains(text, want) {
			t.Errorf("stop message %q lacks %q", text, want)
		}
	}
}

func TestStartScreenAccessible(t *testing.T) {
	b := NewBrowser(t)
	b.OpenReady(productHTML(t))
	b.RequireAxeClean("the start screen")
}
