package pack

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment/pack/packtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// The names in the Word documents' tests carry a docx prefix: the XLSX
// documents' tests live in the same package.

var docxGenerated = time.Date(2026, 12, 5, 14, 0, 0, 0, time.UTC)

// docxHostile is a holder's name no XML writer should trust: markup
// characters, control characters, an emoji and CJK. docxHostileKept is
// what survives (the control characters cannot be carried by XML 1.0).
const (
	docxHostile     = "<Zoë & \"Ōta\" 'Kenji'>\x01\x0b 🔒 工場長"
	docxHostileKept = "<Zoë & \"Ōta\" 'Kenji'> 🔒 工場長"
)

// docxFixture is the fully answered sample with a role register and an
// authority table set here (the sample's own may differ or be empty).
func docxFixture() Input {
	a := assessment.Sample(0, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	a.Profile.OwnershipModel = assessment.ModelFederated
	a.Profile.NIS2 = assessment.NIS2Important
	a.Holders = map[assessment.Role]assessment.Holder{
		assessment.RoleISMSOwner: {Name: "Marta Keller", Deputy: "Jonas Brandt", Confirmed: "2026-10-01"},
		assessment.RoleOT:        {Name: docxHostile, Deputy: "Ilse Wagner", Confirmed: "2025-06-30"},
		assessment.RoleIT:        {Name: "Paolo Ricci"},
		assessment.RoleQuality:   {Name: "Dr. Anna Novak", Deputy: "Piet de Vries"},
	}
	a.Authority = map[assessment.AuthorityKey]assessment.Authority{
		{Level: assessment.RiskHigh, Context: assessment.ContextOT}: {
			Accept: assessment.RoleSite, Consult: []assessment.Role{assessment.RoleOT, assessment.RoleEHS}, MaxMonths: 6, Escalate: assessment.RoleExecutive},
		{Level: assessment.RiskLow, Context: assessment.ContextIT}: {
			Accept: assessment.RoleIT, MaxMonths: 24, Escalate: assessment.RoleISMSOwner},
	}
	return Input{A: a, Generated: docxGenerated}
}

// docxParts unzips a document into its parts by name, checking each XML
// part is well-formed.
func docxParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	parts, err := packtest.Parts(data)
	require.NoError(t, err)
	return parts
}

// docxText returns the text of a WordprocessingML part: w:t content, a
// line per paragraph (so a table cell is a line).
func docxText(t *testing.T, part string) string {
	t.Helper()
	text, err := packtest.Text(part)
	require.NoError(t, err)
	return text
}

// docxBuild builds kind id from in and returns the file and the text of
// its body.
func docxBuild(t *testing.T, id string, in Input) (File, string) {
	t.Helper()
	f, err := Build(id, in)
	require.NoError(t, err)
	parts := docxParts(t, f.Data)
	require.Contains(t, parts, "word/document.xml")
	return f, docxText(t, parts["word/document.xml"])
}

// docxExpected is what both documents must hold from the fixture.
func docxExpected(in Input) []string {
	a := in.A
	return []string{
		"DRAFT – not yet approved",
		"Generated on 2026-12-05",
		`the assessment "` + a.Name + `" of ` + a.Profile.Date,
		a.Profile.Organisation, a.Profile.Site,
		"Marta Keller", docxHostileKept, "Dr. Anna Novak", "Paolo Ricci",
		"[to complete: name]",
	}
}

func TestBuildRoles(t *testing.T) {
	in := docxFixture()
	f, body := docxBuild(t, "roles", in)
	assert.Equal(t, "ownership-roles-plant-1-2026-12-05.docx", f.Name)
	assert.Equal(t, MIMEDOCX, f.MIME)
	for _, want := range append(docxExpected(in),
		"1. Purpose and scope", "2. Ownership model", "3. Top management and the accountable ISMS owner",
		"4. IT and OT owners and their scope", "5. Supporting functions", "6. Authorities",
		"6.2 Accepting risk", "6.3 Stopping or allowing a change on the plant floor", "7. Steering group",
		"8. Role holders and deputies", "9. Open gaps", "10. Responsibility matrix (RACI) summary",
		"Jonas Brandt", "Ilse Wagner", "2026-10-01", "2025-06-30", "Piet de Vries",
		"[to complete: deputy]", "[to complete: date confirmed]",
		"Federated", "6 months", "24 months", "[to complete: months]",
		"ownership-raci-plant-1-2026-12-05.xlsx", "ownership-steering-plant-1-2026-12-05.docx",
	) {
		assert.Contains(t, body, want)
	}
	// Every finding is listed with its severity and reference.
	require.NotEmpty(t, in.A.Matrix)
	fs := assessment.Findings(in.A)
	require.NotEmpty(t, fs, "the sample raises findings")
	for _, fd := range fs {
		assert.Contains(t, body, fd.Title)
		if len(fd.Refs) > 0 {
			assert.Contains(t, body, assessment.RefsText(fd.Refs))
		}
	}
	// The authority rows set in the fixture, as table rows: level,
	// context, accept, consult, period, escalate.
	n := in.A.RoleNames
	assert.Contains(t, body, "High\nPlant OT\n"+assessment.RoleName(n, assessment.RoleSite)+"\n"+
		assessment.RoleName(n, assessment.RoleOT)+", "+assessment.RoleName(n, assessment.RoleEHS)+"\n6 months\n"+
		assessment.RoleName(n, assessment.RoleExecutive)+"\n")
	// A row set with nobody to consult says so; a row not set leaves the
	// consultation open rather than print a dash that reads as "none".
	assert.Contains(t, body, "Low\nCorporate IT\n"+assessment.RoleName(n, assessment.RoleIT)+"\nnone recorded\n24 months\n")
	assert.Contains(t, body, "Low\nPlant OT\n[to complete: role]\n[to complete: roles to consult, or \"none\"]\n[to complete: months]\n")
	assert.Contains(t, body, "Critical\nSafety- or quality-relevant\n[to complete: role]\n[to complete: roles to consult, at least EHS / process safety and Quality & validation]\n")
	unset := 0
	for _, ar := range assessment.AuthorityRows(in.A) {
		if ar.Authority.IsZero() {
			unset++
		}
	}
	assert.Equal(t, unset, strings.Count(body, "[to complete: roles to consult"), "one placeholder per row not set")
	// The RACI summary: one row per theme and domain.
	for _, th := range []string{"Organizational controls (5.x)", "People controls (6.x)", "Physical controls (7.x)", "Technological controls (8.x)"} {
		assert.Equal(t, 3, strings.Count(body, th+"\n"), th)
	}
}

