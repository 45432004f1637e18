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

const goAppModule = "github.com/maxence-charriere/go-app/v10"

// goAppPatch is one change to go-app's source that the build makes because
// go-app has no option for it. Each must match exactly once, so that a
// go-app upgrade that moves the code is noticed rather than silently
// slower.
type goAppPatch struct {
	file     string // slash-separated, under the module root
	old, new string
	why      string
}

// goAppPatches are applied to a copy of go-app v10.1.11 that the wasm is
// compiled against (the floor page too, so that comparisons stay fair).
var goAppPatches = []goAppPatch{{
	file: "pkg/app/engine.go",
	old: `	for {
		select {
		case dispatch := <-e.dispatches:
			if currentFrameDuration != activeFrameDuration {
				frames.Reset(activeFrameDuration)
				currentFrameDuration = activeFrameDuration
			}
			dispatch()

		case <-frames.C:
			e.processFrame()
			frames.Reset(iddleFrameDuration)
			currentFrameDuration = iddleFrameDuration
`,
	new: `	framePending := false
	for {
		select {
		case dispatch := <-e.dispatches:
			dispatch()
			for len(e.dispatches) > 0 {
				(<-e.dispatches)()
			}
			if !framePending {
				e.processFrame()
				if len(e.dispatches) > 0 {
					framePending = true
					frames.Reset(activeFrameDuration)
				}
			}

		case <-frames.C:
			e.processFrame()
			if len(e.dispatches) > 0 {
				frames.Reset(activeFrameDuration)
			} else {
				framePending = false
				frames.Reset(iddleFrameDuration)
			}
`,
	// go-app renders on a timer after an input event's dispatches.
	// Chromium often ran its whole frame of the old state (style, layout
	// and paint, about 8 ms with the full matrix) before that timer, so a
	// change showed a frame late. Now the frame is rendered as soon as the
	// event's dispatches are handled, in the event's own task, and the
	// browser paints the new state next. What a frame queues itself (a
	// view appended in steps) is still handled at once, as every dispatch
	// is (an event handler must run while its event can be cancelled), but
	// rendered on the timer, so the browser can paint between the steps.
	why: "render in the input event's task, before the next frame",
}, {
	file: "pkg/app/app.go",
	old:  "engine.Start(120)",
	new:  "engine.Start(1000)",
	// The frame rate is now only the delay before the work a frame queued
	// for the next one is rendered (see above): 8.3 ms at 120, about 1 ms
	// at 1000.
	why: "render a view's next step 1 ms after a frame, not 8.3 ms",
}, {
	file: "pkg/app/engine.go",
	old:  "\te.states.CleanupExpiredPersistedStates(e.baseContext())\n",
	new:  "",
	// At start-up go-app reads and JSON-decodes every localStorage value,
	// looking for expired go-app states. The tool stores none, but
	// Chromium gives all local files one localStorage, where our saved
	// assessments take up to 5 M characters: decoding them all delayed
	// every start.
	why: "do not decode all of localStorage at start-up",
}, {
	file: "pkg/app/action.go",
	old:  "import (\n\t\"fmt\"\n\t\"sync\"\n)",
	new:  "import (\n\t\"reflect\"\n\t\"strconv\"\n\t\"sync\"\n)",
	why:  "key action handlers without fmt (imports)",
}, {
	file: "pkg/app/action.go",
	old:  "\treturn fmt.Sprintf(\"/%T/%p/%p\", source, source, handler)\n",
	new: "\tsrc, typ, addr := reflect.ValueOf(source), \"<nil>\", uint64(0)\n" +
		"\tif src.IsValid() {\n" +
		"\t\ttyp = src.Type().String()\n" +
		"\t\tif src.Kind() == reflect.Pointer {\n" +
		"\t\t\taddr = uint64(src.Pointer())\n" +
		"\t\t}\n" +
		"\t}\n" +
		"\treturn \"/\" + typ + \"/\" + strconv.FormatUint(addr, 16) + \"/\" + strconv.FormatUint(uint64(reflect.ValueOf(handler).Pointer()), 16)\n",
	// Every ctx.Handle formatted its key with fmt.Sprintf("%T %p %p"),
	// the only use of fmt's reflection-based printing at start-up: V8
	// compiled it and Root ran it 40 times (once per action it handles)
	// before the first view showed, about 1 ms of the start. The key
	// keeps what it identified: the source's type and address and the
	// handler's code.
	why: "key action handlers without fmt",
}}

// patchedGoApp copies go-app (as go.mod pins it) into dir with
// goAppPatches applied, and writes dir/go.mod: the project's go.mod with a
// replace directive to that copy, for go build -modfile. (An -overlay may
// not replace files in the module cache.) dir is stable, so the build cache
// keeps the compiled copy between builds.
func patchedGoApp(dir string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", goAppModule).Output()
	if err != nil {
		return "", fmt.Errorf("find go-app: %w", err)
	}
	src := strings.TrimSpace(string(out))
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("find go.mod: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	if dir, err = filepath.Abs(dir); err != nil {
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
	changed := map[string]bool{"go.mod": true, "go.sum": true, "LICENSE": true}
	for _, p := range goAppPatches {
		changed[p.file] = true
	}
	for name := range changed {
		b, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(name)))
		if err != nil {
			return "", fmt.Errorf("copy go-app: %w", err)
		}
		if b, err = applyPatches(name, b, goAppPatches); err != nil {
			return "", err
		}
		dst := filepath.Join(copyDir, filepath.FromSlash(name))
		// Files copied from the module cache are read-only.
		if err := os.Remove(dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("copy go-app: %w", err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return "", fmt.Errorf("copy go-app: %w", err)
		}
	}

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

// applyPatches returns go-app's file name, read as b, with the patches for
// that file applied.
func applyPatches(name string, b []byte, patches []goAppPatch) ([]byte, error) {
	s := string(b)
	for _, p := range patches {
		if p.file != name {
			continue
		}
		if n := strings.Count(s, p.old); n != 1 {
			return nil, fmt.Errorf("patch go-app to %s: %s has %d copies of %q, want 1 (was go-app upgraded?)", p.why, name, n, p.old)
		}
		s = strings.Replace(s, p.old, p.new, 1)
	}
	return []byte(s), nil
}
