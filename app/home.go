package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
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
	Items  []storage.Summary
	Issues []storage.Issue
	Kept   []storage.Quarantine
	Usage  int

	rows           []homeRow // Items, most recently updated first
	renaming       string    // id of the row whose name is being edited
	renameText     string    // the name typed so far
	renameErr      string    // why the typed name cannot be saved
	confirmDel     string    // id of the row waiting for the delete confirmation
	confirmDiscard string    // quarantine key waiting for the discard confirmation
	drop           dropZone  // files hovering over the view
	reading        int       // files being read
	readingShown   bool      // "Reading the files…" is on screen
}

// homeImportQueue holds files picked or dropped together that wait for their
// preview (Root previews one file at a time). It is not Home's state
// because Home is mounted afresh when the import dialog opens and closes
// (Root's children shift), which would drop it. Only the UI goroutine
// touches it.
var homeImportQueue []FileData

// homeRow is one stored assessment with the texts derived for display.
type homeRow struct {
	storage.Summary
	updatedText string // in the browser's time zone
}

// OnInit derives the rows before the first render, so the list never
// flashes empty (go-app calls OnMount only after that render).
func (h *Home) OnInit() { h.derive() }

// OnMount follows the import dialog, so that several files picked at once
// are previewed one after another.
func (h *Home) OnMount(ctx app.Context) {
	next := func(ctx app.Context, _ app.Action) { h.next(ctx) }
	ctx.Handle(actImportConfirm, next)
	ctx.Handle(actImportCancel, next)
}

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
	return slices.ContainsFunc(h.Items, func(s storage.Summary) bool { return s.ID == id })
}

// derive sorts a copy of the list, most recently updated first (RFC 3339 UTC
// stamps sort as text), and formats the update times once.
func (h *Home) derive() {
	rows := make([]homeRow, len(h.Items))
	for i, s := range h.Items {
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
	empty := len(h.Items) == 0
	class := "home"
	if h.drop.hovering() {
		class += " dragging"
	}
	return app.Elem("section").Class(class).ID("home").Aria("labelledby", "home-title").
		OnDragEnter(h.onDragEnter).
		OnDragOver(h.onDragOver).
		OnDragLeave(h.onDragLeave).
		OnDrop(h.onDrop).
		Body(
			app.Elem("div").Class("home-head").Body(
				app.Elem("h1").ID("home-title").Text("Assessments"),
				h.toolbar(empty),
			),
			h.issues(),
			h.intro(empty),
			h.queuePanel(),
			app.If(!empty, func() app.UI { return h.table() }),
			h.meter(),
			app.Elem("div").Class("drop-overlay").Aria("hidden", "true").Body(
				app.Elem("p").Text("Drop the CSV files to preview the import"),
			),
		)
}

// toolbar holds the actions on the whole list.
func (h *Home) toolbar(empty bool) app.UI {
	return app.Elem("div").Class("home-actions").Body(
		// The symbols of these buttons come from the stylesheet, so that the
		// text is exactly the button's name.
		app.Elem("button").Attr("type", "button").ID("new-assessment").Class("icon-new").Text("New assessment").
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actNew) }),
		// The input stays in the tab order (visually hidden, not display:none)
		// and its label is the visible button, so that the picker opens by
		// keyboard as well as by pointer.
		app.ElemSelfClosing("input").Attr("type", "file").ID("import-file").Class("file-input").
			Attr("accept", ".csv,text/csv").Attr("multiple", true).
			OnChange(h.onPick),
		app.Elem("label").Attr("for", "import-file").Class("button secondary file-label icon-import").Text("Import CSV"),
		app.If(!empty, func() app.UI {
			return app.Elem("button").Attr("type", "button").Class("secondary icon-export").ID("export-all").Text("Export all").
				OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actExportAll) })
		}),
	)
}

