package csvio

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
)

var (
	q0 = assessment.Questions()[0].ID
	q1 = assessment.Questions()[1].ID
	q2 = assessment.Questions()[2].ID
	q3 = assessment.Questions()[3].ID
	c0 = assessment.Controls()[0].ID
	// cLast is a control no other control's ID turns into when a
	// spreadsheet drops a trailing zero (8.34).
	cLast = assessment.Controls()[len(assessment.Controls())-1].ID
)

// mkRow joins cells with commas, padded to the header's columns. Cells are
// written raw, so a test can put quotes and odd bytes where it wants.
func mkRow(cells ...string) string {
	out := make([]string, numCols)
	copy(out, cells)
	return strings.Join(out, ",")
}

var hdr = strings.Join(Header, ",")

// file is a CRLF file of the header and rows.
func file(rows ...string) string {
	return hdr + "\r\n" + strings.Join(rows, "\r\n") + "\r\n"
}

// withMeta is a file with the required meta rows of assessment a1 on lines 2
// and 3, so that the rows given start at line 4.
func withMeta(rows ...string) string {
	return file(append([]string{
		mkRow("a1", "meta", "schema", "", "", "4"),
		mkRow("a1", "meta", "name", "", "", "Test"),
	}, rows...)...)
}

// roleCells returns a row's role cells, one per assessment.RACIRoles,
// with the given letters in the columns of their roles.
func roleCells(letters map[assessment.Role]string) []string {
	c := make([]string, len(assessment.RACIRoles))
	for r, l := range letters {
		c[roleColumn(r)] = l
	}
	return c
}

// roleCell is roleCells with one letter.
func roleCell(r assessment.Role, letter string) []string {
	return roleCells(map[assessment.Role]string{r: letter})
}

func raciRow(control, domain string, roles ...string) string {
	return mkRow(append([]string{"a1", "raci", control, domain, "", "", "", "", "", ""}, roles...)...)
}

