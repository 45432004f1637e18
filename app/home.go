package app

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// homeStorageBudget is what the storage meter measures against: browsers give a
// file:// page about five million UTF-16 characters of localStorage, shared
// with every other page opened from a file on this computer.
const homeStorageBudget = 5_000_000

// Home is the start screen: what the tool is for, the assessments stored in
// this browser with their actions, import and export, the storage meter and
// any stored data that could not be read.
type Home struct {
	app.Compo
	Env  *Env
	List session.List
	// Waiting names the files picked with the one being previewed.
	Waiting []string

	rows           []homeRow // Items, most recently updated first
	renaming       string    // id of the row whose name is being edited
	renameText     string    // the name typed so far
	renameErr      string    // why the typed name cannot be saved
	confirmDel     string    // id of the row waiting for the delete confirmation
	confirmDiscard string    // quarantine key waiting for the discard confirmation
	drop           dropZone  // files hovering over the view
}

// homeRow is one stored assessment with the texts derived for display.
type homeRow struct {
	storage.Summary
	updatedText string // in the browser's time zone
}

// OnInit derives the rows before the first render, so the list never
// flashes empty (go-app calls OnMount only after that render).
func (h *Home) OnInit() { h.derive() }

// OnUpdate re-derives the rows when Root passes a new list.
func (h *Home) OnUpdate(ctx app.Context) {
	h.derive()
	if h.confirmDel != "" && !h.has(h.confirmDel) {
		h.confirmDel = ""
	}
	if h.renaming != "" && !h.has(h.renaming) {
		h.renaming = ""
	}
}

func (h *Home) has(id string) bool {
	return slices.ContainsFunc(h.List.Items, func(s storage.Summary) bool { return s.ID == id })
}

