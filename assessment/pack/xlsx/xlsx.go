// Package xlsx writes Office Open XML spreadsheets (.xlsx, ISO/IEC 29500
// SpreadsheetML) with exactly what the evidence pack needs: several
// sheets of text and number cells (inline strings), a small fixed table
// of styles, column widths, row heights for wrapped text, cells merged
// across a row, frozen panes, an autofilter, and a print setup (fit to
// the page width, the header repeated, page numbers in the footer).
//
// It exists because the general library, excelize v2.11.1, adds about
// 8.9 MB raw and 2.3 MB gzipped to a WebAssembly binary, which the
// single-file app would pay at every start; this writer, with
// archive/zip and compress/flate, adds about 40 KB gzipped. It writes the
// XML into byte buffers rather than through encoding/xml reflection, for
// size and for speed under WebAssembly. It reads nothing back: the tests
// read its files with excelize and LibreOffice.
//
// Output is deterministic: the same workbook gives the same bytes (fixed
// zip timestamps, parts in a fixed order), so files can be compared by
// hash.
package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Style is one of the fixed cell styles. The values are indices into the
// cellXfs table of styles.xml (see stylesXML), so their order is part of
// the file format.
type Style int

// The cell styles.
const (
	Plain      Style = iota // default font, top-aligned
	Wrap                    // text wrapped in the column width, top-aligned
	Header                  // bold on grey, wrapped, bottom border: a table's header row
	Title                   // bold and larger: the document title
	ToComplete              // italic grey on pale yellow, wrapped: left for the consultant to complete
	LetterR                 // R, centred and coloured
	LetterA                 // A, centred and coloured
	LetterAR                // A/R, centred and coloured
	LetterC                 // C, centred and coloured
	LetterI                 // I, centred and coloured
	Problem                 // wrapped on pale red: a check found a problem
	Pass                    // wrapped on pale green: a check found none
	Bold                    // bold, wrapped
	Centre                  // centred, top-aligned
	Note                    // italic grey, wrapped: a note of the title block
	numStyles               // count; keep last
)

// Cell is one cell's value and style. The zero Cell is an empty, plain
// cell; an empty cell with a style other than Plain is still written, so
// that a fill marks it.
type Cell struct {
	Text  string
	Num   float64
	IsNum bool // the cell holds Num rather than Text
	Style Style
}

// Str returns a text cell.
func Str(s string, st Style) Cell { return Cell{Text: s, Style: st} }

// Int returns a number cell holding n.
func Int(n int, st Style) Cell { return Cell{Num: float64(n), IsNum: true, Style: st} }

// Sheet is one worksheet. Rows are written top to bottom from row 1.
type Sheet struct {
	name string
	// Widths are the column widths in characters, column A first; 0
	// leaves a column at the default width.
	Widths []float64
	// FreezeRows and FreezeCols keep that many top rows and left columns
	// in view when scrolling; 0 freezes none.
	FreezeRows, FreezeCols int
	// FilterRow is the 1-based row of the header the autofilter sits on;
	// the filter covers that row's columns down to the last row, and the
	// row repeats at the top of every printed page. 0 sets no filter.
	FilterRow int
	// FilterLast is the 1-based last row the autofilter covers, so that
	// notes or a sign-off block below a table stay out of its sorting and
	// filtering; 0 covers down to the last row.
	FilterLast int
	// OnePage prints the sheet on a single page, scaled down as needed:
	// for a short table whose sign-off must not end up alone on a page.
	// Otherwise a sheet fits the page width and runs down as many pages as
	// it needs.
	OnePage bool
	// Rows are the cells, row by row from row 1 and column A.
	Rows   [][]Cell
	merges []merge
}

// merge is a range of cells of one row shown as one cell.
type merge struct{ row, from, to int }

// MergeAcross shows the cells of row from column from to column to (all
// 0-based) as one cell, which holds the text of the first. A wrapped
// text there wraps in the width of the whole range.
func (s *Sheet) MergeAcross(row, from, to int) {
	if to > from {
		s.merges = append(s.merges, merge{row, from, to})
	}
}

// colWidth is the width of column ci.
func (s *Sheet) colWidth(ci int) float64 {
	if ci < len(s.Widths) && s.Widths[ci] > 0 {
		return s.Widths[ci]
	}
	return defaultWidth
}

