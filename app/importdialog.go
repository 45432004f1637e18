package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// ImportDialog previews an import and asks for confirmation. It is a modal
// <dialog> (opened with showModal, so the page behind is inert and focus
// stays inside); Escape cancels. Nothing is stored before "Import".
type ImportDialog struct {
	app.Compo
	Env     *Env
	Preview session.ImportPreview

	// acting is set from the choice of Import or Cancel until the page is
	// rendered again: a second choice in between (the dialog's close
	// event, a second click) would act on the next file's preview, which
	// is not on screen yet. It is not reset in OnUpdate: two files with the
	// same name and content preview alike, go-app then calls no OnUpdate,
	// and the buttons of the second preview would do nothing.
	acting bool
	// shown is how many of the file's assessments the list shows beyond
	// the first page: a backup of hundreds is summed up, not drawn whole.
	shown int
	file  string // the file shown is for; another file starts at one page
}

// impPage is how many assessments the preview lists at a time.
const impPage = 20

// showImportDialog opens the rendered preview as a modal and moves the
// focus into it. Root defers it to the frame that renders a new preview:
// an OnMount would run one frame later, since go-app dispatches it, and
// the preview would wait for a frame of the page behind it.
func showImportDialog() {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID("import-dialog")
	if !el.Truthy() {
		return
	}
	if !el.Get("open").Bool() && !homeJSCall(el, "showModal") {
		el.Call("setAttribute", "open", "")
	}
	homeJSCall(app.Window().GetElementByID("import-title"), "focus")
}

// OnUpdate follows a new preview (the next file of several) in the same
// open dialog.
func (d *ImportDialog) OnUpdate(ctx app.Context) {
	if d.file != d.Preview.File {
		d.file, d.shown = d.Preview.File, 0
	}
	homeFocus(ctx, "import-title")
}

// act reports whether a choice is the first since the page was rendered.
func (d *ImportDialog) act() bool {
	if d.acting {
		return false
	}
	d.acting = true
	// Root's context: the event's element may leave the page meanwhile.
	d.Env.ctx.Defer(func(app.Context) { d.acting = false })
	return true
}

func (d *ImportDialog) confirm(ctx app.Context) {
	if d.act() {
		d.Env.ConfirmImport(ctx)
	}
}

func (d *ImportDialog) cancel(ctx app.Context) {
	if d.act() {
		d.Env.CancelImport(ctx)
	}
}

// Render draws the preview.
func (d *ImportDialog) Render() app.UI {
	p := d.Preview
	items := p.Items
	action := l10n.T("Import")
	if len(items) > 1 {
		action = l10n.F("Import %d assessments", len(items))
	}
	n := min(len(items), impPage+d.shown)
	refused := p.Refusal != ""
	// go-app sets a boolean attribute from "true" and removes it for
	// "false"; an empty value would leave the button enabled.
	confirm := attrs{"type", "button", "id", "import-confirm", "disabled", strconv.FormatBool(refused)}
	return elh("dialog", attrs{"id", "import-dialog", "class", "import-dialog", "role", "dialog", "aria-modal", "true", "aria-labelledby", "import-title", "aria-describedby", "import-intro"},
		elt("h2", attrs{"id", "import-title", "tabindex", "-1"}, l10n.F("Import \u201c%s\u201d?", d.Preview.File)),
		elt("p", attrs{"id", "import-intro", "class", "muted"}, impIntro(&p)),
		app.If(refused, func() app.UI {
			return elt("p", attrs{"class", "imp-refusal", "role", "alert", "id", "import-refusal"}, p.Refusal)
		}),
		app.If(len(d.Preview.Notes) > 0, func() app.UI {
			return el("div", attrs{"class", "imp-notes", "role", "note"},
				elt("p", attrs{"class", "imp-notes-title"}, l10n.T("How the file was read")),
				el("ul", nil, app.Range(d.Preview.Notes).Slice(func(i int) app.UI {
					return elt("li", nil, d.Preview.Notes[i])
				})),
			)
		}),
		el("ul", attrs{"class", "import-items"},
			app.Range(items[:n]).Slice(func(i int) app.UI { return impItemView(items[i]) }),
		),
		app.If(n < len(items), func() app.UI {
			return elh("button", attrs{"type", "button", "class", "secondary", "id", "import-more"},
				txt(l10n.F("Show %d more (%d of %d shown)", min(impPage, len(items)-n), n, len(items)))).
				OnClick(func(ctx app.Context, e app.Event) { d.shown += impPage })
		}),
		el("div", attrs{"class", "dialog-actions"},
			elh("button", confirm, txt(action)).
				OnClick(func(ctx app.Context, e app.Event) { d.confirm(ctx) }),
			elh("button", attrs{"type", "button", "class", "secondary", "id", "import-cancel"}, txt(l10n.T("Cancel"))).
				OnClick(func(ctx app.Context, e app.Event) { d.cancel(ctx) }),
		),
	).
		On("cancel", func(ctx app.Context, e app.Event) {
			// Escape: Root removes the dialog once it handled the cancel.
			e.PreventDefault()
			d.cancel(ctx)
		}).
		On("close", func(ctx app.Context, e app.Event) { d.cancel(ctx) }).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == "Escape" {
				e.PreventDefault()
				d.cancel(ctx)
			}
		})
}

