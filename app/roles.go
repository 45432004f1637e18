package app

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// RolesView edits the two inputs of the evidence pack: the role register
// (who holds each matrix role, their deputy, when they last confirmed it)
// and the risk-acceptance authority table (who may accept which risk,
// after consulting whom, for how long, escalating where). Every valid
// change goes to the session at once and is autosaved; a refused value
// is shown next to its field and changes nothing.
type RolesView struct {
	app.Compo
	Env       *Env
	ID        string
	Holders   map[assessment.Role]assessment.Holder
	Authority map[assessment.AuthorityKey]assessment.Authority
	RoleNames map[assessment.Role]string
	Matrix    assessment.Matrix
	Profile   assessment.Profile
	Model     string
	Updated   string
	Loads     int // the session's Loads

	// problem holds a refused value's reason, by field ID.
	problem map[string]string
	// asking is true while the view asks whether the preset may replace
	// rows already filled.
	asking bool
	loaded int
}

// rolesNone is the value of the "nobody" choice of the role selects:
// go-app drops an empty value attribute (see pfNone).
const rolesNone = "none"

// OnUpdate forgets the refused values when the session loaded the
// assessment afresh (another window, an import, an undo): they were
// about what was there before.
func (v *RolesView) OnUpdate(ctx app.Context) {
	if v.Loads != v.loaded {
		v.loaded, v.problem, v.asking = v.Loads, nil, false
	}
}

// Render draws the register, the table and what they raise.
func (v *RolesView) Render() app.UI {
	a := assessment.Assessment{Holders: v.Holders, Authority: v.Authority, RoleNames: v.RoleNames,
		Matrix: v.Matrix, Profile: v.Profile, Updated: v.Updated}
	found := assessment.RegisterFindings(a)
	return el("section", attrs{"class", "roles-view", "aria-labelledby", "roles-title"},
		elt("h1", attrs{"id", "roles-title"}, l10n.T("Roles & authority")),
		elt("p", attrs{"class", "roles-intro"}, l10n.T("Name the people behind the ownership matrix and say who may accept which risk. "+
			"Both go into the evidence pack: the roles, responsibilities and authorities document and the risk-acceptance authority matrix. "+
			"Changes are saved as you go.")),
		v.renderFound(found),
		v.renderRegister(),
		v.renderAuthority(),
	)
}

// renderFound lists what the register and the table raise, as Results
// shows it, so that the workshop sees a gap close as it types.
func (v *RolesView) renderFound(found []assessment.Finding) app.UI {
	if len(found) == 0 {
		return elt("p", attrs{"class", "roles-found-none", "id", "roles-found"}, l10n.T("The role register and the authority table raise no finding."))
	}
	items := make([]app.UI, len(found))
	for i, f := range found {
		items[i] = el("li", attrs{"class", "roles-finding sev-" + string(f.Severity), "id", "roles-finding-" + f.ID},
			el("p", attrs{"class", "roles-finding-title"}, elt("strong", nil, f.Severity.Label()+": "), txt(f.Title)),
			elt("p", attrs{"class", "roles-finding-detail"}, f.Detail),
		)
	}
	return el("div", attrs{"class", "roles-found", "id", "roles-found"},
		elt("h2", nil, l10n.T("What the register and the table show")),
		el("ul", attrs{"class", "roles-findings"}, items...),
	)
}

// involvement says what role r holds in the matrix, for the register's
// second column.
func involvement(m assessment.Matrix, r assessment.Role) string {
	acc, resp := 0, 0
	for _, row := range m {
		switch l := row[r]; {
		case l.Accountable():
			acc++
		case l.Responsible():
			resp++
		}
	}
	var parts []string
	if acc > 0 {
		parts = append(parts, l10n.N(acc, "A on %d row", "A on %d rows"))
	}
	if resp > 0 {
		parts = append(parts, l10n.N(resp, "R on %d row", "R on %d rows"))
	}
	if len(parts) == 0 {
		return l10n.T("Neither A nor R")
	}
	return strings.Join(parts, ", ")
}

