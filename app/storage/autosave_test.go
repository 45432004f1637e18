package storage

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// fakeClock runs timers only when the test advances it.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*fakeTimer
}

type fakeTimer struct {
	c       *fakeClock
	at      time.Time
	f       func()
	stopped bool
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) AfterFunc(d time.Duration, f func()) Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{c: c, at: c.now.Add(d), f: f}
	c.timers = append(c.timers, t)
	return t
}

func (t *fakeTimer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	was := !t.stopped
	t.stopped = true
	return was
}

// Advance moves the clock and runs due timers, in order, on the caller's
// goroutine.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	end := c.now.Add(d)
	c.mu.Unlock()
	for {
		c.mu.Lock()
		var next *fakeTimer
		for _, t := range c.timers {
			if !t.stopped && !t.at.After(end) && (next == nil || t.at.Before(next.at)) {
				next = t
			}
		}
		if next == nil {
			c.now = end
			c.mu.Unlock()
			return
		}
		next.stopped = true
		c.now = next.at
		c.mu.Unlock()
		next.f()
	}
}

type autosaveFixture struct {
	m        *Memory
	s        *Store
	clock    *fakeClock
	as       *Autosaver
	writes   int
	mu       sync.Mutex
	statuses []Status
}

func newFixture(t *testing.T, quota int) *autosaveFixture {
	t.Helper()
	f := &autosaveFixture{m: NewMemoryQuota(quota), clock: &fakeClock{now: t0}}
	f.m.Fail = func(op, key string) error {
		if op == "set" && key == "isms-ownership/v1/a/auto" {
			f.writes++
		}
		return nil
	}
	f.s = New(f.m, f.clock.Now)
	f.as = NewAutosaver(f.s, "auto", 0)
	f.as.Clock = f.clock
	f.as.OnStatus = func(st Status) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.statuses = append(f.statuses, st)
	}
	return f
}

func (f *autosaveFixture) states() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var s []string
	for _, st := range f.statuses {
		s = append(s, string(st.State))
	}
	return strings.Join(s, ",")
}

func (f *autosaveFixture) last() Status {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.statuses[len(f.statuses)-1]
}

func named(name string) assessment.Assessment { return sample("auto", name) }

func TestAutosaveDebounce(t *testing.T) {
	f := newFixture(t, 0)
	f.as.Changed(named("a"), Summary{})
	f.clock.Advance(300 * time.Millisecond)
	f.as.Changed(named("ab"), Summary{})
	f.clock.Advance(300 * time.Millisecond)
	f.as.Changed(named("abc"), Summary{Progress: 0.5})
	f.clock.Advance(699 * time.Millisecond)
	if f.writes != 0 {
		t.Fatalf("saved %d times before the debounce elapsed", f.writes)
	}
	f.clock.Advance(time.Millisecond)
	if f.writes != 1 {
		t.Fatalf("saved %d times after the debounce, want 1", f.writes)
	}
	a, rev, err := f.s.Load("auto")
	if err != nil || rev != 1 || a.Name != "abc" || f.as.Revision() != 1 || f.as.Pending() {
		t.Fatalf("stored %q rev %d (autosaver %d), %v", a.Name, rev, f.as.Revision(), err)
	}
	if got := f.states(); got != "saving,saved" {
		t.Errorf("statuses %s, want saving,saved (no repeats)", got)
	}
	if st := f.last(); st.Revision != 1 || st.ID != "auto" || st.Message != "" {
		t.Errorf("last status %+v", st)
	}

	// The next change saves on top of the revision just written.
	f.as.Changed(named("abcd"), Summary{})
	f.clock.Advance(time.Second)
	if _, rev, _ := f.s.Load("auto"); rev != 2 || f.writes != 2 {
		t.Errorf("second save: rev %d, %d writes", rev, f.writes)
	}
}

func TestAutosaveMaxDelay(t *testing.T) {
	f := newFixture(t, 0)
	for i := range 20 { // a change every 400 ms for 8 s
		f.as.Changed(named(strings.Repeat("x", i+1)), Summary{})
		f.clock.Advance(400 * time.Millisecond)
		if i == 12 && f.writes != 1 { // 5.2 s in: the 5 s cap has passed
			t.Fatalf("continuous typing: %d saves after %v", f.writes, 400*time.Millisecond*time.Duration(i+1))
		}
	}
	f.clock.Advance(time.Second)
	if a, _, _ := f.s.Load("auto"); a.Name != strings.Repeat("x", 20) {
		t.Errorf("last change not saved: %q", a.Name)
	}
}

