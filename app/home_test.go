//go:build !wasm

package app

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// homeHTML is the Home section of the page that Root shows.
func homeHTML(t *testing.T, ts *tester) string {
	t.Helper()
	require.Equal(t, ViewHome, ts.route().View)
	return htmlID(t, ts.html(), "home")
}

// homeRowIDs lists the assessments of the table, in order.
func homeRowIDs(html string) []string {
	var ids []string
	for _, tag := range htmlTags(html, "tr") {
		if id, ok := tag.Attrs["data-id"]; ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// homeRowText is the text of the table row of assessment id.
func homeRowText(t *testing.T, html, id string) string {
	t.Helper()
	return htmlText(htmlElem(t, html, func(tag htmlTag) bool { return tag.Name == "tr" && tag.Attrs["data-id"] == id }))
}

// storedIn reports whether mem holds assessment id.
func storedIn(t *testing.T, mem *storage.Memory, id string) bool {
	t.Helper()
	_, ok, err := mem.Get(storage.Prefix + "a/" + id)
	require.NoError(t, err)
	return ok
}

func TestHomeGolden(t *testing.T) {
	tests := []struct {
		name string
		as   []assessment.Assessment
	}{
		{"home-empty", nil},
		{"home-three-samples", []assessment.Assessment{sample(1), sample(2), sample(3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := storage.NewMemory()
			seed(t, mem, tt.as...)
			ts := newTester(t, mem)
			golden(t, tt.name, homeHTML(t, ts))
		})
	}
}

func TestHomeEmptyExplains(t *testing.T) {
	ts := newTester(t, nil)
	html := homeHTML(t, ts)
	text := htmlText(html)
	for _, want := range []string{
		"Assessments",
		"ISO/IEC 27001", "plant-floor OT", "accountable owner", "RACI for every Annex A control",
		"interfaces", "findings", "action plan",
		"stay in this browser on this computer", "Nothing is sent anywhere", "export a CSV",
		"Import CSV", "of this browser's storage for this tool",
	} {
		assert.Contains(t, text, want)
	}
	assert.Equal(t, "New assessment", htmlText(htmlID(t, html, "new-assessment")))
	picker := htmlByID(t, html, "import-file")
	assert.Equal(t, "file", picker.Attrs["type"])
	assert.Equal(t, ".csv,text/csv", picker.Attrs["accept"])
	assert.True(t, picker.has("multiple"), "several files can be picked at once")
	labels := htmlTags(html, "label")
	require.Len(t, labels, 1)
	assert.Equal(t, "import-file", labels[0].Attrs["for"], "the visible button is the picker's label")

	assert.Len(t, htmlTags(html, "h1"), 1)
	assert.Empty(t, htmlTags(html, "table"))
	assert.NotContains(t, html, `id="export-all"`)
	assert.NotContains(t, html, `id="issues"`)
	assert.NotContains(t, html, `id="import-queue"`)
}

func TestHomeListsNewestFirst(t *testing.T) {
	older := assessment.New("old1", time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC))
	older.Name = "Older plant"
	older.Profile.Site = "Lyon"
	older.Profile.Respondent = "A. Martin"
	newer := sample(2)
	newer.ID, newer.Name = "new2", "Newer plant"
	untitled := assessment.New("mid3", time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC))
	untitled.Name, untitled.Profile.Date = "", ""
	mem := storage.NewMemory()
	seed(t, mem, older, newer, untitled)
	ts := newTester(t, mem)
	html := homeHTML(t, ts)

	assert.Equal(t, []string{"new2", "mid3", "old1"}, homeRowIDs(html), "the most recently updated first")
	score := session.Summarize(newer).Score
	require.GreaterOrEqual(t, score, 0.0)
	tests := []struct {
		id   string
		want []string
		lack []string
	}{
		{"new2", []string{"Newer plant", newer.Profile.Site, newer.Profile.Respondent, "14 Mar 2026", "100%",
			fmt.Sprintf("%.0f / 100", score), "14 Mar 2026, 09:30"}, []string{"No score yet"}},
		{"old1", []string{"Older plant", "Lyon", "A. Martin", "10 Jan 2026", "0%", "\u2014 No score yet", "10 Jan 2026, 09:00"}, []string{"-1 /", "/ 100"}},
		{"mid3", []string{assessment.DisplayName(""), "\u2014 No site yet", "\u2014 No respondent yet", "\u2014 No date", "0%", "No score yet"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			row := homeRowText(t, html, tt.id)
			for _, w := range tt.want {
				assert.Contains(t, row, w)
			}
			for _, l := range tt.lack {
				assert.NotContains(t, row, l)
			}
			assert.Equal(t, "#/"+tt.id+"/profile", htmlByID(t, html, "open-"+tt.id).Attrs["href"])
			for _, action := range []string{"rename", "duplicate", "export", "delete"} {
				assert.Equal(t, "button", htmlByID(t, html, action+"-"+tt.id).Name)
			}
		})
	}
	text := htmlText(html)
	assert.Contains(t, text, "Stored in this browser only", "the compact reminder")
	assert.NotContains(t, text, "Design who owns your ISMS", "the full introduction is for the empty list")
	assert.Contains(t, html, `id="export-all"`)
	assert.Contains(t, html, `id="storage-meter"`)
}

// TestHomeRename types names into the inline rename form of a stored
// assessment that is not open.
func TestHomeRename(t *testing.T) {
	tests := []struct {
		name    string
		typed   string
		wantErr string // the error shown, "" when the name is saved
		want    string // the stored name afterwards
	}{
		{"trimmed", "  Brno assembly  ", "", "Brno assembly"},
		{"blank", "   ", "Enter a name", sample(2).Name},
		{"empty", "", "Enter a name", sample(2).Name},
		{"unchanged", sample(2).Name, "", sample(2).Name},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := storage.NewMemory()
			seed(t, mem, sample(1), sample(2))
			ts := newTester(t, mem)
			h := mounted[*Home](ts)
			id := sample(2).ID

			ts.in(h, func(ctx app.Context) { h.startRename(ctx, id) })
			html := homeHTML(t, ts)
			input := htmlByID(t, html, "rename-input-"+id)
			assert.Equal(t, sample(2).Name, input.Attrs["value"], "the field starts with the current name")
			assert.Equal(t, strconv.Itoa(assessment.MaxNameLen), input.Attrs["maxlength"])
			assert.Contains(t, html, `id="rename-save-`+id+`"`)
			assert.Contains(t, html, `id="rename-cancel-`+id+`"`)
			assert.NotContains(t, html, `id="rename-input-`+sample(1).ID+`"`, "only one row is renamed")

			ts.in(h, func(ctx app.Context) {
				h.renameText = tt.typed
				h.saveRename(ctx)
			})
			html = homeHTML(t, ts)
			got, err := ts.env().Load(id)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.Name)
			if tt.wantErr != "" {
				input := htmlByID(t, html, "rename-input-"+id)
				assert.True(t, input.has("aria-invalid"))
				assert.Equal(t, "rename-error-"+id, input.Attrs["aria-describedby"])
				assert.Contains(t, htmlText(htmlID(t, html, "rename-error-"+id)), tt.wantErr)
				return
			}
			assert.NotContains(t, html, `id="rename-input-`+id+`"`, "the form closes once saved")
			assert.Contains(t, homeRowText(t, homeHTML(t, ts), id), tt.want, "the list shows the new name")
		})
	}
}

