//go:build !wasm

package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/app/storage"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// impCSV is the CSV export of as, as a picked file named name.
func impCSV(t *testing.T, name string, as ...assessment.Assessment) session.File {
	t.Helper()
	var b strings.Builder
	require.NoError(t, csvio.Export(&b, as...))
	return session.File{Name: name, Data: []byte(b.String())}
}

// impPreview starts the tester with stored in its storage and previews
// files, as picking them does once they are read.
func impPreview(t *testing.T, stored []assessment.Assessment, files ...session.File) *tester {
	t.Helper()
	mem := storage.NewMemory()
	seed(t, mem, stored...)
	ts := newTester(t, mem)
	ts.do(func(ctx app.Context) { ts.env().PreviewFiles(files...) })
	require.NotNil(t, ts.env().Preview(), "no preview; notice: %+v", ts.env().Notice())
	return ts
}

// importDialogHTML is the dialog in the page that Root shows.
func importDialogHTML(t *testing.T, ts *tester) string {
	t.Helper()
	return htmlID(t, ts.html(), "import-dialog")
}

// impEdited is sample 1 as edited on another laptop: renamed, three ratings
// changed, one answer removed and one added (answered there, not here), two
// profile fields and one matrix row changed.
func impEdited() (stored, file assessment.Assessment) {
	stored, file = sample(1), sample(1)
	qs := assessment.Questions()
	delete(stored.Answers, qs[len(qs)-1].ID)
	file.Answers = map[string]assessment.Answer{}
	for id, a := range sample(1).Answers {
		file.Answers[id] = a
	}
	for _, q := range qs[:3] {
		a := file.Answers[q.ID]
		a.Note = "Revised in the Lyon workshop"
		file.Answers[q.ID] = a
	}
	delete(file.Answers, qs[3].ID)
	file.Name = "Lyon 2026"
	file.Profile.Site = "Lyon"
	file.Profile.RespondentRole = assessment.RoleQuality
	key := assessment.CellKey{Control: assessment.Controls()[0].ID, Domain: assessment.DomainIT}
	file.Matrix = assessment.SetLetter(file.Matrix, key, assessment.RoleHR, assessment.LetterInformed)
	return stored, file
}

