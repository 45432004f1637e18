package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Render draws the sources, then the comparison once something is loaded.
func (c *CompareView) Render() app.UI {
	c.init()
	return el("section", attrs{"class", "cmp", "id", "compare", "aria-labelledby", "compare-title"},
		el("div", attrs{"class", "cmp-head"},
			elt("h1", attrs{"id", "compare-title"}, l10n.T("Compare sites and respondents")),
			app.If(c.set != nil, func() app.UI { return c.actions() }),
		),
		elt("p", attrs{"class", "cmp-lead"}, l10n.T("Put the assessments of several plants side by side, or several respondents of one plant: "+
			"where plants differ, and where the IT and OT leads of the same plant answer an ownership question differently, "+
			"is where the ownership design needs work.")),
		c.sources(),
		c.progress(),
		c.body(),
	)
}

func (c *CompareView) actions() app.UI {
	label := l10n.T("Export consolidated CSV")
	if c.export {
		label = l10n.T("Preparing the CSV\u2026")
	}
	return el("div", attrs{"class", "cmp-actions cmp-controls"},
		elh("button", attrs{"type", "button", "id", "compare-export", "disabled", strconv.FormatBool(c.export)},
			elt("span", attrs{"aria-hidden", "true"}, "\u2193"),
			txt(label),
		).OnClick(func(ctx app.Context, e app.Event) { c.exportCSV(ctx) }),
		elh("button", attrs{"type", "button", "class", "secondary", "id", "compare-print"}, txt(l10n.T("Print comparison"))).OnClick(func(ctx app.Context, e app.Event) { c.Env.Print() }),
	)
}

// --- sources ---------------------------------------------------------------

func (c *CompareView) sources() app.UI {
	return el("div", attrs{"class", "cmp-sources cmp-controls"},
		c.storedPicker(),
		c.filePicker(),
	)
}

func (c *CompareView) storedPicker() app.UI {
	if len(c.Items) == 0 {
		return el("div", attrs{"class", "cmp-source cmp-stored"},
			elt("h2", attrs{"class", "cmp-source-title"}, l10n.T("Stored in this browser")),
			elt("p", attrs{"class", "muted"}, l10n.T("No assessment is stored in this browser yet. Add the CSV files exported on the other laptops instead.")),
		)
	}
	all := len(c.selected) == len(c.Items)
	return el("fieldset", attrs{"class", "cmp-source cmp-stored"},
		elt("legend", attrs{"class", "cmp-source-title"}, l10n.T("Stored in this browser")),
		el("div", attrs{"class", "cmp-check cmp-check-all"},
			elv("input", attrs{"type", "checkbox", "id", "cmp-all", "checked", strconv.FormatBool(all)}).
				OnChange(func(ctx app.Context, e app.Event) { c.toggleAll(ctx, ctx.JSSrc().Get("checked").Bool()) }),
			elt("label", attrs{"for", "cmp-all"}, l10n.F("Select all (%d)", len(c.Items))),
		),
		el("ul", attrs{"class", "cmp-stored-list"},
			app.Range(c.Items).Slice(func(i int) app.UI {
				it := c.Items[i]
				id := "cmp-stored-" + it.ID
				var detail []string
				for _, s := range []string{it.Site, it.Respondent, shortDate(it.Date)} {
					if strings.TrimSpace(s) != "" {
						detail = append(detail, s)
					}
				}
				name := assessment.DisplayName(it.Name)
				return el("li", attrs{"class", "cmp-check"},
					elv("input", attrs{"type", "checkbox", "id", id, "checked", strconv.FormatBool(c.selected[it.ID])}).
						OnChange(func(ctx app.Context, e app.Event) { c.toggleStored(ctx, it.ID, ctx.JSSrc().Get("checked").Bool()) }, app.EventScope(it.ID)),
					el("label", attrs{"for", id},
						elt("span", attrs{"class", "cmp-stored-name"}, name),
						app.If(len(detail) > 0, func() app.UI {
							return elt("span", attrs{"class", "cmp-stored-detail"}, strings.Join(detail, " \u00b7 "))
						}),
					),
					app.If(c.storedErr[it.ID] != "", func() app.UI {
						return elt("p", attrs{"class", "field-error"}, l10n.F("Could not load it: %s", c.storedErr[it.ID]))
					}),
				)
			}),
		),
	)
}

func (c *CompareView) filePicker() app.UI {
	class := "cmp-source cmp-drop"
	if c.drop.hovering() {
		class += " dragging"
	}
	return elh("div", attrs{"class", class, "id", "compare-drop"},
		elt("h2", attrs{"class", "cmp-source-title"}, l10n.T("CSV files from other laptops")),
		el("p", attrs{"class", "cmp-drop-hint"},
			elt("span", attrs{"class", "cmp-drop-icon", "aria-hidden", "true"}, "\u21ea"),
			txt(l10n.T(" Drop the exported CSV files here (one per plant or per respondent), or:")),
		),
		// The input stays focusable (visually hidden, not display:none)
		// and its label is the visible button, so the picker opens by
		// keyboard too.
		elv("input", attrs{"type", "file", "id", "compare-files", "class", "cmp-file-input", "accept", ".csv,text/csv", "multiple", "true"}).
			OnChange(c.onPick),
		el("label", attrs{"for", "compare-files", "class", "button secondary cmp-file-label"},
			elt("span", attrs{"aria-hidden", "true"}, "\u2191"),
			txt(l10n.T("Choose CSV files")),
		),
		app.If(len(c.files) > 0, func() app.UI { return c.fileList() }),
	).
		OnDragEnter(c.onDragEnter).
		OnDragOver(c.onDragOver).
		OnDragLeave(c.onDragLeave).
		OnDrop(c.onDrop)
}

// cmpFilesListed is how many files are listed one by one; beyond it, the
// files read without problems fold into a summary (files with problems
// stay listed, they need attention).
const cmpFilesListed = 6

