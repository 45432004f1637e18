package pack

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

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
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	parts := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(r)
		require.NoError(t, err)
		parts[f.Name] = string(b)
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, "%s is not well-formed XML", f.Name)
		}
	}
	return parts
}

// docxText returns the text of a WordprocessingML part: w:t content, a
// line per paragraph (so a table cell is a line).
func docxText(t *testing.T, part string) string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(part))
	var b strings.Builder
	in := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return b.String()
		}
		require.NoError(t, err)
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "t":
				in = true
			case "br":
				b.WriteString("\n")
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "t":
				in = false
			case "p":
				b.WriteString("\n")
			}
		case xml.CharData:
			if in {
				b.Write(e)
			}
		}
	}
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
	assert.Contains(t, body, "Low\nCorporate IT\n"+assessment.RoleName(n, assessment.RoleIT)+"\n–\n24 months\n")
	assert.Contains(t, body, "Critical\nSafety- or quality-relevant\n[to complete: role]\n[to complete: EHS and/or Quality]\n")
	// The RACI summary: one row per theme and domain.
	for _, th := range []string{"Organisational controls (5.x)", "People controls (6.x)", "Physical controls (7.x)", "Technological controls (8.x)"} {
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
	assert.Contains(t, body, "Chair: "+assessment.RoleName(nil, assessment.RoleISMSOwner)+" (Marta Keller), with the site directors as members")
	// Sample 0 is GMP-validated and safety-critical: Quality and EHS are
	// required members; HR is not.
	require.True(t, in.A.Profile.Validated)
	require.True(t, in.A.Profile.SafetyCritical)
	assert.Contains(t, body, "Quality & validation\nDr. Anna Novak\nRequired\n")
	assert.Contains(t, body, "EHS / process safety\n[to complete: name]\nRequired\n")
	assert.Contains(t, body, "HR\n[to complete: name]\nAs needed\n")
}

// TestSteeringChair checks the chair follows the ownership model, as
// models.go describes each.
func TestSteeringChair(t *testing.T) {
	tests := []struct {
		model, want string
	}{
		{assessment.ModelExecutiveLed, "Chair: Executive sponsor ([to complete: name])"},
		{assessment.ModelCentralised, "Chair: ISMS owner (CISO / risk) (Marta Keller)\n"},
		{assessment.ModelFederated, "Chair: ISMS owner (CISO / risk) (Marta Keller), with the site directors as members"},
		{"", "Chair: [to complete: chair – depends on the ownership model"},
	}
	for _, tt := range tests {
		t.Run(tt.model, func(t *testing.T) {
			in := docxFixture()
			in.A.Profile.OwnershipModel = tt.model
			if tt.model == "" {
				in.A.Model = ""
			}
			_, body := docxBuild(t, "steering", in)
			assert.Contains(t, body, tt.want)
		})
	}
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
	art := regexp.MustCompile(`NIS2 Art\. (\d+(?:\(\d+\))?)`)
	bare := regexp.MustCompile(`\((\d+\.\d+(?:\.\d+)?)(?:, (\d+\.\d+(?:\.\d+)?))?[;)]`)
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
			// Bare clause numbers in parentheses, "(6.2)", "(9.2, 10.2)".
			for _, m := range bare.FindAllStringSubmatch(body, -1) {
				for _, c := range m[1:] {
					if c != "" {
						assert.True(t, clauses[c], "clause (%s) is not in the reference list", c)
					}
				}
			}
			assert.Greater(t, n, 3)
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
