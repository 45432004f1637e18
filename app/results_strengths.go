package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// strengthsShown is how many strengths are given in full; the others
// are named by question. A mature site can have dozens at level 4, and a
// report that spells each out buries its findings.
const strengthsShown = 5

// strengthsOf is what the results and the report say is in place: the
// answers at level 4 in the order assessment.Strengths gives them, each
// with the state its question describes for this profile and the note
// given; and how many answers at level 3 or 4 carry a note
// (assessment.HighAnswers).
func strengthsOf(a assessment.Assessment, qHref func(string) string) (out []qLink, high, noted int) {
	for _, s := range assessment.Strengths(a) {
		// Every one is at level 4, which the block's heading says: no
		// answer words per line.
		out = append(out, qLink{ID: s.Question.ID, Href: qHref(s.Question.ID), Text: s.Question.GoodFor(a.Profile),
			Note: strings.TrimSpace(s.Note)})
	}
	high, noted = assessment.HighAnswers(a)
	return out, high, noted
}

// renderStrengths lists what is in place and reviewed, then says how
// much of the good news rests on the respondent's word. A report that
// names only gaps tells a mature site nothing about what to keep, and
// an auditor reading a self-assessment needs to know what is still to
// be seen. Nothing is drawn when no answer is at level 3 or above.
func renderStrengths(d *resultData, id string) app.UI {
	return app.If(d.high > 0, func() app.UI { return strengthsBlock(d, id) })
}

// strengthsBlock is renderStrengths' content.
func strengthsBlock(d *resultData, id string) app.UI {
	return el("div", attrs{"class", "strengths", "id", id},
		elt("h3", nil, l10n.T("In place and reviewed")),
		app.If(len(d.strengths) > 0, func() app.UI {
			return el("div", nil,
				elt("p", attrs{"class", "muted"}, l10n.T("The answers at level 4, reviewed and improved: practices to keep, and to show an auditor. The weightiest are given with the state their question describes.")),
				el("ul", attrs{"class", "finding-questions"}, app.Range(d.strengths[:min(strengthsShown, len(d.strengths))]).Slice(func(j int) app.UI {
					q := &d.strengths[j]
					return el("li", nil,
						elt("a", attrs{"href", q.Href}, q.ID+" "+q.Text),
						app.If(q.Note != "", func() app.UI {
							return elt("span", attrs{"class", "finding-note"}, l10n.F(" Note: \u201c%s\u201d", q.Note))
						}),
					)
				})),
				app.If(len(d.strengths) > strengthsShown, func() app.UI {
					more := d.strengths[strengthsShown:]
					return el("p", attrs{"class", "model-open strengths-more"},
						txt(l10n.F("%d more at level 4: ", len(more))),
						app.Range(more).Slice(func(j int) app.UI {
							return el("span", attrs{"class", "ref"}, elt("a", attrs{"href", more[j].Href}, more[j].ID))
						}),
					)
				}),
			)
		}).Else(func() app.UI {
			return elt("p", attrs{"class", "muted"}, l10n.T("No answer is at level 4 (reviewed and improved) yet."))
		}),
		elt("p", attrs{"class", "strengths-evidence"}, evidenceText(d.high, d.noted, d.consensus)),
		// Every tension has an answer at level 3 or 4, so it always
		// stands in this block: the good news it qualifies is here.
		app.If(len(d.tensions) > 0, func() app.UI {
			return el("div", attrs{"class", "tensions", "id", id + "-tensions"},
				elt("h3", nil, l10n.T("Answers that do not fit together")),
				elt("p", attrs{"class", "muted"}, l10n.T("In each pair the higher answer is hard to reconcile with the lower one. Check both against the evidence with the respondent before the higher is relied on.")),
				el("ul", attrs{"class", "finding-questions"}, app.Range(d.tensions).Slice(func(j int) app.UI {
					return elt("li", nil, d.tensions[j])
				})),
			)
		}),
	)
}

// evidenceText says how many of the high answers carry a note, and what
// the others rest on: one respondent's word, or for a consensus the
// respondents' word (the session's agreement or the lowest of their
// answers), which an audit has not seen either.
func evidenceText(high, noted int, consensus bool) string {
	switch {
	case noted == high:
		return l10n.N(high, "%d answer at level 3 or 4 carries a note.", "All %d answers at level 3 or 4 carry a note.")
	case noted == 0 && consensus:
		return l10n.N(high, "%d answer at level 3 or 4 carries no note: it rests on the respondents' word until an audit sees the evidence (ISO/IEC 27001 9.2).",
			"None of the %d answers at level 3 or 4 carries a note: they rest on the respondents' word until an audit sees the evidence (ISO/IEC 27001 9.2).")
	case noted == 0:
		return l10n.N(high, "%d answer at level 3 or 4 carries no note: it rests on the respondent's word until an audit sees the evidence (ISO/IEC 27001 9.2).",
			"None of the %d answers at level 3 or 4 carries a note: they rest on the respondent's word until an audit sees the evidence (ISO/IEC 27001 9.2).")
	case consensus:
		return l10n.F("%d of the %d answers at level 3 or 4 carry a note; an answer without one rests on the respondents' word until an audit sees the evidence (ISO/IEC 27001 9.2).", noted, high)
	}
	return l10n.F("%d of the %d answers at level 3 or 4 carry a note; an answer without one rests on the respondent's word until an audit sees the evidence (ISO/IEC 27001 9.2).", noted, high)
}
