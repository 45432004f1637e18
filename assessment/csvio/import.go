package csvio

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// maxProblems caps how many problems Import collects before it stops
// checking, so that a wholly wrong file costs neither memory nor a
// thousand-line message.
const maxProblems = 500

// maxListed is how many problems ImportError.Error spells out.
const maxListed = 20

// Problem is one thing wrong with an imported file.
type Problem struct {
	Line int // 1-based physical line of the file; 0 for the file as a whole
	// Row is the 1-based row a spreadsheet shows, the header being row 1;
	// 0 when unknown. It differs from Line after a cell that holds a line
	// break: a spreadsheet counts the cell's row once, a text editor each
	// of its lines.
	Row    int
	Column int    // 1-based column (cell position in the row); 0 for the row as a whole
	Field  string // the column's name, when known
	Msg    string // what is wrong and what was expected
}

// String formats p as "line 12, column 6 (value): msg", leaving out the
// parts that are unknown. Where the spreadsheet row differs from the
// line, both are given: "line 14 (spreadsheet row 12), column 6 …".
func (p Problem) String() string {
	if p.Row > 0 && p.Line > 0 && p.Row != p.Line {
		q := p
		q.Line, q.Row = 0, 0
		where := l10n.F("line %d (spreadsheet row %d)", p.Line, p.Row)
		switch {
		case p.Column > 0 && p.Field != "":
			return l10n.F("%s, column %d (%s): %s", where, p.Column, p.Field, p.Msg)
		case p.Column > 0:
			return l10n.F("%s, column %d: %s", where, p.Column, p.Msg)
		}
		return where + ": " + p.Msg
	}
	switch {
	case p.Line > 0 && p.Column > 0 && p.Field != "":
		return l10n.F("line %d, column %d (%s): %s", p.Line, p.Column, p.Field, p.Msg)
	case p.Line > 0 && p.Column > 0:
		return l10n.F("line %d, column %d: %s", p.Line, p.Column, p.Msg)
	case p.Line > 0:
		return l10n.F("line %d: %s", p.Line, p.Msg)
	}
	return p.Msg
}

// ImportError is returned by Import when the file is refused. It holds every
// problem found (up to an internal cap), in file order.
type ImportError struct {
	Problems []Problem
}

