package csvio

import (
	"io"
	"testing"
)

func BenchmarkExport(b *testing.B) {
	a := sample()
	b.SetBytes(int64(len(export(b, a))))
	b.ReportAllocs()
	for b.Loop() {
		if err := Export(io.Discard, a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImport(b *testing.B) {
	data := export(b, sample())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompare(b *testing.B) {
	old := sample()
	imported := clone(old)
	b.ReportAllocs()
	for b.Loop() {
		if c := Compare(&old, imported); c.MatrixRowsChanged != 0 {
			b.Fatalf("Compare = %+v, want no changes", c)
		}
	}
}
