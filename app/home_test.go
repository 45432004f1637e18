//go:build !wasm

package app

import (
	stdhtml "html"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/storage"
)

// homeTestHost mounts a view and records every action the view posts, the
// way Root would receive them.
type homeTestHost struct {
	app.Compo
	child app.UI
	ctx   app.Context
	got   []app.Action
}

// OnPreRender stands in for OnMount, which go-app only calls in the
// browser; natively, components are pre-rendered instead.
func (h *homeTestHost) OnPreRender(ctx app.Context) {
	h.ctx = ctx
	for _, name := range []string{
		actNew, actOpen, actGo, actRename, actDuplicate, actDelete, actUndo, actProfile,
		actExport, actExportAll, actImportFile, actImportConfirm, actImportCancel, actNotice,
		actQuarantineGet, actQuarantineDel,
	} {
		ctx.Handle(name, func(ctx app.Context, a app.Action) { h.got = append(h.got, a) })
	}
}

func (h *homeTestHost) Render() app.UI { return app.Div().Body(h.child) }

// posted returns the recorded actions named name.
func (h *homeTestHost) posted(name string) []app.Action {
	var out []app.Action
	for _, a := range h.got {
		if a.Name == name {
			out = append(out, a)
		}
	}
	return out
}

// homeMount loads c under a recording host.
func homeMount(t *testing.T, c app.Composer) (app.TestEngine, *homeTestHost) {
	t.Helper()
	e := app.NewTestEngine()
	host := &homeTestHost{child: c}
	if err := e.Load(host); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if host.ctx.Context == nil {
		t.Fatal("the test host got no context")
	}
	// go-app calls OnMount only in the browser: call it as it would.
	if m, ok := c.(app.Mounter); ok {
		m.OnMount(host.ctx)
		e.ConsumeAll()
	}
	return e, host
}

// homeRender renders c's current state (after handlers or OnMount changed
// it; the mounted tree is only re-rendered by browser events).
func homeRender(c app.Composer) string { return stdhtml.UnescapeString(app.HTMLString(c.Render())) }

// homeInvalid reports whether an opening tag is marked aria-invalid="true" (the
// encoder writes attributes whose value is "true" bare).
func homeInvalid(tag string) bool {
	return strings.Contains(tag, ` aria-invalid="true"`) || strings.Contains(tag, " aria-invalid ") || strings.Contains(tag, " aria-invalid>")
}

// homeTag returns the opening tag of the element with the given id.
func homeTag(html, id string) string {
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := strings.Index(html[i:], ">")
	return html[start : i+end+1]
}

func homeRequire(t *testing.T, html string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(html, w) {
			t.Errorf("page lacks %q", w)
		}
	}
}

func homeLacks(t *testing.T, html string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(html, w) {
			t.Errorf("page shows %q", w)
		}
	}
}

var homeItems = []storage.Summary{
	{ID: "old1", Name: "Older plant", Site: "Lyon", Respondent: "A. Martin", Date: "2026-01-10",
		Updated: "2026-01-10T09:00:00Z", Progress: 50, Score: -1},
	{ID: "new2", Name: "Newer plant", Site: "Brno", Respondent: "J. Novak", Date: "2026-03-01",
		Updated: "2026-03-02T15:30:00Z", Progress: 100, Score: 72.4},
}

func TestHomeEmptyExplains(t *testing.T) {
	h := &Home{}
	homeMount(t, h)
	html := homeRender(h)
	homeRequire(t, html,
		"<h1", ">Assessments</h1>",
		"ISO/IEC 27001", "plant-floor OT", "accountable owner", "RACI for every Annex A control",
		"interfaces", "red flags", "action plan",
		"stay in this browser on this computer", "Nothing is sent anywhere", "export a CSV",
		`id="new-assessment"`, `type="file"`, `accept=".csv,text/csv"`, `for="import-file"`, "Import CSV",
		"Using 0% of this browser's storage for this tool",
	)
	homeLacks(t, html, "<table", `id="export-all"`, `id="issues"`)
	if strings.Count(html, "<h1") != 1 {
		t.Errorf("%d h1 elements", strings.Count(html, "<h1"))
	}
}