// impIntro sums the file up: how many assessments, what importing them
// does (the parts add up to the whole) and the storage they take.
func impIntro(p *session.ImportPreview) string {
	n := len(p.Items)
	what := l10n.T("The file holds one assessment.")
	if n != 1 {
		added, replaced, same := p.Counts()
		var parts []string
		if added > 0 {
			parts = append(parts, l10n.F("%d new", added))
		}
		if replaced > 0 {
			parts = append(parts, l10n.N(replaced, "%d replacing a stored one with other content", "%d replacing stored ones with other content"))
		}
		if same > 0 {
			parts = append(parts, l10n.F("%d the same as stored", same))
		}
		what = l10n.F("The file holds %d assessments: %s.", n, strings.Join(parts, ", "))
	}
	if p.Refusal != "" {
		return what
	}
	if p.Need > 0 {
		if n == 1 {
			what += " " + l10n.F("It takes about %s of the %s of browser storage left.", session.StorageAmount(p.Need), session.StorageAmount(p.Free))
		} else {
			what += " " + l10n.F("They take about %s of the %s of browser storage left.", session.StorageAmount(p.Need), session.StorageAmount(p.Free))
		}
	}
	return what + " " + l10n.T("Nothing is stored until you choose Import, and you can undo the import afterwards in one step.")
}

// impItemView is one assessment of the file: what it holds and what
// importing it changes.
func impItemView(it session.ImportItem) app.UI {
	rows := len(assessment.Controls()) * len(assessment.Domains)
	fact := func(term string, value app.UI) app.UI {
		return el("div", attrs{"class", "imp-fact"}, elt("dt", nil, term), el("dd", nil, value))
	}
	c := it.Changes
	effectClass, symbol := "imp-effect imp-effect-replace", "\u21bb"
	if c.New {
		effectClass, symbol = "imp-effect imp-effect-new", "+"
	}
	return el("li", attrs{"class", "import-item"},
		elt("h3", nil, assessment.DisplayName(it.Name)),
		el("p", attrs{"class", effectClass},
			elt("span", attrs{"class", "imp-effect-symbol", "aria-hidden", "true"}, symbol),
			txt(impEffect(it)),
		),
		el("dl", attrs{"class", "import-facts"},
			fact(l10n.T("Site"), homeTextOrDash(it.Site, l10n.T("none"))),
			fact(l10n.T("Respondent"), homeTextOrDash(it.Respondent, l10n.T("none"))),
			fact(l10n.T("Date"), homeTextOrDash(shortDate(it.Date), l10n.T("none"))),
			fact(l10n.T("Answered"), txt(l10n.F("%d of %d questions", it.Answered, it.Questions))),
			fact(l10n.T("RACI rows filled"), txt(l10n.F("%d of %d", it.MatrixRows, rows))),
		),
		impIntegrity(it),
		app.If(len(it.RoleNames) > 0, func() app.UI {
			// The names head the matrix columns and appear in the report,
			// so a title the workshop chose must not change unannounced.
			return el("div", attrs{"class", "imp-roles"},
				elt("p", attrs{"class", "imp-roles-title"}, l10n.T("Role names")),
				el("ul", nil, app.Range(it.RoleNames).Slice(func(i int) app.UI {
					return elt("li", nil, it.RoleNames[i].String()+".")
				})),
			)
		}),
	)
}

// impEffect says what importing it does to the stored assessments.
func impEffect(it session.ImportItem) string {
	c := it.Changes
	if c.New {
		return l10n.T("Creates a new assessment.")
	}
	var b strings.Builder
	if c.NameChanged {
		b.WriteString(l10n.F("Replaces the stored assessment \u201c%s\u201d and renames it \u201c%s\u201d", assessment.DisplayName(it.StoredName), assessment.DisplayName(it.Name)))
	} else {
		b.WriteString(l10n.F("Replaces the stored assessment \u201c%s\u201d", assessment.DisplayName(it.Name)))
	}
	if it.Unchanged() {
		b.WriteString(", " + l10n.T("which already holds the same content: nothing changes."))
		return b.String()
	}
	b.WriteString(": " + l10n.N(c.AnswersChanged, "%d answer changed", "%d answers changed") +
		", " + l10n.F("%d added", c.AnswersAdded) +
		", " + l10n.F("%d removed", c.AnswersRemoved) +
		", " + l10n.N(c.MatrixRowsChanged, "%d matrix row changed", "%d matrix rows changed"))
	if n := len(it.RoleNames); n > 0 {
		b.WriteString(", " + l10n.N(n, "%d role name changed", "%d role names changed"))
	}
	if n := c.ActionsChanged; n > 0 {
		b.WriteString(", " + l10n.N(n, "%d action of the plan changed", "%d actions of the plan changed"))
	}
	if n := c.HoldersChanged; n > 0 {
		b.WriteString(", " + l10n.N(n, "%d role holder changed", "%d role holders changed"))
	}
	if n := c.AuthorityChanged; n > 0 {
		b.WriteString(", " + l10n.N(n, "%d row of the authority table changed", "%d rows of the authority table changed"))
	}
	if len(c.Profile) > 0 {
		names := make([]string, len(c.Profile))
		for i, key := range c.Profile {
			names[i] = inSentence(assessment.ProfileLabel(key))
		}
		b.WriteString(", " + l10n.F("profile fields changed: %s", strings.Join(names, ", ")))
	} else {
		b.WriteString(", " + l10n.T("no profile field changed"))
	}
	b.WriteString(".")
	return b.String()
}