// derive sorts a copy of the list, most recently updated first (RFC 3339 UTC
// stamps sort as text), and formats the update times once.
func (h *Home) derive() {
	rows := make([]homeRow, len(h.List.Items))
	for i, s := range h.List.Items {
		rows[i] = homeRow{Summary: s, updatedText: homeStamp(s.Updated)}
	}
	order.Stable(rows, func(a, b homeRow) int {
		if c := cmp.Compare(b.Updated, a.Updated); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	h.rows = rows
}

// Render draws the screen. The whole section accepts dropped files.
func (h *Home) Render() app.UI {
	empty := len(h.List.Items) == 0
	class := "home"
	if h.drop.hovering() {
		class += " dragging"
	}
	return elh("section", attrs{"class", class, "id", "home", "aria-labelledby", "home-title"},
		el("div", attrs{"class", "home-head"},
			elt("h1", attrs{"id", "home-title"}, l10n.T("Assessments")),
			h.toolbar(empty),
		),
		h.issues(),
		h.intro(empty),
		h.queuePanel(),
		app.If(!empty, func() app.UI { return h.table() }),
		h.meter(),
		el("div", attrs{"class", "drop-overlay", "aria-hidden", "true"},
			elt("p", nil, l10n.T("Drop the CSV files to preview the import")),
		),
	).
		OnDragEnter(h.onDragEnter).
		OnDragOver(h.onDragOver).
		OnDragLeave(h.onDragLeave).
		OnDrop(h.onDrop)
}

// toolbar holds the actions on the whole list.
func (h *Home) toolbar(empty bool) app.UI {
	return el("div", attrs{"class", "home-actions"},
		// The symbols of these buttons come from the stylesheet, so that the
		// text is exactly the button's name.
		elh("button", attrs{"type", "button", "id", "new-assessment", "class", "icon-new"}, txt(l10n.T("New assessment"))).
			OnClick(func(ctx app.Context, e app.Event) { h.Env.Create(ctx) }),
		// The input stays in the tab order (visually hidden, not display:none)
		// and its label is the visible button, so that the picker opens by
		// keyboard as well as by pointer.
		elv("input", attrs{"type", "file", "id", "import-file", "class", "file-input", "accept", ".csv,text/csv", "multiple", "true"}).
			OnChange(h.onPick),
		elt("label", attrs{"for", "import-file", "class", "button secondary file-label icon-import"}, l10n.T("Import CSV")),
		app.If(!empty, func() app.UI {
			return elh("button", attrs{"type", "button", "class", "secondary icon-export", "id", "export-all"}, txt(l10n.T("Export all"))).
				OnClick(func(ctx app.Context, e app.Event) { _ = h.Env.ExportAll() })
		}),
	)
}

// intro explains the tool: prominently before the first assessment, as a
// short reminder afterwards.
func (h *Home) intro(empty bool) app.UI {
	full, compact := introMarkup()
	if empty {
		return app.Raw(full)
	}
	return app.Raw(compact)
}

// The intro is fixed text, so it is written as markup and added with one
// innerHTML (app.Raw): built element by element it was about 40 elements,
// 120 calls from wasm into the DOM on Home's first render and 12 KB of
// wasm. Nothing in it comes from the user or a file; keep it that way, as
// app.Raw does not escape (the catalogue's texts hold no markup
// characters). There is no white space between the tags, exactly as
// go-app renders elements. The markup is built once per language.
var introCache = map[l10n.Lang][2]string{}

// introMarkup returns the full and the compact intro in the page's
// language.
func introMarkup() (full, compact string) {
	lang := l10n.Current()
	if m, ok := introCache[lang]; ok {
		return m[0], m[1]
	}
	purpose := `<ul class="intro-list">` +
		`<li>` + l10n.T("one accountable owner for the whole ISMS, and where that owner should sit") + `</li>` +
		`<li>` + l10n.T("what corporate IT and plant OT are each responsible for, and what they share") + `</li>` +
		`<li>` + l10n.T("a RACI for every Annex A control, separately for IT, OT and shared infrastructure") + `</li>` +
		`<li>` + l10n.T("the interfaces to quality, process safety, change control and suppliers") + `</li>` +
		`<li>` + l10n.T("findings on the current set-up, by severity, and a prioritised action plan") + `</li>` +
		`</ul>`
	step := func(name, what string) string {
		return `<li><strong>` + name + `</strong><span>` + what + `</span></li>`
	}
	full = `<div class="intro intro-full" id="intro">` +
		`<div class="intro-main">` +
		`<h2>` + l10n.T("Design who owns your ISMS, across IT and the plant floor") + `</h2>` +
		`<p class="intro-lead">` + l10n.T("This tool guides a workshop on the ownership of an ISO/IEC 27001 information security management system that spans corporate IT and plant-floor OT (control systems, PLCs, historians, MES). From the answers it derives:") + `</p>` +
		purpose +
		`<h3>` + l10n.T("How a session runs") + `</h3>` +
		`<ol class="intro-steps">` +
		step(l10n.T("Profile"), l10n.T("the site, its regulation and who answers")) +
		step(l10n.T("Questions"), l10n.T("ownership as it works today, area by area")) +
		step(l10n.T("Ownership matrix"), l10n.T("R, A, C, I per control for IT, OT and shared")) +
		step(l10n.T("Results and report"), l10n.T("findings, a recommended model, actions")) +
		`</ol>` +
		`<p>` + l10n.F("Start with %s, or import a CSV file exported earlier (also by dropping it here).", `<strong>`+l10n.T("New assessment")+`</strong>`) + `</p>` +
		`</div>` +
		`<div class="intro-side">` +
		`<h2>` + l10n.T("Where your data lives") + `</h2>` +
		`<ul class="intro-privacy">` +
		`<li>` + l10n.T("Your answers stay in this browser on this computer.") + `</li>` +
		`<li>` + l10n.T("Nothing is sent anywhere; the tool works without a network connection.") + `</li>` +
		`<li>` + l10n.T("Other browsers, other computers and private windows do not see them, and clearing the browser's data deletes them: export a CSV after each session as a backup.") + `</li>` +
		`</ul>` +
		`<div class="drop-hint"><p><span class="drop-icon" aria-hidden="true">` + "\u21ea" + `</span> ` + l10n.T("Drop exported CSV files anywhere in this area to import them.") + `</p></div>` +
		`</div>` +
		`</div>`

	compact = `<div class="intro intro-compact" id="intro">` +
		`<p><strong>` + l10n.T("Stored in this browser only.") + ` </strong>` + l10n.T("Nothing is sent anywhere. Export a CSV after each session as a backup. You can also drop CSV files here to import them.") + `</p>` +
		`<details>` +
		`<summary>` + l10n.T("What this tool does") + `</summary>` +
		`<p>` + l10n.T("It guides a workshop on the ownership of an ISO/IEC 27001 ISMS that spans corporate IT and plant-floor OT, and derives:") + `</p>` +
		purpose +
		`</details>` +
		`</div>`
	introCache[lang] = [2]string{full, compact}
	return full, compact
}

// table lists the stored assessments. Below 60rem the stylesheet turns each
// row into a card, with the column names taken from data-label.
func (h *Home) table() app.UI {
	return el("div", attrs{"class", "home-list"},
		el("table", attrs{"class", "assessments", "id", "assessments"},
			elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Stored assessments, most recently updated first")),
			el("thead", nil, el("tr", nil,
				elt("th", attrs{"scope", "col"}, l10n.T("Name")),
				elt("th", attrs{"scope", "col"}, l10n.T("Site")),
				elt("th", attrs{"scope", "col"}, l10n.T("Respondent")),
				elt("th", attrs{"scope", "col"}, l10n.T("Date")),
				elt("th", attrs{"scope", "col"}, l10n.T("Progress")),
				elt("th", attrs{"scope", "col"}, l10n.T("Score")),
				elt("th", attrs{"scope", "col"}, l10n.T("Last updated")),
				el("th", attrs{"scope", "col"}, elt("span", attrs{"class", "visually-hidden"}, l10n.T("Actions"))),
			)),
			app.Range(h.rows).Slice(func(i int) app.UI { return h.row(h.rows[i]) }),
		),
	)
}

// row is one assessment; with a pending delete it is followed by the
// confirmation, so the question sits right under the item it concerns.
func (h *Home) row(r homeRow) app.UI {
	name := assessment.DisplayName(r.Name)
	tr := elh("tr", attrs{"data-id", r.ID},
		el("td", attrs{"class", "col-name", "data-label", l10n.T("Name")}, h.nameCell(r, name)),
		el("td", attrs{"data-label", l10n.T("Site")}, homeTextOrDash(r.Site, l10n.T("No site yet"))),
		el("td", attrs{"data-label", l10n.T("Respondent")}, homeTextOrDash(r.Respondent, l10n.T("No respondent yet"))),
		el("td", attrs{"class", "home-nowrap", "data-label", l10n.T("Date")}, homeTextOrDash(shortDate(r.Date), l10n.T("No date"))),
		el("td", attrs{"class", "col-progress", "data-label", l10n.T("Progress")}, homeProgressCell(r.Progress)),
		el("td", attrs{"class", "col-score", "data-label", l10n.T("Score")}, homeScoreCell(r.Score)),
		el("td", attrs{"class", "col-updated", "data-label", l10n.T("Last updated")},
			elt("time", attrs{"datetime", r.Updated}, r.updatedText),
		),
		el("td", attrs{"class", "col-actions"}, h.rowActions(r, name)),
	)
	// Each assessment is its own row group, so that the confirmation row
	// can follow it without breaking the table's structure.
	if h.confirmDel != r.ID {
		return el("tbody", nil, tr)
	}
	return el("tbody", attrs{"class", "confirming"},
		tr,
		el("tr", attrs{"class", "confirm-row"},
			el("td", attrs{"colspan", "8"},
				el("div", attrs{"class", "home-confirm", "id", "confirm-delete", "role", "group", "aria-labelledby", "confirm-delete-text"},
					elt("p", attrs{"id", "confirm-delete-text"}, l10n.F("Delete \u201c%s\u201d? This removes it from this browser.", name)),
					el("div", attrs{"class", "home-confirm-actions"},
						elh("button", attrs{"type", "button", "class", "danger", "id", "confirm-delete-" + r.ID}, txt(l10n.T("Delete"))).
							OnClick(func(ctx app.Context, e app.Event) { h.deleteConfirmed(ctx, r.ID) }, app.EventScope(r.ID)),
						elh("button", attrs{"type", "button", "class", "secondary", "id", "cancel-delete-" + r.ID}, txt(l10n.T("Cancel"))).
							OnClick(func(ctx app.Context, e app.Event) { h.cancelDelete(ctx) }),
					),
				),
			),
		),
	)
}

// nameCell is the link to the assessment, or the inline rename form.
func (h *Home) nameCell(r homeRow, name string) app.UI {
	if h.renaming != r.ID {
		return elt("a", attrs{"class", "assessment-name", "href", Route{ID: r.ID, View: ViewProfile}.Fragment()}, name)
	}
	inputID := "rename-input-" + r.ID
	errID := "rename-error-" + r.ID
	input := elv("input", attrs{"type", "text", "id", inputID, "class", "rename-input", "value", h.renameText, "maxlength", strconv.Itoa(assessment.MaxNameLen), "autocomplete", "off"}).
		OnInput(func(ctx app.Context, e app.Event) { h.renameText = ctx.JSSrc().Get("value").String() }).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			switch e.Get("key").String() {
			case "Enter":
				e.PreventDefault()
				h.renameText = ctx.JSSrc().Get("value").String()
				h.saveRename(ctx)
			case "Escape":
				h.cancelRename(ctx)
			}
		})
	if h.renameErr != "" {
		input = input.Aria("invalid", "true").Aria("describedby", errID)
	}
	return el("div", attrs{"class", "rename"},
		elt("label", attrs{"for", inputID, "class", "visually-hidden"}, l10n.F("New name for \u201c%s\u201d", name)),
		input,
		app.If(h.renameErr != "", func() app.UI { return elt("p", attrs{"class", "field-error", "id", errID}, h.renameErr) }),
		el("div", attrs{"class", "rename-actions"},
			elh("button", attrs{"type", "button", "class", "btn-sm", "id", "rename-save-" + r.ID}, txt(l10n.T("Save"))).
				OnClick(func(ctx app.Context, e app.Event) { h.saveRename(ctx) }),
			elh("button", attrs{"type", "button", "class", "btn-sm secondary", "id", "rename-cancel-" + r.ID}, txt(l10n.T("Cancel"))).
				OnClick(func(ctx app.Context, e app.Event) { h.cancelRename(ctx) }),
		),
	)
}

