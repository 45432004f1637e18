package compare

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/csvio"
)

func roundEntry(id, site, date, round string, ratings map[string]assessment.Rating) Entry {
	a := assessment.New(id, fixtureTime)
	a.Profile.Site, a.Profile.Date, a.Profile.Round = site, date, round
	a.Profile.Respondent = id
	for q, r := range ratings {
		a.Answers[q] = assessment.Answer{Rating: r}
	}
	return Entry{Source: SourceStored, A: a}
}

// samePerson names e's respondent as the one person the trend tests
// follow from round to round (a respondent who gave no role is matched
// across rounds by name).
func samePerson(e Entry) Entry {
	e.A.Profile.Respondent = "Pat Doe"
	return e
}

// q4Entry is a respondent of Plant A in role who rates every question at
// level 4 but q, which they rate r.
func q4Entry(id, date string, role assessment.Role, q string, r assessment.Rating) Entry {
	ratings := map[string]assessment.Rating{}
	for _, qu := range assessment.Questions() {
		ratings[qu.ID] = assessment.Rating4
	}
	ratings[q] = r
	e := roundEntry(id, "Plant A", date, "", ratings)
	e.A.Profile.RespondentRole = role
	return e
}

// findingIDs lists the IDs of fs, in order.
func findingIDs(fs []assessment.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

// raisesQ reports whether one of fs rests on question q.
func raisesQ(fs []assessment.Finding, q string) bool {
	return slices.ContainsFunc(fs, func(f assessment.Finding) bool { return slices.Contains(f.Questions, q) })
}

// TestRoundGrouping checks how assessments of sites fall into rounds:
// each Site of the Set is one site in one round, written here as
// "site|round: respondents".
func TestRoundGrouping(t *testing.T) {
	tests := []struct {
		name    string
		entries []Entry
		want    []string
		trends  int
	}{
		{"SameDay", []Entry{
			roundEntry("it", "Plant A", "2026-03-10", "", nil),
			roundEntry("ot", "Plant A", "2026-03-10", "", nil),
		}, []string{"Plant A|2026-03-10: it ot"}, 0},
		{"WithinGap", []Entry{
			roundEntry("it", "Plant A", "2026-03-10", "", nil),
			roundEntry("ot", "Plant A", "2026-03-30", "", nil),
		}, []string{"Plant A|2026-03-10 to 2026-03-30: it ot"}, 0},
		{"BaselineAndFollowUp", []Entry{
			roundEntry("later", "Plant A", "2026-09-15", "", nil),
			roundEntry("base", "Plant A", "2026-03-10", "", nil),
		}, []string{"Plant A|2026-03-10: base", "Plant A|2026-09-15: later"}, 1},
		// Counted from the round's first date: assessments a month apart
		// each do not chain into one round.
		{"RoundCountsFromItsFirstDate", []Entry{
			roundEntry("a", "Plant A", "2026-03-01", "", nil),
			roundEntry("b", "Plant A", "2026-03-25", "", nil),
			roundEntry("c", "Plant A", "2026-04-20", "", nil),
		}, []string{"Plant A|2026-03-01 to 2026-03-25: a b", "Plant A|2026-04-20: c"}, 1},
		{"WithinTheGapOfTheFirstIsOneRound", []Entry{
			roundEntry("a", "Plant A", "2026-03-01", "", nil),
			roundEntry("b", "Plant A", "2026-03-20", "", nil),
			roundEntry("c", "Plant A", "2026-04-01", "", nil),
		}, []string{"Plant A|2026-03-01 to 2026-04-01: a b c"}, 0},
		{"RoundNameDecides", []Entry{
			roundEntry("it", "Plant A", "2026-03-10", "Baseline", nil),
			roundEntry("ot", "Plant A", "2026-05-20", "baseline ", nil),
			roundEntry("qa", "Plant A", "2026-03-12", "Follow-up", nil),
		}, []string{"Plant A|Baseline: it ot", "Plant A|Follow-up: qa"}, 1},
		{"NoDate", []Entry{
			roundEntry("x", "Plant A", "", "", nil),
			roundEntry("y", "Plant A", "2026-03-10", "", nil),
		}, []string{"Plant A|2026-03-10: y", "Plant A|: x"}, 1},
		{"SitesApart", []Entry{
			roundEntry("b", "Plant B", "2026-03-10", "", nil),
			roundEntry("a", "plant  a", "2026-09-10", "", nil),
		}, []string{"plant a|2026-09-10: a", "Plant B|2026-03-10: b"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.entries)
			var got []string
			for _, site := range s.Sites {
				line := site.Name + "|" + site.Round + ":"
				for _, r := range site.Respondents {
					line += " " + r.Name
				}
				got = append(got, line)
			}
			assert.Equal(t, tt.want, got)
			assert.Len(t, s.Trends, tt.trends)
		})
	}
}