func (v *RolesView) renderRegister() app.UI {
	rows := make([]app.UI, len(assessment.RACIRoles))
	for i, r := range assessment.RACIRoles {
		h := v.Holders[r]
		base := "rr-" + string(r)
		rows[i] = el("tr", nil,
			el("th", attrs{"scope", "row"},
				elt("span", attrs{"class", "rr-role"}, assessment.RoleName(v.RoleNames, r)),
				elt("span", attrs{"class", "rr-involved muted"}, involvement(v.Matrix, r)),
			),
			v.textCell(base+"-name", l10n.F("Holder of %s", assessment.RoleName(v.RoleNames, r)), h.Name, func(s string) {
				n := v.Holders[r]
				n.Name = s
				v.setHolder(r, n, base)
			}),
			v.textCell(base+"-deputy", l10n.F("Deputy of %s", assessment.RoleName(v.RoleNames, r)), h.Deputy, func(s string) {
				n := v.Holders[r]
				n.Deputy = s
				v.setHolder(r, n, base)
			}),
			v.dateCell(base+"-confirmed", l10n.F("Confirmed by the holder of %s", assessment.RoleName(v.RoleNames, r)), h.Confirmed, func(s string) {
				n := v.Holders[r]
				n.Confirmed = s
				v.setHolder(r, n, base)
			}),
		)
	}
	return el("div", attrs{"class", "roles-register"},
		elt("h2", attrs{"id", "roles-register"}, l10n.T("Role register")),
		elt("p", attrs{"class", "muted"}, l10n.T("One row per role of the matrix. Confirmed is the day the holder last confirmed, in writing, "+
			"that they hold the role and its authorities; confirm at least once a year. Names stay in this browser and in exports, "+
			"except the export without names and notes.")),
		app.If(v.Profile.Plants >= 2, func() app.UI {
			return elt("p", attrs{"class", "muted", "id", "rr-plants-hint"}, l10n.T("With several plants, a plant role (the site director, plant operations, maintenance and engineering) has a holder at each plant: name each, as in \u201cPlant 1: A. Name; Plant 2: vacant\u201d. An entry that says \u201cvacant\u201d counts as a role vacant at that plant."))
		}),
		el("table", attrs{"class", "rr-table"},
			colHeads(l10n.T("Role and what it holds in the matrix"), l10n.T("Holder"), l10n.T("Deputy"), l10n.T("Confirmed")),
			el("tbody", nil, rows...),
		),
	)
}

// textCell is a table cell with a labelled text field (the label read by
// assistive technology only: the column head says it for the eye).
func (v *RolesView) textCell(id, label, value string, set func(string)) app.UI {
	in := elv("input", v.fieldAttrs(id, attrs{"type", "text", "id", id, "value", value, "maxlength", strconv.Itoa(assessment.MaxPersonLen),
		"autocomplete", "off", "aria-label", label}))
	return el("td", nil,
		in.OnChange(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("value").String()) }),
		v.problemText(id),
	)
}

// dateCell is a table cell with a date field.
func (v *RolesView) dateCell(id, label, value string, set func(string)) app.UI {
	in := elv("input", v.fieldAttrs(id, attrs{"type", "date", "id", id, "value", value, "min", "2000-01-01",
		"max", v.Env.Now().Format("2006-01-02"), "aria-label", label}))
	return el("td", nil,
		in.OnChange(func(ctx app.Context, e app.Event) {
			src := ctx.JSSrc()
			if src.Get("validity").Get("badInput").Bool() {
				v.setProblem(id, l10n.T("Not saved: enter a real date, for example 2026-03-14, or clear the field."))
				return
			}
			set(src.Get("value").String())
		}),
		v.problemText(id),
	)
}

