package pack_test

import (
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// BenchmarkBuild times each spreadsheet of the pack on the full sample,
// as the browser builds it: findings and actions already derived by the
// view. The target is 300 ms per file in the browser; natively a few
// milliseconds. Sub-benchmarks are named by kind ID.
func BenchmarkBuild(b *testing.B) {
	in := fullInput(b)
	in.Findings = assessment.Findings(in.A)
	in.Actions = assessment.Actions(in.A)
	for _, id := range xlsxKinds {
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				f, err := pack.Build(id, in)
				if err != nil {
					b.Fatal(err)
				}
				size = len(f.Data)
			}
			b.ReportMetric(float64(size), "bytes/file")
		})
	}
}
