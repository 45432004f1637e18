package assessment

import (
	"testing"
	"time"

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
		assert.Empty(t, got.Note, "notes stay with their respondent")
		ag := c.Consensus[q(tt.q)]
		assert.Equal(t, tt.agreed, ag.Agreed, q(tt.q))
		var who []string
		for _, d := range ag.Dissent {
			who = append(who, d.Label())
		}
		assert.Equal(t, tt.dissent, who, q(tt.q))
	}
	assert.Equal(t, "minutes exist", c.Consensus[q(0)].Rationale)
	assert.Equal(t, RoleIT, c.Answers[q(0)].Owner, "owners both gave carry over")
	assert.Contains(t, c.Matrix, CellKey{"5.1", DomainIT})
	assert.NotContains(t, c.Matrix, CellKey{"5.2", DomainIT}, "a row filled differently is left for the group")
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
