//go:build !wasm

package app

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// TestMatrixGridHasAColumnPerRole: the matrix rows are CSS grids with one
// column per RACI role. A role added to the domain without its column
// would wrap every row's cells onto a second line.
func TestMatrixGridHasAColumnPerRole(t *testing.T) {
	css, err := os.ReadFile("../static/css/30-matrix.css")
	require.NoError(t, err)
	rows := regexp.MustCompile(`\.mx-table tr \{[^}]*grid-template-columns:[^;]*repeat\((\d+),`).FindAllSubmatch(css, -1)
	require.NotEmpty(t, rows, "no grid template for the matrix rows")
	for _, m := range rows {
		n, err := strconv.Atoi(string(m[1]))
		require.NoError(t, err)
		assert.Equal(t, len(assessment.RACIRoles), n, "role columns in %s", m[0])
	}
}

// TestMatrixLegendExplainsEveryCheck: the legend names and explains every
// check the domain runs, so a new check cannot appear in the rows
// unexplained.
func TestMatrixLegendExplainsEveryCheck(t *testing.T) {
	ts, _ := newMatrix(t)
	legend := htmlText(htmlClass(t, ts.html(), "mx-legend"))
	for _, k := range assessment.ProblemKinds {
		assert.Contains(t, legend, k.Title())
		assert.Contains(t, legend, k.Explanation())
	}
}