func TestHomeRenameCancelAndDeleteExclude(t *testing.T) {
	mem := storage.NewMemory()
	seed(t, mem, sample(1))
	ts := newTester(t, mem)
	h := mounted[*Home](ts)
	id := sample(1).ID

	ts.in(h, func(ctx app.Context) { h.startRename(ctx, id) })
	ts.in(h, func(ctx app.Context) {
		h.renameText = "Not kept"
		h.cancelRename(ctx)
	})
	assert.NotContains(t, homeHTML(t, ts), `id="rename-input-`+id+`"`)
	got, err := ts.env().Load(id)
	require.NoError(t, err)
	assert.Equal(t, sample(1).Name, got.Name, "cancelling keeps the name")

	ts.in(h, func(ctx app.Context) { h.startRename(ctx, id) })
	ts.in(h, func(ctx app.Context) { h.askDelete(ctx, id) })
	html := homeHTML(t, ts)
	assert.NotContains(t, html, `id="rename-input-`+id+`"`, "asking to delete closes the rename form")
	assert.Contains(t, html, `id="confirm-delete"`)
	ts.in(h, func(ctx app.Context) { h.startRename(ctx, id) })
	html = homeHTML(t, ts)
	assert.Contains(t, html, `id="rename-input-`+id+`"`)
	assert.NotContains(t, html, `id="confirm-delete"`, "renaming drops the pending delete")
}

