package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

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

// unzip returns the parts of a package by name.
func unzip(t *testing.T, data []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	parts := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(r)
		require.NoError(t, err)
		parts[f.Name] = string(b)
	}
	return parts
}

// wellFormed decodes every token of an XML part.
func wellFormed(t *testing.T, name, s string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		require.NoError(t, err, "%s is not well-formed XML", name)
	}
}

// text returns the text of the w:t elements of a part, a paragraph per
// line.
func text(t *testing.T, s string) string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	var b strings.Builder
	in := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return b.String()
		}
		require.NoError(t, err)
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "t":
				in = true
			case "tab":
				b.WriteString("\t")
			case "br":
				b.WriteString("\n")
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "t":
				in = false
			case "p":
				b.WriteString("\n")
			}
		case xml.CharData:
			if in {
				b.Write(e)
			}
		}
	}
}

func TestDocumentParts(t *testing.T) {
	hostile := "<&>\"' \x01\x0b bell\x07 🔒 工場長 Zoë"
	data, err := sample(hostile).Bytes()
	require.NoError(t, err)
	parts := unzip(t, data)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
		"word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footer1.xml"} {
		require.Contains(t, parts, name)
		wellFormed(t, name, parts[name])
	}
	survived := "<&>\"'  bell 🔒 工場長 Zoë"
	body := text(t, parts["word/document.xml"])
	assert.Contains(t, body, "Document "+survived)
	assert.Contains(t, body, "\n"+survived+"\n", "the paragraph of hostile text")
	assert.Contains(t, body, "line\nbreak\ttab")
	assert.Contains(t, body, "H1\nH2\n", "header cells, a paragraph each")
	assert.Contains(t, body, "short row\n\n", "a short row gets an empty cell")
	assert.NotContains(t, body, "dropped")
	assert.Contains(t, text(t, parts["word/footer1.xml"]), "Footer "+survived)
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
