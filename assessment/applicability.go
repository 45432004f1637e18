package assessment

import (
	"strconv"
	"strings"

	"github.com/isms-tools/ownership-assessment/assessment/l10n"
)

// Condition says when a question is asked. Most questions are asked of
// every organisation; some only make sense for one ownership model, for
// validated (GMP) plants, for safety-critical processes, for NIS2 entities
// or for organisations with more than one plant.
type Condition string

// The conditions of Question.When.
const (
	Always             Condition = ""
	WhenCentralised    Condition = "model-centralised"   // the centralised model is in use
	WhenFederated      Condition = "model-federated"     // the federated model is in use
	WhenExecutiveLed   Condition = "model-executive-led" // the executive-led model is in use
	WhenValidated      Condition = "validated"           // GMP / GxP validated systems in scope
	WhenSafetyCritical Condition = "safety-critical"     // a safety-critical process
	WhenNIS2           Condition = "nis2"                // an essential or important entity under NIS2
	WhenMultiPlant     Condition = "multi-plant"         // two or more plants
)

// Label says in a few words when a question with condition c is asked,
// for the question table and the report.
func (c Condition) Label() string {
	switch c {
	case WhenCentralised:
		return l10n.T("centralised model in use")
	case WhenFederated:
		return l10n.T("federated model in use")
	case WhenExecutiveLed:
		return l10n.T("executive-led model in use")
	case WhenValidated:
		return l10n.T("GMP / GxP validated systems in scope")
	case WhenSafetyCritical:
		return l10n.T("safety-critical process")
	case WhenNIS2:
		return l10n.T("NIS2 essential or important entity")
	case WhenMultiPlant:
		return l10n.T("two or more plants")
	}
	return l10n.T("always")
}

// modelOf is the model a model condition asks for.
var modelOf = map[Condition]string{
	WhenCentralised:  ModelCentralised,
	WhenFederated:    ModelFederated,
	WhenExecutiveLed: ModelExecutiveLed,
}

// ModelInUse is the ownership model the organisation runs: the profile's
// OwnershipModel, or, when the profile leaves it open, the preset the
// matrix was built from (Assessment.Model). "" when neither says.
func ModelInUse(a Assessment) string {
	if a.Profile.OwnershipModel != "" {
		return a.Profile.OwnershipModel
	}
	return a.Model
}

// PresetAsModel returns the preset the matrix was started from when the
// profile records no model in use, and "" otherwise. ModelInUse then rests
// on the tool's proposal rather than on the organisation's word, and what
// is said about the model in use must say so.
func PresetAsModel(a Assessment) string {
	if a.Profile.OwnershipModel != "" {
		return ""
	}
	return a.Model
}

// SkipReason says why q is not asked in a, or returns "" when it is. It is
// a pure function of the profile, the model in use and the earlier
// answers, so that the flow, the scores, the findings and the report agree
// on which questions count.
//
// A condition the profile does not settle (no model recorded, NIS2 status
// not known, number of plants not given) skips the question too, with a
// reason that says what to record: the 0–4 scale does not fit a question
// about a situation the organisation is not in, and guessing would put
// such answers into the score. Answers already given to a skipped question
// are kept; they are only left out of scores, findings and actions.
func SkipReason(q Question, a Assessment) string {
	p := a.Profile
	switch q.When {
	case WhenCentralised, WhenFederated, WhenExecutiveLed:
		want, got := modelOf[q.When], ModelInUse(a)
		switch {
		case got == "":
			return l10n.F("Not asked: it concerns the %s ownership model, and no model in use is recorded in the profile.", modelName(want))
		case got != want && PresetAsModel(a) != "":
			return l10n.F("Not asked: it concerns the %s ownership model, and the matrix was started from the %s model (the profile records no model in use).", modelName(want), modelName(got))
		case got != want:
			return l10n.F("Not asked: it concerns the %s ownership model, and the model in use is %s.", modelName(want), modelName(got))
		}
	case WhenValidated:
		if !p.Validated {
			return l10n.T("Not asked: the profile records no GMP / GxP validated systems in scope.")
		}
	case WhenSafetyCritical:
		if !p.SafetyCritical {
			return l10n.T("Not asked: the profile records no safety-critical process.")
		}
	case WhenNIS2:
		switch {
		case p.NIS2Entity():
		case p.NIS2 == NIS2OutOfScope:
			return l10n.T("Not asked: the profile records the organisation as outside the scope of NIS2.")
		default:
			return l10n.T("Not asked: it concerns NIS2 duties, and the profile does not record the organisation as an essential or important entity.")
		}
	case WhenMultiPlant:
		switch {
		case p.Plants == 1:
			return l10n.T("Not asked: the profile records a single plant.")
		case p.Plants == 0:
			return l10n.T("Not asked: it concerns organisations with several plants, and the number of plants is not recorded in the profile.")
		}
	}
	return ""
}

