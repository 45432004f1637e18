package app

import (
	"errors"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// actionViewOf is act as the results and the report show it; rank is its
// place in the plan, found the assessment's findings (for those the action
// addresses).
func actionViewOf(a assessment.Assessment, act assessment.Action, rank int, found []assessment.Finding, titles map[string]string, qHref func(string) string) actionView {
	v := actionView{
		ID: act.ID, Question: act.Question,
		Title: act.Title, Detail: act.Detail, Downtime: act.Downtime, Generated: act.Generated,
		Area: titles[act.Area], Owner: a.RoleName(act.Owner), Function: act.Owner, Person: act.Person, Target: act.Target,
		Priority: act.Priority, Rank: rank,
		Status: act.Status, Effort: act.Effort, QuickWin: act.QuickWin, Added: act.Added,
		OrderNote: act.OrderNote(), FirstStep: act.FirstStep,
	}
	v.OwnerChecks = a.OwnerChecks(act)
	if act.Question != "" {
		v.Href = qHref(act.Question)
	}
	for _, f := range assessment.HelpsClose(found, act.Question) {
		v.Addresses = append(v.Addresses, f.Line())
	}
	v.BandClass = priorityClass(act.Priority)
	v.Gap, v.GapClass = gapTag(act.Gap)
	return v
}

// ownerCheckLines are the checks on an action's owner
// (assessment.Assessment.OwnerChecks), one tag element each: short, under
// the owner in a table cell, where two checks read better on two lines
// than run together; or in full, in the action's card.
func ownerCheckLines(tag string, checks []assessment.OwnerCheck, full bool) app.UI {
	return app.Range(checks).Slice(func(i int) app.UI {
		if full {
			return elt(tag, attrs{"class", "owner-check"}, checks[i].Full)
		}
		return elt(tag, attrs{"class", "owner-check"}, checks[i].Short)
	})
}

// droppedViews are the generated actions a's consultant dropped, for the
// plan to offer them back.
func droppedViews(a assessment.Assessment) []actionView {
	ids := session.DroppedActions(a)
	if len(ids) == 0 {
		return nil
	}
	out := make([]actionView, 0, len(ids))
	for _, id := range ids {
		out = append(out, actionView{ID: id, Question: id, Title: assessment.GeneratedTask(id)})
		if t := a.Plan[id].Text; t != "" {
			out[len(out)-1].Title = t
		}
	}
	return out
}

// actionFunctions are the functions an action can be routed to, in the
// matrix's order: every matrix role but the outside integrator, who can
// do work but not own it.
var actionFunctions = func() []assessment.Role {
	var out []assessment.Role
	for _, r := range assessment.RACIRoles {
		if r != assessment.RoleIntegrator {
			out = append(out, r)
		}
	}
	return out
}()

// actionPlan is the editable action plan of the Results page: each action
// with its status, owning function, named owner and due date, its text
// editable, and a form to add one. Every change is saved through the
// session (SetAction and friends) as it is made; a value the record
// cannot hold stays in the field, with the reason next to it.
type actionPlan struct {
	app.Compo
	Env     *Env
	A       assessment.Assessment
	Actions []actionView
	Dropped []actionView
	Limit   int // how many actions to list; 0 for all
	// Unasked is the number of findings no answer raised (on the matrix,
	// the role register or the authority table): they have no action
	// here, and the plan says where their first steps are.
	Unasked int

	problems map[string]string // a refused value's reason, by action ID and field ("GOV-01/due")
	editing  string            // the action whose text is open for editing
	addText  string            // the new action's text as typed
	addFn    assessment.Role   // the new action's function
	ctx      app.Context       // the plan's own context, once mounted (see later)
	mounted  bool
}

// OnMount keeps the plan's context: a deferred call made from an event's
// context is skipped when the element the event fired on is gone by
// then, as the Edit and Drop buttons are once their press is rendered.
func (p *actionPlan) OnMount(ctx app.Context) { p.ctx, p.mounted = ctx, true }

// focusLater moves the focus to the element with id once the coming
// render is done.
func (p *actionPlan) focusLater(ctx app.Context, id string) {
	if p.mounted {
		ctx = p.ctx
	}
	ctx.Defer(func(app.Context) { focusID(id) })
}

// IDs of the plan's elements, for tests and focus.
const (
	actionAddTextID = "action-add-text"
	actionAddFnID   = "action-add-function"
	actionAddID     = "action-add"
)

func actionFieldID(id, field string) string { return "action-" + id + "-" + field }

// Render draws the summary line, the actions, the dropped ones and the
// form to add one.
func (p *actionPlan) Render() app.UI {
	rows := p.Actions
	if p.Limit > 0 && len(rows) > p.Limit {
		rows = rows[:p.Limit]
	}
	return el("div", attrs{"class", "action-plan"},
		p.renderSummary(),
		app.If(p.Unasked > 0, func() app.UI {
			return elt("p", attrs{"class", "muted", "id", "action-unasked"}, l10n.N(p.Unasked,
				"%d finding comes from the profile, the ownership matrix, the role register or the authority table, not from an answer: its first step is under Findings above, and the action-plan workbook lists it.",
				"%d findings come from the profile, the ownership matrix, the role register or the authority table, not from an answer: their first steps are under Findings above, and the action-plan workbook lists them."))
		}),
		app.If(len(p.Actions) == 0, func() app.UI {
			return elt("p", attrs{"class", "empty-state"}, l10n.T("No actions yet. Every answer below level 3 (Implemented), and every \u201cUnknown\u201d, becomes an action here; you can also add your own below."))
		}),
		app.If(len(rows) > 0, func() app.UI {
			return el("ol", attrs{"class", "action-list", "id", resultsActionsID},
				app.Range(rows).Slice(func(i int) app.UI { return p.renderAction(&rows[i]) }),
			)
		}),
		p.renderDropped(),
		p.renderAdd(),
	)
}

// renderSummary counts the plan by status and names the quick wins.
func (p *actionPlan) renderSummary() app.UI {
	if len(p.Actions) == 0 {
		return nil
	}
	open, doing, done, quick := 0, 0, 0, 0
	for i := range p.Actions {
		switch p.Actions[i].Status {
		case assessment.StatusDone:
			done++
		case assessment.StatusInProgress:
			doing++
		default:
			open++
		}
		if p.Actions[i].QuickWin && p.Actions[i].Status != assessment.StatusDone {
			quick++
		}
	}
	text := l10n.F("%s: %d open, %d in progress, %d done.", l10n.N(len(p.Actions), "%d action", "%d actions"), open, doing, done)
	if quick > 0 {
		text += " " + l10n.N(quick, "%d quick win (high value, small effort, no downtime, waiting for no other action) still to do.", "%d quick wins (high value, small effort, no downtime, waiting for no other action) still to do.")
	}
	return el("div", attrs{"class", "action-summary"},
		elt("p", attrs{"id", "action-counts"}, text),
		elt("p", attrs{"class", "muted"}, l10n.T(planOrder)+" "+l10n.T("Each action aims at the next realistic level. Changes are saved as you make them.")),
	)
}

// renderAction is one action: its heading line, the task, where it
// stands and what it aims at, plant constraints, and its fields.
func (p *actionPlan) renderAction(a *actionView) app.UI {
	cls := "action-item"
	if a.Status == assessment.StatusDone {
		cls += " action-done"
	}
	titleID := actionFieldID(a.ID, "title")
	return el("li", attrs{"class", cls, "id", "action-" + a.ID, "aria-labelledby", titleID},
		el("div", attrs{"class", "action-meta"},
			gapBadge(a.Gap, a.GapClass),
			app.If(a.BandClass != "", func() app.UI {
				return elt("span", attrs{"class", a.BandClass}, l10n.F("Priority %d", a.Priority))
			}),
			app.If(a.QuickWin, func() app.UI { return elt("span", attrs{"class", "badge badge-ok action-quick"}, l10n.T("Quick win")) }),
			app.If(a.Effort != "", func() app.UI {
				return elt("span", attrs{"class", "badge action-effort"}, effortText(a.Effort))
			}),
			app.If(a.Question != "", func() app.UI {
				return el("span", attrs{"class", "action-source"}, txt(a.Area+" \u00b7 "), elt("a", attrs{"href", a.Href}, l10n.F("question %s", a.Question)))
			}).Else(func() app.UI { return elt("span", attrs{"class", "action-source"}, l10n.T("Added by hand")) }),
		),
		p.renderText(a, titleID),
		eltIf("p", "action-order", a.OrderNote),
		app.If(a.Detail != "", func() app.UI { return elt("p", attrs{"class", "action-detail"}, a.Detail) }),
		app.If(len(a.Addresses) > 0, func() app.UI {
			return el("p", attrs{"class", "action-addresses"},
				elt("strong", nil, l10n.T("Findings it helps close: ")), txt(strings.Join(a.Addresses, "; ")),
			)
		}),
		app.If(a.Downtime != "", func() app.UI {
			return el("p", attrs{"class", "action-downtime"},
				clockIcon(), txt(" "), elt("strong", nil, l10n.T("Plant constraints: ")), txt(a.Downtime),
			)
		}),
		ownerCheckLines("p", a.OwnerChecks, true),
		el("div", attrs{"class", "action-fields"},
			p.statusField(a),
			p.functionField(a),
			p.personField(a),
			p.dueField(a),
			el("div", attrs{"class", "field action-drop"},
				elh("button", attrs{"type", "button", "class", "secondary", "id", actionFieldID(a.ID, "drop"), "aria-describedby", titleID}, txt(l10n.T("Drop"))).
					OnClick(func(ctx app.Context, e app.Event) { p.drop(ctx, a.ID) }, app.EventScope(a.ID)),
			),
		),
		p.problem(a.ID, ""),
	)
}

// renderText is the task, or the field editing it.
func (p *actionPlan) renderText(a *actionView, titleID string) app.UI {
	if p.editing != a.ID {
		return el("div", attrs{"class", "action-text"},
			elt("p", attrs{"class", "action-title", "id", titleID}, a.Title),
			elh("button", attrs{"type", "button", "class", "link-button", "id", actionFieldID(a.ID, "edit"), "aria-describedby", titleID}, txt(l10n.T("Edit text"))).
				OnClick(func(ctx app.Context, e app.Event) { p.edit(ctx, a.ID) }, app.EventScope(a.ID)),
		)
	}
	id := actionFieldID(a.ID, "text")
	prob := p.problems[a.ID+"/"+session.ActionFieldText]
	ta := attrs{"id", id, "rows", "3", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", a.Title}
	if prob != "" {
		ta = append(ta, "aria-invalid", "true", "aria-describedby", id+"-err")
	}
	return el("div", attrs{"class", "action-text action-text-edit"},
		elt("p", attrs{"class", "action-title visually-hidden", "id", titleID}, a.Title),
		elt("label", attrs{"for", id}, l10n.T("Action (start with a verb and name what it delivers)")),
		elh("textarea", ta).On("keydown", func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == "Escape" {
				p.cancelEdit(ctx, a.ID)
			}
		}, app.EventScope(a.ID)),
		p.problem(a.ID, session.ActionFieldText),
		el("div", attrs{"class", "action-text-buttons"},
			elh("button", attrs{"type", "button", "id", id + "-save"}, txt(l10n.T("Save text"))).
				OnClick(func(ctx app.Context, e app.Event) { p.saveText(ctx, a.ID, id) }, app.EventScope(a.ID)),
			elh("button", attrs{"type", "button", "class", "secondary", "id", id + "-cancel"}, txt(l10n.T("Cancel"))).
				OnClick(func(ctx app.Context, e app.Event) { p.cancelEdit(ctx, a.ID) }, app.EventScope(a.ID)),
			app.If(!a.Added && a.Title != a.Generated, func() app.UI {
				return elh("button", attrs{"type", "button", "class", "secondary", "id", id + "-reset"}, txt(l10n.T("Use the generated text"))).
					OnClick(func(ctx app.Context, e app.Event) { p.setText(ctx, a.ID, "") }, app.EventScope(a.ID))
			}),
		),
	)
}

func (p *actionPlan) statusField(a *actionView) app.UI {
	opts := make([][2]string, len(assessment.ActionStatuses))
	for i, s := range assessment.ActionStatuses {
		opts[i] = [2]string{string(s), s.Label()}
	}
	return p.choiceField(a.ID, session.ActionFieldStatus, l10n.T("Status"), opts, string(a.Status),
		func(e *assessment.PlanEntry, v string) { e.Status = assessment.ActionStatus(v) })
}

func (p *actionPlan) functionField(a *actionView) app.UI {
	opts := make([][2]string, len(actionFunctions))
	for i, r := range actionFunctions {
		opts[i] = [2]string{string(r), p.A.RoleName(r)}
	}
	return p.choiceField(a.ID, session.ActionFieldFunction, l10n.T("Owning function"), opts, string(a.Function),
		func(e *assessment.PlanEntry, v string) { e.Function = assessment.Role(v) })
}

// choiceField is a labelled select of one field of action id: opts are
// value and text pairs, cur the value chosen, set what a choice changes.
func (p *actionPlan) choiceField(id, field, label string, opts [][2]string, cur string, set func(e *assessment.PlanEntry, v string)) app.UI {
	fid := actionFieldID(id, field)
	options := make([]app.UI, len(opts))
	chosen := ""
	for i, o := range opts {
		options[i] = elt("option", attrs{"value", o[0], "selected", strconv.FormatBool(o[0] == cur)}, o[1])
		if o[0] == cur {
			chosen = o[1]
		}
	}
	return el("div", attrs{"class", "field"},
		elt("label", attrs{"for", fid}, label),
		elh("select", attrs{"id", fid}, options...).OnChange(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			p.change(id, field, func(e *assessment.PlanEntry) { set(e, v) })
		}, app.EventScope(id)),
		// A printed select shows only what fits its width: print shows
		// the choice as text instead, wrapped as long as it is.
		elt("span", attrs{"class", "print-value", "aria-hidden", "true"}, chosen),
		p.problem(id, field),
	)
}

