//go:build e2e

package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment/pack/packtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
)

// TestEvidencePackDownloads downloads the six documents of the evidence
// pack from the results of a fully answered sample (full matrix, role
// register, authority table) in the real file. Each file carries the
// name the pack proposes, is byte for byte the document the native pack
// tests check (so what they prove holds for what the user receives), and
// LibreOffice opens it headless without an error.
func TestEvidencePackDownloads(t *testing.T) {
	a := assessment.Sample(2, time.Now().UTC())
	b := NewBrowser(t)
	b.OpenSeeded("#/"+a.ID+"/results", a)
	b.WaitResults()
	b.Screenshot("evidence-pack")

	b.DownloadPack(a, func(want pack.File, path string) {
		assert.Equal(t, want.Name, filepath.Base(path), "the file name names the document, the site and the day")
		b.WaitText(".notice-text", "Saved "+want.Name)
	})
}

// DownloadPack clicks each document of the evidence pack on the open
// results of a, requires each download to be byte for byte the document
// pack.Build makes of a natively (in the test's current language), has
// LibreOffice open it, and calls check with the document and the file.
func (b *Browser) DownloadPack(a assessment.Assessment, check func(want pack.File, path string)) {
	b.t.Helper()
	day := time.Now()
	for _, k := range pack.Kinds() {
		b.Click("#pack-" + k.ID)
		path := b.WaitDownload(k.Ext)
		got, err := os.ReadFile(path)
		require.NoError(b.t, err)
		gen := day
		if k.Ext == ".docx" {
			gen = docxCreated(b.t, got) // a Word document records the second it was made
		}
		want, err := pack.Build(k.ID, pack.Input{A: a, Generated: gen})
		require.NoError(b.t, err)
		assert.True(b.t, bytes.Equal(want.Data, got), "%s: the downloaded file differs from the one built natively", k.ID)
		check(want, path)
		convertHeadless(b.t, path)
	}
}

// docxCreated reads the creation time a DOCX records in its core
// properties.
func docxCreated(t *testing.T, data []byte) time.Time {
	t.Helper()
	parts, err := packtest.Parts(data)
	require.NoError(t, err)
	core, ok := parts["docProps/core.xml"]
	require.True(t, ok, "a DOCX has core properties")
	_, rest, ok := strings.Cut(core, `<dcterms:created xsi:type="dcterms:W3CDTF">`)
	require.True(t, ok, "the document records when it was created")
	stamp, _, _ := strings.Cut(rest, "<")
	created, err := time.Parse(time.RFC3339, stamp)
	require.NoError(t, err)
	return created
}

// convertHeadless has LibreOffice convert path (XLSX to CSV, DOCX to
// PDF) and fails the test when it cannot or the result is empty.
func convertHeadless(t *testing.T, path string) {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	require.NoError(t, err, "LibreOffice is missing: make test installs it")
	to := "pdf"
	if strings.HasSuffix(path, ".xlsx") {
		to = "csv"
	}
	out := t.TempDir()
	cmd := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+t.TempDir(),
		"--convert-to", to, "--outdir", out, path)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "LibreOffice could not convert %s: %s", filepath.Base(path), msg)
	conv := filepath.Join(out, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+"."+to)
	st, err := os.Stat(conv)
	require.NoError(t, err, "LibreOffice wrote no %s for %s: %s", to, filepath.Base(path), msg)
	assert.NotZero(t, st.Size())
}