func (c *CompareView) fileList() app.UI {
	if len(c.files) <= cmpFilesListed {
		return el("ul", attrs{"class", "cmp-files", "id", "compare-file-list"},
			app.Range(c.files).Slice(func(i int) app.UI { return c.fileItem(c.files[i]) }),
		)
	}
	var good, other []cmpFile
	assessments := 0
	for _, f := range c.files {
		if !f.loading && len(f.problems) == 0 {
			good = append(good, f)
			assessments += len(f.entries)
		} else {
			other = append(other, f)
		}
	}
	return el("div", attrs{"id", "compare-file-list"},
		app.If(len(other) > 0, func() app.UI {
			return el("ul", attrs{"class", "cmp-files"},
				app.Range(other).Slice(func(i int) app.UI { return c.fileItem(other[i]) }),
			)
		}),
		app.If(len(good) > 0, func() app.UI {
			return el("details", attrs{"class", "cmp-files-more"},
				el("summary", nil,
					elt("span", attrs{"class", "cmp-good"}, l10n.F("%s read: %s",
						l10n.N(len(good), "%d file", "%d files"), l10n.N(assessments, "%d assessment", "%d assessments"))),
					elt("span", attrs{"class", "cmp-files-show"}, l10n.T(" \u2013 show the list")),
				),
				el("ul", attrs{"class", "cmp-files"},
					app.Range(good).Slice(func(i int) app.UI { return c.fileItem(good[i]) }),
				),
			)
		}),
	)
}

func (c *CompareView) fileItem(f cmpFile) app.UI {
	var status app.UI
	class := "cmp-file"
	switch {
	case f.loading:
		status = elh("span", attrs{"class", "cmp-file-status muted"}, txt(l10n.T("reading\u2026")))
	case len(f.problems) > 0:
		class += " cmp-file-bad"
		status = elh("span", attrs{"class", "cmp-file-status cmp-bad"}, txt(l10n.T("not used: the file has errors")))
	default:
		status = elh("span", attrs{"class", "cmp-file-status cmp-good"}, txt(l10n.N(len(f.entries), "%d assessment", "%d assessments")))
	}
	return el("li", attrs{"class", class},
		el("div", attrs{"class", "cmp-file-row"},
			elt("span", attrs{"class", "cmp-file-name"}, f.name),
			status,
			elh("button", attrs{"type", "button", "class", "secondary cmp-small", "aria-label", l10n.F("Remove %s", f.name)}, txt(l10n.T("Remove"))).
				OnClick(func(ctx app.Context, e app.Event) { c.removeFile(ctx, f.seq) }, app.EventScope(f.seq)),
		),
		app.If(len(f.problems) > 0, func() app.UI {
			shown := f.problems
			more := 0
			if len(shown) > 8 {
				shown, more = shown[:8], len(shown)-8
			}
			return el("ul", attrs{"class", "cmp-problems"},
				app.Range(shown).Slice(func(j int) app.UI { return elt("li", nil, shown[j]) }),
				app.If(more > 0, func() app.UI { return elt("li", nil, l10n.F("\u2026 and %d more", more)) }),
			)
		}),
	)
}

func (c *CompareView) progress() app.UI {
	loading := c.total > 0 && (c.running || len(c.queue) > 0)
	if !loading && !c.building {
		return el("div", attrs{"class", "cmp-progress", "id", "compare-progress", "role", "status"})
	}
	text := l10n.T("Building the comparison\u2026")
	if loading {
		text = l10n.F("Loaded %d of %d", c.done, c.total)
	}
	return el("div", attrs{"class", "cmp-progress", "id", "compare-progress", "role", "status"},
		app.If(loading, func() app.UI {
			return el("progress", attrs{"id", "compare-progress-bar", "max", strconv.Itoa(c.total), "value", strconv.Itoa(c.done), "aria-label", l10n.T("Loading the assessments")})
		}),
		elt("span", attrs{"class", "cmp-progress-text"}, text),
	)
}

// --- the comparison ----------------------------------------------------------

func (c *CompareView) body() app.UI {
	s := c.set
	if s == nil {
		if c.building || c.running || len(c.queue) > 0 {
			return el("div", nil)
		}
		return c.empty()
	}
	return el("div", attrs{"class", "cmp-result", "id", "compare-result", "aria-busy", strconv.FormatBool(!c.below)},
		c.summary(),
		c.heatMap(),
		app.If(c.below, c.planCounts),
		app.If(c.below, c.trends),
		app.If(c.below, c.drillDown),
		app.If(c.below, c.disagreements),
		app.If(c.below, c.consensusSection),
		app.If(c.below, c.raciWithin),
		app.If(c.below && len(c.set.HolderDisagreements) > 0, c.holdersWithin),
		app.If(c.below, c.raciAcross),
	)
}

func (c *CompareView) empty() app.UI {
	return el("div", attrs{"class", "cmp-empty", "id", "compare-empty"},
		elt("h2", nil, l10n.T("Nothing to compare yet")),
		elt("p", nil, l10n.T("Choose the assessments to put side by side:")),
		el("ul", nil,
			elt("li", nil, l10n.T("tick the ones stored in this browser, or")),
			elt("li", nil, l10n.T("drop the CSV files exported on the other laptops onto the dashed box, or choose them with its button: "+
				"one file per plant, or one per respondent of a plant (IT lead, OT lead, Quality\u2026).")),
		),
		elt("p", nil, l10n.T("The heat map of sites and areas, the drill-down per area and the lists of disagreements appear as soon as the files are read. "+
			"Nothing leaves this browser.")),
	)
}

func (c *CompareView) summary() app.UI {
	s := c.set
	text := cmpSummaryText(s)
	return el("div", attrs{"class", "cmp-summary"},
		elt("p", attrs{"id", "compare-summary"}, text),
		app.If(len(s.Duplicates) > 0, func() app.UI {
			return el("ul", attrs{"class", "cmp-dups muted"},
				app.Range(s.Duplicates).Slice(func(i int) app.UI {
					d := s.Duplicates[i]
					return elt("li", nil, l10n.F("Counted once: the assessment in %s holds the same content as the one in %s.", compare.SourceLabel(d.Source), compare.SourceLabel(d.KeptSource)))
				}),
			)
		}),
		app.Range(s.VersionConflicts).Slice(func(i int) app.UI { return c.versionConflict(i, s.VersionConflicts[i]) }),
		app.Range(s.ConsensusConflicts).Slice(func(i int) app.UI { return c.consensusConflict(i, s.ConsensusConflicts[i]) }),
	)
}