var importErrorTests = []struct {
	Name  string
	Input string
	Error string
}{
	// Whole-file problems.
	{Name: "Empty", Input: "", Error: "the file is empty"},
	{Name: "OnlyBOMAndBlankLines", Input: "\ufeff\r\n\r\n\n", Error: "the file is empty"},
	{Name: "NUL", Input: withMeta(mkRow("a1", "meta", "model", "", "", "x\x00")), Error: "line 4: the file contains NUL bytes: it is binary or UTF-16, not a UTF-8 CSV file"},
	{Name: "UTF16", Input: "\xff\xfea\x00s\x00s\x00", Error: "line 1: the file contains NUL bytes: it is binary or UTF-16, not a UTF-8 CSV file"},
	{Name: "Binary", Input: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Error: "line 3: the file contains NUL bytes: it is binary or UTF-16, not a UTF-8 CSV file"},
	{Name: "Latin1", Input: withMeta(mkRow("a1", "profile", "organisation", "", "", "M\xfcller")),
		Error: `line 4: the file is not valid UTF-8 (byte 0xFC); save it as "CSV UTF-8" in Excel or with character set "Unicode (UTF-8)" in LibreOffice`},
	{Name: "TabDelimiter", Input: strings.Join(Header, "\t") + "\r\na1\tmeta\r\n", Error: "line 1: the file is tab-separated; save it as CSV with comma or semicolon as the delimiter"},
	{Name: "NotAHeader", Input: "hello world\r\n", Error: "line 1: this is not the header: expected " + hdr},
	{Name: "HeaderOnly", Input: hdr + "\r\n", Error: "line 2: the file has a header but no rows"},
	{Name: "HeaderAndBlankRows", Input: hdr + "\r\n,,,,\r\n\r\n", Error: "line 2: the file has a header but no rows"},
	{Name: "TooBig", Input: strings.Repeat("x", MaxBytes+1), Error: "the file has 16777217 bytes; the limit is 16777216 (16.8 MB), more than \"Export all\" writes in one file"},

	// Header problems.
	{Name: "MissingColumns", Input: strings.Replace(strings.Replace(hdr, ",note", "", 1), ",hr", "", 1) + "\r\n", Error: "line 1: missing column(s): note, hr"},
	{Name: "DuplicateColumn", Input: hdr + ",note\r\n", Error: `line 1, column 26: column "note" appears twice (also column 10)`},
	{Name: "UnknownColumn", Input: hdr + ",extra\r\n", Error: `line 1, column 26: unknown column "extra"`},
	{Name: "HeaderTooWide", Input: hdr + strings.Repeat(",", 300) + "\r\n", Error: "line 1, column 257: the header has more than 256 cells"},

	// CSV syntax.
	{Name: "UnclosedQuote", Input: withMeta(mkRow("a1", "answer", q0, "", "", "1", "", "", "", `"never closed`)),
		Error: `line 4, column 10 (note): quoted cell is never closed (a " is missing)`},
	{Name: "TextAfterQuote", Input: withMeta(mkRow("a1", "answer", q0, "", "", "1", "", "", "", `"quoted"tail`)),
		Error: `line 4, column 10 (note): unexpected text after the closing quote of a quoted cell (a " inside a quoted cell must be doubled)`},
	{Name: "ShortRow", Input: withMeta("a1,answer," + q0 + ",,"), Error: "line 4: the row has 5 cells but the header has 25 columns"},
	{Name: "ExtraCellNotEmpty", Input: withMeta(mkRow("a1", "answer", q0) + ",x"), Error: "line 4, column 26: cell beyond the last header column is not empty"},
	{Name: "ExtraCellsOneProblemPerRow", Input: withMeta(mkRow("a1", "answer", q0) + ",,x,y" + strings.Repeat(",z", 1000)), Error: "line 4, column 27: cell beyond the last header column is not empty"},
	{Name: "HeaderlessColumnNotEmpty", Input: hdr + ",\r\n" + mkRow("a1", "meta", "schema", "", "", "2") + ",\r\n" + mkRow("a1", "meta", "name", "", "", "N") + ",x\r\n",
		Error: "line 3, column 26: cell in a column without a header is not empty"},

	// Row identity.
	{Name: "BadAssessmentID", Input: withMeta(mkRow("a 1", "answer", q0)), Error: `line 4, column 1 (assessment_id): assessment_id "a 1" is not 1 to 64 letters, digits, _ or -`},
	{Name: "EmptyAssessmentID", Input: withMeta(mkRow("", "answer", q0, "", "", "1")), Error: `line 4, column 1 (assessment_id): assessment_id "" is not 1 to 64 letters, digits, _ or -`},
	{Name: "LongAssessmentID", Input: withMeta(mkRow(strings.Repeat("a", 65), "answer", q0)),
		Error: `line 4, column 1 (assessment_id): assessment_id "` + strings.Repeat("a", 65) + `" is not 1 to 64 letters, digits, _ or -`},
	{Name: "UnknownSection", Input: withMeta(mkRow("a1", "answers", q0)), Error: `line 4, column 2 (section): section "answers" is not one of meta, profile, role, holder, authority, answer, raci, retired, action, consensus, dissent, changed`},
	{Name: "RowsWithoutMeta", Input: withMeta(mkRow("b2", "answer", q0, "", "", "1")),
		Error: `line 4, column 1 (assessment_id): assessment "b2" has rows but no meta rows (the meta rows schema and name are required)`},
	{Name: "MissingName", Input: file(mkRow("a1", "meta", "schema", "", "", "2")), Error: `line 2, column 1 (assessment_id): assessment "a1" has no meta row name (it is required)`},
	{Name: "MissingSchema", Input: file(mkRow("a1", "answer", q0), mkRow("a1", "meta", "name", "", "", "N")),
		Error: `line 2, column 1 (assessment_id): assessment "a1" has no meta row schema (it is required)`},
	{Name: "MissingSchemaAndName", Input: file(mkRow("a1", "meta", "model")),
		Error: `line 2, column 1 (assessment_id): assessment "a1" has no meta rows schema and name (both are required)`},
	{Name: "DuplicateAnswer", Input: withMeta(mkRow("a1", "answer", q0, "", "", "1"), mkRow("a1", "answer", q0, "", "", "2")),
		Error: `line 5, column 3 (item_id): duplicate row for answer ` + q0 + ` of assessment "a1" (first at line 4)`},
	{Name: "DuplicateRACIDomainCase", Input: withMeta(raciRow(cLast, "ot"), raciRow("A."+cLast, "OT")),
		Error: `line 5, column 3 (item_id): duplicate row for raci ` + cLast + `/ot of assessment "a1" (first at line 4)`},
	{Name: "DuplicateRACIExcelDroppedZero", Input: withMeta(raciRow("5.1", "it"), raciRow("5.1", "it")),
		Error: `line 5, column 3 (item_id): duplicate row for raci 5.1/it of assessment "a1" (first at line 4); a spreadsheet may have turned 5.10 into 5.1: format the item_id column as text`},
	{Name: "DuplicateName", Input: withMeta(mkRow("a1", "meta", "name", "", "", "Other")),
		Error: `line 4, column 3 (item_id): duplicate row for meta name of assessment "a1" (first at line 3)`},
	{Name: "UnknownMetaItem", Input: withMeta(mkRow("a1", "meta", "version", "", "", "1")),
		Error: `line 4, column 3 (item_id): unknown meta item "version" (expected one of schema, tool_version, name, created, updated, model, sanitised, content_sha256)`},
	{Name: "UnknownProfileField", Input: withMeta(mkRow("a1", "profile", "city", "", "", "Linz")),
		Error: `line 4, column 3 (item_id): unknown profile field "city" (expected one of organisation, site, sector, validated, safetyCritical, plants, centralRisk, connectivity, nis2, ownershipModel, assessor, respondent, respondentRole, date, round)`},
	{Name: "UnknownQuestion", Input: withMeta(mkRow("a1", "answer", "ZZZ-99", "", "", "1")),
		Error: `line 4, column 3 (item_id): unknown question "ZZZ-99": it is not in this tool's question bank`},
	{Name: "UnknownControl", Input: withMeta(raciRow("9.1", "it")),
		Error: `line 4, column 3 (item_id): unknown control "9.1": expected an ISO/IEC 27001:2022 Annex A control such as A.5.1 or A.8.34 (if a spreadsheet turned it into a number or date, format the item_id column as text)`},
	{Name: "ControlAsGermanDate", Input: withMeta(raciRow("05.10.2026", "it")),
		Error: `line 4, column 3 (item_id): unknown control "05.10.2026": expected an ISO/IEC 27001:2022 Annex A control such as A.5.1 or A.8.34 (if a spreadsheet turned it into a number or date, format the item_id column as text)`},

	// Schema.
	{Name: "SchemaNewer", Input: file(mkRow("a1", "meta", "schema", "", "", "10"), mkRow("a1", "meta", "name", "", "", "N"), mkRow("a1", "answer", "NEW-01", "", "", "9")),
		Error: "line 2, column 6 (value): schema 10 is newer than this tool supports (9); open the file with a newer version of the tool"},
	{Name: "SchemaNewerAfterItsRows", Input: file(mkRow("a1", "future", "x"), mkRow("a1", "meta", "name", "", "", "N"), mkRow("a1", "meta", "schema", "", "", "10")),
		Error: "line 2, column 2 (section): section \"future\" is not one of meta, profile, role, holder, authority, answer, raci, retired, action, consensus, dissent, changed\n" +
			"line 4, column 6 (value): schema 10 is newer than this tool supports (9); open the file with a newer version of the tool"},
	{Name: "SchemaOlder", Input: file(mkRow("a1", "meta", "schema", "", "", "1"), mkRow("a1", "meta", "name", "", "", "N")),
		Error: "line 2, column 6 (value): schema 1 is not a schema of the CSV format: its files are schema 2 to 9"},
	{Name: "SchemaNotANumber", Input: file(mkRow("a1", "meta", "schema", "", "", "two"), mkRow("a1", "meta", "name", "", "", "N")),
		Error: `line 2, column 6 (value): schema "two" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "SchemaLeadingZero", Input: file(mkRow("a1", "meta", "schema", "", "", "02"), mkRow("a1", "meta", "name", "", "", "N")),
		Error: `line 2, column 6 (value): schema "02" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},

	// Values.
	{Name: "BadRating", Input: withMeta(mkRow("a1", "answer", q0, "", "", "7")), Error: `line 4, column 6 (value): rating "7" is not one of 0, 1, 2, 3, 4, na, unknown`},
	{Name: "RatingDecimal", Input: withMeta(mkRow("a1", "answer", q0, "", "", "3.0")), Error: `line 4, column 6 (value): rating "3.0" is not one of 0, 1, 2, 3, 4, na, unknown`},
	{Name: "RatingLabel", Input: withMeta(mkRow("a1", "answer", q0, "", "", "Defined")), Error: `line 4, column 6 (value): rating "Defined" is not one of 0, 1, 2, 3, 4, na, unknown`},
	{Name: "BadOwner", Input: withMeta(mkRow("a1", "answer", q0, "", "", "1", "", "boss")),
		Error: `line 4, column 8 (owner): role "boss" is not one of executive, isms-owner, site, it, ot, operations, maintenance, quality, ehs, legal, dpo, hr, procurement, integrator, consultant (or empty)`},
	{Name: "BadRespondentRole", Input: withMeta(mkRow("a1", "profile", "respondentRole", "", "", "IT lead")),
		Error: `line 4, column 6 (value): respondentRole "IT lead" is not one of executive, isms-owner, site, it, ot, operations, maintenance, quality, ehs, legal, dpo, hr, procurement, integrator, consultant (or empty)`},
	{Name: "BadDomain", Input: withMeta(raciRow(c0, "plant")), Error: `line 4, column 4 (domain): domain "plant" is not one of it, ot, shared`},
	{Name: "EmptyDomain", Input: withMeta(raciRow(c0, "", roleCell(assessment.RoleExecutive, "A")...)), Error: `line 4, column 4 (domain): domain "" is not one of it, ot, shared`},
	{Name: "BadLetter", Input: withMeta(raciRow(c0, "it", roleCell(assessment.RoleExecutive, "X")...)), Error: `line 4, column 11 (executive): letter "X" is not one of R, A, A/R, C, I (or empty)`},
	{Name: "TwoLetters", Input: withMeta(raciRow(c0, "it", roleCell(assessment.RoleIT, "RC")...)), Error: `line 4, column 14 (it): letter "RC" is not one of R, A, A/R, C, I (or empty)`},
	{Name: "ARBackwardsWithC", Input: withMeta(raciRow(c0, "it", roleCell(assessment.RoleIT, "A/C")...)), Error: `line 4, column 14 (it): letter "A/C" is not one of R, A, A/R, C, I (or empty)`},
	{Name: "BadBoolean", Input: withMeta(mkRow("a1", "profile", "validated", "", "", "maybe")), Error: `line 4, column 6 (value): validated "maybe" is not yes or no`},
	{Name: "BadConnectivity", Input: withMeta(mkRow("a1", "profile", "connectivity", "", "", "cloud")),
		Error: `line 4, column 6 (value): connectivity "cloud" is not one of isolated, brokered, integrated (or empty)`},
	{Name: "PlantsOutOfRange", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "10001")), Error: `line 4, column 6 (value): plants 10001 is out of range (0 to 10000)`},
	{Name: "PlantsOverflow", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "99999999999999999999999")),
		Error: `line 4, column 6 (value): plants 99999999999999999999999 is out of range (0 to 10000)`},
	{Name: "PlantsLeadingZero", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "010")),
		Error: `line 4, column 6 (value): plants "010" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsPlusSign", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "'+3")),
		Error: `line 4, column 6 (value): plants "+3" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsNegative", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "-3")),
		Error: `line 4, column 6 (value): plants "-3" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsSpace", Input: withMeta(mkRow("a1", "profile", "plants", "", "", " 3")),
		Error: `line 4, column 6 (value): plants " 3" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsHex", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "0x1F")),
		Error: `line 4, column 6 (value): plants "0x1F" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "DateWithTime", Input: withMeta(mkRow("a1", "profile", "date", "", "", "2026-03-01 13:45:00")),
		Error: `line 4, column 6 (value): date "2026-03-01 13:45:00" has a time of day; expected a date only, such as 2026-03-01`},
	{Name: "LocaleDateWithTime", Input: withMeta(mkRow("a1", "answer", q0, "", "", "", "", "", "3/1/2026 9:30")),
		Error: `line 4, column 9 (target): date "3/1/2026 9:30" has a time of day; expected a date only, such as 2026-03-01`},
	{Name: "DateDoesNotExist", Input: withMeta(mkRow("a1", "answer", q0, "", "", "", "", "", "2026-02-30")), Error: `line 4, column 9 (target): date "2026-02-30" does not exist`},
	{Name: "DateDoesNotExistDayFirst", Input: withMeta(mkRow("a1", "profile", "date", "", "", "31/02/2026")), Error: `line 4, column 6 (value): date "31/02/2026" does not exist`},
	{Name: "DateDoesNotExistMonthFirst", Input: withMeta(mkRow("a1", "profile", "date", "", "", "2/30/2026")), Error: `line 4, column 6 (value): date "2/30/2026" does not exist`},
	{Name: "DateNoMonthEitherWay", Input: withMeta(mkRow("a1", "profile", "date", "", "", "13/14/2026")), Error: `line 4, column 6 (value): date "13/14/2026" does not exist`},
	{Name: "DateDotsDoesNotExist", Input: withMeta(mkRow("a1", "profile", "date", "", "", "30.02.2026")), Error: `line 4, column 6 (value): date "30.02.2026" does not exist`},
	{Name: "DateNoLeapDay", Input: withMeta(mkRow("a1", "profile", "date", "", "", "29.02.2027")), Error: `line 4, column 6 (value): date "29.02.2027" does not exist`},
	{Name: "DateNoLeapDayIn2100", Input: withMeta(mkRow("a1", "profile", "date", "", "", "2100/02/29")), Error: `line 4, column 6 (value): date "2100/02/29" does not exist`},
	{Name: "DateDayZero", Input: withMeta(mkRow("a1", "profile", "date", "", "", "0/3/2026")), Error: `line 4, column 6 (value): date "0/3/2026" does not exist`},
	{Name: "DateMixedSeparators", Input: withMeta(mkRow("a1", "profile", "date", "", "", "01/03.2026")),
		Error: `line 4, column 6 (value): date "01/03.2026" is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026`},
	{Name: "DateThreeDigitYear", Input: withMeta(mkRow("a1", "profile", "date", "", "", "1/3/202")),
		Error: `line 4, column 6 (value): date "1/3/202" is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026`},
	{Name: "DateDashesTwoDigitYear", Input: withMeta(mkRow("a1", "profile", "date", "", "", "26-03-01")),
		Error: `line 4, column 6 (value): date "26-03-01" is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026`},
	{Name: "DateMonthName", Input: withMeta(mkRow("a1", "profile", "date", "", "", "1-Mar-2026")),
		Error: `line 4, column 6 (value): date "1-Mar-2026" is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026`},
	{Name: "DateSerialNumber", Input: withMeta(mkRow("a1", "profile", "date", "", "", "46082")),
		Error: `line 4, column 6 (value): date "46082" is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026`},
	{Name: "DateLeadingSpace", Input: withMeta(mkRow("a1", "profile", "date", "", "", " 2026-03-01")),
		Error: `line 4, column 6 (value): date " 2026-03-01" is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026`},
	{Name: "DateTrailingText", Input: withMeta(mkRow("a1", "profile", "date", "", "", "01.03.2026 approx")),
		Error: `line 4, column 6 (value): date "01.03.2026 approx" is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026`},
	{Name: "DateWithTimeZone", Input: withMeta(mkRow("a1", "profile", "date", "", "", "2026-03-01T00:00:00Z")),
		Error: `line 4, column 6 (value): date "2026-03-01T00:00:00Z" has a time of day; expected a date only, such as 2026-03-01`},
	// Every cell that proves an order is reported, naming the first cell
	// that proves the other; the ambiguous 01/02/2026 is not (it would be
	// either), and neither is 05/05/2026 (it is the same date both ways).
	{Name: "DatesMixOrders", Input: withMeta(
		mkRow("a1", "profile", "date", "", "", "13/03/2026"),
		mkRow("a1", "answer", q0, "", "", "", "", "", "3/14/2026"),
		mkRow("a1", "answer", q1, "", "", "", "", "", "01/02/2026"),
		mkRow("a1", "answer", q2, "", "", "", "", "", "05/05/2026"),
		mkRow("a1", "answer", q3, "", "", "", "", "", "25/12/2026 00:00"),
	), Error: `line 4, column 6 (value): dates in this file mix day/month and month/day orders: 13/03/2026 can only be day/month, but 3/14/2026 on line 5 can only be month/day; write the dates as YYYY-MM-DD` + "\n" +
		`line 5, column 9 (target): dates in this file mix day/month and month/day orders: 3/14/2026 can only be month/day, but 13/03/2026 on line 4 can only be day/month; write the dates as YYYY-MM-DD` + "\n" +
		`line 8, column 9 (target): dates in this file mix day/month and month/day orders: 25/12/2026 can only be day/month, but 3/14/2026 on line 5 can only be month/day; write the dates as YYYY-MM-DD`},
	// The order is the file's, not each assessment's: one spreadsheet
	// saved it.
	{Name: "DatesMixOrdersAcrossAssessments", Input: withMeta(
		mkRow("a1", "profile", "date", "", "", "13/03/2026"),
		mkRow("b2", "meta", "schema", "", "", "2"),
		mkRow("b2", "meta", "name", "", "", "B"),
		mkRow("b2", "profile", "date", "", "", "3/14/2026"),
	), Error: `line 4, column 6 (value): dates in this file mix day/month and month/day orders: 13/03/2026 can only be day/month, but 3/14/2026 on line 7 can only be month/day; write the dates as YYYY-MM-DD` + "\n" +
		`line 7, column 6 (value): dates in this file mix day/month and month/day orders: 3/14/2026 can only be month/day, but 13/03/2026 on line 4 can only be day/month; write the dates as YYYY-MM-DD`},
	{Name: "PlantsDecimal", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "4.5")),
		Error: `line 4, column 6 (value): plants "4.5" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsThousandsDot", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "4.000")),
		Error: `line 4, column 6 (value): plants "4.000" is ambiguous: the "." may separate thousands or decimals; write the number without separators`},
	{Name: "PlantsThousandsComma", Input: withMeta(mkRow("a1", "profile", "plants", "", "", `"1,200"`)),
		Error: `line 4, column 6 (value): plants "1,200" is ambiguous: the "," may separate thousands or decimals; write the number without separators`},
	{Name: "PlantsDecimalOutOfRange", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "10001.0")),
		Error: `line 4, column 6 (value): plants 10001.0 is out of range (0 to 10000)`},
	{Name: "PlantsDecimalNegative", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "-3.0")),
		Error: `line 4, column 6 (value): plants "-3.0" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsOnlyDecimals", Input: withMeta(mkRow("a1", "profile", "plants", "", "", ".0")),
		Error: `line 4, column 6 (value): plants ".0" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsTrailingSeparator", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "4.")),
		Error: `line 4, column 6 (value): plants "4." is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "PlantsLeadingZeroDecimal", Input: withMeta(mkRow("a1", "profile", "plants", "", "", "04.0")),
		Error: `line 4, column 6 (value): plants "04.0" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	// A reformatted timestamp has lost its time zone: refused, not guessed.
	{Name: "BadTimestamp", Input: withMeta(mkRow("a1", "meta", "created", "", "", "01.03.2026 09:30")),
		Error: `line 4, column 6 (value): created timestamp "01.03.2026 09:30" is not of the form 2026-03-01T09:30:00Z (RFC 3339); if a spreadsheet reformatted it, restore the exported value`},
	{Name: "UnknownModel", Input: withMeta(mkRow("a1", "meta", "model", "", "", "matrix")),
		Error: `line 4, column 6 (value): unknown ownership model "matrix" (expected one of centralised, federated, executive-led, or empty)`},
	{Name: "NameTooLong", Input: file(mkRow("a1", "meta", "schema", "", "", "2"), mkRow("a1", "meta", "name", "", "", strings.Repeat("ä", 201))),
		Error: `line 3, column 6 (value): name has 201 characters; at most 200 are allowed`},
	{Name: "NoteTooLong", Input: withMeta(mkRow("a1", "answer", q0, "", "", "", "", "", "", strings.Repeat("n", 4001))),
		Error: `line 4, column 10 (note): note has 4001 characters; at most 4000 are allowed`},

	// Cells that would be lost.
	{Name: "NoteInRACIRow", Input: withMeta(mkRow("a1", "raci", c0, "it", "", "", "", "", "", "my note", "A")),
		Error: `line 4, column 10 (note): must be empty in a raci row (its content would be lost)`},
	{Name: "LetterInAnswerRow", Input: withMeta(mkRow("a1", "answer", q0, "", "", "1", "", "", "", "", "R")),
		Error: `line 4, column 11 (executive): must be empty in an answer row (its content would be lost)`},
	{Name: "DomainInMetaRow", Input: withMeta(mkRow("a1", "meta", "model", "ot")),
		Error: `line 4, column 4 (domain): must be empty in a meta row (its content would be lost)`},

	// Several problems are all reported, in file order, with their columns
	// in the file as it is (here semicolons and a permuted header).
	{Name: "SeveralProblems", Input: withMeta(
		mkRow("a1", "answer", q0, "", "", "7", "", "boss"),
		raciRow(c0, "it", roleCell(assessment.RoleOperations, "Q")...),
		mkRow("a1", "profile", "plants", "", "", "-1"),
	), Error: `line 4, column 6 (value): rating "7" is not one of 0, 1, 2, 3, 4, na, unknown` + "\n" +
		`line 4, column 8 (owner): role "boss" is not one of executive, isms-owner, site, it, ot, operations, maintenance, quality, ehs, legal, dpo, hr, procurement, integrator, consultant (or empty)` + "\n" +
		`line 5, column 16 (operations): letter "Q" is not one of R, A, A/R, C, I (or empty)` + "\n" +
		`line 6, column 6 (value): plants "-1" is not a whole number written with digits only (no sign, spaces, decimals or leading zeros)`},
	{Name: "SemicolonPermutedHeader", Input: "note;value;" + strings.Join(Header[:5], ";") + ";" + strings.Join(Header[6:9], ";") + ";" + strings.Join(Header[10:], ";") + "\n" +
		";2;a1;meta;schema" + strings.Repeat(";", numCols-5) + "\n" +
		";N;a1;meta;name" + strings.Repeat(";", numCols-5) + "\n" +
		"\"multi\nline;\";nine;a1;answer;" + q0 + strings.Repeat(";", numCols-5) + "\n",
		// The row starts on line 4, but its value cell after the two-line note on line 5.
		Error: `line 5 (spreadsheet row 4), column 2 (value): rating "nine" is not one of 0, 1, 2, 3, 4, na, unknown`},
	{Name: "MultilineCellsShiftLines", Input: withMeta(
		mkRow("a1", "answer", q0, "", "", "1", "", "", "", "\"a\r\nb\nc\"") +
			"\r\n" + mkRow("a1", "answer", q0, "", "", "8")),
		// The duplicate is reported and its cells are not read further.
		Error: `line 7 (spreadsheet row 5), column 3 (item_id): duplicate row for answer ` + q0 + ` of assessment "a1" (first at line 4)`},
}