// fieldAttrs adds the invalid state and its description to a field's
// attributes when the field holds a refused value.
func (v *RolesView) fieldAttrs(id string, a attrs) attrs {
	if v.problem[id] != "" {
		a = append(a, "aria-invalid", "true", "aria-describedby", id+"-err")
	}
	return a
}

func (v *RolesView) problemText(id string) app.UI {
	p := v.problem[id]
	return app.If(p != "", func() app.UI { return elt("p", attrs{"class", "field-error", "id", id + "-err"}, p) })
}

func (v *RolesView) setProblem(id, msg string) {
	if v.problem == nil {
		v.problem = map[string]string{}
	}
	if msg == "" {
		delete(v.problem, id)
		return
	}
	v.problem[id] = msg
}

// clearProblems forgets the refused values of the fields whose IDs
// start with prefix.
func (v *RolesView) clearProblems(prefix string) {
	for id := range v.problem {
		if strings.HasPrefix(id, prefix+"-") {
			delete(v.problem, id)
		}
	}
}

// refused shows err next to the field it names (fields base-<field>),
// or returns false when err is no field's.
func (v *RolesView) refused(base string, err error) bool {
	var fe *assessment.FieldError
	if !errors.As(err, &fe) {
		return false
	}
	v.clearProblems(base)
	v.setProblem(base+"-"+fe.Field, l10n.F("Not saved: %s.", fe.Msg))
	v.Env.Dismiss() // the message stands next to the field
	return true
}

func (v *RolesView) setHolder(r assessment.Role, h assessment.Holder, base string) {
	if err := v.Env.SetHolder(r, h); err != nil {
		v.refused(base, err)
		return
	}
	v.clearProblems(base)
}

// roleOptions are the choices of an accept or escalate select: nobody,
// then every matrix role but the outside party, which cannot decide on
// the organisation's risk.
func (v *RolesView) roleOptions(cur assessment.Role) []app.UI {
	opts := []app.UI{elt("option", attrs{"value", rolesNone, "selected", strconv.FormatBool(cur == "")}, "\u2014 "+l10n.T("nobody named"))}
	for _, r := range assessment.RACIRoles {
		if r == assessment.RoleIntegrator {
			continue
		}
		opts = append(opts, elt("option", attrs{"value", string(r), "selected", strconv.FormatBool(cur == r)}, assessment.RoleName(v.RoleNames, r)))
	}
	return opts
}

