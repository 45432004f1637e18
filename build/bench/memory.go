package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// storedSamples returns the localStorage keys and values of n full
// assessments, written by the same storage code the page uses.
func storedSamples(n int) (map[string]string, error) {
	mem := storage.NewMemory()
	s := storage.New(mem, time.Now)
	for i := 0; i < n; i++ {
		a := assessment.Sample(i, time.Now())
		if _, err := s.Save(a, session.Summarize(a), 0); err != nil {
			return nil, fmt.Errorf("store sample %d: %w", i, err)
		}
	}
	keys, err := mem.Keys()
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(keys))
	for _, k := range keys {
		v, _, err := mem.Get(k)
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}

// seed writes the key/values into the page's localStorage (shared by every
// tab of the benchmark's profile) after removing this tool's keys.
func seed(b *browser, page string, kv map[string]string) error {
	ctx, stop, err := b.tab(page, "")
	if err != nil {
		return err
	}
	defer stop()
	data, err := json.Marshal(kv)
	if err != nil {
		return err
	}
	var n int
	return eval(ctx, `(() => {
		for (const k of Object.keys(localStorage)) { if (k.startsWith("`+storage.Prefix+`")) localStorage.removeItem(k); }
		const kv = `+string(data)+`;
		for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, v);
		return Object.keys(kv).length;
	})()`, &n)
}

type memFigures struct {
	JSHeap, Wasm float64 // MiB
}

func readMemory(b *browser, page string) (memFigures, error) {
	ctx, stop, err := b.tab(page, "")
	if err != nil {
		return memFigures{}, err
	}
	defer stop()
	var m struct{ Heap, Wasm float64 }
	err = eval(ctx, `new Promise(r => setTimeout(() => r({Heap: performance.memory ? performance.memory.usedJSHeapSize : 0, Wasm: window.ismsWasmMemoryBytes || 0}), 300))`, &m)
	return memFigures{JSHeap: m.Heap / (1 << 20), Wasm: m.Wasm / (1 << 20)}, err
}

// memory reads the JS heap and the wasm linear memory after start, empty,
// and after start with 20 full assessments stored.
func memory(b *browser, rep *Report, product string) error {
	if err := seed(b, product, map[string]string{}); err != nil {
		return err
	}
	empty, err := readMemory(b, product)
	if err != nil {
		return err
	}
	samples, err := storedSamples(20)
	if err != nil {
		return err
	}
	size := 0
	for k, v := range samples {
		if _, ok := storage.IsAssessmentKey(k); ok {
			size = storage.UTF16Len(v)
			break
		}
	}
	if err := seed(b, product, samples); err != nil {
		return err
	}
	full, err := readMemory(b, product)
	if err != nil {
		return err
	}
	// Start-up with a full list: the stored assessments are listed from
	// the index, so this should stay near the empty start-up figure.
	ready, err := repeat(7, func() (float64, error) {
		ctx, stop, err := b.tab(product, "")
		if err != nil {
			return 0, err
		}
		defer stop()
		var ms float64
		err = eval(ctx, `performance.getEntriesByName("app-ready")[0].startTime`, &ms)
		return ms, err
	})
	if err != nil {
		return fmt.Errorf("start-up with 20 assessments: %w", err)
	}
	rep.add(single("JS heap after start, empty storage", "MiB", empty.JSHeap, "", nil))
	rep.add(single("wasm memory after start, empty storage", "MiB", empty.Wasm, "", nil))
	rep.add(single("JS heap after start, 20 full assessments", "MiB", full.JSHeap, "", nil))
	rep.add(single("wasm memory after start, 20 full assessments", "MiB", full.Wasm, "≤ 32 MiB", func(v float64) bool { return v <= 32 }))
	m := single("app-ready mark, 20 full assessments stored (median)", "ms", median(ready), "", nil)
	m.Runs = len(ready)
	rep.add(m)
	rep.add(single("one full assessment in localStorage", "UTF-16 chars", float64(size), "", nil))
	rep.add(single("full assessments that fit in 5 M chars", "count", float64(5_000_000/max(size, 1)), "", nil))
	return nil
}
