package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// NewRespondent starts a blank assessment for another respondent of the
// site and round of assessment id (see session.Session.NewRespondent)
// and opens its profile, where the respondent is asked for.
func (e *Env) NewRespondent(ctx app.Context, id string) {
	if nid, err := e.Session.NewRespondent(id); err == nil {
		e.goKeep(ctx, Route{ID: nid, View: ViewProfile})
	}
}

// newRespondentButton is Home's "New respondent" action, beside
// Duplicate: Duplicate copies the answers, this copies only the profile.
func (h *Home) newRespondentButton(id, name string) app.UI {
	return elh("button", attrs{"type", "button", "class", "btn-sm secondary", "id", "new-respondent-" + id,
		"title", l10n.T("A blank assessment for another respondent of the same site and round")},
		txt(l10n.T("New respondent")), elt("span", attrs{"class", "visually-hidden"}, l10n.F(" for the site of %s", name))).
		OnClick(func(ctx app.Context, e app.Event) { h.Env.NewRespondent(ctx, id) }, app.EventScope(id))
}

// sanitisedExportButton is Home's "Export without names" action: the CSV
// without person names, notes and free text, for sharing outside the team.
func (h *Home) sanitisedExportButton(id, name string) app.UI {
	return elh("button", attrs{"type", "button", "class", "btn-sm secondary", "id", "export-clean-" + id,
		"title", l10n.T("The CSV without person names, notes and other free text, for sharing outside the assessment team")},
		txt(l10n.T("Export without names")), elt("span", attrs{"class", "visually-hidden"}, l10n.F(" and notes, of %s", name))).
		OnClick(func(ctx app.Context, e app.Event) { _ = h.Env.ExportSanitised(id) }, app.EventScope(id))
}