func TestImportErrors(t *testing.T) {
	for _, tt := range importErrorTests {
		t.Run(tt.Name, func(t *testing.T) {
			out, err := Import([]byte(tt.Input))
			if err == nil {
				t.Fatalf("Import succeeded with %d assessments, want error:\n%s", len(out), tt.Error)
			}
			if out != nil {
				t.Errorf("Import returned %d assessments along with the error", len(out))
			}
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T is not an *ImportError", err)
			}
			if err.Error() != tt.Error {
				t.Errorf("error:\n%s\nwant:\n%s", err, tt.Error)
			}
		})
	}
}

func TestImportTooManyRows(t *testing.T) {
	limit := maxRows()
	rows := []string{mkRow("a1", "meta", "schema", "", "", "2"), mkRow("a1", "meta", "name", "", "", "N")}
	for len(rows) <= limit {
		rows = append(rows, mkRow("a1", "answer", q0))
	}
	_, err := Import([]byte(file(rows...)))
	want := fmt.Sprintf("line %d: the file has more than %d rows, more than \"Export all\" writes in one file (%d assessments of %d rows); split it into several files",
		limit+2, limit, MaxFileAssessments, rowsPerAssessment())
	if err == nil || err.Error() != want {
		t.Fatalf("error = %.300v, want %s", err, want)
	}
	// Exactly maxRows rows is fine as far as the cap goes (the duplicates
	// are the only complaint).
	_, err = Import([]byte(file(rows[:limit]...)))
	var ie *ImportError
	if !errors.As(err, &ie) || strings.Contains(err.Error(), "more than \"Export all\"") {
		t.Fatalf("error = %.200v", err)
	}
}

