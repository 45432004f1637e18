package app

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// cmpRounds is what the facilitator records in Compare to build the
// consensus of a site and round: the agreed answer and its rationale per
// disagreement, keyed by compare.Site.Key and question ID, and the
// consensus assessments stored from them.
type cmpRounds struct {
	decisions map[string]map[string]assessment.Decision
	// rows holds the agreed matrix rows, keyed by compare.Site.Key and
	// matrix row.
	rows  map[string]map[assessment.CellKey]assessment.RowDecision
	built map[string]builtConsensus // by compare.Site.Key
	// sessions holds the session the facilitator records with each
	// consensus, by compare.Site.Key. It starts empty: the tool proposes
	// nothing as a fact (see sessionForm).
	sessions map[string]assessment.Session
}

func (r *cmpRounds) setSession(key string, fn func(s *assessment.Session)) {
	if r.sessions == nil {
		r.sessions = map[string]assessment.Session{}
	}
	s := r.sessions[key]
	fn(&s)
	r.sessions[key] = s
}

// cmpConsensusFrom are the assessments a site's consensus is built from:
// its respondents' own, in order.
func cmpConsensusFrom(site compare.Site) []assessment.Assessment {
	var from []assessment.Assessment
	for _, r := range site.Respondents {
		if !r.A.IsConsensus() {
			from = append(from, r.A)
		}
	}
	return from
}

// builtConsensus is a round's consensus as the view names it; unsettled
// stands for several consensus assessments none of which the user has
// chosen yet (compare.Site.ConsensusUnsettled).
type builtConsensus struct {
	id, name  string
	unsettled bool
}

// consensusOf returns the consensus of site's round: the one stored from
// this view, else one of its assessments, with its ID only when it is
// stored in this browser (one read from a file has no results to open).
func (r *cmpRounds) consensusOf(site compare.Site) (builtConsensus, bool) {
	if b := r.built[site.Key]; b.id != "" {
		return b, true
	}
	if site.ConsensusUnsettled {
		return builtConsensus{unsettled: true}, true
	}
	resp, ok := site.Consensus()
	if !ok {
		return builtConsensus{}, false
	}
	b := builtConsensus{name: assessment.DisplayName(resp.A.Name)}
	if resp.Source == compare.SourceStored {
		b.id = resp.A.ID
	}
	return b, true
}

func (r *cmpRounds) decision(site, q string) assessment.Decision {
	return r.decisions[site][q]
}

func (r *cmpRounds) set(site, q string, fn func(d *assessment.Decision)) {
	if r.decisions == nil {
		r.decisions = map[string]map[string]assessment.Decision{}
	}
	if r.decisions[site] == nil {
		r.decisions[site] = map[string]assessment.Decision{}
	}
	d := r.decisions[site][q]
	fn(&d)
	r.decisions[site][q] = d
}

func (r *cmpRounds) rowDecision(site string, k assessment.CellKey) assessment.RowDecision {
	return r.rows[site][k]
}

func (r *cmpRounds) setRow(site string, k assessment.CellKey, fn func(d *assessment.RowDecision)) {
	if r.rows == nil {
		r.rows = map[string]map[assessment.CellKey]assessment.RowDecision{}
	}
	if r.rows[site] == nil {
		r.rows[site] = map[assessment.CellKey]assessment.RowDecision{}
	}
	d := r.rows[site][k]
	fn(&d)
	r.rows[site][k] = d
}

// cmpSummaryText counts what is compared: "5 assessments from 2 sites",
// and the rounds when a site has more than one.
func cmpSummaryText(s *compare.Set) string {
	sites := s.SiteCount()
	// The count of sites takes the count of assessments: German declines
	// "Standorten" after "aus", so the two are not one phrase each.
	text := fmt.Sprintf(l10n.N(sites, "%%s from %d site", "%%s from %d sites"), l10n.N(s.Assessments(), "%d assessment", "%d assessments"))
	if len(s.Sites) > sites {
		text += l10n.F(", %d rounds in all", len(s.Sites))
	}
	return text + "."
}

// cmpSiteRound names a site and its round: "Plant A · 2026-03-10".
func cmpSiteRound(site compare.Site) string {
	if site.Round == "" {
		return site.Name
	}
	return site.Name + " \u00b7 " + site.Round
}

// cmpRoundTag is the round under a site's name in the heat map.
func cmpRoundTag(site compare.Site) app.UI {
	if site.Round == "" {
		return nil
	}
	return elt("span", attrs{"class", "cmp-site-round"}, l10n.F("Round: %s", site.Round))
}

// --- trends ------------------------------------------------------------------

// trends shows, for each site assessed in several rounds, what changed from
// one round to the next: the score per area as a chart and a table, and
// the findings closed and opened.
func (c *CompareView) trends() app.UI {
	s := c.set
	if len(s.Trends) == 0 {
		return nil
	}
	return el("section", attrs{"class", "cmp-section", "id", "trends", "aria-labelledby", "cmp-trend-title"},
		elt("h2", attrs{"id", "cmp-trend-title"}, l10n.T("Rounds over time")),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("Sites assessed in more than one round: each later round set against the one before, "+
			"when their respondents share at least one role. The scores are then those of the shared roles, and a round with a consensus is scored "+
			"on its respondents' own assessments, as a consensus does not keep each role's own answers; its findings are the consensus's, "+
			"and the respondents' own answers show only whether a finding was looked at again. "+
			"A change between such rounds is progress or decline, not a disagreement; respondents are compared only within their own round. "+
			"A finding counts as closed only when each role whose answers raised it answered again in the later round and no longer raises it.")),
		app.Range(s.Trends).Slice(func(i int) app.UI {
			t := s.Trends[i]
			return el("div", attrs{"class", "cmp-trend", "id", "trend-" + strconv.Itoa(i)},
				app.Range(t.Steps).Slice(func(j int) app.UI { return c.trendStep(i, j, t.Steps[j]) }),
			)
		}),
	)
}