func (p *actionPlan) personField(a *actionView) app.UI {
	id := actionFieldID(a.ID, session.ActionFieldPerson)
	return el("div", attrs{"class", "field"},
		elt("label", attrs{"for", id}, l10n.T("Named owner")),
		p.input(a.ID, session.ActionFieldPerson, attrs{"type", "text", "id", id, "value", a.Person, "maxlength", strconv.Itoa(assessment.MaxNameLen), "autocomplete", "off", "placeholder", l10n.T("Name")}).
			OnChange(func(ctx app.Context, e app.Event) {
				v := ctx.JSSrc().Get("value").String()
				p.change(a.ID, session.ActionFieldPerson, func(e *assessment.PlanEntry) { e.Person = v })
			}, app.EventScope(a.ID)),
		p.problem(a.ID, session.ActionFieldPerson),
	)
}

func (p *actionPlan) dueField(a *actionView) app.UI {
	id := actionFieldID(a.ID, session.ActionFieldDue)
	h := func(ctx app.Context, e app.Event) {
		src := ctx.JSSrc()
		v := src.Get("value").String()
		if msg := targetDateError(v, src.Get("validity").Get("badInput").Bool()); msg != "" {
			p.setProblem(a.ID, session.ActionFieldDue, msg)
			return
		}
		if v == a.Target {
			p.setProblem(a.ID, session.ActionFieldDue, "")
			return
		}
		p.change(a.ID, session.ActionFieldDue, func(e *assessment.PlanEntry) { e.Due = v })
	}
	return el("div", attrs{"class", "field"},
		elt("label", attrs{"for", id}, l10n.T("Due date")),
		// data-date lets print leave an empty date blank: go-app sets
		// the value as a property, which no CSS selector sees.
		p.input(a.ID, session.ActionFieldDue, attrs{"type", "date", "id", id, "value", a.Target, "min", "2000-01-01", "max", "2100-12-31",
			"data-date", dateState(a.Target)}).OnChange(h, app.EventScope(a.ID, a.Target)).OnBlur(h, app.EventScope(a.ID, a.Target)),
		eltIf("div", "first-step", a.FirstStep),
		p.problem(a.ID, session.ActionFieldDue),
	)
}