func TestAutosaveFlush(t *testing.T) {
	f := newFixture(t, 0)
	if err := f.as.Flush(); err != nil || f.writes != 0 {
		t.Fatalf("flush with nothing pending: %v, %d writes", err, f.writes)
	}
	f.as.Changed(named("typed"), Summary{})
	if err := f.as.Flush(); err != nil {
		t.Fatal(err)
	}
	if f.writes != 1 || f.as.Pending() {
		t.Fatalf("flush: %d writes, pending %v", f.writes, f.as.Pending())
	}
	f.clock.Advance(10 * time.Second)
	if f.writes != 1 {
		t.Errorf("the cancelled timer still saved (%d writes)", f.writes)
	}
	f.as.Changed(named("more"), Summary{})
	f.as.Stop()
	f.clock.Advance(10 * time.Second)
	if f.writes != 1 || !f.as.Pending() {
		t.Errorf("Stop did not cancel the save (%d writes)", f.writes)
	}
}

func TestAutosaveConflict(t *testing.T) {
	f := newFixture(t, 0)
	f.as.Changed(named("mine"), Summary{})
	f.clock.Advance(time.Second)

	other := New(f.m, f.clock.Now)
	_, rev, _ := other.Load("auto")
	if _, err := other.Save(named("theirs"), Summary{}, rev); err != nil {
		t.Fatal(err)
	}
	f.as.Changed(named("mine 2"), Summary{})
	f.clock.Advance(time.Second)
	st := f.last()
	if st.State != StateConflict || !errors.Is(st.Err, ErrConflict) || !strings.Contains(st.Message, "another tab") {
		t.Fatalf("status %+v, want conflict", st)
	}
	if a, _, _ := f.s.Load("auto"); a.Name != "theirs" {
		t.Fatalf("conflict overwrote the other tab's save: %q", a.Name)
	}
	// Paused: more changes are kept but not written.
	writes := f.writes
	f.as.Changed(named("mine 3"), Summary{})
	f.clock.Advance(10 * time.Second)
	if f.writes != writes || !f.as.Pending() || f.last().State != StateConflict {
		t.Fatalf("autosave continued after a conflict")
	}
	if err := f.as.Flush(); !errors.Is(err, ErrConflict) {
		t.Errorf("Flush during conflict: %v", err)
	}

	// The user keeps this window's version.
	if err := f.as.Overwrite(); err != nil {
		t.Fatal(err)
	}
	if a, rev, _ := f.s.Load("auto"); a.Name != "mine 3" || rev != 3 || f.last().State != StateSaved {
		t.Fatalf("after Overwrite: %q rev %d, %+v", a.Name, rev, f.last())
	}

	// Or reloads: Reset drops the pending change.
	_, rev, _ = other.Load("auto")
	_, _ = other.Save(named("theirs again"), Summary{}, rev)
	f.as.Changed(named("mine 4"), Summary{})
	f.clock.Advance(time.Second)
	_, rev, _ = f.s.Load("auto")
	f.as.Reset(rev)
	if f.as.Pending() || f.last().State != StateSaved || f.as.Revision() != 4 {
		t.Fatalf("after Reset: pending %v, %+v", f.as.Pending(), f.last())
	}
	f.as.Changed(named("mine 5"), Summary{})
	f.clock.Advance(time.Second)
	if a, rev, _ := f.s.Load("auto"); a.Name != "mine 5" || rev != 5 {
		t.Errorf("after Reset and a change: %q rev %d", a.Name, rev)
	}
}

