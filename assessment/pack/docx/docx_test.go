package docx

import (
	"archive/zip"
	"bytes"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment/pack/packtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var created = time.Date(2026, 12, 5, 9, 30, 0, 0, time.UTC)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Plant 1 OT lead", "Plant 1 OT lead"},
		{"markup", `<b>&"x'</b>`, "&lt;b&gt;&amp;&quot;x&apos;&lt;/b&gt;"},
		{"entity stays text", "&amp;", "&amp;amp;"},
		{"tab newline kept", "a\tb\nc\rd", "a\tb\nc\rd"},
		{"C0 controls dropped", "a\x00b\x01c\x1bd\x7f", "abcd\x7f"},
		{"noncharacters dropped", "a\uFFFEb\uFFFFc", "abc"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
		{"emoji and CJK kept", "Zoë 🔒 工場長", "Zoë 🔒 工場長"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Escape(tt.in))
		})
	}
}

// sample writes one of everything the writer offers.
func sample(hostile string) *Document {
	d := New("Title "+hostile, "Footer "+hostile, created)
	d.Title("Document " + hostile)
	d.Subtitle("Sub")
	d.Notice("DRAFT", "first line", "• a bullet in the notice")
	d.Heading(1, "One")
	d.Heading(2, "Two")
	d.Heading(3, "Three")
	d.Heading(9, "Clamped")
	d.Para(Plain("plain "), B("bold "), I("italic"), Plain("line\nbreak\ttab"))
	d.Text(hostile)
	d.Bullet(Plain("item"))
	d.Table(Table{Widths: []int{3000, 6638}, Header: []string{"H1", "H2"}, Rows: [][]string{{"a", hostile}, {"short row"}, {"x", "y", "dropped"}}, BoldFirst: true})
	return d
}

func TestDocumentParts(t *testing.T) {
	hostile := "<&>\"' \x01\x0b bell\x07 🔒 工場長 Zoë"
	data, err := sample(hostile).Bytes()
	require.NoError(t, err)
	parts, err := packtest.Parts(data)
	require.NoError(t, err)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
		"word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footer1.xml"} {
		require.Contains(t, parts, name)
	}
	assert.NotContains(t, parts["word/settings.xml"], "autoHyphenation", "English text is not hyphenated")
	survived := "<&>\"'  bell 🔒 工場長 Zoë"
	body, err := packtest.Text(parts["word/document.xml"])
	require.NoError(t, err)
	assert.Contains(t, body, "Document "+survived)
	assert.Contains(t, body, "\n"+survived+"\n", "the paragraph of hostile text")
	assert.Contains(t, body, "line\nbreak\ttab")
	assert.Contains(t, body, "H1\nH2\n", "header cells, a paragraph each")
	assert.Contains(t, body, "short row\n\n", "a short row gets an empty cell")
	assert.NotContains(t, body, "dropped")
	footerText, err := packtest.Text(parts["word/footer1.xml"])
	require.NoError(t, err)
	assert.Contains(t, footerText, "Footer "+survived)
	assert.Contains(t, parts["docProps/core.xml"], "<dc:title>Title &lt;&amp;&gt;&quot;&apos;  bell 🔒 工場長 Zoë</dc:title>")
	assert.Contains(t, parts["docProps/core.xml"], ">2026-12-05T09:30:00Z</dcterms:created>")

	doc := parts["word/document.xml"]
	assert.Contains(t, doc, `<w:pgSz w:w="11906" w:h="16838"/>`, "A4")
	assert.Contains(t, doc, `<w:tblHeader/>`, "the header row repeats")
	assert.Contains(t, doc, `<w:pStyle w:val="Heading3"/><`, "level 9 is clamped to 3")
	assert.NotContains(t, doc, "Heading9")
	assert.Contains(t, doc, `<w:numId w:val="1"/>`, "bullets")
	assert.Contains(t, doc, `<w:pStyle w:val="Notice"/>`)
	footer := parts["word/footer1.xml"]
	assert.Contains(t, footer, " PAGE ")
	assert.Contains(t, footer, " NUMPAGES ")
	for _, style := range []string{"Title", "Heading1", "Heading2", "Heading3", "ListBullet", "Notice", "TableText", "PackTable", "Footer"} {
		assert.Contains(t, parts["word/styles.xml"], `w:styleId="`+style+`"`)
	}
}

func TestDeterministic(t *testing.T) {
	a, err := sample("x").Bytes()
	require.NoError(t, err)
	b, err := sample("x").Bytes()
	require.NoError(t, err)
	assert.Equal(t, a, b)
	z, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	require.NoError(t, err)
	for _, f := range z.File {
		assert.True(t, f.Modified.Equal(created), "%s: %v", f.Name, f.Modified)
	}
	assert.Equal(t, "[Content_Types].xml", z.File[0].Name, "content types first, as Word writes it")
}