// input is a text or date input marked invalid, and described by its
// error, when field of action id has a problem.
func (p *actionPlan) input(id, field string, a attrs) app.HTMLElemSelfClosing {
	if p.problems[id+"/"+field] != "" {
		a = append(a, "aria-invalid", "true", "aria-describedby", actionFieldID(id, field)+"-err")
	}
	return elv("input", a)
}

// problem shows why a value of field of action id was not saved.
func (p *actionPlan) problem(id, field string) app.UI {
	msg := p.problems[id+"/"+field]
	if msg == "" {
		return nil
	}
	errID := actionFieldID(id, field) + "-err"
	if field == "" {
		errID = "action-" + id + "-err"
	}
	return elt("p", attrs{"class", "field-error", "id", errID, "role", "alert"}, msg)
}

func (p *actionPlan) setProblem(id, field, msg string) {
	if msg == "" {
		delete(p.problems, id+"/"+field)
		return
	}
	if p.problems == nil {
		p.problems = map[string]string{}
	}
	p.problems[id+"/"+field] = msg
}

// change applies set to action id's entry and saves it, or shows why it
// cannot be saved next to field.
func (p *actionPlan) change(id, field string, set func(*assessment.PlanEntry)) {
	e := p.A.Plan[id]
	set(&e)
	p.save(id, field, p.Env.SetAction(id, e))
}

