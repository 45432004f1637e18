// Package csvio exports assessments to CSV and imports them back.
//
// The CSV file is how results travel between laptops: consultants and plant
// managers open it in Excel or LibreOffice Calc, edit it, save it and import
// it again elsewhere. The format is therefore "tidy long": one row per item,
// a fixed header that the comparison feature relies on, and every question
// and every matrix row present so that a person can fill the sheet in a
// spreadsheet.
//
// # Layout
//
// The header is Header, in that order on export (import maps columns by
// name). Each assessment contributes rows of five sections, keyed by the
// assessment_id column:
//
//   - meta: item_id schema, tool_version, name, created, updated, model,
//     sanitised, content_sha256; the value column holds the value.
//     sanitised (yes/no) says whether the file was written without names
//     and notes (Options.Sanitise); content_sha256 is the fingerprint of
//     the content at export (see Seal). Files without them still import.
//   - profile: one row per Profile field, item_id being its JSON name.
//     Booleans are yes/no, plants a base-10 integer, roles their IDs, the
//     date YYYY-MM-DD.
//   - role: one row per matrix role, item_id being its ID: value is the
//     organisation's own name for the role, empty for the default label
//     (which the label column shows). Schema 3.
//   - holder and authority: the role register and the risk-acceptance
//     authority table, one row per matrix role and one per risk level and
//     context, filled or not; see SectionHolder and SectionAuthority.
//     Schema 6.
//   - answer: one row per question of the bank, in bank order: value is the
//     rating, owner a role ID, target a YYYY-MM-DD date, note free text.
//   - raci: one row per control and domain, item_id being the control as
//     Annex A references it (A.5.10), with the letters R, A, A/R, C or I in
//     the role columns, one per assessment.RACIRoles. Import also accepts
//     the bare number (5.10), which earlier versions wrote.
//   - retired: one row per retired answer (an answer to a question of
//     bank 1 that bank 2 no longer asks), laid out like an answer row, the
//     label being the old wording. Schema 4; only rows that hold an answer.
//   - action: one row per change the consultant made to the action plan
//     (assessment.Assessment.Plan), in action ID order; schema 5. item_id
//     is the action's ID (the question's, or ADD-n for an added action);
//     label the consultant's task text, empty to keep the generated one;
//     value the status (open, in-progress, done) or dropped; owner the
//     owning function, empty to keep the routed one; target the due date;
//     note the named person. value_label shows the status in words and the
//     refs column the generated task, both for people and ignored on
//     import. Unlike the other sections, an action row's label is read.
//   - consensus and dissent: only in a consensus assessment, one
//     consensus row per question whose answer was agreed in the session
//     or differs from a respondent's, each followed by one dissent row per
//     respondent who answered otherwise (see SectionConsensus and
//     SectionDissent). A matrix row's consensus and dissent rows have the
//     same sections with the domain column filled: item_id the control
//     (A.5.10), a dissent row's letters in the role columns and its value
//     empty. They follow the questions', in matrix order. First of all
//     come up to three session rows (assessment.Session; schema 7), one
//     per field filled: item_id session_date, session_facilitator or
//     session_participants, the text in value. An answer or matrix row
//     changed after the consensus was stored has a changed row after
//     its dissent rows (SectionChanged; schema 8).
//
// The last column, refs, holds the references of an answer row's question
// (clauses, Annex A controls, IEC 62443-2-1 elements, NIS2 articles). It
// is written for people, like label, ignored on import, and may be absent.
//
// # Versions
//
// The meta row schema is the record's schema. Import reads the files of
// schema 2, the first CSV format, to the current schema; a section or row
// that came with a later schema than the file's is refused. Files of
// schemas 2 and 3 hold answers to question bank 1: Import reads them
// against bank 1 and moves them to bank 2 with
// assessment.UpgradeBank1Answers, exactly as a stored record is upgraded,
// so that answers to removed or split questions become retired answers
// rather than errors. A schema 3 file adds
// the role section, the A/R letter and the role columns site,
// maintenance, dpo and integrator; a schema 2 file has none of them and
// imports with the same meaning it had (its R, A, C and I stay where they
// were, and the new roles are simply empty). The new columns are required
// in a file that holds a schema 3 assessment, so that a column deleted in
// a spreadsheet is reported rather than read as empty.
//
// label and value_label are written for people and ignored on import: they
// derive from the bank and the value, and the bank's wording may change
// between versions.
//
// # Spreadsheets
//
// Excel and Calc convert the cells they recognise when they open the file
// and write them back their own way when they save it. Export writes values
// a re-save leaves alone where it can; Import accepts what a re-save makes
// of the others where the result still has one meaning, and refuses it
// where it has not:
//
//   - Control IDs are written A.5.10: written 5.10, Excel reads the number
//     5.1 and writes that back (some locales read a date, 5 October), which
//     would merge two controls.
//   - Booleans: yes/no on export; also TRUE/FALSE, in any case, on import.
//   - plants: also 4.0 and 4,00 (a number cell formatted with decimals) as
//     4. Three digits after the separator (4.000, 4,000) are refused: the
//     separator may be a thousands separator, and 4.000 is 4000 in German.
//   - The meta timestamps created and updated are accepted only as written
//     (RFC 3339): Excel does not recognise 2026-03-01T09:30:00Z as a date
//     and keeps it as text. A timestamp reformatted as 01.03.2026 09:30 has
//     lost its time zone and seconds, so it is refused, not guessed.
//   - Dates, below.
//
// # Dates
//
// Export writes dates as YYYY-MM-DD. Excel recognises that as a date and
// writes it back in the short-date format of the user's locale, so Import
// accepts these forms, each optionally followed by a midnight time
// (" 00:00", " 0:00:00", " 12:00:00 AM", "T00:00:00"); two-digit years are
// 20YY:
//
//   - 2026-03-01, 2026/03/01, 2026.03.01: year, month, day.
//   - 01.03.2026, 1.3.2026, 01.03.26 (German, Austrian, Swiss): day first.
//   - 01/03/2026, 1/3/2026, 01/03/26 (UK, most of Europe), 3/1/2026 (US)
//     and 1-3-2026 (Dutch, Danish; four-digit years only): the notation is
//     used both ways round.
//
// For the last kind the whole file decides, since one spreadsheet wrote all
// its dates in one format. The first rule that applies wins:
//
//  1. A date that is real in one order only decides: 13/03/2026 makes the
//     file day/month, 3/14/2026 month/day. If both kinds appear, each such
//     cell is reported ("dates in this file mix day/month and month/day
//     orders") and the file is refused.
//  2. The meta timestamps, which a re-save leaves alone: if a date read one
//     way is the day its assessment was created or last updated and read
//     the other way is not, that way is taken, unless another date points
//     the other way.
//  3. Day/month, the order of most of the tool's users (Europe).
//
// A date that reads the same either way (03/03/2026) needs no decision, and
// one that is real in one order only needs none for itself. Whenever dates
// that read both ways were decided by these rules, or two-digit years were
// read as 20YY, ImportWithReport says so in its Report, for the import
// preview to show: the file itself did not say.
//
// # Formula escape
//
// A spreadsheet runs a cell starting with "=", "+", "-" or "@" (and some
// also one starting with TAB, CR or LF) as a formula, so a hostile note such
// as =HYPERLINK(...) could run in the victim's spreadsheet. These seven are
// the formula characters. The rule, applied to every cell of every row:
//
//   - Export: when the first character after any leading apostrophes is a
//     formula character, one more apostrophe is written in front.
//     Spreadsheets display a cell starting with an apostrophe as text. A
//     negative whole number ("-3": a minus sign and up to 11 digits, no
//     leading zero, nothing else) is the one exception: it runs nothing,
//     and written as it is a spreadsheet reads it as a number that can be
//     summed and charted (the comparison's trend changes), where '-3 would
//     be text, and writes it back unchanged.
//   - Import: when a cell starts with an apostrophe and the rest has that
//     same shape (apostrophes, then one of those characters), exactly one
//     apostrophe is removed. Every other cell is taken verbatim.
//
// Because the shape test skips the run of apostrophes on both sides, export
// followed by import is the identity for every string:
//
//	=1       is written as  '=1
//	-3       is written as  -3       (a whole number)
//	'-3      is written as  ''-3
//	'=1      is written as  ''=1
//	'plain   is written as  'plain   (unchanged: p is harmless)
//	'        is written as  '
//
// Excel treats a leading apostrophe as a text prefix and may drop it when it
// re-saves the file; the cell then arrives as "=1", which import takes
// verbatim, so the value is still the one the user saw. (Only a value that
// itself started with an apostrophe before a formula character loses that
// apostrophe on such a trip; the spreadsheet had already shown it without.)
//
// # Newlines and other text
//
// Cells are written with RFC 4180 quoting and read back byte for byte,
// including CR and CRLF inside quoted cells, which encoding/csv would
// normalise to LF (that is why the package has its own small reader and
// writer). Text that is not valid UTF-8 or contains NUL cannot travel and is
// refused by Export rather than silently changed.
package csvio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gocarina/gocsv"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Columns of Header, by position: the one numbering of the file's columns.
// Import indexes its cells by it; the comparison's export (package compare)
// writes the same columns behind its own, through Row.AppendCells. The
// RACI role columns follow assessment.RACIRoles.
const (
	colAssessmentID = iota
	colSection
	colItemID
	colDomain
	colLabel
	colValue
	colValueLabel
	colOwner
	colTarget
	colNote
	colFirstRole // the role columns follow, one per assessment.RACIRoles, in that order
)