// rowActions are the buttons of one row; each names its assessment for
// screen readers, since the visible words repeat on every row.
func (h *Home) rowActions(r homeRow, name string) app.UI {
	hidden := func(s string) app.UI { return elt("span", attrs{"class", "visually-hidden"}, " "+s) }
	id := r.ID
	return el("div", attrs{"class", "row-actions"},
		el("a", attrs{"class", "button btn-sm", "id", "open-" + id, "href", Route{ID: id, View: ViewProfile}.Fragment()},
			txt(homeOpen()),
			hidden(name),
		),
		elh("button", attrs{"type", "button", "class", "btn-sm secondary", "id", "rename-" + id}, txt(l10n.T("Rename")), hidden(name)).
			OnClick(func(ctx app.Context, e app.Event) { h.startRename(ctx, id) }, app.EventScope(id)),
		elh("button", attrs{"type", "button", "class", "btn-sm secondary", "id", "duplicate-" + id}, txt(l10n.T("Duplicate")), hidden(name)).
			OnClick(func(ctx app.Context, e app.Event) { _, _ = h.Env.Duplicate(id) }, app.EventScope(id)),
		h.newRespondentButton(id, name),
		elh("button", attrs{"type", "button", "class", "btn-sm secondary", "id", "export-" + id}, txt(l10n.T("Export CSV")), hidden(l10n.F("of %s", name))).
			OnClick(func(ctx app.Context, e app.Event) { _ = h.Env.Export(id) }, app.EventScope(id)),
		h.sanitisedExportButton(id, name),
		elh("button", attrs{"type", "button", "class", "btn-sm secondary danger-text", "id", "delete-" + id}, txt(l10n.T("Delete")), hidden(name)).
			OnClick(func(ctx app.Context, e app.Event) { h.askDelete(ctx, id) }, app.EventScope(id)),
	)
}

