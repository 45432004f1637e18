package assessment

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScoreWith(t *testing.T) {
	// Three questions with weights 1, 2, 3: X holds q1 and q2, Y holds q3.
	bank := []Question{
		{ID: "q1", Area: "X", Weight: 1},
		{ID: "q2", Area: "X", Weight: 2},
		{ID: "q3", Area: "Y", Weight: 3},
	}
	areas := []Area{{ID: "X"}, {ID: "Y"}}
	type area struct {
		score    float64
		has      bool
		answered int
		appl     int
		unknown  int
		na       int
	}
	tests := []struct {
		name    string
		answers map[string]Answer
		overall float64
		has     bool
		x, y    area
	}{{
		name:    "NothingAnswered",
		answers: nil,
	}, {
		name:    "NoteWithoutRating",
		answers: map[string]Answer{"q1": {Note: "later"}},
	}, {
		name:    "AllNotApplicable",
		answers: answers("q1=na", "q2=na", "q3=na"),
		x:       area{answered: 2, na: 2},
		y:       area{answered: 1, na: 1},
	}, {
		name:    "AllUnknownIsZeroNotAbsent",
		answers: answers("q1=unknown", "q2=unknown", "q3=unknown"),
		has:     true,
		x:       area{has: true, answered: 2, appl: 2, unknown: 2},
		y:       area{has: true, answered: 1, appl: 1, unknown: 1},
	}, {
		// X: (1×4 + 2×2) / (1×4 + 2×4) = 8/12; Y: unknown = 0/12;
		// overall 8/24.
		name:    "MixedWeightsUnknownAsGap",
		answers: answers("q1=4", "q2=2", "q3=unknown"),
		overall: 100 * 8.0 / 24, has: true,
		x: area{score: 100 * 8.0 / 12, has: true, answered: 2, appl: 2},
		y: area{score: 0, has: true, answered: 1, appl: 1, unknown: 1},
	}, {
		// N/A leaves numerator and denominator: X = 2×3 / 2×4.
		name:    "NotApplicableExcluded",
		answers: answers("q1=na", "q2=3"),
		overall: 75, has: true,
		x: area{score: 75, has: true, answered: 2, appl: 1, na: 1},
	}, {
		// Overall is weighted over questions (4/16 = 25%), not the mean of
		// the area means (50%).
		name:    "OverallNotMeanOfAreas",
		answers: answers("q1=4", "q3=0"),
		overall: 25, has: true,
		x: area{score: 100, has: true, answered: 1, appl: 1},
		y: area{score: 0, has: true, answered: 1, appl: 1},
	}, {
		// Unanswered q2 does not pull X down.
		name:    "UnansweredExcluded",
		answers: answers("q1=1"),
		overall: 25, has: true,
		x: area{score: 25, has: true, answered: 1, appl: 1},
	}, {
		name:    "UnknownQuestionIgnored",
		answers: answers("zz=4", "q3=2"),
		overall: 50, has: true,
		y: area{score: 50, has: true, answered: 1, appl: 1},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreWith(bank, areas, tt.answers)
			if r.HasScore != tt.has || !near(r.Overall, tt.overall) {
				t.Errorf("overall = %v (has %v), want %v (has %v)", r.Overall, r.HasScore, tt.overall, tt.has)
			}
			if len(r.Areas) != 2 || r.Areas[0].Area != "X" || r.Areas[1].Area != "Y" {
				t.Fatalf("areas = %+v, want X then Y", r.Areas)
			}
			for i, want := range []area{tt.x, tt.y} {
				got := r.Areas[i]
				total := []int{2, 1}[i]
				if !near(got.Score, want.score) || got.HasScore != want.has || got.Answered != want.answered ||
					got.Applicable != want.appl || got.Unknown != want.unknown || got.NotApplicable != want.na || got.Total != total {
					t.Errorf("area %s = %+v, want %+v total %d", got.Area, got, want, total)
				}
			}
		})
	}
}