// colRefs is the last column, after the role columns: the references of
// an answer's question (assessment.RefsText). Like label it is written for
// people and ignored on import, and a file may lack it (files written
// before schema 4 do).
const colRefs = colFirstRole + numRoles

// minSchema is the oldest schema of the CSV format, which Import still
// reads; see the package doc, section Versions.
const minSchema = 2

// columnSince is the schema that introduced column col: the four role
// columns added with schema 3 are absent from schema 2 files, refs came
// with schema 4 (and is optional, see colRefs), every other column has
// been there from the first CSV format.
func columnSince(col int) int {
	if col == colRefs {
		return 4
	}
	if col >= colFirstRole {
		switch assessment.RACIRoles[col-colFirstRole] {
		case assessment.RoleSite, assessment.RoleMaintenance, assessment.RoleDPO, assessment.RoleIntegrator:
			return 3
		}
	}
	return minSchema
}

// numRoles is the number of role columns: one per assessment.RACIRoles
// (Row.roles has exactly as many; TestRowLayoutIsHeader checks it).
const numRoles = 14

// numCols is the number of columns of Header.
var numCols = colRefs + 1

// Header is the header row Export writes, in order.
var Header = func() []string {
	h := []string{"assessment_id", "section", "item_id", "domain", "label", "value", "value_label", "owner", "target", "note"}
	for _, r := range assessment.RACIRoles {
		h = append(h, string(r))
	}
	return append(h, "refs")
}()

