package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// cmpPlan is one respondent's action plan in counts, for the comparison:
// how far each site has got with its plan.
type cmpPlan struct {
	Site, Respondent            string
	Open, InProgress, Done, All int
}

// cmpPlans counts the action plan of every respondent of s, in site
// order.
func cmpPlans(s *compare.Set) []cmpPlan {
	var out []cmpPlan
	for _, site := range s.Sites {
		for _, r := range site.Respondents {
			open, doing, done, all := assessment.PlanCounts(r.A)
			out = append(out, cmpPlan{Site: site.Name, Respondent: r.Label(), Open: open, InProgress: doing, Done: done, All: all})
		}
	}
	return out
}

// planCounts is the comparison's table of action plans: per assessment,
// its actions open, in progress and done.
func (c *CompareView) planCounts() app.UI {
	if len(c.plans) == 0 {
		return nil
	}
	return el("section", attrs{"class", "cmp-section", "aria-labelledby", "cmp-plans-title"},
		elt("h2", attrs{"id", "cmp-plans-title"}, l10n.T("Action plans")),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("Each assessment's action plan as its assessor keeps it: actions generated from weak answers and added by hand, less those dropped.")),
		el("div", attrs{"class", "cmp-table-wrap"},
			el("table", attrs{"class", "data-table cmp-plans", "id", "cmp-plans"},
				elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Action plan progress by assessment")),
				numHeads(l10n.T("Site and respondent"), l10n.T("Actions"), l10n.T("Open"), l10n.T("In progress"), l10n.T("Done")),
				el("tbody", nil, app.Range(c.plans).Slice(func(i int) app.UI {
					p := c.plans[i]
					return el("tr", nil,
						elt("th", attrs{"scope", "row"}, p.Site+" \u00b7 "+p.Respondent),
						elt("td", attrs{"class", "num"}, strconv.Itoa(p.All)),
						elt("td", attrs{"class", "num"}, strconv.Itoa(p.Open)),
						elt("td", attrs{"class", "num"}, strconv.Itoa(p.InProgress)),
						elt("td", attrs{"class", "num"}, strconv.Itoa(p.Done)),
					)
				})),
			),
		),
	)
}
