package csvio

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// editRows rewrites an exported file row by row: edit gets the cells of
// each record (the header too), unescaped, and may change them or drop
// the row by returning false.
func editRows(t *testing.T, data []byte, edit func(cells []string) bool) []byte {
	t.Helper()
	sc := scanner{s: strings.TrimPrefix(string(data), "\ufeff"), line: 1, comma: ','}
	var out bytes.Buffer
	out.WriteString("\ufeff")
	for {
		var probs []scanProblem
		rec, ok := sc.next(&probs)
		require.Empty(t, probs)
		if !ok {
			break
		}
		cells := make([]string, len(rec.cells))
		for i, c := range rec.cells {
			cells[i] = unescapeCell(c.s)
		}
		if edit(cells) {
			WriteRecord(&out, cells)
		}
	}
	return out.Bytes()
}

// replaceCell sets cell col of the first row with the given section and
// item_id, as a person editing the file would.
func replaceCell(t *testing.T, data []byte, section, item string, col int, v string) []byte {
	t.Helper()
	edited := false
	return editRows(t, data, func(cells []string) bool {
		if !edited && cells[colSection] == section && cells[colItemID] == item {
			cells[col] = v
			edited = true
		}
		return true
	})
}

// dropRows removes the rows with the given section and item_id.
func dropRows(t *testing.T, data []byte, section, item string) []byte {
	t.Helper()
	return editRows(t, data, func(cells []string) bool {
		return cells[colSection] != section || cells[colItemID] != item
	})
}

// TestSeal is the table of the export fingerprint: unchanged through
// every spreadsheet re-save that keeps the meaning, edited when a value
// changed, missing when the row is gone or the file is older.
func TestSeal(t *testing.T) {
	a := sample()
	data := export(t, a)
	q := assessment.Questions()[1].ID
	tests := []struct {
		name string
		file func(t *testing.T) []byte
		want Seal
	}{
		{"AsExported", func(t *testing.T) []byte { return data }, SealUnchanged},
		{"ExcelSemicolonResave", func(t *testing.T) []byte { return resave(t, data, excelSemicolon) }, SealUnchanged},
		{"LibreOfficeAllQuotedLF", func(t *testing.T) []byte { return resave(t, data, libreOffice) }, SealUnchanged},
		{"ExcelUSDates", func(t *testing.T) []byte { return resave(t, data, excelUS) }, SealUnchanged},
		{"ExcelGermanDates", func(t *testing.T) []byte { return resave(t, data, excelDE) }, SealUnchanged},
		{"AnswerChanged", func(t *testing.T) []byte { return replaceCell(t, data, SectionAnswer, q, colValue, "4") }, SealEdited},
		{"NoteChanged", func(t *testing.T) []byte { return replaceCell(t, data, SectionAnswer, q, colNote, "edited later") }, SealEdited},
		{"LabelChangedOnly", func(t *testing.T) []byte { return replaceCell(t, data, SectionAnswer, q, colLabel, "reworded") }, SealUnchanged},
		{"FingerprintRowRemoved", func(t *testing.T) []byte { return dropRows(t, data, SectionMeta, metaHash) }, SealMissing},
		{"FingerprintEmptied", func(t *testing.T) []byte { return replaceCell(t, data, SectionMeta, metaHash, colValue, "") }, SealMissing},
		{"FingerprintAltered", func(t *testing.T) []byte {
			return replaceCell(t, data, SectionMeta, metaHash, colValue, "sha256:"+strings.Repeat("0", 64))
		}, SealEdited},
		{"OlderFile", func(t *testing.T) []byte { return readFixture(t, "schema3-export.csv") }, SealMissing},
		// Exported when the bank had 70 questions, before CTL-07 and
		// BRF-08 (lateQuestions): the record read from it lacks their
		// answers, as the file did, and seals as it did.
		{"BeforeLateQuestions", func(t *testing.T) []byte { return readFixture(t, "export-70-questions.csv") }, SealUnchanged},
		// Written by a build of schema 7 with its seal: read into schema 8
		// with the same content, it is unchanged.
		{"EarlierSchemaSealed", func(t *testing.T) []byte {
			old := a
			old.Schema = 7
			b := replaceCell(t, data, SectionMeta, metaSchema, colValue, "7")
			return replaceCell(t, b, SectionMeta, metaHash, colValue, SealOf(old, false))
		}, SealUnchanged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, rep, err := ImportWithReport(tt.file(t))
			require.NoError(t, err)
			require.NotEmpty(t, as)
			got, ok := rep.Integrity[as[0].ID]
			require.True(t, ok)
			assert.Equal(t, tt.want, got.Seal, got.Sentence())
			assert.NotEmpty(t, got.Sentence())
		})
	}
}

