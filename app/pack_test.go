//go:build !wasm

package app

import (
	"bytes"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/app/browser"
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