func TestBuildSteering(t *testing.T) {
	in := docxFixture()
	f, body := docxBuild(t, "steering", in)
	assert.Equal(t, "ownership-steering-plant-1-2026-12-05.docx", f.Name)
	for _, want := range append(docxExpected(in),
		"1. Purpose", "2. Chair", "3. Members", "4. Decisions the group takes", "5. Meeting cadence",
		"6. Inputs to the management review", "7. Escalation of OT incidents", "8. Quorum and records",
		"Proposal, to be confirmed", "NIS2 Art. 23",
	) {
		assert.Contains(t, body, want)
	}
	assert.Contains(t, body, "Chair: "+assessment.RoleName(nil, assessment.RoleISMSOwner)+", Marta Keller\n")
	for _, want := range []string{
		// The quorum counts persons, and plant-floor decisions need the
		// functions the profile makes required.
		"the group is quorate when at least three different persons are present",
		"a person who holds two of these roles counts once",
		"Decisions on plant-floor matters also need the OT / automation lead or the site / plant director of each plant concerned, as well as Quality & validation (validated systems) and EHS / process safety (safety-critical process);",
		// The group submits the matrix; top management approves it.
		"Reviews proposed changes to the RACI matrix and role register and submits them to top management for approval (5.3)",
		// The group reviews acceptances; it accepts no risk itself.
		"Reviews residual risks accepted by risk owners under the authority table and refers any it disputes to top management (6.1.3 f; 9.3)",
		"No decision of the group overrides a process-safety decision of EHS / process safety or a batch-release decision of Quality & validation.",
		// The ToR quotes the rule without its table and says where
		// the table is.
		"Under the risk-acceptance authority table (roles document, section 6.2; authority matrix): " + assessment.PrecedenceRule,
		// Management review: trends, and the outputs.
		"including trends in nonconformities and corrective actions",
		"The outputs of the review",
		"Because the organisation is in scope of NIS2, significant incidents must be notified to the CSIRT or competent authority: early warning within 24 h of becoming aware, notification within 72 h, final report within one month of the notification (NIS2 Art. 23).",
		"These terms of reference cover the site of the assessment, Plant 1. Whether the ISMS scope covers other sites as well: [to complete: the other sites in the ISMS scope",
		"Annex A 5.25: accountable and responsible: OT / automation lead",
	} {
		assert.Contains(t, body, want)
	}
	assert.NotContains(t, body, "confirms acceptances")
	assert.NotContains(t, body, "Approves changes to the RACI")
	// The fixture has several plants: each plant's site director and OT
	// lead speak for their own plant. With one plant the terms speak of
	// the plant.
	require.Greater(t, in.A.Profile.Plants, 1)
	assert.Contains(t, body, "One for each plant: production, its resources and the response to incidents on that plant's floor.")
	single := docxFixture()
	single.A.Profile.Plants = 1
	_, one := docxBuild(t, "steering", single)
	assert.Contains(t, one, "Speaks for the plant: production, its resources")
	assert.Contains(t, one, "Runs the plant's control systems and their security.")
	assert.NotContains(t, one, "of each plant concerned")
	assert.Contains(t, one, "Speaks for production: downtime, shift work")
	// NIS2 Art. 20(1) binds the management body, not Legal.
	assert.Contains(t, body, "Executive sponsor\n[to complete: name]\nRequired\n")
	assert.Regexp(t, `Executive sponsor\n[^\n]*\nRequired\n[^\n]*NIS2 Art\. 20\(1\)`, body)
	assert.Regexp(t, `Legal & compliance\n[^\n]*\nRequired\n[^\n]*NIS2 Art\. 23\)\.\n`, body)
	// Sample 0 is GMP-validated and safety-critical: Quality and EHS are
	// required members; HR is not.
	require.True(t, in.A.Profile.Validated)
	require.True(t, in.A.Profile.SafetyCritical)
	assert.Contains(t, body, "Quality & validation\nDr. Anna Novak\nRequired\n")
	assert.Contains(t, body, "EHS / process safety\n[to complete: name]\nRequired\n")
	assert.Contains(t, body, "HR\n[to complete: name]\nAs needed\n")
}

// TestSteeringChair checks the chair follows the ownership model, as
// models.go describes each, and says what it rests on: the model the
// profile records, the preset the matrix was started from (a proposal),
// or the model section 2 of the roles document indicates (chair left
// open).
func TestSteeringChair(t *testing.T) {
	fixture := docxFixture()
	fixture.A.Profile.OwnershipModel = ""
	fixture.A.Model = ""
	rec := assessment.Recommend(fixture.A)
	require.False(t, rec.IsTie(), "the sample's answers point to one model")
	indicated, _ := assessment.ModelByID(rec.Model)
	tests := []struct {
		name, model, preset string
		want, never         string
	}{
		{"ExecutiveLed", assessment.ModelExecutiveLed, assessment.ModelFederated, "Chair: Executive sponsor, [to complete: name]\n", "a proposal (roles document"},
		{"Centralised", assessment.ModelCentralised, assessment.ModelFederated, "Chair: ISMS owner (CISO / risk), Marta Keller\n", "a proposal (roles document"},
		{"Federated", assessment.ModelFederated, assessment.ModelFederated, "Chair: ISMS owner (CISO / risk), Marta Keller\nIn the federated model", "a proposal (roles document"},
		// Review 27, item 7: a preset is no model in use.
		{"PresetOnly", "", assessment.ModelFederated, "Chair: ISMS owner (CISO / risk), Marta Keller\nThe matrix was started from the Federated model, a proposal (roles document, section 2); on that basis the ISMS owner chairs.", "In the federated model"},
		{"PresetOnlyExecutive", "", assessment.ModelExecutiveLed, "The matrix was started from the Executive-led model, a proposal (roles document, section 2); on that basis the executive sponsor chairs and the ISMS owner acts as secretary.", "Chairs: the model makes"},
		// Review 27, item 19: no model at all, but section 2 indicates one.
		{"Indicated", "", "", "Chair: [to complete: chair] (under the " + indicated.Name + " model this assessment indicates, roles document section 2, the ", "depends on the ownership model"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := docxFixture()
			in.A.Profile.OwnershipModel = tt.model
			in.A.Model = tt.preset
			_, body := docxBuild(t, "steering", in)
			assert.Contains(t, body, tt.want)
			assert.NotContains(t, body, tt.never)
			// One site per document: no plural "site directors".
			assert.NotContains(t, body, "site directors")
			// Top management commits the resources the group sets, so
			// the executive sponsor is required whatever the model.
			assert.Contains(t, body, "Executive sponsor\n[to complete: name]\nRequired\n")
		})
	}
	// The roles document agrees.
	in := docxFixture()
	in.A.Profile.OwnershipModel = ""
	_, roles := docxBuild(t, "roles", in)
	assert.Contains(t, roles, "It is chaired by the ISMS owner (CISO / risk), Marta Keller, as proposed under the Federated model the matrix was started from (section 2).")
	_, roles = docxBuild(t, "roles", fixture)
	assert.Contains(t, roles, "It is chaired by [to complete: chair] (under the "+indicated.Name+" model that section 2 indicates, the ")
}

// TestDocxEmptyAssessment: a new assessment with nothing filled in still
// builds both documents, with placeholders rather than invented facts.
func TestDocxEmptyAssessment(t *testing.T) {
	a := assessment.New("empty", docxGenerated)
	for _, id := range []string{"roles", "steering"} {
		t.Run(id, func(t *testing.T) {
			_, body := docxBuild(t, id, Input{A: a, Generated: docxGenerated})
			assert.Contains(t, body, "[to complete: organisation]")
			assert.Contains(t, body, "[to complete: site]")
			assert.Contains(t, body, "[to complete: name]")
		})
	}
	_, body := docxBuild(t, "roles", Input{A: a, Generated: docxGenerated})
	assert.Contains(t, body, "does not record which ownership model")
	assert.Contains(t, body, "the matrix names none for 5.1")
}

// TestDocxCitations checks every clause, Annex A control and NIS2 article
// the two documents cite against the reference lists.
func TestDocxCitations(t *testing.T) {
	clauses := docxReference(t, "iso27001-2022-clauses.csv")
	annex := docxReference(t, "iso27001-2022-annexA.csv")
	nis2 := docxReference(t, "nis2-articles.csv")
	iso := regexp.MustCompile(`ISO/IEC 27001:2022 (\d+(?:\.\d+)*)`)
	// A list after a first citation: "5.3 … and Annex A 5.2 and 5.3".
	ctl := regexp.MustCompile(`Annex A (\d+\.\d+)(?:(?: to |, | and )(\d+\.\d+))?`)
	art := regexp.MustCompile(`NIS2 Art\. (\d+(?:\(\d+\))?(?:\([a-z]\))?)`)
	// Inside parentheses, each item of a list split at "," and ";" that
	// is a clause number, with or without the standard's name and an
	// item letter and number: "(6.2)", "(9.2, 10.2)", "(6.1.3 f; 9.3)",
	// "(risk acceptance criteria, ISO/IEC 27001:2022 6.1.2 a 1)".
	paren := regexp.MustCompile(`\(([^()]*)\)`)
	bare := regexp.MustCompile(`^(?:ISO/IEC 27001:2022 )?(\d+\.\d+(?:\.\d+)?)(?: [a-z](?: \d)?)?$`)
	annexItem := regexp.MustCompile(`^Annex A (\d+\.\d+)$`)
	for _, id := range []string{"roles", "steering"} {
		t.Run(id, func(t *testing.T) {
			_, body := docxBuild(t, id, docxFixture())
			n := 0
			for _, m := range iso.FindAllStringSubmatch(body, -1) {
				assert.True(t, clauses[m[1]], "ISO/IEC 27001:2022 %s is not a clause of the reference list", m[1])
				n++
			}
			for _, m := range ctl.FindAllStringSubmatch(body, -1) {
				for _, c := range m[1:] {
					if c != "" {
						assert.True(t, annex[c], "Annex A %s is not in the reference list", c)
						n++
					}
				}
			}
			for _, m := range art.FindAllStringSubmatch(body, -1) {
				assert.True(t, nis2[m[1]], "NIS2 Art. %s is not in the reference list", m[1])
			}
			lettered := 0
			for _, m := range paren.FindAllStringSubmatch(body, -1) {
				for _, item := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ';' }) {
					item = strings.TrimSpace(item)
					if c := bare.FindStringSubmatch(item); c != nil {
						assert.True(t, clauses[c[1]], "clause (%s) is not in the reference list", item)
						if c[1] != item {
							lettered++
						}
					}
					if c := annexItem.FindStringSubmatch(item); c != nil {
						assert.True(t, annex[c[1]], "Annex A %s is not in the reference list", c[1])
					}
				}
			}
			assert.Greater(t, n, 3)
			assert.Positive(t, lettered, "the item-letter citations are read")
		})
	}
}