func (v *RolesView) renderAuthority() app.UI {
	model, hasModel := v.Env.AuthorityModel()
	filled := v.filledRows()
	rows := make([]app.UI, 0, len(assessment.RiskLevels)*len(assessment.RiskContexts))
	for _, row := range assessment.AuthorityRows(assessment.Assessment{Authority: v.Authority}) {
		rows = append(rows, v.authorityRow(row))
	}
	var preset app.UI
	switch {
	case !hasModel:
		preset = elt("p", attrs{"class", "muted", "id", "ra-preset-hint"}, l10n.T("To fill the table from an ownership model, choose the model in the profile or apply one to the ownership matrix."))
	case v.asking:
		preset = el("div", attrs{"class", "ra-ask", "role", "group", "aria-labelledby", "ra-ask-text"},
			elt("p", attrs{"id", "ra-ask-text"}, l10n.N(filled, "%d row is already filled.", "%d rows are already filled.")+" "+
				l10n.F("Fill only the empty rows from the %s model, or replace every row?", model.Name)),
			elh("button", attrs{"type", "button", "id", "ra-preset-fill"}, txt(l10n.T("Fill only the empty rows"))).
				OnClick(func(ctx app.Context, e app.Event) { v.applyPreset(false) }),
			elh("button", attrs{"type", "button", "id", "ra-preset-replace", "class", "secondary"}, txt(l10n.T("Replace every row"))).
				OnClick(func(ctx app.Context, e app.Event) { v.applyPreset(true) }),
			elh("button", attrs{"type", "button", "id", "ra-preset-cancel", "class", "secondary"}, txt(l10n.T("Cancel"))).
				OnClick(func(ctx app.Context, e app.Event) { v.asking = false }),
		)
	default:
		preset = el("p", attrs{"class", "ra-preset"},
			elh("button", attrs{"type", "button", "id", "ra-preset"}, txt(l10n.F("Fill from the %s model", model.Name))).
				OnClick(func(ctx app.Context, e app.Event) {
					// Counted now, not at render: go-app keeps the handler
					// of the first render (it compares handlers by code),
					// so a value the closure captured would be stale.
					if v.filledRows() == 0 {
						v.applyPreset(false)
						return
					}
					v.asking = true
				}),
			elt("span", attrs{"class", "muted"}, " "+l10n.T("Low risks go to the domain lead, plant risks above low to the site director, critical ones only to the executive sponsor; "+
				"plant risks consult operations, shared infrastructure the OT lead and the site director, and on a GMP site or in a safety-critical process Quality and EHS are heard.")),
		)
	}
	return el("div", attrs{"class", "roles-authority"},
		elt("h2", attrs{"id", "roles-authority"}, l10n.T("Risk-acceptance authority")),
		elt("p", attrs{"class", "muted"}, l10n.T("Who may accept a risk of each level in each context, who must be consulted first, "+
			"how long the acceptance may stand before it is reviewed, and where a disagreement or an overrun goes (ISO/IEC 27001 6.1.3).")+" "+
			l10n.T(assessment.PrecedenceRule)+" "+assessment.RegulatedRowRules(assessment.Assessment{Authority: v.Authority, RoleNames: v.RoleNames})),
		preset,
		el("table", attrs{"class", "ra-table"},
			colHeads(l10n.T("Risk"), l10n.T("Accepted by"), l10n.T("Consulted first"), l10n.T("Longest acceptance"), l10n.T("Escalates to")),
			el("tbody", nil, rows...),
		),
	)
}

// filledRows counts the rows of the table that hold something.
func (v *RolesView) filledRows() int {
	n := 0
	for _, a := range v.Authority {
		if !a.IsZero() {
			n++
		}
	}
	return n
}

