package app

import "testing"

func TestWorthCollecting(t *testing.T) {
	tests := []struct {
		name              string
		heapAlloc, nextGC uint64
		want              bool
	}{
		{"just collected", 8 << 20, 16 << 20, false},
		{"below a quarter of the headroom", 9 << 20, 16 << 20, false},
		{"a quarter of the headroom", 10 << 20, 16 << 20, true},
		{"nearly due", 15 << 20, 16 << 20, true},
		{"no target", 1 << 20, 0, false},
	}
	for _, tt := range tests {
		if got := worthCollecting(tt.heapAlloc, tt.nextGC); got != tt.want {
			t.Errorf("%s: worthCollecting(%d, %d) = %v, want %v", tt.name, tt.heapAlloc, tt.nextGC, got, tt.want)
		}
	}
}
