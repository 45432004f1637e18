package assessment

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

func TestRecommendTies(t *testing.T) {
	tests := []struct {
		name    string
		profile Profile
		answers map[string]Answer
		tied    []string // nil: a clear winner
		model   string
		whyNot  []string // models given a "why not" line
	}{
		{name: "Nothing", tied: []string{ModelFederated, ModelExecutiveLed, ModelCentralised}, model: ModelFederated},
		{name: "FederatedExecutiveLed",
			profile: Profile{Plants: 3, SafetyCritical: true, Connectivity: ConnectivityIsolated},
			tied:    []string{ModelFederated, ModelExecutiveLed}, model: ModelFederated, whyNot: []string{ModelCentralised}},
		{name: "ExecutiveLedCentralised",
			profile: Profile{Connectivity: ConnectivityIntegrated},
			tied:    []string{ModelExecutiveLed, ModelCentralised}, model: ModelExecutiveLed, whyNot: []string{ModelFederated}},
		{name: "FederatedCentralised",
			// centralised: no central risk, two plants 1; federated:
			// isolated 1. (With a single plant federated would score
			// nothing: see TestRecommendSinglePlant.)
			profile: Profile{Plants: 2, Connectivity: ConnectivityIsolated},
			tied:    []string{ModelFederated, ModelCentralised}, model: ModelFederated, whyNot: []string{ModelExecutiveLed}},
		{name: "ClearWinner",
			profile: Profile{Plants: 5, CentralRisk: true},
			model:   ModelFederated, whyNot: []string{ModelCentralised, ModelExecutiveLed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RecommendWith(Assessment{Profile: tt.profile, Answers: tt.answers}, testBank)
			assert.Equal(t, tt.tied, got.Tied, "scores %v", got.Scores)
			assert.Equal(t, tt.model, got.Model)
			assert.Equal(t, len(tt.tied) > 1, got.IsTie())
			if got.IsTie() {
				assert.NotEmpty(t, got.Decide, "a tie must say what would decide it")
				for _, id := range got.Tied {
					assert.Equal(t, got.Scores[got.Model], got.Scores[id])
				}
			} else {
				assert.Empty(t, got.Decide)
			}
			var why []string
			for id, line := range got.WhyNot {
				why = append(why, id)
				assert.NotContains(t, line, "\n")
				m, _ := ModelByID(id)
				assert.Contains(t, line, m.Name)
			}
			slices.Sort(why)
			want := slices.Clone(tt.whyNot)
			slices.Sort(want)
			assert.Equal(t, want, why)
		})
	}
}

// Every reason sits under the models it gives points to, and the points
// under a model add up to its score.
func TestRecommendReasonsGrouped(t *testing.T) {
	a := Assessment{
		Profile: Profile{Plants: 4, Validated: true, Connectivity: ConnectivityIntegrated},
		Answers: answers("GOV-08=0", "GOV-05=unknown"),
	}
	got := RecommendWith(a, testBank)
	require.Len(t, got.Details, len(got.Reasons))
	for id, score := range got.Scores {
		sum := 0
		for _, r := range got.For(id) {
			sum += r.Points[id]
			assert.NotEmpty(t, r.Fields != nil || r.Questions != nil || r.Text != "")
		}
		assert.Equal(t, score, sum, id)
	}
	// Integrated connectivity supports two models: it is under both.
	for _, id := range []string{ModelCentralised, ModelExecutiveLed} {
		found := false
		for _, r := range got.For(id) {
			found = found || slices.Contains(r.Fields, "connectivity")
		}
		assert.True(t, found, "connectivity reason not under %s", id)
	}
	assert.Empty(t, got.For(ModelFederated)[0].Questions)
	// Drivers name real profile fields and the answers.
	var qs []string
	for _, r := range got.Details {
		for _, f := range r.Fields {
			_, ok := ProfileFieldByKey(f)
			assert.True(t, ok, f)
		}
		qs = append(qs, r.Questions...)
	}
	// GOV-08 is answered 0 and still drives nothing (see
	// TestRecommendIgnoresPolicyApproval).
	assert.Equal(t, []string{"GOV-05"}, qs)
}