func TestHomeDeleteAsksFirstAndUndoes(t *testing.T) {
	mem := storage.NewMemory()
	seed(t, mem, sample(1), sample(2))
	ts := newTester(t, mem)
	h := mounted[*Home](ts)
	id, name := sample(2).ID, sample(2).Name

	ts.in(h, func(ctx app.Context) { h.askDelete(ctx, id) })
	html := homeHTML(t, ts)
	assert.Equal(t, "Delete \u201c"+name+"\u201d? This removes it from this browser.", htmlText(htmlID(t, html, "confirm-delete-text")))
	assert.Contains(t, html, `id="confirm-delete-`+id+`"`)
	assert.Contains(t, html, `id="cancel-delete-`+id+`"`)
	assert.True(t, storedIn(t, mem, id), "asking deletes nothing")

	ts.in(h, func(ctx app.Context) { h.cancelDelete(ctx) })
	assert.NotContains(t, homeHTML(t, ts), `id="confirm-delete"`)
	assert.True(t, storedIn(t, mem, id))

	ts.in(h, func(ctx app.Context) { h.askDelete(ctx, id) })
	ts.in(h, func(ctx app.Context) { h.deleteConfirmed(ctx, id) })
	assert.False(t, storedIn(t, mem, id))
	assert.NotContains(t, homeHTML(t, ts), `id="confirm-delete"`)
	assert.Equal(t, []string{sample(1).ID}, homeRowIDs(homeHTML(t, ts)))
	page := ts.html()
	assert.Equal(t, "Deleted \u201c"+name+"\u201d.", htmlText(htmlClass(t, page, "notice-text")))
	require.Contains(t, page, `id="notice-undo"`)

	ts.do(func(ctx app.Context) { ts.env().Undo(ctx) }) // the notice's Undo button
	assert.True(t, storedIn(t, mem, id))
	assert.Equal(t, []string{sample(1).ID, id}, homeRowIDs(homeHTML(t, ts)))
	assert.Contains(t, htmlText(ts.html()), "Undone.")
}

// A rename being typed or a delete waiting for its confirmation is dropped
// when the assessment leaves the list some other way, and does not come
// back with it.
func TestHomeRowStateFollowsTheList(t *testing.T) {
	id := sample(1).ID
	tests := []struct {
		name  string
		start func(ctx app.Context, h *Home)
		shown string // an id in the row while it lasts
	}{
		{"delete", func(ctx app.Context, h *Home) { h.askDelete(ctx, id) }, "confirm-delete"},
		{"rename", func(ctx app.Context, h *Home) { h.startRename(ctx, id) }, "rename-input-" + id},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := storage.NewMemory()
			seed(t, mem, sample(1))
			ts := newTester(t, mem)
			h := mounted[*Home](ts)
			ts.in(h, func(ctx app.Context) { tt.start(ctx, h) })
			require.Contains(t, homeHTML(t, ts), `id="`+tt.shown+`"`)
			ts.in(h, func(ctx app.Context) { h.Env.Delete(ctx, id) }) // e.g. from another window
			ts.in(h, func(ctx app.Context) { h.Env.Undo(ctx) })
			html := homeHTML(t, ts)
			assert.Equal(t, []string{id}, homeRowIDs(html))
			assert.NotContains(t, html, `id="`+tt.shown+`"`)
		})
	}
}

func TestHomeDuplicate(t *testing.T) {
	mem := storage.NewMemory()
	seed(t, mem, sample(1))
	ts := newTester(t, mem)
	h := mounted[*Home](ts)

	ts.in(h, func(ctx app.Context) { _, _ = h.Env.Duplicate(sample(1).ID) })
	items := ts.env().List().Items
	require.Len(t, items, 2)
	html := homeHTML(t, ts)
	var copyID string
	for _, id := range homeRowIDs(html) {
		if id != sample(1).ID {
			copyID = id
		}
	}
	require.NotEmpty(t, copyID)
	copied, err := ts.env().Load(copyID)
	require.NoError(t, err)
	assert.Equal(t, sample(1).Name+" (copy)", copied.Name)
	assert.Equal(t, sample(1).Answers, copied.Answers)
	assert.Contains(t, homeRowText(t, html, copyID), sample(1).Name+" (copy)")
	assert.Equal(t, "Created \u201c"+sample(1).Name+" (copy)\u201d.", htmlText(htmlClass(t, ts.html(), "notice-text")))
}

