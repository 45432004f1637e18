package assessment

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildConsensus(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	resp := func(id, name string, role Role, ratings ...Rating) Assessment {
		a := New(id, now)
		a.Profile = Profile{Organisation: "Acme", Site: "Plant A", Round: "Baseline", Respondent: name, RespondentRole: role, Assessor: "C. Consultant"}
		for i, r := range ratings {
			if r != RatingNone {
				a.Answers[Questions()[i].ID] = Answer{Rating: r, Note: name + " says so", Owner: RoleIT}
			}
		}
		return a
	}
	it := resp("it", "Anna Berg", RoleIT, Rating4, Rating3, Rating2, RatingNotApplicable, RatingNone)
	ot := resp("ot", "Omar Ortiz", RoleOT, Rating1, RatingUnknown, Rating2, Rating3, Rating2)
	it.Matrix[CellKey{"5.1", DomainIT}] = RACI{RoleISMSOwner: LetterAccountable}
	ot.Matrix[CellKey{"5.1", DomainIT}] = RACI{RoleISMSOwner: LetterAccountable}
	it.Matrix[CellKey{"5.2", DomainIT}] = RACI{RoleIT: LetterAccountable}
	ot.Matrix[CellKey{"5.2", DomainIT}] = RACI{RoleOT: LetterAccountable}
	q := func(i int) string { return Questions()[i].ID }

	c := BuildConsensus("cons", now, []Assessment{it, ot}, map[string]Decision{q(0): {Rating: Rating2, Rationale: " minutes exist "}})
	require.NoError(t, Validate(c))
	assert.True(t, c.IsConsensus())
	assert.Equal(t, "Consensus \u2013 Plant A \u2013 Baseline", c.Name)
	assert.Empty(t, c.Profile.Respondent)
	assert.Equal(t, "Baseline", c.Profile.Round)

	tests := []struct {
		q       int
		rating  Rating
		agreed  bool
		dissent []string
	}{
		{0, Rating2, true, []string{"Anna Berg (IT lead)", "Omar Ortiz (OT / automation lead)"}},
		{1, RatingUnknown, false, []string{"Anna Berg (IT lead)"}}, // unknown is the lowest
		{2, Rating2, false, nil},                             // everyone agrees: no agreement entry
		{3, Rating3, false, []string{"Anna Berg (IT lead)"}}, // a level beats not applicable
		{4, Rating2, false, nil},                             // one answer only
	}
	for _, tt := range tests {
		got := c.Answers[q(tt.q)]
		assert.Equal(t, tt.rating, got.Rating, q(tt.q))
		// Each respondent's note carries over under their name, whether
		// or not their answer prevailed.
		var notes []string
		for _, r := range []Assessment{it, ot} {
			if r.Answers[q(tt.q)].Note != "" {
				notes = append(notes, r.Profile.Respondent+": "+r.Profile.Respondent+" says so")
			}
		}
		assert.Equal(t, strings.Join(notes, "\n"), got.Note, q(tt.q))
		ag := c.Consensus[q(tt.q)]
		assert.Equal(t, tt.agreed, ag.Agreed, q(tt.q))
		var who []string
		for _, d := range ag.Dissent {
			who = append(who, d.Label())
		}
		assert.Equal(t, tt.dissent, who, q(tt.q))
	}
	assert.Equal(t, "Anna Berg: Anna Berg says so\nOmar Ortiz: Omar Ortiz says so", c.Answers[q(0)].Note)
	assert.Equal(t, "Omar Ortiz: Omar Ortiz says so", c.Answers[q(4)].Note, "one respondent's note alone")
	// Without a name, the role's English label: stored text does not
	// depend on the language the consensus was built in.
	anon := it
	anon.Profile.Respondent = ""
	restore := l10n.Set(l10n.DE)
	de := BuildConsensus("cons-de", now, []Assessment{anon, ot}, nil)
	restore()
	assert.Equal(t, "IT lead: Anna Berg says so\nOmar Ortiz: Omar Ortiz says so", de.Answers[q(0)].Note)
	// Which answers rest on the session, and which on the lowest answer
	// taken by default: question 0 was agreed, 1 and 3 were not settled,
	// 2 and 4 nobody differed on.
	agreed, unsettled := c.ConsensusBasis()
	assert.Equal(t, 1, agreed)
	assert.Equal(t, 2, unsettled)
	assert.False(t, c.Unsettled(q(0)))
	assert.True(t, c.Unsettled(q(1)))
	assert.False(t, c.Unsettled(q(2)))
	assert.False(t, it.Unsettled(q(1)), "a respondent's own assessment settles nothing")
	// Anna gave 3 where Omar did not know: a finding on the lowest answer
	// would not stand on hers.
	assert.True(t, c.Disputed(q(1)))
	assert.False(t, c.Disputed(q(0)), "agreed")
	// A finding rests on disputed answers only where every answer that
	// raises it is disputed, and nothing else raises it.
	for _, tt := range []struct {
		name string
		f    Finding
		want bool
	}{
		{"disputed answer alone", Finding{Questions: []string{q(1)}}, true},
		{"beside an agreed answer", Finding{Questions: []string{q(1), q(0)}}, false},
		{"agreed answer", Finding{Questions: []string{q(0)}}, false},
		{"matrix rows too", Finding{Questions: []string{q(1)}, Cells: []CellKey{{"5.1", DomainIT}}}, false},
		{"profile or register", Finding{Questions: []string{q(1)}, Detail: "The register says so."}, false},
		{"no answer", Finding{}, false},
	} {
		assert.Equal(t, tt.want, c.RestsOnDisputed(tt.f), tt.name)
	}
	assert.False(t, it.RestsOnDisputed(Finding{Questions: []string{q(1)}}), "a respondent's own assessment")
	// What follows an answer cited as a finding's evidence.
	assert.Equal(t, " (agreed in the session: minutes exist)", ConsensusEvidence(c, q(0)))
	assert.Equal(t, " (the lowest of the respondents' answers, not settled in the session)", ConsensusEvidence(c, q(1)))
	assert.Empty(t, ConsensusEvidence(c, q(2)), "given alike")
	assert.Empty(t, ConsensusEvidence(it, q(1)), "a respondent's own answer")
	assert.Equal(t, "minutes exist", c.Consensus[q(0)].Rationale)
	assert.Equal(t, RoleIT, c.Answers[q(0)].Owner, "owners both gave carry over")
	assert.Contains(t, c.Matrix, CellKey{"5.1", DomainIT})
	assert.NotContains(t, c.Matrix, CellKey{"5.2", DomainIT}, "a row filled differently is left for the group")
	// Whose answers the consensus moved away from, and how often: Anna on
	// questions 0, 1 and 3, Omar on 0; both on the row left for the group.
	assert.Equal(t, []DissentCount{
		{Label: "Anna Berg (IT lead)", Questions: 3, Rows: 1},
		{Label: "Omar Ortiz (OT / automation lead)", Questions: 1, Rows: 1},
	}, c.DissentCounts())
	assert.Nil(t, it.DissentCounts(), "a respondent's own assessment has no dissent")
}

