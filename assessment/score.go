package assessment

import (
	"cmp"
	"slices"
	"strings"
)

// AreaScore is the score of one design area.
type AreaScore struct {
	Area string
	// Score is a percentage, 0..100, meaningful only when HasScore.
	Score    float64
	HasScore bool
	// Answered counts questions with any answer (including N/A and
	// unknown); Applicable counts those that enter the score (scored levels,
	// unknown and Excluded); Total is the number of questions in the area.
	// NotApplicable counts the N/A answers left out of the score;
	// Excluded those on a requirement that cannot be excluded
	// (Question.Excluded), which enter it at 0.
	Answered, Applicable, Unknown, NotApplicable, Excluded, Total int
}

// Result is the score of a whole assessment.
type Result struct {
	// Overall is a percentage over every scored question, weighted; it is
	// not the mean of the area scores, so big areas weigh what they hold.
	Overall  float64
	HasScore bool
	Areas    []AreaScore // in Areas() order
}

// Score scores a against the questions of the built-in bank asked in a
// (see Asked): answers kept for skipped questions do not count.
func Score(a Assessment) Result { return ScoreWith(Asked(a), Areas(), a.Answers) }

// ScoreWith scores answers against bank, reporting areas in the order given.
//
// The score is sum(weight × level) / sum(weight × 4) over applicable
// answers, as a percentage:
//   - "not applicable" leaves both numerator and denominator;
//   - "unknown" counts as level 0: not knowing who owns something is a gap,
//     and ignoring it would reward not asking;
//   - unanswered questions are left out (they show in progress, not as 0);
//   - with nothing applicable the score is absent (HasScore false), not 0.
//
// Questions whose area is not in areas still count in Overall. A weight
// below 1 counts as 1 so that a bad bank entry cannot divide by zero.
func ScoreWith(bank []Question, areas []Area, answers map[string]Answer) Result {
	type acc struct{ num, den int }
	byArea := make(map[string]*AreaScore, len(areas))
	sums := make(map[string]*acc, len(areas))
	res := Result{Areas: make([]AreaScore, len(areas))}
	for i, ar := range areas {
		res.Areas[i].Area = ar.ID
		byArea[ar.ID] = &res.Areas[i]
		sums[ar.ID] = &acc{}
	}
	var all acc
	for _, q := range bank {
		as := byArea[q.Area]
		if as == nil {
			as = &AreaScore{} // counted in Overall only
		}
		sum := sums[q.Area]
		if sum == nil {
			sum = &acc{}
		}
		as.Total++
		r := answers[q.ID].Rating
		if r == RatingNone || !r.Valid() {
			continue
		}
		as.Answered++
		level, scored := r.Level()
		switch {
		case q.Excluded(r):
			// A requirement that cannot be excluded counts as not in
			// place, as an auditor would count it.
			as.Excluded++
			level = 0
		case r == RatingNotApplicable:
			as.NotApplicable++
			continue
		case r == RatingUnknown:
			as.Unknown++
			level = 0
		case !scored:
			continue
		}
		as.Applicable++
		w := max(q.Weight, 1)
		sum.num += w * level
		sum.den += w * MaxLevel
		all.num += w * level
		all.den += w * MaxLevel
	}
	for i := range res.Areas {
		s := sums[res.Areas[i].Area]
		if s.den > 0 {
			res.Areas[i].HasScore = true
			res.Areas[i].Score = 100 * float64(s.num) / float64(s.den)
		}
	}
	if all.den > 0 {
		res.HasScore = true
		res.Overall = 100 * float64(all.num) / float64(all.den)
	}
	return res
}

// Area returns the score of one area and whether it is in the result.
func (r Result) Area(id string) (AreaScore, bool) {
	for _, a := range r.Areas {
		if a.Area == id {
			return a, true
		}
	}
	return AreaScore{}, false
}

// Strength is an answer that says a practice is in place and has been
// reviewed and improved (level 4): what the organisation has to keep, as
// the results and the report list it beside the gaps.
type Strength struct {
	Question Question
	Note     string // the respondent's note on the answer; "" none
}

// Strengths returns the questions asked in a (Asked) that are answered at
// level 4, the weightiest first (Question.Stake, as the plan weighs a
// gap), then in bank order. A question the profile does not ask
// is left out, as it is from the score.
func Strengths(a Assessment) []Strength {
	var out []Strength
	for _, q := range Asked(a) {
		if ans := a.Answers[q.ID]; ans.Rating == Rating4 {
			out = append(out, Strength{Question: q, Note: ans.Note})
		}
	}
	slices.SortStableFunc(out, func(x, y Strength) int { return cmp.Compare(y.Question.Stake(), x.Question.Stake()) })
	return out
}

// HighAnswers counts the questions asked in a that are answered at level
// 3 or 4, and how many of those carry a note. An answer without a note
// rests on the respondent's word: the reader of a self-assessment needs
// to know how much of the good news an audit has still to see.
func HighAnswers(a Assessment) (high, noted int) {
	for _, q := range Asked(a) {
		ans := a.Answers[q.ID]
		if l, ok := ans.Rating.Level(); ok && l >= 3 {
			high++
			if strings.TrimSpace(ans.Note) != "" {
				noted++
			}
		}
	}
	return high, noted
}