// homeOpen is the text of a row's "Open" link: the verb, which German
// writes otherwise than the status "Open".
func homeOpen() string { return l10n.X("link", "Open") }

func homeProgressCell(p float64) app.UI {
	p = max(0, min(100, p))
	return el("div", attrs{"class", "progress-cell"},
		elt("span", attrs{"class", "progress-text"}, percent(p)),
		// The percentage is the text next to it; the bar only repeats it.
		el("progress", attrs{"max", "100", "value", wholeText(p), "aria-hidden", "true"}),
	)
}

func homeScoreCell(s float64) app.UI {
	if s < 0 {
		return el("span", attrs{"class", "home-no-score", "title", l10n.T("No score yet: no scored answer so far")},
			elt("span", attrs{"aria-hidden", "true"}, "\u2014"),
			elt("span", attrs{"class", "visually-hidden"}, l10n.T("No score yet")),
		)
	}
	return el("span", attrs{"class", "home-score"},
		elt("strong", nil, wholeText(min(s, 100))),
		elt("span", attrs{"class", "muted"}, " / 100"),
	)
}

// homeTextOrDash shows s, or a dash that screen readers announce as said.
func homeTextOrDash(s, said string) app.UI {
	if strings.TrimSpace(s) != "" {
		return txt(s)
	}
	return el("span", attrs{"class", "muted"},
		elt("span", attrs{"aria-hidden", "true"}, "\u2014"),
		elt("span", attrs{"class", "visually-hidden"}, said),
	)
}