// TestSanitisedExport proves that the export without names and notes
// holds no person name, note, rationale or role title of the record.
func TestSanitisedExport(t *testing.T) {
	a := sample()
	a.Profile.Round = "Baseline"
	a.Consensus = map[string]assessment.Agreement{
		assessment.Questions()[0].ID: {Agreed: true, Rationale: "Rationale that names Frau Kowalczyk-Rationale", Dissent: []assessment.Dissent{
			{Respondent: "Zbigniew Dissentersson", Role: assessment.RoleIT, Rating: assessment.Rating2},
		}},
	}
	var buf bytes.Buffer
	require.NoError(t, ExportWith(&buf, ExportOptions{Sanitise: true}, a))
	data := buf.String()

	secrets := []string{a.Name, a.Profile.Assessor, a.Profile.Respondent, "Frau Kowalczyk-Rationale", "Zbigniew Dissentersson"}
	for _, n := range a.RoleNames {
		secrets = append(secrets, n)
	}
	q0 := assessment.Questions()[0].ID
	ans := a.Answers[q0]
	ans.Note = "Private note Xyzzy-4711 about Herr Brandt"
	a.Answers[q0] = ans
	// The action plan's named owners and the team's own task texts are
	// free text too.
	a.Plan = map[string]assessment.PlanEntry{
		q0:      {Text: "Ask Dr Quaxenberg to sign the policy", Person: "Dr Quaxenberg", Status: assessment.StatusInProgress},
		"ADD-1": {Text: "Brief Mr Plimsoll-Added on the DMZ", Person: "Mr Plimsoll-Added"},
	}
	buf.Reset()
	require.NoError(t, ExportWith(&buf, ExportOptions{Sanitise: true}, a))
	data = buf.String()
	secrets = append(secrets, "Xyzzy-4711", "Herr Brandt", "Quaxenberg", "Plimsoll-Added")
	for _, s := range secrets {
		assert.NotContains(t, data, s)
	}
	// Every note cell is empty: notes, rationales and dissenters' names
	// all travel in that column.
	editRows(t, buf.Bytes(), func(cells []string) bool {
		if cells[colSection] != "section" {
			assert.Empty(t, cells[colNote], "%s %s", cells[colSection], cells[colItemID])
		}
		return true
	})
	// No note cell and no assessor or respondent value is left.
	as, rep, err := ImportWithReport(buf.Bytes())
	require.NoError(t, err)
	require.Len(t, as, 1)
	got := as[0]
	assert.True(t, rep.Integrity[a.ID].Sanitised)
	assert.Equal(t, SealUnchanged, rep.Integrity[a.ID].Seal)
	assert.Empty(t, got.Profile.Assessor)
	assert.Empty(t, got.Profile.Respondent)
	assert.Nil(t, got.RoleNames)
	for id, ans := range got.Answers {
		assert.Empty(t, ans.Note, id)
	}
	for _, ag := range got.Consensus {
		assert.Empty(t, ag.Rationale)
		for _, d := range ag.Dissent {
			assert.Empty(t, d.Respondent)
		}
	}
	// What the assessment is about stays.
	assert.Equal(t, a.Profile.Site, got.Profile.Site)
	assert.Equal(t, "Baseline", got.Profile.Round)
	assert.Equal(t, a.Answers[assessment.Questions()[0].ID].Rating, got.Answers[assessment.Questions()[0].ID].Rating)
	assert.Equal(t, len(a.Matrix), len(got.Matrix))
}

