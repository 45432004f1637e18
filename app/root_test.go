//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
)

// harness mounts a Root over an in-memory backend and keeps a context to
// post actions with, as the views do.
type harness struct {
	app.Compo
	root *Root
	ctx  app.Context
}

// OnPreRender keeps a context to post actions with: natively go-app calls
// OnPreRender instead of OnMount (Root does the same to start up).
func (h *harness) OnPreRender(ctx app.Context) { h.ctx = ctx }

func (h *harness) Render() app.UI { return app.Div().Body(h.root) }

type rootTest struct {
	t   *testing.T
	e   app.TestEngine
	h   *harness
	mem *storage.Memory
}

func newRootTest(t *testing.T, mem *storage.Memory) *rootTest {
	t.Helper()
	if mem == nil {
		mem = storage.NewMemory()
	}
	h := &harness{root: &Root{Backend: mem}}
	e := app.NewTestEngine()
	if err := e.Load(h); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return &rootTest{t: t, e: e, h: h, mem: mem}
}

func (rt *rootTest) post(name string, v any) {
	rt.h.ctx.NewActionWithValue(name, v)
	rt.e.ConsumeAll()
}

func (rt *rootTest) html() string { return app.HTMLString(rt.h.root) }

func (rt *rootTest) flush() {
	rt.t.Helper()
	if rt.h.root.saver != nil {
		if err := rt.h.root.saver.Flush(); err != nil {
			rt.t.Fatalf("flush: %v", err)
		}
	}
	rt.e.ConsumeAll()
}

func TestRootStartsOnHomeAndSignalsReady(t *testing.T) {
	rt := newRootTest(t, nil)
	if got := browser.AppState(); got != "ready" {
		t.Errorf("app state = %q, want ready", got)
	}
	if rt.h.root.route.View != ViewHome {
		t.Errorf("view = %q, want home", rt.h.root.route.View)
	}
	if html := rt.html(); !strings.Contains(html, `id="main"`) {
		t.Errorf("no main landmark in %s", html)
	}
}

func TestRootCreateAnswerAndPersist(t *testing.T) {
	rt := newRootTest(t, nil)
	rt.post(actNew, nil)
	r := rt.h.root
	if !r.open || r.route.View != ViewProfile {
		t.Fatalf("after new: open=%v view=%q, want the profile of the new assessment", r.open, r.route.View)
	}
	id := r.cur.ID
	p := r.cur.Profile
	p.Site = "Plant Nord"
	rt.post(actProfile, p)
	rt.post(actAnswer, AnswerChange{Question: "GOV-01", Answer: assessment.Answer{Rating: assessment.Rating3, Note: "CISO named"}})
	before := r.cur.Answers
	rt.post(actAnswer, AnswerChange{Question: "GOV-02", Answer: assessment.Answer{Rating: assessment.RatingUnknown}})
	if _, ok := before["GOV-02"]; ok {
		t.Error("an answer changed the previous answers map in place; views would not re-render")
	}
	rt.post(actRACI, RACIChange{Key: assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}, Role: assessment.RoleOT, Letter: assessment.LetterResponsible})
	rt.flush()

	// A second window over the same storage sees everything.
	rt2 := newRootTest(t, rt.mem)
	rt2.post(actOpen, id)
	got := rt2.h.root.cur
	if got.Profile.Site != "Plant Nord" || got.Answers["GOV-01"].Note != "CISO named" || got.Answers["GOV-02"].Rating != assessment.RatingUnknown {
		t.Errorf("reloaded assessment lost data: %+v", got)
	}
	if got.Matrix[assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}][assessment.RoleOT] != assessment.LetterResponsible {
		t.Errorf("reloaded matrix lost the cell: %v", got.Matrix)
	}
}

func TestRootDeleteAndUndo(t *testing.T) {
	rt := newRootTest(t, nil)
	rt.post(actNew, nil)
	id := rt.h.root.cur.ID
	rt.post(actDelete, id)
	r := rt.h.root
	if r.open || len(r.summaries) != 0 {
		t.Fatalf("after delete: open=%v, %d listed", r.open, len(r.summaries))
	}
	if r.notice == nil || !r.notice.Undo {
		t.Fatalf("no undo offered after delete: %+v", r.notice)
	}
	rt.post(actUndo, nil)
	if len(r.summaries) != 1 || r.summaries[0].ID != id {
		t.Errorf("undo did not restore the assessment: %+v", r.summaries)
	}
}