// Row is one line of the file. Its csv tags are the header, in order:
// Export hands the rows to gocsv, which writes the header and every record
// from them, so the layout is declared in this one place (a test checks it
// against Header, which Import maps columns by).
type Row struct {
	AssessmentID string `csv:"assessment_id"`
	Section      string `csv:"section"`
	ItemID       string `csv:"item_id"`
	Domain       string `csv:"domain"`
	Label        string `csv:"label"`
	Value        string `csv:"value"`
	ValueLabel   string `csv:"value_label"`
	Owner        string `csv:"owner"`
	Target       string `csv:"target"`
	Note         string `csv:"note"`
	Executive    string `csv:"executive"`
	ISMSOwner    string `csv:"isms-owner"`
	Site         string `csv:"site"`
	IT           string `csv:"it"`
	OT           string `csv:"ot"`
	Operations   string `csv:"operations"`
	Maintenance  string `csv:"maintenance"`
	Quality      string `csv:"quality"`
	EHS          string `csv:"ehs"`
	Legal        string `csv:"legal"`
	DPO          string `csv:"dpo"`
	HR           string `csv:"hr"`
	Procurement  string `csv:"procurement"`
	Integrator   string `csv:"integrator"`
	Refs         string `csv:"refs"`
}

// roles returns the role columns in assessment.RACIRoles order.
func (r *Row) roles() [14]*string {
	return [...]*string{&r.Executive, &r.ISMSOwner, &r.Site, &r.IT, &r.OT, &r.Operations, &r.Maintenance,
		&r.Quality, &r.EHS, &r.Legal, &r.DPO, &r.HR, &r.Procurement, &r.Integrator}
}

// Section names of the section column.
const (
	SectionMeta    = "meta"
	SectionProfile = "profile"
	SectionRole    = "role"
	SectionAnswer  = "answer"
	SectionRACI    = "raci"
	// SectionRetired holds the answers to bank 1 questions that bank 2 no
	// longer asks (assessment.Assessment.Retired). Schema 4.
	SectionRetired = "retired"
	// SectionAction holds the consultant's changes to the action plan
	// (assessment.Assessment.Plan). Schema 5.
	SectionAction = "action"
	// SectionConsensus marks, per question, how a consensus assessment
	// reached its answer (assessment.Agreement): value "agreed" when the
	// facilitator recorded it, empty when the lowest answer was taken;
	// note the rationale.
	SectionConsensus = "consensus"
	// SectionDissent is one respondent's answer that differs from a
	// consensus answer (assessment.Dissent), after the question's
	// consensus row: value the rating, owner the respondent's role, note
	// the respondent's name. With a domain, a matrix row's: its letters
	// in the role columns (assessment.RowDissent).
	SectionDissent = "dissent"
	// SectionChanged marks a consensus's answer or matrix row changed
	// after the consensus was stored (assessment.Agreement.Changed): value
	// the answer the consensus held when stored, empty for none; target
	// the day of the last change; note the reason for it; with a domain,
	// a matrix row's, its stored letters in the role columns (its reason
	// from schema 9). Schema 8. With a profile field's key as item_id, a
	// profile field's (assessment.Assessment.ProfileChanges): value its
	// value when the consensus was stored, written as in the profile
	// section. Schema 9.
	SectionChanged = "changed"
)

