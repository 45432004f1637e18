package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// matrixView is the ownership matrix as Results and the report state it:
// per domain, how far it is decided and how many rows break a rule, then
// the problems by kind with the rows they concern. It is derived from
// assessment.MatrixStatusOf, the measure behind the matrix-state findings
// and the matrix's own tab, so the three never disagree; an untouched
// matrix is "Not started", never a pass.
type matrixView struct {
	State                        assessment.MatrixState
	Label                        string // the overall state in words
	Decided, Needed, ProblemRows int
	Domains                      []matrixDomainView
	// Kinds are the problems by kind, in assessment.ProblemKinds order,
	// only the kinds found. Empty while the matrix is not started: an
	// untouched matrix is one statement, not a list of every empty row
	// that matters (the findings do the same).
	Kinds []problemKindView
	// Preset is where the matrix stands against the tool's model it was
	// started from, and Origin says it in a sentence ("" when no model was
	// applied, or when it is the model's fill unchanged, which the lead
	// says): a matrix that passes every check can still be nobody's
	// decision.
	Preset assessment.PresetInfo
	Origin string
	// Weighed is how many rows findings name by weighing the matrix
	// against the answers (a finding with both answers and rows, such
	// as the ISMS owner accountable where GOV-02 gives no authority):
	// the checks read the letters alone, so a matrix that passes them
	// can still carry such rows, and the lead says so.
	Weighed, WeighedBy int // rows, and the findings naming them
}

// matrixDomainView is one domain's line of the status table.
type matrixDomainView struct {
	Label, StateLabel            string
	State                        assessment.MatrixState
	Decided, Needed, ProblemRows int
	// Proposal: the domain's rows are still mostly the tool's proposal
	// as the model filled it (fewer than half changed), so its passing
	// the checks earns no tick (it passes mostly by construction).
	Proposal bool
	// Weighed is how many of the domain's rows findings name against the
	// answers (matrixView.Weighed): a domain with such rows earns no tick
	// either.
	Weighed int
}

// problemKindView is one kind of problem and every row that has it.
type problemKindView struct {
	Kind               assessment.ProblemKind
	Title, Explanation string
	Rows               []problemRowView // Annex A order, then domain
	Groups             []cellGroup      // the same rows by domain, for the report
}

// problemRowView is one matrix row with a problem: "8.8 Management of
// technical vulnerabilities · Plant OT", and the roles the problem is
// about ("Procurement"), by the assessment's own names.
type problemRowView struct {
	Key                   assessment.CellKey
	Control, Label, Where string
	Roles                 []string
}

// roles joins the names of the roles concerned: "IT lead, Procurement".
func (r *problemRowView) roles() string { return strings.Join(r.Roles, ", ") }

// resultsMatrixExamples is how many rows of each kind of problem Results
// lists; the rest are counted and one click away, in the matrix, and the
// report lists them all.
const resultsMatrixExamples = 5

// deriveMatrix builds the matrix view of a, whose status is st, for
// Results and the report.
func deriveMatrix(a assessment.Assessment, st assessment.MatrixStatus, found []assessment.Finding) matrixView {
	v := matrixView{State: st.State, Label: st.State.Label(), Decided: st.Decided, Needed: st.Needed, ProblemRows: st.ProblemRows,
		Preset: assessment.PresetState(a)}
	weighed, by := weighedRows(found)
	v.Weighed, v.WeighedBy = len(weighed), by
	if !v.unchanged() {
		// An unchanged model's fill is said in the lead (matrixLead).
		v.Origin = v.Preset.Origin()
	}
	for _, d := range st.Domains {
		label := d.State.Label()
		changed := 0
		for _, k := range v.Preset.Rows {
			if k.Domain == d.Domain {
				changed++
			}
		}
		// The tool filled the domain and the workshop changed fewer than
		// half of its rows, if any: nobody decided the rest, even where
		// the workshop changed rows of another domain.
		proposal := v.Preset.OK && v.Preset.Changed >= 0 && mostlyPreset(changed, d.Needed)
		if proposal && d.State == assessment.MatrixPasses {
			label = l10n.T("Filled from the tool's proposal, passes its checks")
			if changed > 0 {
				label = l10n.N(changed, "Filled from the tool's proposal with %d row changed since, passes its checks", "Filled from the tool's proposal with %d rows changed since, passes its checks")
			}
		}
		n := 0
		for _, k := range weighed {
			if k.Domain == d.Domain {
				n++
			}
		}
		if n > 0 && d.State == assessment.MatrixPasses {
			label += "; " + l10n.N(n, "%d row named by findings", "%d rows named by findings")
		}
		v.Domains = append(v.Domains, matrixDomainView{
			Label: assessment.DomainLabel(d.Domain), State: d.State, StateLabel: label,
			Decided: d.Decided, Needed: d.Needed, ProblemRows: d.ProblemRows, Proposal: proposal, Weighed: n,
		})
	}
	if st.State == assessment.MatrixNotStarted {
		return v
	}
	byKind := map[assessment.ProblemKind]*problemKindView{}
	for _, p := range st.Problems() {
		kv := byKind[p.Kind]
		if kv == nil {
			kv = &problemKindView{Kind: p.Kind, Title: p.Kind.Title(), Explanation: p.Kind.Explanation()}
			byKind[p.Kind] = kv
		}
		// A row has a kind once, except where the rule names one role at
		// a time (two accountable roles that cannot act): one entry,
		// naming both.
		if n := len(kv.Rows); n == 0 || kv.Rows[n-1].Key != p.Key {
			c, _ := assessment.ControlByID(p.Key.Control)
			kv.Rows = append(kv.Rows, problemRowView{Key: p.Key, Control: p.Key.Control, Label: c.Label,
				Where: assessment.DomainLabel(p.Key.Domain)})
		}
		row := &kv.Rows[len(kv.Rows)-1]
		for _, r := range p.Roles {
			row.Roles = append(row.Roles, a.RoleName(r))
		}
	}
	for _, k := range assessment.ProblemKinds {
		if kv := byKind[k]; kv != nil {
			kv.Groups = problemGroups(kv.Rows)
			v.Kinds = append(v.Kinds, *kv)
		}
	}
	return v
}

