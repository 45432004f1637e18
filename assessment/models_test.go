package assessment

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestModels(t *testing.T) {
	var ids []string
	for _, m := range Models() {
		ids = append(ids, m.ID)
		if m.Name == "" || m.Summary == "" || m.FitsWhen == "" || len(m.Pros) == 0 || len(m.Cons) == 0 {
			t.Errorf("model %s is missing text: %+v", m.ID, m)
		}
		if got, ok := ModelByID(m.ID); !ok || got.ID != m.ID {
			t.Errorf("ModelByID(%q) = %v, %v", m.ID, got.ID, ok)
		}
	}
	if want := []string{"centralised", "federated", "executive-led"}; !slices.Equal(ids, want) {
		t.Errorf("model IDs = %v, want %v", ids, want)
	}
	if _, ok := ModelByID("nope"); ok {
		t.Error("ModelByID found an unknown model")
	}
}

func TestPresetDiffAndApply(t *testing.T) {
	preset := Matrix{
		{"5.1", DomainIT}:  {RoleISMSOwner: LetterAccountable},
		{"5.1", DomainOT}:  {RoleISMSOwner: LetterAccountable, RoleOT: LetterResponsible},
		{"5.10", DomainIT}: {RoleIT: LetterAccountable},
		{"5.2", DomainIT}:  {RoleISMSOwner: LetterAccountable},
	}
	current := Matrix{
		{"5.1", DomainIT}:  {RoleISMSOwner: LetterAccountable},                     // same as preset
		{"5.1", DomainOT}:  {RoleOT: LetterAccountable},                            // user's own
		{"9.9", DomainIT}:  {RoleIT: LetterAccountable},                            // outside the preset
		{"5.10", DomainIT}: {RoleIT: LetterAccountable, RoleOT: LetterInformed},    // user's own
		{"5.2", DomainOT}:  {RoleOT: LetterResponsible, RoleISMSOwner: LetterNone}, // not in preset
	}
	curSnap, preSnap := cloneMatrix(current), cloneMatrix(preset)

	diff := PresetDiff(current, preset)
	var keys []CellKey
	for _, c := range diff {
		keys = append(keys, c.Key)
		if !RowsEqual(c.Before, current[c.Key]) || !RowsEqual(c.After, preset[c.Key]) {
			t.Errorf("change %v: before %v after %v", c.Key, c.Before, c.After)
		}
	}
	if want := []CellKey{{"5.1", DomainOT}, {"5.2", DomainIT}, {"5.10", DomainIT}}; !slices.Equal(keys, want) {
		t.Errorf("PresetDiff keys = %v, want %v", keys, want)
	}

	kept := ApplyPreset(current, preset, false)
	wantKept := Matrix{
		{"5.1", DomainIT}:  {RoleISMSOwner: LetterAccountable},
		{"5.1", DomainOT}:  {RoleOT: LetterAccountable},
		{"9.9", DomainIT}:  {RoleIT: LetterAccountable},
		{"5.10", DomainIT}: {RoleIT: LetterAccountable, RoleOT: LetterInformed},
		{"5.2", DomainOT}:  {RoleOT: LetterResponsible, RoleISMSOwner: LetterNone},
		{"5.2", DomainIT}:  {RoleISMSOwner: LetterAccountable},
	}
	if !reflect.DeepEqual(kept, wantKept) {
		t.Errorf("ApplyPreset(keep) = %v\nwant %v", kept, wantKept)
	}
	if d := PresetDiff(kept, ApplyPreset(current, preset, false)); len(d) != 0 {
		t.Errorf("applying twice changes %v", d)
	}

	over := ApplyPreset(current, preset, true)
	wantOver := cloneMatrix(preset)
	wantOver[CellKey{"9.9", DomainIT}] = RACI{RoleIT: LetterAccountable}
	wantOver[CellKey{"5.2", DomainOT}] = RACI{RoleOT: LetterResponsible, RoleISMSOwner: LetterNone}
	if !reflect.DeepEqual(over, wantOver) {
		t.Errorf("ApplyPreset(overwrite) = %v\nwant %v", over, wantOver)
	}
	if d := PresetDiff(over, preset); len(d) != 0 {
		t.Errorf("after overwrite the diff is %v, want none", d)
	}

	over[CellKey{"5.1", DomainIT}][RoleIT] = LetterInformed
	kept[CellKey{"5.1", DomainOT}][RoleIT] = LetterInformed
	if !reflect.DeepEqual(current, curSnap) || !reflect.DeepEqual(preset, preSnap) {
		t.Error("ApplyPreset result shares rows with its inputs, or mutated them")
	}
}

