package assessment

import (
	"slices"
	"strconv"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Recommendation is the model the profile and answers point to, with the
// reason for every point awarded, grouped by the model it supports.
type Recommendation struct {
	// Model is the model with the highest score. With a tie it is the
	// first tied model in tieOrder, kept for callers that need one name;
	// anything shown to people must check Tied first and present a tie as
	// a tie.
	Model string
	// Tied lists the models sharing the highest score, in tieOrder, when
	// two or more do (also when no rule awarded any point); nil otherwise.
	Tied []string
	// Decide says, with a tie, what would decide between the tied models;
	// "" otherwise.
	Decide string
	// Open lists the profile fields (keys) and questions (IDs) that feed
	// the rules but are not filled in or answered yet: recording them may
	// change or settle the recommendation.
	OpenFields, OpenQuestions []string
	// Reasons are the reasons of Details as sentences with their points,
	// "… (federated +2)", in rule order.
	Reasons []string
	// Details are the reasons as data, in rule order; see For.
	Details []ModelReason
	// WhyNot holds one line for each model neither recommended nor tied.
	WhyNot map[string]string
	// Caveat names, for a recommended model (not a tie), a condition the
	// model needs that the profile says is missing, with what to do
	// first; "" when there is none. A model can win on points and still
	// lack what it rests on (Federated without a central function to
	// oversee the domains).
	Caveat string
	// InUseWorks lists, as "MOD-01: Implemented", the answers that show
	// the model the profile records in use was chosen deliberately
	// (MOD-01) and works as that model needs (its own question, asked
	// only where it is in use), both rated 3 or more; nil otherwise. The
	// points weigh the profile's structure, not how the model in use
	// performs: where it works, another model scoring higher does not
	// call for a change (InUseText).
	InUseWorks []string
	Scores     map[string]int // points per model ID
}

// ModelReason is one rule that held: its sentence, the points it gives to
// each model, and the profile fields and answers that drove it.
type ModelReason struct {
	Text string
	// Points maps model ID → points, for the models the reason speaks
	// for. A model the profile rules out (see outOfFit) is listed with 0:
	// the reason was weighed for it and not counted.
	Points    map[string]int
	Fields    []string // profile field keys (ProfileFieldByKey)
	Questions []string // question IDs
}

// For returns the reasons that give points to model, in rule order: the
// reasons "under" that model. A reason that gives points to two models is
// under both.
func (r Recommendation) For(model string) []ModelReason {
	var out []ModelReason
	for _, d := range r.Details {
		if d.Points[model] > 0 {
			out = append(out, d)
		}
	}
	return out
}

// IsTie reports whether no single model scores highest.
func (r Recommendation) IsTie() bool { return len(r.Tied) > 1 }

// InUseText is the sentence that opens the recommendation wherever it is
// shown (the results, the report, the roles document) when the profile
// records inUse as the model the organisation runs; "" when it records
// none. Without it a tie, or another model recommended, reads as if the
// model were still to be chosen, when the organisation has chosen one:
// the sentence says whether the answers call for a change and that a
// change is top management's decision (ISO/IEC 27001 5.3), not the
// assessment's.
func (r Recommendation) InUseText(inUse string) string {
	m, ok := ModelByID(inUse)
	if !ok {
		return ""
	}
	var others []string // the other leading models, by name
	for _, id := range r.Tied {
		if o, ok := ModelByID(id); ok && id != inUse {
			others = append(others, o.Name)
		}
	}
	tied := r.IsTie() && slices.Contains(r.Tied, inUse)
	switch {
	case !r.IsTie() && r.Model == inUse:
		return l10n.F("The organisation runs the %s model, and this assessment points to it too.", m.Name)
	case tied && len(others) == 1:
		return l10n.F("The organisation runs the %s model. This assessment scores it level with the %s model, so the answers do not call for a change of model.", m.Name, others[0])
	case tied && len(others) == 2:
		return l10n.F("The organisation runs the %s model. This assessment scores it level with the %s and %s models, so the answers do not call for a change of model.", m.Name, others[0], others[1])
	case r.IsTie() && len(others) == 2 && len(r.InUseWorks) == 0:
		return l10n.F("The organisation runs the %s model; this assessment points to the %s and %s models, which score equally. Changing the model is top management's decision (ISO/IEC 27001 5.3): weigh the reasons for it against the cost of the change.", m.Name, others[0], others[1])
	}
	rm, _ := ModelByID(r.Model)
	if len(r.InUseWorks) > 0 {
		higher := l10n.F("the %s model", rm.Name)
		if r.IsTie() && len(others) == 2 {
			higher = l10n.F("the %s and %s models", others[0], others[1])
		}
		return l10n.F("The organisation runs the %s model, chosen deliberately and working, as its answers show (%s). This assessment scores %s higher on the profile's structure, which is no reason to change a model that works: the answers do not call for a change of model.", m.Name, strings.Join(r.InUseWorks, "; "), higher)
	}
	return l10n.F("The organisation runs the %s model; this assessment points to the %s model. Changing the model is top management's decision (ISO/IEC 27001 5.3): weigh the reasons for it against the cost of the change.", m.Name, rm.Name)
}

// inUseWorks is Recommendation.InUseWorks for a, with bank the questions
// asked.
func inUseWorks(a Assessment, bank []Question) []string {
	inUse := a.Profile.OwnershipModel
	if inUse == "" {
		return nil
	}
	var out []string
	own := false
	for _, q := range bank {
		mine := modelOf[q.When] == inUse
		if q.ID != "MOD-01" && !mine {
			continue
		}
		r := a.Answers[q.ID].Rating
		if l, ok := r.Level(); !ok || l < 3 {
			return nil
		}
		own = own || mine
		out = append(out, q.ID+": "+r.Label())
	}
	if !own || len(out) < 2 {
		return nil
	}
	return out
}

// tieOrder lists the models in the order ties are reported, and the order
// of Model when tied. Federated comes first because it is the pattern the
// standard and most manufacturers end up with: one accountable owner,
// delivery shared between IT and OT.
var tieOrder = []string{ModelFederated, ModelExecutiveLed, ModelCentralised}

// decideTie says what settles a tie between two models, keyed by the pair
// in tieOrder. Each names what to find out, not an answer the tool cannot
// know.
var decideTie = map[[2]string]string{
	{ModelFederated, ModelExecutiveLed}:   l10n.M("Whether a central risk or security function can oversee the plants' own control owners (federated), or that oversight and the risk decisions have to come from an executive sponsor (executive-led)."),
	{ModelFederated, ModelCentralised}:    l10n.M("Whether the plants have local IT and OT people able to deliver their own controls (federated), or one central team has to do it for them (centralised)."),
	{ModelExecutiveLed, ModelCentralised}: l10n.M("Whether what is missing is leadership commitment and authority over risk (executive-led), or capacity to deliver the basics (centralised)."),
}

// notChosen is the one line said of a model that is not recommended,
// after its points: when it would fit.
var notChosen = map[string]string{
	ModelCentralised:  l10n.M("suits a single plant or a small estate that one central team can serve"),
	ModelFederated:    l10n.M("needs several plants with capable local IT and OT, and a central function to oversee them"),
	ModelExecutiveLed: l10n.M("suits regulated plants, or leadership that must first take up security and risk decisions"),
}

// recoFields and recoQuestions are the inputs of the rules: when open,
// they are listed in Recommendation.Open*. GOV-08 (top management approves
// the policy) is not among them: an unapproved policy is a gap of clause
// 5.2 and Annex A 5.1 that every model closes the same way, with its own
// finding and action, and every model's preset already makes top
// management accountable for 5.1. It says nothing about which model fits.
var (
	recoFields    = []string{"plants", "centralRisk", "connectivity", "validated", "safetyCritical"}
	recoQuestions = []string{"GOV-05"}
)

// outOfFit reports whether profile p contradicts what model needs to fit
// ("Fits when" in its description, notChosen here), so that the model
// cannot win: its reasons are weighed and listed, with 0 points. The
// federated model needs several plants with their own capable IT and OT;
// with a single plant recorded there are no plant teams to federate, and
// recommending it would ask a one-site organisation to justify not running
// a model its own description excludes. With the number of plants not
// given (0) nothing is contradicted yet, and the rule waits.
func outOfFit(model string, p Profile) bool {
	return model == ModelFederated && p.Plants == 1
}

// Recommend proposes an ownership model from the profile and the answers
// to the questions asked in a. See RecommendWith for the rules.
func Recommend(a Assessment) Recommendation { return RecommendWith(a, Asked(a)) }

// RecommendWith proposes an ownership model. Each rule that holds awards
// points to one or more models and adds a reason:
//
//	regulated (GMP validated or safety-critical)          executive-led +2
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
// A model the profile rules out (outOfFit: federated with a single plant)
// scores nothing: the reasons for it are still listed, with 0 points and a
// sentence saying so, and its line in WhyNot says why.
//
// The highest score wins. Equal highest scores are a tie (Tied, Decide);
// with no points at all every model is tied and a reason says so.
func RecommendWith(a Assessment, bank []Question) Recommendation {
	rec := Recommendation{Scores: map[string]int{ModelCentralised: 0, ModelFederated: 0, ModelExecutiveLed: 0}}
	p := a.Profile
	// award gives the points of one rule, in the order of the models'
	// columns (centralised, federated, executive-led; 0 means none), and
	// records what drove it. Points for a model the profile rules out are
	// not counted: the reason stays, with 0 for that model and a sentence
	// that says why, so that what was weighed is still shown. (Only the
	// federated model can be ruled out, so the sentence names it.)
	award := func(reason string, points [3]int, fields []string, questions ...string) {
		d := ModelReason{Text: reason, Points: map[string]int{}, Fields: fields, Questions: questions}
		var parts []string
		for i, id := range [3]string{ModelCentralised, ModelFederated, ModelExecutiveLed} {
			pts := points[i]
			switch {
			case pts == 0:
				continue
			case outOfFit(id, p):
				d.Points[id] = 0
				d.Text += " " + l10n.T("With a single plant, this is not counted towards the federated model.")
				parts = append(parts, modelWord(id)+" 0")
				continue
			}
			rec.Scores[id] += pts
			d.Points[id] = pts
			parts = append(parts, modelWord(id)+" +"+strconv.Itoa(pts))
		}
		rec.Details = append(rec.Details, d)
		rec.Reasons = append(rec.Reasons, d.Text+" ("+strings.Join(parts, ", ")+")")
	}
	// uncounted names, in a few words each, what was weighed for the
	// federated model but not counted because the profile rules it out;
	// its line in WhyNot lists them. forFederated awards a rule that
	// supports the federated model alone and keeps that list.
	var uncounted []string
	forFederated := func(topic, reason string, points int, fields []string, questions ...string) {
		award(reason, [3]int{0, points, 0}, fields, questions...)
		if outOfFit(ModelFederated, p) {
			uncounted = append(uncounted, topic)
		}
	}
	inBank := make(map[string]bool, len(bank))
	for _, q := range bank {
		inBank[q.ID] = true
	}
	weak := func(id string) bool { return inBank[id] && isWeak(a.Answers[id].Rating) }

	// The reason names what the profile records, and no more: a site
	// with a safety-critical process and no validated systems has no
	// product quality in the balance to settle.
	switch {
	case p.Validated && p.SafetyCritical:
		award(l10n.T("Validated (GMP) systems and a safety-critical process are in scope: security decisions there weigh production, product quality and process safety, and an executive sponsor can settle them across all three."),
			[3]int{0, 0, 2}, []string{"validated", "safetyCritical"})
	case p.Validated:
		award(l10n.T("Validated (GMP) systems are in scope: security decisions there weigh production and product quality, and an executive sponsor can settle them across both."),
			[3]int{0, 0, 2}, []string{"validated"})
	case p.SafetyCritical:
		award(l10n.T("A safety-critical process is in scope: security decisions there weigh production and process safety, and an executive sponsor can settle them across both."),
			[3]int{0, 0, 2}, []string{"safetyCritical"})
	}
	// The governance reason says what the answer says and no more: level
	// 0 or 1 (no written scheme) and "unknown" (nobody present could say)
	// are different findings, and the roles document prints the reason as
	// it stands. Top management's approval of the policy (GOV-08) is not
	// weighed: see recoQuestions.
	if weak("GOV-05") {
		why := l10n.T("No written scheme states who may accept which risk or grant an exception to a security policy; placing that authority with an executive sponsor settles it quickly.")
		if a.Answers["GOV-05"].Rating == RatingUnknown {
			why = l10n.T("Nobody present could say whether a written scheme states who may accept which risk or grant an exception to a security policy; until that is checked, placing that authority with an executive sponsor settles it quickly.")
		}
		award(why, [3]int{0, 0, 1}, nil, "GOV-05")
	}
	if p.Plants >= 3 {
		award(l10n.F("With %d plants a central team cannot run every control at every site; delivery has to sit with the domain owners and the plants.", p.Plants),
			[3]int{0, 2, 0}, []string{"plants"})
	}
	if ids := otStrong(a, bank); ids != nil {
		forFederated(l10n.T("the established plant-floor practice"),
			l10n.T("Plant-floor practices are already well established, so the OT function can own delivery of its controls."),
			2, nil, ids...)
	}
	switch {
	case p.CentralRisk && (weak("MOD-03") || weak("GOV-10")):
		// The function exists, which is what the model builds on, but the
		// answers say it does not oversee the plants yet: the reason must
		// not claim what they deny.
		var ids []string
		for _, id := range []string{"MOD-03", "GOV-10"} {
			if weak(id) {
				ids = append(ids, id)
			}
		}
		forFederated(l10n.T("the central risk function"),
			l10n.F("A central risk or security function exists, but the answers to %s say it does not yet oversee the plants or coordinate their risks; that oversight has to be in place before control ownership passes to the domains.", strings.Join(ids, l10n.T(" and "))),
			1, []string{"centralRisk"}, ids...)
	case p.CentralRisk:
		forFederated(l10n.T("the central risk function"),
			l10n.T("A central risk or security function exists and can provide the oversight and arbitration a federated model needs."),
			1, []string{"centralRisk"})
	case p.Plants >= 3:
		award(l10n.T("There are several plants and the profile records no central risk function to oversee them; if there is none, strong executive sponsorship has to fill that gap."),
			[3]int{0, 0, 1}, []string{"plants", "centralRisk"})
	case p.Plants == 1:
		// A one-plant company rarely needs a team: an owner with time
		// set aside is what "central" means there.
		award(l10n.T("The profile records no central risk or security function; if there is none, one ISMS owner with time set aside, supported by IT and the plant, is the quickest start."),
			[3]int{1, 0, 0}, []string{"centralRisk", "plants"})
	case p.Plants >= 2:
		// Plants unset (0) means the profile is not filled in yet; a
		// missing tick for "central risk" then says nothing.
		award(l10n.T("The profile records no central risk or security function; if there is none, building one small central team is the quickest start."),
			[3]int{1, 0, 0}, []string{"centralRisk", "plants"})
	}
	if p.Plants == 1 {
		award(l10n.T("A single plant can be covered by one owner, or one small team, that knows the site."),
			[3]int{2, 0, 0}, []string{"plants"})
	}
	if r := ScoreWith(bank, nil, a.Answers); r.HasScore && r.Overall < 40 {
		award(l10n.F("Overall maturity is low (%s%%); a central team gets the basics in place faster than several domain owners.", l10n.Decimal(r.Overall, 0)),
			[3]int{1, 0, 0}, nil)
	}
	switch p.Connectivity {
	case ConnectivityIntegrated:
		award(l10n.T("IT and OT are directly connected, so conflicts at the boundary need one arbiter above both sides."),
			[3]int{1, 0, 1}, []string{"connectivity"})
	case ConnectivityIsolated:
		// The profile's word, until BRF-08 confirms it at level 3 or 4: the
		// reason then says so rather than state the isolation as fact.
		if l, ok := a.Answers["BRF-08"].Rating.Level(); inBank["BRF-08"] && (!ok || l < 3) {
			forFederated(l10n.T("the isolation of the plant networks"),
				l10n.T("The profile records the plant networks as isolated, which would let each domain run its own controls with light central oversight; BRF-08 does not yet confirm that isolation."),
				1, []string{"connectivity"}, "BRF-08")
			break
		}
		forFederated(l10n.T("the isolation of the plant networks"),
			l10n.T("Plant networks are isolated, so each domain can run its own controls with light central oversight."),
			1, []string{"connectivity"})
	}

	top := 0
	for _, id := range tieOrder {
		top = max(top, rec.Scores[id])
	}
	for _, id := range tieOrder {
		if rec.Scores[id] == top {
			rec.Tied = append(rec.Tied, id)
		}
	}
	rec.Model = rec.Tied[0]
	for _, f := range recoFields {
		if recoFieldOpen(p, f) {
			rec.OpenFields = append(rec.OpenFields, f)
		}
	}
	for _, id := range recoQuestions {
		if inBank[id] && a.Answers[id].Rating == RatingNone {
			rec.OpenQuestions = append(rec.OpenQuestions, id)
		}
	}
	switch {
	case top == 0:
		rec.Decide = l10n.T("Nothing recorded so far points to one model. Fill in the profile (number of plants, central risk function, IT/OT connectivity, regulated systems) and answer the governance questions; then compare the models in the steering group.")
		rec.Reasons = []string{l10n.T("The profile and answers do not point to a model yet.")}
	case len(rec.Tied) == 2:
		rec.Decide = l10n.T(decideTie[[2]string{rec.Tied[0], rec.Tied[1]}])
	case len(rec.Tied) == 3:
		rec.Decide = l10n.T("The three models score the same: decide in the steering group on the number of plants one central team can serve, whether a central risk function can oversee the plants, and how far leadership already takes the risk decisions.")
	}
	if !rec.IsTie() {
		rec.Tied = nil
	}
	if !rec.IsTie() && top > 0 {
		rec.Caveat = caveat(rec.Model, a)
	}
	rec.InUseWorks = inUseWorks(a, bank)
	rec.WhyNot = map[string]string{}
	for _, m := range models {
		if m.ID == rec.Model || slices.Contains(rec.Tied, m.ID) {
			continue
		}
		fact := againstFact(m.ID, p)
		if outOfFit(m.ID, p) && len(uncounted) > 0 {
			fact = uncountedFact(uncounted)
		}
		if fact == "" {
			fact = supportWord(len(rec.For(m.ID)))
		}
		if m.ID == p.OwnershipModel && len(rec.InUseWorks) > 0 {
			// When it would fit is beside the point for a model the
			// answers show working.
			rec.WhyNot[m.ID] = l10n.F("%s (%s against %d): the model in use, working as the answers show (%s).",
				l10n.T(m.Name), PointsText(rec.Scores[m.ID]), top, strings.Join(rec.InUseWorks, "; "))
			continue
		}
		rec.WhyNot[m.ID] = l10n.F("%s (%s against %d): %s; %s.",
			l10n.T(m.Name), PointsText(rec.Scores[m.ID]), top, l10n.T(notChosen[m.ID]), fact)
	}
	return rec
}

// caveat is the condition model needs that a's profile records as
// missing, with the first step, or "". An answer that says the condition
// is met in practice (a central function coordinates boundary risks,
// GOV-10, or oversees the domains, MOD-03, at level 3 or 4) wins over an
// unticked profile box, which may only be unfilled.
func caveat(model string, a Assessment) string {
	p := a.Profile
	overseen := func() bool {
		for _, id := range []string{"GOV-10", "MOD-03"} {
			if l, ok := a.Answers[id].Rating.Level(); ok && l >= 3 {
				return true
			}
		}
		return false
	}
	switch {
	case model == ModelFederated && p.Plants > 0 && !p.CentralRisk && !overseen():
		return l10n.T("The federated model rests on a central risk or security function that oversees the domains with one risk method and consolidated reporting, and the profile records none. If there is none, give a function at enterprise level, above the plants and above IT and OT, that mandate before control ownership is handed to the domains.")
	case model == ModelCentralised && p.Plants >= 3:
		return l10n.F("The centralised model asks one central team to run the controls at %d plants: check that it can reach each of them in time, or hand delivery to the plants.", p.Plants)
	}
	return ""
}

// againstFact is the recorded fact of profile p that tells most against
// a model, in words, or "" when the profile records none.
func againstFact(model string, p Profile) string {
	switch model {
	case ModelCentralised:
		if p.Plants >= 3 {
			return l10n.F("here there are %d plants", p.Plants)
		}
		if p.CentralRisk {
			return l10n.T("here a central risk function already exists to oversee domain owners")
		}
	case ModelFederated:
		if p.Plants == 1 {
			return l10n.T("here there is a single plant")
		}
		if p.Plants > 0 && !p.CentralRisk {
			return l10n.T("here no central risk or security function is recorded to oversee the domains")
		}
	case ModelExecutiveLed:
		if p.Plants > 0 && !p.Validated && !p.SafetyCritical {
			return l10n.T("here no validated or safety-critical systems are recorded")
		}
	}
	return ""
}

// uncountedFact says, for the federated model with a single plant, what
// spoke for it and was not counted: "here there is a single plant, so the
// established plant-floor practice and the central risk function are not
// counted towards it". topics is not empty.
func uncountedFact(topics []string) string {
	list := topics[len(topics)-1]
	if n := len(topics); n > 1 {
		list = strings.Join(topics[:n-1], ", ") + l10n.T(" and ") + list
	}
	if len(topics) == 1 {
		return l10n.F("here there is a single plant, so %s is not counted towards it", list)
	}
	return l10n.F("here there is a single plant, so %s are not counted towards it", list)
}

// PointsText counts a model's points as the recommendation shows them:
// "1 point", "3 points".
func PointsText(n int) string { return l10n.N(n, "%d point", "%d points") }

// modelWords name the models inside a reason's points, "federated +2":
// the model's ID in English, an adjective in German.
var modelWords = map[string]string{
	ModelCentralised:  l10n.M("centralised"),
	ModelFederated:    l10n.M("federated"),
	ModelExecutiveLed: l10n.M("executive-led"),
}

func modelWord(id string) string {
	if w, ok := modelWords[id]; ok {
		return l10n.T(w)
	}
	return id
}

func supportWord(n int) string {
	switch n {
	case 0:
		return l10n.T("nothing in this profile or these answers points to it")
	case 1:
		return l10n.T("only one reason here points to it")
	}
	return l10n.F("%d reasons here point to it, fewer points in all", n)
}

// recoFieldOpen reports whether a profile field the rules read is not
// filled in. A yes/no field left at no is a recorded no only once the
// number of plants is given: before that, the profile is not filled in.
func recoFieldOpen(p Profile, key string) bool {
	switch key {
	case "plants":
		return p.Plants == 0
	case "connectivity":
		return p.Connectivity == ""
	default:
		return p.Plants == 0 && !p.CentralRisk && !p.Validated && !p.SafetyCritical
	}
}

// otStrong returns, when the answered OT-only questions score at least
// 60% (the plant floor at "defined" to "implemented" on average), the
// IDs of those rated 3 or 4: the evidence. Nil otherwise.
func otStrong(a Assessment, bank []Question) []string {
	var ot []Question
	for _, q := range bank {
		if q.Applies == AppliesOT {
			ot = append(ot, q)
		}
	}
	r := ScoreWith(ot, nil, a.Answers)
	if !r.HasScore || r.Overall < 60 {
		return nil
	}
	ids := []string{}
	for _, q := range ot {
		if l, ok := a.Answers[q.ID].Rating.Level(); ok && l >= 3 {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// isWeak reports whether r is an answer that should raise a finding: not
// in place, initial, or unknown. Unanswered and N/A are not weak.
func isWeak(r Rating) bool {
	if r == RatingUnknown {
		return true
	}
	l, ok := r.Level()
	return ok && l <= 1
}
