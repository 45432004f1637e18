package order

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

type pair struct {
	key, seq int
}

func TestStableMatchesSlices(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		in := make([]pair, n)
		for i := range in {
			in[i] = pair{key: r.IntN(max(n/3, 1)), seq: i}
		}
		want := slices.Clone(in)
		slices.SortStableFunc(want, func(a, b pair) int { return cmp.Compare(a.key, b.key) })
		got := slices.Clone(in)
		Stable(got, func(a, b pair) int { return cmp.Compare(a.key, b.key) })
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d: got %v, want %v", n, got, want)
		}
	}
}
