package app

import (
	"runtime"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Idle-time garbage collection. In wasm, Go's collector shares the page's
// only thread, so a collection that starts inside an interaction delays it
// by 10–25 ms. idleGC collects once the user has paused for idleGCQuiet,
// if a good part of the heap's headroom has been used since the last
// collection, so that the next one is less likely to fall inside an
// interaction. Nothing runs while the page sits idle: each action only
// re-arms one timer.
const idleGCQuiet = 60 * time.Millisecond

type idleGC struct {
	mu    sync.Mutex
	timer *time.Timer
	off   bool
}

// touch records a user action.
func (g *idleGC) touch() {
	if !app.IsClient {
		return // native tests: no page to keep smooth
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.off {
		return
	}
	if g.timer == nil {
		g.timer = time.AfterFunc(idleGCQuiet, collectIfWorthIt)
		return
	}
	g.timer.Reset(idleGCQuiet)
}

// stop ends idle collection.
func (g *idleGC) stop() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.off = true
	if g.timer != nil {
		g.timer.Stop()
	}
}

func collectIfWorthIt() {
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	if worthCollecting(st.HeapAlloc, st.NextGC) {
		runtime.GC()
	}
}

// worthCollecting reports whether a heap of heapAlloc bytes, with the next
// collection due at nextGC, has used a quarter of its headroom: at the
// default GOGC the live heap is about half of nextGC.
func worthCollecting(heapAlloc, nextGC uint64) bool {
	return nextGC > 0 && heapAlloc >= nextGC/2+nextGC/8
}
