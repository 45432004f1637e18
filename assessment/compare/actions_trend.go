package compare

import (
	"maps"
	"slices"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// ActionProgress is what became, by the later of two consecutive rounds
// of a site, of the actions that were still to do in the earlier round:
// those open or in progress in its plan. Each of them is in exactly one
// of the five lists, so Done + Resolved + Pending + NotReassessed + Gone
// == Open.
//
// An action is matched by its ID: a generated action by its question, an
// added one (ADD-n) by its number and its task text, since two
// assessments started apart may each have an ADD-1 that means different
// work.
type ActionProgress struct {
	// Open counts the actions open or in progress in the earlier round.
	Open int
	// Done lists those marked done in the later round's plan. A
	// generated action is in a plan only while its question is rated
	// below the target level, so each generated one here is marked done
	// while the later round still rates its question below it;
	// ActionChange.Shown says how far its answers bear the work out.
	Done []ActionChange
	// Resolved lists the generated actions the later round no longer
	// needs because the answer to their question now reaches the target
	// level (assessment.TargetLevel): the weakness behind them is gone,
	// whether or not anyone marked the action done. Only rounds that are
	// alike (see Unlike) resolve an action.
	Resolved []ActionChange
	// Pending lists those still open or in progress in the later round.
	Pending []ActionChange
	// NotReassessed lists the generated actions the later round's plan
	// does not hold because nobody rated their question there, or whose
	// answer reaches the target level in a round not alike the earlier
	// one: nothing shows the weakness gone.
	NotReassessed []ActionChange
	// Gone lists those the later round's plan does not hold for another
	// reason: dropped by the consultant, the question rated not
	// applicable, or an added action removed or reworded. None of them
	// counts as done.
	Gone []ActionChange
	// EarlierDone and EarlierDropped are the IDs of the generated actions
	// the earlier round's plan already marks done, or no longer holds
	// because it was dropped there: not open, so in none of the lists
	// above, but what a finding raised again must be set against.
	EarlierDone, EarlierDropped []string
}

// ActionChange is one action of ActionProgress.
type ActionChange struct {
	ID    string // the question's ID, or ADD-n
	Title string // the task, as the earlier round's plan states it
	Owner assessment.Role
	// Shown is set on a generated action of Done: how far the later
	// round's answers bear out the work marked done, from the level its
	// question had when the earlier round planned it (Before) to the
	// level it has now (Now), against the level the earlier task aimed
	// at (assessment.AimLevel of Before). Levels count "unknown" as 0;
	// where a round's plans are merged, each is the lowest of them, and
	// Lowest says that the later round's answers differ.
	Shown       Shown
	Before, Now int
	Lowest      bool
	// NextStepDone is set with ShownAim when the later round's plan words
	// the action as its next step, toward level 3 (the task changes with
	// the level), and marks that done too: the answers show the first
	// step done, not the next.
	NextStepDone bool
}

// Shown says how far a round's answers bear out an action marked done
// (see ActionChange.Shown).
type Shown int

const (
	// ShownNone: not a generated action marked done.
	ShownNone Shown = iota
	// ShownAim: the question now stands at the level the action aimed
	// at, or higher, though still below the target level.
	ShownAim
	// ShownPartly: higher than before, below the level aimed at.
	ShownPartly
	// ShownNot: at the same level as before.
	ShownNot
	// ShownLower: lower than before.
	ShownLower
)

// Unproven reports whether the answers do not bear the work out at all:
// the level has not risen.
func (s Shown) Unproven() bool { return s == ShownNot || s == ShownLower }

// shown classifies an action marked done that started at level before
// and whose question now stands at now.
func shown(before, now int) Shown {
	switch {
	case now >= assessment.AimLevel(before):
		return ShownAim
	case now > before:
		return ShownPartly
	case now == before:
		return ShownNot
	}
	return ShownLower
}

// planAction is one action of a round's plan (see roundPlan).
type planAction struct {
	act assessment.Action
	// rank orders statuses for merging: open 0, in progress 1, done 2.
	rank int
	// level is the lowest Action.Level of the plans merged; mixed says
	// that they differ.
	level int
	mixed bool
}

func statusRank(s assessment.ActionStatus) int {
	switch s {
	case assessment.StatusDone:
		return 2
	case assessment.StatusInProgress:
		return 1
	}
	return 0
}

// roundPlanOf is a round's action plan by action ID, and for each
// question whether the round's answers reach the target level.
type roundPlanOf struct {
	actions map[string]planAction
	order   []string // action IDs in plan order
	atLevel map[string]bool
	rated   map[string]bool // questions some assessment of the round asks and rated
	dropped map[string]bool // generated actions dropped from a plan and in no other
	// below and ratedBy are, per question, the roles (see respondentRole)
	// that rated it below the target level, and those that rated it at all.
	below, ratedBy map[string][]assessment.Role
}

// roundPlan returns a round's plan: the actions of plans, its consensus
// assessment's when it has one (the agreed plan), else its respondents'
// plans merged, and the ratings of answers (the round's assessments the
// step judges, see TrendStep.OwnAnswers). Merged, an action stands at the
// least advanced status any respondent's plan gives it: one plan that
// still calls it open means it is not shown done for the round. A
// question reaches the target level when every assessment of answers
// that rated it counted a level of TargetLevel or more.
func roundPlan(plans, answers Site) roundPlanOf {
	p := roundPlanOf{actions: map[string]planAction{}, atLevel: map[string]bool{}, rated: map[string]bool{},
		below: map[string][]assessment.Role{}, ratedBy: map[string][]assessment.Role{}, dropped: map[string]bool{}}
	for _, a := range basisOf(plans) {
		for id, e := range a.Plan {
			if e.Dropped {
				p.dropped[id] = true
			}
		}
		for _, act := range assessment.Actions(a) {
			rank := statusRank(act.Status)
			old, ok := p.actions[act.ID]
			switch {
			case !ok:
				p.order = append(p.order, act.ID)
				p.actions[act.ID] = planAction{act: act, rank: rank, level: act.Level}
			default:
				old.mixed = old.mixed || old.level != act.Level
				old.rank, old.level = min(old.rank, rank), min(old.level, act.Level)
				p.actions[act.ID] = old
			}
		}
	}
	for _, a := range basisOf(answers) {
		role := respondentRole(a)
		for id, ans := range a.Answers {
			if q, ok := assessment.QuestionByID(id); ok && ans.Rating != assessment.RatingNone && assessment.SkipReason(q, a) == "" {
				p.rated[id] = true
				p.ratedBy[id] = append(p.ratedBy[id], role)
			}
			if lvl, ok := ans.Rating.Level(); ok && lvl >= assessment.TargetLevel {
				p.atLevel[id] = true
			} else if ans.Rating == assessment.RatingUnknown || ok {
				p.below[id] = append(p.below[id], role)
			}
		}
	}
	for id := range p.below {
		delete(p.atLevel, id)
	}
	for id := range p.actions {
		delete(p.dropped, id) // still in another respondent's plan
	}
	return p
}

// rerated reports whether every role that rated question id below the
// target level in the earlier round rated it again in the later.
func rerated(before, after roundPlanOf, id string) bool {
	for _, r := range before.below[id] {
		if !slices.Contains(after.ratedBy[id], r) {
			return false
		}
	}
	return true
}

// actionProgress sets the earlier round's open actions against the later
// round's plan (see ActionProgress); like tells whether the rounds are
// alike (see Unlike).
func actionProgress(before, after roundPlanOf, like bool) ActionProgress {
	var ap ActionProgress
	for _, id := range before.order {
		b := before.actions[id]
		if b.rank == statusRank(assessment.StatusDone) {
			ap.EarlierDone = append(ap.EarlierDone, id)
			continue
		}
		ap.Open++
		ch := ActionChange{ID: id, Title: b.act.Title, Owner: b.act.Owner}
		a, ok := after.actions[id]
		if ok && b.act.Added && !sameTask(a.act.Title, b.act.Title) {
			ok = false
		}
		switch {
		case ok && a.rank == statusRank(assessment.StatusDone):
			if !a.act.Added {
				ch.Before, ch.Now, ch.Lowest = b.level, a.level, a.mixed
				ch.Shown = shown(b.level, a.level)
				ch.NextStepDone = ch.Shown == ShownAim && a.act.Title != b.act.Title
			}
			ap.Done = append(ap.Done, ch)
		case ok:
			ap.Pending = append(ap.Pending, ch)
		case !b.act.Added && after.atLevel[id] && like && rerated(before, after, id):
			ap.Resolved = append(ap.Resolved, ch)
		case !b.act.Added && (after.atLevel[id] || !after.rated[id]):
			ap.NotReassessed = append(ap.NotReassessed, ch)
		default:
			ap.Gone = append(ap.Gone, ch)
		}
	}
	ap.EarlierDropped = slices.Sorted(maps.Keys(before.dropped))
	return ap
}

// sameTask reports whether two task texts say the same, ignoring case
// and spacing.
func sameTask(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