// problemGroups lists rows by domain, in domain order, by control number,
// with the roles concerned in brackets: "5.9, 8.8 (Procurement)".
func problemGroups(rows []problemRowView) []cellGroup {
	var out []cellGroup
	for _, d := range assessment.Domains {
		var ids []string
		for i := range rows {
			r := &rows[i]
			if r.Key.Domain != d {
				continue
			}
			id := r.Control
			if len(r.Roles) > 0 {
				id += " (" + r.roles() + ")"
			}
			ids = append(ids, id)
		}
		if len(ids) > 0 {
			out = append(out, cellGroup{Domain: assessment.DomainLabel(d), Controls: strings.Join(ids, ", ")})
		}
	}
	return out
}

// matrixLead says in one sentence where the matrix stands. The report's
// reader cannot click through to the matrix, so for an untouched matrix
// it says what the organisation does next rather than what to do on the
// screen.
func matrixLead(v *matrixView, report bool) string {
	switch v.State {
	case assessment.MatrixNotStarted:
		if report {
			return l10n.F("Not started: none of the %d rows of the ownership matrix names a role yet, so no control has a recorded owner. Next, IT, the people who run the control systems on the plant floor and the supporting functions fill it in a workshop, starting from the recommended model (section 5), and top management approves the result (ISO/IEC 27001 5.3).", v.Needed)
		}
		return l10n.F("Not started: none of the %d rows of the ownership matrix names a role yet, so nothing shows who owns which control. Start from an ownership model in the matrix, or fill the rows one by one.", v.Needed)
	case assessment.MatrixPasses:
		if v.unchanged() {
			return l10n.F("The tool's %s proposal, unchanged: all %d rows carry its letters and pass the tool's consistency checks, but the organisation has changed or confirmed none of them yet. Each accountable role checks its rows, then top management approves the roles and communicates them to the people who hold them (ISO/IEC 27001 5.3).", v.Preset.Model.Name, v.Needed) + v.weighedText()
		}
		if v.mostlyProposal() {
			return l10n.F("The tool's %s proposal with %s since: all %d rows pass the tool's consistency checks, but %d of them still carry the tool's letters, which the organisation has not confirmed yet. Each accountable role checks its rows, then top management approves the roles and communicates them to the people who hold them (ISO/IEC 27001 5.3).",
				v.Preset.Model.Name, l10n.N(v.Preset.Changed, "%d row changed", "%d rows changed"), v.Needed, v.unconfirmed()) + v.weighedText()
		}
		return l10n.F("Complete, passes the tool's consistency checks: all %d rows are decided and none breaks a rule. "+
			"The roles still need approval by top management and communicating to the people who hold them (ISO/IEC 27001 5.3).", v.Needed) + v.weighedText()
	}
	s := l10n.F("%d of %d rows decided", v.Decided, v.Needed)
	if v.ProblemRows > 0 {
		s += l10n.N(v.ProblemRows, ", %d row with problems", ", %d rows with problems")
	}
	if v.State == assessment.MatrixIncomplete {
		return l10n.F("%s: %s. The matrix passes only once every row is decided and none breaks a rule.", v.Label, s)
	}
	return v.Label + ": " + s + "."
}

