package pack_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
	"github.com/isms-tools/ownership-assessment/assessment/pack/packtest"
)

// The low-maturity single plant of lead-auditor review 27: the matrix
// untouched, no role register, no authority table. The documents must
// say what is missing once, not present counts of zero, "None" or an
// empty table as decisions.

// lowMaturity is sample 3 made a single GMP, safety-critical plant with
// every question answered 0 to 2, an untouched matrix, no register and
// no authority table.
func lowMaturity(t *testing.T) assessment.Assessment {
	t.Helper()
	a := assessment.Sample(3, xlsxGenerated)
	a.Profile.Plants = 1
	a.Profile.Validated = true
	a.Profile.SafetyCritical = true
	a.Profile.OwnershipModel = ""
	for i, q := range assessment.Questions() {
		r := []assessment.Rating{assessment.Rating0, assessment.Rating1, assessment.Rating1, assessment.Rating2}[i%4]
		if q.Excluded(r) {
			r = assessment.Rating1
		}
		a.Answers[q.ID] = assessment.Answer{Rating: r}
	}
	a.Matrix = assessment.Matrix{}
	a.Model = ""
	a.Holders = nil
	a.Authority = nil
	return a
}

// docText builds the Word document id from a and returns its text, a
// line per paragraph or table cell.
func docText(t *testing.T, id string, a assessment.Assessment) string {
	t.Helper()
	f, err := pack.Build(id, pack.Input{A: a, Generated: xlsxGenerated})
	require.NoError(t, err)
	parts, err := packtest.Parts(f.Data)
	require.NoError(t, err)
	text, err := packtest.Text(parts["word/document.xml"])
	require.NoError(t, err)
	return text
}

// section returns the text of body from heading from up to heading to
// ("" for the end).
func section(t *testing.T, body, from, to string) string {
	t.Helper()
	i := strings.Index(body, "\n"+from+"\n")
	require.GreaterOrEqual(t, i, 0, "heading %q", from)
	s := body[i+1:]
	if to != "" {
		j := strings.Index(s, "\n"+to+"\n")
		require.GreaterOrEqual(t, j, 0, "heading %q", to)
		s = s[:j]
	}
	return s
}

const notStarted = "The ownership matrix has not been started (section 9): no role is yet assigned to any Annex A control. The assignments in this section are completed from the matrix once top management has approved it (ISO/IEC 27001:2022 5.3)."

// TestUntouchedMatrix: sections 3, 4, 5 and 10 of the roles document say
// once that the matrix has not been started, the draft notice asks for
// it before issue, and the SoA says "not yet assigned", not "None"
// (review 27, item 2). A matrix with letters keeps its counts.
func TestUntouchedMatrix(t *testing.T) {
	a := lowMaturity(t)
	require.Zero(t, assessment.MatrixStatusOf(a).Decided, "the matrix is untouched")
	fs := assessment.Findings(a)
	require.True(t, hasFinding(fs, assessment.FindingMatrixNotStarted), "the findings say so too")

	started := lowMaturity(t)
	m, err := assessment.Preset(assessment.ModelCentralised, started.Profile)
	require.NoError(t, err)
	started.Matrix = m

	tests := []struct {
		name      string
		a         assessment.Assessment
		untouched bool
	}{
		{"Untouched", a, true},
		{"Started", started, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := docText(t, "roles", tt.a)
			for _, s := range []struct{ from, to string }{
				{"3. Top management and the accountable ISMS owner", "4. IT and OT owners and their scope"},
				{"4. IT and OT owners and their scope", "5. Supporting functions"},
				{"5. Supporting functions", "6. Authorities"},
				{"10. Responsibility matrix (RACI) summary", ""},
			} {
				assert.Equal(t, tt.untouched, strings.Contains(section(t, body, s.from, s.to), notStarted), s.from)
			}
			assert.Equal(t, tt.untouched, strings.Contains(body, "complete the ownership matrix (annex 1) and have top management approve it; this document cannot be issued before it"))
			assert.Equal(t, !tt.untouched, strings.Contains(body, "In the matrix the ISMS owner is accountable in "))
			assert.Equal(t, !tt.untouched, strings.Contains(body, "Who is accountable on the shared rows is set out in the summary in section 10"))
			if tt.untouched {
				for _, never := range []string{
					"accountable in 0 rows",
					"the matrix gives this role no A or R",
					"the matrix names no supporting function",
					"the matrix names none for 5.2 in",
					"Matrix rows (of 93 per domain)",
				} {
					assert.NotContains(t, body, never)
				}
			}
			// An empty count cell in the summary is a dash, never blank.
			if !tt.untouched {
				assert.NotRegexp(t, `\n(Corporate IT|Plant OT|Shared infrastructure)\n\d+\n[^\n]+\n\n`, section(t, body, "10. Responsibility matrix (RACI) summary", ""))
			}

			_, x := buildXLSX(t, "soa", pack.Input{A: tt.a, Generated: xlsxGenerated})
			rows := sheetRows(t, x, "Statement of Applicability")
			for i, c := range assessment.Controls() {
				got := cellAt(rows[xlsxHeadRows+i], 7)
				assert.NotEqual(t, "None", got, c.ID)
				if tt.untouched {
					assert.Equal(t, "Not yet assigned", got, c.ID)
				}
			}
		})
	}
}

