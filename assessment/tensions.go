package assessment

import "github.com/isms-tools/ownership-assessment/assessment/l10n"

// AnswerTension is a pair of answers that do not fit together: the
// higher describes a practice that is hard to reconcile with the lower.
// The tool does not decide which is right; it asks for both to be
// checked against the evidence before the higher is relied on.
type AnswerTension struct {
	High, Low             string // question IDs
	HighRating, LowRating Rating
	// Reason says why High is hard to reconcile with Low, and where
	// useful what to check, in the current language.
	Reason string
}

// tensionRules are the pairs where a practice at level 3 or 4 (high)
// takes for granted another that is at least defined (low). Only
// implications a lead auditor would draw from the questions' own words
// are listed: each reason names what the higher answer takes for
// granted.
var tensionRules = []struct{ high, low, reason string }{
	// The ISMS owner's place presupposes an ISMS owner.
	{"GOV-02", "GOV-01", l10n.M("an ISMS owner placed at enterprise level presupposes one named owner of the ISMS")},
	// Formal acceptance of residual risk needs owners who can act.
	{"GOV-09", "ROL-05", l10n.M("if the ISMS team owns the risks, the acceptances GOV-09 counts were signed by people without authority over the plants; check who signed the last acceptances for plant systems")},
	// Deputies for the key roles presuppose the OT lead they stand in for.
	{"ROL-08", "ROL-03", l10n.M("a deputy for the OT lead presupposes an OT lead who owns the plant systems' controls")},
	// Every vendor session through one service presupposes knowing the routes.
	{"BRF-06", "SCO-03", l10n.M("every vendor session can pass a controlled service only where every remote access route is known")},
	// Compensating controls per unpatchable asset presuppose knowing which they are.
	{"CHG-04", "BRF-03", l10n.M("compensating controls for assets that cannot be patched presuppose an inventory that records which cannot be patched")},
	// On a GMP site the plant's change control is where Quality assesses
	// validation; CHG-03 is asked on such sites only.
	{"CHG-02", "CHG-03", l10n.M("on a GMP site the plant's change control for validated systems includes Quality's assessment of the validation impact, so security changes that pass it cannot reach production unvalidated")},
	// A joint exercise rehearses roles that exist.
	{"INC-07", "INC-01", l10n.M("a joint exercise rehearses the incident roles of safety, operations and quality, which presupposes a joint triage and escalation route")},
	// Owners presenting their own domain's evidence at audits presupposes
	// audits that reach their domain.
	{"PRA-05", "PRA-07", l10n.M("the OT owners presenting the evidence for their own domain at external audits presupposes audits that reach the plants, which the internal audits do not; check which external audits (certification, customer) covered plant systems")},
	// A plant incident is reported in time only if it reaches the reporters.
	{"INC-08", "INC-01", l10n.M("reporting an incident at a plant within the NIS2 deadlines presupposes that plant incidents are escalated beyond the plant")},
}

// AnswerTensions returns the pairs of answers in a that do not fit
// together (tensionRules): the higher question asked and answered at
// level 3 or 4 while the lower is asked and answered at 0 or 1. An
// "unknown" answer is no contradiction, only a gap in knowledge, and a
// question not asked of the profile takes part in none.
func AnswerTensions(a Assessment) []AnswerTension {
	var out []AnswerTension
	for _, t := range tensionRules {
		hr, high := AnswerInPlace(a, t.high)
		if !high {
			continue
		}
		if weak, _ := AnswerWeak(a, t.low); !weak {
			continue
		}
		out = append(out, AnswerTension{High: t.high, Low: t.low, HighRating: hr, LowRating: a.Answers[t.low].Rating, Reason: l10n.T(t.reason)})
	}
	return out
}

// Text states the tension in one sentence: both answers, as given, and
// why they do not fit together.
func (t AnswerTension) Text() string {
	return l10n.F("%s is answered \u201c%s\u201d, but %s \u201c%s\u201d: %s.", t.High, t.HighRating.Label(), t.Low, t.LowRating.Label(), t.Reason)
}