// weighedText is the sentence, with a leading space, that says how many
// rows of a matrix passing the checks the findings name against the
// answers (Weighed), or "" for none.
func (v *matrixView) weighedText() string {
	if v.Weighed == 0 || v.State != assessment.MatrixPasses {
		return ""
	}
	if v.WeighedBy == 1 {
		return " " + l10n.F("The checks read the letters alone: weighed against the answers, a finding names %s of it (see Findings).", rowsText(v.Weighed))
	}
	return " " + l10n.F("The checks read the letters alone: weighed against the answers, findings name %s of it (see Findings).", rowsText(v.Weighed))
}

// presetNote is the key figures' note, with a leading "; ", that a
// matrix started from one of the tool's models and edited since is still
// mostly the tool's proposal; "" for any other matrix (one filled by
// hand, or the proposal unchanged, which the figure's label says).
func (v *matrixView) presetNote() string {
	if p := v.Preset; p.OK && p.Changed > 0 {
		return l10n.F("; started from the tool's %s model, %s since: not yet the organisation's decision", p.Model.Name, l10n.N(p.Changed, "%d row changed", "%d rows changed"))
	}
	return ""
}

// weighedNote is the key figures' short form of weighedText: " · N
// rows named by findings", or "".
func (v *matrixView) weighedNote() string {
	if v.Weighed == 0 || v.State != assessment.MatrixPasses {
		return ""
	}
	return " \u00b7 " + l10n.N(v.Weighed, "%d row named by findings", "%d rows named by findings")
}

func rowsText(n int) string { return l10n.N(n, "%d row", "%d rows") }

// renderMatrixStatus is the matrix section of Results (the first rows of
// each problem) and of the report (every row, by domain). id prefixes the
// element IDs.
func renderMatrixStatus(d *resultData, id string, report bool) app.UI {
	v := &d.mx
	return el("div", attrs{"class", "mst-summary", "id", id},
		el("p", attrs{"class", "mst-lead mst-lead-" + string(v.State), "id", id + "-lead"},
			app.If(v.State == assessment.MatrixPasses && !v.unchanged() && !v.mostlyProposal() && v.Weighed == 0, func() app.UI {
				return elt("span", attrs{"aria-hidden", "true"}, "\u2713 ")
			}),
			txt(matrixLead(v, report)+" "),
			app.If(!report, func() app.UI { return elt("a", attrs{"href", d.matrixHref}, l10n.T("Open the ownership matrix")) }),
		),
		app.If(v.Origin != "", func() app.UI { return elt("p", attrs{"class", "mst-origin", "id", id + "-origin"}, v.Origin) }),
		tableWrap(l10n.T("Ownership matrix by domain"), el("table", attrs{"class", "data-table mst-domains", "id", id + "-table"},
			elt("caption", attrs{"class", "visually-hidden"}, l10n.T("Ownership matrix by domain")),
			tableHead([]string{l10n.T("Domain"), l10n.T("State"), l10n.T("Rows decided"), l10n.T("Rows with problems")}, 2),
			el("tbody", nil, app.Range(v.Domains).Slice(func(i int) app.UI {
				dv := &v.Domains[i]
				problems := app.UI(txt(strconv.Itoa(dv.ProblemRows)))
				if v.State == assessment.MatrixNotStarted {
					problems = el("span", nil,
						elt("span", attrs{"aria-hidden", "true"}, "\u2014"),
						elt("span", attrs{"class", "visually-hidden"}, l10n.T("not checked yet")),
					)
				}
				return el("tr", nil,
					elt("th", attrs{"scope", "row"}, dv.Label),
					el("td", nil, el("span", attrs{"class", "mst-state mst-state-" + string(dv.State)},
						app.If(dv.State == assessment.MatrixPasses && !dv.Proposal && dv.Weighed == 0, func() app.UI {
							return elt("span", attrs{"aria-hidden", "true"}, "\u2713 ")
						}),
						txt(dv.StateLabel),
					)),
					elt("td", attrs{"class", "num"}, l10n.F("%d of %d", dv.Decided, dv.Needed)),
					el("td", attrs{"class", "num"}, problems),
				)
			})),
		)),
		app.If(len(v.Kinds) > 0, func() app.UI {
			return el("div", attrs{"class", "mst-kinds"},
				elt("h3", nil, l10n.T("Problems by kind")),
				el("ul", attrs{"class", "mst-kind-list"}, app.Range(v.Kinds).Slice(func(i int) app.UI {
					return renderProblemKind(d, &v.Kinds[i], id, report)
				})),
			)
		}),
	)
}

