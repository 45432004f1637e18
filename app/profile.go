package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/isms-tools/ownership-assessment/assessment"
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
// is the label itself, so exported files stay readable.
var pfSectors = []string{
	"Pharmaceuticals and biotechnology",
	"Medical devices",
	"Chemicals",
	"Food and beverage",
	"Automotive",
	"Aerospace and defence",
	"Electronics and semiconductors",
	"Industrial machinery and equipment",
	"Metals and mining",
	"Oil, gas and energy",
	"Utilities (water, power)",
	"Pulp, paper and packaging",
	"Plastics and rubber",
	"Consumer goods",
	"Other",
}

// pfConnectivityHints explain the IT/OT connectivity choices, by value;
// their labels are the field's (assessment.ProfileFields).
var pfConnectivityHints = map[string]string{
	assessment.ConnectivityIsolated:   "Plant networks are air-gapped or exchange no data with corporate IT in routine operation.",
	assessment.ConnectivityBrokered:   "Data crosses only through a DMZ, a data diode or jump hosts; there are no direct connections.",
	assessment.ConnectivityIntegrated: "Direct network connections, a shared directory or cloud services reach the plant floor.",
}

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

// Validation messages, shown next to their fields.
const (
	pfMsgSite   = "Name the site so that exports and comparisons can tell sites apart."
	pfMsgRole   = "Recommended: choose the respondent's role, so that readers of the results know whose view the answers reflect."
	pfMsgPlants = "Enter a whole number from 0 to 10,000 (0 or empty if not known)."
	pfMsgDate   = "Enter a real date, for example 2026-03-14, or clear the field."
	pfMsgName   = "Enter a name: it is how you find the assessment on the list and in exported files."
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

func (p *ProfileForm) setConnectivity(ctx app.Context, v string) {
	p.cur.Connectivity = v
	p.post(ctx)
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
		elt("h1", attrs{"id", "profile-title"}, "Organisation and respondent"),
		elt("p", attrs{"class", "pf-lead"}, "Describe the site and who answers. Each change is saved in this browser as you type."),
		el("div", attrs{"class", "pf-field pf-field-wide"},
			elt("label", attrs{"for", "pf-name"}, "Assessment name"),
			p.nameInput(),
			app.If(p.nameErr != "", func() app.UI { return elt("p", attrs{"class", "field-error", "id", "pf-name-error"}, p.nameErr) }),
		),
		// Two columns that fill independently, so that a short group does
		// not leave a gap beside a long one.
		el("div", attrs{"class", "profile-grid"},
			el("div", attrs{"class", "profile-col"},
				el("fieldset", attrs{"class", "profile-group"},
					elt("legend", nil, "Organisation and site"),
					p.textField("organisation", "", false, ""),
					p.textField("site", "Plant or location, e.g. \u201cLyon packaging plant\u201d", true, pfMsgIf(siteMissing, pfMsgSite)),
					p.sectorField(),
					p.plantsField(),
					p.checkbox("centralRisk",
						"For example a CISO office or a group risk and compliance team that can own the ISMS."),
				),
				el("fieldset", attrs{"class", "profile-group"},
					elt("legend", nil, "Regulated environment"),
					p.checkbox("validated",
						"Changes to these systems need qualification and validation under the quality system."),
					p.checkbox("safetyCritical",
						"Safety instrumented systems or hazardous materials: process safety has a say in every change."),
				),
			),
			el("div", attrs{"class", "profile-col"},
				el("fieldset", attrs{"class", "profile-group"},
					elt("legend", nil, "Respondent"),
					p.textField("assessor", "Who runs the assessment (consultant or facilitator)", false, ""),
					p.textField("respondent", "", false, ""),
					p.roleField(roleMissing),
					p.dateField(),
					p.textField("round", "Name the round when the date alone does not say it, e.g. \u201cBaseline 2026\u201d or \u201cFollow-up Q3\u201d. Compare sets side by side the respondents of one round and shows the rounds of a site as a trend.", false, ""),
				),
				p.connectivityField(),
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

func pfMsgIf(cond bool, msg string) string {
	if cond {
		return msg
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
			app.If(required, func() app.UI { return elt("span", attrs{"class", "pf-req"}, " (required)") }),
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
			elt("option", attrs{"value", pfNone, "selected", strconv.FormatBool(p.cur.Sector == "")}, "Choose a sector\u2026"),
			app.Range(pfSectors).Slice(func(i int) app.UI {
				return elt("option", attrs{"value", pfSectors[i], "selected", strconv.FormatBool(p.cur.Sector == pfSectors[i])}, pfSectors[i])
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
		elt("p", attrs{"class", "pf-hint", "id", "pf-plants-hint"}, "Plants in the ISMS scope, across the organisation."),
		in,
		app.If(p.plantsErr != "", func() app.UI { return elt("p", attrs{"class", "field-error", "id", "pf-plants-error"}, p.plantsErr) }),
	)
}

// checkbox is the input of a yes/no field, labelled as the field.
func (p *ProfileForm) checkbox(field, hint string) app.UI {
	id := "pf-" + field
	f := pfField(field)
	label, on := f.Label, f.Bool(&p.cur)
	return el("div", attrs{"class", "pf-check"},
		elv("input", attrs{"type", "checkbox", "id", id, "checked", strconv.FormatBool(on), "aria-describedby", id + "-hint"}).
			OnChange(func(ctx app.Context, e app.Event) { p.setFlag(ctx, field, ctx.JSSrc().Get("checked").Bool()) }),
		el("div", nil,
			elt("label", attrs{"for", id}, label),
			elt("p", attrs{"class", "pf-hint", "id", id + "-hint"}, hint),
		),
	)
}

func (p *ProfileForm) connectivityField() app.UI {
	f := pfField("connectivity")
	return el("fieldset", attrs{"class", "profile-group"},
		elt("legend", nil, f.Label),
		elt("p", attrs{"class", "pf-hint"}, "How plant networks exchange data with corporate IT today."),
		app.Range(f.Choices).Slice(func(i int) app.UI {
			c := f.Choices[i]
			id := "pf-conn-" + c.Value
			return el("div", attrs{"class", "pf-check"},
				elv("input", attrs{"type", "radio", "name", "pf-connectivity", "id", id, "value", c.Value, "checked", strconv.FormatBool(p.cur.Connectivity == c.Value), "aria-describedby", id + "-hint"}).
					OnChange(func(ctx app.Context, e app.Event) {
						if ctx.JSSrc().Get("checked").Bool() {
							p.setConnectivity(ctx, c.Value)
						}
					}),
				el("div", nil,
					elt("label", attrs{"for", id}, c.Label),
					elt("p", attrs{"class", "pf-hint", "id", id + "-hint"}, pfConnectivityHints[c.Value]),
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
			elt("option", attrs{"value", pfNone, "selected", strconv.FormatBool(p.cur.RespondentRole == "")}, "Choose a role\u2026"),
			app.Range(assessment.RespondentRoles).Slice(func(i int) app.UI {
				r := assessment.RespondentRoles[i]
				return elt("option", attrs{"value", string(r), "selected", strconv.FormatBool(p.cur.RespondentRole == r)}, assessment.RoleLabel(r))
			}),
		),
		// A recommendation, not an error: the field is not marked invalid.
		app.If(missing, func() app.UI { return elt("p", attrs{"class", "pf-advice", "id", "pf-role-advice"}, pfMsgRole) }),
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
		app.If(p.dateErr != "", func() app.UI { return elt("p", attrs{"class", "field-error", "id", "pf-date-error"}, p.dateErr) }),
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
		txt("Next: answer the questions"),
		elt("span", attrs{"aria-hidden", "true"}, " \u2192"),
	)
}