// changedSchema is the first schema whose files have changed rows;
// profileChangedSchema the first whose changed rows may be of profile
// fields, and of matrix rows with a reason.
const (
	changedSchema        = 8
	profileChangedSchema = 9
)

// Item IDs of the meta section.
const (
	metaSchema      = "schema"
	metaToolVersion = "tool_version"
	metaName        = "name"
	metaCreated     = "created"
	metaUpdated     = "updated"
	metaModel       = "model"
	// metaSanitised is "yes" in a file exported without names and notes
	// (assessment.Sanitise), "no" otherwise.
	metaSanitised = "sanitised"
	// metaHash is the SHA-256 of the assessment's content as Seal
	// computes it, "sha256:" and 64 hex digits; Import compares it with
	// the content it read (see Integrity).
	metaHash = "content_sha256"
)

// Item IDs of the consensus section's session rows, one per field of
// assessment.Session that is filled, each with its text in value. Files
// of schema 7 and later only.
const (
	sessionDate         = "session_date"
	sessionFacilitator  = "session_facilitator"
	sessionParticipants = "session_participants"
	// sessionSchema is the first schema whose files have session rows.
	sessionSchema = 7
)

var metaItems = []struct{ id, label string }{
	{metaSchema, l10n.M("Schema version")},
	{metaToolVersion, l10n.M("Tool version")},
	{metaName, l10n.M("Assessment name")},
	{metaCreated, l10n.M("Created")},
	{metaUpdated, l10n.M("Last updated")},
	{metaModel, l10n.M("Ownership model preset")},
	{metaSanitised, l10n.M("Exported without names and notes")},
	{metaHash, l10n.M("Content fingerprint (SHA-256) at export")},
}

// profileValue returns the cells value and value_label of profile field f
// of p: text and dates as they are, booleans yes/no, numbers in base 10,
// choices by their value, labelled in value_label.
func profileValue(f assessment.ProfileField, p *assessment.Profile) (value, valueLabel string) {
	switch f.Kind {
	case assessment.FieldBool:
		return formatBool(f.Bool(p)), ""
	case assessment.FieldNumber:
		return strconv.Itoa(f.Int(p)), ""
	case assessment.FieldChoice:
		v := f.Text(p)
		return v, l10n.T(f.ChoiceLabel(v))
	}
	return f.Text(p), ""
}

// Export writes the assessments, in order, as one CSV file: UTF-8 with a
// byte order mark (so that Excel detects the encoding), CRLF line endings
// and RFC 4180 quoting.
//
// Export refuses, without writing anything, a record that could not make the
// trip unchanged: one that fails assessment.Validate, holds answers or matrix
// rows the layout has no row for, text that is not UTF-8 or contains NUL,
// or values Import would refuse. The guarantee is that Import reads every
// file Export writes back to the same records.
func Export(w io.Writer, as ...assessment.Assessment) error {
	return ExportWith(w, ExportOptions{}, as...)
}

// ExportOptions change what Export writes.
type ExportOptions struct {
	// Sanitise writes each assessment as assessment.Sanitise makes it:
	// without person names, notes and free text, for sharing outside the
	// assessment team. Its meta row sanitised says so.
	Sanitise bool
}

// ExportWith is Export with options.
func ExportWith(w io.Writer, opt ExportOptions, as ...assessment.Assessment) error {
	if opt.Sanitise {
		clean := make([]assessment.Assessment, len(as))
		for i, a := range as {
			clean[i] = assessment.Sanitise(a)
		}
		as = clean
	}
	if len(as) == 0 {
		return errors.New(l10n.T("csv export: no assessments to export"))
	}
	seen := make(map[string]int, len(as))
	for i, a := range as {
		if j, dup := seen[a.ID]; dup {
			return errors.New(l10n.F("csv export: assessments %d and %d share the id %q", j+1, i+1, a.ID))
		}
		seen[a.ID] = i
		if err := checkExportable(a); err != nil {
			return fmt.Errorf(l10n.T("csv export: assessment %q: %w"), a.ID, err)
		}
	}

	var buf bytes.Buffer
	// About 130 bytes per row and ~350 rows per assessment; growing once
	// keeps the benchmark honest about real allocation.
	buf.Grow(len(as) * 48 << 10)
	buf.WriteString("\ufeff")
	rows := make([]Row, 0, len(as)*rowsPerAssessment())
	for _, a := range as {
		rows = appendAssessment(rows, a, opt.Sanitise)
	}
	if err := gocsv.MarshalCSV(rows, &writer{buf: &buf, comma: ','}); err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	return nil
}

func rowsPerAssessment() int { return len(metaItems) + DataRowsPerAssessment() }

// DataRowsPerAssessment is the number of rows AppendDataRows appends for
// any assessment: every profile field, every matrix role, every question
// and every control in every domain, filled or not.
func DataRowsPerAssessment() int {
	return len(assessment.ProfileFields()) + len(assessment.RACIRoles) + registerRows() + len(assessment.Questions()) + len(assessment.Controls())*len(assessment.Domains)
}

