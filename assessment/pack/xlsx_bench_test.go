package pack_test

import (
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// BenchmarkBuild times each document of the pack on the full sample, as
// the browser builds it: findings and actions already derived by the
// view. Sub-benchmarks are named by kind ID; a kind that cannot be built
// yet is skipped. The target is 300 ms per file in the browser; natively
// a spreadsheet takes a few milliseconds.
func BenchmarkBuild(b *testing.B) {
	in := xlsxFullInput(b)
	in.Findings = assessment.Findings(in.A)
	in.Actions = assessment.Actions(in.A)
	for _, k := range pack.Kinds() {
		b.Run(k.ID, func(b *testing.B) {
			if _, err := pack.Build(k.ID, in); err != nil {
				b.Skip(err)
			}
			b.ReportAllocs()
			var size int
			for b.Loop() {
				f, err := pack.Build(k.ID, in)
				if err != nil {
					b.Fatal(err)
				}
				size = len(f.Data)
			}
			b.ReportMetric(float64(size), "bytes/file")
		})
	}
}
