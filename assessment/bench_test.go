package assessment

import (
	"testing"
	"time"
)

// The engine runs on every change in the browser, where wasm is several
// times slower than these native figures: make bench reports them.

func BenchmarkScore(b *testing.B) {
	a := Sample(1, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	b.ReportAllocs()
	for b.Loop() {
		if !Score(a).HasScore {
			b.Fatal("sample has no score")
		}
	}
}

func BenchmarkFindings(b *testing.B) {
	a := Sample(1, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	b.ReportAllocs()
	for b.Loop() {
		_ = Findings(a)
	}
}

func BenchmarkActions(b *testing.B) {
	a := Sample(1, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	b.ReportAllocs()
	for b.Loop() {
		_ = Actions(a)
	}
}

func BenchmarkCheckMatrix(b *testing.B) {
	a := Sample(0, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)) // GMP and safety-critical: every rule runs
	b.ReportAllocs()
	for b.Loop() {
		_ = CheckMatrix(a)
	}
}

// BenchmarkCheckRow is one edit in the matrix view: the row of a
// plant-floor control every rule looks at, on a GMP, safety-critical site.
func BenchmarkCheckRow(b *testing.B) {
	a := Sample(0, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	c, _ := ControlByID("8.32")
	k := CellKey{Control: c.ID, Domain: DomainOT}
	ch := NewChecker(a)
	b.ReportAllocs()
	for b.Loop() {
		_ = ch.Row(k, a.Matrix[k], c)
	}
}

func BenchmarkValidate(b *testing.B) {
	a := Sample(1, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	b.ReportAllocs()
	for b.Loop() {
		if err := Validate(a); err != nil {
			b.Fatal(err)
		}
	}
}