// appendAssessment appends the rows of a: meta, then its data rows. The
// meta row content_sha256 is filled last, from the other rows (Seal).
func appendAssessment(rows []Row, a assessment.Assessment, sanitised bool) []Row {
	start := len(rows)
	hashRow := -1
	for _, m := range metaItems {
		var v, vl string
		switch m.id {
		case metaSchema:
			v = strconv.Itoa(a.Schema)
		case metaToolVersion:
			v = assessment.ToolVersion
		case metaName:
			v = a.Name
		case metaCreated:
			v = a.Created
		case metaUpdated:
			v = a.Updated
		case metaModel:
			v = a.Model
			if model, ok := assessment.ModelByID(a.Model); ok {
				vl = l10n.T(model.Name)
			}
		case metaSanitised:
			v = formatBool(sanitised)
		case metaHash:
			hashRow = len(rows)
		}
		rows = append(rows, Row{AssessmentID: a.ID, Section: SectionMeta, ItemID: m.id, Label: l10n.T(m.label), Value: v, ValueLabel: vl})
	}
	rows = appendPlan(AppendConsensusRows(appendRetired(AppendDataRows(rows, a), a), a), a)
	rows[hashRow].Value = sealRows(rows[start:])
	return rows
}

// actionDropped is the value of a dropped action's row.
const actionDropped = "dropped"

// appendPlan appends one row per plan entry of a, in ID order.
func appendPlan(rows []Row, a assessment.Assessment) []Row {
	for _, id := range slices.Sorted(maps.Keys(a.Plan)) {
		e := a.Plan[id]
		v, vl := string(e.Status), e.Status.Label()
		if e.Status == "" {
			vl = ""
		}
		if e.Dropped {
			v, vl = actionDropped, l10n.T("Dropped")
		}
		rows = append(rows, Row{
			AssessmentID: a.ID, Section: SectionAction, ItemID: id, Label: e.Text,
			Value: v, ValueLabel: vl, Owner: string(e.Function), Target: e.Due, Note: e.Person,
			Refs: l10n.T(assessment.GeneratedTask(id)),
		})
	}
	return rows
}

// appendRetired appends one row per retired answer of a, in ID order,
// labelled with the bank 1 wording of its question.
func appendRetired(rows []Row, a assessment.Assessment) []Row {
	for _, id := range slices.Sorted(maps.Keys(a.Retired)) {
		ans := a.Retired[id]
		c, _ := assessment.RetiredQuestion(id)
		vl := ""
		if ans.Rating != assessment.RatingNone {
			vl = ans.Rating.Label()
		}
		rows = append(rows, Row{
			AssessmentID: a.ID, Section: SectionRetired, ItemID: id, Label: l10n.T(c.OldText),
			Value: string(ans.Rating), ValueLabel: vl, Owner: string(ans.Owner), Target: ans.Target, Note: ans.Note,
		})
	}
	return rows
}

// AppendDataRows appends the rows of a that follow its meta rows in the
// file Export writes: one per profile field, one per matrix role, one per
// role holder and authority row, one per question and one per control and
// domain (DataRowsPerAssessment in all).
// The comparison's export writes the same rows behind columns of its own.
func AppendDataRows(rows []Row, a assessment.Assessment) []Row {
	for _, f := range assessment.ProfileFields() {
		v, vl := profileValue(f, &a.Profile)
		rows = append(rows, Row{AssessmentID: a.ID, Section: SectionProfile, ItemID: f.Key, Label: l10n.T(f.Label), Value: v, ValueLabel: vl})
	}

	// Every role, renamed or not, so that a spreadsheet user sees where to
	// type the organisation's titles.
	for _, r := range assessment.RACIRoles {
		rows = append(rows, Row{AssessmentID: a.ID, Section: SectionRole, ItemID: string(r), Label: assessment.RoleLabel(r), Value: a.RoleNames[r]})
	}
	rows = appendRegister(rows, a)

	for _, q := range assessment.Questions() {
		ans := a.Answers[q.ID]
		rows = append(rows, Row{
			AssessmentID: a.ID, Section: SectionAnswer, ItemID: q.ID, Label: q.For(a.Profile).Text,
			Value: string(ans.Rating), ValueLabel: answerLabel(a, q, ans.Rating), Owner: string(ans.Owner), Target: ans.Target, Note: ans.Note,
			Refs: assessment.RefsText(q.RefsFor(a.Profile)),
		})
	}

	refs := controlRefs()
	for ci, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			// "A.5.10", not "5.10": a spreadsheet reads 5.10 as the number
			// 5.1 (or, in some locales, as 5 October) and writes it back so.
			rows = append(rows, Row{AssessmentID: a.ID, Section: SectionRACI, ItemID: refs[ci], Domain: string(d), Label: l10n.T(c.Label)})
			raci := a.Matrix[assessment.CellKey{Control: c.ID, Domain: d}]
			cols := rows[len(rows)-1].roles()
			for i, r := range assessment.RACIRoles {
				*cols[i] = string(raci[r])
			}
		}
	}
	return rows
}

