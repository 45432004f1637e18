// Package app holds the go-app components of the assessment tool.
package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
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
	return elt("p", attrs{"class", "app-loading"}, l10n.T("Opening the assessment tool. Everything stays in this browser; nothing is sent anywhere."))
}

// Root is the component mounted for every path. It owns the Env (the
// session and navigation) that every view is given, follows the URL
// fragment, and draws the header, the tabs, the notice and the current
// view. Data changes go through the session, never through Root.
type Root struct {
	app.Compo

	// Backend replaces the browser's localStorage; tests set it.
	Backend storage.Backend
	// Now replaces the clock; tests set it so that what the views date is
	// fixed.
	Now func() time.Time

	env     *Env
	route   Route
	mounted bool
	// top tells, without a layout, whether main's top is scrolled away.
	top browser.TopWatch

	stopWatch func()
	stopHide  func()
	stopPop   func()
}

// OnMount starts the session and follows the fragment.
func (r *Root) OnMount(ctx app.Context) {
	b := r.Backend
	if b == nil {
		b = storage.Local()
	}
	r.env = &Env{root: r, ctx: ctx}
	r.env.Session = session.New(session.Config{
		Backend:  b,
		Now:      r.Now,
		Download: browser.Download,
		// The autosaver reports from its timer goroutines. The list is
		// re-read once a save is done, and only while it is on screen:
		// reading it after each save would stall typing elsewhere.
		Dispatch: func(fn func()) {
			ctx.Dispatch(func(app.Context) {
				fn()
				if !r.route.View.ofAssessment() && r.env.Status().State == storage.StateSaved {
					r.env.Refresh()
				}
			})
		},
	})
	r.stopWatch = storage.Watch(func(key string) {
		ctx.Dispatch(func(ctx app.Context) { r.storageChanged(ctx, key) })
	})
	// Back, forward and an edited fragment. go-app reports them to OnNav
	// too, but only when the URL differs from the last one it navigated
	// to itself, which navigate does not tell it about.
	r.stopPop = browser.OnPopState(func(fragment string) {
		ctx.Dispatch(func(ctx app.Context) { r.followFragment(ctx, fragment) })
	})
	r.stopHide = browser.OnPageHide(r.env.Flush)
	r.follow(ctx, ParseRoute(ctx.Page().URL().Fragment))
	r.mounted = true
	// Ready once the first view is in the page: deferred calls run after
	// the frame that renders it.
	ctx.Defer(func(app.Context) {
		browser.Mark("app-ready")
		browser.SetAppState("ready")
	})
}

// OnPreRender is go-app's mount hook outside the browser, where it is
// called instead of OnMount: component tests mount Root natively, and this
// makes them run the real start-up with Root's own context.
func (r *Root) OnPreRender(ctx app.Context) { r.OnMount(ctx) }

// OnNav follows fragment changes: links, back and forward.
func (r *Root) OnNav(ctx app.Context) {
	r.followFragment(ctx, ctx.Page().URL().Fragment)
}

// OnDismount saves what is pending and releases the browser callbacks.
func (r *Root) OnDismount() {
	if r.env != nil {
		r.env.Close()
	}
	for _, stop := range []func(){r.stopWatch, r.stopHide, r.stopPop} {
		if stop != nil {
			stop()
		}
	}
}

// followFragment shows the route of a URL fragment (without "#") unless it
// is shown already.
func (r *Root) followFragment(ctx app.Context, fragment string) {
	if rt := ParseRoute(fragment); r.mounted && rt != r.route {
		r.leave(rt)
		r.follow(ctx, rt)
	}
}

// leave dismisses the notice when the user moves on to another view or
// assessment: a notice belongs to the view that raised it ("Applied the
// Federated model" means nothing on the Results page). Moving within a
// view (another question, another control) keeps it.
func (r *Root) leave(rt Route) {
	if rt.View != r.route.View || rt.ID != r.route.ID {
		r.env.Dismiss()
	}
}

