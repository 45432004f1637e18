package assessment

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files instead of comparing with them:
//
//	go test ./assessment/ -run Golden -update
var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the golden file ../testdata/<name> (the repository's
// top-level testdata directory). With -update it rewrites the file instead.
// A difference fails the test with a line diff.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", filepath.FromSlash(name))
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("creating golden directory: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("writing golden file %s: %v", path, err)
		}
		t.Logf("rewrote golden file %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file %s: %v\n(create it with: go test ./assessment/ -run '%s' -update)", path, err, t.Name())
	}
	// Tolerate a checkout that converted line endings.
	want = bytes.ReplaceAll(want, []byte("\r\n"), []byte("\n"))
	if bytes.Equal(got, want) {
		return
	}
	t.Errorf("output differs from golden file %s (- golden, + got); if the change is intended, rerun with -update:\n%s",
		path, goldenLineDiff(string(want), string(got)))
}

// goldenLineDiff returns a minimal line diff of want and got, showing only
// changed lines with their line numbers, capped to keep failures readable.
func goldenLineDiff(want, got string) string {
	a := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	b := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	// Longest common subsequence table, lcs[i][j] for a[i:], b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	const maxLines = 60
	var out strings.Builder
	n := 0
	emit := func(format string, args ...any) {
		if n < maxLines {
			fmt.Fprintf(&out, format, args...)
		}
		n++
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			i++
			j++
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			emit("-%4d %s\n", i+1, a[i])
			i++
		default:
			emit("+%4d %s\n", j+1, b[j])
			j++
		}
	}
	if n > maxLines {
		fmt.Fprintf(&out, "... and %d more changed lines\n", n-maxLines)
	}
	if n == 0 {
		// Only a trailing newline differs.
		out.WriteString("(difference in trailing newline only)\n")
	}
	return out.String()
}