// intro explains the tool: prominently before the first assessment, as a
// short reminder afterwards.
func (h *Home) intro(empty bool) app.UI {
	purpose := app.Elem("ul").Class("intro-list").Body(
		app.Elem("li").Text("one accountable owner for the whole ISMS, and where that owner should sit"),
		app.Elem("li").Text("what corporate IT and plant OT are each responsible for, and what they share"),
		app.Elem("li").Text("a RACI for every Annex A control, separately for IT, OT and shared infrastructure"),
		app.Elem("li").Text("the interfaces to quality, process safety, change control and suppliers"),
		app.Elem("li").Text("red flags in the current set-up and a prioritised action plan"),
	)
	privacy := app.Elem("ul").Class("intro-privacy").Body(
		app.Elem("li").Text("Your answers stay in this browser on this computer."),
		app.Elem("li").Text("Nothing is sent anywhere; the tool works without a network connection."),
		app.Elem("li").Text("Other browsers, other computers and private windows do not see them, and clearing the browser's data deletes them: export a CSV after each session as a backup."),
	)
	if empty {
		return app.Elem("div").Class("intro intro-full").ID("intro").Body(
			app.Elem("div").Class("intro-main").Body(
				app.Elem("h2").Text("Design who owns your ISMS, across IT and the plant floor"),
				app.Elem("p").Class("intro-lead").Text("This tool guides a workshop on the ownership of an ISO/IEC 27001 information security management system that spans corporate IT and plant-floor OT (control systems, PLCs, historians, MES). From the answers it derives:"),
				purpose,
				app.Elem("h3").Text("How a session runs"),
				app.Elem("ol").Class("intro-steps").Body(
					app.Elem("li").Body(app.Elem("strong").Text("Profile"), app.Elem("span").Text("the site, its regulation and who answers")),
					app.Elem("li").Body(app.Elem("strong").Text("Questions"), app.Elem("span").Text("ownership as it works today, area by area")),
					app.Elem("li").Body(app.Elem("strong").Text("Ownership matrix"), app.Elem("span").Text("R, A, C, I per control for IT, OT and shared")),
					app.Elem("li").Body(app.Elem("strong").Text("Results and report"), app.Elem("span").Text("red flags, a recommended model, actions")),
				),
				app.Elem("p").Body(
					app.Text("Start with "),
					app.Elem("strong").Text("New assessment"),
					app.Text(", or import a CSV file exported earlier (also by dropping it here)."),
				),
			),
			app.Elem("div").Class("intro-side").Body(
				app.Elem("h2").Text("Where your data lives"),
				privacy,
				app.Elem("div").Class("drop-hint").Body(
					app.Elem("p").Body(
						app.Elem("span").Class("drop-icon").Aria("hidden", "true").Text("\u21ea"),
						app.Text(" Drop exported CSV files anywhere in this area to import them."),
					),
				),
			),
		)
	}
	return app.Elem("div").Class("intro intro-compact").ID("intro").Body(
		app.Elem("p").Body(
			app.Elem("strong").Text("Stored in this browser only. "),
			app.Text("Nothing is sent anywhere. Export a CSV after each session as a backup. You can also drop CSV files here to import them."),
		),
		app.Elem("details").Body(
			app.Elem("summary").Text("What this tool does"),
			app.Elem("p").Text("It guides a workshop on the ownership of an ISO/IEC 27001 ISMS that spans corporate IT and plant-floor OT, and derives:"),
			purpose,
		),
	)
}

// table lists the stored assessments. Below 60rem the stylesheet turns each
// row into a card, with the column names taken from data-label.
func (h *Home) table() app.UI {
	return app.Elem("div").Class("home-list").Body(
		app.Elem("table").Class("assessments").ID("assessments").Body(
			app.Elem("caption").Class("visually-hidden").Text("Stored assessments, most recently updated first"),
			app.Elem("thead").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("Name"),
				app.Elem("th").Attr("scope", "col").Text("Site"),
				app.Elem("th").Attr("scope", "col").Text("Respondent"),
				app.Elem("th").Attr("scope", "col").Text("Date"),
				app.Elem("th").Attr("scope", "col").Text("Progress"),
				app.Elem("th").Attr("scope", "col").Text("Score"),
				app.Elem("th").Attr("scope", "col").Text("Last updated"),
				app.Elem("th").Attr("scope", "col").Body(app.Elem("span").Class("visually-hidden").Text("Actions")),
			)),
			app.Range(h.rows).Slice(func(i int) app.UI { return h.row(h.rows[i]) }),
		),
	)
}