// issues lists stored data that could not be shown, and the copies kept of
// unreadable values, with a way to download or discard each copy.
func (h *Home) issues() app.UI {
	l := h.List
	if len(l.Issues) == 0 && len(l.Kept) == 0 {
		return nil
	}
	return el("section", attrs{"class", "home-issues", "id", "issues", "aria-labelledby", "issues-title"},
		el("h2", attrs{"id", "issues-title"},
			elt("span", attrs{"aria-hidden", "true"}, "\u26a0 "),
			txt(l10n.T("Some stored data needs your attention")),
		),
		elt("p", nil, l10n.T("Nothing below has been changed or deleted by this tool.")),
		app.If(len(l.Issues) > 0, func() app.UI {
			return el("ul", attrs{"class", "home-issue-list"},
				app.Range(l.Issues).Slice(func(i int) app.UI { return homeIssueItem(l.Issues[i]) }),
			)
		}),
		app.If(len(l.Kept) > 0, func() app.UI {
			return el("div", nil,
				elt("h3", nil, l10n.T("Kept copies of unreadable data")),
				elt("p", attrs{"class", "muted"}, l10n.T("Download a copy to keep it or to send it to whoever supports the tool; discard it once you no longer need it.")),
				el("ul", attrs{"class", "home-kept-list"},
					app.Range(l.Kept).Slice(func(i int) app.UI { return h.keptItem(i, l.Kept[i]) }),
				),
			)
		}),
	)
}

func homeIssueItem(is storage.Issue) app.UI {
	// The store's message already names the assessment and says what was
	// done with the value.
	kind := l10n.M("Cannot be read")
	if is.Kind == storage.IssueTooNew {
		kind = l10n.M("Saved by a newer version")
	}
	return el("li", attrs{"class", "home-issue"},
		elt("strong", nil, l10n.T(kind)+": "),
		txt(is.Message),
	)
}

