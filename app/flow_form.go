package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// The form controls of the question flow live in two small components
// rendered from the answer as Flow last loaded it (Key names the load: the
// question and a count). Within one load they render the same values, so a
// render never writes to a control the user is editing.
//
// Why: the program runs until idle inside every JavaScript event callback,
// so a render queued by one keystroke or arrow key can land in the middle of
// the browser's handling of the next one. Writing the first value back then
// drops the second: a typed character vanishes, or an arrow key moves the
// focus without checking the radio.
//
// When Flow loads another answer (another question, or a change made
// elsewhere), the controls are patched, not mounted afresh: re-creating
// about 80 elements on every question cost more than anything else in a
// move. The patch cannot rely on go-app's diff, which compares with what it
// rendered last, not with what the user has since typed or checked, and
// which never clears a value that becomes "" (it removes the attribute,
// which leaves the field's live value alone). So after each load, once
// the render is done, the loaded values are written into the controls
// outright (syncDOM), which is the one moment they may be.

// loadSync remembers the load (a form's Key) whose values were last written
// into a component's controls, so that each new load is written once.
type loadSync struct{ synced string }

// mounted records that the controls were rendered with key's values.
func (s *loadSync) mounted(key string) { s.synced = key }

// update runs sync after the coming render when key is a load the
// controls have not been given yet.
func (s *loadSync) update(ctx app.Context, key string, sync func(app.Context)) {
	if key != s.synced {
		s.synced = key
		ctx.Defer(sync)
	}
}

// flowChoices is the group of rating radios.
type flowChoices struct {
	app.Compo
	Key      string
	Rating   assessment.Rating  // as loaded
	Question string             // the question's ID, for its own level texts
	Applies  assessment.Applies // the question's part of the estate, for the level texts
	Plants   int                // the profile's number of plants, for the level texts
	// Required is the question's Required requirement: "not applicable"
	// is then not offered, unless it is the answer already given, which is
	// shown with why it counts as not in place.
	Required assessment.Ref

	flow *Flow
	loadSync
}

// OnInit notes that the radios are mounted with the loaded rating.
func (c *flowChoices) OnInit() { c.mounted(c.Key) }

// OnUpdate writes a newly loaded rating into the radios.
func (c *flowChoices) OnUpdate(ctx app.Context) { c.update(ctx, c.Key, c.syncDOM) }

// syncDOM checks the loaded rating's radio, or unchecks the checked one
// when there is no rating (checking one radio of a group unchecks the
// others).
func (c *flowChoices) syncDOM(ctx app.Context) {
	doc := app.Window().Get("document")
	if c.Rating == assessment.RatingNone {
		if r := doc.Call("querySelector", `input[name="rating"]:checked`); r.Truthy() {
			r.Set("checked", false)
		}
		return
	}
	if r := doc.Call("getElementById", "rating-"+string(c.Rating)); r.Truthy() && !r.Get("checked").Bool() {
		r.Set("checked", true)
	}
}

// Render draws the seven large choices.
func (c *flowChoices) Render() app.UI {
	return el("div", attrs{"class", "choices"},
		app.Range(assessment.Ratings).Slice(func(i int) app.UI { return c.choice(assessment.Ratings[i]) }),
	)
}

// excluded is assessment.Question.Excluded for this question.
func (c *flowChoices) excluded(r assessment.Rating) bool { return c.question().Excluded(r) }

// question is as much of the question as the radios need to know.
func (c *flowChoices) question() assessment.Question {
	return assessment.Question{ID: c.Question, Required: c.Required}
}

func (c *flowChoices) choice(r assessment.Rating) app.UI {
	if c.excluded(r) {
		note := elt("p", attrs{"class", "choice-required muted", "id", "rating-required"},
			l10n.F("%s So \u201cnot applicable\u201d is not offered here and counts as not in place. Rate what is in place, or answer \u201cUnknown\u201d.", c.question().WhyRequired()))
		if c.Rating != r {
			return note
		}
		return el("div", nil, c.radio(r), note)
	}
	return c.radio(r)
}

