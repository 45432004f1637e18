package csvio

import (
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// maxHeaderCells bounds the header: ours has 20 columns, spreadsheets add a
// few empty ones, and a bound keeps a hostile header from costing memory.
const maxHeaderCells = 256

// cell is one field as read, with the physical line it starts on and, when
// its text is a substring of the input, where it starts there (off; -1
// when the text was built, as for a quoted cell with doubled quotes).
type cell struct {
	s    string
	line int
	off  int
}

// record is one CSV record. Only the first width cells are kept (width is
// the header's length); cells beyond it must be empty and are only checked.
type record struct {
	cells []cell
	line  int  // physical line of the first cell
	row   int  // 1-based record number: the row a spreadsheet shows
	blank bool // every cell is empty
}

// scanner is a strict RFC 4180 reader that, unlike encoding/csv, keeps
// quoted cells byte for byte (CRLF and lone CR included) and reports the
// physical line of every cell. Records end at CRLF, LF or a lone CR (old
// Mac "CSV" files); the last record may lack a line ending.
type scanner struct {
	s     string
	i     int
	line  int
	rows  int // records read so far
	comma byte
	width int // cells kept per record; 0 means keep up to maxHeaderCells
	// buf holds the cells of the last record once width is set: every
	// record reuses it (at most width cells, so it never grows), and the
	// caller copies what it keeps before the next call.
	buf []cell
}

// scanProblem is a problem found while reading the CSV syntax.
type scanProblem struct {
	p     Problem
	fatal bool // the rest of the file cannot be read
}

// next reads one record. It returns ok=false at the end of input. Problems
// are appended to probs; a fatal one ends scanning. Once width is set, the
// record's cells are valid until the next call (see buf).
func (sc *scanner) next(probs *[]scanProblem) (rec record, ok bool) {
	if sc.i >= len(sc.s) {
		return record{}, false
	}
	sc.rows++
	rec.line, rec.row = sc.line, sc.rows
	rec.blank = true
	if sc.width > 0 {
		if cap(sc.buf) < sc.width {
			sc.buf = make([]cell, 0, sc.width)
		}
		rec.cells = sc.buf[:0]
	}
	col := 0
	extra := false
	for {
		col++
		startLine := sc.line
		var field string
		off := -1
		if sc.i < len(sc.s) && sc.s[sc.i] == '"' {
			// A quoted cell without doubled quotes is a substring of the
			// input; the builder is only needed to undouble quotes.
			var b strings.Builder
			doubled := false
			sc.i++
			for {
				j := strings.IndexByte(sc.s[sc.i:], '"')
				if j < 0 {
					*probs = append(*probs, scanProblem{Problem{Line: startLine, Row: rec.row, Column: col, Msg: l10n.T("quoted cell is never closed (a \" is missing)")}, true})
					sc.i = len(sc.s)
					return rec, false
				}
				chunk := sc.s[sc.i : sc.i+j]
				sc.line += countLineBreaks(chunk)
				sc.i += j + 1
				if sc.i < len(sc.s) && sc.s[sc.i] == '"' {
					b.WriteString(chunk)
					b.WriteByte('"')
					doubled = true
					sc.i++
					continue
				}
				if !doubled {
					field, off = chunk, sc.i-j-1
				} else {
					b.WriteString(chunk)
				}
				break
			}
			if sc.i < len(sc.s) {
				if c := sc.s[sc.i]; c != sc.comma && c != '\n' && c != '\r' {
					// Reported where the quoted cell starts, which is where
					// the quote to double or to close is: reading gave up
					// only at the next quote, maybe lines further.
					msg := l10n.T("unexpected text after the closing quote of a quoted cell (a \" inside a quoted cell must be doubled)")
					if sc.line != startLine {
						msg = l10n.F("the quoted cell that starts here runs to line %d and has text after its closing quote there: a quote is missing at its end, or a \" inside it is not doubled", sc.line)
					}
					*probs = append(*probs, scanProblem{Problem{Line: startLine, Row: rec.row, Column: col, Msg: msg}, true})
					sc.i = len(sc.s)
					return rec, false
				}
			}
			if doubled {
				field = b.String()
			}
		} else {
			// An unquoted cell runs to the delimiter or line end. A quote
			// inside it is taken literally: that is unambiguous, and a
			// person editing the file in a text editor writes it so.
			j := sc.i
			for j < len(sc.s) && sc.s[j] != sc.comma && sc.s[j] != '\n' && sc.s[j] != '\r' {
				j++
			}
			field, off = sc.s[sc.i:j], sc.i
			sc.i = j
		}
		if field != "" {
			rec.blank = false
		}
		limit := sc.width
		if limit == 0 {
			limit = maxHeaderCells
		}
		if len(rec.cells) < limit {
			rec.cells = append(rec.cells, cell{s: field, line: startLine, off: off})
		} else if sc.width == 0 {
			*probs = append(*probs, scanProblem{Problem{Line: startLine, Column: col, Msg: l10n.T("the header has more than 256 cells")}, true})
			sc.i = len(sc.s)
			return rec, false
		} else if field != "" && !extra {
			// One report per row: a row of a million stray cells must not
			// cost a million problems.
			extra = true
			*probs = append(*probs, scanProblem{Problem{Line: startLine, Row: rec.row, Column: col, Msg: l10n.T("cell beyond the last header column is not empty")}, false})
		}
		if sc.i >= len(sc.s) {
			return rec, true
		}
		switch sc.s[sc.i] {
		case sc.comma:
			sc.i++
			continue
		case '\r':
			sc.i++
			if sc.i < len(sc.s) && sc.s[sc.i] == '\n' {
				sc.i++
			}
		default: // '\n'
			sc.i++
		}
		sc.line++
		return rec, true
	}
}

// countLineBreaks counts CRLF, LF and lone CR as one line break each, the
// way a text editor numbers lines.
func countLineBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			n++
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			n++
		}
	}
	return n
}