func TestScoreUsesBuiltInBank(t *testing.T) {
	q := Questions()[0]
	r := Score(Assessment{Answers: answers(q.ID + "=2")})
	if !r.HasScore || !near(r.Overall, 50) {
		t.Errorf("Score with %s=2 = %v (has %v), want 50", q.ID, r.Overall, r.HasScore)
	}
	if len(r.Areas) != len(Areas()) {
		t.Errorf("Score returned %d areas, want %d", len(r.Areas), len(Areas()))
	}
	as, ok := r.Area(q.Area)
	if !ok || !as.HasScore || !near(as.Score, 50) {
		t.Errorf("area %s = %+v, want 50", q.Area, as)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// Strengths lists the asked questions at level 4, in bank order, with
// their notes; HighAnswers counts the answers at 3 or 4 and those with a
// note (blank notes do not count). A question the profile skips counts
// for neither.
func TestStrengthsAndHighAnswers(t *testing.T) {
	tests := []struct {
		name        string
		profile     Profile
		answers     map[string]Answer
		strengths   []string
		high, noted int
	}{
		{"none", Profile{}, nil, nil, 0, 0},
		{"level 3 is not a strength", Profile{}, map[string]Answer{"GOV-01": {Rating: Rating3, Note: "letter seen"}}, nil, 1, 1},
		{"level 4 in bank order, notes kept", Profile{},
			map[string]Answer{"SCO-01": {Rating: Rating4}, "GOV-01": {Rating: Rating4, Note: "board resolution"}, "GOV-02": {Rating: Rating2, Note: "x"}},
			[]string{"GOV-01: board resolution", "SCO-01: "}, 2, 1},
		{"blank note is no note", Profile{}, map[string]Answer{"GOV-01": {Rating: Rating4, Note: "  "}}, []string{"GOV-01:   "}, 1, 0},
		{"unknown and not applicable are not high", Profile{}, map[string]Answer{"GOV-01": {Rating: RatingUnknown}, "GOV-02": {Rating: RatingNotApplicable}}, nil, 0, 0},
		// CHG-03 is asked only with validated systems in scope.
		{"skipped question left out", Profile{}, map[string]Answer{"CHG-03": {Rating: Rating4, Note: "kept"}}, nil, 0, 0},
		{"asked when the profile asks it", Profile{Validated: true}, map[string]Answer{"CHG-03": {Rating: Rating4, Note: "kept"}}, []string{"CHG-03: kept"}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assessment{Profile: tt.profile, Answers: tt.answers}
			var got []string
			for _, s := range Strengths(a) {
				got = append(got, s.Question.ID+": "+s.Note)
			}
			assert.Equal(t, tt.strengths, got)
			high, noted := HighAnswers(a)
			assert.Equal(t, tt.high, high, "high")
			assert.Equal(t, tt.noted, noted, "noted")
		})
	}
}

// With every answer at level 4, the strengths run from the weightiest
// (weight × interface risk) down, in bank order among equals.
func TestStrengthsOrder(t *testing.T) {
	a := Assessment{Answers: map[string]Answer{}}
	for _, q := range Questions() {
		a.Answers[q.ID] = Answer{Rating: Rating4}
	}
	got := Strengths(a)
	assert.Len(t, got, len(Asked(a)))
	pos := map[string]int{}
	for i, q := range Asked(a) {
		pos[q.ID] = i
	}
	w := func(q Question) int { return max(q.Weight, 1) * max(q.InterfaceRisk, 1) }
	for i := 1; i < len(got); i++ {
		x, y := got[i-1].Question, got[i].Question
		assert.True(t, w(x) > w(y) || w(x) == w(y) && pos[x.ID] < pos[y.ID], "%s (%d) before %s (%d)", x.ID, w(x), y.ID, w(y))
	}
	assert.Greater(t, w(got[0].Question), w(got[len(got)-1].Question), "the weights differ")
}