func (c *CompareView) trendStep(i, j int, st compare.TrendStep) app.UI {
	s := c.set
	from, to := s.Sites[st.From], s.Sites[st.To]
	fromName, toName := cmpRoundName(from), cmpRoundName(to)
	bars := make([]TrendBar, 0, len(s.Areas)+1)
	fs, ts := st.FromScores, st.ToScores
	bars = append(bars, TrendBar{Label: l10n.T("Overall"), From: fs.Overall.Score, HasFrom: fs.Overall.HasScore, To: ts.Overall.Score, HasTo: ts.Overall.HasScore})
	for k, a := range s.Areas {
		bars = append(bars, TrendBar{Label: a.Title, From: fs.Areas[k].Score, HasFrom: fs.Areas[k].HasScore, To: ts.Areas[k].Score, HasTo: ts.Areas[k].HasScore})
	}
	for k := range bars {
		bars[k].NotComparable = st.Unlike != compare.LikeRounds
	}
	id := fmt.Sprintf("trend-%d-%d", i, j)
	title := l10n.F("%s: %s, then %s", from.Name, fromName, toName)
	return el("div", attrs{"class", "cmp-trend-step"},
		elt("h3", attrs{"class", "cmp-trend-head"}, title),
		app.If(st.Unlike != compare.LikeRounds, func() app.UI {
			return el("div", attrs{"class", "cmp-trend-unlike", "role", "note"},
				elt("p", nil, l10n.F("Not comparable, as %s. Both rounds’ scores are shown, but no change is counted, "+
					"no finding counts as closed and no action as no longer needed.", st.UnlikeText())),
				elt("p", attrs{"class", "muted"}, fromName+": "+cmpRoundBasis(from)+". "+toName+": "+cmpRoundBasis(to)+"."),
			)
		}),
		cmpTrendNotes(st, fromName, toName),
		el("figure", attrs{"class", "chart-figure"},
			TrendChart(id+"-chart", l10n.F("Score per area, %s", title), bars),
			elt("figcaption", attrs{"class", "muted"}, l10n.F("Hollow marker: %s. Filled marker: %s. Score out of 100.", fromName, toName)),
		),
		elh("details", attrs{"class", "area-table-details"},
			elt("summary", nil, l10n.T("Show the change as a table")),
			el("table", attrs{"class", "cmp-list-table cmp-trend-table"},
				colHeads(l10n.T("Area"), fromName, toName, l10n.T("Change")),
				el("tbody", nil, app.Range(bars).Slice(func(k int) app.UI {
					b := bars[k]
					cell := func(v float64, ok bool) string {
						if !ok {
							return "\u2013"
						}
						return wholeText(v)
					}
					change := "\u2013"
					switch {
					case st.Unlike != compare.LikeRounds:
						change = l10n.T("not comparable")
					case b.HasFrom && b.HasTo:
						change = signedText(b.To - b.From)
					}
					return el("tr", nil,
						elt("th", attrs{"scope", "row"}, b.Label),
						elt("td", nil, cell(b.From, b.HasFrom)),
						elt("td", nil, cell(b.To, b.HasTo)),
						elt("td", nil, change),
					)
				})),
			),
		),
		el("div", attrs{"class", "cmp-trend-flags"},
			cmpFindingList(id+"-closed", l10n.F("Findings closed since %s", fromName), st.Closed, l10n.T("None closed.")),
			app.If(len(st.NotReassessed) > 0, func() app.UI {
				return cmpFindingList(id+"-unchecked", l10n.F("No longer raised in %s, but not re-assessed", toName), st.NotReassessed, "")
			}),
			app.If(st.Unlike == compare.LikeRounds, func() app.UI {
				return cmpFindingList(id+"-opened", l10n.F("Findings new since %s", fromName), st.Opened, l10n.T("None new."))
			}).Else(func() app.UI {
				return cmpFindingList(id+"-opened", l10n.F("Raised in %s, not in %s: not necessarily new, as the rounds are not comparable", toName, fromName), st.Opened, l10n.T("None."))
			}),
			app.If(st.Unlike == compare.LikeRounds, func() app.UI {
				return cmpRepeatList(id+"-persisting", l10n.F("Still raised in %s, as in %s", toName, fromName), s, st, fromName, toName)
			}).Else(func() app.UI {
				return cmpRepeatList(id+"-persisting", l10n.F("Raised in %s and in %s, which are not comparable: not necessarily a repeat", fromName, toName), s, st, fromName, toName)
			}),
			app.If(len(st.Overruled) > 0, func() app.UI {
				return cmpFindingList(id+"-overruled", l10n.F("Raised in %s in a respondent's own answers, overruled by its consensus (its results give the rationale)", toName), st.Overruled, "")
			}),
			app.If(len(st.NewRoleRaised) > 0, func() app.UI {
				return cmpFindingList(id+"-newrole", l10n.F("Raised in %s only by roles that did not answer in %s (%s): not necessarily new", toName, fromName, compare.RoleList(st.NewRoles)), st.NewRoleRaised, "")
			}),
		),
		cmpTrendActions(id+"-actions", st.Actions, fromName, toName),
	)
}

