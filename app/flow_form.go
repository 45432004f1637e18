package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// The form controls of the question flow live in two small components that
// go-app mounts afresh whenever Flow loads another answer (their CompoID is
// the question and the load count). Within one load they are rendered from
// the loaded answer only, so a render never writes to a control the user is
// editing.
//
// Why: the program runs until idle inside every JavaScript event callback,
// so a render queued by one keystroke or arrow key can land in the middle of
// the browser's handling of the next one. Writing the first value back then
// drops the second: a typed character vanishes, or an arrow key moves the
// focus without checking the radio. Mounting fresh controls per answer also
// sidesteps go-app dropping empty value attributes, which would leave the
// previous question's note in the field.

// flowChoices is the group of rating radios.
type flowChoices struct {
	app.Compo
	Key    string
	Rating assessment.Rating // as loaded

	flow *Flow
}

// CompoID makes go-app mount new radios for each loaded answer.
func (c *flowChoices) CompoID() string { return c.Key }

// Render draws the seven large choices.
func (c *flowChoices) Render() app.UI {
	return app.Div().Class("choices").Body(
		app.Range(assessment.Ratings).Slice(func(i int) app.UI { return c.choice(assessment.Ratings[i]) }),
	)
}

func (c *flowChoices) choice(r assessment.Rating) app.UI {
	id := "rating-" + string(r)
	level, cls := string(r), "choice"
	switch r {
	case assessment.RatingNotApplicable:
		level, cls = "N/A", "choice choice-aside"
	case assessment.RatingUnknown:
		level, cls = "?", "choice choice-aside"
	}
	return app.Div().Class(cls).Body(
		app.Input().Type("radio").Class("choice-input").ID(id).Name("rating").
			Value(string(r)).Checked(c.Rating == r).
			// change fires only on the radio that became checked.
			OnChange(func(ctx app.Context, e app.Event) { c.flow.choose(ctx, r) }),
		app.Label().Class("choice-label").For(id).Body(
			app.Span().Class("choice-level").Aria("hidden", "true").Text(level),
			app.Span().Class("choice-text").Body(
				app.Span().Class("choice-name").Body(
					app.If(len(r) == 1, func() app.UI {
						return app.Span().Class("visually-hidden").Text("Level " + string(r) + ": ")
					}),
					app.Text(r.Label()),
				),
				app.Span().Class("choice-meaning").Text(ratingMeaning[r]),
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
}

// CompoID makes go-app mount new fields for each loaded answer.
func (u *flowFollowUp) CompoID() string { return u.Key }

// Render draws the fields.
func (u *flowFollowUp) Render() app.UI {
	return app.FieldSet().Class("flow-followup").Body(
		app.Legend().Text("Notes and follow-up"),
		app.Div().Class("field field-note").Body(
			app.Label().For(flowNoteID).Text("Notes and evidence"),
			app.Textarea().ID(flowNoteID).Rows(4).MaxLength(assessment.MaxTextLen).
				Attr("value", u.Note).
				Aria("describedby", flowNoteID+"-hint").
				OnInput(func(ctx app.Context, e app.Event) {
					u.flow.setNote(ctx, ctx.JSSrc().Get("value").String())
				}),
			app.P().Class("field-hint muted").ID(flowNoteID+"-hint").Text("What was said, who said it, and the evidence seen or still to ask for. Saved as you type."),
		),
		app.Div().Class("field-row").Body(
			app.Div().Class("field").Body(
				app.Label().For(flowOwnerID).Text("Follow-up owner"),
				app.Select().ID(flowOwnerID).
					OnChange(func(ctx app.Context, e app.Event) {
						u.flow.setOwner(ctx, ctx.JSSrc().Get("value").String())
					}).
					Body(
						app.Option().Value("").Selected(u.Owner == "").Text("\u2014 (not set)"),
						app.Range(assessment.RACIRoles).Slice(func(i int) app.UI {
							r := assessment.RACIRoles[i]
							return app.Option().Value(string(r)).Selected(u.Owner == r).Text(assessment.RoleLabel(r))
						}),
					),
			),
			app.Div().Class("field").Body(
				app.Label().For(flowTargetID).Text("Target date"),
				u.date(),
				app.If(u.DateErr != "", func() app.UI {
					return app.P().Class("field-error").ID(flowTargetID + "-error").Text(u.DateErr)
				}),
			),
		),
	)
}

func (u *flowFollowUp) date() app.UI {
	in := app.Input().Type("date").ID(flowTargetID).
		Min("2000-01-01").Max("2100-12-31").
		Value(u.Target).
		Aria("invalid", strconv.FormatBool(u.DateErr != ""))
	if u.DateErr != "" {
		in = in.Aria("describedby", flowTargetID+"-error")
	}
	h := func(ctx app.Context, e app.Event) {
		src := ctx.JSSrc()
		u.flow.setTarget(ctx, src.Get("value").String(), src.Get("validity").Get("badInput").Bool())
	}
	return in.OnChange(h).OnBlur(h)
}