// TestTrendIsNotDisagreement: a baseline and a follow-up of one site two
// levels apart are a trend, never a disagreement between respondents, and
// the matrix across sites counts only the latest round.
func TestTrendIsNotDisagreement(t *testing.T) {
	base := samePerson(roundEntry("base", "Plant A", "2026-03-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating0, "GOV-02": assessment.Rating1}))
	base.A.Matrix[key("5.1", assessment.DomainIT)] = row("it", "A")
	follow := samePerson(roundEntry("follow", "Plant A", "2026-09-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating4, "GOV-02": assessment.Rating3}))
	follow.A.Matrix[key("5.1", assessment.DomainIT)] = row("isms-owner", "A")
	s := New([]Entry{base, follow})

	require.Len(t, s.Sites, 2)
	assert.Empty(t, s.Disagreements)
	assert.Empty(t, s.RACIDisagreements)
	filled, _, differ, _ := s.AcrossSites()
	assert.Zero(t, filled+differ, "one site's rounds are not several sites")

	require.Len(t, s.Trends, 1)
	tr := s.Trends[0]
	assert.Equal(t, []int{0, 1}, tr.Rounds)
	require.Len(t, tr.Steps, 1)
	st := tr.Steps[0]
	require.True(t, st.Overall.HasDelta)
	assert.Greater(t, st.Overall.Delta, 0.0)
	gov := -1
	for i, a := range s.Areas {
		if a.ID == "GOV" {
			gov = i
		}
	}
	require.GreaterOrEqual(t, gov, 0)
	assert.True(t, st.Areas[gov].HasDelta)
	// GOV-01 at 0 and GOV-02 at 1 gave open actions; both now reach level 3.
	assert.Equal(t, 2, st.Actions.Open)
	assert.Len(t, st.Actions.Resolved, 2)

	tr2, ok := s.TrendOf(1)
	require.True(t, ok)
	assert.Equal(t, tr.SiteKey, tr2.SiteKey)
}

// TestTrendFindings: findings raised at the baseline and gone at the
// follow-up are closed; new ones are opened.
func TestTrendFindings(t *testing.T) {
	a := []assessment.Finding{{ID: "x"}, {ID: "y"}}
	b := []assessment.Finding{{ID: "y"}, {ID: "z"}}
	assert.Equal(t, []string{"x"}, findingIDs(findingsDiff(a, b)))
	assert.Equal(t, []string{"z"}, findingIDs(findingsDiff(b, a)))

	base := roundEntry("base", "Plant A", "2026-03-10", "", nil)
	follow := roundEntry("follow", "Plant A", "2026-09-10", "", nil)
	for _, q := range assessment.Questions() {
		follow.A.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating4}
	}
	s := New([]Entry{base, follow})
	require.Len(t, s.Trends, 1)
	st := s.Trends[0].Steps[0]
	want := findingsDiff(assessment.Findings(base.A), assessment.Findings(follow.A))
	assert.Equal(t, findingIDs(want), findingIDs(st.Closed))
}

// TestTrendNewRoleFindings: a finding counts as new only when nobody
// raised it in the earlier round and a role that answered in both rounds
// raises it now. What only a newly joined role raises is listed apart, as
// not necessarily new: nobody in that role was asked before.
func TestTrendNewRoleFindings(t *testing.T) {
	const q = "INC-02"
	entry := func(id, date string, role assessment.Role, low bool) Entry {
		if low {
			return q4Entry(id, date, role, q, assessment.Rating0)
		}
		return q4Entry(id, date, role, q, assessment.Rating4)
	}
	const before, after = "2026-03-10", "2026-09-10"
	tests := []struct {
		name             string
		entries          []Entry
		opened, newRoles bool // the findings of q are in Opened, in NewRoleRaised
	}{
		{"SharedRoleRaisesIt", []Entry{entry("b", before, assessment.RoleIT, false), entry("f", after, assessment.RoleIT, true)}, true, false},
		// Quality joined and rates q low: perhaps never asked before.
		{"OnlyJoinedRoleRaisesIt", []Entry{entry("b", before, assessment.RoleIT, false),
			entry("f1", after, assessment.RoleIT, false), entry("f2", after, assessment.RoleQuality, true)}, false, true},
		{"SharedAndJoinedRoleRaiseIt", []Entry{entry("b", before, assessment.RoleIT, false),
			entry("f1", after, assessment.RoleIT, true), entry("f2", after, assessment.RoleQuality, true)}, true, false},
		// The OT lead raised it before and left; the IT lead raises it
		// now: it was there before, so it is not new.
		{"RaisedBeforeByDepartedRole", []Entry{entry("b1", before, assessment.RoleIT, false), entry("b2", before, assessment.RoleOT, true),
			entry("f", after, assessment.RoleIT, true)}, false, false},
		// Not comparable: Opened lists everything the later round raises
		// anew, under its own caveat.
		{"OtherRolesOnly", []Entry{entry("b", before, assessment.RoleIT, false), entry("f", after, assessment.RoleQuality, true)}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.entries)
			require.Len(t, s.Trends, 1)
			st := s.Trends[0].Steps[0]
			assert.Equal(t, tt.opened, raisesQ(st.Opened, q), "opened")
			assert.Equal(t, tt.newRoles, raisesQ(st.NewRoleRaised, q), "raised only by a new role")
			assert.False(t, raisesQ(st.Closed, q) || raisesQ(st.NotReassessed, q), "nothing of q was raised before by a role that is still there")
		})
	}
}

// TestTrendPersisting: a finding raised in both rounds of a step is
// listed as still raised, with the first of the consecutive rounds that
// raise it, and the actions on it the later round marks done. Each case
// is the IT lead's rating of INC-02 in three rounds and whether the third
// round's plan marks its action done; want is, per step, whether INC-02's
// finding persists and since which round (an index into Set.Sites).
func TestTrendPersisting(t *testing.T) {
	const q = "INC-02"
	dates := []string{"2026-01-10", "2026-05-10", "2026-09-10"}
	type persists struct {
		ok    bool
		since int
	}
	tests := []struct {
		name    string
		ratings [3]assessment.Rating
		done    bool
		want    [2]persists
	}{
		{"EveryRound", [3]assessment.Rating{assessment.Rating0, assessment.Rating0, assessment.Rating0}, false, [2]persists{{true, 0}, {true, 0}}},
		{"SinceTheSecond", [3]assessment.Rating{assessment.Rating4, assessment.Rating0, assessment.Rating0}, false, [2]persists{{false, 0}, {true, 1}}},
		// Closed in the second round and raised again in the third: a
		// repeat of the second step only, since the baseline it is not.
		{"Reopened", [3]assessment.Rating{assessment.Rating0, assessment.Rating4, assessment.Rating0}, false, [2]persists{{false, 0}, {false, 0}}},
		{"ClosedLast", [3]assessment.Rating{assessment.Rating0, assessment.Rating0, assessment.Rating4}, false, [2]persists{{true, 0}, {false, 0}}},
		{"DoneYetRaised", [3]assessment.Rating{assessment.Rating0, assessment.Rating0, assessment.Rating0}, true, [2]persists{{true, 0}, {true, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var entries []Entry
			for i, d := range dates {
				e := q4Entry(fmt.Sprintf("r%d", i), d, assessment.RoleIT, q, tt.ratings[i])
				if i == 2 && tt.done {
					e.A.Plan = map[string]assessment.PlanEntry{q: {Status: assessment.StatusDone}}
				}
				entries = append(entries, e)
			}
			s := New(entries)
			require.Len(t, s.Trends, 1)
			require.Len(t, s.Trends[0].Steps, 2)
			for k, st := range s.Trends[0].Steps {
				i := slices.IndexFunc(st.Persisting, func(r Repeat) bool { return slices.Contains(r.Questions, q) })
				got := persists{ok: i >= 0}
				if i >= 0 {
					got.since = st.Persisting[i].Since
					assert.Equal(t, tt.done && k == 1, slices.Contains(st.Persisting[i].Done, q), "step %d: its action marked done", k)
				}
				assert.Equal(t, tt.want[k], got, "step %d", k)
				assert.Equal(t, got.ok, raisesQ(assessment.Findings(entries[k].A), q) && raisesQ(assessment.Findings(entries[k+1].A), q), "step %d: persists exactly when both rounds raise it", k)
				for j, r := range st.Persisting {
					assert.False(t, hasFinding(st.Closed, r.ID) || hasFinding(st.Opened, r.ID) || hasFinding(st.NotReassessed, r.ID), "step %d: %s is in one list only", k, r.ID)
					if j > 0 {
						assert.LessOrEqual(t, st.Persisting[j-1].Severity.Rank(), r.Severity.Rank(), "step %d: the most severe first", k)
					}
				}
			}
		})
	}
}

// TestRepeatActions: a repeat finding says what became of the work on
// it between the rounds (marked done, still open, dropped, none open) and
// how its wording changed, so that an auditor sees at once whether
// anything was done about it.
func TestRepeatActions(t *testing.T) {
	const q = "INC-02"
	open, inProgress := assessment.PlanEntry{}, assessment.PlanEntry{Status: assessment.StatusInProgress}
	done, dropped := assessment.PlanEntry{Status: assessment.StatusDone}, assessment.PlanEntry{Dropped: true}
	tests := []struct {
		name           string
		before, after  assessment.Rating
		plan1, plan2   assessment.PlanEntry
		done, pending  bool
		dropped        bool
		doneBefore     bool
		droppedBefore  bool
		earlierWording bool
		notes          []string
	}{
		{"StillOpen", assessment.Rating0, assessment.Rating0, open, open, false, true, false, false, false, false,
			[]string{"its action (INC-02) is still open in B"}},
		{"InProgress", assessment.Rating0, assessment.Rating0, open, inProgress, false, true, false, false, false, false,
			[]string{"its action (INC-02) is still open in B"}},
		{"MarkedDone", assessment.Rating0, assessment.Rating0, open, done, true, false, false, false, false, false,
			[]string{"its action (INC-02) is marked done in B; the finding stands: review whether the action worked (ISO/IEC 27001 10.2 d))"}},
		{"Dropped", assessment.Rating0, assessment.Rating0, open, dropped, false, false, true, false, false, false,
			[]string{"its action (INC-02) is no longer in the plan in B"}},
		// Dropped before the earlier round: a decision not to act, not
		// an action forgotten.
		{"DroppedBefore", assessment.Rating0, assessment.Rating0, dropped, dropped, false, false, false, false, true, false,
			[]string{"its action (INC-02) had already left the plan in A"}},
		// Reported done before the earlier round, and the finding is
		// raised in both: the work did not remove it.
		{"DoneBefore", assessment.Rating0, assessment.Rating0, done, done, false, false, false, true, false, false,
			[]string{"its action (INC-02) was already marked done in A, yet the finding is raised again: review whether it worked (ISO/IEC 27001 10.2 d))"}},
		// Nobody could say in the baseline; the follow-up confirms the gap.
		{"Confirmed", assessment.RatingUnknown, assessment.Rating0, open, open, false, true, false, false, false, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := q4Entry("b", "2026-01-10", assessment.RoleIT, q, tt.before)
			b.A.Plan = map[string]assessment.PlanEntry{q: tt.plan1}
			f := q4Entry("f", "2026-05-10", assessment.RoleIT, q, tt.after)
			f.A.Plan = map[string]assessment.PlanEntry{q: tt.plan2}
			s := New([]Entry{b, f})
			require.Len(t, s.Trends, 1)
			st := s.Trends[0].Steps[0]
			i := slices.IndexFunc(st.Persisting, func(r Repeat) bool { return slices.Contains(r.Questions, q) })
			require.GreaterOrEqual(t, i, 0, "the finding persists")
			r := st.Persisting[i]
			assert.Equal(t, tt.done, slices.Contains(r.Done, q), "marked done")
			assert.Equal(t, tt.pending, slices.Contains(r.Pending, q), "still open")
			assert.Equal(t, tt.dropped, slices.Contains(r.Dropped, q), "dropped")
			assert.Equal(t, tt.doneBefore, slices.Contains(r.DoneBefore, q), "done before the earlier round")
			assert.Equal(t, tt.droppedBefore, slices.Contains(r.DroppedBefore, q), "dropped before the earlier round")
			assert.Equal(t, tt.earlierWording, r.Earlier.Title != r.Title, "wording changed: %q → %q", r.Earlier.Title, r.Title)
			notes := r.Notes("in A", "in B")
			for _, want := range tt.notes {
				assert.Contains(t, notes, want)
			}
			if tt.earlierWording {
				require.NotEmpty(t, notes)
				assert.True(t, r.Earlier.Unconfirmed && !r.Unconfirmed)
				assert.Equal(t, "raised in A as \u201c"+FindingLabel(r.Earlier)+"\u201d", notes[0], "the wording first")
			}
		})
	}
}

// TestTrendNewRolesNamed: the list of what only joined roles raise names
// the joined roles that raise it, not every role that joined.
func TestTrendNewRolesNamed(t *testing.T) {
	const q = "INC-02"
	s := New([]Entry{q4Entry("b", "2026-03-10", assessment.RoleIT, q, assessment.Rating4),
		q4Entry("f1", "2026-09-10", assessment.RoleIT, q, assessment.Rating4), q4Entry("f2", "2026-09-10", assessment.RoleQuality, q, assessment.Rating0),
		q4Entry("f3", "2026-09-10", assessment.RoleEHS, q, assessment.Rating4)})
	require.Len(t, s.Trends, 1)
	st := s.Trends[0].Steps[0]
	require.NotEmpty(t, st.NewRoleRaised)
	assert.Equal(t, []assessment.Role{assessment.RoleQuality}, st.NewRoles)
}

// TestTrendFollowsConsensus: a round's consensus is its agreed position.
// What only a respondent's own answers raise and the consensus does not
// was overruled by the group: it is neither new nor closed; and what the
// later consensus still raises is not closed.
func TestTrendFollowsConsensus(t *testing.T) {
	const q = "INC-02"
	entry := func(id, date string, role assessment.Role, r assessment.Rating) Entry {
		return q4Entry(id, date, role, q, r)
	}
	consensus := func(id, date string, r assessment.Rating, from ...Entry) Entry {
		var as []assessment.Assessment
		for _, e := range from {
			as = append(as, e.A)
		}
		c := assessment.BuildConsensus(id, time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC), as, map[string]assessment.Decision{q: {Rating: r, Rationale: "agreed"}})
		return Entry{Source: id + ".csv", A: c}
	}
	const before, after = "2026-03-10", "2026-09-10"

	t.Run("JoinedRoleOverruled", func(t *testing.T) {
		f1, f2 := entry("f1", after, assessment.RoleIT, assessment.Rating4), entry("f2", after, assessment.RoleQuality, assessment.Rating0)
		s := New([]Entry{entry("b", before, assessment.RoleIT, assessment.Rating4), f1, f2, consensus("c", after, assessment.Rating4, f1, f2)})
		require.Len(t, s.Trends, 1)
		st := s.Trends[0].Steps[0]
		assert.False(t, raisesQ(st.NewRoleRaised, q) || raisesQ(st.Opened, q), "the group agreed level 4")
		assert.Empty(t, st.NewRoles)
		assert.True(t, raisesQ(st.Overruled, q), "listed as overruled, not dropped")
	})
	t.Run("SharedRoleOverruled", func(t *testing.T) {
		f1, f2 := entry("f1", after, assessment.RoleIT, assessment.Rating0), entry("f2", after, assessment.RoleOT, assessment.Rating4)
		s := New([]Entry{entry("b1", before, assessment.RoleIT, assessment.Rating4), entry("b2", before, assessment.RoleOT, assessment.Rating4), f1, f2,
			consensus("c", after, assessment.Rating4, f1, f2)})
		st := s.Trends[0].Steps[0]
		assert.False(t, raisesQ(st.Opened, q), "the group agreed level 4")
		assert.True(t, raisesQ(st.Overruled, q))
	})
	// The baseline's consensus agreed level 1 over the respondents' 3 and
	// 4: the finding was the round's, so the follow-up's is not new.
	t.Run("EarlierConsensusRaisedIt", func(t *testing.T) {
		b1, b2 := entry("b1", before, assessment.RoleIT, assessment.Rating3), entry("b2", before, assessment.RoleOT, assessment.Rating4)
		s := New([]Entry{b1, b2, consensus("c", before, assessment.Rating1, b1, b2),
			entry("f1", after, assessment.RoleIT, assessment.Rating1), entry("f2", after, assessment.RoleOT, assessment.Rating1)})
		st := s.Trends[0].Steps[0]
		assert.False(t, raisesQ(st.Opened, q), "the baseline's consensus raised it")
	})
	// The follow-up's consensus still raises what the baseline's
	// respondents raised: not "no longer raised".
	t.Run("LaterConsensusKeepsIt", func(t *testing.T) {
		f1, f2 := entry("f1", after, assessment.RoleIT, assessment.Rating4), entry("f2", after, assessment.RoleOT, assessment.Rating4)
		s := New([]Entry{entry("b1", before, assessment.RoleIT, assessment.Rating0), entry("b2", before, assessment.RoleOT, assessment.Rating4), f1, f2,
			consensus("c", after, assessment.Rating1, f1, f2)})
		st := s.Trends[0].Steps[0]
		assert.False(t, raisesQ(st.NotReassessed, q) || raisesQ(st.Closed, q), "the follow-up's consensus still raises it")
	})
	t.Run("LaterConsensusStillRaisesIt", func(t *testing.T) {
		f1, f2 := entry("f1", after, assessment.RoleIT, assessment.Rating4), entry("f2", after, assessment.RoleOT, assessment.Rating4)
		s := New([]Entry{entry("b1", before, assessment.RoleIT, assessment.Rating0), entry("b2", before, assessment.RoleOT, assessment.Rating0), f1, f2,
			consensus("c", after, assessment.Rating0, f1, f2)})
		st := s.Trends[0].Steps[0]
		assert.False(t, raisesQ(st.Closed, q), "the group agreed it is still not in place")
	})
	t.Run("EarlierConsensusOverruledIt", func(t *testing.T) {
		b1, b2 := entry("b1", before, assessment.RoleIT, assessment.Rating0), entry("b2", before, assessment.RoleOT, assessment.Rating4)
		s := New([]Entry{b1, b2, consensus("c", before, assessment.Rating4, b1, b2),
			entry("f1", after, assessment.RoleIT, assessment.Rating4), entry("f2", after, assessment.RoleOT, assessment.Rating4)})
		st := s.Trends[0].Steps[0]
		assert.False(t, raisesQ(st.Closed, q) || raisesQ(st.NotReassessed, q), "the group had not raised it")
	})
	t.Run("NoConsensus", func(t *testing.T) {
		s := New([]Entry{entry("b", before, assessment.RoleIT, assessment.Rating4), entry("f", after, assessment.RoleIT, assessment.Rating0)})
		assert.True(t, raisesQ(s.Trends[0].Steps[0].Opened, q), "the check can fail")
	})
}