// Name returns the sheet's name.
func (s *Sheet) Name() string { return s.name }

// Add appends a row.
func (s *Sheet) Add(cells ...Cell) { s.Rows = append(s.Rows, cells) }

// Workbook is a spreadsheet of one or more sheets.
type Workbook struct {
	sheets []*Sheet
}

// MaxSheetName is the longest sheet name spreadsheet applications accept,
// in UTF-16 code units.
const MaxSheetName = 31

// MaxCellText is the most text one cell holds, in UTF-16 code units;
// longer text is cut, since Excel refuses to open a file with more.
const MaxCellText = 32767

// AddSheet appends a sheet named name. The name must be 1 to 31
// characters, hold none of []:*?/\, not begin or end with an apostrophe,
// and differ (ignoring case) from the other sheets' names: Excel refuses
// a file that breaks one of these.
func (w *Workbook) AddSheet(name string) (*Sheet, error) {
	if err := ValidSheetName(name); err != nil {
		return nil, err
	}
	for _, s := range w.sheets {
		if strings.EqualFold(s.name, name) {
			return nil, fmt.Errorf("sheet name %q is already used", name)
		}
	}
	s := &Sheet{name: name}
	w.sheets = append(w.sheets, s)
	return s, nil
}

// ValidSheetName reports why name cannot name a sheet, or nil.
func ValidSheetName(name string) error {
	switch n := len(utf16.Encode([]rune(name))); {
	case n == 0:
		return errors.New("sheet name is empty")
	case n > MaxSheetName:
		return fmt.Errorf("sheet name %q is longer than %d characters", name, MaxSheetName)
	}
	if i := strings.IndexAny(name, `[]:*?/\`); i >= 0 {
		return fmt.Errorf("sheet name %q holds %q", name, name[i])
	}
	if strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'") {
		return fmt.Errorf("sheet name %q begins or ends with an apostrophe", name)
	}
	for _, r := range name {
		if r < 0x20 || !xmlChar(r) {
			return fmt.Errorf("sheet name %q holds a control character", name)
		}
	}
	return nil
}

// flatePool keeps deflate compressors between workbooks.
var flatePool = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(nil, flate.BestSpeed) // fails only for an invalid level
	return fw
}}

// zipTime is the modification time of every part: fixed, so that the
// output is deterministic (the zip format cannot store dates before 1980).
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Bytes returns the workbook as an .xlsx file.
func (w *Workbook) Bytes() ([]byte, error) {
	if len(w.sheets) == 0 {
		return nil, errors.New("workbook has no sheet")
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	// The fastest deflate level: generation time in the browser matters
	// more than a few kilobytes of a file that is downloaded, not sent.
	// One compressor (about 1 MB of state) serves every part: zip closes
	// a part before it starts the next.
	fw := flatePool.Get().(*flate.Writer)
	defer func() {
		fw.Reset(io.Discard) // let go of this workbook's buffer
		flatePool.Put(fw)
	}()
	z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		fw.Reset(w)
		return fw, nil
	})
	put := func(name string, body []byte) error {
		f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return fmt.Errorf("add %s: %w", name, err)
		}
		if _, err := f.Write(body); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		return nil
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", w.contentTypes()},
		{"_rels/.rels", rootRels},
		{"xl/workbook.xml", w.workbookXML()},
		{"xl/_rels/workbook.xml.rels", w.workbookRels()},
		{"xl/styles.xml", stylesXML},
	}
	for _, p := range parts {
		if err := put(p.name, []byte(p.body)); err != nil {
			return nil, err
		}
	}
	for i, s := range w.sheets {
		if err := put(sheetPart(i), s.xml()); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("close xlsx: %w", err)
	}
	return buf.Bytes(), nil
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg  = "http://schemas.openxmlformats.org/package/2006/relationships"
)

const rootRels = xmlHead + `<Relationships xmlns="` + nsPkg + `">` +
	`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/>` +
	`</Relationships>`

func sheetPart(i int) string { return "xl/worksheets/sheet" + strconv.Itoa(i+1) + ".xml" }

func (w *Workbook) contentTypes() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
	for i := range w.sheets {
		b.WriteString(`<Override PartName="/` + sheetPart(i) + `" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

func (w *Workbook) workbookRels() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="` + nsPkg + `">`)
	for i := range w.sheets {
		b.WriteString(`<Relationship Id="rId` + strconv.Itoa(i+1) + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + strconv.Itoa(i+1) + `.xml"/>`)
	}
	b.WriteString(`<Relationship Id="rId` + strconv.Itoa(len(w.sheets)+1) + `" Type="` + nsRel + `/styles" Target="styles.xml"/>`)
	b.WriteString(`</Relationships>`)
	return b.String()
}

func (w *Workbook) workbookXML() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheets>`)
	for i, s := range w.sheets {
		n := strconv.Itoa(i + 1)
		b.WriteString(`<sheet name="` + escape(s.name) + `" sheetId="` + n + `" r:id="rId` + n + `"/>`)
	}
	b.WriteString(`</sheets>`)
	// Excel keeps an autofilter's range in this hidden name; LibreOffice
	// and Excel both read the filter without it, but Excel rewrites the
	// file with it, so writing it keeps a round trip quiet.
	var names strings.Builder
	for i, s := range w.sheets {
		if ref, ok := s.filterRef(); ok {
			names.WriteString(`<definedName name="_xlnm._FilterDatabase" localSheetId="` + strconv.Itoa(i) + `" hidden="1">` +
				escape(quoteSheet(s.name)+"!"+absRef(ref)) + `</definedName>`)
			// The filtered header repeats at the top of every printed page.
			row := strconv.Itoa(s.FilterRow)
			names.WriteString(`<definedName name="_xlnm.Print_Titles" localSheetId="` + strconv.Itoa(i) + `">` +
				escape(quoteSheet(s.name)+"!$"+row+":$"+row) + `</definedName>`)
		}
	}
	if names.Len() > 0 {
		b.WriteString(`<definedNames>` + names.String() + `</definedNames>`)
	}
	b.WriteString(`</workbook>`)
	return b.String()
}

