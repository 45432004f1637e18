package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"regexp"
	"strings"
	texttemplate "text/template"
)

// Page is everything that goes into the single HTML file.
type Page struct {
	Title string
	Style string // the style sheet, inlined in one <style> element
	Body  string // pre-rendered first screen: the body's first element child
	// Others are the first screen in the other languages, each put in
	// place of Body by FirstScript when it is the page's language.
	Others      []Screen
	LangScript  string // head script that sets <html lang> before anything paints
	FirstScript string // body script that puts the page language's first screen in place
	WasmExec    string // Go's wasm_exec.js of the toolchain that built Wasm
	Loader      string // our loader script
	Wasm        []byte // the compiled program, uncompressed
}

// Screen is the pre-rendered first screen of one language other than
// English, with the page title in that language.
type Screen struct {
	Lang  string
	Title string
	Body  string
}

// remoteRef finds anything that would make the page reach the network.
var remoteRef = regexp.MustCompile(`(?i)\b(?:https?|wss?|ftp)://|(?:src|href|action|srcset)\s*=\s*["']?\s*//`)

// Bundle renders the page template into one self-contained HTML document with
// a Content-Security-Policy that allows exactly the inline scripts and style
// it contains, WebAssembly compilation, and nothing that reaches the network.
func Bundle(tmpl string, p Page) ([]byte, error) {
	wasmExec := stripLineComments(p.WasmExec)
	for name, script := range map[string]string{"wasm_exec.js": wasmExec, "loader": p.Loader, "lang": p.LangScript, "first screen": p.FirstScript} {
		if strings.Contains(strings.ToLower(script), "</script") {
			return nil, fmt.Errorf("bundle: inline script %s contains </script, which would end the element early", name)
		}
	}
	if strings.Contains(strings.ToLower(p.Style), "</style") {
		return nil, fmt.Errorf("bundle: style sheet contains </style, which would end the element early")
	}
	wasmData, err := gzipBase64(p.Wasm)
	if err != nil {
		return nil, fmt.Errorf("bundle: compress wasm: %w", err)
	}
	csp := strings.Join([]string{
		"default-src 'none'",
		"script-src " + hashSource(p.LangScript) + " " + hashSource(p.FirstScript) + " " + hashSource(wasmExec) + " " + hashSource(p.Loader) + " 'wasm-unsafe-eval'",
		"style-src " + hashSource(p.Style),
		"img-src data: blob:",
		"connect-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
	}, "; ")

	t, err := texttemplate.New("page").Option("missingkey=error").Parse(tmpl)
	if err != nil {
		return nil, fmt.Errorf("bundle: parse template: %w", err)
	}
	var out bytes.Buffer
	err = t.Execute(&out, map[string]any{
		"CSP":         csp, // only quotes, keywords and base64: nothing to escape in a double-quoted attribute
		"Title":       template.HTMLEscapeString(p.Title),
		"Style":       p.Style,
		"Body":        p.Body,
		"OtherBodies": otherScreens(p.Others),
		"LangScript":  p.LangScript,
		"FirstScript": p.FirstScript,
		"WasmExec":    wasmExec,
		"Loader":      p.Loader,
		"WasmData":    wasmData,
		"WasmSize":    len(p.Wasm),
	})
	if err != nil {
		return nil, fmt.Errorf("bundle: render template: %w", err)
	}
	if err := Check(out.Bytes()); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// otherScreens writes each screen in a template element that FirstScript
// finds by its data-first-screen attribute. Template content is inert:
// it neither paints nor runs until it is put in place.
func otherScreens(screens []Screen) string {
	var b strings.Builder
	for _, s := range screens {
		b.WriteString(`<template data-first-screen="` + template.HTMLEscapeString(s.Lang) +
			`" data-title="` + template.HTMLEscapeString(s.Title) + `">` + s.Body + "</template>\n")
	}
	return b.String()
}

// Check refuses a page that references anything outside itself.
func Check(page []byte) error {
	if loc := remoteRef.FindIndex(page); loc != nil {
		start := max(loc[0]-40, 0)
		end := min(loc[1]+40, len(page))
		return fmt.Errorf("bundle: page references a remote resource near %q", page[start:end])
	}
	if !bytes.Contains(page, []byte(`<meta http-equiv="Content-Security-Policy"`)) {
		return fmt.Errorf("bundle: page has no Content-Security-Policy")
	}
	return nil
}

func hashSource(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func gzipBase64(b []byte) (string, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := zw.Write(b); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

// stripLineComments drops lines that hold only a // comment. wasm_exec.js
// cites a web address in one of them, and the page must name none.
func stripLineComments(js string) string {
	lines := strings.Split(js, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "//") {
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n")
}
