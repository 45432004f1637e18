// Package order sorts slices of any element type through one shared
// instantiation of the sort algorithm.
//
// slices.SortFunc and slices.SortStableFunc are compiled once per element
// shape, and every struct type is a shape of its own: in the WebAssembly
// build each sorted struct type cost 10 to 18 KB of code. Stable sorts a
// permutation of indexes instead, so the algorithm is compiled for []int
// only, and then moves the elements into place.
package order

import "slices"

// Stable sorts s in place by cmp, keeping the original order of elements
// that compare equal, exactly like slices.SortStableFunc.
func Stable[S ~[]E, E any](s S, cmp func(a, b E) int) {
	if len(s) < 2 {
		return
	}
	Permute(s, Indexes(len(s), func(i, j int) int { return cmp(s[i], s[j]) }))
}

// Indexes returns the indexes 0..n-1 sorted stably by cmp, which compares
// the elements at two indexes. It is not generic, so it is compiled once.
func Indexes(n int, cmp func(i, j int) int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, cmp)
	return idx
}

// Permute reorders s so that the element at position i is the one that
// was at position idx[i]. idx must be a permutation of the indexes of s;
// it is used up (overwritten) by the call.
func Permute[S ~[]E, E any](s S, idx []int) {
	// Follow each cycle of the permutation once, marking visited
	// positions with -1, so no second slice of elements is needed.
	for i := range s {
		if idx[i] < 0 {
			continue
		}
		first := s[i]
		j := i
		for {
			k := idx[j]
			idx[j] = -1
			if k == i {
				s[j] = first
				break
			}
			s[j] = s[k]
			j = k
		}
	}
}