func TestHomeExportReachesADownload(t *testing.T) {
	as := []assessment.Assessment{sample(1), sample(2), sample(3)}
	tests := []struct {
		name   string
		export func(h *Home) error
		file   string
		want   []assessment.Assessment
	}{
		{"one", func(h *Home) error { return h.Env.Export(as[1].ID) }, csvio.Filename(as[1]), as[1:2]},
		{"all", func(h *Home) error { return h.Env.ExportAll() }, "ownership-backup-2026-03-14.csv", as},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := storage.NewMemory()
			seed(t, mem, as...)
			ts := newTester(t, mem)
			h := mounted[*Home](ts)
			ts.in(h, func(ctx app.Context) { require.NoError(t, tt.export(h)) })

			d, ok := browser.LastDownload()
			require.True(t, ok)
			assert.Equal(t, tt.file, d.Filename)
			assert.Equal(t, "text/csv;charset=utf-8", d.MIME)
			got, err := csvio.Import(d.Data)
			require.NoError(t, err)
			require.Len(t, got, len(tt.want))
			for i := range got {
				assert.Equal(t, tt.want[i].ID, got[i].ID)
				assert.Equal(t, tt.want[i].Answers, got[i].Answers)
			}
			assert.Equal(t, "Saved "+tt.file+" to your downloads.", htmlText(htmlClass(t, ts.html(), "notice-text")))
		})
	}
}

// An unreadable record and one saved by a newer version are listed; the
// copy kept of the unreadable one can be downloaded, and discarded after a
// confirmation.
func TestHomeIssuesAndKeptCopies(t *testing.T) {
	const (
		badKey = storage.Prefix + "a/bad1"
		badRaw = `{"schema":1,"revision":1,"data":{not json`
		newKey = storage.Prefix + "a/new9"
	)
	mem := storage.NewMemory()
	seed(t, mem, sample(1))
	require.NoError(t, mem.Set(badKey, badRaw))
	require.NoError(t, mem.Set(newKey, `{"schema":99,"revision":1,"data":{"schema":99,"id":"new9"}}`))
	ts := newTester(t, mem)
	h := mounted[*Home](ts)

	l := ts.env().List()
	require.Len(t, l.Kept, 1)
	keptKey := l.Kept[0].Key
	html := homeHTML(t, ts)
	text := htmlText(htmlID(t, html, "issues"))
	for _, want := range []string{
		"Some stored data needs your attention",
		"Cannot be read: Assessment \"bad1\" cannot be read",
		"Saved by a newer version: Assessment \"new9\" cannot be opened",
		"Copy of assessment bad1", "kept 14 Mar 2026, 09:30", "Reason: not valid JSON",
		"Download the kept copy", "Discard",
	} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "Discard this kept copy?")
	assert.Equal(t, []string{sample(1).ID}, homeRowIDs(html), "the list shows the readable assessments")

	ts.in(h, func(ctx app.Context) { require.NoError(t, h.Env.DownloadKept(keptKey)) })
	d, ok := browser.LastDownload()
	require.True(t, ok)
	assert.Equal(t, "unreadable-assessment.json", d.Filename)
	assert.Equal(t, badRaw, string(d.Data), "the copy is the stored value, byte for byte")

	ts.in(h, func(ctx app.Context) { h.askDiscard(ctx, keptKey, 0) })
	html = homeHTML(t, ts)
	assert.Equal(t, "Discard this kept copy? It cannot be recovered afterwards.", htmlText(htmlID(t, html, "kept-confirm-0")))
	assert.Contains(t, html, `id="kept-discard-yes-0"`)
	assert.Contains(t, html, `id="kept-cancel-0"`)
	ts.in(h, func(ctx app.Context) { h.cancelDiscard(ctx, 0) })
	assert.NotContains(t, homeHTML(t, ts), "Discard this kept copy?")
	_, ok, err := mem.Get(keptKey)
	require.NoError(t, err)
	assert.True(t, ok, "cancelling keeps the copy")

	ts.in(h, func(ctx app.Context) { h.askDiscard(ctx, keptKey, 0) })
	ts.in(h, func(ctx app.Context) { h.discardConfirmed(ctx, keptKey) })
	_, ok, err = mem.Get(keptKey)
	require.NoError(t, err)
	assert.False(t, ok, "the kept copy is discarded")
	_, ok, err = mem.Get(badKey)
	require.NoError(t, err)
	assert.False(t, ok, "the unreadable original goes with it")
	html = homeHTML(t, ts)
	assert.NotContains(t, html, "Copy of assessment bad1")
	assert.NotContains(t, html, "Cannot be read")
	assert.Contains(t, htmlText(html), "Saved by a newer version", "the newer record is left alone")
	_, ok, err = mem.Get(newKey)
	require.NoError(t, err)
	assert.True(t, ok)
}