// row is one assessment; with a pending delete it is followed by the
// confirmation, so the question sits right under the item it concerns.
func (h *Home) row(r homeRow) app.UI {
	name := homeDisplayName(r.Name)
	tr := app.Elem("tr").DataSet("id", r.ID).Body(
		app.Elem("td").Class("col-name").DataSet("label", "Name").Body(h.nameCell(r, name)),
		app.Elem("td").DataSet("label", "Site").Body(homeTextOrDash(r.Site, "No site yet")),
		app.Elem("td").DataSet("label", "Respondent").Body(homeTextOrDash(r.Respondent, "No respondent yet")),
		app.Elem("td").Class("home-nowrap").DataSet("label", "Date").Body(homeTextOrDash(r.Date, "No date")),
		app.Elem("td").Class("col-progress").DataSet("label", "Progress").Body(homeProgressCell(r.Progress)),
		app.Elem("td").Class("col-score").DataSet("label", "Score").Body(homeScoreCell(r.Score)),
		app.Elem("td").Class("col-updated").DataSet("label", "Last updated").Body(
			app.Elem("time").Attr("datetime", r.Updated).Text(r.updatedText),
		),
		app.Elem("td").Class("col-actions").Body(h.rowActions(r, name)),
	)
	// Each assessment is its own row group, so that the confirmation row
	// can follow it without breaking the table's structure.
	if h.confirmDel != r.ID {
		return app.Elem("tbody").Body(tr)
	}
	return app.Elem("tbody").Class("confirming").Body(
		tr,
		app.Elem("tr").Class("confirm-row").Body(
			app.Elem("td").Attr("colspan", 8).Body(
				app.Elem("div").Class("home-confirm").ID("confirm-delete").Attr("role", "group").Aria("labelledby", "confirm-delete-text").Body(
					app.Elem("p").ID("confirm-delete-text").Text("Delete \u201c"+name+"\u201d? This removes it from this browser."),
					app.Elem("div").Class("home-confirm-actions").Body(
						app.Elem("button").Attr("type", "button").Class("danger").ID("confirm-delete-"+r.ID).Text("Delete").
							OnClick(func(ctx app.Context, e app.Event) { h.deleteConfirmed(ctx, r.ID) }, app.EventScope(r.ID)),
						app.Elem("button").Attr("type", "button").Class("secondary").ID("cancel-delete-"+r.ID).Text("Cancel").
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
		return app.Elem("a").Class("assessment-name").Attr("href", Route{ID: r.ID, View: ViewProfile}.Fragment()).Text(name)
	}
	inputID := "rename-input-" + r.ID
	errID := "rename-error-" + r.ID
	input := app.ElemSelfClosing("input").Attr("type", "text").ID(inputID).Class("rename-input").
		Attr("value", h.renameText).Attr("maxlength", assessment.MaxNameLen).Attr("autocomplete", "off").
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
	return app.Elem("div").Class("rename").Body(
		app.Elem("label").Attr("for", inputID).Class("visually-hidden").Text("New name for \u201c"+name+"\u201d"),
		input,
		app.If(h.renameErr != "", func() app.UI { return app.Elem("p").Class("field-error").ID(errID).Text(h.renameErr) }),
		app.Elem("div").Class("rename-actions").Body(
			app.Elem("button").Attr("type", "button").Class("btn-sm").ID("rename-save-"+r.ID).Text("Save").
				OnClick(func(ctx app.Context, e app.Event) { h.saveRename(ctx) }),
			app.Elem("button").Attr("type", "button").Class("btn-sm secondary").ID("rename-cancel-"+r.ID).Text("Cancel").
				OnClick(func(ctx app.Context, e app.Event) { h.cancelRename(ctx) }),
		),
	)
}

// rowActions are the buttons of one row; each names its assessment for
// screen readers, since the visible words repeat on every row.
func (h *Home) rowActions(r homeRow, name string) app.UI {
	hidden := func(s string) app.UI { return app.Elem("span").Class("visually-hidden").Text(" " + s) }
	id := r.ID
	return app.Elem("div").Class("row-actions").Body(
		app.Elem("a").Class("button btn-sm").ID("open-"+id).Attr("href", Route{ID: id, View: ViewProfile}.Fragment()).Body(
			app.Text("Open"), hidden(name),
		),
		app.Elem("button").Attr("type", "button").Class("btn-sm secondary").ID("rename-"+id).Body(app.Text("Rename"), hidden(name)).
			OnClick(func(ctx app.Context, e app.Event) { h.startRename(ctx, id) }, app.EventScope(id)),
		app.Elem("button").Attr("type", "button").Class("btn-sm secondary").ID("duplicate-"+id).Body(app.Text("Duplicate"), hidden(name)).
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actDuplicate, id) }, app.EventScope(id)),
		app.Elem("button").Attr("type", "button").Class("btn-sm secondary").ID("export-"+id).Body(app.Text("Export CSV"), hidden("of "+name)).
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actExport, id) }, app.EventScope(id)),
		app.Elem("button").Attr("type", "button").Class("btn-sm secondary danger-text").ID("delete-"+id).Body(app.Text("Delete"), hidden(name)).
			OnClick(func(ctx app.Context, e app.Event) { h.askDelete(ctx, id) }, app.EventScope(id)),
	)
}

