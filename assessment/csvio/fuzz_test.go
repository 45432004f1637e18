package csvio

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// FuzzImport checks, for any input:
//   - Import never panics, and refuses with a non-empty *ImportError;
//   - every accepted record passes assessment.Validate;
//   - every accepted file exports, the export has no cell starting with a
//     formula character, and importing the export gives the same records
//     (and exporting those the same bytes).
//
// Run it with: go test -fuzz=FuzzImport ./assessment/csvio/
func FuzzImport(f *testing.F) {
	f.Add(readFixture(f, goldenName))
	for _, fx := range fixtures {
		f.Add(readFixture(f, fx.name))
	}
	for _, s := range []string{
		withMeta(),
		withMeta(mkRow("a1", "answer", q0, "", "", "3", "", "it", "2026-01-01", `"'=1,""x""`)),
		withMeta(raciRow(c0, "ot", "A", "r", "", "", "", "", "", "", "", "i")),
		withMeta(mkRow("a1", "profile", "plants", "", "", "12"), mkRow("a1", "profile", "date", "", "", "2026-03-01 00:00")),
		withMeta(mkRow("a1", "profile", "plants", "", "", "4.0"), mkRow("a1", "profile", "date", "", "", "03/04/26")),
		withMeta(mkRow("a1", "meta", "created", "", "", "2026-03-01T09:30:00Z"), mkRow("a1", "profile", "date", "", "", "3/1/2026 0:00"),
			mkRow("a1", "answer", q0, "", "", "", "", "", "1.3.2026")),
		withMeta(mkRow("a1", "profile", "date", "", "", "13/03/2026"), mkRow("a1", "answer", q0, "", "", "", "", "", "3/14/2026")),
		"assessment_id;section;item_id;domain;label;value;value_label;owner;target;note;executive;isms-owner;it;ot;quality;ehs;legal;hr;procurement;operations\r" +
			"x;meta;schema;;;2;;;;;;;;;;;;;;\rx;meta;name;;;\"\r\n\";;;;;;;;;;;;;;",
		"",
		"\ufeff",
		"a,b\n\"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := Import(data)
		if err != nil {
			var ie *ImportError
			if !errors.As(err, &ie) || len(ie.Problems) == 0 {
				t.Fatalf("error %v (%T) is not an *ImportError with problems", err, err)
			}
			if as != nil {
				t.Fatal("assessments returned along with an error")
			}
			return
		}
		if len(as) == 0 {
			t.Fatal("Import accepted a file with no assessments")
		}
		for _, a := range as {
			if err := assessment.Validate(a); err != nil {
				t.Fatalf("accepted record %q fails Validate: %v", a.ID, err)
			}
		}
		var buf bytes.Buffer
		if err := Export(&buf, as...); err != nil {
			t.Fatalf("accepted records do not export: %v", err)
		}
		out := buf.Bytes()
		checkNoFormulaCells(t, out)
		again, err := Import(out)
		if err != nil {
			t.Fatalf("export of accepted records does not import: %v", err)
		}
		if !reflect.DeepEqual(again, as) {
			for i := range as {
				if d := describeDiff(again[i], as[i]); d != "" {
					t.Fatalf("export→import changed record %q:\n%s", as[i].ID, d)
				}
			}
			t.Fatal("export→import changed the records")
		}
		buf.Reset()
		if err := Export(&buf, again...); err != nil || !bytes.Equal(buf.Bytes(), out) {
			t.Fatalf("second export differs (err %v)", err)
		}
	})
}

// checkNoFormulaCells fails t if any cell of an exported file starts with a
// formula character.
func checkNoFormulaCells(t *testing.T, data []byte) {
	t.Helper()
	sc := scanner{s: string(bytes.TrimPrefix(data, []byte("\ufeff"))), line: 1, comma: ','}
	for {
		var probs []scanProblem
		rec, ok := sc.next(&probs)
		if len(probs) > 0 {
			t.Fatalf("export is not valid CSV: %v", probs[0].p)
		}
		if !ok {
			return
		}
		for i, c := range rec.cells {
			if c.s != "" && isFormulaStart(c.s[0]) && !isWholeNumber(c.s) {
				t.Fatalf("line %d, column %d of the export starts with a formula character: %q", c.line, i+1, c.s)
			}
		}
	}
}

// FuzzTextRoundTrip checks that any text the record can hold (valid UTF-8,
// no NUL, within Validate's limits) survives export and import unchanged in
// every free-text field, whatever quotes, delimiters, line breaks, formula
// characters or apostrophes it holds.
//
// Run it with: go test -fuzz=FuzzTextRoundTrip ./assessment/csvio/
func FuzzTextRoundTrip(f *testing.F) {
	for _, s := range trickyTexts {
		f.Add(s)
	}
	q := assessment.Questions()[0].ID
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 || utf8.RuneCountInString(s) > assessment.MaxNameLen {
			t.Skip("text a record cannot hold")
		}
		a := assessment.New("fuzz", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		a.Name, a.Profile.Site, a.Profile.Respondent = s, s, s
		a.Answers[q] = assessment.Answer{Note: s, Rating: assessment.Rating1}
		var buf bytes.Buffer
		if err := Export(&buf, a); err != nil {
			t.Fatalf("Export: %v", err)
		}
		checkNoFormulaCells(t, buf.Bytes())
		got, err := Import(buf.Bytes())
		if err != nil {
			t.Fatalf("Import: %v", err)
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0], a) {
			t.Fatalf("text %q did not survive:\n%s", s, describeDiff(got[0], a))
		}
	})
}