func TestHomeListsItemsNewestFirst(t *testing.T) {
	h := &Home{Items: homeItems, Usage: 60_000}
	homeMount(t, h)
	html := homeRender(h)
	homeRequire(t, html,
		"<table", `href="#/new2/profile"`, `href="#/old1/profile"`, "Lyon", "J. Novak", "2026-03-01",
		"50%", "100%", "<progress", ">72</strong>", "No score yet", "\u2014",
		`id="export-all"`, `id="rename-old1"`, `id="duplicate-old1"`, `id="export-old1"`, `id="delete-old1"`,
		"Using 1.2% of this browser's storage for this tool",
		"Stored in this browser only", // the compact reminder
	)
	homeLacks(t, html, "Design who owns your ISMS")
	if strings.Index(html, "Newer plant") > strings.Index(html, "Older plant") {
		t.Error("the most recently updated assessment is not listed first")
	}
	// The score cell of the unscored row shows the dash, not a number.
	if strings.Contains(html, ">-1<") || strings.Contains(html, "-1 / 100") {
		t.Error("a missing score is shown as -1")
	}
}

func TestHomeDeleteAsksFirst(t *testing.T) {
	h := &Home{Items: homeItems}
	e, host := homeMount(t, h)

	h.askDelete(host.ctx, "old1")
	e.ConsumeAll()
	html := homeRender(h)
	homeRequire(t, html, "Delete \u201cOlder plant\u201d? This removes it from this browser.",
		`id="confirm-delete-old1"`, `id="cancel-delete-old1"`)
	if n := len(host.posted(actDelete)); n != 0 {
		t.Fatalf("asking for confirmation already posted %d delete(s)", n)
	}

	h.cancelDelete(host.ctx)
	e.ConsumeAll()
	homeLacks(t, homeRender(h), "This removes it from this browser")

	h.askDelete(host.ctx, "old1")
	h.deleteConfirmed(host.ctx, "old1")
	e.ConsumeAll()
	got := host.posted(actDelete)
	if len(got) != 1 || got[0].Value != "old1" {
		t.Fatalf("delete posted %+v, want old1 once", got)
	}
	homeLacks(t, homeRender(h), "This removes it from this browser")
}

func TestHomeRenameInline(t *testing.T) {
	h := &Home{Items: homeItems}
	e, host := homeMount(t, h)

	h.startRename(host.ctx, "new2")
	html := homeRender(h)
	if tag := homeTag(html, "rename-input-new2"); !strings.Contains(tag, `value="Newer plant"`) {
		t.Fatalf("rename field %q does not hold the current name", tag)
	}
	homeRequire(t, html, `id="rename-save-new2"`, `id="rename-cancel-new2"`)

	h.renameText = "   "
	h.saveRename(host.ctx)
	e.ConsumeAll()
	html = homeRender(h)
	homeRequire(t, html, "Enter a name")
	if tag := homeTag(html, "rename-input-new2"); !homeInvalid(tag) || !strings.Contains(tag, `aria-describedby="rename-error-new2"`) {
		t.Errorf("invalid rename field not marked: %q", tag)
	}
	if n := len(host.posted(actRename)); n != 0 {
		t.Fatalf("an empty name was posted (%d)", n)
	}

	h.renameText = "  Brno assembly  "
	h.saveRename(host.ctx)
	e.ConsumeAll()
	got := host.posted(actRename)
	if len(got) != 1 || got[0].Value != (Rename{ID: "new2", Name: "Brno assembly"}) {
		t.Fatalf("rename posted %+v", got)
	}
	homeLacks(t, homeRender(h), `id="rename-input-new2"`)
}

func TestHomeRowActionsPostTheirID(t *testing.T) {
	h := &Home{Items: homeItems}
	e, host := homeMount(t, h)
	h.enqueue(host.ctx, nil) // nothing to do
	h.discardConfirmed(host.ctx, "isms-ownership/v1/quarantine/x")
	e.ConsumeAll()
	if got := host.posted(actQuarantineDel); len(got) != 1 || got[0].Value != "isms-ownership/v1/quarantine/x" {
		t.Errorf("discard posted %+v", got)
	}
	if n := len(host.posted(actImportFile)); n != 0 {
		t.Errorf("an empty batch posted %d file(s)", n)
	}
}