func homeProgressCell(p float64) app.UI {
	p = max(0, min(100, p))
	return app.Elem("div").Class("progress-cell").Body(
		app.Elem("span").Class("progress-text").Text(fmt.Sprintf("%.0f%%", p)),
		// The percentage is the text next to it; the bar only repeats it.
		app.Elem("progress").Attr("max", 100).Attr("value", fmt.Sprintf("%.0f", p)).Aria("hidden", "true"),
	)
}

func homeScoreCell(s float64) app.UI {
	if s < 0 {
		return app.Elem("span").Class("home-no-score").Title("No score yet: no scored answer so far").Body(
			app.Elem("span").Aria("hidden", "true").Text("\u2014"),
			app.Elem("span").Class("visually-hidden").Text("No score yet"),
		)
	}
	return app.Elem("span").Class("home-score").Body(
		app.Elem("strong").Text(fmt.Sprintf("%.0f", min(s, 100))),
		app.Elem("span").Class("muted").Text(" / 100"),
	)
}

// homeTextOrDash shows s, or a dash that screen readers announce as said.
func homeTextOrDash(s, said string) app.UI {
	if strings.TrimSpace(s) != "" {
		return app.Text(s)
	}
	return app.Elem("span").Class("muted").Body(
		app.Elem("span").Aria("hidden", "true").Text("\u2014"),
		app.Elem("span").Class("visually-hidden").Text(said),
	)
}

func homeDisplayName(name string) string {
	if strings.TrimSpace(name) == "" {
		return "Untitled assessment"
	}
	return name
}

// issues lists stored data that could not be shown, and the copies kept of
// unreadable values, with a way to download or discard each copy.
func (h *Home) issues() app.UI {
	if len(h.Issues) == 0 && len(h.Kept) == 0 {
		return nil
	}
	return app.Elem("section").Class("home-issues").ID("issues").Aria("labelledby", "issues-title").Body(
		app.Elem("h2").ID("issues-title").Body(
			app.Elem("span").Aria("hidden", "true").Text("\u26a0 "),
			app.Text("Some stored data needs your attention"),
		),
		app.Elem("p").Text("Nothing below has been changed or deleted by this tool."),
		app.If(len(h.Issues) > 0, func() app.UI {
			return app.Elem("ul").Class("home-issue-list").Body(
				app.Range(h.Issues).Slice(func(i int) app.UI { return homeIssueItem(h.Issues[i]) }),
			)
		}),
		app.If(len(h.Kept) > 0, func() app.UI {
			return app.Elem("div").Body(
				app.Elem("h3").Text("Kept copies of unreadable data"),
				app.Elem("p").Class("muted").Text("Download a copy to keep it or to send it to whoever supports the tool; discard it once you no longer need it."),
				app.Elem("ul").Class("home-kept-list").Body(
					app.Range(h.Kept).Slice(func(i int) app.UI { return h.keptItem(i, h.Kept[i]) }),
				),
			)
		}),
	)
}

func homeIssueItem(is storage.Issue) app.UI {
	// The store's message already names the assessment and says what was
	// done with the value.
	kind := "Cannot be read"
	if is.Kind == storage.IssueTooNew {
		kind = "Saved by a newer version"
	}
	return app.Elem("li").Class("home-issue").Body(
		app.Elem("strong").Text(kind+": "),
		app.Text(is.Message),
	)
}

