package pack_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/pack"
	"github.com/isms-tools/ownership-assessment/assessment/pack/packtest"
)

// The sentences that say how much of the authority table is the tool's
// proposal, in English.
const (
	authorityUnchangedEN = "This table is the tool's proposal for the %s ownership model and this profile, unchanged: every role, consultation and acceptance period in it is a proposal until top management has decided on it."
	authorityKeptEN      = "Rows still as the tool proposes them for the %s ownership model and this profile: %d of %d. They are a proposal until top management has decided on them."
)

// authorityDocs builds the authority workbook and the roles document from
// a and returns the "To complete" note of the workbook's header and the
// text of section 6.2 of the roles document, as a reader sees them.
func authorityDocs(t *testing.T, a assessment.Assessment) (header, section string) {
	t.Helper()
	in := pack.Input{A: a, Generated: xlsxGenerated}
	_, x := buildXLSX(t, "authority", in)
	sheets := x.GetSheetList()
	require.Len(t, sheets, 1)
	rows := sheetRows(t, x, sheets[0])
	require.Greater(t, len(rows), xlsxHeadRows)
	header = cellAt(rows[2], 0)
	require.True(t, strings.HasPrefix(header, l10n.F("To complete: %s", "")), header)

	f, err := pack.Build("roles", in)
	require.NoError(t, err)
	parts, err := packtest.Parts(f.Data)
	require.NoError(t, err)
	body, err := packtest.Text(parts["word/document.xml"])
	require.NoError(t, err)
	from := strings.Index(body, l10n.T("6.2 Accepting risk")+"\n")
	to := strings.Index(body, l10n.T("6.3 Stopping or allowing a change on the plant floor")+"\n")
	require.True(t, from >= 0 && to > from, "the roles document has sections 6.2 and 6.3")
	return header, body[from:to]
}

// authorityFixture is an assessment whose matrix was started from the
// federated model (the sample: validated, safety-critical), with its
// authority table as that model proposes it for the profile.
func authorityFixture(t *testing.T) assessment.Assessment {
	t.Helper()
	a := assessment.Sample(0, xlsxGenerated.AddDate(0, 0, -3))
	require.Equal(t, assessment.ModelFederated, a.Model)
	require.True(t, a.Profile.Validated && a.Profile.SafetyCritical)
	a.Authority = assessment.AuthorityPreset(a.Model, a.Profile)
	return a
}

// withRow returns a copy of a's authority table with row k replaced by
// what change makes of it.
func withRow(a assessment.Assessment, k assessment.AuthorityKey, change func(*assessment.Authority)) map[assessment.AuthorityKey]assessment.Authority {
	out := make(map[assessment.AuthorityKey]assessment.Authority, len(a.Authority))
	for key, v := range a.Authority {
		out[key] = v
	}
	v := out[k]
	change(&v)
	out[k] = v
	return out
}

