package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/static"
)

func samplePage() Page {
	return Page{
		Title:    "T & <Co>",
		Style:    "body{color:#000}",
		Body:     `<div id="app"><p>hi</p></div>`,
		WasmExec: "// see https://example.invalid/issue\n\"use strict\";\nglobalThis.Go = class {};\n",
		Loader:   "console.log('loader');",
		Wasm:     []byte("\x00asm\x01\x00\x00\x00 some program bytes"),

		LangScript:  "console.log('lang');",
		FirstScript: "console.log('first');",
		Others:      []Screen{{Lang: "de", Title: "T & Ü", Body: `<div id="app"><p>hallo</p></div>`}},
	}
}

func TestBundle(t *testing.T) {
	page, err := Bundle(static.Template, samplePage())
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if !strings.HasPrefix(s, "<!DOCTYPE html>") {
		t.Errorf("page does not start with a doctype: %.40q", s)
	}
	head, _, _ := strings.Cut(s, "</head>")
	if i, j := strings.Index(head, "Content-Security-Policy"), strings.Index(head, "<meta charset"); i < 0 || i > j {
		t.Error("the policy is not the first element of <head>")
	}
	csp := regexp.MustCompile(`content="([^"]*)"`).FindStringSubmatch(head)[1]
	for _, want := range []string{
		"default-src 'none'",
		"'wasm-unsafe-eval'",
		"connect-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"img-src data: blob:",
		hashSource("\"use strict\";\nglobalThis.Go = class {};\n"),
		hashSource("console.log('loader');"),
		hashSource("console.log('lang');"),
		hashSource("console.log('first');"),
		"style-src " + hashSource("body{color:#000}"),
	} {
		if !strings.Contains(csp, want) {
			t.Errorf("policy %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"unsafe-inline", "'unsafe-eval'", "https:"} {
		if strings.Contains(csp, bad) {
			t.Errorf("policy %q contains %q", csp, bad)
		}
	}
	if !strings.Contains(s, "<title>T &amp; &lt;Co&gt;</title>") {
		t.Error("title is not escaped")
	}
	if !strings.Contains(s, "<body>\n<div id=\"app\"><p>hi</p></div>") {
		t.Error("pre-rendered screen is not the body's first element child")
	}

	assert.Contains(t, head, "<script>console.log('lang');</script>", "the language script runs in the head, before anything paints")
	assert.Contains(t, s, `<template data-first-screen="de" data-title="T &amp; Ü"><div id="app"><p>hallo</p></div></template>`,
		"the German first screen waits in a template")
	assert.Less(t, strings.Index(s, "<template data-first-screen"), strings.Index(s, "<script>console.log('first');</script>"),
		"the first-screen script runs after the templates it reads")

	m := regexp.MustCompile(`(?s)<script type="application/octet-stream" id="app-wasm"[^>]*>([^<]*)</script>`).FindStringSubmatch(s)
	if m == nil {
		t.Fatal("no wasm data element")
	}
	gz, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil {
		t.Fatalf("wasm data is not base64: %v", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatalf("wasm data is not gzip: %v", err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, samplePage().Wasm) {
		t.Errorf("wasm round trip = %q, want %q", got, samplePage().Wasm)
	}
}

func TestBundleRefuses(t *testing.T) {
	tests := []struct {
		Name   string
		Change func(*Page)
		Error  string
	}{{
		Name:   "ScriptEndInLoader",
		Change: func(p *Page) { p.Loader = `x = "</SCRIPT>"` },
		Error:  "bundle: inline script loader contains </script, which would end the element early",
	}, {
		Name:   "StyleEnd",
		Change: func(p *Page) { p.Style = `a{}</style><script>` },
		Error:  "bundle: style sheet contains </style, which would end the element early",
	}, {
		Name:   "RemoteURLInBody",
		Change: func(p *Page) { p.Body = `<div><img src="https://cdn.invalid/x.png"></div>` },
		Error:  `bundle: page references a remote resource near "</script>\n</head>\n<body>\n<div><img src=\"https://cdn.invalid/x.png\"></div>\n<template data"`,
	}, {
		Name:   "ProtocolRelativeURL",
		Change: func(p *Page) { p.Body = `<div><a href="//cdn.invalid/x">x</a></div>` },
		Error:  `bundle: page references a remote resource near "lang');</script>\n</head>\n<body>\n<div><a href=\"//cdn.invalid/x\">x</a></div>\n<template dat"`,
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			p := samplePage()
			tt.Change(&p)
			_, err := Bundle(static.Template, p)
			if err == nil {
				t.Fatal("Bundle accepted the page")
			}
			if err.Error() != tt.Error {
				t.Errorf("error = %q, want %q", err, tt.Error)
			}
		})
	}
}

func TestStripLineComments(t *testing.T) {
	in := "a();\n  // note https://x.invalid\nb(); // kept: code before it\n"
	want := "a();\nb(); // kept: code before it\n"
	if got := stripLineComments(in); got != want {
		t.Errorf("stripLineComments = %q, want %q", got, want)
	}
}

// The head script and the program read the stored language under one key.
func TestLangKeyAgrees(t *testing.T) {
	assert.Contains(t, static.LangScript, `"`+browser.LangKey+`"`, "static/lang.js reads another key than browser.LangKey")
}