func (h *Home) keptItem(i int, q storage.Quarantine) app.UI {
	source := q.Source
	if id, ok := storage.IsAssessmentKey(q.Source); ok {
		source = "assessment " + id
	}
	key := q.Key
	confirming := h.confirmDiscard == key
	return app.Elem("li").Class("home-kept").Body(
		app.Elem("p").Body(
			app.Elem("strong").Text("Copy of "+source),
			app.If(q.At != "", func() app.UI { return app.Elem("span").Class("muted").Text(", kept " + homeStamp(q.At)) }),
			app.Text(". "),
			app.If(q.Reason != "", func() app.UI { return app.Elem("span").Text("Reason: " + q.Reason) }),
		),
		app.If(!confirming, func() app.UI {
			return app.Elem("div").Class("home-kept-actions").Body(
				app.Elem("button").Attr("type", "button").Class("btn-sm").ID(fmt.Sprintf("kept-get-%d", i)).Text("Download the kept copy").
					OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actQuarantineGet, key) }, app.EventScope(key)),
				app.Elem("button").Attr("type", "button").Class("btn-sm secondary danger-text").ID(fmt.Sprintf("kept-discard-%d", i)).Text("Discard").
					OnClick(func(ctx app.Context, e app.Event) { h.askDiscard(ctx, key, i) }, app.EventScope(key)),
			)
		}).Else(func() app.UI {
			return app.Elem("div").Class("home-confirm").Attr("role", "group").Aria("labelledby", fmt.Sprintf("kept-confirm-%d", i)).Body(
				app.Elem("p").ID(fmt.Sprintf("kept-confirm-%d", i)).Text("Discard this kept copy? It cannot be recovered afterwards."),
				app.Elem("div").Class("home-confirm-actions").Body(
					app.Elem("button").Attr("type", "button").Class("btn-sm danger").ID(fmt.Sprintf("kept-discard-yes-%d", i)).Text("Discard").
						OnClick(func(ctx app.Context, e app.Event) { h.discardConfirmed(ctx, key) }, app.EventScope(key)),
					app.Elem("button").Attr("type", "button").Class("btn-sm secondary").ID(fmt.Sprintf("kept-cancel-%d", i)).Text("Cancel").
						OnClick(func(ctx app.Context, e app.Event) { h.cancelDiscard(ctx, i) }, app.EventScope(key)),
				),
			)
		}),
	)
}

// queuePanel shows files waiting for their preview. It is the way on when a
// file of the batch was refused and no preview came up.
func (h *Home) queuePanel() app.UI {
	if len(homeImportQueue) == 0 && h.reading == 0 {
		return nil
	}
	if len(homeImportQueue) == 0 {
		return app.Elem("p").Class("home-queue muted").Attr("role", "status").Text("Reading the files\u2026")
	}
	names := make([]string, len(homeImportQueue))
	for i, f := range homeImportQueue {
		names[i] = "\u201c" + f.Name + "\u201d"
	}
	return app.Elem("div").Class("home-queue notice notice-info").ID("import-queue").Body(
		app.Elem("p").Text(fmt.Sprintf("Waiting to be previewed: %s.", strings.Join(names, ", "))),
		app.Elem("div").Class("notice-actions").Body(
			app.Elem("button").Attr("type", "button").Class("btn-sm").ID("queue-next").Text("Preview the next file").
				OnClick(func(ctx app.Context, e app.Event) { h.next(ctx) }),
			app.Elem("button").Attr("type", "button").Class("btn-sm secondary").ID("queue-drop").Text("Skip these files").
				OnClick(func(ctx app.Context, e app.Event) { homeImportQueue = nil }),
		),
	)
}

