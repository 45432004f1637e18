package assessment

import "github.com/isms-tools/ownership-assessment/assessment/l10n"

// isolatedQuestion is a question as it is put to an organisation whose
// profile records its plants as isolated (ConnectivityIsolated). Each
// text replaces the bank's where it is set; textSingle and goodSingle
// are the question and the target state for a single isolated plant,
// goodSingle set wherever good is and the bank's target state has a
// one-plant form (goodSinglePlant). noDowntime clears the bank's
// Downtime flag where the isolated practice (checking and listing what
// crosses) needs no window.
type isolatedQuestion struct {
	text, textSingle, why, good, goodSingle string
	noDowntime                              bool
}

// isolatedQuestions words the questions whose bank text presumes a
// network link between the plants and corporate IT (a DMZ to share, a
// corporate network to cut off, traffic to filter) for plants recorded
// as air-gapped. Asked as the bank asks them, they make the respondent
// rate a DMZ the site does not have; what an isolated site must own is
// what still crosses the gap (SharedComponents), and whether the
// isolation holds at all. The scale and the answer's meaning stay those
// of the bank, so an answer given before the profile was changed keeps
// its sense: each form asks about the same practice on that site.
//
// The findings and actions on these questions have their isolated forms
// already (isolatedTasks; the isolated variants of it-ot-boundary-open).
var isolatedQuestions = map[string]isolatedQuestion{
	"SCO-02": {
		text: l10n.M("Does each component or medium that crosses the air gap between IT and OT (removable-media transfer stations, one-way transfer devices, vendor dial-in or remote-access links, engineering laptops) have a named owner within the ISMS scope?"),
	},
	"CTL-02": {
		text: l10n.M("Do IT and OT have an agreed split of duties for what they share across the air gap (removable-media transfer stations, engineering laptops, backup media, vendor access)?"),
		why:  l10n.M("Where the plants are not networked, what crosses the gap is what the two sides share: a transfer station, an engineering laptop or a backup medium that one team changes without the other can carry malware into the plant or leave it without a copy to restore."),
		good: l10n.M("An operating agreement for each shared item (transfer stations, engineering laptops, backup media, vendor access) defines who may change what, approval by both sides and who is called when it fails, and joint changes follow it."),
	},
	"INC-02": {
		text:       l10n.M("Is it defined who may decide, during a cyber incident, to cut a plant off from every remaining crossing (removable media, vendor connections, offline transfers), switch to manual or safe-state operation, or shut down?"),
		why:        l10n.M("Containment on the plant floor is an operational decision with safety and financial consequences; on an isolated plant it means stopping the media and connections that still cross, and working out who may order that for the first time during an attack is too late."),
		good:       l10n.M("Playbooks per plant name the decision-maker and a deputy for stopping every crossing, for manual or safe-state operation and for shutdown, list the points where media and connections enter the plant, and a test in a planned window has shown the plant can switch to manual or safe state and stop safely."),
		goodSingle: l10n.M("The plant's playbooks name the decision-maker and a deputy for stopping every crossing, for manual or safe-state operation and for shutdown, list the points where media and connections enter the plant, and a test in a planned window has shown the plant can switch to manual or safe state and stop safely."),
	},
	"BRF-08": {
		text:       l10n.M("Is the plants' isolation from corporate IT checked on site, and is every way by which data or media still cross it (removable media, one-way transfers, maintenance laptops, vendor sessions) listed with its owner and control?"),
		textSingle: l10n.M("Is the plant's isolation from corporate IT checked on site, and is every way by which data or media still cross it (removable media, one-way transfers, maintenance laptops, vendor sessions) listed with its owner and control?"),
		noDowntime: true,
		why:        l10n.M("An isolation nobody checks decays: a link added for a project, a laptop used on both sides or an infected USB stick carries an attack from the office into the plant, and each side assumes the other guards the gap."),
		good:       l10n.M("A check on site, repeated on a schedule and after changes to the plant networks, confirms that no network path joins the plant networks to corporate IT or the internet (vendor modems, mobile routers, computers with two network connections, wireless bridges); every crossing (removable media, one-way transfers, maintenance laptops, vendor sessions) is listed with its owner, purpose and control, and a new crossing needs approval under the plant's change procedure."),
		goodSingle: l10n.M("A check on site, repeated on a schedule and after changes to the plant's networks, confirms that no network path joins them to corporate IT or the internet (vendor modems, mobile routers, computers with two network connections, wireless bridges); every crossing (removable media, one-way transfers, maintenance laptops, vendor sessions) is listed with its owner, purpose and control, and a new crossing needs approval under the plant's change procedure."),
	},
}

// For is q as it is put to an organisation with profile p: the question,
// why it matters and the target state worded for plants recorded as
// isolated (isolatedQuestions), and the question and target state for a
// single plant (textSinglePlant, goodSinglePlant), else the bank's. Use
// it wherever a question is shown for an assessment (the question page,
// the report's answers, the findings' questions, the CSV export); the
// bank's listing and views across several assessments, which belong to no
// one profile, show q.
//
// Like Questions, the text is in the current language: the forms are
// translated with l10n.T, so q should come from Questions (or
// QuestionByID) in that language, as everywhere the tool shows text.
func (q Question) For(p Profile) Question {
	if p.Plants == 1 {
		if one, ok := textSinglePlant[q.ID]; ok {
			q.Text = l10n.T(one)
		}
		if one, ok := goodSinglePlant[q.ID]; ok {
			q.Good = l10n.T(one)
		}
	}
	iso, ok := isolatedQuestions[q.ID]
	if !ok || !plantsIsolated(p) {
		return q
	}
	switch {
	case p.Plants == 1 && iso.textSingle != "":
		q.Text = l10n.T(iso.textSingle)
	case iso.text != "":
		q.Text = l10n.T(iso.text)
	}
	if iso.noDowntime {
		q.Downtime = false
	}
	if iso.why != "" {
		q.Why = l10n.T(iso.why)
	}
	switch {
	case p.Plants == 1 && iso.goodSingle != "":
		q.Good = l10n.T(iso.goodSingle)
	case iso.good != "":
		q.Good = l10n.T(iso.good)
	}
	return q
}
