package app

import (
	"bytes"
	"runtime"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// Import rehearsal. The first import of a page load took about 90 ms to
// show its preview, later ones about 20: V8 compiles each wasm function on
// its first call, and Blink lays out the preview's text for the first time.
// So, once the page has settled after start, Root rehearses an import: it
// exports a sample assessment, reads it back and previews it through the
// code a real import runs; then it lays the preview out once in a hidden,
// inert container, which it removes at once. Nothing is stored, shown,
// announced or focused.
//
// Each step (make the sample, export it, read it, preview it) is a task of
// its own, 20 ms after the last, so that input is never kept waiting: none
// takes 50 ms even on a slow machine with 20 assessments stored. (Making
// the sample and exporting it were one step, which took 50 ms the first
// time.) A last step collects the rehearsal's garbage. The later runs read
// and preview four times per step: V8 moves a function to its optimising
// compiler only when it runs often within a short time, and one call per
// task left the real import's reading four times slower (measured: 5 ms
// instead of 1.2).
const (
	rehearseAfter        = 600 * time.Millisecond // after start
	rehearseQuiet        = 300 * time.Millisecond // since the user's last action
	rehearsalGap         = 20 * time.Millisecond  // between two steps
	rehearsalRuns        = 3
	rehearsalStepsPerRun = 4 // make a sample, export it, read it back, preview it
	rehearsalRepeats     = 4 // of reading and previewing, within a step

	// rehearsalSteps is the number of steps before the clean-up.
	rehearsalSteps = rehearsalStepsPerRun * rehearsalRuns
)

// rehearsal is Root's state of the import rehearsal.
type rehearsal struct {
	preview *ImportPreview // drawn hidden for one frame
	like    string         // the id the sample takes
	steps   int            // done so far: rehearsalStepsPerRun per run
	done    bool

	// Between the steps of a run.
	sample assessment.Assessment
	file   FileData
	read   []assessment.Assessment
	report csvio.Report
	last   *ImportPreview
}

// scheduleRehearsal arms the rehearsal; OnMount calls it in the browser.
func (r *Root) scheduleRehearsal(ctx app.Context) {
	if !app.IsClient {
		return // native tests call rehearse themselves
	}
	ctx.After(rehearseAfter, r.rehearse)
}

// rehearse runs one step of the import rehearsal and arms the next, so
// that the page is never held for long: input between two steps is
// handled at once. It stops when a real preview opens (whose import ran
// the code already), and waits while the user is acting.
func (r *Root) rehearse(ctx app.Context) {
	if !r.rehearseRun(ctx) {
		ctx.PreventUpdate() // nothing to draw before the last step
	}
}

// rehearseRun does rehearse's work and reports whether it drew the
// preview.
func (r *Root) rehearseRun(ctx app.Context) bool {
	h := &r.rehearsal
	if h.done || r.store == nil || r.preview != nil {
		return false
	}
	if r.postponed(ctx, r.rehearse) {
		return false
	}
	if h.steps == 0 && len(r.summaries) > 0 {
		h.like = r.summaries[0].ID
	}
	var err error
	repeats := rehearsalRepeats
	if h.steps < rehearsalStepsPerRun {
		repeats = 1 // the first run compiles the code: one call is long enough
	}
	switch h.steps % rehearsalStepsPerRun {
	case 0:
		h.sample = assessment.Sample(0, time.Now())
		if h.like != "" {
			h.sample.ID = h.like
		}
	case 1:
		var buf bytes.Buffer
		err = csvio.Export(&buf, h.sample)
		h.file = FileData{Name: csvio.Filename(h.sample), Data: buf.Bytes()}
	case 2:
		for i := 0; i < repeats && err == nil; i++ {
			h.read, h.report, err = csvio.ImportWithReport(h.file.Data)
		}
	case 3:
		for i := 0; i < repeats && err == nil; i++ {
			h.last, err = previewImport(r.store, h.file.Name, h.read, h.report)
		}
	}
	if err != nil {
		h.done = true // a real import reports its own problems
		return false
	}
	if h.steps++; h.steps < rehearsalSteps {
		ctx.After(rehearsalGap, r.rehearse)
		return false
	}
	h.done = true
	h.preview = h.last
	h.sample, h.file, h.read, h.last = assessment.Assessment{}, FileData{}, nil, nil
	ctx.Defer(func(ctx app.Context) {
		browser.LayOut(rehearsalID)
		ctx.Dispatch(func(ctx app.Context) {
			h.preview = nil
			ctx.After(rehearsalGap, r.rehearsalCleanUp)
		})
	})
	return true
}

// rehearsalCleanUp ends the rehearsal: it collects the garbage of its
// runs, in a task of its own and in a pause like every step, so that the
// first real import does not meet a collection (one inside it doubled the
// import's time), and then marks the page as rehearsed.
func (r *Root) rehearsalCleanUp(ctx app.Context) {
	ctx.PreventUpdate() // nothing to draw
	if r.postponed(ctx, r.rehearsalCleanUp) {
		return
	}
	if app.IsClient {
		runtime.GC()
	}
	browser.Mark("import-rehearsed")
}

// postponed arms step to run once the user has been idle for rehearseQuiet,
// and reports whether that is later than now.
func (r *Root) postponed(ctx app.Context, step func(app.Context)) bool {
	wait := rehearseQuiet - time.Since(r.lastAction)
	if wait > 0 {
		ctx.After(wait, step)
	}
	return wait > 0
}

// rehearsalID is the id of the hidden container of the rehearsal.
const rehearsalID = "import-rehearsal"

// rehearsalView is the hidden container of the rehearsed preview.
func (r *Root) rehearsalView() app.UI {
	return el("div", attrs{"id", rehearsalID, "class", "rehearsal", "aria-hidden", "true", "inert", "true"},
		&ImportDialog{Preview: *r.rehearsal.preview, Rehearsal: true},
	)
}