func TestRecommendOpenInputs(t *testing.T) {
	got := RecommendWith(Assessment{}, testBank)
	assert.Equal(t, recoFields, got.OpenFields)
	assert.Equal(t, []string{"GOV-05"}, got.OpenQuestions, "GOV-08 does not feed the recommendation")

	got = RecommendWith(Assessment{Profile: Profile{Plants: 2, Connectivity: ConnectivityBrokered},
		Answers: answers("GOV-05=na")}, testBank)
	assert.Empty(t, got.OpenFields)
	assert.Empty(t, got.OpenQuestions)
}

// TestRecommendGovernanceWording: the governance reason states what the
// answer says (nothing in place, case by case, or not known) and never
// more. GOV-08 gives no reason at all.
func TestRecommendGovernanceWording(t *testing.T) {
	tests := []struct {
		id     string
		rating Rating
		want   string // the reason's start; "" when no reason is given
	}{
		{"GOV-08", Rating0, ""},
		{"GOV-08", Rating1, ""},
		{"GOV-08", RatingUnknown, ""},
		{"GOV-08", Rating2, ""},
		{"GOV-08", RatingNotApplicable, ""},
		{"GOV-05", Rating0, "No written scheme states who may accept which risk"},
		{"GOV-05", Rating1, "No written scheme states who may accept which risk"},
		{"GOV-05", RatingUnknown, "Nobody present could say whether a written scheme states"},
		{"GOV-05", Rating3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.id+"="+string(tt.rating), func(t *testing.T) {
			a := Assessment{Answers: map[string]Answer{tt.id: {Rating: tt.rating}}}
			var got []string
			for _, d := range RecommendWith(a, Questions()).Details {
				if slices.Contains(d.Questions, tt.id) {
					got = append(got, d.Text)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.True(t, strings.HasPrefix(got[0], tt.want), "reason %q should start %q", got[0], tt.want)
		})
	}
}

// withAll answers every question of bank with r, then applies the "ID=rating"
// pairs over it.
func withAll(bank []Question, r Rating, pairs ...string) map[string]Answer {
	m := map[string]Answer{}
	for _, q := range bank {
		m[q.ID] = Answer{Rating: r}
	}
	for id, a := range answers(pairs...) {
		m[id] = a
	}
	return m
}

// TestRecommendIgnoresPolicyApproval: top management's approval of the
// policy (GOV-08) is a 5.2 / A 5.1 gap every model closes the same way,
// with its own finding and action. Whatever it is answered, no model's
// score moves, no reason cites it, and it is never listed as an open
// input of the recommendation.
func TestRecommendIgnoresPolicyApproval(t *testing.T) {
	bank := Questions()
	profiles := []struct {
		name    string
		profile Profile
		rest    Rating // every other answer
	}{
		{"Empty", Profile{}, Rating3},
		{"SingleGMPPlant", Profile{Validated: true, Plants: 1, CentralRisk: true, Connectivity: ConnectivityBrokered}, Rating3},
		{"SeveralPlantsLowMaturity", Profile{Plants: 4, SafetyCritical: true, Connectivity: ConnectivityIntegrated}, Rating1},
		{"TwoPlantsStrong", Profile{Plants: 2, CentralRisk: true, Connectivity: ConnectivityIsolated}, Rating4},
	}
	ratings := []Rating{Rating0, Rating1, RatingUnknown, Rating4}
	for _, pp := range profiles {
		// The baseline leaves GOV-08 unanswered.
		base := withAll(bank, pp.rest)
		delete(base, "GOV-08")
		want := RecommendWith(Assessment{Profile: pp.profile, Answers: base}, bank)
		require.NotContains(t, want.OpenQuestions, "GOV-08", "%s: GOV-08 is not an input", pp.name)
		for _, r := range ratings {
			t.Run(pp.name+"/GOV-08="+string(r), func(t *testing.T) {
				got := RecommendWith(Assessment{Profile: pp.profile, Answers: withAll(bank, pp.rest, "GOV-08="+string(r))}, bank)
				assert.Equal(t, want.Scores, got.Scores)
				assert.Equal(t, want.Model, got.Model)
				assert.Equal(t, want.Tied, got.Tied)
				// The same rules hold with the same points. (The maturity
				// reason quotes the overall score, which GOV-08 is part
				// of, so the sentences are not compared.)
				require.Len(t, got.Details, len(want.Details))
				for i, d := range got.Details {
					assert.Equal(t, want.Details[i].Points, d.Points, d.Text)
					assert.NotContains(t, d.Questions, "GOV-08", d.Text)
					assert.NotContains(t, d.Text, "approved", "no reason speaks of the policy approval")
				}
			})
		}
	}
}

// TestRecommendSinglePlant: the federated model needs several plants, so
// with a single plant recorded it scores nothing and never wins. What
// speaks for it is still listed, with 0 points and a sentence saying so,
// and its "why not" names the single plant and what was not counted. With
// the number of plants not given (0), or two or more, the rule does not
// apply and federated keeps its points.
func TestRecommendSinglePlant(t *testing.T) {
	strongOT := answers("CHG-01=4", "CHG-02=3", "CTL-01=3")
	tests := []struct {
		name      string
		profile   Profile
		answers   map[string]Answer
		federated int      // federated's score
		model     string   // the recommendation (tieOrder's first when tied)
		tied      []string // nil: a clear winner
		whyNot    string   // federated's "why not" line; "" when it has none
	}{
		{name: "SingleEverythingForFederated",
			// centralised: single plant 2; federated would have strong
			// OT 2 + central risk 1 + isolated 1 = 4.
			profile: Profile{Plants: 1, CentralRisk: true, Connectivity: ConnectivityIsolated},
			answers: strongOT, federated: 0, model: ModelCentralised,
			whyNot: "Federated (0 points against 2): needs several plants with capable local IT and OT, and a central function to oversee them; here there is a single plant, so the established plant-floor practice, the central risk function and the isolation of the plant networks are not counted towards it."},
		{name: "SingleCentralRiskOnly",
			profile:   Profile{Plants: 1, CentralRisk: true, Connectivity: ConnectivityBrokered},
			federated: 0, model: ModelCentralised,
			whyNot: "Federated (0 points against 2): needs several plants with capable local IT and OT, and a central function to oversee them; here there is a single plant, so the central risk function is not counted towards it."},
		{name: "SingleNothingForFederated",
			// centralised: single plant 2 + no central risk 1.
			profile:   Profile{Plants: 1, Connectivity: ConnectivityBrokered},
			federated: 0, model: ModelCentralised,
			whyNot: "Federated (0 points against 3): needs several plants with capable local IT and OT, and a central function to oversee them; here there is a single plant."},
		{name: "PlantsNotGiven",
			// The profile is not filled in: federated keeps strong OT 2 +
			// central risk 1 + isolated 1 and wins.
			profile: Profile{CentralRisk: true, Connectivity: ConnectivityIsolated},
			answers: strongOT, federated: 4, model: ModelFederated},
		{name: "TwoPlants",
			profile: Profile{Plants: 2, CentralRisk: true, Connectivity: ConnectivityIsolated},
			answers: strongOT, federated: 4, model: ModelFederated},
		{name: "ThreePlants",
			profile: Profile{Plants: 3, CentralRisk: true, Connectivity: ConnectivityIsolated},
			answers: strongOT, federated: 6, model: ModelFederated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RecommendWith(Assessment{Profile: tt.profile, Answers: tt.answers}, testBank)
			assert.Equal(t, tt.federated, got.Scores[ModelFederated], "scores %v", got.Scores)
			assert.Equal(t, tt.model, got.Model, "scores %v", got.Scores)
			assert.Equal(t, tt.tied, got.Tied)
			assert.Equal(t, tt.whyNot, got.WhyNot[ModelFederated])
			single := tt.profile.Plants == 1
			if single {
				assert.NotContains(t, got.Tied, ModelFederated)
				assert.Empty(t, got.For(ModelFederated), "no reason counts for federated")
			}
			// Every reason that speaks for federated is listed: at 0 with
			// a single plant, with its points otherwise.
			weighed := 0
			for i, d := range got.Details {
				pts, ok := d.Points[ModelFederated]
				if !ok {
					continue
				}
				weighed++
				if single {
					assert.Zero(t, pts, d.Text)
					assert.True(t, strings.HasSuffix(d.Text, " With a single plant, this is not counted towards the federated model."), d.Text)
					assert.True(t, strings.HasSuffix(got.Reasons[i], "(federated 0)"), got.Reasons[i])
				} else {
					assert.Positive(t, pts, d.Text)
					assert.NotContains(t, d.Text, "not counted")
				}
			}
			if tt.federated > 0 || strings.Contains(tt.whyNot, "not counted") {
				assert.NotZero(t, weighed, "the reasons for federated are listed")
			}
		})
	}
}

// The why-not line and the uncounted reason read in German too.
func TestRecommendSinglePlantGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	got := RecommendWith(Assessment{Profile: Profile{Plants: 1, CentralRisk: true, Connectivity: ConnectivityIsolated},
		Answers: answers("CHG-01=4", "CHG-02=3", "CTL-01=3")}, testBank)
	require.Equal(t, ModelCentralised, got.Model)
	assert.Equal(t, "Föderiert (0 Punkte gegenüber 2): setzt mehrere Werke mit leistungsfähiger IT und OT vor Ort voraus und eine zentrale Funktion, die sie beaufsichtigt; hier gibt es nur ein Werk, daher zählen die etablierte Praxis in der Produktion, die zentrale Risikofunktion und die Trennung der Werksnetze nicht für dieses Modell.",
		got.WhyNot[ModelFederated])
	assert.Contains(t, got.Reasons, "Es gibt eine zentrale Risiko- oder Informationssicherheitsfunktion, die die Aufsicht und Schlichtung leisten kann, die ein föderiertes Modell braucht. Bei nur einem Werk zählt das nicht für das föderierte Modell. (föderiert 0)")
}