// TestHomeStorageMeter reads the meter for stored data of several sizes,
// against the five million characters a file:// page gets.
func TestHomeStorageMeter(t *testing.T) {
	tests := []struct {
		usage int
		want  string
		warn  bool
	}{
		{0, "Using 0% of", false},
		{25, "Using less than 0.1% of", false},
		{4_999, "Using less than 0.1% of", false},
		{5_000, "Using 0.1% of", false},
		{60_000, "Using 1.2% of", false},
		{3_990_000, "Using 79.8% of", false},
		{4_000_000, "Using 80.0% of", true},
		{4_500_000, "Using 90.0% of", true},
		{6_000_000, "Using 120.0% of", true},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.usage), func(t *testing.T) {
			html := app.HTMLString((&Home{List: session.List{Usage: tt.usage}}).meter())
			text := htmlText(html)
			assert.Contains(t, text, tt.want+" this browser's storage for this tool")
			assert.Equal(t, tt.warn, strings.Contains(text, "almost full"), "the warning")
			meter := htmlTags(html, "meter")
			require.Len(t, meter, 1)
			assert.Equal(t, strconv.Itoa(min(tt.usage, 5_000_000)), meter[0].Attrs["value"])
			assert.Equal(t, "5000000", meter[0].Attrs["max"])
		})
	}
}

// TestHomeStorageMeterMeasuresStorage: the meter shows what the tool's
// keys take, and only those.
func TestHomeStorageMeterMeasuresStorage(t *testing.T) {
	mem := storage.NewMemory()
	require.NoError(t, mem.Set("another-page/key", strings.Repeat("x", 1_000_000)))
	ts := newTester(t, mem)
	empty := ts.env().List().Usage
	assert.Less(t, empty, 1_000, "another page's data is not counted")
	seed(t, mem, sample(1))
	// Data of the tool that is not an assessment, to fill the storage.
	key := storage.Prefix + "test-filler"
	require.NoError(t, mem.Set(key, strings.Repeat("x", 4_200_000-len(key))))
	ts = newTester(t, mem)
	usage := ts.env().List().Usage
	require.Greater(t, usage, 4_200_000)
	html := htmlID(t, homeHTML(t, ts), "storage-meter")
	assert.Equal(t, strconv.Itoa(usage), htmlTags(html, "meter")[0].Attrs["value"])
	assert.Contains(t, htmlText(html), fmt.Sprintf("Using %.1f%% of", float64(usage)/50_000))
	assert.Contains(t, htmlText(html), "almost full: export a backup")
}

// TestHomeQueuePanel: files waiting for their preview.
func TestHomeQueuePanel(t *testing.T) {
	tests := []struct {
		name    string
		waiting []string
		want    string // "" for no panel
	}{
		{"idle", nil, ""},
		{"one waiting", []string{"b.csv"}, "Waiting to be previewed: \u201cb.csv\u201d."},
		{"two waiting", []string{"b.csv", "c.csv"}, "Waiting to be previewed: \u201cb.csv\u201d, \u201cc.csv\u201d."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &Home{Waiting: tt.waiting}
			panel := h.queuePanel()
			if tt.want == "" {
				assert.Nil(t, panel)
				return
			}
			require.NotNil(t, panel)
			assert.Equal(t, tt.want, htmlText(app.HTMLString(panel)))
		})
	}
}

