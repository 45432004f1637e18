package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/compare"
)

// Render draws the sources, then the comparison once something is loaded.
func (c *CompareView) Render() app.UI {
	c.init()
	return app.Elem("section").Class("cmp").ID("compare").Aria("labelledby", "compare-title").Body(
		app.Elem("div").Class("cmp-head").Body(
			app.Elem("h1").ID("compare-title").Text("Compare sites and respondents"),
			app.If(c.set != nil, func() app.UI { return c.actions() }),
		),
		app.Elem("p").Class("cmp-lead").Text("Put the assessments of several plants side by side, or several respondents of one plant: "+
			"where plants differ, and where the IT and OT leads of the same plant answer an ownership question differently, "+
			"is where the ownership design needs work."),
		c.sources(),
		c.progress(),
		c.body(),
	)
}

func (c *CompareView) actions() app.UI {
	label := "Export consolidated CSV"
	if c.export {
		label = "Preparing the CSV\u2026"
	}
	return app.Elem("div").Class("cmp-actions cmp-controls").Body(
		app.Elem("button").Attr("type", "button").ID("compare-export").Attr("disabled", c.export).Body(
			app.Elem("span").Aria("hidden", "true").Text("\u2193"),
			app.Text(label),
		).OnClick(func(ctx app.Context, e app.Event) { c.exportCSV(ctx) }),
		app.Elem("button").Attr("type", "button").Class("secondary").ID("compare-print").Text("Print comparison").OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actPrint) }),
	)
}

// --- sources ---------------------------------------------------------------

func (c *CompareView) sources() app.UI {
	return app.Elem("div").Class("cmp-sources cmp-controls").Body(
		c.storedPicker(),
		c.filePicker(),
	)
}

