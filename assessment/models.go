package assessment

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
)

// Model is an ownership model the tool can propose and preset.
type Model struct {
	ID, Name, Summary string
	Pros, Cons        []string
	FitsWhen          string
}

// IDs of the ownership models.
const (
	ModelCentralised  = "centralised"
	ModelFederated    = "federated"
	ModelExecutiveLed = "executive-led"
)

var models = []Model{
	{
		ID:      ModelCentralised,
		Name:    "Centralised",
		Summary: "A central security team under the ISMS owner is accountable for every control and runs most of them itself. IT and OT are consulted; the OT lead carries out the work on the plant floor under central direction.",
		Pros: []string{
			"One team, one plan: quick to set up and easy for an auditor to follow.",
			"Consistent controls across sites, because the same people apply them.",
			"Good for getting the basics in place where security maturity is low.",
		},
		Cons: []string{
			"Plant teams can see security as someone else's job and disengage.",
			"The central team becomes a bottleneck as the number of plants grows.",
			"Risk of controls that ignore downtime windows and validation, because the people deciding are far from the line.",
		},
		FitsWhen: "One plant or a few close together, a small IT/OT organisation, and a security function that still has to be built.",
	},
	{
		ID:      ModelFederated,
		Name:    "Federated",
		Summary: "The ISMS owner stays the single accountable owner and keeps the management system; IT runs controls on corporate IT, OT on the plant floor, both on shared infrastructure, and HR, Procurement and Legal run the controls of their own field.",
		Pros: []string{
			"Controls are run by the people who know the systems, inside their own change and downtime rules.",
			"Scales to many plants without a central team in every site.",
			"Keeps one accountable owner while spreading the work, which is what ISO 27001 expects.",
		},
		Cons: []string{
			"Needs a working central risk function to oversee, arbitrate and audit the domains.",
			"Quality drifts between plants unless metrics and internal audits are real.",
			"Shared infrastructure needs explicit agreements, or it falls between IT and OT.",
		},
		FitsWhen: "Several plants, an OT or automation function able to own delivery, and a central risk or security function to keep oversight.",
	},
	{
		ID:      ModelExecutiveLed,
		Name:    "Executive-led",
		Summary: "An executive sponsor is accountable for the policy framework, risk acceptance, legal duties and continuity; the ISMS owner coordinates as custodian and is accountable for running the controls, which IT, OT and the supporting functions deliver.",
		Pros: []string{
			"Residual risk is accepted by someone with authority over budgets, downtime and production targets.",
			"Shows regulators and auditors visible leadership ownership.",
			"Settles IT/OT conflicts at a level both sides report to.",
		},
		Cons: []string{
			"Only works if the executive really reviews risk and decides; otherwise the roles exist only on paper.",
			"Executive time is scarce, so decisions can queue without a delegation scheme.",
			"The ISMS owner needs a clear mandate as custodian or becomes a mere secretary.",
		},
		FitsWhen: "Regulated plants (GMP validation or safety-critical processes) and organisations where risk acceptance has no clear owner today.",
	},
}

// Models returns the ownership models in display order.
func Models() []Model { return models }

// ModelByID looks an ownership model up by ID.
func ModelByID(id string) (Model, bool) {
	for _, m := range models {
		if m.ID == id {
			return m, true
		}
	}
	return Model{}, false
}

// rowTheme groups Annex A controls by who naturally takes part in them.
type rowTheme int

const (
	themeOther      rowTheme = iota
	themeGovernance          // 5.1–5.4, 5.35, 5.36: ISMS direction and assurance
	themeLegal               // 5.5, 5.31–5.34: legal duties, authorities, records, privacy
	themeSupplier            // 5.19–5.23: suppliers and cloud services
	themeIncident            // 5.24–5.28, 6.8: incident handling and reporting
	themeContinuity          // 5.29, 5.30: disruption and ICT continuity
	themeChange              // 8.32: change management
	themePeople              // 6.1–6.7
	themePhysical            // 7.1–7.14
)

