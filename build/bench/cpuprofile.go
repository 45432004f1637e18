package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// cpuProfile samples the page's JavaScript and wasm while run runs and
// writes the functions with the most self time to dir/name.txt, and the
// whole profile to dir/name.cpuprofile (DevTools' Performance panel opens
// it, with the call tree and the time each function takes in all). Profiled
// figures are slower than plain ones (the sampler interrupts the page every
// 100 µs): the file says where the time goes, the table says how much.
// Build the page with `go run ./build -names` to see Go function names.
func cpuProfile(ctx context.Context, dir, name string, run func() error) error {
	if err := chromedp.Run(ctx, profiler.Enable(), profiler.SetSamplingInterval(100), profiler.Start()); err != nil {
		return fmt.Errorf("start the profiler: %w", err)
	}
	if err := run(); err != nil {
		return err
	}
	var p *profiler.Profile
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(c context.Context) error {
		var err error
		p, err = profiler.Stop().Do(c)
		return err
	}))
	if err != nil {
		return fmt.Errorf("stop the profiler: %w", err)
	}
	base := filepath.Join(dir, profileName(name))
	raw, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode the profile: %w", err)
	}
	if err := os.WriteFile(base+".cpuprofile", raw, 0o644); err != nil {
		return err
	}
	return os.WriteFile(base+".txt", []byte(selfTimes(p, 60)), 0o644)
}

// selfTimes lists the top functions of p by self time, in milliseconds.
func selfTimes(p *profiler.Profile, top int) string {
	byID := make(map[int64]*profiler.ProfileNode, len(p.Nodes))
	for _, n := range p.Nodes {
		byID[n.ID] = n
	}
	self := map[string]float64{}
	total := 0.0
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		ms := float64(p.TimeDeltas[i]) / 1000
		name := "?"
		if n := byID[id]; n != nil {
			name = n.CallFrame.FunctionName
		}
		self[name] += ms
		total += ms
	}
	names := make([]string, 0, len(self))
	for n := range self {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return self[names[i]] > self[names[j]] })
	var b strings.Builder
	fmt.Fprintf(&b, "%9.1f ms sampled\n", total)
	for i, n := range names {
		if i == top {
			break
		}
		fmt.Fprintf(&b, "%9.1f  %5.1f%%  %s\n", self[n], 100*self[n]/total, n)
	}
	return b.String()
}

// profileName turns an interaction's name into a file name.
func profileName(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.ToLower(name))
}