// consensusConflict offers the consensus assessments of one round for the
// user to choose the one that counts; none counts until then.
func (c *CompareView) consensusConflict(i int, cc compare.ConsensusConflict) app.UI {
	name := "compare-consensus-choice-" + strconv.Itoa(i)
	why := l10n.T("Choose the one that records this round's session. Until you do, none counts, and the round is compared on its respondents' own answers.")
	if cc.Counted >= 0 {
		why = l10n.T("You chose which consensus counts.")
	}
	return el("fieldset", attrs{"class", "cmp-version-conflict cmp-consensus-conflict", "id", name},
		elt("legend", nil, l10n.F("%s holds %d consensus assessments", cmpSiteRound(compare.Site{Name: cc.Site, Round: cc.Round}), len(cc.Versions))),
		elt("p", nil, l10n.T("A round is settled by one consensus, and the one saved last need not be the one that records the round: a consensus whose site, date or round was changed afterwards is saved when it was changed.")+" "+why+" "+
			l10n.T("If one belongs to another round, correct its round in its profile.")),
		app.Range(cc.Versions).Slice(func(j int) app.UI {
			v := cc.Versions[j]
			id := name + "-" + strconv.Itoa(j)
			label := v.ConsensusText()
			if j == cc.Counted {
				label += l10n.T(" \u2014 counted")
			}
			return el("div", attrs{"class", "cmp-version"},
				elv("input", attrs{"type", "radio", "name", name, "id", id, "checked", strconv.FormatBool(j == cc.Counted)}).
					OnChange(func(ctx app.Context, e app.Event) { c.chooseConsensus(ctx, cc.Key, v.A.ID) }, app.EventScope(cc.Key, v.A.ID)),
				elt("label", attrs{"for", id}, label),
			)
		}),
	)
}

// versionConflict offers the versions of one assessment that reached the
// comparison with different content, and says which one counts.
func (c *CompareView) versionConflict(i int, vc compare.VersionConflict) app.UI {
	name := "cmp-version-" + strconv.Itoa(i)
	why := vc.Default
	if vc.Chosen {
		why = l10n.T("You chose which version counts.")
	}
	return el("fieldset", attrs{"class", "cmp-version-conflict", "id", name},
		elt("legend", nil, l10n.F("%d versions of \u201c%s\u201d differ", len(vc.Versions), assessment.DisplayName(vc.Name))),
		elt("p", nil, l10n.F("They share one assessment ID but not their content, so only one of them counts in the comparison. %s", why)),
		app.Range(vc.Versions).Slice(func(j int) app.UI {
			v := vc.Versions[j]
			id := name + "-" + strconv.Itoa(j)
			label := v.Text()
			if j == vc.Counted {
				label += l10n.T(" \u2014 counted")
			}
			return el("div", attrs{"class", "cmp-version"},
				elv("input", attrs{"type", "radio", "name", name, "id", id, "checked", strconv.FormatBool(j == vc.Counted)}).
					OnChange(func(ctx app.Context, e app.Event) { c.choose(ctx, vc.ID, v.Source) }, app.EventScope(vc.ID, v.Source)),
				elt("label", attrs{"for", id}, label),
			)
		}),
	)
}

// --- heat map ----------------------------------------------------------------

var cmpBandSymbols = [5]string{"\u25cb", "\u25d4", "\u25d1", "\u25d5", "\u25cf"} // ○ ◔ ◑ ◕ ●
// cmpBandLabels name the bands; the legend shows them with l10n.T.
var cmpBandLabels = [5]string{l10n.M("below 20"), l10n.M("20 to 39"), l10n.M("40 to 59"), l10n.M("60 to 79"), l10n.M("80 and above")}

// cmpAreaShorts are short column titles for the areas; the legend spells out
// the full titles. cmpAreaShort translates them.
var cmpAreaShorts = map[string]string{
	"GOV": l10n.M("Governance"), "SCO": l10n.M("Scope"), "ROL": l10n.M("Roles"), "INT": l10n.M("Interfaces"), "CTL": l10n.M("Controls"),
	"CHG": l10n.M("Change"), "INC": l10n.M("Incidents"), "BRF": l10n.M("Brownfield"), "MOD": l10n.M("Model"), "PRA": l10n.M("Practice"),
}

func cmpAreaShort(a assessment.Area) string {
	if s, ok := cmpAreaShorts[a.ID]; ok {
		return l10n.T(s)
	}
	return a.ID
}

func (c *CompareView) heatMap() app.UI {
	s := c.set
	order := c.order
	return el("section", attrs{"class", "cmp-section", "aria-labelledby", "cmp-heat-title"},
		elt("h2", attrs{"id", "cmp-heat-title"}, l10n.T("Maturity by site and area")),
		// The explanation stays outside the table: a caption would scroll
		// away with a table wider than a tablet.
		el("p", attrs{"class", "cmp-note", "id", "cmp-heat-note"},
			txt(l10n.T("Score out of 100 per site and design area: the mean over the respondents of each site, or the consensus where one is stored for the round.")),
			elt("span", attrs{"class", "cmp-screen-only"}, l10n.T(" Select a column title to sort by it.")),
		),
		el("div", attrs{"class", "cmp-table-wrap"},
			el("table", attrs{"class", "cmp-heat", "id", "heatmap", "aria-describedby", "cmp-heat-note"},
				elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Maturity score by site and area")),
				el("thead", nil, el("tr", nil,
					c.sortHeader(compare.SortSite, l10n.T("Site"), "cmp-col-site"),
					c.sortHeader(compare.SortOverall, l10n.T("Overall"), "cmp-col-overall"),
					app.Range(s.Areas).Slice(func(i int) app.UI {
						return c.sortHeader(s.Areas[i].ID, cmpAreaShort(s.Areas[i]), "")
					}),
				)),
				el("tbody", nil,
					app.Range(order).Slice(func(i int) app.UI {
						site := s.Sites[order[i]]
						return el("tr", nil,
							el("th", attrs{"scope", "row", "class", "cmp-site"},
								elt("span", attrs{"class", "cmp-site-name"}, site.Name),
								cmpRoundTag(site),
								elt("span", attrs{"class", "cmp-site-who"}, cmpRespondentsLine(site)),
							),
							cmpHeatCell(site.Overall, site.Counted(), site.SplitTotal(), "cmp-overall"),
							app.Range(site.Areas).Slice(func(j int) app.UI {
								split := 0
								if site.Splits != nil {
									split = site.Splits[j]
								}
								return cmpHeatCell(site.Areas[j], site.Counted(), split, "")
							}),
						)
					}),
				),
			),
		),
		c.heatLegend(),
	)
}

