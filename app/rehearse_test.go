//go:build !wasm

package app

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// storedSample returns a memory backend holding one full sample assessment.
func storedSample(t *testing.T, n int) (*storage.Memory, assessment.Assessment) {
	t.Helper()
	mem := storage.NewMemory()
	a := assessment.Sample(n, time.Now())
	if _, err := storage.New(mem, time.Now).Save(a, Summarize(a), 0); err != nil {
		t.Fatal(err)
	}
	return mem, a
}

// The rehearsal previews a stored assessment's import in a hidden, inert
// container for one frame, then removes it; nothing is stored, and no
// real preview, notice or focus change follows.
func TestRootRehearsesImport(t *testing.T) {
	mem, stored := storedSample(t, 3)
	rt := newRootTest(t, mem)
	before := dump(t, mem)
	r := rt.h.root

	r.ctx.Dispatch(r.rehearse)
	rt.e.ConsumeNext() // the first step
	if strings.Contains(rt.html(), "rehearsal") {
		t.Error("the rehearsal was drawn before its last step")
	}
	for range rehearsalSteps - 1 {
		rt.e.ConsumeNext() // the next steps; the last one draws the preview
	}
	if r.rehearsal.steps != rehearsalSteps {
		t.Errorf("%d steps, want %d", r.rehearsal.steps, rehearsalSteps)
	}
	html := rt.html()
	for _, want := range []string{
		`id="import-rehearsal"`, `class="rehearsal"`, `aria-hidden`, `inert`,
		`id="rehearsal-import-dialog"`, `id="rehearsal-import-title"`, `id="rehearsal-import-confirm"`,
		"Replaces the stored assessment \u201c" + stored.Name + "\u201d",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("rehearsal frame lacks %q", want)
		}
	}
	if strings.Contains(html, `id="import-dialog"`) {
		t.Error("the rehearsal used the real dialog's ids")
	}

	rt.e.ConsumeAll()
	if html := rt.html(); strings.Contains(html, "rehearsal") {
		t.Errorf("the rehearsal stayed in the page: %s", html)
	}
	if !slices.Contains(browser.Marks(), "import-rehearsed") {
		t.Error("no import-rehearsed mark")
	}
	if r.preview != nil || r.pending != nil || r.notice != nil {
		t.Errorf("rehearsal left preview %v, pending %d, notice %+v", r.preview, len(r.pending), r.notice)
	}
	if after := dump(t, mem); after != before {
		t.Errorf("rehearsal changed storage:\nbefore %s\nafter  %s", before, after)
	}

	// Once per page load.
	r.ctx.Dispatch(r.rehearse)
	rt.e.ConsumeNext()
	if strings.Contains(rt.html(), "rehearsal") {
		t.Error("a second rehearsal ran")
	}
}

// With nothing stored, the rehearsal previews a new assessment.
func TestRootRehearsesImportOnEmptyStore(t *testing.T) {
	rt := newRootTest(t, nil)
	before := dump(t, rt.mem)
	r := rt.h.root
	r.ctx.Dispatch(r.rehearse)
	for range rehearsalSteps {
		rt.e.ConsumeNext()
	}
	if html := rt.html(); !strings.Contains(html, "Creates a new assessment.") {
		t.Errorf("rehearsal frame lacks the new assessment: %s", html)
	}
	rt.e.ConsumeAll()
	if after := dump(t, rt.mem); after != before {
		t.Errorf("rehearsal changed storage:\nbefore %s\nafter  %s", before, after)
	}
}

// A real preview makes the rehearsal pointless; a recent action delays it.
func TestRootRehearsalWaits(t *testing.T) {
	mem, _ := storedSample(t, 1)
	rt := newRootTest(t, mem)
	r := rt.h.root
	r.preview = &ImportPreview{File: "real.csv"}
	r.ctx.Dispatch(r.rehearse)
	rt.e.ConsumeAll()
	if r.rehearsal.done {
		t.Error("rehearsed while a real preview was open")
	}

	r.preview = nil
	rt.post(actDismiss, nil) // any action
	start := time.Now()
	r.ctx.Dispatch(r.rehearse)
	rt.e.ConsumeNext()
	if r.rehearsal.done {
		t.Error("rehearsed right after an action")
	}
	rt.e.ConsumeAll() // waits for the timer it set
	if !r.rehearsal.done {
		t.Error("the postponed rehearsal did not run")
	}
	if waited := time.Since(start); waited < rehearseQuiet/2 {
		t.Errorf("rehearsal ran %v after an action, want about %v", waited, rehearseQuiet)
	}
}

// The rehearsal ends with a step of its own that collects its garbage; an
// action just before that step postpones it, and the page counts as
// rehearsed only after it.
func TestRootRehearsalCleanUpWaits(t *testing.T) {
	rt := newRootTest(t, nil)
	r := rt.h.root
	marks := func() int {
		n := 0
		for _, m := range browser.Marks() {
			if m == "import-rehearsed" {
				n++
			}
		}
		return n
	}
	before := marks()
	r.ctx.Dispatch(r.rehearse)
	for range rehearsalSteps {
		rt.e.ConsumeNext() // the last one draws the hidden preview
	}
	if got := marks() - before; got != 0 {
		t.Fatalf("marked as rehearsed before the clean-up")
	}
	start := time.Now()
	rt.post(actDismiss, nil) // any action; post waits for the timers
	if strings.Contains(rt.html(), "rehearsal") {
		t.Error("the hidden preview is still drawn")
	}
	if got := marks() - before; got != 1 {
		t.Fatalf("%d import-rehearsed marks, want 1", got)
	}
	if waited := time.Since(start); waited < rehearseQuiet/2 {
		t.Errorf("the clean-up ran %v after an action, want about %v", waited, rehearseQuiet)
	}
}