// TestRecommendReviewScenarios replays two assessments of the lead-auditor
// review (review 9, item 2) over the built-in bank.
func TestRecommendReviewScenarios(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	// S1: a single GMP plant running the centralised model with a central
	// risk function, answers cycling 2,3,2,3,2, GOV-08 at 1.
	s1 := New("S1", now)
	s1.Profile = Profile{Validated: true, Plants: 1, CentralRisk: true, Connectivity: ConnectivityBrokered,
		NIS2: NIS2Important, OwnershipModel: ModelCentralised}
	lv := []Rating{Rating2, Rating3, Rating2, Rating3, Rating2}
	for i, q := range Questions() {
		s1.Answers[q.ID] = Answer{Rating: lv[i%len(lv)]}
	}
	for id, r := range map[string]Rating{"CHG-03": Rating1, "INC-04": Rating1, "GOV-09": Rating1, "INC-01": Rating1,
		"GOV-08": Rating1, "SCO-03": RatingUnknown, "ROL-07": RatingUnknown} {
		s1.Answers[id] = Answer{Rating: r}
	}
	// S3 plain: one plant, not regulated, a central risk function, every
	// answer at 4, running the centralised model.
	s3 := New("S3-plain", now)
	s3.Profile = Profile{Plants: 1, CentralRisk: true, Connectivity: ConnectivityBrokered,
		NIS2: NIS2Essential, OwnershipModel: ModelCentralised}
	s3.Answers = withAll(Questions(), Rating4)

	t.Run("S1", func(t *testing.T) {
		got := Recommend(s1)
		// centralised: single plant 2; executive-led: validated 2; the
		// unapproved policy gives nothing, and federated's central risk
		// function is not counted.
		assert.Equal(t, map[string]int{ModelCentralised: 2, ModelFederated: 0, ModelExecutiveLed: 2}, got.Scores)
		assert.Equal(t, []string{ModelExecutiveLed, ModelCentralised}, got.Tied)
		assert.Equal(t, l10n.T(decideTie[[2]string{ModelExecutiveLed, ModelCentralised}]), got.Decide)
		assert.Equal(t, []string{ModelFederated}, slices.Collect(maps.Keys(got.WhyNot)))
		assert.Contains(t, got.WhyNot[ModelFederated], "here there is a single plant, so the central risk function is not counted towards it.")
	})
	t.Run("S3Plain", func(t *testing.T) {
		got := Recommend(s3)
		require.Equal(t, ModelCentralised, s3.Profile.OwnershipModel)
		assert.Equal(t, ModelCentralised, got.Model, "scores %v", got.Scores)
		assert.Nil(t, got.Tied)
		assert.Equal(t, map[string]int{ModelCentralised: 2, ModelFederated: 0, ModelExecutiveLed: 0}, got.Scores)
		assert.Contains(t, got.WhyNot[ModelFederated], "here there is a single plant, so the established plant-floor practice and the central risk function are not counted towards it.")
	})
}