func cloneMatrix(m Matrix) Matrix {
	out := Matrix{}
	for k, r := range m {
		out[k] = maps.Clone(r)
	}
	return out
}

func TestRecommendWith(t *testing.T) {
	tests := []struct {
		name    string
		profile Profile
		answers map[string]Answer
		want    string
		scores  map[string]int
		reasons int
	}{{
		name:    "Empty",
		want:    ModelFederated,
		scores:  map[string]int{ModelCentralised: 0, ModelFederated: 0, ModelExecutiveLed: 0},
		reasons: 1,
	}, {
		name:    "RegulatedWeakExecutives",
		profile: Profile{Validated: true, Plants: 2, CentralRisk: true, Connectivity: ConnectivityBrokered},
		answers: answers("GOV-08=1", "GOV-05=unknown"),
		want:    ModelExecutiveLed,
		// exec: regulated 2 + GOV-05 1 (GOV-08 weighs nothing); federated:
		// central risk 1; centralised: overall 1/4×... = low maturity 1.
		scores:  map[string]int{ModelCentralised: 1, ModelFederated: 1, ModelExecutiveLed: 3},
		reasons: 4,
	}, {
		name:    "ManyPlantsStrongOT",
		profile: Profile{Plants: 6, CentralRisk: true, Connectivity: ConnectivityBrokered},
		answers: answers("CHG-01=3", "CHG-02=4", "CTL-01=3", "GOV-08=3", "GOV-05=3"),
		want:    ModelFederated,
		scores:  map[string]int{ModelCentralised: 0, ModelFederated: 5, ModelExecutiveLed: 0},
		reasons: 3,
	}, {
		name:    "SinglePlantNoCentralRiskLowMaturity",
		profile: Profile{Plants: 1, Connectivity: ConnectivityIntegrated},
		answers: answers("GOV-01=1", "CHG-01=0", "GOV-08=2"),
		want:    ModelCentralised,
		// centralised: no central risk 1 + single plant 2 + low maturity 1
		// + integrated 1; executive-led: integrated 1.
		scores:  map[string]int{ModelCentralised: 5, ModelFederated: 0, ModelExecutiveLed: 1},
		reasons: 4,
	}, {
		name:    "ManyPlantsNoCentralRisk",
		profile: Profile{Plants: 4, SafetyCritical: true},
		want:    ModelExecutiveLed,
		scores:  map[string]int{ModelCentralised: 0, ModelFederated: 2, ModelExecutiveLed: 3},
		reasons: 3,
	}, {
		// federated 2 (plants) vs executive-led 2 (regulated): the tie
		// goes to federated.
		name:    "TieGoesToFederated",
		profile: Profile{Plants: 3, SafetyCritical: true, CentralRisk: false, Connectivity: ConnectivityIsolated},
		want:    ModelFederated,
		scores:  map[string]int{ModelCentralised: 0, ModelFederated: 3, ModelExecutiveLed: 3},
		reasons: 4,
	}, {
		// executive-led 1 (integrated) vs centralised 1 (integrated): the
		// tie goes to executive-led.
		name:    "TieExecutiveBeforeCentralised",
		profile: Profile{Connectivity: ConnectivityIntegrated},
		want:    ModelExecutiveLed,
		scores:  map[string]int{ModelCentralised: 1, ModelFederated: 0, ModelExecutiveLed: 1},
		reasons: 1,
	}, {
		name:    "UnansweredGovernanceScoresNothing",
		profile: Profile{Plants: 2, CentralRisk: true},
		answers: answers("GOV-08=na"),
		want:    ModelFederated,
		scores:  map[string]int{ModelCentralised: 0, ModelFederated: 1, ModelExecutiveLed: 0},
		reasons: 1,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: tt.profile, Answers: tt.answers}
			got := RecommendWith(a, testBank)
			if got.Model != tt.want || !maps.Equal(got.Scores, tt.scores) || len(got.Reasons) != tt.reasons {
				t.Errorf("RecommendWith = %s %v with %d reasons:\n%s\nwant %s %v with %d reasons",
					got.Model, got.Scores, len(got.Reasons), strings.Join(got.Reasons, "\n"), tt.want, tt.scores, tt.reasons)
			}
			points := 0
			for _, p := range got.Scores {
				points += p
			}
			for _, r := range got.Reasons {
				if r == "" || points > 0 && !strings.HasSuffix(r, ")") {
					t.Errorf("reason %q should name the points it awards", r)
				}
			}
			if again := RecommendWith(a, testBank); !reflect.DeepEqual(again, got) {
				t.Error("RecommendWith is not deterministic")
			}
		})
	}
}

