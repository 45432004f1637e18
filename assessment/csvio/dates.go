package csvio

import (
	"errors"
	"strings"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Dates as spreadsheets write them back. The package doc (section Dates)
// states the rules; this file implements them in two steps: scanDate splits
// one cell into numbers, and importer.resolveDates decides, for the whole
// file, how the dates whose notation does not say read.

// dateOrder says how the two numbers of a date other than its year read.
type dateOrder uint8

const (
	// orderFromFile marks a date such as 03/04/2026 (slashes, or dashes
	// with the year last): its notation is used both ways round, so the
	// other dates of the file decide.
	orderFromFile dateOrder = iota
	yearFirst               // 2026-03-01, 2026/03/01, 2026.03.01
	dayFirst                // 01.03.2026; 01/03/2026 in a day/month file
	monthFirst              // 3/1/2026 in a month/day file
	orderConflict           // the file holds dates of both orders
)

func (o dateOrder) String() string {
	switch o {
	case dayFirst:
		return l10n.T("day/month")
	case monthFirst:
		return l10n.T("month/day")
	case yearFirst:
		return l10n.T("year/month/day")
	}
	return l10n.T("unknown order")
}

// dateCell is a date cell split into its numbers, before the file's order
// is applied.
type dateCell struct {
	text      string // the date as written, without a time
	y         int
	p1, p2    int // the other two numbers, in the order written
	order     dateOrder
	shortYear bool // written with two digits; read as 20YY
}

// midnights are the times a spreadsheet appends to a date cell it
// recognised when its format shows a time (Excel: "3/1/2026 0:00"; some
// locales: "12:00:00 AM"), compared in lower case.
var midnights = []string{" 0:00", " 00:00", " 0:00:00", " 00:00:00", "t00:00:00", " 12:00 am", " 12:00:00 am"}

// scanDate splits a non-empty date cell. It accepts, optionally followed
// by a midnight time:
//
//	2026-03-01  2026/03/01  2026.03.01   year first (month and day may have one digit)
//	01.03.2026  1.3.2026    01.03.26     day first (German, Austrian, Swiss Excel)
//	01/03/2026  3/1/2026    01/03/26     the file decides (UK/EU or US Excel)
//	01-03-2026  1-3-2026                 the file decides (Dutch, Danish Excel)
//
// Two-digit years are 20YY, except with dashes, where they are refused:
// 26-03-01 is how some Swedish setups write 2026-03-01, and reading it as
// 26 March 2001 would be silently wrong.
func scanDate(s string) (dateCell, error) {
	text, rest := s, ""
	if i := strings.IndexAny(s, " T"); i >= 0 {
		text, rest = s[:i], s[i:]
	}
	d, ok := splitDate(text)
	if !ok {
		return dateCell{}, dateFormatError(s)
	}
	if rest != "" {
		midnight, lower := false, asciiLower(rest)
		for _, m := range midnights {
			midnight = midnight || lower == m
		}
		if !midnight {
			if len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' && strings.Contains(rest, ":") {
				return dateCell{}, errors.New(l10n.F("date %q has a time of day; expected a date only, such as 2026-03-01", s))
			}
			return dateCell{}, dateFormatError(s)
		}
	}
	return d, nil
}

// splitDate parses the date part of a cell: three runs of digits with the
// same separator, one of the layouts scanDate lists.
func splitDate(text string) (dateCell, bool) {
	var f [3]string
	var sep byte
	rest := text
	for i := range f {
		j := 0
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if j == 0 || j > 4 {
			return dateCell{}, false
		}
		f[i], rest = rest[:j], rest[j:]
		if i == 2 {
			break
		}
		if rest == "" || sep != 0 && rest[0] != sep || !strings.ContainsRune("-/.", rune(rest[0])) {
			return dateCell{}, false
		}
		sep, rest = rest[0], rest[1:]
	}
	if rest != "" {
		return dateCell{}, false
	}
	short := func(s string) bool { return len(s) <= 2 }
	d := dateCell{text: text}
	switch {
	case len(f[0]) == 4 && short(f[1]) && short(f[2]):
		d.y, d.p1, d.p2, d.order = atoi(f[0]), atoi(f[1]), atoi(f[2]), yearFirst
	case short(f[0]) && short(f[1]) && (len(f[2]) == 4 || len(f[2]) == 2 && sep != '-'):
		d.y, d.p1, d.p2 = atoi(f[2]), atoi(f[0]), atoi(f[1])
		if len(f[2]) == 2 {
			d.y += 2000
			d.shortYear = true
		}
		if sep == '.' {
			d.order = dayFirst
		}
	default:
		return dateCell{}, false
	}
	return d, true
}