// hasFinding reports whether fs holds the finding id.
func hasFinding(fs []assessment.Finding, id string) bool {
	for _, f := range fs {
		if f.ID == id {
			return true
		}
	}
	return false
}

// TestEmptyRegister: with no role register, section 8 is no header-only
// table: it says so and lists the steering group's members, with the ISMS
// owner, the OT lead and the site director always among them, each to
// complete (review 27, item 3).
func TestEmptyRegister(t *testing.T) {
	a := lowMaturity(t)
	body := docText(t, "roles", a)
	s8 := section(t, body, "8. Role holders and deputies", "9. Open gaps")
	assert.Contains(t, s8, "No role register was recorded in the assessment.")
	steering := docText(t, "steering", a)
	for _, r := range []assessment.Role{
		assessment.RoleExecutive, assessment.RoleISMSOwner, assessment.RoleSite, assessment.RoleIT,
		assessment.RoleOT, assessment.RoleOperations, assessment.RoleMaintenance, assessment.RoleQuality,
		assessment.RoleEHS, assessment.RoleLegal, assessment.RoleDPO, assessment.RoleHR, assessment.RoleProcurement,
	} {
		name := assessment.RoleName(a.RoleNames, r)
		require.Contains(t, steering, "\n"+name+"\n[to complete: name]\n", "the terms of reference list %s as a member", name)
		deputy := "[to complete: deputy]"
		if r == assessment.RoleExecutive {
			// Top management may be a body, which has no deputy.
			deputy = "[to complete: deputy, or \u201cnone\u201d where top management acts as a body by resolution]"
		}
		assert.Contains(t, s8, "\n"+name+"\n[to complete: name]\n"+deputy+"\n[to complete: date confirmed]\n", name)
	}

	// With a register, the lead sentence goes, and the three roles every
	// model needs are listed even where the matrix does not use them.
	b := lowMaturity(t)
	b.Holders = map[assessment.Role]assessment.Holder{assessment.RoleIT: {Name: "P. Ricci"}}
	s8 = section(t, docText(t, "roles", b), "8. Role holders and deputies", "9. Open gaps")
	assert.NotContains(t, s8, "No role register was recorded")
	assert.Contains(t, s8, "\nIT lead\nP. Ricci\n")
	for _, r := range []assessment.Role{assessment.RoleISMSOwner, assessment.RoleOT, assessment.RoleSite} {
		assert.Contains(t, s8, "\n"+assessment.RoleName(b.RoleNames, r)+"\n[to complete: name]\n")
	}
	assert.NotContains(t, s8, "\nHR\n", "a role neither used nor held is left out when a register exists")
}