// save records the outcome of a change to field of action id: the
// reason next to the field when it was refused.
func (p *actionPlan) save(id, field string, err error) bool {
	var bad *session.ActionError
	if errors.As(err, &bad) {
		f := bad.Field
		if f == "" {
			f = field
		}
		p.setProblem(id, f, l10n.F("Not saved: %s", bad.Text))
		return false
	}
	p.setProblem(id, field, "")
	return err == nil
}

// edit opens action id's text for editing, with the focus in it.
func (p *actionPlan) edit(ctx app.Context, id string) {
	p.editing = id
	p.focusLater(ctx, actionFieldID(id, "text"))
}

// cancelEdit closes the text without saving, the focus back on the
// button that opened it.
func (p *actionPlan) cancelEdit(ctx app.Context, id string) {
	p.editing = ""
	p.setProblem(id, session.ActionFieldText, "")
	p.focusLater(ctx, actionFieldID(id, "edit"))
}

// saveText saves the text in the field fieldID as action id's task.
func (p *actionPlan) saveText(ctx app.Context, id, fieldID string) {
	v := ""
	if ta := app.Window().GetElementByID(fieldID); ta.Truthy() {
		v = ta.Get("value").String()
	}
	if strings.TrimSpace(v) == "" {
		p.setProblem(id, session.ActionFieldText, l10n.T("Not saved: describe the action, or use Drop to remove it."))
		return
	}
	p.setText(ctx, id, v)
}