// quoteSheet quotes a sheet name for a formula reference.
func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

// absRef turns "A5:S284" into "$A$5:$S$284".
func absRef(ref string) string {
	var b strings.Builder
	for _, part := range strings.Split(ref, ":") {
		if b.Len() > 0 {
			b.WriteByte(':')
		}
		i := strings.IndexAny(part, "0123456789")
		b.WriteString("$" + part[:i] + "$" + part[i:])
	}
	return b.String()
}

// width returns the number of columns of the widest row.
func (s *Sheet) width() int {
	n := 0
	for _, r := range s.Rows {
		n = max(n, len(r))
	}
	return n
}

// filterRef returns the autofilter's range, if any: the header row's
// cells down to FilterLast, or to the last row.
func (s *Sheet) filterRef() (string, bool) {
	if s.FilterRow < 1 || s.FilterRow > len(s.Rows) || len(s.Rows[s.FilterRow-1]) == 0 {
		return "", false
	}
	last := len(s.Rows[s.FilterRow-1])
	end := len(s.Rows)
	if s.FilterLast >= s.FilterRow && s.FilterLast < end {
		end = s.FilterLast
	}
	return CellRef(0, s.FilterRow-1) + ":" + CellRef(last-1, end-1), true
}

// ColName returns the letters of column col, 0-based: 0 is "A", 26 "AA".
func ColName(col int) string {
	var b []byte
	for col++; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b)
}

// CellRef returns the A1 reference of column col and row row, both
// 0-based.
func CellRef(col, row int) string { return ColName(col) + strconv.Itoa(row+1) }