func TestRecommendReasonText(t *testing.T) {
	got := RecommendWith(Assessment{Profile: Profile{Plants: 5, CentralRisk: true}}, testBank)
	want := []string{
		"With 5 plants a central team cannot run every control at every site; delivery has to sit with the domain owners and the plants. (federated +2)",
		"A central risk or security function exists and can provide the oversight and arbitration a federated model needs. (federated +1)",
	}
	if !slices.Equal(got.Reasons, want) {
		t.Errorf("reasons = %q\nwant %q", got.Reasons, want)
	}
}

// TestPresetOrigin checks that the documents never call an untouched
// preset a matrix the organisation edited, and count the rows that differ
// from the model's proposal when it was.
func TestPresetOrigin(t *testing.T) {
	base := New("a1", time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC))
	base.Profile.Plants = 1
	base.Profile.Validated = true
	preset, err := Preset(ModelFederated, base.Profile)
	require.NoError(t, err)

	untouched := base
	untouched.Model, untouched.Matrix = ModelFederated, preset

	edited := untouched
	edited.Matrix = ApplyPreset(preset, nil, false)
	k := CellKey{Control: "5.9", Domain: DomainOT}
	edited.Matrix[k] = RACI{RoleSite: LetterAccountableResponsible}

	// A profile changed after the preset was applied: the proposal for
	// today's profile consults EHS where the matrix does not.
	profileChanged := untouched
	profileChanged.Profile.SafetyCritical = true

	tests := []struct {
		name string
		a    Assessment
		want string
	}{
		{"no model", base, ""},
		{"untouched", untouched, "The matrix is the tool's Federated ownership model for this profile, unchanged: every letter is the tool's proposal until the organisation has confirmed it."},
		{"one row edited", edited, "The matrix was started from the tool's Federated ownership model. Rows that now differ from the model's proposal for this profile: 1: 5.9 Plant OT. Every letter is to be confirmed by the organisation."},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, PresetOrigin(tt.a), tt.name)
	}
	assert.Contains(t, PresetOrigin(profileChanged), "Rows that now differ from the model's proposal for this profile:")

	emptied := untouched
	emptied.Matrix = ApplyPreset(preset, nil, false)
	delete(emptied.Matrix, k)
	assert.Equal(t, "The matrix was started from the tool's Federated ownership model. Rows that now differ from the model's proposal for this profile: 1 (1 of them empty): 5.9 Plant OT. Every letter is to be confirmed by the organisation.", PresetOrigin(emptied))

	// Many changed rows: the first twelve in matrix order, then a count.
	many := untouched
	many.Matrix = ApplyPreset(preset, nil, false)
	for _, c := range Controls()[:14] {
		many.Matrix[CellKey{Control: c.ID, Domain: DomainShared}] = RACI{RoleHR: LetterAccountableResponsible}
	}
	info := PresetState(many)
	require.Len(t, info.Rows, 14)
	assert.Equal(t, CellKey{Control: Controls()[0].ID, Domain: DomainShared}, info.Rows[0])
	assert.Contains(t, info.Origin(), ": 14: "+Controls()[0].ID+" Shared infrastructure, ")
	assert.Contains(t, info.Origin(), Controls()[11].ID+" Shared infrastructure, and 2 more. Every letter")
}