// cmpRespondentsLine names a site's respondents with short roles, e.g.
// "Anna Berg (IT), Omar Ortiz (OT)"; the legend and the lists below use
// the full role names.
func cmpRespondentsLine(site compare.Site) string {
	labels := make([]string, len(site.Respondents))
	for i, r := range site.Respondents {
		if r.A.IsConsensus() {
			labels[i] = l10n.T("consensus stored")
			continue
		}
		labels[i] = r.Name
		if short, ok := cmpRoleShort[r.Role]; ok {
			labels[i] += " (" + l10n.T(short) + ")"
		}
	}
	return strings.Join(labels, ", ")
}

func (c *CompareView) sortHeader(key, label, class string) app.UI {
	active := c.sortKey == key
	arrow := "\u2195" // ↕
	th := elh("th", attrs{"scope", "col", "class", strings.TrimSpace("cmp-sort " + class)})
	if active {
		if c.sortDesc {
			arrow = "\u25bc"
			th = th.Aria("sort", "descending")
		} else {
			arrow = "\u25b2"
			th = th.Aria("sort", "ascending")
		}
	}
	return th.Body(
		elh("button", attrs{"type", "button", "class", "cmp-sort-button", "id", "sort-" + key},
			elt("span", nil, label),
			elt("span", attrs{"class", "cmp-sort-arrow", "aria-hidden", "true"}, arrow),
		).OnClick(func(ctx app.Context, e app.Event) { c.sortBy(key) }),
		// Printing hides every button; this copy of the title (display:none
		// on screen, so read once) keeps the column named on paper.
		elt("span", attrs{"class", "cmp-print-label"}, label),
	)
}

// cmpHeatCell shows a score with its band as colour, symbol and pattern, so
// that nothing depends on colour alone, and how many of the questions
// behind it the respondents answer two or more levels apart (split).
func cmpHeatCell(cell compare.Cell, respondents, split int, extra string) app.UI {
	if !cell.HasScore {
		return el("td", attrs{"class", strings.TrimSpace("cmp-heat-cell heat-none " + extra)},
			elt("span", attrs{"aria-hidden", "true"}, "\u2013"),
			elt("span", attrs{"class", "visually-hidden"}, l10n.T("no score")),
		)
	}
	// A score from too few answers (compare.Cell.Partial) is shown
	// without a band, with how many of the questions asked were answered.
	class, sym := "cmp-heat-cell heat-partial", "\u25cc"
	partial := cell.Partial()
	if !partial {
		band := compare.Band(cell.Score)
		class, sym = fmt.Sprintf("cmp-heat-cell heat-%d", band), cmpBandSymbols[band]
	}
	return el("td", attrs{"class", strings.TrimSpace(class + " " + extra)},
		elt("span", attrs{"class", "heat-num"}, strconv.Itoa(int(cell.Score+0.5))),
		elt("span", attrs{"class", "heat-sym", "aria-hidden", "true"}, sym),
		app.If(partial, func() app.UI {
			return el("span", attrs{"class", "heat-cover"},
				txt(l10n.F("%d/%d answered", cell.Answered, cell.Asked)),
				elt("span", attrs{"class", "visually-hidden"}, l10n.T(": partial score, not ranked")),
			)
		}),
		app.If(respondents > 1 && cell.N < respondents, func() app.UI {
			return elt("span", attrs{"class", "heat-n"}, fmt.Sprintf("n=%d", cell.N))
		}),
		// One element, read as "not equal to 5" with the legend's key: a
		// comparison of 150 assessments has hundreds of these cells.
		app.If(split > 0, func() app.UI {
			return elt("span", attrs{"class", "heat-split"}, "\u2260"+strconv.Itoa(split))
		}),
	)
}

func (c *CompareView) heatLegend() app.UI {
	areas := c.set.Areas
	return el("div", attrs{"class", "cmp-legend"},
		el("ul", attrs{"class", "cmp-bands", "aria-label", l10n.T("Score bands")},
			app.Range(cmpBandLabels[:]).Slice(func(i int) app.UI {
				return el("li", attrs{"class", fmt.Sprintf("cmp-band heat-%d", i)},
					elt("span", attrs{"class", "heat-sym", "aria-hidden", "true"}, cmpBandSymbols[i]),
					txt(" "+l10n.T(cmpBandLabels[i])),
				)
			}),
			elt("li", attrs{"class", "cmp-band heat-partial"}, l10n.F("\u25cc partial: at least one respondent's score here rests on fewer than %d%% of the questions asked them; not banded or ranked", compare.MinAnsweredPercent)),
			elt("li", attrs{"class", "cmp-band heat-none"}, l10n.T("\u2013 no score")),
		),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("n = respondents with a score in that area, shown when not all of the site's respondents have one. "+
			"Unknown answers, and \u201cnot applicable\u201d on a requirement that cannot be excluded (ISO/IEC 27001 clauses 4 to 10, or a NIS2 duty of an entity in its scope), count as 0; other not applicable answers are left out.")),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("\u2260 = questions in that area on which the site's respondents are two or more levels apart, or on which one rates not applicable what another rates at level 2 or above: "+
			"the mean hides them, so read them under \u201cWhere respondents of one site disagree\u201d before taking the score as the site's.")),
		el("dl", attrs{"class", "cmp-area-key"},
			app.Range(areas).Slice(func(i int) app.UI {
				return el("div", nil,
					elt("dt", nil, cmpAreaShort(areas[i])),
					elt("dd", nil, areas[i].Title),
				)
			}),
		),
	)
}

// --- drill-down ----------------------------------------------------------------

func (c *CompareView) drillDown() app.UI {
	s := c.set
	return el("section", attrs{"class", "cmp-section", "aria-labelledby", "cmp-drill-title"},
		elt("h2", attrs{"id", "cmp-drill-title"}, l10n.T("Questions of one area across sites")),
		el("div", attrs{"class", "cmp-area-picker cmp-controls", "role", "group", "aria-label", l10n.T("Area")},
			app.Range(s.Areas).Slice(func(i int) app.UI {
				a := s.Areas[i]
				pressed := "false"
				if a.ID == c.drill {
					pressed = "true"
				}
				return elh("button", attrs{"type", "button", "class", "cmp-area-button", "id", "drill-" + a.ID, "aria-pressed", pressed}, txt(cmpAreaShort(a))).
					OnClick(func(ctx app.Context, e app.Event) { c.drillInto(a.ID) })
			}),
		),
		app.If(c.drilled == nil, func() app.UI {
			return elt("p", attrs{"class", "cmp-note", "id", "cmp-drill-hint"}, l10n.T("Choose an area to see each of its questions per site: the mean level and every respondent's answer."))
		}).Else(func() app.UI { return c.drillTable(*c.drilled) }),
	)
}