// Error lists up to 20 problems, one per line.
func (e *ImportError) Error() string {
	if len(e.Problems) == 0 {
		return l10n.T("csv import failed")
	}
	var b strings.Builder
	for i, p := range e.Problems {
		if i == maxListed {
			b.WriteString(l10n.F("\n... and %d more problems", len(e.Problems)-maxListed))
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

func fail(ps ...Problem) error { return &ImportError{Problems: ps} }

// row is one non-blank data row, with its cells mapped to our columns.
type row struct {
	line  int
	num   int       // the spreadsheet row (see Problem.Row)
	text  *rowText  // where the cells' texts are
	cells []rowCell // indexed by our column; unescaped
}

// rowCell is a kept cell: where its text is, and its line. It holds no
// pointer, so that the slabs of a large file's cells (most of what an
// import allocates) cost the garbage collector nothing to scan.
type rowCell struct {
	off, n uint32 // the text is rowText.src[off:off+n], or rowText.side[off] when n is inSide
	line   uint32
}

// inSide marks a rowCell whose text is not a substring of the file.
const inSide = ^uint32(0)

// rowText holds the texts of an import's row cells: the file, and the few
// texts that are not substrings of it (quoted cells with doubled quotes).
type rowText struct {
	src  string
	side []string
}

// keep returns the row cell of the file's cell c, unescaped (see
// unescapeCell).
func (t *rowText) keep(c cell) rowCell {
	v := unescapeCell(c.s)
	// unescapeCell drops a leading apostrophe, so v is a tail of c.s and
	// still a substring of the file; a text that is not goes to the side.
	if c.off < 0 || !strings.HasSuffix(c.s, v) {
		t.side = append(t.side, v)
		return rowCell{off: uint32(len(t.side) - 1), n: inSide, line: uint32(c.line)}
	}
	return rowCell{off: uint32(c.off + len(c.s) - len(v)), n: uint32(len(v)), line: uint32(c.line)}
}

// str is the text of the row's cell in our column col. It stays out of
// line: inlined at its fifty-odd call sites it made the wasm 32 KB larger.
//
//go:noinline
func (r *row) str(col int) string {
	c := r.cells[col]
	if c.n == inSide {
		return r.text.side[c.off]
	}
	return r.text.src[c.off : c.off+c.n]
}

// lineOf is the physical line of the row's cell in our column col.
func (r *row) lineOf(col int) int { return int(r.cells[col].line) }

// importer holds the state of one Import call.
type importer struct {
	noSeals  bool     // see Options.noSeals
	fileCol  []int    // our column -> 0-based column in the file
	mapped   []bool   // by 0-based column in the file: has a known header
	colName  []string // by 0-based column in the file: our name for it, or ""
	probs    []Problem
	stopped  bool
	groups   map[string]*group
	order    []*group
	rows     []row
	badGroup map[string]bool // IDs whose schema is wrong: their rows are not checked
	schemaOf map[string]int  // schema of each assessment_id whose schema row was read
	absent   []int           // our columns missing from the header, each allowed by columnSince

	dateOrder dateOrder            // how the file's 03/04/2026-style dates read; set by resolveDates
	notes     []string             // Report.Notes
	seals     map[string]Integrity // Report.Integrity
	sealRows  []Row                // reused by integrity (see sealInto)

	// rowsOf counts each assessment_id's rows, so that a group's maps
	// are sized for what it holds: a full assessment's maps do not grow
	// row by row, and a file of thousands of nearly empty assessments
	// does not allocate a full one's maps for each.
	rowsOf map[string]int
	// pause is Options.Pause; done and total are what it is told.
	pause       func(done, total int)
	done, total int
}

// pauseEvery is how many rows Import reads between two calls of
// Options.Pause: a few milliseconds of work in the browser.
const pauseEvery = 512

// yield lets the caller pause now (see Options.Pause).
func (im *importer) yield() {
	if im.pause != nil {
		im.pause(im.done, max(im.total, im.done))
	}
}

// step is called once per row of each pass over the file (and per
// assessment in the last); every pauseEvery steps it lets the caller
// pause (see Options.Pause).
func (im *importer) step() {
	if im.pause == nil {
		return
	}
	if im.done++; im.done%pauseEvery == 0 {
		im.pause(im.done, max(im.total, im.done))
	}
}

// group collects the rows of one assessment_id.
type group struct {
	id                 string
	line, row          int // first row: its line and spreadsheet row
	a                  assessment.Assessment
	schema             int
	hasMeta, hasSchema bool
	hasName            bool
	bad                bool // a problem was reported for one of its rows
	seen               map[string]int
	// bank1 holds the answers of a schema 2 or 3 file, keyed by bank 1
	// IDs, until finish moves them to bank 2.
	bank1 map[string]assessment.Answer
	// hash is the meta row content_sha256, when hasHash; sanitised the
	// meta row sanitised.
	hash      string
	hasHash   bool
	sanitised bool
	// session holds the values of the profile fields a consensus's
	// changed rows give as stored, and sessionFields their marks, until
	// finish builds the stored profile from them and the profile read.
	session       assessment.Profile
	sessionFields map[string]assessment.FieldChange
}

func (im *importer) add(p Problem) {
	if im.stopped {
		return
	}
	if len(im.probs) == maxProblems {
		im.probs = append(im.probs, Problem{Line: p.Line, Msg: l10n.F("more than %d problems; stopped checking here", maxProblems)})
		im.stopped = true
		return
	}
	im.probs = append(im.probs, p)
}

// at reports a problem with cell col of r.
func (im *importer) at(r *row, col int, msg string) {
	im.add(Problem{Line: r.lineOf(col), Row: r.num, Column: im.fileCol[col] + 1, Field: Header[col], Msg: msg})
}

// Report tells how ImportWithReport read a file it accepted where the file
// left room for interpretation, so that the import preview can show it.
type Report struct {
	// Notes are sentences for the user, one per interpretation, such as
	// the order chosen for dates like 03/04/2026 (see the package doc,
	// section Dates); nil when the file left nothing to interpret.
	Notes []string
	// Integrity says, by assessment ID, whether each assessment is
	// unchanged since its export (see Integrity). Informative only.
	Integrity map[string]Integrity
}

// Options tune ImportWith for where it runs.
type Options struct {
	// Pause, when set, is called every few hundred rows and after each
	// assessment's checks, with the steps done and an estimate of all
	// there are (it may come closer to done, never fall below it). A
	// caller on a thread that must stay responsive (the browser's only
	// one) yields there when enough time has passed and may show the
	// progress; Import itself stays synchronous and does the same work
	// either way.
	Pause func(done, total int)

	// noSeals leaves out the check of each assessment's seal, for callers
	// that never see the Report (Import): recomputing a seal encodes the
	// whole assessment again, a fifth of the work of a large import.
	noSeals bool
}

// Import is ImportWithReport without the report, for callers that do not
// show one.
func Import(data []byte) ([]assessment.Assessment, error) {
	as, _, err := ImportWith(data, Options{noSeals: true})
	return as, err
}

// ImportWith is ImportWithReport with options.
func ImportWith(data []byte, opt Options) ([]assessment.Assessment, Report, error) {
	as, notes, seals, err := importFile(data, opt)
	if err != nil {
		return nil, Report{}, err
	}
	return as, Report{Notes: notes, Integrity: seals}, nil
}

// ImportWithReport reads a file written by Export, or the same file after a
// spreadsheet re-saved it, and returns its assessments in file order, with
// a Report of the interpretations it made (which the user should check in
// the preview).
//
// It is all or nothing: on any problem it returns no assessments and an
// *ImportError listing the problems with their lines and columns.
//
// It accepts a comma or semicolon delimiter (taken from the header line),
// with or without a byte order mark, quoted or unquoted cells, CRLF, LF or
// CR line endings with or without one after the last row, blank rows, empty
// extra columns, and the columns in any order. Rows may appear in any
// order; an absent answer, profile or matrix row means empty. The meta rows
// schema and name are required. Cells may hold what a spreadsheet writes
// back for a value it recognised: dates in its locale's short form, TRUE
// and FALSE, 4.0 for 4 plants (see the package doc, section Spreadsheets).
//
// It returns records in the shape assessment.New makes them: Answers and
// Matrix are never nil, and hold no zero Answer and no empty RACI (the file
// cannot tell those from absent ones). Export then Import is the identity
// for every record in that shape; in particular, the records of any file
// Import accepts come back unchanged from another Export and Import.
//
// On error the Report is empty.
func ImportWithReport(data []byte) ([]assessment.Assessment, Report, error) {
	return ImportWith(data, Options{})
}

func importFile(data []byte, opt Options) ([]assessment.Assessment, []string, map[string]Integrity, error) {
	if len(data) > MaxBytes {
		return nil, nil, nil, fail(Problem{Msg: l10n.F("the file has %d bytes; the limit is %d (%s MB), more than \"Export all\" writes in one file", len(data), MaxBytes, l10n.Decimal(float64(MaxBytes)/1e6, 1))})
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	if strings.Trim(s, "\r\n") == "" {
		return nil, nil, nil, fail(Problem{Msg: l10n.T("the file is empty")})
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		return nil, nil, nil, fail(Problem{Line: lineAt(s, i), Msg: l10n.T("the file contains NUL bytes: it is binary or UTF-16, not a UTF-8 CSV file")})
	}
	if !utf8.ValidString(s) {
		i := firstInvalidUTF8(s)
		return nil, nil, nil, fail(Problem{Line: lineAt(s, i), Msg: l10n.F("the file is not valid UTF-8 (byte 0x%02X); save it as \"CSV UTF-8\" in Excel or with character set \"Unicode (UTF-8)\" in LibreOffice", s[i])})
	}
	comma, err := detectDelimiter(s)
	if err != nil {
		return nil, nil, nil, err
	}

	sc := scanner{s: s, line: 1, comma: comma}
	var sprobs []scanProblem
	hdr, ok := sc.next(&sprobs)
	if len(sprobs) > 0 || !ok {
		return nil, nil, nil, fail(scanProblems(sprobs)...)
	}
	im := &importer{groups: map[string]*group{}, badGroup: map[string]bool{}, schemaOf: map[string]int{}, rowsOf: map[string]int{}, pause: opt.Pause, noSeals: opt.noSeals}
	need, err := im.readHeader(hdr)
	if err != nil {
		return nil, nil, nil, err
	}
	sc.width = len(hdr.cells)
	// The rows' cells come out of slabs rather than one allocation per row:
	// in the browser, allocation and garbage collection are much of the
	// cost of an import.
	lines := min(countLineBreaks(s)+1, maxRows())
	// Three passes: scan the rows, read them, check each assessment.
	im.total = 3 * lines
	// Checking the text and counting its lines took a while on a large
	// file: a chance to pause before the rows are read.
	im.yield()
	im.rows = make([]row, 0, lines)
	var slab []rowCell
	text := &rowText{src: s}
	limit := maxRows()

	// Read every row first: the schema row of an assessment may come after
	// its other rows (a spreadsheet can sort them), and a wrong schema makes
	// the other rows meaningless.
	for !im.stopped {
		im.step()
		sprobs = sprobs[:0]
		rec, ok := sc.next(&sprobs)
		fatal := false
		for _, sp := range sprobs {
			if c := sp.p.Column - 1; c >= 0 && c < len(im.colName) {
				sp.p.Field = im.colName[c]
			}
			im.add(sp.p)
			fatal = fatal || sp.fatal
		}
		if !ok || fatal {
			break
		}
		if rec.blank {
			continue
		}
		if len(im.rows) == limit {
			return nil, nil, nil, fail(Problem{Line: rec.line, Row: rec.row, Msg: l10n.F("the file has more than %d rows, more than \"Export all\" writes in one file (%d assessments of %d rows); split it into several files", limit, MaxFileAssessments, rowsPerAssessment())})
		}
		if len(rec.cells) < need {
			im.add(Problem{Line: rec.line, Row: rec.row, Msg: l10n.F("the row has %d cells but the header has %d columns", len(rec.cells), len(hdr.cells))})
			continue
		}
		if cap(slab)-len(slab) < numCols {
			slab = make([]rowCell, 0, max(lines-len(im.rows), 1)*numCols)
		}
		n := len(slab)
		slab = slab[:n+numCols]
		im.keepRow(rec, text, slab[n:n+numCols:n+numCols])
	}
	if len(im.rows) == 0 && len(im.probs) == 0 {
		return nil, nil, nil, fail(Problem{Line: 2, Msg: l10n.T("the file has a header but no rows")})
	}

	im.done, im.total = len(im.rows), 3*len(im.rows)
	im.readSchemas()
	if err := im.checkAbsentColumns(); err != nil {
		return nil, nil, nil, err
	}
	im.resolveDates()
	for i := range im.rows {
		if im.stopped {
			break
		}
		im.step()
		im.readRow(&im.rows[i])
	}
	// The rows are read: their cells may go before the last pass, which
	// keeps the memory a garbage collection in between has to go through
	// small.
	im.rows, slab = nil, nil
	if !im.stopped {
		im.total = im.done + len(im.order)
		im.finish()
	}
	if len(im.probs) > 0 {
		order.Stable(im.probs, func(a, b Problem) int {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
		})
		return nil, nil, nil, &ImportError{Problems: im.probs}
	}
	out := make([]assessment.Assessment, len(im.order))
	for i, g := range im.order {
		out[i] = g.a
	}
	return out, im.notes, im.seals, nil
}

func scanProblems(sps []scanProblem) []Problem {
	ps := make([]Problem, len(sps))
	for i, sp := range sps {
		ps[i] = sp.p
	}
	if len(ps) == 0 {
		ps = append(ps, Problem{Msg: l10n.T("the file is empty")})
	}
	return ps
}

// lineAt returns the 1-based line of byte offset i.
func lineAt(s string, i int) int {
	return 1 + countLineBreaks(s[:i])
}

func firstInvalidUTF8(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// detectDelimiter picks comma or semicolon, whichever the header line holds
// more of: Excel and LibreOffice write semicolons where the decimal
// separator is a comma.
func detectDelimiter(s string) (byte, error) {
	first := s
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		first = s[:i]
	}
	commas, semis, tabs := strings.Count(first, ","), strings.Count(first, ";"), strings.Count(first, "\t")
	switch {
	case tabs > commas && tabs > semis:
		return 0, fail(Problem{Line: 1, Msg: l10n.T("the file is tab-separated; save it as CSV with comma or semicolon as the delimiter")})
	case commas == 0 && semis == 0:
		return 0, fail(Problem{Line: 1, Msg: l10n.F("this is not the header: expected %s", strings.Join(Header, ","))})
	case semis > commas:
		return ';', nil
	}
	return ',', nil
}

// keepRow appends record rec to im.rows as a row whose cells are kept in
// cells (numCols of them, from the caller's slab), and reports cells in
// columns without a header. An empty cell (most role cells are) is kept
// as its line alone.
func (im *importer) keepRow(rec record, text *rowText, cells []rowCell) {
	r := row{line: rec.line, num: rec.row, text: text, cells: cells}
	for c, fc := range im.fileCol {
		if fc < 0 || rec.cells[fc].s == "" {
			// Empty: a column a schema 2 file does not have, or an empty
			// cell (most role cells), on the line where it is.
			line := rec.line
			if fc >= 0 {
				line = rec.cells[fc].line
			}
			r.cells[c] = rowCell{line: uint32(line)}
			continue
		}
		r.cells[c] = text.keep(rec.cells[fc])
	}
	for fc, c := range rec.cells {
		if c.s != "" && !im.mapped[fc] {
			im.add(Problem{Line: c.line, Row: rec.row, Column: fc + 1, Msg: l10n.T("cell in a column without a header is not empty")})
		}
	}
	im.rowsOf[r.str(colAssessmentID)]++
	im.rows = append(im.rows, r)
}

// readHeader maps the header's columns by name. It returns the number of
// cells a data row needs (up to the last named column).
func (im *importer) readHeader(hdr record) (int, error) {
	index := make(map[string]int, numCols)
	for i, h := range Header {
		index[h] = i
	}
	im.fileCol = make([]int, numCols)
	for i := range im.fileCol {
		im.fileCol[i] = -1
	}
	im.mapped = make([]bool, len(hdr.cells))
	im.colName = make([]string, len(hdr.cells))
	var ps []Problem
	need := 0
	for fc, c := range hdr.cells {
		name := asciiLower(strings.TrimSpace(c.s))
		if name == "" {
			continue // spreadsheets add empty columns; their cells are checked to be empty
		}
		k, ok := index[name]
		switch {
		case !ok:
			ps = append(ps, Problem{Line: c.line, Column: fc + 1, Msg: l10n.F("unknown column %q", c.s)})
		case im.fileCol[k] >= 0:
			ps = append(ps, Problem{Line: c.line, Column: fc + 1, Msg: l10n.F("column %q appears twice (also column %d)", Header[k], im.fileCol[k]+1)})
		default:
			im.fileCol[k] = fc
			im.mapped[fc] = true
			im.colName[fc] = Header[k]
			need = max(need, fc+1)
		}
	}
	var missing []string
	for k, fc := range im.fileCol {
		switch {
		case fc >= 0, k == colRefs:
			// refs is derived, like label: a file may lack it.
		case columnSince(k) > minSchema:
			// Allowed for now: whether the file may lack it depends on
			// the schemas of its assessments (checkAbsentColumns).
			im.absent = append(im.absent, k)
		default:
			missing = append(missing, Header[k])
		}
	}
	if len(missing) > 0 {
		ps = append(ps, Problem{Line: 1, Msg: l10n.F("missing column(s): %s", strings.Join(missing, ", "))})
	}
	if len(ps) > 0 {
		return 0, fail(ps...)
	}
	return need, nil
}

// readSchemas reads every assessment's schema row before the other rows. An
// assessment whose schema is not one Import reads has its schema problem
// reported and its other rows skipped.
func (im *importer) readSchemas() {
	done := map[string]bool{}
	for i := range im.rows {
		r := &im.rows[i]
		id := r.str(colAssessmentID)
		if r.str(colSection) != SectionMeta || r.str(colItemID) != metaSchema || done[id] || checkID(id) != nil {
			continue
		}
		done[id] = true
		v := r.str(colValue)
		n, err := parseUint("schema", v, 1<<30)
		switch {
		case err != nil:
			im.at(r, colValue, err.Error())
		case n > assessment.SchemaVersion:
			im.at(r, colValue, l10n.F("schema %d is newer than this tool supports (%d); open the file with a newer version of the tool", n, assessment.SchemaVersion))
		case n < minSchema:
			im.at(r, colValue, l10n.F("schema %d is not a schema of the CSV format: its files are schema %d to %d", n, minSchema, assessment.SchemaVersion))
		default:
			im.schemaOf[id] = n
			continue
		}
		im.badGroup[id] = true
	}
}

// checkAbsentColumns refuses a file that lacks a column one of its
// assessments' schemas has: a schema 2 file may lack the role columns of
// schema 3, a schema 3 file may not, since a missing column there means a
// spreadsheet user deleted letters.
func (im *importer) checkAbsentColumns() error {
	newest := 0
	for _, n := range im.schemaOf {
		newest = max(newest, n)
	}
	var missing []string
	for _, k := range im.absent {
		if columnSince(k) <= newest {
			missing = append(missing, Header[k])
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return fail(Problem{Line: 1, Msg: l10n.F("missing column(s): %s (schema %d files have them)", strings.Join(missing, ", "), newest)})
}

// roleColumns is the role columns as bits, from colFirstRole.
const roleColumns = 1<<numRoles - 1

// sectionColumns returns the columns that carry data in section sec, as a
// set of bits indexed by column, and false for an unknown section. Every
// other column must be empty: a cell there would be dropped without notice.
// A switch over constants, unlike a map of column lists, costs no code at
// start-up.
func sectionColumns(sec string) (uint32, bool) {
	const always = 1<<colAssessmentID | 1<<colSection | 1<<colItemID | 1<<colLabel | 1<<colValueLabel | 1<<colRefs
	switch sec {
	case SectionMeta, SectionProfile, SectionRole:
		return always | 1<<colValue, true
	case SectionHolder:
		return always | 1<<colValue | 1<<colTarget | 1<<colNote, true
	case SectionAuthority:
		const roles = 1<<numRoles - 1
		return always | 1<<colValue | 1<<colOwner | roles<<colFirstRole, true
	case SectionAnswer, SectionRetired, SectionAction:
		return always | 1<<colValue | 1<<colOwner | 1<<colTarget | 1<<colNote, true
	case SectionConsensus:
		// domain: a matrix row's consensus (readConsensus).
		return always | 1<<colDomain | 1<<colValue | 1<<colNote, true
	case SectionDissent:
		// domain and the role columns: a matrix row's dissent.
		return always | 1<<colDomain | 1<<colValue | 1<<colOwner | 1<<colNote | roleColumns<<colFirstRole, true
	case SectionChanged:
		// domain and the role columns: a matrix row's; target the day of
		// the last change; note a question's reason for it.
		return always | 1<<colDomain | 1<<colValue | 1<<colTarget | 1<<colNote | roleColumns<<colFirstRole, true
	case SectionRACI:
		return always | 1<<colDomain | roleColumns<<colFirstRole, true
	}
	return 0, false
}

// checkLen reports text longer than the n characters assessment.Validate
// allows, here with its line and column.
func (im *importer) checkLen(r *row, col int, what, s string, n int) bool {
	if len(s) <= n { // bytes >= characters: the cheap test settles most cells
		return true
	}
	if c := utf8.RuneCountInString(s); c > n {
		im.at(r, col, l10n.F("%s has %d characters; at most %d are allowed", what, c, n))
		return false
	}
	return true
}

func (im *importer) group(id string, line, num int) *group {
	g := im.groups[id]
	if g == nil {
		// Sized for the rows it has (at most a complete assessment), so
		// that the maps do not grow (and copy themselves) row by row.
		n := im.rowsOf[id]
		questions, cells := min(n, len(assessment.Questions())), min(n, 3*len(assessment.Controls()))
		g = &group{id: id, line: line, row: num, seen: make(map[string]int, n)}
		g.a.ID = id
		// Non-nil like the maps assessment.New makes, so that a new record
		// survives the trip with reflect.DeepEqual.
		g.a.Answers = make(map[string]assessment.Answer, questions)
		g.a.Matrix = make(assessment.Matrix, cells)
		im.groups[id] = g
		im.order = append(im.order, g)
	}
	return g
}

func (im *importer) readRow(r *row) {
	id := r.str(colAssessmentID)
	if err := checkID(id); err != nil {
		im.at(r, colAssessmentID, err.Error())
		return
	}
	sec := r.str(colSection)
	allowed, ok := sectionColumns(sec)
	if !ok {
		im.at(r, colSection, l10n.F("section %q is not one of meta, profile, role, holder, authority, answer, raci, retired, action, consensus, dissent, changed", sec))
		return
	}
	g := im.group(id, r.line, r.num)
	if im.badGroup[id] {
		return
	}
	before := len(im.probs)
	im.readItem(r, g, sec, allowed)
	if len(im.probs) > before {
		g.bad = true
	}
}

// readItem reads row r of group g once its section sec is known to be valid
// and allowed holds its data columns (see sectionColumns).
func (im *importer) readItem(r *row, g *group, sec string, allowed uint32) {
	id := g.id
	for c := range numCols {
		if allowed&(1<<c) == 0 && r.str(c) != "" {
			if sec == SectionAnswer || sec == SectionRetired || sec == SectionAction || sec == SectionConsensus || sec == SectionAuthority {
				im.at(r, c, l10n.F("must be empty in an %s row (its content would be lost)", sec))
			} else {
				im.at(r, c, l10n.F("must be empty in a %s row (its content would be lost)", sec))
			}
		}
	}

	item := r.str(colItemID)
	// A consensus or dissent row with a domain is about a matrix row.
	matrixRow := sec == SectionRACI || (sec == SectionConsensus || sec == SectionDissent || sec == SectionChanged) && r.str(colDomain) != ""
	if matrixRow {
		item = canonicalControl(item)
	}
	key := sec + "\x00" + item
	if sec == SectionDissent {
		// A question has one dissent row per dissenting respondent.
		key += "\x00" + fmt.Sprint(r.line)
	}
	if matrixRow {
		d, err := parseDomain(r.str(colDomain))
		if err != nil {
			im.at(r, colDomain, err.Error())
			return
		}
		key += "\x00" + d
	}
	if first, dup := g.seen[key]; dup {
		what := sec + " " + item
		if matrixRow {
			what += "/" + asciiLower(r.str(colDomain))
		}
		msg := l10n.F("duplicate row for %s of assessment %q (first at line %d)", what, id, first)
		if sec == SectionRACI && trailingZeroLost(item) {
			msg += l10n.F("; a spreadsheet may have turned %s0 into %s: format the item_id column as text", item, item)
		}
		im.at(r, colItemID, msg)
		return
	}
	g.seen[key] = r.line

	switch sec {
	case SectionMeta:
		im.readMeta(r, g, item)
	case SectionProfile:
		im.readProfile(r, g, item)
	case SectionRole:
		im.readRole(r, g, item)
	case SectionHolder:
		im.readHolder(r, g, item)
	case SectionAuthority:
		im.readAuthority(r, g, item)
	case SectionAnswer:
		im.readAnswer(r, g, item)
	case SectionRetired:
		im.readRetired(r, g, item)
	case SectionConsensus, SectionDissent:
		im.readConsensus(r, g, sec, item)
	case SectionChanged:
		im.readChanged(r, g, item)
	case SectionRACI:
		im.readRACI(r, g, item)
	case SectionAction:
		im.readAction(r, g, item)
	}
}

// controlPrefix is what Export writes before a control ID: Annex A
// references read "A.5.10", and no spreadsheet mistakes that for a number
// or a date.
const controlPrefix = "A."

// ControlRef is how Export writes a control ID in item_id: "A.5.10".
func ControlRef(id string) string { return controlPrefix + id }

// canonicalControl accepts a control as Export writes it, "A.5.10" (or
// "a.5.10"), or as a bare "5.10", which earlier versions wrote and people
// type, and returns the bare ID.
func canonicalControl(s string) string {
	if len(s) > len(controlPrefix) && (s[0] == 'A' || s[0] == 'a') && s[1] == '.' {
		if _, ok := assessment.ControlByID(s[2:]); ok {
			return s[2:]
		}
	}
	return s
}

// trailingZeroLost reports whether control id could be another control's ID
// read as a number: Excel writes 5.10 back as 5.1.
func trailingZeroLost(id string) bool {
	_, ok := assessment.ControlByID(id + "0")
	return ok && strings.Contains(id, ".")
}

func (im *importer) readMeta(r *row, g *group, item string) {
	g.hasMeta = true
	v := r.str(colValue)
	switch item {
	case metaSchema:
		// Checked by readSchemas; a group with a wrong schema never gets here.
		g.hasSchema = true
		g.a.Schema = assessment.SchemaVersion
	case metaToolVersion:
		// Informational: which build wrote the file. Nothing to keep.
	case metaSanitised:
		b, err := parseBool(item, v)
		if err != nil {
			im.at(r, colValue, err.Error())
		}
		g.sanitised = b
	case metaHash:
		g.hash, g.hasHash = v, true
	case metaName:
		g.hasName = true
		g.a.Name = v
		im.checkLen(r, colValue, l10n.T("name"), v, assessment.MaxNameLen)
	case metaCreated, metaUpdated:
		ts, err := parseTimestamp(v)
		if err != nil {
			im.at(r, colValue, item+" "+err.Error())
			return
		}
		if item == metaCreated {
			g.a.Created = ts
		} else {
			g.a.Updated = ts
		}
	case metaModel:
		g.a.Model = v
		if _, ok := assessment.ModelByID(v); v != "" && !ok {
			ids := make([]string, 0, len(assessment.Models()))
			for _, m := range assessment.Models() {
				ids = append(ids, m.ID)
			}
			im.at(r, colValue, l10n.F("unknown ownership model %q (expected one of %s, or empty)", v, strings.Join(ids, ", ")))
		}
	default:
		ids := make([]string, len(metaItems))
		for i, m := range metaItems {
			ids[i] = m.id
		}
		im.at(r, colItemID, l10n.F("unknown meta item %q (expected one of %s)", item, strings.Join(ids, ", ")))
	}
}

func (im *importer) readProfile(r *row, g *group, item string) {
	f, ok := assessment.ProfileFieldByKey(item)
	if !ok {
		fields := assessment.ProfileFields()
		keys := make([]string, len(fields))
		for i, f := range fields {
			keys[i] = f.Key
		}
		im.at(r, colItemID, l10n.F("unknown profile field %q (expected one of %s)", item, strings.Join(keys, ", ")))
		return
	}
	im.readProfileValue(r, f, &g.a.Profile)
}

// readProfileValue reads the value column of r as profile field f of p,
// and reports what is wrong with it.
func (im *importer) readProfileValue(r *row, f assessment.ProfileField, p *assessment.Profile) {
	item, v := f.Key, r.str(colValue)
	var err error
	switch f.Kind {
	case assessment.FieldText:
		im.checkLen(r, colValue, item, v, f.Max)
		f.SetText(p, v)
	case assessment.FieldBool:
		var b bool
		b, err = parseBool(item, v)
		f.SetBool(p, b)
	case assessment.FieldNumber:
		if v != "" {
			var n int
			n, err = parseNumber(item, v, f.Max)
			f.SetInt(p, n)
		}
	case assessment.FieldChoice:
		var c string
		c, err = parseChoice(f, v)
		f.SetText(p, c)
	case assessment.FieldDate:
		d, _ := im.date(r, colValue) // reports its own problems
		f.SetText(p, d)
	}
	if err != nil {
		im.at(r, colValue, err.Error())
	}
}

// readRole reads the organisation's own name of a matrix role; an empty
// value keeps the default label. assessment.Validate, at the end, checks
// the names themselves (length, characters, no two roles alike).
func (im *importer) readRole(r *row, g *group, item string) {
	role := assessment.Role(item)
	if !slices.Contains(assessment.RACIRoles, role) {
		ids := make([]string, len(assessment.RACIRoles))
		for i, x := range assessment.RACIRoles {
			ids[i] = string(x)
		}
		im.at(r, colItemID, l10n.F("unknown matrix role %q (expected one of %s)", item, strings.Join(ids, ", ")))
		return
	}
	name, _ := parseRoleName(r.str(colValue))
	if name == "" || !im.checkLen(r, colValue, l10n.T("role name"), name, assessment.MaxRoleNameLen) {
		return
	}
	if g.a.RoleNames == nil {
		g.a.RoleNames = map[assessment.Role]string{}
	}
	g.a.RoleNames[role] = name
}

// bank1Schema is the newest schema whose answers are keyed by question
// bank 1.
const bank1Schema = 3

// readAnswer reads an answer row. In a file of schema 3 or earlier the
// item is a bank 1 question, and the answer is kept aside for finish to
// move to bank 2.
func (im *importer) readAnswer(r *row, g *group, item string) {
	bank1 := im.schemaOf[g.id] <= bank1Schema
	switch {
	case bank1 && !assessment.IsBank1Question(item):
		im.at(r, colItemID, l10n.F("unknown question %q: it is not in question bank 1, which schema %d files answer", item, im.schemaOf[g.id]))
		return
	case !bank1:
		if _, ok := assessment.QuestionByID(item); !ok {
			im.at(r, colItemID, l10n.F("unknown question %q: it is not in this tool's question bank", item))
			return
		}
	}
	ans, ok := im.answerCells(r)
	if !ok || ans.IsZero() {
		return
	}
	if bank1 {
		if g.bank1 == nil {
			g.bank1 = map[string]assessment.Answer{}
		}
		g.bank1[item] = ans
		return
	}
	g.a.Answers[item] = ans
}

// readRetired reads a retired answer: schema 4 files only, and only for
// the bank 1 questions whose answers can be retired.
func (im *importer) readRetired(r *row, g *group, item string) {
	if n := im.schemaOf[g.id]; n <= bank1Schema {
		im.at(r, colSection, l10n.F("a schema %d file has no retired answers (they came with schema 4)", n))
		return
	}
	if _, ok := assessment.RetiredQuestion(item); !ok {
		im.at(r, colItemID, l10n.F("unknown retired question %q: only questions of bank 1 that bank 2 no longer asks have retired answers", item))
		return
	}
	ans, ok := im.answerCells(r)
	if !ok || ans.IsZero() {
		return
	}
	if g.a.Retired == nil {
		g.a.Retired = map[string]assessment.Answer{}
	}
	g.a.Retired[item] = ans
}

// readAction reads one change to the action plan: schema 5 files only.
// Whether the ID names a question or an added action, and the rest of the
// domain rules, are left to assessment.Validate in finish.
func (im *importer) readAction(r *row, g *group, item string) {
	if n := im.schemaOf[g.id]; n < 5 {
		im.at(r, colSection, l10n.F("a schema %d file has no action rows (they came with schema 5)", n))
		return
	}
	var e assessment.PlanEntry
	bad := false
	switch v := asciiLower(r.str(colValue)); {
	case v == actionDropped:
		e.Dropped = true
	case assessment.ActionStatus(v).Valid():
		e.Status = assessment.ActionStatus(v)
	default:
		im.at(r, colValue, l10n.F("action status %q is not one of open, in-progress, done, dropped", r.str(colValue)))
		bad = true
	}
	if v, err := parseOwner(r.str(colOwner)); err != nil {
		im.at(r, colOwner, err.Error())
		bad = true
	} else {
		e.Function = assessment.Role(v)
	}
	if v, ok := im.date(r, colTarget); !ok {
		bad = true
	} else {
		e.Due = v
	}
	e.Text = r.str(colLabel)
	e.Person = r.str(colNote)
	if !im.checkLen(r, colLabel, l10n.T("action text"), e.Text, assessment.MaxTextLen) ||
		!im.checkLen(r, colNote, l10n.T("named owner"), e.Person, assessment.MaxNameLen) {
		bad = true
	}
	if bad || e.IsZero() {
		return
	}
	if g.a.Plan == nil {
		g.a.Plan = map[string]assessment.PlanEntry{}
	}
	g.a.Plan[item] = e
}

// answerCells reads the rating, owner, target and note of an answer or
// retired row, reporting each bad cell; ok is false when one was bad.
func (im *importer) answerCells(r *row) (assessment.Answer, bool) {
	var ans assessment.Answer
	bad := false
	if v, err := parseRatingValue(r.str(colValue)); err != nil {
		im.at(r, colValue, err.Error())
		bad = true
	} else {
		ans.Rating = assessment.Rating(v)
	}
	if v, err := parseOwner(r.str(colOwner)); err != nil {
		im.at(r, colOwner, err.Error())
		bad = true
	} else {
		ans.Owner = assessment.Role(v)
	}
	if v, ok := im.date(r, colTarget); !ok {
		bad = true
	} else {
		ans.Target = v
	}
	ans.Note = r.str(colNote)
	if !im.checkLen(r, colNote, l10n.T("note"), ans.Note, assessment.MaxTextLen) {
		bad = true
	}
	return ans, !bad
}

func (im *importer) readRACI(r *row, g *group, item string) {
	if _, ok := assessment.ControlByID(item); !ok {
		im.at(r, colItemID, l10n.F("unknown control %q: expected an ISO/IEC 27001:2022 Annex A control such as A.5.1 or A.8.34 (if a spreadsheet turned it into a number or date, format the item_id column as text)", r.str(colItemID)))
		return
	}
	d, _ := parseDomain(r.str(colDomain)) // checked by readRow
	raci := im.readLetters(r)
	if raci == nil {
		return
	}
	g.a.Matrix[assessment.CellKey{Control: item, Domain: assessment.Domain(d)}] = raci
}

// readLetters reads the role columns of a matrix row (a raci row, or a
// respondent's row in a dissent row) as its letters; nil when every role
// column is empty. A cell that is not a letter is reported and left out.
func (im *importer) readLetters(r *row) assessment.RACI {
	var raci assessment.RACI
	for i, role := range assessment.RACIRoles {
		c := colFirstRole + i
		l, err := parseLetter(r.str(c))
		if err != nil {
			im.at(r, c, err.Error())
			continue
		}
		if l == "" {
			continue
		}
		if raci == nil {
			raci = assessment.RACI{}
		}
		raci[role] = assessment.Letter(l)
	}
	return raci
}

// finish checks what can only be checked once all rows are read: the
// required meta rows, and the domain rules of assessment.Validate.
func (im *importer) finish() {
	for _, g := range im.order {
		// One assessment's checks take a while when it is full: the
		// caller may pause after each (it decides by the time passed).
		im.done++
		im.yield()
		if im.badGroup[g.id] {
			continue
		}
		p := Problem{Line: g.line, Row: g.row, Column: im.fileCol[colAssessmentID] + 1, Field: Header[colAssessmentID]}
		switch {
		case !g.hasMeta:
			p.Msg = l10n.F("assessment %q has rows but no meta rows (the meta rows schema and name are required)", g.id)
		case !g.hasSchema && !g.hasName:
			p.Msg = l10n.F("assessment %q has no meta rows schema and name (both are required)", g.id)
		case !g.hasSchema:
			p.Msg = l10n.F("assessment %q has no meta row schema (it is required)", g.id)
		case !g.hasName:
			p.Msg = l10n.F("assessment %q has no meta row name (it is required)", g.id)
		case g.bad:
			continue
		default:
			if g.bank1 != nil {
				answers, retired := assessment.UpgradeBank1Answers(g.bank1)
				maps.Copy(g.a.Answers, answers)
				g.a.Retired = retired
			}
			if g.sessionFields != nil {
				stored := g.a.Profile
				for key := range g.sessionFields {
					f, _ := assessment.ProfileFieldByKey(key) // checked by readChanged
					f.CopyTo(&stored, &g.session)
				}
				g.a.SessionProfile, g.a.ProfileChanges = &stored, g.sessionFields
			}
			if err := assessment.Validate(g.a); err != nil {
				p.Msg = l10n.F("assessment %q is not valid: %v", g.id, err)
			} else {
				im.integrity(g)
				continue
			}
		}
		im.add(p)
	}
}
