// Command build compiles the wasm program and bundles it, with Go's
// wasm_exec.js, our loader, the style sheet and a pre-rendered first screen,
// into one self-contained HTML file that runs from a file:// URL.
//
// Usage:
//
//	go run ./build [-pkg ./wasm] [-out dist/ownership-assessment.html] [-prerender=shell|none]
//	go run ./build -patch-only
//
// The wasm is compiled against a copy of go-app patched with
// build/goapp.patch (see patchedGoApp). -patch-only prepares that copy and
// its modfile, dist/go-app-patched/go.mod, and stops: make passes the
// modfile to go test and go vet, so that they check the go-app the product
// runs on.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "github.com/isms-tools/ownership-assessment/app"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/static"
)

func main() {
	pkg := flag.String("pkg", "./wasm", "the js/wasm main package to bundle")
	out := flag.String("out", "dist/ownership-assessment.html", "the HTML file to write")
	prerender := flag.String("prerender", "shell", "first screen to pre-render: shell (the product) or none")
	title := flag.String("title", ui.Title, "page title")
	names := flag.Bool("names", false, "keep function names in the wasm (for profiling; a larger file)")
	patchOnly := flag.Bool("patch-only", false, "only prepare "+patchedDir+" (go-app patched, and go.mod for -modfile)")
	flag.Parse()
	if *patchOnly {
		modfile, err := patchedGoApp(patchedDir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "build:", err)
			os.Exit(1)
		}
		fmt.Println("wrote", modfile)
		return
	}
	if err := run(*pkg, *out, *prerender, *title, *names); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(pkg, out, prerender, title string, names bool) error {
	wasm, err := compileWasm(pkg, names)
	if err != nil {
		return err
	}
	wasmExec, err := readWasmExec()
	if err != nil {
		return err
	}
	body, err := firstScreen(prerender, l10n.EN)
	if err != nil {
		return err
	}
	var others []Screen
	if prerender != "none" {
		for _, l := range l10n.Langs()[1:] {
			other, err := firstScreen(prerender, l)
			if err != nil {
				return err
			}
			others = append(others, Screen{Lang: string(l), Title: l10n.In(l, title), Body: other})
		}
		// Marked so that the style sheet keeps it from painting on a
		// page of another language before FirstScript replaces it.
		body = strings.Replace(body, "<div", `<div data-first-screen="en"`, 1)
	}
	page, err := Bundle(static.Template, Page{
		Title:       title,
		Style:       static.Style,
		Body:        body,
		Others:      others,
		LangScript:  static.LangScript,
		FirstScript: static.FirstScript,
		WasmExec:    wasmExec,
		Loader:      static.Loader,
		Wasm:        wasm,
	})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	if err := os.WriteFile(out, page, 0o644); err != nil {
		return fmt.Errorf("write page: %w", err)
	}
	fmt.Printf("wrote %s: %d bytes (wasm %d bytes)\n", out, len(page), len(wasm))
	return nil
}

// compileWasm builds pkg for js/wasm with the toolchain on PATH, the same one
// whose wasm_exec.js readWasmExec returns. Without names, symbols and debug
// data are stripped; with them, browser profiles show Go function names.
func compileWasm(pkg string, names bool) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "isms-build-")
	if err != nil {
		return nil, fmt.Errorf("compile wasm: %w", err)
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "app.wasm")
	ldflags := "-ldflags=-s -w"
	if names {
		ldflags = "-ldflags=-w"
	}
	modfile, err := patchedGoApp(patchedDir)
	if err != nil {
		return nil, fmt.Errorf("compile wasm: %w", err)
	}
	cmd := exec.Command("go", "build", "-trimpath", ldflags, "-modfile", modfile, "-o", bin, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compile wasm %s: %w", pkg, err)
	}
	return os.ReadFile(bin)
}

func readWasmExec() (string, error) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("find GOROOT: %w", err)
	}
	b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return "", fmt.Errorf("read wasm_exec.js: %w", err)
	}
	return string(b), nil
}

// firstScreen renders the component the page shows before the wasm starts,
// in lang.
// go-app mounts onto the body's first element child, so it must be one div.
func firstScreen(kind string, lang l10n.Lang) (string, error) {
	switch kind {
	case "none":
		return `<div id="app"></div>`, nil
	case "shell":
		restore := l10n.Set(lang)
		defer restore()
		shell := &ui.Shell{}
		e := app.NewTestEngine()
		if err := e.Load(shell); err != nil {
			return "", fmt.Errorf("pre-render first screen: %w", err)
		}
		e.ConsumeAll()
		html := strings.TrimSpace(app.HTMLString(shell))
		if !strings.HasPrefix(html, "<div") {
			return "", fmt.Errorf("pre-render first screen: root element is not a div: %.40q", html)
		}
		return html, nil
	}
	return "", fmt.Errorf("pre-render: unknown kind %q (want shell or none)", kind)
}