// cmpTrendActions shows what became of the actions open or in progress
// in the earlier round: the count sentence, then the actions marked done;
// the others, which can be many, folded away.
func cmpTrendActions(id string, ap compare.ActionProgress, fromName, toName string) app.UI {
	rest := len(ap.Resolved) + len(ap.Pending) + len(ap.NotReassessed) + len(ap.Gone)
	return el("div", attrs{"class", "cmp-trend-actions", "id", id},
		elt("h4", nil, l10n.F("Actions since %s", fromName)),
		elt("p", attrs{"class", "cmp-trend-actions-count"}, cmpActionsSentence(ap, fromName, toName)),
		app.If(ap.Open > 0, func() app.UI {
			return elt("p", attrs{"class", "cmp-note"}, l10n.F("An action counts as done only when the plan of %s marks it done: "+
				"the consensus plan when the round has one, else every respondent's plan that holds it. "+
				"An action the team added counts only under the same number and the same task text.", toName))
		}),
		app.If(cmpUnproven(ap) > 0, func() app.UI {
			return elt("p", attrs{"class", "cmp-note", "id", id + "-unproven"}, l10n.F("An action marked done while the answers of %s show no rise in its question's level is reported, not borne out: "+
				"verify the evidence of the work; if it achieved its aim, correct the rating with that evidence; if not, reopen the action. "+
				"ISO/IEC 27001 6.1.1 e) 2) has the organisation plan how it evaluates the effectiveness of its actions, and 10.2 d) asks for a review of the effectiveness of corrective action.", toName))
		}),
		cmpActionList(id+"-done", l10n.T("Marked done"), ap.Done, fromName, toName),
		app.If(rest > 0, func() app.UI {
			return elh("details", attrs{"class", "cmp-trend-rest"},
				elt("summary", nil, l10n.T("Show the actions not marked done")),
				cmpActionList(id+"-resolved", l10n.T("No longer needed: the answer now reaches level 3"), ap.Resolved, fromName, toName),
				cmpActionList(id+"-pending", l10n.T("Still open or in progress"), ap.Pending, fromName, toName),
				cmpActionList(id+"-unchecked", l10n.F("Not re-assessed in %s", toName), ap.NotReassessed, fromName, toName),
				cmpActionList(id+"-gone", l10n.F("Not in the plan of %s (dropped or not applicable)", toName), ap.Gone, fromName, toName),
			)
		}),
	)
}

// cmpActionsSentence counts the actions of ActionProgress so that the
// parts add up to the actions that were open.
func cmpActionsSentence(ap compare.ActionProgress, fromName, toName string) string {
	if ap.Open == 0 {
		return l10n.F("No action was open or in progress in the plan of %s, so there is none to follow up.", fromName)
	}
	type part struct {
		n    int
		text string
	}
	var parts []part
	for _, p := range []part{
		{len(ap.Done), cmpDoneText(ap, toName)},
		{len(ap.Resolved), l10n.T("no longer needed because the answer now reaches level 3")},
		{len(ap.Pending), l10n.T("still open or in progress")},
		{len(ap.NotReassessed), l10n.F("not re-assessed in %s (its question unrated there, or the rounds not comparable), so not counted as done", toName)},
		{len(ap.Gone), l10n.F("not in the plan of %s (dropped or not applicable), so not counted as done", toName)},
	} {
		if p.n > 0 {
			parts = append(parts, p)
		}
	}
	if ap.Open == 1 {
		return l10n.F("The one action open or in progress in the plan of %s is %s.", fromName, parts[0].text)
	}
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = strconv.Itoa(p.n) + " " + p.text
	}
	list := texts[0]
	if n := len(texts); n > 1 {
		list = strings.Join(texts[:n-1], "; ") + l10n.T("; and ") + texts[n-1]
	}
	return l10n.F("Of the %d actions open or in progress in the plan of %s: %s.", ap.Open, fromName, list)
}

// cmpUnproven counts the actions marked done whose question's level the
// later round's answers show no rise in (compare.Shown.Unproven).
func cmpUnproven(ap compare.ActionProgress) int {
	n := 0
	for _, a := range ap.Done {
		if a.Shown.Unproven() {
			n++
		}
	}
	return n
}

// cmpDoneText is the part of cmpActionsSentence that counts the actions
// marked done, and says how many of them the answers do not bear out.
func cmpDoneText(ap compare.ActionProgress, toName string) string {
	switch n := cmpUnproven(ap); {
	case n == 0:
		return l10n.F("marked done in the plan of %s", toName)
	case n < len(ap.Done):
		return l10n.F("marked done in the plan of %s (%d of them not borne out by the answers, which show no rise in level)", toName, n)
	case n == 1:
		return l10n.F("marked done in the plan of %s, though the answers show no rise in its question's level", toName)
	}
	return l10n.F("marked done in the plan of %s, though the answers show no rise in their questions' levels", toName)
}

// cmpActionList lists actions of ActionProgress; fromName and toName name
// the rounds, in which an action marked done says how far the answers
// bear it out (compare.ActionChange.ShownText).
func cmpActionList(id, title string, acts []compare.ActionChange, fromName, toName string) app.UI {
	if len(acts) == 0 {
		return nil
	}
	return el("div", attrs{"class", "cmp-trend-list", "id", id},
		elt("h5", nil, title),
		el("ul", nil, app.Range(acts).Slice(func(i int) app.UI {
			a := acts[i]
			return el("li", nil,
				elt("span", attrs{"class", "cmp-qid"}, a.ID),
				txt(" "+a.Title+" ("+assessment.RoleLabel(a.Owner)+")"),
				app.If(a.Shown != compare.ShownNone, func() app.UI {
					class := "cmp-trend-level"
					if a.Shown.Unproven() || a.NextStepDone {
						class = "cmp-trend-caveat"
					}
					return elt("span", attrs{"class", class}, " \u2013 "+a.ShownText(l10n.F("in %s", fromName), l10n.F("in %s", toName)))
				}),
			)
		})),
	)
}