// AppendConsensusRows appends the consensus and dissent rows of a
// consensus assessment (none for any other): how each answer and matrix
// row was reached, and each respondent's own where it differs. The
// comparison's export writes them too, so that the evidence of the
// session travels with the consolidated file.
func AppendConsensusRows(rows []Row, a assessment.Assessment) []Row {
	return appendProfileChanges(appendRowConsensus(appendConsensus(appendSession(rows, a), a), a), a)
}

// appendSession appends a consensus's session rows: one per field that
// is filled.
func appendSession(rows []Row, a assessment.Assessment) []Row {
	if a.Session == nil {
		return rows
	}
	s := a.Session
	for _, f := range [...]struct{ id, label, v string }{
		{sessionDate, l10n.T("Date of the consensus session"), s.Date},
		{sessionFacilitator, l10n.T("Facilitator of the consensus session"), s.Facilitator},
		{sessionParticipants, l10n.T("Participants in the consensus session"), s.Participants},
	} {
		if f.v != "" {
			rows = append(rows, Row{AssessmentID: a.ID, Section: SectionConsensus, ItemID: f.id, Label: f.label, Value: f.v})
		}
	}
	return rows
}

// AppendCells appends the cells of r to dst in Header order, for writers
// that add columns of their own (WriteRecord then writes them as Export
// would).
func (r *Row) AppendCells(dst []string) []string {
	dst = append(dst, r.AssessmentID, r.Section, r.ItemID, r.Domain, r.Label, r.Value, r.ValueLabel, r.Owner, r.Target, r.Note)
	for _, c := range r.roles() {
		dst = append(dst, *c)
	}
	return append(dst, r.Refs)
}

// controlRefs holds the item_id of every control as Export writes it
// ("5.10" as "A.5.10"), in assessment.Controls order, built once rather
// than concatenated for every row.
var controlRefs = sync.OnceValue(func() []string {
	cs := assessment.Controls()
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = ControlRef(c.ID)
	}
	return out
})

