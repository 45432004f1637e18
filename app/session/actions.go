package session

import (
	"maps"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// realDate reports whether s is a real day written YYYY-MM-DD.
func realDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// ActionError is a change to the action plan that was refused. Field is
// the field at fault ("text", "person", "due", "function", "status" or
// "" for the action as a whole), for the form to show Text next to it;
// Text says why, in the user's words, as a sentence.
type ActionError struct {
	ID    string // the action
	Field string
	Text  string
}

func (e *ActionError) Error() string { return e.Text }

// Fields of ActionError.
const (
	ActionFieldText     = "text"
	ActionFieldPerson   = "person"
	ActionFieldDue      = "due"
	ActionFieldFunction = "function"
	ActionFieldStatus   = "status"
)

// SetAction replaces the consultant's changes to action id of the open
// assessment's plan (see assessment.PlanEntry): a generated action's ID is
// its question's, an added one's ADD-n. Text and person are trimmed; a
// text equal to the generated task is stored as "" (the generated one),
// open as no status, and an entry left with no change is removed. A value the record cannot
// hold changes nothing and is returned as an *ActionError naming the
// field.
func (s *Session) SetAction(id string, e assessment.PlanEntry) error {
	if !s.open {
		return ErrNotOpen
	}
	e.Text = strings.TrimSpace(e.Text)
	e.Person = strings.TrimSpace(e.Person)
	if assessment.IsGeneratedTask(id, e.Text) {
		e.Text = ""
	}
	if e.Status == assessment.StatusOpen {
		e.Status = "" // open is the default: an entry holds changes only
	}
	if err := actionProblem(id, e); err != nil {
		return err
	}
	if s.cur.Plan[id] == e {
		return nil // nothing changes, nothing to save
	}
	if e.IsZero() && !assessment.IsAddedAction(id) {
		s.setPlan(id, nil)
		return nil
	}
	s.setPlan(id, &e)
	return nil
}

// AddAction adds an action with text, owned by function (the ISMS owner
// when empty), to the open assessment's plan and returns its ID.
func (s *Session) AddAction(text string, function assessment.Role) (string, error) {
	if !s.open {
		return "", ErrNotOpen
	}
	id := assessment.NextAddedActionID(s.cur.Plan)
	if err := s.SetAction(id, assessment.PlanEntry{Text: text, Function: function}); err != nil {
		return "", err
	}
	return id, nil
}

// DropAction takes action id out of the plan: an added action is removed;
// a generated one is marked dropped, with its status cleared, so that it
// stays out until RestoreAction brings it back.
func (s *Session) DropAction(id string) error {
	if !s.open {
		return ErrNotOpen
	}
	if assessment.IsAddedAction(id) {
		if _, ok := s.cur.Plan[id]; !ok {
			return &ActionError{ID: id, Text: l10n.T("This action is no longer in the plan.")}
		}
		s.setPlan(id, nil)
		return nil
	}
	e := s.cur.Plan[id]
	e.Dropped, e.Status = true, ""
	return s.SetAction(id, e)
}

// RestoreAction brings a dropped generated action back into the plan.
func (s *Session) RestoreAction(id string) error {
	if !s.open {
		return ErrNotOpen
	}
	e := s.cur.Plan[id]
	e.Dropped = false
	return s.SetAction(id, e)
}

// DroppedActions returns the IDs of the open assessment's dropped actions
// that its answers would still generate, in plan order, for the view to
// offer them back.
func DroppedActions(a assessment.Assessment) []string {
	var out []string
	if len(a.Plan) == 0 {
		return nil
	}
	undropped := a
	undropped.Plan = nil
	for _, act := range assessment.Actions(undropped) {
		if a.Plan[act.ID].Dropped {
			out = append(out, act.ID)
		}
	}
	return out
}

// setPlan stores e as action id's entry (nil removes it) in a new map,
// as SetAnswer does, and schedules the save.
func (s *Session) setPlan(id string, e *assessment.PlanEntry) {
	_ = s.edit(func(a *assessment.Assessment) {
		plan := maps.Clone(a.Plan)
		if plan == nil {
			plan = map[string]assessment.PlanEntry{}
		}
		if e == nil {
			delete(plan, id)
		} else {
			plan[id] = *e
		}
		if len(plan) == 0 {
			plan = nil
		}
		a.Plan = plan
	})
}

// actionProblem says which field of e the record cannot hold, and why, in
// the user's words; assessment.ValidatePlanEntry has the last word.
func actionProblem(id string, e assessment.PlanEntry) error {
	fail := func(field, text string) error { return &ActionError{ID: id, Field: field, Text: text} }
	_, question := assessment.QuestionByID(id)
	switch {
	case !question && !assessment.IsAddedAction(id):
		return fail("", l10n.T("This action is not part of the plan."))
	case assessment.IsAddedAction(id) && e.Text == "":
		return fail(ActionFieldText, l10n.T("Describe the action: a verb and what it delivers."))
	case utf8.RuneCountInString(e.Text) > assessment.MaxTextLen:
		return fail(ActionFieldText, l10n.F("The action can be at most %d characters long.", assessment.MaxTextLen))
	case utf8.RuneCountInString(e.Person) > assessment.MaxNameLen:
		return fail(ActionFieldPerson, l10n.F("The name can be at most %d characters long.", assessment.MaxNameLen))
	case e.Function != "" && (!assessment.ValidRole(e.Function) || e.Function == assessment.RoleConsultant):
		return fail(ActionFieldFunction, l10n.T("Choose one of the listed functions."))
	case !e.Status.Valid():
		return fail(ActionFieldStatus, l10n.T("Choose open, in progress or done."))
	}
	if e.IsZero() {
		return nil // the caller removes the entry
	}
	if err := assessment.ValidatePlanEntry(id, e, question); err != nil {
		// The error's text may be translated: a due date that is not a
		// real date is recognised by the date itself, not by the words.
		if e.Due != "" && (strings.HasPrefix(err.Error(), "due") || !realDate(e.Due)) {
			return fail(ActionFieldDue, l10n.T("Enter a real date, as YYYY-MM-DD."))
		}
		return fail("", l10n.F("This change cannot be saved: %s.", err.Error()))
	}
	return nil
}