// TestTrendRespondentsWithoutRole: a respondent who gave no role is
// followed from round to round by name; another person's answers close
// nothing they raised.
func TestTrendRespondentsWithoutRole(t *testing.T) {
	const q = "INC-02"
	entry := func(id, date, name string, r assessment.Rating) Entry {
		e := q4Entry(id, date, "", q, r)
		e.A.Profile.Respondent = name
		return e
	}
	other := New([]Entry{entry("b", "2026-03-10", "Anna Berg", assessment.Rating0), entry("f", "2026-09-10", "Jens Kraft", assessment.Rating4)}).Trends[0].Steps[0]
	assert.Equal(t, UnlikeRespondents, other.Unlike)
	assert.False(t, raisesQ(other.Closed, q), "Jens's answers do not close Anna's finding")
	assert.True(t, raisesQ(other.NotReassessed, q))
	same := New([]Entry{entry("b", "2026-03-10", "Anna Berg", assessment.Rating0), entry("f", "2026-09-10", " anna  berg", assessment.Rating4)}).Trends[0].Steps[0]
	assert.Equal(t, LikeRounds, same.Unlike)
	assert.True(t, raisesQ(same.Closed, q), "the same person re-rated it")
}

// TestExportTrendNewRole: the consolidated CSV marks what only a newly
// joined role raises, with the roles.
func TestExportTrendNewRole(t *testing.T) {
	base := roundEntry("base", "Plant A", "2026-03-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating4})
	base.A.Profile.RespondentRole = assessment.RoleIT
	f1 := roundEntry("f1", "Plant A", "2026-09-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating4})
	f1.A.Profile.RespondentRole = assessment.RoleIT
	f2 := roundEntry("f2", "Plant A", "2026-09-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating0})
	f2.A.Profile.RespondentRole = assessment.RoleQuality
	s := New([]Entry{base, f1, f2})
	require.Len(t, s.Trends, 1)
	require.NotEmpty(t, s.Trends[0].Steps[0].NewRoleRaised)
	var buf bytes.Buffer
	require.NoError(t, s.Export(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	n := 0
	for _, r := range recs[1:] {
		if r[5] == SectionTrendFinding && r[9] == TrendRaisedByNewRole {
			n++
			assert.Regexp(t, `^(Critical|High|Medium) \x{2013} `, r[8], "the label starts with the severity")
			assert.Equal(t, "since 2026-03-10; raised only by roles that did not answer in the earlier round (Quality & validation): not necessarily new", r[10])
		}
	}
	assert.Equal(t, len(s.Trends[0].Steps[0].NewRoleRaised), n)
}

// TestExportTrendDecline: a fall is written as a negative whole number,
// without the apostrophe that would make a spreadsheet read it as text.
func TestExportTrendDecline(t *testing.T) {
	base := samePerson(roundEntry("base", "Plant A", "2026-03-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating4}))
	follow := samePerson(roundEntry("follow", "Plant A", "2026-09-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating1}))
	var buf bytes.Buffer
	require.NoError(t, New([]Entry{base, follow}).Export(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	var overall []string
	for _, r := range recs[1:] {
		if r[5] == SectionTrend && r[6] == "overall" {
			overall = r
		}
	}
	require.NotNil(t, overall)
	assert.Equal(t, "-75", overall[9])
	assert.Equal(t, "since 2026-03-10: 100 to 25", overall[10])
}

// TestTrendPersistingRoles: when the rounds' roles differ, a finding
// raised in both rounds counts as a repeat only when a role that answered
// in both raises it in both; raised by the IT lead before and by the OT
// lead now, it is flagged as raised by other roles.
func TestTrendPersistingRoles(t *testing.T) {
	const q = "INC-02"
	const before, after = "2026-03-10", "2026-09-10"
	tests := []struct {
		name       string
		followIT   assessment.Rating // the IT lead's rating of q in the follow-up
		followOT   assessment.Rating
		otherRoles bool
	}{
		{"SameRoleAgain", assessment.Rating0, assessment.Rating4, false},
		{"OtherRoleNow", assessment.Rating4, assessment.Rating0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New([]Entry{
				q4Entry("b1", before, assessment.RoleIT, q, assessment.Rating0),
				q4Entry("b2", before, assessment.RoleOT, q, assessment.Rating4),
				q4Entry("f1", after, assessment.RoleIT, q, tt.followIT),
				q4Entry("f2", after, assessment.RoleOT, q, tt.followOT),
				q4Entry("f3", after, assessment.RoleQuality, q, assessment.Rating4),
			})
			require.Len(t, s.Trends, 1)
			st := s.Trends[0].Steps[0]
			require.NotNil(t, st.Roles, "the rounds' roles differ")
			i := slices.IndexFunc(st.Persisting, func(r Repeat) bool { return slices.Contains(r.Questions, q) })
			require.GreaterOrEqual(t, i, 0, "raised in both rounds")
			assert.Equal(t, tt.otherRoles, st.Persisting[i].OtherRoles)
		})
	}
}

// TestExportTrendPersisting: a finding raised in three rounds in a row
// is a still-raised row of each step; the second names the round since
// which every round raised it and the action marked done on it, and the
// action's row says the answers do not bear the work out.
func TestExportTrendPersisting(t *testing.T) {
	const q = "INC-02"
	r1 := q4Entry("r1", "2026-01-10", assessment.RoleIT, q, assessment.Rating0)
	r2 := q4Entry("r2", "2026-05-10", assessment.RoleIT, q, assessment.Rating1)
	r3 := q4Entry("r3", "2026-09-10", assessment.RoleIT, q, assessment.Rating1)
	r3.A.Plan = map[string]assessment.PlanEntry{q: {Status: assessment.StatusDone}}
	s := New([]Entry{r1, r2, r3})
	require.Len(t, s.Trends, 1)
	var buf bytes.Buffer
	require.NoError(t, s.Export(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	var ofQ []string // the findings INC-02's answer raises
	for _, f := range assessment.Findings(r3.A) {
		if slices.Contains(f.Questions, q) {
			ofQ = append(ofQ, f.ID)
		}
	}
	require.Len(t, ofQ, 1, "the test needs one finding on %s", q)
	var still []string // round | value_label of its still-raised rows
	var action []string
	for _, r := range recs[1:] {
		if r[5] == SectionTrendFinding && r[9] == TrendStillRaised && r[6] == ofQ[0] {
			still = append(still, r[1]+" | "+r[10])
		}
		if r[5] == SectionTrendAction && r[6] == q && r[1] == "2026-09-10" {
			action = r
		}
	}
	assert.Equal(t, []string{
		"2026-05-10 | since 2026-01-10; raised in both rounds; its action (INC-02) is still open in the later round",
		"2026-09-10 | since 2026-05-10; raised in every round since 2026-01-10 (3 rounds); its action (INC-02) is marked done in the later round; the finding stands: review whether the action worked (ISO/IEC 27001 10.2 d))",
	}, still)
	require.NotNil(t, action, "the action's row of the second step")
	assert.Equal(t, TrendDone, action[9])
	assert.Equal(t, "open or in progress in 2026-05-10; marked done; still rated at level 1 in the later round, as in the earlier round: not borne out by the answers", action[10])
}

// TestExportTrendRows: the consolidated CSV carries the round of every
// respondent row and, after them, the trend rows of a site.
func TestExportTrendRows(t *testing.T) {
	base := samePerson(roundEntry("base", "Plant A", "2026-03-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating0}))
	follow := samePerson(roundEntry("follow", "Plant A", "2026-09-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating4}))
	var buf bytes.Buffer
	set := New([]Entry{base, follow})
	require.NoError(t, set.Export(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	require.Equal(t, ExportHeader, recs[0])
	var overall []string
	findings, actions := 0, 0
	for _, r := range recs[1:] {
		switch r[5] {
		case SectionTrend:
			if r[6] == "overall" {
				overall = r
			}
		case SectionTrendFinding:
			findings++
			assert.Contains(t, []string{TrendClosed, TrendOpened, TrendStillRaised}, r[9])
		case SectionTrendAction:
			actions++
			assert.Equal(t, []string{"GOV-01", TrendResolved}, []string{r[6], r[9]})
			assert.Equal(t, "open or in progress in 2026-03-10; no longer needed: the answer now reaches level 3", r[10])
		}
	}
	require.NotNil(t, overall)
	assert.Equal(t, "2026-09-10", overall[1])
	assert.Equal(t, "100", overall[9], "a number a spreadsheet can sum")
	assert.Equal(t, "since 2026-03-10: 0 to 100", overall[10])
	assert.Equal(t, 1, actions)
	// Two rounds of one site, each respondent's rows with its findings,
	// each round with its score rows, then the trend.
	own := len(assessment.Findings(base.A)) + len(assessment.Findings(follow.A))
	assert.Equal(t, 2*RowsPerRespondent+own+2*set.RowsPerSite()+1+len(assessment.Areas())+findings+actions, len(recs)-1)
}

// TestRACIWithinResponsible: respondents of one site who name the same
// accountable role but different responsible roles disagree on the row;
// different consulted or informed roles alone do not.
func TestRACIWithinResponsible(t *testing.T) {
	tests := []struct {
		name string
		a, b assessment.RACI
		want Dispute // "" for none
	}{
		{"SameRow", row("ot", "A", "maintenance", "R"), row("ot", "A", "maintenance", "R"), ""},
		{"OtherAccountable", row("ot", "A"), row("it", "A"), DisputeAccountable},
		{"OtherResponsible", row("ot", "A", "maintenance", "R"), row("ot", "A", "operations", "R"), DisputeResponsible},
		{"AROrR", row("ot", "A/R"), row("ot", "A", "maintenance", "R"), DisputeResponsible},
		{"OnlyConsulted", row("ot", "A", "it", "C"), row("ot", "A", "quality", "C"), ""},
		{"OnlyInformed", row("ot", "A/R", "ehs", "I"), row("ot", "A/R"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := roundEntry("x", "Plant A", "2026-03-10", "", nil)
			y := roundEntry("y", "Plant A", "2026-03-10", "", nil)
			k := key("5.10", assessment.DomainOT)
			x.A.Matrix[k], y.A.Matrix[k] = tt.a, tt.b
			s := New([]Entry{x, y})
			if tt.want == "" {
				assert.Empty(t, s.RACIDisagreements)
				return
			}
			require.Len(t, s.RACIDisagreements, 1)
			assert.Equal(t, tt.want, s.RACIDisagreements[0].On)
			assert.Len(t, s.RACIDisagreements[0].Views, 2)
		})
	}
	assert.Equal(t, "ot+maintenance", ResponsibleOf(row("ot", "A/R", "maintenance", "R", "it", "C")))
	assert.Equal(t, "OT / automation lead + Maintenance & engineering", ResponsibleLabel("ot+maintenance"))
	assert.Equal(t, "No responsible role", ResponsibleLabel(""))
}

// TestTrendClosesOnlyWhatWasReassessed: a finding the follow-up no
// longer raises counts as closed only when the follow-up answered again
// what raised it and the two rounds rest on the same basis; otherwise it
// is listed as not re-assessed, and no change of score is counted.
func TestTrendClosesOnlyWhatWasReassessed(t *testing.T) {
	const q = "INC-02"
	all := func(r assessment.Rating, except map[string]assessment.Rating) map[string]assessment.Rating {
		m := map[string]assessment.Rating{}
		for _, qu := range assessment.Questions() {
			m[qu.ID] = r
		}
		for id, r := range except {
			if r == assessment.RatingNone {
				delete(m, id)
			} else {
				m[id] = r
			}
		}
		return m
	}
	entry := func(id, date string, role assessment.Role, ratings map[string]assessment.Rating) Entry {
		e := roundEntry(id, "Plant A", date, "", ratings)
		e.A.Profile.RespondentRole = role
		return e
	}
	base := func(id string, role assessment.Role) Entry {
		return entry(id, "2026-03-10", role, all(assessment.Rating0, nil))
	}
	follow := func(id string, role assessment.Role, except map[string]assessment.Rating) Entry {
		return entry(id, "2026-09-10", role, all(assessment.Rating4, except))
	}
	consensus := func(e Entry) Entry {
		e.A.Consensus = map[string]assessment.Agreement{q: {}}
		return e
	}
	profile := func(e Entry, edit func(p *assessment.Profile)) Entry {
		edit(&e.A.Profile)
		return e
	}
	tests := []struct {
		name    string
		entries []Entry
		unlike  Unlike
		closed  bool // the findings q raised are closed (else not re-assessed)
	}{
		{"AnsweredAgain", []Entry{base("b", assessment.RoleOT), follow("f", assessment.RoleOT, nil)}, LikeRounds, true},
		{"LeftUnanswered", []Entry{base("b", assessment.RoleOT), follow("f", assessment.RoleOT, map[string]assessment.Rating{q: assessment.RatingNone})}, LikeRounds, false},
		{"RatedNotApplicable", []Entry{base("b", assessment.RoleOT), follow("f", assessment.RoleOT, map[string]assessment.Rating{q: assessment.RatingNotApplicable})}, LikeRounds, false},
		// Both leads raised it; the OT lead did not answer it again.
		{"OneRoleLeftItUnanswered", []Entry{base("b1", assessment.RoleIT), base("b2", assessment.RoleOT),
			follow("f1", assessment.RoleIT, nil), follow("f2", assessment.RoleOT, map[string]assessment.Rating{q: assessment.RatingNone})}, LikeRounds, false},
		// Scores compared on the IT lead, who answered in both rounds; the
		// OT lead raised the finding too and did not answer again.
		{"FewerRespondents", []Entry{base("b1", assessment.RoleIT), base("b2", assessment.RoleOT), follow("f", assessment.RoleIT, nil)}, LikeRounds, false},
		{"OtherRole", []Entry{base("b", assessment.RoleOT), follow("f", assessment.RoleIT, nil)}, UnlikeRespondents, false},
		// A consensus does not keep each role's own answers: the step sets the
		// respondents' own assessments against each other.
		{"ConsensusAgainstMean", []Entry{base("b", assessment.RoleOT), follow("f", assessment.RoleOT, nil), consensus(follow("c", assessment.RoleOT, nil))}, LikeRounds, true},
		{"ConsensusInBoth", []Entry{base("b", assessment.RoleOT), consensus(base("bc", assessment.RoleOT)),
			follow("f", assessment.RoleOT, nil), consensus(follow("c", assessment.RoleOT, nil))}, LikeRounds, true},
		{"ConsensusByOtherRoles", []Entry{base("b", assessment.RoleOT), consensus(base("bc", assessment.RoleOT)),
			follow("f", assessment.RoleIT, nil), consensus(follow("c", assessment.RoleIT, nil))}, UnlikeRespondents, false},
		{"ConsensusWithoutItsRespondents", []Entry{consensus(base("bc", assessment.RoleOT)), consensus(follow("c", assessment.RoleOT, nil))}, UnlikeParticipants, false},
		{"ScopeChanged", []Entry{base("b", assessment.RoleOT), profile(follow("f", assessment.RoleOT, nil), func(p *assessment.Profile) { p.NIS2 = assessment.NIS2Essential })}, UnlikeScope, false},
		// Connectivity asks no other question: the rounds stay comparable.
		{"ProfileChangedNotScope", []Entry{base("b", assessment.RoleOT),
			profile(follow("f", assessment.RoleOT, nil), func(p *assessment.Profile) { p.Connectivity = assessment.ConnectivityBrokered })}, LikeRounds, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.entries)
			require.Len(t, s.Trends, 1)
			st := s.Trends[0].Steps[0]
			assert.Equal(t, tt.unlike, st.Unlike)
			assert.Equal(t, tt.unlike == LikeRounds, st.Overall.HasDelta, "a change of score only between like rounds")
			var byQ []string
			for _, f := range assessment.Findings(tt.entries[0].A) {
				if slices.Contains(f.Questions, q) {
					byQ = append(byQ, f.ID)
				}
			}
			require.NotEmpty(t, byQ, "%s at level 0 raises a finding", q)
			for _, id := range byQ {
				if tt.closed {
					assert.Contains(t, findingIDs(st.Closed), id)
					assert.NotContains(t, findingIDs(st.NotReassessed), id)
				} else {
					assert.Contains(t, findingIDs(st.NotReassessed), id)
					assert.NotContains(t, findingIDs(st.Closed), id)
				}
			}
			if tt.unlike != LikeRounds {
				assert.Empty(t, st.Closed, "nothing closes between rounds that are not alike")
			}
		})
	}
}

// TestMinorDifferences counts the questions on which respondents of one
// site differ without a listed disagreement: the consensus lowers them
// silently unless the facilitator is told.
func TestMinorDifferences(t *testing.T) {
	tests := []struct {
		name   string
		a, b   assessment.Rating
		want   int
		spread int    // of the listed difference, when want is 1
		q      string // "GOV-05" when empty
	}{
		{"Same", assessment.Rating2, assessment.Rating2, 0, 0, ""},
		{"OneLevel", assessment.Rating2, assessment.Rating3, 1, 1, ""},
		{"NotApplicableAgainstLevel0", assessment.RatingNotApplicable, assessment.Rating0, 1, 0, ""},
		{"NotApplicableAgainstLevel1", assessment.RatingNotApplicable, assessment.Rating1, 1, 0, ""},
		{"NotApplicableAgainstDefined", assessment.RatingNotApplicable, assessment.Rating2, 0, 0, ""}, // a disagreement
		{"UnknownAgainstZero", assessment.RatingUnknown, assessment.Rating0, 1, 0, ""},
		{"OneUnanswered", assessment.Rating2, assessment.RatingNone, 0, 0, ""},
		{"ListedDisagreement", assessment.Rating0, assessment.Rating3, 0, 0, ""},
		// On a requirement that cannot be excluded (GOV-01, ISO/IEC 27001
		// 5.3), N/A counts as 0: against level 1 it is one level apart,
		// and against level 2 a disagreement on the level, not on scope.
		{"RequiredNotApplicableAgainstLevel1", assessment.RatingNotApplicable, assessment.Rating1, 1, 1, "GOV-01"},
		{"RequiredNotApplicableAgainstDefined", assessment.RatingNotApplicable, assessment.Rating2, 0, 0, "GOV-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := cmp.Or(tt.q, "GOV-05")
			it := roundEntry("it", "Plant A", "2026-03-10", "", map[string]assessment.Rating{q: tt.a})
			ot := roundEntry("ot", "Plant A", "2026-03-11", "", map[string]assessment.Rating{q: tt.b})
			s := New([]Entry{it, ot})
			require.Len(t, s.Sites, 1)
			assert.Equal(t, tt.want, s.Sites[0].MinorDifferences)
			require.Len(t, s.Minor, tt.want, "listed to be settled")
			if tt.want == 1 {
				d := s.Minor[0]
				assert.Equal(t, q, d.Question.ID)
				assert.Equal(t, tt.spread, d.Spread)
				require.Len(t, d.Answers, 2)
				assert.Equal(t, []assessment.Rating{tt.a, tt.b}, []assessment.Rating{d.Answers[0].Rating, d.Answers[1].Rating})
			}
		})
	}
}

// TestDrillWithConsensus: once a round has a consensus, its figures are
// the consensus's, in the heat map and the drill-down alike; the
// respondents' own answers stay listed beside it.
func TestDrillWithConsensus(t *testing.T) {
	const q = "GOV-01"
	it := roundEntry("it", "Plant A", "2026-03-10", "", map[string]assessment.Rating{q: assessment.Rating1})
	ot := roundEntry("ot", "Plant A", "2026-03-11", "", map[string]assessment.Rating{q: assessment.Rating4})
	tests := []struct {
		name    string
		entries []Entry
		mean    float64
		n       int
		counted int
	}{
		{"Respondents", []Entry{it, ot}, 2.5, 2, 2},
		{"Consensus", []Entry{it, ot, func() Entry {
			c := roundEntry("cons", "Plant A", "2026-03-12", "", map[string]assessment.Rating{q: assessment.Rating3})
			c.A.Consensus = map[string]assessment.Agreement{q: {Agreed: true, Rationale: "minutes"}}
			return c
		}()}, 3, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.entries)
			require.Len(t, s.Sites, 1)
			assert.Equal(t, tt.counted, s.Sites[0].Counted())
			d, ok := s.Drill("GOV")
			require.True(t, ok)
			qi := slices.IndexFunc(d.Questions, func(x assessment.Question) bool { return x.ID == q })
			require.GreaterOrEqual(t, qi, 0)
			cell := d.Rows[0].Cells[qi]
			require.True(t, cell.HasMean)
			assert.InDelta(t, tt.mean, cell.Mean, 1e-9)
			assert.Equal(t, tt.n, cell.N)
			assert.Len(t, cell.Ratings, len(tt.entries), "every answer stays listed")
		})
	}
}

// TestExportConsensus: the consolidated CSV marks a consensus's rows with
// ConsensusRole and carries its consensus and dissent rows, as the
// consensus's own CSV does.
func TestExportConsensus(t *testing.T) {
	const q = "GOV-01"
	it := roundEntry("it", "Plant A", "2026-03-10", "", map[string]assessment.Rating{q: assessment.Rating1})
	it.A.Profile.RespondentRole = assessment.RoleIT
	ot := roundEntry("ot", "Plant A", "2026-03-11", "", map[string]assessment.Rating{q: assessment.Rating4})
	ot.A.Profile.RespondentRole = assessment.RoleOT
	cons := assessment.BuildConsensus("cons", fixtureTime, []assessment.Assessment{it.A, ot.A},
		map[string]assessment.Decision{q: {Rating: assessment.Rating3, Rationale: "minutes of the review"}})
	var buf bytes.Buffer
	require.NoError(t, New([]Entry{it, ot, {Source: SourceStored, A: cons}}).Export(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	roles := map[string]int{}
	sections := map[string]int{}
	for _, r := range recs[1:] {
		if r[5] == SectionFinding {
			continue // each assessment's findings: TestExport
		}
		roles[r[3]]++
		if r[3] == ConsensusRole {
			sections[r[5]]++
		}
	}
	assert.Equal(t, RowsPerRespondent, roles["it"])
	assert.Equal(t, RowsPerRespondent, roles["ot"])
	assert.Equal(t, RowsPerRespondent+3, roles[ConsensusRole], "the consensus's rows, its consensus row and two dissent rows")
	assert.Equal(t, 1, sections[csvio.SectionConsensus])
	assert.Equal(t, 2, sections[csvio.SectionDissent])
}

// TestProfileDifferences: respondents of one site and round who give a
// scope field of the profile differently are listed, the consensus aside.
func TestProfileDifferences(t *testing.T) {
	mk := func(id string, edit func(p *assessment.Profile)) Entry {
		e := roundEntry(id, "Plant A", "2026-03-10", "", nil)
		if edit != nil {
			edit(&e.A.Profile)
		}
		return e
	}
	gmp := func(p *assessment.Profile) { p.Validated = true }
	tests := []struct {
		name    string
		entries []Entry
		want    []string // field key: values
	}{
		{"Same", []Entry{mk("a", gmp), mk("b", gmp)}, nil},
		{"GMPDiffers", []Entry{mk("a", gmp), mk("b", nil)}, []string{"validated: yes|no"}},
		{"PlantsAndModel", []Entry{mk("a", func(p *assessment.Profile) { p.Plants = 3 }), mk("b", func(p *assessment.Profile) {
			p.Plants, p.OwnershipModel = 1, assessment.ModelFederated
		})}, []string{"plants: 3|1", "ownershipModel: not given|Federated"}},
		{"NotAScopeField", []Entry{mk("a", func(p *assessment.Profile) { p.Sector = "Food" }), mk("b", nil)}, nil},
		{"ConsensusLeftOut", []Entry{mk("a", gmp), mk("b", gmp), func() Entry {
			e := mk("c", nil)
			e.A.Consensus = map[string]assessment.Agreement{"GOV-01": {}}
			return e
		}()}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.entries)
			require.Len(t, s.Sites, 1)
			var got []string
			for _, d := range s.ProfileDifferences {
				var vals []string
				for _, v := range d.Values {
					vals = append(vals, v.Text)
				}
				got = append(got, d.Field.Key+": "+strings.Join(vals, "|"))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSplits: the heat map's cells count the questions behind them that
// respondents answer two or more levels apart, until a consensus settles
// the round.
func TestSplits(t *testing.T) {
	it := roundEntry("it", "Plant A", "2026-03-10", "", map[string]assessment.Rating{"GOV-01": assessment.Rating0, "GOV-02": assessment.Rating4, "SCO-01": assessment.Rating1})
	ot := roundEntry("ot", "Plant A", "2026-03-11", "", map[string]assessment.Rating{"GOV-01": assessment.Rating4, "GOV-02": assessment.Rating1, "SCO-01": assessment.Rating2})
	s := New([]Entry{it, ot})
	require.Len(t, s.Sites, 1)
	byArea := map[string]int{}
	for i, a := range s.Areas {
		byArea[a.ID] = s.Sites[0].Splits[i]
	}
	assert.Equal(t, 2, byArea["GOV"], "GOV-01 and GOV-02 are split")
	assert.Zero(t, byArea["SCO"], "one level apart is no split")
	assert.Equal(t, 2, s.Sites[0].SplitTotal())

	cons := roundEntry("cons", "Plant A", "2026-03-12", "", map[string]assessment.Rating{"GOV-01": assessment.Rating2})
	cons.A.Consensus = map[string]assessment.Agreement{"GOV-01": {Agreed: true, Rationale: "minutes"}}
	s = New([]Entry{it, ot, cons})
	assert.Zero(t, s.Sites[0].SplitTotal(), "the consensus settles the round")
}

// TestTrendStepDetails: what a step says beside its verdict: the roles it
// compares on when the respondents changed, the questions a role no
// longer rates, and profile changes that leave the rounds comparable.
func TestTrendStepDetails(t *testing.T) {
	mk := func(id, date string, role assessment.Role, rated int) Entry {
		e := roundEntry(id, "Plant A", date, "", nil)
		e.A.Profile.RespondentRole = role
		for _, q := range assessment.Asked(e.A)[:rated] {
			e.A.Answers[q.ID] = assessment.Answer{Rating: assessment.Rating2}
		}
		return e
	}
	t.Run("SharedRoles", func(t *testing.T) {
		s := New([]Entry{mk("b1", "2026-03-10", assessment.RoleIT, 10), mk("b2", "2026-03-11", assessment.RoleQuality, 10),
			mk("f1", "2026-09-10", assessment.RoleIT, 10), mk("f2", "2026-09-11", assessment.RoleEHS, 10)})
		require.Len(t, s.Trends, 1)
		st := s.Trends[0].Steps[0]
		assert.Equal(t, LikeRounds, st.Unlike)
		assert.Equal(t, []assessment.Role{assessment.RoleIT}, st.Roles)
		assert.Equal(t, []assessment.Role{assessment.RoleQuality}, st.OnlyFrom)
		assert.Equal(t, []assessment.Role{assessment.RoleEHS}, st.OnlyTo)
		assert.True(t, st.Overall.HasDelta)
		assert.InDelta(t, 0, st.Overall.Delta, 1e-9, "the IT lead answered alike")
	})
	t.Run("Unrated", func(t *testing.T) {
		s := New([]Entry{mk("b", "2026-03-10", assessment.RoleOT, 10), mk("f", "2026-09-10", assessment.RoleOT, 6)})
		st := s.Trends[0].Steps[0]
		assert.Nil(t, st.Roles, "the same roles")
		assert.Equal(t, 4, st.Unrated)
	})
	t.Run("ConsensusRound", func(t *testing.T) {
		c := mk("c", "2026-09-12", "", 10)
		c.A.Consensus = map[string]assessment.Agreement{"GOV-01": {Agreed: true, Rationale: "minutes"}}
		s := New([]Entry{mk("b", "2026-03-10", assessment.RoleOT, 10), mk("f", "2026-09-10", assessment.RoleOT, 10), c})
		st := s.Trends[0].Steps[0]
		assert.Equal(t, LikeRounds, st.Unlike)
		assert.True(t, st.OwnAnswers, "judged on the respondents' own assessments")
		s = New([]Entry{mk("b", "2026-03-10", assessment.RoleOT, 10), c})
		assert.Equal(t, UnlikeParticipants, s.Trends[0].Steps[0].Unlike, "the consensus's respondents are not in the comparison")
	})
	t.Run("ProfileChange", func(t *testing.T) {
		b, f := mk("b", "2026-03-10", assessment.RoleOT, 10), mk("f", "2026-09-10", assessment.RoleOT, 10)
		b.A.Profile.Connectivity, f.A.Profile.Connectivity = assessment.ConnectivityIntegrated, assessment.ConnectivityBrokered
		st := New([]Entry{b, f}).Trends[0].Steps[0]
		assert.Equal(t, LikeRounds, st.Unlike)
		require.Len(t, st.ProfileChanges, 1)
		assert.Contains(t, st.ProfileChanges[0], "IT/OT connectivity: ")
		assert.Contains(t, st.ProfileChanges[0], " \u2192 ")
	})
}

// TestRoleList: roles by their labels, a respondent who gave none as such.
func TestRoleList(t *testing.T) {
	assert.Equal(t, "IT lead, OT / automation lead", RoleList([]assessment.Role{assessment.RoleIT, assessment.RoleOT}))
	assert.Equal(t, "no role given, Quality & validation", RoleList([]assessment.Role{"", assessment.RoleQuality}))
}

// TestSortRepeats: the findings raised in both rounds, the most severe
// first, then the longest raised, else as found.
func TestSortRepeats(t *testing.T) {
	rep := func(id string, sev assessment.Severity, since int) Repeat {
		return Repeat{Finding: assessment.Finding{ID: id, Severity: sev}, Since: since}
	}
	rs := []Repeat{
		rep("m1", assessment.SeverityMedium, 0),
		rep("h2", assessment.SeverityHigh, 2),
		rep("c1", assessment.SeverityCritical, 1),
		rep("h0", assessment.SeverityHigh, 0),
		rep("h2b", assessment.SeverityHigh, 2),
	}
	sortRepeats(rs)
	var got []string
	for _, r := range rs {
		got = append(got, r.ID)
	}
	assert.Equal(t, []string{"c1", "h0", "h2", "h2b", "m1"}, got)
}

// TestOneConsensusPerRound: a round holding two consensus assessments
// counts neither until the user chooses one, and is compared on its
// respondents' own answers meanwhile; never are the two averaged.
func TestOneConsensusPerRound(t *testing.T) {
	const q = "GOV-01"
	cons := func(id, updated string, r assessment.Rating) Entry {
		e := roundEntry(id, "Plant A", "2026-03-12", "Baseline", map[string]assessment.Rating{q: r})
		e.A.Consensus = map[string]assessment.Agreement{q: {Agreed: true, Rationale: "minutes"}}
		e.A.Updated = updated
		return e
	}
	it := roundEntry("it", "Plant A", "2026-03-10", "Baseline", map[string]assessment.Rating{q: assessment.Rating1})
	older := cons("cons-1", "2026-03-12T10:00:00Z", assessment.Rating2)
	newer := cons("cons-2", "2026-04-01T08:00:00Z", assessment.Rating4)
	third := cons("cons-3", "2026-03-20T10:00:00Z", assessment.Rating3)
	tests := []struct {
		name      string
		entries   []Entry
		chosen    string   // Choices.Consensus for the round
		kept      []string // the consensus counted
		versions  []string // the conflict's versions; nil for none
		counted   int
		mean      float64 // the first area's score, in per cent
		assessing int     // Set.Assessments
	}{
		{"OneConsensus", []Entry{it, older}, "", []string{"cons-1"}, nil, 0, 50, 2},
		{"TwoUnchosen", []Entry{it, older, newer}, "", nil, []string{"cons-1", "cons-2"}, -1, 25, 1},
		{"TwoChosenOlder", []Entry{newer, it, older}, "cons-1", []string{"cons-1"}, []string{"cons-2", "cons-1"}, 1, 50, 2},
		{"ChoiceNamesNoneOfThem", []Entry{it, older, newer}, "cons-9", nil, []string{"cons-1", "cons-2"}, -1, 25, 1},
		{"ThreeChosen", []Entry{older, newer, third}, "cons-3", []string{"cons-3"}, []string{"cons-1", "cons-2", "cons-3"}, 2, 75, 1},
		// A round of consensuses alone, none chosen: nothing counts.
		{"OnlyConsensusesUnchosen", []Entry{older, newer}, "", nil, []string{"cons-1", "cons-2"}, -1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probe := New(tt.entries)
			require.Len(t, probe.Sites, 1)
			s := NewWith(tt.entries, Choices{Consensus: map[string]string{probe.Sites[0].Key: tt.chosen}})
			require.Len(t, s.Sites, 1)
			site := s.Sites[0]
			var kept []string
			for _, r := range site.Respondents {
				if r.A.IsConsensus() {
					kept = append(kept, r.A.ID)
				}
			}
			assert.Equal(t, tt.kept, kept, "consensuses counted")
			if tt.versions == nil {
				assert.Empty(t, s.ConsensusConflicts)
				assert.False(t, site.ConsensusUnsettled)
			} else {
				require.Len(t, s.ConsensusConflicts, 1)
				cc := s.ConsensusConflicts[0]
				var ids []string
				for _, v := range cc.Versions {
					ids = append(ids, v.A.ID)
				}
				assert.Equal(t, tt.versions, ids, "the versions offered")
				assert.Equal(t, tt.counted, cc.Counted)
				assert.Equal(t, site.Key, cc.Key)
				assert.Equal(t, "Plant A", cc.Site)
				assert.Equal(t, "Baseline", cc.Round)
				assert.Equal(t, tt.counted < 0, site.ConsensusUnsettled)
				// The consolidated CSV says which consensus counted.
				rows := exportSection(t, s, SectionConsensusChoice)
				require.Len(t, rows, len(cc.Versions))
				for j, rec := range rows {
					assert.Equal(t, []string{"Plant A", "Baseline", "", ConsensusRole, cc.Versions[j].A.ID}, rec[:5])
					want := ChoiceNotCounted
					switch {
					case tt.counted < 0:
						want = ChoiceNone
					case j == tt.counted:
						want = ChoiceCounted
					}
					assert.Equal(t, want, rec[9], "%s", cc.Versions[j].A.ID)
				}
			}
			if tt.mean > 0 || len(site.Respondents) > 0 {
				require.True(t, site.Areas[0].HasScore)
				assert.InDelta(t, tt.mean, site.Areas[0].Score, 1e-9, "the area is scored by one consensus, or the respondents' own answers")
			}
			assert.Equal(t, tt.assessing, s.Assessments(), "assessments counted")
			// Everything else is built from what counts, without a
			// consensus where none was chosen.
			_, ok := s.Drill("GOV")
			assert.True(t, ok)
			require.NoError(t, s.Export(io.Discard))
		})
	}
}