// navigate shows the route and then adds its history entry (the
// fragment). The view comes first because Chromium's pushState, which
// go-app's Navigate calls before anything else, now and then takes over
// 10 ms; the entry is added in JavaScript just after the new view is
// rendered. Back and forward come back through OnPopState (see OnMount).
//
// keep says that the notice was raised by the action that navigates
// (deleting the open assessment, an import that opens what it stored) and
// belongs to the view it leads to; otherwise leave dismisses it.
func (r *Root) navigate(ctx app.Context, rt Route, keep bool) {
	prev := r.route
	if !keep {
		r.leave(rt)
	}
	r.follow(ctx, rt)
	if r.route == prev {
		return
	}
	if err := browser.PushHashSoon(r.route.Fragment()); err != nil {
		r.env.Notify(session.Notice{Kind: session.NoticeError, Text: l10n.F("Could not add the view to the browser history: %s", session.UserMessage(err))})
	}
}

// follow shows the route, opening its assessment when needed.
func (r *Root) follow(ctx app.Context, rt Route) {
	s := r.env.Session
	if rt.ID != "" && s.Open(rt.ID) != nil {
		rt = Route{View: ViewHome} // the session says why
	}
	if rt.View == ViewHome || rt.View == ViewCompare {
		// Both read storage, the list and the comparison alike: the open
		// assessment's pending change is stored first, or a change made a
		// moment before would be listed and compared as it was.
		s.Flush()
		s.Refresh()
	}
	// A new view starts at its top: when the page is scrolled past the
	// start of main, main is scrolled back into view once rendered. That
	// forces a layout, so it is skipped when main's top is visible anyway
	// (as it is after clicking a tab), between questions (the flow moves
	// focus to the question) and for the first view.
	if rt.View != r.route.View && r.mounted && r.top.ScrolledPast("main") {
		ctx.ScrollTo("main")
	}
	r.route = rt
}

// storageChanged follows another tab or window writing our keys.
func (r *Root) storageChanged(ctx app.Context, key string) {
	if r.env.StorageChanged(key) == session.ExternalDeleted {
		r.navigate(ctx, Route{View: ViewHome}, true)
	}
}

// onLinkClick follows links to the tool's own views ("#/…") through
// navigate, so that they too render before their history entry is added.
// A click with a modifier key or another button is left to the browser.
func (r *Root) onLinkClick(ctx app.Context, e app.Event) {
	link := ownLink(e)
	if !r.mounted || link == nil {
		return
	}
	e.PreventDefault()
	e.Call("stopPropagation") // go-app's own link handler listens on window
	r.navigate(ctx, ParseRoute(strings.TrimPrefix(link.Call("getAttribute", "href").String(), "#")), false)
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

// onDragOver lets files be dropped anywhere: without it the browser would
// open a dropped CSV in place of the tool.
func (r *Root) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault()
}

// onDrop imports CSV files dropped outside the views that have their own
// drop zone (the list of assessments and the comparison).
func (r *Root) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if r.route.View == ViewHome || r.route.View == ViewCompare {
		return
	}
	r.env.Import(ctx, browser.EventFiles(e))
}

// Env is what every view is given: the session, for every change to the
// data (its methods are promoted, so a view calls env.SetAnswer), and the
// navigation between views. It is one pointer for the life of the page,
// so passing it never makes a view re-render.
type Env struct {
	*session.Session

	root *Root
	ctx  app.Context // Root's, for work that outlives a view's event

	reading      int         // picked or dropped files being read
	readingShown bool        // reading has taken long enough to say so
	read         readStatus  // what reading is at, for ReadingStatus
	last         lastDerived // what the results and the report show (results.go)
}

// Go shows the route and adds it to the browser history. The notice of
// the view left behind goes (see Root.leave).
func (e *Env) Go(ctx app.Context, rt Route) { e.root.navigate(ctx, rt, false) }

// goKeep is Go for an action that raised a notice about where it leads.
func (e *Env) goKeep(ctx app.Context, rt Route) { e.root.navigate(ctx, rt, true) }

// Create makes a new assessment and opens its profile.
func (e *Env) Create(ctx app.Context) {
	if id, err := e.Session.Create(); err == nil {
		e.goKeep(ctx, Route{ID: id, View: ViewProfile})
	}
}

// Delete deletes assessment id; the list is shown if it was open.
func (e *Env) Delete(ctx app.Context, id string) {
	if closed, err := e.Session.Delete(id); err == nil && closed {
		e.goKeep(ctx, Route{View: ViewHome})
	}
}

// Undo reverses the last delete or import; the list is shown if it closed
// the open assessment.
func (e *Env) Undo(ctx app.Context) {
	open := e.IsOpen()
	if err := e.Session.Undo(); err == nil && open && !e.IsOpen() {
		e.goKeep(ctx, Route{View: ViewHome})
	}
}