// atoi converts at most four ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// own returns the order d itself implies: its notation's, or for an
// orderFromFile date the only one in which one of its numbers can be a
// month. It returns orderFromFile when both orders (or neither) remain.
func (d dateCell) own() dateOrder {
	if d.order != orderFromFile {
		return d.order
	}
	switch {
	case d.p1 == d.p2:
		return dayFirst // both readings are the same date
	case d.p1 > 12 && d.p2 <= 12:
		return dayFirst
	case d.p2 > 12 && d.p1 <= 12:
		return monthFirst
	}
	return orderFromFile
}

// ambiguous reports whether d reads as two different real dates.
func (d dateCell) ambiguous() bool {
	return d.order == orderFromFile && d.p1 != d.p2 && d.p1 >= 1 && d.p1 <= 12 && d.p2 >= 1 && d.p2 <= 12
}

// evidence returns the order d proves for its file: dayFirst or monthFirst
// when d is a real date in that order only and its notation is one used
// both ways round; orderFromFile otherwise.
func (d dateCell) evidence() dateOrder {
	if d.order != orderFromFile || d.p1 == d.p2 {
		return orderFromFile
	}
	o := d.own()
	if o == orderFromFile {
		return o
	}
	if _, err := d.read(o); err != nil {
		return orderFromFile
	}
	return o
}

// read returns d as YYYY-MM-DD, reading an orderFromFile date that does
// not imply its order in the file's order (dayFirst or monthFirst).
func (d dateCell) read(file dateOrder) (string, error) {
	o := d.own()
	if o == orderFromFile {
		o = file
	}
	m, day := d.p1, d.p2
	if o == dayFirst {
		m, day = d.p2, d.p1
	}
	if m < 1 || m > 12 || day < 1 || day > daysIn(time.Month(m), d.y) {
		return "", errors.New(l10n.F("date %q does not exist", d.text))
	}
	b := [10]byte{'0' + byte(d.y/1000), '0' + byte(d.y/100%10), '0' + byte(d.y/10%10), '0' + byte(d.y%10), '-',
		'0' + byte(m/10), '0' + byte(m%10), '-', '0' + byte(day/10), '0' + byte(day%10)}
	if string(b[:]) == d.text {
		return d.text, nil // already canonical, as nearly every date is: no copy
	}
	return string(b[:]), nil
}

// daysIn returns the number of days of month m in year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// spelled writes an ISO date for people in any locale: "3 April 2026".
func spelled(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return l10n.LongDate(t)
}

// parseDate reads a date cell on its own, as Import reads it in a file
// with no other dates: 03/04/2026 is then day/month. Export checks with it
// that a stored date is read back unchanged, which only YYYY-MM-DD is.
func parseDate(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	d, err := scanDate(s)
	if err != nil {
		return "", err
	}
	return d.read(dayFirst)
}

func dateFormatError(s string) error {
	return errors.New(l10n.F("date %q is not a date such as 2026-03-01, 01/03/2026, 3/1/2026 or 01.03.2026", s))
}

// dateRef is a date cell of the file, with where it is.
type dateRef struct {
	r   *row
	col int
	d   dateCell
}

func (ref dateRef) line() int { return ref.r.lineOf(ref.col) }

// stamp is the calendar date of a meta created or updated timestamp.
type stamp struct{ what, date string }

// dateColumn returns the column of r that holds a date, or -1.
func dateColumn(r *row) int {
	switch r.str(colSection) {
	case SectionProfile:
		if r.str(colItemID) == "date" {
			return colValue
		}
	case SectionAnswer, SectionHolder, SectionChanged:
		return colTarget
	case SectionConsensus:
		if r.str(colItemID) == sessionDate {
			return colValue
		}
	}
	return -1
}