// meaning is what rating r means for the question; "not applicable" on a
// requirement counts as not in place (assessment.Question.Excluded).
func (c *flowChoices) meaning(r assessment.Rating) string {
	if c.excluded(r) {
		return l10n.T("The answer given; it counts as not in place, as a requirement cannot be excluded.")
	}
	return assessment.QuestionLevelTextAt(c.Question, r, c.Applies, c.Plants)
}

func (c *flowChoices) radio(r assessment.Rating) app.UI {
	id := "rating-" + string(r)
	level, cls := string(r), "choice"
	switch r {
	case assessment.RatingNotApplicable:
		level, cls = l10n.T("N/A"), "choice choice-aside"
	case assessment.RatingUnknown:
		level, cls = "?", "choice choice-aside"
	}
	return el("div", attrs{"class", cls},
		elv("input", attrs{"type", "radio", "class", "choice-input", "id", id, "name", "rating", "value", string(r), "checked", strconv.FormatBool(c.Rating == r)}).
			// change fires only on the radio that became checked.
			OnChange(func(ctx app.Context, e app.Event) { c.flow.choose(ctx, r) }),
		el("label", attrs{"class", "choice-label", "for", id},
			elt("span", attrs{"class", "choice-level", "aria-hidden", "true"}, level),
			el("span", attrs{"class", "choice-text"},
				el("span", attrs{"class", "choice-name"},
					app.If(len(r) == 1, func() app.UI {
						return elt("span", attrs{"class", "visually-hidden"}, l10n.F("Level %s", string(r))+": ")
					}),
					txt(r.Label()),
				),
				elt("span", attrs{"class", "choice-meaning"}, c.meaning(r)),
			),
		),
	)
}

// flowFollowUp is the note, the follow-up owner and the target date.
type flowFollowUp struct {
	app.Compo
	Key     string
	Note    string // as loaded
	Owner   assessment.Role
	Target  string
	DateErr string

	flow *Flow
	loadSync
}

// OnInit notes that the fields are mounted with the loaded values.
func (u *flowFollowUp) OnInit() { u.mounted(u.Key) }

// OnUpdate writes newly loaded values into the fields.
func (u *flowFollowUp) OnUpdate(ctx app.Context) { u.update(ctx, u.Key, u.syncDOM) }

// syncDOM writes the loaded values into the fields, "" included, where
// they differ from what the field holds: writing a value, even the same
// one, makes the browser lay the field out again. A partly typed date
// reads as "" but is still on screen, so it is always replaced.
func (u *flowFollowUp) syncDOM(ctx app.Context) {
	doc := app.Window().Get("document")
	owner := string(u.Owner)
	if owner == "" {
		owner = flowOwnerNone
	}
	for _, f := range [...]struct{ id, value string }{{flowNoteID, u.Note}, {flowOwnerID, owner}, {flowTargetID, u.Target}} {
		el := doc.Call("getElementById", f.id)
		if !el.Truthy() {
			continue
		}
		if el.Get("value").String() != f.value || (f.id == flowTargetID && el.Get("validity").Get("badInput").Bool()) {
			el.Set("value", f.value)
		}
	}
}