// TestConsensusRoundTrip: a consensus assessment keeps its agreed
// answers, rationales and dissent through the CSV, in any row order.
func TestConsensusRoundTrip(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	it := assessment.New("it1", now)
	it.Profile = assessment.Profile{Site: "Plant A", Date: "2026-03-10", Respondent: "Anna Berg", RespondentRole: assessment.RoleIT}
	ot := assessment.New("ot1", now)
	ot.Profile = assessment.Profile{Site: "Plant A", Date: "2026-03-11", Respondent: "Omar Ortiz", RespondentRole: assessment.RoleOT}
	qs := assessment.Questions()
	it.Answers[qs[0].ID] = assessment.Answer{Rating: assessment.Rating4, Note: "IT note"}
	ot.Answers[qs[0].ID] = assessment.Answer{Rating: assessment.Rating1}
	it.Answers[qs[1].ID] = assessment.Answer{Rating: assessment.Rating3}
	ot.Answers[qs[1].ID] = assessment.Answer{Rating: assessment.RatingUnknown}
	it.Answers[qs[2].ID] = assessment.Answer{Rating: assessment.Rating2}
	ot.Answers[qs[2].ID] = assessment.Answer{Rating: assessment.Rating2}
	c := assessment.BuildConsensus("cons1", now, []assessment.Assessment{it, ot},
		map[string]assessment.Decision{qs[0].ID: {Rating: assessment.Rating2, Rationale: "Steering minutes exist, but =no OT sign-off"}})
	require.NoError(t, assessment.Validate(c))
	require.True(t, c.IsConsensus())
	require.Len(t, c.Consensus[qs[0].ID].Dissent, 2)

	data := export(t, c)
	for _, d := range []dialect{{comma: ',', bom: true, eol: "\r\n"}, excelSemicolon, libreOffice} {
		as, rep, err := ImportWithReport(resave(t, data, d))
		require.NoError(t, err)
		sameAssessments(t, as, []assessment.Assessment{c})
		assert.Equal(t, c.Consensus, as[0].Consensus)
		assert.Equal(t, SealUnchanged, rep.Integrity[c.ID].Seal)
	}
	// Rows sorted by a spreadsheet: dissent before its consensus row.
	lines := strings.Split(strings.TrimSuffix(strings.TrimPrefix(string(data), "\ufeff"), "\r\n"), "\r\n")
	var body, moved []string
	for _, l := range lines[1:] {
		if strings.Contains(l, ","+SectionDissent+",") {
			moved = append(moved, l)
		} else {
			body = append(body, l)
		}
	}
	sorted := strings.Join(append(append([]string{lines[0]}, moved...), body...), "\r\n") + "\r\n"
	as, err := Import([]byte(sorted))
	require.NoError(t, err)
	assert.Equal(t, c.Consensus, as[0].Consensus)
}