// resolveDates decides how the file's orderFromFile dates read, before any
// row is read, because the order is a property of the whole file: the
// spreadsheet that saved it wrote every date in the one short-date format
// of its locale. In order:
//
//  1. A date that is real in one order only (13/03/2026, 3/14/2026) proves
//     that order. Proofs of both orders are a conflict, reported at every
//     proving cell; the file is then refused.
//  2. Otherwise the meta created and updated timestamps, which spreadsheets
//     leave alone, may decide: if reading an ambiguous date one way makes
//     it the day its assessment was created or last updated and the other
//     way does not, that way wins, unless another date says the opposite.
//  3. Otherwise day/month, the order of most of the tool's users (Europe).
//
// Whenever ambiguous dates were read by rule 1, 2 or 3 a note says so, and
// another note when two-digit years were read as 20YY.
func (im *importer) resolveDates() {
	var dm, md, amb []dateRef
	shortYear := ""
	stamps := map[string][]stamp{}
	for i := range im.rows {
		r := &im.rows[i]
		id := r.str(colAssessmentID)
		if im.badGroup[id] {
			continue
		}
		if r.str(colSection) == SectionMeta {
			switch item, v := r.str(colItemID), r.str(colValue); item {
			case metaCreated, metaUpdated:
				if _, err := parseTimestamp(v); err == nil && v != "" {
					what := l10n.T("created")
					if item == metaUpdated {
						what = l10n.T("last updated")
					}
					stamps[id] = append(stamps[id], stamp{what, v[:10]})
				}
			}
			continue
		}
		col := dateColumn(r)
		if col < 0 || r.str(col) == "" {
			continue
		}
		d, err := scanDate(r.str(col))
		if err != nil {
			continue // reported when the row is read
		}
		if d.shortYear && shortYear == "" {
			shortYear = d.text
		}
		ref := dateRef{r, col, d}
		switch {
		case d.ambiguous():
			amb = append(amb, ref)
		case d.evidence() == dayFirst:
			dm = append(dm, ref)
		case d.evidence() == monthFirst:
			md = append(md, ref)
		}
	}

	var why string // how the order of the ambiguous dates was chosen
	switch {
	case len(dm) > 0 && len(md) > 0:
		im.dateOrder = orderConflict
		for _, ref := range dm {
			im.at(ref.r, ref.col, mixedOrders(ref, md[0]))
		}
		for _, ref := range md {
			im.at(ref.r, ref.col, mixedOrders(ref, dm[0]))
		}
		return
	case len(dm) > 0:
		im.dateOrder = dayFirst
		why = l10n.F(", the order of %s on line %d", dm[0].d.text, dm[0].line())
	case len(md) > 0:
		im.dateOrder = monthFirst
		why = l10n.F(", the order of %s on line %d", md[0].d.text, md[0].line())
	default:
		im.dateOrder = dayFirst
		why = l10n.T(": the file does not say which order it uses")
		if o, ref, st, ok := orderByStamps(amb, stamps); ok {
			im.dateOrder = o
			why = l10n.F(", the reading that makes %s on line %d the day the assessment was %s", ref.d.text, ref.line(), st.what)
		}
	}
	if len(amb) > 0 {
		ex := amb[0].d
		iso, _ := ex.read(im.dateOrder) // ambiguous dates are real both ways
		im.notes = append(im.notes, l10n.F("Dates like %s were read as %s (%s)%s. Check the dates in the preview.", ex.text, im.dateOrder, spelled(iso), why))
	}
	if shortYear != "" {
		d, _ := scanDate(shortYear)
		im.notes = append(im.notes, l10n.F("Years written with two digits, as in %s, were read as 20YY (%d).", shortYear, d.y))
	}
}

// orderByStamps applies rule 2 of resolveDates: it returns the order in
// which some ambiguous date falls on its assessment's created or updated
// day while none does so only in the other order, with the first such date
// and timestamp.
func orderByStamps(amb []dateRef, stamps map[string][]stamp) (dateOrder, dateRef, stamp, bool) {
	var found [orderConflict]bool
	var first [orderConflict]struct {
		ref dateRef
		st  stamp
	}
	for _, ref := range amb {
		sts := stamps[ref.r.str(colAssessmentID)]
		match := func(o dateOrder) (stamp, bool) {
			iso, err := ref.d.read(o)
			for _, st := range sts {
				if err == nil && st.date == iso {
					return st, true
				}
			}
			return stamp{}, false
		}
		stDM, okDM := match(dayFirst)
		stMD, okMD := match(monthFirst)
		for _, c := range []struct {
			o       dateOrder
			st      stamp
			ok, not bool
		}{{dayFirst, stDM, okDM, okMD}, {monthFirst, stMD, okMD, okDM}} {
			if c.ok && !c.not && !found[c.o] {
				found[c.o] = true
				first[c.o].ref, first[c.o].st = ref, c.st
			}
		}
	}
	switch {
	case found[dayFirst] && !found[monthFirst]:
		return dayFirst, first[dayFirst].ref, first[dayFirst].st, true
	case found[monthFirst] && !found[dayFirst]:
		return monthFirst, first[monthFirst].ref, first[monthFirst].st, true
	}
	return orderFromFile, dateRef{}, stamp{}, false
}

func mixedOrders(ref, other dateRef) string {
	return l10n.F("dates in this file mix day/month and month/day orders: %s can only be %s, but %s on line %d can only be %s; write the dates as YYYY-MM-DD",
		ref.d.text, ref.d.own(), other.d.text, other.line(), other.d.own())
}

// date reads the date in cell col of r, reporting a problem when it cannot.
func (im *importer) date(r *row, col int) (string, bool) {
	s := r.str(col)
	if s == "" {
		return "", true
	}
	d, err := scanDate(s)
	if err != nil {
		im.at(r, col, err.Error())
		return "", false
	}
	if im.dateOrder == orderConflict && (d.ambiguous() || d.evidence() != orderFromFile) {
		// resolveDates reported the proving cells; an ambiguous one cannot
		// be read until the user settles the conflict.
		return "", false
	}
	file := im.dateOrder
	if file == orderConflict {
		file = dayFirst // d does not depend on it: d.own() settles it or d is no date
	}
	v, err := d.read(file)
	if err != nil {
		im.at(r, col, err.Error())
		return "", false
	}
	return v, true
}
