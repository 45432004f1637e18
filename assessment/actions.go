package assessment

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
	"github.com/isms-tools/ownership-assessment/assessment/order"
)

// Effort is the rough size of an action: S fits in a few days of one
// owner's time, M takes weeks and several functions, L is a project with
// budget or plant windows.
type Effort string

// The effort sizes.
const (
	EffortS Effort = "S"
	EffortM Effort = "M"
	EffortL Effort = "L"
)

// Label returns the effort in words, in the current language.
func (e Effort) Label() string {
	switch e {
	case EffortS:
		return l10n.T("Small")
	case EffortM:
		return l10n.T("Medium")
	case EffortL:
		return l10n.T("Large")
	}
	return ""
}

// ActionStatus is where the consultant says an action stands.
type ActionStatus string

// The action statuses. The empty status reads as open.
const (
	StatusOpen       ActionStatus = "open"
	StatusInProgress ActionStatus = "in-progress"
	StatusDone       ActionStatus = "done"
)

// ActionStatuses lists the statuses in display order.
var ActionStatuses = []ActionStatus{StatusOpen, StatusInProgress, StatusDone}

// Label returns the status in words, in the current language; the empty
// status is open.
func (s ActionStatus) Label() string {
	switch s {
	case StatusOpen, "":
		return l10n.T("Open")
	case StatusInProgress:
		return l10n.T("In progress")
	case StatusDone:
		return l10n.T("Done")
	}
	return string(s)
}

// Valid reports whether s is empty or one of ActionStatuses.
func (s ActionStatus) Valid() bool { return s == "" || slices.Contains(ActionStatuses, s) }

// PlanEntry is what the consultant changed about one action of the plan,
// stored in Assessment.Plan under the action's ID. A generated action's
// ID is its question's; an added action's is AddedActionPrefix and a
// number. Empty fields keep what the tool generates.
type PlanEntry struct {
	Text     string       `json:"text,omitempty"`     // the task; "" keeps the generated one (required for added actions)
	Function Role         `json:"function,omitempty"` // owning function; "" keeps the routed one
	Person   string       `json:"person,omitempty"`   // the named owner, free text
	Due      string       `json:"due,omitempty"`      // YYYY-MM-DD; "" keeps the answer's target date
	Status   ActionStatus `json:"status,omitempty"`   // "" is open
	// Dropped removes a generated action from the plan; it is kept here
	// so that the action does not come back on the next change. An added
	// action is dropped by deleting its entry.
	Dropped bool `json:"dropped,omitempty"`
}

// IsZero reports whether e changes nothing.
func (e PlanEntry) IsZero() bool { return e == PlanEntry{} }

// AddedActionPrefix starts the ID of every action the consultant added.
const AddedActionPrefix = "ADD-"