func (c *CompareView) drillTable(d compare.Drill) app.UI {
	s := c.set
	return el("div", attrs{"class", "cmp-drill-body"},
		elt("h3", attrs{"id", "cmp-drill-area"}, d.Area.Title),
		el("ol", attrs{"class", "cmp-question-key"},
			app.Range(d.Questions).Slice(func(i int) app.UI {
				q := d.Questions[i]
				return el("li", nil,
					elt("span", attrs{"class", "cmp-qid"}, q.ID),
					txt(" "+q.Text),
				)
			}),
		),
		elt("p", attrs{"class", "cmp-note", "id", "cmp-drill-note"}, l10n.T("Mean maturity level (0 to 4) per site and question, or the consensus level where a consensus is stored for the round, "+
			"then each respondent's answer: ? is unknown (counted as 0), n/a not applicable, \u2013 not answered.")),
		el("div", attrs{"class", "cmp-table-wrap"},
			el("table", attrs{"class", "cmp-drill", "id", "drill", "aria-describedby", "cmp-drill-note"},
				elt("caption", attrs{"class", "visually-hidden"}, l10n.F("%s: questions by site", d.Area.Title)),
				el("thead", nil, el("tr", nil,
					elt("th", attrs{"scope", "col"}, l10n.T("Site")),
					app.Range(d.Questions).Slice(func(i int) app.UI {
						return elt("th", attrs{"scope", "col", "class", "cmp-num"}, d.Questions[i].ID)
					}),
				)),
				el("tbody", nil,
					app.Range(c.order).Slice(func(i int) app.UI {
						row := d.Rows[c.order[i]]
						site := s.Sites[row.Site]
						return el("tr", nil,
							elt("th", attrs{"scope", "row", "class", "cmp-site"}, cmpSiteRound(site)),
							app.Range(row.Cells).Slice(func(j int) app.UI { return cmpDrillCell(site, row.Cells[j]) }),
						)
					}),
				),
			),
		),
	)
}

func cmpDrillCell(site compare.Site, cell compare.DrillCell) app.UI {
	class := "cmp-drill-cell heat-none"
	mean := elh("span", attrs{"class", "drill-mean"},
		elt("span", attrs{"aria-hidden", "true"}, "\u2013"),
		elt("span", attrs{"class", "visually-hidden"}, l10n.T("no answer")),
	)
	if cell.HasMean {
		band := compare.Band(cell.Mean / assessment.MaxLevel * 100)
		class = fmt.Sprintf("cmp-drill-cell heat-%d", band)
		mean = elh("span", attrs{"class", "drill-mean"},
			txt(l10n.Decimal(cell.Mean, 1)),
			elt("span", attrs{"class", "heat-sym", "aria-hidden", "true"}, cmpBandSymbols[band]),
		)
	}
	return el("td", attrs{"class", class},
		mean,
		app.If(len(site.Respondents) > 1, func() app.UI {
			return el("ul", attrs{"class", "drill-who"},
				app.Range(cell.Ratings).Slice(func(i int) app.UI {
					r := cell.Ratings[i]
					resp := site.Respondents[r.Respondent]
					return el("li", nil,
						elt("span", attrs{"class", "visually-hidden"}, resp.Label()+": "),
						elt("span", attrs{"class", "drill-role", "aria-hidden", "true"}, cmpRespondentShort(resp)),
						txt(" "),
						cmpRatedShort(r),
					)
				}),
			)
		}),
	)
}

// cmpRoleShort are short tags of roles, shown with l10n.T (those that
// read the same in every language are not catalogue text).
var cmpRoleShort = map[assessment.Role]string{
	assessment.RoleExecutive: l10n.M("Exec"), assessment.RoleISMSOwner: "ISMS", assessment.RoleIT: "IT", assessment.RoleOT: "OT",
	assessment.RoleQuality: l10n.M("QA"), assessment.RoleEHS: "EHS", assessment.RoleLegal: l10n.M("Legal"), assessment.RoleHR: "HR",
	assessment.RoleProcurement: l10n.M("Proc"), assessment.RoleOperations: l10n.M("Ops"), assessment.RoleConsultant: l10n.M("Cons"),
}

// cmpRespondentShort is the short tag of a respondent in dense cells: the
// role, else the initials.
func cmpRespondentShort(r compare.Respondent) string {
	if r.A.IsConsensus() {
		return l10n.T("Consensus")
	}
	if s, ok := cmpRoleShort[r.Role]; ok {
		return l10n.T(s)
	}
	var b strings.Builder
	for _, w := range strings.Fields(r.Name) {
		for _, ch := range w {
			b.WriteRune(ch)
			break
		}
	}
	return strings.ToUpper(b.String())
}

// cmpRatedShort is cmpRatingShort for a respondent's answer, marking
// "not applicable" that counts as 0 (compare.Rated.Excluded).
func cmpRatedShort(r compare.Rated) app.UI {
	if r.Excluded {
		return el("span", nil, elt("span", attrs{"aria-hidden", "true"}, l10n.T("n/a = 0")), elt("span", attrs{"class", "visually-hidden"}, l10n.T("not applicable, counted as 0")))
	}
	return cmpRatingShort(r.Rating)
}

func cmpRatingShort(r assessment.Rating) app.UI {
	switch r {
	case assessment.RatingUnknown:
		return el("span", nil, elt("span", attrs{"aria-hidden", "true"}, "?"), elt("span", attrs{"class", "visually-hidden"}, l10n.T("unknown")))
	case assessment.RatingNotApplicable:
		return el("span", nil, elt("span", attrs{"aria-hidden", "true"}, l10n.T("n/a")), elt("span", attrs{"class", "visually-hidden"}, l10n.T("not applicable")))
	case assessment.RatingNone:
		return el("span", nil, elt("span", attrs{"aria-hidden", "true"}, "\u2013"), elt("span", attrs{"class", "visually-hidden"}, l10n.T("not answered")))
	}
	return elt("span", attrs{"class", "drill-level"}, string(r))
}