// checkExportable reports why a cannot travel through the CSV unchanged.
func checkExportable(a assessment.Assessment) error {
	if err := checkID(a.ID); err != nil {
		return err
	}
	if a.Schema != assessment.SchemaVersion {
		return errors.New(l10n.F("schema %d is not the current schema %d; upgrade the record first", a.Schema, assessment.SchemaVersion))
	}
	if err := assessment.Validate(a); err != nil {
		return err
	}
	texts := []struct{ what, s string }{
		{"name", a.Name}, {"created", a.Created}, {"updated", a.Updated}, {"model", a.Model},
	}
	for _, t := range texts {
		if err := checkText(t.s); err != nil {
			return fmt.Errorf("%s: %w", t.what, err)
		}
	}
	// The remaining checks run the very parsers Import uses and demand that
	// they give back the stored value, so a value Import would refuse or
	// change is caught here, with the field named.
	for _, c := range []struct{ what, s string }{{"created", a.Created}, {"updated", a.Updated}} {
		if err := roundTrips(c.s, parseTimestamp); err != nil {
			return fmt.Errorf(l10n.T("meta %s: %w"), c.what, err)
		}
	}
	for _, f := range assessment.ProfileFields() {
		if err := checkProfileField(f, &a.Profile); err != nil {
			return fmt.Errorf("%s: %w", f.Key, err)
		}
	}
	for id, ans := range a.Answers {
		if _, ok := assessment.QuestionByID(id); !ok {
			return errors.New(l10n.F("answer to %q: the question is not in this tool's bank, so the CSV has no row for it", id))
		}
		if err := checkAnswer(ans); err != nil {
			return fmt.Errorf(l10n.T("answer to %s: %w"), id, err)
		}
	}
	for id, ans := range a.Retired {
		if err := checkAnswer(ans); err != nil {
			return fmt.Errorf(l10n.T("retired answer to %s: %w"), id, err)
		}
	}
	for id, e := range a.Plan {
		if err := checkPlanEntry(e); err != nil {
			return fmt.Errorf(l10n.T("action %s: %w"), id, err)
		}
	}
	for id, ag := range a.Consensus {
		if err := checkText(ag.Rationale); err != nil {
			return fmt.Errorf(l10n.T("consensus rationale of %s: %w"), id, err)
		}
		for _, d := range ag.Dissent {
			if err := checkText(d.Respondent); err != nil {
				return fmt.Errorf(l10n.T("dissent to %s: %w"), id, err)
			}
			if err := roundTrips(string(d.Rating), parseRatingValue); err != nil {
				return fmt.Errorf(l10n.T("dissent to %s: %w"), id, err)
			}
		}
	}
	if s := a.Session; s != nil {
		for _, t := range []struct{ what, s string }{{"facilitator", s.Facilitator}, {"participants", s.Participants}} {
			if err := checkText(t.s); err != nil {
				return fmt.Errorf(l10n.T("session %s: %w"), t.what, err)
			}
		}
	}
	for id, ag := range a.Consensus {
		if err := checkText(ag.ChangeReason); err != nil {
			return fmt.Errorf(l10n.T("reason for the change of %s: %w"), id, err)
		}
	}
	if a.SessionProfile != nil {
		for _, f := range assessment.ProfileFields() {
			if err := checkProfileField(f, a.SessionProfile); err != nil {
				return fmt.Errorf(l10n.T("profile when the consensus was stored, %s: %w"), f.Key, err)
			}
		}
	}
	for key, c := range a.ProfileChanges {
		if err := checkText(c.ChangeReason); err != nil {
			return fmt.Errorf(l10n.T("reason for the change of %s: %w"), key, err)
		}
	}
	for k, ag := range a.RowConsensus {
		if err := checkText(ag.Rationale); err != nil {
			return fmt.Errorf(l10n.T("matrix consensus rationale of %s: %w"), k, err)
		}
		if err := checkText(ag.ChangeReason); err != nil {
			return fmt.Errorf(l10n.T("reason for the change of %s: %w"), k, err)
		}
		for _, d := range ag.Dissent {
			if err := checkText(d.Respondent); err != nil {
				return fmt.Errorf(l10n.T("matrix dissent to %s: %w"), k, err)
			}
		}
	}
	for r, n := range a.RoleNames {
		if err := checkText(n); err != nil {
			return fmt.Errorf(l10n.T("role name for %s: %w"), r, err)
		}
		if err := roundTrips(n, parseRoleName); err != nil {
			return fmt.Errorf(l10n.T("role name for %s: %w"), r, err)
		}
	}
	if err := checkRegisterExportable(a); err != nil {
		return err
	}
	for k, raci := range a.Matrix {
		if _, ok := assessment.ControlByID(k.Control); !ok {
			return errors.New(l10n.F("matrix row %s: unknown control, so the CSV has no row for it", k))
		}
		if _, err := parseDomain(string(k.Domain)); err != nil {
			return fmt.Errorf(l10n.T("matrix row %s: %w"), k, err)
		}
		for r, l := range raci {
			if roleColumn(r) < 0 {
				return errors.New(l10n.F("matrix row %s: role %q is not a RACI column", k, r))
			}
			if err := roundTrips(string(l), parseLetter); err != nil {
				return fmt.Errorf(l10n.T("matrix row %s, role %s: %w"), k, r, err)
			}
		}
	}
	return nil
}

// checkProfileField reports why profile field f of p would not be read back
// unchanged. Booleans always are; numbers are, in the range Validate
// checks.
func checkProfileField(f assessment.ProfileField, p *assessment.Profile) error {
	switch f.Kind {
	case assessment.FieldText:
		return checkText(f.Text(p))
	case assessment.FieldChoice:
		return roundTrips(f.Text(p), func(s string) (string, error) { return parseChoice(f, s) })
	case assessment.FieldDate:
		return roundTrips(f.Text(p), parseDate)
	}
	return nil
}

func checkAnswer(ans assessment.Answer) error {
	if err := checkText(ans.Note); err != nil {
		return fmt.Errorf(l10n.T("note: %w"), err)
	}
	if err := roundTrips(string(ans.Rating), parseRatingValue); err != nil {
		return err
	}
	if err := roundTrips(string(ans.Owner), parseOwner); err != nil {
		return fmt.Errorf(l10n.T("owner: %w"), err)
	}
	if err := roundTrips(ans.Target, parseDate); err != nil {
		return fmt.Errorf(l10n.T("target: %w"), err)
	}
	return nil
}

func checkPlanEntry(e assessment.PlanEntry) error {
	for _, s := range []string{e.Text, e.Person} {
		if err := checkText(s); err != nil {
			return err
		}
	}
	if e.Dropped && e.Status != "" {
		return errors.New(l10n.T("a dropped action has no status to keep"))
	}
	if err := roundTrips(string(e.Function), parseOwner); err != nil {
		return fmt.Errorf(l10n.T("function: %w"), err)
	}
	if err := roundTrips(e.Due, parseDate); err != nil {
		return fmt.Errorf(l10n.T("due: %w"), err)
	}
	return nil
}

func roundTrips(s string, parse func(string) (string, error)) error {
	v, err := parse(s)
	if err != nil {
		return err
	}
	if v != s {
		return errors.New(l10n.F("%q would be read back as %q", s, v))
	}
	return nil
}

