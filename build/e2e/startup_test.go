//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStartsOfflineFromFile(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()

	var marks []string
	b.Eval(`performance.getEntriesByType("mark").map(m => m.name)`, &marks)
	want := []string{"wasm-decoded", "wasm-instantiated", "app-ready"}
	known := slices.DeleteFunc(slices.Clone(marks), func(m string) bool { return !slices.Contains(want, m) })
	assert.Equal(t, want, known, "the start-up's performance marks in order (all marks %q)", marks)
	assert.True(t, b.EvalBool(`document.getElementById("app-error").hidden`), "the stop message is visible on a healthy start")
	var title string
	b.Run(chromedp.Title(&title))
	assert.Equal(t, "ISMS Ownership Assessment", title)
	b.RequireHealthy()
}

// The first screen is in the file itself, as the body's first element
// child, so the page paints before the wasm starts.
func TestFirstScreenIsPreRendered(t *testing.T) {
	page, err := os.ReadFile(productHTML(t))
	require.NoError(t, err)
	_, body, ok := strings.Cut(string(page), "<body>")
	require.True(t, ok, "no <body> in the page")
	body = strings.TrimSpace(body)
	assert.True(t, strings.HasPrefix(body, `<div data-first-screen="en" id="app">`), "body's first element is not the pre-rendered app root: %.80q", body)
	assert.Contains(t, body, "ISMS Ownership Assessment", "the pre-rendered screen does not show the product name")
	// The German screen waits in a template for static/first.js.
	assert.Contains(t, body, `<template data-first-screen="de" data-title="Bewertung der ISMS-Verantwortung"><div id="app">`, "no German first screen")
}

// Without 'wasm-unsafe-eval' the policy forbids compiling the program: the
// page must say so instead of freezing, and the health check must catch it.
// This proves the start-up test can fail.
func TestPolicyWithoutWasmEvalFails(t *testing.T) {
	page, err := os.ReadFile(productHTML(t))
	require.NoError(t, err)
	broken := strings.Replace(string(page), " 'wasm-unsafe-eval'", "", 1)
	require.NotEqual(t, string(page), broken, "the policy does not contain 'wasm-unsafe-eval'")
	path := filepath.Join(t.TempDir(), "no-wasm-eval.html")
	require.NoError(t, os.WriteFile(path, []byte(broken), 0o644))
	b := NewBrowser(t)
	require.Equal(t, "error", b.Open(path), "app state without 'wasm-unsafe-eval'")
	requireStopMessage(t, b)
	assert.Error(t, b.Healthy(), "the health check saw nothing wrong with a page whose policy blocks WebAssembly")
}

// A Go panic ends the program; the loader must replace the frozen page with
// the polite stop message.
func TestGoPanicShowsStopMessage(t *testing.T) {
	b := NewBrowser(t)
	b.Run(chromedp.Navigate(fileURL(floorHTML(t)) + "#panic"))
	require.Equal(t, "error", b.WaitState(), "app state after a Go panic")
	requireStopMessage(t, b)
}

func requireStopMessage(t *testing.T, b *Browser) {
	t.Helper()
	require.True(t, b.EvalBool(`!document.getElementById("app-error").hidden`), "the stop message is not visible")
	text := b.Text("#app-error")
	for _, want := range []string{"stopped", "saved data is kept", "Reload"} {
		assert.Contains(t, text, want, "the stop message")
	}
}

func TestStartScreenAccessible(t *testing.T) {
	b := NewBrowser(t)
	b.OpenApp()
	b.RequireAxeClean("the start screen")
}
