package compare

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment"
)

func TestVersionConflicts(t *testing.T) {
	q := assessment.Questions()[0].ID
	base := assessment.New("p1", fixtureTime)
	base.Name = "Plant"
	base.Profile.Site = "Plant"
	base.Updated = "2026-03-01T10:00:00Z"
	base.Answers[q] = assessment.Answer{Rating: assessment.Rating2}
	edited := base // the same export, one answer changed in a spreadsheet
	edited.Answers = map[string]assessment.Answer{q: {Rating: assessment.Rating4}}
	later := edited
	later.Updated = "2026-03-05T10:00:00Z"
	emptyMaps := base // an absent map reads as an empty one
	emptyMaps.RoleNames = map[assessment.Role]string{}
	emptyMaps.Matrix = assessment.Matrix{{Control: assessment.Controls()[0].ID, Domain: assessment.DomainIT}: {}}

	tests := []struct {
		name        string
		entries     []Entry
		choices     Choices
		wantDups    int
		wantSources []string // the conflict's versions; nil: no conflict
		wantCounted string
		wantChosen  bool
		wantDefault string
		wantRating  assessment.Rating // of the one respondent counted
	}{
		{name: "IdenticalCountedOnce",
			entries:  []Entry{{Source: SourceStored, A: base, Revision: 3}, {Source: "copy.csv", A: emptyMaps}},
			wantDups: 1, wantRating: assessment.Rating2},
		{name: "EditedCSVSameDateFileCounts",
			entries:     []Entry{{Source: SourceStored, A: base, Revision: 3}, {Source: "edited.csv", A: edited}},
			wantSources: []string{SourceStored, "edited.csv"}, wantCounted: "edited.csv",
			wantDefault: "same time", wantRating: assessment.Rating4},
		{name: "NewerStoredCounts",
			entries:     []Entry{{Source: "old.csv", A: base}, {Source: SourceStored, A: later, Revision: 7}},
			wantSources: []string{"old.csv", SourceStored}, wantCounted: SourceStored,
			wantDefault: "saved last", wantRating: assessment.Rating4},
		{name: "UserChoosesTheOlder",
			entries:     []Entry{{Source: "old.csv", A: base}, {Source: SourceStored, A: later, Revision: 7}},
			choices:     Choices{Versions: map[string]string{"p1": "old.csv"}},
			wantSources: []string{"old.csv", SourceStored}, wantCounted: "old.csv", wantChosen: true, wantRating: assessment.Rating2},
		{name: "TwoFilesAndAStoredTwin",
			entries:     []Entry{{Source: SourceStored, A: base, Revision: 2}, {Source: "a.csv", A: later}, {Source: "b.csv", A: base}},
			wantDups:    1,
			wantSources: []string{SourceStored, "a.csv"}, wantCounted: "a.csv", wantDefault: "saved last", wantRating: assessment.Rating4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewWith(tt.entries, tt.choices)
			require.Equal(t, 1, s.Assessments(), "one assessment ID counts once")
			assert.Len(t, s.Duplicates, tt.wantDups)
			for _, d := range s.Duplicates {
				assert.True(t, d.Same)
			}
			assert.Equal(t, tt.wantRating, s.Sites[0].Respondents[0].A.Answers[q].Rating)
			if tt.wantSources == nil {
				assert.Empty(t, s.VersionConflicts)
				return
			}
			require.Len(t, s.VersionConflicts, 1)
			c := s.VersionConflicts[0]
			var sources []string
			for _, v := range c.Versions {
				sources = append(sources, v.Source)
				if v.Source == SourceStored {
					assert.Positive(t, v.Revision, "the stored version shows its revision")
				}
				assert.NotEmpty(t, v.Updated)
			}
			assert.Equal(t, tt.wantSources, sources)
			assert.Equal(t, tt.wantCounted, c.Versions[c.Counted].Source)
			assert.Equal(t, tt.wantChosen, c.Chosen)
			assert.Contains(t, c.Default, tt.wantDefault)
			// The consolidated CSV says which version counted, and why.
			rows := exportSection(t, s, SectionVersion)
			require.Len(t, rows, len(c.Versions))
			for j, rec := range rows {
				assert.Equal(t, "p1", rec[4], "assessment_id")
				assert.Equal(t, c.Versions[j].Text(), rec[8], "label")
				if j != c.Counted {
					assert.Equal(t, ChoiceNotCounted, rec[9])
					continue
				}
				assert.Equal(t, ChoiceCounted, rec[9])
				if tt.wantChosen {
					assert.Equal(t, "Chosen in the comparison.", rec[10])
				} else {
					assert.Equal(t, c.Default, rec[10])
				}
			}
		})
	}
}