func TestSanitise(t *testing.T) {
	a := New("x", time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC))
	a.Name = "Anna's view"
	a.Profile = Profile{Site: "Plant A", Assessor: "C", Respondent: "Anna", Round: "Baseline"}
	a.Answers["GOV-01"] = Answer{Note: "only a note"}
	a.Answers["GOV-02"] = Answer{Rating: Rating3, Note: "n"}
	a.RoleNames = map[Role]string{RoleOT: "Head of Automation"}
	s := Sanitise(a)
	require.NoError(t, Validate(s))
	assert.NotContains(t, s.Answers, "GOV-01", "an answer that was only a note is gone")
	assert.Equal(t, Answer{Rating: Rating3}, s.Answers["GOV-02"])
	assert.Empty(t, s.Profile.Assessor+s.Profile.Respondent)
	assert.Nil(t, s.RoleNames)
	assert.NotEqual(t, a.Name, s.Name)
	assert.Equal(t, "Anna's view", a.Name, "the original is untouched")
	assert.Equal(t, "only a note", a.Answers["GOV-01"].Note)
}

// TestBuildConsensusRows: how each matrix row of a consensus is reached,
// and who is kept as dissent. Each case gives the rows of the IT lead,
// the OT lead and the QA lead for A.5.2 (nil: left empty) and the
// facilitator's decision, if any.
func TestBuildConsensusRows(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	k := CellKey{"5.2", DomainOT}
	itA := RACI{RoleIT: LetterAccountable, RoleOT: LetterResponsible}
	otA := RACI{RoleOT: LetterAccountableResponsible}
	otAWithNone := RACI{RoleOT: LetterAccountableResponsible, RoleHR: LetterNone}
	const it, ot, qa = "Anna Berg (IT lead)", "Omar Ortiz (OT / automation lead)", "Quinn Adams (Quality / validation)"
	tests := []struct {
		name        string
		rows        [3]RACI
		decision    *RowDecision
		want        RACI // the consensus row; nil: left empty
		agreed      bool
		rationale   string
		dissent     []string
		noAgreement bool // no RowAgreement entry at all
	}{
		{name: "AllAlike", rows: [3]RACI{otA, otA, otA}, want: otA, noAgreement: true},
		{name: "EmptyIsNoAnswer", rows: [3]RACI{otA, nil, otAWithNone}, want: otA, noAgreement: true},
		{name: "DifferNotSettled", rows: [3]RACI{itA, otA, nil}, want: nil, dissent: []string{it, ot}},
		{name: "DifferInConsultedOnly", rows: [3]RACI{
			{RoleOT: LetterAccountable, RoleMaintenance: LetterResponsible, RoleIT: LetterConsulted, RoleEHS: LetterInformed},
			{RoleOT: LetterAccountable, RoleMaintenance: LetterResponsible, RoleQuality: LetterConsulted, RoleEHS: LetterInformed},
			nil},
			want:    RACI{RoleOT: LetterAccountable, RoleMaintenance: LetterResponsible, RoleEHS: LetterInformed},
			dissent: []string{it, ot}},
		{name: "SameAccountableOtherResponsible", rows: [3]RACI{
			{RoleOT: LetterAccountable, RoleMaintenance: LetterResponsible},
			{RoleOT: LetterAccountable, RoleOperations: LetterResponsible},
			nil}, want: nil, dissent: []string{it, ot}},
		{name: "DifferAgreed", rows: [3]RACI{itA, otA, otA}, decision: &RowDecision{Row: otA, Rationale: " OT signs the line changes "},
			want: otA, agreed: true, rationale: "OT signs the line changes", dissent: []string{it}},
		{name: "AgreedRowNobodyGave", rows: [3]RACI{itA, otA, nil}, decision: &RowDecision{Row: RACI{RoleSite: LetterAccountable}},
			want: RACI{RoleSite: LetterAccountable}, agreed: true, dissent: []string{it, ot}},
		{name: "EmptyDecisionIsNone", rows: [3]RACI{itA, otA, nil}, decision: &RowDecision{Row: RACI{RoleHR: LetterNone}, Rationale: "x"},
			want: nil, dissent: []string{it, ot}},
		{name: "InvalidDecisionIsNone", rows: [3]RACI{itA, otA, nil}, decision: &RowDecision{Row: RACI{RoleConsultant: LetterAccountable}},
			want: nil, dissent: []string{it, ot}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var from []Assessment
			for i, who := range []struct {
				name string
				role Role
			}{{"Anna Berg", RoleIT}, {"Omar Ortiz", RoleOT}, {"Quinn Adams", RoleQuality}} {
				a := New(string(who.role), now)
				a.Profile = Profile{Site: "Plant A", Round: "Baseline", Respondent: who.name, RespondentRole: who.role}
				a.Answers["GOV-01"] = Answer{Rating: Rating2}
				if tt.rows[i] != nil {
					a.Matrix[k] = tt.rows[i]
				}
				from = append(from, a)
			}
			var rows map[CellKey]RowDecision
			if tt.decision != nil {
				rows = map[CellKey]RowDecision{k: *tt.decision}
			}
			c := BuildConsensusWith("cons", now, from, nil, rows)
			require.NoError(t, Validate(c))
			require.True(t, c.IsConsensus())
			assert.Equal(t, tt.want, c.Matrix[k], "the consensus row")
			ag, ok := c.RowConsensus[k]
			require.Equal(t, !tt.noAgreement, ok, "an agreement entry")
			assert.Equal(t, tt.agreed, ag.Agreed)
			assert.Equal(t, tt.rationale, ag.Rationale)
			var who []string
			for _, d := range ag.Dissent {
				who = append(who, d.Label())
				assert.NotEqual(t, tt.want, d.Row, "a dissent differs from the consensus")
				assert.True(t, rowFilled(d.Row))
			}
			assert.Equal(t, tt.dissent, who)
		})
	}
}