// checkText reports text that cannot be carried by a UTF-8 CSV unchanged.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return errors.New(l10n.T("text is not valid UTF-8"))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return errors.New(l10n.T("text contains a NUL character"))
	}
	return nil
}

// roleColumn returns the index of r in assessment.RACIRoles, or -1.
func roleColumn(r assessment.Role) int {
	for i, x := range assessment.RACIRoles {
		if x == r {
			return i
		}
	}
	return -1
}

// isFormulaStart reports whether a cell starting with c may be run as a
// formula by a spreadsheet.
func isFormulaStart(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return true
	}
	return false
}

// needsApostrophe reports whether s has the escaped shape: zero or more
// apostrophes followed by a formula character.
func needsApostrophe(s string) bool {
	t := strings.TrimLeft(s, "'")
	return t != "" && isFormulaStart(t[0])
}

// EscapeCell protects s against formula injection (see the package doc).
// Other exports of this tool (the comparison) use it so that every file the
// tool writes follows one rule.
func EscapeCell(s string) string { return escapeCell(s) }

// WriteRecord appends one comma-separated RFC 4180 record with CRLF to buf,
// every cell formula-escaped, exactly as Export writes its rows.
func WriteRecord(buf *bytes.Buffer, cells []string) {
	(&writer{buf: buf, comma: ','}).writeRow(cells)
}

// escapeCell protects s against formula injection (see the package doc).
func escapeCell(s string) string {
	if needsApostrophe(s) && !isWholeNumber(s) {
		return "'" + s
	}
	return s
}

// isWholeNumber reports whether s is a whole number that a spreadsheet
// reads as that number and writes back exactly as it is: an optional minus
// sign, then 1 to 11 digits (Excel shows longer ones in scientific
// notation), without a leading zero and other than -0 (which a re-save
// would rewrite, and the seal would then call the file edited).
func isWholeNumber(s string) bool {
	d := strings.TrimPrefix(s, "-")
	if d == "" || len(d) > 11 || (d[0] == '0' && (len(d) > 1 || len(d) < len(s))) {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return true
}

// unescapeCell undoes escapeCell: it removes one leading apostrophe when the
// rest of s still has the escaped shape.
func unescapeCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && needsApostrophe(s[1:]) {
		return s[1:]
	}
	return s
}

// writer writes RFC 4180 records byte for byte: unlike encoding/csv with
// UseCRLF, it keeps CR and CRLF inside cells as they are.
type writer struct {
	buf   *bytes.Buffer
	comma byte
}

// Write writes one record; with Flush and Error it makes writer the
// gocsv.CSVWriter that Export marshals its rows into.
func (w *writer) Write(cells []string) error {
	w.writeRow(cells)
	return nil
}

// Flush does nothing: the buffer is handed over whole by Export.
func (w *writer) Flush() {}

// Error is always nil: writing to a bytes.Buffer cannot fail.
func (w *writer) Error() error { return nil }

func (w *writer) writeRow(cells []string) {
	for i, c := range cells {
		if i > 0 {
			w.buf.WriteByte(w.comma)
		}
		c = escapeCell(c)
		if !w.needsQuotes(c) {
			w.buf.WriteString(c)
			continue
		}
		w.buf.WriteByte('"')
		for {
			j := strings.IndexByte(c, '"')
			if j < 0 {
				w.buf.WriteString(c)
				break
			}
			w.buf.WriteString(c[:j+1])
			w.buf.WriteByte('"')
			c = c[j+1:]
		}
		w.buf.WriteByte('"')
	}
	w.buf.WriteString("\r\n")
}

// needsQuotes quotes what RFC 4180 requires, plus cells with surrounding
// blanks, which some readers would otherwise trim.
func (w *writer) needsQuotes(c string) bool {
	if c == "" {
		return false
	}
	if strings.IndexByte(c, w.comma) >= 0 || strings.ContainsAny(c, "\"\r\n") {
		return true
	}
	first, last := c[0], c[len(c)-1]
	return first == ' ' || first == '\t' || last == ' ' || last == '\t'
}

// answerLabel is the value_label of q's answer row: the rating in words,
// and what a spreadsheet reader cannot tell from the value alone: that
// the question is not asked of this profile (an empty value is then not
// a gap), or that "not applicable" counts as not in place
// (assessment.Question.Excluded). It is written for people; the seal
// leaves it out and Import does not read it.
func answerLabel(a assessment.Assessment, q assessment.Question, r assessment.Rating) string {
	vl := ""
	if r != assessment.RatingNone {
		vl = r.Label()
	}
	if why := assessment.SkipReason(q, a); why != "" {
		if vl == "" {
			return why
		}
		return vl + "; " + why
	}
	if q.Excluded(r) {
		return q.ExcludedLabel(vl)
	}
	return vl
}
