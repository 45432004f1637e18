package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoAppPatchApplies applies build/goapp.patch to the go-app that go.mod
// pins: it fails when an upgrade moves the code, and checks that each kept
// patch is in the result.
func TestGoAppPatchApplies(t *testing.T) {
	src, err := goAppDir()
	require.NoError(t, err)
	out, err := applyPatch("build/goapp.patch", goAppPatch, os.DirFS(src))
	require.NoError(t, err)

	var names []string
	for name := range out {
		names = append(names, name)
	}
	sort.Strings(names)
	assert.Equal(t, []string{"pkg/app/app.go", "pkg/app/attribute.go", "pkg/app/engine.go", "pkg/app/html.go", "pkg/app/js_wasm.go", "pkg/app/node.go", "pkg/app/testing.go"}, names)

	engine := string(out["pkg/app/engine.go"])
	assert.NotContains(t, engine, "CleanupExpiredPersistedStates(e.baseContext())", "the start-up sweep of localStorage")
	assert.Contains(t, engine, "framePending", "rendering in the input event's task")
	assert.Contains(t, string(out["pkg/app/app.go"]), "engine.Start(1000)")
	node := string(out["pkg/app/node.go"])
	assert.Contains(t, node, "ctx.notifyComponentEvent = notifyComponentEvent", "a closure per node mounted or updated")
	assert.Contains(t, node, "field.Type() == compoType", "a heap copy per component field compared")
	assert.Contains(t, string(out["pkg/app/attribute.go"]), "type attributes []attribute", "a map per element")
	assert.Contains(t, string(out["pkg/app/attribute.go"]), "if v = toAttributeValue(value); old != \"\" {", "a string per element with a class")
	jsWasm := string(out["pkg/app/js_wasm.go"])
	assert.Contains(t, jsWasm, `v.jsValue.Call("setAttribute", jsString(k), jsString(val))`, "a JavaScript string and a finalizer per attribute set")
	assert.Contains(t, jsWasm, `jsDocument().Call("createTextNode", jsString(v))`, "the document looked up per node mounted")
}

// TestPatchedGoApp prepares the copy and the modfile the build and make
// test use, twice: the second time changes nothing, and a file go-app no
// longer has is removed.
func TestPatchedGoApp(t *testing.T) {
	dir := t.TempDir()
	modfile, err := patchedGoApp(dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "go.mod"), modfile)

	mod, err := os.ReadFile(modfile)
	require.NoError(t, err)
	assert.Contains(t, string(mod), "\nreplace "+goAppModule+" => "+filepath.Join(dir, "go-app")+"\n")
	projectMod, err := os.ReadFile("../go.mod")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(mod), string(projectMod)), "the modfile does not start with the project's go.mod:\n%s", mod)
	sum, err := os.ReadFile(filepath.Join(dir, "go.sum"))
	require.NoError(t, err)
	projectSum, err := os.ReadFile("../go.sum")
	require.NoError(t, err)
	assert.Equal(t, string(projectSum), string(sum))

	engine := filepath.Join(dir, "go-app", "pkg", "app", "engine.go")
	b, err := os.ReadFile(engine)
	require.NoError(t, err)
	assert.Contains(t, string(b), "framePending")
	for _, name := range []string{"go.mod", "go.sum", "LICENSE", "pkg/app/app.go"} {
		assert.FileExists(t, filepath.Join(dir, "go-app", filepath.FromSlash(name)))
	}

	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	require.NoError(t, os.Chtimes(engine, old, old))
	stale := filepath.Join(dir, "go-app", "pkg", "app", "stale.go")
	require.NoError(t, os.WriteFile(stale, []byte("package app\n"), 0o644))

	_, err = patchedGoApp(dir)
	require.NoError(t, err)
	st, err := os.Stat(engine)
	require.NoError(t, err)
	assert.True(t, st.ModTime().Equal(old), "engine.go was rewritten although it had not changed")
	assert.NoFileExists(t, stale)
}