// classify places a control in a rowTheme by its Annex A number, falling
// back on its Annex A theme for numbers outside the 2022 list.
func classify(c Control) rowTheme {
	in := func(lo, hi string) bool {
		return CompareControlIDs(c.ID, lo) >= 0 && CompareControlIDs(c.ID, hi) <= 0
	}
	switch {
	case in("5.1", "5.4"), in("5.35", "5.36"):
		return themeGovernance
	case c.ID == "5.5", in("5.31", "5.34"):
		return themeLegal
	case in("5.19", "5.23"):
		return themeSupplier
	case in("5.24", "5.28"), c.ID == "6.8":
		return themeIncident
	case in("5.29", "5.30"):
		return themeContinuity
	case c.ID == "8.32":
		return themeChange
	case in("6.1", "6.7"):
		return themePeople
	case in("7.1", "7.14"):
		return themePhysical
	}
	switch c.Theme {
	case ThemePeople:
		return themePeople
	case ThemePhysical:
		return themePhysical
	}
	return themeOther
}

// row builds one RACI row. set never overwrites a letter already given,
// so that the base rule of a model wins over the overlays applied after it.
type row RACI

func (r row) set(role Role, l Letter) {
	if _, ok := r[role]; !ok {
		r[role] = l
	}
}

// presetRow is the rulebook of the presets. Every model has exactly one A
// per row and gives the OT row of every medium- or high-relevance control
// an R, so every preset row passes CheckRow.
func presetRow(model string, c Control, d Domain) RACI {
	t := classify(c)
	otNeedsR := d == DomainOT && c.Relevance >= RelevanceMedium
	r := row{}

	switch model {
	case ModelCentralised:
		// The central team is accountable and does the work; the domains
		// are consulted, except that only plant staff may touch a running
		// process, so the OT lead is R where the control matters on OT.
		r.set(RoleISMSOwner, LetterAccountable)
		switch d {
		case DomainIT:
			r.set(RoleIT, LetterConsulted)
		case DomainOT:
			if otNeedsR {
				r.set(RoleOT, LetterResponsible)
			} else {
				r.set(RoleOT, LetterConsulted)
			}
		case DomainShared:
			r.set(RoleIT, LetterConsulted)
			r.set(RoleOT, LetterConsulted)
		}
		supporting(r, t, d, LetterConsulted)

	case ModelFederated, ModelExecutiveLed:
		// Executive-led differs from federated on the rows where risk is
		// owned: the executive is A and the ISMS owner R as custodian.
		if model == ModelExecutiveLed && (t == themeGovernance || t == themeLegal || t == themeContinuity) {
			r.set(RoleExecutive, LetterAccountable)
			r.set(RoleISMSOwner, LetterResponsible)
		} else {
			r.set(RoleISMSOwner, LetterAccountable)
		}
		// Supporting functions run their own field; the domain lead then
		// only helps, unless the plant floor needs hands of its own.
		ownField := t == themeLegal || t == themePeople
		switch d {
		case DomainIT:
			if ownField {
				r.set(RoleIT, LetterConsulted)
			} else {
				r.set(RoleIT, LetterResponsible)
			}
		case DomainOT:
			if ownField && !otNeedsR {
				r.set(RoleOT, LetterConsulted)
			} else {
				r.set(RoleOT, LetterResponsible)
			}
		case DomainShared:
			if ownField {
				r.set(RoleIT, LetterConsulted)
				r.set(RoleOT, LetterConsulted)
			} else {
				r.set(RoleIT, LetterResponsible)
				r.set(RoleOT, LetterResponsible)
			}
		}
		supporting(r, t, d, LetterResponsible)
	}
	return RACI(r)
}

// supporting adds the supporting functions. lead is the letter a function
// gets in its own field: R in federated models, C in the centralised one.
func supporting(r row, t rowTheme, d Domain, lead Letter) {
	switch t {
	case themeGovernance:
		r.set(RoleExecutive, LetterInformed)
		if d == DomainOT {
			r.set(RoleQuality, LetterConsulted)
			r.set(RoleOperations, LetterConsulted)
		}
	case themeLegal:
		r.set(RoleLegal, lead)
	case themeSupplier:
		r.set(RoleProcurement, lead)
	case themePeople:
		r.set(RoleHR, lead)
	case themePhysical:
		// There is no facilities role: on the plant floor physical
		// security is run by operations.
		if d == DomainOT {
			r.set(RoleOperations, lead)
		}
	case themeIncident, themeContinuity, themeChange:
		// Cyber incidents, outages and changes on OT touch product
		// quality and process safety: both must be heard.
		if d == DomainOT || d == DomainShared {
			r.set(RoleQuality, LetterConsulted)
			r.set(RoleEHS, LetterConsulted)
		}
		if d == DomainOT {
			r.set(RoleOperations, LetterConsulted)
		}
	}
}