// TestValidateRowConsensus: the matrix agreements of a record are checked
// like its matrix.
func TestValidateRowConsensus(t *testing.T) {
	k := CellKey{"5.2", DomainOT}
	tests := []struct {
		name string
		rc   map[CellKey]RowAgreement
		err  string
	}{
		{"Valid", map[CellKey]RowAgreement{k: {Agreed: true, Rationale: "r", Dissent: []RowDissent{{Respondent: "A", Role: RoleIT, Row: RACI{RoleIT: LetterAccountable}}}}}, ""},
		{"UnknownControl", map[CellKey]RowAgreement{{"9.9", DomainOT}: {Agreed: true}}, `matrix consensus "9.9/ot": unknown control`},
		{"UnknownDomain", map[CellKey]RowAgreement{{"5.2", "plant"}: {Agreed: true}}, `matrix consensus "5.2/plant": unknown domain "plant"`},
		{"EmptyDissent", map[CellKey]RowAgreement{k: {Dissent: []RowDissent{{Role: RoleIT}}}}, `matrix consensus "5.2/ot": a dissenting row is empty`},
		{"BadLetter", map[CellKey]RowAgreement{k: {Dissent: []RowDissent{{Row: RACI{RoleIT: "X"}}}}}, `matrix consensus "5.2/ot": role "it": letter "X" is not one of R, A, A/R, C, I`},
		{"BadRole", map[CellKey]RowAgreement{k: {Dissent: []RowDissent{{Role: "boss", Row: RACI{RoleIT: LetterAccountable}}}}}, `matrix consensus "5.2/ot": unknown role "boss"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := New("x", time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC))
			a.Answers["GOV-01"] = Answer{Rating: Rating2}
			a.RowConsensus = tt.rc
			err := Validate(a)
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			assert.EqualError(t, err, tt.err)
		})
	}
}

// Sanitise removes the names and rationales of the matrix consensus and
// keeps the dissenting rows.
func TestSanitiseRowConsensus(t *testing.T) {
	a := New("x", time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC))
	k := CellKey{"5.2", DomainOT}
	a.RowConsensus = map[CellKey]RowAgreement{k: {Agreed: true, Rationale: "Anna agreed", Dissent: []RowDissent{{Respondent: "Anna", Role: RoleIT, Row: RACI{RoleIT: LetterAccountable}}}}}
	s := Sanitise(a)
	assert.Equal(t, RowAgreement{Agreed: true, Dissent: []RowDissent{{Role: RoleIT, Row: RACI{RoleIT: LetterAccountable}}}}, s.RowConsensus[k])
	assert.Equal(t, "Anna", a.RowConsensus[k].Dissent[0].Respondent, "the original is untouched")
}

// TestSanitiseInLanguage: the name and the placeholder of an added
// action that Sanitise writes follow the language of the export, like
// every other text a German page writes.
func TestSanitiseInLanguage(t *testing.T) {
	a := New("x", time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC))
	const added = AddedActionPrefix + "1"
	a.Plan = map[string]PlanEntry{added: {Text: "Ask Anna about the PLC spares", Person: "Anna", Status: StatusInProgress}}
	defer l10n.Set(l10n.DE)()
	s := Sanitise(a)
	assert.Equal(t, "Bewertung ohne Namen und Anmerkungen", s.Name)
	assert.Equal(t, "Vom Bewertungsteam hinzugefügte Aktion (ihr Text wurde für die Weitergabe entfernt).", s.Plan[added].Text)
	assert.Equal(t, PlanEntry{Text: s.Plan[added].Text, Status: StatusInProgress}, s.Plan[added], "the person goes, the status stays")
}

// TestConsensusKeepsSharedModel: the preset the respondents' matrices were
// built from stands for the model in use when no profile records one, so
// the consensus keeps it when they share it and drops it when they do not.
func TestConsensusKeepsSharedModel(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	resp := func(id, model string) Assessment {
		a := New(id, now)
		a.Profile.Site, a.Model = "Plant A", model
		return a
	}
	tests := []struct {
		name   string
		models []string
		want   string
	}{
		{"Shared", []string{ModelFederated, ModelFederated}, ModelFederated},
		{"Different", []string{ModelFederated, ModelCentralised}, ""},
		{"OneWithout", []string{ModelFederated, ""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var from []Assessment
			for i, m := range tt.models {
				from = append(from, resp(string(rune('a'+i)), m))
			}
			c := BuildConsensus("cons", now, from, nil)
			assert.Equal(t, tt.want, c.Model)
			assert.Equal(t, tt.want, ModelInUse(c))
		})
	}
}

// TestSession: a consensus records its session; the record checks it, the
// sanitised copy keeps only its date, and a schema 6 record cannot hold
// one.
func TestSession(t *testing.T) {
	now := time.Date(2026, 9, 20, 10, 0, 0, 0, time.UTC)
	it, ot := New("it", now), New("ot", now)
	it.Profile.Respondent, it.Profile.RespondentRole = " Anna Berg ", RoleIT
	ot.Profile.RespondentRole = RoleOT
	nameless := New("x", now)
	assert.Equal(t, "Anna Berg (IT lead); OT / automation lead", SessionParticipants([]Assessment{it, ot, nameless}))
	assert.Empty(t, SessionParticipants(nil))

	it.Answers["GOV-01"] = Answer{Rating: Rating2}
	ot.Answers["GOV-01"] = Answer{Rating: Rating3}
	c := BuildConsensus("c", now, []Assessment{it, ot}, nil)
	require.True(t, c.IsConsensus())
	require.Nil(t, c.Session, "the builder leaves the session to the facilitator")
	c.Session = &Session{Date: "2026-09-20", Facilitator: "Eva Stein", Participants: SessionParticipants([]Assessment{it, ot})}
	require.NoError(t, Validate(c))

	for _, tc := range []struct {
		name string
		edit func(a *Assessment)
		err  string
	}{
		{"NotAConsensus", func(a *Assessment) { a.Consensus, a.RowConsensus = nil, nil }, "session: only a consensus assessment records a session"},
		{"BadDate", func(a *Assessment) { a.Session.Date = "2026-02-30" }, `session date "2026-02-30": not a real YYYY-MM-DD date`},
		{"Empty", func(a *Assessment) { *a.Session = Session{} }, "session: empty; leave it out instead"},
		{"LongFacilitator", func(a *Assessment) { a.Session.Facilitator = strings.Repeat("x", MaxPersonLen+1) }, "session facilitator: longer than 100 characters"},
		{"LongParticipants", func(a *Assessment) { a.Session.Participants = strings.Repeat("x", MaxTextLen+1) }, "session participants: longer than 4000 characters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := c
			s := *c.Session
			bad.Session = &s
			tc.edit(&bad)
			assert.EqualError(t, Validate(bad), tc.err)
		})
	}

	s := Sanitise(c)
	assert.Equal(t, &Session{Date: "2026-09-20"}, s.Session, "the date names no one")
	c2 := c
	c2.Session = &Session{Facilitator: "Eva Stein"}
	assert.Nil(t, Sanitise(c2).Session, "nothing left to record")
	assert.Equal(t, "Eva Stein", c2.Session.Facilitator, "Sanitise leaves the original alone")

	raw, err := json.Marshal(c)
	require.NoError(t, err)
	got, err := Load(raw)
	require.NoError(t, err)
	assert.Equal(t, c.Session, got.Session, "the session survives storage")
	old := strings.Replace(string(raw), fmt.Sprintf(`"schema":%d`, SchemaVersion), `"schema":6`, 1)
	_, err = Load([]byte(old))
	assert.EqualError(t, err, "upgrading schema 6 to 7: session: not part of schema 6")
}

// TestMarkChangesAfterSession: an edit of a consensus marks each answer
// and matrix row it changes, keeping what the session gave; a change back
// removes the mark; an assessment that is not a consensus is left alone.
// Each case edits the consensus c, whose GOV-01 the session settled at 2
// (the lowest answer, with dissent), whose GOV-02 everyone answered 1, and
// whose 8.8 on the plant floor everyone filled alike.
func TestMarkChangesAfterSession(t *testing.T) {
	now := time.Date(2026, 9, 20, 10, 0, 0, 0, time.UTC)
	it, ot := New("it", now), New("ot", now)
	it.Profile.RespondentRole, ot.Profile.RespondentRole = RoleIT, RoleOT
	it.Answers["GOV-01"], ot.Answers["GOV-01"] = Answer{Rating: Rating2}, Answer{Rating: Rating3}
	it.Answers["GOV-02"], ot.Answers["GOV-02"] = Answer{Rating: Rating1}, Answer{Rating: Rating1}
	k := CellKey{Control: "8.8", Domain: DomainOT}
	row := RACI{RoleOT: LetterAccountableResponsible}
	it.Matrix[k], ot.Matrix[k] = row, row
	c := BuildConsensus("c", now, []Assessment{it, ot}, nil)
	require.Equal(t, Rating2, c.Answers["GOV-01"].Rating)
	_, had := c.Consensus["GOV-02"]
	require.False(t, had, "nobody differed on GOV-02")

	answer := func(q string, r Rating) func(a Assessment) Assessment {
		return func(a Assessment) Assessment {
			ans := maps.Clone(a.Answers)
			ans[q] = Answer{Rating: r}
			a.Answers = ans
			return a
		}
	}
	letter := func(role Role, l Letter) func(a Assessment) Assessment {
		return func(a Assessment) Assessment {
			a.Matrix = SetLetter(a.Matrix, k, role, l)
			return a
		}
	}
	type mark struct {
		changed bool
		session Rating
	}
	tests := []struct {
		name   string
		edits  []func(Assessment) Assessment
		gov01  mark
		gov02  mark
		row    bool // 8.8 marked changed, from the session's row
		hasRow bool // 8.8 has a row agreement at all
	}{
		{"Nothing", nil, mark{}, mark{}, false, false},
		{"RaisedAfterwards", []func(Assessment) Assessment{answer("GOV-01", Rating3)}, mark{true, Rating2}, mark{}, false, false},
		{"TwiceKeepsTheSession", []func(Assessment) Assessment{answer("GOV-01", Rating3), answer("GOV-01", Rating4)}, mark{true, Rating2}, mark{}, false, false},
		{"BackToTheSession", []func(Assessment) Assessment{answer("GOV-01", Rating3), answer("GOV-01", Rating2)}, mark{}, mark{}, false, false},
		{"AgreedByAllThenChanged", []func(Assessment) Assessment{answer("GOV-02", Rating2)}, mark{}, mark{true, Rating1}, false, false},
		{"RowChanged", []func(Assessment) Assessment{letter(RoleQuality, LetterConsulted)}, mark{}, mark{}, true, true},
		{"RowChangedBack", []func(Assessment) Assessment{letter(RoleQuality, LetterConsulted), letter(RoleQuality, LetterNone)}, mark{}, mark{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := c
			for _, edit := range tt.edits {
				a = MarkChangesAfterSession(a, edit(a), "2026-09-21")
			}
			require.NoError(t, Validate(a))
			for q, want := range map[string]mark{"GOV-01": tt.gov01, "GOV-02": tt.gov02} {
				ag := a.Consensus[q]
				assert.Equal(t, want, mark{ag.Changed, ag.SessionAnswer}, q)
				if want.changed {
					assert.Equal(t, "2026-09-21", ag.ChangedOn, "%s: the day of the change", q)
				} else {
					assert.Empty(t, ag.ChangedOn, q)
				}
				from, changed := ag.ChangedFrom(a.Answers[q].Rating)
				assert.Equal(t, want.changed, changed, "%s: changed from the session's answer", q)
				if changed {
					assert.Equal(t, want.session, from)
				}
			}
			assert.Equal(t, c.Consensus["GOV-01"].Dissent, a.Consensus["GOV-01"].Dissent, "the session's record stays")
			ag, ok := a.RowConsensus[k]
			assert.Equal(t, tt.hasRow, ok, "8.8 has a row agreement")
			from, changed := ag.ChangedFrom(a.Matrix[k])
			assert.Equal(t, tt.row, changed)
			if tt.row {
				assert.Equal(t, row, from, "the session's row")
			}
		})
	}
	assert.Nil(t, c.Consensus["GOV-02"].Dissent, "the consensus marked was not written into")
	_, had = c.Consensus["GOV-02"]
	assert.False(t, had, "MarkChangesAfterSession leaves its input alone")

	// Not a consensus: nothing is marked.
	edited := answer("GOV-01", Rating4)(it)
	assert.Nil(t, MarkChangesAfterSession(it, edited, "2026-09-21").Consensus)

	// The marks survive storage; a schema 7 record cannot hold them.
	marked := MarkChangesAfterSession(c, answer("GOV-01", Rating3)(c), "2026-09-21")
	ag := marked.Consensus["GOV-01"]
	ag.ChangeReason = "The audit of 20 September found the board minutes."
	marked.Consensus["GOV-01"] = ag
	assert.Empty(t, Sanitise(marked).Consensus["GOV-01"].ChangeReason, "a reason may name people")
	assert.Equal(t, Rating2, Sanitise(marked).Consensus["GOV-01"].SessionAnswer, "the mark names no one")
	back := MarkChangesAfterSession(marked, answer("GOV-01", Rating2)(marked), "2026-09-22")
	assert.Empty(t, back.Consensus["GOV-01"].ChangeReason, "back to the session's answer: no change to give a reason for")
	raw, err := json.Marshal(marked)
	require.NoError(t, err)
	got, err := Load(raw)
	require.NoError(t, err)
	assert.Equal(t, marked.Consensus, got.Consensus)
	old := strings.Replace(string(raw), fmt.Sprintf(`"schema":%d`, SchemaVersion), `"schema":7`, 1)
	_, err = Load([]byte(old))
	assert.EqualError(t, err, "upgrading schema 7 to 8: consensus: a change after the session is not part of schema 7")

	// What Validate refuses.
	for _, tc := range []struct {
		name string
		edit func(a *Assessment)
		err  string
	}{
		{"BadSessionRating", func(a *Assessment) { a.Consensus["GOV-01"] = Agreement{Changed: true, SessionAnswer: "7"} }, `consensus "GOV-01": the session's rating "7" is not valid`},
		{"SessionRatingUnchanged", func(a *Assessment) { a.Consensus["GOV-01"] = Agreement{SessionAnswer: Rating2} }, `consensus "GOV-01": a session's rating, a day or a reason of change without a change after the session`},
		{"SessionRowUnchanged", func(a *Assessment) { a.RowConsensus = map[CellKey]RowAgreement{k: {SessionRow: row}} }, `matrix consensus "8.8/ot": a session's row, a day or a reason of change without a change after the session`},
		{"ReasonUnchanged", func(a *Assessment) { a.Consensus["GOV-01"] = Agreement{ChangeReason: "why"} },
			`consensus "GOV-01": a session's rating, a day or a reason of change without a change after the session`},
		{"LongReason", func(a *Assessment) {
			a.Consensus["GOV-01"] = Agreement{Changed: true, SessionAnswer: Rating2, ChangeReason: strings.Repeat("x", MaxTextLen+1)}
		}, `consensus GOV-01 change reason: longer than 4000 characters`},
		{"BadChangedOn", func(a *Assessment) {
			a.Consensus["GOV-01"] = Agreement{Changed: true, SessionAnswer: Rating2, ChangedOn: "2026-02-30"}
		},
			`consensus GOV-01 changedOn "2026-02-30": not a real YYYY-MM-DD date`},
		{"BadSessionRow", func(a *Assessment) {
			a.RowConsensus = map[CellKey]RowAgreement{k: {Changed: true, SessionRow: RACI{RoleOT: "X"}}}
		}, `matrix consensus "8.8/ot": the session's row: role "ot": letter "X" is not one of R, A, A/R, C, I`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := marked
			bad.Consensus = maps.Clone(marked.Consensus)
			tc.edit(&bad)
			assert.EqualError(t, Validate(bad), tc.err)
		})
	}
}