// ConfirmImport stores the previewed import. A file picked alone that
// holds one assessment opens it on its profile; after several files the
// list stays, showing them all.
func (e *Env) ConfirmImport(ctx app.Context) {
	ids, err := e.Session.ConfirmImport()
	if err == nil && len(ids) == 1 && e.Preview() == nil && e.PickedTogether() == 1 {
		e.goKeep(ctx, Route{ID: ids[0], View: ViewProfile})
	}
	e.showPreview(ctx)
}

// showPreview opens the import dialog on the previewed file, if any, once
// the frame that renders it is done (an OnMount would run a frame later).
func (e *Env) showPreview(ctx app.Context) {
	if e.Preview() != nil {
		ctx.Defer(func(app.Context) { showImportDialog() })
	}
}

// CancelImport drops the previewed import (and previews the next file).
func (e *Env) CancelImport(ctx app.Context) {
	e.Session.CancelImport()
	e.showPreview(ctx)
}

// Print opens the browser's print dialog.
func (e *Env) Print() {
	if err := browser.Print(); err != nil {
		e.Notify(session.Notice{Kind: session.NoticeError, Text: l10n.F("Could not open the print dialog: %s", session.UserMessage(err))})
	}
}

// readingNoticeDelay is how long reading files may take before the page
// says that it is reading them.
const readingNoticeDelay = 200 * time.Millisecond

// readSlice is how long reading works before it yields: the browser runs
// Go on its only thread, and reading a file of thousands of assessments in
// one go would freeze the page for seconds. In between, the page handles
// input and paints the progress (see browser.Yield).
const readSlice = 40 * time.Millisecond

// Import reads the files the user picked or dropped, off the UI goroutine
// (reading awaits a JavaScript promise), parses them in slices that let
// the page answer, showing the progress, and previews them one after the
// other. Files that cannot be read are named in the notice.
func (e *Env) Import(ctx app.Context, files browser.FileList) {
	if len(files) == 0 {
		return
	}
	e.reading += len(files)
	// A small file is read before anyone could see "Reading the files…",
	// and showing it would cost a render in between: it is said only if
	// reading takes a noticeable time.
	e.ctx.After(readingNoticeDelay, func(ctx app.Context) {
		if e.reading == 0 {
			ctx.PreventUpdate()
			return
		}
		e.readingShown = true
	})
	ctx.Async(func() {
		read := browser.ReadFiles(files, csvio.MaxBytes)
		browser.Mark("import-files-read")
		var got []session.ReadFile
		var failed []string
		last := time.Now()
		for i, f := range read {
			if f.Err != nil {
				failed = append(failed, f.Err.Error())
				continue
			}
			status := readStatus{File: f.Name, Index: i + 1, Of: len(read)}
			got = append(got, session.Read(session.File{Name: f.Name, Data: f.Data}, func(permille int) {
				if time.Since(last) < readSlice {
					return
				}
				status.Permille = permille
				e.ctx.Dispatch(func(ctx app.Context) {
					if e.read == status || !e.readingShown {
						ctx.PreventUpdate()
					}
					e.read = status
				})
				browser.Yield()
				last = time.Now()
			}))
			browser.Mark("import-file-parsed")
			read[i].Data = nil // parsed: the bytes may go
		}
		e.ctx.Dispatch(func(app.Context) {
			e.reading = max(0, e.reading-len(files))
			e.readingShown = e.readingShown && e.reading > 0
			if e.reading == 0 {
				e.read = readStatus{}
			}
			if len(failed) > 0 {
				text := l10n.T("A file could not be read, so nothing was imported from it.")
				if len(failed) > 1 {
					text = l10n.F("%d files could not be read, so nothing was imported from them.", len(failed))
				}
				e.Notify(session.Notice{Kind: session.NoticeError, Text: text, Details: failed})
			}
			// A dialog already open shows the waiting list grow; it is not
			// opened (and focused) again.
			opened := e.Preview() != nil
			e.PreviewRead(got...)
			browser.Mark("import-previewed")
			if !opened {
				e.showPreview(e.ctx)
			}
		})
	})
}

// readStatus is how far reading picked files has come.
type readStatus struct {
	File      string
	Index, Of int // the file's place among those picked together
	Permille  int // of the file's reading done
}

