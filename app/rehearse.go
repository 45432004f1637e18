package app

import (
	"bytes"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// Import rehearsal. The first import of a page load took about 90 ms to
// show its preview, later ones about 20: V8 compiles each wasm function on
// its first call, and Blink lays out the preview's text for the first time.
// So, once the page has settled after start, Root rehearses an import: it
// exports a sample assessment, reads it back and previews it through the
// code a real import runs, a few times, since V8 optimises a function only
// once it has run a while; then it lays the preview out once in a hidden,
// inert container, which it removes at once. Nothing is stored, shown,
// announced or focused. It costs about 100 ms of one idle moment.
const (
	rehearseAfter = 600 * time.Millisecond // after start
	rehearseQuiet = 300 * time.Millisecond // since the user's last action
	rehearsalRuns = 3
)

// scheduleRehearsal arms the rehearsal; OnMount calls it in the browser.
func (r *Root) scheduleRehearsal(ctx app.Context) {
	if !app.IsClient {
		return // native tests call rehearse themselves
	}
	ctx.After(rehearseAfter, r.rehearse)
}

// rehearse runs the import rehearsal once, unless a real preview has
// opened (whose import ran the code already). While the user is acting it
// waits, so that it never delays a response.
func (r *Root) rehearse(ctx app.Context) {
	if r.rehearsed || r.store == nil || r.preview != nil {
		return
	}
	if wait := rehearseQuiet - time.Since(r.lastAction); wait > 0 {
		ctx.After(wait, r.rehearse)
		return
	}
	r.rehearsed = true
	var like string
	if len(r.summaries) > 0 {
		like = r.summaries[0].ID
	}
	var p *ImportPreview
	for range rehearsalRuns {
		var err error
		if p, err = rehearsalPreview(r.store, like, time.Now()); err != nil {
			return // a real import reports its own problems
		}
	}
	r.rehearsal = p
	ctx.Defer(func(ctx app.Context) {
		browser.LayOut(rehearsalID)
		browser.Mark("import-rehearsed")
		ctx.Dispatch(func(app.Context) {
			r.rehearsal = nil
			r.gc.touch() // collect the rehearsal's garbage now, not in the import
		})
	})
}

// rehearsalID is the id of the hidden container of the rehearsal.
const rehearsalID = "import-rehearsal"

// rehearsalPreview exports a sample assessment to CSV and previews the
// import of that file. With like set, the sample takes that stored
// assessment's id, so that the preview compares it with the stored one,
// as importing a file exported earlier does.
func rehearsalPreview(store *storage.Store, like string, now time.Time) (*ImportPreview, error) {
	a := assessment.Sample(0, now)
	if like != "" {
		a.ID = like
	}
	var buf bytes.Buffer
	if err := csvio.Export(&buf, a); err != nil {
		return nil, err
	}
	as, report, err := csvio.ImportWithReport(buf.Bytes())
	if err != nil {
		return nil, err
	}
	return previewImport(store, csvio.Filename(a), as, report)
}

// rehearsalView is the hidden container of the rehearsed preview.
func (r *Root) rehearsalView() app.UI {
	return app.Div().ID(rehearsalID).Class("rehearsal").Aria("hidden", "true").Attr("inert", true).Body(
		&ImportDialog{Preview: *r.rehearsal, Rehearsal: true},
	)
}
