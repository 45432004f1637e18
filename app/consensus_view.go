package app

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
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
		now := a.Answers[q.ID].Rating
		if _, changed := ag.ChangedFrom(now); !ok || !ag.Agreed && len(ag.Dissent) == 0 && !changed {
			continue
		}
		out = append(out, consensusItem{q: q.For(a.Profile), answer: now, ag: ag})
	}
	return out
}

// consensusRowItem is one matrix row of a consensus assessment that was
// agreed in the session or that a respondent filled otherwise.
type consensusRowItem struct {
	k   assessment.CellKey
	ctl assessment.Control
	row assessment.RACI
	ag  assessment.RowAgreement
}

// consensusRowItems lists the matrix agreements of a, in matrix order.
func consensusRowItems(a assessment.Assessment) []consensusRowItem {
	var out []consensusRowItem
	for _, c := range assessment.Controls() {
		for _, d := range assessment.Domains {
			k := assessment.CellKey{Control: c.ID, Domain: d}
			ag, ok := a.RowConsensus[k]
			if _, changed := ag.ChangedFrom(a.Matrix[k]); !ok || !ag.Agreed && len(ag.Dissent) == 0 && !changed {
				continue
			}
			out = append(out, consensusRowItem{k: k, ctl: c, row: a.Matrix[k], ag: ag})
		}
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
	items, rows, who := consensusItems(a), consensusRowItems(a), a.DissentCounts()
	agreed, unsettled := a.ConsensusBasis()
	return el("section", attrs{"class", prefix + "-section consensus", "id", prefix + "-consensus", "aria-labelledby", prefix + "-consensus-title"},
		elt("h2", attrs{"id", prefix + "-consensus-title"}, heading),
		elt("p", attrs{"class", "consensus-lead"}, l10n.T("This is the consensus of the respondents of one site and round: the answers the group agreed in a facilitated session, "+
			"and the lowest answer given where it settled none. Where a respondent answered otherwise, their own answer stays visible here: the consensus does not erase it.")),
		elt("p", attrs{"class", "consensus-session", "id", prefix + "-consensus-session"}, consensusSessionText(a.Session)),
		app.If(agreed+unsettled > 0, func() app.UI {
			// What the figures stand on, where the results page has no
			// summary to say it.
			return elt("p", attrs{"class", "consensus-basis", "id", prefix + "-consensus-basis"},
				l10n.F("Of the answers, %s agreed in the session and %s not settled, where the lowest answer given counts until the group agrees; the rest were given alike by all.",
					l10n.N(agreed, "%d answer", "%d answers"), l10n.N(unsettled, "%d answer", "%d answers")))
		}),
		app.If(len(who) > 0, func() app.UI {
			return elt("p", attrs{"class", "consensus-who", "id", prefix + "-consensus-who"}, consensusWhoText(who))
		}),
		app.If(consensusChanged(a) > 0, func() app.UI {
			return elt("p", attrs{"class", "consensus-changed", "id", prefix + "-consensus-changed", "role", "note"},
				l10n.N(consensusChanged(a), "%d answer or matrix row was changed after the consensus was stored; it says so below, with what the consensus held when stored.",
					"%d answers or matrix rows were changed after the consensus was stored; each says so below, with what the consensus held when stored."))
		}),
		app.If(len(a.ProfileChanges) > 0, func() app.UI { return renderProfileChanges(a, prefix) }),
		app.If(len(items) == 0 && len(rows) == 0, func() app.UI {
			return elt("p", attrs{"class", "muted"}, l10n.T("Every respondent gave the same answers and filled the matrix alike, so there is no dissent to show."))
		}).ElseIf(len(items) > 0, func() app.UI {
			return el("ul", attrs{"class", "consensus-list"},
				app.Range(items).Slice(func(i int) app.UI {
					it := items[i]
					from, changed := it.ag.ChangedFrom(it.answer)
					how := l10n.T("Not settled in the session: the lowest level given counts until the group agrees.")
					switch {
					case changed:
						how = consensusChangedText(it.ag, compare.RatingText(from))
					case it.ag.Agreed:
						how = l10n.T("Agreed in the session.")
					case it.answer != assessment.RatingNotApplicable && slices.ContainsFunc(it.ag.Dissent, func(d assessment.Dissent) bool {
						return d.Rating == assessment.RatingNotApplicable
					}):
						// An exclusion nobody agreed is not taken: the
						// level given counts, and the page says so.
						how = l10n.F("Not settled in the session: whether it applies is disputed; the level given (%s) counts, not \u201cnot applicable\u201d, until the group agrees.", compare.RatingText(it.answer))
					}
					return el("li", attrs{"class", "consensus-item", "id", prefix + "-consensus-" + it.q.ID},
						el("p", attrs{"class", "consensus-q"},
							elt("span", attrs{"class", "cmp-qid"}, it.q.ID),
							txt(" "+it.q.Text),
						),
						el("p", attrs{"class", "consensus-answer"},
							elt("strong", nil, l10n.F("Consensus: %s. ", compare.RatingText(it.answer))),
							txt(how),
						),
						app.If(changed, func() app.UI {
							return elt("p", attrs{"class", "consensus-reason"}, consensusReasonText(it.ag.ChangeReason))
						}),
						app.If(it.ag.Rationale != "" && changed, func() app.UI {
							return elt("p", attrs{"class", "consensus-why"}, l10n.F("The session's rationale (for %s): %s", compare.RatingText(from), it.ag.Rationale))
						}).ElseIf(it.ag.Rationale != "", func() app.UI {
							return elt("p", attrs{"class", "consensus-why"}, l10n.F("Rationale: %s", it.ag.Rationale))
						}),
						app.If(len(it.ag.Dissent) > 0, func() app.UI {
							return el("ul", attrs{"class", "consensus-dissent"},
								app.Range(it.ag.Dissent).Slice(func(j int) app.UI {
									d := it.ag.Dissent[j]
									switch {
									case changed && it.ag.Agreed:
										return elt("li", nil, l10n.F("Differed from the session's answer \u2013 %s: %s", d.Label(), compare.RatingText(d.Rating)))
									case changed:
										return elt("li", nil, l10n.F("Differed from the answer the consensus had taken \u2013 %s: %s", d.Label(), compare.RatingText(d.Rating)))
									}
									if it.ag.Agreed {
										return elt("li", nil, l10n.F("Answered before the session \u2013 %s: %s", d.Label(), compare.RatingText(d.Rating)))
									}
									return elt("li", nil, l10n.F("Answered otherwise \u2013 %s: %s", d.Label(), compare.RatingText(d.Rating)))
								}),
							)
						}),
					)
				}),
			)
		}),
		app.If(len(rows) > 0, func() app.UI { return renderRowConsensus(rows, prefix) }),
	)
}

// renderProfileChanges lists the profile fields of a consensus changed
// after it was stored: the value now and when stored, the day, the
// reason or that none was recorded, and what the change does to the
// questions asked. The stored value is the consensus's, not necessarily
// one the session discussed: a consensus takes its first respondent's
// profile.
func renderProfileChanges(a assessment.Assessment, prefix string) app.UI {
	fields := a.ProfileChangedFields()
	added, dropped := a.ProfileChangeEffect()
	return el("div", attrs{"class", "consensus-profile notice notice-warn", "id", prefix + "-consensus-profile", "role", "note"},
		elt("h3", nil, l10n.T("Profile changed after the consensus was stored")),
		elt("p", nil, l10n.T("The values it held are the consensus's own: it took its first respondent's profile, which the session may not have discussed field by field.")),
		app.If(consensusMoved(fields), func() app.UI {
			return elt("p", attrs{"id", prefix + "-consensus-profile-moved"}, consensusMovedText())
		}),
		el("ul", attrs{"class", "consensus-list"}, app.Range(fields).Slice(func(i int) app.UI {
			f := fields[i]
			c := a.ProfileChanges[f.Key]
			return el("li", attrs{"class", "consensus-item", "id", prefix + "-consensus-profile-" + f.Key},
				el("p", nil,
					elt("strong", nil, f.Label+": "+f.Display(&a.Profile)+". "),
					txt(l10n.F("%s; when the consensus was stored it held %s.", consensusChangedOn(c.ChangedOn), f.Display(a.SessionProfile))),
				),
				elt("p", attrs{"class", "consensus-reason"}, consensusReasonText(c.ChangeReason)),
			)
		})),
		app.If(len(added)+len(dropped) > 0, func() app.UI {
			return elt("p", attrs{"id", prefix + "-consensus-profile-effect"}, profileEffectText(added, dropped))
		}),
	)
}

// consensusMoved reports whether fields hold one that places a consensus
// in its site and round: the site, the assessment date or the round.
func consensusMoved(fields []assessment.ProfileField) bool {
	return slices.ContainsFunc(fields, func(f assessment.ProfileField) bool {
		return f.Key == "site" || f.Key == "date" || f.Key == "round"
	})
}

// consensusMovedText says what a changed site, date or round does to a
// consensus.
func consensusMovedText() string {
	return l10n.T("The site, the assessment date and the round place a consensus in its site and round: changed, it is compared and trended as another round's, not as the session's.")
}

// profileEffectText says which questions a profile changed after the
// consensus was stored adds to or removes from those asked.
func profileEffectText(added, dropped []assessment.Question) string {
	ids := func(qs []assessment.Question) string {
		out := make([]string, len(qs))
		for i, q := range qs {
			out[i] = q.ID
		}
		return strings.Join(out, ", ")
	}
	text := l10n.T("The profile decides which questions are asked and which matrix checks apply.")
	if len(added) > 0 {
		text += " " + l10n.N(len(added), "%d question is asked now that was not asked when the consensus was stored, so the session did not answer it as part of its scope",
			"%d questions are asked now that were not asked when the consensus was stored, so the session did not answer them as part of its scope") + " (" + ids(added) + ")."
	}
	if len(dropped) > 0 {
		text += " " + l10n.N(len(dropped), "%d question asked then is no longer asked", "%d questions asked then are no longer asked") + " (" + ids(dropped) + ")."
	}
	return text
}

// consensusChangedOn starts the sentence of an item changed after the
// consensus was stored, with the day of its last change when recorded.
func consensusChangedOn(day string) string {
	if day == "" {
		return l10n.T("Changed after the consensus was stored")
	}
	return l10n.F("Changed after the consensus was stored, last on %s", humanDate(day))
}

// consensusChangedText says of an answer changed after the consensus was
// stored what the consensus held then (from, spelt out) and how it came
// to hold it.
func consensusChangedText(ag assessment.Agreement, from string) string {
	on := consensusChangedOn(ag.ChangedOn)
	switch ag.HeldAs() {
	case assessment.HeldAgreed:
		return l10n.F("%s; the session had agreed on %s.", on, from)
	case assessment.HeldLowest:
		return l10n.F("%s; the session settled none, and the consensus had taken %s, the lowest level given.", on, from)
	case assessment.HeldShared:
		return l10n.F("%s; every respondent who answered had given %s.", on, from)
	}
	return l10n.F("%s; no respondent had answered it.", on)
}

// consensusReasonText gives the reason recorded for a change after the
// consensus was stored, or says that none was.
func consensusReasonText(reason string) string {
	if strings.TrimSpace(reason) == "" {
		return l10n.T("No reason for the change was recorded.")
	}
	return l10n.F("Reason for the change: %s", reason)
}

// consensusChanged counts the answers and matrix rows of a changed after
// the consensus was stored.
func consensusChanged(a assessment.Assessment) int {
	n := 0
	for q, ag := range a.Consensus {
		if _, changed := ag.ChangedFrom(a.Answers[q].Rating); changed {
			n++
		}
	}
	for k, ag := range a.RowConsensus {
		if _, changed := ag.ChangedFrom(a.Matrix[k]); changed {
			n++
		}
	}
	return n
}

// consensusWhoText says whose own answers differ from the consensus, and
// on how many questions and matrix rows: the list below goes item by
// item, and a reader should not have to count to see whose view the group
// moved away from.
func consensusWhoText(counts []assessment.DissentCount) string {
	parts := make([]string, len(counts))
	for i, c := range counts {
		qs, rows := l10n.N(c.Questions, "%d question", "%d questions"), l10n.N(c.Rows, "%d matrix row", "%d matrix rows")
		switch {
		case c.Questions > 0 && c.Rows > 0:
			parts[i] = l10n.F("%s on %s and %s", c.Label, qs, rows)
		case c.Questions > 0:
			parts[i] = l10n.F("%s on %s", c.Label, qs)
		default:
			parts[i] = l10n.F("%s on %s", c.Label, rows)
		}
	}
	return l10n.F("Answered otherwise than the consensus: %s.", strings.Join(parts, "; "))
}

// consensusSessionText says when, by whom and with whom the consensus
// was reached, as far as the record says, and that it was not recorded
// when it says nothing.
func consensusSessionText(s *assessment.Session) string {
	if s == nil || s.IsZero() {
		return l10n.T("The session that reached this consensus (its date, facilitator and participants) was not recorded with it.")
	}
	// Each field, or that it is not in the record: a partial record (or
	// one exported without names, which keeps only the date) must not
	// read as complete.
	notRecorded := l10n.T("not recorded")
	date, facilitator, participants := notRecorded, notRecorded, notRecorded
	if s.Date != "" {
		date = humanDate(s.Date)
	}
	if s.Facilitator != "" {
		facilitator = s.Facilitator
	}
	if s.Participants != "" {
		participants = strings.TrimRight(s.Participants, ". ")
	}
	return l10n.F("Recorded with the consensus: session held on %s; facilitator: %s; participants: %s.", date, facilitator, participants)
}

// renderRowConsensus lists the matrix rows of a consensus: the agreed row
// or that none was agreed, the rationale, and each respondent's own row
// where it differs.
func renderRowConsensus(rows []consensusRowItem, prefix string) app.UI {
	return el("div", attrs{"class", "consensus-rows"},
		elt("h3", attrs{"id", prefix + "-consensus-rows-title"}, l10n.T("Ownership matrix rows")),
		el("ul", attrs{"class", "consensus-list", "aria-labelledby", prefix + "-consensus-rows-title"},
			app.Range(rows).Slice(func(i int) app.UI {
				it := rows[i]
				answer := l10n.F("Consensus: %s. ", cmpRowLetters(it.row))
				how := l10n.T("Agreed in the session.")
				from, changed := it.ag.ChangedFrom(it.row)
				switch {
				case changed && it.ag.Agreed:
					how = l10n.F("%s; the session had agreed on %s.", consensusChangedOn(it.ag.ChangedOn), cmpRowLetters(from))
				case changed && len(from) > 0:
					how = l10n.F("%s, from %s.", consensusChangedOn(it.ag.ChangedOn), cmpRowLetters(from))
				case changed && len(it.ag.Dissent) > 0:
					how = l10n.F("%s; the session settled none of the respondents' differing rows, so the consensus had left the row empty.", consensusChangedOn(it.ag.ChangedOn))
				case changed:
					how = l10n.F("%s; no respondent had filled the row.", consensusChangedOn(it.ag.ChangedOn))
				case it.ag.Agreed:
				case len(it.row) > 0:
					how = l10n.T("The respondents name the same accountable and responsible roles; consulted and informed roles that not all of them gave are left out.")
				default:
					answer, how = l10n.T("No consensus row. "), l10n.T("Not settled in the session: the row stays empty in the matrix until the group agrees who is accountable and responsible.")
				}
				if len(it.row) == 0 {
					answer = l10n.T("No consensus row. ") // emptied after the consensus was stored
				}
				return el("li", attrs{"class", "consensus-item", "id", prefix + "-consensus-" + strings.ReplaceAll(it.k.Control, ".", "-") + "-" + string(it.k.Domain)},
					el("p", attrs{"class", "consensus-q"},
						elt("span", attrs{"class", "cmp-qid"}, "A."+it.k.Control),
						txt(" "+it.ctl.Label+" \u00b7 "+assessment.DomainLabel(it.k.Domain)),
					),
					el("p", attrs{"class", "consensus-answer"},
						elt("strong", nil, answer),
						txt(how),
					),
					app.If(changed, func() app.UI {
						return elt("p", attrs{"class", "consensus-reason"}, consensusReasonText(it.ag.ChangeReason))
					}),
					app.If(it.ag.Rationale != "", func() app.UI {
						return elt("p", attrs{"class", "consensus-why"}, l10n.F("Rationale: %s", it.ag.Rationale))
					}),
					app.If(len(it.ag.Dissent) > 0, func() app.UI {
						return el("ul", attrs{"class", "consensus-dissent"},
							app.Range(it.ag.Dissent).Slice(func(j int) app.UI {
								d := it.ag.Dissent[j]
								if changed && it.ag.Agreed {
									return elt("li", nil, l10n.F("Differed from the session's row \u2013 %s: %s", d.Label(), cmpRowLetters(d.Row)))
								}
								if len(it.row) == 0 {
									return elt("li", nil, l10n.F("Filled by %s: %s", d.Label(), cmpRowLetters(d.Row)))
								}
								if it.ag.Agreed {
									return elt("li", nil, l10n.F("Filled before the session \u2013 %s: %s", d.Label(), cmpRowLetters(d.Row)))
								}
								return elt("li", nil, l10n.F("Filled by %s: %s", d.Label(), cmpRowLetters(d.Row)))
							}),
						)
					}),
				)
			}),
		),
	)
}