func (p *actionPlan) setText(ctx app.Context, id, text string) {
	e := p.A.Plan[id]
	e.Text = text
	if p.save(id, session.ActionFieldText, p.Env.SetAction(id, e)) {
		p.cancelEdit(ctx, id)
	}
}

// drop takes action id out of the plan, the focus to the field that adds
// one (the action and its button are gone).
func (p *actionPlan) drop(ctx app.Context, id string) {
	if p.save(id, "", p.Env.DropAction(id)) {
		p.focusLater(ctx, actionAddTextID)
	}
}

// renderDropped lists the dropped generated actions, each with a button
// that brings it back.
func (p *actionPlan) renderDropped() app.UI {
	if len(p.Dropped) == 0 {
		return nil
	}
	return el("details", attrs{"class", "action-dropped", "id", "action-dropped"},
		elt("summary", nil, l10n.N(len(p.Dropped), "%d dropped action", "%d dropped actions")),
		el("ul", nil, app.Range(p.Dropped).Slice(func(i int) app.UI {
			d := p.Dropped[i]
			return el("li", nil,
				elt("span", attrs{"id", actionFieldID(d.ID, "dropped")}, d.Question+": "+d.Title),
				txt(" "),
				elh("button", attrs{"type", "button", "class", "secondary", "id", actionFieldID(d.ID, "restore"), "aria-describedby", actionFieldID(d.ID, "dropped")}, txt(l10n.T("Restore"))).
					OnClick(func(ctx app.Context, e app.Event) { p.save(d.ID, "", p.Env.RestoreAction(d.ID)) }),
			)
		})),
	)
}

