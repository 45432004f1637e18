package csvio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

const registerGoldenName = "register-export.golden.csv"

// withRegister is the sample with a role register whose names are
// formula-shaped, quoted and accented, and an edited authority preset.
func withRegister() assessment.Assessment {
	a := sample()
	a.Holders = map[assessment.Role]assessment.Holder{
		assessment.RoleExecutive: {Name: "Dr. Jürgen Weiß", Deputy: `Anna "Nan" O'Neil`, Confirmed: "2026-02-10"},
		assessment.RoleISMSOwner: {Name: "=Zofia Kowalczyk", Deputy: "-Pierre Dupont", Confirmed: "2025-01-31"},
		assessment.RoleOT:        {Name: "Quellmann, Hansdieter", Confirmed: "2026-01-05"},
		assessment.RoleQuality:   {Deputy: "+Ingrid Vorbergstedt"},
	}
	a.Authority = assessment.AuthorityPreset(assessment.ModelFederated, a.Profile)
	k := assessment.AuthorityKey{Level: assessment.RiskLow, Context: assessment.ContextIT}
	a.Authority[k] = assessment.Authority{Accept: assessment.RoleIT}
	delete(a.Authority, assessment.AuthorityKey{Level: assessment.RiskMedium, Context: assessment.ContextIT})
	return a
}

func TestRegisterExportGolden(t *testing.T) {
	golden(t, registerGoldenName, export(t, withRegister()))
}

func TestRegisterRoundTrip(t *testing.T) {
	a := withRegister()
	data := export(t, a)
	got := mustImport(t, data)
	sameAssessments(t, got, []assessment.Assessment{a})
	assert.Equal(t, data, export(t, got...), "import then export gives the same bytes")
	for _, d := range []dialect{excelSemicolon, libreOffice, excelDE} {
		sameAssessments(t, mustImport(t, resave(t, data, d)), []assessment.Assessment{a})
	}
	_, rep, err := ImportWithReport(data)
	require.NoError(t, err)
	assert.Equal(t, SealUnchanged, rep.Integrity[a.ID].Seal)
}

// The seal covers both sections: an edit to either shows.
func TestRegisterSeal(t *testing.T) {
	data := export(t, withRegister())
	for _, tt := range []struct {
		name, sec, item string
		col             int
		v               string
	}{
		{"HolderName", SectionHolder, "it", colValue, "New Person"},
		{"Deputy", SectionHolder, "executive", colNote, "Other Deputy"},
		{"Confirmed", SectionHolder, "ot", colTarget, "2026-01-06"},
		{"Months", SectionAuthority, "high/ot", colValue, "5"},
		{"Escalation", SectionAuthority, "low/it", colOwner, "isms-owner"},
		{"Consult", SectionAuthority, "low/it", colFirstRole + roleColumn(assessment.RoleQuality), "C"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			edited := replaceCell(t, data, tt.sec, tt.item, tt.col, tt.v)
			_, rep, err := ImportWithReport(edited)
			require.NoError(t, err)
			assert.Equal(t, SealEdited, rep.Integrity[withRegister().ID].Seal)
		})
	}
}

