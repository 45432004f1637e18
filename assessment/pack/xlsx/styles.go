package xlsx

import "strconv"

// stylesXML is the fixed style table, built once. The letter colours are the app's
// matrix colours (30-matrix.css), so that the annex reads like the screen:
// A and A/R white on blue (A/R with a green underline for its R), R green
// on pale green, C on pale blue, I on grey.
//
// Fonts: 0 default, 1 bold, 2 title, 3 italic grey, 4 bold white,
// 5 bold green, 6 bold ink. Fills: 0 and 1 are required by the format
// (none, gray125); 2 header, 3 to complete, 4 blue (A), 5 pale green (R,
// pass), 6 pale blue (C), 7 grey (I), 8 pale red (problem). Borders: 0
// none, 1 thin bottom, 2 green bottom (A/R).
//
// The cellXfs entries are in Style order: an entry added here needs its
// Style constant at the same index.
var stylesXML = xmlHead + `<styleSheet xmlns="` + nsMain + `">` +
	`<fonts count="7">` +
	`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><color rgb="FF1D6B3A"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><color rgb="FF1A1F2B"/><name val="Calibri"/><family val="2"/></font>` +
	`</fonts>` +
	`<fills count="9">` +
	`<fill><patternFill patternType="none"/></fill>` +
	`<fill><patternFill patternType="gray125"/></fill>` +
	fill("FFDDE3EC") + fill("FFFFF6D5") + fill("FF0B5CAD") + fill("FFE5F4EA") +
	fill("FFE3EEFB") + fill("FFE8ECF2") + fill("FFFBE0E0") +
	`</fills>` +
	`<borders count="3">` +
	`<border><left/><right/><top/><bottom/><diagonal/></border>` +
	`<border><left/><right/><top/><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border>` +
	`<border><left/><right/><top/><bottom style="thick"><color rgb="FF1D6B3A"/></bottom><diagonal/></border>` +
	`</borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="15">` +
	xf(0, 0, 0, `vertical="top"`) + // Plain
	xf(0, 0, 0, `vertical="top" wrapText="1"`) + // Wrap
	xf(1, 2, 1, `vertical="top" wrapText="1"`) + // Header
	xf(2, 0, 0, ``) + // Title
	xf(3, 3, 0, `vertical="top" wrapText="1"`) + // ToComplete
	xf(5, 5, 0, `horizontal="center" vertical="top"`) + // LetterR
	xf(4, 4, 0, `horizontal="center" vertical="top"`) + // LetterA
	xf(4, 4, 2, `horizontal="center" vertical="top"`) + // LetterAR
	xf(6, 6, 0, `horizontal="center" vertical="top"`) + // LetterC
	xf(6, 7, 0, `horizontal="center" vertical="top"`) + // LetterI
	xf(0, 8, 0, `vertical="top" wrapText="1"`) + // Problem
	xf(0, 5, 0, `vertical="top" wrapText="1"`) + // Pass
	xf(1, 0, 0, `vertical="top" wrapText="1"`) + // Bold
	xf(0, 0, 0, `horizontal="center" vertical="top"`) + // Centre
	xf(3, 0, 0, `vertical="top" wrapText="1"`) + // Note
	`</cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`

func fill(argb string) string {
	return `<fill><patternFill patternType="solid"><fgColor rgb="` + argb + `"/><bgColor indexed="64"/></patternFill></fill>`
}

func xf(font, fill, border int, align string) string {
	s := `<xf numFmtId="0" fontId="` + itoa(font) + `" fillId="` + itoa(fill) + `" borderId="` + itoa(border) + `" xfId="0"`
	if font > 0 {
		s += ` applyFont="1"`
	}
	if fill > 0 {
		s += ` applyFill="1"`
	}
	if border > 0 {
		s += ` applyBorder="1"`
	}
	if align == "" {
		return s + `/>`
	}
	return s + ` applyAlignment="1"><alignment ` + align + `/></xf>`
}

func itoa(n int) string { return strconv.Itoa(n) }