// renderAdd is the form that adds an action of the assessor's own.
func (p *actionPlan) renderAdd() app.UI {
	prob := p.problems["new/"+session.ActionFieldText]
	ta := attrs{"id", actionAddTextID, "rows", "2", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", p.addText}
	if prob != "" {
		ta = append(ta, "aria-invalid", "true", "aria-describedby", actionAddTextID+"-err")
	}
	fn := p.addFn
	if fn == "" {
		fn = assessment.RoleISMSOwner
	}
	return el("div", attrs{"class", "action-add", "role", "group", "aria-labelledby", "action-add-heading"},
		elt("h3", attrs{"id", "action-add-heading"}, l10n.T("Add an action")),
		el("div", attrs{"class", "field"},
			elt("label", attrs{"for", actionAddTextID}, l10n.T("Action (start with a verb and name what it delivers)")),
			elh("textarea", ta).OnChange(func(ctx app.Context, e app.Event) { p.addText = ctx.JSSrc().Get("value").String() }),
			app.If(prob != "", func() app.UI {
				return elt("p", attrs{"class", "field-error", "id", actionAddTextID + "-err", "role", "alert"}, prob)
			}),
		),
		el("div", attrs{"class", "field-row"},
			el("div", attrs{"class", "field"},
				elt("label", attrs{"for", actionAddFnID}, l10n.T("Owning function")),
				elh("select", attrs{"id", actionAddFnID},
					app.Range(actionFunctions).Slice(func(i int) app.UI {
						r := actionFunctions[i]
						return elt("option", attrs{"value", string(r), "selected", strconv.FormatBool(fn == r)}, p.A.RoleName(r))
					}),
				).OnChange(func(ctx app.Context, e app.Event) { p.addFn = assessment.Role(ctx.JSSrc().Get("value").String()) }),
			),
			el("div", attrs{"class", "field action-add-button"},
				elh("button", attrs{"type", "button", "id", actionAddID}, txt(l10n.T("Add action"))).OnClick(p.add),
			),
		),
	)
}

// add adds the typed action; the text is read from the field, since a
// click can come before the field's change event.
func (p *actionPlan) add(ctx app.Context, e app.Event) {
	if ta := app.Window().GetElementByID(actionAddTextID); ta.Truthy() {
		p.addText = ta.Get("value").String()
	}
	fn := p.addFn
	if fn == "" {
		fn = assessment.RoleISMSOwner
	}
	id, err := p.Env.AddAction(p.addText, fn)
	if !p.save("new", session.ActionFieldText, err) {
		return
	}
	p.addText = ""
	if ta := app.Window().GetElementByID(actionAddTextID); ta.Truthy() {
		ta.Set("value", "")
	}
	p.focusLater(ctx, actionFieldID(id, "edit"))
}

// focusID moves the focus to the element with id, if it is there.
func focusID(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// dateState is a date field's data-date attribute: "empty" or "set".
// (Not "true" or "false", which go-app writes as a bare attribute.)
func dateState(v string) string {
	if v == "" {
		return "empty"
	}
	return "set"
}