// docxReference reads the first column of a reference list: from
// ../shared/reference next to the module root (in /work/main), else
// /work/shared/reference (from a worktree elsewhere). The lists are never
// copied into the repository.
func docxReference(t *testing.T, name string) map[string]bool {
	t.Helper()
	var data []byte
	var err error
	for _, dir := range []string{filepath.Join("..", "..", "..", "shared", "reference"), "/work/shared/reference"} {
		if data, err = os.ReadFile(filepath.Join(dir, name)); err == nil {
			break
		}
	}
	require.NoError(t, err, "reference list %s not found", name)
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	ids := map[string]bool{}
	for _, r := range rows[1:] {
		ids[strings.TrimSpace(r[0])] = true
	}
	return ids
}

func TestDocxDeterministic(t *testing.T) {
	for _, id := range []string{"roles", "steering"} {
		a, err := Build(id, docxFixture())
		require.NoError(t, err)
		b, err := Build(id, docxFixture())
		require.NoError(t, err)
		assert.Equal(t, a.Data, b.Data, id)
	}
}

// BenchmarkBuildDocx times each Word document on the full sample,
// findings and actions computed once beforehand as the app does.
func BenchmarkBuildDocx(b *testing.B) {
	in := docxFixture()
	in.Findings = assessment.Findings(in.A)
	in.Actions = assessment.Actions(in.A)
	for _, id := range []string{"roles", "steering"} {
		b.Run(id, func(b *testing.B) {
			for b.Loop() {
				if _, err := Build(id, in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestFindingCounts(t *testing.T) {
	f := func(s ...assessment.Severity) []assessment.Finding {
		out := make([]assessment.Finding, len(s))
		for i, v := range s {
			out[i] = assessment.Finding{Severity: v}
		}
		return out
	}
	tests := []struct {
		name string
		in   []assessment.Finding
		want string
	}{
		{"none", nil, "no"},
		{"one severity", f(assessment.SeverityHigh, assessment.SeverityHigh), "2 high"},
		{"two", f(assessment.SeverityMedium, assessment.SeverityCritical), "1 critical and 1 medium"},
		{"three", f(assessment.SeverityCritical, assessment.SeverityHigh, assessment.SeverityMedium, assessment.SeverityMedium), "1 critical, 1 high and 2 medium"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, findingCounts(tt.in))
		})
	}
}

func TestOrTodo(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "[to complete: name]"},
		{"  \t", "[to complete: name]"},
		{"Marta Keller", "Marta Keller"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, orTodo(tt.in, "name"), "%q", tt.in)
	}
}

// docxPrecedence is the rule that picks the context of a risk; both
// documents state it, in the words the roles view and the authority
// workbook use.
var docxPrecedence = "Which context applies: " + assessment.PrecedenceRule

// docxReviewFixture is the case of the lead-auditor review: sample 2 (a
// GMP site, not safety-critical), one person holding the ISMS owner and
// the IT lead, the owner's confirmation more than a year old, and no
// authority table.
func docxReviewFixture() Input {
	a := assessment.Sample(2, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	a.Holders = map[assessment.Role]assessment.Holder{
		assessment.RoleISMSOwner: {Name: "J. Novak", Deputy: "M. Berg", Confirmed: "2025-01-15"},
		assessment.RoleIT:        {Name: "j.  Novak", Deputy: "P. Lind", Confirmed: "2026-09-01"},
		assessment.RoleOT:        {Name: "K. Ito", Deputy: "L. Roy", Confirmed: "2026-09-01"},
	}
	a.Authority = nil
	return Input{A: a, Generated: docxGenerated}
}

// TestDocxConflictingHolders: where the register findings flag one
// person holding conflicting roles, the documents say so next to the
// holder, and an old confirmation is marked overdue.
func TestDocxConflictingHolders(t *testing.T) {
	in := docxReviewFixture()
	fs := assessment.Findings(in.A)
	f, ok := findingByID(fs, assessment.FindingRolesConflict)
	require.True(t, ok, "the register raises roles-conflict")
	require.ElementsMatch(t, []assessment.Role{assessment.RoleISMSOwner, assessment.RoleIT}, f.Roles)

	_, roles := docxBuild(t, "roles", in)
	const flag = ": these roles should be held by different people (Annex A 5.3); where that is not possible, record the compensating control, such as an independent review of this person's approvals, in the risk treatment."
	for _, want := range []string{
		// Section 3, under the owner's name.
		"ISMS owner (CISO / risk): J. Novak\n",
		"Also holds the role IT lead" + flag,
		// Section 2: the model's separation holds only between persons.
		"The role register names one person for roles that must be kept apart: ISMS owner (CISO / risk) and IT lead (Annex A 5.3;",
		"Last confirmed 2025-01-15: overdue, more than 12 months before 2026-11-20 (section 8).",
		// Sections 4 and 8, in the holder cells.
		"IT lead\nj.  Novak\nAlso holds the role ISMS owner (CISO / risk)" + flag + "\n",
		"ISMS owner (CISO / risk)\nJ. Novak\nAlso holds the role IT lead" + flag + "\nM. Berg\n2025-01-15\noverdue: more than 12 months before 2026-11-20\n",
		"IT lead\nj.  Novak\nAlso holds the role ISMS owner (CISO / risk)" + flag + "\nP. Lind\n2026-09-01\n",
		"Every role the matrix uses must be held by a named person",
	} {
		assert.Contains(t, roles, want)
	}
	assert.NotContains(t, roles, "K. Ito\nAlso holds", "the OT lead conflicts with nobody")
	assert.NotContains(t, roles, "2026-09-01\noverdue")

	_, steering := docxBuild(t, "steering", in)
	assert.Contains(t, steering, "ISMS owner (CISO / risk)\nJ. Novak\nAlso holds the role IT lead"+flag+"\nRequired\n")
	assert.Contains(t, steering, "at least three different persons")
	// Sample 2 is validated, not safety-critical.
	assert.Contains(t, steering, "Decisions on plant-floor matters also need the OT / automation lead or the site / plant director of each plant concerned, as well as Quality & validation (validated systems);")

	// Without the conflict, no note.
	_, body := docxBuild(t, "roles", docxFixture())
	assert.NotContains(t, body, "Also holds")
	assert.NotContains(t, body, "Segregation of duties:")
}

// TestDocxOwnerAppointment: a name in the register next to the finding
// that no single owner is accountable reads as not yet appointed.
func TestDocxOwnerAppointment(t *testing.T) {
	tests := []struct {
		name   string
		rating assessment.Rating
		holder string
		want   string // "" none of the notes
	}{
		// The register and the answer contradict each other: the
		// document says so rather than soften the answer.
		{"weak, named", assessment.Rating0, "J. Novak", "The role register names J. Novak as ISMS owner (CISO / risk), but GOV-01 was rated Not in place (0): “Nobody is named: accountability for the ISMS is split or assumed.” Top management confirms the appointment in writing, or the register is corrected, before this document is issued (ISO/IEC 27001:2022 5.3; see section 9)."},
		{"case by case, named", assessment.Rating1, "J. Novak", "The role register names J. Novak as ISMS owner (CISO / risk), but GOV-01 was rated Initial (1): “Someone acts as the owner in practice, but top management has not appointed them in writing for IT and the plants alike.” Top management confirms the appointment in writing"},
		{"missing, vacant", assessment.Rating0, "", "The assessment found no single accountable owner for the ISMS (GOV-01; see section 9)."},
		{"case by case", assessment.Rating1, "", "Accountability for the ISMS as a whole is taken case by case but not formally assigned to one named person (GOV-01 at level 1; see section 9)."},
		{"strong", assessment.Rating4, "J. Novak", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := docxReviewFixture()
			in.A.Answers["GOV-01"] = assessment.Answer{Rating: tt.rating}
			h := in.A.Holders[assessment.RoleISMSOwner]
			h.Name = tt.holder
			in.A.Holders[assessment.RoleISMSOwner] = h
			_, present := findingByID(assessment.Findings(in.A), assessment.FindingNoSingleOwner)
			require.Equal(t, tt.want != "", present, "the finding follows GOV-01")
			_, body := docxBuild(t, "roles", in)
			if tt.want == "" {
				assert.NotContains(t, body, "but GOV-01 was rated")
				assert.NotContains(t, body, "found no single accountable owner")
				return
			}
			assert.Contains(t, body, tt.want)
		})
	}
}

// TestDocxPolicyApproval: section 6.1 says what the assessment found of
// the policy approval, in the words that fit the answer: missing, case by
// case, or not known. Section 2 gives it no reason for a model: the gap is
// closed the same way under every model (review 9, item 2).
func TestDocxPolicyApproval(t *testing.T) {
	tests := []struct {
		rating      assessment.Rating
		want, never string
	}{
		{assessment.Rating0, "The assessment found this approval missing or incomplete (GOV-08).", "could not establish whether this approval"},
		{assessment.Rating1, "The assessment found this approval missing or incomplete (GOV-08).", "could not establish whether this approval"},
		{assessment.RatingUnknown, "The assessment could not establish whether this approval has been given: GOV-08 was answered \"unknown\".", "found this approval missing"},
		{assessment.Rating4, "", "GOV-08"},
	}
	for _, tt := range tests {
		t.Run(string(tt.rating), func(t *testing.T) {
			in := docxReviewFixture()
			in.A.Answers["GOV-08"] = assessment.Answer{Rating: tt.rating}
			_, body := docxBuild(t, "roles", in)
			if tt.want != "" {
				assert.Contains(t, body, tt.want)
			}
			assert.NotContains(t, body, tt.never)
			assert.NotContains(t, body, "approved the information security policy;", "no model reason cites the policy approval")
		})
	}
}

// TestDocxRolesWording checks the roles document states rules as rules,
// separates risk owners from the authority table and names its scope.
func TestDocxRolesWording(t *testing.T) {
	_, body := docxBuild(t, "roles", docxReviewFixture())
	for _, want := range []string{
		"Section 6.2 sets the lowest authority that may accept a residual risk at each level (risk acceptance criteria, ISO/IEC 27001:2022 6.1.2 a 1). The risk owner of each risk, named in the risk register (6.1.2 c 2), approves its treatment plan and accepts the residual risk (6.1.3 f), and must hold at least that authority.",
		"The table below sets the lowest authority",
		"This document covers the site of the assessment, Plant 1. Whether the ISMS scope covers other sites as well: [to complete: the other sites in the ISMS scope",
		"Security changes must go through the plant's own change control and fit its downtime windows; none may bypass them.",
		"rests with the site / plant director;",
		"(of 279 matrix rows: 93 controls × 3 domains)",
		"[to complete: contract reference and contact]",
		docxPrecedence,
		"On the safety- or quality-relevant rows, consulting means more than hearing: a residual risk to product quality is not accepted while Quality objects",
	} {
		assert.Contains(t, body, want)
	}
	for _, never := range []string{
		"name the risk owners", "implements the risk owners' approval", "none bypasses",
		"Every role the matrix uses is held", "of 93 controls in three domains",
	} {
		assert.NotContains(t, body, never)
	}
	// The authority table is empty: every row leaves consultation open.
	assert.Equal(t, len(assessment.AuthorityRows(docxReviewFixture().A)), strings.Count(body, "[to complete: roles to consult"))
	assert.NotContains(t, body, "EHS objects", "a GMP site that is not safety-critical gives EHS no veto")

	// A safety-critical site without validated systems gives the veto to
	// EHS, whom the preset consults, and none to Quality, whom it does not.
	in := docxReviewFixture()
	in.A.Profile.Validated, in.A.Profile.SafetyCritical = false, true
	_, body = docxBuild(t, "roles", in)
	assert.Contains(t, body, "On the safety- or quality-relevant rows, consulting means more than hearing: a residual risk to process safety is not accepted while EHS objects.")
	assert.NotContains(t, body, "while Quality objects")
}

// TestDocxEscalationFollowsMatrix: a live OT incident goes to whoever the
// matrix makes accountable for the response on the plant floor, with
// EHS and Quality, and the chair is informed.
func TestDocxEscalationFollowsMatrix(t *testing.T) {
	in := docxFixture()
	k := assessment.CellKey{Control: "5.26", Domain: assessment.DomainOT}
	require.Equal(t, assessment.LetterAccountable, in.A.Matrix[k][assessment.RoleSite], "the preset makes the site director accountable")
	// The sample is safety-critical, with several plants: an incident
	// that can affect the process goes through the plant's alarm chain at
	// once.
	const tail = ", accountable for the response on the plant floor (Annex A 5.26), at once through the plant's alarm chain where the process may be affected, otherwise [to complete: within how many hours, by which channel], together with EHS / process safety (the process is safety-critical) and Quality & validation (validated systems are in scope). The chair of the group is informed at the same time;"
	_, body := docxBuild(t, "steering", in)
	assert.Contains(t, body, "must reach the site / plant director"+tail)
	assert.NotContains(t, body, "reaches the chair")

	in.A.Matrix = assessment.SetLetter(in.A.Matrix, k, assessment.RoleSite, assessment.LetterConsulted)
	in.A.Matrix = assessment.SetLetter(in.A.Matrix, k, assessment.RoleOT, assessment.LetterAccountableResponsible)
	_, body = docxBuild(t, "steering", in)
	assert.Contains(t, body, "must reach the OT / automation lead"+tail)
	const emergencyPlan = "The notifications that each plant's emergency plan and its safety regulations require (emergency services, and the authority for major accidents where the plant falls under those rules) are outside this: the plant makes them as that plan sets out, and they never wait for this escalation."
	assert.Contains(t, body, emergencyPlan)
	// With one plant, the site's alarm chain and emergency plan.
	plants := in.A.Profile.Plants
	in.A.Profile.Plants = 1
	_, one := docxBuild(t, "steering", in)
	assert.Contains(t, one, "at once through the site's alarm chain where the process may be affected")
	assert.Contains(t, one, "The notifications that the site's emergency plan and its safety regulations require")
	in.A.Profile.Plants = plants

	in.A.Profile.SafetyCritical, in.A.Profile.Validated = false, false
	_, body = docxBuild(t, "steering", in)
	// Without a safety-critical process: a machine's safety functions,
	// not safety instrumented ones.
	assert.Contains(t, body, "may disable or bypass a machine's safety functions (guards, interlocks, emergency stops)")
	assert.NotContains(t, body, "safety instrumented function")
	assert.Contains(t, body, "(Annex A 5.26), [to complete: within how many hours, by which channel], together with", "no alarm chain outside a safety-critical process")
	assert.NotContains(t, body, emergencyPlan)
	assert.Contains(t, body, "together with EHS / process safety where safety may be affected and Quality & validation where product quality may be affected.")
	assert.Contains(t, body, "No decision of the group overrides a safety decision of EHS / process safety.", "no process safety outside a safety-critical process")
	in.A.Profile.Validated = true
	_, body = docxBuild(t, "steering", in)
	assert.Contains(t, body, "No decision of the group overrides a safety decision of EHS / process safety or a batch-release decision of Quality & validation.")
	in.A.Profile.SafetyCritical, in.A.Profile.Validated = true, false
	_, body = docxBuild(t, "steering", in)
	assert.Contains(t, body, "No decision of the group overrides a process-safety decision of EHS / process safety.")
}

// TestDocxSeveralAccountable: a row the matrix gives two accountable
// roles is a problem to resolve, not a shared duty: neither document
// states that both answer for it.
func TestDocxSeveralAccountable(t *testing.T) {
	in := docxFixture()
	for _, c := range []string{"5.24", "5.26"} {
		k := assessment.CellKey{Control: c, Domain: assessment.DomainOT}
		in.A.Matrix = assessment.SetLetter(in.A.Matrix, k, assessment.RoleSite, assessment.LetterAccountable)
		in.A.Matrix = assessment.SetLetter(in.A.Matrix, k, assessment.RoleISMSOwner, assessment.LetterAccountable)
	}
	const several = "[to complete: one accountable role; the matrix names several (ISMS owner (CISO / risk), Site / plant director)]"
	_, steering := docxBuild(t, "steering", in)
	assert.Contains(t, steering, "Annex A 5.24: accountable: "+several)
	assert.Contains(t, steering, "must reach "+several)
	assert.NotContains(t, steering, "accountable: ISMS owner (CISO / risk), Site / plant director")
	_, roles := docxBuild(t, "roles", in)
	assert.Contains(t, roles, "stop production (Annex A 5.26, plant OT) rests with "+several)
	// Section 5 lists the site director's rows, the contested ones marked.
	c524, _ := assessment.ControlByID("5.24")
	assert.Contains(t, roles, "5.24 "+c524.Label+" (Plant OT) [to complete: one accountable role for Plant OT; the matrix names several]")
}

// TestDocxIsolationDecisionAnswer: section 6.3 reads who may isolate or
// stop from the matrix, and says so where INC-02 finds it undefined.
func TestDocxIsolationDecisionAnswer(t *testing.T) {
	for _, tt := range []struct {
		rating     assessment.Rating
		plants     int
		want, lack string
	}{
		{assessment.Rating1, 3, "names the decision-maker and a deputy, for each plant.", ""},
		{assessment.Rating0, 1, "names the decision-maker and a deputy.", "for each plant"},
		{assessment.RatingUnknown, 3, "INC-02 was answered \"unknown\".", "not yet defined"},
		{assessment.Rating3, 3, "", "(INC-02)"},
	} {
		in := docxFixture()
		in.A.Profile.Plants = tt.plants
		in.A.Answers["INC-02"] = assessment.Answer{Rating: tt.rating}
		_, body := docxBuild(t, "roles", in)
		if tt.want != "" {
			assert.Contains(t, body, tt.want, tt.rating)
		}
		if tt.lack != "" {
			assert.NotContains(t, body, tt.lack, tt.rating)
		}
	}
}

// TestDocxChangeRoutesAnswered: section 6.3 states the change rule, and
// names the routes whose answers do not yet show it in practice, those
// the profile gives the site only.
func TestDocxChangeRoutesAnswered(t *testing.T) {
	in := docxFixture()
	require.True(t, in.A.Profile.Validated)
	for _, id := range []string{"CHG-02", "CHG-03", "CHG-06", "CHG-07"} {
		in.A.Answers[id] = assessment.Answer{Rating: assessment.Rating3}
	}
	_, body := docxBuild(t, "roles", in)
	assert.NotContains(t, body, "do not yet show that security changes pass these routes")

	in.A.Answers["CHG-03"] = assessment.Answer{Rating: assessment.Rating1}
	in.A.Answers["CHG-06"] = assessment.Answer{Rating: assessment.RatingUnknown}
	_, body = docxBuild(t, "roles", in)
	assert.Contains(t, body, "The answers do not yet show that security changes pass validation on GxP systems (CHG-03, answered \u201cInitial\u201d); or an urgent route that keeps these reviews (CHG-06, answered \u201cUnknown\u201d): those parts of the rule above are what the actions on them put in place.")

	in.A.Profile.Validated = false
	_, body = docxBuild(t, "roles", in)
	assert.Contains(t, body, "The answers do not yet show that security changes pass an urgent route that keeps these reviews (CHG-06, answered \u201cUnknown\u201d): that part of the rule above is what the action on it puts in place.", "no validation route on a site without validated systems")
}

// TestDocxNotice: each document's own items are list items like the
// shared ones; only the last item of the list ends with a full stop. The
// consultant completes the draft where the profile names who runs the
// assessment; in a self-assessment the ISMS owner does, and nobody is
// told to have the ISMS owner review it.
func TestDocxNotice(t *testing.T) {
	for _, id := range []string{"roles", "steering"} {
		for _, self := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/self-assessment=%t", id, self), func(t *testing.T) {
				in := docxFixture()
				lead, last := "Before this document is issued, the consultant must:\n", "have the document reviewed by the ISMS owner"
				if self {
					in.A.Profile.Assessor = " "
					lead, last = "Before this document is issued, the ISMS owner must:\n", "have the document approved by top management"
				}
				_, body := docxBuild(t, id, in)
				start := strings.Index(body, lead)
				end := strings.Index(body, "\nDocument control\n")
				require.True(t, start >= 0 && end > start, "%q in the notice", lead)
				items := strings.Split(strings.TrimSpace(body[start:end]), "\n")[1:]
				require.Greater(t, len(items), 3)
				for _, it := range items[:len(items)-1] {
					assert.True(t, strings.HasSuffix(it, ";"), "%q", it)
				}
				assert.True(t, strings.HasSuffix(items[len(items)-1], "."))
				assert.True(t, strings.HasPrefix(items[len(items)-1], last), "%q", items[len(items)-1])
				assert.NotContains(t, body, map[bool]string{false: "the ISMS owner must:", true: "consultant"}[self])
			})
		}
	}
}

