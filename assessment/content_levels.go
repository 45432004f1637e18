package assessment

import "github.com/isms-tools/ownership-assessment/assessment/l10n"

// questionLevels holds the meaning of levels 0 to 3 for the questions
// that ask about one act or state rather than a practice applied across
// the estate (an appointment, a placement, an approval, a resolution, a
// training, an exercise): the
// generic scale (LevelText) would have the respondent rate a board
// resolution as "applied at every plant". Level 4 and the other ratings
// keep their generic meaning. See QuestionLevelText.
var questionLevels = map[string][4]string{
	"GOV-01": {
		l10n.M("Nobody is named: accountability for the ISMS is split or assumed."),
		l10n.M("Someone acts as the owner in practice, but top management has not appointed them in writing for IT and the plants alike."),
		l10n.M("Top management has appointed one person in writing for IT and the plants, but the manual, the RACI or the leads do not all reflect it yet."),
		l10n.M("The appointed owner is named in the manual and the RACI, and the IT and OT leads both name that person."),
	},
	"GOV-02": {
		l10n.M("The ISMS owner sits inside the IT team, the OT team or one plant, with no authority over the others."),
		l10n.M("The owner sits in one team or plant and reaches the others informally, through goodwill rather than a remit."),
		l10n.M("Placing the owner at enterprise level is decided, but the owner does not yet act with that remit."),
		l10n.M("The owner reports to top management with a documented remit over corporate IT and every plant in scope, and exercises it in both."),
	},
	"GOV-08": {
		l10n.M("Top management has not approved an information security policy."),
		l10n.M("A policy exists, but only IT or the ISMS owner signed it, or top management's approval has lapsed."),
		l10n.M("Top management approved the policy, but its wording leaves the plants out."),
		l10n.M("A dated top-management approval, within the policy's review cycle, covers corporate IT and the plants, and the policy has been communicated at the plants."),
	},
	"GOV-11": {
		l10n.M("The management body has not approved any cybersecurity risk-management measures."),
		l10n.M("The management body has been informed or has agreed informally, with no resolution on record."),
		l10n.M("A resolution approves the measures, but it does not name those for the plants or refer to the risk treatment."),
		l10n.M("A dated resolution approves the measures, plant measures named, with reference to the risk assessment and treatment plan."),
	},
	"GOV-13": {
		l10n.M("No member of the management body has had cybersecurity training."),
		l10n.M("Some members have attended training on their own initiative."),
		l10n.M("Training for every member is planned and its content agreed, but not all have completed it."),
		l10n.M("Every member has completed cybersecurity training that also covers risks to production and, where relevant, process safety, with dated records."),
	},
	"MOD-01": {
		l10n.M("No ownership model has been chosen; ownership has simply grown over time."),
		l10n.M("A model is followed in practice, but nobody decided or recorded it."),
		l10n.M("The model is decided and recorded, but without its reasons, weaknesses or countermeasures."),
		l10n.M("The recorded model states why it fits, its weaknesses and their countermeasures, and management review revisits it."),
	},
	"PRA-05": {
		l10n.M("External auditors are received by whoever is available; no lead contact is set."),
		l10n.M("The ISMS owner leads some external audits, depending on who is asked."),
		l10n.M("The audit procedure names the ISMS owner as lead contact, but external audits do not yet run that way."),
		l10n.M("The ISMS owner leads every external audit of information security the organisation has, and the IT and OT owners present their own evidence."),
	},
	"INC-07": {
		l10n.M("No joint incident exercise has been held or scheduled."),
		l10n.M("Groups rehearse only on their own, or the last joint exercise was more than a year ago and none is scheduled."),
		l10n.M("A joint exercise on a plant scenario is scheduled with all five groups, or one held within the last year lacked a group or did not track its actions."),
		l10n.M("A joint exercise on a plant scenario was held within the last year with all five groups, and its actions are tracked."),
	},
}

// questionLevelsSinglePlant words levels of questionLevels for an
// organisation whose profile records a single plant, where the general
// wording speaks of several ("the plants", "every plant in scope"); an
// empty level keeps the general one. GOV-02's levels drop the placement
// "at enterprise level" above several plants, which one plant has not:
// what 5.3 asks there is a direct line to top management and a remit
// over both sides.
var questionLevelsSinglePlant = map[string][4]string{
	"GOV-01": {
		"",
		l10n.M("Someone acts as the owner in practice, but top management has not appointed them in writing for IT and the plant alike."),
		l10n.M("Top management has appointed one person in writing for IT and the plant, but the manual, the RACI or the leads do not all reflect it yet."),
		"",
	},
	"GOV-02": {
		l10n.M("The ISMS owner sits inside the IT team or the plant's own team, with no authority over the other side."),
		l10n.M("The owner sits in one team and reaches the other side informally, through goodwill rather than a remit."),
		l10n.M("A direct line to top management and a remit over IT and the plant are decided, but the owner does not yet act with them."),
		l10n.M("The owner answers to top management with a documented remit over corporate IT and the plant, and exercises it in both."),
	},
	"GOV-08": {
		"",
		"",
		l10n.M("Top management approved the policy, but its wording leaves the plant out."),
		l10n.M("A dated top-management approval, within the policy's review cycle, covers corporate IT and the plant, and the policy has been communicated at the plant."),
	},
	"GOV-11": {
		"",
		"",
		l10n.M("A resolution approves the measures, but it does not name those for the plant or refer to the risk treatment."),
		"",
	},
}