// TestAuthorityTableProvenance: the authority workbook's header and
// section 6.2 of the roles document say plainly when the table is the
// tool's proposal unchanged, count the rows still as proposed when it was
// partly changed, and say nothing when no row is the tool's or there is
// no model to compare with.
func TestAuthorityTableProvenance(t *testing.T) {
	fed := l10n.T("Federated")
	highOT := assessment.AuthorityKey{Level: assessment.RiskHigh, Context: assessment.ContextOT}
	lowIT := assessment.AuthorityKey{Level: assessment.RiskLow, Context: assessment.ContextIT}

	tests := []struct {
		name string
		edit func(a *assessment.Assessment)
		want string // "" for neither sentence
	}{
		{
			name: "preset unchanged",
			edit: func(*assessment.Assessment) {},
			want: l10n.F(authorityUnchangedEN, fed),
		},
		{
			name: "one period changed",
			edit: func(a *assessment.Assessment) {
				a.Authority = withRow(*a, highOT, func(r *assessment.Authority) { r.MaxMonths = 9 })
			},
			want: l10n.F(authorityKeptEN, fed, 15, 16),
		},
		{
			name: "one consultation dropped and one row cleared",
			edit: func(a *assessment.Assessment) {
				a.Authority = withRow(*a, highOT, func(r *assessment.Authority) { r.Consult = r.Consult[1:] })
				delete(a.Authority, lowIT)
			},
			want: l10n.F(authorityKeptEN, fed, 14, 16),
		},
		{
			// Quality is no longer consulted in the model's proposal for
			// today's profile: the four safety- or quality-relevant rows
			// that still consult it are no longer the tool's proposal.
			name: "profile changed after the preset was applied",
			edit: func(a *assessment.Assessment) { a.Profile.Validated = false },
			want: l10n.F(authorityKeptEN, fed, 12, 16),
		},
		{
			name: "the model only in the profile",
			edit: func(a *assessment.Assessment) {
				a.Model, a.Profile.OwnershipModel = "", assessment.ModelCentralised
				a.Authority = assessment.AuthorityPreset(assessment.ModelCentralised, a.Profile)
			},
			want: l10n.F(authorityUnchangedEN, l10n.T("Centralised")),
		},
		{
			name: "every row the organisation's own",
			edit: func(a *assessment.Assessment) {
				for k, r := range a.Authority {
					r.MaxMonths--
					a.Authority[k] = r
				}
			},
		},
		{
			name: "empty table",
			edit: func(a *assessment.Assessment) { a.Authority = nil },
		},
		{
			name: "no model to compare with",
			edit: func(a *assessment.Assessment) { a.Model, a.Profile.OwnershipModel = "", "" },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := authorityFixture(t)
			tt.edit(&a)
			header, section := authorityDocs(t, a)
			if tt.want == "" {
				for _, text := range []string{header, section} {
					assert.NotContains(t, text, "the tool's proposal for the")
					assert.NotContains(t, text, "Rows still as the tool proposes them")
				}
				return
			}
			assert.True(t, strings.HasSuffix(header, " "+tt.want), "the workbook's header ends with the sentence: %q", header)
			assert.Contains(t, section, "\n"+tt.want+"\n", "section 6.2 has the sentence as its own paragraph")
			assert.Equal(t, 1, strings.Count(section, tt.want))
		})
	}
}

// TestAuthorityTableProvenanceInGerman: the same sentences in German,
// naming the model as the German documents name it.
func TestAuthorityTableProvenanceInGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	a := authorityFixture(t)
	header, section := authorityDocs(t, a)
	unchanged := "Diese Tabelle ist der unveränderte Vorschlag des Werkzeugs für das Verantwortungsmodell „Föderiert“ und dieses Profil: Jede Rolle, jede Konsultation und jede Akzeptanzdauer darin ist ein Vorschlag, bis die oberste Leitung darüber entschieden hat."
	assert.Contains(t, header, unchanged)
	assert.Contains(t, section, unchanged)

	a.Authority = withRow(a, assessment.AuthorityKey{Level: assessment.RiskCritical, Context: assessment.ContextShared},
		func(r *assessment.Authority) { r.MaxMonths = 1 })
	header, section = authorityDocs(t, a)
	kept := "Zeilen, die noch dem Vorschlag des Werkzeugs für das Verantwortungsmodell „Föderiert“ und dieses Profil entsprechen: 15 von 16. Sie sind ein Vorschlag, bis die oberste Leitung darüber entschieden hat."
	for _, text := range []string{header, section} {
		assert.Contains(t, text, kept)
		assert.NotContains(t, text, "unveränderte Vorschlag")
	}
}

// Where GOV-05 reports the organisation's own written scheme, the note
// on the tool's proposal says to compare the two, in the workbook and in
// section 6.2; without such an answer it does not.
func TestAuthorityProposalBesideWrittenScheme(t *testing.T) {
	const scheme = "GOV-05 reports the organisation's own written acceptance scheme (answered \u201cImplemented\u201d): compare the two and enter the scheme's levels and roles here; the proposal does not replace the scheme."
	a := authorityFixture(t)
	a.Answers["GOV-05"] = assessment.Answer{Rating: assessment.Rating1}
	header, section := authorityDocs(t, a)
	assert.NotContains(t, header+section, "GOV-05 reports")

	a.Answers["GOV-05"] = assessment.Answer{Rating: assessment.Rating3}
	header, section = authorityDocs(t, a)
	want := l10n.F(authorityUnchangedEN, l10n.T("Federated")) + " " + scheme
	assert.True(t, strings.HasSuffix(header, " "+want), "the workbook's header ends with both sentences: %q", header)
	assert.Contains(t, section, "\n"+want+"\n")
}