// TestDocxSteeringSinglePlant: with one plant the terms let the group
// meet as an item of an existing management meeting; with several, or
// the number not recorded, they say nothing of it.
func TestDocxSteeringSinglePlant(t *testing.T) {
	const item = "With a single plant, the group need not be a separate committee"
	for _, plants := range []int{1, 3, 0} {
		in := docxFixture()
		in.A.Profile.Plants = plants
		_, body := docxBuild(t, "steering", in)
		assert.Equal(t, plants == 1, strings.Contains(body, item), "%d plants", plants)
	}
}

// TestDocxSteeringGap: while the assessment finds no steering group, both
// documents describe it as to be set up, not as working.
func TestDocxSteeringGap(t *testing.T) {
	tests := []struct {
		name        string
		gov06       assessment.Rating // "" keeps the fixture's answer
		in          Input
		roles, tor  string // what each document says; "" for nothing
		unconfirmed bool
	}{
		{"missing", assessment.Rating0, docxFixture(),
			"The assessment found no such group in place yet (GOV-06); its terms of reference set it up.",
			"The assessment found no such group in place yet (GOV-06); these terms of reference set it up.\n", false},
		{"not known", assessment.RatingUnknown, docxFixture(),
			"The assessment could not establish whether such a group exists (GOV-06 was answered \"unknown\"); if none does, its terms of reference set it up.",
			"The assessment could not establish whether such a group exists (GOV-06 was answered \"unknown\"); if none does, these terms of reference set it up.\n", true},
		{"case by case", assessment.Rating1, docxFixture(),
			"The assessment found no standing group: such meetings are held case by case (GOV-06 at level 1); its terms of reference make it a standing one.",
			"The assessment found no standing group: such meetings are held case by case (GOV-06 at level 1); these terms of reference make it a standing one.\n", false},
		{"in place", "", docxReviewFixture(), "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.gov06 != "" {
				tt.in.A.Answers["GOV-06"] = assessment.Answer{Rating: tt.gov06}
			}
			f, present := findingByID(assessment.Findings(tt.in.A), assessment.FindingNoSteeringGroup)
			require.Equal(t, tt.roles != "", present)
			assert.Equal(t, tt.unconfirmed, f.Unconfirmed)
			_, roles := docxBuild(t, "roles", tt.in)
			_, steering := docxBuild(t, "steering", tt.in)
			assert.Contains(t, roles, "A steering group is to direct the ISMS")
			if tt.roles != "" {
				assert.Contains(t, roles, tt.roles)
				assert.Contains(t, steering, tt.tor)
				return
			}
			assert.NotContains(t, roles, "such group")
			assert.NotContains(t, steering, "such group")
		})
	}
}

