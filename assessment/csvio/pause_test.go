package csvio

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tinyMany is a file of n assessments holding only their meta rows.
func tinyMany(n int) string {
	rows := make([]string, 0, 2*n)
	for i := range n {
		id := fmt.Sprintf("t%05d", i)
		rows = append(rows, mkRow(id, "meta", "schema", "", "", "4"), mkRow(id, "meta", "name", "", "", "Tiny "+id))
	}
	return file(rows...)
}

// TestImportWithPause: the pause hook changes nothing in what Import
// returns; it is called as the reading goes (for a large file), with the
// steps done never above the estimate of all.
func TestImportWithPause(t *testing.T) {
	var full bytes.Buffer
	require.NoError(t, Export(&full, fullBackup(3)...))
	tests := []struct {
		name      string
		data      string
		minPauses int
	}{
		{"OneSmall", withMeta(), 0},
		{"ThreeFull", full.String(), 3},
		{"ManyTiny", tinyMany(2000), 2000},
		{"Broken", withMeta(mkRow("a1", "answer", "NOPE-01", "", "", "3")), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantReport, wantErr := ImportWithReport([]byte(tt.data))
			pauses, last := 0, 0
			got, report, err := ImportWith([]byte(tt.data), Options{Pause: func(done, total int) {
				pauses++
				assert.LessOrEqual(t, done, total, "steps done against all")
				assert.GreaterOrEqual(t, done, last, "steps done go back")
				last = done
			}})
			assert.Equal(t, want, got, "assessments")
			assert.Equal(t, wantReport, report, "report")
			if wantErr != nil {
				require.Error(t, err)
				assert.Equal(t, wantErr.Error(), err.Error())
			} else {
				require.NoError(t, err)
			}
			assert.GreaterOrEqual(t, pauses, tt.minPauses, "pauses")
		})
	}
}

// BenchmarkImportManyTiny reads 10,000 assessments of two rows each: the
// file that froze the page when each assessment's maps were sized for a
// full one.
func BenchmarkImportManyTiny(b *testing.B) {
	data := []byte(tinyMany(10_000))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Import(data); err != nil {
			b.Fatal(err)
		}
	}
}