func TestImportProblemCaps(t *testing.T) {
	var rows []string
	qs := assessment.Questions()
	for i := range 25 {
		rows = append(rows, mkRow("a1", "answer", qs[i%len(qs)].ID, "", "", fmt.Sprint(10+i)))
	}
	_, err := Import([]byte(withMeta(rows...)))
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("error = %v", err)
	}
	if len(ie.Problems) != 25 {
		t.Errorf("got %d problems, want 25", len(ie.Problems))
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 21 || lines[20] != "... and 5 more problems" {
		t.Errorf("Error() has %d lines, last %q", len(lines), lines[len(lines)-1])
	}
	if lines[0] != `line 4, column 6 (value): rating "10" is not one of 0, 1, 2, 3, 4, na, unknown` {
		t.Errorf("first line %q", lines[0])
	}

	rows = rows[:0]
	for range 600 {
		rows = append(rows, mkRow("a1", "nope"))
	}
	_, err = Import([]byte(withMeta(rows...)))
	if !errors.As(err, &ie) {
		t.Fatalf("error = %v", err)
	}
	if n := len(ie.Problems); n != maxProblems+1 {
		t.Fatalf("got %d problems, want %d", n, maxProblems+1)
	}
	if last := ie.Problems[maxProblems]; last.String() != "line 504: more than 500 problems; stopped checking here" {
		t.Errorf("last problem %q", last)
	}
}