// Render draws the fields.
func (u *flowFollowUp) Render() app.UI {
	return el("fieldset", attrs{"class", "flow-followup"},
		elt("legend", nil, l10n.T("Notes and follow-up")),
		el("div", attrs{"class", "field field-note"},
			elt("label", attrs{"for", flowNoteID}, l10n.T("Notes and evidence")),
			elh("textarea", attrs{"id", flowNoteID, "rows", "4", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", u.Note, "aria-describedby", flowNoteID + "-hint"}).
				OnInput(func(ctx app.Context, e app.Event) {
					u.flow.setNote(ctx, ctx.JSSrc().Get("value").String())
				}),
			elt("p", attrs{"class", "field-hint muted", "id", flowNoteID + "-hint"}, l10n.T("What was said, who said it, and the evidence seen or still to ask for. Saved as you type.")),
		),
		el("div", attrs{"class", "field-row"},
			el("div", attrs{"class", "field"},
				elt("label", attrs{"for", flowOwnerID}, l10n.T("Follow-up owner")),
				elh("select", attrs{"id", flowOwnerID},
					elt("option", attrs{"value", flowOwnerNone, "selected", strconv.FormatBool(u.Owner == "")}, "\u2014 "+l10n.T("(not set)")),
					app.Range(assessment.RACIRoles).Slice(func(i int) app.UI {
						r := assessment.RACIRoles[i]
						return elt("option", attrs{"value", string(r), "selected", strconv.FormatBool(u.Owner == r)}, assessment.RoleLabel(r))
					}),
				).
					OnChange(func(ctx app.Context, e app.Event) {
						u.flow.setOwner(ctx, ctx.JSSrc().Get("value").String())
					}),
			),
			el("div", attrs{"class", "field"},
				elt("label", attrs{"for", flowTargetID}, l10n.T("Target date")),
				u.date(),
				app.If(u.DateErr != "", func() app.UI {
					return elt("p", attrs{"class", "field-error", "id", flowTargetID + "-error"}, u.DateErr)
				}),
			),
		),
	)
}

func (u *flowFollowUp) date() app.UI {
	in := elv("input", attrs{"type", "date", "id", flowTargetID, "min", "2000-01-01", "max", "2100-12-31", "value", u.Target, "aria-invalid", strconv.FormatBool(u.DateErr != "")})
	if u.DateErr != "" {
		in = in.Aria("describedby", flowTargetID+"-error")
	}
	h := func(ctx app.Context, e app.Event) {
		src := ctx.JSSrc()
		u.flow.setTarget(ctx, src.Get("value").String(), src.Get("validity").Get("badInput").Bool())
	}
	return in.OnChange(h).OnBlur(h)
}

// flowChangeReasonID is the field for the reason of a change after the
// consensus was stored.
const flowChangeReasonID = "flow-change-reason"

// renderChanged says, for an answer of a consensus changed since the
// consensus was stored, what the consensus held then, and asks why it
// was changed; nothing for any other answer.
func (f *Flow) renderChanged() app.UI {
	ag := f.Consensus[f.q.ID]
	from, changed := ag.ChangedFrom(f.Answers[f.q.ID].Rating)
	if !changed {
		return nil
	}
	return &flowChanged{Key: f.formKey(), What: consensusChangedText(ag, compare.RatingText(from)), Reason: f.reason, flow: f}
}

// flowChanged is the reason field of an answer changed after the
// consensus was stored.
type flowChanged struct {
	app.Compo
	Key    string
	What   string // what the consensus held when stored (consensusChangedText)
	Reason string // as loaded

	flow *Flow
	loadSync
}

// OnInit notes that the field is mounted with the loaded reason.
func (c *flowChanged) OnInit() { c.mounted(c.Key) }

// OnUpdate writes a newly loaded reason into the field.
func (c *flowChanged) OnUpdate(ctx app.Context) { c.update(ctx, c.Key, c.syncDOM) }

func (c *flowChanged) syncDOM(ctx app.Context) {
	if el := app.Window().Get("document").Call("getElementById", flowChangeReasonID); el.Truthy() && el.Get("value").String() != c.Reason {
		el.Set("value", c.Reason)
	}
}

// Render draws what the consensus held and the reason field.
func (c *flowChanged) Render() app.UI {
	return el("div", attrs{"class", "notice notice-warn flow-changed", "id", "flow-changed"},
		elt("p", nil, c.What),
		el("div", attrs{"class", "field"},
			elt("label", attrs{"for", flowChangeReasonID}, l10n.T("Why was it changed after the consensus was stored?")),
			elh("textarea", attrs{"id", flowChangeReasonID, "rows", "2", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", c.Reason, "aria-describedby", flowChangeReasonID + "-hint"}).
				OnInput(func(ctx app.Context, e app.Event) {
					_ = c.flow.Env.SetChangeReason(c.flow.q.ID, ctx.JSSrc().Get("value").String())
				}),
			elt("p", attrs{"class", "field-hint muted", "id", flowChangeReasonID + "-hint"}, l10n.T("Kept with the consensus, whose results show it beside the change: a record says when and why it was changed (ISO/IEC 27001 7.5.3). Saved as you type.")),
		),
	)
}
