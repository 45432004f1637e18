package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// holdersWithin lists the roles whose holder respondents of one site name
// differently in their role registers. The page shows it only when there
// are some: most comparisons have none, and a section saying so would
// only lengthen the page.
func (c *CompareView) holdersWithin() app.UI {
	s := c.set
	list := s.HolderDisagreements
	return el("section", attrs{"class", "cmp-section", "id", "holders-within", "aria-labelledby", "cmp-holders-title"},
		elt("h2", attrs{"id", "cmp-holders-title"}, l10n.T("Role register: where respondents of one site name different holders")),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("Settle who holds each of these roles before the roles document is issued. "+
			"Respondents who named nobody are not counted.")),
		el("div", attrs{"class", "cmp-table-wrap"},
			el("table", attrs{"class", "cmp-list-table"},
				elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Roles whose holder respondents of one site name differently")),
				colHeads(l10n.T("Role"), l10n.T("Site"), l10n.T("Holder, as each respondent named it")),
				el("tbody", nil,
					app.Range(list).Slice(func(i int) app.UI {
						d := list[i]
						site := s.Sites[d.Site]
						return el("tr", attrs{"class", "cmp-holder"},
							elt("th", attrs{"scope", "row"}, assessment.RoleLabel(d.Role)),
							elt("td", attrs{"class", "cmp-list-site"}, cmpSiteRound(site)),
							el("td", nil, el("ul", attrs{"class", "cmp-views"},
								app.Range(d.Views).Slice(func(j int) app.UI {
									v := d.Views[j]
									return el("li", nil,
										elt("span", attrs{"class", "cmp-view-who"}, site.Respondents[v.Respondent].Label()+": "),
										elt("strong", nil, v.Name),
									)
								}),
							)),
						)
					}),
				),
			),
		),
	)
}
