package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// Render draws the header, the navigation of the open assessment, the
// notice area and the current view.
func (r *Root) Render() app.UI {
	return elh("div", attrs{"id", "app"},
		elt("a", attrs{"class", "skip-link", "href", "#main"}, "Skip to content"),
		appHeader(r.headerBody()),
		app.If(r.open && r.route.View != ViewHome && r.route.View != ViewCompare, func() app.UI {
			return r.tabs()
		}),
		el("div", attrs{"class", "notice-area", "aria-live", "polite"},
			app.If(r.notice != nil, func() app.UI { return &NoticeBar{Notice: *r.notice, CanUndo: r.undo != nil} }),
			app.If(r.open && (r.status.State == storage.StateConflict || r.status.State == storage.StateError), func() app.UI {
				return r.saveProblem()
			}),
		),
		el("main", attrs{"class", "app-main", "id", "main", "tabindex", "-1"}, r.view()),
		// After main, so that opening the dialog does not shift main's
		// position among its siblings (go-app would rebuild the view).
		app.If(r.preview != nil, func() app.UI { return &ImportDialog{Preview: *r.preview} }),
		app.If(r.rehearsal.preview != nil, r.rehearsalView),
	).
		OnClick(r.onLinkClick).
		On("dragover", r.onDragOver).
		On("drop", r.onDrop)
}

// onDragOver lets files be dropped anywhere: without it the browser would
// open a dropped CSV in place of the tool.
func (r *Root) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault()
}

// onDrop imports CSV files dropped outside the home view (which has its own
// drop zone, with a queue for several files).
func (r *Root) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if r.route.View == ViewHome || r.route.View == ViewCompare {
		return
	}
	files := browser.Files(e.Get("dataTransfer").Get("files"))
	if len(files) == 0 {
		return
	}
	file := files[0]
	name := browser.FileName(file)
	ctx.Async(func() {
		data, err := browser.ReadFileLimit(file, csvio.MaxBytes)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				r.fail("Could not read \u201c"+name+"\u201d", err)
				return
			}
			r.importFile(ctx, FileData{Name: name, Data: data})
		})
	})
}

func appHeader(extra app.UI) app.UI {
	return el("header", attrs{"class", "app-header"},
		el("p", attrs{"class", "app-title"},
			elt("a", attrs{"href", "#/"}, Title),
		),
		app.If(extra != nil, func() app.UI { return extra }),
	)
}

// headerBody shows which assessment is open and whether it is saved.
func (r *Root) headerBody() app.UI {
	if !r.open || r.route.View == ViewHome || r.route.View == ViewCompare {
		return el("nav", attrs{"class", "header-nav", "aria-label", "Tool"},
			elt("a", attrs{"href", "#/", "aria-current", ariaCurrent(r.route.View == ViewHome)}, "Assessments"),
			elt("a", attrs{"href", "#/compare", "aria-current", ariaCurrent(r.route.View == ViewCompare)}, "Compare"),
		)
	}
	return el("div", attrs{"class", "header-open"},
		el("nav", attrs{"class", "header-nav", "aria-label", "Tool"},
			elt("a", attrs{"href", "#/", "aria-current", ariaCurrent(r.route.View == ViewHome)}, "Assessments"),
			elt("a", attrs{"href", "#/compare", "aria-current", ariaCurrent(r.route.View == ViewCompare)}, "Compare"),
		),
		elt("span", attrs{"class", "header-name"}, displayName(r.cur)),
		saveStatus(r.status),
	)
}

func ariaCurrent(on bool) string {
	if on {
		return "page"
	}
	return "false"
}

func saveStatus(st storage.Status) app.UI {
	text, class := "All changes saved", "save-status saved"
	switch st.State {
	case storage.StateSaving:
		text, class = "Saving\u2026", "save-status saving"
	case storage.StateError:
		text, class = "Could not save", "save-status error"
	case storage.StateConflict:
		text, class = "Changed elsewhere", "save-status error"
	}
	return elt("span", attrs{"class", class, "id", "save-status", "role", "status"}, text)
}