// IsAddedAction reports whether id names an added action: "ADD-" and a
// positive number without leading zeros.
func IsAddedAction(id string) bool {
	n, ok := strings.CutPrefix(id, AddedActionPrefix)
	if !ok || n == "" || n[0] == '0' || len(n) > 6 {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// NextAddedActionID returns the ID for a new added action of plan: one
// above the highest in use, so that a dropped number is never reused.
func NextAddedActionID(plan map[string]PlanEntry) string {
	high := 0
	for id := range plan {
		if IsAddedAction(id) {
			n, _ := strconv.Atoi(id[len(AddedActionPrefix):])
			high = max(high, n)
		}
	}
	return AddedActionPrefix + strconv.Itoa(high+1)
}

// validatePlan checks the plan entries of a record against bank.
func validatePlan(plan map[string]PlanEntry, questions map[string]bool) error {
	for _, id := range slices.Sorted(maps.Keys(plan)) {
		if err := ValidatePlanEntry(id, plan[id], questions[id]); err != nil {
			return fmt.Errorf(l10n.T("action %q: %w"), id, err)
		}
	}
	return nil
}

// ValidatePlanEntry checks one plan entry; question says whether id is a
// question of the bank. Its errors can reach the page (an import's
// problems, a refused change), so they are in the current language.
func ValidatePlanEntry(id string, e PlanEntry, question bool) error {
	added := IsAddedAction(id)
	switch {
	case !added && !question:
		return errors.New(l10n.T("neither a question of the bank nor an added action (ADD-1, ADD-2, …)"))
	case added && strings.TrimSpace(e.Text) == "":
		return errors.New(l10n.T("an added action needs a text"))
	case added && e.Dropped:
		return errors.New(l10n.T("an added action is dropped by removing it, not marked dropped"))
	case e.Dropped && e.Status != "":
		return errors.New(l10n.T("a dropped action has no status"))
	case e.IsZero():
		return errors.New(l10n.T("the entry changes nothing"))
	}
	if err := maxLen("text", e.Text, MaxTextLen); err != nil {
		return err
	}
	if err := maxLen("person", e.Person, MaxNameLen); err != nil {
		return err
	}
	if e.Function != "" && (!ValidRole(e.Function) || e.Function == RoleConsultant) {
		return fmt.Errorf(l10n.T("function %q: unknown function"), e.Function)
	}
	if err := validDate("due", e.Due); err != nil {
		return err
	}
	if !e.Status.Valid() {
		return fmt.Errorf(l10n.T("status %q: not one of open, in-progress, done"), e.Status)
	}
	return nil
}

// Action is one task of the action plan: generated from a weak answer,
// with the consultant's changes (Assessment.Plan) applied, or added by
// the consultant.
type Action struct {
	ID       string // the question's ID, or an added action's (ADD-n)
	Question string // "" for an added action
	Area     string // "" for an added action
	Title    string // the task: a verb and its deliverable
	Detail   string // where the answer stands and the level aimed at
	// Brief is Detail for a printed plan row: the level aimed at is
	// named without the general meaning of that level, which the plan's
	// legend gives once (AimLegend); a question's own wording of the
	// level is kept.
	Brief  string
	Owner  Role   // the owning function
	Person string // the named owner, or ""
	// Priority is weight × gap to level 3 × interface risk, 1..27; 0 for
	// an added action. See ActionsWith.
	Priority int
	// Level is the current maturity level; "unknown" counts as 0.
	Level int
	// Aim is the level the action aims at (see aimFor); 0 for an added
	// action.
	Aim      int
	Effort   Effort // "" for an added action
	QuickWin bool   // high value, small effort, no downtime
	Downtime string // plant constraints to plan for, or ""
	// Gap is the severity of the most severe finding the answer to the
	// action's question raises (see raisedSeverity), or "" when it raises
	// none (a level-2 answer raises none) or the action was added. For
	// CTL-01 it counts the findings on how much of the matrix is decided
	// too, which name its action as theirs (Finding.Related,
	// matrixStateSeverity): the plan lists them there, so the action
	// stands where they would. Actions
	// whose gap is critical, then high, come first in the plan; among the
	// others, and among equal priorities, the more severe gap comes first.
	Gap Severity
	// Usual is the function the routing table gives the action on this
	// site's profile (see ActionRouting); "" for an added action or a
	// question the table does not route.
	Usual  Role
	Target string // due date, YYYY-MM-DD, or ""
	Status ActionStatus
	Added  bool
	// NeedsFirst names the actions (by question ID) this one waits for,
	// in plan order, and FirstFor those that wait for this one: see
	// PrerequisitesOf. The plan lists every action below those it needs,
	// unless its first step cannot wait (FirstStep). NeedsDropped are
	// those of NeedsFirst the consultant dropped from the plan while the
	// answer still says they are missing: the action waits for them all
	// the same.
	NeedsFirst, FirstFor, NeedsDropped []string
	// FirstStep says when the task's first step is due, for a task that
	// opens with a step that cannot wait (firstSteps), in the current
	// language; "" for any other.
	FirstStep string
	// interimBySponsor: the role register, though started, names nobody
	// for the site or plant director, who would otherwise have an OT
	// action's first step carried out until an OT lead is named
	// (NeedsNote); top management then does.
	interimBySponsor bool
	// otVacantInPart: the register's entry for the OT lead names a holder
	// at some plants and says the role is vacant at others
	// (OTVacantInPart), so the interim is said of the plants without one.
	otVacantInPart bool
	// Generated is the tool's own task text, in the current language, for
	// the consultant to go back to; "" for an added action. Title and
	// Detail are in the current language too, except the consultant's own
	// text.
	Generated string
}

// TargetLevel is the level an answer must reach to need no action.
const TargetLevel = 3

// AimLevel is the next realistic level from level: from nothing or ad hoc
// practice (0, 1) the next step worth signing is a written and agreed
// practice (2); from there, applying it everywhere with evidence (3).
func AimLevel(level int) int { return min(max(level+1, 2), TargetLevel) }

// aimFor is the level the action on question id aims at from level: a
// question about one act (questionLevels) aims at level 3 from any
// level, because its task completes the act, and its level 2 describes
// the act begun, a state the task leaves behind; the others aim at
// AimLevel.
func aimFor(id string, level int) int {
	if _, ok := questionLevels[id]; ok {
		return TargetLevel
	}
	return AimLevel(level)
}

// level2TaskFor is the level-2 task of question id: for a question about
// one act, what is left is to complete it, not to apply it more widely.
func level2TaskFor(id string) string {
	if _, ok := questionLevels[id]; ok {
		return level2ActTask
	}
	return level2Task
}

// ActionRouting returns the function the routing table gives the action
// of question id on a site with profile p, and whether it has one.
func ActionRouting(id string, p Profile) (Role, bool) {
	if r, ok := profileRouting(id, p); ok {
		return r, true
	}
	r, ok := actionRouting[id]
	return r, ok
}

// UsualOwner returns the function the routing table gives act's question
// on the site's profile (Usual), and true, when act is owned by another
// function; false for an added action, a question the table does not
// route, or an owner that matches. The recorded owner is the user's
// choice and stands: this only lets the documents show the usual owner
// beside it, so that an action given to a function that cannot do the
// work (appointing the ISMS owner given to EHS) is noticed and checked.
func (act Action) UsualOwner() (Role, bool) {
	if act.Added || act.Usual == "" || act.Usual == act.Owner {
		return "", false
	}
	return act.Usual, true
}

// Actions returns the action plan of a against the questions asked in a
// (see Asked), with the consultant's changes applied.
func Actions(a Assessment) []Action { return ActionsWith(a, Asked(a)) }

// ActionsWith returns the action plan: one action for every answer below
// level 3 and every "unknown" (as level 0); then the added actions in the
// order they were added. N/A and unanswered questions give no action, nor
// does a dropped one.
//
// The actions whose answer raises a critical finding come first, then
// those whose answer raises a high one (see Gap): a finding is a major
// risk on its own, and a plant manager works the plan from the top, so a
// policy nobody at the top approved must not wait at the bottom because
// its question weighs little at the IT/OT interface. Within each of these and among
// the rest, highest priority first, then an action whose first step
// cannot wait (FirstStep), then the more severe gap, then bank order.
// Then each open prerequisite (PrerequisitesOf) moves up to stand
// just above the first action that needs it: no action is listed above
// one it waits for, except one whose first step cannot wait, which keeps
// its place with what the rest of it needs right below it.
//
// Priority = weight (1..3) × gap to level 3 (3 − level, 1..3) × interface
// risk (1..3), so 1..27: a critical question rated 0 behind a high-risk
// IT/OT interface comes first. Weight and interface risk below 1 count as
// 1.
//
// The owning function is the plan entry's when set, then the answer's
// owner, then the routing table's (actionRouting); a question missing
// from the table falls back to the ISMS owner.
func ActionsWith(a Assessment, bank []Question) []Action {
	return actionsWith(a, bank, func() MatrixStatus { return MatrixStatusOf(a) })
}

// ActionsGivenMatrix is Actions for a caller that has a's matrix status
// (MatrixStatusOf) at hand already, which the plan reads for CTL-01.
func ActionsGivenMatrix(a Assessment, matrix MatrixStatus) []Action {
	return actionsWith(a, Asked(a), func() MatrixStatus { return matrix })
}

// actionsWith is ActionsWith with the matrix status from matrixOf, asked
// only when the plan needs it, and at most once.
func actionsWith(a Assessment, bank []Question, matrixOf func() MatrixStatus) []Action {
	matrix := sync.OnceValue(matrixOf)
	var out []Action
	inBank := make(map[string]bool, len(bank))
	for _, q := range bank {
		inBank[q.ID] = true
	}
	asked := func(id string) bool { return inBank[id] }
	reg := registerWordingOf(a)
	for _, q := range bank {
		level, ok := actionLevel(a, q.ID)
		if !ok {
			continue
		}
		ans, e := a.Answers[q.ID], a.Plan[q.ID]
		spec := specFor(q.ID, a.Profile)
		task := l10n.T(spec.Task)
		good := q.GoodFor(a.Profile)
		if task == "" {
			task = good
		}
		if _, isolated := isolatedFor(q.ID, a.Profile); level == 2 && good != "" && !isolated {
			task = l10n.F(level2TaskFor(q.ID), good)
		}
		if q.ID == "CTL-01" && level < 2 && matrix().State == MatrixPasses {
			// The matrix drafted in this assessment is complete and
			// passes every check: what the answer says is missing is the
			// organisation's own checked and approved RACI, not a draft.
			task = l10n.T("Have each accountable role check the ownership matrix drafted in this assessment and correct it, then have top management approve it and issue it as the organisation's RACI.")
		}
		if q.ID == "ROL-03" && level < 2 && RegisterHolds(a, RoleOT) {
			// Someone holds the role in the register: what the answer
			// says is missing is the appointment in writing, not a name.
			task = l10n.T(otLeadRegisteredTask(a.Profile))
		}
		task = withProfileWording(task, q.ID, a.Profile)
		task = reg.apply(task)
		if level < 2 {
			task = sentences(task, findingStepAdds(q.ID, a.Profile))
		}
		act := Action{
			ID:        q.ID,
			Question:  q.ID,
			Area:      q.Area,
			Title:     task,
			Generated: task,
			Owner:     ans.Owner,
			Priority:  q.Stake() * (TargetLevel - level),
			Level:     level,
			Aim:       aimFor(q.ID, level),
			Effort:    effortAt(q.ID, level),
			Downtime:  downtimeNote(q, level, a.Profile),
			Target:    ans.Target,
		}
		act.Detail, act.Brief = actionDetail(ans.Rating, level, q, a.Profile.Plants)
		if a.Unsettled(q.ID) {
			// The level is a default until the group agrees: the plan
			// says so wherever it gives the level (report, results,
			// workbook).
			act.Detail += " " + l10n.T(unsettledDetail)
			act.Brief += " " + l10n.T(unsettledDetail)
		}
		act.Gap = raisedSeverity(a, asked, q.ID)
		if q.ID == matrixQuestion {
			if s := matrixStateSeverity(matrix(), a.Profile); s != "" && (act.Gap == "" || s.Rank() < act.Gap.Rank()) {
				act.Gap = s
			}
		}
		// A quick win is small, needs no downtime and is worth it: a gap
		// that weighs, or a duty NIS2 lays on the entity itself (the
		// management body's training or oversight), which no weighting
		// makes optional.
		worth := q.Stake() >= 6 || q.Required.Kind == RefNIS2
		act.QuickWin = act.Effort == EffortS && act.Downtime == "" && worth
		act.Usual, _ = ActionRouting(q.ID, a.Profile) // "" where the table does not route it
		// The answer's follow-up owner wins over the routing table, unless
		// it is the integrator or vendor: an outside party can do work for
		// an action, but the organisation must own it.
		if act.Owner == "" || act.Owner == RoleIntegrator {
			act.Owner = cmp.Or(act.Usual, RoleISMSOwner)
		}
		applyEntry(&act, e, q.ID)
		act.FirstStep = firstStep(act, level, spec)
		out = append(out, act)
	}
	// Critical gaps, then high ones, then the rest; within each, by
	// priority, then a first step that cannot wait before the others, then
	// the more severe gap; the stable sort keeps bank order after that.
	order.Stable(out, func(x, y Action) int {
		return cmp.Or(x.Gap.PlanGroup()-y.Gap.PlanGroup(), y.Priority-x.Priority, nowFirst(x, y), x.Gap.Rank()-y.Gap.Rank())
	})
	// A prerequisite the consultant dropped while its answer still says it
	// is missing is waited for all the same.
	droppedOpen := func(id string) bool {
		level, weak := answerGap(id, a.Answers[id].Rating)
		return inBank[id] && a.Plan[id].Dropped && weak && stillMissing(level)
	}
	// An OT lead the assessment records is there to act (otLeadNamed):
	// the OT lead's actions do not wait for ROL-03's. The ISMS owner's do
	// wait for GOV-01's whatever the register says: the appointment by top
	// management is what gives the owner authority over IT and the plants
	// (5.3), and a register entry GOV-01 denies is a contradiction the
	// report names (RecordsSummary), not an appointment.
	out = orderByPrereqs(out, droppedOpen, func(r Role) bool { return r == RoleOT && reg.otNamed })
	for i := range out {
		out[i].interimBySponsor, out[i].otVacantInPart = reg.sponsor, reg.inPart
	}

	added := addedActions(a)
	// IDs have no leading zeros: the shorter number is the smaller.
	slices.SortFunc(added, func(x, y string) int {
		if len(x) != len(y) {
			return len(x) - len(y)
		}
		return strings.Compare(x, y)
	})
	for _, id := range added {
		act := Action{ID: id, Added: true, Owner: RoleISMSOwner}
		applyEntry(&act, a.Plan[id], "")
		out = append(out, act)
	}
	return out
}

// firstStep is act's FirstStep: when the first step of its task, the
// catalogue's own below level 2 (spec, as the profile gives it), is due;
// for an action in progress, with "if not yet taken"; "" for an action
// done, whose step was taken, and for every other task.
func firstStep(act Action, level int, spec actionSpec) string {
	switch {
	case !opensWithFirstStep(act.Question, level, spec.Task) || act.Title != act.Generated:
		return ""
	case act.Status == StatusDone:
		return ""
	case act.Status == StatusInProgress:
		return l10n.F("%s, if not yet taken", l10n.T(firstSteps[act.Question]))
	}
	return l10n.T(firstSteps[act.Question])
}

// opensWithFirstStep reports whether task, the task a profile gives the
// action on question id from an answer at level, opens with a step that
// cannot wait (firstSteps): the catalogue's own task below level 2, in
// either plant wording (catalogueTask). The level-2 task and the isolated
// plants' tasks have no such step. firstStep and downtimeNote decide by
// it.
func opensWithFirstStep(id string, level int, task string) bool {
	_, ok := firstSteps[id]
	return ok && level < 2 && catalogueTask(id, task)
}

// untilOTLead is the clause the first steps that need an OT lead add for
// an organisation that may have none yet: who acts until one is named.
// Where the assessment records an OT lead (otLeadNamed), the clause would
// doubt what the assessment holds, and the findings and actions leave it
// out (withoutUntilNamed). Every text that has it has it in this form,
// in English and German; a test holds them to it.
var untilOTLead = l10n.M(" (until one is named, an engineer the site director names)")

// otLeadNamed reports whether a records an OT lead: the role register
// names the role's holder (RegisterHolds: an entry that says vacant names
// nobody), or ROL-03 (a named OT lead owns the plant systems' controls)
// is answered implemented or better.
func otLeadNamed(a Assessment) bool {
	if RegisterHolds(a, RoleOT) {
		return true
	}
	l, ok := a.Answers["ROL-03"].Rating.Level()
	return ok && l >= 3
}

// withoutUntilNamed is s, a text in the current language, without the
// untilOTLead clause.
func withoutUntilNamed(s string) string { return strings.Replace(s, l10n.T(untilOTLead), "", 1) }

// untilOTLeadBySponsor is untilOTLead where the role register, once
// started, names nobody for the site or plant director: the step cannot
// wait for an empty seat, so top management names the engineer (see
// Action.interimBySponsor, which says the same in the plan's order note).
var untilOTLeadBySponsor = l10n.M(" (until one is named, an engineer the executive sponsor names)")

// sponsorNamesEngineer reports whether the untilOTLead clause must name
// the executive sponsor instead of the site director: the register is
// started and names no site or plant director.
func sponsorNamesEngineer(a Assessment) bool {
	return RegisterStarted(a) && !RegisterHolds(a, RoleSite)
}

// The untilOTLead clause where the register names an OT lead at some
// plants and records the role as vacant at others (OTVacantInPart): the
// stand-in is for the plants without one, and the step does not doubt the
// holder the register names.
var (
	untilOTLeadInPart          = l10n.M(" (where a plant has none yet, an engineer the site director names)")
	untilOTLeadInPartBySponsor = l10n.M(" (where a plant has none yet, an engineer the executive sponsor names)")
)

// registerWordings are the phrases of the catalogue's steps, as the
// profile words them (profileWordings), that a role register naming
// nobody for the site or plant director words otherwise
// (sponsorNamesEngineer): the executive sponsor, not an empty seat, names
// the engineer who stands in for the OT lead and approves closing access
// now. Each pair is the phrase and the sponsor's form of it.
var registerWordings = [][2]string{
	{untilOTLead, untilOTLeadBySponsor},
	{siteApproval, l10n.M("with the executive sponsor's recorded approval")},
	{siteQualityApproval, l10n.M("with the recorded approval of the executive sponsor and Quality")},
}

// registerWording is what a's role register changes in the wording of
// the steps and tasks (registerWordingOf), read from the register once
// for all of them.
type registerWording struct {
	otNamed bool // a records an OT lead (otLeadNamed)
	inPart  bool // the OT lead is vacant at some plants (OTVacantInPart)
	sponsor bool // the register names no site director (sponsorNamesEngineer)
}

// registerWordingOf reads a's register for registerWording.
func registerWordingOf(a Assessment) registerWording {
	return registerWording{otNamed: otLeadNamed(a), inPart: OTVacantInPart(a), sponsor: sponsorNamesEngineer(a)}
}

// apply is s, a step or task in the current language as the profile words
// it, worded for the register: without the untilOTLead clause where the
// assessment records an OT lead, with the clause said of the plants
// without one where the register records the role as vacant at some, and
// in the executive sponsor's words (registerWordings) where the register
// names no site director.
func (w registerWording) apply(s string) string {
	if w.otNamed {
		s = withoutUntilNamed(s)
	}
	if w.inPart {
		inPart := untilOTLeadInPart
		if w.sponsor {
			inPart = untilOTLeadInPartBySponsor
		}
		s = strings.ReplaceAll(s, l10n.T(untilOTLead), l10n.T(inPart))
	}
	if w.sponsor {
		for _, p := range registerWordings {
			s = strings.ReplaceAll(s, l10n.T(p[0]), l10n.T(p[1]))
		}
	}
	return s
}

// catalogueWording is text with every register wording taken back to the
// catalogue's phrase, in English and in the current language, so that a
// task worded for the register still reads back as the tool's own.
func catalogueWording(text string) string {
	for _, w := range slices.Concat(registerWordings, [][2]string{{untilOTLead, untilOTLeadInPart}, {untilOTLead, untilOTLeadInPartBySponsor}}) {
		text = strings.ReplaceAll(text, w[1], w[0])
		text = strings.ReplaceAll(text, l10n.T(w[1]), l10n.T(w[0]))
	}
	return text
}

// The route of the first steps that close access now. emergencyRoute is
// the catalogue's: "by emergency change or, lacking such a route, with
// the site director's recorded approval" (siteApproval). On a GMP site
// the equipment concerned may be validated, and the fallback needs
// Quality's approval as well (siteQualityApproval; EU GMP Annex 11 §10).
// A safety-critical process always has a management of change, though
// not always an emergency route in it, and closing a link there can
// reach a safety function: the step goes through it, by its emergency
// route or, lacking one, by a review the site director convenes the same
// day with EHS, and never round it on a manager's approval (mocRoute;
// with Quality on a GMP site, mocQualityRoute). Every task that has the
// clause has it in this form, in English and German, so that the
// summary, which shows the first step alone, says the same.
var (
	emergencyRoute      = l10n.M("by emergency change or, lacking such a route, with the site director's recorded approval")
	siteApproval        = l10n.M("with the site director's recorded approval")
	siteQualityApproval = l10n.M("with the recorded approval of the site director and Quality")
	mocRoute            = l10n.M("under the plant's management of change, by its emergency route or, lacking one, by a change review the site director convenes the same day with EHS")
	mocQualityRoute     = l10n.M("under the plant's management of change, by its emergency route or, lacking one, by a change review the site director convenes the same day with EHS and Quality")
)

// profileWording is a phrase of the catalogue's texts (from) that a
// profile when accepts words differently (to), in the texts of every
// question or, where ids is set, of those questions' actions and
// findings only.
type profileWording struct {
	when     func(Profile) bool
	from, to string
	ids      []string
}

// gov06Members is who joins the steering group in GOV-06's task and
// finding, which profileWordings settles for the site.
var gov06Members = l10n.M("steering group with IT, OT and plant operations leaders, and Quality and EHS where validated systems or safety-critical processes call for them")

// profileWordings are the phrases a profile words differently, each
// profile accepted by at most one entry of the same from. The entries
// read Validated, SafetyCritical, CentralRisk and isolation alone
// (wordingProfiles).
var profileWordings = []profileWording{
	{func(p Profile) bool { return p.SafetyCritical && p.Validated }, emergencyRoute, mocQualityRoute, nil},
	{func(p Profile) bool { return p.SafetyCritical && !p.Validated }, emergencyRoute, mocRoute, nil},
	{func(p Profile) bool { return p.Validated && !p.SafetyCritical }, siteApproval, siteQualityApproval, nil},
	// Quality's part on validated systems, and who joins the steering
	// group, are named only on the sites they concern: a condition the
	// profile settles reads as a template to the client (GOV-06, CTL-05,
	// BRF-05).
	{func(p Profile) bool { return p.Validated && p.SafetyCritical }, gov06Members, l10n.M("steering group with IT, OT and plant operations leaders, and Quality and EHS"), nil},
	{func(p Profile) bool { return p.Validated && !p.SafetyCritical }, gov06Members, l10n.M("steering group with IT, OT and plant operations leaders, and Quality"), nil},
	{func(p Profile) bool { return !p.Validated && p.SafetyCritical }, gov06Members, l10n.M("steering group with IT, OT and plant operations leaders, and EHS"), nil},
	{func(p Profile) bool { return !p.Validated && !p.SafetyCritical }, gov06Members, l10n.M("steering group with IT, OT and plant operations leaders"), nil},
	{func(p Profile) bool { return !p.Validated }, l10n.M("with the IT lead, and Quality for validated systems, how plant systems"), l10n.M("with the IT lead how plant systems"), nil},
	{func(p Profile) bool { return !p.Validated }, l10n.M("equipment specifications (for a validated system, the user requirements Quality approves) and"), l10n.M("equipment specifications and"), nil},
	// In a safety-critical process a path from the office may reach the
	// safety instrumented systems, the last protection layer: BRF-08's
	// first step checks and closes that path before anything else.
	{connectedSafetyCritical, l10n.M("Have IT and the OT lead"), l10n.M("Check whether the safety instrumented systems and their engineering stations can be reached from office computers or remote access, and close any such path before anything else, under the process-safety management of change with EHS; then have IT and the OT lead"), []string{"BRF-08"}},
	{connectedSafetyCritical, l10n.M("First, now: have IT and the OT lead"), l10n.M("First, now: check whether the safety instrumented systems and their engineering stations can be reached from office computers or remote access, and close any such path before anything else, under the process-safety management of change with EHS; then have IT and the OT lead"), []string{"BRF-08"}},
	// With no central risk or security function recorded, the work it
	// would do falls to the ISMS owner's team (GOV-10).
	{func(p Profile) bool { return !p.CentralRisk }, l10n.M("one function (the central risk function, or else the ISMS owner's team) assesses each once"), l10n.M("the ISMS owner's team assesses each once"), nil},
}

// withProfileWording is s, a text in the current language of the action
// or the finding on question id, with the phrases profile p words
// differently (profileWordings) in p's words. The finding and the action
// on the same question word them alike.
func withProfileWording(s, id string, p Profile) string { return wordedIn(s, id, p, l10n.T) }

// wordedIn is withProfileWording for a text in the language tr
// translates the catalogue's phrases into.
func wordedIn(s, id string, p Profile, tr func(string) string) string {
	for _, w := range profileWordings {
		if w.when(p) && (w.ids == nil || slices.Contains(w.ids, id)) {
			s = strings.Replace(s, tr(w.from), tr(w.to), 1)
		}
	}
	return s
}

// wordingProfiles are the profiles profileWordings tells apart: it reads
// Validated, SafetyCritical, CentralRisk and whether the plants are
// isolated alone.
var wordingProfiles = func() []Profile {
	var out []Profile
	for _, v := range []bool{false, true} {
		for _, s := range []bool{false, true} {
			for _, c := range []bool{false, true} {
				for _, conn := range []string{"", ConnectivityIsolated} {
					out = append(out, Profile{Validated: v, SafetyCritical: s, CentralRisk: c, Connectivity: conn})
				}
			}
		}
	}
	return out
}()

// thenMarker is where a task that opens with a step that cannot wait
// ("First, now: …") goes on to the longer work: every such task, in the
// catalogue and in its one-plant form, says ". Then …" (German
// ". Danach …"), and a test holds them to it.
var thenMarker = l10n.M(". Then ")

// FirstStepTask is act's task cut to its first step where that step
// cannot wait (FirstStep is set): "First, now: …", without the "Then …"
// that follows. The report's summary shows it, so that a plant director
// reads what to do this week; the whole task stands in the plan. Any
// other task is returned whole.
func (act Action) FirstStepTask() string {
	if act.FirstStep == "" {
		return act.Title
	}
	if i := strings.Index(act.Title, l10n.T(thenMarker)); i > 0 {
		return act.Title[:i+1]
	}
	return act.Title
}

// nowFirst orders an action whose first step cannot wait (FirstStep)
// before one without: at equal priority, the interim measure a plant
// manager can take this week reaches the first page of the report.
func nowFirst(x, y Action) int { return compareBool(x.FirstStep == "", y.FirstStep == "") }

// actionLevel says whether a's plan has an action on question id, and the
// level it starts from (gapLevel), unless the consultant has dropped it.
// ActionsWith and PlanCounts decide by it.
func actionLevel(a Assessment, id string) (int, bool) {
	level, weak := answerGap(id, a.Answers[id].Rating)
	return level, weak && !a.Plan[id].Dropped
}

// answerGap is gapLevel for the answer r to question id, where "not
// applicable" on a requirement that cannot be excluded
// (Question.Excluded) is a gap from level 0, as the score counts it.
func answerGap(id string, r Rating) (int, bool) {
	if q, ok := QuestionByID(id); ok && q.Excluded(r) {
		return 0, true
	}
	return gapLevel(r)
}

// gapLevel says whether rating r calls for an action, and the level it
// starts from: a rating below TargetLevel, or "unknown" as level 0. N/A
// and no answer call for none.
func gapLevel(r Rating) (int, bool) {
	level, scored := r.Level()
	switch {
	case r == RatingUnknown:
		return 0, true
	case !scored || level >= TargetLevel:
		return 0, false
	}
	return level, true
}

// addedActions returns the IDs of the actions the consultant added to a's
// plan, in no particular order.
func addedActions(a Assessment) []string {
	var added []string
	for id := range a.Plan {
		if IsAddedAction(id) {
			added = append(added, id)
		}
	}
	return added
}

// PlanCounts counts the actions of a's plan (Actions) by status, open
// (including none given), in progress and done, and all of them, without
// writing the actions' texts: a comparison counts the plans of every
// assessment it holds.
func PlanCounts(a Assessment) (open, inProgress, done, all int) {
	count := func(e PlanEntry) {
		all++
		switch e.Status {
		case StatusDone:
			done++
		case StatusInProgress:
			inProgress++
		default:
			open++
		}
	}
	for _, q := range Asked(a) {
		if _, ok := actionLevel(a, q.ID); ok {
			count(a.Plan[q.ID])
		}
	}
	for _, id := range addedActions(a) {
		count(a.Plan[id])
	}
	return open, inProgress, done, all
}

// applyEntry lays the consultant's changes over a generated action; id
// is its question ("" for an added action).
//
// A stored text equal to the generated task, in English or in the page's
// language, is the tool's own text, kept by a file or an older version
// rather than written by the consultant: the action shows the generated
// task in the current language, so that a German page does not show an
// English task the user never edited. What is stored is not changed.
func applyEntry(act *Action, e PlanEntry, id string) {
	if e.Text != "" && !isGeneratedTask(e.Text, id) {
		act.Title = e.Text
	}
	if e.Function != "" {
		act.Owner = e.Function
	}
	if e.Due != "" {
		act.Target = e.Due
	}
	act.Person = e.Person
	act.Status = e.Status
	if act.Status == "" {
		act.Status = StatusOpen
	}
}

// level2Task is the action of an answer at level 2: the organisation has
// already written down and agreed the practice, so the work left is to
// measure it against the question's target state (Question.Good), close
// the differences and apply it; a task that says "appoint" or "set up"
// would contradict the answer.
var level2Task = l10n.M("Target state: %s Check what is written against it, roll it out wherever it applies and keep the evidence.")

// tasksBefore are catalogue tasks as an earlier version worded them,
// by question: a task saved in that form still reads back as the tool's
// own, and shows as the current one.
var tasksBefore = map[string]string{
	// Before its first step was added (review 44).
	"BRF-05": "Add security requirements to capital project gates, equipment specifications (for a validated system, the user requirements Quality approves) and factory and site acceptance tests, signed off by the OT lead.",
}

// level2TaskBefore is level2Task as versions before 2026-12 worded it: a
// task saved in that form still reads back as the tool's own.
const level2TaskBefore = "Target state: %s Measure what is written and agreed against it, apply it wherever it is meant to apply and keep the evidence."

// level2ActTask is level2Task for a question about one act (an
// appointment, a resolution, an exercise): the act is begun, and the work
// left is to complete it.
var level2ActTask = l10n.M("Target state: %s Compare what exists with it, complete what is still missing and keep dated evidence.")

// isGeneratedTask reports whether text is a text the tool generates for
// the action of question id: its task (in either form a profile can give,
// see specFor) or the level-2 action built from the question's target
// state (in either form, see GoodFor), in English or in the current
// language; never for an added action (id "") or a question the
// catalogue has no task for. An English page does not look at the German
// (it would load the German catalogue): the session stores a task saved
// unchanged on a German page as "" (see IsGeneratedTask), so German
// generated text is not stored.
func isGeneratedTask(text, id string) bool {
	if actionSpecs[id].Task == "" {
		return false
	}
	// A task worded for the role register is the tool's own too.
	text = catalogueWording(text)
	// So is the task with the sentences a profile adds from the finding
	// (findingStepAdds), whichever profile added them.
	for _, add := range stepAddsWhere(id, func(findingVariant) bool { return true }) {
		text = strings.Replace(text, " "+add, "", 1)
		if l10n.Current() == l10n.DE {
			text = strings.Replace(text, " "+l10n.T(add), "", 1)
		}
	}
	forms := []string{actionSpecs[id].Task, isolatedTasks[id].task, singlePlantTasks[id], isolatedTasks[id].single, tasksBefore[id]}
	if id == "ROL-03" {
		forms = append(forms, otLeadRegistered, otLeadRegisteredOne)
	}
	english := func(s string) string { return s }
	for _, t := range forms {
		if t == "" {
			continue
		}
		// Each form as the catalogue has it and as every profile words it
		// (withProfileWording), and also without the clause on who acts
		// until an OT lead is named (withoutUntilNamed).
		if text == t || l10n.Current() == l10n.DE && text == l10n.T(t) {
			return true
		}
		for _, p := range wordingProfiles {
			en := wordedIn(t, id, p, english)
			if text == en || text == strings.Replace(en, untilOTLead, "", 1) {
				return true
			}
			if l10n.Current() == l10n.DE {
				de := wordedIn(l10n.T(t), id, p, l10n.T)
				if text == de || text == withoutUntilNamed(de) {
					return true
				}
			}
		}
	}
	good := ""
	if i, ok := questionIndex[id]; ok {
		good = questions[i].Good // English, as the table holds it
	}
	l2 := level2TaskFor(id)
	// The target state in every form a profile can give (Question.For).
	for _, g := range []string{good, goodSinglePlant[id], isolatedQuestions[id].good, isolatedQuestions[id].goodSingle} {
		if g != "" && (text == fmt.Sprintf(l2, g) || l10n.Current() == l10n.DE && text == l10n.F(l2, l10n.T(g))) {
			return true
		}
		if g != "" && l2 == level2Task && text == fmt.Sprintf(level2TaskBefore, g) {
			return true
		}
	}
	return false
}

// The task of ROL-03 below level 2 where the role register names the OT
// lead (RegisterHolds): the person is there, and what is missing is the
// role in writing, with its time; several plants may still lack one.
var (
	otLeadRegistered    = l10n.M("Have top management confirm in writing the OT lead the role register names, name one for each plant or region still without, write their responsibility for plant system controls into the RACI and their job descriptions, and set aside time for it.")
	otLeadRegisteredOne = l10n.M("Have top management confirm in writing the OT lead the role register names, write their responsibility for plant system controls into the RACI and their job description, and set aside time for it.")
)

// otLeadRegisteredTask is the ROL-03 task for a named OT lead on profile
// p, in English.
func otLeadRegisteredTask(p Profile) string {
	if singlePlant(p) {
		return otLeadRegisteredOne
	}
	return otLeadRegistered
}

// The sentences of an action's Detail and Brief (actionDetail).
var (
	detailUnknown  = l10n.M("Answered as unknown: find out who knows and rate it again; until then it counts as not in place. %s")
	detailExcluded = l10n.M("Answered \u201cnot applicable\u201d, which counts as not in place until it is rated: %s %s")
	detailToday    = l10n.M("Today: %s (%d). %s")
)

// actionDetail is an action's Detail and Brief: where the answer r
// (level, "unknown" counting as 0) stands and the level aimed at, with
// that level's meaning for question q in Detail, and in Brief only where
// q words it its own way.
func actionDetail(r Rating, level int, q Question, plants int) (detail, brief string) {
	aim := Rating(strconv.Itoa(aimFor(q.ID, level)))
	text := QuestionLevelTextAt(q.ID, aim, q.Applies, plants)
	general := text == LevelTextAt(aim, q.Applies, plants)
	if l10n.Current() != l10n.DE {
		// Inside the English sentence the level text starts in lower
		// case; German keeps it as it is (nouns are capitalised).
		text = strings.ToLower(text[:1]) + text[1:]
	}
	next := l10n.F("Aim for %s (%s): %s", aim.Label(), aim, text)
	short := next
	if general {
		short = l10n.F("Aim for %s (%s).", aim.Label(), aim)
	}
	switch {
	case r == RatingUnknown:
		return l10n.F(detailUnknown, next), l10n.F(detailUnknown, short)
	case q.Excluded(r):
		return l10n.F(detailExcluded, q.WhyRequired(), next), l10n.F(detailExcluded, q.WhyRequired(), short)
	}
	label := Rating(strconv.Itoa(level)).Label()
	return l10n.F(detailToday, label, level, next), l10n.F(detailToday, label, level, short)
}

// unsettledDetail follows the level of a consensus answer the session
// did not settle (Assessment.Unsettled).
var unsettledDetail = l10n.M("Today's level is the lowest of the respondents' answers, not settled in the session.")

// AimLegend says, for a printed plan whose rows give the level aimed at
// by name only (Action.Brief), what those levels mean in general.
func AimLegend() string {
	return l10n.F("\u201cAim for\u201d names the level the action reaches: %s (2), written down and agreed but not yet applied everywhere it should be; %s (3), applied everywhere in scope, with evidence an auditor can see.",
		Rating2.Label(), Rating3.Label())
}

// raisedSeverity is the severity of the most severe finding that a's
// answer to question id raises, as FindingsWith decides (answerRaises,
// silenced, severityFor). "" when it raises none.
func raisedSeverity(a Assessment, asked func(string) bool, id string) Severity {
	var out Severity
	for _, r := range findingRules {
		sev := r.severityFor(a.Profile)
		if sev.Rank() >= out.Rank() || !slices.Contains(r.questions, id) {
			continue
		}
		if r.answerRaises(a, asked, id) && !r.silenced(a, asked) {
			out = sev
		}
	}
	return out
}

// matrixStateSeverity is the severity of the finding a matrix with status
// s raises on how much of it is decided (not started, mostly empty,
// incomplete; see matrixFindingState), or "" when every row is decided.
func matrixStateSeverity(s MatrixStatus, p Profile) Severity {
	state := matrixFindingState(s)
	if state == matrixNone {
		return ""
	}
	for _, r := range findingRules {
		if r.matrix == state && r.related == matrixQuestion {
			return r.severityFor(p)
		}
	}
	return ""
}

// specFor is the catalogue entry of question id for a site with profile
// p: on a site whose plants are isolated, the task that keeps them so
// where one exists (isolatedFor); where p records a single plant, the
// task worded for it (the isolated task's single form, else
// singlePlantTasks), so that the isolated task wins over the catalogue's
// and either is worded for one plant.
func specFor(id string, p Profile) actionSpec {
	spec := actionSpecs[id]
	t, isolated := isolatedFor(id, p)
	switch {
	case isolated && singlePlant(p) && t.single != "":
		spec.Task = t.single
	case isolated:
		spec.Task = t.task
	case singlePlant(p) && singlePlantTasks[id] != "":
		spec.Task = singlePlantTasks[id]
	}
	return spec
}

// isolatedFor is the isolated plants' task of question id (isolatedTasks)
// when p records the plants as isolated, and true; false otherwise.
func isolatedFor(id string, p Profile) (isolatedTask, bool) {
	t, ok := isolatedTasks[id]
	return t, ok && plantsIsolated(p)
}

// The first sentence of a plant-constraints note (downtimeNote).
var (
	noteConnections = l10n.M("This action changes running plant connections: carry it out through the plant's management of change, with operations agreeing the timing.")
	noteDowntime    = l10n.M("Needs a planned downtime window or turnaround on the affected lines.")
	// validatedNow is how a change made at once reaches validated
	// equipment: the first steps that close access "by emergency change
	// or, lacking such a route, with the site director's recorded
	// approval" need Quality beside them on a GMP site.
	validatedNow = l10n.M("Route each change made now on validated equipment through the site's change control, as an emergency change Quality approves; where the site has no emergency route, raise it with Quality as a deviation the same day and complete the change control afterwards.")
)

// plantNoteLead is the first sentence, in English, of the plant-
// constraints note of the action on q from an answer at level ("unknown"
// counts as 0) on a site with profile p, or "" for none: only questions
// that concern OT carry one; then the plant's management of change where
// the action changes running connections, a downtime window where the
// question is flagged Downtime, nothing where it only writes a procedure
// or plan (plantWorkAt, or the isolated plants' task's own kind).
func plantNoteLead(q Question, level int, p Profile) string {
	if q.Applies != AppliesOT && q.Applies != AppliesBoth {
		return ""
	}
	kind := plantWorkAt(q.ID, level)
	if t, ok := isolatedFor(q.ID, p); ok {
		kind = t.work
	}
	switch {
	case kind == workWrittenOnly:
		return ""
	case kind == workConnections:
		return noteConnections
	case q.Downtime:
		return noteDowntime
	}
	return ""
}

// downtimeNote says what plant constraints the action on q, from an
// answer at level, must be planned around (plantNoteLead), followed by
// requalification with Quality on validated systems and the hazard and
// risk assessment with EHS on safety-critical ones; "" for none.
func downtimeNote(q Question, level int, p Profile) string {
	lead := plantNoteLead(q, level, p)
	if lead == "" {
		return ""
	}
	parts := []string{l10n.T(lead)}
	task := specFor(q.ID, p).Task
	switch {
	case p.Validated && lead == noteConnections && opensWithFirstStep(q.ID, level, task):
		// The task's first step closes a route or a vendor link now, so
		// "before scheduling" would not fit; on validated equipment it
		// still passes Quality (EU GMP Annex 11 §10), never around it.
		// Planned connection work (CTL-03, or the level-2 rollout) is
		// scheduled like any other change. Where the task's route is the
		// one a safety-critical process words with Quality inside the
		// management of change (mocQualityRoute), a second fallback here
		// would contradict it.
		if !p.SafetyCritical || !strings.Contains(task, emergencyRoute) {
			parts = append(parts, l10n.T(validatedNow))
		}
	case p.Validated:
		parts = append(parts, l10n.T("On validated systems, the site's change control decides how much must be requalified: agree it with Quality before scheduling."))
	}
	if p.SafetyCritical {
		parts = append(parts, l10n.T("Review the change with EHS against the plant's hazard and risk assessment before it goes live."))
	}
	return strings.Join(parts, " ")
}

// findingStepAdds are the sentences profile p adds to the first step of
// the finding on question id (findingVariant.stepAdd): Quality's part on
// a GMP site, EHS's in a safety-critical process, the isolation points of
// a network shared with the office. The action below level 2, whose
// answer raises that finding, carries them too, so that the plan asks
// for what the finding asks. validatedNow is left out: the action's
// plant-constraints note says it (downtimeNote).
func findingStepAdds(id string, p Profile) []string {
	return stepAddsWhere(id, func(v findingVariant) bool { return v.when(p) })
}

// stepAddsWhere is findingStepAdds for the variants keep accepts, with
// those of taskVariants.
func stepAddsWhere(id string, keep func(findingVariant) bool) []string {
	var out []string
	add := func(vs []findingVariant) {
		for _, v := range vs {
			if v.stepAdd != "" && v.stepAdd != validatedNow && keep(v) {
				out = append(out, v.stepAdd)
			}
		}
	}
	for _, r := range findingRules {
		if r.summary == id && len(r.questions) == 1 {
			add(r.variants)
		}
	}
	add(taskVariants[id])
	return out
}

// taskVariants add to the task below level 2 of a question that raises
// no finding of its own what a profile calls for, as finding variants do
// for the others (findingStepAdds); only stepAdd is read.
var taskVariants = map[string][]findingVariant{
	// A safety-critical site already drills its emergency response; a
	// cyber cause belongs in those drills, with the shift that would
	// face it, not in a separate exercise only managers attend.
	"INC-07": {{when: safetyCritical, profileText: "safety-critical process: the exercise is built into one of the site's emergency drills", stepAdd: l10n.M("Then add a cyber cause from that scenario (loss of the control system's view, a manipulated setpoint) to one of the site's next emergency drills, for the shift to handle as it would a process upset.")}},
}

// GeneratedTask returns the catalogue's task for the action of question
// id, in the current language, or "" for an added action or an unknown
// ID. An assessment's own action may word it for its profile (one plant,
// isolated plants, a GMP site's fallback approval): Actions gives that
// form.
func GeneratedTask(id string) string { return l10n.T(actionSpecs[id].Task) }

// IsGeneratedTask reports whether text is the task the tool generates for
// the action of question id, in English or in the current language: a
// plan entry with that text changes nothing about the task (see
// applyEntry), and is best stored as "".
func IsGeneratedTask(id, text string) bool { return isGeneratedTask(text, id) }