// cmpRepeatList lists the findings raised in both rounds of st, each with
// the round since which every round raised it, when earlier than st's,
// the actions on it marked done in the later round, and whether other
// roles raise it in each round.
func cmpRepeatList(id, title string, s *compare.Set, st compare.TrendStep, fromName, toName string) app.UI {
	reps := st.Persisting
	return el("div", attrs{"class", "cmp-trend-list", "id", id},
		elt("h4", nil, title),
		app.If(len(reps) > 0 && st.Unlike == compare.LikeRounds, func() app.UI {
			return elt("p", attrs{"class", "cmp-note"}, l10n.T("A finding raised round after round calls for its cause to be found and removed so that it does not recur "+
				"(ISO/IEC 27001 10.2 b)), and its trend belongs in the management review's inputs (9.3.2 d) 1))."))
		}),
		app.If(slices.ContainsFunc(reps, func(r compare.Repeat) bool { return len(r.Dropped)+len(r.DroppedBefore) > 0 }), func() app.UI {
			return elt("p", attrs{"class", "cmp-note", "id", id + "-undecided"}, l10n.T("Where the action on a repeat finding left the plan, record the decision: "+
				"act on it (ISO/IEC 27001 10.2 a)); or, where the finding is a security risk rather than a requirement of the standard left unmet, "+
				"have the role entitled to accept that risk accept what remains (6.1.3 f))."))
		}),
		app.If(len(reps) == 0, func() app.UI { return elt("p", attrs{"class", "muted"}, l10n.T("None.")) }).
			Else(func() app.UI {
				return el("ul", nil, app.Range(reps).Slice(func(i int) app.UI {
					r := reps[i]
					var notes []string
					if r.Since != st.From {
						notes = append(notes, s.RaisedSince(r.Since, st.To))
					}
					if r.OtherRoles {
						notes = append(notes, l10n.F("raised by other roles in %s than in %s, so not necessarily a repeat", toName, fromName))
					}
					notes = append(notes, r.Notes(l10n.F("in %s", fromName), l10n.F("in %s", toName))...)
					return el("li", nil,
						txt(compare.FindingLabel(r.Finding)),
						app.If(len(notes) > 0, func() app.UI {
							return elt("span", attrs{"class", "cmp-trend-caveat"}, " \u2013 "+strings.Join(notes, "; "))
						}),
					)
				}))
			}),
	)
}

// cmpRoundName names a round in sentences.
func cmpRoundName(site compare.Site) string {
	if site.Round == "" {
		return l10n.T("the round without a date")
	}
	return site.Round
}

// cmpRoundBasis says what a round rests on: its respondents with their
// roles, and whether they reached a consensus.
func cmpRoundBasis(site compare.Site) string {
	names := make([]string, 0, len(site.Respondents))
	consensus := false
	for _, r := range site.Respondents {
		if r.A.IsConsensus() {
			consensus = true
		} else {
			names = append(names, r.Label())
		}
	}
	switch {
	case consensus && len(names) == 0:
		return l10n.T("a consensus agreed in a session, its respondents not in this comparison")
	case consensus:
		return l10n.F("%s, and a consensus stored for the round", strings.Join(names, ", "))
	}
	return strings.Join(names, ", ")
}

// cmpTrendNotes says what a comparable step compares beside its verdict:
// the roles it compares on when the respondents changed, the questions a
// role no longer rates, and profile changes to read the scores with.
func cmpTrendNotes(st compare.TrendStep, fromName, toName string) app.UI {
	var lines []string
	if st.Unlike == compare.LikeRounds && st.OwnAnswers {
		lines = append(lines, l10n.T("Judged on the respondents' own assessments: a consensus does not keep each role's own answers."))
	}
	if st.Unlike == compare.LikeRounds && st.Roles != nil {
		line := l10n.F("Compared on the roles that answered in both rounds: %s.", compare.RoleList(st.Roles))
		if len(st.OnlyFrom) > 0 {
			line += " " + l10n.F("Answered only in %s: %s.", fromName, compare.RoleList(st.OnlyFrom))
		}
		if len(st.OnlyTo) > 0 {
			line += " " + l10n.F("Answered only in %s: %s.", toName, compare.RoleList(st.OnlyTo))
		}
		lines = append(lines, line)
	}
	if st.Unlike == compare.LikeRounds && st.Unrated > 0 {
		lines = append(lines, l10n.N(st.Unrated, "%d question rated in the earlier round is not rated by the same role in the later one: the change of score sets partly different answers against each other.",
			"%d questions rated in the earlier round are not rated by the same role in the later one: the change of score sets partly different answers against each other."))
	}
	if st.Unlike != compare.UnlikeScope && len(st.ProfileChanges) > 0 {
		lines = append(lines, l10n.F("The profile changed between the rounds: %s. The rounds are still compared, as the same questions are asked and the same checks apply; read the change with it.", strings.Join(st.ProfileChanges, "; ")))
	}
	if len(lines) == 0 {
		return nil
	}
	return el("div", attrs{"class", "cmp-trend-notes"}, app.Range(lines).Slice(func(i int) app.UI { return elt("p", attrs{"class", "cmp-note"}, lines[i]) }))
}

func cmpFindingList(id, title string, fs []assessment.Finding, none string) app.UI {
	return el("div", attrs{"class", "cmp-trend-list", "id", id},
		elt("h4", nil, title),
		app.If(len(fs) == 0, func() app.UI { return elt("p", attrs{"class", "muted"}, none) }).
			Else(func() app.UI {
				return el("ul", nil, app.Range(fs).Slice(func(i int) app.UI {
					return elt("li", nil, compare.FindingLabel(fs[i]))
				}))
			}),
	)
}