// authorityRow is one row of the table.
func (v *RolesView) authorityRow(row assessment.AuthorityRow) app.UI {
	k := row.Key
	base := "ra-" + string(k.Level) + "-" + string(k.Context)
	name := l10n.F("%s risk, %s", assessment.RiskLevelLabel(k.Level), assessment.RiskContextLabel(k.Context))
	months := ""
	if row.MaxMonths > 0 {
		months = strconv.Itoa(row.MaxMonths)
	}
	consulted := make([]string, 0, len(row.Consult))
	for _, r := range row.Consult {
		consulted = append(consulted, assessment.RoleName(v.RoleNames, r))
	}
	summary := l10n.T("Nobody")
	if len(consulted) > 0 {
		summary = strings.Join(consulted, ", ")
	}
	boxes := make([]app.UI, 0, len(assessment.RACIRoles))
	for _, r := range assessment.RACIRoles {
		id := base + "-consult-" + string(r)
		on := slices.Contains(row.Consult, r)
		a := attrs{"type", "checkbox", "id", id, "checked", strconv.FormatBool(on)}
		if r == row.Accept {
			a = append(a, "disabled", "true")
		}
		boxes = append(boxes, el("li", nil,
			elv("input", a).OnChange(func(ctx app.Context, e app.Event) {
				checked := ctx.JSSrc().Get("checked").Bool()
				v.setAuthority(k, base, func(x *assessment.Authority) {
					x.Consult = slices.DeleteFunc(slices.Clone(x.Consult), func(c assessment.Role) bool { return c == r })
					if checked {
						x.Consult = append(x.Consult, r)
					}
				})
			}),
			elt("label", attrs{"for", id}, assessment.RoleName(v.RoleNames, r)),
		))
	}
	return el("tr", nil,
		el("th", attrs{"scope", "row"},
			elt("span", attrs{"class", "ra-level ra-" + string(k.Level)}, assessment.RiskLevelLabel(k.Level)),
			elt("span", attrs{"class", "ra-context"}, assessment.RiskContextLabel(k.Context)),
		),
		el("td", nil,
			elh("select", v.fieldAttrs(base+"-accept", attrs{"id", base + "-accept", "aria-label", l10n.F("Accepted by, %s", name)}), v.roleOptions(row.Accept)...).
				OnChange(func(ctx app.Context, e app.Event) {
					r := rolesRole(ctx.JSSrc().Get("value").String())
					v.setAuthority(k, base, func(x *assessment.Authority) {
						x.Accept = r
						// The acceptor is not consulted about its own decision.
						x.Consult = slices.DeleteFunc(slices.Clone(x.Consult), func(c assessment.Role) bool { return c == r })
					})
				}),
			v.problemText(base+"-accept"),
		),
		el("td", nil,
			el("details", attrs{"class", "ra-consult", "id", base + "-consult"},
				elt("summary", attrs{"aria-label", l10n.F("Consulted first, %s: %s", name, summary)}, summary),
				el("ul", attrs{"class", "ra-consult-list"}, boxes...),
			),
			v.problemText(base+"-consult"),
		),
		el("td", attrs{"class", "ra-months-cell"},
			elv("input", v.fieldAttrs(base+"-months", attrs{"type", "number", "id", base + "-months", "value", months, "min", "0",
				"max", strconv.Itoa(assessment.MaxAcceptMonths), "step", "1", "inputmode", "numeric", "class", "ra-months",
				"aria-label", l10n.F("Longest acceptance in months, %s", name)})).
				OnChange(func(ctx app.Context, e app.Event) {
					s := strings.TrimSpace(ctx.JSSrc().Get("value").String())
					n, err := strconv.Atoi(s)
					if s == "" {
						n, err = 0, nil
					}
					if err != nil || ctx.JSSrc().Get("validity").Get("badInput").Bool() {
						v.setProblem(base+"-months", l10n.F("Not saved: enter a whole number of months from 0 to %d.", assessment.MaxAcceptMonths))
						return
					}
					v.setAuthority(k, base, func(x *assessment.Authority) { x.MaxMonths = n })
				}),
			elt("span", attrs{"class", "muted"}, " "+l10n.T("months")),
			v.problemText(base+"-months"),
		),
		el("td", nil,
			elh("select", v.fieldAttrs(base+"-escalate", attrs{"id", base + "-escalate", "aria-label", l10n.F("Escalates to, %s", name)}), v.roleOptions(row.Escalate)...).
				OnChange(func(ctx app.Context, e app.Event) {
					r := rolesRole(ctx.JSSrc().Get("value").String())
					v.setAuthority(k, base, func(x *assessment.Authority) { x.Escalate = r })
				}),
			v.problemText(base+"-escalate"),
		),
	)
}

// rolesRole reads a role select's value.
func rolesRole(s string) assessment.Role {
	if s == rolesNone {
		return ""
	}
	return assessment.Role(s)
}

// setAuthority changes row k by fn, starting from what the session holds.
func (v *RolesView) setAuthority(k assessment.AuthorityKey, base string, fn func(*assessment.Authority)) {
	x := v.Authority[k]
	x.Consult = slices.Clone(x.Consult)
	fn(&x)
	if err := v.Env.SetAuthority(k, x); err != nil {
		v.refused(base, err)
		return
	}
	v.clearProblems(base)
}

// applyPreset fills the table from the ownership model.
func (v *RolesView) applyPreset(overwrite bool) {
	v.asking = false
	_ = v.Env.ApplyAuthorityPreset(overwrite) // the session's notice says what happened
}
