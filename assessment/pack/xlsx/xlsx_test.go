package xlsx

import (
	"archive/zip"
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment/pack/packtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func TestValidSheetName(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"RACI annex", true},
		{"Statement of Applicability", true},
		{strings.Repeat("x", 31), true},
		{"Übersicht – Anlagen", true},
		{"", false},
		{strings.Repeat("x", 32), false},
		{"a[b", false},
		{"a]b", false},
		{"a:b", false},
		{"a*b", false},
		{"a?b", false},
		{"a/b", false},
		{`a\b`, false},
		{"'quoted", false},
		{"quoted'", false},
		{"it's", true},
		{"tab\there", false},
		{strings.Repeat("😀", 16), false}, // 32 UTF-16 units
		{strings.Repeat("😀", 15), true},
	}
	for _, tt := range tests {
		err := ValidSheetName(tt.name)
		if tt.ok {
			assert.NoError(t, err, "%q", tt.name)
		} else {
			assert.Error(t, err, "%q", tt.name)
		}
	}
}

func TestAddSheetRefusesDuplicate(t *testing.T) {
	var w Workbook
	_, err := w.AddSheet("Plan")
	require.NoError(t, err)
	_, err = w.AddSheet("plan")
	assert.ErrorContains(t, err, "already used")
	_, err = w.AddSheet("bad/name")
	assert.Error(t, err)
}

func TestEmptyWorkbook(t *testing.T) {
	var w Workbook
	_, err := w.Bytes()
	assert.Error(t, err)
}

func TestColName(t *testing.T) {
	tests := []struct {
		col  int
		want string
	}{
		{0, "A"}, {1, "B"}, {25, "Z"}, {26, "AA"}, {27, "AB"}, {51, "AZ"}, {52, "BA"}, {701, "ZZ"}, {702, "AAA"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ColName(tt.col), "column %d", tt.col)
	}
	assert.Equal(t, "C7", CellRef(2, 6))
}

func TestCellText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"plain", "plain"},
		{"a\x00b\x01c\x1fd", "abcd"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr&#13;"},
		{`<&>"'`, "&lt;&amp;&gt;&quot;&apos;"},
		{"\uFFFE\uFFFFok", "ok"},
		{"_x0041_", "_x005F_x0041_"},
		{"_x00G1_", "_x00G1_"},
		{"a_b", "a_b"},
		{"日本語 😀", "日本語 😀"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cellText(tt.in), "%q", tt.in)
	}
	long := strings.Repeat("é", MaxCellText+10)
	assert.Equal(t, MaxCellText, len([]rune(cellText(long))))
	emoji := strings.Repeat("😀", MaxCellText) // two UTF-16 units each
	assert.Equal(t, MaxCellText/2, len([]rune(cellText(emoji))))
}

// cellText is the XML writeCellText writes for s.
func cellText(s string) string {
	var b bytes.Buffer
	writeCellText(&b, s)
	return b.String()
}

func TestStyleTableMatchesStyles(t *testing.T) {
	m := regexp.MustCompile(`<cellXfs count="(\d+)">(.*)</cellXfs>`).FindStringSubmatch(stylesXML)
	require.NotNil(t, m)
	assert.Equal(t, strconv.Itoa(int(numStyles)), m[1])
	assert.Equal(t, int(numStyles), strings.Count(m[2], "<xf "))
}

// hostile is user text that breaks naive XML writers.
const hostile = `<&>"' tab	x` + "\x01\x0b" + ` line
two _x0041_ 😀 日本語 Ω`

// hostileKept is hostile as a spreadsheet reads it back: the control
// characters XML cannot carry are gone, the rest is as typed.
const hostileKept = `<&>"' tab	x line
two _x0041_ 😀 日本語 Ω`

func sampleWorkbook(t *testing.T) *Workbook {
	t.Helper()
	var w Workbook
	s, err := w.AddSheet("Data & <more>")
	require.NoError(t, err)
	s.Widths = []float64{10, 0, 42.5}
	s.Add(Str("Title", Title))
	s.Add(Str("ID", Header), Str("Text", Header), Str("Count", Header))
	s.Add(Str("5.1", Plain), Str(hostile, Wrap), Int(42, Centre))
	s.Add(Str("A/R", LetterAR), Str("", ToComplete), Int(-3, Plain))
	s.FreezeRows, s.FreezeCols, s.FilterRow = 2, 1, 2
	s.MergeAcross(0, 0, 2)
	second, err := w.AddSheet("it's second")
	require.NoError(t, err)
	second.Add(Str("only", Plain))
	return &w
}