// --- consensus -----------------------------------------------------------------

// consensusForm lets the facilitator record, for one disagreement, the
// answer the respondents agreed on and why.
func (c *CompareView) consensusForm(d compare.Disagreement) app.UI {
	site := c.set.Sites[d.Site]
	if _, has := c.rounds.consensusOf(site); has {
		return nil
	}
	dec := c.rounds.decision(site.Key, d.Question.ID)
	base := fmt.Sprintf("cmp-agree-%d-%s", d.Site, d.Question.ID)
	return el("div", attrs{"class", "cmp-consensus cmp-controls"},
		el("div", attrs{"class", "cmp-consensus-field"},
			elt("label", attrs{"for", base}, l10n.T("Agreed answer")),
			elh("select", attrs{"id", base},
				elt("option", attrs{"value", "", "selected", strconv.FormatBool(dec.Rating == "")}, l10n.T("Not agreed yet")),
				app.Range(assessment.Ratings).Slice(func(i int) app.UI {
					r := assessment.Ratings[i]
					return elt("option", attrs{"value", string(r), "selected", strconv.FormatBool(dec.Rating == r)}, compare.RatingText(r))
				}),
			).OnChange(func(ctx app.Context, e app.Event) {
				v := assessment.Rating(ctx.JSSrc().Get("value").String())
				c.rounds.set(site.Key, d.Question.ID, func(x *assessment.Decision) { x.Rating = v })
			}, app.EventScope(site.Key, d.Question.ID)),
		),
		el("div", attrs{"class", "cmp-consensus-field cmp-consensus-why"},
			elt("label", attrs{"for", base + "-why"}, l10n.T("Rationale")),
			elh("textarea", attrs{"id", base + "-why", "rows", "2", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", dec.Rationale}).
				OnChange(func(ctx app.Context, e app.Event) {
					v := ctx.JSSrc().Get("value").String()
					c.rounds.set(site.Key, d.Question.ID, func(x *assessment.Decision) { x.Rationale = v })
				}, app.EventScope(site.Key, d.Question.ID)),
		),
	)
}

// cmpRowChoices are the distinct rows the respondents gave for a matrix
// row in dispute, in respondent order, each with who gave it: the agreed
// row is one of them.
func cmpRowChoices(site compare.Site, d compare.RACIDisagreement) (rows []assessment.RACI, who [][]string) {
	for _, v := range d.Views {
		i := slices.IndexFunc(rows, func(r assessment.RACI) bool { return maps.Equal(r, v.Row) })
		if i < 0 {
			i = len(rows)
			rows, who = append(rows, v.Row), append(who, nil)
		}
		who[i] = append(who[i], site.Respondents[v.Respondent].Name)
	}
	return rows, who
}

// rowConsensusForm lets the facilitator record, for one matrix row on
// which respondents of a site differ, the row they agreed on (one of
// those given) and why.
func (c *CompareView) rowConsensusForm(d compare.RACIDisagreement) app.UI {
	site := c.set.Sites[d.Site]
	if _, has := c.rounds.consensusOf(site); has {
		return nil
	}
	rows, who := cmpRowChoices(site, d)
	dec := c.rounds.rowDecision(site.Key, d.Key)
	// The handlers hold the rows offered: a list rebuilt with other rows
	// at this place must bind them afresh.
	letters := make([]string, len(rows))
	for i, r := range rows {
		letters[i] = cmpRowLetters(r)
	}
	scope := app.EventScope(site.Key, d.Key.Control, d.Key.Domain, strings.Join(letters, "|"))
	base := fmt.Sprintf("cmp-agree-row-%d-%s-%s", d.Site, strings.ReplaceAll(d.Key.Control, ".", "-"), d.Key.Domain)
	return el("div", attrs{"class", "cmp-consensus cmp-controls"},
		el("div", attrs{"class", "cmp-consensus-field"},
			elt("label", attrs{"for", base}, l10n.T("Agreed row")),
			elh("select", attrs{"id", base},
				elt("option", attrs{"value", "", "selected", strconv.FormatBool(len(dec.Row) == 0)}, l10n.T("Not agreed yet")),
				app.Range(rows).Slice(func(i int) app.UI {
					return elt("option", attrs{"value", strconv.Itoa(i), "selected", strconv.FormatBool(len(dec.Row) > 0 && maps.Equal(dec.Row, rows[i]))},
						l10n.F("As %s filled it: %s", strings.Join(who[i], l10n.T(" and ")), cmpRowLetters(rows[i])))
				}),
			).OnChange(func(ctx app.Context, e app.Event) {
				var row assessment.RACI
				if i, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil && i >= 0 && i < len(rows) {
					row = maps.Clone(rows[i])
				}
				c.rounds.setRow(site.Key, d.Key, func(x *assessment.RowDecision) { x.Row = row })
			}, scope),
		),
		el("div", attrs{"class", "cmp-consensus-field cmp-consensus-why"},
			elt("label", attrs{"for", base + "-why"}, l10n.T("Rationale")),
			elh("textarea", attrs{"id", base + "-why", "rows", "2", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", dec.Rationale}).
				OnChange(func(ctx app.Context, e app.Event) {
					v := ctx.JSSrc().Get("value").String()
					c.rounds.setRow(site.Key, d.Key, func(x *assessment.RowDecision) { x.Rationale = v })
				}, scope),
		),
	)
}

// consensusSection offers, for each site and round with two or more
// respondents, to build and store its consensus assessment.
// cmpConsensusSites returns the indices of the sites and rounds whose
// consensus can be built: those with two or more respondents' own
// assessments.
func cmpConsensusSites(s *compare.Set) []int {
	var idx []int
	for i, site := range s.Sites {
		if len(cmpConsensusFrom(site)) > 1 {
			idx = append(idx, i)
		}
	}
	return idx
}

func (c *CompareView) consensusSection() app.UI {
	idx := cmpConsensusSites(c.set)
	if len(idx) == 0 {
		return nil
	}
	return el("section", attrs{"class", "cmp-section cmp-controls", "id", "consensus", "aria-labelledby", "cmp-cons-title"},
		elt("h2", attrs{"id", "cmp-cons-title"}, l10n.T("Consensus per site and round")),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("Record the agreed answer or matrix row and its rationale under each disagreement above, then store the consensus: "+
			"a new assessment for the site and round with what was agreed. A question not settled takes the lowest level given, never \u201cnot applicable\u201d; "+
			"a matrix row filled differently and not settled stays empty, to be decided in the matrix. "+
			"Every answer and row that differs from the consensus stays visible in its results, report and CSV.")),
		el("ul", attrs{"class", "cmp-items"}, app.Range(idx).Slice(func(k int) app.UI { return c.consensusRow(idx[k]) })),
	)
}

func (c *CompareView) consensusRow(i int) app.UI {
	site := c.set.Sites[i]
	if b := c.rounds.built[site.Key]; b.id != "" {
		return el("li", attrs{"class", "cmp-item cmp-consensus-row"},
			elt("p", nil, l10n.F("Stored \u201c%s\u201d. ", b.name)),
			elt("a", attrs{"id", "cmp-consensus-open-" + strconv.Itoa(i), "href", Route{ID: b.id, View: ViewResults}.Fragment()}, l10n.T("Open its results")),
		)
	}
	b, has := c.rounds.consensusOf(site)
	if has && b.unsettled {
		return el("li", attrs{"class", "cmp-item cmp-consensus-row", "id", "cmp-consensus-unsettled-" + strconv.Itoa(i)},
			elt("p", nil, cmpSiteRound(site)+": "+l10n.T("this round holds more than one consensus: choose above the one that counts before recording anything more for it.")),
		)
	}
	if has {
		// A round has one consensus: a second would stand beside the
		// first, and the trend and heat map would follow only one.
		return el("li", attrs{"class", "cmp-item cmp-consensus-row", "id", "cmp-consensus-exists-" + strconv.Itoa(i)},
			elt("p", nil, cmpSiteRound(site)+": "+l10n.F("this round already has a consensus, \u201c%s\u201d, in this comparison. A round has one consensus: to record the session again, delete that one first; a change to it is marked in its results as made after it was stored.", b.name)),
			app.If(b.id != "", func() app.UI {
				return elt("a", attrs{"id", "cmp-consensus-open-" + strconv.Itoa(i), "href", Route{ID: b.id, View: ViewResults}.Fragment()}, l10n.T("Open its results"))
			}),
		)
	}
	missing := c.rounds.missingRationale(c.set, i)
	sp := cmpCheckSession(site, c.rounds.sessions[site.Key], c.today())
	button := attrs{"type", "button", "id", "cmp-build-consensus-" + strconv.Itoa(i)}
	switch {
	case len(missing) > 0:
		button = append(button, "disabled", "true", "aria-describedby", "cmp-consensus-missing-"+strconv.Itoa(i))
	case !sp.ok():
		button = append(button, "disabled", "true", "aria-describedby", "cmp-session-missing-"+strconv.Itoa(i))
	}
	return el("li", attrs{"class", "cmp-item cmp-consensus-row"},
		elt("p", attrs{"id", "cmp-consensus-count-" + strconv.Itoa(i)}, cmpConsensusCount(c.set, i, &c.rounds)),
		c.sessionForm(i, sp),
		app.If(len(missing) > 0, func() app.UI {
			return elt("p", attrs{"class", "cmp-consensus-missing", "id", "cmp-consensus-missing-" + strconv.Itoa(i)},
				l10n.F("Give the rationale of each agreed answer and row before storing the consensus: an agreement without its reason is no evidence. Missing for: %s.", strings.Join(missing, ", ")))
		}),
		app.If(!sp.ok(), func() app.UI {
			return elt("p", attrs{"class", "cmp-consensus-missing", "id", "cmp-session-missing-" + strconv.Itoa(i)}, sp.sentence())
		}),
		elh("button", button, txt(l10n.T("Store the consensus assessment"))).
			OnClick(func(ctx app.Context, e app.Event) { c.buildConsensus(site) }, app.EventScope(site.Key)),
	)
}

// sessionForm records the session in which site i reached its
// consensus: its date, who led it and who took part, stored with the
// consensus as evidence of when and by whom it was agreed. The fields
// start empty and the consensus waits for all three: what the tool could
// guess (today, the respondents) is not what happened, so the
// respondents are offered only as a suggestion the facilitator takes
// with a click and then corrects.
func (c *CompareView) sessionForm(i int, sp cmpSessionCheck) app.UI {
	site := c.set.Sites[i]
	s := c.rounds.sessions[site.Key]
	id := func(f string) string { return "cmp-session-" + f + "-" + strconv.Itoa(i) }
	dateInput := elv("input", attrs{"type", "date", "id", id("date"), "value", s.Date, "max", c.today()}).OnChange(func(ctx app.Context, e app.Event) {
		src := ctx.JSSrc()
		v := src.Get("value").String()
		if src.Get("validity").Get("badInput").Bool() {
			v = cmpBadDate // a date the browser could not read: keep it refused, not empty
		}
		c.rounds.setSession(site.Key, func(s *assessment.Session) { s.Date = v })
	}, app.EventScope(site.Key))
	if sp.dateErr != "" {
		dateInput = dateInput.Aria("invalid", "true").Aria("describedby", id("date-error"))
	}
	suggested := assessment.SessionParticipants(cmpConsensusFrom(site))
	return el("fieldset", attrs{"class", "cmp-session"},
		elt("legend", nil, l10n.T("The session")),
		el("div", attrs{"class", "cmp-session-fields"},
			el("div", attrs{"class", "cmp-consensus-field"},
				elt("label", attrs{"for", id("date")}, l10n.T("Date")),
				dateInput,
				app.If(sp.dateErr != "", func() app.UI {
					return elt("p", attrs{"class", "field-error", "id", id("date-error")}, sp.dateErr)
				}),
			),
			el("div", attrs{"class", "cmp-consensus-field"},
				elt("label", attrs{"for", id("facilitator")}, l10n.T("Facilitator")),
				elv("input", attrs{"type", "text", "id", id("facilitator"), "value", s.Facilitator, "maxlength", strconv.Itoa(assessment.MaxPersonLen), "autocomplete", "off"}).
					OnChange(func(ctx app.Context, e app.Event) {
						v := strings.TrimSpace(ctx.JSSrc().Get("value").String())
						c.rounds.setSession(site.Key, func(s *assessment.Session) { s.Facilitator = v })
					}, app.EventScope(site.Key)),
			),
		),
		el("div", attrs{"class", "cmp-consensus-field cmp-consensus-why"},
			elt("label", attrs{"for", id("participants")}, l10n.T("Participants (names and roles)")),
			elh("textarea", attrs{"id", id("participants"), "rows", "2", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", s.Participants}).
				OnChange(func(ctx app.Context, e app.Event) {
					v := strings.TrimSpace(ctx.JSSrc().Get("value").String())
					c.rounds.setSession(site.Key, func(s *assessment.Session) { s.Participants = v })
				}, app.EventScope(site.Key)),
			app.If(suggested != "" && s.Participants == "", func() app.UI {
				return el("p", attrs{"class", "cmp-session-suggest", "id", id("participants") + "-suggest"},
					txt(l10n.F("Respondents in this comparison: %s. ", suggested)),
					elh("button", attrs{"type", "button", "class", "link-button", "id", id("use-respondents")}, txt(l10n.T("Add them as participants"))).
						OnClick(func(ctx app.Context, e app.Event) {
							c.rounds.setSession(site.Key, func(s *assessment.Session) { s.Participants = suggested })
						}, app.EventScope(site.Key, suggested)),
				)
			}),
		),
		app.If(len(sp.warnings) > 0, func() app.UI {
			return el("ul", attrs{"class", "cmp-session-warnings", "id", id("warnings")},
				app.Range(sp.warnings).Slice(func(k int) app.UI { return elt("li", nil, sp.warnings[k]) }))
		}),
	)
}

// cmpBadDate stands in the form for a date the browser could not read.
const cmpBadDate = "?"

// cmpSessionCheck is what the session form says about a session before
// the consensus is stored: the fields still missing and a date it cannot
// take, which keep the consensus from being stored, and warnings an
// auditor would raise, which do not.
type cmpSessionCheck struct {
	missing  []string // field names, in form order
	dateErr  string
	tooLong  string
	warnings []string
}

func (sp cmpSessionCheck) ok() bool {
	return len(sp.missing) == 0 && sp.dateErr == "" && sp.tooLong == ""
}

// sentence says why the consensus waits for the session.
func (sp cmpSessionCheck) sentence() string {
	var parts []string
	if len(sp.missing) > 0 {
		parts = append(parts, l10n.F("Record the session before storing the consensus: its date, facilitator and participants are the evidence of when and by whom it was agreed. Not yet given: %s.", strings.Join(sp.missing, ", ")))
	}
	if sp.dateErr != "" {
		parts = append(parts, sp.dateErr)
	}
	if sp.tooLong != "" {
		parts = append(parts, sp.tooLong)
	}
	return strings.Join(parts, " ")
}

// cmpCheckSession checks the session s of site's consensus on today.
func cmpCheckSession(site compare.Site, s assessment.Session, today string) cmpSessionCheck {
	var sp cmpSessionCheck
	for _, f := range []struct{ v, name string }{{s.Date, l10n.T("date")}, {s.Facilitator, l10n.T("facilitator")}, {s.Participants, l10n.T("participants")}} {
		if strings.TrimSpace(f.v) == "" {
			sp.missing = append(sp.missing, f.name)
		}
	}
	if s.Date != "" {
		if _, err := time.Parse(time.DateOnly, s.Date); err != nil {
			sp.dateErr = l10n.T("Enter the day of the session as a date.")
		} else if s.Date > today {
			sp.dateErr = l10n.F("The session cannot be later than today (%s).", humanDate(today))
		}
	}
	if n := utf8.RuneCountInString(s.Participants); n > assessment.MaxTextLen {
		sp.tooLong = l10n.F("The participant list is %d characters long; at most %d fit: shorten it.", n, assessment.MaxTextLen)
	}
	// The group agrees on answers already given: a session dated before
	// the round's last assessment is a date to check.
	from := cmpConsensusFrom(site)
	last := ""
	for _, a := range from {
		last = max(last, a.Profile.Date)
	}
	if sp.dateErr == "" && s.Date != "" && s.Date < last {
		sp.warnings = append(sp.warnings, l10n.F("The session is dated before the last assessment of this round (%s): check the date.", humanDate(last)))
	}
	if key := assessment.PersonKey(s.Facilitator); key != "" {
		for _, a := range from {
			if assessment.PersonKey(a.Profile.Respondent) == key {
				sp.warnings = append(sp.warnings, l10n.F("%s is also a respondent of this round: an auditor will ask whether their own answers were the ones agreed.", s.Facilitator))
				break
			}
		}
	}
	return sp
}

// today is the current date, YYYY-MM-DD, as the session's default.
func (c *CompareView) today() string { return c.Env.Now().Format("2006-01-02") }

// missingRationale lists the questions and matrix rows of site i that
// have an agreed answer or row but no rationale. A decision recorded
// without its reason is no evidence of how the group reached it (ISO/IEC
// 27001 9.1: evaluation results kept as evidence), so the consensus is
// not stored until each has one.
func (r *cmpRounds) missingRationale(s *compare.Set, i int) []string {
	key := s.Sites[i].Key
	var out []string
	for _, list := range [][]compare.Disagreement{s.Disagreements, s.Minor} {
		for _, d := range list {
			if dec := r.decision(key, d.Question.ID); d.Site == i && dec.Rating != "" && strings.TrimSpace(dec.Rationale) == "" {
				out = append(out, d.Question.ID)
			}
		}
	}
	for _, d := range s.RACIDisagreements {
		if dec := r.rowDecision(key, d.Key); d.Site == i && len(dec.Row) > 0 && strings.TrimSpace(dec.Rationale) == "" {
			out = append(out, "A."+d.Key.Control+" ("+assessment.DomainLabel(d.Key.Domain)+")")
		}
	}
	return out
}

// cmpConsensusCount says how far the facilitator got for site i: how
// many of its disagreements on questions have an agreed answer and, when
// its respondents differ on matrix rows, how many of those rows have an
// agreed row.
func cmpConsensusCount(s *compare.Set, i int, r *cmpRounds) string {
	site := s.Sites[i]
	total, agreed := 0, 0
	for _, d := range s.Disagreements {
		if d.Site == i {
			total++
			if r.decision(site.Key, d.Question.ID).Rating != "" {
				agreed++
			}
		}
	}
	rows, rowsAgreed := 0, 0
	for _, d := range s.RACIDisagreements {
		if d.Site == i {
			rows++
			if len(r.rowDecision(site.Key, d.Key).Row) > 0 {
				rowsAgreed++
			}
		}
	}
	minor, minorAgreed := site.MinorDifferences, 0
	for _, d := range s.Minor {
		if d.Site == i && r.decision(site.Key, d.Question.ID).Rating != "" {
			minorAgreed++
		}
	}
	scope := 0
	for _, d := range s.ProfileDifferences {
		if d.Site == i {
			scope++
		}
	}
	text := cmpSiteRound(site) + ": " + l10n.N(len(site.Respondents), "%d respondent", "%d respondents") + "; "
	switch {
	case total == 0 && rows == 0 && minor == 0 && scope == 0:
		return text + l10n.T("no answer or matrix row differs, so the consensus takes the answers and matrix rows they share.")
	case total == 0:
		text += l10n.T("no question in dispute")
	default:
		text += l10n.F("an agreed answer for %d of %s", agreed, l10n.N(total, "%d question in dispute", "%d questions in dispute"))
	}
	if rows > 0 {
		text += l10n.F(" and an agreed row for %d of %s", rowsAgreed, l10n.N(rows, "%d matrix row in dispute", "%d matrix rows in dispute"))
	}
	text += "."
	if scope > 0 {
		text += " " + l10n.N(scope, "The respondents give %d scope field of the profile differently; the consensus takes the first respondent's profile.",
			"The respondents give %d scope fields of the profile differently; the consensus takes the first respondent's profile.")
	}
	switch {
	case minor > 0 && minorAgreed == minor:
		text += " " + l10n.N(minor, "The %d smaller difference has an agreed answer.", "All %d smaller differences have an agreed answer.")
	case minor > 0 && minorAgreed > 0:
		text += " " + l10n.F("An agreed answer for %d of the %d smaller differences; for the others the consensus takes the lowest answer given, and a level rather than \u201cnot applicable\u201d.", minorAgreed, minor)
	case minor > 0:
		text += " " + l10n.N(minor, "%d more answer differs only by one level, as \u201cnot applicable\u201d against level 0 or 1, or as \u201cunknown\u201d; the consensus takes the lowest answer given there, and a level rather than \u201cnot applicable\u201d, unless the group agrees another under \u201cSmaller differences\u201d above.",
			"%d more answers differ only by one level, as \u201cnot applicable\u201d against level 0 or 1, or as \u201cunknown\u201d; the consensus takes the lowest answer given there, and a level rather than \u201cnot applicable\u201d, unless the group agrees another under \u201cSmaller differences\u201d above.")
	}
	return text
}

// buildConsensus builds and stores the consensus of one site and round.
func (c *CompareView) buildConsensus(site compare.Site) {
	s := c.rounds.sessions[site.Key]
	if i := slices.IndexFunc(c.set.Sites, func(s compare.Site) bool { return s.Key == site.Key }); i < 0 || len(c.rounds.missingRationale(c.set, i)) > 0 ||
		!cmpCheckSession(site, s, c.today()).ok() {
		return // the button is disabled and says why
	}
	a := assessment.BuildConsensusWith(c.Env.NewID(), c.Env.Now(), cmpConsensusFrom(site), c.rounds.decisions[site.Key], c.rounds.rows[site.Key])
	a.Session = &s
	if err := c.Env.SaveConsensus(a); err != nil {
		return
	}
	if c.rounds.built == nil {
		c.rounds.built = map[string]builtConsensus{}
	}
	c.rounds.built[site.Key] = builtConsensus{id: a.ID, name: assessment.DisplayName(a.Name)}
}
