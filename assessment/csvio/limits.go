package csvio

import (
	"bytes"
	"errors"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The limits of one file are derived from what Export writes for what the
// browser can store, so that a backup made with "Export all" can always be
// read back: a limit that a backup exceeds would be found on the day the
// backup is needed. ExportParts keeps every file it writes within them.

// StorageQuota is the browser's storage for local files, in UTF-16 code
// units: Chromium grants 10 MiB per origin and counts two bytes per code
// unit, and every local file shares that one bucket. No stored assessment,
// and no backup of them, holds more text than this.
const StorageQuota = 5 << 20

// MaxFileAssessments is how many assessments one backup file holds at
// most; ExportParts writes a larger backup as several files. A full
// assessment is stored in about 18,000 code units, so a full storage holds
// about 290 of them; only nearly empty assessments can be more.
const MaxFileAssessments = 300

// MaxBytes is the largest file Import reads; larger data is refused before
// parsing, so that a hostile file cannot exhaust the browser's memory. One
// assessment always fits: its text takes at most StorageQuota code units,
// each of which Export writes in at most three bytes of UTF-8 (a character
// outside the BMP takes two units and four bytes; a quote, escaped in
// storage too, two and two), and its rows' identifiers, labels and
// delimiters take well under 1 MiB.
const MaxBytes = 3*StorageQuota + 1<<20

// maxRows is the largest number of non-empty data rows Import accepts:
// the rows Export writes for MaxFileAssessments assessments. It is a
// function, not a variable, so that nothing is computed at start-up.
func maxRows() int { return MaxFileAssessments * rowsPerAssessment() }

// RowsPerAssessment is the number of rows Export writes for one
// assessment, whatever it holds.
func RowsPerAssessment() int { return rowsPerAssessment() }

// ExportParts writes the assessments, in order, as Export does, in as few
// files as keep each within the limits Import reads: at most
// MaxFileAssessments assessments and MaxBytes bytes. Nearly every backup is
// one file; Import reads each part, and the parts together hold every
// assessment once.
func ExportParts(as ...assessment.Assessment) ([][]byte, error) {
	var buf bytes.Buffer
	if len(as) <= MaxFileAssessments {
		if err := Export(&buf, as...); err != nil {
			return nil, err
		}
		if buf.Len() <= MaxBytes {
			return [][]byte{buf.Bytes()}, nil
		}
	}
	// Too large for one file: measure each assessment alone, then fill
	// files in order. The header and byte order mark are counted in each
	// measure, so a part is never underestimated.
	var parts [][]byte
	start, size := 0, 0
	flush := func(end int) error {
		var b bytes.Buffer
		if err := Export(&b, as[start:end]...); err != nil {
			return err
		}
		if b.Len() > MaxBytes {
			return errors.New(l10n.F("csv export: assessment %q takes %d bytes, more than the %d a file may hold", as[start].ID, b.Len(), MaxBytes))
		}
		parts = append(parts, b.Bytes())
		start, size = end, 0
		return nil
	}
	for i, a := range as {
		buf.Reset()
		if err := Export(&buf, a); err != nil {
			return nil, err
		}
		if i > start && (i-start == MaxFileAssessments || size+buf.Len() > MaxBytes) {
			if err := flush(i); err != nil {
				return nil, err
			}
		}
		size += buf.Len()
	}
	if err := flush(len(as)); err != nil {
		return nil, err
	}
	return parts, nil
}