// ReadingStatus says that picked files are being read, with a progress
// bar: a backup of hundreds of assessments takes a few seconds.
type ReadingStatus struct {
	app.Compo
	Status readStatus
}

// Render draws the status.
func (r *ReadingStatus) Render() app.UI {
	st := r.Status
	text := l10n.T("Reading the files\u2026")
	if st.File != "" {
		text = l10n.F("Reading \u201c%s\u201d\u2026", st.File)
		if st.Of > 1 {
			text = l10n.F("Reading \u201c%s\u201d (file %d of %d)\u2026", st.File, st.Index, st.Of)
		}
	}
	return el("div", attrs{"class", "read-status notice notice-info", "id", "read-status", "role", "status"},
		elt("p", attrs{"id", "read-status-text"}, text),
		elh("progress", attrs{"id", "read-progress", "max", "1000", "value", strconv.Itoa(st.Permille), "aria-labelledby", "read-status-text"}),
	)
}

// Render draws the header, the navigation of the open assessment, the
// notice area and the current view.
func (r *Root) Render() app.UI {
	if !r.mounted {
		return el("div", attrs{"id", "app"},
			appHeader(toolNav(ViewHome)),
			el("main", attrs{"class", "app-main", "id", "main", "tabindex", "-1"}, loading()),
		)
	}
	s := r.env.Session
	open, v := s.IsOpen(), r.route.View
	cur, st := s.Current(), s.Status()
	return elh("div", attrs{"id", "app"},
		elt("a", attrs{"class", "skip-link", "href", "#main"}, l10n.T("Skip to content")),
		appHeader(headerBody(v, open, cur.Name, st)),
		app.If(open && v.ofAssessment(), func() app.UI { return tabs(cur.ID, v) }),
		el("div", attrs{"class", "notice-area", "aria-live", "polite"},
			app.If(r.env.readingShown, func() app.UI { return &ReadingStatus{Status: r.env.read} }),
			app.If(s.Notice() != nil, func() app.UI {
				return &NoticeBar{Env: r.env, Notice: *s.Notice(), CanUndo: s.CanUndo()}
			}),
			app.If(open && (st.State == storage.StateConflict || st.State == storage.StateError), func() app.UI {
				return &SaveProblem{Env: r.env, Status: st}
			}),
		),
		el("main", attrs{"class", "app-main", "id", "main", "tabindex", "-1"}, r.view()),
		// After main, so that opening the dialog does not shift main's
		// position among its siblings (go-app would rebuild the view).
		app.If(s.Preview() != nil, func() app.UI { return &ImportDialog{Env: r.env, Preview: *s.Preview()} }),
	).
		OnClick(r.onLinkClick).
		On("dragover", r.onDragOver).
		On("drop", r.onDrop)
}

// view is the component of the current route, given what it shows.
func (r *Root) view() app.UI {
	s := r.env.Session
	if !s.IsOpen() || !r.route.View.ofAssessment() {
		l := s.List()
		if r.route.View == ViewCompare {
			return &CompareView{Env: r.env, Items: l.Items}
		}
		return &Home{Env: r.env, List: l, Waiting: s.Waiting()}
	}
	a := s.Current()
	switch r.route.View {
	case ViewProfile:
		return &ProfileForm{Env: r.env, ID: a.ID, Name: a.Name, Profile: a.Profile, Loads: s.Loads(), Changes: a.ProfileChanges, Stored: a.SessionProfile}
	case ViewQuestions:
		return &Flow{Env: r.env, ID: a.ID, Question: r.route.Question, Answers: a.Answers, Profile: a.Profile, Model: a.Model, Consensus: a.Consensus, Loads: s.Loads()}
	case ViewMatrix:
		undo, _ := s.MatrixUndo()
		return &MatrixView{Env: r.env, Control: r.route.Control, Matrix: a.Matrix, Model: a.Model, Undo: undo, Profile: a.Profile, RoleNames: a.RoleNames, Holders: a.Holders,
			RowConsensus: a.RowConsensus}
	case ViewRoles:
		return &RolesView{Env: r.env, ID: a.ID, Holders: a.Holders, Authority: a.Authority, RoleNames: a.RoleNames,
			Matrix: a.Matrix, Profile: a.Profile, Model: a.Model, Updated: a.Updated, Loads: s.Loads()}
	case ViewResults:
		return &Results{Env: r.env, A: a}
	default:
		return &Report{Env: r.env, A: a}
	}
}
