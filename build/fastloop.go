package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// goAppStart is the line of go-app's RunWhenOnBrowser that starts its event
// loop. Its argument is the frame rate, and with it the delay between an
// input event and the re-render it causes: the loop waits one whole frame
// (8.3 ms at 120) after the first dispatch of a burst before it touches the
// DOM, time in which the browser could have painted already. go-app has no
// option for it, so the build compiles against a copy of go-app v10.1.11
// that differs in this one line: the frame then follows the event by about
// 1 ms, and the events of one burst are still rendered together.
const (
	goAppModule   = "github.com/maxence-charriere/go-app/v10"
	goAppStart    = "engine.Start(120)"
	goAppFastLoop = "engine.Start(1000)"
)

// fastLoopModule copies go-app (as go.mod pins it) into dir with
// goAppFastLoop, and writes dir/go.mod: the project's go.mod with a replace
// directive to that copy, for go build -modfile. (An -overlay may not
// replace files in the module cache.) dir is stable, so the build cache
// keeps the compiled copy between builds.
func fastLoopModule(dir string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", goAppModule).Output()
	if err != nil {
		return "", fmt.Errorf("find go-app: %w", err)
	}
	src := strings.TrimSpace(string(out))
	dir, err = filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	copyDir := filepath.Join(dir, "go-app")
	if err := os.RemoveAll(copyDir); err != nil {
		return "", fmt.Errorf("clear go-app copy: %w", err)
	}
	// The module's packages, go.mod and go.sum; not its docs.
	if err := os.CopyFS(filepath.Join(copyDir, "pkg"), os.DirFS(filepath.Join(src, "pkg"))); err != nil {
		return "", fmt.Errorf("copy go-app: %w", err)
	}
	for _, name := range []string{"go.mod", "go.sum", "LICENSE", filepath.Join("pkg", "app", "app.go")} {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return "", fmt.Errorf("copy go-app: %w", err)
		}
		if name == filepath.Join("pkg", "app", "app.go") {
			if b, err = patchFrameRate(name, b); err != nil {
				return "", err
			}
		}
		dst := filepath.Join(copyDir, name)
		// Files copied from the module cache are read-only.
		if err := os.Remove(dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("copy go-app: %w", err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return "", fmt.Errorf("copy go-app: %w", err)
		}
	}
	gomodPath, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("find go.mod: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomodPath)))
	goMod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", fmt.Errorf("read go.mod: %w", err)
	}
	goSum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return "", fmt.Errorf("read go.sum: %w", err)
	}
	goMod = fmt.Appendf(goMod, "\nreplace %s => %s\n", goAppModule, copyDir)
	modfile := filepath.Join(dir, "go.mod")
	if err := os.WriteFile(modfile, goMod, 0o644); err != nil {
		return "", fmt.Errorf("write go.mod: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), goSum, 0o644); err != nil {
		return "", fmt.Errorf("write go.sum: %w", err)
	}
	return modfile, nil
}

// patchFrameRate returns go-app's file name, read as b, with goAppFastLoop.
// It fails when the file no longer has exactly one goAppStart, so that a
// go-app upgrade is noticed rather than silently slower.
func patchFrameRate(name string, b []byte) ([]byte, error) {
	if n := strings.Count(string(b), goAppStart); n != 1 {
		return nil, fmt.Errorf("patch go-app frame rate: %s has %d copies of %q, want 1 (was go-app upgraded?)", name, n, goAppStart)
	}
	return []byte(strings.Replace(string(b), goAppStart, goAppFastLoop, 1)), nil
}