func (h *Home) keptItem(i int, q storage.Quarantine) app.UI {
	copyOf := l10n.F("Copy of %s", q.Source)
	if id, ok := storage.IsAssessmentKey(q.Source); ok {
		copyOf = l10n.F("Copy of assessment %s", id)
	}
	key := q.Key
	confirming := h.confirmDiscard == key
	return el("li", attrs{"class", "home-kept"},
		el("p", nil,
			elt("strong", nil, copyOf),
			app.If(q.At != "", func() app.UI { return elt("span", attrs{"class", "muted"}, l10n.F(", kept %s", homeStamp(q.At))) }),
			txt(". "),
			app.If(q.Reason != "", func() app.UI { return elt("span", nil, l10n.F("Reason: %s", q.Reason)) }),
		),
		app.If(!confirming, func() app.UI {
			return el("div", attrs{"class", "home-kept-actions"},
				elh("button", attrs{"type", "button", "class", "btn-sm", "id", fmt.Sprintf("kept-get-%d", i)}, txt(l10n.T("Download the kept copy"))).
					OnClick(func(ctx app.Context, e app.Event) { _ = h.Env.DownloadKept(key) }, app.EventScope(key)),
				elh("button", attrs{"type", "button", "class", "btn-sm secondary danger-text", "id", fmt.Sprintf("kept-discard-%d", i)}, txt(l10n.T("Discard"))).
					OnClick(func(ctx app.Context, e app.Event) { h.askDiscard(ctx, key, i) }, app.EventScope(key)),
			)
		}).Else(func() app.UI {
			return el("div", attrs{"class", "home-confirm", "role", "group", "aria-labelledby", fmt.Sprintf("kept-confirm-%d", i)},
				elt("p", attrs{"id", fmt.Sprintf("kept-confirm-%d", i)}, l10n.T("Discard this kept copy? It cannot be recovered afterwards.")),
				el("div", attrs{"class", "home-confirm-actions"},
					elh("button", attrs{"type", "button", "class", "btn-sm danger", "id", fmt.Sprintf("kept-discard-yes-%d", i)}, txt(l10n.T("Discard"))).
						OnClick(func(ctx app.Context, e app.Event) { h.discardConfirmed(ctx, key) }, app.EventScope(key)),
					elh("button", attrs{"type", "button", "class", "btn-sm secondary", "id", fmt.Sprintf("kept-cancel-%d", i)}, txt(l10n.T("Cancel"))).
						OnClick(func(ctx app.Context, e app.Event) { h.cancelDiscard(ctx, i) }, app.EventScope(key)),
				),
			)
		}),
	)
}

// queuePanel says which files picked or dropped wait for their preview
// behind the one shown (Root says which are being read: ReadingStatus).
func (h *Home) queuePanel() app.UI {
	if len(h.Waiting) == 0 {
		return nil
	}
	names := make([]string, len(h.Waiting))
	for i, n := range h.Waiting {
		names[i] = "\u201c" + n + "\u201d"
	}
	return elt("p", attrs{"class", "home-queue notice notice-info", "id", "import-queue"}, l10n.F("Waiting to be previewed: %s.", strings.Join(names, ", ")))
}

// meter shows how much of the browser's storage the tool uses.
func (h *Home) meter() app.UI {
	// In tenths of a percent, rounded, with integers only (see wholeText).
	tenths := (h.List.Usage*1000 + homeStorageBudget/2) / homeStorageBudget
	var pct string
	switch {
	case h.List.Usage <= 0:
		pct = l10n.Percent("0")
	case h.List.Usage*1000 < homeStorageBudget:
		pct = l10n.F("less than %s", l10n.Percent(l10n.Decimal(0.1, 1)))
	default:
		pct = l10n.Percent(l10n.Decimal(float64(tenths)/10, 1))
	}
	full := h.List.Usage*100 >= 80*homeStorageBudget
	return el("div", attrs{"class", "storage-meter", "id", "storage-meter"},
		el("meter", attrs{
			"min", "0",
			"max", strconv.Itoa(homeStorageBudget),
			"low", strconv.Itoa(homeStorageBudget * 6 / 10),
			"high", strconv.Itoa(homeStorageBudget * 8 / 10),
			"optimum", "0",
			"value", strconv.Itoa(min(h.List.Usage, homeStorageBudget)),
			"aria-labelledby", "storage-text",
		}),
		el("p", attrs{"id", "storage-text"},
			txt(l10n.F("Using %s of this browser's storage for this tool", pct)),
			app.If(full, func() app.UI {
				return elt("strong", attrs{"class", "storage-warn"}, " \u2014 "+l10n.T("almost full: export a backup and delete assessments you no longer need."))
			}),
		),
	)
}

// --- handlers ---------------------------------------------------------

func (h *Home) startRename(ctx app.Context, id string) {
	h.renaming, h.renameErr, h.confirmDel = id, "", ""
	for _, r := range h.rows {
		if r.ID == id {
			h.renameText = r.Name
		}
	}
	homeFocus(ctx, "rename-input-"+id)
}