// xml returns the sheet's part. It is the one hot path of the writer
// (a RACI annex has over 5,000 cells), so it writes into one buffer with
// as few allocations as it can: under WebAssembly allocation dominates.
func (s *Sheet) xml() []byte {
	var b bytes.Buffer
	b.Grow(1024 + 96*len(s.Rows)*max(s.width(), 1))
	b.WriteString(xmlHead + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	// Printed, every sheet fits the page width (as many pages down as it
	// needs): a RACI row split across two pages cannot be read.
	b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
	if w := s.width(); w > 0 {
		b.WriteString(`<dimension ref="A1:` + CellRef(w-1, max(len(s.Rows), 1)-1) + `"/>`)
	}
	b.WriteString(`<sheetViews><sheetView workbookViewId="0"`)
	if s.FreezeRows == 0 && s.FreezeCols == 0 {
		b.WriteString(`/></sheetViews>`)
	} else {
		pane := "bottomRight"
		switch {
		case s.FreezeCols == 0:
			pane = "bottomLeft"
		case s.FreezeRows == 0:
			pane = "topRight"
		}
		b.WriteString(`><pane`)
		if s.FreezeCols > 0 {
			b.WriteString(` xSplit="` + strconv.Itoa(s.FreezeCols) + `"`)
		}
		if s.FreezeRows > 0 {
			b.WriteString(` ySplit="` + strconv.Itoa(s.FreezeRows) + `"`)
		}
		b.WriteString(` topLeftCell="` + CellRef(s.FreezeCols, s.FreezeRows) + `" activePane="` + pane + `" state="frozen"/>` +
			`<selection pane="` + pane + `" activeCell="` + CellRef(s.FreezeCols, s.FreezeRows) + `" sqref="` + CellRef(s.FreezeCols, s.FreezeRows) + `"/>` +
			`</sheetView></sheetViews>`)
	}
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.Widths) > 0 {
		b.WriteString(`<cols>`)
		for i, w := range s.Widths {
			if w <= 0 {
				continue
			}
			n := strconv.Itoa(i + 1)
			b.WriteString(`<col min="` + n + `" max="` + n + `" width="` + strconv.FormatFloat(w, 'f', -1, 64) + `" customWidth="1"/>`)
		}
		b.WriteString(`</cols>`)
	}
	b.WriteString(`<sheetData>`)
	s.writeRows(&b)
	b.WriteString(`</sheetData>`)
	if ref, ok := s.filterRef(); ok {
		b.WriteString(`<autoFilter ref="` + ref + `"/>`)
	}
	if len(s.merges) > 0 {
		b.WriteString(`<mergeCells count="` + strconv.Itoa(len(s.merges)) + `">`)
		for _, m := range s.merges {
			b.WriteString(`<mergeCell ref="` + CellRef(m.from, m.row) + `:` + CellRef(m.to, m.row) + `"/>`)
		}
		b.WriteString(`</mergeCells>`)
	}
	fitHeight := "0"
	if s.OnePage {
		fitHeight = "1"
	}
	b.WriteString(`<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
		`<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="` + fitHeight + `"/>` +
		`<headerFooter><oddFooter>&amp;L&amp;A&amp;R` + escape(l10n.F("Page %s of %s", "&P", "&N")) + `</oddFooter></headerFooter>` +
		`</worksheet>`)
	return b.Bytes()
}

// writeRows writes the rows of sheetData.
func (s *Sheet) writeRows(b *bytes.Buffer) {
	cols := make([]string, s.width())
	for i := range cols {
		cols[i] = ColName(i)
	}
	var num []byte
	for ri, row := range s.Rows {
		num = strconv.AppendInt(num[:0], int64(ri+1), 10)
		b.WriteString(`<row r="`)
		b.Write(num)
		if h := s.rowHeight(ri, row); h > 0 {
			b.WriteString(`" ht="`)
			b.WriteString(strconv.FormatFloat(h, 'f', -1, 64))
			b.WriteString(`" customHeight="1`)
		}
		b.WriteString(`">`)
		for ci, c := range row {
			if c.Text == "" && !c.IsNum && c.Style == Plain {
				continue
			}
			b.WriteString(`<c r="`)
			b.WriteString(cols[ci])
			b.Write(num)
			b.WriteByte('"')
			// Plain is written too: LibreOffice gives a cell without a
			// style the default cell style, not the first cellXfs entry.
			if c.Style >= Plain && c.Style < numStyles {
				b.WriteString(` s="`)
				b.WriteString(strconv.Itoa(int(c.Style)))
				b.WriteByte('"')
			}
			switch {
			case c.IsNum:
				b.WriteString(`><v>`)
				b.WriteString(strconv.FormatFloat(c.Num, 'g', -1, 64))
				b.WriteString(`</v></c>`)
			case c.Text == "":
				b.WriteString(`/>`)
			default:
				b.WriteString(` t="inlineStr"><is><t xml:space="preserve">`)
				writeCellText(b, c.Text)
				b.WriteString(`</t></is></c>`)
			}
		}
		b.WriteString(`</row>`)
	}
}

// defaultWidth is a column's width when Widths does not set it.
const defaultWidth = 8.43

