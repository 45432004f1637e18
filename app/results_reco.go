package app

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// recoView is the recommendation as the results and the report show it:
// a single model or a tie, the reasons under the model they support, one
// line on each model left out, and the inputs still open.
type recoView struct {
	Tie      bool
	None     bool   // nothing points to any model yet (a three-way tie at 0)
	Headline string // "Federated", or "Federated and Executive-led" for a tie
	Points   int    // the highest score
	Decide   string // with a tie: what would decide it
	Caveat   string // assessment.Recommendation.Caveat
	Groups   []recoGroup
	WhyNot   []string
	Open     []driverLink // profile fields and questions not filled in yet
	// InUse opens the block when the profile records the model the
	// organisation runs (assessment.Recommendation.InUseText); "" when it
	// records none.
	InUse string
	// Working names the model in use when the answers show it working
	// (assessment.Recommendation.InUseWorks) and another model leads on
	// points: the summary then shows the model in use, not a change
	// nobody calls for. "" otherwise.
	Working string
}

// recoGroup is one model and the reasons that gave it points.
type recoGroup struct {
	ID, Name string
	Points   int
	Lead     bool // recommended or tied
	Reasons  []recoReason
}

type recoReason struct {
	Text    string
	Points  int
	Drivers []driverLink
}

// driverLink is a profile field (with its value) or an answer that drove
// a reason, linked to where it is recorded.
type driverLink struct{ Label, Href string }

// deriveReco puts rec into words for a, with links from qHref.
func deriveReco(a assessment.Assessment, rec assessment.Recommendation, qHref func(string) string) recoView {
	profHref := Route{ID: a.ID, View: ViewProfile}.Fragment()
	field := func(key string) driverLink {
		f, ok := assessment.ProfileFieldByKey(key)
		if !ok {
			return driverLink{Label: key, Href: profHref}
		}
		return driverLink{Label: f.Label + ": " + f.Display(&a.Profile), Href: profHref}
	}
	question := func(id string) driverLink {
		return driverLink{Label: id + ": " + answerWords(a.Answers[id].Rating), Href: qHref(id)}
	}

	v := recoView{Tie: rec.IsTie(), Points: rec.Scores[rec.Model], Decide: rec.Decide, Caveat: rec.Caveat,
		InUse: rec.InUseText(a.Profile.OwnershipModel)}
	v.None = v.Points == 0
	names := map[string]string{}
	for _, m := range assessment.Models() {
		names[m.ID] = m.Name
	}
	v.Headline = names[rec.Model]
	if v.Tie {
		tied := make([]string, len(rec.Tied))
		for i, id := range rec.Tied {
			tied[i] = names[id]
		}
		v.Headline = listText(tied)
	}
	if v.None {
		v.Headline = l10n.T("No model stands out yet")
	}
	lead := func(id string) bool { return id == rec.Model || slices.Contains(rec.Tied, id) }
	if inUse := a.Profile.OwnershipModel; len(rec.InUseWorks) > 0 && !lead(inUse) {
		v.Working = names[inUse]
	}
	// The leading model(s) first, then the others by score, each in the
	// order of Models.
	var order []string
	for _, m := range assessment.Models() {
		if lead(m.ID) {
			order = append(order, m.ID)
		}
	}
	for p := v.Points; p > 0; p-- {
		for _, m := range assessment.Models() {
			if !lead(m.ID) && rec.Scores[m.ID] == p {
				order = append(order, m.ID)
			}
		}
	}
	for _, id := range order {
		g := recoGroup{ID: id, Name: names[id], Points: rec.Scores[id], Lead: lead(id)}
		for _, r := range rec.For(id) {
			rr := recoReason{Text: r.Text, Points: r.Points[id]}
			for _, f := range r.Fields {
				rr.Drivers = append(rr.Drivers, field(f))
			}
			for _, q := range r.Questions {
				rr.Drivers = append(rr.Drivers, question(q))
			}
			g.Reasons = append(g.Reasons, rr)
		}
		if len(g.Reasons) > 0 {
			v.Groups = append(v.Groups, g)
		}
	}
	for _, m := range assessment.Models() {
		if line, ok := rec.WhyNot[m.ID]; ok {
			v.WhyNot = append(v.WhyNot, line)
		}
	}
	for _, f := range rec.OpenFields {
		v.Open = append(v.Open, driverLink{Label: assessment.ProfileLabel(f), Href: profHref})
	}
	for _, q := range rec.OpenQuestions {
		v.Open = append(v.Open, driverLink{Label: l10n.F("question %s", q), Href: qHref(q)})
	}
	return v
}

// answerWords is an answer as a finding or a reason cites it: the level
// with its number, or what was said instead.
func answerWords(r assessment.Rating) string {
	if l, ok := r.Level(); ok {
		return l10n.F("level %d, %s", l, r.Label())
	}
	if r == assessment.RatingNone {
		return l10n.T("not answered")
	}
	return r.Label()
}

// renderModelCards is the comparison of the three models, one card each,
// titled h3: under the results section's h2, or under the report annex's.
func renderModelCards(d *resultData) app.UI {
	return elh("div", attrs{"class", "model-compare"}, app.Range(d.models).Slice(func(i int) app.UI {
		return renderModelCard(&d.models[i], true)
	}))
}

