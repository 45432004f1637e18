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
	return app.Elem("div").ID("app").
		OnClick(r.onLinkClick).
		On("dragover", r.onDragOver).
		On("drop", r.onDrop).
		Body(
			app.Elem("a").Class("skip-link").Attr("href", "#main").Text("Skip to content"),
			appHeader(r.headerBody()),
			app.If(r.open && r.route.View != ViewHome && r.route.View != ViewCompare, func() app.UI {
				return r.tabs()
			}),
			app.Elem("div").Class("notice-area").Aria("live", "polite").Body(
				app.If(r.notice != nil, func() app.UI { return &NoticeBar{Notice: *r.notice, CanUndo: r.undo != nil} }),
				app.If(r.open && (r.status.State == storage.StateConflict || r.status.State == storage.StateError), func() app.UI {
					return r.saveProblem()
				}),
			),
			app.Elem("main").Class("app-main").ID("main").TabIndex(-1).Body(r.view()),
			// After main, so that opening the dialog does not shift main's
			// position among its siblings (go-app would rebuild the view).
			app.If(r.preview != nil, func() app.UI { return &ImportDialog{Preview: *r.preview} }),
			app.If(r.rehearsal.preview != nil, r.rehearsalView),
		)
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
	return app.Elem("header").Class("app-header").Body(
		app.Elem("p").Class("app-title").Body(
			app.Elem("a").Attr("href", "#/").Text(Title),
		),
		app.If(extra != nil, func() app.UI { return extra }),
	)
}

// headerBody shows which assessment is open and whether it is saved.
func (r *Root) headerBody() app.UI {
	if !r.open || r.route.View == ViewHome || r.route.View == ViewCompare {
		return app.Elem("nav").Class("header-nav").Aria("label", "Tool").Body(
			app.Elem("a").Attr("href", "#/").Text("Assessments").Aria("current", ariaCurrent(r.route.View == ViewHome)),
			app.Elem("a").Attr("href", "#/compare").Text("Compare").Aria("current", ariaCurrent(r.route.View == ViewCompare)),
		)
	}
	return app.Elem("div").Class("header-open").Body(
		app.Elem("nav").Class("header-nav").Aria("label", "Tool").Body(
			app.Elem("a").Attr("href", "#/").Text("Assessments").Aria("current", ariaCurrent(r.route.View == ViewHome)),
			app.Elem("a").Attr("href", "#/compare").Text("Compare").Aria("current", ariaCurrent(r.route.View == ViewCompare)),
		),
		app.Elem("span").Class("header-name").Text(displayName(r.cur)),
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
	return app.Elem("span").Class(class).ID("save-status").Attr("role", "status").Text(text)
}

// tabs is the navigation between the views of the open assessment.
func (r *Root) tabs() app.UI {
	return app.Elem("nav").Class("view-tabs").Aria("label", "Assessment").Body(
		app.Range(assessmentViews).Slice(func(i int) app.UI {
			v := assessmentViews[i]
			return app.Elem("a").
				Attr("href", Route{ID: r.cur.ID, View: v}.Fragment()).
				Class("view-tab").
				ID("tab-"+string(v)).
				Aria("current", ariaCurrent(r.route.View == v)).
				Text(viewLabel(v))
		}),
	)
}

func (r *Root) saveProblem() app.UI {
	conflict := r.status.State == storage.StateConflict
	return app.Elem("div").Class("notice notice-error").Attr("role", "alert").Body(
		app.Elem("p").Text(r.status.Message),
		app.If(conflict, func() app.UI {
			return app.Elem("div").Class("notice-actions").Body(
				app.Elem("button").Attr("type", "button").Text("Load the other version").OnClick(r.post(actReloadOpen, nil)),
				app.Elem("button").Attr("type", "button").Class("secondary").Text("Keep this window\u2019s version").OnClick(r.post(actKeepMine, nil)),
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
	return app.Elem("div").Class("notice notice-"+string(n.Notice.Kind)).ID("notice").Attr("role", role).Body(
		app.Elem("p").Class("notice-text").Text(n.Notice.Text),
		app.If(len(n.Notice.Details) > 0, func() app.UI {
			return app.Elem("ul").Class("notice-details").Body(
				app.Range(n.Notice.Details).Slice(func(i int) app.UI { return app.Elem("li").Text(n.Notice.Details[i]) }),
			)
		}),
		app.Elem("div").Class("notice-actions").Body(
			app.If(n.Notice.Undo && n.CanUndo, func() app.UI {
				return app.Elem("button").Attr("type", "button").ID("notice-undo").Text("Undo").OnClick(func(ctx app.Context, e app.Event) {
					ctx.NewAction(actUndo)
				})
			}),
			app.Elem("button").Attr("type", "button").Class("secondary").ID("notice-dismiss").Text("Dismiss").OnClick(func(ctx app.Context, e app.Event) {
				ctx.NewAction(actDismiss)
			}),
		),
	)
}
