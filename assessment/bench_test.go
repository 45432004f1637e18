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
	m := Sample(1, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)).Matrix
	b.ReportAllocs()
	for b.Loop() {
		_ = CheckMatrix(m)
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