// A consensus with a settled and an unsettled matrix row round-trips
// through the CSV with its dissenting rows, under an intact seal, and the
// sanitised export keeps the rows without the names.
func TestRowConsensusRoundTrip(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	it, ot := assessment.New("it", now), assessment.New("ot", now)
	it.Profile = assessment.Profile{Site: "Plant A", Round: "Baseline", Respondent: "Anna Berg", RespondentRole: assessment.RoleIT}
	ot.Profile = assessment.Profile{Site: "Plant A", Round: "Baseline", Respondent: "Omar Ortiz", RespondentRole: assessment.RoleOT}
	for _, a := range []assessment.Assessment{it, ot} {
		a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating2}
	}
	settled, open := assessment.CellKey{Control: "5.10", Domain: assessment.DomainOT}, assessment.CellKey{Control: "8.1", Domain: assessment.DomainShared}
	it.Matrix[settled] = assessment.RACI{assessment.RoleIT: assessment.LetterAccountable, assessment.RoleOT: assessment.LetterConsulted}
	ot.Matrix[settled] = assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible}
	it.Matrix[open] = assessment.RACI{assessment.RoleIT: assessment.LetterAccountable}
	ot.Matrix[open] = assessment.RACI{assessment.RoleOT: assessment.LetterAccountable}
	c := assessment.BuildConsensusWith("cons1", now, []assessment.Assessment{it, ot}, nil,
		map[assessment.CellKey]assessment.RowDecision{settled: {Row: ot.Matrix[settled], Rationale: "OT signs, \"IT\" is consulted"}})
	require.NoError(t, assessment.Validate(c))
	require.Len(t, c.RowConsensus, 2)

	var buf bytes.Buffer
	require.NoError(t, Export(&buf, c))
	assert.Contains(t, buf.String(), "cons1,dissent,A.5.10,ot,")
	as, rep, err := ImportWithReport(buf.Bytes())
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, c.RowConsensus, as[0].RowConsensus)
	assert.Equal(t, c.Matrix, as[0].Matrix)
	assert.Equal(t, SealUnchanged, rep.Integrity["cons1"].Seal)

	// An edited dissenting letter breaks the seal.
	edited := strings.Replace(buf.String(), "cons1,dissent,A.8.1,shared,Filled otherwise,,,it,,Anna Berg,,,,A,", "cons1,dissent,A.8.1,shared,Filled otherwise,,,it,,Anna Berg,,,,R,", 1)
	require.NotEqual(t, buf.String(), edited, "the test edits a row")
	_, rep, err = ImportWithReport([]byte(edited))
	require.NoError(t, err)
	assert.Equal(t, SealEdited, rep.Integrity["cons1"].Seal)

	buf.Reset()
	require.NoError(t, ExportWith(&buf, ExportOptions{Sanitise: true}, c))
	for _, s := range []string{"Anna", "Omar", "OT signs"} {
		assert.NotContains(t, buf.String(), s)
	}
	as, err = Import(buf.Bytes())
	require.NoError(t, err)
	assert.Len(t, as[0].RowConsensus[settled].Dissent, 1, "the dissenting row stays, without its name")
}