// TestRecommendCaveat: a recommended model whose precondition the profile
// records as missing says so, with what to do first; a tie, or a profile
// that has what the model needs, says nothing more.
func TestRecommendCaveat(t *testing.T) {
	for _, tt := range []struct {
		name  string
		p     Profile
		model string // the recommendation the case relies on
		want  string // the caveat's start, "" for none
	}{
		{"FederatedWithoutCentralRisk", Profile{Plants: 6}, ModelFederated, "The federated model rests on a central risk or security function"},
		{"FederatedWithCentralRisk", Profile{Plants: 6, CentralRisk: true}, ModelFederated, ""},
		{"CentralisedSinglePlant", Profile{Plants: 1}, ModelCentralised, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := Recommend(Assessment{Profile: tt.p})
			require.False(t, rec.IsTie())
			require.Equal(t, tt.model, rec.Model)
			if tt.want == "" {
				assert.Empty(t, rec.Caveat)
				return
			}
			assert.True(t, strings.HasPrefix(rec.Caveat, tt.want), rec.Caveat)
		})
	}
	assert.Equal(t, "The centralised model asks one central team to run the controls at 4 plants: check that it can reach each of them in time, or hand delivery to the plants.", caveat(ModelCentralised, Assessment{Profile: Profile{Plants: 4}}))
	assert.Empty(t, caveat(ModelExecutiveLed, Assessment{Profile: Profile{Plants: 4}}))
	// An answer that a central function oversees the domains wins over
	// the unticked profile box.
	six := Assessment{Profile: Profile{Plants: 6}}
	assert.NotEmpty(t, caveat(ModelFederated, six))
	for _, id := range []string{"GOV-10", "MOD-03"} {
		six.Answers = map[string]Answer{id: {Rating: Rating3}}
		assert.Empty(t, caveat(ModelFederated, six), id)
		six.Answers = map[string]Answer{id: {Rating: Rating2}}
		assert.NotEmpty(t, caveat(ModelFederated, six), id)
	}
	tie := Recommend(Assessment{})
	require.True(t, tie.IsTie())
	assert.Empty(t, tie.Caveat, "a tie recommends no model to caution about")
}