// renderModel shows the recommendation: where the profile records the
// model in use, how the answers stand to it; the model, or the tie and
// what would decide it; the reasons under the model they support, with the
// profile fields and answers behind them; one line on each model left
// out. withCompare adds the comparison of the three models behind a
// closed disclosure (the results page); the report prints it as an annex
// of its own (renderModelCards), where it does not lengthen the main part.
func renderModel(d *resultData, withCompare bool) app.UI {
	v := &d.reco
	return el("div", attrs{"class", "model"},
		el("div", attrs{"class", "model-reco"},
			app.If(v.InUse != "", func() app.UI {
				return elt("p", attrs{"class", "model-in-use", "id", "model-in-use"}, v.InUse)
			}),
			app.If(v.None, func() app.UI {
				return el("div", nil,
					el("p", attrs{"class", "model-reco-name"},
						elt("strong", attrs{"id", "recommended-model"}, v.Headline),
					),
					el("p", attrs{"class", "model-decide", "id", "model-decide"},
						elt("strong", nil, l10n.T("What would decide it: ")),
						txt(v.Decide),
					),
				)
			}).ElseIf(v.Tie, func() app.UI {
				return el("div", nil,
					el("p", attrs{"class", "model-reco-name"},
						elt("span", attrs{"class", "muted"}, l10n.T("Tie: ")),
						elt("strong", attrs{"id", "recommended-model"}, v.Headline),
						txt(l10n.N(v.Points, " (%d point each)", " (%d points each)")),
					),
					el("p", attrs{"class", "model-decide", "id", "model-decide"},
						elt("strong", nil, l10n.T("What would decide it: ")),
						txt(v.Decide),
					),
				)
			}).Else(func() app.UI {
				return el("div", nil,
					el("p", attrs{"class", "model-reco-name"},
						elt("span", attrs{"class", "muted"}, recLabel(v)),
						elt("strong", attrs{"id", "recommended-model"}, v.Headline),
						txt(" ("+assessment.PointsText(v.Points)+")"),
					),
					// Beside a model in use that works, the model with the
					// most points is a comparison, not advice: its
					// description stays in the comparison of the three.
					app.If(v.Working == "", func() app.UI { return elt("p", nil, d.recModel.Summary) }),
					app.If(v.Caveat != "", func() app.UI {
						return elt("p", attrs{"class", "model-caveat", "id", "model-caveat"}, v.Caveat)
					}),
				)
			}),
			app.Range(v.Groups).Slice(func(i int) app.UI {
				g := &v.Groups[i]
				return el("div", attrs{"class", "model-reasons-group", "id", "model-reasons-" + g.ID},
					elt("h3", nil, l10n.F("For %s (%s)", g.Name, assessment.PointsText(g.Points))),
					el("ul", attrs{"class", "model-reasons"}, app.Range(g.Reasons).Slice(func(j int) app.UI {
						r := &g.Reasons[j]
						return el("li", nil,
							txt(r.Text+" (+"+strconv.Itoa(r.Points)+")"),
							app.If(len(r.Drivers) > 0, func() app.UI {
								return el("span", attrs{"class", "model-drivers"},
									elt("span", attrs{"class", "refs-label"}, l10n.T(" From ")),
									app.Range(r.Drivers).Slice(func(k int) app.UI {
										return el("span", attrs{"class", "ref"}, elt("a", attrs{"href", r.Drivers[k].Href}, r.Drivers[k].Label))
									}),
								)
							}),
						)
					})),
				)
			}),
			app.If(len(v.WhyNot) > 0, func() app.UI {
				title := l10n.T("Why not the others")
				switch {
				case v.Working != "":
					// Nothing was chosen against the model in use.
					title = l10n.T("The other models")
				case len(v.WhyNot) == 1:
					title = l10n.T("Why not the other model")
				}
				return el("div", attrs{"class", "model-why-not", "id", "model-why-not"},
					elt("h3", nil, title),
					el("ul", nil, app.Range(v.WhyNot).Slice(func(i int) app.UI { return elt("li", nil, v.WhyNot[i]) })),
				)
			}),
			app.If(len(v.Open) > 0, func() app.UI {
				return el("p", attrs{"class", "model-open muted", "id", "model-open"},
					txt(l10n.T("Not recorded yet, and able to change the recommendation: ")),
					app.Range(v.Open).Slice(func(i int) app.UI {
						return el("span", attrs{"class", "ref"}, elt("a", attrs{"href", v.Open[i].Href}, v.Open[i].Label))
					}),
				)
			}),
		),
		app.If(withCompare, func() app.UI {
			return el("details", attrs{"class", "model-compare-details", "id", modelCompareID},
				elt("summary", nil, l10n.T("Compare the three models")),
				renderModelCards(d),
			)
		}),
	)
}

// listText joins names as a sentence lists them: "A", "A and B",
// "A, B and C".
func listText(names []string) string {
	switch n := len(names); n {
	case 0:
		return ""
	case 1:
		return names[0]
	default:
		return l10n.F("%s and %s", strings.Join(names[:n-1], ", "), names[n-1])
	}
}

// recLabel leads the model with the most points: "Recommended", unless
// the model in use works (Working), when the points only compare the
// models on the profile's structure.
func recLabel(v *recoView) string {
	if v.Working != "" {
		return l10n.T("Highest on the profile's structure: ")
	}
	return l10n.T("Recommended: ")
}