// TestAutosaveAfterDeleteElsewhere: another window deletes the open
// assessment. The next autosave does not bring it back: autosave pauses as
// on a conflict, keeps the change and says why; Overwrite, the user's
// "keep this window's version", stores it again.
func TestAutosaveAfterDeleteElsewhere(t *testing.T) {
	f := newFixture(t, 0)
	f.as.Changed(named("mine"), Summary{})
	f.clock.Advance(time.Second)
	require.Equal(t, StateSaved, f.last().State)
	require.Equal(t, 1, f.as.Revision())

	require.NoError(t, New(f.m, f.clock.Now).Delete("auto"))
	stored := func() bool {
		t.Helper()
		_, ok, err := f.m.Get("isms-ownership/v1/a/auto")
		require.NoError(t, err)
		return ok
	}

	f.as.Changed(named("mine 2"), Summary{})
	f.clock.Advance(time.Second)
	st := f.last()
	assert.Equal(t, StateConflict, st.State)
	assert.ErrorIs(t, st.Err, ErrDeleted)
	assert.Contains(t, st.Message, "deleted in another tab or window")
	assert.False(t, stored(), "autosave brought the deleted assessment back")
	assert.True(t, f.as.Pending(), "the change is kept")

	// Paused: more changes are kept but not written.
	writes := f.writes
	f.as.Changed(named("mine 3"), Summary{})
	f.clock.Advance(10 * time.Second)
	assert.Equal(t, writes, f.writes)
	assert.False(t, stored())
	assert.Equal(t, StateConflict, f.last().State)
	require.ErrorIs(t, f.as.Flush(), ErrDeleted)
	assert.False(t, stored())

	// The user keeps this window's version: it is stored anew.
	require.NoError(t, f.as.Overwrite())
	a, rev, err := f.s.Load("auto")
	require.NoError(t, err)
	assert.Equal(t, "mine 3", a.Name)
	assert.Equal(t, 1, rev)
	assert.Equal(t, StateSaved, f.last().State)
	assert.False(t, f.as.Pending())

	// Autosave goes on from there.
	f.as.Changed(named("mine 4"), Summary{})
	f.clock.Advance(time.Second)
	a, rev, err = f.s.Load("auto")
	require.NoError(t, err)
	assert.Equal(t, "mine 4", a.Name)
	assert.Equal(t, 2, rev)
}

func TestAutosaveQuotaThenRecovers(t *testing.T) {
	f := newFixture(t, 8000)
	_ = f.m.Set("other-tool/blob", strings.Repeat("z", 4000))
	f.as.Changed(named("small"), Summary{})
	f.clock.Advance(time.Second)
	stored, _, _ := f.m.Get("isms-ownership/v1/a/auto")

	big := named("big")
	big.Answers[assessment.Questions()[1].ID] = assessment.Answer{Rating: assessment.Rating1, Note: strings.Repeat("n", 3500)}
	f.as.Changed(big, Summary{})
	f.clock.Advance(time.Second)
	st := f.last()
	if st.State != StateError || !errors.Is(st.Err, ErrQuota) || !strings.Contains(st.Message, "export a backup") || st.Revision != 1 {
		t.Fatalf("status %+v, want a quota error", st)
	}
	if now, _, _ := f.m.Get("isms-ownership/v1/a/auto"); now != stored {
		t.Fatal("the previous value changed")
	}
	if !f.as.Pending() {
		t.Fatal("the unsaved change was dropped")
	}
	_ = f.m.Remove("other-tool/blob")
	if err := f.as.Flush(); err != nil {
		t.Fatalf("retry after making room: %v", err)
	}
	if a, rev, _ := f.s.Load("auto"); a.Name != "big" || rev != 2 || f.last().State != StateSaved {
		t.Errorf("after retry: %q rev %d %+v", a.Name, rev, f.last())
	}
}

func TestAutosaveWrongID(t *testing.T) {
	f := newFixture(t, 0)
	f.as.Changed(sample("someone-else", "x"), Summary{})
	if st := f.last(); st.State != StateError || f.as.Pending() {
		t.Errorf("status %+v", st)
	}
}

// TestAutosaveConcurrent runs the real clock with UI-goroutine changes and
// flushes racing timer saves; run with -race.
func TestAutosaveConcurrent(t *testing.T) {
	s := New(NewMemory(), nil)
	as := NewAutosaver(s, "auto", 0)
	as.Delay, as.MaxDelay = time.Millisecond, 3*time.Millisecond
	var mu sync.Mutex
	var last Status
	as.OnStatus = func(st Status) { mu.Lock(); last = st; mu.Unlock() }
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				as.Changed(named("n"), Summary{Progress: float64(g*100 + i)})
				if i%10 == 0 {
					_ = as.Flush()
				}
				time.Sleep(100 * time.Microsecond)
			}
		}()
	}
	wg.Wait()
	if err := as.Flush(); err != nil {
		t.Fatal(err)
	}
	_, rev, err := s.Load("auto")
	mu.Lock()
	defer mu.Unlock()
	if err != nil || rev != as.Revision() || last.State != StateSaved || last.Revision != rev {
		t.Errorf("stored rev %d, autosaver %d, last status %+v, %v", rev, as.Revision(), last, err)
	}
}
