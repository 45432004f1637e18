package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/app/session"
	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// mxRoleNames lets the workshop call the matrix roles by the
// organisation's own titles ("Head of Automation" for the OT lead). The
// titles head the columns and name roles in problems, Results and the
// report; the role IDs in storage and CSV stay the same.
type mxRoleNames struct {
	app.Compo
	Env *Env
	// Own are the assessment's own titles in RACIRoles order, "" where
	// the role keeps its standard name.
	Own []string

	problem map[assessment.Role]string // a refused title's reason, by role
}

// mxOwnNames lists the own titles of names in RACIRoles order.
func mxOwnNames(names map[assessment.Role]string) []string {
	own := make([]string, len(assessment.RACIRoles))
	for i, r := range assessment.RACIRoles {
		own[i] = names[r]
	}
	return own
}

// Render draws the form, closed unless a title is set.
func (f *mxRoleNames) Render() app.UI {
	set := 0
	rows := make([]app.UI, 0, len(assessment.RACIRoles))
	for i, r := range assessment.RACIRoles {
		own := ""
		if i < len(f.Own) {
			own = f.Own[i]
		}
		if own != "" {
			set++
		}
		id := "mx-rn-" + string(r)
		hint := ""
		if r == assessment.RoleIntegrator {
			hint = l10n.T("An outside party: consulted or informed only.")
		}
		prob := f.problem[r]
		a := attrs{"type", "text", "id", id, "value", own, "placeholder", assessment.RoleLabel(r), "maxlength", "60", "autocomplete", "off"}
		if prob != "" {
			a = append(a, "aria-invalid", "true", "aria-describedby", id+"-err")
		}
		rows = append(rows, el("tr", nil,
			el("th", attrs{"scope", "row"}, el("label", attrs{"for", id}, txt(assessment.RoleLabel(r)))),
			el("td", nil,
				elv("input", a).OnChange(func(ctx app.Context, e app.Event) { f.rename(r, ctx.JSSrc().Get("value").String()) }),
				app.If(prob != "", func() app.UI { return elt("p", attrs{"class", "field-error", "id", id + "-err"}, prob) }),
				app.If(hint != "", func() app.UI { return elt("p", attrs{"class", "muted mx-rn-hint"}, hint) }),
			),
		))
	}
	summary := l10n.T("Role titles: the standard names")
	if set > 0 {
		summary = l10n.N(set, "Role titles: %d role renamed", "Role titles: %d roles renamed")
	}
	return el("details", attrs{"class", "mx-roles", "id", "mx-roles"},
		elt("summary", nil, summary),
		elt("p", nil, l10n.T("Call each role what the organisation calls it, so that the workshop recognises its people in the columns. "+
			"Leave a field empty to keep the standard name.")),
		el("table", attrs{"class", "mx-rn-table"},
			colHeads(l10n.T("Role"), l10n.T("Title in this organisation")),
			el("tbody", nil, rows...),
		),
	)
}

// rename sets role r's title, or shows why it cannot be.
func (f *mxRoleNames) rename(r assessment.Role, name string) {
	err := f.Env.SetRoleName(r, name)
	var bad *session.RoleNameError
	switch {
	case errors.As(err, &bad):
		if f.problem == nil {
			f.problem = map[assessment.Role]string{}
		}
		f.problem[r] = l10n.F("Not saved: %s.", bad.Text)
		f.Env.Dismiss() // the message stands next to the field
	case err == nil:
		delete(f.problem, r)
	}
}