// TestRecommendReasonsFollowAnswers: a reason the profile alone would
// give is qualified when the answers deny what it assumes. The central
// risk function counts, but not as oversight MOD-03 or GOV-10 says is
// missing; isolated plant networks count, but as the profile's word until
// BRF-08 confirms them.
func TestRecommendReasonsFollowAnswers(t *testing.T) {
	const (
		oversees = "can provide the oversight and arbitration a federated model needs"
		notYet   = "does not yet oversee the plants"
		isolated = "Plant networks are isolated, so each domain"
		recorded = "BRF-08 does not yet confirm that isolation"
	)
	p := Profile{Plants: 4, CentralRisk: true, Connectivity: ConnectivityIsolated, OwnershipModel: ModelFederated}
	tests := []struct {
		name    string
		answers map[string]Answer
		want    []string
		lack    []string
		cites   []string // questions the reasons cite as evidence
	}{
		{"nothing answered", nil, []string{oversees, recorded}, []string{notYet, isolated}, []string{"BRF-08"}},
		{"confirmed", map[string]Answer{"MOD-03": {Rating: Rating3}, "GOV-10": {Rating: Rating3}, "BRF-08": {Rating: Rating4}},
			[]string{oversees, isolated}, []string{notYet, recorded}, nil},
		{"oversight missing", map[string]Answer{"MOD-03": {Rating: Rating0}, "GOV-10": {Rating: Rating2}, "BRF-08": {Rating: RatingUnknown}},
			[]string{"but the answers to MOD-03 say it " + notYet, recorded}, []string{oversees, isolated}, []string{"MOD-03", "BRF-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := Recommend(Assessment{Profile: p, Answers: tt.answers})
			var texts []string
			var cited []string
			for _, d := range rec.Details {
				texts = append(texts, d.Text)
				cited = append(cited, d.Questions...)
			}
			all := strings.Join(texts, "\n")
			for _, w := range tt.want {
				assert.Contains(t, all, w)
			}
			for _, l := range tt.lack {
				assert.NotContains(t, all, l)
			}
			for _, id := range tt.cites {
				assert.Contains(t, cited, id)
			}
			assert.Positive(t, rec.Scores[ModelFederated], "the function and the recorded isolation still count")
		})
	}
}

