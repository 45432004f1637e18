// Package app holds the go-app components of the assessment tool.
package app

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// Title is the product name shown in the page title and the header.
const Title = "ISMS Ownership Assessment"

// Shell is the first screen, pre-rendered into the HTML file by the bundler
// so that the page paints before the wasm program starts. It must not depend
// on anything stored in the browser, since it is rendered at build time.
type Shell struct {
	app.Compo
}

// Render draws the header and a short loading notice.
func (s *Shell) Render() app.UI {
	return el("div", attrs{"id", "app"},
		appHeader(nil),
		el("main", attrs{"class", "app-main", "id", "main"}, loading()),
	)
}

// loading is what the page shows until the stored list has been read: the
// pre-rendered first screen, then Root's first render, which thereby costs
// no more than the screen it replaces.
func loading() app.UI {
	return elt("p", attrs{"class", "app-loading"}, "Opening the assessment tool. Everything stays in this browser; nothing is sent anywhere.")
}

// Root is the component mounted for every path. It owns the store, the open
// assessment and the autosaver; the views below it only render what they
// are given and post actions (see actions.go).
type Root struct {
	app.Compo

	// Backend replaces the browser's localStorage; tests set it.
	Backend storage.Backend

	store     *storage.Store
	saver     *storage.Autosaver
	summaries []storage.Summary
	issues    []storage.Issue
	kept      []storage.Quarantine // Raw stripped; fetched on demand
	usage     int

	route   Route
	open    bool
	cur     assessment.Assessment
	status  storage.Status
	notice  *Notice
	undo    *undoEntry
	preview *ImportPreview
	pending []assessment.Assessment // what the previewed import would store

	rehearsal  rehearsal // see rehearse.go
	lastAction time.Time

	stopWatch func()
	stopHide  func()
	stopPop   func()
	gc        idleGC
	ctx       app.Context // for callbacks from timer goroutines and JS events
	mounted   bool
}

// userActed notes an action or a navigation of the user: background work
// (idle-time collection, the import rehearsal) waits for a pause.
func (r *Root) userActed() {
	r.lastAction = time.Now()
	r.gc.touch()
}

// undoEntry restores what the last delete or import replaced.
type undoEntry struct {
	restore []assessment.Assessment // put back as they were
	remove  []string                // ids the operation created
}

// OnMount opens the store and follows the fragment (which reads the list
// when the view shows it).
func (r *Root) OnMount(ctx app.Context) {
	b := r.Backend
	if b == nil {
		b = storage.Local()
	}
	r.ctx = ctx
	r.store = storage.New(b, time.Now)
	r.store.Measure = measure
	r.handleActions(ctx)
	r.stopWatch = storage.Watch(func(key string) {
		ctx.Dispatch(func(ctx app.Context) { r.onStorage(ctx, key) })
	})
	// Back, forward and an edited fragment. go-app reports them to OnNav
	// too, but only when the URL differs from the last one it navigated
	// to itself, which navigate no longer tells it about.
	r.stopPop = browser.OnPopState(func(fragment string) {
		ctx.Dispatch(func(ctx app.Context) { r.followFragment(ctx, fragment) })
	})
	r.stopHide = browser.OnPageHide(func() {
		if r.saver != nil {
			_ = r.saver.Flush()
		}
	})
	r.follow(ctx, ParseRoute(ctx.Page().URL().Fragment))
	r.mounted = true
	// Ready once the first view is in the page: deferred calls run after
	// the frame that renders it.
	ctx.Defer(func(app.Context) {
		browser.Mark("app-ready")
		browser.SetAppState("ready")
	})
	r.scheduleRehearsal(ctx)
}

// OnPreRender is go-app's mount hook outside the browser, where it is
// called instead of OnMount: component tests mount Root natively, and this
// makes them run the real start-up with Root's own context.
func (r *Root) OnPreRender(ctx app.Context) { r.OnMount(ctx) }

// OnNav follows fragment changes: links, back and forward.
func (r *Root) OnNav(ctx app.Context) {
	r.followFragment(ctx, ctx.Page().URL().Fragment)
}

// followFragment shows the route of a URL fragment (without "#") unless it
// is shown already.
func (r *Root) followFragment(ctx app.Context, fragment string) {
	rt := ParseRoute(fragment)
	if !r.mounted || rt == r.route {
		return
	}
	r.userActed()
	r.follow(ctx, rt)
}