// lineHeight is the height in points of one line of 11-point text.
const lineHeight = 15

// wraps reports whether st wraps its text.
func wraps(st Style) bool {
	switch st {
	case Wrap, Header, ToComplete, Problem, Pass, Bold, Note:
		return true
	}
	return false
}

// rowHeight returns the height in points row needs to show its wrapped
// text in full, or 0 for the default height of one line. Neither Excel
// nor LibreOffice fits a row to wrapped text when it opens a file, so
// the writer estimates it: a column of width w holds about 1.15 w
// characters a line (the width unit is one digit, wider than the average
// letter; the margin left is for word breaks), bold text a tenth fewer.
// Looked at in LibreOffice's PDF export: no text is cut, little space is
// left over.
func (s *Sheet) rowHeight(ri int, row []Cell) float64 {
	lines := 1
	for ci, c := range row {
		if c.Text == "" || !wraps(c.Style) {
			continue
		}
		w := s.colWidth(ci)
		for _, m := range s.merges {
			if m.row == ri && m.from == ci {
				for c := m.from + 1; c <= m.to; c++ {
					w += s.colWidth(c)
				}
			}
		}
		w *= 1.15
		if c.Style == Header || c.Style == Bold {
			w *= 0.9
		}
		n := 0
		for _, para := range strings.Split(c.Text, "\n") {
			n += wrappedLines(para, max(int(w), 1))
		}
		lines = max(lines, n)
	}
	if lines == 1 {
		return 0
	}
	return float64(lines * lineHeight)
}

// wrappedLines is how many lines text takes in a column holding per
// characters a line, wrapped at spaces as the spreadsheet applications do:
// a word that does not fit on the current line starts the next one, and
// a word longer than a line is broken. Counting characters alone
// underestimates a header such as "Longest acceptance (months)", whose
// long first word leaves half a line empty, and the last word is cut.
func wrappedLines(text string, per int) int {
	lines, run := 1, 0
	for _, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		switch {
		case run == 0:
		case run+1+n <= per:
			run++ // the space before the word
		default:
			lines++
			run = 0
		}
		for n > per-run { // the rest of the word does not fit: break it
			n -= per - run
			lines++
			run = 0
		}
		run += n
	}
	return lines
}

// writeCellText writes user text for a cell, escaped for XML: characters
// XML 1.0 cannot carry are dropped, a literal "_xHHHH_" is protected from
// being read as the spreadsheet escape of a character, and text beyond
// MaxCellText is cut.
func writeCellText(b *bytes.Buffer, s string) {
	units := 0
	for i, r := range s {
		if !xmlChar(r) {
			continue
		}
		n := 1
		if r >= 0x10000 {
			n = 2
		}
		if units+n > MaxCellText {
			break
		}
		units += n
		// SpreadsheetML reads "_x" + four hex digits + "_" as an escaped
		// character; "_x005F_" is the escaped underscore that keeps the
		// text as typed.
		switch {
		case r == '_' && isHexEscape(s[i:]):
			b.WriteString("_x005F_")
		case r < utf8.RuneSelf:
			writeEscapedByte(b, byte(r))
		default:
			b.WriteRune(r)
		}
	}
}

// isHexEscape reports whether s begins with "_xHHHH_".
func isHexEscape(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(c)) {
			return false
		}
	}
	return true
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		(r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) ||
		(r >= 0x10000 && r <= 0x10FFFF)
}

// escape escapes s for XML text and attribute values.
func escape(s string) string {
	if !strings.ContainsAny(s, "<>&\"'\r") {
		return s
	}
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		writeEscapedByte(&b, s[i])
	}
	return b.String()
}

// writeEscapedByte writes one byte of XML text or attribute value,
// escaped. A carriage return is written as a character reference, since
// a parser would otherwise turn it into a line feed. Bytes of multi-byte
// UTF-8 sequences pass unchanged.
func writeEscapedByte(b *bytes.Buffer, c byte) {
	switch c {
	case '<':
		b.WriteString("&lt;")
	case '>':
		b.WriteString("&gt;")
	case '&':
		b.WriteString("&amp;")
	case '"':
		b.WriteString("&quot;")
	case '\'':
		b.WriteString("&apos;")
	case '\r':
		b.WriteString("&#13;")
	default:
		b.WriteByte(c)
	}
}
