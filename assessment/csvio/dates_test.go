package csvio

import (
	"errors"
	"reflect"
	"testing"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// dateFile is a file of assessment a1: the meta rows schema and name (lines
// 2 and 3), the extra meta rows, the profile date (when not empty), then one
// answer row per target, for the first questions of the bank.
func dateFile(meta []string, date string, targets ...string) string {
	rows := []string{mkRow("a1", "meta", "schema", "", "", "2"), mkRow("a1", "meta", "name", "", "", "N")}
	rows = append(rows, meta...)
	if date != "" {
		rows = append(rows, mkRow("a1", "profile", "date", "", "", date))
	}
	for i, t := range targets {
		rows = append(rows, mkRow("a1", "answer", assessment.Questions()[i].ID, "", "", "", "", "", t))
	}
	return file(rows...)
}

func created(ts string) string { return mkRow("a1", "meta", "created", "", "", ts) }
func updated(ts string) string { return mkRow("a1", "meta", "updated", "", "", ts) }

// TestImportDates covers every date form Import accepts, how the order of
// dates like 03/04/2026 is decided, and the notes that say so.
func TestImportDates(t *testing.T) {
	for _, tc := range []struct {
		name        string
		meta        []string
		date        string
		targets     []string
		wantDate    string
		wantTargets []string
		notes       []string
	}{
		{name: "ISO", date: "2026-03-01", wantDate: "2026-03-01"},
		{name: "ISO with midnight",
			date: "2026-03-01 00:00:00", targets: []string{"2026-04-30T00:00:00", "2026-05-01 00:00", "2026-05-02 0:00"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-04-30", "2026-05-01", "2026-05-02"}},
		{name: "year first with slashes, dots, short parts",
			date: "2026/03/01", targets: []string{"2026.03.02", "2026/3/3", "2026-3-4", "2026/12/31 00:00"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-03-02", "2026-03-03", "2026-03-04", "2026-12-31"}},
		{name: "dots are day first",
			date: "01.03.2026", targets: []string{"1.4.2026", "13.4.2026 00:00", "04.05.2026"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-04-01", "2026-04-13", "2026-05-04"}},
		{name: "dots with a two-digit year",
			date: "01.03.26", wantDate: "2026-03-01",
			notes: []string{"Years written with two digits, as in 01.03.26, were read as 20YY (2026)."}},
		{name: "leap days", date: "29.02.2028", targets: []string{"2028/2/29", "29/02/2028"},
			wantDate: "2028-02-29", wantTargets: []string{"2028-02-29", "2028-02-29"}},
		{name: "slash date real as day/month only", date: "13/03/2026", wantDate: "2026-03-13"},
		{name: "slash date real as month/day only", date: "3/14/2026", wantDate: "2026-03-14"},
		{name: "same date both ways", date: "03/03/2026", targets: []string{"12/12/2026"},
			wantDate: "2026-03-03", wantTargets: []string{"2026-12-12"}},
		{name: "day/month shown by another date",
			date: "01/03/2026", targets: []string{"13/04/2026"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-04-13"},
			notes: []string{"Dates like 01/03/2026 were read as day/month (1 March 2026), the order of 13/04/2026 on line 5. Check the dates in the preview."}},
		{name: "month/day shown by another date (US)",
			date: "3/1/2026", targets: []string{"12/31/2026", "4/2/2026 0:00"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-12-31", "2026-04-02"},
			notes: []string{"Dates like 3/1/2026 were read as month/day (1 March 2026), the order of 12/31/2026 on line 5. Check the dates in the preview."}},
		{name: "midnight times after US dates",
			date: "3/1/2026 0:00", targets: []string{"3/13/2026 12:00:00 AM", "3/2/2026 12:00 am"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-03-13", "2026-03-02"},
			notes: []string{"Dates like 3/1/2026 were read as month/day (1 March 2026), the order of 3/13/2026 on line 5. Check the dates in the preview."}},
		{name: "midnight time after a UK date",
			date: "01/03/2026 00:00", targets: []string{"30/04/2026 00:00:00"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-04-30"},
			notes: []string{"Dates like 01/03/2026 were read as day/month (1 March 2026), the order of 30/04/2026 on line 5. Check the dates in the preview."}},
		{name: "dashes (Dutch)",
			date: "1-3-2026", targets: []string{"13-3-2026"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-03-13"},
			notes: []string{"Dates like 1-3-2026 were read as day/month (1 March 2026), the order of 13-3-2026 on line 5. Check the dates in the preview."}},
		{name: "ambiguous only: day/month by default",
			date: "03/04/2026", wantDate: "2026-04-03",
			notes: []string{"Dates like 03/04/2026 were read as day/month (3 April 2026): the file does not say which order it uses. Check the dates in the preview."}},
		{name: "two-digit year, ambiguous",
			date: "03/04/26", wantDate: "2026-04-03",
			notes: []string{
				"Dates like 03/04/26 were read as day/month (3 April 2026): the file does not say which order it uses. Check the dates in the preview.",
				"Years written with two digits, as in 03/04/26, were read as 20YY (2026).",
			}},
		{name: "created decides",
			meta: []string{created("2026-03-01T09:30:00Z")}, date: "3/1/2026", wantDate: "2026-03-01",
			notes: []string{"Dates like 3/1/2026 were read as month/day (1 March 2026), the reading that makes 3/1/2026 on line 5 the day the assessment was created. Check the dates in the preview."}},
		{name: "updated decides, for the targets too",
			meta: []string{created("2025-11-20T08:00:00Z"), updated("2026-03-01T16:45:10+01:00")},
			date: "01/03/2026", targets: []string{"02/04/2026"},
			wantDate: "2026-03-01", wantTargets: []string{"2026-04-02"},
			notes: []string{"Dates like 01/03/2026 were read as day/month (1 March 2026), the reading that makes 01/03/2026 on line 6 the day the assessment was last updated. Check the dates in the preview."}},
		{name: "timestamps match both readings: default",
			meta: []string{created("2026-03-01T09:30:00Z"), updated("2026-01-03T10:00:00Z")}, date: "03/01/2026", wantDate: "2026-01-03",
			notes: []string{"Dates like 03/01/2026 were read as day/month (3 January 2026): the file does not say which order it uses. Check the dates in the preview."}},
		{name: "timestamps point both ways: default",
			meta: []string{created("2026-03-01T09:30:00Z")}, date: "3/1/2026", targets: []string{"1/3/2026"},
			wantDate: "2026-01-03", wantTargets: []string{"2026-03-01"},
			notes: []string{"Dates like 3/1/2026 were read as day/month (3 January 2026): the file does not say which order it uses. Check the dates in the preview."}},
		{name: "a date real in one order beats the timestamps",
			meta: []string{created("2026-03-01T09:30:00Z")}, date: "3/1/2026", targets: []string{"13/01/2026"},
			wantDate: "2026-01-03", wantTargets: []string{"2026-01-13"},
			notes: []string{"Dates like 3/1/2026 were read as day/month (3 January 2026), the order of 13/01/2026 on line 6. Check the dates in the preview."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, rep, err := ImportWithReport([]byte(dateFile(tc.meta, tc.date, tc.targets...)))
			if err != nil {
				t.Fatalf("ImportWithReport: %v", err)
			}
			if len(as) != 1 {
				t.Fatalf("got %d assessments", len(as))
			}
			a := as[0]
			if a.Profile.Date != tc.wantDate {
				t.Errorf("profile date = %q, want %q", a.Profile.Date, tc.wantDate)
			}
			for i, want := range tc.wantTargets {
				id := assessment.Questions()[i].ID
				if got := a.Answers[id].Target; got != want {
					t.Errorf("target of %s = %q, want %q", id, got, want)
				}
			}
			if !reflect.DeepEqual(rep.Notes, tc.notes) {
				t.Errorf("notes:\n%q\nwant\n%q", rep.Notes, tc.notes)
			}
		})
	}
}

// TestImportDatesWholeFile checks that the order is decided over the whole
// file, across assessments, while a timestamp only speaks for the dates of
// its own assessment.
func TestImportDatesWholeFile(t *testing.T) {
	meta := func(id string) []string {
		return []string{mkRow(id, "meta", "schema", "", "", "2"), mkRow(id, "meta", "name", "", "", id)}
	}
	// a1's ambiguous date comes first; b2's later date shows the order.
	rows := append(meta("a1"), mkRow("a1", "profile", "date", "", "", "3/1/2026"))
	rows = append(rows, meta("b2")...)
	rows = append(rows, mkRow("b2", "answer", q0, "", "", "", "", "", "3/14/2026"))
	as, rep, err := ImportWithReport([]byte(file(rows...)))
	if err != nil {
		t.Fatal(err)
	}
	if as[0].Profile.Date != "2026-03-01" || as[1].Answers[q0].Target != "2026-03-14" {
		t.Errorf("dates = %q, %q", as[0].Profile.Date, as[1].Answers[q0].Target)
	}
	want := []string{"Dates like 3/1/2026 were read as month/day (1 March 2026), the order of 3/14/2026 on line 7. Check the dates in the preview."}
	if !reflect.DeepEqual(rep.Notes, want) {
		t.Errorf("notes = %q\nwant %q", rep.Notes, want)
	}

	// a1 was created on 1 March, but the ambiguous date is b2's: a1's
	// timestamp says nothing about it.
	rows = append(meta("a1"), created("2026-03-01T09:30:00Z"))
	rows = append(rows, meta("b2")...)
	rows = append(rows, mkRow("b2", "profile", "date", "", "", "3/1/2026"))
	as, rep, err = ImportWithReport([]byte(file(rows...)))
	if err != nil {
		t.Fatal(err)
	}
	if as[1].Profile.Date != "2026-01-03" {
		t.Errorf("b2's date = %q, want the day/month default 2026-01-03", as[1].Profile.Date)
	}
	want = []string{"Dates like 3/1/2026 were read as day/month (3 January 2026): the file does not say which order it uses. Check the dates in the preview."}
	if !reflect.DeepEqual(rep.Notes, want) {
		t.Errorf("notes = %q\nwant %q", rep.Notes, want)
	}
}

// TestImportWithReportError checks the report is empty when the file is
// refused, and that Import gives the same result without it.
func TestImportWithReportError(t *testing.T) {
	data := []byte(dateFile(nil, "03/04/2026", "13/04/2026", "4/13/2026"))
	as, rep, err := ImportWithReport(data)
	var ie *ImportError
	if !errors.As(err, &ie) || as != nil || rep.Notes != nil {
		t.Fatalf("ImportWithReport = %v, %+v, %v", as, rep, err)
	}
	as2, err2 := Import(data)
	if as2 != nil || err2 == nil || err2.Error() != err.Error() {
		t.Errorf("Import = %v, %v; want the same error", as2, err2)
	}
	data = []byte(dateFile(nil, "03/04/2026"))
	as, _, err = ImportWithReport(data)
	as2, err2 = Import(data)
	if err != nil || err2 != nil || !reflect.DeepEqual(as, as2) {
		t.Errorf("Import and ImportWithReport differ: %v, %v", err, err2)
	}
}

// TestParseDateIsExportsCheck pins what Export's round-trip check relies
// on: only YYYY-MM-DD reads back as itself.
func TestParseDateIsExportsCheck(t *testing.T) {
	for _, s := range []string{"", "2026-03-01", "2024-02-29"} {
		if err := roundTrips(s, parseDate); err != nil {
			t.Errorf("roundTrips(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"2026/03/01", "01.03.2026", "01/03/2026", "2026-3-1", "2026-03-01 00:00"} {
		if err := roundTrips(s, parseDate); err == nil {
			t.Errorf("roundTrips(%q) succeeded; Export would write a date Import changes", s)
		}
	}
}