// The first rule's reason names what the profile records: validated
// systems, a safety-critical process, or both, and never one it does not.
func TestRecommendRegulatedReasonFollowsProfile(t *testing.T) {
	tests := []struct {
		name   string
		p      Profile
		want   string // the reason's beginning; "": no such reason
		fields []string
	}{
		{"neither", Profile{Plants: 2}, "", nil},
		{"validated only", Profile{Plants: 2, Validated: true}, "Validated (GMP) systems are in scope: security decisions there weigh production and product quality,", []string{"validated"}},
		{"safety-critical only", Profile{Plants: 2, SafetyCritical: true}, "A safety-critical process is in scope: security decisions there weigh production and process safety,", []string{"safetyCritical"}},
		{"both", Profile{Plants: 2, Validated: true, SafetyCritical: true}, "Validated (GMP) systems and a safety-critical process are in scope: security decisions there weigh production, product quality and process safety,", []string{"validated", "safetyCritical"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := RecommendWith(Assessment{Profile: tt.p}, testBank)
			var found []ModelReason
			for _, d := range rec.Details {
				if slices.Contains(d.Fields, "validated") || slices.Contains(d.Fields, "safetyCritical") {
					found = append(found, d)
				}
			}
			if tt.want == "" {
				assert.Empty(t, found)
				return
			}
			require.Len(t, found, 1)
			assert.True(t, strings.HasPrefix(found[0].Text, tt.want), found[0].Text)
			assert.Equal(t, tt.fields, found[0].Fields)
			assert.Equal(t, map[string]int{ModelExecutiveLed: 2}, found[0].Points)
		})
	}
}

// The sentence on the model in use: the same model recommended, a tie
// that includes it, anything else (another model, or a tie of two
// others), and nothing when the profile records no model.
func TestRecommendationInUseText(t *testing.T) {
	const change = " Changing the model is top management's decision (ISO/IEC 27001 5.3): weigh the reasons for it against the cost of the change."
	const noChange = ", so the answers do not call for a change of model."
	single := func(id string) Recommendation { return Recommendation{Model: id} }
	tie := func(ids ...string) Recommendation { return Recommendation{Model: ids[0], Tied: ids} }
	works := func(r Recommendation) Recommendation {
		r.InUseWorks = []string{"MOD-01: Reviewed and improved", "MOD-04: Implemented"}
		return r
	}
	tests := []struct {
		name  string
		rec   Recommendation
		inUse string
		want  string
	}{
		{"none recorded", single(ModelFederated), "", ""},
		{"unknown model", single(ModelFederated), "matrix", ""},
		{"recommended is in use", single(ModelFederated), ModelFederated,
			"The organisation runs the Federated model, and this assessment points to it too."},
		{"tie with the model in use", tie(ModelFederated, ModelExecutiveLed), ModelFederated,
			"The organisation runs the Federated model. This assessment scores it level with the Executive-led model" + noChange},
		{"tie with the model in use, named second", tie(ModelFederated, ModelExecutiveLed), ModelExecutiveLed,
			"The organisation runs the Executive-led model. This assessment scores it level with the Federated model" + noChange},
		{"three-way tie", tie(ModelFederated, ModelExecutiveLed, ModelCentralised), ModelCentralised,
			"The organisation runs the Centralised model. This assessment scores it level with the Federated and Executive-led models" + noChange},
		{"another model recommended", single(ModelCentralised), ModelFederated,
			"The organisation runs the Federated model; this assessment points to the Centralised model." + change},
		{"tie of two other models", tie(ModelExecutiveLed, ModelCentralised), ModelFederated,
			"The organisation runs the Federated model; this assessment points to the Executive-led and Centralised models, which score equally." + change},
		// A model in use that the answers show working is not put up for
		// a change because another scores higher on the profile.
		{"another model recommended, the one in use works", works(single(ModelFederated)), ModelExecutiveLed,
			"The organisation runs the Executive-led model, chosen deliberately and working, as its answers show (MOD-01: Reviewed and improved; MOD-04: Implemented). This assessment scores the Federated model higher on the profile's structure, which is no reason to change a model that works: the answers do not call for a change of model."},
		{"tie of two other models, the one in use works", works(tie(ModelFederated, ModelCentralised)), ModelExecutiveLed,
			"The organisation runs the Executive-led model, chosen deliberately and working, as its answers show (MOD-01: Reviewed and improved; MOD-04: Implemented). This assessment scores the Federated and Centralised models higher on the profile's structure, which is no reason to change a model that works: the answers do not call for a change of model."},
		{"recommended is in use and works", works(single(ModelExecutiveLed)), ModelExecutiveLed,
			"The organisation runs the Executive-led model, and this assessment points to it too."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.rec.InUseText(tt.inUse))
		})
	}
}

