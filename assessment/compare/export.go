package compare

import (
	"bytes"
	"io"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
	"github.com/isms-tools/ownership-assessment/assessment/errs"
)

// controlRefs holds the item_id of every control as the assessment CSV
// writes it ("A.5.10", which no spreadsheet mistakes for the number 5.1),
// in Controls() order, built once instead of once per row.
var controlRefs = func() []string {
	cs := assessment.Controls()
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = csvio.ControlRef(c.ID)
	}
	return out
}()

// Export sections, as in the assessment CSV.
const (
	sectionProfile = "profile"
	sectionAnswer  = "answer"
	sectionRACI    = "raci"
)

// ExportHeader is the header row of the consolidated CSV: who answered,
// then the columns of the assessment CSV (package csvio) without meta rows.
var ExportHeader = func() []string {
	h := []string{"site", "respondent", "respondent_role", "assessment_id", "section", "item_id", "domain",
		"label", "value", "value_label", "owner", "target", "note"}
	for _, r := range assessment.RACIRoles {
		h = append(h, string(r))
	}
	return h
}()

// Column positions in ExportHeader.
const (
	colSite = iota
	colRespondent
	colRespondentRole
	colAssessmentID
	colSection
	colItemID
	colDomain
	colLabel
	colValue
	colValueLabel
	colOwner
	colTarget
	colNote
	colFirstRole
)

// RowsPerRespondent is the number of data rows Export writes for each
// respondent: every profile field, every question and every control in
// every domain, filled or not, so that each respondent has the same rows and
// a pivot table lines them up.
var RowsPerRespondent = len(csvio.ProfileFields(assessment.Profile{})) + len(assessment.Questions()) + len(assessment.Controls())*len(assessment.Domains)

// Export writes the consolidated CSV: one row per site × respondent × item
// (profile field, question, matrix row), sites and respondents in Set order.
// Like the assessment CSV it is UTF-8 with a byte order mark, CRLF line
// endings, RFC 4180 quoting and formula-escaped cells (csvio.WriteRecord).
func (s *Set) Export(w io.Writer) error {
	var buf bytes.Buffer
	buf.Grow(s.Assessments()*RowsPerRespondent*120 + 512)
	buf.WriteString("\ufeff")
	row := make([]string, len(ExportHeader))
	writeRow(&buf, ExportHeader)
	for _, site := range s.Sites {
		for _, r := range site.Respondents {
			writeRespondent(&buf, row, site.Name, r)
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return errs.Errorf("consolidated csv: %w", err)
	}
	return nil
}

func writeRespondent(buf *bytes.Buffer, row []string, site string, r Respondent) {
	a := r.A
	// The columns up to colSection are the same on every row of r; start
	// copies them and the item's columns, which are passed as one array so
	// that the row is filled by two copies rather than cell by cell.
	who := [colSection]string{site, r.Name, string(r.Role), a.ID}
	start := func(item [colOwner - colSection]string) {
		clear(row)
		copy(row, who[:])
		copy(row[colSection:], item[:])
	}
	for _, f := range csvio.ProfileFields(a.Profile) {
		start([...]string{sectionProfile, f.ID, "", f.Label, f.Value, f.ValueLabel})
		writeRow(buf, row)
	}
	for _, q := range assessment.Questions() {
		ans := a.Answers[q.ID]
		vl := ""
		if ans.Rating != assessment.RatingNone {
			vl = ans.Rating.Label()
		}
		start([...]string{sectionAnswer, q.ID, "", q.Text, string(ans.Rating), vl})
		row[colOwner] = string(ans.Owner)
		row[colTarget] = ans.Target
		row[colNote] = ans.Note
		writeRow(buf, row)
	}
	for ci, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			start([...]string{sectionRACI, controlRefs[ci], string(d), c.Label, "", ""})
			raci := a.Matrix[assessment.CellKey{Control: c.ID, Domain: d}]
			for i, role := range assessment.RACIRoles {
				row[colFirstRole+i] = string(raci[role])
			}
			writeRow(buf, row)
		}
	}
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