// TestWrittenSchemeNoTable: GOV-05 at 2 or more says a written
// risk-acceptance scheme exists; with no authority table recorded, the
// documents ask to transcribe it, deciding only where it is silent, and
// keep "decide" otherwise (review 27, item 8). Section 6.2's rule binds
// once the table is approved.
func TestWrittenSchemeNoTable(t *testing.T) {
	tests := []struct {
		name       string
		rating     assessment.Rating
		table      bool
		transcribe bool
	}{
		{"Defined", assessment.Rating2, false, true},
		{"Managed", assessment.Rating3, false, true},
		{"Initial", assessment.Rating1, false, false},
		{"Unknown", assessment.RatingUnknown, false, false},
		{"DefinedWithTable", assessment.Rating2, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := lowMaturity(t)
			a.Answers["GOV-05"] = assessment.Answer{Rating: tt.rating}
			if tt.table {
				a.Authority = map[assessment.AuthorityKey]assessment.Authority{
					{Level: assessment.RiskLow, Context: assessment.ContextIT}: {Accept: assessment.RoleIT, MaxMonths: 12},
				}
			}
			header, s62 := authorityDocs(t, a)
			assert.Equal(t, tt.transcribe, strings.Contains(header, "transcribe the organisation's written risk-acceptance scheme into these rows and decide only what it does not cover"), header)
			assert.Equal(t, !tt.transcribe, strings.Contains(header, "To complete: decide each cell marked “[to complete: …]”"), header)
			if tt.transcribe {
				assert.Contains(t, header, "no authority table was recorded in the assessment, so every cell is marked \u201c[to complete: …]\u201d, but GOV-05 was rated "+tt.rating.Label())
			}
			assert.Contains(t, s62, "Once this table is approved, a risk of a level or context it does not name may not be accepted until the table is extended.")
			body := docText(t, "roles", a)
			assert.Equal(t, tt.transcribe, strings.Contains(body, "transcribe the organisation's written risk-acceptance scheme (GOV-05) into the authority table (section 6.2)"))
		})
	}
}

// TestToRWording: the terms of reference say where the authority table
// is before quoting its rule (item 14), count findings without calling
// them all "on ownership" (item 16), and say why the counts are a lower
// bound: open questions, or "unknown" answers (item 20).
func TestToRWording(t *testing.T) {
	a := lowMaturity(t)
	body := docText(t, "steering", a)
	assert.Contains(t, body, "Under the risk-acceptance authority table (roles document, section 6.2; authority matrix): "+assessment.PrecedenceRule)
	assert.NotContains(t, body, "findings on ownership")
	assert.NotContains(t, body, "lower bound", "every question is answered, none unknown")
	// The escalation section follows the boundary and restore findings
	// (item 15).
	fs := assessment.Findings(a)
	require.True(t, hasFinding(fs, assessment.FindingNoIsolationAuthority) || hasFinding(fs, assessment.FindingBoundaryOpen) || hasFinding(fs, assessment.FindingRestoreUnowned))
	assert.Contains(t, body, "Cutting the plant off from corporate IT in an incident depends on who may decide it (Annex A 5.26), on knowing every link or crossing between them")
	assert.NotContains(t, body, "uses the controlled points", "the boundary may have none (BRF-08 rated low) or the plants be isolated")
	assert.Contains(t, body, "the group reviews their status at each meeting.")

	unknown := lowMaturity(t)
	unknown.Answers["INC-01"] = assessment.Answer{Rating: assessment.RatingUnknown}
	assert.Contains(t, docText(t, "steering", unknown), "As 1 question was answered \"unknown\", these counts are a lower bound.")

	open := lowMaturity(t)
	open.Answers["INC-01"] = assessment.Answer{Rating: assessment.RatingUnknown}
	delete(open.Answers, "GOV-02")
	body = docText(t, "steering", open)
	assert.Contains(t, body, "As the questionnaire is not complete, these counts are a lower bound")
	assert.NotContains(t, body, "questions were answered \"unknown\", these counts")
}
