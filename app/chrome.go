package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The page's frame around the views: header, tabs, notice and the save
// problem banner. Root.Render puts them together.

func appHeader(extra app.UI) app.UI {
	return el("header", attrs{"class", "app-header"},
		el("p", attrs{"class", "app-title"},
			elt("a", attrs{"href", "#/"}, productName()),
		),
		app.If(extra != nil, func() app.UI { return extra }),
		&LangSwitch{},
	)
}

// productName is Title in the page's language, for the header. Title
// itself stays English: the bundler writes it into the page at build time.
func productName() string { return l10n.T("ISMS Ownership Assessment") }

// toolNav links the two views that show no single assessment.
func toolNav(v View) app.UI {
	return el("nav", attrs{"class", "header-nav", "aria-label", l10n.T("Tool")},
		elt("a", attrs{"href", "#/", "aria-current", ariaCurrent(v == ViewHome)}, l10n.T("Assessments")),
		elt("a", attrs{"href", "#/compare", "aria-current", ariaCurrent(v == ViewCompare)}, l10n.T("Compare")),
	)
}

// headerBody shows which assessment is open and whether it is saved.
func headerBody(v View, open bool, name string, st storage.Status) app.UI {
	if !open || !v.ofAssessment() {
		return toolNav(v)
	}
	return el("div", attrs{"class", "header-open"},
		toolNav(v),
		elt("span", attrs{"class", "header-name"}, assessment.DisplayName(name)),
		saveStatus(st),
	)
}

func ariaCurrent(on bool) string {
	if on {
		return "page"
	}
	return "false"
}

func saveStatus(st storage.Status) app.UI {
	text, class := l10n.M("All changes saved"), "save-status saved"
	switch st.State {
	case storage.StateSaving:
		text, class = l10n.M("Saving\u2026"), "save-status saving"
	case storage.StateError:
		text, class = l10n.M("Could not save"), "save-status error"
	case storage.StateConflict:
		text, class = l10n.M("Changed elsewhere"), "save-status error"
	}
	return elt("span", attrs{"class", class, "id", "save-status", "role", "status"}, l10n.T(text))
}

// tabs is the navigation between the views of the open assessment id.
func tabs(id string, current View) app.UI {
	return el("nav", attrs{"class", "view-tabs", "aria-label", l10n.T("Assessment")},
		app.Range(assessmentViews).Slice(func(i int) app.UI {
			v := assessmentViews[i]
			return elt("a", attrs{"href", Route{ID: id, View: v}.Fragment(), "class", "view-tab", "id", "tab-" + string(v), "aria-current", ariaCurrent(current == v)}, viewLabel(v))
		}),
	)
}

// SaveProblem says that the open assessment could not be saved and, on a
// conflict with another window, offers both ways out.
type SaveProblem struct {
	app.Compo
	Env    *Env
	Status storage.Status
}

// Render draws the banner.
func (p *SaveProblem) Render() app.UI {
	conflict := p.Status.State == storage.StateConflict
	// Deleted elsewhere: there is no other version to load.
	deleted := errors.Is(p.Status.Err, storage.ErrDeleted)
	return el("div", attrs{"class", "notice notice-error", "role", "alert"},
		elt("p", nil, p.Status.Message),
		app.If(conflict, func() app.UI {
			return el("div", attrs{"class", "notice-actions"},
				app.If(!deleted, func() app.UI {
					return elh("button", attrs{"type", "button"}, txt(l10n.T("Load the other version"))).
						OnClick(func(ctx app.Context, e app.Event) { _ = p.Env.LoadTheirs() })
				}),
				elh("button", attrs{"type", "button", "class", "secondary"}, txt(l10n.T("Keep this window\u2019s version"))).
					OnClick(func(ctx app.Context, e app.Event) { _ = p.Env.KeepMine() }),
			)
		}),
	)
}

// NoticeBar shows the current notice, with undo and dismiss buttons.
type NoticeBar struct {
	app.Compo
	Env     *Env
	Notice  session.Notice
	CanUndo bool
}

// Render draws the notice.
func (n *NoticeBar) Render() app.UI {
	role := "status"
	if n.Notice.Kind == session.NoticeError {
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
				return elh("button", attrs{"type", "button", "id", "notice-undo"}, txt(l10n.T("Undo"))).
					OnClick(func(ctx app.Context, e app.Event) { n.Env.Undo(ctx) })
			}),
			elh("button", attrs{"type", "button", "class", "secondary", "id", "notice-dismiss"}, txt(l10n.T("Dismiss"))).
				OnClick(func(ctx app.Context, e app.Event) { n.Env.Dismiss() }),
		),
	)
}