// TestMarkProfileChanges: a consensus's profile changed after it was
// stored keeps the profile as stored and marks each field that differs
// from it, with the day; a field changed back loses its mark; the marks
// survive storage and an import over the stored record, lose names and
// reasons in the export without names, and Validate checks them.
func TestMarkProfileChanges(t *testing.T) {
	now := time.Date(2026, 9, 20, 10, 0, 0, 0, time.UTC)
	it, ot := New("it", now), New("ot", now)
	for _, a := range []*Assessment{&it, &ot} {
		a.Profile.Site, a.Profile.Plants, a.Profile.Assessor = "Plant A", 2, "Eva Stein"
		a.Answers["GOV-01"] = Answer{Rating: Rating2}
	}
	it.Profile.RespondentRole, ot.Profile.RespondentRole = RoleIT, RoleOT
	c := BuildConsensus("c", now, []Assessment{it, ot}, nil)
	require.True(t, c.IsConsensus())
	set := func(edit func(p *Profile)) func(Assessment) Assessment {
		return func(a Assessment) Assessment {
			edit(&a.Profile)
			return a
		}
	}
	gmp := set(func(p *Profile) { p.Validated = true })
	tests := []struct {
		name  string
		edits []func(Assessment) Assessment
		want  []string // the keys marked, in profile order
	}{
		{"Nothing", nil, nil},
		{"GMPTicked", []func(Assessment) Assessment{gmp}, []string{"validated"}},
		{"TwoFields", []func(Assessment) Assessment{gmp, set(func(p *Profile) { p.Plants = 3 })}, []string{"validated", "plants"}},
		{"BackToStored", []func(Assessment) Assessment{gmp, set(func(p *Profile) { p.Validated = false })}, nil},
		{"OneOfTwoBack", []func(Assessment) Assessment{gmp, set(func(p *Profile) { p.Plants = 3 }), set(func(p *Profile) { p.Plants = 2 })}, []string{"validated"}},
		{"AnswerOnly", []func(Assessment) Assessment{func(a Assessment) Assessment {
			ans := maps.Clone(a.Answers)
			ans["GOV-01"] = Answer{Rating: Rating3}
			a.Answers = ans
			return a
		}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := c
			for _, edit := range tt.edits {
				a = MarkChangesAfterSession(a, edit(a), "2026-09-21")
			}
			require.NoError(t, Validate(a))
			var keys []string
			for _, f := range a.ProfileChangedFields() {
				keys = append(keys, f.Key)
				assert.Equal(t, "2026-09-21", a.ProfileChanges[f.Key].ChangedOn, f.Key)
			}
			assert.Equal(t, tt.want, keys)
			if tt.want == nil {
				assert.Nil(t, a.SessionProfile, "no mark, no stored profile")
				return
			}
			require.NotNil(t, a.SessionProfile)
			assert.Equal(t, c.Profile, *a.SessionProfile, "the profile as stored, whole")
		})
	}
	assert.Nil(t, c.SessionProfile, "the consensus marked was not written into")

	// Not a consensus: nothing is marked.
	assert.Nil(t, MarkChangesAfterSession(it, gmp(it), "2026-09-21").ProfileChanges)

	// What the change does to the questions asked: GMP ticked adds the
	// validated-systems questions, which the session never had before it.
	withGMP := MarkChangesAfterSession(c, gmp(c), "2026-09-21")
	added, dropped := withGMP.ProfileChangeEffect()
	assert.Empty(t, dropped)
	require.NotEmpty(t, added)
	for _, q := range added {
		assert.Equal(t, WhenValidated, q.When, q.ID)
	}
	added, dropped = c.ProfileChangeEffect()
	assert.Nil(t, added, "no change, no effect")
	assert.Nil(t, dropped)

	marked := MarkChangesAfterSession(c, gmp(c), "2026-09-21")
	marked = MarkChangesAfterSession(marked, set(func(p *Profile) { p.Assessor = "Jens Ohm" })(marked), "2026-09-22")
	marked.ProfileChanges["validated"] = FieldChange{ChangedOn: "2026-09-21", ChangeReason: "The packaging line was validated in August."}
	require.NoError(t, Validate(marked))

	// Storage, and a schema 8 record cannot hold the marks.
	raw, err := json.Marshal(marked)
	require.NoError(t, err)
	got, err := Load(raw)
	require.NoError(t, err)
	assert.Equal(t, marked.ProfileChanges, got.ProfileChanges)
	assert.Equal(t, marked.SessionProfile, got.SessionProfile)
	old := strings.Replace(string(raw), fmt.Sprintf(`"schema":%d`, SchemaVersion), `"schema":8`, 1)
	_, err = Load([]byte(old))
	assert.EqualError(t, err, "upgrading schema 8 to 9: sessionProfile: a change of the profile after the session is not part of schema 8")

	// Without names: the assessor's change goes with the names, the
	// reason with the free text; the GMP mark and its day stay.
	s := Sanitise(marked)
	require.NoError(t, Validate(s))
	assert.Equal(t, map[string]FieldChange{"validated": {ChangedOn: "2026-09-21"}}, s.ProfileChanges)
	assert.Empty(t, s.SessionProfile.Assessor)
	assert.Equal(t, "Eva Stein", marked.SessionProfile.Assessor, "Sanitise leaves its input alone")

	// An import over the stored record: a file without the marks keeps
	// them; a file that sets GMP back removes that mark.
	file := marked
	file.ProfileChanges, file.SessionProfile = nil, nil
	kept := KeepChangesAfterSession(marked, file, "2026-09-23")
	require.NoError(t, Validate(kept))
	assert.Equal(t, marked.ProfileChanges, kept.ProfileChanges)
	file.Profile.Validated = false
	kept = KeepChangesAfterSession(marked, file, "2026-09-23")
	require.NoError(t, Validate(kept))
	assert.Equal(t, []string{"assessor"}, slices.Collect(maps.Keys(kept.ProfileChanges)))

	// What Validate refuses.
	for _, tc := range []struct {
		name string
		edit func(a *Assessment)
		err  string
	}{
		{"MarksWithoutStoredProfile", func(a *Assessment) { a.SessionProfile = nil },
			"profileChanges: marks without the profile as stored (sessionProfile)"},
		{"StoredProfileWithoutMarks", func(a *Assessment) { a.ProfileChanges = nil },
			"sessionProfile: the profile as stored without any field marked as changed"},
		{"UnknownField", func(a *Assessment) { a.ProfileChanges = map[string]FieldChange{"colour": {}} },
			`profileChanges "colour": unknown profile field`},
		{"Unchanged", func(a *Assessment) { a.ProfileChanges = map[string]FieldChange{"plants": {}} },
			`profileChanges "plants": marked as changed, but it holds the value it had when the consensus was stored`},
		{"BadDay", func(a *Assessment) { a.ProfileChanges = map[string]FieldChange{"validated": {ChangedOn: "2026-02-30"}} },
			`profileChanges validated changedOn "2026-02-30": not a real YYYY-MM-DD date`},
		{"NotAConsensus", func(a *Assessment) { a.Consensus, a.RowConsensus = nil, nil },
			"sessionProfile: only a consensus assessment records changes after its session"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := marked
			bad.ProfileChanges = maps.Clone(marked.ProfileChanges)
			tc.edit(&bad)
			assert.EqualError(t, Validate(bad), tc.err)
		})
	}
}
