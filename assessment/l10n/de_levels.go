package l10n

// deLevels is the German of the question-specific level texts
// (content_levels.go); see de.go.
var deLevels = []pair{
	// GOV-01
	{"Nobody is named: accountability for the ISMS is split or assumed.", "Niemand ist benannt: Die Gesamtverantwortung für das ISMS ist aufgeteilt oder wird stillschweigend angenommen."},
	{"Someone acts as the owner in practice, but no appointment names them for IT and the plants alike.", "Eine Person handelt faktisch als Verantwortliche/r, aber keine Ernennung benennt sie für die IT und die Werke gleichermaßen."},
	{"One person is appointed in writing for IT and the plants, but the manual, the RACI or the leads do not all reflect it yet.", "Eine Person ist schriftlich für IT und Werke ernannt, aber Handbuch, RACI oder die Bereichsleitungen spiegeln das noch nicht alle wider."},
	{"The appointed owner is named in the manual and the RACI, and the IT and OT leads both name that person.", "Die ernannte Person steht im Handbuch und in der RACI, und IT- wie OT-Leitung nennen sie."},
	// GOV-11
	{"The management body has not approved any cybersecurity risk-management measures.", "Das Leitungsorgan hat keine Risikomanagementmaßnahmen im Bereich der Cybersicherheit gebilligt."},
	{"The management body has been informed or has agreed informally, with no resolution on record.", "Das Leitungsorgan wurde informiert oder hat formlos zugestimmt; ein Beschluss liegt nicht vor."},
	{"A resolution approves the measures, but it does not name those for the plants or refer to the risk treatment.", "Ein Beschluss billigt die Maßnahmen, nennt aber die Maßnahmen für die Werke nicht oder verweist nicht auf die Risikobehandlung."},
	{"A dated resolution approves the measures, plant measures named, with reference to the risk assessment and treatment plan.", "Ein datierter Beschluss billigt die Maßnahmen, nennt die Maßnahmen für die Werke und verweist auf Risikobeurteilung und Risikobehandlungsplan."},
	// GOV-13
	{"No member of the management body has had cybersecurity training.", "Kein Mitglied des Leitungsorgans hat eine Cybersicherheitsschulung besucht."},
	{"Some members have attended training on their own initiative.", "Einige Mitglieder haben aus eigenem Antrieb an Schulungen teilgenommen."},
	{"Training for every member is planned and its content agreed, but not all have completed it.", "Eine Schulung für alle Mitglieder ist geplant und inhaltlich abgestimmt, aber noch nicht von allen abgeschlossen."},
	{"Every member has completed training that covers production and safety risks, with dated records.", "Alle Mitglieder haben eine Schulung zu Risiken für Produktion und Anlagensicherheit abgeschlossen, mit datierten Nachweisen."},
	// MOD-01
	{"No ownership model has been chosen; ownership has grown as it is.", "Kein Verantwortungsmodell wurde gewählt; die Zuständigkeiten sind gewachsen, wie sie sind."},
	{"A model is followed in practice, but nobody decided or recorded it.", "Ein Modell wird faktisch gelebt, aber niemand hat es entschieden oder festgehalten."},
	{"The model is decided and recorded, but without its reasons, weaknesses or countermeasures.", "Das Modell ist entschieden und festgehalten, aber ohne Begründung, Schwächen oder Gegenmaßnahmen."},
	{"The recorded model states why it fits, its weaknesses and their countermeasures, and management review revisits it.", "Das festgehaltene Modell nennt, warum es passt, seine Schwächen und die Gegenmaßnahmen, und die Managementbewertung überprüft es."},
	// PRA-05
	{"Auditors are received by whoever is available; no lead contact is set.", "Audits empfängt, wer gerade verfügbar ist; eine federführende Ansprechperson ist nicht festgelegt."},
	{"The ISMS owner leads some audits, depending on who is asked.", "Die/der ISMS-Verantwortliche leitet manche Audits, je nachdem, wer angefragt wird."},
	{"The audit procedure names the ISMS owner as lead contact, but audits do not yet run that way.", "Das Auditverfahren benennt die/den ISMS-Verantwortlichen als federführende Ansprechperson, aber Audits laufen noch nicht so ab."},
	{"The ISMS owner leads every certification and customer audit, and the IT and OT owners present their own evidence.", "Die/der ISMS-Verantwortliche leitet jedes Zertifizierungs- und Kundenaudit, und die Verantwortlichen für IT und OT legen ihre eigenen Nachweise vor."},
	// INC-07
	{"No joint incident exercise has been held.", "Eine gemeinsame Übung zur Vorfallbehandlung hat nicht stattgefunden."},
	{"Some groups have rehearsed on their own, or a joint exercise was held more than a year ago.", "Einzelne Gruppen haben für sich geübt, oder die letzte gemeinsame Übung liegt mehr als ein Jahr zurück."},
	{"A joint exercise on a plant scenario is planned and scheduled, but has not been held within the last year.", "Eine gemeinsame Übung mit einem Anlagenszenario ist geplant und terminiert, hat aber im letzten Jahr nicht stattgefunden."},
	{"A joint exercise on a plant scenario was held within the last year with all five groups, and its actions are tracked.", "Im letzten Jahr fand eine gemeinsame Übung mit einem Anlagenszenario und allen fünf Gruppen statt, und ihre Maßnahmen werden nachverfolgt."},
}
