package storage

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

// Memory is an in-memory Backend. Tests use it to exercise Store without a
// browser; the app may also fall back to it when localStorage is unavailable
// (answers then last only as long as the page, which the UI must say).
//
// It has no build tag on purpose: the fallback is needed in the js build too.
type Memory struct {
	mu    sync.Mutex
	data  map[string]string
	quota int // in UTF-16 code units over keys and values; 0 means unlimited

	// Fail, when set, is called before every operation with the operation
	// name ("get", "head", "set", "remove", "keys") and the key ("" for keys). A
	// non-nil result is returned instead of performing the operation, to
	// inject failures in tests.
	Fail func(op, key string) error
}

// NewMemory returns an empty, unlimited in-memory backend.
func NewMemory() *Memory { return &Memory{data: map[string]string{}} }

// NewMemoryQuota returns an empty in-memory backend that refuses, like a
// full localStorage, any Set that would bring the total size of keys and
// values above n UTF-16 code units. The refused Set leaves the previous value
// in place, as the browser does.
func NewMemoryQuota(n int) *Memory {
	m := NewMemory()
	m.quota = n
	return m
}

func (m *Memory) fail(op, key string) error {
	if m.Fail == nil {
		return nil
	}
	return m.Fail(op, key)
}

// Get implements Backend.
func (m *Memory) Get(key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fail("get", key); err != nil {
		return "", false, err
	}
	v, ok := m.data[key]
	return v, ok, nil
}

// Head implements Backend.
func (m *Memory) Head(key string, n int) (string, int, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fail("head", key); err != nil {
		return "", 0, false, err
	}
	v, ok := m.data[key]
	if !ok {
		return "", 0, false, nil
	}
	units := 0
	for i, r := range v {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n {
			return v[:i], UTF16Len(v), true, nil
		}
		units += w
	}
	return v, UTF16Len(v), true, nil
}

// Set implements Backend.
func (m *Memory) Set(key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fail("set", key); err != nil {
		return err
	}
	if m.quota > 0 {
		total := m.usedLocked()
		if old, ok := m.data[key]; ok {
			total -= UTF16Len(key) + UTF16Len(old)
		}
		total += UTF16Len(key) + UTF16Len(value)
		if total > m.quota {
			return fmt.Errorf("save %q: %w", key, ErrQuota)
		}
	}
	m.data[key] = value
	return nil
}

// Remove implements Backend.
func (m *Memory) Remove(key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fail("remove", key); err != nil {
		return err
	}
	delete(m.data, key)
	return nil
}

// Keys implements Backend. The keys are sorted so tests are deterministic.
func (m *Memory) Keys() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.fail("keys", ""); err != nil {
		return nil, err
	}
	return slices.Sorted(maps.Keys(m.data)), nil
}

// Used returns the total size of all keys and values, in UTF-16 code units,
// the unit browsers count their quota in.
func (m *Memory) Used() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.usedLocked()
}

func (m *Memory) usedLocked() int {
	n := 0
	for k, v := range m.data {
		n += UTF16Len(k) + UTF16Len(v)
	}
	return n
}

// Quota returns the quota given to NewMemoryQuota, 0 for none: the size
// the import's fit check measures against (see Store.Free).
func (m *Memory) Quota() int { return m.quota }
