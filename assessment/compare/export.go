package compare

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

// ExportHeader is the header row of the consolidated CSV: who answered,
// then the columns of the assessment CSV (csvio.Header) without meta rows.
var ExportHeader = append([]string{"site", "respondent", "respondent_role"}, csvio.Header...)

// RowsPerRespondent is the number of data rows Export writes for each
// respondent: every profile field, every question and every control in
// every domain, filled or not, so that each respondent has the same rows and
// a pivot table lines them up.
var RowsPerRespondent = csvio.DataRowsPerAssessment()

// Export writes the consolidated CSV: one row per site × respondent × item
// (profile field, question, matrix row), sites and respondents in Set order.
// Like the assessment CSV it is UTF-8 with a byte order mark, CRLF line
// endings, RFC 4180 quoting and formula-escaped cells (csvio.WriteRecord).
func (s *Set) Export(w io.Writer) error {
	var buf bytes.Buffer
	buf.Grow(s.Assessments()*RowsPerRespondent*120 + 512)
	buf.WriteString("\ufeff")
	writeRow(&buf, ExportHeader)
	// Scratch space, reused from one respondent to the next.
	rows := make([]csvio.Row, 0, RowsPerRespondent)
	cells := make([]string, 0, len(ExportHeader))
	for _, site := range s.Sites {
		for _, r := range site.Respondents {
			// The assessment CSV's data rows, each behind who answered.
			rows = csvio.AppendDataRows(rows[:0], r.A)
			for i := range rows {
				cells = rows[i].AppendCells(append(cells[:0], site.Name, r.Name, string(r.Role)))
				writeRow(&buf, cells)
			}
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("consolidated csv: %w", err)
	}
	return nil
}

// ExportFilename is the download name of the consolidated CSV:
// "ownership-comparison-<date>.csv", keeping only digits and hyphens of
// date (normally YYYY-MM-DD); without a date, "ownership-comparison.csv".
func ExportFilename(date string) string {
	d := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return -1
	}, date)
	d = strings.Trim(d, "-")
	if d == "" {
		return "ownership-comparison.csv"
	}
	return "ownership-comparison-" + d + ".csv"
}

// writeRow writes one record as the assessment CSV does (csvio.WriteRecord):
// RFC 4180, CRLF, every cell formula-escaped.
func writeRow(buf *bytes.Buffer, cells []string) { csvio.WriteRecord(buf, cells) }
