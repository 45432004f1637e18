// Package docx writes the small subset of WordprocessingML (ISO/IEC 29500,
// the .docx format) that the evidence pack needs: a title, headings,
// paragraphs of plain, bold and italic runs, bullet lists, tables with
// fixed column widths and a shaded header row that repeats on every page,
// a shaded draft notice, an A4 page with a "Page N of M" footer, and the
// core properties (title, creation date).
//
// It builds the XML with strings.Builder and one escape function rather
// than encoding/xml or a template package: the writer ends up in the
// WebAssembly binary, where reflection-based marshalling and templates
// cost size (and templates disable dead-code removal). Every string a
// caller passes is user text and is escaped, with characters XML 1.0
// cannot carry dropped. Output is deterministic: the same calls give the
// same bytes, zip timestamps included.
package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Page geometry, in twentieths of a point (twips): A4 with 2 cm side
// margins and 2 cm top and bottom, which leaves TextWidth for tables.
const (
	pageWidth    = 11906
	pageHeight   = 16838
	marginSide   = 1134
	marginTopBot = 1134
	// TextWidth is the width between the margins; table column widths
	// passed to Table should add up to it.
	TextWidth = pageWidth - 2*marginSide
)

// Run is a piece of text with one formatting. A line break ("\n") inside
// Text becomes a line break in the paragraph, a tab a tab.
type Run struct {
	Text         string
	Bold, Italic bool
}

// Plain, B and I make runs.
func Plain(s string) Run { return Run{Text: s} }

// B returns a bold run.
func B(s string) Run { return Run{Text: s, Bold: true} }

// I returns an italic run.
func I(s string) Run { return Run{Text: s, Italic: true} }

// Table is a table with a header row. Widths are the column widths in
// twips, one per column; each row has as many cells as there are widths
// (missing cells are written empty, extra ones dropped).
type Table struct {
	Widths []int
	Header []string
	Rows   [][]string
	// BoldFirst sets the first column of the body in bold: a row label.
	BoldFirst bool
}

// Document is a document being written. Its methods append to the body in
// call order; Bytes packages it. The zero value is not usable: call New.
type Document struct {
	title   string
	footer  string
	created time.Time
	body    strings.Builder
}

// New starts a document. title is its core-properties title; footer is
// the text of the page footer, written before "Page N of M"; created its
// creation time, also the zip entries' time (so that the same input gives
// the same file).
func New(title, footer string, created time.Time) *Document {
	return &Document{title: title, footer: footer, created: created.UTC()}
}

// Title writes the document title paragraph.
func (d *Document) Title(s string) { d.para("Title", "", []Run{Plain(s)}) }

// Subtitle writes a line under the title.
func (d *Document) Subtitle(s string) { d.para("Subtitle", "", []Run{Plain(s)}) }

// Heading writes a heading of level 1 to 3 (others are clamped).
func (d *Document) Heading(level int, s string) {
	level = min(max(level, 1), 3)
	d.para("Heading"+strconv.Itoa(level), "", []Run{Plain(s)})
}

// Para writes a normal paragraph.
func (d *Document) Para(runs ...Run) { d.para("", "", runs) }

// Text writes a normal paragraph of plain text.
func (d *Document) Text(s string) { d.para("", "", []Run{Plain(s)}) }

// Bullet writes an item of a bulleted list.
func (d *Document) Bullet(runs ...Run) { d.para("ListBullet", bulletNumbering, runs) }

// Notice writes a shaded, bordered box at full text width, its first
// paragraph the heading in bold: the draft notice at the top of a
// document. Each element of lines is one paragraph; a line starting with
// "• " becomes a bullet inside the box. The box is a one-cell table, so
// that bullets (indented differently) stay inside one frame in every
// reader.
func (d *Document) Notice(heading string, lines ...string) {
	b := &d.body
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>`, TextWidth)
	b.WriteString(noticeBorders + `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="85" w:type="dxa"/><w:left w:w="142" w:type="dxa"/><w:bottom w:w="85" w:type="dxa"/><w:right w:w="142" w:type="dxa"/></w:tblCellMar></w:tblPr>`)
	fmt.Fprintf(b, `<w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="`+noticeShade+`"/></w:tcPr>`, TextWidth, TextWidth)
	d.para("Notice", "", []Run{B(heading)})
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, "• "); ok {
			d.para("Notice", bulletNumbering, []Run{Plain(rest)})
			continue
		}
		d.para("Notice", "", []Run{Plain(l)})
	}
	b.WriteString("</w:tc></w:tr></w:tbl>")
	d.para("", "", nil)
}

const (
	noticeShade   = "FFF2CC"
	noticeBorders = `<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="BF8F00"/><w:left w:val="single" w:sz="8" w:space="0" w:color="BF8F00"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="BF8F00"/><w:right w:val="single" w:sz="8" w:space="0" w:color="BF8F00"/></w:tblBorders>`
)

// bulletNumbering is the numbering instance of bullet lists.
const bulletNumbering = "1"

func (d *Document) para(style, numID string, runs []Run) {
	b := &d.body
	b.WriteString("<w:p>")
	if style != "" || numID != "" {
		b.WriteString("<w:pPr>")
		if style != "" {
			b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		if numID != "" {
			b.WriteString(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + numID + `"/></w:numPr>`)
		}
		b.WriteString("</w:pPr>")
	}
	for _, r := range runs {
		writeRun(b, r, false)
	}
	b.WriteString("</w:p>")
}

