package assessment

import (
	"fmt"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// Action is one improvement action derived from a weak answer.
type Action struct {
	Question string
	Area     string
	Title    string // what good looks like, from the question's Good hint
	Detail   string // where the answer stands and what to aim for
	Owner    Role
	// Priority is weight × gap × interface risk, 1..36; see ActionsWith.
	Priority int
	// Level is the current maturity level; "unknown" counts as 0.
	Level    int
	Downtime string // plant constraints to plan for, or ""
	Target   string // the answer's target date, YYYY-MM-DD, or ""
}

// TargetLevel is the level an answer must reach to need no action.
const TargetLevel = 3

// governanceAreas are the areas whose actions default to the ISMS owner
// whatever part of the estate the question concerns.
var governanceAreas = []string{"GOV", "SCO", "ROL", "MOD", "PRA"}

// Actions returns the improvement actions of a against the questions
// asked in a (see Asked).
func Actions(a Assessment) []Action { return ActionsWith(a, Asked(a)) }

// ActionsWith returns one action for every answer below level 3 and every
// "unknown" (as level 0), highest priority first, then in bank order. N/A
// and unanswered questions give no action.
//
// Priority = weight (1..3) × gap (4 − level, 1..4) × interface risk (1..3),
// so 1..36: a critical question rated 0 behind a high-risk IT/OT interface
// comes first. Weight and interface risk below 1 count as 1.
//
// The owner is the answer's owner when set; otherwise the ISMS owner for
// governance areas and for questions covering both IT and OT, the OT lead
// for OT questions and the IT lead for IT ones.
func ActionsWith(a Assessment, bank []Question) []Action {
	var out []Action
	for _, q := range bank {
		ans := a.Answers[q.ID]
		level, scored := ans.Rating.Level()
		switch {
		case ans.Rating == RatingUnknown:
			level = 0
		case !scored || level >= TargetLevel:
			continue
		}
		gap := MaxLevel - level
		act := Action{
			Question: q.ID,
			Area:     q.Area,
			Title:    q.Good,
			Detail:   actionDetail(ans.Rating, level),
			Owner:    ans.Owner,
			Priority: max(q.Weight, 1) * gap * max(q.InterfaceRisk, 1),
			Level:    level,
			Downtime: downtimeNote(q, a.Profile),
			Target:   ans.Target,
		}
		if act.Owner == "" {
			act.Owner = defaultOwner(q)
		}
		out = append(out, act)
	}
	// Stable sort keeps bank order within equal priority.
	order.Stable(out, func(x, y Action) int { return y.Priority - x.Priority })
	return out
}

func actionDetail(r Rating, level int) string {
	if r == RatingUnknown {
		return "Nobody could answer this. Find out who knows, check the facts, and rate it again; until then it counts as not in place."
	}
	return fmt.Sprintf("Today: %s (%d). Aim for %s (%d) with evidence an auditor can see.",
		Rating(fmt.Sprint(level)).Label(), level, Rating(fmt.Sprint(TargetLevel)).Label(), TargetLevel)
}

func defaultOwner(q Question) Role {
	if slices.Contains(governanceAreas, q.Area) {
		return RoleISMSOwner
	}
	switch q.Applies {
	case AppliesOT:
		return RoleOT
	case AppliesIT:
		return RoleIT
	}
	return RoleISMSOwner
}

// downtimeNote says what plant constraints the action must be planned
// around, for questions flagged Downtime that concern OT.
func downtimeNote(q Question, p Profile) string {
	if !q.Downtime || (q.Applies != AppliesOT && q.Applies != AppliesBoth) {
		return ""
	}
	parts := []string{"Needs a planned downtime window or turnaround on the affected lines."}
	if p.Validated {
		parts = append(parts, "Validated systems must be requalified after the change: agree the validation effort with Quality before scheduling.")
	}
	if p.SafetyCritical {
		parts = append(parts, "Review the change against the safety case with EHS before it goes live.")
	}
	return strings.Join(parts, " ")
}