func TestTheRole(t *testing.T) {
	names := map[assessment.Role]string{assessment.RoleIT: "Head of Digital"}
	tests := []struct {
		role assessment.Role
		want string
	}{
		{assessment.RoleSite, "the site / plant director"},
		{assessment.RoleExecutive, "the executive sponsor"},
		{assessment.RoleISMSOwner, "the ISMS owner (CISO / risk)"},
		{assessment.RoleOT, "the OT / automation lead"},
		{assessment.RoleIT, "the Head of Digital"},
		{assessment.RoleQuality, "Quality & validation"},
		{assessment.RoleEHS, "EHS / process safety"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, theRole(assessment.Assessment{RoleNames: names}, tt.role), string(tt.role))
	}
}

// TestNotesOf checks which conflicting roles are placed next to a holder:
// the pairs the roles-conflict finding names, not every role one person
// holds; every same-holder role of the finding when its Detail names no
// pair; and overdue only for a dated confirmation.
func TestNotesOf(t *testing.T) {
	type R = assessment.Role
	x := assessment.Holder{Name: "X. Person", Confirmed: "2020-01-01"}
	tests := []struct {
		name     string
		holders  map[R]assessment.Holder
		findings func(a assessment.Assessment) []assessment.Finding
		want     map[R][]R
		overdue  map[R]bool
	}{
		{
			name: "pairs of the finding only",
			holders: map[R]assessment.Holder{
				assessment.RoleISMSOwner: x, assessment.RoleIT: x, assessment.RoleOperations: x, assessment.RoleQuality: x,
			},
			findings: assessment.Findings,
			want: map[R][]R{
				assessment.RoleISMSOwner:  {assessment.RoleIT},
				assessment.RoleIT:         {assessment.RoleISMSOwner},
				assessment.RoleOperations: {assessment.RoleQuality},
				assessment.RoleQuality:    {assessment.RoleOperations},
			},
			overdue: map[R]bool{assessment.RoleISMSOwner: true, assessment.RoleIT: true, assessment.RoleOperations: true, assessment.RoleQuality: true},
		},
		{
			name:    "pairs as the finding gives them, whatever its text",
			holders: map[R]assessment.Holder{assessment.RoleISMSOwner: x, assessment.RoleIT: {Name: "x.  person"}},
			findings: func(assessment.Assessment) []assessment.Finding {
				return []assessment.Finding{
					{ID: assessment.FindingRolesConflict, Roles: []R{assessment.RoleISMSOwner, assessment.RoleIT},
						Conflicts: [][2]R{{assessment.RoleISMSOwner, assessment.RoleIT}}},
					{ID: assessment.FindingRoleNotConfirmed, Roles: []R{assessment.RoleISMSOwner, assessment.RoleIT}},
				}
			},
			want: map[R][]R{
				assessment.RoleISMSOwner: {assessment.RoleIT},
				assessment.RoleIT:        {assessment.RoleISMSOwner},
			},
			overdue: map[R]bool{assessment.RoleISMSOwner: true},
		},
		{
			name:     "no finding, no note",
			holders:  map[R]assessment.Holder{assessment.RoleISMSOwner: x, assessment.RoleIT: x},
			findings: func(assessment.Assessment) []assessment.Finding { return nil },
			want:     map[R][]R{},
			overdue:  map[R]bool{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := assessment.Sample(0, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
			require.True(t, a.Profile.Validated)
			a.Holders = tt.holders
			n := notesOf(a, tt.findings(a))
			assert.Equal(t, tt.want, n.conflicts)
			assert.Equal(t, tt.overdue, n.overdue)
		})
	}
}

// TestDocxOpenQuestionnaire: a questionnaire left open never reads as a
// clean result. The roles document and the terms of reference say how
// many questions have no answer before, or instead of, "no finding".
func TestDocxOpenQuestionnaire(t *testing.T) {
	a := assessment.New("open", time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	a.Profile = assessment.Profile{Site: "Plant 1", Plants: 1, OwnershipModel: assessment.ModelCentralised}
	m, err := assessment.Preset(assessment.ModelCentralised, a.Profile)
	require.NoError(t, err)
	a.Matrix = m
	asked := len(assessment.Asked(a))
	tests := []struct {
		name     string
		answered int // how many of the asked questions get a 4
		want     string
		never    string
	}{
		{"Blank", 0, fmt.Sprintf("The questionnaire is not complete: %d of the %d questions asked have no answer", asked, asked), "The assessment raised no finding."},
		{"OneLeft", asked - 1, fmt.Sprintf("The questionnaire is not complete: 1 of the %d questions asked has no answer, and the assessment draws no conclusion on it.", asked), "The assessment raised no finding."},
		{"Complete", asked, "", "The questionnaire is not complete"},
	}
	// The unknown answers of a questionnaire otherwise complete are named,
	// and the terms of reference say what the count rests on.
	t.Run("Unknown", func(t *testing.T) {
		b := a
		b.Answers = map[string]assessment.Answer{}
		for _, q := range assessment.Asked(a) {
			b.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating4}
		}
		b.Answers["INC-01"] = assessment.Answer{Rating: assessment.RatingUnknown}
		b.Answers["CTL-01"] = assessment.Answer{Rating: assessment.RatingUnknown}
		in := Input{A: b, Findings: assessment.Findings(b), Generated: docxGenerated}
		_, roles := docxBuild(t, "roles", in)
		_, steering := docxBuild(t, "steering", in)
		want := "2 questions asked were answered \"unknown\" (CTL-01, INC-01): each counts as not in place until checked"
		assert.Contains(t, roles, want)
		assert.NotContains(t, roles, "The questionnaire is not complete")
		assert.Contains(t, steering, want, "the terms of reference say it too, before the count")
		assert.Less(t, strings.Index(steering, want), strings.Index(steering, "From this assessment:"))
		// Every question is answered: the counts are a lower bound
		// because of the "unknown" answers, not an open questionnaire.
		assert.Contains(t, steering, "From this assessment: 1 high open finding (see the roles document, section 9). Of these, 1 rests only on \"unknown\" answers and is to be established first. As 2 questions were answered \"unknown\", these counts are a lower bound.")
		assert.NotContains(t, steering, "As the questionnaire is not complete")
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := a
			b.Answers = map[string]assessment.Answer{}
			for _, q := range assessment.Asked(a)[:tt.answered] {
				b.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating4}
			}
			in := Input{A: b, Findings: assessment.Findings(b), Generated: docxGenerated}
			_, roles := docxBuild(t, "roles", in)
			_, steering := docxBuild(t, "steering", in)
			if tt.want != "" {
				assert.Contains(t, roles, tt.want)
				assert.Contains(t, steering, tt.want)
			}
			assert.NotContains(t, roles, tt.never)
			assert.Equal(t, tt.answered == 0, strings.Contains(roles, "No question of the assessment has been answered yet: only the profile weighs"))
			if tt.answered == 0 {
				assert.NotContains(t, roles, "profile and answers", "answers are named only when there are some")
			}
			if len(in.Findings) == 0 && tt.want != "" {
				assert.Contains(t, roles, "On the answers given and the matrix, the assessment raised no finding.")
			}
		})
	}
}

