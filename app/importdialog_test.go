//go:build !wasm

package app

import (
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

func TestImportDialogNew(t *testing.T) {
	d := &ImportDialog{Preview: ImportPreview{File: "lyon.csv", Items: []ImportItem{{
		ID: "a1", Name: "Lyon 2026", Site: "Lyon", Respondent: "A. Martin", Date: "2026-03-14",
		Answered: 12, Questions: 64, MatrixRows: 40, Changes: csvio.Changes{New: true, AnswersAdded: 12},
	}}}}
	homeMount(t, d)
	html := homeRender(d)
	homeRequire(t, html, "<dialog", `role="dialog"`, `aria-modal`, `aria-labelledby="import-title"`,
		`id="import-title"`, "Import \u201clyon.csv\u201d?", "Lyon 2026", "Lyon", "A. Martin", "2026-03-14",
		"12 of 64 questions", "40 of 279", "Creates a new assessment.",
		`id="import-confirm"`, ">Import</button>", `id="import-cancel"`, ">Cancel</button>")
	homeLacks(t, html, "Replaces")
}

func TestImportDialogReplace(t *testing.T) {
	d := &ImportDialog{Preview: ImportPreview{File: "two.csv", Items: []ImportItem{
		{ID: "a1", Name: "Lyon 2026", Answered: 30, Questions: 64, Changes: csvio.Changes{
			AnswersChanged: 3, AnswersAdded: 2, AnswersRemoved: 1, MatrixRowsChanged: 5,
			Profile: []string{"site", "respondentRole"},
		}},
		{ID: "b2", Name: "Brno", Changes: csvio.Changes{}},
		{ID: "c3", Name: "Renamed", Changes: csvio.Changes{NameChanged: true, AnswersChanged: 1}},
	}}}
	homeMount(t, d)
	html := homeRender(d)
	homeRequire(t, html,
		"Replaces the stored assessment \u201cLyon 2026\u201d: 3 answers changed, 2 added, 1 removed, 5 matrix rows changed, profile fields changed: site, respondent role.",
		"Replaces the stored assessment \u201cBrno\u201d, which already holds the same content: nothing changes.",
		"renames it \u201cRenamed\u201d: 1 answer changed, 0 added, 0 removed, 0 matrix rows changed, no profile field changed.",
		"Import 3 assessments", "The file holds 3 assessments.")
	homeLacks(t, html, "Creates a new assessment")
}

func TestImportDialogButtonsPostOnce(t *testing.T) {
	d := &ImportDialog{Preview: ImportPreview{File: "x.csv", Items: []ImportItem{{ID: "a", Changes: csvio.Changes{New: true}}}}}
	e, host := homeMount(t, d)
	d.confirm(host.ctx)
	d.confirm(host.ctx)
	d.cancel(host.ctx) // e.g. the dialog's close event after Import
	e.ConsumeAll()
	if n, m := len(host.posted(actImportConfirm)), len(host.posted(actImportCancel)); n != 1 || m != 0 {
		t.Fatalf("confirm posted %d, cancel %d; want 1 and 0", n, m)
	}

	d2 := &ImportDialog{Preview: d.Preview}
	e, host = homeMount(t, d2)
	d2.cancel(host.ctx)
	d2.cancel(host.ctx)
	e.ConsumeAll()
	if n, m := len(host.posted(actImportConfirm)), len(host.posted(actImportCancel)); n != 0 || m != 1 {
		t.Fatalf("confirm posted %d, cancel %d; want 0 and 1", n, m)
	}
}