// --- disagreements -------------------------------------------------------------

func (c *CompareView) limited(key string, n int) (int, app.UI) {
	if n <= cmpListLimit || c.showAll[key] {
		return n, nil
	}
	return cmpListLimit, elh("button", attrs{"type", "button", "class", "secondary cmp-more cmp-controls", "id", "more-" + key}, txt(l10n.F("Show all %d", n))).
		OnClick(func(ctx app.Context, e app.Event) { c.showAll[key] = true })
}

func (c *CompareView) disagreements() app.UI {
	s := c.set
	list := s.Disagreements
	n, more := c.limited("answers", len(list))
	return el("section", attrs{"class", "cmp-section", "id", "disagreements", "aria-labelledby", "cmp-dis-title"},
		elt("h2", attrs{"id", "cmp-dis-title"}, l10n.T("Where respondents of one site disagree")),
		c.profileDifferences(),
		elt("p", attrs{"class", "cmp-note"}, l10n.F("Questions on which two respondents of the same site are %d or more maturity levels apart, or on which one rates not applicable what another rates at level %d or above, "+
			"the widest split on the weightiest question first. An unknown answer counts as level 0: not knowing is itself the gap. "+
			"Settle first whether a question applies: one respondent rating it not applicable while another describes a practice at level 2 or above are answering for different scopes.", compare.MinSpread, compare.MinSpread)),
		app.If(len(list) == 0, func() app.UI {
			return elt("p", attrs{"class", "cmp-none"}, cmpNoneText(s, l10n.T("No two respondents of the same site are two or more levels apart on any question, and none rates not applicable what another rates at level 2 or above.")))
		}).Else(func() app.UI {
			return el("ol", attrs{"class", "cmp-items"},
				app.Range(list[:n]).Slice(func(i int) app.UI { return c.disagreement(list[i]) }),
			)
		}),
		app.If(more != nil, func() app.UI { return more }),
		c.minorList(),
	)
}

// minorList offers the smaller differences (compare.Set.Minor) to be
// settled like the disagreements: a consensus takes the lowest answer of
// each unless the facilitator records the one the group agrees. Folded
// behind a button, as a site of several respondents can have dozens.
func (c *CompareView) minorList() app.UI {
	list := c.set.Minor
	if len(list) == 0 || len(cmpConsensusSites(c.set)) == 0 {
		return nil
	}
	label := l10n.N(len(list), "Show the %d smaller difference to settle", "Show the %d smaller differences to settle")
	if c.showMinor {
		label = l10n.T("Hide the smaller differences")
	}
	return el("div", attrs{"class", "cmp-minor", "id", "cmp-minor"},
		elt("h3", nil, l10n.T("Smaller differences")),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("Answers one level apart, one respondent rating a question not applicable where another gives level 0 or 1 (against level 2 or above it is listed with the disagreements above), or \u201cunknown\u201d against level 0. "+
			"Unless the group agrees an answer here, the consensus takes the lowest answer given, and a level rather than \u201cnot applicable\u201d.")),
		elh("button", cmpToggleAttrs("cmp-minor-toggle", "cmp-minor-list", c.showMinor), txt(label)).
			OnClick(func(ctx app.Context, e app.Event) { c.showMinor = !c.showMinor }),
		app.If(c.showMinor, func() app.UI {
			n, more := c.limited("minor", len(list))
			return el("div", attrs{"id", "cmp-minor-list"},
				el("ol", attrs{"class", "cmp-items"}, app.Range(list[:n]).Slice(func(i int) app.UI { return c.disagreement(list[i]) })),
				app.If(more != nil, func() app.UI { return more }),
			)
		}),
	)
}

// cmpToggleAttrs are the attributes of a button that shows and hides the
// element list: aria-controls only while list is in the page.
func cmpToggleAttrs(id, list string, open bool) attrs {
	a := attrs{"type", "button", "class", "secondary cmp-controls", "id", id, "aria-expanded", strconv.FormatBool(open)}
	if open {
		a = append(a, "aria-controls", list)
	}
	return a
}

// profileDifferences lists, before the answers, the scope fields on which
// respondents of one site and round differ: most of them decide which
// questions are asked and which matrix checks apply, so they are settled
// first.
func (c *CompareView) profileDifferences() app.UI {
	s := c.set
	if len(s.ProfileDifferences) == 0 {
		return nil
	}
	return el("div", attrs{"class", "cmp-profile-diff", "id", "cmp-profile-diff", "role", "note"},
		elt("h3", nil, l10n.T("The respondents describe different scopes")),
		elt("p", nil, l10n.T("These profile fields describe the scope the respondents answered for; most of them decide which questions are asked and which matrix checks apply, so answers given under different scopes are not about the same thing. "+
			"Settle them first. A consensus takes the profile of the site's first respondent; correct its profile afterwards if the group decides otherwise.")),
		el("ul", nil, app.Range(s.ProfileDifferences).Slice(func(i int) app.UI {
			d := s.ProfileDifferences[i]
			site := s.Sites[d.Site]
			vals := make([]string, len(d.Values))
			for j, v := range d.Values {
				vals[j] = site.Respondents[v.Respondent].Label() + ": " + v.Text
			}
			return elt("li", nil, cmpSiteRound(site)+" · "+d.Field.Label+" – "+strings.Join(vals, "; "))
		})),
	)
}

// cmpNoneText explains an empty list, which means little when no site has
// two respondents.
func cmpNoneText(s *compare.Set, text string) string {
	for _, site := range s.Sites {
		if len(site.Respondents) > 1 {
			return text
		}
	}
	return l10n.T("Every site has a single respondent in each round, so there is nothing to set side by side within a site. Add a second respondent's file for a site and round to see where they differ.")
}