func TestImportDialogTexts(t *testing.T) {
	replaced, changed := impEdited()
	oneNote := sample(2)
	q := assessment.Questions()[0].ID
	a := oneNote.Answers[q]
	a.Note = "Updated"
	oneNote.Answers[q] = a
	// The date as a spreadsheet may write it back: its order is a guess.
	guessed := impCSV(t, "resaved.csv", sample(1))
	guessed.Data = []byte(strings.Replace(string(guessed.Data), "Assessment date,2026-03-14,", "Assessment date,3/1/2026,", 1))

	// The same assessment, with the plant's own titles for two roles.
	titled := sample(2)
	titled.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Head of Automation", assessment.RoleSite: "Werkleiter"}
	retitled := titled
	retitled.RoleNames = map[assessment.Role]string{assessment.RoleOT: "Automation manager"}

	answered, questions := assessment.Progress(sample(1))
	tests := []struct {
		name   string
		stored []assessment.Assessment
		file   session.File
		want   []string // texts of the dialog
		lack   []string
		roles  int // role name changes listed
	}{
		{
			name: "new",
			file: impCSV(t, "plant.csv", sample(1)),
			want: []string{
				"Import \u201cplant.csv\u201d?",
				"The file holds one assessment. It takes about", "Nothing is stored until you choose Import, and you can undo the import afterwards in one step.",
				sample(1).Name, "+ Creates a new assessment.",
				"Site Plant 1", "Respondent Respondent 1", "Date 14 Mar 2026",
				fmt.Sprintf("Answered %d of %d questions", answered, questions),
				fmt.Sprintf("RACI rows filled %d of %d", len(sample(1).Matrix), len(assessment.Controls())*len(assessment.Domains)),
				"Import Cancel",
			},
			lack: []string{"Replaces", "How the file was read"},
		},
		{
			name:   "replacing and renaming",
			stored: []assessment.Assessment{replaced},
			file:   impCSV(t, "lyon.csv", changed),
			want: []string{
				"Lyon 2026",
				"Replaces the stored assessment \u201c" + sample(1).Name + "\u201d and renames it \u201cLyon 2026\u201d: " +
					"3 answers changed, 1 added, 1 removed, 1 matrix row changed, profile fields changed: site, respondent role.",
				"Site Lyon",
			},
			lack: []string{"Creates a new assessment"},
		},
		{
			name:   "replacing one answer",
			stored: []assessment.Assessment{sample(2)},
			file:   impCSV(t, "plant.csv", oneNote),
			want: []string{
				"Replaces the stored assessment \u201c" + sample(2).Name + "\u201d: " +
					"1 answer changed, 0 added, 0 removed, 0 matrix rows changed, no profile field changed.",
			},
		},
		{
			name:   "unchanged",
			stored: []assessment.Assessment{sample(2)},
			file:   impCSV(t, "plant.csv", sample(2)),
			want: []string{
				"Replaces the stored assessment \u201c" + sample(2).Name + "\u201d, which already holds the same content: nothing changes.",
			},
			lack: []string{"answers changed", "Creates"},
		},
		{
			name:  "role names of a new assessment",
			file:  impCSV(t, "titled.csv", titled),
			want:  []string{"Role names", "Site / plant director will be called \u201cWerkleiter\u201d.", "OT / automation lead will be called \u201cHead of Automation\u201d."},
			lack:  []string{"again"},
			roles: 2,
		},
		{
			name:   "role names changed, and only they",
			stored: []assessment.Assessment{titled},
			file:   impCSV(t, "retitled.csv", retitled),
			want: []string{
				"Replaces the stored assessment \u201c" + sample(2).Name + "\u201d: " +
					"0 answers changed, 0 added, 0 removed, 0 matrix rows changed, 2 role names changed, no profile field changed.",
				"Role names",
				"Werkleiter will be called Site / plant director again, the default name.",
				"Head of Automation will be called \u201cAutomation manager\u201d.",
			},
			lack:  []string{"nothing changes"},
			roles: 2,
		},
		{
			name:   "several",
			stored: []assessment.Assessment{sample(2)},
			file:   impCSV(t, "all.csv", sample(1), sample(2), sample(3)),
			want: []string{
				"The file holds 3 assessments: 2 new, 1 the same as stored.",
				"Import 3 assessments Cancel",
			},
		},
		{
			name: "read with notes",
			file: guessed,
			want: []string{"How the file was read", "Dates like 3/1/2026 were read as", "Check the dates in the preview."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := impPreview(t, tt.stored, tt.file)
			html := importDialogHTML(t, ts)
			text := htmlText(html)
			for _, w := range tt.want {
				assert.Contains(t, text, w)
			}
			for _, l := range tt.lack {
				assert.NotContains(t, text, l)
			}
			dialog := htmlTags(html, "dialog")[0]
			assert.Equal(t, "true", dialog.Attrs["aria-modal"])
			assert.Equal(t, "import-title", dialog.Attrs["aria-labelledby"])
			assert.Equal(t, "import-intro", dialog.Attrs["aria-describedby"])
			assert.Equal(t, "h2", htmlByID(t, html, "import-title").Name)
			assert.Len(t, htmlTags(html, "li"), len(ts.env().Preview().Items)+len(ts.env().Preview().Notes)+tt.roles, "one item per assessment, note and role renamed")
			if tt.roles == 0 {
				assert.NotContains(t, text, "Role names")
			}
		})
	}
}

func TestImportDialogGolden(t *testing.T) {
	replaced, changed := impEdited()
	ts := impPreview(t, []assessment.Assessment{replaced}, impCSV(t, "two-plants.csv", changed, sample(2)))
	golden(t, "import-two-assessments", importDialogHTML(t, ts))
}