// OnDismount saves what is pending and releases the browser callbacks.
func (r *Root) OnDismount() {
	if r.saver != nil {
		_ = r.saver.Flush()
		r.saver.Stop()
	}
	if r.stopWatch != nil {
		r.stopWatch()
	}
	if r.stopHide != nil {
		r.stopHide()
	}
	if r.stopPop != nil {
		r.stopPop()
	}
	r.gc.stop()
}

func (r *Root) handleActions(ctx app.Context) {
	on := func(name string, h func(ctx app.Context, v any)) {
		ctx.Handle(name, func(ctx app.Context, a app.Action) {
			r.userActed()
			h(ctx, a.Value)
		})
	}
	on(actNew, func(ctx app.Context, _ any) { r.create(ctx) })
	on(actOpen, func(ctx app.Context, v any) {
		if id, ok := v.(string); ok {
			r.navigate(ctx, Route{ID: id, View: ViewProfile})
		}
	})
	on(actGo, func(ctx app.Context, v any) {
		if rt, ok := v.(Route); ok {
			r.navigate(ctx, rt)
		}
	})
	on(actRename, func(ctx app.Context, v any) {
		if rn, ok := v.(Rename); ok {
			r.rename(rn)
		}
	})
	on(actDuplicate, func(ctx app.Context, v any) {
		if id, ok := v.(string); ok {
			r.duplicate(id)
		}
	})
	on(actDelete, func(ctx app.Context, v any) {
		if id, ok := v.(string); ok {
			r.remove(ctx, id)
		}
	})
	on(actUndo, func(ctx app.Context, _ any) { r.undoLast(ctx) })
	on(actProfile, func(ctx app.Context, v any) {
		if p, ok := v.(assessment.Profile); ok && r.open {
			r.cur.Profile = p
			r.changed()
		}
	})
	on(actAnswer, func(ctx app.Context, v any) {
		if c, ok := v.(AnswerChange); ok && r.open {
			r.setAnswer(c)
		}
	})
	on(actRACI, func(ctx app.Context, v any) {
		if c, ok := v.(RACIChange); ok && r.open {
			r.cur.Matrix = assessment.SetLetter(r.cur.Matrix, c.Key, c.Role, c.Letter)
			r.changed()
		}
	})
	on(actPreset, func(ctx app.Context, v any) {
		if c, ok := v.(PresetChoice); ok && r.open {
			r.applyPreset(c)
		}
	})
	on(actExport, func(ctx app.Context, v any) {
		if id, ok := v.(string); ok {
			r.export(id)
		}
	})
	on(actExportAll, func(ctx app.Context, _ any) { r.exportAll() })
	on(actImportFile, func(ctx app.Context, v any) {
		if f, ok := v.(FileData); ok {
			r.importFile(ctx, f)
		}
	})
	on(actImportConfirm, func(ctx app.Context, _ any) { r.importConfirm(ctx) })
	on(actImportCancel, func(ctx app.Context, _ any) { r.preview, r.pending = nil, nil })
	on(actNotice, func(ctx app.Context, v any) {
		if n, ok := v.(Notice); ok {
			r.notice = &n
		}
	})
	on(actDismiss, func(ctx app.Context, _ any) { r.notice = nil })
	on(actReloadOpen, func(ctx app.Context, _ any) { r.reloadOpen() })
	on(actKeepMine, func(ctx app.Context, _ any) {
		if r.saver != nil {
			_ = r.saver.Overwrite()
		}
	})
	on(actQuarantineGet, func(ctx app.Context, v any) {
		if key, ok := v.(string); ok {
			r.downloadKept(key)
		}
	})
	on(actQuarantineDel, func(ctx app.Context, v any) {
		if key, ok := v.(string); ok {
			if err := r.store.DiscardQuarantine(key); err != nil {
				r.fail("Could not discard the kept copy", err)
			}
			r.refresh()
		}
	})
	on(actPrint, func(ctx app.Context, _ any) {
		if err := browser.Print(); err != nil {
			r.fail("Could not open the print dialog", err)
		}
	})
}

