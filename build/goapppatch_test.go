package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestApplyPatches(t *testing.T) {
	patches := []goAppPatch{
		{file: "a.go", old: "Start(120)", new: "Start(1000)", why: "go faster"},
		{file: "a.go", old: "\tcleanup()\n", new: "", why: "skip cleanup"},
		{file: "b.go", old: "x", new: "y", why: "other file"},
	}
	tests := []struct {
		name, file, in, out, err string
	}{
		{name: "both", file: "a.go", in: "{\n\tcleanup()\n\tStart(120)\n}", out: "{\n\tStart(1000)\n}"},
		{name: "untouched file", file: "c.go", in: "Start(120)", out: "Start(120)"},
		{name: "missing", file: "a.go", in: "{\n\tcleanup()\n\tStart(60)\n}",
			err: `patch go-app to go faster: a.go has 0 copies of "Start(120)", want 1 (was go-app upgraded?)`},
		{name: "twice", file: "a.go", in: "Start(120)\n\tcleanup()\nStart(120)",
			err: `patch go-app to go faster: a.go has 2 copies of "Start(120)", want 1 (was go-app upgraded?)`},
		{name: "second missing", file: "a.go", in: "Start(120)",
			err: `patch go-app to skip cleanup: a.go has 0 copies of "\tcleanup()\n", want 1 (was go-app upgraded?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := applyPatches(tt.file, []byte(tt.in), patches)
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

// TestPatchedGoApp patches the go-app that go.mod pins: it fails when an
// upgrade moves the code, and checks the copy and go.mod the build uses.
func TestPatchedGoApp(t *testing.T) {
	dir := t.TempDir()
	modfile, err := patchedGoApp(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range goAppPatches {
		b, err := os.ReadFile(filepath.Join(dir, "go-app", filepath.FromSlash(p.file)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), p.old) || (p.new != "" && !strings.Contains(string(b), p.new)) {
			t.Errorf("%s is not patched to %s", p.file, p.why)
		}
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