func (c *CompareView) disagreement(d compare.Disagreement) app.UI {
	site := c.set.Sites[d.Site]
	return el("li", attrs{"class", "cmp-item cmp-dis"},
		el("div", attrs{"class", "cmp-item-head"},
			el("h3", attrs{"class", "cmp-item-title"},
				elt("span", attrs{"class", "cmp-qid"}, d.Question.ID),
				txt(" \u00b7 "+cmpSiteRound(site)),
			),
			elt("span", attrs{"class", fmt.Sprintf("cmp-badge spread-%d", min(d.Distance(), 4))}, d.SpreadText()),
			app.If(d.Question.Weight >= 3, func() app.UI {
				return elt("span", attrs{"class", "cmp-badge cmp-critical"}, l10n.T("critical question"))
			}),
		),
		elt("p", attrs{"class", "cmp-item-text"}, d.Question.Text),
		el("table", attrs{"class", "cmp-who"},
			el("thead", attrs{"class", "visually-hidden"}, el("tr", nil,
				elt("th", attrs{"scope", "col"}, l10n.T("Respondent")),
				elt("th", attrs{"scope", "col"}, l10n.T("Answer")),
				elt("th", attrs{"scope", "col"}, l10n.T("Note")),
			)),
			el("tbody", nil,
				app.Range(d.Answers).Slice(func(i int) app.UI {
					a := d.Answers[i]
					r := site.Respondents[a.Respondent]
					class := "cmp-who-row"
					switch {
					case a.Counted && a.Level == d.High:
						class += " is-high"
					case a.Counted && a.Level == d.Low:
						class += " is-low"
					}
					return el("tr", attrs{"class", class},
						elt("th", attrs{"scope", "row"}, r.Label()),
						elt("td", attrs{"class", "cmp-answer"}, a.Text()),
						el("td", attrs{"class", "cmp-answer-note"},
							app.If(a.Note != "", func() app.UI { return txt(a.Note) }).
								Else(func() app.UI { return elt("span", attrs{"class", "cmp-no-note"}, l10n.T("no note")) }),
						),
					)
				}),
			),
		),
		c.consensusForm(d),
	)
}

// --- ownership matrix ------------------------------------------------------------

func cmpRelevanceBadge(r assessment.Relevance) app.UI {
	switch r {
	case assessment.RelevanceHigh:
		return elt("span", attrs{"class", "cmp-badge cmp-critical"}, l10n.T("high OT relevance"))
	case assessment.RelevanceMedium:
		return elt("span", attrs{"class", "cmp-badge"}, l10n.T("medium OT relevance"))
	}
	return elt("span", attrs{"class", "cmp-badge cmp-quiet"}, l10n.T("low OT relevance"))
}

// cmpRowLetters spells out a matrix row, A first, e.g. "A: OT /
// automation lead · R: Plant operations".
func cmpRowLetters(row assessment.RACI) string {
	var parts []string
	for _, l := range []assessment.Letter{assessment.LetterAccountableResponsible, assessment.LetterAccountable, assessment.LetterResponsible, assessment.LetterConsulted, assessment.LetterInformed} {
		var roles []string
		for _, r := range assessment.RACIRoles {
			if row[r] == l {
				roles = append(roles, assessment.RoleLabel(r))
			}
		}
		if len(roles) > 0 {
			parts = append(parts, string(l)+": "+strings.Join(roles, ", "))
		}
	}
	return strings.Join(parts, " \u00b7 ")
}

func (c *CompareView) raciWithin() app.UI {
	s := c.set
	list := s.RACIDisagreements
	n, more := c.limited("raci", len(list))
	return el("section", attrs{"class", "cmp-section", "id", "raci-within", "aria-labelledby", "cmp-raci-title"},
		elt("h2", attrs{"id", "cmp-raci-title"}, l10n.T("Ownership matrix: where respondents of one site disagree")),
		elt("p", attrs{"class", "cmp-note"}, l10n.T("Matrix rows that two respondents of the same site filled with a different accountable role, or where one names none; "+
			"then rows where they name the same accountable role but different responsible roles. "+
			"Rows a respondent left empty are not counted, nor are differences in consulted or informed roles alone. Controls that matter most on the plant floor come first.")),
		app.If(len(list) == 0, func() app.UI {
			return elt("p", attrs{"class", "cmp-none"}, cmpNoneText(s, l10n.T("Where respondents of the same site filled the same matrix row, they name the same accountable role.")))
		}).Else(func() app.UI {
			return el("div", attrs{"class", "cmp-table-wrap"},
				el("table", attrs{"class", "cmp-list-table"},
					elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Matrix rows on which respondents of one site disagree")),
					colHeads(l10n.T("Control and domain"), l10n.T("Site"), l10n.T("What differs, as each respondent filled the row")),
					el("tbody", nil,
						app.Range(list[:n]).Slice(func(i int) app.UI {
							d := list[i]
							site := s.Sites[d.Site]
							return el("tr", attrs{"class", "cmp-raci"},
								cmpControlCell(d.Key, d.Control),
								elt("td", attrs{"class", "cmp-list-site"}, cmpSiteRound(site)),
								el("td", nil, elt("p", attrs{"class", "cmp-dispute"}, cmpDisputeText(d.On)), el("ul", attrs{"class", "cmp-views"},
									app.Range(d.Views).Slice(func(j int) app.UI {
										v := d.Views[j]
										who := elt("span", attrs{"class", "cmp-view-who"}, site.Respondents[v.Respondent].Label()+": ")
										if d.On == compare.DisputeResponsible {
											return el("li", nil, who,
												elt("strong", attrs{"class", "cmp-acc"}, l10n.F("Responsible: %s", compare.ResponsibleLabel(v.Responsible))),
												elt("span", attrs{"class", "cmp-view-row"}, cmpRowLetters(v.Row)),
											)
										}
										return el("li", nil, who,
											elt("strong", attrs{"class", cmpAccountableClass(v.Accountable)}, compare.AccountableLabel(v.Accountable)),
											elt("span", attrs{"class", "cmp-view-row"}, cmpRowLetters(v.Row)),
										)
									}),
								), c.rowConsensusForm(d)),
							)
						}),
					),
				),
			)
		}),
		app.If(more != nil, func() app.UI { return more }),
	)
}

// cmpDisputeText says what the respondents differ on in a matrix row.
func cmpDisputeText(d compare.Dispute) string {
	if d == compare.DisputeResponsible {
		return l10n.T("Same accountable role, different responsible roles:")
	}
	return l10n.T("Different accountable roles:")
}

// cmpControlCell is the row header of a matrix row in the lists.
func cmpControlCell(k assessment.CellKey, ctl assessment.Control) app.UI {
	return el("th", attrs{"scope", "row", "class", "cmp-control"},
		elt("span", attrs{"class", "cmp-control-name"}, k.Control+" "+ctl.Label),
		elt("span", attrs{"class", "cmp-control-domain"}, assessment.DomainLabel(k.Domain)),
		cmpRelevanceBadge(ctl.Relevance),
	)
}