// navigate shows the route and then adds its history entry (the
// fragment). The view comes first because Chromium's pushState, which
// go-app's Navigate calls before anything else, now and then takes over
// 10 ms; the entry is added in JavaScript just after the new view is
// rendered. Back and forward come back through OnPopState (see OnMount).
func (r *Root) navigate(ctx app.Context, rt Route) {
	r.userActed()
	prev := r.route
	r.follow(ctx, rt)
	if r.route == prev {
		return
	}
	if err := browser.PushHashSoon(r.route.Fragment()); err != nil {
		r.fail("Could not add the view to the browser history", err)
	}
}

// onLinkClick follows links to the tool's own views ("#/…") through
// navigate, so that they too render before their history entry is added.
// A click with a modifier key or another button is left to the browser.
func (r *Root) onLinkClick(ctx app.Context, e app.Event) {
	link := ownLink(e)
	if !r.mounted || link == nil {
		// Every click in the page passes here: only a followed link
		// changes what Root shows.
		ctx.PreventUpdate()
		return
	}
	e.PreventDefault()
	e.Call("stopPropagation") // go-app's own link handler listens on window
	r.navigate(ctx, ParseRoute(strings.TrimPrefix(link.Call("getAttribute", "href").String(), "#")))
}

// ownLink returns the link to one of the tool's views that a plain click
// event e activates, or nil.
func ownLink(e app.Event) app.Value {
	if e.Get("defaultPrevented").Bool() || e.Get("button").Int() != 0 ||
		e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() || e.Get("altKey").Bool() {
		return nil
	}
	target := e.Get("target")
	if !target.Truthy() || target.Get("closest").IsUndefined() {
		return nil
	}
	if link := target.Call("closest", `a[href^="#/"]`); link.Truthy() {
		return link
	}
	return nil
}

// follow shows the route, opening its assessment when needed.
func (r *Root) follow(ctx app.Context, rt Route) {
	if rt.ID != "" && (!r.open || r.cur.ID != rt.ID) {
		if !r.openID(rt.ID) {
			rt = Route{View: ViewHome}
		}
	}
	if rt.View == ViewHome || rt.View == ViewCompare {
		r.refresh()
	}
	// A new view starts at its top: when the page is scrolled past the
	// start of main, main is scrolled back into view once rendered. That
	// forces a layout, so it is skipped when main's top is visible anyway
	// (as it is after clicking a tab), between questions (the flow moves
	// focus to the question) and for the first view.
	if rt.View != r.route.View && r.mounted && browser.ScrolledPast("main") {
		ctx.ScrollTo("main")
	}
	r.route = rt
}

// openID loads an assessment and starts autosaving it.
func (r *Root) openID(id string) bool {
	a, rev, err := r.store.Load(id)
	if err != nil {
		r.fail("Could not open the assessment", err)
		r.refresh()
		return false
	}
	r.closeOpen()
	r.cur, r.open = a, true
	r.startSaver(rev)
	return true
}

func (r *Root) startSaver(rev int) {
	s := storage.NewAutosaver(r.store, r.cur.ID, rev)
	s.OnStatus = func(st storage.Status) {
		r.Dispatch(func(ctx app.Context) {
			// The list is re-read only while it is on screen: reading every
			// stored record after each save would stall typing elsewhere.
			if r.saver == s {
				r.status = st
				if st.State == storage.StateSaved && (r.route.View == ViewHome || r.route.View == ViewCompare) {
					r.refresh()
				}
			}
		})
	}
	r.saver = s
	r.status = storage.Status{State: storage.StateSaved, ID: r.cur.ID, Revision: rev}
}

// Dispatch runs fn on the UI goroutine, from any goroutine.
func (r *Root) Dispatch(fn func(app.Context)) {
	r.ctx.Dispatch(fn)
}

func (r *Root) closeOpen() {
	if r.saver != nil {
		_ = r.saver.Flush()
		r.saver.Stop()
		r.saver = nil
	}
	r.open = false
	r.cur = assessment.Assessment{}
}

// changed stamps the open assessment and hands it to the autosaver.
func (r *Root) changed() {
	r.cur.Updated = time.Now().UTC().Format(time.RFC3339)
	if r.saver != nil {
		r.saver.Changed(r.cur, Summarize(r.cur))
	}
}

