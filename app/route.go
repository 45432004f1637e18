package app

import (
	"net/url"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// View names a screen. Views live in the URL fragment, never in the path:
// opened from file://, the path is the file's own and must not change.
type View string

// The screens of the tool.
const (
	ViewHome      View = "home"
	ViewProfile   View = "profile"
	ViewQuestions View = "questions"
	ViewMatrix    View = "matrix"
	// ViewRoles is the role register and the risk-acceptance authority
	// table.
	ViewRoles   View = "roles"
	ViewResults View = "results"
	ViewReport  View = "report"
	ViewCompare View = "compare"
)

// assessmentViews are the views that show one open assessment, in tab order.
var assessmentViews = []View{ViewProfile, ViewQuestions, ViewMatrix, ViewRoles, ViewResults, ViewReport}

// ofAssessment reports whether v shows one open assessment (the others are
// the list and the comparison).
func (v View) ofAssessment() bool { return v != ViewHome && v != ViewCompare && v != "" }

// viewLabel is the name of view v, as its tab shows it, in the page's
// language.
func viewLabel(v View) string {
	switch v {
	case ViewHome:
		return l10n.T("Assessments")
	case ViewProfile:
		return l10n.T("Profile")
	case ViewQuestions:
		return l10n.T("Questions")
	case ViewMatrix:
		return l10n.T("Ownership matrix")
	case ViewRoles:
		return l10n.T("Roles & authority")
	case ViewResults:
		return l10n.T("Results")
	case ViewReport:
		return l10n.T("Report")
	case ViewCompare:
		return l10n.T("Compare")
	}
	return string(v)
}

// Route is what the fragment says: "#/" (home), "#/compare",
// "#/<id>/<view>", "#/<id>/questions/<question id>" or
// "#/<id>/matrix/<control>" (one control's rows in every domain).
type Route struct {
	ID       string
	View     View
	Question string
	// Control is the Annex A control shown on its own in the matrix view,
	// "" for the list of every control.
	Control string
}

// ParseRoute reads a URL fragment (with or without the leading "#").
// Anything it does not understand is the home screen: a stale or mistyped
// fragment must never leave the user on a blank page.
func ParseRoute(fragment string) Route {
	f := strings.Trim(strings.TrimPrefix(fragment, "#"), "/")
	if f == "" || f == string(ViewHome) {
		return Route{View: ViewHome}
	}
	if f == string(ViewCompare) {
		return Route{View: ViewCompare}
	}
	parts := strings.Split(f, "/")
	id, err := url.PathUnescape(parts[0])
	if err != nil || !assessment.ValidID(id) {
		return Route{View: ViewHome}
	}
	r := Route{ID: id, View: ViewProfile}
	if len(parts) > 1 {
		v := View(parts[1])
		known := false
		for _, av := range assessmentViews {
			known = known || v == av
		}
		if !known {
			return r
		}
		r.View = v
	}
	if r.View == ViewQuestions && len(parts) > 2 {
		r.Question = parts[2]
	}
	if r.View == ViewMatrix && len(parts) > 2 {
		if _, ok := assessment.ControlByID(parts[2]); ok {
			r.Control = parts[2]
		}
	}
	return r
}

// Fragment is the inverse of ParseRoute, with the leading "#".
func (r Route) Fragment() string {
	switch {
	case r.View == ViewCompare:
		return "#/compare"
	case r.ID == "" || r.View == ViewHome:
		return "#/"
	case r.View == ViewQuestions && r.Question != "":
		return "#/" + url.PathEscape(r.ID) + "/questions/" + url.PathEscape(r.Question)
	case r.View == ViewMatrix && r.Control != "":
		return "#/" + url.PathEscape(r.ID) + "/matrix/" + url.PathEscape(r.Control)
	}
	return "#/" + url.PathEscape(r.ID) + "/" + string(r.View)
}