func TestHomeShowsIssuesAndKeptCopies(t *testing.T) {
	h := &Home{
		Items: homeItems[:1],
		Issues: []storage.Issue{
			{Kind: storage.IssueUnreadable, Key: "isms-ownership/v1/a/bad1", ID: "bad1", QuarantineKey: "isms-ownership/v1/quarantine/q1", Message: "The stored data is not valid JSON."},
			{Kind: storage.IssueTooNew, Key: "isms-ownership/v1/a/new9", ID: "new9", Message: "Saved with schema 9."},
		},
		Kept: []storage.Quarantine{
			{Key: "isms-ownership/v1/quarantine/q1", Source: "isms-ownership/v1/a/bad1", Reason: "invalid JSON", At: "2026-03-01T10:00:00Z"},
		},
	}
	e, host := homeMount(t, h)
	html := homeRender(h)
	homeRequire(t, html, `id="issues"`, "Some stored data needs your attention",
		"Cannot be read: ", "The stored data is not valid JSON.",
		"Saved by a newer version: ", "Saved with schema 9.",
		"Copy of assessment bad1", "Reason: invalid JSON",
		"Download the kept copy", `id="kept-discard-0"`)
	homeLacks(t, html, "Discard this kept copy?")

	h.askDiscard(host.ctx, "isms-ownership/v1/quarantine/q1", 0)
	e.ConsumeAll()
	html = homeRender(h)
	homeRequire(t, html, "Discard this kept copy? It cannot be recovered afterwards.", `id="kept-discard-yes-0"`, `id="kept-cancel-0"`)
	if n := len(host.posted(actQuarantineDel)); n != 0 {
		t.Fatalf("asking posted %d discard(s)", n)
	}
	h.cancelDiscard(host.ctx, 0)
	homeLacks(t, homeRender(h), "Discard this kept copy?")
}

func TestHomeImportsSeveralFilesOneAfterAnother(t *testing.T) {
	homeImportQueue = nil
	t.Cleanup(func() { homeImportQueue = nil })
	h := &Home{}
	e, host := homeMount(t, h)
	h.enqueue(host.ctx, []FileData{{Name: "a.csv", Data: []byte("a")}, {Name: "b.csv", Data: []byte("b")}})
	e.ConsumeAll()
	got := host.posted(actImportFile)
	if len(got) != 1 || got[0].Value.(FileData).Name != "a.csv" {
		t.Fatalf("first preview: %+v", got)
	}
	homeRequire(t, homeRender(h), "Waiting to be previewed: \u201cb.csv\u201d.", `id="queue-next"`)

	// Cancelling the first preview brings up the next file.
	host.ctx.NewAction(actImportCancel)
	e.ConsumeAll()
	got = host.posted(actImportFile)
	if len(got) != 2 || got[1].Value.(FileData).Name != "b.csv" {
		t.Fatalf("after cancel: %+v", got)
	}
	homeLacks(t, homeRender(h), "Waiting to be previewed")

	host.ctx.NewAction(actImportConfirm)
	e.ConsumeAll()
	if n := len(host.posted(actImportFile)); n != 2 {
		t.Errorf("an empty queue posted more files: %d", n)
	}
}

func TestHomeStorageMeterWarnsWhenFull(t *testing.T) {
	for _, c := range []struct {
		usage int
		want  string
		warn  bool
	}{
		{0, "Using 0% of", false},
		{2_000, "Using less than 0.1% of", false},
		{60_000, "Using 1.2% of", false},
		{4_500_000, "Using 90.0% of", true},
	} {
		h := &Home{Usage: c.usage}
		homeMount(t, h)
		html := homeRender(h)
		homeRequire(t, html, c.want+" this browser's storage for this tool", "<meter")
		if got := strings.Contains(html, "almost full"); got != c.warn {
			t.Errorf("usage %d: warning shown %v, want %v", c.usage, got, c.warn)
		}
	}
}
