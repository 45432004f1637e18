package main

import (
	"math"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestRatioInterval(t *testing.T) {
	tests := []struct {
		name   string
		xs, ys []float64
		lo, hi float64 // expected bounds; NaN for none
	}{
		{
			name: "constant ratio",
			xs:   []float64{200, 220, 240, 260, 280},
			ys:   []float64{100, 110, 120, 130, 140},
			lo:   2, hi: 2,
		},
		{
			name: "no runs",
			lo:   math.NaN(), hi: math.NaN(),
		},
		{
			name: "one run",
			xs:   []float64{130}, ys: []float64{100},
			lo: 1.3, hi: 1.3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := ratioInterval(tt.xs, tt.ys)
			if !same(lo, tt.lo) || !same(hi, tt.hi) {
				t.Errorf("ratioInterval = (%v, %v), want (%v, %v)", lo, hi, tt.lo, tt.hi)
			}
		})
	}
}

// TestRatioIntervalSpreads checks that noisy runs give an interval that
// contains the ratio of the medians, is not empty, and narrows as the runs
// agree more.
func TestRatioIntervalSpreads(t *testing.T) {
	xs := []float64{210, 250, 230, 190, 270, 240, 220, 260, 200, 235, 245, 215, 255, 225, 205}
	ys := []float64{160, 180, 150, 170, 175, 165, 155, 185, 168, 172, 158, 162, 178, 152, 182}
	lo, hi := ratioInterval(xs, ys)
	r := median(xs) / median(ys)
	if !(lo < r && r < hi) {
		t.Fatalf("interval (%.3f, %.3f) does not contain the ratio %.3f", lo, hi, r)
	}
	// The same runs with half the spread around the same medians.
	var xn, yn []float64
	for i := range xs {
		xn = append(xn, median(xs)+(xs[i]-median(xs))/2)
		yn = append(yn, median(ys)+(ys[i]-median(ys))/2)
	}
	nlo, nhi := ratioInterval(xn, yn)
	if nhi-nlo >= hi-lo {
		t.Errorf("halving the spread did not narrow the interval: (%.3f, %.3f) against (%.3f, %.3f)", nlo, nhi, lo, hi)
	}
	if again, _ := ratioInterval(xs, ys); again != lo {
		t.Errorf("the interval is not reproducible: %v then %v", lo, again)
	}
}

func same(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) < 1e-9
}

func TestFormat(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{3532970, "bytes", "3532970"},
		{12.345, "ms", "12.3 ms"},
		{26.5, "MiB", "26.5 MiB"},
		{26078, "UTF-16 chars", "26078 UTF-16 chars"},
		{191, "count", "191 count"},
		{1.5, "count", "1.50 count"},
	}
	for _, tt := range tests {
		if got := format(tt.v, tt.unit); got != tt.want {
			t.Errorf("format(%v, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

// TestPageFirstTouch checks that the machine's page-fault figure is
// measured (on Linux) and plausible: more than nothing, less than a
// millisecond per page.
func TestPageFirstTouch(t *testing.T) {
	d := pageFirstTouch()
	if runtime.GOOS != "linux" {
		assert.Zero(t, d)
		return
	}
	assert.Greater(t, d, time.Duration(0))
	assert.Less(t, d, time.Millisecond)
}