// Preset returns the full default matrix of a model over Controls().
func Preset(modelID string) (Matrix, error) { return PresetWith(modelID, Controls()) }

// PresetWith returns the full default matrix of a model over controls: one
// row for every control in every domain, built by rules from the control's
// number, theme and plant-floor relevance.
func PresetWith(modelID string, controls []Control) (Matrix, error) {
	if _, ok := ModelByID(modelID); !ok {
		return nil, fmt.Errorf("preset: unknown ownership model %q", modelID)
	}
	m := make(Matrix, len(controls)*len(Domains))
	for _, c := range controls {
		for _, d := range Domains {
			m[CellKey{c.ID, d}] = presetRow(modelID, c, d)
		}
	}
	return m, nil
}

// CellChange is one matrix row that applying a preset would change.
type CellChange struct {
	Key           CellKey
	Before, After RACI
}

// PresetDiff lists the rows of preset that differ from current, in
// control/domain order. Rows outside the preset are left alone by
// ApplyPreset and so never appear.
func PresetDiff(current, preset Matrix) []CellChange {
	var out []CellChange
	for _, k := range sortedKeys(preset) {
		if !RowsEqual(current[k], preset[k]) {
			out = append(out, CellChange{Key: k, Before: current[k], After: preset[k]})
		}
	}
	return out
}

// ApplyPreset returns a new matrix with the preset's rows applied. With
// overwrite false, rows the user already filled are kept and only empty rows
// are taken from the preset; with overwrite true every preset row replaces
// the current one. Rows outside the preset are kept. Neither input is
// modified and the result shares no row with them.
func ApplyPreset(current, preset Matrix, overwrite bool) Matrix {
	out := make(Matrix, len(current)+len(preset))
	for k, r := range current {
		if len(r) > 0 {
			out[k] = maps.Clone(r)
		}
	}
	for k, r := range preset {
		if len(r) == 0 {
			continue
		}
		// A row holding only cleared letters counts as empty.
		if filled := !RowsEqual(out[k], nil); filled && !overwrite {
			continue
		}
		out[k] = maps.Clone(r)
	}
	return out
}

// Recommendation is the model the profile and answers point to, with the
// reason for every point awarded.
type Recommendation struct {
	Model   string
	Reasons []string
	Scores  map[string]int // points per model ID
}

// tieOrder breaks equal scores. Federated comes first because it is the
// pattern the standard and most manufacturers end up with: one accountable
// owner, delivery shared between IT and OT.
var tieOrder = []string{ModelFederated, ModelExecutiveLed, ModelCentralised}

// Recommend proposes an ownership model from the profile and the answers
// against the built-in bank. See RecommendWith for the rules.
func Recommend(a Assessment) Recommendation { return RecommendWith(a, Questions()) }