// TestDocxGapEvidence: each open gap says what raised it, the answer with
// its level or the matrix rows, so that a reader can trace it.
func TestDocxGapEvidence(t *testing.T) {
	in := docxFixture()
	in.A.Answers["CHG-07"] = assessment.Answer{Rating: assessment.Rating1}
	in.A.Answers["INC-01"] = assessment.Answer{Rating: assessment.RatingUnknown}
	in.Findings = assessment.Findings(in.A)
	_, body := docxBuild(t, "roles", in)
	gaps := body[strings.Index(body, "9. Open gaps"):]
	assert.Contains(t, gaps, "\nEvidence\n")
	assert.Contains(t, gaps, "\nCHG-07: Initial (1)\n")
	assert.Contains(t, gaps, "Not established whether cyber incidents on plant systems are escalated with safety, operations and quality\nINC-01: Unknown\nFirst establish whether this is in place and rate INC-01 again; if it is not: ")
	assert.NotContains(t, gaps, " 1 findings")
	assert.NotContains(t, gaps, "stands for", "no renamed roles, nothing to say")
	in.A.RoleNames = map[assessment.Role]string{assessment.RoleSite: "Plant Manager"}
	_, body = docxBuild(t, "roles", in)
	assert.Contains(t, body[strings.Index(body, "9. Open gaps"):], "In the findings and actions, \u201cthe site director\u201d stands for Plant Manager.")

	many := make([]assessment.CellKey, 9)
	for i := range many {
		many[i] = assessment.CellKey{Control: fmt.Sprintf("8.%d", i+1), Domain: assessment.DomainOT}
	}
	got := evidenceText(in.A, assessment.Finding{Cells: many})
	assert.Equal(t, "8.1 Plant OT\n8.2 Plant OT\n8.3 Plant OT\n8.4 Plant OT\n8.5 Plant OT\n8.6 Plant OT\nand 3 more rows (RACI annex)", got)
	assert.Equal(t, "–", evidenceText(in.A, assessment.Finding{Detail: "x"}))

	// The respondent's note on the answer travels with it: it is what the
	// workshop found, beyond the level.
	in.A.Answers["CTL-07"] = assessment.Answer{Rating: assessment.Rating0, Note: " Programs only on laptops; one line lost its program in 2025. "}
	assert.Equal(t, "CTL-07: Not in place (0). Note: \u201cPrograms only on laptops; one line lost its program in 2025.\u201d",
		evidenceText(in.A, assessment.Finding{Questions: []string{"CTL-07"}}))
	// In a consensus, an answer the session did not settle says so.
	in.A.Consensus = map[string]assessment.Agreement{"CTL-07": {Dissent: []assessment.Dissent{{Respondent: "Anna Berg", Role: assessment.RoleIT, Rating: assessment.Rating2}}}}
	require.True(t, in.A.Unsettled("CTL-07"))
	assert.Equal(t, "CTL-07: Not in place (0) (the lowest of the respondents' answers, not settled in the session). Note: \u201cPrograms only on laptops; one line lost its program in 2025.\u201d",
		evidenceText(in.A, assessment.Finding{Questions: []string{"CTL-07"}}))
	in.A.Consensus["CTL-07"] = assessment.Agreement{Agreed: true, Dissent: []assessment.Dissent{{Respondent: "Anna Berg", Role: assessment.RoleIT, Rating: assessment.Rating2}}}
	assert.NotContains(t, evidenceText(in.A, assessment.Finding{Questions: []string{"CTL-07"}}), "not settled", "agreed in the session")
}