func TestRootImportBrokenFileChangesNothing(t *testing.T) {
	rt := newRootTest(t, nil)
	rt.post(actNew, nil)
	rt.flush()
	snapshot := dump(t, rt.mem)
	rt.post(actImportFile, FileData{Name: "broken.csv", Data: []byte("not,a,valid\nfile,at,all\n")})
	r := rt.h.root
	if r.notice == nil || r.notice.Kind != NoticeError || len(r.notice.Details) == 0 {
		t.Fatalf("broken import gave no error with details: %+v", r.notice)
	}
	if r.preview != nil {
		t.Error("broken import produced a preview")
	}
	if after := dump(t, rt.mem); after != snapshot {
		t.Errorf("broken import changed storage:\nbefore %s\nafter  %s", snapshot, after)
	}
}

func TestRootUnknownFragmentFallsBackHome(t *testing.T) {
	rt := newRootTest(t, nil)
	rt.post(actGo, Route{ID: "does-not-exist", View: ViewMatrix})
	r := rt.h.root
	if r.open || r.route.View != ViewHome {
		t.Errorf("open=%v view=%q, want home", r.open, r.route.View)
	}
	if r.notice == nil || r.notice.Kind != NoticeError {
		t.Errorf("no error notice for a missing assessment: %+v", r.notice)
	}
}

func dump(t *testing.T, m *storage.Memory) string {
	t.Helper()
	keys, err := m.Keys()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, k := range keys {
		v, _, _ := m.Get(k)
		b.WriteString(k + "=" + v + "\n")
	}
	return b.String()
}

// Renaming the open assessment from the list shows the new name at once,
// before the autosave has stored it.
func TestRootRenameOpenAssessmentFromHome(t *testing.T) {
	rt := newRootTest(t, nil)
	rt.post(actNew, nil)
	id := rt.h.root.cur.ID
	rt.post(actGo, Route{View: ViewHome})
	rt.post(actRename, Rename{ID: id, Name: "Lyon packaging plant"})
	if got := rt.h.root.summaries[0].Name; got != "Lyon packaging plant" {
		t.Fatalf("list shows %q after rename, want the new name", got)
	}
	if html := rt.html(); !strings.Contains(html, "Lyon packaging plant") {
		t.Error("the home view does not show the new name")
	}
}

// Two windows on one assessment: the one that is idle follows the other's
// saves; the one with unsaved changes does not overwrite a newer revision
// but stops and asks.
func TestRootTwoWindows(t *testing.T) {
	first := newRootTest(t, nil)
	first.post(actNew, nil)
	id := first.h.root.cur.ID
	first.flush()

	second := newRootTest(t, first.mem)
	second.post(actOpen, id)

	p := first.h.root.cur.Profile
	p.Site = "Lyon"
	first.post(actProfile, p)
	first.flush()
	storage.FireStorageEvent("isms-ownership/v1/a/" + id)
	second.e.ConsumeAll()
	if got := second.h.root.cur.Profile.Site; got != "Lyon" {
		t.Fatalf("the idle window shows site %q after the other saved, want Lyon", got)
	}

	// Both change; the first saves; the second's save must not overwrite.
	p.Site = "Lyon packaging"
	first.post(actProfile, p)
	q := second.h.root.cur.Profile
	q.Sector = "Food"
	second.post(actProfile, q)
	first.flush()
	if err := second.h.root.saver.Flush(); err == nil {
		t.Fatal("the second window saved over a newer revision")
	}
	second.e.ConsumeAll()
	if st := second.h.root.status.State; st != storage.StateConflict {
		t.Errorf("second window status %q, want conflict", st)
	}
	if html := second.html(); !strings.Contains(html, "Load the other version") {
		t.Error("the conflict is not offered to the user")
	}
	third := newRootTest(t, first.mem)
	third.post(actOpen, id)
	if got := third.h.root.cur.Profile; got.Site != "Lyon packaging" || got.Sector == "Food" {
		t.Errorf("stored profile %+v, want the first window's save kept", got)
	}
}

// TestRootHistory checks that a view change adds one history entry (and a
// repeated one none), and that going back shows the entry's view.
func TestRootHistory(t *testing.T) {
	rt := newRootTest(t, nil)
	rt.post(actNew, nil)
	r := rt.h.root
	id := r.cur.ID
	start := len(browser.Pushed())
	r.navigate(rt.h.ctx, Route{ID: id, View: ViewResults})
	r.navigate(rt.h.ctx, Route{ID: id, View: ViewResults})
	rt.e.ConsumeAll()
	pushed := browser.Pushed()[start:]
	if want := "#/" + id + "/results"; len(pushed) != 1 || pushed[0] != want {
		t.Fatalf("history entries %q, want one %q", pushed, want)
	}
	if r.route.View != ViewResults {
		t.Fatalf("view %q, want results", r.route.View)
	}
	browser.FirePopState("/" + id + "/profile")
	rt.e.ConsumeAll()
	if r.route.View != ViewProfile || r.route.ID != id {
		t.Errorf("after going back: route %+v, want %s's profile", r.route, id)
	}
	if len(browser.Pushed()) != start+1 {
		t.Errorf("going back added history entries: %q", browser.Pushed()[start:])
	}
}
