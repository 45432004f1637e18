package pack

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The Word documents opened by a real reader: LibreOffice converts each to
// PDF headless, pdftotext reads the pages back, and the text must hold
// what the assessment holds. A conversion that fails, or a document
// LibreOffice opens as empty, fails the test.

// docxTool finds a command the LibreOffice tests need. Missing, the test
// fails and says how to get it, unless PACK_SKIP_LIBREOFFICE=1 asks to
// skip (a machine without LibreOffice, on purpose).
func docxTool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("PACK_SKIP_LIBREOFFICE") == "1" {
		t.Skipf("%s not found and PACK_SKIP_LIBREOFFICE=1", name)
	}
	t.Fatalf("%s not found: `make test` installs it (Debian package %s); set PACK_SKIP_LIBREOFFICE=1 to skip this test", name, pkg)
	return ""
}

// docxToPDF converts the .docx at path to PDF with LibreOffice headless,
// in a profile of its own so that parallel runs do not share (and lock)
// one, and returns the PDF's path.
func docxToPDF(t *testing.T, path string) string {
	t.Helper()
	soffice := docxTool(t, "soffice", "libreoffice-writer-nogui")
	dir := filepath.Dir(path)
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo-profile"))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+profile,
		"--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, path)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "soffice --convert-to pdf %s: %s", filepath.Base(path), out)
	pdf := strings.TrimSuffix(path, filepath.Ext(path)) + ".pdf"
	st, err := os.Stat(pdf)
	require.NoError(t, err, "LibreOffice wrote no PDF for %s: %s", filepath.Base(path), out)
	require.Greater(t, st.Size(), int64(1000), "LibreOffice wrote an empty PDF for %s: %s", filepath.Base(path), out)
	return pdf
}

// pdfText returns the text of a PDF, laid out as on the page.
func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	bin := docxTool(t, "pdftotext", "poppler-utils")
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", pdf, "-").Output()
	require.NoError(t, err, "pdftotext %s", filepath.Base(pdf))
	return string(out)
}

// TestDocxLibreOffice converts both Word documents of the full fixture
// and checks the pages. PACK_DOCX_PDF_DIR keeps the PDFs there, to look
// at them.
func TestDocxLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversion is slow; not in -short")
	}
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no processes under WebAssembly; the native run converts the documents")
	}
	in := docxFixture()
	dir := t.TempDir()
	pageOf := regexp.MustCompile(`Page (\d+) of (\d+)`)
	for _, id := range []string{"roles", "steering"} {
		t.Run(id, func(t *testing.T) {
			f, err := Build(id, in)
			require.NoError(t, err)
			path := filepath.Join(dir, f.Name)
			require.NoError(t, os.WriteFile(path, f.Data, 0o600))
			pdf := docxToPDF(t, path)
			if keep := os.Getenv("PACK_DOCX_PDF_DIR"); keep != "" {
				data, err := os.ReadFile(pdf)
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(filepath.Join(keep, filepath.Base(pdf)), data, 0o644))
			}
			text := pdfText(t, pdf)
			// Table cells wrap; compare with runs of spaces folded.
			flat := strings.Join(strings.Fields(text), " ")
			k, _ := KindByID(id)
			for _, want := range []string{
				k.Title, "DRAFT – not yet approved", "Generated on 2026-12-05",
				in.A.Profile.Organisation, "Marta Keller", "Dr. Anna Novak", "Paolo Ricci",
				"Kenji", "工場長", "[to complete: name]", "Page 1 of",
			} {
				assert.Contains(t, flat, want)
			}
			heads := map[string][]string{
				"roles": {"1. Purpose and scope", "6.2 Accepting risk", "8. Role holders and deputies", "9. Open gaps", "10. Responsibility matrix (RACI) summary", "Jonas Brandt", "Ilse Wagner", "6 months",
					"must be held by a named person", "The risk owner of each risk, named in the risk register"},
				"steering": {"2. Chair", "3. Members", "7. Escalation of OT incidents", "8. Quorum and records",
					"at least three different persons", "The chair of the group is informed"},
			}[id]
			for _, want := range heads {
				assert.Contains(t, flat, want)
			}
			// Every page has its footer, numbered against the right total.
			pages := strings.Count(text, "\f")
			ms := pageOf.FindAllStringSubmatch(text, -1)
			require.NotEmpty(t, ms, "no page footer")
			assert.Len(t, ms, pages, "one footer per page")
			for i, m := range ms {
				assert.Equal(t, strconv.Itoa(i+1), m[1])
				assert.Equal(t, strconv.Itoa(pages), m[2])
			}
			t.Logf("%s: %d pages", f.Name, pages)
		})
	}
}