// The sentence in German quotes the models' German names.
func TestRecommendationInUseTextGerman(t *testing.T) {
	restore := l10n.Set(l10n.DE)
	defer restore()
	got := Recommendation{Model: ModelCentralised}.InUseText(ModelFederated)
	assert.Equal(t, "Die Organisation arbeitet nach dem Modell „Föderiert“; diese Bewertung spricht für das Modell „Zentral“. Über einen Wechsel des Modells entscheidet die oberste Leitung (ISO/IEC 27001 5.3): Wägen Sie die Gründe dafür gegen die Kosten des Wechsels ab.", got)
}

// InUseWorks: the model the profile records in use counts as working only
// when MOD-01 (chosen deliberately) and the model's own question are both
// rated 3 or more; the preset the matrix was started from is not the
// organisation's word, and a weak, unknown or missing answer breaks it.
// A working model's line among the others says so instead of when it
// would fit.
func TestRecommendInUseWorks(t *testing.T) {
	base := func(model string, mod01, own Rating) Assessment {
		a := Assessment{Profile: Profile{Plants: 3, CentralRisk: true, SafetyCritical: true, OwnershipModel: model}, Answers: map[string]Answer{}}
		for _, q := range Questions() {
			a.Answers[q.ID] = Answer{Rating: Rating3}
		}
		a.Answers["MOD-01"] = Answer{Rating: mod01}
		for id, m := range map[string]string{"MOD-02": ModelCentralised, "MOD-03": ModelFederated, "MOD-04": ModelExecutiveLed} {
			if m == model {
				a.Answers[id] = Answer{Rating: own}
			}
		}
		return a
	}
	tests := []struct {
		name string
		a    Assessment
		want []string
	}{
		{"executive-led working", base(ModelExecutiveLed, Rating4, Rating3), []string{"MOD-01: Reviewed and improved", "MOD-04: Implemented"}},
		{"centralised working", base(ModelCentralised, Rating3, Rating4), []string{"MOD-01: Implemented", "MOD-02: Reviewed and improved"}},
		{"not chosen deliberately", base(ModelExecutiveLed, Rating2, Rating4), nil},
		{"own question weak", base(ModelExecutiveLed, Rating4, Rating2), nil},
		{"own question unknown", base(ModelExecutiveLed, Rating4, RatingUnknown), nil},
		{"own question not applicable", base(ModelExecutiveLed, Rating4, RatingNotApplicable), nil},
		{"no model recorded", base("", Rating4, Rating4), nil},
		{"preset only", func() Assessment {
			a := base("", Rating4, Rating4)
			a.Model = ModelExecutiveLed
			a.Answers["MOD-04"] = Answer{Rating: Rating4}
			return a
		}(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := Recommend(tt.a)
			assert.Equal(t, tt.want, rec.InUseWorks)
			if m := tt.a.Profile.OwnershipModel; m != "" && m != rec.Model {
				line := rec.WhyNot[m]
				if tt.want != nil {
					assert.Contains(t, line, "the model in use, working as the answers show")
				} else {
					assert.NotContains(t, line, "working as the answers show")
				}
			}
		})
	}
}