// TestRowConsensusImportErrors: what a consensus or dissent row of a
// matrix row must hold.
func TestRowConsensusImportErrors(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	a := assessment.New("cons1", now)
	a.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating2}
	k := assessment.CellKey{Control: "5.10", Domain: assessment.DomainOT}
	a.RowConsensus = map[assessment.CellKey]assessment.RowAgreement{k: {Agreed: true, Dissent: []assessment.RowDissent{{Role: assessment.RoleIT, Row: assessment.RACI{assessment.RoleIT: assessment.LetterAccountable}}}}}
	var buf bytes.Buffer
	require.NoError(t, Export(&buf, a))
	good := buf.String()
	const dissent = "cons1,dissent,A.5.10,ot,Filled before the session,,,it,,,,,,A,"
	require.Contains(t, good, dissent)
	tests := []struct {
		name, from, to, err string
	}{
		{"UnknownControl", "cons1,consensus,A.5.10,ot,", "cons1,consensus,A.9.99,ot,", `unknown control "A.9.99"`},
		{"BadDomain", "cons1,consensus,A.5.10,ot,", "cons1,consensus,A.5.10,plant,", `column 4 (domain)`},
		{"DissentWithValue", dissent, "cons1,dissent,A.5.10,ot,Filled before the session,A,,it,,,,,,A,", "must be empty in a dissent row of a matrix row"},
		{"DissentWithoutLetters", dissent, "cons1,dissent,A.5.10,ot,Filled before the session,,,it,,,,,,,", "needs the respondent's letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(good, tt.from, tt.to, 1)
			require.NotEqual(t, good, data)
			_, err := Import([]byte(data))
			if tt.err == "" {
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// refusal is a file an import must refuse: data with from replaced by
// to, and a message containing err.
type refusal struct{ name, from, to, err string }

// importRefusals checks that each edit of data is refused and says why.
func importRefusals(t *testing.T, data string, tests []refusal) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(data, tt.from, tt.to, 1)
			require.NotEqual(t, data, bad)
			_, err := Import([]byte(bad))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// plantARespondents are the IT and OT leads of Plant A, who rate GOV-01
// at 2 and 3.
func plantARespondents(now time.Time) (it, ot assessment.Assessment) {
	it, ot = assessment.New("it", now), assessment.New("ot", now)
	it.Profile = assessment.Profile{Site: "Plant A", Date: "2026-09-15", Respondent: "Anna Berg", RespondentRole: assessment.RoleIT}
	ot.Profile = assessment.Profile{Site: "Plant A", Date: "2026-09-16", Respondent: "Omar Ortiz", RespondentRole: assessment.RoleOT}
	it.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating2}
	ot.Answers["GOV-01"] = assessment.Answer{Rating: assessment.Rating3}
	return it, ot
}

// TestSessionRoundTrip: a consensus's session travels in its own
// consensus rows, through spreadsheet re-saves (which rewrite the date),
// under the seal; the sanitised export keeps only its date.
func TestSessionRoundTrip(t *testing.T) {
	now := time.Date(2026, 9, 20, 10, 0, 0, 0, time.UTC)
	it, ot := plantARespondents(now)
	c := assessment.BuildConsensus("cons1", now, []assessment.Assessment{it, ot}, nil)
	c.Session = &assessment.Session{Date: "2026-09-20", Facilitator: "Eva Stein", Participants: "Anna Berg (IT lead); Omar Ortiz (OT lead); =Plant manager"}
	require.NoError(t, assessment.Validate(c))

	data := export(t, c)
	assert.Contains(t, string(data), "cons1,consensus,session_date,,Date of the consensus session,2026-09-20,")
	assert.Contains(t, string(data), "cons1,consensus,session_participants,,Participants in the consensus session,Anna Berg (IT lead); Omar Ortiz (OT lead); =Plant manager,")
	for _, d := range []dialect{{comma: ',', bom: true, eol: "\r\n"}, excelSemicolon, libreOffice, excelDE} {
		as, rep, err := ImportWithReport(resave(t, data, d))
		require.NoError(t, err)
		require.Len(t, as, 1)
		assert.Equal(t, c.Session, as[0].Session)
		assert.Equal(t, SealUnchanged, rep.Integrity[c.ID].Seal)
	}

	// Only the date is left once names are left out.
	var buf bytes.Buffer
	require.NoError(t, ExportWith(&buf, ExportOptions{Sanitise: true}, c))
	assert.NotContains(t, buf.String(), "Eva Stein")
	assert.NotContains(t, buf.String(), "Plant manager")
	as, err := Import(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, &assessment.Session{Date: "2026-09-20"}, as[0].Session)

	// An edited facilitator breaks the seal.
	edited := strings.Replace(string(data), ",Eva Stein,", ",Eve Stone,", 1)
	require.NotEqual(t, string(data), edited)
	_, rep, err := ImportWithReport([]byte(edited))
	require.NoError(t, err)
	assert.Equal(t, SealEdited, rep.Integrity[c.ID].Seal)

	const dateRow = "cons1,consensus,session_date,,Date of the consensus session,2026-09-20,"
	tests := []refusal{
		{"BadDate", dateRow, "cons1,consensus,session_date,,Date of the consensus session,2026-02-30,", "2026-02-30"},
		{"WithDomain", dateRow, "cons1,consensus,session_date,ot,Date of the consensus session,2026-09-20,", "must be empty in a session_date row (its text is in value)"},
		{"AsDissent", dateRow, "cons1,dissent,session_date,,Date of the consensus session,2026-09-20,", "session_date belongs in a consensus row, not a dissent row"},
		{"SchemaSix", ",meta,schema,,Schema version,9,", ",meta,schema,,Schema version,6,", "a schema 6 file has no session rows (they came with schema 7)"},
		{"LongFacilitator", ",Eva Stein,", "," + strings.Repeat("x", assessment.MaxPersonLen+1) + ",", "facilitator has 101 characters; at most 100 are allowed"},
	}
	importRefusals(t, string(data), tests)
	// A schema 6 file, without session rows, reads as before.
	var kept []string
	for _, l := range strings.SplitAfter(string(data), "\r\n") {
		if !strings.Contains(l, ",consensus,session_") {
			kept = append(kept, l)
		}
	}
	old := strings.Replace(strings.Join(kept, ""), ",meta,schema,,Schema version,8,", ",meta,schema,,Schema version,6,", 1)
	as, err = Import([]byte(old))
	require.NoError(t, err)
	assert.Nil(t, as[0].Session)
	assert.Equal(t, c.Consensus, as[0].Consensus)

	// A session row whose value is emptied records nothing.
	blank := strings.Replace(string(data), dateRow, "cons1,consensus,session_date,,Date of the consensus session,,", 1)
	as, err = Import([]byte(blank))
	require.NoError(t, err)
	assert.Equal(t, &assessment.Session{Facilitator: "Eva Stein", Participants: c.Session.Participants}, as[0].Session)
}

// TestChangedRoundTrip: a consensus's answer and matrix row changed after
// it was stored travel as changed rows with what the session gave,
// through spreadsheet re-saves and under the seal, and the export without
// names keeps them; a schema 7 file cannot hold them, and their cells are
// checked.
func TestChangedRoundTrip(t *testing.T) {
	now := time.Date(2026, 9, 20, 10, 0, 0, 0, time.UTC)
	it, ot := plantARespondents(now)
	k := assessment.CellKey{Control: "8.8", Domain: assessment.DomainOT}
	it.Matrix[k] = assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible}
	ot.Matrix[k] = assessment.RACI{assessment.RoleOT: assessment.LetterAccountableResponsible}
	c := assessment.BuildConsensus("cons1", now, []assessment.Assessment{it, ot}, nil)
	edited := c
	edited.Answers = map[string]assessment.Answer{"GOV-01": {Rating: assessment.Rating3}}
	edited.Matrix = assessment.SetLetter(c.Matrix, k, assessment.RoleQuality, assessment.LetterConsulted)
	edited.Profile.Validated, edited.Profile.Plants = true, 4
	c = assessment.MarkChangesAfterSession(c, edited, "2026-09-21")
	ag := c.Consensus["GOV-01"]
	ag.ChangeReason = "Board minutes of =20 September found"
	c.Consensus["GOV-01"] = ag
	rag := c.RowConsensus[k]
	rag.ChangeReason = "Quality joined the vulnerability review"
	c.RowConsensus[k] = rag
	c.ProfileChanges["validated"] = assessment.FieldChange{ChangedOn: "2026-09-21", ChangeReason: "The packaging line is GMP"}
	require.NoError(t, assessment.Validate(c))
	require.True(t, c.Consensus["GOV-01"].Changed)
	require.True(t, c.RowConsensus[k].Changed)
	require.Len(t, c.ProfileChanges, 2, "GMP and the number of plants")

	data := export(t, c)
	assert.Contains(t, string(data), "cons1,changed,GOV-01,,Changed after the consensus was stored,2,")
	assert.Contains(t, string(data), ",,2026-09-21,", "the day of the change")
	assert.Contains(t, string(data), "cons1,changed,A.8.8,ot,Changed after the consensus was stored,,")
	assert.Contains(t, string(data), "cons1,changed,validated,,GMP / GxP validated systems in scope,no,When the consensus was stored: no,,2026-09-21,The packaging line is GMP,")
	assert.Contains(t, string(data), "cons1,changed,plants,,Number of plants,0,When the consensus was stored: not given,,2026-09-21,,")
	for _, d := range []dialect{{comma: ',', bom: true, eol: "\r\n"}, excelSemicolon, libreOffice, excelDE} {
		as, rep, err := ImportWithReport(resave(t, data, d))
		require.NoError(t, err)
		require.Len(t, as, 1)
		assert.Equal(t, c.Consensus, as[0].Consensus)
		assert.Equal(t, c.RowConsensus, as[0].RowConsensus)
		assert.Equal(t, c.ProfileChanges, as[0].ProfileChanges)
		assert.Equal(t, c.SessionProfile, as[0].SessionProfile)
		assert.Equal(t, SealUnchanged, rep.Integrity[c.ID].Seal)
	}

	var buf bytes.Buffer
	require.NoError(t, ExportWith(&buf, ExportOptions{Sanitise: true}, c))
	as, err := Import(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, assessment.Rating2, as[0].Consensus["GOV-01"].SessionAnswer, "the mark names no one, so it stays")
	assert.Empty(t, as[0].Consensus["GOV-01"].ChangeReason, "the reason is free text")
	assert.NotContains(t, buf.String(), "Board minutes")
	assert.NotContains(t, buf.String(), "vulnerability review")
	assert.NotContains(t, buf.String(), "packaging line")
	assert.Equal(t, map[string]assessment.FieldChange{"validated": {ChangedOn: "2026-09-21"}, "plants": {ChangedOn: "2026-09-21"}}, as[0].ProfileChanges)

	// Changing what the session gave breaks the seal.
	_, rep, err := ImportWithReport([]byte(strings.Replace(string(data), ",Changed after the consensus was stored,2,", ",Changed after the consensus was stored,3,", 1)))
	require.NoError(t, err)
	assert.Equal(t, SealEdited, rep.Integrity[c.ID].Seal)

	const qRow = "cons1,changed,GOV-01,,Changed after the consensus was stored,2,"
	const mRow = "cons1,changed,A.8.8,ot,Changed after the consensus was stored,,"
	tests := []refusal{
		{"SchemaSeven", ",meta,schema,,Schema version,9,", ",meta,schema,,Schema version,7,", "a schema 7 file has no changed rows (they came with schema 8)"},
		{"SchemaEightReason", ",meta,schema,,Schema version,9,", ",meta,schema,,Schema version,8,",
			"must be empty in a changed row of a matrix row in a schema 8 file (a matrix row's reason came with schema 9)"},
		{"SchemaEightProfile", ",meta,schema,,Schema version,9,", ",meta,schema,,Schema version,8,",
			"a schema 8 file has no changed rows of profile fields (they came with schema 9)"},
		{"ProfileBadValue", ",GMP / GxP validated systems in scope,no,When", ",GMP / GxP validated systems in scope,maybe,When", "column 6 (value)"},
		{"BadRating", qRow, "cons1,changed,GOV-01,,Changed after the consensus was stored,7,", "column 6 (value)"},
		{"UnknownQuestion", qRow, "cons1,changed,GOV-99,,Changed after the consensus was stored,2,", `unknown question "GOV-99"`},
		{"MatrixRowWithValue", mRow, "cons1,changed,A.8.8,ot,Changed after the consensus was stored,2,", "must be empty in a changed row of a matrix row"},
		{"UnknownControl", mRow, "cons1,changed,A.9.99,ot,Changed after the consensus was stored,,", `unknown control "A.9.99"`},
	}
	importRefusals(t, string(data), tests)
	// A changed row of a question with letters.
	bad := editRows(t, data, func(cells []string) bool {
		if cells[colSection] == SectionChanged && cells[colItemID] == "GOV-01" {
			cells[colFirstRole] = "A"
		}
		return true
	})
	_, err = Import(bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "must be empty in a changed row of a question")
}