// modelName names a model inside a sentence: lower-case in English
// ("centralised"); in German, whose model names do not lower-case, the
// name in quotation marks ("„Zentral“").
func modelName(id string) string {
	if m, ok := ModelByID(id); ok {
		if l10n.Current() == l10n.DE {
			return "\u201e" + m.Name + "\u201c"
		}
		return strings.ToLower(m.Name)
	}
	return strconv.Quote(id)
}

// Asked returns the questions of the built-in bank asked in a, in display
// order: those with no SkipReason.
func Asked(a Assessment) []Question { return AskedOf(Questions(), a) }

// AskedOf is Asked over bank.
func AskedOf(bank []Question, a Assessment) []Question {
	out := make([]Question, 0, len(bank))
	for _, q := range bank {
		if SkipReason(q, a) == "" {
			out = append(out, q)
		}
	}
	return out
}

// QuestionLevelText is the meaning of rating r for the question id: its
// own wording at levels 0 to 3 where the generic scale cannot rate it
// (questionLevels), else LevelText for the part of the estate it applies
// to.
func QuestionLevelText(id string, r Rating, applies Applies) string {
	return QuestionLevelTextAt(id, r, applies, 0)
}

// QuestionLevelTextAt is QuestionLevelText for an organisation with the
// given number of plants (0 when not recorded): see LevelTextAt.
func QuestionLevelTextAt(id string, r Rating, applies Applies, plants int) string {
	if ls, ok := questionLevelsSinglePlant[id]; ok && plants == 1 {
		if l, scored := r.Level(); scored && l < len(ls) && ls[l] != "" {
			return l10n.T(ls[l])
		}
	}
	if ls, ok := questionLevels[id]; ok {
		if l, scored := r.Level(); scored && l < len(ls) {
			return l10n.T(ls[l])
		}
	}
	return LevelTextAt(r, applies, plants)
}

// LevelText is the meaning of rating r for a question about part of the
// estate applies: "implemented" means in place at the plants for an OT
// question, in corporate IT for an IT one, and across both otherwise.
func LevelText(r Rating, applies Applies) string { return LevelTextAt(r, applies, 0) }

// LevelTextAt is LevelText for an organisation with the given number of
// plants (0 when not recorded). With a single plant, "every plant in
// scope" would read as a template: the texts name the plant.
func LevelTextAt(r Rating, applies Applies, plants int) string {
	if plants == 1 {
		switch {
		case r == Rating2 && applies == AppliesOT:
			return l10n.T("Written down and agreed, but not yet applied at the plant.")
		case r == Rating3 && applies == AppliesOT:
			return l10n.T("Applied at the plant, with evidence an auditor can see.")
		case r == Rating3 && applies != AppliesIT:
			return l10n.T("Applied across the organisation, corporate IT and the plant alike, with evidence an auditor can see.")
		}
	}
	switch r {
	case Rating0:
		return l10n.T("Nothing in place yet, or only intentions.")
	case Rating1:
		return l10n.T("Done case by case by a few people; not written down or not repeatable.")
	case Rating2:
		switch applies {
		case AppliesOT:
			return l10n.T("Written down and agreed, but not yet applied at every plant in scope.")
		case AppliesIT:
			return l10n.T("Written down and agreed, but not yet applied across corporate IT in scope.")
		}
		return l10n.T("Written down and agreed, but not yet applied everywhere it should be.")
	case Rating3:
		switch applies {
		case AppliesOT:
			return l10n.T("Applied at every plant in scope, with evidence an auditor can see.")
		case AppliesIT:
			return l10n.T("Applied across corporate IT in scope, with evidence an auditor can see.")
		}
		return l10n.T("Applied across the organisation, corporate IT and plants alike, with evidence an auditor can see.")
	case Rating4:
		return l10n.T("Level 3 is met, and it is measured, reviewed and improved on a regular cycle.")
	case RatingNotApplicable:
		return l10n.T("Does not apply here; left out of the score.")
	case RatingUnknown:
		return l10n.T("Nobody present can say; counts as not in place until checked.")
	}
	return ""
}