func (r *Root) setAnswer(c AnswerChange) {
	// A new map on every change: views compare their exported fields with
	// reflect.DeepEqual, and a map changed in place would look unchanged.
	answers := maps.Clone(r.cur.Answers)
	if answers == nil {
		answers = map[string]assessment.Answer{}
	}
	if c.Answer.IsZero() {
		delete(answers, c.Question)
	} else {
		answers[c.Question] = c.Answer
	}
	if len(answers) == 0 {
		answers = nil
	}
	r.cur.Answers = answers
	r.changed()
}

func (r *Root) applyPreset(c PresetChoice) {
	preset, err := assessment.Preset(c.Model)
	if err != nil {
		r.fail("Could not apply the ownership model", err)
		return
	}
	r.cur.Matrix = assessment.ApplyPreset(r.cur.Matrix, preset, c.Overwrite)
	r.cur.Model = c.Model
	r.changed()
	m, _ := assessment.ModelByID(c.Model)
	r.notice = &Notice{Kind: NoticeSuccess, Text: "Applied the " + m.Name + " model to the ownership matrix."}
}

func (r *Root) create(ctx app.Context) {
	a := assessment.New(newID(), time.Now())
	if _, err := r.store.Save(a, Summarize(a), 0); err != nil {
		r.fail("Could not create the assessment", err)
		return
	}
	r.refresh()
	r.navigate(ctx, Route{ID: a.ID, View: ViewProfile})
}

func (r *Root) rename(rn Rename) {
	if r.open && r.cur.ID == rn.ID {
		r.cur.Name = rn.Name
		r.changed()
		// A new slice, shown at once (the save follows): a slice changed in
		// place would look unchanged to the list's comparison.
		r.summaries = slices.Clone(r.summaries)
		for i := range r.summaries {
			if r.summaries[i].ID == rn.ID {
				r.summaries[i].Name = rn.Name
			}
		}
		return
	}
	if err := r.store.Rename(rn.ID, rn.Name); err != nil {
		r.fail("Could not rename the assessment", err)
	}
	r.refresh()
}

func (r *Root) duplicate(id string) {
	if r.open && r.cur.ID == id && r.saver != nil {
		_ = r.saver.Flush()
	}
	a, err := r.store.Duplicate(id, newID(), time.Now())
	if err != nil {
		r.fail("Could not duplicate the assessment", err)
		return
	}
	r.refresh()
	r.notice = &Notice{Kind: NoticeSuccess, Text: "Created \u201c" + a.Name + "\u201d."}
}

func (r *Root) remove(ctx app.Context, id string) {
	var a assessment.Assessment
	if r.open && r.cur.ID == id {
		if r.saver != nil {
			_ = r.saver.Flush()
		}
		a = r.cur
	} else {
		var err error
		if a, _, err = r.store.Load(id); err != nil {
			r.fail("Could not delete the assessment", err)
			return
		}
	}
	if err := r.store.Delete(id); err != nil {
		r.fail("Could not delete the assessment", err)
		return
	}
	if r.open && r.cur.ID == id {
		r.saver.Stop()
		r.saver = nil
		r.closeOpen()
		r.navigate(ctx, Route{View: ViewHome})
	}
	r.undo = &undoEntry{restore: []assessment.Assessment{a}}
	r.notice = &Notice{Kind: NoticeInfo, Text: "Deleted \u201c" + displayName(a) + "\u201d.", Undo: true}
	r.refresh()
}

func (r *Root) undoLast(ctx app.Context) {
	u := r.undo
	if u == nil {
		return
	}
	r.undo = nil
	for _, id := range u.remove {
		if r.open && r.cur.ID == id {
			r.closeOpen()
		}
		if err := r.store.Delete(id); err != nil && !errors.Is(err, storage.ErrNotFound) {
			r.fail("Could not undo", err)
			return
		}
	}
	for _, a := range u.restore {
		if err := r.put(a); err != nil {
			r.fail("Could not undo", err)
			return
		}
		if r.open && r.cur.ID == a.ID {
			r.reloadOpen()
		}
	}
	r.notice = &Notice{Kind: NoticeSuccess, Text: "Undone."}
	r.refresh()
}

// put stores a over whatever is stored under its id.
func (r *Root) put(a assessment.Assessment) error {
	base, err := r.store.Revision(a.ID)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	_, err = r.store.Save(a, Summarize(a), base)
	return err
}