// TestDocxChangeRoutes: section 6.3 names the routes a security change
// must not bypass that the profile says the site has, and no other.
func TestDocxChangeRoutes(t *testing.T) {
	const validation, safety = "On validated systems they also pass the site's validation procedure", "also passes the process-safety management of change"
	tests := []struct {
		name                string
		validated, critical bool
	}{
		{"Neither", false, false},
		{"Validated", true, false},
		{"SafetyCritical", false, true},
		{"Both", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := docxReviewFixture()
			in.A.Profile.Validated, in.A.Profile.SafetyCritical = tt.validated, tt.critical
			_, body := docxBuild(t, "roles", in)
			section := body[strings.Index(body, "6.3 Stopping or allowing"):strings.Index(body, "7. Steering group")]
			assert.Contains(t, section, "none may bypass them.")
			assert.Equal(t, tt.validated, strings.Contains(section, validation), "validation route")
			assert.Equal(t, tt.critical, strings.Contains(section, safety), "process-safety route")
			assert.NotContains(t, section, "requalification, or its downtime window")
		})
	}
}

// TestRolesModelSource: the roles document states the organisation's
// ownership model only where the profile records it; a matrix started
// from a preset is the tool's proposal, and the decision is left to
// complete.
func TestRolesModelSource(t *testing.T) {
	tests := []struct {
		name     string
		recorded string
		profile  *assessment.Profile // replaces the fixture's, and its answers go
		want     []string
		not      []string
	}{
		// A single plant points to another model than the preset's.
		{name: "PresetOnlyOtherModel", profile: &assessment.Profile{Organisation: "Example", Site: "Plant 1", Plants: 1},
			want: []string{"The assessment's profile points to the Centralised model; the matrix was started from the tool's Federated model. Top management is to decide which model the organisation adopts and record why."},
			not:  []string{"The organisation runs the", "the model the organisation runs", "whether to keep the"}},
		{name: "PresetOnly",
			want: []string{"The assessment does not record which ownership model the organisation runs. [to complete: ownership model",
				"The matrix in this document was started from the tool's Federated model, as a proposal; that model reads: Each domain head"},
			// Nothing in the section takes the preset for the model the
			// organisation runs.
			not: []string{"The organisation runs the", "the model the organisation runs", "whether to keep the"}},
		{name: "Recorded", recorded: assessment.ModelFederated,
			want: []string{"The organisation runs the Federated ownership model (recorded in the profile as the model the organisation runs). Each domain head"},
			not:  []string{"was started from the tool's Federated model, as a proposal", "does not record which ownership model"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := docxFixture()
			require.Equal(t, assessment.ModelFederated, in.A.Model, "the fixture's matrix comes from the Federated preset")
			in.A.Profile.OwnershipModel = tt.recorded
			if tt.profile != nil {
				in.A.Profile, in.A.Answers = *tt.profile, nil
			}
			_, body := docxBuild(t, "roles", in)
			for _, w := range tt.want {
				assert.Contains(t, body, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, body, n)
			}
		})
	}
}

// TestRolesModelCaveat: the roles document gives the recommendation's
// caveat, a condition the recommended model needs and the profile lacks.
func TestRolesModelCaveat(t *testing.T) {
	in := docxFixture()
	// Six plants and no central function: the federated model wins on
	// the plants alone.
	in.A.Profile = assessment.Profile{Organisation: in.A.Profile.Organisation, Site: in.A.Profile.Site, Plants: 6}
	in.A.Answers = nil
	rec := assessment.Recommend(in.A)
	require.NotEmpty(t, rec.Caveat, "the fixture, without a central risk function, is recommended a model that needs one")
	_, body := docxBuild(t, "roles", in)
	assert.Contains(t, body, rec.Caveat)
	in.A.Profile.CentralRisk = true
	require.Empty(t, assessment.Recommend(in.A).Caveat)
	_, body = docxBuild(t, "roles", in)
	assert.NotContains(t, body, "rests on a central risk or security function")
}

// TestDocxFlaggedRows: rows the matrix checks flag (a second accountable
// role, an owner who cannot act) are counted as they stand, and the roles
// document says so where it reads the matrix by role: sections 4 and 5
// point to section 10, which names the rows. A matrix without such rows
// says nothing of it.
func TestDocxFlaggedRows(t *testing.T) {
	in := docxFixture()
	in.A.Matrix = assessment.ApplyPreset(nil, mustPreset(t, in.A), true)
	in.Findings = assessment.Findings(in.A)
	_, body := docxBuild(t, "roles", in)
	require.Empty(t, flaggedRows(in.A), "the preset passes every check")
	assert.NotContains(t, body, "flagged")

	k := assessment.CellKey{Control: "8.20", Domain: assessment.DomainOT}
	in.A.Matrix = assessment.SetLetter(in.A.Matrix, k, assessment.RoleProcurement, assessment.LetterAccountable)
	in.Findings = assessment.Findings(in.A)
	require.Equal(t, []assessment.CellKey{k}, flaggedRows(in.A), "two checks on one row name it once")
	_, body = docxBuild(t, "roles", in)
	pointer := "Some rows read here are flagged by the matrix checks and are to be corrected before this document is issued; section 10 lists them."
	for _, sec := range [][2]string{{"4. IT and OT owners", "5. Supporting functions"}, {"5. Supporting functions", "6. Authorities"}} {
		part := body[strings.Index(body, sec[0]):strings.Index(body, sec[1])]
		assert.Contains(t, part, pointer, sec[0])
	}
	assert.Contains(t, body[strings.Index(body, "10. Responsibility matrix"):],
		"The matrix checks flag 1 row whose assignment is to be corrected before this document is issued. The counts below take the flagged rows as they stand (8.20 Plant OT); the RACI annex says what each check found.")
}

