package assessment

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bank1Full returns a schema 3 record answering every bank 1 question,
// each with its own note, rating, owner and target.
func bank1Full(t *testing.T) []byte {
	t.Helper()
	answers := map[string]Answer{}
	i := 0
	for _, c := range BankChanges() {
		if c.Kind == ChangeAdded {
			continue
		}
		answers[c.ID] = Answer{
			Rating: Ratings[i%len(Ratings)],
			Note:   fmt.Sprintf("Evidence seen for %s in the workshop.", c.ID),
			Owner:  RACIRoles[i%len(RACIRoles)],
			Target: fmt.Sprintf("2026-%02d-15", 1+i%12),
		}
		i++
	}
	// Make the merges interesting: PRA-03 (merged into PRA-01) better
	// evidenced than PRA-01, INC-03 worse than INT-04.
	answers["PRA-01"] = Answer{Rating: RatingUnknown, Note: "Nobody could say."}
	answers["PRA-03"] = Answer{Rating: Rating2, Note: "Decisions minuted at two plants."}
	answers["INT-04"] = Answer{Rating: Rating3, Note: "Clauses in the template."}
	answers["INC-03"] = Answer{Rating: RatingNotApplicable, Note: "Vendors handle it."}
	rec := map[string]any{
		"schema": 3, "id": "bank1-full", "name": "Bank 1, every question",
		"created": "2026-01-05T08:00:00Z", "updated": "2026-02-01T17:00:00Z",
		"profile": map[string]any{"organisation": "Acme", "validated": true, "plants": 3},
		"answers": answers,
	}
	b, err := json.Marshal(rec)
	require.NoError(t, err)
	require.Len(t, answers, bank1Size)
	return b
}

// TestUpgradeBank1Golden upgrades a record answering all of bank 1 and
// pins the result; it then checks that no answer and no note was lost.
func TestUpgradeBank1Golden(t *testing.T) {
	raw := bank1Full(t)
	var before struct{ Answers map[string]Answer }
	require.NoError(t, json.Unmarshal(raw, &before))

	a, err := Load(raw)
	require.NoError(t, err)
	got, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	golden(t, "schema3_bank1_upgraded.golden", append(got, '\n'))

	assert.Equal(t, SchemaVersion, a.Schema)
	for id, old := range before.Answers {
		c, ok := bank1Change(id)
		require.True(t, ok, id)
		if r, ok := a.Retired[id]; ok {
			assert.Equal(t, old, r, "%s retired unchanged", id)
			continue
		}
		target := id
		if c.Kind == ChangeMerged {
			target = c.Into[0]
		}
		kept := a.Answers[target]
		assert.Equal(t, old.Rating, kept.Rating, "%s carried to %s", id, target)
		assert.True(t, strings.HasPrefix(kept.Note, old.Note), "%s: note kept", id)
	}
	// Every note is somewhere.
	all := ""
	for _, ans := range a.Answers {
		all += ans.Note + "\n"
	}
	for _, ans := range a.Retired {
		all += ans.Note + "\n"
	}
	for id, old := range before.Answers {
		assert.Contains(t, all, old.Note, id)
	}

	// The merges, as the rule says.
	assert.Equal(t, Rating2, a.Answers["PRA-01"].Rating, "a level beats unknown")
	assert.Contains(t, a.Answers["PRA-01"].Note, "Carried over from the bank 1 answer to PRA-01 (Unknown): Nobody could say.")
	assert.Equal(t, Answer{Rating: RatingUnknown, Note: "Nobody could say."}, a.Retired["PRA-01"])
	assert.Equal(t, Rating3, a.Answers["INT-04"].Rating, "a level beats N/A")
	assert.Contains(t, a.Retired, "INC-03")
	// Split and removed questions are retired, never credited elsewhere.
	assert.Contains(t, a.Retired, "GOV-04")
	assert.Contains(t, a.Retired, "MOD-06")
	assert.NotContains(t, a.Answers, "GOV-08")
	assert.NotContains(t, a.Answers, "GOV-09")
	assert.NotContains(t, a.Answers, "GOV-10")
}