// TestHomeWaitingList picks three files at once: the first is previewed,
// the others wait, named on the list, and come up one after the other as
// each preview is cancelled or confirmed.
func TestHomeWaitingList(t *testing.T) {
	files := make([]browser.File, 3)
	for i := range files {
		var buf strings.Builder
		require.NoError(t, csvio.Export(&buf, sample(i+1)))
		files[i] = browser.File{Name: fmt.Sprintf("plant-%d.csv", i+1), Data: []byte(buf.String())}
	}
	ts := newTester(t, nil)
	ts.do(func(ctx app.Context) { ts.env().Import(ctx, nil) }) // an empty pick
	require.Nil(t, ts.env().Preview())
	require.Nil(t, ts.env().Notice())
	ts.do(func(ctx app.Context) { ts.env().Import(ctx, browser.FakeFiles(files...)) })

	steps := []struct {
		name    string
		do      func(ctx app.Context)
		preview string // the file previewed afterwards, "" for none
		waiting string // the waiting list's text, "" for none
		stored  []string
		route   Route
	}{
		{"picked", func(app.Context) {}, "plant-1.csv", "Waiting to be previewed: \u201cplant-2.csv\u201d, \u201cplant-3.csv\u201d.", nil, Route{View: ViewHome}},
		{"first cancelled", func(ctx app.Context) { ts.env().CancelImport(ctx) }, "plant-2.csv", "Waiting to be previewed: \u201cplant-3.csv\u201d.", nil, Route{View: ViewHome}},
		// One of several files imported: the list stays, for the next preview.
		{"second confirmed", func(ctx app.Context) { ts.env().ConfirmImport(ctx) }, "plant-3.csv", "", []string{sample(2).ID}, Route{View: ViewHome}},
		// The last one too: after several files the list shows them all.
		{"third confirmed", func(ctx app.Context) { ts.env().ConfirmImport(ctx) }, "", "", []string{sample(2).ID, sample(3).ID}, Route{View: ViewHome}},
	}
	for _, st := range steps {
		ts.do(st.do)
		assert.Equal(t, st.route, ts.route(), st.name)
		html := ts.html()
		if st.preview == "" {
			assert.NotContains(t, html, `id="import-dialog"`, st.name)
		} else {
			assert.Equal(t, "Import \u201c"+st.preview+"\u201d?", htmlText(htmlID(t, html, "import-title")), st.name)
		}
		if st.waiting == "" {
			assert.NotContains(t, html, `id="import-queue"`, st.name)
		} else {
			assert.Equal(t, st.waiting, htmlText(htmlID(t, html, "import-queue")), st.name)
		}
		var ids []string
		for _, it := range ts.env().List().Items {
			ids = append(ids, it.ID)
		}
		assert.ElementsMatch(t, st.stored, ids, st.name)
	}
	assert.False(t, storedIn(t, ts.mem, sample(1).ID), "the cancelled file is not imported")
}

// Files that cannot be read are named in a notice, and the others are
// previewed.
func TestHomeUnreadableFilesAreNamed(t *testing.T) {
	var buf strings.Builder
	require.NoError(t, csvio.Export(&buf, sample(1)))
	ts := newTester(t, nil)
	ts.do(func(ctx app.Context) {
		ts.env().Import(ctx, browser.FakeFiles(
			browser.File{Name: "gone.csv", Err: fmt.Errorf("the file was moved")},
			browser.File{Name: "plant.csv", Data: []byte(buf.String())},
			browser.File{Name: "huge.csv", Data: make([]byte, csvio.MaxBytes+1)},
		))
	})
	n := ts.env().Notice()
	require.NotNil(t, n)
	assert.Equal(t, session.NoticeError, n.Kind)
	assert.Equal(t, "2 files could not be read, so nothing was imported from them.", n.Text)
	require.Len(t, n.Details, 2)
	assert.Contains(t, n.Details[0], "gone.csv")
	assert.Contains(t, n.Details[1], "huge.csv")
	html := ts.html()
	assert.Contains(t, htmlText(htmlID(t, html, "notice")), "the file was moved")
	assert.Equal(t, "Import \u201cplant.csv\u201d?", htmlText(htmlID(t, html, "import-title")))
	assert.NotContains(t, html, `id="import-queue"`)
}
