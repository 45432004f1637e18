package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPatchFrameRate(t *testing.T) {
	tests := []struct {
		name, in, out, err string
	}{
		{name: "once", in: "a\n\tengine.Start(120)\n}", out: "a\n\tengine.Start(1000)\n}"},
		{name: "missing", in: "a\n\tengine.Start(60)\n}", err: `patch go-app frame rate: app.go has 0 copies of "engine.Start(120)", want 1 (was go-app upgraded?)`},
		{name: "twice", in: "engine.Start(120)\nengine.Start(120)", err: `patch go-app frame rate: app.go has 2 copies of "engine.Start(120)", want 1 (was go-app upgraded?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := patchFrameRate("app.go", []byte(tt.in))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tt.out {
				t.Fatalf("got %q, want %q", out, tt.out)
			}
		})
	}
}

// TestFastLoopModule patches the go-app that go.mod pins: it fails when an
// upgrade moves the line, and checks that the copy is what the build uses.
func TestFastLoopModule(t *testing.T) {
	dir := t.TempDir()
	modfile, err := fastLoopModule(dir)
	if err != nil {
		t.Fatal(err)
	}
	appGo, err := os.ReadFile(filepath.Join(dir, "go-app", "pkg", "app", "app.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(appGo), goAppFastLoop) || strings.Contains(string(appGo), goAppStart) {
		t.Fatalf("app.go copy is not patched")
	}
	mod, err := os.ReadFile(modfile)
	if err != nil {
		t.Fatal(err)
	}
	want := "replace " + goAppModule + " => " + filepath.Join(dir, "go-app")
	if !strings.Contains(string(mod), want) {
		t.Fatalf("go.mod copy lacks %q:\n%s", want, mod)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err != nil {
		t.Fatalf("go.sum copy: %v", err)
	}
}
