package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
)

// consensusItem is one question of a consensus assessment whose answer
// was agreed in the session or differs from a respondent's.
type consensusItem struct {
	q      assessment.Question
	answer assessment.Rating
	ag     assessment.Agreement
}

// consensusItems lists the agreements of a, in bank order.
func consensusItems(a assessment.Assessment) []consensusItem {
	var out []consensusItem
	for _, q := range assessment.Questions() {
		ag, ok := a.Consensus[q.ID]
		if !ok || !ag.Agreed && len(ag.Dissent) == 0 {
			continue
		}
		out = append(out, consensusItem{q: q, answer: a.Answers[q.ID].Rating, ag: ag})
	}
	return out
}

// renderConsensus shows, for a consensus assessment, how each answer was
// reached and who answered otherwise, so that no dissent is lost in the
// agreed figure. It renders nothing for a respondent's own assessment.
// prefix makes the ids unique per page ("results", "report").
func renderConsensus(a assessment.Assessment, prefix string, heading string) app.UI {
	if !a.IsConsensus() {
		return nil
	}
	items := consensusItems(a)
	return el("section", attrs{"class", prefix + "-section consensus", "id", prefix + "-consensus", "aria-labelledby", prefix + "-consensus-title"},
		elt("h2", attrs{"id", prefix + "-consensus-title"}, heading),
		elt("p", attrs{"class", "consensus-lead"}, "This is the consensus of the respondents of one site and round, agreed in a facilitated session. "+
			"Where a respondent answered otherwise, their answer stays visible here: the agreed figure does not erase it."),
		app.If(len(items) == 0, func() app.UI {
			return elt("p", attrs{"class", "muted"}, "Every respondent gave the same answers, so there is no dissent to show.")
		}).Else(func() app.UI {
			return el("ul", attrs{"class", "consensus-list"},
				app.Range(items).Slice(func(i int) app.UI {
					it := items[i]
					how := "Not settled in the session: the lowest answer given counts until the group agrees."
					if it.ag.Agreed {
						how = "Agreed in the session."
					}
					return el("li", attrs{"class", "consensus-item", "id", prefix + "-consensus-" + it.q.ID},
						el("p", attrs{"class", "consensus-q"},
							elt("span", attrs{"class", "cmp-qid"}, it.q.ID),
							txt(" "+it.q.Text),
						),
						el("p", attrs{"class", "consensus-answer"},
							elt("strong", nil, "Consensus: "+cmpRatingLong(it.answer)+". "),
							txt(how),
						),
						app.If(it.ag.Rationale != "", func() app.UI {
							return elt("p", attrs{"class", "consensus-why"}, "Rationale: "+it.ag.Rationale)
						}),
						app.If(len(it.ag.Dissent) > 0, func() app.UI {
							return el("ul", attrs{"class", "consensus-dissent"},
								app.Range(it.ag.Dissent).Slice(func(j int) app.UI {
									d := it.ag.Dissent[j]
									return elt("li", nil, "Dissent \u2013 "+d.Label()+": "+cmpRatingLong(d.Rating))
								}),
							)
						}),
					)
				}),
			)
		}),
	)
}