func (h *Home) saveRename(ctx app.Context) {
	name := strings.TrimSpace(h.renameText)
	if name == "" {
		h.renameErr = l10n.T("Enter a name: it is how you find the assessment here and in exported files.")
		return
	}
	id := h.renaming
	h.renaming, h.renameErr = "", ""
	_ = h.Env.Rename(id, name)
	homeFocus(ctx, "rename-"+id)
}

func (h *Home) cancelRename(ctx app.Context) {
	id := h.renaming
	h.renaming, h.renameErr = "", ""
	homeFocus(ctx, "rename-"+id)
}

func (h *Home) askDelete(ctx app.Context, id string) {
	h.confirmDel, h.renaming = id, ""
	homeFocus(ctx, "cancel-delete-"+id)
}

func (h *Home) cancelDelete(ctx app.Context) {
	id := h.confirmDel
	h.confirmDel = ""
	homeFocus(ctx, "delete-"+id)
}

func (h *Home) deleteConfirmed(ctx app.Context, id string) {
	h.confirmDel = ""
	h.Env.Delete(ctx, id)
	homeFocus(ctx, "new-assessment")
}

func (h *Home) askDiscard(ctx app.Context, key string, i int) {
	h.confirmDiscard = key
	homeFocus(ctx, fmt.Sprintf("kept-cancel-%d", i))
}

func (h *Home) cancelDiscard(ctx app.Context, i int) {
	h.confirmDiscard = ""
	homeFocus(ctx, fmt.Sprintf("kept-discard-%d", i))
}

func (h *Home) discardConfirmed(ctx app.Context, key string) {
	h.confirmDiscard = ""
	_ = h.Env.DiscardKept(key)
	homeFocus(ctx, "new-assessment")
}

// onPick reads the files chosen in the file picker (EventFiles also clears
// the choice, so that picking the same file again works).
func (h *Home) onPick(ctx app.Context, e app.Event) {
	h.Env.Import(ctx, browser.EventFiles(e))
	ctx.PreventUpdate() // picking changes nothing on screen yet (see Env.Import)
}

func (h *Home) onDragEnter(ctx app.Context, e app.Event) { h.drop.enter(e) }
func (h *Home) onDragOver(ctx app.Context, e app.Event)  { h.drop.over(e) }
func (h *Home) onDragLeave(ctx app.Context, e app.Event) { h.drop.leave() }

func (h *Home) onDrop(ctx app.Context, e app.Event) {
	if files := h.drop.take(h.Env, e, l10n.T("Drop CSV files exported by this tool to import them.")); len(files) > 0 {
		h.Env.Import(ctx, files)
	}
}

// --- helpers shared by the views of this file set ---------------------------

// homeFocus moves the keyboard focus to the element with id once the current
// update is rendered.
func homeFocus(ctx app.Context, id string) {
	if !app.IsClient {
		return
	}
	ctx.Defer(func(app.Context) {
		homeJSCall(app.Window().GetElementByID(id), "focus")
	})
}

// homeJSCall calls a method and swallows a JavaScript exception: the effects
// this is used for (focus, showModal) are conveniences, and an exception
// would otherwise abort the program.
func homeJSCall(v app.Value, method string, args ...any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if v == nil || !v.Truthy() {
		return false
	}
	v.Call(method, args...)
	return true
}

// homeStamp renders an RFC 3339 stamp in the browser's time zone, e.g.
// "3 Mar 2026, 14:05" ("3. März 2026, 14:05" in German). The Go runtime in the browser only knows UTC, so the
// offset is asked of JavaScript for that very moment (daylight saving time
// differs across the year).
func homeStamp(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	if app.IsClient {
		t = t.In(time.FixedZone("", -60*homeBrowserOffset(t)))
	}
	return l10n.ShortDate(t) + ", " + l10n.Clock(t)
}

// homeBrowserOffset is JavaScript's getTimezoneOffset (minutes behind UTC) at t.
func homeBrowserOffset(t time.Time) (minutes int) {
	defer func() {
		if recover() != nil {
			minutes = 0
		}
	}()
	return app.Window().Get("Date").New(float64(t.UnixMilli())).Call("getTimezoneOffset").Int()
}