// tabs is the navigation between the views of the open assessment.
func (r *Root) tabs() app.UI {
	return el("nav", attrs{"class", "view-tabs", "aria-label", "Assessment"},
		app.Range(assessmentViews).Slice(func(i int) app.UI {
			v := assessmentViews[i]
			return elt("a", attrs{"href", Route{ID: r.cur.ID, View: v}.Fragment(), "class", "view-tab", "id", "tab-" + string(v), "aria-current", ariaCurrent(r.route.View == v)}, viewLabel(v))
		}),
	)
}

func (r *Root) saveProblem() app.UI {
	conflict := r.status.State == storage.StateConflict
	return el("div", attrs{"class", "notice notice-error", "role", "alert"},
		elt("p", nil, r.status.Message),
		app.If(conflict, func() app.UI {
			return el("div", attrs{"class", "notice-actions"},
				elh("button", attrs{"type", "button"}, txt("Load the other version")).OnClick(r.post(actReloadOpen, nil)),
				elh("button", attrs{"type", "button", "class", "secondary"}, txt("Keep this window\u2019s version")).OnClick(r.post(actKeepMine, nil)),
			)
		}),
	)
}

// post returns a click handler that posts an action with a value.
func (r *Root) post(name string, v any) app.EventHandler {
	return func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(name, v) }
}

// view renders the current screen.
func (r *Root) view() app.UI {
	if !r.mounted {
		return loading()
	}
	if !r.open {
		switch r.route.View {
		case ViewCompare:
			return &CompareView{Items: r.summaries, Store: r.store}
		default:
			return &Home{Items: r.summaries, Issues: r.issues, Kept: r.kept, Usage: r.usage}
		}
	}
	switch r.route.View {
	case ViewProfile:
		return &ProfileForm{ID: r.cur.ID, Name: r.cur.Name, Profile: r.cur.Profile}
	case ViewQuestions:
		return &Flow{Question: r.route.Question, Answers: r.cur.Answers, ID: r.cur.ID, Validated: r.cur.Profile.Validated}
	case ViewMatrix:
		return &MatrixView{Matrix: r.cur.Matrix, Model: r.cur.Model}
	case ViewResults:
		return &Results{A: r.cur}
	case ViewReport:
		return &Report{A: r.cur}
	case ViewCompare:
		return &CompareView{Items: r.summaries, Store: r.store}
	}
	return &Home{Items: r.summaries, Issues: r.issues, Kept: r.kept, Usage: r.usage}
}

// NoticeBar shows the current notice, with undo and dismiss buttons.
type NoticeBar struct {
	app.Compo
	Notice  Notice
	CanUndo bool
}

// Render draws the notice.
func (n *NoticeBar) Render() app.UI {
	role := "status"
	if n.Notice.Kind == NoticeError {
		role = "alert"
	}
	return el("div", attrs{"class", "notice notice-" + string(n.Notice.Kind), "id", "notice", "role", role},
		elt("p", attrs{"class", "notice-text"}, n.Notice.Text),
		app.If(len(n.Notice.Details) > 0, func() app.UI {
			return el("ul", attrs{"class", "notice-details"},
				app.Range(n.Notice.Details).Slice(func(i int) app.UI { return elt("li", nil, n.Notice.Details[i]) }),
			)
		}),
		el("div", attrs{"class", "notice-actions"},
			app.If(n.Notice.Undo && n.CanUndo, func() app.UI {
				return elh("button", attrs{"type", "button", "id", "notice-undo"}, txt("Undo")).OnClick(func(ctx app.Context, e app.Event) {
					ctx.NewAction(actUndo)
				})
			}),
			elh("button", attrs{"type", "button", "class", "secondary", "id", "notice-dismiss"}, txt("Dismiss")).OnClick(func(ctx app.Context, e app.Event) {
				ctx.NewAction(actDismiss)
			}),
		),
	)
}