func TestReadBackWithExcelize(t *testing.T) {
	data, err := sampleWorkbook(t).Bytes()
	require.NoError(t, err)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()

	assert.Equal(t, []string{"Data & <more>", "it's second"}, f.GetSheetList())
	const sh = "Data & <more>"
	rows, err := f.GetRows(sh)
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		{"Title"},
		{"ID", "Text", "Count"},
		{"5.1", hostileKept, "42"},
		{"A/R", "", "-3"},
	}, rows)
	typ, err := f.GetCellType(sh, "C3")
	require.NoError(t, err)
	assert.Equal(t, excelize.CellTypeUnset, typ, "a number cell carries no type attribute")

	panes, err := f.GetPanes(sh)
	require.NoError(t, err)
	assert.True(t, panes.Freeze)
	assert.Equal(t, 1, panes.XSplit)
	assert.Equal(t, 2, panes.YSplit)
	assert.Equal(t, "B3", panes.TopLeftCell)

	wA, err := f.GetColWidth(sh, "A")
	require.NoError(t, err)
	assert.InDelta(t, 10, wA, 0.01)
	wC, err := f.GetColWidth(sh, "C")
	require.NoError(t, err)
	assert.InDelta(t, 42.5, wC, 0.01)

	var filter bool
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm._FilterDatabase" {
			filter = true
			assert.Equal(t, `'Data & <more>'!$A$2:$C$4`, n.RefersTo)
			assert.Equal(t, sh, n.Scope)
		}
	}
	assert.True(t, filter, "autofilter name")
	assert.Contains(t, part(t, data, "xl/worksheets/sheet1.xml"), `<autoFilter ref="A2:C4"/>`)

	st, err := f.GetCellStyle(sh, "A4")
	require.NoError(t, err)
	style, err := f.GetStyle(st)
	require.NoError(t, err)
	assert.True(t, style.Font.Bold)
	assert.Equal(t, "FFFFFF", rgb(style.Font.Color))
	// excelize resolves fill colours only through a theme part, which
	// the writer does not write; the pattern tells the fill is there.
	assert.Equal(t, "pattern", style.Fill.Type)
	assert.Equal(t, 1, style.Fill.Pattern, "solid")

	st, err = f.GetCellStyle(sh, "B4")
	require.NoError(t, err)
	assert.Equal(t, int(ToComplete), st, "an empty styled cell keeps its style")

	merged, err := f.GetMergeCells(sh)
	require.NoError(t, err)
	require.Len(t, merged, 1)
	assert.Equal(t, "A1", merged[0].GetStartAxis())
	assert.Equal(t, "C1", merged[0].GetEndAxis())

	var titles string
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" && n.Scope == sh {
			titles = n.RefersTo
		}
	}
	assert.Equal(t, `'Data & <more>'!$2:$2`, titles, "the header repeats on every printed page")

	h, err := f.GetRowHeight(sh, 3)
	require.NoError(t, err)
	assert.InDelta(t, 75, h, 0.01, "two paragraphs, of two and three lines, in a column of default width")

	panes, err = f.GetPanes("it's second")
	require.NoError(t, err)
	assert.False(t, panes.Freeze)
}