func (r *Root) reloadOpen() {
	if !r.open {
		return
	}
	a, rev, err := r.store.Load(r.cur.ID)
	if err != nil {
		r.fail("Could not reload the assessment", err)
		return
	}
	r.cur = a
	if r.saver != nil {
		r.saver.Reset(rev)
	}
	r.status = storage.Status{State: storage.StateSaved, ID: a.ID, Revision: rev}
}

// onStorage reacts to another tab or window writing our keys.
func (r *Root) onStorage(ctx app.Context, key string) {
	if !storage.IsOwnKey(key) && key != "" {
		return
	}
	if id, ok := storage.IsAssessmentKey(key); ok && r.open && id == r.cur.ID {
		if r.saver != nil && r.saver.Pending() {
			return // the next save meets the conflict and asks the user
		}
		if _, err := r.store.Revision(id); errors.Is(err, storage.ErrNotFound) {
			r.closeOpen()
			r.notice = &Notice{Kind: NoticeInfo, Text: "This assessment was deleted in another tab or window."}
			r.navigate(ctx, Route{View: ViewHome})
			r.refresh()
			return
		}
		r.reloadOpen()
		r.notice = &Notice{Kind: NoticeInfo, Text: "This assessment was updated in another tab or window; showing the latest version."}
	}
	r.refresh()
}

func (r *Root) export(id string) {
	a := r.cur
	if id != "" && (!r.open || id != r.cur.ID) {
		var err error
		if a, _, err = r.store.Load(id); err != nil {
			r.fail("Could not export the assessment", err)
			return
		}
	}
	var buf bytes.Buffer
	if err := csvio.Export(&buf, a); err != nil {
		r.fail("Could not export the assessment", err)
		return
	}
	r.download(csvio.Filename(a), buf.Bytes())
}

func (r *Root) exportAll() {
	if r.saver != nil {
		_ = r.saver.Flush()
	}
	var all []assessment.Assessment
	for _, s := range r.summaries {
		a, _, err := r.store.Load(s.ID)
		if err != nil {
			r.fail("Could not export "+s.Name, err)
			return
		}
		all = append(all, a)
	}
	if len(all) == 0 {
		r.notice = &Notice{Kind: NoticeInfo, Text: "There is nothing to export yet."}
		return
	}
	var buf bytes.Buffer
	if err := csvio.Export(&buf, all...); err != nil {
		r.fail("Could not export the assessments", err)
		return
	}
	r.download(csvio.FilenameAll(time.Now().Format("2006-01-02")), buf.Bytes())
}

func (r *Root) download(name string, data []byte) {
	if err := browser.Download(name, "text/csv;charset=utf-8", data); err != nil {
		r.fail("Could not save the file", err)
		return
	}
	r.notice = &Notice{Kind: NoticeSuccess, Text: "Saved " + name + " to your downloads."}
}

func (r *Root) downloadKept(key string) {
	raw, err := r.store.Raw(key)
	if err != nil {
		r.fail("Could not read the kept copy", err)
		return
	}
	if err := browser.Download("unreadable-assessment.json", "application/json", []byte(raw)); err != nil {
		r.fail("Could not save the file", err)
	}
}

// ImportPreview is what an import would do, shown before anything changes.
type ImportPreview struct {
	File  string
	Items []ImportItem
	// Notes say how the file was read where it did not say itself, e.g.
	// the day/month order of dates a spreadsheet rewrote.
	Notes []string
}

// ImportItem is one assessment of an imported file.
type ImportItem struct {
	ID, Name, Site, Respondent, Date string
	StoredName                       string // the name of the assessment it replaces, if any
	Answered, Questions, MatrixRows  int
	Changes                          csvio.Changes
}

// maxShownProblems bounds the list of a broken file's problems: the first
// ones are what the user fixes first, and a file can have hundreds.
const maxShownProblems = 25

// previewImport describes what importing the assessments read from a file
// would change, against what is stored. It only reads the store.
func previewImport(store *storage.Store, name string, as []assessment.Assessment, report csvio.Report) (*ImportPreview, error) {
	p := &ImportPreview{File: name, Notes: report.Notes}
	for _, a := range as {
		var old *assessment.Assessment
		storedName := ""
		if prev, _, err := store.Load(a.ID); err == nil {
			old = &prev
			storedName = prev.Name
		} else if !errors.Is(err, storage.ErrNotFound) {
			return nil, err
		}
		answered, total := assessment.Progress(a)
		p.Items = append(p.Items, ImportItem{
			ID: a.ID, Name: a.Name, StoredName: storedName, Site: a.Profile.Site, Respondent: a.Profile.Respondent, Date: a.Profile.Date,
			Answered: answered, Questions: total, MatrixRows: len(a.Matrix),
			Changes: csvio.Compare(old, a),
		})
	}
	return p, nil
}