// renderProblemKind is one kind of problem: its title and count, what the
// rule asks, and its rows (the first few, or all by domain).
func renderProblemKind(d *resultData, k *problemKindView, id string, report bool) app.UI {
	n := len(k.Rows)
	shown := k.Rows
	if len(shown) > resultsMatrixExamples {
		shown = shown[:resultsMatrixExamples]
	}
	return el("li", attrs{"class", "mst-kind", "id", id + "-" + string(k.Kind)},
		el("p", attrs{"class", "mst-kind-head"},
			elt("strong", nil, k.Title),
			txt(" \u00b7 "+rowsText(n)),
		),
		elt("p", attrs{"class", "mst-kind-why"}, k.Explanation),
		app.If(report, func() app.UI { return renderCellGroups(k.Groups) }).Else(func() app.UI {
			return el("ul", attrs{"class", "mst-kind-rows"},
				app.Range(shown).Slice(func(j int) app.UI {
					r := &shown[j]
					return el("li", nil,
						elt("strong", attrs{"class", "mst-control"}, r.Control),
						txt(" "+r.Label+" \u00b7 "+r.Where),
						app.If(len(r.Roles) > 0, func() app.UI { return txt(" (" + r.roles() + ")") }),
					)
				}),
				app.If(n > len(shown), func() app.UI {
					return el("li", attrs{"class", "mst-kind-more"},
						txt(l10n.F("and %d more in the ", n-len(shown))),
						elt("a", attrs{"href", d.matrixHref}, l10n.T("ownership matrix")),
					)
				}),
			)
		}),
	)
}

// unchanged reports whether the matrix is a model's fill exactly as the
// tool proposed it for this profile. It passes every check by
// construction, yet nobody at the organisation has decided a row of it,
// so the key figures call it the tool's proposal instead of ticking it.
func (v *matrixView) unchanged() bool { return v.Preset.OK && v.Preset.Changed == 0 }

// mostlyProposal reports whether the matrix passes the checks while it is
// still mostly a model's fill: started from one of the tool's models,
// with fewer than half its rows changed since. The passing is then mostly
// the tool's own doing, so the key figures call it the tool's proposal
// and give no tick, as for an unchanged one.
func (v *matrixView) mostlyProposal() bool {
	return v.State == assessment.MatrixPasses && v.Preset.OK && v.Preset.Changed > 0 && mostlyPreset(v.Preset.Changed, v.Needed)
}

// mostlyPreset reports whether rows of a matrix (or of one domain) started
// from a model are still mostly its letters: fewer than half of the
// needed rows changed since. The matrix's key figures and each domain's
// line use this one threshold, so that the two never disagree.
func mostlyPreset(changed, needed int) bool { return 2*changed < needed }

// unconfirmed is how many rows of a mostlyProposal matrix still carry the
// tool's letters.
func (v *matrixView) unconfirmed() int { return v.Needed - v.Preset.Changed }

// figureLabel is the matrix's state as its key figure gives it (the
// results' card, the report's first page), and whether it earns a tick:
// not while findings name rows of it against the answers (Weighed).
func (v *matrixView) figureLabel() (label string, tick bool) {
	if v.unchanged() {
		return l10n.T("The tool's proposal, unchanged"), false
	}
	if v.mostlyProposal() {
		return l10n.N(v.Preset.Changed, "The tool's proposal, %d row changed", "The tool's proposal, %d rows changed"), false
	}
	return v.Label, v.State == assessment.MatrixPasses && v.Weighed == 0
}

// renderMatrixCard is the summary card of the matrix: its state at a
// glance, next to the score, so that an untouched matrix is seen at once.
func renderMatrixCard(d *resultData) app.UI {
	v := &d.mx
	label, tick := v.figureLabel()
	note := l10n.F("%d of %d rows decided", v.Decided, v.Needed)
	if v.State != assessment.MatrixNotStarted {
		note += l10n.F(" \u00b7 %d with problems", v.ProblemRows)
	}
	// A tick says the checks pass, not that anyone decided the rows: a
	// model's fill with a few edits is still mostly the tool's proposal,
	// as the report's key figure says.
	note += v.presetNote()
	if v.unchanged() {
		note = l10n.F("%s model", v.Preset.Model.Name) + " \u00b7 " +
			l10n.N(v.Needed, "%d row to be confirmed by the organisation", "%d rows to be confirmed by the organisation")
	}
	if v.mostlyProposal() {
		note = l10n.F("%s model", v.Preset.Model.Name) + " \u00b7 " +
			l10n.N(v.unconfirmed(), "%d row still to be confirmed by the organisation", "%d rows still to be confirmed by the organisation")
	}
	note += v.weighedNote()
	return el("div", attrs{"class", "summary-card mst-card mst-card-" + string(v.State)},
		elt("p", attrs{"class", "card-label"}, l10n.T("Ownership matrix")),
		el("p", attrs{"class", "card-value card-value-text", "id", "matrix-state"},
			app.If(tick, func() app.UI {
				return elt("span", attrs{"aria-hidden", "true"}, "\u2713 ")
			}),
			txt(label),
		),
		elt("p", attrs{"class", "card-note"}, note),
	)
}