// writeRun writes r; bold forces bold (header cells, row labels).
func writeRun(b *strings.Builder, r Run, bold bool) {
	if r.Text == "" {
		return
	}
	b.WriteString("<w:r>")
	if r.Bold || r.Italic || bold {
		b.WriteString("<w:rPr>")
		if r.Bold || bold {
			b.WriteString("<w:b/>")
		}
		if r.Italic {
			b.WriteString("<w:i/>")
		}
		b.WriteString("</w:rPr>")
	}
	// Line breaks and tabs are elements in WordprocessingML, not
	// characters: a literal newline in w:t is read as a space.
	for i, line := range strings.Split(r.Text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			if part != "" {
				b.WriteString(`<w:t xml:space="preserve">`)
				b.WriteString(Escape(part))
				b.WriteString("</w:t>")
			}
		}
	}
	b.WriteString("</w:r>")
}

// Table writes t. The header row is shaded, bold and repeated at the top
// of every page the table runs onto; rows do not split across pages.
func (d *Document) Table(t Table) {
	b := &d.body
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="PackTable"/>`)
	fmt.Fprintf(b, `<w:tblW w:w="%d" w:type="dxa"/>`, total)
	// Borders and cell margins are written on the table as well as in its
	// style: some readers ignore table styles.
	b.WriteString(tableBorders + `<w:tblLayout w:type="fixed"/>` + cellMargins + `<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range t.Widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString("</w:tblGrid>")
	if len(t.Header) > 0 {
		d.row(t.Widths, t.Header, true, false)
	}
	for _, r := range t.Rows {
		d.row(t.Widths, r, false, t.BoldFirst)
	}
	b.WriteString("</w:tbl>")
	// A paragraph after every table keeps two tables in a row apart and
	// gives the reader a place to type after it.
	d.para("", "", nil)
}

const (
	tableBorders = `<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>`
	cellMargins  = `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>`
	headerShade  = "D9E2F3"
)

func (d *Document) row(widths []int, cells []string, header, boldFirst bool) {
	b := &d.body
	b.WriteString("<w:tr><w:trPr><w:cantSplit/>")
	if header {
		b.WriteString("<w:tblHeader/>")
	}
	b.WriteString("</w:trPr>")
	for i, w := range widths {
		text := ""
		if i < len(cells) {
			text = cells[i]
		}
		fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
		if header {
			b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + headerShade + `"/>`)
		}
		b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>`)
		writeRun(b, Plain(text), header || (boldFirst && i == 0))
		b.WriteString("</w:p></w:tc>")
	}
	b.WriteString("</w:tr>")
}

// Escape returns s as XML character data or attribute value: the five
// markup characters become references, invalid UTF-8 becomes U+FFFD and
// characters XML 1.0 does not allow at all (most C0 controls, surrogates,
// U+FFFE, U+FFFF) are dropped, since no reference can carry them.
func Escape(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x80 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case xmlChar(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether r is a Char of XML 1.0 (section 2.2).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// Bytes packages the document as a .docx file.
func (d *Document) Bytes() ([]byte, error) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", d.core()},
		{"docProps/app.xml", appProps},
		{"word/document.xml", d.document()},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", stylesXML()},
		{"word/numbering.xml", numbering},
		{"word/settings.xml", settingsXML()},
		{"word/footer1.xml", d.footerXML()},
	}
	// The zip entries carry the document's creation time, not the clock:
	// the same assessment and generation time give the same bytes.
	mod := d.created
	if mod.Year() < 1980 {
		mod = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	for _, p := range parts {
		w, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return nil, fmt.Errorf("docx: add %s: %w", p.name, err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return nil, fmt.Errorf("docx: write %s: %w", p.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("docx: close zip: %w", err)
	}
	return buf.Bytes(), nil
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

func (d *Document) document() string {
	var b strings.Builder
	b.Grow(d.body.Len() + 1024)
	b.WriteString(xmlHeader + `<w:document ` + nsW + `><w:body>`)
	b.WriteString(d.body.String())
	fmt.Fprintf(&b, `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`,
		pageWidth, pageHeight, marginTopBot, marginSide, marginTopBot, marginSide)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

// footerXML is the footer: the caller's text, then "Page N of M" from the
// PAGE and NUMPAGES fields, whose cached value "1" is what a reader that
// does not compute fields shows.
func (d *Document) footerXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:ftr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>`)
	if d.footer != "" {
		writeRun(&b, Plain(d.footer+"  ·  "), false)
	}
	// "Page %s of %s" in the current language, its verbs the two fields.
	page, rest, _ := strings.Cut(l10n.T("Page %s of %s"), "%s")
	of, after, _ := strings.Cut(rest, "%s")
	writeRun(&b, Plain(page), false)
	field(&b, "PAGE")
	writeRun(&b, Plain(of), false)
	field(&b, "NUMPAGES")
	if after != "" {
		writeRun(&b, Plain(after), false)
	}
	b.WriteString(`</w:p></w:ftr>`)
	return b.String()
}

func field(b *strings.Builder, instr string) {
	b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + instr + ` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`)
}

func (d *Document) core() string {
	ts := d.created.Format("2006-01-02T15:04:05Z")
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + Escape(d.title) + `</dc:title>` +
		`<dc:creator>` + Escape(l10n.T("ISMS Ownership Assessment")) + `</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified>` +
		`</cp:coreProperties>`
}
