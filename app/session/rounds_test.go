package session

import (
	"bytes"
	"maps"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

func TestNewRespondentStartsBlank(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	q := firstQuestion(t)
	require.NoError(t, h.SetProfile(assessment.Profile{Organisation: "Acme", Site: "Plant A", Round: "Baseline", Date: "2026-03-10",
		Respondent: "Omar Ortiz", RespondentRole: assessment.RoleOT, Assessor: "C. Consultant", Validated: true}))
	require.NoError(t, h.SetAnswer(q, assessment.Answer{Rating: assessment.Rating3, Note: "OT lead's note"}))
	require.NoError(t, h.SetLetter(assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}, assessment.RoleOT, assessment.LetterAccountable))

	nid, err := h.NewRespondent(id)
	require.NoError(t, err)
	got := h.stored(t, nid)
	assert.Empty(t, got.Answers)
	assert.Empty(t, got.Matrix)
	assert.Nil(t, got.Consensus)
	assert.Equal(t, "Plant A", got.Profile.Site)
	assert.Equal(t, "Baseline", got.Profile.Round)
	assert.Equal(t, "2026-03-10", got.Profile.Date)
	assert.True(t, got.Profile.Validated)
	assert.Equal(t, "C. Consultant", got.Profile.Assessor)
	assert.Empty(t, got.Profile.Respondent)
	assert.Empty(t, got.Profile.RespondentRole)
	assert.Equal(t, "Plant A \u2013 Baseline \u2013 new respondent", got.Name)
	assert.Contains(t, h.Notice().Text, "respondent\u2019s name and role")
	assert.Len(t, h.List().Items, 2)
}

func TestExportSanitised(t *testing.T) {
	h := newHarness(t, nil)
	id, err := h.Create()
	require.NoError(t, err)
	q := firstQuestion(t)
	require.NoError(t, h.SetProfile(assessment.Profile{Site: "Plant A", Respondent: "Omar Ortiz", Assessor: "Clara Consult"}))
	require.NoError(t, h.SetAnswer(q, assessment.Answer{Rating: assessment.Rating3, Note: "secret note"}))
	require.NoError(t, h.ExportSanitised(id))
	require.Len(t, h.downloads, 1)
	d := h.downloads[0]
	assert.True(t, strings.HasSuffix(d.name, "-without-names.csv"), d.name)
	for _, s := range []string{"Omar", "Ortiz", "Clara", "secret note"} {
		assert.NotContains(t, string(d.data), s)
		assert.NotContains(t, d.name, strings.ToLower(s))
	}
	as, rep, err := csvio.ImportWithReport(d.data)
	require.NoError(t, err)
	assert.True(t, rep.Integrity[as[0].ID].Sanitised)
}

// saveConsensus stores, through h, the consensus of two respondents who
// rate q at 4 and 0 and agreed on 2, and returns it.
func saveConsensus(t *testing.T, h *harness, q string) assessment.Assessment {
	t.Helper()
	a := assessment.New(h.NewID(), testNow)
	b := assessment.New(h.NewID(), testNow)
	a.Answers[q] = assessment.Answer{Rating: assessment.Rating4}
	b.Answers[q] = assessment.Answer{Rating: assessment.Rating0}
	c := assessment.BuildConsensus(h.NewID(), testNow, []assessment.Assessment{a, b}, map[string]assessment.Decision{q: {Rating: assessment.Rating2, Rationale: "why"}})
	require.NoError(t, h.SaveConsensus(c))
	return c
}

func TestSaveConsensus(t *testing.T) {
	h := newHarness(t, nil)
	q := firstQuestion(t)
	c := saveConsensus(t, h, q)
	got := h.stored(t, c.ID)
	assert.Equal(t, c.Consensus, got.Consensus)
	assert.Contains(t, h.Notice().Text, "dissenting")
}

