package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// ProfileForm edits the name of the open assessment and the profile of the
// organisation, the site and the respondent. Every valid change goes to the
// session at once and is autosaved; there is no save button.
type ProfileForm struct {
	app.Compo
	Env     *Env
	ID      string // the open assessment
	Name    string
	Profile assessment.Profile
	Loads   int // the session's Loads
	// Changes and Stored are, for a consensus whose profile was changed
	// after it was stored, the fields changed and the profile as stored
	// (assessment.Assessment.ProfileChanges and SessionProfile).
	Changes map[string]assessment.FieldChange
	Stored  *assessment.Profile

	// cur is the profile as edited here. The session passes back the same
	// values after each change; the form takes them again only when the
	// session loaded the assessment afresh (Loads changed: another window,
	// an import, an undo), so that a render never overwrites a field being
	// typed in.
	cur        assessment.Profile
	name       string // the name as typed (trimmed when the field is left)
	plantsText string // the number of plants as typed, kept while invalid
	nameErr    string
	plantsErr  string
	dateErr    string
	touched    bool // the user changed something: show what is missing
	loaded     int  // the Loads the fields were last taken at
	synced     bool
}

// pfSectors are the sectors offered by the sector field, in display order. The stored value
// is the English label itself, so exported files stay readable and the
// same in every language; the list shows it translated (l10n.T).
var pfSectors = []string{
	l10n.M("Pharmaceuticals and biotechnology"),
	l10n.M("Medical devices"),
	l10n.M("Chemicals"),
	l10n.M("Food and beverage"),
	l10n.M("Automotive"),
	l10n.M("Aerospace and defence"),
	l10n.M("Electronics and semiconductors"),
	l10n.M("Industrial machinery and equipment"),
	l10n.M("Metals and mining"),
	l10n.M("Oil, gas and energy"),
	l10n.M("Utilities (water, power)"),
	l10n.M("Pulp, paper and packaging"),
	l10n.M("Plastics and rubber"),
	l10n.M("Consumer goods"),
	l10n.M("Other"),
}

// pfChoiceGroup is a choice field of the profile shown as a group of
// radios, one per choice (assessment.ProfileFields gives their labels).
// The texts are shown with l10n.T.
type pfChoiceGroup struct {
	field  string // the profile field's key; the radios' name is "pf-" + field
	prefix string // the start of each radio's id, followed by the choice's value
	hint   string // under the legend
	// hints explain the choices, by value.
	hints map[string]string
	// none, when set, labels a first radio that takes the choice back
	// (value pfNone), with noneHint under it.
	none, noneHint string
}

// The choice groups of the form.
var (
	pfConnectivity = pfChoiceGroup{field: "connectivity", prefix: "pf-conn-",
		hint: l10n.M("How plant networks exchange data with corporate IT today."),
		hints: map[string]string{
			assessment.ConnectivityIsolated:   l10n.M("Plant networks are air-gapped or exchange no data with corporate IT in routine operation."),
			assessment.ConnectivityBrokered:   l10n.M("Data crosses only through a DMZ, a data diode or jump hosts; there are no direct connections."),
			assessment.ConnectivityIntegrated: l10n.M("Direct network connections, a shared directory or cloud services reach the plant floor."),
		}}
	pfNIS2 = pfChoiceGroup{field: "nis2", prefix: "pf-nis2-",
		hint: l10n.M("The questions on the NIS2 duties of the management body and on incident reporting (Articles 20 and 23) are asked of essential and important entities only."),
		hints: map[string]string{
			assessment.NIS2Essential:  l10n.M("The national law implementing NIS2 classes the organisation as an essential entity."),
			assessment.NIS2Important:  l10n.M("The national law implementing NIS2 classes the organisation as an important entity."),
			assessment.NIS2OutOfScope: l10n.M("The organisation has checked, and NIS2 does not cover it."),
			assessment.NIS2Unknown:    l10n.M("Not checked yet: the results say so, and the NIS2 questions wait until it is settled."),
		}}
	pfModel = pfChoiceGroup{field: "ownershipModel", prefix: "pf-model-",
		hint: l10n.M("The model the organisation has decided on. The questions about one model are asked only when it is the model recorded here or, when none is, the one the ownership matrix was started from."),
		hints: map[string]string{
			assessment.ModelCentralised:  l10n.M("A central security team under the ISMS owner is accountable for most controls; IT, OT and the supporting functions carry them out."),
			assessment.ModelFederated:    l10n.M("Each domain head (IT, OT, HR, the site, Procurement) is accountable for the controls of its own field, under central oversight."),
			assessment.ModelExecutiveLed: l10n.M("An executive sponsor is accountable for the management system, legal duties and continuity; the ISMS owner for the other controls."),
		},
		none: l10n.M("No model decided yet"), noneHint: l10n.M("The results recommend one from the profile and the answers.")}
)