// TestImportDialogButtons chooses Import or Cancel for a file of two
// assessments, one of which replaces a stored one.
func TestImportDialogButtons(t *testing.T) {
	replaced, changed := impEdited()
	tests := []struct {
		name    string
		choose  func(ctx app.Context, d *ImportDialog)
		stored  bool   // the file's content is stored afterwards
		notice  string // "" for none
		canUndo bool
	}{
		{"import", func(ctx app.Context, d *ImportDialog) { d.confirm(ctx) }, true, "Imported 2 assessments.", true},
		{"cancel", func(ctx app.Context, d *ImportDialog) { d.cancel(ctx) }, false, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := impPreview(t, []assessment.Assessment{replaced}, impCSV(t, "two-plants.csv", changed, sample(2)))
			before := dump(t, ts.mem)
			d := mounted[*ImportDialog](ts)
			ts.in(d, func(ctx app.Context) { tt.choose(ctx, d) })

			assert.Nil(t, ts.env().Preview())
			html := ts.html()
			assert.NotContains(t, html, `id="import-dialog"`)
			assert.Equal(t, ViewHome, ts.route().View, "importing two assessments opens neither")
			got, err := ts.env().Load(sample(1).ID)
			require.NoError(t, err)
			assert.Equal(t, storedIn(t, ts.mem, sample(2).ID), tt.stored)
			if !tt.stored {
				assert.Equal(t, replaced.Name, got.Name)
				assert.Equal(t, before, dump(t, ts.mem), "cancelling changes nothing")
				assert.Nil(t, ts.env().Notice())
				return
			}
			assert.Equal(t, "Lyon 2026", got.Name)
			assert.Equal(t, changed.Answers, got.Answers)
			assert.Equal(t, tt.notice, htmlText(htmlClass(t, html, "notice-text")))
			require.Equal(t, tt.canUndo, strings.Contains(html, `id="notice-undo"`))

			ts.do(func(ctx app.Context) { ts.env().Undo(ctx) })
			assert.False(t, storedIn(t, ts.mem, sample(2).ID), "undo removes the added assessment")
			got, err = ts.env().Load(sample(1).ID)
			require.NoError(t, err)
			assert.Equal(t, replaced.Name, got.Name, "undo restores the replaced one")
			assert.Equal(t, replaced.Answers, got.Answers)
		})
	}
}

// TestImportDialogActsOnce: the dialog acts on its first choice only
// (its close event follows Import, a double click sends two), so that a
// second choice never lands on the next file's preview, which the user has
// not seen yet. The next preview gets a dialog that acts again.
func TestImportDialogActsOnce(t *testing.T) {
	files := []session.File{impCSV(t, "a.csv", sample(1)), impCSV(t, "b.csv", sample(2))}
	tests := []struct {
		name   string
		choose func(ctx app.Context, d *ImportDialog)
		stored bool // a.csv was imported
	}{
		{"import twice, then the close event", func(ctx app.Context, d *ImportDialog) {
			d.confirm(ctx)
			d.confirm(ctx)
			d.cancel(ctx)
		}, true},
		{"cancel twice", func(ctx app.Context, d *ImportDialog) {
			d.cancel(ctx)
			d.cancel(ctx)
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := impPreview(t, nil, files...)
			d := mounted[*ImportDialog](ts)
			ts.in(d, func(ctx app.Context) { tt.choose(ctx, d) })
			assert.Equal(t, tt.stored, storedIn(t, ts.mem, sample(1).ID))
			assert.False(t, storedIn(t, ts.mem, sample(2).ID), "the second file was imported unseen")
			require.NotNil(t, ts.env().Preview(), "the second file's preview was dropped unseen")
			assert.Equal(t, "b.csv", ts.env().Preview().File)
			assert.Equal(t, "Import \u201cb.csv\u201d?", htmlText(htmlID(t, importDialogHTML(t, ts), "import-title")))

			ts.in(d, func(ctx app.Context) { d.confirm(ctx) })
			assert.True(t, storedIn(t, ts.mem, sample(2).ID), "the dialog of the next file acts")
			assert.Nil(t, ts.env().Preview())
		})
	}
}

// Two picked files with the same name and content (the same export from
// two folders) give the same preview twice: after the first is cancelled,
// the dialog must still act on the second.
func TestImportDialogSamePreviewTwice(t *testing.T) {
	f := impCSV(t, "plant.csv", sample(1))
	ts := impPreview(t, nil, f, f)
	d := mounted[*ImportDialog](ts)
	ts.in(d, func(ctx app.Context) { d.cancel(ctx) })
	require.NotNil(t, ts.env().Preview())
	require.False(t, storedIn(t, ts.mem, sample(1).ID))

	ts.in(d, func(ctx app.Context) { d.confirm(ctx) })
	assert.True(t, storedIn(t, ts.mem, sample(1).ID), "Import did nothing on the second preview")
	assert.Nil(t, ts.env().Preview())
	assert.Equal(t, ViewHome, ts.route().View, "after two files the list stays")
}