// exportSection returns the records of s's consolidated CSV in section.
func exportSection(t *testing.T, s *Set, section string) [][]string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, s.Export(&buf))
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	var out [][]string
	for _, rec := range recs[1:] {
		if rec[5] == section {
			out = append(out, rec)
		}
	}
	return out
}

// TestAcrossSitesAddsUp checks that the rows filled at one site only are
// not counted as agreeing across sites, and that the parts add up.
func TestAcrossSitesAddsUp(t *testing.T) {
	c0, c1, c2, c3 := assessment.Controls()[0].ID, assessment.Controls()[1].ID, assessment.Controls()[2].ID, assessment.Controls()[3].ID
	key := func(c string) assessment.CellKey { return assessment.CellKey{Control: c, Domain: assessment.DomainIT} }
	a := assessment.New("a", fixtureTime)
	a.Profile.Site = "A"
	b := assessment.New("b", fixtureTime)
	b.Profile.Site = "B"
	acc := func(r assessment.Role) assessment.RACI { return assessment.RACI{r: assessment.LetterAccountable} }
	a.Matrix[key(c0)], b.Matrix[key(c0)] = acc(assessment.RoleIT), acc(assessment.RoleIT) // agree
	a.Matrix[key(c1)], b.Matrix[key(c1)] = acc(assessment.RoleIT), acc(assessment.RoleOT) // differ
	a.Matrix[key(c2)] = acc(assessment.RoleIT)                                            // one site only
	informed := assessment.RACI{assessment.RoleIT: assessment.LetterInformed}
	a.Matrix[key(c3)], b.Matrix[key(c3)] = informed, informed // no A anywhere
	s := New([]Entry{{Source: "a", A: a}, {Source: "b", A: b}})
	filled, agree, differ, none := s.AcrossSites()
	assert.Equal(t, [4]int{3, 1, 1, 1}, [4]int{filled, agree, differ, none})
	assert.Equal(t, filled, agree+differ+none)
	assert.Equal(t, 2, s.AgreedRows(), "AgreedRows also counts the row filled at one site")
}

// Two consensus records that differ only in a matrix row's dissent are two
// versions, not one.
func TestSameContentRowConsensus(t *testing.T) {
	a := assessment.New("c1", fixtureTime)
	k := key("5.10", assessment.DomainOT)
	a.RowConsensus = map[assessment.CellKey]assessment.RowAgreement{k: {Agreed: true, Dissent: []assessment.RowDissent{{Role: assessment.RoleIT, Row: row("it", "A")}}}}
	b := a
	b.RowConsensus = map[assessment.CellKey]assessment.RowAgreement{k: {Agreed: true, Dissent: []assessment.RowDissent{{Role: assessment.RoleIT, Row: row("it", "R")}}}}
	assert.True(t, sameContent(a, a))
	assert.False(t, sameContent(a, b))
}

// TestDisagreementRefsCiteNIS2: a disagreement row cites the question's
// NIS2 measure when any respondent of the site records an essential or
// important entity, whatever the order of the files.
func TestDisagreementRefsCiteNIS2(t *testing.T) {
	q, ok := assessment.QuestionByID("INC-01")
	require.True(t, ok)
	require.NotEmpty(t, q.NIS2)
	// The entity's respondent sorts last within the site (by name).
	low := roundEntry("a-low", "Plant A", "2026-03-10", "Baseline", map[string]assessment.Rating{"INC-01": assessment.Rating0})
	high := roundEntry("z-high", "Plant A", "2026-03-10", "Baseline", map[string]assessment.Rating{"INC-01": assessment.Rating4})
	high.A.Profile.NIS2 = assessment.NIS2Important
	for _, entries := range [][]Entry{{low, high}, {high, low}} {
		rows := exportSection(t, New(entries), SectionDisagreement)
		require.Len(t, rows, 1)
		assert.Equal(t, "INC-01", rows[0][6])
		assert.Contains(t, rows[0][len(rows[0])-1], q.NIS2[0].String(), "the refs cite the NIS2 measure")
	}
	// Neither an entity: no NIS2 measure.
	rows := exportSection(t, New([]Entry{low, roundEntry("z-high", "Plant A", "2026-03-10", "Baseline", map[string]assessment.Rating{"INC-01": assessment.Rating4})}), SectionDisagreement)
	require.Len(t, rows, 1)
	assert.NotContains(t, rows[0][len(rows[0])-1], "NIS2")
}