// pfNone is the value of the sector's and the role's "choose" option,
// which takes the choice back. go-app drops an empty value attribute, and
// an option without one takes its text as its value (see flowOwnerNone).
const pfNone = "none"

// pfChosen is the value of a choice from the sector or the role list.
func pfChosen(v string) string {
	if v == pfNone {
		return ""
	}
	return v
}

// pfField returns the profile field key. The form only asks for keys it
// was written for, all in the table.
func pfField(key string) assessment.ProfileField {
	f, _ := assessment.ProfileFieldByKey(key)
	return f
}

// Validation messages, shown next to their fields (translated there, with
// l10n.T).
var (
	pfMsgSite   = l10n.M("Name the site so that exports and comparisons can tell sites apart.")
	pfMsgRole   = l10n.M("Recommended: choose the respondent's role, so that readers of the results know whose view the answers reflect.")
	pfMsgPlants = l10n.M("Enter a whole number from 0 to 10,000 (0 or empty if not known).")
	pfMsgDate   = l10n.M("Enter a real date, for example 2026-03-14, or clear the field.")
	pfMsgName   = l10n.M("Enter a name: it is how you find the assessment on the list and in exported files.")
)

// OnInit takes the values passed by Root before the first render, so that
// the form shows them in its first frame: go-app dispatches OnMount, which
// runs a frame later, and the fields were empty until then.
func (p *ProfileForm) OnInit() { p.take() }

// OnUpdate takes the values passed by Root when the session loaded them
// afresh.
func (p *ProfileForm) OnUpdate(ctx app.Context) { p.take() }

// take adopts the passed values the first time and after each load.
func (p *ProfileForm) take() {
	if p.synced && p.Loads == p.loaded {
		return
	}
	p.synced, p.loaded = true, p.Loads
	p.cur, p.name = p.Profile, p.Name
	p.nameErr, p.plantsErr, p.dateErr = "", "", ""
	p.plantsText = pfPlantsString(p.cur.Plants)
}