func mustPreset(t *testing.T, a assessment.Assessment) assessment.Matrix {
	t.Helper()
	m, err := assessment.Preset(assessment.ModelFederated, a.Profile)
	require.NoError(t, err)
	return m
}

// TestDocxManagementBody: for an NIS2 entity, section 3 says that the
// management body itself approves and oversees the measures (Art. 20)
// and leaves how it does so to the organisation; outside NIS2 it says
// nothing of it.
func TestDocxManagementBody(t *testing.T) {
	in := docxFixture()
	require.True(t, in.A.Profile.NIS2Entity())
	_, body := docxBuild(t, "roles", in)
	sec3 := body[strings.Index(body, "3. Top management"):strings.Index(body, "4. IT and OT owners")]
	// The sentence names the class the profile records, not both.
	class := map[string]string{assessment.NIS2Essential: "an essential entity", assessment.NIS2Important: "an important entity"}[in.A.Profile.NIS2]
	require.NotEmpty(t, class)
	assert.Contains(t, sec3, "The organisation is "+class+" under NIS2: its management body approves the cybersecurity risk-management measures")
	assert.NotContains(t, sec3, "essential or important")
	other := in
	other.A.Profile.NIS2 = map[string]string{assessment.NIS2Essential: assessment.NIS2Important, assessment.NIS2Important: assessment.NIS2Essential}[in.A.Profile.NIS2]
	_, otherBody := docxBuild(t, "roles", other)
	assert.NotContains(t, otherBody, "The organisation is "+class+" under NIS2")
	assert.Contains(t, sec3, "where the Executive sponsor acts for top management: [to complete: the sponsor's seat on the management body")

	// The answers on the Art. 20 duties stand beside the blank, those
	// given only.
	in.A.Answers["GOV-11"] = assessment.Answer{Rating: assessment.Rating4}
	in.A.Answers["GOV-12"] = assessment.Answer{}
	in.A.Answers["GOV-13"] = assessment.Answer{Rating: assessment.Rating2}
	_, body = docxBuild(t, "roles", in)
	sec3 = body[strings.Index(body, "3. Top management"):strings.Index(body, "4. IT and OT owners")]
	assert.Contains(t, sec3, "The assessment's answers on these duties: GOV-11, approval of the measures: \u201cReviewed and improved\u201d; GOV-13, the members' training: \u201cDefined\u201d.")

	in.A.Profile.NIS2 = assessment.NIS2OutOfScope
	_, body = docxBuild(t, "roles", in)
	assert.NotContains(t, body, "Under NIS2 the management body")
}

// TestDocxSteeringQuorum: where the ISMS owner chairs, the quorum asks
// for the chair or the deputy chair, not for the chair and the ISMS owner
// both, which would leave the deputy chair unable to stand in; where the
// executive sponsor chairs, the ISMS owner is required besides.
func TestDocxSteeringQuorum(t *testing.T) {
	for _, tt := range []struct {
		model string
		want  string
	}{
		{assessment.ModelFederated, "among them the chair (the ISMS owner (CISO / risk)) or the deputy chair and at least one of"},
		{assessment.ModelCentralised, "among them the chair (the ISMS owner (CISO / risk)) or the deputy chair and at least one of"},
		{assessment.ModelExecutiveLed, "among them the chair or deputy chair, the ISMS owner (CISO / risk) and at least one of"},
	} {
		t.Run(tt.model, func(t *testing.T) {
			in := docxFixture()
			in.A.Profile.OwnershipModel = tt.model
			_, body := docxBuild(t, "steering", in)
			assert.Contains(t, body, tt.want)
		})
	}
}

// TestDocxVacantRole: the roles document asks a vacant role for a holder
// first, neither for a deputy nor for a confirmation date.
func TestDocxVacantRole(t *testing.T) {
	in := docxFixture()
	in.A.Holders[assessment.RoleEHS] = assessment.Holder{Name: "vacant (external safety specialist)"}
	_, body := docxBuild(t, "roles", in)
	assert.Contains(t, body, "[to complete: name a holder first where the entry says the role is vacant]")
	i := strings.Index(body, "vacant (external safety specialist)")
	require.GreaterOrEqual(t, i, 0)
	row := body[i:min(len(body), i+200)]
	assert.NotContains(t, row, "[to complete: deputy]")
	assert.NotContains(t, row, "[to complete: date confirmed]")
}

// TestDocxQuestionedAccountable: where a finding questions the ISMS
// owner's A on plant-floor work (GOV-02 at 1 with the Executive-led
// matrix), the documents name that A with the finding's doubt, not as
// settled; with GOV-02 in place they state it plainly.
func TestDocxQuestionedAccountable(t *testing.T) {
	const doubt = "(which a finding questions: the answers do not show this role's authority on the plant floor)"
	in := docxFixture()
	// Off a GMP site the ISMS owner holds the A of plant-floor change
	// management (8.32) in the Executive-led model, which both documents
	// name in a sentence.
	in.A.Profile.Validated = false
	m, err := assessment.Preset(assessment.ModelExecutiveLed, in.A.Profile)
	require.NoError(t, err)
	in.A.Matrix = m
	in.A.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating1}
	require.Contains(t, assessment.QuestionedAccountables(in.A), assessment.CellKey{Control: "8.32", Domain: assessment.DomainOT})
	for _, kind := range []string{"roles", "steering"} {
		_, body := docxBuild(t, kind, in)
		assert.Contains(t, body, doubt, kind)
	}
	in.A.Answers["GOV-02"] = assessment.Answer{Rating: assessment.Rating3}
	for _, kind := range []string{"roles", "steering"} {
		_, body := docxBuild(t, kind, in)
		assert.NotContains(t, body, doubt, kind)
	}
}

// TestDocxIsolationUnsettled: in a consensus whose session did not settle
// INC-02, the roles document says the respondents differ beside the
// sentence drawn from the lowest answer; agreed, it does not (review 47).
func TestDocxIsolationUnsettled(t *testing.T) {
	const differ = "The respondents answered INC-02 differently and the session did not settle it: the lowest answer counts until the group agrees."
	in := docxFixture()
	in.A.Answers["INC-02"] = assessment.Answer{Rating: assessment.Rating0}
	in.A.Consensus = map[string]assessment.Agreement{"INC-02": {Dissent: []assessment.Dissent{{Respondent: "Anna Berg", Role: assessment.RoleIT, Rating: assessment.Rating2}}}}
	_, body := docxBuild(t, "roles", in)
	assert.Contains(t, body, "who may take this decision not yet defined (INC-02)")
	assert.Contains(t, body, differ)
	in.A.Consensus["INC-02"] = assessment.Agreement{Agreed: true, Dissent: in.A.Consensus["INC-02"].Dissent}
	_, body = docxBuild(t, "roles", in)
	assert.NotContains(t, body, differ, "the session agreed INC-02")
}

// TestCentralisedWithoutCentralTeam: the centralised model speaks of a
// central security team; where the profile records no central function
// the roles document and the steering terms say so rather than suggest
// that one exists.
func TestCentralisedWithoutCentralTeam(t *testing.T) {
	const roles = "The profile records no central security or risk function, so the central team this model describes does not exist yet: until one is set up, what the model gives that team falls to the ISMS owner in person"
	const steering = "through a central security team where there is one (the profile records none)"
	for _, central := range []bool{false, true} {
		t.Run(fmt.Sprint("central=", central), func(t *testing.T) {
			in := docxFixture()
			in.A.Profile.OwnershipModel, in.A.Profile.CentralRisk = assessment.ModelCentralised, central
			_, body := docxBuild(t, "roles", in)
			require.Contains(t, body, "The organisation runs the Centralised ownership model")
			assert.Equal(t, !central, strings.Contains(body, roles), "roles document")
			_, body = docxBuild(t, "steering", in)
			require.Contains(t, body, "In the centralised model")
			assert.Equal(t, !central, strings.Contains(body, steering), "steering terms")
		})
	}
}