// cmpAcrossSentence counts the matrix rows filled at two or more sites
// so that the parts add up to the whole.
func cmpAcrossSentence(s *compare.Set) string { return cmpAcrossText(s.AcrossSites()) }

// cmpAcrossText is cmpAcrossSentence from the counts: each part named
// only when it counts something, its verb agreeing with its number.
func cmpAcrossText(filled, agree, differ, none int) string {
	type part struct {
		n         int
		one, many string // the verb phrase for one row and for several
	}
	var parts []part
	for _, p := range []part{
		{agree, l10n.M("names the same accountable role everywhere"), l10n.M("name the same accountable role everywhere")},
		{differ, l10n.M("differs"), l10n.M("differ")},
		{none, l10n.M("names no accountable role at any site"), l10n.M("name no accountable role at any site")},
	} {
		if p.n > 0 {
			parts = append(parts, p)
		}
	}
	var text string
	switch {
	case len(parts) == 0:
		return l10n.T("No matrix row is filled at two or more sites.")
	case len(parts) == 1 && filled == 1:
		text = l10n.F("The one matrix row filled at two or more sites %s", l10n.T(parts[0].one))
	case len(parts) == 1:
		text = l10n.F("All %d matrix rows filled at two or more sites %s", filled, l10n.T(parts[0].many))
	default:
		texts := make([]string, len(parts))
		for i, p := range parts {
			texts[i] = fmt.Sprintf("%d %s", p.n, l10n.T(p.many))
			if p.n == 1 {
				texts[i] = "1 " + l10n.T(p.one)
			}
		}
		text = l10n.F("Of the %d matrix rows filled at two or more sites, %s and %s", filled, strings.Join(texts[:len(texts)-1], ", "), texts[len(texts)-1])
	}
	if differ > 0 {
		return text + l10n.T(". The rows that differ, most relevant on the plant floor first:")
	}
	return text + "."
}

func cmpAccountableClass(v string) string {
	if v == compare.NoAccountable || strings.Contains(v, "+") {
		return "cmp-acc cmp-acc-bad"
	}
	return "cmp-acc"
}

func (c *CompareView) raciAcross() app.UI {
	s := c.set
	conflicts, multi := c.conflicts, c.multi
	n, more := c.limited("conflicts", len(conflicts))
	return el("section", attrs{"class", "cmp-section", "id", "raci-across", "aria-labelledby", "cmp-across-title"},
		elt("h2", attrs{"id", "cmp-across-title"}, l10n.T("Ownership matrix: where sites differ")),
		app.If(len(s.Sites) < 2, func() app.UI {
			return elt("p", attrs{"class", "cmp-none"}, l10n.T("Only one site is loaded. Add the files of other sites to compare their ownership matrices."))
		}).ElseIf(multi == 0, func() app.UI {
			return elt("p", attrs{"class", "cmp-note"}, l10n.T("No matrix row is filled at two or more sites, so there is nothing to compare yet."))
		}).ElseIf(len(conflicts) == 0, func() app.UI {
			return elt("p", attrs{"class", "cmp-none", "id", "raci-agree"}, cmpAcrossSentence(s))
		}).Else(func() app.UI {
			return el("div", nil,
				elt("p", attrs{"class", "cmp-note", "id", "raci-agree"}, cmpAcrossSentence(s)),
				el("div", attrs{"class", "cmp-table-wrap"},
					el("table", attrs{"class", "cmp-list-table"},
						elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Matrix rows whose accountable role differs between sites")),
						colHeads(l10n.T("Control and domain"), l10n.T("Accountable role named, and by which sites")),
						el("tbody", nil,
							app.Range(conflicts[:n]).Slice(func(i int) app.UI { return c.conflict(conflicts[i]) }),
						),
					),
				),
			)
		}),
		app.If(more != nil, func() app.UI { return more }),
	)
}

func (c *CompareView) conflict(r compare.RACIRow) app.UI {
	s := c.set
	// Sites whose respondents agree are grouped under the role they name;
	// sites split within themselves are listed once, apart: the table above
	// shows who said what there.
	type group struct {
		label string
		bad   bool
		sites []string
	}
	var groups []group
	var split []string
	for _, v := range r.Values {
		g := group{label: compare.AccountableLabel(v), bad: cmpAccountableClass(v) != "cmp-acc"}
		for _, sa := range r.Sites {
			if len(sa.Values) == 1 && sa.Values[0] == v {
				g.sites = append(g.sites, s.Sites[sa.Site].Name)
			}
		}
		if len(g.sites) > 0 {
			groups = append(groups, g)
		}
	}
	for _, sa := range r.Sites {
		if len(sa.Values) > 1 {
			split = append(split, s.Sites[sa.Site].Name)
		}
	}
	if len(split) > 0 {
		groups = append(groups, group{label: l10n.T("Respondents disagree within the site"), bad: true, sites: split})
	}
	return el("tr", attrs{"class", "cmp-conflict"},
		cmpControlCell(r.Key, r.Control),
		el("td", nil, el("ul", attrs{"class", "cmp-views"},
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				class := "cmp-acc"
				if g.bad {
					class += " cmp-acc-bad"
				}
				return el("li", nil,
					elt("strong", attrs{"class", class}, g.label),
					elt("span", attrs{"class", "cmp-count"}, " \u2013 "+l10n.N(len(g.sites), "%d site", "%d sites")+": "),
					cmpSiteNames(g.sites),
				)
			}),
		)),
	)
}

// cmpSiteNamesShown is how many site names a list shows before folding
// the rest into a disclosure.
const cmpSiteNamesShown = 8

func cmpSiteNames(names []string) app.UI {
	if len(names) <= cmpSiteNamesShown+1 {
		return elt("span", nil, strings.Join(names, ", "))
	}
	rest := names[cmpSiteNamesShown:]
	return el("span", nil,
		txt(strings.Join(names[:cmpSiteNamesShown], ", ")+", "),
		el("details", attrs{"class", "cmp-more-sites"},
			elt("summary", nil, l10n.F("and %d more", len(rest))),
			txt(strings.Join(rest, ", ")),
		),
	)
}