func pfPlantsString(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// changes lists, for a consensus, the profile fields changed after it was
// stored, each with the value it held then and a field for the reason:
// its results show both beside the change.
func (p *ProfileForm) changes() app.UI {
	if len(p.Changes) == 0 || p.Stored == nil {
		return nil
	}
	fields := assessment.MarkedFields(p.Changes)
	return el("div", attrs{"class", "notice notice-warn pf-changed", "id", "pf-changed"},
		elt("p", nil, l10n.T("This is a consensus, and these fields were changed after it was stored. Its results show each change with the value the consensus held then. "+
			"Say why each was changed: a record says when and why it was changed (ISO/IEC 27001 7.5.3). Saved as you type.")),
		app.If(consensusMoved(fields), func() app.UI { return elt("p", attrs{"id", "pf-changed-moved"}, consensusMovedText()) }),
		app.Range(fields).Slice(func(i int) app.UI {
			f := fields[i]
			id := "pf-change-reason-" + f.Key
			return el("div", attrs{"class", "field"},
				elt("label", attrs{"for", id}, l10n.F("%s (when the consensus was stored: %s): why was it changed?", f.Label, f.Display(p.Stored))),
				elh("textarea", attrs{"id", id, "rows", "2", "maxlength", strconv.Itoa(assessment.MaxTextLen), "value", p.Changes[f.Key].ChangeReason}).
					OnInput(func(ctx app.Context, e app.Event) {
						_ = p.Env.SetProfileChangeReason(f.Key, ctx.JSSrc().Get("value").String())
					}, app.EventScope(f.Key)),
			)
		}),
	)
}

// --- change handling (called by the event handlers; tests call them too) ---

// post hands the whole edited profile to the session.
func (p *ProfileForm) post(ctx app.Context) {
	p.touched = true
	_ = p.Env.SetProfile(p.cur)
}

// setText changes one of the free-text fields.
func (p *ProfileForm) setText(ctx app.Context, field, v string) {
	if f := pfField(field); f.Kind == assessment.FieldText {
		f.SetText(&p.cur, v)
		p.post(ctx)
	}
}

// textValue returns the current value of a free-text field.
func (p *ProfileForm) textValue(field string) string { return pfField(field).Text(&p.cur) }

func (p *ProfileForm) setSector(ctx app.Context, v string) {
	p.cur.Sector = pfChosen(v)
	p.post(ctx)
}

func (p *ProfileForm) setFlag(ctx app.Context, field string, on bool) {
	if f := pfField(field); f.Kind == assessment.FieldBool {
		f.SetBool(&p.cur, on)
		p.post(ctx)
	}
}

// setChoice sets a choice field; v is one of its values, or pfNone to
// take the choice back.
func (p *ProfileForm) setChoice(ctx app.Context, field, v string) {
	if f := pfField(field); f.Kind == assessment.FieldChoice {
		f.SetText(&p.cur, pfChosen(v))
		p.post(ctx)
	}
}

func (p *ProfileForm) setRole(ctx app.Context, v string) {
	p.cur.RespondentRole = assessment.Role(pfChosen(v))
	p.post(ctx)
}

// setPlants validates the typed number of plants. badInput is the browser's
// verdict that the text is not a number at all (the value is then empty).
func (p *ProfileForm) setPlants(ctx app.Context, text string, badInput bool) {
	p.plantsText = text
	p.touched = true
	t := strings.TrimSpace(text)
	n := 0
	if t != "" || badInput {
		var err error
		n, err = strconv.Atoi(t)
		if badInput || err != nil || n < 0 || n > assessment.MaxPlants {
			p.plantsErr = pfMsgPlants
			return
		}
	}
	p.plantsErr = ""
	if n != p.cur.Plants {
		p.cur.Plants = n
		p.post(ctx)
	}
}

// setDate validates the date field; badInput as for setPlants (a partly
// typed date has an empty value).
func (p *ProfileForm) setDate(ctx app.Context, v string, badInput bool) {
	p.touched = true
	if badInput {
		p.dateErr = pfMsgDate
		return
	}
	if v != "" {
		if _, err := time.Parse("2006-01-02", v); err != nil {
			p.dateErr = pfMsgDate
			return
		}
	}
	p.dateErr = ""
	if v != p.cur.Date {
		p.cur.Date = v
		p.post(ctx)
	}
}

// setName renames the open assessment.
func (p *ProfileForm) setName(ctx app.Context, v string) {
	p.name = v
	p.touched = true
	if strings.TrimSpace(v) == "" {
		p.nameErr = pfMsgName
		return
	}
	p.nameErr = ""
	_ = p.Env.Rename(p.ID, v)
}

// --- rendering ---

// Render draws the form.
func (p *ProfileForm) Render() app.UI {
	siteMissing := strings.TrimSpace(p.cur.Site) == "" && p.showMissing()
	roleMissing := p.cur.RespondentRole == "" && p.showMissing()
	return el("section", attrs{"class", "profile", "aria-labelledby", "profile-title"},
		elt("h1", attrs{"id", "profile-title"}, l10n.T("Organisation and respondent")),
		elt("p", attrs{"class", "pf-lead"}, l10n.T("Describe the site and who answers. Each change is saved in this browser as you type.")),
		p.changes(),
		el("div", attrs{"class", "pf-field pf-field-wide"},
			elt("label", attrs{"for", "pf-name"}, l10n.T("Assessment name")),
			p.nameInput(),
			app.If(p.nameErr != "", func() app.UI {
				return elt("p", attrs{"class", "field-error", "id", "pf-name-error"}, l10n.T(p.nameErr))
			}),
		),
		// Two columns that fill independently, so that a short group does
		// not leave a gap beside a long one.
		el("div", attrs{"class", "profile-grid"},
			el("div", attrs{"class", "profile-col"},
				el("fieldset", attrs{"class", "profile-group"},
					elt("legend", nil, l10n.T("Organisation and site")),
					p.textField("organisation", "", false, ""),
					p.textField("site", l10n.T("Plant or location, e.g. \u201cLyon packaging plant\u201d"), true, pfMsgIf(siteMissing, pfMsgSite)),
					p.sectorField(),
					p.plantsField(),
					p.checkbox("centralRisk",
						l10n.T("For example a CISO office or a group risk and compliance team that can own the ISMS.")),
				),
				el("fieldset", attrs{"class", "profile-group"},
					elt("legend", nil, l10n.T("Regulated environment")),
					p.checkbox("validated",
						l10n.T("Changes to these systems need qualification and validation under the quality system.")),
					p.checkbox("safetyCritical",
						l10n.T("Safety instrumented systems or hazardous materials: process safety has a say in every change.")),
				),
				p.choiceGroup(pfNIS2),
			),
			el("div", attrs{"class", "profile-col"},
				el("fieldset", attrs{"class", "profile-group"},
					elt("legend", nil, l10n.T("Respondent")),
					p.textField("assessor", l10n.T("Who runs the assessment (consultant or facilitator)"), false, ""),
					p.textField("respondent", "", false, ""),
					p.roleField(roleMissing),
					p.dateField(),
					p.textField("round", l10n.T("Name the round when the date alone does not say it, e.g. \u201cBaseline 2026\u201d or \u201cFollow-up Q3\u201d. Compare sets side by side the respondents of one round and shows the rounds of a site as a trend."), false, ""),
				),
				p.choiceGroup(pfConnectivity),
				p.choiceGroup(pfModel),
			),
		),
		el("div", attrs{"class", "profile-next"}, p.nextLink()),
	)
}

// showMissing says whether to point out empty recommended fields: not on a
// blank new form, which would greet the user with errors.
func (p *ProfileForm) showMissing() bool {
	c := p.cur
	return p.touched || c.Organisation != "" || c.Respondent != "" || c.Assessor != "" || c.Sector != ""
}

// pfMsgIf is msg, translated, when cond holds, else "".
func pfMsgIf(cond bool, msg string) string {
	if cond {
		return l10n.T(msg)
	}
	return ""
}

func (p *ProfileForm) nameInput() app.HTMLElemSelfClosing {
	in := elv("input", attrs{"type", "text", "id", "pf-name", "value", p.name, "maxlength", strconv.Itoa(assessment.MaxNameLen), "autocomplete", "off"}).
		OnInput(func(ctx app.Context, e app.Event) { p.setName(ctx, ctx.JSSrc().Get("value").String()) }).
		OnChange(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			if t := strings.TrimSpace(v); t != v && t != "" {
				p.setName(ctx, t)
			}
		})
	if p.nameErr != "" {
		in = in.Aria("invalid", "true").Aria("describedby", "pf-name-error")
	}
	return in
}