// importFile reads a file for the import preview, which opens once it is
// rendered, or says in a notice why the file cannot be imported.
func (r *Root) importFile(ctx app.Context, f FileData) {
	r.preview, r.pending = nil, nil
	as, report, err := csvio.ImportWithReport(f.Data)
	if err != nil {
		n := Notice{Kind: NoticeError, Text: "\u201c" + f.Name + "\u201d was not imported: nothing was changed."}
		var ie *csvio.ImportError
		if errors.As(err, &ie) {
			for i, p := range ie.Problems {
				if i == maxShownProblems {
					n.Details = append(n.Details, fmt.Sprintf("\u2026 and %d more problems", len(ie.Problems)-i))
					break
				}
				n.Details = append(n.Details, p.String())
			}
		} else {
			n.Details = []string{err.Error()}
		}
		r.notice = &n
		return
	}
	p, err := previewImport(r.store, f.Name, as, report)
	if err != nil {
		r.fail("\u201c"+f.Name+"\u201d was not imported: the stored assessment it would replace cannot be read", err)
		return
	}
	r.preview, r.pending = p, as
	r.notice = nil
	ctx.Defer(func(app.Context) { showImportDialog() })
}

func (r *Root) importConfirm(ctx app.Context) {
	as := r.pending
	r.preview, r.pending = nil, nil
	if len(as) == 0 {
		return
	}
	if r.saver != nil {
		_ = r.saver.Flush()
	}
	u := &undoEntry{}
	for _, a := range as {
		old, _, err := r.store.Load(a.ID)
		switch {
		case err == nil:
			u.restore = append(u.restore, old)
		case errors.Is(err, storage.ErrNotFound):
			u.remove = append(u.remove, a.ID)
		default:
			r.fail("Import stopped", err)
			return
		}
		if err := r.put(a); err != nil {
			r.fail("Import stopped", err)
			return
		}
		if r.open && r.cur.ID == a.ID {
			r.reloadOpen()
		}
	}
	r.undo = u
	r.notice = &Notice{Kind: NoticeSuccess, Text: fmt.Sprintf("Imported %d assessment(s).", len(as)), Undo: true}
	r.refresh()
	if len(as) == 1 {
		r.navigate(ctx, Route{ID: as[0].ID, View: ViewProfile})
	}
}

// refresh re-reads the list, the issues and the kept copies.
func (r *Root) refresh() {
	sums, issues, err := r.store.List()
	if err != nil {
		r.fail("Could not read the stored assessments", err)
	}
	r.summaries, r.issues = sums, issues
	kept, err := r.store.Quarantined()
	if err != nil {
		r.fail("Could not read the kept copies", err)
	}
	for i := range kept {
		kept[i].Raw = ""
	}
	r.kept = kept
	r.usage, _ = r.store.Usage()
}

// fail shows an error. Storage errors the user can act on are shown in
// their own words, without the browser's exception text.
func (r *Root) fail(what string, err error) {
	msg := err.Error()
	for _, known := range []error{storage.ErrQuota, storage.ErrUnavailable} {
		if errors.Is(err, known) {
			msg = known.Error()
		}
	}
	r.notice = &Notice{Kind: NoticeError, Text: what + ": " + msg}
}

// Summarize is the home-list row of a: progress in percent of questions
// answered, and the overall score, or -1 when nothing scored yet.
func Summarize(a assessment.Assessment) storage.Summary {
	p, s := measure(a)
	return storage.Summary{Progress: p, Score: s}
}

func measure(a assessment.Assessment) (progress, score float64) {
	answered, total := assessment.Progress(a)
	if total > 0 {
		progress = 100 * float64(answered) / float64(total)
	}
	res := assessment.Score(a)
	score = -1
	if res.HasScore {
		score = res.Overall
	}
	return progress, score
}

func newID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails since Go 1.24
	return assessment.NewID(b)
}

func displayName(a assessment.Assessment) string {
	if a.Name != "" {
		return a.Name
	}
	return "Untitled assessment"
}