func TestRowHeight(t *testing.T) {
	s := &Sheet{Widths: []float64{10, 20}}
	s.MergeAcross(5, 0, 1)
	tests := []struct {
		name string
		row  int
		cell []Cell
		want float64
	}{
		{"empty", 0, nil, 0},
		{"short wrapped", 0, []Cell{Str("short", Wrap)}, 0},
		{"not wrapped", 0, []Cell{Str(strings.Repeat("x", 50), Plain)}, 0},
		{"one full line", 0, []Cell{Str(strings.Repeat("x", 11), Wrap)}, 0},
		{"two lines", 0, []Cell{Str(strings.Repeat("x", 12), Wrap)}, 30},
		{"line breaks", 0, []Cell{Str("a\nb\nc", Wrap)}, 45},
		{"widest column decides", 0, []Cell{Str(strings.Repeat("x", 25), Wrap), Str(strings.Repeat("x", 25), Wrap)}, 45},
		{"default width", 0, []Cell{{}, {}, Str(strings.Repeat("x", 10), Wrap)}, 30},
		{"header is bold", 0, []Cell{Str(strings.Repeat("x", 11), Header)}, 30},
		{"merged range is wider", 5, []Cell{Str(strings.Repeat("x", 25), Wrap)}, 0},
		// 11 characters a line: "Longest" fits, "acceptance" does not
		// join it, "(months)" takes a third line.
		{"wraps at words", 0, []Cell{Str("Longest acceptance (months)", Wrap)}, 45},
		{"words that fit share a line", 0, []Cell{Str("ab cd ef", Wrap)}, 0},
		{"long word starts a line and is broken", 0, []Cell{Str("ab "+strings.Repeat("x", 23), Wrap)}, 60},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, s.rowHeight(tt.row, tt.cell), tt.name)
	}
}

func TestWrappedLines(t *testing.T) {
	tests := []struct {
		text string
		per  int
		want int
	}{
		{"", 10, 1},
		{"a", 10, 1},
		{"exactly10x", 10, 1},
		{"exactly10x y", 10, 2},
		{"aaaa bbbbb", 10, 1},
		{"aaaa bbbbbb", 10, 2},
		{"Longest acceptance (months)", 14, 3},
		{"Longest acceptance (months)", 20, 2},
		{strings.Repeat("x", 25), 10, 3},
		{"ab " + strings.Repeat("x", 25), 10, 4},
		{"  spaced   out  ", 10, 1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, wrappedLines(tt.text, tt.per), "%q in %d", tt.text, tt.per)
	}
}

// FilterLast keeps the rows below a table out of its autofilter.
func TestFilterLast(t *testing.T) {
	s := &Sheet{FilterRow: 2, FilterLast: 3}
	s.Add(Str("Title", Title))
	s.Add(Str("A", Header), Str("B", Header))
	s.Add(Str("1", Plain))
	s.Add()
	s.Add(Str("Approved by", Plain))
	ref, ok := s.filterRef()
	require.True(t, ok)
	assert.Equal(t, "A2:B3", ref)
	s.FilterLast = 0
	ref, _ = s.filterRef()
	assert.Equal(t, "A2:B5", ref)
	s.FilterLast = 99
	ref, _ = s.filterRef()
	assert.Equal(t, "A2:B5", ref, "beyond the last row: the last row")
}

func TestDeterministic(t *testing.T) {
	a, err := sampleWorkbook(t).Bytes()
	require.NoError(t, err)
	b, err := sampleWorkbook(t).Bytes()
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestPartsAreWellFormed(t *testing.T) {
	data, err := sampleWorkbook(t).Bytes()
	require.NoError(t, err)
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		body := part(t, data, f.Name)
		assert.True(t, strings.HasPrefix(body, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`), f.Name)
		assert.NotContains(t, body, "\x01", f.Name)
		assert.NoError(t, packtest.WellFormed(body), f.Name)
	}
	assert.Equal(t, []string{
		"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
		"xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
	}, names)
}

// part returns the text of one part of an xlsx file.
func part(t *testing.T, data []byte, name string) string {
	t.Helper()
	parts, err := packtest.Parts(data)
	require.NoError(t, err)
	require.Contains(t, parts, name)
	return parts[name]
}

// rgb is the last six hex digits of a colour, without the alpha excelize
// may or may not keep.
func rgb(c string) string {
	c = strings.ToUpper(strings.TrimPrefix(c, "#"))
	return c[max(len(c)-6, 0):]
}

// TestOnePage: a sheet marked OnePage prints on one page; others fit the
// page width and run down as many pages as they need.
func TestOnePage(t *testing.T) {
	w := sampleWorkbook(t)
	w.sheets[1].OnePage = true
	data, err := w.Bytes()
	require.NoError(t, err)
	assert.Contains(t, part(t, data, "xl/worksheets/sheet1.xml"), `fitToWidth="1" fitToHeight="0"`)
	assert.Contains(t, part(t, data, "xl/worksheets/sheet2.xml"), `fitToWidth="1" fitToHeight="1"`)
}
