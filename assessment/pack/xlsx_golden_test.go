package pack_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The -update flag rewrites the golden files instead of comparing:
//
//	go test ./assessment/pack/ -run Golden -update
//
// Another test file of the package may define the same flag; the first
// to register it wins and both read it through flag.Lookup. Package-level
// variables are initialised before any init function, so registering here
// in init never clashes with a `var update = flag.Bool("update", ...)`.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updatingGoldens() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestXLSXGolden keeps the text of every sheet of the four spreadsheets,
// as excelize reads it, in ../../testdata/pack/<kind>.golden, one row a
// line and cells separated by " | ", so that a change to what a document
// says shows in review.
func TestXLSXGolden(t *testing.T) {
	in := xlsxFullInput(t)
	for _, id := range xlsxKinds {
		t.Run(id, func(t *testing.T) {
			_, x := buildXLSX(t, id, in)
			var b strings.Builder
			for _, s := range x.GetSheetList() {
				b.WriteString("== " + s + "\n")
				for _, row := range sheetRows(t, x, s) {
					b.WriteString(strings.ReplaceAll(strings.Join(row, " | "), "\n", "⏎") + "\n")
				}
			}
			path := filepath.Join("..", "..", "testdata", "pack", id+".golden")
			if updatingGoldens() {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "create it with: go test ./assessment/pack/ -run Golden -update")
			assert.Equal(t, string(want), b.String(), "rerun with -update if the change is intended")
		})
	}
}