func TestBetterAnswer(t *testing.T) {
	lvl := func(r Rating, note string) Answer { return Answer{Rating: r, Note: note} }
	for _, tt := range []struct {
		Name string
		A, B Answer
		Want bool
	}{
		{"LevelBeatsUnknown", lvl(Rating4, ""), lvl(RatingUnknown, "x"), true},
		{"UnknownBeatsNA", lvl(RatingUnknown, ""), lvl(RatingNotApplicable, "x"), true},
		{"NABeatsNothing", lvl(RatingNotApplicable, ""), lvl(RatingNone, "x"), true},
		{"NothingLosesToNA", lvl(RatingNone, "x"), lvl(RatingNotApplicable, ""), false},
		{"NoteBeatsNoNote", lvl(Rating3, "minutes seen"), lvl(Rating1, ""), true},
		{"NoNoteLosesToNote", lvl(Rating1, ""), lvl(Rating3, "minutes seen"), false},
		{"LowerWinsBothNoted", lvl(Rating1, "a"), lvl(Rating3, "b"), true},
		{"HigherLosesBothNoted", lvl(Rating3, "b"), lvl(Rating1, "a"), false},
		{"LowerWinsNeitherNoted", lvl(Rating0, ""), lvl(Rating2, ""), true},
		{"EqualIsNotBetter", lvl(Rating2, "a"), lvl(Rating2, "b"), false},
		{"UnknownTie", lvl(RatingUnknown, "a"), lvl(RatingUnknown, ""), false},
	} {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, BetterAnswer(tt.A, tt.B))
		})
	}
}

func TestUpgradeBank1Answers(t *testing.T) {
	for _, tt := range []struct {
		Name             string
		Old              map[string]Answer
		Answers, Retired map[string]Answer
	}{{
		Name:    "KeptAndReworded",
		Old:     map[string]Answer{"GOV-01": {Rating: Rating3}, "GOV-02": {Note: "n"}},
		Answers: map[string]Answer{"GOV-01": {Rating: Rating3}, "GOV-02": {Note: "n"}},
	}, {
		Name:    "MergedAlone",
		Old:     map[string]Answer{"BRF-04": {Rating: Rating1, Owner: RoleOT}},
		Answers: map[string]Answer{"CHG-02": {Rating: Rating1, Owner: RoleOT}},
	}, {
		Name:    "MergedTieKeepsTheTargetsOwn",
		Old:     map[string]Answer{"CHG-02": {Rating: Rating2, Note: "a"}, "BRF-04": {Rating: Rating2, Note: "b"}},
		Answers: map[string]Answer{"CHG-02": {Rating: Rating2, Note: "a\n\nCarried over from the bank 1 answer to BRF-04 (Defined): b"}},
		Retired: map[string]Answer{"BRF-04": {Rating: Rating2, Note: "b"}},
	}, {
		Name:    "MergedIdenticalNotesNotRepeated",
		Old:     map[string]Answer{"PRA-01": {Rating: Rating2, Note: "same"}, "PRA-03": {Rating: Rating3, Note: "same"}},
		Answers: map[string]Answer{"PRA-01": {Rating: Rating2, Note: "same"}},
		Retired: map[string]Answer{"PRA-03": {Rating: Rating3, Note: "same"}},
	}, {
		Name:    "SplitAndRemovedRetire",
		Old:     map[string]Answer{"GOV-04": {Rating: Rating4}, "MOD-06": {Rating: Rating0, Note: "CISO decides"}},
		Answers: map[string]Answer{},
		Retired: map[string]Answer{"GOV-04": {Rating: Rating4}, "MOD-06": {Rating: Rating0, Note: "CISO decides"}},
	}, {
		Name:    "UnknownIDPassesThrough",
		Old:     map[string]Answer{"XYZ-01": {Rating: Rating1}},
		Answers: map[string]Answer{"XYZ-01": {Rating: Rating1}},
	}} {
		t.Run(tt.Name, func(t *testing.T) {
			answers, retired := UpgradeBank1Answers(tt.Old)
			if tt.Answers == nil {
				tt.Answers = map[string]Answer{}
			}
			assert.Equal(t, tt.Answers, answers)
			assert.Equal(t, tt.Retired, retired)
		})
	}
}

func TestUpgradeSchema3RefusesRetired(t *testing.T) {
	_, err := Upgrade([]byte(`{"schema":3,"id":"x","retired":{}}`))
	assert.EqualError(t, err, "upgrading schema 3 to 4: retired: not part of schema 3")
}

func TestValidateRetired(t *testing.T) {
	a := New("r1", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	a.Retired = map[string]Answer{"GOV-04": {Rating: Rating2}}
	require.NoError(t, Validate(a))
	a.Retired = map[string]Answer{"GOV-01": {Rating: Rating2}}
	assert.EqualError(t, Validate(a), `retired answer "GOV-01": unknown question`)
	a.Retired = map[string]Answer{"MOD-06": {Rating: "7"}}
	assert.ErrorContains(t, Validate(a), `retired answer "MOD-06": rating "7"`)
}