func (c *CompareView) storedPicker() app.UI {
	if len(c.Items) == 0 {
		return app.Elem("div").Class("cmp-source cmp-stored").Body(
			app.Elem("h2").Class("cmp-source-title").Text("Stored in this browser"),
			app.Elem("p").Class("muted").Text("No assessment is stored in this browser yet. Add the CSV files exported on the other laptops instead."),
		)
	}
	all := len(c.selected) == len(c.Items)
	return app.Elem("fieldset").Class("cmp-source cmp-stored").Body(
		app.Elem("legend").Class("cmp-source-title").Text("Stored in this browser"),
		app.Elem("div").Class("cmp-check cmp-check-all").Body(
			app.ElemSelfClosing("input").Attr("type", "checkbox").ID("cmp-all").Attr("checked", all).
				OnChange(func(ctx app.Context, e app.Event) { c.toggleAll(ctx, ctx.JSSrc().Get("checked").Bool()) }),
			app.Elem("label").Attr("for", "cmp-all").Text(fmt.Sprintf("Select all (%d)", len(c.Items))),
		),
		app.Elem("ul").Class("cmp-stored-list").Body(
			app.Range(c.Items).Slice(func(i int) app.UI {
				it := c.Items[i]
				id := "cmp-stored-" + it.ID
				var detail []string
				for _, s := range []string{it.Site, it.Respondent, it.Date} {
					if strings.TrimSpace(s) != "" {
						detail = append(detail, s)
					}
				}
				name := it.Name
				if name == "" {
					name = "Untitled assessment"
				}
				return app.Elem("li").Class("cmp-check").Body(
					app.ElemSelfClosing("input").Attr("type", "checkbox").ID(id).Attr("checked", c.selected[it.ID]).
						OnChange(func(ctx app.Context, e app.Event) { c.toggleStored(ctx, it.ID, ctx.JSSrc().Get("checked").Bool()) }),
					app.Elem("label").Attr("for", id).Body(
						app.Elem("span").Class("cmp-stored-name").Text(name),
						app.If(len(detail) > 0, func() app.UI {
							return app.Elem("span").Class("cmp-stored-detail").Text(strings.Join(detail, " \u00b7 "))
						}),
					),
					app.If(c.storedErr[it.ID] != "", func() app.UI {
						return app.Elem("p").Class("field-error").Text("Could not load it: " + c.storedErr[it.ID])
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
	return app.Elem("div").Class(class).ID("compare-drop").
		OnDragEnter(c.onDragEnter).
		OnDragOver(c.onDragOver).
		OnDragLeave(c.onDragLeave).
		OnDrop(c.onDrop).
		Body(
			app.Elem("h2").Class("cmp-source-title").Text("CSV files from other laptops"),
			app.Elem("p").Class("cmp-drop-hint").Body(
				app.Elem("span").Class("cmp-drop-icon").Aria("hidden", "true").Text("\u21ea"),
				app.Text(" Drop the exported CSV files here (one per plant or per respondent), or:"),
			),
			// The input stays focusable (visually hidden, not display:none)
			// and its label is the visible button, so the picker opens by
			// keyboard too.
			app.ElemSelfClosing("input").Attr("type", "file").ID("compare-files").Class("cmp-file-input").
				Attr("accept", ".csv,text/csv").Attr("multiple", true).
				OnChange(c.onPick),
			app.Elem("label").Attr("for", "compare-files").Class("button secondary cmp-file-label").Body(
				app.Elem("span").Aria("hidden", "true").Text("\u2191"),
				app.Text("Choose CSV files"),
			),
			app.If(len(c.files) > 0, func() app.UI { return c.fileList() }),
		)
}

// cmpFilesListed is how many files are listed one by one; beyond it, the
// files read without problems fold into a summary (files with problems
// stay listed, they need attention).
const cmpFilesListed = 6

func (c *CompareView) fileList() app.UI {
	if len(c.files) <= cmpFilesListed {
		return app.Elem("ul").Class("cmp-files").ID("compare-file-list").Body(
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
	return app.Elem("div").ID("compare-file-list").Body(
		app.If(len(other) > 0, func() app.UI {
			return app.Elem("ul").Class("cmp-files").Body(
				app.Range(other).Slice(func(i int) app.UI { return c.fileItem(other[i]) }),
			)
		}),
		app.If(len(good) > 0, func() app.UI {
			return app.Elem("details").Class("cmp-files-more").Body(
				app.Elem("summary").Body(
					app.Elem("span").Class("cmp-good").Text(fmt.Sprintf("%s read: %s",
						cmpPlural(len(good), "file", "files"), cmpPlural(assessments, "assessment", "assessments"))),
					app.Elem("span").Class("cmp-files-show").Text(" \u2013 show the list"),
				),
				app.Elem("ul").Class("cmp-files").Body(
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
		status = app.Elem("span").Class("cmp-file-status muted").Text("reading\u2026")
	case len(f.problems) > 0:
		class += " cmp-file-bad"
		status = app.Elem("span").Class("cmp-file-status cmp-bad").Text("not used: the file has errors")
	default:
		status = app.Elem("span").Class("cmp-file-status cmp-good").Text(cmpPlural(len(f.entries), "assessment", "assessments"))
	}
	return app.Elem("li").Class(class).Body(
		app.Elem("div").Class("cmp-file-row").Body(
			app.Elem("span").Class("cmp-file-name").Text(f.name),
			status,
			app.Elem("button").Attr("type", "button").Class("secondary cmp-small").
				Aria("label", "Remove "+f.name).Text("Remove").
				OnClick(func(ctx app.Context, e app.Event) { c.removeFile(ctx, f.seq) }),
		),
		app.If(len(f.problems) > 0, func() app.UI {
			shown := f.problems
			more := 0
			if len(shown) > 8 {
				shown, more = shown[:8], len(shown)-8
			}
			return app.Elem("ul").Class("cmp-problems").Body(
				app.Range(shown).Slice(func(j int) app.UI { return app.Elem("li").Text(shown[j]) }),
				app.If(more > 0, func() app.UI { return app.Elem("li").Text(fmt.Sprintf("\u2026 and %d more", more)) }),
			)
		}),
	)
}

func (c *CompareView) progress() app.UI {
	loading := c.total > 0 && (c.running || len(c.queue) > 0)
	if !loading && !c.building {
		return app.Elem("div").Class("cmp-progress").ID("compare-progress").Attr("role", "status")
	}
	text := "Building the comparison\u2026"
	if loading {
		text = fmt.Sprintf("Loaded %d of %d", c.done, c.total)
	}
	return app.Elem("div").Class("cmp-progress").ID("compare-progress").Attr("role", "status").Body(
		app.If(loading, func() app.UI {
			return app.Elem("progress").ID("compare-progress-bar").Attr("max", c.total).Attr("value", c.done).Aria("label", "Loading the assessments")
		}),
		app.Elem("span").Class("cmp-progress-text").Text(text),
	)
}

// --- the comparison ----------------------------------------------------------

func (c *CompareView) body() app.UI {
	s := c.set
	if s == nil {
		if c.building || c.running || len(c.queue) > 0 {
			return app.Elem("div")
		}
		return c.empty()
	}
	return app.Elem("div").Class("cmp-result").ID("compare-result").Body(
		c.summary(),
		c.heatMap(),
		c.drillDown(),
		c.disagreements(),
		c.raciWithin(),
		c.raciAcross(),
	)
}

func (c *CompareView) empty() app.UI {
	return app.Elem("div").Class("cmp-empty").ID("compare-empty").Body(
		app.Elem("h2").Text("Nothing to compare yet"),
		app.Elem("p").Text("Choose the assessments to put side by side:"),
		app.Elem("ul").Body(
			app.Elem("li").Text("tick the ones stored in this browser, or"),
			app.Elem("li").Text("drop the CSV files exported on the other laptops onto the dashed box, or choose them with its button: "+
				"one file per plant, or one per respondent of a plant (IT lead, OT lead, Quality\u2026)."),
		),
		app.Elem("p").Text("The heat map of sites and areas, the drill-down per area and the lists of disagreements appear as soon as the files are read. "+
			"Nothing leaves this browser."),
	)
}

func (c *CompareView) summary() app.UI {
	s := c.set
	text := fmt.Sprintf("%s from %s.", cmpPlural(s.Assessments(), "assessment", "assessments"), cmpPlural(len(s.Sites), "site", "sites"))
	return app.Elem("div").Class("cmp-summary").Body(
		app.Elem("p").ID("compare-summary").Text(text),
		app.If(len(s.Duplicates) > 0, func() app.UI {
			return app.Elem("ul").Class("cmp-dups muted").Body(
				app.Range(s.Duplicates).Slice(func(i int) app.UI {
					d := s.Duplicates[i]
					return app.Elem("li").Text(fmt.Sprintf("Counted once: the assessment in %s is the same as the one in %s.", cmpSourceLabel(d.Source), cmpSourceLabel(d.KeptSource)))
				}),
			)
		}),
	)
}

func cmpSourceLabel(src string) string {
	if src == compare.SourceStored {
		return "this browser"
	}
	return "\u201c" + src + "\u201d"
}

// --- heat map ----------------------------------------------------------------

var cmpBandSymbols = [5]string{"\u25cb", "\u25d4", "\u25d1", "\u25d5", "\u25cf"} // ○ ◔ ◑ ◕ ●
var cmpBandLabels = [5]string{"below 20", "20 to 39", "40 to 59", "60 to 79", "80 and above"}

// cmpAreaShorts are short column titles for the areas; the legend spells out
// the full titles.
var cmpAreaShorts = map[string]string{
	"GOV": "Governance", "SCO": "Scope", "ROL": "Roles", "INT": "Interfaces", "CTL": "Controls",
	"CHG": "Change", "INC": "Incidents", "BRF": "Brownfield", "MOD": "Model", "PRA": "Practice",
}

func cmpAreaShort(a assessment.Area) string {
	if s, ok := cmpAreaShorts[a.ID]; ok {
		return s
	}
	return a.ID
}

func (c *CompareView) heatMap() app.UI {
	s := c.set
	order := c.order
	return app.Elem("section").Class("cmp-section").Aria("labelledby", "cmp-heat-title").Body(
		app.Elem("h2").ID("cmp-heat-title").Text("Maturity by site and area"),
		// The explanation stays outside the table: a caption would scroll
		// away with a table wider than a tablet.
		app.Elem("p").Class("cmp-note").ID("cmp-heat-note").Body(
			app.Text("Score out of 100 per site and design area: the mean over the respondents of each site."),
			app.Elem("span").Class("cmp-screen-only").Text(" Select a column title to sort by it."),
		),
		app.Elem("div").Class("cmp-table-wrap").Body(
			app.Elem("table").Class("cmp-heat").ID("heatmap").Aria("describedby", "cmp-heat-note").Body(
				app.Elem("caption").Class("visually-hidden").Text("Maturity score by site and area"),
				app.Elem("thead").Body(app.Elem("tr").Body(
					c.sortHeader(compare.SortSite, "Site", "cmp-col-site"),
					c.sortHeader(compare.SortOverall, "Overall", "cmp-col-overall"),
					app.Range(s.Areas).Slice(func(i int) app.UI {
						return c.sortHeader(s.Areas[i].ID, cmpAreaShort(s.Areas[i]), "")
					}),
				)),
				app.Elem("tbody").Body(
					app.Range(order).Slice(func(i int) app.UI {
						site := s.Sites[order[i]]
						return app.Elem("tr").Body(
							app.Elem("th").Attr("scope", "row").Class("cmp-site").Body(
								app.Elem("span").Class("cmp-site-name").Text(site.Name),
								app.Elem("span").Class("cmp-site-who").Text(cmpRespondentsLine(site)),
							),
							cmpHeatCell(site.Overall, len(site.Respondents), "cmp-overall"),
							app.Range(site.Areas).Slice(func(j int) app.UI {
								return cmpHeatCell(site.Areas[j], len(site.Respondents), "")
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
		labels[i] = r.Name
		if short, ok := cmpRoleShort[r.Role]; ok {
			labels[i] += " (" + short + ")"
		}
	}
	return strings.Join(labels, ", ")
}

func (c *CompareView) sortHeader(key, label, class string) app.UI {
	active := c.sortKey == key
	arrow := "\u2195" // ↕
	th := app.Elem("th").Attr("scope", "col").Class(strings.TrimSpace("cmp-sort " + class))
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
		app.Elem("button").Attr("type", "button").Class("cmp-sort-button").ID("sort-"+key).Body(
			app.Elem("span").Text(label),
			app.Elem("span").Class("cmp-sort-arrow").Aria("hidden", "true").Text(arrow),
		).OnClick(func(ctx app.Context, e app.Event) { c.sortBy(key) }),
		// Printing hides every button; this copy of the title (display:none
		// on screen, so read once) keeps the column named on paper.
		app.Elem("span").Class("cmp-print-label").Text(label),
	)
}

// cmpHeatCell shows a score with its band as colour, symbol and pattern, so
// that nothing depends on colour alone.
func cmpHeatCell(cell compare.Cell, respondents int, extra string) app.UI {
	if !cell.HasScore {
		return app.Elem("td").Class(strings.TrimSpace("cmp-heat-cell heat-none "+extra)).Body(
			app.Elem("span").Aria("hidden", "true").Text("\u2013"),
			app.Elem("span").Class("visually-hidden").Text("no score"),
		)
	}
	band := compare.Band(cell.Score)
	return app.Elem("td").Class(strings.TrimSpace(fmt.Sprintf("cmp-heat-cell heat-%d %s", band, extra))).Body(
		app.Elem("span").Class("heat-num").Text(strconv.Itoa(int(cell.Score+0.5))),
		app.Elem("span").Class("heat-sym").Aria("hidden", "true").Text(cmpBandSymbols[band]),
		app.If(respondents > 1 && cell.N < respondents, func() app.UI {
			return app.Elem("span").Class("heat-n").Text(fmt.Sprintf("n=%d", cell.N))
		}),
	)
}

func (c *CompareView) heatLegend() app.UI {
	areas := c.set.Areas
	return app.Elem("div").Class("cmp-legend").Body(
		app.Elem("ul").Class("cmp-bands").Aria("label", "Score bands").Body(
			app.Range(cmpBandLabels[:]).Slice(func(i int) app.UI {
				return app.Elem("li").Class(fmt.Sprintf("cmp-band heat-%d", i)).Body(
					app.Elem("span").Class("heat-sym").Aria("hidden", "true").Text(cmpBandSymbols[i]),
					app.Text(" "+cmpBandLabels[i]),
				)
			}),
			app.Elem("li").Class("cmp-band heat-none").Text("\u2013 no score"),
		),
		app.Elem("p").Class("cmp-note").Text("n = respondents with a score in that area, shown when not all of the site's respondents have one. "+
			"Unknown answers count as 0; not applicable ones are left out."),
		app.Elem("dl").Class("cmp-area-key").Body(
			app.Range(areas).Slice(func(i int) app.UI {
				return app.Elem("div").Body(
					app.Elem("dt").Text(cmpAreaShort(areas[i])),
					app.Elem("dd").Text(areas[i].Title),
				)
			}),
		),
	)
}

// --- drill-down ----------------------------------------------------------------

func (c *CompareView) drillDown() app.UI {
	s := c.set
	return app.Elem("section").Class("cmp-section").Aria("labelledby", "cmp-drill-title").Body(
		app.Elem("h2").ID("cmp-drill-title").Text("Questions of one area across sites"),
		app.Elem("div").Class("cmp-area-picker cmp-controls").Attr("role", "group").Aria("label", "Area").Body(
			app.Range(s.Areas).Slice(func(i int) app.UI {
				a := s.Areas[i]
				pressed := "false"
				if a.ID == c.drill {
					pressed = "true"
				}
				return app.Elem("button").Attr("type", "button").Class("cmp-area-button").ID("drill-"+a.ID).
					Aria("pressed", pressed).Text(cmpAreaShort(a)).
					OnClick(func(ctx app.Context, e app.Event) { c.drillInto(a.ID) })
			}),
		),
		app.If(c.drilled == nil, func() app.UI {
			return app.Elem("p").Class("cmp-note").ID("cmp-drill-hint").Text("Choose an area to see each of its questions per site: the mean level and every respondent's answer.")
		}).Else(func() app.UI { return c.drillTable(*c.drilled) }),
	)
}

func (c *CompareView) drillTable(d compare.Drill) app.UI {
	s := c.set
	return app.Elem("div").Class("cmp-drill-body").Body(
		app.Elem("h3").ID("cmp-drill-area").Text(d.Area.Title),
		app.Elem("ol").Class("cmp-question-key").Body(
			app.Range(d.Questions).Slice(func(i int) app.UI {
				q := d.Questions[i]
				return app.Elem("li").Body(
					app.Elem("span").Class("cmp-qid").Text(q.ID),
					app.Text(" "+q.Text),
				)
			}),
		),
		app.Elem("p").Class("cmp-note").ID("cmp-drill-note").Text("Mean maturity level (0 to 4) per site and question, then each respondent's answer: "+
			"? is unknown (counted as 0), n/a not applicable, \u2013 not answered."),
		app.Elem("div").Class("cmp-table-wrap").Body(
			app.Elem("table").Class("cmp-drill").ID("drill").Aria("describedby", "cmp-drill-note").Body(
				app.Elem("caption").Class("visually-hidden").Text(d.Area.Title+": questions by site"),
				app.Elem("thead").Body(app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "col").Text("Site"),
					app.Range(d.Questions).Slice(func(i int) app.UI {
						return app.Elem("th").Attr("scope", "col").Class("cmp-num").Text(d.Questions[i].ID)
					}),
				)),
				app.Elem("tbody").Body(
					app.Range(c.order).Slice(func(i int) app.UI {
						row := d.Rows[c.order[i]]
						site := s.Sites[row.Site]
						return app.Elem("tr").Body(
							app.Elem("th").Attr("scope", "row").Class("cmp-site").Text(site.Name),
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
	mean := app.Elem("span").Class("drill-mean").Body(
		app.Elem("span").Aria("hidden", "true").Text("\u2013"),
		app.Elem("span").Class("visually-hidden").Text("no answer"),
	)
	if cell.HasMean {
		band := compare.Band(cell.Mean / assessment.MaxLevel * 100)
		class = fmt.Sprintf("cmp-drill-cell heat-%d", band)
		mean = app.Elem("span").Class("drill-mean").Body(
			app.Text(strconv.FormatFloat(cell.Mean, 'f', 1, 64)),
			app.Elem("span").Class("heat-sym").Aria("hidden", "true").Text(cmpBandSymbols[band]),
		)
	}
	return app.Elem("td").Class(class).Body(
		mean,
		app.If(len(site.Respondents) > 1, func() app.UI {
			return app.Elem("ul").Class("drill-who").Body(
				app.Range(cell.Ratings).Slice(func(i int) app.UI {
					r := cell.Ratings[i]
					resp := site.Respondents[r.Respondent]
					return app.Elem("li").Body(
						app.Elem("span").Class("visually-hidden").Text(resp.Label()+": "),
						app.Elem("span").Class("drill-role").Aria("hidden", "true").Text(cmpRespondentShort(resp)),
						app.Text(" "),
						cmpRatingShort(r.Rating),
					)
				}),
			)
		}),
	)
}

var cmpRoleShort = map[assessment.Role]string{
	assessment.RoleExecutive: "Exec", assessment.RoleISMSOwner: "ISMS", assessment.RoleIT: "IT", assessment.RoleOT: "OT",
	assessment.RoleQuality: "QA", assessment.RoleEHS: "EHS", assessment.RoleLegal: "Legal", assessment.RoleHR: "HR",
	assessment.RoleProcurement: "Proc", assessment.RoleOperations: "Ops", assessment.RoleConsultant: "Cons",
}

// cmpRespondentShort is the short tag of a respondent in dense cells: the
// role, else the initials.
func cmpRespondentShort(r compare.Respondent) string {
	if s, ok := cmpRoleShort[r.Role]; ok {
		return s
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

func cmpRatingShort(r assessment.Rating) app.UI {
	switch r {
	case assessment.RatingUnknown:
		return app.Elem("span").Body(app.Elem("span").Aria("hidden", "true").Text("?"), app.Elem("span").Class("visually-hidden").Text("unknown"))
	case assessment.RatingNotApplicable:
		return app.Elem("span").Body(app.Elem("span").Aria("hidden", "true").Text("n/a"), app.Elem("span").Class("visually-hidden").Text("not applicable"))
	case assessment.RatingNone:
		return app.Elem("span").Body(app.Elem("span").Aria("hidden", "true").Text("\u2013"), app.Elem("span").Class("visually-hidden").Text("not answered"))
	}
	return app.Elem("span").Class("drill-level").Text(string(r))
}

// --- disagreements -------------------------------------------------------------

func (c *CompareView) limited(key string, n int) (int, app.UI) {
	if n <= cmpListLimit || c.showAll[key] {
		return n, nil
	}
	return cmpListLimit, app.Elem("button").Attr("type", "button").Class("secondary cmp-more cmp-controls").ID("more-" + key).
		Text(fmt.Sprintf("Show all %d", n)).
		OnClick(func(ctx app.Context, e app.Event) { c.showAll[key] = true })
}

func (c *CompareView) disagreements() app.UI {
	s := c.set
	list := s.Disagreements
	n, more := c.limited("answers", len(list))
	return app.Elem("section").Class("cmp-section").ID("disagreements").Aria("labelledby", "cmp-dis-title").Body(
		app.Elem("h2").ID("cmp-dis-title").Text("Where respondents of one site disagree"),
		app.Elem("p").Class("cmp-note").Text(fmt.Sprintf("Questions on which two respondents of the same site are %d or more maturity levels apart, "+
			"the widest split on the weightiest question first. An unknown answer counts as level 0: not knowing is itself the gap.", compare.MinSpread)),
		app.If(len(list) == 0, func() app.UI {
			return app.Elem("p").Class("cmp-none").Text(cmpNoneText(s, "No two respondents of the same site are two or more levels apart on any question."))
		}).Else(func() app.UI {
			return app.Elem("ol").Class("cmp-items").Body(
				app.Range(list[:n]).Slice(func(i int) app.UI { return c.disagreement(list[i]) }),
			)
		}),
		app.If(more != nil, func() app.UI { return more }),
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
	return "Every site has a single respondent, so there is nothing to set side by side within a site. Add a second respondent's file for a site to see where they differ."
}

func (c *CompareView) disagreement(d compare.Disagreement) app.UI {
	site := c.set.Sites[d.Site]
	return app.Elem("li").Class("cmp-item cmp-dis").Body(
		app.Elem("div").Class("cmp-item-head").Body(
			app.Elem("h3").Class("cmp-item-title").Body(
				app.Elem("span").Class("cmp-qid").Text(d.Question.ID),
				app.Text(" \u00b7 "+site.Name),
			),
			app.Elem("span").Class(fmt.Sprintf("cmp-badge spread-%d", min(d.Spread, 4))).Text(fmt.Sprintf("%d levels apart", d.Spread)),
			app.If(d.Question.Weight >= 3, func() app.UI { return app.Elem("span").Class("cmp-badge cmp-critical").Text("critical question") }),
		),
		app.Elem("p").Class("cmp-item-text").Text(d.Question.Text),
		app.Elem("table").Class("cmp-who").Body(
			app.Elem("thead").Class("visually-hidden").Body(app.Elem("tr").Body(
				app.Elem("th").Attr("scope", "col").Text("Respondent"),
				app.Elem("th").Attr("scope", "col").Text("Answer"),
				app.Elem("th").Attr("scope", "col").Text("Note"),
			)),
			app.Elem("tbody").Body(
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
					return app.Elem("tr").Class(class).Body(
						app.Elem("th").Attr("scope", "row").Text(r.Label()),
						app.Elem("td").Class("cmp-answer").Text(cmpRatingLong(a.Rating)),
						app.Elem("td").Class("cmp-answer-note").Body(
							app.If(a.Note != "", func() app.UI { return app.Text(a.Note) }).
								Else(func() app.UI { return app.Elem("span").Class("cmp-no-note").Text("no note") }),
						),
					)
				}),
			),
		),
	)
}

func cmpRatingLong(r assessment.Rating) string {
	switch r {
	case assessment.RatingUnknown:
		return "Unknown (counts as 0)"
	case assessment.RatingNotApplicable:
		return "Not applicable (not counted)"
	case assessment.RatingNone:
		return "Not answered"
	}
	return string(r) + " \u2013 " + r.Label()
}

// --- ownership matrix ------------------------------------------------------------

func cmpRelevanceBadge(r assessment.Relevance) app.UI {
	switch r {
	case assessment.RelevanceHigh:
		return app.Elem("span").Class("cmp-badge cmp-critical").Text("high OT relevance")
	case assessment.RelevanceMedium:
		return app.Elem("span").Class("cmp-badge").Text("medium OT relevance")
	}
	return app.Elem("span").Class("cmp-badge cmp-quiet").Text("low OT relevance")
}

// cmpRowLetters spells out a matrix row, A first, e.g. "A: OT /
// automation lead · R: Plant operations".
func cmpRowLetters(row assessment.RACI) string {
	var parts []string
	for _, l := range []assessment.Letter{assessment.LetterAccountable, assessment.LetterResponsible, assessment.LetterConsulted, assessment.LetterInformed} {
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
	return app.Elem("section").Class("cmp-section").ID("raci-within").Aria("labelledby", "cmp-raci-title").Body(
		app.Elem("h2").ID("cmp-raci-title").Text("Ownership matrix: where respondents of one site disagree"),
		app.Elem("p").Class("cmp-note").Text("Matrix rows that two respondents of the same site filled with a different accountable role, or where one names none. "+
			"Rows a respondent left empty are not counted. Controls that matter most on the plant floor come first."),
		app.If(len(list) == 0, func() app.UI {
			return app.Elem("p").Class("cmp-none").Text(cmpNoneText(s, "Where respondents of the same site filled the same matrix row, they name the same accountable role."))
		}).Else(func() app.UI {
			return app.Elem("div").Class("cmp-table-wrap").Body(
				app.Elem("table").Class("cmp-list-table").Body(
					app.Elem("caption").Class("visually-hidden").Text("Matrix rows on which respondents of one site disagree"),
					app.Elem("thead").Body(app.Elem("tr").Body(
						app.Elem("th").Attr("scope", "col").Text("Control and domain"),
						app.Elem("th").Attr("scope", "col").Text("Site"),
						app.Elem("th").Attr("scope", "col").Text("Accountable, as each respondent filled the row"),
					)),
					app.Elem("tbody").Body(
						app.Range(list[:n]).Slice(func(i int) app.UI {
							d := list[i]
							site := s.Sites[d.Site]
							return app.Elem("tr").Class("cmp-raci").Body(
								cmpControlCell(d.Key, d.Control),
								app.Elem("td").Class("cmp-list-site").Text(site.Name),
								app.Elem("td").Body(app.Elem("ul").Class("cmp-views").Body(
									app.Range(d.Views).Slice(func(j int) app.UI {
										v := d.Views[j]
										return app.Elem("li").Body(
											app.Elem("span").Class("cmp-view-who").Text(site.Respondents[v.Respondent].Label()+": "),
											app.Elem("strong").Class(cmpAccountableClass(v.Accountable)).Text(compare.AccountableLabel(v.Accountable)),
											app.Elem("span").Class("cmp-view-row").Text(cmpRowLetters(v.Row)),
										)
									}),
								)),
							)
						}),
					),
				),
			)
		}),
		app.If(more != nil, func() app.UI { return more }),
	)
}

// cmpControlCell is the row header of a matrix row in the lists.
func cmpControlCell(k assessment.CellKey, ctl assessment.Control) app.UI {
	return app.Elem("th").Attr("scope", "row").Class("cmp-control").Body(
		app.Elem("span").Class("cmp-control-name").Text(k.Control+" "+ctl.Label),
		app.Elem("span").Class("cmp-control-domain").Text(assessment.DomainLabel(k.Domain)),
		cmpRelevanceBadge(ctl.Relevance),
	)
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
	return app.Elem("section").Class("cmp-section").ID("raci-across").Aria("labelledby", "cmp-across-title").Body(
		app.Elem("h2").ID("cmp-across-title").Text("Ownership matrix: where sites differ"),
		app.If(len(s.Sites) < 2, func() app.UI {
			return app.Elem("p").Class("cmp-none").Text("Only one site is loaded. Add the files of other sites to compare their ownership matrices.")
		}).ElseIf(multi == 0, func() app.UI {
			return app.Elem("p").Class("cmp-note").Text("No matrix row is filled at two or more sites, so there is nothing to compare yet.")
		}).ElseIf(len(conflicts) == 0, func() app.UI {
			return app.Elem("p").Class("cmp-none").ID("raci-agree").Text(fmt.Sprintf("All %d matrix rows filled at two or more sites name the same accountable role everywhere.", multi))
		}).Else(func() app.UI {
			return app.Elem("div").Body(
				app.Elem("p").Class("cmp-note").ID("raci-agree").Text(fmt.Sprintf("Of the %d matrix rows filled at two or more sites, %d name the same accountable role everywhere and %d differ. "+
					"The rows that differ, most relevant on the plant floor first:", multi, s.AgreedRows(), len(conflicts))),
				app.Elem("div").Class("cmp-table-wrap").Body(
					app.Elem("table").Class("cmp-list-table").Body(
						app.Elem("caption").Class("visually-hidden").Text("Matrix rows whose accountable role differs between sites"),
						app.Elem("thead").Body(app.Elem("tr").Body(
							app.Elem("th").Attr("scope", "col").Text("Control and domain"),
							app.Elem("th").Attr("scope", "col").Text("Accountable role named, and by which sites"),
						)),
						app.Elem("tbody").Body(
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
		groups = append(groups, group{label: "Respondents disagree within the site", bad: true, sites: split})
	}
	return app.Elem("tr").Class("cmp-conflict").Body(
		cmpControlCell(r.Key, r.Control),
		app.Elem("td").Body(app.Elem("ul").Class("cmp-views").Body(
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				class := "cmp-acc"
				if g.bad {
					class += " cmp-acc-bad"
				}
				return app.Elem("li").Body(
					app.Elem("strong").Class(class).Text(g.label),
					app.Elem("span").Class("cmp-count").Text(" \u2013 "+cmpPlural(len(g.sites), "site", "sites")+": "),
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
		return app.Elem("span").Text(strings.Join(names, ", "))
	}
	rest := names[cmpSiteNamesShown:]
	return app.Elem("span").Body(
		app.Text(strings.Join(names[:cmpSiteNamesShown], ", ")+", "),
		app.Elem("details").Class("cmp-more-sites").Body(
			app.Elem("summary").Text(fmt.Sprintf("and %d more", len(rest))),
			app.Text(strings.Join(rest, ", ")),
		),
	)
}

func cmpPlural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