// textField is a text input, labelled as its field, with an optional hint
// and error.
func (p *ProfileForm) textField(field, hint string, required bool, errMsg string) app.UI {
	label := assessment.ProfileLabel(field)
	id := "pf-" + field
	var described []string
	if hint != "" {
		described = append(described, id+"-hint")
	}
	if errMsg != "" {
		described = append(described, id+"-error")
	}
	in := elv("input", attrs{"type", "text", "id", id, "value", p.textValue(field), "maxlength", strconv.Itoa(assessment.MaxNameLen)}).
		OnInput(func(ctx app.Context, e app.Event) { p.setText(ctx, field, ctx.JSSrc().Get("value").String()) }).
		OnChange(func(ctx app.Context, e app.Event) {
			// Trim when the field is left, not while typing (a space
			// between two words would vanish).
			v := ctx.JSSrc().Get("value").String()
			if t := strings.TrimSpace(v); t != v {
				ctx.JSSrc().Set("value", t)
				p.setText(ctx, field, t)
			}
		})
	if required {
		in = in.Aria("required", "true")
	}
	if errMsg != "" {
		in = in.Aria("invalid", "true")
	}
	if len(described) > 0 {
		in = in.Aria("describedby", strings.Join(described, " "))
	}
	return el("div", attrs{"class", "pf-field"},
		el("label", attrs{"for", id},
			txt(label),
			app.If(required, func() app.UI { return elt("span", attrs{"class", "pf-req"}, " "+l10n.T("(required)")) }),
		),
		app.If(hint != "", func() app.UI { return elt("p", attrs{"class", "pf-hint", "id", id + "-hint"}, hint) }),
		in,
		app.If(errMsg != "", func() app.UI { return elt("p", attrs{"class", "field-error", "id", id + "-error"}, errMsg) }),
	)
}