// A file of schema 5, without either section, imports with no register;
// one that carries register content is refused, while the empty rows of
// a newer export pasted in are skipped.
func TestRegisterOldFiles(t *testing.T) {
	a := sample()
	data := export(t, a)
	old := bytes.Replace(data, []byte(",meta,schema,,Schema version,9,"), []byte(",meta,schema,,Schema version,5,"), 1)
	require.NotEqual(t, data, old)
	got := mustImport(t, old) // empty holder and authority rows are skipped
	sameAssessments(t, got, []assessment.Assessment{a})

	stripped := editRows(t, old, func(cells []string) bool {
		return cells[colSection] != SectionHolder && cells[colSection] != SectionAuthority
	})
	got = mustImport(t, stripped)
	sameAssessments(t, got, []assessment.Assessment{a})
	assert.Nil(t, got[0].Holders)
	assert.Nil(t, got[0].Authority)

	bad := replaceCell(t, old, SectionHolder, "it", colValue, "Somebody")
	_, err := Import(bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a schema 5 file has no holder rows (they came with schema 6)")
	bad = replaceCell(t, old, SectionAuthority, "low/it", colFirstRole+roleColumn(assessment.RoleIT), "A")
	_, err = Import(bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a schema 5 file has no authority rows (they came with schema 6)")
}

func TestRegisterImportErrors(t *testing.T) {
	base := export(t, withRegister())
	col := func(r assessment.Role) int { return colFirstRole + roleColumn(r) }
	for _, tt := range []struct {
		name, sec, item string
		col             int
		v, err          string
	}{
		{"UnknownRole", SectionHolder, "it", colItemID, "cfo", `unknown matrix role "cfo"`},
		{"ConsultantNotMatrix", SectionHolder, "it", colItemID, "consultant", `unknown matrix role "consultant"`},
		{"BadDate", SectionHolder, "ot", colTarget, "2026-02-30", "(target)"},
		{"FutureIsKept", SectionHolder, "ot", colTarget, "2099-01-01", ""},
		{"LongName", SectionHolder, "it", colValue, strings.Repeat("x", assessment.MaxPersonLen+1), "holder name has 101 characters; at most 100 are allowed"},
		{"DeputyIsHolder", SectionHolder, "ot", colNote, "quellmann, hansdieter", `deputy: "quellmann, hansdieter" is the holder`},
		{"DateWithoutHolder", SectionHolder, "quality", colTarget, "2026-01-01", "a date without a named holder"},
		{"HolderDomain", SectionHolder, "it", colDomain, "ot", "must be empty in a holder row"},
		{"HolderOwner", SectionHolder, "it", colOwner, "it", "must be empty in a holder row"},
		{"HolderLetter", SectionHolder, "it", col(assessment.RoleIT), "A", "must be empty in a holder row"},
		{"UnknownRow", SectionAuthority, "low/it", colItemID, "severe/it", `unknown authority row "severe/it"`},
		{"NoSlash", SectionAuthority, "low/it", colItemID, "low", `unknown authority row "low"`},
		{"TwoAccept", SectionAuthority, "low/it", col(assessment.RoleOT), "A", "a second A: only one role accepts the risk (it already does)"},
		{"LetterR", SectionAuthority, "low/it", col(assessment.RoleOT), "R", `letter "R": an authority row takes A (accepts the risk) or C (consulted first) only`},
		{"BadLetter", SectionAuthority, "low/it", col(assessment.RoleOT), "X", `letter "X" is not one of`},
		{"Months", SectionAuthority, "high/ot", colValue, "61", "longest acceptance in months"},
		{"MonthsText", SectionAuthority, "high/ot", colValue, "six", "longest acceptance in months"},
		{"Escalate", SectionAuthority, "high/ot", colOwner, "consultant", `escalation role "consultant" is not one of`},
		{"EscalateToAcceptor", SectionAuthority, "low/it", colOwner, "it", `escalate: "it" is the role that accepts`},
		{"VendorAccepts", SectionAuthority, "high/ot", col(assessment.RoleIntegrator), "A", "a second A"},
		{"AuthorityTarget", SectionAuthority, "high/ot", colTarget, "2026-01-01", "must be empty in an authority row"},
		{"AuthorityNote", SectionAuthority, "high/ot", colNote, "x", "must be empty in an authority row"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := replaceCell(t, base, tt.sec, tt.item, tt.col, tt.v)
			_, err := Import(data)
			if tt.err == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
	// The vendor as the only acceptor is refused by the domain rules.
	data := replaceCell(t, base, SectionAuthority, "low/it", col(assessment.RoleIT), "")
	data = replaceCell(t, data, SectionAuthority, "low/it", col(assessment.RoleIntegrator), "A")
	_, err := Import(data)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "an integrator or vendor cannot decide on the organisation's risk")
}

// The export without names and notes holds no holder or deputy name:
// each is replaced by a numbered person, so the register's shape stays.
func TestRegisterSanitised(t *testing.T) {
	a := withRegister()
	var buf bytes.Buffer
	require.NoError(t, ExportWith(&buf, ExportOptions{Sanitise: true}, a))
	data := buf.String()
	for _, h := range a.Holders {
		for _, n := range []string{h.Name, h.Deputy} {
			if n == "" {
				continue
			}
			assert.NotContains(t, data, n)
			// Also the name's parts, which a spreadsheet might show alone.
			for _, part := range strings.FieldsFunc(n, func(r rune) bool { return strings.ContainsRune(` ,."'=+-`, r) }) {
				if len(part) > 3 {
					assert.NotContains(t, data, part, "part of %q", n)
				}
			}
		}
	}
	as, rep, err := ImportWithReport(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, SealUnchanged, rep.Integrity[a.ID].Seal)
	assert.Equal(t, assessment.PseudonymiseHolders(a.Holders), as[0].Holders)
	assert.Equal(t, a.Authority, as[0].Authority, "the table holds roles only and is kept")
}

// A schema 6 file written before the shared-infrastructure context had
// twelve authority rows and none for "…/shared": it imports, its rows
// are kept, and the shared rows read as not filled in.
func TestRegisterBeforeSharedContext(t *testing.T) {
	a := withRegister()
	for _, l := range assessment.RiskLevels {
		delete(a.Authority, assessment.AuthorityKey{Level: l, Context: assessment.ContextShared})
	}
	old := editRows(t, export(t, a), func(cells []string) bool {
		return cells[colSection] != SectionAuthority || !strings.HasSuffix(cells[colItemID], "/shared")
	})
	got := mustImport(t, old)
	require.Len(t, got, 1)
	assert.Equal(t, a.Authority, got[0].Authority)
	assert.Len(t, got[0].Authority, len(assessment.RiskLevels)*(len(assessment.RiskContexts)-1)-1)

	_, err := Import(replaceCell(t, export(t, withRegister()), SectionAuthority, "high/shared", colOwner, "integrator"))
	require.Error(t, err, "the shared rows are checked like the others")
}