// meter shows how much of the browser's storage the tool uses.
func (h *Home) meter() app.UI {
	share := 100 * float64(h.Usage) / homeStorageBudget
	var pct string
	switch {
	case h.Usage <= 0:
		pct = "0%"
	case share < 0.1:
		pct = "less than 0.1%"
	default:
		pct = fmt.Sprintf("%.1f%%", share)
	}
	full := share >= 80
	return app.Elem("div").Class("storage-meter").ID("storage-meter").Body(
		app.Elem("meter").Attr("min", 0).Attr("max", homeStorageBudget).Attr("value", min(h.Usage, homeStorageBudget)).
			Attr("low", 0.6*homeStorageBudget).Attr("high", 0.8*homeStorageBudget).Attr("optimum", 0).
			Aria("labelledby", "storage-text"),
		app.Elem("p").ID("storage-text").Body(
			app.Text("Using "+pct+" of this browser's storage for this tool"),
			app.If(full, func() app.UI {
				return app.Elem("strong").Class("storage-warn").Text(" \u2014 almost full: export a backup and delete assessments you no longer need.")
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
		h.renameErr = "Enter a name: it is how you find the assessment here and in exported files."
		return
	}
	id := h.renaming
	h.renaming, h.renameErr = "", ""
	ctx.NewActionWithValue(actRename, Rename{ID: id, Name: name})
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
	ctx.NewActionWithValue(actDelete, id)
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
	ctx.NewActionWithValue(actQuarantineDel, key)
	homeFocus(ctx, "new-assessment")
}

// onPick reads the files chosen in the file picker.
func (h *Home) onPick(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := browser.Files(input.Get("files"))
	// Clear the choice so that picking the same file again (after fixing
	// it) fires another change event.
	input.Set("value", "")
	h.read(ctx, files)
	ctx.PreventUpdate() // picking changes nothing on screen (see read)
}

func (h *Home) onDragEnter(ctx app.Context, e app.Event) { h.drop.enter(e) }
func (h *Home) onDragOver(ctx app.Context, e app.Event)  { h.drop.over(e) }
func (h *Home) onDragLeave(ctx app.Context, e app.Event) { h.drop.leave() }

func (h *Home) onDrop(ctx app.Context, e app.Event) {
	if files := h.drop.take(ctx, e, "Drop CSV files exported by this tool to import them."); len(files) > 0 {
		h.read(ctx, files)
	}
}

// readingNoticeDelay is how long reading files may take before Home says
// that it is reading them.
const readingNoticeDelay = 200 * time.Millisecond

// read reads the files off the UI goroutine (reading awaits a JavaScript
// promise) and hands them on for preview.
func (h *Home) read(ctx app.Context, files []app.Value) {
	if len(files) == 0 {
		return
	}
	h.reading += len(files)
	// A small file is read before anyone could see "Reading the files…",
	// and showing it would cost a render of the whole list in between:
	// the notice appears only if reading takes a noticeable time.
	ctx.After(readingNoticeDelay, func(ctx app.Context) {
		if h.reading == 0 {
			ctx.PreventUpdate()
			return
		}
		h.readingShown = true
	})
	ctx.Async(func() {
		var got []FileData
		var failed []string
		for _, f := range files {
			data, err := browser.ReadFileLimit(f, csvio.MaxBytes)
			if err != nil {
				failed = append(failed, err.Error())
				continue
			}
			got = append(got, FileData{Name: browser.FileName(f), Data: data})
		}
		ctx.Dispatch(func(ctx app.Context) {
			h.reading = max(0, h.reading-len(files))
			shown := h.readingShown
			h.readingShown = shown && h.reading > 0
			if len(failed) > 0 {
				text := "A file could not be read, so nothing was imported from it."
				if len(failed) > 1 {
					text = fmt.Sprintf("%d files could not be read, so nothing was imported from them.", len(failed))
				}
				ctx.NewActionWithValue(actNotice, Notice{Kind: NoticeError, Text: text, Details: failed})
			}
			h.enqueue(ctx, got)
			if !shown && len(homeImportQueue) == 0 {
				// Nothing on this view changed: the notice and the
				// preview are Root's.
				ctx.PreventUpdate()
			}
		})
	})
}

// enqueue previews the first file now and keeps the others for when the
// preview is confirmed or cancelled (Root previews one file at a time).
func (h *Home) enqueue(ctx app.Context, files []FileData) {
	if len(files) == 0 {
		return
	}
	homeImportQueue = append(homeImportQueue, files...)
	h.next(ctx)
}

// next previews the next waiting file, if any.
func (h *Home) next(ctx app.Context) {
	if len(homeImportQueue) == 0 {
		return
	}
	f := homeImportQueue[0]
	homeImportQueue = slices.Delete(homeImportQueue, 0, 1)
	ctx.NewActionWithValue(actImportFile, f)
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
// "3 Mar 2026, 14:05". The Go runtime in the browser only knows UTC, so the
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
	return t.Format("2 Jan 2006, 15:04")
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