func (p *ProfileForm) sectorField() app.UI {
	known := p.cur.Sector == ""
	for _, s := range pfSectors {
		known = known || s == p.cur.Sector
	}
	return el("div", attrs{"class", "pf-field"},
		elt("label", attrs{"for", "pf-sector"}, assessment.ProfileLabel("sector")),
		elh("select", attrs{"id", "pf-sector"},
			elt("option", attrs{"value", pfNone, "selected", strconv.FormatBool(p.cur.Sector == "")}, l10n.T("Choose a sector\u2026")),
			app.Range(pfSectors).Slice(func(i int) app.UI {
				return elt("option", attrs{"value", pfSectors[i], "selected", strconv.FormatBool(p.cur.Sector == pfSectors[i])}, l10n.T(pfSectors[i]))
			}),
			// A sector typed elsewhere (e.g. in an edited CSV) stays
			// selectable rather than silently replaced.
			app.If(!known, func() app.UI {
				return elt("option", attrs{"value", p.cur.Sector, "selected", "true"}, p.cur.Sector)
			}),
		).
			OnChange(func(ctx app.Context, e app.Event) { p.setSector(ctx, ctx.JSSrc().Get("value").String()) }),
	)
}

func (p *ProfileForm) plantsField() app.UI {
	in := elv("input", attrs{"type", "number", "id", "pf-plants", "class", "pf-narrow", "min", "0", "max", strconv.Itoa(assessment.MaxPlants), "step", "1", "inputmode", "numeric", "value", p.plantsText, "aria-describedby", "pf-plants-hint"}).
		OnInput(func(ctx app.Context, e app.Event) {
			src := ctx.JSSrc()
			p.setPlants(ctx, src.Get("value").String(), src.Get("validity").Get("badInput").Bool())
		})
	if p.plantsErr != "" {
		in = in.Aria("invalid", "true").Aria("describedby", "pf-plants-hint pf-plants-error")
	}
	return el("div", attrs{"class", "pf-field"},
		elt("label", attrs{"for", "pf-plants"}, assessment.ProfileLabel("plants")),
		elt("p", attrs{"class", "pf-hint", "id", "pf-plants-hint"}, l10n.T("Plants in the ISMS scope, across the organisation.")),
		in,
		app.If(p.plantsErr != "", func() app.UI {
			return elt("p", attrs{"class", "field-error", "id", "pf-plants-error"}, l10n.T(p.plantsErr))
		}),
	)
}

// checkbox is the input of a yes/no field, labelled as the field.
func (p *ProfileForm) checkbox(field, hint string) app.UI {
	id := "pf-" + field
	f := pfField(field)
	label, on := assessment.ProfileLabel(field), f.Bool(&p.cur)
	return el("div", attrs{"class", "pf-check"},
		elv("input", attrs{"type", "checkbox", "id", id, "checked", strconv.FormatBool(on), "aria-describedby", id + "-hint"}).
			OnChange(func(ctx app.Context, e app.Event) { p.setFlag(ctx, field, ctx.JSSrc().Get("checked").Bool()) }),
		el("div", nil,
			elt("label", attrs{"for", id}, label),
			elt("p", attrs{"class", "pf-hint", "id", id + "-hint"}, hint),
		),
	)
}