// TestImportAccepts covers what spreadsheets and people plausibly do to a
// file that must still import, and what it imports as.
func TestImportAccepts(t *testing.T) {
	meta := []string{mkRow("a1", "meta", "schema", "", "", "2"), mkRow("a1", "meta", "name", "", "", "N")}
	want := func(change func(a *assessment.Assessment)) assessment.Assessment {
		a := assessment.Assessment{Schema: assessment.SchemaVersion, ID: "a1", Name: "N", Answers: map[string]assessment.Answer{}, Matrix: assessment.Matrix{}}
		if change != nil {
			change(&a)
		}
		return a
	}
	key := assessment.CellKey{Control: c0, Domain: assessment.DomainOT}
	for _, tc := range []struct {
		name  string
		input string
		want  assessment.Assessment
	}{
		{"minimal", file(meta...), want(nil)},
		{"no final line ending", strings.TrimSuffix(file(meta...), "\r\n"), want(nil)},
		{"LF", strings.ReplaceAll(file(meta...), "\r\n", "\n"), want(nil)},
		{"CR only (old Mac)", strings.ReplaceAll(file(meta...), "\r\n", "\r"), want(nil)},
		{"trailing blank lines and delimiter rows", file(meta...) + ",,,,,,,,,,,,,,,,,,,\r\n\r\n\n", want(nil)},
		{"blank rows between", file(meta[0], "", ",,,", meta[1]), want(nil)},
		{"BOM and all quoted", "\ufeff\"" + strings.Join(Header, "\",\"") + "\"\r\n\"a1\",\"meta\",\"schema\",\"\",\"\",\"2\"" + strings.Repeat(",\"\"", numCols-6) + "\r\n" +
			"\"a1\",\"meta\",\"name\",\"\",\"\",\"N\"" + strings.Repeat(",\"\"", numCols-6), want(nil)},
		{"header in other case and with blanks", strings.Replace(file(meta...), "assessment_id,section", " Assessment_ID ,SECTION", 1), want(nil)},
		{"excel extra empty columns", strings.ReplaceAll(file(meta...), "\r\n", ",,,\r\n"), want(nil)},
		{"rows shorter than trailing blank header columns", hdr + ",,\r\n" + meta[0] + "\r\n" + meta[1] + "\r\n", want(nil)},
		{"rows in any order", file(mkRow("a1", "answer", q0, "", "", "3"), meta[1], meta[0]), want(func(a *assessment.Assessment) {
			a.Answers[q0] = assessment.Answer{Rating: "3"}
		})},
		{"spreadsheet spellings", file(append(meta,
			mkRow("a1", "profile", "validated", "", "", "TRUE"),
			mkRow("a1", "profile", "safetyCritical", "", "", "Yes"),
			mkRow("a1", "profile", "centralRisk", "", "", ""),
			mkRow("a1", "profile", "connectivity", "", "", "Brokered"),
			mkRow("a1", "profile", "respondentRole", "", "", "OT"),
			mkRow("a1", "profile", "plants", "", "", "0"),
			mkRow("a1", "profile", "date", "", "", "2026-03-01 00:00:00"),
			mkRow("a1", "answer", q0, "", "", "NA", "", "Isms-Owner", "2026-04-30T00:00:00"),
			raciRow(c0, "OT", roleCells(map[assessment.Role]string{
				assessment.RoleExecutive: "a", assessment.RoleISMSOwner: "r", assessment.RoleOT: "c", assessment.RoleOperations: "i",
				assessment.RoleMaintenance: "a / r",
			})...),
		)...), want(func(a *assessment.Assessment) {
			a.Profile = assessment.Profile{Validated: true, SafetyCritical: true, Connectivity: "brokered", RespondentRole: "ot", Date: "2026-03-01"}
			a.Answers[q0] = assessment.Answer{Rating: "na", Owner: "isms-owner", Target: "2026-04-30"}
			a.Matrix[key] = assessment.RACI{"executive": "A", "isms-owner": "R", "ot": "C", "operations": "I", "maintenance": "A/R"}
		})},
		{"Excel booleans and decimal plants", file(append(meta,
			mkRow("a1", "profile", "validated", "", "", "FALSE"),
			mkRow("a1", "profile", "safetyCritical", "", "", "true"),
			mkRow("a1", "profile", "centralRisk", "", "", "False"),
			mkRow("a1", "profile", "plants", "", "", "4.0"),
		)...), want(func(a *assessment.Assessment) {
			a.Profile = assessment.Profile{SafetyCritical: true, Plants: 4}
		})},
		{"plants with a decimal comma", file(append(meta, mkRow("a1", "profile", "plants", "", "", `"12,00"`))...), want(func(a *assessment.Assessment) {
			a.Profile.Plants = 12
		})},
		{"plants 0.0", file(append(meta, mkRow("a1", "profile", "plants", "", "", "0.0"))...), want(nil)},
		{"empty rows mean unanswered", file(append(meta,
			mkRow("a1", "answer", q0, "", "Question text", "", "Not answered"),
			raciRow(c0, "ot"),
		)...), want(nil)},
		{"apostrophes stripped by Excel", file(append(meta,
			mkRow("a1", "profile", "sector", "", "", "=cmd"),
			mkRow("a1", "answer", q0, "", "", "", "", "", "", "+1 more"),
		)...), want(func(a *assessment.Assessment) {
			a.Profile.Sector = "=cmd"
			a.Answers[q0] = assessment.Answer{Note: "+1 more"}
		})},
		{"apostrophes kept", file(append(meta,
			mkRow("a1", "profile", "sector", "", "", "'=cmd"),
			mkRow("a1", "answer", q0, "", "", "", "", "", "", "''+1"),
			mkRow("a1", "profile", "site", "", "", "'Plant"),
		)...), want(func(a *assessment.Assessment) {
			a.Profile.Sector = "=cmd"
			a.Profile.Site = "'Plant"
			a.Answers[q0] = assessment.Answer{Note: "'+1"}
		})},
		{"control written as A.5.1", file(append(meta, raciRow("A."+c0, "ot", roleCell(assessment.RoleISMSOwner, "A")...))...), want(func(a *assessment.Assessment) {
			a.Matrix[key] = assessment.RACI{"isms-owner": "A"}
		})},
		{"quote inside unquoted cell", file(append(meta, mkRow("a1", "answer", q0, "", "", "", "", "", "", `5" pipe`))...), want(func(a *assessment.Assessment) {
			a.Answers[q0] = assessment.Answer{Note: `5" pipe`}
		})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mustImport(t, []byte(tc.input))
			sameAssessments(t, got, []assessment.Assessment{tc.want})
		})
	}
}

func TestImportSeveralAssessments(t *testing.T) {
	input := file(
		mkRow("b", "meta", "schema", "", "", "2"),
		mkRow("a", "meta", "name", "", "", "A"),
		mkRow("b", "meta", "name", "", "", "B"),
		mkRow("a", "meta", "schema", "", "", "2"),
		mkRow("a", "answer", q0, "", "", "4"),
	)
	got := mustImport(t, []byte(input))
	if len(got) != 2 || got[0].ID != "b" || got[1].ID != "a" || got[0].Name != "B" || got[1].Answers[q0].Rating != "4" || len(got[0].Answers) != 0 {
		t.Fatalf("got %+v", got)
	}
}
