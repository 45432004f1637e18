package storage

import (
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// benchStore holds n full assessments.
func benchStore(b *testing.B, n int) *Store {
	b.Helper()
	s := New(NewMemory(), time.Now)
	for i := 0; i < n; i++ {
		if _, err := s.Save(assessment.Sample(i, time.Now()), Summary{}, 0); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkList is the home view's read of 20 stored assessments.
func BenchmarkList(b *testing.B) {
	s := benchStore(b, 20)
	b.ReportAllocs()
	for b.Loop() {
		if sums, _, err := s.List(); err != nil || len(sums) != 20 {
			b.Fatalf("List: %d summaries, %v", len(sums), err)
		}
	}
}

// BenchmarkLoad opens one full assessment.
func BenchmarkLoad(b *testing.B) {
	s := benchStore(b, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := s.Load("sample-0000"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSave is one autosave of a full assessment.
func BenchmarkSave(b *testing.B) {
	s := benchStore(b, 1)
	a, rev, err := s.Load("sample-0000")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Updated = time.Date(2026, 1, 1, 0, 0, i%60, 0, time.UTC).Format(time.RFC3339)
		if rev, err = s.Save(a, Summary{}, rev); err != nil {
			b.Fatal(err)
		}
	}
}