// choiceGroup draws g as a fieldset of radios, the current value checked.
func (p *ProfileForm) choiceGroup(g pfChoiceGroup) app.UI {
	f := pfField(g.field)
	cur := f.Text(&p.cur)
	choices := f.Choices
	if g.none != "" {
		choices = append([]assessment.Choice{{Value: pfNone, Label: l10n.T(g.none)}}, choices...)
	}
	return el("fieldset", attrs{"class", "profile-group", "id", "pf-group-" + g.field},
		elt("legend", nil, f.Label),
		elt("p", attrs{"class", "pf-hint"}, l10n.T(g.hint)),
		app.Range(choices).Slice(func(i int) app.UI {
			c := choices[i]
			id, hint := g.prefix+c.Value, g.hints[c.Value]
			if c.Value == pfNone {
				hint = g.noneHint
			}
			return el("div", attrs{"class", "pf-check"},
				elv("input", attrs{"type", "radio", "name", "pf-" + g.field, "id", id, "value", c.Value, "checked", strconv.FormatBool(cur == pfChosen(c.Value)), "aria-describedby", id + "-hint"}).
					OnChange(func(ctx app.Context, e app.Event) {
						if ctx.JSSrc().Get("checked").Bool() {
							p.setChoice(ctx, g.field, c.Value)
						}
					}),
				el("div", nil,
					elt("label", attrs{"for", id}, c.Label),
					elt("p", attrs{"class", "pf-hint", "id", id + "-hint"}, l10n.T(hint)),
				),
			)
		}),
	)
}

func (p *ProfileForm) roleField(missing bool) app.UI {
	sel := elh("select", attrs{"id", "pf-role"}).
		OnChange(func(ctx app.Context, e app.Event) { p.setRole(ctx, ctx.JSSrc().Get("value").String()) })
	if missing {
		sel = sel.Aria("describedby", "pf-role-advice")
	}
	return el("div", attrs{"class", "pf-field"},
		elt("label", attrs{"for", "pf-role"}, assessment.ProfileLabel("respondentRole")),
		sel.Body(
			elt("option", attrs{"value", pfNone, "selected", strconv.FormatBool(p.cur.RespondentRole == "")}, l10n.T("Choose a role\u2026")),
			app.Range(assessment.RespondentRoles).Slice(func(i int) app.UI {
				r := assessment.RespondentRoles[i]
				return elt("option", attrs{"value", string(r), "selected", strconv.FormatBool(p.cur.RespondentRole == r)}, assessment.RoleLabel(r))
			}),
		),
		// A recommendation, not an error: the field is not marked invalid.
		app.If(missing, func() app.UI { return elt("p", attrs{"class", "pf-advice", "id", "pf-role-advice"}, l10n.T(pfMsgRole)) }),
	)
}

func (p *ProfileForm) dateField() app.UI {
	in := elv("input", attrs{"type", "date", "id", "pf-date", "class", "pf-narrow", "value", p.cur.Date}).
		OnChange(p.onDate).OnInput(p.onDate)
	if p.dateErr != "" {
		in = in.Aria("invalid", "true").Aria("describedby", "pf-date-error")
	}
	return el("div", attrs{"class", "pf-field"},
		elt("label", attrs{"for", "pf-date"}, assessment.ProfileLabel("date")),
		in,
		app.If(p.dateErr != "", func() app.UI {
			return elt("p", attrs{"class", "field-error", "id", "pf-date-error"}, l10n.T(p.dateErr))
		}),
	)
}

func (p *ProfileForm) onDate(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	p.setDate(ctx, src.Get("value").String(), src.Get("validity").Get("badInput").Bool())
}

// nextLink leads on to the questions of the open assessment.
func (p *ProfileForm) nextLink() app.UI {
	if p.ID == "" {
		return nil
	}
	return el("a", attrs{"class", "button", "id", "profile-next", "href", Route{ID: p.ID, View: ViewQuestions}.Fragment()},
		txt(l10n.T("Next: answer the questions")),
		elt("span", attrs{"aria-hidden", "true"}, " \u2192"),
	)
}