// RecommendWith proposes an ownership model. Each rule that holds awards
// points to one or more models and adds a reason sentence:
//
//	regulated (GMP validated or safety-critical)          executive-led +2
//	executives do not approve policy / accept risk (GOV-04 0, 1 or unknown)
//	                                                      executive-led +2
//	no defined risk-acceptance authority (GOV-05 weak)    executive-led +1
//	three or more plants                                  federated +2
//	strong OT practice (OT questions score ≥ 60%)         federated +2
//	a central risk / security function exists            federated +1
//	many plants but no central risk function              executive-led +1
//	a single plant                                        centralised +2
//	no central risk function, one or two plants           centralised +1
//	low overall maturity (score < 40%)                    centralised +1
//	integrated IT/OT connectivity                         centralised +1, executive-led +1
//	isolated plant networks                               federated +1
//
// The highest score wins; ties go to federated, then executive-led, then
// centralised. With no points at all the result is federated with a reason
// saying so.
func RecommendWith(a Assessment, bank []Question) Recommendation {
	rec := Recommendation{Scores: map[string]int{ModelCentralised: 0, ModelFederated: 0, ModelExecutiveLed: 0}}
	// award gives the points of one rule, in the order of the models'
	// columns (centralised, federated, executive-led; 0 means none).
	award := func(reason string, points [3]int) {
		var parts []string
		for i, id := range [3]string{ModelCentralised, ModelFederated, ModelExecutiveLed} {
			if p := points[i]; p != 0 {
				rec.Scores[id] += p
				parts = append(parts, id+" +"+strconv.Itoa(p))
			}
		}
		rec.Reasons = append(rec.Reasons, reason+" ("+strings.Join(parts, ", ")+")")
	}
	p := a.Profile
	inBank := make(map[string]bool, len(bank))
	for _, q := range bank {
		inBank[q.ID] = true
	}
	weak := func(id string) bool { return inBank[id] && isWeak(a.Answers[id].Rating) }

	if p.Validated || p.SafetyCritical {
		award("Validated or safety-critical systems are in scope: residual risk there should be accepted by top management, not by a technical team.",
			[3]int{0, 0, 2})
	}
	if weak("GOV-04") {
		award("Executives do not yet approve the policy or accept residual risk; an executive-led model makes that duty explicit.",
			[3]int{0, 0, 2})
	}
	if weak("GOV-05") {
		award("Nobody has clear authority to accept risks and exceptions; placing it with an executive sponsor settles that quickly.",
			[3]int{0, 0, 1})
	}
	if p.Plants >= 3 {
		award("With "+strconv.Itoa(p.Plants)+" plants a central team cannot run controls in every site; delivery has to sit with local IT and OT.",
			[3]int{0, 2, 0})
	}
	if otStrong(a, bank) {
		award("Plant-floor practices are already well established, so the OT function can own delivery of its controls.",
			[3]int{0, 2, 0})
	}
	switch {
	case p.CentralRisk:
		award("A central risk or security function exists and can provide the oversight and arbitration a federated model needs.",
			[3]int{0, 1, 0})
	case p.Plants >= 3:
		award("There are several plants but no central risk function to oversee them; strong executive sponsorship has to fill that gap.",
			[3]int{0, 0, 1})
	case p.Plants >= 1:
		// Plants unset (0) means the profile is not filled in yet; a
		// missing tick for "central risk" then says nothing.
		award("There is no central risk or security function yet; building one small central team is the quickest start.",
			[3]int{1, 0, 0})
	}
	if p.Plants == 1 {
		award("A single plant can be covered by one central team that knows the site.",
			[3]int{2, 0, 0})
	}
	if r := ScoreWith(bank, nil, a.Answers); r.HasScore && r.Overall < 40 {
		award("Overall maturity is low ("+strconv.FormatFloat(r.Overall, 'f', 0, 64)+"%); a central team gets the basics in place faster than several domain owners.",
			[3]int{1, 0, 0})
	}
	switch p.Connectivity {
	case ConnectivityIntegrated:
		award("IT and OT are directly connected, so conflicts at the boundary need one arbiter above both sides.",
			[3]int{1, 0, 1})
	case ConnectivityIsolated:
		award("Plant networks are isolated, so each domain can run its own controls with light central oversight.",
			[3]int{0, 1, 0})
	}

	best := tieOrder[0]
	for _, id := range tieOrder[1:] {
		if rec.Scores[id] > rec.Scores[best] {
			best = id
		}
	}
	rec.Model = best
	if len(rec.Reasons) == 0 {
		rec.Reasons = []string{"The profile and answers do not point to a model yet; federated is the usual starting point for a manufacturer with both IT and OT."}
	}
	return rec
}

// otStrong reports whether the answered OT-only questions score at least
// 60%, i.e. the plant floor is at "defined" to "implemented" on average.
func otStrong(a Assessment, bank []Question) bool {
	var ot []Question
	for _, q := range bank {
		if q.Applies == AppliesOT {
			ot = append(ot, q)
		}
	}
	r := ScoreWith(ot, nil, a.Answers)
	return r.HasScore && r.Overall >= 60
}

// isWeak reports whether r is an answer that should raise a flag: not in
// place, initial, or unknown. Unanswered and N/A are not weak.
func isWeak(r Rating) bool {
	if r == RatingUnknown {
		return true
	}
	l, ok := r.Level()
	return ok && l <= 1
}
