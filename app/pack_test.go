//go:build !wasm

package app

import (
	"bytes"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// Every document of the pack is offered on the results page and, on a
// click, downloaded under its own name, built from the open assessment.
func TestEvidencePackDownloadsEachDocument(t *testing.T) {
	ts := openSeeded(t, sample(1), ViewResults)
	html := ts.html()
	p := mounted[*evidencePack](ts)
	for _, k := range pack.Kinds() {
		t.Run(k.ID, func(t *testing.T) {
			assert.Contains(t, htmlText(htmlID(t, html, "pack-"+k.ID)), k.Title)
			ts.in(p, func(ctx app.Context) { require.NoError(t, p.Env.DownloadPack(k.ID, p.Findings, p.Actions)) })
			d, ok := browser.LastDownload()
			require.True(t, ok)
			assert.Equal(t, pack.Filename(k, ts.env().Current(), testNow), d.Filename)
			assert.Equal(t, k.MIME(), d.MIME)
			assert.True(t, bytes.HasPrefix(d.Data, []byte("PK\x03\x04")), "an OOXML file is a zip archive")
			assert.Equal(t, "Saved "+d.Filename+" to your downloads.", htmlText(htmlClass(t, ts.html(), "notice-text")))
		})
	}
}

// A document the tool cannot build is named in the notice, in words a
// user can act on, and nothing is downloaded.
func TestEvidencePackBuildFailureIsSaid(t *testing.T) {
	ts := openSeeded(t, sample(1), ViewResults)
	p := mounted[*evidencePack](ts)
	before, _ := browser.LastDownload()
	ts.in(p, func(ctx app.Context) { require.Error(t, p.Env.DownloadPack("no-such-document", nil, nil)) })
	after, _ := browser.LastDownload()
	assert.Equal(t, before, after, "nothing is downloaded")
	assert.Equal(t, "Could not build the no-such-document. The assessment is unchanged; the other documents can still be downloaded.",
		htmlText(htmlClass(t, ts.html(), "notice-text")))
}

// Before the documents, the section says how much of the role register
// and the authority table is still empty, and links to where they are
// filled; once both are complete it says nothing.
func TestEvidencePackSaysWhatIsMissing(t *testing.T) {
	full := sample(1)
	require.Len(t, full.Holders, len(assessment.RACIRoles), "the sample names every holder")
	empty := full
	empty.Holders = map[assessment.Role]assessment.Holder{assessment.RoleOT: full.Holders[assessment.RoleOT]}
	empty.Authority = nil
	tests := []struct {
		name string
		a    assessment.Assessment
		want string // "" when nothing is missing
	}{
		{"complete", full, ""},
		{"one holder, no authority rows", empty, "The role register names 1 of 14 role holders and the authority table fills 0 of 16 rows; " +
			"what is missing appears in the documents as \u201c[to complete: \u2026]\u201d. Complete them in Roles & authority."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := openSeeded(t, tt.a, ViewResults).html()
			if tt.want == "" {
				assert.NotContains(t, html, `id="pack-missing"`)
				return
			}
			missing := htmlID(t, html, "pack-missing")
			assert.Equal(t, tt.want, htmlText(missing))
			assert.Contains(t, missing, `href="`+Route{ID: tt.a.ID, View: ViewRoles}.Fragment()+`"`)
		})
	}
}