// TestConsensusEditsAreMarked: an answer or matrix row of a stored
// consensus changed in the flow is marked as changed after the session,
// with what the session gave, and undoing the matrix change removes the
// mark; the respondents' own assessments are edited without marks.
func TestConsensusEditsAreMarked(t *testing.T) {
	h := newHarness(t, nil)
	q := firstQuestion(t)
	c := saveConsensus(t, h, q)
	require.NoError(t, h.Open(c.ID))

	require.NoError(t, h.SetAnswer(q, assessment.Answer{Rating: assessment.Rating3}))
	k := assessment.CellKey{Control: "5.1", Domain: assessment.DomainOT}
	require.NoError(t, h.SetLetter(k, assessment.RoleOT, assessment.LetterAccountable))
	h.Flush()
	got := h.stored(t, c.ID)
	ag := got.Consensus[q]
	assert.True(t, ag.Agreed, "the session's record stays")
	from, changed := ag.ChangedFrom(got.Answers[q].Rating)
	assert.True(t, changed)
	assert.Equal(t, assessment.Rating2, from, "the answer the session agreed")
	_, changed = got.RowConsensus[k].ChangedFrom(got.Matrix[k])
	assert.True(t, changed, "a row filled after the session")
	require.NoError(t, h.SetChangeReason(q, "The board minutes were found."))
	h.Flush()
	assert.Equal(t, "The board minutes were found.", h.stored(t, c.ID).Consensus[q].ChangeReason)
	other := assessment.Questions()[1].ID
	assert.ErrorIs(t, h.SetChangeReason(other, "why"), ErrNotChanged, "an answer not changed has no reason to give")
	require.NoError(t, h.SetRowChangeReason(k, "The OT lead took 5.1 over."))
	assert.ErrorIs(t, h.SetRowChangeReason(assessment.CellKey{Control: "5.2", Domain: assessment.DomainOT}, "why"), ErrNotChanged)

	// A profile field changed after the session is marked too, and asks
	// for its reason; changed back, the mark and the reason go.
	p := got.Profile
	p.Validated = true
	require.NoError(t, h.SetProfile(p))
	assert.ErrorIs(t, h.SetProfileChangeReason("plants", "why"), ErrNotChanged)
	require.NoError(t, h.SetProfileChangeReason("validated", "The packaging line is GMP."))
	h.Flush()
	got = h.stored(t, c.ID)
	assert.Equal(t, "The OT lead took 5.1 over.", got.RowConsensus[k].ChangeReason)
	assert.Equal(t, map[string]assessment.FieldChange{"validated": {ChangedOn: "2026-03-14", ChangeReason: "The packaging line is GMP."}}, got.ProfileChanges)
	require.NotNil(t, got.SessionProfile)
	assert.False(t, got.SessionProfile.Validated, "the profile as stored")
	p.Validated = false
	require.NoError(t, h.SetProfile(p))
	h.Flush()
	got = h.stored(t, c.ID)
	assert.Nil(t, got.ProfileChanges)
	assert.Nil(t, got.SessionProfile)

	require.NoError(t, h.UndoMatrix())
	h.Flush()
	got = h.stored(t, c.ID)
	_, changed = got.RowConsensus[k].ChangedFrom(got.Matrix[k])
	assert.False(t, changed, "undone: the row is the session's again")

	id, err := h.Create()
	require.NoError(t, err)
	require.NoError(t, h.SetAnswer(q, assessment.Answer{Rating: assessment.Rating3}))
	h.Flush()
	assert.Nil(t, h.stored(t, id).Consensus, "a respondent's own assessment is no consensus")
}

// TestImportKeepsConsensusChanges: a consensus exported, edited in a
// spreadsheet (an answer changed, the changed rows gone) and imported
// over the stored record keeps the marks of its changes since it was
// stored, and gains the spreadsheet's.
func TestImportKeepsConsensusChanges(t *testing.T) {
	h := newHarness(t, nil)
	a := assessment.New(h.NewID(), testNow)
	b := assessment.New(h.NewID(), testNow)
	qs := assessment.Questions()
	q1, q2 := qs[0].ID, qs[1].ID
	a.Answers[q1], b.Answers[q1] = assessment.Answer{Rating: assessment.Rating4}, assessment.Answer{Rating: assessment.Rating0}
	a.Answers[q2], b.Answers[q2] = assessment.Answer{Rating: assessment.Rating1}, assessment.Answer{Rating: assessment.Rating1}
	c := assessment.BuildConsensus(h.NewID(), testNow, []assessment.Assessment{a, b}, map[string]assessment.Decision{q1: {Rating: assessment.Rating2, Rationale: "why"}})
	require.NoError(t, h.SaveConsensus(c))
	require.NoError(t, h.Open(c.ID))
	require.NoError(t, h.SetAnswer(q1, assessment.Answer{Rating: assessment.Rating3}))
	h.Flush()
	h.Close()

	// The file as a spreadsheet left it: q2 raised, the marks gone.
	edited := h.stored(t, c.ID)
	edited.Answers = maps.Clone(edited.Answers)
	edited.Answers[q2] = assessment.Answer{Rating: assessment.Rating4}
	edited.Consensus = maps.Clone(edited.Consensus)
	ag := edited.Consensus[q1]
	ag.Changed, ag.SessionAnswer, ag.ChangedOn = false, "", ""
	edited.Consensus[q1] = ag
	var buf bytes.Buffer
	require.NoError(t, csvio.Export(&buf, edited))
	h.PreviewFiles(File{Name: "edited.csv", Data: buf.Bytes()})
	require.NotNil(t, h.Preview())
	_, err := h.ConfirmImport()
	require.NoError(t, err)

	got := h.stored(t, c.ID)
	for q, want := range map[string]assessment.Rating{q1: assessment.Rating2, q2: assessment.Rating1} {
		from, changed := got.Consensus[q].ChangedFrom(got.Answers[q].Rating)
		assert.True(t, changed, "%s: marked as changed after the consensus was stored", q)
		assert.Equal(t, want, from, "%s: what the consensus held when stored", q)
	}
	assert.True(t, got.Consensus[q1].Agreed, "the session's record stays")
}
