//go:build !js

package storage

import "sync"

// Local returns the browser's storage. Outside the browser it is a
// process-wide in-memory backend, so that code using storage compiles and
// runs natively.
func Local() Backend { return localMemory }

var localMemory = NewMemory()

var (
	watchMu  sync.Mutex
	watchers = map[int]func(string){}
	watchSeq int
)

// Watch registers fn to be told about storage changes made by other tabs.
// Outside the browser there are no other tabs; FireStorageEvent lets tests
// simulate one. The returned stop unregisters fn.
func Watch(fn func(key string)) (stop func()) {
	watchMu.Lock()
	defer watchMu.Unlock()
	watchSeq++
	id := watchSeq
	watchers[id] = fn
	var once sync.Once
	return func() {
		once.Do(func() {
			watchMu.Lock()
			defer watchMu.Unlock()
			delete(watchers, id)
		})
	}
}

// FireStorageEvent calls every registered Watch function with key, as the
// browser's storage event would (keys of other tools are filtered out the
// same way; "" stands for clear()). It exists for tests of the native build.
func FireStorageEvent(key string) {
	if key != "" && !IsOwnKey(key) {
		return
	}
	watchMu.Lock()
	fns := make([]func(string), 0, len(watchers))
	for _, fn := range watchers {
		fns = append(fns, fn)
	}
	watchMu.Unlock()
	for _, fn := range fns {
		fn(key)
	}
}
