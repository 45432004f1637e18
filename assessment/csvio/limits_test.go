package csvio

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// fullBackup is n full assessments (sample, under other IDs), as an
// "Export all" of a well-used browser holds them.
func fullBackup(n int) []assessment.Assessment {
	as := make([]assessment.Assessment, n)
	for i := range as {
		a := clone(sample())
		a.ID = fmt.Sprintf("full-%03d", i)
		as[i] = a
	}
	return as
}

// noteHeavy is n assessments whose every answer holds a note of
// MaxTextLen CJK characters: three bytes each in the file.
func noteHeavy(n int) []assessment.Assessment {
	note := strings.Repeat("工場の制御", assessment.MaxTextLen/5)
	as := make([]assessment.Assessment, n)
	for i := range as {
		a := assessment.New(fmt.Sprintf("notes-%d", i), time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC))
		a.Name = fmt.Sprintf("Notes %d", i)
		for _, q := range assessment.Questions() {
			a.Answers[q.ID] = assessment.Answer{Note: note}
		}
		as[i] = a
	}
	return as
}

// TestBackupsRestore checks the promise of the limits: what "Export all"
// writes, Import reads back unchanged.
func TestBackupsRestore(t *testing.T) {
	tests := []struct {
		name      string
		as        []assessment.Assessment
		minBytes  int // the backup is at least this large, as in the field
		wantParts int
	}{
		{"SixtyFullAssessments", fullBackup(60), 2 << 20, 1},
		{"NoteHeavySixMegabytes", noteHeavy(13), 6 << 20, 1},
		{"MoreThanOneFileHolds", fullBackup(MaxFileAssessments + 1), 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := ExportParts(tt.as...)
			require.NoError(t, err)
			require.Len(t, parts, tt.wantParts)
			var got []assessment.Assessment
			total := 0
			for _, p := range parts {
				total += len(p)
				assert.LessOrEqual(t, len(p), MaxBytes)
				as, err := Import(p)
				require.NoError(t, err)
				assert.LessOrEqual(t, len(as), MaxFileAssessments)
				got = append(got, as...)
			}
			assert.GreaterOrEqual(t, total, tt.minBytes)
			sameAssessments(t, got, tt.as)
		})
	}
}

// TestExportPartsBySize splits a backup by bytes when its assessments are
// few but large.
func TestExportPartsBySize(t *testing.T) {
	// 40 note-heavy assessments take well over MaxBytes (their size grows
	// with the question bank), yet far fewer than MaxFileAssessments.
	as := noteHeavy(40)
	require.Less(t, len(as), MaxFileAssessments)
	parts, err := ExportParts(as...)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(parts), 2, "a backup over MaxBytes is split")
	n := 0
	for _, p := range parts {
		assert.LessOrEqual(t, len(p), MaxBytes)
		assert.True(t, bytes.HasPrefix(p, []byte("\ufeff"+strings.Join(Header, ","))), "each part has its header")
		got, err := Import(p)
		require.NoError(t, err)
		n += len(got)
	}
	assert.Equal(t, len(as), n)
}

// TestProblemPositions checks where a problem is said to be: where it
// starts, and the spreadsheet row where that is not the file's line.
func TestProblemPositions(t *testing.T) {
	multiline := mkRow("a1", "answer", q1, "", "", "", "", "", "", "\"one\r\ntwo\r\nthree\"")
	tests := []struct {
		name  string
		input string
		want  string
	}{
		// The quote opened on line 5 is never closed where it should be;
		// reading meets the next quote on line 6. The problem is the cell
		// on line 5.
		{"UnbalancedQuoteAtItsStart", withMeta(
			mkRow("a1", "answer", q0, "", "", "", "", "", "", "fine"),
			mkRow("a1", "answer", q1, "", "", "", "", "", "", "\"broken note"),
			mkRow("a1", "answer", q2, "", "", "\"1\""),
		), `line 5, column 10 (note): the quoted cell that starts here runs to line 6 and has text after its closing quote there: a quote is missing at its end, or a " inside it is not doubled`},
		{"UnbalancedQuoteOnOneLine", withMeta(
			mkRow("a1", "answer", q0, "", "", "", "", "", "", "\"say \"hi\"\""),
		), `line 4, column 10 (note): unexpected text after the closing quote of a quoted cell (a " inside a quoted cell must be doubled)`},
		{"QuoteNeverClosed", withMeta(
			multiline,
			mkRow("a1", "answer", q2, "", "", "", "", "", "", "\"open"),
		), `line 7 (spreadsheet row 5), column 10 (note): quoted cell is never closed (a " is missing)`},
		{"RowAfterMultilineNote", withMeta(
			multiline,
			mkRow("a1", "answer", q2, "", "", "9"),
		), `line 7 (spreadsheet row 5), column 6 (value): rating "9" is not one of 0, 1, 2, 3, 4, na, unknown`},
		{"SameLineAndRowSaidOnce", withMeta(
			mkRow("a1", "answer", q2, "", "", "9"),
		), `line 4, column 6 (value): rating "9" is not one of 0, 1, 2, 3, 4, na, unknown`},
		{"BlankLinesAreRowsToo", withMeta(
			"", multiline, "",
			mkRow("a1", "answer", q2, "", "", "9"),
		), `line 9 (spreadsheet row 7), column 6 (value): rating "9" is not one of 0, 1, 2, 3, 4, na, unknown`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Import([]byte(tt.input))
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestPartName(t *testing.T) {
	tests := []struct {
		name  string
		whole string
		i, n  int
		ok    bool
	}{
		{"ownership-backup-2026-03-14-part-2-of-3.csv", "ownership-backup-2026-03-14.csv", 2, 3, true},
		{"ownership-backup-2026-03-14-part-1-of-2 (1).csv", "ownership-backup-2026-03-14.csv", 1, 2, true},
		{"ownership-backup-2026-03-14-part-3-of-2.csv", "", 0, 0, false},
		{"ownership-backup-2026-03-14-part-1-of-1.csv", "", 0, 0, false},
		{"ownership-backup-2026-03-14-part-01-of-2.csv", "", 0, 0, false},
		{"ownership-backup-2026-03-14.csv", "", 0, 0, false},
		{"part-1-of-2.csv", "", 0, 0, false},
		{"ownership-backup-part-1-of-2.xlsx", "", 0, 0, false},
	}
	for _, tt := range tests {
		whole, i, n, ok := ParsePartName(tt.name)
		assert.Equal(t, tt.ok, ok, tt.name)
		assert.Equal(t, tt.whole, whole, tt.name)
		assert.Equal(t, tt.i, i, tt.name)
		assert.Equal(t, tt.n, n, tt.name)
		if ok && !strings.Contains(tt.name, " (") {
			assert.Equal(t, tt.name, PartName(whole, i, n), "PartName writes what ParsePartName reads")
		}
	}
}
